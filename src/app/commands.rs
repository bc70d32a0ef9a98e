//! What the views ask of the app ([`Command`]), carried out in one place: views draw state
//! and send commands, and only this module changes the app's state in answer.

use std::path::PathBuf;

use super::*;

/// Everything a view may ask the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    OpenPaths(Vec<PathBuf>),
    OpenFileDialog,
    OpenFolderDialog,
    OpenSamples,
    Select(String),
    Remove(String),
    CloseAll,
    SetOutlet(String, String),
    SetPublished(String, String),
    SetTab(Tab),
    ToggleReader,
    ToggleSources,
    DismissNotice(usize),
    DismissAllNotices,
    /// Open the figure's report in the reader, scrolled to its sentence.
    ShowFigure(String),
    /// Show or hide one kind of disagreement.
    ToggleKind(String),
    /// Save the disagreements to a file (Markdown or CSV), chosen in a dialog.
    ExportDisagreements {
        csv: bool,
    },
    /// Light up the figures of a topic in the side-by-side view (hovered in the report at
    /// this path).
    LinkTopic(Option<(crate::compare::TopicKey, String)>),
    /// The reports of the side-by-side view, in column order.
    SetSideBySide(Vec<String>),
    /// List the mentions of a place on the site map (none: close the list).
    SelectPlace(Option<String>),
    /// The topic of the plot (its label).
    SetPlotTopic(String),
    /// Save the plot's points as CSV, chosen in a dialog.
    ExportPlotCsv,
    /// Save a picture of the plot as PNG, chosen in a dialog.
    ExportPlotPng,
    /// Show or hide the sentences of a disagreement row.
    ToggleExpanded(String),
    /// Open a report (by analysis id) in the reader at a passage.
    ShowPassage {
        doc: String,
        start: usize,
        end: usize,
    },
}

impl ParallaxApp {
    /// Queues a command; it is applied at the end of the frame.
    pub fn command(&mut self, c: Command) {
        self.commands.push(c);
    }

    pub(super) fn apply(&mut self, command: Command) {
        match command {
            Command::OpenPaths(paths) => self.open_paths(paths),
            Command::OpenFileDialog => self.spawn_dialog(false),
            Command::OpenFolderDialog => self.spawn_dialog(true),
            Command::OpenSamples => self.open_samples(),
            Command::Select(path) => self.session.selected = Some(path),
            Command::Remove(path) => {
                if let Some(i) = self.find(&path) {
                    self.sources.remove(i);
                    self.reindex_sources();
                    if self.session.selected.as_deref() == Some(&path) {
                        self.session.selected =
                            self.sources.get(i.min(self.sources.len().saturating_sub(1))).map(|s| s.entry.path.clone());
                    }
                    self.changed();
                }
            }
            Command::CloseAll => {
                self.sources.clear();
                self.reindex_sources();
                self.session.selected = None;
                self.changed();
            }
            Command::SetOutlet(path, outlet) => {
                if let Some(i) = self.find(&path) {
                    let outlet = outlet.trim().to_string();
                    self.sources[i].entry.outlet = (!outlet.is_empty()).then_some(outlet);
                    self.changed();
                }
            }
            Command::SetPublished(path, day) => {
                if let Some(i) = self.find(&path) {
                    let day = day.trim().to_string();
                    if day.is_empty() {
                        self.sources[i].entry.published = None;
                    } else if let Some(iso) = crate::ingest::published::iso_day(&day) {
                        self.sources[i].entry.published = Some(iso.to_string());
                    } else {
                        self.notices.push(Notice {
                            text: format!("\"{day}\" is not a date; write it as YYYY-MM-DD, e.g. 2013-01-19."),
                            error: true,
                        });
                        return;
                    }
                    self.changed();
                }
            }
            Command::SetTab(tab) => self.session.tab = tab,
            Command::ToggleReader => self.session.show_reader = !self.session.show_reader,
            Command::ToggleSources => self.session.hide_sources = !self.session.hide_sources,
            Command::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Command::DismissAllNotices => self.notices.clear(),
            Command::ToggleKind(kind) => {
                if let Some(i) = self.session.hidden_kinds.iter().position(|k| *k == kind) {
                    self.session.hidden_kinds.remove(i);
                } else {
                    self.session.hidden_kinds.push(kind);
                }
            }
            Command::ExportDisagreements { csv } => self.export_disagreements(csv),
            Command::SelectPlace(name) => self.map.selected = name,
            Command::SetPlotTopic(label) => {
                self.session.plot_topic = Some(label);
                self.plot.reset = true;
            }
            Command::ExportPlotCsv => {
                if let Some(csv) = plot::csv(self) {
                    self.save_with_dialog("figures-over-time.csv", "csv", csv.into_bytes());
                }
            }
            Command::ExportPlotPng => self.export_plot_png(),
            Command::LinkTopic(topic) => {
                self.linked = topic;
                self.linked_scrolled.clear();
            }
            Command::SetSideBySide(paths) => self.session.side_by_side = paths,
            Command::ToggleExpanded(id) => {
                if !self.expanded.remove(&id) {
                    self.expanded.insert(id);
                }
            }
            Command::ShowPassage { doc, start, end } => {
                let path =
                    self.analysis.as_ref().and_then(|a| self.index.document_by_id(a, &doc)).map(|d| d.path.clone());
                if let Some(path) = path {
                    self.show_passage(path, start, end);
                }
            }
            Command::ShowFigure(id) => {
                let found = self.analysis.as_ref().and_then(|a| {
                    let f = self.index.figure(a, &id)?;
                    let d = self.index.document_by_id(a, &f.doc)?;
                    // The whole sentence: find it around the figure in the text.
                    Some((d.path.clone(), f.start, f.end))
                });
                if let Some((path, start, end)) = found {
                    self.show_passage(path, start, end);
                }
            }
        }
    }

    pub(super) fn show_passage(&mut self, path: String, start: usize, end: usize) {
        self.session.selected = Some(path.clone());
        self.session.show_reader = true;
        self.focus = Some(Focus { path, start, end, since: self.now, scrolled: false });
    }

    /// The native dialog runs on its own thread so that the frame never waits on it; its
    /// answer arrives through `dialog_rx` and goes the same way as a drop.
    pub(super) fn spawn_dialog(&self, folder: bool) {
        let tx = self.dialog_tx.clone();
        let spawned = std::thread::Builder::new().name("file-dialog".into()).spawn(move || {
            let dialog =
                rfd::FileDialog::new().set_title(if folder { "Open a folder of reports" } else { "Open reports" });
            let picked = if folder {
                dialog.pick_folder().map(|p| vec![p])
            } else {
                dialog
                    .add_filter("Reports (text, Markdown, web pages)", crate::ingest::REPORT_EXTENSIONS)
                    .add_filter("All files", &["*"])
                    .pick_files()
            };
            if let Some(paths) = picked {
                let _ = tx.send(paths);
            }
        });
        if let Err(e) = spawned {
            log::error!("could not open the file dialog: {e}");
        }
    }
}
