//! People-counting figures: a number (or "a Briton"), the people it counts (class,
//! nationality, organisation), what happened to them, and who said so.
//!
//! Rules work on the tokens of one sentence: a number, then a noun phrase that names people
//! ("685 Algerian workers", "seven of the hostages", "107 out of 132 foreigners"), or none
//! when the people were named before ("a further three are missing"). The outcome comes from
//! a word inside the phrase ("six freed Americans"), a verb or noun before it ("killed all
//! 32", "the deaths of 23"), or the predicate after it, skipping the other counts joined to
//! it ("23 hostages and all 32 terrorists had died").

use super::lexicon::{Lexicon, NatKind, Side, lexicon};
use super::numbers::{Approx, NumberMatch, number_at};
use super::tags;
use super::text::{Kind, Sentence, Token};

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
    /// The clause of the sentence the number is in ([`super::text::clause_of`]).
    pub clause: u32,
    pub value: u64,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub approx: Approx,
    pub outcome: Option<&'static str>,
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
}

#[derive(Debug, Clone, Default)]
struct Phrase {
    head: Option<usize>,
    end: usize,
    who: Option<&'static str>,
    nat: Option<Nat>,
    mixed_nat: bool,
    org: Option<String>,
    inside: Option<&'static str>,
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

const FILLERS: &[&str] = &[
    "other",
    "more",
    "further",
    "additional",
    "last",
    "remaining",
    "known",
    "different",
    "unarmed",
    "armed",
    "young",
    "elderly",
    "senior",
    "several",
    "all",
    "the",
    "fellow",
    "female",
    "male",
    "adult",
    "innocent",
    "surviving",
    "western",
    "westerners",
    "expatriate",
];

const AUX: &[&str] = &[
    "are",
    "were",
    "is",
    "was",
    "have",
    "has",
    "had",
    "remain",
    "remained",
    "remains",
    "died",
    "die",
    "will",
    "would",
    "may",
    "could",
    "still",
    "now",
    "also",
    "reportedly",
];

const BOUNDARIES: &[&str] = &[";", ":", "while", "whereas", "although", "though", "but", "because", "however", "whom"];

pub(crate) const OFFICIAL_WORDS: &[&str] = &[
    "the",
    "ministry",
    "government",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "agency",
    "media",
    "authorities",
    "police",
    "army",
    "military",
    "president",
    "minister",
    "secretary",
    "company",
    "operator",
    "union",
    "leader",
    "office",
    "department",
    "service",
    "news",
    "state",
    "radio",
    "television",
    "tv",
    "senior",
    "state-run",
    "state-owned",
    "foreign",
    "interior",
    "defence",
    "defense",
    "chief",
    "executive",
    "prime",
    "'s",
    "of",
    "for",
    "local",
    "regional",
    "provincial",
    "national",
    "federal",
    "civil",
    "fire",
    "health",
    "emergency",
    "kidnappers",
    "militants",
    "group",
    "rebels",
    "captors",
    "hospital",
    "sources",
    "witnesses",
    "residents",
    "governor",
    "mayor",
    "commissioner",
    "coroner",
    "sheriff",
    "director",
    "head",
    "chairman",
    "administrator",
    "inspector",
    "commander",
    "general",
    "colonel",
    "captain",
    "ambassador",
    "embassy",
    "council",
    "airline",
    "aviation",
    "authority",
    "agencies",
    "rescuers",
    "organisation",
    "organization",
    "committee",
    "representative",
    "coast",
    "guard",
    "navy",
    "brigade",
    "paramedics",
    "doctors",
    "mission",
    "observatory",
    "monitor",
    "charity",
    "foundation",
    "institute",
    "association",
    "society",
    "federation",
    "prosecutor",
    "prosecutors",
    "investigators",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

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
        for f in &mut out[start..] {
            if let Some((by, claim)) = nearest_speaker(t, &found, f.anchor) {
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
    out
}

/// The country the report is about: the one it names most.
fn event_country(text: &str, sentences: &[Sentence], lex: &Lexicon) -> Option<usize> {
    let mut counts = std::collections::HashMap::<usize, usize>::new();
    for s in sentences.iter().filter(|s| s.tags & tags::NATIONALITY != 0) {
        let t = s.tokens();
        let mut i = 0;
        while i < t.len() {
            if let Some((c, kind, used)) = lex.nationality_at(text, t, i) {
                if kind == NatKind::Country {
                    *counts.entry(c).or_default() += 2;
                } else {
                    *counts.entry(c).or_default() += 1;
                }
                i += used;
            } else {
                i += 1;
            }
        }
    }
    counts.into_iter().max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c))).map(|(c, _)| c)
}

fn nat_name(lex: &Lexicon, nat: &Option<Nat>, event: Option<usize>) -> Option<String> {
    match nat {
        Some(Nat::Country(c)) => Some(lex.country_name(*c).to_string()),
        Some(Nat::Foreign) => Some("foreign".into()),
        Some(Nat::Local) => event.map(|c| lex.country_name(c).to_string()),
        None => None,
    }
}

/// The noun phrase after a number: people noun, nationality, organisation, inside cue.
fn parse_phrase(text: &str, t: &[Token], start: usize, lex: &Lexicon, singular_only: bool) -> Phrase {
    let mut p = Phrase { end: start.saturating_sub(1), ..Default::default() };
    let mut k = start;
    let mut modifiers = 0;
    let mut nat_head: Option<usize> = None;
    let mut partitive = false;
    while k < t.len() && modifiers <= 5 {
        let tok = &t[k];
        if is_quote(tok) {
            k += 1;
            continue;
        }
        if k == start
            && tok.is_any(&["deaths", "fatalities", "dead", "injuries", "casualties"])
            && !tok.is("casualties")
        {
            // "authorities confirmed 23 deaths": the noun is what happened.
            p.inside = Some(if tok.is("injuries") { "injured" } else { "killed" });
            p.who = Some("people");
            p.head = Some(k);
            p.end = k;
            return p;
        }
        if let Some((class, plural)) = lex.people.get(tok.lower()).copied()
            && !(singular_only && plural && !partitive && tok.lower() != "people")
        {
            p.head = Some(k);
            // "three people from the Netherlands": the country after the noun.
            if p.nat.is_none() && t.get(k + 1).is_some_and(|x| x.is("from")) {
                let at = if t.get(k + 2).is_some_and(|x| x.is("the")) { k + 3 } else { k + 2 };
                if let Some((c, NatKind::Country, _)) = lex.nationality_at(text, t, at) {
                    p.nat = Some(Nat::Country(c));
                }
            }
            // "crew member", "staff member": the class of the two-word noun.
            let compound =
                (k > start).then(|| lex.people.get(format!("{} {}", t[k - 1].lower(), tok.lower()).as_str())).flatten();
            p.who = Some(compound.map_or(class, |c| c.0));
            p.end = k;
            if tok.is_any(&["foreigners", "foreigner", "expatriates", "expatriate", "expats", "expat"])
                && p.nat.is_none()
            {
                p.nat = Some(Nat::Foreign);
                p.bare_nationality = true;
            }
            return p;
        }
        if let Some((c, kind, used)) = lex.nationality_at(text, t, k) {
            if p.nat.is_some() && p.nat != Some(Nat::Country(c)) {
                p.mixed_nat = true;
            }
            p.nat = Some(Nat::Country(c));
            if kind != NatKind::Country {
                nat_head = Some(k + used - 1);
            }
            k += used;
            modifiers += 1;
            continue;
        }
        match tok.lower() {
            "foreign" | "expatriate" => {
                if p.nat.is_some() {
                    p.mixed_nat = true;
                }
                p.nat = Some(Nat::Foreign);
            }
            "local" => p.nat = Some(Nat::Local),
            "of" if t.get(k + 1).is_some_and(|n| n.is("the"))
                && t.get(k + 2).is_some_and(|n| n.is_any(&["dead", "injured", "wounded", "missing", "victims"])) =>
            {
                // "three of the dead were children"
                p.inside = lex.cue_at(t, k + 2, Side::Any).map(|c| c.outcome).or(Some("killed"));
                p.end = k + 2;
                if t.get(k + 3).is_some_and(|x| x.is_any(&["were", "are", "was"]))
                    && let Some((class, _)) = t.get(k + 4).and_then(|x| lex.people.get(x.lower()))
                {
                    p.who = Some(class);
                }
                return p;
            }
            "of" if t
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["the", "its", "their", "those", "these", "his", "her", "our"])) =>
            {
                p.possessive |= t[k + 1].is_any(&["its", "their"]);
                partitive = true;
                k += 2;
                continue;
            }
            // "Hundreds of villagers", "dozens of people": a vague count and its people.
            "of" if k == start
                && start >= 1
                && t[start - 1].is_any(&["dozens", "scores", "hundreds", "thousands", "tens"]) =>
            {
                k += 1;
                continue;
            }
            "out" if t.get(k + 1).is_some_and(|n| n.is("of")) => {
                partitive = true;
                k += 2;
                continue;
            }
            "and" | "or" if nat_head.is_some() || p.nat.is_some() => {
                // "Algerian and foreign workers": coordinated modifiers.
                let next_is_modifier = t
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(&["foreign", "local"]) || lex.nationality_at(text, t, k + 1).is_some());
                if !next_is_modifier {
                    break;
                }
            }
            w if FILLERS.contains(&w) || w.ends_with("-armed") || w.ends_with("-old") => {}
            "freed" | "injured" | "wounded" | "missing" | "dead" | "kidnapped" | "abducted" | "rescued"
            | "released" | "evacuated" | "trapped" => {
                p.inside = lex.cue_at(t, k, Side::Any).map(|c| c.outcome);
            }
            // "police officers", "a crew member", "bus drivers", "young men": a lower-case word
            // before a noun of people is its modifier.
            _ if may_modify_people(tok)
                && t.get(k + 1).is_some_and(|n| n.tags & tags::PEOPLE != 0)
                && lex.cue_at(t, k, Side::Any).is_none() => {}
            _ if tok.kind == Kind::Number && p.inner_number.is_none() && k > start => {
                p.inner_number = Some(k);
            }
            _ if tok.cap && tok.kind == Kind::Word && tok.lower().len() <= 12 => {
                // "BP employees", "Statoil staff"
                p.org = Some(text[tok.start()..tok.end()].to_string());
            }
            _ => break,
        }
        modifiers += 1;
        k += 1;
    }
    if let Some(h) = nat_head {
        // The nationality word is itself the noun: "14 Japanese", "three Belgians".
        p.head = Some(h);
        p.who = Some("people");
        p.end = h;
        p.org = None;
        p.bare_nationality = true;
    }
    p
}

struct Cand {
    m: NumberMatch,
    p: Phrase,
    /// Left-side words that belong to this figure ("from a total of").
    left_first: usize,
    outcome: Option<&'static str>,
    left_governed: bool,
}

fn sentence_figures(
    text: &str,
    sentences: &[Sentence],
    si: usize,
    lex: &Lexicon,
    event: Option<usize>,
    out: &mut Vec<RawFigure>,
) {
    let t = sentences[si].tokens();
    let mut cands: Vec<Cand> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let m = number_at(t, i).filter(|m| counts_people_here(t, m)).or_else(|| implicit_one(text, t, i, lex));
        let Some(m) = m else {
            i += 1;
            continue;
        };
        let singular = m.implicit || m.value == 1;
        let p = parse_phrase(text, t, m.last + 1, lex, singular && !m.vague);
        let next = t.get(p.end.max(m.last) + 1);
        let elliptical = p.head.is_none()
            && (next.is_some_and(|n| n.is_any(AUX) || lex.cue_at(t, p.end.max(m.last) + 1, Side::After).is_some())
                || next.is_some_and(|n| n.is("of"))
                    && t.get(p.end.max(m.last) + 2).is_some_and(|n| n.is_any(&["them", "those"])));
        let left = left_cue(t, &m, lex);
        let total_cue = left.filter(|c| c.0 == "total");
        // "killing at least 1,442 people and injuring more than 8,000"; "the toll rose to 35".
        let governed = p.head.is_none() && (left.is_some() || toll_outcome(t, m.first).is_some() || p.inside.is_some());
        if p.head.is_none() && !elliptical && !governed && total_cue.is_none() {
            i = m.last + 1;
            continue;
        }
        if m.implicit && p.head.is_none() {
            i += 1;
            continue;
        }
        let left_first = total_cue.map_or(m.first, |c| c.1);
        let next_i = p.end.max(m.last) + 1;
        cands.push(Cand { m, p, left_first, outcome: None, left_governed: false });
        // A number inside the phrase ("of the 56 BP workers") is a figure of its own.
        i = cands.last().and_then(|c| c.p.inner_number).unwrap_or(next_i);
    }
    if cands.is_empty() {
        return;
    }
    // Spans of all figures, to skip over when reading a predicate.
    let spans: Vec<(usize, usize)> = cands.iter().map(|c| (c.left_first, c.p.end.max(c.m.last))).collect();

    for ci in 0..cands.len() {
        let (outcome, governed) = outcome_of(sentences, si, t, &cands, ci, &spans, lex);
        cands[ci].outcome = outcome;
        cands[ci].left_governed = governed;
    }
    // "the deaths of seven hostages and 11 militants": a verb before the first count
    // governs the counts joined to it.
    for ci in 1..cands.len() {
        let prev_end = spans[ci - 1].1;
        let joined = cands[ci].m.first == prev_end + 2 && t[prev_end + 1].is_any(&["and", ","]);
        if joined && cands[ci - 1].left_governed && cands[ci].outcome.is_none() {
            cands[ci].outcome = cands[ci - 1].outcome;
        }
    }
    // "…, as are five Norwegians": the predicate of the clause before.
    for ci in 1..cands.len() {
        let f = cands[ci].m.first;
        if cands[ci].outcome.is_none()
            && f >= 2
            && t[f - 2].is("as")
            && t[f - 1].is_any(&["are", "were", "is", "was", "have", "had"])
        {
            cands[ci].outcome = cands[ci - 1].outcome;
        }
    }
    let base = out.len();
    for ci in 0..cands.len() {
        let c = &cands[ci];
        let mut who = c.p.who;
        let mut nat = if c.p.mixed_nat { None } else { c.p.nat.clone() };
        let mut org = c.p.org.clone();
        let mut part_of = None;
        let mut outcome = c.outcome;
        // People named before: "a further three are missing", "Of the BP employees, 14 are safe".
        if c.p.head.is_none() && c.p.who.is_none() {
            if let Some((w, n, o)) = antecedent(text, t, &cands, ci, lex) {
                who = Some(w);
                if nat.is_none() {
                    nat = n;
                }
                if org.is_none() {
                    org = o;
                }
            } else {
                who = Some("people");
            }
        }
        // "nine miners were killed and 14 others are missing"
        if c.p.head.is_some_and(|h| t[h].is("others"))
            && let Some(prev) = cands[..ci].iter().rev().find(|p| {
                p.p.head.is_some_and(|h| !t[h].is("others")) && !(p.m.first > 0 && t[p.m.first - 1].is("including"))
            })
        {
            who = prev.p.who;
            if nat.is_none() && !prev.p.mixed_nat {
                nat = prev.p.nat.clone();
            }
        }
        // "its citizens": the country the sentence is about.
        let citizens = c
            .p
            .head
            .is_some_and(|h| t[h].is_any(&["citizen", "citizens", "national", "nationals", "resident", "residents"]));
        if (c.p.possessive || citizens) && nat.is_none() {
            nat = first_country_before(text, t, c.m.first, lex).map(Nat::Country);
        }
        // "Two workers, including one Briton"; "seven foreigners: one British, three Belgians".
        if let Some(pi) = container(t, &cands, ci) {
            part_of = Some(base + pi);
            // A part shares what happened to the whole: "killed 12 people, including five
            // children, and wounded 18 others".
            if cands[pi].outcome.is_some() {
                outcome = cands[pi].outcome;
            }
            if who == Some("people") {
                who = cands[pi].p.who.or(who);
            }
        }
        // "25 of the 56 BP workers" / "107 out of 132 foreigners": the whole is a total.
        if let Some(pi) = (0..cands.len()).find(|&pi| cands[pi].p.inner_number == Some(c.m.num_first)) {
            outcome = Some("total");
            if who.is_none() {
                who = cands[pi].p.who;
            }
        }
        let head_word = c.p.head.map(|h| t[h].lower());
        let Some(outcome) = outcome.or_else(|| default_outcome(c.p.who, head_word)) else { continue };
        let mut who = who.unwrap_or("people");
        // People held by kidnappers are hostages.
        if outcome == "held" && matches!(who, "people" | "residents" | "workers") {
            who = "hostages";
        }
        // "foreigners working at the plant"
        if who == "people" && c.p.head.is_some_and(|h| t.get(h + 1).is_some_and(|n| n.is("working"))) {
            who = "workers";
        }
        let (first, last) = (c.m.first.min(c.left_first), c.p.end.max(c.m.last));
        out.push(RawFigure {
            sentence: si,
            first,
            last,
            anchor: c.m.num_first,
            start: t[first].start(),
            end: t[last].end(),
            clause: super::text::clause_of(t, c.m.num_first),
            value: c.m.value,
            low: c.m.low,
            high: c.m.high,
            approx: c.m.approx,
            outcome: Some(outcome),
            who,
            nationality: nat_name(lex, &nat, event),
            org,
            by: None,
            claim: false,
            part_of,
            implicit: c.m.implicit,
            vague: c.m.vague,
            bare_nationality: c.p.bare_nationality || (c.p.head.is_none() && nat.is_some()),
            present: is_present(t, c.p.end.max(c.m.last) + 1, c.m.first),
        });
    }
    // Figures dropped above leave `part_of` pointing past the end; keep only valid links.
    let n = out.len();
    for f in &mut out[base..] {
        if f.part_of.is_some_and(|p| p >= n) {
            f.part_of = None;
        }
    }
    // Class shared by counts joined with "and": "685 Algerian workers and 107 foreigners".
    for k in base + 1..n {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.sentence == b.sentence && b.first == a.last + 2 && t[a.last + 1].is("and") && a.outcome == b.outcome {
            if b.who == "people" && a.who != "people" && b.bare_nationality {
                out[k].who = out[k - 1].who;
            } else if a.who == "people" && b.who != "people" && a.bare_nationality {
                out[k - 1].who = out[k].who;
            }
        }
    }
}

/// "the death toll rose to 35", "bringing the number of injured to 40": the outcome a
/// count without a noun is the toll of, and where the people it counts are named ("the
/// number of miners killed": the token after "of").
fn toll(t: &[Token], first: usize) -> Option<(&'static str, Option<usize>)> {
    // "Death toll: 7", "Injured: 41", "Missing: 3": a label and a colon.
    if first >= 2 && t[first - 1].is(":") {
        let before = |k: usize| first.checked_sub(k).map(|j| t[j].lower());
        let outcome = match before(2) {
            Some("toll" | "tally") if before(3) == Some("injury") => Some("injured"),
            Some("toll" | "tally" | "dead" | "killed" | "deaths" | "fatalities") => Some("killed"),
            Some("injured" | "wounded" | "hurt" | "injuries") => Some("injured"),
            Some("missing") => Some("missing"),
            Some("rescued" | "freed" | "released") => Some("freed"),
            Some("evacuated") => Some("evacuated"),
            _ => None,
        };
        if let Some(o) = outcome {
            return Some((o, None));
        }
    }
    let from = first.saturating_sub(14);
    for k in (from..first).rev() {
        let tok = &t[k];
        if tok.is_any(BOUNDARIES) || tok.is(",") && k + 1 < first && !t[k + 1].is_any(&["to", "at"]) {
            return None;
        }
        if tok.is_any(&["toll", "tally"]) {
            let outcome = match k.checked_sub(1).map(|j| t[j].lower()) {
                Some("injury") => "injured",
                Some("missing") => "missing",
                _ => "killed",
            };
            return Some((outcome, None));
        }
        if tok.is("number") && t.get(k + 1).is_some_and(|x| x.is("of")) {
            // "the number of miners killed … rose to 17", "the number of Japanese nationals
            // missing": the participle after the people (a few words at most).
            for x in &t[k + 2..(k + 6).min(first).max(k + 2)] {
                let outcome = match x.lower() {
                    "dead" | "deaths" | "killed" | "fatalities" | "victims" | "bodies" => "killed",
                    "injured" | "wounded" | "injuries" => "injured",
                    "missing" => "missing",
                    "evacuees" | "evacuated" => "evacuated",
                    "rescued" | "freed" | "released" => "freed",
                    // "the number of survivors at 170": the noun is the outcome.
                    "survivors" | "survivor" => "safe",
                    "rose" | "rises" | "risen" | "climbed" | "reached" | "stood" | "was" | "is" | "at" | "to" => break,
                    _ => continue,
                };
                return Some((outcome, Some(k + 2)));
            }
            return None;
        }
    }
    None
}

/// The outcome of the toll a count without a noun is the value of.
fn toll_outcome(t: &[Token], first: usize) -> Option<&'static str> {
    toll(t, first).map(|(o, _)| o)
}

/// A present-tense state: "are missing", "remain unaccounted for", "there are 14 …".
fn is_present(t: &[Token], after: usize, first: usize) -> bool {
    let mut k = after;
    // "1.5 million people in Gaza have been displaced": a place between people and verb.
    if t.get(k).is_some_and(|x| x.is_any(&["in", "at", "from", "near"])) && t.get(k + 1).is_some_and(|x| x.cap) {
        k += 1;
        while t.get(k).is_some_and(|x| x.cap) {
            k += 1;
        }
    }
    while t.get(k).is_some_and(|x| is_quote(x) || x.is_any(&["still", "now", "also", "all"])) {
        k += 1;
    }
    let verb = t.get(k).is_some_and(|x| x.is_any(&["are", "is", "remain", "remains"]));
    // The present perfect counts up to now: "have been killed", "has risen to".
    let perfect = t.get(k).is_some_and(|x| x.is_any(&["have", "has"]))
        && t.get(k + 1).is_some_and(|x| x.is("been") || x.lower().ends_with("ed") || x.is_any(&["risen", "died"]));
    let there = first >= 2 && t[first - 2].is("there") && t[first - 1].is_any(&["are", "is"]);
    verb || perfect || there
}

/// A unit, a clock zone or another word after a number that counts no people. A `match`
/// on the word's length and bytes: this is asked of every number.
fn is_unit(w: &str) -> bool {
    matches!(
        w,
        "km" | "kilometres"
            | "kilometers"
            | "kilometre"
            | "kilometer"
            | "miles"
            | "mile"
            | "mm"
            | "cm"
            | "m"
            | "metres"
            | "meters"
            | "%"
            | "per"
            | "percent"
            | "years"
            | "year"
            | "hours"
            | "hour"
            | "days"
            | "day"
            | "minutes"
            | "weeks"
            | "months"
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            | "gmt"
            | "bst"
            | "utc"
            | "kg"
            | "tonnes"
            | "tons"
            | "feet"
            | "ft"
            | "degrees"
            | "mph"
            | "times"
    )
}

/// Numbers followed by units, or that are years, money or clock times, count no people.
fn counts_people_here(t: &[Token], m: &NumberMatch) -> bool {
    let next = t.get(m.last + 1).map(|x| x.lower()).unwrap_or("");
    if is_unit(next) || next.ends_with("-year-old") {
        return false;
    }
    if next == "local" && t.get(m.last + 2).is_some_and(|x| x.is("time")) {
        return false;
    }
    let prev = m.first.checked_sub(1).and_then(|k| t.get(k)).map(|x| x.lower()).unwrap_or("");
    if matches!(prev, "$" | "£" | "€" | "us$") {
        return false;
    }
    let tok = &t[m.num_first];
    if tok.kind == Kind::Number
        && tok.lower().len() == 4
        && !tok.lower().contains(',')
        && (1800..2100).contains(&m.value)
    {
        return false;
    }
    // A day of a month: "16 January".
    if t.get(m.last + 1).is_some_and(|x| x.cap && crate::calendar::month_number(x.lower()).is_some()) {
        return false;
    }
    true
}

/// A lower-case word that may stand before a noun of people as its modifier ("police",
/// "crew", "bus", "young"): not a number, a saying verb or a day.
fn may_modify_people(x: &Token) -> bool {
    x.kind == Kind::Word && !x.cap && x.tags & (tags::SAY | tags::NUMBER | tags::MONTH | tags::WEEKDAY) == 0
}

/// "a Briton", "an Algerian", "one UK resident" said without a number.
#[inline]
fn implicit_one(text: &str, t: &[Token], i: usize, lex: &Lexicon) -> Option<NumberMatch> {
    if t.get(i)?.tags & tags::ARTICLE == 0 {
        return None;
    }
    implicit_person(text, t, i, lex)
}

fn implicit_person(text: &str, t: &[Token], i: usize, lex: &Lexicon) -> Option<NumberMatch> {
    let next = t.get(i + 1)?;
    // "a Briton", "an Algerian", "a citizen" — not "an Algerian army raid", "a hostage crisis".
    let ends_phrase = |k: usize| {
        t.get(k).is_none_or(|a| {
            a.kind == Kind::Punct
                || a.is_any(&[
                    "and", "or", "who", "was", "is", "had", "has", "died", "dies", "were", "remains", "remained",
                    "later", "also", "then", "still", "since",
                ])
                || a.lower().ends_with("ly")
                || lex.cue_at(t, k, Side::After).is_some()
        })
    };
    let singular_person =
        |k: usize| t.get(k).is_some_and(|x| lex.people.get(x.lower()).is_some_and(|(_, plural)| !plural));
    // "a police officer", "an aid worker", "a crew member", "a young man": one lower-case
    // word before a singular noun of people.
    let compound = may_modify_people(next)
        && next.lower().len() > 2
        && next.tags & tags::RELATIVE_DAY == 0
        && !next.lower().ends_with("ly")
        && singular_person(i + 2)
        && ends_phrase(i + 3);
    // "a 12-year-old boy": an age between the article and the noun.
    let aged = next.kind == Kind::Number
        && t.get(i + 2).is_some_and(|x| x.is("-"))
        && t.get(i + 3).is_some_and(|x| x.is("year-old"))
        && singular_person(i + 4)
        && ends_phrase(i + 5);
    let is_person = (singular_person(i + 1) && ends_phrase(i + 2)) || compound || aged;
    let nat = lex.nationality_at(text, t, i + 1);
    let ok = is_person
        || nat.is_some_and(|(_, kind, used)| {
            let noun_follows =
                t.get(i + 1 + used).is_some_and(|a| lex.people.get(a.lower()).is_some_and(|(_, pl)| !pl));
            noun_follows || (kind != NatKind::Country && ends_phrase(i + 1 + used))
        });
    if !ok {
        return None;
    }
    Some(NumberMatch {
        first: i,
        // The age belongs to the article: the phrase starts at the noun.
        last: if aged { i + 3 } else { i },
        num_first: i,
        value: 1,
        low: Some(1),
        high: Some(1),
        approx: Approx::Exact,
        vague: false,
        implicit: true,
    })
}

/// An outcome word right before the count ("killed all 32", "the deaths of at least 23",
/// "from a total of 132"), and where its words start.
fn left_cue(t: &[Token], m: &NumberMatch, lex: &Lexicon) -> Option<(&'static str, usize)> {
    let mut k = m.first;
    // Skip "all", "the last", "a further", trying the cue at each step ("among the 700").
    let mut skipped = 0;
    loop {
        if k == 0 {
            return None;
        }
        if let Some(c) = lex.cue_ending_at(t, k - 1) {
            return Some((c.outcome, k - c.words.len()));
        }
        if skipped < 3
            && t[k - 1].is_any(&["all", "the", "last", "a", "further", "its", "their", "some", "another", "his"])
        {
            k -= 1;
            skipped += 1;
        } else {
            break;
        }
    }
    // "unable to confirm the location or situation of four employees"
    if t[k - 1].is("of") {
        let from = k.saturating_sub(6);
        if t[from..k - 1].iter().any(|x| x.is_any(&["location", "whereabouts", "fate"])) {
            return Some(("missing", k - 1));
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn outcome_of(
    sentences: &[Sentence],
    si: usize,
    t: &[Token],
    cands: &[Cand],
    ci: usize,
    spans: &[(usize, usize)],
    lex: &Lexicon,
) -> (Option<&'static str>, bool) {
    let c = &cands[ci];
    if let Some(o) = c.p.inside {
        // "15 kidnapped traders were rescued", "the five missing climbers were found dead":
        // for people held or missing, the verb says what has happened to them since. ("Three
        // injured soldiers were evacuated" stays a count of the injured.)
        let mut k = c.p.end.max(c.m.last) + 1;
        if matches!(o, "held" | "missing")
            && t.get(k).is_some_and(|x| x.is_any(&["were", "was", "are", "is", "have", "has", "had"]))
        {
            k += 1;
            if t.get(k).is_some_and(|x| x.is("been")) {
                k += 1;
            }
            if let Some(cue) = lex.cue_at(t, k, Side::After) {
                return (Some(cue.outcome), false);
            }
        }
        return (Some(o), false);
    }
    // "25 of the 56": the number after a count and "of (the)" is the whole.
    if c.m.first >= 2 && t[c.m.first - 1].is("the") && t[c.m.first - 2].is("of") {
        return (Some("total"), false);
    }
    if let Some((o, _)) = left_cue(t, &c.m, lex) {
        return (Some(o), true);
    }
    if c.p.head.is_none()
        && let Some(o) = toll_outcome(t, c.m.first)
    {
        return (Some(o), false);
    }
    // The predicate after the phrase.
    let mut k = c.p.end.max(c.m.last) + 1;
    let mut seen = 0;
    let mut weak = None;
    while k < t.len() && seen < 16 {
        if let Some(&(_, e)) = spans.iter().find(|(s, _)| *s == k) {
            k = e + 1;
            continue;
        }
        let tok = &t[k];
        if tok.is_any(BOUNDARIES) || tok.is(".") {
            break;
        }
        if tok.is("(") {
            k = t[k..].iter().position(|x| x.is(")")).map_or(t.len(), |p| k + p + 1);
            continue;
        }
        if tok.is_any(&["--", "—", "–"]) {
            // A parenthetical between dashes, or the end of the clause.
            match t[k + 1..].iter().position(|x| x.is_any(&["--", "—", "–"])) {
                Some(p) => {
                    k = k + p + 2;
                    continue;
                }
                None => break,
            }
        }
        // "two Americans were among that number": the outcome of the sentence before.
        if tok.is("among") && t.get(k + 1).is_some_and(|n| n.is_any(&["that", "them", "those"])) && si > 0 {
            let prev = sentences[si - 1].tokens();
            if let Some(o) = (0..prev.len()).find_map(|j| lex.cue_at(prev, j, Side::After).map(|c| c.outcome)) {
                return (Some(o), false);
            }
        }
        if let Some(cue) = lex.cue_at(t, k, Side::After) {
            // "aboard", "on board" say how many there were, unless the clause says more.
            if cue.outcome != "total" {
                return (Some(cue.outcome), false);
            }
            weak.get_or_insert(cue.outcome);
        }
        if !is_quote(tok) {
            seen += 1;
        }
        k += 1;
    }
    // "a total of 14": how many there were, unless the clause says what happened to them.
    let bodies = c.p.head.is_some_and(|h| t[h].is_any(&["bodies", "body"]));
    if weak.is_none() && !bodies && c.m.first >= 2 && t[c.m.first - 2].is("total") && t[c.m.first - 1].is("of") {
        return (Some("total"), false);
    }
    (weak, false)
}

fn default_outcome(who: Option<&'static str>, head: Option<&str>) -> Option<&'static str> {
    // Bodies are of the dead; hostages, captives and prisoners are held unless the text
    // says otherwise.
    if matches!(head, Some("bodies" | "body")) {
        return Some("killed");
    }
    (who == Some("hostages")).then_some("held")
}

/// Who a count without a noun is about.
fn antecedent(
    text: &str,
    t: &[Token],
    cands: &[Cand],
    ci: usize,
    lex: &Lexicon,
) -> Option<(&'static str, Option<Nat>, Option<String>)> {
    // "the number of miners killed rose to 17": the people the toll counts.
    if let Some((_, Some(people))) = toll(t, cands[ci].m.first) {
        let p = parse_phrase(text, t, people, lex, false);
        if let Some(w) = p.who {
            return Some((w, p.nat, p.org));
        }
    }
    // "Of the BP employees, 14 are safe"
    if t.first().is_some_and(|x| x.is("of")) {
        let p = parse_phrase(text, t, 1, lex, false);
        if let Some(w) = p.who {
            return Some((w, p.nat, p.org));
        }
    }
    let prev = cands[..ci].iter().rev().find(|c| c.p.head.is_some())?;
    Some((prev.p.who.unwrap_or("people"), if prev.p.mixed_nat { None } else { prev.p.nat.clone() }, prev.p.org.clone()))
}

/// The total a count is part of: after "including" or in a list after a colon.
fn container(t: &[Token], cands: &[Cand], ci: usize) -> Option<usize> {
    let c = &cands[ci];
    // "Two workers, including one Briton"
    if c.m.first >= 1 && t[c.m.first - 1].is("including") && ci > 0 {
        return Some(ci - 1);
    }
    // "including two Britons, an American and a Japanese": the next parts of the same list.
    if ci > 0 {
        let prev_end = cands[ci - 1].p.end.max(cands[ci - 1].m.last);
        let gap = &t[(prev_end + 1).min(c.m.first)..c.m.first];
        let joined = !gap.is_empty() && gap.len() <= 2 && gap.iter().all(|x| x.is_any(&[",", "and"]));
        if joined && let Some(pi) = container(t, cands, ci - 1) {
            return Some(pi);
        }
    }
    // "seven foreigners: one British, three Belgians, two Americans and one Japanese"
    let colon = (0..c.m.first).rev().find(|&k| t[k].is(":"))?;
    let between_ok = t[colon + 1..c.m.first].iter().all(|x| x.is_any(&[",", "and"]) || x.kind == Kind::Number)
        || (0..ci).any(|k| cands[k].m.first > colon);
    if !between_ok {
        return None;
    }
    let pi = (0..ci).rev().find(|&k| cands[k].p.end.max(cands[k].m.last) + 1 == colon)?;
    Some(pi)
}

/// The first country named before token `k`: "Malaysia's state-run news agency reported that
/// two of its citizens…", "The Scottish government said eight of its residents…".
fn first_country_before(text: &str, t: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    let mut i = 0;
    while i < k {
        if let Some((c, _, _)) = lex.nationality_at(text, t, i) {
            return Some(c);
        }
        i += 1;
    }
    None
}

/// A saying verb at token `k`, or a verb that gives a count: "officials put the death toll
/// at 35", "the coast guard put the number of survivors at 170".
fn says_at(t: &[Token], k: usize) -> bool {
    // "the fire has claimed the lives of 19 people" tells what happened, not who said it.
    if t[k].is_any(&["claimed", "claims", "claim"])
        && t.get(k + 1).is_some_and(|x| x.is_any(&["the", "a", "lives", "life"]))
        && t[k + 1..(k + 3).min(t.len())].iter().any(|x| x.is_any(&["lives", "life"]))
    {
        return false;
    }
    if is_say(t[k].lower()) {
        return true;
    }
    t[k].is_any(COUNT_VERBS)
        && t[k + 1..(k + 5).min(t.len())].iter().any(|x| x.is_any(&["toll", "number", "figure", "tally"]))
}

const SAY_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "claimed",
    "claims",
    "stated",
    "added",
    "warned",
    "insisted",
    "estimated",
    "cited",
    "citing",
    "quoted",
    "alleged",
];

/// Verbs that give a count when a toll follows ("officials put the death toll at 35").
const COUNT_VERBS: &[&str] = &["put", "puts", "putting", "estimate", "estimates"];

/// Words that may attribute a figure ([`super::tags::SAY`]).
pub(crate) fn attribution_words() -> impl Iterator<Item = &'static str> {
    SAY_WORDS.iter().chain(COUNT_VERBS).chain(&["according"]).copied()
}

fn is_say(w: &str) -> bool {
    SAY_WORDS.contains(&w)
}

/// (verb token, speaker, is a claim) for every attribution in a sentence.
fn speakers(
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
        let mut claim = claim_verb;
        if PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(&name)) {
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
                || ["union", "opposition", "activists", "campaigners", "rebels", "insurgents"].contains(w)
                || (*w == "group"
                    && i > 0
                    && ["militant", "armed", "rebel", "islamist", "jihadist", "extremist", "terrorist", "separatist"]
                        .contains(&words[i - 1]))
        });
        out.push((k, name, claim));
    }
    out
}

/// A word that names a speaker's office or body ("ministry", "governor", "police").
fn is_official(t: &Token) -> bool {
    t.tags & tags::OFFICIAL != 0 && !t.is_any(&["the", "of", "for", "'s", "state", "senior", "local", "foreign"])
}

fn is_name_token(t: &Token) -> bool {
    if t.tags & tags::PEOPLE != 0 && !t.is_any(PRONOUNS) || t.is("'") {
        return true;
    }
    // "On Sunday the agency said": days and months are not part of a speaker's name.
    (t.cap && t.kind == Kind::Word && t.tags & (tags::WEEKDAY | tags::MONTH) == 0)
        || t.tags & tags::OFFICIAL != 0
        || t.lower() == "u.s."
}

/// The noun phrase that opens a sentence when it names a body or office ("The miners'
/// union disputes …"): what "it" or "they" in the next sentence most likely is.
fn opening_body(text: &str, t: &[Token]) -> Option<String> {
    let end = t.iter().position(|x| !is_name_token(x))?;
    (end > 0 && t[..end].iter().any(is_official)).then(|| text[t[0].start()..t[end - 1].end()].to_string())
}

/// The speaker right before a "said": "State news agency APS said", "the kidnappers claimed".
fn phrase_before(t: &[Token], verb: usize) -> Option<(usize, usize)> {
    let end = verb.checked_sub(1)?;
    // "…, Hague told reporters": skip an adverb like "also".
    let end = if t[end].is_any(&["also", "later", "previously", "earlier", "has", "had", "have"]) {
        end.checked_sub(1)?
    } else {
        end
    };
    if PRONOUNS.contains(&t[end].lower()) {
        return Some((end, end));
    }
    let mut a = end + 1;
    // Lower-case names right after a title: "police chief anna berg told reporters".
    if !is_name_token(&t[end])
        && let Some(title) = (end.saturating_sub(3)..end).rev().find(|&j| is_official(&t[j]))
        && t[title + 1..=end].iter().all(|x| x.kind == Kind::Word && !is_say(x.lower()) && !x.is_any(PRONOUNS))
    {
        a = title + 1;
    }
    while a > 0 && end + 1 - (a - 1) <= 10 {
        // "Chile's ambassador in Lima told reporters"
        let inside = a >= 2 && t[a - 1].is_any(&["in", "at"]) && t[a].cap && is_name_token(&t[a - 2]);
        if !is_name_token(&t[a - 1]) && !inside {
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
    // "the rescue service said", "the civil aviation authority said": back to the article.
    if a <= end
        && let Some(art) = (a.saturating_sub(3)..a).rev().find(|&j| t[j].is_any(&["the", "a"]))
        && t[art + 1..a].iter().all(|x| {
            x.kind == Kind::Word
                && !x.cap
                && !is_say(x.lower())
                && !x.is_any(PRONOUNS)
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
        ])
    {
        a += 1;
    }
    if a > end {
        return None;
    }
    (t[a..=end].iter().any(|x| x.cap || is_official(x))).then_some((a, end))
}

/// The speaker after a verb: "…, said Foreign Secretary William Hague."
fn phrase_after(t: &[Token], start: usize) -> Option<(usize, usize)> {
    let mut b = start;
    while b < t.len() && is_name_token(&t[b]) && b - start < 10 {
        b += 1;
    }
    if b == start {
        return None;
    }
    // "according to the national search and rescue agency": lower-case words up to the
    // office or body that ends the name.
    if let Some(end) = (b..(b + 5).min(t.len())).find(|&j| is_official(&t[j]) && !t[j].is("the"))
        && t[b..end].iter().all(|x| {
            x.kind == Kind::Word
                && !x.cap
                && x.tags & (tags::SAY | tags::NUMBER) == 0
                && !x.is_any(PRONOUNS)
                && !x
                    .is_any(&["that", "which", "who", "to", "in", "on", "at", "was", "were", "is", "are", "has", "had"])
        })
    {
        b = end + 1;
    }
    let (a, b) = (start, b - 1);
    // Not "said on Sunday", not "reporters".
    t[a..=b]
        .iter()
        .any(|x| (x.cap || is_official(x)) && !crate::extract::dates::is_weekday(x.lower()))
        .then_some((a, b))
}

/// The speaker for a figure at token `k`: the nearest attribution in the same clause.
fn nearest_speaker<'a>(t: &[Token], speakers: &'a [(usize, String, bool)], k: usize) -> Option<(&'a String, bool)> {
    let clause = |x: usize| t[..x].iter().filter(|y| y.is_any(&["although", "while", "but", "whereas", ";"])).count();
    speakers
        .iter()
        .filter(|(v, _, _)| clause(*v) == clause(k))
        .min_by_key(|(v, _, _)| v.abs_diff(k))
        .map(|(_, s, c)| (s, *c))
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
                && (g.outcome == figures[i].outcome || figures[i].outcome == Some("total"))
        });
        if let Some((_, g)) = found {
            figures[i].who = g.who;
        }
    }
}
