//! Control Hub → organizations.

use crate::components::{Area, FieldError, Console, PageHeader};
use crate::store::Store;
use flowthrough_core::{query, Command};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::t;
use leptos_router::components::A;

/// `/control`
#[component]
pub fn Orgs() -> impl IntoView {
    let store = Store::get();
    let name = RwSignal::new(String::new());
    let free = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store.submit(Command::CreateOrg { name: name.get_untracked(), free: free.get_untracked() }, error).is_some() {
            name.set(String::new());
        }
    };
    view! {
        <Console area=Area::Control>
            {move || view! { <PageHeader title=t("organizations") lead=t("orgs-lead")/> }}
            <p class="toolbar"><A href="/control/audit" attr:class="btn btn-secondary">{move || t("audit-log")}</A>" "<A href="/timeline" attr:class="btn btn-secondary">{move || t("what-happens-next")}</A></p>
            <table class="table">
                <caption class="visually-hidden">{move || t("organizations")}</caption>
                <thead><tr><th scope="col">{move || t("organization")}</th><th scope="col">{move || t("col-kind")}</th><th scope="col">{move || t("tab-users")}</th><th scope="col">{move || t("state-active")}</th><th scope="col">{move || t("state-not-verified")}</th></tr></thead>
                <tbody>
                    {move || store.ws.with(|w| {
                        if w.control().orgs().is_empty() {
                            return view! { <tr><td colspan="5" class="empty">{t("orgs-none")}</td></tr> }.into_any();
                        }
                        w.control().orgs().values().map(|o| {
                            let n = query::org_summary(w, o.id);
                            let href = format!("/control/orgs/{}/users", o.id.0);
                            let name = o.name.clone();
                            view! { <tr><td><A href=href>{name}</A></td><td>{crate::i18n::org_kind(o.kind)}</td><td>{crate::i18n::number(n.users)}</td><td>{crate::i18n::number(n.active)}</td><td>{crate::i18n::number(n.not_verified)}</td></tr> }
                        }).collect_view().into_any()
                    })}
                </tbody>
            </table>
            <form class="form" on:submit=create aria-labelledby="new-org"><crate::components::Changes>
                <h2 id="new-org">{move || t("org-create-title")}</h2>
                <label>{move || t("org-name")}<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
                <label class="check"><input type="checkbox" prop:checked=free on:change=move |e| free.set(event_target_checked(&e))/>{move || t("org-free")}</label>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">{move || t("org-create")}</button>
            </crate::components::Changes></form>
        </Console>
    }
}
