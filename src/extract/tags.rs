//! Word classes of a token, looked up once when the token is made ([`Token::tags`]). The
//! passes over a report's tokens (numbers, dates, attribution, site parts, distances) test a
//! bit before they compare any string, so a word that opens nothing costs one hash look-up
//! in all instead of one string comparison per word list per pass.
//!
//! A tag only says that a rule may start at the token; each rule still checks the words.
//!
//! [`Token::tags`]: super::text::Token::tags

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// May open a number expression: a number word, a vague count, a qualifier, "a"/"an".
pub const NUMBER: u32 = 1 << 0;
/// A month name or abbreviation.
pub const MONTH: u32 = 1 << 1;
pub const WEEKDAY: u32 = 1 << 2;
/// A saying verb, "according", or a verb that gives a count ("put the toll at").
pub const SAY: u32 = 1 << 3;
/// A noun that counts people (`assets/lexicon/people.tsv`).
pub const PEOPLE: u32 = 1 << 4;
/// The first word of an outcome cue (`assets/lexicon/outcomes.tsv`).
pub const CUE: u32 = 1 << 5;
/// The first word of a part of a site (`assets/lexicon/site_parts.tsv`).
pub const SITE: u32 = 1 << 6;
/// A unit of distance.
pub const DISTANCE: u32 = 1 << 7;
/// "a", "an".
pub const ARTICLE: u32 = 1 << 8;
/// The first word of a nationality or country name, lower-cased.
pub const NATIONALITY: u32 = 1 << 9;
/// Opens a relative day ("the following day").
pub const RELATIVE_DAY: u32 = 1 << 10;

/// The tags of a lower-cased word.
pub fn of(lower: &str) -> u32 {
    // No word of any list is longer than this: skip hashing long words.
    if lower.len() > 24 {
        return 0;
    }
    table().get(lower).copied().unwrap_or(0)
}

fn table() -> &'static FxHashMap<String, u32> {
    static TABLE: OnceLock<FxHashMap<String, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: FxHashMap<String, u32> = FxHashMap::default();
        let mut add = |w: &str, tag: u32| *m.entry(w.to_string()).or_default() |= tag;
        for w in super::numbers::opening_words() {
            add(&w, NUMBER);
        }
        for w in crate::ingest::published::month_forms() {
            add(&w, MONTH);
        }
        for w in super::dates::weekday_words() {
            add(w, WEEKDAY);
        }
        for w in super::figures::attribution_words() {
            add(w, SAY);
        }
        let lex = super::lexicon::lexicon();
        for w in lex.people.keys() {
            add(w, PEOPLE);
        }
        for w in lex.cue_first_words() {
            add(w, CUE);
        }
        for w in lex.nationality_first_words() {
            add(&w.to_lowercase(), NATIONALITY);
        }
        for w in super::site::head_first_words() {
            add(w, SITE);
        }
        for w in super::places::DISTANCE_UNITS {
            add(w, DISTANCE);
        }
        for w in ["a", "an"] {
            add(w, ARTICLE);
        }
        add("the", RELATIVE_DAY);
        m
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_their_classes() {
        assert_ne!(of("twenty-three") & NUMBER, 0);
        assert_ne!(of("dozens") & NUMBER, 0);
        assert_ne!(of("sept") & MONTH, 0);
        assert_ne!(of("saturday") & WEEKDAY, 0);
        assert_ne!(of("told") & SAY, 0);
        assert_ne!(of("hostages") & PEOPLE, 0);
        assert_ne!(of("kilometres") & DISTANCE, 0);
        assert_ne!(of("japanese") & NATIONALITY, 0);
        assert_eq!(of("an") & (ARTICLE | NUMBER), ARTICLE | NUMBER);
        assert_eq!(of("weather"), 0);
    }
}
