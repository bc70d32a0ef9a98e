//! A report's publication day: from page metadata, or from a stated date with a year near
//! the top or bottom of the text ("Published 19 January 2013", a dateline).

use std::sync::OnceLock;

use regex::Regex;

use super::pattern as re;
use crate::calendar::month_number;
use crate::model::Day;

/// `YYYY-MM-DD` from the start of an ISO 8601 timestamp ("2013-01-19T14:02:00Z").
pub fn iso_day(s: &str) -> Option<Day> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let s = s.trim();
    let c = RE.get_or_init(|| re(r"^(\d{4})-(\d{2})-(\d{2})")).captures(s)?;
    let (y, m, d) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    day(y, m, d)
}

/// The day, if it is one and its year is one a news report is dated by.
pub fn day(y: i32, m: u32, d: u32) -> Option<Day> {
    if !(1800..=2200).contains(&y) {
        return None;
    }
    let date = jiff::civil::Date::new(y as i16, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some(Day::new(date, true))
}

const MONTH: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

fn full_date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        re(&format!(
            r"\b(?:(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH}),? (\d{{4}})|({MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}}))\b"
        ))
    })
}

/// Every date with a year in `text`: (byte start, byte end, day).
pub fn dates_with_year(text: &str) -> Vec<(usize, usize, Day)> {
    let re = full_date_re();
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize, Day)> = Vec::new();
    // Every such date holds a year of four digits: the pattern (which has no fixed words to
    // search for, and so would read every byte of the text in its automaton) is run only
    // around those, from the start of a word a little before the year to a space after it.
    let mut k = 0;
    while let Some(i) = next_digit(b, k) {
        let end = b[i..].iter().position(|c| !c.is_ascii_digit()).map_or(b.len(), |n| i + n);
        k = end;
        if end - i != 4 {
            continue;
        }
        let from = text.floor_char_boundary(i.saturating_sub(32));
        let from = match from {
            0 => 0,
            _ => text[from..i].char_indices().find(|c| c.1.is_whitespace()).map_or(i, |(w, c)| from + w + c.len_utf8()),
        };
        let to = text[end..].find(char::is_whitespace).map_or(text.len(), |w| end + w).min(end + 12);
        let to = text.ceil_char_boundary(to);
        let window = &text[from..to];
        for m in re.find_iter(window) {
            let (start, stop) = (from + m.start(), from + m.end());
            if start > i || stop < end || out.last().is_some_and(|o| o.0 == start) {
                continue;
            }
            if let Some(day) = date_parts(re, m.as_str()) {
                out.push((start, stop, day));
            }
        }
    }
    out
}

/// The first ASCII digit at or after `from`, eight bytes at a time (most bytes of a report
/// are not digits).
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    use super::{HIGH, ONES};
    // With the high bits cleared no sum carries into the next byte: a byte is a digit when
    // it is at least '0', less than ':' and had no high bit.
    let digits = |x: u64| {
        let y = x & !HIGH;
        y.wrapping_add((0x80 - b'0' as u64) * ONES) & !y.wrapping_add((0x80 - b':' as u64) * ONES) & !x & HIGH != 0
    };
    super::scan8(b, from, digits, |c| c.is_ascii_digit())
}

/// The day of one match of [`full_date_re`], read from the match alone (asking for groups
/// over the whole text runs the slow engine over all of it).
fn date_parts(re: &Regex, m: &str) -> Option<Day> {
    let c = re.captures(m)?;
    let (y, mo, d) = if let Some(d) = c.get(1) {
        (c[3].parse().ok()?, month_number(&c[2])?, d.as_str().parse().ok()?)
    } else if let Some(mo) = c.get(4) {
        (c[6].parse().ok()?, month_number(mo.as_str())?, c[5].parse().ok()?)
    } else {
        (c[7].parse().ok()?, c[8].parse().ok()?, c[9].parse().ok()?)
    };
    day(y, mo, d)
}

/// The publication day stated in the text: a "Published/Updated …" line anywhere, or a
/// short line near the top or bottom that is mostly a date (a dateline).
pub fn from_text(text: &str) -> Option<(Day, String)> {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    let label = LABEL.get_or_init(|| {
        re(r"(?i)\b(?:published|updated|posted|first published|last updated|last modified)\b(?:\s+(?:on|at))?[:\s]")
    });
    // The label right before the date ("(Published Saturday, Jan. 7, 2017)"), anywhere in a
    // line; of several (a page's video captions, "Updated" after "Published"), the latest:
    // the page is as new as the newest thing on it.
    let labelled = dates_with_year(text)
        .into_iter()
        .filter(|&(start, _, _)| {
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let before = &text[line_start..start];
            label.find_iter(before).last().is_some_and(|m| {
                let gap = &before[m.end()..];
                gap.len() <= 24 && gap.chars().all(|c| c.is_alphanumeric() || matches!(c, ',' | ' ' | ':' | '.'))
            })
        })
        .map(|(_, _, day)| day)
        .max();
    if let Some(day) = labelled {
        return Some((day, "stated in the text".to_string()));
    }
    // The first four and the last three lines that are not blank, in order, each once.
    let filled = |l: &&str| !l.trim().is_empty();
    let mut lines: Vec<&str> = text.lines().filter(filled).take(4).collect();
    let mut last: Vec<&str> = text.lines().rev().filter(filled).take(3).collect();
    last.reverse();
    let last: Vec<&str> =
        last.into_iter().filter(|l| !lines.iter().any(|h| std::ptr::eq(h.as_ptr(), l.as_ptr()))).collect();
    lines.extend(last);
    for line in lines {
        if line.split_whitespace().nth(10).is_some() {
            continue;
        }
        if let Some((_, _, day)) = dates_with_year(line).into_iter().next() {
            return Some((day, "dateline".to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_prefix() {
        assert_eq!(iso_day("2013-01-19T14:02:00Z").map(|d| d.to_string()).as_deref(), Some("2013-01-19"));
        assert_eq!(iso_day("2013-02-30"), None);
        assert_eq!(iso_day("yesterday"), None);
    }

    #[test]
    fn the_wide_digit_scan_finds_the_first_digit_wherever_it_falls() {
        for at in 0..20 {
            for d in b'0'..=b'9' {
                let mut text = vec![b'x'; 24];
                text[at] = d;
                if at > 0 {
                    text[at - 1] = 0xB9;
                }
                assert_eq!(next_digit(&text, 0), text.iter().position(u8::is_ascii_digit), "{d} at {at}");
            }
        }
        assert_eq!(next_digit("/:;@ é ÿ ٣ plain".as_bytes(), 0), None);
        assert_eq!(next_digit(b"ab1cd2", 3), Some(5));
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("january"), Some(1));
        assert_eq!(month_number("Ma"), None);
    }

    #[test]
    fn dates_with_a_year_are_found_in_every_form_and_next_to_any_characters() {
        let t = "On 3rd March 2021 and on Sept. 30, 2020,\u{3000}2019-07-04 and 12345 and (\u{A0}January 5 2018).";
        let days: Vec<String> = dates_with_year(t).iter().map(|d| d.2.to_string()).collect();
        assert_eq!(days, ["2021-03-03", "2020-09-30", "2019-07-04", "2018-01-05"]);
        for (s, e, _) in dates_with_year(t) {
            assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
        }
        assert!(dates_with_year("ab2021-03-03 and 2021-03-033 and 99 May 2021").is_empty());
        assert_eq!(dates_with_year("2021-03-03").len(), 1, "a date that is the whole text");
    }

    #[test]
    fn published_line_and_dateline() {
        let t = "Flood waters rise\nPublished: 3 March 2021, 09:14\nRiver levels were rising.";
        assert_eq!(from_text(t).map(|x| x.0.to_string()).as_deref(), Some("2021-03-03"));
        let t = "Quake toll climbs\nMarch 4, 2021\nRescuers dug through rubble on Thursday.";
        assert_eq!(from_text(t).map(|x| x.0.to_string()).as_deref(), Some("2021-03-04"));
        let t = "The treaty of 12 June 1990 was cited by officials who spoke at length on the matter in the capital city on a hot day.";
        assert_eq!(from_text(t), None, "a date inside a long sentence is not a dateline");
    }
}
