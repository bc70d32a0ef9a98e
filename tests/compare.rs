//! Disagreements across reports written for these tests.

use parallax::ingest::ingest_bytes;
use parallax::model::{Analysis, DisagreementKind, Status};

fn analyze(texts: &[(&str, &str)]) -> Analysis {
    let docs: Vec<_> = texts.iter().map(|(n, t)| ingest_bytes(n, n, t.as_bytes()).expect("reads")).collect();
    parallax::analyze_documents(&docs, Vec::new())
}

fn kinds(a: &Analysis) -> Vec<(String, String)> {
    a.disagreements.iter().map(|d| (d.kind.to_string(), d.topic.clone())).collect()
}

#[test]
fn conflict_update_and_claim_across_three_reports() {
    let gazette = "Valley Gazette\nPublished: 12 May 2022\n\
        On Tuesday officials said 9 people had died and 4 Norwegian climbers were missing.\n\
        By Wednesday the death toll had risen to 14, the civil protection agency said.\n\
        The Valley Gazette's Ana Roth contributed to this report.\n";
    let herald = "Mountain Herald\nPublished: 12 May 2022\n\
        By Wednesday 14 people had died, the civil protection agency said, and 6 Norwegian climbers were missing.\n\
        The rebels claimed 40 people died.\n\
        The Mountain Herald's Olaf Berg contributed to this report.\n";
    let a = analyze(&[("gazette.txt", gazette), ("herald.txt", herald)]);
    let k = kinds(&a);
    assert!(k.contains(&("update".into(), "people killed".into())), "{k:?}");
    assert!(k.contains(&("claim".into(), "people killed".into())), "{k:?}");
    // 4 missing on Tuesday (Gazette) and 6 on Wednesday (Herald): an update, not a conflict.
    assert!(k.contains(&("update".into(), "Norwegian missing".into())), "{k:?}");
    assert!(!k.iter().any(|(kind, _)| kind == "conflict"), "{k:?}");
    let claim = a.disagreements.iter().find(|d| d.kind == DisagreementKind::Claim).expect("claim");
    assert!(claim.summary.contains("40") && claim.summary.contains("14"), "{}", claim.summary);
    // Conflicts come first: none here, so claims lead.
    assert_eq!(a.disagreements[0].kind, DisagreementKind::Claim);
}

#[test]
fn same_day_different_values_conflict_and_qualifiers_soften() {
    let one = "Published: 3 June 2023\nOn Saturday 10 Japanese workers remained missing, officials said.\nAt least 20 people were killed on Saturday.\n";
    let two = "Published: 3 June 2023\nThere are 14 Japanese unaccounted for, officials said on Saturday.\nOn Saturday 25 people were killed.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let japanese = a.disagreements.iter().find(|d| d.topic == "Japanese missing").expect("Japanese conflict");
    assert_eq!(japanese.kind, DisagreementKind::Conflict);
    assert!(japanese.summary.contains("10") && japanese.summary.contains("14"));
    assert!(!japanese.summary.contains("room"), "exact values: a hard conflict");
    // Every figure says how it compares: the two Japanese counts conflict, the tolls agree.
    for f in &a.figures {
        let expected = if f.nationality.as_deref() == Some("Japan") { Status::Conflict } else { Status::Agree };
        assert_eq!(f.status, expected, "{} {}", f.value, f.text);
    }
    // "about 30" against "45" differs, but the qualifier leaves room: unsure, with its reason,
    // listed after the firm ones.
    let loose = "Published: 3 June 2023\nOn Saturday about 30 people were injured.\n";
    let firm = "Published: 3 June 2023\nOn Saturday 45 people were injured.\n";
    let b = analyze(&[("loose.txt", loose), ("firm.txt", firm), ("one.txt", one), ("two.txt", two)]);
    let unsure = b.disagreements.iter().find(|d| d.topic == "people injured").expect("injured");
    assert_eq!(unsure.strength, parallax::model::Strength::Weak);
    assert!(unsure.reason.contains("about 30"), "{}", unsure.reason);
    assert_eq!(b.disagreements.last().map(|d| d.topic.as_str()), Some("people injured"), "the unsure come last");
    // "at least 20" and "25" can both be true: no conflict.
    assert!(!a.disagreements.iter().any(|d| d.topic == "people killed" && d.kind == DisagreementKind::Conflict));
}

#[test]
fn reports_that_give_the_same_parts_do_not_conflict() {
    // Both give the toll and a part of it (the last raid) for the same day.
    let one =
        "Published: 20 January 2013\nOn Saturday 23 hostages were killed in all; the last raid killed 7 hostages.\n";
    let two = "Published: 20 January 2013\nThe final raid on Saturday killed 7 hostages, and 23 hostages were killed in total.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

#[test]
fn exports_for_an_editor() {
    let one = "Published: 3 June 2023\nOn Saturday 10 Japanese workers remained missing, officials said.\n";
    let two = "Published: 3 June 2023\nThere are 14 Japanese unaccounted for, officials said on Saturday.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let md = parallax::export::to_markdown(&a.disagreements);
    assert!(md.starts_with("# Where the reports disagree"));
    assert!(md.contains("## Conflicts") && md.contains("- **Japanese missing**:"), "{md}");
    assert!(!md.contains("## Claims"), "empty sections are left out");
    let csv = parallax::export::to_csv(&a.disagreements);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,kind,topic,summary,figures,pairs,strength,reason"));
    let row = lines.next().expect("a row");
    assert!(row.starts_with("g1,conflict,Japanese missing,\""), "{row}");
    assert!(row.ends_with(",hard,"), "exact values: it holds firmly: {row}");
    assert_eq!(
        parallax::export::to_markdown(&[]).trim_end().lines().last(),
        Some("The reports agree on every figure they share.")
    );
}

#[test]
fn a_speaker_quoted_in_other_words_and_a_name_spelt_two_ways() {
    let wire = "Published: 8 April 2024\n\
        Ferry sinks off Lesbos; coastguard chief Nikos Papadakis called the rescue \"a race against the sea\".\n\
        The ferry was run by Aegean Blue Lines, the operator said.\n";
    let paper = "Published: 8 April 2024\n\
        Coastguard chief Nikolaos Papadakis said the rescue off Lesbos had been \"a desperate race against the wind and the sea\".\n\
        The operator, Blue Aegean Lines, declined to comment.\n";
    let a = analyze(&[("wire.txt", wire), ("paper.txt", paper)]);
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    let q = &a.quotes[0];
    assert!(q.speaker.ends_with("Papadakis"));
    let said: Vec<&str> = q.quotes.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(said, ["a race against the sea", "a desperate race against the wind and the sea"]);
    // Each quotation leads back to its words.
    let texts = [wire, paper];
    for p in &q.quotes {
        let doc = a.documents.iter().position(|d| d.id == p.doc).expect("its report");
        assert_eq!(&texts[doc][p.start..p.end], p.text);
    }
    // "Nikos" / "Nikolaos" differ by more than a spelling; the operator's words are reordered.
    let names: Vec<Vec<&str>> = a.names.iter().map(|n| n.variants.iter().map(|v| v.text.as_str()).collect()).collect();
    assert_eq!(names, [vec!["Aegean Blue Lines", "Blue Aegean Lines"]]);
    // Both go into the editor's note and the CSV.
    let md = parallax::export::report_markdown(&a);
    assert!(md.contains("## Quoted differently") && md.contains("Blue Aegean Lines"), "{md}");
    let csv = parallax::export::report_csv(&a);
    assert!(csv.lines().any(|l| l.contains(",quote,")) && csv.lines().any(|l| l.contains(",name,")), "{csv}");
}

#[test]
fn the_same_quote_and_the_same_names_raise_nothing() {
    let one =
        "Published: 8 April 2024\nMayor Ines Carvalho said the dam was \"holding for now\" after 3 people died.\n";
    let two = "Published: 8 April 2024\nThe dam was \"holding for now\", Mayor Ines Carvalho said; 3 people died in Porto Alegre.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    assert!(a.names.is_empty(), "{:?}", a.names);
}

#[test]
fn plot_series_order_days_and_mark_provisional_values() {
    let friday = "Published: 18 January 2013\nBy Friday 12 hostages had been killed, officials said.\n";
    let saturday = "Published: 19 January 2013\nOn Saturday officials said 23 hostages had been killed.\nThe kidnappers claimed 35 hostages died.\n";
    let a = analyze(&[("fri.txt", friday), ("sat.txt", saturday)]);
    let series = parallax::compare::series::topic_series(&a);
    let t = series.iter().find(|t| t.label == "hostages killed").expect("the topic");
    assert!(t.disputed.is_some());
    let own: Vec<(f64, bool)> =
        t.sources.iter().filter(|s| !s.claim).flat_map(|s| s.points.iter().map(|p| (p.value, p.provisional))).collect();
    assert_eq!(own, [(12.0, true), (23.0, false)], "the Friday value was provisional");
    let (first, last) = t.days();
    assert_eq!(last - first, 1);
    assert!(
        t.sources.iter().any(|s| s.claim && s.points.iter().any(|p| p.value == 35.0)),
        "the claim is drawn with it"
    );
    let csv = parallax::export::series_csv(&a, &[t]);
    assert!(csv.lines().count() >= 4 && csv.contains("hostages killed"), "{csv}");
}

/// A figure that gives no day is not drawn, but the topic counts it so the plot can say so.
#[test]
fn plot_series_count_the_figures_without_a_day() {
    let dated = "Published: 18 January 2013\nBy Friday 12 hostages had been killed, officials said.\n";
    let undated = "Officials said 14 hostages had been killed.\n";
    let a = analyze(&[("dated.txt", dated), ("undated.txt", undated)]);
    let series = parallax::compare::series::topic_series(&a);
    let t = series.iter().find(|t| t.label == "hostages killed").expect("the topic");
    assert_eq!((t.figures(), t.undated), (1, 1));
}

/// Each disagreement says which figures it sets against each other: a conflict its two
/// values, an update each step, a claim the claim and the official count.
#[test]
fn disagreements_name_their_pairs() {
    let gazette = "Valley Gazette\nPublished: 12 May 2022\n\
        On Tuesday officials said 9 people had died.\n\
        By Wednesday the death toll had risen to 14, the civil protection agency said.\n";
    let herald = "Mountain Herald\nPublished: 12 May 2022\n\
        By Wednesday 17 people had died, the civil protection agency said.\n\
        The rebels claimed 40 people died.\n";
    let a = analyze(&[("gazette.txt", gazette), ("herald.txt", herald)]);
    let value = |id: &str| a.figures.iter().find(|f| f.id == id).map(|f| f.value).expect("a figure");
    let pairs = |kind: DisagreementKind| -> Vec<(u64, u64)> {
        let d = a.disagreements.iter().find(|d| d.kind == kind).unwrap_or_else(|| panic!("{kind}: {:?}", kinds(&a)));
        d.pairs.iter().map(|[x, y]| (value(x), value(y))).collect()
    };
    let conflict = pairs(DisagreementKind::Conflict);
    assert_eq!(conflict.len(), 1);
    assert!(conflict[0] == (14, 17) || conflict[0] == (17, 14), "{conflict:?}");
    assert_eq!(pairs(DisagreementKind::Claim)[0].0, 40);
    let update = pairs(DisagreementKind::Update);
    assert_eq!(update[0].0, 9, "the update starts from Tuesday's value: {update:?}");
}

/// False friends stay unflagged: a part against its report's total, a count of another
/// event told for context, a single victim named without a number, and days months apart.
#[test]
fn parts_background_and_single_victims_are_not_disagreements() {
    let one = "Published: 3 June 2023\n\
        On Saturday 12 people were injured at the fair, police said.\n\
        Four people were taken to St. Mary's Hospital on Saturday.\n";
    let two = "Published: 3 June 2023\n\
        On Saturday 12 people were injured, police said, and a man was killed.\n\
        On Saturday, the town recalled a fire in which 90 people were killed.\n";
    let three = "Published: 3 June 2023\nOn Saturday 3 people were killed at the fair.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two), ("three.txt", three)]);
    assert!(!a.disagreements.iter().any(|d| d.topic == "people injured"), "a part: {:?}", kinds(&a));
    assert!(
        !a.disagreements.iter().any(|d| d.kind == DisagreementKind::Conflict && d.topic == "people killed"),
        "one named victim, and another event's toll: {:?}",
        kinds(&a)
    );
}

/// How many there were (officers at the scene) differs without contradiction; "two of the
/// victims" is a part of a group; a claim is set against its own report's official count.
#[test]
fn totals_and_partitives_are_not_set_against_tolls_and_claims_pair_with_their_report() {
    let one = "Published: 9 October 2024\n\
        On Tuesday 40 officers surrounded the school, and 6 people were killed.\n\
        The rebels claimed 20 people were killed.\n";
    let two = "Published: 9 October 2024\n\
        On Tuesday 25 officers were at the school.\n\
        Two of the victims were killed on Tuesday in the library, and 6 people died in all.\n\
        Officials said on Tuesday 6 people were killed.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert!(!a.disagreements.iter().any(|d| d.topic.contains("police")), "{:?}", kinds(&a));
    assert!(!a.disagreements.iter().any(|d| d.kind == DisagreementKind::Conflict), "{:?}", kinds(&a));
    let claim = a.disagreements.iter().find(|d| d.kind == DisagreementKind::Claim).expect("the rebels' claim");
    let docs: Vec<&str> = claim.pairs[0]
        .iter()
        .map(|id| a.figures.iter().find(|f| &f.id == id).map(|f| f.doc.as_str()).expect("a figure"))
        .collect();
    assert_eq!(docs[0], docs[1], "the claim and its own report's count");
}

/// Counts of one hospital, or of the injured in one condition, are parts of the injured: they
/// are compared with counts of the same hospital or condition, not with the toll.
#[test]
fn hospital_and_condition_counts_are_their_own_topics() {
    let one = "Published: 14 May 2024\n\
        On Tuesday 14 people were injured in the blast, police said.\n\
        Five victims were taken to Mercy Hospital on Tuesday.\n\
        On Tuesday three were in critical condition.\n";
    let two = "Published: 14 May 2024\n\
        On Tuesday 14 people were injured, police said.\n\
        Eight victims were taken to Mercy Hospital on Tuesday.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let k = kinds(&a);
    assert!(!k.iter().any(|(_, topic)| topic == "people injured"), "the toll agrees: {k:?}");
    assert!(k.contains(&("conflict".into(), "people injured at Mercy Hospital".into())), "{k:?}");
}

/// "Three women" are a part of the people killed, and "the names of two victims" tells of
/// them: neither is set against the toll.
#[test]
fn kinds_of_people_and_people_told_of_are_not_the_toll() {
    let one = "Published: 2 July 2023\nOn Saturday 5 people were killed at the market.\n";
    let two = "Published: 2 July 2023\nOn Saturday 3 women were killed at the market.\n\
        Police on Saturday released the names of 2 victims killed at the market.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert!(!a.disagreements.iter().any(|d| d.kind == DisagreementKind::Conflict), "{:?}", kinds(&a));
}

/// A report that gives both counts (the nine shot dead at the offices on Thursday and the
/// twelve of the whole spree) tells them apart itself: another report's nine agrees with it.
/// A count it gives only for a later day is no excuse: "8 wounded" against "6" on Friday
/// stays a conflict though the first report has 6 by Saturday.
#[test]
fn a_difference_one_report_itself_gives_is_not_a_conflict() {
    let wire = "Published: 6 August 2021\n\
        On Thursday the man killed 9 people at two warehouses in Dayton.\n\
        On Friday police said the man had killed 12 people since Tuesday.\n";
    let paper = "Published: 6 August 2021\nOn Friday police said 9 people were killed.\n";
    let a = analyze(&[("wire.txt", wire), ("paper.txt", paper)]);
    assert!(!a.disagreements.iter().any(|d| d.kind == DisagreementKind::Conflict), "{:?}", kinds(&a));

    let early = "Published: 15 January 2022\n\
        On Friday 8 people were wounded at the station.\n\
        On Saturday 6 people were wounded, police said.\n";
    let later = "Published: 15 January 2022\nOn Friday 6 people were wounded at the station.\n";
    let a = analyze(&[("early.txt", early), ("later.txt", later)]);
    let k = kinds(&a);
    assert!(k.contains(&("conflict".into(), "people injured".into())), "{k:?}");
}

/// A toll dated by its own sentence weeks before the event's days is another event told as
/// background: marked, and never an update of this event's toll.
#[test]
fn a_toll_dated_weeks_earlier_is_background() {
    let one = "Published: 30 September 2019\n\
        On Sunday 5 people were killed when a gunman opened fire at a bus depot.\n\
        The city is still mourning a fire on Sept. 2 that killed 11 people.\n";
    let two = "Published: 30 September 2019\nOn Sunday 5 people were killed at the depot, police said.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let fire = a.figures.iter().find(|f| f.value == 11).expect("the fire's toll");
    assert!(fire.background, "{fire:?}");
    assert!(a.figures.iter().filter(|f| f.value == 5).all(|f| !f.background));
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// A toll of an earlier year named ahead of it ("the 2019 bombing … that killed 31", "last
/// year's flood, which killed 12") is another event's; a year named after this event's own
/// toll ("the most since last year") does not make it background.
#[test]
fn a_toll_of_an_earlier_year_is_background() {
    let one = "Published: 14 May 2022\n\
        On Saturday 8 people were killed at a market, police said.\n\
        It was the worst attack since the 2019 bombing of the station that killed 31 people.\n\
        Mourners recalled last year's flood, which killed 12 residents.\n\
        The bomber's uncle served 15 years for killing 3 guards in 2004, police said.\n";
    let two = "Published: 14 May 2022\nOn Saturday 8 people were killed at the market, the most since last year.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    for v in [31, 12, 3] {
        let f = a.figures.iter().find(|f| f.value == v).expect("the earlier toll");
        assert!(f.background, "{f:?}");
    }
    assert!(a.figures.iter().filter(|f| f.value == 8).all(|f| !f.background));
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// One hospital's count, followed by two outlets that each draw its bounds their own way, is
/// not an update; the same outlet following its own count is.
#[test]
fn a_hospitals_count_is_followed_over_time_only_within_one_outlet() {
    let first = "Lakeside Tribune\nPublished: 20 March 2023\n\
        On Monday 9 people were injured, police said.\n\
        On Monday, 7 victims were in stable condition.\n";
    let second = "Harbor Daily News\nPublished: 21 March 2023\n\
        On Tuesday 9 people were injured, police said.\n\
        On Tuesday, 3 others were in stable condition, a spokeswoman for Mercy Hospital said.\n";
    let a = analyze(&[("first.txt", first), ("second.txt", second)]);
    assert!(!a.disagreements.iter().any(|d| d.topic.contains("stable")), "{:?}", kinds(&a));
}

/// "nine additional victims" adds to a count said before: an increment, not a toll to set
/// against another report's; a sentence set in another month ("In March, …") tells of
/// another event; "six patients have been taken there" names no hospital to compare with.
#[test]
fn increments_other_months_and_unnamed_hospitals_are_not_compared() {
    let one = "Published: 12 June 2022\n\
        On Saturday 11 people were taken to hospitals, officials said.\n\
        In March, a gunman shot 30 people at a mall in Dover.\n\
        Six patients have been taken there, a spokesman said on Saturday.\n";
    let two = "Published: 12 June 2022\n\
        On Saturday police said nine additional victims were hospitalized.\n\
        On Saturday 11 people were injured.\n\
        Two patients have been taken there, a spokesman said on Saturday.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert_eq!(a.figures.iter().find(|f| f.value == 9).map(|f| f.span.as_str()), Some("increment"));
    assert!(a.figures.iter().find(|f| f.value == 30).is_some_and(|f| f.background));
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// "14 new cases, bringing the total to 230": the count before "bringing the total to" adds
/// to it, and the total counts what the count before it counts; neither is set against the
/// other report's own total.
#[test]
fn a_count_that_brings_a_total_to_a_new_value_is_an_increment_of_it() {
    let one = "Published: 8 March 2024\n\
        On Friday health officials confirmed 14 new cases of cholera, bringing the total to 230.\n";
    let two = "Published: 8 March 2024\nOn Friday the outbreak had sickened 230 people, officials said.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let new = a.figures.iter().find(|f| f.value == 14).expect("the new cases");
    assert_eq!((new.outcome.as_str(), new.span.as_str()), ("ill", "increment"));
    let total = a.figures.iter().find(|f| f.value == 230 && f.doc == "d1").expect("the running total");
    assert_eq!((total.outcome.as_str(), total.span.as_str()), ("ill", "toll"));
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// A headline that restates its body's count ("Gunman kills nine" over "killed nine people,
/// including himself, on Saturday") is the body's figure: not an undated toll of the
/// publication day set against the other reports' victims-only counts.
#[test]
fn a_headline_restating_its_body_is_not_compared_on_its_own() {
    let one = "Gunman kills nine at mall\n\nPublished: 12 May 2024\n\n\
        A gunman killed nine people, including himself, at a shopping mall on Saturday, police said.\n";
    let two = "Mall shooting\n\nPublished: 12 May 2024\n\n\
        Eight people were killed on Saturday when a man opened fire at a mall before shooting himself.\n";
    let three = "Mall attack toll\n\nPublished: 13 May 2024\n\nAt least 8 people were killed in Saturday's shooting.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two), ("three.txt", three)]);
    assert!(a.figures.iter().any(|f| f.value == 9 && f.sentence.starts_with("Gunman")), "the headline is read");
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// A table of towns ("Izmir 412 dead, 1,210 injured") gives parts of the toll: compared only
/// with the same town's counts, never with the national toll.
#[test]
fn a_towns_row_in_a_table_is_its_own_topic() {
    let table = "Published: 20 August 2024\nOn Tuesday officials gave these counts:\n\n\
        Kaltor 412 dead, 1,210 injured\n\nMeren 96 dead, 430 injured\n";
    let wire = "Published: 20 August 2024\nOn Tuesday 508 people were killed and 1,640 were injured, officials said.\n";
    let a = analyze(&[("table.txt", table), ("wire.txt", wire)]);
    assert!(a.figures.iter().any(|f| f.value == 412), "the table is read");
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// A toll that counts the attacker ("four dead, including the gunman") is its own topic:
/// never a conflict with the victims' toll of three.
#[test]
fn a_toll_with_the_attacker_is_not_set_against_the_victims_toll() {
    let one = "Published: 26 February 2016\nOn Thursday four people were dead, including the gunman, police said.\n";
    let two = "Published: 26 February 2016\nOn Thursday the gunman killed three people, police said.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// A report that counts "five U.S. soldiers" killed also counts five soldiers: its "four
/// soldiers" killed at one base is a part, not a conflict with another report's five.
#[test]
fn a_report_s_count_with_a_nationality_also_states_it_without() {
    let wire = "Published: 10 May 2019\n\
        The attack on Friday killed five U.S. soldiers, officials said.\n\
        The gunman drove to a second base, where he killed four soldiers on Friday.\n";
    let paper = "Published: 10 May 2019\nFive soldiers were killed on Friday, the army said.\n";
    let a = analyze(&[("wire.txt", wire), ("paper.txt", paper)]);
    assert!(!a.disagreements.iter().any(|d| d.kind == DisagreementKind::Conflict), "{:?}", kinds(&a));
}

/// A part larger than its whole in one report is flagged as that report's slip, apart from
/// the differences between reports; a part within its whole, or "about" leaving room, is not.
#[test]
fn a_part_larger_than_its_whole_is_an_inconsistency() {
    let slip = "Published: 4 June 2020\nTwelve people were injured on Thursday, including 15 children, police said.\n";
    let fine = "Published: 4 June 2020\nTwenty people were injured on Thursday, including 15 children.\n";
    let a = analyze(&[("slip.txt", slip), ("fine.txt", fine)]);
    assert_eq!(a.inconsistencies.len(), 1, "{:?}", a.inconsistencies);
    let i = &a.inconsistencies[0];
    assert_eq!(i.kind, DisagreementKind::Inconsistency);
    let values: Vec<u64> =
        i.pairs[0].iter().map(|id| a.figures.iter().find(|f| &f.id == id).expect("figure").value).collect();
    assert_eq!(values, [15, 12]);
    assert!(a.disagreements.iter().all(|d| d.kind != DisagreementKind::Inconsistency));

    // A province's row in a table above the toll the same report gives for that day.
    let table = "Published: 2 June 2020\nThe earthquake killed 3,000 people on Tuesday, officials said.\n\n\
        Dead by province:\n\nKarsen 3,400 dead\n\nMolva 200 dead\n";
    let a = analyze(&[("table.txt", table)]);
    let values: Vec<Vec<u64>> = a
        .inconsistencies
        .iter()
        .map(|i| i.pairs[0].iter().map(|id| a.figures.iter().find(|f| &f.id == id).expect("figure").value).collect())
        .collect();
    assert_eq!(values, [vec![3400, 3000]]);

    let loose = "Published: 4 June 2020\nAbout 12 people were injured on Thursday, including 13 children.\n";
    assert!(analyze(&[("loose.txt", loose)]).inconsistencies.is_empty());
}

/// A live blog gives a count as it grows, entry by entry ("UPDATE 2:29 p.m.: …"): an update
/// in the order of the stamps, though all on one day; the same counts without stamps are
/// one report's parts and no update.
#[test]
fn a_live_blog_s_stamped_entries_are_an_update_within_a_day() {
    let blog = "Live: shooting at the mall\n\nPublished: 12 May 2022\n\n\
        UPDATE 4:10 P.M.: Mercy Hospital confirms five patients have been taken there.\n\n\
        UPDATE 3:05 p.m.: Mercy Hospital now has four patients from the shooting.\n\n\
        UPDATE 2:40 p.m.: Two patients have been taken to Mercy Hospital.\n";
    let a = analyze(&[("blog.txt", blog)]);
    let u = a.disagreements.iter().find(|d| d.kind == DisagreementKind::Update).expect("an update");
    let value = |id: &str| a.figures.iter().find(|f| f.id == id).expect("figure").value;
    let steps: Vec<(u64, u64)> = u.pairs.iter().map(|[x, y]| (value(x), value(y))).collect();
    assert_eq!(steps, [(2, 4), (4, 5)], "{}", u.summary);
    assert!(u.summary.contains("14:40") && u.summary.contains("16:10"), "{}", u.summary);

    let plain = "Published: 12 May 2022\n\
        Mercy Hospital confirms five patients have been taken there.\n\
        Two patients have been taken to Mercy Hospital, a spokesman said.\n";
    assert!(analyze(&[("plain.txt", plain)]).disagreements.is_empty());
}

/// A sentence may give two hospitals' counts: each count is filed under the hospital its own
/// clause names.
#[test]
fn each_hospital_s_count_is_filed_under_the_hospital_of_its_clause() {
    let text = "Published: 4 June 2020\nOn Friday Mercy Hospital confirmed it has six victims of the shooting \
        and St Anne confirmed it is handling three shooting victims.\n";
    let a = analyze(&[("a.txt", text)]);
    let at = |v: u64| {
        let f = a.figures.iter().find(|f| f.value == v).expect("figure");
        parallax::compare::topic_key(f).at
    };
    assert_eq!((at(6).as_deref(), at(3).as_deref()), (Some("Mercy Hospital"), Some("St Anne")));
}

/// Two bounds that both can hold ("fewer than 40" on Monday, "at least 6" on Tuesday) name
/// no count: no update. A bound that a later count passes far beyond ("at least 3", then
/// 12) is one.
#[test]
fn two_bounds_that_both_hold_are_no_update() {
    let first =
        "Published: 6 March 2023\nFewer than 40 people were injured in the stadium crush on Monday, medics said.\n";
    let second =
        "Published: 7 March 2023\nAt least 6 people were injured in the stadium crush, medics said on Tuesday.\n";
    let a = analyze(&[("mon.txt", first), ("tue.txt", second)]);
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));

    let later = "Published: 7 March 2023\n12 people were injured in the stadium crush, medics said on Tuesday.\n";
    let bound =
        "Published: 6 March 2023\nAt least 3 people were injured in the stadium crush on Monday, medics said.\n";
    let b = analyze(&[("mon.txt", bound), ("tue.txt", later)]);
    assert_eq!(kinds(&b), [("update".to_string(), "people injured".to_string())]);
}

/// People shot may include the dead: "nine people were shot" is compared with other counts of
/// the shot, not with "seven wounded".
#[test]
fn people_shot_are_not_set_against_the_wounded() {
    let a = "Published: 2 May 2021\nNine people were shot at the party on Saturday, police said.\n";
    let b = "Published: 2 May 2021\nSeven people were wounded at the party on Saturday, police said.\n";
    let c = "Published: 2 May 2021\nEight people were shot at the party on Saturday, police said.\n";
    assert!(analyze(&[("a.txt", a), ("b.txt", b)]).disagreements.is_empty());
    let kinds = kinds(&analyze(&[("a.txt", a), ("c.txt", c)]));
    assert_eq!(kinds.len(), 1, "{kinds:?}");
    assert_eq!(kinds[0].0, "conflict");
}

/// People taken to hospital are not all the injured, and a toll that leaves out the gunman is
/// not one that counts him: neither pair is a conflict. Two counts of the hospitalised are.
#[test]
fn hospital_counts_and_tolls_with_or_without_the_gunman_are_compared_like_with_like() {
    let one = "Published: 4 March 2024\n\
        On Monday six people were injured at the mall, police said. Five people were killed on \
        Monday, not including the gunman. Area hospitals received 5 victims on Monday.\n";
    let two = "Published: 4 March 2024\n\
        Four people were taken to the hospital on Monday. Six people, including the gunman, were \
        killed on Monday.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let conflicts: Vec<&str> =
        a.disagreements.iter().filter(|d| d.kind == DisagreementKind::Conflict).map(|d| d.summary.as_str()).collect();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert!(conflicts[0].contains('4') && conflicts[0].contains('5'), "the hospitals' counts: {conflicts:?}");
}

/// "raising the death toll from Saturday's sinking to 31": the day of the sinking is not the
/// day of the count, which the sentence gives ("on Sunday"); bodies pulled from a river are
/// the dead, whatever the verb. Without another day, "after Friday's shooting" dates a count.
#[test]
fn the_day_of_a_thing_named_does_not_date_a_count_beside_another_day() {
    let first = "Ferry sinks\n\nMay 4, 2019 - A ferry sank in the river on Saturday, killing at least 18 people, \
        police said.\n";
    let second = "Ferry toll rises\n\nMay 5, 2019 - Rescuers pulled 13 more bodies from the river on Sunday, \
        raising the death toll from Saturday's ferry sinking to 31, officials said.\n";
    let third = "Ferry toll\n\nMay 5, 2019 - The death toll from the ferry rose to 25 on Sunday, the fire \
        service said.\n";
    let a = analyze(&[("first.txt", first), ("second.txt", second), ("third.txt", third)]);
    let bodies = a.figures.iter().find(|f| f.text == "13 more bodies").expect("the bodies");
    assert_eq!(bodies.outcome, parallax::model::Outcome::Killed);
    let conflict = a.disagreements.iter().find(|d| d.kind == DisagreementKind::Conflict).expect("25 against 31");
    assert!(conflict.summary.contains("25") && conflict.summary.contains("31"), "{}", conflict.summary);
    assert!(
        !a.disagreements.iter().any(|d| d.kind == DisagreementKind::Update && d.summary.contains("31 by Sat")),
        "{:?}",
        kinds(&a)
    );
    let alone = "Airport shooting\n\nJanuary 7, 2017\n\nOfficials spoke on Saturday. Six gunshot victims were brought \
        to the medical center after Friday's shooting.\n";
    let a = analyze(&[("alone.txt", alone)]);
    let six = a.figures.iter().find(|f| f.value == 6).expect("six victims");
    assert_eq!(six.as_of.map(|d| d.to_string()).as_deref(), Some("2017-01-06"), "{six:?}");
}

/// The parts listed after a whole in its sentence describe the whole's day, however near
/// another day is written to one of them.
#[test]
fn parts_in_the_sentence_of_their_whole_share_its_day() {
    let text = "Hotel siege\n\nNov. 21, 2015 - Troops ended the siege on Friday after gunmen killed 27 people, \
        including six Russians, three Chinese and an American, the mission said on Saturday.\n";
    let a = analyze(&[("siege.txt", text)]);
    let whole = a.figures.iter().find(|f| f.value == 27).expect("the toll");
    let parts: Vec<_> = a.figures.iter().filter(|f| f.part_of.as_deref() == Some(whole.id.as_str())).collect();
    assert_eq!(parts.len(), 3, "{:?}", a.figures);
    assert!(parts.iter().all(|p| p.as_of == whole.as_of), "{parts:?} / {whole:?}");
}

/// An outbreak told over weeks: a report of a week before tells of this event on its own day
/// (not background), and people hospitalised with the illness are ill, counted apart from all
/// the ill.
#[test]
fn an_outbreak_followed_over_weeks_updates_its_count_of_the_ill() {
    let first = "Outbreak\n\nWASHINGTON, July 31, 2020 - An outbreak linked to onions has sickened 212 people in \
        23 states, officials said on Friday. Thirty-one people have been hospitalized.\n";
    let second = "Outbreak grows\n\nAug. 8, 2020 - The outbreak has sickened 400 people, officials said on Saturday. \
        At least 60 have been hospitalized.\n";
    let a = analyze(&[("first.txt", first), ("second.txt", second)]);
    let two_twelve = a.figures.iter().find(|f| f.value == 212).expect("212");
    assert!(!two_twelve.background, "{two_twelve:?}");
    let update = a.disagreements.iter().find(|d| d.kind == DisagreementKind::Update).expect("an update");
    assert!(update.summary.contains("212") && update.summary.contains("400"), "{}", update.summary);
    let hospitalised = a.figures.iter().find(|f| f.value == 31).expect("31");
    assert_eq!(hospitalised.outcome, parallax::model::Outcome::Ill);
    assert!(!update.summary.contains("31 by") && !update.summary.contains("then 60"), "{}", update.summary);
}

/// "yesterday", "this morning" count from the report's own day; each part of a clause with two
/// counts tells its own day; a day right after another number is that number's.
#[test]
fn days_told_from_the_report_and_by_the_part_of_the_clause() {
    let text = "Mine blast\n\nLONDON, March 2, 2020 (Reuters) - Officials said 12 miners died yesterday and 3 \
        more died this morning. By Sunday night the toll had reached 20, up from 14 a day earlier. \
        On Sunday 9 were hurt and on Monday 11 were hurt.\n";
    let a = analyze(&[("mine.txt", text)]);
    let day = |value: u64| {
        let f = a.figures.iter().find(|f| f.value == value).unwrap_or_else(|| panic!("{value} in {:?}", a.figures));
        (f.as_of.map(|d| d.to_string()).unwrap_or_default(), f.span)
    };
    use parallax::model::Span;
    assert_eq!(day(12), ("2020-03-01".to_string(), Span::Toll));
    assert_eq!(day(3), ("2020-03-02".to_string(), Span::Increment), "more of the same: one more step");
    assert_eq!(day(20).0, "2020-03-01");
    assert_eq!(day(9).0, "2020-03-01");
    assert_eq!(day(11).0, "2020-03-02");
}

/// Activists and rights groups give their own tallies, set against the official one as claims;
/// a count set against another in its sentence is of that count's day (not the dateline's).
#[test]
fn activists_and_rights_groups_tallies_are_claims_on_the_day_of_the_count() {
    let first = "Protests\n\nLONDON, March 2, 2020 (Reuters) - Security forces killed at least 20 protesters on \
        Friday, according to activists. The interior ministry said 8 people died on Friday.\n";
    let second = "Protests\n\nLONDON, March 2, 2020 (Reuters) - The government put the toll at 8, while human \
        rights groups said 35 people were killed on Friday.\n";
    let a = analyze(&[("first.txt", first), ("second.txt", second)]);
    let claims: Vec<&str> =
        a.disagreements.iter().filter(|d| d.kind == DisagreementKind::Claim).map(|d| d.summary.as_str()).collect();
    assert!(claims.iter().any(|c| c.contains("activists") && c.contains("20")), "{claims:?}");
    assert!(claims.iter().any(|c| c.contains("rights groups") && c.contains("35")), "{claims:?}");
    let eight = a.figures.iter().filter(|f| f.value == 8).map(|f| f.as_of.map(|d| d.to_string())).collect::<Vec<_>>();
    assert_eq!(eight, [Some("2020-02-28".to_string()), Some("2020-02-28".to_string())]);
    assert!(!a.disagreements.iter().any(|d| d.kind == DisagreementKind::Update), "{:?}", kinds(&a));
}

#[test]
fn values_are_written_with_their_thousands_grouped() {
    assert_eq!(parallax::compare::grouped(0), "0");
    assert_eq!(parallax::compare::grouped(999), "999");
    assert_eq!(parallax::compare::grouped(1011), "1,011");
    assert_eq!(parallax::compare::grouped(17_997), "17,997");
    assert_eq!(parallax::compare::grouped(65_000_000), "65,000,000");
    assert_eq!(parallax::compare::grouped(u64::MAX), "18,446,744,073,709,551,615");
}

/// A storm's counts by state are its parts, also where a state's name is a country's too
/// ("Georgia"): beside another report's whole toll they are no conflict.
#[test]
fn counts_by_state_named_like_a_country_are_not_set_against_the_toll() {
    let states = "Published: 6 March 2021\nThe storm killed 5 people in Florida and 3 in Georgia on Friday.\n";
    let toll = "Published: 6 March 2021\nThe storm killed eight people on Friday.\n";
    let a = analyze(&[("states.txt", states), ("toll.txt", toll)]);
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// A figure is marked by the disagreement that pairs it: a region's count beside an update of
/// the national toll is not that update.
#[test]
fn only_paired_figures_take_a_disagreement_status() {
    let first = "Quake\n\nMEXICO CITY, Sept. 8, 2017 (Reuters) - The quake killed at least 32 people on Friday. \
        In Oaxaca, 23 people died on Friday.\n";
    let second = "Quake toll\n\nMEXICO CITY, Sept. 9, 2017 (AP) - The death toll rose to 61 on Saturday.\n";
    let a = analyze(&[("first.txt", first), ("second.txt", second)]);
    assert!(a.disagreements.iter().any(|d| d.kind == DisagreementKind::Update), "{:?}", kinds(&a));
    let oaxaca = a.figures.iter().find(|f| f.value == 23).expect("Oaxaca's count");
    assert_ne!(oaxaca.status, Status::Update, "{oaxaca:?}");
    let national = a.figures.iter().find(|f| f.value == 61).expect("the toll");
    assert_eq!(national.status, Status::Update);
}

/// A storm's counts of two towns differ without disagreeing; two counts of one town do
/// disagree; a count "in" the event's country is compared with the tolls.
#[test]
fn counts_of_different_towns_are_not_compared() {
    let one = "Published: 6 March 2021\nFive people died in Springfield on Friday, officials said.\n";
    let two = "Published: 6 March 2021\nIn Shelbyville, eight people died on Friday.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
    let three = "Published: 6 March 2021\nSeven people died in Springfield on Friday.\n";
    let a = analyze(&[("one.txt", one), ("three.txt", three)]);
    assert!(kinds(&a).iter().any(|(k, _)| k == "conflict"), "{:?}", kinds(&a));
    let syria = "Published: 6 March 2021\nTwelve people were killed in Syria on Friday.\n";
    let toll = "Published: 6 March 2021\nThe attack killed 14 people on Friday.\n";
    let a = analyze(&[("syria.txt", syria), ("toll.txt", toll)]);
    assert!(kinds(&a).iter().any(|(k, _)| k == "conflict"), "{:?}", kinds(&a));
}

/// "In a separate attack", "another shooting": a figure of another event told beside this
/// one is background, and is never set against this event's toll. "Another shooting
/// victim" is a person of this event.
#[test]
fn a_separate_attack_is_background() {
    let wire = "Published: Monday 10 March 2025\n\
        A gunman killed six people at a market on Sunday, police said.\n\
        In a separate attack on Sunday, two people were killed at a checkpoint.\n\
        Another shooting in the city last month killed three people.\n\
        Another shooting victim remains in critical condition, and 4 people were treated and released.\n";
    let paper = "Published: Monday 10 March 2025\nSix people died in the market shooting on Sunday.\n";
    let a = analyze(&[("wire.txt", wire), ("paper.txt", paper)]);
    for v in [2, 3] {
        let f = a.figures.iter().find(|f| f.value == v).expect("figure");
        assert!(f.background, "{f:?}");
    }
    assert!(a.figures.iter().filter(|f| f.value == 6 || f.value == 4).all(|f| !f.background));
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// A count its own sentence corrects ("initially said 26 …, later revised the figure to 24")
/// is the count as it was, not one to set against another report's 24.
#[test]
fn a_count_revised_in_its_sentence_is_not_set_against_the_corrected_one() {
    let wire = "Published: Monday 7 April 2025\n\
        Police initially said 26 people had been shot, but later revised the figure to 24.\n";
    let paper = "Published: Monday 7 April 2025\nPolice said 24 people were shot.\n";
    let a = analyze(&[("wire.txt", wire), ("paper.txt", paper)]);
    assert!(!a.disagreements.iter().any(|d| d.kind == DisagreementKind::Conflict), "{:?}", kinds(&a));
    let first = a.figures.iter().find(|f| f.value == 26).expect("26");
    assert_eq!(first.as_of.map(|d| d.to_string()).as_deref(), Some("2025-04-06"), "the count as it was");
}

/// A topic's label reads as words: "people shot, …", "people injured, taken to hospital".
#[test]
fn topic_labels_of_the_shot_and_the_hospitalised_read_as_words() {
    let a = analyze(&[
        ("one.txt", "Published: 2 March 2020\nPolice said 26 people were shot on Sunday.\n"),
        ("two.txt", "Published: 2 March 2020\nPolice said 24 people were shot on Sunday.\n"),
        ("three.txt", "Published: 2 March 2020\nSix people were taken to hospital on Sunday.\n"),
        ("four.txt", "Published: 2 March 2020\nNine people were taken to hospital on Sunday.\n"),
    ]);
    let topics: Vec<&str> = a.disagreements.iter().map(|d| d.topic.as_str()).collect();
    assert!(topics.contains(&"people shot, the dead perhaps among them"), "{topics:?}");
    assert!(topics.contains(&"people injured, taken to hospital"), "{topics:?}");
}

/// Two reports whose counts name no day, and whose own days are unknown, may tell of days
/// weeks apart: their difference is shown as unsure, with the reason.
#[test]
fn counts_of_no_stated_day_differ_only_unsurely() {
    let a = analyze(&[
        ("early.txt", "Outbreak spreads\nThe virus has killed 3 people in the city, officials said.\n"),
        ("late.txt", "Outbreak report\nThe virus killed 7 people in the city, the health department said.\n"),
    ]);
    let d = a.disagreements.iter().find(|d| d.kind == DisagreementKind::Conflict).expect("a conflict");
    assert_eq!(d.strength, parallax::model::Strength::Weak, "{d:?}");
    assert!(d.reason.contains("which day"), "{}", d.reason);
}

/// Reports of two events years apart, each fixed by two reports or more, lend neither year to
/// a report that names only a weekday: its Tuesday is not the other reports' Tuesday, and its
/// toll is set against neither event's as a conflict on a stated day. Reports of one year
/// still lend theirs.
#[test]
fn reports_of_events_years_apart_lend_no_calendar() {
    let flood_a = "River flood\nPublished: 3 March 2016\nFive people were killed on Tuesday, police said.\n";
    let flood_b = "River flood\nPublished: 4 March 2016\nSix people were killed on Tuesday, officials said.\n";
    let mine_a = "Mine collapse\nPublished: 10 June 2019\nThree miners died on Sunday, the company said.\n";
    let mine_b = "Mine collapse\nPublished: 11 June 2019\nFour miners died on Sunday, the union said.\n";
    let fire = "Warehouse fire\n\nA fire on Tuesday killed nine people, the fire service said.\n";
    let a = analyze(&[("a.txt", flood_a), ("b.txt", flood_b), ("c.txt", mine_a), ("d.txt", mine_b), ("e.txt", fire)]);
    let nine = a.figures.iter().find(|f| f.value == 9).expect("the fire's toll");
    assert_eq!(nine.as_of, None, "no year or day is borrowed from another event");
    let firm_with_nine = a.disagreements.iter().any(|d| {
        d.kind == DisagreementKind::Conflict
            && d.figures.contains(&nine.id)
            && d.strength == parallax::model::Strength::Hard
    });
    assert!(!firm_with_nine, "{:#?}", a.disagreements);
    // One event's reports: the year they fix is the undated report's too.
    let a = analyze(&[("a.txt", flood_a), ("b.txt", flood_b), ("e.txt", fire)]);
    let nine = a.figures.iter().find(|f| f.value == 9).expect("the fire's toll");
    assert_eq!(nine.as_of.map(|d| d.to_string()).as_deref(), Some("2016-03-01"));
}

/// A storm's counts of two states are compared state by state: a state's toll, named by the
/// state that gives it ("Louisiana reported six deaths", "Texas officials said 11 had died in
/// the state") or before "toll" ("the Louisiana toll"), never against the storm's whole toll.
#[test]
fn counts_of_one_state_are_compared_only_with_that_state_s() {
    let a = analyze(&[
        (
            "ap.txt",
            "Storm kills 14\nPublished: Sunday 9 June 2024\n\
             Severe storms killed at least 14 people across Texas and Louisiana on Saturday, officials said.\n\
             In Texas, nine people died, including three children, and 40 were injured.\n\
             Five people were killed in Louisiana, the state's governor said.\n",
        ),
        (
            "monday.txt",
            "Storm toll rises to 17\nPublished: Monday 10 June 2024\n\
             The death toll from the storms rose to 17 on Monday, officials said.\n\
             In Texas, 12 people have now died, and the Louisiana toll remained at five.\n",
        ),
        (
            "count.txt",
            "Residents count the cost\nPublished: 10 June 2024\n\
             Texas officials said 11 people had died in the state, while Louisiana reported six deaths.\n",
        ),
    ]);
    let k = kinds(&a);
    assert!(k.contains(&("conflict".into(), "people killed in Louisiana".into())), "{k:?}");
    assert!(k.contains(&("conflict".into(), "people killed in Texas".into())), "{k:?}");
    assert!(k.contains(&("update".into(), "people killed".into())), "{k:?}");
    // The whole toll (17) is never set against one state's count.
    assert!(
        !a.disagreements.iter().any(|d| d.topic == "people killed" && d.kind == DisagreementKind::Conflict),
        "{k:?}"
    );
    // "…, including three children, and 40 were injured": the 40 are not children, nor dead.
    let forty = a.figures.iter().find(|f| f.value == 40).expect("40 injured");
    assert_eq!((forty.outcome, forty.who.as_ref()), (parallax::model::Outcome::Injured, "people"));
}

/// A party's claim is held against the official count of the same people, or of people at
/// large: "rebels say 40 civilians died" is not set against "12 soldiers killed".
#[test]
fn a_claim_is_held_only_against_a_count_of_its_people() {
    let a = analyze(&[
        (
            "army.txt",
            "Clashes in the north\nPublished: 4 June 2024\n\
             The army said 12 soldiers were killed in the clashes on Monday.\n",
        ),
        (
            "rebels.txt",
            "Rebels give their count\nPublished: 4 June 2024\n\
             The rebels claimed that 40 civilians had been killed on Monday.\n",
        ),
    ]);
    assert!(!a.disagreements.iter().any(|d| d.kind == DisagreementKind::Claim), "{:?}", kinds(&a));
    let b = analyze(&[
        (
            "official.txt",
            "Mine toll\nPublished: 4 June 2024\n\
             Officials said 23 people were killed in the mine collapse.\n",
        ),
        ("union.txt", "Union count\nPublished: 4 June 2024\nThe miners' union says 31 workers were killed.\n"),
    ]);
    assert!(b.disagreements.iter().any(|d| d.kind == DisagreementKind::Claim), "{:?}", kinds(&b));
}

/// "Dozens still trapped" is a size told by a word, not a count: never a conflict with
/// another report's 20.
#[test]
fn a_size_told_by_a_word_is_not_set_against_a_count() {
    let one = "Quake\nPublished: 10 March 2020\nOn Tuesday 20 people were still missing, the governor said.\n";
    let two = "Quake: rescue goes on\nPublished: 10 March 2020\nDozens of people were still missing on Tuesday.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    assert!(a.figures.iter().any(|f| f.vague && f.doc == "d2"), "{:?}", a.figures);
    assert!(a.disagreements.is_empty(), "{:?}", kinds(&a));
}

/// A day's count is the one most reports give; between one report's exact count and
/// another's floor ("at least 150", beside the 143 it also gives), the count: an update
/// from Monday's "at least 120" to 143, where a floor against a floor would show none.
#[test]
fn a_day_s_count_is_a_count_before_a_floor() {
    let mon = "Quake\nPublished: 9 March 2020\nThe earthquake killed at least 120 people on Monday, officials said.\n";
    let tue = "Quake toll rises\nPublished: 10 March 2020\nThe number of people killed rose to 143 on Tuesday, officials said.\n";
    let other = "Quake\nPublished: 10 March 2020\n\
        At least 150 people were killed, the health ministry said on Tuesday, while the disaster agency put the toll at 143.\n";
    let a = analyze(&[("mon.txt", mon), ("tue.txt", tue), ("other.txt", other)]);
    let update = a.disagreements.iter().find(|d| d.kind == DisagreementKind::Update).expect("an update");
    assert!(update.summary.contains("at least 120") && update.summary.contains("then 143"), "{}", update.summary);
}

/// "In Malatya province alone, 45 people died": a province named with its kind (and "alone")
/// scopes the count like a town's, and its governor's count "in his province" too.
#[test]
fn counts_of_a_province_named_with_its_kind_are_its_own() {
    let mon = "Quake\nPublished: 9 March 2020\n\
        The earthquake killed at least 120 people on Monday.\n\
        In Malatya province alone, 45 people died on Monday. In Elazig province, 38 were killed.\n";
    let tue = "Quake toll rises\nPublished: 10 March 2020\n\
        The toll rose to 143 on Tuesday.\n\
        Malatya governor Aydin Barus said on Tuesday the toll in his province had reached 51.\n";
    let a = analyze(&[("mon.txt", mon), ("tue.txt", tue)]);
    let k = kinds(&a);
    assert!(k.contains(&("update".into(), "people killed in Malatya".into())), "{k:?}");
    assert!(k.contains(&("update".into(), "people killed".into())), "{k:?}");
    assert!(!k.iter().any(|(kind, _)| kind == "conflict"), "{k:?}");
}

/// "4,052 cases since the outbreak began in October" is the outbreak's count now, not
/// another month's event: it is followed over the days with the later reports'.
#[test]
fn a_count_since_a_month_is_not_of_that_month() {
    let fri = "Measles\nPublished: 29 November 2019\n\
        The epidemic has killed 53 people, the government said on Friday.\n\
        There have been 4,052 cases since the outbreak began in October, officials said on Friday.\n";
    let mon = "Measles\nPublished: 2 December 2019\n\
        The government said on Monday that 60 people had died, 52 of them children under the age of four.\n\
        The number of cases rose to 4,217 on Monday.\n";
    let a = analyze(&[("fri.txt", fri), ("mon.txt", mon)]);
    assert!(a.figures.iter().any(|f| f.value == 4052 && !f.background), "{:?}", a.figures);
    let k = kinds(&a);
    assert!(k.contains(&("update".into(), "people ill".into())), "{k:?}");
    let children = a.figures.iter().find(|f| f.value == 52).expect("the children among the dead");
    assert_eq!(children.span, parallax::model::Span::Part);
}

/// "The shooting came six weeks after a massacre at a club in another city, where a gunman
/// killed 49 people": another event, a span of time apart, set against nothing.
#[test]
fn an_event_weeks_before_the_story_s_is_background() {
    let one = "Club shooting\nPublished: 25 July 2016\n\
        Two people were killed and 17 injured at the club on Monday, police said.\n\
        The shooting came six weeks after a massacre at a nightclub in Orlando, where a gunman killed 49 people.\n";
    let two = "Club shooting\nPublished: 25 July 2016\nTwo people died and 16 were hurt on Monday, police said.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let orlando = a.figures.iter().find(|f| f.value == 49).expect("the other event's toll");
    assert!(orlando.background);
    assert!(!kinds(&a).iter().any(|(_, topic)| topic == "people killed"), "{:?}", kinds(&a));
}

/// "The opposition said", "protesters said", "organisers said": parties whose counts are
/// claims; only a party's toll is held against the official one, not a part of it ("five of
/// them in Homs").
#[test]
fn claims_of_the_opposition_and_protesters_but_not_their_parts() {
    let one = "Crackdown\nPublished: 8 July 2011\n\
        The opposition said 13 protesters were killed on Friday, including five in Homs.\n";
    let two = "Crackdown\nPublished: 8 July 2011\nThe interior ministry said two people were killed on Friday.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    let thirteen = a.figures.iter().find(|f| f.value == 13).expect("the opposition's count");
    assert!(thirteen.claim && thirteen.by.as_deref() == Some("The opposition"), "{thirteen:?}");
    let claims: Vec<&str> =
        a.disagreements.iter().filter(|d| d.kind == DisagreementKind::Claim).map(|d| d.summary.as_str()).collect();
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert!(claims[0].contains("13"), "{claims:?}");
}
