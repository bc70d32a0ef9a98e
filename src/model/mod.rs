//! Plain data that flows between the stages: a report as read ([`Document`]) and the
//! analysis of several ([`analysis`]). No behaviour beyond small accessors; every other
//! module depends on this one and it depends on none of them.

pub mod analysis;
pub mod values;

pub use analysis::*;
pub use values::*;

use serde::{Deserialize, Serialize};

/// What kind of file a report came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentFormat {
    Text,
    Markdown,
    Html,
}

/// How the outlet of a report was found: shown beside the outlet so that a user knows how
/// far to trust it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutletBasis {
    /// The page's own metadata (`og:site_name`, JSON-LD publisher).
    Metadata,
    /// A sentence that names the outlet as the author ("CNN's … contributed to this report").
    Text,
    /// A web address or domain in the file name or text.
    Address,
    /// No name in the text; the house style of the writing matches one outlet's style guide.
    HouseStyle,
    /// Nothing else: the file name.
    FileName,
    /// Set by the user.
    User,
}

/// One report as read from disk: its text as the tool shows it, and what is known about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Where it came from: a path, or `sample:NAME` for a bundled sample.
    pub path: String,
    /// File name shown in the sources panel.
    pub name: String,
    pub format: DocumentFormat,
    pub title: Option<String>,
    /// The text, decoded, repaired and (for HTML and Markdown) reduced to the article body.
    /// All offsets elsewhere are byte offsets into this string.
    pub text: String,
    pub outlet: Option<String>,
    pub outlet_basis: OutletBasis,
    /// Publication day as `YYYY-MM-DD` (or `--MM-DD` when the year is unknown).
    pub published: Option<Day>,
    /// How `published` was found, e.g. "article:published_time" or "dateline".
    pub published_basis: Option<String>,
    /// The encoding the bytes were read as.
    pub encoding: String,
    /// Repairs and doubts, in words a user understands.
    pub warnings: Vec<String>,
}

impl Document {
    /// The name to show for this report: its outlet, else its file name.
    pub fn display_name(&self) -> &str {
        self.outlet.as_deref().unwrap_or(&self.name)
    }
}
