//! Runs of capitalised words, where names and speakers are: found once per report while its
//! tokens are at hand, and read by the comparison of names and quotations
//! ([`crate::compare::textual`]).

use super::tags;
use super::text::{Sentence, Token};

/// The runs of each sentence of a report, sentence after sentence.
#[derive(Debug, Clone, Default)]
pub struct NameRuns {
    runs: Vec<(usize, usize)>,
    /// Sentence `i`'s runs are `runs[at[i]..at[i + 1]]`.
    at: Vec<usize>,
}

impl NameRuns {
    pub fn new(sentences: &[Sentence]) -> NameRuns {
        let mut runs = Vec::new();
        let mut at = Vec::with_capacity(sentences.len() + 1);
        for s in sentences {
            at.push(runs.len());
            if s.tags & tags::CAPITALS != 0 {
                name_runs(s.tokens(), &mut runs);
            }
        }
        at.push(runs.len());
        NameRuns { runs, at }
    }

    /// The runs of sentence `i`: token ranges, inclusive.
    pub fn of(&self, i: usize) -> &[(usize, usize)] {
        self.at.get(i..=i + 1).map_or(&[], |r| &self.runs[r[0]..r[1]])
    }
}

/// Words that may sit inside a name between capitalised words: "Brigade of the Masked Ones",
/// "al Qaeda in the Islamic Maghreb".
pub fn is_joiner(t: &Token) -> bool {
    matches!(
        t.lower(),
        "of" | "the" | "in" | "al" | "el" | "de" | "du" | "la" | "bin" | "ibn" | "von" | "van" | "for" | "and"
    )
}

/// Words that open sentences or stand before names without being part of them (days and
/// months are told apart by the date reader).
#[rustfmt::skip]
fn not_name(w: &str) -> bool {
    matches!(w,
        "the" | "a" | "an" | "in" | "on" | "at" | "by" | "for" | "from" | "with" | "but" | "and" | "or" | "as" |
        "after" | "before" | "when" | "while" | "if" | "it" | "he" | "she" | "they" | "we" | "i" | "this" |
        "that" | "these" | "those" | "his" | "her" | "their" | "its" | "our" | "mr" | "mrs" | "ms" | "dr" |
        "mr." | "mrs." | "ms." | "dr." | "however" | "meanwhile" | "according" | "also" | "some" | "many" |
        "several" | "all" | "one" | "two" | "three" | "there" | "here" | "what" | "who" | "where" | "why" |
        "how"
    )
}

/// The runs of two capitalised words or more (with joiners inside): token ranges, inclusive.
fn name_runs(tokens: &[Token], out: &mut Vec<(usize, usize)>) {
    let mut k = 0;
    while k < tokens.len() {
        if !tokens[k].is_capitalised() {
            k += 1;
            continue;
        }
        let lower = tokens[k].lower();
        let not_name = not_name(lower) || tokens[k].tags & (tags::WEEKDAY | tags::MONTH) != 0;
        if not_name && k + 1 < tokens.len() {
            k += 1;
            continue;
        }
        let first = k;
        let mut last = k;
        let mut j = k + 1;
        while j < tokens.len() {
            if tokens[j].is_capitalised() {
                last = j;
                j += 1;
            } else if is_joiner(&tokens[j]) {
                // A joiner belongs to the name only when a capitalised word follows.
                let mut m = j;
                while m < tokens.len() && is_joiner(&tokens[m]) {
                    m += 1;
                }
                if m < tokens.len() && tokens[m].is_capitalised() && m - j <= 2 {
                    j = m;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // Names and speakers have two words at least.
        if last > first {
            out.push((first, last));
        }
        k = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    #[test]
    fn runs_of_two_capitalised_words_with_joiners_inside() {
        let t = "On Monday the Brigade of the Masked Ones met Mokhtar Belmokhtar near Mali.\nNothing here.";
        let s = sentences(t);
        let runs = NameRuns::new(&s);
        let names: Vec<&str> =
            runs.of(0).iter().map(|&(a, b)| &t[s[0].tokens()[a].start()..s[0].tokens()[b].end()]).collect();
        // A weekday opens no name; one capitalised word ("Mali") is no run.
        assert_eq!(names, ["Brigade of the Masked Ones", "Mokhtar Belmokhtar"]);
        assert!(runs.of(1).is_empty());
        assert!(runs.of(7).is_empty(), "a sentence past the end has none");
    }
}
