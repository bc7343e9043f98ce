//! Partner Hub → Customer List.

use crate::components::{Area, FieldError, Console, PageHeader};
use crate::store::Store;
use flowthrough_core::{Command, TemplateId};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::t;
use leptos_router::components::A;

/// `/partner`
#[component]
pub fn CustomerList() -> impl IntoView {
    let store = Store::get();
    let name = RwSignal::new(String::new());
    let enterprise = RwSignal::new(String::new());
    let template = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(t) = template.get_untracked().parse::<TemplateId>().ok() else {
            error.set(Some(Text::new("customer-choose-template-first")));
            return;
        };
        if store.submit(Command::CreateCustomer { name: name.get_untracked(), enterprise_id: enterprise.get_untracked(), template: t }, error).is_some() {
            name.set(String::new());
            enterprise.set(String::new());
        }
    };
    view! {
        <Console area=Area::Partner>
            {move || view! { <PageHeader title=t("customer-list") lead=t("customer-list-lead")/> }}
            <nav class="toolbar" aria-label=move || t("nav-partner")><span class="crumb-hint">{move || format!("{} → {} →", t("crumb-settings"), t("crumb-calling"))}</span><A href="/partner/templates" attr:class="btn btn-secondary">{move || t("view-templates")}</A></nav>
            <table class="table">
                <caption class="visually-hidden">{move || t("customers")}</caption>
                <thead><tr><th scope="col">{move || t("col-customer")}</th><th scope="col">{move || t("col-enterprise-id")}</th><th scope="col">{move || t("col-template")}</th><th scope="col">{move || t("col-webex-org")}</th></tr></thead>
                <tbody>
                    {move || store.ws.with(|w| {
                        if w.partner().customers().is_empty() {
                            return view! { <tr><td colspan="4" class="empty">{t("customers-none")}</td></tr> }.into_any();
                        }
                        w.partner().customers().values().map(|c| {
                            let tpl = w.partner().templates().get(&c.template).map(|t| t.name.clone()).unwrap_or_default();
                            let org = match c.org.and_then(|o| w.control().orgs().get(&o)) {
                                Some(o) => o.name.clone(),
                                None => t("org-created-on-first-user"),
                            };
                            let href = format!("/partner/customers/{}", c.id.0);
                            let name = c.name.clone();
                            view! { <tr><td><A href=href>{name}</A></td><td>{c.enterprise_id.clone()}</td><td>{tpl}</td><td>{org}</td></tr> }
                        }).collect_view().into_any()
                    })}
                </tbody>
            </table>
            <form class="form" on:submit=create aria-labelledby="new-customer"><crate::components::Changes>
                <h2 id="new-customer">{move || t("customer-add-title")}</h2>
                <label>{move || t("customer-name")}<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
                <label>{move || t("enterprise-id")}<input type="text" prop:value=enterprise on:input=move |e| enterprise.set(event_target_value(&e))/></label>
                <label>{move || t("col-template")}
                    <select prop:value=template on:change=move |e| template.set(event_target_value(&e))>
                        <option value="">{move || t("choose-template")}</option>
                        {move || store.ws.with(|w| w.partner().templates().values().map(|t| view! { <option value=t.id.to_string()>{t.name.clone()}</option> }).collect_view())}
                    </select>
                </label>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">{move || t("customer-add")}</button>
            </crate::components::Changes></form>
        </Console>
    }
}
