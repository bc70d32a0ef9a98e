//! Word lists loaded from `assets/`: nouns that count people and their class, the words that
//! say what happened to them, and nationalities (countries and demonyms from the
//! world-countries dataset, with plural and irregular forms).

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::model::Outcome;
use crate::tables::each_row;

use super::text::{Token, words_at};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    After,
    Before,
    Any,
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub words: Vec<String>,
    pub outcome: Outcome,
    pub side: Side,
}

/// How a nationality word is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NatKind {
    /// "British", "Japanese", "Algerian": an adjective, and for some also a noun.
    Adjective,
    /// "Briton", "American", "Norwegian" (a singular noun; also the adjective).
    Singular,
    /// "Britons", "Americans", "Norwegians".
    Plural,
    /// "Algeria", "UK", "the United States".
    Country,
}

#[derive(Debug, Clone)]
pub struct Country {
    pub code: String,
    pub name: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub capital: Vec<String>,
    /// "Japanese", "Algerian": for naming topics.
    pub demonym: String,
}

pub struct Lexicon {
    /// Lower-case noun → (class, is plural).
    pub people: HashMap<String, (&'static str, bool)>,
    /// Cues, longest first.
    pub cues: Vec<Cue>,
    /// Indexes into `cues` by first and by last word.
    by_first: HashMap<String, Vec<usize>>,
    by_last: HashMap<String, Vec<usize>>,
    pub countries: Vec<Country>,
    /// Phrase as written (case kept) → (country index, kind).
    pub nationalities: HashMap<String, (usize, NatKind)>,
    pub max_nat_words: usize,
    /// First words of the nationality forms, each with the token counts its forms may have
    /// (bit n: n tokens): most tokens are rejected with one look-up, and the others are
    /// looked up at the lengths that can match, not at every length up to the longest.
    nat_first_words: rustc_hash::FxHashMap<String, u32>,
}

fn class_name(s: &str) -> &'static str {
    match s {
        "hostages" => "hostages",
        "militants" => "militants",
        "workers" => "workers",
        "soldiers" => "soldiers",
        "police" => "police",
        "firefighters" => "firefighters",
        "civilians" => "civilians",
        "residents" => "residents",
        "passengers" => "passengers",
        "children" => "children",
        _ => "people",
    }
}

/// The outcome a table names; any other word counts how many there were.
fn outcome_name(s: &str) -> Outcome {
    Outcome::parse(s).unwrap_or(Outcome::Total)
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut people = HashMap::default();
        each_row(include_str!("../../assets/lexicon/people.tsv"), |r| {
            if let [sg, pl, class] = r[..] {
                let class = class_name(class.trim());
                people.entry(pl.to_string()).or_insert((class, true));
                if sg != "-" {
                    people.entry(sg.to_string()).or_insert((class, false));
                }
            }
        });
        let mut cues: Vec<Cue> = Vec::new();
        each_row(include_str!("../../assets/lexicon/outcomes.tsv"), |r| {
            let [phrase, outcome, side] = r[..] else { return };
            let side = match side.trim() {
                "after" => Side::After,
                "before" => Side::Before,
                _ => Side::Any,
            };
            cues.push(Cue {
                words: phrase.split(' ').map(String::from).collect(),
                outcome: outcome_name(outcome.trim()),
                side,
            });
        });
        cues.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, c) in cues.iter().enumerate() {
            by_first.entry(c.words[0].clone()).or_default().push(i);
            by_last.entry(c.words[c.words.len() - 1].clone()).or_default().push(i);
        }

        let mut countries = Vec::new();
        let mut nationalities: HashMap<String, (usize, NatKind)> = HashMap::default();
        let mut by_code = HashMap::default();
        let mut un_members = std::collections::HashSet::new();
        each_row(include_str!("../../assets/geo/countries.tsv"), |r| {
            let [code, name, official, alt, dem_m, dem_f, lat, lon, capital, un] = r[..] else { return };
            // Where two countries share a word ("American"), the UN member keeps it.
            let member = un.trim() == "1";
            let i = countries.len();
            by_code.insert(code.to_string(), i);
            // The name English copy uses where the dataset's own has changed ("Türkiye":
            // "Republic of Turkey" → "Turkey").
            let english = (!name.is_ascii())
                .then(|| alt.split(';').find_map(|a| a.strip_prefix("Republic of ").filter(|x| x.is_ascii())))
                .flatten();
            countries.push(Country {
                code: code.to_string(),
                name: english.unwrap_or(name).to_string(),
                lat: lat.parse().ok(),
                lon: lon.parse().ok(),
                capital: capital.split(';').filter(|c| !c.is_empty()).map(String::from).collect(),
                // A few rows list several ("Bosnian, Herzegovinian"): the first reads best.
                demonym: dem_m.split(", ").next().unwrap_or(dem_m).to_string(),
            });
            let mut put = |key: String, kind: NatKind| {
                let e = nationalities.entry(key).or_insert((i, kind));
                if member && e.0 != i && !un_members.contains(&e.0) {
                    *e = (i, kind);
                }
            };
            for n in [name, official].into_iter().chain(english).chain(alt.split(';')) {
                if n.len() > 1 {
                    put(n.to_string(), NatKind::Country);
                }
            }
            for d in [dem_m, dem_f].into_iter().flat_map(|d| d.split(", ")) {
                if d.is_empty() {
                    continue;
                }
                // "Japanese", "Swiss", "British", "French": the same word for the people.
                let invariant = ["ese", "ss", "sh", "ch"].iter().any(|e| d.ends_with(e));
                let kind = if invariant { NatKind::Adjective } else { NatKind::Singular };
                put(d.to_string(), kind);
                if !invariant {
                    put(format!("{d}s"), NatKind::Plural);
                }
            }
            if member {
                un_members.insert(i);
            }
        });
        each_row(include_str!("../../assets/geo/demonyms_extra.tsv"), |r| {
            if let [form, code] = r[..]
                && let Some(&i) = by_code.get(code.trim())
            {
                let kind = if form.chars().all(|c| c.is_uppercase() || c == '.')
                    || form.contains("Britain")
                    || form == "America"
                {
                    NatKind::Country
                } else if form.ends_with('s') && !form.ends_with("ss") {
                    NatKind::Plural
                } else if ["English", "Welsh", "Scottish", "Northern Irish"].contains(&form) {
                    NatKind::Adjective
                } else {
                    NatKind::Singular
                };
                nationalities.insert(form.to_string(), (i, kind));
            }
        });
        let max_nat_words = nationalities.keys().map(|k| k.split(' ').count()).max().unwrap_or(1).min(5);
        let mut nat_first_words: rustc_hash::FxHashMap<String, u32> = Default::default();
        for k in nationalities.keys() {
            let Some(first) = k.split(' ').next() else { continue };
            // At least one token per word; a mark may stand alone and split its word in two
            // ("St." → "St", "."): at most two more per mark.
            let words = k.split_whitespace().count();
            let marks = k.chars().filter(|c| !c.is_alphanumeric() && !c.is_whitespace()).count();
            let lengths = (words..=words + 2 * marks).fold(0u32, |m, n| m | 1 << n.min(31));
            *nat_first_words.entry(first.to_string()).or_default() |= lengths;
        }
        Lexicon { people, cues, by_first, by_last, countries, nationalities, max_nat_words, nat_first_words }
    })
}

impl Lexicon {
    /// The nationality written at token `i` (longest match, capitalised words only):
    /// (country index, kind, tokens used).
    #[inline]
    pub fn nationality_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, NatKind, usize)> {
        // Most tokens are no nationality: a cheap test first, inlined at every caller.
        let first = tokens.get(i)?;
        if !first.cap || first.tags & super::tags::NATIONALITY == 0 {
            return None;
        }
        self.nationality_phrase(text, tokens, i)
    }

    fn nationality_phrase(&self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, NatKind, usize)> {
        let first = &tokens[i];
        let &lengths = self.nat_first_words.get(&text[first.start()..first.end()])?;
        for n in (1..=self.max_nat_words).rev() {
            if i + n > tokens.len() || lengths & (1 << n) == 0 {
                continue;
            }
            let phrase = &text[tokens[i].start()..tokens[i + n - 1].end()];
            if let Some(&(c, kind)) = self.nationalities.get(phrase) {
                return Some((c, kind, n));
            }
        }
        None
    }

    pub fn cue_first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    pub fn nationality_first_words(&self) -> impl Iterator<Item = &str> {
        self.nat_first_words.keys().map(String::as_str)
    }

    /// Whether a name, as written, is a country's ("Syria", not "Syrian").
    pub fn is_country(&self, name: &str) -> bool {
        self.nationalities.get(name).is_some_and(|&(_, kind)| kind == NatKind::Country)
    }

    pub fn country_name(&self, i: usize) -> &str {
        &self.countries[i].name
    }

    /// The cue that starts at token `i` and is allowed on `side`.
    pub fn cue_at(&self, tokens: &[Token], i: usize, side: Side) -> Option<&Cue> {
        let first = tokens.get(i)?;
        self.by_first.get(first.lower())?.iter().map(|&k| &self.cues[k]).find(|c| {
            (c.side == side || c.side == Side::Any)
                && words_at(tokens, i, &c.words)
                // "forced 5,000 residents to flee" tells of their flight; "tried to flee" does not.
                && !(c.words[0] == "to"
                    && i > 0
                    && tokens[i - 1].is_any(&["tried", "trying", "tries", "try", "attempted", "attempting", "wanted"]))
                // "two officers were down" is hurt; "were down in the basement" is a place.
                && !(c.words.len() == 2
                    && c.words[1] == "down"
                    && ["was", "were", "are", "is"].contains(&c.words[0].as_str())
                    && tokens.get(i + c.words.len()).is_some_and(|t| {
                        t.is_any(&["in", "at", "on", "inside", "near", "by", "the", "to", "from", "there", "here", "below", "under", "into", "stairs"])
                    }))
        })
    }

    /// The cue that ends at token `end` (inclusive) and is allowed before the counted people.
    pub fn cue_ending_at(&self, tokens: &[Token], end: usize) -> Option<&Cue> {
        let last = tokens.get(end)?;
        self.by_last.get(last.lower())?.iter().map(|&k| &self.cues[k]).find(|c| {
            (c.side == Side::Before || c.side == Side::Any)
                && c.words.len() <= end + 1
                && c.words.iter().rev().enumerate().all(|(k, w)| tokens[end - k].lower() == *w)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    /// The country and the number of tokens of the nationality written at the `word`-th
    /// capitalised word of `text`.
    fn at(text: &str, word: usize) -> Option<(String, usize)> {
        let lex = lexicon();
        let s = sentences(text);
        let t = s[0].tokens();
        let i = (0..t.len()).filter(|&k| t[k].cap).nth(word)?;
        lex.nationality_at(text, t, i).map(|(c, _, used)| (lex.country_name(c).to_string(), used))
    }

    #[test]
    fn nationalities_of_several_tokens_are_read_whole() {
        assert_eq!(at("Aid reached Bosnia and Herzegovina today.", 1), Some(("Bosnia and Herzegovina".into(), 3)));
        assert_eq!(at("Two Papua New Guinean miners died.", 1), Some(("Papua New Guinea".into(), 3)));
        assert_eq!(at("The Côte d'Ivoire team left.", 1), Some(("Ivory Coast".into(), 2)));
        assert_eq!(at("A South Korean ship sank.", 1), Some(("South Korea".into(), 2)));
        assert_eq!(at("A Bosnian guide was hurt.", 1), Some(("Bosnia and Herzegovina".into(), 1)));
        assert_eq!(at("Rain fell in Kesra.", 1), None);
    }
}
