//! Reading and analysing off the UI thread. The app sends [`Job`]s; a background thread
//! answers with [`Event`]s and asks for a repaint, so no frame ever waits on the disk.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::analysis::{Analysis, analyze_documents};
use crate::ingest::{LoadError, expand_paths, load_file};
use crate::model::Document;
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
    Loaded {
        batch: u64,
        index: usize,
        doc: Document,
    },
    Failed {
        batch: u64,
        error: LoadError,
    },
    Finished {
        batch: u64,
    },
    Analyzed {
        generation: u64,
        analysis: Box<Analysis>,
    },
}

pub struct Worker {
    jobs: Sender<Job>,
    pub events: Receiver<Event>,
}

impl Worker {
    /// Starts the thread; `wake` is called after each event (a repaint request).
    pub fn spawn(wake: impl Fn() + Send + 'static) -> Worker {
        let (jobs, job_rx) = channel::<Job>();
        let (event_tx, events) = channel::<Event>();
        std::thread::Builder::new()
            .name("parallax-worker".into())
            .spawn(move || {
                let send = |e: Event| {
                    let ok = event_tx.send(e).is_ok();
                    wake();
                    ok
                };
                while let Ok(job) = job_rx.recv() {
                    if !run_job(job, &send) {
                        break;
                    }
                }
            })
            .map(|_| ())
            .unwrap_or_else(|e| log::error!("could not start the worker thread: {e}"));
        Worker { jobs, events }
    }

    pub fn send(&self, job: Job) {
        if self.jobs.send(job).is_err() {
            log::error!("the worker thread has stopped");
        }
    }
}

/// Returns false when the app has gone away.
fn run_job(job: Job, send: &dyn Fn(Event) -> bool) -> bool {
    match job {
        Job::Open { batch, paths } => {
            let (files, errors) = expand_paths(&paths);
            if !send(Event::Started { batch, total: files.len() + errors.len() }) {
                return false;
            }
            for error in errors {
                send(Event::Failed { batch, error });
            }
            // Files one by one (each read is fast); the progress bar moves with each.
            for (index, path) in files.iter().enumerate() {
                let event = match load_file(path) {
                    Ok(doc) => Event::Loaded { batch, index, doc },
                    Err(e) => Event::Failed { batch, error: LoadError::new(path, &e) },
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
        Job::Analyze { generation, docs } => {
            let owned: Vec<Document> = docs.iter().map(|d| (**d).clone()).collect();
            let analysis = analyze_documents(&owned, Vec::new());
            send(Event::Analyzed { generation, analysis: Box::new(analysis) })
        }
    }
}
