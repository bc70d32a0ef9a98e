//! The start page, shown when no report is open.

use egui::{Align, Layout, RichText};

use super::{Command, ParallaxApp};

pub fn show(ui: &mut egui::Ui, app: &mut ParallaxApp) {
    ui.with_layout(Layout::top_down(Align::Center), |ui| {
        ui.add_space((ui.available_height() * 0.22).max(24.0));
        ui.label(RichText::new("Parallax").size(40.0).strong());
        ui.add_space(4.0);
        ui.label(
            RichText::new("Open several reports of one event and see which figures agree, which differ, and which changed over time.")
                .size(15.0)
                .weak(),
        );
        ui.add_space(28.0);
        let size = egui::vec2(260.0, 40.0);
        if ui.add_sized(size, egui::Button::new(RichText::new("Open reports…").size(16.0))).on_hover_text("Ctrl+O").clicked() {
            app.command(Command::OpenFileDialog);
        }
        ui.add_space(6.0);
        if ui.add_sized(size, egui::Button::new(RichText::new("Open a folder…").size(16.0))).clicked() {
            app.command(Command::OpenFolderDialog);
        }
        ui.add_space(6.0);
        if ui.add_sized(size, egui::Button::new(RichText::new("Try the sample reports").size(16.0))).clicked() {
            app.command(Command::OpenSamples);
        }
        ui.add_space(24.0);
        ui.label(RichText::new("…or drop report files and folders anywhere on this window.").weak());
        ui.label(RichText::new("Plain text, Markdown and saved web pages, in any encoding.").small().weak());
    });
}
