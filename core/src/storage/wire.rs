//! The byte level of storage format 3: LEB128 varints, zigzag deltas for times and ids,
//! strings and tokens written once and then referred to by distance, and the part header.
//!
//! Everything a [`Reader`] reads is bounds-checked and returns [`WireError`]: random or
//! truncated bytes give an error, never a panic.

use crate::arena::{Arena, ArenaStr};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// Why bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    /// The bytes end in the middle of a value.
    #[error("the data ends too early")]
    Truncated,
    /// A value that no version of format 3 writes.
    #[error("unexpected {0}")]
    Invalid(&'static str),
}

/// How ids are delta-coded: one running value per kind of id.
#[derive(Clone, Copy)]
pub enum IdKind {
    /// Templates.
    Template = 0,
    /// Customers.
    Customer = 1,
    /// Subscribers.
    Subscriber = 2,
    /// Organizations.
    Org = 3,
    /// Users.
    User = 4,
    /// Messages.
    Message = 5,
}

const KINDS: usize = 6;

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// Writes values; strings and tokens seen before are written as the distance back to their
/// last occurrence, which is short for the strings that recur near each other (a domain, a
/// provisioning ID, the email an event repeats from its command).
pub struct Writer<'s> {
    buf: Vec<u8>,
    strings: HashMap<&'s str, u32>,
    string_count: u32,
    tokens: HashMap<[u8; 16], u32>,
    token_count: u32,
    last_time: i64,
    last_id: [u64; KINDS],
}

impl<'s> Default for Writer<'s> {
    fn default() -> Self {
        Writer::new()
    }
}

impl<'s> Writer<'s> {
    /// An empty writer.
    pub fn new() -> Writer<'s> {
        Writer { buf: Vec::new(), strings: HashMap::default(), string_count: 0, tokens: HashMap::default(), token_count: 0, last_time: 0, last_id: [0; KINDS] }
    }

    /// The bytes written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    /// How many bytes are written so far.
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    /// True when nothing is written.
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// One byte.
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }

    /// Raw bytes.
    pub fn raw(&mut self, v: &[u8]) {
        self.buf.extend_from_slice(v);
    }

    /// An unsigned varint (LEB128).
    pub fn uint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    /// A signed varint (zigzag).
    pub fn int(&mut self, v: i64) {
        self.uint(zigzag(v));
    }

    /// A length or count.
    pub fn len_of(&mut self, n: usize) {
        self.uint(n as u64);
    }

    /// A time, as the difference from the previous time written.
    pub fn time(&mut self, t: i64) {
        self.int(t.wrapping_sub(self.last_time));
        self.last_time = t;
    }

    /// An id, as the difference from the previous id of its kind.
    pub fn id(&mut self, kind: IdKind, v: u64) {
        let last = self.last_id[kind as usize];
        self.int(v.wrapping_sub(last) as i64);
        self.last_id[kind as usize] = v;
    }

    /// A string: new ones inline (an address split at its last `@`, so a domain is written once),
    /// repeated ones as the distance back to their last occurrence.
    pub fn str(&mut self, s: &'s str) {
        if let Some(&last) = self.strings.get(s) {
            let n = self.next_string(s);
            self.uint((u64::from(n - last) << 1) | 1);
            return;
        }
        match s.rfind('@') {
            Some(at) if at > 0 && at + 1 < s.len() => {
                self.uint(2);
                self.str(&s[..at]);
                self.str(&s[at + 1..]);
            }
            _ => {
                self.uint((s.len() as u64) << 2);
                self.raw(s.as_bytes());
            }
        }
        // The whole string counts as an occurrence after its halves, as the reader sees it.
        self.next_string(s);
    }

    fn next_string(&mut self, s: &'s str) -> u32 {
        let n = self.string_count;
        self.string_count += 1;
        self.strings.insert(s, n);
        n
    }

    /// A token: 32 lowercase hex digits as 16 bytes (any other text as a string), repeated ones
    /// as the distance back.
    pub fn token(&mut self, t: &'s str) {
        match hex16(t) {
            Some(bytes) => {
                let n = self.token_count;
                self.token_count += 1;
                if let Some(last) = self.tokens.insert(bytes, n) {
                    self.uint((u64::from(n - last) << 1) | 1);
                } else {
                    self.uint(0);
                    self.raw(&bytes);
                }
            }
            None => {
                self.uint(2);
                self.str(t);
            }
        }
    }
}

fn hex16(t: &str) -> Option<[u8; 16]> {
    let b = t.as_bytes();
    if b.len() != 32 {
        return None;
    }
    let nibble = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let mut out = [0u8; 16];
    for (i, o) in out.iter_mut().enumerate() {
        *o = (nibble(b[2 * i])? << 4) | nibble(b[2 * i + 1])?;
    }
    Some(out)
}

fn hex_of(bytes: &[u8; 16]) -> [u8; 32] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0u8; 32];
    for (i, b) in bytes.iter().enumerate() {
        out[2 * i] = DIGITS[(b >> 4) as usize];
        out[2 * i + 1] = DIGITS[(b & 15) as usize];
    }
    out
}

/// Where a string read so far lives: a span of the reader's buffer of strings.
type Str = (u32, u32);

/// Reads what a [`Writer`] wrote, checking every step.
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    /// The string of each occurrence, in order (a repeat points back into this).
    occurrences: Vec<Str>,
    /// Whether each occurrence was read as an address already ([`Reader::email`]): a repeat of
    /// one (a user's address after its subscriber's) is not checked again, nor its bytes read.
    addresses: Vec<bool>,
    /// Every string read, once each: what the [`ArenaStr`]s it hands out are spans of.
    strings: StringBuffer,
    tokens: Vec<[u8; 16]>,
    last_time: i64,
    last_id: [u64; KINDS],
}

impl<'a> Reader<'a> {
    /// A reader over `buf`.
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, pos: 0, occurrences: Vec::new(), addresses: Vec::new(), strings: StringBuffer::default(), tokens: Vec::new(), last_time: 0, last_id: [0; KINDS] }
    }

    /// Makes the strings read so far ([`Reader::text`]) readable; call it once the part is read,
    /// before its values are used. Their UTF-8 is checked here, all at once: a part with a
    /// string that is not UTF-8 is refused (and its values read as empty strings).
    pub fn seal(&mut self) -> Result<(), WireError> {
        let sealed = self.strings.seal();
        // What was read before is in the sealed buffer: a later string cannot refer back to it.
        self.occurrences.clear();
        self.addresses.clear();
        sealed
    }

    /// How many bytes have been read.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// True when every byte has been read.
    pub fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }

    /// One byte.
    pub fn u8(&mut self) -> Result<u8, WireError> {
        let b = *self.buf.get(self.pos).ok_or(WireError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    /// `n` raw bytes.
    pub fn raw(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        let end = self.pos.checked_add(n).filter(|e| *e <= self.buf.len()).ok_or(WireError::Truncated)?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// An unsigned varint.
    pub fn uint(&mut self) -> Result<u64, WireError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(WireError::Invalid("varint"))
    }

    /// A signed varint.
    pub fn int(&mut self) -> Result<i64, WireError> {
        self.uint().map(unzigzag)
    }

    /// A length or count, which can never exceed the bytes left (every item takes a byte).
    pub fn len_of(&mut self) -> Result<usize, WireError> {
        let n = self.uint()?;
        if n > (self.buf.len() - self.pos) as u64 {
            return Err(WireError::Truncated);
        }
        Ok(n as usize)
    }

    /// A small number that must fit in `u32`.
    pub fn u32(&mut self) -> Result<u32, WireError> {
        u32::try_from(self.uint()?).map_err(|_| WireError::Invalid("number"))
    }

    /// A time.
    pub fn time(&mut self) -> Result<i64, WireError> {
        self.last_time = self.last_time.wrapping_add(self.int()?);
        Ok(self.last_time)
    }

    /// An id of `kind`.
    pub fn id(&mut self, kind: IdKind) -> Result<u64, WireError> {
        let v = self.last_id[kind as usize].wrapping_add(self.int()? as u64);
        self.last_id[kind as usize] = v;
        Ok(v)
    }

    fn str_at(&mut self, depth: u8) -> Result<Str, WireError> {
        let tag = self.uint()?;
        let (s, address) = if tag & 1 == 1 {
            let back = usize::try_from(tag >> 1).ok().filter(|b| *b > 0).ok_or(WireError::Invalid("string reference"))?;
            let at = self.occurrences.len().checked_sub(back).ok_or(WireError::Invalid("string reference"))?;
            (self.occurrences[at], self.addresses[at])
        } else if tag == 2 {
            // A split half is split again only at another `@`: a few levels at most.
            if depth > 16 {
                return Err(WireError::Invalid("string nesting"));
            }
            let local = self.str_at(depth + 1)?;
            let domain = self.str_at(depth + 1)?;
            (self.strings.join(local, domain)?, false)
        } else if tag & 3 == 0 {
            let n = usize::try_from(tag >> 2).map_err(|_| WireError::Truncated)?;
            let bytes = self.raw(n)?;
            // Checked as UTF-8 with the whole buffer when it is sealed (one pass rather than one
            // a string). A string starting on a character, and each piece of the buffer too
            // (strings, `@`, tokens' ASCII), every span starts and ends on one once it all is.
            if bytes.first().is_some_and(|b| b & 0xC0 == 0x80) {
                return Err(WireError::Invalid("text (not UTF-8)"));
            }
            (self.strings.push(bytes)?, false)
        } else {
            return Err(WireError::Invalid("string tag"));
        };
        self.occurrences.push(s);
        self.addresses.push(address);
        Ok(s)
    }

    /// A string, as a `String` of its own.
    pub fn str(&mut self) -> Result<String, WireError> {
        let s = self.str_at(0)?;
        self.strings.text(s).map(str::to_string)
    }

    /// A string, as a span of the part's buffer (readable once the reader is sealed).
    pub fn text(&mut self) -> Result<ArenaStr, WireError> {
        let s = self.str_at(0)?;
        Ok(self.strings.value(s))
    }

    /// A string whose bytes `is_address` accepts, as [`Reader::text`]; `None` when it does
    /// not. A repeat of a string it accepted before is not checked again.
    pub fn email(&mut self, is_address: impl FnOnce(&[u8]) -> bool) -> Result<Option<ArenaStr>, WireError> {
        let s = self.str_at(0)?;
        let last = self.addresses.len() - 1;
        if !self.addresses[last] {
            if !is_address(self.strings.bytes(s)) {
                return Ok(None);
            }
            self.addresses[last] = true;
        }
        Ok(Some(self.strings.value(s)))
    }

    /// A token, as its text (a span of the part's buffer, as [`Reader::text`]).
    pub fn token(&mut self) -> Result<ArenaStr, WireError> {
        let tag = self.uint()?;
        if tag == 2 {
            return self.text();
        }
        let bytes = if tag & 1 == 1 {
            let back = usize::try_from(tag >> 1).ok().filter(|b| *b > 0).ok_or(WireError::Invalid("token reference"))?;
            let at = self.tokens.len().checked_sub(back).ok_or(WireError::Invalid("token reference"))?;
            self.tokens[at]
        } else if tag == 0 {
            let mut b = [0u8; 16];
            b.copy_from_slice(self.raw(16)?);
            b
        } else {
            return Err(WireError::Invalid("token tag"));
        };
        self.tokens.push(bytes);
        let hex = hex_of(&bytes);
        // Hex digits are ASCII.
        let span = self.strings.push(&hex)?;
        Ok(self.strings.value(span))
    }
}

/// The strings a reader has read, each once, in one buffer that becomes an [`Arena`] when
/// sealed; sealing checks it is UTF-8 (each piece only starts on a character).
#[derive(Default)]
struct StringBuffer {
    bytes: Vec<u8>,
    arena: Arc<Arena>,
}

impl StringBuffer {
    fn span(&self, start: usize) -> Result<Str, WireError> {
        let end = u32::try_from(self.bytes.len()).map_err(|_| WireError::Invalid("strings over 4 GB"))?;
        Ok((start as u32, end - start as u32))
    }

    fn push(&mut self, bytes: &[u8]) -> Result<Str, WireError> {
        let start = self.bytes.len();
        self.bytes.extend_from_slice(bytes);
        self.span(start)
    }

    /// `local@domain`, from two strings already in the buffer.
    fn join(&mut self, local: Str, domain: Str) -> Result<Str, WireError> {
        let start = self.bytes.len();
        let range = |(a, n): Str| a as usize..a as usize + n as usize;
        self.bytes.extend_from_within(range(local));
        self.bytes.push(b'@');
        self.bytes.extend_from_within(range(domain));
        self.span(start)
    }

    fn bytes(&self, (a, n): Str) -> &[u8] {
        self.bytes.get(a as usize..a as usize + n as usize).unwrap_or_default()
    }

    /// A span as text, checked now (before the buffer is sealed).
    fn text(&self, s: Str) -> Result<&str, WireError> {
        std::str::from_utf8(self.bytes(s)).map_err(|_| WireError::Invalid("text (not UTF-8)"))
    }

    fn value(&self, (start, len): Str) -> ArenaStr {
        ArenaStr::span(&self.arena, start, len)
    }

    fn seal(&mut self) -> Result<(), WireError> {
        let bytes = std::mem::take(&mut self.bytes);
        let (text, sealed) = match String::from_utf8(bytes) {
            Ok(text) => (text, Ok(())),
            Err(_) => (String::new(), Err(WireError::Invalid("text (not UTF-8)"))),
        };
        Arena::seal(&self.arena, text);
        self.arena = Arc::new(Arena::default());
        sealed
    }
}

impl Drop for StringBuffer {
    fn drop(&mut self) {
        if !self.bytes.is_empty() {
            // Values read without `Reader::seal` (a part refused halfway): readable, if empty.
            let _ = self.seal();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_compactly() {
        let strings = ["ann@acme.example", "bo@acme.example", "ann@acme.example", "", "é@", "@x", "plain", "acme.example"];
        let mut w = Writer::new();
        for v in [0u64, 127, 128, u64::MAX] {
            w.uint(v);
        }
        for v in [0i64, -1, i64::MIN, i64::MAX] {
            w.int(v);
        }
        for t in [1_795_317_420i64, 1_795_317_420, 1_795_317_400] {
            w.time(t);
        }
        for s in strings {
            w.str(s);
        }
        let token = "0123456789abcdef0123456789abcdef";
        for t in [token, "link#1", token] {
            w.token(t);
        }
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        for v in [0u64, 127, 128, u64::MAX] {
            assert_eq!(r.uint(), Ok(v));
        }
        for v in [0i64, -1, i64::MIN, i64::MAX] {
            assert_eq!(r.int(), Ok(v));
        }
        for t in [1_795_317_420i64, 1_795_317_420, 1_795_317_400] {
            assert_eq!(r.time(), Ok(t));
        }
        for s in strings {
            assert_eq!(r.str().as_deref(), Ok(s));
        }
        let tokens: Vec<ArenaStr> = (0..3).map(|_| r.token()).collect::<Result<_, _>>().unwrap();
        assert!(r.at_end());
        // Spans are read once their part is sealed.
        assert_eq!(r.seal(), Ok(()));
        assert_eq!(tokens, [token, "link#1", token]);
        assert_eq!(r.uint(), Err(WireError::Truncated));
    }

    #[test]
    fn a_repeated_string_is_checked_as_an_address_until_it_was_one() {
        let mut w = Writer::new();
        for s in ["Ann", "Ann", "ann@acme.example", "ann@acme.example"] {
            w.str(s);
        }
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        let is_address = |b: &[u8]| b.contains(&b'@');
        // A name, then its repeat read where an address belongs: still refused.
        assert!(r.text().is_ok());
        assert_eq!(r.email(is_address).map(|e| e.is_some()), Ok(false));
        // An address, then its repeat: accepted without looking at it again.
        assert_eq!(r.email(is_address).map(|e| e.is_some()), Ok(true));
        assert_eq!(r.email(|_| false).map(|e| e.is_some()), Ok(true));
        assert_eq!(r.seal(), Ok(()));
    }

    #[test]
    fn text_that_is_not_utf8_is_refused() {
        let not_utf8 = |bytes: &[u8]| {
            let mut w = Writer::new();
            w.uint((bytes.len() as u64) << 2);
            w.raw(bytes);
            w.into_bytes()
        };
        // Cut inside a character: refused when the part is sealed, its values left empty.
        let cut = not_utf8(&[b'a', 0xC3]);
        let mut r = Reader::new(&cut);
        let text = r.text().unwrap();
        assert_eq!(r.seal(), Err(WireError::Invalid("text (not UTF-8)")));
        assert_eq!(text.as_str(), "");
        // Starting inside a character: refused at once; and a `str` is checked as it is read.
        assert_eq!(Reader::new(&not_utf8(&[0xA9, b'a'])).text().map(|_| ()), Err(WireError::Invalid("text (not UTF-8)")));
        assert_eq!(Reader::new(&cut).str(), Err(WireError::Invalid("text (not UTF-8)")));
        // Pieces that are each whole characters are accepted, one after the other.
        let mut w = Writer::new();
        w.str("é");
        w.str("aé");
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        let (a, b) = (r.text().unwrap(), r.text().unwrap());
        assert_eq!(r.seal(), Ok(()));
        assert_eq!((a.as_str(), b.as_str()), ("é", "aé"));
    }

    #[test]
    fn a_repeated_domain_costs_one_byte() {
        let mut w = Writer::new();
        w.str("ann@acme.example");
        let first = w.len();
        w.str("bo@acme.example");
        assert_eq!(w.len() - first, 1 + 1 + 2 + 1, "tag, local part (length + 2 bytes), domain back-reference");
    }
}
