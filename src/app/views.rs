//! The menu bar with its notices, the central tabs, and the drop overlay.

use egui::{Align2, Color32, Id, LayerId, Order, RichText};
use egui_extras::{Column, TableBuilder};

use super::state::{SourceStatus, Tab};
use super::{Command, ParallaxApp, theme};

/// Lays out only the rows of a list that are in view, in a scroll area's `ui`: rows differ
/// in height (an opened or selected row is taller), so the others keep their place by the
/// height they had when last drawn (`guess` before that), remembered under `id`.
pub fn rows_in_view(ui: &mut egui::Ui, id: Id, count: usize, guess: f32, mut row: impl FnMut(&mut egui::Ui, usize)) {
    let mut heights: Vec<f32> = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    heights.resize(count, guess);
    let visible = ui.clip_rect();
    let gap = ui.spacing().item_spacing.y;
    for (i, height) in heights.iter_mut().enumerate() {
        let top = ui.cursor().top();
        if top + *height < visible.top() || top > visible.bottom() {
            // Advances the cursor by the row's height, spacing included.
            ui.allocate_space(egui::vec2(0.0, (*height - gap).max(0.0)));
            continue;
        }
        row(ui, i);
        *height = ui.cursor().top() - top;
    }
    ui.data_mut(|d| d.insert_temp(id, heights));
}

pub fn top_bar(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.add(egui::Button::new("Open reports…").shortcut_text("Ctrl+O")).clicked() {
                    app.command(Command::OpenFileDialog);
                }
                if ui.button("Open folder…").clicked() {
                    app.command(Command::OpenFolderDialog);
                }
                if ui.button("Open the sample reports").clicked() {
                    app.command(Command::OpenSamples);
                }
                ui.separator();
                if ui.add_enabled(!app.sources.is_empty(), egui::Button::new("Close all reports")).clicked() {
                    app.command(Command::CloseAll);
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                let mut show = !app.session.hide_sources;
                if ui.checkbox(&mut show, "Sources panel").clicked() {
                    app.command(Command::ToggleSources);
                }
                let mut show = app.session.show_reader;
                if ui.checkbox(&mut show, "Reader panel").clicked() {
                    app.command(Command::ToggleReader);
                }
                ui.separator();
                for tab in Tab::ALL {
                    if ui.selectable_label(app.session.tab == tab, tab.label()).clicked() {
                        app.command(Command::SetTab(tab));
                    }
                }
            });
        });
    });
    if !app.notices.is_empty() {
        egui::Panel::top("notices").show(ui, |ui| {
            ui.add_space(2.0);
            let mut dismiss = None;
            for (i, n) in app.notices.iter().enumerate().rev().take(6) {
                ui.horizontal(|ui| {
                    let icon = if n.error { RichText::new("⚠").color(theme::ERROR) } else { RichText::new("ℹ") };
                    ui.label(icon);
                    ui.label(&n.text);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.small_button("Dismiss").on_hover_text("Dismiss this message").clicked() {
                            dismiss = Some(i);
                        }
                    });
                });
            }
            if app.notices.len() > 1 {
                ui.horizontal(|ui| {
                    if app.notices.len() > 6 {
                        ui.label(RichText::new(format!("and {} more", app.notices.len() - 6)).weak());
                    }
                    if ui.small_button("Dismiss all").clicked() {
                        app.command(Command::DismissAllNotices);
                    }
                });
            }
            if let Some(i) = dismiss {
                app.command(Command::DismissNotice(i));
            }
            ui.add_space(2.0);
        });
    }
}

pub fn central(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    // The tabs stay on one row (scrolling sideways in a very narrow window); a folded panel
    // is brought back from its end.
    egui::ScrollArea::horizontal().id_salt("tabs").show(ui, |ui| {
        ui.horizontal(|ui| {
            if app.session.hide_sources && ui.button("⏵ Sources").on_hover_text("Show the sources panel").clicked() {
                app.command(Command::ToggleSources);
            }
            for tab in Tab::ALL {
                if ui.selectable_label(app.session.tab == tab, RichText::new(tab.label()).size(14.5)).clicked() {
                    app.command(Command::SetTab(tab));
                }
            }
            if !app.session.show_reader && ui.button("Reader ⏴").on_hover_text("Show the reader panel").clicked() {
                app.command(Command::ToggleReader);
            }
        });
    });
    ui.separator();
    match app.session.tab {
        Tab::Disagreements => super::disagreements::show(ui, app),
        Tab::SideBySide => super::side_by_side::show(ui, app),
        Tab::Plot => super::plot::show(ui, app),
        Tab::Map => super::map::show(ui, app),
        Tab::Reports => reports_table(ui, app),
    }
}

/// One row per open report: what is known about it.
fn reports_table(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    let analysis = app.analysis.clone();
    let mut select = None;
    ui.style_mut().interaction.selectable_labels = false;
    TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .column(Column::auto().at_least(140.0))
        // "Mon 25 Jul 2016", "11 Sep, year not stated" on one line.
        .column(Column::auto().at_least(150.0))
        .column(Column::auto().at_least(70.0))
        .column(Column::auto().at_least(60.0))
        .column(Column::auto().at_least(60.0))
        .column(Column::remainder())
        .header(22.0, |mut h| {
            for title in ["Outlet", "Published", "Format", "Words", "Figures", "Notes"] {
                h.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        // Only the rows in view are laid out: a thousand reports cost what a screenful does.
        .body(|body| {
            body.rows(24.0, app.sources.len(), |mut row| {
                let Some(s) = app.sources.get(row.index()) else { return };
                let doc = s.document();
                let info = analysis.as_ref().and_then(|a| app.index.document_by_path(a, &s.entry.path));
                let figures = info.map(|d| d.figures.to_string()).unwrap_or_default();
                // The day the user gave, else the one the analysis found (stated or inferred).
                let published =
                    s.typed_published().or_else(|| info.and_then(|d| d.published).map(super::state::shown_day));
                row.col(|ui| {
                    ui.label(RichText::new(s.label()).strong().color(theme::source_color(s.entry.color)));
                });
                row.col(|ui| {
                    let r = ui.label(published.unwrap_or_else(|| "unknown".into()));
                    if let Some(basis) = info.and_then(|d| d.published_basis.as_deref()) {
                        r.on_hover_text(basis);
                    }
                });
                row.col(|ui| {
                    ui.label(doc.map(|d| format!("{:?}", d.format).to_lowercase()).unwrap_or_default());
                });
                row.col(|ui| {
                    ui.label(app.index.words(&s.entry.path).map(|n| n.to_string()).unwrap_or_default());
                });
                row.col(|ui| {
                    ui.label(figures);
                });
                row.col(|ui| match &s.status {
                    SourceStatus::Missing(r) => {
                        ui.label(RichText::new(format!("missing: {r}")).color(theme::ERROR));
                    }
                    SourceStatus::Loading => {
                        ui.label("reading…");
                    }
                    SourceStatus::Ready(d) => {
                        let mut notes = vec![d.encoding.clone()];
                        notes.extend(d.warnings.iter().cloned());
                        ui.label(RichText::new(notes.join("; ")).small());
                    }
                });
                if row.response().clicked() {
                    select = Some(s.entry.path.clone());
                }
            });
        });
    if let Some(p) = select {
        app.command(Command::Select(p));
    }
}

/// While files are dragged over the window: a visible drop target.
pub fn drop_overlay(ctx: &egui::Context) {
    let hovering = ctx.input(|i| i.raw.hovered_files.len());
    if hovering == 0 {
        return;
    }
    let painter = ctx.layer_painter(LayerId::new(Order::Foreground, Id::unique("drop_overlay")));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(170));
    let inner = rect.shrink(24.0);
    painter.rect_stroke(inner, 12.0, egui::Stroke::new(3.0, Color32::from_rgb(86, 180, 233)), egui::StrokeKind::Inside);
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        format!(
            "Drop {} to open {}",
            if hovering == 1 { "this report" } else { "these reports" },
            if hovering == 1 { "it" } else { "them" }
        ),
        egui::FontId::proportional(28.0),
        Color32::WHITE,
    );
}
