//! The data tables bundled in `assets/` (tab-separated, `#` comment lines, one header row),
//! all read by one reader, so that every table follows the same rules; and the built-in
//! patterns, all made with ASCII word boundaries.

/// Calls `row` with the cells of each row of `tsv` after its header. The cells borrow from
/// `tsv`: a compiled-in table is read without copying its strings (the gazetteer's 70,000
/// names are read on the way to every analysis). No quoting: a cell is the text between tabs.
pub fn each_row<'a>(tsv: &'a str, mut row: impl FnMut(&[&'a str])) {
    let mut cells: Vec<&'a str> = Vec::with_capacity(8);
    let mut header = true;
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if std::mem::take(&mut header) {
            continue;
        }
        cells.clear();
        cells.extend(line.split('\t'));
        row(&cells);
    }
}

/// A built-in pattern, with ASCII word boundaries: a Unicode `\b` makes the regex engine give
/// up its fast automaton on any text with a non-ASCII letter (a third of the time of reading
/// 25 MB of reports went to the slow one), and the words these patterns look for are ASCII.
pub(crate) fn pattern(p: &str) -> regex::Regex {
    regex::Regex::new(&ascii_bounds(p)).unwrap_or_else(|e| panic!("bad built-in pattern {p}: {e}"))
}

/// `p` with its word boundaries ASCII ones.
pub(crate) fn ascii_bounds(p: &str) -> String {
    p.replace(r"\b", r"(?-u:\b)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_header_and_blank_lines_are_not_rows() {
        let tsv = "# a table\n# of two columns\nname\tvalue\nA\t1\n\nB\t2\textra\n# note\nC\n";
        let mut rows = Vec::new();
        each_row(tsv, |c| rows.push(c.join("|")));
        assert_eq!(rows, ["A|1", "B|2|extra", "C"]);
    }
}
