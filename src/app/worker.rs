//! Reading and analysing off the UI thread. The app sends [`Job`]s; two background threads
//! answer with [`Event`]s and ask for a repaint, so no frame ever waits on the disk or on the
//! analysis: a reader (files, folders, samples) and an analyst, which keeps each report's
//! reading ([`Pipeline`]) and, when several analyses are queued, runs only the newest.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::thread::JoinHandle;

use crate::index::AnalysisIndex;
use crate::ingest::{expand_paths, load_file};
use crate::model::Analysis;
use crate::model::Document;
use crate::model::LoadError;
use crate::pipeline::Pipeline;
use crate::samples;

pub enum Job {
    /// Read these files and folders.
    Open { batch: u64, paths: Vec<PathBuf> },
    /// Read bundled samples by name.
    Samples { batch: u64, names: Vec<String> },
    /// Analyse the documents; `generation` lets the app drop stale results.
    Analyze { generation: u64, docs: Vec<Arc<Document>> },
}

pub enum Event {
    /// How many files a batch has, once folders are expanded.
    Started {
        batch: u64,
        total: usize,
    },
    /// A report was read; its path is canonical already.
    Loaded {
        batch: u64,
        index: usize,
        doc: Document,
    },
    /// An input could not be read; its path is canonical where it exists.
    Failed {
        batch: u64,
        error: LoadError,
    },
    Finished {
        batch: u64,
    },
    /// The analysis and what the views look up in it, both built on the analyst thread.
    Analyzed {
        generation: u64,
        analysis: Box<Analysis>,
        index: Box<AnalysisIndex>,
    },
}

type Wake = Arc<dyn Fn() + Send + Sync>;

/// The two threads and the channels to them.
pub struct Worker {
    reader: Sender<Job>,
    analyst: Sender<Job>,
    handles: [Option<JoinHandle<()>>; 2],
    event_tx: Sender<Event>,
    pub events: Receiver<Event>,
    wake: Wake,
}

impl Worker {
    /// Starts the threads; `wake` is called after each event (a repaint request).
    pub fn spawn(wake: impl Fn() + Send + Sync + 'static) -> Worker {
        let (event_tx, events) = channel::<Event>();
        let wake: Wake = Arc::new(wake);
        let (reader, reader_handle) = spawn_reader(event_tx.clone(), wake.clone());
        let (analyst, analyst_handle) = spawn_analyst(event_tx.clone(), wake.clone());
        Worker { reader, analyst, handles: [reader_handle, analyst_handle], event_tx, events, wake }
    }

    pub fn send(&self, job: Job) {
        let to = if matches!(job, Job::Analyze { .. }) { &self.analyst } else { &self.reader };
        if to.send(job).is_err() {
            log::error!("a worker thread has stopped");
        }
    }

    /// Restarts a thread that has died (a fault outside the per-report net); says which, so
    /// that the app can tell the user and ask again for what was lost.
    pub fn revive(&mut self) -> Option<Stopped> {
        let dead = |h: &Option<JoinHandle<()>>| h.as_ref().is_none_or(|h| h.is_finished());
        if dead(&self.handles[0]) {
            let (tx, h) = spawn_reader(self.event_tx.clone(), self.wake.clone());
            self.reader = tx;
            self.handles[0] = h;
            return Some(Stopped::Reader);
        }
        if dead(&self.handles[1]) {
            let (tx, h) = spawn_analyst(self.event_tx.clone(), self.wake.clone());
            self.analyst = tx;
            self.handles[1] = h;
            return Some(Stopped::Analyst);
        }
        None
    }
}

/// Which thread stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    Reader,
    Analyst,
}

fn spawn_thread(name: &str, body: impl FnOnce() + Send + 'static) -> Option<JoinHandle<()>> {
    std::thread::Builder::new()
        .name(name.into())
        .spawn(body)
        .map_err(|e| log::error!("could not start the {name} thread: {e}"))
        .ok()
}

fn spawn_reader(events: Sender<Event>, wake: Wake) -> (Sender<Job>, Option<JoinHandle<()>>) {
    let (jobs, job_rx) = channel::<Job>();
    let handle = spawn_thread("parallax-reader", move || {
        let send = |e: Event| {
            let ok = events.send(e).is_ok();
            wake();
            ok
        };
        while let Ok(job) = job_rx.recv() {
            if !read_job(job, &send) {
                break;
            }
        }
    });
    (jobs, handle)
}

fn spawn_analyst(events: Sender<Event>, wake: Wake) -> (Sender<Job>, Option<JoinHandle<()>>) {
    let (jobs, job_rx) = channel::<Job>();
    let handle = spawn_thread("parallax-analyst", move || {
        let mut pipeline = Pipeline::new();
        while let Ok(mut job) = job_rx.recv() {
            // Only the newest set of documents matters: skip the analyses queued before it.
            loop {
                match job_rx.try_recv() {
                    Ok(newer) => job = newer,
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => return,
                }
            }
            let Job::Analyze { generation, docs } = job else { continue };
            let analysis = pipeline.analyze(&docs, Vec::new());
            let index = AnalysisIndex::build(&analysis, docs.iter().map(|d| (d.path.as_str(), d.text.as_str())));
            let event = Event::Analyzed { generation, analysis: Box::new(analysis), index: Box::new(index) };
            let ok = events.send(event).is_ok();
            wake();
            if !ok {
                break;
            }
        }
    });
    (jobs, handle)
}

/// Paths are compared in canonical form, so that one report opened twice by different
/// routes is recognised; found here, off the UI thread, as it asks the file system.
pub fn canonical(path: &str) -> String {
    if path.starts_with("sample:") {
        return path.to_string();
    }
    std::fs::canonicalize(Path::new(path)).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string())
}

/// Returns false when the app has gone away.
fn read_job(job: Job, send: &dyn Fn(Event) -> bool) -> bool {
    match job {
        Job::Open { batch, paths } => {
            let (files, errors) = expand_paths(&paths);
            if !send(Event::Started { batch, total: files.len() + errors.len() }) {
                return false;
            }
            for mut error in errors {
                error.path = canonical(&error.path);
                send(Event::Failed { batch, error });
            }
            // Files one by one (each read is fast); the progress bar moves with each.
            for (index, path) in files.iter().enumerate() {
                let event = match load_file(path) {
                    Ok(doc) => Event::Loaded { batch, index, doc: Document { path: canonical(&doc.path), ..doc } },
                    Err(e) => {
                        let mut error = LoadError::new(path, &e);
                        error.path = canonical(&error.path);
                        Event::Failed { batch, error }
                    }
                };
                if !send(event) {
                    return false;
                }
            }
            send(Event::Finished { batch })
        }
        Job::Samples { batch, names } => {
            send(Event::Started { batch, total: names.len() });
            for (index, name) in names.iter().enumerate() {
                let event = match samples::load_sample(name) {
                    Some(Ok(doc)) => Event::Loaded { batch, index, doc },
                    Some(Err(e)) => Event::Failed {
                        batch,
                        error: LoadError { path: samples::sample_path(name), error: e.to_string() },
                    },
                    None => Event::Failed {
                        batch,
                        error: LoadError {
                            path: samples::sample_path(name),
                            error: "this sample is no longer bundled".into(),
                        },
                    },
                };
                send(event);
            }
            send(Event::Finished { batch })
        }
        // Analyses go to the analyst thread.
        Job::Analyze { .. } => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_that_dies_is_noticed_and_started_again() {
        // The wake-up call panics on its first use: the thread that calls it dies.
        let woken = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = woken.clone();
        let mut w = Worker::spawn(move || {
            if count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
                panic!("a fault in the reader");
            }
        });
        assert_eq!(w.revive(), None);
        w.send(Job::Samples { batch: 1, names: vec![] });
        let start = std::time::Instant::now();
        let mut stopped = None;
        while stopped.is_none() && start.elapsed() < std::time::Duration::from_secs(10) {
            stopped = w.revive();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(stopped, Some(Stopped::Reader));
        // The new reader answers.
        w.send(Job::Samples { batch: 2, names: vec![] });
        // (The first batch's answer came before its thread died.)
        let answered = std::iter::from_fn(|| w.events.recv_timeout(std::time::Duration::from_secs(10)).ok())
            .any(|e| matches!(e, Event::Started { batch: 2, .. }));
        assert!(answered);
        assert_eq!(w.revive(), None);
    }
}
