//! The site map's geometry, without drawing: country outlines (Natural Earth), places placed
//! by the gazetteer or, where it does not know them, by the distances and bearings the reports
//! state ("about 40km south-west of In Amenas"), each stated relation as an edge checked
//! against the others and against the gazetteer, and a projection into a unit square.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;

mod site;

pub use site::site_map;

/// Country outlines: Natural Earth 1:110m via world-atlas (`tools/build_outlines.py`).
const OUTLINES: &str = include_str!("../../assets/geo/outlines.tsv");

pub struct Outline {
    pub name: String,
    /// Rings of (lon, lat).
    pub rings: Vec<Vec<[f32; 2]>>,
    /// lon min, lat min, lon max, lat max.
    pub bbox: [f32; 4],
}

pub fn outlines() -> &'static [Outline] {
    static CELL: OnceLock<Vec<Outline>> = OnceLock::new();
    CELL.get_or_init(|| {
        OUTLINES
            .lines()
            .filter_map(|line| {
                let (name, rings) = line.split_once('\t')?;
                let rings: Vec<Vec<[f32; 2]>> = rings
                    .split(';')
                    .map(|r| {
                        r.split(' ')
                            .filter_map(|p| {
                                let (x, y) = p.split_once(',')?;
                                Some([x.parse().ok()?, y.parse().ok()?])
                            })
                            .collect()
                    })
                    .filter(|r: &Vec<[f32; 2]>| r.len() >= 3)
                    .collect();
                let mut bbox = [f32::MAX, f32::MAX, f32::MIN, f32::MIN];
                for p in rings.iter().flatten() {
                    bbox = [bbox[0].min(p[0]), bbox[1].min(p[1]), bbox[2].max(p[0]), bbox[3].max(p[1])];
                }
                Some(Outline { name: name.to_string(), rings, bbox })
            })
            .collect()
    })
}

const EARTH_KM: f64 = 6371.0;

/// Compass bearings in degrees clockwise from north.
pub fn bearing_degrees(b: &str) -> Option<f64> {
    Some(match b {
        "N" => 0.0,
        "NE" => 45.0,
        "E" => 90.0,
        "SE" => 135.0,
        "S" => 180.0,
        "SW" => 225.0,
        "W" => 270.0,
        "NW" => 315.0,
        _ => return None,
    })
}

/// The point `km` from (lat, lon) in direction `deg` on a sphere.
pub fn destination(lat: f64, lon: f64, deg: f64, km: f64) -> (f64, f64) {
    let (p1, l1, b, d) = (lat.to_radians(), lon.to_radians(), deg.to_radians(), km / EARTH_KM);
    let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos()).asin();
    let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
    (p2.to_degrees(), l2.to_degrees())
}

/// Great-circle distance in km.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let dp = p2 - p1;
    let dl = (b.1 - a.1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_KM * h.sqrt().asin()
}

/// Initial bearing from a to b, degrees clockwise from north.
pub fn initial_bearing(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let dl = (b.1 - a.1).to_radians();
    let y = dl.sin() * p2.cos();
    let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
    (y.atan2(x).to_degrees() + 360.0) % 360.0
}

fn angle_between(a: f64, b: f64) -> f64 {
    let d = (a - b).abs() % 360.0;
    d.min(360.0 - d)
}

/// How a place got its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Placement {
    /// From the gazetteer.
    Gazetteer,
    /// From the reports' stated distances and bearings.
    Derived,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapPlace {
    pub name: String,
    pub kind: String,
    pub lat: f64,
    pub lon: f64,
    pub placement: Placement,
    /// For a derived place: the radius (km) within which the stated relations put it.
    pub uncertainty_km: f64,
    pub docs: Vec<String>,
}

/// A stated relation drawn as an edge from `object` to `subject`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapEdge {
    pub doc: String,
    pub subject: String,
    pub object: String,
    pub km: Option<f64>,
    pub bearing: Option<String>,
    pub text: String,
    /// Why the edge is flagged (another report states otherwise, or the gazetteer does).
    pub flags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiteMap {
    pub places: Vec<MapPlace>,
    pub edges: Vec<MapEdge>,
    /// The region shown: lon min, lat min, lon max, lat max.
    pub view: [f64; 4],
    /// Places too far from the event to draw with it (the home countries of victims).
    pub elsewhere: Vec<String>,
}

/// Where a relation's object is: a place, or a country's border ("the Libyan border").
fn anchor(name: &str, known: &BTreeMap<String, (f64, f64)>) -> Option<(f64, f64)> {
    known.get(name).copied()
}

/// The nearest point of a country's outline to a point (lat, lon), for "50 km west of the
/// Libyan border".
fn nearest_on_border(country: &str, from: (f64, f64)) -> Option<(f64, f64)> {
    let o = outlines().iter().find(|o| o.name == country)?;
    o.rings
        .iter()
        .flatten()
        .map(|p| (p[1] as f64, p[0] as f64))
        .min_by(|a, b| distance_km(*a, from).total_cmp(&distance_km(*b, from)))
}

/// The country a border belongs to: "Libyan border" → "Libya".
fn border_country(name: &str) -> Option<String> {
    let lex = crate::extract::lexicon::lexicon();
    let stem = name.strip_suffix(" border")?;
    lex.nationalities.get(stem).map(|&(c, _)| lex.country_name(c).to_string())
}

fn compass(deg: f64) -> &'static str {
    const NAMES: [&str; 8] = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];
    NAMES[(((deg + 22.5) % 360.0) / 45.0) as usize % 8]
}

/// An equirectangular projection of a region into a rectangle of the given size, with north
/// up and east-west distances true at the region's middle latitude.
#[derive(Debug, Clone, Copy)]
pub struct Projection {
    lon0: f64,
    lat1: f64,
    scale: f64,
    kx: f64,
    offset: (f64, f64),
}

impl Projection {
    pub fn fit(view: [f64; 4], width: f64, height: f64) -> Projection {
        let mid = (view[1] + view[3]) / 2.0;
        let kx = mid.to_radians().cos().max(0.2);
        let w = (view[2] - view[0]) * kx;
        let h = view[3] - view[1];
        let scale = (width / w).min(height / h);
        let offset = ((width - w * scale) / 2.0, (height - h * scale) / 2.0);
        Projection { lon0: view[0], lat1: view[3], scale, kx, offset }
    }
    /// Screen position (x right, y down) of (lat, lon).
    pub fn project(&self, lat: f64, lon: f64) -> (f64, f64) {
        (self.offset.0 + (lon - self.lon0) * self.kx * self.scale, self.offset.1 + (self.lat1 - lat) * self.scale)
    }
    /// Screen length of a distance in km.
    pub fn km(&self, km: f64) -> f64 {
        km / 111.2 * self.scale
    }
}

/// Where the labels of points go so that none covers another label or a point: for each point
/// (in order of importance) the first of right, left, above, below and the four corners that
/// stays inside `bounds` and clear of the points and the labels placed before it. A label with
/// no clear spot is left out (`None`): its point stays, named on hover, rather than a heap of
/// words nobody can read. Returns each label's top-left corner.
/// `sizes` are the labels' widths and heights; `bounds` is (left, top, right, bottom).
pub fn place_labels(
    points: &[(f32, f32)],
    sizes: &[(f32, f32)],
    bounds: (f32, f32, f32, f32),
) -> Vec<Option<(f32, f32)>> {
    const DOT: f32 = 4.0;
    let mut taken: Vec<(f32, f32, f32, f32)> =
        points.iter().map(|&(x, y)| (x - DOT, y - DOT, x + DOT, y + DOT)).collect();
    let overlaps =
        |a: &(f32, f32, f32, f32), b: &(f32, f32, f32, f32)| a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3;
    let inside = |r: &(f32, f32, f32, f32)| r.0 >= bounds.0 && r.1 >= bounds.1 && r.2 <= bounds.2 && r.3 <= bounds.3;
    let mut out = Vec::with_capacity(points.len());
    for (&(x, y), &(w, h)) in points.iter().zip(sizes) {
        let spots = [
            (x + 8.0, y - h / 2.0),
            (x - 8.0 - w, y - h / 2.0),
            (x - w / 2.0, y - 8.0 - h),
            (x - w / 2.0, y + 8.0),
            (x + 6.0, y - 6.0 - h),
            (x + 6.0, y + 6.0),
            (x - 6.0 - w, y - 6.0 - h),
            (x - 6.0 - w, y + 6.0),
        ];
        let chosen = spots
            .iter()
            .map(|&(l, t)| (l, t, l + w, t + h))
            .find(|r| inside(r) && !taken.iter().any(|o| overlaps(o, r)));
        if let Some(r) = chosen {
            taken.push(r);
        }
        out.push(chosen.map(|r| (r.0, r.1)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Analysis;

    #[test]
    fn destination_and_distance_agree() {
        // 40 km south-west of a desert town, and back.
        let town = (28.05, 9.64);
        let site = destination(town.0, town.1, 225.0, 40.0);
        assert!((distance_km(town, site) - 40.0).abs() < 0.1);
        assert!(site.0 < town.0 && site.1 < town.1);
        assert_eq!(compass(initial_bearing(town, site)), "SW");
    }

    #[test]
    fn outlines_are_loaded() {
        let o = outlines();
        assert!(o.len() > 150);
        let algeria = o.iter().find(|c| c.name == "Algeria").expect("Algeria");
        assert!(algeria.bbox[0] < 0.0 && algeria.bbox[2] > 9.0);
    }

    #[test]
    fn labels_do_not_cover_each_other() {
        // Three places close together: their labels take different sides.
        let points = [(100.0, 100.0), (104.0, 100.0), (100.0, 104.0)];
        let sizes = [(60.0, 14.0); 3];
        let spots: Vec<(f32, f32)> =
            place_labels(&points, &sizes, (0.0, 0.0, 400.0, 400.0)).into_iter().map(|s| s.expect("room")).collect();
        for i in 0..3 {
            for j in i + 1..3 {
                let (a, b) = (spots[i], spots[j]);
                let apart = a.0 + 60.0 <= b.0 || b.0 + 60.0 <= a.0 || a.1 + 14.0 <= b.1 || b.1 + 14.0 <= a.1;
                assert!(apart, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_label_with_no_clear_spot_is_left_out_and_none_covers_a_point() {
        // Nine towns in a tight grid: not all nine names fit, and none is drawn over a dot.
        let points: Vec<(f32, f32)> =
            (0..9).map(|k| (100.0 + (k % 3) as f32 * 10.0, 100.0 + (k / 3) as f32 * 10.0)).collect();
        let sizes = vec![(60.0, 14.0); 9];
        let spots = place_labels(&points, &sizes, (0.0, 0.0, 400.0, 400.0));
        assert!(spots[0].is_some(), "the most important place is named");
        assert!(spots.iter().any(Option::is_none), "{spots:?}");
        for (l, t) in spots.iter().flatten() {
            for (x, y) in &points {
                let covers = *x > l - 4.0 && *x < l + 64.0 && *y > t - 4.0 && *y < t + 18.0;
                assert!(!covers, "label at {l},{t} covers the point {x},{y}");
            }
        }
    }

    #[test]
    fn a_place_is_derived_from_a_stated_distance_and_flagged_against_the_gazetteer() {
        use crate::model::{Place, Relation};
        let place = |name: &str, lat: Option<f64>, lon: Option<f64>| Place {
            name: name.into(),
            kind: if lat.is_some() { "town".into() } else { "site (placed by the report)".into() },
            lat,
            lon,
            docs: vec!["d1".into()],
        };
        let rel = |doc: &str, subject: &str, object: &str, km: f64, bearing: &str| Relation {
            doc: doc.into(),
            subject: subject.into(),
            object: object.into(),
            km: Some(km),
            bearing: Some(bearing.into()),
            text: format!("{km} km {bearing} of {object}"),
        };
        let a = Analysis {
            places: vec![
                place("Orlen", Some(40.0), Some(20.0)),
                place("Kesra", Some(40.0), Some(22.0)),
                place("Dam site", None, None),
            ],
            relations: vec![
                rel("d1", "Dam site", "Orlen", 30.0, "N"),
                // Kesra is some 170 km east of Orlen, not 60.
                rel("d1", "Kesra", "Orlen", 60.0, "E"),
                rel("d2", "Dam site", "Orlen", 45.0, "N"),
            ],
            ..Default::default()
        };
        let m = site_map(&a);
        let dam = m.places.iter().find(|p| p.name == "Dam site").expect("derived");
        assert_eq!(dam.placement, Placement::Derived);
        let d = distance_km((40.0, 20.0), (dam.lat, dam.lon));
        assert!(d > 29.0 && d < 46.0 && dam.lat > 40.0, "{d}");
        let kesra = m.edges.iter().find(|e| e.subject == "Kesra").expect("edge");
        assert!(kesra.flags.iter().any(|f| f.contains("170 km")), "{:?}", kesra.flags);
        // The two reports disagree on the dam's distance.
        assert!(m.edges.iter().filter(|e| e.subject == "Dam site").all(|e| !e.flags.is_empty()));
    }

    #[test]
    fn the_map_shows_where_most_reports_are_not_a_far_place_one_report_ties() {
        use crate::model::{Place, Relation};
        let place = |name: &str, lat: f64, lon: f64, docs: &[&str]| Place {
            name: name.into(),
            kind: "town".into(),
            lat: Some(lat),
            lon: Some(lon),
            docs: docs.iter().map(|d| d.to_string()).collect(),
        };
        let a = Analysis {
            places: vec![
                place("Harlow Springs", 38.8, -104.8, &["d1", "d2", "d3"]),
                place("Ashby", 35.6, -82.6, &["d1"]),
                place("Cabin", 35.6, -82.9, &["d1"]),
            ],
            // A suspect's old home, far from the attack: one report ties it to a town near it.
            relations: vec![Relation {
                doc: "d1".into(),
                subject: "Cabin".into(),
                object: "Ashby".into(),
                km: Some(24.0),
                bearing: Some("W".into()),
                text: "15 miles west of Ashby".into(),
            }],
            ..Default::default()
        };
        let m = site_map(&a);
        let inside = |lat: f64, lon: f64| lat >= m.view[1] && lat <= m.view[3] && lon >= m.view[0] && lon <= m.view[2];
        assert!(inside(38.8, -104.8), "{:?}", m.view);
        assert!(m.elsewhere.contains(&"Ashby".to_string()), "{:?}", m.elsewhere);
        // Named by as many reports, the places the relations tie together are the site.
        let mut b = a.clone();
        b.places[1].docs = vec!["d1".into(), "d2".into(), "d3".into()];
        let m = site_map(&b);
        assert!(m.elsewhere.contains(&"Harlow Springs".to_string()), "{:?}", m.elsewhere);
    }

    #[test]
    fn projection_keeps_north_up_and_fits() {
        let p = Projection::fit([0.0, 20.0, 10.0, 30.0], 400.0, 300.0);
        let (x0, y0) = p.project(30.0, 0.0);
        let (x1, y1) = p.project(20.0, 10.0);
        assert!(x1 > x0 && y1 > y0);
        assert!(x1 <= 400.0 + 1e-6 && y1 <= 300.0 + 1e-6);
    }
}
