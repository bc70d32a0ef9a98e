//! All figures → topics and disagreements. A topic is one outcome for one group of people
//! ("hostages killed", "Japanese missing", "BP workers missing"); figures are grouped by a
//! topic key in one pass (no comparison of every figure with every other), ordered by day,
//! and compared:
//! - conflict: on the same day, two reports give values that cannot both be true (neither
//!   report gives a value the other could accept), weak (unsure) when "about" leaves room;
//! - update: the value changes from one day to a later one, weak when a step is one its
//!   qualifiers allowed;
//! - claim: a party to the events (kidnappers, a union) gives a count against the official
//!   one for the same outcome.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::extract::lexicon::lexicon;
use crate::model::{
    Approx, Day, Disagreement, DisagreementKind, DocumentInfo, Figure, Outcome, Span, Status, Strength, outlet_finder,
};

pub mod series;
pub mod textual;

/// The group a figure counts, for comparing: nationality where one is given (the class of
/// people varies between reports: "Japanese workers", "14 Japanese"), else the class and
/// organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TopicKey {
    pub outcome: Outcome,
    pub group: String,
    /// What narrows the count, compared only with counts narrowed alike: the hospital or
    /// condition of a count of the injured ("six taken to Penrose Main", "three critical"),
    /// a town's row in a table, or a toll that counts the attacker too.
    #[serde(default)]
    pub at: Option<String>,
}

pub fn topic_key(f: &Figure) -> TopicKey {
    let group = match (&f.nationality, &f.org) {
        (_, Some(org)) => format!("{org} {}", f.who),
        (Some(n), None) if matches!(f.who.as_ref(), "people" | "workers" | "residents") => n.clone(),
        (Some(n), None) => format!("{n} {}", f.who),
        (None, None) => f.who.to_string(),
    };
    // "4 women", "three teenagers": a part of the people counted, compared only with its kind.
    let head = f.text.split_whitespace().last().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let group = match head.as_deref() {
        Some(h @ ("women" | "men" | "girls" | "boys" | "teenagers" | "teens" | "adults" | "elderly"))
            if f.who == "people" && f.nationality.is_none() && f.org.is_none() =>
        {
            h.to_string()
        }
        _ => group,
    };
    let at = (f.outcome == Outcome::Injured)
        .then(|| {
            condition_of(f)
                .or_else(|| hospital_in_clause(f))
                .or_else(|| hospital_of(&f.sentence))
                .or_else(|| patients_of(f))
                .or_else(|| counts_the_shot(f).then(|| SHOT.to_string()))
        })
        .flatten()
        .or_else(|| {
            matches!(f.outcome, Outcome::Injured | Outcome::Ill)
                .then(|| counts_the_hospitalised(f).then(|| HOSPITALISED.to_string()))
                .flatten()
        })
        .or_else(|| table_row_of(f))
        .or_else(|| (f.outcome == Outcome::Killed && counts_the_attacker(f)).then(|| WITH_ATTACKER.to_string()));
    TopicKey { outcome: f.outcome, group, at }
}

/// People shot, who may include the dead ("he shot a total of 15 people", "six officers were
/// shot"): compared only with other counts of the shot, not with the wounded.
const SHOT: &str = "shot, the dead perhaps among them";

fn counts_the_shot(f: &Figure) -> bool {
    let Some((before, after)) = around_figure(f) else { return false };
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let after: Vec<String> = after.split_whitespace().take(3).map(word).collect();
    let before: Vec<String> = before.split_whitespace().rev().take(4).map(word).collect();
    let shot_after = after
        .iter()
        .take_while(|w| matches!(w.as_str(), "were" | "was" | "got" | "have" | "had" | "been" | "shot"))
        .any(|w| w == "shot");
    let shot_before = before.first().is_some_and(|w| w == "shot")
        || (before.len() >= 3
            && before[0] == "of"
            && before[1] == "total"
            && (before[2] == "shot" || before.get(3).is_some_and(|w| w == "shot")));
    shot_after || shot_before
}

/// People taken to hospital, of a hospital not named ("four people were taken to the
/// hospital", "12 were hospitalized"): some of the injured may have been treated where they
/// fell, so such a count is compared only with other counts of the hospitalised.
const HOSPITALISED: &str = "taken to hospital";

fn counts_the_hospitalised(f: &Figure) -> bool {
    let Some((before, after)) = around_figure(f) else { return false };
    // "area hospitals received 12 victims", "hospitals treated 30 people"
    let mut back = before.split_whitespace().rev().take(3).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    if back.next().is_some_and(|v| matches!(v, "received" | "treated" | "admitted" | "took" | "reported"))
        && back.any(|w| w == "hospital" || w == "hospitals")
    {
        return true;
    }
    let mut hospital = false;
    for raw in after.split_whitespace().take(10) {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        match w.as_str() {
            // "were injured and taken to hospital": a count of the injured.
            "injured" | "wounded" | "hurt" | "injuries" | "wounds" | "injuring" | "wounding" => return false,
            "hospital" | "hospitals" | "hospitalized" | "hospitalised" | "hospitalization" => hospital = true,
            _ => {}
        }
        if raw.ends_with([',', ';', '.']) || w == "and" && hospital {
            break;
        }
    }
    hospital
}

/// The condition a count of the injured is of ("three are in critical condition", "four
/// victims are stable"): said in the words right after the figure. A part of the injured.
fn condition_of(f: &Figure) -> Option<String> {
    let (_, after) = around_figure(f)?;
    // The clause after the figure, up to the next count or mark.
    let mut clause: Vec<String> = Vec::new();
    for raw in after.split_whitespace().take(8) {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if w.parse::<u64>().is_ok() || matches!(w.as_str(), "and" | "but" | "while") {
            break;
        }
        clause.push(w);
        if raw.ends_with([',', ';', '.']) {
            break;
        }
    }
    let condition = ["critical", "serious", "stable", "fair", "good", "grave"]
        .into_iter()
        .find(|c| clause.iter().any(|w| w == c || (*c == "critical" && w == "critically")))?;
    Some(format!("{condition} condition"))
}

/// The figure's sentence before and after its words ("the identities of" | "are in critical
/// condition"): where the readings of a figure's scope look.
fn around_figure(f: &Figure) -> Option<(&str, &str)> {
    let i = f.sentence.find(f.text.as_str())?;
    Some((f.sentence.get(..i)?, f.sentence.get(i + f.text.len()..)?))
}

/// The topic keys of all figures of an analysis: [`topic_key`], then [`scope_by_place`].
pub fn topic_keys(figures: &[Figure]) -> Vec<TopicKey> {
    let mut keys: Vec<TopicKey> = figures.iter().map(topic_key).collect();
    let places: Vec<Option<String>> = figures.iter().map(place_in_clause).collect();
    scope_by_place(&mut keys, &places);
    keys
}

/// A storm's or a spree's counts of two towns differ without disagreeing: where counts of one
/// kind are told of two places or more, each count of a place is compared only with counts of
/// that place. One place alone is the event's own ("killed 9 people in Dayton"): its counts
/// stay with the others. `places` are the figures' [`place_in_clause`].
pub fn scope_by_place(keys: &mut [TopicKey], places: &[Option<String>]) {
    let mut named: rustc_hash::FxHashMap<TopicKey, Vec<&str>> = rustc_hash::FxHashMap::default();
    for (k, p) in keys.iter().zip(places) {
        if let (None, Some(p)) = (&k.at, p) {
            let seen = named.entry(k.clone()).or_default();
            if !seen.contains(&p.as_str()) {
                seen.push(p);
            }
        }
    }
    for (k, p) in keys.iter_mut().zip(places) {
        if let Some(p) = p
            && k.at.is_none()
            && named.get(k).is_some_and(|seen| seen.len() >= 2)
        {
            k.at = Some(format!("in {p}"));
        }
    }
}

/// The town or region a count is told of in its own clause ("five people died in
/// Springfield", "In Shelbyville, eight were killed"). A country is the whole event's place
/// ("killed 12 in Syria"): none.
pub fn place_in_clause(f: &Figure) -> Option<String> {
    let (before, after) = around_figure(f)?;
    let words: Vec<&str> = after.split_whitespace().take(10).collect();
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if *w == "in" {
            found = name_at(&words[i + 1..]);
            break;
        }
        if w.ends_with([',', ';', '.']) || matches!(*w, "and" | "but" | "while" | "after" | "when" | "as" | "including")
        {
            break;
        }
    }
    // "In Shelbyville, eight people were killed": the sentence opens with the place.
    if found.is_none()
        && let Some(rest) = before.strip_prefix("In ")
        && let Some((name, tail)) = rest.split_once(',')
        && !tail.contains([',', ';'])
    {
        // ("In Malatya province alone, 45 people died": the kind of place after its name.)
        let name = name.trim();
        let name = name.strip_suffix(" alone").unwrap_or(name);
        let name = ["province", "state", "county", "region", "district"]
            .iter()
            .find_map(|k| name.strip_suffix(k).and_then(|n| n.strip_suffix(' ')))
            .unwrap_or(name);
        found = name_at(&name.split_whitespace().collect::<Vec<_>>()).filter(|n| n.len() == name.len());
    }
    let g = crate::extract::places::gazetteer();
    // (A US state that is also a country's name, "Georgia", splits like the other states.)
    let known = |name: &str| (g.is_us_state(name) || !lexicon().is_country(name)) && g.lookup(name, None).is_some();
    if let Some(name) = found {
        return known(&name).then_some(name);
    }
    // "the Louisiana toll remained at five": a place before "toll".
    let back: Vec<&str> = before.split_ascii_whitespace().rev().take(6).collect();
    if let Some(t) = back.iter().position(|w| matches!(*w, "toll" | "tally"))
        && let Some(name) = back.get(t + 1 + usize::from(back.get(t + 1) == Some(&"death"))).and_then(|w| name_at(&[w]))
        && known(&name)
    {
        return Some(name);
    }
    // "Louisiana reported six deaths", "Texas officials said 11 people had died in the state":
    // the place that speaks for its own count.
    let by = f.by.as_deref()?;
    // (The clause is searched only for a speaker of that shape: this runs for every figure.)
    // ("Malatya governor Aydin Barus said the toll in his province had reached 51".)
    let in_the_state = || {
        ["in the state", "in the province", "in the county", "in the region", "in his province", "in her province"]
            .iter()
            .any(|w| after.contains(w) || before.contains(w))
    };
    let mut words = by.split_whitespace();
    let name = match (words.next(), words.next(), words.next()) {
        (Some(place), None, _) => name_at(&[place]),
        (Some(place), Some("officials" | "authorities" | "police"), None) if in_the_state() => name_at(&[place]),
        (Some(place), Some("governor" | "Governor"), _) if in_the_state() => name_at(&[place]),
        _ => None,
    }?;
    known(&name).then_some(name)
}

/// The capitalised name that `words` open with (over "the town of"), up to three words.
fn name_at(words: &[&str]) -> Option<String> {
    let skip = match words {
        ["the", "town" | "city" | "village" | "province" | "state" | "county", "of", ..] => 3,
        _ => 0,
    };
    let mut name: Vec<&str> = Vec::new();
    for w in words.iter().skip(skip).take(3) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !bare.starts_with(char::is_uppercase) {
            break;
        }
        name.push(bare);
        if bare.len() != w.len() {
            break;
        }
    }
    // ("in March", "in Monday's attack": a time, not a place.)
    let time = |w: &str| {
        crate::calendar::MONTHS
            .iter()
            .copied()
            .chain(crate::calendar::weekday_words())
            .any(|t| t.eq_ignore_ascii_case(w))
    };
    (!name.is_empty() && !time(name[0])).then(|| name.join(" "))
}

/// The hospital the figure's own clause names ("… and Memorial confirmed it is handling three
/// shooting victims"): a sentence may give two hospitals' counts.
fn hospital_in_clause(f: &Figure) -> Option<String> {
    let (before, after) = around_figure(f)?;
    const BOUNDS: [&str; 4] = [" and ", "; ", " while ", ", but "];
    let start = BOUNDS.iter().filter_map(|b| before.rfind(b).map(|i| i + b.len())).max().unwrap_or(0);
    let end = BOUNDS.iter().filter_map(|b| after.find(b)).min().unwrap_or(after.len());
    let clause = format!("{}{}{}", before.get(start..)?, f.text, after.get(..end)?);
    hospital_of(&clause).or_else(|| patients_in(f, &clause))
}

/// The hospital a sentence names: "Via Christi Hospital", "Broward Health Medical Center", or
/// the capitalised name after "taken to" / "transported to" ("taken to Penrose Main").
pub fn hospital_of(sentence: &str) -> Option<String> {
    const TAKEN: &[&str] = &["taken", "transported", "brought", "rushed", "airlifted"];
    // Cheap refusal: most sentences name no hospital and no transport verb.
    if !["Hospital", "Center", "Centre"].iter().chain(TAKEN).any(|w| sentence.contains(w)) {
        return None;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
    }
    for (i, w) in words.iter().enumerate() {
        let w = bare(w);
        // A name ending in "Hospital" or "Medical Center": the capitalised words before it.
        let end = match w {
            "Hospital" => Some(i),
            "Center" | "Centre" if i > 0 && bare(words[i - 1]) == "Medical" => Some(i),
            _ => None,
        };
        if let Some(end) = end {
            let mut start = end;
            // Up to a weekday or a preposition ("On Friday Mercy Hospital confirmed …").
            let opens = |w: &str| {
                let w = bare(w).to_lowercase();
                crate::extract::dates::is_weekday(&w) || matches!(w.as_str(), "on" | "at" | "in" | "by" | "to" | "from")
            };
            while start > 0
                && end - start < 4
                && cap(words[start - 1])
                && !words[start - 1].ends_with(['.', ',', ';', ':'])
                && !opens(words[start - 1])
            {
                start -= 1;
            }
            if start < end {
                return Some(words[start..=end].iter().map(|w| bare(w)).collect::<Vec<_>>().join(" "));
            }
        }
        // "taken to Penrose Main": up to three capitalised words after the verb and "to".
        if TAKEN.contains(&w) && words.get(i + 1).is_some_and(|t| bare(t) == "to") {
            let name: Vec<&str> = words[i + 2..].iter().take(3).take_while(|t| cap(t)).map(|t| bare(t)).collect();
            if !name.is_empty() {
                return Some(name.join(" "));
            }
        }
    }
    None
}

/// How a topic reads: "Japanese missing", "Algerian workers freed", "hostages killed".
pub fn topic_label(key: &TopicKey) -> String {
    let lex = lexicon();
    let mut words: Vec<String> = key.group.split(' ').map(String::from).collect();
    // Country names read as adjectives: "Japan" → "Japanese".
    let joined = key.group.clone();
    if let Some(c) = lex.countries.iter().find(|c| joined.starts_with(&c.name) && !c.demonym.is_empty()) {
        let rest = joined[c.name.len()..].trim().to_string();
        words = vec![c.demonym.clone()];
        if !rest.is_empty() {
            words.push(rest);
        }
    }
    if words.first().is_some_and(|w| w == "foreign") && words.len() == 1 {
        words = vec!["foreigners".into()];
    }
    match &key.at {
        Some(at) if at.ends_with(" condition") => format!("{} {} in {at}", words.join(" "), key.outcome.words()),
        Some(at) if at == WITH_ATTACKER || at == HOSPITALISED => {
            format!("{} {}, {at}", words.join(" "), key.outcome.words())
        }
        // "people shot, the dead perhaps among them": the outcome is in the words.
        Some(at) if at == SHOT => format!("{} {at}", words.join(" ")),
        // A place's count ("people killed in Texas"), scoped by [`scope_by_place`].
        Some(at) if at.starts_with("in ") => format!("{} {} {at}", words.join(" "), key.outcome.words()),
        Some(at) => format!("{} {} at {at}", words.join(" "), key.outcome.words()),
        None => format!("{} {}", words.join(" "), key.outcome.words()),
    }
}

/// The interval a figure allows.
fn interval(f: &Figure) -> (f64, f64) {
    let v = f.value as f64;
    match f.approx {
        Approx::AtLeast => (v, f64::INFINITY),
        Approx::MoreThan => (v + 1.0, f64::INFINITY),
        Approx::AtMost => (0.0, v),
        Approx::LessThan => (0.0, v - 1.0),
        Approx::About => (v * 0.9, v * 1.1),
        Approx::Range => (f.low.unwrap_or(f.value) as f64, f.high.unwrap_or(f.value) as f64),
        Approx::Exact => (v, v),
    }
}

fn compatible(a: &Figure, b: &Figure) -> bool {
    let (a0, a1) = interval(a);
    let (b0, b1) = interval(b);
    a0 <= b1 && b0 <= a1
}

/// Two counts of one toll for the same day are of one size: where one is several times the
/// other, they count different things (a part, or another event told for context: "2 killed"
/// against the 49 of another city's massacre), not the same thing differently.
fn comparable(a: &Figure, b: &Figure) -> bool {
    of_one_size(a.value as f64, b.value as f64, MAX_CONFLICT_RATIO)
}

/// Neither value is more than `ratio` times the other (and neither is zero).
fn of_one_size(a: f64, b: f64, ratio: f64) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    lo > 0.0 && hi / lo <= ratio
}

/// How far apart two values of a conflict may be (see [`comparable`]).
const MAX_CONFLICT_RATIO: f64 = 2.5;

/// Whether a value's qualifier is a firm bound: "at least 24" is never 14; "about 30" might
/// be told as 36 by another.
fn firm(f: &Figure) -> bool {
    f.approx != Approx::About
}

/// Finds the disagreements among all figures of an analysis.
pub fn disagreements(figures: &[Figure], documents: &[DocumentInfo]) -> Vec<Disagreement> {
    let keys = topic_keys(figures);
    disagreements_by_key(figures, &keys, documents, &headline_restatements(figures, documents))
}

/// Finds the disagreements and marks every figure with its status ([`set_status`]); `keys`
/// are the figures' topic keys ([`topic_key`]), made where each report's figures are made
/// (each key reads its sentence: on all cores, beside the other per-report work).
pub fn compare_figures(figures: &mut [Figure], keys: &[TopicKey], documents: &[DocumentInfo]) -> Vec<Disagreement> {
    let restated = headline_restatements(figures, documents);
    let found = disagreements_by_key(figures, keys, documents, &restated);
    status_by_key(figures, keys, &found);
    // A headline's restated count stands as its body's does.
    let twin_status: Vec<Status> = figures.iter().map(|f| f.status).collect();
    for f in figures.iter_mut() {
        if let Some(&twin) = restated.get(&f.id) {
            f.status = twin_status[twin];
        }
    }
    found
}

/// Parts that exceed their whole within one report: "12 people were injured, including 15
/// children", or a town's row in a table ("Izmit 4,179 dead") above the toll the same
/// report gives for that day. Not a difference between reports but a slip in one, which the
/// user should know before trusting either number. Only firm bounds count: "about 20"
/// against "18" is no slip.
pub fn inconsistencies(figures: &[Figure], documents: &[DocumentInfo]) -> Vec<Disagreement> {
    let outlet_name = outlet_finder(documents);
    let by_id: rustc_hash::FxHashMap<&str, &Figure> = figures.iter().map(|f| (f.id.as_str(), f)).collect();
    // Each report's largest firm toll for each outcome and day: the whole a table row is of.
    let mut tolls: rustc_hash::FxHashMap<(&str, Outcome, Option<Day>), &Figure> = rustc_hash::FxHashMap::default();
    for f in figures.iter().filter(|f| {
        f.span == Span::Toll
            && !f.background
            && !f.implicit
            && !f.claim
            && table_row_of(f).is_none()
            && f.who == "people"
    }) {
        let e = tolls.entry((f.doc.as_str(), f.outcome, f.as_of)).or_insert(f);
        if f.value > e.value {
            *e = f;
        }
    }
    let mut out = Vec::new();
    for part in figures.iter().filter(|f| !f.background && !f.claim) {
        let whole = match &part.part_of {
            Some(w) => by_id.get(w.as_str()).copied().filter(|w| w.outcome == part.outcome),
            None if table_row_of(part).is_some() => tolls.get(&(part.doc.as_str(), part.outcome, part.as_of)).copied(),
            None => None,
        };
        let Some(whole) = whole.filter(|w| !w.background) else { continue };
        // The part's least exceeds the whole's most; "about" leaves no firm bound.
        if !(firm(part) && firm(whole) && interval(part).0 > interval(whole).1) {
            continue;
        }
        let outlet = outlet_name(&part.doc);
        out.push(Disagreement {
            id: format!("i{}", out.len() + 1),
            kind: DisagreementKind::Inconsistency,
            strength: Strength::Hard,
            topic: topic_label(&topic_key(part)),
            figures: vec![part.id.clone(), whole.id.clone()],
            pairs: vec![[part.id.clone(), whole.id.clone()]],
            summary: format!(
                "{outlet} gives {} ({}) as a part of {} ({}): a part larger than its whole",
                value_text(part),
                one_line(&part.text),
                value_text(whole),
                one_line(&whole.text)
            ),
            reason: String::new(),
        });
    }
    out
}

/// Words on one line: the line breaks of hard-wrapped copy shown as spaces.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The figures of a report's headline that its body states too ("Gunman kills nine" over
/// "killed nine people, including himself, on Saturday"), each with the index of its body's
/// figure: the body's, with its day and its words around the count, stands for both; the
/// headline's, undated and shorn of "including himself", would be set against the other
/// reports as another claim.
fn headline_restatements(figures: &[Figure], documents: &[DocumentInfo]) -> rustc_hash::FxHashMap<String, usize> {
    let titles: rustc_hash::FxHashMap<&str, &str> =
        documents.iter().filter_map(|d| d.title.as_deref().map(|t| (d.id.as_str(), t.trim()))).collect();
    let is_headline = |f: &Figure| titles.get(f.doc.as_str()).is_some_and(|t| f.sentence.trim() == *t);
    let mut in_body: rustc_hash::FxHashMap<(&str, u64, Outcome), usize> = rustc_hash::FxHashMap::default();
    for (i, f) in figures.iter().enumerate().filter(|(_, f)| !is_headline(f)) {
        in_body.entry((f.doc.as_str(), f.value, f.outcome)).or_insert(i);
    }
    figures
        .iter()
        .filter(|f| is_headline(f))
        .filter_map(|f| in_body.get(&(f.doc.as_str(), f.value, f.outcome)).map(|&i| (f.id.clone(), i)))
        .collect()
}

/// Whether a figure is set against other reports' figures of its topic:
/// - not a count said without a number ("a man was killed": often one of a group the other
///   reports count), nor a size told by a word ("dozens"), nor a count of none (easily
///   misread);
/// - not how many there were (officers at the scene, people in a building), nor people
///   sheltering or under arrest: counts of a moment, which differ without contradicting each
///   other (only hostages' numbers are a toll);
/// - not a part of a larger figure ([`is_part`]), nor an increment on a count said before,
///   nor another event's told as background.
fn compared(f: &Figure) -> bool {
    !f.implicit
        && !f.vague
        && !f.background
        && f.span == Span::Toll
        && !of_an_unnamed_hospital(f)
        && f.value > 0
        && f.outcome != Outcome::Total
        && (f.outcome != Outcome::Held || f.who == "hostages")
        && !is_part(f)
}

/// The `at` of a toll that counts the attacker too ("four dead, including the gunman"): its
/// own topic, never set against a toll of the victims alone.
const WITH_ATTACKER: &str = "the attacker counted";

/// "four dead, including the shooter", "13 killed, counting the gunman": the words right
/// after the figure put the attacker among those counted.
fn counts_the_attacker(f: &Figure) -> bool {
    let Some((_, after)) = around_figure(f) else { return false };
    let words: Vec<String> = after
        .split_whitespace()
        .take(8)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    // "five killed, not including the gunman": the victims alone.
    words.iter().position(|w| w == "including" || w == "counting").is_some_and(|k| {
        !(k > 0 && words[k - 1] == "not")
            && words.iter().skip(k + 1).take(3).any(|w| {
                matches!(
                    w.as_str(),
                    "gunman"
                        | "gunmen"
                        | "shooter"
                        | "shooters"
                        | "attacker"
                        | "attackers"
                        | "assailant"
                        | "suspect"
                        | "killer"
                        | "bomber"
                        | "himself"
                )
            })
    })
}

/// The place a short table line gives its counts for: "Izmit 4,179 dead, 10,759 injured",
/// "Bursa 122 dead" — one town's part of the toll, compared only with that town's.
fn table_row_of(f: &Figure) -> Option<String> {
    let line = f.sentence.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '-' || c == '•');
    if line.len() > 60 || line.contains(['.', ';']) && !line.ends_with('.') {
        return None;
    }
    let mut name: Vec<&str> = Vec::new();
    let mut words = line.split_whitespace();
    while let Some(w) = words.next() {
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            // The row's number is a count of what befell people: "4,179 dead", not "Report 12:".
            let counted = !w.ends_with(':')
                && words.next().is_some_and(|n| {
                    let n = n.trim_end_matches([',', ';']).to_lowercase();
                    matches!(n.as_str(), "dead" | "killed" | "injured" | "wounded" | "missing" | "deaths" | "hurt")
                });
            if !counted {
                return None;
            }
            break;
        }
        if !w.starts_with(char::is_uppercase) || name.len() == 3 {
            return None;
        }
        name.push(w.trim_end_matches([':', ',']));
    }
    // Words that open a sentence of counts rather than name a place.
    let common = [
        "About", "Some", "Nearly", "At", "Over", "More", "Almost", "Around", "Only", "The", "A", "An", "In", "On",
        "By", "Up", "Total",
    ];
    let first = name.first()?;
    let named = name.join(" ");
    (!common.contains(first)
        && crate::calendar::month_number(&first.to_lowercase()).is_none()
        && line.len() > named.len())
    .then_some(named)
}

/// Whether the figure counts patients: one hospital's count.
fn counts_patients(f: &Figure) -> bool {
    f.text
        .split_whitespace()
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("patients") || w.eq_ignore_ascii_case("patient"))
}

/// The hospital that gives a count of its patients: "Penrose Main confirms six patients",
/// "St. Luke's said it received four patients" (the capitalised words before the verb).
fn patients_of(f: &Figure) -> Option<String> {
    patients_in(f, &f.sentence)
}

/// [`patients_of`] within `words` (the figure's clause or its sentence). Victims count as a
/// hospital's patients where the sentence names a hospital ("Penrose Hospital has six victims
/// and Memorial confirmed it is handling three shooting victims").
fn patients_in(f: &Figure, words: &str) -> Option<String> {
    let victims = f.text.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case("victims"))
        && hospital_of(&f.sentence).is_some();
    if !counts_patients(f) && !victims {
        return None;
    }
    let words: Vec<&str> = words.split_whitespace().collect();
    let v = words.iter().position(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "confirms" | "confirmed" | "said" | "says" | "reports" | "reported" | "received" | "receives" | "treated"
        )
    })?;
    let name: Vec<&str> = words[..v]
        .iter()
        .rev()
        .take(3)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with([':', ',', '.']))
        .copied()
        .collect();
    let generic = ["Police", "Officials", "Authorities", "He", "She", "They", "It", "Doctors"];
    (!name.is_empty() && !name.iter().any(|w| generic.contains(w)))
        .then(|| name.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// "six patients have been taken there": one hospital's count whose hospital the sentence
/// does not name, so nothing it could be compared with is known.
fn of_an_unnamed_hospital(f: &Figure) -> bool {
    f.outcome == Outcome::Injured
        && counts_patients(f)
        && hospital_of(&f.sentence).is_none()
        && patients_of(f).is_none()
}

/// A part of a larger figure: linked to its whole, or picked out of a group ("three of the
/// victims", "two of those killed").
fn is_part(f: &Figure) -> bool {
    let of_next = |s: &str| s.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("of"));
    // The words before and right after the figure ("Three" of "Three of those killed").
    let around = around_figure(f);
    let after = around.map(|(_, a)| a);
    // "the identities of three victims", "the families of the five": told of, not counted.
    let before: Vec<&str> = around.map(|(b, _)| b.split_whitespace().rev().take(2).collect()).unwrap_or_default();
    let told_of = before.first().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && before.get(1).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "identities" | "identity" | "names" | "families" | "relatives" | "photos"
            )
        });
    f.part_of.is_some()
        || f.text.split_whitespace().nth(1).is_some_and(|w| w.eq_ignore_ascii_case("of"))
        || after.is_some_and(of_next)
        || told_of
}

/// The longest span between two days an update joins: one event's figures move within weeks.
const MAX_UPDATE_DAYS: i32 = 31;

/// How far one day's value may be from the next day's in an update.
const MAX_UPDATE_RATIO: f64 = 10.0;

/// The most pairs a conflict lists: enough to show every way the reports of a day differ.
const MAX_PAIRS: usize = 8;

/// Figures of one topic by day, and on each day by report.
type Days<'a> = BTreeMap<Option<Day>, BTreeMap<&'a str, Vec<&'a Figure>>>;

/// The values each report gives, by broad topic (the topic without the nationality: "five
/// U.S. servicemen" killed are five servicemen killed too), and for which days.
#[derive(Default)]
struct Stated<'a> {
    /// (topic, report, day, value) for every figure.
    exact: rustc_hash::FxHashSet<(u32, &'a str, Option<Day>, u64)>,
    /// The earliest day each report gives each value for, by topic.
    earliest: rustc_hash::FxHashMap<(u32, &'a str, u64), Option<Day>>,
}

impl<'a> Stated<'a> {
    fn add(&mut self, topic: u32, doc: &'a str, day: Option<Day>, value: u64) {
        self.exact.insert((topic, doc, day, value));
        let e = self.earliest.entry((topic, doc, value)).or_insert(day);
        *e = (*e).min(day);
    }

    fn of(&self, topic: u32) -> StatedIn<'_, 'a> {
        StatedIn { stated: self, topic }
    }
}

/// What the reports state for one broad topic.
#[derive(Clone, Copy)]
struct StatedIn<'s, 'a> {
    stated: &'s Stated<'a>,
    topic: u32,
}

impl StatedIn<'_, '_> {
    /// Whether the report gives the value for exactly that day.
    fn on(&self, doc: &str, day: Option<Day>, value: u64) -> bool {
        self.stated.exact.contains(&(self.topic, doc, day, value))
    }

    /// Whether the report gives the value for that day or an earlier one (or for no day).
    fn by(&self, doc: &str, day: Option<Day>, value: u64) -> bool {
        self.stated.earliest.get(&(self.topic, doc, value)).is_some_and(|e| *e <= day)
    }
}

/// The topic a figure's is a case of, with its nationality left out.
fn broad_key(f: &Figure, key: &TopicKey) -> TopicKey {
    match (&f.nationality, &f.org) {
        (Some(_), None) => TopicKey { outcome: key.outcome, group: f.who.to_string(), at: key.at.clone() },
        _ => key.clone(),
    }
}

/// Whether one of the two reports itself gives the other's value too, for that day or an
/// earlier one: then the two count different things (the nine killed in the offices on
/// Thursday and the thirteen of the whole spree, both in one report) or one is an earlier
/// stage of the other (shown as an update), and the other report's nine agrees with it rather
/// than contradicts it. A value a report gives only for a later day is no excuse: "8 wounded"
/// on Friday against "6" that day stays a conflict though the first report has 6 by Saturday.
fn told_apart_by_one_report(a: &Figure, b: &Figure, day: Option<Day>, stated: StatedIn) -> bool {
    stated.by(&a.doc, day, b.value) || stated.by(&b.doc, day, a.value)
}

/// A disagreement with its rank in the list: hard conflicts first, then claims, updates, and
/// last the unsure (weak conflicts, then weak updates), which the window shows apart.
type Ranked = (u8, Disagreement);

/// [`disagreements`], with `keys[i]` the topic key of `figures[i]`.
fn disagreements_by_key(
    figures: &[Figure],
    keys: &[TopicKey],
    documents: &[DocumentInfo],
    restated: &rustc_hash::FxHashMap<String, usize>,
) -> Vec<Disagreement> {
    let outlet = outlet_finder(documents);
    // Figures by topic, topics in key order: grouped by hash, then the few keys sorted.
    let mut grouped: rustc_hash::FxHashMap<&TopicKey, Vec<&Figure>> = rustc_hash::FxHashMap::default();
    for (f, k) in figures.iter().zip(keys).filter(|(f, _)| !f.claim && compared(f) && !restated.contains_key(&f.id)) {
        grouped.entry(k).or_default().push(f);
    }
    let mut topics: Vec<(&TopicKey, Vec<&Figure>)> = grouped.into_iter().collect();
    topics.sort_unstable_by(|a, b| a.0.cmp(b.0));
    // Every value each report gives for each day, by broad topic, before only the largest
    // of a day is kept.
    let mut broad: rustc_hash::FxHashMap<TopicKey, u32> = rustc_hash::FxHashMap::default();
    let mut stated = Stated::default();
    let mut topic_ids = Vec::with_capacity(topics.len());
    for (key, figs) in &topics {
        let next = broad.len() as u32;
        let id = *broad.entry(broad_key(figs[0], key)).or_insert(next);
        topic_ids.push(id);
        for f in figs {
            stated.add(id, &f.doc, f.as_of, f.value);
        }
    }
    // Each topic on its own, on all cores (thousands of topics over thousands of reports),
    // collected in topic order.
    let per_topic = |(key, figs): &(&TopicKey, Vec<&Figure>), id: u32| -> Vec<Ranked> {
        let mut out: Vec<Ranked> = Vec::new();
        let stated = stated.of(id);
        let label = topic_label(&labelled_key(key, figs));
        // By day: each report's values for that day.
        let mut days: Days = BTreeMap::new();
        for f in figs {
            days.entry(f.as_of).or_default().entry(f.doc.as_str()).or_default().push(f);
        }
        // A live blog gives a day's count as it grew, entry by entry.
        for (day, by_doc) in &days {
            out.extend(by_doc.values().filter_map(|v| stamped_update(&label, *day, v, &outlet)));
        }
        // A report's count for a day is its largest: the smaller ones it gives that day are
        // parts of it ("six taken to Via Christi", "three in critical condition").
        for by_doc in days.values_mut() {
            for v in by_doc.values_mut() {
                let top = v.iter().map(|f| f.value).max().unwrap_or(0);
                v.retain(|f| f.value == top);
            }
        }
        out.extend(days.iter().filter_map(|(day, by_doc)| conflict(&label, *day, by_doc, stated, &outlet)));
        // Counts in one condition or one hospital are parts whose bounds each outlet draws
        // its own way ("three others are in stable condition" at one hospital): followed over
        // time only within one outlet.
        // (A place's count is a toll like the event's: "people killed in Malatya".)
        let one_outlet = key.at.as_ref().is_some_and(|at| !at.starts_with("in "));
        out.extend(update(&label, figs, &days, stated, one_outlet.then_some(&outlet)));
        out
    };
    let mut out: Vec<Ranked> = {
        use rayon::prelude::*;
        topics.par_iter().zip(topic_ids).flat_map_iter(|(t, id)| per_topic(t, id)).collect()
    };
    out.extend(claims(figures, &topics, &outlet));
    out.sort_by_key(|(rank, _)| *rank);
    out.into_iter()
        .enumerate()
        .map(|(i, (_, mut d))| {
            d.id = format!("g{}", i + 1);
            d
        })
        .collect()
}

/// Conflicts: two reports whose values for the same day have nothing in common.
fn conflict(
    label: &str,
    day: Option<Day>,
    by_doc: &BTreeMap<&str, Vec<&Figure>>,
    stated: StatedIn,
    outlet: &impl Fn(&str) -> String,
) -> Option<Ranked> {
    // Reports that give the same values are compared once: many reports repeating
    // one wire figure cost one comparison, not one per pair.
    let mut signatures: BTreeMap<Vec<(u64, Approx)>, &Vec<&Figure>> = BTreeMap::new();
    for figs in by_doc.values() {
        let mut sig: Vec<(u64, Approx)> = figs.iter().map(|f| (f.value, f.approx)).collect();
        sig.sort_unstable();
        sig.dedup();
        signatures.entry(sig).or_insert(figs);
    }
    let groups: Vec<&Vec<&Figure>> = signatures.into_values().collect();
    // Every two reports' values that cannot both be true, each pair once (a handful: reports
    // giving the same values were merged above).
    let mut clashes: Vec<(&Figure, &Figure)> = Vec::new();
    'pairs: for i in 0..groups.len() {
        for j in i + 1..groups.len() {
            let agrees = groups[i].iter().any(|a| groups[j].iter().any(|b| compatible(a, b)));
            if !agrees
                && comparable(groups[i][0], groups[j][0])
                && !told_apart_by_one_report(groups[i][0], groups[j][0], day, stated)
            {
                clashes.push((groups[i][0], groups[j][0]));
                if clashes.len() >= MAX_PAIRS {
                    break 'pairs;
                }
            }
        }
    }
    let (a, b) = *clashes.first()?;
    // Counts of no stated day may be of days weeks apart: a change over time, perhaps.
    let undated = day.is_none();
    let loose = !(firm(a) && firm(b));
    let hard = !loose && !undated;
    let all: Vec<String> = by_doc.values().flatten().map(|f| f.id.clone()).collect();
    Some((
        if hard { 0 } else { 4 },
        Disagreement {
            id: String::new(),
            kind: DisagreementKind::Conflict,
            strength: if hard { Strength::Hard } else { Strength::Weak },
            topic: label.to_string(),
            figures: all,
            pairs: clashes.iter().map(|(a, b)| [a.id.clone(), b.id.clone()]).collect(),
            summary: format!(
                "{} says {}, {} says {} ({}){}",
                outlet(&a.doc),
                value_text(a),
                outlet(&b.doc),
                value_text(b),
                day_text(day),
                if loose {
                    "; \"about\" leaves some room"
                } else if undated {
                    "; perhaps counts of different days"
                } else {
                    ""
                }
            ),
            reason: if loose {
                format!("\"about\" leaves room: {} and {} may be one count told loosely", value_text(a), value_text(b))
            } else if undated {
                "neither report says which day its count is of: it may have changed in between".to_string()
            } else {
                String::new()
            },
        },
    ))
}

/// Updates: the most common value of each day, where it changes with the day.
fn update(
    label: &str,
    figs: &[&Figure],
    days: &Days,
    stated: StatedIn,
    one_outlet: Option<&dyn Fn(&str) -> String>,
) -> Option<Ranked> {
    // Days with and without a year cannot be put in one order: where some have a year, the
    // others are left out.
    let any_year = days.keys().flatten().any(|d| d.year_known());
    let dated: Vec<(Day, &Figure)> = days
        .iter()
        .filter(|(d, _)| d.is_some_and(|d| d.year_known() || !any_year))
        .filter_map(|(d, by_doc)| Some(((*d)?, representative(by_doc)?)))
        .collect();
    let steps: Vec<&[(Day, &Figure)]> = dated
        .windows(2)
        // A new value on a later day, even one its qualifier allowed ("about 100" → 107).
        // Two bounds ("fewer than 40", then "at least 6") name no count: only values that
        // cannot both hold show a change there.
        .filter(|w| {
            let (a, b) = (w[0].1.value as f64, w[1].1.value as f64);
            let point = |f: &Figure| matches!(f.approx, Approx::Exact | Approx::About);
            a != b
                && (!compatible(w[0].1, w[1].1)
                    || ((point(w[0].1) || point(w[1].1)) && (a - b).abs() / a.max(b) >= 0.05))
        })
        // One event's figures move within weeks, not across months: days further apart are
        // another event's, or misread.
        .filter(|w| match (w[0].0.date(), w[1].0.date()) {
            (Some(a), Some(b)) => (b - a).get_days() <= MAX_UPDATE_DAYS,
            _ => false,
        })
        // A toll that jumps tenfold from one day to the next is another count ("9 killed",
        // then "as many as 600" of a war told for context).
        .filter(|w| of_one_size(w[0].1.value as f64, w[1].1.value as f64, MAX_UPDATE_RATIO))
        // The later report gives the earlier value for its own day too: two counts, not a change.
        .filter(|w| !stated.on(&w[1].1.doc, Some(w[1].0), w[0].1.value))
        .filter(|w| one_outlet.is_none_or(|outlet| outlet(&w[0].1.doc) == outlet(&w[1].1.doc)))
        .collect();
    let changes: Vec<String> = steps
        .iter()
        .map(|w| {
            format!(
                "{} by {}, then {} by {}",
                value_text(w[0].1),
                day_text(Some(w[0].0)),
                value_text(w[1].1),
                day_text(Some(w[1].0))
            )
        })
        .collect();
    if changes.is_empty() {
        return None;
    }
    let ids = figs.iter().filter(|f| f.as_of.is_some()).map(|f| f.id.clone()).collect();
    // A step its qualifiers allowed ("about 100" → 107) may be the same count told more exactly.
    let loose: Vec<String> = steps
        .iter()
        .filter(|w| compatible(w[0].1, w[1].1))
        .map(|w| format!("{} allows {}", value_text(w[0].1), value_text(w[1].1)))
        .collect();
    let reason =
        if loose.is_empty() { String::new() } else { format!("the qualifiers leave room: {}", loose.join("; ")) };
    let update = Disagreement {
        id: String::new(),
        kind: DisagreementKind::Update,
        strength: if reason.is_empty() { Strength::Hard } else { Strength::Weak },
        reason,
        topic: label.to_string(),
        figures: ids,
        summary: changes.join("; "),
        pairs: steps.iter().map(|w| [w[0].1.id.clone(), w[1].1.id.clone()]).collect(),
    };
    Some((if update.strength == Strength::Weak { 5 } else { 3 }, update))
}

/// A count one live blog gives at different times of one day ("UPDATE 2:29 p.m.: four
/// patients", "UPDATE 2:50 p.m.: five patients"): an update in the order of the entries'
/// stamps. At each stamp the report's largest value counts (the smaller are its parts).
fn stamped_update(label: &str, day: Option<Day>, figs: &[&Figure], outlet: &impl Fn(&str) -> String) -> Option<Ranked> {
    let mut at: BTreeMap<&str, &Figure> = BTreeMap::new();
    for f in figs {
        let Some(t) = f.time.as_deref() else { continue };
        let e = at.entry(t).or_insert(f);
        if f.value > e.value {
            *e = f;
        }
    }
    // "HH:MM" strings sort as times.
    let by_time: Vec<(&str, &Figure)> = at.into_iter().collect();
    let steps: Vec<&[(&str, &Figure)]> = by_time
        .windows(2)
        .filter(|w| w[0].1.value != w[1].1.value && !compatible(w[0].1, w[1].1))
        .filter(|w| of_one_size(w[0].1.value as f64, w[1].1.value as f64, MAX_UPDATE_RATIO))
        .collect();
    let first = steps.first()?;
    let mut told = vec![format!("{} at {}", value_text(first[0].1), first[0].0)];
    told.extend(steps.iter().map(|w| format!("{} at {}", value_text(w[1].1), w[1].0)));
    Some((
        3,
        Disagreement {
            id: String::new(),
            kind: DisagreementKind::Update,
            strength: Strength::Hard,
            topic: label.to_string(),
            figures: by_time.iter().map(|(_, f)| f.id.clone()).collect(),
            pairs: steps.iter().map(|w| [w[0].1.id.clone(), w[1].1.id.clone()]).collect(),
            summary: format!(
                "{}: {} ({}), entry by entry",
                outlet(&first[0].1.doc),
                told.join(", then "),
                day_text(day)
            ),
            reason: String::new(),
        },
    ))
}

/// Claims: a party's count against the official topic with the same outcome.
fn claims(figures: &[Figure], topics: &[(&TopicKey, Vec<&Figure>)], outlet: &impl Fn(&str) -> String) -> Vec<Ranked> {
    let mut out: Vec<Ranked> = Vec::new();
    // Claims: a party's count against the official topic with the same outcome.
    // What a claim is held against, summed up once per topic: reports, whether it counts
    // militants, its nationalities, and the span of its values.
    struct Summary<'a> {
        reports: usize,
        militants: bool,
        nationalities: std::collections::BTreeSet<Option<&'a str>>,
        /// Smallest upper bound and largest lower bound of its figures' intervals.
        min_high: f64,
        max_low: f64,
    }
    let claims = figures.iter().any(|f| f.claim);
    let summaries: Vec<Summary> = topics
        .iter()
        .filter(|_| claims)
        .map(|(_, figs)| Summary {
            reports: figs.iter().map(|f| f.doc.as_str()).collect::<std::collections::BTreeSet<_>>().len(),
            militants: figs.iter().any(|f| f.who == "militants"),
            nationalities: figs.iter().map(|f| f.nationality.as_deref()).collect(),
            min_high: figs.iter().map(|f| interval(f).1).fold(f64::INFINITY, f64::min),
            max_low: figs.iter().map(|f| interval(f).0).fold(f64::NEG_INFINITY, f64::max),
        })
        .collect();
    // (Only a party's toll: not a part of it, "five deaths in Homs", nor another event's.)
    for c in figures.iter().filter(|f| f.claim && compared(f)) {
        let (c_low, c_high) = interval(c);
        // Like with like: a claim of civilians killed is not held against soldiers killed;
        // the people at large stand for every group ("the union says 31 workers died" against
        // the official toll of people).
        let group = topic_key(c).group;
        let same_people =
            |k: &TopicKey| c.nationality.is_some() || k.group == group || k.group == "people" || group == "people";
        let official = topics
            .iter()
            .zip(&summaries)
            .filter(|((k, _), s)| {
                k.outcome == c.outcome
                    && same_people(k)
                    && !s.militants
                    // Some official figure cannot be true together with the claim.
                    && (s.min_high < c_low || s.max_low > c_high)
                    // …and is of one size with it (not "23" against a war's "20,000").
                    && of_one_size(s.max_low.max(1.0), c_low.max(1.0), MAX_UPDATE_RATIO)
                    && (c.nationality.is_none()
                        || c.nationality.as_deref() == Some("foreign")
                        || s.nationalities.contains(&c.nationality.as_deref()))
            })
            .max_by_key(|((_, figs), s)| s.reports * 100 + figs.len());
        if let Some(((key, figs), _)) = official {
            // The official count: the largest value of the latest day.
            // (The claim's own report's, where it gives one: it sets the two side by side.)
            let latest = figs.iter().max_by_key(|f| (f.as_of, f.value, f.doc == c.doc)).copied();
            // The claim with the official figures of its own day and of the latest day.
            let latest_day = latest.and_then(|l| l.as_of);
            let mut ids = vec![c.id.clone()];
            ids.extend(figs.iter().filter(|f| f.as_of == c.as_of || f.as_of == latest_day).map(|f| f.id.clone()));
            out.push((
                2,
                Disagreement {
                    id: String::new(),
                    kind: DisagreementKind::Claim,
                    strength: Strength::None,
                    reason: String::new(),
                    topic: topic_label(&labelled_key(key, figs)),
                    figures: ids,
                    pairs: latest.map(|l| vec![[c.id.clone(), l.id.clone()]]).unwrap_or_default(),
                    summary: format!(
                        "claim by {}: {} ({}); official count: {}{}",
                        c.by.clone().unwrap_or_else(|| "a party".into()),
                        value_text(c),
                        outlet(&c.doc),
                        latest.map(value_text).unwrap_or_default(),
                        latest.map(|l| format!(" ({})", outlet(&l.doc))).unwrap_or_default()
                    ),
                },
            ));
        }
    }
    out
}

/// A nationality topic is named with the class most of its figures use: "Algerian workers
/// freed", "Japanese missing".
pub(crate) fn labelled_key(key: &TopicKey, figs: &[&Figure]) -> TopicKey {
    let nat_only = figs.iter().all(|f| f.org.is_none() && f.nationality.as_deref() == Some(key.group.as_str()));
    if !nat_only {
        return key.clone();
    }
    let workers = figs.iter().filter(|f| f.who == "workers").count();
    if workers * 2 > figs.len() {
        return TopicKey { outcome: key.outcome, group: format!("{} workers", key.group), at: key.at.clone() };
    }
    key.clone()
}

/// The value most reports give for a day (ties: a count before a floor, "143" before "at
/// least 150", which says only what the count is not below; then the larger).
fn representative<'a>(by_doc: &BTreeMap<&str, Vec<&'a Figure>>) -> Option<&'a Figure> {
    let all: Vec<&Figure> = by_doc.values().flatten().copied().collect();
    let floor = |f: &Figure| matches!(f.approx, Approx::AtLeast | Approx::MoreThan);
    all.iter().copied().max_by_key(|f| (all.iter().filter(|g| g.value == f.value).count(), !floor(f), f.value))
}

/// A figure's value in words: "at least 23", "20–30".
pub fn value_text(f: &Figure) -> String {
    let n = grouped(f.value);
    match f.approx {
        Approx::AtLeast => format!("at least {n}"),
        Approx::MoreThan => format!("more than {n}"),
        Approx::About => format!("about {n}"),
        Approx::AtMost => format!("up to {n}"),
        Approx::LessThan => format!("fewer than {n}"),
        Approx::Range => format!("{}–{}", grouped(f.low.unwrap_or(f.value)), grouped(f.high.unwrap_or(f.value))),
        Approx::Exact => n,
    }
}

/// "1,011", "17,997": a number as news writes it, its thousands grouped.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "Thu 13 Mar 2025"; "19 Jan" where the year is unknown.
pub fn day_text(day: Option<Day>) -> String {
    let Some(day) = day else { return "day not stated".into() };
    match (day.date(), day.year_known()) {
        (Some(date), true) => date.strftime("%a %-d %b %Y").to_string(),
        (Some(date), false) => date.strftime("%-d %b").to_string(),
        (None, _) => day.to_string(),
    }
}

/// A day as a table cell shows it: "Sat 19 Jan", "19 Jan" where the year is unknown.
pub fn short_day(day: Option<Day>) -> String {
    let full = day_text(day);
    match day.filter(|d| d.year_known()).and_then(Day::date) {
        Some(d) => full.trim_end_matches(&format!(" {}", d.year())).to_string(),
        None => full,
    }
}

/// Marks each figure with how it compares: its strongest disagreement (conflict, claim,
/// update), else `agree` when another report counts the same people, else `only`.
pub fn set_status(figures: &mut [Figure], disagreements: &[Disagreement]) {
    let keys = topic_keys(figures);
    status_by_key(figures, &keys, disagreements);
}

fn status_by_key(figures: &mut [Figure], keys: &[TopicKey], disagreements: &[Disagreement]) {
    let rank = |k: DisagreementKind| match k {
        DisagreementKind::Conflict | DisagreementKind::Inconsistency => 0,
        DisagreementKind::Claim => 1,
        DisagreementKind::Update => 2,
    };
    let index: rustc_hash::FxHashMap<&str, usize> =
        figures.iter().enumerate().map(|(i, f)| (f.id.as_str(), i)).collect();
    let mut strongest: Vec<Option<DisagreementKind>> = vec![None; figures.len()];
    for d in disagreements {
        // The figures a disagreement sets against each other, not those it lists for context
        // ("23 people in Oaxaca" beside an update of the national toll is not that update).
        let paired: Vec<&String> = d.pairs.iter().flatten().collect();
        let marked: Vec<&String> = if paired.is_empty() { d.figures.iter().collect() } else { paired };
        for i in marked.into_iter().filter_map(|id| index.get(id.as_str())) {
            if strongest[*i].is_none_or(|e| rank(d.kind) < rank(e)) {
                strongest[*i] = Some(d.kind);
            }
        }
    }
    // Per topic: the first report that counts it, and whether another report does too.
    let mut reports: rustc_hash::FxHashMap<&TopicKey, (&str, bool)> = rustc_hash::FxHashMap::default();
    for (k, f) in keys.iter().zip(figures.iter()) {
        let e = reports.entry(k).or_insert((f.doc.as_str(), false));
        e.1 |= e.0 != f.doc;
    }
    let status: Vec<Status> = strongest
        .iter()
        .zip(keys)
        .map(|(s, k)| match s {
            Some(s) => s.status(),
            None if reports.get(k).is_some_and(|r| r.1) => Status::Agree,
            None => Status::Only,
        })
        .collect();
    for (f, s) in figures.iter_mut().zip(status) {
        f.status = s;
    }
}
