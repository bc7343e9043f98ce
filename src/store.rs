//! The app's state: the core workspace in a signal, and `dispatch`, the one way components
//! change it (apply through the core, then persist through `storage`).

use crate::{browser, storage};
use flowthrough_core::{Command, CommandError, Event, Timestamp, Workspace};
use leptos::prelude::*;

/// Why saving is paused or failing, shown in a banner.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// The stored value could not be read; it is kept aside and writes are paused.
    Unreadable(String),
    /// Storage is unavailable or a write failed.
    WriteFailed(String),
}

/// Shared app state, provided as context.
#[derive(Clone, Copy)]
pub struct Store {
    /// The workspace.
    pub ws: RwSignal<Workspace>,
    /// A storage problem to show, if any.
    pub problem: RwSignal<Option<StorageProblem>>,
    /// The latest confirmation to announce (a toast), with a counter so repeats re-announce.
    pub toast: RwSignal<Option<(u32, String)>>,
    /// Text the clipboard refused, shown in a dialog for copying by hand.
    pub copy_fallback: RwSignal<Option<String>>,
    /// False while an unreadable stored value must not be overwritten.
    writable: RwSignal<bool>,
    /// The stored revision this tab's workspace corresponds to.
    revision: RwSignal<u64>,
}

impl Store {
    /// Loads the workspace from storage.
    pub fn load() -> Store {
        let (ws, problem, writable) = match storage::load() {
            storage::Loaded::Empty => (Workspace::new(), None, true),
            storage::Loaded::Ok(ws) => (*ws, None, true),
            storage::Loaded::Unreadable { reason, .. } => {
                (Workspace::new(), Some(StorageProblem::Unreadable(reason.to_string())), false)
            }
            storage::Loaded::Unavailable(msg) => (Workspace::new(), Some(StorageProblem::WriteFailed(msg)), true),
        };
        Store {
            ws: RwSignal::new(ws),
            problem: RwSignal::new(problem),
            toast: RwSignal::new(None),
            copy_fallback: RwSignal::new(None),
            writable: RwSignal::new(writable),
            revision: RwSignal::new(storage::stored_revision()),
        }
    }

    /// A store that never touches browser storage (the benchmark page's generated workspaces).
    pub fn in_memory(ws: Workspace) -> Store {
        Store {
            ws: RwSignal::new(ws),
            problem: RwSignal::new(None),
            toast: RwSignal::new(None),
            copy_fallback: RwSignal::new(None),
            writable: RwSignal::new(false),
            revision: RwSignal::new(0),
        }
    }

    /// The store from context.
    pub fn get() -> Store {
        expect_context::<Store>()
    }

    /// The current sandbox time: the real time plus the sandbox clock's offset.
    pub fn now(&self) -> Timestamp {
        browser::real_now().plus(self.ws.with_untracked(|w| w.clock_offset))
    }

    /// Moves the sandbox clock forward, then runs what became due (delayed claims' default
    /// action, reminders, expiries). Returns the events of both.
    pub fn advance_clock(&self, seconds: i64) -> Result<Vec<Event>, CommandError> {
        let mut events = self.dispatch(Command::AdvanceClock { seconds })?;
        events.extend(self.tick());
        Ok(events)
    }

    /// Runs what time made due; nothing is logged when nothing was due.
    pub fn tick(&self) -> Vec<Event> {
        self.dispatch(Command::Tick).unwrap_or_default()
    }

    /// Applies a command through the core and persists the result. If another tab saved since
    /// this one last read, its newer workspace is loaded first, so neither tab overwrites the
    /// other's change.
    pub fn dispatch(&self, cmd: Command) -> Result<Vec<Event>, CommandError> {
        self.catch_up();
        let now = self.now();
        let mut tokens = browser::secure_token;
        // A Tick with nothing due changes nothing: no re-render, no write.
        let is_tick = matches!(cmd, Command::Tick);
        let result = self
            .ws
            .try_maybe_update(|w| {
                let r = w.apply(cmd, now, &mut tokens);
                let changed = match &r {
                    Ok(events) => !(is_tick && events.is_empty()),
                    Err(_) => false,
                };
                (changed, r)
            })
            .unwrap_or(Err(CommandError::Nothing("The page is closing.")));
        if result.as_ref().is_ok_and(|events| !(is_tick && events.is_empty())) {
            self.persist();
        }
        result
    }

    /// Dispatches a form's command: on success clears `error` and returns the events; on
    /// failure puts the message a person can act on into `error` and returns `None`.
    pub fn submit(&self, cmd: Command, error: RwSignal<Option<String>>) -> Option<Vec<Event>> {
        match self.dispatch(cmd) {
            Ok(events) => {
                error.set(None);
                Some(events)
            }
            Err(e) => {
                error.set(Some(e.to_string()));
                None
            }
        }
    }

    /// Loads the stored workspace when another tab has saved a newer one. Returns true if it did.
    pub fn catch_up(&self) -> bool {
        if !self.writable.get_untracked() {
            return false;
        }
        let stored = storage::stored_revision();
        if stored == self.revision.get_untracked() {
            return false;
        }
        match storage::load() {
            storage::Loaded::Ok(ws) => {
                self.ws.set(*ws);
                self.revision.set(stored);
                true
            }
            // Anything else is reported on the next load; never replace good state with nothing.
            _ => false,
        }
    }

    fn persist(&self) {
        if !self.writable.get_untracked() {
            return;
        }
        let next = storage::stored_revision().max(self.revision.get_untracked()) + 1;
        let saved = self.ws.with_untracked(|w| storage::save(w, next));
        match saved {
            Ok(()) => {
                self.revision.set(next);
                if matches!(self.problem.get_untracked(), Some(StorageProblem::WriteFailed(_))) {
                    self.problem.set(None);
                }
            }
            Err(msg) => self.problem.set(Some(StorageProblem::WriteFailed(msg))),
        }
    }

    /// Shows a short confirmation in the toast region.
    pub fn notify(&self, message: impl Into<String>) {
        let n = self.toast.get_untracked().map_or(0, |(n, _)| n + 1);
        self.toast.set(Some((n, message.into())));
    }

    /// Copies text to the clipboard and confirms with `done`; where the clipboard is
    /// unavailable, opens a dialog with the text selected for copying by hand.
    pub fn copy(&self, text: String, done: &'static str) {
        let store = *self;
        leptos::task::spawn_local(async move {
            match browser::write_clipboard(&text).await {
                Ok(()) => store.notify(done),
                Err(()) => store.copy_fallback.set(Some(text)),
            }
        });
    }

    /// Replaces the whole workspace (the demo, an import) and saves it.
    pub fn replace(&self, ws: Workspace) {
        self.ws.set(ws);
        self.persist();
    }

    /// After the person has had the chance to export an unreadable value: start over.
    pub fn start_fresh(&self) {
        self.ws.set(Workspace::new());
        self.writable.set(true);
        self.problem.set(None);
        self.persist();
    }
}
