//! The header's sharing status (the shared workspace itself runs against a NATS server: its
//! journeys are in tests/e2e/share.test.mjs and cluster.test.mjs).

use crate::support::{all, document, settle, text};
use flowthrough::share::{Link, Sharing};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// Mounts the header's status alone, on a sharing state the test drives.
async fn mount_status() -> Sharing {
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.set_id("app-under-test");
    document().body().unwrap().append_child(&root).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let handle = leptos::mount::mount_to(root, move || {
        flowthrough::i18n::I18n::provide();
        let sharing = Sharing::new();
        provide_context(sharing);
        tx.send(sharing).unwrap();
        view! { <leptos_router::components::Router><flowthrough::components::share::SharingStatus/></leptos_router::components::Router> }
    });
    std::mem::forget(handle);
    settle().await;
    rx.recv().unwrap()
}

fn status() -> String {
    all("[role=status]").first().map(text).unwrap_or_default()
}

/// The bug of issue 23's note: the count was read inside the link's children, which a
/// component renders untracked, so it changed on screen only when something else did (the
/// connection, who is here) and could stay at "1 change waiting" after the change went out.
#[wasm_bindgen_test]
async fn the_header_follows_the_waiting_changes_as_they_come_and_go() {
    let sharing = mount_status().await;
    sharing.link.set(Link::Online);
    settle().await;
    assert_eq!(status(), "Shared: online");
    sharing.waiting.set(1);
    settle().await;
    assert_eq!(status(), "Shared: online, 1 change waiting", "a change made shows as waiting");
    sharing.link.set(Link::Offline);
    sharing.waiting.set(2);
    settle().await;
    assert_eq!(status(), "Shared: offline, 2 changes waiting");
    sharing.link.set(Link::Online);
    settle().await;
    sharing.waiting.set(0);
    settle().await;
    assert_eq!(status(), "Shared: online", "once the log has them, nothing waits");
}
