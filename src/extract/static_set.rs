//! Sets of strings laid out by `build.rs` as bytes compiled into the program: the gazetteer's
//! tens of thousands of names are looked up where they lie, with nothing to parse, hash or
//! allocate when the program starts (building them took most of a one-report run).
//!
//! Layout: `pool` holds the keys one after another; `ends` the end offset of each in `pool`
//! (u32, little-endian); `slots` a power-of-two table of u32, each 0 (empty) or a key's index
//! plus one, probed linearly from `hash(key) & (slots - 1)`. `build.rs` writes the same
//! layout with the same [`hash`] (it includes this file).

/// FNV-1a: a few lines, the same in the build script and the program.
pub fn hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Reads the `i`th little-endian u32 of `bytes` (0 past the end).
pub fn u32_at(bytes: &[u8], i: usize) -> u32 {
    bytes.get(i * 4..i * 4 + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// A set laid out at build time (see the module's comment).
pub struct StaticSet {
    pub pool: &'static str,
    pub ends: &'static [u8],
    pub slots: &'static [u8],
}

impl StaticSet {
    /// The number of keys.
    pub fn len(&self) -> usize {
        self.ends.len() / 4
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Key `i` (empty past the end, or if the layout were broken).
    pub fn key(&self, i: usize) -> &'static str {
        let start = if i == 0 { 0 } else { u32_at(self.ends, i - 1) as usize };
        let end = u32_at(self.ends, i) as usize;
        self.pool.get(start..end).unwrap_or("")
    }

    /// The index of `key`, if the set holds it.
    pub fn find(&self, key: &str) -> Option<usize> {
        let n = self.slots.len() / 4;
        if n == 0 {
            return None;
        }
        let mask = n - 1;
        let mut i = hash(key.as_bytes()) as usize & mask;
        // At most every slot once, whatever the bytes hold.
        for _ in 0..n {
            let s = u32_at(self.slots, i) as usize;
            if s == 0 {
                return None;
            }
            if self.key(s - 1) == key {
                return Some(s - 1);
            }
            i = (i + 1) & mask;
        }
        None
    }

    pub fn contains(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    /// All keys, in their order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        (0..self.len()).map(|i| self.key(i))
    }
}
