//! Disagreements in the words themselves, which editors check before they quote a report:
//! - **quotes**: one speaker quoted with different words in different reports ("the most
//!   suitable" against "the most adapted response to the crisis");
//! - **names**: one person or group spelt differently ("Mokhtar Belmokhtar" / "Moktar
//!   Belmoktar"; "Masked Brigade" / "Brigade of the Masked Ones").
//!
//! Both work on what each report's extraction found ([`crate::extract::names`],
//! [`crate::extract::quotes`]), not on its tokens. Names are compared within buckets keyed by
//! their shape (word count and initials, or their set of word stems), so the work grows with
//! the number of names, not with its square.

use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

use crate::extract::names::NameMention;
use crate::extract::quotes::Quote;
use crate::extract::text::Bounds;
use crate::model::{NameVariants, Passage, QuoteVariant};

/// One report's text as the comparison needs it: what its extraction found.
pub struct DocText<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub sentences: &'a [Bounds],
    pub names: &'a [NameMention],
    pub quotes: &'a [Quote],
}

/// Levenshtein distance on characters, stopping early past `limit`.
fn edits(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut best = cur[0];
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
            best = best.min(cur[j]);
        }
        if best > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Two words that are one name spelt two ways: long enough that a letter or two is a
/// spelling and not another word ("Mokhtar" / "Moktar", not "Mali" / "Male").
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let n = a.chars().count().min(b.chars().count());
    let limit = match n {
        0..=4 => return false,
        5..=8 => 1,
        _ => 2,
    };
    // Plurals and demonyms are other words: "Algeria" / "Algerian", "Briton" / "Britons".
    if a.starts_with(b) || b.starts_with(a) {
        return false;
    }
    edits(a, b, limit) <= limit
}

/// A name mention in one of the reports compared.
struct Mention<'a> {
    doc: usize,
    m: &'a NameMention,
    /// The name as written.
    surface: &'a str,
}

fn mentions<'a>(docs: &[DocText<'a>]) -> Vec<Mention<'a>> {
    docs.iter()
        .enumerate()
        .flat_map(|(doc, d)| d.names.iter().map(move |m| Mention { doc, m, surface: m.surface(d.text) }))
        .collect()
}

/// Words that name a kind of thing rather than the thing: "the Masked Ones" is the Masked.
const GENERIC: &[&str] = &["ones", "group", "movement", "organisation", "organization"];

/// Two names are one when every word of one is spelt like a word of the other, in order,
/// with at least one spelt differently; or when they hold the same words in another order
/// ("Masked Brigade" / "Brigade of the Masked Ones").
fn variants_of(ms: &[Mention]) -> Vec<Vec<usize>> {
    let n = ms.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let union = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(p, a), root(p, b));
        if ra != rb {
            p[ra] = rb;
        }
    };
    // Identical spellings are one name already.
    let mut by_surface: HashMap<&str, usize> = HashMap::default();
    for (i, m) in ms.iter().enumerate() {
        match by_surface.get(m.surface) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                by_surface.insert(m.surface, i);
            }
        }
    }
    let distinct: Vec<usize> = by_surface.values().copied().collect();
    // Spelling: same number of words and the same initials.
    let mut shape: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &i in &distinct {
        let key: String = ms[i].m.words.iter().filter_map(|w| w.chars().next()).collect();
        shape.entry(key).or_default().push(i);
    }
    for group in shape.values() {
        for (x, &i) in group.iter().enumerate() {
            for &j in &group[x + 1..] {
                let (a, b) = (&ms[i].m.words, &ms[j].m.words);
                let differs = a.iter().zip(b).filter(|(p, q)| p != q).count();
                if differs > 0 && a.iter().zip(b).all(|(p, q)| same_word(p, q)) && (differs < a.len() || a.len() >= 2) {
                    union(&mut parent, i, j);
                }
            }
        }
    }
    // Order: the same words, generic ones aside, in another order.
    let mut sets: BTreeMap<Vec<&str>, Vec<usize>> = BTreeMap::new();
    for &i in &distinct {
        let mut key: Vec<&str> = ms[i].m.words.iter().copied().filter(|w| !GENERIC.contains(w)).collect::<Vec<_>>();
        key.sort_unstable();
        key.dedup();
        if key.len() >= 2 {
            sets.entry(key).or_default().push(i);
        }
    }
    for group in sets.values() {
        for &j in &group[1..] {
            let (a, b) = (&ms[group[0]], &ms[j]);
            // Not a longer form of the same name ("Masked Brigade" in "the Masked Brigade
            // group"): the words must stand in another order.
            let order = |m: &Mention| m.m.words.iter().filter(|w| !GENERIC.contains(w)).copied().collect::<Vec<_>>();
            if order(a) != order(b) {
                union(&mut parent, group[0], j);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}

fn passage(docs: &[DocText], doc: usize, sentence: usize, start: usize, end: usize) -> Passage {
    let d = &docs[doc];
    Passage {
        doc: d.id.to_string(),
        text: d.text[start..end].to_string(),
        sentence: d.sentences[sentence].text(d.text).to_string(),
        start,
        end,
    }
}

/// Names that the reports spell differently, one entry per person or group.
pub fn name_variants(docs: &[DocText]) -> Vec<NameVariants> {
    let ms = mentions(docs);
    let mut out = Vec::new();
    for group in variants_of(&ms) {
        let spellings: BTreeSet<&str> = group.iter().map(|&i| ms[i].surface).collect();
        let reports: BTreeSet<usize> = group.iter().map(|&i| ms[i].doc).collect();
        // A disagreement between reports, not a report's own shorthand.
        if spellings.len() < 2 || reports.len() < 2 {
            continue;
        }
        let mut variants: Vec<Passage> = Vec::new();
        let mut seen: BTreeSet<(usize, &str)> = BTreeSet::new();
        for &i in &group {
            let m = &ms[i];
            if seen.insert((m.doc, m.surface)) {
                variants.push(passage(docs, m.doc, m.m.sentence, m.m.start, m.m.end));
            }
        }
        variants.sort_by(|a, b| (a.doc.as_str(), a.start).cmp(&(b.doc.as_str(), b.start)));
        // The form most reports use; ties go to the longest.
        let name = spellings
            .iter()
            .max_by_key(|s| {
                let n = group.iter().filter(|&&i| ms[i].surface == **s).map(|&i| ms[i].doc).collect::<BTreeSet<_>>();
                (n.len(), s.len())
            })
            .map(|s| s.to_string())
            .unwrap_or_default();
        out.push(NameVariants { id: String::new(), name, variants });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    for (k, v) in out.iter_mut().enumerate() {
        v.id = format!("n{}", k + 1);
    }
    out
}

/// A quotation in one of the reports compared.
struct Quoted<'a> {
    doc: usize,
    q: &'a Quote,
}

/// The ids of a set of words, sorted.
fn intern<'a>(ids: &mut HashMap<&'a str, u32>, set: &[&'a str]) -> Vec<u32> {
    let mut v: Vec<u32> = set
        .iter()
        .map(|w| {
            let n = ids.len() as u32;
            *ids.entry(w).or_insert(n)
        })
        .collect();
    v.sort_unstable();
    v
}

/// The most distinct quotations of one speaker compared pairwise.
const MAX_QUOTES: usize = 400;

/// Quotations of one speaker that differ between reports while telling of the same thing.
pub fn quote_variants(docs: &[DocText]) -> Vec<QuoteVariant> {
    let qs: Vec<Quoted> =
        docs.iter().enumerate().flat_map(|(doc, d)| d.quotes.iter().map(move |q| Quoted { doc, q })).collect();
    // Speakers whose surnames are one name spelt two ways share a key.
    let mut keys: Vec<String> = qs.iter().map(|q| q.q.key.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    keys.sort();
    // Once per distinct key, not once per quotation.
    let canon: HashMap<&str, &str> = keys
        .iter()
        .map(|k| (k.as_str(), keys.iter().find(|o| same_word(o, k)).map_or(k.as_str(), |o| o.as_str())))
        .collect();
    let mut by_speaker: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, q) in qs.iter().enumerate() {
        let key = canon.get(q.q.key.as_str()).copied().unwrap_or(q.q.key.as_str());
        by_speaker.entry(key.to_string()).or_default().push(i);
    }
    let text_of = |q: &Quoted| &docs[q.doc].text[q.q.start..q.q.end];
    let norm = |s: &str| {
        s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
    };
    // Each quote once: its words in plain form, and its stems as sorted ids, so that a pair
    // costs a merge of two short lists (one speaker may be quoted hundreds of times).
    let mut ids_of: HashMap<&str, u32> = HashMap::default();
    let prepared: Vec<(String, Vec<u32>, Vec<u32>)> = qs
        .iter()
        .map(|q| (norm(text_of(q)), intern(&mut ids_of, &q.q.context), intern(&mut ids_of, &q.q.words)))
        .collect();
    let common = |a: &[u32], b: &[u32]| {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    };
    let mut out = Vec::new();
    for ids in by_speaker.values() {
        if ids.iter().map(|&i| qs[i].doc).collect::<BTreeSet<_>>().len() < 2 {
            continue;
        }
        // Each quote's best counterpart in another report: the one whose sentence tells of the
        // most of the same things, with a word of one quotation in the other's sentence.
        let mut used: BTreeSet<usize> = BTreeSet::new();
        // The same words in several reports agree: each text is compared once, and at most
        // MAX_QUOTES distinct ones of a speaker (the pairs grow with the square).
        let mut first_of: HashMap<&str, usize> = HashMap::default();
        let mut distinct: Vec<usize> = Vec::new();
        for &i in ids {
            match first_of.get(prepared[i].0.as_str()) {
                Some(&j) if qs[j].doc != qs[i].doc => {
                    used.insert(i);
                    used.insert(j);
                }
                Some(_) => {}
                None => {
                    first_of.insert(&prepared[i].0, i);
                    distinct.push(i);
                }
            }
        }
        distinct.truncate(MAX_QUOTES);
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (x, &i) in distinct.iter().enumerate() {
            for &j in &distinct[x + 1..] {
                if qs[i].doc == qs[j].doc {
                    continue;
                }
                let ((ta, ca, wa), (tb, cb, wb)) = (&prepared[i], &prepared[j]);
                // The same words (or one report quoting part of the other): they agree.
                if ta.contains(tb.as_str()) || tb.contains(ta.as_str()) {
                    used.insert(i);
                    used.insert(j);
                    continue;
                }
                let shared = common(ca, cb);
                if shared < 2 {
                    continue;
                }
                let crossing = wa.iter().any(|w| cb.binary_search(w).is_ok() && wb.binary_search(w).is_err())
                    || wb.iter().any(|w| ca.binary_search(w).is_ok() && wa.binary_search(w).is_err());
                // Or quotations that share words but not all of them; one word in common is
                // enough where the sentences tell of the same things.
                let overlap = common(wa, wb);
                if crossing || overlap >= 2 || (overlap >= 1 && shared >= 4) {
                    pairs.push((shared, i, j));
                }
            }
        }
        pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
        for (_, i, j) in pairs {
            if used.contains(&i) || used.contains(&j) {
                continue;
            }
            used.insert(i);
            used.insert(j);
            let mut quotes: Vec<Passage> = [i, j]
                .iter()
                .map(|&k| {
                    let Quoted { doc, q } = qs[k];
                    passage(docs, doc, q.sentence, q.start, q.end)
                })
                .collect();
            quotes.sort_by(|a, b| a.doc.cmp(&b.doc));
            out.push(QuoteVariant { id: String::new(), speaker: qs[i].q.speaker.clone(), quotes });
        }
    }
    for (k, v) in out.iter_mut().enumerate() {
        v.id = format!("q{}", k + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::{NameRuns, name_mentions};
    use crate::extract::quotes::find_quotes;
    use crate::extract::text::sentences;

    /// A text read as the extraction reads it.
    struct Read {
        id: String,
        sentences: Vec<Bounds>,
        names: Vec<NameMention>,
        quotes: Vec<Quote>,
    }

    /// Reads each text as the extraction does and compares them.
    fn run<T>(texts: &[&'static str], f: impl Fn(&[DocText]) -> T) -> T {
        let read: Vec<Read> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let s = sentences(t);
                let runs = NameRuns::new(&s);
                Read {
                    id: format!("d{}", i + 1),
                    sentences: s.iter().map(Bounds::from).collect(),
                    names: name_mentions(t, &s, &runs),
                    quotes: find_quotes(t, &s, &runs),
                }
            })
            .collect();
        let views: Vec<DocText> = read
            .iter()
            .zip(texts)
            .map(|(r, text)| DocText { id: &r.id, text, sentences: &r.sentences, names: &r.names, quotes: &r.quotes })
            .collect();
        f(&views)
    }

    #[test]
    fn spellings_and_word_orders_are_one_name() {
        let a = "Troops surrounded a camp run by the Red Hand Column, led by Mohamed Haddad.";
        let b = "The Column of the Red Hand, whose leader Mohammed Hadad fled, denied it.";
        let c = "Police said Mohamed Haddad was seen near the camp.";
        let names = run(&[a, b, c], name_variants);
        let got: Vec<(String, Vec<String>)> =
            names.iter().map(|n| (n.name.clone(), n.variants.iter().map(|v| v.text.clone()).collect())).collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got.iter()
                .any(|(_, v)| v.contains(&"Red Hand Column".into()) && v.contains(&"Column of the Red Hand".into()))
        );
        let person = got.iter().find(|(n, _)| n == "Mohamed Haddad").expect("the leader, by the common spelling");
        assert!(person.1.contains(&"Mohammed Hadad".into()));
    }

    #[test]
    fn different_people_and_longer_forms_are_not_variants() {
        let a = "North Korea fired a missile; President Joe Biden spoke to Mark Smith.";
        let b = "South Korea said Joe Biden and Mary Smith were briefed by the Korea Herald.";
        assert!(run(&[a, b], name_variants).is_empty());
    }

    #[test]
    fn a_speaker_quoted_with_other_words() {
        let a = "Mayor Anna Lindqvist called the evacuation of the valley \"a success\" on Monday.";
        let b = "Anna Lindqvist, the mayor, said the evacuation was \"an orderly retreat from the valley\".";
        let c =
            "Lindqvist later said \"we will rebuild\", and Mayor Anna Lindqvist thanked \"all the volunteers\" too.";
        let q = run(&[a, b, c], quote_variants);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker, "Anna Lindqvist");
        let texts: Vec<&str> = q[0].quotes.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["a success", "an orderly retreat from the valley"]);
    }

    #[test]
    fn surnames_alone_titles_and_accents_are_followed() {
        let a = "Interior Minister Suleyman Soylu said 45 buildings fell. \"We face a very difficult situation,\" Soylu told reporters. \
                 UN Secretary-General Antonio Guterres said he was \"deeply saddened\".";
        let b = "Interior Minister Süleyman Soylu visited. \"We face a very difficult and painful situation,\" Soylu said. \
                 U.N. Secretary-General António Guterres said he was \"deeply saddened by the loss of life\".";
        let q = run(&[a, b], quote_variants);
        let speakers: Vec<&str> = q.iter().map(|v| v.speaker.as_str()).collect();
        assert_eq!(speakers, ["Suleyman Soylu"], "{q:?}");
        let names = run(&[a, b], name_variants);
        let forms: Vec<Vec<&str>> =
            names.iter().map(|n| n.variants.iter().map(|v| v.text.as_str()).collect()).collect();
        assert_eq!(forms, [vec!["Antonio Guterres", "António Guterres"], vec!["Suleyman Soylu", "Süleyman Soylu"]]);
    }

    #[test]
    fn the_same_words_are_not_a_variant() {
        let a = "Fire chief Tom Baker said the blaze was \"under control\" by noon.";
        let b = "The blaze was \"under control\", fire chief Tom Baker told reporters.";
        assert!(run(&[a, b], quote_variants).is_empty());
    }
}
