//! Reports for the whole-path benchmarks: news-like, varied in words, numbers and length,
//! made by a fixed generator so that every run reads the same folder.

/// A small deterministic generator (xorshift), so every run reads the same folder.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }
}

const TOWNS: &[&str] = &[
    "Orlen",
    "Kesra",
    "Bellmoor",
    "Tavi",
    "Norrby",
    "Sade",
    "Port Alder",
    "Vieux-Marché",
    "Qaryat",
    "San Telmo",
    "Kirovsk",
    "Ōmura",
    "Bräcke",
    "Lakeview",
    "Mbeya",
    "Cuenca",
    "Harlow",
    "Dunmore",
    "Zarqa",
    "Timaru",
];
const EVENTS: &[&str] = &[
    "the explosion at the chemical plant",
    "the floods",
    "the shooting at the shopping centre",
    "the earthquake",
    "the ferry sinking",
    "the collapse of the apartment block",
    "the wildfire",
    "the derailment",
];
const PEOPLE: &[&str] = &["people", "residents", "passengers", "workers", "students", "officers", "miners", "children"];
const OUTCOMES: &[&str] = &[
    "were killed",
    "were injured",
    "remain missing",
    "died in hospital",
    "were evacuated",
    "were rescued",
    "were taken to hospital",
    "were wounded",
];
const SAYERS: &[&str] = &[
    "police said",
    "the fire service said",
    "the regional governor told reporters",
    "according to the health ministry",
    "a hospital spokeswoman said",
    "officials said on Twitter",
];
const NARRATIVE: &[&str] = &[
    "Witnesses described hearing a loud bang shortly before smoke began to pour from the building.",
    "\"It was chaos, people were running everywhere,\" said a shopkeeper who asked not to be named.",
    "Roads into the area remained closed on Tuesday as investigators combed the site for evidence.",
    "The mayor called it the darkest day in the town's history and ordered flags flown at half-mast.",
    "Engineers warned that aftershocks could bring down buildings already weakened by the first tremor.",
    "Relatives gathered outside the hospital, waiting for news of loved ones still unaccounted for.",
    "The company said it was cooperating fully with the authorities and had suspended operations.",
    "Rescue teams used sniffer dogs and thermal cameras to search the rubble through the night.",
    "Critics questioned why warnings issued weeks earlier had not been acted upon.",
    "The prime minister cut short a foreign visit and was expected to tour the area on Thursday.",
    "Aid agencies said thousands of families would need shelter, food and clean water for weeks.",
    "Television footage showed firefighters battling the blaze as residents watched from the street.",
    "A vigil was planned for Sunday evening in the main square, organisers said.",
    "The cause of the disaster was not immediately known, and an inquiry has been opened.",
    "Neighbouring countries offered helicopters, pumps and medical supplies.",
    "Schools in the district will stay closed until at least the end of the week.",
];
const NUMBER_WORDS: &[&str] = &["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"];

/// One report: a headline, a dateline, paragraphs where about one sentence in four counts
/// people, the rest narrative, and page furniture.
pub fn report(rng: &mut Rng, n: usize) -> String {
    let town = rng.pick(TOWNS);
    let event = rng.pick(EVENTS);
    let mut s = format!(
        "{} dead after {} in {town}\nBy Staff Reporter | Published: {} March 2024\n\n{}, March {} (Wire) - ",
        rng.next() % 90 + 2,
        event.trim_start_matches("the "),
        rng.next() % 27 + 1,
        town.to_uppercase(),
        rng.next() % 27 + 1
    );
    let sentences = 20 + rng.next() % 60;
    for i in 0..sentences {
        if i % 4 == 0 {
            let count = if rng.next().is_multiple_of(3) {
                rng.pick(NUMBER_WORDS).to_string()
            } else {
                format!("{}{}", ["", "At least ", "About ", "More than "][rng.next() % 4], rng.next() % 400 + 1)
            };
            s.push_str(&format!(
                "{count} {} {} in {event} on {}, {}.",
                rng.pick(PEOPLE),
                rng.pick(OUTCOMES),
                ["Monday", "Tuesday", "Wednesday", "Friday"][rng.next() % 4],
                rng.pick(SAYERS)
            ));
        } else {
            s.push_str(rng.pick(NARRATIVE));
        }
        s.push(if i % 3 == 2 { '\n' } else { ' ' });
        if i % 9 == 8 {
            s.push('\n');
        }
    }
    s.push_str(&format!("\nReporting by Staff in {town}; editing by Desk {n}\nShare this article\n"));
    s
}
