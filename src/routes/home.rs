//! The landing page: what flowthrough is and its three areas.

use crate::components::dialog::Dialog;
use crate::components::{Area, Console};
use crate::store::Store;
use leptos::prelude::*;
use crate::i18n::{t, t_with};
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// Replaces the workspace with the demo and opens the User Status view of its first template.
fn load_demo(store: Store) {
    let mut tokens = crate::browser::secure_token;
    match flowthrough_core::demo::sample(store.now(), &mut tokens) {
        Ok(ws) => {
            let first = ws.partner().templates().keys().next().copied();
            store.replace(ws);
            store.notify(t("demo-loaded"));
            if let Some(t) = first {
                use_navigate()(&format!("/partner/templates/{}/users", t.0), Default::default());
            }
        }
        Err(e) => store.notify(t_with("demo-failed", &[("error", crate::i18n::refusal(&e).into())])),
    }
}

/// `/`
#[component]
pub fn Home() -> impl IntoView {
    let store = Store::get();
    view! {
        <Console area=Area::Home>
            <div class="page-header">
                <h1>"flowthrough"</h1>
                <p class="lead">{move || t("home-lead")}</p>
            </div>
            <DemoButton/>
            <ul class="cards">
                <li class="card">
                    <h2><A href="/partner">{move || t("nav-partner")}</A></h2>
                    <p>{move || t("home-partner")}</p>
                </li>
                <li class="card">
                    <h2><A href="/control">{move || t("nav-control")}</A></h2>
                    <p>{move || t("home-control")}</p>
                </li>
                <li class="card">
                    <h2>{move || t("portal-name")}</h2>
                    <p>{move || t("home-portal")}</p>
                    <ul class="plain-list">
                        {move || {
                            let links: Vec<(String, String)> = store.ws.with(|w| w.partner().templates().values().map(|t| (t.name.clone(), t.activation_path())).collect());
                            if links.is_empty() {
                                return view! { <li>{t("home-portal-none")}</li> }.into_any();
                            }
                            links.into_iter().map(|(name, path)| view! { <li><A href=path>{name}</A></li> }).collect_view().into_any()
                        }}
                    </ul>
                </li>
                <li class="card">
                    <h2><A href="/mailbox">{move || t("nav-mailbox")}</A></h2>
                    <p>{move || t("home-mailbox")}</p>
                </li>
            </ul>
        </Console>
    }
}

/// One click to a workspace with something in every state.
#[component]
fn DemoButton() -> impl IntoView {
    let store = Store::get();
    let confirming = RwSignal::new(false);
    let empty = move || store.ws.with(|w| w.partner().templates().is_empty() && w.control().orgs().is_empty());
    view! {
        <div class="demo">
            <button type="button" class="btn btn-primary" on:click=move |_| if empty() { load_demo(store) } else { confirming.set(true) }>
                {move || t("demo-load")}
            </button>
            <span class="hint">{move || t("demo-hint")}</span>
        </div>
        {move || confirming.get().then(|| {
            let close = Callback::new(move |_| confirming.set(false));
            view! {
                <Dialog title=t("demo-replace-title") on_close=close>
                    <p>{t("demo-replace-text")}</p>
                    <div class="form-actions">
                        <button type="button" class="btn btn-danger" on:click=move |_| { confirming.set(false); load_demo(store) }>{t("demo-replace")}</button>
                        <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| close.run(())>{t("cancel")}</button>
                    </div>
                </Dialog>
            }
        })}
    }
}
