//! Bytes → text: binary detection, BOMs, UTF-16 without BOM, UTF-8 mixed with legacy bytes,
//! legacy encodings (detected by chardetng, never assumed), and repair of mojibake where
//! UTF-8 was once decoded as Windows-1252 ("Â\u{a0}", "â€™").

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::IngestError;

/// Decoded text and what was done to get it. The text borrows the bytes when they were
/// already clean UTF-8 (most reports): no copy is made only to be copied again.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: String,
    pub warnings: Vec<String>,
}

/// Signatures of common binary formats that people drop by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/EPUB file)"),
    (b"\xD0\xCF\x11\xE0", "an old Office document"),
    (b"\x7FELF", "a program"),
    (b"\x1F\x8B", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
];

pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, IngestError> {
    for (sig, what) in MAGIC {
        if bytes.starts_with(sig) {
            return Err(IngestError::Binary(format!("this is {what}, not a text report")));
        }
    }
    let mut warnings = Vec::new();
    let (text, encoding) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            warnings.push(format!("some bytes were not valid {} and were replaced", enc.name()));
        }
        (Cow::Owned(text.into_owned()), format!("{} (BOM)", enc.name()))
    } else if let Some(enc) = sniff_utf16(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if had_errors {
            warnings.push(format!("some bytes were not valid {} and were replaced", enc.name()));
        }
        (Cow::Owned(text.into_owned()), enc.name().to_string())
    } else {
        if looks_binary(bytes) {
            return Err(IngestError::Binary("not a text document (binary data)".into()));
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => (Cow::Borrowed(s), "UTF-8".to_string()),
            Err(_) => {
                let (text, encoding) = decode_non_utf8(bytes, &mut warnings);
                (Cow::Owned(text), encoding)
            }
        }
    };
    // Decoded text that is mostly replacement or control characters was not text at all.
    let (total, bad) = count_bad(&text);
    if bad * 10 > total.max(1) {
        return Err(IngestError::Binary("not a text document (binary data)".into()));
    }
    // Mojibake is made of non-ASCII characters: ASCII text (most reports) has none to repair.
    // Every lead character of a mis-decoded sequence ('Â'…'ô') is encoded C3 xx in UTF-8.
    let (text, repaired) = if memchr::memchr(0xC3, text.as_bytes()).is_none() {
        (text, 0)
    } else {
        let (repaired_text, n) = repair_mojibake(&text);
        (Cow::Owned(repaired_text), n)
    };
    if repaired > 0 {
        warnings.push(format!("repaired {repaired} mis-decoded character{}", if repaired == 1 { "" } else { "s" }));
    }
    Ok(Decoded { text: normalize_owned(text), encoding, warnings })
}

/// UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nul * 10 > pairs * 3 && even_nul * 20 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 > pairs * 3 && odd_nul * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// NUL bytes or many control bytes mean binary data (UTF-16 was ruled out before).
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(65536)];
    if sample.contains(&0) {
        return true;
    }
    let control = |b: u8| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B);
    // Only the stretches where a byte may be one are read byte by byte.
    let mut controls = 0;
    let mut i = 0;
    while let Some(at) = next_odd(sample, i) {
        controls += usize::from(control(sample[at]));
        i = at + 1;
    }
    controls * 50 > sample.len()
}

/// Text that is not valid UTF-8: either UTF-8 with a few stray legacy bytes (a file edited
/// in two editors), or a whole legacy encoding, which chardetng detects.
fn decode_non_utf8(bytes: &[u8], warnings: &mut Vec<String>) -> (String, String) {
    let mut valid_multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    if valid_multibyte > 0 && valid_multibyte >= invalid {
        let mut out = String::with_capacity(bytes.len());
        for chunk in bytes.utf8_chunks() {
            out.push_str(chunk.valid());
            let (s, _) = WINDOWS_1252.decode_without_bom_handling(chunk.invalid());
            out.push_str(&s);
        }
        warnings.push(format!(
            "mixed encodings: {invalid} byte{} that were not UTF-8 were read as Windows-1252",
            if invalid == 1 { "" } else { "s" }
        ));
        return (out, "UTF-8 + Windows-1252".to_string());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        warnings.push(format!("some bytes were not valid {} and were replaced", enc.name()));
    }
    warnings.push(format!("not UTF-8: read as {} (detected)", enc.name()));
    (text.into_owned(), format!("{} (detected)", enc.name()))
}

/// The Windows-1252 byte that a character came from when UTF-8 was decoded as 1252/Latin-1.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if (0x80..=0xFF).contains(&code) {
        return Some(code as u8);
    }
    const SPECIALS: [(char, u8); 27] = [
        ('€', 0x80),
        ('‚', 0x82),
        ('ƒ', 0x83),
        ('„', 0x84),
        ('…', 0x85),
        ('†', 0x86),
        ('‡', 0x87),
        ('ˆ', 0x88),
        ('‰', 0x89),
        ('Š', 0x8A),
        ('‹', 0x8B),
        ('Œ', 0x8C),
        ('Ž', 0x8E),
        ('‘', 0x91),
        ('’', 0x92),
        ('“', 0x93),
        ('”', 0x94),
        ('•', 0x95),
        ('–', 0x96),
        ('—', 0x97),
        ('˜', 0x98),
        ('™', 0x99),
        ('š', 0x9A),
        ('›', 0x9B),
        ('œ', 0x9C),
        ('ž', 0x9E),
        ('Ÿ', 0x9F),
    ];
    SPECIALS.iter().find(|(s, _)| *s == c).map(|&(_, b)| b)
}

/// Undoes UTF-8 that was decoded as Windows-1252 (possibly twice): a run like "â€™" whose
/// 1252 bytes form one valid UTF-8 character becomes that character. A lone "Â" before a
/// space, left where a no-break space was mangled and then normalised, is dropped.
/// Returns the text and how many characters were repaired.
pub fn repair_mojibake(text: &str) -> (String, usize) {
    let mut current = text.to_string();
    let mut total = 0;
    // Twice: text that went through the mistake twice needs two passes.
    for _ in 0..2 {
        let (next, n) = repair_pass(&current);
        total += n;
        current = next;
        if n == 0 {
            break;
        }
    }
    (current, total)
}

fn repair_pass(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut repaired = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let lead = if c.is_ascii() { None } else { cp1252_byte(c) };
        let need = match lead {
            Some(0xC2..=0xDF) => 2,
            Some(0xE0..=0xEF) => 3,
            Some(0xF0..=0xF4) => 4,
            _ => 0,
        };
        if need > 0 && i + need <= chars.len() {
            let mut buf = [0u8; 4];
            buf[0] = lead.unwrap_or(0);
            let mut ok = true;
            for k in 1..need {
                match cp1252_byte(chars[i + k]) {
                    Some(b @ 0x80..=0xBF) => buf[k] = b,
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok && let Ok(s) = std::str::from_utf8(&buf[..need]) {
                out.push_str(s);
                repaired += 1;
                i += need;
                continue;
            }
        }
        // "Â" + plain space: the no-break space of "Â\u{a0}" was later turned into a space.
        if c == 'Â' && chars.get(i + 1).is_some_and(|n| *n == ' ') && (i == 0 || !chars[i - 1].is_alphabetic()) {
            repaired += 1;
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    (out, repaired)
}

/// (characters, replacement and control characters other than line and tab ends), counted
/// over the bytes: a UTF-8 character starts at every byte that is not a continuation byte.
fn count_bad(text: &str) -> (usize, usize) {
    let b = text.as_bytes();
    // Only the bytes that are not printable ASCII are read one by one.
    let mut continuation = 0;
    let mut bad = 0;
    let mut from = 0;
    while let Some(i) = next_odd(b, from) {
        let c = b[i];
        continuation += usize::from(c & 0xC0 == 0x80);
        bad += usize::from(
            (c < 0x20 && !matches!(c, b'\r' | 0x0C))
                || c == 0x7F
                // U+FFFD is EF BF BD; C1 controls are C2 80..C2 9F.
                || (c == 0xEF && b.get(i + 1) == Some(&0xBF) && b.get(i + 2) == Some(&0xBD))
                || (c == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..0xA0).contains(n))),
        );
        from = i + 1;
    }
    (b.len() - continuation, bad)
}

/// Whether a byte can start a character that [`normalize`] changes: a control, or any
/// non-ASCII character (the exotic spaces and invisible marks are all non-ASCII).
fn may_change(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\t') || b >= 0x7F
}

/// The first byte at or after `from` that [`may_change`]: eight bytes at a time over
/// printable ASCII (each of 0x20..0x7E), the bulk of every report.
fn next_odd(b: &[u8], from: usize) -> Option<usize> {
    use super::{HIGH, ONES};
    // A high bit set in any of: the byte itself (>= 0x80), the byte less 0x20 (below 0x20),
    // the byte plus one (0x7F). Borrows and carries only follow such a byte.
    super::scan8(b, from, |x| (x | x.wrapping_sub(0x20 * ONES) | x.wrapping_add(ONES)) & HIGH != 0, may_change)
}

/// [`normalize`], keeping `text` itself when nothing changes (no copy of the whole report).
fn normalize_owned(text: Cow<'_, str>) -> Cow<'_, str> {
    if next_odd(text.as_bytes(), 0).is_some() { Cow::Owned(normalize(&text)) } else { text }
}

/// Line ends to `\n`, exotic spaces to plain ones, invisible characters removed, so that
/// what the user reads and what the extractor sees are the same string.
pub fn normalize(text: &str) -> String {
    let bytes = text.as_bytes();
    // Plain ASCII lines (most reports, most of the time) are copied in runs.
    let Some(first) = next_odd(bytes, 0) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    // Unchanged text is copied in runs from `run` to the next character that changes.
    let mut run = 0;
    let mut i = first;
    while let Some(at) = next_odd(bytes, i) {
        i = at;
        let Some(c) = text[i..].chars().next() else { break };
        let next = i + c.len_utf8();
        let (with, upto) = match c {
            '\r' if bytes.get(next) == Some(&b'\n') => ("\n", next + 1),
            '\r' | '\u{2028}' | '\u{2029}' | '\x0C' => ("\n", next),
            '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => (" ", next),
            '\u{200B}' | '\u{FEFF}' | '\u{AD}' | '\u{2060}' => ("", next),
            c if c.is_control() && c != '\n' && c != '\t' => ("", next),
            _ => {
                i = next;
                continue;
            }
        };
        out.push_str(&text[run..i]);
        out.push_str(with);
        i = upto;
        run = upto;
    }
    out.push_str(&text[run..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_changes_only_what_it_must_and_keeps_the_rest() {
        let text = "Café staff\r\nsaid 12\u{A0}people — “about 30” — were\u{200B} hurt.\rThe end\u{2028}é";
        assert_eq!(normalize(text), "Café staff\nsaid 12 people — “about 30” — were hurt.\nThe end\né");
        assert_eq!(normalize("plain ascii\n"), "plain ascii\n");
        assert_eq!(normalize("ends with CR\r"), "ends with CR\n");
    }

    /// The byte-by-byte reading the eight-bytes-at-a-time scan must agree with.
    fn count_bad_slowly(text: &str) -> (usize, usize) {
        let b = text.as_bytes();
        let mut bad = 0;
        for (i, &c) in b.iter().enumerate() {
            bad += usize::from(
                (c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t' | 0x0C))
                    || c == 0x7F
                    || (c == 0xEF && b.get(i + 1) == Some(&0xBF) && b.get(i + 2) == Some(&0xBD))
                    || (c == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..0xA0).contains(n))),
            );
        }
        (text.chars().count(), bad)
    }

    #[test]
    fn the_wide_scan_finds_every_odd_byte_wherever_it_falls() {
        let odd =
            ["\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{FFFD}", "é", "’", "\r", "\u{C}", "\u{A0}", "\t", "\n"];
        for o in odd {
            for at in 0..17 {
                let text = format!("{}{o}{}", "a".repeat(at), "b ".repeat(9));
                assert_eq!(count_bad(&text), count_bad_slowly(&text), "{o:?} at {at}");
                let first = text.bytes().position(may_change);
                assert_eq!(next_odd(text.as_bytes(), 0), first, "{o:?} at {at}");
            }
        }
        assert_eq!(next_odd(b"plain ascii text, all of it~", 0), None);
    }

    #[test]
    fn mojibake_is_repaired_and_accents_are_left_alone() {
        let d = decode("The minister\u{e2}\u{20ac}\u{2122}s office said 5 were killed.".as_bytes()).expect("text");
        assert_eq!(d.text, "The minister’s office said 5 were killed.");
        let d = decode("Señora Pérez said 5 were killed in Córdoba.".as_bytes()).expect("text");
        assert_eq!(d.text, "Señora Pérez said 5 were killed in Córdoba.");
        assert!(d.warnings.is_empty());
    }
}
