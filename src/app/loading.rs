//! Reports coming in and going out: batches of files and folders read on the reader thread,
//! each report added as it is read, and one analysis per change sent to the analyst thread.

use std::path::PathBuf;
use std::sync::Arc;

use super::*;

#[derive(Default)]
pub(super) struct Batch {
    pub(super) done: usize,
    pub(super) total: usize,
    /// (order in the batch, source path) of the sources it added.
    pub(super) added: Vec<(usize, String)>,
    pub(super) duplicates: usize,
}

impl ParallaxApp {
    pub(super) fn new_batch(&mut self) -> u64 {
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

    /// Applies one answer of the worker.
    pub(super) fn on_event(&mut self, event: Event) {
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

    pub(super) fn add_document(&mut self, batch: u64, index: usize, doc: Document) {
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

    pub(super) fn on_failed(&mut self, error: LoadError) {
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
    pub(super) fn finish_batch(&mut self, batch: Batch) {
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
    pub(super) fn changed(&mut self) {
        self.generation += 1;
        // Copied into the session once per frame, not once per file of a batch.
        self.session_stale = true;
    }

    /// Sends the documents to the analyst once per change, not once per file: while files are
    /// being read, at most every [`ANALYSIS_EVERY`] seconds so that results stream in, and
    /// never while an analysis is under way (the next one takes all that changed meanwhile).
    pub(super) fn schedule_analysis(&mut self) {
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
    pub(super) fn revive_worker(&mut self) {
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
    pub(super) fn effective_documents(&self) -> Vec<Arc<Document>> {
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
                if let Some(p) = s.entry.published.as_deref().and_then(crate::ingest::published::iso_day) {
                    d.published = Some(p);
                    d.published_basis = Some("set by the user".into());
                }
                Some(Arc::new(d))
            })
            .collect()
    }

    /// Dropped files and folders; their paths go the same way as the dialog's.
    pub(super) fn take_dropped(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if dropped.is_empty() {
            return;
        }
        let paths: Vec<PathBuf> =
            dropped.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect();
        self.open_paths(paths);
    }

    pub(super) fn drain(&mut self, ctx: &egui::Context) {
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
