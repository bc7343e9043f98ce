//! The running shared workspace (a wasm chunk of its own, `share`): the controller between the
//! store, the core's replica (`flowthrough_core::sync::Replica`, which holds every rule of
//! replication) and the server (`storage::shared`). It decides only *when*: publish each change
//! as it is made (without waiting for the previous one's acknowledgement), apply what arrives,
//! write a snapshot when the core says one is due, read the history when it is asked for,
//! follow the connection.

use super::{Form, Link, Runtime, Sharing};
use crate::storage::shared::{self, Client, Failure, Record, ShareError};
use crate::store::Store;
use flowthrough_core::sync::{self, Replica, Report, Snapshot};
use flowthrough_core::text::Text;
use flowthrough_core::{Command, CommandError, Event, Timestamp, TokenSource, Workspace};
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

struct Session {
    client: Client,
    workspace: String,
    generation: u32,
    // Kept alive while the session lasts (the client calls them).
    _callbacks: Vec<Closure<dyn FnMut(JsValue)>>,
}

/// The running shared workspace: the signals' handles (the same as [`Sharing`]'s) and what only
/// a running one has.
#[derive(Clone, Copy)]
pub(super) struct Live {
    link: RwSignal<Link>,
    record: RwSignal<Option<Record>>,
    trainee: RwSignal<bool>,
    waiting: RwSignal<usize>,
    reports: RwSignal<Vec<Report>>,
    people: RwSignal<Vec<shared::Person>>,
    problem: RwSignal<Option<Text>>,
    authors: RwSignal<u32>,
    replica: StoredValue<Option<Replica>, LocalStorage>,
    session: StoredValue<Option<Rc<Session>>, LocalStorage>,
    /// A snapshot is this replica's to write once it has applied up to this sequence.
    snapshot_at: StoredValue<Option<u64>>,
    /// A retry of failed publishes is scheduled.
    retrying: StoredValue<bool>,
    /// Changes waiting when the connection came back (to say when they went through).
    catching_up: StoredValue<usize>,
    generation: StoredValue<u32>,
}

/// The running shared workspace for `s` (the chunk's entry).
pub(super) fn make(s: Sharing) -> Rc<dyn Runtime> {
    Rc::new(Live {
        link: s.link,
        record: s.record,
        trainee: s.trainee,
        waiting: s.waiting,
        reports: s.reports,
        people: s.people,
        problem: s.problem,
        authors: s.authors,
        replica: StoredValue::new_local(None),
        session: StoredValue::new_local(None),
        snapshot_at: StoredValue::new(None),
        retrying: StoredValue::new(false),
        catching_up: StoredValue::new(0),
        generation: StoredValue::new(0),
    })
}

type Pending<T> = std::pin::Pin<Box<dyn std::future::Future<Output = T>>>;

impl Runtime for Live {
    fn active(&self) -> bool {
        Live::active(self)
    }
    fn local(&self, w: &mut Workspace, cmd: Command, now: Timestamp, tokens: &mut dyn TokenSource) -> Option<Result<Vec<Event>, CommandError>> {
        Live::local(self, w, cmd, now, tokens)
    }
    fn after_local(&self, store: Store) {
        Live::after_local(self, store)
    }
    fn author(&self, seq: u64) -> Option<String> {
        Live::author(self, seq)
    }
    fn dismiss(&self, index: usize) {
        Live::dismiss(self, index)
    }
    fn restore(&self, store: Store) {
        Live::restore(self, store)
    }
    fn share(&self, store: Store, form: Form) -> Pending<Result<(), Text>> {
        let me = *self;
        Box::pin(async move { me.share(store, form).await })
    }
    fn join(&self, store: Store, form: Form) -> Pending<Result<(), Text>> {
        let me = *self;
        Box::pin(async move { me.join(store, form).await })
    }
    fn reconnect(&self, store: Store, password: String) -> Pending<Result<(), Text>> {
        let me = *self;
        Box::pin(async move { me.reconnect(store, password).await })
    }
    fn leave(&self) -> Pending<()> {
        let me = *self;
        Box::pin(async move { me.leave().await })
    }
    fn join_link(&self) -> Option<String> {
        Live::join_link(self)
    }
    fn history_remote(&self) -> bool {
        self.replica.with_value(|r| r.as_ref().is_some_and(|r| r.history_at().is_some()))
    }
    fn read_history(&self, store: Store) -> Pending<Result<(), Text>> {
        let me = *self;
        Box::pin(async move { Live::read_history(&me, store).await })
    }
}

fn origin() -> u64 {
    let t = crate::browser::secure_token();
    u64::from_str_radix(t.0.get(..16).unwrap_or("1"), 16).unwrap_or(1)
}

fn fresh() -> impl TokenSource {
    crate::browser::secure_token
}

/// A shared workspace's name: letters, digits, `-` and `_` (it names a stream on the server).
pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 40 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Live {
    /// Whether this workspace is shared.
    pub fn active(&self) -> bool {
        self.replica.with_value(Option::is_some)
    }

    /// Applies a local command through the replica (None when not shared).
    pub fn local(&self, w: &mut Workspace, cmd: Command, now: Timestamp, tokens: &mut dyn TokenSource) -> Option<Result<Vec<Event>, CommandError>> {
        self.replica.try_update_value(|r| r.as_mut().map(|r| r.local(w, cmd, now, tokens))).flatten()
    }

    /// Who wrote the view's log entry `seq`, in a shared workspace.
    pub fn author(&self, seq: u64) -> Option<String> {
        self.authors.track();
        self.replica.with_value(|r| r.as_ref().and_then(|r| r.author(seq).map(str::to_string)))
    }

    /// After a local change: keep it across a reload, and send it.
    pub fn after_local(&self, store: Store) {
        self.saved();
        self.kick(store);
    }

    /// Updates the signals from the replica and saves it.
    fn saved(&self) {
        let Some((bytes, waiting, reports)) = self.replica.with_value(|r| r.as_ref().map(|r| (r.save(), r.waiting(), r.reports().to_vec()))) else { return };
        if let Err(e) = shared::set_replica_bytes(&bytes) {
            self.problem.set(Some(e));
        }
        if self.waiting.get_untracked() != waiting {
            self.waiting.set(waiting);
        }
        if self.reports.with_untracked(|r| r != &reports) {
            self.reports.set(reports);
        }
        self.authors.update(|n| *n = n.wrapping_add(1));
    }

    /// Dismisses a report the person has read.
    pub fn dismiss(&self, index: usize) {
        self.replica.update_value(|r| {
            if let Some(r) = r.as_mut() {
                r.dismiss(index);
            }
        });
        self.saved();
    }

    /// At start: a shared workspace this browser was in comes back (its waiting changes too);
    /// it reconnects by itself when the password was kept.
    pub fn restore(&self, store: Store) {
        let Some(record) = shared::record() else {
            self.link.set(Link::Off);
            return;
        };
        let replica = match shared::replica_bytes() {
            Some(Ok(bytes)) => match Replica::restore(&bytes) {
                Ok(r) => r,
                Err(e) => {
                    self.link.set(Link::Off);
                    self.problem.set(Some(Text::new("share-record-unreadable").with("reason", e.text())));
                    return;
                }
            },
            Some(Err(e)) => {
                self.link.set(Link::Off);
                self.problem.set(Some(Text::new("share-record-unreadable").with("reason", e)));
                return;
            }
            None => {
                self.link.set(Link::Off);
                return;
            }
        };
        self.replica.set_value(Some(replica));
        self.record.set(Some(record.clone()));
        self.link.set(Link::Disconnected);
        self.saved();
        if let Some(password) = record.password.clone() {
            let me = *self;
            // With the password kept, it keeps trying while the server is out of reach.
            leptos::task::spawn_local(async move {
                while me.reconnect(store, password.clone()).await.is_err() && me.link.get_untracked() == Link::Offline {
                    crate::browser::sleep(2000).await;
                    if me.record.get_untracked().is_none() || me.link.get_untracked() != Link::Offline {
                        break;
                    }
                }
            });
        }
    }

    /// Publishes the current workspace as a new shared workspace's first snapshot.
    pub async fn share(&self, store: Store, form: Form) -> Result<(), Text> {
        if !valid_name(&form.workspace) {
            return Err(Text::new("share-error-name"));
        }
        self.link.set(Link::Connecting);
        let result = async {
            let client = shared::connect(&form.server, &form.user, &form.password, &form.name).await.map_err(|e| e.text())?;
            let start = store.ws.with_untracked(|w| Snapshot { seq: 0, workspace: w.clone(), seen: Default::default() });
            shared::trail("share: connected");
            let replica = Replica::new(form.name.clone(), origin(), &start);
            let bytes = replica.snapshot(&start.workspace).unwrap_or_default();
            shared::trail(&format!("share: snapshot encoded, {} bytes", bytes.len()));
            if let Err(e) = client.create_workspace(&form.workspace, &bytes).await {
                client.shut().await;
                return Err(e.text());
            }
            shared::trail("share: created");
            Ok((client, replica))
        }
        .await;
        let shared = self.begin(store, form, result, false).await;
        if shared.is_ok() {
            // The workspace as shared, with its whole history, for a joiner's audit log: after
            // the others can join (a joiner who opens the audit log before it is there waits).
            let me = *self;
            leptos::task::spawn_local(async move { me.write_archive(store).await });
        }
        shared
    }

    async fn write_archive(&self, store: Store) {
        // After the page has said "online" (encoding a big workspace's history holds the page
        // for a moment).
        crate::browser::sleep(300).await;
        let Some(session) = self.session.get_value() else { return };
        // The history, if it is still in storage (a big workspace opens with its state alone).
        if let Err(e) = store.read_history().await {
            self.problem.set(Some(e));
            return;
        }
        let bytes = store.ws.with_untracked(|w| self.replica.with_value(|r| r.as_ref().and_then(|r| r.archive(w))));
        if let Some(bytes) = bytes {
            for _ in 0..5 {
                match session.client.write_archive(&session.workspace, &bytes).await {
                    Ok(()) => return,
                    Err(e) => shared::trail(&format!("archive not written: {}", e.detail)),
                }
                crate::browser::sleep(2000).await;
            }
        }
    }

    /// Reads the history the view came without (it joined from a snapshot): the archive and the
    /// stream's entries up to the snapshot, replayed by the core, then saved here.
    pub async fn read_history(&self, store: Store) -> Result<(), Text> {
        let Some(at) = self.replica.with_value(|r| r.as_ref().and_then(Replica::history_at)) else { return Ok(()) };
        let Some(session) = self.session.get_value() else { return Err(Text::new("share-history-offline")) };
        let mut archive = None;
        // Just after sharing, the archive may still be on its way; on a cluster that lost a
        // node, its new leader may still be being elected (the connection answers "out of
        // reach" meanwhile). Either is asked again for up to 20 s.
        let transient = |f: Failure| matches!(f, Failure::Missing | Failure::Offline | Failure::Unreachable);
        let mut last = None;
        for _ in 0..20 {
            match session.client.read_archive(&session.workspace).await {
                Ok(bytes) => {
                    archive = Some(bytes);
                    break;
                }
                Err(e) if transient(e.failure) => {
                    last = Some(e);
                    crate::browser::sleep(1000).await;
                }
                Err(e) => return Err(e.text()),
            }
        }
        let archive = archive.ok_or_else(|| last.map_or_else(|| Text::new("share-history-offline"), |e| e.text()))?;
        let archive = sync::decode_archive(&archive).map_err(|e| Text::new("share-snapshot-unreadable").with("reason", e.text()))?;
        let mut entries = session.client.read_range(&session.workspace, archive.seq + 1, at).await;
        for _ in 0..20 {
            match &entries {
                Err(e) if transient(e.failure) => {
                    crate::browser::sleep(1000).await;
                    entries = session.client.read_range(&session.workspace, archive.seq + 1, at).await;
                }
                _ => break,
            }
        }
        let entries = entries.map_err(|e| e.text())?;
        let filled = store
            .ws
            .try_update(|w| self.replica.try_update_value(|r| r.as_mut().map(|r| r.fill_history(w, archive, &entries))))
            .flatten()
            .flatten()
            .unwrap_or(Ok(()));
        filled.map_err(|e| Text::new("share-snapshot-unreadable").with("reason", e.text()))?;
        store.save_from_share();
        self.saved();
        Ok(())
    }

    /// Joins a shared workspace: this browser's workspace becomes the shared one (the local
    /// copy it had is replaced, after the person was told so).
    pub async fn join(&self, store: Store, form: Form) -> Result<(), Text> {
        if !valid_name(&form.workspace) {
            return Err(Text::new("share-error-name"));
        }
        self.link.set(Link::Connecting);
        let result = async {
            let client = shared::connect(&form.server, &form.user, &form.password, &form.name).await.map_err(|e| e.text())?;
            shared::trail("join: connected");
            let read = async {
                let bytes = client.read_snapshot(&form.workspace).await.map_err(|e| e.text())?;
                shared::trail(&format!("join: snapshot read, {} bytes", bytes.len()));
                let snap = sync::decode_snapshot(&bytes).map_err(|e| Text::new("share-snapshot-unreadable").with("reason", e.text()))?;
                shared::trail("join: snapshot decoded");
                let writable = client.writable(&form.workspace).await.map_err(|e| e.text())?;
                shared::trail("join: role known");
                Ok::<_, Text>((snap, writable, bytes))
            };
            match read.await {
                Ok((snap, writable, bytes)) => {
                    let replica = Replica::new(form.name.clone(), origin(), &snap);
                    // Kept here as it came (its state part), not encoded again.
                    store.replace_from_share(snap.workspace, sync::snapshot_state(&bytes));
                    shared::trail("join: in place");
                    Ok((client, replica, writable))
                }
                Err(e) => {
                    client.shut().await;
                    Err(e)
                }
            }
        }
        .await;
        match result {
            Ok((client, replica, writable)) => self.begin(store, form, Ok((client, replica)), !writable).await,
            Err(e) => self.begin(store, form, Err(e), false).await,
        }
    }

    async fn begin(&self, store: Store, form: Form, result: Result<(Client, Replica), Text>, trainee: bool) -> Result<(), Text> {
        let (client, replica) = match result {
            Ok(x) => x,
            Err(e) => {
                self.link.set(if self.active() { Link::Disconnected } else { Link::Off });
                return Err(e);
            }
        };
        let record = Record { server: form.server, workspace: form.workspace, user: form.user, name: form.name, password: form.remember.then_some(form.password) };
        shared::set_record(&record)?;
        self.record.set(Some(record));
        self.replica.set_value(Some(replica));
        self.saved();
        self.trainee.set(trainee);
        self.start(store, client).await
    }

    /// Reconnects to the shared workspace in the record (after a reload).
    pub async fn reconnect(&self, store: Store, password: String) -> Result<(), Text> {
        let Some(record) = self.record.get_untracked() else { return Ok(()) };
        self.link.set(Link::Connecting);
        let result = async {
            let client = shared::connect(&record.server, &record.user, &password, &record.name).await?;
            let writable = client.writable(&record.workspace).await?;
            Ok::<_, ShareError>((client, writable))
        }
        .await;
        let (client, writable) = match result {
            Ok(x) => x,
            Err(e) => {
                // Out of reach is a state (changes wait); wrong credentials need the person.
                let retry = matches!(e.failure, Failure::Unreachable | Failure::Offline);
                self.link.set(if retry { Link::Offline } else { Link::Disconnected });
                self.problem.set((!retry).then(|| e.text()));
                return Err(e.text());
            }
        };
        self.trainee.set(!writable);
        self.start(store, client).await
    }

    /// Follows the shared log from where this copy is, says who is here, sends what waits.
    async fn start(&self, store: Store, client: Client) -> Result<(), Text> {
        let Some(record) = self.record.get_untracked() else { return Ok(()) };
        let ws = record.workspace.clone();
        // A workspace kept in IndexedDB may still be opening: it must be in place first.
        while store.busy.get_untracked().is_some() {
            crate::browser::sleep(50).await;
        }
        shared::trail("start: stored");
        // Changes restored after a reload are rebased on the server's snapshot first.
        if self.replica.with_value(|r| r.as_ref().is_some_and(Replica::needs_resync)) {
            let snap = match client.read_snapshot(&ws).await {
                Ok(bytes) => sync::decode_snapshot(&bytes).map_err(|e| Text::new("share-snapshot-unreadable").with("reason", e.text())),
                Err(e) => Err(e.text()),
            };
            let snap = match snap {
                Ok(s) => s,
                Err(e) => {
                    client.shut().await;
                    self.link.set(Link::Disconnected);
                    self.problem.set(Some(e.clone()));
                    return Err(e);
                }
            };
            let mut src = fresh();
            store.ws.update(|w| {
                self.replica.update_value(|r| {
                    if let Some(r) = r.as_mut() {
                        r.resync(w, snap, &[], &mut src);
                    }
                })
            });
            store.save_from_share();
            self.saved();
        }
        let generation = self.generation.get_value().wrapping_add(1);
        self.generation.set_value(generation);
        let me = *self;
        let on_entries = Closure::<dyn FnMut(JsValue)>::new(move |batch: JsValue| {
            if me.generation.get_value() == generation {
                me.received(store, shared::entries_of(&batch));
            }
        });
        let on_status = Closure::<dyn FnMut(JsValue)>::new(move |kind: JsValue| {
            if me.generation.get_value() != generation {
                return;
            }
            match kind.as_string().as_deref() {
                Some("offline") => me.link.set(Link::Offline),
                Some("online") => {
                    me.link.set(Link::Online);
                    me.catching_up.set_value(me.waiting.get_untracked());
                    // Publishes under way when the connection went may be lost: all go again.
                    me.replica.update_value(|r| {
                        if let Some(r) = r.as_mut() {
                            r.resend();
                        }
                    });
                    // Follow again from what this copy has (the server may have restarted).
                    leptos::task::spawn_local(async move { me.refollow(store).await });
                }
                _ => {}
            }
        });
        let on_people = Closure::<dyn FnMut(JsValue)>::new(move |list: JsValue| {
            if me.generation.get_value() == generation {
                let people = shared::people_of(&list);
                if me.people.with_untracked(|p| p != &people) {
                    me.people.set(people);
                }
            }
        });
        let applied = self.replica.with_value(|r| r.as_ref().map_or(0, Replica::applied));
        if let Err(e) = client.follow_from(&ws, applied, &on_entries).await {
            client.shut().await;
            self.link.set(Link::Disconnected);
            self.problem.set(Some(e.text()));
            return Err(e.text());
        }
        client.watch(&on_status);
        client.announce(&ws, &record.name, self.trainee.get_untracked(), &on_people);
        let session = Session { client, workspace: ws, generation, _callbacks: vec![on_entries, on_status, on_people] };
        if let Some(old) = self.session.try_update_value(|s| s.replace(Rc::new(session))).flatten() {
            old.client.shut().await;
        }
        self.problem.set(None);
        self.link.set(Link::Online);
        shared::trail("start: online");
        self.kick(store);
        // A safety net: changes that wait while connected with none of them out (a kick
        // missed while the link flickered) are sent within 2 s.
        let me = *self;
        let _ = set_interval_with_handle(
            move || {
                let idle = me.replica.with_value(|r| r.as_ref().is_some_and(|r| r.waiting() > r.out()));
                if me.generation.get_value() == generation && me.link.get_untracked() == Link::Online && idle {
                    shared::trail("nudge");
                    me.kick(store);
                }
            },
            std::time::Duration::from_secs(2),
        );
        Ok(())
    }

    async fn refollow(&self, store: Store) {
        let Some(session) = self.session.get_value() else { return };
        let applied = self.replica.with_value(|r| r.as_ref().map_or(0, Replica::applied));
        // The same callback: the session's first one follows the entries.
        let me = *self;
        let generation = session.generation;
        let on_entries = Closure::<dyn FnMut(JsValue)>::new(move |batch: JsValue| {
            if me.generation.get_value() == generation {
                me.received(store, shared::entries_of(&batch));
            }
        });
        if session.client.follow_from(&session.workspace, applied, &on_entries).await.is_ok() {
            on_entries.forget(); // lives as long as the page's follower does (one per reconnection)
        }
        self.kick(store);
    }

    /// Applies entries read from the shared log, then saves what changed here.
    fn received(&self, store: Store, entries: Vec<(u64, Vec<u8>)>) {
        if entries.is_empty() || self.replica.with_value(|r| r.as_ref().is_none_or(Replica::needs_resync)) {
            return;
        }
        let before = store.ws.with_untracked(|w| w.log().last_seq());
        let mut src = fresh();
        let seqs: Vec<u64> = entries.iter().map(|(s, _)| *s).collect();
        let got = store
            .ws
            .try_maybe_update(|w| {
                let got = self.replica.try_update_value(|r| r.as_mut().map(|r| r.receive(w, &entries, &mut src))).flatten().unwrap_or_default();
                (got.changed(), got)
            })
            .unwrap_or_default();
        if got.rebased {
            store.save_from_share();
        } else if got.applied > 0 {
            store.persist_since(before);
        }
        self.saved();
        shared::trail(&format!("received {seqs:?}: {got:?}; applied {}, waiting {}", self.replica.with_value(|r| r.as_ref().map_or(0, Replica::applied)), self.waiting.get_untracked()));
        if got.gap {
            // Entries came out of order (a follower replaced after a server failed): read
            // again from what is applied.
            let me = *self;
            leptos::task::spawn_local(async move { me.refollow(store).await });
        }
        if self.snapshot_at.get_value().is_some() {
            if let Some(session) = self.session.get_value() {
                let me = *self;
                leptos::task::spawn_local(async move { me.snapshot_if_due(store, &session).await });
            }
        }
        if self.waiting.get_untracked() > 0 {
            self.kick(store);
        } else {
            self.caught_up(store);
        }
    }

    fn caught_up(&self, store: Store) {
        let sent = self.catching_up.get_value();
        if sent > 0 && self.waiting.get_untracked() == 0 {
            self.catching_up.set_value(0);
            store.notify(crate::i18n::t_with("share-sent", &[("count", sent.into())]));
        }
    }

    /// Publishes every waiting change not out yet, all at once: each publish starts before any
    /// acknowledgement is awaited. An acknowledgement may confirm a change at once (the core
    /// says when); the follower brings the rest in their turn. A failed publish sends what
    /// waits again, with the same ids (the server and the core keep one copy).
    fn kick(&self, store: Store) {
        if self.trainee.get_untracked() || self.link.get_untracked() != Link::Online {
            return;
        }
        let Some(session) = self.session.get_value() else { return };
        let out = self.replica.try_update_value(|r| r.as_mut().map(Replica::to_send)).flatten().unwrap_or_default();
        if out.is_empty() {
            return;
        }
        let sends: Vec<_> = out.iter().map(|o| (o.id, session.client.append(&session.workspace, &o.payload, &o.msg_id()))).collect();
        let me = *self;
        leptos::task::spawn_local(async move {
            let mut failed = None;
            for (id, sent) in sends {
                match sent.await {
                    Ok(seq) => {
                        me.replica.update_value(|r| {
                            if let Some(r) = r.as_mut() {
                                r.accepted(seq, id);
                            }
                        });
                        if sync::snapshot_due(seq) {
                            me.snapshot_at.set_value(Some(seq));
                        }
                    }
                    Err(e) => failed = Some(e),
                }
            }
            me.saved();
            me.snapshot_if_due(store, &session).await;
            if let Some(e) = failed {
                me.replica.update_value(|r| {
                    if let Some(r) = r.as_mut() {
                        r.resend();
                    }
                });
                match e.failure {
                    Failure::Denied => {
                        me.trainee.set(true);
                        me.problem.set(Some(e.text()));
                    }
                    // The connection is lost: its status says so, and everything waiting goes
                    // out again when it is back.
                    Failure::Offline | Failure::Unreachable if me.link.get_untracked() != Link::Online => {}
                    // No answer in time, or the server cannot take it now (a cluster electing a
                    // new leader for the log, a second or two): again in a second while
                    // connected. The changes wait meanwhile; nothing is dropped.
                    _ => {
                        if !matches!(e.failure, Failure::Offline | Failure::Unreachable) {
                            me.problem.set(Some(e.text()));
                        }
                        me.retry_soon(store);
                    }
                }
            } else if me.problem.get_untracked().is_some() {
                me.problem.set(None);
            }
            shared::trail(&format!("sent; waiting {}", me.waiting.get_untracked()));
            me.caught_up(store);
        });
    }

    fn retry_soon(&self, store: Store) {
        if self.retrying.get_value() {
            return;
        }
        self.retrying.set_value(true);
        let me = *self;
        leptos::task::spawn_local(async move {
            crate::browser::sleep(1000).await;
            me.retrying.set_value(false);
            me.kick(store);
        });
    }

    /// Writes the snapshot this replica's entry made due, once the replica has applied up to it.
    async fn snapshot_if_due(&self, store: Store, session: &Session) {
        let applied = self.replica.with_value(|r| r.as_ref().map_or(0, Replica::applied));
        let Some(at) = self.snapshot_at.get_value() else { return };
        if applied < at {
            return;
        }
        self.snapshot_at.set_value(None);
        let bytes = store.ws.with_untracked(|w| self.replica.with_value(|r| r.as_ref().and_then(|r| r.snapshot(w))));
        if let Some(bytes) = bytes {
            // A failed snapshot costs only a longer join; the log has everything.
            let _ = session.client.write_snapshot(&session.workspace, &bytes).await;
        }
    }

    /// Leaves the shared workspace: the local copy stays, as this browser's own workspace.
    pub async fn leave(&self) {
        self.generation.set_value(self.generation.get_value().wrapping_add(1));
        if let Some(s) = self.session.try_update_value(Option::take).flatten() {
            s.client.shut().await;
        }
        shared::forget();
        self.replica.set_value(None);
        self.record.set(None);
        self.trainee.set(false);
        self.waiting.set(0);
        self.reports.set(Vec::new());
        self.people.set(Vec::new());
        self.problem.set(None);
        self.link.set(Link::Off);
    }

    /// The link to give others (the server and the name; never a credential).
    pub fn join_link(&self) -> Option<String> {
        let record = self.record.get()?;
        let origin = web_sys::window()?.location().origin().ok()?;
        let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
        Some(format!("{origin}/workspace?server={}&join={}", enc(&record.server), enc(&record.workspace)))
    }
}
