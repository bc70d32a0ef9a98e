//! The reader: the selected report's text as the analysis sees it, set for reading.

use egui::text::LayoutJob;
use egui::{FontFamily, FontId, RichText, TextFormat};

use crate::model::{DayBasis, Figure, Span, Status};

use super::state::{SourceStatus, file_name};
use super::{Command, ParallaxApp, theme};

/// Readable line length.
const MAX_WIDTH: f32 = 720.0;

/// The reader lays out at most this much text per frame; a longer file (a log dumped by
/// mistake, a whole book) is shown in part so that no frame waits on it.
const MAX_SHOWN_BYTES: usize = 400_000;

/// How long a passage shown from elsewhere stays outlined.
const FLASH_SECONDS: f32 = 1.6;

/// Longer lines are cut into pieces of about this size for layout.
const MAX_LINE_BYTES: usize = 8_000;

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    // A panel takes the width of what it holds on its first frame: hold all of it.
    ui.set_min_width(ui.available_width());
    let selected = app.session.selected.clone();
    let Some(source) = selected.as_deref().and_then(|p| app.source(p)).cloned() else {
        ui.add_space(12.0);
        ui.label(RichText::new("Select a report in the sources panel to read it here.").weak());
        return;
    };
    let color = theme::source_color(source.entry.color);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(RichText::new("Reader").heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button("Hide").on_hover_text("Hide the reader (View menu brings it back)").clicked() {
                app.command(Command::ToggleReader);
            }
        });
    });
    ui.separator();
    let doc = match &source.status {
        SourceStatus::Ready(doc) => doc.clone(),
        SourceStatus::Loading => {
            ui.spinner();
            return;
        }
        SourceStatus::Missing(reason) => {
            ui.label(RichText::new(format!("{} cannot be read: {reason}", source.entry.path)).color(theme::ERROR));
            return;
        }
    };
    let label = source.label();
    let published = source.published();
    // The figures read in this report, in text order, to highlight.
    let figures: Vec<Figure> = app
        .analysis
        .as_ref()
        .and_then(|a| {
            let id = &app.index.document_by_path(a, &source.entry.path)?.id;
            Some(app.index.figures_of(a, id).cloned().collect())
        })
        .unwrap_or_default();
    // Wrap width fixed here, from the panel: a scroll area's inner width is not a limit.
    let wrap = ui.available_width().min(MAX_WIDTH) - 16.0;
    let shown = &doc.text[..doc.text.floor_char_boundary(MAX_SHOWN_BYTES.min(doc.text.len()))];
    let mut lines =
        line_spans(shown).flat_map(|(o, l)| split_long(o, l)).filter(|(_, l)| !l.trim().is_empty()).peekable();
    // A plain-text report's first line is its headline: shown once, as the title.
    let title = doc.title.clone().or_else(|| {
        let first = lines.peek()?.1;
        is_headline(first).then(|| first.trim().to_string())
    });
    // The headline line itself, when it is in the text: drawn as the title with its figures
    // marked ("Four dead in workplace shooting"), so that a figure read there is shown.
    let mut title_line = None;
    if title.as_deref().is_some_and(|t| lines.peek().is_some_and(|(_, l)| l.trim() == t)) {
        title_line = lines.next();
    }
    egui::ScrollArea::vertical().id_salt(("reader", &source.entry.path)).auto_shrink([false, false]).show(ui, |ui| {
        ui.set_max_width(wrap);
        match (title_line, &title) {
            (Some((offset, line)), _) => {
                paragraph(ui, line, offset, &figures, wrap, &Default::default(), true);
            }
            (None, Some(title)) => {
                ui.add(egui::Label::new(RichText::new(title).size(22.0).strong()).wrap());
            }
            (None, None) => {}
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(label).strong().color(color));
            if let Some(p) = published {
                ui.label(RichText::new(format!("· {p}")).weak());
            }
            ui.label(RichText::new(format!("· {} · {}", file_name(&doc.path), doc.encoding)).weak().small());
            if !figures.is_empty() {
                ui.label(RichText::new(format!("· {} figures highlighted", figures.len())).weak().small());
            }
        });
        if !figures.is_empty() {
            // The legend of the highlight colours.
            ui.horizontal_wrapped(|ui| {
                for (status, text) in theme::STATUSES {
                    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                    ui.painter().rect_filled(rect, 2.0, theme::status_color(status));
                    ui.label(RichText::new(text).small());
                }
            });
        }
        ui.add_space(10.0);
        let focus = app.focus.clone().filter(|f| f.path == source.entry.path);
        for (offset, line) in lines {
            let (response, _) = paragraph(ui, line, offset, &figures, wrap, &Default::default(), false);
            // The paragraph holding the focused figure: scroll to it once, and flash it.
            if let Some(f) = &focus
                && f.start >= offset
                && f.start < offset + line.len().max(1)
            {
                let age = (ui.input(|i| i.time) - f.since) as f32;
                if !f.scrolled {
                    response.scroll_to_me(Some(egui::Align::Center));
                    if let Some(focus) = app.focus.as_mut() {
                        focus.scrolled = true;
                    }
                }
                if age < FLASH_SECONDS {
                    let alpha = 1.0 - age / FLASH_SECONDS;
                    ui.painter().rect_stroke(
                        response.rect.expand(4.0),
                        4.0,
                        egui::Stroke::new(2.0, color.gamma_multiply(alpha)),
                        egui::StrokeKind::Outside,
                    );
                    ui.ctx().request_repaint();
                }
            }
        }
        if shown.len() < doc.text.len() {
            ui.label(
                RichText::new(format!(
                    "Showing the first {} KB of {:.1} MB. The analysis reads the whole report.",
                    shown.len() / 1000,
                    doc.text.len() as f64 / 1e6
                ))
                .weak(),
            );
        }
        ui.add_space(24.0);
    });
}

/// A very long line in pieces at word breaks, each with its byte offset.
pub fn split_long(offset: usize, line: &str) -> Vec<(usize, &str)> {
    if line.len() <= MAX_LINE_BYTES {
        return vec![(offset, line)];
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < line.len() {
        let mut end = line.floor_char_boundary((start + MAX_LINE_BYTES).min(line.len()));
        if end < line.len()
            && let Some(space) = line[start..end].rfind(' ')
            && space > 0
        {
            end = start + space + 1;
        }
        if end <= start {
            end = line.ceil_char_boundary(start + 1);
        }
        out.push((offset + start, &line[start..end]));
        start = end;
    }
    out
}

/// Paragraphs (lines, or the blocks of hard-wrapped copy) with the byte offset where each starts.
pub fn line_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // Hard-wrapped wire copy is shown by paragraph (its blank-line-separated blocks), as the
    // analysis reads it; other text line by line.
    crate::extract::blocks::blocks(text).into_iter().map(move |(a, b)| (a, &text[a..b]))
}

/// One paragraph with its figures marked in the colour of their status; figures whose ids
/// are in `linked` are drawn lit (their counterpart is hovered elsewhere); a `headline` in
/// the title's type. Returns the paragraph's response and the figure under the pointer.
pub fn paragraph<'f>(
    ui: &mut egui::Ui,
    line: &str,
    offset: usize,
    figures: &'f [Figure],
    wrap: f32,
    linked: &std::collections::HashSet<String>,
    headline: bool,
) -> (egui::Response, Option<&'f Figure>) {
    let text_color = ui.visuals().text_color();
    // Leading white space is not shown; keep offsets right.
    let trimmed = line.trim_start();
    let offset = offset + (line.len() - trimmed.len());
    let line = trimmed.trim_end();
    let (body, skip, font, color_text, indent) = if headline {
        (line, 0, FontId::new(22.0, FontFamily::Proportional), ui.visuals().strong_text_color(), 0.0)
    } else if let Some(item) = line.strip_prefix("- ") {
        (item, 2, theme::reader_font(), text_color, 14.0)
    } else if is_dateline(line) {
        (line, 0, FontId::new(12.5, FontFamily::Proportional), ui.visuals().weak_text_color(), 0.0)
    } else if is_crosshead(line) {
        (line, 0, FontId::new(16.5, FontFamily::Proportional), ui.visuals().strong_text_color(), 0.0)
    } else {
        (line, 0, theme::reader_font(), text_color, 0.0)
    };
    let body_start = offset + skip;
    let body_end = body_start + body.len();
    let line_height = if headline { 28.0 } else { 23.0 };
    let plain =
        TextFormat { font_id: font.clone(), color: color_text, line_height: Some(line_height), ..Default::default() };

    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap - indent;
    if indent > 0.0 {
        job.append("•  ", indent, plain.clone());
    }

    // (char range in the galley, figure) for hovering.
    let mut spans: Vec<(usize, usize, &Figure)> = Vec::new();
    let mut at = body_start;
    for f in figures.iter().filter(|f| f.start >= body_start && f.end <= body_end) {
        if f.start < at {
            continue;
        }
        job.append(&ui_text(body, body_start, at, f.start), 0.0, plain.clone());
        let c0 = job.text.chars().count();
        // Marked in the colour of how it compares with the other reports; another event's
        // figure, told as background, in grey.
        let status = if f.background { ui.visuals().weak_text_color() } else { theme::status_color(f.status) };
        let lit = linked.contains(&f.id);
        let marked = TextFormat {
            background: status.gamma_multiply(if lit { 0.75 } else { 0.25 }),
            underline: egui::Stroke::new(if lit { 3.0 } else { 1.5 }, status),
            ..plain.clone()
        };
        job.append(&ui_text(body, body_start, f.start, f.end), 0.0, marked);
        spans.push((c0, job.text.chars().count(), f));
        at = f.end;
    }
    job.append(&ui_text(body, body_start, at, body_end), 0.0, plain);

    let galley = ui.painter().layout_job(job);
    let (rect, response) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
    // Painted text is invisible to screen readers unless it says what it is.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
    ui.painter().galley(rect.min, galley.clone(), text_color);
    let mut hovered = None;
    if let Some(pos) = response.hover_pos() {
        let c = galley.cursor_from_pos(pos - rect.min).index.0;
        if let Some((_, _, f)) = spans.iter().find(|(a, b, _)| (*a..*b).contains(&c)) {
            response.clone().on_hover_ui_at_pointer(|ui| figure_card(ui, f));
            hovered = Some(*f);
        }
    }
    ui.add_space(7.0);
    (response, hovered)
}

/// The words of a paragraph from byte `a` to `b`; the line breaks of hard-wrapped copy are
/// shown as spaces (one byte for one, so offsets hold).
fn ui_text(body: &str, body_start: usize, a: usize, b: usize) -> String {
    body.get(a - body_start..b - body_start).unwrap_or("").replace(['\n', '\r'], " ")
}

/// What a highlighted figure says, in words.
fn figure_card(ui: &mut egui::Ui, f: &Figure) {
    let value = crate::compare::value_text(f);
    let mut who = f.who.to_string();
    if let Some(n) = &f.nationality {
        who = format!("{who} ({n})");
    }
    if let Some(o) = &f.org {
        who = format!("{who}, {o}");
    }
    ui.label(RichText::new(format!("{value} {}", f.outcome.words())).strong().size(15.0));
    egui::Grid::new(("figure", &f.id)).num_columns(2).show(ui, |ui| {
        ui.label(RichText::new("who").weak());
        ui.label(who);
        ui.end_row();
        ui.label(RichText::new("as of").weak());
        let day = f.as_of.map_or_else(|| "not stated".to_string(), super::state::shown_day);
        ui.label(match f.as_of_basis.filter(|_| f.as_of.is_some()) {
            Some(DayBasis::Sentence) => format!("{day} (named in its sentence)"),
            Some(DayBasis::Entry) => format!("{day} (its live blog entry's stamp)"),
            Some(DayBasis::Story) => format!("{day} (the last day named before it)"),
            Some(DayBasis::Report) => format!("{day} (the report's day)"),
            None => day,
        });
        ui.end_row();
        ui.label(RichText::new("counts").weak());
        ui.label(if f.background {
            "another event, told as background (not compared)"
        } else {
            match f.span {
                Span::Toll => "the toll, or one incident of it",
                Span::Increment => "an increment on a count said before (not compared)",
                Span::Part => "a part of a larger figure (not compared)",
            }
        });
        ui.end_row();
        ui.label(RichText::new("according to").weak());
        ui.label(f.by.clone().unwrap_or_else(|| "not said".into()));
        ui.end_row();
        if f.claim {
            ui.label(RichText::new("note").weak());
            ui.label("a claim by a party to the events");
            ui.end_row();
        }
        ui.label(RichText::new("other reports").weak());
        ui.label(match f.status {
            Status::Conflict => "disagree on the same day",
            Status::Claim => "set against a party's claim",
            Status::Update => "changed over the days",
            Status::Agree => "give the same figure",
            Status::Only | Status::Unset => "do not count these people",
        });
        ui.end_row();
    });
}

/// "Published: 12 March 2025", "Updated 14:02 GMT": page furniture, shown small.
fn is_dateline(line: &str) -> bool {
    let lower = line.to_lowercase();
    line.split_whitespace().count() <= 10
        && ["published", "updated", "posted", "last updated", "first published"].iter().any(|p| lower.starts_with(p))
}

/// A first line of sixteen words or fewer without a final full stop is a headline.
fn is_headline(line: &str) -> bool {
    line.split_whitespace().count() <= 16 && !line.ends_with(['.', '"', '”'])
}

/// A short line without final punctuation between paragraphs reads as a subheading.
fn is_crosshead(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= 6
        && !line.ends_with(['.', ':', '"', '”', '?', '!', ','])
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c == '\'')
}
