//! The layering of the library, checked over the source: every module imports only from
//! layers below its own (so there is no cycle), as `ARCHITECTURE.md` draws it. A new module
//! must be given its layer here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Layers from the bottom; a module may use modules of lower layers only.
const LAYERS: &[&[&str]] = &[
    &["model", "calendar", "guard", "store", "tables"],
    &["ingest", "extract"],
    &["compare"],
    &["pipeline"],
    &["index", "geo", "export", "samples", "desktop"],
    &["cli", "app"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level modules a piece of code names through `crate::`, `crate::{a, b::c}` included.
fn crate_references(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The first segment of each path in the group, at brace depth zero.
            let mut depth = 0;
            let mut segment_start = true;
            let mut name = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => segment_start = true,
                    c if segment_start && (c.is_alphanumeric() || c == '_') => name.push(c),
                    _ if segment_start && !name.is_empty() => {
                        out.insert(std::mem::take(&mut name));
                        segment_start = false;
                    }
                    _ => {}
                }
            }
            if !name.is_empty() {
                out.insert(name);
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

/// The code of a file without its comments (doc links may name any module).
fn without_comments(text: &str) -> String {
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_module_imports_only_from_layers_below_it() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let first = rel.components().next().expect("a component").as_os_str().to_string_lossy().to_string();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        let Some(own) = layer_of(&module) else {
            wrong.push(format!("{}: module `{module}` has no layer in tests/layers.rs", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable");
        for dep in crate_references(&without_comments(&text)) {
            if dep == module {
                continue;
            }
            match layer_of(&dep) {
                Some(l) if l < own => {}
                Some(l) => wrong.push(format!(
                    "{}: `{module}` (layer {own}) uses `{dep}` (layer {l}); only lower layers may be used",
                    rel.display()
                )),
                None => wrong.push(format!("{}: uses `{dep}`, which has no layer", rel.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layering:\n{}", wrong.join("\n"));
}

#[test]
fn references_in_use_groups_are_read() {
    let refs = crate_references("use crate::{model::{A, B}, extract::text};\nlet x = crate::geo::f();");
    assert_eq!(refs.into_iter().collect::<Vec<_>>(), ["extract", "geo", "model"]);
}
