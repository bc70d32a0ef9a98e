//! The window with 1,000 reports, on the real app state (egui_kittest drives the real
//! `ParallaxApp`): how long the first frame takes, how long until the reports are read and
//! analysed, and the CPU time of a frame on each tab while the pointer moves over it. Run
//! with `cargo bench --bench window` (PARALLAX_WINDOW_REPORTS=N for another count).
//! The harness also builds an accessibility tree every frame, which the app does only when
//! a screen reader asks, so these frame times are an upper bound.

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::app::{ParallaxApp, Startup};

mod common;
use common::{Rng, report};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn percentile(times: &mut [Duration], p: f64) -> f64 {
    times.sort();
    let i = ((times.len() as f64 - 1.0) * p).round() as usize;
    times.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn main() {
    let n: usize = std::env::var("PARALLAX_WINDOW_REPORTS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..n {
        std::fs::write(dir.path().join(format!("r{i:05}.txt")), report(&mut rng, i)).expect("write");
    }
    let startup = Startup {
        files: vec![dir.path().to_path_buf()],
        fresh: true,
        sample_on_first_run: false,
        session_file: None,
        started: None,
    };
    let t0 = Instant::now();
    let mut h: Harness<'static, ParallaxApp> =
        Harness::builder().with_size(egui::vec2(1440.0, 900.0)).build_eframe(move |cc| ParallaxApp::new(cc, startup));
    h.step();
    let first = t0.elapsed();
    while h.state().is_busy() && t0.elapsed() < Duration::from_secs(600) {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    let settled = t0.elapsed();
    println!(
        "window: {n} reports: first frame {:.0} ms; read and analysed in {:.2} s ({} figures)",
        first.as_secs_f64() * 1000.0,
        settled.as_secs_f64(),
        h.state().analysis.as_ref().map_or(0, |a| a.figures.len())
    );
    for tab in ["Disagreements", "Side by side", "Figures over time", "Site map", "Reports"] {
        h.get_by_label(tab).click();
        h.run_steps(3);
        let mut times = Vec::new();
        for i in 0..60 {
            // The pointer sweeps the central area and the sources list, as a user's would.
            let x = 300.0 + (i as f32 * 37.0) % 900.0;
            let y = 80.0 + (i as f32 * 53.0) % 760.0;
            h.input_mut().events.push(egui::Event::PointerMoved(egui::pos2(x, y)));
            let t = Instant::now();
            h.step();
            times.push(t.elapsed());
        }
        println!(
            "window: {tab:<18} frame median {:.2} ms, p95 {:.2} ms",
            percentile(&mut times, 0.5),
            percentile(&mut times, 0.95)
        );
    }
}
