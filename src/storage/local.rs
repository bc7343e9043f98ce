//! This browser's copy of the workspace: localStorage and IndexedDB.
//!
//! # Layout (storage format 3; see ARCHITECTURE.md)
//! Every value is a format-3 part (`flowthrough_core::storage`): binary, with a header holding
//! the format version and a checksum. In localStorage the bytes are packed 15 bits to a UTF-16
//! code unit (`storage::dense`), which nothing outside this module sees.
//! - [`BASE_KEY`]: the **state** of the workspace as of some revision, or, when the workspace
//!   is kept in IndexedDB, a pointer (`indexeddb:<generation>`).
//! - [`JOURNAL_PREFIX`]`<revision>`: each change made since the state was written, one applied
//!   command (a few dozen bytes).
//! - [`REVISION_KEY`]: the newest revision. Other tabs listen for it (the `storage` event).
//! - [`AUDIT_PREFIX`]`<generation>.<first>` and [`MAIL_PREFIX`]`<generation>.<first>`: the
//!   audit log and the emails in segments, appended when the journal is folded into a new state
//!   (compaction) and read only when the Audit log or the Mailbox is opened.
//! - IndexedDB `flowthrough`/`workspace`: the same parts (`<generation>.state`,
//!   `<generation>.audit.<first>`, `<generation>.mail.<first>`) when the workspace is too big
//!   for localStorage.
//!
//! A generation is one stored workspace: replacing the workspace (the demo, an import, starting
//! over, a migration) writes a new generation beside the old one, switches [`BASE_KEY`] to it,
//! then removes the old one, so a failure half-way leaves the old workspace readable.
//!
//! Format 2 (JSON under `flowthrough.workspace`, `flowthrough.journal.<n>`, IndexedDB
//! `base.<n>`) is read and migrated; it is removed only once format 3 is saved.
//!
//! A value that cannot be read (corrupt, truncated, written by a newer version) is never
//! overwritten: it is copied aside, writes stay paused, and the app tells the person, who can
//! download it and then choose to start fresh.

use flowthrough_core::storage::{self as format, dense, v2, StateMeta};
use flowthrough_core::text::Text;
use flowthrough_core::{LogEntry, Message, Workspace};
use gloo_storage::{LocalStorage, Storage};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The state (or the pointer to it in IndexedDB).
pub const BASE_KEY: &str = "flowthrough.v3.base";
/// The newest saved revision.
pub const REVISION_KEY: &str = "flowthrough.v3.revision";
/// Journal entries: this prefix and the entry's revision.
pub const JOURNAL_PREFIX: &str = "flowthrough.v3.change.";
/// Audit log segments: this prefix, the generation, a dot, the first entry's index.
pub const AUDIT_PREFIX: &str = "flowthrough.v3.audit.";
/// Email segments: this prefix, the generation, a dot, the first email's index.
pub const MAIL_PREFIX: &str = "flowthrough.v3.mail.";
/// Where an unreadable value is kept aside.
pub const ASIDE_KEY: &str = "flowthrough.v3.unreadable";
/// What [`BASE_KEY`] holds when the workspace is in IndexedDB: this and the generation.
const POINTER: &str = "indexeddb:";

/// Format 2's keys, read for migration.
pub const V2_KEY: &str = "flowthrough.workspace";
/// Format 2's revision.
pub const V2_REVISION_KEY: &str = "flowthrough.revision";
/// Format 2's journal entries.
pub const V2_JOURNAL_PREFIX: &str = "flowthrough.journal.";
const V2_ASIDE_KEY: &str = "flowthrough.workspace.unreadable";

/// The largest state kept in localStorage, in code units (Chromium allows 5,242,880 per
/// origin; the segments, the journal and a second state during a save need room too).
pub const INLINE_LIMIT: usize = 2_600_000;
/// The largest single journal entry, in code units; a bigger change writes a new state.
pub const ENTRY_LIMIT: usize = 200_000;

const IDB_NAME: &str = "flowthrough";
const IDB_STORE: &str = "workspace";

/// Where the stored workspace is, as this tab last read or wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
struct Place {
    generation: u64,
    in_indexeddb: bool,
    /// Log entries and emails already in segments.
    log_stored: usize,
    mail_stored: usize,
}

thread_local! {
    static PLACE: Cell<Place> = const { Cell::new(Place { generation: 0, in_indexeddb: false, log_stored: 0, mail_stored: 0 }) };
    /// How many IndexedDB writes have started, so a pending clean-up never runs after a newer write.
    static IDB_WRITES: Cell<u64> = const { Cell::new(0) };
}

fn place() -> Place {
    PLACE.with(Cell::get)
}

fn set_place(p: Place) {
    PLACE.with(|c| c.set(p));
}

/// What loading found.
pub enum Loaded {
    /// Nothing stored yet: an empty workspace.
    Empty,
    /// A workspace and the revision it corresponds to.
    Ok(Box<Workspace>, u64),
    /// Format-2 data, read and migrated in memory: save it as format 3 (then
    /// [`remove_format_2`]).
    Migrated(Box<Workspace>, u64),
    /// The state is in IndexedDB: finish with [`load_bulk`].
    InIndexedDb,
    /// Format-2 data: finish with [`load_format_2`] (its reader is a chunk of its own, fetched
    /// only by a browser that still has such data).
    Format2,
    /// A value that could not be read; it is kept as it was (and a copy aside).
    Unreadable(Text),
    /// Storage itself is unavailable (disabled, private mode).
    Unavailable(Text),
}

// What this module tells a person is a message (`storage-…` in locales/*.ftl), written in their
// language by the app; what the browser or a decoder reported goes in as `technical`, as it is.

/// localStorage through gloo-storage, after checking it exists: gloo's accessor throws where
/// storage is disabled (some private modes, blocked site data), and that must not crash the app.
fn storage() -> Result<web_sys::Storage, Text> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(Text::new("storage-disabled")),
    }
}

/// The workspace in IndexedDB cannot be read for a reason the browser gave.
fn idb_refused(technical: String) -> Text {
    Text::new("storage-idb-refused").with("technical", technical)
}

fn not_packed() -> Text {
    Text::new("storage-not-packed")
}

fn get(s: &web_sys::Storage, key: &str) -> Option<String> {
    s.get_item(key).ok().flatten()
}

fn put_bytes(s: &web_sys::Storage, key: &str, bytes: &[u8]) -> Result<(), ()> {
    s.set_item(key, &dense::pack_str(bytes)).map_err(|_| ())
}

fn get_bytes(s: &web_sys::Storage, key: &str) -> Option<Result<Vec<u8>, Text>> {
    get(s, key).map(|text| dense::unpack_str(&text).map_err(|_| not_packed()))
}

fn keys_with(s: &web_sys::Storage, prefix: &str) -> Vec<String> {
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect()
}

fn numbered(s: &web_sys::Storage, prefix: &str) -> Vec<(u64, String)> {
    keys_with(s, prefix).into_iter().filter_map(|k| k[prefix.len()..].parse::<u64>().ok().map(|r| (r, k))).collect()
}

fn journal_key(revision: u64) -> String {
    format!("{JOURNAL_PREFIX}{revision}")
}

fn stored_revision_in(s: &web_sys::Storage) -> Option<u64> {
    get(s, REVISION_KEY).and_then(|v| v.parse().ok())
}

/// Reads the stored workspace: the state, then the journal entries after it. The audit log and
/// the emails stay in storage until [`read_log`] and [`read_mail`].
pub fn load() -> Loaded {
    let s = match storage() {
        Ok(s) => s,
        Err(e) => return Loaded::Unavailable(e),
    };
    let raw = match s.get_item(BASE_KEY) {
        Ok(raw) => raw,
        Err(_) => return Loaded::Unavailable(Text::new("storage-read-refused")),
    };
    let Some(raw) = raw else {
        if get(&s, V2_KEY).is_some() {
            return Loaded::Format2;
        }
        // No state yet: the journal (if any) starts from an empty workspace.
        set_place(Place::default());
        return match with_journal(&s, Workspace::new(), 0) {
            Ok((_, 0)) => Loaded::Empty,
            Ok((ws, revision)) => Loaded::Ok(Box::new(ws), revision),
            Err(reason) => Loaded::Unreadable(reason),
        };
    };
    if raw.starts_with(POINTER) {
        return Loaded::InIndexedDb;
    }
    let decoded = dense::unpack_str(&raw).map_err(|_| Text::new("storage-state-unreadable").with("reason", not_packed())).and_then(|bytes| format::decode_state(&bytes).map_err(|e| e.text()));
    match decoded {
        Ok((ws, meta)) => finish(&s, ws, meta, false),
        Err(reason) => {
            // Keep a copy aside; if even that fails the original stays under BASE_KEY, untouched.
            let _ = s.set_item(ASIDE_KEY, &raw);
            Loaded::Unreadable(reason)
        }
    }
}

fn finish(s: &web_sys::Storage, ws: Workspace, meta: StateMeta, in_indexeddb: bool) -> Loaded {
    set_place(Place { generation: meta.generation, in_indexeddb, log_stored: ws.log().entries().len(), mail_stored: ws.mail().outbox().len() });
    match with_journal(s, ws, meta.revision) {
        Ok((ws, revision)) => Loaded::Ok(Box::new(ws), revision),
        Err(reason) => Loaded::Unreadable(reason),
    }
}

/// Finishes loading a state kept in IndexedDB. How long each step took is left in
/// `window.__flowthroughLoadTimings` (`{ read, decode, journal }` in ms) for the benchmark
/// harness.
pub async fn load_bulk() -> Loaded {
    let s = match storage() {
        Ok(s) => s,
        Err(e) => return Loaded::Unavailable(e),
    };
    let Some(generation) = get(&s, BASE_KEY).and_then(|raw| raw.strip_prefix(POINTER).and_then(|g| g.parse::<u64>().ok())) else {
        return load_format_2().await;
    };
    let t0 = js_sys::Date::now();
    let bytes = match idb_get(&format!("{generation}.state")).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Loaded::Unreadable(Text::new("storage-idb-missing")),
        // Writes stay paused: an empty workspace must never be saved over the one that is there.
        Err(e) => return Loaded::Unreadable(idb_refused(e)),
    };
    let t1 = js_sys::Date::now();
    let decoded = format::decode_state(&bytes);
    drop(bytes);
    let t2 = js_sys::Date::now();
    let loaded = match decoded {
        Ok((ws, meta)) => finish(&s, ws, meta, true),
        Err(reason) => Loaded::Unreadable(Text::new("storage-idb-unreadable").with("reason", reason.text())),
    };
    report_timings(t0, t1, t2);
    loaded
}

fn report_timings(t0: f64, t1: f64, t2: f64) {
    let t3 = js_sys::Date::now();
    if let Some(w) = web_sys::window() {
        let timings = js_sys::Object::new();
        for (k, v) in [("read", t1 - t0), ("decode", t2 - t1), ("journal", t3 - t2)] {
            let _ = js_sys::Reflect::set(&timings, &k.into(), &v.into());
        }
        let _ = js_sys::Reflect::set(&w, &"__flowthroughLoadTimings".into(), &timings);
    }
}

/// Applies the journal entries after `revision` up to the newest revision.
fn with_journal(s: &web_sys::Storage, mut ws: Workspace, revision: u64) -> Result<(Workspace, u64), Text> {
    let newest = stored_revision_in(s).unwrap_or(revision);
    let mut at = revision;
    while at < newest {
        let Some(entry) = journal_entry(s, at + 1)? else {
            return Err(change_missing(at + 1));
        };
        ws.apply_entry(&entry).map_err(|e| change_refused(at + 1, &e))?;
        at += 1;
    }
    Ok((ws, at))
}

fn change_missing(revision: u64) -> Text {
    Text::new("storage-change-missing").with("n", revision as i64)
}

fn change_refused(revision: u64, e: &flowthrough_core::ReplayError) -> Text {
    Text::new("storage-change-refused").with("n", revision as i64).with("reason", e.text())
}

fn change_damaged(revision: u64, reason: Text) -> Text {
    Text::new("storage-change-damaged").with("n", revision as i64).with("reason", reason)
}

fn journal_entry(s: &web_sys::Storage, revision: u64) -> Result<Option<LogEntry>, Text> {
    match get_bytes(s, &journal_key(revision)) {
        None => Ok(None),
        Some(bytes) => bytes
            .and_then(|b| format::decode_change(&b).map_err(|e| e.text()))
            .map(Some)
            .map_err(|reason| change_damaged(revision, reason)),
    }
}

/// The journal entries after `from` up to `to`, if all are there and readable (another tab's
/// changes, for catching up without reading the whole workspace).
pub fn entries_between(from: u64, to: u64) -> Option<Vec<LogEntry>> {
    let s = storage().ok()?;
    (from + 1..=to).map(|r| journal_entry(&s, r).ok().flatten()).collect()
}

/// The newest revision stored (0 when nothing was saved yet).
pub fn stored_revision() -> u64 {
    storage().ok().and_then(|s| stored_revision_in(&s)).unwrap_or(0)
}

fn write_failed(bytes: usize) -> Text {
    Text::new("storage-write-failed").with("kb", bytes.div_ceil(1024) as i64)
}

/// Why an entry was not appended.
pub enum AppendError {
    /// Too big for the journal, or the journal is full: write a new state instead.
    WriteBase,
    /// Storage is unavailable.
    Failed(Text),
}

/// Persists one change as journal entry `revision`: a write of a few dozen code units. Returns
/// the entry's size in bytes.
pub fn append(entry: &LogEntry, revision: u64) -> Result<usize, AppendError> {
    let s = storage().map_err(AppendError::Failed)?;
    let bytes = format::encode_change(entry);
    if bytes.len() * 8 / 15 > ENTRY_LIMIT {
        return Err(AppendError::WriteBase);
    }
    put_bytes(&s, &journal_key(revision), &bytes).map_err(|_| AppendError::WriteBase)?;
    if s.set_item(REVISION_KEY, &revision.to_string()).is_err() {
        let _ = s.remove_item(&journal_key(revision));
        return Err(AppendError::WriteBase);
    }
    Ok(bytes.len())
}

/// How many journal entries there are, and their size in code units.
pub fn journal_size() -> (usize, usize) {
    let Ok(s) = storage() else { return (0, 0) };
    numbered(&s, JOURNAL_PREFIX).iter().fold((0, 0), |(n, units), (_, k)| (n + 1, units + get(&s, k).map_or(0, |v| v.len())))
}

/// Where a state was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// In localStorage: done.
    Inline,
    /// Too big for localStorage: finish with [`save_bulk`].
    NeedsIndexedDb,
}

/// The parts a save writes: the state and the new segments.
pub struct Parts {
    state: Vec<u8>,
    segments: Vec<(String, Vec<u8>)>,
    place: Place,
    revision: u64,
    replaces: bool,
}

impl Parts {
    /// Bytes in all.
    pub fn bytes(&self) -> usize {
        self.state.len() + self.segments.iter().map(|(_, b)| b.len()).sum::<usize>()
    }
}

/// Encodes the workspace as the state of `revision`, with the audit log entries and emails not
/// yet in segments. `replaces` starts a new generation with all of them (a whole new workspace:
/// the demo, an import, starting over, a migration), whose history must be complete.
pub fn parts(ws: &Workspace, revision: u64, replaces: bool) -> Parts {
    parts_with_state(ws, revision, replaces, None)
}

/// [`parts`], with the workspace's state part already encoded (`state`, with any storage
/// details: they are replaced): a shared workspace's snapshot is kept as it came.
pub fn parts_with_state(ws: &Workspace, revision: u64, replaces: bool, state: Option<&[u8]>) -> Parts {
    let mut p = place();
    if replaces {
        p = Place { generation: revision, in_indexeddb: false, log_stored: 0, mail_stored: 0 };
    }
    let mut segments = Vec::new();
    let log = ws.log().entries().since(p.log_stored).unwrap_or(&[]);
    if !log.is_empty() {
        segments.push((format!("audit.{}", p.log_stored), format::encode_audit(log)));
    }
    let mail: &[Message] = ws.mail().outbox().since(p.mail_stored).unwrap_or(&[]);
    if !mail.is_empty() {
        segments.push((format!("mail.{}", p.mail_stored), format::encode_mail(p.mail_stored, mail)));
    }
    let meta = StateMeta { revision, generation: p.generation };
    let state = state.and_then(|s| format::restamp_state(s, meta).ok()).unwrap_or_else(|| format::encode_state(ws, meta));
    p.log_stored = ws.log().entries().len();
    p.mail_stored = ws.mail().outbox().len();
    Parts { state, segments, place: p, revision, replaces }
}

fn local_key(generation: u64, segment: &str) -> String {
    match segment.split_once('.') {
        Some(("audit", first)) => format!("{AUDIT_PREFIX}{generation}.{first}"),
        Some((_, first)) => format!("{MAIL_PREFIX}{generation}.{first}"),
        None => segment.to_string(),
    }
}

/// Writes the parts in localStorage when the state fits and the workspace is kept there
/// (segments first, then the state, which makes them count); otherwise says to use
/// [`save_bulk`]. Journal entries up to the revision are then removed; a replacement also
/// removes newer ones and the previous generation. On an error the stored workspace is
/// unchanged.
pub fn save(parts: &Parts) -> Result<Written, Text> {
    let s = storage()?;
    let staying_in_indexeddb = place().in_indexeddb && !parts.replaces;
    if staying_in_indexeddb || parts.state.len() * 8 / 15 > INLINE_LIMIT {
        return Ok(Written::NeedsIndexedDb);
    }
    let g = parts.place.generation;
    let mut written = Vec::new();
    for (segment, bytes) in &parts.segments {
        let key = local_key(g, segment);
        if put_bytes(&s, &key, bytes).is_err() {
            // Too big for what is left: the whole workspace goes to IndexedDB.
            written.iter().for_each(|k: &String| {
                let _ = s.remove_item(k);
            });
            return Ok(Written::NeedsIndexedDb);
        }
        written.push(key);
    }
    let was_in_indexeddb = place().in_indexeddb;
    if put_bytes(&s, BASE_KEY, &parts.state).is_err() {
        if parts.replaces {
            written.iter().for_each(|k| {
                let _ = s.remove_item(k);
            });
        }
        return Ok(Written::NeedsIndexedDb);
    }
    set_place(Place { in_indexeddb: false, ..parts.place });
    finish_base(&s, parts.revision, parts.replaces, g, false);
    for part in [HistoryPart::Log, HistoryPart::Mail] {
        merge_segments(&s, g, part);
    }
    if was_in_indexeddb || parts.replaces {
        // Nothing points at the IndexedDB copy any more: free the disk it takes (unless a new
        // big save starts first, which replaces it anyway).
        let writes = IDB_WRITES.with(Cell::get);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = idb_remove_except(None, writes).await;
        });
    }
    Ok(Written::Inline)
}

/// Writes the parts into IndexedDB (all in one transaction), then points [`BASE_KEY`] at them.
/// A workspace moving there from localStorage takes its existing segments along.
pub async fn save_bulk(parts: Parts) -> Result<(), Text> {
    let s = storage()?;
    let len = parts.bytes();
    let g = parts.place.generation;
    let mut puts: Vec<(String, Vec<u8>)> = Vec::new();
    if !place().in_indexeddb && !parts.replaces {
        // Moving from localStorage: the segments already there come along, as they are.
        for prefix in [AUDIT_PREFIX, MAIL_PREFIX] {
            for key in keys_with(&s, &format!("{prefix}{g}.")) {
                let first = &key[prefix.len() + g.to_string().len() + 1..];
                let name = if prefix == AUDIT_PREFIX { "audit" } else { "mail" };
                match get_bytes(&s, &key) {
                    Some(Ok(bytes)) => puts.push((format!("{g}.{name}.{first}"), bytes)),
                    _ => return Err(Text::new("storage-cannot-move").with("key", key)),
                }
            }
        }
    }
    for (segment, bytes) in parts.segments {
        puts.push((format!("{g}.{segment}"), bytes));
    }
    puts.push((format!("{g}.state"), parts.state));
    idb_put(puts).await.map_err(|e| Text::new("storage-write-failed-because").with("kb", len.div_ceil(1024) as i64).with("technical", e))?;
    s.set_item(BASE_KEY, &format!("{POINTER}{g}")).map_err(|_| write_failed(1))?;
    set_place(Place { in_indexeddb: true, ..parts.place });
    // localStorage keeps only the pointer and the journal now.
    finish_base(&s, parts.revision, parts.replaces, g, true);
    if parts.replaces {
        let writes = IDB_WRITES.with(Cell::get);
        let _ = idb_remove_except(Some(g), writes).await;
    }
    Ok(())
}

/// After a state is written: removes the journal entries it includes (all of them for a
/// replacement), the segments of other generations (and, once the workspace is in IndexedDB,
/// all segments in localStorage), and format 2's keys.
fn finish_base(s: &web_sys::Storage, revision: u64, replaces: bool, generation: u64, in_indexeddb: bool) {
    for (r, k) in numbered(s, JOURNAL_PREFIX) {
        if r <= revision || replaces {
            let _ = s.remove_item(&k);
        }
    }
    let mine = format!("{generation}.");
    for prefix in [AUDIT_PREFIX, MAIL_PREFIX] {
        for k in keys_with(s, prefix) {
            if in_indexeddb || !k[prefix.len()..].starts_with(&mine) {
                let _ = s.remove_item(&k);
            }
        }
    }
    let newest = stored_revision_in(s).unwrap_or(0);
    if replaces || newest < revision {
        let _ = s.set_item(REVISION_KEY, &revision.to_string());
    }
}

/// Keeps the number of segments of a part logarithmic in its length (a compaction every 50
/// changes would otherwise leave thousands of small keys): while the segment before the newest
/// is at most twice the newest's size, the two are decoded, joined and written under the older
/// one's key, then the newer one is removed. The joined segment holds everything the older one
/// did, so a reader that meets both (a reload in between) skips the overlap; a write the browser
/// refuses (storage nearly full) leaves both as they are.
fn merge_segments(s: &web_sys::Storage, generation: u64, part: HistoryPart) {
    let prefix = format!("{}{generation}.", if part == HistoryPart::Log { AUDIT_PREFIX } else { MAIL_PREFIX });
    loop {
        let mut segments = numbered(s, &prefix);
        segments.sort_by_key(|(first, _)| *first);
        let [.., (_, older), (_, newer)] = segments.as_slice() else { return };
        let size = |k: &str| get(s, k).map_or(0, |v| v.len());
        if size(older) > 2 * size(newer) {
            return;
        }
        let (Some(Ok(a)), Some(Ok(b))) = (get_bytes(s, older), get_bytes(s, newer)) else { return };
        let joined = match part {
            HistoryPart::Log => match (format::decode_audit(&a), format::decode_audit(&b)) {
                (Ok(mut x), Ok(y)) => {
                    let next = x.last().map_or(0, |e| e.seq) + 1;
                    x.extend(y.into_iter().filter(|e| e.seq >= next));
                    if x.windows(2).any(|w| w[1].seq != w[0].seq + 1) {
                        return;
                    }
                    format::encode_audit(&x)
                }
                _ => return,
            },
            HistoryPart::Mail => match (format::decode_mail(&a), format::decode_mail(&b)) {
                (Ok((first, mut x)), Ok((first_b, y))) => {
                    let next = first + x.len();
                    if first_b > next {
                        return;
                    }
                    x.extend(y.into_iter().skip(next - first_b));
                    format::encode_mail(first, &x)
                }
                _ => return,
            },
        };
        if put_bytes(s, older, &joined).is_err() {
            return;
        }
        let _ = s.remove_item(newer);
    }
}

/// Which history to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryPart {
    /// The audit log.
    Log,
    /// The emails.
    Mail,
}

/// The segments of the stored generation, in order, as bytes.
async fn segments(part: HistoryPart) -> Result<Vec<Vec<u8>>, Text> {
    let p = place();
    let g = p.generation;
    let name = match part {
        HistoryPart::Log => "audit",
        HistoryPart::Mail => "mail",
    };
    let mut found: Vec<(u64, Vec<u8>)> = Vec::new();
    if p.in_indexeddb {
        let prefix = format!("{g}.{name}.");
        for key in idb_keys().await.map_err(idb_refused)? {
            if let Some(first) = key.strip_prefix(&prefix).and_then(|f| f.parse::<u64>().ok()) {
                let bytes = idb_get(&key).await.map_err(idb_refused)?.ok_or_else(|| Text::new("storage-segment-unreadable").with("key", key.clone()))?;
                found.push((first, bytes));
            }
        }
    } else {
        let s = storage()?;
        let prefix = format!("{}{g}.", if part == HistoryPart::Log { AUDIT_PREFIX } else { MAIL_PREFIX });
        for (first, key) in numbered(&s, &prefix) {
            match get_bytes(&s, &key) {
                Some(Ok(bytes)) => found.push((first, bytes)),
                _ => return Err(Text::new("storage-segment-unreadable").with("key", key)),
            }
        }
    }
    found.sort_by_key(|(first, _)| *first);
    Ok(found.into_iter().map(|(_, b)| b).collect())
}

/// The first `n` audit log entries, read from their segments.
pub async fn read_log(n: usize) -> Result<Vec<LogEntry>, Text> {
    let mut out: Vec<LogEntry> = Vec::with_capacity(n);
    for bytes in segments(HistoryPart::Log).await? {
        let entries = format::decode_audit(&bytes).map_err(|e| Text::new("storage-audit-unreadable").with("reason", e.text()))?;
        for e in entries {
            if e.seq == out.len() as u64 + 1 && out.len() < n {
                out.push(e);
            }
        }
    }
    if out.len() != n {
        return Err(Text::new("storage-audit-short").with("found", out.len() as i64).with("count", n as i64));
    }
    Ok(out)
}

/// The first `n` emails, read from their segments.
pub async fn read_mail(n: usize) -> Result<Vec<Message>, Text> {
    let mut out: Vec<Message> = Vec::with_capacity(n);
    for bytes in segments(HistoryPart::Mail).await? {
        let (first, messages) = format::decode_mail(&bytes).map_err(|e| Text::new("storage-mail-unreadable").with("reason", e.text()))?;
        for (i, m) in messages.into_iter().enumerate() {
            if first + i == out.len() && out.len() < n {
                out.push(m);
            }
        }
    }
    if out.len() != n {
        return Err(Text::new("storage-mail-short").with("found", out.len() as i64).with("count", n as i64));
    }
    Ok(out)
}

/// Where the chosen theme is kept (index.html's start-up script reads it too, before the wasm).
pub const THEME_KEY: &str = "flowthrough.theme";

/// The theme the person chose ("system" or absent: follow the system setting).
pub fn theme() -> Option<String> {
    storage().ok().and_then(|s| get(&s, THEME_KEY))
}

/// Remembers the chosen theme (a preference: if the browser refuses, the choice lasts this visit).
pub fn set_theme(name: &str) {
    if let Ok(s) = storage() {
        let _ = s.set_item(THEME_KEY, name);
    }
}

/// Where the chosen language is kept.
pub const LOCALE_KEY: &str = "flowthrough.locale";

/// The language the person chose (absent: the browser's preferred languages pick one).
pub fn locale() -> Option<String> {
    storage().ok().and_then(|s| get(&s, LOCALE_KEY))
}

/// Remembers the chosen language (a preference: if the browser refuses, the choice lasts this
/// visit).
pub fn set_locale(tag: &str) {
    if let Ok(s) = storage() {
        let _ = s.set_item(LOCALE_KEY, tag);
    }
}

/// Where the end users' languages are kept: the language each email address used in the User
/// Activation Portal, so the emails it receives are written in it.
pub const RECIPIENT_LANGUAGES_KEY: &str = "flowthrough.recipient-languages";

/// The language an email address chose in the portal, if any (lower-cased address).
pub fn recipient_language(email: &str) -> Option<String> {
    let s = storage().ok()?;
    let map: std::collections::BTreeMap<String, String> = serde_json::from_str(&get(&s, RECIPIENT_LANGUAGES_KEY)?).ok()?;
    map.get(&email.trim().to_lowercase()).cloned()
}

/// Remembers the language an email address uses (a preference: unreadable or refused storage
/// only loses the preference, and emails then use the console's language).
pub fn set_recipient_language(email: &str, tag: &str) {
    let Ok(s) = storage() else { return };
    let mut map: std::collections::BTreeMap<String, String> = get(&s, RECIPIENT_LANGUAGES_KEY).and_then(|raw| serde_json::from_str(&raw).ok()).unwrap_or_default();
    map.insert(email.trim().to_lowercase(), tag.to_string());
    if let Ok(raw) = serde_json::to_string(&map) {
        let _ = s.set_item(RECIPIENT_LANGUAGES_KEY, &raw);
    }
}

/// Code units flowthrough uses in localStorage, times two (UTF-16: two bytes a code unit).
pub fn used_bytes() -> usize {
    let Ok(s) = storage() else { return 0 };
    keys_with(&s, "flowthrough.").iter().map(|k| (k.len() + get(&s, k).map_or(0, |v| v.len())) * 2).sum()
}

/// Whether the workspace is kept in IndexedDB.
pub fn base_in_indexeddb() -> bool {
    storage().ok().and_then(|s| get(&s, BASE_KEY)).is_some_and(|raw| raw.starts_with(POINTER)) || format_2_pointer()
}

fn format_2_pointer() -> bool {
    storage().ok().and_then(|s| get(&s, V2_KEY)).is_some_and(|raw| raw.len() < 1_000 && matches!(v2::locate(&raw), Ok(v2::Located::IndexedDb { .. })))
}

/// The raw stored value, for "download what could not be read".
pub fn raw_stored() -> Option<String> {
    let s = storage().ok()?;
    get(&s, ASIDE_KEY).or_else(|| get(&s, V2_ASIDE_KEY)).or_else(|| get(&s, BASE_KEY)).or_else(|| get(&s, V2_KEY))
}

/// Removes everything flowthrough stored in localStorage (used by tests; "start fresh" goes
/// through the store so the other tabs hear of it). An IndexedDB copy is ignored, since nothing
/// points at it, until the next save replaces it.
pub fn clear_all() {
    if let Ok(s) = storage() {
        for k in keys_with(&s, "flowthrough.") {
            let _ = s.remove_item(&k);
        }
    }
    set_place(Place::default());
}

// ---------------------------------------------------------------- format 2 (migration)

/// Reads and migrates format-2 data, kept inline in localStorage or in IndexedDB. The reader
/// (serde_json and the model's derived deserializers, a fifth of the app) is in a chunk of its
/// own: if that cannot be fetched, nothing is touched and the person is told to reload.
pub async fn load_format_2() -> Loaded {
    if let Err(e) = storage() {
        return Loaded::Unavailable(e);
    }
    let t0 = js_sys::Date::now();
    let bulk = if format_2_pointer() {
        match idb_get_v2().await {
            Ok(Some(bytes)) => Some(bytes),
            Ok(None) => return Loaded::Unreadable(Text::new("storage-idb-missing")),
            Err(e) => return Loaded::Unreadable(idb_refused(e)),
        }
    } else {
        None
    };
    let t1 = js_sys::Date::now();
    let loaded = match format_2::migrate(bulk).await {
        Ok(loaded) => loaded,
        Err(crate::browser::ChunkError) => Loaded::Unreadable(Text::new("storage-migration-unavailable")),
    };
    report_timings(t0, t1, js_sys::Date::now());
    loaded
}

/// The format-2 reader's split point (src/lazy.rs): in its own chunk in the release build.
mod format_2 {
    use super::*;

    #[cfg(feature = "lazy-format-2")]
    #[leptos::wasm_split::wasm_split(format_2, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub fn migrate(bulk: Option<Vec<u8>>) -> Result<Loaded, crate::browser::ChunkError> {
        Ok(read(bulk))
    }

    #[cfg(not(feature = "lazy-format-2"))]
    pub async fn migrate(bulk: Option<Vec<u8>>) -> Result<Loaded, crate::browser::ChunkError> {
        Ok(read(bulk))
    }

    fn read(bulk: Option<Vec<u8>>) -> Loaded {
        let Ok(s) = storage() else { return Loaded::Unavailable(Text::new("storage-disabled")) };
        match bulk {
            None => inline(&s),
            Some(bytes) => {
                let decoded = String::from_utf8(bytes).map_err(|_| Text::new("storage-not-text")).and_then(|t| v2::decode(&t).map_err(|e| e.text()));
                match decoded {
                    Ok(stored) => migrated(&s, stored.workspace, stored.revision),
                    Err(reason) => Loaded::Unreadable(Text::new("storage-idb-unreadable").with("reason", reason)),
                }
            }
        }
    }

    fn inline(s: &web_sys::Storage) -> Loaded {
        let raw = get(s, V2_KEY).unwrap_or_default();
        let decoded = v2::locate(&raw).and_then(|located| match located {
            v2::Located::Inline => v2::decode(&raw).map(Some),
            v2::Located::IndexedDb { .. } => Ok(None),
        });
        match decoded {
            Ok(None) => Loaded::Unreadable(Text::new("storage-idb-missing")),
            Ok(Some(stored)) => {
                // Version 1 kept its revision only under the revision key and had no journal: the
                // base is the revision just before the first journal entry written since (or the
                // newest revision when there is none yet).
                let revision = if stored.from_schema == 1 {
                    match numbered(s, V2_JOURNAL_PREFIX).iter().map(|(r, _)| *r).min() {
                        Some(first) => first.saturating_sub(1),
                        None => get(s, V2_REVISION_KEY).and_then(|v| v.parse().ok()).unwrap_or(0),
                    }
                } else {
                    stored.revision
                };
                migrated(s, stored.workspace, revision)
            }
            Err(reason) => {
                let _ = s.set_item(V2_ASIDE_KEY, &raw);
                Loaded::Unreadable(reason.text())
            }
        }
    }
}

fn migrated(s: &web_sys::Storage, ws: Workspace, revision: u64) -> Loaded {
    let newest = get(s, V2_REVISION_KEY).and_then(|v| v.parse::<u64>().ok()).unwrap_or(revision);
    let mut ws = ws;
    let mut at = revision;
    while at < newest {
        let entry = match get(s, &format!("{V2_JOURNAL_PREFIX}{}", at + 1)) {
            Some(text) => v2::decode_entry(&text).map_err(|e| change_damaged(at + 1, e.text())),
            None => Err(change_missing(at + 1)),
        };
        match entry.and_then(|e| ws.apply_entry(&e).map_err(|e| change_refused(at + 1, &e))) {
            Ok(()) => at += 1,
            Err(reason) => return Loaded::Unreadable(reason),
        }
    }
    Loaded::Migrated(Box::new(ws), at)
}

/// Removes format 2's keys and IndexedDB pieces, once the migrated workspace is saved.
pub fn remove_format_2() {
    if let Ok(s) = storage() {
        for k in keys_with(&s, V2_JOURNAL_PREFIX) {
            let _ = s.remove_item(&k);
        }
        for k in [V2_KEY, V2_REVISION_KEY] {
            let _ = s.remove_item(k);
        }
    }
    let writes = IDB_WRITES.with(Cell::get);
    let keep = if place().in_indexeddb { Some(place().generation) } else { None };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = idb_remove_except(keep, writes).await;
    });
}

// ---------------------------------------------------------------- IndexedDB

/// Waits for an IndexedDB request (or transaction) to fire one of its outcome events.
async fn outcome(target: &web_sys::EventTarget, ok: &str, fail: &[&str]) -> Result<(), String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = target.add_event_listener_with_callback(ok, &resolve);
        for f in fail {
            let _ = target.add_event_listener_with_callback(f, &reject);
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|e| {
        let err = e.dyn_ref::<web_sys::Event>().and_then(|e| e.target()).and_then(|t| {
            t.dyn_ref::<web_sys::IdbRequest>()
                .and_then(|r| r.error().ok().flatten())
                .map(|d| d.message())
                .or_else(|| t.dyn_ref::<web_sys::IdbTransaction>().and_then(|t| t.error()).map(|d| d.message()))
        });
        err.unwrap_or_else(|| "IndexedDB failed".into())
    })
}

async fn idb_open() -> Result<web_sys::IdbDatabase, String> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or("IndexedDB is not available")?;
    let req = factory.open_with_u32(IDB_NAME, 1).map_err(|_| "IndexedDB refused to open")?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let db = e.target().and_then(|t| t.dyn_into::<web_sys::IdbOpenDbRequest>().ok()).and_then(|r| r.result().ok());
        if let Some(db) = db.and_then(|d| d.dyn_into::<web_sys::IdbDatabase>().ok()) {
            if !db.object_store_names().contains(IDB_STORE) {
                let _ = db.create_object_store(IDB_STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let done = outcome(&req, "success", &["error", "blocked"]).await;
    req.set_onupgradeneeded(None);
    drop(upgrade);
    done?;
    req.result().map_err(|_| "IndexedDB did not open".to_string())?.dyn_into::<web_sys::IdbDatabase>().map_err(|_| "IndexedDB did not open".into())
}

fn idb_store(db: &web_sys::IdbDatabase, write: bool) -> Result<(web_sys::IdbTransaction, web_sys::IdbObjectStore), String> {
    let tx = if write {
        db.transaction_with_str_and_mode(IDB_STORE, web_sys::IdbTransactionMode::Readwrite)
    } else {
        db.transaction_with_str(IDB_STORE)
    }
    .map_err(|_| "IndexedDB refused a transaction")?;
    let store = tx.object_store(IDB_STORE).map_err(|_| "IndexedDB store missing")?;
    Ok((tx, store))
}

/// Writes every value in one transaction: all of them or none.
async fn idb_put(values: Vec<(String, Vec<u8>)>) -> Result<(), String> {
    IDB_WRITES.with(|w| w.set(w.get() + 1));
    let db = idb_open().await?;
    let (tx, store) = idb_store(&db, true)?;
    for (key, bytes) in &values {
        // Bytes, not strings: IndexedDB copies binary data as it is.
        let array = js_sys::Uint8Array::from(bytes.as_slice());
        store.put_with_key(&array, &JsValue::from_str(key)).map_err(|_| "IndexedDB refused the workspace".to_string())?;
    }
    drop(values);
    let r = outcome(&tx, "complete", &["error", "abort"]).await;
    db.close();
    r
}

async fn idb_keys() -> Result<Vec<String>, String> {
    let db = idb_open().await?;
    let (_tx, store) = idb_store(&db, false)?;
    let req = store.get_all_keys().map_err(|_| "IndexedDB refused a read")?;
    outcome(&req, "success", &["error"]).await?;
    let keys = req.result().map_err(|_| "IndexedDB read failed")?;
    db.close();
    Ok(js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()).collect())
}

async fn idb_get(key: &str) -> Result<Option<Vec<u8>>, String> {
    let db = idb_open().await?;
    let (_tx, store) = idb_store(&db, false)?;
    let req = store.get(&JsValue::from_str(key)).map_err(|_| "IndexedDB refused a read".to_string())?;
    outcome(&req, "success", &["error"]).await?;
    let value = req.result().map_err(|_| "IndexedDB read failed".to_string())?;
    db.close();
    Ok(value.dyn_ref::<js_sys::Uint8Array>().map(|a| a.to_vec()))
}

/// Removes every value except those of generation `keep` (format 2's pieces included).
async fn idb_remove_except(keep: Option<u64>, writes_before: u64) -> Result<(), String> {
    let keys = idb_keys().await?;
    // IndexedDB runs transactions in the order they are created: if no write has started by
    // now, any later one runs after this clean-up.
    if IDB_WRITES.with(Cell::get) != writes_before {
        return Ok(());
    }
    let mine = keep.map(|g| format!("{g}."));
    let doomed: Vec<String> = keys.into_iter().filter(|k| mine.as_ref().is_none_or(|m| !k.starts_with(m.as_str()))).collect();
    if doomed.is_empty() {
        return Ok(());
    }
    let db = idb_open().await?;
    let (tx, store) = idb_store(&db, true)?;
    for k in doomed {
        let _ = store.delete(&JsValue::from_str(&k));
    }
    let r = outcome(&tx, "complete", &["error", "abort"]).await;
    db.close();
    r
}

/// Format 2's base in IndexedDB: `base` holds the number of pieces, `base.<i>` each piece.
async fn idb_get_v2() -> Result<Option<Vec<u8>>, String> {
    let Some(count) = idb_count_v2().await? else { return Ok(None) };
    let mut bytes = Vec::new();
    for i in 0..count {
        match idb_get(&format!("base.{i}")).await? {
            Some(part) => bytes.extend_from_slice(&part),
            None => return Err(format!("part {} of {} is missing", i + 1, count)),
        }
    }
    Ok(Some(bytes))
}

async fn idb_count_v2() -> Result<Option<usize>, String> {
    let db = idb_open().await?;
    let (_tx, store) = idb_store(&db, false)?;
    let req = store.get(&JsValue::from_str("base")).map_err(|_| "IndexedDB refused a read".to_string())?;
    outcome(&req, "success", &["error"]).await?;
    let value = req.result().map_err(|_| "IndexedDB read failed".to_string())?;
    db.close();
    Ok(value.as_f64().map(|n| n as usize))
}

/// The workspace kept in IndexedDB as it is (damaged data included), for "download the
/// unreadable data": format 3's state, or format 2's text.
pub async fn raw_bulk() -> Option<Vec<u8>> {
    let s = storage().ok()?;
    match get(&s, BASE_KEY).and_then(|raw| raw.strip_prefix(POINTER).and_then(|g| g.parse::<u64>().ok())) {
        Some(g) => idb_get(&format!("{g}.state")).await.ok().flatten(),
        None => idb_get_v2().await.ok().flatten(),
    }
}

/// Test support: writes raw values into IndexedDB as format 2 did, or anything else.
pub async fn idb_put_raw(values: Vec<(String, JsValue)>) -> Result<(), String> {
    let db = idb_open().await?;
    let (tx, store) = idb_store(&db, true)?;
    for (key, value) in &values {
        store.put_with_key(value, &JsValue::from_str(key)).map_err(|_| "IndexedDB refused a value".to_string())?;
    }
    let r = outcome(&tx, "complete", &["error", "abort"]).await;
    db.close();
    r
}

// ---- Lessons -------------------------------------------------------------------------------
// A learner's copy of a lesson's workspace is a workspace of its own: it never touches the
// keys above. While a lesson is practised (or recorded), its record and the copy live here.

/// The practice under way (JSON: the lesson, the progress, or the recording's start), read by
/// the lesson chunk (src/lesson/runtime.rs).
pub const PRACTICE_KEY: &str = "flowthrough.lesson.practice";
/// The learner's copy of the workspace: a format-3 export, packed as the base is.
pub const PRACTICE_COPY_KEY: &str = "flowthrough.lesson.copy";
/// Lessons of the person's own (recorded or opened from a file): a JSON array of lesson files.
pub const MY_LESSONS_KEY: &str = "flowthrough.lesson.mine";

/// The practice's record, if one is under way.
pub fn practice_record() -> Option<String> {
    storage().ok().and_then(|s| get(&s, PRACTICE_KEY))
}

/// The learner's copy, if a practice is under way and its copy is kept (an unreadable copy
/// is an error: the lesson page offers to start again).
pub fn practice_copy() -> Option<Result<Workspace, Text>> {
    let s = storage().ok()?;
    get(&s, PRACTICE_KEY)?;
    let bytes = match get_bytes(&s, PRACTICE_COPY_KEY)? {
        Ok(b) => b,
        Err(e) => return Some(Err(e)),
    };
    Some(format::import_format_3(&bytes).map_err(|e| e.text()))
}

/// Keeps the practice's record and, when given, its copy of the workspace.
pub fn save_practice(record: &str, ws: Option<&Workspace>) -> Result<(), Text> {
    let s = storage()?;
    if let Some(ws) = ws {
        let bytes = format::export(ws).ok_or_else(|| Text::new("storage-write-failed").with("kb", 0))?;
        put_bytes(&s, PRACTICE_COPY_KEY, &bytes).map_err(|_| write_failed(bytes.len()))?;
    }
    s.set_item(PRACTICE_KEY, record).map_err(|_| write_failed(record.len()))
}

/// Ends the practice: its record and copy are removed (the person's workspace is untouched).
pub fn clear_practice() {
    if let Ok(s) = storage() {
        let _ = s.remove_item(PRACTICE_KEY);
        let _ = s.remove_item(PRACTICE_COPY_KEY);
    }
}

/// The person's own lessons, as lesson files (an unreadable list reads as none, and is kept
/// until a lesson is saved over it).
pub fn my_lessons() -> Vec<String> {
    storage().ok().and_then(|s| get(&s, MY_LESSONS_KEY)).and_then(|raw| serde_json::from_str(&raw).ok()).unwrap_or_default()
}

/// Keeps the person's own lessons.
pub fn set_my_lessons(files: &[String]) -> Result<(), Text> {
    let s = storage()?;
    let raw = serde_json::to_string(files).unwrap_or_default();
    s.set_item(MY_LESSONS_KEY, &raw).map_err(|_| write_failed(raw.len()))
}
