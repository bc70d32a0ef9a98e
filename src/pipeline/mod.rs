//! All documents → [`Analysis`]: each report is read on its own (in parallel, under a net
//! that turns a panic into an error for that report), then the cross-report step compares
//! what they say. [`Pipeline`] keeps each report's reading, so that adding or removing one
//! report re-reads none of the others: only the comparison runs again.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};

pub mod combine;

use crate::extract::{self, DocExtraction};
use crate::guard;
use crate::ingest;
use crate::model::{Analysis, LoadError};
use crate::model::{Day, Document};
use combine::combine;

/// A report's reading, or why it failed.
type Reading = Result<Arc<DocExtraction>, String>;

/// Reads one document; a panic becomes the reason it could not be read.
pub fn extract_guarded(doc: &Document) -> Result<DocExtraction, String> {
    guard::catch(|| extract::extract(doc))
}

/// Reads every document and compares them; a document whose reading failed is left out and
/// listed under `errors`.
pub fn analyze_documents(docs: &[Document], errors: Vec<LoadError>) -> Analysis {
    analyze_with(docs, errors, extract::extract)
}

/// Files and folders → [`Analysis`], the path of `parallax analyze`: all files are loaded on
/// the pool while the word lists and patterns are built on another thread, then read on the
/// pool. (Reading each file as soon as it was loaded cost some 10 % more CPU, measured with the
/// gazetteer compiled in.)
pub fn analyze_paths(paths: &[PathBuf], known: &KnownDays) -> Analysis {
    let warm = std::thread::spawn(warm_up);
    let (docs, errors) = ingest::load_each(paths, |path, mut doc| {
        known.apply(path, &mut doc);
        doc
    });
    let _ = warm.join();
    let refs: Vec<&Document> = docs.iter().collect();
    let results = extract_all(&refs, |d| extract_guarded(d).map(Arc::new));
    finish(&refs, results, errors)
}

/// Publication days the user gives for reports whose text does not carry one
/// (`--published PATH=YYYY-MM-DD`), matched by the path as given or by the file it names.
#[derive(Debug, Default)]
pub struct KnownDays {
    days: Vec<(PathBuf, Option<PathBuf>, Day)>,
}

impl KnownDays {
    pub fn new(given: &[(PathBuf, Day)]) -> KnownDays {
        // Canonical paths once per given day, so that "./a.txt" finds "dir/../a.txt".
        let days = given.iter().map(|(p, d)| (p.clone(), std::fs::canonicalize(p).ok(), *d)).collect();
        KnownDays { days }
    }

    /// Sets the day of `doc`, read from `path`, when one was given for it.
    pub fn apply(&self, path: &std::path::Path, doc: &mut Document) {
        if self.days.is_empty() {
            return;
        }
        let canonical = std::fs::canonicalize(path).ok();
        let found = self.days.iter().rev().find(|(p, c, _)| p == path || (c.is_some() && *c == canonical));
        if let Some((_, _, day)) = found {
            doc.published = Some(*day);
            doc.published_basis = Some("given by the user".into());
        }
    }
}

/// Builds the tables that reading needs (lexicon, word tags, patterns) by reading a short
/// report, so that the first real reports do not wait for them one after another.
pub fn warm_up() {
    let _ = guard::catch(|| {
        if let Ok(doc) = ingest::ingest_bytes("warm-up.txt", "warm-up.txt", BESIDE.as_bytes()) {
            extract::extract(&doc);
        }
    });
}

/// [`analyze_documents`] with the reading of one document given.
fn analyze_with(
    docs: &[Document],
    errors: Vec<LoadError>,
    read: impl Fn(&Document) -> DocExtraction + Sync,
) -> Analysis {
    let refs: Vec<&Document> = docs.iter().collect();
    let results = extract_all(&refs, |d| guard::catch(|| read(d)).map(Arc::new));
    finish(&refs, results, errors)
}

/// Extraction of each document, in input order: in parallel when there are several and more
/// than one thread (handing one report to a pool thread only adds the hand-over).
fn extract_all<T: Send>(docs: &[&Document], one: impl Fn(&Document) -> T + Sync) -> Vec<T> {
    if docs.len() < 2 || rayon::current_num_threads() < 2 {
        docs.iter().map(|d| one(d)).collect()
    } else {
        docs.par_iter().map(|d| one(d)).collect()
    }
}

/// The comparison over the documents that were read; failures become errors.
fn finish(docs: &[&Document], results: Vec<Reading>, mut errors: Vec<LoadError>) -> Analysis {
    let mut kept_docs = Vec::with_capacity(docs.len());
    let mut kept = Vec::with_capacity(docs.len());
    for (doc, result) in docs.iter().zip(results) {
        match result {
            Ok(ex) => {
                kept_docs.push(*doc);
                kept.push(ex);
            }
            Err(msg) => errors.push(LoadError {
                path: doc.path.clone(),
                error: format!("could not be analysed: an internal error ({msg}); the other reports are not affected"),
            }),
        }
    }
    let extractions: Vec<&DocExtraction> = kept.iter().map(|e| e.as_ref()).collect();
    let fallback = errors.clone();
    let analysis = guard::catch(|| combine(&kept_docs, &extractions, errors)).unwrap_or_else(|msg| {
        // The comparison itself failed: say so rather than lose the batch silently.
        let mut errors = fallback;
        errors.push(LoadError {
            path: String::new(),
            error: format!("the reports could not be compared: an internal error ({msg})"),
        });
        combine(&[], &[], errors)
    });
    // Thousands of readings are freed on a pool thread while the caller writes the result.
    drop(extractions);
    rayon::spawn(move || drop(kept));
    analysis
}

/// What a report's reading depends on: its text and the date it was published.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ReadingKey {
    text_hash: u64,
    text_len: usize,
    published: Option<Day>,
}

impl ReadingKey {
    fn of(doc: &Document) -> ReadingKey {
        let mut h = FxHasher::default();
        doc.text.hash(&mut h);
        ReadingKey { text_hash: h.finish(), text_len: doc.text.len(), published: doc.published }
    }
}

/// The analysis of a changing set of documents (the window's open reports): each report is
/// read once and its reading kept while it stays open.
#[derive(Default)]
pub struct Pipeline {
    readings: FxHashMap<ReadingKey, Reading>,
}

impl Pipeline {
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// Reads the documents not read before, compares all of them, and forgets the readings
    /// of documents no longer given.
    pub fn analyze(&mut self, docs: &[Arc<Document>], errors: Vec<LoadError>) -> Analysis {
        let refs: Vec<&Document> = docs.iter().map(|d| d.as_ref()).collect();
        let keys: Vec<ReadingKey> = refs.iter().map(|d| ReadingKey::of(d)).collect();
        let (missing, missing_keys): (Vec<&Document>, Vec<ReadingKey>) = refs
            .iter()
            .zip(&keys)
            .filter(|(_, k)| !self.readings.contains_key(k))
            .map(|(d, k)| (*d, k.clone()))
            .unzip();
        let fresh = extract_all(&missing, |d| extract_guarded(d).map(Arc::new));
        self.readings.extend(missing_keys.into_iter().zip(fresh));
        let results: Vec<Reading> =
            keys.iter().map(|k| self.readings.get(k).cloned().unwrap_or_else(|| Err("not read".into()))).collect();
        let wanted: rustc_hash::FxHashSet<&ReadingKey> = keys.iter().collect();
        self.readings.retain(|k, _| wanted.contains(k));
        finish(&refs, results, errors)
    }

    /// How many readings are kept.
    pub fn cached(&self) -> usize {
        self.readings.len()
    }
}

/// A report to read beside fuzzed input, so that the comparison across reports runs too.
const BESIDE: &str = "ALGIERS, 19 January 2013 - At least 23 hostages were killed on Saturday, officials said. \
    Rebels claimed 35 hostages had died. The plant lies 40km south-west of In Amenas.\n";

/// Reads bytes as a report (the first byte picks text, HTML or Markdown) and analyses it
/// alone and beside another report: the path of the fuzzer and of the bad-input tests.
pub fn read_and_analyze(data: &[u8]) -> Option<(Analysis, Analysis)> {
    let (name, body) = match data.split_first() {
        Some((b, rest)) => ([("r.txt"), ("r.html"), ("r.md")][usize::from(*b) % 3], rest),
        None => ("r.txt", data),
    };
    let doc = crate::ingest::ingest_bytes(name, name, body).ok()?;
    let beside = crate::ingest::ingest_bytes("beside.txt", "beside.txt", BESIDE.as_bytes()).ok()?;
    let alone = analyze_documents(std::slice::from_ref(&doc), Vec::new());
    let together = analyze_documents(&[doc, beside], Vec::new());
    Some((alone, together))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(path: &str, text: &str) -> Document {
        crate::ingest::ingest_bytes(path, path, text.as_bytes()).expect("reads")
    }

    #[test]
    fn a_fault_reading_one_report_is_an_error_for_it_and_the_others_are_compared() {
        let docs = [
            doc("a.txt", "At least 12 people were killed on Monday, police said.\n"),
            doc("bad.txt", "At least 14 people were killed on Monday, police said.\n"),
            doc("c.txt", "At least 15 people were killed on Monday, officials said.\n"),
        ];
        let analysis = analyze_with(&docs, Vec::new(), |d| {
            assert!(d.path != "bad.txt", "a fault of ours on this report");
            extract::extract(d)
        });
        let paths: Vec<&str> = analysis.documents.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["a.txt", "c.txt"]);
        assert_eq!(analysis.errors.len(), 1);
        assert_eq!(analysis.errors[0].path, "bad.txt");
        assert!(analysis.errors[0].error.contains("a fault of ours on this report"), "{}", analysis.errors[0].error);
        let mut values: Vec<u64> = analysis.figures.iter().map(|f| f.value).collect();
        values.sort_unstable();
        assert_eq!(values, [12, 15]);
    }

    #[test]
    fn the_pipeline_reads_each_report_once_while_it_stays_open() {
        let a = Arc::new(doc("a.txt", "At least 12 people were killed on Monday.\n"));
        let b = Arc::new(doc("b.txt", "At least 14 people were killed on Monday.\n"));
        let mut p = Pipeline::new();
        let both = p.analyze(&[a.clone(), b.clone()], Vec::new());
        assert_eq!((both.documents.len(), p.cached()), (2, 2));
        // The same as a fresh analysis, and removing a report forgets its reading.
        assert_eq!(both, analyze_documents(&[(*a).clone(), (*b).clone()], Vec::new()));
        let one = p.analyze(std::slice::from_ref(&b), Vec::new());
        assert_eq!((one.documents.len(), p.cached()), (1, 1));
        assert_eq!(one.figures[0].value, 14);
        // A new publication date is a new reading (it anchors the report's days).
        let dated = Arc::new(Document { published: "2024-03-04".parse().ok(), ..(*b).clone() });
        let again = p.analyze(&[dated], Vec::new());
        assert_eq!(again.figures[0].as_of.map(|d| d.to_string()).as_deref(), Some("2024-03-04"));
    }

    #[test]
    fn fuzz_path_reads_any_bytes() {
        assert!(read_and_analyze(b"").is_none());
        let (alone, together) = read_and_analyze(b"\x00At least 12 people were killed.").expect("a text report");
        assert_eq!(alone.documents.len(), 1);
        assert_eq!(together.documents.len(), 2);
    }
}
