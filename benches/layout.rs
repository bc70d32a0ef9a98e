//! The site map's layout for 200 places: placing the places the reports locate by stated
//! distances, checking every stated relation, and placing the labels. The aim is under 5 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::geo::{Projection, place_labels, site_map};
use parallax::model::Analysis;
use parallax::model::{Place, Relation};

// The app's allocator (see src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// 150 towns from the gazetteer and 50 sites placed by 100 stated relations, from 20 reports.
fn synthetic() -> Analysis {
    let mut places = Vec::new();
    for i in 0..150 {
        let (lat, lon) = (30.0 + (i % 15) as f64 * 0.7, 5.0 + (i / 15) as f64 * 0.9);
        places.push(Place {
            name: format!("Town {i}"),
            kind: "town".into(),
            lat: Some(lat),
            lon: Some(lon),
            docs: vec![format!("d{}", i % 20 + 1)],
        });
    }
    let mut relations = Vec::new();
    const BEARINGS: [&str; 8] = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];
    for k in 0..50 {
        let site = format!("Site {k}");
        places.push(Place { name: site.clone(), kind: "site".into(), lat: None, lon: None, docs: vec!["d1".into()] });
        for (j, doc) in ["d1", "d2"].iter().enumerate() {
            relations.push(Relation {
                doc: doc.to_string(),
                subject: site.clone(),
                object: format!("Town {}", (k * 3 + j) % 150),
                km: Some(20.0 + (k * 7 % 90) as f64),
                bearing: Some(BEARINGS[(k + j) % 8].into()),
                text: String::new(),
            });
        }
    }
    Analysis {
        schema: String::new(),
        documents: Vec::new(),
        errors: Vec::new(),
        figures: Vec::new(),
        disagreements: Vec::new(),
        inconsistencies: Vec::new(),
        places,
        relations,
        timeline: Vec::new(),
        quotes: Vec::new(),
        names: Vec::new(),
        site_parts: Vec::new(),
    }
}

fn bench(c: &mut Criterion) {
    let a = synthetic();
    c.bench_function("site map layout, 200 places", |b| {
        b.iter(|| {
            let m = site_map(&a);
            let proj = Projection::fit(m.view, 900.0, 700.0);
            let points: Vec<(f32, f32)> =
                m.places.iter().map(|p| proj.project(p.lat, p.lon)).map(|(x, y)| (x as f32, y as f32)).collect();
            let sizes = vec![(70.0, 15.0); points.len()];
            place_labels(&points, &sizes, (0.0, 0.0, 900.0, 700.0)).len() + m.edges.len()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
