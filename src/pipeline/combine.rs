//! The cross-report step: every report's reading → one [`Analysis`]. Days are resolved with
//! the calendar the reports share, figures and places get analysis-wide ids, the timeline is
//! merged, and the comparison ([`crate::compare`]) runs over all figures, quotes and names.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::collections::BTreeMap;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::compare::textual::{self, DocText};
use crate::compare::{TopicKey, place_in_clause, scope_by_place, topic_key};
use crate::extract::DocExtraction;
use crate::extract::dates::{self, Calendar, DayRef};
use crate::extract::figures::RawFigure;
use crate::model::{
    Analysis, Day, DayBasis, Disagreement, Document, DocumentInfo, Figure, LoadError, Outcome, Passage, Place,
    Relation, SCHEMA, SitePart, Span, Status, TimelineEntry,
};

/// The id of the n-th document (0-based) in an analysis.
pub fn doc_id(index: usize) -> String {
    numbered('d', index + 1)
}

/// `prefix` followed by the decimal digits of `n` ("f12"): made for every figure, so written
/// without the formatting machinery (with the days' `format!`, about 2 % of the whole analysis).
fn numbered(prefix: char, mut n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(1 + digits.len() - at);
    s.push(prefix);
    s.extend(digits[at..].iter().map(|&d| char::from(d)));
    s
}

/// What the reports say together: the comparison stage after each report's extraction
/// (`extractions[i]` is `docs[i]`'s).
pub fn combine(docs: &[&Document], extractions: &[&DocExtraction], errors: Vec<LoadError>) -> Analysis {
    let published: Vec<Option<Date>> =
        docs.iter().map(|d| d.published.filter(|d| d.year_known()).and_then(Day::date)).collect();
    let own: Vec<Option<Calendar>> = extractions.iter().map(|ex| ex.calendar).collect();
    // A year read from a date in a report's text may be another event's ("found dead on Sept.
    // 5, 1993"): when other reports fix the event's days by weekdays written with dates, a
    // dated year more than a month from all of those days does not set the report's calendar.
    let weekday_days: Vec<i16> =
        own.iter().flatten().filter(|c| !c.year_known && c.written).map(|c| day_of_year(c.anchor)).collect();
    let own: Vec<Option<Calendar>> = own
        .iter()
        .zip(&published)
        .map(|(c, p)| {
            c.filter(|c| {
                p.is_some()
                    || !c.year_known
                    || weekday_days.is_empty()
                    || weekday_days.iter().any(|&d| days_apart_in_year(d, day_of_year(c.anchor)) <= 31)
            })
        })
        .collect();
    // Reports analysed together tell of one event: one that fixes the calendar fixes it for
    // the others (the most common calendar wins; a known year beats a stand-in).
    let mut votes: HashMap<(i16, bool), (usize, Calendar)> = HashMap::default();
    for c in own.iter().flatten() {
        votes.entry((c.year, c.year_known)).or_insert((0, *c)).0 += 1;
    }
    let (shared_votes, shared) =
        votes.values().max_by_key(|(n, c)| (c.year_known, *n)).map_or((0, None), |(n, c)| (*n, Some(*c)));
    // Reports that fix calendars of different years, two or more for each, do not tell of one
    // event (or tell of it over years): none lends its calendar to the reports without one,
    // whose days would otherwise fall on another event's.
    let years_told = votes.values().filter(|(n, c)| c.year_known && *n >= 2).count();
    let shared = if years_told >= 2 { None } else { shared };
    // A report whose year comes only from a date in its text (often another event's: "found
    // dead on Sept. 5, 1993") is outvoted by a year two or more other reports agree on.
    let own: Vec<Option<Calendar>> = own
        .iter()
        .zip(&published)
        .map(|(c, p)| match (c, shared) {
            (Some(c), Some(s))
                if p.is_none()
                    && c.year_known
                    && s.year_known
                    && c.year != s.year
                    && shared_votes >= 2
                    && votes.get(&(c.year, true)).is_some_and(|(n, _)| *n == 1) =>
            {
                None
            }
            // A report that fixed its weekdays in a stand-in year takes the year the others know
            // when that year puts its days on the same weekdays (a one-in-seven chance otherwise);
            // a dateline's day and month are firm, so it takes that year whatever the weekday.
            (Some(c), Some(s)) if !c.year_known && s.year_known => match c.in_year(s.year) {
                Some(k) if c.dateline.is_some() || k.anchor.weekday() == c.anchor.weekday() => Some(k),
                _ => Some(*c),
            },
            _ => *c,
        })
        .collect();

    // The quotations' and names' comparison reads only what each report's extraction found:
    // it runs beside all the rest (the figures' part of each report, then their comparison).
    let ids: Vec<String> = (0..docs.len()).map(doc_id).collect();
    let texts: Vec<DocText> = ids
        .iter()
        .zip(docs)
        .zip(extractions)
        .map(|((id, doc), ex)| DocText {
            id,
            text: &doc.text,
            sentences: &ex.sentences,
            names: &ex.names,
            quotes: &ex.quotes,
        })
        .collect();
    let texts = &texts;
    let (merged, (quotes, names)) = rayon::join(
        || merge(docs, extractions, &own, shared, &published, texts),
        || rayon::join(|| textual::quote_variants(texts), || textual::name_variants(texts)),
    );
    let Merged { documents, figures, disagreements, inconsistencies, places, relations, timeline, site_parts } = merged;
    Analysis {
        schema: SCHEMA.to_string(),
        documents,
        errors,
        figures,
        disagreements,
        inconsistencies,
        places,
        relations,
        timeline: timeline.into_values().map(|(entry, _)| entry).collect(),
        quotes,
        names,
        site_parts,
    }
}

/// How long before the day most figures describe a figure's own date makes it another event's.
const BACKGROUND_DAYS: i32 = 7;

/// Marks the figures of other events told as background: dated by their own sentence more
/// than a week before the day the reports' figures mostly describe (counted once per report
/// and day, so that one long report does not set it alone), and before their own report's
/// day (an outbreak's report of a week before tells of this event, on its own day).
fn mark_background(figures: &mut [Figure], days: &[Option<(Date, DayBasis)>], per_day: HashMap<Date, usize>) {
    let Some(main) = per_day.into_iter().max_by_key(|(d, n)| (*n, *d)).map(|(d, _)| d) else {
        return;
    };
    // Years are compared only where the reports state them.
    let main_year =
        figures.iter().filter_map(|f| f.as_of).any(|d| d.year_known() && d.date() == Some(main)).then(|| main.year());
    // Each report's own day, in the calendar its figures were dated in: the day of its
    // figures dated by the report.
    let mut published: HashMap<String, Date> = HashMap::default();
    for (f, d) in figures.iter().zip(days) {
        if let Some((d, DayBasis::Report)) = d
            && !published.contains_key(f.doc.as_str())
        {
            published.insert(f.doc.clone(), *d);
        }
    }
    let long_before = |day: Date, than: Date| (than - day).get_days() > BACKGROUND_DAYS;
    // Each figure reads its sentence: on all cores.
    figures.par_iter_mut().zip(days).for_each(|(f, d)| {
        let own = published.get(f.doc.as_str()).copied();
        f.background = matches!(d, Some((d, DayBasis::Sentence))
                if long_before(*d, main) && own.is_none_or(|own| long_before(*d, own)))
            || in_another_month(&f.sentence, main.month())
            || another_event_named(&f.sentence, &f.text)
            || main_year.is_some_and(|main_year| {
                let own_year = f.as_of.filter(|d| d.year_known()).and_then(|d| d.date()).map(|d| d.year());
                earlier_year_named(&f.sentence, &f.text, own_year).is_some_and(|y| y < main_year)
            });
    });
}

/// "last year's nightclub massacre in Orlando that killed 49 people", "the 1999 attack that
/// killed 15", "killing two people in 1998": the year named ahead of the figure in its
/// sentence, or by "in" in the few words after it ("last year" counted back
/// from the report's own year, when it is known). Only ahead of it: "12 were killed, the
/// most since last year" counts this event.
fn earlier_year_named(sentence: &str, figure: &str, own_year: Option<i16>) -> Option<i16> {
    let at = sentence.find(figure)?;
    // "killing two people in 1998", "died in a blaze at the same building in March 2016",
    // "died in a separate fire last year": the year of the clause after the figure, unless
    // the clause measures against it ("the most since 1998", "the worst since last year").
    let year_of = |w: &str| {
        let y = w.trim_end_matches(|c: char| !c.is_ascii_digit());
        (y.len() == 4).then(|| y.parse::<i16>().ok()).flatten().filter(|y| (1900..2100).contains(y))
    };
    let mut after = sentence[at + figure.len()..].split_ascii_whitespace().take(30);
    while let Some(w) = after.next() {
        if w.eq_ignore_ascii_case("since") || w.eq_ignore_ascii_case("than") {
            break;
        }
        let mut next = after.clone();
        if w.eq_ignore_ascii_case("in")
            && let Some(n) = next.next()
        {
            // "in 1998", "in March 2016"
            let month = crate::calendar::month_number(&n.to_lowercase()).is_some();
            if let Some(y) = year_of(n).or_else(|| if month { next.next().and_then(year_of) } else { None }) {
                return Some(y);
            }
        }
        if w.eq_ignore_ascii_case("last")
            && next.next().is_some_and(|n| n.trim_end_matches(['.', ',', ';']).eq_ignore_ascii_case("year"))
            && let Some(y) = own_year
        {
            return y.checked_sub(1);
        }
        if w.ends_with([',', ';', '.']) {
            break;
        }
    }
    let mut prev = "";
    let words = sentence[..at].split_ascii_whitespace().map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // "last year's attack": the possessive is the year's.
        w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
    });
    for w in words {
        let year_word = w.eq_ignore_ascii_case("year") || w.eq_ignore_ascii_case("years");
        let back = (year_word && prev.eq_ignore_ascii_case("last"))
            || ((w.eq_ignore_ascii_case("ago") || w.eq_ignore_ascii_case("earlier"))
                && (prev.eq_ignore_ascii_case("year") || prev.eq_ignore_ascii_case("years")));
        if back && let Some(y) = own_year {
            return y.checked_sub(1);
        }
        // A year written out: "the 1999 bombing", "in 2016"; not a count ("2016 people").
        if w.len() == 4
            && let Ok(y) = w.parse::<i16>()
            && (1900..2100).contains(&y)
        {
            return Some(y);
        }
        prev = w;
    }
    None
}

/// "In a separate attack, three soldiers were killed", "another shooting in the city left two
/// dead": the figure's sentence tells, ahead of it, of an event other than the reports' own.
/// Not when it measures against one ("the worst since a similar crash in 2009").
fn another_event_named(sentence: &str, figure: &str) -> bool {
    // After "a"/"an" ("a separate attack"): "the earlier blast" may be this event's first.
    const OTHER: &[&str] = &["separate", "unrelated", "earlier", "previous", "prior", "similar"];
    const EVENTS: &[&str] = &[
        "attack",
        "shooting",
        "bombing",
        "blast",
        "explosion",
        "crash",
        "incident",
        "fire",
        "earthquake",
        "quake",
        "storm",
        "accident",
        "raid",
        "collision",
        "derailment",
        "massacre",
        "stabbing",
        "stampede",
        "ambush",
        "airstrike",
        "sinking",
        "disaster",
        "outbreak",
        "flood",
        "landslide",
        "hurricane",
        "typhoon",
        "cyclone",
        "tornado",
        "eruption",
        "collapse",
    ];
    // After "another": "another blast" or "another attack" is often this event's next.
    const ANOTHER: &[&str] =
        &["shooting", "crash", "accident", "incident", "stabbing", "stampede", "collision", "derailment", "sinking"];
    let is = |w: &str, set: &[&str]| set.iter().any(|x| w.eq_ignore_ascii_case(x));
    let Some(at) = sentence.find(figure) else { return false };
    let words: Vec<&str> = sentence[..at]
        .split_ascii_whitespace()
        .rev()
        .take(24)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // "Last month another ferry sank on Lake Toba, killing three": another event, set in a
    // period before the story's.
    let mut opening = sentence.split_ascii_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let earlier_period = match (opening.next(), opening.next(), opening.next()) {
        (Some(a), Some(b), _) if a.eq_ignore_ascii_case("last") => is(b, &["month", "year"]),
        (Some(a), Some(b), Some(c)) if a.eq_ignore_ascii_case("earlier") => {
            b.eq_ignore_ascii_case("this") && is(c, &["month", "year"])
        }
        _ => false,
    };
    if earlier_period && words.iter().any(|w| w.eq_ignore_ascii_case("another")) {
        return true;
    }
    // Read back from the figure: words[k - 1] is the word after words[k].
    words.iter().enumerate().any(|(k, w)| {
        // The event's noun ends its phrase: "another shooting victim" is a person.
        const PERSON: &[&str] =
            &["victim", "victims", "survivor", "survivors", "suspect", "suspects", "witness", "patient"];
        let noun =
            |set: &[&str]| (k.saturating_sub(2)..k).any(|j| is(words[j], set) && (j == 0 || !is(words[j - 1], PERSON)));
        let measured = words[k + 1..words.len().min(k + 4)].iter().any(|m| is(m, &["since", "than", "like", "as"]));
        let article = words.get(k + 1).is_some_and(|a| is(a, &["a", "an"]));
        // "The attack comes a week after a bombing in Kabul killed 95": an event a span of
        // time apart from the story's.
        let apart = is(w, &["after", "before"])
            && words
                .get(k + 1)
                .is_some_and(|s| is(s, &["day", "days", "week", "weeks", "month", "months", "year", "years"]))
            && k >= 2
            && is(words[k - 1], &["a", "an"])
            && is(words[k - 2], EVENTS);
        apart
            || !measured
                && (is(w, OTHER) && article && noun(EVENTS) || w.eq_ignore_ascii_case("another") && noun(ANOTHER))
    })
}

/// "In May, a student shot six classmates": a sentence set in a month named without a day,
/// other than the month of the reports' main day.
fn in_another_month(sentence: &str, main_month: i8) -> bool {
    // Asked of every figure: the words are not collected, and a month is looked for only
    // after "in".
    let mut words = sentence.split_ascii_whitespace().take(crate::extract::text::MAX_SENTENCE);
    // ("4,052 cases since the outbreak began in October": a period that runs to now.)
    let mut since_at = None;
    let mut at = 0usize;
    while let Some(w) = words.next() {
        at += 1;
        if w.eq_ignore_ascii_case("since") {
            since_at = Some(at);
        }
        if !w.eq_ignore_ascii_case("in") || since_at.is_some_and(|s| at - s <= 6) {
            continue;
        }
        let mut rest = words.clone();
        let (Some(month), Some(next)) = (rest.next(), rest.next()) else { return false };
        let month = month.trim_end_matches([',', '.', ';']);
        if month.starts_with(char::is_uppercase)
            && crate::calendar::month_number(&month.to_lowercase()).is_some_and(|m| m as i8 != main_month)
            && !next.starts_with(|c: char| c.is_ascii_digit())
        {
            return true;
        }
    }
    false
}

/// The day's place in a leap year, so that one month and day always have the same place.
fn day_of_year(d: Date) -> i16 {
    Date::new(2000, d.month(), d.day()).map_or(0, |d| d.day_of_year())
}

/// Days between two places in the year, across the new year too.
fn days_apart_in_year(a: i16, b: i16) -> i16 {
    let d = (a - b).abs();
    d.min(366 - d)
}

/// Each report's part (its figures dated, its places, its timeline entries) made on all cores,
/// then put together in order, and the figures compared.
fn merge(
    docs: &[&Document],
    extractions: &[&DocExtraction],
    own: &[Option<Calendar>],
    shared: Option<Calendar>,
    published: &[Option<Date>],
    texts: &[DocText],
) -> Merged {
    // Each report's part is made on its own, in parallel; only the places and the timeline,
    // which the reports share, are put together in order afterwards.
    let mut first_ids = Vec::with_capacity(extractions.len());
    let mut next_id = 0usize;
    for ex in extractions {
        first_ids.push(next_id);
        next_id += ex.figures.len();
    }
    let parts: Vec<DocPart> = (0..docs.len())
        .into_par_iter()
        .map(|i| doc_part(i, docs[i], extractions[i], own[i], shared, published[i], first_ids[i]))
        .collect();
    // The places and the timeline, which the reports share, are put together on one core
    // while the figures are joined, dated and compared on the other.
    let mut dated = Vec::with_capacity(parts.len());
    let mut own_parts = Vec::with_capacity(parts.len());
    for p in parts {
        dated.push(p.dated);
        own_parts.push((p.info, p.figures, p.relations, p.days, p.keys, p.days_told));
    }
    let ((places, timeline), (documents, figures, relations, disagreements, inconsistencies, site_parts)) = rayon::join(
        || shared_places_and_days(dated, extractions, texts),
        || {
            // Sized up front: a figure is a few hundred bytes, and regrowing copies them all.
            let mut documents = Vec::with_capacity(own_parts.len());
            let mut figures = Vec::with_capacity(next_id);
            let mut relations = Vec::with_capacity(own_parts.iter().map(|p| p.2.len()).sum());
            let mut figure_days: Vec<Option<(Date, DayBasis)>> = Vec::with_capacity(next_id);
            let mut keys: Vec<TopicKey> = Vec::with_capacity(next_id);
            let mut places: Vec<Option<String>> = Vec::with_capacity(next_id);
            // How many reports give figures for each day.
            let mut per_day: HashMap<Date, usize> = HashMap::default();
            for (info, f, r, days, k, told) in own_parts {
                figures.extend(f);
                relations.extend(r);
                figure_days.extend(days);
                for (key, place) in k {
                    keys.push(key);
                    places.push(place);
                }
                for d in told {
                    *per_day.entry(d).or_default() += 1;
                }
                documents.push(info);
            }
            mark_background(&mut figures, &figure_days, per_day);
            scope_by_place(&mut keys, &places);
            let disagreements = crate::compare::compare_figures(&mut figures, &keys, &documents);
            let (site_parts, inconsistencies) = rayon::join(
                || site_parts(texts, extractions, &figures),
                || crate::compare::inconsistencies(&figures, &documents),
            );
            (documents, figures, relations, disagreements, inconsistencies, site_parts)
        },
    );
    Merged { documents, figures, disagreements, inconsistencies, places, relations, timeline, site_parts }
}

/// The places the reports name and the days they tell of, in report order.
fn shared_places_and_days(
    dated: Vec<Vec<DatedMention>>,
    extractions: &[&DocExtraction],
    texts: &[DocText],
) -> (Vec<Place>, BTreeMap<Date, (TimelineEntry, bool)>) {
    let mut places: Vec<Place> = Vec::new();
    // Where each place is in `places`: looked up per mention, never searched.
    let mut place_at: HashMap<String, usize> = HashMap::default();
    let mut timeline: BTreeMap<Date, (TimelineEntry, bool)> = BTreeMap::new();
    for ((mentions, ex), t) in dated.into_iter().zip(extractions).zip(texts) {
        let id = t.id;
        for m in mentions {
            let (e, label_is_furniture) = timeline.entry(m.day).or_insert_with(|| {
                (
                    TimelineEntry {
                        date: m.date,
                        weekday: m.weekday,
                        time: None,
                        label: String::new(),
                        docs: Vec::new(),
                        text: Vec::new(),
                    },
                    false,
                )
            });
            // Reports are added in order, so one already listed is the last.
            if e.docs.last().is_none_or(|d| d != id) {
                e.docs.push(id.to_string());
            }
            let with_time = m.time.is_some() && e.time.is_none();
            if e.time.is_none() {
                e.time = m.time;
            }
            // A happening is named by a sentence that tells it, not by a dateline.
            let better = !m.furniture && (with_time || *label_is_furniture);
            if e.label.is_empty() || better {
                e.label = label(m.sentence);
                *label_is_furniture = is_furniture(&e.label);
            }
            if !e.text.contains(&m.mention) {
                e.text.push(m.mention);
            }
        }
        for p in &ex.places {
            add_place(&mut places, &mut place_at, &p.name, p.kind, p.lat, p.lon, id);
        }
        for r in &ex.relations {
            for name in [&r.subject, &r.object] {
                if !place_at.contains_key(name.as_str()) && name.starts_with(char::is_uppercase) {
                    add_place(&mut places, &mut place_at, name, "site (placed by the report)", None, None, id);
                } else {
                    add_place(&mut places, &mut place_at, name, "", None, None, id);
                }
            }
        }
    }
    (places, timeline)
}

/// What [`combine`] makes of the figures, places and timeline of all reports.
struct Merged {
    documents: Vec<DocumentInfo>,
    figures: Vec<Figure>,
    disagreements: Vec<Disagreement>,
    inconsistencies: Vec<Disagreement>,
    places: Vec<Place>,
    relations: Vec<Relation>,
    timeline: BTreeMap<Date, (TimelineEntry, bool)>,
    site_parts: Vec<SitePart>,
}

/// What one report brings to the analysis, made apart from the others.
struct DocPart<'a> {
    info: DocumentInfo,
    figures: Vec<Figure>,
    relations: Vec<Relation>,
    dated: Vec<DatedMention<'a>>,
    /// For each figure, its day and whether a date in its own sentence sets it.
    days: Vec<Option<(Date, DayBasis)>>,
    /// The days its figures describe, each once.
    days_told: Vec<Date>,
    /// For each figure, its topic key and place ([`place_in_clause`]), made here with the rest
    /// of the report's part, on all cores: each reads the figure's sentence.
    keys: Vec<(TopicKey, Option<String>)>,
}

/// A date the report names, resolved to a day, with what the timeline needs of it.
struct DatedMention<'a> {
    day: Date,
    date: Day,
    weekday: Option<String>,
    time: Option<String>,
    mention: String,
    sentence: &'a str,
    /// The sentence is a dateline or byline, not one that tells what happened.
    furniture: bool,
}

#[allow(clippy::too_many_arguments)]
fn doc_part<'a>(
    i: usize,
    doc: &'a Document,
    ex: &'a DocExtraction,
    own: Option<Calendar>,
    shared: Option<Calendar>,
    published: Option<Date>,
    first_id: usize,
) -> DocPart<'a> {
    let id = doc_id(i);
    // Another report's dateline is its own day, not this one's.
    let cal = own.or(shared.map(|c| Calendar { dateline: None, ..c }));
    let year_known = cal.is_some_and(|c| c.year_known);
    let mut resolved = dates::resolve(&ex.dates, cal, published);
    // The report's day: stated, else the latest day it names.
    let explicit =
        |k: usize| matches!(ex.dates[k].day, DayRef::Date { .. } | DayRef::Weekday(_)) && !ex.dates[k].future;
    let latest = (0..ex.dates.len()).filter(|&k| explicit(k)).filter_map(|k| resolved[k]).max();
    let dateline = cal.and_then(|c| c.dateline);
    let report_day = published.or(dateline).or(latest);
    // "today", "yesterday": days from the report's own, once it is known; in a live blog,
    // from the day of the entry they are in (the last day named before them).
    let live_blog = ex.stamps.len() >= 2;
    for k in 0..ex.dates.len() {
        if let DayRef::FromReport(n) = ex.dates[k].day {
            let base = if live_blog { (0..k).rev().find_map(|j| resolved[j]) } else { report_day };
            resolved[k] = base.and_then(|r| r.checked_add(jiff::Span::new().days(n)).ok());
        }
    }
    let (pub_text, pub_basis) = match (&doc.published, latest) {
        (Some(p), _) => (Some(*p), doc.published_basis.clone()),
        (None, _) if let Some(d) = dateline => (Some(Day::new(d, year_known)), Some("dateline".to_string())),
        (None, Some(d)) => (
            Some(Day::new(d, year_known)),
            Some(format!(
                "inferred: the latest day the report names ({}){}",
                dates::weekday_name(d.weekday()),
                if own.is_some() { "" } else { ", with the calendar of the other reports" }
            )),
        ),
        (None, None) => (None, None),
    };
    // For each date mention, the last explicit day named before it, in text order: a
    // figure's fallback day, found without walking back over the report per figure.
    // A live blog's entry stamp ("Friday 5:15 p.m. UPDATE"): a line that is only a day and
    // a time. What its entries say in the present held at that time, not on the report's day.
    // (Narrower than `dates::stamps`, which also takes "UPDATE 3:20 p.m.: <a whole entry>";
    // using that here moves dev dates 0.52 -> 0.53 but disagreement precision 0.95 -> 0.94.)
    let stamp = |k: usize| {
        let m = &ex.dates[k];
        m.time.is_some() && ex.sentences.get(m.sentence).is_some_and(|b| b.end.saturating_sub(b.start) <= 32)
    };
    // The dateline's mention: it dates the report, not the counts of the lede it opens.
    let dateline_at = dates::dateline(&doc.text, &ex.dates);
    let mut prev_explicit = Vec::with_capacity(ex.dates.len() + 1);
    let mut last = None;
    for (k, day) in resolved.iter().enumerate() {
        prev_explicit.push(last);
        // ("since Friday" opens a period that runs to the report's day: the story is not at
        // Friday. "Sunday's earthquake": the day of a thing.)
        // ("On Friday, police had put the toll at 15": a look back in the pluperfect; the
        // story returns to its own day after it.)
        // (Read last, and only in sentences with a "had": it splits the sentence into words.)
        let m = &ex.dates[k];
        let looking_back = || {
            ex.sentences
                .get(m.sentence)
                .and_then(|b| doc.text.get(b.start..b.end))
                .is_some_and(|s| s.contains("had ") && looks_back(s))
                && !doc.text.get(..m.start).is_some_and(|b| b.trim_end().ends_with(" by"))
        };
        if explicit(k)
            && !m.page_stamp
            && !m.since
            && !m.of_thing
            && let Some(d) = day
            && !looking_back()
        {
            last = Some((*d, stamp(k)));
        }
    }
    prev_explicit.push(last);
    let mut days: Vec<Option<(Date, DayBasis)>> = ex
        .figures
        .iter()
        .map(|f| {
            let day = figure_day(ex, &resolved, &prev_explicit, f, report_day, dateline_at);
            if f.superseded { day_before_change(ex, f, day) } else { day }
        })
        .collect();
    // The parts of a whole in the same sentence ("killed 27 people, including six Russians,
    // three Chinese and an American, the mission said on Saturday") describe its day.
    for (k, f) in ex.figures.iter().enumerate() {
        if let Some(w) = f.part_of.filter(|&w| w < k && ex.figures[w].sentence == f.sentence) {
            days[k] = days[w];
        }
    }
    // "Rights groups said 35 were killed on Friday, while the government put the toll at 8":
    // a count set against another of the same kind in its sentence, with no day of its own,
    // is of that count's day.
    for k in 0..ex.figures.len() {
        let f = &ex.figures[k];
        if f.present || days[k].is_some_and(|(_, b)| b == DayBasis::Sentence) {
            continue;
        }
        let other = crate::extract::figures::of_sentence(&ex.figures, f.sentence).find(|&j| {
            let g = &ex.figures[j];
            j != k
                && g.clause != f.clause
                && g.outcome == f.outcome
                && g.who == f.who
                && days[j].is_some_and(|(_, b)| b == DayBasis::Sentence)
        });
        if let Some(j) = other {
            days[k] = days[j];
        }
    }
    // Figure ids are unique across the analysis: this report's are numbered from `first_id`.
    let figures = ex
        .figures
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let s = &ex.sentences[f.sentence];
            Figure {
                id: numbered('f', first_id + k + 1),
                doc: id.clone(),
                value: f.value,
                low: f.low,
                high: f.high,
                approx: f.approx,
                outcome: f.outcome.unwrap_or(Outcome::Total),
                who: Cow::Borrowed(f.who),
                nationality: f.nationality.clone(),
                org: f.org.clone(),
                as_of: days[k].map(|(d, _)| Day::new(d, year_known)),
                as_of_basis: days[k].map(|(_, b)| b),
                by: f.by.clone(),
                text: doc.text[f.start..f.end].to_string(),
                sentence: s.text(&doc.text).to_string(),
                start: f.start,
                end: f.end,
                claim: f.claim,
                part_of: f.part_of.map(|p| numbered('f', first_id + p + 1)),
                implicit: f.implicit,
                vague: f.vague,
                background: false,
                span: if f.increment {
                    Span::Increment
                } else if f.part_of.is_some() || f.part {
                    Span::Part
                } else {
                    Span::Toll
                },
                time: entry_time(&ex.stamps, f.sentence),
                status: Status::Unset,
            }
        })
        .collect::<Vec<Figure>>();
    let keys = figures.iter().map(|f| (topic_key(f), place_in_clause(f))).collect();
    let dated = ex
        .dates
        .iter()
        .zip(&resolved)
        .filter_map(|(m, day)| {
            let day = (*day)?;
            let sentence = ex.sentences[m.sentence].text(&doc.text);
            Some(DatedMention {
                day,
                date: Day::new(day, year_known),
                weekday: cal.map(|_| dates::weekday_name(day.weekday()).to_string()),
                time: m.time.clone(),
                mention: doc.text[m.start..m.end].to_string(),
                sentence,
                furniture: is_furniture(sentence),
            })
        })
        .collect();
    let relations = ex
        .relations
        .iter()
        .map(|r| Relation {
            doc: id.clone(),
            subject: r.subject.clone(),
            object: r.object.clone(),
            km: r.km,
            bearing: r.bearing.map(String::from),
            text: doc.text[r.start..r.end].to_string(),
        })
        .collect();
    let info = DocumentInfo {
        id,
        path: doc.path.clone(),
        outlet: doc.outlet.clone(),
        outlet_basis: doc.outlet_basis,
        title: doc.title.clone(),
        published: pub_text,
        published_basis: pub_basis,
        format: doc.format,
        encoding: doc.encoding.clone(),
        chars: doc.text.chars().count(),
        figures: ex.figures.len(),
        warnings: doc.warnings.clone(),
    };
    let mut days_told: Vec<Date> = days.iter().flatten().map(|(d, _)| *d).collect();
    days_told.sort_unstable();
    days_told.dedup();
    DocPart { info, figures, relations, dated, days, keys, days_told }
}

/// The parts of the site across reports, one per noun.
fn site_parts(texts: &[DocText], extractions: &[&DocExtraction], figures: &[Figure]) -> Vec<SitePart> {
    let mut by_head: BTreeMap<String, SitePart> = BTreeMap::new();
    // Each document's figures in text order, to find a sentence's by bisection.
    let mut doc_figures: HashMap<&str, Vec<&Figure>> = HashMap::default();
    for f in figures {
        doc_figures.entry(f.doc.as_str()).or_default().push(f);
    }
    // Which figures each part already lists: a part named in every report gathers thousands.
    let mut listed: rustc_hash::FxHashSet<(&str, &str)> = rustc_hash::FxHashSet::default();
    for v in doc_figures.values_mut() {
        v.sort_by_key(|f| f.start);
    }
    let mut counts: HashMap<String, usize> = HashMap::default();
    for (doc, ex) in texts.iter().zip(extractions) {
        for p in &ex.parts {
            *counts.entry(p.name.clone()).or_default() += 1;
            let s = &ex.sentences[p.sentence];
            let part = by_head.entry(p.head.clone()).or_insert_with(|| SitePart {
                name: p.head.clone(),
                forms: Vec::new(),
                mentions: Vec::new(),
                figures: Vec::new(),
            });
            if !part.forms.contains(&p.name) {
                part.forms.push(p.name.clone());
            }
            part.mentions.push(Passage {
                doc: doc.id.to_string(),
                text: doc.text[p.start..p.end].to_string(),
                sentence: s.text(doc.text).to_string(),
                start: p.start,
                end: p.end,
            });
            // The figures of the sentence: a document's figures are in text order.
            let of_doc: &[&Figure] = doc_figures.get(doc.id).map_or(&[], |v| v.as_slice());
            let from = of_doc.partition_point(|f| f.start < s.start);
            for f in of_doc[from..].iter().take_while(|f| f.start < s.end).filter(|f| f.end <= s.end) {
                if listed.insert((p.head.as_str(), f.id.as_str())) {
                    part.figures.push(f.id.clone());
                }
            }
        }
    }
    let mut out: Vec<SitePart> = by_head.into_values().collect();
    for part in &mut out {
        let head = part.name.clone();
        if let Some(best) = part
            .forms
            .iter()
            .filter(|f| **f != head)
            .max_by_key(|f| (counts.get(*f).copied().unwrap_or(0), std::cmp::Reverse(f.len())))
        {
            part.name = best.clone();
        }
        part.forms.sort_by_key(|f| std::cmp::Reverse(counts.get(f).copied().unwrap_or(0)));
    }
    out.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.name.cmp(&b.name)));
    out
}

/// The day a figure describes: the nearest day named in its clause, else the last day the
/// report named before it (the day its story is at). `prev_explicit[k]` is the last explicit
/// day named before date mention `k` (mentions are in text order).
fn figure_day(
    ex: &DocExtraction,
    resolved: &[Option<Date>],
    prev_explicit: &[Option<(Date, bool)>],
    f: &RawFigure,
    report_day: Option<Date>,
    dateline_at: Option<usize>,
) -> Option<(Date, DayBasis)> {
    let mentions = dates_of_sentence(&ex.dates, f.sentence);
    let from = mentions.start;
    let here = || ex.dates[mentions.clone()].iter().enumerate().map(move |(j, m)| (from + j, m));
    // The nearest day of the figure's clause that `keep` allows: a day in another clause tells
    // of something else ("12 died on Friday; 23 are missing"); "since 7 October" opens a
    // period, and the count runs to the day it is told on.
    let nearest = |keep: &dyn Fn(&dates::DateMention) -> bool| {
        here()
            .filter(|(k, m)| resolved[*k].is_some() && m.clause == f.clause && !m.since && keep(m))
            // "40 are missing after a ferry capsized on Saturday": a state told in the present
            // is not dated by the day of what befell before it.
            .filter(|(_, m)| !(f.present && m.subordinate.is_some_and(|s| s > f.last)))
            // "from nine on Wednesday to 17 on Thursday": on a tie, the day written after the
            // number; the day something was said last ("said Monday that 5 were killed Sunday").
            .min_by_key(|(_, m)| (m.of_saying, m.token.abs_diff(f.anchor), m.token < f.anchor))
            .and_then(|(k, _)| resolved[k])
    };
    // The day of a thing ("the toll from Saturday's sinking rose to 31") dates the count only
    // where the sentence names no other day ("victims were brought in after Friday's
    // shooting"); a day right after another number is that number's ("20, up from 14 a day
    // earlier").
    let others = |m: &dates::DateMention| m.after_number.is_some_and(|n| n < f.first || n > f.last);
    let same = |things: bool| nearest(&|m| m.of_thing == things && !others(m));
    // "12 died yesterday and 3 more died this morning": where a clause gives two counts, a
    // day in the figure's own conjunct first (its parts, joined by "and" or a comma, tell
    // their own days).
    let two_counts = || {
        crate::extract::figures::of_sentence(&ex.figures, f.sentence)
            .any(|j| ex.figures[j].clause == f.clause && ex.figures[j].anchor != f.anchor)
    };
    let in_conjunct = nearest(&|m| !m.of_thing && m.conjunct == f.conjunct).filter(|_| two_counts());
    if let Some(d) = in_conjunct.or_else(|| same(false)) {
        return Some((d, DayBasis::Sentence));
    }
    // A day that opens the sentence scopes over all of it: "By Friday …, although …"; one
    // further in dates its own clause ("Six were freed on Thursday, but 41 remain captive").
    let leading = here()
        .filter(|(k, m)| {
            m.token < f.anchor
                && (m.clause == f.clause || m.token <= 3)
                && resolved[*k].is_some()
                && !m.since
                && !m.of_thing
                && Some(*k) != dateline_at
        })
        .min_by_key(|(_, m)| m.token)
        .and_then(|(k, _)| resolved[k]);
    // ("villages cut off by Sunday's earthquake, where 157 people are now known to have died":
    // a state in the present holds on the report's day, not on the day of the thing.)
    let of_thing = || same(true).filter(|_| !(f.present && report_day.is_some()));
    if let Some(d) = leading.or_else(of_thing) {
        return Some((d, DayBasis::Sentence));
    }
    let prev = prev_explicit.get(from).copied().flatten();
    // A state in the present ("are missing") holds on the report's day, or in a live blog's
    // entry on the entry's day.
    if f.present && report_day.is_some() && !prev.is_some_and(|(_, stamp)| stamp) {
        return report_day.map(|d| (d, DayBasis::Report));
    }
    // A day long before the report's ("its licence was revoked on June 7th") is a side
    // story's, not the day the story is at.
    let prev =
        prev.filter(|(d, _)| report_day.is_none_or(|r| r.since(*d).is_ok_and(|s| (0..=10).contains(&s.get_days()))));
    match prev {
        Some((d, true)) => Some((d, DayBasis::Entry)),
        Some((d, false)) => Some((d, DayBasis::Story)),
        None => report_day.map(|d| (d, DayBasis::Report)),
    }
}

/// The sentence tells in the pluperfect ("police had put the toll at 15", "had earlier
/// said"): of a time before the one its story is at. (With "by" the day is the story's:
/// "rescuers had brought 119 workers out by Wednesday".)
fn looks_back(sentence: &str) -> bool {
    let words: Vec<&str> =
        sentence.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).take(80).collect();
    words.iter().enumerate().filter(|(_, w)| **w == "had").any(|(i, _)| {
        // ("ended the raid on 19 January after they had killed seven": the look back is a
        // subordinate clause's.)
        let subordinate = words[i.saturating_sub(3)..i].iter().any(|p| {
            matches!(*p, "after" | "before" | "since" | "when" | "because" | "until" | "as" | "which" | "who")
        });
        let next = words[i + 1..]
            .iter()
            .find(|w| !matches!(**w, "already" | "earlier" | "previously" | "initially" | "first"));
        !subordinate
            && next.is_some_and(|w| {
                w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
                    || matches!(*w, "put" | "said" | "told" | "set" | "left" | "found" | "brought" | "got")
            })
    })
}

/// The indices of the date mentions of sentence `s` (mentions are in text order): found by
/// bisection.
fn dates_of_sentence(mentions: &[dates::DateMention], s: usize) -> std::ops::Range<usize> {
    let lo = mentions.partition_point(|m| m.sentence < s);
    lo..lo + mentions[lo..].partition_point(|m| m.sentence <= s)
}

/// The day of the value a count changed from ("revised Saturday from eight to six": eight was
/// Friday's), unless a day is written after it and before the next count ("from nine on
/// Wednesday to 17", "up from eight reported on Thursday").
fn day_before_change(ex: &DocExtraction, f: &RawFigure, day: Option<(Date, DayBasis)>) -> Option<(Date, DayBasis)> {
    let next = crate::extract::figures::of_sentence(&ex.figures, f.sentence)
        .map(|j| ex.figures[j].first)
        .find(|&first| first > f.last)
        .unwrap_or(usize::MAX);
    let own = ex.dates[dates_of_sentence(&ex.dates, f.sentence)].iter().any(|m| m.token > f.last && m.token < next);
    match day {
        Some((d, basis)) if !own => d.yesterday().ok().map(|y| (y, basis)),
        other => other,
    }
}

/// The stamp of the live blog entry a sentence is in ("15:20"): the last stamp at or before
/// it, in a report of two or more stamped entries.
fn entry_time(stamps: &[(usize, u16)], sentence: usize) -> Option<String> {
    if stamps.len() < 2 {
        return None;
    }
    let at = stamps.partition_point(|(s, _)| *s <= sentence);
    let (_, minute) = stamps.get(at.checked_sub(1)?)?;
    Some(format!("{:02}:{:02}", minute / 60, minute % 60))
}

/// Page furniture rather than a sentence of the story: "Published: 12 March 2025", "The
/// Morning Ledger — 13 March 2025", a bare date.
fn is_furniture(sentence: &str) -> bool {
    let s = sentence.trim().trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    // Asked of every dated sentence: only the first words are lower-cased, and words are
    // counted up to ten.
    let head = s.get(..s.floor_char_boundary(16)).unwrap_or(s).to_lowercase();
    let words = s.split_whitespace().take(10).count();
    ["published", "updated", "posted", "last updated", "first published"].iter().any(|p| head.starts_with(p))
        || words <= 4
        || (words <= 9 && (s.contains(" — ") || s.contains(" | ")))
}

/// A timeline entry's label: its sentence, without a dateline before it, cut to 110 characters.
fn label(sentence: &str) -> String {
    let s = without_dateline(sentence.trim().trim_start_matches("- "));
    if s.chars().count() <= 110 {
        return s.to_string();
    }
    let cut: String = s.chars().take(110).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => cut,
    }
}

/// A sentence without the dateline it opens with ("MATARAM, Indonesia, March 12 (Reuters) -",
/// "LEMBAR —"): a place in capitals, then a comma, an agency in parentheses or nothing more,
/// before a dash.
fn without_dateline(s: &str) -> &str {
    let Some((at, dash)) = [" - ", " — ", " – "].iter().filter_map(|d| s.find(d).map(|i| (i, *d))).min() else {
        return s;
    };
    let head = &s[..at];
    let first = head.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let caps = first.chars().count() >= 3 && first.chars().all(char::is_uppercase);
    let all_caps = head.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let rest = s[at + dash.len()..].trim_start();
    if head.chars().count() <= 100 && caps && (all_caps || head.contains([',', '('])) && !rest.is_empty() {
        rest
    } else {
        s
    }
}

fn add_place(
    places: &mut Vec<Place>,
    place_at: &mut HashMap<String, usize>,
    name: &str,
    kind: &str,
    lat: Option<f64>,
    lon: Option<f64>,
    doc: &str,
) {
    if let Some(p) = place_at.get(name).and_then(|&i| places.get_mut(i)) {
        // Reports are added in order, so one already listed is the last.
        if p.docs.last().is_none_or(|d| d != doc) {
            p.docs.push(doc.to_string());
        }
        return;
    }
    if kind.is_empty() {
        return;
    }
    place_at.insert(name.to_string(), places.len());
    places.push(Place { name: name.to_string(), kind: kind.to_string(), lat, lon, docs: vec![doc.to_string()] });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timeline_label_leaves_out_the_dateline() {
        let s = "MATARAM, Indonesia, Sunday, March 12, 2023 (Reuters) - At least 17 people were killed.";
        assert_eq!(label(s), "At least 17 people were killed.");
        assert_eq!(label("LEMBAR — Survivors described the panic."), "Survivors described the panic.");
        assert_eq!(label("WASHINGTON (AP) — The toll rose."), "The toll rose.");
        // A sentence that merely opens with capitals keeps them.
        let s = "ISIS fighters - some 200 of them - entered the town on Friday.";
        assert_eq!(label(s), s);
        assert_eq!(label("The mayor - who was there - spoke."), "The mayor - who was there - spoke.");
    }

    #[test]
    fn ids_are_a_letter_and_a_number() {
        assert_eq!(numbered('f', 1), "f1");
        assert_eq!(numbered('d', 40), "d40");
        assert_eq!(numbered('f', 1_234_567), "f1234567");
        assert_eq!(numbered('f', 0), "f0");
        assert_eq!(numbered('f', usize::MAX), format!("f{}", usize::MAX));
    }
}
