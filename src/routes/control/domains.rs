//! Control Hub → Domains: add, publish the DNS TXT record, verify, claim.

use super::users::report;
use super::{org_param, OrgFrame, Tab};
use crate::store::Store;
use flowthrough_core::query;
use flowthrough_core::{Command, DomainAction};
use crate::components::{Badge, FieldError};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::{self, t, t_with};

/// `/control/orgs/:org/domains`
#[component]
pub fn Domains() -> impl IntoView {
    view! { <OrgFrame tab=Tab::Domains><DomainsBody/></OrgFrame> }
}

#[component]
fn DomainsBody() -> impl IntoView {
    let store = Store::get();
    let Some(org) = org_param() else { return ().into_any() };
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store.submit(Command::AddDomain { org, domain: name.get_untracked() }, error).is_some() {
            name.set(String::new());
            store.notify(t("domain-added"));
        }
    };
    view! {
        <p class="lead">{move || t("domains-lead")}</p>
        <div class="table-wrap">
        <table class="table">
            <caption class="visually-hidden">{move || t("tab-domains")}</caption>
            <thead><tr><th scope="col">{move || t("col-domain")}</th><th scope="col">{move || t("col-status")}</th><th scope="col">{move || t("col-txt")}</th><th scope="col">{move || t("col-domain-users")}</th><th scope="col">{move || t("col-actions")}</th></tr></thead>
            <tbody>
                {move || store.ws.with(|w| {
                    let Some(o) = w.control().orgs().get(&org) else { return ().into_any() };
                    if o.domains.is_empty() {
                        return view! { <tr><td colspan="5" class="empty">{t("domains-none")}</td></tr> }.into_any();
                    }
                    o.domains.iter().map(|d| {
                        let users = query::users_with_domain(w, &d.name);
                        let here = users.iter().filter(|u| u.org == org).count();
                        let elsewhere = users.len() - here;
                        let dn = d.name.clone();
                        let d4 = dn.clone();
                        let steps = d.next_steps();
                        let txt = d.txt_value.clone();
                        let status = d.status;
                        let published = d.record_published;
                        let label = d.name.clone();
                        view! {
                            <tr>
                                <td>{label}</td>
                                <td><Badge tone=status.tone() label=Signal::derive(move || i18n::code("domain-status", status))/></td>
                                <td><code class="txt">{txt.clone()}</code>
                                    <span class="sub">{if published { t("record-published") } else { t("record-not-published") }}</span></td>
                                <td>{t_with("domain-users", &[("here", here.into()), ("elsewhere", elsewhere.into())])}</td>
                                <td><div class="row-actions">
                                    <button type="button" class="btn btn-secondary btn-small" on:click=move |_| store.copy(txt.clone(), t("txt-copied"))>{t("copy-txt")}</button>
                                    <crate::components::Changes>
                                    {steps.into_iter().map(|step| {
                                        let domain = dn.clone();
                                        let class = if step == DomainAction::MarkPublished { "btn btn-secondary btn-small" } else { "btn btn-primary btn-small" };
                                        let (label, done) = (i18n::code("domain-action", step), i18n::code("domain-action-done", step));
                                        let command = move || match step {
                                            DomainAction::MarkPublished => Command::PublishDomainRecord { org, domain: domain.clone() },
                                            DomainAction::Verify => Command::VerifyDomain { org, domain: domain.clone() },
                                            DomainAction::Claim => Command::ClaimDomain { org, domain: domain.clone() },
                                        };
                                        view! { <button type="button" class=class on:click=move |_| report(store, store.dispatch(command()), done.clone())>{label}</button> }
                                    }).collect_view()}
                                    <button type="button" class="btn btn-link btn-small" aria-label=t_with("remove-domain", &[("domain", dn.clone().into())]) on:click=move |_| report(store, store.dispatch(Command::RemoveDomain { org, domain: d4.clone() }), t("domain-removed"))>{t("remove")}</button>
                                    </crate::components::Changes>
                                </div></td>
                            </tr>
                        }
                    }).collect_view().into_any()
                })}
            </tbody>
        </table>
        </div>
        <form class="form" on:submit=add aria-labelledby="add-domain"><crate::components::Changes>
            <h2 id="add-domain">{move || t("domain-add-title")}</h2>
            <label>{move || t("domain-name")}<input type="text" placeholder="example.com" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
            <FieldError error=error/>
            <button type="submit" class="btn btn-primary">{move || t("domain-add")}</button>
        </crate::components::Changes></form>
    }
    .into_any()
}
