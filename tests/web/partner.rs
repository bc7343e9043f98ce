//! Partner Hub in the browser: templates and the User Status view (counts, the actions menu by
//! keyboard, Retry Activation, Change Package Type, Delete User, Copy Error Text, export).

use crate::support::*;
use flowthrough::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

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
    assert_eq!(saved.partner().templates().values().next().unwrap().name, "Gold Untrusted");
}

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
    assert_eq!(active_text(), "Why is this user stuck?");
    key(&document().active_element().unwrap(), "ArrowDown");
    assert_eq!(active_text(), "Retry Activation");
    key(&document().active_element().unwrap(), "ArrowDown");
    assert_eq!(active_text(), "Delete User");
    key(&document().active_element().unwrap(), "End");
    assert_eq!(active_text(), "Copy Error Text");
    key(&document().active_element().unwrap(), "ArrowDown");
    assert_eq!(active_text(), "Why is this user stuck?", "wraps around");
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
    let dee = saved.partner().subscribers().values().find(|s| s.broadworks_user_id == DEE).unwrap();
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
    assert!(saved.control().user_by_email(&flowthrough_core::Email::parse("cy.berg@acme.example").unwrap()).is_none());
}

#[wasm_bindgen_test]
async fn copy_error_text_copies_the_exact_text_or_offers_it_by_hand() {
    let ws = demo_workspace();
    let expected = ws.partner().subscribers().values().find(|s| s.broadworks_user_id == DEE).unwrap().error.as_ref().unwrap().copy_text();
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

#[wasm_bindgen_test]
async fn why_is_this_user_stuck_names_the_cause_and_opens_its_fix() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    actions_button(DEE).click();
    settle().await;
    menu_item("Why is this user stuck?").click();
    settle().await;
    let d = all("[role=dialog]").into_iter().find(|d| text(d).contains("Why is Dee Dahl")).expect("the Why dialog");
    let says = text(&d);
    assert!(says.contains("belongs to a user of another organization"), "{says}");
    assert!(says.contains("Claim that user"), "{says}");
    // Its fix is the menu's Retry Activation, in the same dialog the menu opens.
    button("Retry Activation").click();
    settle().await;
    settle().await;
    assert!(dialog("Retry Activation").is_some(), "the Retry Activation dialog opened");
    // A provisioned user's menu says nothing is stuck, and why.
    let provisioned = "2145550103@voice.example.net";
    key(&document().active_element().unwrap(), "Escape");
    settle().await;
    actions_button(provisioned).click();
    settle().await;
    let item = menu_item("Why is this user stuck?");
    assert_eq!(item.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert!(item.get_attribute("title").unwrap_or_default().contains("provisioned"));
}

#[wasm_bindgen_test]
async fn stuck_because_filters_user_status_by_the_core_s_diagnosis() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    let select: web_sys::HtmlSelectElement = field("Stuck because").unchecked_into();
    select.set_value("failed");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
    // Fay Olsen's address is not valid; Dee Dahl failed twice, so the portal is locked for her.
    let rows = body_rows();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].contains("Fay Olsen"), "{rows:?}");
    until("the address follows the cause", || web_sys::window().unwrap().location().search().unwrap().contains("stuck=failed")).await;
    select.set_value("locked");
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
    let rows = body_rows();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].contains("Dee Dahl"), "{rows:?}");
}

#[wasm_bindgen_test]
async fn every_subscriber_stuck_on_the_template_starts_over_in_one_bulk_delete() {
    use flowthrough_core::{AuthMode, Command, Package, SubscriberInput, SubscriberStatus, TemplateInput, Timestamp, Workspace};
    let mut ws = Workspace::new();
    let (now, mut tokens) = (Timestamp(1_795_317_420), Counter(0));
    let input = |untrusted| TemplateInput { name: "Globex".into(), package: Package::Basic, auth: AuthMode::BroadWorks, untrusted_emails: untrusted, share_link: String::new() };
    ws.apply(Command::CreateTemplate(input(false)), now, &mut tokens).unwrap();
    let t = *ws.partner().templates().keys().next().unwrap();
    ws.apply(Command::CreateCustomer { name: "Globex".into(), enterprise_id: "globex".into(), template: t }, now, &mut tokens).unwrap();
    let c = *ws.partner().customers().keys().next().unwrap();
    let sub = |b: &str| SubscriberInput { broadworks_user_id: b.into(), name: b.into(), package: None, email: None, portal_password: "pw".into() };
    ws.apply(Command::ProvisionSubscribers { customer: c, subscribers: vec![sub("100@sp"), sub("200@sp")] }, now, &mut tokens).unwrap();
    // The configuration is fixed; the two stay stuck until they start over.
    ws.apply(Command::UpdateTemplate { template: t, input: input(true) }, now, &mut tokens).unwrap();
    mount_with(&format!("/partner/templates/{}/users?stuck=template-not-configured", t.0), &ws).await;
    assert_eq!(body_rows().len(), 2, "{:?}", body_rows());
    checkbox("Select all on this page").click();
    settle().await;
    button("Delete User (2)").click();
    settle().await;
    assert!(dialog("Delete User").is_some(), "a confirmation first");
    button("Delete 2 users").click();
    settle().await;
    let saved = stored();
    assert!(saved.partner().subscribers().values().all(|s| s.status == SubscriberStatus::PendingEmailInput), "both can try again in the portal");
    assert!(body_rows().iter().all(|r| r.contains("No users match")), "{:?}", body_rows());
}

#[wasm_bindgen_test]
async fn a_customer_s_page_lists_all_its_subscribers_a_page_at_a_time_and_searches_them() {
    use flowthrough_core::{AuthMode, Command, Package, SubscriberInput, TemplateInput, Timestamp, Workspace};
    let mut ws = Workspace::new();
    let (now, mut tokens) = (Timestamp(1_795_317_420), Counter(0));
    let input = TemplateInput { name: "Acme".into(), package: Package::Basic, auth: AuthMode::BroadWorks, untrusted_emails: false, share_link: String::new() };
    ws.apply(Command::CreateTemplate(input), now, &mut tokens).unwrap();
    let t = *ws.partner().templates().keys().next().unwrap();
    ws.apply(Command::CreateCustomer { name: "Acme".into(), enterprise_id: "acme".into(), template: t }, now, &mut tokens).unwrap();
    let c = *ws.partner().customers().keys().next().unwrap();
    let subs = (0..250).map(|i| SubscriberInput { broadworks_user_id: format!("{i:03}@sp"), name: format!("User {i}"), package: None, email: Some(format!("u{i}@acme.example")), portal_password: "pw".into() }).collect();
    ws.apply(Command::ProvisionSubscribers { customer: c, subscribers: subs }, now, &mut tokens).unwrap();
    mount_with(&format!("/partner/customers/{}", c.0), &ws).await;
    // The page used to stop at 200 and say nothing: now a page of 50, and all 250 counted.
    assert_eq!(body_rows().len(), 50, "{:?}", body_rows());
    let page_text = text(&document().body().unwrap());
    assert!(page_text.contains("Showing 1–50 of 250"), "{page_text}");
    // The last page holds the last ones.
    button("Next page").click();
    settle().await;
    assert!(body_rows()[0].contains("050@sp"), "{:?}", body_rows());
    // Search narrows it, and the view is in the address.
    type_into("Search", "User 24");
    settle().await;
    assert_eq!(body_rows().len(), 11, "User 24 and User 240–249: {:?}", body_rows());
    until("the address follows the search", || web_sys::window().unwrap().location().search().unwrap().contains("q=User")).await;
}
