//! Document → what it says: people-counting figures, dates and times, places and stated
//! distances. Each item carries byte offsets into the document text so that every view can
//! lead back to the words.

pub mod blocks;
pub mod dates;
pub mod figures;
pub mod fold;
pub mod intern;
pub mod lexicon;
pub mod names;
pub mod numbers;
pub mod places;
pub mod quotes;
pub mod site;
pub mod static_set;
pub mod tags;
pub mod text;

use crate::model::{Day, Document};

/// Everything read from one document, before the days are resolved across documents. It
/// holds no tokens: they are five times the size of the text, and are freed as soon as the
/// report is read, so that reading many reports keeps only what the comparison needs.
#[derive(Debug, Clone)]
pub struct DocExtraction {
    pub sentences: Vec<text::Bounds>,
    pub figures: Vec<figures::RawFigure>,
    pub dates: Vec<dates::DateMention>,
    /// A live blog's entry stamps: (sentence, minute of the day).
    pub stamps: Vec<(usize, u16)>,
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
    let stamps = dates::stamps(text, &sentences);
    let published = doc.published.filter(|d| d.year_known()).and_then(Day::date);
    let calendar = dates::report_calendar(text, &sentences, &dates, published);
    let places = places::find_places(text, &sentences);
    let relations = places::find_relations(text, &sentences, &places);
    let parts = site::find_parts(&sentences);
    let runs = names::NameRuns::new(&sentences);
    let names = names::name_mentions(text, &sentences, &runs);
    let quotes = quotes::find_quotes(text, &sentences, &runs);
    // Kept until the reports are compared, for thousands of reports: without the room each
    // list grew into (a quarter of them on average), which is memory first touched for nothing.
    fn fit<T>(mut v: Vec<T>) -> Vec<T> {
        v.shrink_to_fit();
        v
    }
    DocExtraction {
        sentences: sentences.iter().map(text::Bounds::from).collect(),
        figures: fit(figures),
        dates: fit(dates),
        stamps: fit(stamps),
        calendar,
        places: fit(places),
        relations: fit(relations),
        parts: fit(parts),
        names: fit(names),
        quotes: fit(quotes),
    }
}
