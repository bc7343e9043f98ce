//! What a list shows (its search, filters, sort and page) kept in the URL query, so that the
//! back button, a reload and a shared link restore the same view; and paging over the rows.
//!
//! Filter, sort and page changes add a history entry; search keystrokes replace the current one
//! (so Back leaves the search instead of undoing it a letter at a time).

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

/// Rows per page.
pub const PAGE_SIZE: usize = 50;

/// A list view's state in the URL query.
#[derive(Clone, Copy)]
pub struct ListState {
    query: Memo<ParamsMap>,
    navigate: Callback<(String, bool)>,
}

/// The keys lists use, in the order they are written.
const KEYS: [&str; 6] = ["q", "filter", "sort", "dir", "exclude", "page"];

impl ListState {
    /// The state of the current page's list (call while building the page).
    pub fn new() -> ListState {
        let navigate = use_navigate();
        let navigate = Callback::new(move |(url, replace): (String, bool)| {
            navigate(&url, NavigateOptions { replace, scroll: false, ..Default::default() })
        });
        ListState { query: use_query_map(), navigate }
    }

    /// A value ("" when absent); tracked.
    pub fn get(&self, key: &str) -> String {
        self.query.with(|q| q.get_str(key).unwrap_or_default().to_string())
    }

    /// A value ("" when absent); not tracked.
    pub fn get_untracked(&self, key: &str) -> String {
        self.query.with_untracked(|q| q.get_str(key).unwrap_or_default().to_string())
    }

    /// A yes/no value (present as "1").
    pub fn flag(&self, key: &str) -> bool {
        self.query.with(|q| q.get_str(key) == Some("1"))
    }

    /// Sets values ("" removes one). Every change but the page's goes back to the first page.
    /// `push` adds a history entry; otherwise the current one is replaced.
    pub fn set(&self, changes: &[(&str, String)], push: bool) {
        let current = self.query.get_untracked();
        let mut keys: Vec<String> = KEYS.iter().map(|k| k.to_string()).collect();
        keys.extend(current.latest_values().map(|(k, _)| k.to_string()).filter(|k| !KEYS.contains(&k.as_str())));
        let mut pairs: Vec<(String, String)> = Vec::new();
        for key in keys.iter().map(String::as_str) {
            let value = match changes.iter().find(|(k, _)| *k == key) {
                Some((_, v)) => v.clone(),
                None if key == "page" => String::new(),
                None => current.get_str(key).unwrap_or_default().to_string(),
            };
            if !value.is_empty() {
                pairs.push((key.to_string(), value));
            }
        }
        let search: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", js_sys::encode_uri_component(k), js_sys::encode_uri_component(v)))
            .collect();
        let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        let url = if search.is_empty() { path } else { format!("{path}?{}", search.join("&")) };
        self.navigate.run((url, !push));
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
        <nav class="pager" aria-label="Pages">
            <span>{move || {
                let n = paging.len.get();
                let start = (paging.page() * PAGE_SIZE + 1).min(n);
                let end = ((paging.page() + 1) * PAGE_SIZE).min(n);
                format!("Showing {start}–{end} of {n}")
            }}</span>
            <button type="button" class="btn btn-secondary btn-small" disabled=move || paging.page() == 0 on:click=move |_| paging.go(paging.page().saturating_sub(1))>"Previous page"</button>
            <span>{move || format!("Page {} of {}", paging.page() + 1, paging.pages())}</span>
            <button type="button" class="btn btn-secondary btn-small" disabled=move || { paging.page() + 1 >= paging.pages() } on:click=move |_| paging.go(paging.page() + 1)>"Next page"</button>
        </nav>
    }
}
