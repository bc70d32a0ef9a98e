//! Who gives a figure: the speaker of its sentence ("officials said", "according to the
//! ministry"), carried over from the sentence before when a report goes on quoting one source.

use super::*;
use crate::extract::lexicon::lexicon;
use crate::extract::tags;
use crate::extract::text::{Kind, Token};

/// A saying verb at token `k`, or a verb that gives a count: "officials put the death toll
/// at 35", "the coast guard put the number of survivors at 170".
pub(super) fn says_at(t: &[Token], k: usize) -> bool {
    // "the fire has claimed the lives of 19 people" tells what happened, not who said it.
    if t[k].is_any(&["claimed", "claims", "claim"])
        && t.get(k + 1).is_some_and(|x| x.is_any(&["the", "a", "lives", "life"]))
        && t[k + 1..(k + 3).min(t.len())].iter().any(|x| x.is_any(&["lives", "life"]))
    {
        return false;
    }
    // "the number of confirmed cases", "two reported deaths": a participle before a noun.
    if k > 0 && t[k - 1].is_any(&["of", "the", "a", "an", "new", "with", "and"]) && t[k].lower().ends_with("ed") {
        return false;
    }
    if is_say(t[k].lower()) {
        return true;
    }
    // "the UN estimates that 1,500 civilians have been killed": an estimate is told like a
    // saying.
    let estimate_that =
        t[k].is_any(&["estimates", "estimate", "estimated"]) && t.get(k + 1).is_some_and(|x| x.is("that"));
    estimate_that
        || t[k].is_any(count_verbs())
            && t[k + 1..(k + 5).min(t.len())].iter().any(|x| x.is_any(&["toll", "number", "figure", "tally"]))
}

/// Words that may attribute a figure ([`super::tags::SAY`]).
pub(crate) fn attribution_words() -> impl Iterator<Item = &'static str> {
    say_words().iter().chain(count_verbs()).chain(&["according"]).copied()
}

pub(super) fn is_say(w: &str) -> bool {
    say_words().contains(&w)
}

/// (verb token, speaker, is a claim) for every attribution in a sentence.
pub(super) fn speakers(
    text: &str,
    t: &[Token],
    prev: &mut dyn FnMut() -> Option<(String, bool)>,
    prev_subject: &dyn Fn() -> Option<String>,
) -> Vec<(usize, String, bool)> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (k, tok) in t.iter().enumerate() {
        if tok.tags & tags::SAY == 0 {
            continue;
        }
        let according = tok.is("according") && t.get(k + 1).is_some_and(|n| n.is("to"));
        if !according && !says_at(t, k) {
            continue;
        }
        let claim_verb = tok.is_any(&["claimed", "claims", "alleged"]);
        let span = if according {
            phrase_after(t, k + 2)
        } else if tok.is_any(&["citing", "cited", "quoted"]) {
            phrase_after(t, k + 1)
        } else {
            phrase_before(t, k).or_else(|| phrase_after(t, k + 1))
        };
        let Some((a, b)) = span else { continue };
        let mut name = text[t[a].start()..t[b].end()].trim_matches(|c: char| c == ',' || c == '"').to_string();
        // "If confirmed, the toll …": a conjunction is no speaker.
        if name.split_whitespace().next().is_some_and(|w| {
            ["if", "when", "once", "unless", "as", "although", "though", "while", "until", "because"]
                .contains(&w.to_lowercase().as_str())
        }) {
            continue;
        }
        let mut claim = claim_verb;
        // "We have now confirmed four patients" outside quotation marks: the report's own
        // writers, not the last person quoted.
        let first_person = name.eq_ignore_ascii_case("we") || name.eq_ignore_ascii_case("i");
        if first_person && t[..k].iter().filter(|x| x.is_double_quote()).count() % 2 == 0 {
            continue;
        }
        if pronouns().iter().any(|p| p.eq_ignore_ascii_case(&name)) {
            if let Some(subject) = prev_subject() {
                name = subject;
            } else {
                match prev() {
                    Some((p, c)) => {
                        name = p;
                        claim |= c;
                    }
                    None => continue,
                }
            }
        }
        // A party to the events, not an office: "the kidnappers", "the miners' union".
        // A "group" is a party when it is armed ("the militant group"), not an aid group.
        let lower = name.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
        claim |= words.iter().enumerate().any(|(i, w)| {
            lex.people.get(*w).is_some_and(|(c, _)| *c == "militants")
                || [
                    "union",
                    "opposition",
                    "activists",
                    "campaigners",
                    "rebels",
                    "insurgents",
                    "protesters",
                    "demonstrators",
                    "organisers",
                    "organizers",
                ]
                .contains(w)
                || ((*w == "group" || *w == "groups")
                    && i > 0
                    && [
                        "militant",
                        "armed",
                        "rebel",
                        "islamist",
                        "jihadist",
                        "extremist",
                        "terrorist",
                        "separatist",
                        // "human rights groups": a monitor's own tally, set against the official one.
                        "rights",
                    ]
                    .contains(&words[i - 1]))
        });
        // "The Islamic State group said its fighters had killed 25 troops": a side telling of
        // its own fighters' deeds is a party.
        // ("said in a statement that its fighters killed 25 soldiers": before the count.)
        // (The words are read only up to seven after the verb: this runs for every saying.)
        let window = &t[k + 1..(k + 8).min(t.len())];
        let before_count = window.iter().position(|x| x.is_number()).unwrap_or(window.len());
        claim |= window.get(..before_count).is_some_and(|w| {
            w.windows(2).any(|p| {
                p[0].is_any(&["its", "their"])
                    && p[1].is_any(&["fighters", "militants", "forces", "men", "gunmen", "members"])
            })
        });
        out.push((k, name, claim));
    }
    out
}

/// A word that names a speaker's office or body ("ministry", "governor", "police").
pub(super) fn is_official(t: &Token) -> bool {
    t.tags & tags::OFFICIAL != 0 && !t.is_any(&["the", "of", "for", "'s", "state", "senior", "local", "foreign"])
}

pub(super) fn is_name_token(t: &Token) -> bool {
    if t.tags & tags::PEOPLE != 0 && !t.is_any(pronouns()) || t.is("'") {
        return true;
    }
    // "On Sunday the agency said": days and months are not part of a speaker's name.
    (t.cap && t.kind == Kind::Word && t.tags & (tags::WEEKDAY | tags::MONTH) == 0)
        || t.tags & tags::OFFICIAL != 0
        || t.lower() == "u.s."
}

/// The noun phrase that opens a sentence when it names a body or office ("The miners'
/// union disputes …"): what "it" or "they" in the next sentence most likely is.
pub(super) fn opening_body(text: &str, t: &[Token]) -> Option<String> {
    let end = t.iter().position(|x| !is_name_token(x))?;
    (end > 0 && t[..end].iter().any(is_official)).then(|| text[t[0].start()..t[end - 1].end()].to_string())
}

/// The speaker right before a "said": "State news agency APS said", "the kidnappers claimed".
pub(super) fn phrase_before(t: &[Token], verb: usize) -> Option<(usize, usize)> {
    let end = verb.checked_sub(1)?;
    // "300,000 residents were told to leave": a passive names no speaker before it.
    if t[end].is_any(&["was", "were", "been", "being", "is", "are", "be"]) {
        return None;
    }
    // "An activist group, the Syrian Observatory for Human Rights, said": the name in the
    // apposition before the verb.
    // ("…, Paris, France, said police": the speaker comes after the verb.)
    let official = |k: usize| t.get(k).is_some_and(|x| is_official(x) || x.is_any(PARTIES));
    let inverted = official(verb + 1) || t.get(verb + 1).is_some_and(|x| x.is("the")) && official(verb + 2);
    let end = if t[end].is(",") && end >= 1 && is_name_token(&t[end - 1]) && !inverted { end - 1 } else { end };
    // "A hospital official, speaking on condition of anonymity, said": the speaker before an
    // aside that opens with a participle or "who".
    let end = match (t[end].is(","), (end.saturating_sub(10)..end).rev().find(|&j| t[j].is(","))) {
        (true, Some(j)) if j >= 1 && t.get(j + 1).is_some_and(|x| x.is("who") || x.lower().ends_with("ing")) => j - 1,
        _ => end,
    };
    // "Medics at the scene said": the place of the speakers.
    let end = if end >= 3 && t[end].is("scene") && t[end - 1].is("the") && t[end - 2].is("at") { end - 3 } else { end };
    // "…, Hague told reporters": skip an adverb like "also"; "Police initially said",
    // "Police on Sunday said": the speaker is before the adverb and the day.
    let mut end = end;
    for _ in 0..4 {
        if t[end].is_any(&["far"]) && end >= 2 && t[end - 1].is_any(&["so", "thus"]) {
            // "Officials have so far confirmed 23 deaths"
            end -= 2;
        } else if t[end].is_any(&[
            "now",
            "already",
            "still",
            "also",
            "later",
            "previously",
            "earlier",
            "has",
            "had",
            "have",
            "initially",
            "originally",
            "first",
            "again",
            "subsequently",
            "separately",
            "repeatedly",
            "publicly",
            "yesterday",
            "today",
            "tonight",
        ]) {
            end = end.checked_sub(1)?;
        } else if end >= 2 && t[end - 1].is("on") && crate::extract::dates::is_weekday(t[end].lower()) {
            end -= 2;
        } else {
            break;
        }
    }
    if pronouns().contains(&t[end].lower()) {
        return Some((end, end));
    }
    // "activists said", "human rights groups said": a party named without capitals.
    let rights_group = t[end].is_any(&["group", "groups"])
        && end >= 1
        && t[end - 1].is_any(&["rights", "opposition", "activist", "rebel"]);
    if t[end].is_any(PARTIES) || rights_group {
        let mut a = end;
        while a > 0
            && end - a < 4
            && t[a - 1].kind == Kind::Word
            && (t[a - 1].cap
                || t[a - 1].is_any(&["human", "rights", "local", "opposition", "activist", "rebel", "the"]))
            && !is_say(t[a - 1].lower())
        {
            a -= 1;
        }
        return Some((a, end));
    }
    let mut a = end + 1;
    // Lower-case names right after a title: "police chief anna berg told reporters".
    if !is_name_token(&t[end])
        && let Some(title) = (end.saturating_sub(3)..end).rev().find(|&j| is_official(&t[j]))
        && t[title + 1..=end].iter().all(|x| x.kind == Kind::Word && !is_say(x.lower()) && !x.is_any(pronouns()))
    {
        a = title + 1;
    }
    while a > 0 && end + 1 - (a - 1) <= 10 {
        // "Chile's ambassador in Lima told reporters"
        let inside = a >= 2 && t[a - 1].is_any(&["in", "at"]) && t[a].cap && is_name_token(&t[a - 2]);
        // "the Centers for Disease Control and Prevention said", "the Ministry of Health said"
        let joined = a >= 2 && t[a - 1].is_any(&["for", "of", "and"]) && t[a].cap && t[a - 2].cap;
        if !is_name_token(&t[a - 1]) && !inside && !joined {
            break;
        }
        a -= 1;
    }
    // "…, rescue officials said": a lower-case modifier right after a comma or at the start.
    if a >= 1
        && a <= end
        && is_official(&t[a])
        && (a == 1 || t[a - 2].is(","))
        && t[a - 1].kind == Kind::Word
        && !t[a - 1].cap
        && t[a - 1].tags == 0
        && !["ed", "ing", "ly"].iter().any(|s| t[a - 1].lower().ends_with(s))
    {
        a -= 1;
    }
    // "after the shooting Mayor Ann Lee said": a noun of the event before a name, not a title.
    let event_noun = |x: &Token| t[a].cap && ["ing", "ed"].iter().any(|s| x.lower().ends_with(s));
    // "the rescue service said", "the civil aviation authority said": back to the article.
    if a <= end
        && let Some(art) = (a.saturating_sub(3)..a).rev().find(|&j| t[j].is_any(&["the", "a"]))
        // ("A Maoist party leader claimed": a capitalised modifier too.)
        && t[art + 1..a].iter().all(|x| {
            x.kind == Kind::Word
                && (!x.cap || x.tags & (tags::WEEKDAY | tags::MONTH) == 0 && t[art].is("a"))
                && !event_noun(x)
                && !is_say(x.lower())
                && !x.is_any(pronouns())
                && !x.is_any(&[
                    "and", "or", "that", "of", "to", "in", "on", "by", "was", "were", "is", "are", "had", "has",
                ])
        })
    {
        a = art;
    }
    if a < end
        && t[a].is_any(&[
            "afterwards",
            "meanwhile",
            "however",
            "later",
            "earlier",
            "but",
            "and",
            "then",
            "now",
            "also",
            "separately",
            "instead",
            "while",
            "whereas",
            "though",
            "although",
        ])
    {
        a += 1;
    }
    if a > end {
        return None;
    }
    (t[a..=end].iter().any(|x| x.cap || is_official(x))).then_some((a, end))
}

/// Speakers named without capitals: parties to the events, and people who saw them.
const PARTIES: &[&str] = &[
    "activists",
    "rebels",
    "witnesses",
    "residents",
    "campaigners",
    "insurgents",
    "militants",
    "opposition",
    "protesters",
    "demonstrators",
    "organisers",
    "organizers",
];

/// The speaker after a verb: "…, said Foreign Secretary William Hague."
pub(super) fn phrase_after(t: &[Token], start: usize) -> Option<(usize, usize)> {
    // "according to activists", "according to local residents": a party named without capitals.
    let party = (start..(start + 2).min(t.len())).find(|&j| t[j].is_any(PARTIES));
    if let Some(j) = party
        && (j == start || t[start].is_any(&["local", "opposition", "other", "some"]))
    {
        return Some((start, j));
    }
    // "according to a hospital source": the article is the name's.
    let first = if t.get(start).is_some_and(|x| x.is_any(&["a", "an"])) { start + 1 } else { start };
    // "according to a security source", "medical sources": a source named by its kind.
    if let Some(j) = (first..(first + 3).min(t.len())).find(|&j| t[j].is_any(&["source", "sources"]))
        && t[first..j].iter().all(|x| x.kind == Kind::Word && x.tags & (tags::SAY | tags::NUMBER) == 0)
    {
        return Some((start, j));
    }
    let mut b = first;
    while b < t.len() && is_name_token(&t[b]) && b - start < 10 {
        b += 1;
    }
    if b == first {
        return None;
    }
    // "according to the national search and rescue agency": lower-case words up to the
    // office or body that ends the name.
    if let Some(end) = (b..(b + 5).min(t.len())).find(|&j| is_official(&t[j]) && !t[j].is("the"))
        && t[b..end].iter().all(|x| {
            x.kind == Kind::Word
                && !x.cap
                && x.tags & (tags::SAY | tags::NUMBER) == 0
                && !x.is_any(pronouns())
                && !x
                    .is_any(&["that", "which", "who", "to", "in", "on", "at", "was", "were", "is", "are", "has", "had"])
        })
    {
        b = end + 1;
    }
    // "according to an official count": a count, not who gave it.
    if t.get(b).is_some_and(|x| {
        x.is_any(&["count", "tally", "toll", "figure", "figures", "estimate", "estimates", "data", "records"])
    }) {
        return None;
    }
    let (a, b) = (start, b - 1);
    // Not "said on Sunday", not "reporters".
    t[a..=b]
        .iter()
        .any(|x| (x.cap || is_official(x)) && !crate::extract::dates::is_weekday(x.lower()))
        .then_some((a, b))
}

/// The speaker for a figure at token `k`: the nearest attribution in the same clause.
pub(super) fn nearest_speaker<'a>(
    t: &[Token],
    speakers: &'a [(usize, String, bool)],
    k: usize,
) -> Option<(&'a String, bool)> {
    let clause = |x: usize| t[..x].iter().filter(|y| y.is_any(&["although", "while", "but", "whereas", ";"])).count();
    speakers
        .iter()
        .filter(|(v, _, _)| clause(*v) == clause(k))
        .min_by_key(|(v, _, _)| v.abs_diff(k))
        .map(|(_, s, c)| (s, *c))
}
