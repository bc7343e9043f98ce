//! The end user's app: the User Activation Portal and an emailed link, on their own.
//!
//! The release build makes it a wasm module of its own (the `portal` binary, src/bin/portal.rs,
//! built by scripts/split.mjs), beside the console's: an end user who opens the portal or a link
//! from an email downloads this page, the store, the codec and the languages, and none of the
//! console (not the router, the console's frame and pages, sharing or lessons). index.html
//! starts it on those addresses when the workspace is this browser's own; in a shared workspace
//! or a lesson's copy a change must go through those layers, so the console's app shows the
//! same page there, on the same route (ARCHITECTURE.md, "Two apps").

use crate::i18n::{t, I18n};
use crate::store::{Busy, Store};
use crate::{browser, storage, theme};
use leptos::prelude::*;

/// Starts the end user's page the address names (the portal for anything else: its
/// "unknown link" answer).
pub fn start() {
    let page = page().unwrap_or(Alone::Portal(String::new()));
    leave_boot();
    theme::Theme::chosen().apply();
    theme::follow_system();
    leptos::mount::mount_to_body(move || view! { <EndUser page/> });
    browser::title_follows_heading();
}

/// Removes the static frame index.html painted while the wasm loaded (the app paints the same
/// frame in its place).
pub fn leave_boot() {
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
}

/// The end user's frame around a page's content while it loads or when it cannot be shown
/// (the console's lazy pages use it too: `lazy::Frame::Portal`).
pub fn frame(inner: AnyView) -> impl IntoView {
    view! {
        <div class="portal">
            <header class="portal-brand"><span class="brand-mark" aria-hidden="true"></span>"Webex"</header>
            <main id="main" class="portal-card">{inner}</main>
        </div>
    }
}

/// An end user's page, shown without the console.
enum Alone {
    /// `/activate/<provisioning ID>`.
    Portal(String),
    /// `/link/<token>`.
    Link(String),
}

/// The end user's page the address names.
fn page() -> Option<Alone> {
    let path = web_sys::window()?.location().pathname().ok()?;
    let (page, rest): (fn(String) -> Alone, &str) = if let Some(pid) = path.strip_prefix("/activate/") {
        (Alone::Portal, pid)
    } else {
        (Alone::Link, path.strip_prefix("/link/")?)
    };
    let rest = rest.trim_end_matches('/');
    if rest.contains('/') {
        return None;
    }
    js_sys::decode_uri_component(rest).ok().and_then(|p| p.as_string()).map(page)
}

/// An end user's page on its own: the store without the console's layers, the languages, and
/// the page.
#[component]
fn EndUser(page: Alone) -> impl IntoView {
    let store = Store::load();
    provide_context(store);
    let i18n = I18n::provide();
    // The console in another tab saved (an administrator retried, deleted, changed the
    // package): show it here too.
    let other_tabs = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().is_some_and(|k| k == storage::REVISION_KEY) {
            let _ = store.catch_up();
        }
    });
    on_cleanup(move || other_tabs.remove());
    let ready = move || store.busy.get() != Some(Busy::Opening) && i18n.ready();
    view! {
        <Show when=ready fallback=|| frame(view! { <p class="hint" role="status">{move || t("page-loading")}</p> }.into_any())>
            {match &page {
                Alone::Portal(pid) => view! { <crate::routes::activate::portal::Portal pid=pid.clone()/> }.into_any(),
                Alone::Link(token) => view! { <crate::routes::link::OpenLink token=token.clone()/> }.into_any(),
            }}
        </Show>
    }
}
