//! Markdown → the plain text a reader sees: headings, paragraphs and list items on lines
//! of their own, emphasis and link syntax gone, link text kept, images and HTML dropped.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

pub struct MarkdownText {
    pub text: String,
    /// The first top-level heading, if any.
    pub title: Option<String>,
}

pub fn to_text(markdown: &str) -> MarkdownText {
    let mut text = String::with_capacity(markdown.len());
    let mut title = None;
    let mut in_h1 = false;
    let mut h1 = String::new();
    let mut image_depth = 0usize;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_h1 = level == HeadingLevel::H1 && title.is_none();
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_h1 {
                    title = Some(h1.trim().to_string());
                    in_h1 = false;
                }
                end_line(&mut text);
            }
            Event::Start(Tag::Item) => {
                end_line(&mut text);
                text.push_str("- ");
            }
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock | TagEnd::BlockQuote(_)) => {
                end_line(&mut text)
            }
            Event::Text(t) | Event::Code(t) if image_depth == 0 => {
                if in_h1 {
                    h1.push_str(&t);
                }
                text.push_str(&t);
            }
            Event::SoftBreak => text.push(' '),
            Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    MarkdownText { text: text.trim().to_string() + "\n", title }
}

fn end_line(text: &mut String) {
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
}
