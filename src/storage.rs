//! The one module that touches browser storage.
//!
//! The workspace lives under [`KEY`] as a versioned envelope (`flowthrough_core::snapshot`).
//! A value that cannot be read (corrupt, truncated, written by a newer version) is never
//! overwritten: it is copied aside under [`ASIDE_KEY`], writes stay paused, and the app tells the
//! person, who can download it and then choose to start fresh.

use flowthrough_core::snapshot::{self, DecodeError};
use flowthrough_core::Workspace;
use gloo_storage::{LocalStorage, Storage};

/// Where the workspace is kept.
pub const KEY: &str = "flowthrough.workspace";
/// Where an unreadable value is kept aside.
pub const ASIDE_KEY: &str = "flowthrough.workspace.unreadable";
/// A counter bumped by every save, so a tab can tell that another tab saved since it last read.
pub const REVISION_KEY: &str = "flowthrough.revision";

/// What loading found.
pub enum Loaded {
    /// Nothing stored yet: an empty workspace.
    Empty,
    /// A workspace.
    Ok(Box<Workspace>),
    /// A value that could not be read; `raw` is kept as it was.
    Unreadable {
        /// What was wrong.
        reason: DecodeError,
        /// The value, untouched.
        raw: String,
    },
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

/// Reads the stored workspace.
pub fn load() -> Loaded {
    let s = match storage() {
        Ok(s) => s,
        Err(e) => return Loaded::Unavailable(e),
    };
    let raw = match s.get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Empty,
        Err(_) => return Loaded::Unavailable("The browser refused to read stored data.".into()),
    };
    match snapshot::decode(&raw) {
        Ok(ws) => Loaded::Ok(Box::new(ws)),
        Err(reason) => {
            // Keep a copy aside; if even that fails the original stays under KEY, untouched.
            let _ = s.set_item(ASIDE_KEY, &raw);
            Loaded::Unreadable { reason, raw }
        }
    }
}

/// The revision of what is stored now (0 when nothing was saved yet).
pub fn stored_revision() -> u64 {
    storage().ok().and_then(|s| s.get_item(REVISION_KEY).ok().flatten()).and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// Writes the workspace as `revision`. Errors (quota, disabled storage) come back as a message
/// to show; the previously stored value is then still in place.
pub fn save(ws: &Workspace, revision: u64) -> Result<(), String> {
    let text = snapshot::encode(ws);
    let failed = |_| {
        format!(
            "The browser could not save your changes (storage is full or blocked; this workspace needs {} KB). Your last saved workspace is unchanged. Export this workspace from the Workspace page to keep your work.",
            text.len() / 1024
        )
    };
    let s = storage()?;
    s.set_item(KEY, &text).map_err(failed)?;
    let _ = s.set_item(REVISION_KEY, &revision.to_string());
    Ok(())
}

/// Bytes flowthrough uses in localStorage (UTF-16: two bytes a character).
pub fn used_bytes() -> usize {
    [KEY, ASIDE_KEY, REVISION_KEY]
        .iter()
        .filter_map(|k| storage().ok()?.get_item(k).ok().flatten())
        .map(|v| v.len() * 2)
        .sum()
}

/// The raw stored value, for "export what could not be read".
pub fn raw_stored() -> Option<String> {
    storage().ok()?.get_item(KEY).ok().flatten()
}

/// Removes everything flowthrough stored (used by tests and "start fresh" after export).
pub fn clear_all() {
    if let Ok(s) = storage() {
        let _ = s.remove_item(KEY);
        let _ = s.remove_item(ASIDE_KEY);
        let _ = s.remove_item(REVISION_KEY);
    }
}
