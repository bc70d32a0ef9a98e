//! The numbers of a sentence that may count people, and the figures made of them: units and
//! ages are ruled out, a person said without a number counts one, and a figure inside a
//! larger one ("seven foreigners, three of them Belgians") is tied to its container.

use super::*;
use crate::extract::lexicon::{Lexicon, NatKind, Side};
use crate::extract::numbers::{Approx, NumberMatch, number_at};
use crate::extract::tags;
use crate::extract::text::{Kind, Sentence, Token, words_at};

/// "… and another two in the parking lot": the count at `first` follows "and another", and
/// what comes at `after` is a place or the end of the clause, not a verb of its own.
fn gapped_after_another(t: &[Token], first: usize, after: usize) -> bool {
    const GAPPED_PLACE: &[&str] = &["in", "at", "on", "inside", "outside", "near", "from", "to"];
    first >= 2
        && t[first - 1].is("another")
        && t[first - 2].is("and")
        && t.get(after).is_none_or(|x| x.kind == Kind::Punct || x.is_any(GAPPED_PLACE))
}

pub(super) fn sentence_figures(
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
        let m = number_at(t, i)
            .filter(|m| counts_people_here(t, m))
            .or_else(|| implicit_one(text, t, i, lex))
            // "One man was killed and another (man) injured": only after a count in the sentence
            // ("Another man remained in critical condition" tells of one person, not a count).
            .or_else(|| {
                if cands.is_empty() {
                    None
                } else if t[i].is("another") {
                    implicit_person(text, t, i, lex).or_else(|| elliptical_one_more(t, i, lex))
                } else {
                    elliptical_one_more(t, i, lex)
                }
            });
        let Some(mut m) = m else {
            i += 1;
            continue;
        };
        // "the death toll topped 2,000", "Quake toll passes 300": a verb of passing a mark is a
        // lower bound. (Before the number, not part of it: "is expected to exceed 100" stays
        // a projection below.)
        if m.approx == Approx::Exact
            && !m.implicit
            && m.first > 0
            && t[m.first - 1].is_any(&[
                "topped",
                "topping",
                "tops",
                "exceeded",
                "exceeding",
                "exceeds",
                "exceed",
                "surpassed",
                "surpassing",
                "surpasses",
                "passed",
                "passes",
            ])
        {
            m.approx = Approx::MoreThan;
        }
        // "the toll could reach 1,000", "is expected to climb above 100": a projection, not a count.
        if projected(t, m.first) || unreal(t, m.first) {
            i = m.last + 1;
            continue;
        }
        // "all but five escaped": the count is of the others, which the sentence does not give.
        if m.first >= 2 && t[m.first - 1].is("but") && t[m.first - 2].is("all") {
            i = m.last + 1;
            continue;
        }
        // "four out of five residents": a proportion, not a count; but "107 out of 132
        // foreigners" and "three out of the five hostages" count a group. "each time a
        // survivor was found": any one, not one.
        let before = |k: usize| m.first.checked_sub(k).map(|j| &t[j]);
        // "one in five Americans", "1 in 4 residents": a proportion too.
        let proportion = !m.implicit
            && (m.value <= 10 && before(1).is_some_and(|x| x.is("of")) && before(2).is_some_and(|x| x.is("out"))
                || before(1).is_some_and(|x| x.is("in")) && before(2).is_some_and(|x| x.is_number()));
        let any_one = m.implicit
            && (before(1).is_some_and(|x| x.is("whenever"))
                || before(1).is_some_and(|x| x.is("time")) && before(2).is_some_and(|x| x.is_any(&["each", "every"])));
        // "Interstate 95", "Highway 81", "Gate 12": a number that names a road, a gate, a
        // floor is no count.
        let designator = !m.implicit && before(1).is_some_and(|x| x.cap && x.is_any(DESIGNATORS));
        // "a father of three was killed": the number counts his children, not the dead.
        let kin = before(1).is_some_and(|x| x.is("of")) && before(2).is_some_and(|x| x.is_any(PARENTS));
        if proportion || any_one || designator || kin {
            i = m.last + 1;
            continue;
        }
        let singular = m.implicit || m.value == 1;
        let mut p = parse_phrase(text, t, m.last + 1, lex, singular && !m.vague);
        // "…, three of them children": who they are is named after "of them".
        let picked = p.head.is_none() && !m.implicit && m.value > 1 && m.first > 0 && {
            if let Some(q) = named_after_of_them(text, t, m.last + 1, lex) {
                p = q;
                true
            } else {
                false
            }
        };
        // "Three more were injured", "six more shot": a filler with no noun after it.
        let mut after = p.end.max(m.last) + 1;
        if p.head.is_none() && t.get(after).is_some_and(|n| n.is_any(&["more", "further", "additional"])) {
            after += 1;
        }
        // "The hostages, 14 in all, were released": a count in apposition, its predicate
        // after the comma.
        if p.head.is_none()
            && t.get(after).is_some_and(|n| n.is("in"))
            && t.get(after + 1).is_some_and(|n| n.is_any(&["all", "total"]))
        {
            after += 2 + usize::from(t.get(after + 2).is_some_and(|n| n.is(",")));
        }
        // "All 162 on board were killed", "the plane had 58 on board": the people aboard.
        let mut aboard = false;
        if p.head.is_none() && !m.implicit {
            if t.get(after).is_some_and(|n| n.is_any(&["aboard", "onboard"])) {
                after += 1;
                aboard = true;
            } else if t.get(after).is_some_and(|n| n.is("on")) && t.get(after + 1).is_some_and(|n| n.is("board")) {
                after += 2;
                aboard = true;
            }
        }
        let next = t.get(after);
        // "taken 11 to hospital": people sent to hospital, told without a noun.
        let sent_to_hospital = p.head.is_none()
            && m.first > 0
            && t[m.first - 1].is_any(&["taken", "took", "rushed", "brought", "airlifted", "transported"])
            && outcome::to_hospital(t, after);
        let elliptical = aboard
            || sent_to_hospital
            || p.head.is_none()
                && (next.is_some_and(|n| {
                    // ("and four suffered minor injuries": the injury told after the verb.)
                    n.is_any(aux_words())
                        || n.is_any(&["suffered", "sustained"])
                        || lex
                            .cue_at(t, after, Side::After)
                            .is_some_and(|c| c.outcome != Outcome::Total || n.is_any(CROWD))
                }) || next.is_some_and(|n| n.is("of"))
                    // ("one of which is deceased": spoken, of people.)
                    && t.get(p.end.max(m.last) + 2).is_some_and(|n| n.is_any(&["them", "those", "whom", "which"])));
        let left = left_cue(t, &m, lex);
        let total_cue = left.filter(|c| c.0 == Outcome::Total);
        // "killing at least 1,442 people and injuring more than 8,000"; "the toll rose to 35".
        let governed = p.head.is_none() && (left.is_some() || toll_outcome(t, m.first).is_some() || p.inside.is_some());
        // "… were treated at Bethesda North Hospital, one at Mercy and two at Christ
        // Hospital": a list of where the people of the count before went.
        let listed = p.head.is_none()
            && !m.implicit
            && cands.iter().any(|c| c.p.head.is_some())
            && m.first > 0
            && t[m.first - 1].is_any(&[",", "and", ":"])
            && next.is_some_and(|n| n.is_any(&["at", "to", "in"]))
            && t.get(after + 1)
                .is_some_and(|n| n.cap || n.is("the") && t[after + 2..t.len().min(after + 7)].iter().any(|x| x.cap));
        // "… and another two in the parking lot": the predicate of the clause before, gapped.
        let another = p.head.is_none()
            && !m.implicit
            && cands.iter().any(|c| c.p.head.is_some())
            && gapped_after_another(t, m.first, after);
        // "killed 130 people, including 89 at the concert hall": a bare part of the count before.
        let included = p.head.is_none()
            && !m.implicit
            && m.first > 0
            && t[m.first - 1].is("including")
            && cands.iter().any(|c| c.p.head.is_some())
            && next.is_none_or(|n| n.kind == Kind::Punct || n.is_any(&["at", "in", "inside", "on", "from"]));
        let the_number = p.head.is_none() && !cands.is_empty() && the_number_at(t, m.first);
        // "climbed to 112, up from 87": the count before, as it was.
        let was = p.head.is_none() && !m.implicit && !cands.is_empty() && after_up_from(t, m.first);
        if p.head.is_none()
            && !elliptical
            && !governed
            && !listed
            && !another
            && !included
            && !the_number
            && !was
            && total_cue.is_none()
        {
            i = m.last + 1;
            continue;
        }
        if m.implicit && p.head.is_none() && one_more_at(t, m.first).is_none() {
            i += 1;
            continue;
        }
        // "one of the victims was a nurse": one person picked out of a group, not a count.
        // (The group's own number, if it has one, is read as a figure of its own.)
        let one_of = m.value == 1
            && !m.implicit
            && t.get(m.last + 1).is_some_and(|x| x.is("of"))
            && t.get(m.last + 2).is_some_and(|x| x.is_any(&["the", "those", "them", "these", "his", "her", "their"]));
        // "One of those patients later died", "one of them is in critical condition": what
        // befell the one picked out is counted.
        let one_befell = {
            let mut k = p.end.max(m.last) + 1;
            if t.get(k).is_some_and(|x| x.is("of"))
                && t.get(k + 1).is_some_and(|x| x.is_any(&["them", "whom", "which"]))
            {
                k += 2;
            }
            while t.get(k).is_some_and(|x| x.is_any(&["later", "has", "had", "since", "subsequently", "still"])) {
                k += 1;
            }
            // ("one of them fatally", "one of them is dead")
            let died = t.get(k).is_some_and(|x| x.is_any(&["died", "succumbed", "fatally"]))
                || t.get(k).is_some_and(|x| x.is_any(&["is", "was"]))
                    && t.get(k + 1).is_some_and(|x| x.is_any(&["dead", "deceased"]));
            let state = t.get(k).is_some_and(|x| x.is_any(&["is", "was", "remains", "remained"]))
                && t.get(k + 1).is_some_and(|x| x.is("in"))
                && t[k + 2..t.len().min(k + 7)].iter().any(|x| x.is("condition"));
            died || state
        };
        if one_of && p.inner_number.is_none() && !one_befell {
            i = m.last + 1;
            continue;
        }
        // "one of the two people killed was a pilot", "two of the four victims taken to
        // Memorial": a participle right after the group tells what befell all of it; the part
        // picked out is no count of its own (the group's number is read next). A verb that
        // takes an object is a participle when none follows ("two of the gunmen shot a guard"
        // is the part's deed); "two of the three patients died" counts the part.
        if let Some(inner) = p.inner_number
            && p.head.is_some()
            && t.get(p.end + 1).is_some_and(|x| x.is_any(PARTICIPLES))
            && !t.get(p.end + 2).is_some_and(|o| {
                o.is_number()
                    || o.tags & tags::ARTICLE != 0
                    || o.is_any(&["his", "her", "their", "them", "him", "its", "several", "some", "dozens"])
                    || o.cap && o.tags & (tags::WEEKDAY | tags::MONTH) == 0
            })
        {
            i = inner;
            continue;
        }
        let left_first = total_cue.map_or(m.first, |c| c.1);
        let next_i = p.end.max(m.last) + 1;
        cands.push(Cand { m, p, left_first, outcome: None, left_governed: false, listed, picked });
        // A number inside the phrase ("of the 56 BP workers") is a figure of its own.
        i = cands.last().and_then(|c| c.p.inner_number).unwrap_or(next_i);
    }
    if cands.is_empty() {
        return;
    }
    // Spans of all figures, to skip over when reading a predicate.
    let spans: Vec<(usize, usize)> = cands.iter().map(|c| (c.left_first, c.p.end.max(c.m.last))).collect();

    for ci in 0..cands.len() {
        let (mut outcome, governed) = outcome_of(sentences, si, t, &cands, ci, &spans, lex);
        // "were killed or injured", "killed or wounded 40": either befell each, so the count
        // is of the casualties, never of the dead alone.
        if matches!(outcome, Some(Outcome::Killed | Outcome::Injured)) && either_harm(t, &cands[ci]) {
            outcome = Some(Outcome::Total);
        }
        cands[ci].outcome = outcome;
        cands[ci].left_governed = governed;
    }
    // "14 new cases …, bringing the total to 230": the running total of the count before,
    // which is an increment on it ("found 3 more bodies, bringing the toll to 17").
    let mut added = vec![false; cands.len()];
    for ci in 1..cands.len() {
        let f = cands[ci].m.first;
        let brought = f >= 3
            && t[f - 1].is("to")
            && t[f - 2].is_any(&["total", "toll", "tally"])
            && t[f.saturating_sub(6)..f - 2].iter().any(|x| x.is_any(&["bringing", "raising", "pushing", "taking"]));
        added[ci - 1] = brought && cands[ci - 1].m.last < f;
        let running = the_number_at(t, f)
            || f >= 3 && t[f - 1].is_any(&["to", "at"]) && t[f - 2].is("total") && t[f - 3].is("the");
        if running
            && matches!(cands[ci].outcome, None | Some(Outcome::Total))
            && let Some(o) = outcome_or_default(t, &cands[ci - 1]).filter(|o| *o != Outcome::Total)
        {
            cands[ci].outcome = Some(o);
        }
    }
    // "the deaths of seven hostages and 11 militants": a verb before the first count
    // governs the counts joined to it.
    for ci in 1..cands.len() {
        let joined = joined_to_previous(t, &cands, &spans, ci);
        // "killed a clerk and three officers arrived": people with a verb of their own. (An
        // outcome's verb after them has already given them an outcome.)
        let own_verb = outcome::verb_of_their_own(t, spans[ci].1 + 1);
        if joined && !own_verb && cands[ci - 1].left_governed && cands[ci].outcome.is_none() {
            cands[ci].outcome = cands[ci - 1].outcome;
            // "killed two soldiers, a policeman and three civilians": the verb governs the
            // whole list.
            cands[ci].left_governed = true;
        }
        // "treated three shooting victims, including Pedigo, as well as two members of the
        // military": "as well as", "along with" join the second to the first whatever gave
        // the first its outcome (over a comma and an "including …" aside).
        let f = cands[ci].m.first;
        // "19 people had been killed in the attack, plus two attackers": what befell the count
        // before befell these too.
        if f >= 2
            && t[f - 1].is("plus")
            && t[f - 2].is(",")
            && cands[ci].outcome.is_none()
            && cands[ci - 1].outcome.is_some_and(|o| o != Outcome::Total)
        {
            cands[ci].outcome = cands[ci - 1].outcome;
        }
        let wordy = (2..=3).find(|&n| f >= n && outcome::joins_objects(t, f - n, f));
        let gap_ok = |a: usize, b: usize| {
            a >= b
                || (b == a + 1 && t[a].is(","))
                || (b - a <= 10 && t[a].is(",") && t[a + 1].is("including") && t[b - 1].is(","))
        };
        let whole = (ci.saturating_sub(3)..ci)
            .rev()
            .find(|&pi| !(cands[pi].m.first > 0 && t[cands[pi].m.first - 1].is("including")));
        if let Some(n) = wordy
            && let Some(pi) = whole
            && gap_ok(spans[pi].1 + 1, f - n)
            && !own_verb
            && cands[ci].outcome.is_none()
            && cands[pi].outcome.is_some_and(|o| o != Outcome::Total)
        {
            cands[ci].outcome = cands[pi].outcome;
        }
    }
    // "…, one at Mercy and two at Christ Hospital": the items of a list share the outcome of
    // the count they break down.
    for ci in 1..cands.len() {
        if cands[ci].listed && cands[ci].outcome.is_none() {
            cands[ci].outcome = cands[ci - 1].outcome;
        }
    }
    // "the toll climbed to 112, up from 87 on Monday": the count before, as it was.
    for ci in 1..cands.len() {
        if cands[ci].outcome.is_none() && after_up_from(t, cands[ci].m.first) {
            cands[ci].outcome = cands[ci - 1].outcome;
        }
    }
    // "42 people were injured, 12 of them seriously": some of the count before, told by how
    // badly the same befell them ("…, two of them fatally" has its own outcome).
    for ci in 1..cands.len() {
        let (f, l) = (cands[ci].m.first, cands[ci].m.last);
        let of_them = words_at(t, l + 1, &["of", "them"]);
        let degree = t.get(l + 3).is_none_or(|x| {
            x.kind == Kind::Punct || x.is_any(&["seriously", "critically", "severely", "gravely", "badly", "slightly"])
        });
        if cands[ci].outcome.is_none() && cands[ci].p.head.is_none() && f > 0 && t[f - 1].is(",") && of_them && degree {
            cands[ci].outcome = cands[ci - 1].outcome;
        }
    }
    // "carrying 62 people, all of whom died": what befell all of them.
    for ci in 0..cands.len() {
        let e = spans[ci].1;
        let all_of = t.get(e + 1).is_some_and(|x| x.is(","))
            && t.get(e + 2).is_some_and(|x| x.is("all"))
            && t.get(e + 3).is_some_and(|x| x.is("of"))
            && t.get(e + 4).is_some_and(|x| x.is_any(&["whom", "them"]));
        let were = usize::from(t.get(e + 5).is_some_and(|x| x.is_any(&["were", "have", "had"])));
        if all_of && let Some(cue) = lex.cue_at(t, e + 5 + were, Side::After).filter(|c| c.outcome != Outcome::Total) {
            cands[ci].outcome = Some(cue.outcome);
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
    // "Two officers were stationed at the entrance and another two in the parking lot": a count
    // after "and another" with no verb of its own (a place or the end follows) has the
    // predicate of the clause before.
    for ci in 1..cands.len() {
        if cands[ci].outcome.is_none() && gapped_after_another(t, cands[ci].m.first, spans[ci].1 + 1) {
            cands[ci].outcome = outcome_or_default(t, &cands[ci - 1]);
        }
    }
    // "I lost three children last night and two nieces", "killed a woman and her two sons": a
    // family's dead, a part of the toll, never the toll itself.
    let mut family = vec![false; cands.len()];
    for ci in 0..cands.len() {
        let c = &cands[ci];
        let kin = c.p.head.is_some_and(|h| t[h].is_any(kin_words()));
        let possessed = c.m.first > 0 && t[c.m.first - 1].is_any(&["her", "his", "their", "my", "our"]);
        let joined = ci > 0 && family[ci - 1] && joined_to_previous(t, &cands, &spans, ci);
        family[ci] = kin && (possessed || joined || outcome::lost_kin(t, c));
    }
    // "eight of the dead were students and two were teachers", "Of the dead, nine were
    // students": what a part of the people counted is, named after "were". A part, not the
    // toll; one joined to it by "and" is another part of the same whole.
    let mut named_as: Vec<Option<Phrase>> = vec![None; cands.len()];
    for ci in 0..cands.len() {
        let c = &cands[ci];
        let partitive = t.get(c.m.last + 1).is_some_and(|x| x.is("of"));
        let opening_of = t.first().is_some_and(|x| x.is("of")) && t[..c.m.first].iter().any(|x| x.is(","));
        // ("nine were students" may be read as one phrase.)
        let be = |k: usize| t.get(k).is_some_and(|x| x.is_any(&["were", "was", "are", "is"]));
        let after = if be(c.m.last + 1) { c.m.last + 1 } else { spans[ci].1 + 1 };
        let joined = ci > 0
            && named_as[ci - 1].is_some()
            && c.m.first >= 1
            && t[c.m.first - 1].is("and")
            && spans[ci - 1].1 < c.m.first;
        if !(partitive || (c.p.head.is_none() || after == c.m.last + 1) && (opening_of || joined)) || !be(after) {
            continue;
        }
        let j = after + 1 + usize::from(t.get(after + 1).is_some_and(|x| x.is_any(&["a", "an"])));
        if j >= t.len() {
            continue;
        }
        let mut q = parse_phrase(text, t, j, lex, false);
        // "Three of the dead were from Canada": the country they came from.
        if t[j].is("from")
            && let Some((country, NatKind::Country, used)) = lex.nationality_at(text, t, j + 1)
        {
            q = Phrase { head: Some(j + used), nat: Some(Nat::Country(country)), end: j + used, ..Default::default() };
        }
        let ends = t.get(q.end + 1).is_none_or(|x| x.is_any(&[",", ".", "and", ";"]));
        if q.head.is_some() && (q.who.is_some() || q.nat.is_some()) && q.inside.is_none() && ends {
            if cands[ci].outcome.is_none() {
                // The whole's outcome: the count's before it, or "Of the dead".
                cands[ci].outcome = if joined {
                    outcome_or_default(t, &cands[ci - 1])
                } else {
                    t.get(2).filter(|_| opening_of && t[1].is("the")).and_then(outcome::toll_word)
                };
            }
            named_as[ci] = Some(q);
            // "Of the 298 people on board, 193 were Dutch": a part of how many there were.
            if cands[ci].outcome.is_none()
                && opening_of
                && let Some(pi) = opening_whole(t, &cands, ci)
                && outcome_or_default(t, &cands[pi]) == Some(Outcome::Total)
            {
                cands[ci].outcome = Some(Outcome::Total);
            }
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
        // ("a toll of 27", "bringing the national toll to 25" count people at large, not the
        // people named before; "the military death toll", "a total of 132" count them.)
        let toll_of =
            c.m.first >= 3 && t[c.m.first - 1].is_any(&["of", "to", "at"]) && t[c.m.first - 2].is("toll") && {
                let j = c.m.first - 3;
                let j = if t[j].is("death") && j > 0 { j - 1 } else { j };
                t[j].is_any(&[
                    "the",
                    "a",
                    "an",
                    "its",
                    "national",
                    "overall",
                    "official",
                    "final",
                    "earlier",
                    "previous",
                    "initial",
                    "preliminary",
                    "new",
                ])
            };
        if c.p.head.is_none() && c.p.who.is_none() && !toll_of {
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
        if let Some(q) = &named_as[ci] {
            who = q.who.or(who);
            if !q.mixed_nat && q.nat.is_some() {
                nat = q.nat.clone();
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
            nat = country_before(text, t, c.m.first, lex).map(Nat::Country);
        }
        // "Two workers, including one Briton"; "seven foreigners: one British, three Belgians".
        if let Some(pi) = container(t, &cands, ci) {
            part_of = Some(base + pi);
            // A part shares what happened to the whole: "killed 12 people, including five
            // children, and wounded 18 others"); one whose noun tells its own does not: "56
            // confirmed cases, including three deaths".
            if cands[pi].outcome.is_some() && c.p.inside.is_none() {
                outcome = cands[pi].outcome;
            }
            if who == Some("people") {
                who = cands[pi].p.who.or(who);
            }
        } else if let Some(pi) = opening_whole(t, &cands, ci) {
            // "Of the 10 killed, eight were students": a part of the count the sentence opens
            // with, of what befell it unless it says otherwise ("Of the 300 inside, 200 fled").
            part_of = Some(base + pi);
            if outcome.is_none() {
                outcome = cands[pi].outcome.filter(|o| *o != Outcome::Total);
            }
        }
        // "25 of the 56 BP workers" / "107 out of 132 foreigners": the whole is a total; "two of
        // the 12 dead", "five of the seven wounded": a whole told by what befell it is that count.
        if let Some(pi) = (0..cands.len()).find(|&pi| cands[pi].p.inner_number == Some(c.m.num_first)) {
            outcome = Some(t.get(c.m.last + 1).and_then(befell_adjective).unwrap_or(Outcome::Total));
            if who.is_none() {
                who = cands[pi].p.who;
            }
        }
        let head_word = c.p.head.map(|h| t[h].lower());
        // "Two men opened fire on the group", "four deputies fired shots": the people who fired
        // are counted as there were (the men among the attackers), not as casualties.
        let after = c.p.end.max(c.m.last) + 1;
        let fired = c.p.head.is_some()
            && t.get(after).is_some_and(|x| {
                x.is("opened") && t.get(after + 1).is_some_and(|n| n.is("fire"))
                    || x.is("fired") && t.get(after + 1).is_some_and(|n| n.is_any(&["shots", "on", "at", "into"]))
            });
        // "About 40 percent of the 200 residents left": a share befell them; the count is of
        // all there were.
        let share_of = c.m.first >= 3
            && t[c.m.first - 1].is("the")
            && t[c.m.first - 2].is("of")
            && t[c.m.first - 3].is_any(SHARES);
        let outcome = if fired || share_of && outcome.is_some() { Some(Outcome::Total) } else { outcome };
        // "Rescuers pulled 13 bodies from the river": whatever the verb, bodies are the dead.
        // "The bodies of 4 missing hikers were found": the missing found dead.
        let bodies = head_word.is_some_and(|h| matches!(h, "bodies" | "body" | "corpses"));
        let bodies_of =
            c.m.first >= 2 && t[c.m.first - 1].is("of") && t[c.m.first - 2].is_any(&["bodies", "remains", "corpses"]);
        // ("Five bodies were pulled from the river and two people are still missing": the
        // other clause's outcome is not the bodies'.)
        // ("recovered the remains of nine people": the remains of people are the dead, whatever
        // the verb.)
        let outcome = if bodies && outcome.is_some() || bodies_of { Some(Outcome::Killed) } else { outcome };
        // "None of the victims had criminal records": a zero counts only what a word says
        // did not befall them, never what the noun alone suggests.
        if outcome.is_none() && c.m.value == 0 {
            continue;
        }
        let Some(outcome) = outcome.or_else(|| default_outcome(t, c.p.who, head_word, &c.m)) else { continue };
        let mut who = who.unwrap_or("people");
        if fired && who == "people" {
            who = "militants";
        }
        // People held by kidnappers are hostages; people held by the police, or sheltering
        // from a gunman, are not.
        if outcome == Outcome::Held && matches!(who, "people" | "residents" | "workers") && !held_by_others(t) {
            who = "hostages";
        }
        // "two men charged in the ambush", "charged with murder": the people charged with the
        // attack are the accused attackers; people held on other charges ("arrested on charges
        // stemming from a 2013 search") are not.
        const CRIMES: &[&str] = &[
            "murder",
            "murders",
            "homicide",
            "manslaughter",
            "killing",
            "killings",
            "shooting",
            "shootings",
            "shootout",
            "ambush",
            "attack",
            "attacks",
            "assault",
            "massacre",
            "conspiracy",
            "terrorism",
            "bombing",
            "bombings",
            "stabbing",
            "stabbings",
            "kidnapping",
            "hijacking",
            "arson",
            "robbery",
        ];
        if outcome == Outcome::Held
            && who == "people"
            && t.iter().any(|x| x.is_any(&["charged", "charges"]))
            && t.iter().any(|x| x.is_any(CRIMES))
        {
            who = "militants";
        }
        // "foreigners working at the plant"
        if who == "people" && c.p.head.is_some_and(|h| t.get(h + 1).is_some_and(|n| n.is("working"))) {
            who = "workers";
        }
        // "Four students, aged 14 to 16, were hurt": people whose ages are all under 18.
        if who == "people"
            && let Some(h) = c.p.head
            && t.get(h + 1).is_some_and(|x| x.is(","))
            && t.get(h + 2).is_some_and(|x| x.is("aged"))
        {
            let ages: Vec<u64> = t[h + 3..t.len().min(h + 8)]
                .iter()
                .take_while(|x| x.kind == Kind::Number || x.is_any(&["to", "and", "-", "between"]))
                .filter_map(|x| x.lower().parse().ok())
                .collect();
            if !ages.is_empty() && ages.iter().all(|&a| a < 18) {
                who = "children";
            }
        }
        // "three of her grown children", "Three of Shelton's children, Jerry Shelton, 35, …":
        // sons and daughters who are adults are not children.
        if who == "children"
            && let Some(h) = c.p.head
        {
            let grown = (c.m.last + 1..h).any(|j| t[j].is_any(&["grown", "adult"]));
            let adults = t.get(h + 1).is_some_and(|x| x.is(","))
                && outcome::names_with_ages_end(t, h + 1).is_some_and(|(_, youngest)| youngest >= 18);
            if grown || adults {
                who = "people";
            }
        }
        let (first, mut last) = (c.m.first.min(c.left_first), c.p.end.max(c.m.last));
        // "…, two in critical condition": a bare count's words take the condition it is told by.
        if c.p.head.is_none() && !c.m.implicit && t.get(last + 1).is_some_and(|x| x.is("in")) {
            let cond = if t.get(last + 2).is_some_and(|x| x.is("condition")) { last + 2 } else { last + 3 };
            if t.get(cond).is_some_and(|x| x.is("condition")) {
                last = cond;
            }
        }
        let parts = crate::extract::text::clause_and_conjunct(t, c.m.num_first);
        // What befell the count before in the sentence (if any) befell this one too.
        let more_of_the_same = cands[..ci].last().is_none_or(|p| p.outcome == Some(outcome));
        // "a fourth officer has been injured", "a third victim died": the count is now four,
        // three (a toll to set beside the others' counts, not one more), when the count told
        // before (in this sentence or an earlier one) is of the same outcome: in "two died and
        // a third was hurt" the third is the first one hurt.
        let before = match cands[..ci].last() {
            Some(p) => p.outcome,
            None => out[..base].last().and_then(|f| f.outcome),
        };
        let ordinal = if c.m.implicit && before == Some(outcome) { ordinal_count(t, c.m.first) } else { None };
        // "Five of the injured are in critical condition"; "injuring 30, five of them
        // seriously": some of the people counted by what befell them, a part and never the
        // toll ("shot 12, four of them fatally" is the toll of the dead).
        // ("Of the injured, 11 remain in hospital": the group opens the sentence.)
        let of_the_group = t.len() > 4
            && t[0].is("of")
            && t[1].is("the")
            && outcome::toll_word(&t[2]) == Some(outcome)
            && t[3].is(",")
            && c.m.first > 3;
        let some_of_them = of_the_group
            || words_at(t, c.m.last + 1, &["of", "the"])
                && (t.get(c.m.last + 3).and_then(outcome::toll_word) == Some(outcome)
                    // ("Two of the 12 dead were police officers")
                    || t.get(c.m.last + 3).is_some_and(Token::is_number)
                        && t.get(c.m.last + 4).and_then(befell_adjective) == Some(outcome))
            || words_at(t, c.m.last + 1, &["of", "them"]) && ci > 0 && cands[ci - 1].outcome == Some(outcome);
        out.push(RawFigure {
            sentence: si,
            first,
            last,
            anchor: c.m.num_first,
            start: t[first].start(),
            end: t[last].end(),
            clause: parts.0,
            conjunct: parts.1,
            value: ordinal.unwrap_or(c.m.value),
            low: ordinal.or(c.m.low),
            high: ordinal.or(c.m.high),
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
            superseded: changed_from(t, c.m.first, c.m.last),
            part: family[ci] || named_as[ci].is_some() || some_of_them,
            increment: is_increment(t, c.m.first, c.p.end.max(c.m.last))
                || added[ci]
                // "two of the injured died in hospital": dead in addition to those counted.
                || c.p.inside == Some(Outcome::Injured) && outcome == Outcome::Killed
                // "13 more bodies were recovered", "12 died yesterday and 3 more this morning":
                // more of what befell the people before; "five died and three more were hurt"
                // counts others.
                || t.get(c.m.last + 1).is_some_and(|x| x.is("more"))
                    && t.get(c.m.last + 2).is_none_or(|x| !x.is("than"))
                    && (bodies || more_of_the_same)
                // "the remaining 12 hostages were freed": the last of them, added to those freed
                // before ("the remaining 12 are still held" is a count of the held).
                || c.m.first > 0
                    && t[c.m.first - 1].is("remaining")
                    && matches!(outcome, Outcome::Freed | Outcome::Killed | Outcome::Evacuated | Outcome::Safe)
                // "a second victim died": one more of what befell the people before (or of a
                // sentence before); "one was killed and another injured" is the first injured.
                || c.m.implicit
                    && ordinal.is_none()
                    && one_more_at(t, c.m.first).is_some()
                    && more_of_the_same
                    && before == Some(outcome),
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

/// A unit, a clock zone or another word after a number that counts no people. A `match`
/// on the word's length and bytes: this is asked of every number.
pub(super) fn is_unit(w: &str) -> bool {
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

/// A word that itself counts people, so that a noun of events after it is not what is counted.
fn lower_people_word(w: &str) -> bool {
    matches!(w, "people" | "victims" | "persons" | "others")
}

/// Numbers followed by units, or that are years, money or clock times, count no people.
pub(super) fn counts_people_here(t: &[Token], m: &NumberMatch) -> bool {
    let next = t.get(m.last + 1).map(|x| x.lower()).unwrap_or("");
    if is_unit(next) || next.ends_with("-year-old") {
        return false;
    }
    // An age is never a count: "his 27-year-old wife", "a 6-month-old".
    if next == "-"
        && t.get(m.last + 2).is_some_and(|x| {
            let w = x.lower();
            w.ends_with("-old") || w.starts_with("year") || w.starts_with("month") || w.starts_with("week")
        })
    {
        return false;
    }
    if next == "local" && t.get(m.last + 2).is_some_and(|x| x.is("time")) {
        return false;
    }
    // Things, not people: "seized 12 weapons", "two armoured vehicles" (after one modifier).
    let thing = |k: usize| t.get(k).is_some_and(|x| !x.cap && thing_words().contains(&x.lower()));
    if thing(m.last + 1) || t.get(m.last + 1).is_some_and(|x| x.kind == Kind::Word && !x.cap) && thing(m.last + 2) {
        return false;
    }
    let prev = m.first.checked_sub(1).and_then(|k| t.get(k)).map(|x| x.lower()).unwrap_or("");
    if matches!(prev, "$" | "£" | "€" | "us$") {
        return false;
    }
    // "Seven of those 77 people died": the whole points back to a count told before.
    if matches!(prev, "those" | "these") && m.first >= 2 && t[m.first - 2].is("of") {
        return false;
    }
    // Events, not people: "the 10 mass shootings", "three attacks".
    let event = |w: &str| {
        matches!(w, "shootings" | "attacks" | "incidents" | "bombings" | "blasts" | "explosions" | "crashes" | "raids")
    };
    if event(next) || t.get(m.last + 2).is_some_and(|x| event(x.lower())) && !lower_people_word(next) {
        return false;
    }
    // A rank, "the No. 1 suspect"; wounds, shots and rounds, "three gunshot wounds".
    if prev == "." && m.first >= 2 && t[m.first - 2].is("no") && t[m.first - 2].cap {
        return false;
    }
    let wound = |w: &str| matches!(w, "wound" | "wounds" | "shots" | "rounds" | "bullets");
    if wound(next)
        || matches!(next, "gunshot" | "stab" | "bullet" | "shrapnel")
            && t.get(m.last + 2).is_some_and(|x| wound(x.lower()))
    {
        return false;
    }
    // A day of a date: "on August 17", "Aug. 17", "17 August" ("May" only with its capital).
    let month = |k: usize| t.get(k).is_some_and(|x| x.tags & tags::MONTH != 0 && (x.cap || !x.is("may")));
    let before = if prev == "." { m.first.checked_sub(2) } else { m.first.checked_sub(1) };
    if m.approx == Approx::Exact && m.value <= 31 && (before.is_some_and(month) || month(m.last + 1)) {
        return false;
    }
    // "0:58", "18:11": the minutes of a clock time or the seconds of a video's length.
    // (Written together: "Report 7: 8 people" is a label and a count.)
    if prev == ":"
        && m.first >= 2
        && t[m.first - 2].kind == Kind::Number
        && t[m.first - 2].end() == t[m.first - 1].start()
        && t[m.first - 1].end() == t[m.first].start()
        && t[m.first].lower().len() == 2
    {
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
    if t.get(m.last + 1).is_some_and(|x| x.cap && x.tags & tags::MONTH != 0) {
        return false;
    }
    true
}

/// "a Briton", "an Algerian", "one UK resident" said without a number.
#[inline]
pub(super) fn implicit_one(text: &str, t: &[Token], i: usize, lex: &Lexicon) -> Option<NumberMatch> {
    if t.get(i)?.tags & tags::ARTICLE == 0 {
        return None;
    }
    implicit_person(text, t, i, lex)
}

pub(super) fn implicit_person(text: &str, t: &[Token], i: usize, lex: &Lexicon) -> Option<NumberMatch> {
    let next = t.get(i + 1)?;
    // "a Briton", "an Algerian", "a citizen" — not "an Algerian army raid", "a hostage crisis".
    let ends_phrase = |k: usize| {
        t.get(k).is_none_or(|a| {
            a.kind == Kind::Punct
                || a.is_any(&[
                    "and",
                    "or",
                    "who",
                    "was",
                    "is",
                    "had",
                    "has",
                    "died",
                    "dies",
                    "were",
                    "remains",
                    "remained",
                    "later",
                    "also",
                    "then",
                    "still",
                    "since",
                    "suffered",
                    "sustained",
                    "succumbed",
                ])
                || a.lower().ends_with("ly")
                || lex.cue_at(t, k, Side::After).is_some()
                || in_her_decade(t, k)
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
    // The age belongs to the article: the phrase starts at the noun.
    Some(NumberMatch::one_person(i, if aged { i + 3 } else { i }))
}

/// "in her 60s", "in his early twenties": a person's age told after the noun.
fn in_her_decade(t: &[Token], k: usize) -> bool {
    const DECADES: &[&str] =
        &["teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
    if !(t[k].is("in") && t.get(k + 1).is_some_and(|x| x.is_any(&["his", "her"]))) {
        return false;
    }
    let d = k + 2 + usize::from(t.get(k + 2).is_some_and(|x| x.is_any(&["early", "mid", "late", "mid-"])));
    // ("60s" is read as the number and an "s".)
    t.get(d).is_some_and(|x| x.is_any(DECADES) || x.kind == Kind::Number && t.get(d + 1).is_some_and(|s| s.is("s")))
}

/// What befell a candidate's people: its own outcome, else the one its noun implies.
fn outcome_or_default(t: &[Token], c: &Cand) -> Option<Outcome> {
    c.outcome.or_else(|| default_outcome(t, c.p.who, c.p.head.map(|h| t[h].lower()), &c.m))
}

/// Candidate `ci` is the next object of a list after the one before it ("killed seven
/// hostages and 11 militants", "…, a policeman, …"); over a time told of the first ("lost three
/// children last night and two nieces").
fn joined_to_previous(t: &[Token], cands: &[Cand], spans: &[(usize, usize)], ci: usize) -> bool {
    let prev_end = time_aside_end(t, spans[ci - 1].1 + 1) - 1;
    let first = cands[ci].m.first;
    (first == prev_end + 2 && t[prev_end + 1].is(",")) || outcome::joins_objects(t, prev_end + 1, first)
}

/// The total a count is part of: after "including" or in a list after a colon.
pub(super) fn container(t: &[Token], cands: &[Cand], ci: usize) -> Option<usize> {
    let c = &cands[ci];
    // "Seven people were killed, three of them children": the count just before.
    if c.picked && ci > 0 && t[c.m.first - 1].is_any(&[",", ";", "–", "—", "-", "--"]) {
        return Some(ci - 1);
    }
    // "Two workers, including one Briton"; "Fifteen people, among them four children"
    let among_them = c.m.first >= 2 && t[c.m.first - 1].is_any(&["them", "whom"]) && t[c.m.first - 2].is("among");
    if c.m.first >= 1 && (t[c.m.first - 1].is("including") || among_them) && ci > 0 {
        return Some(ci - 1);
    }
    // "including two Britons, an American and a Japanese": the next parts of the same list.
    if ci > 0 {
        let prev_end = cands[ci - 1].p.end.max(cands[ci - 1].m.last);
        let gap = &t[(prev_end + 1).min(c.m.first)..c.m.first];
        // ("including three in Homs and four in Hama": over the place of the item before.)
        let gap = match gap.first() {
            Some(x) if x.is_any(&["in", "at", "near"]) => {
                let end = gap.iter().position(|x| x.is_any(&[",", "and"])).unwrap_or(gap.len());
                let place = end <= 7
                    && gap[1..end].iter().all(|x| {
                        x.kind == Kind::Word && x.tags & (tags::SAY | tags::NUMBER) == 0 && !x.is_any(aux_words())
                    });
                if place { &gap[end..] } else { gap }
            }
            _ => gap,
        };
        let joined = !gap.is_empty() && gap.len() <= 2 && gap.iter().all(|x| x.is_any(&[",", "and"]));
        // ("nine died, including three children, and 40 were injured": a count with a
        // predicate of its own ends the list.)
        let own_predicate = t.get(c.p.end.max(c.m.last) + 1).is_some_and(|x| {
            x.is_any(&["were", "was", "are", "is", "have", "has", "had", "died", "remain", "remained"])
        });
        if joined
            && !own_predicate
            && let Some(pi) = container(t, cands, ci - 1)
        {
            return Some(pi);
        }
    }
    // "seven foreigners: one British, three Belgians, two Americans and one Japanese";
    // "Fifteen people died: nine passengers, four crew and two on the ground" (the whole's
    // verb between it and the list).
    let colon = (0..c.m.first).rev().find(|&k| t[k].is(":"))?;
    let between_ok = t[colon + 1..c.m.first].iter().all(|x| x.is_any(&[",", "and"]) || x.kind == Kind::Number)
        || (0..ci).any(|k| cands[k].m.first > colon);
    if !between_ok {
        return None;
    }
    let pi = (0..ci).rev().find(|&k| {
        let end = cands[k].p.end.max(cands[k].m.last);
        end + 1 == colon
            || cands[k].m.first < colon
                && colon - end <= 4
                && t[end + 1..colon].iter().all(|x| x.kind == Kind::Word && x.tags & tags::SAY == 0)
    })?;
    Some(pi)
}

/// "of them children", "of whom were police officers": the people a count picks out of the
/// count before, when the clause ends with them (a verb after them tells what befell them:
/// "two of them were taken to hospital" is read as usual).
fn named_after_of_them(text: &str, t: &[Token], k: usize, lex: &Lexicon) -> Option<Phrase> {
    if !(t.get(k).is_some_and(|x| x.is("of")) && t.get(k + 1).is_some_and(|x| x.is_any(&["them", "whom"]))) {
        return None;
    }
    let mut j = k + 2;
    if t.get(j).is_some_and(|x| x.is_any(&["were", "are", "was", "is"])) {
        j += 1;
    }
    let q = parse_phrase(text, t, j, lex, false);
    let named = q.head.is_some() && (q.who.is_some() || q.nat.is_some()) && q.inside.is_none();
    // (Or a phrase telling more of them: "52 of them children under the age of four".)
    let ends = t.get(q.end + 1).is_none_or(|x| {
        x.kind == Kind::Punct || x.is_any(&["and", "under", "aged", "from", "who", "younger", "older", "between"])
    });
    (named && ends).then_some(q)
}

/// "could reach 1,000", "could rise to 50", "is expected to climb above 100", "will likely
/// top 200": a count foreseen, just before the number.
fn projected(t: &[Token], first: usize) -> bool {
    const MOVES: &[&str] =
        &["reach", "rise", "climb", "top", "exceed", "hit", "surpass", "pass", "go", "increase", "grow"];
    let from = first.saturating_sub(5);
    let moves = (from..first).any(|k| {
        t[k].is_any(MOVES)
            && k >= 1
            && (t[k - 1].is_any(&["could", "may", "might", "would", "will", "likely", "expected"])
                || k >= 2 && t[k - 1].is("to") && t[k - 2].is_any(&["expected", "likely", "feared", "set", "going"]))
    });
    // "There could be as many as three to four others": a guess, not a count.
    let guessed = (from.max(1)..first).any(|k| {
        t[k].is("be")
            && t[k - 1].is_any(&["could", "may", "might", "would"])
            && t[k + 1..first].iter().all(|x| x.is_any(&["as", "many", "up", "to"]))
    });
    moves || guessed
}

/// A count of what did not happen, or what the sentence denies: "could have killed
/// hundreds", "would have killed dozens", "threatened to kill 40 hostages", "officials denied
/// reports that 50 people had died". Read only within a few words before the number.
fn unreal(t: &[Token], first: usize) -> bool {
    let from = first.saturating_sub(6);
    let before = &t[from..first];
    // ("could have", "would have", "might have" right before the verb of the count.)
    let counterfactual = before
        .windows(3)
        .any(|w| w[0].is_any(&["could", "would", "might"]) && w[1].is("have") && w[2].tags & tags::CUE != 0);
    // ("threatened to kill", "vowed to free", "tried to rescue": an intent.)
    let intent = before.windows(3).any(|w| {
        w[0].is_any(&[
            "threatened",
            "threatening",
            "threatens",
            "threaten",
            "vowed",
            "vows",
            "tried",
            "trying",
            "attempted",
            "planned",
            "plans",
            "plotted",
            "wanted",
            "intended",
            "sought",
            "aimed",
        ]) && w[1].is("to")
            && w[2].is_any(&[
                "kill", "execute", "behead", "shoot", "harm", "hurt", "injure", "wound", "kidnap", "abduct", "free",
                "release", "rescue", "evacuate",
            ])
    });
    // ("denied reports that", "dismissed claims that": what the speaker says is untrue.)
    let denied = (first.saturating_sub(10)..first).any(|k| {
        t[k].is_any(&["denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects", "refuted"])
            && t.get(k + 1).is_some_and(|x| x.is_any(&["reports", "claims", "rumours", "rumors", "suggestions"]))
            && t.get(k + 2).is_some_and(|x| x.is("that"))
    });
    counterfactual || intent || denied
}

/// "…, while officials put the number at 26", "revised the figure to 10": a number of what
/// the count before it in the sentence counts.
fn the_number_at(t: &[Token], f: usize) -> bool {
    const NOUN: &[&str] = &["number", "figure", "estimate", "count"];
    // "…, a figure that (later) fell to 9": the count before, changed.
    let changed = f >= 4
        && t[f - 1].is("to")
        && t[f - 2].is_any(&["fell", "dropped", "rose", "climbed", "grew", "jumped", "increased", "decreased"])
        && (3..=4).any(|n| f > n + 1 && t[f - n].is("that") && t[f - n - 1].is_any(NOUN));
    changed
        || f >= 3
            && t[f - 1].is_any(&["to", "at"])
            && t[f - 2].is_any(NOUN)
            && t[f - 3].is_any(&["the", "that", "this"])
}

/// "another", "a second", "a third": one person more than the people told before. Returns
/// the index of the word's last token.
fn one_more_at(t: &[Token], i: usize) -> Option<usize> {
    if t.get(i)?.is("another") {
        return Some(i);
    }
    (t[i].is("a") && t.get(i + 1).is_some_and(|x| x.is_any(ORDINALS))).then_some(i + 1)
}

const ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/// "a fourth officer was injured": how many there now are (four), for "a" and an ordinal.
fn ordinal_count(t: &[Token], i: usize) -> Option<u64> {
    let k = one_more_at(t, i).filter(|&k| k > i)?;
    ORDINALS.iter().position(|o| t[k].is(o)).map(|p| p as u64 + 2)
}

/// "One person was killed and another critically injured", "two died and a third was hurt":
/// one more person, told by "another" or an ordinal with no noun, whose predicate follows.
fn elliptical_one_more(t: &[Token], i: usize, lex: &Lexicon) -> Option<NumberMatch> {
    let last = one_more_at(t, i)?;
    // "unconfirmed if a fifth was also hurt": not a count.
    if i > 0 && t[i - 1].is_any(&["if", "whether"]) {
        return None;
    }
    let mut k = last + 1;
    if t.get(k).is_some_and(|x| x.lower().len() > 4 && x.lower().ends_with("ly")) {
        k += 1;
    }
    let next = t.get(k)?;
    let predicate = next.is_any(&["was", "is", "has", "had", "died", "remains", "remained"])
        || lex.cue_at(t, k, Side::After).is_some_and(|c| c.outcome != Outcome::Total);
    predicate.then_some(NumberMatch::one_person(i, last))
}

/// "Of the 10 killed, eight were students": the count of an opening "Of the …," phrase, for
/// the count right after its comma.
fn opening_whole(t: &[Token], cands: &[Cand], ci: usize) -> Option<usize> {
    let c = &cands[ci];
    let opens = |w: &str| t.first().is_some_and(|x| x.is(w)) && t.get(1).is_some_and(|x| x.is("the"));
    // "Among the 12 people killed were three children": the verb after the whole, then the part.
    if opens("among")
        && ci == 1
        && cands[0].m.first <= 3
        && c.m.first >= 1
        && t[c.m.first - 1].is_any(&["were", "was", "are", "is"])
        && !t[cands[0].m.last..c.m.first].iter().any(|x| x.is_any(&[",", ";", "and"]))
    {
        return Some(0);
    }
    let comma = t.iter().position(|x| x.is(","))?;
    (opens("of") && ci > 0 && c.m.first == comma + 1 && cands[0].m.first < comma).then_some(0)
}

/// The sentence tells of an arrest or a lockdown: the people it holds are suspects, or
/// sheltering, not hostages.
fn held_by_others(t: &[Token]) -> bool {
    t.iter().any(|x| {
        x.is_any(&[
            "arrest",
            "arrests",
            "arrested",
            "detained",
            "custody",
            "charged",
            "charges",
            "jailed",
            "booked",
            "suspects",
            "shelter",
            "sheltering",
            "locked",
            "lockdown",
        ])
    })
}

/// "the toll rose from 32 to 41", "was revised Saturday from eight to six": the count at
/// `first..=last` is the value it changed from.
fn changed_from(t: &[Token], first: usize, last: usize) -> bool {
    let rose_from_to = crate::extract::numbers::changed_from_at(t, first)
        && t.get(last + 1).is_some_and(|x| x.is("to"))
        && t.get(last + 2).is_some_and(Token::is_number);
    rose_from_to || after_up_from(t, first) || revised_later(t, last) || earlier_toll(t, first)
}

/// "the 12 dead", "the seven wounded": a word after a count that tells what befell them.
fn befell_adjective(x: &Token) -> Option<Outcome> {
    match x.lower() {
        "dead" | "killed" => Some(Outcome::Killed),
        "injured" | "wounded" | "hurt" => Some(Outcome::Injured),
        "missing" => Some(Outcome::Missing),
        _ => None,
    }
}

/// "revising an earlier toll of 27", "revised up an initial death toll of 40": the count as
/// it was. ("gave a preliminary toll of 15" is the count now.)
fn earlier_toll(t: &[Token], first: usize) -> bool {
    let at = |k: usize, words: &[&str]| first.checked_sub(k).is_some_and(|j| t[j].is_any(words));
    let revised = || {
        t.iter().any(|x| {
            x.is_any(&[
                "revising",
                "revised",
                "raising",
                "raised",
                "lowering",
                "lowered",
                "updating",
                "updated",
                "correcting",
                "corrected",
            ])
        })
    };
    const EARLIER: &[&str] = &["earlier", "previous"];
    const FIRST: &[&str] = &["initial", "original", "preliminary", "first"];
    at(1, &["of"])
        && at(2, &["toll", "tally", "figure", "count", "estimate"])
        && (at(3, EARLIER)
            || at(3, &["death", "casualty"]) && at(4, EARLIER)
            || (at(3, FIRST) || at(3, &["death", "casualty"]) && at(4, FIRST)) && revised())
}

/// "Police initially said 26 people had been shot, but later revised the figure to 24": a
/// count the same sentence goes on to correct.
fn revised_later(t: &[Token], last: usize) -> bool {
    const REVISED: &[&str] = &[
        "revised",
        "corrected",
        "lowered",
        "raised",
        "updated",
        "adjusted",
        "reduced",
        "cut",
        "amended",
        "downgraded",
        "upgraded",
    ];
    let end = t.len().min(last + 25);
    (last + 1..end).any(|k| {
        t[k].is_any(REVISED)
            && (k + 1..t.len().min(k + 6)).any(|j| t[j].is("to") && t.get(j + 1).is_some_and(Token::is_number))
    })
}

/// "112, up from 87", "down from 20", "lowered the number to 14 from 20": the count at `first`
/// is what the count before it in the sentence was.
fn after_up_from(t: &[Token], first: usize) -> bool {
    first >= 2
        && t[first - 1].is("from")
        && (t[first - 2].is_any(&["up", "down"]) || first >= 4 && t[first - 2].is_number() && t[first - 3].is("to"))
}

/// "nine additional victims", "another 20 people", "a further three": a count added to one
/// said before, not a toll. ("six more shot" after "five dead" counts others, not more.)
fn is_increment(t: &[Token], first: usize, last: usize) -> bool {
    let before = first.checked_sub(1).map(|k| &t[k]);
    // "the toll rose by 9 to 41": what was added.
    let risen_by = before.is_some_and(|x| x.is("by"))
        && first.checked_sub(2).is_some_and(|k| {
            t[k].is_any(&["rose", "risen", "rising", "rises", "climbed", "jumped", "increased", "grew", "up"])
        });
    risen_by
        || before.is_some_and(|x| x.is_any(&["another", "further", "additional"]))
        || t[first..=last.min(t.len() - 1)].iter().any(|x| x.is_any(&["additional", "further"]))
        // "14 new deaths", "22 new cases": the ones reported since the count before.
        || t[first..=last.min(t.len() - 1)].windows(2).any(|w| {
            w[0].is("new") && w[1].is_any(&["deaths", "fatalities", "cases", "infections", "injuries"])
        })
}

/// "killed or injured", "hurt or killed": two harms joined by "or", right after the counted
/// people (over "were", "have been") or right before the count.
fn either_harm(t: &[Token], c: &Cand) -> bool {
    const DEAD: &[&str] = &["killed", "dead", "died"];
    const HURT: &[&str] = &["injured", "wounded", "hurt"];
    let pair = |k: usize| {
        let (Some(a), Some(or), Some(b)) = (t.get(k), t.get(k + 1), t.get(k + 2)) else { return false };
        or.is("or") && (a.is_any(DEAD) && b.is_any(HURT) || a.is_any(HURT) && b.is_any(DEAD))
    };
    let mut k = c.p.end.max(c.m.last) + 1;
    let mut skipped = 0;
    while skipped < 3 && t.get(k).is_some_and(|x| x.is_any(&["were", "was", "are", "is", "have", "has", "had", "been"]))
    {
        k += 1;
        skipped += 1;
    }
    pair(k) || c.m.first.checked_sub(3).is_some_and(pair)
}

/// Capitalised nouns that a number names a thing after ("Interstate 95", "Gate 12").
/// Verbs of what befalls people that take an object: with none after them, they are
/// participles ("the two people killed", "the victims taken to Memorial").
const PARTICIPLES: &[&str] = &[
    "killed",
    "injured",
    "wounded",
    "hurt",
    "slain",
    "shot",
    "hospitalized",
    "hospitalised",
    "taken",
    "rescued",
    "freed",
    "evacuated",
    "kidnapped",
    "abducted",
    "trapped",
    "arrested",
    "charged",
    "detained",
    "held",
    "jailed",
    "treated",
];

/// Nouns of a person told by how many children they have ("a mother of two").
const PARENTS: &[&str] =
    &["father", "mother", "parent", "grandfather", "grandmother", "grandparent", "dad", "mom", "mum"];

const DESIGNATORS: &[&str] = &[
    "route",
    "highway",
    "interstate",
    "freeway",
    "motorway",
    "road",
    "gate",
    "terminal",
    "platform",
    "floor",
    "room",
    "building",
    "block",
    "unit",
    "station",
    "pier",
    "exit",
    "track",
    "bus",
    "line",
    "channel",
    "ward",
    "district",
    "precinct",
    "engine",
    "ladder",
    "stage",
    "phase",
    "level",
    "grade",
    "category",
    "flight",
    "chapter",
    "section",
    "article",
    "no",
    "no.",
    "number",
    "apartment",
    "suite",
    "hangar",
    "runway",
    "lane",
    "zone",
    "sector",
    "camp",
];

/// Words of a share of a whole: "half of the 900 residents", "most of the 120 passengers".
/// (Not "all": all of them is the count itself.)
const SHARES: &[&str] = &[
    "percent",
    "%",
    "half",
    "third",
    "thirds",
    "two-thirds",
    "quarter",
    "quarters",
    "three-quarters",
    "most",
    "some",
    "many",
    "several",
    "few",
    "none",
    "majority",
    "minority",
    "fraction",
    "dozens",
    "hundreds",
    "thousands",
];

/// Where a short time told right after a count ends ("last night", "yesterday", "on
/// Friday"), or `at` itself when none is there.
fn time_aside_end(t: &[Token], at: usize) -> usize {
    let is = |k: usize, ws: &[&str]| t.get(k).is_some_and(|x| x.is_any(ws));
    let weekday = |k: usize| t.get(k).is_some_and(|x| x.tags & tags::WEEKDAY != 0);
    if is(at, &["yesterday", "today", "tonight"]) {
        at + 1
    } else if is(at, &["last"]) && (is(at + 1, &["night", "week", "month", "year"]) || weekday(at + 1))
        || is(at, &["on"]) && weekday(at + 1)
    {
        at + 2
    } else {
        at
    }
}

/// Whether a sentence is an item of a list: its line starts with a dash or a bullet.
pub(super) fn is_list_item(s: &Sentence) -> bool {
    s.tokens().first().is_some_and(|x| x.kind == Kind::Punct && x.is_any(&["-", "•", "*", "–", "—", "·"]))
}

/// "-Six officers were shot. / -Four officers with CSPD / -One with the Sheriff's Office":
/// an item of a list that is a count with no verb, under an item whose count has an
/// outcome, is a part of that count (what befell them, and who they are if it says not).
pub(super) fn list_item_part(
    text: &str,
    s: &Sentence,
    si: usize,
    lead: &RawFigure,
    lead_index: usize,
    lex: &Lexicon,
) -> Option<RawFigure> {
    let t = s.tokens();
    let k = t.iter().position(|x| x.kind != Kind::Punct)?;
    let verb = (0..t.len()).any(|j| {
        t[j].is_any(aux_words())
            || t[j].tags & tags::CUE != 0
                && (lex.cue_at(t, j, Side::After).is_some() || lex.cue_ending_at(t, j).is_some())
    });
    if k == 0 || k > 2 || verb {
        return None;
    }
    let m = number_at(t, k).filter(|m| m.first == k && !m.implicit && !m.vague)?;
    let p = parse_phrase(text, t, m.last + 1, lex, m.value == 1);
    // The figure's words are the whole item ("One (Swasey) with UCCS"), but a closing mark.
    let last = (m.last..t.len()).rev().find(|&j| t[j].kind != Kind::Punct || t[j].is(")")).unwrap_or(m.last);
    Some(part_of_lead(t, si, &m, last, lead, lead_index, p.who.unwrap_or(lead.who)))
}

/// "[all four officers wounded …] Three are Colorado Springs Police officers and one is an El
/// Paso County Sheriff's deputy": bare counts whose predicate is a noun of people, in the
/// sentence after a count with an outcome, break that count down: parts of it, with its
/// outcome and the class of their noun. Only counts that fit inside it together.
pub(super) fn predicate_parts(
    s: &Sentence,
    si: usize,
    lead: &RawFigure,
    lead_index: usize,
    lex: &Lexicon,
) -> Vec<RawFigure> {
    let t = s.tokens();
    let mut out: Vec<RawFigure> = Vec::new();
    let mut k = 0;
    while k < t.len() {
        let opens = k == 0 || t[k - 1].is_any(&["and", ",", ";"]);
        let Some(m) = number_at(t, k).filter(|m| opens && m.first == k && !m.implicit && !m.vague && m.value > 0)
        else {
            k += 1;
            continue;
        };
        let mut j = m.last + 1;
        if !t.get(j).is_some_and(|x| x.is_any(&["are", "were", "is", "was"])) {
            k = j;
            continue;
        }
        j += 1;
        if t.get(j).is_some_and(|x| x.is_any(&["a", "an"])) {
            j += 1;
        }
        // A few words of the noun's name ("Colorado Springs Police officers"), then the noun.
        let noun = (j..t.len().min(j + 6))
            .take_while(|&n| t[n].kind == Kind::Word && !t[n].is_any(&["and", "or", "but", "who", "that"]))
            .find(|&n| lex.people.contains_key(t[n].lower()) && !t[n].is("people"));
        let Some(mut n) = noun else {
            k = j;
            continue;
        };
        // "Police officers": the noun is the last of two.
        let class = lex.people.get(t[n].lower()).map_or("people", |c| c.0);
        while t.get(n + 1).is_some_and(|x| lex.people.contains_key(x.lower())) {
            n += 1;
        }
        // The figure's words run to the noun: "Three are Colorado Springs Police officers".
        out.push(part_of_lead(t, si, &m, n, lead, lead_index, class));
        k = n + 1;
    }
    let sum = out.iter().try_fold(0u64, |acc, f| acc.checked_add(f.value));
    if sum.is_none_or(|sum| sum > lead.value) {
        return Vec::new();
    }
    out
}

/// A count that breaks down `lead` (figure `lead_index` of the document): what befell the
/// whole befell it; its words run from the number to token `last`.
fn part_of_lead(
    t: &[Token],
    si: usize,
    m: &NumberMatch,
    last: usize,
    lead: &RawFigure,
    lead_index: usize,
    who: &'static str,
) -> RawFigure {
    let parts = crate::extract::text::clause_and_conjunct(t, m.num_first);
    RawFigure {
        sentence: si,
        first: m.first,
        last,
        anchor: m.num_first,
        start: t[m.first].start(),
        end: t[last].end(),
        clause: parts.0,
        conjunct: parts.1,
        value: m.value,
        low: m.low,
        high: m.high,
        approx: m.approx,
        outcome: lead.outcome,
        who,
        nationality: None,
        org: None,
        by: None,
        claim: false,
        part_of: Some(lead_index),
        implicit: false,
        vague: false,
        bare_nationality: false,
        present: false,
        part: false,
        increment: false,
        superseded: false,
    }
}
