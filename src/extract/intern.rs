//! The lower-cased form and word classes of each distinct token, computed once per process
//! instead of once per token.
//!
//! A report of 5,000 words has perhaps 1,500 distinct ones, and a window of reports shares most
//! of them; lower-casing and classifying every token again was a third of the tokenizer's time.
//! Each thread keeps a table from a token's text as written ("The", "the", "Hostages") to its
//! lower-cased form and tags; a miss lower-cases the word once and takes the one copy of that
//! form kept for the life of the process ([`Word`], which also makes a [`Token`] `Copy`).
//!
//! The kept words grow with the vocabulary read, not with the amount of text; a cap bounds
//! what hostile input (millions of distinct made-up words) can make the process keep. Past the
//! cap a new word's form is the empty string: it matches no rule, and real reports never get
//! there.
//!
//! [`Token`]: super::text::Token

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::Mutex;

/// The most distinct lower-cased words kept (about 60 bytes each for words of up to 16 bytes:
/// the text, the reference a token holds and the set's entry; some 120 MB at the cap, far
/// beyond any vocabulary).
const MAX_WORDS: usize = 1 << 21;
/// The most entries of one thread's table (at most 2^19 slots of 40 bytes, about 20 MB);
/// past it, a word not in the table is looked up in the shared set each time: slower, never
/// wrong.
const MAX_CACHED: usize = 1 << 18;
/// Tokens up to this many bytes are keyed without hashing their text as a string.
const KEY_BYTES: usize = 24;

/// A kept lower-cased form. A token holds a thin reference to one (8 bytes where a `&str`
/// takes 16), which keeps a token at 24 bytes: a window of reports holds millions of them,
/// and every pass reads them all.
pub type Word = &'static &'static str;

/// Every lower-cased form handed out, shared by all threads.
static WORDS: Mutex<Option<FxHashMap<&'static str, Word>>> = Mutex::new(None);

/// The one kept copy of `lower`, or "" past the cap.
fn keep(lower: &str) -> Word {
    let Ok(mut guard) = WORDS.lock() else { return &"" };
    let words = guard.get_or_insert_with(FxHashMap::default);
    if let Some(&w) = words.get(lower) {
        return w;
    }
    if words.len() >= MAX_WORDS {
        return &"";
    }
    let text: &'static str = Box::leak(lower.to_string().into_boxed_str());
    let w: Word = Box::leak(Box::new(text));
    words.insert(text, w);
    w
}

/// Lower case, with curly apostrophes made straight.
pub(super) fn lower_case(raw: &str) -> String {
    if raw.is_ascii() { raw.to_ascii_lowercase() } else { raw.to_lowercase().replace('’', "'") }
}

#[derive(Clone, Copy)]
struct Slot {
    key: [u64; 3],
    /// Length of the token's text; 0 marks an empty slot.
    len: u8,
    tags: u32,
    lower: Word,
}

const EMPTY: Slot = Slot { key: [0; 3], len: 0, tags: 0, lower: &"" };

/// One thread's table from a token's text to its lower-cased form and tags.
pub struct Cache {
    slots: Vec<Slot>,
    used: usize,
    /// Tokens longer than a key.
    long: FxHashMap<Box<str>, (Word, u32)>,
}

/// The bytes of a token of 1 to 24 bytes as three words. Together with the length this names
/// the token exactly: the reads overlap but cover every byte. Read straight from the text,
/// without a copy into a buffer (whose narrow stores and wide loads would stall).
#[inline]
fn key(b: &[u8]) -> [u64; 3] {
    let n = b.len();
    let u64_at = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        u64::from_le_bytes(w)
    };
    let u32_at = |i: usize| {
        let mut w = [0u8; 4];
        w.copy_from_slice(&b[i..i + 4]);
        u32::from_le_bytes(w) as u64
    };
    match n {
        0 => [0; 3],
        1..=3 => [b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16, 0, 0],
        4..=8 => [u32_at(0) | u32_at(n - 4) << 32, 0, 0],
        9..=16 => [u64_at(0), u64_at(n - 8), 0],
        _ => [u64_at(0), u64_at(8), u64_at(n - 8)],
    }
}

fn hash(k: &[u64; 3]) -> u64 {
    (k[0] ^ k[1].rotate_left(21) ^ k[2].rotate_left(42)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl Cache {
    fn new() -> Cache {
        Cache { slots: vec![EMPTY; 1 << 10], used: 0, long: Default::default() }
    }

    /// The lower-cased form of a token's text and its tags ([`super::tags`]).
    #[inline(always)]
    pub fn word(&mut self, raw: &str) -> (Word, u32) {
        self.word_bytes(raw.as_bytes())
    }

    /// [`Cache::word`] of the text `b`, which must be UTF-8 (it is only read as text on a
    /// miss): the tokenizer's words need no check of character boundaries.
    #[inline(always)]
    pub fn word_bytes(&mut self, b: &[u8]) -> (Word, u32) {
        if b.is_empty() || b.len() > KEY_BYTES {
            return self.long_word(&String::from_utf8_lossy(b));
        }
        let k = key(b);
        let mask = self.slots.len() - 1;
        let mut i = (hash(&k) >> 40) as usize & mask;
        loop {
            let s = &self.slots[i];
            if s.len == 0 {
                break;
            }
            if s.key == k && s.len as usize == b.len() {
                return (s.lower, s.tags);
            }
            i = (i + 1) & mask;
        }
        let (lower, tags) = classify(&String::from_utf8_lossy(b));
        if self.used < MAX_CACHED {
            self.slots[i] = Slot { key: k, len: b.len() as u8, tags, lower };
            self.used += 1;
            if self.used * 2 > self.slots.len() {
                self.grow();
            }
        }
        (lower, tags)
    }

    #[cold]
    fn long_word(&mut self, raw: &str) -> (Word, u32) {
        if let Some(&v) = self.long.get(raw) {
            return v;
        }
        let v = classify(raw);
        if self.long.len() < MAX_CACHED {
            self.long.insert(raw.into(), v);
        }
        v
    }

    #[cold]
    fn grow(&mut self) {
        let bigger = vec![EMPTY; self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, bigger);
        let mask = self.slots.len() - 1;
        for s in old.into_iter().filter(|s| s.len != 0) {
            let mut i = (hash(&s.key) >> 40) as usize & mask;
            while self.slots[i].len != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = s;
        }
    }
}

#[cold]
fn classify(raw: &str) -> (Word, u32) {
    let lower = keep(&lower_case(raw));
    (lower, super::tags::of(lower))
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::new());
}

/// Runs `f` with this thread's table.
pub fn with<R>(f: impl FnOnce(&mut Cache) -> R) -> R {
    CACHE.with(|c| match c.try_borrow_mut() {
        Ok(mut cache) => f(&mut cache),
        // Only a re-entrant call gets here; a table of its own keeps it correct.
        Err(_) => f(&mut Cache::new()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_form_per_word_whatever_its_case() {
        let (a, ta) = with(|c| c.word("Hostages"));
        let (b, tb) = with(|c| c.word("hostages"));
        assert_eq!(*a, "hostages");
        assert!(std::ptr::eq(a, b) && std::ptr::eq(*a, *b), "one kept copy");
        assert_eq!(ta, tb);
        assert_ne!(ta & super::super::tags::PEOPLE, 0);
        assert_eq!(*with(|c| c.word("Don’t")).0, "don't");
        assert_eq!(with(|c| c.word("Weather")), (&"weather", 0));
        let long = "Supercalifragilisticexpialidocious-hostages";
        assert_eq!(*with(|c| c.word(long)).0, long.to_lowercase());
    }

    #[test]
    fn the_table_grows_and_keeps_every_word() {
        let mut c = Cache::new();
        let words: Vec<String> = (0..10_000).map(|i| format!("W{i}x")).collect();
        for w in &words {
            c.word(w);
        }
        assert!(c.slots.len() >= 20_000);
        for w in &words {
            assert_eq!(*c.word(w).0, w.to_lowercase());
        }
    }
}
