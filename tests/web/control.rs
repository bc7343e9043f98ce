//! Control Hub in the browser: user actions and the email settings.

use crate::support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

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
    assert_eq!(saved.control().users().values().filter(|u| u.state == flowthrough_core::UserState::Active).count(), 1);
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
    assert!(!saved.control().orgs()[&org].automatic_activation_emails);

    // Both users have not activated; send one an activation email by hand.
    button("Send activation email").click(); // the first row's button (ann)
    settle().await;
    let saved = stored();
    let last = saved.mail().outbox().last().unwrap();
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

#[wasm_bindgen_test]
async fn every_user_is_listed_a_page_at_a_time() {
    let (mut ws, org) = control_workspace(true);
    let users = (0..258).map(|i| flowthrough_core::UserInput { email: format!("user{i:03}@acme.example"), name: String::new() }).collect();
    ws.apply(flowthrough_core::Command::AddUsers { org, users, from_csv: true }, flowthrough_core::Timestamp(1_795_317_500), &mut Counter(9_000)).unwrap();
    mount_with(&format!("/control/orgs/{}/users", org.0), &ws).await;
    assert_eq!(body_rows().len(), 50);
    assert!(text(&all("nav.pager").remove(0)).contains("Showing 1–50 of 260"));
    for _ in 0..5 {
        button("Next page").click();
        settle().await;
    }
    assert!(text(&all("nav.pager").remove(0)).contains("Showing 251–260 of 260"), "{}", text(&all("nav.pager").remove(0)));
    assert_eq!(body_rows().len(), 10, "the last page, past the old cap of 200");
    // A search starts again at the first page.
    let search = field("Search users");
    search.set_value("user25");
    search.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    settle().await;
    assert!(text(&all("nav.pager").remove(0)).contains("Showing 1–8 of 8"), "{}", text(&all("nav.pager").remove(0)));
}

fn location() -> String {
    let l = web_sys::window().unwrap().location();
    format!("{}{}", l.pathname().unwrap(), l.search().unwrap())
}


#[wasm_bindgen_test]
async fn the_users_table_keeps_its_view_in_the_address_and_acts_on_a_selection() {
    let (mut ws, org) = control_workspace(true);
    let now = flowthrough_core::Timestamp(1_795_317_420);
    let bo = ws.control().user_by_email(&flowthrough_core::Email::parse("bo@acme.example").unwrap()).unwrap().id;
    ws.apply(flowthrough_core::Command::SignIn { user: bo }, now, &mut Counter(900)).unwrap();
    let path = format!("/control/orgs/{}/users", org.0);
    mount_with(&path, &ws).await;

    // A state filter and a search go into the address; a reload of that address shows the same view.
    button("Not Verified 1").click();
    settle().await;
    until("the address follows the filter", || location().ends_with("?filter=not-verified")).await;
    assert_eq!(body_rows().len(), 1);
    assert!(row_of("ann@acme.example").contains("Not Verified"));
    type_into("Search users", "ann");
    settle().await;
    until("the address follows the search", || location().contains("q=ann")).await;
    let shared = location();
    // Back leaves the filter and the search together (the search replaced the filter's entry).
    web_sys::window().unwrap().history().unwrap().back().unwrap();
    until("Back shows every user again", || body_rows().len() == 2).await;
    assert_eq!(location(), path);
    assert_eq!(field("Search users").value(), "");
    mount_at_keeping(&shared).await;
    assert_eq!(field("Search users").value(), "ann", "the search comes back from the address");
    assert_eq!(all("[aria-pressed=true]").iter().map(text).collect::<Vec<_>>(), vec!["Not Verified 1".to_string()]);
    assert_eq!(body_rows().len(), 1);

    // Sorting by a column: its header says so, and the order follows.
    mount_at_keeping(&path).await;
    assert_eq!(body_rows().len(), 2);
    button("Email▲").click(); // sorted by email ascending by default: a click makes it descending
    settle().await;
    until("the address follows the sort", || location().contains("sort=email") && location().contains("dir=desc")).await;
    let th = all("th[aria-sort=descending]");
    assert_eq!(th.len(), 1);
    assert!(body_rows()[0].contains("bo@acme.example"), "{:?}", body_rows());

    // Rows are reached with the arrow keys, one of them in the tab order.
    let rows: Vec<web_sys::HtmlElement> = all("tbody tr").into_iter().map(|r| r.unchecked_into()).collect();
    assert_eq!(rows.iter().filter(|r| r.get_attribute("tabindex").as_deref() == Some("0")).count(), 1);
    rows[0].focus().unwrap();
    key(&rows[0], "ArrowDown");
    settle().await;
    assert!(active_text().contains("ann@acme.example"), "{}", active_text());

    // A selection offers the core's bulk actions, with how many users each applies to.
    checkbox("Select all on this page").click();
    settle().await;
    assert!(text(&all("[aria-label='Selected users']").remove(0)).contains("2 selected"));
    let deactivate = button("Deactivate (2)");
    let reactivate: web_sys::HtmlButtonElement = button("Reactivate (0)").unchecked_into();
    assert!(reactivate.disabled(), "nobody is Inactive");
    let resend: web_sys::HtmlButtonElement = button("Resend invitation (1)").unchecked_into();
    assert!(resend.title().contains("Not for 1"), "{}", resend.title());
    deactivate.click();
    settle().await;
    let saved = stored();
    assert!(saved.control().users().values().all(|u| u.state == flowthrough_core::UserState::Inactive));
    assert!(button("Reactivate (2)").get_attribute("disabled").is_none());
    button("Clear selection").click();
    settle().await;
    assert!(all("[aria-label='Selected users']").is_empty());
}

#[wasm_bindgen_test]
async fn why_a_user_stays_not_verified_and_its_fix_sends_the_email() {
    let (ws, org) = control_workspace(false); // automatic activation emails off
    mount_with(&format!("/control/orgs/{}/users", org.0), &ws).await;
    actions_button("ann@acme.example").click();
    settle().await;
    menu_item("Why is this user stuck?").click();
    settle().await;
    let says = text(&dialog("Why is ann@acme.example stuck?").expect("the Why dialog"));
    assert!(says.contains("Automatic activation emails are off"), "{says}");
    button("Resend invitation").click();
    settle().await;
    assert!(dialog("Why is ann@acme.example stuck?").is_none(), "the dialog closed");
    let saved = stored();
    let last = saved.mail().outbox().last().unwrap();
    assert_eq!((last.to.as_str(), &last.delivery), ("ann@acme.example", &flowthrough_core::Delivery::Sent));
}

#[wasm_bindgen_test]
async fn what_happens_next_lists_the_clock_s_changes_and_advances_to_one() {
    let (ws, _org) = control_workspace(true);
    mount_with("/timeline", &ws).await;
    let page = text(&all("main").remove(0));
    assert!(page.contains("ann@acme.example: automatic reminder invitation"), "{page}");
    assert!(page.contains("ann@acme.example: the activation link expires"), "{page}");
    let advance = all("button")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").is_some_and(|t| t.starts_with("Advance to here: ") && t.ends_with("ann@acme.example: automatic reminder invitation")))
        .expect("an Advance to here button for the reminder");
    advance.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    let saved = stored();
    assert!(saved.mail().outbox().iter().any(|m| m.to == "ann@acme.example" && m.kind == flowthrough_core::MessageKind::Reminder), "the reminder went out");
    assert!(!text(&all("main").remove(0)).contains("ann@acme.example: automatic reminder invitation"), "and left the timeline");
}

#[wasm_bindgen_test]
async fn the_state_diagram_is_drawn_from_the_core_and_filters_the_table() {
    let (mut ws, org) = control_workspace(true);
    let bo = ws.control().user_by_email(&flowthrough_core::Email::parse("bo@acme.example").unwrap()).unwrap().id;
    ws.apply(flowthrough_core::Command::SignIn { user: bo }, flowthrough_core::Timestamp(1_795_317_420), &mut Counter(77)).unwrap();
    mount_with(&format!("/control/orgs/{}/users", org.0), &ws).await;
    let figure = all("figure.state-diagram").remove(0);
    // One numbered label per arrow of the core's table, and every state with its count.
    assert_eq!(figure.query_selector_all("ol.arrows li").unwrap().length() as usize, flowthrough_core::transitions::USER_ARROWS.len());
    let states: Vec<web_sys::Element> = all("figure.state-diagram [role=link]");
    assert_eq!(states.len(), 5);
    let nv = states.into_iter().find(|s| s.get_attribute("aria-label").is_some_and(|l| l.starts_with("Not Verified: 1."))).expect("Not Verified with its count");
    key(&nv, "Enter");
    settle().await;
    settle().await;
    until("the address follows the filter", || location().ends_with("?filter=not-verified")).await;
    assert_eq!(body_rows().len(), 1);
    assert!(row_of("ann@acme.example").contains("Not Verified"));
}

#[wasm_bindgen_test]
async fn ctrl_z_undoes_the_last_change_and_the_audit_log_says_what() {
    let (ws, org) = control_workspace(true);
    let entries_before = ws.log().last_seq();
    mount_with(&format!("/control/orgs/{}/users", org.0), &ws).await;
    actions_button("ann@acme.example").click();
    settle().await;
    menu_item("Deactivate").click();
    settle().await;
    assert!(row_of("ann@acme.example").contains("Inactive"));
    // Ctrl+Z with the focus outside any text field.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("z");
    init.set_ctrl_key(true);
    init.set_bubbles(true);
    document().body().unwrap().dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
    until("the deactivation is undone", || row_of("ann@acme.example").contains("Not Verified")).await;
    assert_eq!(stored().log().last_seq(), entries_before, "the stored workspace is the one before");
    assert!(text(&all("[role=status]").remove(0)).contains("Undone: Deactivate"), "{}", text(&all("[role=status]").remove(0)));
    // The audit log's Undo names the change it would undo.
    mount_at_keeping("/control/audit").await;
    assert!(all("button").iter().any(|b| text(b) == "Undo: Add users"), "{:?}", all("button").iter().map(text).collect::<Vec<_>>());
}

#[wasm_bindgen_test]
async fn replay_steps_through_the_log_showing_the_workspace_as_it_was() {
    let (ws, _org) = control_workspace(true);
    mount_with("/replay/1", &ws).await;
    until("the history is replayed", || text(&all("main").remove(0)).contains("Entry 1 of 2")).await;
    let page = text(&all("main").remove(0));
    assert!(page.contains("Users: none"), "{page}");
    assert!(page.contains("Acme"), "what the first entry changed: {page}");
    let next = all("a").into_iter().find(|a| text(a) == "Next entry").expect("a Next entry link");
    assert_eq!(next.get_attribute("href").as_deref(), Some("/replay/2"));
    mount_at_keeping("/replay/2").await;
    until("the next step", || text(&all("main").remove(0)).contains("Entry 2 of 2")).await;
    let page = text(&all("main").remove(0));
    assert!(page.contains("Users: Not Verified 2"), "{page}");
    assert!(all("a").iter().all(|a| text(a) != "Next entry"), "the last entry has no next");
    assert_eq!(stored().log().last_seq(), 2, "replaying changes nothing stored");
}

#[wasm_bindgen_test]
async fn stuck_because_selects_every_user_stuck_for_one_reason_to_fix_them_at_once() {
    let (ws, org) = control_workspace(false); // automatic activation emails off: both stuck
    mount_with(&format!("/control/orgs/{}/users", org.0), &ws).await;
    let select: web_sys::HtmlSelectElement = field("Stuck because").unchecked_into();
    select.set_value("no-activation-email");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
    until("the address follows the cause", || location().contains("stuck=no-activation-email")).await;
    assert_eq!(body_rows().len(), 2);
    checkbox("Select all on this page").click();
    settle().await;
    button("Resend invitation (2)").click();
    settle().await;
    let saved = stored();
    let sent: Vec<&str> = saved.mail().outbox().iter().filter(|m| m.delivery == flowthrough_core::Delivery::Sent).map(|m| m.to.as_str()).collect();
    assert!(sent.contains(&"ann@acme.example") && sent.contains(&"bo@acme.example"), "{sent:?}");
    // No longer stuck for that reason: the filtered table is empty.
    assert!(body_rows().iter().all(|r| r.contains("No users here")), "{:?}", body_rows());
}
