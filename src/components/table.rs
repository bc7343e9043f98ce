//! The one table every list uses (User Status, a customer's subscribers, Control Hub users, the
//! audit log): its search,
//! filter, sort and page live in the URL ([`ListState`]); a page of keyed rows is in the DOM at a
//! time (the rest are a page away, so 100,000 rows cost what 50 do); sortable column headers;
//! an optional selection for bulk actions; and keyboard navigation between rows (Up, Down,
//! Home, End, with one row in the tab order).
//!
//! The table decides nothing about what is shown: the page gives it the rows (ids, already
//! filtered and sorted by the core's query) and how to draw one row's cells.

use super::list::{ListState, Pager, Paging};
use leptos::prelude::*;
use crate::i18n::t;
use std::hash::Hash;
use wasm_bindgen::JsCast;

/// A column header.
#[derive(Clone, Copy)]
pub struct Column {
    /// Its label: a message id (locales/*.ftl), or the words themselves where a page is not
    /// translated yet (a missing id shows as it is).
    pub label: &'static str,
    /// The sort key it sets in the URL, when the list sorts by it.
    pub sort: Option<&'static str>,
    /// True when the label is for screen readers only (an actions column).
    pub hidden: bool,
}

impl Column {
    /// A column that does not sort.
    pub const fn plain(label: &'static str) -> Column {
        Column { label, sort: None, hidden: false }
    }

    /// A column that sorts the list by `key`.
    pub const fn sortable(label: &'static str, key: &'static str) -> Column {
        Column { label, sort: Some(key), hidden: false }
    }

    /// A column whose header is read to screen readers only.
    pub const fn hidden(label: &'static str) -> Column {
        Column { label, sort: None, hidden: true }
    }
}

/// The sort a list shows: the URL's `sort` (or the list's default) and `dir`.
pub fn sort_of(state: ListState, default: &'static str) -> (String, bool) {
    let sort = state.get("sort");
    (if sort.is_empty() { default.to_string() } else { sort }, state.get("dir") == "desc")
}

/// Moves the focus from a row to another (keyboard navigation).
fn focus_row(from: &web_sys::Element, key: &str) -> bool {
    let Some(body) = from.parent_element() else { return false };
    let target = match key {
        "ArrowDown" => from.next_element_sibling(),
        "ArrowUp" => from.previous_element_sibling(),
        "Home" => body.first_element_child(),
        "End" => body.last_element_child(),
        _ => return false,
    };
    match target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(row) if row.get_attribute("tabindex").is_some() => row.focus().is_ok(),
        _ => false,
    }
}

/// A table of `rows`, a page at a time.
#[component]
pub fn DataTable<K, C, V>(
    /// The table's name (its caption, read by screen readers).
    caption: &'static str,
    /// The column headers (the selection column comes first by itself).
    columns: Vec<Column>,
    /// The rows to show, filtered and sorted.
    rows: Memo<Vec<K>>,
    /// The list's state in the URL.
    state: ListState,
    /// The sort key the list uses when the URL names none.
    #[prop(optional)]
    default_sort: &'static str,
    /// One row's cells.
    cells: C,
    /// What to say when there are no rows.
    #[prop(into)]
    empty: Signal<String>,
    /// The selected rows, when the list has bulk actions.
    #[prop(optional)]
    selection: Option<RwSignal<Vec<K>>>,
    /// A row's name for its checkbox ("Select …").
    #[prop(optional, into)]
    row_name: Option<Callback<K, String>>,
    /// An extra class for the table.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView
where
    K: Copy + Eq + Hash + Send + Sync + 'static,
    C: Fn(K) -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let paging = Paging::new(state, Signal::derive(move || rows.with(Vec::len)));
    let page = Memo::new(move |_| rows.with(|r| paging.slice(r)));
    // The row in the tab order: the last one focused, or the first.
    let active = RwSignal::new(None::<K>);
    let span = columns.len() + usize::from(selection.is_some());

    let header = move |c: Column| {
        let Some(key) = c.sort else {
            return if c.hidden {
                view! { <th scope="col"><span class="visually-hidden">{move || t(c.label)}</span></th> }.into_any()
            } else {
                view! { <th scope="col">{move || t(c.label)}</th> }.into_any()
            };
        };
        let aria = move || {
            let (sort, desc) = sort_of(state, default_sort);
            match (sort == key, desc) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            }
        };
        let click = move |_| {
            let (sort, desc) = sort_of(state, default_sort);
            let dir = if sort == key && !desc { "desc" } else { "" };
            state.set(&[("sort", key.to_string()), ("dir", dir.to_string())], true);
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" on:click=click>
                    {move || t(c.label)}
                    <span class="sort-mark" aria-hidden="true">{move || match aria() { "ascending" => "▲", "descending" => "▼", _ => "" }}</span>
                </button>
            </th>
        }
        .into_any()
    };

    let select_all = move || {
        selection.map(|sel| {
            let all_here = move || page.with(|p| !p.is_empty() && sel.with(|s| p.iter().all(|k| s.contains(k))));
            let toggle = move |_| {
                let ids = page.get_untracked();
                if all_here() {
                    sel.update(|s| s.retain(|k| !ids.contains(k)));
                } else {
                    sel.update(|s| s.extend(ids.into_iter().filter(|k| !s.contains(k)).collect::<Vec<_>>()));
                }
            };
            view! { <th scope="col" class="select"><input type="checkbox" aria-label=move || t("select-all-page") prop:checked=all_here on:change=toggle/></th> }
        })
    };

    let row = move |k: K| {
        let tabindex = move || {
            let current = active.get().filter(|a| page.with(|p| p.contains(a))).or_else(|| page.with(|p| p.first().copied()));
            if current == Some(k) { "0" } else { "-1" }
        };
        let keydown = move |e: web_sys::KeyboardEvent| {
            let Some(tr) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            if tr.tag_name() == "TR" && focus_row(&tr, &e.key()) {
                e.prevent_default();
            }
        };
        let check = selection.map(|sel| {
            let name = row_name.map(|n| n.run(k)).unwrap_or_default();
            let checked = move || sel.with(|s| s.contains(&k));
            let toggle = move |_| sel.update(|s| if let Some(i) = s.iter().position(|x| *x == k) { s.remove(i); } else { s.push(k) });
            view! { <td class="select"><input type="checkbox" aria-label=crate::i18n::t_with("select-who", &[("who", name.into())]) prop:checked=checked on:change=toggle/></td> }
        });
        view! {
            <tr tabindex=tabindex on:focusin=move |_| active.set(Some(k)) on:keydown=keydown>
                {check}
                {move || cells(k)}
            </tr>
        }
    };

    view! {
        <div class="table-wrap">
            <table class=format!("table {class}")>
                <caption class="visually-hidden">{move || t(caption)}</caption>
                <thead><tr>{select_all}{columns.into_iter().map(header).collect_view()}</tr></thead>
                <tbody>
                    <Show when=move || page.with(|p| !p.is_empty()) fallback=move || view! { <tr><td colspan=span class="empty">{move || empty.get()}</td></tr> }>
                        <For each=move || page.get() key=|k| *k children=row/>
                    </Show>
                </tbody>
            </table>
        </div>
        <Pager paging/>
    }
}
