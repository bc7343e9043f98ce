//! Sharing a workspace: every browser is a replica of one command log that a server orders
//! (NATS JetStream in the app; anything that accepts an append only on top of the sequence its
//! author saw). This module is the whole of the rules; the app only moves bytes.
//!
//! - A local command is applied to the replica's view at once and waits to be published with
//!   the stream sequence its author had seen ([`Replica::outgoing`]).
//! - Entries read from the stream are applied in order ([`Replica::receive`]). While changes of
//!   this replica wait, the entries apply to the *confirmed* state (the stream's) and the
//!   waiting changes are rebased on top: the rules validate each one again. A change the rules
//!   now refuse is reported to its author with the reason and the others' entries that came
//!   first ([`Report::Refused`]); nothing is merged by any rule of this module's own.
//! - An entry that does not decode, or that the rules refuse (a hand-made client's), is
//!   reported and skipped; it never blocks the entries after it.
//! - Every entry carries where it came from (the replica's origin and its own counter), so an
//!   entry is applied once even when its publication is retried or arrives before its
//!   acknowledgement.
//!
//! Replaying the stream in order gives the same state on every replica: the property tests in
//! `tests/properties.rs` check it over random interleavings, delivery orders and offline
//! periods.

use crate::command::Command;
use crate::error::CommandError;
use crate::log::{LogEntry, TokenSource};
use crate::model::Token;
use crate::storage::wire::{Reader, Writer};
use crate::storage::{self, DecodeError};
use crate::text::{Arg, Text};
use crate::time::Timestamp;
use crate::workspace::Workspace;
use std::collections::{BTreeMap, VecDeque};

/// A snapshot is written after every this many entries of the shared log (by the
/// administrator whose entry reached the count), so joining reads one snapshot and at most this
/// many entries. The log itself is kept whole: it is the audit log.
pub const SNAPSHOT_EVERY: u64 = 100;

/// Whether the entry at stream sequence `seq` calls for a new snapshot.
pub fn snapshot_due(seq: u64) -> bool {
    seq > 0 && seq % SNAPSHOT_EVERY == 0
}

const ENTRY_MAGIC: &[u8; 4] = b"FTE1";
const SNAPSHOT_MAGIC: &[u8; 4] = b"FTS1";
const REPLICA_MAGIC: &[u8; 4] = b"FTR1";

/// Where an entry came from: the replica that wrote it and its counter there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryId {
    /// The writing replica (a random number it drew when it was made).
    pub origin: u64,
    /// That replica's counter, from 1.
    pub n: u64,
}

/// One entry of the shared log: a command with its time, its tokens and its author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Where it came from.
    pub id: EntryId,
    /// The person who made the change (their display name).
    pub author: String,
    /// The command.
    pub command: Command,
    /// When it was made.
    pub at: Timestamp,
    /// The tokens it drew, so every replica draws the same.
    pub tokens: Vec<Token>,
}

/// An entry of others that was applied (named in a refusal, and in the audit log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    /// Who.
    pub author: String,
    /// What.
    pub command: Command,
    /// When.
    pub at: Timestamp,
}

/// Something a person should know about the shared log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// A change of this replica that the rules refused once others' changes came first. The
    /// change is not lost: it is here, with the reason.
    Refused {
        /// The change.
        command: Command,
        /// When it was made.
        at: Timestamp,
        /// The rules' reason.
        reason: CommandError,
        /// The others' entries that came first (the last few).
        after: Vec<Remote>,
    },
    /// A refused change read back after a reload: its reason is kept as the core wrote it
    /// in English (shown in the reader's language where that sentence is translated).
    RefusedEarlier {
        /// The change.
        command: Command,
        /// When it was made.
        at: Timestamp,
        /// The rules' reason, as [`CommandError`]'s English.
        reason: String,
        /// The others' entries that came first (the last few).
        after: Vec<Remote>,
    },
    /// An entry on the stream that does not decode; skipped.
    Malformed {
        /// Its stream sequence.
        seq: u64,
        /// Why it does not decode.
        why: DecodeError,
    },
    /// An entry that decodes but the rules refuse (written by another program); skipped.
    RefusedRemote {
        /// Its stream sequence.
        seq: u64,
        /// Its author as written.
        author: String,
        /// The command.
        command: Command,
        /// The rules' reason.
        reason: CommandError,
    },
}

impl Report {
    /// What to tell a person, in their language (`sync-…` messages).
    pub fn text(&self) -> Text {
        match self {
            Report::Refused { command, reason, after, .. } => refused_text(command, reason.text().into(), after),
            Report::RefusedEarlier { command, reason, after, .. } => refused_text(command, Arg::Says(reason.clone()), after),
            Report::Malformed { seq, why } => Text::new("sync-malformed").with("seq", *seq as i64).with("reason", why.text()),
            Report::RefusedRemote { seq, author, command, reason } => Text::new("sync-refused-remote")
                .with("seq", *seq as i64)
                .with("author", author.clone())
                .with("command", command_arg(command))
                .with("reason", reason.text()),
        }
    }
}

fn refused_text(command: &Command, reason: Arg, after: &[Remote]) -> Text {
    match after.last() {
        Some(last) => Text::new("sync-refused")
            .with("command", command_arg(command))
            .with("reason", reason)
            .with("author", last.author.clone())
            .with("other", command_arg(&last.command))
            .with("at", Arg::Time(last.at)),
        None => Text::new("sync-refused-alone").with("command", command_arg(command)).with("reason", reason),
    }
}

/// A command's name as a message (`command-<variant>`).
fn command_arg(c: &Command) -> Arg {
    let debug = format!("{c:?}");
    let variant = debug.split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or_default();
    Arg::code("command", variant)
}

/// What one call to [`Replica::receive`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Received {
    /// Entries of others applied.
    pub applied: usize,
    /// This replica's own changes confirmed by the stream.
    pub confirmed: usize,
    /// Reports added (refused changes, skipped entries).
    pub reported: usize,
    /// The view was rebuilt (others' entries came before waiting changes).
    pub rebased: bool,
    /// Waiting ticks that had nothing left to do once others' came first (dropped silently).
    pub dropped: usize,
    /// An entry was missing before the next one given (a delivery problem): nothing after the
    /// gap was applied, and the caller should read again from [`Replica::applied`].
    pub gap: bool,
}

impl Received {
    /// Whether the view changed.
    pub fn changed(&self) -> bool {
        self.applied > 0 || self.rebased
    }
}

/// What to publish next: the first waiting change, valid only on top of `expected_last`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// The stream sequence the change was made on (the server refuses it on any other).
    pub expected_last: u64,
    /// Its id, for the server's duplicate detection.
    pub id: EntryId,
    /// The entry's bytes ([`encode_entry`]).
    pub payload: Vec<u8>,
}

/// A workspace as of a stream sequence, with who wrote its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The last stream sequence it covers (0: none).
    pub seq: u64,
    /// The workspace (with its whole history).
    pub workspace: Workspace,
    /// Authors of its log entries, by log sequence (those that came through the stream).
    pub authors: BTreeMap<u64, String>,
    /// The last entry counter of every origin it covers.
    pub seen: BTreeMap<u64, u64>,
}

/// One replica: the confirmed state (while changes wait), the changes waiting to be published,
/// and what to report. The view, the workspace a person sees, is the caller's; every method
/// that changes it takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replica {
    me: String,
    origin: u64,
    next_n: u64,
    /// The last stream sequence applied.
    applied: u64,
    /// The stream's state while changes wait (the view is this plus `pending`).
    confirmed: Option<Workspace>,
    pending: VecDeque<Entry>,
    /// The last counter applied of each origin: no entry applies twice.
    seen: BTreeMap<u64, u64>,
    authors: BTreeMap<u64, String>,
    reports: Vec<Report>,
    /// Waiting changes restored without their confirmed state (after a reload): the next
    /// snapshot from the server rebases them.
    needs_resync: bool,
}

/// Replays tokens, then draws fresh ones (a rebased command may need more than it drew).
struct ThenFresh<'a, 'b> {
    replayed: std::slice::Iter<'a, Token>,
    fresh: &'b mut dyn TokenSource,
}

impl TokenSource for ThenFresh<'_, '_> {
    fn next_token(&mut self) -> Token {
        match self.replayed.next() {
            Some(t) => t.clone(),
            None => self.fresh.next_token(),
        }
    }
}

fn is_idle_tick(cmd: &Command, events: &[crate::event::Event]) -> bool {
    matches!(cmd, Command::Tick) && events.is_empty()
}

impl Replica {
    /// A replica of a stream whose entries up to `snapshot.seq` the view already holds (the
    /// view is `snapshot.workspace`). `origin` must be random (a replica's entries are told
    /// apart by it).
    pub fn new(me: impl Into<String>, origin: u64, snapshot: &Snapshot) -> Replica {
        Replica {
            me: me.into(),
            origin,
            next_n: 1,
            applied: snapshot.seq,
            confirmed: None,
            pending: VecDeque::new(),
            seen: snapshot.seen.clone(),
            authors: snapshot.authors.clone(),
            reports: Vec::new(),
            needs_resync: false,
        }
    }

    /// The person's name, written on their entries.
    pub fn me(&self) -> &str {
        &self.me
    }

    /// The last stream sequence applied.
    pub fn applied(&self) -> u64 {
        self.applied
    }

    /// How many changes wait to be published.
    pub fn waiting(&self) -> usize {
        self.pending.len()
    }

    /// Whether waiting changes need the server's snapshot before anything else applies (they
    /// were restored after a reload).
    pub fn needs_resync(&self) -> bool {
        self.needs_resync
    }

    /// What to tell the person, oldest first.
    pub fn reports(&self) -> &[Report] {
        &self.reports
    }

    /// Removes a report the person has read.
    pub fn dismiss(&mut self, index: usize) {
        if index < self.reports.len() {
            self.reports.remove(index);
        }
    }

    /// Who made the view's log entry `seq`, when it came through the shared log.
    pub fn author(&self, seq: u64) -> Option<&str> {
        self.authors.get(&seq).map(String::as_str)
    }

    /// Applies a local command to the view at once; on success it waits to be published.
    pub fn local(&mut self, view: &mut Workspace, cmd: Command, now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Vec<crate::event::Event>, CommandError> {
        let first = self.pending.is_empty() && !self.needs_resync;
        let before = if first { Some(view.clone()) } else { None };
        let events = view.apply(cmd.clone(), now, tokens)?;
        if is_idle_tick(&cmd, &events) {
            return Ok(events);
        }
        if let Some(before) = before {
            self.confirmed = Some(before);
        }
        let drawn = view.log().entries().last().map(|e| e.tokens.clone()).unwrap_or_default();
        let id = EntryId { origin: self.origin, n: self.next_n };
        self.next_n += 1;
        self.authors.insert(view.log().last_seq(), self.me.clone());
        self.pending.push_back(Entry { id, author: self.me.clone(), command: cmd, at: now, tokens: drawn });
        Ok(events)
    }

    /// The first waiting change, to publish on top of the sequence seen (none while a resync
    /// is due: the change may already be in the stream).
    pub fn outgoing(&self) -> Option<Outgoing> {
        if self.needs_resync {
            return None;
        }
        self.pending.front().map(|e| Outgoing { expected_last: self.applied, id: e.id, payload: encode_entry(e) })
    }

    /// The server accepted the first waiting change at stream sequence `seq` (which must be
    /// the next one: it was published on top of `applied`). Returns false, changing nothing,
    /// if it is not.
    pub fn accepted(&mut self, seq: u64, id: EntryId) -> bool {
        if seq <= self.applied && self.seen.get(&id.origin).is_some_and(|&n| n >= id.n) {
            return true; // its echo came first
        }
        if seq != self.applied + 1 || self.pending.front().map(|e| e.id) != Some(id) {
            return false;
        }
        self.confirm_head();
        self.applied = seq;
        true
    }

    /// Moves the first waiting change into the confirmed state.
    fn confirm_head(&mut self) {
        let Some(head) = self.pending.pop_front() else { return };
        self.seen.insert(head.id.origin, head.id.n);
        if self.pending.is_empty() {
            // The view is the confirmed state again.
            self.confirmed = None;
        } else if let Some(base) = self.confirmed.as_mut() {
            let mut src = ThenFresh { replayed: head.tokens.iter(), fresh: &mut || Token(String::new()) };
            // It applied on this very state when it was made (or rebased), so it applies again.
            let _ = base.apply(head.command, head.at, &mut src);
        }
    }

    /// Applies entries read from the stream (in stream order; sequences at or below
    /// `applied` are skipped, and a sequence beyond the next one stops it: see
    /// [`Received::gap`]). Waiting changes are rebased on the others' entries; `fresh`
    /// supplies tokens a rebased command needs beyond those it drew.
    pub fn receive(&mut self, view: &mut Workspace, entries: &[(u64, Vec<u8>)], fresh: &mut dyn TokenSource) -> Received {
        let mut out = Received::default();
        if self.needs_resync {
            return out; // the waiting changes need the server's snapshot first (resync)
        }
        let mut others = Vec::new();
        for (seq, payload) in entries {
            if *seq <= self.applied {
                continue;
            }
            if *seq > self.applied + 1 {
                out.gap = true; // never skip an entry: read again from `applied`
                break;
            }
            self.applied = *seq;
            let entry = match decode_entry(payload) {
                Ok(e) => e,
                Err(why) => {
                    self.reports.push(Report::Malformed { seq: *seq, why });
                    out.reported += 1;
                    continue;
                }
            };
            if self.seen.get(&entry.id.origin).is_some_and(|&n| n >= entry.id.n) {
                continue; // published twice: applied once
            }
            if self.pending.front().is_some_and(|p| p.id == entry.id) && others.is_empty() {
                self.confirm_head();
                out.confirmed += 1;
                continue;
            }
            // Our own change arriving after others' (or after a reload): it is simply one more
            // entry of the stream; the waiting copy of it is dropped below.
            let own = entry.id.origin == self.origin;
            let waiting = !self.pending.is_empty();
            let target = match self.confirmed.as_mut() {
                Some(base) if waiting => base,
                _ => &mut *view,
            };
            let mut src = ThenFresh { replayed: entry.tokens.iter(), fresh: &mut || Token(String::new()) };
            match target.apply(entry.command.clone(), entry.at, &mut src) {
                Ok(events) => {
                    self.seen.insert(entry.id.origin, entry.id.n);
                    if !is_idle_tick(&entry.command, &events) {
                        self.authors.insert(target.log().last_seq(), entry.author.clone());
                    }
                    if own {
                        self.pending.retain(|p| p.id != entry.id);
                        out.confirmed += 1;
                    } else {
                        out.applied += 1;
                    }
                    others.push(Remote { author: entry.author, command: entry.command, at: entry.at });
                }
                Err(reason) => {
                    self.seen.insert(entry.id.origin, entry.id.n);
                    if own {
                        self.pending.retain(|p| p.id != entry.id);
                    }
                    self.reports.push(Report::RefusedRemote { seq: *seq, author: entry.author, command: entry.command, reason });
                    out.reported += 1;
                }
            }
        }
        if !others.is_empty() && self.confirmed.is_some() {
            self.rebase(view, &others, fresh, &mut out);
        }
        out
    }

    /// Rebuilds the view as the confirmed state plus the waiting changes, each validated again
    /// by the rules; the refused ones are reported.
    fn rebase(&mut self, view: &mut Workspace, others: &[Remote], fresh: &mut dyn TokenSource, out: &mut Received) {
        out.rebased = true;
        let Some(base) = self.confirmed.take() else { return };
        let base_seq = base.log().last_seq();
        self.authors.retain(|&seq, _| seq <= base_seq);
        // Drop what the stream already holds (seen), then re-apply the rest.
        let seen = &self.seen;
        self.pending.retain(|p| seen.get(&p.id.origin).is_none_or(|&n| n < p.id.n));
        if self.pending.is_empty() {
            *view = base;
            self.needs_resync = false;
            return;
        }
        let mut next = base.clone();
        let mut kept = VecDeque::new();
        let after: Vec<Remote> = others.iter().rev().take(3).rev().cloned().collect();
        for mut p in std::mem::take(&mut self.pending) {
            let mut src = ThenFresh { replayed: p.tokens.iter(), fresh: &mut *fresh };
            match next.apply(p.command.clone(), p.at, &mut src) {
                Ok(events) if is_idle_tick(&p.command, &events) => out.dropped += 1, // another's tick did it
                Ok(_) => {
                    p.tokens = next.log().entries().last().map(|e| e.tokens.clone()).unwrap_or_default();
                    self.authors.insert(next.log().last_seq(), p.author.clone());
                    kept.push_back(p);
                }
                Err(reason) => {
                    out.reported += 1;
                    self.reports.push(Report::Refused { command: p.command, at: p.at, reason, after: after.clone() });
                }
            }
        }
        self.pending = kept;
        self.needs_resync = false;
        self.confirmed = if self.pending.is_empty() { None } else { Some(base) };
        *view = next;
    }

    /// Starts again from the server's snapshot and the stream's entries after it (joining
    /// again, or reconnecting after a reload): waiting changes already in the stream are
    /// dropped, the others rebased on top.
    pub fn resync(&mut self, view: &mut Workspace, snapshot: Snapshot, tail: &[(u64, Vec<u8>)], fresh: &mut dyn TokenSource) -> Received {
        self.applied = snapshot.seq;
        // What the confirmed state holds is exactly what the snapshot and its tail hold.
        self.seen = snapshot.seen;
        self.authors = snapshot.authors;
        let waiting = !self.pending.is_empty();
        if waiting {
            self.confirmed = Some(snapshot.workspace);
            self.needs_resync = false;
        } else {
            *view = snapshot.workspace;
            self.confirmed = None;
        }
        let mut out = self.receive(view, tail, fresh);
        if waiting && !out.rebased {
            self.rebase(view, &[], fresh, &mut out);
        }
        out
    }

    /// A snapshot of the confirmed state (the view when nothing waits), for the server.
    pub fn snapshot(&self, view: &Workspace) -> Option<Vec<u8>> {
        let ws = self.confirmed.as_ref().unwrap_or(view);
        if self.needs_resync {
            return None;
        }
        let base = ws.log().last_seq();
        let authors = self.authors.range(..=base).map(|(k, v)| (*k, v.clone())).collect();
        encode_snapshot(&Snapshot { seq: self.applied, workspace: ws.clone(), authors, seen: self.seen.clone() })
    }

    /// What survives a reload: who, the origin, the counter, the sequence applied, the waiting
    /// changes, who wrote what. The confirmed state is not kept: after a reload with changes
    /// waiting, the server's snapshot rebases them ([`Replica::needs_resync`]).
    pub fn save(&self) -> Vec<u8> {
        let entries: Vec<Vec<u8>> = self.pending.iter().map(encode_entry).collect();
        let mut w = Writer::new();
        w.raw(REPLICA_MAGIC);
        w.str(&self.me);
        w.uint(self.origin);
        w.uint(self.next_n);
        w.uint(self.applied);
        w.len_of(entries.len());
        for e in &entries {
            put_bytes(&mut w, e);
        }
        put_map(&mut w, &self.seen);
        put_authors(&mut w, &self.authors);
        // Refused changes stay until the person dismisses them (as entries: command, time).
        let as_entry = |author: &str, command: &Command, at: Timestamp| {
            encode_entry(&Entry { id: EntryId { origin: 0, n: 0 }, author: author.to_string(), command: command.clone(), at, tokens: Vec::new() })
        };
        let mut refused = Vec::new();
        for r in &self.reports {
            let (command, at, reason, after) = match r {
                Report::Refused { command, at, reason, after } => (command, *at, reason.to_string(), after),
                Report::RefusedEarlier { command, at, reason, after } => (command, *at, reason.clone(), after),
                _ => continue,
            };
            let after: Vec<Vec<u8>> = after.iter().map(|o| as_entry(&o.author, &o.command, o.at)).collect();
            refused.push((as_entry(&self.me, command, at), reason, after));
        }
        w.len_of(refused.len());
        for (entry, reason, after) in &refused {
            put_bytes(&mut w, entry);
            w.str(reason);
            w.len_of(after.len());
            for a in after {
                put_bytes(&mut w, a);
            }
        }
        w.into_bytes()
    }

    /// Reads what [`Replica::save`] wrote. With waiting changes, the replica needs the
    /// server's snapshot before it applies anything ([`Replica::needs_resync`]).
    pub fn restore(bytes: &[u8]) -> Result<Replica, DecodeError> {
        let body = bytes.strip_prefix(REPLICA_MAGIC).ok_or(DecodeError::NotFlowthrough)?;
        let mut r = Reader::new(body);
        let me = r.str()?;
        let origin = r.uint()?;
        let next_n = r.uint()?;
        let applied = r.uint()?;
        let n = r.len_of()?;
        let mut pending = VecDeque::with_capacity(n.min(4096));
        for _ in 0..n {
            pending.push_back(decode_entry(get_bytes(&mut r)?)?);
        }
        let seen = get_map(&mut r)?;
        let authors = get_authors(&mut r)?;
        let n = r.len_of()?;
        let mut reports = Vec::new();
        for _ in 0..n {
            let entry = decode_entry(get_bytes(&mut r)?)?;
            let reason = r.str()?;
            let k = r.len_of()?;
            let mut after = Vec::new();
            for _ in 0..k {
                let o = decode_entry(get_bytes(&mut r)?)?;
                after.push(Remote { author: o.author, command: o.command, at: o.at });
            }
            reports.push(Report::RefusedEarlier { command: entry.command, at: entry.at, reason, after });
        }
        if !r.at_end() {
            return Err(DecodeError::Corrupt("unexpected bytes after the shared workspace's record".into()));
        }
        let needs_resync = !pending.is_empty();
        Ok(Replica { me, origin, next_n, applied, confirmed: None, pending, seen, authors, reports, needs_resync })
    }
}

fn put_map(w: &mut Writer, map: &BTreeMap<u64, u64>) {
    w.len_of(map.len());
    for (k, v) in map {
        w.uint(*k);
        w.uint(*v);
    }
}

fn get_map(r: &mut Reader) -> Result<BTreeMap<u64, u64>, DecodeError> {
    let n = r.len_of()?;
    let mut map = BTreeMap::new();
    for _ in 0..n {
        let k = r.uint()?;
        map.insert(k, r.uint()?);
    }
    Ok(map)
}

fn put_authors<'s>(w: &mut Writer<'s>, authors: &'s BTreeMap<u64, String>) {
    w.len_of(authors.len());
    for (seq, who) in authors {
        w.uint(*seq);
        w.str(who);
    }
}

/// A run of bytes behind its length (an entry or a part inside a record).
fn put_bytes(w: &mut Writer, bytes: &[u8]) {
    w.len_of(bytes.len());
    w.raw(bytes);
}

fn get_bytes<'a>(r: &mut Reader<'a>) -> Result<&'a [u8], DecodeError> {
    let len = r.len_of()?;
    Ok(r.raw(len)?)
}

fn get_authors(r: &mut Reader) -> Result<BTreeMap<u64, String>, DecodeError> {
    let n = r.len_of()?;
    let mut map = BTreeMap::new();
    for _ in 0..n {
        let seq = r.uint()?;
        map.insert(seq, r.str()?);
    }
    Ok(map)
}

/// An entry as published: `FTE1`, its id, its author, then a format-3 change part (checksummed).
pub fn encode_entry(e: &Entry) -> Vec<u8> {
    let change = storage::encode_change(&LogEntry { seq: 0, at: e.at, actor: e.command.actor(), command: e.command.clone(), tokens: e.tokens.clone(), events: Vec::new() });
    let mut w = Writer::new();
    w.raw(ENTRY_MAGIC);
    w.uint(e.id.origin);
    w.uint(e.id.n);
    w.str(&e.author);
    put_bytes(&mut w, &change);
    w.into_bytes()
}

/// Reads a published entry; anything else is refused with the reason.
pub fn decode_entry(bytes: &[u8]) -> Result<Entry, DecodeError> {
    let body = bytes.strip_prefix(ENTRY_MAGIC).ok_or(DecodeError::NotFlowthrough)?;
    let mut r = Reader::new(body);
    let origin = r.uint()?;
    let n = r.uint()?;
    let author = r.str()?;
    let change = storage::decode_change(get_bytes(&mut r)?)?;
    if !r.at_end() {
        return Err(DecodeError::Corrupt("unexpected bytes after the entry".into()));
    }
    if author.chars().count() > 80 {
        return Err(DecodeError::Corrupt("the author's name is longer than 80 characters".into()));
    }
    Ok(Entry { id: EntryId { origin, n }, author, command: change.command, at: change.at, tokens: change.tokens })
}

/// A snapshot as stored on the server: `FTS1`, the sequence, the origins' counters, the
/// authors, then a format-3 export of the workspace. `None` if the workspace's history is not
/// all in memory.
pub fn encode_snapshot(s: &Snapshot) -> Option<Vec<u8>> {
    let export = storage::export(&s.workspace)?;
    let mut w = Writer::new();
    w.raw(SNAPSHOT_MAGIC);
    w.uint(s.seq);
    put_map(&mut w, &s.seen);
    put_authors(&mut w, &s.authors);
    put_bytes(&mut w, &export);
    Some(w.into_bytes())
}

/// Reads a snapshot.
pub fn decode_snapshot(bytes: &[u8]) -> Result<Snapshot, DecodeError> {
    let body = bytes.strip_prefix(SNAPSHOT_MAGIC).ok_or(DecodeError::NotFlowthrough)?;
    let mut r = Reader::new(body);
    let seq = r.uint()?;
    let seen = get_map(&mut r)?;
    let authors = get_authors(&mut r)?;
    let workspace = storage::import_format_3(get_bytes(&mut r)?)?;
    if !r.at_end() {
        return Err(DecodeError::Corrupt("unexpected bytes after the snapshot".into()));
    }
    Ok(Snapshot { seq, workspace, authors, seen })
}
