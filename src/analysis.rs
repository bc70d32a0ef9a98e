//! The whole analysis of a set of documents, as `parallax analyze` prints it and the app
//! shows it (`../shared/eval/SCHEMA.md`, schema `parallax.analysis/1`).

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::extract::{self, Figure, Place, Relation, TimelineEntry};
use crate::ingest::LoadError;
use crate::model::{Document, DocumentFormat, OutletBasis};

pub const SCHEMA: &str = "parallax.analysis/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub id: String,
    pub path: String,
    pub outlet: Option<String>,
    pub outlet_basis: OutletBasis,
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_basis: Option<String>,
    pub format: DocumentFormat,
    pub encoding: String,
    pub chars: usize,
    pub figures: usize,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    pub id: String,
    pub kind: String,
    pub topic: String,
    pub figures: Vec<String>,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub schema: String,
    pub documents: Vec<DocumentInfo>,
    pub errors: Vec<LoadError>,
    pub figures: Vec<Figure>,
    pub disagreements: Vec<Disagreement>,
    pub places: Vec<Place>,
    pub relations: Vec<Relation>,
    pub timeline: Vec<TimelineEntry>,
}

/// The id of the n-th document (0-based) in an analysis.
pub fn doc_id(index: usize) -> String {
    format!("d{}", index + 1)
}

/// Runs extraction on every document (in parallel) and gathers the results.
pub fn analyze_documents(docs: &[Document], errors: Vec<LoadError>) -> Analysis {
    let extractions: Vec<_> = docs.par_iter().enumerate().map(|(i, d)| extract::extract(d, &doc_id(i))).collect();
    let mut figures = Vec::new();
    let mut relations = Vec::new();
    let mut documents = Vec::new();
    for (i, (doc, ex)) in docs.iter().zip(extractions).enumerate() {
        documents.push(DocumentInfo {
            id: doc_id(i),
            path: doc.path.clone(),
            outlet: doc.outlet.clone(),
            outlet_basis: doc.outlet_basis,
            title: doc.title.clone(),
            published: doc.published.clone(),
            published_basis: doc.published_basis.clone(),
            format: doc.format,
            encoding: doc.encoding.clone(),
            chars: doc.text.chars().count(),
            figures: ex.figures.len(),
            warnings: doc.warnings.clone(),
        });
        figures.extend(ex.figures);
        relations.extend(ex.relations);
    }
    // Figure ids are unique across the analysis.
    for (n, f) in figures.iter_mut().enumerate() {
        f.id = format!("f{}", n + 1);
    }
    Analysis {
        schema: SCHEMA.to_string(),
        documents,
        errors,
        figures,
        disagreements: Vec::new(),
        places: Vec::new(),
        relations,
        timeline: Vec::new(),
    }
}
