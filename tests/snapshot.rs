//! The bundled sample's analysis and exports, byte for byte, against files checked in beside
//! this test: a refactoring must not change what a user gets. After a deliberate change to the
//! output, regenerate them with `PARALLAX_BLESS=1 cargo test --test snapshot` and review the diff.

use std::path::PathBuf;

fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    if std::env::var_os("PARALLAX_BLESS").is_some() {
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{name} differs from the snapshot at line {}:\n  expected: {}\n  actual:   {}",
            line + 1,
            expected.lines().nth(line).unwrap_or(""),
            actual.lines().nth(line).unwrap_or("")
        );
    }
}

#[test]
fn the_samples_analysis_and_exports_are_unchanged() {
    let docs = parallax::samples::load_all();
    assert_eq!(docs.len(), parallax::samples::SAMPLES.len());
    let a = parallax::analyze_documents(&docs, Vec::new());
    assert!(a.figures.len() > 10 && !a.disagreements.is_empty(), "the sample has figures and disagreements");
    check("sample.json", &serde_json::to_string_pretty(&a).expect("json"));
    check("sample-figures.csv", &parallax::export::figures_csv(&a));
    check("sample-report.md", &parallax::export::report_markdown(&a));
    check("sample-report.csv", &parallax::export::report_csv(&a));
    let series = parallax::compare::series::topic_series(&a);
    let all: Vec<_> = series.iter().collect();
    check("sample-series.csv", &parallax::export::series_csv(&a, &all));
}
