//! A shared workspace's server: NATS JetStream, through the NATS project's JavaScript client
//! (`js/shared.mjs`, bundled by `scripts/bundle-shared.mjs` into its own file and imported only
//! here, when a shared workspace is opened). This module moves bytes; the core's `sync` says what
//! they mean.
//!
//! On the server, a workspace `<name>` is:
//! - the stream `FT_<name>` (subject `ft.<name>.log`): the shared log, one entry per change, in
//!   the order the server took them (that order is the log's; the core decides each entry in
//!   its turn), each published with its id as the message id (one copy of a retried publish);
//! - the object store `ft_<name>`: the latest snapshot, the state alone
//!   (`sync::encode_snapshot`), and the archive, the workspace as it was shared with its whole
//!   history (`sync::encode_archive`), both gzipped by the browser;
//! - the subject `ft.<name>.here`: who is here (plain NATS messages every few seconds).
//!
//! Also here: the record of the shared workspace this browser is in (localStorage
//! `flowthrough.shared`), with the changes still waiting to be sent (`Replica::save`). The
//! password is in it only when the person asked for that.

use flowthrough_core::storage::dense;
use flowthrough_core::text::Text;
use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The record of the shared workspace this browser is in.
const RECORD_KEY: &str = "flowthrough.shared";
/// The replica's saved state (waiting changes, sequence applied), packed.
const REPLICA_KEY: &str = "flowthrough.shared.replica";

#[wasm_bindgen]
extern "C" {
    /// A connection to the server (js/shared.mjs's `Client`).
    pub type Client;
    #[wasm_bindgen(method, js_name = onStatus)]
    fn on_status(this: &Client, cb: &Function);
    #[wasm_bindgen(method)]
    fn create(this: &Client, ws: &str, snapshot: &Uint8Array) -> Promise;
    #[wasm_bindgen(method)]
    fn snapshot(this: &Client, ws: &str) -> Promise;
    #[wasm_bindgen(method, js_name = putSnapshot)]
    fn put_snapshot(this: &Client, ws: &str, bytes: &Uint8Array) -> Promise;
    #[wasm_bindgen(method, js_name = putArchive)]
    fn put_archive(this: &Client, ws: &str, bytes: &Uint8Array) -> Promise;
    #[wasm_bindgen(method)]
    fn archive(this: &Client, ws: &str) -> Promise;
    #[wasm_bindgen(method)]
    fn range(this: &Client, ws: &str, from: f64, to: f64) -> Promise;
    #[wasm_bindgen(method)]
    fn publish(this: &Client, ws: &str, bytes: &Uint8Array, id: &str) -> Promise;
    #[wasm_bindgen(method, js_name = canWrite)]
    fn can_write(this: &Client, ws: &str) -> Promise;
    #[wasm_bindgen(method)]
    fn follow(this: &Client, ws: &str, after: f64, cb: &Function) -> Promise;
    #[wasm_bindgen(method)]
    fn unfollow(this: &Client) -> Promise;
    #[wasm_bindgen(method)]
    fn presence(this: &Client, ws: &str, me: &JsValue, cb: &Function);
    #[wasm_bindgen(method)]
    fn close(this: &Client) -> Promise;
    #[wasm_bindgen(method, js_name = classCreate)]
    fn class_create(this: &Client, cls: &str, lesson: &Uint8Array) -> Promise;
    #[wasm_bindgen(method, js_name = classLesson)]
    fn class_lesson(this: &Client, cls: &str) -> Promise;
    #[wasm_bindgen(method, js_name = classPublish)]
    fn class_publish(this: &Client, cls: &str, tail: &str, bytes: &Uint8Array, id: &str) -> Promise;
    #[wasm_bindgen(method, js_name = classFollow)]
    fn class_follow(this: &Client, cls: &str, filter: &str, key: &str, cb: &Function) -> Promise;
    #[wasm_bindgen(method, js_name = classUnfollow)]
    fn class_unfollow(this: &Client, key: &str) -> Promise;
}

/// What went wrong talking to the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// No server answers at that address.
    Unreachable,
    /// The user name or password is wrong.
    Credentials,
    /// The server refused: no permission for this.
    Denied,
    /// Another change came first (the expected sequence is stale).
    Conflict,
    /// No shared workspace of that name.
    Missing,
    /// A shared workspace of that name exists already.
    Exists,
    /// The connection is lost for now.
    Offline,
    /// The client could not be loaded (it is fetched when first needed).
    Unloaded,
    /// Anything else (the detail says what).
    Failed,
}

/// A failure with the server's or the client's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareError {
    /// What kind.
    pub failure: Failure,
    /// The technical detail.
    pub detail: String,
}

impl ShareError {
    /// What to tell the person (`share-error-…`).
    pub fn text(&self) -> Text {
        let id = match self.failure {
            Failure::Unreachable => "share-error-unreachable",
            Failure::Credentials => "share-error-credentials",
            Failure::Denied => "share-error-denied",
            Failure::Conflict => "share-error-conflict",
            Failure::Missing => "share-error-missing",
            Failure::Exists => "share-error-exists",
            Failure::Offline => "share-error-offline",
            Failure::Unloaded => "share-error-unloaded",
            Failure::Failed => "share-error-failed",
        };
        Text::new(id).with("detail", self.detail.clone())
    }

    fn from_js(e: JsValue) -> ShareError {
        let code = Reflect::get(&e, &"code".into()).ok().and_then(|c| c.as_string()).unwrap_or_default();
        let detail = Reflect::get(&e, &"detail".into())
            .ok()
            .and_then(|d| d.as_string())
            .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
            .or_else(|| e.as_string())
            .unwrap_or_default();
        let failure = match code.as_str() {
            "unreachable" => Failure::Unreachable,
            "credentials" => Failure::Credentials,
            "denied" => Failure::Denied,
            "conflict" => Failure::Conflict,
            "missing" => Failure::Missing,
            "exists" => Failure::Exists,
            "offline" => Failure::Offline,
            _ => Failure::Failed,
        };
        ShareError { failure, detail }
    }
}

async fn wait(p: Promise) -> Result<JsValue, ShareError> {
    JsFuture::from(p).await.map_err(ShareError::from_js)
}

/// Starts fetching the client before it is needed (the person is filling in the share or join
/// form), so sharing or joining does not wait for it. Once per page; errors show on connect.
pub fn prefetch() {
    static ASKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if ASKED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let url = Reflect::get(&window, &"__flowthroughShared".into()).ok().filter(|u| u.is_string());
    let import = Reflect::get(&window, &"__flowthroughImport".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
    if let (Some(url), Some(import)) = (url, import) {
        if let Ok(p) = import.call1(&JsValue::NULL, &url) {
            // Nobody waits for it; a failure shows when connecting.
            wasm_bindgen_futures::spawn_local(async move {
                let _ = JsFuture::from(Promise::from(p)).await;
            });
        }
    }
}

/// Fetches the client (once; the browser keeps the module) and connects.
pub async fn connect(server: &str, user: &str, password: &str, name: &str) -> Result<Client, ShareError> {
    let unloaded = |detail: &str| ShareError { failure: Failure::Unloaded, detail: detail.to_string() };
    let window = web_sys::window().ok_or_else(|| unloaded("no window"))?;
    let url = Reflect::get(&window, &"__flowthroughShared".into()).ok().and_then(|u| u.as_string()).ok_or_else(|| unloaded("this build has no shared client"))?;
    let import = Reflect::get(&window, &"__flowthroughImport".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| unloaded("this build has no shared client"))?;
    let promise = import.call1(&JsValue::NULL, &url.into()).map_err(|e| unloaded(&format!("{e:?}")))?;
    let module = JsFuture::from(Promise::from(promise)).await.map_err(|e| unloaded(&ShareError::from_js(e).detail))?;
    let connect = Reflect::get(&module, &"connect".into()).ok().and_then(|f| f.dyn_into::<Function>().ok()).ok_or_else(|| unloaded("connect"))?;
    let args = Array::of4(&server.into(), &user.into(), &password.into(), &name.into());
    let promise = connect.apply(&JsValue::NULL, &args).map_err(ShareError::from_js)?;
    Ok(wait(Promise::from(promise)).await?.unchecked_into())
}

impl Client {
    /// Creates the stream and the snapshot bucket (on 3 servers of a cluster, else on the one)
    /// and writes the first snapshot.
    pub async fn create_workspace(&self, ws: &str, snapshot: &[u8]) -> Result<(), ShareError> {
        wait(self.create(ws, &Uint8Array::from(snapshot))).await.map(|_| ())
    }

    /// The latest snapshot's bytes.
    pub async fn read_snapshot(&self, ws: &str) -> Result<Vec<u8>, ShareError> {
        Ok(Uint8Array::new(&wait(self.snapshot(ws)).await?).to_vec())
    }

    /// Replaces the snapshot.
    pub async fn write_snapshot(&self, ws: &str, bytes: &[u8]) -> Result<(), ShareError> {
        wait(self.put_snapshot(ws, &Uint8Array::from(bytes))).await.map(|_| ())
    }

    /// Publishes an entry now (the publish starts before the returned future is awaited, so
    /// several go out without waiting for each other); resolves with its stream sequence.
    pub fn append(&self, ws: &str, bytes: &[u8], id: &str) -> impl std::future::Future<Output = Result<u64, ShareError>> {
        let sent = wait(self.publish(ws, &Uint8Array::from(bytes), id));
        async move { Ok(sent.await?.as_f64().unwrap_or(0.0) as u64) }
    }

    /// Writes the workspace as it was shared, with its whole history.
    pub async fn write_archive(&self, ws: &str, bytes: &[u8]) -> Result<(), ShareError> {
        wait(self.put_archive(ws, &Uint8Array::from(bytes))).await.map(|_| ())
    }

    /// The archive's bytes.
    pub async fn read_archive(&self, ws: &str) -> Result<Vec<u8>, ShareError> {
        Ok(Uint8Array::new(&wait(self.archive(ws)).await?).to_vec())
    }

    /// The stream's entries `from..=to`, in order.
    pub async fn read_range(&self, ws: &str, from: u64, to: u64) -> Result<Vec<(u64, Vec<u8>)>, ShareError> {
        Ok(entries_of(&wait(self.range(ws, from as f64, to as f64)).await?))
    }

    /// Whether this user may write entries (administrators) or only read (trainees).
    pub async fn writable(&self, ws: &str) -> Result<bool, ShareError> {
        Ok(wait(self.can_write(ws)).await?.as_bool().unwrap_or(false))
    }

    /// Delivers the entries after `after`, in order, in batches, to `on_entries` (kept alive
    /// by the caller).
    pub async fn follow_from(&self, ws: &str, after: u64, on_entries: &Closure<dyn FnMut(JsValue)>) -> Result<(), ShareError> {
        wait(self.follow(ws, after as f64, on_entries.as_ref().unchecked_ref())).await.map(|_| ())
    }

    /// Says who is here, and reports who else is.
    pub fn announce(&self, ws: &str, name: &str, trainee: bool, on_change: &Closure<dyn FnMut(JsValue)>) {
        let me = js_sys::Object::new();
        let _ = Reflect::set(&me, &"name".into(), &name.into());
        let _ = Reflect::set(&me, &"role".into(), &(if trainee { "trainee" } else { "admin" }).into());
        self.presence(ws, &me, on_change.as_ref().unchecked_ref());
    }

    /// Calls `on_status` with "online" or "offline" as the connection comes and goes.
    pub fn watch(&self, on_status: &Closure<dyn FnMut(JsValue)>) {
        self.on_status(on_status.as_ref().unchecked_ref());
    }

    /// Starts a class: its stream, and its lesson file.
    pub async fn start_class(&self, class: &str, lesson: &[u8]) -> Result<(), ShareError> {
        wait(self.class_create(class, &Uint8Array::from(lesson))).await.map(|_| ())
    }

    /// The class's lesson file.
    pub async fn read_class_lesson(&self, class: &str) -> Result<Vec<u8>, ShareError> {
        Ok(Uint8Array::new(&wait(self.class_lesson(class)).await?).to_vec())
    }

    /// Publishes on the class's subject `tail` (`progress.<user>`, `log.<user>`, `clock`),
    /// deduplicated by `id` when it is not empty.
    pub async fn class_send(&self, class: &str, tail: &str, bytes: &[u8], id: &str) -> Result<u64, ShareError> {
        let seq = wait(self.class_publish(class, tail, &Uint8Array::from(bytes), id)).await?;
        Ok(seq.as_f64().unwrap_or(0.0) as u64)
    }

    /// Delivers every message of the class on `filter` (`progress.*`, `clock`, `log.<user>`)
    /// from the first, then as they come, to `on_messages` (kept alive by the caller) as batches
    /// of `[tail, seq, bytes]`; `key` names the follower.
    pub async fn class_watch(&self, class: &str, filter: &str, key: &str, on_messages: &Closure<dyn FnMut(JsValue)>) -> Result<(), ShareError> {
        wait(self.class_follow(class, filter, key, on_messages.as_ref().unchecked_ref())).await.map(|_| ())
    }

    /// Stops the follower `key`.
    pub async fn class_unwatch(&self, key: &str) {
        let _ = wait(self.class_unfollow(key)).await;
    }

    /// Stops following, says goodbye and closes.
    pub async fn shut(&self) {
        let _ = wait(self.close()).await;
    }
}

/// Adds a line to the client's trail of what the follower did (read by a failing test).
pub fn trail(line: &str) {
    let Some(w) = web_sys::window() else { return };
    if let Ok(t) = Reflect::get(&w, &"__flowthroughShareTrail".into()) {
        if let Some(a) = t.dyn_ref::<Array>() {
            a.push(&format!("{} rust: {line}", js_sys::Date::now() as u64 % 100_000).into());
        }
    }
}

/// A batch of entries as the client delivers them: `[[seq, bytes], ...]`.
pub fn entries_of(batch: &JsValue) -> Vec<(u64, Vec<u8>)> {
    let Some(batch) = batch.dyn_ref::<Array>() else { return Vec::new() };
    batch
        .iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<Array>().ok()?;
            let seq = pair.get(0).as_f64()? as u64;
            let bytes = pair.get(1).dyn_into::<Uint8Array>().ok()?.to_vec();
            Some((seq, bytes))
        })
        .collect()
}

/// A batch of a class's messages as the client delivers them: `[[tail, seq, bytes], ...]`.
pub fn class_messages_of(batch: &JsValue) -> Vec<(String, u64, Vec<u8>)> {
    let Some(batch) = batch.dyn_ref::<Array>() else { return Vec::new() };
    batch
        .iter()
        .filter_map(|m| {
            let m = m.dyn_into::<Array>().ok()?;
            let tail = m.get(0).as_string()?;
            let seq = m.get(1).as_f64()? as u64;
            let bytes = m.get(2).dyn_into::<Uint8Array>().ok()?.to_vec();
            Some((tail, seq, bytes))
        })
        .collect()
}

/// Someone in the workspace, as the presence messages say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Their name.
    pub name: String,
    /// Whether they are a trainee (read only).
    pub trainee: bool,
    /// Whether it is this browser.
    pub me: bool,
}

/// The people in a presence report.
pub fn people_of(list: &JsValue) -> Vec<Person> {
    let Some(list) = list.dyn_ref::<Array>() else { return Vec::new() };
    list.iter()
        .filter_map(|p| {
            let name = Reflect::get(&p, &"name".into()).ok()?.as_string()?;
            let trainee = Reflect::get(&p, &"role".into()).ok()?.as_string().is_some_and(|r| r == "trainee");
            let me = Reflect::get(&p, &"me".into()).ok()?.as_bool().unwrap_or(false);
            Some(Person { name, trainee, me })
        })
        .collect()
}

/// Which shared workspace this browser is in, and how to reach it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The server's WebSocket address (`ws://` or `wss://`).
    pub server: String,
    /// The shared workspace's name.
    pub workspace: String,
    /// The NATS user.
    pub user: String,
    /// The person's name, written on their entries.
    pub name: String,
    /// The password, only if the person asked to keep it in this browser.
    #[serde(default)]
    pub password: Option<String>,
}

/// localStorage, if the browser lets this page use it (it may refuse: then nothing is shared
/// across reloads, and nothing panics).
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The record, if this browser is in a shared workspace (an unreadable one counts as none: it
/// holds no work, only how to reconnect).
pub fn record() -> Option<Record> {
    let text = local()?.get_item(RECORD_KEY).ok()??;
    serde_json::from_str(&text).ok()
}

/// Keeps the record.
pub fn set_record(r: &Record) -> Result<(), Text> {
    let failed = |detail: String| Text::new("share-record-failed").with("detail", detail);
    let text = serde_json::to_string(r).map_err(|e| failed(e.to_string()))?;
    local().ok_or_else(|| failed("localStorage is unavailable".into()))?.set_item(RECORD_KEY, &text).map_err(|e| failed(format!("{e:?}")))
}

/// The replica's saved bytes (`Replica::save`), if any; `Err` if they are there but unreadable.
pub fn replica_bytes() -> Option<Result<Vec<u8>, Text>> {
    let text = local()?.get_item(REPLICA_KEY).ok()??;
    Some(dense::unpack_str(&text).map_err(|e| Text::new("share-record-failed").with("detail", e.to_string())))
}

/// Saves the replica (its waiting changes survive a reload).
pub fn set_replica_bytes(bytes: &[u8]) -> Result<(), Text> {
    let failed = |detail: String| Text::new("share-record-failed").with("detail", detail);
    local().ok_or_else(|| failed("localStorage is unavailable".into()))?.set_item(REPLICA_KEY, &dense::pack_str(bytes)).map_err(|e| failed(format!("{e:?}")))
}

/// Forgets the shared workspace (Leave): the local copy stays as it is.
pub fn forget() {
    if let Some(s) = local() {
        let _ = s.remove_item(RECORD_KEY);
        let _ = s.remove_item(REPLICA_KEY);
    }
}

// ---- Classes -------------------------------------------------------------------------------

/// How a trainer reaches the class they run (no password: it is asked again after a reload).
const CLASS_KEY: &str = "flowthrough.class";

/// How to reach a class, and who this browser is in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seat {
    /// The server's WebSocket address.
    pub server: String,
    /// The class's name.
    pub class: String,
    /// The NATS user.
    pub user: String,
    /// The person's name, as the board shows it.
    pub name: String,
}

/// The class this browser runs as a trainer, if any.
pub fn trainer_seat() -> Option<Seat> {
    serde_json::from_str(&local()?.get_item(CLASS_KEY).ok()??).ok()
}

/// Keeps (or, with `None`, forgets) the class this browser runs.
pub fn set_trainer_seat(seat: Option<&Seat>) {
    let Some(s) = local() else { return };
    match seat.and_then(|seat| serde_json::to_string(seat).ok()) {
        Some(text) => {
            let _ = s.set_item(CLASS_KEY, &text);
        }
        None => {
            let _ = s.remove_item(CLASS_KEY);
        }
    }
}
