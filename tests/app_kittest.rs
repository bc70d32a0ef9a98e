#![cfg(feature = "gui")]
//! The real app, driven through its UI with egui_kittest: start page, sample, drops, bad
//! files, removing, editing and the saved session. No test touches the user's saved state:
//! each starts fresh or from an in-memory store.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::app::state::{SESSION_KEY, SourceStatus};
use parallax::app::{ParallaxApp, Startup};
use parallax::model::Outcome;

mod common;

fn fresh() -> Startup {
    Startup { files: Vec::new(), fresh: true, sample_on_first_run: false, session_file: None, started: None }
}

fn harness(startup: Startup) -> Harness<'static, ParallaxApp> {
    sized(startup, egui::vec2(1280.0, 800.0))
}

fn sized(startup: Startup, size: egui::Vec2) -> Harness<'static, ParallaxApp> {
    Harness::builder().with_size(size).build_eframe(move |cc| ParallaxApp::new(cc, startup))
}

/// The sample in a large window, where every view has room.
fn large_with_sample() -> Harness<'static, ParallaxApp> {
    let mut h = sized(fresh(), egui::vec2(1700.0, 1300.0));
    h.run_steps(2);
    h.get_by_label("Try the sample reports").click();
    settle(&mut h);
    h
}

/// Steps until the background reading and analysis are done (they run on another thread).
fn settle(h: &mut Harness<'_, ParallaxApp>) {
    for _ in 0..500 {
        h.step();
        if !h.state().is_busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(!h.state().is_busy(), "loading never finished");
    h.run_steps(3);
}

/// The app with the bundled sample opened from the start page.
fn with_sample() -> Harness<'static, ParallaxApp> {
    let mut h = harness(fresh());
    h.run_steps(2);
    h.get_by_label("Try the sample reports").click();
    settle(&mut h);
    h
}

fn labels(h: &Harness<'_, ParallaxApp>) -> Vec<String> {
    h.state().sources.iter().map(|s| s.label()).collect()
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_files(h: &mut Harness<'_, ParallaxApp>, paths: &[PathBuf]) {
    for p in paths {
        h.input_mut().dropped_files.push(Arc::new(Dropped(p.clone())));
    }
    settle(h);
}

fn write_report(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write report");
    p
}

#[test]
fn start_page_then_sample_lists_sources_with_outlets() {
    let mut h = harness(fresh());
    h.run_steps(2);
    h.get_by_label("Open reports…");
    h.get_by_label("Try the sample reports").click();
    settle(&mut h);
    assert_eq!(labels(&h), ["Andes Courier", "The Morning Ledger", "Pacific Broadcast News"]);
    for outlet in ["Andes Courier", "The Morning Ledger", "Pacific Broadcast News"] {
        assert!(h.query_all_by_label(outlet).count() >= 1, "{outlet} is shown");
    }
    assert!(h.query_by_label("Try the sample reports").is_none(), "the start page is gone");
    // The first report is in the reader.
    assert!(h.query_all_by_label_contains("At least nine miners were killed").count() >= 1);
}

#[test]
fn dropped_files_and_folders_open_through_the_same_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write_report(dir.path(), "a.txt", "A dam burst above Orlen on Monday; 6 people died.\n");
    let folder = dir.path().join("more");
    std::fs::create_dir(&folder).expect("mkdir");
    write_report(&folder, "b.md", "# Orlen\n\nEight people died, officials said on Tuesday.\n");
    write_report(
        &folder,
        "c.html",
        "<html><head><meta property=\"og:site_name\" content=\"Orlen Herald\"></head><body><article><p>The dam above Orlen burst on Monday night, and by Wednesday officials said nine people had died and 40 were missing in the valley below.</p><p>Rescue teams from three provinces searched the river banks and the flooded farms through the night, using boats and helicopters.</p></article></body></html>",
    );
    let mut h = harness(fresh());
    h.run_steps(2);
    drop_files(&mut h, &[a.clone(), folder]);
    assert_eq!(labels(&h), ["a.txt", "b.md", "Orlen Herald"]);
    // Dropping a report that is already open does not duplicate it.
    drop_files(&mut h, &[a]);
    assert_eq!(h.state().sources.len(), 3);
    assert!(h.query_all_by_label_contains("already open").count() >= 1);
}

#[test]
fn a_bad_file_shows_its_message_and_the_others_still_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = write_report(dir.path(), "good.txt", "Two hikers were rescued on Sunday.\n");
    let empty = write_report(dir.path(), "empty.txt", "");
    let binary = dir.path().join("photo.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("w");
    let mut h = harness(fresh());
    h.run_steps(2);
    drop_files(&mut h, &[empty, good, binary]);
    assert_eq!(labels(&h), ["good.txt"]);
    assert_eq!(h.query_all_by_label_contains("empty.txt: the file is empty").count(), 1);
    assert!(h.query_all_by_label_contains("PNG image").count() == 1);
    // Messages can be dismissed.
    let before = h.state().notices.len();
    h.get_all_by_label("Dismiss").next().expect("a dismiss button").click();
    h.run_steps(2);
    assert_eq!(h.state().notices.len(), before - 1);
}

#[test]
fn removing_a_source() {
    let mut h = with_sample();
    assert_eq!(h.state().sources.len(), 3);
    // The second remove button belongs to the second source.
    h.get_all_by_label("🗑").nth(1).expect("remove buttons").click();
    settle(&mut h);
    assert_eq!(labels(&h), ["Andes Courier", "Pacific Broadcast News"]);
}

#[test]
fn editing_the_outlet_is_remembered_across_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = write_report(dir.path(), "wire.txt", "A ferry sank; 12 died.\n");
    let gone = dir.path().join("gone.txt");
    write_report(dir.path(), "gone.txt", "Three people were hurt.\n");
    let mut h = harness(Startup { files: vec![report.clone(), gone.clone()], ..fresh() });
    settle(&mut h);
    assert_eq!(labels(&h), ["wire.txt", "gone.txt"]);
    // The first report is selected: its outlet field is shown. Type a new outlet.
    let field = h.get_by_label("Outlet");
    field.focus();
    h.run_steps(1);
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    h.get_by_label("Outlet").type_text("Harbour Wire");
    h.run_steps(1);
    h.key_press(egui::Key::Enter);
    settle(&mut h);
    assert_eq!(labels(&h)[0], "Harbour Wire");

    let mut store = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut store);
    std::fs::remove_file(&gone).expect("rm");
    let store: &'static MemoryStorage = Box::leak(Box::new(store));
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(move |cc| {
        cc.storage = Some(store);
        ParallaxApp::new(cc, Startup { fresh: false, sample_on_first_run: true, ..fresh() })
    });
    settle(&mut h);
    assert_eq!(labels(&h), ["Harbour Wire", "gone.txt"], "edits and order restored; no sample on top");
    assert!(matches!(h.state().sources[1].status, SourceStatus::Missing(_)), "a vanished file is shown as missing");
    assert!(h.query_all_by_label_contains("missing").count() >= 1);
}

#[test]
fn a_corrupt_saved_session_starts_fresh_with_a_notice() {
    let mut store = MemoryStorage::default();
    eframe::Storage::set_string(&mut store, SESSION_KEY, "{\"sources\": [oops".into());
    let store: &'static MemoryStorage = Box::leak(Box::new(store));
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(move |cc| {
        cc.storage = Some(store);
        ParallaxApp::new(cc, Startup { fresh: false, ..fresh() })
    });
    settle(&mut h);
    assert!(h.state().sources.is_empty());
    assert!(h.query_all_by_label_contains("could not be read").count() == 1);
    h.get_by_label("Try the sample reports");
}

#[test]
fn tabs_switch_and_the_reports_tab_lists_every_report() {
    let mut h = with_sample();
    h.get_by_label("Reports").click();
    h.run_steps(2);
    assert_eq!(h.state().session.tab, parallax::app::state::Tab::Reports);
    assert!(h.query_all_by_label("Thu 13 Mar 2025").count() >= 1, "published dates are listed");
    assert!(h.query_all_by_label_contains("windows-1252").count() >= 1, "the HTML page's encoding is listed");
}

#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_reader_highlights_figures_and_hover_tells_what_they_say() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = write_report(
        dir.path(),
        "climb.txt",
        "Avalanche on the north face\nTwelve climbers died on the north face on Sunday, the rescue service said.\n",
    );
    let mut h = harness(Startup { files: vec![report], ..fresh() });
    settle(&mut h);
    assert!(h.query_all_by_label_contains("1 figures highlighted").count() == 1);
    assert_eq!(h.state().sources.len(), 1);
    assert!(h.query_all_by_label_contains("1 figure").count() >= 1, "the sources panel counts the figure");
    // The paragraph starts with the figure: hover its first word.
    let rect = h.get_by_label_contains("Twelve climbers died").rect();
    h.hover_at(rect.left_top() + egui::vec2(12.0, 10.0));
    h.run_steps(4);
    assert!(h.query_by_label("12 killed").is_some(), "the hover card names value and outcome");
    assert!(h.query_by_label("the rescue service").is_some(), "and who gave the figure");
    assert!(h.query_by_label("do not count these people").is_some(), "and how it compares: only this report");
    assert!(h.query_by_label("only here").is_some(), "the legend explains the colours");
}

#[test]
fn a_figure_in_the_headline_is_marked_in_the_title() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = write_report(
        dir.path(),
        "plant.txt",
        "Four dead in workplace shooting\nThe sheriff said the gunman was shot by a deputy on Thursday.\n",
    );
    let mut h = harness(Startup { files: vec![report], ..fresh() });
    settle(&mut h);
    let rect = h.get_by_label("Four dead in workplace shooting").rect();
    h.hover_at(rect.left_top() + egui::vec2(12.0, 12.0));
    h.run_steps(4);
    assert!(h.query_by_label("4 killed").is_some(), "the headline's figure has its hover card");
}

#[test]
fn a_huge_report_is_shown_in_part() {
    let dir = tempfile::tempdir().expect("tempdir");
    // 3 MB in a single line: the reader must not lay it all out each frame.
    let line = "Floodwater rose again and 3 people died. ".repeat(75_000);
    let report = write_report(dir.path(), "huge.txt", &line);
    let mut h = harness(Startup { files: vec![report], ..fresh() });
    settle(&mut h);
    assert!(h.query_all_by_label_contains("Showing the first 400 KB of 3.1 MB").count() == 1);
    // The shown part is laid out in pieces, not as one 400 KB paragraph.
    assert!(h.query_all_by_label_contains("Floodwater rose again").count() > 40);
}

#[test]
fn clicking_a_disagreement_shows_its_sentence_in_the_reader() {
    let mut h = with_sample();
    assert_eq!(h.state().session.tab, parallax::app::state::Tab::Disagreements);
    // The sample's conflict: Chilean engineers missing on Thursday, 4 against 3.
    h.get_by_label_contains("The Morning Ledger says 4").click();
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.session.selected.as_deref(), Some("sample:morning-ledger-cerro-alto.md"));
    let focus = app.focus.as_ref().expect("a passage to show");
    assert!(focus.scrolled, "the reader scrolled to it");
    assert!(h.query_all_by_label_contains("Four Chilean engineers are still missing").count() == 1);
}

#[test]
fn the_disagreements_filter_by_kind() {
    let mut h = with_sample();
    assert!(h.query_all_by_label_contains("claim by The miners' union").count() >= 1);
    h.get_by_label_contains("Claims (").click();
    h.run_steps(3);
    assert_eq!(h.state().session.hidden_kinds, ["claim"]);
    assert_eq!(h.query_all_by_label_contains("claim by The miners' union").count(), 0, "claims are hidden");
    assert!(h.query_all_by_label_contains("The Morning Ledger says 4").count() == 1, "conflicts stay");
    h.get_by_label_contains("Claims (").click();
    h.run_steps(3);
    assert!(h.query_all_by_label_contains("claim by The miners' union").count() >= 1);
}

/// A press and release of the primary button at a point.
fn click_at(h: &mut Harness<'_, ParallaxApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run_steps(2);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    h.run_steps(3);
}

#[test]
fn a_disagreement_row_expands_to_every_sentence_and_a_cell_opens_its_report() {
    let mut h = large_with_sample();
    // The conflict row comes first; its arrow lists the sentences of every report.
    assert_eq!(h.query_all_by_label_contains("Four Chilean engineers are still missing").count(), 0);
    h.get_all_by_label("⏵").next().expect("an arrow per row").click();
    h.run_steps(3);
    assert_eq!(h.state().expanded.len(), 1);
    let sentence = h.get_by_label_contains("4 — Four Chilean engineers are still missing");
    assert!(h.query_all_by_label_contains("3 — Three Chilean engineers were still missing").count() == 1);
    sentence.click();
    h.run_steps(3);
    assert_eq!(h.state().session.selected.as_deref(), Some("sample:morning-ledger-cerro-alto.md"));
    // A cell of the Pacific Broadcast News column opens that report at its figure.
    h.get_all_by_label("3 · Thu 13 Mar").next().expect("the broadcaster's value").click();
    h.run_steps(3);
    assert_eq!(h.state().session.selected.as_deref(), Some("sample:pbn-cerro-alto.html"));
    let focus = h.state().focus.clone().expect("a passage to show");
    let doc = h.state().sources.iter().find_map(|s| s.document().filter(|d| d.path == focus.path).cloned());
    assert_eq!(doc.map(|d| d.text[focus.start..focus.end].to_string()).as_deref(), Some("Three Chilean engineers"));
}

#[test]
fn quotes_and_names_that_differ_are_listed_and_lead_to_their_words() {
    let mut h = large_with_sample();
    assert!(h.query_by_label("Quoted differently").is_some());
    assert!(h.query_by_label("Names spelt differently").is_some());
    h.get_by_label("Hernan Valdivia").click();
    h.run_steps(3);
    assert_eq!(h.state().session.selected.as_deref(), Some("sample:pbn-cerro-alto.html"));
    // The filter hides them like any other kind.
    h.get_by_label_contains("Quotes (1)").click();
    h.run_steps(3);
    assert!(h.query_by_label("Quoted differently").is_none());
    assert!(h.query_by_label("Names spelt differently").is_some());
}

#[test]
fn side_by_side_lights_up_the_counterparts_of_a_hovered_figure() {
    let mut h = large_with_sample();
    h.get_by_label("Side by side").click();
    h.run_steps(3);
    assert_eq!(h.state().session.tab, parallax::app::state::Tab::SideBySide);
    // The first report's paragraph is in its column as well as in the reader.
    assert_eq!(h.query_all_by_label_contains("At least nine miners were killed").count(), 2);
    // Hover along the first line of the Andes Courier's first paragraph (in the first column)
    // until its figure is under the pointer.
    let rect = h
        .get_all_by_label_contains("At least nine miners were killed")
        .map(|n| n.rect())
        .min_by(|a, b| a.left().total_cmp(&b.left()))
        .expect("the paragraph in a column");
    for x in (0..60).map(|k| rect.left() + 4.0 + k as f32 * 4.0) {
        h.hover_at(egui::pos2(x, rect.top() + 10.0));
        h.run_steps(2);
        if h.state().linked.is_some() {
            break;
        }
    }
    let (topic, _) = h.state().linked.clone().expect("hovering a figure lights its topic");
    assert_eq!(topic.outcome, Outcome::Killed);
    // The other reports say how many counterparts they have.
    assert!(h.query_all_by_label_contains("counterpart").count() >= 2);
}

#[test]
fn the_plot_opens_on_the_main_toll_and_a_point_leads_to_its_sentence() {
    let mut h = large_with_sample();
    h.get_by_label("Figures over time").click();
    h.run_steps(4);
    // The event's main toll (the topic every report gives) comes first, then the conflict.
    let order: Vec<String> = {
        let a = h.state().analysis.clone().expect("analysed");
        parallax::compare::series::topic_series(&a).iter().take(2).map(|t| t.label.clone()).collect()
    };
    assert_eq!(order, ["people killed", "Chilean workers missing"]);
    let points = h.state().plot.screen_points.clone();
    assert!(points.len() >= 3, "a point per figure: {points:?}");
    let (pos, id) = points[0].clone();
    h.hover_at(pos);
    h.run_steps(3);
    assert!(h.query_all_by_label_contains("Click to read it in the report.").count() == 1, "a hover card");
    click_at(&mut h, pos);
    let app = h.state();
    let focus = app.focus.clone().expect("the click opens the reader");
    let f = app.analysis.as_ref().and_then(|a| a.figures.iter().find(|f| f.id == id).cloned()).expect("the figure");
    assert_eq!((focus.start, focus.end), (f.start, f.end));
    // Another topic from the picker.
    h.get_by_label("Topic").click();
    h.run_steps(2);
    h.get_by_label_contains("Chilean workers missing ·").click();
    h.run_steps(3);
    assert_eq!(h.state().session.plot_topic.as_deref(), Some("Chilean workers missing"));
}

#[test]
fn the_site_map_places_what_the_gazetteer_lacks_and_lists_a_place_s_mentions() {
    let mut h = large_with_sample();
    h.get_by_label("Site map").click();
    h.run_steps(4);
    let places = h.state().map.screen_places.clone();
    // Arequipa and Lima from the gazetteer; the mine from the reports' stated distances.
    for name in ["Arequipa", "Lima", "mine"] {
        assert!(places.iter().any(|(_, n)| n == name), "{name} is drawn: {places:?}");
    }
    let map = {
        let a = h.state().analysis.clone().expect("analysed");
        parallax::geo::site_map(&a)
    };
    let mine = map.places.iter().find(|p| p.name == "mine").expect("the mine");
    assert_eq!(mine.placement, parallax::geo::Placement::Derived);
    // The broadcaster puts Arequipa south-west of the mine; the Courier, the mine south-west
    // of Arequipa: those edges are flagged.
    assert!(map.edges.iter().any(|e| e.flags.iter().any(|f| f.contains("Pacific Broadcast News"))));
    // The schematic lists the parts of the site with what happened there.
    assert!(h.query_by_label("The site, by the reports' words").is_some());
    assert!(h.query_by_label("tunnel").is_some());
    // Clicking a place lists its mentions per report; a mention opens the reader there.
    let (pos, _) = places.iter().find(|(_, n)| n == "Lima").cloned().expect("Lima");
    click_at(&mut h, pos);
    assert_eq!(h.state().map.selected.as_deref(), Some("Lima"));
    // The map's list is left of the reader, which shows the same sentence.
    h.get_all_by_label_contains("760km south-east of Lima")
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("the Courier's sentence")
        .click();
    h.run_steps(3);
    assert_eq!(h.state().session.selected.as_deref(), Some("sample:andes-courier-cerro-alto.txt"));
    assert!(h.state().focus.is_some());
}

/// Steps until the window has read and analysed everything, for as long as a large folder
/// needs in a debug build.
fn settle_long(h: &mut Harness<'_, ParallaxApp>, limit: std::time::Duration) {
    let start = std::time::Instant::now();
    h.run_steps(2);
    while h.state().is_busy() && start.elapsed() < limit {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(!h.state().is_busy(), "the window did not settle in {limit:?}");
    h.run_steps(3);
}

#[test]
fn a_large_folder_with_hostile_files_opens_whole_and_lays_out_only_what_is_in_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().join("reports");
    std::fs::create_dir(&d).unwrap();
    for i in 0..1500 {
        write_report(
            &d,
            &format!("r{i:04}.txt"),
            &format!("Report {i}: {} people were injured on Monday.\n", i % 40 + 1),
        );
    }
    // What has broken readers: random bytes, an empty file, UTF-16, a script, an accent
    // beside a distance, a link back up the tree, a name that is not UTF-8.
    std::fs::write(d.join("noise.txt"), common::noise(4000)).unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Nine people were killed on Sunday.\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(d.join("utf16.txt"), utf16).unwrap();
    write_report(
        &d,
        "page.html",
        "<html><body><article><p>At least 3 people were killed when the bridge fell on Friday, police said. \
         Divers searched the river through the night, and the army sent boats and lights from the \
         capital. Traffic across the valley was diverted to the old ferry crossing for the week.</p><script>alert('500 killed')</script></article></body></html>",
    );
    write_report(&d, "lima.txt", "The mine lies 40km south of the capital, Lima, Perú. 12 miners were killed.\n");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::os::unix::fs::symlink(dir.path(), d.join("loop")).unwrap();
        std::fs::write(d.join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt")), "Two people died.\n").unwrap();
    }
    let mut h = harness(fresh());
    h.run_steps(2);
    h.input_mut().dropped_files.push(Arc::new(Dropped(d.clone())));
    settle_long(&mut h, std::time::Duration::from_secs(240));
    let app = h.state();
    let good = 1500 + 3 + usize::from(cfg!(unix));
    let notices: Vec<&str> = app.notices.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(app.sources.len(), good, "every readable report once, the link loop not walked again: {notices:?}");
    let analysis = app.analysis.clone().expect("analysed");
    assert_eq!(analysis.documents.len(), good);
    assert!(analysis.figures.iter().all(|f| f.value < 1000), "no script text read as a figure");
    assert!(h.query_all_by_label_contains("empty.txt: the file is empty").count() == 1);
    assert!(h.query_all_by_label_contains("noise.txt").count() >= 1, "the noise file is reported");
    // Only the rows in view are laid out, in the sources panel and in the Reports tab.
    // (Two labels a row; laid out whole, the 1,500 rows would give 3,000.)
    let n = h.query_all_by_label_contains("r0").count();
    assert!(n < 300, "{n} labels of report names");
    // The conflict's row has a column only for the reports its pairs set against each other,
    // not one for each of the 1,500 that give a value that day.
    let conflict = analysis.disagreements.iter().find(|d| d.topic == "people injured").expect("a conflict");
    let contrasted: std::collections::BTreeSet<&str> = conflict
        .pairs
        .iter()
        .flatten()
        .filter_map(|id| analysis.figures.iter().find(|f| &f.id == id))
        .map(|f| f.doc.as_str())
        .collect();
    assert!((2..=16).contains(&contrasted.len()), "{contrasted:?}");
    assert!(h.query_all_by_label_contains("that give the most are shown").count() == 0);
    h.get_by_label("Reports").click();
    h.run_steps(3);
    let n = h.query_all_by_label_contains("r0").count();
    assert!(n < 300, "{n} labels of report names");
    assert!(h.query_all_by_label("r0000.txt").count() >= 1, "the first rows are shown");
}

#[test]
fn the_session_file_is_written_whole_and_a_corrupt_one_is_set_aside() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config/parallax/session.json");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "{\"sources\": [oops").unwrap();
    let startup = Startup { fresh: false, session_file: Some(file.clone()), ..fresh() };
    let mut h = harness(startup.clone());
    settle(&mut h);
    assert!(h.query_all_by_label_contains("could not be read").count() == 1);
    assert!(h.query_all_by_label_contains("session.json.corrupt").count() == 1, "the notice says where it went");
    assert!(file.with_file_name("session.json.corrupt").exists() && !file.exists());
    // A report opened, then the session saved: the file holds it, and nothing else is left.
    let report = write_report(dir.path(), "a.txt", "Four people were injured on Monday.\n");
    drop_files(&mut h, std::slice::from_ref(&report));
    let mut store = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut store);
    let saved = std::fs::read_to_string(&file).expect("saved");
    assert!(saved.contains("a.txt"), "{saved}");
    let left: Vec<_> = std::fs::read_dir(file.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 2, "session.json and the corrupt copy only: {left:?}");
    // The next start reads it back.
    let mut again = harness(startup);
    settle(&mut again);
    assert_eq!(labels(&again), ["a.txt"]);
}

#[test]
fn unsure_disagreements_are_marked_with_their_reason_and_the_filter_hides_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let one = write_report(
        dir.path(),
        "one.txt",
        "Published: 3 June 2023\nOn Saturday about 30 people were injured and 10 Japanese workers were missing.\n",
    );
    let two = write_report(
        dir.path(),
        "two.txt",
        "Published: 3 June 2023\nOn Saturday 45 people were injured and 14 Japanese workers were missing.\n",
    );
    let mut h = harness(fresh());
    h.run_steps(2);
    drop_files(&mut h, &[one, two]);
    settle(&mut h);
    h.get_by_label("Disagreements").click();
    h.run_steps(3);
    assert_eq!(h.query_all_by_label("unsure conflict").count(), 1, "the loose pair is marked unsure");
    assert!(h.query_all_by_label_contains("Japanese workers missing").count() >= 1, "the exact pair holds firmly");
    h.get_by_label_contains("Unsure (1)").click();
    h.run_steps(3);
    assert_eq!(h.query_all_by_label("unsure conflict").count(), 0, "hidden by the filter");
    assert!(h.query_all_by_label_contains("Japanese workers missing").count() >= 1, "the firm one stays");
}

/// A part larger than its whole in one report is listed first as "inconsistency", with a
/// filter of its own that shows only when there is one, and hides it.
#[test]
fn a_report_s_own_slip_is_listed_as_an_inconsistency_and_filtered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let slip = write_report(
        dir.path(),
        "slip.txt",
        "Published: 4 June 2020\nTwelve people were injured on Thursday, including 15 children, police said.\n",
    );
    let other = write_report(dir.path(), "other.txt", "Published: 4 June 2020\nOn Thursday 20 people were injured.\n");
    let mut h = harness(fresh());
    h.run_steps(2);
    drop_files(&mut h, std::slice::from_ref(&other));
    settle(&mut h);
    h.get_by_label("Disagreements").click();
    h.run_steps(3);
    assert_eq!(h.query_all_by_label_contains("Inconsistent (").count(), 0, "no filter without a slip");
    drop_files(&mut h, &[slip]);
    settle(&mut h);
    h.run_steps(3);
    assert_eq!(h.query_all_by_label("inconsistency").count(), 1);
    h.get_by_label_contains("Inconsistent (1)").click();
    h.run_steps(3);
    assert_eq!(h.query_all_by_label("inconsistency").count(), 0, "hidden by the filter");
}

/// Side panels keep their width within bounds whatever they hold (a very long outlet name,
/// a long note), and the tabs stay on one row at 1280×800; a folded panel gives its room to
/// the central view and comes back.
#[test]
fn panels_keep_their_width_and_the_tabs_one_row() {
    let mut h = with_sample();
    let tabs = ["Disagreements", "Side by side", "Figures over time", "Site map", "Reports"];
    let rows: Vec<f32> = tabs.iter().map(|t| h.get_by_label(t).rect().center().y).collect();
    assert!(rows.iter().all(|y| (y - rows[0]).abs() < 1.0), "tabs on one row: {rows:?}");
    let panel = |h: &Harness<'_, ParallaxApp>, heading: &str| {
        let r = h.get_by_label(heading).rect();
        r.min.x
    };
    let reader_left = panel(&h, "Reader");
    let first = h.state().sources[0].entry.path.clone();
    h.state_mut().command(parallax::app::Command::SetOutlet(first.clone(), "The ".repeat(60) + "Gazette"));
    h.run_steps(2);
    h.state_mut().command(parallax::app::Command::Select(first));
    h.run_steps(4);
    let sources_right = h.get_by_label("+ Open…").rect().max.x;
    assert!(sources_right <= 1280.0 * 0.28 + 4.0, "the sources panel stays narrow: {sources_right}");
    assert!((panel(&h, "Reader") - reader_left).abs() < 2.0, "the reader keeps its width");
    let rows: Vec<f32> = tabs.iter().map(|t| h.get_by_label(t).rect().center().y).collect();
    assert!(rows.iter().all(|y| (y - rows[0]).abs() < 1.0), "still one row: {rows:?}");
    // Folding the sources panel moves the tabs left; "⏵ Sources" brings it back.
    let before = h.get_by_label("Disagreements").rect().min.x;
    h.get_by_label("⏴").click();
    h.run_steps(3);
    assert!(h.state().session.hide_sources);
    assert!(h.get_by_label("Disagreements").rect().min.x < before - 100.0, "the central view takes the room");
    h.get_by_label("⏵ Sources").click();
    h.run_steps(3);
    assert!(!h.state().session.hide_sources);
}

/// A value given as "about" carries a band over its own day: two such values on different
/// days are two bands, never one shape joining the days.
#[test]
fn the_plot_draws_a_band_per_day_never_across_days() {
    let dir = tempfile::tempdir().expect("tempdir");
    let one = write_report(
        dir.path(),
        "one.txt",
        "Published: 5 June 2023\nOn Saturday about 30 people were injured, police said.\n\
         On Monday about 45 people were injured, police said.\n",
    );
    let two = write_report(dir.path(), "two.txt", "Published: 5 June 2023\nOn Sunday 38 people were injured.\n");
    let mut h = sized(fresh(), egui::vec2(1500.0, 1000.0));
    h.run_steps(2);
    drop_files(&mut h, &[one, two]);
    settle(&mut h);
    h.get_by_label("Figures over time").click();
    h.run_steps(4);
    let bands = h.state().plot.bands.clone();
    assert_eq!(bands.len(), 2, "one band per 'about' value: {bands:?}");
    for b in &bands {
        let (lo, hi) = b.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p[0]), hi.max(p[0])));
        assert!(hi - lo < 1.0, "a band covers one day: {b:?}");
    }
    assert!((bands[0][0][0] - bands[1][0][0]).abs() >= 1.0, "the two bands are on their own days");
}

/// With more reports than fit side by side, a column is never narrower than its longest
/// value line ("more than 16,000 · Mon 5 Jun" is not cut), and the columns past the edge
/// are said to be there.
#[test]
fn disagreement_columns_keep_their_values_whole_and_say_when_more_are_to_the_right() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut paths = vec![write_report(
        dir.path(),
        "long.txt",
        "Published: 5 June 2023\nOn Saturday 12000 people were injured, officials said.\n\n\
         By Monday more than 16000 people were injured, officials said.\n",
    )];
    for (i, n) in [12500, 13000, 13500, 14000, 14500, 15000].iter().enumerate() {
        paths.push(write_report(
            dir.path(),
            &format!("r{i}.txt"),
            &format!("Published: 5 June 2023\nOn Saturday {n} people were injured, officials said.\n"),
        ));
    }
    let mut h = harness(fresh());
    h.run_steps(2);
    drop_files(&mut h, &paths);
    settle(&mut h);
    h.get_by_label("Disagreements").click();
    h.run_steps(4);
    let line = h.get_by_label_contains("more than 16,000 ·");
    let shown = line.rect().width();
    let node = egui_kittest::kittest::NodeT::accesskit_node(&line);
    let text = node.label().or_else(|| node.value()).unwrap_or_default();
    let font = egui::TextStyle::Body.resolve(&h.ctx.global_style());
    let whole = h.ctx.fonts_mut(|f| f.layout_no_wrap(text.clone(), font, egui::Color32::WHITE)).size().x;
    assert!(shown + 0.5 >= whole, "{text:?} is cut: {shown} of {whole}");
    assert_eq!(h.query_all_by_label_contains("to the right: scroll sideways").count(), 1);
}
