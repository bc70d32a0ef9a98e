//! Colours and text styles. Each source keeps one colour everywhere (sources panel, reader,
//! plot, map); the palette is Okabe–Ito's, which stays distinct for colour-blind readers.

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::model::Status;

pub const PALETTE: [Color32; 8] = [
    Color32::from_rgb(0, 114, 178),   // blue
    Color32::from_rgb(213, 94, 0),    // vermilion
    Color32::from_rgb(0, 158, 115),   // bluish green
    Color32::from_rgb(204, 121, 167), // reddish purple
    Color32::from_rgb(230, 159, 0),   // orange
    Color32::from_rgb(86, 180, 233),  // sky blue
    Color32::from_rgb(120, 120, 120), // grey
    Color32::from_rgb(180, 160, 0),   // olive yellow
];

pub fn source_color(index: usize) -> Color32 {
    PALETTE[index % PALETTE.len()]
}

pub const ERROR: Color32 = Color32::from_rgb(200, 50, 50);

/// The body text style of the reader.
pub fn reader_font() -> FontId {
    FontId::new(15.5, FontFamily::Proportional)
}

pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles.insert(TextStyle::Heading, FontId::new(20.0, FontFamily::Proportional));
        style.text_styles.insert(TextStyle::Body, FontId::new(14.0, FontFamily::Proportional));
        style.text_styles.insert(TextStyle::Button, FontId::new(14.0, FontFamily::Proportional));
        style.text_styles.insert(TextStyle::Small, FontId::new(11.5, FontFamily::Proportional));
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}

/// Colours of a figure's status in the reader (conflict, claim, update, agree, only).
pub fn status_color(status: Status) -> Color32 {
    match status {
        Status::Conflict => Color32::from_rgb(220, 60, 60),
        Status::Claim => Color32::from_rgb(204, 121, 167),
        Status::Update => Color32::from_rgb(230, 159, 0),
        Status::Agree => Color32::from_rgb(0, 158, 115),
        Status::Only | Status::Unset => Color32::from_rgb(140, 140, 140),
    }
}

/// Statuses with their legend text.
pub const STATUSES: [(Status, &str); 5] = [
    (Status::Conflict, "conflict"),
    (Status::Claim, "claim"),
    (Status::Update, "update"),
    (Status::Agree, "agrees"),
    (Status::Only, "only here"),
];

/// A sentence of hard-wrapped copy on one line: its line breaks shown as spaces.
pub use crate::compare::one_line;
