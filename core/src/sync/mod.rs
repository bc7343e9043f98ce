//! Sharing a workspace: every browser is a replica of one command log whose order is the
//! server's (NATS JetStream in the app; anything that appends and numbers what it is given).
//! This module is the whole of the rules; the app only moves bytes.
//!
//! - The order of the log is the stream's order, and the rules decide at apply time. A change
//!   is published without any condition on what its author had seen; every replica applies the
//!   same stream in the same order through the same deterministic core, so all reach the same
//!   state, and a change the rules refuse when its turn comes is skipped everywhere.
//! - A local command is applied to the replica's view at once and waits until the stream has it.
//!   Changes are handed out to publish as they are made ([`Replica::to_send`]), without waiting
//!   for the previous one's acknowledgement; from then on their fate is the stream's.
//! - Entries read from the stream are applied in order ([`Replica::receive`]). While changes of
//!   this replica wait, the entries apply to the *confirmed* state (the stream's) and the view is
//!   rebuilt as that state plus the waiting changes. A change of this replica that the rules
//!   refuse when its turn comes in the stream is reported to its author only, with the reason
//!   and the others' entries that came first ([`Report::Refused`]); the others skip it quietly.
//! - An entry that does not decode is reported and skipped; it never blocks the entries after it.
//! - Every entry carries where it came from (the replica's origin and its own counter), so an
//!   entry is applied once even when its publication is retried or arrives twice, in any order.
//! - A snapshot is the state alone ([`Snapshot`]); the history before it is rebuilt, when someone
//!   opens it, from the workspace as it was shared ([`Archive`]) and the stream's entries since
//!   ([`Replica::fill_history`]).
//!
//! Replaying the stream in order gives the same state on every replica: the property tests in
//! `tests/suite/properties.rs` check it over random interleavings, delivery orders and offline
//! periods.

use crate::command::Command;
use crate::error::CommandError;
use crate::log::{LogEntry, TokenSource};
use crate::mail::Message;
use crate::model::Token;
use crate::storage::wire::{Reader, Writer};
use crate::storage::{self, DecodeError};
use crate::text::{Arg, Text};
use crate::time::Timestamp;
use crate::workspace::Workspace;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// A snapshot is written after every this many entries of the shared log (by the
/// administrator whose entry reached the count), so joining reads one snapshot and at most this
/// many entries. The log itself is kept whole: it is the audit log.
pub const SNAPSHOT_EVERY: u64 = 100;

/// Whether the entry at stream sequence `seq` calls for a new snapshot.
pub fn snapshot_due(seq: u64) -> bool {
    seq > 0 && seq.is_multiple_of(SNAPSHOT_EVERY)
}

const ENTRY_MAGIC: &[u8; 4] = b"FTE1";
/// The state alone (format 3's state part).
const SNAPSHOT_MAGIC: &[u8; 4] = b"FTS2";
/// Written by the previous release: a whole export, history included.
const SNAPSHOT_MAGIC_1: &[u8; 4] = b"FTS1";
const ARCHIVE_MAGIC: &[u8; 4] = b"FTA1";
const REPLICA_MAGIC: &[u8; 4] = b"FTR2";
const REPLICA_MAGIC_1: &[u8; 4] = b"FTR1";

/// Where an entry came from: the replica that wrote it and its counter there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryId {
    /// The writing replica (a random number it drew when it was made).
    pub origin: u64,
    /// That replica's counter, from 1 (0: not numbered yet).
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
}

impl Report {
    /// What to tell a person, in their language (`sync-…` messages).
    pub fn text(&self) -> Text {
        match self {
            Report::Refused { command, reason, after, .. } => refused_text(command, reason.text().into(), after),
            Report::RefusedEarlier { command, reason, after, .. } => refused_text(command, Arg::Says(reason.clone()), after),
            Report::Malformed { seq, why } => Text::new("sync-malformed").with("seq", *seq as i64).with("reason", why.text()),
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
    /// This replica's own changes that the stream now holds (applied or refused in their turn).
    pub confirmed: usize,
    /// Reports added (refused changes of this replica, entries that do not decode).
    pub reported: usize,
    /// Entries of others that the rules refused in their turn (their authors are told).
    pub skipped: usize,
    /// Changes of this replica that the rules refused in their turn (reported here).
    pub refused: usize,
    /// Entries delivered again (a retried publish, a follower that started again): applied once.
    pub duplicates: usize,
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

/// A change to publish: its id (the server's duplicate detection keeps one copy per id) and
/// its bytes. No condition on the stream: its place there is the order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// Its id.
    pub id: EntryId,
    /// The entry's bytes ([`encode_entry`]).
    pub payload: Vec<u8>,
}

impl Outgoing {
    /// The message id to publish it with (`<origin in hex>-<counter>`).
    pub fn msg_id(&self) -> String {
        format!("{:x}-{}", self.id.origin, self.id.n)
    }
}

/// Which entries were applied: every origin's counters, exactly (an origin's entries may reach
/// the stream out of their order when a publish is retried, and each still applies once).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seen {
    /// Per origin: every counter up to this one was applied.
    low: BTreeMap<u64, u64>,
    /// Counters applied above their origin's `low`.
    above: BTreeSet<(u64, u64)>,
    /// The entries the rules refused in their turn, with the reason (the core's English): an
    /// author who reloads before hearing of its change, and resyncs from a snapshot that
    /// already covers it, learns here that it was refused rather than losing it silently.
    /// Carried by snapshots and the replica's record, after their other fields, only when
    /// there is one (so they are as before otherwise).
    refused: BTreeMap<EntryId, String>,
}

impl Seen {
    /// Whether the entry was applied.
    pub fn has(&self, id: EntryId) -> bool {
        self.low.get(&id.origin).is_some_and(|&n| n >= id.n) || self.above.contains(&(id.origin, id.n))
    }

    /// Records that the entry was applied.
    pub fn insert(&mut self, id: EntryId) {
        if self.has(id) {
            return;
        }
        let low = self.low.entry(id.origin).or_insert(0);
        if id.n == *low + 1 {
            *low = id.n;
            while self.above.remove(&(id.origin, *low + 1)) {
                *low += 1;
            }
        } else {
            self.above.insert((id.origin, id.n));
        }
    }

    fn put(&self, w: &mut Writer) {
        put_map(w, &self.low);
        w.len_of(self.above.len());
        for (o, n) in &self.above {
            w.uint(*o);
            w.uint(*n);
        }
    }

    fn get(r: &mut Reader) -> Result<Seen, DecodeError> {
        let low = get_map(r)?;
        let n = r.len_of()?;
        let mut above = BTreeSet::new();
        for _ in 0..n {
            let o = r.uint()?;
            above.insert((o, r.uint()?));
        }
        Ok(Seen { low, above, refused: BTreeMap::new() })
    }

    /// Records an entry the rules refused in its turn.
    fn refuse(&mut self, id: EntryId, reason: String) {
        self.refused.insert(id, reason);
    }

    /// Writes the refused entries, when there are any (the last section of a snapshot or record).
    fn put_refused<'s>(&'s self, w: &mut Writer<'s>) {
        if self.refused.is_empty() {
            return;
        }
        w.len_of(self.refused.len());
        for (id, reason) in &self.refused {
            w.uint(id.origin);
            w.uint(id.n);
            w.str(reason);
        }
    }

    /// Reads what [`Seen::put_refused`] wrote, if the reader is not at its end.
    fn get_refused(&mut self, r: &mut Reader) -> Result<(), DecodeError> {
        if r.at_end() {
            return Ok(());
        }
        let n = r.len_of()?;
        for _ in 0..n {
            let origin = r.uint()?;
            let id = EntryId { origin, n: r.uint()? };
            self.refused.insert(id, r.str()?);
        }
        Ok(())
    }
}

/// A workspace's state as of a stream sequence (written every [`SNAPSHOT_EVERY`] entries): what
/// joining reads. Its history is not in it ([`Archive`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The last stream sequence it covers (0: none).
    pub seq: u64,
    /// The workspace: its state, with its audit log and emails only counted (unless it was
    /// read from a whole export).
    pub workspace: Workspace,
    /// The entries it covers.
    pub seen: Seen,
}

/// The workspace as it was shared, with its whole history, and the sequence it stands at:
/// written once, when the workspace is shared. A joiner's audit log and mailbox are this
/// replayed with the stream's entries up to the snapshot it joined from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archive {
    /// The stream sequence it stands at.
    pub seq: u64,
    /// The workspace with its whole history.
    pub workspace: Workspace,
    /// Authors of its log entries that came through the stream, by log sequence.
    pub authors: BTreeMap<u64, String>,
    /// The entries it covers.
    pub seen: Seen,
}

/// A change of this replica that the stream does not hold yet.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Waiting {
    author: String,
    command: Command,
    at: Timestamp,
    tokens: Vec<Token>,
    /// Numbered when first handed out to publish: from then on the stream decides it, and it is
    /// never dropped here.
    id: Option<EntryId>,
    /// Handed out, and not known to be lost.
    out: bool,
    /// Whether the view holds it (false: the rules refuse it on the state the view was last
    /// built on; it stays, because its turn in the stream decides).
    in_view: bool,
}

impl Waiting {
    fn entry(&self) -> Entry {
        Entry { id: self.id.unwrap_or(EntryId { origin: 0, n: 0 }), author: self.author.clone(), command: self.command.clone(), at: self.at, tokens: self.tokens.clone() }
    }
}

/// One replica: the confirmed state (while changes wait), the changes waiting for the stream,
/// and what to report. The view, the workspace a person sees, is the caller's; every method
/// that changes it takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replica {
    me: String,
    origin: u64,
    next_n: u64,
    /// The last stream sequence applied.
    applied: u64,
    /// The stream's state while changes wait (the view is this plus `pending`). It is made
    /// without its history ([`Workspace::detached`]): a rebuilt view takes the older history
    /// back from the view before it.
    confirmed: Option<Workspace>,
    /// The view is not the confirmed state plus the waiting changes (a resync replaced the
    /// state under it): the next rebuild keeps the confirmed state's history, not the view's.
    view_stale: bool,
    pending: VecDeque<Waiting>,
    /// Every entry applied: none applies twice.
    seen: Seen,
    authors: BTreeMap<u64, String>,
    reports: Vec<Report>,
    /// The others' last entries applied (named when a change of ours is refused after them).
    recent: VecDeque<Remote>,
    /// Waiting changes restored without their confirmed state (after a reload): the next
    /// snapshot from the server rebases them.
    needs_resync: bool,
    /// The view's history up to this stream sequence is on the server, not here (it joined
    /// from a snapshot): [`Replica::fill_history`] reads it.
    history_at: Option<u64>,
}

/// Replays tokens, then draws more from `then`.
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

/// The tokens an entry of the stream needs beyond those it carries (the state in its turn
/// differs from its author's): derived from its id, so every replica draws the same.
struct Derived {
    id: EntryId,
    i: u64,
}

impl TokenSource for Derived {
    fn next_token(&mut self) -> Token {
        self.i += 1;
        Token(format!("{:016x}{:012x}{:04x}", self.id.origin, self.id.n & 0xffff_ffff_ffff, self.i & 0xffff).into())
    }
}

/// Applies an entry as every replica does in its turn in the stream.
fn apply_stream(ws: &mut Workspace, e: &Entry) -> Result<Vec<crate::event::Event>, CommandError> {
    let mut derived = Derived { id: e.id, i: 0 };
    let mut src = ThenFresh { replayed: e.tokens.iter(), fresh: &mut derived };
    ws.apply(e.command.clone(), e.at, &mut src)
}

fn is_idle_tick(cmd: &Command, events: &[crate::event::Event]) -> bool {
    matches!(cmd, Command::Tick) && events.is_empty()
}

impl Replica {
    /// A replica of a stream whose entries up to `snapshot.seq` the view already holds (the
    /// view is `snapshot.workspace`). `origin` must be random (a replica's entries are told
    /// apart by it).
    pub fn new(me: impl Into<String>, origin: u64, snapshot: &Snapshot) -> Replica {
        let complete = snapshot.workspace.log().entries().is_complete() && snapshot.workspace.mail().outbox().is_complete();
        Replica {
            me: me.into(),
            origin,
            next_n: 1,
            applied: snapshot.seq,
            confirmed: None,
            pending: VecDeque::new(),
            seen: snapshot.seen.clone(),
            authors: BTreeMap::new(),
            reports: Vec::new(),
            recent: VecDeque::new(),
            needs_resync: false,
            view_stale: false,
            history_at: (!complete).then_some(snapshot.seq),
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

    /// How many changes of this replica the stream does not hold yet.
    pub fn waiting(&self) -> usize {
        self.pending.len()
    }

    /// Whether waiting changes need the server's snapshot before anything else applies (they
    /// were restored after a reload).
    pub fn needs_resync(&self) -> bool {
        self.needs_resync
    }

    /// The stream sequence up to which the view's history is on the server, not here (the
    /// view came from a snapshot); None when the history is here.
    pub fn history_at(&self) -> Option<u64> {
        self.history_at
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

    /// Applies a local command to the view at once; on success it waits for the stream.
    pub fn local(&mut self, view: &mut Workspace, cmd: Command, now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Vec<crate::event::Event>, CommandError> {
        let first = self.pending.is_empty() && !self.needs_resync;
        let before = if first { Some(view.detached()) } else { None };
        let events = view.apply(cmd.clone(), now, tokens)?;
        if is_idle_tick(&cmd, &events) {
            return Ok(events);
        }
        if let Some(before) = before {
            self.confirmed = Some(before);
        }
        let drawn = view.log().entries().last().map(|e| e.tokens.clone()).unwrap_or_default();
        self.authors.insert(view.log().last_seq(), self.me.clone());
        self.pending.push_back(Waiting { author: self.me.clone(), command: cmd, at: now, tokens: drawn, id: None, out: false, in_view: true });
        Ok(events)
    }

    /// The waiting changes not handed out yet, in the order they were made, to publish all at
    /// once (none while a resync is due: they may already be in the stream). Each is numbered
    /// when first handed out and keeps its number; none waits for another's acknowledgement.
    pub fn to_send(&mut self) -> Vec<Outgoing> {
        if self.needs_resync {
            return Vec::new();
        }
        let mut out = Vec::new();
        for w in self.pending.iter_mut().filter(|w| !w.out) {
            let id = *w.id.get_or_insert_with(|| {
                let id = EntryId { origin: self.origin, n: self.next_n };
                self.next_n += 1;
                id
            });
            w.out = true;
            out.push(Outgoing { id, payload: encode_entry(&w.entry()) });
        }
        out
    }

    /// A publish failed or the connection came back: every waiting change goes out again with
    /// its number (the server, within its duplicate window, and every replica keep one copy).
    pub fn resend(&mut self) {
        for w in &mut self.pending {
            w.out = false;
        }
    }

    /// How many waiting changes are out (handed out to publish, not in the stream yet).
    pub fn out(&self) -> usize {
        self.pending.iter().filter(|w| w.out).count()
    }

    /// The server acknowledged a change at stream sequence `seq`. When that is the next
    /// sequence and the change is the first waiting, it is confirmed at once; otherwise the
    /// follower brings it in its turn. Returns whether the stream's copy is applied here now.
    pub fn accepted(&mut self, seq: u64, id: EntryId) -> bool {
        if self.seen.has(id) {
            return true; // its echo came first
        }
        // Only a change the view holds: on the confirmed state it applies as it did then.
        if self.needs_resync || seq != self.applied + 1 || self.pending.front().is_none_or(|w| w.id != Some(id) || !w.in_view) {
            return false;
        }
        let mut out = Received::default();
        let _ = self.confirm_head(&mut out);
        self.applied = seq;
        true
    }

    /// The stream's next entry is the first waiting change: it applies to the confirmed state
    /// (refused: reported to its author). Returns true when the view must be rebuilt (the
    /// rules answered otherwise than when the view was built).
    fn confirm_head(&mut self, out: &mut Received) -> bool {
        let Some(head) = self.pending.pop_front() else { return false };
        let entry = head.entry();
        self.seen.insert(entry.id);
        out.confirmed += 1;
        let mut rebuild = false;
        if let Some(base) = self.confirmed.as_mut() {
            match apply_stream(base, &entry) {
                Ok(_) => rebuild = !head.in_view,
                Err(reason) => {
                    rebuild = head.in_view;
                    out.refused += 1;
                    self.seen.refuse(entry.id, reason.to_string());
                    self.refused(head.command, head.at, reason, out);
                }
            }
        }
        if self.pending.is_empty() && !rebuild {
            // The view is the confirmed state again.
            self.confirmed = None;
        }
        rebuild
    }

    fn refused(&mut self, command: Command, at: Timestamp, reason: CommandError, out: &mut Received) {
        out.reported += 1;
        self.reports.push(Report::Refused { command, at, reason, after: self.recent.iter().cloned().collect() });
    }

    /// Applies entries read from the stream (in stream order; sequences at or below
    /// `applied` are skipped, and a sequence beyond the next one stops it: see
    /// [`Received::gap`]). The view is rebuilt on the others' entries as the stream's state plus
    /// the waiting changes; `fresh` supplies tokens a change not yet handed out needs beyond
    /// those it drew.
    pub fn receive(&mut self, view: &mut Workspace, entries: &[(u64, Vec<u8>)], fresh: &mut dyn TokenSource) -> Received {
        if self.needs_resync {
            return Received::default(); // the waiting changes need the server's snapshot first (resync)
        }
        self.apply_entries(view, entries, fresh, false, None)
    }

    /// [`Replica::receive`]; with `dirty`, the view is rebuilt at the end whatever arrives (it
    /// is not the confirmed state plus the waiting changes: a resync). `known`: the entries this
    /// replica applied before a resync; one of its own the rules refuse again was reported then
    /// (the rules answer the same in the same order), so it is not reported twice.
    fn apply_entries(&mut self, view: &mut Workspace, entries: &[(u64, Vec<u8>)], fresh: &mut dyn TokenSource, mut dirty: bool, known: Option<&Seen>) -> Received {
        let mut out = Received::default();
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
            if self.seen.has(entry.id) {
                out.duplicates += 1;
                continue;
            }
            let own = entry.id.origin == self.origin;
            if own && !dirty && self.pending.front().is_some_and(|w| w.id == Some(entry.id)) {
                // In the order the view has it.
                dirty |= self.confirm_head(&mut out);
                continue;
            }
            self.seen.insert(entry.id);
            // The stream's state: the confirmed one while changes wait, the view otherwise.
            let target = match self.confirmed.as_mut() {
                Some(base) => {
                    dirty = true;
                    base
                }
                None => &mut *view,
            };
            let result = apply_stream(target, &entry);
            if let Ok(events) = &result {
                if !is_idle_tick(&entry.command, events) {
                    self.authors.insert(target.log().last_seq(), entry.author.clone());
                }
            }
            let mine = own.then(|| self.pending.iter().position(|w| w.id == Some(entry.id))).flatten().and_then(|i| self.pending.remove(i));
            match (result, own) {
                (Ok(_), true) => out.confirmed += 1,
                (Ok(_), false) => {
                    out.applied += 1;
                    self.recent.push_back(Remote { author: entry.author, command: entry.command, at: entry.at });
                    if self.recent.len() > 3 {
                        self.recent.pop_front();
                    }
                }
                (Err(reason), true) => {
                    out.confirmed += 1;
                    out.refused += 1;
                    self.seen.refuse(entry.id, reason.to_string());
                    if mine.is_some() || !known.is_some_and(|k| k.has(entry.id)) {
                        let (command, at) = mine.map_or((entry.command, entry.at), |w| (w.command, w.at));
                        self.refused(command, at, reason, &mut out);
                    }
                }
                (Err(reason), false) => {
                    self.seen.refuse(entry.id, reason.to_string());
                    out.skipped += 1; // another's race: theirs to hear about
                }
            }
        }
        if dirty {
            self.rebase(view, fresh, &mut out);
        }
        out
    }

    /// Rebuilds the view as the confirmed state plus the waiting changes, each validated again
    /// by the rules. A change not handed out yet that the rules now refuse is reported and
    /// dropped; one already out stays (out of the view), because its turn in the stream
    /// decides it.
    fn rebase(&mut self, view: &mut Workspace, fresh: &mut dyn TokenSource, out: &mut Received) {
        out.rebased = true;
        let Some(base) = self.confirmed.take() else { return };
        let base_seq = base.log().last_seq();
        self.authors.retain(|&seq, _| seq <= base_seq);
        let seen = &self.seen;
        self.pending.retain(|w| w.id.is_none_or(|id| !seen.has(id)));
        let graft = !std::mem::take(&mut self.view_stale);
        if self.pending.is_empty() {
            let mut base = base;
            if graft {
                base.take_older_from(view);
            }
            *view = base;
            return;
        }
        let mut next = base.clone();
        let mut kept = VecDeque::new();
        for mut w in std::mem::take(&mut self.pending) {
            let result = match w.id {
                Some(_) => apply_stream(&mut next, &w.entry()),
                None => {
                    let mut src = ThenFresh { replayed: w.tokens.iter(), fresh: &mut *fresh };
                    next.apply(w.command.clone(), w.at, &mut src)
                }
            };
            match result {
                Ok(events) if w.id.is_none() && is_idle_tick(&w.command, &events) => out.dropped += 1, // another's tick did it
                Ok(events) => {
                    if w.id.is_none() {
                        w.tokens = next.log().entries().last().map(|e| e.tokens.clone()).unwrap_or_default();
                    }
                    if !is_idle_tick(&w.command, &events) {
                        self.authors.insert(next.log().last_seq(), w.author.clone());
                    }
                    w.in_view = true;
                    kept.push_back(w);
                }
                Err(_) if w.id.is_some() => {
                    w.in_view = false;
                    kept.push_back(w);
                }
                Err(reason) => self.refused(w.command, w.at, reason, out),
            }
        }
        self.pending = kept;
        self.confirmed = if self.pending.is_empty() { None } else { Some(base) };
        if graft {
            next.take_older_from(view);
        }
        *view = next;
    }

    /// Starts again from the server's snapshot and the stream's entries after it (reconnecting
    /// after a reload with changes waiting): waiting changes already in the stream are dropped,
    /// the others rebased on top. The view's history is then the server's
    /// ([`Replica::history_at`]).
    pub fn resync(&mut self, view: &mut Workspace, snapshot: Snapshot, tail: &[(u64, Vec<u8>)], fresh: &mut dyn TokenSource) -> Received {
        self.applied = snapshot.seq;
        // What the confirmed state holds is exactly what the snapshot and its tail hold.
        let known = std::mem::replace(&mut self.seen, snapshot.seen);
        // Waiting changes the snapshot already covers: applied, or refused in their turn
        // while this replica was away (reloaded before it heard): those it is told of now.
        let mut early = Received::default();
        for w in &self.pending {
            let Some(id) = w.id.filter(|id| self.seen.has(*id)) else { continue };
            if let Some(reason) = self.seen.refused.get(&id) {
                early.reported += 1;
                early.refused += 1;
                self.reports.push(Report::RefusedEarlier { command: w.command.clone(), at: w.at, reason: reason.clone(), after: Vec::new() });
            }
        }
        self.authors.clear();
        let complete = snapshot.workspace.log().entries().is_complete() && snapshot.workspace.mail().outbox().is_complete();
        self.history_at = (!complete).then_some(snapshot.seq);
        self.needs_resync = false;
        for w in &mut self.pending {
            w.out = false; // what is not in the stream goes out again
        }
        let mut got = if self.pending.is_empty() {
            *view = snapshot.workspace;
            self.confirmed = None;
            self.apply_entries(view, tail, fresh, false, Some(&known))
        } else {
            // The view is rebuilt on the snapshot and its tail, with the waiting changes on top.
            self.confirmed = Some(snapshot.workspace);
            self.view_stale = true;
            self.apply_entries(view, tail, fresh, true, Some(&known))
        };
        got.reported += early.reported;
        got.refused += early.refused;
        got
    }

    /// A snapshot of the confirmed state (the view when nothing waits), for the server: the
    /// state alone. None while a resync is due.
    pub fn snapshot(&self, view: &Workspace) -> Option<Vec<u8>> {
        if self.needs_resync {
            return None;
        }
        let ws = self.confirmed.as_ref().unwrap_or(view);
        Some(encode_snapshot(self.applied, ws, &self.seen))
    }

    /// The workspace as shared, for the server (written once, when it is shared): the view
    /// with its whole history. None if its history is not all in memory.
    pub fn archive(&self, view: &Workspace) -> Option<Vec<u8>> {
        if self.needs_resync || self.confirmed.is_some() {
            return None;
        }
        encode_archive(&Archive { seq: self.applied, workspace: view.clone(), authors: self.authors.clone(), seen: self.seen.clone() })
    }

    /// Puts back the view's history before [`Replica::history_at`]: the archive replayed with
    /// the stream's entries up to that sequence (`entries`, from the archive's sequence on),
    /// through the same rules, so it is the history every replica has. Also who wrote each
    /// entry. Nothing changes on an error.
    pub fn fill_history(&mut self, view: &mut Workspace, archive: Archive, entries: &[(u64, Vec<u8>)]) -> Result<(), DecodeError> {
        let Some(upto) = self.history_at else { return Ok(()) };
        let mut past = Replica {
            me: String::new(),
            origin: 0,
            next_n: 1,
            applied: archive.seq,
            confirmed: None,
            pending: VecDeque::new(),
            seen: archive.seen,
            authors: archive.authors,
            reports: Vec::new(),
            recent: VecDeque::new(),
            needs_resync: false,
            view_stale: false,
            history_at: None,
        };
        let mut ws = archive.workspace;
        let upto_entries: Vec<(u64, Vec<u8>)> = entries.iter().filter(|(s, _)| *s <= upto).cloned().collect();
        past.receive(&mut ws, &upto_entries, &mut || Token(Default::default()));
        if past.applied != upto {
            return Err(DecodeError::Corrupt(format!("the shared log's entries {}..{} could not be read", past.applied + 1, upto)));
        }
        let (log, mail) = (view.log().entries().unread_count(), view.mail().outbox().unread_count());
        let older_log: Vec<LogEntry> = ws.log().entries().loaded().get(..log).map(<[LogEntry]>::to_vec).ok_or_else(|| DecodeError::Corrupt("the shared history is shorter than the workspace's".into()))?;
        let older_mail: Vec<Message> = ws.mail().outbox().loaded().get(..mail).map(<[Message]>::to_vec).ok_or_else(|| DecodeError::Corrupt("the shared mailbox is shorter than the workspace's".into()))?;
        // (The confirmed state keeps no history of its own: a rebuilt view takes it from this.)
        view.fill_history(older_log, older_mail).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
        for (seq, who) in past.authors.range(..=log as u64) {
            self.authors.entry(*seq).or_insert_with(|| who.clone());
        }
        self.history_at = None;
        Ok(())
    }

    /// What survives a reload: who, the origin, the counter, the sequence applied, the waiting
    /// changes, what was applied, who wrote what, the refused changes, where the history is.
    /// The confirmed state is not kept: after a reload with changes waiting, the server's
    /// snapshot rebases them ([`Replica::needs_resync`]).
    pub fn save(&self) -> Vec<u8> {
        let entries: Vec<Vec<u8>> = self.pending.iter().map(|w| encode_entry(&w.entry())).collect();
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
        self.seen.put(&mut w);
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
        w.uint(self.history_at.map_or(0, |s| s + 1));
        self.seen.put_refused(&mut w);
        w.into_bytes()
    }

    /// Reads what [`Replica::save`] wrote (or the previous release's record). With waiting
    /// changes, the replica needs the server's snapshot before it applies anything
    /// ([`Replica::needs_resync`]).
    pub fn restore(bytes: &[u8]) -> Result<Replica, DecodeError> {
        let (body, v1) = match (bytes.strip_prefix(REPLICA_MAGIC), bytes.strip_prefix(REPLICA_MAGIC_1)) {
            (Some(b), _) => (b, false),
            (None, Some(b)) => (b, true),
            _ => return Err(DecodeError::NotFlowthrough),
        };
        let mut r = Reader::new(body);
        let me = r.str()?;
        let origin = r.uint()?;
        let next_n = r.uint()?;
        let applied = r.uint()?;
        let n = r.len_of()?;
        let mut pending = VecDeque::with_capacity(n.min(4096));
        for _ in 0..n {
            let e = decode_entry(get_bytes(&mut r)?)?;
            let id = (e.id.n > 0).then_some(e.id);
            pending.push_back(Waiting { author: e.author, command: e.command, at: e.at, tokens: e.tokens, id, out: false, in_view: true });
        }
        let mut seen = if v1 { Seen { low: get_map(&mut r)?, above: BTreeSet::new(), refused: BTreeMap::new() } } else { Seen::get(&mut r)? };
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
        let history_at = if v1 { None } else { r.uint()?.checked_sub(1) };
        if !v1 {
            seen.get_refused(&mut r)?;
        }
        if !r.at_end() {
            return Err(DecodeError::Corrupt("unexpected bytes after the shared workspace's record".into()));
        }
        let needs_resync = !pending.is_empty();
        Ok(Replica { me, origin, next_n, applied, confirmed: None, view_stale: false, pending, seen, authors, reports, recent: VecDeque::new(), needs_resync, history_at })
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

/// A snapshot as stored on the server: `FTS2`, the sequence, the entries it covers, then the
/// workspace's format-3 state part (no history: its audit log and emails are counted).
pub fn encode_snapshot(seq: u64, ws: &Workspace, seen: &Seen) -> Vec<u8> {
    let state = storage::encode_state(ws, storage::StateMeta::default());
    let mut w = Writer::new();
    w.raw(SNAPSHOT_MAGIC);
    w.uint(seq);
    seen.put(&mut w);
    put_bytes(&mut w, &state);
    seen.put_refused(&mut w);
    w.into_bytes()
}

/// The format-3 state part inside a snapshot's bytes (what a joiner keeps locally as it is);
/// None for anything but a snapshot of this format.
pub fn snapshot_state(bytes: &[u8]) -> Option<&[u8]> {
    let body = bytes.strip_prefix(SNAPSHOT_MAGIC)?;
    let mut r = Reader::new(body);
    r.uint().ok()?;
    Seen::get(&mut r).ok()?;
    get_bytes(&mut r).ok()
}

/// Reads a snapshot (or the previous release's, a whole export).
pub fn decode_snapshot(bytes: &[u8]) -> Result<Snapshot, DecodeError> {
    if let Some(body) = bytes.strip_prefix(SNAPSHOT_MAGIC_1) {
        let a = decode_archive_body(body)?;
        return Ok(Snapshot { seq: a.seq, workspace: a.workspace, seen: a.seen });
    }
    let body = bytes.strip_prefix(SNAPSHOT_MAGIC).ok_or(DecodeError::NotFlowthrough)?;
    let mut r = Reader::new(body);
    let seq = r.uint()?;
    let mut seen = Seen::get(&mut r)?;
    let (workspace, _) = storage::decode_state(get_bytes(&mut r)?)?;
    seen.get_refused(&mut r)?;
    if !r.at_end() {
        return Err(DecodeError::Corrupt("unexpected bytes after the snapshot".into()));
    }
    Ok(Snapshot { seq, workspace, seen })
}

/// The archive as stored on the server: `FTA1`, the sequence, the origins' counters, the
/// authors, then a format-3 export. `None` if the workspace's history is not all in memory.
pub fn encode_archive(a: &Archive) -> Option<Vec<u8>> {
    let export = storage::export(&a.workspace)?;
    let mut w = Writer::new();
    w.raw(ARCHIVE_MAGIC);
    w.uint(a.seq);
    put_map(&mut w, &a.seen.low);
    put_authors(&mut w, &a.authors);
    put_bytes(&mut w, &export);
    let mut above = Writer::new();
    a.seen.put(&mut above);
    // The counters applied out of order follow the export (FTS1 had none).
    put_bytes(&mut w, &above.into_bytes());
    Some(w.into_bytes())
}

/// Reads an archive.
pub fn decode_archive(bytes: &[u8]) -> Result<Archive, DecodeError> {
    let body = bytes.strip_prefix(ARCHIVE_MAGIC).ok_or(DecodeError::NotFlowthrough)?;
    decode_archive_body(body)
}

fn decode_archive_body(body: &[u8]) -> Result<Archive, DecodeError> {
    let mut r = Reader::new(body);
    let seq = r.uint()?;
    let low = get_map(&mut r)?;
    let authors = get_authors(&mut r)?;
    let workspace = storage::import_format_3(get_bytes(&mut r)?)?;
    let seen = if r.at_end() { Seen { low, above: BTreeSet::new(), refused: BTreeMap::new() } } else { Seen::get(&mut Reader::new(get_bytes(&mut r)?))? };
    if !r.at_end() {
        return Err(DecodeError::Corrupt("unexpected bytes after the archive".into()));
    }
    Ok(Archive { seq, workspace, authors, seen })
}
