//! Files → [`Document`]s: reads paths and folders, decodes any encoding, reduces HTML and
//! Markdown to the article text, and finds each report's outlet and publication date.
//! Every failure is a [`LoadError`] naming the file and the reason; nothing here panics on
//! input.

pub mod captions;
pub mod decode;
pub mod html;
pub mod markdown;
pub mod outlet;
pub mod published;

use std::path::{Path, PathBuf};

use crate::model::{Document, DocumentFormat, LoadError, OutletBasis};

pub(crate) use crate::tables::{ascii_bounds, pattern};

/// The first index at or after `from` whose byte is a `hit`, read eight bytes at a time: a
/// chunk of eight is looked into only when `maybe` says it may hold one (a test on the
/// chunk as one machine word, which must never miss a hit). Most bytes of a report are
/// plain ASCII letters that no such search wants.
pub(crate) fn scan8(b: &[u8], from: usize, maybe: impl Fn(u64) -> bool, hit: impl Fn(u8) -> bool) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        if maybe(u64::from_le_bytes(w))
            && let Some(k) = chunk.iter().position(|&c| hit(c))
        {
            return Some(i + k);
        }
        i += 8;
    }
    b.get(i..)?.iter().position(|&c| hit(c)).map(|k| i + k)
}

/// One in every byte of a word, and the high bit of every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// Files larger than this are refused: a news report is a few kilobytes, and a huge file is
/// almost always a mistake (a database dump, a video).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Folders are searched this deep for reports.
const MAX_FOLDER_DEPTH: usize = 8;

/// File endings taken from folders (files named one by one are always tried).
pub const REPORT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

/// Why one input could not be opened.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum IngestError {
    #[error("no such file or folder")]
    NotFound,
    #[error("permission denied")]
    PermissionDenied,
    #[error("could not be read: {0}")]
    Io(String),
    #[error("the file is empty")]
    Empty,
    #[error("the file has no text (only white space)")]
    Blank,
    #[error("too large ({size_mb:.1} MB; the limit is {limit_mb} MB)")]
    TooLarge { size_mb: f64, limit_mb: u64 },
    #[error("{0}")]
    Binary(String),
    #[error("the folder holds no reports (.txt, .md, .html)")]
    EmptyFolder,
    #[error("no article text found in the web page")]
    NoArticle,
    /// A fault of Parallax's own on this input (a panic caught while reading it).
    #[error("could not be read: an internal error ({0}); the other reports are not affected")]
    Internal(String),
}

impl IngestError {
    fn from_io(err: &std::io::Error) -> Self {
        match err.kind() {
            std::io::ErrorKind::NotFound => IngestError::NotFound,
            std::io::ErrorKind::PermissionDenied => IngestError::PermissionDenied,
            _ => IngestError::Io(err.to_string()),
        }
    }
}

/// Expands folders into the report files below them (sorted, hidden files skipped);
/// files are kept as given. Folders with no reports become errors.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            let mut seen = std::collections::HashSet::new();
            walk_folder(path, 0, &mut seen, &mut files, &mut errors);
            if files.len() == before {
                errors.push(LoadError::new(path, &IngestError::EmptyFolder));
            }
        } else {
            files.push(path.clone());
        }
    }
    (files, errors)
}

/// Walks a folder tree at most [`MAX_FOLDER_DEPTH`] deep; `seen` holds the folders walked
/// (canonical), so that a link back to a folder above (a loop) is walked once.
fn walk_folder(
    dir: &Path,
    depth: usize,
    seen: &mut std::collections::HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    if !seen.insert(std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            errors.push(LoadError::new(dir, &IngestError::from_io(&err)));
            return;
        }
    };
    // The kind of each entry comes with the listing on most file systems: no `stat` per file
    // (a folder of thousands of reports), only per link or where the kind is not given.
    let mut found: Vec<(PathBuf, bool)> = entries
        .filter_map(|e| {
            let e = e.ok()?;
            let is_dir = match e.file_type() {
                Ok(t) if !t.is_symlink() => t.is_dir(),
                _ => e.path().is_dir(),
            };
            Some((e.path(), is_dir))
        })
        .collect();
    found.sort();
    for (path, is_dir) in found {
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if is_dir {
            if depth < MAX_FOLDER_DEPTH {
                walk_folder(&path, depth + 1, seen, files, errors);
            }
        } else if has_report_extension(&path) {
            files.push(path);
        }
    }
}

pub fn has_report_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| REPORT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads one file from disk; a panic while reading it becomes an error for this file alone.
pub fn load_file(path: &Path) -> Result<Document, IngestError> {
    crate::guard::catch(|| load_file_unguarded(path)).unwrap_or_else(|msg| Err(IngestError::Internal(msg)))
}

fn load_file_unguarded(path: &Path) -> Result<Document, IngestError> {
    use std::io::Read;
    let folder = || IngestError::Io("this is a folder; open it with File, Open folder".into());
    // The size from the open file (one look-up of the path, not two).
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(_) if path.is_dir() => return Err(folder()),
        Err(e) => return Err(IngestError::from_io(&e)),
    };
    let meta = file.metadata().map_err(|e| IngestError::from_io(&e))?;
    if meta.is_dir() {
        return Err(folder());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            size_mb: meta.len() as f64 / 1_048_576.0,
            limit_mb: MAX_FILE_BYTES / 1_048_576,
        });
    }
    // The bytes are read into a buffer each thread keeps: only the document's text is a new
    // allocation, so a folder of reports does not leave the memory of thousands of buffers
    // strewn between the texts it keeps.
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUFFER.with(|cell| {
        let mut kept = cell.try_borrow_mut().ok();
        let mut own = Vec::new();
        let bytes = kept.as_deref_mut().unwrap_or(&mut own);
        bytes.clear();
        bytes.reserve(usize::try_from(meta.len()).unwrap_or(0).saturating_add(1));
        // At most one byte past the limit: a file that grew since is still refused below.
        let read = (&mut file).take(MAX_FILE_BYTES + 1).read_to_end(bytes).map_err(|e| IngestError::from_io(&e));
        let doc = read.and_then(|_| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            ingest_bytes(&path.display().to_string(), &name, bytes)
        });
        // A large file's buffer is not kept for the next, small one (nor after a failed read).
        if bytes.capacity() > KEPT_BUFFER {
            *bytes = Vec::new();
        }
        doc
    })
}

/// The largest read buffer a thread keeps between files.
const KEPT_BUFFER: usize = 1 << 20;

/// Turns the bytes of one report into a [`Document`]. `path` is where it came from (shown
/// and used as its identity); `name` is its file name, which also hints at its format.
pub fn ingest_bytes(path: &str, name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            size_mb: bytes.len() as f64 / 1_048_576.0,
            limit_mb: MAX_FILE_BYTES / 1_048_576,
        });
    }
    let decoded = decode::decode(bytes)?;
    let format = detect_format(name, &decoded.text);
    let mut warnings = decoded.warnings;
    let (text, title, meta_site, meta_published, url) = match format {
        DocumentFormat::Html => {
            let article = html::extract_article(&decoded.text)?;
            (article.text, article.title, article.site_name, article.published, article.url)
        }
        DocumentFormat::Markdown => {
            let md = markdown::to_text(&decoded.text);
            (md.text, md.title, None, None, None)
        }
        DocumentFormat::Text => (tidy_text(&decoded.text), None, None, None, None),
    };
    let text = match captions::mend(&text) {
        Some((mended, n)) => {
            warnings.push(format!(
                "put back {n} space{} lost between words of a capitals-only transcript",
                if n == 1 { "" } else { "s" }
            ));
            mended
        }
        None => text,
    };
    if text.trim().is_empty() {
        return Err(if format == DocumentFormat::Html { IngestError::NoArticle } else { IngestError::Blank });
    }
    let (outlet, outlet_basis) = outlet::infer_outlet(&text, meta_site.as_deref(), url.as_deref(), name);
    if outlet_basis == OutletBasis::HouseStyle {
        warnings.push("outlet guessed from house style (no name in the text); edit it if wrong".into());
    }
    let (published, published_basis) = match meta_published.as_deref().and_then(published::iso_day) {
        Some(day) => (Some(day), Some("page metadata".to_string())),
        None => match published::from_text(&text) {
            Some((day, basis)) => (Some(day), Some(basis)),
            None => (None, None),
        },
    };
    let title = title.or_else(|| first_line_title(&text));
    Ok(Document {
        path: path.to_string(),
        name: name.to_string(),
        format,
        title,
        text,
        outlet,
        outlet_basis,
        published,
        published_basis,
        encoding: decoded.encoding,
        warnings,
    })
}

fn detect_format(name: &str, text: &str) -> DocumentFormat {
    let ext = Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => return DocumentFormat::Html,
        "md" | "markdown" => return DocumentFormat::Markdown,
        _ => {}
    }
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
    {
        DocumentFormat::Html
    } else {
        DocumentFormat::Text
    }
}

/// Plain text: trailing spaces off each line, runs of blank lines folded to one.
fn tidy_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A short first line without a full stop reads as a headline.
fn first_line_title(text: &str) -> Option<String> {
    let first = text.lines().find(|l| !l.trim().is_empty())?.trim();
    let words = first.split_whitespace().count();
    (words <= 16 && !first.ends_with('.') && !first.ends_with('"')).then(|| first.to_string())
}

/// Reads every input (files and folders) in parallel, keeping the order of the inputs.
pub fn load_inputs(paths: &[PathBuf]) -> (Vec<Document>, Vec<LoadError>) {
    load_each(paths, |_, doc| doc)
}

/// Reads every input in parallel, in the order of the inputs, and hands each document read
/// (with its file) to `then` on the same pool thread, while its text is still in cache;
/// inputs that could not be read become errors, after those of the folders.
pub fn load_each<T: Send>(paths: &[PathBuf], then: impl Fn(&Path, Document) -> T + Sync) -> (Vec<T>, Vec<LoadError>) {
    use rayon::prelude::*;
    let (files, mut errors) = expand_paths(paths);
    let results: Vec<Result<T, LoadError>> =
        files.par_iter().map(|p| load_file(p).map(|doc| then(p, doc)).map_err(|err| LoadError::new(p, &err))).collect();
    let mut read = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(r) => read.push(r),
            Err(e) => errors.push(e),
        }
    }
    (read, errors)
}
