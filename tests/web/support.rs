//! What every browser test uses: mounting the app at a route, finding controls by role and
//! accessible name as a person would, waiting for the app, and workspaces to start from.

use flowthrough::storage;
use flowthrough_core::{Command, Timestamp, Token, TokenSource, Workspace};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn local(key: &str) -> Option<String> {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item(key).unwrap()
}

pub fn set_local(key: &str, value: &str) {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().set_item(key, value).unwrap();
}

/// What a reload would read from storage.
pub fn stored() -> Workspace {
    match storage::load() {
        storage::Loaded::Ok(ws, _) => *ws,
        _ => panic!("no readable workspace is stored"),
    }
}

/// Waits (up to two seconds) until `cond` holds; IndexedDB answers asynchronously.
pub async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..100 {
        if cond() {
            return;
        }
        settle().await;
    }
    let main = all("main").first().map(text).unwrap_or_default();
    panic!("timed out waiting until {what}; alerts: {:?}; page: {}", alerts(), main.chars().take(600).collect::<String>());
}

/// Lets the reactive system and the router run.
pub async fn settle() {
    for _ in 0..3 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

/// Mounts a fresh app at `path`, with `stored` as the stored state's raw value (None: nothing stored).
pub async fn mount_at(path: &str, stored: Option<&str>) {
    storage::clear_all();
    if let Some(v) = stored {
        set_local(storage::BASE_KEY, v);
    }
    mount_at_keeping(path).await;
}

/// Stores `ws` as a new workspace (format 3, in localStorage), as a save would.
pub fn store_workspace(ws: &Workspace, revision: u64) {
    assert_eq!(storage::save(&storage::parts(ws, revision, true)), Ok(storage::Written::Inline));
}

/// Mounts a fresh app at `path` on `ws`, stored as format 3.
pub async fn mount_with(path: &str, ws: &Workspace) {
    storage::clear_all();
    store_workspace(ws, 1);
    mount_at_keeping(path).await;
}

/// The real time every test's app sees: a few minutes after the tests' fixed dates (their
/// workspaces, and the data earlier versions saved in tests/fixtures/), whatever the calendar
/// says, so that nothing falls due between making a workspace and looking at it.
pub const TEST_NOW: Timestamp = Timestamp(1_795_318_000);

/// Mounts a fresh app at `path` on what is stored now (a reload).
pub async fn mount_at_keeping(path: &str) {
    flowthrough::browser::hold_clock(Some(TEST_NOW));
    let body = document().body().unwrap();
    // Replace only our own container: the test runner reports through its own elements.
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    web_sys::window().unwrap().history().unwrap().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path)).unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.set_id("app-under-test");
    body.append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root, flowthrough::App);
    std::mem::forget(handle);
    settle().await;
}

pub fn all(selector: &str) -> Vec<Element> {
    let list = document().query_selector_all(&format!("#app-under-test {selector}")).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

pub fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The button whose accessible name (its text) is `name`.
pub fn button(name: &str) -> HtmlElement {
    all("button")
        .into_iter()
        .find(|b| text(b) == name)
        .unwrap_or_else(|| panic!("no button named {name:?}"))
        .unchecked_into()
}

/// The form control labelled `label` (a `<label>` wrapping it).
pub fn field(label: &str) -> HtmlInputElement {
    let l = all("label").into_iter().find(|l| text(l).starts_with(label)).unwrap_or_else(|| panic!("no field labelled {label:?}"));
    l.query_selector("input, select").unwrap().unwrap().unchecked_into()
}

pub fn type_into(label: &str, value: &str) {
    let f = field(label);
    f.set_value(value);
    f.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

pub fn alerts() -> Vec<String> {
    all("[role=alert]").iter().map(text).collect()
}

pub fn heading(level: &str) -> String {
    all(level).first().map(text).unwrap_or_default()
}

pub struct Counter(pub u64);

impl TokenSource for Counter {
    fn next_token(&mut self) -> Token {
        self.0 += 1;
        Token(format!("{:032x}", self.0).into())
    }
}

pub fn demo_workspace() -> Workspace {
    flowthrough_core::demo::sample(Timestamp(1_795_317_420), &mut Counter(100)).unwrap()
}

pub fn status_path(ws: &Workspace) -> String {
    format!("/partner/templates/{}/users", ws.partner().templates().keys().next().unwrap().0)
}

pub fn body_rows() -> Vec<String> {
    all("tbody tr").iter().map(text).collect()
}

pub fn row_of(bwid: &str) -> String {
    body_rows().into_iter().find(|r| r.contains(bwid)).unwrap_or_else(|| panic!("no row for {bwid}"))
}

pub fn key(target: &web_sys::EventTarget, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    target.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

pub fn active_text() -> String {
    document().active_element().map(|e| text(&e)).unwrap_or_default()
}

pub fn menu_item(name: &str) -> HtmlElement {
    all("[role=menuitem]").into_iter().find(|i| text(i) == name).unwrap_or_else(|| panic!("no menu item {name:?}")).unchecked_into()
}

pub fn actions_button(bwid: &str) -> HtmlElement {
    all("button[aria-haspopup=menu]")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").as_deref() == Some(&format!("Actions for {bwid}")))
        .unwrap_or_else(|| panic!("no actions button for {bwid}"))
        .unchecked_into()
}

pub fn dialog(title: &str) -> Option<Element> {
    all("[role=dialog]").into_iter().find(|d| {
        let id = d.get_attribute("aria-labelledby").unwrap_or_default();
        document().get_element_by_id(&id).is_some_and(|h| text(&h) == title)
    })
}

pub const DEE: &str = "2145550104@voice.example.net";

/// Replaces navigator.clipboard.writeText with a stub that records the text, or refuses.
pub fn stub_clipboard(accept: bool) {
    let f = js_sys::Function::new_with_args(
        "text",
        if accept { "window.__copied = text; return Promise.resolve();" } else { "return Promise.reject(new Error('denied'));" },
    );
    let clipboard = js_sys::Object::new();
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &f).unwrap();
    let nav = web_sys::window().unwrap().navigator();
    js_sys::Object::define_property(&nav, &"clipboard".into(), &{
        let d = js_sys::Object::new();
        js_sys::Reflect::set(&d, &"value".into(), &clipboard).unwrap();
        js_sys::Reflect::set(&d, &"configurable".into(), &true.into()).unwrap();
        d
    });
}

pub fn control_workspace(auto_emails: bool) -> (Workspace, flowthrough_core::OrgId) {
    let mut ws = Workspace::new();
    let mut t = Counter(500);
    let now = Timestamp(1_795_317_420);
    ws.apply(Command::CreateOrg { name: "Acme".into(), free: false }, now, &mut t).unwrap();
    let org = *ws.control().orgs().keys().next().unwrap();
    if !auto_emails {
        ws.apply(Command::SetAutomaticActivationEmails { org, enabled: false }, now, &mut t).unwrap();
    }
    let users = ["ann@acme.example", "bo@acme.example"].map(|e| flowthrough_core::UserInput { email: e.into(), name: String::new() }).to_vec();
    ws.apply(Command::AddUsers { org, users, from_csv: false }, now, &mut t).unwrap();
    (ws, org)
}

pub fn small_workspace(org_name: &str) -> Workspace {
    let mut ws = Workspace::new();
    ws.apply(Command::CreateOrg { name: org_name.into(), free: false }, Timestamp(1_795_317_420), &mut Counter(900)).unwrap();
    ws
}

pub fn storage_event() {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(storage::REVISION_KEY));
    web_sys::window().unwrap().dispatch_event(&web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap()).unwrap();
}

/// Makes localStorage refuse any value longer than `limit` code units, as a full quota does;
/// returns what puts it back.
pub fn refuse_long_values(limit: usize) -> impl FnOnce() {
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into()).unwrap();
    let proto = js_sys::Reflect::get(&proto, &"prototype".into()).unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let _ = js_sys::Reflect::set(&js_sys::global(), &"__originalSetItem".into(), &original);
    let refusing = js_sys::Function::new_with_args(
        "k, v",
        &format!("if (String(v).length > {limit}) throw new DOMException('full', 'QuotaExceededError'); return globalThis.__originalSetItem.call(this, k, v);"),
    );
    js_sys::Reflect::set(&proto, &"setItem".into(), &refusing).unwrap();
    move || {
        js_sys::Reflect::set(&proto, &"setItem".into(), &original).unwrap();
    }
}

pub async fn idb_utf8(text: &str) -> wasm_bindgen::JsValue {
    js_sys::Uint8Array::from(text.as_bytes()).into()
}

/// Waits (up to two seconds) until IndexedDB holds no workspace any more (clean-ups run after
/// the save that makes them possible).
pub async fn until_indexeddb_is_empty(what: &str) {
    for _ in 0..100 {
        if storage::raw_bulk().await.is_none() {
            return;
        }
        settle().await;
    }
    panic!("timed out waiting until {what}");
}

/// The checkbox whose accessible name (its aria-label) is `name`.
pub fn checkbox(name: &str) -> HtmlInputElement {
    all("input[type=checkbox]")
        .into_iter()
        .find(|c| c.get_attribute("aria-label").as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no checkbox {name:?}"))
        .unchecked_into()
}
