//! Numbers as news reports write them: "1,442", "23", "twenty-three", "a dozen", "dozens",
//! "2.5 million", with their qualifier ("at least", "about", "up to", "more than") and ranges
//! ("20 to 30", "between 20 and 30").

use super::text::{Kind, Token, words_at};

pub use crate::model::Approx;

/// A number found at some tokens of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMatch {
    /// Token range of the whole expression, qualifier included.
    pub first: usize,
    pub last: usize,
    /// Token range of the number itself (without the qualifier).
    pub num_first: usize,
    pub value: u64,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub approx: Approx,
    /// "dozens", "hundreds": a count that is not a number.
    pub vague: bool,
    /// "a Briton": a count of one said without a number.
    pub implicit: bool,
}

impl NumberMatch {
    /// One person told without a number ("a Briton", "another"), in tokens `first..=last`.
    pub fn one_person(first: usize, last: usize) -> NumberMatch {
        NumberMatch {
            first,
            last,
            num_first: first,
            value: 1,
            low: Some(1),
            high: Some(1),
            approx: Approx::Exact,
            vague: false,
            implicit: true,
        }
    }
}

fn unit(w: &str) -> Option<u64> {
    Some(match w {
        "zero" | "no" | "none" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens(w: &str) -> Option<u64> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

fn scale(w: &str) -> Option<u64> {
    Some(match w {
        "hundred" => 100,
        "thousand" => 1_000,
        "million" => 1_000_000,
        "billion" => 1_000_000_000,
        _ => return None,
    })
}

/// A number word below a hundred: "seven", "twenty", "twenty-three".
pub(crate) fn small_word(w: &str) -> Option<u64> {
    if let Some(v) = unit(w).or_else(|| tens(w)) {
        return Some(v);
    }
    let (a, b) = w.split_once('-')?;
    Some(tens(a)? + unit(b).filter(|&u| (1..10).contains(&u))?)
}

fn digits(w: &str) -> Option<f64> {
    // "1,300" groups thousands; "6.2" is a decimal.
    if !w.contains(',') {
        return w.parse::<f64>().ok();
    }
    if !w.split(',').skip(1).all(|g| g.len() == 3) {
        return None;
    }
    let clean: String = w.chars().filter(|c| *c != ',').collect();
    clean.parse::<f64>().ok()
}

/// The largest number read as a count of people: more than have ever lived is something else.
const MAX_COUNT: u64 = 200_000_000_000;

/// Parses the bare number starting at token `i`: returns (value, tokens used).
fn bare_number(tokens: &[Token], i: usize) -> Option<(u64, usize, bool)> {
    let t = tokens.get(i)?;
    if t.kind == Kind::Number {
        let w = t.lower();
        // "000", "047": a group of a longer number or a code, never a count by itself.
        if w.len() > 1 && w.starts_with('0') && !w.starts_with("0.") {
            return None;
        }
        // "3.000 people": thousands grouped by points, as much of Europe writes them (a count
        // of people has no fraction; "1.5 million" has its scale after it).
        let mut groups = w.split('.');
        let pointed = w.contains('.')
            && !w.contains(',')
            && groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && !g.starts_with('0'))
            && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        let mut v = if pointed && w.matches('.').count() > 1 { digits(&w.replace('.', ","))? } else { digits(w)? };
        let mut used = 1;
        // "12 000", "1 203": thousands grouped by a space (or a narrow one); not after a
        // month ("March 3 200 people").
        let group =
            |x: &Token| x.kind == Kind::Number && x.lower().len() == 3 && x.lower().bytes().all(|b| b.is_ascii_digit());
        if w.len() <= 3
            && w.bytes().all(|b| b.is_ascii_digit())
            && !(i > 0 && tokens[i - 1].tags & super::tags::MONTH != 0)
        {
            while let Some(n) = tokens.get(i + used).filter(|n| group(n))
                && (1..=3).contains(&(n.start().saturating_sub(tokens[i + used - 1].end())))
                && used < 4
            {
                v = v * 1000.0 + digits(n.lower())?;
                used += 1;
            }
        }
        let t = &tokens[i + used - 1];
        if let Some(s) = tokens.get(i + used).and_then(|n| scale(n.lower())).filter(|s| *s >= 1000) {
            v *= s as f64;
            used += 1;
        } else if pointed && used == 1 && tokens.get(i + used).is_none_or(|n| n.start() != t.end()) {
            v = digits(&w.replace('.', ","))?;
        } else if let Some(n) = tokens.get(i + used).filter(|n| n.start() == t.end()) {
            // "2m people", "1.5bn": the British press's millions, written onto the digits.
            let s = match n.lower() {
                "m" | "mn" => 1e6,
                "bn" => 1e9,
                _ => 1.0,
            };
            if s > 1.0 {
                v *= s;
                used += 1;
            }
        }
        if v.fract() != 0.0 || !(0.0..=MAX_COUNT as f64).contains(&v) {
            return None;
        }
        return Some((v as u64, used, false));
    }
    // "half a dozen"
    if t.is("half") {
        let dozen = tokens.get(i + 1).is_some_and(|n| n.is_any(&["a", "an"]))
            && tokens.get(i + 2).is_some_and(|n| n.is("dozen"));
        return dozen.then_some((6, 3, false));
    }
    // "a dozen", "a hundred", "a thousand"
    if t.is_any(&["a", "an"]) {
        let n = tokens.get(i + 1)?;
        if n.is("dozen") {
            return Some((12, 2, false));
        }
        // "a couple of hikers": two or so.
        if n.is("couple") && tokens.get(i + 2).is_some_and(|o| o.is("of")) {
            return Some((2, 3, true));
        }
        if let Some(s) = scale(n.lower()) {
            return Some((s, 2, false));
        }
        return None;
    }
    // Vague counts.
    let vague = match t.lower() {
        "dozens" => Some(24),
        "scores" => Some(40),
        "hundreds" => Some(200),
        "thousands" => Some(2000),
        "tens" if tokens.get(i + 1).is_some_and(|n| n.is("of")) => Some(20),
        _ => None,
    };
    if let Some(v) = vague {
        // "hundreds of thousands", "tens of millions".
        let scale = tokens.get(i + 2).and_then(|n| match n.lower() {
            "thousands" => Some(1000),
            "millions" => Some(1_000_000),
            _ => None,
        });
        if let Some(m) = scale.filter(|_| tokens.get(i + 1).is_some_and(|n| n.is("of"))) {
            // Read like the vague count alone, scaled: "hundreds of thousands" as 200,000.
            return Some((v * m, 3, true));
        }
        return Some((v, 1, true));
    }
    let mut value = small_word(t.lower())?;
    let mut used = 1;
    // "twenty three"
    if tens(t.lower()).is_some()
        && let Some(u) = tokens.get(i + 1).and_then(|n| unit(n.lower())).filter(|&u| (1..10).contains(&u))
    {
        value += u;
        used = 2;
    }
    // "two hundred and fifty", "three thousand"
    while let Some(s) = tokens.get(i + used).and_then(|n| scale(n.lower())) {
        // "billion billion billion trillion" would wrap: no count is that large.
        value = value.checked_mul(s).filter(|v| *v <= MAX_COUNT)?;
        used += 1;
        let and = tokens.get(i + used).is_some_and(|n| n.is("and"));
        if let Some(rest) = tokens.get(i + used + and as usize).and_then(|n| small_word(n.lower())) {
            value = value.checked_add(rest)?;
            used += 1 + and as usize;
        }
    }
    if t.is("dozen") {
        return None;
    }
    // "three dozen", "two dozen": dozens counted.
    if tokens.get(i + used).is_some_and(|n| n.is("dozen")) && t.kind == Kind::Word {
        value = value.checked_mul(12).filter(|v| *v <= MAX_COUNT)?;
        used += 1;
    }
    Some((value, used, false))
}

/// Words other than number words that can open a number expression: articles, vague counts,
/// the first words of qualifiers.
const OPENERS: &[&str] = &[
    "a",
    "an",
    "half",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "tens",
    "between",
    "at",
    "no",
    "more",
    "over",
    "upwards",
    "up",
    "as",
    "fewer",
    "less",
    "under",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "roughly",
    "approximately",
    "estimated",
    "circa",
];

/// Every word that can open a number expression ([`super::tags::NUMBER`]).
pub(crate) fn opening_words() -> Vec<String> {
    let mut out = number_words();
    out.extend(OPENERS.iter().map(|w| w.to_string()));
    out
}

/// Words that are a number or part of one ([`super::tags::NUMBER_WORD`]): "seven",
/// "twenty-three", "dozens", "dozen", "thousand".
pub(crate) fn number_words() -> Vec<String> {
    #[rustfmt::skip]
    const UNITS: [&str; 22] = [
        "zero", "no", "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    const OTHERS: [&str; 10] =
        ["dozens", "scores", "hundreds", "thousands", "tens", "dozen", "hundred", "thousand", "million", "billion"];
    let mut out: Vec<String> = UNITS.iter().chain(TENS.iter()).chain(OTHERS.iter()).map(|w| w.to_string()).collect();
    for t in TENS {
        for u in &UNITS[3..12] {
            out.push(format!("{t}-{u}"));
        }
    }
    // The lists above and the parsers must agree.
    debug_assert!(out.iter().all(|w| unit(w).is_some()
        || small_word(w).is_some()
        || scale(w).is_some()
        || OPENERS.contains(&w.as_str())
        || w == "dozen"));
    out
}

/// Qualifiers that can stand before a number, longest first.
const QUALIFIERS: &[(&[&str], Approx)] = &[
    (&["at", "least"], Approx::AtLeast),
    (&["no", "fewer", "than"], Approx::AtLeast),
    (&["no", "less", "than"], Approx::AtLeast),
    (&["a", "minimum", "of"], Approx::AtLeast),
    (&["more", "than"], Approx::MoreThan),
    (&["over"], Approx::MoreThan),
    (&["upwards", "of"], Approx::MoreThan),
    (&["at", "most"], Approx::AtMost),
    (&["up", "to"], Approx::AtMost),
    (&["as", "many", "as"], Approx::AtMost),
    (&["as", "high", "as"], Approx::AtMost),
    (&["fewer", "than"], Approx::LessThan),
    (&["less", "than"], Approx::LessThan),
    (&["under"], Approx::LessThan),
    (&["nearly"], Approx::LessThan),
    (&["almost"], Approx::LessThan),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["some"], Approx::About),
    (&["roughly"], Approx::About),
    (&["approximately"], Approx::About),
    (&["an", "estimated"], Approx::About),
    (&["estimated"], Approx::About),
    (&["circa"], Approx::About),
];

/// The first token of a qualifier of [`QUALIFIERS`] that ends at token `last` ("at least",
/// "as many as"), read backwards from the number it qualifies.
pub(crate) fn qualifier_ending_at(tokens: &[Token], last: usize) -> Option<usize> {
    QUALIFIERS.iter().find_map(|(words, _)| {
        let first = (last + 1).checked_sub(words.len())?;
        words_at(tokens, first, words).then_some(first)
    })
}

/// The number expression starting at token `i` (at its qualifier, if any).
#[inline]
pub fn number_at(tokens: &[Token], i: usize) -> Option<NumberMatch> {
    // Most tokens start no number: a cheap test first, inlined at every caller.
    let t = tokens.get(i)?;
    if t.kind != Kind::Number && t.tags & super::tags::NUMBER == 0 {
        return None;
    }
    // "No one was hurt" counts nobody.
    if (t.is("no") && tokens.get(i + 1).is_some_and(|n| n.is("one")))
        || (t.is("one") && i > 0 && tokens[i - 1].is("no"))
    {
        return None;
    }
    // A qualifier or an article opens a number only when one follows within the longest
    // qualifier ("no fewer than 20", "an estimated 30", "a dozen").
    let couple = t.is("a") && tokens.get(i + 1).is_some_and(|n| n.is("couple"));
    if t.kind != Kind::Number
        && t.tags & super::tags::NUMBER_WORD == 0
        && !couple
        && !tokens[i + 1..(i + 5).min(tokens.len())].iter().any(|x| x.is_number())
    {
        return None;
    }
    number_expression(tokens, i)
}

fn number_expression(tokens: &[Token], i: usize) -> Option<NumberMatch> {
    let mut approx = Approx::Exact;
    let mut j = i;
    // Digits and number words open no qualifier, but for "no" ("no fewer than").
    let first = &tokens[i];
    let qualifiers = if first.kind == Kind::Word && (first.tags & super::tags::NUMBER_WORD == 0 || first.is("no")) {
        QUALIFIERS
    } else {
        &[]
    };
    for (words, a) in qualifiers {
        if words_at(tokens, i, words) {
            approx = *a;
            j = i + words.len();
            break;
        }
    }
    // "between 20 and 30"
    if tokens.get(i).is_some_and(|t| t.is("between"))
        && let Some((lo, used, _)) = bare_number(tokens, i + 1)
        && tokens.get(i + 1 + used).is_some_and(|t| t.is("and"))
        && let Some((hi, used2, _)) = bare_number(tokens, i + 2 + used)
        && hi > lo
    {
        return Some(NumberMatch {
            first: i,
            last: i + 1 + used + used2,
            num_first: i + 1,
            value: lo,
            low: Some(lo),
            high: Some(hi),
            approx: Approx::Range,
            vague: false,
            implicit: false,
        });
    }
    let (value, used, vague) = bare_number(tokens, j)?;
    let mut m = NumberMatch {
        first: i,
        last: j + used - 1,
        num_first: j,
        value,
        low: Some(value),
        high: None,
        approx: if vague { Approx::AtLeast } else { approx },
        vague,
        implicit: false,
    };
    match m.approx {
        Approx::Exact => m.high = Some(value),
        Approx::AtMost | Approx::LessThan => {
            m.low = None;
            m.high = Some(value);
        }
        _ => {}
    }
    // "1,000+": that many or more.
    if m.approx == Approx::Exact
        && tokens.get(j + used).is_some_and(|p| p.is("+") && p.start() == tokens[j + used - 1].end())
    {
        m.last = j + used;
        m.approx = Approx::AtLeast;
        m.high = None;
        return Some(m);
    }
    // "20 to 30", "20-30", "20 or 30"; not a change: "rose by 9 to 41", "rose from 32 to 41".
    let k = j + used;
    let change = i > 0 && tokens[i - 1].is("by") || changed_from_at(tokens, i);
    if !vague
        && !change
        && tokens.get(k).is_some_and(|t| t.is_any(&["to", "-", "–", "or"]))
        && let Some((hi, used2, false)) = bare_number(tokens, k + 1)
        && hi > value
        && hi <= value.saturating_mul(20)
    {
        m.last = k + used2;
        m.low = Some(value);
        m.high = Some(hi);
        m.approx = Approx::Range;
    }
    Some(m)
}

/// "the toll rose from 32 to 41", "was revised Saturday from eight": the number at `i` comes
/// after "from" and a word of a count that changed, a few words before it.
pub(crate) fn changed_from_at(tokens: &[Token], i: usize) -> bool {
    i > 0 && tokens[i - 1].is("from") && tokens[i.saturating_sub(4)..i - 1].iter().any(|t| t.is_any(CHANGES))
}

/// Words of a count that changed ("the toll rose from 32 to 41").
const CHANGES: &[&str] = &[
    "rose",
    "risen",
    "rising",
    "rises",
    "climbed",
    "climbing",
    "jumped",
    "increased",
    "revised",
    "raised",
    "raising",
    "fell",
    "fallen",
    "dropped",
    "lowered",
    "lowering",
    "down",
    "up",
    "grew",
    "grown",
    "toll",
    "number",
    "figure",
    "total",
    "tally",
    "corrected",
    "changed",
    "updated",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn parse(s: &str) -> Option<(u64, Option<u64>, Option<u64>, &'static str)> {
        let t = tokenize(s, 0, s.len());
        number_at(&t, 0).map(|m| (m.value, m.low, m.high, m.approx.as_str()))
    }

    #[test]
    fn digits_and_words() {
        assert_eq!(parse("1,442 people"), Some((1442, Some(1442), Some(1442), "exact")));
        // Thousands grouped by spaces, and millions written onto the digits.
        assert_eq!(parse("12 000 people").map(|x| x.0), Some(12_000));
        assert_eq!(parse("1\u{202f}203 dead").map(|x| x.0), Some(1203));
        assert_eq!(parse("1 500 000 people").map(|x| x.0), Some(1_500_000));
        assert_eq!(parse("2m people").map(|x| x.0), Some(2_000_000));
        assert_eq!(parse("000 people"), None, "a group alone is no count");
        assert_eq!(parse("Twenty-three hostages").map(|x| x.0), Some(23));
        assert_eq!(parse("thirty two").map(|x| x.0), Some(32));
        assert_eq!(parse("two hundred and fifty").map(|x| x.0), Some(250));
        assert_eq!(parse("a dozen").map(|x| x.0), Some(12));
        assert_eq!(parse("three dozen").map(|x| x.0), Some(36));
        assert_eq!(parse("half a dozen").map(|x| x.0), Some(6));
        assert_eq!(parse("half of them"), None);
        assert_eq!(parse("2.5 million").map(|x| x.0), Some(2_500_000));
        assert_eq!(parse("6.2 metres"), None, "a decimal counts no people");
        assert_eq!(parse("3.000 people").map(|x| x.0), Some(3000), "thousands grouped by a point");
        assert_eq!(parse("1,000+ dead"), Some((1000, Some(1000), None, "at_least")));
        assert_eq!(parse("1.234.567 people").map(|x| x.0), Some(1_234_567));
        assert_eq!(parse("1.5 million people").map(|x| x.0), Some(1_500_000));
        assert_eq!(parse("dozens dead"), Some((24, Some(24), None, "at_least")));
    }

    #[test]
    fn qualifiers_and_ranges() {
        assert_eq!(parse("at least 23"), Some((23, Some(23), None, "at_least")));
        assert_eq!(parse("more than 1,300"), Some((1300, Some(1300), None, "more_than")));
        assert_eq!(parse("some 685"), Some((685, Some(685), None, "about")));
        assert_eq!(parse("up to 75,000"), Some((75000, None, Some(75000), "at_most")));
        assert_eq!(parse("20 to 30"), Some((20, Some(20), Some(30), "range")));
        assert_eq!(parse("between 20 and 30"), Some((20, Some(20), Some(30), "range")));
        assert_eq!(parse("nearly 40").map(|x| x.3), Some("less_than"));
    }
}
