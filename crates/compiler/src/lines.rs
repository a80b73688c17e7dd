//! Byte offsets to line numbers, counting `\n`, `\r\n` and a lone `\r` as
//! line ends the way CPython does.

/// The start offset of every line of a source text.
pub struct LineTable {
    starts: Vec<u32>,
}

impl LineTable {
    /// Indexes the line starts of `source`.
    pub fn new(source: &str) -> LineTable {
        let mut starts = vec![0];
        let b = source.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' if b.get(i + 1) != Some(&b'\n') => starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        LineTable { starts }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The 1-based column (in chars) of a byte offset within its line.
    pub fn column(&self, source: &str, offset: u32) -> u32 {
        let line = self.line(offset);
        let start = self.starts[line as usize - 1] as usize;
        let end = (offset as usize).min(source.len());
        source.get(start..end).map_or(1, |s| s.chars().count() as u32 + 1)
    }

    /// The text of a 1-based line without its line ending.
    pub fn text<'a>(&self, source: &'a str, line: u32) -> &'a str {
        let Some(&start) = self.starts.get(line as usize - 1) else {
            return "";
        };
        let end = self.starts.get(line as usize).map_or(source.len(), |&e| e as usize);
        source.get(start as usize..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }
}
