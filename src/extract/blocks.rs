//! Where sentences may run: line by line, or paragraph by paragraph in hard-wrapped copy.

/// The blocks of text that sentences never cross, as byte ranges: each line; in hard-wrapped
/// copy (old wire stories broken at some 70 characters, sentences running across the breaks)
/// each paragraph, which ends at a blank or indented line.
pub fn blocks(text: &str) -> Vec<(usize, usize)> {
    // Lines end at each '\n' and at the end of the text, as `str::split` would end them.
    let mut lines = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
        lines.push((start, end));
        start = end + 1;
    }
    if !hard_wrapped(text, &lines) {
        return join_labels(text, lines);
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut open = false;
    for &(a, b) in &lines {
        let line = &text[a..b];
        let blank = line.trim().is_empty();
        let indented = line.starts_with([' ', '\t']);
        match out.last_mut() {
            Some(last) if open && !blank && !indented => last.1 = b,
            _ => out.push((a, b)),
        }
        open = !blank;
    }
    join_labels(text, out)
}

/// A fact box's label on a line of its own ("*DEAD:", "Injured:") runs on into the next
/// block that has text: "DEAD: At least 12,018" is one sentence.
fn join_labels(text: &str, blocks: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let is_label = |(a, b): (usize, usize)| {
        let t = text[a..b].trim().trim_start_matches(['*', '-', '•', '#']).trim();
        t.len() <= 24
            && t.ends_with(':')
            && t.split_whitespace().count() <= 2
            && t.trim_end_matches(':').chars().all(|c| c.is_alphabetic() || c == ' ')
            && t.len() > 1
    };
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(blocks.len());
    let mut pending: Option<usize> = None;
    for (a, b) in blocks {
        if let Some(start) = pending {
            if text[a..b].trim().is_empty() {
                continue;
            }
            pending = None;
            out.push((start, b));
            continue;
        }
        if is_label((a, b)) {
            pending = Some(a);
        } else {
            out.push((a, b));
        }
    }
    if let Some(start) = pending {
        out.push((start, text.len()));
    }
    out
}

/// Copy broken into short lines inside its sentences: several lines follow one another, most
/// of them without a mark that ends a sentence, and none longer than a wrapped line.
fn hard_wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    let mut pairs = 0;
    let mut running_on = 0;
    for w in lines.windows(2) {
        let (a, b) = (text[w[0].0..w[0].1].trim_end(), text[w[1].0..w[1].1].trim());
        if a.len() > 100 || b.len() > 100 {
            return false;
        }
        if a.trim().is_empty() || b.is_empty() {
            continue;
        }
        pairs += 1;
        running_on += usize::from(!a.ends_with(['.', '!', '?', '"', ':', '\'', '”', '’']));
    }
    pairs >= 5 && running_on * 10 >= pairs * 8
}
