//! The analysis as files a user keeps: CSV tables (figures, disagreements, a topic's series)
//! and a Markdown note for an editor. Writers only: they read an [`Analysis`] and change
//! nothing; the command line and the window's export buttons both call them.

use std::collections::BTreeMap;

use crate::compare::series::TopicSeries;
use crate::compare::value_text;
use crate::model::{Analysis, Disagreement, DisagreementKind, Figure, NameVariants, QuoteVariant, outlet_of};

/// The analysis as compact JSON, the same bytes as `serde_json::to_writer` gives, written
/// field by field; the long lists are turned to JSON a few thousand items at a time on all
/// cores (one core took a tenth of the whole `parallax analyze` on writing), so that the
/// JSON is never held whole in memory.
pub fn write_json(out: &mut impl std::io::Write, a: &Analysis) -> serde_json::Result<()> {
    use serde::Serialize;
    fn list<T: Serialize + Sync>(out: &mut impl std::io::Write, items: &[T]) -> serde_json::Result<()> {
        use rayon::prelude::*;
        out.write_all(b"[").map_err(serde_json::Error::io)?;
        for (b, batch) in items.chunks(8192).enumerate() {
            let parts: Vec<serde_json::Result<Vec<u8>>> = batch
                .par_chunks(256)
                .map(|chunk| {
                    let mut buf = Vec::with_capacity(chunk.len() * 512);
                    for (i, item) in chunk.iter().enumerate() {
                        if i > 0 {
                            buf.push(b',');
                        }
                        serde_json::to_writer(&mut buf, item)?;
                    }
                    Ok(buf)
                })
                .collect();
            for (i, part) in parts.into_iter().enumerate() {
                if b > 0 || i > 0 {
                    out.write_all(b",").map_err(serde_json::Error::io)?;
                }
                out.write_all(&part?).map_err(serde_json::Error::io)?;
            }
        }
        out.write_all(b"]").map_err(serde_json::Error::io)
    }
    let key = |out: &mut dyn std::io::Write, k: &str, first: bool| {
        out.write_all(if first { b"{" } else { b"," }).and_then(|_| write!(out, "\"{k}\":"))
    };
    key(out, "schema", true).map_err(serde_json::Error::io)?;
    serde_json::to_writer(&mut *out, &a.schema)?;
    macro_rules! field {
        ($name:ident) => {
            key(out, stringify!($name), false).map_err(serde_json::Error::io)?;
            list(out, &a.$name)?;
        };
    }
    field!(documents);
    field!(errors);
    field!(figures);
    field!(disagreements);
    field!(inconsistencies);
    field!(places);
    field!(relations);
    field!(timeline);
    field!(quotes);
    field!(names);
    field!(site_parts);
    out.write_all(b"}").map_err(serde_json::Error::io)
}

/// Rows written as CSV (RFC 4180 quoting, `\n` line ends) into a string.
fn csv_table<const N: usize>(header: [&str; N], rows: impl IntoIterator<Item = [String; N]>) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    // Writing into memory fails only if the rows are not strings, which they are.
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(&row);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// One row per figure, with the outlet of its document.
pub fn figures_csv(analysis: &Analysis) -> String {
    let outlets: std::collections::HashMap<&str, &Option<String>> =
        analysis.documents.iter().map(|d| (d.id.as_str(), &d.outlet)).collect();
    let outlet = |doc: &str| outlets.get(doc).and_then(|o| (*o).clone()).unwrap_or_default();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let num = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
    csv_table(
        [
            "figure",
            "doc",
            "outlet",
            "value",
            "low",
            "high",
            "approx",
            "outcome",
            "who",
            "nationality",
            "org",
            "as_of",
            "by",
            "text",
            "sentence",
            "start",
            "end",
        ],
        analysis.figures.iter().map(|f| {
            [
                f.id.clone(),
                f.doc.clone(),
                outlet(&f.doc),
                f.value.to_string(),
                num(f.low),
                num(f.high),
                f.approx.to_string(),
                f.outcome.to_string(),
                f.who.to_string(),
                opt(&f.nationality),
                opt(&f.org),
                f.as_of.map(|d| d.to_string()).unwrap_or_default(),
                opt(&f.by),
                f.text.clone(),
                f.sentence.clone(),
                f.start.to_string(),
                f.end.to_string(),
            ]
        }),
    )
}

/// "BBC: “the most suitable”; The Telegraph: “…”", as the exports write a quote variant.
fn quotes_text(a: &Analysis, q: &QuoteVariant) -> String {
    let said: Vec<String> =
        q.quotes.iter().map(|p| format!("{}: “{}”", outlet_of(&a.documents, &p.doc), p.text)).collect();
    said.join("; ")
}

/// "Mokhtar Belmokhtar (The Telegraph), Moktar Belmoktar (CNN)".
fn names_text(a: &Analysis, n: &NameVariants) -> String {
    let forms: Vec<String> =
        n.variants.iter().map(|p| format!("{} ({})", p.text, outlet_of(&a.documents, &p.doc))).collect();
    forms.join(", ")
}

/// Everything that differs, for an editor's note: the figures' disagreements, then
/// quotations worded differently and names spelt differently.
pub fn report_markdown(a: &Analysis) -> String {
    let mut out = to_markdown(&a.disagreements);
    if !a.inconsistencies.is_empty() {
        out.push_str("\n## Parts larger than their whole in one report\n\n");
        for d in &a.inconsistencies {
            out.push_str(&format!("- **{}**: {}\n", d.topic, d.summary));
        }
    }
    if !a.quotes.is_empty() {
        out.push_str("\n## Quoted differently\n\n");
        for q in &a.quotes {
            out.push_str(&format!("- **{}**: {}\n", q.speaker, quotes_text(a, q)));
        }
    }
    if !a.names.is_empty() {
        out.push_str("\n## Names spelt differently\n\n");
        for n in &a.names {
            out.push_str(&format!("- **{}**: {}\n", n.name, names_text(a, n)));
        }
    }
    out
}

/// [`report_markdown`] as CSV rows: the disagreements, then one row per differing quotation
/// (kind `quote`) and per name with variants (kind `name`).
pub fn report_csv(a: &Analysis) -> String {
    let row = |id: &str, kind: &str, topic: &str, summary: String| -> [String; 8] {
        [id.into(), kind.into(), topic.into(), summary, String::new(), String::new(), String::new(), String::new()]
    };
    let quotes = a.quotes.iter().map(|q| row(&q.id, "quote", &q.speaker, quotes_text(a, q)));
    let names = a.names.iter().map(|n| row(&n.id, "name", &n.name, names_text(a, n)));
    csv_table(
        DISAGREEMENT_HEADER,
        disagreement_rows(&a.disagreements).chain(disagreement_rows(&a.inconsistencies)).chain(quotes).chain(names),
    )
}

/// The disagreements as Markdown, for an editor's note: one section per kind, a line each.
pub fn to_markdown(disagreements: &[Disagreement]) -> String {
    let mut out = String::from("# Where the reports disagree\n");
    for (kind, title) in [
        (DisagreementKind::Conflict, "Conflicts"),
        (DisagreementKind::Claim, "Claims against the official count"),
        (DisagreementKind::Update, "Figures that changed over time"),
    ] {
        let rows: Vec<&Disagreement> = disagreements.iter().filter(|d| d.kind == kind).collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {title}\n\n"));
        for d in rows {
            out.push_str(&format!("- **{}**: {}", d.topic, d.summary));
            if !d.reason.is_empty() {
                out.push_str(&format!(" _(unsure: {})_", d.reason));
            }
            out.push('\n');
        }
    }
    if disagreements.is_empty() {
        out.push_str("\nThe reports agree on every figure they share.\n");
    }
    out
}

const DISAGREEMENT_HEADER: [&str; 8] = ["id", "kind", "topic", "summary", "figures", "pairs", "strength", "reason"];

fn disagreement_rows(disagreements: &[Disagreement]) -> impl Iterator<Item = [String; 8]> + '_ {
    disagreements.iter().map(|d| {
        // "f3-f7 f7-f9": the figures each pair sets against each other.
        let pairs: Vec<String> = d.pairs.iter().map(|[a, b]| format!("{a}-{b}")).collect();
        [
            d.id.clone(),
            d.kind.to_string(),
            d.topic.clone(),
            d.summary.clone(),
            d.figures.join(" "),
            pairs.join(" "),
            d.strength.to_string(),
            d.reason.clone(),
        ]
    })
}

/// The disagreements as CSV: id, kind, topic, summary, figure ids, the pairs it sets
/// against each other, how firmly it holds and why it may not.
pub fn to_csv(disagreements: &[Disagreement]) -> String {
    csv_table(DISAGREEMENT_HEADER, disagreement_rows(disagreements))
}

/// A topic's points as CSV: topic, report, outlet, day, value, qualifier, claim,
/// provisional, figure id, sentence.
pub fn series_csv(a: &Analysis, topics: &[&TopicSeries]) -> String {
    let by_id: BTreeMap<&str, &Figure> = a.figures.iter().map(|f| (f.id.as_str(), f)).collect();
    let mut rows = Vec::new();
    for t in topics {
        for s in &t.sources {
            let outlet = a.documents.iter().find(|d| d.id == s.doc).and_then(|d| d.outlet.clone()).unwrap_or_default();
            for p in &s.points {
                let f = by_id.get(p.figure.as_str());
                rows.push([
                    t.label.clone(),
                    s.doc.clone(),
                    outlet.clone(),
                    p.as_of.to_string(),
                    f.map(|f| value_text(f)).unwrap_or_else(|| p.value.to_string()),
                    p.approx.to_string(),
                    p.claim.to_string(),
                    p.provisional.to_string(),
                    p.figure.clone(),
                    f.map(|f| f.sentence.clone()).unwrap_or_default(),
                ]);
            }
        }
    }
    csv_table(
        ["topic", "doc", "outlet", "as_of", "value", "qualifier", "claim", "provisional", "figure", "sentence"],
        rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_only_when_they_must_be() {
        let t = csv_table(["a", "b", "c"], [["plain".to_string(), "a, b".into(), "say \"hi\"\nthen".into()]]);
        assert_eq!(t, "a,b,c\nplain,\"a, b\",\"say \"\"hi\"\"\nthen\"\n");
    }

    #[test]
    fn json_written_in_parts_is_the_same_as_written_whole() {
        let report = |name: &str, text: &str| crate::ingest::ingest_bytes(name, name, text.as_bytes()).expect("read");
        let docs = [
            report("a.txt", "Flood in Lima\n\nTwelve people died and 30 were hurt on Friday, police said.\n"),
            report("b.txt", "Lima flood toll\n\nOfficials said 14 people were killed on Friday and 31 injured.\n"),
        ];
        let mut a = crate::pipeline::analyze_documents(&docs, Vec::new());
        assert!(!a.figures.is_empty() && !a.disagreements.is_empty());
        // More figures than one batch, and an error: every list and every batch edge.
        let one = a.figures.clone();
        while a.figures.len() < 20_000 {
            a.figures.extend(one.iter().cloned());
        }
        a.errors.push(crate::model::LoadError { path: "x.txt".into(), error: "the file is empty".into() });
        let mut parts = Vec::new();
        write_json(&mut parts, &a).expect("written");
        assert_eq!(String::from_utf8(parts).expect("utf-8"), serde_json::to_string(&a).expect("whole"));
        let empty = crate::pipeline::analyze_documents(&[], Vec::new());
        let mut parts = Vec::new();
        write_json(&mut parts, &empty).expect("written");
        assert_eq!(String::from_utf8(parts).expect("utf-8"), serde_json::to_string(&empty).expect("whole"));
    }
}
