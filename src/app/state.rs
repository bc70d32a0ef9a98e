//! What the app remembers between runs (serialised with eframe's storage) and what it only
//! holds while running.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::model::{Day, Document};

/// Storage key of the saved session.
pub const SESSION_KEY: &str = "parallax.session";

/// The tabs of the central area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Tab {
    #[default]
    Disagreements,
    SideBySide,
    Plot,
    Map,
    Reports,
}

impl Tab {
    pub const ALL: [Tab; 5] = [Tab::Disagreements, Tab::SideBySide, Tab::Plot, Tab::Map, Tab::Reports];

    pub fn label(self) -> &'static str {
        match self {
            Tab::Disagreements => "Disagreements",
            Tab::SideBySide => "Side by side",
            Tab::Plot => "Figures over time",
            Tab::Map => "Site map",
            Tab::Reports => "Reports",
        }
    }
}

/// One open report as remembered: where it is and what the user said about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[derive(Default)]
pub struct SourceEntry {
    /// A file path, or `sample:NAME`.
    pub path: String,
    /// The outlet the user typed, overriding the inferred one.
    pub outlet: Option<String>,
    /// The publication day the user typed (`YYYY-MM-DD`).
    pub published: Option<String>,
    /// Index into the palette; stays with the source for as long as it is open.
    pub color: usize,
}

/// The saved session. `#[serde(default)]` so that saves from older versions still load.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    pub sources: Vec<SourceEntry>,
    /// Path of the report shown in the reader.
    pub selected: Option<String>,
    pub tab: Tab,
    pub show_reader: bool,
    /// The sources panel folded away (the central view gets its room).
    pub hide_sources: bool,
    /// False until the first run has shown the sample, so that a user who closed everything
    /// gets the start page rather than the sample again.
    pub seen_sample: bool,
    /// Kinds of disagreement hidden from the list ("conflict", "claim", "update").
    pub hidden_kinds: Vec<String>,
    /// The reports of the side-by-side view, in column order.
    pub side_by_side: Vec<String>,
    /// The topic of the plot (its label); the most disputed when unset.
    pub plot_topic: Option<String>,
}

impl Session {
    pub fn new() -> Self {
        Session { show_reader: true, ..Default::default() }
    }

    /// Reads a saved session; `Err` carries a reason a user can read.
    pub fn from_json(json: &str) -> Result<Session, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The state of one open report while the app runs.
#[derive(Debug, Clone)]
pub enum SourceStatus {
    Loading,
    Ready(Arc<Document>),
    /// The file was open last time but cannot be read now.
    Missing(String),
}

#[derive(Debug, Clone)]
pub struct Source {
    pub entry: SourceEntry,
    pub status: SourceStatus,
}

impl Source {
    pub fn document(&self) -> Option<&Arc<Document>> {
        match &self.status {
            SourceStatus::Ready(d) => Some(d),
            _ => None,
        }
    }

    /// The name shown everywhere: the user's outlet, the inferred one, else the file name.
    pub fn label(&self) -> String {
        if let Some(o) = self.entry.outlet.as_ref().filter(|o| !o.trim().is_empty()) {
            return o.clone();
        }
        match &self.status {
            SourceStatus::Ready(d) => shown(d.display_name()),
            _ => file_name(&self.entry.path),
        }
    }

    /// The publication date the user typed, if any (an emptied field is none).
    pub fn typed_published(&self) -> Option<String> {
        self.entry.published.clone().filter(|p| !p.trim().is_empty())
    }

    pub fn published(&self) -> Option<String> {
        self.typed_published().or_else(|| Some(shown_day(self.document()?.published?)))
    }
}

/// A day as the window shows it: "Fri 27 Nov 2015", or "27 Nov, year not stated" (never the
/// schema's "--11-27").
pub fn shown_day(day: Day) -> String {
    if day.year_known() {
        crate::compare::day_text(Some(day))
    } else {
        format!("{}, year not stated", crate::compare::day_text(Some(day)))
    }
}

pub fn file_name(path: &str) -> String {
    let p = path.strip_prefix("sample:").unwrap_or(path);
    let name =
        std::path::Path::new(p).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| p.to_string());
    shown(&name)
}

/// A path or name as shown: bytes that were not UTF-8 (read as U+FFFD, which many fonts
/// cannot draw) shown as '?'.
pub fn shown(s: &str) -> String {
    s.replace('\u{FFFD}', "?")
}

/// A message in the notice bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_round_trips() {
        let mut s = Session::new();
        s.sources.push(SourceEntry {
            path: "/tmp/a.txt".into(),
            outlet: Some("Gazette".into()),
            published: None,
            color: 2,
        });
        s.selected = Some("/tmp/a.txt".into());
        s.tab = Tab::Map;
        assert_eq!(Session::from_json(&s.to_json()), Ok(s));
    }

    #[test]
    fn old_or_partial_saves_load_with_defaults() {
        let s = Session::from_json(r#"{"sources":[{"path":"x.txt"}]}"#).expect("partial save loads");
        assert_eq!(s.sources[0].path, "x.txt");
        assert_eq!(s.tab, Tab::Disagreements);
    }

    #[test]
    fn corrupt_save_is_an_error() {
        assert!(Session::from_json("{not json").is_err());
    }
}
