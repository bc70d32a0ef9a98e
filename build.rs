//! Lays out the gazetteer (`assets/geo/places.tsv`, with the names English copy writes
//! without marks and the press spellings of Arabic names) as tables compiled into the
//! program: see `src/extract/static_set.rs`. Building them at run time took most of the time
//! of reading one report, and every run paid it again.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/extract/fold.rs"]
mod fold;
#[allow(dead_code)]
#[path = "src/extract/static_set.rs"]
mod static_set;

#[derive(Clone)]
struct Entry {
    country: String,
    lat: f64,
    lon: f64,
    population: u64,
    town: bool,
}

fn main() {
    for f in [
        "build.rs",
        "assets/geo/places.tsv",
        "assets/geo/us_states.tsv",
        "src/extract/fold.rs",
        "src/extract/static_set.rs",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let places = fs::read_to_string("assets/geo/places.tsv").expect("assets/geo/places.tsv");
    let states = fs::read_to_string("assets/geo/us_states.tsv").expect("assets/geo/us_states.tsv");

    // As the program reads us_states.tsv: a state with a point.
    let state_names: HashSet<String> = rows(&states)
        .filter(|c| c.len() == 9 && c[2].parse::<f64>().is_ok() && c[3].parse::<f64>().is_ok())
        .map(|c| c[0].to_string())
        .collect();

    let mut g = Groups::default();
    let mut first: Vec<(String, Entry)> = Vec::new();
    for c in rows(&places) {
        let [name, country, lat, lon, pop, kind] = c[..] else { continue };
        let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else { continue };
        let e = Entry {
            country: country.to_string(),
            lat,
            lon,
            population: pop.parse().unwrap_or(0),
            town: kind == "town",
        };
        first.push((name.to_string(), e));
    }
    g.add(first);

    // Names as English copy writes them without their marks ("Golcuk" for Gölcük).
    let mut folded = Vec::new();
    for (name, entries) in &g.groups {
        if name.is_ascii() {
            continue;
        }
        let Some(plain) = fold::ascii_fold(name) else { continue };
        if !g.knows(&plain, &state_names) {
            folded.extend(entries.iter().map(|e| (plain.clone(), e.clone())));
        }
    }
    g.add(folded);

    // Arabic names as English news spells them: the article dropped, a final -ah as -a.
    let mut press: BTreeMap<String, usize> = BTreeMap::new();
    for (k, (name, entries)) in g.groups.iter().enumerate() {
        let top = &entries[0];
        if !name.is_ascii() || !arabic_spoken(&top.country) || top.population < 50_000 {
            continue;
        }
        let bare = ["Al ", "Ar ", "As ", "Ad ", "Ash ", "Az ", "An ", "At "]
            .iter()
            .find_map(|a| name.strip_prefix(a))
            .unwrap_or(name);
        let spelt = bare.strip_suffix("ah").map(|s| format!("{s}a"));
        for v in [Some(bare.to_string()), spelt].into_iter().flatten() {
            if v != *name && v.len() >= 4 && !g.knows(&v, &state_names) {
                press.entry(v).or_insert(k);
            }
        }
    }
    let press: Vec<(String, Entry)> = press
        .into_iter()
        .flat_map(|(v, k)| g.groups[k].1.iter().map(move |e| (v.clone(), e.clone())).collect::<Vec<_>>())
        .collect();
    g.add(press);

    // The groups' names, and their entries one after another.
    let names: Vec<String> = g.groups.iter().map(|(n, _)| n.clone()).collect();
    write_set(&out, "gaz_names", &names);
    let mut ranges = Vec::new();
    let mut entries = Vec::new();
    let mut count = 0u32;
    for (_, es) in &g.groups {
        ranges.extend(count.to_le_bytes());
        ranges.extend((es.len() as u32).to_le_bytes());
        count += es.len() as u32;
        for e in es {
            entries.extend(e.lat.to_le_bytes());
            entries.extend(e.lon.to_le_bytes());
            entries.extend((e.population.min(u64::from(u32::MAX)) as u32).to_le_bytes());
            let cc = e.country.as_bytes();
            entries.extend([cc.first().copied().unwrap_or(b'?'), cc.get(1).copied().unwrap_or(b'?')]);
            entries.extend([u8::from(e.town), 0]);
        }
    }
    write(&out, "gaz_ranges.bin", &ranges);
    write(&out, "gaz_entries.bin", &entries);

    // First words of all names (and of the states'), as written and lower-cased as the
    // tokenizer lower-cases a word.
    let mut firsts: Vec<String> = names
        .iter()
        .chain(&state_names)
        .filter_map(|n| n.split(' ').next())
        .map(String::from)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    firsts.sort();
    write_set(&out, "gaz_first_words", &firsts);
    let mut lower: Vec<String> = firsts.iter().map(|w| lower_case(w)).collect::<HashSet<_>>().into_iter().collect();
    lower.sort();
    write_set(&out, "gaz_first_words_lower", &lower);
}

/// Entries grouped by name, each group largest population first.
#[derive(Default)]
struct Groups {
    groups: Vec<(String, Vec<Entry>)>,
    known: HashSet<String>,
}

impl Groups {
    /// Adds entries of names not yet known, as the program adds each batch.
    fn add(&mut self, mut new: Vec<(String, Entry)>) {
        new.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.population.cmp(&a.1.population)));
        for (name, e) in new {
            match self.groups.last_mut() {
                // (Names already known are left out before a batch is added.)
                Some((last, es)) if *last == name => es.push(e),
                _ => {
                    if self.known.insert(name.clone()) {
                        self.groups.push((name, vec![e]));
                    }
                }
            }
        }
    }

    fn knows(&self, name: &str, states: &HashSet<String>) -> bool {
        self.known.contains(name) || states.contains(name)
    }
}

/// Lower case as the tokenizer makes it (`intern::lower_case`).
fn lower_case(raw: &str) -> String {
    if raw.is_ascii() { raw.to_ascii_lowercase() } else { raw.to_lowercase().replace('’', "'") }
}

/// Countries whose place names GeoNames gives in a transliteration of Arabic.
fn arabic_spoken(country: &str) -> bool {
    matches!(
        country,
        "SY" | "IQ"
            | "JO"
            | "LB"
            | "SA"
            | "YE"
            | "EG"
            | "LY"
            | "TN"
            | "DZ"
            | "MA"
            | "SD"
            | "OM"
            | "AE"
            | "KW"
            | "QA"
            | "BH"
            | "PS"
    )
}

/// The rows of a table of `assets/`, as `tables::each_row` reads them: comments and the
/// header line skipped.
fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1).map(|l| l.split('\t').collect())
}

/// Writes `keys` (distinct) as a set of `static_set.rs`.
fn write_set(out: &Path, stem: &str, keys: &[String]) {
    let mut pool = String::new();
    let mut ends = Vec::new();
    for k in keys {
        pool.push_str(k);
        ends.extend((pool.len() as u32).to_le_bytes());
    }
    let n = (keys.len() * 2).next_power_of_two().max(2);
    let mut slots = vec![0u32; n];
    for (i, k) in keys.iter().enumerate() {
        let mut at = static_set::hash(k.as_bytes()) as usize & (n - 1);
        while slots[at] != 0 {
            at = (at + 1) & (n - 1);
        }
        slots[at] = i as u32 + 1;
    }
    write(out, &format!("{stem}.txt"), pool.as_bytes());
    write(out, &format!("{stem}.ends"), &ends);
    write(out, &format!("{stem}.slots"), &slots.iter().flat_map(|s| s.to_le_bytes()).collect::<Vec<_>>());
}

fn write(out: &Path, name: &str, bytes: &[u8]) {
    fs::write(out.join(name), bytes).unwrap_or_else(|e| panic!("writing {name}: {e}"));
}
