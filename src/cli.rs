//! The command line: `parallax [FILES…]` opens the app, `parallax analyze` prints the
//! analysis, `parallax --install-desktop` registers the app for double-clicked reports.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::analysis::Analysis;
use crate::pipeline::analyze_paths;

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

/// Runs `parallax analyze`; returns the process exit code.
pub fn run_analyze(paths: &[PathBuf], format: Format, pretty: bool) -> i32 {
    let analysis = analyze_paths(paths);
    let stdout = std::io::stdout();
    // Streamed: the JSON of a large analysis is never held whole in memory.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = match format {
        Format::Json => {
            let json = if pretty {
                serde_json::to_writer_pretty(&mut out, &analysis)
            } else {
                serde_json::to_writer(&mut out, &analysis)
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
            out.write_all(figures_csv(&analysis).as_bytes())
        }
    };
    if let Err(e) = written.and_then(|_| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("parallax: could not write output: {e}");
        return 1;
    }
    if analysis.documents.is_empty() {
        if format == Format::Json {
            for e in &analysis.errors {
                eprintln!("parallax: {}: {}", e.path, e.error);
            }
        }
        eprintln!("parallax: no report could be read");
        2
    } else {
        0
    }
}

/// One row per figure, with the outlet of its document.
pub fn figures_csv(analysis: &Analysis) -> String {
    let mut s = String::from(
        "figure,doc,outlet,value,low,high,approx,outcome,who,nationality,org,as_of,by,text,sentence,start,end\n",
    );
    let outlet =
        |doc: &str| analysis.documents.iter().find(|d| d.id == doc).and_then(|d| d.outlet.clone()).unwrap_or_default();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let num = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
    for f in &analysis.figures {
        let row = [
            f.id.clone(),
            f.doc.clone(),
            outlet(&f.doc),
            f.value.to_string(),
            num(f.low),
            num(f.high),
            f.approx.to_string(),
            f.outcome.to_string(),
            f.who.to_string(),
            opt(&f.nationality),
            opt(&f.org),
            opt(&f.as_of),
            opt(&f.by),
            f.text.clone(),
            f.sentence.clone(),
            f.start.to_string(),
            f.end.to_string(),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        s.push_str(&cells.join(","));
        s.push('\n');
    }
    s
}

/// RFC 4180 quoting.
pub fn csv_cell(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

pub const DESKTOP_ENTRY: &str = include_str!("../assets/parallax.desktop");
pub const ICON_PNG: &[u8] = include_bytes!("../assets/parallax.png");

/// Installs `parallax.desktop` (pointing at this executable) and the icon under the user's
/// XDG data directory, and refreshes the desktop database when the tool exists.
pub fn install_desktop() -> anyhow::Result<Vec<PathBuf>> {
    use anyhow::Context;
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .context("neither XDG_DATA_HOME nor HOME is set")?;
    let exe = std::env::current_exe().context("cannot find the running executable")?;
    let apps = data.join("applications");
    let icons = data.join("icons/hicolor/256x256/apps");
    std::fs::create_dir_all(&apps).with_context(|| format!("creating {}", apps.display()))?;
    std::fs::create_dir_all(&icons).with_context(|| format!("creating {}", icons.display()))?;
    let entry = desktop_entry_for(&exe);
    let desktop = apps.join("parallax.desktop");
    std::fs::write(&desktop, entry).with_context(|| format!("writing {}", desktop.display()))?;
    let icon = icons.join("parallax.png");
    std::fs::write(&icon, ICON_PNG).with_context(|| format!("writing {}", icon.display()))?;
    // Best effort: without the tool the entry still works after the next login.
    let _ = std::process::Command::new("update-desktop-database").arg(&apps).status();
    Ok(vec![desktop, icon])
}

/// The desktop entry with `Exec` pointing at `exe` (quoted as the spec asks).
pub fn desktop_entry_for(exe: &Path) -> String {
    let exe = exe.display().to_string().replace('\\', "\\\\").replace('"', "\\\"");
    DESKTOP_ENTRY
        .lines()
        .map(|l| if l.starts_with("Exec=") { format!("Exec=\"{exe}\" %F") } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn desktop_entry_points_at_the_executable() {
        let e = desktop_entry_for(Path::new("/opt/my apps/parallax"));
        assert!(e.contains("Exec=\"/opt/my apps/parallax\" %F"));
        assert!(e.contains("MimeType=text/plain;text/html;application/xhtml+xml;text/markdown;"));
    }
}
