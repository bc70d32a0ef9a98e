//! Sentences and tokens with byte offsets into the document text.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte offsets into the document text.
    pub start: usize,
    pub end: usize,
    /// Lower-cased text, with curly apostrophes made straight.
    pub lower: String,
    pub kind: Kind,
    /// Starts with a capital letter.
    pub cap: bool,
}

impl Token {
    pub fn is(&self, w: &str) -> bool {
        self.lower == w
    }
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.contains(&self.lower.as_str())
    }
}

/// A sentence: its byte range and tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token>,
    /// Index of the line (paragraph) it is in.
    pub paragraph: usize,
}

impl Sentence {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
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
    let mut out = Vec::new();
    let mut line_start = 0;
    for (paragraph, line) in text.split('\n').enumerate() {
        let base = line_start;
        line_start += line.len() + 1;
        let bytes = line.as_bytes();
        let mut s = 0;
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if matches!(c, b'.' | b'!' | b'?') {
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
                let starts_new =
                    next.chars().next().is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || "\"“'‘(".contains(n));
                if spaced && starts_new && !(c == b'.' && is_abbreviation(&line[s..i])) {
                    push_sentence(&mut out, text, base + s, base + j, paragraph);
                    s = j;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        push_sentence(&mut out, text, base + s, base + line.len(), paragraph);
    }
    out
}

fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"').next().unwrap_or("");
    let lower = word.to_ascii_lowercase();
    // "U.S", "U.N", "a.m": dotted initials.
    if word.len() <= 4 && word.contains('.') {
        return true;
    }
    // A single capital: a middle initial ("John F. Kennedy").
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return true;
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

fn push_sentence(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, paragraph: usize) {
    let slice = &text[start..end];
    let trimmed_start = start + (slice.len() - slice.trim_start().len());
    let trimmed_end = end - (slice.len() - slice.trim_end().len());
    if trimmed_start >= trimmed_end {
        return;
    }
    let tokens = tokenize(text, trimmed_start, trimmed_end);
    if !tokens.is_empty() {
        out.push(Sentence { start: trimmed_start, end: trimmed_end, tokens, paragraph });
    }
}

/// Words (with inner hyphens and apostrophes: "hostage-takers", "don't"), numbers ("1,300",
/// "6.2", "0500"; a unit stuck to a number is split off: "40km" → "40", "km"), and single
/// punctuation marks. A possessive "'s" is a token of its own.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let s = &text[start..end];
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let byte_at = |k: usize| if k < n { chars[k].0 } else { s.len() };
    let mut k = 0;
    while k < n {
        let c = chars[k].1;
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        let begin = k;
        let kind;
        if c.is_ascii_digit() {
            k += 1;
            while k < n {
                let d = chars[k].1;
                if d.is_ascii_digit() {
                    k += 1;
                } else if (d == ',' || d == '.') && k + 1 < n && chars[k + 1].1.is_ascii_digit() {
                    k += 1;
                } else {
                    break;
                }
            }
            kind = Kind::Number;
        } else if c.is_alphabetic() {
            k += 1;
            while k < n {
                let d = chars[k].1;
                if d.is_alphanumeric() {
                    k += 1;
                } else if (d == '-' || d == '\'' || d == '’') && k + 1 < n && chars[k + 1].1.is_alphanumeric() {
                    // Keep "don't", "hostage-takers"; split "Japan's" below.
                    let tail: String = chars[k + 1..n.min(k + 3)].iter().map(|x| x.1).collect();
                    if (d == '\'' || d == '’')
                        && (tail == "s" || tail.starts_with('s') && !tail[1..].starts_with(char::is_alphanumeric))
                    {
                        break;
                    }
                    k += 1;
                } else if d == '.' && k + 1 < n && chars[k + 1].1.is_alphabetic() && k - begin == 1 {
                    // "U.S", "a.m"
                    k += 1;
                } else {
                    break;
                }
            }
            // "U.S." keeps its final dot.
            if k < n && chars[k].1 == '.' && chars[begin..k].iter().any(|x| x.1 == '.') {
                k += 1;
            }
            kind = Kind::Word;
        } else if (c == '\'' || c == '’')
            && k + 1 < n
            && (chars[k + 1].1 == 's' || chars[k + 1].1 == 'S')
            && (k + 2 >= n || !chars[k + 2].1.is_alphanumeric())
        {
            k += 2;
            kind = Kind::Word;
        } else if c == '-' && k + 1 < n && chars[k + 1].1 == '-' {
            k += 2;
            kind = Kind::Punct;
        } else {
            k += 1;
            kind = Kind::Punct;
        }
        let (a, b) = (byte_at(begin), byte_at(k));
        let raw = &s[a..b];
        let lower = raw.to_lowercase().replace('’', "'");
        tokens.push(Token { start: start + a, end: start + b, cap: raw.starts_with(char::is_uppercase), lower, kind });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0, s.len()).into_iter().map(|t| t.lower).collect()
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
}
