//! People-counting figures: a number (or "a Briton"), the people it counts (class,
//! nationality, organisation), what happened to them, and who said so.
//!
//! Rules work on the tokens of one sentence: a number, then a noun phrase that names people
//! ("685 Algerian workers", "seven of the hostages", "107 out of 132 foreigners"), or none
//! when the people were named before ("a further three are missing"). The outcome comes from
//! a word inside the phrase ("six freed Americans"), a verb or noun before it ("killed all
//! 32", "the deaths of 23"), or the predicate after it, skipping the other counts joined to
//! it ("23 hostages and all 32 terrorists had died").

mod attribution;
mod candidates;
mod outcome;
mod who;
mod words;

use super::lexicon::{NatKind, lexicon};
use super::numbers::{Approx, NumberMatch};
use super::tags;
use super::text::{Kind, Sentence, Token};
use crate::model::Outcome;
pub(crate) use attribution::attribution_words;
use attribution::*;
use candidates::*;
use outcome::*;
use who::*;
pub(crate) use words::official_words;
use words::*;

/// The indices of the figures of sentence `s` among a report's `figures`, which are in text
/// order: found by bisection, never by a walk over all of them.
pub fn of_sentence(figures: &[RawFigure], s: usize) -> std::ops::Range<usize> {
    let lo = figures.partition_point(|g| g.sentence < s);
    lo..lo + figures[lo..].partition_point(|g| g.sentence <= s)
}

/// A figure before its day is known.
#[derive(Debug, Clone)]
pub struct RawFigure {
    pub sentence: usize,
    /// Token range in the sentence that the figure's text spans.
    pub first: usize,
    pub last: usize,
    /// Token of the number itself (for placing the day).
    pub anchor: usize,
    /// Byte range of the figure's text in the document.
    pub start: usize,
    pub end: usize,
    /// The clause of the sentence the number is in ([`crate::extract::text::clause_of`]).
    pub clause: u32,
    /// The part of the sentence it is in ([`crate::extract::text::clause_and_conjunct`]).
    pub conjunct: u32,
    pub value: u64,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub approx: Approx,
    pub outcome: Option<Outcome>,
    pub who: &'static str,
    pub nationality: Option<String>,
    pub org: Option<String>,
    pub by: Option<String>,
    /// Attributed to a party to the events ("the kidnappers claimed").
    pub claim: bool,
    /// Index (in the document's figures) of the total this figure is part of.
    pub part_of: Option<usize>,
    pub implicit: bool,
    pub vague: bool,
    /// Counted by nationality alone ("573 Algerians"): may take the class of its neighbours.
    pub bare_nationality: bool,
    /// Said in the present ("are missing", "remain"): true on the report's day.
    pub present: bool,
    /// A part of a whole that is not one of the report's figures: a family's dead ("she lost
    /// three children and two nieces"), or what some of the dead were ("eight of the dead
    /// were students"). Not compared with the toll.
    pub part: bool,
    /// An increment on a count said before ("nine additional victims", "another 20").
    pub increment: bool,
    /// The value a count changed from ("the toll was revised from eight to six"): it was
    /// told before the day of the count it changed to.
    pub superseded: bool,
}

#[derive(Debug, Clone, Default)]
struct Phrase {
    head: Option<usize>,
    end: usize,
    who: Option<&'static str>,
    nat: Option<Nat>,
    mixed_nat: bool,
    org: Option<String>,
    inside: Option<Outcome>,
    possessive: bool,
    /// The number inside "25 of the 56 BP workers".
    inner_number: Option<usize>,
    /// The noun is a nationality ("573 Algerians"), not a class of people.
    bare_nationality: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Nat {
    Country(usize),
    Foreign,
    Local,
}

fn is_quote(t: &Token) -> bool {
    t.kind == Kind::Punct && matches!(t.lower(), "\"" | "“" | "”" | "'" | "‘" | "’")
}

/// Reads every figure of a document.
pub fn find_figures(text: &str, sentences: &[Sentence]) -> Vec<RawFigure> {
    let lex = lexicon();
    let event_country = event_country(text, sentences, lex);
    let mut out: Vec<RawFigure> = Vec::new();
    // The last speaker named before the sentence at hand ("it said" refers to it). Sentences
    // without figures wait in `pending`: their speakers are read only when a pronoun needs
    // them, in order, as if read all along.
    let mut prev_speaker: Option<(String, bool)> = None;
    let mut pending: Vec<usize> = Vec::new();
    let prev_subject_of = |si: usize| si.checked_sub(1).and_then(|p| opening_body(text, sentences[p].tokens()));
    let flush = |pending: &mut Vec<usize>, prev: &mut Option<(String, bool)>| {
        for j in pending.drain(..) {
            let current = prev.clone();
            let found = speakers(text, sentences[j].tokens(), &mut || current.clone(), &|| prev_subject_of(j));
            if let Some(last) = found.last() {
                *prev = Some((last.1.clone(), last.2));
            }
        }
    };
    // The count of the list item the items that follow may break down: (figure, sentence).
    let mut lead: Option<(usize, usize)> = None;
    // The last count with an outcome, and its sentence: the next sentence may break it down.
    let mut last_toll: Option<(usize, usize)> = None;
    // A count that parts may break down: a whole with an outcome that tells what befell them.
    let breaks_down = |f: &RawFigure| f.outcome.is_some_and(|o| o != Outcome::Total) && f.part_of.is_none();
    for (si, s) in sentences.iter().enumerate() {
        let start = out.len();
        let t = s.tokens();
        // A figure starts at digits or a number word, or is "a"/"an" with a person or a
        // nationality ("a Briton died").
        let counts = s.tags & (tags::DIGITS | tags::NUMBER_WORD) != 0
            || s.tags & tags::ARTICLE != 0 && s.tags & (tags::PEOPLE | tags::NATIONALITY) != 0;
        if counts {
            sentence_figures(text, sentences, si, lex, event_country, &mut out);
        }
        // "Three are police officers and one is a deputy": only where the sentence read no
        // figure of its own.
        if out.len() == start
            && s.tags & (tags::DIGITS | tags::NUMBER_WORD) != 0
            && let Some((li, _)) = last_toll.filter(|&(_, lsi)| lsi + 1 == si)
        {
            let parts = predicate_parts(s, si, &out[li], li, lex);
            out.extend(parts);
        }
        if let Some(k) = (start..out.len()).rev().find(|&k| breaks_down(&out[k])) {
            last_toll = Some((k, si));
        }
        lead = if !is_list_item(s) {
            None
        } else if let Some(li) = lead.filter(|&(_, lsi)| lsi + 1 == si).map(|(li, _)| li)
            && let Some(part) = list_item_part(text, s, si, &out[li], li, lex)
        {
            out.truncate(start);
            out.push(part);
            Some((li, si))
        } else {
            (start..out.len()).find(|&k| breaks_down(&out[k])).map(|k| (k, si))
        };
        // Most sentences attribute nothing: look for a saying verb before the full work.
        let says = s.tags & tags::SAY != 0
            && t.iter().enumerate().any(|(k, x)| x.tags & tags::SAY != 0 && (says_at(t, k) || x.is("according")));
        if !says {
            continue;
        }
        if out.len() == start {
            pending.push(si);
            continue;
        }
        let found = {
            let mut prev = || {
                flush(&mut pending, &mut prev_speaker);
                prev_speaker.clone()
            };
            // Only a pronoun speaker needs the body the sentence before opens with.
            speakers(text, t, &mut prev, &|| prev_subject_of(si))
        };
        let tallies =
            t.iter().any(|x| x.is_any(&["reported", "reports", "recorded", "records", "registered", "confirmed"]));
        for f in &mut out[start..] {
            if let Some((by, claim)) = nearest_speaker(t, &found, f.anchor) {
                // "Canada has reported 114 cases", "Italy recorded 300 deaths": a country that
                // tallies counts its own (not "Russia said its forces killed 30 militants").
                if f.nationality.is_none()
                    && f.who == "people"
                    && tallies
                    && let Some(&(c, NatKind::Country)) = lex.nationalities.get(by.as_str())
                {
                    f.nationality = Some(lex.country_name(c).to_string());
                }
                f.by = Some(by.clone());
                f.claim |= claim;
            }
        }
        if let Some(last) = found.last() {
            prev_speaker = Some((last.1.clone(), last.2));
            pending.clear();
        }
    }
    inherit_class_in_document(&mut out);
    hospitalised_by_an_illness(&mut out, sentences);
    trapped_by_an_attacker(&mut out, sentences);
    drop_singles_a_count_covers(out, sentences)
}

/// "three people trapped in a bathroom closet" in a report of a shooting: hiding from the
/// attacker, held where they are, not missing as people trapped under rubble are.
fn trapped_by_an_attacker(out: &mut [RawFigure], sentences: &[Sentence]) {
    const BURIED: &[&str] = &[
        "rubble",
        "debris",
        "under",
        "beneath",
        "underground",
        "collapsed",
        "mine",
        "wreckage",
        "floodwaters",
        "water",
        "snow",
        "mud",
    ];
    const ATTACK: &[&str] = &["gunman", "gunmen", "shooter", "shooting", "gunfire", "attacker", "attackers", "hostage"];
    let trapped = |f: &RawFigure| {
        let t = sentences[f.sentence].tokens();
        f.outcome == Some(Outcome::Missing) && t.iter().any(|x| x.is("trapped")) && !t.iter().any(|x| x.is_any(BURIED))
    };
    if !out.iter().any(trapped) || !sentences.iter().any(|s| s.tokens().iter().any(|x| x.is_any(ATTACK))) {
        return;
    }
    for f in out.iter_mut() {
        if trapped(f) {
            f.outcome = Some(Outcome::Held);
        }
    }
}

/// "Thirty-one people have been hospitalized" in a report of an outbreak (one that counts the
/// ill): people in hospital with the illness, not injured.
fn hospitalised_by_an_illness(out: &mut [RawFigure], sentences: &[Sentence]) {
    if !out.iter().any(|f| f.outcome == Some(Outcome::Ill)) {
        return;
    }
    const HURT: &[&str] = &["injured", "wounded", "hurt", "injuries", "wounds", "shot", "burns", "crash", "blast"];
    for f in out.iter_mut().filter(|f| f.outcome == Some(Outcome::Injured)) {
        let t = sentences[f.sentence].tokens();
        let after = t[f.last + 1..].iter().take_while(|x| !x.is_any(&[",", ";", "."])).take(8);
        let hospital = after.into_iter().any(|x| x.is_any(&["hospitalized", "hospitalised", "hospital", "hospitals"]));
        if hospital && !t.iter().any(|x| x.is_any(HURT)) {
            f.outcome = Some(Outcome::Ill);
        }
    }
}

/// "A man was injured" in a report that counts the injured ("12 people were injured"): one of
/// those counted, told of, not another count. Kept where the report counts no such people (a
/// local report's single victim is its whole toll), where a nationality makes it a group of
/// its own ("a Canadian"), and where the sentence adds it ("a driver was also killed", "a
/// woman later died", "among the dead were … a crew member").
fn drop_singles_a_count_covers(out: Vec<RawFigure>, sentences: &[Sentence]) -> Vec<RawFigure> {
    let counted: rustc_hash::FxHashSet<(Option<Outcome>, &str)> =
        out.iter().filter(|f| !f.implicit && f.value >= 2).map(|f| (f.outcome, f.who)).collect();
    let adds = |f: &RawFigure| {
        sentences[f.sentence]
            .tokens()
            .iter()
            .any(|x| x.is_any(&["also", "later", "another", "among", "bringing", "more", "too"]))
    };
    // "Two toddlers and an infant were killed": one joined by "and" to a count of its kind is
    // another person.
    let beside_a_count = |f: &RawFigure| {
        let t = sentences[f.sentence].tokens();
        let and = |k: usize| t.get(k).is_some_and(|x| x.is("and"));
        out[of_sentence(&out, f.sentence)].iter().any(|g| {
            !g.implicit
                && g.value >= 2
                && g.outcome == f.outcome
                && g.who == f.who
                && (g.last + 2 == f.first && and(g.last + 1) || f.last + 2 == g.first && and(f.last + 1))
        })
    };
    let keep: Vec<bool> = out
        .iter()
        .map(|f| {
            // (An ordinal's count, "a fourth victim", is the new toll, not one of those.)
            !(f.implicit
                && f.value < 2
                && f.nationality.is_none()
                && counted.contains(&(f.outcome, f.who))
                && !adds(f)
                && !beside_a_count(f))
        })
        .collect();
    if keep.iter().all(|k| *k) {
        return out;
    }
    // New places of the kept figures, for the links of parts to their wholes.
    let mut new_index = Vec::with_capacity(out.len());
    let mut n = 0;
    for k in &keep {
        new_index.push(k.then_some(n));
        n += usize::from(*k);
    }
    out.into_iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(mut f, _)| {
            f.part_of = f.part_of.and_then(|p| new_index.get(p).copied().flatten());
            f
        })
        .collect()
}

struct Cand {
    m: NumberMatch,
    p: Phrase,
    /// Left-side words that belong to this figure ("from a total of").
    left_first: usize,
    outcome: Option<Outcome>,
    left_governed: bool,
    /// An item of a list breaking down the count before ("…, one at Mercy and two at the
    /// Christ Hospital"): it takes that count's outcome.
    listed: bool,
    /// People picked out of the count before, named after "of them" ("seven people were
    /// killed, three of them children").
    picked: bool,
}

/// A bare nationality ("573 Algerians were freed") takes the class of a figure of the same
/// report about the same nationality ("685 local employees had been released").
fn inherit_class_in_document(figures: &mut [RawFigure]) {
    for i in 0..figures.len() {
        if figures[i].who != "people" || !figures[i].bare_nationality {
            continue;
        }
        let found = figures.iter().enumerate().find(|(j, g)| {
            *j != i
                && g.nationality == figures[i].nationality
                && matches!(g.who, "workers" | "hostages")
                && (g.outcome == figures[i].outcome || figures[i].outcome == Some(Outcome::Total))
        });
        if let Some((_, g)) = found {
            figures[i].who = g.who;
        }
    }
}
