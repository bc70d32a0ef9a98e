//! Throughput of the pipeline on a generated corpus: decoding and ingest, and analysis
//! (extraction and comparison), in MB/s. Run with `cargo bench`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::analyze_documents;
use parallax::ingest::ingest_bytes;

// The app's allocator (see src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

/// A report with the density of real news: one sentence in four carries a figure, the rest
/// is narrative (quotes, background, reactions).
fn newslike_report(seed: usize, sentences: usize) -> String {
    const NARRATIVE: [&str; 8] = [
        "The government said it was sending more teams to the region as the weather worsened.",
        "\"We have never seen anything like this,\" said a shopkeeper who gave only her first name.",
        "Aid agencies warned that roads into the valley remained blocked by mud and fallen trees.",
        "The prime minister cut short a foreign visit and was expected to tour the area on Thursday.",
        "Analysts said years of deforestation had made the hillsides far more prone to landslides.",
        "Residents criticised the slow response, saying they had waited hours for help to arrive.",
        "The regional airport reopened on Tuesday after the runway was cleared, officials said.",
        "Neighbouring countries offered helicopters, pumps and medical supplies.",
    ];
    let dense = synthetic_report(seed, sentences / 4 + 1);
    let mut figures = dense.lines().skip(2);
    let mut s = String::from("Floods: the toll rises\n");
    for i in 0..sentences {
        if i % 4 == 0
            && let Some(f) = figures.next()
        {
            s.push_str(f);
        } else {
            s.push_str(NARRATIVE[(seed + i) % NARRATIVE.len()]);
        }
        s.push('\n');
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

    // The same work on text with the density of real reports.
    let news: Vec<String> = (0..40).map(|i| newslike_report(i, 60)).collect();
    let news_bytes: usize = news.iter().map(String::len).sum();
    let news_docs: Vec<_> = news
        .iter()
        .enumerate()
        .filter_map(|(i, r)| ingest_bytes(&format!("n{i}.txt"), &format!("n{i}.txt"), r.as_bytes()).ok())
        .collect();
    let mut group = c.benchmark_group("newslike");
    group.throughput(Throughput::Bytes(news_bytes as u64));
    group.bench_function("analyze", |b| b.iter(|| analyze_documents(&news_docs, Vec::new()).figures.len()));
    group.bench_function("sentences", |b| {
        b.iter(|| news_docs.iter().map(|d| parallax::extract::text::sentences(&d.text).len()).sum::<usize>())
    });
    let split: Vec<_> =
        news_docs.iter().map(|d| (d.text.as_str(), parallax::extract::text::sentences(&d.text))).collect();
    group.bench_function("figures", |b| {
        b.iter(|| split.iter().map(|(t, s)| parallax::extract::figures::find_figures(t, s).len()).sum::<usize>())
    });
    group.bench_function("dates", |b| {
        b.iter(|| split.iter().map(|(t, s)| parallax::extract::dates::find_dates(t, s).len()).sum::<usize>())
    });
    group.bench_function("places", |b| {
        b.iter(|| {
            split
                .iter()
                .map(|(t, s)| {
                    let p = parallax::extract::places::find_places(t, s);
                    parallax::extract::places::find_relations(t, s, &p).len() + p.len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| news_docs.iter().map(|d| parallax::extract::extract(d).figures.len()).sum::<usize>())
    });
    // The comparison stage alone, on extractions made once.
    let extractions: Vec<_> = news_docs.iter().map(parallax::extract::extract).collect();
    let doc_refs: Vec<_> = news_docs.iter().collect();
    let ex_refs: Vec<_> = extractions.iter().collect();
    group.bench_function("compare", |b| {
        b.iter(|| parallax::pipeline::combine::combine(&doc_refs, &ex_refs, Vec::new()).figures.len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
