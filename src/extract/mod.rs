//! Document → what it says: people-counting figures, dates and times, places and stated
//! distances. Each item carries byte offsets into the document text so that every view can
//! lead back to the words.

pub mod dates;
pub mod figures;
pub mod intern;
pub mod lexicon;
pub mod names;
pub mod numbers;
pub mod places;
pub mod quotes;
pub mod site;
pub mod tags;
pub mod text;

use std::borrow::Cow;

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
    pub approx: Cow<'static, str>,
    pub outcome: Cow<'static, str>,
    pub who: Cow<'static, str>,
    pub nationality: Option<String>,
    pub org: Option<String>,
    pub as_of: Option<String>,
    pub by: Option<String>,
    pub text: String,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    /// Attributed to a party to the events ("the kidnappers claimed").
    #[serde(default)]
    pub claim: bool,
    /// The id of the total this figure is a part of ("three Belgians" in "seven foreigners").
    #[serde(default)]
    pub part_of: Option<String>,
    /// A count said without a number ("a Briton died").
    #[serde(default)]
    pub implicit: bool,
    /// How the figure compares with the other reports: `conflict`, `claim`, `update`,
    /// `agree`, or `only` (no other report counts the same people).
    #[serde(default)]
    pub status: Cow<'static, str>,
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

/// Everything read from one document, before the days are resolved across documents. It
/// holds no tokens: they are five times the size of the text, and are freed as soon as the
/// report is read, so that reading many reports keeps only what the comparison needs.
#[derive(Debug, Clone)]
pub struct DocExtraction {
    pub sentences: Vec<text::Bounds>,
    pub figures: Vec<figures::RawFigure>,
    pub dates: Vec<dates::DateMention>,
    /// The calendar the report fixes by itself (its date, or a weekday written with a date).
    pub calendar: Option<dates::Calendar>,
    pub places: Vec<places::PlaceMention>,
    pub relations: Vec<places::RawRelation>,
    pub parts: Vec<site::PartMention>,
    pub names: Vec<names::NameMention>,
    pub quotes: Vec<quotes::Quote>,
}

/// Reads one document.
pub fn extract(doc: &Document) -> DocExtraction {
    let text = &doc.text;
    let sentences = text::sentences(text);
    let figures = figures::find_figures(text, &sentences);
    let dates = dates::find_dates(text, &sentences);
    let published = doc.published.as_deref().and_then(dates::iso_day);
    let calendar = dates::report_calendar(text, &sentences, &dates, published);
    let places = places::find_places(text, &sentences);
    let relations = places::find_relations(text, &sentences, &places);
    let parts = site::find_parts(&sentences);
    let runs = names::NameRuns::new(&sentences);
    let names = names::name_mentions(text, &sentences, &runs);
    let quotes = quotes::find_quotes(text, &sentences, &runs);
    DocExtraction {
        sentences: sentences.iter().map(text::Bounds::from).collect(),
        figures,
        dates,
        calendar,
        places,
        relations,
        parts,
        names,
        quotes,
    }
}
