//! The reader: the selected report's text as the analysis sees it, set for reading.

use egui::text::LayoutJob;
use egui::{FontFamily, FontId, RichText, TextFormat};

use super::state::{SourceStatus, file_name};
use super::{Command, ParallaxApp, theme};

/// Readable line length.
const MAX_WIDTH: f32 = 720.0;

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    let selected = app.session.selected.clone();
    let Some(source) = selected
        .and_then(|p| app.sources.iter().find(|s| s.entry.path == p))
        .cloned()
    else {
        ui.add_space(12.0);
        ui.label(RichText::new("Select a report in the sources panel to read it here.").weak());
        return;
    };
    let color = theme::source_color(source.entry.color);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new("Reader").heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("Hide")
                .on_hover_text("Hide the reader (View menu brings it back)")
                .clicked()
            {
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
            ui.label(
                RichText::new(format!("{} cannot be read: {reason}", source.entry.path))
                    .color(theme::ERROR),
            );
            return;
        }
    };
    let label = source.label();
    let published = source.published();
    egui::ScrollArea::vertical()
        .id_salt(("reader", &source.entry.path))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(MAX_WIDTH.min(ui.available_width()));
            if let Some(title) = &doc.title {
                ui.label(RichText::new(title).size(22.0).strong());
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(label).strong().color(color));
                if let Some(p) = published {
                    ui.label(RichText::new(format!("· {p}")).weak());
                }
                ui.label(
                    RichText::new(format!("· {} · {}", file_name(&doc.path), doc.encoding))
                        .weak()
                        .small(),
                );
            });
            ui.add_space(10.0);
            for line in doc.text.lines() {
                paragraph(ui, line);
            }
            ui.add_space(24.0);
        });
}

fn paragraph(ui: &mut egui::Ui, line: &str) {
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    let text_color = ui.visuals().text_color();
    let (text, font, color, indent) = if let Some(item) = line.strip_prefix("- ") {
        (format!("•  {item}"), theme::reader_font(), text_color, 12.0)
    } else if is_crosshead(line) {
        (
            line.to_string(),
            FontId::new(16.5, FontFamily::Proportional),
            ui.visuals().strong_text_color(),
            0.0,
        )
    } else {
        (line.to_string(), theme::reader_font(), text_color, 0.0)
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width() - indent;
    job.append(
        &text,
        0.0,
        TextFormat {
            font_id: font,
            color,
            line_height: Some(23.0),
            ..Default::default()
        },
    );
    ui.horizontal(|ui| {
        ui.add_space(indent);
        ui.label(job);
    });
    ui.add_space(7.0);
}

/// A short line without final punctuation between paragraphs reads as a subheading.
fn is_crosshead(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= 6
        && !line.ends_with(['.', ':', '"', '”', '?', '!', ','])
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '\'')
}
