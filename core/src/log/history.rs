//! Append-only records (the audit log, the outbox) whose older part may stay in storage until a
//! page needs it: opening a workspace reads its state, not years of history.

/// An append-only list of which the first `unread` items are kept in storage and not read yet.
/// Everything appended since (or everything, once [`History::fill`] has run) is in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History<T> {
    unread: usize,
    items: Vec<T>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History { unread: 0, items: Vec::new() }
    }
}

impl<T> From<Vec<T>> for History<T> {
    fn from(items: Vec<T>) -> Self {
        History { unread: 0, items }
    }
}

/// Why older items could not be put in place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("storage holds {found} older items where {expected} were expected")]
pub struct FillError {
    /// How many were expected.
    pub expected: usize,
    /// How many were given.
    pub found: usize,
}

impl FillError {
    /// What to tell a person, in their language (`history-fill`; the English is `Display`).
    pub fn text(&self) -> crate::text::Text {
        crate::text::Text::new("history-fill").with("found", self.found as i64).with("expected", self.expected as i64)
    }
}

impl<T> History<T> {
    /// A history of which the first `unread` items are in storage and `recent` follow them.
    pub fn unread(unread: usize, recent: Vec<T>) -> History<T> {
        History { unread, items: recent }
    }

    /// How many items there are in all, read or not.
    pub fn len(&self) -> usize {
        self.unread + self.items.len()
    }

    /// True when there are none at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many older items are still in storage only.
    pub fn unread_count(&self) -> usize {
        self.unread
    }

    /// True when every item is in memory.
    pub fn is_complete(&self) -> bool {
        self.unread == 0
    }

    /// The items in memory, oldest first (all of them when complete).
    pub fn loaded(&self) -> &[T] {
        &self.items
    }

    /// Items `from..` of the whole history, if they are all in memory.
    pub fn since(&self, from: usize) -> Option<&[T]> {
        from.checked_sub(self.unread).and_then(|i| self.items.get(i..))
    }

    /// The newest item.
    pub fn last(&self) -> Option<&T> {
        self.items.last()
    }

    /// Appends an item.
    pub fn push(&mut self, item: T) {
        self.items.push(item);
    }

    /// Iterates over the items in memory, oldest first.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Puts the older items read from storage in front of the ones in memory.
    pub fn fill(&mut self, mut older: Vec<T>) -> Result<(), FillError> {
        if older.len() != self.unread {
            return Err(FillError { expected: self.unread, found: older.len() });
        }
        older.append(&mut self.items);
        self.items = older;
        self.unread = 0;
        Ok(())
    }

    /// The same history with none of its items in memory (all counted as unread): what a copy
    /// needs that applies changes and is given its older items back later
    /// ([`History::take_older_from`]).
    pub fn detached(&self) -> History<T> {
        History { unread: self.len(), items: Vec::new() }
    }

    /// Moves in front of this history's items the older ones `other` holds: its items before
    /// this history's unread count. Both must have the same older items (this one was
    /// [`History::detached`] from `other` or from a history with the same start); `other` is
    /// left without them. Nothing is moved when `other` lacks them.
    pub fn take_older_from(&mut self, other: &mut History<T>) {
        if other.unread > self.unread || self.unread > other.len() {
            return;
        }
        let had = other.len();
        let mut older = std::mem::take(&mut other.items);
        older.truncate(self.unread - other.unread);
        older.append(&mut self.items);
        self.items = older;
        self.unread = other.unread;
        other.unread = had;
    }

    /// Forgets the items in memory before `keep_from` (they are in storage), keeping the rest.
    pub fn forget_before(&mut self, keep_from: usize) {
        let cut = keep_from.saturating_sub(self.unread).min(self.items.len());
        self.items.drain(..cut);
        self.unread += cut;
    }
}

impl<'a, T> IntoIterator for &'a History<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_detached_copy_takes_its_older_items_back() {
        let mut view = super::History::unread(1, vec![2, 3, 4]);
        let mut copy = view.detached();
        assert_eq!((copy.unread_count(), copy.len()), (4, 4));
        copy.push(9);
        copy.take_older_from(&mut view);
        assert_eq!((copy.unread_count(), copy.loaded()), (1, &[2, 3, 4, 9][..]));
        assert!(view.loaded().is_empty());
    }

    use super::*;

    #[test]
    fn unread_items_are_filled_in_front() {
        let mut h = History::unread(3, vec![4, 5]);
        assert_eq!((h.len(), h.is_complete(), h.last()), (5, false, Some(&5)));
        assert_eq!(h.since(3), Some(&[4, 5][..]));
        assert_eq!(h.since(2), None);
        assert_eq!(h.fill(vec![1, 2]), Err(FillError { expected: 3, found: 2 }));
        h.fill(vec![1, 2, 3]).unwrap();
        assert_eq!(h.loaded(), [1, 2, 3, 4, 5]);
        h.forget_before(4);
        assert_eq!((h.unread_count(), h.loaded()), (4, &[5][..]));
    }
}
