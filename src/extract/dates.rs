//! When things happened: weekdays ("on Saturday", "By Friday"), dates ("19 January",
//! "January 19, 2013"), clock times ("0500 local time", "1200 (1300 GMT)", "3:40 a.m.",
//! "21: 00"), and relative days ("the following day", "two days earlier").
//!
//! A weekday is a date only once the calendar is known. It is fixed by a year (a publication
//! date, a date with a year), or by a weekday and a date that the report gives for the same
//! happening ("the raid on Saturday" … "ended the raid on 19 January"); reports analysed
//! together share their calendar. Weekdays then resolve to the most recent such day at or
//! before the report's date, or, where only the calendar is known, to the day near the
//! happening that fixed it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use jiff::civil::{Date, Weekday};

use super::tags;
use super::text::{Kind, Sentence};
pub use crate::calendar::weekday_name;
use crate::calendar::{WEEKDAYS, month_number};

/// A day as the text names it, before the calendar is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayRef {
    Date {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    Weekday(Weekday),
    /// So many days from the mention before it in the report.
    Relative(i32),
    /// So many days from the report's own day: "today", "yesterday", "last night".
    FromReport(i32),
    /// The first day of the happenings the report tells ("the opening day").
    FirstDay,
}

#[derive(Debug, Clone)]
pub struct DateMention {
    pub sentence: usize,
    /// Token index in the sentence (its first token) and byte range in the text.
    pub token: usize,
    pub start: usize,
    pub end: usize,
    pub day: DayRef,
    /// After "since": it opens a period ("since 7 October") rather than dating a count.
    pub since: bool,
    /// The clause of the sentence it is in ([`super::text::clause_of`]).
    pub clause: u32,
    /// The part of the sentence it is in ([`super::text::clause_and_conjunct`]).
    pub conjunct: u32,
    /// The token of a number it directly follows ("up from 14 a day earlier", "nine on
    /// Wednesday"): the day of that number.
    pub after_number: Option<usize>,
    /// "05:00", with the zone when one is given ("12:00 (13:00 GMT)").
    pub time: Option<String>,
    /// Told as still to come ("will undergo surgery Friday", "the funeral is set for
    /// Tuesday"): not a day the report has reached.
    pub future: bool,
    /// A page's own stamp ("Published Friday, Jan. 6, 2017"), not a day its story tells of.
    pub page_stamp: bool,

    /// The day of a thing named after it ("the toll from Saturday's sinking rose to 31"):
    /// it dates that thing, not a count in its clause. ("Saturday's toll" dates the toll.)
    pub of_thing: bool,
    /// The token of the word that opens the subordinate clause the day is in ("40 are missing
    /// after a ferry capsized on Saturday"): the day of what that clause tells.
    pub subordinate: Option<usize>,
    /// Right after a verb of saying ("police said Monday that 5 were killed Sunday night"):
    /// the day something was said, which dates a count only where no other day does.
    pub of_saying: bool,
}

fn weekday(w: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|x| x.1)
}

fn small_count(w: &str) -> Option<i32> {
    // "a day later", "two days earlier", "3 days later"
    let n = if w == "a" { 1 } else { super::numbers::small_word(w).map(|n| n as i32).or_else(|| w.parse().ok())? };
    (1..=31).contains(&n).then_some(n)
}

/// Every day and time named in the sentences.
pub fn find_dates(text: &str, sentences: &[Sentence]) -> Vec<DateMention> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        // A day is written with a weekday, a month, digits or a relative day's last word.
        if s.tags & (tags::WEEKDAY | tags::MONTH | tags::DIGITS | tags::DAY) == 0 {
            continue;
        }
        let t = s.tokens();
        let mut i = 0;
        while i < t.len() {
            // Only a number, a weekday, a month or the opening of a relative day starts one.
            if t[i].kind != Kind::Number
                && t[i].tags & (tags::WEEKDAY | tags::MONTH | tags::NUMBER | tags::RELATIVE_DAY) == 0
            {
                i += 1;
                continue;
            }
            let lower = t[i].lower();
            // Weekday, perhaps with a date: "Saturday", "Saturday 19 January", "Sat, Jan. 19".
            if let Some(w) = weekday(lower) {
                let mut end = i;
                let mut day = DayRef::Weekday(w);
                let mut k = i + 1;
                if t.get(k).is_some_and(|x| x.is(",")) {
                    k += 1;
                }
                if let Some((d, used)) = date_at(text, t, k) {
                    day = d;
                    end = k + used - 1;
                }
                out.push(mention(si, s, i, end, day));
                i = end + 1;
                continue;
            }
            // A date opens with a day number or a month.
            if (t[i].kind == Kind::Number || t[i].tags & tags::MONTH != 0)
                && let Some((d, used)) = date_at(text, t, i)
            {
                out.push(mention(si, s, i, i + used - 1, d));
                i += used;
                continue;
            }
            // Relative days.
            if let Some((d, used)) = relative_at(t, i) {
                out.push(mention(si, s, i, i + used - 1, d));
                i += used;
                continue;
            }
            i += 1;
        }
    }
    attach_times(text, sentences, &mut out);
    out
}

fn mention(sentence: usize, s: &Sentence, first: usize, last: usize, day: DayRef) -> DateMention {
    let (clause, conjunct) = super::text::clause_and_conjunct(s.tokens(), first);
    DateMention {
        sentence,
        token: first,
        start: s.tokens()[first].start(),
        end: s.tokens()[last].end(),
        day,
        since: first > 0 && s.tokens()[first - 1].is("since"),
        clause,
        conjunct,
        after_number: {
            let t = s.tokens();
            let back = if first >= 1 && t[first - 1].is_any(&["on", "by", "as", "of"]) { 2 } else { 1 };
            first.checked_sub(back).filter(|&k| t[k].is_number())
        },
        time: None,
        future: told_as_future(s.tokens(), first),
        // ("Published: 20 May 2024": over a colon too.)
        page_stamp: {
            let t = s.tokens();
            let k = if first >= 2 && t[first - 1].is(":") { first - 1 } else { first };
            k > 0 && t[k - 1].is_any(&["published", "updated", "posted"])
        },
        of_thing: possessive_of_thing(s.tokens(), last),
        subordinate: subordinator_before(s.tokens(), first),
        of_saying: {
            let t = s.tokens();
            let say = |k: usize| t[k].tags & super::tags::SAY != 0 && !t[k].is("according");
            first >= 1 && say(first - 1) || first >= 2 && t[first - 1].is("on") && say(first - 2)
        },
    }
}

/// The word before token `k`, in its part of the sentence, that opens a subordinate clause.
fn subordinator_before(t: &[super::text::Token], k: usize) -> Option<usize> {
    (0..k)
        .rev()
        .take_while(|&j| !t[j].is_any(&[",", ";", "-", "--", "—", "–"]))
        .find(|&j| t[j].is_any(&["after", "when", "following", "before", "because", "once", "until"]))
}

/// "Saturday's sinking", "Friday's attack": a day told as the day of what it names; not
/// "Saturday's toll" or "Friday's figures", which date a count.
fn possessive_of_thing(t: &[super::text::Token], last: usize) -> bool {
    const COUNTS: &[&str] =
        &["toll", "tally", "count", "counts", "figure", "figures", "number", "numbers", "total", "death", "casualty"];
    t.get(last + 1).is_some_and(|x| x.is_any(&["'s", "’s"])) && t.get(last + 2).is_none_or(|x| !x.is_any(COUNTS))
}

/// Whether the words just before token `k`, in its clause, tell of something still to come.
fn told_as_future(t: &[super::text::Token], k: usize) -> bool {
    if k > 0 && t[k - 1].is_any(&["next", "coming", "upcoming"]) {
        return true;
    }
    let from = k.saturating_sub(10);
    for j in (from..k).rev() {
        let w = t[j].lower();
        if matches!(w, ";" | "--" | "—" | "–" | "." | "but" | "while" | "although" | "after" | "before" | "when") {
            return false;
        }
        let next = t.get(j + 1).map(|x| x.lower()).unwrap_or("");
        if matches!(w, "will" | "shall" | "won't") || w.ends_with("'ll") || w.ends_with("’ll") {
            return true;
        }
        if matches!(w, "expected" | "scheduled" | "plans" | "planned" | "set" | "going") && matches!(next, "to" | "for")
        {
            return true;
        }
    }
    false
}

/// "19 January", "19th January 2013", "January 19", "Jan. 19, 2013".
fn date_at(text: &str, t: &[super::text::Token], i: usize) -> Option<(DayRef, usize)> {
    let a = t.get(i)?;
    let year_at = |k: usize| -> Option<i16> {
        let y = t.get(k)?;
        (y.kind == Kind::Number && y.lower().len() == 4)
            .then(|| y.lower().parse().ok())
            .flatten()
            .filter(|y| (1800..2200).contains(y))
    };
    // Ordinal endings are tokens of their own ("19", "th").
    let day_num = |s: &str| -> Option<i8> {
        (s.len() <= 2).then(|| s.parse::<i8>().ok()).flatten().filter(|d| (1..=31).contains(d))
    };
    if a.kind == Kind::Number {
        let d = day_num(a.lower())?;
        // "19th" is tokenised as "19" "th".
        let mut k = i + 1;
        if t.get(k).is_some_and(|x| x.is_any(&["st", "nd", "rd", "th"])) {
            k += 1;
        }
        let m = t
            .get(k)
            .filter(|x| x.cap || !x.is_any(&["may", "march"]))
            .and_then(|x| month_number(&text[x.start()..x.end()]))?;
        let mut used = k - i + 1;
        if t.get(k + 1).is_some_and(|x| x.is(".")) {
            used += 1;
        }
        let year = year_at(i + used).or_else(|| t.get(i + used).filter(|x| x.is(",")).and(year_at(i + used + 1)));
        if year.is_some() {
            used += if t.get(i + used).is_some_and(|x| x.is(",")) { 2 } else { 1 };
        }
        return Some((DayRef::Date { year, month: m as i8, day: d }, used));
    }
    // Month names in lower case too ("14 july"), but "may" and "march" only with a capital.
    if a.kind == Kind::Word && (a.cap || !a.is_any(&["may", "march"])) {
        let m = month_number(a.lower())?;
        // "May" and "March" are also words: only with a day number after them.
        let mut k = i + 1;
        if t.get(k).is_some_and(|x| x.is(".")) {
            k += 1;
        }
        let d = t.get(k).filter(|x| x.kind == Kind::Number).and_then(|x| day_num(x.lower()))?;
        // "January 19 hostages": a number that counts, not a day.
        let mut used = k - i + 1;
        if t.get(i + used).is_some_and(|x| x.is_any(&["st", "nd", "rd", "th"])) {
            used += 1;
        }
        let year = t.get(i + used).filter(|x| x.is(",")).and(year_at(i + used + 1)).or_else(|| year_at(i + used));
        if year.is_some() {
            used += if t.get(i + used).is_some_and(|x| x.is(",")) { 2 } else { 1 };
        }
        return Some((DayRef::Date { year, month: m as i8, day: d }, used));
    }
    None
}

/// The words a relative day ends with ([`super::tags::DAY`]); `relative_at` reads no other.
pub(crate) const RELATIVE_DAY_ENDS: [&str; 10] =
    ["day", "days", "week", "weeks", "morning", "evening", "night", "today", "yesterday", "tonight"];

/// The words a day counted from the report's own opens with ("this morning", "last night").
pub(crate) const FROM_REPORT_OPENERS: [&str; 5] = ["today", "yesterday", "tonight", "this", "last"];

fn relative_at(t: &[super::text::Token], i: usize) -> Option<(DayRef, usize)> {
    let w = |k: usize| t.get(i + k).map(|x| x.lower()).unwrap_or("");
    match (w(0), w(1)) {
        ("today" | "tonight", _) => return Some((DayRef::FromReport(0), 1)),
        ("yesterday", _) => return Some((DayRef::FromReport(-1), 1)),
        ("this", "morning" | "afternoon" | "evening") => return Some((DayRef::FromReport(0), 2)),
        ("last", "night") => return Some((DayRef::FromReport(-1), 2)),
        _ => {}
    }
    match (w(0), w(1), w(2)) {
        ("the", "following" | "next", "day" | "morning" | "evening" | "night") => Some((DayRef::Relative(1), 3)),
        ("the", "same", "day") => Some((DayRef::Relative(0), 3)),
        ("the", "previous", "morning" | "evening" | "night") => Some((DayRef::Relative(-1), 3)),
        ("the", "day", "after") => Some((DayRef::Relative(1), 3)),
        ("the", "day", "before") | ("the", "previous", "day") => Some((DayRef::Relative(-1), 3)),
        ("the", "opening" | "first", "day") => Some((DayRef::FirstDay, 3)),
        (n, "days", dir @ ("earlier" | "later" | "before" | "after")) => {
            let n = small_count(n)?;
            Some((DayRef::Relative(if matches!(dir, "earlier" | "before") { -n } else { n }), 3))
        }
        (n, "day", dir @ ("earlier" | "later")) if n == "a" || n == "one" => {
            Some((DayRef::Relative(if dir == "earlier" { -1 } else { 1 }), 3))
        }
        // "a week after the attack", "two weeks later" (up to four: a month is no longer
        // counted in days).
        (n, "week" | "weeks", dir @ ("earlier" | "later" | "before" | "after")) => {
            let n = small_count(n).filter(|&n| n <= 4)? * 7;
            Some((DayRef::Relative(if matches!(dir, "earlier" | "before") { -n } else { n }), 3))
        }
        _ => None,
    }
}

/// Clock times in a sentence go with its day: "0500 local time 16 January", "1200 (1300 GMT)",
/// "3:40 a.m.", "21: 00".
fn attach_times(text: &str, sentences: &[Sentence], mentions: &mut [DateMention]) {
    let re = time_regex();
    let mut last: Option<(usize, Option<String>)> = None;
    for m in mentions.iter_mut() {
        // One look per sentence: its mentions share its time.
        if let Some((s, t)) = &last
            && *s == m.sentence
        {
            m.time = t.clone();
            continue;
        }
        let s = &sentences[m.sentence];
        let st = s.text(text);
        // A clock time has digits: most sentences with a day have none.
        let found = if s.tags & tags::DIGITS != 0 { re.captures(st) } else { None };
        if let Some(c) = found {
            let (h, mi) = clock(&c);
            if h < 24 && mi < 60 {
                let zone =
                    c.name("zone").or(c.name("zone2")).map(|z| format!(" {}", z.as_str().trim())).unwrap_or_default();
                m.time = Some(format!("{h:02}:{mi:02}{zone}"));
            }
        }
        last = Some((m.sentence, m.time.clone()));
    }
}

/// Hours and minutes of a match of [`time_regex`] (99 where a part is unreadable).
fn clock(c: &regex::Captures) -> (u32, u32) {
    if let Some(hhmm) = c.name("hhmm") {
        let v = hhmm.as_str();
        (v[..2].parse::<u32>().unwrap_or(99), v[2..].parse::<u32>().unwrap_or(99))
    } else {
        let h: u32 = c.name("h").or(c.name("h2")).and_then(|x| x.as_str().parse().ok()).unwrap_or(99);
        let mi: u32 = c.name("m").and_then(|x| x.as_str().parse().ok()).unwrap_or(0);
        let ampm = c.name("ampm").or(c.name("ampm2")).map(|x| x.as_str().to_ascii_lowercase());
        let pm = ampm.as_deref().is_some_and(|x| x.starts_with('p'));
        let am = ampm.as_deref().is_some_and(|x| x.starts_with('a'));
        let h = if pm && h < 12 {
            h + 12
        } else if am && h == 12 {
            0
        } else {
            h
        };
        (h, mi)
    }
}

/// "11/29", "29/11": a day written in digits before a stamp's time.
fn numeric_day(w: &str) -> bool {
    let mut parts = w.split('/');
    let small =
        |p: Option<&str>| p.is_some_and(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    small(parts.next()) && small(parts.next()) && parts.next().is_none()
}

/// A live blog's entry stamps: sentences that open with a clock time ("UPDATE 3:20 p.m.:
/// Penrose Main confirms …", "2:50 p.m. UPDATE", "Friday 6 P.M. UPDATE:"), each with its
/// minute of the day. What an entry reports holds at its stamp, until the next one.
pub fn stamps(text: &str, sentences: &[Sentence]) -> Vec<(usize, u16)> {
    let re = time_regex();
    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        if s.tags & tags::DIGITS == 0 {
            continue;
        }
        let st = s.text(text);
        // The opening words only: "UPDATE", a weekday, then the time.
        let head = &st[..st.floor_char_boundary(st.len().min(40))];
        let Some(c) = re.captures(head) else { continue };
        let Some(m) = c.get(0) else { continue };
        let before = head[..m.start()].trim();
        let opening = before.is_empty()
            || before
                .split_whitespace()
                .all(|w| w.eq_ignore_ascii_case("update") || weekday(&w.to_lowercase()).is_some() || numeric_day(w));
        let after = st[m.end()..].trim_start();
        let marked =
            after.is_empty() || after.starts_with([':', '-', '\u{2013}', '\u{2014}']) || after.starts_with("UPDATE");
        let (h, mi) = clock(&c);
        if opening && marked && h < 24 && mi < 60 {
            out.push((i, (h * 60 + mi) as u16));
        }
    }
    out
}

fn time_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // ASCII word boundaries ([`crate::tables::pattern`]): with Unicode ones the fast automaton
    // gives up at the first curly quote, and this runs on every sentence with a digit.
    RE.get_or_init(|| {
        crate::tables::pattern(
            r"(?x)
            \b(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\s*(?:(?P<zone>GMT|UTC|BST|local\ time)|\(\d{4}\s*(?:GMT|UTC)\))
            | \b(?P<h>[01]?\d|2[0-3])\s*[:.]\s*(?P<m>[0-5]\d)\s*(?P<ampm>[aApP]\.?[mM]\.?)?(?:\s*(?P<zone2>GMT|UTC|local\ time|ET|EST))?
            | \b(?P<h2>1[0-2]|[1-9])\s*(?P<ampm2>[aApP]\.?[mM]\.?)",
        )
    })
}

/// What fixes weekdays to dates: a year where the calendar is known, and a day of the
/// happenings near which weekdays fall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar {
    /// The real year, or a stand-in year with the same weekdays when the year is unknown.
    pub year: i16,
    pub year_known: bool,
    /// A day the reports date: weekdays resolve near it.
    pub anchor: Date,
    /// Fixed by a weekday written with its date ("Thursday, July 29"): the event's own day,
    /// firmer than a weekday and a date that merely share words.
    pub written: bool,
    /// The report's own day from its dateline ("ANKARA, August 17 (Xinhua) --"), in the
    /// calendar's year: weekdays look back from it as from a publication date.
    pub dateline: Option<Date>,
}

impl Calendar {
    /// The same calendar in the known year `y` (a stand-in year replaced by the one the
    /// reports know); none where its anchor has no such day (29 February).
    pub fn in_year(self, y: i16) -> Option<Calendar> {
        let anchor = Date::new(y, self.anchor.month(), self.anchor.day()).ok()?;
        let dateline = self.dateline.and_then(|d| Date::new(y, d.month(), d.day()).ok());
        Some(Calendar { year: y, year_known: true, anchor, written: self.written, dateline })
    }
}

/// The mention that is the report's dateline: a date near the top written after a place in
/// capitals and before the agency or a dash ("CHATTANOOGA, Tenn., July 18 (Reuters) -").
pub fn dateline(text: &str, mentions: &[DateMention]) -> Option<usize> {
    mentions.iter().position(|m| {
        if m.start > 2000 || !matches!(m.day, DayRef::Date { .. }) {
            return false;
        }
        let line_start = text[..m.start].rfind('\n').map_or(0, |i| i + 1);
        let before = &text[line_start..m.start];
        let after = text[m.end..].trim_start_matches([' ', '\u{a0}']);
        let caps = before
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.chars().count() >= 3 && w.chars().all(|c| c.is_uppercase()));
        before.len() < 60
            && before.trim_end().ends_with(',')
            && caps
            && (after.starts_with('(') || after.starts_with(['-', '\u{2014}', '\u{2013}']))
    })
}

/// The calendar of a report with a dateline: the dateline's year when it has one, else the
/// year of the calendar the text fixes otherwise, else a year in which the lede's weekday
/// ("… jolted the region since Tuesday") is the dateline's day.
fn dateline_calendar(text: &str, mentions: &[DateMention], other: Option<Calendar>) -> Option<Calendar> {
    let k = dateline(text, mentions)?;
    let DayRef::Date { year, month, day } = mentions[k].day else { return None };
    let lede = mentions[k].sentence;
    // ("Gunmen killed 35 on Tuesday, police said Wednesday": the day it was said is the
    // dateline's; the day of the deed may be the day before.)
    let weekday_of_lede = |saying: bool| {
        mentions.iter().find_map(|m| match m.day {
            DayRef::Weekday(w) if m.sentence == lede && (m.of_saying || !saying) => Some(w),
            _ => None,
        })
    };
    let lede_weekday = weekday_of_lede(true).or_else(|| weekday_of_lede(false));
    let (y, known) = match (year, lede_weekday.and_then(|w| proxy_year(month, day, w)), other) {
        (Some(y), _, _) => (y, true),
        (None, Some(y), _) => (y, false),
        (None, None, Some(c)) => (c.year, c.year_known),
        // Without a weekday the stand-in year only names the day; 2000 has a 29 February.
        (None, None, None) => (2000, false),
    };
    let d = Date::new(y, month, day).ok()?;
    Some(Calendar {
        year: y,
        year_known: known,
        anchor: d,
        written: other.is_some_and(|c| c.written),
        dateline: Some(d),
    })
}

/// The latest year not after 2030 in which `month`-`day` falls on `w`.
fn proxy_year(month: i8, day: i8, w: Weekday) -> Option<i16> {
    (1990..=2030).rev().find(|&y| Date::new(y, month, day).is_ok_and(|d| d.weekday() == w))
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "on", "in", "at", "to", "and", "or", "by", "for", "with", "from", "as", "was", "were",
    "is", "are", "had", "has", "have", "be", "been", "that", "this", "their", "its", "his", "her", "they", "it", "he",
    "she", "some", "said", "when", "which", "who", "after", "before", "into", "than", "then", "but", "also", "more",
    "up",
];

fn stem(w: &str) -> &str {
    for suf in ["ing", "ed", "es", "s"] {
        if w.len() > suf.len() + 3
            && let Some(s) = w.strip_suffix(suf)
        {
            return s;
        }
    }
    w
}

fn content_words(s: &Sentence) -> HashSet<String> {
    s.tokens()
        .iter()
        .filter(|t| {
            t.kind == Kind::Word
                && t.lower().len() > 2
                && !STOP.contains(&t.lower())
                && weekday(t.lower()).is_none()
                && t.tags & tags::MONTH == 0
        })
        .map(|t| stem(t.lower()).to_string())
        .collect()
}

/// The calendar a report fixes by itself: a date with a year, a weekday written with its
/// date, or a weekday and a date told of the same happening (sentences that share words).
pub fn own_calendar(sentences: &[Sentence], mentions: &[DateMention], published: Option<Date>) -> Option<Calendar> {
    if let Some(p) = published {
        return Some(Calendar { year: p.year(), year_known: true, anchor: p, written: false, dateline: None });
    }
    if let Some(&DayRef::Date { year: Some(y), month, day }) =
        mentions.iter().map(|m| &m.day).find(|d| matches!(d, DayRef::Date { year: Some(_), .. }))
        && let Ok(d) = Date::new(y, month, day)
    {
        return Some(Calendar { year: y, year_known: true, anchor: d, written: false, dateline: None });
    }
    // Weekday and date together ("Saturday 19 January") are tokens side by side: find_dates
    // keeps them as one Date mention, so look at the text of weekday mentions that carry a date.
    // For each (month, day): the words shared, and the weekdays voting for it.
    let mut votes: HashMap<(i8, i8), (usize, HashSet<Weekday>)> = HashMap::default();
    let weekdays: Vec<&DateMention> = mentions.iter().filter(|m| matches!(m.day, DayRef::Weekday(_))).collect();
    let dated: Vec<&DateMention> =
        mentions.iter().filter(|m| matches!(m.day, DayRef::Date { year: None, .. })).collect();
    if weekdays.is_empty() || dated.is_empty() {
        return None;
    }
    let weekday_sentences: HashSet<usize> = weekdays.iter().map(|m| m.sentence).collect();
    // Only the sentences that can pair are read for their words.
    let words: HashMap<usize, HashSet<String>> = weekdays
        .iter()
        .chain(&dated)
        .map(|m| m.sentence)
        .collect::<HashSet<_>>()
        .into_iter()
        .map(|s| (s, content_words(&sentences[s])))
        .collect();
    for w in &weekdays {
        let DayRef::Weekday(wd) = w.day else { continue };
        for d in &dated {
            let DayRef::Date { year: None, month, day } = d.day else { continue };
            // A sentence that names a weekday apart from its date tells two happenings ("the
            // party Sunday night … the licence was revoked on June 7"): its words are the
            // weekday's as much as the date's, so the date pairs with no weekday.
            if weekday_sentences.contains(&d.sentence) {
                continue;
            }
            let shared = words[&w.sentence].intersection(&words[&d.sentence]).count();
            if shared >= 2 && proxy_year(month, day, wd).is_some() {
                let v = votes.entry((month, day)).or_default();
                v.0 += shared;
                v.1.insert(wd);
            }
        }
    }
    // A date that shares words with sentences of different weekdays is tied to none of them
    // (a licence revoked "on June 7" beside a party "Sunday night" and a shooting "Monday").
    let ((m, d), (_, y)) = votes
        .into_iter()
        .filter(|(_, (_, w))| w.len() == 1)
        .filter_map(|((m, d), (n, w))| Some(((m, d), (n, proxy_year(m, d, *w.iter().next()?)?))))
        .max_by_key(|(k, (n, y))| (*n, *y, *k))?;
    let anchor = latest_date(mentions, y).unwrap_or(Date::new(y, m, d).ok()?);
    Some(Calendar { year: y, year_known: false, anchor, written: false, dateline: None })
}

/// The calendar a report fixes by itself: its date when published is known, else a weekday
/// written with a date, else a weekday and a date told of the same happening.
pub fn report_calendar(
    text: &str,
    sentences: &[Sentence],
    mentions: &[DateMention],
    published: Option<Date>,
) -> Option<Calendar> {
    match published {
        Some(_) => own_calendar(sentences, mentions, published),
        None => {
            let c = calendar_from_weekday_dates(text, mentions).or_else(|| own_calendar(sentences, mentions, None));
            dateline_calendar(text, mentions, c).or(c)
        }
    }
}

/// The latest day-and-month the report names, in year `y`: weekdays fall near it. (Not a
/// day still to come: "a hearing is scheduled for April 14" is after the report.)
fn latest_date(mentions: &[DateMention], y: i16) -> Option<Date> {
    mentions
        .iter()
        .filter(|m| !m.future)
        .filter_map(|m| match m.day {
            DayRef::Date { year: None, month, day } => Date::new(y, month, day).ok(),
            _ => None,
        })
        .max()
}

/// Weekday mentions written together with a date fix the calendar directly.
pub fn calendar_from_weekday_dates(text: &str, mentions: &[DateMention]) -> Option<Calendar> {
    for m in mentions {
        if let DayRef::Date { year: None, month, day } = m.day {
            let first = text[m.start..m.end].split([' ', ',']).next().unwrap_or("").to_lowercase();
            if let Some(w) = weekday(&first)
                && let Some(y) = proxy_year(month, day, w)
            {
                let anchor = latest_date(mentions, y).unwrap_or(Date::new(y, month, day).ok()?);
                return Some(Calendar { year: y, year_known: false, anchor, written: true, dateline: None });
            }
        }
    }
    None
}

/// Resolves every mention of a report to a date (in the calendar's year).
pub fn resolve(mentions: &[DateMention], cal: Option<Calendar>, report_day: Option<Date>) -> Vec<Option<Date>> {
    let mut out: Vec<Option<Date>> = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        let d = match m.day {
            DayRef::Date { year, month, day } => {
                let y = year.or(cal.map(|c| c.year)).unwrap_or(2001);
                Date::new(y, month, day).ok()
            }
            DayRef::Weekday(w) => cal.and_then(|c| {
                if let Some(r) = report_day.filter(|_| c.year_known).or(c.dateline) {
                    // The most recent such day at or before the report's date.
                    let back = (r.weekday().to_monday_zero_offset() - w.to_monday_zero_offset()).rem_euclid(7);
                    r.checked_sub(jiff::Span::new().days(back)).ok()
                } else {
                    // Near the happening that fixed the calendar: news looks back more than ahead.
                    let a = c.anchor;
                    let diff = (w.to_monday_zero_offset() - a.weekday().to_monday_zero_offset()).rem_euclid(7);
                    let offset = if diff <= 2 { diff } else { diff - 7 };
                    a.checked_add(jiff::Span::new().days(offset)).ok()
                }
            }),
            DayRef::Relative(n) => {
                // From the nearest resolved mention before it, preferably within two sentences,
                // else the last day the report named before it.
                let near = (0..i).rev().find_map(|k| out[k].filter(|_| mentions[k].sentence + 2 >= m.sentence));
                // ("eight days after the quake" before any day is named: from the happening
                // that fixed the calendar.)
                let base = near.or_else(|| (0..i).rev().find_map(|k| out[k])).or(cal.map(|c| c.anchor));
                base.and_then(|b| b.checked_add(jiff::Span::new().days(n)).ok())
            }
            DayRef::FromReport(n) => {
                report_day.or(cal.and_then(|c| c.dateline)).and_then(|r| r.checked_add(jiff::Span::new().days(n)).ok())
            }
            DayRef::FirstDay => None,
        };
        out.push(d);
    }
    // "The opening day": the earliest day the report names.
    let first = out.iter().flatten().min().copied();
    for (i, m) in mentions.iter().enumerate() {
        if m.day == DayRef::FirstDay {
            out[i] = first;
        }
    }
    // "Three days after the quake", where no day of the quake is named before it, counts from
    // the calendar's day; when that comes out after the day the report is dated, the count
    // was not from the day of the quake, and the day is unknown.
    if let Some(r) = report_day.or(cal.and_then(|c| c.dateline)) {
        for (d, m) in out.iter_mut().zip(mentions) {
            if matches!(m.day, DayRef::Relative(n) if n > 0) && !m.future && d.is_some_and(|d| d > r) {
                *d = None;
            }
        }
    }
    out
}

/// Whether a lower-case word is a weekday name.
pub fn is_weekday(w: &str) -> bool {
    weekday(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;
    use crate::model::Day;

    fn days(text: &str) -> Vec<DayRef> {
        let s = sentences(text);
        find_dates(text, &s).into_iter().map(|m| m.day).collect()
    }

    #[test]
    fn finds_weekdays_dates_and_relative_days() {
        let d = days(
            "By Friday 12 had died. The quake struck on 3 March 2021 and on March 4. Two days later it rained. The following day, more came.",
        );
        assert_eq!(d[0], DayRef::Weekday(Weekday::Friday));
        assert_eq!(d[1], DayRef::Date { year: Some(2021), month: 3, day: 3 });
        assert_eq!(d[2], DayRef::Date { year: None, month: 3, day: 4 });
        assert_eq!(d[3], DayRef::Relative(2));
        assert_eq!(d[4], DayRef::Relative(1));
        assert!(days("Some 40 may die in May.").is_empty(), "'May' without a day is not a date");
        assert_eq!(days("A week after the attack, two weeks later."), [DayRef::Relative(7), DayRef::Relative(14)]);
        let d = days("A second tremor hit the same day. The next morning, rescuers came. The previous night was calm.");
        assert_eq!(d, [DayRef::Relative(0), DayRef::Relative(1), DayRef::Relative(-1)]);
    }

    #[test]
    fn times_with_odd_spacing_and_zones() {
        let text = "The blast came at 21: 00 on Monday. Troops moved in at 1200 (1300 GMT) 17 January. It began at 3:40 a.m. Tuesday.";
        let s = sentences(text);
        let times: Vec<Option<String>> = find_dates(text, &s).into_iter().map(|m| m.time).collect();
        assert_eq!(times, [Some("21:00".into()), Some("12:00".into()), Some("03:40".into())]);
    }

    #[test]
    fn a_weekday_and_a_date_of_the_same_happening_fix_the_calendar() {
        let text = "The dam burst on Tuesday after heavy rain.\nRescue teams searched the valley.\n- Dam burst: the dam burst after heavy rain on 11 March.\nOn Thursday 17 were dead.";
        let s = sentences(text);
        let m = find_dates(text, &s);
        let cal = own_calendar(&s, &m, None).expect("calendar");
        let r = resolve(&m, Some(cal), None);
        let out: Vec<String> = r.iter().flatten().map(|d| Day::new(*d, cal.year_known).to_string()).collect();
        assert_eq!(out, ["--03-11", "--03-11", "--03-13"]);
    }

    #[test]
    fn days_after_the_happening_count_from_the_calendar_s_day_when_none_is_named_before() {
        let text = "Two days after the shooting, 5 people were still in hospital.";
        let s = sentences(text);
        let m = find_dates(text, &s);
        let anchor = Date::new(2016, 2, 25).expect("date");
        let cal = Calendar { year: 2016, year_known: true, anchor, written: false, dateline: None };
        let r: Vec<String> = resolve(&m, Some(cal), None).iter().flatten().map(|d| d.to_string()).collect();
        assert_eq!(r, ["2016-02-27"]);
    }

    #[test]
    fn with_a_publication_date_weekdays_look_back() {
        let text = "Officials said on Friday that 9 died. On Sunday, 12 were counted.";
        let s = sentences(text);
        let m = find_dates(text, &s);
        let p = Date::new(2024, 2, 12).ok(); // a Monday
        let cal = own_calendar(&s, &m, p);
        let r: Vec<String> = resolve(&m, cal, p).iter().flatten().map(|d| d.to_string()).collect();
        assert_eq!(r, ["2024-02-09", "2024-02-11"]);
    }
}
