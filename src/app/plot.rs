//! Figures over time: for the chosen topic, one step line per source in its colour, a marker
//! at each reported value ("at least" points up, "about" carries a band, a party's claim is
//! dashed, a value later replaced is hollow). Below, the timeline lane of what happened
//! when. Hover a point for its sentence; click it to read it in the report.

use std::sync::Arc;

use egui::{Color32, RichText, Sense};
use egui_plot::{GridMark, Legend, Line, LineStyle, MarkerShape, Plot, PlotPoints, Points, Polygon};

use crate::compare::series::{SeriesPoint, TopicSeries, day_label, day_number, topic_series, weekday_shift};
use crate::model::Figure;
use crate::model::{Analysis, Approx};

use super::{Command, ParallaxApp};

/// The most series that get a legend.
const MAX_LEGEND: usize = 30;

/// A point is picked when the pointer is this close to it (screen points).
const PICK_RADIUS: f32 = 12.0;

/// A report's id → (id, label, colour).
type SourceOf<'a> = dyn Fn(&str) -> Option<(String, String, Color32)> + 'a;

/// What the plot keeps between frames and does not save.
#[derive(Default)]
pub struct PlotCache {
    /// The analysis the series were built from (by address), and the series.
    built_for: usize,
    series: Arc<Vec<TopicSeries>>,
    /// Reset the view on the next frame.
    pub reset: bool,
    /// Where each point was drawn last frame (screen position, figure id), for picking.
    pub screen_points: Vec<(egui::Pos2, String)>,
    /// The bands of "about" and range values drawn last frame (corners in plot
    /// coordinates): each covers one point's day only.
    pub bands: Vec<[[f64; 2]; 4]>,
}

impl PlotCache {
    /// The topics of an analysis, built once per analysis.
    pub fn series(&mut self, a: &Arc<Analysis>) -> Arc<Vec<TopicSeries>> {
        let key = Arc::as_ptr(a) as usize;
        if self.built_for != key {
            self.series = Arc::new(topic_series(a));
            self.built_for = key;
        }
        self.series.clone()
    }
}

/// The topic shown: the user's choice where it still exists, else the most disputed.
pub fn chosen<'a>(app: &ParallaxApp, series: &'a [TopicSeries]) -> Option<&'a TopicSeries> {
    app.session.plot_topic.as_ref().and_then(|l| series.iter().find(|t| &t.label == l)).or_else(|| series.first())
}

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    let Some(analysis) = app.analysis.clone() else {
        ui.spinner();
        return;
    };
    let series = app.plot.series(&analysis);
    let Some(topic) = chosen(app, &series) else {
        ui.add_space(20.0);
        ui.label(
            RichText::new(
                "No figure in the open reports says which day it describes, so there is nothing to plot over time.",
            )
            .weak(),
        );
        return;
    };
    // The topic picker and the actions.
    ui.horizontal_wrapped(|ui| {
        let mut pick = topic.label.clone();
        egui::ComboBox::from_label("Topic").selected_text(topic_text(topic)).width(260.0).show_ui(ui, |ui| {
            for t in series.iter() {
                ui.selectable_value(&mut pick, t.label.clone(), topic_text(t));
            }
        });
        if pick != topic.label {
            app.command(Command::SetPlotTopic(pick));
        }
        if ui.button("Reset view").on_hover_text("Show every point again (or double-click the plot)").clicked() {
            app.plot.reset = true;
        }
        if ui.button("Export PNG…").on_hover_text("A picture of the plot and its timeline").clicked() {
            app.command(Command::ExportPlotPng);
        }
        if ui.button("Export CSV…").on_hover_text("The points of this topic").clicked() {
            app.command(Command::ExportPlotCsv);
        }
    });
    legend_line(ui);
    if topic.undated > 0 {
        let n = topic.undated;
        ui.label(
            RichText::new(format!(
                "{n} more figure{} of this topic give{} no day and {} not drawn: see the Disagreements tab.",
                if n == 1 { "" } else { "s" },
                if n == 1 { "s" } else { "" },
                if n == 1 { "is" } else { "are" }
            ))
            .small()
            .color(super::theme::status_color(crate::model::Status::Update)),
        );
    }
    // The reports of this topic only, looked up through the index (not a search per point).
    let colors: std::collections::HashMap<&str, (String, String, Color32)> = topic
        .sources
        .iter()
        .filter_map(|s| {
            let d = app.index.document_by_id(&analysis, &s.doc)?;
            let (label, color) = app.report_style(d);
            Some((s.doc.as_str(), (d.id.clone(), label, color)))
        })
        .collect();
    let source_of = |doc: &str| colors.get(doc).cloned();
    let (first, last) = topic.days();
    // The happenings of the event around these days widen the axis, so the lane shows them.
    let near = |d: i32| d >= first - 7 && d <= last + 7;
    let happened: Vec<i32> =
        analysis.timeline.iter().filter_map(|e| day_number(e.date)).map(|(d, _)| d).filter(|d| near(*d)).collect();
    let first = happened.iter().copied().chain([first]).min().unwrap_or(first);
    let last = happened.iter().copied().chain([last]).max().unwrap_or(last);
    let shift = weekday_shift(&analysis).or(topic.year_known.then_some(0));
    let lane_height = 106.0;
    let plot_height = (ui.available_height() - lane_height - 8.0).max(180.0);
    // The plot's width less its y axis: how many pixels a day gets decides the day marks.
    let plot_width = (ui.available_width() - 40.0).max(1.0);
    let mut plot = Plot::new(("figures-over-time", &topic.label)).height(plot_height);
    // A legend of more reports than fit is no help to read and costs every frame.
    if topic.sources.len() <= MAX_LEGEND {
        plot = plot.legend(Legend::default().position(egui_plot::Corner::LeftTop));
    }
    plot = plot
        .x_axis_formatter(move |mark: GridMark, _| day_tick(mark.value, shift))
        .x_grid_spacer(move |input| {
            // Whole days, as many as their labels ("Mon 23 Nov") have room for.
            let span = (input.bounds.1 - input.bounds.0).max(1.0);
            let per_day = f64::from(plot_width) / span;
            let step = [1.0, 2.0, 7.0, 14.0, 30.0, 61.0, 91.0, 182.0, 365.0]
                .into_iter()
                .find(|s| s * per_day >= DAY_LABEL_WIDTH)
                .unwrap_or(365.0);
            let start = input.bounds.0.floor() as i64;
            let end = input.bounds.1.ceil() as i64;
            (start..=end)
                .filter(|d| (*d as f64).rem_euclid(step) == 0.0)
                .map(|d| GridMark { value: d as f64, step_size: step })
                .collect()
        })
        .y_grid_spacer({
            // People come whole: no "1.9 people" marks when the counts are small.
            let base = egui_plot::log_grid_spacer(10);
            move |input| base(input).into_iter().filter(|m| m.step_size >= 1.0).collect()
        })
        .y_axis_label("people")
        .include_y(0.0)
        .include_x(first as f64 - 0.5)
        .include_x(last as f64 + 0.5)
        .allow_scroll(false)
        .label_formatter(|_| None)
        .show_crosshair(false);
    if std::mem::take(&mut app.plot.reset) {
        plot = plot.reset();
    }
    let end = last as f64 + 0.5;
    let mut bands = Vec::new();
    let response = plot.show(ui, |pui| {
        for s in &topic.sources {
            let Some((_, label, color)) = source_of(&s.doc) else { continue };
            let name = if s.claim { format!("{label}: claim") } else { label.clone() };
            // A step line has two points on each day it changes: egui_plot would draw such
            // runs as one filled "band" shape across the days (`allow_band`), a huge false area.
            if !s.claim {
                pui.line(
                    Line::new(name.clone(), PlotPoints::from(steps(&s.points, end)))
                        .color(color)
                        .width(2.0)
                        .allow_band(false),
                );
            } else {
                pui.line(
                    Line::new(name.clone(), PlotPoints::from(steps(&s.points, end)))
                        .color(color)
                        .width(1.5)
                        .style(LineStyle::dashed_loose())
                        .allow_band(false),
                );
            }
            // "about" as a band of ±10% over the day.
            for p in s.points.iter().filter(|p| matches!(p.approx, Approx::About | Approx::Range)) {
                let corners = band_corners(p);
                bands.push(corners);
                pui.polygon(
                    Polygon::new(name.clone(), PlotPoints::from(corners.to_vec()))
                        .fill_color(color.gamma_multiply(0.25))
                        .stroke(egui::Stroke::new(1.0, color.gamma_multiply(0.6))),
                );
            }
            for (shape, filled, pts) in marker_groups(&s.points) {
                pui.add(
                    Points::new(name.clone(), PlotPoints::from(pts))
                        .shape(shape)
                        .filled(filled)
                        .radius(5.0)
                        .color(color),
                );
            }
        }
    });
    app.plot.bands = bands;
    // Hover: the nearest point; click: the reader shows its sentence.
    let transform = response.transform;
    app.plot.screen_points = topic
        .sources
        .iter()
        .flat_map(|s| s.points.iter())
        .map(|p| (transform.position_from_point(&egui_plot::PlotPoint::new(p.day as f64, p.value)), p.figure.clone()))
        .collect();
    let mut nearest: Option<(&SeriesPoint, f32)> = None;
    if let Some(pos) = response.response.hover_pos() {
        for p in topic.sources.iter().flat_map(|s| s.points.iter()) {
            let at = transform.position_from_point(&egui_plot::PlotPoint::new(p.day as f64, p.value));
            let d = at.distance(pos);
            if d <= PICK_RADIUS && nearest.is_none_or(|(_, best)| d < best) {
                nearest = Some((p, d));
            }
        }
    }
    if let Some((p, _)) = nearest
        && let Some(f) = app.index.figure(&analysis, &p.figure)
    {
        let source = source_of(&f.doc);
        // Shown while the pointer is near the point (the plot's own hover rules would hide it).
        egui::Tooltip::for_widget(&response.response)
            .at_pointer()
            .gap(12.0)
            .show(|ui| point_card(ui, f, p, source.as_ref()));
        if response.response.clicked() {
            app.command(Command::ShowFigure(f.id.clone()));
        }
    }
    let lane = timeline_lane(ui, &analysis, &transform, lane_height, shift, &source_of);
    // The export takes the plot with its lane.
    app.plot_rect = Some(response.response.rect.union(lane));
}

/// Room a day label needs on the x axis, in points.
const DAY_LABEL_WIDTH: f64 = 96.0;

fn topic_text(t: &TopicSeries) -> String {
    let n = t.sources.iter().filter(|s| !s.claim).count();
    let mut s = format!("{} · {n} report{}", t.label, if n == 1 { "" } else { "s" });
    if let Some(kind) = t.disputed {
        s.push_str(&format!(" · {kind}"));
    }
    s
}

/// How the markers read.
fn legend_line(ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        let weak = |t: &str| RichText::new(t).small().weak();
        ui.label(weak(
            "Markers: dot, a reported value · triangle, \"at least\" · band, \"about\" or a range · hollow, \
             provisional (a later day gives another value) · dashed line, a party's claim",
        ));
    });
}

/// A step line: each value holds until the next one, the last to the end of the plot.
fn steps(points: &[SeriesPoint], end: f64) -> Vec<[f64; 2]> {
    // One value per day: the largest that day (several sentences may give it).
    let mut by_day: Vec<(i32, f64)> = Vec::new();
    for p in points {
        match by_day.last_mut() {
            Some((d, v)) if *d == p.day => *v = v.max(p.value),
            _ => by_day.push((p.day, p.value)),
        }
    }
    let mut out = Vec::new();
    for (k, (d, v)) in by_day.iter().enumerate() {
        if let Some(prev) = k.checked_sub(1).map(|j| by_day[j].1) {
            out.push([*d as f64, prev]);
        }
        out.push([*d as f64, *v]);
    }
    if let Some((_, v)) = by_day.last() {
        out.push([end, *v]);
    }
    out
}

/// A point's band: a box around its own day only, never joined with another day's.
fn band_corners(p: &SeriesPoint) -> [[f64; 2]; 4] {
    let (lo, hi) = band(p);
    let x = p.day as f64;
    [[x - 0.2, lo], [x + 0.2, lo], [x + 0.2, hi], [x - 0.2, hi]]
}

fn band(p: &SeriesPoint) -> (f64, f64) {
    match (p.approx, p.low, p.high) {
        (Approx::Range, Some(l), Some(h)) => (l as f64, h as f64),
        _ => (p.value * 0.9, p.value * 1.1),
    }
}

/// Points grouped by how they are drawn: (shape, filled, coordinates).
fn marker_groups(points: &[SeriesPoint]) -> Vec<(MarkerShape, bool, Vec<[f64; 2]>)> {
    let mut out: Vec<(MarkerShape, bool, Vec<[f64; 2]>)> = Vec::new();
    for p in points {
        let shape = match p.approx {
            Approx::AtLeast | Approx::MoreThan => MarkerShape::Up,
            Approx::AtMost | Approx::LessThan => MarkerShape::Down,
            Approx::Exact | Approx::About | Approx::Range => MarkerShape::Circle,
        };
        let filled = !p.provisional;
        match out.iter_mut().find(|(s, f, _)| *s == shape && *f == filled) {
            Some((_, _, v)) => v.push([p.day as f64, p.value]),
            None => out.push((shape, filled, vec![[p.day as f64, p.value]])),
        }
    }
    out
}

fn day_tick(value: f64, shift: Option<i32>) -> String {
    if (value - value.round()).abs() > 1e-6 {
        return String::new();
    }
    day_label(value.round() as i32, shift)
}

fn point_card(ui: &mut egui::Ui, f: &Figure, p: &SeriesPoint, source: Option<&(String, String, Color32)>) {
    if let Some((_, label, color)) = source {
        ui.label(RichText::new(label).strong().color(*color));
    }
    ui.label(RichText::new(format!("{} {} · {}", crate::compare::value_text(f), f.outcome.words(), p.as_of)).strong());
    if let Some(by) = &f.by {
        ui.label(format!("according to {by}{}", if f.claim { " (a party's claim)" } else { "" }));
    }
    if p.provisional {
        ui.label(RichText::new("provisional: a later day gives another value").weak());
    }
    ui.add(egui::Label::new(RichText::new(super::theme::one_line(&f.sentence)).italics()).wrap());
    ui.label(RichText::new("Click to read it in the report.").weak().small());
}

/// What happened when, on the plot's day axis: a tick per happening, its label, and a dot
/// per report that tells of it.
fn timeline_lane(
    ui: &mut egui::Ui,
    a: &Analysis,
    transform: &egui_plot::PlotTransform,
    height: f32,
    shift: Option<i32>,
    source_of: &SourceOf<'_>,
) -> egui::Rect {
    let frame = *transform.frame();
    let (rect, _) = ui.allocate_exact_size(egui::vec2(ui.available_width(), height), Sense::hover());
    let painter = ui.painter_at(rect);
    let axis_y = rect.top() + 24.0;
    painter.line_segment(
        [egui::pos2(frame.left(), axis_y), egui::pos2(frame.right(), axis_y)],
        egui::Stroke::new(1.0, ui.visuals().weak_text_color()),
    );
    painter.text(
        egui::pos2(rect.left() + 2.0, rect.top() + 2.0),
        egui::Align2::LEFT_TOP,
        "What happened",
        egui::FontId::proportional(11.5),
        ui.visuals().weak_text_color(),
    );
    // Labels are stacked in rows so that none covers another.
    let mut row_ends: Vec<f32> = Vec::new();
    let font = egui::FontId::proportional(12.0);
    let mut hovered: Option<&crate::model::TimelineEntry> = None;
    for e in &a.timeline {
        let Some((day, _)) = day_number(e.date) else { continue };
        let hours = e.time.as_deref().and_then(|t| t.get(..2)?.parse::<f64>().ok()).unwrap_or(12.0);
        let x = transform.position_from_point_x(day as f64 - 0.5 + hours / 24.0);
        if x < frame.left() - 1.0 || x > frame.right() + 1.0 {
            continue;
        }
        let when = match &e.time {
            Some(t) => format!("{} {t}", day_label(day, shift)),
            None => day_label(day, shift),
        };
        let text = format!("{when}: {}", short(&e.label, 34));
        let galley = painter.layout_no_wrap(text, font.clone(), ui.visuals().text_color());
        let w = galley.size().x;
        let left = (x - 4.0).min(frame.right() - w).max(rect.left());
        let row = row_ends.iter().position(|end| *end + 8.0 < left).unwrap_or(row_ends.len());
        if row >= 4 {
            continue;
        }
        if row == row_ends.len() {
            row_ends.push(left + w);
        } else {
            row_ends[row] = left + w;
        }
        let y = axis_y + 10.0 + row as f32 * 19.0;
        painter.line_segment(
            [egui::pos2(x, axis_y - 5.0), egui::pos2(x, y)],
            egui::Stroke::new(1.0, ui.visuals().weak_text_color()),
        );
        // One dot per report that tells of it.
        for (k, doc) in e.docs.iter().enumerate() {
            let color = source_of(doc).map(|s| s.2).unwrap_or(Color32::GRAY);
            painter.circle_filled(
                egui::pos2(x + k as f32 * 7.0 - (e.docs.len() as f32 - 1.0) * 3.5, axis_y),
                3.0,
                color,
            );
        }
        let label_rect = egui::Rect::from_min_size(egui::pos2(left, y), galley.size());
        painter.galley(label_rect.min, galley, ui.visuals().text_color());
        if ui.rect_contains_pointer(label_rect) {
            hovered = Some(e);
        }
    }
    if let Some(e) = hovered {
        let id = ui.make_persistent_id("timeline-hover");
        egui::Tooltip::for_widget(&ui.interact(rect, id, Sense::hover())).at_pointer().gap(12.0).show(|ui| {
            ui.label(RichText::new(&e.label).strong());
            for doc in &e.docs {
                if let Some((_, label, color)) = source_of(doc) {
                    ui.label(RichText::new(format!("told by {label}")).color(color));
                }
            }
            ui.label(RichText::new(format!("in the words: {}", e.text.join(" · "))).weak().small());
        });
    }
    rect
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n).collect();
    format!("{}…", cut.trim_end())
}

/// The plot's points as CSV, for the topic shown.
pub fn csv(app: &mut ParallaxApp) -> Option<String> {
    let a = app.analysis.clone()?;
    let series = app.plot.series(&a);
    let t = chosen(app, &series)?;
    Some(crate::export::series_csv(&a, &[t]))
}

/// A region of a screenshot (in points) as PNG bytes.
pub fn png_of_region(image: &egui::ColorImage, rect: egui::Rect, pixels_per_point: f32) -> Result<Vec<u8>, String> {
    let cut = image.region(&rect, Some(pixels_per_point));
    let [w, h] = cut.size;
    let bytes: Vec<u8> = cut.pixels.iter().flat_map(|c| c.to_array()).collect();
    let mut png = Vec::new();
    image::ImageEncoder::write_image(
        image::codecs::png::PngEncoder::new(&mut png),
        &bytes,
        w as u32,
        h as u32,
        image::ExtendedColorType::Rgba8,
    )
    .map_err(|e| e.to_string())?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_of_the_screen_becomes_a_png_of_its_size() {
        // A 40×30 screen at 2 pixels per point, the plot in its lower right quarter.
        let mut screen = egui::ColorImage::filled([40, 30], Color32::BLACK);
        for y in 15..30 {
            for x in 20..40 {
                screen.pixels[y * 40 + x] = Color32::RED;
            }
        }
        let rect = egui::Rect::from_min_max(egui::pos2(10.0, 7.5), egui::pos2(20.0, 15.0));
        let png = png_of_region(&screen, rect, 2.0).expect("encodes");
        let decoded = image::load_from_memory(&png).expect("a PNG").to_rgba8();
        assert_eq!(decoded.dimensions(), (20, 15));
        assert!(decoded.pixels().all(|p| p.0 == [255, 0, 0, 255]), "only the plot's pixels");
    }
}
