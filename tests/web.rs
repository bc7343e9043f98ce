//! Browser tests (wasm-bindgen-test in headless Chromium): mount the app at a route, act as a
//! person would (find controls by role and accessible name), and check the DOM and storage.

#![cfg(target_arch = "wasm32")]

use flowthrough::storage;
use flowthrough_core::{snapshot, Command, Package, TemplateInput, Token, TokenSource, Workspace, AuthMode, SubscriberInput, Timestamp};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local(key: &str) -> Option<String> {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item(key).unwrap()
}

fn set_local(key: &str, value: &str) {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().set_item(key, value).unwrap();
}

/// Lets the reactive system and the router run.
async fn settle() {
    for _ in 0..3 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

/// Mounts a fresh app at `path`, with `stored` as the stored workspace value (None: nothing stored).
async fn mount_at(path: &str, stored: Option<&str>) {
    storage::clear_all();
    if let Some(v) = stored {
        set_local(storage::KEY, v);
    }
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

fn all(selector: &str) -> Vec<Element> {
    let list = document().query_selector_all(&format!("#app-under-test {selector}")).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The button whose accessible name (its text) is `name`.
fn button(name: &str) -> HtmlElement {
    all("button")
        .into_iter()
        .find(|b| text(b) == name)
        .unwrap_or_else(|| panic!("no button named {name:?}"))
        .unchecked_into()
}

/// The form control labelled `label` (a `<label>` wrapping it).
fn field(label: &str) -> HtmlInputElement {
    let l = all("label").into_iter().find(|l| text(l).starts_with(label)).unwrap_or_else(|| panic!("no field labelled {label:?}"));
    l.query_selector("input, select").unwrap().unwrap().unchecked_into()
}

fn type_into(label: &str, value: &str) {
    let f = field(label);
    f.set_value(value);
    f.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

fn alerts() -> Vec<String> {
    all("[role=alert]").iter().map(text).collect()
}

fn heading(level: &str) -> String {
    all(level).first().map(text).unwrap_or_default()
}

struct Counter(u64);
impl TokenSource for Counter {
    fn next_token(&mut self) -> Token {
        self.0 += 1;
        Token(format!("{:032x}", self.0))
    }
}

#[wasm_bindgen_test]
async fn creating_a_template_shows_it_and_saves_it() {
    mount_at("/partner/templates", None).await;
    assert_eq!(heading("h1"), "Templates");
    assert!(text(&all("tbody").remove(0)).contains("No templates yet"));

    button("Create template").click();
    settle().await;
    assert_eq!(alerts(), vec!["Template name is required."]);
    assert!(local(storage::KEY).is_none(), "a refused command writes nothing");

    type_into("Template name", "Gold Untrusted");
    button("Create template").click();
    settle().await;
    let rows = all("tbody tr");
    assert_eq!(rows.len(), 1);
    assert!(text(&rows[0]).contains("Gold Untrusted"));
    assert!(text(&rows[0]).contains("ready for self-activation"));
    let stored = snapshot::decode(&local(storage::KEY).unwrap()).unwrap();
    assert_eq!(stored.templates.values().next().unwrap().name, "Gold Untrusted");
}

#[wasm_bindgen_test]
async fn an_unreadable_stored_workspace_is_kept_and_never_overwritten() {
    let bad = "{\"format\":\"flowthrough-workspace\",\"schema\":1,\"workspace\":{trunc";
    mount_at("/control", Some(bad)).await;
    let a = alerts();
    assert!(a.iter().any(|t| t.contains("could not be read")), "{a:?}");
    assert_eq!(local(storage::ASIDE_KEY).as_deref(), Some(bad));

    type_into("Organization name", "Acme");
    button("Create organization").click();
    settle().await;
    assert!(text(&all("tbody").remove(0)).contains("Acme"), "the app still works in memory");
    assert_eq!(local(storage::KEY).as_deref(), Some(bad), "the unreadable value was not overwritten");

    button("Start a fresh workspace").click();
    settle().await;
    assert!(snapshot::decode(&local(storage::KEY).unwrap()).is_ok());
    assert_eq!(local(storage::ASIDE_KEY).as_deref(), Some(bad), "the copy aside stays");
}

#[wasm_bindgen_test]
async fn a_newer_workspace_is_reported_not_overwritten() {
    let newer = "{\"format\":\"flowthrough-workspace\",\"schema\":999,\"workspace\":{}}";
    mount_at("/", Some(newer)).await;
    assert!(alerts().iter().any(|t| t.contains("newer flowthrough")));
    assert_eq!(local(storage::KEY).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
async fn the_portal_signs_in_and_sends_a_verification_email() {
    let mut ws = Workspace::new();
    let mut tokens = Counter(0);
    let now = Timestamp(1_795_317_420);
    ws.apply(
        Command::CreateTemplate(TemplateInput {
            name: "Untrusted".into(),
            package: Package::Basic,
            auth: AuthMode::BroadWorks,
            untrusted_emails: true,
            share_link: String::new(),
        }),
        now,
        &mut tokens,
    )
    .unwrap();
    let t = *ws.templates.keys().next().unwrap();
    ws.apply(Command::CreateCustomer { name: "Acme".into(), enterprise_id: "acme".into(), template: t }, now, &mut tokens).unwrap();
    let c = *ws.customers.keys().next().unwrap();
    ws.apply(
        Command::ProvisionSubscribers {
            customer: c,
            subscribers: vec![SubscriberInput {
                broadworks_user_id: "2145550100@sp.example".into(),
                name: "Ann Lee".into(),
                package: None,
                email: None,
                portal_password: "pw".into(),
            }],
        },
        now,
        &mut tokens,
    )
    .unwrap();
    let path = ws.templates[&t].activation_path();
    mount_at(&path, Some(&snapshot::encode(&ws))).await;
    assert_eq!(heading("h1"), "Activate Webex");

    type_into("BroadWorks user ID", "2145550100@sp.example");
    type_into("Password", "wrong");
    button("Sign in").click();
    settle().await;
    assert!(alerts().iter().any(|a| a.contains("not correct")));

    type_into("Password", "pw");
    button("Sign in").click();
    settle().await;
    assert_eq!(heading("h1"), "Enter your email address");
    type_into("Email address", "ann@acme.example");
    button("Continue").click();
    settle().await;
    assert_eq!(heading("h1"), "Check your inbox");
    let stored = snapshot::decode(&local(storage::KEY).unwrap()).unwrap();
    let mail = stored.outbox.last().unwrap();
    assert_eq!(mail.to, "ann@acme.example");
    let token = mail.link.as_ref().unwrap().trim_start_matches("/link/");
    assert_eq!(token.len(), 32, "128-bit token from the browser's CSPRNG");
    assert!(token != format!("{:032x}", 4), "not from the test's counter");
}
