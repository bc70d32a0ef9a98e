//! Helpers shared by the integration tests.

/// `len` bytes of a fixed pseudo-random stream (xorshift): binary noise that is the same on
/// every run.
pub fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}
