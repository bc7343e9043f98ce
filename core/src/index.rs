//! Lookups by text that every domain's index uses.

use rustc_hash::FxHashMap as HashMap;

/// Ids found by a hash of a text key. The text itself is not copied (it is in the entity), so
/// building the index on load allocates nothing per entity; lookups compare the real text.
#[derive(Debug, Clone)]
pub(crate) struct ByText<I> {
    one: HashMap<u64, I>,
    more: HashMap<u64, Vec<I>>,
}

impl<I> Default for ByText<I> {
    fn default() -> Self {
        ByText { one: HashMap::default(), more: HashMap::default() }
    }
}

/// The key of a text (of its ASCII-lower-cased form when `lower`).
pub(crate) fn text_key(text: &str, lower: bool) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    if lower && text.bytes().any(|b| b.is_ascii_uppercase()) {
        h.write(text.to_ascii_lowercase().as_bytes());
    } else {
        h.write(text.as_bytes());
    }
    h.write_usize(text.len());
    h.finish()
}

impl<I: Copy + PartialEq> ByText<I> {
    pub(crate) fn insert(&mut self, key: u64, id: I) {
        match self.one.entry(key) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(id);
            }
            std::collections::hash_map::Entry::Occupied(_) => self.more.entry(key).or_default().push(id),
        }
    }

    pub(crate) fn remove(&mut self, key: u64, id: I) {
        if self.one.get(&key) == Some(&id) {
            self.one.remove(&key);
            if let Some(v) = self.more.get_mut(&key) {
                if let Some(next) = v.pop() {
                    self.one.insert(key, next);
                }
                if v.is_empty() {
                    self.more.remove(&key);
                }
            }
        } else if let Some(v) = self.more.get_mut(&key) {
            v.retain(|x| *x != id);
            if v.is_empty() {
                self.more.remove(&key);
            }
        }
    }

    /// The ids whose text may be the one looked for (compare it to be sure).
    pub(crate) fn candidates(&self, key: u64) -> impl Iterator<Item = I> + '_ {
        self.one.get(&key).copied().into_iter().chain(self.more.get(&key).into_iter().flatten().copied())
    }
}
