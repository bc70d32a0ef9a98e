//! Sentences and tokens with byte offsets into the document text.

use std::sync::Arc;

use super::intern::{Cache, Word};
use super::tags;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Byte offsets into the document text, as `u32` to keep a token at 24 bytes (every pass
    /// reads all of them; a report is at most 20 MB): read them with [`Token::start`] and
    /// [`Token::end`].
    start: u32,
    end: u32,
    /// Lower-cased text, with curly apostrophes made straight: one copy per distinct word
    /// ([`super::intern`]); read it with [`Token::lower`].
    word: Word,
    pub kind: Kind,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Word classes of `lower` ([`super::tags`]).
    pub tags: u32,
}

// Every pass reads all tokens: their size is their speed.
const _: () = assert!(std::mem::size_of::<Token>() == 24);

impl Token {
    pub fn new(start: usize, end: usize, word: Word, kind: Kind, cap: bool, tags: u32) -> Token {
        Token { start: start as u32, end: end as u32, word, kind, cap, tags }
    }
    /// Lower-cased text, with curly apostrophes made straight.
    #[inline]
    pub fn lower(&self) -> &'static str {
        self.word
    }
    /// Byte offset of the first byte in the document text.
    pub fn start(&self) -> usize {
        self.start as usize
    }
    /// Byte offset just past the last byte.
    pub fn end(&self) -> usize {
        self.end as usize
    }
    pub fn is(&self, w: &str) -> bool {
        self.lower() == w
    }
    /// A double quotation mark: '"', '“' or '”'.
    pub fn is_double_quote(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.lower(), "\"" | "“" | "”")
    }
    /// A word written with a capital (not the possessive "'s").
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.cap && !self.lower().starts_with('\'')
    }
    /// A number, in digits or in words ("12", "twelve").
    pub fn is_number(&self) -> bool {
        self.kind == Kind::Number || self.tags & tags::NUMBER_WORD != 0
    }
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.contains(&self.lower())
    }
}

/// Whether the tokens from `i` on are `words`, one each ("at", "least").
#[inline]
pub fn words_at<W: AsRef<str>>(tokens: &[Token], i: usize, words: &[W]) -> bool {
    words.iter().enumerate().all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.is(w.as_ref())))
}

/// A sentence: its byte range and tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// The tokens of the whole document, in one allocation shared by its sentences: one
    /// vector per sentence cost an allocation and a free each, and scattered the tokens that
    /// every pass reads in order.
    all: Arc<Vec<Token>>,
    first: usize,
    last: usize,
    /// Index of the line (paragraph) it is in.
    pub paragraph: usize,
    /// The tags of all its tokens, and [`tags::DIGITS`], [`tags::QUOTE`], [`tags::CAPITALS`] if
    /// it holds a number, a quotation mark, two capitalised words: a pass skips a sentence that
    /// lacks the words its rules start from.
    pub tags: u32,
}

impl Sentence {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }

    pub fn tokens(&self) -> &[Token] {
        &self.all[self.first..self.last]
    }
}

/// Where a sentence is in the text: all that is kept of it once the report is read (its
/// tokens, five times the size of the text, are freed with the extraction's last pass).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    pub start: usize,
    pub end: usize,
}

impl Bounds {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

impl From<&Sentence> for Bounds {
    fn from(s: &Sentence) -> Bounds {
        Bounds { start: s.start, end: s.end }
    }
}

/// The clause token `k` of a sentence is in: the number of clause breaks before it (a
/// semicolon, a dash, "although", "while", "but", "whereas"). A day and a figure in different
/// clauses tell of different things: "12 died on Friday; 23 are missing".
pub fn clause_of(tokens: &[Token], k: usize) -> u32 {
    clause_and_conjunct(tokens, k).0
}

/// [`clause_of`] token `k`, and the conjunct of the sentence it is in: clauses further split
/// at commas and at "and" ("12 died yesterday and 3 more died this morning": each part tells
/// its own day). One pass over the tokens before it.
pub fn clause_and_conjunct(tokens: &[Token], k: usize) -> (u32, u32) {
    let (mut clause, mut conjunct) = (0u32, 0u32);
    for t in &tokens[..k.min(tokens.len())] {
        match t.lower() {
            ";" | "-" | "--" | "—" | "–" | "although" | "while" | "but" | "whereas" => {
                clause = clause.saturating_add(1)
            }
            "," | "and" => conjunct = conjunct.saturating_add(1),
            _ => {}
        }
    }
    (clause, conjunct)
}

/// A sentence while the document is read: its tokens are `first..last` of the document's.
struct Span {
    start: usize,
    end: usize,
    first: usize,
    last: usize,
    paragraph: usize,
    tags: u32,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "cpl", "maj", "rev", "sen", "rep", "gov",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc",
    "ltd", "co", "corp", "jr", "sr", "approx", "est", "mt", "ft",
];

/// Splits text into sentences: at line ends, and after `.`, `!` or `?` followed by a space
/// and a capital, a digit or a quotation mark, unless the dot ends an abbreviation
/// ("Mr.", "U.S.", "Jan.").
pub fn sentences(text: &str) -> Vec<Sentence> {
    super::intern::with(|words| split(text, words))
}

/// A report stored without capitals (some archives lower-case all news): fewer than one
/// letter in 500 is a capital, over two hundred letters. Its sentences then start with a
/// small letter, and its places are found without one.
pub fn lower_cased(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for chunk in text.as_bytes().chunks(1024) {
        for &b in chunk {
            upper += usize::from(b.is_ascii_uppercase());
            lower += usize::from(b.is_ascii_lowercase());
        }
        // Ordinary text has its capitals early: no need to read it all.
        if upper * 500 >= text.len() {
            return false;
        }
    }
    lower >= 200 && upper * 500 < lower
}

fn split(text: &str, words: &mut Cache) -> Vec<Sentence> {
    let mut out = Vec::new();
    let small_starts = lower_cased(text);
    // Tokens of all sentences, read into one buffer.
    let mut scratch = Vec::with_capacity(text.len() / 5 + 16);
    for (paragraph, (base, line_end)) in super::blocks::blocks(text).into_iter().enumerate() {
        let line = &text[base..line_end];
        let bytes = line.as_bytes();
        let mut s = 0;
        let mut i = 0;
        // Jump from one full stop, '!' or '?' to the next.
        while let Some(at) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
            i += at;
            let c = bytes[i];
            // Closing quotes and brackets stay with the sentence they end.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            if line[j..].starts_with('”') || line[j..].starts_with('’') {
                j += 3;
            }
            let rest = &line[j.min(line.len())..];
            let next = rest.trim_start();
            let spaced = rest.len() > next.len();
            let starts_new = next.chars().next().is_some_and(|n| {
                n.is_uppercase() || n.is_ascii_digit() || "\"“'‘(".contains(n) || small_starts && n.is_lowercase()
            });
            let run_on = !spaced && c == b'.' && is_run_on(&line[s..i], next);
            if (spaced && starts_new || run_on) && !(c == b'.' && is_abbreviation(&line[s..i])) {
                push_sentence(&mut out, &mut scratch, words, text, base + s, base + j, paragraph);
                s = j;
            }
            i = j;
        }
        push_sentence(&mut out, &mut scratch, words, text, base + s, base + line.len(), paragraph);
    }
    let all = Arc::new(scratch);
    out.into_iter()
        .map(|sp| Sentence {
            start: sp.start,
            end: sp.end,
            all: Arc::clone(&all),
            first: sp.first,
            last: sp.last,
            paragraph: sp.paragraph,
            tags: sp.tags,
        })
        .collect()
}

/// Crawled pages lose the space between paragraphs ("in the shooting.The attack began"): a
/// full stop after a lower-case word, then a capitalised word, ends a sentence all the same.
/// Web addresses ("ksn.com", "www.kansas.com/News") and initials are not run-ons.
fn is_run_on(before: &str, next: &str) -> bool {
    let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let lead = before[..before.len() - word.len()].chars().next_back();
    let mut n = next.chars();
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(lead, Some('.' | '/' | '@' | '-' | '_'))
        && n.next().is_some_and(|c| c.is_ascii_uppercase())
        && n.next().is_some_and(|c| c.is_ascii_lowercase())
}

fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"').next().unwrap_or("");
    // "U.S", "U.N", "a.m": dotted initials.
    if word.len() <= 4 && word.contains('.') {
        return true;
    }
    // A single capital: a middle initial ("John F. Kennedy").
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return true;
    }
    // Lower-cased on the stack and compared as bytes: this runs at nearly every full stop.
    let mut lower = [0u8; 6];
    if word.len() > lower.len() {
        return false;
    }
    for (l, b) in lower.iter_mut().zip(word.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    let lower = &lower[..word.len()];
    ABBREVIATIONS.iter().any(|a| a.as_bytes() == lower)
}

/// The longest run of text read as one sentence (bytes). A longer run without a sentence
/// break (a list of thousands of clauses, a page without punctuation) is cut at a clause break
/// or a space, so that no rule's cost per sentence, nor a figure's copy of its sentence, grows
/// with the input. Real sentences, even long lists of the dead, stay well under it.
pub const MAX_SENTENCE: usize = 1200;

fn push_sentence(
    out: &mut Vec<Span>,
    scratch: &mut Vec<Token>,
    words: &mut Cache,
    text: &str,
    mut start: usize,
    end: usize,
    paragraph: usize,
) {
    while end - start > MAX_SENTENCE {
        let cut = cut_point(text, start, start + MAX_SENTENCE);
        push_one(out, scratch, words, text, start, cut, paragraph);
        start = cut;
    }
    push_one(out, scratch, words, text, start, end, paragraph);
}

/// Where to cut an over-long run that starts at `start` before `limit`: after the last
/// semicolon, else comma, else space of its second half; else at the last character boundary.
fn cut_point(text: &str, start: usize, limit: usize) -> usize {
    let window = &text.as_bytes()[start..limit];
    let half = window.len() / 2;
    for mark in [b';', b',', b' '] {
        // ASCII: the byte after it starts a character.
        if let Some(i) = memchr::memrchr(mark, &window[half..]) {
            return start + half + i + 1;
        }
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

fn push_one(
    out: &mut Vec<Span>,
    scratch: &mut Vec<Token>,
    words: &mut Cache,
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
) {
    let slice = &text[start..end];
    let trimmed_start = start + (slice.len() - slice.trim_start().len());
    let trimmed_end = end - (slice.len() - slice.trim_end().len());
    if trimmed_start >= trimmed_end {
        return;
    }
    let first = scratch.len();
    let tags = tokenize_into(text, trimmed_start, trimmed_end, words, scratch);
    if scratch.len() > first {
        out.push(Span { start: trimmed_start, end: trimmed_end, first, last: scratch.len(), paragraph, tags });
    }
}

/// The tags of a sentence ([`Sentence::tags`]), gathered token by token as they are made.
#[derive(Default)]
struct SentenceTags {
    tags: u32,
    capitals: u32,
}

impl SentenceTags {
    #[inline(always)]
    fn add(&mut self, t: &Token) {
        self.capitals += u32::from(t.is_capitalised());
        self.tags |= t.tags
            | match t.kind {
                Kind::Number => tags::DIGITS,
                Kind::Punct if t.is_double_quote() => tags::QUOTE,
                _ => 0,
            };
    }

    fn get(&self) -> u32 {
        if self.capitals >= 2 { self.tags | tags::CAPITALS } else { self.tags }
    }
}

/// Words (with inner hyphens and apostrophes: "hostage-takers", "don't"), numbers ("1,300",
/// "6.2", "0500"; a unit stuck to a number is split off: "40km" → "40", "km"), and single
/// punctuation marks. A possessive "'s" is a token of its own.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    super::intern::with(|words| tokenize_into(text, start, end, words, &mut tokens));
    tokens
}

/// Appends the tokens of `text[start..end]` to `tokens`; returns their sentence tags.
fn tokenize_into(text: &str, start: usize, end: usize, words: &mut Cache, tokens: &mut Vec<Token>) -> u32 {
    let mut seen = SentenceTags::default();
    let s = &text[start..end];
    let b = s.as_bytes();
    let n = s.len();
    // ASCII is read byte by byte; only other characters are decoded.
    let char_at = |k: usize| if b[k] < 0x80 { b[k] as char } else { s[k..].chars().next().unwrap_or(' ') };
    let next_k = |k: usize| k + char_at(k).len_utf8();
    let mut k = 0;
    while k < n {
        let c = b[k];
        let class = CLASS[c as usize];
        if class == SPACE {
            k += 1;
            continue;
        }
        if class == OTHER && char_at(k).is_whitespace() {
            k = next_k(k);
            continue;
        }
        let begin = k;
        // An ASCII mark is a token of its own, but for "'s" and "--".
        if class == OTHER && c < 0x80 && c != b'\'' && c != b'-' {
            let token = Token::new(start + k, start + k + 1, &ASCII_WORDS[c as usize], Kind::Punct, false, 0);
            seen.add(&token);
            tokens.push(token);
            k += 1;
            continue;
        }
        // Most tokens are ASCII words ended by a space or a mark that cannot join them.
        if class & (UPPER | LOWER) != 0 {
            let e = alnum_end(b, k + 1);
            if e == n || ENDS_WORD[b[e] as usize] || (b[e] == b'.' && e - begin > 1) {
                // ASCII from `begin` to `e`.
                let (lower, tags) = words.word_bytes(&b[begin..e]);
                let token = Token::new(start + begin, start + e, lower, Kind::Word, class == UPPER, tags);
                seen.add(&token);
                tokens.push(token);
                k = e;
                continue;
            }
        }
        let kind;
        if class == DIGIT {
            k += 1;
            while k < n {
                let d = b[k];
                if d.is_ascii_digit() || ((d == b',' || d == b'.') && k + 1 < n && b[k + 1].is_ascii_digit()) {
                    k += 1;
                } else {
                    break;
                }
            }
            kind = Kind::Number;
        } else if class & (UPPER | LOWER) != 0 || (class == OTHER && char_at(k).is_alphabetic()) {
            k = next_k(k);
            let mut dotted = false;
            loop {
                // Runs of ASCII letters and digits without decoding.
                while k < n {
                    let c = CLASS[b[k] as usize];
                    if c & (UPPER | LOWER | DIGIT) == 0 {
                        break;
                    }
                    k += 1;
                }
                if k >= n {
                    break;
                }
                let d = char_at(k);
                if d.is_alphanumeric() {
                    k = next_k(k);
                } else if (d == '-' || d == '\'' || d == '’') && next_k(k) < n && char_at(next_k(k)).is_alphanumeric()
                {
                    // Keep "don't", "hostage-takers"; split the possessive "'s".
                    let after = next_k(k);
                    if d != '-'
                        && matches!(char_at(after), 's' | 'S')
                        && !(next_k(after) < n && char_at(next_k(after)).is_alphanumeric())
                    {
                        break;
                    }
                    k = after;
                } else if d == '.' && k + 1 < n && char_at(k + 1).is_alphabetic() && s[begin..k].chars().count() == 1 {
                    // "U.S", "a.m"
                    dotted = true;
                    k += 1;
                } else {
                    break;
                }
            }
            // "U.S." keeps its final dot.
            if dotted && k < n && b[k] == b'.' {
                k += 1;
            }
            kind = Kind::Word;
        } else if (c == b'\'' || char_at(k) == '’')
            && next_k(k) < n
            && matches!(char_at(next_k(k)), 's' | 'S')
            && !(next_k(next_k(k)) < n && char_at(next_k(next_k(k))).is_alphanumeric())
        {
            k = next_k(next_k(k));
            kind = Kind::Word;
        } else if c == b'-' && k + 1 < n && b[k + 1] == b'-' {
            k += 2;
            kind = Kind::Punct;
        } else {
            k = next_k(k);
            kind = Kind::Punct;
        }
        let raw = &s[begin..k];
        let (lower, tags) = words.word(raw);
        let tags = if kind == Kind::Word { tags } else { 0 };
        let cap = if c < 0x80 { c.is_ascii_uppercase() } else { raw.starts_with(char::is_uppercase) };
        let token = Token::new(start + begin, start + k, lower, kind, cap, tags);
        seen.add(&token);
        tokens.push(token);
    }
    seen.get()
}

/// Where the run of ASCII letters and digits from `from` ends. Eight bytes at a time: a
/// byte-by-byte table lookup was the tokenizer's hottest loop.
#[inline(always)]
fn alnum_end(b: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Per byte, with the high bit cleared so that no sum carries into the next byte,
    // `x + (0x80 - c)` has its high bit set exactly when x >= c.
    let at_least = |x: u64, c: u8| x + (0x80 - c as u64) * ONES;
    let mut e = from;
    while let Some(chunk) = b.get(e..e + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let w = u64::from_le_bytes(bytes);
        let low7 = w & !HIGH;
        // Upper case folded onto lower case; nothing else lands in 'a'..='z'.
        let folded = low7 | (0x20 * ONES);
        let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
        let digit = at_least(low7, b'0') & !at_least(low7, b'9' + 1);
        // Non-ASCII bytes (high bit set) stop the run too.
        let stop = (!(letter | digit) | w) & HIGH;
        if stop != 0 {
            return e + (stop.trailing_zeros() / 8) as usize;
        }
        e += 8;
    }
    while e < b.len() && CLASS[b[e] as usize] & (UPPER | LOWER | DIGIT) != 0 {
        e += 1;
    }
    e
}

/// Every ASCII character, for the text of one-character tokens.
const ASCII: &str = "\0\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f";

/// Each ASCII character as a [`Word`] of its own.
static ASCII_WORDS: [&str; 128] = {
    let mut words = [""; 128];
    let mut i = 0;
    while i < 128 {
        let (_, rest) = ASCII.as_bytes().split_at(i);
        let (one, _) = rest.split_at(1);
        words[i] = match std::str::from_utf8(one) {
            Ok(w) => w,
            Err(_) => "",
        };
        i += 1;
    }
    words
};

/// ASCII bytes after which a word cannot go on: not a letter or digit, not '-', '\'' or '.'
/// (which may join "hostage-takers", "don't", "U.S."); any byte of a longer character may.
const ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = !c.is_ascii_alphanumeric() && !matches!(c, b'-' | b'\'' | b'.');
        i += 1;
    }
    t
};

/// Byte classes for the tokenizer: any non-ASCII byte and any ASCII punctuation is `OTHER`.
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const UPPER: u8 = 4;
const LOWER: u8 = 8;
const OTHER: u8 = 16;
const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_are_counted_at_semicolons_dashes_and_contrasts() {
        let text = "Twelve died on Friday; 23 are missing, but rescuers hope — officials said.";
        let s = sentences(text);
        let t = s[0].tokens();
        let at = |w: &str| t.iter().position(|x| x.is(w)).expect(w);
        let clauses: Vec<u32> = ["twelve", "friday", "23", "missing", "rescuers", "officials"]
            .iter()
            .map(|w| clause_of(t, at(w)))
            .collect();
        assert_eq!(clauses, [0, 0, 1, 1, 2, 3]);
        assert_eq!(clause_of(t, t.len() + 5), 3, "past the end counts every break");
        assert_eq!(Bounds::from(&s[0]).text(text), text);
    }

    #[test]
    fn alnum_runs_end_at_the_first_other_byte() {
        // Every byte value at every position of an eight-byte chunk and of the tail.
        for len in [3, 8, 13, 20] {
            for at in 0..len {
                for c in 0..=255u8 {
                    let mut b = vec![b'a'; len];
                    b[at] = c;
                    let expected = if c.is_ascii_alphanumeric() { len } else { at };
                    assert_eq!(alnum_end(&b, 0), expected, "byte {c:#x} at {at} of {len}");
                }
            }
        }
        assert_eq!(alnum_end(b"Hostages9z-x", 0), 10);
        assert_eq!(alnum_end("AbcdefghÉ".as_bytes(), 2), 8);
    }

    #[test]
    fn ascii_table_holds_each_character_at_its_code() {
        assert_eq!(ASCII.len(), 128);
        assert!(ASCII.bytes().enumerate().all(|(i, b)| b as usize == i));
        // The words one-character tokens hold, made from it at compile time.
        assert!(ASCII_WORDS.iter().enumerate().all(|(i, w)| w.as_bytes() == [i as u8]));
    }

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0, s.len()).into_iter().map(|t| t.lower().to_string()).collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(words("Japan's 1,300km hostage-takers"), ["japan", "'s", "1,300", "km", "hostage-takers"]);
        assert_eq!(words("U.S. officials, 6.2 metres"), ["u.s.", "officials", ",", "6.2", "metres"]);
        assert_eq!(words("died -- identified"), ["died", "--", "identified"]);
        assert_eq!(words("don't (ap)"), ["don't", "(", "ap", ")"]);
    }

    #[test]
    fn sentence_split() {
        let t =
            "Mr. Lee said 3 died. U.S. officials agreed. \"Five were hurt.\" Then at 9 a.m. rescuers came.\nNext line";
        let s: Vec<&str> = sentences(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            s,
            [
                "Mr. Lee said 3 died.",
                "U.S. officials agreed.",
                "\"Five were hurt.\"",
                "Then at 9 a.m. rescuers came.",
                "Next line"
            ]
        );
    }

    #[test]
    fn run_on_paragraphs_of_a_crawled_page_are_split() {
        let t = "Two were hurt in the blast.The mayor spoke at 5 p.m.Reporters left. See wtop.com/News or U.S.Army.";
        let s: Vec<&str> = sentences(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            s,
            [
                "Two were hurt in the blast.",
                "The mayor spoke at 5 p.m.Reporters left.",
                "See wtop.com/News or U.S.Army."
            ]
        );
    }
}
