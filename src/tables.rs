//! The data tables bundled in `assets/` (tab-separated, `#` comment lines, one header row),
//! all read by one reader (the csv crate), so that every table follows the same rules.

/// Calls `row` with the cells of each row of `tsv` after its header.
pub fn each_row(tsv: &str, mut row: impl FnMut(&[&str])) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .comment(Some(b'#'))
        .has_headers(true)
        .flexible(true)
        .quoting(false)
        .from_reader(tsv.as_bytes());
    // A bundled table is valid UTF-8 (it is compiled in as a string); a row that is not is skipped.
    for record in reader.records().flatten() {
        let cells: Vec<&str> = record.iter().collect();
        row(&cells);
    }
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
