//! The `parallax` binary: `analyze` runs headless, anything else opens the window.

use clap::Parser;
use parallax::cli::{Cli, Command, run_analyze};
use parallax::desktop::install_desktop;

// Analysis makes many small strings (figures, sentences, labels); mimalloc serves them with a
// fraction of glibc's work. The benchmarks use it too, to measure what the app runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e` of mimalloc.h, v2; the sys
/// crate names no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() {
    let started = std::time::Instant::now();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    if let Some(Command::Analyze { format, pretty, published, paths }) = cli.command {
        // A run of `analyze` frees and takes back memory report after report, and ends: memory
        // given back to the system at once had to be faulted in and zeroed anew (a fifth of
        // the CPU time over thousands of reports). The window keeps the default, giving
        // memory back while it stays open.
        // SAFETY: sets an option of the allocator before any other thread runs.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
        std::process::exit(run_analyze(&paths, format, pretty, &published));
    }
    if cli.install_desktop {
        match install_desktop() {
            Ok(written) => {
                for p in written {
                    println!("installed {}", p.display());
                }
                println!("Reports can now be opened with Parallax from the file manager (\"Open With\").");
                return;
            }
            Err(e) => {
                eprintln!("parallax: could not install the desktop entry: {e:#}");
                std::process::exit(1);
            }
        }
    }
    open_window(cli, started);
}

#[cfg(feature = "gui")]
fn open_window(cli: Cli, started: std::time::Instant) {
    let startup = parallax::app::Startup {
        files: cli.files,
        fresh: cli.fresh,
        sample_on_first_run: true,
        session_file: parallax::app::Startup::default_session_file(),
        started: Some(started),
    };
    if let Err(e) = parallax::app::run(startup) {
        eprintln!("parallax: could not open the window: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(_cli: Cli, _started: std::time::Instant) {
    eprintln!("parallax: this build has no window (built without the `gui` feature); use `parallax analyze`");
    std::process::exit(1);
}
