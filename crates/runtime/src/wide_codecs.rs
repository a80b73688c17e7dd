//! The UTF-16 and UTF-32 codecs (`utf-16`, `utf-16-le`, `utf-16-be` and the
//! UTF-32 ones): `utf-16`/`utf-32` write a byte-order mark (little-endian,
//! as CPython on x86) and read one when present.

/// Code unit width and byte order of a wide codec.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Wide {
    /// 2 (UTF-16) or 4 (UTF-32).
    pub width: usize,
    /// Some(big-endian?) for the -le/-be codecs; None for the BOM ones.
    pub big: Option<bool>,
}

impl Wide {
    /// The codec named by a normalized encoding name.
    pub fn named(norm: &str) -> Option<Wide> {
        let (width, rest) = if let Some(r) = norm.strip_prefix("utf-16").or(norm.strip_prefix("utf16")) {
            (2, r)
        } else if let Some(r) = norm.strip_prefix("utf-32").or(norm.strip_prefix("utf32")) {
            (4, r)
        } else {
            return None;
        };
        let big = match rest.trim_start_matches('-') {
            "" => None,
            "le" => Some(false),
            "be" => Some(true),
            _ => return None,
        };
        Some(Wide { width, big })
    }

    /// CPython's name of the codec, as its error messages give it.
    pub fn name(self) -> &'static str {
        match (self.width, self.big) {
            (2, None) => "utf-16",
            (2, Some(false)) => "utf-16-le",
            (2, Some(true)) => "utf-16-be",
            (_, None) => "utf-32",
            (_, Some(false)) => "utf-32-le",
            (_, Some(true)) => "utf-32-be",
        }
    }

    /// The codec name in decoding errors: the BOM codecs report the byte
    /// order they read (little-endian unless `b` starts with a big-endian BOM).
    pub fn decoder_name(self, b: &[u8]) -> &'static str {
        let big = self.big.unwrap_or_else(|| b.len() >= self.width && read(&b[..self.width], true) == 0xfeff);
        Wide { width: self.width, big: Some(big) }.name()
    }

    fn put(self, out: &mut Vec<u8>, unit: u32, big: bool) {
        let bytes = unit.to_le_bytes();
        let bytes = &bytes[..self.width];
        if big {
            out.extend(bytes.iter().rev());
        } else {
            out.extend_from_slice(bytes);
        }
    }

    /// `s` encoded (always possible: tierpy strs hold no lone surrogates).
    pub fn encode(self, s: &str) -> Vec<u8> {
        let big = self.big.unwrap_or(false);
        let mut out = Vec::with_capacity(s.len() * self.width + self.width);
        if self.big.is_none() {
            self.put(&mut out, 0xfeff, big);
        }
        for c in s.chars() {
            if self.width == 4 {
                self.put(&mut out, c as u32, big);
            } else {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    self.put(&mut out, *u as u32, big);
                }
            }
        }
        out
    }

    /// `b` decoded, or (start, end, reason) of the first undecodable bytes.
    /// Errors name the byte order read (`utf-16-le`), as CPython's do; see
    /// [`Wide::decoder_name`].
    pub fn decode(self, b: &[u8]) -> Result<String, (usize, usize, &'static str)> {
        let mut big = self.big.unwrap_or(false);
        let mut start = 0;
        if self.big.is_none() && b.len() >= self.width {
            let unit = |big: bool| read(&b[..self.width], big);
            if unit(false) == 0xfeff {
                start = self.width;
            } else if unit(true) == 0xfeff {
                (start, big) = (self.width, true);
            }
        }
        let body = &b[start..];
        let whole = body.len() / self.width * self.width;
        let units: Vec<u32> = body[..whole].chunks(self.width).map(|c| read(c, big)).collect();
        let mut out = String::with_capacity(units.len());
        if self.width == 4 {
            for (i, &u) in units.iter().enumerate() {
                let at = start + i * 4;
                out.push(char::from_u32(u).ok_or((at, at + 4, "code point not in range(0x110000)"))?);
            }
        } else {
            let mut i = 0;
            while i < units.len() {
                let (u, next) = (units[i], units.get(i + 1).copied());
                let at = start + i * 2;
                let c = match (u, next) {
                    (0xd800..=0xdbff, Some(lo @ 0xdc00..=0xdfff)) => {
                        i += 1;
                        char::from_u32(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00))
                    }
                    (0xd800..=0xdbff, None) if whole != body.len() => return Err((at, b.len(), "unexpected end of data")),
                    (0xd800..=0xdfff, _) => None,
                    _ => char::from_u32(u),
                };
                out.push(c.ok_or((at, at + 2, "illegal UTF-16 surrogate"))?);
                i += 1;
            }
        }
        if whole != body.len() {
            return Err((start + whole, b.len(), "truncated data"));
        }
        Ok(out)
    }
}

/// One code unit of `bytes` in the given byte order.
fn read(bytes: &[u8], big: bool) -> u32 {
    let mut v = 0u32;
    for i in 0..bytes.len() {
        let byte = if big { bytes[i] } else { bytes[bytes.len() - 1 - i] };
        v = (v << 8) | byte as u32;
    }
    v
}
