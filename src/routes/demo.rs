//! `/demo/:n`: a generated workspace of `n` subscribers, opened in memory (never saved), on its
//! User Status view: the Workspace page's "(in memory)" links, to look around at scale without
//! touching the stored workspace.

use crate::routes::partner::user_status::UserStatus;
use crate::store::Store;
use flowthrough_core::{demo, TemplateId, Workspace};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The most subscribers a demo generates.
pub const MAX: usize = 200_000;

/// The generated workspace for the `n` in the route, and how long generating it took (ms).
pub fn generate() -> (Workspace, f64) {
    let n: usize = use_params_map().read_untracked().get("n").and_then(|v| v.parse().ok()).unwrap_or(1_000).min(MAX);
    let started = js_sys::Date::now();
    let ws = demo::large(n, 42, Store::get().now());
    (ws, js_sys::Date::now() - started)
}

/// Shows `ws` (in memory) on the User Status view of its first template.
pub fn show(ws: Workspace) -> (Store, Option<TemplateId>, impl IntoView) {
    let template = ws.partner().templates().keys().next().copied();
    let store = Store::in_memory(ws);
    provide_context(store);
    (store, template, view! { <UserStatus template=template.unwrap_or(TemplateId(0))/> })
}

/// The in-memory demo page.
#[component]
pub fn Demo() -> impl IntoView {
    let (ws, _) = generate();
    show(ws).2
}
