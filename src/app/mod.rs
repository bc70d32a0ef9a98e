//! The desktop app. Views draw [`ParallaxApp`]'s state and push [`Command`]s; the app applies
//! them once per frame. Reading and analysis run on the [`worker`] thread.

mod disagreements;
pub mod map;
pub mod plot;
mod reader;
mod side_by_side;
mod sources;
mod start;
pub mod state;
mod theme;
mod views;
pub mod worker;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::index::AnalysisIndex;
use crate::model::Analysis;
use crate::model::Document;
use crate::model::LoadError;
use crate::samples;
use state::{Notice, Session, Source, SourceEntry, SourceStatus, Tab};
use worker::{Event, Job, Worker};

/// While reports are being read, the analysis runs at most this often (seconds).
const ANALYSIS_EVERY: f64 = 2.0;

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

/// A passage the reader scrolls to once and flashes.
#[derive(Debug, Clone, PartialEq)]
pub struct Focus {
    pub path: String,
    pub start: usize,
    pub end: usize,
    /// Time (egui seconds) when it was asked for; the flash fades after that.
    pub since: f64,
    pub scrolled: bool,
}

/// How the app starts.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    /// Reports given on the command line; they replace the saved session's reports.
    pub files: Vec<PathBuf>,
    /// Ignore the saved session.
    pub fresh: bool,
    /// Open the bundled sample when there is nothing else to show on a first run.
    pub sample_on_first_run: bool,
    /// Where the session is saved (written whole, then renamed into place); `None` keeps it
    /// in eframe's storage.
    pub session_file: Option<PathBuf>,
    /// When the process started: the first frame logs how long it took (`RUST_LOG=info`).
    pub started: Option<std::time::Instant>,
}

impl Startup {
    /// `$XDG_CONFIG_HOME/parallax/session.json`, else `~/.config/parallax/session.json`.
    pub fn default_session_file() -> Option<PathBuf> {
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
        Some(config.join("parallax").join("session.json"))
    }
}

pub struct ParallaxApp {
    pub session: Session,
    pub sources: Vec<Source>,
    pub notices: Vec<Notice>,
    pub analysis: Option<Arc<Analysis>>,
    /// What the views look up in the analysis (built with it, off the UI thread).
    pub index: Arc<AnalysisIndex>,
    /// The passage the reader shows next (from a disagreement or a plot point).
    pub focus: Option<Focus>,
    /// Disagreement rows opened to show their sentences (not saved).
    pub expanded: std::collections::HashSet<String>,
    /// The site map's geometry and view state (not saved).
    pub map: map::MapState,
    /// The plot's series and view state (not saved).
    pub plot: plot::PlotCache,
    /// Where the plot and its timeline were drawn last frame, for the PNG export.
    pub plot_rect: Option<egui::Rect>,
    /// Position of each source in `sources`, by path.
    source_at: HashMap<String, usize>,
    /// The sources changed since they were last copied into the session.
    session_stale: bool,
    /// The topic lit in the side-by-side view and the report it was hovered in.
    pub linked: Option<(crate::compare::TopicKey, String)>,
    /// Columns that have scrolled to the lit topic already.
    linked_scrolled: std::collections::HashSet<String>,
    commands: Vec<Command>,
    worker: Worker,
    /// Paths picked in a file dialog, which runs on its own thread.
    dialog_tx: Sender<Vec<PathBuf>>,
    dialog_rx: Receiver<Vec<PathBuf>>,
    /// Open batches: (files done, files in all), and where each new source goes.
    batches: HashMap<u64, Batch>,
    next_batch: u64,
    /// The documents' version: bumped by every change of the open reports or their edits.
    generation: u64,
    /// The version last sent to the analyst, and whether its answer is still awaited.
    sent_generation: u64,
    in_flight: bool,
    /// When (egui seconds) the last analysis was sent: a long batch is analysed every few
    /// seconds as it is read, not once per file.
    sent_at: f64,
    /// The version the shown analysis is of.
    analyzed_generation: u64,
    /// egui's clock at the start of the frame.
    now: f64,
    /// The egui context, for screenshots asked for by a command.
    ctx: Option<egui::Context>,
    /// Where the session is saved (see [`Startup::session_file`]).
    session_file: Option<PathBuf>,
    /// Process start, until the first frame has been drawn.
    started: Option<std::time::Instant>,
    /// What background writes (exports) have to tell the user.
    notice_tx: Sender<Notice>,
    notice_rx: Receiver<Notice>,
}

#[derive(Default)]
struct Batch {
    done: usize,
    total: usize,
    /// (order in the batch, source path) of the sources it added.
    added: Vec<(usize, String)>,
    duplicates: usize,
}

impl ParallaxApp {
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        theme::apply(&cc.egui_ctx);
        let ctx = cc.egui_ctx.clone();
        let worker = Worker::spawn(move || ctx.request_repaint());
        let (dialog_tx, dialog_rx) = channel();
        let (notice_tx, notice_rx) = channel();
        let mut app = ParallaxApp {
            session: Session::new(),
            sources: Vec::new(),
            notices: Vec::new(),
            analysis: None,
            index: Default::default(),
            focus: None,
            expanded: Default::default(),
            plot: Default::default(),
            map: Default::default(),
            plot_rect: None,
            linked: None,
            source_at: HashMap::new(),
            session_stale: false,
            linked_scrolled: Default::default(),
            commands: Vec::new(),
            worker,
            dialog_tx,
            dialog_rx,
            batches: HashMap::new(),
            next_batch: 1,
            generation: 0,
            sent_generation: 0,
            in_flight: false,
            sent_at: f64::NEG_INFINITY,
            analyzed_generation: 0,
            now: 0.0,
            ctx: Some(cc.egui_ctx.clone()),
            session_file: startup.session_file.clone(),
            started: startup.started,
            notice_tx,
            notice_rx,
        };
        let saved = if startup.fresh { None } else { app.saved_session(cc.storage) };
        if let Some(json) = saved {
            match Session::from_json(&json) {
                Ok(mut session) => {
                    // Reports named on the command line replace the saved ones; the layout stays.
                    if !startup.files.is_empty() {
                        session.sources.clear();
                        session.selected = None;
                    }
                    app.restore(session)
                }
                Err(reason) => {
                    // Kept for the user, but not read again.
                    let kept = app
                        .session_file
                        .as_deref()
                        .filter(|p| p.exists())
                        .map(|p| match crate::store::set_aside(p) {
                            Ok(to) => format!(" It was kept as {}.", to.display()),
                            Err(e) => format!(" It could not be moved aside: {e}."),
                        })
                        .unwrap_or_default();
                    app.notices.push(Notice {
                        text: format!(
                            "The saved session could not be read ({reason}); starting with a fresh one.{kept}"
                        ),
                        error: true,
                    })
                }
            }
        }
        if !startup.files.is_empty() {
            app.open_paths(startup.files);
        } else if startup.sample_on_first_run && !app.session.seen_sample && app.sources.is_empty() {
            app.open_samples();
        }
        app
    }

    /// The saved session's text: the session file, else (an older save, or no file set)
    /// eframe's storage.
    fn saved_session(&mut self, storage: Option<&dyn eframe::Storage>) -> Option<String> {
        if let Some(path) = &self.session_file {
            match std::fs::read(path) {
                Ok(bytes) => return Some(String::from_utf8_lossy(&bytes).into_owned()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    self.notices.push(Notice {
                        text: format!("The saved session {} could not be read: {e}.", path.display()),
                        error: true,
                    });
                    return None;
                }
            }
        }
        storage.and_then(|s| s.get_string(state::SESSION_KEY))
    }

    /// Re-opens the reports of a saved session, keeping the user's edits and colours.
    fn restore(&mut self, session: Session) {
        let entries = session.sources.clone();
        self.session = Session { sources: Vec::new(), ..session };
        let mut paths = Vec::new();
        let mut sample_names = Vec::new();
        for entry in entries {
            match entry.path.strip_prefix("sample:") {
                Some(name) => sample_names.push(name.to_string()),
                None => paths.push(PathBuf::from(&entry.path)),
            }
            self.sources.push(Source { entry, status: SourceStatus::Loading });
        }
        self.reindex_sources();
        if !paths.is_empty() {
            let batch = self.new_batch();
            self.worker.send(Job::Open { batch, paths });
        }
        if !sample_names.is_empty() {
            let batch = self.new_batch();
            self.worker.send(Job::Samples { batch, names: sample_names });
        }
    }

    fn new_batch(&mut self) -> u64 {
        let b = self.next_batch;
        self.next_batch += 1;
        self.batches.insert(b, Batch::default());
        b
    }

    /// Files and folders from the dialog, a drop or the command line: one path for all.
    pub fn open_paths(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        let batch = self.new_batch();
        self.worker.send(Job::Open { batch, paths });
    }

    pub fn open_samples(&mut self) {
        self.session.seen_sample = true;
        let names = samples::SAMPLES.iter().map(|(n, _)| n.to_string()).collect();
        let batch = self.new_batch();
        self.worker.send(Job::Samples { batch, names });
    }

    /// Queues a command; it is applied at the end of the frame.
    pub fn command(&mut self, c: Command) {
        self.commands.push(c);
    }

    /// True while files are being read or analysed.
    pub fn is_busy(&self) -> bool {
        !self.batches.is_empty() || self.analyzed_generation != self.generation
    }

    /// (files read, files in all) over the batches under way.
    pub fn progress(&self) -> Option<(usize, usize)> {
        if self.batches.is_empty() {
            return None;
        }
        Some(self.batches.values().fold((0, 0), |(d, t), b| (d + b.done, t + b.total)))
    }

    /// How a report of the analysis is shown in every view: its label and its colour (grey
    /// when it is no longer open).
    pub fn report_style(&self, doc: &crate::model::DocumentInfo) -> (String, egui::Color32) {
        let source = self.source(&doc.path);
        (
            source.map(|s| s.label()).or_else(|| doc.outlet.clone()).unwrap_or_else(|| doc.id.clone()),
            source.map(|s| theme::source_color(s.entry.color)).unwrap_or(egui::Color32::GRAY),
        )
    }

    pub fn ready_documents(&self) -> Vec<Arc<Document>> {
        self.sources.iter().filter_map(|s| s.document().cloned()).collect()
    }

    fn find(&self, path: &str) -> Option<usize> {
        self.source_at.get(path).copied()
    }

    /// The open report at a path.
    pub fn source(&self, path: &str) -> Option<&Source> {
        self.sources.get(self.find(path)?)
    }

    /// Keeps the path → position map of the sources in step with the list.
    fn reindex_sources(&mut self) {
        self.source_at = self.sources.iter().enumerate().map(|(i, s)| (s.entry.path.clone(), i)).collect();
    }

    /// The lowest palette index no open report has (one pass over the reports, not one per
    /// candidate: a folder of a thousand reports would cost a billion comparisons).
    fn next_color(&self) -> usize {
        let used: std::collections::HashSet<usize> = self.sources.iter().map(|s| s.entry.color).collect();
        (0..).find(|c| !used.contains(c)).unwrap_or(0)
    }

    /// Applies one answer of the worker.
    fn on_event(&mut self, event: Event) {
        match event {
            Event::Started { batch, total } => {
                if let Some(b) = self.batches.get_mut(&batch) {
                    b.total = total;
                }
            }
            Event::Loaded { batch, index, doc } => {
                if let Some(b) = self.batches.get_mut(&batch) {
                    b.done += 1;
                }
                self.add_document(batch, index, doc);
            }
            Event::Failed { batch, error } => {
                if let Some(b) = self.batches.get_mut(&batch) {
                    b.done += 1;
                }
                self.on_failed(error);
            }
            Event::Finished { batch } => {
                if let Some(b) = self.batches.remove(&batch) {
                    self.finish_batch(b);
                }
            }
            Event::Analyzed { generation, analysis, index } => {
                if generation == self.sent_generation {
                    self.in_flight = false;
                }
                // A newer set than the one shown, even if not the newest: shown until the next.
                if generation > self.analyzed_generation {
                    self.analysis = Some(Arc::new(*analysis));
                    self.index = Arc::new(*index);
                    self.analyzed_generation = generation;
                }
            }
        }
    }

    fn add_document(&mut self, batch: u64, index: usize, doc: Document) {
        // The reader made the path canonical already.
        let path = doc.path.clone();
        let doc = Arc::new(doc);
        if let Some(i) = self.find(&path) {
            match self.sources[i].status {
                // A restored entry that was waiting for its file.
                SourceStatus::Loading | SourceStatus::Missing(_) => {
                    self.sources[i].status = SourceStatus::Ready(doc);
                    self.changed();
                }
                SourceStatus::Ready(_) => {
                    if let Some(b) = self.batches.get_mut(&batch) {
                        b.duplicates += 1;
                    }
                }
            }
            return;
        }
        let entry = SourceEntry { path: path.clone(), color: self.next_color(), ..Default::default() };
        self.sources.push(Source { entry, status: SourceStatus::Ready(doc) });
        self.source_at.insert(path.clone(), self.sources.len() - 1);
        if let Some(b) = self.batches.get_mut(&batch) {
            b.added.push((index, path.clone()));
        }
        if self.session.selected.is_none() {
            self.session.selected = Some(path);
        }
        self.changed();
    }

    fn on_failed(&mut self, error: LoadError) {
        let path = error.path.clone();
        // A report of the saved session that is gone now stays in the list as missing.
        if let Some(i) = self.find(&path)
            && !matches!(self.sources[i].status, SourceStatus::Ready(_))
        {
            self.sources[i].status = SourceStatus::Missing(error.error.clone());
            let text = format!("{} is missing: {}", state::shown(&error.path), error.error);
            self.notices.push(Notice { text, error: true });
            return;
        }
        let text = format!("Could not open {}: {}", state::shown(&error.path), error.error);
        self.notices.push(Notice { text, error: true });
    }

    /// Puts the sources of a batch in the order their files were given.
    fn finish_batch(&mut self, batch: Batch) {
        if batch.added.len() > 1 {
            let order: HashMap<&str, usize> = batch.added.iter().map(|(i, p)| (p.as_str(), *i)).collect();
            let first = self.sources.iter().position(|s| order.contains_key(s.entry.path.as_str()));
            if let Some(first) = first {
                let mut tail: Vec<Source> = self.sources.split_off(first);
                tail.sort_by_key(|s| order.get(s.entry.path.as_str()).copied().unwrap_or(usize::MAX));
                self.sources.extend(tail);
            }
        }
        if batch.duplicates > 0 {
            self.notices.push(Notice {
                text: format!(
                    "{} report{} already open and {} not opened again.",
                    batch.duplicates,
                    if batch.duplicates == 1 { " was" } else { "s were" },
                    if batch.duplicates == 1 { "was" } else { "were" }
                ),
                error: false,
            });
        }
        self.sync_session();
    }

    /// The documents changed: they are analysed again in the background (see
    /// [`Self::schedule_analysis`]).
    fn changed(&mut self) {
        self.generation += 1;
        // Copied into the session once per frame, not once per file of a batch.
        self.session_stale = true;
    }

    /// Sends the documents to the analyst once per change, not once per file: while files are
    /// being read, at most every [`ANALYSIS_EVERY`] seconds so that results stream in, and
    /// never while an analysis is under way (the next one takes all that changed meanwhile).
    fn schedule_analysis(&mut self) {
        if self.generation == self.sent_generation || self.in_flight {
            return;
        }
        if !self.batches.is_empty() && self.now - self.sent_at < ANALYSIS_EVERY {
            return;
        }
        let docs = self.effective_documents();
        self.worker.send(Job::Analyze { generation: self.generation, docs });
        self.sent_generation = self.generation;
        self.in_flight = true;
        self.sent_at = self.now;
    }

    /// A worker thread that died is started again; what it was doing is asked for again or
    /// reported lost.
    fn revive_worker(&mut self) {
        match self.worker.revive() {
            None => {}
            Some(worker::Stopped::Analyst) => {
                self.in_flight = false;
                self.sent_generation = 0;
                self.notices.push(Notice {
                    text: "The analysis stopped on an internal error and was started again.".into(),
                    error: true,
                });
            }
            Some(worker::Stopped::Reader) => {
                let lost = std::mem::take(&mut self.batches).len();
                for s in self.sources.iter_mut().filter(|s| matches!(s.status, SourceStatus::Loading)) {
                    s.status = SourceStatus::Missing("reading stopped on an internal error".into());
                }
                self.notices.push(Notice {
                    text: format!(
                        "Reading stopped on an internal error and was started again; {lost} batch{} of files may be incomplete: open them again.",
                        if lost == 1 { "" } else { "es" }
                    ),
                    error: true,
                });
            }
        }
    }

    /// The documents with the user's edits of outlet and date applied.
    fn effective_documents(&self) -> Vec<Arc<Document>> {
        self.sources
            .iter()
            .filter_map(|s| {
                let doc = s.document()?;
                if s.entry.outlet.is_none() && s.entry.published.is_none() {
                    return Some(doc.clone());
                }
                let mut d = (**doc).clone();
                if let Some(o) = s.entry.outlet.clone().filter(|o| !o.trim().is_empty()) {
                    d.outlet = Some(o);
                    d.outlet_basis = crate::model::OutletBasis::User;
                }
                if let Some(p) = s.entry.published.clone().filter(|p| !p.trim().is_empty()) {
                    d.published = Some(p);
                    d.published_basis = Some("set by the user".into());
                }
                Some(Arc::new(d))
            })
            .collect()
    }

    fn sync_session(&mut self) {
        self.reindex_sources();
        self.session_stale = false;
        self.session.sources = self.sources.iter().map(|s| s.entry.clone()).collect();
    }

    fn apply(&mut self, command: Command) {
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
                        self.sources[i].entry.published = Some(iso);
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

    fn show_passage(&mut self, path: String, start: usize, end: usize) {
        self.session.selected = Some(path.clone());
        self.session.show_reader = true;
        self.focus = Some(Focus { path, start, end, since: self.now, scrolled: false });
    }

    /// The native dialog runs on its own thread so that the frame never waits on it; its
    /// answer arrives through `dialog_rx` and goes the same way as a drop.
    fn spawn_dialog(&self, folder: bool) {
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

    fn export_disagreements(&mut self, csv: bool) {
        let Some(analysis) = self.analysis.clone() else { return };
        let content =
            if csv { crate::export::report_csv(&analysis) } else { crate::export::report_markdown(&analysis) };
        let (name, ext) = if csv { ("disagreements.csv", "csv") } else { ("disagreements.md", "md") };
        self.save_with_dialog(name, ext, content.into_bytes());
    }

    /// Asks for a file name on a thread of its own, then writes the export there.
    fn save_with_dialog(&mut self, name: &'static str, ext: &'static str, content: Vec<u8>) {
        if let Err(e) = spawn_save(name, ext, content, self.notice_tx.clone()) {
            self.notices.push(Notice { text: format!("Could not open the save dialog: {e}"), error: true });
        }
    }

    /// A screenshot of the next frame, cut to the plot and its timeline, saved as PNG.
    fn export_plot_png(&mut self) {
        let Some(rect) = self.plot_rect else { return };
        let Some(ctx) = self.ctx.clone() else { return };
        let ppp = ctx.pixels_per_point();
        let tell = self.notice_tx.clone();
        ctx.request_screenshot(move |image| {
            let failed = match plot::png_of_region(&image, rect, ppp) {
                Ok(png) => spawn_save("figures-over-time.png", "png", png, tell.clone())
                    .err()
                    .map(|e| format!("Could not open the save dialog: {e}")),
                Err(e) => Some(format!("Could not make a picture of the plot: {e}")),
            };
            if let Some(text) = failed {
                let _ = tell.send(Notice { text, error: true });
            }
        });
    }

    /// Dropped files and folders; their paths go the same way as the dialog's.
    fn take_dropped(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if dropped.is_empty() {
            return;
        }
        let paths: Vec<PathBuf> =
            dropped.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect();
        self.open_paths(paths);
    }

    fn drain(&mut self, ctx: &egui::Context) {
        while let Ok(event) = self.worker.events.try_recv() {
            self.on_event(event);
        }
        while let Ok(paths) = self.dialog_rx.try_recv() {
            self.open_paths(paths);
        }
        while let Ok(notice) = self.notice_rx.try_recv() {
            self.notices.push(notice);
        }
        self.take_dropped(ctx);
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O))) {
            self.commands.push(Command::OpenFileDialog);
        }
    }
}

/// A save dialog on a thread of its own (the frame never waits on it); writes the file there
/// (whole or not at all) and tells the user how it went.
fn spawn_save(name: &'static str, ext: &'static str, content: Vec<u8>, tell: Sender<Notice>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("export".into())
        .spawn(move || {
            let Some(path) = rfd::FileDialog::new().set_file_name(name).add_filter(ext, &[ext]).save_file() else {
                return;
            };
            let notice = match crate::store::write_atomically(&path, &content) {
                Ok(()) => Notice { text: format!("Saved {}.", path.display()), error: false },
                Err(e) => Notice { text: format!("Could not save {}: {e}", path.display()), error: true },
            };
            let _ = tell.send(notice);
        })
        .map(|_| ())
}

impl eframe::App for ParallaxApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.now = ctx.input(|i| i.time);
        if let Some(t) = self.started.take() {
            log::info!("first frame {:.0} ms after start", t.elapsed().as_secs_f64() * 1000.0);
        }
        self.drain(&ctx);
        views::top_bar(ui, self);
        if self.sources.is_empty() && self.batches.is_empty() {
            egui::CentralPanel::default().show(ui, |ui| start::show(ui, self));
        } else {
            egui::Panel::left("sources").default_size(280.0).min_size(200.0).show(ui, |ui| sources::show(ui, self));
            if self.session.show_reader {
                egui::Panel::right("reader").default_size(540.0).min_size(280.0).show(ui, |ui| reader::show(ui, self));
            }
            egui::CentralPanel::default().show(ui, |ui| views::central(ui, self));
        }
        views::drop_overlay(&ctx);
        for c in std::mem::take(&mut self.commands) {
            self.apply(c);
        }
        self.revive_worker();
        self.schedule_analysis();
        if self.session_stale {
            self.sync_session();
        }
        if self.is_busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.sync_session();
        let json = self.session.to_json();
        match &self.session_file {
            Some(path) => {
                if let Err(e) = crate::store::write_atomically(path, json.as_bytes()) {
                    log::error!("could not save the session to {}: {e}", path.display());
                    self.notices.push(Notice {
                        text: format!("The session could not be saved to {}: {e}", path.display()),
                        error: true,
                    });
                }
            }
            None => storage.set_string(state::SESSION_KEY, json),
        }
    }
}

/// Opens the window.
pub fn run(startup: Startup) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Parallax")
        .with_app_id("parallax")
        .with_inner_size([1360.0, 860.0])
        .with_min_inner_size([760.0, 480.0])
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(crate::desktop::ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions { viewport, ..Default::default() };
    eframe::run_native("Parallax", options, Box::new(move |cc| Ok(Box::new(ParallaxApp::new(cc, startup)))))
}
