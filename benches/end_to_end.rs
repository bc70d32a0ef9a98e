//! The whole path a user runs, files → JSON: `parallax analyze` over a folder of about 25 MB
//! of reports, timed beside one `grep -cE` pass over the same files, and the ratio printed.
//! The per-stage benches (`analysis`) are diagnostics; this is the figure that counts.
//!
//!   cargo bench --bench end_to_end                  generated reports (news-like, varied)
//!   PARALLAX_E2E_CORPUS=DIR cargo bench --bench end_to_end    copies of DIR's .txt files
//!   PARALLAX_E2E_MB=5 …                             a smaller folder
//!   PARALLAX_E2E_KEEP=DIR …                         the folder made in DIR and kept (to profile)

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{Rng, report};

const GREP_PATTERN: &str = "[0-9]+ (people|killed|dead)";

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
    let temp = tempfile::tempdir().expect("tempdir");
    let keep = std::env::var_os("PARALLAX_E2E_KEEP").map(PathBuf::from);
    if let Some(k) = &keep {
        std::fs::create_dir_all(k).expect("PARALLAX_E2E_KEEP folder");
    }
    let dir: &Path = keep.as_deref().unwrap_or(temp.path());
    let bytes = make_folder(dir, (mb * 1e6) as usize);
    let files = std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0);
    let bin = env!("CARGO_BIN_EXE_parallax");
    // Warm the page cache and the binary once.
    best(1, || {
        let mut c = Command::new(bin);
        c.arg("analyze").arg(dir);
        c
    });
    let grep = best(5, || {
        let mut c = Command::new("grep");
        c.arg("-rcE").arg(GREP_PATTERN).arg(dir);
        c
    });
    let analyze = best(3, || {
        let mut c = Command::new(bin);
        c.arg("analyze").arg("--format").arg("json").arg(dir);
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
