//! Inputs a user can meet that have broken readers like ours: each must give a clean result
//! or a clear error for that file alone, never a panic, a hang or a wrapped number. The same
//! inputs through the library (the window's path) and through `parallax analyze`. The
//! fuzzer's finds are replayed from `tests/bad_inputs/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

mod common;

fn analyze(paths: &[&Path]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax")).arg("analyze").args(paths).output().expect("parallax runs");
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code().unwrap_or(-1), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn values(json: &Value, outcomes: &[&str]) -> Vec<u64> {
    let mut v: Vec<u64> = json["figures"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| outcomes.contains(&f["outcome"].as_str().unwrap_or("")))
        .filter_map(|f| f["value"].as_u64())
        .collect();
    v.sort_unstable();
    v
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p
}

#[test]
fn accented_place_names_beside_a_distance_read_right() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "accents.txt",
        "The mine lies 40km south of the capital, Lima, Perú. At least 12 miners were killed on Tuesday.\n\
         Rescuers reached São Paulo, 25 km north-east of Guarulhos. Four people were injured.\n\
         The dam is 30 km west of the city, Łódź. The camp is 5 km east of the town, Ñuñoa, officials said.\n",
    );
    let (code, json, err) = analyze(&[&p]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(values(&json, &["killed", "injured"]), vec![4, 12]);
    let objects: Vec<&str> =
        json["relations"].as_array().unwrap().iter().filter_map(|r| r["object"].as_str()).collect();
    assert!(objects.contains(&"Lima"), "{objects:?}");
    assert!(objects.contains(&"Łódź"), "{objects:?}");
    assert!(json["errors"].as_array().unwrap().is_empty());
}

#[test]
fn numbers_too_large_to_be_counts_are_not_read_as_counts() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "overflow.txt",
        "Ninety billion billion billion trillion people were killed, officials claimed.\n\
         Then 99999999999999999999999 people were injured. Later 7 people were injured.\n",
    );
    let (code, json, err) = analyze(&[&p]);
    assert_eq!(code, 0, "{err}");
    let all = values(&json, &["killed", "injured", "total", "missing"]);
    assert!(all.iter().all(|v| *v < 1_000_000_000_000), "{all:?}");
    assert!(all.contains(&7), "{all:?}");
}

#[test]
fn one_sentence_of_thousands_of_clauses_is_read_in_bounded_pieces() {
    let dir = tempfile::tempdir().unwrap();
    let list: Vec<String> = (1..4000).map(|i| format!("{i} people were killed")).collect();
    let p = write(dir.path(), "list.txt", format!("Officials said {}.\n", list.join(", ")));
    let (code, json, err) = analyze(&[&p]);
    assert_eq!(code, 0, "{err}");
    let figures = json["figures"].as_array().unwrap();
    assert!(figures.len() > 3000, "{}", figures.len());
    // Each figure carries a sentence of bounded length, not the whole 100 KB list.
    assert!(figures.iter().all(|f| f["sentence"].as_str().unwrap().len() <= 1200));
}

#[test]
fn deeply_nested_pages_keep_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "nested.html",
        format!(
            "<html><head><title>Blast</title></head><body>{}<p>At least 3 people were killed in the blast on Monday, \
             police said. The fire spread to two nearby buildings before crews arrived.</p>{}</body></html>",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        ),
    );
    let (code, json, err) = analyze(&[&p]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(values(&json, &["killed"]), vec![3]);
}

#[test]
fn a_script_in_a_page_is_never_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let body = "<p>At least 9 people were injured when the roof fell on Friday, the fire service said. \
                Crews searched the hall through the night and found no one else inside.</p>";
    let p = write(
        dir.path(),
        "script.html",
        format!(
            "<html><body><article>{body}<script>document.write('500 people were killed'); alert(1)</script>\
             <div><div><script>var s = '<p>200 people died</p>';</script></div></div>{body}</article></body></html>"
        ),
    );
    let (code, json, err) = analyze(&[&p]);
    assert_eq!(code, 0, "{err}");
    assert!(values(&json, &["killed"]).is_empty(), "{json}");
    let text = serde_json::to_string(&json).unwrap();
    assert!(!text.contains("alert(1)") && !text.contains("document.write"));
}

#[test]
fn random_bytes_empty_files_and_odd_encodings_give_results_or_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let random = common::noise(20_000);
    let text = "At least 14 people were killed on Sunday, officials said.\n";
    let utf16 = |big: bool, bom: bool| -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big { [0xFE, 0xFF] } else { [0xFF, 0xFE] });
        }
        for u in text.encode_utf16() {
            out.extend(if big { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        out
    };
    let mut mixed = "Café owners said 6 people were injured in São Tomé.\n".as_bytes().to_vec();
    mixed.extend(b"Witnesses in Bogot\xe1 said 2 people were killed.\n");
    let files = [
        write(d, "random.txt", &random),
        write(d, "empty.txt", b""),
        write(d, "blank.txt", b" \n\n\t \n"),
        write(d, "le-bom.txt", utf16(false, true)),
        write(d, "be-bom.txt", utf16(true, true)),
        write(d, "le.txt", utf16(false, false)),
        write(d, "be.txt", utf16(true, false)),
        write(d, "mixed.txt", &mixed),
        write(d, "random.html", &random),
        write(d, "random.md", &random),
    ];
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (code, json, err) = analyze(&refs);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let errors: Vec<String> =
        json["errors"].as_array().unwrap().iter().map(|e| e["path"].as_str().unwrap().to_string()).collect();
    for bad in ["empty.txt", "blank.txt"] {
        assert!(errors.iter().any(|p| p.ends_with(bad)), "{bad} listed as an error: {errors:?}");
    }
    for doc in json["documents"].as_array().unwrap() {
        let path = doc["path"].as_str().unwrap();
        let n = json["figures"].as_array().unwrap().iter().filter(|f| f["doc"] == doc["id"]).count();
        if ["le-bom.txt", "be-bom.txt", "le.txt", "be.txt"].iter().any(|e| path.ends_with(e)) {
            assert!(n >= 1, "{path}: the UTF-16 report is read");
        }
    }
    for utf16_name in ["le-bom.txt", "be-bom.txt", "le.txt", "be.txt", "mixed.txt"] {
        assert!(!errors.iter().any(|p| p.ends_with(utf16_name)), "{utf16_name} reads: {errors:?}");
    }
    let killed = values(&json, &["killed"]);
    assert!(killed.iter().filter(|v| **v == 14).count() >= 4, "{killed:?}");
    assert!(killed.contains(&2), "mixed encodings: {killed:?}");
}

#[test]
fn a_folder_of_ten_thousand_files_a_link_loop_and_odd_names() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("many");
    std::fs::create_dir(&d).unwrap();
    for i in 0..10_000 {
        write(&d, &format!("r{i:05}.txt"), format!("Report {i}: {} people were injured on Monday.\n", i % 50 + 1));
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::os::unix::fs::symlink(&d, d.join("loop")).unwrap();
        std::os::unix::fs::symlink(dir.path(), d.join("up")).unwrap();
        let odd = std::ffi::OsStr::from_bytes(b"caf\xe9-report.txt");
        std::fs::write(d.join(odd), "At least 5 people were killed on Monday.\n").unwrap();
    }
    let (code, json, err) = analyze(&[&d]);
    assert_eq!(code, 0, "{err}");
    let docs = json["documents"].as_array().unwrap().len();
    // Every file once: the loops are not walked again.
    assert_eq!(docs, if cfg!(unix) { 10_001 } else { 10_000 });
    #[cfg(unix)]
    assert!(json["documents"].as_array().unwrap().iter().any(|d| d["path"].as_str().unwrap().contains("caf")));
}

#[test]
fn a_file_that_vanishes_or_cannot_be_read_is_an_error_for_that_file() {
    let dir = tempfile::tempdir().unwrap();
    let ok = write(dir.path(), "ok.txt", "At least 3 people were killed on Monday.\n");
    let gone = dir.path().join("gone.txt");
    let folder_as_file = dir.path().join("sub.txt");
    std::fs::create_dir(&folder_as_file).unwrap();
    let (code, json, _) = analyze(&[&ok, &gone, &folder_as_file]);
    assert_eq!(code, 0);
    assert_eq!(json["documents"].as_array().unwrap().len(), 1);
    let errors = json["errors"].as_array().unwrap();
    assert!(errors.iter().any(|e| e["path"].as_str().unwrap().ends_with("gone.txt")));
    // A file listed in a folder and deleted before it is read: through the library, as the
    // window reads a folder (listing first, then file by file).
    let listed = dir.path().join("later");
    std::fs::create_dir(&listed).unwrap();
    let a = write(&listed, "a.txt", "Two people were injured.\n");
    let (files, errs) = parallax::ingest::expand_paths(std::slice::from_ref(&listed));
    assert!(errs.is_empty() && files == vec![a.clone()]);
    std::fs::remove_file(&a).unwrap();
    let err = parallax::ingest::load_file(&files[0]).unwrap_err();
    assert_eq!(err, parallax::IngestError::NotFound);
}

#[test]
fn inputs_that_once_broke_the_reader_are_read_without_a_fault() {
    // Files found by the fuzzer (tests/fuzz), each replayed through the same path.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_inputs");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/bad_inputs") {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let result = std::panic::catch_unwind(|| parallax::pipeline::read_and_analyze(&bytes));
        assert!(result.is_ok(), "{} panics", path.display());
        n += 1;
    }
    assert!(n >= 1);
}

#[test]
fn deep_markdown_and_unclosed_tags_are_read_without_running_out_of_stack() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let sentence = "At least 3 people were killed in the blast, police said on Monday, as rescuers searched \
                    the ruins of the market through the night and into the next day.";
    let files = [
        write(d, "quotes.md", format!("{} {sentence}\n", ">".repeat(100_000))),
        write(d, "list.md", (0..3000).map(|i| format!("{}- item\n", "  ".repeat(i))).collect::<String>() + sentence),
        write(d, "brackets.md", format!("{}{sentence}{}\n", "[".repeat(50_000), "]".repeat(50_000))),
        write(d, "unclosed.html", format!("<html><body>{}{sentence}</body></html>", "<div><span><p>".repeat(30_000))),
        write(
            d,
            "bold.html",
            format!("<html><body><p>{}{sentence}{}</p></body></html>", "<b>".repeat(50_000), "</b>".repeat(50_000)),
        ),
    ];
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (code, json, err) = analyze(&refs);
    assert_eq!(code, 0, "{err}");
    assert!(json["errors"].as_array().unwrap().is_empty(), "{}", json["errors"]);
    // Each report's one count is read.
    assert_eq!(values(&json, &["killed"]), vec![3; 5]);
}
