//! The bundled sample: four reports, written for Parallax, of one fictional mine collapse by
//! fictional outlets, with the disagreements the tool is for (a toll rising over days, a
//! nationality count that differs, a union's claim against the official count, stated
//! distances and directions that differ). They are compiled into the binary.

use crate::ingest::{IngestError, ingest_bytes};
use crate::model::Document;

pub const SAMPLES: &[(&str, &[u8])] = &[
    ("andes-courier-cerro-alto.txt", include_bytes!("../assets/samples/andes-courier-cerro-alto.txt")),
    ("morning-ledger-cerro-alto.md", include_bytes!("../assets/samples/morning-ledger-cerro-alto.md")),
    ("pbn-cerro-alto.html", include_bytes!("../assets/samples/pbn-cerro-alto.html")),
];

/// The path a sample is known by in a session.
pub fn sample_path(name: &str) -> String {
    format!("sample:{name}")
}

/// Reads the sample called `name` (its path is `sample:NAME`).
pub fn load_sample(name: &str) -> Option<Result<Document, IngestError>> {
    let (_, bytes) = SAMPLES.iter().find(|(n, _)| *n == name)?;
    Some(ingest_bytes(&sample_path(name), name, bytes))
}

/// All samples, read.
pub fn load_all() -> Vec<Document> {
    SAMPLES.iter().filter_map(|(n, _)| load_sample(n)?.ok()).collect()
}
