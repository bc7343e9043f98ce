//! Sharing a workspace, as the rest of the app sees it: the state the header and the Workspace
//! page render (signals), and the few calls the store makes. The running shared workspace (the
//! replica, the connection, publishing and following) is `runtime`, a wasm chunk of its own
//! (`share`) fetched when a workspace is shared, joined or reopened shared, like the NATS client
//! it drives: a visitor who never shares downloads neither.

mod runtime;

use crate::i18n::{t, text};
use crate::storage::shared::{self, Person, Record};
use crate::store::{Layer, Store};
use flowthrough_core::sync::Report;
use flowthrough_core::text::Text;
use flowthrough_core::{Command, CommandError, Event, Timestamp, TokenSource, Workspace};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// The connection to the shared workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// Not shared: this browser's own workspace.
    Off,
    /// Connecting.
    Connecting,
    /// Connected and following the shared log.
    Online,
    /// The server is out of reach; changes wait here and are sent on reconnection.
    Offline,
    /// In a shared workspace, but not connected (after a reload without a kept password).
    Disconnected,
}

/// What the person typed to share or join.
#[derive(Clone, Debug, Default)]
pub struct Form {
    /// `ws://` or `wss://` address.
    pub server: String,
    /// The shared workspace's name.
    pub workspace: String,
    /// NATS user.
    pub user: String,
    /// Password (memory only, unless `remember`).
    pub password: String,
    /// The name written on this person's changes.
    pub name: String,
    /// Keep the password in this browser.
    pub remember: bool,
}

/// What a running shared workspace does (implemented in the `share` chunk).
pub(crate) trait Runtime {
    fn active(&self) -> bool;
    fn local(&self, w: &mut Workspace, cmd: Command, now: Timestamp, tokens: &mut dyn TokenSource) -> Option<Result<Vec<Event>, CommandError>>;
    fn after_local(&self, store: Store);
    fn author(&self, seq: u64) -> Option<String>;
    fn dismiss(&self, index: usize);
    fn restore(&self, store: Store);
    fn share(&self, store: Store, form: Form) -> Pin<Box<dyn Future<Output = Result<(), Text>>>>;
    fn join(&self, store: Store, form: Form) -> Pin<Box<dyn Future<Output = Result<(), Text>>>>;
    fn reconnect(&self, store: Store, password: String) -> Pin<Box<dyn Future<Output = Result<(), Text>>>>;
    fn leave(&self) -> Pin<Box<dyn Future<Output = ()>>>;
    fn join_link(&self) -> Option<String>;
    fn history_remote(&self) -> bool;
    fn read_history(&self, store: Store) -> Pin<Box<dyn Future<Output = Result<(), Text>>>>;
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load(s: Sharing) -> Result<Rc<dyn Runtime>, crate::browser::ChunkError> {
    Ok(runtime::make(s))
}

#[cfg(not(feature = "split"))]
async fn load(s: Sharing) -> Result<Rc<dyn Runtime>, crate::browser::ChunkError> {
    Ok(runtime::make(s))
}

/// The sharing state, provided with the store.
#[derive(Clone, Copy)]
pub struct Sharing {
    /// The connection.
    pub link: RwSignal<Link>,
    /// Which shared workspace (None: not shared).
    pub record: RwSignal<Option<Record>>,
    /// Read only: joined as a trainee.
    pub trainee: RwSignal<bool>,
    /// Changes made here not yet in the shared log.
    pub waiting: RwSignal<usize>,
    /// Refused changes and skipped entries, for the person to read and dismiss.
    pub reports: RwSignal<Vec<Report>>,
    /// Who is here (from presence).
    pub people: RwSignal<Vec<Person>>,
    /// The last connection problem.
    pub problem: RwSignal<Option<Text>>,
    /// Bumped when authors change (the audit log reads them).
    pub authors: RwSignal<u32>,
    runtime: StoredValue<Option<Rc<dyn Runtime>>, LocalStorage>,
}

impl Sharing {
    /// The app's sharing (provided with the store).
    pub fn get() -> Sharing {
        expect_context::<Sharing>()
    }

    /// Not shared yet.
    pub fn new() -> Sharing {
        Sharing {
            link: RwSignal::new(Link::Off),
            record: RwSignal::new(None),
            trainee: RwSignal::new(false),
            waiting: RwSignal::new(0),
            reports: RwSignal::new(Vec::new()),
            people: RwSignal::new(Vec::new()),
            problem: RwSignal::new(None),
            authors: RwSignal::new(0),
            runtime: StoredValue::new_local(None),
        }
    }

    fn running(&self) -> Option<Rc<dyn Runtime>> {
        self.runtime.try_get_value().flatten()
    }

    /// The running shared workspace's code (fetched once).
    async fn runtime(&self) -> Result<Rc<dyn Runtime>, Text> {
        if let Some(r) = self.running() {
            return Ok(r);
        }
        let r = load(*self).await.map_err(|_| Text::new("share-error-unloaded").with("detail", t("page-unavailable-why")))?;
        // Two calls may have raced: keep the first.
        if let Some(first) = self.running() {
            return Ok(first);
        }
        self.runtime.set_value(Some(r.clone()));
        Ok(r)
    }

    /// Whether this workspace is shared.
    pub fn active(&self) -> bool {
        self.running().is_some_and(|r| r.active())
    }

    /// Whether this browser may only read the workspace: a trainee in a shared workspace.
    /// Reactive (the controls that change the workspace render disabled by it).
    pub fn read_only(&self) -> bool {
        self.link.get() != Link::Off && self.trainee.get()
    }


    /// Who wrote the view's log entry `seq`, in a shared workspace.
    pub fn author(&self, seq: u64) -> Option<String> {
        self.authors.track();
        self.running()?.author(seq)
    }

    /// Dismisses a report the person has read.
    pub fn dismiss(&self, index: usize) {
        if let Some(r) = self.running() {
            r.dismiss(index);
        }
    }

    /// At start: when this browser was in a shared workspace, its code is fetched and it comes
    /// back (with its waiting changes; reconnecting by itself when the password was kept).
    pub fn restore(&self, store: Store) {
        if shared::record().is_none() {
            return;
        }
        self.link.set(Link::Disconnected);
        let me = *self;
        leptos::task::spawn_local(async move {
            match me.runtime().await {
                Ok(r) => r.restore(store),
                Err(e) => me.problem.set(Some(e)),
            }
        });
    }

    /// Publishes the current workspace as a new shared workspace's first snapshot.
    pub async fn share(&self, store: Store, form: Form) -> Result<(), Text> {
        self.runtime().await?.share(store, form).await
    }

    /// Joins a shared workspace (this browser's workspace becomes the shared one).
    pub async fn join(&self, store: Store, form: Form) -> Result<(), Text> {
        self.runtime().await?.join(store, form).await
    }

    /// Reconnects to the shared workspace this browser is in.
    pub async fn reconnect(&self, store: Store, password: String) -> Result<(), Text> {
        self.runtime().await?.reconnect(store, password).await
    }

    /// Leaves the shared workspace: the local copy stays, as this browser's own.
    pub async fn leave(&self) {
        if let Some(r) = self.running() {
            r.leave().await;
        }
    }

    /// The link to give others (the server and the name; never a credential).
    pub fn join_link(&self) -> Option<String> {
        self.record.track();
        self.running()?.join_link()
    }
}

/// The store's layer: a shared workspace's changes go through its replica, a trainee's are
/// refused, and a whole new workspace leaves the shared one first.
impl Layer for Sharing {
    fn refusal(&self) -> Option<CommandError> {
        self.read_only().then_some(CommandError::Nothing("This shared workspace is read-only for you: you joined it as a trainee."))
    }

    fn apply(&self, w: &mut Workspace, cmd: Command, now: Timestamp, tokens: &mut dyn TokenSource) -> Option<Result<Vec<Event>, CommandError>> {
        self.running()?.local(w, cmd, now, tokens)
    }

    /// Keeps the change across a reload, and sends it.
    fn changed(&self, store: Store, _command: &'static str) {
        if let Some(r) = self.running().filter(|r| r.active()) {
            r.after_local(store);
        }
    }

    /// Import, the demo or starting over leave the shared workspace first (a local-only
    /// rewrite would fork the copy).
    fn replacing(&self, store: Store) {
        if self.active() {
            let me = *self;
            leptos::task::spawn_local(async move { me.leave().await });
            store.notify(t("share-left"));
        }
    }

    fn no_undo(&self) -> Option<String> {
        // Everyone's changes are one log; taking one back is a change of its own.
        self.active().then(|| t("undo-shared"))
    }

    fn read_history(&self, store: Store) -> Option<Pin<Box<dyn Future<Output = Result<(), Text>>>>> {
        let r = self.running().filter(|r| r.active() && r.history_remote())?;
        Some(r.read_history(store))
    }
}

impl Default for Sharing {
    fn default() -> Self {
        Sharing::new()
    }
}

/// The header's word for the connection, with the waiting changes.
pub fn status_text(link: Link, waiting: usize) -> String {
    let base = match link {
        Link::Off => return String::new(),
        Link::Connecting => t("share-connecting"),
        Link::Online => t("share-online"),
        Link::Offline => t("share-offline"),
        Link::Disconnected => t("share-disconnected"),
    };
    if waiting > 0 {
        format!("{base}, {}", crate::i18n::t_with("share-waiting", &[("count", waiting.into())]))
    } else {
        base
    }
}

/// A report in the reader's language.
pub fn report_text(r: &Report) -> String {
    text(&r.text())
}
