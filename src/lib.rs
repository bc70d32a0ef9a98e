//! Parallax: compare several news reports of one event.
//!
//! # The layers
//!
//! Each layer imports only from the layers above it here (`tests/layers.rs` checks it):
//!
//! 1. [`model`] — plain serde data: a [`Document`] as read, and the [`Analysis`] that
//!    `parallax analyze` prints (`../shared/eval/SCHEMA.md`), its closed vocabularies as
//!    enums and its days as [`model::Day`] ([`model::values`]: strings only in the JSON and
//!    on screen); beside it the small shared
//!    pieces: [`calendar`] (month and weekday names), [`tables`] (the TSV tables of
//!    `assets/`), [`guard`] (the panic net), [`store`] (files written whole).
//! 2. [`ingest`] — bytes → [`Document`]: encodings, HTML and Markdown to text, the outlet and
//!    the publication day. [`extract`] — one document → what it says: sentences and tokens,
//!    figures (who is counted, what happened to them, who said so), dates, places, names,
//!    quotations, each with byte offsets into the document's text.
//! 3. [`compare`] — all figures → topics and disagreements (conflicts, updates, claims);
//!    quotations and names that differ; figures over time.
//! 4. [`pipeline`] — files or documents → [`Analysis`]: every report read in parallel under
//!    the panic net, then the cross-report step ([`pipeline::combine`]) resolves days,
//!    numbers figures and runs the comparison. [`pipeline::Pipeline`] keeps each report's
//!    reading, so that the window re-runs only the cross-report step when reports change.
//! 5. What is made from an analysis: [`index`] (what the views look up), [`geo`] (the site
//!    map), [`export`] (CSV, Markdown), [`samples`], [`desktop`].
//! 6. The front ends: [`cli`] and, behind the default `gui` feature, `app` (egui). The app's
//!    views draw the state they are given and send `app::Command`s; reading and analysing
//!    run on two worker threads, never in a frame.
//!
//! # Where to add things
//!
//! - A word that names people or an outcome: `assets/lexicon/` (people.tsv, outcomes.tsv,
//!   figure_words.tsv); a rule about figures: `extract/figures/` (the file of the question it
//!   answers), with a test in `tests/extract.rs` on a report written for it.
//! - A kind of disagreement: `compare/mod.rs` (one function per kind), tested in
//!   `tests/compare.rs`.
//! - A field of the JSON: `model/analysis.rs` (add, never rename), filled in
//!   `pipeline/combine.rs`; the snapshot test shows the change (`PARALLAX_BLESS=1`).
//! - A view: a file in `app/` that draws from `AnalysisIndex` and sends `Command`s;
//!   `app/commands.rs` carries them out; a kittest in `tests/app_kittest.rs` clicks it.

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
