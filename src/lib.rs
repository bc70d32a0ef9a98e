//! Parallax: compare several news reports of one event.
//!
//! The library is the analysis pipeline and nothing else; it has no GUI types:
//! `ingest` (bytes → [`Document`]) → `extract` (document → figures, dates, places) →
//! `compare` (all extractions → topics and disagreements) → [`Analysis`], the JSON of
//! `parallax analyze`. The desktop app (`app`, behind the binary) only draws that state.

pub mod analysis;
pub mod cli;
pub mod compare;
pub mod extract;
pub mod geo;
pub mod ingest;
pub mod model;
pub mod samples;

pub use analysis::{Analysis, analyze_documents};
pub use ingest::{IngestError, LoadError, load_inputs};
pub use model::{Document, DocumentFormat, OutletBasis};

// ---- No egui types above this line. The desktop app draws the pipeline's results. ----
pub mod app;
