//! The extractor on reports written for these tests: other events, other phrasings, lower
//! case and odd spacing. Each test checks what an editor would read off the text.

use parallax::ingest::ingest_bytes;
use parallax::model::Analysis;
use parallax::model::Figure;
use parallax::model::Outcome;

fn analyze(texts: &[(&str, &str)]) -> Analysis {
    let docs: Vec<_> = texts
        .iter()
        .map(|(name, text)| ingest_bytes(name, name, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect();
    parallax::analyze_documents(&docs, Vec::new())
}

/// The figure with this value whose text contains `words`.
fn fig<'a>(a: &'a Analysis, value: u64, words: &str) -> &'a Figure {
    a.figures.iter().find(|f| f.value == value && f.text.contains(words)).unwrap_or_else(|| {
        panic!(
            "no figure {value} '{words}' in {:#?}",
            a.figures.iter().map(|f| (&f.text, f.value, &f.outcome)).collect::<Vec<_>>()
        )
    })
}

const QUAKE: &str = "Quake kills hundreds in Turkey and Syria\nPublished: 6 February 2023\n\
A powerful earthquake struck southern Turkey early on Monday, killing at least 1,442 people and injuring more than 8,000, officials said.\n\
The quake, of magnitude 7.8, hit at 04:17 local time about 33km (20 miles) west of Gaziantep.\n\
In neighbouring Syria, the health ministry said 237 people had died and 630 were hurt in government-held areas.\n\
Rescue teams pulled 42 survivors from the rubble overnight, the disaster agency said.\n\
Four firefighters were among the dead in Malatya.\n\
Some 300 Pakistani nationals were evacuated from the region, Pakistan's foreign office said.\n";

#[test]
fn earthquake_toll_with_qualifiers_ellipsis_and_attribution() {
    let a = analyze(&[("quake.txt", QUAKE)]);
    let f = fig(&a, 1442, "1,442 people");
    assert_eq!((f.outcome.as_str(), f.approx.as_str(), f.low, f.high), ("killed", "at_least", Some(1442), None));
    assert_eq!(f.by.as_deref(), Some("officials"));
    assert_eq!(f.as_of.map(|d| d.to_string()).as_deref(), Some("2023-02-06"), "Monday, the publication day");
    let f = fig(&a, 8000, "8,000");
    assert_eq!((f.outcome.as_str(), f.approx.as_str()), ("injured", "more_than"));
    assert_eq!(fig(&a, 630, "630").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 237, "237").by.as_deref(), Some("the health ministry"));
    assert_eq!(fig(&a, 42, "survivors").outcome, Outcome::Freed);
    let f = fig(&a, 4, "firefighters");
    assert_eq!((f.outcome.as_str(), f.who.as_ref()), ("killed", "firefighters"));
    let f = fig(&a, 300, "Pakistani");
    assert_eq!(
        (f.outcome.as_str(), f.nationality.as_deref(), f.approx.as_str()),
        ("evacuated", Some("Pakistan"), "about")
    );
    // Not people: the magnitude, the clock time, the distance.
    assert!(!a.figures.iter().any(|f| [7, 4, 17, 33, 20].contains(&f.value) && f.outcome != Outcome::Killed));
    // The headline's "kills hundreds" is a figure too, as vague as it is written.
    let f = fig(&a, 200, "hundreds");
    assert_eq!((f.outcome.as_str(), f.approx.as_str(), f.low), ("killed", "at_least", Some(200)));
    assert_eq!(a.figures.len(), 8, "{:#?}", a.figures);
    let r = &a.relations[0];
    assert_eq!((r.object.as_str(), r.km, r.bearing.as_deref()), ("Gaziantep", Some(33.0), Some("W")));
}

#[test]
fn a_toll_that_rises_day_by_day_gets_its_days() {
    let text = "Flash floods swept through the valley on 14 July, leaving 19 people dead and 40 missing.\n\
        By 16 July, the toll had risen to 35, with 12 still unaccounted for, the regional governor said.\n\
        More than 2,000 residents were evacuated from low-lying villages.\n";
    let a = analyze(&[("flood.txt", text)]);
    let f = fig(&a, 19, "19 people");
    assert_eq!((f.outcome.as_str(), f.as_of.map(|d| d.to_string()).as_deref()), ("killed", Some("--07-14")));
    assert_eq!(fig(&a, 40, "40").outcome, Outcome::Missing);
    let f = fig(&a, 35, "35");
    assert_eq!((f.outcome.as_str(), f.as_of.map(|d| d.to_string()).as_deref()), ("killed", Some("--07-16")));
    assert_eq!(f.by.as_deref(), Some("the regional governor"));
    let f = fig(&a, 12, "12");
    assert_eq!((f.outcome.as_str(), f.as_of.map(|d| d.to_string()).as_deref()), ("missing", Some("--07-16")));
    let f = fig(&a, 2000, "2,000 residents");
    assert_eq!((f.outcome.as_str(), f.who.as_ref(), f.approx.as_str()), ("evacuated", "residents", "more_than"));
    assert_eq!(
        a.documents[0].published.map(|d| d.to_string()).as_deref(),
        Some("--07-16"),
        "inferred from the latest day named"
    );
}

#[test]
fn lower_case_shooting_report() {
    let text = "a gunman opened fire at a shopping centre on saturday, killing eight people before he was shot dead by police.\n\
        seven others were wounded, police chief anna berg told reporters.\n\
        the attacker, a 21-year-old man, fired more than 40 rounds.\n\
        three of the dead were children, the mayor said.\n";
    let a = analyze(&[("shooting.txt", text)]);
    assert_eq!(fig(&a, 8, "eight people").outcome, Outcome::Killed);
    let f = fig(&a, 7, "seven others");
    assert_eq!((f.outcome.as_str(), f.by.as_deref()), ("injured", Some("police chief anna berg")));
    let f = fig(&a, 3, "three of the dead");
    assert_eq!((f.outcome.as_str(), f.who.as_ref()), ("killed", "children"));
    assert!(!a.figures.iter().any(|f| f.value == 40 || f.value == 21), "rounds and ages count no people");
}

#[test]
fn plane_crash_totals_and_all_aboard() {
    let text = "All 132 passengers and crew aboard the flight died when it crashed in the mountains on Monday, state media reported.\n\
        The jet was carrying 123 passengers and nine crew members, the airline said.\n";
    let a = analyze(&[("crash.txt", text)]);
    let f = fig(&a, 132, "132 passengers");
    assert_eq!((f.outcome.as_str(), f.who.as_ref(), f.by.as_deref()), ("killed", "passengers", Some("state media")));
    assert_eq!(fig(&a, 123, "123 passengers").outcome, Outcome::Total);
    let f = fig(&a, 9, "nine crew");
    assert_eq!((f.outcome.as_str(), f.who.as_ref()), ("total", "workers"));
}

#[test]
fn breakdowns_partitives_and_nationalities() {
    let text = "The rebels said they were holding nine foreigners: two French, four Italians and three Canadians.\n\
        Officials said 40 of the 62 miners had been rescued.\n\
        Some 210 local workers and 35 foreign engineers were freed on Friday, while 3 Filipinos remain missing.\n\
        A Briton and an Australian died in the first attack, the foreign office said.\n\
        The Kenyan government said two of its citizens were among the dead.\n";
    let a = analyze(&[("siege.txt", text)]);
    let total = fig(&a, 9, "nine foreigners");
    assert_eq!(
        (total.outcome.as_str(), total.who.as_ref(), total.nationality.as_deref()),
        ("held", "hostages", Some("foreign"))
    );
    assert!(total.claim, "the rebels' own count is a claim");
    let it = fig(&a, 4, "four Italians");
    assert_eq!(
        (it.outcome.as_str(), it.nationality.as_deref(), it.part_of.as_ref()),
        ("held", Some("Italy"), Some(&total.id))
    );
    assert_eq!(fig(&a, 3, "three Canadians").nationality.as_deref(), Some("Canada"));
    assert_eq!(fig(&a, 2, "two French").nationality.as_deref(), Some("France"));
    assert_eq!(fig(&a, 40, "40 of the 62").outcome, Outcome::Freed);
    let whole = fig(&a, 62, "62 miners");
    assert_eq!((whole.outcome.as_str(), whole.who.as_ref()), ("total", "workers"));
    let f = fig(&a, 35, "35 foreign engineers");
    assert_eq!((f.outcome.as_str(), f.nationality.as_deref()), ("freed", Some("foreign")));
    assert_eq!(fig(&a, 3, "3 Filipinos").nationality.as_deref(), Some("Philippines"));
    assert_eq!(fig(&a, 3, "3 Filipinos").outcome, Outcome::Missing);
    let briton = fig(&a, 1, "A Briton");
    assert_eq!((briton.outcome.as_str(), briton.nationality.as_deref()), ("killed", Some("United Kingdom")));
    assert_eq!(fig(&a, 1, "an Australian").nationality.as_deref(), Some("Australia"));
    let kenya = fig(&a, 2, "two of its citizens");
    assert_eq!((kenya.outcome.as_str(), kenya.nationality.as_deref()), ("killed", Some("Kenya")));
}

#[test]
fn shared_predicates_and_clause_distant_outcomes() {
    let text = "Eleven soldiers and 27 insurgents in total are now known to have died.\n\
        The army killed all 14 attackers, the defence ministry said, but two hostages were wounded.\n\
        At least 6 police officers and 3 civilians were killed in the blast, although the group claimed 30 soldiers died.\n";
    let a = analyze(&[("war.txt", text)]);
    assert_eq!(fig(&a, 11, "Eleven soldiers").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 27, "27 insurgents").who, "militants");
    assert_eq!(fig(&a, 27, "27 insurgents").outcome, Outcome::Killed);
    let f = fig(&a, 14, "14 attackers");
    assert_eq!((f.outcome.as_str(), f.by.as_deref()), ("killed", Some("the defence ministry")));
    assert_eq!(fig(&a, 2, "two hostages").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 6, "6 police").who, "police");
    assert_eq!(fig(&a, 3, "3 civilians").outcome, Outcome::Killed);
    let claim = fig(&a, 30, "30 soldiers");
    assert!(claim.claim && claim.by.as_deref() == Some("the group"), "{claim:?}");
}

#[test]
fn odd_spacing_and_bracketed_credits() {
    let text = "Gunmen attacked the hotel at 21: 00 on Friday 3 May 2024 ( ap ) .\n\
        At least  12 guests were killed and 20 injured , police said .\n";
    let a = analyze(&[("odd.txt", text)]);
    let f = fig(&a, 12, "12 guests");
    assert_eq!((f.outcome.as_str(), f.as_of.map(|d| d.to_string()).as_deref()), ("killed", Some("2024-05-03")));
    assert_eq!(fig(&a, 20, "20").outcome, Outcome::Injured);
    assert_eq!(a.timeline[0].time.as_deref(), Some("21:00"));
    assert_eq!(a.timeline[0].weekday.as_deref(), Some("Friday"));
}

#[test]
fn reports_share_a_calendar_and_the_timeline_merges_them() {
    let first = "The ferry sank in a storm on Tuesday night after the engine failed.\nThe coast guard said 30 people were rescued.\n\
        - Ferry sinks: 2300 local time 12 March: the ferry sinks in a storm after the engine fails.\n";
    let second = "By Thursday, divers had recovered 17 bodies, the coast guard said.\nThe ferry sank in a storm on Tuesday after the engine failed.\n";
    let a = analyze(&[("a.txt", first), ("b.txt", second)]);
    let f = fig(&a, 17, "17 bodies");
    assert_eq!(
        (f.outcome.as_str(), f.as_of.map(|d| d.to_string()).as_deref()),
        ("killed", Some("--03-14")),
        "Thursday, with the first report's calendar"
    );
    let tuesday = a.timeline.iter().find(|t| t.date.to_string() == "--03-12").expect("12 March");
    assert_eq!(tuesday.docs, ["d1", "d2"]);
    assert_eq!(tuesday.time.as_deref(), Some("23:00 local time"));
}

#[test]
fn numbers_that_count_no_people_are_ignored() {
    let text = "Troops recovered six machine guns, 21 rifles and 10 grenades.\n\
        The 1993 attack cost $2 million and lasted 3 hours, 40km from the border.\n\
        The vote was 52 to 48.\n";
    let a = analyze(&[("x.txt", text)]);
    assert!(a.figures.is_empty(), "{:#?}", a.figures);
}

#[test]
fn wire_story_phrasings() {
    let text = "The death toll from the floods has risen to 57, with dozens more missing, officials said on Wednesday.\n\
        Police said 12 people had been arrested.\n\
        Of the 300 passengers on board, 260 have been rescued and 40 are missing.\n\
        A total of 14 bodies have been recovered so far.\n\
        More than 1,000 people have been displaced.\n\
        Eight people, including three children, died in the fire.\n\
        Authorities confirmed 23 deaths.\n\
        Gunmen kidnapped 276 schoolgirls from their school.\n\
        The number of miners killed in the collapse at the mine rose to 17 on Thursday.\n";
    let a = analyze(&[("wire.txt", text)]);
    assert_eq!(fig(&a, 57, "57").outcome, Outcome::Killed);
    let dozens = fig(&a, 24, "dozens");
    assert_eq!((dozens.outcome.as_str(), dozens.approx.as_str()), ("missing", "at_least"));
    // People arrested are held (the schema has no outcome of its own for them).
    assert_eq!(fig(&a, 12, "12 people").outcome, Outcome::Held);
    assert_eq!(fig(&a, 300, "300 passengers").outcome, Outcome::Total);
    let rescued = fig(&a, 260, "260");
    assert_eq!((rescued.outcome.as_str(), rescued.who.as_ref()), ("freed", "passengers"));
    assert_eq!(fig(&a, 40, "40").outcome, Outcome::Missing);
    assert_eq!(fig(&a, 14, "14 bodies").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 1000, "1,000 people").outcome, Outcome::Evacuated);
    let children = fig(&a, 3, "three children");
    assert_eq!((children.outcome.as_str(), children.who.as_ref()), ("killed", "children"));
    assert_eq!(children.part_of.as_ref(), Some(&fig(&a, 8, "Eight people").id));
    assert_eq!(fig(&a, 23, "23 deaths").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 276, "276 schoolgirls").outcome, Outcome::Held);
    assert_eq!(fig(&a, 17, "17").outcome, Outcome::Killed);
}

#[test]
fn compound_nouns_and_dateline_agencies() {
    let text = "HOUSTON (AP) — A storm slammed into the coast on Monday, killing at least four people.\n\
        A police officer was also killed on his way to work, authorities said.\n\
        Three aid workers were injured when their truck overturned.\n";
    let a = analyze(&[("storm.txt", text)]);
    assert_eq!(a.documents[0].outlet.as_deref(), Some("Associated Press"));
    let f = fig(&a, 1, "A police officer");
    assert_eq!((f.outcome.as_str(), f.who.as_ref(), f.by.as_deref()), ("killed", "police", Some("authorities")));
    assert_eq!(fig(&a, 3, "Three aid workers").who, "workers");
    assert_eq!(fig(&a, 3, "Three aid workers").outcome, Outcome::Injured);
}

#[test]
fn parts_share_the_outcome_of_their_whole() {
    let text = "KYIV, March 4 (Reuters) - A missile strike on an apartment block killed 12 people, including five children, and wounded 18 others, the regional governor said on Sunday.\n";
    let a = analyze(&[("strike.txt", text)]);
    assert_eq!(a.documents[0].outlet.as_deref(), Some("Reuters"));
    let whole = fig(&a, 12, "12 people");
    let part = fig(&a, 5, "five children");
    assert_eq!((part.outcome.as_str(), part.part_of.as_ref()), ("killed", Some(&whole.id)));
    let others = fig(&a, 18, "18 others");
    assert_eq!((others.outcome.as_str(), others.who.as_ref()), ("injured", "people"));
    assert_eq!(whole.by.as_deref(), Some("the regional governor"));
}

#[test]
fn tolls_named_as_the_number_of_people_and_their_outcome() {
    let ferry = "Ferry capsizes on the Meghna\nPublished: 14 August 2023\n\
        Police said 162 passengers had been rescued, while the coast guard put the number of survivors at 170.\n\
        The number of crew members missing rose to 4 on Monday.\n\
        The number of Indian nationals freed by the hijackers reached 11, the embassy said.\n";
    let a = analyze(&[("ferry.txt", ferry)]);
    let survivors = fig(&a, 170, "170");
    assert_eq!((survivors.outcome.as_str(), survivors.by.as_deref()), ("safe", Some("the coast guard")));
    assert_eq!(fig(&a, 162, "162 passengers").outcome, Outcome::Freed);
    let crew = fig(&a, 4, "4");
    assert_eq!((crew.outcome.as_str(), crew.who.as_ref()), ("missing", "workers"));
    let freed = fig(&a, 11, "11");
    assert_eq!((freed.outcome.as_str(), freed.nationality.as_deref()), ("freed", Some("India")));
}

#[test]
fn a_count_since_a_day_and_the_present_perfect_hold_on_the_report_s_day() {
    let war = "Published: 6 November 2023\n\
        The health ministry says more than 10,000 people have been killed in the territory since 7 October.\n\
        Israel says about 1,400 people were killed in the attack on 7 October.\n\
        Some 1.5 million people in Gaza have been displaced, according to the UN.\n";
    let a = analyze(&[("war.txt", war)]);
    assert_eq!(
        fig(&a, 10000, "10,000 people").as_of.map(|d| d.to_string()).as_deref(),
        Some("2023-11-06"),
        "since opens a period"
    );
    assert_eq!(
        fig(&a, 1400, "1,400 people").as_of.map(|d| d.to_string()).as_deref(),
        Some("2023-10-07"),
        "the day of the attack"
    );
    let displaced = fig(&a, 1_500_000, "1.5 million people");
    assert_eq!(
        (displaced.outcome.as_str(), displaced.as_of.map(|d| d.to_string()).as_deref()),
        ("evacuated", Some("2023-11-06"))
    );
}

#[test]
fn among_the_dead_were_names_the_parts_of_a_toll() {
    let storm = "Published: 27 October 2023\n\
        The death toll from the hurricane climbed to 27 on Thursday, officials said.\n\
        Among the dead were three U.S. citizens and a Canadian, according to their governments.\n\
        Among the injured are 14 firefighters.\n";
    let a = analyze(&[("storm.txt", storm)]);
    let us = fig(&a, 3, "three U.S. citizens");
    assert_eq!((us.outcome.as_str(), us.nationality.as_deref()), ("killed", Some("United States")));
    let ca = fig(&a, 1, "a Canadian");
    assert_eq!((ca.outcome.as_str(), ca.nationality.as_deref(), ca.implicit), ("killed", Some("Canada"), true));
    let ff = fig(&a, 14, "14 firefighters");
    assert_eq!((ff.outcome.as_str(), ff.who.as_ref()), ("injured", "firefighters"));
}

#[test]
fn what_happened_since_to_people_held_or_missing_and_lists_of_the_dead() {
    let raid = "Published: 9 June 2024\n\
        Gunmen attacked a market on Saturday, killing 23 people and wounding a dozen others, police said.\n\
        The dead included two police officers, according to police spokesman Abubakar Sadiq.\n\
        Police said 15 kidnapped traders were rescued on Sunday.\n\
        The five missing herders were found dead on Monday, while three injured soldiers were evacuated.\n";
    let a = analyze(&[("raid.txt", raid)]);
    assert_eq!(fig(&a, 12, "a dozen others").outcome, Outcome::Injured);
    let police = fig(&a, 2, "two police");
    assert_eq!((police.outcome.as_str(), police.who.as_ref()), ("killed", "police"));
    assert_eq!(fig(&a, 15, "15 kidnapped traders").outcome, Outcome::Freed);
    assert_eq!(fig(&a, 5, "five missing herders").outcome, Outcome::Killed);
    assert_eq!(
        fig(&a, 3, "three injured soldiers").outcome,
        Outcome::Injured,
        "the injured stay a count of the injured"
    );
}

#[test]
fn vague_counts_of_people() {
    let flood = "Published: 2 July 2024\n\
        Hundreds of villagers fled to the provincial capital on Monday.\n\
        Dozens of people were injured when a bridge collapsed.\n\
        Tens of thousands of residents have been evacuated, the government said.\n\
        A couple of fishermen are missing. The couple who ran the ferry were rescued.\n";
    let a = analyze(&[("flood.txt", flood)]);
    let missing = fig(&a, 2, "A couple of fishermen");
    assert_eq!((missing.outcome.as_str(), missing.approx.as_str()), ("missing", "at_least"));
    assert!(
        !a.figures.iter().any(|f| f.text.contains("The couple")),
        "a couple of people is no count: {:?}",
        a.figures
    );
    let fled = fig(&a, 200, "Hundreds of villagers");
    assert_eq!((fled.outcome.as_str(), fled.approx.as_str()), ("evacuated", "at_least"));
    assert_eq!(fig(&a, 24, "Dozens of people").outcome, Outcome::Injured);
    let evacuated = fig(&a, 20_000, "Tens of thousands of residents");
    assert_eq!(
        (evacuated.outcome.as_str(), evacuated.as_of.map(|d| d.to_string()).as_deref()),
        ("evacuated", Some("2024-07-02"))
    );
}

#[test]
fn ferry_and_collapse_phrasings() {
    let ferry = "Ferry capsizes off Halmera\nPublished: 14 August 2024\n\
        At least 31 people died after an overcrowded ferry capsized on Tuesday night, officials said.\n\
        The vessel had 212 people on board, according to the national search and rescue agency.\n\
        Among the dead were four children and a crew member.\n\
        A bus driver was also killed when the quay collapsed.\n";
    let a = analyze(&[("ferry.txt", ferry)]);
    // The attribution runs on through lower-case words to the body that gives the figure.
    assert_eq!(fig(&a, 212, "212 people").by.as_deref(), Some("the national search and rescue agency"));
    // One lower-case word before a singular noun of people: an implicit one, with the class
    // of the two-word noun.
    let crew = fig(&a, 1, "a crew member");
    assert_eq!((crew.outcome.as_str(), crew.who.as_ref(), crew.implicit), ("killed", "workers", true));
    assert_eq!(fig(&a, 1, "A bus driver").outcome, Outcome::Killed);

    let collapse = "LAGOS, 6 March 2023 (Reuters) - A building under construction collapsed on Saturday, killing at least nine workers, emergency officials said.\n\
        On Sunday the agency put the number of dead at 14 and said 11 people were still believed to be trapped.\n";
    let a = analyze(&[("collapse.txt", collapse)]);
    // A day before the speaker is not part of its name.
    let dead = fig(&a, 14, "14");
    assert_eq!((dead.outcome.as_str(), dead.by.as_deref()), ("killed", Some("the agency")));
    let trapped = fig(&a, 11, "11 people");
    assert_eq!(
        (trapped.outcome.as_str(), trapped.as_of.map(|d| d.to_string()).as_deref()),
        ("missing", Some("2023-03-05"))
    );
}

#[test]
fn wildfire_and_stampede_phrasings() {
    let fire = "Wildfire toll climbs\nPublished: 22 July 2023\n\
        A wildfire north of Thessa has claimed the lives of 19 people, the fire service said on Saturday.\n\
        The blaze forced the evacuation of some 2,500 residents.\n\
        More than 60 people were hospitalised with burns, and 23 were treated for smoke inhalation.\n\
        Local official Ana Petrou told reporters that 18 people were in critical condition.\n\
        At least 16 people have died in a fire at a garment factory in Karachi, rescue officials said on Monday.\n";
    let a = analyze(&[("fire.txt", fire)]);
    // "claimed the lives of" tells what happened; the fire service gave the figure.
    let dead = fig(&a, 19, "19 people");
    assert_eq!((dead.outcome.as_str(), dead.by.as_deref(), dead.claim), ("killed", Some("the fire service"), false));
    let evacuated = fig(&a, 2500, "some 2,500 residents");
    assert_eq!((evacuated.outcome.as_str(), evacuated.approx.as_str()), ("evacuated", "about"));
    assert_eq!(fig(&a, 23, "23").outcome, Outcome::Injured);
    let critical = fig(&a, 18, "18 people");
    assert_eq!((critical.outcome.as_str(), critical.by.as_deref()), ("injured", Some("Local official Ana Petrou")));
    // A lower-case modifier after the comma belongs to the office.
    assert_eq!(fig(&a, 16, "At least 16 people").by.as_deref(), Some("rescue officials"));
}

#[test]
fn lists_of_parts_and_who_is_a_party() {
    let text = "BAMAKO (Reuters) - Gunmen released 14 hostages, including two Britons, an American and a Japanese national, the aid group said on Saturday.\n\
        A suicide bomber struck a classroom on Friday, killing at least 35 people and wounding 82, the UN mission said.\n";
    let a = analyze(&[("mali.txt", text)]);
    let whole = fig(&a, 14, "14 hostages");
    // Every part of the list belongs to the whole and shares what happened to it.
    for words in ["two Britons", "an American", "a Japanese national"] {
        let part = a.figures.iter().find(|f| f.text == words).unwrap_or_else(|| panic!("no figure '{words}'"));
        assert_eq!((part.outcome.as_str(), part.part_of.as_ref()), ("freed", Some(&whole.id)), "{words}");
    }
    assert_eq!(fig(&a, 1, "a Japanese national").nationality.as_deref(), Some("Japan"));
    // An aid group is not a party to the events; a body named before "said" gives the figure.
    assert_eq!((whole.by.as_deref(), whole.claim), (Some("the aid group"), false));
    assert_eq!(fig(&a, 35, "at least 35 people").by.as_deref(), Some("the UN mission"));
}

#[test]
fn labels_ages_and_no_one() {
    let text = "Train derailment near Velka\nPublished: 9 June 2024\n\
        A passenger train derailed on Sunday, leaving at least five people dead.\n\
        A 12-year-old boy and two policemen were among the injured, the regional hospital said.\n\
        Death toll: 7. Injured: 41.\n\
        No one was hurt on the second train.\n\
        A woman later died in hospital, bringing the toll to 8.\n";
    let a = analyze(&[("derail.txt", text)]);
    // An adverb between the person and the verb.
    let woman = fig(&a, 1, "A woman");
    assert_eq!((woman.outcome.as_str(), woman.implicit), ("killed", true));
    let boy = fig(&a, 1, "A 12-year-old boy");
    assert_eq!((boy.outcome.as_str(), boy.who.as_ref(), boy.implicit), ("injured", "children", true));
    // A label and a colon say what the number counts.
    let dead = a.figures.iter().find(|f| f.sentence.starts_with("Death toll") && f.value == 7);
    assert_eq!(dead.map(|f| f.outcome.as_str()), Some("killed"));
    assert_eq!(fig(&a, 41, "41").outcome, Outcome::Injured);
    // "No one" counts nobody: no figure of one.
    assert!(
        !a.figures.iter().any(|f| f.sentence.starts_with("No one")),
        "{:?}",
        a.figures.iter().map(|f| &f.text).collect::<Vec<_>>()
    );
}

#[test]
fn nationality_after_the_noun_and_a_relative_day_far_from_its_anchor() {
    let text = "Floods in eastern Spain\nPublished: 31 October 2024\n\
        Flash floods have killed at least 14 people, the regional emergency service said on Wednesday.\n\
        Three people from the Netherlands were among the dead, the foreign ministry said.\n\
        Four Ford employees were rescued from a flooded factory.\n\
        Hundreds of cars were swept away in the night.\n\
        Two days earlier, 200 residents had been evacuated from Paiporta.\n";
    let a = analyze(&[("floods.txt", text)]);
    assert_eq!(fig(&a, 3, "Three people").nationality.as_deref(), Some("Netherlands"));
    assert_eq!(fig(&a, 4, "Four Ford employees").org.as_deref(), Some("Ford"));
    // Two days before the last day the report named, three sentences up.
    assert_eq!(fig(&a, 200, "200 residents").as_of.map(|d| d.to_string()).as_deref(), Some("2024-10-28"));
}

/// "He said …": the speaker is the last one named in an earlier sentence, even with figureless
/// sentences and another speaker's pronoun in between.
const LANDSLIDE: &str = "Landslide buries hillside village\nPublished: 9 May 2024\n\
Rescue workers reached the village of Tarso on Thursday.\n\
The regional governor said the army had been called in. Roads remained cut by mud.\n\
He said 31 people had died and 12 were missing.\n\
The Red Cross said its teams were on the way. It said 40 people were injured.\n";

#[test]
fn pronoun_speaker_reaches_back_past_sentences_without_figures() {
    let a = analyze(&[("landslide.txt", LANDSLIDE)]);
    let f = fig(&a, 31, "31");
    assert_eq!((f.outcome.as_str(), f.by.as_deref()), ("killed", Some("The regional governor")));
    assert_eq!(fig(&a, 12, "12").by.as_deref(), Some("The regional governor"));
    assert_eq!(fig(&a, 40, "40").by.as_deref(), Some("The Red Cross"));
}

/// Old wire copy broken at some 65 characters, paragraphs indented: a sentence that runs
/// across a line break is still one sentence, so its number meets its noun and its outcome.
#[test]
fn hard_wrapped_wire_copy_is_read_across_its_line_breaks() {
    let wire = "FERRY SINKS OFF COAST; SCORES FEARED DEAD\n\n\
   MANILA, Philippines _ Navy divers searched the hull of the\n\
capsized ferry on Sunday as relatives waited at the pier for news\n\
of the missing. By Sunday evening the coast guard said 46 people\n\
had been confirmed dead and more than 120 passengers were still\n\
unaccounted for.\n\n\
   ``We are doing everything we can,'' a coast guard spokesman\n\
said. Officials said 212 passengers were rescued from the water\n\
in the first hours after the ferry overturned.\n";
    let a = analyze(&[("wire.txt", wire)]);
    let dead = fig(&a, 46, "46");
    assert_eq!(dead.outcome, Outcome::Killed, "{dead:?}");
    assert!(dead.sentence.contains("coast guard said 46 people\nhad been confirmed dead"), "{}", dead.sentence);
    assert_eq!(fig(&a, 212, "212").outcome, Outcome::Freed);
    // Sentences do not run across paragraphs: the headline stays a sentence of its own.
    assert!(!dead.sentence.contains("FEARED"));
}

/// Lines that end their sentences are not hard-wrapped copy: each stays a block of its own.
#[test]
fn short_lines_of_a_list_are_not_joined() {
    let list = "Casualties by town:\n- Aldermoor: 4 killed.\n- Brinton: 2 killed.\n- Casterby: 7 injured.\n\
                - Dunmore: 1 killed.\n- Eastholm: 3 injured.\n- Fairley: 2 injured.\n";
    let a = analyze(&[("list.txt", list)]);
    let sentences: std::collections::BTreeSet<&str> = a.figures.iter().map(|f| f.sentence.as_str()).collect();
    assert!(sentences.len() >= 5, "{sentences:?}");
    assert!(sentences.iter().all(|s| !s.contains('\n')), "{sentences:?}");
}

/// Local reports count people in hospitals and in custody, and headlines speak in the present.
#[test]
fn hospital_condition_custody_and_headline_counts() {
    let report = "Gunman Kills 2, Injures 9 at Riverside Bowling Alley\n\n\
        A gunman killed two people at a bowling alley in Riverside on Saturday night, police said.\n\n\
        Seven victims were taken to Mercy General Hospital, and three are in stable condition.\n\n\
        Two others were treated and released.\n\n\
        Police said two men were taken into custody early Sunday.\n";
    let a = analyze(&[("bowling.txt", report)]);
    assert_eq!(fig(&a, 2, "2").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 9, "9").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 7, "Seven victims").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 3, "three").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "Two others").outcome, Outcome::Injured, "treated and released is not freed");
    assert_eq!(fig(&a, 2, "two men").outcome, Outcome::Held);
    // The gunman did the killing: he is not one of the dead.
    assert!(!a.figures.iter().any(|f| f.text.contains("gunman") && f.outcome == Outcome::Killed), "{:?}", a.figures);
}

/// An outbreak counts people who fell ill: the outcome `ill`, apart from the dead.
#[test]
fn people_sickened_by_an_outbreak_are_ill() {
    let report = "Cholera outbreak spreads in the delta\n\n\
        Health officials said 48 people had been sickened by the water by Tuesday, and three had died.\n\n\
        Nine more people fell ill overnight, the ministry said.\n\n\
        Some 120 villagers have tested positive for the bacteria.\n";
    let a = analyze(&[("cholera.txt", report)]);
    assert_eq!(fig(&a, 48, "48").outcome, Outcome::Ill);
    assert_eq!(fig(&a, 3, "three").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 9, "Nine").outcome, Outcome::Ill);
    assert_eq!(fig(&a, 120, "120 villagers").outcome, Outcome::Ill);
}

/// Place names written without their marks are found in the gazetteer ("Golcuk" is Gölcük),
/// and a month or a noun for people at the start of a sentence is not a place.
#[test]
fn places_without_marks_and_words_that_are_not_places() {
    let report = "Quake hits western Turkey\n\n\
        The earthquake struck near Golcuk early on Tuesday, and buildings fell in Eskisehir.\n\n\
        August is the driest month here. Police said 40 people were killed.\n";
    let a = analyze(&[("quake.txt", report)]);
    let names: Vec<&str> = a.places.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Golcuk") && names.contains(&"Eskisehir"), "{names:?}");
    let golcuk = a.places.iter().find(|p| p.name == "Golcuk").expect("Golcuk");
    assert!(golcuk.lat.is_some_and(|lat| (40.0..41.5).contains(&lat)), "{golcuk:?}");
    assert!(!names.contains(&"August") && !names.contains(&"Police"), "{names:?}");
}

/// "of the N" is the whole only after a count ("two of the five"); after other words
/// ("the names of the four guards killed") the number is what the clause says of it.
#[test]
fn of_the_n_is_a_whole_only_after_a_count() {
    let report = "Bank raid leaves guards dead\n\n\
        Police released the names of the four guards gunned down on Monday.\n\n\
        In the car park, 2 of the 9 passengers were hurt.\n\n\
        One of the three customers killed was a retired teacher.\n";
    let a = analyze(&[("raid.txt", report)]);
    assert_eq!(fig(&a, 4, "four guards").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 9, "9").outcome, Outcome::Total);
    assert_eq!(fig(&a, 2, "2").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 3, "three customers").outcome, Outcome::Killed);
}

/// A clock time or a video's length before a sentence is not a count: "18:11 Three people…".
#[test]
fn clock_times_and_video_lengths_are_not_counts() {
    let report =
        "Pile-up on the ring road\n\nVIDEO: Crash scene | 18:11 Three people were killed in the crash, police said.\n";
    let a = analyze(&[("crash.txt", report)]);
    assert_eq!(fig(&a, 3, "Three").outcome, Outcome::Killed);
    assert!(!a.figures.iter().any(|f| f.value == 11 || f.value == 18), "{:?}", a.figures);
}

/// "One of the victims was a nurse" picks a person out of a group: it is not a count of one.
#[test]
fn one_of_the_group_is_not_a_count() {
    let report = "Tram crash in the old town\n\n\
        Seven passengers were killed when the tram left the rails on Sunday, officials said.\n\n\
        One of the victims was a nurse on her way home, her family said.\n";
    let a = analyze(&[("tram.txt", report)]);
    assert_eq!(fig(&a, 7, "Seven passengers").outcome, Outcome::Killed);
    assert!(!a.figures.iter().any(|f| f.value == 1), "{:?}", a.figures);
}

/// "Two of the three patients died": the part in words is what befell, the whole in words
/// is how many there were; but in "one of the two people killed" and "1 of 4 Marines
/// killed" the participle tells what befell the whole. "One in five" is a proportion.
#[test]
fn parts_and_wholes_in_words_and_proportions() {
    let report = "Clinic fire\n\n\
        Two of the three patients in the ward died, the hospital said on Monday.\n\n\
        One of the two nurses killed was a mother of four.\n\n\
        1 of 4 guards killed\n\n\
        Nearly one in five residents were injured, a survey found.\n";
    let a = analyze(&[("clinic.txt", report)]);
    assert_eq!(fig(&a, 2, "Two of the three patients").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3, "three patients").outcome, Outcome::Total);
    assert_eq!(fig(&a, 2, "two nurses").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 4, "4 guards").outcome, Outcome::Killed);
    assert!(!a.figures.iter().any(|f| f.value == 1), "the one picked out is no count: {:?}", a.figures);
    assert!(!a.figures.iter().any(|f| f.value == 5), "one in five is a proportion: {:?}", a.figures);
    // A verb with its object after it is the part's own deed.
    let a = analyze(&[("r.txt", "Two of the four gunmen shot a guard on Friday.\n")]);
    assert!(!a.figures.iter().any(|f| f.value == 4 && f.outcome == Outcome::Injured), "{:?}", a.figures);
}

/// People in a storm's path are counted as there are: "are in the path of", "in the way of".
#[test]
fn people_in_the_path_of_a_storm_are_a_total() {
    let report = "Typhoon nears the islands\n\n\
        About 4 million people, or one in three islanders, are in the path of the typhoon, forecasters said.\n\n\
        Some 900,000 residents are in the way of the storm surge.\n";
    let a = analyze(&[("typhoon.txt", report)]);
    assert_eq!(fig(&a, 4_000_000, "4 million people").outcome, Outcome::Total);
    assert_eq!(fig(&a, 900_000, "900,000 residents").outcome, Outcome::Total);
    assert!(!a.figures.iter().any(|f| f.value == 3), "one in three is a proportion: {:?}", a.figures);
}

/// A count told in the present holds on the day it is told, not on the day of what befell
/// before it ("40 are missing after a ferry capsized on Saturday"); the dead of that day
/// stay on it.
#[test]
fn a_present_state_is_not_dated_by_the_day_of_a_clause_after_it() {
    let report = "Ferry capsizes\n\n\
        PORT LOUIS, Mauritius, Sunday, 9 June 2024 (Reuters) - At least 12 people were killed and 30 are missing after a ferry capsized on Saturday night, the coast guard said.\n";
    let a = analyze(&[("ferry.txt", report)]);
    let day = |f: &Figure| f.as_of.map(|d| d.to_string());
    assert_eq!(day(fig(&a, 30, "30")).as_deref(), Some("2024-06-09"), "missing on the day it is told");
    assert_eq!(day(fig(&a, 12, "12 people")).as_deref(), Some("2024-06-08"), "killed on Saturday");
}

/// A fact box: a label on its own line, then the count, perhaps after a few words.
#[test]
fn a_fact_box_label_tells_what_its_count_counts() {
    let report = "Facts about the floods\n\n *DEAD: \n\n\tAt least 212\n\n *MISSING: \n\n\tEstimates range up to 1,500\n\n\
        *HOMELESS: \n\n\tAbout 90,000\n\n *UPDATE: \n\n\tOfficials will brief at 1400 GMT\n";
    let a = analyze(&[("facts.txt", report)]);
    assert_eq!(fig(&a, 212, "212").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 1500, "1,500").outcome, Outcome::Missing);
    assert_eq!(fig(&a, 90_000, "90,000").outcome, Outcome::Evacuated);
    assert!(!a.figures.iter().any(|f| f.value == 1400), "{:?}", a.figures);
}

/// People who did the kidnapping, the rescuing or the capturing are not the ones it befell:
/// a verb right after them with its object after it makes them its doers.
#[test]
fn the_doers_of_a_kidnapping_or_a_rescue_are_not_counted_as_its_victims() {
    let report = "Girls abducted near school\n\n\
        Three men abducted two schoolgirls on Monday, police said.\n\n\
        Five officers rescued a child from the river.\n\n\
        Two soldiers captured the suspect near the border.\n\n\
        Twelve hostages were released on Tuesday.\n";
    let a = analyze(&[("abduction.txt", report)]);
    assert_eq!(fig(&a, 2, "two schoolgirls").outcome, Outcome::Held);
    assert!(
        !a.figures.iter().any(|f| matches!(f.value, 3 | 5) && f.outcome != Outcome::Total),
        "the doers are no victims: {:?}",
        a.figures
    );
    assert!(!a.figures.iter().any(|f| f.text.contains("Two soldiers") && f.outcome == Outcome::Held));
    assert_eq!(fig(&a, 12, "Twelve hostages").outcome, Outcome::Freed);
}

/// "Among the 12 people killed were three children": the people named after the verb are a
/// part of the whole the sentence opens with, and share what befell it.
#[test]
fn the_people_named_after_among_the_whole_are_its_part() {
    let report = "Market bombing\n\n\
        Among the 14 people killed were three children, the governor said.\n\n\
        Among the 30 wounded are two firefighters.\n";
    let a = analyze(&[("market.txt", report)]);
    let whole = fig(&a, 14, "14 people");
    assert_eq!(whole.outcome, Outcome::Killed);
    let part = fig(&a, 3, "three children");
    assert_eq!((part.outcome, part.part_of.as_deref()), (Outcome::Killed, Some(whole.id.as_str())));
    assert_eq!(fig(&a, 2, "two firefighters").outcome, Outcome::Injured);
}

/// "A fourth victim died" after three dead is a toll of four, to set beside the other
/// reports' counts; "a third was hurt" after two dead is the first one hurt.
#[test]
fn an_ordinal_after_a_count_of_the_same_outcome_is_the_new_toll() {
    let report = "Bridge collapse\n\n\
        Three workers died on Friday when the bridge gave way.\n\n\
        A fourth victim died in hospital on Saturday, officials said.\n";
    let a = analyze(&[("bridge.txt", report)]);
    let f = fig(&a, 4, "A fourth victim");
    assert_eq!((f.outcome, f.span), (Outcome::Killed, parallax::model::Span::Toll));
    let other = "Bridge collapse\n\nTwo workers were killed on Friday. A third worker was injured.\n";
    let a = analyze(&[("bridge.txt", other)]);
    let f = fig(&a, 1, "A third worker");
    assert_eq!((f.outcome, f.span), (Outcome::Injured, parallax::model::Span::Toll));
}

/// A speaker named in an apposition before the verb ("An aid group, the Valley Relief
/// Network, said"); a place before the comma is no speaker when the speaker follows the verb.
#[test]
fn a_speaker_in_an_apposition_before_the_verb() {
    let report = "Clashes in the north\n\n\
        A monitoring group, the Northern Relief Network, said 32 people had been killed.\n\n\
        Eight people were injured in Lyon, France, said police.\n";
    let a = analyze(&[("clashes.txt", report)]);
    assert_eq!(fig(&a, 32, "32 people").by.as_deref(), Some("the Northern Relief Network"));
    assert_eq!(fig(&a, 8, "Eight people").by.as_deref(), Some("police"));
}

/// "Those killed included …", "The dead included …", "Of the dead, 12 were …": the people
/// named after tell what befell them by the words before.
#[test]
fn the_dead_named_after_those_killed_included() {
    let report = "Plane crash\n\n\
        Those killed included the pilot and 12 passengers.\n\n\
        Of the dead, nine were foreigners, including four Britons.\n\n\
        Those injured were 14 students and two teachers.\n";
    let a = analyze(&[("crash.txt", report)]);
    assert_eq!(fig(&a, 12, "12 passengers").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 9, "nine").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 4, "four Britons").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 14, "14 students").outcome, Outcome::Injured);
}

/// "Fifteen people died: nine passengers, four crew …": a list after the whole's verb and a
/// colon is its breakdown, and shares what befell it.
#[test]
fn a_list_after_a_colon_breaks_down_the_count_before_its_verb() {
    let report = "Plane crash\n\nFifteen people died: nine passengers, four crew and two people on the ground.\n";
    let a = analyze(&[("crash.txt", report)]);
    let whole = fig(&a, 15, "Fifteen people");
    for (v, words) in [(9, "nine passengers"), (4, "four crew"), (2, "two people")] {
        let f = fig(&a, v, words);
        assert_eq!((f.outcome, f.part_of.as_deref()), (Outcome::Killed, Some(whole.id.as_str())), "{words}");
    }
}

/// A toll named in an aside between dashes is not the toll of a count after the aside.
#[test]
fn a_toll_in_an_aside_between_dashes_does_not_reach_past_it() {
    let report = "Floods\n\nPolice said 12 people died — the worst toll since 2010 — and 40 were injured.\n";
    let a = analyze(&[("floods.txt", report)]);
    assert_eq!(fig(&a, 12, "12 people").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 40, "40").outcome, Outcome::Injured);
}

/// A bare count whose verb tells an injury after it ("and four suffered minor injuries").
#[test]
fn a_bare_count_that_suffered_injuries_is_injured() {
    let report = "Bus crash\n\nTwo people were killed and four suffered minor injuries, police said.\n\n\
        Two teams suffered a loss, and four suffered setbacks.\n";
    let a = analyze(&[("bus.txt", report)]);
    assert_eq!(fig(&a, 4, "four").outcome, Outcome::Injured);
    assert_eq!(a.figures.iter().filter(|f| f.value == 4).count(), 1, "setbacks are no injuries: {:?}", a.figures);
}

/// People told to leave ahead of a storm are evacuated; swimmers pulled from the surf, freed.
#[test]
fn storm_orders_and_rescues() {
    let report = "Storm nears the coast\n\n\
        About 40,000 residents were ordered to leave the barrier islands on Friday.\n\n\
        Lifeguards said four swimmers were rescued from rip currents.\n\n\
        Another 2,500 people were ordered out of their homes near the river.\n\n\
        Officials said 250 villagers had been moved to higher ground.\n";
    let a = analyze(&[("storm.txt", report)]);
    assert_eq!(fig(&a, 40000, "40,000").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 2500, "2,500").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 250, "250 villagers").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 4, "four swimmers").outcome, Outcome::Freed);
}

/// A label ending in a colon before a count is not a clock time.
#[test]
fn a_numbered_label_before_a_count_is_not_a_clock() {
    let a = analyze(&[("r.txt", "Report 7: 8 people were injured on Monday.\n")]);
    assert_eq!(fig(&a, 8, "8 people").outcome, Outcome::Injured);
}

/// "16 shot, one fatally"; "14 injured, 5 critically": the adverb says what befell the part.
#[test]
fn a_part_told_by_an_adverb() {
    let report = "Shooting at a block party\n\n\
        Eleven people were shot -- two fatally -- at a block party on Saturday, police said.\n\n\
        Nine others were wounded, 3 critically.\n";
    let a = analyze(&[("party.txt", report)]);
    assert_eq!(fig(&a, 2, "two").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3, "3").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 9, "Nine").outcome, Outcome::Injured);
}

/// People recovering or lying in the hospital are injured; "hurt" may come before them.
#[test]
fn recovering_in_the_hospital() {
    let report = "Fence shock at the fairground\n\n\
        The faulty fence hurt six children on Sunday, the fair's owner said.\n\n\
        Two young girls are recovering in the hospital.\n";
    let a = analyze(&[("fair.txt", report)]);
    assert_eq!(fig(&a, 6, "six children").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "Two young girls").outcome, Outcome::Injured);
}

/// "of the victims" counts people harmed in any way: the predicate says how. Patients are
/// the injured; a participle after "among the five" says what befell them.
#[test]
fn victims_patients_and_among_the_counted() {
    let report = "Gunfire at a bowling alley\n\n\
        Five of the victims were listed in stable condition on Sunday.\n\n\
        Two of the victims died overnight at Mercy General.\n\n\
        St. Luke's Medical Center confirmed it had received seven patients.\n\n\
        A retired teacher was among the three killed in the lanes.\n";
    let a = analyze(&[("lanes.txt", report)]);
    assert_eq!(fig(&a, 5, "Five of the victims").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "Two of the victims").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 7, "seven patients").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 3, "among the three").outcome, Outcome::Killed);
}

/// People arrested or charged are held by the police: not hostages.
#[test]
fn arrests_hold_suspects_not_hostages() {
    let report = "Arrests after the stabbing\n\n\
        Detectives detained four teenagers near the station on Tuesday.\n\n\
        Three men charged in the stabbing appeared in court.\n\n\
        The two brothers also face charges of assault.\n";
    let a = analyze(&[("arrests.txt", report)]);
    let teens = fig(&a, 4, "four teenagers");
    assert_eq!(teens.outcome, Outcome::Held);
    assert_ne!(teens.who, "hostages");
    let charged = fig(&a, 3, "Three men");
    assert_eq!((charged.outcome, charged.who.as_ref()), (Outcome::Held, "militants"), "the accused");
    let brothers = fig(&a, 2, "two brothers");
    assert_eq!(brothers.outcome, Outcome::Held);
    assert_ne!(brothers.who, "hostages");
}

/// "She lost two sons": a family's dead. Attackers counted without an outcome are how many
/// there were, but "a gunman" names one without counting.
#[test]
fn lost_kin_and_counted_attackers() {
    let report = "Ambush at a wedding\n\n\
        \"We lost two sons and a nephew,\" their grandmother said.\n\n\
        Three gunmen waited behind the church wall, police said.\n\n\
        A gunman was seen running toward the river.\n\n\
        The club lost four players to injuries this season.\n";
    let a = analyze(&[("wedding.txt", report)]);
    assert_eq!(fig(&a, 2, "two sons").outcome, Outcome::Killed);
    let gunmen = fig(&a, 3, "Three gunmen");
    assert_eq!((gunmen.outcome, gunmen.who.as_ref()), (Outcome::Total, "militants"));
    assert!(!a.figures.iter().any(|f| f.text.contains("A gunman")), "a single attacker is not a count");
    assert!(!a.figures.iter().any(|f| f.value == 4), "players lost are not deaths");
}

/// Victims in a hospital are the injured; "three are critical" counts the injured; people
/// sheltering from a gunman are held, but not hostages; officers are counted as how many came.
#[test]
fn hospital_counts_shelters_and_responders() {
    let report = "Gunman at the mall\n\n\
        St. Anne's Hospital said it had received nine victims by noon.\n\n\
        Eleven were taken to Riverside Medical Center, where doctors said four are critical.\n\n\
        About 200 shoppers were forced to shelter in place in a supermarket.\n\n\
        More than 60 state troopers and officers surrounded the mall.\n\n\
        One officer waved the shoppers out.\n\n\
        The coroner's office said the three victims died of gunshot wounds.\n";
    let a = analyze(&[("mall.txt", report)]);
    assert_eq!(fig(&a, 9, "nine victims").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 11, "Eleven").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 4, "four").outcome, Outcome::Injured);
    let shoppers = fig(&a, 200, "200 shoppers");
    assert_eq!(shoppers.outcome, Outcome::Held);
    assert_ne!(shoppers.who, "hostages");
    assert_eq!(fig(&a, 60, "60").outcome, Outcome::Total);
    assert!(!a.figures.iter().any(|f| f.text.contains("One officer")), "one officer is a person, not a count");
    assert_eq!(fig(&a, 3, "three victims").outcome, Outcome::Killed);
}

/// Cases of a disease are people who fell ill; "in two cases" is not a count.
#[test]
fn cases_of_a_disease() {
    let report = "Measles spreads in the valley\n\n\
        Health officials confirmed 14 new cases on Wednesday.\n\n\
        In two cases, the children had not been vaccinated.\n";
    let a = analyze(&[("measles.txt", report)]);
    assert_eq!(fig(&a, 14, "14 new cases").outcome, Outcome::Ill);
    assert!(!a.figures.iter().any(|f| f.value == 2), "{:?}", a.figures);
}

/// An age and the day of a date are not counts; a relative clause tells of something else
/// than the people counted before it.
#[test]
fn ages_days_and_relative_clauses() {
    let report = "Arson at the apartments\n\n\
        The man who killed his 34-year-old neighbour was arrested on Sunday.\n\n\
        The toll of the fire on October 9 rose to 21 on Friday.\n\n\
        Firefighters rescued four tenants from a blaze in which two children died.\n";
    let a = analyze(&[("arson.txt", report)]);
    assert!(!a.figures.iter().any(|f| f.value == 34), "an age: {:?}", a.figures);
    assert!(!a.figures.iter().any(|f| f.value == 9), "a day of a date: {:?}", a.figures);
    assert_eq!(fig(&a, 21, "21").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 4, "four tenants").outcome, Outcome::Freed);
    assert_eq!(fig(&a, 2, "two children").outcome, Outcome::Killed);
}

/// Counts without a noun: "two more were hurt", "3 killed at the depot", "one of whom".
#[test]
fn bare_counts_in_lists_and_relative_clauses() {
    let report = "Depot blast\n\n\
        Nine shot, 3 killed at the bus depot, police said.\n\n\
        Two more were hurt when a wall fell.\n\n\
        Five people were wounded, three of whom were in serious condition.\n\n\
        Police took two men into custody.\n";
    let a = analyze(&[("depot.txt", report)]);
    assert_eq!(fig(&a, 9, "Nine").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 3, "3").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 2, "Two").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 3, "three").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "two men").outcome, Outcome::Held);
}

/// Places the gazetteer does not hold by name: US states, counties, streets and venues told by
/// their nouns or by "at … in <town>", lines of a table of tolls by town, and the English name
/// of a country whose own name changed.
#[test]
fn states_counties_streets_venues_and_tables() {
    let report = "Floods in two states\n\n\
        Rivers rose across Iowa and into northern Missouri on Monday.\n\n\
        Johnson County deputies closed Riverside Drive and evacuated the Coralville Mall.\n\n\
        Volunteers gathered at Hawkeye Outfitters in Cedar Rapids.\n\n\
        Davenport 4 dead, 12 injured\n\n\
        Aid also came from Turkey.\n";
    let a = analyze(&[("floods.txt", report)]);
    let kind = |name: &str| a.places.iter().find(|p| p.name == name).map(|p| p.kind.as_str());
    assert_eq!(kind("Iowa"), Some("state"));
    assert_eq!(kind("Missouri"), Some("state"));
    assert_eq!(kind("Johnson County"), Some("county"));
    assert_eq!(kind("Riverside Drive"), Some("street"));
    assert_eq!(kind("Coralville Mall"), Some("site"));
    assert_eq!(kind("Hawkeye Outfitters"), Some("site"));
    assert_eq!(kind("Davenport"), Some("city"));
    assert_eq!(kind("Turkey"), Some("country"));
}

/// "killed his neighbour and three children": the verb reaches the count joined to its first
/// object; "but unharmed" goes on to the outcome.
#[test]
fn joined_objects_and_but_unharmed() {
    let report = "Rampage in the village\n\n\
        The gunman shot dead his landlord and three tenants before dawn.\n\n\
        Four children were asleep upstairs but unharmed.\n";
    let a = analyze(&[("village.txt", report)]);
    assert_eq!(fig(&a, 3, "three tenants").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 4, "Four children").outcome, Outcome::Safe);
}

/// A report whose only year is a date of another event takes the year the other reports
/// agree on: its weekdays are the event's.
#[test]
fn a_background_year_is_outvoted_by_the_other_reports() {
    let one = "Flood in the valley\n\nMarch 4, 2024\n\nOn Saturday 6 people drowned, officials said.\n";
    let two = "Valley floods\n\nMarch 4, 2024\n\nSix people died on Saturday when the river rose.\n";
    let three = "Valley mourns\n\n\
        On Sunday 7 people were confirmed dead.\n\n\
        The last great flood, on April 2, 1987, killed 40 people.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two), ("three.txt", three)]);
    let sunday = fig(&a, 7, "7 people");
    assert_eq!(sunday.as_of.map(|d| d.to_string()).as_deref(), Some("2024-03-03"), "{:?}", a.documents);
}

/// "brings the military death toll in Dayton, Ohio to 6": the comma of a place does not end
/// the toll's clause, and the military's dead are soldiers.
#[test]
fn a_military_toll_across_a_place_comma() {
    let report = "Base attack\n\n\
        A second airman's death brings the military death toll in Dayton, Ohio to 6.\n\n\
        The toll rose, officials said, to 9 by Friday.\n";
    let a = analyze(&[("base.txt", report)]);
    let toll = fig(&a, 6, "6");
    assert_eq!((toll.outcome, toll.who.as_ref()), (Outcome::Killed, "soldiers"));
}

/// "Thousands also marched …, amid reports of deaths": an adverb and a crowd's verb make the
/// people's predicate (how many marched, not the dead); a survivor is safe.
#[test]
fn marchers_are_not_the_dead_and_survivors_are_safe() {
    let report = "Protests spread\n\n\
        Tens of thousands also marched on Friday, prompting reports of several deaths.\n\n\
        Crowds cheered when a survivor was pulled out, and wept over the bodies.\n";
    let a = analyze(&[("march.txt", report)]);
    assert!(a.figures.iter().filter(|f| f.value >= 10000).all(|f| f.outcome == Outcome::Total), "{:?}", a.figures);
    assert_eq!(fig(&a, 1, "a survivor").outcome, Outcome::Safe);
}

/// A crowd is counted as how many there were; a verb after "and" starts another predicate.
#[test]
fn crowds_and_a_second_predicate() {
    let report = "Vigil after the crash\n\n\
        About 3,000 mourners filled the square on Sunday.\n\n\
        The mayor met 15 residents and visited the ward where the injured were treated.\n";
    let a = analyze(&[("vigil.txt", report)]);
    assert_eq!(fig(&a, 3000, "3,000 mourners").outcome, Outcome::Total);
    assert!(!a.figures.iter().any(|f| f.value == 15 && f.outcome == Outcome::Injured), "{:?}", a.figures);
}

/// A report that ties a weekday to a date without a year takes the year the other reports
/// agree on, when it puts that date on the same weekday.
#[test]
fn a_stand_in_year_takes_the_year_the_others_know() {
    let one = "Flood in the valley\n\nMarch 4, 2024\n\nOn Saturday 6 people drowned, officials said.\n";
    let two = "Valley floods\n\nMarch 4, 2024\n\nSix people died on Saturday when the river rose.\n";
    let three = "Valley mourns\n\nOn Saturday, March 2, the river broke its banks.\n\n\
        By Sunday 7 people had died in the flood.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two), ("three.txt", three)]);
    let sunday = fig(&a, 7, "7 people");
    assert_eq!(sunday.as_of.map(|d| d.to_string()).as_deref(), Some("2024-03-03"), "{:?}", a.documents);
}

/// "…, one at Mercy and two at the Christ Hospital": the items of a list share the outcome of
/// the count they break down; "12 at the back" of a meeting is no count of anything befallen.
#[test]
fn a_list_of_where_the_counted_went() {
    let report = "Bus crash\n\n\
        Nine injured passengers were taken to County General, one to St. Paul and two to the Lakeside Clinic.\n\n\
        The meeting opened with 40 delegates, 12 at the back.\n";
    let a = analyze(&[("bus.txt", report)]);
    assert_eq!(fig(&a, 1, "one").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "two").outcome, Outcome::Injured);
    assert!(!a.figures.iter().any(|f| f.value == 12), "{:?}", a.figures);
}

/// "shot six students" counts the people shot (injured) unless the text says they died;
/// the people killed as the second object of a verb, after days told of the first, are
/// killed too; a "… and three officers arrived" has a verb of its own.
#[test]
fn people_shot_and_second_objects_of_a_verb() {
    let text = "Depot shooting\n\n\
        In March, a former employee shot six workers at a plant in Joliet, none fatally.\n\
        Police said the man shot three guards before he was arrested.\n\
        The gunman killed his brother, Samuel, on Monday, his parents, Ada and Lee, on Tuesday, and four people at the depot on Wednesday.\n\
        He killed a clerk and three officers arrived minutes later.\n";
    let a = analyze(&[("depot.txt", text)]);
    assert_eq!(fig(&a, 6, "six workers").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 3, "three guards").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 4, "four people").outcome, Outcome::Killed);
    assert_ne!(fig(&a, 3, "three officers").outcome, Outcome::Killed);
}

/// A year from a date of another event ("found dead on Sept. 5, 1993") does not set a
/// report's calendar when other reports fix the event's days by a weekday written with its
/// date, weeks away: the report's Thursday is the others' Thursday.
#[test]
fn a_year_from_another_events_date_does_not_set_the_calendar() {
    let one = "Gunman kills nine\n\nThe letter was dated Thursday, July 29, at 6:38 a.m.\n\
        On Thursday the gunman killed nine people at two offices.\n";
    let two = "Offices attacked\n\nOn Thursday the gunman killed nine people at two offices.\n\
        His first wife and her mother were found dead on Sept. 5, 1993, at a campground.\n";
    let a = analyze(&[("one.txt", one), ("two.txt", two)]);
    for f in a.figures.iter().filter(|f| f.value == 9) {
        let day = f.as_of.expect("dated");
        assert_eq!((day.month, day.day), (7, 29), "{}: {f:?}", f.doc);
    }
}

/// The parts between commas after "including" have their own outcome: the whole's
/// predicate comes after them.
#[test]
fn the_whole_takes_the_predicate_after_its_including_clause() {
    let text = "Mall shooting\n\nEight shoppers, including the three killed, were shot on Friday.\n";
    let a = analyze(&[("mall.txt", text)]);
    assert_eq!(fig(&a, 8, "Eight shoppers").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 3, "three").outcome, Outcome::Killed);
}

/// The whole counted phrase is the figure's text ("Four police officers", not "Four
/// police"), and "fire fighters" are firefighters, not fighters.
#[test]
fn two_nouns_of_people_make_one_phrase() {
    let text = "Warehouse fire\n\nFour police officers have been injured and two fire fighters died on Friday.\n";
    let a = analyze(&[("fire.txt", text)]);
    assert_eq!(fig(&a, 4, "Four police officers").who, "police");
    let f = fig(&a, 2, "two fire fighters");
    assert_eq!((f.who.as_ref(), f.outcome), ("firefighters", Outcome::Killed));
}

/// "released" after a sentence of hospital care sends patients home (the injured), not
/// captives free; "one minor injury" counts an injured person, not a child.
#[test]
fn released_from_hospital_and_a_minor_injury() {
    let text = "Bus crash\n\nNine passengers were treated at Mercy Hospital. Five have been released, and four remain.\n\
        There was one minor injury at the depot.\nThe kidnappers released two hostages on Monday.\n";
    let a = analyze(&[("crash.txt", text)]);
    assert_eq!(fig(&a, 5, "Five").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 1, "one minor injury").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "two hostages").outcome, Outcome::Freed);
}

/// People who opened fire are counted as there were (attackers), not as casualties; "the
/// killings of the five adults", "claimed 300 lives", "three of Okafor's children" and
/// "were stricken" say what befell them.
#[test]
fn attackers_who_fired_and_other_ways_to_tell_a_toll() {
    let text = "Market attack\n\n\
        Two men opened fire on the market on Sunday, and four deputies fired shots at their car.\n\
        Police are investigating the killings of the five adults.\n\
        The fire that followed claimed 300 lives.\n\
        Three of Okafor's children were killed.\n\
        At least 40 others, who ate at the stall, were stricken with food poisoning.\n";
    let a = analyze(&[("market.txt", text)]);
    let men = fig(&a, 2, "Two men");
    assert_eq!((men.who.as_ref(), men.outcome), ("militants", Outcome::Total));
    let deputies = fig(&a, 4, "four deputies");
    assert_eq!((deputies.who.as_ref(), deputies.outcome), ("police", Outcome::Total));
    assert_eq!(fig(&a, 5, "five adults").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 300, "300 lives").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3, "Three of Okafor's children").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 40, "40 others").outcome, Outcome::Ill);
}

/// A single person told of in a report that counts such people is one of those counted
/// ("a man" among "14 people were injured"); in a report without a count it is the toll.
/// Officers, witnesses and people living in a storm's path are counted as there were;
/// victims taken to a named place are the injured.
#[test]
fn single_persons_a_count_covers_and_more_counts_of_how_many_there_were() {
    let counted = "Plant shooting\n\n14 people were injured on Thursday. A man was injured in the car park.\n\
        More than 100 law enforcement officers responded, and the FBI interviewed 175 witnesses.\n\
        Three victims have been taken to Wesley Main.\n\
        More than 50 million people live in the path of the storm.\n";
    let a = analyze(&[("plant.txt", counted)]);
    assert!(!a.figures.iter().any(|f| f.implicit && f.outcome == Outcome::Injured), "{:?}", a.figures);
    assert_eq!(fig(&a, 100, "law enforcement officers").outcome, Outcome::Total);
    assert_eq!(fig(&a, 175, "175 witnesses").outcome, Outcome::Total);
    assert_eq!(fig(&a, 3, "Three victims").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 50_000_000, "50 million people").outcome, Outcome::Total);
    let single = "Shooting on Elm Street\n\nA man was injured in the car park on Thursday.\n";
    let b = analyze(&[("elm.txt", single)]);
    assert!(b.figures.iter().any(|f| f.implicit && f.outcome == Outcome::Injured), "the whole toll");
}

/// A wire dateline ("LAGOS, March 9 (AFP) -") is the report's day: a figure its sentence
/// does not date is of that day, and weekdays look back from it.
#[test]
fn a_wire_dateline_dates_the_report_and_its_weekdays() {
    let text = "Flood toll rises\n\n\
        LAGOS, March 9 (AFP) - The toll from floods in northern Nigeria has risen to 41, \
        the emergency agency said on Thursday.\n\
        Rescuers said 12 people died when a bridge collapsed on Monday.\n";
    let a = analyze(&[("a.txt", text)]);
    let d = &a.documents[0];
    assert_eq!(
        (d.published.map(|p| p.to_string()).as_deref(), d.published_basis.as_deref()),
        (Some("--03-09"), Some("dateline"))
    );
    assert_eq!(fig(&a, 41, "41").as_of.map(|d| d.to_string()).as_deref(), Some("--03-09"));
    // 9 March is the Thursday of the lede: Monday is four days before it.
    assert_eq!(fig(&a, 12, "12 people").as_of.map(|d| d.to_string()).as_deref(), Some("--03-06"));
}

/// A date told in a sentence that also names another weekday ("the fair on Saturday … its
/// permit was withdrawn on May 2") is another happening's: it does not fix the calendar.
#[test]
fn a_date_beside_another_weekday_does_not_fix_the_calendar() {
    let first = "Two dead after stage collapse at county fair\n\n\
        Two people died when a stage collapsed at the county fair early Sunday.\n\
        The fair opened on Saturday evening with a concert on the main stage.\n\
        The concert went ahead on Saturday although the stage permit was withdrawn on May 2.\n";
    let second = "Stage collapse: victims named\n\n\
        Officials said on Monday, July 14, that 11 people were hurt in the collapse on Sunday.\n";
    let a = analyze(&[("fair.txt", first), ("named.txt", second)]);
    let f = fig(&a, 2, "Two people");
    assert_eq!(f.as_of.map(|d| d.to_string()).as_deref(), Some("--07-13"), "Sunday, by the other report");
}

/// A live blog's entries are stamped "Saturday 9:10 a.m. UPDATE": what an entry says in the
/// present held at its stamp, not on the day the page was last updated.
#[test]
fn a_live_blog_entry_s_present_holds_at_its_stamp() {
    let blog = "Live: mine flooding\n\nPublished: 9 October 2022\n\n\
        Sunday 9:10 a.m. UPDATE\n\n\
        Rescuers say four miners are still missing after the night shift.\n\n\
        Saturday 6 p.m. UPDATE\n\n\
        Seven miners are missing, the operator said.\n";
    let a = analyze(&[("blog.txt", blog)]);
    let day = |v: u64, w: &str| fig(&a, v, w).as_of.map(|d| d.to_string());
    assert_eq!(day(4, "four miners").as_deref(), Some("2022-10-09"));
    assert_eq!(day(7, "Seven miners").as_deref(), Some("2022-10-08"));
}

/// People who speak are not the ones their words tell of: "two witnesses told reporters the
/// gunman shot a guard" counts one guard shot, not two witnesses.
#[test]
fn speakers_are_not_the_people_their_words_tell_of() {
    let text = "Story\n\nTwo witnesses told reporters that the gunman shot a guard.\n        One deputy said on the radio that the suspect had wounded a clerk.\n";
    let a = analyze(&[("a.txt", text)]);
    assert_eq!(fig(&a, 2, "Two witnesses").outcome, Outcome::Total);
    assert!(!a.figures.iter().any(|f| f.text == "One deputy" && f.outcome == Outcome::Injured), "{:?}", a.figures);
    assert_eq!(fig(&a, 1, "a guard").outcome, Outcome::Injured);
}

/// People counted by what befell them first ("the injured", "kidnapped") are counted by
/// what the verb says has befallen them since: "two of the injured later died" are dead.
#[test]
fn the_injured_who_later_died_are_counted_dead() {
    let text = "Story\n\nSeven people were hurt when the roof fell. Two of the injured later died.\n\
        Three injured miners were flown to the city.\n";
    let a = analyze(&[("a.txt", text)]);
    assert_eq!(fig(&a, 2, "Two of the injured").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3, "Three injured miners").outcome, Outcome::Injured);
}

/// A fact box gives each count under a label on a line of its own ("*DEAD:", then the value
/// after a blank line): the label and its value are read together.
#[test]
fn a_fact_box_label_on_its_own_line_reads_with_its_value() {
    let text = "Facts about the flood\n\n*DEAD:\n\n\tAt least 1,204, the ministry said.\n\n\
        *MISSING:\n\n\tUp to 3,000.\n\nRelated:\n\nRescuers search the valley\n";
    let a = analyze(&[("a.txt", text)]);
    assert_eq!(fig(&a, 1204, "1,204").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3000, "3,000").outcome, Outcome::Missing);
}

/// The whole of a partitive taken to a hospital counts the injured: "two of the four
/// shooting victims taken to St Mary's" gives four injured; a whole that is only a group
/// stays a total.
#[test]
fn a_partitive_whole_taken_to_hospital_is_injured() {
    let text = "Story\n\nTwo of the four shooting victims taken to St Mary's have been discharged.\n\
        Of the 300 passengers taken to the port, 260 were unhurt.\n";
    let a = analyze(&[("a.txt", text)]);
    assert_eq!(fig(&a, 4, "four shooting victims").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 300, "300 passengers").outcome, Outcome::Total);
}

/// A day told as still to come ("will be operated on again Friday", "the vigil is set for
/// Sunday") is not a day the report has reached: the report's day is the latest day it tells
/// of as past or present.
#[test]
fn a_day_still_to_come_is_not_the_report_s_day() {
    let text = "Ferry capsizes on the lake\n\n\
        Nine passengers drowned when a ferry capsized on Tuesday, 3 June, police said.\n\
        Fourteen people were rescued on Wednesday, divers said.\n\
        One survivor will be operated on again Friday, and a vigil is set for Sunday.\n";
    let a = analyze(&[("ferry.txt", text)]);
    let d = &a.documents[0];
    assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("--06-04"), "{:?}", d.published_basis);
    assert!(d.published_basis.as_deref().is_some_and(|b| b.contains("Wednesday")), "{:?}", d.published_basis);
}

/// A page's own stamps ("(Published Friday, Jan. 6, 2017)" under each video) date the page
/// by the newest of them, and no figure takes a stamp's day as the day its story is at.
#[test]
fn a_page_is_as_new_as_its_newest_published_stamp() {
    let page = "Bus crash on the coast road\n\n\
        Investigators are looking at the brakes of the bus. (Published Sunday, Mar. 12, 2023)\n\n\
        Drone footage of the crash site on the coast road. (Published Saturday, Mar. 11, 2023)\n\n\
        Seven people were injured in the crash, the fire service said.\n";
    let a = analyze(&[("bus.txt", page)]);
    let d = &a.documents[0];
    assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some("2023-03-12"));
    assert_eq!(d.published_basis.as_deref(), Some("stated in the text"));
    let f = fig(&a, 7, "Seven people");
    assert_eq!(f.as_of.map(|d| d.to_string()).as_deref(), Some("2023-03-12"));
    assert_eq!(f.as_of_basis, Some(parallax::model::DayBasis::Report));
}

/// A date weeks before the report's day, told in passing ("its permit had lapsed on April
/// 2"), is a side story's: the figures after it are of the report's day, not of April 2.
#[test]
fn a_date_long_before_the_report_s_day_is_not_where_the_story_is() {
    let text = "Warehouse fire\n\nPublished: 20 May 2024\n\n\
        The warehouse had kept operating although its fire permit had lapsed on April 2.\n\
        Eleven workers were treated for smoke inhalation, the hospital said.\n";
    let a = analyze(&[("fire.txt", text)]);
    let f = fig(&a, 11, "Eleven workers");
    assert_eq!(f.as_of.map(|d| d.to_string()).as_deref(), Some("2024-05-20"));
    assert_eq!(f.as_of_basis, Some(parallax::model::DayBasis::Report));
    let named = "Warehouse fire\n\nPublished: 20 May 2024\n\nOn Saturday, 18 May, 11 workers were hurt.\n";
    let b = analyze(&[("fire.txt", named)]);
    assert_eq!(fig(&b, 11, "11 workers").as_of_basis, Some(parallax::model::DayBasis::Sentence));
}

/// "One of the patients later died" counts one more dead (while "one of the victims was a
/// nurse" counts nothing); the places a toll is broken down by share its outcome ("killed 14
/// in Aleppo, three in the old city's Hamidiyeh market and five in the Bab area"; a place
/// named in a few words).
#[test]
fn one_who_later_died_and_a_toll_broken_down_by_place() {
    let text = "Story\n\nEleven people were taken to St Luke's. One of the patients later died.\n\
        Four were flown to Leeds, and one of those patients remains in serious condition.\n\
        One of the victims was a nurse.\n\
        Troops killed 14 people in Aleppo, three in the old city's Hamidiyeh market and five in the Bab area.\n";
    let a = analyze(&[("a.txt", text)]);
    assert_eq!(fig(&a, 1, "One of the patients").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 1, "one of those patients").outcome, Outcome::Injured);
    assert!(!a.figures.iter().any(|f| f.text.contains("One of the victims")), "{:?}", a.figures);
    assert_eq!(fig(&a, 3, "three").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 5, "five").outcome, Outcome::Killed);
}

/// The one who shoots is not one of those shot: "a deputy shot him", "a gunman who had
/// quarrelled with his boss killed 3". A total after the verb is of those it befell: "he shot
/// a total of 9 people".
#[test]
fn the_shooter_is_not_counted_and_a_total_takes_its_verb() {
    let text = "Story\n\nThe man died when a deputy shot him outside the store.\n\
        A gunman who had quarrelled with his boss killed 3 people at the depot.\n\
        In the depot he shot a total of 9 people.\n";
    let a = analyze(&[("a.txt", text)]);
    assert!(!a.figures.iter().any(|f| f.text.contains("deputy") || f.text.contains("gunman")), "{:?}", a.figures);
    assert_eq!(fig(&a, 3, "3 people").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 9, "9 people").outcome, Outcome::Injured);
}

/// A zero counts only what its words say did not befall people: "none of the passengers was
/// hurt" is 0 injured; "none of the victims had a record" counts nothing.
#[test]
fn a_zero_needs_a_word_for_what_did_not_befall_them() {
    let text = "Story\n\nNone of the passengers was hurt, the airline said.\n\
        None of the victims had a criminal record.\nNone of the victims died at the scene.\n";
    let a = analyze(&[("a.txt", text)]);
    assert_eq!(fig(&a, 0, "None of the passengers").outcome, Outcome::Injured);
    let zeros: Vec<_> = a.figures.iter().filter(|f| f.value == 0).map(|f| &f.sentence).collect();
    assert_eq!(zeros.len(), 2, "{zeros:?}");
    assert!(!zeros.iter().any(|s| s.contains("criminal record")), "{zeros:?}");
}

/// Numbers that count no people: a rank ("the No. 1 suspect"), wounds or shots ("two
/// gunshot wounds", "fired 40 rounds") and events ("the 12 mass shootings").
#[test]
fn ranks_wounds_and_rounds_are_not_people() {
    let text = "Story\n\nHe was the No. 1 suspect, the prosecutor said.\n\
        The clerk was treated for two gunshot wounds.\nThe attacker fired 40 rounds, wounding three shoppers.\n\
        It was the worst of the 12 mass shootings in the county since 2010.\n";
    let a = analyze(&[("a.txt", text)]);
    let values: Vec<u64> = a.figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [3], "{:?}", a.figures);
    assert_eq!(fig(&a, 3, "three shoppers").outcome, Outcome::Injured);
}

/// "Of those 40 patients, six died": a whole that points back with "those" restates a count
/// told before; only the part is new.
#[test]
fn a_whole_told_again_with_those_is_not_a_new_count() {
    let text = "Story\n\nDoctors have treated 40 patients who fell ill after the festival.\n\
        Six of those 40 patients have died, the health board said.\n";
    let a = analyze(&[("a.txt", text)]);
    let forties: Vec<_> = a.figures.iter().filter(|f| f.value == 40).collect();
    assert_eq!(forties.len(), 1, "{forties:?}");
    assert_eq!(fig(&a, 6, "Six").outcome, Outcome::Killed);
}

/// People put out of their homes are counted as evacuated, whichever words say it: "left
/// 12,000 people homeless", "the 3,000 survivors have become refugees", "are in shelters";
/// "homeless" before the noun only describes them.
#[test]
fn people_left_homeless_or_in_shelters_are_evacuated() {
    let text = "Cyclone aftermath\n\nThe cyclone left 12,000 people homeless on the coast.\n\
        The 3,000 survivors became refugees overnight.\nAbout 800 families' members, some 2,500 people, are in shelters.\n\
        Two homeless men were killed when a wall fell.\n";
    let a = analyze(&[("a.txt", text)]);
    assert_eq!(fig(&a, 12_000, "12,000 people").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 3_000, "3,000 survivors").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 2_500, "2,500 people").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 2, "Two homeless men").outcome, Outcome::Killed);
}

/// Arabic town names as English copy spells them ("Hama", "Raqqa", "Tartus") are found though
/// the gazetteer writes them "Ḩamāh", "Ar Raqqah", "Ţarţūs", "As Salamīyah".
#[test]
fn arabic_town_names_in_press_spelling_are_places() {
    let text = "Story\n\nTroops shelled Hama on Friday, and 12 people were killed in Raqqa.\n\
        Families fled to Tartus on the coast and to Salamiyah.\n";
    let a = analyze(&[("a.txt", text)]);
    let names: Vec<&str> = a.places.iter().map(|p| p.name.as_str()).collect();
    for town in ["Hama", "Raqqa", "Tartus", "Salamiyah"] {
        let p = a.places.iter().find(|p| p.name == town).unwrap_or_else(|| panic!("{town} in {names:?}"));
        assert!(p.lat.is_some_and(|lat| (34.0..37.0).contains(&lat)), "{town} in Syria: {p:?}");
    }
}

/// The people of a town or state named by their demonym are residents ("nine New Yorkers",
/// "40 Bostonians", "two Texans"); a nation's people keep their nationality ("two
/// Jamaicans"), and a team's name counts nobody.
#[test]
fn townsfolk_are_residents_and_nations_keep_their_nationality() {
    let text = "Story\n\nNine New Yorkers have died of the fever since August.\n\
        About 40 Bostonians were evacuated from the building.\nTwo Texans were hurt. Two Jamaicans were hurt.\n\
        Two Rangers were injured in the game.\n";
    let a = analyze(&[("a.txt", text)]);
    assert_eq!(fig(&a, 9, "Nine New Yorkers").who, "residents");
    assert_eq!(fig(&a, 40, "40 Bostonians").who, "residents");
    assert_eq!(fig(&a, 2, "Two Texans").who, "residents");
    let jamaicans = fig(&a, 2, "Two Jamaicans");
    assert_eq!((jamaicans.who.as_ref(), jamaicans.nationality.as_deref()), ("people", Some("Jamaica")));
    assert!(!a.figures.iter().any(|f| f.text.contains("Rangers")), "{:?}", a.figures);
}

/// What a "when" clause tells befell others: "200 guests were at the hotel when two guards
/// were shot" counts no guest as shot; "were killed when …" keeps its outcome.
#[test]
fn an_outcome_after_when_is_not_the_counted_peoples() {
    let text = "Story\n\nAbout 200 guests were at the hotel when two guards were shot.\n\
        Three climbers were killed when the ice gave way.\n";
    let a = analyze(&[("a.txt", text)]);
    assert!(!a.figures.iter().any(|f| f.value == 200 && f.outcome != Outcome::Total), "{:?}", a.figures);
    assert_eq!(fig(&a, 2, "two guards").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 3, "Three climbers").outcome, Outcome::Killed);
}

/// "four out of five houses", "each time a survivor was pulled out": a proportion and any one
/// are not counts; "212 out of 240 passengers" counts a group, and so do its parts.
#[test]
fn proportions_and_any_one_are_not_counts_but_a_named_group_is() {
    let text = "Rescuers said four out of five houses in the village had collapsed.\n\
        Villagers clapped each time a survivor was pulled out of the rubble.\n\
        By Tuesday 212 out of 240 passengers had been rescued, the coast guard said.\n";
    let a = analyze(&[("ferry.txt", text)]);
    let values: Vec<u64> = a.figures.iter().map(|f| f.value).collect();
    assert!(!values.contains(&5) && !values.contains(&4), "a proportion of houses: {values:?}");
    assert!(!a.figures.iter().any(|f| f.text.contains("survivor")), "any one survivor: {values:?}");
    assert_eq!(fig(&a, 212, "212 out of 240 passengers").outcome.as_str(), "freed");
    assert!(values.contains(&240), "the group of passengers: {values:?}");
}

/// "killed or injured", "hurt or killed": a count of the casualties, set against neither the
/// dead nor the injured alone.
#[test]
fn killed_or_injured_counts_the_casualties() {
    let text = "A gas explosion tore through the market on Friday.\n\
        At least 27 people were killed or injured, the mayor said.\n\
        The blast hurt or killed 31 shoppers, a hospital official said later.\n\
        Nine people were killed and 18 were injured.\n";
    let a = analyze(&[("blast.txt", text)]);
    assert_eq!(fig(&a, 27, "27 people").outcome.as_str(), "total");
    assert_eq!(fig(&a, 31, "31 shoppers").outcome.as_str(), "total");
    assert_eq!(fig(&a, 9, "Nine people").outcome.as_str(), "killed");
    assert_eq!(fig(&a, 18, "18").outcome.as_str(), "injured");
}

/// A crowd is counted as how many there were, whatever the sentence tells after its verb.
#[test]
fn crowds_are_counted_as_how_many_were_there() {
    let text = "About 4,000 people gathered outside the stadium on Sunday night.\n\
        Tens of thousands marched through the capital, prompting clashes that left two dead.\n";
    let a = analyze(&[("vigil.txt", text)]);
    assert_eq!(fig(&a, 4000, "4,000 people").outcome.as_str(), "total");
    assert_eq!(fig(&a, 20000, "Tens of thousands").outcome.as_str(), "total");
    assert_eq!(fig(&a, 2, "two dead").outcome.as_str(), "killed");
    let ferry = analyze(&[("ferry.txt", "The ferry carried 312 passengers when it capsized on Monday.\n")]);
    assert_eq!(fig(&ferry, 312, "312 passengers").outcome.as_str(), "total");
}

/// A report stored without capitals: its sentences still split (so "officials said" stays
/// with its own count) and its places are found where the words around say a place comes,
/// never a common word that is also a town ("a mobile phone", "and reading").
#[test]
fn a_report_without_capitals_splits_its_sentences_and_finds_its_places() {
    let text = "flood kills 14\n\nat least 14 people were killed on monday when floods struck northern italy, \
        officials said. rescuers pulled 9 survivors from a bus near verona. a mobile phone network \
        failed in the town of vicenza, 50 km from the river. volunteers from milan and reading sent \
        food and blankets to the shelters overnight.\n";
    let a = analyze(&[("flood.txt", text)]);
    assert_eq!(fig(&a, 9, "9 survivors").by, None, "the sentence before keeps its speaker");
    let names: Vec<&str> = a.places.iter().map(|p| p.name.as_str()).collect();
    for place in ["Italy", "Verona", "Vicenza"] {
        assert!(names.contains(&place), "{place} in {names:?}");
    }
    assert!(!names.iter().any(|n| *n == "Mobile" || *n == "Reading"), "{names:?}");
}

/// A day still to come ("a hearing is scheduled for April 14") does not fix when the report
/// was written: its weekdays fall near the days it tells as past.
#[test]
fn a_scheduled_day_does_not_date_the_report() {
    let text = "Two charged after warehouse fire\n\n\
        Dunmore police arrested two warehouse workers on Tuesday.\n\n\
        Dunmore police said the warehouse fire on March 30 killed four workers.\n\n\
        A preliminary hearing is scheduled for April 14 before Judge Reyes.\n";
    let a = analyze(&[("fire.txt", text)]);
    let day = a.documents[0].published.expect("a day is inferred");
    // Tuesday, told with the fire of March 30, falls near it, not in the week of the hearing.
    assert!((day.month, day.day) <= (4, 7), "dated by the hearing still to come: {day:?}");
}

/// "Were down" after the people counted says they were hurt; followed by a place it only says
/// where they were.
#[test]
fn people_down_are_hurt_unless_a_place_follows() {
    let a = analyze(&[(
        "raid.txt",
        "At least three deputies were down after the suspect fired through the door on Tuesday.\n",
    )]);
    assert_eq!(fig(&a, 3, "three deputies").outcome.as_str(), "injured");
    let b = analyze(&[("storm.txt", "Six workers were down in the tunnel when the storm cut the power on Tuesday.\n")]);
    assert!(b.figures.iter().all(|f| f.outcome.as_str() != "injured"), "{:?}", b.figures);
}

/// The name after an attack's noun and "at" is the venue where it happened, though no
/// gazetteer holds it; a time or a lone name there is not a venue.
#[test]
fn the_venue_of_an_attack_is_a_site() {
    let text = "Two dead in warehouse attack\n\n\
        Two workers were killed in a shooting at Northgate Paper Mills in Dalton on Monday.\n\n\
        A second blast at Harbor View Hotel followed at Noon, and the standoff at Smith ended.\n";
    let a = analyze(&[("mill.txt", text)]);
    let sites: Vec<&str> = a.places.iter().filter(|p| p.kind == "site").map(|p| p.name.as_str()).collect();
    assert!(sites.contains(&"Northgate Paper Mills"), "{sites:?}");
    assert!(sites.contains(&"Harbor View Hotel"), "{sites:?}");
    assert!(!sites.iter().any(|s| s.contains("Noon") || *s == "Smith"), "{sites:?}");
}

/// People made to flee or told to evacuate are counted as evacuated; people who only tried
/// to flee are not.
#[test]
fn people_forced_to_flee_are_evacuated() {
    let text = "Wildfire grows\n\n\
        The wildfire destroyed 120 homes and forced 4,500 residents to flee on Sunday.\n\n\
        Deputies ordered 900 people to evacuate the valley.\n\n\
        Two prisoners tried to flee the camp during the fire.\n";
    let a = analyze(&[("fire.txt", text)]);
    assert_eq!(fig(&a, 4500, "4,500 residents").outcome.as_str(), "evacuated");
    assert_eq!(fig(&a, 900, "900 people").outcome.as_str(), "evacuated");
    assert!(a.figures.iter().all(|f| f.value != 2 || f.outcome.as_str() != "evacuated"), "{:?}", a.figures);
}

/// A single person "suffered", "sustained" or "succumbed": the verb's object or the verb
/// itself says what befell them.
#[test]
fn one_person_who_suffered_or_succumbed() {
    let text = "Crash on the interstate\n\n\
        A bystander sustained a stab wound during the brawl at the rest stop on Friday.\n\n\
        A passenger succumbed to his injuries at the hospital.\n\n\
        Two deputies suffered gunshot wounds.\n";
    let a = analyze(&[("crash.txt", text)]);
    assert_eq!(fig(&a, 1, "A bystander").outcome.as_str(), "injured");
    assert_eq!(fig(&a, 1, "A passenger").outcome.as_str(), "killed");
    assert_eq!(fig(&a, 2, "Two deputies").outcome.as_str(), "injured");
}

/// Dozens counted ("three dozen", "half a dozen"), a possessive before the count ("killed her
/// three children"), and people driven from their homes.
#[test]
fn dozens_counted_possessives_and_people_driven_from_home() {
    let text = "Fumes at the county fair\n\n\
        More than three dozen people were sickened by fumes at the county fair on Saturday.\n\n\
        Half a dozen people were hurt in the rush for the exits.\n\n\
        In a separate fire across town, the blaze killed her three children.\n\n\
        Some 300 residents were forced from their homes by the smoke.\n\n\
        Half of the visitors left early.\n";
    let a = analyze(&[("fair.txt", text)]);
    let ill = fig(&a, 36, "three dozen people");
    assert_eq!((ill.outcome.as_str(), ill.approx.as_str()), ("ill", "more_than"));
    assert_eq!(fig(&a, 6, "Half a dozen people").outcome.as_str(), "injured");
    assert_eq!(fig(&a, 3, "three children").outcome.as_str(), "killed");
    assert_eq!(fig(&a, 300, "300 residents").outcome.as_str(), "evacuated");
    assert!(a.figures.iter().all(|f| !f.text.starts_with("Half of")), "{:?}", a.figures);
}

/// A US town told by its state ("Smallton, Kan."): the state picks among places of one name,
/// a town the gazetteer does not hold is listed unplaced under its state, and a place of the
/// same name elsewhere is not put on the map for it.
#[test]
fn a_town_with_its_state_is_that_state_s_town() {
    let text = "SMALLTON, Kan. (AP) - A tornado killed two people on Tuesday.\n\n\
        Officials in Portland, Maine, said a relief team was on its way.\n\n\
        Police in Paris, Texas, sent two officers.\n\n\
        In Berlin, the news came in the night.\n\n\
        The storm also flattened the village of Brookhollow and damaged homes in the Eastgate area, \
        the Cherokee County district attorney said.\n";
    let a = analyze(&[("storm.txt", text)]);
    let place = |name: &str| a.places.iter().find(|p| p.name == name);
    let smallton = place("Smallton, Kansas").expect("the dateline's town, under its state");
    assert_eq!((smallton.kind.as_str(), smallton.lat), ("town", None));
    let portland = place("Portland, Maine").expect("Maine's Portland, not the gazetteer's one in Oregon");
    assert_eq!(portland.lat, None);
    assert!(place("Portland").is_none(), "{:?}", a.places);
    let paris = place("Paris").expect("Paris, Texas");
    assert!(paris.lat.is_some_and(|lat| (25.0..37.0).contains(&lat)), "Texas, not France: {paris:?}");
    assert!(place("Berlin").is_some(), "a place after a sentence's opening 'In': {:?}", a.places);
    assert_eq!(place("Brookhollow").map(|p| p.kind.as_str()), Some("town"));
    assert_eq!(place("Eastgate").map(|p| p.kind.as_str()), Some("district"));
    assert!(a.places.iter().all(|p| p.kind != "district" || p.name != "Cherokee County"), "{:?}", a.places);
}

/// Objects of one verb joined by "as well as" or "along with" share its outcome, as with "and".
#[test]
fn objects_joined_by_as_well_as_or_along_with_share_the_verb() {
    let text = "Gunfire at the depot\n\n\
        The gunman wounded a security guard as well as two members of the crew on Monday.\n\n\
        A second attack killed 12 soldiers along with three civilians.\n";
    let a = analyze(&[("depot.txt", text)]);
    assert_eq!(fig(&a, 2, "two members").outcome.as_str(), "injured");
    assert_eq!(fig(&a, 12, "12 soldiers").outcome.as_str(), "killed");
    assert_eq!(fig(&a, 3, "three civilians").outcome.as_str(), "killed");
}

/// A word a report writes as a person's surname ("Marco Santiago", then "Santiago served") is
/// that person where it stands alone, not a town of that name; another report that names the
/// city keeps it.
#[test]
fn a_surname_alone_is_the_person_not_a_town() {
    let gunman = "Airport gunman charged\n\n\
        Police said the gunman, Marco Santiago, 31, flew in from Anchorage on Friday.\n\n\
        Santiago served in the National Guard, and investigators spoke to Santiago's brother.\n";
    let city = "Quake relief\n\n\
        Relief flights left Santiago on Monday with 40 rescuers.\n";
    let a = analyze(&[("gunman.txt", gunman), ("city.txt", city)]);
    let santiago = a.places.iter().find(|p| p.name == "Santiago").expect("the city of the second report");
    assert_eq!(santiago.docs, ["d2"], "{:?}", a.places);
    assert!(a.places.iter().any(|p| p.name == "Anchorage"), "{:?}", a.places);
}

/// "Boylston and Exeter streets": two streets, not a street and the English city; "William
/// and Mary": a name, not a town.
#[test]
fn two_streets_named_at_once_and_names_joined_by_and() {
    let text = "Blast near the finish line\n\n\
        Police sealed the intersection of Halford and Exeter streets on Monday.\n";
    let a = analyze(&[("blast.txt", text)]);
    let names: Vec<&str> = a.places.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Halford Street") && names.contains(&"Exeter Street"), "{names:?}");
    assert!(!names.contains(&"Exeter"), "{names:?}");
    // "the intersection of X and Y": two streets; "University of …": a longer name.
    let text = "Standoff ends\n\n\
        Officers closed the intersection of Centennial and Fillmore on Friday. The wounded were \
        taken to University of Colorado Hospital.\n";
    let a = analyze(&[("standoff.txt", text)]);
    let kind = |name: &str| a.places.iter().find(|p| p.name == name).map(|p| p.kind.as_str());
    assert_eq!((kind("Centennial"), kind("Fillmore")), (Some("street"), Some("street")), "{:?}", a.places);
    assert_eq!(kind("University"), None, "{:?}", a.places);
    // The second half of a name after "and" is no town; a place after another place is.
    let text = "Campus closed\n\n\
        Students at the College of William and Mary were sent home, and flights from Paris and \
        Alexandria were cancelled.\n";
    let a = analyze(&[("campus.txt", text)]);
    let names: Vec<&str> = a.places.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.contains(&"Mary") && names.contains(&"Alexandria"), "{names:?}");
}

/// People named with their ages between the count and its verb; a figure revised in the
/// same sentence counts what the figure before it counts.
#[test]
fn names_and_ages_between_a_count_and_its_verb_and_a_revised_figure() {
    let text = "Family mourns\n\n\
        Three of Maxwell's children, Dorian Lee Maxwell, 31, Andre Maxwell, 28, and Keon Maxwell, 24, \
        were killed, along with a \
        neighbour, police said.\n\n\
        The ministry said on Monday the death toll had climbed to 412, but it later revised that \
        figure down to 398.\n";
    let a = analyze(&[("family.txt", text)]);
    let sons = fig(&a, 3, "Three of Maxwell's children");
    assert_eq!(sons.outcome, Outcome::Killed);
    assert_eq!(sons.who, "people", "grown sons are not children");
    assert_eq!(fig(&a, 412, "412").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 398, "398").outcome, Outcome::Killed);
    // Ages alone are no counts of people.
    assert!(!a.figures.iter().any(|f| [31, 28, 24].contains(&f.value)), "{:?}", a.figures);
}

/// "… and another four at the station": the count after "and another" has the verb of the
/// clause before, and adds to its count.
#[test]
fn a_count_whose_verb_is_gapped_after_and_another() {
    let text = "Market attack\n\n\
        Three people were killed in the market and another four at the bus station, police said. \
        Six guards were posted at the gate and another two inside.\n";
    let a = analyze(&[("market.txt", text)]);
    let four = fig(&a, 4, "four");
    assert_eq!(four.outcome, Outcome::Killed);
    assert_eq!(four.span, parallax::model::Span::Increment);
    assert_eq!(fig(&a, 2, "two").who, "police");
}

/// A live blog's list: items that are only a count break down the item above them.
#[test]
fn items_of_a_list_that_are_only_counts_break_down_the_count_above() {
    let text = "Standoff updates\n\n\
        New numbers released by the sheriff at noon:\n\n\
        -Five deputies were shot.\n\n\
        -Three with the county sheriff's office\n\n\
        -Two with the state patrol\n\n\
        -Forty people were evacuated from the mall.\n\n\
        -Two officers of the state patrol were also at the scene\n";
    let a = analyze(&[("standoff.txt", text)]);
    let five = fig(&a, 5, "Five deputies");
    assert_eq!(five.outcome, Outcome::Injured);
    for (value, words) in [(3, "Three with the county sheriff's office"), (2, "Two with the state patrol")] {
        let part = a.figures.iter().find(|f| f.value == value && f.text == words).expect("the item is read whole");
        assert_eq!(part.outcome, Outcome::Injured, "{part:?}");
        assert_eq!(part.part_of.as_deref(), Some(five.id.as_str()), "{part:?}");
        assert_eq!(part.who, "police");
    }
    // An item with a verb of its own is a count of its own, not a part.
    assert_eq!(fig(&a, 40, "Forty people").outcome, Outcome::Evacuated);
    assert!(a.figures.iter().filter(|f| f.part_of.is_some()).all(|f| f.value != 40 && !f.text.contains("officers")));
}

/// A relative clause of where the people were comes between them and their predicate; a
/// word of degree before a modifier of people.
#[test]
fn a_relative_clause_of_place_and_a_word_of_degree() {
    let text = "Clinic siege\n\n\
        The company said all 12 nurses who were in the east wing at the time of the attack on \
        Monday are unharmed. Four people died, including one very young child. Two guards who \
        were at the gate said the gunman fled.\n";
    let a = analyze(&[("siege.txt", text)]);
    let nurses = fig(&a, 12, "12 nurses");
    assert_eq!((nurses.outcome, nurses.who.as_ref()), (Outcome::Safe, "workers"));
    let child = fig(&a, 1, "one very young child");
    assert_eq!((child.outcome, child.who.as_ref()), (Outcome::Killed, "children"));
    // Speakers after such a clause: what they tell befell others.
    assert!(a.figures.iter().all(|f| f.value != 2 || f.outcome != Outcome::Evacuated), "{:?}", a.figures);
}

/// Sons and daughters who are adults are people, not children; young ones are children.
#[test]
fn grown_children_are_people() {
    let text = "Vigil\n\nShe lost three of her grown children in the fire. Two children, Amy Lee, 7, and \
        Ben Lee, 9, were hurt.\n";
    let a = analyze(&[("vigil.txt", text)]);
    assert_eq!(fig(&a, 3, "grown children").who, "people");
    assert_eq!(fig(&a, 2, "Two children").who, "children");
}

/// People charged with the attack are the accused attackers; people held on other charges
/// are people.
#[test]
fn charged_with_the_attack_or_held_on_other_charges() {
    let text = "Arrests\n\n\
        Two men were charged with murder in the market shooting on Friday. Three others were \
        arrested on charges stemming from a search of a storage unit.\n";
    let a = analyze(&[("arrests.txt", text)]);
    let two = fig(&a, 2, "Two men");
    assert_eq!((two.outcome, two.who.as_ref()), (Outcome::Held, "militants"));
    let three = fig(&a, 3, "Three others");
    assert_eq!((three.outcome, three.who.as_ref()), (Outcome::Held, "people"));
}

/// "as well as" joins a second count to the first whatever gave the first its outcome, over
/// an "including …" aside; members of the military are soldiers.
#[test]
fn as_well_as_over_an_aside_and_members_of_the_military() {
    let text = "Base shooting\n\n\
        The county hospital treated four gunshot victims, including a guard, as well as two members \
        of the military, officials said.\n";
    let a = analyze(&[("base.txt", text)]);
    assert_eq!(fig(&a, 4, "four gunshot victims").outcome, Outcome::Injured);
    let members = fig(&a, 2, "two members");
    assert_eq!((members.outcome, members.who.as_ref()), (Outcome::Injured, "soldiers"));
}

/// "[four officers were wounded.] Three are city police officers and one is a county deputy":
/// bare counts whose predicate is a noun of people break down the count of the sentence before.
#[test]
fn counts_told_by_their_noun_in_the_next_sentence_break_down_a_count() {
    let text = "Standoff\n\n\
        The chief said four officers were wounded in the standoff. Three are city police officers \
        and one is a county sheriff's deputy. Six people were killed. Two were from Ohio.\n";
    let a = analyze(&[("standoff.txt", text)]);
    let four = fig(&a, 4, "four officers");
    for (value, words) in [(3, "Three are city police officers"), (1, "one is a county sheriff's deputy")] {
        let part = fig(&a, value, words);
        assert_eq!((part.outcome, part.who.as_ref()), (Outcome::Injured, "police"), "{part:?}");
        assert_eq!(part.part_of.as_deref(), Some(four.id.as_str()));
    }
    // A predicate that names no people ("from Ohio") says nothing of a count.
    assert!(!a.figures.iter().any(|f| f.value == 2), "{:?}", a.figures);
}

/// A condition told with quotation marks or a word of degree ("is in \"extremely critical
/// condition\"") is of the injured; a bare count reads with its condition.
#[test]
fn a_condition_in_quotes_or_with_a_word_of_degree() {
    let text = "Club shooting\n\n\
        At least 12 others were shot, and one of those people is in \"extremely critical condition,\" \
        the chief said. Six are still in hospital, two in critical condition.\n";
    let a = analyze(&[("club.txt", text)]);
    assert_eq!(fig(&a, 1, "one of those people").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "two in critical condition").outcome, Outcome::Injured);
}

/// "Seven people were killed, three of them children": the people a count picks out of the
/// count before, named after "of them"/"of whom", are a part of it with what befell it; a
/// verb after "of them" tells its own outcome.
#[test]
fn people_named_after_of_them_are_a_part_of_the_count_before() {
    let text = "Ferry fire\n\n\
        Nine passengers died in the fire, four of them children. Officials said 14 people were \
        injured, two of whom were firefighters. Ten people were hurt in the rush, two of them \
        were taken to the hospital.\n";
    let a = analyze(&[("ferry.txt", text)]);
    let nine = fig(&a, 9, "Nine passengers");
    let four = fig(&a, 4, "four of them children");
    assert_eq!((four.outcome, four.who.as_ref()), (Outcome::Killed, "children"));
    assert_eq!(four.part_of.as_deref(), Some(nine.id.as_str()));
    let fourteen = fig(&a, 14, "14 people");
    let two = fig(&a, 2, "two of whom were firefighters");
    assert_eq!((two.outcome, two.who.as_ref()), (Outcome::Injured, "firefighters"));
    assert_eq!(two.part_of.as_deref(), Some(fourteen.id.as_str()));
    assert!(!a.figures.iter().any(|f| f.text.contains("of them were taken")), "{:?}", a.figures);
}

/// "were shot dead": the longer cue wins over "were shot" (the wounded); burns are injuries.
#[test]
fn people_shot_dead_are_killed_not_wounded() {
    let text = "Market attack\n\n\
        Two guards were shot dead at the gate. Three shoppers were shot to death inside, and \
        four others were shot and wounded. Five firefighters suffered severe burns.\n";
    let a = analyze(&[("market.txt", text)]);
    assert_eq!(fig(&a, 5, "Five firefighters").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "Two guards").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3, "Three shoppers").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 4, "four others").outcome, Outcome::Injured);
}

/// "the toll topped 2,000" is a lower bound; "all but five escaped" gives no count of those
/// who escaped.
#[test]
fn a_toll_that_passed_a_mark_and_all_but_a_few() {
    let text = "Quake\n\n\
        The death toll from the quake topped 2,000 on Tuesday. Of the 300 pupils in the school, \
        all but five escaped.\n";
    let a = analyze(&[("quake.txt", text)]);
    assert_eq!(fig(&a, 2000, "2,000").approx, parallax::model::Approx::MoreThan);
    assert!(!a.figures.iter().any(|f| f.value == 5), "{:?}", a.figures);
}

/// "A second victim died" after one dead: the toll is now two (not a toll of one, and a
/// toll the other reports' counts can be set beside, where one more could not).
#[test]
fn a_second_victim_makes_the_toll_two() {
    let text = "Plant blast\n\n\
        One worker was killed in the blast on Saturday. A second victim died at the hospital on \
        Sunday.\n";
    let a = analyze(&[("blast.txt", text)]);
    assert_eq!(fig(&a, 1, "One worker").span, parallax::model::Span::Toll);
    let second = fig(&a, 2, "A second victim");
    assert_eq!((second.outcome, second.span), (Outcome::Killed, parallax::model::Span::Toll));
}

/// People moved to shelters, relocated or staying in evacuation centres were evacuated.
#[test]
fn people_moved_to_shelters_or_relocated_were_evacuated() {
    let text = "Floods\n\n\
        Officials said 350 people had been moved to temporary shelters on Monday. About 4,000 \
        residents were relocated, and some 900 people were staying in evacuation centres.\n";
    let a = analyze(&[("floods.txt", text)]);
    for (value, words) in [(350, "350 people"), (4000, "About 4,000 residents"), (900, "some 900 people")] {
        assert_eq!(fig(&a, value, words).outcome, Outcome::Evacuated, "{words}");
    }
}

/// "One person was killed and another critically injured", "two died and a third was hurt":
/// one more person after a count, with the predicate that follows; one more of the same
/// outcome is an increment. Alone ("Another man remained in critical condition") or in a
/// doubt ("unconfirmed if a fifth was hurt") it is no count.
#[test]
fn another_or_a_third_after_a_count_is_one_more_person() {
    let text = "Workshop blast\n\n\
        One person was killed and another critically injured in the blast on Monday. Two \
        workers died on Tuesday and a third was hurt. Three were killed and another died later. \
        Another man remained in critical condition. Four officers are injured; it is unconfirmed \
        if a fifth was also hurt.\n";
    let a = analyze(&[("blast.txt", text)]);
    let injured: Vec<&Figure> = a.figures.iter().filter(|f| f.value == 1 && f.outcome == Outcome::Injured).collect();
    assert_eq!(injured.len(), 2, "{injured:?}");
    assert!(injured.iter().all(|f| f.span == parallax::model::Span::Toll));
    let later = a.figures.iter().find(|f| f.value == 1 && f.outcome == Outcome::Killed && f.text == "another");
    assert_eq!(later.map(|f| f.span), Some(parallax::model::Span::Increment), "{:?}", a.figures);
}

/// "killed 40 people, including 12 in Texas": a bare count after "including" is a part of
/// the count before, with its outcome.
#[test]
fn a_bare_count_after_including_is_a_part() {
    let text = "Storm\n\n\
        The storm killed 40 people across the South on Sunday, including 12 in Texas, officials \
        said.\n";
    let a = analyze(&[("storm.txt", text)]);
    let whole = fig(&a, 40, "40 people");
    let part = fig(&a, 12, "12");
    assert_eq!((part.outcome, part.span), (Outcome::Killed, parallax::model::Span::Part));
    assert_eq!(part.part_of.as_deref(), Some(whole.id.as_str()));
}

/// Another event told after its figure ("died in a separate fire last year", "in March
/// 2016") is background; a comparison with it ("the worst since last year") is not.
#[test]
fn a_year_after_the_figure_sets_it_in_another_event() {
    let text = "Tenement fire\n\n\
        NEWARK, March 2, 2020 - Ten people died in the fire on Monday, the worst toll since last \
        year. Three died in a separate fire last year. Four people died in a blaze at the same \
        building in March 2016.\n";
    let a = analyze(&[("fire.txt", text)]);
    assert!(!fig(&a, 10, "Ten people").background);
    assert!(fig(&a, 3, "Three").background);
    assert!(fig(&a, 4, "Four people").background);
}

/// "…, while officials put the number at 26": the number of what the count before counts,
/// given by the officials (not "while officials").
#[test]
fn the_number_put_at_counts_what_the_count_before_counts() {
    let text = "Ferry\n\n\
        Relatives said as many as 60 people were still missing, while officials put the number \
        at 26. Twelve people were killed, but the police later revised the figure to 10.\n";
    let a = analyze(&[("ferry.txt", text)]);
    let officials = fig(&a, 26, "26");
    assert_eq!((officials.outcome, officials.by.as_deref()), (Outcome::Missing, Some("officials")));
    assert_eq!(fig(&a, 10, "10").outcome, Outcome::Killed);
}

/// A speaker's name with "for", "of" or "and" inside it is read whole; a noun of the event
/// before a title is not part of the speaker.
#[test]
fn speakers_named_with_of_for_and_inside() {
    let text = "Outbreak\n\n\
        The outbreak has sickened 212 people, the Centers for Disease Control and Prevention said. \
        After the shooting Mayor Ann Lee and Police Chief Tom Ray said 4 people were injured.\n";
    let a = analyze(&[("outbreak.txt", text)]);
    assert_eq!(fig(&a, 212, "212 people").by.as_deref(), Some("the Centers for Disease Control and Prevention"));
    assert_eq!(fig(&a, 4, "4 people").by.as_deref(), Some("Mayor Ann Lee and Police Chief Tom Ray"));
}

/// People trapped in a room during a shooting are held there; people trapped under rubble
/// are missing.
#[test]
fn trapped_in_a_shooting_is_held_and_under_rubble_missing() {
    let shooting = "Clinic shooting\n\n\
        A gunman opened fire at the clinic on Friday. Police are talking by phone with three people \
        trapped in a bathroom closet.\n";
    let a = analyze(&[("shooting.txt", shooting)]);
    assert_eq!(fig(&a, 3, "three people").outcome, Outcome::Held);
    let quake = "Quake\n\n\
        The gunman's old school was among the buildings that collapsed. Rescuers said 11 people were \
        trapped under the rubble.\n";
    let a = analyze(&[("quake.txt", quake)]);
    assert_eq!(fig(&a, 11, "11 people").outcome, Outcome::Missing);
}

/// "The remaining 12 hostages were freed": the last of them, added to those freed before; "the
/// remaining 12 are still held" counts the held.
#[test]
fn the_remaining_freed_are_an_increment_the_remaining_held_a_count() {
    let text = "Siege\n\n\
        Police freed 20 hostages on Saturday. The remaining 12 hostages were freed on Sunday. In the \
        other building the remaining 5 hostages are still held.\n";
    let a = analyze(&[("siege.txt", text)]);
    assert_eq!(fig(&a, 12, "12 hostages").span, parallax::model::Span::Increment);
    let held = fig(&a, 5, "5 hostages");
    assert_eq!((held.outcome, held.span), (Outcome::Held, parallax::model::Span::Toll));
}

/// "Canada has reported 114 cases": a country that tallies counts its own people; a country
/// that says what its forces did does not make the people it names its own.
#[test]
fn a_country_that_reports_cases_counts_its_own() {
    let text = "Outbreak\n\n\
        The outbreak has sickened 396 people in 34 states. Canada has reported 114 cases. Russia \
        said its forces killed 30 militants.\n";
    let a = analyze(&[("outbreak.txt", text)]);
    assert_eq!(fig(&a, 114, "114 cases").nationality.as_deref(), Some("Canada"));
    assert_eq!(fig(&a, 396, "396 people").nationality, None);
    assert_eq!(fig(&a, 30, "30 militants").nationality, None);
}

/// "its citizens" are the people of the country last named by its name before them, else of
/// the first nationality named.
#[test]
fn its_citizens_are_of_the_country_that_says_so() {
    let text = "Crash\n\n\
        Kenya's transport minister said 32 Kenyans were among the dead, while Canada said 18 of its \
        citizens had died. Malaysia's news agency, citing Thai police, said two of its citizens were \
        killed.\n";
    let a = analyze(&[("crash.txt", text)]);
    assert_eq!(fig(&a, 18, "18 of its citizens").nationality.as_deref(), Some("Canada"));
    assert_eq!(fig(&a, 2, "two of its citizens").nationality.as_deref(), Some("Malaysia"));
    assert_eq!(fig(&a, 32, "32 Kenyans").nationality.as_deref(), Some("Kenya"));
}

/// "the number of people unaccounted for jumped to 1,011", "the number of confirmed cases
/// rose to 58": the count's outcome is named after "number of"; "confirmed" before a noun
/// names no speaker.
#[test]
fn the_number_of_unaccounted_displaced_or_confirmed_cases() {
    let text = "Fire\n\n\
        The number of people unaccounted for jumped to 1,011 on Friday. The number of confirmed cases \
        rose to 58. The number of people displaced grew to 20,000.\n";
    let a = analyze(&[("fire.txt", text)]);
    assert_eq!(fig(&a, 1011, "1,011").outcome, Outcome::Missing);
    let cases = fig(&a, 58, "58");
    assert_eq!((cases.outcome, cases.by.as_deref()), (Outcome::Ill, None));
    assert_eq!(fig(&a, 20000, "20,000").outcome, Outcome::Evacuated);
}

/// "About 40 percent of the 200 residents left", "half of the 30 hostages were freed": a share
/// befell them; the count is of all there were.
#[test]
fn a_share_of_a_count_leaves_the_count_a_total() {
    let text = "Siege\n\nAbout 40 percent of the 200 residents left. Half of the 30 hostages were freed.\n";
    let a = analyze(&[("siege.txt", text)]);
    assert_eq!(fig(&a, 200, "200 residents").outcome, Outcome::Total);
    assert_eq!(fig(&a, 30, "30 hostages").outcome, Outcome::Total);
}

/// A toll foreseen ("could reach 1,000", "is expected to climb above 100") is no count; one
/// reached is.
#[test]
fn a_projected_toll_is_no_count() {
    let text = "Quake\n\n\
        Officials fear the toll could reach 1,000. The death toll is expected to climb above 100. \
        The toll rose to 45 on Monday and could rise further.\n";
    let a = analyze(&[("quake.txt", text)]);
    let values: Vec<u64> = a.figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [45], "{:?}", a.figures);
}

/// "Two toddlers and an infant were killed": one joined by "and" to a count of its kind is
/// another person, not one of those counted; "including a woman" after a count is one of them.
#[test]
fn one_joined_to_a_count_of_its_kind_is_another_person() {
    let text = "Fire\n\n\
        Two toddlers and an infant were killed in the fire. Four were in critical condition, \
        including a 38-year-old woman. Twelve people were injured.\n";
    let a = analyze(&[("fire.txt", text)]);
    assert_eq!(fig(&a, 1, "an infant").outcome, Outcome::Killed);
    assert!(!a.figures.iter().any(|f| f.text.contains("38-year-old")), "{:?}", a.figures);
}

/// People whose stated ages are all under 18 are children ("four students, aged 14 to 16");
/// adults are not ("three men, aged 20 to 45").
#[test]
fn people_aged_under_eighteen_are_children() {
    let text = "School bus\n\n\
        Four students, aged 14 to 16, were injured. Three men, aged 20 to 45, were injured too.\n";
    let a = analyze(&[("bus.txt", text)]);
    assert_eq!(fig(&a, 4, "Four students").who, "children");
    assert_eq!(fig(&a, 3, "Three men").who, "people");
}

/// "Of the 12 injured, three remain in critical condition": a bare count after an opening
/// "Of the …," is a part of its count, of what befell it unless it says otherwise.
#[test]
fn a_count_after_an_opening_of_the_is_a_part_of_it() {
    let text = "Crash\n\nOf the 12 injured, three remain in critical condition. Of the 300 people inside, 200 fled. \
        Of the 10 killed, eight were children.\n";
    let a = analyze(&[("crash.txt", text)]);
    let eight = fig(&a, 8, "eight were children");
    assert_eq!((eight.outcome, eight.who.as_ref()), (Outcome::Killed, "children"));
    let twelve = fig(&a, 12, "12");
    let three = fig(&a, 3, "three");
    assert_eq!((three.outcome, three.part_of.as_deref()), (Outcome::Injured, Some(twelve.id.as_str())));
    let fled = fig(&a, 200, "200");
    assert_eq!(fled.outcome, Outcome::Evacuated);
    assert_eq!(fled.part_of.as_deref(), Some(fig(&a, 300, "300 people").id.as_str()));
}

/// Hostages who "managed to escape" are freed, not still held.
#[test]
fn hostages_who_managed_to_escape_are_freed() {
    let text = "Siege\n\nFive hostages managed to escape on Friday. Four hostages remain in captivity.\n";
    let a = analyze(&[("siege.txt", text)]);
    assert_eq!(fig(&a, 5, "Five hostages").outcome, Outcome::Freed);
    assert_eq!(fig(&a, 4, "Four hostages").outcome, Outcome::Held);
}

/// Divers, skiers, campers… are people counted; people who "could not be located" or "have
/// not been found" are missing.
#[test]
fn more_nouns_of_people_and_words_of_the_missing() {
    let text = "Avalanche\n\n\
        Two divers are still unaccounted for. Three skiers could not be located, and four campers \
        have not been found.\n";
    let a = analyze(&[("avalanche.txt", text)]);
    for (value, words) in [(2, "Two divers"), (3, "Three skiers"), (4, "four campers")] {
        assert_eq!(fig(&a, value, words).outcome, Outcome::Missing, "{words}");
    }
}

/// Rescuers, volunteers, officials, relatives… are people counted, in lists too; officials
/// who speak are the source, not a count.
#[test]
fn rescuers_officials_and_relatives_are_counted() {
    let text = "Landslide\n\n\
        Three rescuers and two volunteers were killed when the slope gave way on Monday. \
        Two mothers and their babies were injured. Two officials said four reporters are missing.\n";
    let a = analyze(&[("landslide.txt", text)]);
    assert_eq!(fig(&a, 3, "Three rescuers").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 2, "two volunteers").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 2, "Two mothers").outcome, Outcome::Injured);
    let reporters = fig(&a, 4, "four reporters");
    assert_eq!(reporters.outcome, Outcome::Missing);
    assert_eq!(reporters.by.as_deref(), Some("Two officials"));
    assert!(!a.figures.iter().any(|f| f.text == "Two officials"), "the speakers are no count");
}

/// A verb before a list governs all its counts ("killed two soldiers, a policeman and three
/// civilians"), over a time told of the first ("lost three children last night and two
/// nieces"); a count with a verb of its own keeps its own.
#[test]
fn a_verb_governs_every_count_of_its_list() {
    let text = "Ambush\n\n\
        The roadside bomb killed two soldiers, a policeman and three civilians on Sunday. \
        \"I lost three children last night and two nieces,\" a farmer said. \
        The gunmen wounded four guards on Monday and six workers fled the compound.\n";
    let a = analyze(&[("ambush.txt", text)]);
    for (value, words) in [(2, "two soldiers"), (3, "three civilians"), (3, "three children"), (2, "two nieces")] {
        assert_eq!(fig(&a, value, words).outcome, Outcome::Killed, "{words}");
    }
    assert_eq!(fig(&a, 4, "four guards").outcome, Outcome::Injured);
    assert!(a.figures.iter().all(|f| f.text != "six workers" || f.outcome != Outcome::Injured), "fled: not wounded");
}

/// "were set free", "among the hostages", "forced 40,000 from their homes", "left 5,000
/// homeless": what befell the people counted, in the words reports use for it.
#[test]
fn set_free_among_the_hostages_and_driven_from_homes() {
    let text = "Siege and storm\n\n\
        Six hostages were set free late on Tuesday. Five Britons and three Americans are among \
        the hostages, officials said. The storm forced 40,000 from their homes and left 5,000 \
        people homeless.\n";
    let a = analyze(&[("siege.txt", text)]);
    assert_eq!(fig(&a, 6, "Six hostages").outcome, Outcome::Freed);
    for (value, words, nation) in [(5, "Five Britons", "United Kingdom"), (3, "three Americans", "United States")] {
        let f = fig(&a, value, words);
        assert_eq!((f.outcome, f.nationality.as_deref()), (Outcome::Held, Some(nation)), "{words}");
    }
    assert_eq!(fig(&a, 40_000, "40,000").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 5_000, "5,000 people").outcome, Outcome::Evacuated);
}

/// "had treated 35 people", "were treating 40 patients": the people treated are injured.
#[test]
fn people_treated_are_injured() {
    let text = "Blast\n\nParamedics said they had treated 35 people at the scene. Doctors were treating 40 \
        patients for burns on Friday.\n";
    let a = analyze(&[("blast.txt", text)]);
    assert_eq!(fig(&a, 35, "35 people").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 40, "40 patients").outcome, Outcome::Injured);
}

/// People "brought out", "brought to safety", "brought … to the surface" are rescued; bodies
/// brought up stay the dead.
#[test]
fn people_brought_out_are_rescued() {
    let text = "Cave rescue\n\nNine of the 12 boys were brought out by divers on Monday. Rescuers brought \
        33 miners to the surface, and forty workers were brought to safety. Divers brought 17 bodies \
        to the surface.\n";
    let a = analyze(&[("cave.txt", text)]);
    for (value, words) in [(9, "Nine of the 12 boys"), (33, "33 miners"), (40, "forty workers")] {
        assert_eq!(fig(&a, value, words).outcome, Outcome::Freed, "{words}");
    }
    assert_eq!(fig(&a, 17, "17 bodies").outcome, Outcome::Killed);
}

/// A side telling of its own fighters' deeds ("said its fighters had killed 25 troops") makes
/// a claim; an office telling of a rescue does not.
#[test]
fn a_side_telling_of_its_own_fighters_claims() {
    let text = "Offensive\n\nThe Islamic State group said its fighters had killed 25 Kurdish troops on Monday. \
        Police said 12 hostages were rescued.\n";
    let a = analyze(&[("offensive.txt", text)]);
    let troops = fig(&a, 25, "25 Kurdish troops");
    assert!(troops.claim && troops.by.as_deref() == Some("The Islamic State group"), "{troops:?}");
    assert!(!fig(&a, 12, "12 hostages").claim);
}

/// A share of a whole ("two-thirds of the 900 residents", "most of the 120 passengers") befell
/// part of them: the whole counts how many there were. "All of the 900" befell them all. A
/// breakdown after a dash ("-- six of them children") is a part.
#[test]
fn shares_of_a_whole_and_a_breakdown_after_a_dash() {
    let text = "Flood\n\nTwo-thirds of the 900 residents fled. Most of the 120 passengers were rescued. \
        All of the 60 pupils were evacuated. Nine people were killed -- six of them children.\n";
    let a = analyze(&[("flood.txt", text)]);
    assert_eq!(fig(&a, 900, "900 residents").outcome, Outcome::Total);
    assert_eq!(fig(&a, 120, "120 passengers").outcome, Outcome::Total);
    assert_eq!(fig(&a, 60, "60 pupils").outcome, Outcome::Evacuated);
    let six = fig(&a, 6, "six of them children");
    assert_eq!((six.outcome, six.span), (Outcome::Killed, parallax::model::Span::Part));
}

/// "An estimated 40 hostages": a participle after an article is no speaker.
#[test]
fn an_estimated_count_has_no_speaker() {
    let text =
        "Siege\n\nAn estimated 40 hostages remain in captivity. Officials estimated that 12 guards were killed.\n";
    let a = analyze(&[("siege.txt", text)]);
    let held = fig(&a, 40, "An estimated 40 hostages");
    assert_eq!((held.outcome, held.by.as_deref()), (Outcome::Held, None));
    assert_eq!(fig(&a, 12, "12 guards").by.as_deref(), Some("Officials"));
}

/// "Interstate 95", "Highway 81", "Gate 12": numbers that name a road or a gate count no one.
#[test]
fn numbers_that_name_roads_and_gates_count_no_one() {
    let text = "Pile-up\n\nInterstate 95 was closed after a crash killed 3 people. Highway 81 reopened on \
        Friday. Gate 12 was evacuated, and 40 passengers were taken to hospital.\n";
    let a = analyze(&[("pileup.txt", text)]);
    assert!(a.figures.iter().all(|f| ![95, 81, 12].contains(&f.value)), "{:?}", a.figures);
    assert_eq!(fig(&a, 3, "3 people").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 40, "40 passengers").outcome, Outcome::Injured);
}

/// "Contact has been lost with 12 climbers", "lost contact with a boat carrying 9": missing.
#[test]
fn people_contact_was_lost_with_are_missing() {
    let text = "Expedition\n\nContact has been lost with 12 climbers on the north face. The coast guard \
        lost contact with 9 fishermen on Sunday.\n";
    let a = analyze(&[("expedition.txt", text)]);
    assert_eq!(fig(&a, 12, "12 climbers").outcome, Outcome::Missing);
    assert_eq!(fig(&a, 9, "9 fishermen").outcome, Outcome::Missing);
}

/// Pilots, gendarmes, hijackers, recruits, locals… are counted with their class; "local" before
/// a noun only describes it ("685 local employees" are workers).
#[test]
fn more_people_nouns_with_their_class() {
    let text = "Crash\n\nThree pilots and two flight attendants were killed. Four gendarmes were wounded. \
        Two hijackers were killed. Five recruits are missing. Three locals were injured. \
        685 local employees were freed. The gunman killed his 2 roommates and shot three co-workers.\n";
    let a = analyze(&[("crash.txt", text)]);
    let class = |v: u64, w: &str| fig(&a, v, w).who.to_string();
    assert_eq!(class(3, "Three pilots"), "workers");
    assert_eq!(class(2, "two flight attendants"), "workers");
    assert_eq!(class(4, "Four gendarmes"), "police");
    assert_eq!(class(2, "Two hijackers"), "militants");
    assert_eq!(class(5, "Five recruits"), "soldiers");
    assert_eq!(class(3, "Three locals"), "residents");
    assert_eq!(class(685, "685 local employees"), "workers");
    assert_eq!(class(2, "2 roommates"), "people");
    assert_eq!(class(3, "three co-workers"), "workers");
}

/// "rose from 32 to 41", "rose by 9 to 41" are changes, not ranges: 9 is what was added, and
/// the value changed from was told the day before ("revised Saturday from eight to six":
/// eight was Friday's), unless its own day is written after it.
#[test]
fn a_count_that_changed_is_no_range() {
    let text = "Quake\n\nLONDON, March 7, 2020 (Reuters) - The death toll rose from 32 to 41 on Saturday. \
        By evening the toll had risen by 9 to 50. The number of injured was revised Saturday from eight to six. \
        The toll of the other quake rose from nine on Wednesday to 17 on Thursday. Some 30 to 40 people \
        were missing.\n";
    let a = analyze(&[("quake.txt", text)]);
    let day = |v: u64, w: &str| fig(&a, v, w).as_of.map(|d| d.to_string());
    assert_eq!(fig(&a, 32, "32").approx, parallax::model::Approx::Exact);
    assert_eq!(day(41, "41").as_deref(), Some("2020-03-07"));
    assert_eq!(day(32, "32").as_deref(), Some("2020-03-06"));
    assert_eq!(fig(&a, 9, "9").span, parallax::model::Span::Increment);
    assert_eq!(day(8, "eight").as_deref(), Some("2020-03-06"));
    assert_eq!(day(6, "six").as_deref(), Some("2020-03-07"));
    assert_eq!(day(9, "nine").as_deref(), Some("2020-03-04"));
    assert_eq!(fig(&a, 30, "Some 30 to 40 people").approx, parallax::model::Approx::Range);

    // "up from 87 on Monday": the count before, as it was on its own day.
    let text = "Quake\n\nLONDON, March 7, 2020 (Reuters) - The toll climbed to 112 on Saturday, up from 87 on \
        Monday. Officials lowered the number of missing to 14 from 20.\n";
    let a = analyze(&[("quake.txt", text)]);
    let was = fig(&a, 87, "87");
    assert_eq!((was.outcome, was.as_of.map(|d| d.to_string())), (Outcome::Killed, Some("2020-03-02".into())));
    assert_eq!(fig(&a, 20, "20").outcome, Outcome::Missing);
    assert!(fig(&a, 20, "20").as_of < fig(&a, 14, "14").as_of, "20 was told before 14");
}

/// "needed medical attention", "suffered broken bones", "overcome by smoke", "airlifted to
/// trauma centers": the injured; "airlifted to safety" stays evacuated.
#[test]
fn more_words_of_the_injured() {
    let text = "Fire\n\nNine people needed medical attention. Two passengers suffered broken bones. Six people \
        were overcome by smoke. Eleven people were airlifted to trauma centers. Forty residents were \
        airlifted to safety.\n";
    let a = analyze(&[("fire.txt", text)]);
    for (value, words) in [(9, "Nine people"), (2, "Two passengers"), (6, "Six people"), (11, "Eleven people")] {
        assert_eq!(fig(&a, value, words).outcome, Outcome::Injured, "{words}");
    }
    assert_eq!(fig(&a, 40, "Forty residents").outcome, Outcome::Evacuated);
}

#[test]
fn a_family_of_four_is_a_count_and_a_father_of_three_is_one_person() {
    let fire = "Published: 14 January 2025\n\
        A house fire in the village killed a family of four on Sunday night.\n\
        A father of three was killed in a second blaze nearby, and a grandmother of six was hurt.\n";
    let a = analyze(&[("fire.txt", fire)]);
    let family = fig(&a, 4, "four");
    assert_eq!((family.outcome, &*family.who), (Outcome::Killed, "people"));
    assert!(
        !a.figures.iter().any(|f| f.value == 3 || f.value == 6),
        "the children of a parent are not the dead or the hurt: {:?}",
        a.figures.iter().map(|f| (&f.text, f.value)).collect::<Vec<_>>()
    );
}

#[test]
fn a_period_since_a_day_does_not_move_the_story_to_that_day() {
    let floods = "Published: Monday 9 September 2024\n\
        More than 4,000 residents had fled the rising river since Friday, the agency said.\n\
        Officials put the number of injured at 130.\n";
    let a = analyze(&[("floods.txt", floods)]);
    assert_eq!(
        fig(&a, 130, "130").as_of.map(|d| d.to_string()).as_deref(),
        Some("2024-09-09"),
        "the count after a period that runs to the report's day is the report's"
    );
}

#[test]
fn among_those_takes_the_outcome_its_own_words_give() {
    let siege = "Published: 4 April 2025\n\
        By evening, 80 hostages had been freed, but 20 were still being held.\n\
        Seven foreigners were among those still unaccounted for.\n\
        Two Britons were among them.\n";
    let a = analyze(&[("siege.txt", siege)]);
    assert_eq!(fig(&a, 7, "Seven foreigners").outcome, Outcome::Missing);
    assert_eq!(fig(&a, 2, "Two Britons").outcome, Outcome::Missing, "among them: the sentence before");
}

#[test]
fn the_people_on_board_told_by_a_bare_number() {
    let crash = "Published: 20 October 2025\n\
        The plane had 58 on board when it came down in the sea on Sunday.\n\
        All 58 on board are presumed dead, the airline said.\n\
        The ferry, with 300 aboard, reached port safely.\n";
    let a = analyze(&[("crash.txt", crash)]);
    let had = a.figures.iter().find(|f| f.value == 58 && f.sentence.contains("had 58")).expect("had 58");
    assert_eq!(had.outcome, Outcome::Total);
    let dead = a.figures.iter().find(|f| f.value == 58 && f.sentence.contains("presumed")).expect("all 58");
    assert_eq!(dead.outcome, Outcome::Killed);
    assert_eq!(fig(&a, 300, "300").outcome, Outcome::Total);
}

#[test]
fn the_speaker_is_named_without_the_adverb_or_day_before_the_verb() {
    let shooting = "Published: Monday 3 February 2025\n\
        Police initially said 26 people had been shot.\n\
        The fire service on Sunday said 6 people were hurt.\n";
    let a = analyze(&[("shooting.txt", shooting)]);
    assert_eq!(fig(&a, 26, "26 people").by.as_deref(), Some("Police"));
    assert_eq!(fig(&a, 6, "6 people").by.as_deref(), Some("The fire service"));
}

#[test]
fn a_passive_say_verb_names_no_speaker() {
    let storm = "Published: 28 August 2025\n\
        More than 300,000 residents were told to leave their homes before the storm.\n";
    let a = analyze(&[("storm.txt", storm)]);
    let left = fig(&a, 300_000, "300,000 residents");
    assert_eq!((left.outcome, left.by.as_deref()), (Outcome::Evacuated, None));
}

#[test]
fn a_guess_after_could_be_is_no_count() {
    let plant = "Published: 26 February 2016\n\
        The sheriff said there could be as many as five others hurt.\n\
        Officials said there may be up to 50 people trapped.\n\
        Three workers were killed, police said.\n";
    let a = analyze(&[("plant.txt", plant)]);
    assert!(
        !a.figures.iter().any(|f| f.value == 5 || f.value == 50),
        "guesses are not counts: {:?}",
        a.figures.iter().map(|f| (&f.text, f.value)).collect::<Vec<_>>()
    );
    assert_eq!(fig(&a, 3, "Three workers").outcome, Outcome::Killed);
}

#[test]
fn millions_written_onto_the_digits() {
    let floods = "Published: 12 August 2025\n\
        Some 2m people have been displaced and 1.5m are without clean water, the UN said.\n\
        A 40m stretch of the embankment gave way, killing 12 people.\n";
    let a = analyze(&[("floods.txt", floods)]);
    let displaced = fig(&a, 2_000_000, "2m people");
    assert_eq!(displaced.outcome, Outcome::Evacuated);
    assert!(!a.figures.iter().any(|f| f.value == 40 || f.value == 40_000_000), "a length is no count");
    assert_eq!(fig(&a, 12, "12 people").outcome, Outcome::Killed);
}

#[test]
fn thousands_grouped_by_spaces_are_one_number() {
    let quake = "Published: 9 March 2025\n\
        More than 12 000 people were evacuated, and the toll stood at 1 203 on Saturday.\n\
        On March 3 200 people were killed in an aftershock.\n";
    let a = analyze(&[("quake.txt", quake)]);
    assert_eq!(fig(&a, 12_000, "12 000 people").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 1203, "1 203").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 200, "200 people").outcome, Outcome::Killed, "a day of a month is not a group");
    assert!(!a.figures.iter().any(|f| f.value == 0 || f.value == 203 || f.value == 3200));
}

/// Lives taken with a qualifier before the number, lives "lost" after it, and the cases of an
/// outbreak: people who fell ill, even beside a count of deaths in the same sentence (a part
/// whose noun tells its own outcome keeps it).
#[test]
fn lives_lost_and_cases_of_an_outbreak() {
    let text = "Fever outbreak in the valley\nPublished: 9 May 2024\n\
        The floods upstream have claimed at least 22 lives this spring.\n\
        About 60 lives were lost when the dam gave way.\n\
        Health officials reported 120 new cases and two more deaths on Wednesday.\n\
        The province now has 56 confirmed cases, including three deaths.\n\
        Ten suspected infections were reported in the camp.\n";
    let a = analyze(&[("fever.txt", text)]);
    let lives = fig(&a, 22, "22 lives");
    assert_eq!((lives.outcome, lives.approx.as_str()), (Outcome::Killed, "at_least"));
    assert_eq!(fig(&a, 60, "60 lives").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 120, "120 new cases").outcome, Outcome::Ill, "cases are not deaths");
    assert_eq!(fig(&a, 2, "two").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 56, "56 confirmed cases").outcome, Outcome::Ill);
    assert_eq!(fig(&a, 3, "three deaths").outcome, Outcome::Killed, "a part that says its own outcome");
    assert_eq!(fig(&a, 10, "Ten suspected infections").outcome, Outcome::Ill);
}

/// "Three days after the quake" counts from the quake's day when the report names it; with
/// no such day before it, the days are not counted on from the report's own date into days
/// after it.
#[test]
fn days_after_an_event_are_never_after_the_report() {
    let undated = "Quake toll rises\nPublished: 9 May 2024\n\
        Three days after the quake, the toll had climbed to 400, officials said.\n";
    let a = analyze(&[("undated.txt", undated)]);
    let f = fig(&a, 400, "400");
    assert_eq!(f.as_of.map(|d| d.to_string()).as_deref(), Some("2024-05-09"), "the report's day, not 12 May");
    let dated = "Quake toll rises\nPublished: 9 May 2024\n\
        The quake struck on 2 May. Three days after the quake, the toll had climbed to 400, officials said.\n";
    let a = analyze(&[("dated.txt", dated)]);
    assert_eq!(fig(&a, 400, "400").as_of.map(|d| d.to_string()).as_deref(), Some("2024-05-05"));
}

/// A number of things after a verb that could take people ("seized", "destroyed") counts no
/// one, with or without a modifier before the noun; the people in the same sentence still do.
#[test]
fn things_counted_are_not_people() {
    let text = "Raid on the compound\nPublished: 3 April 2024\n\
        Police seized 12 weapons and 3,000 rounds of ammunition on Tuesday.\n\
        Troops captured two armoured vehicles and 14 fighters.\n\
        Rescue workers evacuated 4 hospitals and 15 villages.\n";
    let a = analyze(&[("raid.txt", text)]);
    assert!(!a.figures.iter().any(|f| [12, 2, 4, 15].contains(&f.value)), "{:?}", a.figures);
    assert_eq!(fig(&a, 14, "14 fighters").who, "militants");
}

/// People "in captivity" or who "remain captive" are held; a day named in the clause before
/// "but" dates that clause, not the state told after it.
#[test]
fn held_in_captivity_on_the_report_day() {
    let text = "Siege enters fourth day\nPublished: Monday 12 August 2024\n\
        Six hostages were freed on Thursday, but 41 foreigners remain in captivity.\n\
        Five engineers remain captive, their employer said.\n";
    let a = analyze(&[("siege.txt", text)]);
    let freed = fig(&a, 6, "Six hostages");
    assert_eq!((freed.outcome, freed.as_of.map(|d| d.to_string())), (Outcome::Freed, Some("2024-08-08".into())));
    let held = fig(&a, 41, "41 foreigners");
    assert_eq!((held.outcome, held.as_of.map(|d| d.to_string())), (Outcome::Held, Some("2024-08-12".into())));
    assert_eq!(fig(&a, 5, "Five engineers").outcome, Outcome::Held);
}

/// Who gave a figure: past "have so far", an estimate "that", a source with "a"; an
/// "official count" is no speaker, and "we" outside quotation marks is the report's writers,
/// not the last person quoted.
#[test]
fn speakers_after_adverbs_estimates_and_articles() {
    let text = "Floods update\nPublished: 5 October 2024\n\
        Officials have so far confirmed 23 deaths.\n\
        The UN estimates that 1,500 people have been displaced.\n\
        According to a hospital source, 14 of the injured are children.\n\
        Mayor Ana Ruiz said the river was still rising.\n\
        We have now confirmed four patients were taken to St Mary's.\n\
        By Wednesday night, according to an official count, 31 bodies had been recovered.\n";
    let a = analyze(&[("floods.txt", text)]);
    assert_eq!(fig(&a, 23, "23 deaths").by.as_deref(), Some("Officials"));
    assert_eq!(fig(&a, 1500, "1,500 people").by.as_deref(), Some("The UN"));
    assert_eq!(fig(&a, 14, "14").by.as_deref(), Some("a hospital source"));
    assert_eq!(fig(&a, 4, "four patients").by, None, "the newsroom's own update");
    assert_eq!(fig(&a, 31, "31 bodies").by, None, "a count, not a speaker");
}

/// "killed himself and 14 others" counts the others; a singular noun of people before another
/// noun after a count of more than one is that noun's modifier ("two hostage negotiators"),
/// but not before a relative pronoun ("the two civilian who were killed", as a report wrote it).
#[test]
fn the_attacker_himself_and_nouns_that_modify_nouns() {
    let text = "Bombing at the market\nPublished: 6 May 2024\n\
        The bomber killed himself and 14 others on Sunday.\n\
        Two hostage negotiators arrived at the scene.\n\
        Police named the two civilian who were killed.\n\
        In the north, gunmen took 20 people hostage and killed 3 of them.\n";
    let a = analyze(&[("market.txt", text)]);
    assert_eq!(fig(&a, 14, "14 others").outcome, Outcome::Killed);
    assert!(!a.figures.iter().any(|f| f.sentence.contains("negotiators")), "{:?}", a.figures);
    assert_eq!(fig(&a, 2, "two civilian").outcome, Outcome::Killed);
    // The people taken hostage were held, whatever befell three of them after.
    assert_eq!(fig(&a, 20, "20 people").outcome, Outcome::Held);
    assert_eq!(fig(&a, 3, "3").outcome, Outcome::Killed);
}

/// The day a count was said is not its day when the sentence names the day of the deaths too.
#[test]
fn the_day_said_and_the_day_told_of() {
    let text = "Shooting at a bar\nPublished: Tuesday 14 May 2024\n\
        Police said Monday that five people were killed Sunday night.\n\
        The coroner said on Monday that two more people had died.\n";
    let a = analyze(&[("bar.txt", text)]);
    let day = |v: u64, w: &str| fig(&a, v, w).as_of.map(|d| d.to_string());
    assert_eq!(day(5, "five people").as_deref(), Some("2024-05-12"));
    // With no other day, the day it was said.
    assert_eq!(day(2, "two").as_deref(), Some("2024-05-13"));
}

/// A list after "the hostages included", "the survivors included", "those rescued included"
/// counts people held, safe and freed, each with its nationality.
#[test]
fn lists_of_hostages_survivors_and_the_rescued() {
    let text = "Siege at the gas field\nPublished: 20 January 2024\n\
        The hostages included 10 Japanese, 5 Norwegians and 3 Britons.\n\
        The survivors included 4 children.\n\
        Those rescued included two Canadians.\n";
    let a = analyze(&[("siege.txt", text)]);
    let japanese = fig(&a, 10, "10 Japanese");
    assert_eq!((japanese.outcome, japanese.nationality.as_deref()), (Outcome::Held, Some("Japan")));
    assert_eq!(fig(&a, 5, "5 Norwegians").outcome, Outcome::Held);
    assert_eq!(fig(&a, 4, "4 children").outcome, Outcome::Safe);
    assert_eq!(fig(&a, 2, "two Canadians").outcome, Outcome::Freed);
}

/// A part "among the N dead" takes the whole's outcome said inside its phrase, and the whole
/// counts people of every kind, not the part's; a doubt ("whether … is among") counts no one.
#[test]
fn parts_among_a_whole_and_the_whole_s_people() {
    let text = "Blast at a market\nPublished: 4 June 2024\n\
        Six children were among the 23 dead.\n\
        Two nurses were among the 15 injured.\n\
        It was not clear whether a gunman was among the 40 wounded.\n";
    let a = analyze(&[("blast.txt", text)]);
    assert_eq!(fig(&a, 6, "Six children").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 23, "23").who, "people");
    assert_eq!(fig(&a, 2, "Two nurses").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 15, "15").who, "people");
    assert!(!a.figures.iter().any(|f| f.text.contains("gunman")), "{:?}", a.figures);
}

/// Running totals told as "the number rescued" or "the total injured", and a count of people
/// joined to a count of things after one verb ("evacuated 300 homes and 900 residents").
#[test]
fn running_totals_without_of_and_people_after_things() {
    let text = "Floods in the valley\nPublished: 4 June 2024\n\
        Boats freed 3 more people, bringing the number rescued to 40.\n\
        Two more were hurt, bringing the total injured to 12.\n\
        Firefighters evacuated 300 homes and 900 residents.\n\
        Nine people were pulled alive from a collapsed house.\n";
    let a = analyze(&[("floods.txt", text)]);
    assert_eq!(fig(&a, 40, "40").outcome, Outcome::Freed);
    assert_eq!(fig(&a, 12, "12").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 900, "900 residents").outcome, Outcome::Evacuated);
    assert!(!a.figures.iter().any(|f| f.value == 300), "{:?}", a.figures);
    assert_eq!(fig(&a, 9, "Nine people").outcome, Outcome::Freed);
}

/// A party named without capitals ("opposition groups") is the speaker of its count, so that
/// its claim is set against the official one.
#[test]
fn opposition_groups_speak_for_their_counts() {
    let text = "Crackdown\nPublished: 4 June 2024\n\
        Officials put the death toll at 64, while opposition groups said more than 100 had died.\n";
    let a = analyze(&[("crackdown.txt", text)]);
    assert_eq!(fig(&a, 100, "100").by.as_deref(), Some("opposition groups"));
    assert_eq!(fig(&a, 64, "64").by.as_deref(), Some("Officials"));
}

/// A look back in the pluperfect ("On Friday, police had put the toll at 15") dates its own
/// count; the story returns to its day after it. A figure that changed ("a figure that fell
/// to 9") counts what the figure before it counted.
#[test]
fn a_look_back_dates_only_itself_and_a_changed_figure_keeps_its_kind() {
    let text = "Hotel siege ends\nPublished: Saturday 9 March 2024\n\
        The death toll rose to 21 on Saturday, the interior minister said.\n\
        On Friday, police had put the toll at 15.\n\
        Twenty-eight people were still being treated in hospital.\n\
        The Red Cross said 19 people were missing on Friday, a figure that fell to 9 by Saturday.\n";
    let a = analyze(&[("siege.txt", text)]);
    let day = |v: u64, w: &str| fig(&a, v, w).as_of.map(|d| d.to_string());
    assert_eq!(day(15, "15").as_deref(), Some("2024-03-08"));
    assert_eq!(day(28, "Twenty-eight").as_deref(), Some("2024-03-09"));
    let nine = fig(&a, 9, "9");
    assert_eq!(nine.outcome, Outcome::Missing);
    assert_eq!(nine.as_of.map(|d| d.to_string()).as_deref(), Some("2024-03-09"));
}

/// A family's dead ("I lost three children and two nieces", "her two sons") are a part of the
/// toll: read, but never set against it or against each other over the days.
#[test]
fn a_family_s_dead_are_a_part_of_the_toll() {
    let text = "Ambush at a cookout\nPublished: Friday 11 March 2016\n\
        Six people were killed in the ambush on Wednesday night, police said.\n\
        \"I lost three children last night and two nieces,\" Shelton said on Thursday.\n\
        A fire on Friday killed a woman and her two sons.\n";
    let a = analyze(&[("ambush.txt", text)]);
    for (v, w) in [(3, "three children"), (2, "two nieces"), (2, "two sons")] {
        let f = fig(&a, v, w);
        assert_eq!((f.outcome, f.span), (Outcome::Killed, parallax::model::Span::Part), "{w}");
    }
    assert_eq!(fig(&a, 6, "Six people").span, parallax::model::Span::Toll);
    assert!(a.disagreements.is_empty(), "{:?}", a.disagreements);
}

/// The day of a thing ("Sunday's earthquake") dates a count in its own sentence only when the
/// count is not a state in the present, and the story does not stay at that day after it.
#[test]
fn the_day_of_a_thing_does_not_hold_the_story() {
    let text = "Rescuers reach cut-off villages\nPublished: Monday 13 May 2024\n\
        Rescue teams reached villages cut off by Sunday's earthquake, where at least 157 people are now known to have died.\n\
        Police said 160 people had been injured.\n";
    let a = analyze(&[("quake.txt", text)]);
    let day = |v: u64, w: &str| fig(&a, v, w).as_of.map(|d| d.to_string());
    assert_eq!(day(157, "157").as_deref(), Some("2024-05-13"));
    assert_eq!(day(160, "160").as_deref(), Some("2024-05-13"));
}

/// A headline's threshold ("toll passes 300", "tops 1,000") is more than the number, and a
/// party's speaker keeps its capitalised modifier ("A Maoist party leader claimed").
#[test]
fn thresholds_in_headlines_and_speakers_with_capitalised_modifiers() {
    let text = "Quake toll passes 300 in mountain province\nPublished: 14 May 2024\n\
        Flood toll tops 1,000 in the delta.\n\
        A Maoist party leader claimed that more than 500 had died in the district alone.\n";
    let a = analyze(&[("quake.txt", text)]);
    assert_eq!(fig(&a, 300, "300").approx, parallax::model::Approx::MoreThan);
    assert_eq!(fig(&a, 1000, "1,000").approx, parallax::model::Approx::MoreThan);
    assert_eq!(fig(&a, 500, "500").by.as_deref(), Some("A Maoist party leader"));
    // A verb of passing after "expected to" foresees; it counts nothing.
    let b = analyze(&[("p.txt", "Flood\nPublished: 14 May 2024\nThe toll is expected to exceed 100.\n")]);
    assert!(b.figures.is_empty(), "{:?}", b.figures);
}

/// What a part of the dead is, named after "were" ("eight of the dead were students and two
/// were teachers", "Of the dead, nine were students"): parts with their people, never tolls.
#[test]
fn parts_named_after_were_are_parts_with_their_people() {
    let text = "School shooting\nPublished: 19 May 2018\n\
        Ten people were killed in the shooting.\n\
        The governor said eight of the dead were students and two were teachers.\n\
        Of the dead, nine were students and one was a substitute teacher, officials said.\n\
        Two of the dead were police officers.\n";
    let a = analyze(&[("school.txt", text)]);
    use parallax::model::Span;
    for (v, w) in [(8, "eight"), (2, "two were teachers"), (9, "nine"), (1, "one")] {
        let f = fig(&a, v, w);
        assert_eq!((f.outcome, f.span), (Outcome::Killed, Span::Part), "{w}");
    }
    let police = fig(&a, 2, "Two of the dead");
    assert_eq!((police.who.as_ref(), police.span), ("police", Span::Part));
    assert!(a.disagreements.is_empty(), "{:?}", a.disagreements);
}

/// "Last month another ferry sank …, killing three": another event, told as background and
/// never compared with this one's counts.
#[test]
fn another_event_in_an_earlier_period_is_background() {
    let text = "Ferry sinks off the coast\nPublished: Wednesday 4 July 2018\n\
        A ferry sank on Tuesday, leaving at least 34 people missing, the rescue agency said.\n\
        Last month another ferry sank on a lake, killing at least three people, with 164 missing.\n";
    let a = analyze(&[("ferry.txt", text)]);
    assert!(fig(&a, 164, "164").background);
    assert!(fig(&a, 3, "three").background);
    assert!(!fig(&a, 34, "34").background);
    assert!(a.disagreements.is_empty(), "{:?}", a.disagreements);
}

/// "Among the hostages freed on Sunday were 12 Filipinos and four Malaysians": the people the
/// sentence opens with say what befell the counts after "were".
#[test]
fn among_the_people_something_befell_were() {
    let text = "Hostages freed\nPublished: Monday 2 March 2020\n\
        Among the hostages freed on Sunday were 12 Filipinos and four Malaysians.\n\
        Among those rescued were six Canadians.\n";
    let a = analyze(&[("freed.txt", text)]);
    let filipinos = fig(&a, 12, "12 Filipinos");
    assert_eq!((filipinos.outcome, filipinos.nationality.as_deref()), (Outcome::Freed, Some("Philippines")));
    assert_eq!(filipinos.as_of.map(|d| d.to_string()).as_deref(), Some("2020-03-01"));
    assert_eq!(fig(&a, 4, "four Malaysians").outcome, Outcome::Freed);
    assert_eq!(fig(&a, 6, "six Canadians").outcome, Outcome::Freed);
}

/// A count without a noun is not of the people named after a conjunction ("wounded seven
/// before police shot him"), and a toll that "could be as high as 60" is a guess, not a count.
#[test]
fn a_bare_count_before_a_conjunction_and_a_guess() {
    let text = "Shooting\nPublished: 4 June 2024\n\
        The gunman killed five people and wounded seven before police shot him.\n\
        Hospital sources said the toll could be as high as 60.\n\
        The death toll was as high as 60, a hospital source said.\n";
    let a = analyze(&[("shooting.txt", text)]);
    let seven = fig(&a, 7, "seven");
    assert_eq!((seven.outcome, seven.who.as_ref()), (Outcome::Injured, "people"));
    assert!(!a.figures.iter().any(|f| f.sentence.contains("could be")), "{:?}", a.figures);
    assert_eq!(fig(&a, 60, "60").approx, parallax::model::Approx::AtMost);
}

/// How people came out of it: "escaped with minor injuries" are hurt, "escaped unhurt" safe,
/// and "remain in intensive care" are injured.
#[test]
fn escaped_hurt_or_unhurt_and_intensive_care() {
    let text = "Bus crash\nPublished: 4 June 2024\n\
        Eighteen passengers escaped with minor injuries.\n\
        Two people escaped unhurt.\n\
        A total of 17 people were hospitalised, six of whom remain in intensive care.\n";
    let a = analyze(&[("bus.txt", text)]);
    assert_eq!(fig(&a, 18, "Eighteen passengers").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "Two people").outcome, Outcome::Safe);
    assert_eq!(fig(&a, 6, "six").outcome, Outcome::Injured);
}

/// A dateline without a year ("LAGOS, Oct. 3 (AP) --") takes its weekday from the day the lede
/// says something was said ("police said Wednesday"), not from the day of the deed ("killed
/// … on Tuesday"), so the deed falls the day before.
#[test]
fn a_dateline_s_weekday_is_the_day_of_saying() {
    let text = "LAGOS, Nigeria, Oct. 3 (AP) -- Gunmen killed at least 35 villagers in northwestern Nigeria on Tuesday, police said Wednesday.\n\
        Residents said the attackers abducted 20 women.\n";
    let a = analyze(&[("lagos.txt", text)]);
    let day = |v: u64, w: &str| fig(&a, v, w).as_of.map(|d| d.to_string());
    assert_eq!(day(35, "35").as_deref(), Some("--10-02"));
    assert!(!fig(&a, 35, "35").background);
}

/// Bodies are the dead even when the next clause tells of the missing, and "among them" opens
/// the parts of a whole like "including".
#[test]
fn bodies_beside_the_missing_and_parts_among_them() {
    let text = "Flood\nPublished: 4 June 2024\n\
        Five bodies were pulled from the river and two people are still missing.\n\
        Fifteen people, among them four children, were killed.\n";
    let a = analyze(&[("flood.txt", text)]);
    assert_eq!(fig(&a, 5, "Five bodies").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 2, "two people").outcome, Outcome::Missing);
    let children = fig(&a, 4, "four children");
    assert_eq!((children.outcome, children.span), (Outcome::Killed, parallax::model::Span::Part));
}

/// "Six hikers who had been missing since Friday were found alive": the main predicate after a
/// relative clause of a state that can end says what befell them since.
#[test]
fn people_once_missing_or_held_and_what_befell_them_since() {
    let text = "Mountain rescue\nPublished: 4 June 2024\n\
        Six hikers who had been missing since Friday were found alive.\n\
        The 12 sailors who were held by pirates have been freed.\n\
        Three climbers who went missing on Monday were found dead.\n";
    let a = analyze(&[("rescue.txt", text)]);
    assert_eq!(fig(&a, 6, "Six hikers").outcome, Outcome::Safe);
    assert_eq!(fig(&a, 12, "12 sailors").outcome, Outcome::Freed);
    assert_eq!(fig(&a, 3, "Three climbers").outcome, Outcome::Killed);
}

/// A count in apposition ("The hostages, 14 in all, were released") is a count of the people
/// it stands beside, with the predicate after it.
#[test]
fn a_count_in_apposition() {
    let text = "Siege ends\nPublished: 4 June 2024\n\
        The hostages, 14 in all, were released unharmed.\n\
        The injured, 22 in all, were taken to hospital.\n";
    let a = analyze(&[("siege.txt", text)]);
    let freed = fig(&a, 14, "14");
    assert_eq!((freed.outcome, freed.who.as_ref()), (Outcome::Freed, "hostages"));
    assert_eq!(fig(&a, 22, "22").outcome, Outcome::Injured);
}

/// A headline's running toll told of "deaths" ("Cholera deaths rise to 19", "Flood deaths
/// exceed 50").
#[test]
fn deaths_that_rise_or_exceed_in_headlines() {
    let a = analyze(&[("h1.txt", "Cholera deaths rise to 19\nPublished: 8 March 2023\nThe outbreak continues.\n")]);
    assert_eq!(fig(&a, 19, "19").outcome, Outcome::Killed);
    let b = analyze(&[("h2.txt", "Flood deaths exceed 50\nPublished: 8 March 2023\nRivers are still rising.\n")]);
    let f = fig(&b, 50, "50");
    assert_eq!((f.outcome, f.approx), (Outcome::Killed, parallax::model::Approx::MoreThan));
}

/// "Two of the hostages were Americans and three were Britons": the second part takes what
/// befell the first's whole, and each its nationality.
#[test]
fn parts_of_the_hostages_by_nationality() {
    let text = "Siege\nPublished: 4 June 2024\nTwo of the hostages were Americans and three were Britons.\n";
    let a = analyze(&[("siege.txt", text)]);
    let britons = fig(&a, 3, "three");
    assert_eq!((britons.outcome, britons.nationality.as_deref()), (Outcome::Held, Some("United Kingdom")));
    assert_eq!(britons.span, parallax::model::Span::Part);
    assert_eq!(fig(&a, 2, "Two").nationality.as_deref(), Some("United States"));
}

/// "taken 11 to hospital": people sent to hospital without a noun are the injured; people
/// taken elsewhere are not counted as hurt.
#[test]
fn people_taken_to_hospital_without_a_noun() {
    let text = "Crash\nPublished: 4 June 2024\n\
        Emergency services said they had treated 19 people at the scene and taken 11 to hospital.\n\
        The army took 20 people to a camp.\n";
    let a = analyze(&[("crash.txt", text)]);
    assert_eq!(fig(&a, 11, "11").outcome, Outcome::Injured);
    assert!(!a.figures.iter().any(|f| f.value == 20 && f.outcome == Outcome::Injured), "{:?}", a.figures);
}

/// "recovered the remains of at least nine people": the remains of people are the dead,
/// whatever the verb.
#[test]
fn the_remains_of_people_are_the_dead() {
    let text = "Plane crash\nPublished: 4 June 2024\nRescuers recovered the remains of at least nine people from the wreckage.\n";
    let a = analyze(&[("crash.txt", text)]);
    assert_eq!(fig(&a, 9, "nine people").outcome, Outcome::Killed);
}

/// "14 new deaths", "23 confirmed deaths": a word of report between the number and "deaths";
/// new deaths are an increment, and the running total after them is of the dead.
#[test]
fn new_and_confirmed_deaths() {
    let text = "Outbreak\nPublished: 9 May 2024\n\
        Health officials reported 14 new deaths on Thursday, bringing the total to 210.\n\
        The ministry has recorded 23 confirmed deaths in the capital.\n\
        Fourteen New Yorkers were killed in the crash.\n";
    let a = analyze(&[("outbreak.txt", text)]);
    let new = fig(&a, 14, "14 new deaths");
    assert_eq!((new.outcome, new.span), (Outcome::Killed, parallax::model::Span::Increment));
    assert_eq!(fig(&a, 210, "210").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 23, "23 confirmed deaths").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 14, "Fourteen New Yorkers").who, "residents");
}

/// "Five of the injured are in critical condition", "injuring 30, five of them seriously":
/// some of the people a count names by what befell them are a part of it, not a toll to set
/// beside the other counts; "shot 12, four of them fatally" is the toll of the dead.
#[test]
fn some_of_the_injured_are_a_part() {
    use parallax::model::Span;
    let text = "Market shooting\nPublished: 10 March 2020\n\
        A gunman opened fire in the market on Tuesday, injuring at least 30 people, five of them seriously.\n\
        Six of the wounded are in critical condition.\n\
        A second gunman shot 12 people, four of them fatally.\n";
    let a = analyze(&[("market.txt", text)]);
    assert_eq!(fig(&a, 30, "30").span, Span::Toll);
    let five = fig(&a, 5, "five");
    assert_eq!((five.outcome, five.span), (Outcome::Injured, Span::Part));
    assert_eq!(fig(&a, 6, "Six of the wounded").span, Span::Part);
    let four = fig(&a, 4, "four");
    assert_eq!((four.outcome, four.span), (Outcome::Killed, Span::Toll));
}

/// "Two of the missing fishermen were found dead": "missing" tells of the whole, and the
/// predicate says what has befallen the part since; "two of the injured fishermen later died".
#[test]
fn some_of_the_missing_found_dead() {
    let text = "Storm\nPublished: 4 June 2024\n\
        Two of the missing fishermen were found dead on the beach.\n\
        Three of the injured sailors later died in hospital.\n\
        Four of the missing are children.\n";
    let a = analyze(&[("storm.txt", text)]);
    assert_eq!(fig(&a, 2, "Two").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3, "Three").outcome, Outcome::Killed);
    let four = fig(&a, 4, "Four");
    assert_eq!((four.outcome, four.span), (Outcome::Missing, parallax::model::Span::Part));
}

/// "A man, 32, died at the scene", "A woman in her 60s died": one person's age between the
/// noun and the predicate; "A man, who was arrested, said …" is no death.
#[test]
fn one_person_with_an_age_told_after_the_noun() {
    let text = "Crash\nPublished: 4 June 2024\n\
        A man, 32, died at the scene on Monday.\n\
        A woman in her 60s died in hospital on Tuesday.\n\
        A pedestrian, a 19-year-old student from Leeds, was seriously injured.\n\
        A witness, who was not hurt, said the car was speeding.\n";
    let a = analyze(&[("crash.txt", text)]);
    let killed: Vec<_> =
        a.figures.iter().filter(|f| f.outcome == Outcome::Killed).map(|f| f.sentence.as_str()).collect();
    assert_eq!(killed.len(), 2, "{killed:?}");
    assert!(killed[1].contains("60s"));
    let hurt: Vec<_> = a.figures.iter().filter(|f| f.outcome == Outcome::Injured).collect();
    assert_eq!(hurt.len(), 1, "{hurt:?}");
    assert!(hurt[0].sentence.contains("pedestrian"));
}

/// "Forty-two people were injured, 12 of them seriously": the part takes the outcome of the
/// clause before; "two of the injured died in hospital" are dead added to the toll, not a
/// toll of two.
#[test]
fn the_seriously_injured_and_the_injured_who_died() {
    use parallax::model::Span;
    let text = "Derailment\nPublished: 15 March 2020\n\
        The toll rose to eight on Sunday after two of the injured died in hospital.\n\
        Forty-two people were injured, 12 of them seriously.\n";
    let a = analyze(&[("train.txt", text)]);
    let twelve = fig(&a, 12, "12");
    assert_eq!((twelve.outcome, twelve.span), (Outcome::Injured, Span::Part));
    let two = fig(&a, 2, "two of the injured");
    assert_eq!((two.outcome, two.span), (Outcome::Killed, Span::Increment));
    assert_eq!(fig(&a, 8, "eight").span, Span::Toll);
}

/// "Four members of the security forces", "two members of the fire brigade": the body names
/// who they are; "eleven members of one family" are people.
#[test]
fn members_of_a_force_are_of_that_force() {
    let text = "Attack\nPublished: 4 June 2024\n\
        Four members of the security forces were killed on Monday.\n\
        Two members of the fire brigade were injured.\n\
        Eleven members of one family died in the fire.\n";
    let a = analyze(&[("attack.txt", text)]);
    assert_eq!(fig(&a, 4, "Four").who, "police");
    assert_eq!(fig(&a, 2, "Two").who, "firefighters");
    assert_eq!(fig(&a, 11, "Eleven").who, "people");
}

/// "A hospital official, speaking on condition of anonymity, said", "Medics at the scene
/// said": the speaker before an aside or the place they speak from; "said in a statement
/// that its fighters killed 25 soldiers" is a side's claim.
#[test]
fn speakers_before_an_aside_and_a_side_s_statement() {
    let text = "Attack\nPublished: 4 June 2024\n\
        A hospital official, speaking on condition of anonymity, said 17 people had died.\n\
        Medics at the scene said at least 11 people were injured.\n\
        The Islamic State group said in a statement that its fighters killed 25 soldiers.\n";
    let a = analyze(&[("attack.txt", text)]);
    assert_eq!(fig(&a, 17, "17").by.as_deref(), Some("A hospital official"));
    assert_eq!(fig(&a, 11, "11").by.as_deref(), Some("Medics"));
    assert!(fig(&a, 25, "25").claim);
}

/// "revising an earlier toll of 27": the count as it was (the day before), of people at
/// large; "19 people had been killed, plus two attackers": the attackers were killed too.
#[test]
fn an_earlier_toll_and_the_attackers_added_with_plus() {
    let text = "Hotel attack\nPublished: 21 November 2015\n\
        The government said on Saturday that 19 people had been killed in the attack, plus two attackers, revising an earlier toll of 27.\n";
    let a = analyze(&[("hotel.txt", text)]);
    let earlier = fig(&a, 27, "27");
    assert_eq!((earlier.outcome, earlier.who.as_ref()), (Outcome::Killed, "people"));
    assert_eq!(earlier.as_of.map(|d| d.to_string()).as_deref(), Some("2015-11-20"));
    let attackers = fig(&a, 2, "two attackers");
    assert_eq!((attackers.outcome, attackers.who.as_ref()), (Outcome::Killed, "militants"));
}

/// "Seven Chinese were in the hotel, and three of them died": the second clause's verb is
/// not the first count's; "Four civilians and five officers were taken to hospitals" share one.
#[test]
fn a_clause_after_and_with_its_own_verb_keeps_it() {
    let text = "Siege\nPublished: 21 November 2015\n\
        Seven Chinese citizens were in the hotel, and three of them died.\n\
        Four civilians and five officers were taken to hospitals with gunshot wounds.\n";
    let a = analyze(&[("siege.txt", text)]);
    assert!(!a.figures.iter().any(|f| f.value == 7 && f.outcome == Outcome::Killed), "{:?}", a.figures);
    let three = fig(&a, 3, "three");
    assert_eq!((three.outcome, three.nationality.as_deref()), (Outcome::Killed, Some("China")));
    assert_eq!(fig(&a, 4, "Four civilians").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 5, "five officers").outcome, Outcome::Injured);
}

/// Stabbings: "five people were stabbed, one fatally" (five hurt, one dead), "stabbed two men
/// to death", "shot three people dead"; "A gunman shot dead three people" kills three, not
/// the gunman.
#[test]
fn stabbings_and_harm_made_fatal_after_the_object() {
    let text = "Attacks\nPublished: 4 June 2024\n\
        Five people were stabbed on Monday, one fatally.\n\
        A man stabbed two passengers to death on Tuesday.\n\
        A gunman shot dead three guards on Wednesday.\n\
        Another gunman shot four people dead on Thursday.\n";
    let a = analyze(&[("attacks.txt", text)]);
    assert_eq!(fig(&a, 5, "Five people").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 1, "one").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 2, "two passengers").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3, "three guards").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 4, "four people").outcome, Outcome::Killed);
    assert!(!a.figures.iter().any(|f| f.who == "militants"), "{:?}", a.figures);
}

/// "The dead were identified as three Americans, two Britons and a Canadian": the dead by
/// nationality; "Of the 298 people on board, 193 were Dutch": a part of how many there were.
#[test]
fn the_dead_identified_by_nationality_and_a_part_of_those_aboard() {
    let text = "Crash\nPublished: 18 July 2014\n\
        The dead were identified as three Americans, two Britons and a Canadian.\n\
        Of the 298 people on board, 193 were Dutch.\n";
    let a = analyze(&[("crash.txt", text)]);
    let us = fig(&a, 3, "three Americans");
    assert_eq!((us.outcome, us.nationality.as_deref()), (Outcome::Killed, Some("United States")));
    assert_eq!(fig(&a, 2, "two Britons").outcome, Outcome::Killed);
    let dutch = fig(&a, 193, "193");
    assert_eq!((dutch.outcome, dutch.span), (Outcome::Total, parallax::model::Span::Part));
    assert_eq!(dutch.nationality.as_deref(), Some("Netherlands"));
}

/// Headlines: "At least 20 feared dead as boat sinks" (no noun, no auxiliary), "Quake kills
/// 1,000+"; "believed dead or missing" stays one figure of both.
#[test]
fn feared_dead_and_a_count_with_a_plus() {
    let text = "At least 20 feared dead as boat sinks\nPublished: 4 June 2024\n\
        Quake kills 1,000+ in the mountains.\n\
        Four Britons are believed dead or missing.\n";
    let a = analyze(&[("boat.txt", text)]);
    assert_eq!(fig(&a, 20, "20").outcome, Outcome::Killed);
    let plus = fig(&a, 1000, "1,000+");
    assert_eq!((plus.outcome, plus.approx), (Outcome::Killed, parallax::model::Approx::AtLeast));
    assert_eq!(fig(&a, 4, "Four Britons").outcome, Outcome::DeadOrMissing);
}

/// "A firefighter died, bringing the national toll to 25": the toll counts people at large;
/// "the military death toll to five" counts soldiers.
#[test]
fn a_running_toll_counts_people_at_large_unless_it_names_them() {
    let text = "Fires\nPublished: 8 January 2020\n\
        A firefighter died on Tuesday, bringing the national toll to 25, the fire service said.\n\
        A sailor died on Tuesday, bringing the military death toll to five.\n";
    let a = analyze(&[("fires.txt", text)]);
    assert_eq!(fig(&a, 25, "25").who, "people");
    assert_eq!(fig(&a, 5, "five").who, "soldiers");
}

/// "Three of the dead were from Canada": the part takes the country they came from.
#[test]
fn some_of_the_dead_from_a_country() {
    let text = "Crash\nPublished: 4 June 2024\nTwelve people died in the crash. Three of the dead were from Canada.\n";
    let a = analyze(&[("crash.txt", text)]);
    let three = fig(&a, 3, "Three");
    assert_eq!((three.outcome, three.nationality.as_deref()), (Outcome::Killed, Some("Canada")));
    assert_eq!(three.span, parallax::model::Span::Part);
}

/// What did not happen or is denied counts nobody: "could have killed hundreds", "threatened
/// to kill 40 hostages", "denied reports that 50 people had died"; "If confirmed" names no
/// speaker.
#[test]
fn counts_of_what_did_not_happen_are_not_figures() {
    let text = "Bomb\nPublished: 4 June 2024\n\
        The bomb could have killed hundreds of people, police said.\n\
        The militants threatened to kill 40 hostages.\n\
        Officials denied reports that 50 people had died.\n\
        If confirmed, the toll of 80 would make it the deadliest attack this year.\n\
        Two people were killed on Monday, police said.\n";
    let a = analyze(&[("bomb.txt", text)]);
    let killed: Vec<u64> = a.figures.iter().filter(|f| f.outcome == Outcome::Killed).map(|f| f.value).collect();
    assert_eq!(killed, [80, 2], "{:?}", a.figures);
    assert_eq!(fig(&a, 80, "80").by, None);
}

/// "The interior ministry gave a preliminary toll of 15 dead": the count now, given by the
/// ministry; "revised an initial toll of 27 down to 19": 27 is the count as it was.
#[test]
fn a_preliminary_toll_given_and_an_initial_one_revised() {
    let text = "Blast\nPublished: 5 June 2024\n\
        The interior ministry gave a preliminary toll of 15 dead on Tuesday.\n\
        On Wednesday the ministry revised an initial toll of 27 down to 19.\n";
    let a = analyze(&[("blast.txt", text)]);
    let fifteen = fig(&a, 15, "15");
    assert_eq!(fifteen.by.as_deref(), Some("The interior ministry"));
    assert_eq!(fifteen.as_of.map(|d| d.to_string()).as_deref(), Some("2024-06-04"));
    let initial = fig(&a, 27, "27");
    assert_eq!(initial.as_of.map(|d| d.to_string()).as_deref(), Some("2024-06-04"));
    assert_eq!(fig(&a, 19, "19").as_of.map(|d| d.to_string()).as_deref(), Some("2024-06-05"));
}

/// "All but two of the 30 passengers survived": the 30 are how many there were (the verb is
/// the part's); "carrying 62 people, all of whom died": the 62 died; "one of the two people
/// killed" stays the dead; "according to a security source" names its source.
#[test]
fn wholes_after_a_part_and_all_of_whom() {
    let text = "Crash\nPublished: 4 June 2024\n\
        All but two of the 30 passengers survived.\n\
        The plane was carrying 62 people, all of whom died.\n\
        He learned his brother was one of the two people killed.\n\
        Fifteen people died on Monday, according to a security source.\n";
    let a = analyze(&[("crash.txt", text)]);
    assert_eq!(fig(&a, 30, "30 passengers").outcome, Outcome::Total);
    assert_eq!(fig(&a, 62, "62 people").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 2, "two people").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 15, "Fifteen").by.as_deref(), Some("a security source"));
}

/// A breakdown by place after "including" or a colon: each item is a part of the whole
/// ("including three in Homs and four in Hama"; "Twelve people died: five in Homs, four in
/// Hama and three in Idlib").
#[test]
fn a_breakdown_by_place_is_parts_of_the_whole() {
    use parallax::model::Span;
    let text = "Crackdown\nPublished: 8 July 2011\n\
        Seven people were killed on Friday, including three in Homs and four in Hama.\n\
        Twelve people died on Saturday: five in Homs, four in Hama and three in Idlib.\n";
    let a = analyze(&[("crackdown.txt", text)]);
    let parts: Vec<(u64, Span, Outcome)> =
        a.figures.iter().filter(|f| f.value < 7).map(|f| (f.value, f.span, f.outcome)).collect();
    assert_eq!(parts.len(), 5, "{parts:?}");
    assert!(parts.iter().all(|&(_, s, o)| s == Span::Part && o == Outcome::Killed), "{parts:?}");
    assert_eq!(fig(&a, 12, "Twelve").span, Span::Toll);
}

/// "About 150 Britons have been flown home", "repatriated 300 citizens": evacuated.
#[test]
fn people_flown_home_or_repatriated_are_evacuated() {
    let text = "Evacuation\nPublished: 4 June 2024\n\
        About 150 Britons have been flown home.\nThe government repatriated 300 citizens on Monday.\n";
    let a = analyze(&[("evac.txt", text)]);
    assert_eq!(fig(&a, 150, "150 Britons").outcome, Outcome::Evacuated);
    assert_eq!(fig(&a, 300, "300 citizens").outcome, Outcome::Evacuated);
}

/// "were left injured" is hurt, not gone ("left the area" still is); "trampled", "trampled to
/// death", "in a coma".
#[test]
fn left_injured_trampled_and_in_a_coma() {
    let text = "Stampede\nPublished: 4 June 2024\n\
        At least 25 people were left injured.\nEight people were trampled to death.\n\
        Three people were in a coma.\nAbout 300 people left the area.\n";
    let a = analyze(&[("stampede.txt", text)]);
    assert_eq!(fig(&a, 25, "25").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 8, "Eight").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 3, "Three").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 300, "300").outcome, Outcome::Evacuated);
}

/// "Of the injured, 11 remain in hospital": the group the sentence opens with; a part.
#[test]
fn some_of_the_group_the_sentence_opens_with() {
    let text =
        "Blast\nPublished: 4 June 2024\nForty people were injured on Monday. Of the injured, 11 remain in hospital.\n";
    let a = analyze(&[("blast.txt", text)]);
    let eleven = fig(&a, 11, "11");
    assert_eq!((eleven.outcome, eleven.span), (Outcome::Injured, parallax::model::Span::Part));
    assert_eq!(fig(&a, 40, "Forty").span, parallax::model::Span::Toll);
}

/// "one of them fatally", "one of which is deceased" (spoken, of people), "two of which died":
/// the dead among the count before.
#[test]
fn the_dead_picked_out_of_the_count_before() {
    let text = "Bar shooting\nPublished: 4 June 2024\n\
        Police said nine people were shot, one of them fatally.\n\
        There were 12 people that suffered gunshot wounds, one of which is deceased.\n\
        Seven people were stabbed, two of which died.\n";
    let a = analyze(&[("bar.txt", text)]);
    let dead: Vec<(u64, &str)> =
        a.figures.iter().filter(|f| f.outcome == Outcome::Killed).map(|f| (f.value, f.sentence.as_str())).collect();
    assert_eq!(dead.len(), 3, "{dead:?}");
    assert!(dead[0].0 == 1 && dead[0].1.contains("fatally"), "{dead:?}");
    assert!(dead[1].0 == 1 && dead[1].1.contains("deceased"), "{dead:?}");
    assert!(dead[2].0 == 2 && dead[2].1.contains("stabbed"), "{dead:?}");
    for (v, w) in [(9, "nine"), (12, "12"), (7, "Seven")] {
        assert_eq!(fig(&a, v, w).outcome, Outcome::Injured);
    }
}

/// A station's caption transcript pasted without its line breaks: the words run together
/// are parted, the counts read, and no place made of words in capitals.
#[test]
fn a_capitals_transcript_with_words_run_together_is_read() {
    let text = "Warehouse fire leaves two dead\nPublished: 4 June 2024\n\n\
        >> THE FIRE CHIEF TELLS US CREWS ARRIVED JUST AFTER MIDNIGHTAND FOUND HEAVY SMOKE.WE HAD \
        NINE PEOPLE THAT WEREINJURED, TWO OF WHICH ARE DECEASED.FOUR OTHERS WERE TAKEN TO THE \
        HOSPITAL WITH BURNINJURIES AND WE ALSO RECEIVED HELP FROM THE COUNTY AND THE CITY OF THE \
        NEIGHBORS AS WELL.\n";
    let a = analyze(&[("caption.txt", text)]);
    let doc = ingest_bytes("caption.txt", "caption.txt", text.as_bytes()).expect("reads");
    assert!(doc.text.contains("WERE INJURED, TWO OF WHICH ARE DECEASED. FOUR OTHERS"), "{}", doc.text);
    assert!(doc.warnings.iter().any(|w| w.contains("capitals-only transcript")), "{:?}", doc.warnings);
    assert_eq!(fig(&a, 9, "NINE PEOPLE").outcome, Outcome::Injured);
    assert_eq!(fig(&a, 2, "TWO").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 4, "FOUR OTHERS").outcome, Outcome::Injured);
    assert!(a.places.is_empty(), "{:?}", a.places);
}

/// "Two of the 12 dead", "five of the seven wounded": the whole is the count of what befell
/// it (not of all there were), and the count picked out of it is a part.
#[test]
fn a_part_of_a_whole_told_by_what_befell_it() {
    use parallax::model::Span;
    let text = "Market bombing\nPublished: 4 June 2024\n\
        Two of the 12 dead were police officers.\nFive of the seven wounded remain in hospital.\n\
        Four of the 56 workers were Britons.\n";
    let a = analyze(&[("market.txt", text)]);
    let twelve = fig(&a, 12, "12");
    assert_eq!((twelve.outcome, twelve.span), (Outcome::Killed, Span::Toll));
    let two = fig(&a, 2, "Two");
    assert_eq!((two.outcome, two.span, two.who.as_ref()), (Outcome::Killed, Span::Part, "police"));
    assert_eq!(fig(&a, 7, "seven").outcome, Outcome::Injured);
    let five = fig(&a, 5, "Five");
    assert_eq!((five.outcome, five.span), (Outcome::Injured, Span::Part));
    // A whole told by its people alone stays a total.
    assert_eq!(fig(&a, 56, "56").outcome, Outcome::Total);
}

/// "swam to safety", "plucked from the sea", "brought ashore", "led 30 residents to safety"
/// (rescued or escaped; "airlifted to safety" is an evacuation); "fighting for his life" (hurt).
#[test]
fn people_who_reached_safety_and_people_fighting_for_their_lives() {
    let text = "Ferry sinks\nPublished: 4 June 2024\n\
        About 50 people swam to safety.\nNine crew members were plucked from the sea.\n\
        Twelve passengers were brought ashore.\n\
        Two people died and a third is fighting for his life in hospital.\n\
        Firefighters led 30 residents to safety. Neighbours helped the 14 guests to safety.\n\
        A helicopter airlifted 40 residents to safety.\n";
    let a = analyze(&[("ferry.txt", text)]);
    assert_eq!(fig(&a, 40, "40 residents").outcome, Outcome::Evacuated);
    for (v, w) in
        [(50, "50 people"), (9, "Nine crew"), (12, "Twelve passengers"), (30, "30 residents"), (14, "14 guests")]
    {
        assert_eq!(fig(&a, v, w).outcome, Outcome::Freed, "{w}");
    }
    assert_eq!(fig(&a, 2, "Two people").outcome, Outcome::Killed);
    assert_eq!(fig(&a, 1, "a third").outcome, Outcome::Injured);
}
