//! A menu (WAI-ARIA menu button pattern), the one a table shares between its rows: Enter,
//! Space or ArrowDown on a row's button opens it and focuses the first item (ArrowUp the last);
//! ArrowUp/ArrowDown/Home/End move; Enter or Space chooses; Escape or Tab closes and returns
//! focus to the button. The button and when the menu opens are the table's
//! ([`super::table::DataTable`]).

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One entry of a menu.
#[derive(Clone)]
pub struct MenuItem {
    /// Visible label (the accessible name).
    pub label: String,
    /// Disabled items stay visible with the reason (the core's) as their description.
    pub disabled: Option<String>,
    /// What choosing it does.
    pub action: Callback<()>,
}

fn items_of(menu: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let list = menu.query_selector_all("[role=menuitem]:not([aria-disabled=true])").ok();
    list.map(|l| (0..l.length()).filter_map(|i| l.item(i)?.dyn_into().ok()).collect()).unwrap_or_default()
}

pub(crate) fn focus_item(menu: &web_sys::HtmlElement, pick: impl Fn(usize, Option<usize>) -> usize) {
    let items = items_of(menu);
    if items.is_empty() {
        return;
    }
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let current = items.iter().position(|i| active.as_ref().is_some_and(|a| a == i.unchecked_ref::<web_sys::Element>()));
    let next = pick(items.len(), current).min(items.len() - 1);
    let _ = items[next].focus();
}

/// Places an open menu against the viewport, under its button (or above it when there is no
/// room below), so the scrolling box of a table never clips it.
pub(crate) fn place(menu: &web_sys::HtmlElement, button: &web_sys::HtmlElement) {
    let Some(w) = web_sys::window() else { return };
    let size = |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (width, height) = (size(w.inner_width()), size(w.inner_height()));
    let r = button.get_bounding_client_rect();
    let h = f64::from(menu.offset_height());
    let top = if r.bottom() + 4.0 + h <= height { r.bottom() + 4.0 } else { (r.top() - 4.0 - h).max(4.0) };
    let _ = menu.set_attribute("style", &format!("position:fixed;top:{top}px;right:{}px;left:auto", (width - r.right()).max(4.0)));
}

/// An open menu's list (the table's one shared row menu): `items` as menu items with the
/// keyboard of the menu button pattern. `close(true)` closes it and returns the focus to the
/// button that opened it; `close(false)` closes it where the focus went.
#[component]
pub fn MenuList(
    /// The entries, as the core answered when the menu opened.
    items: Vec<MenuItem>,
    /// Closes the menu.
    close: Callback<bool>,
    /// The list element (for placing it and focusing its items).
    node_ref: NodeRef<html::Ul>,
    /// Whether a node still belongs to the menu's button (focus moving there keeps it open).
    owns: Callback<web_sys::Node, bool>,
) -> impl IntoView {
    let menu = node_ref;
    let on_menu_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(m) = menu.get_untracked() else { return };
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                focus_item(&m, |n, c| c.map_or(0, |c| (c + 1) % n));
            }
            "ArrowUp" => {
                ev.prevent_default();
                focus_item(&m, |n, c| c.map_or(n - 1, |c| (c + n - 1) % n));
            }
            "Home" => {
                ev.prevent_default();
                focus_item(&m, |_, _| 0);
            }
            "End" => {
                ev.prevent_default();
                focus_item(&m, |n, _| n - 1);
            }
            "Escape" => {
                ev.prevent_default();
                close.run(true);
            }
            "Tab" => close.run(false),
            _ => {}
        }
    };
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        // Close when focus leaves the menu and its button (a click elsewhere, Tab).
        let inside = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|n| {
            menu.get_untracked().is_some_and(|m| m.contains(Some(&n))) || owns.run(n)
        });
        if !inside {
            close.run(false);
        }
    };
    view! {
        <ul class="menu" role="menu" node_ref=menu on:keydown=on_menu_key on:focusout=on_focus_out>
            {items.into_iter().map(|item| {
                let disabled = item.disabled;
                let enabled = disabled.is_none();
                let choose = move || {
                    if enabled {
                        close.run(true);
                        item.action.run(());
                    }
                };
                view! {
                    <li
                        role="menuitem"
                        tabindex="-1"
                        aria-disabled=(!enabled).then_some("true")
                        aria-description=disabled.clone()
                        title=disabled
                        on:click=move |_| choose()
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            if ev.key() == "Enter" || ev.key() == " " {
                                ev.prevent_default();
                                choose();
                            }
                        }
                    >{item.label}</li>
                }
            }).collect_view()}
        </ul>
    }
}
