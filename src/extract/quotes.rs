//! Quotations and who is said to have said them: found once per report while its tokens are at
//! hand, for the comparison of quotations across reports ([`crate::compare::textual`]).

use std::collections::BTreeSet;

use super::names::{NameRuns, is_joiner, strip_titles};
use super::tags;
use super::text::{Kind, Sentence, Token};

/// A quotation in one report, with who is said to have said it.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub sentence: usize,
    /// Byte range of the quoted words (inside the marks) in the text.
    pub start: usize,
    pub end: usize,
    /// The speaker's surname, lower-cased, and the name as written.
    pub key: String,
    pub speaker: String,
    /// Content stems of the sentence, the speaker's name aside; and of the quote alone: each
    /// sorted, once each (stems are the start of a token's kept lower-cased form, not copies).
    pub context: Vec<&'static str>,
    pub words: Vec<&'static str>,
}

/// Words too common to tell two contexts apart.
#[rustfmt::skip]
fn is_stop(w: &str) -> bool {
    matches!(w,
        "the" | "a" | "an" | "of" | "to" | "in" | "on" | "at" | "by" | "for" | "from" | "with" | "and" | "or" |
        "but" | "as" | "that" | "this" | "it" | "its" | "is" | "was" | "were" | "be" | "been" | "being" | "are"
        | "has" | "have" | "had" | "he" | "she" | "they" | "his" | "her" | "their" | "them" | "we" | "our" | "i"
        | "you" | "not" | "no" | "said" | "says" | "saying" | "told" | "say" | "would" | "will" | "could" |
        "should" | "can" | "may" | "might" | "there" | "which" | "who" | "what" | "when" | "where" | "also" |
        "than" | "then" | "so" | "if" | "into" | "about" | "after" | "before" | "over" | "out" | "up" | "all" |
        "more" | "most" | "very" | "one" | "s" | "'s" | "do" | "did" | "does" | "just" | "such" | "some" | "any"
        | "other" | "these" | "those" | "added"
    )
}

/// A crude stem, enough to hear "Algeria" in "Algerian" and "crisis" in "crises": the word's
/// first five characters (a slice of it, so that a token's kept word gives a kept stem).
fn stem(w: &str) -> &str {
    let w = w.trim_start_matches('\'');
    w.char_indices().nth(5).map_or(w, |(i, _)| &w[..i])
}

fn content_stems(tokens: &[Token]) -> Vec<&'static str> {
    let mut stems: Vec<&'static str> = tokens
        .iter()
        .filter(|t| t.kind == Kind::Word && !is_stop(t.lower()) && t.lower().len() > 2)
        .map(|t| stem(t.lower()))
        .collect();
    stems.sort_unstable();
    stems.dedup();
    stems
}

/// The person a sentence quotes: the name written outside the quotation marks, titles aside,
/// nearest the quote; "he said" refers to the last person named.
fn speaker_in(
    s: &Sentence,
    runs: &[(usize, usize)],
    text: &str,
    inside: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let lex = super::lexicon::lexicon();
    let t = s.tokens();
    runs.iter()
        .copied()
        .filter(|&(a, b)| !inside(a) && !inside(b))
        .map(|(a, b)| (strip_titles(text, t, a, b), b))
        // Not whom it was told to ("told the Valley Post").
        .filter(|&(a, _)| {
            let prev = |k: usize| a.checked_sub(k).map(|i| t[i].lower());
            prev(1) != Some("told") && !(prev(1) == Some("the") && prev(2) == Some("told"))
        })
        // A person's name: two words or more, not a country or a nationality.
        .filter(|&(a, b)| {
            let words = t[a..=b].iter().filter(|t| !is_joiner(t)).count();
            words >= 2 && !lex.nationalities.contains_key(&text[t[a].start()..t[b].end()])
        })
        .last()
}

/// Quotation marks pair up within a sentence: the token ranges inside each pair.
fn quote_spans(s: &Sentence) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if s.tags & tags::QUOTE == 0 {
        return out;
    }
    let mut open = None;
    for (k, _) in s.tokens().iter().enumerate().filter(|(_, t)| t.is_double_quote()) {
        match open.take() {
            None => open = Some(k),
            Some(o) if k > o + 1 => out.push((o + 1, k - 1)),
            Some(_) => {}
        }
    }
    out
}

/// The quotations of a report whose speaker it names (or refers to with "he said", or by the
/// surname of the person named last).
pub fn find_quotes(text: &str, sentences: &[Sentence], runs: &NameRuns) -> Vec<Quote> {
    let mut out = Vec::new();
    // The person named last (surname, name), as of sentence `seen`: found only when a
    // quotation needs it, by reading back over the sentences since.
    let mut last_speaker: Option<(String, String)> = None;
    let mut seen = 0;
    let name_at = |si: usize, (a, b): (usize, usize)| {
        let t = sentences[si].tokens();
        (t[b].lower().to_string(), text[t[a].start()..t[b].end()].to_string())
    };
    let named_in = |si: usize| {
        let s = &sentences[si];
        let spans = quote_spans(s);
        let inside = |k: usize| spans.iter().any(|&(a, b)| (a..=b).contains(&k));
        speaker_in(s, runs.of(si), text, &inside).map(|r| name_at(si, r))
    };
    for (si, s) in sentences.iter().enumerate() {
        if s.tags & tags::QUOTE == 0 {
            continue;
        }
        let t = s.tokens();
        let spans = quote_spans(s);
        if spans.is_empty() {
            continue;
        }
        let inside = |k: usize| spans.iter().any(|&(a, b)| (a..=b).contains(&k));
        let named = speaker_in(s, runs.of(si), text, &inside);
        if let Some(r) = named {
            last_speaker = Some(name_at(si, r));
        } else if let Some(found) = (seen..si).rev().find_map(named_in) {
            last_speaker = Some(found);
        }
        seen = si + 1;
        // "he said", or the surname alone of the person named last ("…," Soylu said).
        let pronoun = t.iter().enumerate().any(|(k, x)| {
            !inside(k)
                && (x.is_any(&["he", "she"])
                    || last_speaker.as_ref().is_some_and(|(key, _)| x.cap && x.lower() == key.as_str()))
        });
        let who = match named {
            Some(_) => last_speaker.clone(),
            None if pronoun => last_speaker.clone(),
            None => None,
        };
        let Some((key, speaker)) = who else { continue };
        let name_words: BTreeSet<String> =
            speaker.split_whitespace().map(|w| stem(&w.to_lowercase()).to_string()).collect();
        // The sentence's stems, the speaker's name aside: one context for all its quotations.
        let mut context = content_stems(t);
        context.retain(|w| !name_words.contains(*w));
        for &(first, last) in &spans {
            // "…is found," — the comma is the sentence's, not the speaker's.
            let mut last = last;
            while last > first && t[last].kind == Kind::Punct {
                last -= 1;
            }
            let words = t[first..=last].iter().filter(|x| x.kind == Kind::Word).count();
            if words < 2 {
                continue;
            }
            out.push(Quote {
                sentence: si,
                start: t[first].start(),
                end: t[last].end(),
                key: key.clone(),
                speaker: speaker.clone(),
                context: context.clone(),
                words: content_stems(&t[first..=last]),
            });
        }
    }
    out
}
