//! Partner Hub → a customer: its subscribers, and flow-through provisioning as the BroadWorks
//! adapter would send it (one subscriber, or a CSV of BroadWorks users with a preview).

use crate::components::{Area, FieldError, Console};
use crate::store::Store;
use flowthrough_core::import::{self, Preview};
use flowthrough_core::{Command, CustomerId, Package, SubscriberInput, TemplateId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::JsCast;

/// `/partner/customers/:id`
#[component]
pub fn CustomerPage() -> impl IntoView {
    let store = Store::get();
    let params = use_params_map();
    let id = params.read_untracked().get("id").and_then(|s| s.parse::<CustomerId>().ok());
    let customer = move || id.and_then(|id| store.ws.with(|w| w.partner().customers().get(&id).cloned()));
    view! {
        <Console area=Area::Partner>
            <nav aria-label="Breadcrumb" class="breadcrumb"><A href="/partner">"Partner Hub"</A>" / "<A href="/partner">"Customer List"</A></nav>
            {move || match (id, customer()) {
                (Some(id), Some(c)) => {
                    let (template, org) = store.ws.with(|w| (
                        w.partner().templates().get(&c.template).map(|t| (t.id, t.name.clone())),
                        c.org.and_then(|o| w.control().orgs().get(&o)).map(|o| o.name.clone()),
                    ));
                    view! {
                        <div class="page-header">
                            <h1>{c.name.clone()}</h1>
                            <p class="lead">"Enterprise ID " <code>{c.enterprise_id.clone()}</code> " · Template "
                                {template.clone().map(|(t, n)| view! { <A href=format!("/partner/templates/{}", t.0)>{n}</A> })}
                                " · Webex organization: " {org.unwrap_or_else(|| "created when the first user is onboarded".into())}
                            </p>
                            {template.map(|(t, _)| view! { <p><A href=format!("/partner/templates/{}/users", t.0) attr:class="btn btn-secondary">"Show User Status"</A></p> })}
                        </div>
                        <Subscribers id/>
                        <EditCustomer id name=c.name.clone() template=c.template/>
                        <div class="two-col">
                            <ProvisionOne id/>
                            <ProvisionCsv id/>
                        </div>
                    }.into_any()
                }
                _ => view! { <h1>"Customer not found"</h1><p><A href="/partner">"Back to the Customer List"</A></p> }.into_any(),
            }}
        </Console>
    }
}

#[component]
fn Subscribers(id: CustomerId) -> impl IntoView {
    let store = Store::get();
    view! {
        <table class="table">
            <caption class="table-caption">"Subscribers (BroadWorks users)"</caption>
            <thead><tr><th scope="col">"BroadWorks ID"</th><th scope="col">"Name"</th><th scope="col">"Package"</th><th scope="col">"Status"</th><th scope="col">"Portal password"</th></tr></thead>
            <tbody>
                {move || store.ws.with(|w| {
                    let subs: Vec<_> = w.partner().subscribers().values().filter(|s| s.customer == id).take(200).collect();
                    if subs.is_empty() {
                        return view! { <tr><td colspan="5" class="empty">"No subscribers yet. Provision one below, or import a CSV of BroadWorks users."</td></tr> }.into_any();
                    }
                    subs.into_iter().map(|s| view! {
                        <tr><td class="mono">{s.broadworks_user_id.clone()}</td><td>{s.name.clone()}</td><td>{s.package.label()}</td><td>{s.status.label()}</td><td class="mono">{s.portal_password.clone()}</td></tr>
                    }).collect_view().into_any()
                })}
            </tbody>
        </table>
        <p class="hint">"Portal passwords are rehearsal data, shown so you can play the end user in the User Activation Portal. At most 200 subscribers are listed here; the User Status view lists all."</p>
    }
}

#[component]
fn ProvisionOne(id: CustomerId) -> impl IntoView {
    let store = Store::get();
    let bwid = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let package = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = SubscriberInput {
            broadworks_user_id: bwid.get_untracked(),
            name: name.get_untracked(),
            package: Package::parse(&package.get_untracked()),
            email: Some(email.get_untracked()).filter(|e| !e.trim().is_empty()),
            portal_password: password.get_untracked(),
        };
        match store.dispatch(Command::ProvisionSubscribers { customer: id, subscribers: vec![input] }) {
            Ok(_) => {
                store.notify(format!("{} provisioned from BroadWorks.", name.get_untracked()));
                for s in [bwid, name, email, password] {
                    s.set(String::new());
                }
                error.set(None);
            }
            Err(e) => error.set(Some(e.to_string().replace("Row 1: ", ""))),
        }
    };
    view! {
        <form class="form" on:submit=submit aria-labelledby="provision-one">
            <h2 id="provision-one">"Provision a subscriber"</h2>
            <p class="hint">"As BroadWorks flow-through provisioning would send it. The email is used only when the template trusts emails."</p>
            <label>"BroadWorks user ID"<input type="text" placeholder="2145550199@voice.example.net" prop:value=bwid on:input=move |e| bwid.set(event_target_value(&e))/></label>
            <label>"Name"<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
            <label>"Package type"
                <select prop:value=package on:change=move |e| package.set(event_target_value(&e))>
                    <option value="">"The template's package"</option>
                    {Package::ALL.iter().map(|p| view! { <option value=p.label()>{p.label()}</option> }).collect_view()}
                </select>
            </label>
            <label>"BroadWorks email (optional)"<input type="email" prop:value=email on:input=move |e| email.set(event_target_value(&e))/></label>
            <label>"Portal password"<input type="text" autocomplete="off" prop:value=password on:input=move |e| password.set(event_target_value(&e))/></label>
            <FieldError error=error/>
            <button type="submit" class="btn btn-primary">"Provision subscriber"</button>
        </form>
    }
}

#[component]
fn ProvisionCsv(id: CustomerId) -> impl IntoView {
    let store = Store::get();
    let preview = RwSignal::new(None::<Result<Preview<SubscriberInput>, String>>);
    let file_name = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        if let Some(f) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).and_then(|i| i.files()).and_then(|f| f.get(0)) {
            file_name.set(f.name());
        }
        crate::browser::read_chosen_file(&ev, move |text| preview.set(Some(text.and_then(|t| import::subscribers(&t)))));
    };
    let apply = move |_| {
        let Some(Ok(p)) = preview.get_untracked() else { return };
        let rows = p.valid();
        let n = rows.len();
        match store.dispatch(Command::ProvisionSubscribers { customer: id, subscribers: rows }) {
            Ok(_) => {
                store.notify(format!("{n} subscribers provisioned from {}.", file_name.get_untracked()));
                preview.set(None);
            }
            Err(e) => preview.set(Some(Err(e.to_string()))),
        }
    };
    view! {
        <section class="form" aria-labelledby="provision-csv">
            <h2 id="provision-csv">"Import BroadWorks users (CSV)"</h2>
            <p class="hint">"Columns: BroadWorks User ID, Name (or First Name and Last Name), Password; optional Email and Package. You see every row's result before anything is applied."</p>
            <label>"CSV file"<input type="file" accept=".csv,text/csv" on:change=on_file/></label>
            {move || preview.get().map(|p| match p {
                Err(e) => view! { <p class="field-error" role="alert">{e}</p> }.into_any(),
                Ok(p) => {
                    let valid = p.valid().len();
                    let bad = p.error_count();
                    view! {
                        <p role="status">{format!("{} rows: {valid} ready, {bad} with errors.", p.rows.len())}</p>
                        {(bad > 0).then(|| view! {
                            <table class="table compact">
                                <caption class="table-caption">"Rows with errors (not imported)"</caption>
                                <thead><tr><th scope="col">"Line"</th><th scope="col">"What to fix"</th></tr></thead>
                                <tbody>{p.rows.iter().filter(|r| !r.errors.is_empty()).take(100).map(|r| view! {
                                    <tr><td>{r.line}</td><td>{r.errors.join(" ")}</td></tr>
                                }).collect_view()}</tbody>
                            </table>
                        })}
                        <button type="button" class="btn btn-primary" disabled=valid == 0 on:click=apply>{format!("Provision {valid} subscribers")}</button>
                    }.into_any()
                }
            })}
        </section>
    }
}

#[component]
fn EditCustomer(id: CustomerId, name: String, template: TemplateId) -> impl IntoView {
    let store = Store::get();
    let name = RwSignal::new(name);
    let chosen = RwSignal::new(template.to_string());
    let error = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(template) = chosen.get_untracked().parse::<TemplateId>() else {
            return error.set(Some("Choose a template.".into()));
        };
        if store.submit(Command::UpdateCustomer { customer: id, name: name.get_untracked(), template }, error).is_some() {
            store.notify("Customer saved.");
        }
    };
    view! {
        <details class="edit-customer">
            <summary>"Edit customer"</summary>
            <form class="form" on:submit=save>
                <label>"Customer name"<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
                <label>"Template"
                    <select prop:value=chosen on:change=move |e| chosen.set(event_target_value(&e))>
                        {move || store.ws.with(|w| w.partner().templates().values().map(|t| view! {
                            <option value=t.id.to_string() selected=t.id == template>{t.name.clone()}</option>
                        }).collect_view())}
                    </select>
                </label>
                <p class="hint">"Users onboard with the customer's template; moving the customer changes what its pending users see in the portal."</p>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">"Save customer"</button>
            </form>
        </details>
    }
}
