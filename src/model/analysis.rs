//! The analysis as `parallax analyze` prints it and the app shows it: plain serde data, the
//! JSON contract of `../shared/eval/SCHEMA.md` (schema `parallax.analysis/1`). Every stage
//! fills these types; none of them holds behaviour beyond small accessors.

use std::borrow::Cow;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Approx, Day, DayBasis, DisagreementKind, DocumentFormat, Outcome, OutletBasis, Span, Status, Strength};

pub const SCHEMA: &str = "parallax.analysis/1";

/// A figure that counts people ("at least 23 hostages were killed").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    pub doc: String,
    pub value: u64,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub approx: Approx,
    pub outcome: Outcome,
    pub who: Cow<'static, str>,
    pub nationality: Option<String>,
    pub org: Option<String>,
    pub as_of: Option<Day>,
    /// How `as_of` was found ([`DayBasis`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of_basis: Option<DayBasis>,
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
    /// A size told by a word, not a number ("dozens were hurt", "hundreds fled"): its value is
    /// the least the word allows. Not set against other reports' counts. (Written only when
    /// true.)
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
    /// Of another event told as background: dated by its own sentence weeks before the day
    /// the reports' figures mostly describe ("a domestic dispute July 12 that left seven
    /// dead"). Not compared with the event's figures.
    #[serde(default)]
    pub background: bool,
    /// The span it counts: the toll, an increment, or a part of a larger figure.
    #[serde(default)]
    pub span: Span,
    /// The time of the live blog entry that gives it ("15:20"), when the report is a live
    /// blog of stamped entries: the order of a day's values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// How the figure compares with the other reports: `conflict`, `claim`, `update`,
    /// `agree`, or `only` (no other report counts the same people).
    #[serde(default)]
    pub status: Status,
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
    pub date: Day,
    pub weekday: Option<String>,
    pub time: Option<String>,
    pub label: String,
    pub docs: Vec<String>,
    pub text: Vec<String>,
}

/// A passage of one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub doc: String,
    /// The words as the report writes them.
    pub text: String,
    /// The sentence they are in.
    pub sentence: String,
    /// Byte offsets of `text` in the document.
    pub start: usize,
    pub end: usize,
}

/// One speaker quoted with different words by different reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteVariant {
    pub id: String,
    pub speaker: String,
    /// One quotation per report, in report order.
    pub quotes: Vec<Passage>,
}

/// One person or group written differently by different reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NameVariants {
    pub id: String,
    /// The form most reports use (ties: the longest).
    pub name: String,
    /// Each distinct spelling, with the first place each report writes it.
    pub variants: Vec<Passage>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    pub path: String,
    pub outlet: Option<String>,
    pub outlet_basis: OutletBasis,
    pub title: Option<String>,
    pub published: Option<Day>,
    pub published_basis: Option<String>,
    pub format: DocumentFormat,
    pub encoding: String,
    pub chars: usize,
    pub figures: usize,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    pub id: String,
    pub kind: DisagreementKind,
    /// How firmly it holds: `weak` when something leaves room for the values to agree ("about
    /// 30" against 36; see `reason`), else `hard` for conflicts and updates; empty for claims.
    #[serde(default)]
    pub strength: Strength,
    pub topic: String,
    pub figures: Vec<String>,
    pub summary: String,
    /// The pairs of figure ids it says differ: a conflict's two values for one day, each
    /// step of an update, a claim and the official count (`figures` may hold more, for
    /// context).
    #[serde(default)]
    pub pairs: Vec<[String; 2]>,
    /// Why it may not be a real difference, in words, when there is a reason to doubt it
    /// (then `strength` is `weak`): empty when it holds firmly.
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub schema: String,
    pub documents: Vec<DocumentInfo>,
    pub errors: Vec<LoadError>,
    pub figures: Vec<Figure>,
    pub disagreements: Vec<Disagreement>,
    /// Parts one report gives larger than their whole ("12 injured, including 15 children"):
    /// a slip within one report, not a difference between reports.
    #[serde(default)]
    pub inconsistencies: Vec<Disagreement>,
    pub places: Vec<Place>,
    pub relations: Vec<Relation>,
    pub timeline: Vec<TimelineEntry>,
    /// One speaker quoted with different words by different reports.
    #[serde(default)]
    pub quotes: Vec<QuoteVariant>,
    /// One person or group spelt differently by different reports.
    #[serde(default)]
    pub names: Vec<NameVariants>,
    /// The parts of the site the reports name, most mentioned first.
    #[serde(default)]
    pub site_parts: Vec<SitePart>,
}

/// A part of the site, by its noun ("facility"), with the names the reports give it ("main
/// gas facility", "desert gas facility"), where each report names it and the figures of those
/// sentences (what happened there).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SitePart {
    /// The name most used with modifiers, else the noun.
    pub name: String,
    pub forms: Vec<String>,
    pub mentions: Vec<Passage>,
    pub figures: Vec<String>,
}

/// An input that could not be opened, as the JSON `errors` array and the app show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadError {
    pub path: String,
    pub error: String,
}

impl LoadError {
    /// `path` could not be opened, for `reason`.
    pub fn new(path: &Path, reason: &impl std::fmt::Display) -> Self {
        LoadError { path: path.display().to_string(), error: reason.to_string() }
    }
}

/// The outlet of document `doc` as the views name it: its outlet, else its file name.
pub fn outlet_of(documents: &[DocumentInfo], doc: &str) -> String {
    documents.iter().find(|d| d.id == doc).map_or_else(|| doc.to_string(), DocumentInfo::shown_outlet)
}

/// [`outlet_of`] for many look-ups (one per disagreement, among thousands of reports): the
/// documents are indexed by id once instead of searched each time.
pub fn outlet_finder(documents: &[DocumentInfo]) -> impl Fn(&str) -> String + '_ {
    let by_id: std::collections::HashMap<&str, &DocumentInfo> = documents.iter().map(|d| (d.id.as_str(), d)).collect();
    move |doc: &str| by_id.get(doc).map_or_else(|| doc.to_string(), |d| d.shown_outlet())
}

impl DocumentInfo {
    /// The outlet as the views name it: its outlet, else its file name.
    pub fn shown_outlet(&self) -> String {
        // Without an outlet, the file's name: what the user sees on the report ("02.txt"), not
        // the analysis's id.
        self.outlet.clone().unwrap_or_else(|| {
            let name = self.path.rsplit(['/', '\\']).next().unwrap_or("");
            // A name that was not UTF-8 reads with U+FFFD, which many fonts cannot draw.
            if name.is_empty() { self.id.clone() } else { name.replace('\u{FFFD}', "?") }
        })
    }
}
