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
    let html = flatten_deep(html, MAX_DEPTH);
    let mut reader = Readability::new(html.as_ref(), None, Some(cfg)).map_err(|_| IngestError::NoArticle)?;
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

/// Elements nested deeper than this are unwrapped (their text kept): real pages nest a few
/// dozen deep, and the article finder's work grows with the square of the depth (10,000
/// nested `<div>` took 16 s).
const MAX_DEPTH: usize = 128;

/// Elements that have no end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Elements whose content is raw text, not markup.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// The page with the tags nested deeper than `max` left out (their text kept); the page
/// itself when none is. One pass over the bytes; comments and raw text are copied as they are.
fn flatten_deep(html: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    // Everything before `copied` is in `out` (or needs no copy while `out` is None).
    let mut copied = 0;
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + at;
        let rest = &b[lt + 1..];
        // Comments and declarations are passed over whole.
        if rest.starts_with(b"!--") {
            i = memchr::memmem::find(&b[lt..], b"-->").map_or(b.len(), |e| lt + e + 3);
            continue;
        }
        let Some(gt) = memchr::memchr(b'>', rest).map(|e| lt + 1 + e) else { break };
        let closing = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_end = b[name_start..gt]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric() && *c != b'-')
            .map_or(gt, |p| name_start + p);
        i = gt + 1;
        if name_end == name_start {
            continue; // "<!doctype", "<?xml", a stray '<'
        }
        let name = html[name_start..name_end].to_ascii_lowercase();
        let self_closing = b[gt - 1] == b'/' || VOID.contains(&name.as_str());
        let raw = RAW.contains(&name.as_str());
        let drop = if closing {
            let deep = depth > max;
            depth = depth.saturating_sub(1);
            deep
        } else if self_closing {
            false
        } else {
            depth += 1;
            depth > max
        };
        // Raw-text elements (scripts, styles) keep their tags at any depth: unwrapped, their
        // content would read as the article's text.
        if drop && !raw {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            copied = gt + 1;
        }
        // Raw text runs to its end tag.
        if !closing && !self_closing && raw {
            let end_tag = format!("</{name}");
            let lower_rest = b[i..].iter().map(u8::to_ascii_lowercase);
            let mut matched = 0;
            let mut found = None;
            for (k, c) in lower_rest.enumerate() {
                matched = if c == end_tag.as_bytes()[matched] { matched + 1 } else { usize::from(c == b'<') };
                if matched == end_tag.len() {
                    found = Some(i + k + 1 - end_tag.len());
                    break;
                }
            }
            i = found.unwrap_or(b.len());
        }
    }
    match out {
        None => std::borrow::Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            std::borrow::Cow::Owned(o)
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_unwrapped_and_the_text_kept() {
        let page = format!(
            "<html><body>{}<p>At least 3 people were killed.</p>{}</body></html>",
            "<div>".repeat(500),
            "</div>".repeat(500)
        );
        let flat = flatten_deep(&page, 128);
        // The paragraph is deeper than the limit: its tags go, its text stays.
        assert!(flat.contains("<div>At least 3 people were killed.</div>"), "{}", &flat[flat.len() - 900..]);
        // 128 levels kept: html, body and 126 divs.
        assert_eq!(flat.matches("<div>").count(), 126);
        assert_eq!(flat.matches("</div>").count(), 126);
        // A shallow page is not copied; script text is not read as markup.
        let shallow = "<html><body><script>if (a < b) { x = '<div>'; }</script><p>Text</p></body></html>";
        assert!(matches!(flatten_deep(shallow, 128), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(flatten_deep(shallow, 2), std::borrow::Cow::Owned(_)));
        let two = flatten_deep(shallow, 2);
        assert!(two.contains("<script>if (a < b) { x = '<div>'; }</script>"), "{two}");
        assert!(!two.contains("<p>"));
    }
}
