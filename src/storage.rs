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

/// What loading found.
pub enum Loaded {
    /// Nothing stored yet: an empty workspace.
    Empty,
    /// A workspace.
    Ok(Workspace),
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

fn storage() -> Result<web_sys::Storage, String> {
    let w = web_sys::window().ok_or("no window")?;
    match w.local_storage() {
        Ok(Some(s)) => Ok(s),
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
        Ok(ws) => Loaded::Ok(ws),
        Err(reason) => {
            // Keep a copy aside; if even that fails the original stays under KEY, untouched.
            let _ = s.set_item(ASIDE_KEY, &raw);
            Loaded::Unreadable { reason, raw }
        }
    }
}

/// Writes the workspace. Errors (quota, disabled storage) come back as a message to show.
pub fn save(ws: &Workspace) -> Result<(), String> {
    let text = snapshot::encode(ws);
    LocalStorage::raw().set_item(KEY, &text).map_err(|_| {
        "The browser could not save your changes (storage is full or blocked). Your last saved workspace is unchanged; export this workspace to keep your work.".to_string()
    })
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
    }
}
