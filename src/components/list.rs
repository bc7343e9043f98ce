//! What a list shows (its search, filters, sort and page) kept in the URL query, so that the
//! back button, a reload and a shared link restore the same view; and paging over the rows.
//!
//! Filter, sort and page changes add a history entry; search keystrokes replace the current one
//! (so Back leaves the search instead of undoing it a letter at a time).

use leptos::prelude::*;
use crate::i18n::{t, t_with};
use leptos_router::hooks::use_query_map;

/// Rows per page.
pub const PAGE_SIZE: usize = 50;

/// A list view's state, mirrored in the URL query. The page renders from the signal (a
/// keystroke updates the rows at once); the address follows through the History API, and the
/// state follows the address back on Back, Forward and links.
#[derive(Clone, Copy)]
pub struct ListState {
    values: RwSignal<Vec<(String, String)>>,
}

/// The keys lists use, in the order they are written.
const KEYS: [&str; 7] = ["q", "filter", "stuck", "sort", "dir", "exclude", "page"];

/// The current address's query as pairs.
fn read_query() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        js_sys::decode_uri_component(&s).ok().and_then(|v| v.as_string()).unwrap_or(s)
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

impl ListState {
    /// The state of the current page's list (call while building the page).
    pub fn new() -> ListState {
        let values = RwSignal::new(read_query());
        let follow = move || {
            let now = read_query();
            if values.with_untracked(|v| *v != now) {
                values.set(now);
            }
        };
        // Back and Forward (also over entries this list pushed itself).
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            address::drop_waiting();
            follow();
        });
        on_cleanup(move || handle.remove());
        // A link the router follows to another query of the same page.
        let routed = use_query_map();
        Effect::new(move |before: Option<()>| {
            routed.track();
            // The router went to another address: it replaces what this list had waiting.
            if before.is_some() {
                address::drop_waiting();
            }
            follow();
        });
        ListState { values }
    }

    fn value(v: &[(String, String)], key: &str) -> String {
        v.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// A value ("" when absent); tracked.
    pub fn get(&self, key: &str) -> String {
        self.values.with(|v| Self::value(v, key))
    }

    /// A value ("" when absent); not tracked.
    pub fn get_untracked(&self, key: &str) -> String {
        self.values.with_untracked(|v| Self::value(v, key))
    }

    /// A yes/no value (present as "1").
    pub fn flag(&self, key: &str) -> bool {
        self.get(key) == "1"
    }

    /// Sets values ("" removes one). Every change but the page's goes back to the first page.
    /// `push` adds a history entry; otherwise the current one is replaced.
    pub fn set(&self, changes: &[(&str, String)], push: bool) {
        let current = self.values.get_untracked();
        let mut keys: Vec<String> = KEYS.iter().map(|k| k.to_string()).collect();
        for k in current.iter().map(|(k, _)| k.as_str()).chain(changes.iter().map(|(k, _)| *k)) {
            if !keys.iter().any(|x| x == k) {
                keys.push(k.to_string());
            }
        }
        let mut pairs: Vec<(String, String)> = Vec::new();
        for key in &keys {
            let value = match changes.iter().find(|(k, _)| *k == key) {
                Some((_, v)) => v.clone(),
                None if key == "page" => String::new(),
                None => Self::value(&current, key),
            };
            if !value.is_empty() {
                pairs.push((key.clone(), value));
            }
        }
        if pairs == current {
            return;
        }
        let search: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", js_sys::encode_uri_component(k), js_sys::encode_uri_component(v)))
            .collect();
        crate::browser::span("list state", || self.values.set(pairs));
        // The address follows once the browser is idle after the rows are drawn: writing the
        // browser's history takes a millisecond or two (and asks for the page's icon again) that
        // neither the interaction's frame nor the next keystroke need wait for.
        let Some(path) = web_sys::window().and_then(|w| w.location().pathname().ok()) else { return };
        let url = if search.is_empty() { path.clone() } else { format!("{path}?{}", search.join("&")) };
        address::follow(path, url, push);
    }
}

/// The list's address writes waiting for the browser to be idle, in order. A replace after a
/// replace keeps only the last (typing a search writes the address once it pauses); Back and
/// Forward drop what waits (the view follows the address then).
mod address {
    use std::cell::RefCell;

    struct Write {
        path: String,
        url: String,
        push: bool,
    }

    thread_local! {
        static WAITING: RefCell<Vec<Write>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn follow(path: String, url: String, push: bool) {
        let first = WAITING.with_borrow_mut(|w| {
            match w.last_mut() {
                Some(last) if !push && last.path == path => {
                    // Replacing what waits: the entry it pushes, or the current one, shows this.
                    last.url = url;
                }
                _ => w.push(Write { path, url, push }),
            }
            w.len() == 1
        });
        if first {
            crate::browser::idle_within(100, 0, write);
        }
    }

    /// Forgets what waits (the address changed by Back or Forward).
    pub(super) fn drop_waiting() {
        WAITING.with_borrow_mut(Vec::clear);
    }

    fn write() {
        let waiting = WAITING.with_borrow_mut(std::mem::take);
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        for w in waiting {
            // Gone to another page meanwhile: this list's view is no longer the address's.
            if window.location().pathname().ok().as_deref() != Some(w.path.as_str()) {
                return;
            }
            let _ = if w.push {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&w.url))
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&w.url))
            };
        }
    }
}

/// A list's current page, for `len` rows that change over time; the page is the URL's `page`
/// (from 1), kept in range as rows come and go.
#[derive(Clone, Copy)]
pub struct Paging {
    state: ListState,
    len: Signal<usize>,
}

impl Paging {
    /// Paging over a list of `len` rows.
    pub fn new(state: ListState, len: Signal<usize>) -> Paging {
        Paging { state, len }
    }

    /// How many pages there are (at least one).
    pub fn pages(&self) -> usize {
        self.len.get().div_ceil(PAGE_SIZE).max(1)
    }

    /// The current page, from 0.
    pub fn page(&self) -> usize {
        self.state.get("page").parse::<usize>().unwrap_or(1).clamp(1, self.pages()) - 1
    }

    /// Goes to a page (from 0).
    pub fn go(&self, page: usize) {
        let page = page.min(self.pages() - 1);
        self.state.set(&[("page", if page == 0 { String::new() } else { (page + 1).to_string() })], true);
    }

    /// The rows of the current page out of all `rows`.
    pub fn slice<T: Copy>(&self, rows: &[T]) -> Vec<T> {
        rows.iter().skip(self.page() * PAGE_SIZE).take(PAGE_SIZE).copied().collect()
    }
}

/// "Showing 1–50 of 1000", and the buttons to the previous and next page.
#[component]
pub fn Pager(
    /// The list's paging.
    paging: Paging,
) -> impl IntoView {
    view! {
        <nav class="pager" aria-label=move || t("pages")>
            <span>{move || {
                let n = paging.len.get();
                let start = (paging.page() * PAGE_SIZE + 1).min(n);
                let end = ((paging.page() + 1) * PAGE_SIZE).min(n);
                t_with("showing", &[("start", start.into()), ("end", end.into()), ("total", n.into())])
            }}</span>
            <button type="button" class="btn btn-secondary btn-small" disabled=move || paging.page() == 0 on:click=move |_| paging.go(paging.page().saturating_sub(1))>{move || t("previous-page")}</button>
            <span>{move || t_with("page-of", &[("page", (paging.page() + 1).into()), ("pages", paging.pages().into())])}</span>
            <button type="button" class="btn btn-secondary btn-small" disabled=move || { paging.page() + 1 >= paging.pages() } on:click=move |_| paging.go(paging.page() + 1)>{move || t("next-page")}</button>
        </nav>
    }
}

/// A list's search box: its words are the address's `q` (`label` and `placeholder` are
/// message ids).
#[component]
pub fn ListSearch(state: ListState, label: &'static str, placeholder: &'static str) -> impl IntoView {
    view! {
        <label class="search inline">{move || t(label)}
            <input type="search" placeholder=move || t(placeholder) prop:value=move || state.get("q")
                on:input=move |e| state.set(&[("q", event_target_value(&e))], false)/>
        </label>
    }
}
