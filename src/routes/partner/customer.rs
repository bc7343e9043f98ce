//! Partner Hub → a customer: its subscribers, and flow-through provisioning as the BroadWorks
//! adapter would send it (one subscriber, or a CSV of BroadWorks users with a preview).

use crate::components::list::ListState;
use crate::components::table::{Column, DataTable, Row};
use crate::components::{Area, FieldError, Console};
use crate::store::Store;
use flowthrough_core::text::Text;
use flowthrough_core::import::{self, Preview};
use flowthrough_core::query::{self, StatusColumn, StatusQuery};
use flowthrough_core::{Command, CustomerId, Package, SubscriberId, SubscriberInput, TemplateId};
use leptos::prelude::*;
use crate::i18n::{t, t_with};
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
            <nav aria-label=move || t("breadcrumb") class="breadcrumb"><A href="/partner">{move || t("nav-partner")}</A>" / "<A href="/partner">{move || t("customer-list")}</A></nav>
            {move || match (id, customer()) {
                (Some(id), Some(c)) => {
                    let (template, org) = store.ws.with(|w| (
                        w.partner().templates().get(&c.template).map(|t| (t.id, t.name.clone())),
                        c.org.and_then(|o| w.control().orgs().get(&o)).map(|o| o.name.clone()),
                    ));
                    view! {
                        <div class="page-header">
                            <h1>{c.name.clone()}</h1>
                            <p class="lead">{t("col-enterprise-id")} " " <code>{c.enterprise_id.clone()}</code> " · " {t("col-template")} " "
                                {template.clone().map(|(tpl, n)| view! { <A href=format!("/partner/templates/{}", tpl.0)>{n}</A> })}
                                " · " {t("col-webex-org")} ": " {org.unwrap_or_else(|| t("org-created-on-first-user"))}
                            </p>
                            {template.map(|(tpl, _)| view! { <p><A href=format!("/partner/templates/{}/users", tpl.0) attr:class="btn btn-secondary">{t("show-user-status")}</A></p> })}
                        </div>
                        <Subscribers id/>
                        <EditCustomer id name=c.name.clone() template=c.template/>
                        <div class="two-col">
                            <ProvisionOne id/>
                            <ProvisionCsv id/>
                        </div>
                    }.into_any()
                }
                _ => view! { <h1>{t("customer-not-found")}</h1><p><A href="/partner">{t("back-to-customer-list")}</A></p> }.into_any(),
            }}
        </Console>
    }
}

/// The customer's subscribers: the shared table (a page at a time, search, sort, the view in
/// the address), from the core's query over the per-customer facts, so a customer with 100,000
/// subscribers lists them all and a change does not scan every customer's.
#[component]
fn Subscribers(id: CustomerId) -> impl IntoView {
    let store = Store::get();
    let state = ListState::new();
    let q = Memo::new(move |_| StatusQuery {
        customer: Some(id),
        search: state.get("q"),
        sort: StatusColumn::from_key(&state.get("sort")).unwrap_or_default(),
        descending: state.get("dir") == "desc",
        ..Default::default()
    });
    let rows = Memo::new(move |_| {
        let q = q.get();
        store.ws.with(|w| query::user_status_ids(w, &q))
    });
    let any = Memo::new(move |_| store.ws.with(|w| w.partner().subscriber_facts().customer.contains(&id)));
    let empty = Signal::derive(move || if any.get() { t("customer-subscribers-no-match") } else { t("subscribers-none") });
    let data = move |sid: SubscriberId| {
        store.ws.with(|w| w.partner().subscribers().get(&sid).map(|s| {
            [s.broadworks_user_id.to_string(), s.name.to_string(), s.package.label().to_string(), crate::i18n::status(s.status), s.portal_password.to_string()]
        }))
    };
    let cells = move |row: Row<SubscriberId, [String; 5]>| view! {
        {row.cell("mono", |r| r[0].clone())}
        {row.cell("", |r| r[1].clone())}
        {row.cell("", |r| r[2].clone())}
        {row.cell("", |r| r[3].clone())}
        {row.cell("mono", |r| r[4].clone())}
    };
    view! {
        <div class="toolbar">
            <crate::components::list::ListSearch state label="search" placeholder="user-status-search-placeholder"/>
        </div>
        <DataTable caption="subscribers-caption" rows state default_sort="id" data cells empty
            columns=vec![
                Column::sortable("col-broadworks-id", StatusColumn::BroadWorksId.key()),
                Column::sortable("col-name", StatusColumn::Name.key()),
                Column::sortable("col-package", StatusColumn::Package.key()),
                Column::sortable("col-status", StatusColumn::Status.key()),
                Column::plain("portal-password-label"),
            ]/>
        <p class="hint">{move || t("portal-passwords-hint")}</p>
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
    let error = RwSignal::new(None::<Text>);
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
                store.notify(t_with("provisioned-one", &[("name", name.get_untracked().into())]));
                for s in [bwid, name, email, password] {
                    s.set(String::new());
                }
                error.set(None);
            }
            // One subscriber: what is wrong with it, without the batch's row number.
            Err(flowthrough_core::CommandError::BadRow { error: inner, .. }) => error.set(Some(inner.text())),
            Err(e) => error.set(Some(e.text())),
        }
    };
    view! {
        <form class="form" on:submit=submit aria-labelledby="provision-one"><crate::components::Changes>
            <h2 id="provision-one">{move || t("provision-one-title")}</h2>
            <p class="hint">{move || t("provision-one-hint")}</p>
            <label>{move || t("portal-user-id")}<input type="text" placeholder="2145550199@voice.example.net" prop:value=bwid on:input=move |e| bwid.set(event_target_value(&e))/></label>
            <label>{move || t("col-name")}<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
            <label>{move || t("package-type")}
                <select prop:value=package on:change=move |e| package.set(event_target_value(&e))>
                    <option value="">{move || t("template-package")}</option>
                    {Package::ALL.iter().map(|p| view! { <option value=p.label()>{p.label()}</option> }).collect_view()}
                </select>
            </label>
            <label>{move || t("broadworks-email")}<input type="email" prop:value=email on:input=move |e| email.set(event_target_value(&e))/></label>
            <label>{move || t("portal-password-label")}<input type="text" autocomplete="off" prop:value=password on:input=move |e| password.set(event_target_value(&e))/></label>
            <FieldError error=error/>
            <button type="submit" class="btn btn-primary">{move || t("provision-one")}</button>
        </crate::components::Changes></form>
    }
}

#[component]
fn ProvisionCsv(id: CustomerId) -> impl IntoView {
    let store = Store::get();
    let preview = RwSignal::new(None::<Result<Preview<SubscriberInput>, Text>>);
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
                store.notify(t_with("provisioned-many", &[("count", n.into()), ("file", file_name.get_untracked().into())]));
                preview.set(None);
            }
            Err(e) => preview.set(Some(Err(e.text()))),
        }
    };
    view! {
        <section class="form" aria-labelledby="provision-csv">
            <h2 id="provision-csv">{move || t("import-title")}</h2>
            <p class="hint">{move || t("import-hint")}</p>
            <label>{move || t("csv-file")}<input type="file" accept=".csv,text/csv" on:change=on_file/></label>
            {move || preview.get().map(|p| match p {
                Err(e) => view! { <p class="field-error" role="alert">{move || crate::i18n::text(&e)}</p> }.into_any(),
                Ok(p) => {
                    let valid = p.valid().len();
                    let bad = p.error_count();
                    view! {
                        <p role="status">{t_with("import-preview", &[("rows", p.rows.len().into()), ("valid", valid.into()), ("bad", bad.into())])}</p>
                        {(bad > 0).then(|| view! {
                            <table class="table compact">
                                <caption class="table-caption">{t("import-errors-caption")}</caption>
                                <thead><tr><th scope="col">{t("col-line")}</th><th scope="col">{t("col-what-to-fix")}</th></tr></thead>
                                <tbody>{p.rows.iter().filter(|r| !r.errors.is_empty()).take(100).map(|r| view! {
                                    <tr><td>{r.line}</td><td>{r.errors.iter().map(crate::i18n::text).collect::<Vec<_>>().join(" ")}</td></tr>
                                }).collect_view()}</tbody>
                            </table>
                        })}
                        <crate::components::Changes><button type="button" class="btn btn-primary" disabled=valid == 0 on:click=apply>{t_with("import-apply", &[("count", valid.into())])}</button></crate::components::Changes>
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
    let error = RwSignal::new(None::<Text>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(template) = chosen.get_untracked().parse::<TemplateId>() else {
            return error.set(Some(Text::new("choose-template")));
        };
        if store.submit(Command::UpdateCustomer { customer: id, name: name.get_untracked(), template }, error).is_some() {
            store.notify(t("customer-saved"));
        }
    };
    view! {
        <details class="edit-customer">
            <summary>{move || t("customer-edit")}</summary>
            <form class="form" on:submit=save><crate::components::Changes>
                <label>{move || t("customer-name")}<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
                <label>{move || t("col-template")}
                    <select prop:value=chosen on:change=move |e| chosen.set(event_target_value(&e))>
                        {move || store.ws.with(|w| w.partner().templates().values().map(|t| view! {
                            <option value=t.id.to_string() selected=t.id == template>{t.name.clone()}</option>
                        }).collect_view())}
                    </select>
                </label>
                <p class="hint">{move || t("customer-edit-hint")}</p>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">{move || t("customer-save")}</button>
            </crate::components::Changes></form>
        </details>
    }
}
