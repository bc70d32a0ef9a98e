//! Reading reports from disk: encodings, repairs, formats, metadata, outlets, bad input.
//! Every input is written by the test itself.

use std::path::PathBuf;

use parallax::ingest::{IngestError, ingest_bytes, load_file, load_inputs};
use parallax::model::{DocumentFormat, OutletBasis};

const REPORT: &str = "Flood waters cut off the town of Bellmoor on Sunday.\n\
    At least 14 people died and 30 were rescued, the regional fire service said.\n\
    Mrs Okafor, 61, said the café on the square was “under two metres of water”.\n";

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).expect("write test file");
    p
}

#[test]
fn utf8_with_and_without_bom() {
    let d = ingest_bytes("a.txt", "a.txt", REPORT.as_bytes()).expect("utf-8 reads");
    assert_eq!(d.text, REPORT);
    assert_eq!(d.encoding, "UTF-8");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(REPORT.as_bytes());
    let d = ingest_bytes("b.txt", "b.txt", &bom).expect("utf-8 with BOM reads");
    assert_eq!(d.text, REPORT, "the BOM is not part of the text");
}

#[test]
fn utf16_with_bom_and_without() {
    for (le, with_bom) in [(true, true), (false, true), (true, false)] {
        let mut bytes = Vec::new();
        if with_bom {
            bytes.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
        }
        for unit in REPORT.encode_utf16() {
            bytes.extend_from_slice(&if le { unit.to_le_bytes() } else { unit.to_be_bytes() });
        }
        let d = ingest_bytes("u.txt", "u.txt", &bytes).unwrap_or_else(|e| panic!("utf-16 le={le} bom={with_bom}: {e}"));
        assert_eq!(d.text, REPORT, "le={le} bom={with_bom}");
        assert!(d.encoding.starts_with(if le { "UTF-16LE" } else { "UTF-16BE" }), "{}", d.encoding);
    }
}

#[test]
fn windows_1252_is_detected_not_assumed() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(REPORT);
    let d = ingest_bytes("w.txt", "w.txt", &bytes).expect("1252 reads");
    assert_eq!(d.text, REPORT);
    assert!(d.encoding.contains("windows-1252"), "{}", d.encoding);
    assert!(d.warnings.iter().any(|w| w.contains("not UTF-8")));
}

#[test]
fn utf8_with_stray_legacy_bytes_is_read_as_mixed() {
    let mut bytes = "Rescuers said “14 died” in Bellmoor. ".as_bytes().to_vec();
    bytes.extend_from_slice(b"The caf\xe9 was flooded.\n");
    let d = ingest_bytes("m.txt", "m.txt", &bytes).expect("mixed reads");
    assert!(d.text.contains("“14 died”") && d.text.contains("café"), "{}", d.text);
    assert!(d.warnings.iter().any(|w| w.contains("mixed encodings")));
}

#[test]
fn double_decoded_utf8_is_repaired() {
    // "Â" + no-break space, "â€™" and "Ã©": UTF-8 read as Windows-1252 and saved again.
    let broken = "Officials said 14 died.\u{c2}\u{a0}The mayor\u{e2}\u{20ac}\u{2122}s caf\u{c3}\u{a9} stayed open.";
    let d = ingest_bytes("x.txt", "x.txt", broken.as_bytes()).expect("reads");
    assert_eq!(d.text.trim(), "Officials said 14 died. The mayor’s café stayed open.");
    assert!(!d.text.contains('Â'));
    assert!(d.warnings.iter().any(|w| w.starts_with("repaired 3 mis-decoded")), "{:?}", d.warnings);
}

#[test]
fn legitimate_accents_are_left_alone() {
    let text = "São Paulo: Âge d'or, Ãngel and Éire were named; 3 people died.";
    let d = ingest_bytes("ok.txt", "ok.txt", text.as_bytes()).expect("reads");
    assert_eq!(d.text.trim(), text);
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
}

#[test]
fn html_article_body_and_metadata() {
    let html = r#"<!DOCTYPE html><html><head><title>Bellmoor floods: 14 dead | Valley Post</title>
        <meta property="og:site_name" content="Valley Post">
        <meta property="article:published_time" content="2024-02-11T08:30:00Z">
        <script>var tracking = "SCRIPT-TEXT";</script><style>.x{color:red}</style></head>
        <body><nav><a href="/">Home</a> <a href="/news">NAV-LINK</a></nav>
        <div class="advert">ADVERT-TEXT buy now</div>
        <article><h1>Bellmoor floods: 14 dead</h1>
        <p>Flood waters cut off the town of Bellmoor on Sunday, and the regional fire service said at least 14 people had died in the worst flooding for fifty years.</p>
        <p>Thirty people were rescued from rooftops by helicopter crews working through the night, officials said, and more than 200 homes were evacuated.</p>
        <p>The river crested at 6.2 metres on Monday morning, a record for the gauge at the old bridge, according to the environment agency.</p>
        </article><footer>FOOTER-TEXT © Valley Post</footer></body></html>"#;
    let d = ingest_bytes("/r/flood.html", "flood.html", html.as_bytes()).expect("html reads");
    assert_eq!(d.format, DocumentFormat::Html);
    assert!(d.text.contains("at least 14 people had died"));
    assert!(d.text.contains("more than 200 homes were evacuated"));
    for junk in ["SCRIPT-TEXT", "NAV-LINK", "ADVERT-TEXT", "FOOTER-TEXT", "color:red"] {
        assert!(!d.text.contains(junk), "{junk} leaked into the text: {}", d.text);
    }
    assert_eq!(d.outlet.as_deref(), Some("Valley Post"));
    assert_eq!(d.outlet_basis, OutletBasis::Metadata);
    assert_eq!(d.published.map(|d| d.to_string()).as_deref(), Some("2024-02-11"));
    assert!(d.title.as_deref().is_some_and(|t| t.contains("Bellmoor floods")));
}

#[test]
fn html_json_ld_gives_publisher_and_date() {
    let html = r#"<html><head><title>Quake</title><script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Quake kills 40 in hill towns",
         "datePublished":"2023-09-09T10:00:00+01:00","publisher":{"@type":"Organization","name":"Reuters"}}
        </script></head><body><article>
        <p>An earthquake of magnitude 6.8 struck the hill towns before dawn on Saturday, killing at least 40 people and injuring hundreds more, officials said.</p>
        <p>Rescue workers searched collapsed houses through the day as aftershocks shook the region, and the army sent field hospitals to the worst-hit villages.</p>
        </article></body></html>"#;
    let d = ingest_bytes("q.html", "q.html", html.as_bytes()).expect("reads");
    assert_eq!(d.published.map(|d| d.to_string()).as_deref(), Some("2023-09-09"));
    assert_eq!(d.outlet.as_deref(), Some("Reuters"));
}

#[test]
fn markdown_is_reduced_to_text() {
    let md = "# Ferry sinks off Kesra\n\n*By the Harbour Times*\n\nAt least **12 passengers** drowned, [officials](https://x.org) said.\n\n- 40 rescued\n- 3 missing\n\n![photo](p.jpg)\n";
    let d = ingest_bytes("f.md", "f.md", md.as_bytes()).expect("md reads");
    assert_eq!(d.format, DocumentFormat::Markdown);
    assert_eq!(d.title.as_deref(), Some("Ferry sinks off Kesra"));
    assert!(d.text.contains("At least 12 passengers drowned, officials said."), "{}", d.text);
    assert!(d.text.contains("- 40 rescued\n- 3 missing"), "{}", d.text);
    assert!(!d.text.contains("**") && !d.text.contains("](") && !d.text.contains("p.jpg"));
}

#[test]
fn outlet_from_text_cues_and_file_name() {
    let text = "Gunmen stormed a hotel on Friday, killing 9 people.\n\
                \"We hid in the kitchen,\" a guest told the Associated Press.\n\
                CNN's Maria Lopez and Sam Hill contributed to this report.\n";
    let d = ingest_bytes("h.txt", "h.txt", text.as_bytes()).expect("reads");
    assert_eq!(d.outlet.as_deref(), Some("CNN"));
    assert_eq!(d.outlet_basis, OutletBasis::Text);
    let d = ingest_bytes("x", "guardian_hotel_attack.txt", b"Gunmen stormed a hotel.").expect("reads");
    assert_eq!(d.outlet.as_deref(), Some("The Guardian"));
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(ingest_bytes("e", "e.txt", b""), Err(IngestError::Empty));
    assert_eq!(ingest_bytes("b", "b.txt", b"   \n\t\n"), Err(IngestError::Blank));
    // Pseudo-random bytes (a fixed LCG, so the test is repeatable).
    let mut x: u32 = 12345;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect();
    assert!(matches!(ingest_bytes("n", "noise.txt", &noise), Err(IngestError::Binary(_))));
    assert!(matches!(ingest_bytes("p", "x.pdf", b"%PDF-1.7 ..."), Err(IngestError::Binary(m)) if m.contains("PDF")));
    assert!(matches!(ingest_bytes("z", "x.txt", b"PK\x03\x04rest"), Err(IngestError::Binary(_))));
    let missing = dir.path().join("nope.txt");
    assert_eq!(load_file(&missing), Err(IngestError::NotFound));
    assert!(matches!(load_file(dir.path()), Err(IngestError::Io(_))));
    let huge = dir.path().join("huge.txt");
    std::fs::File::create(&huge).and_then(|f| f.set_len(21 * 1024 * 1024)).expect("sparse file");
    assert!(matches!(load_file(&huge), Err(IngestError::TooLarge { limit_mb: 20, .. })));
    let bad = write(&dir, "bad.txt", &[0xff, 0xfe, 0x00, 0xd8, 0x41]); // UTF-16 BOM, broken surrogate
    assert!(load_file(&bad).is_ok() || load_file(&bad).is_err()); // must not panic
}

#[test]
fn a_batch_keeps_going_past_bad_files_and_expands_folders() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("reports");
    std::fs::create_dir_all(sub.join("nested")).expect("mkdir");
    std::fs::write(sub.join("a.txt"), REPORT).expect("w");
    std::fs::write(sub.join("nested/b.md"), "# B\n\nTwo people were hurt.\n").expect("w");
    std::fs::write(sub.join("image.png"), b"\x89PNG....").expect("w"); // not a report ending: skipped in folders
    std::fs::write(sub.join(".hidden.txt"), "x").expect("w");
    let empty = write(&dir, "empty.txt", b"");
    let empty_dir = dir.path().join("nothing");
    std::fs::create_dir(&empty_dir).expect("mkdir");
    let (docs, errors) = load_inputs(&[sub.clone(), empty.clone(), empty_dir.clone(), dir.path().join("gone.txt")]);
    let names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["a.txt", "b.md"]);
    let reasons: Vec<(String, String)> = errors.iter().map(|e| (e.path.clone(), e.error.clone())).collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(reasons.iter().any(|(p, e)| p.ends_with("empty.txt") && e.contains("empty")));
    assert!(reasons.iter().any(|(p, e)| p.ends_with("nothing") && e.contains("no reports")));
    assert!(reasons.iter().any(|(p, e)| p.ends_with("gone.txt") && e.contains("no such file")));
}

#[test]
fn bundled_samples_read_cleanly_with_outlets_and_dates() {
    let docs = parallax::samples::load_all();
    assert_eq!(docs.len(), parallax::samples::SAMPLES.len());
    let outlets: Vec<&str> = docs.iter().map(|d| d.outlet.as_deref().unwrap_or("?")).collect();
    assert_eq!(outlets, ["Andes Courier", "The Morning Ledger", "Pacific Broadcast News"]);
    let dates: Vec<String> = docs.iter().map(|d| d.published.map_or_else(|| "?".into(), |d| d.to_string())).collect();
    assert_eq!(dates, ["2025-03-12", "2025-03-13", "2025-03-14"]);
    let html = &docs[2];
    assert!(html.text.contains("Peru’s mining ministry"), "windows-1252 page decoded: {}", html.text);
    assert!(!html.text.contains("Most read") && !html.text.contains("Advertisement"));
}
