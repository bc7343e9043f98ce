//! `/bench/:n`: the benchmark page. Generates a workspace of `n` subscribers in memory (never
//! saved), shows its User Status view, and exposes hooks the harness in `bench/` reads:
//! `window.__benchReady` (generation time in ms) and `window.__benchRows()` (the rows as JSON,
//! for the plain-JavaScript table the harness compares against).

use crate::routes::partner::user_status::UserStatus;
use crate::store::Store;
use flowthrough_core::{demo, query};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::prelude::*;

/// The benchmark page.
#[component]
pub fn Bench() -> impl IntoView {
    let n: usize = use_params_map().read_untracked().get("n").and_then(|v| v.parse().ok()).unwrap_or(1_000).min(200_000);
    let app_store = Store::get();
    let started = js_sys::Date::now();
    let ws = demo::large(n, 42, app_store.now());
    let generated_ms = js_sys::Date::now() - started;
    let template = ws.templates.keys().next().copied();
    let store = Store::in_memory(ws);
    provide_context(store);
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &"__benchReady".into(), &generated_ms.into());
        let rows = Closure::<dyn Fn() -> String>::new(move || {
            store.ws.with_untracked(|w| {
                let list = query::user_status(w, &query::StatusQuery { template, ..Default::default() });
                let rows: Vec<[String; 9]> = list.iter().map(|s| query::status_row(w, s)).collect();
                serde_json::to_string(&rows).unwrap_or_default()
            })
        });
        let _ = js_sys::Reflect::set(&w, &"__benchRows".into(), rows.as_ref());
        rows.forget();
        // For the harness's cold-load and persist figures: replaces this browser's stored
        // workspace with the generated one (in IndexedDB when it is too big for localStorage).
        // Resolves to `{ chars, indexeddb, ms }`: the stored form's size in bytes, where
        // it went, and how long writing it took; rejects with an error text.
        let save = Closure::<dyn Fn() -> js_sys::Promise>::new(move || {
            let saver = Store::with_storage(store.ws.get_untracked());
            wasm_bindgen_futures::future_to_promise(async move {
                let t0 = js_sys::Date::now();
                saver.save_now().await.map_err(|e| JsValue::from_str(&e))?;
                let out = js_sys::Object::new();
                let chars = saver.ws.with_untracked(|w| crate::storage::parts(w, 0, true).len());
                let _ = js_sys::Reflect::set(&out, &"ms".into(), &(js_sys::Date::now() - t0).into());
                let _ = js_sys::Reflect::set(&out, &"chars".into(), &(chars as f64).into());
                let _ = js_sys::Reflect::set(&out, &"indexeddb".into(), &crate::storage::base_in_indexeddb().into());
                Ok(out.into())
            })
        });
        let _ = js_sys::Reflect::set(&w, &"__benchReplaceStoredWorkspace".into(), save.as_ref());
        save.forget();
    }
    view! { <UserStatus template=template.unwrap_or(flowthrough_core::TemplateId(0))/> }
}
