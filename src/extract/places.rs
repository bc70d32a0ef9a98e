//! Places: countries, and towns and cities from the GeoNames-derived gazetteer in
//! `assets/geo/places.tsv`; places the gazetteer does not know are kept where the report
//! places them ("situated at Tigantourine, about 40km south-west of …"). Stated relations:
//! "about 40km (25 miles) south-west of the town of In Amenas" → subject, object, km, bearing.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::lexicon::{NatKind, lexicon};
use super::static_set::{self, StaticSet};
use super::tags;
use super::text::{Kind, Sentence, Token};

#[derive(Debug, Clone, Copy)]
pub struct GazetteerEntry {
    /// The name as the table (or an alias of it) spells it.
    pub name: &'static str,
    pub country: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// "city", "state" (a US state), or "town" for a small place known from its airport.
    pub kind: &'static str,
}

/// A set of names laid out by `build.rs` (see [`static_set`]).
macro_rules! built_set {
    ($stem:literal) => {
        StaticSet {
            pool: include_str!(concat!(env!("OUT_DIR"), "/", $stem, ".txt")),
            ends: include_bytes!(concat!(env!("OUT_DIR"), "/", $stem, ".ends")),
            slots: include_bytes!(concat!(env!("OUT_DIR"), "/", $stem, ".slots")),
        }
    };
}

/// The names of the gazetteer's groups of places (GeoNames' names, the same without their
/// marks, "Golcuk" for Gölcük, and the press spellings of Arabic names, "Raqqa").
static NAMES: StaticSet = built_set!("gaz_names");
/// Each group's first entry and number of entries (two u32 per group).
static RANGES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gaz_ranges.bin"));
/// The entries, grouped by name, each group largest population first: latitude and
/// longitude (f64), population (u32), country code (two bytes), town or city (a byte), and a
/// byte of padding.
static ENTRIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gaz_entries.bin"));
const ENTRY_BYTES: usize = 24;
/// First words of all names (and of the US states'), as written ...
static FIRST_WORDS: StaticSet = built_set!("gaz_first_words");
/// ... and lower-cased as the tokenizer lower-cases a word.
static FIRST_WORDS_LOWER: StaticSet = built_set!("gaz_first_words_lower");

/// Whether a lower-cased word is the first word of a place name of the gazetteer.
pub fn is_place_first_word(lower: &str) -> bool {
    FIRST_WORDS_LOWER.contains(lower)
}

/// The gazetteer: its places are compiled in (`build.rs`); only the few US states are read
/// when it is first used.
pub struct Gazetteer {
    /// US states, placed among same-named places when looked up (see [`Gazetteer::places`]).
    states: HashMap<&'static str, GazetteerEntry>,
    /// US states as written after a town ("Hesston, Kan.", "Hesston, Kansas"): their names
    /// and AP style abbreviations, longest first, each with the state's name.
    state_suffixes: Vec<(&'static str, &'static str)>,
    /// Each state's extent: west, south, east, north (degrees).
    state_extents: HashMap<&'static str, [f64; 4]>,
}

impl Gazetteer {
    /// Whether `name` is a US state ("Georgia" is also a country).
    pub fn is_us_state(&self, name: &str) -> bool {
        self.states.contains_key(name)
    }
}

pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut states = HashMap::default();
        let mut state_suffixes = Vec::new();
        let mut state_extents = HashMap::default();
        crate::tables::each_row(include_str!("../../assets/geo/us_states.tsv"), |c| {
            let [name, _code, lat, lon, ap, w, s, e, n] = c[..] else { return };
            let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else { return };
            if let (Ok(w), Ok(s), Ok(e), Ok(n)) = (w.parse(), s.parse(), e.parse(), n.parse()) {
                state_extents.insert(name, [w, s, e, n]);
            }
            states.insert(name, GazetteerEntry { name, country: "US", lat, lon, population: 0, kind: "state" });
            state_suffixes.push((name, name));
            if ap != "-" {
                state_suffixes.push((ap, name));
            }
        });
        state_suffixes.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        Gazetteer { states, state_suffixes, state_extents }
    })
}

/// Entry `i` of the compiled-in table, under its group's name.
fn entry(name: &'static str, i: usize) -> Option<GazetteerEntry> {
    let b = ENTRIES.get(i * ENTRY_BYTES..(i + 1) * ENTRY_BYTES)?;
    let f64_at =
        |k: usize| f64::from_le_bytes([b[k], b[k + 1], b[k + 2], b[k + 3], b[k + 4], b[k + 5], b[k + 6], b[k + 7]]);
    Some(GazetteerEntry {
        name,
        country: std::str::from_utf8(&b[20..22]).unwrap_or(""),
        lat: f64_at(0),
        lon: f64_at(8),
        population: u64::from(u32::from_le_bytes([b[16], b[17], b[18], b[19]])),
        kind: if b[22] == 1 { "town" } else { "city" },
    })
}

/// The entries of the places called `name`, best known first.
fn group(name: &str) -> impl Iterator<Item = GazetteerEntry> {
    let found = NAMES.find(name);
    let (first, n) = found.map_or((0, 0), |g| {
        (static_set::u32_at(RANGES, 2 * g) as usize, static_set::u32_at(RANGES, 2 * g + 1) as usize)
    });
    let name = found.map_or("", |g| NAMES.key(g));
    (first..first + n).filter_map(move |i| entry(name, i))
}

impl Gazetteer {
    /// The US state written right after token `end` of a name ("Hesston, Kan.", "Wilmington,
    /// N.C.", "Newton, Kansas"), not as a possessive ("Smith, Texas' senator").
    fn state_after(&self, text: &str, t: &[Token], end: usize) -> Option<GazetteerEntry> {
        self.state_written_after(text, t, end).map(|(state, _)| state)
    }

    /// [`Gazetteer::state_after`], with the byte offset where the state's name ends.
    fn state_written_after(&self, text: &str, t: &[Token], end: usize) -> Option<(GazetteerEntry, usize)> {
        let comma = t.get(end + 1).filter(|x| x.is(","))?;
        // Every state is written with a capital.
        if !t.get(end + 2).is_some_and(|x| x.cap) {
            return None;
        }
        let rest = text[comma.end()..].trim_start_matches(' ');
        let first = rest.as_bytes().first();
        let (written, state) = self.state_suffixes.iter().find(|(s, _)| {
            s.as_bytes().first() == first
                && rest.starts_with(*s)
                && !rest[s.len()..].starts_with(|c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
        })?;
        let at = text.len() - rest.len() + written.len();
        Some((*self.states.get(state)?, at))
    }

    /// The place of `name` in a US state: a US place of that name inside the state's extent
    /// (the gazetteer holds one place of a name per country, so "Portland, Maine" is not the
    /// Portland it holds, which is Oregon's).
    fn in_state(&self, name: &str, state: &GazetteerEntry) -> Option<GazetteerEntry> {
        let [w, s, e, n] = *self.state_extents.get(state.name)?;
        self.places(name)
            .find(|p| p.country == "US" && p.kind != "state" && (s..=n).contains(&p.lat) && (w..=e).contains(&p.lon))
    }

    fn knows(&self, name: &str) -> bool {
        NAMES.contains(name) || self.states.contains_key(name)
    }

    /// The places of a name, best known first. A US state comes before smaller places of the
    /// same name ("Florida" the state, not the Uruguayan town; "Wyoming", not the Michigan
    /// city), after a great US city of that name ("New York", "Washington").
    fn places(&self, name: &str) -> impl Iterator<Item = GazetteerEntry> {
        let state = self.states.get(name).copied();
        let mut group = group(name).peekable();
        // The great US cities of the name first, then the state, then the rest.
        let mut great = Vec::new();
        while state.is_some() && group.peek().is_some_and(|e| e.country == "US" && e.population >= 500_000) {
            great.extend(group.next());
        }
        great.into_iter().chain(state).chain(group)
    }

    /// The first token of each way a state is written after a town, lower-cased as the
    /// tokenizer makes it ("North Carolina" → "north", "Kan." → "kan", "N.H." → "n.h.").
    pub fn state_first_words(&self) -> impl Iterator<Item = String> + '_ {
        self.state_suffixes.iter().map(|(written, _)| {
            let first = written.split(' ').next().unwrap_or(written);
            // A dotted abbreviation is one token with its last dot; another loses its dot.
            let inner_dot = first.trim_end_matches('.').contains('.');
            let first = if inner_dot { first } else { first.trim_end_matches('.') };
            first.to_lowercase()
        })
    }

    /// The best-known place of that name (largest population), preferring `country`.
    pub fn lookup(&self, name: &str, country: Option<&str>) -> Option<GazetteerEntry> {
        country.and_then(|c| self.places(name).find(|e| e.country == c)).or_else(|| self.places(name).next())
    }
}

#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub name: String,
    pub kind: &'static str,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

impl PlaceMention {
    /// A place named by tokens `words` (first, last) of sentence `sentence`, as the report
    /// writes it, that the gazetteer does not place.
    fn unplaced(text: &str, t: &[Token], words: (usize, usize), sentence: usize, kind: &'static str) -> PlaceMention {
        let (start, end) = (t[words.0].start(), t[words.1].end());
        let name = one_line(&text[start..end]).into_owned();
        PlaceMention { name, kind, lat: None, lon: None, sentence, start, end }
    }
}

#[derive(Debug, Clone)]
pub struct RawRelation {
    pub sentence: usize,
    pub subject: String,
    pub object: String,
    pub km: Option<f64>,
    pub bearing: Option<&'static str>,
    pub start: usize,
    pub end: usize,
}

const LOCATIVE: &[&str] = &[
    "in", "at", "near", "from", "to", "towards", "toward", "outside", "of", "into", "around", "between", "across",
    "via", "through", "within", "inside",
];

/// Words that start capitalised phrases but are not place names.
const NOT_PLACES: &[&str] =
    &["the", "a", "an", "mr", "mrs", "ms", "president", "prime", "minister", "general", "saint"];

pub fn find_places(text: &str, sentences: &[Sentence]) -> Vec<PlaceMention> {
    let lex = lexicon();
    let gaz = gazetteer();
    let mut out = Vec::new();
    let lower = crate::extract::text::lower_cased(text);
    let surnames = surnames(text, sentences);
    // The countries the report places things in (named, or of places the words around place),
    // and the places taken only for their size: a large town abroad named in passing ("the
    // Hassan mosque" in a report from Syria) is another word, not that town.
    let mut countries: rustc_hash::FxHashSet<&str> = Default::default();
    let mut by_size: Vec<(usize, &'static str)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        // A transcript in capitals: every word looks like a name ("ALSO RECEIVED ASSISTANCE
        // FROM THE COUNTY", "MAN"), and none can be told from the others.
        if in_capitals(text, s) {
            continue;
        }
        if s.tags & tags::CAPITALS != 0 {
            venues_of_events(text, s.tokens(), si, &mut out);
            if s.tags & tags::STATE != 0 {
                towns_with_their_state(text, s.tokens(), si, &mut out);
            }
            if s.tags & tags::PLACE_KIND != 0 {
                places_named_by_kind(text, s.tokens(), si, &mut out);
            }
        }
        // Every rule here starts at a country, a nationality or the first word of a place, or
        // ends at a noun of places.
        if s.tags & (tags::NATIONALITY | tags::PLACE | tags::PLACE_NOUN) == 0 {
            continue;
        }
        let t = s.tokens();
        let mut i = 0;
        // The last token of the last place the words around placed in this sentence.
        let mut placed_until = None;
        while i < t.len() {
            // "Allegheny County", "Franklin Avenue", "the Bronx Zoo": a name the gazetteer
            // need not know, told by the noun that ends it.
            if s.tags & tags::PLACE_NOUN != 0
                && let Some((end, kind)) = noun_place_at(t, i)
            {
                out.push(PlaceMention::unplaced(text, t, (i, end), si, kind));
                i = end + 1;
                continue;
            }
            if lower && t[i].kind == Kind::Word && t[i].tags & (tags::NATIONALITY | tags::PLACE) != 0 {
                match lower_case_place(t, i, si) {
                    Some((place, used)) => {
                        out.push(place);
                        i += used;
                    }
                    None => i += 1,
                }
                continue;
            }
            if !t[i].cap || t[i].kind != Kind::Word || t[i].tags & (tags::NATIONALITY | tags::PLACE) == 0 {
                i += 1;
                continue;
            }
            // Countries and their adjectives before "border": "the Libyan border".
            // "Panama City", "Mexico City": a longer place that starts with a country's name.
            let longer_place = t.get(i + 1).is_some_and(|n| n.cap && n.kind == Kind::Word)
                && gaz.knows(&text[t[i].start()..t[i + 1].end()]);
            if let Some((c, kind, used)) = lex.nationality_at(text, t, i).filter(|_| !longer_place) {
                let country = &lex.countries[c];
                let border = t.get(i + used).is_some_and(|n| n.is("border"));
                if kind == NatKind::Country || border {
                    countries.insert(country.code.as_str());
                    out.push(PlaceMention {
                        name: country.name.clone(),
                        kind: "country",
                        lat: country.lat,
                        lon: country.lon,
                        sentence: si,
                        start: t[i].start(),
                        end: t[i + used - 1].end(),
                    });
                    if border {
                        out.push(PlaceMention {
                            name: format!("{} border", &text[t[i].start()..t[i + used - 1].end()]),
                            kind: "border",
                            lat: None,
                            lon: None,
                            sentence: si,
                            start: t[i].start(),
                            end: t[i + used].end(),
                        });
                    }
                    i += used;
                    continue;
                }
            }
            // A dateline in capitals: "KYIV, March 4 (Reuters)".
            let word = &text[t[i].start()..t[i].end()];
            if word.len() >= 3 && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
                let title: String = word
                    .chars()
                    .enumerate()
                    .map(|(k, c)| if k == 0 { c } else { c.to_lowercase().next().unwrap_or(c) })
                    .collect();
                if let Some(e) = gaz.lookup(&title, None).filter(|e| e.population >= 100_000)
                    && t.get(i + 1).is_some_and(|n| n.is(",") || n.is("("))
                {
                    out.push(PlaceMention {
                        name: e.name.to_string(),
                        kind: e.kind,
                        lat: Some(e.lat),
                        lon: Some(e.lon),
                        sentence: si,
                        start: t[i].start(),
                        end: t[i].end(),
                    });
                    i += 1;
                    continue;
                }
            }
            if !FIRST_WORDS.contains(word) {
                i += 1;
                continue;
            }
            // The longest run of capitalised words that the gazetteer knows.
            let run_end = (i..t.len()).take_while(|&k| t[k].cap && t[k].kind == Kind::Word).last().unwrap_or(i);
            let mut matched = false;
            for end in (i..=run_end.min(i + 3)).rev() {
                let joined = one_line(&text[t[i].start()..t[end].end()]);
                let name = joined.as_ref();
                if !gaz.knows(name) {
                    continue;
                }
                // "Newton, Kansas": the Newton of that state, or a town of it the gazetteer
                // does not hold (found by `towns_with_their_state`), not Newton elsewhere.
                let state = if s.tags & tags::STATE != 0 { gaz.state_after(text, t, end) } else { None };
                let e = match state {
                    Some(state) if name != state.name => match gaz.in_state(name, &state) {
                        Some(e) => e,
                        None => continue,
                    },
                    _ => match gaz.lookup(name, None) {
                        Some(e) => e,
                        None => continue,
                    },
                };
                // (A sentence's capitalised "In", "At" or "From" is not part of the name.)
                let opening_locative = i > 0 && t[i - 1].is_any(LOCATIVE) && is_sentence_start(t, i - 1);
                let whole_run =
                    end == run_end && (i == 0 || !t[i - 1].cap || is_sentence_start(t, i) || opening_locative);
                let after_locative = i > 0 && t[i - 1].is_any(LOCATIVE);
                let big = e.population >= 100_000 || e.kind == "state";
                // "Cape Coral & Naples, Florida": a name with its state is a place's.
                let in_a_state = state.is_some();
                // "Jalalabad, about 150 km east of Kabul": a stated distance after the name.
                let distance_follows = t.get(end + 1).is_some_and(|x| x.is(","))
                    && (end + 2..(end + 6).min(t.len())).any(|k| {
                        t[k].kind == Kind::Number && t.get(k + 1).is_some_and(|u| u.tags & tags::DISTANCE != 0)
                    });
                // One word that is also a month, a weekday or a noun for people ("August",
                // "Police") names a place only when a locative or a distance says so.
                if NOT_PLACES.contains(&t[i].lower()) && end == i {
                    continue;
                }
                // A month or a weekday after "in", "of", "at" is a time ("at the end of August"):
                // only a stated distance makes it a place.
                let calendar = calendar_word(&t[i]);
                let common = calendar || lex.people.contains_key(t[i].lower());
                if common && end == i && !((after_locative && !calendar) || distance_follows) {
                    continue;
                }
                // "at University of Cincinnati Medical Center": the first word of a longer name.
                let of_name = t.get(end + 1).is_some_and(|x| x.is("of")) && t.get(end + 2).is_some_and(|x| x.cap);
                if end == i && (street_follows(t, end) || of_name) {
                    continue;
                }
                // "the College of William and Mary": after "and" and a capitalised word that is
                // no place, the second half of a name.
                if end == i
                    && i >= 2
                    && t[i - 1].is("and")
                    && t[i - 2].is_capitalised()
                    && t[i - 2].tags & tags::PLACE_NOUN == 0
                    && !gaz.knows(&text[t[i - 2].start()..t[i - 2].end()])
                    && lex.nationality_at(text, t, i - 2).is_none()
                {
                    continue;
                }
                // "Santiago traveled to Alaska": the report's "Esteban Santiago", not Chile's
                // capital, unless the words around make it a place.
                // ("of", "to", "from" do not make it a place: "three of Shelton's children",
                // "familiar to Powell"; nor does a possessive: "came to Shelton's defense".)
                let where_word = after_locative && !t[i - 1].is_any(&["of", "to", "from", "between"]);
                let possessive = t.get(end + 1).is_some_and(|x| x.is("'s"));
                let placed_by_words = (where_word && !possessive) || distance_follows || in_a_state;
                if end == i && !placed_by_words && surnames.contains(name) {
                    continue;
                }
                // "Bursa 122 dead, 1,866 injured": a line of a table of tolls by place.
                let count_follows = t.get(end + 1).is_some_and(|x| x.kind == Kind::Number);
                if whole_run && (after_locative || (big && (i > 0 || count_follows)) || distance_follows || in_a_state)
                {
                    if let Some((a, b)) = venue_before(t, i) {
                        out.push(PlaceMention::unplaced(text, t, (a, b), si, "site"));
                    }
                    // "flights from Paris and Alexandria": a place listed after one the words
                    // place is placed by them too.
                    let listed = i >= 2 && t[i - 1].is_any(&["and", "or", ","]) && placed_until == Some(i - 2);
                    if after_locative || distance_follows || in_a_state || end > i || listed {
                        countries.insert(e.country);
                        placed_until = Some(end);
                    } else {
                        by_size.push((out.len(), e.country));
                    }
                    out.push(PlaceMention {
                        name: e.name.to_string(),
                        kind: e.kind,
                        lat: Some(e.lat),
                        lon: Some(e.lon),
                        sentence: si,
                        start: t[i].start(),
                        end: t[end].end(),
                    });
                    i = end + 1;
                    matched = true;
                    break;
                }
            }
            if !matched {
                // A noun of places further on may end a name that starts inside the run.
                let noun_ahead = (i + 1..=run_end).any(|k| t[k].tags & tags::PLACE_NOUN != 0);
                // Nor is a place's name one that starts with "In" ("In Salah") the name after a
                // sentence's "In" ("In Paris, police said").
                i = if noun_ahead || t[i].is_any(LOCATIVE) { i + 1 } else { run_end + 1 };
            }
        }
    }
    if !countries.is_empty() {
        let mut abroad = vec![false; out.len()];
        for &(k, c) in &by_size {
            abroad[k] = !countries.contains(c);
        }
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !abroad[k - 1]
        });
    }
    // "3 Dead In Springs Planned Parenthood Shooting": a one-word name that ends a longer
    // place the report names after a state or a country ("Colorado Springs", "Virginia
    // Beach") is that place's short form, not a town of that name elsewhere. ("York" is not
    // "New York".) Looked up by last word: no pairwise search.
    let mut by_last_word: HashMap<&str, usize> = HashMap::default();
    for (k, p) in out.iter().enumerate() {
        if let Some((region, last)) = p.name.rsplit_once(' ')
            && p.lat.is_some()
            && p.kind != "country"
            && (gaz.states.contains_key(region) || lex.is_country(region))
        {
            by_last_word.entry(last).or_insert(k);
        }
    }
    let short: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, p)| p.lat.is_some() && !p.name.contains(' ') && matches!(p.kind, "city" | "town"))
        .filter_map(|(k, p)| by_last_word.get(p.name.as_str()).map(|&long| (k, long)))
        .collect();
    for (k, long) in short {
        let (name, kind, lat, lon) = (out[long].name.clone(), out[long].kind, out[long].lat, out[long].lon);
        let p = &mut out[k];
        (p.name, p.kind, p.lat, p.lon) = (name, kind, lat, lon);
    }
    out
}

/// A place in a report stored without capitals: only where the words around say a place
/// comes ("in ankara", "eastern turkey", "elazig, 30 km from …"), since without capitals
/// "mobile", "reading" or "turkey" are as often words as places. The longest name of up to
/// three words the gazetteer or the country list knows, title-cased.
fn lower_case_place(t: &[Token], i: usize, si: usize) -> Option<(PlaceMention, usize)> {
    const SIDES: &[&str] = &[
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ];
    let lex = lexicon();
    let word = t[i].lower();
    if calendar_word(&t[i]) || lex.people.contains_key(word) || NOT_PLACES.contains(&word) {
        return None;
    }
    let cued = i > 0 && (t[i - 1].is_any(LOCATIVE) || t[i - 1].is_any(SIDES));
    for len in (1..=3usize).rev() {
        let end = i + len - 1;
        if end >= t.len() || t[i..=end].iter().any(|x| x.kind != Kind::Word) {
            continue;
        }
        let distance_follows = t.get(end + 1).is_some_and(|x| x.is(","))
            && (end + 2..(end + 6).min(t.len()))
                .any(|k| t[k].kind == Kind::Number && t.get(k + 1).is_some_and(|u| u.tags & tags::DISTANCE != 0));
        if !(cued || distance_follows) {
            continue;
        }
        let title: Vec<String> = t[i..=end]
            .iter()
            .map(|x| {
                let mut c = x.lower().chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            })
            .collect();
        let name = title.join(" ");
        let (start, stop) = (t[i].start(), t[end].end());
        if let Some(&(c, NatKind::Country)) = lex.nationalities.get(&name) {
            let country = &lex.countries[c];
            let place = PlaceMention {
                name: country.name.clone(),
                kind: "country",
                lat: country.lat,
                lon: country.lon,
                sentence: si,
                start,
                end: stop,
            };
            return Some((place, len));
        }
        if let Some(e) = gazetteer().lookup(&name, None) {
            let place = PlaceMention {
                name: e.name.to_string(),
                kind: e.kind,
                lat: Some(e.lat),
                lon: Some(e.lon),
                sentence: si,
                start,
                end: stop,
            };
            return Some((place, len));
        }
    }
    None
}

/// A name as one line: one broken across lines ("Fort\nCollins", "Bronx\nZoo") with its
/// words joined by single spaces, any other left as written.
fn one_line(name: &str) -> std::borrow::Cow<'_, str> {
    if name.contains(['\n', '\r', '\t']) {
        std::borrow::Cow::Owned(name.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        std::borrow::Cow::Borrowed(name)
    }
}

/// A word that may be (part of) a place's name: capitalised, not a title or an article
/// ([`NOT_PLACES`]), not a month or a weekday.
fn name_word(x: &Token) -> bool {
    x.cap && x.kind == Kind::Word && !NOT_PLACES.contains(&x.lower()) && !calendar_word(x)
}

/// A month's or a weekday's name: a time where a place's name may stand ("at the end of
/// August", "the shooting at Noon on Friday").
fn calendar_word(x: &Token) -> bool {
    x.tags & (tags::MONTH | tags::WEEKDAY) != 0
}

/// "a workplace shooting at Excel Industries", "the attack at Midway Mall": the name after an
/// attack's noun and "at" is where it happened, a business or a venue that no gazetteer holds.
/// (A name the gazetteer knows is found as a place by the other rules.)
fn venues_of_events(text: &str, t: &[Token], si: usize, out: &mut Vec<PlaceMention>) {
    const EVENTS: &[&str] = &[
        "shooting",
        "shootings",
        "attack",
        "explosion",
        "blast",
        "stabbing",
        "standoff",
        "siege",
        "rampage",
        "massacre",
        "bombing",
        "shootout",
        "fire",
        "collapse",
    ];
    let gaz = gazetteer();
    for k in 1..t.len() {
        if !t[k].is("at") || !t[k - 1].is_any(EVENTS) {
            continue;
        }
        let a = k + 1 + usize::from(t.get(k + 1).is_some_and(|x| x.is("the")));
        let mut b = a;
        while b < t.len() && b - a < 4 && name_word(&t[b]) {
            b += 1;
        }
        // One word alone may be a person's name or a time ("at Smith's", "at Noon"): two or
        // more, or one before a place's noun, make a venue's name.
        if b == a || (b - a == 1 && t.get(b).is_none_or(|x| x.tags & tags::PLACE_NOUN == 0)) {
            continue;
        }
        let mention = PlaceMention::unplaced(text, t, (a, b - 1), si, "site");
        if !gaz.knows(&mention.name) {
            out.push(mention);
        }
    }
}

/// "in Hartsel, Colo.", "HESSTON, Kan. (AP)": a town the gazetteer does not hold (it lists
/// places of 5,000 people or more), told by the US state written after it, in a place's
/// position (after "in", "near", "from" … or opening a dateline). Not placed on the map: the
/// state alone does not say where in it.
fn towns_with_their_state(text: &str, t: &[Token], si: usize, out: &mut Vec<PlaceMention>) {
    let gaz = gazetteer();
    for k in 1..t.len() {
        // (`state_written_after` wants the comma at `k` and a capital after it.)
        if t[k].kind != Kind::Punct || !name_word(&t[k - 1]) {
            continue;
        }
        let Some((state, state_end)) = gaz.state_written_after(text, t, k - 1) else { continue };
        let b = k - 1;
        let mut a = b;
        while a > 0 && b - a < 2 && name_word(&t[a - 1]) {
            a -= 1;
        }
        let name = one_line(&text[t[a].start()..t[b].end()]).into_owned();
        let capitals = name.len() > 1 && !name.chars().any(char::is_lowercase);
        // After a place's word, or opening a sentence in capitals as a dateline does ("Obama,
        // Texas' senators and …" opens no dateline).
        if if a > 0 { !t[a - 1].is_any(LOCATIVE) } else { !capitals } {
            continue;
        }
        // A dateline's town in capitals is named as a reader writes it ("HESSTON" → "Hesston").
        let name = if capitals { title_case(&name) } else { name };
        // "Henry County, Ga." is found by its noun, with its kind.
        if t[b].tags & tags::PLACE_NOUN != 0
            || gaz.in_state(&name, &state).is_some()
            || gaz.states.contains_key(name.as_str())
            || lexicon().nationality_at(text, t, a).is_some()
        {
            continue;
        }
        // Named with its state ("Hartsel, Colorado"), however the report abbreviates it: towns
        // of one name are many.
        let (start, end) = (t[a].start(), state_end);
        out.push(PlaceMention {
            name: format!("{name}, {}", state.name),
            kind: "town",
            lat: None,
            lon: None,
            sentence: si,
            start,
            end,
        });
    }
}

/// The noun before "of" and a place's name, and the kind the place is listed as.
const KIND_BEFORE: &[(&str, &str)] = &[
    ("city", "town"),
    ("town", "town"),
    ("village", "town"),
    ("hamlet", "town"),
    ("township", "town"),
    ("suburb", "district"),
    ("district", "district"),
    ("neighborhood", "district"),
    ("neighbourhood", "district"),
    ("province", "region"),
    ("region", "region"),
];

/// Nouns before a list of places of that kind: "the counties of Westchester and Nassau".
const KINDS_BEFORE: &[(&str, &str)] = &[
    ("counties", "county"),
    ("cities", "town"),
    ("towns", "town"),
    ("villages", "town"),
    ("provinces", "region"),
    ("districts", "district"),
    ("suburbs", "district"),
    ("neighborhoods", "district"),
    ("neighbourhoods", "district"),
];

/// The noun after a place's name: "the Dumair area".
const KIND_AFTER: &[(&str, &str)] =
    &[("area", "district"), ("neighborhood", "district"), ("neighbourhood", "district")];

/// Two streets named at once: "Boylston and Exeter streets", with the singular.
const STREETS: &[(&str, &str)] =
    &[("streets", "Street"), ("avenues", "Avenue"), ("roads", "Road"), ("boulevards", "Boulevard")];

/// Nouns of a business or a building after its name: "a King Soopers grocery store", "the
/// Cameo nightclub", "the Hassan mosque".
const VENUES: &[&str] = &[
    "store",
    "supermarket",
    "mall",
    "clinic",
    "nightclub",
    "club",
    "bar",
    "restaurant",
    "cafe",
    "hotel",
    "motel",
    "church",
    "mosque",
    "synagogue",
    "temple",
    "brokerage",
    "firm",
    "bank",
    "plant",
    "factory",
    "warehouse",
    "theater",
    "theatre",
    "stadium",
    "arena",
    "campus",
    "casino",
    "pharmacy",
    "offices",
];

/// Words between a venue's name and its noun: "grocery" of "a King Soopers grocery store".
const VENUE_MODIFIERS: &[&str] = &[
    "grocery",
    "convenience",
    "department",
    "shopping",
    "office",
    "apartment",
    "theme",
    "amusement",
    "retail",
    "furniture",
    "hardware",
    "liquor",
    "coffee",
    "manufacturing",
    "brokerage",
    "health",
];

/// The words of [`KIND_BEFORE`], [`KINDS_BEFORE`], [`KIND_AFTER`], [`STREETS`] and [`VENUES`], and
/// "intersection", "section", "quarter" ([`tags::PLACE_KIND`]).
pub(crate) fn place_kind_words() -> impl Iterator<Item = &'static str> {
    KIND_BEFORE
        .iter()
        .chain(KINDS_BEFORE)
        .chain(KIND_AFTER)
        .chain(STREETS)
        .map(|(w, _)| *w)
        .chain(["intersection", "section", "quarter"])
        .chain(VENUES.iter().copied())
}

/// "streets", "avenues" …: a noun of [`STREETS`].
fn streets_noun(x: &Token) -> bool {
    STREETS.iter().any(|(plural, _)| x.is(plural))
}

/// Whether the words after token `end` make the name before them a street's: "Exeter
/// streets", "Boylston and Exeter streets" (not Exeter, England).
fn street_follows(t: &[Token], end: usize) -> bool {
    let plural = |k: usize| t.get(k).is_some_and(streets_noun);
    plural(end + 1) || (t.get(end + 1).is_some_and(|x| x.is("and")) && plural(end + 3))
}

/// A sentence of eight words or more written in capitals only.
fn in_capitals(text: &str, s: &Sentence) -> bool {
    let t = s.tokens();
    t.len() >= 8
        && t.iter().take(3).all(|x| x.cap || x.kind != Kind::Word)
        && !s.text(text).bytes().any(|b| b.is_ascii_lowercase())
}

/// "the city of Hasrata", "the village of Darica", "six in the Dumair area": a place the
/// gazetteer does not hold, told by the kind of place written with its name. Not placed.
fn places_named_by_kind(text: &str, t: &[Token], si: usize, out: &mut Vec<PlaceMention>) {
    const ENDS_AREA: &[&str] = &["and", "where", "when", "which", "that", "was", "were", "is", "are", "on", "in", "of"];
    let gaz = gazetteer();
    let lex = lexicon();
    let word = |x: &Token| {
        name_word(x)
            && x.lower().len() > 1
            // An acronym is an agency more often than a place ("the FBI area office").
            && text[x.start()..x.end()].chars().any(char::is_lowercase)
    };
    let push = |out: &mut Vec<PlaceMention>, a: usize, b: usize, kind: &'static str| {
        let name = &text[t[a].start()..t[b].end()];
        if !gaz.knows(name) && lex.nationality_at(text, t, a).is_none() && !lex.people.contains_key(t[b].lower()) {
            out.push(PlaceMention::unplaced(text, t, (a, b), si, kind));
        }
    };
    for k in 0..t.len() {
        if t[k].tags & tags::PLACE_KIND == 0 {
            continue;
        }
        if let Some(&(_, kind)) = KIND_BEFORE.iter().find(|(n, _)| t[k].is(n))
            && !t[k].cap
        {
            if t.get(k + 1).is_some_and(|x| x.is("of")) {
                let a = k + 2;
                let mut b = a;
                while b < t.len() && b - a < 3 && word(&t[b]) {
                    b += 1;
                }
                if b > a {
                    push(out, a, b - 1, kind);
                }
            }
            // "In Darica, a suburb of Izmit": the name before the comma is of that kind of place
            // (a place, not a person: "Smith, a district judge" has no place word after it).
            let mut art = k;
            while art > 0 && k - art < 3 && t[art - 1].kind == Kind::Word && !t[art - 1].cap {
                art -= 1;
                if t[art].is_any(&["a", "an"]) {
                    break;
                }
            }
            let placed_by = t.get(k + 1).is_some_and(|x| x.is_any(&["of", "near", "outside", "in", "on"]));
            if art < k && t[art].is_any(&["a", "an"]) && art >= 2 && t[art - 1].is(",") && placed_by {
                let b = art - 2;
                let mut a = b;
                while a > 0 && b - a < 2 && word(&t[a - 1]) {
                    a -= 1;
                }
                // (A sentence's opening "In" or "Meanwhile" is not part of the name.)
                let opener = a < b && is_sentence_start(t, a) && only_opens(&t[a]);
                if opener {
                    a += 1;
                }
                if word(&t[b]) && (opener || a == 0 || !t[a - 1].cap) {
                    push(out, a, b, kind);
                }
            }
            // "the capital's commercial neighbourhood Midan": the noun, then the name, ending
            // the phrase (a town or a city is named with "of").
            if kind == "district"
                && t.get(k + 1).is_some_and(word)
                && t.get(k + 2).is_none_or(|x| x.kind == Kind::Punct || x.is_any(ENDS_AREA))
            {
                push(out, k + 1, k + 1, kind);
            }
        }
        // "customers were locked down at a King Soopers grocery store", "the Cameo nightclub":
        // the name before a noun of a business or a building, after an article, is a site.
        if VENUES.iter().any(|v| t[k].is(v)) && !t[k].cap && k >= 2 {
            let b = if VENUE_MODIFIERS.iter().any(|m| t[k - 1].is(m)) && !t[k - 1].cap { k - 2 } else { k - 1 };
            let mut a = b + 1;
            while a > 0 && b + 1 - a < 4 && word(&t[a - 1]) {
                a -= 1;
            }
            // (A name that ends in a noun of places is found as that place: "the Irwin County
            // church", "the Centennial Boulevard clinic".)
            if a <= b && a >= 1 && t[a - 1].is_any(&["the", "a", "an"]) && t[b].tags & tags::PLACE_NOUN == 0 {
                push(out, a, b, "site");
            }
        }
        // "the neighboring counties of Westchester and Nassau": each name of the list is a place
        // of that kind, whether or not the gazetteer holds a town of that name.
        if let Some(&(_, kind)) = KINDS_BEFORE.iter().find(|(n, _)| t[k].is(n))
            && !t[k].cap
            && t.get(k + 1).is_some_and(|x| x.is("of"))
        {
            let mut names = Vec::new();
            let mut a = k + 2;
            loop {
                let mut b = a;
                while b < t.len() && b - a < 3 && word(&t[b]) {
                    b += 1;
                }
                if b == a {
                    break;
                }
                names.push((a, b - 1));
                match t.get(b) {
                    Some(x) if x.is(",") && t.get(b + 1).is_some_and(|y| y.is_any(&["and", "or"])) => a = b + 2,
                    Some(x) if x.is(",") || x.is_any(&["and", "or"]) => a = b + 1,
                    _ => break,
                }
            }
            // Only a list: one name alone after a plural is another phrase ("towns of Ohio").
            if names.len() >= 2 {
                for (a, b) in names {
                    out.push(PlaceMention::unplaced(text, t, (a, b), si, kind));
                }
            }
        }
        // "at the intersection of Centennial and Fillmore": two streets, named as written.
        if t[k].is("intersection")
            && t.get(k + 1).is_some_and(|x| x.is("of"))
            && t.get(k + 2).is_some_and(word)
            && t.get(k + 3).is_some_and(|x| x.is("and"))
            && t.get(k + 4).is_some_and(word)
            && !t.get(k + 5).is_some_and(|x| (x.cap && !calendar_word(x)) || streets_noun(x))
        {
            for j in [k + 2, k + 4] {
                out.push(PlaceMention::unplaced(text, t, (j, j), si, "street"));
            }
        }
        // "at the intersection of Boylston and Exeter streets": each is a street.
        if let Some(&(_, noun)) = STREETS.iter().find(|(n, _)| t[k].is(n))
            && k >= 3
            && t[k - 2].is("and")
            && word(&t[k - 1])
            && word(&t[k - 3])
        {
            for j in [k - 3, k - 1] {
                let mut street = PlaceMention::unplaced(text, t, (j, j), si, "street");
                street.name = format!("{} {noun}", street.name);
                out.push(street);
            }
        }
        // "the trendy Buckhead section of Atlanta", "the Adams Morgan area of Washington": a
        // part of the place named after "of".
        if t[k].is_any(&["section", "district", "neighborhood", "neighbourhood", "area", "quarter"])
            && !t[k].cap
            && k >= 2
            && word(&t[k - 1])
            && t.get(k + 1).is_some_and(|x| x.is("of"))
            && t.get(k + 2).is_some_and(|x| x.cap)
        {
            let b = k - 1;
            let a = if b >= 1 && word(&t[b - 1]) { b - 1 } else { b };
            if a >= 1 && !t[a - 1].cap && t[a - 1].kind == Kind::Word {
                push(out, a, b, "district");
            }
        }
        if let Some(&(_, kind)) = KIND_AFTER.iter().find(|(n, _)| t[k].is(n))
            && !t[k].cap
            && k >= 2
            && word(&t[k - 1])
            // The noun ends the phrase ("the Dumair area, east of …"), not a longer one ("the
            // Boston area office").
            && t.get(k + 1).is_none_or(|x| x.kind == Kind::Punct || x.is_any(ENDS_AREA))
        {
            let b = k - 1;
            let a = if b >= 1 && word(&t[b - 1]) { b - 1 } else { b };
            if a >= 1 && t[a - 1].is("the") {
                push(out, a, b, kind);
            }
        }
    }
}

/// The last words of the personal names a report writes in full ("Santiago" of "Esteban
/// Santiago", "Shelton" of "Jessica Shelton", "Obama" of "President Barack Obama"): runs of two
/// or three capitalised words that are no place together, whose first word does not open a
/// place's name ("North", "Greater", "Fort"). Alone later, such a word is the person (or the
/// rest of a name: "Police" of "Atlanta Police", "Marathon" of "Boston Marathon").
fn surnames<'a>(text: &'a str, sentences: &[Sentence]) -> rustc_hash::FxHashSet<&'a str> {
    const OPENS_PLACE: &[&str] = &[
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "metro",
        "downtown", "upstate", "new", "old", "great", "little", "upper", "lower", "mount", "lake", "port", "fort",
        "san", "santa", "saint", "st", "los", "las", "el", "la", "le", "al", "cape", "point", "glen",
    ];
    let gaz = gazetteer();
    let lex = lexicon();
    let mut out = rustc_hash::FxHashSet::default();
    for s in sentences.iter().filter(|s| s.tags & tags::CAPITALS != 0) {
        let t = s.tokens();
        let word = |x: &Token| x.is_capitalised() && x.kind == Kind::Word;
        let mut a = 0;
        while a < t.len() {
            if !word(&t[a]) {
                a += 1;
                continue;
            }
            let mut b = a;
            while b + 1 < t.len() && word(&t[b + 1]) {
                b += 1;
            }
            if (1..=2).contains(&(b - a))
                && !t[a].is_any(NOT_PLACES)
                && !t[a].is_any(OPENS_PLACE)
                && !calendar_word(&t[a])
                && !gaz.knows(&text[t[a].start()..t[b].end()])
                && lex.nationality_at(text, t, a).is_none()
            {
                out.insert(&text[t[b].start()..t[b].end()]);
            }
            a = b + 1;
        }
    }
    out
}

/// "HESSTON" → "Hesston", "NEW ULM" → "New Ulm".
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut first = true;
    for c in name.chars() {
        if first {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphabetic();
    }
    out
}

/// "at Excel Industries in Hesston", "inside the Cameo nightclub in Cincinnati": the
/// capitalised name of a venue said to be in the place at `i` (the tokens of the name).
fn venue_before(t: &[Token], i: usize) -> Option<(usize, usize)> {
    if i < 3 || !t[i - 1].is("in") {
        return None;
    }
    // Over one lower-case noun after the name ("the Cameo nightclub").
    let mut b = i - 2;
    if !t[b].cap && t[b].kind == Kind::Word && b > 0 && t[b - 1].cap {
        b -= 1;
    }
    let word = |k: usize| t[k].cap && t[k].kind == Kind::Word && !NOT_PLACES.contains(&t[k].lower());
    if !word(b) {
        return None;
    }
    let mut a = b;
    while a > 0 && b - a < 3 && word(a - 1) {
        a -= 1;
    }
    let before = a.checked_sub(1).map(|k| if t[k].is("the") { k.checked_sub(1) } else { Some(k) })??;
    t[before].is_any(&["at", "inside", "outside"]).then_some((a, b))
}

/// The nouns that end place names, with the kind of place each makes.
pub fn place_nouns() -> &'static [(&'static str, &'static str)] {
    static NOUNS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut v = Vec::new();
        crate::tables::each_row(include_str!("../../assets/lexicon/place_nouns.tsv"), |c| {
            let [noun, kind] = c[..] else { return };
            // Kept for the life of the program, like every table.
            v.push((&*noun.to_string().leak(), &*kind.to_string().leak()));
        });
        v
    })
}

/// A run of capitalised words from `i` that a noun of places ends: up to that noun when it
/// ends the run ("Town Center Mall"), or up to a county or province named before other words
/// ("Broward County Sheriff"). Not from a title or an article ("Mr Park").
fn noun_place_at(t: &[Token], i: usize) -> Option<(usize, &'static str)> {
    let word = |k: usize| t.get(k).is_some_and(|x| x.cap && x.kind == Kind::Word);
    if !word(i) || t[i].tags & tags::PLACE_NOUN != 0 || NOT_PLACES.contains(&t[i].lower()) {
        return None;
    }
    let kind_of = |k: usize| {
        (t[k].tags & tags::PLACE_NOUN != 0)
            .then(|| place_nouns().iter().find(|(n, _)| t[k].is(n)).map(|(_, kind)| *kind))
            .flatten()
    };
    let mut end = i;
    while word(end + 1) && end < i + 5 {
        end += 1;
    }
    if end == i {
        return None;
    }
    if let Some(kind) = kind_of(end).filter(|_| !word(end + 1)) {
        return Some((end, kind));
    }
    (i + 1..=end).find_map(|k| {
        kind_of(k).filter(|kind| matches!(*kind, "county" | "province" | "district")).map(|kind| (k, kind))
    })
}

fn is_sentence_start(t: &[Token], i: usize) -> bool {
    i == 0 || t[..i].iter().all(|x| x.kind == Kind::Punct)
}

fn bearing(dir: &str) -> Option<&'static str> {
    let d = dir.to_lowercase().replace(['-', ' '], "");
    Some(match d.as_str() {
        "north" => "N",
        "northeast" => "NE",
        "east" => "E",
        "southeast" => "SE",
        "south" => "S",
        "southwest" => "SW",
        "west" => "W",
        "northwest" => "NW",
        _ => return None,
    })
}

/// Units a stated distance is given in ([`super::tags::DISTANCE`]).
pub(crate) const DISTANCE_UNITS: &[&str] =
    &["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"];

/// A stated distance and direction, read at its number: "40km (25 miles) south-west of the
/// town of In Amenas". Strings are the report's words.
#[derive(Debug, PartialEq)]
struct Stated<'a> {
    n: &'a str,
    unit: &'static str,
    /// The same distance in a second unit, in brackets; `""` when not given.
    n2: &'a str,
    unit2: &'static str,
    dir: &'a str,
    /// The place it is measured from, with a leading "the" when written.
    obj: &'a str,
    /// Byte offset in the text just past the place.
    end: usize,
}

/// [`Stated`] at token `k`: a number, a unit, perhaps the distance in another unit in
/// brackets, a direction ("north", "south-west", "north east"), "of", perhaps "the town of"
/// (city, village, capital, …), and the place: up to four capitalised words (and "border"), or
/// one or two lower-case words ("the capital").
fn stated_at<'a>(text: &'a str, t: &[Token], k: usize) -> Option<Stated<'a>> {
    let raw = |x: &Token| &text[x.start()..x.end()];
    let is = |j: usize, w: &str| t.get(j).is_some_and(|x| x.is(w));
    let unit = |j: usize| t.get(j).filter(|x| x.kind == Kind::Word && x.tags & tags::DISTANCE != 0).map(Token::lower);
    let number = |j: usize| t.get(j).filter(|x| x.kind == Kind::Number).map(raw);
    let n = number(k)?;
    let u = unit(k + 1)?;
    let mut j = k + 2;
    let (mut n2, mut unit2) = ("", "");
    if is(j, "(")
        && let (Some(m), Some(v)) = (number(j + 1), unit(j + 2))
        && is(j + 3, ")")
    {
        (n2, unit2) = (m, v);
        j += 4;
    }
    let dir_first = t.get(j)?;
    let dir_len = match dir_first.lower() {
        "north" | "south" if t.get(j + 1).is_some_and(|x| x.is_any(&["east", "west"])) && is(j + 2, "of") => 2,
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest" | "north-east"
        | "north-west" | "south-east" | "south-west" => 1,
        _ => return None,
    };
    let dir = &text[dir_first.start()..t[j + dir_len - 1].end()];
    j += dir_len;
    if !is(j, "of") {
        return None;
    }
    j += 1;
    // "the town of In Amenas", "the border town of Kupiansk": the name is the place.
    const KINDS: [&str; 8] = ["town", "city", "village", "capital", "port", "region", "province", "district"];
    let kind_of = if is(j, "the") && t.get(j + 1).is_some_and(|x| x.is_any(&KINDS)) && is(j + 2, "of") {
        Some(j + 3)
    } else if is(j, "the") && is(j + 1, "border") && is(j + 2, "town") && is(j + 3, "of") {
        Some(j + 4)
    } else {
        None
    };
    let (start, end) = kind_of.and_then(|a| place_words(text, t, a)).or_else(|| place_words(text, t, j))?;
    Some(Stated { n, unit: u, n2, unit2, dir, obj: &text[start..end], end })
}

/// The byte range of the place a distance is measured from, at token `a`: "(the) Libyan
/// border", "Algiers", "the capital".
fn place_words(text: &str, t: &[Token], a: usize) -> Option<(usize, usize)> {
    let raw = |x: &Token| &text[x.start()..x.end()];
    let capitalised = |j: usize| {
        t.get(j).is_some_and(|x| x.kind == Kind::Word && raw(x).as_bytes().first().is_some_and(u8::is_ascii_uppercase))
    };
    let lower_word = |j: usize| {
        t.get(j).is_some_and(|x| {
            x.kind == Kind::Word && !raw(x).is_empty() && raw(x).bytes().all(|b| b.is_ascii_lowercase())
        })
    };
    let mut first =
        if t.get(a).is_some_and(|x| x.is("the")) && (capitalised(a + 1) || lower_word(a + 1)) { a + 1 } else { a };
    // "of downtown Atlanta", "of the southernmost Cape Verde Islands": the name after a word
    // that only says which part of it.
    const PART_WORDS: &[&str] = &[
        "downtown",
        "central",
        "greater",
        "metropolitan",
        "northernmost",
        "southernmost",
        "easternmost",
        "westernmost",
    ];
    let described = t.get(first).is_some_and(|x| x.is_any(PART_WORDS)) && capitalised(first + 1);
    if described {
        first += 1;
    }
    let mut last = first;
    if capitalised(first) {
        while last < first + 3 && capitalised(last + 1) {
            last += 1;
        }
        if t.get(last + 1).is_some_and(|x| raw(x) == "border") {
            last += 1;
        }
    } else if lower_word(first) {
        if lower_word(first + 1) {
            last += 1;
        }
    } else {
        return None;
    }
    Some((if described { t[first].start() } else { t[a].start() }, t[last].end()))
}

fn to_km(n: &str, unit: &str) -> Option<f64> {
    let v: f64 = n.replace(',', "").parse().ok()?;
    Some(if unit.starts_with('k') { v } else { (v * 1.609_344).round() })
}

/// "X km `<direction>` of Y" in each sentence; the subject is the place named just before in
/// the sentence, else the sentence's opening noun phrase ("The mine lies …").
pub fn find_relations(text: &str, sentences: &[Sentence], places: &[PlaceMention]) -> Vec<RawRelation> {
    let mut out: Vec<RawRelation> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let st = s.text(text);
        let t = s.tokens();
        // Most sentences state no distance: skip them whole.
        if s.tags & (tags::DISTANCE | tags::DIGITS) != tags::DISTANCE | tags::DIGITS || !t.iter().any(|t| t.is("of")) {
            continue;
        }
        let mut last_subject: Option<String> = None;
        let mut after = 0;
        for (k, tok) in t.iter().enumerate() {
            // A stated distance starts at a number followed by a unit, which `stated_at` checks
            // first (read over the tokens: a regular expression with capture groups cost a
            // twentieth of the whole analysis).
            if tok.start() < after {
                continue;
            }
            let Some(c) = stated_at(text, t, k) else { continue };
            after = c.end;
            // "about 40km", "more than 300 miles": the qualifier belongs to the stated distance.
            let qualified = k >= 1
                && t[k - 1].is_any(&[
                    "about",
                    "some",
                    "around",
                    "roughly",
                    "approximately",
                    "nearly",
                    "almost",
                    "just",
                    "only",
                    "over",
                ]);
            let more_than = k >= 2 && t[k - 1].is("than") && t[k - 2].is("more");
            let start = if more_than {
                t[k - 2].start()
            } else if qualified {
                t[k - 1].start()
            } else {
                tok.start()
            };
            let m_start = start - s.start;
            let m_end = c.end - s.start;
            // Kilometres where the report gives them, else miles converted.
            let km = match (c.unit, c.n2, c.unit2) {
                (u, _, _) if u.starts_with('k') => to_km(c.n, u),
                (_, n2, u2) if u2.starts_with('k') => to_km(n2, u2),
                (u, _, _) => to_km(c.n, u),
            };
            let mut object = c.obj.trim().trim_start_matches("the ").trim().to_string();
            let mut end = c.end;
            // "south-east of the capital, Kyiv": the name after a noun that only describes it.
            if matches!(object.as_str(), "capital" | "city" | "town" | "port" | "village" | "provincial capital")
                && let Some(rest) = st[m_end..].strip_prefix(", ")
            {
                // The name's end is found in `rest` itself, so the offset is one of this text's.
                let mut name_end = 0;
                let mut at = 0;
                for (n, w) in rest.split(' ').enumerate() {
                    if n == 3 || !w.starts_with(char::is_uppercase) {
                        break;
                    }
                    let bare = w.trim_end_matches([',', '.', ';', ':']);
                    if bare.is_empty() {
                        break;
                    }
                    name_end = at + bare.len();
                    // A punctuation mark closes the name: "Lima, Perú" is a city and its country.
                    if bare.len() < w.len() {
                        break;
                    }
                    at += w.len() + 1;
                }
                if name_end > 0 {
                    end = s.start + m_end + 2 + name_end;
                    object = rest[..name_end].to_string();
                }
            }
            let before = &st[..m_start];
            let chained = before.trim_end().ends_with(" and") && last_subject.is_some();
            // "Meanwhile, 20 miles south of downtown Atlanta, … in Stockbridge": a distance that
            // opens the sentence is of the place the sentence names after it.
            let opens = t.iter().take_while(|x| x.end() <= start).all(|x| x.kind == Kind::Punct || only_opens(x));
            let place_after = || {
                places
                    .iter()
                    .find(|p| p.sentence == si && p.start >= end && p.kind != "country" && p.name != object)
                    .map(|p| p.name.clone())
            };
            let subject = if chained {
                last_subject.clone()
            } else if opens {
                place_after()
            } else {
                subject_before(text, s, si, start, places, &object)
            };
            let Some(subject) = subject else { continue };
            let subject = one_line(&subject).into_owned();
            last_subject = Some(subject.clone());
            out.push(RawRelation { sentence: si, subject, object, km, bearing: bearing(c.dir), start, end });
        }
    }
    out
}

/// A word that opens a sentence without naming anything ("Meanwhile, 20 miles south of …",
/// "In 2010, …", "Separately, …").
#[rustfmt::skip]
fn opens_without_naming(x: &Token) -> bool {
    x.is_any(&[
        "meanwhile", "however", "also", "still", "then", "now", "today", "yesterday", "separately", "elsewhere",
        "earlier", "later", "instead", "moreover", "additionally", "in", "on", "at", "by", "for", "from", "after",
        "before", "during", "since", "when", "while", "as", "but", "and", "so", "yet", "if", "although", "though",
        "there", "it", "he", "she", "they", "we", "this", "that",
    ])
}

/// [`opens_without_naming`], or an adverb ("Finally", "Previously"): a word that only opens
/// the sentence, naming no place.
fn only_opens(x: &Token) -> bool {
    opens_without_naming(x) || x.lower().ends_with("ly")
}

fn subject_before(
    text: &str,
    s: &Sentence,
    si: usize,
    start: usize,
    places: &[PlaceMention],
    object: &str,
) -> Option<String> {
    let t = s.tokens();
    // A dateline's dash, spaced on both sides: "ANKARA, 9 March - The epicentre was 15 km …".
    // The dateline's town is no subject, and the story's phrases start after it.
    let dash = |x: &Token| {
        x.is_any(&["-", "--", "—", "–"])
            && text.as_bytes().get(x.start().wrapping_sub(1)) == Some(&b' ')
            && text.as_bytes().get(x.end()) == Some(&b' ')
    };
    let dash_before = |from: usize| t.iter().any(|x| x.start() >= from && x.end() <= start && dash(x));
    // A named place before the distance in the same sentence.
    if let Some(p) = places
        .iter()
        .rev()
        .find(|p| p.sentence == si && p.end <= start && p.kind != "country" && p.name != object && !dash_before(p.end))
    {
        return Some(p.name.clone());
    }
    // A capitalised name after "at"/"in"/"near" that the gazetteer does not know: "situated at Tigantourine".
    let mut before: Vec<&Token> = t.iter().filter(|x| x.end() <= start).collect();
    if let Some(d) = before.iter().rposition(|x| dash(x)) {
        before.drain(..=d);
    }
    // "…hit Tigantourine, about 40km west of …": the name the distance stands beside.
    let name_word =
        |x: &Token| x.cap && x.kind == Kind::Word && !x.is_any(&["in", "at", "on", "near", "the", "a", "an"]);
    if let Some(c) = before.len().checked_sub(1).filter(|&c| c >= 1 && before[c].is(",") && name_word(before[c - 1])) {
        let mut a = c - 1;
        while a > 0 && name_word(before[a - 1]) {
            a -= 1;
        }
        let name = &text[before[a].start()..before[c - 1].end()];
        // Not a word that only opens the sentence ("Meanwhile, 20 miles south of …").
        let opener = a + 1 == c && only_opens(before[a]);
        let country = opener || lexicon().is_country(name);
        // Not whom something was told ("told the Valley Post, 30km north of …").
        let said_to = (a.saturating_sub(2)..a).any(|k| before[k].tags & tags::SAY != 0);
        if !country && !said_to && name != object {
            return Some(name.to_string());
        }
    }
    for k in (1..before.len()).rev() {
        // "at Tigantourine", "the town of Izium".
        let of_place = before[k - 1].is("of")
            && k >= 2
            && before[k - 2].is_any(&["town", "city", "village", "port", "district", "region", "province", "site"]);
        if before[k].cap
            && before[k].kind == Kind::Word
            && (before[k - 1].is_any(&["at", "in", "near", "called", "named"]) || of_place)
        {
            let mut end = k;
            while end + 1 < before.len() && before[end + 1].cap && before[end + 1].kind == Kind::Word {
                end += 1;
            }
            return Some(text[before[k].start()..before[end].end()].to_string());
        }
    }
    // The sentence's opening noun phrase: "The mine lies about 45km …".
    // (After a dateline's dash, the phrase that opens the story.)
    let from = t.iter().position(|x| x.end() <= start && dash(x)).map_or(0, |d| d + 1);
    let t = &t[from.min(t.len())..];
    let first_verb = t.iter().position(|x| {
        x.is_any(&["is", "lies", "lie", "was", "sits", "stands", "are", "located", "situated", ",", "which"])
            || x.end() > start
    })?;
    let opener = opens_without_naming(&t[0]) || (first_verb == 1 && t[0].lower().ends_with("ly"));
    (first_verb > 0 && first_verb <= 5 && !opener).then(|| text[t[0].start()..t[first_verb - 1].end()].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    #[test]
    fn distances_and_bearings() {
        let r = rels(
            "The dam is at Kestrel Gorge, about 40km (25 miles) south-west of the town of Orlen and 1,300km (800 miles) south-east of Madrid.",
        );
        assert_eq!(r[0], ("Kestrel Gorge".into(), "Orlen".into(), Some(40.0), Some("SW")));
        assert_eq!(r[1], ("Kestrel Gorge".into(), "Madrid".into(), Some(1300.0), Some("SE")));
        let r = rels("The camp in Tavi, which is just 30 miles west of the Chadian border, was shelled.");
        assert_eq!(r[0], ("Tavi".into(), "Chadian border".into(), Some(48.0), Some("W")));
        let r = rels("The mine lies 45 kilometers (28 miles) northeast of Lima.");
        assert_eq!(r[0], ("The mine".into(), "Lima".into(), Some(45.0), Some("NE")));
        // The name after "the capital,"; a subject after "the town of".
        let r = rels("A missile hit a block in Tavi, about 400 km south-east of the capital, Madrid, on Sunday.");
        assert_eq!(r[0], ("Tavi".into(), "Madrid".into(), Some(400.0), Some("SE")));
        let r = rels("Shells also hit the town of Kesrabad, 120km south-east of Orlen, overnight.");
        assert_eq!(r[0], ("Kesrabad".into(), "Orlen".into(), Some(120.0), Some("SE")));
        // The name a distance stands beside, known to the gazetteer or not; not whom it was told.
        let r = rels("The blast hit Jalalabad, about 150 km (93 miles) east of Kabul, on Monday.");
        assert_eq!(r[0], ("Jalalabad".into(), "Kabul".into(), Some(150.0), Some("E")));
        let r = rels("Rockets hit Tavrino, about 40km west of Orlen.");
        assert_eq!(r[0].0, "Tavrino");
        // A part of the place before its name; a distance opening the sentence is of the place
        // named after it, not of the word that opens it.
        let r = rels("Meanwhile, 20 miles south of downtown Madrid, a clerk in Toledo was closing up.");
        assert_eq!(r[0], ("Toledo".into(), "Madrid".into(), Some(32.0), Some("S")));
        // Not the dateline's town: the story's own opening phrase.
        let r = rels("ANKARA, 9 March 2020 - The epicentre was 15 km (9 miles) north-east of Elazig, officials said.");
        assert_eq!(r[0], ("The epicentre".into(), "Elazig".into(), Some(15.0), Some("NE")));
        let r = rels("The storm was about 505 miles west of the southernmost Cape Verde Islands.");
        assert_eq!(r[0].1, "Cape Verde Islands");
        assert!(
            rels("\"We have lost six of our neighbours,\" a rescuer told the Valley Post, 30km north of Orlen.")
                .is_empty()
        );
    }

    fn rels(text: &str) -> Vec<(String, String, Option<f64>, Option<&'static str>)> {
        let s = sentences(text);
        let p = find_places(text, &s);
        find_relations(text, &s, &p).into_iter().map(|r| (r.subject, r.object, r.km, r.bearing)).collect()
    }

    /// (number, unit, number in brackets, its unit, direction, place) read at the first number.
    fn stated(text: &str) -> Option<(String, String, String, String, String, String)> {
        let s = sentences(text);
        let t = s[0].tokens();
        let k = t.iter().position(|x| x.kind == Kind::Number)?;
        stated_at(text, t, k).map(|c| {
            let own = |x: &str| x.to_string();
            (own(c.n), own(c.unit), own(c.n2), own(c.unit2), own(c.dir), own(c.obj))
        })
    }

    #[test]
    fn stated_distances_read_over_tokens() {
        let got = |text: &str| stated(text).map(|c| [c.0, c.1, c.2, c.3, c.4, c.5].join("|"));
        let want = |parts: &str| Some(parts.to_string());
        assert_eq!(
            got("It lies 40km (25 miles) south-west of the town of In Amenas."),
            want("40|km|25|miles|south-west|In Amenas")
        );
        assert_eq!(got("It lies 1,300 KM(800 mi) South East of Algiers."), want("1,300|km|800|mi|South East|Algiers"));
        assert_eq!(
            got("It is 2.5 kilometres northeast of the Libyan border."),
            want("2.5|kilometres|||northeast|the Libyan border")
        );
        assert_eq!(
            got("Shells fell 12 miles north of the border town of Kupiansk."),
            want("12|miles|||north|Kupiansk")
        );
        assert_eq!(got("It hit 400 km south-east of the capital, Kyiv."), want("400|km|||south-east|the capital"));
        assert_eq!(got("It is 5 km west of Amenas's gas field."), want("5|km|||west|Amenas"));
        assert_eq!(got("It is 9 mi east of U.S. Route 66."), want("9|mi|||east|U.S. Route"));
        // Five capitalised words: the place is the first four.
        assert_eq!(got("It is 3 km north of New York City Hall Plaza."), want("3|km|||north|New York City Hall"));
        // No direction, no "of", no unit of distance: nothing stated.
        for text in [
            "The convoy stopped 40km from the border.",
            "It lies 40km north-eastern of Orlen.",
            "The river rose 2.4 metres north of Orlen.",
            "About 30 km north, rescuers found the bus.",
            "It lies 40 km (25 miles south of Orlen.",
        ] {
            assert_eq!(got(text), None, "{text}");
        }
    }

    #[test]
    fn the_compiled_in_tables_find_every_name_they_hold() {
        // build.rs and the program must hash alike: each name is found at its own index.
        assert!(NAMES.len() > 60_000 && FIRST_WORDS.len() > 10_000);
        for set in [&NAMES, &FIRST_WORDS, &FIRST_WORDS_LOWER] {
            for i in (0..set.len()).step_by(97) {
                assert_eq!(set.find(set.key(i)), Some(i), "{}", set.key(i));
            }
        }
        assert!(!NAMES.contains("Nowhereville") && !NAMES.contains(""));
        // Largest first, the entries' fields read back as the table has them.
        let paris: Vec<GazetteerEntry> = group("Paris").collect();
        assert_eq!((paris[0].country, paris[0].kind), ("FR", "city"));
        assert!((paris[0].lat - 48.85).abs() < 0.1 && paris[0].population > 1_000_000);
        assert!(paris.windows(2).all(|w| w[0].population >= w[1].population));
        assert!(is_place_first_word("paris") && is_place_first_word("new") && !is_place_first_word("hostages"));
        // A US state comes after a great US city of its name, before smaller places.
        let kinds = |name| gazetteer().places(name).map(|e| (e.country, e.kind)).collect::<Vec<_>>();
        assert_eq!(kinds("Washington")[..3], [("US", "city"), ("US", "state"), ("GB", "city")]);
        assert_eq!(kinds("Florida")[0], ("US", "state"));
    }

    #[test]
    fn places_from_the_gazetteer_and_countries() {
        let text = "LIMA, May 2 (AP) - Troops flew from Algiers to the border with Mali. Mr Obama spoke. Rain fell in Arequipa.";
        let s = sentences(text);
        let names: Vec<String> = find_places(text, &s).into_iter().map(|p| p.name).collect();
        for place in ["Lima", "Algiers", "Mali", "Arequipa"] {
            assert!(names.iter().any(|n| n == place), "{place} in {names:?}");
        }
        assert!(!names.iter().any(|n| n == "Obama"), "a surname is not a place: {names:?}");
    }

    #[test]
    fn a_city_named_after_its_country_is_the_city_and_a_month_after_of_is_a_time() {
        let text = "He flew with his sons to Panama City for a week. At the end of August he sold the house \
                    in Reading. The fair in May drew crowds.";
        let s = sentences(text);
        let places = find_places(text, &s);
        let names: Vec<&str> = places.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Panama City"), "{names:?}");
        assert!(!names.contains(&"Panama"), "the country is not named: {names:?}");
        assert!(!names.contains(&"August") && !names.contains(&"May"), "months are times: {names:?}");
        assert!(names.contains(&"Reading"), "{names:?}");
    }

    #[test]
    fn a_name_told_as_a_kind_of_place_by_an_apposition_or_its_noun() {
        let text = "In Kalvik, a suburb of Oslo, the shops reopened. Police searched Tannery Row, a \
                    neighborhood near the port. Two died in the old neighbourhood Sarnaq. Jon Berg, a \
                    district judge, spoke. Ann Lee, a village elder in Tromso, wept. Shots rang out in \
                    the busy Grunerlokka section of Oslo. The Sports section of the paper ran it.";
        let s = sentences(text);
        let places = find_places(text, &s);
        let found: Vec<(&str, &str)> = places.iter().map(|p| (p.name.as_str(), p.kind)).collect();
        for place in
            [("Kalvik", "district"), ("Tannery Row", "district"), ("Sarnaq", "district"), ("Grunerlokka", "district")]
        {
            assert!(found.contains(&place), "{place:?} in {found:?}");
        }
        assert!(!found.iter().any(|(n, _)| n.starts_with("In ")), "the opening word is no part of it: {found:?}");
        for person in ["Jon Berg", "Berg", "Ann Lee", "Lee", "Sports"] {
            assert!(!found.iter().any(|(n, _)| *n == person), "{person} is no place: {found:?}");
        }
    }

    #[test]
    fn a_list_after_a_plural_kind_and_a_large_town_abroad_named_in_passing() {
        let text = "Floods reached the counties of Kelso and Varrow, police in Leeds said. Crowds \
                    gathered outside the Hassan mosque after prayers.";
        let s = sentences(text);
        let found: Vec<(String, String)> =
            find_places(text, &s).into_iter().map(|p| (p.name, p.kind.to_string())).collect();
        for county in ["Kelso", "Varrow"] {
            assert!(found.contains(&(county.to_string(), "county".to_string())), "{county} in {found:?}");
        }
        assert!(found.iter().any(|(n, _)| n == "Leeds"), "{found:?}");
        // Hassan, India is large, but this report places things only in Britain.
        assert!(!found.iter().any(|(n, _)| n == "Hassan"), "{found:?}");
        // With nothing else placed, a large town named alone is still read as that town.
        let text = "Crowds gathered outside the Hassan mosque after prayers.";
        let found: Vec<String> = find_places(text, &sentences(text)).into_iter().map(|p| p.name).collect();
        assert!(found.iter().any(|n| n == "Hassan"), "{found:?}");
    }

    #[test]
    fn a_name_before_a_noun_of_a_business_is_a_site() {
        let text = "Shoppers sheltered in a Tolvey Foods grocery store. He walked into the Karst Capital \
                    brokerage. Mourners met at the Irwin County church and at the Oslo office.";
        let found: Vec<(String, String)> =
            find_places(text, &sentences(text)).into_iter().map(|p| (p.name, p.kind.to_string())).collect();
        for site in ["Tolvey Foods", "Karst Capital"] {
            assert!(found.contains(&(site.to_string(), "site".to_string())), "{site} in {found:?}");
        }
        // A county or a town before the noun is that county or town.
        assert!(!found.iter().any(|(n, k)| k == "site" && (n == "Irwin County" || n == "Oslo")), "{found:?}");
    }

    #[test]
    fn a_short_form_of_a_place_named_after_its_state_is_that_place() {
        let text = "Two people were hurt in Springs on Friday. A gunman opened fire in Colorado \
                    Springs. Police in York said a man from New York was held.";
        let found: Vec<String> = find_places(text, &sentences(text)).into_iter().map(|p| p.name).collect();
        assert!(!found.iter().any(|n| n == "Springs"), "{found:?}");
        assert_eq!(found.iter().filter(|n| *n == "Colorado Springs").count(), 2, "{found:?}");
        // "New" is no state: York is York.
        assert!(found.iter().any(|n| n == "York"), "{found:?}");
    }
}
