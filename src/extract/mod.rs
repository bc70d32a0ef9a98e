//! Document → what it says: people-counting figures, dates and times, places and stated
//! distances. Each item carries byte offsets into the document text so that every view can
//! lead back to the words.

use serde::{Deserialize, Serialize};

use crate::model::Document;

/// A figure that counts people ("at least 23 hostages were killed").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    pub doc: String,
    pub value: u64,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub approx: String,
    pub outcome: String,
    pub who: String,
    pub nationality: Option<String>,
    pub org: Option<String>,
    pub as_of: Option<String>,
    pub by: Option<String>,
    pub text: String,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
}

/// A place named in a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub kind: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub docs: Vec<String>,
}

/// "40km south-west of In Amenas": where `subject` lies as seen from `object`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub doc: String,
    pub subject: String,
    pub object: String,
    pub km: Option<f64>,
    pub bearing: Option<String>,
    pub text: String,
}

/// Something that happened on a day, as the reports tell it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub date: String,
    pub weekday: Option<String>,
    pub time: Option<String>,
    pub label: String,
    pub docs: Vec<String>,
    pub text: Vec<String>,
}

/// Everything read from one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub figures: Vec<Figure>,
    pub relations: Vec<Relation>,
}

/// Reads one document. `doc_id` is the id its items refer to.
pub fn extract(_doc: &Document, _doc_id: &str) -> Extraction {
    // The figure extractor is the next piece of work; the pipeline and every view already
    // carry its output.
    Extraction::default()
}
