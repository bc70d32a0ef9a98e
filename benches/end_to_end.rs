//! The whole path a user runs, files → JSON: `parallax analyze` over a folder of about 25 MB
//! of reports, timed beside one `grep -cE` pass over the same files, and the ratio printed.
//! The per-stage benches (`analysis`) are diagnostics; this is the figure that counts.
//!
//!   cargo bench --bench end_to_end                  generated reports (news-like, varied)
//!   PARALLAX_E2E_CORPUS=DIR cargo bench --bench end_to_end    copies of DIR's .txt files
//!   PARALLAX_E2E_MB=5 …                             a smaller folder

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const GREP_PATTERN: &str = "[0-9]+ (people|killed|dead)";

/// A small deterministic generator (xorshift), so every run reads the same folder.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

const TOWNS: &[&str] = &[
    "Orlen",
    "Kesra",
    "Bellmoor",
    "Tavi",
    "Norrby",
    "Sade",
    "Port Alder",
    "Vieux-Marché",
    "Qaryat",
    "San Telmo",
    "Kirovsk",
    "Ōmura",
    "Bräcke",
    "Lakeview",
    "Mbeya",
    "Cuenca",
    "Harlow",
    "Dunmore",
    "Zarqa",
    "Timaru",
];
const EVENTS: &[&str] = &[
    "the explosion at the chemical plant",
    "the floods",
    "the shooting at the shopping centre",
    "the earthquake",
    "the ferry sinking",
    "the collapse of the apartment block",
    "the wildfire",
    "the derailment",
];
const PEOPLE: &[&str] = &["people", "residents", "passengers", "workers", "students", "officers", "miners", "children"];
const OUTCOMES: &[&str] = &[
    "were killed",
    "were injured",
    "remain missing",
    "died in hospital",
    "were evacuated",
    "were rescued",
    "were taken to hospital",
    "were wounded",
];
const SAYERS: &[&str] = &[
    "police said",
    "the fire service said",
    "the regional governor told reporters",
    "according to the health ministry",
    "a hospital spokeswoman said",
    "officials said on Twitter",
];
const NARRATIVE: &[&str] = &[
    "Witnesses described hearing a loud bang shortly before smoke began to pour from the building.",
    "\"It was chaos, people were running everywhere,\" said a shopkeeper who asked not to be named.",
    "Roads into the area remained closed on Tuesday as investigators combed the site for evidence.",
    "The mayor called it the darkest day in the town's history and ordered flags flown at half-mast.",
    "Engineers warned that aftershocks could bring down buildings already weakened by the first tremor.",
    "Relatives gathered outside the hospital, waiting for news of loved ones still unaccounted for.",
    "The company said it was cooperating fully with the authorities and had suspended operations.",
    "Rescue teams used sniffer dogs and thermal cameras to search the rubble through the night.",
    "Critics questioned why warnings issued weeks earlier had not been acted upon.",
    "The prime minister cut short a foreign visit and was expected to tour the area on Thursday.",
    "Aid agencies said thousands of families would need shelter, food and clean water for weeks.",
    "Television footage showed firefighters battling the blaze as residents watched from the street.",
    "A vigil was planned for Sunday evening in the main square, organisers said.",
    "The cause of the disaster was not immediately known, and an inquiry has been opened.",
    "Neighbouring countries offered helicopters, pumps and medical supplies.",
    "Schools in the district will stay closed until at least the end of the week.",
];
const NUMBER_WORDS: &[&str] = &["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"];

/// One report: a headline, a dateline, paragraphs where about one sentence in four counts
/// people, the rest narrative, and page furniture.
fn report(rng: &mut Rng, n: usize) -> String {
    let town = rng.pick(TOWNS);
    let event = rng.pick(EVENTS);
    let mut s = format!(
        "{} dead after {} in {town}\nBy Staff Reporter | Published: {} March 2024\n\n{}, March {} (Wire) - ",
        rng.next() % 90 + 2,
        event.trim_start_matches("the "),
        rng.next() % 27 + 1,
        town.to_uppercase(),
        rng.next() % 27 + 1
    );
    let sentences = 20 + rng.next() % 60;
    for i in 0..sentences {
        if i % 4 == 0 {
            let count = if rng.next() % 3 == 0 {
                rng.pick(NUMBER_WORDS).to_string()
            } else {
                format!("{}{}", ["", "At least ", "About ", "More than "][rng.next() % 4], rng.next() % 400 + 1)
            };
            s.push_str(&format!(
                "{count} {} {} in {event} on {}, {}.",
                rng.pick(PEOPLE),
                rng.pick(OUTCOMES),
                ["Monday", "Tuesday", "Wednesday", "Friday"][rng.next() % 4],
                rng.pick(SAYERS)
            ));
        } else {
            s.push_str(rng.pick(NARRATIVE));
        }
        s.push(if i % 3 == 2 { '\n' } else { ' ' });
        if i % 9 == 8 {
            s.push('\n');
        }
    }
    s.push_str(&format!("\nReporting by Staff in {town}; editing by Desk {n}\nShare this article\n"));
    s
}

fn make_folder(dir: &Path, target: usize) -> usize {
    let mut total = 0;
    let mut n = 0;
    if let Some(src) = std::env::var_os("PARALLAX_E2E_CORPUS") {
        let files: Vec<PathBuf> = walk(Path::new(&src));
        assert!(!files.is_empty(), "no .txt files under PARALLAX_E2E_CORPUS");
        while total < target {
            let bytes = std::fs::read(&files[n % files.len()]).expect("read corpus file");
            total += bytes.len();
            std::fs::write(dir.join(format!("r{n:05}.txt")), bytes).expect("write");
            n += 1;
        }
        return total;
    }
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    while total < target {
        let text = report(&mut rng, n);
        total += text.len();
        std::fs::write(dir.join(format!("r{n:05}.txt")), text).expect("write");
        n += 1;
    }
    total
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The best of `runs` runs of a command, its standard output thrown away.
fn best(runs: usize, mut make: impl FnMut() -> Command) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let status = make().stdout(Stdio::null()).stderr(Stdio::null()).status().expect("runs");
            assert!(status.code().is_some_and(|c| c <= 1), "{status}");
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    // `cargo bench` passes flags such as --bench; this bench takes none.
    let mb: f64 = std::env::var("PARALLAX_E2E_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(25.0);
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = make_folder(dir.path(), (mb * 1e6) as usize);
    let files = std::fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0);
    let bin = env!("CARGO_BIN_EXE_parallax");
    // Warm the page cache and the binary once.
    best(1, || {
        let mut c = Command::new(bin);
        c.arg("analyze").arg(dir.path());
        c
    });
    let grep = best(5, || {
        let mut c = Command::new("grep");
        c.arg("-rcE").arg(GREP_PATTERN).arg(dir.path());
        c
    });
    let analyze = best(3, || {
        let mut c = Command::new(bin);
        c.arg("analyze").arg("--format").arg("json").arg(dir.path());
        c
    });
    let mb_read = bytes as f64 / 1e6;
    println!(
        "end_to_end: {files} reports, {mb_read:.1} MB: parallax analyze {:.2} s ({:.1} MB/s), grep -cE {:.3} s; ratio {:.1}x",
        analyze.as_secs_f64(),
        mb_read / analyze.as_secs_f64(),
        grep.as_secs_f64(),
        analyze.as_secs_f64() / grep.as_secs_f64().max(1e-6)
    );
}
