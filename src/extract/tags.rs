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
/// A word of an office or body that gives figures ("ministry", "spokesman", "police").
pub const OFFICIAL: u32 = 1 << 11;
/// A number word or part of one: "seven", "twenty-three", "dozens", "dozen", "thousand".
pub const NUMBER_WORD: u32 = 1 << 12;
/// Ends a relative day: "day", "days", "morning", "evening", "night".
pub const DAY: u32 = 1 << 13;
/// In a sentence's tags only ([`Sentence::tags`]): it holds a number written in digits.
///
/// [`Sentence::tags`]: super::text::Sentence::tags
pub const DIGITS: u32 = 1 << 14;
/// In a sentence's tags only: it holds a double quotation mark.
pub const QUOTE: u32 = 1 << 15;
/// In a sentence's tags only: it holds two capitalised words or more (a name may be there).
pub const CAPITALS: u32 = 1 << 16;

/// The first word of a place name of the gazetteer, lower-cased.
pub const PLACE: u32 = 1 << 17;
/// A noun that ends a place name ("County", "Avenue", "Airport": `assets/lexicon/place_nouns.tsv`).
pub const PLACE_NOUN: u32 = 1 << 18;
/// A kind of place written with its name: "city", "village" ("the city of …"), "area" ("the
/// Dumair area").
pub const PLACE_KIND: u32 = 1 << 19;
/// The first word of a US state's name or abbreviation ("north", "kan", "n.h."): only a
/// sentence holding one can name a town by its state.
pub const STATE: u32 = 1 << 20;

/// The tags of a lower-cased word (lower-cased as [`super::intern`] does).
pub fn of(lower: &str) -> u32 {
    let place = if super::places::is_place_first_word(lower) { PLACE } else { 0 };
    table().get(lower) | place
}

/// Open addressing on the word's bytes read as three machine words: a look-up hashes and
/// compares 24 bytes without a loop, which matters at one look-up per word of every report.
struct Table {
    slots: Vec<([u64; 3], u32)>,
    shift: u32,
    /// One bit per (length, first byte, last byte) of the words in the table: most words of a
    /// report have no tag, and this small map turns them away without touching the slots.
    seen: Box<[u64; 256]>,
}

fn seen_bit(b: &[u8]) -> usize {
    ((b.len() & 15) << 10) | ((b[0] as usize & 31) << 5) | (b[b.len() - 1] as usize & 31)
}

/// The longest word a key holds; longer words have no tags.
const KEY_BYTES: usize = 24;

fn key(w: &str) -> Option<[u64; 3]> {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > KEY_BYTES {
        return None;
    }
    let mut buf = [0u8; KEY_BYTES];
    buf[..b.len()].copy_from_slice(b);
    let word = |i: usize| {
        u64::from_le_bytes([buf[i], buf[i + 1], buf[i + 2], buf[i + 3], buf[i + 4], buf[i + 5], buf[i + 6], buf[i + 7]])
    };
    Some([word(0), word(8), word(16)])
}

impl Table {
    fn new(words: &FxHashMap<String, u32>) -> Table {
        let bits = (words.len() * 4).next_power_of_two().trailing_zeros().max(4);
        let mut t = Table { slots: vec![([0; 3], 0); 1 << bits], shift: 64 - bits, seen: Box::new([0; 256]) };
        for (w, &tags) in words {
            if let Some(k) = key(w) {
                let bit = seen_bit(w.as_bytes());
                t.seen[bit >> 6] |= 1 << (bit & 63);
                let mut i = t.slot(&k);
                while t.slots[i].0 != [0; 3] {
                    i = (i + 1) & (t.slots.len() - 1);
                }
                t.slots[i] = (k, tags);
            }
        }
        t
    }

    fn slot(&self, k: &[u64; 3]) -> usize {
        let h = (k[0] ^ k[1].rotate_left(21) ^ k[2].rotate_left(42)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    fn get(&self, w: &str) -> u32 {
        let b = w.as_bytes();
        if b.is_empty() || b.len() > KEY_BYTES {
            return 0;
        }
        let bit = seen_bit(b);
        if self.seen[bit >> 6] & (1 << (bit & 63)) == 0 {
            return 0;
        }
        let Some(k) = key(w) else { return 0 };
        let mut i = self.slot(&k);
        loop {
            let (sk, tags) = self.slots[i];
            if sk == k {
                return tags;
            }
            if sk == [0; 3] {
                return 0;
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: FxHashMap<String, u32> = FxHashMap::default();
        let mut add = |w: &str, tag: u32| *m.entry(w.to_string()).or_default() |= tag;
        for w in super::numbers::opening_words() {
            add(&w, NUMBER);
        }
        for w in super::numbers::number_words() {
            add(&w, NUMBER_WORD);
        }
        for w in crate::calendar::month_forms() {
            add(&w, MONTH);
        }
        for w in crate::calendar::weekday_words() {
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
        for (w, _) in super::places::place_nouns() {
            add(w, PLACE_NOUN);
        }
        for w in super::places::DISTANCE_UNITS {
            add(w, DISTANCE);
        }
        for w in super::places::place_kind_words() {
            add(w, PLACE_KIND);
        }
        for w in super::places::gazetteer().state_first_words() {
            add(&w, STATE);
        }
        for w in super::figures::official_words() {
            add(w, OFFICIAL);
        }
        for w in ["a", "an"] {
            add(w, ARTICLE);
        }
        add("the", RELATIVE_DAY);
        for w in super::dates::FROM_REPORT_OPENERS {
            add(w, RELATIVE_DAY);
        }
        for w in super::dates::RELATIVE_DAY_ENDS {
            add(w, DAY);
        }
        Table::new(&m)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_fits_a_key() {
        let lex = super::super::lexicon::lexicon();
        let long: Vec<&String> = lex.people.keys().filter(|w| w.len() > KEY_BYTES).collect();
        assert!(long.is_empty(), "people nouns longer than a key: {long:?}");
        assert!(lex.cue_first_words().all(|w| w.len() <= KEY_BYTES));
        assert!(super::super::site::head_first_words().all(|w| w.len() <= KEY_BYTES));
    }

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
        assert_ne!(of("spokeswoman") & OFFICIAL, 0);
        assert_ne!(of("morning") & DAY, 0);
        assert_ne!(of("kabul") & PLACE, 0);
        assert_ne!(of("new") & PLACE, 0, "New York");
        assert_eq!(of("weather"), 0);
        assert_eq!(of(""), 0);
        assert_eq!(of("a-word-longer-than-any-key-holds"), 0);
    }
}
