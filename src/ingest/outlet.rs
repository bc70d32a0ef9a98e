//! Which outlet wrote a report. In order of trust: the page's metadata; a sentence that
//! names the outlet as the author ("CNN's X contributed to this report", "told the
//! Telegraph", "the BBC understands", a "(Reuters) —" dateline, "© Outlet"); a web address;
//! and, when the text names no outlet, the house style of the writing measured against
//! the outlets' published style guides (shown to the user as a guess). Outlet names come
//! from `assets/outlets.tsv`, style profiles from `assets/house_styles.tsv`.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use regex::Regex;

use super::pattern as rx;
use crate::model::OutletBasis;

#[derive(Debug, Clone)]
pub struct Outlet {
    pub name: String,
    pub aliases: Vec<String>,
    pub domains: Vec<String>,
    /// News agencies are quoted by everyone ("told the Associated Press"), so only strong
    /// cues make them the author.
    pub wire: bool,
}

pub struct OutletTable {
    pub outlets: Vec<Outlet>,
    /// The first two bytes of the names and aliases, one bit each: a name is looked for only
    /// where a word starts with such a pair.
    first_pairs: Box<[u64; 1024]>,
    /// Every name and alias, as written (case matters: "Time", "Nation" are also words), by
    /// its first two bytes, longest first.
    by_pair: HashMap<u16, Vec<String>>,
    by_name: HashMap<String, usize>,
    /// Each domain of each outlet → the outlet (the first to list it).
    domains: HashMap<String, usize>,
    styles: Vec<(usize, StyleMarker, f32)>,
}

pub fn table() -> &'static OutletTable {
    static TABLE: OnceLock<OutletTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut outlets = Vec::new();
        crate::tables::each_row(include_str!("../../assets/outlets.tsv"), |cols| {
            if cols.len() < 4 {
                return;
            }
            let split = |s: &str| s.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
            outlets.push(Outlet {
                name: cols[0].to_string(),
                aliases: split(cols[1]),
                domains: split(cols[2]),
                wire: cols[3].trim() == "wire",
            });
        });
        let mut by_name = HashMap::default();
        let mut names: Vec<String> = Vec::new();
        for (i, o) in outlets.iter().enumerate() {
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                let bare = n.strip_prefix("the ").unwrap_or(n);
                by_name.entry(bare.to_lowercase()).or_insert(i);
                by_name.entry(n.to_lowercase()).or_insert(i);
                names.push(bare.to_string());
            }
        }
        names.sort();
        names.dedup();
        // Names by the first two bytes they start with, longest first; a name of one byte
        // under every byte that may follow it.
        let mut first_pairs = Box::new([0u64; 1024]);
        let mut by_pair: HashMap<u16, Vec<String>> = HashMap::default();
        for n in &names {
            let b = n.as_bytes();
            let seconds = match b.get(1) {
                Some(&s) => s as usize..s as usize + 1,
                None => 0..256,
            };
            for s in seconds {
                let pair = (b[0] as usize) << 8 | s;
                first_pairs[pair >> 6] |= 1 << (pair & 63);
                by_pair.entry(pair as u16).or_default().push(n.clone());
            }
        }
        for list in by_pair.values_mut() {
            list.sort_by_key(|n| std::cmp::Reverse(n.len()));
        }
        let mut domains = HashMap::default();
        for (i, o) in outlets.iter().enumerate() {
            for d in &o.domains {
                domains.entry(d.to_lowercase()).or_insert(i);
            }
        }
        let mut styles = Vec::new();
        crate::tables::each_row(include_str!("../../assets/house_styles.tsv"), |cols| {
            if let [outlet, marker, weight] = cols[..]
                && let (Some(&i), Some(m), Ok(w)) =
                    (by_name.get(&outlet.to_lowercase()), StyleMarker::parse(marker), weight.trim().parse())
            {
                styles.push((i, m, w));
            }
        });
        OutletTable { outlets, first_pairs, by_pair, by_name, domains, styles }
    })
}

impl OutletTable {
    /// The canonical name for a name, alias or domain ("telegraph.co.uk" → "The Telegraph").
    pub fn canonical(&self, name: &str) -> Option<&str> {
        let key = name.trim().to_lowercase();
        let key = key.strip_prefix("www.").unwrap_or(&key);
        if let Some(&i) = self.by_name.get(key).or_else(|| self.by_name.get(key.strip_prefix("the ").unwrap_or(key))) {
            return Some(&self.outlets[i].name);
        }
        self.by_domain(key)
    }

    /// The outlet of a host or address ("news.bbc.co.uk", "cnn.com/2016/…"): its host or a
    /// parent domain of it is one of an outlet's domains, the longest first.
    fn by_domain(&self, s: &str) -> Option<&str> {
        let host = s.split('/').next().unwrap_or(s);
        std::iter::once(host)
            .chain(host.match_indices('.').map(|(i, _)| &host[i + 1..]))
            .find_map(|d| self.domains.get(d))
            .map(|&i| self.outlets[i].name.as_str())
    }

    /// The outlet names in `text`, leftmost first and longest at one place, each a whole word
    /// (at a word's edge on both sides).
    fn name_matches(&self, text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let word = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
        let edge = |i: usize| i == 0 || i >= b.len() || word(i - 1) != word(i);
        let mut out: Vec<(usize, usize)> = Vec::new();
        // Only at the starts of words whose first two bytes can begin a name (one in a
        // hundred bytes): an automaton over every byte of every report cost more.
        let mut i = 0;
        while i < b.len() {
            let pair = (b[i] as usize) << 8 | b.get(i + 1).map_or(0, |&s| s as usize);
            if self.first_pairs[pair >> 6] & (1 << (pair & 63)) == 0 || !edge(i) {
                i += 1;
                continue;
            }
            // The longest name that ends at a word's edge ("BBC News", or "BBC" in "BBC
            // Newsroom").
            let rest = &b[i..];
            let found = self.by_pair.get(&(pair as u16)).and_then(|names| {
                names.iter().map(|n| n.as_bytes()).find(|n| rest.starts_with(n) && edge(i + n.len())).map(<[u8]>::len)
            });
            match found {
                Some(len) => {
                    out.push((i, i + len));
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    fn index_of(&self, name: &str) -> Option<usize> {
        self.by_name.get(&name.to_lowercase()).copied()
    }
}

/// Infers the outlet of a report: `(outlet, how it was found)`.
pub fn infer_outlet(
    text: &str,
    meta_site: Option<&str>,
    url: Option<&str>,
    file_name: &str,
) -> (Option<String>, OutletBasis) {
    let t = table();
    if let Some(site) = meta_site {
        let name = t.canonical(site).map(String::from).unwrap_or_else(|| site.trim().to_string());
        return (Some(name), OutletBasis::Metadata);
    }
    if let Some(name) = from_text_cues(text)
        .or_else(|| unknown_outlet_cue(text))
        .or_else(|| self_named_page(text))
        .or_else(|| broadcaster_named(text))
        .or_else(|| sign_off(text))
    {
        return (Some(name), OutletBasis::Text);
    }
    if let Some(name) = url.and_then(host_of).and_then(|h| t.canonical(&h)) {
        return (Some(name.to_string()), OutletBasis::Address);
    }
    if let Some(name) = from_file_name(file_name) {
        return (Some(name), OutletBasis::Address);
    }
    if let Some(name) = credit_line_style(text).or_else(|| from_house_style(text)) {
        return (Some(name), OutletBasis::HouseStyle);
    }
    (None, OutletBasis::FileName)
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?.to_lowercase();
    (!host.is_empty()).then_some(host)
}

/// "bbc-algeria.txt", "www.theguardian.com_world.html": a domain or a distinctive alias
/// among the words of the file name.
fn from_file_name(name: &str) -> Option<String> {
    let t = table();
    let lower = name.to_lowercase();
    let stem = lower.rsplit_once('.').map_or(lower.as_str(), |(s, _)| s);
    if let Some(o) = t.by_domain(stem) {
        return Some(o.to_string());
    }
    for word in stem.split(|c: char| !c.is_alphanumeric() && c != '.') {
        if let Some(o) = t.by_domain(word) {
            return Some(o.to_string());
        }
        // Whole-word aliases of three letters or more ("bbc", "cnn", "reuters").
        if word.len() >= 3
            && let Some(&i) = t.by_name.get(word)
        {
            return Some(t.outlets[i].name.clone());
        }
    }
    None
}

/// Sentences that make an outlet the author of the report, each with a weight; a plain
/// mention weighs little (reports quote other outlets).
fn from_text_cues(text: &str) -> Option<String> {
    static CUES: OnceLock<Vec<(Regex, Regex, f32)>> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        let any = rx(r"");
        vec![
            // before the name, after the name, weight
            (any.clone(), rx(r"^'s [A-Z][^\n]{0,300}contributed (?:to this report|reporting)"), 10.0),
            // (One "told CNN" alone is often a credit in another outlet's live blog: with a second
            // mention of the outlet it reaches the threshold.)
            (rx(r"(?i)(?:told|speaking to|spoke to|said to|interview with|confirmed to)\s+(?:the\s+)?$"), any.clone(), 3.5),
            (any.clone(), rx(r"^(?:'s \w+ (?:correspondent|editor|reporter)\b| (?:has )?(?:understands|has learned|has learnt|has been told|is unable to|could not independently|cannot independently|has contacted|has seen|has obtained|reached|asked)\b)"), 6.0),
            // "according to data compiled by Bloomberg News": an outlet's own tally.
            (rx(r"(?i)\b(?:data|figures|a tally) compiled by\s+(?:the\s+)?$"), any.clone(), 5.0),
            // A dateline: "DHAKA, Bangladesh, Saturday, May 4, 2019 (Reuters) -".
            (rx(r"(?:^|\n)[^\n]{0,70}\(\s*$"), rx(r"^\s*\)\s*[-–—]"), 8.0),
            (rx(r"(?i)(?:©|copyright)\s*(?:\d{4}\s+)?(?:the\s+)?$"), any.clone(), 8.0),
            // A wire story's sign-off on its own line: "Story Filed By Cox Newspapers".
            (rx(r"(?i)(?:^|\n)[ \t]*(?:story[ \t]+)?filed[ \t]+by[ \t]+(?:the[ \t]+)?$"), rx(r"^[ \t]*(?:\n|$)"), 8.0),
            (rx(r"(?i)(?:^|\n)\s*by [A-Z][\w'-]+(?: [A-Z][\w'-]+)*,\s*$"), any.clone(), 6.0),
        ]
    });
    let t = table();
    let mut scores: HashMap<usize, f32> = HashMap::default();
    for (start, end) in t.name_matches(text) {
        let Some(i) = t.index_of(&text[start..end]) else {
            continue;
        };
        let before = &text[text.floor_char_boundary(start.saturating_sub(120))..start];
        let before = before.strip_suffix("the ").or_else(|| before.strip_suffix("The ")).unwrap_or(before);
        let after = &text[end..text.ceil_char_boundary((end + 400).min(text.len()))];
        let mut best = 0.5f32;
        for (pre, post, w) in cues {
            if pre.is_match(before) && post.is_match(after) {
                let w = if t.outlets[i].wire && *w < 8.0 { 1.0 } else { *w };
                best = best.max(w);
            }
        }
        *scores.entry(i).or_default() += best;
    }
    let (&i, &score) = scores.iter().max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))?;
    (score >= 4.0).then(|| t.outlets[i].name.clone())
}

/// An outlet missing from the table, named where only an author can be: "Springfield
/// Gazette's Ann Lee contributed to this report", "Reporting by the Gazette's city desk",
/// or a masthead line near the top ("*The Gazette — 3 May 2024*").
fn unknown_outlet_cue(text: &str) -> Option<String> {
    static RES: OnceLock<[Regex; 4]> = OnceLock::new();
    const NAME: &str = r"((?:[Tt]he )?[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4})";
    let res = RES.get_or_init(|| {
        [
            rx(&format!(r"(?m)^\W*{NAME}'s [A-Z][^\n]{{0,300}}contributed (?:to this report|reporting)")),
            rx(&format!(r"(?i:(?:additional )?reporting by) {NAME}'s\b")),
            rx(&format!(r"(?m)^\W*{NAME} [—–-]+ (?:\w+day,? )?\d{{1,2}} [A-Z][a-z]+ \d{{4}}\W*$")),
            // "Gazette news partner KKTV reports …": the outlet names its partner.
            rx(r"\b((?:The )?[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})(?:'s)? news partners? [A-Z]"),
        ]
    });
    // A masthead line ends in a year: only such lines of the first five are read.
    let ends_in_year = |l: &&str| {
        let l = l.trim_end_matches(|c: char| !c.is_alphanumeric()).as_bytes();
        l.len() >= 4 && l[l.len() - 4..].iter().all(u8::is_ascii_digit)
    };
    let head: Vec<&str> = text.lines().take(5).filter(ends_in_year).collect();
    // Each pattern only where its fixed words are: the lines that hold them (the first and
    // last patterns match within a line), or the whole text. One vectorised search per word
    // (an automaton for all four, whose rare bytes are common in English, was slower).
    static WORDS: OnceLock<[memchr::memmem::Finder<'static>; 4]> = OnceLock::new();
    let words = WORDS
        .get_or_init(|| ["contributed", "eporting by", "EPORTING BY", "news partner"].map(memchr::memmem::Finder::new));
    let found: [Vec<usize>; 4] = std::array::from_fn(|k| words[k].find_iter(text.as_bytes()).collect());
    let line_at = |at: usize| {
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        &text[start..end]
    };
    let hays: [Vec<&str>; 4] = [
        found[0].iter().map(|&at| line_at(at)).collect(),
        if found[1].is_empty() && found[2].is_empty() { vec![] } else { vec![text] },
        head,
        found[3].iter().map(|&at| line_at(at)).collect(),
    ];
    for (re, hays) in res.iter().zip(&hays) {
        if let Some(c) = hays.iter().find_map(|h| re.captures(h)) {
            return Some(outlet_named(c[1].trim()));
        }
    }
    None
}

/// An outlet as the text names it, in the table's spelling where the table has it ("the
/// Gazette" → "The Gazette").
fn outlet_named(name: &str) -> String {
    let name = name.strip_prefix("the ").map_or_else(|| name.to_string(), |rest| format!("The {rest}"));
    table().canonical(&name).map(String::from).unwrap_or(name)
}

/// Where a saved page names its own outlet: the title's site suffix ("… - WRCBtv.com |
/// Chattanooga News"), an author's line ("is a staff writer for the Tribune-Review", "is a
/// Tribune-Review staff writer"), the outlet's app ("Download the WTAE app"), or its photo
/// credits, twice or more ("The Enquirer/Cara Owsley").
fn self_named_page(text: &str) -> Option<String> {
    static RES: OnceLock<[Regex; 5]> = OnceLock::new();
    const NAME: &str = r"((?:[Tt]he )?[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})";
    let res = RES.get_or_init(|| {
        [
            rx(r"(?:^|\s)[-|–—]\s+((?:www\.)?[A-Za-z0-9-]+\.(?:com|net|org|tv))\b"),
            rx(&format!(r"\bis an? (?:staff writer|reporter|correspondent|columnist) (?:for|at|with) {NAME}")),
            rx(&format!(r"\bis an? {NAME} (?:staff writer|reporter|correspondent|columnist)\b")),
            rx(&format!(r"\b[Dd]ownload the {NAME} app\b")),
            rx(r"\b((?:The )?[A-Z][a-z]+)/[A-Z][a-z]+ [A-Z][a-z]+"),
        ]
    });
    let has = |word: &str| memchr::memmem::find(text.as_bytes(), word.as_bytes()).is_some();
    // The title's site suffix names a domain: the table's outlet for it, else the domain's
    // name ("ABC-7.com" → ABC-7; "WRCBtv.com" → WRCB, a broadcaster's call sign).
    let title = text.lines().next().unwrap_or("");
    if let Some(c) = res[0].captures(title) {
        let domain = c[1].trim_start_matches("www.").to_string();
        if let Some(o) = table().by_domain(&domain.to_lowercase()) {
            return Some(o.to_string());
        }
        let stem = domain.rsplit_once('.').map_or(domain.as_str(), |(s, _)| s);
        let stem = stem.strip_suffix("tv").filter(|c| is_call_sign(c)).unwrap_or(stem);
        return Some(stem.to_string());
    }
    for (i, word) in [(1, "staff writer"), (2, "staff writer"), (3, "ownload the")] {
        if has(word)
            && let Some(c) = res[i].captures(text)
        {
            // The name ends at its sentence: "… for the Tribune-Review. She can be reached".
            return Some(outlet_named(c[1].split(". ").next().unwrap_or("").trim().trim_end_matches('.')));
        }
    }
    if has("/") {
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for c in res[4].captures_iter(text).take(1000) {
            if let Some(m) = c.get(1) {
                *counts.entry(m.as_str()).or_default() += 1;
            }
        }
        if let Some((name, _)) = counts.into_iter().filter(|(_, n)| *n >= 2).max_by_key(|(n, k)| (*k, *n)) {
            return Some(outlet_named(name));
        }
    }
    None
}

/// Where a broadcaster's page names its station by call sign: a dateline credit
/// ("AUGUSTA, Ga. (WRDW/WAGT) –"), the title's site suffix ("… - Cincinnati News,
/// FOX19-WXIX TV"), or a copyright line ("Copyright 2017 by KSAT"). Only call signs: a
/// copyright may name the group that owns the station, a credit another outlet's words.
fn broadcaster_named(text: &str) -> Option<String> {
    static RES: OnceLock<[Regex; 3]> = OnceLock::new();
    let res = RES.get_or_init(|| {
        [
            // Read line by line: anchored at the line's start.
            rx(r"\A[\s\W]*[A-Z][A-Z .'-]+,(?: [A-Z][a-z]+\.?,?)*(?: [A-Z][a-z]+\.? \d{1,2},?)? \(([A-Z0-9/ -]{4,24})\)\s*[-–—]"),
            rx(r"(?i:copyright|©)\s*\d{4}\s+(?:by\s+)?([A-Z]{4})\b"),
            // "One witness told WLWT News 5 …": a station's own reporting (a rival would say
            // "told a local station").
            rx(r"\btold ([KW][A-Z]{3})\b"),
        ]
    });
    let station = |s: &str| s.split(['/', '-', ' ']).any(is_call_sign);
    // The credit is in parentheses: only such lines are read (the pattern has no fixed word
    // to search for and would read every byte of the report).
    if let Some(c) = text.lines().filter(|l| l.contains('(')).find_map(|l| res[0].captures(l))
        && station(&c[1])
    {
        return Some(c[1].trim().to_string());
    }
    // The title's last segment after " - " or " | ": its comma part with the call sign.
    let title = text.lines().next().unwrap_or("");
    if let Some((_, suffix)) = title.rsplit_once(" - ").or_else(|| title.rsplit_once(" | "))
        && let Some(part) = suffix.split(", ").find(|p| p.split(['-', ' ']).any(is_call_sign))
    {
        return Some(part.trim().to_string());
    }
    res[1].captures(text).or_else(|| res[2].captures(text)).filter(|c| is_call_sign(&c[1])).map(|c| c[1].to_string())
}

/// A writer's address at a known outlet's domain in the story's last lines
/// ("andrew.blankstein@latimes.com"), or the page's own share link there. (A syndicated
/// story's foot, "For Use By Clients of the New York Times News Service", names the service
/// that sends it, not who wrote it.)
fn sign_off(text: &str) -> Option<String> {
    static RES: OnceLock<[Regex; 2]> = OnceLock::new();
    let res = RES.get_or_init(|| {
        [
            rx(r"\b[A-Za-z0-9._-]+@((?:[A-Za-z0-9-]+\.)+[a-z]{2,})\b"),
            // The page's own link: "Read or Share this story: http://usat.ly/10aArQc".
            rx(r"(?i:share this story):?\s+https?://((?:[A-Za-z0-9-]+\.)+[a-z]{2,})"),
        ]
    });
    let tail = tail(text, 600);
    res.iter()
        .find_map(|re| re.captures_iter(tail).find_map(|c| table().by_domain(&c[1].to_lowercase()).map(String::from)))
}

/// A closing credit in Reuters' own form, "(Reporting by Joan Gralla; Editing by Jan
/// Paschal)": no other outlet credits its editors so. Strong house style, still a guess.
fn credit_line_style(text: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        rx(r"\((?:[Aa]dditional )?[Rr]eporting by [^()\n]{1,400}[;,] [Ee]diting by [^()\n]{1,200}\)\s*$")
    });
    re.is_match(tail(text, 800).trim_end()).then(|| "Reuters".to_string())
}

/// The last `n` bytes of a text (from a character's start): where a story signs off.
fn tail(text: &str, n: usize) -> &str {
    &text[text.floor_char_boundary(text.len().saturating_sub(n))..]
}

/// A North American broadcaster's call sign: "WRCB", "KSAT".
fn is_call_sign(s: &str) -> bool {
    s.len() == 4 && s.starts_with(['W', 'K']) && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Features of writing that style guides fix differently from outlet to outlet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StyleMarker {
    UkSpelling,
    UsSpelling,
    IseSpelling,
    IzeSpelling,
    UsAbbreviations,
    DayMonth,
    MonthDay,
    MonthAbbreviated,
    Clock24h,
    Clock12hCompact,
    ClockUs,
    KmFirst,
    MilesFirst,
    KilometersFirst,
    TerrorInOwnVoice,
    MrNoStop,
    MrStop,
    TitlesCapitalised,
    TitlesLowercase,
    AlQaida,
    FactBox,
}

impl StyleMarker {
    fn parse(s: &str) -> Option<Self> {
        use StyleMarker::*;
        Some(match s.trim() {
            "uk_spelling" => UkSpelling,
            "us_spelling" => UsSpelling,
            "ise_spelling" => IseSpelling,
            "ize_spelling" => IzeSpelling,
            "us_abbreviations" => UsAbbreviations,
            "day_month" => DayMonth,
            "month_day" => MonthDay,
            "month_abbreviated" => MonthAbbreviated,
            "clock_24h" => Clock24h,
            "clock_12h_compact" => Clock12hCompact,
            "clock_us" => ClockUs,
            "km_first" => KmFirst,
            "miles_first" => MilesFirst,
            "kilometers_first" => KilometersFirst,
            "terror_in_own_voice" => TerrorInOwnVoice,
            "mr_no_stop" => MrNoStop,
            "mr_stop" => MrStop,
            "titles_capitalised" => TitlesCapitalised,
            "titles_lowercase" => TitlesLowercase,
            "al_qaida" => AlQaida,
            "fact_box" => FactBox,
            _ => return None,
        })
    }

    fn pattern(self) -> String {
        use StyleMarker::*;
        const MONTHS: &str =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
        let pattern = match self {
            UkSpelling => r"\b(?:[Cc]entre|[Dd]efence|[Cc]olour|[Hh]onour|[Ll]abour|[Nn]eighbour\w*|[Ff]avourite|[Kk]ilometres?|[Mm]etres|[Tt]heatre|[Tt]ravelled|[Gg]rey|[Oo]ffence|[Ll]icence|[Aa]rmour\w*|[Pp]rogramme)\b",
            UsSpelling => r"\b(?:[Cc]enter|[Dd]efense|[Cc]olor|[Hh]onor|[Ll]abor|[Nn]eighbor\w*|[Ff]avorite|[Kk]ilometers?|[Mm]eters|[Tt]heater|[Tt]raveled|[Gg]ray|[Oo]ffense|[Aa]rmor\w*)\b",
            IseSpelling => r"\b\w{3,}(?:ise|ised|ising|isation)\b",
            IzeSpelling => r"\b(?:organi|reali|recogni|criti|apologi|neutrali|mobili|authori|emphasi|stabili|destabili)z(?:e|ed|es|ing|ation)\b",
            UsAbbreviations => r"\b(?:U\.S|U\.K|U\.N)\.",
            DayMonth => "\\b\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b",
            MonthDay => "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}\\b",
            MonthAbbreviated => r"\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}\b",
            Clock24h => r"\b(?:[01]\d|2[0-3])[0-5]\d (?:GMT|BST|UTC|local time|hrs|\((?:[01]\d|2[0-3])[0-5]\d GMT\))",
            Clock12hCompact => r"\b\d{1,2}(?:\.\d\d)?(?:am|pm)\b",
            ClockUs => r"\b\d{1,2}(?::\d\d)? ?[ap]\.m\.",
            KmFirst => r"\d ?km \(\d",
            MilesFirst => r"\d miles \(\d+ ?(?:km|kilomet)",
            KilometersFirst => r"\d kilometers \(\d",
            TerrorInOwnVoice => r"\bterrorists?\b",
            MrNoStop => r"\bM(?:r|rs|s) [A-Z]",
            MrStop => r"\bM(?:r|rs|s)\. [A-Z]",
            TitlesCapitalised => r"\b(?:the|The) (?:Prime Minister|Foreign Secretary|Home Secretary|Defence Secretary|Chancellor)\b(?: [a-z]|[,.])",
            TitlesLowercase => r"\b(?:the|The) (?:prime minister|foreign secretary|home secretary|defence secretary)\b",
            AlQaida => r"\bal-Qaida\b",
            FactBox => r"(?m)^- [A-Z][\w ]{2,30}: ",
        }
        .replace("{MONTHS}", MONTHS);
        // ASCII classes: the words and figures these look for are ASCII, and a Unicode `\d`
        // or `\w` made the markers' one pass over each report several times slower.
        format!("(?-u){pattern}")
    }

    /// Whether the text shows this marker; `plain` holds the markers found by one pass of
    /// [`plain_markers`] over the text.
    fn present(self, text: &str, plain: &regex::SetMatches, cache: &mut HashMap<StyleMarker, bool>) -> bool {
        if let Some(&v) = cache.get(&self) {
            return v;
        }
        if let Some(k) = plain_markers().0.iter().position(|m| *m == self) {
            return plain.matched(k);
        }
        let re = style_regex(self);
        let v = match self {
            // The word "terrorist" outside quotation marks, in the writer's own voice.
            StyleMarker::TerrorInOwnVoice => re.find_iter(text).any(|m| !inside_quotes(text, m.start())),
            StyleMarker::IseSpelling => re.find_iter(text).any(
                |m| !matches!(m.as_str().to_lowercase().as_str(), s if ISE_WORDS_ANY.iter().any(|w| s.starts_with(w))),
            ),
            _ => re.is_match(text),
        };
        cache.insert(self, v);
        v
    }
}

/// Words that end in -ise in every spelling ("rise", "otherwise", "promise").
const ISE_WORDS_ANY: &[&str] = &[
    "rise",
    "arise",
    "otherwise",
    "promise",
    "premise",
    "precise",
    "concise",
    "expertise",
    "exercise",
    "advertise",
    "surprise",
    "compromise",
    "enterprise",
    "franchise",
    "merchandise",
    "revise",
    "supervise",
    "televise",
    "advise",
    "devise",
    "despise",
    "disguise",
    "wise",
    "noise",
    "poise",
    "raise",
    "praise",
    "cruise",
    "bruise",
    "excise",
    "incise",
    "chastise",
    "demise",
    "comprise",
    "apprise",
    "improvise",
    "likewise",
    "clockwise",
    "paradise",
    "treatise",
    "porpoise",
    "tortoise",
    "upraise",
    "sunrise",
    "guise",
    "anise",
    "valise",
    "reprise",
    "concise",
];

fn style_regex(m: StyleMarker) -> &'static Regex {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<StyleMarker, &'static Regex>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut guard = cache.lock().unwrap_or_else(|p| p.into_inner());
    guard.entry(m).or_insert_with(|| Box::leak(Box::new(rx(&m.pattern()))))
}

/// Whether byte `pos` of `text` lies inside a quotation on its line (an odd number of
/// quotation marks before it).
fn inside_quotes(text: &str, pos: usize) -> bool {
    // At most a few kilobytes back: on a page that is one long line, each match would
    // otherwise read the whole text before it.
    let from = text.floor_char_boundary(pos.saturating_sub(4096));
    let line_start = text[from..pos].rfind('\n').map_or(from, |i| from + i + 1);
    let quotes = text[line_start..pos].chars().filter(|c| matches!(c, '"' | '“' | '”')).count();
    quotes % 2 == 1
}

/// The markers the style profiles use whose presence is a plain match (the other two look
/// at each match), in one set: one pass over a report instead of one per marker.
fn plain_markers() -> &'static (Vec<StyleMarker>, regex::RegexSet) {
    static SET: OnceLock<(Vec<StyleMarker>, regex::RegexSet)> = OnceLock::new();
    SET.get_or_init(|| {
        let mut markers: Vec<StyleMarker> = Vec::new();
        for &(_, m, _) in &table().styles {
            if !matches!(m, StyleMarker::TerrorInOwnVoice | StyleMarker::IseSpelling) && !markers.contains(&m) {
                markers.push(m);
            }
        }
        let set = regex::RegexSet::new(markers.iter().map(|m| super::ascii_bounds(&m.pattern())))
            .unwrap_or_else(|e| panic!("bad built-in style patterns: {e}"));
        (markers, set)
    })
}

/// The outlet whose style profile fits the text best, when it fits clearly better than the
/// next one.
fn from_house_style(text: &str) -> Option<String> {
    let t = table();
    let mut cache = HashMap::default();
    let plain = plain_markers().1.matches(text);
    let mut scores: HashMap<usize, f32> = HashMap::default();
    for &(i, marker, weight) in &t.styles {
        let s = scores.entry(i).or_default();
        if marker.present(text, &plain, &mut cache) {
            *s += weight;
        }
    }
    let mut ranked: Vec<(usize, f32)> = scores.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let (best, score) = *ranked.first()?;
    let runner_up = ranked.get(1).map_or(0.0, |r| r.1);
    (score >= 5.0 && score - runner_up >= 3.0).then(|| t.outlets[best].name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_or_an_address_finds_its_outlet_by_its_domain_or_a_parent_domain() {
        let t = table();
        assert_eq!(t.by_domain("bbc.co.uk"), Some("BBC"));
        assert_eq!(t.by_domain("news.bbc.co.uk"), Some("BBC"));
        assert_eq!(t.by_domain("edition.cnn.com/2016/02/25/us/story"), Some("CNN"));
        assert_eq!(t.by_domain("notbbc.co.uk"), None, "a domain is matched at a dot, not inside a word");
        assert_eq!(t.by_domain("co.uk"), None);
    }

    #[test]
    fn a_dateline_with_a_long_date_names_its_wire() {
        let t = "Ferry sinks\n\nDHAKA, Bangladesh, Saturday, May 4, 2019 (Reuters) - A ferry sank on Saturday.\n";
        assert_eq!(infer_outlet(t, None, None, "a.txt").0.as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_story_filed_by_an_outlet_is_its_own_but_one_filed_by_a_person_names_none() {
        let t = "Flooding closed the bridge, officials said.\n\nThe Associated Press reported two deaths.\n\n   Story Filed By Cox Newspapers\n";
        assert_eq!(infer_outlet(t, None, None, "a.txt").0.as_deref(), Some("Cox News Service"));
        let t = "Flooding closed the bridge, officials said.\n\nStory filed by Ann Reuters Lee\n";
        assert_eq!(infer_outlet(t, None, None, "a.txt").0, None);
    }

    #[test]
    fn outlet_names_are_whole_words_and_the_longest_at_one_place() {
        let t = table();
        let text = "CNNMoney said so. The New York Times reported, and CNN and BBC News followed.";
        let found: Vec<&str> = t.name_matches(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["The New York Times", "CNN", "BBC News"]);
        // The longest name runs into a word: the shorter one at that place is still found.
        let text = "BBC Newsroom staff and Reuters said so.";
        let found: Vec<&str> = t.name_matches(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["BBC", "Reuters"]);
    }

    #[test]
    fn a_broadcaster_names_its_call_sign() {
        let dateline = "Fire at mill\n\nDALTON, Ga. (WXYZ/WABC) – Two workers were hurt on Friday.";
        assert_eq!(infer_outlet(dateline, None, None, "a.txt").0.as_deref(), Some("WXYZ/WABC"));
        let title = "Two hurt in mill fire - Dalton News, FOX9-KXYZ TV\n\nTwo workers were hurt.";
        assert_eq!(infer_outlet(title, None, None, "a.txt").0.as_deref(), Some("FOX9-KXYZ TV"));
        let copyright = "Two workers were hurt.\nCopyright 2019 by KXYZ - All rights reserved.";
        assert_eq!(infer_outlet(copyright, None, None, "a.txt").0.as_deref(), Some("KXYZ"));
        // A group that owns stations is not the station; a city in capitals is no call sign.
        let owner = "Two workers were hurt.\n© 2019 Acme Media Group.";
        assert_eq!(infer_outlet(owner, None, None, "a.txt").0, None);
        let city = "DALTON, Ga. (MILL) – Two workers were hurt.";
        assert_eq!(infer_outlet(city, None, None, "a.txt").0, None);
    }

    #[test]
    fn a_station_told_and_a_news_partner() {
        let told = "Two workers were hurt. One worker told KXYZ News 9 that the alarm failed.";
        assert_eq!(infer_outlet(told, None, None, "a.txt").0.as_deref(), Some("KXYZ"));
        let partner = "Two workers were hurt. Herald news partner KXYZ reports that the mill is closed.";
        assert_eq!(infer_outlet(partner, None, None, "a.txt").0.as_deref(), Some("Herald"));
        // A station telling of its partner's reporting names the partner, not itself.
        let ours = "UPDATE 1:02 p.m.: The chief tells our news partners at The Herald that two were hurt.";
        assert_eq!(infer_outlet(ours, None, None, "a.txt").0, None);
    }

    #[test]
    fn a_writer_s_address_names_the_outlet_and_a_syndicated_foot_does_not() {
        let foot = "Two workers were hurt.\n   For Use By Clients of the New York Times News Service\n";
        assert_eq!(infer_outlet(foot, None, None, "a.txt").0, None, "the service that sends it");
        let mail = "Two workers were hurt.\n\nJane Roe, jane.roe@latimes.com\n";
        assert_eq!(infer_outlet(mail, None, None, "a.txt").0.as_deref(), Some("Los Angeles Times"));
        let share = "Two workers were hurt.\n\nRead or Share this story: http://usat.ly/1aBcD\n";
        assert_eq!(infer_outlet(share, None, None, "a.txt").0.as_deref(), Some("USA Today"));
        let unknown = "Two workers were hurt.\n\nTips: news@example.org\n";
        assert_eq!(infer_outlet(unknown, None, None, "a.txt").0, None);
    }

    #[test]
    fn a_closing_credit_of_reporters_and_editors_is_reuters_style() {
        let text = "Two workers were hurt.\n\n(Reporting by Ann Lee in Dalton; Editing by Tom Roe)\n";
        assert_eq!(infer_outlet(text, None, None, "a.txt"), (Some("Reuters".into()), OutletBasis::HouseStyle));
        let mid = "(Reporting by Ann Lee; Editing by Tom Roe) Two workers were hurt at the mill on Friday.";
        assert_eq!(infer_outlet(mid, None, None, "a.txt").0, None, "only as the story's last line");
    }

    #[test]
    fn an_outlets_own_tally() {
        let text = "Storm nears coast\n\nAbout 2 million people live in its path, according to data compiled by Bloomberg News.";
        assert_eq!(infer_outlet(text, None, None, "a.txt").0.as_deref(), Some("Bloomberg"));
    }

    #[test]
    fn a_masthead_line_near_the_top_names_an_outlet_missing_from_the_table() {
        let text = "Mill fire\n*The Valley Courier — Friday, 3 May 2024*\nTwo workers were hurt on Friday.\n";
        assert_eq!(infer_outlet(text, None, None, "a.txt").0.as_deref(), Some("The Valley Courier"));
        // Far down the story, a line like it is no masthead.
        let late =
            "Mill fire\n\nTwo were hurt.\n\nThe mill reopened.\n\nMore below.\n*The Valley Courier — 3 May 2024*\n";
        assert_eq!(infer_outlet(late, None, None, "a.txt").0, None);
    }

    #[test]
    fn contributed_line_names_the_outlet() {
        let text = "Floods swept the valley on Monday.\nOfficials said 40 people were missing.\n\
                    Al Jazeera's Sara Lind and Omar Haddad contributed to this report.\n";
        assert_eq!(infer_outlet(text, None, None, "a.txt").0.as_deref(), Some("Al Jazeera"));
    }

    #[test]
    fn told_the_outlet_and_understands() {
        let text = "A survivor told the Guardian she had waited nine hours. The Guardian understands the dam failed.";
        assert_eq!(infer_outlet(text, None, None, "x.txt"), (Some("The Guardian".into()), OutletBasis::Text));
    }

    #[test]
    fn one_told_is_a_credit_two_mentions_make_the_author() {
        let credit = "UPDATE 6:40 p.m.: Officials told CNN they were still reaching families.";
        assert_eq!(infer_outlet(credit, None, None, "x.txt").0, None);
        let own = "A neighbour told CNN she heard shots. CNN has asked the sheriff for the video.";
        assert_eq!(infer_outlet(own, None, None, "x.txt").0.as_deref(), Some("CNN"));
    }

    #[test]
    fn a_page_names_itself_in_its_title_author_line_app_or_photo_credits() {
        let title =
            "Two hurt in Dalton fire - WDEFtv.com | Chattanooga News, Weather & Sports\n\nTwo people were hurt.";
        assert_eq!(infer_outlet(title, None, None, "x.txt").0.as_deref(), Some("WDEF"));
        let site = "Crash on I-75 - Valley-9.com News for Macon\n\nA crash closed the road.";
        assert_eq!(infer_outlet(site, None, None, "x.txt").0.as_deref(), Some("Valley-9"));
        let author = "Three were hurt.\n\nAnn Lee is a staff writer for the Harbor Ledger. Reach her at 555-0100.";
        assert_eq!(infer_outlet(author, None, None, "x.txt").0.as_deref(), Some("The Harbor Ledger"));
        let app = "Three were hurt.\nDownload the KXYZ app for your phone.";
        assert_eq!(infer_outlet(app, None, None, "x.txt").0.as_deref(), Some("KXYZ"));
        let photos = "Mourners gathered. The Ledger/Ann Lee Candles were lit. The Ledger/Bo Kim";
        assert_eq!(infer_outlet(photos, None, None, "x.txt").0.as_deref(), Some("The Ledger"));
        let once = "Mourners gathered. The Ledger/Ann Lee";
        assert_eq!(infer_outlet(once, None, None, "x.txt").0, None, "one credit may be a partner's photo");
    }

    #[test]
    fn quoting_a_wire_agency_does_not_make_it_the_author() {
        let text = "One miner told the Associated Press that the shaft flooded. \"We ran,\" he told AP. \
                    Rescue teams worked through the night.";
        assert_ne!(infer_outlet(text, None, None, "r.txt").0.as_deref(), Some("Associated Press"));
    }

    #[test]
    fn a_station_brand_in_the_dateline_is_the_station_by_its_table_name() {
        let text = "Crane falls on bridge\n\nMIAMI BEACH (CBSMiami) — Two workers were hurt Tuesday.";
        assert_eq!(infer_outlet(text, None, None, "r.txt").0.as_deref(), Some("CBS4 Miami"));
        // The network's own name is not one of its stations.
        let text = "Crane falls on bridge\n\nNEW YORK (CBS News) — Two workers were hurt Tuesday.";
        assert_eq!(infer_outlet(text, None, None, "r.txt").0.as_deref(), Some("CBS News"));
    }

    #[test]
    fn wire_dateline_is_strong() {
        let text = "MANILA (Reuters) - A ferry capsized off the coast on Sunday, killing at least 12 people.";
        assert_eq!(infer_outlet(text, None, None, "r.txt").0.as_deref(), Some("Reuters"));
    }

    #[test]
    fn metadata_wins_and_is_canonicalised() {
        let (o, b) = infer_outlet("text", Some("telegraph.co.uk"), None, "page.html");
        assert_eq!((o.as_deref(), b), (Some("The Telegraph"), OutletBasis::Metadata));
        let (o, _) = infer_outlet("text", Some("Springfield Gazette"), None, "page.html");
        assert_eq!(o.as_deref(), Some("Springfield Gazette"));
    }

    #[test]
    fn file_name_and_url() {
        assert_eq!(infer_outlet("no cue", None, None, "bbc-quake.txt").0.as_deref(), Some("BBC"));
        assert_eq!(
            infer_outlet("no cue", None, Some("https://www.nytimes.com/2021/x.html"), "x.html").0.as_deref(),
            Some("The New York Times")
        );
        assert_eq!(infer_outlet("no cue at all here", None, None, "report.txt"), (None, OutletBasis::FileName));
    }

    #[test]
    fn house_style_of_a_24_hour_clock_and_km_first_report() {
        let text = "Rescuers reached the village at 0600 local time on 4 March, about 30km (19 miles) north of the dam.\n\
                    Mr Rossi said the \"terrorists\" had not been identified.\n\
                    The government said the neighbouring region was safe.\n\
                    - Dam breach: 0400 GMT 3 March: water reaches the valley.\n";
        assert_eq!(infer_outlet(text, None, None, "1.txt"), (Some("BBC".into()), OutletBasis::HouseStyle));
    }

    #[test]
    fn house_style_needs_a_clear_margin() {
        assert_eq!(infer_outlet("Two people were hurt.", None, None, "1.txt").0, None);
    }
}
