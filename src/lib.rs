//! Parallax: compare several news reports of one event.
//!
//! The library is the analysis pipeline and nothing else; it has no GUI types:
//! `ingest` (bytes → [`Document`]) → `extract` (document → figures, dates, places) →
//! `compare` (all extractions → topics and disagreements) → [`Analysis`], the JSON of
//! `parallax analyze`. The desktop app (`app`, behind the binary) only draws that state.

pub mod calendar;
pub mod cli;
pub mod compare;
pub mod desktop;
pub mod export;
pub mod extract;
pub mod geo;
pub mod guard;
pub mod index;
pub mod ingest;
pub mod model;
pub mod pipeline;
pub mod samples;
pub mod store;
pub mod tables;

pub use ingest::{IngestError, load_inputs};
pub use model::{Analysis, Document, DocumentFormat, LoadError, OutletBasis};
pub use pipeline::analyze_documents;

// ---- No egui types above this line. The desktop app draws the pipeline's results. ----
#[cfg(feature = "gui")]
pub mod app;
