//! What happened to the people counted: the outcome cue on either side of the number ("were
//! killed", "the deaths of"), a running toll ("bringing the toll to"), and defaults by class.

use super::*;
use crate::extract::lexicon::{Lexicon, Side};
use crate::extract::numbers::NumberMatch;
use crate::extract::tags;
use crate::extract::text::{Kind, Sentence, Token, words_at};

/// "the death toll rose to 35", "bringing the number of injured to 40": the outcome a
/// count without a noun is the toll of, and where the people it counts are named ("the
/// number of miners killed": the token after "of").
pub(super) fn toll(t: &[Token], first: usize) -> Option<(Outcome, Option<usize>)> {
    toll_here(t, first).or_else(|| {
        // "The toll rose to 17,997, but officials revised that figure down to 12,514": a
        // revised figure counts what the number before it in the sentence counts.
        const REVISED: &[&str] = &[
            "revised",
            "raised",
            "lowered",
            "increased",
            "reduced",
            "cut",
            "updated",
            "corrected",
            "adjusted",
            "upped",
            "put",
            // "19 were missing, a figure that fell to 9 by Saturday"
            "fell",
            "dropped",
            "rose",
            "climbed",
            "grew",
            "jumped",
        ];
        let near = &t[first.saturating_sub(6)..first];
        let revised = first >= 1
            && t[first - 1].is_any(&["to", "at"])
            && near.iter().any(|x| x.is_any(&["figure", "number", "estimate", "count"]))
            && near.iter().any(|x| x.is_any(REVISED));
        let before = (0..first.saturating_sub(6)).rev().find(|&j| t[j].kind == Kind::Number);
        before.filter(|_| revised).and_then(|j| toll_here(t, j)).map(|(o, _)| (o, None))
    })
}

fn toll_here(t: &[Token], first: usize) -> Option<(Outcome, Option<usize>)> {
    // "Death toll: 7", "Injured: 41", "Missing: 3": a label and a colon; in a fact box, the
    // label may open the line and a few words come before the number ("*MISSING: Estimates
    // range up to 35,000").
    let colon = if first >= 2 && t[first - 1].is(":") {
        Some(first - 1)
    } else {
        (1..first.min(4)).find(|&c| t[c].is(":")).filter(|&c| {
            first - c <= 6 && t[c + 1..first].iter().all(|x| x.kind == Kind::Word && x.tags & tags::CUE == 0)
        })
    };
    if let Some(colon) = colon {
        let first = colon + 1;
        let before = |k: usize| first.checked_sub(k).map(|j| t[j].lower());
        let outcome = match before(2) {
            Some("toll" | "tally") if before(3) == Some("injury") => Some(Outcome::Injured),
            Some("toll" | "tally" | "dead" | "killed" | "deaths" | "fatalities") => Some(Outcome::Killed),
            Some("injured" | "wounded" | "hurt" | "injuries") => Some(Outcome::Injured),
            Some("missing") => Some(Outcome::Missing),
            Some("rescued" | "freed" | "released") => Some(Outcome::Freed),
            Some("evacuated" | "displaced" | "homeless") => Some(Outcome::Evacuated),
            _ => None,
        };
        if let Some(o) = outcome {
            return Some((o, None));
        }
    }
    let from = first.saturating_sub(14);
    for k in (from..first).rev() {
        let tok = &t[k];
        // (Not the comma of a place: "the toll in Chattanooga, Tennessee, to 5".)
        let place_comma = tok.is(",")
            && t.get(k + 1).is_some_and(|x| x.cap)
            && k.checked_sub(1).and_then(|j| t.get(j)).is_some_and(|x| x.cap);
        // (A dash closes an aside: "12 died — the worst toll since 2010 — and 40 were hurt".)
        if tok.is_any(boundaries())
            || tok.is_any(&["--", "—", "–"])
            || tok.is(",") && !place_comma && k + 1 < first && !t[k + 1].is_any(&["to", "at"])
        {
            return None;
        }
        // "bringing the total to 230": a running total of what the count before it in the
        // sentence counts (made so by the caller); Total until then.
        if tok.is("total") && k + 2 == first && t[k + 1].is_any(&["to", "at"]) && k > 0 && t[k - 1].is("the") {
            return Some((Outcome::Total, None));
        }
        // "Cholera deaths rise to 19", "Flood deaths exceed 50": a headline's running toll.
        if tok.is_any(&["deaths", "fatalities"])
            && t.get(k + 1).is_some_and(|x| {
                x.is_any(&[
                    "rise", "rises", "rose", "climb", "climbs", "climbed", "reach", "reaches", "reached", "exceed",
                    "exceeds", "exceeded", "top", "tops", "topped", "pass", "passes", "passed", "hit", "hits",
                ])
            })
        {
            return Some((Outcome::Killed, None));
        }
        if tok.is_any(&["toll", "tally"]) {
            let outcome = match k.checked_sub(1).map(|j| t[j].lower()) {
                Some("injury") => Outcome::Injured,
                Some("missing") => Outcome::Missing,
                _ => Outcome::Killed,
            };
            // "the military death toll": the people before "death toll".
            let people =
                (k >= 2 && t[k - 1].is("death") && t[k - 2].is_any(&["military", "civilian", "police"])).then(|| k - 2);
            return Some((outcome, people));
        }
        // "the number rescued to 40", "the total injured at 12": the participle right after.
        let of = t.get(k + 1).is_some_and(|x| x.is("of"));
        let bare = tok.is_any(&["number", "total"]) && !of && t.get(k + 1).is_some_and(|x| toll_word(x).is_some());
        if tok.is("number") && of || bare {
            // "the number of miners killed … rose to 17", "the number of Japanese nationals
            // missing": the participle after the people (a few words at most).
            let from = k + 1 + usize::from(of);
            for x in &t[from..(k + 6).min(first).max(from)] {
                let outcome = match x.lower() {
                    "rose" | "rises" | "risen" | "climbed" | "reached" | "stood" | "was" | "is" | "at" | "to"
                    | "jumped" | "grew" | "fell" | "dropped" | "increased" => break,
                    _ => match toll_word(x) {
                        Some(o) => o,
                        None => continue,
                    },
                };
                return Some((outcome, Some(from)));
            }
            return None;
        }
    }
    None
}

/// The outcome a word names after "the number of" ("dead", "rescued", "survivors").
pub(super) fn toll_word(x: &Token) -> Option<Outcome> {
    Some(match x.lower() {
        "dead" | "deaths" | "killed" | "fatalities" | "victims" | "bodies" => Outcome::Killed,
        "injured" | "wounded" | "injuries" => Outcome::Injured,
        "missing" | "unaccounted" => Outcome::Missing,
        "evacuees" | "evacuated" | "displaced" => Outcome::Evacuated,
        "hospitalized" | "hospitalised" => Outcome::Injured,
        "sickened" | "infected" | "ill" | "cases" => Outcome::Ill,
        "rescued" | "freed" | "released" => Outcome::Freed,
        // "the number of survivors at 170": the noun is the outcome.
        "survivors" | "survivor" => Outcome::Safe,
        _ => return None,
    })
}

/// The outcome of the toll a count without a noun is the value of.
pub(super) fn toll_outcome(t: &[Token], first: usize) -> Option<Outcome> {
    toll(t, first).map(|(o, _)| o)
}

/// A present-tense state: "are missing", "remain unaccounted for", "there are 14 …".
pub(super) fn is_present(t: &[Token], after: usize, first: usize) -> bool {
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

/// An outcome word right before the count ("killed all 32", "the deaths of at least 23",
/// "from a total of 132"), and where its words start.
pub(super) fn left_cue(t: &[Token], m: &NumberMatch, lex: &Lexicon) -> Option<(Outcome, usize)> {
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
        // "killed a family of four": the family is the count's people; "killed himself and
        // 14 others": the attacker, then the count.
        if k >= 2
            && (t[k - 1].is("of") && t[k - 2].is("family")
                || t[k - 1].is("and") && t[k - 2].is_any(&["himself", "herself", "themselves"]))
        {
            k -= 2;
            continue;
        }
        if skipped < 3
            && t[k - 1].is_any(&[
                "all", "the", "last", "a", "further", "its", "their", "some", "another", "his", "her", "our", "my",
            ])
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
            return Some((Outcome::Missing, k - 1));
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
pub(super) fn outcome_of(
    sentences: &[Sentence],
    si: usize,
    t: &[Token],
    cands: &[Cand],
    ci: usize,
    spans: &[(usize, usize)],
    lex: &Lexicon,
) -> (Option<Outcome>, bool) {
    let c = &cands[ci];
    if let Some(o) = c.p.inside {
        // "15 kidnapped traders were rescued", "the five missing climbers were found dead":
        // for people held or missing, the verb says what has happened to them since. ("Three
        // injured soldiers were evacuated" stays a count of the injured.)
        // "three of the victims are in good condition": victims are of any harm, and the
        // predicate says which.
        let mut k = c.p.end.max(c.m.last) + 1;
        // "Two of the injured later died": the verb says what has befallen them since.
        let mut d = k;
        while t.get(d).is_some_and(|x| x.is_any(&["later", "subsequently", "since", "have", "has", "had", "also"])) {
            d += 1;
        }
        if t.get(d).is_some_and(|x| x.is_any(&["died", "die"])) {
            return (Some(Outcome::Killed), false);
        }
        let victims = t[c.p.end].is("victims");
        let aux = t.get(k).is_some_and(|x| x.is_any(&["were", "was", "are", "is", "have", "has", "had", "remain"]));
        if matches!(o, Outcome::Held | Outcome::Missing) && aux || victims {
            // Over "were still", "have been", "were listed", "are reported".
            let mut skipped = 0;
            while skipped < 4
                && t.get(k).is_some_and(|x| {
                    !x.is_any(&["died", "die"])
                        && (x.is_any(aux_words()) || x.is_any(&["been", "listed", "reported", "being"]))
                })
            {
                k += 1;
                skipped += 1;
            }
            if let Some(cue) = lex.cue_at(t, k, Side::After).filter(|c| c.outcome != Outcome::Total) {
                return (Some(cue.outcome), false);
            }
            // "None of the victims had records": no verb says what did not befall them.
            if victims && c.m.value == 0 {
                return (None, false);
            }
        }
        return (Some(o), false);
    }
    // "25 of the 56", "some of the 56": the number after a count and "of the" is the whole.
    // ("the names of the four Marines killed", "the second of the three people killed" are
    // not: no count comes before.)
    if c.m.first >= 2 && t[c.m.first - 1].is("the") && t[c.m.first - 2].is("of") {
        // "Of the 300 passengers, 260 …": the whole opens the sentence.
        let opens = c.m.first == 2 || t[c.m.first - 3].kind == Kind::Punct;
        let count_before =
            (ci > 0 && cands[ci - 1].m.last + 3 == c.m.first) || (c.m.first >= 3 && t[c.m.first - 3].is_number());
        let quantifier =
            c.m.first >= 3 && t[c.m.first - 3].is_any(&["some", "many", "most", "several", "none", "few", "half"]);
        if opens || count_before || quantifier {
            // "one of the five victims killed": a participle right after the whole says
            // what befell all of them.
            let after = c.p.end.max(c.m.last) + 1;
            // ("All but two of the 30 passengers survived": a verb with no other after it is
            // the part's, and the whole is how many there were.)
            // ("… was one of the two people killed": a verb before makes it a participle.)
            let main_verb = || {
                let clause_end = |x: &&Token| !x.is_any(&[",", ";", "."]);
                let rest = t.get(after + 1..).unwrap_or(&[]);
                !rest.iter().take_while(clause_end).any(|x| x.is_any(aux_words()))
                    && !t[..c.m.first].iter().rev().take_while(clause_end).any(|x| x.is_any(aux_words()))
                    && c.m.first >= 3
                    && t[c.m.first - 3].is_number()
            };
            if let Some(cue) = lex.cue_at(t, after, Side::After)
                && cue.outcome != Outcome::Total
                && !t[after].is_any(aux_words())
                && !main_verb()
            {
                return (Some(cue.outcome), false);
            }
            // "two of the four shooting victims taken to Memorial": victims taken to a
            // hospital are injured, as everywhere else.
            let taken = taken_to(t, after)
                || t.get(after).is_some_and(|x| x.is("treated"))
                    && t.get(after + 1).is_some_and(|n| n.is_any(&["at", "in"]));
            if taken && c.p.head.is_some_and(|h| t[h].is_any(&["victims", "patients", "people", "others"])) {
                return (Some(Outcome::Injured), false);
            }
            return (Some(Outcome::Total), false);
        }
    }
    // "taken 11 to hospital", "rushed three to a nearby hospital": people sent to hospital
    // are the injured.
    let after = c.p.end.max(c.m.last) + 1;
    if c.m.first >= 1
        && t[c.m.first - 1].is_any(&["taken", "took", "rushed", "brought", "airlifted", "transported", "sent"])
        && to_hospital(t, after)
    {
        return (Some(Outcome::Injured), true);
    }
    // "Firefighters led 30 residents to safety", "helped the 12 guests to safety": people
    // brought out of danger ("airlifted … to safety" is an evacuation, read by its cue).
    const BROUGHT: &[&str] = &[
        "led", "helped", "guided", "escorted", "carried", "pulled", "brought", "dragged", "lifted", "winched",
        "ushered",
    ];
    let verb_at = if c.m.first >= 1 && t[c.m.first - 1].is_any(&["the", "all"]) {
        c.m.first.checked_sub(2)
    } else {
        c.m.first.checked_sub(1)
    };
    if verb_at.is_some_and(|j| t[j].is_any(BROUGHT)) && words_at(t, after, &["to", "safety"]) {
        return (Some(Outcome::Freed), true);
    }
    // "took 20 people hostage", "are holding 30 foreigners captive": the verb before the count
    // and its complement after the people, whatever the rest of the sentence says.
    let complement = |x: &Token| x.is_any(&["hostage", "captive"]);
    if (t.get(after).is_some_and(complement) || c.p.head.is_some() && c.p.end > c.m.last && complement(&t[c.p.end]))
        && (c.m.first.saturating_sub(3)..c.m.first).any(|j| {
            t[j].is_any(&[
                "took", "taken", "take", "takes", "taking", "held", "holding", "hold", "holds", "kept", "seized",
            ])
        })
    {
        return (Some(Outcome::Held), true);
    }
    // "Among the hostages freed on Sunday were 12 Filipinos": what befell the people the
    // sentence opens with, named before "were".
    if t.len() > 4
        && t[0].is("among")
        && t[1].is_any(&["the", "those"])
        && c.m.first >= 4
        && t[c.m.first - 1].is_any(&["were", "was", "are", "is"])
        && !t[2..c.m.first].iter().any(|x| x.is_number() || x.is_any(&[",", ";"]))
        && let Some(o) = harm_told_in(t, 2..c.m.first - 1, lex)
    {
        return (Some(o), true);
    }
    if let Some((o, _)) = left_cue(t, &c.m, lex) {
        // "shot three people dead", "stabbed two men to death": the harm was fatal.
        let fatal = words_at(t, after, &["dead"]) || words_at(t, after, &["to", "death"]);
        if o == Outcome::Injured && fatal {
            return (Some(Outcome::Killed), true);
        }
        // "among the five killed": a participle right after the count says what befell them.
        if o == Outcome::Total
            && let Some(cue) = lex.cue_at(t, after, Side::After)
            && cue.outcome != Outcome::Total
            && !t[after].is_any(aux_words())
        {
            return (Some(cue.outcome), true);
        }
        return (Some(o), true);
    }
    // "killed his wife and two children": the verb before the first of two joined objects.
    if let Some(o) = joined_object_of(t, c.m.first, c.p.end.max(c.m.last) + 1, lex) {
        return (Some(o), true);
    }
    // "she lost three children", "lost two daughters and a niece": a family's dead.
    if lost_kin(t, c) {
        return (Some(Outcome::Killed), true);
    }
    if c.p.head.is_none()
        && let Some(o) = toll_outcome(t, c.m.first)
    {
        return (Some(o), false);
    }
    // The predicate after the phrase ("two of whom were critical": over "of whom").
    let mut k = c.p.end.max(c.m.last) + 1;
    if c.p.head.is_none()
        && t.get(k).is_some_and(|x| x.is("of"))
        && t.get(k + 1).is_some_and(|x| x.is_any(&["whom", "which"]))
    {
        k += 2;
    }
    let mut seen = 0;
    let mut weak = None;
    let from = k;
    while k < t.len() && seen < 16 {
        // "not clear whether a gunman was among the wounded": no one is counted.
        if t[k].is("among") && t[..c.m.first].iter().any(|x| x.is_any(&["whether", "if"])) {
            return (None, false);
        }
        if let Some(&(s, e)) = spans.iter().find(|(s, _)| *s == k) {
            // "Seven Chinese were in the hotel, and three of them died": a count after "and"
            // with a verb of its own opens another clause, whose predicate is not theirs.
            let verb_at = if words_at(t, e + 1, &["of", "them"]) { e + 3 } else { e + 1 };
            // ("Four civilians and five officers were taken to hospital": one predicate.)
            let own_clause = t[from..s].iter().any(|x| x.is_any(aux_words()));
            if own_clause && s >= 1 && t[s - 1].is("and") && verb_of_their_own(t, verb_at) {
                break;
            }
            // "Six children were among the 23 dead": the whole's outcome, said inside its own
            // phrase, is the part's.
            if (t[s].is("among") || s >= 2 && t[s - 1].is("the") && t[s - 2].is("among"))
                && let Some(o) = harm_told_in(t, s..e.min(t.len() - 1) + 1, lex)
            {
                return (Some(o), false);
            }
            k = e + 1;
            continue;
        }
        let tok = &t[k];
        // "were in the house but unharmed": a "but" right before an outcome goes on with it.
        let but_then = tok.is("but") && lex.cue_at(t, k + 1, Side::After).is_some();
        // One person named without a number ("a survivor was found, and …") has the
        // predicate of its own clause only; "… residents and visited a hospital that treated
        // the wounded": a verb after "and" starts another predicate.
        let and_verb = tok.is("and")
            && t.get(k + 1).is_some_and(|x| x.lower().ends_with("ed") && lex.cue_at(t, k + 1, Side::After).is_none());
        // "The man, 32, died", "The driver, a 45-year-old man from Leeds, died": one person's
        // age told between commas; the predicate comes after it.
        if c.m.implicit
            && seen == 0
            && tok.is(",")
            && let Some(end) = age_aside_end(t, k)
        {
            k = end + 1;
            seen += 1;
            continue;
        }
        if (c.m.implicit && tok.is(",")) || and_verb {
            break;
        }
        // "… in a shooting in which one person was killed": a relative clause tells of
        // something else than the people counted.
        if (tok.is_any(boundaries()) && !but_then) || tok.is(".") || seen > 0 && tok.is("which") {
            break;
        }
        if tok.is("(") {
            k = t[k..].iter().position(|x| x.is(")")).map_or(t.len(), |p| k + p + 1);
            continue;
        }
        // "Six civilians, including the two killed, were shot": the parts between commas
        // have their own outcome; the whole's predicate comes after.
        if tok.is(",")
            && t.get(k + 1).is_some_and(|x| x.is("including"))
            && let Some(p) = t[k + 2..].iter().take(12).position(|x| x.is(","))
        {
            k = k + p + 3;
            continue;
        }
        // "Six hikers who had been missing since Friday were found alive": a relative clause
        // of a state that can end (missing, held); the main predicate after it says what
        // befell them since.
        if seen == 0
            && tok.is_any(&["who", "that"])
            && let Some((r, n)) = (k + 1..(k + 5).min(t.len())).find_map(|j| {
                lex.cue_at(t, j, Side::After)
                    .filter(|c| matches!(c.outcome, Outcome::Missing | Outcome::Held))
                    .map(|c| (j, c.words.len()))
            })
            && let Some(o) = (r + n..(r + n + 8).min(t.len()))
                .take_while(|&j| !t[j].is_any(boundaries()))
                .find_map(|j| lex.cue_at(t, j, Side::After).map(|c| c.outcome))
                .filter(|o| matches!(o, Outcome::Safe | Outcome::Freed | Outcome::Killed))
        {
            return (Some(o), false);
        }
        // "all 15 staff members who were in the clinic at the time of the shooting are
        // unharmed": a relative clause of where they were; the predicate comes after it.
        if seen == 0
            && tok.is_any(&["who", "that"])
            && t.get(k + 1).is_some_and(|x| x.is_any(&["were", "was", "are", "is"]))
            && t.get(k + 2).is_some_and(|x| x.is_any(&["in", "at", "inside", "on", "near", "aboard"]))
            && let Some(p) = t[k + 3..]
                .iter()
                .take(20)
                .position(|x| x.is_any(&["are", "were", "is", "was", "remain"]) || x.is_any(say_words()))
        {
            // ("Two officers who were at the scene said …": speakers, not the ones it befell.)
            if t[k + 3 + p].is_any(say_words()) {
                break;
            }
            k += 3 + p;
            continue;
        }
        // "Three of her children, Jerry Shelton, 35, Brittany Powell, 27, and Chanetta
        // Powell, 25, were killed": the names and ages between commas name the people counted.
        if tok.is(",")
            && let Some((e, _)) = names_with_ages_end(t, k)
        {
            k = e;
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
        // ("among those still unaccounted for": unless the words after say it.)
        if tok.is("among")
            && t.get(k + 1).is_some_and(|n| n.is_any(&["that", "them", "those"]))
            && si > 0
            && (k + 2..(k + 6).min(t.len())).all(|j| lex.cue_at(t, j, Side::After).is_none())
        {
            let prev = sentences[si - 1].tokens();
            if let Some(o) = (0..prev.len()).find_map(|j| lex.cue_at(prev, j, Side::After).map(|c| c.outcome)) {
                return (Some(o), false);
            }
        }
        // "One officer said on his radio that the gunman shot out the back window", "two
        // witnesses told reporters …": the people counted are speakers; what they tell
        // befell others.
        if seen == 0 && tok.is_any(&["said", "says", "told", "tells", "recalled", "described", "testified", "added"]) {
            break;
        }
        // "is in \"extremely critical condition\"": a condition told with marks or a word of
        // degree the fixed phrases do not hold.
        if tok.is("in")
            && (k + 1..(k + 6).min(t.len()))
                .take_while(|&j| t[j].kind == Kind::Word || is_quote(&t[j]))
                .any(|j| t[j].is("condition"))
        {
            return (Some(Outcome::Injured), false);
        }
        let cue = lex.cue_at(t, k, Side::After);
        // "40 officers surrounded the school, and 6 people were killed": a verb of another
        // kind right after the people (and an adverb: "also protested") is their predicate;
        // an outcome further on is others'. ("suffered injuries", "sustained wounds": the
        // verb's object says it.)
        let lead = (c.p.end.max(c.m.last) + 1..k)
            .all(|j| t[j].is_any(&["also", "still", "now", "reportedly", "allegedly", "later", "then"]));
        if lead
            && cue.is_none()
            && tok.kind == Kind::Word
            && tok.lower().ends_with("ed")
            && !tok.is_any(aux_words())
            && (k + 1..(k + 3).min(t.len())).all(|j| lex.cue_at(t, j, Side::After).is_none())
            // ("engineers employed by a contractor are among the missing": a participle that
            // describes them.)
            && !t.get(k + 1).is_some_and(|x| x.is_any(&["by", "as"]))
        {
            break;
        }
        if let Some(cue) = cue {
            // "A gunman killed 3", "two men shot a teenager": a verb right after the people,
            // with its object after it, makes them the ones who did it, not the ones it befell.
            // ("A gunman who sympathized with extremists killed 49": after a relative clause
            // whose own verb tells no outcome.)
            let start = c.p.end.max(c.m.last) + 1;
            let after_relative = t.get(start).is_some_and(|x| x.is_any(&["who", "that"]))
                && (start + 1..k).all(|j| lex.cue_at(t, j, Side::After).is_none() && !t[j].is_any(&[",", "and"]));
            if (seen == 0 || after_relative) && is_agent_verb(t, k, cue.words.len()) {
                return (None, false);
            }
            // "Four have been released" after "seven were treated at UCMC": released from
            // the hospital, so among the injured, not freed captives.
            if cue.outcome == Outcome::Freed
                && tok.is_any(&["released", "discharged"])
                && (tells_of_treatment(t) || si > 0 && tells_of_treatment(sentences[si - 1].tokens()))
            {
                return (Some(Outcome::Injured), false);
            }
            // "aboard", "on board" say how many there were, unless the clause says more; a
            // crowd's own verb ("protested", "gathered") says it whatever follows.
            if cue.outcome != Outcome::Total || tok.is_any(CROWD) {
                return (Some(cue.outcome), false);
            }
            weak.get_or_insert(cue.outcome);
        }
        if !is_quote(tok) {
            seen += 1;
        }
        k += 1;
    }
    // "Area hospitals received 12 victims", "29 were taken to Broward Health Medical Center":
    // victims in a hospital are the injured.
    if weak.is_none()
        && c.p.head.is_none_or(|h| t[h].is_any(&["victims", "patients", "people", "others", "persons"]))
        && in_hospital(t)
    {
        return (Some(Outcome::Injured), false);
    }
    // "a total of 14": how many there were, unless the clause says what happened to them.
    let bodies = c.p.head.is_some_and(|h| t[h].is_any(&["bodies", "body"]));
    if weak.is_none() && !bodies && c.m.first >= 2 && t[c.m.first - 2].is("total") && t[c.m.first - 1].is("of") {
        // "he shot a total of 15 people": the verb before the total says what befell them.
        let before = c.m.first.checked_sub(3 + usize::from(c.m.first >= 3 && t[c.m.first - 3].is("a")));
        if let Some(v) = before.and_then(|b| lex.cue_ending_at(t, b))
            && v.outcome != Outcome::Total
        {
            return (Some(v.outcome), false);
        }
        return (Some(Outcome::Total), false);
    }
    (weak, false)
}

/// The closing comma of an age told between commas after one person, from the opening one
/// at `k`: ", 32,", ", aged 32,", ", a 45-year-old man from Leeds,".
fn age_aside_end(t: &[Token], k: usize) -> Option<usize> {
    let age = |x: &Token| x.kind == Kind::Number && x.lower().parse::<u8>().is_ok_and(|a| (1..=120).contains(&a));
    let comma = |j: usize| t.get(j).is_some_and(|x| x.is(","));
    if t.get(k + 1).is_some_and(age) && comma(k + 2) {
        return Some(k + 2);
    }
    if t.get(k + 1).is_some_and(|x| x.is("aged")) && t.get(k + 2).is_some_and(age) && comma(k + 3) {
        return Some(k + 3);
    }
    // An article, an age and a few words of who the person is, with no verb among them.
    if t.get(k + 1).is_some_and(|x| x.is_any(&["a", "an"])) {
        let close = (k + 2..t.len().min(k + 12)).find(|&j| comma(j))?;
        let aged = t[k + 2..close].iter().any(|x| x.is("year-old"));
        let plain = t[k + 2..close].iter().all(|x| x.kind != Kind::Punct || x.is("-"));
        let verb = t[k + 2..close].iter().any(|x| x.is_any(aux_words()) || x.is_any(&["who", "that", "which"]));
        return (aged && plain && !verb).then_some(close);
    }
    None
}

/// After the comma at `k`, a list of people named with their ages ("Jerry Shelton, 35,
/// Brittany Powell, 27, and Chanetta Powell, 25,"): the index of the comma that closes it, and
/// the youngest age.
pub(super) fn names_with_ages_end(t: &[Token], k: usize) -> Option<(usize, u8)> {
    let mut j = k + 1;
    let mut end = None;
    let mut youngest = u8::MAX;
    loop {
        if t.get(j).is_some_and(|x| x.is("and")) {
            j += 1;
        }
        let name = j;
        while j < t.len() && j - name < 4 && t[j].is_capitalised() && t[j].kind == Kind::Word {
            j += 1;
        }
        let age = t
            .get(j + 1)
            .filter(|x| x.kind == Kind::Number)
            .and_then(|x| x.lower().parse::<u8>().ok())
            .filter(|a| (1..=120).contains(a));
        let (true, true, Some(age)) = (j > name, t.get(j).is_some_and(|x| x.is(",")), age) else {
            return end.map(|e| (e, youngest));
        };
        j += 2;
        if !t.get(j).is_some_and(|x| x.is(",")) {
            return end.map(|e| (e, youngest));
        }
        youngest = youngest.min(age);
        end = Some(j);
        j += 1;
    }
}

/// The verbs of a crowd ("gathered", "took to the streets"): a count they follow is of how
/// many were there.
pub(super) const CROWD: &[&str] = &[
    "gathered",
    "attended",
    "rallied",
    "marched",
    "protested",
    "demonstrated",
    "flooded",
    "filled",
    "packed",
    "turned",
    "took",
    "joined",
];

/// The cue at `k` (of `len` words) is an active verb with an object: "killed 3", "shot a
/// teenager", "wounded their neighbours".
fn is_agent_verb(t: &[Token], k: usize, len: usize) -> bool {
    const ACTIVE: &[&str] = &[
        "killed",
        "kills",
        "injured",
        "injures",
        "wounded",
        "wounds",
        "shot",
        "shoots",
        "hurt",
        "kidnapped",
        "kidnaps",
        "abducted",
        "abducts",
        "captured",
        "captures",
        "seized",
        "seizes",
        "rescued",
        "rescues",
        "freed",
        "frees",
        "released",
        "releases",
        "evacuated",
        "evacuates",
        "stabbed",
        "stabs",
    ];
    // "shot dead three", "shot and killed two", "stabbed to death a guard": a verb of harm
    // with the words that make it fatal, then its object.
    let tail = |words: &[&str]| words_at(t, k + 1, words);
    let whole = len == 1
        || len == 2 && tail(&["dead"])
        || len == 3 && (tail(&["to", "death"]) || tail(&["and", "killed"]) || tail(&["and", "wounded"]));
    if !whole || !t[k].is_any(ACTIVE) {
        return false;
    }
    let k = k + len - 1;
    // ("killed at least 3" has an object; "killed at the club" has none.)
    let at_least =
        t.get(k + 1).is_some_and(|x| x.is("at")) && t.get(k + 2).is_some_and(|x| x.is_any(&["least", "most"]));
    at_least
        || t.get(k + 1).is_some_and(|x| {
            x.kind == Kind::Number
                || x.is_any(&[
                    "a",
                    "an",
                    "the",
                    "his",
                    "her",
                    "their",
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "seven",
                    "eight",
                    "nine",
                    "ten",
                    "dozens",
                    "several",
                    "him",
                    "them",
                    "himself",
                    "herself",
                    "themselves",
                ])
        })
}

pub(super) fn default_outcome(
    t: &[Token],
    who: Option<&'static str>,
    head: Option<&str>,
    m: &NumberMatch,
) -> Option<Outcome> {
    // Bodies are of the dead; patients, of the injured ("Penrose confirms six patients");
    // hostages, captives and prisoners are held unless the text says otherwise.
    match head {
        Some("bodies" | "body") => return Some(Outcome::Killed),
        Some("patients" | "patient") => return Some(Outcome::Injured),
        Some("survivors" | "survivor") => return Some(Outcome::Safe),
        // "more than 500,000 protesters": a crowd is counted as how many there were.
        Some(
            "protesters" | "demonstrators" | "marchers" | "mourners" | "spectators" | "worshippers" | "witnesses"
            | "researchers",
        ) if !m.implicit => {
            return Some(Outcome::Total);
        }
        // "six new cases were confirmed": cases of a disease are people who fell ill ("in
        // three cases" is not a count of people).
        Some("cases" | "case") if !(m.first > 0 && t[m.first - 1].is("in")) => return Some(Outcome::Ill),
        _ => {}
    }
    match who {
        Some("hostages") => Some(Outcome::Held),
        // "Two gunmen teamed up", "there is only one gunman": how many attackers there were
        // (not "a gunman", which names one without counting); "115 officers", "five
        // deputies": how many came (one officer is a person in the story, not a count).
        Some("militants") if !m.implicit && m.value > 0 => Some(Outcome::Total),
        Some("police" | "soldiers" | "firefighters") if !m.implicit && m.value > 1 => Some(Outcome::Total),
        _ => None,
    }
}

/// "lost" right before the count (over "her", "his", "their", "all"), and the people counted
/// are family: "I lost three children", "lost two of her grandchildren".
pub(super) fn lost_kin(t: &[Token], c: &Cand) -> bool {
    let mut k = c.m.first;
    while k > 0 && t[k - 1].is_any(&["her", "his", "their", "all", "my", "our"]) {
        k -= 1;
    }
    let lost = k > 0 && t[k - 1].is("lost");
    lost && c.p.head.is_some_and(|h| t[h].is_any(kin_words()))
}

/// A sentence that tells of medical care: "treated at UCMC", "in stable condition".
fn tells_of_treatment(t: &[Token]) -> bool {
    t.iter().any(|x| {
        x.is_any(&["hospital", "hospitals", "hospitalized", "hospitalised", "treated", "treatment", "patients"])
            || x.is("condition")
    })
}

/// The first outcome other than a total that a predicate in `range` tells ("the hostages
/// freed on Sunday", "the 23 dead").
fn harm_told_in(t: &[Token], range: std::ops::Range<usize>, lex: &Lexicon) -> Option<Outcome> {
    range.into_iter().find_map(|j| lex.cue_at(t, j, Side::After).map(|c| c.outcome).filter(|o| *o != Outcome::Total))
}

/// "to hospital", "to a nearby hospital": from token `at`, "to" and a hospital within four
/// words.
pub(super) fn to_hospital(t: &[Token], at: usize) -> bool {
    t.get(at).is_some_and(|x| x.is("to"))
        && t[at + 1..t.len().min(at + 5)].iter().any(|x| x.is_any(&["hospital", "hospitals"]))
}

/// "taken to", "transported to": the words at `k` send people somewhere (a hospital).
fn taken_to(t: &[Token], k: usize) -> bool {
    t.get(k).is_some_and(|x| x.is_any(&["taken", "transported", "rushed", "airlifted"]))
        && t.get(k + 1).is_some_and(|n| n.is("to"))
}

/// The sentence is about a hospital ("Penrose Hospital", "Broward Health Medical Center"),
/// not a morgue or a coroner's count.
fn in_hospital(t: &[Token]) -> bool {
    let hospital = t.iter().enumerate().any(|(k, x)| {
        x.is_any(&["hospital", "hospitals", "trauma"])
            || x.is("medical") && t.get(k + 1).is_some_and(|n| n.is_any(&["center", "centre"]))
            // "victims taken to Penrose Main": a named place the wounded are taken to.
            || taken_to(t, k)
                && t.get(k + 2).is_some_and(|n| n.is_capitalised())
                && t.iter().any(|v| v.is("victims"))
    });
    hospital && !t.iter().any(|x| x.is_any(&["examiner", "coroner", "morgue", "autopsy", "autopsies"]))
}

/// A verb right after the people counted (the token at `after`), so that they are its
/// subject, not the object of a verb before them: "… and three officers arrived".
pub(super) fn verb_of_their_own(t: &[Token], after: usize) -> bool {
    t.get(after).is_some_and(|x| x.is_any(aux_words()) || x.lower().ends_with("ed"))
}

/// Whether tokens `from..to` join two objects of one verb: "and", or "as well as", "along
/// with", "together with" ("wounded an officer as well as two soldiers").
pub(super) fn joins_objects(t: &[Token], from: usize, to: usize) -> bool {
    match t.get(from..to) {
        Some([x]) => x.is("and"),
        Some([a, b]) => b.is("with") && a.is_any(&["along", "together"]),
        Some([a, b, c]) => a.is("as") && b.is("well") && c.is("as"),
        _ => false,
    }
}

/// The number of tokens of the joining words ([`joins_objects`]) that end right before `at`.
fn joiner_before(t: &[Token], at: usize) -> Option<usize> {
    (1..=3).find(|&n| at >= n && joins_objects(t, at - n, at))
}

/// "killed his wife and two children": the outcome verb right before a short object without
/// a number, then "and" (or "as well as"), then the count at `first`.
fn joined_object_of(t: &[Token], first: usize, after: usize, lex: &Lexicon) -> Option<Outcome> {
    // "killed a woman and her two sons": over the possessive.
    let first = if first > 0 && t[first - 1].is_any(&["her", "his", "their"]) { first - 1 } else { first };
    let joiner = joiner_before(t, first)?;
    let first = first + 1 - joiner;
    if first < 3 {
        return None;
    }
    // "… and three officers arrived": people with a verb of their own are not an object.
    if verb_of_their_own(t, after) {
        return None;
    }
    // Back over the first object and what is told with it ("his wife, Leigh Ann, on Tuesday,
    // his children … on Wednesday,"): a few words and commas, no number, no other clause.
    let mut k = first - 1;
    // "evacuated 300 homes and 900 residents": a count of things as the first object.
    let thing = |j: usize| t.get(j).is_some_and(|x| !x.cap && thing_words().contains(&x.lower()));
    let mut things = false;
    while k > 0 && first - 1 - k < 24 {
        let x = &t[k - 1];
        // "and" between two names ("Matthew and Mychelle") stays inside the object.
        let names = x.is("and") && k >= 2 && t[k].is_capitalised() && t[k - 2].is_capitalised();
        let counted_things = x.kind == Kind::Number && !things && (thing(k) || thing(k + 1) && !t[k].cap);
        things |= counted_things;
        if !(x.kind == Kind::Word || x.is(",") || counted_things)
            || x.is_any(&["and", "but", "who", "which", "that"]) && k < first - 1 && !names
        {
            break;
        }
        if let Some(cue) = lex.cue_ending_at(t, k - 1) {
            // The first object opens with a determiner: "his wife", "a guard", "the driver".
            let object = things || t[k].is_any(&["his", "her", "their", "a", "an", "the", "its"]);
            return (k < first - 1 && object && cue.outcome != Outcome::Total).then_some(cue.outcome);
        }
        k -= 1;
    }
    None
}
