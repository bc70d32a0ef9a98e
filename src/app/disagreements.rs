//! The Disagreements view: one row per topic where the reports do not simply agree, most
//! important first, with a column per source (value, qualifier, day) in the source's colour.
//! A row expands to every sentence behind it; a cell or a sentence opens the reader there.
//! Below: quotations worded differently and names spelt differently.

use std::sync::Arc;

use egui::{Color32, RichText, Sense};

use crate::model::Figure;
use crate::model::Passage;
use crate::model::{Analysis, Disagreement, DisagreementKind, Status, Strength};

use super::{Command, ParallaxApp, theme};

/// The kinds a user can filter by, with their labels.
pub const KINDS: [(&str, &str); 6] = [
    ("inconsistency", "Inconsistent"),
    ("conflict", "Conflicts"),
    ("claim", "Claims"),
    ("update", "Updates"),
    ("quote", "Quotes"),
    ("name", "Names"),
];

/// The filter's word for the unsure disagreements (hidden like a kind).
pub const UNSURE: &str = "unsure";

const ARROW_WIDTH: f32 = 18.0;
const TOPIC_WIDTH: f32 = 200.0;
const MIN_SOURCE_WIDTH: f32 = 104.0;
const MAX_SOURCE_WIDTH: f32 = 240.0;

pub fn kind_color(kind: &str) -> Color32 {
    match kind {
        "quote" | "name" => Color32::from_rgb(86, 180, 233),
        k => theme::status_color(DisagreementKind::parse(k).map_or(Status::Only, DisagreementKind::status)),
    }
}

/// A source column: the report's id, its label and colour.
struct Column {
    doc: String,
    label: String,
    color: Color32,
}

/// The column of a report (by analysis id).
fn column(app: &ParallaxApp, analysis: &Analysis, doc: &str) -> Option<Column> {
    let d = app.index.document_by_id(analysis, doc)?;
    let (label, color) = app.report_style(d);
    Some(Column { doc: d.id.clone(), label, color })
}

/// Which reports get a column: those with a figure in the rows shown, at most MAX_COLUMNS
/// (those with the most figures in them), in report order. Worked out once per analysis and
/// filter, not every frame.
#[derive(Clone, Default)]
struct ColumnChoice {
    /// The analysis (its address) and the hidden kinds it was made for.
    made_for: (usize, Vec<String>),
    docs: Arc<Vec<String>>,
    with_figures: usize,
    /// The longest value line of a cell ("more than 16000 · Tue 17 Aug"): a column is made at
    /// least as wide, so that no value is cut.
    widest: String,
}

fn choose_columns(analysis: &Arc<Analysis>, rows: &[&Disagreement], by_id: &Lookup, hidden: &[String]) -> ColumnChoice {
    let mut in_rows: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    let mut widest = String::new();
    for f in rows.iter().flat_map(|d| contrasted(d)).filter_map(|id| by_id.get(id)) {
        *in_rows.entry(f.doc.as_str()).or_default() += 1;
        let line = cell_text(f);
        if line.chars().count() > widest.chars().count() {
            widest = line;
        }
    }
    let mut docs: Vec<(usize, &str)> = analysis
        .documents
        .iter()
        .enumerate()
        .filter(|(_, d)| in_rows.contains_key(d.id.as_str()))
        .map(|(i, d)| (i, d.id.as_str()))
        .collect();
    let with_figures = docs.len();
    if docs.len() > MAX_COLUMNS {
        docs.sort_by_key(|(i, d)| (std::cmp::Reverse(in_rows.get(d).copied().unwrap_or(0)), *i));
        docs.truncate(MAX_COLUMNS);
        docs.sort_unstable();
    }
    ColumnChoice {
        made_for: (Arc::as_ptr(analysis) as usize, hidden.to_vec()),
        docs: Arc::new(docs.into_iter().map(|(_, d)| d.to_string()).collect()),
        with_figures,
        widest,
    }
}

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    let Some(analysis) = app.analysis.clone() else {
        ui.spinner();
        return;
    };
    let count = |kind: &str| match kind {
        "quote" => analysis.quotes.len(),
        "name" => analysis.names.len(),
        "inconsistency" => analysis.inconsistencies.len(),
        k => analysis.disagreements.iter().filter(|d| d.kind.as_str() == k).count(),
    };
    if KINDS.iter().all(|(k, _)| count(k) == 0) {
        ui.add_space(20.0);
        let n = analysis.documents.len();
        ui.label(RichText::new(format!(
            "No disagreements among the {n} open report{} ({} figure{} read).",
            if n == 1 { "" } else { "s" },
            analysis.figures.len(),
            if analysis.figures.len() == 1 { "" } else { "s" }
        )));
        return;
    }
    // Filter by kind, and export.
    ui.horizontal_wrapped(|ui| {
        for (kind, label) in KINDS {
            // Slips within one report are rare: their filter shows only when there are some.
            if kind == "inconsistency" && count(kind) == 0 {
                continue;
            }
            let mut shown = !app.session.hidden_kinds.iter().any(|k| k == kind);
            let text = RichText::new(format!("{label} ({})", count(kind))).color(kind_color(kind));
            if ui.checkbox(&mut shown, text).clicked() {
                app.command(Command::ToggleKind(kind.to_string()));
            }
        }
        // The unsure ("about" leaves room for both values) are listed last, apart.
        let unsure = analysis.disagreements.iter().filter(|d| d.strength == Strength::Weak).count();
        if unsure > 0 {
            ui.separator();
            let mut shown = !app.session.hidden_kinds.iter().any(|k| k == UNSURE);
            let text = RichText::new(format!("Unsure ({unsure})")).weak();
            if ui
                .checkbox(&mut shown, text)
                .on_hover_text("Differences that may not be ones: \"about\" leaves room for both values")
                .clicked()
            {
                app.command(Command::ToggleKind(UNSURE.to_string()));
            }
        }
        ui.separator();
        if ui.button("Export Markdown…").on_hover_text("For an editor's note").clicked() {
            app.command(Command::ExportDisagreements { csv: false });
        }
        if ui.button("Export CSV…").clicked() {
            app.command(Command::ExportDisagreements { csv: true });
        }
    });
    ui.separator();
    let hidden = app.session.hidden_kinds.clone();
    let index = app.index.clone();
    let by_id = Lookup { index: &index, analysis: &analysis };
    let hide_unsure = hidden.iter().any(|k| k == UNSURE);
    // A report's own slips first: neither of its numbers can be trusted as it stands.
    let rows: Vec<&Disagreement> = analysis
        .inconsistencies
        .iter()
        .chain(&analysis.disagreements)
        .filter(|d| !hidden.iter().any(|k| k == d.kind.as_str()))
        .filter(|d| !(hide_unsure && d.strength == Strength::Weak))
        .collect();
    // A column for each report that has a figure in a row shown: a folder of reports where
    // most say nothing on the disputed topics stays readable.
    let choice_id = ui.scope_id().with("disagreement_columns");
    let made_for = (Arc::as_ptr(&analysis) as usize, hidden.clone());
    let choice = match ui.data(|d| d.get_temp::<ColumnChoice>(choice_id)) {
        Some(c) if c.made_for == made_for => c,
        _ => {
            let c = choose_columns(&analysis, &rows, &by_id, &hidden);
            ui.data_mut(|d| d.insert_temp(choice_id, c.clone()));
            c
        }
    };
    let owned: Vec<Column> = choice.docs.iter().filter_map(|d| column(app, &analysis, d)).collect();
    let cols: Vec<&Column> = owned.iter().collect();
    if choice.with_figures > cols.len() {
        ui.label(
            RichText::new(format!(
                "{} reports give figures in these rows; the {MAX_COLUMNS} that give the most are shown. \
                 Open a row (⏵) for every sentence behind it.",
                choice.with_figures
            ))
            .weak(),
        );
    }
    // Source columns share the width left by the topic, each wide enough for the longest
    // value line; past that the view scrolls sideways.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let needed = ui
        .ctx()
        .fonts_mut(|f| f.layout_no_wrap(choice.widest.clone(), font, Color32::WHITE))
        .size()
        .x
        .clamp(MIN_SOURCE_WIDTH, MAX_SOURCE_WIDTH);
    let widths = Widths {
        source: ((ui.available_width()
            - ARROW_WIDTH
            - TOPIC_WIDTH
            - ui.spacing().item_spacing.x * (cols.len() + 2) as f32
            - 12.0)
            / cols.len().max(1) as f32)
            .clamp(needed, MAX_SOURCE_WIDTH),
    };
    // Columns past the right edge are said, not left to be found.
    let spacing = ui.spacing().item_spacing.x;
    let fit = ((ui.available_width() - ARROW_WIDTH - TOPIC_WIDTH - spacing * 2.0) / (widths.source + spacing))
        .floor()
        .max(0.0) as usize;
    if !rows.is_empty() && cols.len() > fit {
        let more = cols.len() - fit;
        ui.label(
            RichText::new(format!(
                "{more} more report column{} to the right: scroll sideways (Shift + wheel) or hide the reader.",
                if more == 1 { "" } else { "s" }
            ))
            .small()
            .weak(),
        );
    }
    ui.style_mut().interaction.selectable_labels = false;
    egui::ScrollArea::both().id_salt("disagreements").auto_shrink([false, false]).show(ui, |ui| {
        if !rows.is_empty() {
            header(ui, &cols, widths);
            let heights_id = ui.scope_id().with("disagreement_row_heights");
            super::views::rows_in_view(ui, heights_id, rows.len(), ROW_HEIGHT_GUESS, |ui, i| {
                row(ui, app, rows[i], i, &cols, widths, &by_id)
            });
        }
        if !hidden.iter().any(|k| k == "quote") {
            let items = analysis.quotes.iter().map(|q| {
                (
                    &q.speaker,
                    q.quotes.iter().map(|p| (p, format!("“{}”", theme::one_line(&p.text)))).collect::<Vec<_>>(),
                )
            });
            section(
                ui,
                app,
                &analysis,
                "Quoted differently",
                "The same speaker, in other words in other reports.",
                items,
            );
        }
        if !hidden.iter().any(|k| k == "name") {
            let items = analysis
                .names
                .iter()
                .map(|n| (&n.name, n.variants.iter().map(|p| (p, theme::one_line(&p.text))).collect()));
            let hint = "One person or group, written another way by another report.";
            section(ui, app, &analysis, "Names spelt differently", hint, items);
        }
    });
}

#[derive(Clone, Copy)]
struct Widths {
    source: f32,
}

fn header(ui: &mut egui::Ui, cols: &[&Column], w: Widths) {
    ui.horizontal(|ui| {
        cell(ui, ARROW_WIDTH, 20.0, |_| {});
        cell(ui, TOPIC_WIDTH, 20.0, |ui| {
            ui.strong("Topic");
        });
        for c in cols {
            cell(ui, w.source, 20.0, |ui| {
                ui.add(egui::Label::new(RichText::new(&c.label).strong().color(c.color)).truncate());
            });
        }
    });
    ui.separator();
}

/// A fixed-size cell of a row, laid out top-down.
fn cell(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(egui::vec2(width, height), egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_width(width);
        add(ui);
    });
}

/// A row's height (with the spacing after it) before it has been drawn.
const ROW_HEIGHT_GUESS: f32 = 46.0;

/// The most report columns the table shows: past that, a column is too narrow to read and
/// laying them out costs every frame.
const MAX_COLUMNS: usize = 24;

/// Figures by id, through the analysis index.
struct Lookup<'a> {
    index: &'a crate::index::AnalysisIndex,
    analysis: &'a crate::model::Analysis,
}

impl<'a> Lookup<'a> {
    fn get(&self, id: &str) -> Option<&'a Figure> {
        self.index.figure(self.analysis, id)
    }
}

/// The figures a row sets against each other: those of its pairs (the rest of its figures,
/// given for context, are behind ⏵), else all.
fn contrasted(d: &Disagreement) -> Box<dyn Iterator<Item = &String> + '_> {
    if d.pairs.is_empty() { Box::new(d.figures.iter()) } else { Box::new(d.pairs.iter().flatten()) }
}

/// A value's line in its cell: "10 (claim) · Sat 19 Jan".
fn cell_text(f: &Figure) -> String {
    let claim = if f.claim { " (claim)" } else { "" };
    format!("{}{claim} · {}", crate::compare::value_text(f), crate::compare::short_day(f.as_of))
}

/// One line per value of a source: "10 · Sat 19 Jan", qualifier included.
fn cell_lines<'a>(d: &Disagreement, doc: &str, by_id: &Lookup<'a>) -> Vec<(String, &'a Figure)> {
    let mut out: Vec<(String, &Figure)> = Vec::new();
    for id in contrasted(d) {
        let Some(f) = by_id.get(id) else { continue };
        if f.doc != doc {
            continue;
        }
        let text = cell_text(f);
        if !out.iter().any(|(t, _)| *t == text) {
            out.push((text, f));
        }
    }
    // In the order of the days they describe.
    out.sort_by_key(|(_, f)| (f.as_of, f.value));
    out
}

fn row(
    ui: &mut egui::Ui,
    app: &mut ParallaxApp,
    d: &Disagreement,
    index: usize,
    cols: &[&Column],
    w: Widths,
    by_id: &Lookup,
) {
    let expanded = app.expanded.contains(&d.id);
    let lines: Vec<Vec<(String, &Figure)>> = cols.iter().map(|c| cell_lines(d, &c.doc, by_id)).collect();
    let n = lines.iter().map(Vec::len).max().unwrap_or(1).clamp(1, 4);
    let height = (20.0 * n as f32).max(40.0);
    let top = ui.cursor().min;
    // The row's background goes under its cells: its place is kept now, filled afterwards.
    let background = ui.painter().add(egui::Shape::Noop);
    // The whole row answers a click; it is registered before its cells so that the cells and
    // the arrow, registered after it, take their own clicks first.
    let spacing = ui.spacing().item_spacing.x;
    let width = ARROW_WIDTH + TOPIC_WIDTH + cols.len() as f32 * w.source + spacing * (cols.len() + 1) as f32;
    let rect = egui::Rect::from_min_size(top, egui::vec2(width, height));
    let row_response = ui.interact(rect, ui.make_persistent_id(("disagreement", &d.id)), Sense::click());
    let mut show_figure = None;
    ui.horizontal(|ui| {
        cell(ui, ARROW_WIDTH, height, |ui| {
            let arrow = if expanded { "⏷" } else { "⏵" };
            if ui
                .add(egui::Button::new(arrow).frame(false))
                .on_hover_text(if expanded { "Hide the sentences" } else { "Show every sentence" })
                .clicked()
            {
                app.command(Command::ToggleExpanded(d.id.clone()));
            }
        });
        cell(ui, TOPIC_WIDTH, height, |ui| {
            ui.horizontal(|ui| {
                let weak = d.strength == Strength::Weak;
                let kind = if weak { format!("unsure {}", d.kind) } else { d.kind.to_string() };
                let r = ui.label(RichText::new(kind).color(theme::status_color(d.kind.status())).small().strong());
                if weak {
                    r.on_hover_text(format!("It may not be a difference: {}.", d.reason));
                }
                ui.add(egui::Label::new(RichText::new(&d.topic).strong()).truncate());
            });
            ui.add(egui::Label::new(RichText::new(&d.summary).small().weak()).truncate());
        });
        for (c, ls) in cols.iter().zip(&lines) {
            cell(ui, w.source, height, |ui| {
                for (text, f) in ls.iter().take(4) {
                    let r = ui
                        .add(egui::Label::new(RichText::new(text).color(c.color)).sense(Sense::click()).truncate())
                        .on_hover_text(format!("{}\n\nClick to read it in the report.", theme::one_line(&f.sentence)));
                    if r.clicked() {
                        show_figure = Some(f.id.clone());
                    }
                }
                if ls.len() > 4 {
                    ui.label(RichText::new(format!("+{} more", ls.len() - 4)).small().weak());
                }
                if ls.is_empty() {
                    ui.label(RichText::new("—").weak());
                }
            });
        }
    });
    if index % 2 == 1 || row_response.hovered() {
        let fill = if row_response.hovered() {
            ui.visuals().widgets.hovered.weak_bg_fill.gamma_multiply(0.5)
        } else {
            ui.visuals().faint_bg_color
        };
        ui.painter().set(background, egui::Shape::rect_filled(rect, 2.0, fill));
    }
    if row_response.on_hover_text("Show the sentence in the reader; ⏵ lists every sentence").clicked() {
        show_figure = show_figure.or_else(|| d.figures.first().cloned());
    }
    if let Some(id) = show_figure {
        app.command(Command::ShowFigure(id));
    }
    if expanded {
        egui::Frame::new().inner_margin(egui::Margin { left: 26, right: 8, top: 4, bottom: 8 }).show(ui, |ui| {
            for (c, ls) in cols.iter().zip(&lines) {
                // One per value first, then every other sentence of the row in this report.
                let mut figures: Vec<&Figure> = ls.iter().map(|(_, f)| *f).collect();
                for f in d.figures.iter().filter_map(|id| by_id.get(id)) {
                    if f.doc == c.doc && !figures.iter().any(|g| g.id == f.id || g.sentence == f.sentence) {
                        figures.push(f);
                    }
                }
                if figures.is_empty() {
                    continue;
                }
                ui.label(RichText::new(&c.label).strong().color(c.color));
                for f in figures {
                    let text = format!("{} — {}", crate::compare::value_text(f), theme::one_line(&f.sentence));
                    let r = ui
                        .add(egui::Label::new(RichText::new(text)).sense(Sense::click()).wrap())
                        .on_hover_text("Read it in the report");
                    if r.clicked() {
                        app.command(Command::ShowFigure(f.id.clone()));
                    }
                }
                ui.add_space(4.0);
            }
        });
    }
    ui.add_space(2.0);
}

/// A list of textual disagreements: a heading per speaker or name, a line per report.
fn section<'a>(
    ui: &mut egui::Ui,
    app: &mut ParallaxApp,
    analysis: &Analysis,
    title: &str,
    hint: &str,
    items: impl ExactSizeIterator<Item = (&'a String, Vec<(&'a Passage, String)>)>,
) {
    if items.len() == 0 {
        return;
    }
    ui.add_space(14.0);
    ui.label(RichText::new(title).strong().size(15.0));
    ui.label(RichText::new(hint).weak().small());
    for (heading, lines) in items {
        ui.add_space(4.0);
        ui.label(RichText::new(heading).strong());
        for (p, words) in lines {
            passage_line(ui, app, analysis, p, &words);
        }
    }
}

/// A quotation or a spelling: the source in its colour, the words, a click to read them.
fn passage_line(ui: &mut egui::Ui, app: &mut ParallaxApp, analysis: &Analysis, p: &Passage, words: &str) {
    let col = column(app, analysis, &p.doc);
    ui.horizontal_wrapped(|ui| {
        ui.add_space(12.0);
        if let Some(c) = col {
            ui.label(RichText::new(&c.label).color(c.color).strong());
        }
        let r = ui
            .add(egui::Label::new(RichText::new(words)).sense(Sense::click()))
            .on_hover_text(format!("{}\n\nClick to read it in the report.", theme::one_line(&p.sentence)));
        if r.clicked() {
            app.command(Command::ShowPassage { doc: p.doc.clone(), start: p.start, end: p.end });
        }
    });
}
