//! The one module that touches browser storage.
//!
//! # Layout (format version 2; see ARCHITECTURE.md)
//! - [`KEY`] holds the **base**: the whole workspace as of some revision, in a versioned envelope
//!   (`flowthrough_core::snapshot`). When the base is too big for localStorage (more than
//!   [`INLINE_LIMIT`] characters, or the browser refuses it), it is kept in IndexedDB instead
//!   and [`KEY`] holds a small pointer envelope naming its revision.
//! - [`JOURNAL_PREFIX`]`<revision>` holds each change made since the base: one log entry (the
//!   command, its time, its tokens and the events it gave). An action is persisted by writing
//!   its entry, a few hundred bytes, never the whole workspace.
//! - [`REVISION_KEY`] is the newest revision: the base's, or the last journal entry's. Other
//!   tabs listen for it (the `storage` event) and apply the entries they have not seen.
//! - Now and then, off the interaction path, the store writes a new base and the journal
//!   entries it includes are removed (compaction).
//!
//! A value that cannot be read (corrupt, truncated, written by a newer version) is never
//! overwritten: it is copied aside under [`ASIDE_KEY`], writes stay paused, and the app tells the
//! person, who can download it and then choose to start fresh.

use flowthrough_core::snapshot::{self, Located};
use flowthrough_core::{LogEntry, Workspace};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where the base workspace (or the pointer to it) is kept.
pub const KEY: &str = "flowthrough.workspace";
/// Where an unreadable value is kept aside.
pub const ASIDE_KEY: &str = "flowthrough.workspace.unreadable";
/// The newest saved revision, so a tab can tell that another tab saved since it last read.
pub const REVISION_KEY: &str = "flowthrough.revision";
/// Journal entries: this prefix and the entry's revision.
pub const JOURNAL_PREFIX: &str = "flowthrough.journal.";
/// The largest base kept in localStorage, in characters (Chromium allows about five million
/// characters per origin, and the journal and another copy during a save need room too).
pub const INLINE_LIMIT: usize = 1_500_000;
/// The largest single journal entry; a bigger change (a huge import) writes a new base instead.
pub const ENTRY_LIMIT: usize = 400_000;

const IDB_NAME: &str = "flowthrough";
const IDB_STORE: &str = "workspace";
const IDB_BASE: &str = "base";

/// What loading found.
pub enum Loaded {
    /// Nothing stored yet: an empty workspace.
    Empty,
    /// A workspace and the revision it corresponds to.
    Ok(Box<Workspace>, u64),
    /// The base is in IndexedDB: finish with [`load_bulk`].
    InIndexedDb,
    /// A value that could not be read; it is kept as it was (and a copy aside).
    Unreadable(String),
    /// Storage itself is unavailable (disabled, private mode).
    Unavailable(String),
}

/// localStorage through gloo-storage, after checking it exists: gloo's accessor throws where
/// storage is disabled (some private modes, blocked site data), and that must not crash the app.
fn storage() -> Result<web_sys::Storage, String> {
    let w = web_sys::window().ok_or("no window")?;
    match w.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        _ => Err("This browser does not allow this page to store data (storage is disabled or blocked). Changes will last only until the tab is closed.".into()),
    }
}

fn get(s: &web_sys::Storage, key: &str) -> Option<String> {
    s.get_item(key).ok().flatten()
}

fn journal_key(revision: u64) -> String {
    format!("{JOURNAL_PREFIX}{revision}")
}

/// Reads the stored workspace: the base, then the journal entries after it.
pub fn load() -> Loaded {
    let s = match storage() {
        Ok(s) => s,
        Err(e) => return Loaded::Unavailable(e),
    };
    let raw = match s.get_item(KEY) {
        Ok(raw) => raw,
        Err(_) => return Loaded::Unavailable("The browser refused to read stored data.".into()),
    };
    let Some(raw) = raw else {
        // No base yet: the journal (if any) starts from an empty workspace.
        return match with_journal(&s, Workspace::new(), 0) {
            Ok((_, 0)) => Loaded::Empty,
            Ok((ws, revision)) => Loaded::Ok(Box::new(ws), revision),
            Err(reason) => Loaded::Unreadable(reason),
        };
    };
    let decoded = snapshot::locate(&raw).and_then(|located| match located {
        Located::Inline => snapshot::decode(&raw).map(Some),
        Located::IndexedDb { .. } => Ok(None),
    });
    match decoded {
        Ok(None) => Loaded::InIndexedDb,
        Ok(Some(stored)) => {
            // Migration from version 1, which kept its revision only under REVISION_KEY and had
            // no journal: the base is the revision just before the first journal entry written
            // since (or the newest revision when there is none yet).
            let revision = if stored.from_schema == 1 {
                match journal_keys(&s).iter().map(|(r, _)| *r).min() {
                    Some(first) => first.saturating_sub(1),
                    None => get(&s, REVISION_KEY).and_then(|v| v.parse().ok()).unwrap_or(0),
                }
            } else {
                stored.revision
            };
            match with_journal(&s, stored.workspace, revision) {
                Ok((ws, revision)) => Loaded::Ok(Box::new(ws), revision),
                Err(reason) => Loaded::Unreadable(reason),
            }
        }
        Err(reason) => {
            // Keep a copy aside; if even that fails the original stays under KEY, untouched.
            let _ = s.set_item(ASIDE_KEY, &raw);
            Loaded::Unreadable(reason.to_string())
        }
    }
}

/// Finishes loading a base kept in IndexedDB. How long each step took is left in
/// `window.__flowthroughLoadTimings` (`{ read, decode, journal }` in ms) for the benchmark
/// harness.
pub async fn load_bulk() -> Loaded {
    let s = match storage() {
        Ok(s) => s,
        Err(e) => return Loaded::Unavailable(e),
    };
    let t0 = js_sys::Date::now();
    let text = match idb_get().await {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::Unreadable("The workspace should be in this browser's IndexedDB, but it is not there (site data may have been partly cleared).".into()),
        // Writes stay paused: an empty workspace must never be saved over the one that is there.
        Err(e) => return Loaded::Unreadable(format!("The browser refused to read the workspace from IndexedDB ({e}). Reload the page to try again.")),
    };
    let t1 = js_sys::Date::now();
    let decoded = snapshot::decode(&text);
    drop(text);
    let t2 = js_sys::Date::now();
    let loaded = match decoded {
        Ok(stored) => match with_journal(&s, stored.workspace, stored.revision) {
            Ok((ws, revision)) => Loaded::Ok(Box::new(ws), revision),
            Err(reason) => Loaded::Unreadable(reason),
        },
        Err(reason) => Loaded::Unreadable(format!("The workspace kept in IndexedDB cannot be read: {reason}")),
    };
    let t3 = js_sys::Date::now();
    if let Some(w) = web_sys::window() {
        let timings = js_sys::Object::new();
        for (k, v) in [("read", t1 - t0), ("decode", t2 - t1), ("journal", t3 - t2)] {
            let _ = js_sys::Reflect::set(&timings, &k.into(), &v.into());
        }
        let _ = js_sys::Reflect::set(&w, &"__flowthroughLoadTimings".into(), &timings);
    }
    loaded
}

/// Applies the journal entries after `revision` up to the newest revision.
fn with_journal(s: &web_sys::Storage, mut ws: Workspace, revision: u64) -> Result<(Workspace, u64), String> {
    let newest = get(s, REVISION_KEY).and_then(|v| v.parse::<u64>().ok()).unwrap_or(revision);
    let mut at = revision;
    while at < newest {
        let Some(entry) = journal_entry(s, at + 1)? else {
            return Err(format!("Saved change {} is missing from storage, so the newest changes cannot be read.", at + 1));
        };
        ws.apply_entry(&entry).map_err(|e| format!("Saved change {} cannot be applied: {e}.", at + 1))?;
        at += 1;
    }
    Ok((ws, at))
}

fn journal_entry(s: &web_sys::Storage, revision: u64) -> Result<Option<LogEntry>, String> {
    match get(s, &journal_key(revision)) {
        None => Ok(None),
        Some(text) => snapshot::decode_entry(&text).map(Some).map_err(|e| format!("Saved change {revision} is damaged: {e}")),
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
    storage().ok().and_then(|s| get(&s, REVISION_KEY)).and_then(|v| v.parse().ok()).unwrap_or(0)
}

fn write_failed(bytes: usize) -> String {
    format!(
        "The browser could not save your changes (storage is full or blocked; this needs {} KB). Your last saved workspace is unchanged. Export this workspace from the Workspace page to keep your work.",
        bytes.div_ceil(1024)
    )
}

/// Why an entry was not appended.
pub enum AppendError {
    /// Too big for the journal, or the journal is full: write a new base instead.
    WriteBase,
    /// Storage is unavailable.
    Failed(String),
}

/// Persists one change as journal entry `revision`: a write of a few hundred bytes. Returns the
/// entry's size in characters.
pub fn append(entry: &LogEntry, revision: u64) -> Result<usize, AppendError> {
    let s = storage().map_err(AppendError::Failed)?;
    let text = snapshot::encode_entry(entry);
    if text.len() > ENTRY_LIMIT {
        return Err(AppendError::WriteBase);
    }
    s.set_item(&journal_key(revision), &text).map_err(|_| AppendError::WriteBase)?;
    if s.set_item(REVISION_KEY, &revision.to_string()).is_err() {
        let _ = s.remove_item(&journal_key(revision));
        return Err(AppendError::WriteBase);
    }
    Ok(text.len())
}

/// How many journal entries there are, and their size in characters.
pub fn journal_size() -> (usize, usize) {
    let Ok(s) = storage() else { return (0, 0) };
    journal_keys(&s).iter().fold((0, 0), |(n, chars), (_, k)| (n + 1, chars + get(&s, k).map_or(0, |v| v.len())))
}

fn journal_keys(s: &web_sys::Storage) -> Vec<(u64, String)> {
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter_map(|k| k.strip_prefix(JOURNAL_PREFIX).and_then(|r| r.parse::<u64>().ok()).map(|r| (r, k.clone())))
        .collect()
}

/// Where a base was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// In localStorage: done.
    Inline,
    /// Too big for localStorage: finish with [`save_bulk`].
    NeedsIndexedDb,
}

/// Writes the workspace as the base of `revision`, in localStorage when it fits. Journal entries
/// up to `revision` are then removed; `replaces` also removes newer ones (a whole new workspace:
/// the demo, an import, starting over). On an error the stored workspace is unchanged.
pub fn save(text: &str, revision: u64, replaces: bool) -> Result<Written, String> {
    let s = storage()?;
    if text.len() > INLINE_LIMIT {
        return Ok(Written::NeedsIndexedDb);
    }
    let was_in_indexeddb = base_in_indexeddb();
    if s.set_item(KEY, text).is_err() {
        return Ok(Written::NeedsIndexedDb);
    }
    finish_base(&s, revision, replaces);
    if was_in_indexeddb {
        // Nothing points at the old big base any more: free the disk it takes (unless a new big
        // save starts first, which replaces it anyway).
        let writes = IDB_WRITES.with(std::cell::Cell::get);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = idb_clear(writes).await;
        });
    }
    Ok(Written::Inline)
}

/// Writes a base too big for localStorage into IndexedDB, then points [`KEY`] at it.
pub async fn save_bulk(text: String, revision: u64, replaces: bool) -> Result<(), String> {
    let s = storage()?;
    let len = text.len();
    idb_put(text).await.map_err(|e| format!("{} ({e})", write_failed(len * 2)))?;
    s.set_item(KEY, &snapshot::encode_pointer(revision)).map_err(|_| write_failed(200))?;
    finish_base(&s, revision, replaces);
    Ok(())
}

fn finish_base(s: &web_sys::Storage, revision: u64, replaces: bool) {
    for (r, k) in journal_keys(s) {
        if r <= revision || replaces {
            let _ = s.remove_item(&k);
        }
    }
    let newest = get(s, REVISION_KEY).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    if replaces || newest < revision {
        let _ = s.set_item(REVISION_KEY, &revision.to_string());
    }
}

/// Bytes flowthrough uses in localStorage (UTF-16: two bytes a character).
pub fn used_bytes() -> usize {
    let Ok(s) = storage() else { return 0 };
    let mut keys: Vec<String> = [KEY, ASIDE_KEY, REVISION_KEY].iter().map(|k| k.to_string()).collect();
    keys.extend(journal_keys(&s).into_iter().map(|(_, k)| k));
    keys.iter().filter_map(|k| get(&s, k)).map(|v| v.len() * 2).sum()
}

/// Whether the base is kept in IndexedDB.
pub fn base_in_indexeddb() -> bool {
    storage().ok().and_then(|s| get(&s, KEY)).is_some_and(|raw| raw.len() < 1_000 && matches!(snapshot::locate(&raw), Ok(Located::IndexedDb { .. })))
}

/// The raw stored value, for "export what could not be read".
pub fn raw_stored() -> Option<String> {
    storage().ok().and_then(|s| get(&s, ASIDE_KEY).or_else(|| get(&s, KEY)))
}

/// Removes everything flowthrough stored in localStorage (used by tests; "start fresh" goes
/// through the store so the other tabs hear of it). An IndexedDB copy is ignored, since nothing
/// points at it, until the next big save replaces it.
pub fn clear_all() {
    if let Ok(s) = storage() {
        for (_, k) in journal_keys(&s) {
            let _ = s.remove_item(&k);
        }
        let _ = s.remove_item(KEY);
        let _ = s.remove_item(ASIDE_KEY);
        let _ = s.remove_item(REVISION_KEY);
    }
}

// IndexedDB: one database with one object store holding the base under one key.

/// Waits for an IndexedDB request (or transaction) to fire one of its outcome events.
async fn outcome(target: &web_sys::EventTarget, ok: &str, fail: &[&str]) -> Result<(), String> {
    let mut on_fail = Vec::new();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = target.add_event_listener_with_callback(ok, &resolve);
        for f in fail {
            let _ = target.add_event_listener_with_callback(f, &reject);
            on_fail.push(*f);
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|e| {
        let err = e.dyn_ref::<web_sys::Event>().and_then(|e| e.target()).and_then(|t| {
            t.dyn_ref::<web_sys::IdbRequest>().and_then(|r| r.error().ok().flatten()).map(|d| d.message())
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

/// Chromium refuses a single IndexedDB value over 128 MiB, so the base is written in pieces of
/// this many bytes, all in one transaction (it commits whole or not at all).
const IDB_CHUNK: usize = 32 << 20;

/// `text` cut into pieces of at most `size` bytes (at least one character each), never inside a
/// character.
pub fn chunks(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = rest.len().min(size.max(4));
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push(head);
        rest = tail;
    }
    out
}

async fn idb_put(text: String) -> Result<(), String> {
    IDB_WRITES.with(|w| w.set(w.get() + 1));
    let db = idb_open().await?;
    let tx = db.transaction_with_str_and_mode(IDB_STORE, web_sys::IdbTransactionMode::Readwrite).map_err(|_| "IndexedDB refused a write")?;
    let store = tx.object_store(IDB_STORE).map_err(|_| "IndexedDB store missing")?;
    let refused = |_| "IndexedDB refused the workspace".to_string();
    store.clear().map_err(refused)?;
    let parts = chunks(&text, IDB_CHUNK);
    for (i, part) in parts.iter().enumerate() {
        // Bytes, not strings: IndexedDB copies binary data as it is, where a string would be
        // converted on the way in and again on the way out (measured: 1.6 s of a 2.9 s cold
        // load at 100,000 subscribers).
        let bytes = js_sys::Uint8Array::from(part.as_bytes());
        store.put_with_key(&bytes, &JsValue::from_str(&format!("{IDB_BASE}.{i}"))).map_err(refused)?;
    }
    store.put_with_key(&JsValue::from_f64(parts.len() as f64), &JsValue::from_str(IDB_BASE)).map_err(refused)?;
    drop(text);
    // Durable once the transaction completes.
    let r = outcome(&tx, "complete", &["error", "abort"]).await;
    db.close();
    r
}

thread_local! {
    /// How many big saves have started, so a pending clear never runs after a newer save.
    static IDB_WRITES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

async fn idb_clear(writes_before: u64) -> Result<(), String> {
    let db = idb_open().await?;
    // IndexedDB runs transactions in the order they are created: if no save has started by
    // now, any later one runs after this clear.
    if IDB_WRITES.with(std::cell::Cell::get) != writes_before {
        db.close();
        return Ok(());
    }
    let tx = db.transaction_with_str_and_mode(IDB_STORE, web_sys::IdbTransactionMode::Readwrite).map_err(|_| "IndexedDB refused a write")?;
    let store = tx.object_store(IDB_STORE).map_err(|_| "IndexedDB store missing")?;
    store.clear().map_err(|_| "IndexedDB refused to clear")?;
    let r = outcome(&tx, "complete", &["error", "abort"]).await;
    db.close();
    r
}

async fn idb_get() -> Result<Option<String>, String> {
    match idb_get_bytes().await? {
        None => Ok(None),
        Some(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| "the stored workspace is not valid text".to_string()),
    }
}

/// The base kept in IndexedDB as it is (damaged text included), for "download the unreadable
/// data".
pub async fn raw_bulk() -> Option<String> {
    idb_get_bytes().await.ok().flatten().map(|b| String::from_utf8_lossy(&b).into_owned())
}

async fn idb_get_bytes() -> Result<Option<Vec<u8>>, String> {
    let db = idb_open().await?;
    let tx = db.transaction_with_str(IDB_STORE).map_err(|_| "IndexedDB refused a read")?;
    let store = tx.object_store(IDB_STORE).map_err(|_| "IndexedDB store missing")?;
    let store = &store;
    let read = |key: String| async move {
        let req = store.get(&JsValue::from_str(&key)).map_err(|_| "IndexedDB refused a read".to_string())?;
        outcome(&req, "success", &["error"]).await?;
        req.result().map_err(|_| "IndexedDB read failed".to_string())
    };
    let Some(count) = read(IDB_BASE.to_string()).await?.as_f64() else {
        db.close();
        return Ok(None);
    };
    let mut bytes = Vec::new();
    for i in 0..count as usize {
        let part = read(format!("{IDB_BASE}.{i}")).await?;
        if let Some(array) = part.dyn_ref::<js_sys::Uint8Array>() {
            let at = bytes.len();
            bytes.resize(at + array.length() as usize, 0);
            array.copy_to(&mut bytes[at..]);
        } else {
            db.close();
            return Err(format!("part {} of {} is missing", i + 1, count));
        }
    }
    db.close();
    Ok(Some(bytes))
}
