//! Gathering small pieces of input into larger ones before they reach a hash.

/// Passes bytes on to `sink` in pieces of at least `N` bytes where it can: small pieces are gathered in
/// a stack buffer first, large ones go straight through.
///
/// Hashing calls have a fixed cost each; the string to sign is a dozen pieces, most a few bytes long,
/// followed by the body. Gathering the small ones saves most of those calls without building the string.
pub(crate) struct Coalesce<F: FnMut(&[u8]), const N: usize> {
    sink: F,
    buffer: [u8; N],
    len: usize,
}

impl<F: FnMut(&[u8]), const N: usize> Coalesce<F, N> {
    pub(crate) fn new(sink: F) -> Self {
        Self {
            sink,
            buffer: [0; N],
            len: 0,
        }
    }

    pub(crate) fn push(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if let Some(free) = self.buffer.get_mut(self.len..end) {
            free.copy_from_slice(bytes);
            self.len = end;
            return;
        }
        self.flush();
        match self.buffer.get_mut(..bytes.len()) {
            Some(free) if bytes.len() < N => {
                free.copy_from_slice(bytes);
                self.len = bytes.len();
            }
            _ => (self.sink)(bytes),
        }
    }

    /// Passes on whatever is still gathered; call once all bytes are pushed.
    pub(crate) fn flush(&mut self) {
        if let Some(gathered) = self
            .buffer
            .get(..self.len)
            .filter(|gathered| !gathered.is_empty())
        {
            (self.sink)(gathered);
        }
        self.len = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces_after(input: &[&[u8]]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        let mut coalesce = Coalesce::<_, 8>::new(|piece: &[u8]| out.push(piece.to_vec()));
        for piece in input {
            coalesce.push(piece);
        }
        coalesce.flush();
        out
    }

    #[test]
    fn gathers_small_pieces_and_passes_large_ones_through() {
        let out = pieces_after(&[b"ab", b"cd", b"efgh", b"i", b"0123456789", b"", b"xy"]);
        assert_eq!(out, [&b"abcdefgh"[..], b"i", b"0123456789", b"xy"]);
    }

    #[test]
    fn keeps_every_byte_in_order() {
        let input: Vec<Vec<u8>> = (0..40_u8)
            .map(|n| (0..n % 11).map(|i| n.wrapping_mul(i)).collect())
            .collect();
        let slices: Vec<&[u8]> = input.iter().map(Vec::as_slice).collect();
        let out = pieces_after(&slices);
        assert_eq!(out.concat(), input.concat());
        assert!(out.iter().all(|piece| !piece.is_empty()));
    }
}
