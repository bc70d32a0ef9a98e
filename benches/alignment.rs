//! Alignment of 100,000 synthetic figures into topics and disagreements (`cargo bench`).

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::compare::disagreements;
use parallax::model::DocumentInfo;
use parallax::model::Figure;
use parallax::model::{Approx, Day, DocumentFormat, Outcome, OutletBasis, Status};

// The app's allocator (see src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn figures(n: usize, docs: usize) -> Vec<Figure> {
    const OUTCOMES: [Outcome; 5] =
        [Outcome::Killed, Outcome::Injured, Outcome::Missing, Outcome::Freed, Outcome::Evacuated];
    const WHO: [&str; 5] = ["people", "hostages", "workers", "soldiers", "civilians"];
    const NATS: [Option<&str>; 4] = [None, Some("Japan"), Some("Norway"), Some("foreign")];
    (0..n)
        .map(|i| {
            let topic = i % 97;
            let day = 10 + (i / 7) % 9;
            let value = 10 + (topic as u64 * 3) + (day as u64 % 4) + if i % 53 == 0 { 5 } else { 0 };
            Figure {
                id: format!("f{}", i + 1),
                doc: format!("d{}", i % docs + 1),
                value,
                low: Some(value),
                high: Some(value),
                approx: if i % 11 == 0 { Approx::AtLeast } else { Approx::Exact },
                outcome: OUTCOMES[topic % 5],
                who: WHO[(topic / 5) % 5].into(),
                nationality: NATS[(topic / 25) % 4].map(String::from),
                org: None,
                as_of: Some(Day { year: None, month: 3, day: day as i8 }),
                as_of_basis: None,
                by: None,
                text: String::new(),
                sentence: String::new(),
                start: 0,
                end: 0,
                claim: i % 401 == 0,
                part_of: None,
                vague: false,
                implicit: false,
                background: false,
                span: Default::default(),
                time: None,
                status: Status::Unset,
            }
        })
        .collect()
}

fn documents(n: usize) -> Vec<DocumentInfo> {
    (0..n)
        .map(|i| DocumentInfo {
            id: format!("d{}", i + 1),
            path: format!("r{i}.txt"),
            outlet: Some(format!("Outlet {i}")),
            outlet_basis: OutletBasis::Text,
            title: None,
            published: None,
            published_basis: None,
            format: DocumentFormat::Text,
            encoding: "UTF-8".into(),
            chars: 0,
            figures: 0,
            warnings: Vec::new(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let figs = figures(100_000, 500);
    let docs = documents(500);
    let mut group = c.benchmark_group("alignment");
    group.sample_size(10);
    group.bench_function("100k figures, 500 reports", |b| b.iter(|| disagreements(&figs, &docs).len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
