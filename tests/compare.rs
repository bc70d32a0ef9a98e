//! Disagreements across reports written for these tests.

use parallax::analysis::Analysis;
use parallax::ingest::ingest_bytes;

fn analyze(texts: &[(&str, &str)]) -> Analysis {
    let docs: Vec<_> = texts.iter().map(|(n, t)| ingest_bytes(n, n, t.as_bytes()).expect("reads")).collect();
    parallax::analyze_documents(&docs, Vec::new())
}

fn kinds(a: &Analysis) -> Vec<(String, String)> {
    a.disagreements.iter().map(|d| (d.kind.clone(), d.topic.clone())).collect()
}

#[test]
fn conflict_update_and_claim_across_three_reports() {
    let gazette = "Valley Gazette\nPublished: 12 May 2022\n\
        On Tuesday officials said 9 people had died and 4 Norwegian climbers were missing.\n\
        By Wednesday the death toll had risen to 14, the civil protection agency said.\n\
        The Valley Gazette's Ana Roth contributed to this report.\n";
    let herald = "Mountain Herald\nPublished: 12 May 2022\n\
        By Wednesday 14 people had died, the civil protection agency said, and 6 Norwegian climbers were missing.\n\
        The rebels claimed 40 people died.\n\
        The Mountain Herald's Olaf Berg contributed to this report.\n";
    let a = analyze(&[("gazette.txt", gazette), ("herald.txt", herald)]);
    let k = kinds(&a);
    assert!(k.contains(&("update".into(), "people killed".into())), "{k:?}");
    assert!(k.contains(&("claim".into(), "people killed".into())), "{k:?}");
    // 4 missing on Tuesday (Gazette) and 6 on Wednesday (Herald): an update, not a conflict.
    assert!(k.contains(&("update".into(), "Norwegian missing".into())), "{k:?}");
    assert!(!k.iter().any(|(kind, _)| kind == "conflict"), "{k:?}");
    let claim = a.disagreements.iter().find(|d| d.kind == "claim").expect("claim");
    assert!(claim.summary.contains("40") && claim.summary.contains("14"), "{}", claim.summary);
    // Conflicts come first: none here, so claims lead.
    assert_eq!(a.disagreements[0].kind, "claim");
}

#[test]
fn same_day_different_values_conflict_and_qualifiers_soften() {
    let one = "Published: 3 June 2023\nOn Saturday 10 Japanese workers remained missing, officials said.\nAt least 20 people were killed on Saturday.\n";
    let two = "Published: 3 June 2023\nThere are 14 Japanese unaccounted for, officials said on Saturday.\nOn Saturday 25 people were killed.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let japanese = a.disagreements.iter().find(|d| d.topic == "Japanese missing").expect("Japanese conflict");
    assert_eq!(japanese.kind, "conflict");
    assert!(japanese.summary.contains("10") && japanese.summary.contains("14"));
    assert!(!japanese.summary.contains("room"), "exact values: a hard conflict");
    // Every figure says how it compares: the two Japanese counts conflict, the tolls agree.
    for f in &a.figures {
        let expected = if f.nationality.as_deref() == Some("Japan") { "conflict" } else { "agree" };
        assert_eq!(f.status, expected, "{} {}", f.value, f.text);
    }
    // "at least 20" and "25" can both be true: no conflict.
    assert!(!a.disagreements.iter().any(|d| d.topic == "people killed" && d.kind == "conflict"));
}

#[test]
fn reports_that_give_the_same_parts_do_not_conflict() {
    // Both give the toll and a part of it (the last raid) for the same day.
    let one =
        "Published: 20 January 2013\nOn Saturday 23 hostages were killed in all; the last raid killed 7 hostages.\n";
    let two = "Published: 20 January 2013\nThe final raid on Saturday killed 7 hostages, and 23 hostages were killed in total.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

#[test]
fn exports_for_an_editor() {
    let one = "Published: 3 June 2023\nOn Saturday 10 Japanese workers remained missing, officials said.\n";
    let two = "Published: 3 June 2023\nThere are 14 Japanese unaccounted for, officials said on Saturday.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let md = parallax::compare::to_markdown(&a.disagreements);
    assert!(md.starts_with("# Where the reports disagree"));
    assert!(md.contains("## Conflicts") && md.contains("- **Japanese missing**:"), "{md}");
    assert!(!md.contains("## Claims"), "empty sections are left out");
    let csv = parallax::compare::to_csv(&a.disagreements);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,kind,topic,summary,figures"));
    let row = lines.next().expect("a row");
    assert!(row.starts_with("g1,conflict,Japanese missing,\""), "{row}");
    assert_eq!(
        parallax::compare::to_markdown(&[]).trim_end().lines().last(),
        Some("The reports agree on every figure they share.")
    );
}
