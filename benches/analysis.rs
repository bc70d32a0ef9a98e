//! Throughput of the pipeline on a generated corpus: decoding and ingest, and analysis
//! (extraction and comparison), in MB/s. Run with `cargo bench`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::analysis::analyze_documents;
use parallax::ingest::ingest_bytes;

/// A report of about `paragraphs` paragraphs in several phrasings, varied by a seed.
fn synthetic_report(seed: usize, paragraphs: usize) -> String {
    const TOWNS: [&str; 6] = ["Orlen", "Kesra", "Bellmoor", "Tavi", "Norrby", "Sade"];
    const DAYS: [&str; 5] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let mut s = format!("Floods hit {} as toll rises\nPublished: {} March 2024\n", TOWNS[seed % 6], 3 + seed % 20);
    for p in 0..paragraphs {
        let n = (seed * 7 + p * 13) % 400 + 2;
        let town = TOWNS[(seed + p) % 6];
        let day = DAYS[(seed + p) % 5];
        s.push_str(&match p % 5 {
            0 => format!("At least {n} people were killed in {town} on {day}, the interior ministry said.\n"),
            1 => format!(
                "Officials said {} residents remain missing and about {n} were evacuated from the valley.\n",
                n / 3 + 1
            ),
            2 => format!(
                "\"We have lost {} neighbours,\" a rescuer told the Valley Post, 30km (19 miles) north of {town}.\n",
                n / 5 + 1
            ),
            3 => format!(
                "By {day}, {n} workers had been freed, according to the state news agency, while {} were still held.\n",
                n / 7
            ),
            _ => {
                format!("The river rose 2.4 metres in {town} overnight; 1,{n:03} homes lost power, the company said.\n")
            }
        });
    }
    s
}

fn bench(c: &mut Criterion) {
    let reports: Vec<String> = (0..40).map(|i| synthetic_report(i, 60)).collect();
    let bytes: usize = reports.iter().map(String::len).sum();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("ingest", |b| {
        b.iter(|| {
            reports
                .iter()
                .enumerate()
                .filter_map(|(i, r)| ingest_bytes(&format!("r{i}.txt"), &format!("r{i}.txt"), r.as_bytes()).ok())
                .count()
        })
    });
    let docs: Vec<_> = reports
        .iter()
        .enumerate()
        .filter_map(|(i, r)| ingest_bytes(&format!("r{i}.txt"), &format!("r{i}.txt"), r.as_bytes()).ok())
        .collect();
    group.bench_function("analyze", |b| b.iter(|| analyze_documents(&docs, Vec::new()).figures.len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
