//! The parts of the site that a report names ("the living area", "the main gas facility",
//! "a workshop", "the buses", "a hospital near the plant"), from the nouns in
//! `assets/lexicon/site_parts.tsv` with the modifiers written before them. The site map draws
//! them as a schematic, each with the sentences that tell what happened there.

use std::sync::OnceLock;

use super::text::{Kind, Sentence, Token, words_at};

/// A part of the site as one report names it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartMention {
    /// Lower-case name with its modifiers ("main gas facility"); `head` is its noun, singular.
    pub name: String,
    pub head: String,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

/// Heads by their first word: (words of the singular or plural form, singular).
type Heads = rustc_hash::FxHashMap<String, Vec<(Vec<String>, String)>>;

fn heads() -> &'static Heads {
    static CELL: OnceLock<Heads> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut m: Heads = Heads::default();
        crate::tables::each_row(include_str!("../../assets/lexicon/site_parts.tsv"), |cols| {
            if cols.len() < 2 {
                return;
            }
            for form in &cols[..2] {
                let words: Vec<String> = form.split(' ').map(String::from).collect();
                m.entry(words[0].clone()).or_default().push((words, cols[0].to_string()));
            }
        });
        for v in m.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        m
    })
}

/// First words of the parts' names ([`super::tags::SITE`]).
pub(crate) fn head_first_words() -> impl Iterator<Item = &'static str> {
    heads().keys().map(String::as_str)
}

/// Words that open a noun phrase naming a concrete place: a part is only taken after one of
/// them ("the plant", "a workshop", "its living quarters", "near the buses").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "two", "three", "several", "one"];

/// Words that may stand between the determiner and the noun: lower-case modifiers ("main",
/// "gas", "living"), never verbs or numbers.
fn modifier(t: &Token) -> bool {
    t.kind == Kind::Word
        && !t.cap
        && t.lower().len() > 2
        && !t.lower().ends_with("ed")
        && !t.lower().ends_with("ly")
        && !t.lower().ends_with("ing")
        // Another part's noun is not a modifier ("buses carrying"): single-word forms only,
        // "gas" of "gas field" stays a modifier.
        && !(t.tags & super::tags::SITE != 0 && heads().get(t.lower()).is_some_and(|forms| forms.iter().any(|(w, _)| w.len() == 1)))
        && !matches!(t.lower(), "and" | "or" | "of" | "which" | "that" | "this" | "other" | "same")
}

/// Every part of the site named in a report.
pub fn find_parts(sentences: &[Sentence]) -> Vec<PartMention> {
    let heads = heads();
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate().filter(|(_, s)| s.tags & super::tags::SITE != 0) {
        let t = s.tokens();
        let mut i = 0;
        while i < t.len() {
            // Most tokens are not nouns of the site.
            if t[i].tags & super::tags::SITE == 0 {
                i += 1;
                continue;
            }
            let Some(forms) = heads.get(t[i].lower()) else {
                i += 1;
                continue;
            };
            let Some((words, singular)) = forms.iter().find(|(w, _)| words_at(t, i, w)) else {
                i += 1;
                continue;
            };
            let last = i + words.len() - 1;
            // "of the plant's" is fine; "plant" as a verb ("to plant") is not: a determiner
            // and at most two modifiers before it.
            let mut first = i;
            while first > 0 && i - first < 2 && modifier(&t[first - 1]) && !DETERMINERS.contains(&t[first - 1].lower())
            {
                first -= 1;
            }
            let opened = first > 0 && DETERMINERS.contains(&t[first - 1].lower());
            // A noun followed by "of" names something else ("the base of the tower" is fine,
            // "a well of support" is rare; keep both) — but "well" and "base" need a modifier.
            let weak = matches!(singular.as_str(), "well" | "base" | "station" | "port" | "gate" | "terminal");
            if opened && (!weak || first < i) {
                // Named in the singular: "the gas facilities" and "a gas facility" are one part.
                let mut name: Vec<&str> = t[first..i].iter().map(|x| x.lower()).collect();
                name.push(singular);
                out.push(PartMention {
                    name: name.join(" "),
                    head: singular.clone(),
                    sentence: si,
                    start: t[first].start(),
                    end: t[last].end(),
                });
            }
            i = last + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    #[test]
    fn parts_with_their_modifiers() {
        let text = "Gunmen stormed the living quarters and the main gas facility at dawn. \
                    Two hostages were held in a workshop near the airstrip. \
                    Farmers plant maize here; the station was closed.";
        let s = sentences(text);
        let names: Vec<String> = find_parts(&s).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["living quarters", "main gas facility", "workshop", "airstrip"]);
        let t = "Militants attacked two buses carrying oil field workers; the gas facilities burned.";
        let names: Vec<String> = find_parts(&sentences(t)).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["bus", "gas facility"]);
    }
}
