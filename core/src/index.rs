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

/// A value derived from the state and kept until the next change: not part of the state (a
/// copy starts empty, and two workspaces compare equal whatever they cached).
pub(crate) struct Cache<T>(std::sync::Mutex<Option<T>>);

impl<T> Default for Cache<T> {
    fn default() -> Self {
        Cache(std::sync::Mutex::new(None))
    }
}

impl<T> Clone for Cache<T> {
    fn clone(&self) -> Self {
        Cache(std::sync::Mutex::new(None))
    }
}

impl<T> PartialEq for Cache<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl<T> Eq for Cache<T> {}

impl<T> std::fmt::Debug for Cache<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cache")
    }
}

impl<T> Cache<T> {
    /// Runs `f` on the cached value (`None` until one is put there).
    pub(crate) fn with<R>(&self, f: impl FnOnce(&mut Option<T>) -> R) -> R {
        // A panic while the lock was held cannot leave a cached value half-written that matters:
        // it is derived data, so a poisoned lock is simply taken over.
        let mut guard = self.0.lock().unwrap_or_else(|e| e.into_inner());
        f(&mut guard)
    }
}

/// Rows' searchable text (a list's fields), lower-cased and laid end to end in one buffer with
/// the offset where each row starts, so a search reads one contiguous allocation instead of a
/// few scattered strings per row. It remembers the last search's hits: a search that extends it
/// (the person typing on) tests only those rows.
#[derive(Debug, Clone, Default)]
pub struct SearchText {
    text: String,
    /// Where each row's text starts.
    starts: Vec<u32>,
    /// The last needle and the rows it matched.
    last: Cache<(String, Vec<u32>)>,
}

/// Separates fields (a match never spans two).
const FIELD_END: char = '\u{1}';

impl SearchText {
    /// An empty text for about `rows` rows of `bytes_per_row`.
    pub fn with_capacity(rows: usize, bytes_per_row: usize) -> SearchText {
        SearchText { text: String::with_capacity(rows * bytes_per_row), starts: Vec::with_capacity(rows), last: Cache::default() }
    }

    /// Appends a row made of `fields`.
    pub fn push<'a>(&mut self, fields: impl IntoIterator<Item = &'a str>) {
        self.starts.push(self.text.len() as u32);
        for field in fields {
            let from = self.text.len();
            if field.is_ascii() {
                self.text.push_str(field);
                // SAFETY-free: ASCII lower-casing keeps the buffer valid UTF-8.
                self.text[from..].make_ascii_lowercase();
            } else {
                self.text.push_str(&field.to_lowercase());
            }
            self.text.push(FIELD_END);
        }
        self.last.with(|l| *l = None);
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    fn row(&self, i: usize) -> &str {
        let from = self.starts[i] as usize;
        let to = self.starts.get(i + 1).map_or(self.text.len(), |&s| s as usize);
        &self.text[from..to]
    }

    /// For each row, whether its text contains `needle_lower` (already lower-cased).
    pub fn matches(&self, needle_lower: &str) -> Vec<bool> {
        let n = self.starts.len();
        if needle_lower.is_empty() || needle_lower.contains(FIELD_END) {
            return vec![needle_lower.is_empty(); n];
        }
        let mut hit = vec![false; n];
        let mut found = Vec::new();
        // One finder for the whole search: building one per row would cost more than the scan.
        let finder = memchr::memmem::Finder::new(needle_lower.as_bytes());
        let narrowed = self.last.with(|l| match l {
            Some((prev, rows)) if !prev.is_empty() && needle_lower.contains(prev.as_str()) => {
                found = rows.iter().copied().filter(|&i| finder.find(self.row(i as usize).as_bytes()).is_some()).collect();
                true
            }
            _ => false,
        });
        if !narrowed {
            // Matches come in text order: walk the rows alongside them, and after a hit jump to
            // the next row's text (one hit is enough), so a one-letter search that matches
            // almost every row stays a single pass.
            let bytes = self.text.as_bytes();
            let mut i = 0;
            let mut from = 0;
            while let Some(offset) = bytes.get(from..).and_then(|rest| finder.find(rest)) {
                let pos = from + offset;
                while i + 1 < n && self.starts[i + 1] as usize <= pos {
                    i += 1;
                }
                found.push(i as u32);
                match self.starts.get(i + 1) {
                    Some(&next) => from = next as usize,
                    None => break,
                }
            }
        }
        for &i in &found {
            hit[i as usize] = true;
        }
        self.last.with(|l| *l = Some((needle_lower.to_string(), found)));
        hit
    }
}

/// A list's sort orders: for each of `N` sort columns, the rows' positions (in id order) as that
/// column sorts them, built on first use after a change. The orders from before the last change
/// are kept with the ids they were positions of: when the rows are still the same ones, an order
/// is sorted again from its old self (nearly sorted after one change: the stable sort finds its
/// runs, about one comparison a row) instead of from scratch.
#[derive(Debug, Clone)]
pub(crate) struct Orders<I, const N: usize> {
    now: [std::sync::OnceLock<Vec<u32>>; N],
    previous: Cache<(Vec<I>, [Option<Vec<u32>>; N])>,
}

impl<I, const N: usize> Default for Orders<I, N> {
    fn default() -> Self {
        Orders { now: std::array::from_fn(|_| std::sync::OnceLock::new()), previous: Cache::default() }
    }
}

impl<I: PartialEq, const N: usize> Orders<I, N> {
    /// The order in `slot`, built by `build` when missing. `ids` are the rows now, in id order;
    /// `build` gets the slot's order from before the last change when they are the same rows.
    pub(crate) fn get<'a>(&self, slot: usize, ids: impl ExactSizeIterator<Item = &'a I>, build: impl FnOnce(Option<Vec<u32>>) -> Vec<u32>) -> &[u32]
    where
        I: 'a,
    {
        match self.now.get(slot) {
            Some(cell) => cell.get_or_init(|| {
                let start = self.previous.with(|p| {
                    let (old, orders) = p.as_mut()?;
                    let same = old.len() == ids.len() && old.iter().zip(ids).all(|(a, b)| a == b);
                    if same { orders.get_mut(slot)?.take() } else { None }
                });
                build(start)
            }),
            None => &[],
        }
    }

    /// Forgets the orders after a change, keeping them aside with `ids` (the rows they were
    /// positions of, when known) to sort again from.
    pub(crate) fn changed(&mut self, ids: Option<Vec<I>>) {
        let now = std::mem::replace(&mut self.now, std::array::from_fn(|_| std::sync::OnceLock::new()));
        if let (true, Some(ids)) = (now.iter().any(|o| o.get().is_some()), ids) {
            let orders = now.map(std::sync::OnceLock::into_inner);
            self.previous.with(|p| *p = Some((ids, orders)));
        }
    }
}

/// The positions `0..n` in the order `start` gives (an earlier order of the same `n` rows), or
/// in id order: where a sort by [`Orders`] begins.
pub(crate) fn start_order(start: Option<Vec<u32>>, n: usize) -> Vec<u32> {
    start.filter(|s| s.len() == n).unwrap_or_else(|| (0..n as u32).collect())
}
