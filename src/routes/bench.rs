//! `/bench/:n`, built only with the `bench` feature (`scripts/bench.sh`; the release the README
//! serves has none of it): the in-memory demo of `/demo/:n`, plus hooks the harness in `bench/`
//! reads:
//! `window.__benchReady` (generation time in ms) and `window.__benchRows()` (the rows as JSON,
//! for the plain-JavaScript table the harness compares against).

use crate::routes::demo;
use crate::store::Store;
use flowthrough_core::query;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The benchmark page.
#[component]
pub fn Bench() -> impl IntoView {
    let (ws, generated_ms) = demo::generate();
    let (store, template, page) = demo::show(ws);
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
        // The users Control Hub lists for the first organization ("Acme Corp"), as its table shows
        // them (name, email, state, why), for the plain table of users.
        let users = Closure::<dyn Fn() -> String>::new(move || {
            store.ws.with_untracked(|w| {
                let org = w.control().orgs().values().find(|o| o.name == "Acme Corp").map(|o| o.id);
                let list = query::users(w, &query::UserQuery { org, ..Default::default() });
                let rows: Vec<[String; 4]> = list
                    .iter()
                    .map(|u| [u.name.to_string(), u.email.to_string(), crate::i18n::state(u.state), crate::i18n::code("reason", u.reason)])
                    .collect();
                serde_json::to_string(&rows).unwrap_or_default()
            })
        });
        let _ = js_sys::Reflect::set(&w, &"__benchUsers".into(), users.as_ref());
        users.forget();
        // The User Status query alone, `n` times (ms in all), for the wasm's own speed against
        // the native criterion figure: `__benchQuery(n, search, sortByName)`.
        let q = Closure::<dyn Fn(u32, String, bool) -> f64>::new(move |n: u32, search: String, by_name: bool| {
            let q = query::StatusQuery { template, search, sort: if by_name { query::StatusColumn::Name } else { query::StatusColumn::BroadWorksId }, ..Default::default() };
            let t0 = crate::browser::now_ms();
            store.ws.with_untracked(|w| (0..n).map(|_| query::user_status_ids(w, &q).len()).sum::<usize>());
            crate::browser::now_ms() - t0
        });
        let _ = js_sys::Reflect::set(&w, &"__benchQuery".into(), q.as_ref());
        q.forget();
        // The stored state's decode alone, `n` times (each decode's ms), for the wasm's own
        // figure against the native one: `__benchDecode(n)`.
        let decode = Closure::<dyn Fn(u32) -> Vec<f64>>::new(move |n: u32| {
            let bytes = store.ws.with_untracked(|w| flowthrough_core::storage::encode_state(w, Default::default()));
            (0..n)
                .map(|_| {
                    let t0 = crate::browser::now_ms();
                    let ok = flowthrough_core::storage::decode_state(&bytes).is_ok();
                    if ok { crate::browser::now_ms() - t0 } else { f64::NAN }
                })
                .collect()
        });
        let _ = js_sys::Reflect::set(&w, &"__benchDecode".into(), decode.as_ref());
        decode.forget();
        // For the harness's cold-load and persist figures: replaces this browser's stored
        // workspace with the generated one (in IndexedDB when it is too big for localStorage).
        // Resolves to `{ chars, indexeddb, ms }`: the stored form's size in bytes, where
        // it went, and how long writing it took; rejects with an error text.
        let save = Closure::<dyn Fn() -> js_sys::Promise>::new(move || {
            let saver = Store::with_storage(store.ws.get_untracked());
            wasm_bindgen_futures::future_to_promise(async move {
                let t0 = js_sys::Date::now();
                saver.save_now().await.map_err(|e| JsValue::from_str(&format!("{e:?}")))?;
                let out = js_sys::Object::new();
                let chars = saver.ws.with_untracked(|w| crate::storage::parts(w, 0, true).bytes());
                let _ = js_sys::Reflect::set(&out, &"ms".into(), &(js_sys::Date::now() - t0).into());
                let _ = js_sys::Reflect::set(&out, &"chars".into(), &(chars as f64).into());
                let _ = js_sys::Reflect::set(&out, &"indexeddb".into(), &crate::storage::base_in_indexeddb().into());
                Ok(out.into())
            })
        });
        let _ = js_sys::Reflect::set(&w, &"__benchReplaceStoredWorkspace".into(), save.as_ref());
        save.forget();
    }
    page
}
