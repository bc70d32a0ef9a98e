//! The sources panel: one row per open report, in its colour, with outlet, date, figure
//! count and a remove button; the selected row can be edited.

use egui::{Color32, RichText, Sense, Stroke};

use super::state::{Source, SourceStatus, file_name};
use super::{Command, ParallaxApp, theme};
use crate::model::{Day, OutletBasis};

/// A report's figure count, and its publication day and how it was found, from the analysis.
type DocInfo = (usize, Option<Day>, Option<String>);

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    // A panel takes the width of what it holds on its first frame: hold all of it.
    ui.set_min_width(ui.available_width());
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.heading("Sources");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("⏴").on_hover_text("Fold the sources panel away (⏵ Sources brings it back)").clicked()
            {
                app.command(Command::ToggleSources);
            }
            if ui.button("+ Open…").on_hover_text("Open reports (Ctrl+O)").clicked() {
                app.command(Command::OpenFileDialog);
            }
        });
    });
    if let Some((done, total)) = app.progress() {
        let frac = if total == 0 { 0.0 } else { done as f32 / total as f32 };
        ui.add(egui::ProgressBar::new(frac).text(format!("Reading {done} of {total}…")).show_percentage());
    }
    ui.separator();
    // Figure counts and inferred dates come from the analysis.
    let info = |s: &Source| -> Option<DocInfo> {
        let a = app.analysis.as_ref()?;
        let d = app.index.document_by_path(a, &s.entry.path)?;
        Some((d.figures, d.published, d.published_basis.clone()))
    };
    let selected = app.session.selected.clone();
    let mut commands = Vec::new();
    // Only the rows in view are laid out (the selected one, with its editors, is taller).
    let heights_id = ui.scope_id().with("source_row_heights");
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        super::views::rows_in_view(ui, heights_id, app.sources.len(), ROW_HEIGHT, |ui, i| {
            let source = &app.sources[i];
            let is_selected = selected.as_deref() == Some(source.entry.path.as_str());
            source_row(ui, source, info(source), is_selected, &mut commands);
            ui.add_space(ROW_GAP);
        });
    });
    for c in commands {
        app.command(c);
    }
}

/// A row's height before it has been drawn (points, with the gap after it), and the gap.
const ROW_HEIGHT: f32 = 48.0;
const ROW_GAP: f32 = 2.0;

fn source_row(ui: &mut egui::Ui, source: &Source, info: Option<DocInfo>, selected: bool, commands: &mut Vec<Command>) {
    let count = info.as_ref().map(|i| i.0);
    let (inferred, inferred_basis) = info.map(|i| (i.1, i.2)).unwrap_or_default();
    let color = theme::source_color(source.entry.color);
    let path = source.entry.path.clone();
    let fill = if selected { ui.visuals().selection.bg_fill.gamma_multiply(0.35) } else { Color32::TRANSPARENT };
    let frame = egui::Frame::new()
        .fill(fill)
        .inner_margin(egui::Margin::symmetric(6, 5))
        .corner_radius(4.0)
        .stroke(if selected { Stroke::new(1.0, color) } else { Stroke::NONE });
    // The row senses clicks behind its widgets, so the remove button and the fields keep theirs.
    let row = egui::UiBuilder::new().id_salt(("source", &path)).sense(Sense::click());
    let response = ui
        .scope_builder(row, |ui| {
            frame.show(ui, |ui| {
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(6.0, 34.0), Sense::hover());
                    ui.painter().rect_filled(rect, 2.0, color);
                    ui.vertical(|ui| {
                        ui.horizontal(|ui| {
                            ui.label(RichText::new(source.label()).strong().color(color));
                            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                                let remove = ui.small_button("🗑").on_hover_text(format!("Remove {}", source.label()));
                                if remove.clicked() {
                                    commands.push(Command::Remove(path.clone()));
                                }
                            });
                        });
                        let mut meta = vec![file_name(&path)];
                        if let Some(p) = source.published().or(inferred.map(super::state::shown_day)) {
                            meta.push(p);
                        }
                        match (&source.status, count) {
                            (SourceStatus::Loading, _) => meta.push("reading…".into()),
                            (SourceStatus::Missing(_), _) => {}
                            (SourceStatus::Ready(_), Some(n)) => {
                                meta.push(format!("{n} figure{}", if n == 1 { "" } else { "s" }))
                            }
                            (SourceStatus::Ready(_), None) => meta.push("analysing…".into()),
                        }
                        ui.label(RichText::new(meta.join(" · ")).small().weak());
                        if let SourceStatus::Missing(reason) = &source.status {
                            ui.label(RichText::new(format!("missing: {reason}")).small().color(theme::ERROR));
                        }
                    });
                });
                if selected {
                    edit_fields(ui, source, inferred.zip(inferred_basis), commands);
                }
            })
        })
        .response;
    if response.clicked() {
        commands.push(Command::Select(path));
    }
}

/// Outlet and date of the selected report, editable; how each was found is shown.
fn edit_fields(ui: &mut egui::Ui, source: &Source, inferred: Option<(Day, String)>, commands: &mut Vec<Command>) {
    let path = &source.entry.path;
    let doc = source.document();
    ui.add_space(4.0);
    // How the date was found can be long: said under the grid, wrapped to the panel.
    let mut date_note = None;
    egui::Grid::new(("edit", path)).num_columns(2).spacing([6.0, 4.0]).show(ui, |ui| {
        let label = ui.label("Outlet");
        let id = ui.scope_id().with(("outlet", path));
        let mut text = ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or_else(|| source.label());
        let r = ui.add(egui::TextEdit::singleline(&mut text).desired_width(150.0)).labelled_by(label.id);
        if r.changed() {
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
        }
        if r.lost_focus() && text != source.label() {
            commands.push(Command::SetOutlet(path.clone(), text));
            ui.data_mut(|d| d.remove::<String>(id));
        }
        ui.end_row();
        ui.label("");
        let basis = match (source.entry.outlet.is_some(), doc.map(|d| d.outlet_basis)) {
            (true, _) => "set by you",
            (_, Some(OutletBasis::Metadata)) => "from the page's metadata",
            (_, Some(OutletBasis::Text)) => "named in the text",
            (_, Some(OutletBasis::Address)) => "from a web address",
            (_, Some(OutletBasis::HouseStyle)) => "guessed from house style",
            (_, Some(OutletBasis::User)) => "set by you",
            _ => "unknown: file name shown",
        };
        ui.label(RichText::new(basis).small().weak());
        ui.end_row();

        let label = ui.label("Published");
        let id = ui.scope_id().with(("published", path));
        // The field holds a full date to edit: an inferred day without its year is said below.
        let current = source
            .typed_published()
            .or(inferred.as_ref().filter(|i| i.0.year_known()).map(|i| i.0.to_string()))
            .unwrap_or_default();
        let mut text = ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or_else(|| current.clone());
        let r = ui
            .add(egui::TextEdit::singleline(&mut text).hint_text("YYYY-MM-DD").desired_width(150.0))
            .labelled_by(label.id);
        if r.changed() {
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
        }
        if r.lost_focus() && text != current {
            commands.push(Command::SetPublished(path.clone(), text));
            ui.data_mut(|d| d.remove::<String>(id));
        }
        ui.end_row();
        let basis = doc.and_then(|d| d.published_basis.clone()).or(inferred.as_ref().map(|i| i.1.clone()));
        let basis = match (basis, inferred.as_ref().map(|i| i.0)) {
            (Some(b), Some(day)) if !day.year_known() => Some(format!("{}; {b}", super::state::shown_day(day))),
            (b, _) => b,
        };
        date_note = basis.filter(|_| source.entry.published.is_none());
    });
    if let Some(note) = date_note {
        ui.add(egui::Label::new(RichText::new(note).small().weak()).wrap());
    }
    if let Some(doc) = doc {
        for w in &doc.warnings {
            ui.add(egui::Label::new(RichText::new(format!("ℹ {w}")).small().weak()).wrap());
        }
    }
}
