//! flowthrough: the browser app. Components render the core's state and dispatch commands;
//! `store` owns the state signal, `storage` owns browser storage.

pub mod browser;
pub mod components;
pub mod end_user;
pub mod lazy;
pub mod i18n;
pub mod routes;
pub mod lesson;
pub mod share;
pub mod storage;
pub mod theme;
pub mod store;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use routes::*;

/// A route's page, from its chunk, with the pages likely next fetched when the browser is idle.
fn page(p: lazy::LazyPage) -> impl IntoView {
    view! { <lazy::Lazy page=p next=routes::next(&p)/> }
}

/// The benchmark page, in a build with the `bench` feature (scripts/bench.sh).
#[cfg(feature = "bench")]
fn bench_page() -> impl IntoView {
    routes::bench::Bench()
}

/// Without the `bench` feature (the release the README serves) there is no benchmark page.
#[cfg(not(feature = "bench"))]
fn bench_page() -> impl IntoView {
    not_found::NotFound()
}

/// The whole app: loads the workspace, then routes.
#[component]
pub fn App() -> impl IntoView {
    let store = store::Store::load();
    provide_context(store);
    // Sharing and lessons sit on top of the store (store::Layer): it calls their hooks, they
    // call its methods.
    let sharing = share::Sharing::new();
    let practice = lesson::Practice::new(sharing);
    provide_context(sharing);
    provide_context(practice);
    store.add_layer(std::rc::Rc::new(sharing));
    store.add_layer(std::rc::Rc::new(practice));
    if storage::practice_record().is_some() {
        practice.restore(store); // its copy is the workspace (the store waits for it)
    } else {
        sharing.restore(store);
    }
    // The benchmark build lets the harness read the wasm memory's size (the model's heap).
    #[cfg(feature = "bench")]
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &"__benchWasmMemory".into(), &wasm_bindgen::memory());
    }
    let i18n = i18n::I18n::provide();
    // Time-based rules (delayed claims, reminders, deletion of long-inactive users) run on
    // load and then every minute.
    store.tick();
    let ticker = set_interval_with_handle(move || { store.tick(); }, std::time::Duration::from_secs(60));
    // Ctrl+Z / Cmd+Z undoes the last change, unless the focus is where text is typed.
    // Only the newest app on the page answers (the browser tests mount one after another).
    static NEWEST: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let me = NEWEST.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
    let undo_keys = window_event_listener(leptos::ev::keydown, move |e: web_sys::KeyboardEvent| {
        if NEWEST.load(std::sync::atomic::Ordering::Relaxed) != me {
            return;
        }
        if !(e.ctrl_key() || e.meta_key()) || e.shift_key() || e.alt_key() || !e.key().eq_ignore_ascii_case("z") {
            return;
        }
        let typing = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|a| matches!(a.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || a.has_attribute("contenteditable"));
        if !typing {
            e.prevent_default();
            store.undo();
        }
    });
    // Another tab saved: show its workspace here too.
    let other_tabs = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().is_some_and(|k| k == storage::REVISION_KEY) && store.catch_up() == store::CatchUp::Updated {
            store.notify(i18n::t("updated-from-other-tab"));
        }
    });
    // An app that is unmounted stops listening.
    on_cleanup(move || {
        undo_keys.remove();
        other_tabs.remove();
        if let Ok(t) = ticker {
            t.clear();
        }
    });
    view! {
        <Router>
            // A workspace kept in IndexedDB opens asynchronously: pages wait for it rather than
            // showing an empty workspace for a moment.
            <Show when=move || store.busy.get() != Some(store::Busy::Opening) && i18n.ready() fallback=move || view! {
                <components::Console area=components::Area::Home>
                    // While the chosen language's messages arrive (a moment), nothing more.
                    {move || (store.busy.get() == Some(store::Busy::Opening)).then(|| {
                        // A lesson's copy opens in a moment; a large workspace in a few seconds.
                        let words = if practice.on.get() { i18n::t("lesson-reading") } else { i18n::t("opening-large") };
                        view! { <p class="hint">{words}</p> }
                    })}
                </components::Console>
            }>
            <Routes fallback=not_found::NotFound>
                <Route path=path!("/") view=|| page(HOME)/>
                <Route path=path!("/partner") view=|| page(CUSTOMERS)/>
                <Route path=path!("/partner/templates") view=|| page(TEMPLATES)/>
                <Route path=path!("/partner/templates/:id") view=|| page(TEMPLATE)/>
                <Route path=path!("/partner/templates/:id/users") view=|| page(USER_STATUS)/>
                <Route path=path!("/partner/customers/:id") view=|| page(CUSTOMER)/>
                <Route path=path!("/control") view=|| page(ORGS)/>
                <Route path=path!("/control/audit") view=|| page(AUDIT)/>
                <Route path=path!("/control/orgs/:org/users") view=|| page(USERS)/>
                <Route path=path!("/control/orgs/:org/domains") view=|| page(DOMAINS)/>
                <Route path=path!("/control/orgs/:org/claims") view=|| page(CLAIMS)/>
                <Route path=path!("/control/orgs/:org/sync") view=|| page(SYNC)/>
                <Route path=path!("/control/orgs/:org/sites") view=|| page(SITES)/>
                <Route path=path!("/control/orgs/:org/settings") view=|| page(SETTINGS)/>
                <Route path=path!("/activate/:pid") view=|| page(PORTAL)/>
                <Route path=path!("/mailbox") view=|| page(MAILBOX)/>
                <Route path=path!("/timeline") view=|| page(TIMELINE)/>
                <Route path=path!("/replay/:seq") view=|| page(REPLAY)/>
                <Route path=path!("/workspace") view=|| page(WORKSPACE)/>
                <Route path=path!("/lessons") view=|| page(LESSONS)/>
                <Route path=path!("/lessons/practice") view=|| page(PRACTICE)/>
                <Route path=path!("/lessons/record") view=|| page(RECORD)/>
                <Route path=path!("/lessons/class") view=|| page(CLASS)/>
                <Route path=path!("/lessons/class/board") view=|| page(BOARD)/>
                <Route path=path!("/lessons/class/follow/:user") view=|| page(FOLLOW)/>
                <Route path=path!("/demo/:n") view=|| page(DEMO)/>
                <Route path=path!("/bench/:n") view=bench_page/>
                <Route path=path!("/link/:token") view=|| page(LINK)/>
            </Routes>
            </Show>
        </Router>
    }
}
