//! Prints the figures Parallax reads in a sentence or two: `cargo run --example probe -- "TEXT"`.

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let doc = parallax::ingest::ingest_bytes("probe.txt", "probe.txt", text.as_bytes()).expect("text");
    let a = parallax::analyze_documents(&[doc], vec![]);
    for f in &a.figures {
        println!(
            "{:>5} {:<16} {:<10} {:<16} {:<10} as_of={:?} by={:?} | {}",
            f.value,
            f.outcome,
            f.who,
            f.nationality.clone().unwrap_or_default(),
            f.approx,
            f.as_of,
            f.by,
            f.text
        );
    }
}
