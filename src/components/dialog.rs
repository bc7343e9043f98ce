//! A modal dialog: labelled by its title, focus moves into it and stays there (Tab wraps),
//! Escape or Cancel closes it and focus returns to what opened it.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn focusables(root: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let sel = "button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, a[href], [tabindex='0']";
    root.query_selector_all(sel)
        .ok()
        .map(|l| (0..l.length()).filter_map(|i| l.item(i)?.dyn_into().ok()).collect())
        .unwrap_or_default()
}

/// The dialog frame. `on_close` runs on Escape, on the backdrop and from the caller's Cancel.
#[component]
pub fn Dialog(
    /// Title (the accessible name).
    #[prop(into)]
    title: String,
    /// Called to close.
    on_close: Callback<()>,
    /// Body and buttons.
    children: Children,
) -> impl IntoView {
    let panel = NodeRef::<html::Div>::new();
    let opener = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    // Return focus to the opener when the dialog goes away: the same element, or (when what the
    // dialog did re-rendered it, as a row's menu button after a retry) the control with its name.
    let opener_name = opener.as_ref().and_then(|o| o.get_attribute("aria-label"));
    on_cleanup({
        let opener = send_wrapper::SendWrapper::new(opener);
        move || {
            let opener = opener.take();
            request_animation_frame(move || {
                let named = || {
                    let name = opener_name.as_ref()?.replace('\\', "\\\\").replace('"', "\\\"");
                    let doc = web_sys::window()?.document()?;
                    doc.query_selector(&format!("[aria-label=\"{name}\"]")).ok()??.dyn_into::<web_sys::HtmlElement>().ok()
                };
                match opener {
                    Some(o) if o.is_connected() => {
                        let _ = o.focus();
                    }
                    _ => {
                        if let Some(o) = named() {
                            let _ = o.focus();
                        }
                    }
                }
            });
        }
    });
    request_animation_frame(move || {
        if let Some(p) = panel.get_untracked() {
            // A [data-autofocus] control (Cancel, for destructive dialogs) wins over the first one.
            let preferred = p.query_selector("[data-autofocus]").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(first) = preferred.or_else(|| focusables(&p).into_iter().next()) {
                let _ = first.focus();
            }
        }
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_close.run(());
        } else if ev.key() == "Tab" {
            let Some(p) = panel.get_untracked() else { return };
            let items = focusables(&p);
            let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
            let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
            let is = |e: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == e.unchecked_ref::<web_sys::Element>());
            if ev.shift_key() && is(first) {
                ev.prevent_default();
                let _ = last.focus();
            } else if !ev.shift_key() && is(last) {
                ev.prevent_default();
                let _ = first.focus();
            }
        }
    };
    let id = format!("dlg-{}", title.len() ^ (title.bytes().map(u32::from).sum::<u32>() as usize));
    view! {
        <div class="dialog-backdrop" on:click=move |ev: leptos::ev::MouseEvent| {
            if ev.target() == ev.current_target() { on_close.run(()) }
        }>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby=id.clone() node_ref=panel on:keydown=on_key>
                <h2 id=id.clone()>{title}</h2>
                {children()}
            </div>
        </div>
    }
}
