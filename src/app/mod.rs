//! The desktop app. Views draw [`ParallaxApp`]'s state and push [`Command`]s; the app applies
//! them once per frame. Reading and analysis run on the [`worker`] thread.

mod commands;
mod disagreements;
mod exports;
mod loading;
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

pub use commands::Command;
use loading::Batch;

/// While reports are being read, the analysis runs at most this often (seconds).
const ANALYSIS_EVERY: f64 = 2.0;

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

    fn sync_session(&mut self) {
        self.reindex_sources();
        self.session_stale = false;
        self.session.sources = self.sources.iter().map(|s| s.entry.clone()).collect();
    }
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
            // Side panels keep the width the user gives them, within bounds, whatever their
            // content (a long note wraps): the central view keeps its room.
            let width = ui.available_width();
            if !self.session.hide_sources {
                egui::Panel::left("sources")
                    .default_size(260.0)
                    .size_range(200.0..=(width * 0.28).max(220.0))
                    .show(ui, |ui| sources::show(ui, self));
            }
            if self.session.show_reader {
                egui::Panel::right("reader")
                    .default_size((width * 0.34).clamp(300.0, 560.0))
                    .size_range(280.0..=(width * 0.5).max(300.0))
                    .show(ui, |ui| reader::show(ui, self));
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
