//! The reader: the selected report's text as the analysis sees it, set for reading.

use egui::text::LayoutJob;
use egui::{FontFamily, FontId, RichText, TextFormat};

use super::state::{SourceStatus, file_name};
use super::{Command, ParallaxApp, theme};

/// Readable line length.
const MAX_WIDTH: f32 = 720.0;

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    // A panel takes the width of what it holds on its first frame: hold all of it.
    ui.set_min_width(ui.available_width());
    let selected = app.session.selected.clone();
    let Some(source) = selected.and_then(|p| app.sources.iter().find(|s| s.entry.path == p)).cloned() else {
        ui.add_space(12.0);
        ui.label(RichText::new("Select a report in the sources panel to read it here.").weak());
        return;
    };
    let color = theme::source_color(source.entry.color);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new("Reader").heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("Hide").on_hover_text("Hide the reader (View menu brings it back)").clicked() {
                app.command(Command::ToggleReader);
            }
        });
    });
    ui.separator();
    let doc = match &source.status {
        SourceStatus::Ready(doc) => doc.clone(),
        SourceStatus::Loading => {
            ui.spinner();
            return;
        }
        SourceStatus::Missing(reason) => {
            ui.label(RichText::new(format!("{} cannot be read: {reason}", source.entry.path)).color(theme::ERROR));
            return;
        }
    };
    let label = source.label();
    let published = source.published();
    // Wrap width fixed here, from the panel: a scroll area's inner width is not a limit.
    let wrap = ui.available_width().min(MAX_WIDTH) - 16.0;
    let mut lines = doc.text.lines().map(str::trim).filter(|l| !l.is_empty()).peekable();
    // A plain-text report's first line is its headline: shown once, as the title.
    let title = doc.title.clone().or_else(|| {
        let first = *lines.peek()?;
        is_headline(first).then(|| first.to_string())
    });
    if title.as_deref().is_some_and(|t| lines.peek() == Some(&t)) {
        lines.next();
    }
    egui::ScrollArea::vertical().id_salt(("reader", &source.entry.path)).auto_shrink([false, false]).show(ui, |ui| {
        ui.set_max_width(wrap);
        if let Some(title) = &title {
            ui.add(egui::Label::new(RichText::new(title).size(22.0).strong()).wrap());
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(label).strong().color(color));
            if let Some(p) = published {
                ui.label(RichText::new(format!("· {p}")).weak());
            }
            ui.label(RichText::new(format!("· {} · {}", file_name(&doc.path), doc.encoding)).weak().small());
        });
        ui.add_space(10.0);
        for line in lines {
            paragraph(ui, line, wrap);
        }
        ui.add_space(24.0);
    });
}

fn paragraph(ui: &mut egui::Ui, line: &str, wrap: f32) {
    let text_color = ui.visuals().text_color();
    let (text, font, color, indent) = if let Some(item) = line.strip_prefix("- ") {
        (format!("•  {item}"), theme::reader_font(), text_color, 14.0)
    } else if is_dateline(line) {
        (line.to_string(), FontId::new(12.5, FontFamily::Proportional), ui.visuals().weak_text_color(), 0.0)
    } else if is_crosshead(line) {
        (line.to_string(), FontId::new(16.5, FontFamily::Proportional), ui.visuals().strong_text_color(), 0.0)
    } else {
        (line.to_string(), theme::reader_font(), text_color, 0.0)
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap - indent;
    job.append(&text, indent, TextFormat { font_id: font, color, line_height: Some(23.0), ..Default::default() });
    ui.add(egui::Label::new(job));
    ui.add_space(7.0);
}

/// "Published: 12 March 2025", "Updated 14:02 GMT": page furniture, shown small.
fn is_dateline(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.split_whitespace().count() <= 10
        && ["published", "updated", "posted", "last updated", "first published"].iter().any(|p| lower.starts_with(p))
}

/// A first line of sixteen words or fewer without a final full stop is a headline.
fn is_headline(line: &str) -> bool {
    line.split_whitespace().count() <= 16 && !line.ends_with(['.', '"', '”'])
}

/// A short line without final punctuation between paragraphs reads as a subheading.
fn is_crosshead(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= 6
        && !line.ends_with(['.', ':', '"', '”', '?', '!', ','])
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c == '\'')
}
