//! Figures over time: for each topic, one series per report of the values it gives by day,
//! for the plot and its CSV export. Days are numbered on one axis (days since 1970-01-01;
//! a day without a year is placed in a stand-in year, so the order within the event holds).

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::compare::{TopicKey, labelled_key, topic_keys, topic_label};
use crate::model::Figure;
use crate::model::{Analysis, Approx, Day, DisagreementKind, Outcome, Span};

/// A day's number on the plot's axis and whether its year is known.
pub fn day_number(day: Day) -> Option<(i32, bool)> {
    let epoch = Date::constant(1970, 1, 1);
    Some(((day.date()? - epoch).get_days(), day.year_known()))
}

/// The label of a day number: "Sat 19 Jan" where the weekday is known, else "19 Jan".
/// `weekday_shift` turns the stand-in year's weekday into the event's (0 when the year is
/// known; see [`weekday_shift`]).
pub fn day_label(day: i32, weekday_shift: Option<i32>) -> String {
    let Ok(d) = Date::constant(1970, 1, 1).checked_add(jiff::Span::new().days(day as i64)) else {
        return day.to_string();
    };
    let day_month = d.strftime("%-d %b");
    match weekday_shift {
        Some(shift) => {
            let weekday = crate::calendar::weekday_name(d.weekday().wrapping_add(shift));
            format!("{} {day_month}", &weekday[..3])
        }
        None => day_month.to_string(),
    }
}

/// How far the weekdays of the axis's stand-in year are from the event's: 0 when the reports
/// give a year, the difference a dated happening with a weekday shows when they do not
/// ("Saturday … 19 January"), none when no weekday is known.
pub fn weekday_shift(a: &Analysis) -> Option<i32> {
    for e in &a.timeline {
        let Some((day, year_known)) = day_number(e.date) else { continue };
        if year_known {
            return Some(0);
        }
        let Some(w) = e.weekday.as_deref() else { continue };
        let Ok(d) = Date::constant(1970, 1, 1).checked_add(jiff::Span::new().days(day as i64)) else { continue };
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        let want = names.iter().position(|n| *n == w)? as i32;
        let have = d.weekday().to_monday_zero_offset() as i32;
        return Some((want - have).rem_euclid(7));
    }
    None
}

/// One reported value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesPoint {
    pub figure: String,
    pub day: i32,
    pub as_of: Day,
    pub value: f64,
    /// The interval the qualifier allows ("at least 23": 23..∞ is drawn as an upward marker).
    pub approx: Approx,
    pub low: Option<u64>,
    pub high: Option<u64>,
    /// Given by a party to the events.
    pub claim: bool,
    /// A later day of the same topic gives another value: this one was provisional.
    pub provisional: bool,
}

/// One report's values for a topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceSeries {
    pub doc: String,
    /// A party's claim, drawn apart from the report's own count.
    pub claim: bool,
    pub points: Vec<SeriesPoint>,
}

/// One topic over time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicSeries {
    pub key: TopicKey,
    pub label: String,
    /// The strongest disagreement of the topic.
    pub disputed: Option<DisagreementKind>,
    pub year_known: bool,
    pub sources: Vec<SourceSeries>,
    /// Figures of the topic that give no day: not drawn, but counted for the user.
    pub undated: usize,
}

impl TopicSeries {
    pub fn days(&self) -> (i32, i32) {
        let days = self.sources.iter().flat_map(|s| s.points.iter().map(|p| p.day));
        let (lo, hi) = days.fold((i32::MAX, i32::MIN), |(lo, hi), d| (lo.min(d), hi.max(d)));
        if lo > hi { (0, 0) } else { (lo, hi) }
    }
    pub fn figures(&self) -> usize {
        self.sources.iter().map(|s| s.points.len()).sum()
    }
}

fn point(f: &Figure) -> Option<SeriesPoint> {
    let as_of = f.as_of?;
    let (day, _) = day_number(as_of)?;
    Some(SeriesPoint {
        figure: f.id.clone(),
        day,
        as_of,
        value: f.value as f64,
        approx: f.approx,
        low: f.low,
        high: f.high,
        claim: f.claim,
        provisional: false,
    })
}

/// Every topic with a dated figure: first the event's main toll (the topic most reports
/// give; among those, the dead first), then the most disputed (conflicts, claims, updates),
/// then the ones most reports give. Background figures (another event's) and parts or
/// increments of a toll are not drawn: a line joins values of one count.
pub fn topic_series(a: &Analysis) -> Vec<TopicSeries> {
    let mut topics: BTreeMap<TopicKey, Vec<&Figure>> = BTreeMap::new();
    let counted = |f: &&Figure| !f.claim && !f.background && f.span == Span::Toll;
    let mut undated: BTreeMap<TopicKey, usize> = BTreeMap::new();
    for (f, key) in a.figures.iter().zip(topic_keys(&a.figures)).filter(|(f, _)| counted(f)) {
        if f.as_of.is_some() {
            topics.entry(key).or_default().push(f);
        } else {
            *undated.entry(key).or_default() += 1;
        }
    }
    let by_id: BTreeMap<&str, &Figure> = a.figures.iter().map(|f| (f.id.as_str(), f)).collect();
    let rank = |k: Option<DisagreementKind>| match k {
        Some(DisagreementKind::Conflict | DisagreementKind::Inconsistency) => 0,
        Some(DisagreementKind::Claim) => 1,
        Some(DisagreementKind::Update) => 2,
        None => 3,
    };
    let mut out: Vec<TopicSeries> = Vec::new();
    for (key, figs) in &topics {
        let label = topic_label(&labelled_key(key, figs));
        let disputed = a
            .disagreements
            .iter()
            .filter(|d| d.topic == label)
            .map(|d| Some(d.kind))
            .min_by_key(|k| rank(*k))
            .flatten();
        let mut sources: BTreeMap<(String, bool), Vec<SeriesPoint>> = BTreeMap::new();
        for f in figs {
            if let Some(p) = point(f) {
                sources.entry((f.doc.clone(), false)).or_default().push(p);
            }
        }
        // A party's claim against this topic's count is drawn with it.
        for d in a.disagreements.iter().filter(|d| d.kind == DisagreementKind::Claim && d.topic == label) {
            for f in d.figures.iter().filter_map(|id| by_id.get(id.as_str())).filter(|f| f.claim) {
                if let Some(p) = point(f) {
                    sources.entry((f.doc.clone(), true)).or_default().push(p);
                }
            }
        }
        let last_day = sources.values().flatten().filter(|p| !p.claim).map(|p| p.day).max().unwrap_or(0);
        let last_values: Vec<f64> =
            sources.values().flatten().filter(|p| !p.claim && p.day == last_day).map(|p| p.value).collect();
        let mut series: Vec<SourceSeries> = sources
            .into_iter()
            .map(|((doc, claim), mut points)| {
                points.sort_by_key(|p| (p.day, p.value as u64));
                points.dedup_by(|p, q| p.figure == q.figure);
                for p in &mut points {
                    p.provisional = !p.claim && p.day < last_day && !last_values.contains(&p.value);
                }
                SourceSeries { doc, claim, points }
            })
            .collect();
        series.sort_by(|p, q| (p.claim, &p.doc).cmp(&(q.claim, &q.doc)));
        let year_known = figs.iter().any(|f| f.as_of.is_some_and(Day::year_known));
        let undated = undated.get(key).copied().unwrap_or(0);
        out.push(TopicSeries { key: key.clone(), label, disputed, year_known, sources: series, undated });
    }
    let reports = |t: &TopicSeries| t.sources.iter().filter(|s| !s.claim).count();
    let main = out
        .iter()
        .enumerate()
        .max_by_key(|(i, t)| (reports(t), t.key.outcome == Outcome::Killed, t.figures(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i);
    if let Some(i) = main {
        let toll = out.remove(i);
        out.sort_by(|p, q| {
            (rank(p.disputed), std::cmp::Reverse(reports(p)), std::cmp::Reverse(p.figures()), &p.label).cmp(&(
                rank(q.disputed),
                std::cmp::Reverse(reports(q)),
                std::cmp::Reverse(q.figures()),
                &q.label,
            ))
        });
        out.insert(0, toll);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_numbered_in_order_with_or_without_a_year() {
        let day_number = |s: &str| day_number(s.parse().ok()?);
        let (a, ya) = day_number("2013-01-18").expect("a day");
        let (b, _) = day_number("2013-01-19").expect("a day");
        assert!(ya && b == a + 1);
        let (c, yc) = day_number("--01-19").expect("a day without year");
        let (d, _) = day_number("--02-01").expect("a day without year");
        assert!(!yc && d - c == 13);
        assert_eq!(day_label(b, Some(0)), "Sat 19 Jan");
        assert_eq!(day_label(c, None), "19 Jan");
        // 19 January 2000 was a Wednesday; an event whose 19 January is a Saturday shifts by 3.
        assert_eq!(day_label(c, Some(3)), "Sat 19 Jan");
        assert!(day_number("soon").is_none());
    }
}
