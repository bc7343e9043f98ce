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
