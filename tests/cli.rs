//! `parallax analyze` end to end: JSON shape, errors array, exit codes, CSV, help.

use std::process::Command;

use serde_json::Value;

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

fn analyze_json(args: &[&std::ffi::OsStr]) -> (i32, Value, String) {
    let out = parallax().arg("analyze").arg("--format").arg("json").args(args).output().expect("runs");
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn json_has_the_schema_fields_and_real_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("harbour-times.txt");
    std::fs::write(
        &a,
        "Ferry capsizes off Kesra\nPublished: 2 May 2022\nAt least 12 passengers drowned on Monday.\n\
         The Harbour Times's Ina Berg contributed to this report.\n",
    )
    .expect("w");
    let (code, json, _) = analyze_json(&[a.as_os_str()]);
    assert_eq!(code, 0);
    assert_eq!(json["schema"], "parallax.analysis/1");
    for key in ["documents", "errors", "figures", "disagreements", "places", "relations", "timeline"] {
        assert!(json[key].is_array(), "{key} is an array");
    }
    let doc = &json["documents"][0];
    assert_eq!(doc["id"], "d1");
    assert_eq!(doc["outlet"], "The Harbour Times");
    assert_eq!(doc["published"], "2022-05-02");
    assert!(doc["path"].as_str().is_some_and(|p| p.ends_with("harbour-times.txt")));
    assert!(doc["chars"].as_u64().is_some_and(|c| c > 50));
}

#[test]
fn unreadable_inputs_are_listed_and_the_rest_is_analysed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Two climbers died on the north face on Tuesday.\n").expect("w");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").expect("w");
    let binary = dir.path().join("noise.bin");
    std::fs::write(&binary, (0..2048u32).map(|i| (i * 7919 % 251) as u8).collect::<Vec<_>>()).expect("w");
    let bad_utf8 = dir.path().join("bad-utf8.txt");
    std::fs::write(&bad_utf8, b"Caf\xe9 owner \xff\xfe said 3 people were hurt.\n").expect("w");
    let utf16 = dir.path().join("utf16.txt");
    let mut u = vec![0xFF, 0xFE];
    for unit in "Five miners were rescued.\n".encode_utf16() {
        u.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(&utf16, u).expect("w");
    let missing = dir.path().join("missing.txt");
    let sub = dir.path().join("a-folder");
    std::fs::create_dir(&sub).expect("mkdir");
    let args = [&good, &empty, &binary, &bad_utf8, &utf16, &missing, &sub].map(|p| p.as_os_str());
    let (code, json, _) = analyze_json(&args);
    assert_eq!(code, 0, "one report was read, so the command succeeds");
    let docs: Vec<&str> =
        json["documents"].as_array().expect("docs").iter().filter_map(|d| d["path"].as_str()).collect();
    assert_eq!(docs.len(), 3, "good, bad-utf8 and utf16 are read: {docs:?}");
    let errors = json["errors"].as_array().expect("errors");
    let reason = |name: &str| {
        errors
            .iter()
            .find(|e| e["path"].as_str().is_some_and(|p| p.ends_with(name)))
            .and_then(|e| e["error"].as_str())
            .unwrap_or("<none>")
            .to_string()
    };
    assert!(reason("empty.txt").contains("empty"));
    assert!(reason("noise.bin").contains("binary"));
    assert!(reason("missing.txt").contains("no such file"));
    assert!(reason("a-folder").contains("no reports"));
    let bad = json["documents"]
        .as_array()
        .expect("docs")
        .iter()
        .find(|d| d["path"].as_str().is_some_and(|p| p.ends_with("bad-utf8.txt")))
        .expect("bad utf-8 read");
    assert!(!bad["warnings"].as_array().expect("warnings").is_empty(), "the decoding is reported");
}

#[test]
fn exit_2_when_nothing_could_be_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").expect("w");
    let (code, json, stderr) = analyze_json(&[empty.as_os_str(), dir.path().join("nope.html").as_os_str()]);
    assert_eq!(code, 2);
    assert_eq!(json["errors"].as_array().map(Vec::len), Some(2));
    assert!(stderr.contains("no report could be read"));
}

#[test]
fn csv_has_a_header_and_help_documents_the_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "A bridge collapsed; 4 people died.\n").expect("w");
    let out = parallax().args(["analyze", "--format", "csv"]).arg(&a).output().expect("runs");
    assert!(out.status.success());
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.starts_with("figure,doc,outlet,value,low,high,approx,outcome,who,nationality"));
    let help = parallax().args(["analyze", "--help"]).output().expect("runs");
    let help = String::from_utf8_lossy(&help.stdout);
    for word in ["--format", "json", "csv", "Exit status", "errors"] {
        assert!(help.contains(word), "help mentions {word}");
    }
    let top = parallax().arg("--help").output().expect("runs");
    let top = String::from_utf8_lossy(&top.stdout);
    assert!(top.contains("analyze") && top.contains("--install-desktop"));
}

#[test]
fn install_desktop_writes_entry_and_icon_under_xdg_data_home() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = parallax().arg("--install-desktop").env("XDG_DATA_HOME", dir.path()).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let entry = std::fs::read_to_string(dir.path().join("applications/parallax.desktop")).expect("entry written");
    assert!(entry.contains("MimeType=text/plain;text/html;application/xhtml+xml;text/markdown;"));
    assert!(entry.lines().any(|l| l.starts_with("Exec=\"") && l.ends_with("\" %F")));
    assert!(dir.path().join("icons/hicolor/256x256/apps/parallax.png").exists());
}

#[test]
fn in_amenas_outlets_when_the_shared_corpus_is_present() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/in-amenas");
    if !corpus.exists() {
        eprintln!("skipped: {} is not here", corpus.display());
        return;
    }
    let mut files: Vec<_> = std::fs::read_dir(&corpus).expect("dir").filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let args: Vec<&std::ffi::OsStr> = files.iter().map(|p| p.as_os_str()).collect();
    let (code, json, _) = analyze_json(&args);
    assert_eq!(code, 0);
    let outlets: Vec<&str> =
        json["documents"].as_array().expect("docs").iter().filter_map(|d| d["outlet"].as_str()).collect();
    assert_eq!(outlets, ["BBC", "The Telegraph", "CNN"]);
    assert!(!json.to_string().contains('Â'), "mojibake repaired");
}

#[test]
fn json_lists_quotes_names_and_site_parts_of_the_bundled_sample() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let (code, json, _) = analyze_json(&[dir.as_os_str()]);
    assert_eq!(code, 0);
    let quotes = json["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0]["speaker"], "Hernán Valdivia");
    let names = json["names"].as_array().expect("names");
    let spellings: Vec<&str> =
        names[0]["variants"].as_array().expect("variants").iter().filter_map(|v| v["text"].as_str()).collect();
    assert_eq!(spellings, ["Hernán Valdivia", "Hernan Valdivia"]);
    let parts: Vec<&str> =
        json["site_parts"].as_array().expect("site parts").iter().filter_map(|p| p["name"].as_str()).collect();
    assert!(parts.contains(&"tunnel") && parts.contains(&"second shaft"), "{parts:?}");
    // A conflict says how strong it is.
    let conflict = json["disagreements"].as_array().and_then(|d| d.iter().find(|d| d["kind"] == "conflict").cloned());
    assert_eq!(conflict.expect("a conflict")["strength"], "hard");
}

/// `--published PATH=DAY` gives the day of a report whose text has none: its weekdays are
/// read against it, and the document says where the day came from.
#[test]
fn a_publication_day_given_on_the_command_line_anchors_the_weekdays() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = dir.path().join("flood.txt");
    std::fs::write(
        &report,
        "Flood in the valley\n\nFive people were killed when the river burst its banks on Tuesday, police said.\n",
    )
    .expect("write");
    let given = format!("{}=2024-03-14", report.display());
    let (code, json, err) = analyze_json(&["--published".as_ref(), given.as_ref(), report.as_os_str()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(json["documents"][0]["published"], "2024-03-14");
    assert_eq!(json["documents"][0]["published_basis"], "given by the user");
    let killed = json["figures"].as_array().expect("figures").iter().find(|f| f["value"] == 5).expect("five killed");
    // Thursday 14 March 2024: the Tuesday before is the 12th.
    assert_eq!(killed["as_of"], "2024-03-12");
    // A day that is not one is refused with a message, before anything is read.
    let out = parallax()
        .args(["analyze", "--published"])
        .arg(format!("{}=2024-13-14", report.display()))
        .arg(&report)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}
