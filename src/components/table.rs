//! The one table every list uses (User Status, a customer's subscribers, Control Hub users, the
//! audit log): its search, filter, sort and page live in the URL ([`ListState`]); one page of
//! rows is in the DOM at a time (the rest are a page away, so 100,000 rows cost what 50 do);
//! sortable column headers; an optional selection for bulk actions; an optional actions menu per
//! row; and keyboard navigation between rows (Up, Down, Home, End, with one row in the tab order).
//!
//! What keeps an interaction at 100,000 rows within a few frames (BENCHMARKS.md, issue 24):
//! - **rows are reused by position**: a search, sort or page change gives the 50 row elements
//!   other data, and one effect per row writes its plain cells in place (no row is torn down
//!   and built);
//! - **one menu for all rows**: a row has a plain button; the one menu opens at it;
//! - **delegated handlers**: the table body listens for clicks, keys, focus and checkbox
//!   changes, not each row;
//! - CSS containment on the table (`style/`).
//!
//! The table decides nothing about what is shown: the page gives it the rows (ids, already
//! filtered and sorted by the core's query), what a row shows of an id (`data`), how its cells
//! draw that data (`cells`), and the core's menu for a row.

use super::list::{ListState, Pager, Paging};
use super::menu::{focus_item, place, MenuItem, MenuList};
use leptos::html;
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

/// Writes a row's data into one of its elements (a cell's text, a label).
type Writer<D> = std::sync::Arc<dyn Fn(Option<&D>) + Send + Sync>;

/// One row of the page, at a fixed position: the id shown there now and what the page made of it
/// (`None` while the position is empty). Plain cells ([`Row::cell`], [`Row::cell_sub`],
/// [`Row::badge`]) are written in place by one effect for the whole row when it shows other
/// data; [`Row::text`] and [`Row::with`] are reactive, for cells that hold more than text.
pub struct Row<K: Send + Sync + 'static, D: Send + Sync + 'static> {
    /// The id at this position.
    pub id: Memo<Option<K>>,
    /// The page's data for it.
    pub data: Memo<Option<D>>,
    writers: StoredValue<Vec<Writer<D>>>,
}

impl<K: Send + Sync + 'static, D: Send + Sync + 'static> Clone for Row<K, D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K: Send + Sync + 'static, D: Send + Sync + 'static> Copy for Row<K, D> {}

impl<K, D> Row<K, D>
where
    K: Send + Sync + 'static,
    D: Send + Sync + 'static,
{
    /// A text (reactive): `f` of the data ("" while empty).
    pub fn text(self, f: impl Fn(&D) -> String + Send + Sync + 'static) -> impl Fn() -> String + Send + Sync + 'static {
        move || self.data.with(|d| d.as_ref().map(&f).unwrap_or_default())
    }

    /// `f` of the data (tracked), `None` while empty.
    pub fn with<R>(self, f: impl FnOnce(&D) -> R) -> Option<R> {
        self.data.with(|d| d.as_ref().map(f))
    }

    /// Registers a writer: `value` of the data, put on `el` by `put` when it is not what was put
    /// there last.
    fn write_with<E>(self, el: NodeRef<E>, value: impl Fn(Option<&D>) -> String + Send + Sync + 'static, put: impl Fn(&web_sys::Element, &str) + Send + Sync + 'static)
    where
        E: leptos::html::ElementType,
        E::Output: JsCast + Clone + 'static,
        NodeRef<E>: Copy + Send + Sync,
    {
        let last = std::sync::Mutex::new(None::<String>);
        let w: Writer<D> = std::sync::Arc::new(move |d: Option<&D>| {
            let Some(el) = el.get_untracked() else { return };
            let now = value(d);
            let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
            if last.as_deref() != Some(now.as_str()) {
                put(el.unchecked_ref(), &now);
                *last = Some(now);
            }
        });
        self.writers.update_value(|ws| ws.push(w));
    }

    /// Registers what writes `el`'s text from the data.
    fn write<E>(self, el: NodeRef<E>, f: impl Fn(&D) -> String + Send + Sync + 'static)
    where
        E: leptos::html::ElementType,
        E::Output: JsCast + Clone + 'static,
        NodeRef<E>: Copy + Send + Sync,
    {
        self.write_with(el, move |d| d.map(&f).unwrap_or_default(), |el, text| el.set_text_content(Some(text)));
    }

    /// A plain text cell.
    pub fn cell(self, class: &'static str, f: impl Fn(&D) -> String + Send + Sync + 'static) -> impl IntoView {
        let td = NodeRef::<html::Td>::new();
        self.write(td, f);
        view! { <td class=class node_ref=td></td> }
    }

    /// A text cell with a second, smaller line.
    pub fn cell_sub(self, class: &'static str, f: impl Fn(&D) -> String + Send + Sync + 'static, sub: impl Fn(&D) -> String + Send + Sync + 'static) -> impl IntoView {
        let (main, second) = (NodeRef::<html::Span>::new(), NodeRef::<html::Span>::new());
        self.write(main, f);
        self.write(second, sub);
        view! { <td class=class><span node_ref=main></span><span class="sub" node_ref=second></span></td> }
    }

    /// A cell with a badge (its tone's class and text) and a second line.
    pub fn badge(self, tone: impl Fn(&D) -> &'static str + Send + Sync + 'static, f: impl Fn(&D) -> String + Send + Sync + 'static, sub: impl Fn(&D) -> String + Send + Sync + 'static) -> impl IntoView {
        let (badge, second) = (NodeRef::<html::Span>::new(), NodeRef::<html::Span>::new());
        self.write(badge, f);
        self.write(second, sub);
        self.write_with(badge, move |d| format!("badge badge-{}", d.map(&tone).unwrap_or("neutral")), |el, class| el.set_class_name(class));
        view! { <td><span node_ref=badge></span><span class="sub" node_ref=second></span></td> }
    }
}

/// A row's actions menu: whom its button names ("Actions for …") and the core's items, asked
/// for when it opens.
pub struct RowMenu<K: 'static> {
    /// Who the row is, for the button's accessible name.
    pub who: Callback<K, String>,
    /// The entries, when the menu opens.
    pub items: Callback<K, Vec<MenuItem>>,
}

impl<K> Clone for RowMenu<K> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K> Copy for RowMenu<K> {}

/// The table row (and its position) an event happened in.
fn row_of(target: Option<web_sys::EventTarget>) -> Option<(web_sys::Element, usize)> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    let tr = el.closest("tr[data-pos]").ok()??;
    let pos = tr.get_attribute("data-pos")?.parse().ok()?;
    Some((tr, pos))
}

/// A table of `rows`, a page at a time.
#[component]
pub fn DataTable<K, F, D, C, V>(
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
    /// What a row shows of an id (tracked: it is asked again when what it reads changes).
    data: F,
    /// A row's cells, drawn from its data.
    cells: C,
    /// What to say when there are no rows.
    #[prop(into)]
    empty: Signal<String>,
    /// The selected rows, when the list has bulk actions.
    #[prop(optional)]
    selection: Option<RwSignal<Vec<K>>>,
    /// Who a row is, for its checkbox's name ("Select …").
    #[prop(optional, into)]
    row_name: Option<Callback<K, String>>,
    /// A menu of actions for each row (in a last cell; its column is the page's last).
    #[prop(optional)]
    menu: Option<RowMenu<K>>,
    /// An extra class for the table.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView
where
    K: Copy + Eq + Hash + Send + Sync + 'static,
    F: Fn(K) -> Option<D> + Copy + Send + Sync + 'static,
    D: Clone + PartialEq + Send + Sync + 'static,
    C: Fn(Row<K, D>) -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let paging = Paging::new(state, Signal::derive(move || rows.with(Vec::len)));
    let page = Memo::new(move |_| crate::browser::span("page", || rows.with(|r| paging.slice(r))));
    let at = move |pos: usize| page.with_untracked(|p| p.get(pos).copied());
    // The row in the tab order: the last one focused, or the first (one position for the whole
    // table, so a page change does not ask each row).
    let active = RwSignal::new(None::<K>);
    let tab_pos = Memo::new(move |_| active.get().and_then(|a| page.with(|p| p.iter().position(|k| *k == a))).unwrap_or(0));
    let span = columns.len() + usize::from(selection.is_some());
    let body = NodeRef::<html::Tbody>::new();
    // The one menu: open at a position, for the id shown there when it opened.
    let open = RwSignal::new(None::<(usize, K)>);
    let menu_list = NodeRef::<html::Ul>::new();
    let menu = menu.map(|m| (m.who, m.items));
    // The rows' labels are made from one template each (formatting a message per row costs).
    let select_who = Memo::new(move |_| crate::i18n::template("select-who", "who"));
    let actions_for = Memo::new(move |_| crate::i18n::template("actions-for", "who"));
    let button_at = move |pos: usize| -> Option<web_sys::HtmlElement> {
        body.get_untracked()?.query_selector(&format!("tr[data-pos='{pos}'] button[aria-haspopup]")).ok()??.dyn_into().ok()
    };
    let close = Callback::new(move |refocus: bool| {
        let was = open.get_untracked();
        open.set(None);
        if let (true, Some((pos, _))) = (refocus, was) {
            if let Some(b) = button_at(pos) {
                let _ = b.focus();
            }
        }
    });
    let open_menu = move |pos: usize, last: bool| {
        let Some(k) = at(pos) else { return };
        open.set(Some((pos, k)));
        request_animation_frame(move || {
            if let (Some(m), Some(b)) = (menu_list.get_untracked(), button_at(pos)) {
                place(&m, &b);
                focus_item(&m, |n, _| if last { n - 1 } else { 0 });
            }
        });
    };

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

    // A row at a position: its cells follow whatever id the page puts there.
    let row = move |pos: usize| {
        let id = Memo::new(move |_| page.with(|p| p.get(pos).copied()));
        let data = Memo::new(move |_| {
            let id = id.get();
            crate::browser::span("row data", || id.and_then(data))
        });
        let row = Row { id, data, writers: StoredValue::new(Vec::new()) };
        // The labels that name the row follow its id (written with its cells).
        let labels = Memo::new(move |_| {
            id.get().map(|k| {
                let select = row_name.map(|n| select_who.with(|t| t.fill(&n.run(k)))).unwrap_or_default();
                let actions = menu.map(|(who, _)| actions_for.with(|t| t.fill(&who.run(k)))).unwrap_or_default();
                (select, actions)
            })
        });
        let tabindex = move || if tab_pos.get() == pos { "0" } else { "-1" };
        let check = selection.map(|sel| {
            let input = NodeRef::<html::Input>::new();
            row.write_with(input, move |_| labels.with_untracked(|l| l.as_ref().map(|l| l.0.clone())).unwrap_or_default(), |el, name| {
                let _ = el.set_attribute("aria-label", name);
            });
            // Checked when selected (the row's effect also follows the selection).
            let w: Writer<D> = std::sync::Arc::new(move |_| {
                if let Some(el) = input.get_untracked() {
                    let on = id.get_untracked().is_some_and(|k| sel.with_untracked(|s| s.contains(&k)));
                    if el.checked() != on {
                        el.set_checked(on);
                    }
                }
            });
            row.writers.update_value(|ws| ws.push(w));
            view! { <td class="select"><input type="checkbox" node_ref=input/></td> }
        });
        let actions = menu.map(|_| {
            let button = NodeRef::<html::Button>::new();
            row.write_with(button, move |_| labels.with_untracked(|l| l.as_ref().map(|l| l.1.clone())).unwrap_or_default(), |el, name| {
                let _ = el.set_attribute("aria-label", name);
                let _ = el.set_attribute("title", name);
            });
            let expanded = move || open.with(|o| o.is_some_and(|(p, _)| p == pos)).to_string();
            view! {
                <td class="actions">
                    <button type="button" class="icon-btn" node_ref=button aria-haspopup="menu" aria-expanded=expanded>
                        <span class="icon icon-more" aria-hidden="true"></span>
                    </button>
                </td>
            }
        });
        let cells = cells(row);
        // One effect writes the whole row when it shows other data (or its labels change
        // language), instead of one per cell.
        Effect::new(move |_| {
            labels.track();
            if let Some(sel) = selection {
                sel.track();
            }
            data.with(|d| row.writers.with_value(|ws| ws.iter().for_each(|w| w(d.as_ref()))));
        });
        view! {
            <tr data-pos=pos tabindex=tabindex>
                {check}
                {cells}
                {actions}
            </tr>
        }
    };

    // Delegated: the body handles every row's clicks, keys, focus and checkboxes.
    let on_click = move |e: web_sys::MouseEvent| {
        let on_menu_button = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("button[aria-haspopup]").ok().flatten()).is_some();
        if !on_menu_button {
            return;
        }
        let Some((_, pos)) = row_of(e.target()) else { return };
        if open.get_untracked().is_some_and(|(p, _)| p == pos) {
            close.run(false);
        } else {
            open_menu(pos, false);
        }
    };
    let on_keydown = move |e: web_sys::KeyboardEvent| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        match target.tag_name().as_str() {
            "TR" if focus_row(&target, &e.key()) => e.prevent_default(),
            "BUTTON" if target.has_attribute("aria-haspopup") => {
                let Some((_, pos)) = row_of(e.target()) else { return };
                match e.key().as_str() {
                    "ArrowDown" | "Enter" | " " => {
                        e.prevent_default();
                        open_menu(pos, false);
                    }
                    "ArrowUp" => {
                        e.prevent_default();
                        open_menu(pos, true);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    };
    let on_focusin = move |e: web_sys::FocusEvent| {
        if let Some(k) = row_of(e.target()).and_then(|(_, pos)| at(pos)) {
            active.set(Some(k));
        }
    };
    let on_change = move |e: web_sys::Event| {
        let (Some(sel), Some(k)) = (selection, row_of(e.target()).and_then(|(_, pos)| at(pos))) else { return };
        sel.update(|s| if let Some(i) = s.iter().position(|x| *x == k) { s.remove(i); } else { s.push(k) });
    };
    let owns = Callback::new(move |n: web_sys::Node| open.get_untracked().and_then(|(pos, _)| button_at(pos)).is_some_and(|b| b.contains(Some(&n))));
    let menu_items = menu.map(|(_, items)| items);

    view! {
        <div class="table-wrap">
            <table class=format!("table {class}")>
                <caption class="visually-hidden">{move || t(caption)}</caption>
                <thead><tr>{select_all}{columns.into_iter().map(header).collect_view()}</tr></thead>
                <tbody node_ref=body on:click=on_click on:keydown=on_keydown on:focusin=on_focusin on:change=on_change>
                    <Show when=move || page.with(|p| !p.is_empty()) fallback=move || view! { <tr><td colspan=span class="empty">{move || empty.get()}</td></tr> }>
                        <For each=move || 0..page.with(Vec::len) key=|pos| *pos children=row/>
                    </Show>
                </tbody>
            </table>
        </div>
        {move || open.get().and_then(|(_, k)| menu_items.map(|items| view! { <MenuList items=items.run(k) close node_ref=menu_list owns/> }))}
        <Pager paging/>
    }
}
