//! What the views look up in an analysis, built once per analysis (off the UI thread) so
//! that no frame searches all reports or all figures: documents by path and id, figures by
//! id, each report's figures in text order, each figure's topic and the figures of a topic.

use rustc_hash::FxHashMap;

use crate::compare::{TopicKey, topic_keys};
use crate::model::Figure;
use crate::model::{Analysis, DocumentInfo};

#[derive(Debug, Default, Clone)]
pub struct AnalysisIndex {
    doc_by_path: FxHashMap<String, usize>,
    doc_by_id: FxHashMap<String, usize>,
    figure_by_id: FxHashMap<String, usize>,
    /// Per document (by its index), its figures' indices in text order.
    figures_of_doc: Vec<Vec<usize>>,
    /// Per figure, its topic key.
    topic_of: Vec<TopicKey>,
    /// Per topic, its figures' indices.
    topic_figures: FxHashMap<TopicKey, Vec<usize>>,
    /// Words of each document's text, by path.
    words: FxHashMap<String, usize>,
}

impl AnalysisIndex {
    /// `texts` are the analysed documents' (path, text), for their word counts.
    pub fn build<'a>(analysis: &Analysis, texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> AnalysisIndex {
        let doc_by_path = analysis.documents.iter().enumerate().map(|(i, d)| (d.path.clone(), i)).collect();
        let doc_by_id: FxHashMap<String, usize> =
            analysis.documents.iter().enumerate().map(|(i, d)| (d.id.clone(), i)).collect();
        let figure_by_id = analysis.figures.iter().enumerate().map(|(i, f)| (f.id.clone(), i)).collect();
        let mut figures_of_doc = vec![Vec::new(); analysis.documents.len()];
        let mut topic_figures: FxHashMap<TopicKey, Vec<usize>> = FxHashMap::default();
        let mut topic_of = Vec::with_capacity(analysis.figures.len());
        for ((i, f), key) in analysis.figures.iter().enumerate().zip(topic_keys(&analysis.figures)) {
            if let Some(&d) = doc_by_id.get(&f.doc) {
                figures_of_doc[d].push(i);
            }
            topic_figures.entry(key.clone()).or_default().push(i);
            topic_of.push(key);
        }
        for v in &mut figures_of_doc {
            v.sort_by_key(|&i| analysis.figures[i].start);
        }
        let words = texts.into_iter().map(|(p, t)| (p.to_string(), t.split_whitespace().count())).collect();
        AnalysisIndex { doc_by_path, doc_by_id, figure_by_id, figures_of_doc, topic_of, topic_figures, words }
    }

    pub fn document_by_path<'a>(&self, a: &'a Analysis, path: &str) -> Option<&'a DocumentInfo> {
        a.documents.get(*self.doc_by_path.get(path)?)
    }

    pub fn document_by_id<'a>(&self, a: &'a Analysis, id: &str) -> Option<&'a DocumentInfo> {
        a.documents.get(*self.doc_by_id.get(id)?)
    }

    pub fn figure<'a>(&self, a: &'a Analysis, id: &str) -> Option<&'a Figure> {
        a.figures.get(*self.figure_by_id.get(id)?)
    }

    /// A document's figures (by its id) in text order.
    pub fn figures_of<'a>(&'a self, a: &'a Analysis, doc_id: &str) -> impl Iterator<Item = &'a Figure> + 'a {
        let list = self.doc_by_id.get(doc_id).and_then(|&d| self.figures_of_doc.get(d));
        list.into_iter().flatten().filter_map(move |&i| a.figures.get(i))
    }

    /// The topic of a figure (by id).
    pub fn topic_of(&self, figure_id: &str) -> Option<&TopicKey> {
        self.topic_of.get(*self.figure_by_id.get(figure_id)?)
    }

    /// The figures of a topic, in analysis order.
    pub fn topic_figures<'a>(&'a self, a: &'a Analysis, key: &TopicKey) -> impl Iterator<Item = &'a Figure> + 'a {
        self.topic_figures.get(key).into_iter().flatten().filter_map(move |&i| a.figures.get(i))
    }

    /// Words in a document's text (by path).
    pub fn words(&self, path: &str) -> Option<usize> {
        self.words.get(path).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_documents_figures_and_topics_without_searching() {
        let docs: Vec<crate::model::Document> = [
            ("a.txt", "At least 12 people were killed on Monday. Four people were injured.\n"),
            ("b.txt", "Officials said 14 people were killed on Monday.\n"),
        ]
        .iter()
        .map(|(p, t)| crate::ingest::ingest_bytes(p, p, t.as_bytes()).unwrap())
        .collect();
        let a = crate::pipeline::analyze_documents(&docs, Vec::new());
        let ix = AnalysisIndex::build(&a, docs.iter().map(|d| (d.path.as_str(), d.text.as_str())));
        assert_eq!(ix.document_by_path(&a, "b.txt").map(|d| d.id.as_str()), Some("d2"));
        assert_eq!(ix.document_by_id(&a, "d1").map(|d| d.path.as_str()), Some("a.txt"));
        let of_a: Vec<u64> = ix.figures_of(&a, "d1").map(|f| f.value).collect();
        assert_eq!(of_a, [12, 4]);
        let first = &a.figures[0];
        assert_eq!(ix.figure(&a, &first.id), Some(first));
        let key = ix.topic_of(&first.id).unwrap().clone();
        let killed: Vec<u64> = ix.topic_figures(&a, &key).map(|f| f.value).collect();
        assert_eq!(killed, [12, 14]);
        assert_eq!(ix.words("b.txt"), Some(8));
        assert!(ix.document_by_path(&a, "c.txt").is_none());
    }
}
