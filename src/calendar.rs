//! Month and weekday names in English, as reports write them: the one list that ingest (a
//! report's publication day) and extract (dates in the text) both read.

use jiff::civil::Weekday;

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Every lower-case form [`month_number`] reads: names, three-letter abbreviations, "sept".
pub fn month_forms() -> impl Iterator<Item = String> {
    MONTHS.iter().flat_map(|m| [m.to_string(), m[..3].to_string()]).chain(["sept".to_string()])
}

/// Month number of an English month name or abbreviation ("Jan", "Sept.", "january").
pub fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.');
    // No allocation: the date and number rules call it often.
    if n.len() < 3
        || n.len() > 9
        || !matches!(n.as_bytes()[0].to_ascii_lowercase(), b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
    {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(n)
                || (m.len() > n.len()
                    && m.as_bytes()[..n.len()].eq_ignore_ascii_case(n.as_bytes())
                    && (n.len() == 3 || n.eq_ignore_ascii_case("sept")))
        })
        .map(|i| i as u32 + 1)
}

pub const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

pub fn weekday_words() -> impl Iterator<Item = &'static str> {
    WEEKDAYS.iter().map(|(w, _)| *w)
}

pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}
