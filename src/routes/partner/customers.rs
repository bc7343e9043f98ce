//! Partner Hub → Customer List.

use crate::components::{Area, FieldError, Console, PageHeader};
use crate::store::Store;
use flowthrough_core::{Command, TemplateId};
use leptos::prelude::*;
use leptos_router::components::A;

/// `/partner`
#[component]
pub fn CustomerList() -> impl IntoView {
    let store = Store::get();
    let name = RwSignal::new(String::new());
    let enterprise = RwSignal::new(String::new());
    let template = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(t) = template.get_untracked().parse::<TemplateId>().ok() else {
            error.set(Some("Choose a template first; create one under View Templates if there is none.".into()));
            return;
        };
        if store.submit(Command::CreateCustomer { name: name.get_untracked(), enterprise_id: enterprise.get_untracked(), template: t }, error).is_some() {
            name.set(String::new());
            enterprise.set(String::new());
        }
    };
    view! {
        <Console area=Area::Partner>
            <PageHeader title="Customer List" lead="Webex for BroadWorks customers (BroadWorks enterprises) and the template each is onboarded with."/>
            <nav class="toolbar" aria-label="Partner Hub"><span class="crumb-hint">"Settings → BroadWorks Calling →"</span><A href="/partner/templates" attr:class="btn btn-secondary">"View Templates"</A></nav>
            <table class="table">
                <caption class="visually-hidden">"Customers"</caption>
                <thead><tr><th scope="col">"Customer"</th><th scope="col">"Enterprise ID"</th><th scope="col">"Template"</th><th scope="col">"Webex organization"</th></tr></thead>
                <tbody>
                    {move || store.ws.with(|w| {
                        if w.partner().customers().is_empty() {
                            return view! { <tr><td colspan="4" class="empty">"No customers yet. Create a template, then add a customer below."</td></tr> }.into_any();
                        }
                        w.partner().customers().values().map(|c| {
                            let t = w.partner().templates().get(&c.template).map(|t| t.name.clone()).unwrap_or_default();
                            let org = match c.org.and_then(|o| w.control().orgs().get(&o)) {
                                Some(o) => o.name.clone(),
                                None => "Created when the first user is onboarded".to_string(),
                            };
                            let href = format!("/partner/customers/{}", c.id.0);
                            let name = c.name.clone();
                            view! { <tr><td><A href=href>{name}</A></td><td>{c.enterprise_id.clone()}</td><td>{t}</td><td>{org}</td></tr> }
                        }).collect_view().into_any()
                    })}
                </tbody>
            </table>
            <form class="form" on:submit=create aria-labelledby="new-customer">
                <h2 id="new-customer">"Add a customer"</h2>
                <label>"Customer name"<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
                <label>"BroadWorks enterprise ID"<input type="text" prop:value=enterprise on:input=move |e| enterprise.set(event_target_value(&e))/></label>
                <label>"Template"
                    <select prop:value=template on:change=move |e| template.set(event_target_value(&e))>
                        <option value="">"Choose a template"</option>
                        {move || store.ws.with(|w| w.partner().templates().values().map(|t| view! { <option value=t.id.to_string()>{t.name.clone()}</option> }).collect_view())}
                    </select>
                </label>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">"Add customer"</button>
            </form>
        </Console>
    }
}
