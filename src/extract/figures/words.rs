//! The small closed word lists the figure rules read, from `assets/lexicon/figure_words.tsv`:
//! fillers between a number and its noun, auxiliaries, clause boundaries, words of officials
//! and of saying.

use std::sync::OnceLock;

/// The lists, each in the order of the table.
#[derive(Default)]
struct Lists {
    filler: Vec<&'static str>,
    aux: Vec<&'static str>,
    boundary: Vec<&'static str>,
    official: Vec<&'static str>,
    pronoun: Vec<&'static str>,
    say: Vec<&'static str>,
    count_verb: Vec<&'static str>,
    kin: Vec<&'static str>,
    thing: Vec<&'static str>,
}

fn lists() -> &'static Lists {
    static CELL: OnceLock<Lists> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut l = Lists::default();
        crate::tables::each_row(include_str!("../../../assets/lexicon/figure_words.tsv"), |c| {
            let [list, word] = c[..] else { return };
            // Kept for the life of the program, like every table.
            let word: &'static str = word.to_string().leak();
            match list {
                "filler" => l.filler.push(word),
                "aux" => l.aux.push(word),
                "boundary" => l.boundary.push(word),
                "official" => l.official.push(word),
                "pronoun" => l.pronoun.push(word),
                "say" => l.say.push(word),
                "count_verb" => l.count_verb.push(word),
                "kin" => l.kin.push(word),
                "thing" => l.thing.push(word),
                _ => {}
            }
        });
        l
    })
}

pub(super) fn fillers() -> &'static [&'static str] {
    &lists().filler
}

pub(super) fn aux_words() -> &'static [&'static str] {
    &lists().aux
}

pub(super) fn boundaries() -> &'static [&'static str] {
    &lists().boundary
}

pub(crate) fn official_words() -> &'static [&'static str] {
    &lists().official
}

pub(super) fn pronouns() -> &'static [&'static str] {
    &lists().pronoun
}

pub(super) fn say_words() -> &'static [&'static str] {
    &lists().say
}

pub(super) fn count_verbs() -> &'static [&'static str] {
    &lists().count_verb
}

/// Family nouns ("children", "nieces"): with "lost" they tell of deaths.
pub(super) fn kin_words() -> &'static [&'static str] {
    &lists().kin
}

/// Nouns of things a number counts ("weapons", "vehicles", "homes"): never people.
pub(super) fn thing_words() -> &'static [&'static str] {
    &lists().thing
}
