//! The closed vocabularies of the analysis (SCHEMA.md) as types, so that the stages compare
//! values, not spellings. Each serialises to the schema's word, so the JSON is unchanged.
//! Variants are declared in the alphabetical order of their words: sorting by the type sorts
//! as the words did.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Words of a vocabulary: `as_str` gives the schema's word, `Display` writes it.
macro_rules! words {
    ($ty:ident { $($variant:ident => $word:literal),* $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// The schema's word.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $word),*
                }
            }

            /// The value the schema's word names.
            pub fn parse(word: &str) -> Option<Self> {
                match word {
                    $($word => Some($ty::$variant),)*
                    _ => None,
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// How exact a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    About,
    AtLeast,
    AtMost,
    #[default]
    Exact,
    LessThan,
    MoreThan,
    Range,
}

words!(Approx {
    About => "about",
    AtLeast => "at_least",
    AtMost => "at_most",
    Exact => "exact",
    LessThan => "less_than",
    MoreThan => "more_than",
    Range => "range",
});

/// What happened to the people a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    DeadOrMissing,
    Evacuated,
    Freed,
    Held,
    Ill,
    Injured,
    Killed,
    Missing,
    Safe,
    /// How many there were: at the site, in the group.
    Total,
}

words!(Outcome {
    DeadOrMissing => "dead_or_missing",
    Evacuated => "evacuated",
    Freed => "freed",
    Held => "held",
    Ill => "ill",
    Injured => "injured",
    Killed => "killed",
    Missing => "missing",
    Safe => "safe",
    Total => "total",
});

impl Outcome {
    /// The word as a reader writes it ("dead or missing").
    pub fn words(self) -> &'static str {
        match self {
            Outcome::DeadOrMissing => "dead or missing",
            o => o.as_str(),
        }
    }
}

/// How a figure compares with the other reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not compared yet.
    #[default]
    #[serde(rename = "")]
    Unset,
    Agree,
    Claim,
    Conflict,
    /// No other report counts the same people.
    Only,
    Update,
}

words!(Status {
    Unset => "",
    Agree => "agree",
    Claim => "claim",
    Conflict => "conflict",
    Only => "only",
    Update => "update",
});

/// What a disagreement says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisagreementKind {
    /// A party's count against the official one.
    Claim,
    /// Two values for the same day.
    Conflict,
    /// One report gives a part larger than its whole (listed in `inconsistencies`).
    Inconsistency,
    /// The value moved from one day to the next.
    Update,
}

words!(DisagreementKind {
    Claim => "claim",
    Conflict => "conflict",
    Inconsistency => "inconsistency",
    Update => "update"
});

impl DisagreementKind {
    /// The figure status this kind of disagreement gives.
    pub fn status(self) -> Status {
        match self {
            DisagreementKind::Claim => Status::Claim,
            DisagreementKind::Conflict => Status::Conflict,
            DisagreementKind::Update => Status::Update,
            DisagreementKind::Inconsistency => Status::Conflict,
        }
    }
}

/// How firmly a conflict holds: `hard` when both values are exact, `weak` when qualifiers
/// leave room; none for other kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    #[default]
    #[serde(rename = "")]
    None,
    Hard,
    Weak,
}

words!(Strength { None => "", Hard => "hard", Weak => "weak" });

/// What span of the event a figure counts: its `toll` (the whole, or one incident of it),
/// an `increment` on a count said before ("nine additional victims", "another 20"), or a
/// `part` of a larger figure ("three of the victims", "including four firefighters").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Span {
    Increment,
    Part,
    #[default]
    Toll,
}

words!(Span { Increment => "increment", Part => "part", Toll => "toll" });

/// How a figure's day was found: named in its own `sentence`; the stamp of the live blog
/// `entry` it is in; the day its `story` had come to (the last day named before it); or the
/// `report`'s own day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayBasis {
    Sentence,
    Entry,
    Story,
    Report,
}

words!(DayBasis { Sentence => "sentence", Entry => "entry", Story => "story", Report => "report" });

/// A calendar day, with or without its year: `YYYY-MM-DD` or `--MM-DD` in the JSON.
/// Days without a year sort before days with one, as their strings did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Day {
    pub year: Option<i16>,
    pub month: i8,
    pub day: i8,
}

impl Day {
    /// `date`, with its year when `year_known`.
    pub fn new(date: Date, year_known: bool) -> Self {
        Day { year: year_known.then_some(date.year()), month: date.month(), day: date.day() }
    }

    /// The date, a day without a year placed in 2000 (a leap year: every month and day has
    /// a place).
    pub fn date(self) -> Option<Date> {
        Date::new(self.year.unwrap_or(2000), self.month, self.day).ok()
    }

    pub fn year_known(self) -> bool {
        self.year.is_some()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Digits written by hand: every figure's day is written, and formatting machinery
        // was a measurable part of the output.
        fn digits(out: &mut [u8], n: i16) {
            let mut n = n.unsigned_abs();
            for b in out.iter_mut().rev() {
                *b = b'0' + (n % 10) as u8;
                n /= 10;
            }
        }
        let mut buf = *b"0000-00-00";
        let start = match self.year {
            Some(y) if (0..=9999).contains(&y) => {
                digits(&mut buf[..4], y);
                0
            }
            // Years outside four digits take jiff's own form.
            Some(_) => {
                return match self.date() {
                    Some(d) => write!(f, "{d}"),
                    None => write!(f, "{self:?}"),
                };
            }
            // "--MM-DD": the year's last digit becomes the first dash.
            None => {
                buf[3] = b'-';
                3
            }
        };
        digits(&mut buf[5..7], self.month.into());
        digits(&mut buf[8..10], self.day.into());
        f.write_str(std::str::from_utf8(&buf[start..]).unwrap_or_default())
    }
}

/// A string that is not a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotADay(pub String);

impl fmt::Display for NotADay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a day: {:?}", self.0)
    }
}

impl std::error::Error for NotADay {}

impl FromStr for Day {
    type Err = NotADay;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || NotADay(s.to_string());
        if let Some(md) = s.strip_prefix("--") {
            let d: Date = format!("2000-{md}").parse().map_err(|_| err())?;
            return Ok(Day::new(d, false));
        }
        let d: Date = s.get(..10).ok_or_else(err)?.parse().map_err(|_| err())?;
        Ok(Day::new(d, true))
    }
}

impl From<Day> for String {
    fn from(d: Day) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Day {
    type Error = NotADay;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_through_json() {
        for o in Outcome::ALL {
            let json = serde_json::to_string(o).unwrap();
            assert_eq!(json, format!("\"{}\"", o.as_str()));
            assert_eq!(serde_json::from_str::<Outcome>(&json).unwrap(), *o);
        }
        assert_eq!(serde_json::to_string(&Status::Unset).unwrap(), "\"\"");
        assert_eq!(serde_json::to_string(&Strength::Weak).unwrap(), "\"weak\"");
        assert_eq!(serde_json::to_string(&Approx::AtLeast).unwrap(), "\"at_least\"");
    }

    #[test]
    fn order_of_values_is_the_order_of_their_words() {
        for all in [
            Outcome::ALL.iter().map(|o| o.as_str()).collect::<Vec<_>>(),
            Approx::ALL.iter().map(|o| o.as_str()).collect(),
            Status::ALL.iter().map(|o| o.as_str()).collect(),
            DisagreementKind::ALL.iter().map(|o| o.as_str()).collect(),
            Strength::ALL.iter().map(|o| o.as_str()).collect(),
        ] {
            assert!(all.windows(2).all(|w| w[0] < w[1]), "{all:?}");
        }
    }

    #[test]
    fn days_read_and_write_both_forms_and_sort_as_strings() {
        let with: Day = "2013-01-19".parse().unwrap();
        let without: Day = "--02-29".parse().unwrap();
        assert_eq!(with.to_string(), "2013-01-19");
        assert_eq!(without.to_string(), "--02-29");
        assert!(without < with);
        assert_eq!(serde_json::to_string(&with).unwrap(), "\"2013-01-19\"");
        assert_eq!(serde_json::from_str::<Day>("\"--02-29\"").unwrap(), without);
        assert!("2013-02-30".parse::<Day>().is_err());
        assert!("yesterday".parse::<Day>().is_err());
    }

    #[test]
    fn days_are_written_as_iso_dates_or_month_days() {
        let d = |y, m, day| Date::new(y, m, day).expect("a real day");
        let written = |date: Date, year_known: bool| Day::new(date, year_known).to_string();
        assert_eq!(written(d(2013, 1, 19), true), "2013-01-19");
        assert_eq!(written(d(2013, 1, 19), false), "--01-19");
        assert_eq!(written(d(987, 12, 3), true), d(987, 12, 3).to_string());
        assert_eq!(written(d(2024, 10, 31), true), "2024-10-31");
        assert_eq!(written(d(-5, 2, 1), true), d(-5, 2, 1).to_string());
    }
}
