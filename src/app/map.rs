//! The site map: the region of the event with country outlines, the places the reports name
//! (gazetteer places as dots, places derived from stated distances as hollow diamonds with
//! their uncertainty), each stated relation as an arrow in the colour of the report that
//! states it (flagged when reports or the gazetteer disagree), and beside it a schematic of
//! the parts of the site with what happened at each.

use std::sync::Arc;

use egui::{Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Vec2, pos2, vec2};

use crate::geo::{MapPlace, Placement, Projection, SiteMap, outlines, site_map};
use crate::model::{Analysis, Status};

use super::{Command, ParallaxApp, theme};

/// What the map keeps between frames and does not save.
#[derive(Default)]
pub struct MapState {
    built_for: usize,
    map: Option<Arc<SiteMap>>,
    /// Zoom factor and pan offset (screen points) of the regional view.
    pub zoom: f32,
    pub pan: Vec2,
    /// The place whose mentions are listed.
    pub selected: Option<String>,
    /// Where each place was drawn last frame, for picking and tests.
    pub screen_places: Vec<(Pos2, String)>,
}

impl MapState {
    pub fn map(&mut self, a: &Arc<Analysis>) -> Arc<SiteMap> {
        let key = Arc::as_ptr(a) as usize;
        if self.built_for != key {
            self.map = None;
            self.built_for = key;
        }
        self.map.get_or_insert_with(|| Arc::new(site_map(a))).clone()
    }
}

/// The most places drawn with labels, and report dots beside a part of the site.
const MAX_PLACES: usize = 150;
const MAX_DOTS: usize = 24;

fn doc_color(app: &ParallaxApp, a: &Analysis, doc: &str) -> (String, Color32) {
    match app.index.document_by_id(a, doc) {
        Some(d) => app.report_style(d),
        None => (doc.to_string(), Color32::GRAY),
    }
}

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    let Some(analysis) = app.analysis.clone() else {
        ui.spinner();
        return;
    };
    let map = app.map.map(&analysis);
    if map.places.is_empty() {
        ui.add_space(20.0);
        ui.label(RichText::new("The open reports name no place the gazetteer knows, nor any stated distance.").weak());
        return;
    }
    if app.map.zoom <= 0.0 {
        app.map.zoom = 1.0;
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button("Reset view").clicked() {
            app.map.zoom = 1.0;
            app.map.pan = Vec2::ZERO;
        }
        ui.label(
            RichText::new(
                "Dot: from the gazetteer · diamond: placed by the reports' distances (circle: how sure) · \
                 arrow: a stated distance in the report's colour, red where reports or the gazetteer disagree",
            )
            .small()
            .weak(),
        );
    });
    let schematic = !analysis.site_parts.is_empty();
    let full = ui.available_rect_before_wrap();
    let map_width = if schematic { (full.width() * 0.62).max(260.0) } else { full.width() };
    let map_rect = Rect::from_min_size(full.min, vec2(map_width, full.height()));
    let side_rect = Rect::from_min_max(pos2(map_rect.right() + 8.0, full.top()), full.max);
    ui.allocate_rect(full, Sense::hover());
    regional(ui, app, &analysis, &map, map_rect);
    if schematic && side_rect.width() > 120.0 {
        let mut side =
            ui.new_child(egui::UiBuilder::new().max_rect(side_rect).layout(egui::Layout::top_down(egui::Align::Min)));
        egui::ScrollArea::vertical().id_salt("site-side").show(&mut side, |ui| {
            if let Some(name) = app.map.selected.clone() {
                mentions(ui, app, &analysis, &name);
                ui.separator();
            }
            site_schematic(ui, app, &analysis);
        });
    } else if let Some(name) = app.map.selected.clone() {
        let mut side = ui.new_child(egui::UiBuilder::new().max_rect(side_rect));
        mentions(&mut side, app, &analysis, &name);
    }
}

fn regional(ui: &mut egui::Ui, app: &mut ParallaxApp, a: &Analysis, map: &SiteMap, rect: Rect) {
    let id = ui.make_persistent_id("site-map");
    let response = ui.interact(rect, id, Sense::click_and_drag());
    // Drag pans; the wheel zooms about the pointer.
    if response.dragged() {
        app.map.pan += response.drag_delta();
    }
    if let Some(pointer) = response.hover_pos() {
        let scroll = ui.input(|i| i.smooth_scroll_delta.y);
        if scroll != 0.0 {
            let factor = (scroll / 300.0).exp();
            let new_zoom = (app.map.zoom * factor).clamp(0.5, 200.0);
            let k = new_zoom / app.map.zoom;
            let center = rect.center() + app.map.pan;
            app.map.pan += (pointer - center) * (1.0 - k);
            app.map.zoom = new_zoom;
        }
    }
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals().clone();
    painter.rect_filled(rect, 4.0, visuals.extreme_bg_color);
    let proj = Projection::fit(map.view, rect.width() as f64, rect.height() as f64);
    let zoom = app.map.zoom;
    let center = rect.center();
    let pan = app.map.pan;
    let to_screen = |lat: f64, lon: f64| -> Pos2 {
        let (x, y) = proj.project(lat, lon);
        let p = rect.min + vec2(x as f32, y as f32);
        center + (p - center) * zoom + pan
    };
    // Outlines of the countries in view.
    let margin = 10.0;
    let view = map.view;
    for o in outlines() {
        let [x0, y0, x1, y1] = o.bbox;
        let w = (view[2] - view[0]) as f32 * 2.0 + margin;
        if x1 < view[0] as f32 - w || x0 > view[2] as f32 + w || y1 < view[1] as f32 - w || y0 > view[3] as f32 + w {
            continue;
        }
        let stroke = Stroke::new(1.0, visuals.weak_text_color().gamma_multiply(0.7));
        for ring in &o.rings {
            // A ring that crosses the 180th meridian (Fiji, Russia) is cut there, not drawn
            // across the world.
            let mut piece: Vec<Pos2> = Vec::new();
            for (k, p) in ring.iter().chain(ring.first()).enumerate() {
                if k > 0 && (p[0] - ring[(k - 1) % ring.len()][0]).abs() > 180.0 {
                    painter.add(egui::Shape::line(std::mem::take(&mut piece), stroke));
                }
                piece.push(to_screen(p[1] as f64, p[0] as f64));
            }
            painter.add(egui::Shape::line(piece, stroke));
        }
        // Country names where the country is large on screen.
        let c = to_screen(((y0 + y1) / 2.0) as f64, ((x0 + x1) / 2.0) as f64);
        let size = to_screen(y0 as f64, x1 as f64) - to_screen(y1 as f64, x0 as f64);
        if size.x > 90.0 && size.y > 50.0 && rect.contains(c) {
            // Whole or not at all: a name cut by the map's edge ("abama") reads as another.
            let galley = painter.layout_no_wrap(
                o.name.clone(),
                FontId::proportional(12.0),
                visuals.weak_text_color().gamma_multiply(0.6),
            );
            let at = Rect::from_center_size(c, galley.size());
            if rect.contains_rect(at) {
                painter.galley(at.min, galley, Color32::PLACEHOLDER);
            }
        }
    }
    // Edges: from the object to the subject of each stated relation.
    let by_name: std::collections::HashMap<&str, &MapPlace> = map.places.iter().map(|p| (p.name.as_str(), p)).collect();
    let place_at = |name: &str| by_name.get(name).map(|p| to_screen(p.lat, p.lon));
    // How many edges of each pair of places were drawn already (either direction).
    let mut drawn: std::collections::HashMap<(&str, &str), usize> = std::collections::HashMap::new();
    let mut hovered_edge: Option<usize> = None;
    for (k, e) in map.edges.iter().enumerate() {
        let Some(to) = place_at(&e.subject) else { continue };
        let from = match place_at(&e.object) {
            Some(p) => p,
            // "50 km west of the Libyan border": drawn back from the subject along the bearing.
            None => match (e.km, e.bearing.as_deref().and_then(crate::geo::bearing_degrees)) {
                (Some(km), Some(deg)) => {
                    let len = (proj.km(km) as f32 * zoom).max(18.0);
                    let r = (deg as f32).to_radians();
                    to - vec2(r.sin(), -r.cos()) * len
                }
                _ => continue,
            },
        };
        // Two places drawn at one point have no direction to draw.
        if (to - from).length() < 1.0 {
            continue;
        }
        let (_, color) = doc_color(app, a, &e.doc);
        let flagged = !e.flags.is_empty();
        let stroke = Stroke::new(if flagged { 2.5 } else { 1.8 }, if flagged { theme::ERROR } else { color });
        // Several reports stating the same pair are drawn side by side.
        let pair = if e.subject <= e.object {
            (e.subject.as_str(), e.object.as_str())
        } else {
            (e.object.as_str(), e.subject.as_str())
        };
        let same = *drawn.get(&pair).unwrap_or(&0);
        *drawn.entry(pair).or_default() += 1;
        let normal = (to - from).normalized().rot90() * (same as f32 * 4.0);
        arrow(&painter, from + normal, to + normal, stroke);
        if flagged {
            painter.line_segment([from + normal, to + normal], Stroke::new(1.0, color));
        }
        let label = match (e.km, e.bearing.as_deref()) {
            (Some(km), Some(b)) => format!("{km:.0} km {b}{}", if flagged { " (disputed)" } else { "" }),
            (Some(km), None) => format!("{km:.0} km"),
            _ => String::new(),
        };
        // Labels of edges between the same two places are spread along the line.
        let mid = from + (to - from) * (0.5 - 0.15 * same as f32) + normal * 2.0 + vec2(4.0, -4.0);
        if (to - from).length() > 40.0 {
            painter.text(
                mid,
                egui::Align2::LEFT_BOTTOM,
                label,
                FontId::proportional(11.5),
                if flagged { theme::ERROR } else { color },
            );
        }
        if let Some(p) = response.hover_pos()
            && distance_to_segment(p, from, to) < 6.0
        {
            hovered_edge = Some(k);
        }
    }
    // Places, their labels placed where they do not cover one another.
    app.map.screen_places.clear();
    let mut ordered: Vec<&MapPlace> = map.places.iter().filter(|p| p.kind != "country").collect();
    ordered.sort_by_key(|p| std::cmp::Reverse(p.docs.len()));
    ordered.retain(|p| rect.expand(20.0).contains(to_screen(p.lat, p.lon)));
    // The most named places only: past that the labels cannot all be read, and placing them
    // grows with the square of their number.
    ordered.truncate(MAX_PLACES);
    let color = visuals.strong_text_color();
    let galleys: Vec<_> =
        ordered.iter().map(|p| painter.layout_no_wrap(p.name.clone(), FontId::proportional(13.0), color)).collect();
    let points: Vec<(f32, f32)> = ordered.iter().map(|p| to_screen(p.lat, p.lon)).map(|q| (q.x, q.y)).collect();
    let sizes: Vec<(f32, f32)> = galleys.iter().map(|g| (g.size().x, g.size().y)).collect();
    let spots = crate::geo::place_labels(&points, &sizes, (rect.left(), rect.top(), rect.right(), rect.bottom()));
    let mut hovered_place: Option<&MapPlace> = None;
    for (k, p) in ordered.iter().enumerate() {
        let at = pos2(points[k].0, points[k].1);
        app.map.screen_places.push((at, p.name.clone()));
        match p.placement {
            Placement::Gazetteer => {
                painter.circle_filled(at, 4.5, color);
            }
            Placement::Derived => {
                let r = (proj.km(p.uncertainty_km) as f32 * zoom).max(6.0);
                painter.circle_stroke(at, r, Stroke::new(1.0, Color32::from_rgb(230, 159, 0).gamma_multiply(0.6)));
                let d = 6.0;
                let diamond = vec![at + vec2(0.0, -d), at + vec2(d, 0.0), at + vec2(0.0, d), at + vec2(-d, 0.0)];
                painter.add(egui::Shape::closed_line(diamond, Stroke::new(2.0, Color32::from_rgb(230, 159, 0))));
            }
        }
        let spot = spots[k].map(|(x, y)| Rect::from_min_size(pos2(x, y), galleys[k].size()));
        if let Some(spot) = spot {
            painter.rect_filled(spot.expand(1.0), 2.0, visuals.extreme_bg_color.gamma_multiply(0.8));
            painter.galley(spot.min, galleys[k].clone(), color);
        }
        if let Some(h) = response.hover_pos()
            && (h.distance(at) < 8.0 || spot.is_some_and(|s| s.contains(h)))
        {
            hovered_place = Some(p);
        }
    }
    if let Some(p) = hovered_place {
        egui::Tooltip::for_widget(&response).at_pointer().gap(12.0).show(|ui| {
            ui.label(RichText::new(&p.name).strong());
            ui.label(match p.placement {
                Placement::Gazetteer => format!("{} · {:.2}, {:.2} (gazetteer)", p.kind, p.lat, p.lon),
                Placement::Derived => format!(
                    "placed from the reports' distances, within about {:.0} km · {:.2}, {:.2}",
                    p.uncertainty_km, p.lat, p.lon
                ),
            });
            ui.label(RichText::new("Click to list its mentions").weak().small());
        });
        if response.clicked() {
            app.command(Command::SelectPlace(Some(p.name.clone())));
        }
    } else if let Some(k) = hovered_edge {
        let e = &map.edges[k];
        let (outlet, color) = doc_color(app, a, &e.doc);
        egui::Tooltip::for_widget(&response).at_pointer().gap(12.0).show(|ui| {
            ui.label(RichText::new(format!("{outlet}: “{}”", e.text)).color(color));
            for f in &e.flags {
                ui.label(RichText::new(format!("⚠ {f}")).color(theme::ERROR));
            }
        });
    }
    if !map.elsewhere.is_empty() {
        let text = format!("Also named, far from here: {}", map.elsewhere.join(", "));
        let galley = painter.layout(text, FontId::proportional(11.5), visuals.weak_text_color(), rect.width() - 16.0);
        painter.galley(
            pos2(rect.left() + 8.0, rect.bottom() - 8.0 - galley.size().y),
            galley,
            visuals.weak_text_color(),
        );
    }
    // A scale bar.
    let km_per_100 = 100.0 / (proj.km(1.0) as f32 * zoom);
    let nice = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0];
    if let Some(&km) = nice.iter().find(|k| **k >= km_per_100 * 0.5) {
        let len = km * proj.km(1.0) as f32 * zoom;
        let y = rect.top() + 14.0;
        let x = rect.right() - 16.0 - len;
        painter.line_segment([pos2(x, y), pos2(x + len, y)], Stroke::new(2.0, visuals.text_color()));
        painter.text(
            pos2(x + len / 2.0, y + 3.0),
            egui::Align2::CENTER_TOP,
            format!("{km:.0} km"),
            FontId::proportional(11.0),
            visuals.text_color(),
        );
    }
}

/// A line with a head of fixed size at `to` (egui's arrow scales its head with the length).
fn arrow(painter: &egui::Painter, from: Pos2, to: Pos2, stroke: Stroke) {
    let dir = (to - from).normalized();
    // Stop short of the place's marker.
    let tip = to - dir * 7.0;
    painter.line_segment([from, tip], stroke);
    let back = tip - dir * 9.0;
    let side = dir.rot90() * 4.5;
    painter.add(egui::Shape::convex_polygon(vec![tip, back + side, back - side], stroke.color, Stroke::NONE));
}

fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}

/// Where each report names a place: its sentences, a click opens the reader there.
fn mentions(ui: &mut egui::Ui, app: &mut ParallaxApp, a: &Analysis, name: &str) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(name).strong().size(15.0));
        if ui.small_button("Close").clicked() {
            app.command(Command::SelectPlace(None));
        }
    });
    for d in &a.documents {
        let Some(source) = app.source(&d.path) else { continue };
        let Some(doc) = source.document().cloned() else { continue };
        // Whole words only ("mine", not "miners"), once per line.
        let mut lines_seen = std::collections::HashSet::new();
        let found: Vec<usize> = doc
            .text
            .match_indices(name)
            .map(|(i, _)| i)
            .filter(|&i| {
                let before = doc.text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = doc.text[i + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                before && after
            })
            .filter(|&i| lines_seen.insert(doc.text[..i].rfind(['\n', '.']).unwrap_or(0)))
            .take(6)
            .collect();
        if found.is_empty() {
            continue;
        }
        let (label, color) = doc_color(app, a, &d.id);
        ui.label(RichText::new(label).color(color).strong());
        for start in found {
            let line_start = doc.text[..start].rfind(['\n', '.']).map(|i| i + 1).unwrap_or(0);
            let line_end = doc.text[start..].find(['\n']).map(|i| start + i).unwrap_or(doc.text.len());
            let mut snippet: String = doc.text[line_start..line_end].trim().chars().take(160).collect();
            if line_end - line_start > 160 {
                snippet.push('…');
            }
            if ui
                .add(egui::Label::new(RichText::new(snippet).small()).sense(Sense::click()).wrap())
                .on_hover_text("Read it in the report")
                .clicked()
            {
                app.command(Command::ShowPassage { doc: d.id.clone(), start, end: start + name.len() });
            }
        }
    }
}

/// The parts of the site as boxes, each with the reports that name it and what happened there.
fn site_schematic(ui: &mut egui::Ui, app: &mut ParallaxApp, a: &Analysis) {
    ui.label(RichText::new("The site, by the reports' words").strong().size(15.0));
    ui.label(RichText::new("The parts of the site the reports name, with what happened at each.").small().weak());
    ui.add_space(4.0);
    for part in a.site_parts.iter().take(14) {
        egui::Frame::group(ui.style()).inner_margin(6.0).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&part.name).strong());
                // A dot per report that names it.
                let mut docs: Vec<&str> = part.mentions.iter().map(|m| m.doc.as_str()).collect();
                docs.dedup();
                let more = docs.len().saturating_sub(MAX_DOTS);
                for d in docs.into_iter().take(MAX_DOTS) {
                    let (label, color) = doc_color(app, a, d);
                    let (r, resp) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
                    ui.painter().circle_filled(r.center(), 4.5, color);
                    resp.on_hover_text(format!("named by {label}"));
                }
                if more > 0 {
                    ui.label(RichText::new(format!("+{more}")).small().weak());
                }
            });
            let others: Vec<&str> = part.forms.iter().map(String::as_str).filter(|f| *f != part.name).take(4).collect();
            if !others.is_empty() {
                ui.label(RichText::new(format!("also: {}", others.join(", "))).small().weak());
            }
            let figures: Vec<String> = part
                .figures
                .iter()
                .filter_map(|id| app.index.figure(a, id))
                .map(|f| format!("{} {} {}", crate::compare::value_text(f), f.who, f.outcome.words()))
                .take(3)
                .collect();
            if !figures.is_empty() {
                ui.label(RichText::new(figures.join(" · ")).small().color(theme::status_color(Status::Update)));
            }
            for m in part.mentions.iter().take(2) {
                let (_, color) = doc_color(app, a, &m.doc);
                let mut text: String = theme::one_line(&m.sentence).chars().take(140).collect();
                if m.sentence.chars().count() > 140 {
                    text.push('…');
                }
                if ui
                    .add(
                        egui::Label::new(RichText::new(text).small().color(color.gamma_multiply(0.9)))
                            .sense(Sense::click())
                            .wrap(),
                    )
                    .on_hover_text("Read it in the report")
                    .clicked()
                {
                    app.command(Command::ShowPassage { doc: m.doc.clone(), start: m.start, end: m.end });
                }
            }
            if part.mentions.len() > 2 {
                ui.label(RichText::new(format!("and {} more mentions", part.mentions.len() - 2)).small().weak());
            }
        });
    }
}
