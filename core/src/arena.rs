//! Strings that share one buffer per decoded part (issue 32): opening a workspace of 100,000
//! subscribers reads about 485,000 strings, and as `String`s each was an allocation to make and,
//! later, to free (108 of the 179 ms of a native decode). An [`ArenaStr`] is a span of a
//! buffer that the storage reader fills as it goes and seals when the part is read; a string
//! that recurs in the part (a domain, a provisioning ID) is the same span again, not a copy.
//!
//! A value made any other way (typed by a person, imported) has a buffer of its own, as a
//! `String` would. Either way an `ArenaStr` reads as a `&str` (`Deref`), compares, hashes and
//! orders as its text, and serializes as a plain JSON string.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

/// One buffer of strings: empty until its reader seals it, then never changed.
#[derive(Default)]
pub(crate) struct Arena(OnceLock<Box<str>>);

/// A string in a shared, immutable buffer.
#[derive(Clone)]
pub struct ArenaStr {
    arena: Arc<Arena>,
    start: u32,
    len: u32,
}

fn empty_arena() -> Arc<Arena> {
    static EMPTY: OnceLock<Arc<Arena>> = OnceLock::new();
    EMPTY
        .get_or_init(|| {
            let a = Arena::default();
            let _ = a.0.set(Box::from(""));
            Arc::new(a)
        })
        .clone()
}

impl ArenaStr {
    /// A string with a buffer of its own.
    pub fn new(s: impl Into<Box<str>>) -> ArenaStr {
        let s: Box<str> = s.into();
        if s.is_empty() {
            return ArenaStr::default();
        }
        let len = u32::try_from(s.len()).unwrap_or(u32::MAX);
        let arena = Arena::default();
        let _ = arena.0.set(s);
        ArenaStr { arena: Arc::new(arena), start: 0, len }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        let all = self.arena.0.get();
        // Every reader seals its buffer before the values it made are used (`Reader::seal`);
        // the tests' debug builds check it, and a release build reads an empty string, never panics.
        debug_assert!(all.is_some(), "a string was read before its part was sealed");
        all.and_then(|a| a.get(self.start as usize..self.start as usize + self.len as usize)).unwrap_or("")
    }
}

impl Arena {
    /// Gives the buffer its text; the values made from it can be read from now on.
    pub(crate) fn seal(arena: &Arc<Arena>, text: String) {
        let _ = arena.0.set(text.into_boxed_str());
    }
}

impl ArenaStr {
    /// The span `start..start + len` of `arena` (sealed later by its reader).
    pub(crate) fn span(arena: &Arc<Arena>, start: u32, len: u32) -> ArenaStr {
        if len == 0 {
            return ArenaStr::default();
        }
        ArenaStr { arena: Arc::clone(arena), start, len }
    }
}

impl Default for ArenaStr {
    fn default() -> ArenaStr {
        ArenaStr { arena: empty_arena(), start: 0, len: 0 }
    }
}

impl Deref for ArenaStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for ArenaStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for ArenaStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for ArenaStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for ArenaStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for ArenaStr {
    fn eq(&self, other: &ArenaStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ArenaStr {}

impl PartialOrd for ArenaStr {
    fn partial_cmp(&self, other: &ArenaStr) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ArenaStr {
    fn cmp(&self, other: &ArenaStr) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for ArenaStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl PartialEq<str> for ArenaStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ArenaStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for ArenaStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<ArenaStr> for str {
    fn eq(&self, other: &ArenaStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<ArenaStr> for &str {
    fn eq(&self, other: &ArenaStr) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<ArenaStr> for String {
    fn eq(&self, other: &ArenaStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl From<String> for ArenaStr {
    fn from(s: String) -> ArenaStr {
        ArenaStr::new(s)
    }
}

impl From<&str> for ArenaStr {
    fn from(s: &str) -> ArenaStr {
        ArenaStr::new(s)
    }
}

impl From<ArenaStr> for String {
    fn from(s: ArenaStr) -> String {
        s.as_str().to_string()
    }
}

impl Serialize for ArenaStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ArenaStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ArenaStr, D::Error> {
        String::deserialize(deserializer).map(ArenaStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_once_sealed() {
        let arena = Arc::new(Arena::default());
        let (ann, bo) = (ArenaStr::span(&arena, 0, 16), ArenaStr::span(&arena, 16, 2));
        Arena::seal(&arena, "ann@acme.exampleBo".to_string());
        assert_eq!((ann.as_str(), bo.as_str()), ("ann@acme.example", "Bo"));
        assert_eq!(ann.clone(), ArenaStr::from("ann@acme.example"));
        let (a, b) = (ArenaStr::from("a"), ArenaStr::from("b"));
        assert!(a < b);
        assert_eq!(ArenaStr::default(), "");
        assert_eq!(ArenaStr::span(&arena, 30, 2), "", "a span outside its buffer reads as empty");
        assert_eq!(serde_json::to_string(&bo).unwrap(), "\"Bo\"");
        assert_eq!(serde_json::from_str::<ArenaStr>("\"x\"").unwrap(), "x");
    }
}
