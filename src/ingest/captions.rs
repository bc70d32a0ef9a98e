//! Capitals-only transcripts (a TV station's closed captions pasted into its web page) lose
//! the line breaks between their short lines, and with them the spaces: "THERE WERE 16PEOPLE
//! THAT SUSTAINED GUNSHOTINJURIES, ONE OF WHICH ISDECEASED.A TOTAL OF 15 …". Such a line is
//! mended word by word: two known words run together are parted, and a full stop or comma run
//! into the next word gets its space back.

use std::sync::OnceLock;

/// A line is read as a transcript when it holds at least this many letters, nearly all
/// capitals (a headline in capitals is short, and is left alone).
const MIN_LETTERS: usize = 120;

/// The parts of a parted word are among this many of the most frequent words: a rare word
/// is more often a piece of a name than half of two words run together.
const PART_RANK: u32 = 60_000;

/// The parts of a word of five letters or fewer are among this many of the most frequent.
const SHORT_PART_RANK: u32 = 1_000;

/// The ranked word list (one word a line, most frequent first).
const LIST: &str = include_str!("../../assets/lexicon/words.txt");

/// English words by frequency, sorted by their text: (start, end, rank) in [`LIST`], twelve
/// bytes a word (a hash map of the 126,000 words held 7 MB), with where the words of each
/// first two bytes begin, so that a search by halves runs over a few hundred.
struct Words {
    sorted: Vec<(u32, u32, u32)>,
    /// `starts[256 * a + b]`: the first word not before the two bytes `a b`.
    starts: Vec<u32>,
}

/// The text of an entry of [`Words`].
fn entry(&(s, e, _): &(u32, u32, u32)) -> &'static str {
    &LIST[s as usize..e as usize]
}

impl Words {
    fn text(&self, i: usize) -> Option<&'static str> {
        self.sorted.get(i).map(entry)
    }

    /// The rank of a word (0 is the most frequent).
    fn get(&self, w: &str) -> Option<u32> {
        // Searched among the words that share its first two bytes (or its first byte).
        let (lo, hi) = match w.as_bytes() {
            [] => return None,
            // (A one-byte word sorts before the pairs that start with its byte.)
            [x] => ((usize::from(*x) * 256).saturating_sub(1), (usize::from(*x) + 1) * 256),
            [x, y, ..] => (usize::from(*x) * 256 + usize::from(*y), usize::from(*x) * 256 + usize::from(*y) + 1),
        };
        let end = |k: usize| self.starts.get(k).map_or(self.sorted.len(), |&i| i as usize);
        let (lo, hi) = (end(lo), end(hi));
        let i = lo + self.sorted[lo..hi].partition_point(|x| entry(x) < w);
        (self.text(i) == Some(w)).then(|| self.sorted[i].2)
    }

    /// Each word that begins `w` (its length and rank), shortest first: the words that start
    /// with a longer beginning lie among those that start with a shorter one, so each step
    /// searches a narrower run of the table.
    fn beginnings(&self, w: &str, mut found: impl FnMut(usize, u32)) {
        let (mut lo, mut hi) = (0, self.sorted.len());
        for k in 1..=w.len() {
            let Some(head) = w.get(..k) else { continue };
            let run = &self.sorted[lo..hi];
            let from = run.partition_point(|x| entry(x) < head);
            let to = from + run[from..].partition_point(|x| entry(x).starts_with(head));
            (lo, hi) = (lo + from, lo + to);
            if lo == hi {
                return;
            }
            if self.text(lo) == Some(head) {
                found(k, self.sorted[lo].2);
            }
        }
    }
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut v = Vec::with_capacity(LIST.len() / 8);
        let mut start = 0usize;
        for (rank, line) in LIST.split('\n').enumerate() {
            let end = start + line.trim_end().len();
            if end > start
                && let (Ok(s), Ok(e), Ok(r)) = (u32::try_from(start), u32::try_from(end), u32::try_from(rank))
            {
                v.push((s, e, r));
            }
            start += line.len() + 1;
        }
        // By text, then rank: the first of a word written twice is its most frequent.
        v.sort_unstable_by(|a, b| entry(a).cmp(entry(b)).then(a.2.cmp(&b.2)));
        v.dedup_by(|b, a| entry(a) == entry(b));
        // Where each pair of first bytes begins.
        let mut starts = vec![0u32; 256 * 256];
        let mut i = 0usize;
        for (k, slot) in starts.iter_mut().enumerate() {
            let pair = [(k / 256) as u8, (k % 256) as u8];
            while i < v.len() && entry(&v[i]).as_bytes() < &pair[..] {
                i += 1;
            }
            *slot = u32::try_from(i).unwrap_or(u32::MAX);
        }
        Words { sorted: v, starts }
    })
}

/// The text with its capitals-only transcript lines mended, and how many spaces were put
/// back; `None` when no line needed it (the text is then used as it is).
pub fn mend(text: &str) -> Option<(String, usize)> {
    if !text.split('\n').any(is_transcript) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut mended = 0;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if is_transcript(line) {
            mended += mend_line(line, &mut out);
        } else {
            out.push_str(line);
        }
    }
    (mended > 0).then_some((out, mended))
}

/// A long line whose letters are nearly all capitals.
fn is_transcript(line: &str) -> bool {
    // Most lines of a report are dismissed by their length or by a small letter near the start.
    if line.len() < MIN_LETTERS || line.bytes().take(64).any(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let (mut upper, mut lower) = (0usize, 0usize);
    for b in line.bytes() {
        upper += usize::from(b.is_ascii_uppercase());
        lower += usize::from(b.is_ascii_lowercase());
    }
    upper >= MIN_LETTERS && lower * 20 <= upper
}

/// Writes the mended line to `out`; returns how many spaces it put back.
fn mend_line(line: &str, out: &mut String) -> usize {
    let mut mended = 0;
    for (i, token) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        for (k, piece) in punctuation_run_together(token).into_iter().enumerate() {
            if k > 0 {
                out.push(' ');
                mended += 1;
            }
            mended += mend_word(piece, out);
        }
    }
    mended
}

/// "ISDECEASED.A" → "ISDECEASED.", "A"; "VICTIMS?CAN", "CLUB,WHICH": a stop, question mark,
/// comma and the like between letters, after a word of two or more letters, lost the space
/// after it. Not "U.S." (one letter before the stop), "1,000" nor a web address.
fn punctuation_run_together(token: &str) -> Vec<&str> {
    let b = token.as_bytes();
    let lower = token.to_ascii_lowercase();
    if lower.contains("www") || [".com", ".org", ".net", ".gov", ".edu"].iter().any(|d| lower.contains(d)) {
        return vec![token];
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut word_start = 0;
    for i in 0..b.len() {
        if !b[i].is_ascii_alphabetic() {
            // (b[word_start..i] is letters only.)
            if matches!(b[i], b'.' | b'?' | b'!' | b',' | b';' | b':')
                && i >= word_start + 2
                && b.get(i + 1)
                    .is_some_and(|c| c.is_ascii_alphabetic() || (b[i] == b'.' && (c.is_ascii_digit() || *c == b'"')))
            {
                // Split after the mark; both ends are ASCII, so these are char boundaries.
                pieces.push(&token[start..=i]);
                start = i + 1;
            }
            word_start = i + 1;
        }
    }
    pieces.push(&token[start..]);
    pieces
}

/// Writes one word, parted where it is two run together; returns the spaces put back.
fn mend_word(piece: &str, out: &mut String) -> usize {
    // The word between its punctuation: `"`, `(`, `,`, `.` and the like stay where they are.
    let core_start = piece.find(|c: char| c.is_ascii_alphanumeric()).unwrap_or(piece.len());
    let core_end = piece.rfind(|c: char| c.is_ascii_alphanumeric()).map_or(core_start, |i| i + 1);
    let core = &piece[core_start..core_end];
    // ("16PEOPLE" stays as written: the tokenizer parts a number from the word after it.)
    let split = if core.bytes().all(|b| b.is_ascii_uppercase()) { two_words(core) } else { None };
    match split {
        Some(at) => {
            out.push_str(&piece[..core_start + at]);
            out.push(' ');
            out.push_str(&piece[core_start + at..]);
            1
        }
        None => {
            out.push_str(piece);
            0
        }
    }
}

/// Where "GUNSHOTINJURIES" parts ("GUNSHOT", "INJURIES"): into two frequent words, the
/// most frequent pair when several partings are possible, unless it is a word itself; a rare
/// "word" that two frequent ones make ("inthe", a slip the word list holds) is parted.
fn two_words(core: &str) -> Option<usize> {
    if core.len() < 4 || core.len() > 40 {
        return None;
    }
    let words = words();
    let lower = core.to_ascii_lowercase();
    // The cost of a word is how rare it is (the log of its rank).
    let cost = |rank: u32| f64::from(rank.saturating_add(1)).ln();
    // A word stays whole unless a parting is far more likely; one of the common words always
    // does (two words run together are rarely one of them: "into" is not "in to").
    let whole = match words.get(lower.as_str()) {
        Some(rank) if rank < COMMON => return None,
        Some(rank) => cost(rank),
        None => f64::INFINITY,
    };
    // A short word is more often an acronym ("UCMC", "COVID") than two run together, unless
    // both are among the most frequent words ("INTHE", "ITIS").
    let limit = if core.len() <= 5 { SHORT_PART_RANK } else { PART_RANK };
    let short_ok = |w: &str| w.len() >= 2 || w == "a" || w == "i";
    let mut best: Option<(usize, f64)> = None;
    words.beginnings(&lower, |at, a| {
        if at < lower.len()
            && a < limit
            && short_ok(&lower[..at])
            && let Some(b) = words.get(&lower[at..]).filter(|&r| r < limit && short_ok(&lower[at..]))
        {
            let parted = cost(a) + cost(b);
            if best.is_none_or(|(_, c)| parted < c) {
                best = Some((at, parted));
            }
        }
    });
    best.filter(|&(_, parted)| parted + WHOLE_MARGIN < whole).map(|(at, _)| at)
}

/// Words this frequent are never parted.
const COMMON: u32 = 20_000;

/// How much less a parting must cost than the whole word (in log rank: about 20 times more
/// frequent words).
const WHOLE_MARGIN: f64 = 3.0;

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up station transcript: short caption lines joined without their spaces.
    const TRANSCRIPT: &str = "FIRE CREWS ARRIVED AT THE WAREHOUSE JUST AFTER MIDNIGHTAND FOUND \
        HEAVY SMOKE.THE CHIEF TELLS US 12PEOPLE WERE INSIDE,THREE OF WHOM WERETAKEN TO THE HOSPITAL \
        WITH BURNINJURIES.ONE FIREFIGHTER ISMISSING INTHE RUBBLE TONIGHT, AND CREWS FROM THE U.S. ARMY ARE HELPING.";

    #[test]
    fn words_run_together_in_a_transcript_are_parted() {
        let text = format!("Warehouse fire\n\n{TRANSCRIPT}\n");
        let (mended, count) = mend(&text).expect("a transcript line");
        assert!(mended.starts_with("Warehouse fire\n\n"), "{mended}");
        for want in [
            "MIDNIGHT AND FOUND",
            "SMOKE. THE CHIEF",
            "US 12PEOPLE WERE",
            "WERE TAKEN TO",
            "BURN INJURIES. ONE",
            "IS MISSING IN THE RUBBLE",
            "THE U.S. ARMY",
        ] {
            assert!(mended.contains(want), "{want:?} not in {mended}");
        }
        assert!(mended.contains("INSIDE, THREE OF WHOM"), "{mended}");
        assert_eq!(count, 8);
    }

    #[test]
    fn the_word_list_gives_each_word_its_rank() {
        let w = words();
        assert_eq!(w.get("the"), Some(0));
        assert_eq!(w.get("of"), Some(1));
        for (rank, word) in LIST.lines().enumerate().step_by(997) {
            assert!(w.get(word).is_some_and(|r| r <= rank as u32), "{word} {rank}");
        }
        assert_eq!(w.get("qqqzzzx"), None);
        assert_eq!(w.get(""), None);
    }

    #[test]
    fn ordinary_text_and_short_headlines_are_left_alone() {
        assert!(mend("POLICE SAY 12PEOPLE HURT IN BLAST\n\nTwelve people were hurt.\n").is_none());
        let prose = "The chief said twelve people were inside when the fire broke out at the warehouse \
            on Main Street, and that three of them were taken to hospital with burns on Tuesday.";
        assert!(mend(prose).is_none());
    }

    #[test]
    fn words_numbers_and_names_in_a_transcript_stay_whole() {
        let line = "THE STORM BROUGHT WINDS OF 60MPH TO THE 3RD WARD IN THE 1990S, AND THE MAYOR \
            SAID RESIDENTS OF NEWTON SHOULD STAY INDOORS INTO THE NIGHT, 1,000 OF THEM, UNTIL THE WEATHER SERVICE LIFTS THE WARNING \
            AT WWW.WEATHER.GOV TONIGHT, UCMC AND COVID WARDS ARE OPEN";
        assert!(mend(line).is_none(), "{:?}", mend(line));
    }

    #[test]
    fn any_text_is_mended_without_a_panic() {
        let odd = format!("{}\u{e9}ÉÉ.A.\"Ü 9Ä ..A.B ' ", "X".repeat(130));
        let _ = mend(&odd);
        let _ = mend(&"AB.".repeat(200));
        let _ = mend(&format!("{} 1234567890ABC", "QWERTY ".repeat(40)));
    }
}
