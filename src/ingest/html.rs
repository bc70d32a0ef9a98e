//! A saved web page → its article text and metadata. The body comes from dom_smoothie, a
//! port of Firefox's Readability (drops navigation, scripts, styles, ads); title, outlet
//! and date come from `<title>`, `og:site_name`, `article:published_time` and JSON-LD.

use dom_smoothie::{Config, Readability, TextMode};

use super::IngestError;

#[derive(Debug, Clone, Default)]
pub struct HtmlArticle {
    pub title: Option<String>,
    pub text: String,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
}

pub fn extract_article(html: &str) -> Result<HtmlArticle, IngestError> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        // Short wire stories are articles too.
        char_threshold: 200,
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    let mut reader = Readability::new(html, None, Some(cfg)).map_err(|_| IngestError::NoArticle)?;
    let article = reader.parse().map_err(|_| IngestError::NoArticle)?;
    let text = tidy(&article.text_content);
    let non_empty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(HtmlArticle {
        title: non_empty(Some(article.title.clone())),
        text,
        site_name: non_empty(article.site_name),
        published: non_empty(article.published_time),
        byline: non_empty(article.byline),
        url: non_empty(article.url),
    })
}

/// One paragraph per line, no runs of blank lines, no indentation.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}
