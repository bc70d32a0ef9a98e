//! The site map of an analysis: the places the gazetteer knows, the places the reports'
//! own distances and bearings put on the map, the relations as edges flagged where reports
//! or the gazetteer disagree, and the region to show.

use std::collections::BTreeMap;

use super::*;
use crate::model::{Analysis, Place, Relation};

/// Places, derived places and edges of an analysis, and the region to show.
pub fn site_map(a: &Analysis) -> SiteMap {
    let (mut known, mut places) = gazetteer_places(a);
    let names = Names::new(a, &known);
    let relations: Vec<Relation> = a
        .relations
        .iter()
        .map(|r| Relation { subject: names.canonical(&r.subject), object: names.canonical(&r.object), ..r.clone() })
        .collect();
    let derived = derive_places(&relations, &mut known);
    // Each place of the analysis under its one name.
    let by_name: BTreeMap<String, &Place> = a.places.iter().rev().map(|p| (names.canonical(&p.name), p)).collect();
    for (name, list) in &derived {
        let Some(&(lat, lon)) = known.get(name) else { continue };
        // Candidates far apart (reports that disagree) widen the uncertainty.
        let best = list.iter().map(|c| c.2).fold(f64::MAX, f64::min);
        let spread = list.iter().map(|c| distance_km((c.0, c.1), (lat, lon))).fold(0.0, f64::max);
        let source = by_name.get(name);
        places.push(MapPlace {
            name: name.clone(),
            kind: source.map(|p| p.kind.clone()).unwrap_or_else(|| "site (placed by the report)".into()),
            lat,
            lon,
            placement: Placement::Derived,
            uncertainty_km: best.max(spread),
            docs: source.map(|p| p.docs.clone()).unwrap_or_default(),
        });
    }
    let edges = edges(a, &relations, &known, &derived);
    let (view, elsewhere) = region(&relations, &places);
    SiteMap { places, edges, view, elsewhere }
}

/// The places the gazetteer locates, by name, and as map places.
fn gazetteer_places(a: &Analysis) -> (BTreeMap<String, (f64, f64)>, Vec<MapPlace>) {
    let mut known: BTreeMap<String, (f64, f64)> = BTreeMap::new();
    let mut places: Vec<MapPlace> = Vec::new();
    for p in &a.places {
        if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
            known.insert(p.name.clone(), (lat, lon));
            places.push(MapPlace {
                name: p.name.clone(),
                kind: p.kind.clone(),
                lat,
                lon,
                placement: Placement::Gazetteer,
                uncertainty_km: 0.0,
                docs: p.docs.clone(),
            });
        }
    }
    (known, places)
}

/// One name per place: "The mine" and "the mine" are the same place as "mine".
struct Names {
    /// Gazetteer names by their lower case, for "the Mine" / "mine" / "Mine".
    gazetteer: BTreeMap<String, String>,
    /// Names the gazetteer lacks, spelt as first written (article aside).
    unknown: BTreeMap<String, String>,
}

impl Names {
    fn new(a: &Analysis, known: &BTreeMap<String, (f64, f64)>) -> Names {
        let gazetteer = known.keys().map(|k| (k.to_lowercase(), k.clone())).collect();
        let mut unknown: BTreeMap<String, String> = BTreeMap::new();
        for r in &a.relations {
            for n in [&r.subject, &r.object] {
                unknown.entry(bare(n).to_lowercase()).or_insert_with(|| bare(n));
            }
        }
        Names { gazetteer, unknown }
    }

    fn canonical(&self, name: &str) -> String {
        let b = bare(name).to_lowercase();
        if self.gazetteer.get(&name.to_lowercase()).is_some_and(|k| k == name) {
            return name.to_string();
        }
        self.gazetteer.get(&b).or_else(|| self.unknown.get(&b)).cloned().unwrap_or_else(|| bare(name))
    }
}

/// A name without its article.
fn bare(name: &str) -> String {
    name.strip_prefix("The ").or_else(|| name.strip_prefix("the ")).unwrap_or(name).to_string()
}

/// Where each place the gazetteer lacks may lie, (lat, lon, spread km) per relation that
/// places it; `known` gains their weighted means.
type Derived = BTreeMap<String, Vec<(f64, f64, f64)>>;

/// Unknown places from the relations, as long as each round places one more: the subject
/// from a known object ("the site, 40 km SW of the town"), or the object from a known
/// subject ("the town, 40 km SW of the site": the site is 40 km NE of the town).
fn derive_places(relations: &[Relation], known: &mut BTreeMap<String, (f64, f64)>) -> Derived {
    let mut derived: Derived = BTreeMap::new();
    for _ in 0..4 {
        let mut placed_any = false;
        for r in relations {
            let (Some(km), Some(deg)) = (r.km, r.bearing.as_deref().and_then(bearing_degrees)) else { continue };
            let subject_fixed = known.contains_key(&r.subject) && !derived.contains_key(&r.subject);
            let object_fixed = known.contains_key(&r.object) && !derived.contains_key(&r.object);
            let (target, to) = if !subject_fixed {
                let Some(from) = anchor(&r.object, known) else { continue };
                (r.subject.clone(), destination(from.0, from.1, deg, km))
            } else if !object_fixed && border_country(&r.object).is_none() {
                let Some(from) = anchor(&r.subject, known) else { continue };
                (r.object.clone(), destination(from.0, from.1, (deg + 180.0) % 360.0, km))
            } else {
                continue;
            };
            // A compass point is ±22.5°; "about" a distance, ±10%.
            let spread = km * 0.1 + km * (22.5f64).to_radians().tan();
            let list = derived.entry(target).or_default();
            if !list.iter().any(|&(la, lo, _)| (la - to.0).abs() < 1e-9 && (lo - to.1).abs() < 1e-9) {
                list.push((to.0, to.1, spread));
                placed_any = true;
            }
        }
        for (name, list) in &derived {
            // Weighted by precision: a 40 km relation fixes a place better than a 1,300 km one.
            let w: f64 = list.iter().map(|c| 1.0 / c.2.max(1.0)).sum();
            let lat = list.iter().map(|c| c.0 / c.2.max(1.0)).sum::<f64>() / w;
            let lon = list.iter().map(|c| c.1 / c.2.max(1.0)).sum::<f64>() / w;
            known.insert(name.clone(), (lat, lon));
        }
        if !placed_any {
            break;
        }
    }
    derived
}

/// The relations as edges, each flagged where other reports or the gazetteer say otherwise.
fn edges(
    a: &Analysis,
    relations: &[Relation],
    known: &BTreeMap<String, (f64, f64)>,
    derived: &Derived,
) -> Vec<MapEdge> {
    // Relations by their two ends, so that each one meets only those about the same places.
    let mut by_ends: BTreeMap<(&str, &str), Vec<&Relation>> = BTreeMap::new();
    for r in relations {
        by_ends.entry((r.subject.as_str(), r.object.as_str())).or_default().push(r);
    }
    let none: Vec<&Relation> = Vec::new();
    relations
        .iter()
        .map(|r| {
            let mut flags = Vec::new();
            // The other way round: "A is 40 km SW of B" against "B is 45 km SW of A".
            let reverse = by_ends.get(&(r.object.as_str(), r.subject.as_str())).unwrap_or(&none);
            for o in reverse.iter().filter(|o| o.doc != r.doc) {
                reverse_flags(a, r, o, &mut flags);
            }
            let same = by_ends.get(&(r.subject.as_str(), r.object.as_str())).unwrap_or(&none);
            for o in same.iter().filter(|o| o.doc != r.doc) {
                same_way_flags(a, r, o, &mut flags);
            }
            gazetteer_flags(r, known, derived, &mut flags);
            MapEdge {
                doc: r.doc.clone(),
                subject: r.subject.clone(),
                object: r.object.clone(),
                km: r.km,
                bearing: r.bearing.clone(),
                text: r.text.clone(),
                flags,
            }
        })
        .collect()
}

/// Where report `o` states the relation `r` the other way round, and differs.
fn reverse_flags(a: &Analysis, r: &Relation, o: &Relation, flags: &mut Vec<String>) {
    let outlet = crate::model::outlet_of(&a.documents, &o.doc);
    if let (Some(x), Some(y)) = (r.km, o.km)
        && (x - y).abs() / x.max(y) > 0.15
    {
        flags.push(format!("{outlet} says {y:.0} km apart, not {x:.0} km"));
    }
    if let (Some(x), Some(y)) = (r.bearing.as_deref(), o.bearing.as_deref()) {
        let mine = bearing_degrees(x).unwrap_or(0.0);
        let theirs = (bearing_degrees(y).unwrap_or(0.0) + 180.0) % 360.0;
        if angle_between(mine, theirs) >= 45.0 {
            flags.push(format!(
                "{outlet} puts {} {y} of {}, which puts {} {} of {}, not {x}",
                o.subject,
                o.object,
                r.subject,
                compass(theirs),
                r.object
            ));
        }
    }
}

/// Where report `o` states the same relation as `r`, and differs.
fn same_way_flags(a: &Analysis, r: &Relation, o: &Relation, flags: &mut Vec<String>) {
    let outlet = crate::model::outlet_of(&a.documents, &o.doc);
    if let (Some(x), Some(y)) = (r.km, o.km)
        && (x - y).abs() / x.max(y) > 0.15
    {
        flags.push(format!("{outlet} says {y:.0} km, not {x:.0} km"));
    }
    if let (Some(x), Some(y)) = (r.bearing.as_deref(), o.bearing.as_deref())
        && angle_between(bearing_degrees(x).unwrap_or(0.0), bearing_degrees(y).unwrap_or(0.0)) >= 45.0
    {
        flags.push(format!("{outlet} says {y}, not {x}"));
    }
}

/// Where the gazetteer puts the two ends of `r` otherwise: both ends known from it (or the
/// subject derived from other relations).
fn gazetteer_flags(r: &Relation, known: &BTreeMap<String, (f64, f64)>, derived: &Derived, flags: &mut Vec<String>) {
    let subject_at = known.get(&r.subject).copied();
    let object_at = match border_country(&r.object) {
        Some(c) => subject_at.and_then(|s| nearest_on_border(&c, s)),
        None => known.get(&r.object).copied(),
    };
    let derived_only_here = derived.get(&r.subject).is_some_and(|l| l.len() <= 1);
    // Outlines at 1:110m are some 15 km off here and there.
    let slack = if border_country(&r.object).is_some() { 20.0 } else { 0.0 };
    let (Some(s), Some(o), Some(km)) = (subject_at, object_at, r.km) else { return };
    if derived_only_here {
        return;
    }
    let actual = distance_km(o, s);
    if (actual - km).abs() > (km * 0.1).max(10.0) + slack {
        flags.push(format!("the map puts {} {actual:.0} km from {}, not {km:.0} km", r.subject, r.object));
    }
    if let Some(deg) = r.bearing.as_deref().and_then(bearing_degrees)
        && actual > 5.0
    {
        let real = initial_bearing(o, s);
        if angle_between(real, deg) > 40.0 {
            flags.push(format!(
                "the map puts it {} of {}, not {}",
                compass(real),
                r.object,
                r.bearing.clone().unwrap_or_default()
            ));
        }
    }
}

/// The region to show: the places the stated relations tie together, else the place most
/// reports name, not the home towns and countries of everyone named; and the places outside it.
/// Of several groups of places tied together, the one with the place most reports name; a
/// place more reports name than any tied one wins over them all (a suspect's old home "15
/// miles west of Asheville" is not where the attack in Colorado Springs was).
fn region(relations: &[Relation], places: &[MapPlace]) -> ([f64; 4], Vec<String>) {
    // Groups of places tied by relations: union-find over their names, without recursion.
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    for r in relations {
        for name in [r.subject.as_str(), r.object.as_str()] {
            let next = index.len();
            index.entry(name).or_insert(next);
        }
    }
    let mut parent: Vec<usize> = (0..index.len()).collect();
    let root = |parent: &mut Vec<usize>, mut x: usize| {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    };
    for r in relations {
        let (a, b) = (index[r.subject.as_str()], index[r.object.as_str()]);
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        parent[ra] = rb;
    }
    let group_of = |parent: &mut Vec<usize>, name: &str| index.get(name).map(|&i| root(parent, i));
    // Each group's places on the map, and the most reports naming one of them.
    let mut groups: BTreeMap<usize, (usize, Vec<&MapPlace>)> = BTreeMap::new();
    for p in places {
        if let Some(g) = group_of(&mut parent, &p.name) {
            let e = groups.entry(g).or_default();
            e.0 = e.0.max(p.docs.len());
            e.1.push(p);
        }
    }
    let tied = groups.into_values().max_by_key(|(docs, members)| (*docs, members.len()));
    let most_named = places
        .iter()
        .filter(|p| p.kind != "country")
        .max_by_key(|p| p.docs.len())
        .or_else(|| places.iter().max_by_key(|p| p.docs.len()));
    let core: Vec<&MapPlace> = match (tied, most_named) {
        (Some((docs, _)), Some(best)) if best.docs.len() > docs => vec![best],
        (Some((_, members)), _) => members,
        (None, best) => best.into_iter().collect(),
    };
    let mut view = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for p in &core {
        view = [view[0].min(p.lon), view[1].min(p.lat), view[2].max(p.lon), view[3].max(p.lat)];
    }
    if core.is_empty() {
        view = [-20.0, -10.0, 40.0, 50.0];
    }
    // A margin of a quarter of the span, and at least two degrees.
    let pad_x = ((view[2] - view[0]) * 0.25).max(2.0);
    let pad_y = ((view[3] - view[1]) * 0.25).max(2.0);
    let view = [view[0] - pad_x, view[1] - pad_y, view[2] + pad_x, view[3] + pad_y];
    let inside = |lat: f64, lon: f64| lat >= view[1] && lat <= view[3] && lon >= view[0] && lon <= view[2];
    let elsewhere = places
        .iter()
        .filter(|p| !inside(p.lat, p.lon))
        .filter(|p| {
            // A country whose outline reaches into the view is drawn there.
            p.kind != "country"
                || !outlines().iter().any(|o| {
                    o.name == p.name
                        && (o.bbox[0] as f64) < view[2]
                        && (o.bbox[2] as f64) > view[0]
                        && (o.bbox[1] as f64) < view[3]
                        && (o.bbox[3] as f64) > view[1]
                })
        })
        .map(|p| p.name.clone())
        .collect();
    (view, elsewhere)
}
