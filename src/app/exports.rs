//! Saving what the user sees: the disagreements (Markdown or CSV), the plot's points (CSV) and
//! picture (PNG), each written on a thread of its own and reported back as a notice.

use super::*;

/// A save dialog on a thread of its own (the frame never waits on it); writes the file there
/// (whole or not at all) and tells the user how it went.
pub(super) fn spawn_save(
    name: &'static str,
    ext: &'static str,
    content: Vec<u8>,
    tell: Sender<Notice>,
) -> std::io::Result<()> {
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

impl ParallaxApp {
    pub(super) fn export_disagreements(&mut self, csv: bool) {
        let Some(analysis) = self.analysis.clone() else { return };
        let content =
            if csv { crate::export::report_csv(&analysis) } else { crate::export::report_markdown(&analysis) };
        let (name, ext) = if csv { ("disagreements.csv", "csv") } else { ("disagreements.md", "md") };
        self.save_with_dialog(name, ext, content.into_bytes());
    }

    /// Asks for a file name on a thread of its own, then writes the export there.
    pub(super) fn save_with_dialog(&mut self, name: &'static str, ext: &'static str, content: Vec<u8>) {
        if let Err(e) = spawn_save(name, ext, content, self.notice_tx.clone()) {
            self.notices.push(Notice { text: format!("Could not open the save dialog: {e}"), error: true });
        }
    }

    /// A screenshot of the next frame, cut to the plot and its timeline, saved as PNG.
    pub(super) fn export_plot_png(&mut self) {
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
}
