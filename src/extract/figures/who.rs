//! Who a number counts: the noun phrase after it ("23 foreign hostages", "25 of the 56 BP
//! workers"), its nationality, and the antecedent of a bare number ("three of them").

use super::*;
use crate::extract::lexicon::{Lexicon, NatKind, Side};
use crate::extract::tags;
use crate::extract::text::{Kind, Sentence, Token};

/// "lives" at `at`, after a number: taken by a verb before the number and its qualifier
/// ("claimed at least 22 lives"), or lost after it ("60 lives were lost"). Lives saved or
/// changed are not a toll.
fn lives_lost(t: &[Token], at: usize) -> bool {
    // The word before the number, or before its qualifier ("claimed at least 22 lives").
    let j = crate::extract::numbers::qualifier_ending_at(t, at - 2).map_or(at - 2, |q| q.saturating_sub(1));
    let took = t[j].is_any(&["took", "taken", "claimed", "claiming", "cost", "costing", "lost", "taking", "massacre"]);
    let lost_after = t.get(at + 1).is_some_and(|x| x.is_any(&["were", "was", "have", "had", "has"]))
        && t[at + 1..t.len().min(at + 4)].iter().any(|x| x.is("lost"));
    took || lost_after
}

/// The noun phrase after a number: people noun, nationality, organisation, inside cue.
pub(super) fn parse_phrase(text: &str, t: &[Token], start: usize, lex: &Lexicon, singular_only: bool) -> Phrase {
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
        // "one minor injury", "two serious injuries": a word of degree before the noun (looked
        // at only for these nouns: this runs for every word after every number).
        // ("14 new deaths", "two further deaths", "23 confirmed deaths": the ones told now.)
        let degree = || {
            (start..k).all(|j| {
                t[j].is_any(&[
                    "minor",
                    "serious",
                    "critical",
                    "fatal",
                    "major",
                    "severe",
                    "new",
                    "further",
                    "additional",
                    "confirmed",
                ])
            })
        };
        // "the attack claimed six lives", "took at least 12 lives", "60 lives were lost":
        // lives lost are the dead.
        if tok.is("lives") && k == start && start >= 2 && lives_lost(t, start) {
            p.inside = Some(Outcome::Killed);
            p.who = Some("people");
            p.head = Some(k);
            p.end = k;
            return p;
        }
        // "one minor injury": the word of degree is not a noun of people ("a minor") here.
        if tok.is_any(&["minor", "serious", "critical", "major", "severe"])
            && t.get(k + 1).is_some_and(|n| n.is_any(&["injury", "injuries"]))
        {
            k += 1;
            continue;
        }
        // "120 new cases", "ten confirmed infections": cases of a disease are people who fell
        // ill, whatever the rest of the sentence says ("… and two more deaths").
        if k == start {
            const KINDS: &[&str] = &["new", "confirmed", "suspected", "probable", "additional", "more", "reported"];
            let head = (k..t.len().min(k + 3)).find(|&j| !t[j].is_any(KINDS));
            // (A bare "cases" may count instances: "in two cases, the children had not been
            // vaccinated".)
            let in_cases = start >= 2 && t[start - 2].is("in");
            let named = |h: usize| t[h].is("infections") || t[h].is("cases") && h > k;
            if let Some(h) = head.filter(|&h| named(h) && !in_cases) {
                p.inside = Some(Outcome::Ill);
                p.who = Some("people");
                p.head = Some(h);
                p.end = h;
                return p;
            }
        }
        if tok.is_any(&["deaths", "fatalities", "dead", "injuries", "injury", "casualties"])
            && !tok.is("casualties")
            && (k == start || degree())
        {
            // "authorities confirmed 23 deaths": the noun is what happened.
            p.inside = Some(if tok.is_any(&["injuries", "injury"]) { Outcome::Injured } else { Outcome::Killed });
            p.who = Some("people");
            p.head = Some(k);
            p.end = k;
            return p;
        }
        // "eight New Yorkers", "200 Bostonians": the people of a town or state are residents.
        // (A nation's people are told by their nationality: "Jamaicans", "Georgians".)
        if tok.cap && !singular_only && (start..k).all(|j| t[j].cap) && townsfolk(text, t, start, k, lex) {
            p.head = Some(k);
            p.who = Some("residents");
            p.end = k;
            return p;
        }
        // "two hostage negotiators": after a count of more than one, a singular noun of people
        // before a lower-case word is that word's modifier, not the people counted.
        let modifier_of_next = |plural: bool| {
            !singular_only
                && !plural
                && t.get(k + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && !n.cap
                        && n.tags == 0
                        && !n.is_any(aux_words())
                        && !n.is_any(&["who", "whom", "whose", "which", "that", "and", "or", "but", "from", "with"])
                        && lex.cue_at(t, k + 1, Side::Any).is_none()
                })
        };
        if let Some((class, plural)) = lex.people.get(tok.lower()).copied()
            && !(singular_only && plural && !partitive && tok.lower() != "people")
            && !modifier_of_next(plural)
        {
            // "police officers", "militia fighters": a noun of people before another names the
            // same people; the phrase ends at the second (the class of the first, unless the
            // second is more telling than "people").
            if let Some((second, _)) = t.get(k + 1).and_then(|n| lex.people.get(n.lower()).copied())
                && !t[k + 1].is("people")
            {
                p.head = Some(k + 1);
                p.who = Some(if class == "people" { second } else { class });
                p.end = k + 1;
                return p;
            }
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
            // "two members of the military", "members of the armed forces": soldiers.
            // "members of the security forces", "of the police", "of the fire brigade".
            if tok.is_any(&["members", "member"])
                && t.get(k + 1).is_some_and(|x| x.is("of"))
                && t.get(k + 2).is_some_and(|x| x.is("the"))
                && let Some(body) = t.get(k + 3)
            {
                if body.is_any(&["military", "army", "navy", "marines", "armed"]) {
                    p.who = Some("soldiers");
                } else if body.is_any(&["police", "security", "gendarmerie"]) {
                    p.who = Some("police");
                } else if body.is("fire")
                    && t.get(k + 4).is_some_and(|x| x.is_any(&["brigade", "department", "service"]))
                {
                    p.who = Some("firefighters");
                }
            }
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
            // ("two of the missing fishermen": the word is a modifier of the people after it.)
            "of" if t.get(k + 1).is_some_and(|n| n.is("the"))
                && t.get(k + 2).is_some_and(|n| n.is_any(&["dead", "injured", "wounded", "missing", "victims"]))
                && !t.get(k + 3).is_some_and(|n| n.tags & tags::PEOPLE != 0 && !t[k + 2].is("victims")) =>
            {
                // "three of the dead were children"
                p.inside = lex.cue_at(t, k + 2, Side::Any).map(|c| c.outcome).or(Some(Outcome::Killed));
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
            // "100 law enforcement officers": the words of a kind of officer.
            "law" if t.get(k + 1).is_some_and(|n| n.is("enforcement")) => {
                k += 2;
                modifiers += 1;
                continue;
            }
            // "three of Shelton's children": of a named person's.
            "of" if t.get(k + 1).is_some_and(|n| n.is_capitalised())
                && t.get(k + 2).is_some_and(|n| n.is("'s") || n.is("’s")) =>
            {
                partitive = true;
                k += 3;
                continue;
            }
            // "two of three patients": the number after "of" is the whole.
            "of" if k == start && t.get(k + 1).is_some_and(|n| n.is_number()) => {
                partitive = true;
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
            w if fillers().contains(&w) || w.ends_with("-armed") || w.ends_with("-old") => {}
            // "14 new deaths", "nine confirmed dead" (not "14 New Yorkers").
            "new" | "confirmed" if !tok.cap => {}
            "freed" | "injured" | "wounded" | "missing" | "dead" | "kidnapped" | "abducted" | "rescued"
            | "released" | "evacuated" | "trapped" => {
                p.inside = lex.cue_at(t, k, Side::Any).map(|c| c.outcome);
            }
            // "police officers", "a crew member", "bus drivers", "young men": a lower-case word
            // before a noun of people is its modifier.
            _ if may_modify_people(tok)
                && t.get(k + 1).is_some_and(|n| n.tags & tags::PEOPLE != 0)
                && lex.cue_at(t, k, Side::Any).is_none() => {}
            // "one very brave police officer": a word of degree before such a modifier.
            "very" | "extremely" | "incredibly" | "especially" | "particularly" | "really"
                if t.get(k + 1).is_some_and(|n| may_modify_people(n) && lex.cue_at(t, k + 1, Side::Any).is_none())
                    && t.get(k + 2).is_some_and(|n| n.tags & tags::PEOPLE != 0) => {}
            _ if tok.is_number() && p.inner_number.is_none() && k > start => {
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

/// A lower-case word that may stand before a noun of people as its modifier ("police",
/// "crew", "bus", "young"): not a number, a saying verb or a day.
pub(super) fn may_modify_people(x: &Token) -> bool {
    // ("wounded seven before police shot him": a conjunction or preposition starts another
    // phrase.)
    x.kind == Kind::Word
        && !x.cap
        && x.tags & (tags::SAY | tags::NUMBER | tags::MONTH | tags::WEEKDAY) == 0
        // (A match, not a list search: this runs for most words after a number.)
        && !matches!(
            x.lower(),
            "before" | "after" | "when" | "while" | "until" | "since" | "because" | "as" | "than" | "then" | "and"
                | "or" | "but" | "by" | "with" | "from" | "to" | "of" | "in" | "on" | "at" | "for" | "into"
                | "during" | "including" | "like" | "whom"
        )
}

/// Who a count without a noun is about.
pub(super) fn antecedent(
    text: &str,
    t: &[Token],
    cands: &[Cand],
    ci: usize,
    lex: &Lexicon,
) -> Option<(&'static str, Option<Nat>, Option<String>)> {
    // "the number of miners killed rose to 17": the people the toll counts.
    if let Some((_, Some(people))) = toll(t, cands[ci].m.first) {
        // "the military death toll": the armed forces' dead.
        if t[people].is("military") {
            return Some(("soldiers", None, None));
        }
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
    let first = cands[ci].m.first;
    // "The hostages, 14 in all, were released": the people the count stands beside.
    if first >= 2
        && t[first - 1].is(",")
        && t.get(cands[ci].m.last + 1).is_some_and(|x| x.is("in"))
        && t.get(cands[ci].m.last + 2).is_some_and(|x| x.is_any(&["all", "total"]))
        && t[first - 2].tags & tags::PEOPLE != 0
    {
        let p = parse_phrase(text, t, first - 2, lex, false);
        if let Some(w) = p.who {
            return Some((w, p.nat, p.org));
        }
    }
    // "Six children were among the 23 killed": the whole a part is among counts people of
    // every kind, not the part's.
    if first >= 2 && t[first - 1].is("the") && t[first - 2].is("among") {
        return Some(("people", None, None));
    }
    // (Not a part told after "including": "nine died, including three children, and 40 were
    // injured" counts people.)
    let prev = cands[..ci]
        .iter()
        .rev()
        .find(|c| c.p.head.is_some() && !(c.m.first > 0 && t[c.m.first - 1].is("including")))?;
    Some((prev.p.who.unwrap_or("people"), if prev.p.mixed_nat { None } else { prev.p.nat.clone() }, prev.p.org.clone()))
}

/// The country whose people "its" citizens are, before token `k`: the last country named by
/// its name ("Kenya's minister said 32 Kenyans died, while Canada said 18 of its citizens had
/// died"; "Malaysia's news agency, citing Thai police, said two of its citizens…"), else the
/// first named otherwise ("The Scottish government said eight of its residents…").
pub(super) fn country_before(text: &str, t: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    let mut i = 0;
    let (mut named, mut first) = (None, None);
    while i < k {
        if let Some((c, kind, used)) = lex.nationality_at(text, t, i) {
            if kind == NatKind::Country {
                named = Some(c);
            }
            first = first.or(Some(c));
            i += used.max(1);
            continue;
        }
        i += 1;
    }
    named.or(first)
}

pub(super) fn nat_name(lex: &Lexicon, nat: &Option<Nat>, event: Option<usize>) -> Option<String> {
    match nat {
        Some(Nat::Country(c)) => Some(lex.country_name(*c).to_string()),
        Some(Nat::Foreign) => Some("foreign".into()),
        Some(Nat::Local) => event.map(|c| lex.country_name(c).to_string()),
        None => None,
    }
}

/// The country the report is about: the one it names most.
pub(super) fn event_country(text: &str, sentences: &[Sentence], lex: &Lexicon) -> Option<usize> {
    let mut counts = rustc_hash::FxHashMap::<usize, usize>::default();
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

/// Whether tokens `from..=k` are the people of a town or state the gazetteer knows, named by
/// their demonym: "New Yorkers" (New York), "Bostonians", "Chicagoans", "Texans" (Texas),
/// "Floridians" (Florida), "Californians". A nation's people are not: they have a nationality.
fn townsfolk(text: &str, t: &[Token], from: usize, k: usize, lex: &Lexicon) -> bool {
    let w = &t[k];
    let word = w.lower();
    // Cheap tests first: this runs for capitalised words after every number.
    if word.len() < 6 || !word.ends_with('s') || w.kind != Kind::Word || lex.nationality_at(text, t, from).is_some() {
        return false;
    }
    let Some(raw) = text.get(w.start()..w.end()) else { return false };
    // The capitalised words before it open the name ("New" of "New Yorkers").
    let mut opening = String::new();
    for x in &t[from..k] {
        opening.push_str(text.get(x.start()..x.end()).unwrap_or(""));
        opening.push(' ');
    }
    const ENDINGS: [(&str, &str); 6] =
        [("ers", ""), ("ians", ""), ("ans", ""), ("ns", ""), ("ans", "as"), ("ians", "a")];
    let gaz = crate::extract::places::gazetteer();
    ENDINGS.iter().any(|(end, add)| {
        let Some(stem) = raw.strip_suffix(end).filter(|s| s.len() >= 3) else { return false };
        let name = format!("{opening}{stem}{add}");
        gaz.lookup(&name, None).is_some_and(|e| e.population >= 100_000 || e.kind == "state")
    })
}
