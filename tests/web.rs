//! Browser tests (wasm-bindgen-test in headless Chromium): mount the app at a route, act as a
//! person would (find controls by role and accessible name), and check the DOM and storage.

#![cfg(target_arch = "wasm32")]

use flowthrough::storage;
use flowthrough_core::storage::{self as format, dense, StateMeta};
use flowthrough_core::{Command, Package, TemplateInput, Token, TokenSource, Workspace, AuthMode, SubscriberInput, Timestamp};
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

/// What a reload would read from storage.
fn stored() -> Workspace {
    match storage::load() {
        storage::Loaded::Ok(ws, _) => *ws,
        _ => panic!("no readable workspace is stored"),
    }
}

/// Waits (up to two seconds) until `cond` holds; IndexedDB answers asynchronously.
async fn until(what: &str, cond: impl Fn() -> bool) {
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
async fn settle() {
    for _ in 0..3 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

/// Mounts a fresh app at `path`, with `stored` as the stored state's raw value (None: nothing stored).
async fn mount_at(path: &str, stored: Option<&str>) {
    storage::clear_all();
    if let Some(v) = stored {
        set_local(storage::BASE_KEY, v);
    }
    mount_at_keeping(path).await;
}

/// Stores `ws` as a new workspace (format 3, in localStorage), as a save would.
fn store_workspace(ws: &Workspace, revision: u64) {
    assert_eq!(storage::save(&storage::parts(ws, revision, true)), Ok(storage::Written::Inline));
}

/// Mounts a fresh app at `path` on `ws`, stored as format 3.
async fn mount_with(path: &str, ws: &Workspace) {
    storage::clear_all();
    store_workspace(ws, 1);
    mount_at_keeping(path).await;
}

/// Mounts a fresh app at `path` on what is stored now (a reload).
async fn mount_at_keeping(path: &str) {
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
    assert!(local(storage::BASE_KEY).is_none() && local(storage::REVISION_KEY).is_none(), "a refused command writes nothing");

    type_into("Template name", "Gold Untrusted");
    button("Create template").click();
    settle().await;
    let rows = all("tbody tr");
    assert_eq!(rows.len(), 1);
    assert!(text(&rows[0]).contains("Gold Untrusted"));
    assert!(text(&rows[0]).contains("ready for self-activation"));
    let saved = stored();
    assert_eq!(saved.templates.values().next().unwrap().name, "Gold Untrusted");
}

#[wasm_bindgen_test]
async fn an_unreadable_stored_workspace_is_kept_and_never_overwritten() {
    // A state cut short (as when the browser stopped in the middle of writing it).
    let state = format::encode_state(&small_workspace("Kept"), StateMeta::default());
    let bad = dense::pack_str(&state[..state.len() - 7]);
    let bad = bad.as_str();
    mount_at("/control", Some(bad)).await;
    let a = alerts();
    assert!(a.iter().any(|t| t.contains("could not be read")), "{a:?}");
    assert_eq!(local(storage::ASIDE_KEY).as_deref(), Some(bad));

    type_into("Organization name", "Acme");
    button("Create organization").click();
    settle().await;
    assert!(text(&all("tbody").remove(0)).contains("Acme"), "the app still works in memory");
    assert_eq!(local(storage::BASE_KEY).as_deref(), Some(bad), "the unreadable value was not overwritten");

    button("Start a fresh workspace").click();
    settle().await;
    assert!(matches!(storage::load(), storage::Loaded::Empty | storage::Loaded::Ok(..)), "a fresh workspace is stored");
    assert!(matches!(storage::load(), storage::Loaded::Ok(..)), "the fresh workspace reads back");
    assert_eq!(local(storage::ASIDE_KEY).as_deref(), Some(bad), "the copy aside stays");
}

#[wasm_bindgen_test]
async fn a_newer_workspace_is_reported_not_overwritten() {
    let mut state = format::encode_state(&small_workspace("From the future"), StateMeta::default());
    state[2] = format::FORMAT_VERSION + 1;
    let newer = dense::pack_str(&state);
    mount_at("/", Some(&newer)).await;
    assert!(alerts().iter().any(|t| t.contains("newer flowthrough")), "{:?}", alerts());
    assert_eq!(local(storage::BASE_KEY), Some(newer));
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
    mount_with(&path, &ws).await;
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
    let saved = stored();
    let mail = saved.outbox.last().unwrap();
    assert_eq!(mail.to, "ann@acme.example");
    let token = &mail.link.as_ref().and_then(|l| l.token()).unwrap().0;
    assert_eq!(token.len(), 32, "128-bit token from the browser's CSPRNG");
    assert!(*token != format!("{:032x}", 4), "not from the test's counter");
}

// ---------------------------------------------------------------- User Status view

fn demo_workspace() -> Workspace {
    flowthrough_core::demo::sample(Timestamp(1_795_317_420), &mut Counter(100)).unwrap()
}

fn status_path(ws: &Workspace) -> String {
    format!("/partner/templates/{}/users", ws.templates.keys().next().unwrap().0)
}

fn body_rows() -> Vec<String> {
    all("tbody tr").iter().map(text).collect()
}

fn row_of(bwid: &str) -> String {
    body_rows().into_iter().find(|r| r.contains(bwid)).unwrap_or_else(|| panic!("no row for {bwid}"))
}

fn key(target: &web_sys::EventTarget, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    target.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

fn active_text() -> String {
    document().active_element().map(|e| text(&e)).unwrap_or_default()
}

fn menu_item(name: &str) -> HtmlElement {
    all("[role=menuitem]").into_iter().find(|i| text(i) == name).unwrap_or_else(|| panic!("no menu item {name:?}")).unchecked_into()
}

fn actions_button(bwid: &str) -> HtmlElement {
    all("button[aria-haspopup=menu]")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").as_deref() == Some(&format!("Actions for {bwid}")))
        .unwrap_or_else(|| panic!("no actions button for {bwid}"))
        .unchecked_into()
}

fn dialog(title: &str) -> Option<Element> {
    all("[role=dialog]").into_iter().find(|d| {
        let id = d.get_attribute("aria-labelledby").unwrap_or_default();
        document().get_element_by_id(&id).is_some_and(|h| text(&h) == title)
    })
}

const DEE: &str = "2145550104@voice.example.net";

#[wasm_bindgen_test]
async fn user_status_lists_counts_and_toggles_exclude_provisioned() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    assert_eq!(heading("h1"), "User Status");
    assert_eq!(body_rows().len(), 6);
    assert!(row_of("2145550103").contains("Provisioned"));
    let switch: HtmlInputElement = all("[role=switch]").remove(0).unchecked_into();
    assert_eq!(text(&switch.closest("label").unwrap().unwrap()), "Exclude provisioned users");
    switch.click();
    settle().await;
    assert_eq!(body_rows().len(), 5);
    assert!(!body_rows().iter().any(|r| r.contains("Provisioned")));
    type_into("Search", "dahl");
    settle().await;
    assert_eq!(body_rows().len(), 1);
    assert!(body_rows()[0].contains("Dee Dahl"));
}

#[wasm_bindgen_test]
async fn the_actions_menu_is_keyboard_operable() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    let button = actions_button(DEE);
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    key(&button, "Enter");
    settle().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(active_text(), "Retry Activation");
    key(&document().active_element().unwrap(), "ArrowDown");
    assert_eq!(active_text(), "Delete User");
    key(&document().active_element().unwrap(), "End");
    assert_eq!(active_text(), "Copy Error Text");
    key(&document().active_element().unwrap(), "ArrowDown");
    assert_eq!(active_text(), "Retry Activation", "wraps around");
    key(&document().active_element().unwrap(), "Escape");
    settle().await;
    assert!(all("[role=menu]").is_empty());
    assert_eq!(document().active_element().and_then(|e| e.get_attribute("aria-label")), Some(format!("Actions for {DEE}")));
}

#[wasm_bindgen_test]
async fn retry_activation_validates_as_you_type_and_onboards() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    actions_button(DEE).click();
    settle().await;
    menu_item("Retry Activation").click();
    settle().await;
    assert!(dialog("Retry Activation").is_some());
    type_into("Email address", "dee@acme");
    settle().await;
    assert!(text(&all("#retry-email-error").remove(0)).contains("needs a dot"));
    type_into("Email address", "dee.dahl@acme.example");
    settle().await;
    assert_eq!(text(&all("#retry-email-error").remove(0)), "");
    button("Onboard").click();
    settle().await;
    assert!(dialog("Retry Activation").is_none());
    assert!(row_of(DEE).contains("Provisioned"));
    let saved = stored();
    let dee = saved.subscribers.values().find(|s| s.broadworks_user_id == DEE).unwrap();
    assert_eq!(dee.email.as_ref().unwrap().as_str(), "dee.dahl@acme.example");
}

#[wasm_bindgen_test]
async fn change_package_and_delete_user() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    let cy = "2145550103@voice.example.net";
    actions_button(cy).click();
    settle().await;
    menu_item("Change Package Type").click();
    settle().await;
    let select: web_sys::HtmlSelectElement = all("[role=dialog] select").remove(0).unchecked_into();
    select.set_value("Premium");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    button("Save").click();
    settle().await;
    assert!(row_of(cy).contains("Premium"));
    assert!(row_of(cy).contains("Provisioned"));

    actions_button(cy).click();
    settle().await;
    menu_item("Delete User").click();
    settle().await;
    let d = dialog("Delete User").expect("confirmation");
    assert!(text(&d).contains("The BroadWorks subscriber stays"));
    assert_eq!(active_text(), "Cancel", "the safe choice has focus");
    button("Delete User").click();
    settle().await;
    assert!(row_of(cy).contains("Pending email input"));
    let saved = stored();
    assert!(saved.user_by_email(&flowthrough_core::Email::parse("cy.berg@acme.example").unwrap()).is_none());
}

/// Replaces navigator.clipboard.writeText with a stub that records the text, or refuses.
fn stub_clipboard(accept: bool) {
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

#[wasm_bindgen_test]
async fn copy_error_text_copies_the_exact_text_or_offers_it_by_hand() {
    let ws = demo_workspace();
    let expected = ws.subscribers.values().find(|s| s.broadworks_user_id == DEE).unwrap().error.as_ref().unwrap().copy_text();
    mount_with(&status_path(&ws), &ws).await;

    stub_clipboard(true);
    actions_button(DEE).click();
    settle().await;
    menu_item("Copy Error Text").click();
    settle().await;
    let copied = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__copied".into()).unwrap().as_string();
    assert_eq!(copied.as_deref(), Some(expected.as_str()));
    assert!(all("[role=status]").iter().any(|s| text(s).contains("Error text copied")));

    stub_clipboard(false);
    actions_button(DEE).click();
    settle().await;
    menu_item("Copy Error Text").click();
    settle().await;
    let d = dialog("Copy this text").expect("fallback dialog");
    let area: web_sys::HtmlTextAreaElement = d.query_selector("textarea").unwrap().unwrap().unchecked_into();
    assert_eq!(area.value(), expected);
}

#[wasm_bindgen_test]
async fn export_downloads_the_listed_rows_as_csv() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    // Catch the download link the app clicks, and read its blob.
    let catcher = js_sys::Function::new_with_args(
        "e",
        "const a = e.target; if (a && a.tagName === 'A' && a.download) { e.preventDefault(); window.__download = { name: a.download, href: a.href }; }",
    );
    document().add_event_listener_with_callback_and_bool("click", &catcher, true).unwrap();
    all("[role=switch]").remove(0).unchecked_into::<HtmlElement>().click();
    settle().await;
    button("Export").click();
    settle().await;
    let dl = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__download".into()).unwrap();
    let name = js_sys::Reflect::get(&dl, &"name".into()).unwrap().as_string().unwrap();
    let href = js_sys::Reflect::get(&dl, &"href".into()).unwrap().as_string().unwrap();
    assert!(name.starts_with("user-status-acme-untrusted-standard-") && name.ends_with(".csv"), "{name}");
    let resp: web_sys::Response = wasm_bindgen_futures::JsFuture::from(web_sys::window().unwrap().fetch_with_str(&href)).await.unwrap().unchecked_into();
    let csv = wasm_bindgen_futures::JsFuture::from(resp.text().unwrap()).await.unwrap().as_string().unwrap();
    let rows = flowthrough_core::query::parse_csv(&csv).unwrap();
    assert_eq!(rows[0][0], "BroadWorks ID");
    assert_eq!(rows.len(), 1 + 5, "header plus the five rows the toggle leaves");
    assert!(!csv.contains("Provisioned,"), "exclude provisioned users applies to the export");
    document().remove_event_listener_with_callback_and_bool("click", &catcher, true).unwrap();
}

// ---------------------------------------------------------------- Control Hub

fn control_workspace(auto_emails: bool) -> (Workspace, flowthrough_core::OrgId) {
    let mut ws = Workspace::new();
    let mut t = Counter(500);
    let now = Timestamp(1_795_317_420);
    ws.apply(Command::CreateOrg { name: "Acme".into(), free: false }, now, &mut t).unwrap();
    let org = *ws.orgs.keys().next().unwrap();
    if !auto_emails {
        ws.apply(Command::SetAutomaticActivationEmails { org, enabled: false }, now, &mut t).unwrap();
    }
    let users = ["ann@acme.example", "bo@acme.example"].map(|e| flowthrough_core::UserInput { email: e.into(), name: String::new() }).to_vec();
    ws.apply(Command::AddUsers { org, users, from_csv: false }, now, &mut t).unwrap();
    (ws, org)
}

#[wasm_bindgen_test]
async fn control_hub_user_actions_follow_the_seed() {
    let (ws, org) = control_workspace(true);
    mount_with(&format!("/control/orgs/{}/users", org.0), &ws).await;
    assert!(row_of("ann@acme.example").contains("Not Verified"));
    assert!(row_of("ann@acme.example").contains("Added while the email domain is not verified"));

    actions_button("ann@acme.example").click();
    settle().await;
    assert_eq!(menu_item("Reactivate").get_attribute("aria-disabled").as_deref(), Some("true"));
    menu_item("Deactivate").click();
    settle().await;
    assert!(row_of("ann@acme.example").contains("Inactive"));
    assert!(row_of("ann@acme.example").contains("Deactivated by an administrator."));

    actions_button("ann@acme.example").click();
    settle().await;
    menu_item("Reactivate").click();
    settle().await;
    assert!(row_of("ann@acme.example").contains("Not Verified"), "back to the state it had");

    actions_button("bo@acme.example").click();
    settle().await;
    menu_item("As the user: sign in for the first time").click();
    settle().await;
    assert!(row_of("bo@acme.example").contains("Active"));
    let counts = text(&all("[aria-label='Users by state']").remove(0));
    assert!(counts.contains("Active 1") && counts.contains("Not Verified 1"), "{counts}");
    let saved = stored();
    assert_eq!(saved.users.values().filter(|u| u.state == flowthrough_core::UserState::Active).count(), 1);
}

#[wasm_bindgen_test]
async fn email_settings_toggle_and_manual_activation_emails() {
    let (ws, org) = control_workspace(true);
    mount_with(&format!("/control/orgs/{}/settings", org.0), &ws).await;
    let switch: HtmlInputElement = all("[role=switch]").remove(0).unchecked_into();
    assert!(switch.checked(), "on by default");
    assert!(!text(&all("main").remove(0)).contains("Automatic activation emails are off."));
    switch.click();
    settle().await;
    assert!(text(&all("main").remove(0)).contains("Automatic activation emails are off."));
    let saved = stored();
    assert!(!saved.orgs[&org].automatic_activation_emails);

    // Both users have not activated; send one an activation email by hand.
    button("Send activation email").click(); // the first row's button (ann)
    settle().await;
    let saved = stored();
    let last = saved.outbox.last().unwrap();
    assert_eq!(last.to, "ann@acme.example");
    assert_eq!(last.delivery, flowthrough_core::Delivery::Sent, "manual sends are never suppressed");

    // The composer lists what is missing and stops warning once it is filled in.
    assert!(text(&all("main").remove(0)).contains("Still missing:"));
    for (label, value) in [
        ("Your company's goals and rollout plan", "By March."),
        ("The value and purpose of the Webex App", "One app."),
        ("Internal support links", "https://help.example"),
        ("Links to internal training content", "https://learn.example"),
    ] {
        let area: web_sys::HtmlTextAreaElement = all("label").into_iter().find(|l| text(l).starts_with(label)).unwrap().query_selector("textarea").unwrap().unwrap().unchecked_into();
        area.set_value(value);
        area.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    }
    settle().await;
    assert!(!text(&all("main").remove(0)).contains("Still missing:"));
}

// ---------------------------------------------------------------- storage robustness

fn small_workspace(org_name: &str) -> Workspace {
    let mut ws = Workspace::new();
    ws.apply(Command::CreateOrg { name: org_name.into(), free: false }, Timestamp(1_795_317_420), &mut Counter(900)).unwrap();
    ws
}

fn storage_event() {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(storage::REVISION_KEY));
    web_sys::window().unwrap().dispatch_event(&web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_change_in_another_tab_appears_here_and_is_not_overwritten() {
    mount_at("/control", None).await;
    type_into("Organization name", "Mine");
    button("Create organization").click();
    settle().await;
    let rev: u64 = local(storage::REVISION_KEY).unwrap().parse().unwrap();

    // The other tab saved one change (a journal entry) and the browser tells us.
    let mut theirs = stored();
    theirs.apply(Command::CreateOrg { name: "Theirs".into(), free: true }, Timestamp(1_795_317_500), &mut Counter(950)).unwrap();
    assert!(storage::append(theirs.log.last().unwrap(), rev + 1).is_ok_and(|size| size < 1_000));
    storage_event();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("Theirs")), "{:?}", body_rows());

    // The other tab then wrote a whole new base (and dropped the journal it includes), with no
    // event reaching us: it is read before our next change.
    let mut newer = theirs.clone();
    newer.apply(Command::CreateOrg { name: "Third".into(), free: false }, Timestamp(1_795_317_600), &mut Counter(990)).unwrap();
    assert_eq!(storage::save(&storage::parts(&newer, rev + 2, false)), Ok(storage::Written::Inline));
    type_into("Organization name", "Mine again");
    button("Create organization").click();
    settle().await;
    let names: Vec<String> = stored().orgs.values().map(|o| o.name.clone()).collect();
    assert_eq!(names, ["Mine", "Theirs", "Third", "Mine again"]);
    assert_eq!(local(storage::REVISION_KEY).as_deref(), Some((rev + 3).to_string().as_str()));
}

#[wasm_bindgen_test]
async fn an_action_is_persisted_as_one_journal_entry_not_a_rewrite() {
    let ws = small_workspace("Base");
    mount_with("/control", &ws).await;
    let base = local(storage::BASE_KEY).unwrap();
    type_into("Organization name", "Journaled");
    button("Create organization").click();
    settle().await;
    assert_eq!(local(storage::BASE_KEY).unwrap(), base, "the base is not rewritten for one action");
    let entry = local(&format!("{}2", storage::JOURNAL_PREFIX)).expect("journal entry 2");
    assert!(entry.chars().count() < 60, "{} code units", entry.chars().count());
    let logged = storage::entries_between(1, 2).expect("the entry reads back");
    assert!(matches!(&logged[0].command, Command::CreateOrg { name, .. } if name == "Journaled"));
    // A reload reads the base and applies the entry.
    let back = stored();
    assert_eq!(back.orgs.values().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["Base", "Journaled"]);
    // A damaged journal entry is reported, never applied or overwritten.
    let damaged: String = entry.chars().take(entry.chars().count() - 3).collect();
    set_local(&format!("{}2", storage::JOURNAL_PREFIX), &damaged);
    mount_at_keeping("/control").await;
    assert!(alerts().iter().any(|a| a.contains("could not be read") && a.contains("Saved change 2 is damaged")), "{:?}", alerts());
}

#[wasm_bindgen_test]
fn tokens_are_128_bits_from_the_browsers_cryptographic_source() {
    let tokens: std::collections::HashSet<String> = (0..1_000).map(|_| flowthrough::browser::secure_token().0).collect();
    assert_eq!(tokens.len(), 1_000, "no repeats");
    assert!(tokens.iter().all(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit())));
    // Every hex digit turns up in every position, as uniform random bits make sure of.
    for pos in 0..32 {
        let digits: std::collections::HashSet<u8> = tokens.iter().map(|t| t.as_bytes()[pos]).collect();
        assert_eq!(digits.len(), 16, "position {pos}");
    }
}

#[wasm_bindgen_test]
async fn disabled_storage_is_reported_and_the_app_still_works() {
    storage::clear_all();
    let window = js_sys::global();
    let object = js_sys::Reflect::get(&window, &"Object".into()).unwrap();
    let describe: js_sys::Function = js_sys::Reflect::get(&object, &"getOwnPropertyDescriptor".into()).unwrap().unchecked_into();
    let original = describe.call2(&object, &window, &"localStorage".into()).unwrap();
    let define: js_sys::Function = js_sys::Reflect::get(&object, &"defineProperty".into()).unwrap().unchecked_into();
    let refusing = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new DOMException('The user denied storage', 'SecurityError');");
    js_sys::Reflect::set(&refusing, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&refusing, &"configurable".into(), &true.into()).unwrap();
    define.call3(&object, &window, &"localStorage".into(), &refusing).unwrap();

    mount_at_keeping("/control").await;
    let shown = alerts();
    type_into("Organization name", "In memory only");
    button("Create organization").click();
    settle().await;
    let rows = body_rows();
    define.call3(&object, &window, &"localStorage".into(), &original).unwrap();

    assert!(shown.iter().any(|a| a.contains("does not allow this page to store data")), "{shown:?}");
    assert!(rows.iter().any(|r| r.contains("In memory only")), "{rows:?}");
    assert!(local(storage::BASE_KEY).is_none() && local(storage::REVISION_KEY).is_none(), "nothing was written");
}

#[wasm_bindgen_test]
async fn clearing_site_data_under_an_open_tab_loses_nothing_it_shows() {
    mount_at("/control", None).await;
    type_into("Organization name", "Before clearing");
    button("Create organization").click();
    settle().await;
    storage::clear_all();
    type_into("Organization name", "After clearing");
    button("Create organization").click();
    settle().await;
    let names: Vec<String> = stored().orgs.values().map(|o| o.name.clone()).collect();
    assert_eq!(names, ["Before clearing", "After clearing"]);
}

#[wasm_bindgen_test]
async fn version_1_storage_is_migrated_forward() {
    storage::clear_all();
    set_local(storage::V2_KEY, include_str!("../core/tests/fixtures/workspace-v1.json"));
    set_local(storage::V2_REVISION_KEY, "7");
    mount_at_keeping("/partner").await;
    let rows = body_rows();
    assert!(rows.iter().any(|r| r.contains("Acme Corp")), "{rows:?}");
    assert!(alerts().is_empty(), "{:?}", alerts());
    // The next change continues from version 1's revision as a journal entry.
    mount_at_keeping("/control").await;
    type_into("Organization name", "After migration");
    button("Create organization").click();
    settle().await;
    assert_eq!(local(storage::REVISION_KEY).as_deref(), Some("8"), "{:?}", alerts());
    assert!(local(storage::V2_KEY).is_none() && local(storage::V2_REVISION_KEY).is_none(), "format 2 is removed once format 3 is saved");
    let ws = stored();
    assert!(ws.orgs.values().any(|o| o.name == "After migration"), "{:?} {:?}", alerts(), body_rows());
    assert!(ws.customers.values().any(|c| c.name == "Acme Corp"), "version 1 data survives");
}

/// Makes localStorage refuse any value longer than `limit` code units, as a full quota does;
/// returns what puts it back.
fn refuse_long_values(limit: usize) -> impl FnOnce() {
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

async fn idb_utf8(text: &str) -> wasm_bindgen::JsValue {
    js_sys::Uint8Array::from(text.as_bytes()).into()
}

#[wasm_bindgen_test]
async fn an_unreadable_workspace_in_indexeddb_is_reported_and_never_overwritten() {
    storage::clear_all();
    let bad = b"FT\x03\x01 not a state".to_vec();
    storage::idb_put_raw(vec![("5.state".into(), js_sys::Uint8Array::from(bad.as_slice()).into())]).await.unwrap();
    set_local(storage::BASE_KEY, "indexeddb:5");
    set_local(storage::REVISION_KEY, "5");
    mount_at_keeping("/control").await;
    until("the problem is reported", || alerts().iter().any(|a| a.contains("could not be read") && a.contains("IndexedDB"))).await;
    type_into("Organization name", "Not saved over it");
    button("Create organization").click();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("Not saved over it")), "the app still works in memory");
    assert_eq!(local(storage::BASE_KEY).as_deref(), Some("indexeddb:5"));
    assert_eq!(storage::raw_bulk().await, Some(bad), "the data in IndexedDB is untouched and can be downloaded");
    let _ = button("Download the unreadable data");
}

#[wasm_bindgen_test]
async fn a_workspace_local_storage_refuses_goes_to_indexeddb() {
    mount_at("/workspace", None).await;
    let big = flowthrough_core::demo::large(1_000, 42, Timestamp(1_795_317_420));
    // Import it through the Workspace page's file input, as a person would, while localStorage
    // has room only for small values (as when it is nearly full).
    let input: HtmlInputElement = document().query_selector("#app-under-test input[type=file]").unwrap().unwrap().unchecked_into();
    let bytes = format::export(&big).unwrap();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "big.flowthrough").unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    input.set_files(Some(&transfer.files().unwrap()));
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    until("the import is checked", || all("button").iter().any(|b| text(b).contains("Replace my workspace"))).await;
    let restore = refuse_long_values(20_000);
    button("Replace my workspace").click();
    until("the pointer is stored", storage::base_in_indexeddb).await;
    until("the save has finished", || alerts().is_empty() && all("[role=status]").iter().all(|s| !text(s).contains("Saving"))).await;
    assert!(local(storage::BASE_KEY).unwrap().len() < 40, "localStorage keeps only a pointer");
    // A reload opens it from IndexedDB, then a change is journaled on top of it.
    mount_at_keeping("/control").await;
    until("the workspace is open", || all("h1").iter().any(|h| text(h) == "Organizations")).await;
    until("its organizations are listed", || body_rows().iter().any(|r| r.contains("Acme Corp"))).await;
    type_into("Organization name", "On top");
    button("Create organization").click();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("On top")));
    mount_at_keeping("/control").await;
    until("the change survives a reload", || body_rows().iter().any(|r| r.contains("On top"))).await;
    assert!(storage::base_in_indexeddb());
    // The audit log, read from IndexedDB when its page opens.
    mount_at_keeping("/control/audit").await;
    until("the audit log is read", || body_rows().len() == 300).await;
    type_into("Filter", "Flow-through provisioning");
    until("its oldest entries are there", || body_rows().len() == 1 && body_rows()[0].contains("Flow-through provisioning")).await;
    restore();

    // Starting over writes a small base to localStorage and frees the big one in IndexedDB.
    mount_at_keeping("/workspace").await;
    until("the workspace page is open", || all("button").iter().any(|b| text(b) == "Start a new, empty workspace")).await;
    button("Start a new, empty workspace").click();
    settle().await;
    button("Start over").click();
    settle().await;
    assert!(!storage::base_in_indexeddb());
    let mut freed = false;
    for _ in 0..100 {
        if storage::raw_bulk().await.is_none() {
            freed = true;
            break;
        }
        settle().await;
    }
    assert!(freed, "the old workspace in IndexedDB is cleared");
}

#[wasm_bindgen_test]
async fn opening_reads_the_state_and_the_history_only_when_its_page_opens() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    let back = stored();
    assert_eq!((back.log.len(), back.log.loaded().len()), (ws.log.len(), 0), "the audit log stays in storage");
    assert_eq!((back.outbox.len(), back.outbox.loaded().len()), (ws.outbox.len(), 0), "so do the emails");
    mount_at_keeping("/mailbox").await;
    until("the emails are read", || all("article").len() == ws.outbox.len()).await;
    assert!(all("h2").iter().any(|h| text(h) == "Verify your email address for Webex"));
    mount_at_keeping("/control/audit").await;
    until("the audit log is read", || body_rows().len() == ws.log.len()).await;
}

#[wasm_bindgen_test]
async fn a_reload_between_writing_the_base_and_trimming_the_journal_loses_nothing() {
    mount_with("/control", &small_workspace("Base")).await;
    for name in ["Second", "Third"] {
        type_into("Organization name", name);
        button("Create organization").click();
        settle().await;
    }
    let journal: Vec<(String, String)> = (2..=3).map(|r| format!("{}{r}", storage::JOURNAL_PREFIX)).map(|k| (k.clone(), local(&k).expect("journaled"))).collect();
    // A new base for revision 3 is written, and the browser stops before the journal is trimmed.
    assert_eq!(storage::save(&storage::parts(&stored(), 3, false)), Ok(storage::Written::Inline));
    for (k, v) in &journal {
        set_local(k, v);
    }
    mount_at_keeping("/control").await;
    assert!(alerts().is_empty(), "{:?}", alerts());
    let names: Vec<String> = stored().orgs.values().map(|o| o.name.clone()).collect();
    assert_eq!(names, ["Base", "Second", "Third"]);
    // The next change continues after revision 3.
    type_into("Organization name", "Fourth");
    button("Create organization").click();
    settle().await;
    assert_eq!(local(storage::REVISION_KEY).as_deref(), Some("4"));
    mount_at_keeping("/control/audit").await;
    until("the audit log is whole", || body_rows().len() == 4).await;
}

#[wasm_bindgen_test]
async fn many_compactions_leave_few_segments_and_the_whole_history() {
    storage::clear_all();
    let mut ws = small_workspace("First");
    store_workspace(&ws, 1);
    let mut tokens = Counter(5_000);
    for i in 0..40u64 {
        ws.apply(Command::CreateOrg { name: format!("Org {i}"), free: false }, Timestamp(1_795_317_500 + i as i64), &mut tokens).unwrap();
        assert_eq!(storage::save(&storage::parts(&ws, 2 + i, false)), Ok(storage::Written::Inline));
    }
    let keys: Vec<String> = (0..web_sys::window().unwrap().local_storage().unwrap().unwrap().length().unwrap())
        .filter_map(|i| web_sys::window().unwrap().local_storage().unwrap().unwrap().key(i).unwrap())
        .filter(|k| k.starts_with(storage::AUDIT_PREFIX))
        .collect();
    assert!(keys.len() <= 7, "41 entries in {} segments: {keys:?}", keys.len());
    assert_eq!(storage::read_log(ws.log.len()).await.unwrap(), ws.log.loaded());
    let back = stored();
    assert_eq!(back.orgs, ws.orgs);
}

#[wasm_bindgen_test]
async fn format_2_in_local_storage_is_migrated_without_loss() {
    storage::clear_all();
    let fixture: std::collections::BTreeMap<String, String> = serde_json::from_str(include_str!("fixtures/format2/local.json")).unwrap();
    for (k, v) in &fixture {
        set_local(k, v);
    }
    mount_at_keeping("/partner").await;
    assert!(alerts().is_empty(), "{:?}", alerts());
    assert!(body_rows().iter().any(|r| r.contains("Acme Corp")), "{:?}", body_rows());
    let ws = stored();
    assert!(ws.orgs.values().any(|o| o.name == "Captured after the base"), "the journal entries after the base are kept");
    assert!(ws.subscribers.values().any(|s| s.package == Package::Premium), "the package change too");
    assert_eq!(local(storage::REVISION_KEY).as_deref(), Some("3"), "the revision continues");
    assert!(fixture.keys().all(|k| local(k).is_none()), "format 2 is removed once format 3 is saved");
    // The emails and the audit log came along: every email's text reads as before.
    mount_at_keeping("/mailbox").await;
    until("the emails are read", || all("article").len() == 7).await;
    assert!(all("h2").iter().any(|h| text(h) == "Action needed: 2145550104@voice.example.net could not self-activate"));
    mount_at_keeping("/control/audit").await;
    until("the audit log is read", || body_rows().len() == 22).await;
    assert!(body_rows().iter().any(|r| r.contains("Change Package Type")));
}

#[wasm_bindgen_test]
async fn format_2_in_indexeddb_is_migrated_without_loss() {
    storage::clear_all();
    #[derive(serde::Deserialize)]
    struct Fixture {
        #[serde(rename = "localStorage")]
        local: std::collections::BTreeMap<String, String>,
        #[serde(rename = "indexedDB")]
        idb: std::collections::BTreeMap<String, serde_json::Value>,
    }
    let fixture: Fixture = serde_json::from_str(include_str!("fixtures/format2/indexeddb.json")).unwrap();
    // The piece as the old build stored it, and the same bytes cut in two pieces as it stored
    // anything over 32 MiB.
    let text = fixture.idb["base.0"]["utf8"].as_str().unwrap().to_string();
    let (a, b) = text.split_at(text.len() / 2);
    storage::idb_put_raw(vec![
        ("base".into(), wasm_bindgen::JsValue::from_f64(2.0)),
        ("base.0".into(), idb_utf8(a).await),
        ("base.1".into(), idb_utf8(b).await),
    ])
    .await
    .unwrap();
    for (k, v) in &fixture.local {
        set_local(k, v);
    }
    mount_at_keeping("/control").await;
    until("the migrated workspace is open", || body_rows().iter().any(|r| r.contains("Captured on top of IndexedDB"))).await;
    until("it is saved as format 3", || local(storage::BASE_KEY).is_some()).await;
    assert!(alerts().is_empty(), "{:?}", alerts());
    let ws = stored();
    assert_eq!(ws.subscribers.len(), 1_000);
    assert!(fixture.local.keys().all(|k| local(k).is_none()), "format 2 is removed once format 3 is saved");
    let mut cleared = false;
    for _ in 0..100 {
        if storage::raw_bulk().await.is_none() {
            cleared = true;
            break;
        }
        settle().await;
    }
    assert!(cleared, "format 2's pieces in IndexedDB are removed");
}

#[wasm_bindgen_test]
async fn a_migration_the_browser_cannot_save_keeps_format_2_untouched() {
    storage::clear_all();
    let fixture: std::collections::BTreeMap<String, String> = serde_json::from_str(include_str!("fixtures/format2/local.json")).unwrap();
    for (k, v) in &fixture {
        set_local(k, v);
    }
    // Storage is full: no value over 100 code units fits, and IndexedDB refuses too.
    let restore = refuse_long_values(100);
    let idb = js_sys::Reflect::get(&js_sys::global(), &"IDBObjectStore".into()).unwrap();
    let idb = js_sys::Reflect::get(&idb, &"prototype".into()).unwrap();
    let original_put = js_sys::Reflect::get(&idb, &"put".into()).unwrap();
    let failing = js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError');");
    js_sys::Reflect::set(&idb, &"put".into(), &failing).unwrap();
    mount_at_keeping("/control").await;
    until("the failure is reported", || alerts().iter().any(|a| a.contains("could not save your changes"))).await;
    // A change made while storage is still full stays on screen, not saved.
    type_into("Organization name", "While full");
    button("Create organization").click();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("While full")));
    restore();
    js_sys::Reflect::set(&idb, &"put".into(), &original_put).unwrap();
    assert!(body_rows().iter().any(|r| r.contains("Captured after the base")), "the migrated workspace is on screen");
    for (k, v) in &fixture {
        assert_eq!(local(k).as_ref(), Some(v), "{k} is kept as it was");
    }
    assert!(local(storage::REVISION_KEY).is_none(), "nothing of format 3 is half-written");
    // Once there is room, the next change saves the whole migrated workspace with it.
    type_into("Organization name", "After the full storage");
    button("Create organization").click();
    until("it is saved as format 3", || local(storage::BASE_KEY).is_some()).await;
    assert!(fixture.keys().all(|k| local(k).is_none()), "format 2 is removed once format 3 is saved");
    mount_at_keeping("/control").await;
    assert!(body_rows().iter().any(|r| r.contains("After the full storage")), "{:?}", body_rows());
    assert!(body_rows().iter().any(|r| r.contains("While full")), "the change made while storage was full was saved with the rest");
    assert!(body_rows().iter().any(|r| r.contains("Captured after the base")));
}

#[wasm_bindgen_test]
async fn format_2_that_cannot_be_read_is_kept_untouched() {
    storage::clear_all();
    let bad = "{\"format\":\"flowthrough-workspace\",\"schema\":2,\"revision\":3,\"workspace\":{\"trunc";
    set_local(storage::V2_KEY, bad);
    mount_at_keeping("/control").await;
    assert!(alerts().iter().any(|a| a.contains("could not be read")), "{:?}", alerts());
    type_into("Organization name", "In memory");
    button("Create organization").click();
    settle().await;
    assert_eq!(local(storage::V2_KEY).as_deref(), Some(bad), "the old value is kept as it was");
    assert!(local(storage::BASE_KEY).is_none(), "nothing is written over it");
    let _ = button("Download the unreadable data");
}

#[wasm_bindgen_test]
async fn a_failed_write_keeps_the_last_good_state_and_offers_export() {
    mount_with("/control", &small_workspace("Saved")).await;
    let before = local(storage::BASE_KEY).unwrap();
    // The browser refuses every write from now on, as when the quota is exceeded.
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into()).unwrap();
    let proto = js_sys::Reflect::get(&proto, &"prototype".into()).unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let failing = js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError');");
    js_sys::Reflect::set(&proto, &"setItem".into(), &failing).unwrap();
    // IndexedDB, where a workspace too big for localStorage goes, refuses too.
    let idb = js_sys::Reflect::get(&js_sys::global(), &"IDBObjectStore".into()).unwrap();
    let idb = js_sys::Reflect::get(&idb, &"prototype".into()).unwrap();
    let original_put = js_sys::Reflect::get(&idb, &"put".into()).unwrap();
    js_sys::Reflect::set(&idb, &"put".into(), &failing).unwrap();

    type_into("Organization name", "Unsaved");
    button("Create organization").click();
    until("the failure is reported", || alerts().iter().any(|a| a.contains("could not save your changes"))).await;
    js_sys::Reflect::set(&proto, &"setItem".into(), &original).unwrap();
    js_sys::Reflect::set(&idb, &"put".into(), &original_put).unwrap();

    assert!(body_rows().iter().any(|r| r.contains("Unsaved")), "the work stays on screen");
    assert!(alerts().iter().any(|a| a.contains("could not save your changes")), "{:?}", alerts());
    let _ = button("Export this workspace");
    assert_eq!(local(storage::BASE_KEY).unwrap(), before, "the last good state is untouched");
}
