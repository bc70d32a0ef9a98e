//! The command line: `parallax [FILES…]` opens the app, `parallax analyze` prints the
//! analysis, `parallax --install-desktop` registers the app for double-clicked reports.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::Day;
use crate::pipeline::{KnownDays, analyze_paths};

#[derive(Debug, Parser)]
#[command(
    name = "parallax",
    version,
    about = "Compare several news reports of one event: which figures agree, which differ, which changed over time.",
    long_about = "Compare several news reports of one event: which figures agree, which differ, which changed over time.\n\n\
        With no command, opens the desktop app with the given reports (files or folders; the bundled sample \
        reports when none is given and no session was saved). Reports may be plain text, Markdown or saved web \
        pages, in any encoding.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Reports (files or folders) to open in the app
    pub files: Vec<PathBuf>,

    /// Install the desktop entry and icon for the current user, so that double-clicking a
    /// report in a file manager can open it in Parallax, then exit
    #[arg(long)]
    pub install_desktop: bool,

    /// Start with an empty session instead of the saved one
    #[arg(long)]
    pub fresh: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse reports without the window and print the result
    #[command(long_about = "Analyse reports without the window and print the result to standard output.\n\n\
        JSON (the default) is the schema `parallax.analysis/1`: documents (with outlet and publication date), \
        errors (inputs that could not be read, with the reason), figures, disagreements, places, relations \
        and timeline. CSV prints one row per figure.\n\n\
        Exit status: 0 when at least one report was read (unreadable inputs are listed in `errors`), \
        2 when none was, 1 on an output error.")]
    Analyze {
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Indent the JSON for people
        #[arg(long)]
        pretty: bool,
        /// The day a report was published, for one whose text does not say it (a page saved
        /// without its date line): PATH=YYYY-MM-DD, PATH as given among the reports; repeatable
        #[arg(long = "published", value_name = "PATH=YYYY-MM-DD", value_parser = parse_published)]
        published: Vec<(PathBuf, Day)>,
        /// Report files or folders (folders are searched for .txt, .md and .html files)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Csv,
}

/// `PATH=YYYY-MM-DD` (the last `=` divides them: a path may hold one).
fn parse_published(s: &str) -> Result<(PathBuf, Day), String> {
    let (path, day) = s.rsplit_once('=').ok_or("expected PATH=YYYY-MM-DD")?;
    let date: jiff::civil::Date = day.trim().parse().map_err(|_| format!("{day:?} is not a day written YYYY-MM-DD"))?;
    if path.is_empty() {
        return Err("expected PATH=YYYY-MM-DD (the path is missing)".into());
    }
    Ok((PathBuf::from(path), Day::new(date, true)))
}

/// Runs `parallax analyze`; returns the process exit code. `published` gives the day of
/// reports whose text does not carry it.
pub fn run_analyze(paths: &[PathBuf], format: Format, pretty: bool, published: &[(PathBuf, Day)]) -> i32 {
    let analysis = analyze_paths(paths, &KnownDays::new(published));
    let stdout = std::io::stdout();
    // Streamed: the JSON of a large analysis is never held whole in memory.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = match format {
        Format::Json => {
            let json = if pretty {
                serde_json::to_writer_pretty(&mut out, &analysis)
            } else {
                crate::export::write_json(&mut out, &analysis)
            };
            match json {
                Ok(()) => writeln!(out),
                Err(e) if e.is_io() => Err(e.into()),
                Err(e) => {
                    eprintln!("parallax: could not write JSON: {e}");
                    return 1;
                }
            }
        }
        Format::Csv => {
            for e in &analysis.errors {
                eprintln!("parallax: {}: {}", e.path, e.error);
            }
            out.write_all(crate::export::figures_csv(&analysis).as_bytes())
        }
    };
    if let Err(e) = written.and_then(|_| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("parallax: could not write output: {e}");
        return 1;
    }
    let code = if analysis.documents.is_empty() {
        if format == Format::Json {
            for e in &analysis.errors {
                eprintln!("parallax: {}: {}", e.path, e.error);
            }
        }
        eprintln!("parallax: no report could be read");
        2
    } else {
        0
    };
    // The process ends here: freeing tens of thousands of items one by one would only delay it.
    std::mem::forget(analysis);
    code
}
