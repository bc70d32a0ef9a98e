//! Two or three reports side by side, their figures marked by how they compare. Hovering a
//! figure in one report lights up its counterparts (the same people, the same outcome) in
//! the others.

use std::collections::HashSet;

use egui::RichText;

use crate::compare::TopicKey;
use crate::model::Figure;

use super::reader::{line_spans, paragraph, split_long};
use super::state::SourceStatus;
use super::{Command, ParallaxApp, theme};

/// Up to this many reports are shown at once.
pub const MAX_COLUMNS: usize = 3;

/// Each column shows at most this much text, as the reader does.
const MAX_SHOWN_BYTES: usize = 200_000;

/// The reports the columns show: the user's choice where it is still open, else the first
/// open reports.
pub fn chosen(app: &ParallaxApp) -> Vec<String> {
    let open: Vec<String> =
        app.sources.iter().filter(|s| s.document().is_some()).map(|s| s.entry.path.clone()).collect();
    let wanted = open.len().min(MAX_COLUMNS);
    let mut out: Vec<String> =
        app.session.side_by_side.iter().filter(|p| open.contains(p)).take(wanted).cloned().collect();
    for p in &open {
        if out.len() >= wanted {
            break;
        }
        if !out.contains(p) {
            out.push(p.clone());
        }
    }
    out
}

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    let Some(analysis) = app.analysis.clone() else {
        ui.spinner();
        return;
    };
    let paths = chosen(app);
    if paths.len() < 2 {
        ui.add_space(20.0);
        ui.label(RichText::new("Open two or three reports to read them side by side.").weak());
        return;
    }
    // Figures by report, and the topic each belongs to.
    let index = app.index.clone();
    let origin = app.linked.as_ref().map(|(_, p)| p.clone());
    let hovered_key = app.linked.as_ref().map(|(k, _)| k.clone());
    let linked: HashSet<String> = match &hovered_key {
        Some(k) => index.topic_figures(&analysis, k).map(|f| f.id.clone()).collect(),
        None => HashSet::new(),
    };
    let mut hovered: Option<(TopicKey, String)> = None;
    let mut clicked: Option<String> = None;
    let n = paths.len();
    ui.horizontal(|ui| {
        ui.label(RichText::new("Hover a figure to light up the same people counted in the other reports.").weak());
        if n < app.sources.len() {
            ui.label(RichText::new(format!("Showing {n} of {} reports.", app.sources.len())).weak());
        }
    });
    ui.columns(n, |cols| {
        for (c, ui) in cols.iter_mut().enumerate() {
            let path = &paths[c];
            let Some(source) = app.source(path) else { continue };
            let SourceStatus::Ready(doc) = &source.status else { continue };
            let doc = doc.clone();
            let color = theme::source_color(source.entry.color);
            let label = source.label();
            let choices: Vec<(String, String)> = app
                .sources
                .iter()
                .filter(|s| s.document().is_some())
                .map(|s| (s.entry.path.clone(), s.label()))
                .collect();
            // Which report this column shows.
            let mut pick = path.clone();
            egui::ComboBox::from_id_salt(("side", c))
                .selected_text(RichText::new(label).strong().color(color))
                .width(ui.available_width() - 8.0)
                .show_ui(ui, |ui| {
                    for (p, l) in &choices {
                        ui.selectable_value(&mut pick, p.clone(), l);
                    }
                })
                .response
                .on_hover_text(format!("Report in column {}", c + 1));
            if &pick != path {
                let mut next = paths.clone();
                // Choosing a report shown in another column swaps the two.
                if let Some(other) = next.iter().position(|p| *p == pick) {
                    next.swap(other, c);
                } else {
                    next[c] = pick;
                }
                app.command(Command::SetSideBySide(next));
            }
            let id = index.document_by_path(&analysis, path).map(|d| d.id.as_str()).unwrap_or("");
            let figures: Vec<Figure> = index.figures_of(&analysis, id).cloned().collect();
            let counterparts = figures.iter().filter(|f| linked.contains(&f.id)).count();
            if hovered_key.is_some() {
                ui.label(
                    RichText::new(if counterparts == 0 {
                        "no counterpart here".to_string()
                    } else {
                        format!("{counterparts} counterpart{}", if counterparts == 1 { "" } else { "s" })
                    })
                    .small()
                    .color(color),
                );
            } else {
                ui.label(RichText::new(format!("{} figures", figures.len())).small().weak());
            }
            let wrap = ui.available_width() - 12.0;
            let shown = &doc.text[..doc.text.floor_char_boundary(MAX_SHOWN_BYTES.min(doc.text.len()))];
            egui::ScrollArea::vertical().id_salt(("side-scroll", c)).auto_shrink([false, false]).show(ui, |ui| {
                ui.set_max_width(wrap);
                for (offset, line) in
                    line_spans(shown).flat_map(|(o, l)| split_long(o, l)).filter(|(_, l)| !l.trim().is_empty())
                {
                    let (response, over) = paragraph(ui, line, offset, &figures, wrap, &linked, false);
                    if let Some(f) = over {
                        hovered = index.topic_of(&f.id).cloned().map(|k| (k, path.clone()));
                        if ui.input(|i| i.pointer.primary_clicked()) {
                            clicked = Some(f.id.clone());
                        }
                    }
                    // In the other columns, the first counterpart is brought into view once.
                    if origin.as_ref() != Some(path)
                        && let Some(f) = figures.iter().find(|f| linked.contains(&f.id))
                        && f.start >= offset
                        && f.start < offset + line.len().max(1)
                        && app.linked_scrolled.insert(path.clone())
                    {
                        response.scroll_to_me(Some(egui::Align::Center));
                    }
                }
            });
        }
    });
    // The pointer left the figures: the links stay until it is over another one, so that
    // the user can move to a lit counterpart.
    if hovered.is_some() && hovered != app.linked {
        app.command(Command::LinkTopic(hovered));
    }
    if let Some(id) = clicked {
        app.command(Command::ShowFigure(id));
    }
}
