//! Runs of capitalised words, where names and speakers are, and the names of people and
//! groups a report writes: found once per report while its tokens are at hand, for the
//! comparison of names and quotations ([`crate::compare::textual`]).

use super::tags;
use super::text::{Sentence, Token};

/// A name of a person or group as one report writes it ("Mokhtar Belmokhtar").
#[derive(Debug, Clone, PartialEq)]
pub struct NameMention {
    /// Lower-cased words other than joiners (the tokens' kept forms).
    pub words: Vec<&'static str>,
    /// Byte range of the words as written (titles aside) in the text: see
    /// [`NameMention::surface`]. (Not copied: thousands of reports hold hundreds of thousands.)
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

impl NameMention {
    /// The words as written, titles aside, in `text`, the text it was read from.
    pub fn surface<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Titles that stand before a name without being the name: "French President Francois
/// Hollande" is Hollande.
#[rustfmt::skip]
fn is_title(w: &str) -> bool {
    matches!(w,
        "president" | "prime" | "minister" | "secretary" | "foreign" | "interior" | "defence" | "defense" |
        "general" | "chief" | "king" | "queen" | "prince" | "spokesman" | "spokeswoman" | "spokesperson" |
        "senator" | "governor" | "mayor" | "pope" | "sheikh" | "colonel" | "captain" | "commander" |
        "lieutenant" | "sergeant" | "officer" | "ambassador" | "chancellor" | "premier" | "leader" | "director"
        | "executive" | "chairman" | "lord" | "sir" | "dame" | "judge" | "justice" | "deputy" | "vice" | "state"
        | "home" | "sen" | "gov" | "gen" | "col" | "capt" | "lt" | "rev" | "father" | "bishop" | "archbishop"
    )
}

/// Where a name starts once the titles and nationalities before it are set aside: "French
/// President Francois Hollande" is "Francois Hollande".
pub fn strip_titles(text: &str, t: &[Token], mut a: usize, b: usize) -> usize {
    let lex = super::lexicon::lexicon();
    while a < b {
        let w = t[a].lower();
        // "Secretary-General", "Vice-President"; "UN", "U.N." before a title.
        let title = is_title(w) || w.split('-').any(is_title);
        let acronym = {
            let raw = &text[t[a].start()..t[a].end()];
            raw.len() <= 5
                && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && raw.chars().all(|c| c.is_uppercase() || c == '.')
        };
        if title || acronym {
            a += 1;
        } else if let Some((_, _, used)) = lex.nationality_at(text, t, a).filter(|&(_, _, u)| a + u <= b) {
            a += used;
        } else {
            break;
        }
    }
    a
}

/// The names of people and groups a report writes: runs of two words or more once titles are
/// set aside, countries and nationalities (the gazetteer's) left out.
pub fn name_mentions(text: &str, sentences: &[Sentence], runs: &NameRuns) -> Vec<NameMention> {
    let lex = super::lexicon::lexicon();
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let t = s.tokens();
        for &(a, b) in runs.of(si) {
            let a = strip_titles(text, t, a, b);
            let words: Vec<&'static str> = t[a..=b].iter().filter(|t| !is_joiner(t)).map(|t| t.lower()).collect();
            if words.len() < 2 {
                continue;
            }
            let (start, end) = (t[a].start(), t[b].end());
            let surface = &text[start..end];
            if lex.nationalities.contains_key(surface) {
                continue;
            }
            out.push(NameMention { words, start, end, sentence: si });
        }
    }
    out
}

/// The runs of each sentence of a report, sentence after sentence.
#[derive(Debug, Clone, Default)]
pub struct NameRuns {
    runs: Vec<(usize, usize)>,
    /// Sentence `i`'s runs are `runs[at[i]..at[i + 1]]`.
    at: Vec<usize>,
}

impl NameRuns {
    pub fn new(sentences: &[Sentence]) -> NameRuns {
        let mut runs = Vec::new();
        let mut at = Vec::with_capacity(sentences.len() + 1);
        for s in sentences {
            at.push(runs.len());
            if s.tags & tags::CAPITALS != 0 {
                name_runs(s.tokens(), &mut runs);
            }
        }
        at.push(runs.len());
        NameRuns { runs, at }
    }

    /// The runs of sentence `i`: token ranges, inclusive.
    pub fn of(&self, i: usize) -> &[(usize, usize)] {
        self.at.get(i..=i + 1).map_or(&[], |r| &self.runs[r[0]..r[1]])
    }
}

/// Words that may sit inside a name between capitalised words: "Brigade of the Masked Ones",
/// "al Qaeda in the Islamic Maghreb".
pub fn is_joiner(t: &Token) -> bool {
    matches!(
        t.lower(),
        "of" | "the" | "in" | "al" | "el" | "de" | "du" | "la" | "bin" | "ibn" | "von" | "van" | "for" | "and"
    )
}

/// Words that open sentences or stand before names without being part of them (days and
/// months are told apart by the date reader).
#[rustfmt::skip]
fn not_name(w: &str) -> bool {
    matches!(w,
        "the" | "a" | "an" | "in" | "on" | "at" | "by" | "for" | "from" | "with" | "but" | "and" | "or" | "as" |
        "after" | "before" | "when" | "while" | "if" | "it" | "he" | "she" | "they" | "we" | "i" | "this" |
        "that" | "these" | "those" | "his" | "her" | "their" | "its" | "our" | "mr" | "mrs" | "ms" | "dr" |
        "mr." | "mrs." | "ms." | "dr." | "however" | "meanwhile" | "according" | "also" | "some" | "many" |
        "several" | "all" | "one" | "two" | "three" | "there" | "here" | "what" | "who" | "where" | "why" |
        "how"
    )
}

/// The runs of two capitalised words or more (with joiners inside): token ranges, inclusive.
fn name_runs(tokens: &[Token], out: &mut Vec<(usize, usize)>) {
    let mut k = 0;
    while k < tokens.len() {
        if !tokens[k].is_capitalised() {
            k += 1;
            continue;
        }
        let lower = tokens[k].lower();
        let not_name = not_name(lower) || tokens[k].tags & (tags::WEEKDAY | tags::MONTH) != 0;
        if not_name && k + 1 < tokens.len() {
            k += 1;
            continue;
        }
        let first = k;
        let mut last = k;
        let mut j = k + 1;
        while j < tokens.len() {
            if tokens[j].is_capitalised() {
                last = j;
                j += 1;
            } else if is_joiner(&tokens[j]) {
                // A joiner belongs to the name only when a capitalised word follows.
                let mut m = j;
                while m < tokens.len() && is_joiner(&tokens[m]) {
                    m += 1;
                }
                if m < tokens.len() && tokens[m].is_capitalised() && m - j <= 2 {
                    j = m;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // Names and speakers have two words at least.
        if last > first {
            out.push((first, last));
        }
        k = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    #[test]
    fn runs_of_two_capitalised_words_with_joiners_inside() {
        let t = "On Monday the Brigade of the Masked Ones met Mokhtar Belmokhtar near Mali.\nNothing here.";
        let s = sentences(t);
        let runs = NameRuns::new(&s);
        let names: Vec<&str> =
            runs.of(0).iter().map(|&(a, b)| &t[s[0].tokens()[a].start()..s[0].tokens()[b].end()]).collect();
        // A weekday opens no name; one capitalised word ("Mali") is no run.
        assert_eq!(names, ["Brigade of the Masked Ones", "Mokhtar Belmokhtar"]);
        assert!(runs.of(1).is_empty());
        assert!(runs.of(7).is_empty(), "a sentence past the end has none");
    }
}
