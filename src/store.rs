//! The app's state: the core workspace in a signal, and `dispatch`, the one way components
//! change it (apply through the core, then persist through `storage`).

use crate::{browser, storage};
use flowthrough_core::text::Text;
use flowthrough_core::{Command, CommandError, Event, Timestamp, TokenSource, Workspace};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// What sits on top of the store and follows its changes: a shared workspace (`share/`) and a
/// lesson's practice (`lesson/`). The store knows them only through this trait and calls these
/// hooks; they reach the store through its public methods. Every hook has a default that does
/// nothing, so a layer says only what concerns it.
pub trait Layer {
    /// Why no command may be made here now (a trainee in a shared workspace). Reactive.
    fn refusal(&self) -> Option<CommandError> {
        None
    }
    /// Applies a local command itself (a shared workspace's replica, which keeps it until the
    /// shared log has it); None leaves it to the store.
    fn apply(&self, _w: &mut Workspace, _cmd: Command, _now: Timestamp, _tokens: &mut dyn TokenSource) -> Option<Result<Vec<Event>, CommandError>> {
        None
    }
    /// Whether this layer keeps the workspace itself (a lesson's copy): the store saves
    /// nothing as the person's workspace meanwhile.
    fn keeps(&self) -> bool {
        false
    }
    /// After a local change (`command`: its name), once the store saved what it saves.
    fn changed(&self, _store: Store, _command: &'static str) {}
    /// Before the whole workspace is replaced (an import, the demo, an undo).
    fn replacing(&self, _store: Store) {}
    /// After the whole workspace was replaced.
    fn replaced(&self, _store: Store) {}
    /// Why undo is off here, in the person's language.
    fn no_undo(&self) -> Option<String> {
        None
    }
    /// Reads the history this layer knows where to find (a shared workspace joined from a
    /// snapshot: it is on the server); None when it has none to read.
    fn read_history(&self, _store: Store) -> Option<Pin<Box<dyn Future<Output = Result<(), Text>>>>> {
        None
    }
}

/// Why saving is paused or failing, shown in a banner.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// The stored value could not be read; it is kept aside and writes are paused.
    Unreadable(Text),
    /// Storage is unavailable or a write failed.
    WriteFailed(Text),
}

/// What catching up with other tabs' saves did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatchUp {
    /// Nothing newer was stored.
    UpToDate,
    /// Newer changes were applied here.
    Updated,
    /// The newer workspace is being read from IndexedDB; actions wait until it is.
    Reloading,
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
    /// Set while a big workspace is being read or written (IndexedDB): actions wait, and the
    /// app says why.
    pub busy: RwSignal<Option<Busy>>,
    /// False while an unreadable stored value must not be overwritten (and for in-memory
    /// workspaces).
    writable: RwSignal<bool>,
    /// The stored revision this tab's workspace corresponds to.
    revision: RwSignal<u64>,
    /// Journal entries (count, characters) written by this tab since the last base.
    journal: StoredValue<(usize, usize)>,
    /// Whether the base is kept in IndexedDB (so writing it costs more and happens less often).
    bulk: StoredValue<bool>,
    /// Whether a compaction is already scheduled.
    compaction_due: StoredValue<bool>,
    /// True while format-2 data read at load waits to be saved as format 3 (then it is removed).
    migrating: StoredValue<bool>,
    /// The audit log and the emails are being read from storage.
    pub history_reading: RwSignal<bool>,
    /// What sits on top: sharing and lessons ([`Layer`]).
    layers: StoredValue<Vec<Rc<dyn Layer>>, LocalStorage>,
}

/// A journal this long (entries or characters) is folded into a new base, off the interaction
/// path. A base in IndexedDB is costly to write, so it waits for a longer journal.
const COMPACT_INLINE: (usize, usize) = (50, 200_000);
const COMPACT_BULK: (usize, usize) = (2_000, 1_000_000);

/// Why actions wait for storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Busy {
    /// Reading a workspace kept in IndexedDB.
    Opening,
    /// Writing a whole workspace to IndexedDB.
    Saving,
}

impl Busy {
    /// What the app shows meanwhile, in the current language.
    pub fn label(self) -> String {
        match self {
            Busy::Opening => crate::i18n::t("busy-opening"),
            Busy::Saving => crate::i18n::t("busy-saving"),
        }
    }

    /// A command refused meanwhile (its sentence, `says-…`, is the app's own).
    fn retry(self) -> CommandError {
        CommandError::Nothing(match self {
            Busy::Opening => "The workspace is still being opened; try again in a moment.",
            Busy::Saving => "The workspace is still being saved; try again in a moment.",
        })
    }
}

impl Store {
    fn with(ws: Workspace, problem: Option<StorageProblem>, writable: bool, revision: u64) -> Store {
        Store {
            ws: RwSignal::new(ws),
            problem: RwSignal::new(problem),
            toast: RwSignal::new(None),
            copy_fallback: RwSignal::new(None),
            busy: RwSignal::new(None),
            writable: RwSignal::new(writable),
            revision: RwSignal::new(revision),
            journal: StoredValue::new((0, 0)),
            bulk: StoredValue::new(false),
            compaction_due: StoredValue::new(false),
            migrating: StoredValue::new(false),
            history_reading: RwSignal::new(false),
            layers: StoredValue::new_local(Vec::new()),
        }
    }

    /// Puts a layer on top of the store (the app does, for sharing and lessons).
    pub fn add_layer(&self, layer: Rc<dyn Layer>) {
        self.layers.update_value(|l| l.push(layer));
    }

    fn layers(&self) -> Vec<Rc<dyn Layer>> {
        self.layers.try_get_value().unwrap_or_default()
    }

    /// Loads the workspace from storage. A workspace kept in IndexedDB finishes loading
    /// asynchronously; until then [`Store::busy`] says so and actions wait.
    pub fn load() -> Store {
        // A lesson under way: its copy is the workspace, read by the lesson's own code (a chunk
        // of its own) while the app waits; the person's own workspace is not even read (it
        // comes back when they leave the lesson).
        // (The lesson layer puts the copy in place: `Practice::restore`.)
        if storage::practice_record().is_some() {
            let store = Store::with(Workspace::new(), None, false, 0);
            store.busy.set(Some(Busy::Opening));
            return store;
        }
        let store = Store::with(Workspace::new(), None, true, 0);
        store.take(storage::load());
        store.journal.set_value(storage::journal_size());
        store
    }

    /// Puts what storage returned in place.
    fn take(&self, loaded: storage::Loaded) -> CatchUp {
        match loaded {
            storage::Loaded::Empty => {
                self.ws.set(Workspace::new());
                self.revision.set(0);
                CatchUp::Updated
            }
            storage::Loaded::Ok(ws, revision) => {
                self.ws.set(*ws);
                self.revision.set(revision);
                CatchUp::Updated
            }
            storage::Loaded::Migrated(ws, revision) => {
                // Saved as format 3 (a new generation); format 2 is removed once that worked.
                self.ws.set(*ws);
                self.revision.set(revision);
                self.migrating.set_value(true);
                self.save_base(revision, true, true);
                CatchUp::Updated
            }
            storage::Loaded::InIndexedDb => {
                self.busy.set(Some(Busy::Opening));
                self.bulk.set_value(true);
                let store = *self;
                leptos::task::spawn_local(async move {
                    let loaded = storage::load_bulk().await;
                    store.busy.set(None);
                    if store.take(loaded) == CatchUp::Updated {
                        store.tick();
                    }
                });
                CatchUp::Reloading
            }
            storage::Loaded::Format2 => {
                // The previous release's data: its reader is fetched, then it is migrated.
                self.busy.set(Some(Busy::Opening));
                self.bulk.set_value(storage::base_in_indexeddb());
                let store = *self;
                leptos::task::spawn_local(async move {
                    let loaded = storage::load_format_2().await;
                    store.busy.set(None);
                    if store.take(loaded) == CatchUp::Updated {
                        store.tick();
                    }
                });
                CatchUp::Reloading
            }
            storage::Loaded::Unreadable(reason) => {
                // Keep what this tab shows; never write over what could not be read.
                self.writable.set(false);
                self.problem.set(Some(StorageProblem::Unreadable(reason)));
                CatchUp::UpToDate
            }
            storage::Loaded::Unavailable(msg) => {
                self.problem.set(Some(StorageProblem::WriteFailed(msg)));
                CatchUp::UpToDate
            }
        }
    }

    /// A store for `ws` that saves to browser storage (the benchmark page stores its generated
    /// workspace through it).
    pub fn with_storage(ws: Workspace) -> Store {
        Store::with(ws, None, true, storage::stored_revision())
    }

    /// A store that never touches browser storage (the benchmark page's generated workspaces).
    pub fn in_memory(ws: Workspace) -> Store {
        Store::with(ws, None, false, 0)
    }

    /// The store from context.
    pub fn get() -> Store {
        expect_context::<Store>()
    }

    /// The current sandbox time: the real time plus the sandbox clock's offset.
    pub fn now(&self) -> Timestamp {
        browser::real_now().plus(self.ws.with_untracked(|w| w.log().clock_offset()))
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

    /// Applies a command through the core and persists it as one journal entry. If another tab
    /// saved since this one last read, its changes are applied here first, so neither tab
    /// overwrites the other's change.
    pub fn dispatch(&self, cmd: Command) -> Result<Vec<Event>, CommandError> {
        if let Some(why) = self.busy.get_untracked() {
            return Err(why.retry());
        }
        let layers = self.layers();
        if let Some(why) = layers.iter().find_map(|l| untrack(|| l.refusal())) {
            return Err(why);
        }
        if self.catch_up() == CatchUp::Reloading {
            return Err(Busy::Opening.retry());
        }
        let now = self.now();
        let mut tokens = browser::secure_token;
        // A Tick with nothing due changes nothing: no re-render, no write.
        let is_tick = matches!(cmd, Command::Tick);
        let name = cmd.name();
        let result = self
            .ws
            .try_maybe_update(|w| {
                // A shared workspace's change goes through its replica, which keeps it until
                // the shared log has it.
                let r = match layers.iter().find_map(|l| l.apply(w, cmd.clone(), now, &mut tokens)) {
                    Some(r) => r,
                    None => w.apply(cmd, now, &mut tokens),
                };
                let changed = match &r {
                    Ok(events) => !(is_tick && events.is_empty()),
                    Err(_) => false,
                };
                (changed, r)
            })
            .unwrap_or(Err(CommandError::Nothing("The page is closing.")));
        if result.as_ref().is_ok_and(|events| !(is_tick && events.is_empty())) {
            // A lesson's copy is kept by the lesson, never saved as the workspace.
            if !layers.iter().any(|l| l.keeps()) {
                self.persist_last();
            }
            for l in &layers {
                l.changed(*self, name);
            }
        }
        result
    }

    /// Why nothing may be changed here now, in the person's language (a trainee in a shared
    /// workspace), for the controls that change the workspace to render disabled with it.
    /// Reactive.
    pub fn read_only(&self) -> Option<String> {
        self.layers().iter().any(|l| l.refusal().is_some()).then(|| crate::i18n::t("read-only-trainee"))
    }

    /// Dispatches a form's command: on success clears `error` and returns the events; on
    /// failure puts the message a person can act on into `error` and returns `None`.
    pub fn submit(&self, cmd: Command, error: RwSignal<Option<Text>>) -> Option<Vec<Event>> {
        match self.dispatch(cmd) {
            Ok(events) => {
                error.set(None);
                Some(events)
            }
            Err(e) => {
                error.set(Some(e.text()));
                None
            }
        }
    }

    /// Applies what another tab saved since this one last read: its journal entries when they
    /// are all there, otherwise the whole stored workspace.
    pub fn catch_up(&self) -> CatchUp {
        // While a migration waits to be saved, this tab's copy is newer than anything stored.
        if !self.writable.get_untracked() || self.busy.get_untracked().is_some() || self.migrating.get_value() {
            return CatchUp::UpToDate;
        }
        let stored = storage::stored_revision();
        let mine = self.revision.get_untracked();
        if stored == mine {
            return CatchUp::UpToDate;
        }
        if stored > mine {
            if let Some(entries) = storage::entries_between(mine, stored) {
                let applied = self.ws.try_update(|w| entries.iter().try_for_each(|e| w.apply_entry(e)).is_ok());
                if applied == Some(true) {
                    self.revision.set(stored);
                    return CatchUp::Updated;
                }
            }
        }
        self.journal.set_value(storage::journal_size());
        // Where the base is now is known again once it is read (IndexedDB sets it back).
        self.bulk.set_value(false);
        match storage::load() {
            // Everything stored vanished (site data cleared): this tab's workspace may now be
            // the only copy, so it is written back rather than dropped.
            storage::Loaded::Empty if mine > 0 => {
                self.save_base(1, true, true);
                CatchUp::UpToDate
            }
            loaded => self.take(loaded),
        }
    }

    /// Persists the change just applied: one journal entry (a few hundred bytes), or a new base
    /// when the entry is too big for the journal.
    fn persist_last(&self) {
        if !self.writable.get_untracked() {
            return;
        }
        let next = self.revision.get_untracked() + 1;
        if self.migrating.get_value() {
            // Format 2 is still the only saved copy (saving its migration failed): a journal
            // entry must not be written without a format-3 state under it, so the whole
            // workspace is saved again, and format 2 is removed once that works.
            self.save_base(next, true, true);
            return;
        }
        let started = browser::now_ms();
        let Some(entry) = self.ws.with_untracked(|w| w.log().entries().last().cloned()) else { return };
        let appended = storage::append(&entry, next);
        // For the benchmark harness: what persisting the action cost on the main thread.
        browser::report_timing("__flowthroughPersistMs", browser::now_ms() - started);
        match appended {
            Ok(size) => {
                self.revision.set(next);
                self.clear_write_problem();
                let (n, chars) = self.journal.get_value();
                let chars = chars + size;
                self.journal.set_value((n + 1, chars));
                let limit = if self.bulk.get_value() { COMPACT_BULK } else { COMPACT_INLINE };
                if n + 1 >= limit.0 || chars >= limit.1 {
                    self.schedule_compaction();
                }
            }
            Err(storage::AppendError::WriteBase) => self.save_base(next, false, true),
            Err(storage::AppendError::Failed(msg)) => self.problem.set(Some(StorageProblem::WriteFailed(msg))),
        }
    }

    /// Persists the log entries after `from_seq` that came from the shared log (one journal
    /// entry each, as for a local change).
    pub fn persist_since(&self, from_seq: u64) {
        let entries: Vec<_> = self.ws.with_untracked(|w| w.log().entries().loaded().iter().filter(|e| e.seq > from_seq).cloned().collect());
        for entry in entries {
            if !self.writable.get_untracked() {
                return;
            }
            let next = self.revision.get_untracked() + 1;
            match storage::append(&entry, next) {
                Ok(_) => self.revision.set(next),
                Err(_) => {
                    // Too big for the journal, or the journal failed: write the whole base.
                    self.save_from_share();
                    return;
                }
            }
        }
    }

    /// Saves the whole workspace after the shared log rebuilt it (a rebase, a resync).
    pub fn save_from_share(&self) {
        if self.writable.get_untracked() {
            let next = storage::stored_revision().max(self.revision.get_untracked()) + 1;
            self.save_base(next, true, true);
        }
    }

    /// Puts a shared workspace's snapshot in place of this browser's workspace (joining);
    /// `state` is the snapshot's state part, kept as it came rather than encoded again.
    pub fn replace_from_share(&self, ws: Workspace, state: Option<&[u8]>) {
        self.ws.set(ws);
        if self.writable.get_untracked() {
            let next = storage::stored_revision().max(self.revision.get_untracked()) + 1;
            self.save_base_with(next, true, true, state);
        }
    }

    fn clear_write_problem(&self) {
        if matches!(self.problem.get_untracked(), Some(StorageProblem::WriteFailed(_))) {
            self.problem.set(None);
        }
    }

    /// Folds the journal into a new base a second after the action that filled it, so the
    /// person never waits for it.
    fn schedule_compaction(&self) {
        if self.compaction_due.get_value() {
            return;
        }
        self.compaction_due.set_value(true);
        let store = *self;
        set_timeout(
            move || {
                store.compaction_due.set_value(false);
                let mine = store.revision.get_untracked();
                // Only a tab that is up to date writes a base; another tab is ahead otherwise.
                if store.writable.get_untracked() && store.busy.get_untracked().is_none() && storage::stored_revision() == mine {
                    store.save_base(mine, false, false);
                }
            },
            std::time::Duration::from_secs(1),
        );
    }

    /// Writes the workspace's state as the base of `revision`, with the audit log entries and
    /// emails not yet stored: in localStorage when it fits, otherwise in IndexedDB
    /// (asynchronously; with `block`, actions wait until it is done).
    fn save_base(&self, revision: u64, replaces: bool, block: bool) {
        self.save_base_with(revision, replaces, block, None)
    }

    fn save_base_with(&self, revision: u64, replaces: bool, block: bool, state: Option<&[u8]>) {
        let parts = self.ws.with_untracked(|w| storage::parts_with_state(w, revision, replaces, state));
        match storage::save(&parts) {
            Ok(storage::Written::Inline) => {
                self.revision.set(revision);
                self.bulk.set_value(false);
                self.journal.set_value((0, 0));
                self.clear_write_problem();
                self.migrated();
            }
            Ok(storage::Written::NeedsIndexedDb) => {
                if block {
                    self.busy.set(Some(Busy::Saving));
                }
                let store = *self;
                leptos::task::spawn_local(async move {
                    let saved = storage::save_bulk(parts).await;
                    if block {
                        store.busy.set(None);
                    }
                    match saved {
                        Ok(()) => {
                            if store.revision.get_untracked() < revision || replaces {
                                store.revision.set(revision);
                            }
                            store.bulk.set_value(true);
                            store.journal.set_value((0, 0));
                            store.clear_write_problem();
                            store.migrated();
                        }
                        Err(msg) => store.problem.set(Some(StorageProblem::WriteFailed(msg))),
                    }
                });
            }
            Err(msg) => self.problem.set(Some(StorageProblem::WriteFailed(msg))),
        }
    }

    fn migrated(&self) {
        if self.migrating.get_value() {
            self.migrating.set_value(false);
            storage::remove_format_2();
        }
    }

    /// Reads the audit log and the emails from storage, if they are not in memory yet (opening
    /// a workspace reads only its state). Resolves once they are, or with what went wrong.
    pub async fn read_history(&self) -> Result<(), Text> {
        let (log, mail) = self.ws.with_untracked(|w| (w.log().entries().unread_count(), w.mail().outbox().unread_count()));
        if log == 0 && mail == 0 {
            return Ok(());
        }
        // A layer that knows where this history is (a shared workspace's server) reads it.
        if let Some(reading) = self.layers().iter().find_map(|l| l.read_history(*self)) {
            self.history_reading.set(true);
            let read = reading.await;
            self.history_reading.set(false);
            return read.map_err(|reason| Text::new("history-unreadable").with("reason", reason));
        }
        self.history_reading.set(true);
        let read = async {
            let older_log = if log > 0 { storage::read_log(log).await? } else { Vec::new() };
            let older_mail = if mail > 0 { storage::read_mail(mail).await? } else { Vec::new() };
            Ok::<_, Text>((older_log, older_mail))
        };
        let result = read.await.and_then(|(older_log, older_mail)| {
            self.ws
                .try_update(|w| {
                    // Another read may have filled it meanwhile: fill only what is still missing.
                    let log = if w.log().entries().unread_count() == older_log.len() { older_log } else { Vec::new() };
                    let mail = if w.mail().outbox().unread_count() == older_mail.len() { older_mail } else { Vec::new() };
                    w.fill_history(log, mail).map_err(|e| e.text())
                })
                .unwrap_or(Ok(()))
        });
        self.history_reading.set(false);
        result.map_err(|reason| Text::new("history-unreadable").with("reason", reason))
    }

    /// Downloads the whole workspace as a file (format 3), reading its history from storage
    /// first if need be.
    pub fn export_file(&self) {
        let store = *self;
        leptos::task::spawn_local(async move {
            if let Err(e) = store.read_history().await {
                store.notify(crate::i18n::text(&e));
                return;
            }
            let Some(bytes) = store.ws.with_untracked(flowthrough_core::storage::export) else { return };
            let date = store.now().iso();
            match browser::download_bytes(&format!("flowthrough-workspace-{}.flowthrough", &date[..10]), "application/octet-stream", &bytes) {
                Ok(()) => store.notify(crate::i18n::t("workspace-exported")),
                Err(e) => store.notify(crate::i18n::text(&e)),
            }
        });
    }

    /// Shows a short confirmation in the toast region.
    pub fn notify(&self, message: impl Into<String>) {
        let n = self.toast.get_untracked().map_or(0, |(n, _)| n + 1);
        self.toast.set(Some((n, message.into())));
    }

    /// Copies text to the clipboard and confirms with `done`; where the clipboard is
    /// unavailable, opens a dialog with the text selected for copying by hand.
    pub fn copy(&self, text: String, done: impl Into<String>) {
        let store = *self;
        let done: String = done.into();
        leptos::task::spawn_local(async move {
            match browser::write_clipboard(&text).await {
                Ok(()) => store.notify(done),
                Err(()) => store.copy_fallback.set(Some(text)),
            }
        });
    }

    /// Undo: the workspace before its last change (the log replayed without it, in the core),
    /// saved as a new generation; the history is read from storage first if need be. Says what
    /// was undone, and that emails it sent would, in a real deployment, already be delivered.
    pub fn undo(&self) {
        if let Some(why) = self.layers().iter().find_map(|l| l.no_undo()) {
            self.notify(why);
            return;
        }
        let store = *self;
        leptos::task::spawn_local(async move {
            if let Err(e) = store.read_history().await {
                store.notify(crate::i18n::text(&e));
                return;
            }
            let result = store.ws.with_untracked(|w| {
                let last = w.log().entries().last().cloned()?;
                Some(w.before_last(1).map(|ws| (ws, last)))
            });
            match result {
                None => store.notify(crate::i18n::t("undo-nothing")),
                Some(Err(e)) => store.notify(crate::i18n::t_with("undo-failed", &[("error", crate::i18n::text(&e.text()).into())])),
                Some(Ok((ws, last))) => {
                    store.replace(ws);
                    let sent = last.events.iter().filter(|e| matches!(e, Event::MessageQueued { sent: true, .. })).count();
                    let mails = if sent == 0 { String::new() } else { format!(" {}", crate::i18n::t_with("undo-mails", &[("count", sent.into())])) };
                    let by = crate::i18n::actor(&last.actor).to_lowercase();
                    store.notify(format!("{}{mails}", crate::i18n::t_with("undone", &[("command", crate::i18n::command(&last.command).into()), ("actor", by.into())])));
                }
            }
        });
    }

    /// Replaces the whole workspace (the demo, an import) and saves it. In a shared workspace
    /// this leaves it first (the shared one goes on without this browser).
    pub fn replace(&self, ws: Workspace) {
        let layers = self.layers();
        for l in &layers {
            l.replacing(*self);
        }
        self.ws.set(ws);
        for l in &layers {
            l.replaced(*self);
        }
        if layers.iter().any(|l| l.keeps()) {
            return;
        }
        if self.writable.get_untracked() {
            let next = storage::stored_revision().max(self.revision.get_untracked()) + 1;
            self.save_base(next, true, true);
        }
    }

    /// Puts a lesson's copy in place of the workspace: nothing is saved as the workspace until
    /// [`Store::leave_copy`].
    pub fn enter_copy(&self, ws: Workspace) {
        self.writable.set(false);
        self.ws.set(ws);
    }

    /// Back from a lesson's copy: the person's own workspace, as stored.
    pub fn leave_copy(&self) {
        self.writable.set(true);
        self.problem.set(None);
        self.take(storage::load());
        self.journal.set_value(storage::journal_size());
        self.tick();
    }

    /// After the person has had the chance to export an unreadable value: start over.
    pub fn start_fresh(&self) {
        self.writable.set(true);
        self.problem.set(None);
        self.replace(Workspace::new());
    }

    /// Whether changes are being saved to browser storage (false while an unreadable value is
    /// kept, and for in-memory workspaces).
    pub fn saving(&self) -> bool {
        self.writable.get_untracked()
    }

    /// Writes the whole workspace now (the benchmark page uses this to store a generated
    /// workspace) and resolves once it is durable.
    pub async fn save_now(&self) -> Result<(), Text> {
        let next = storage::stored_revision().max(self.revision.get_untracked()) + 1;
        let parts = self.ws.with_untracked(|w| storage::parts(w, next, true));
        match storage::save(&parts)? {
            storage::Written::Inline => Ok(()),
            storage::Written::NeedsIndexedDb => storage::save_bulk(parts).await,
        }
    }
}
