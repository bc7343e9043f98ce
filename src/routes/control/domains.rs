//! Control Hub → Domains: add, publish the DNS TXT record, verify, claim.

use super::users::report;
use super::{org_param, OrgFrame, Tab};
use crate::store::Store;
use flowthrough_core::query;
use flowthrough_core::{Command, DomainAction};
use crate::components::{Badge, FieldError};
use leptos::prelude::*;

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
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store.submit(Command::AddDomain { org, domain: name.get_untracked() }, error).is_some() {
            name.set(String::new());
            store.notify("Domain added. Publish its TXT record in your DNS, then verify.");
        }
    };
    view! {
        <p class="lead">"Verify a domain to prove you own it (a DNS TXT record). Users you then add with that domain start Verified, and directory-synced users start Active. Claim a verified domain so its users cannot join other organizations by other means."</p>
        <div class="table-wrap">
        <table class="table">
            <caption class="visually-hidden">"Domains"</caption>
            <thead><tr><th scope="col">"Domain"</th><th scope="col">"Status"</th><th scope="col">"DNS TXT record"</th><th scope="col">"Users with this domain"</th><th scope="col">"Actions"</th></tr></thead>
            <tbody>
                {move || store.ws.with(|w| {
                    let Some(o) = w.control().orgs().get(&org) else { return ().into_any() };
                    if o.domains.is_empty() {
                        return view! { <tr><td colspan="5" class="empty">"No domains yet. Add one below."</td></tr> }.into_any();
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
                                <td><Badge tone=status.tone() label=status.label().to_string()/></td>
                                <td><code class="txt">{txt.clone()}</code>
                                    <span class="sub">{if published { "Marked as published" } else { "Not published yet" }}</span></td>
                                <td>{format!("{here} here")}{(elsewhere > 0).then(|| format!(", {elsewhere} in other organizations"))}</td>
                                <td><div class="row-actions">
                                    <button type="button" class="btn btn-secondary btn-small" on:click=move |_| store.copy(txt.clone(), "TXT value copied.")>"Copy TXT value"</button>
                                    {steps.into_iter().map(|step| {
                                        let domain = dn.clone();
                                        let (label, class, done) = match step {
                                            DomainAction::MarkPublished => ("Mark record as published", "btn btn-secondary btn-small", "Marked as published."),
                                            DomainAction::Verify => ("Verify", "btn btn-primary btn-small", "Domain verified."),
                                            DomainAction::Claim => ("Claim", "btn btn-primary btn-small", "Domain claimed."),
                                        };
                                        let command = move || match step {
                                            DomainAction::MarkPublished => Command::PublishDomainRecord { org, domain: domain.clone() },
                                            DomainAction::Verify => Command::VerifyDomain { org, domain: domain.clone() },
                                            DomainAction::Claim => Command::ClaimDomain { org, domain: domain.clone() },
                                        };
                                        view! { <button type="button" class=class on:click=move |_| report(store, store.dispatch(command()), done)>{label}</button> }
                                    }).collect_view()}
                                    <button type="button" class="btn btn-link btn-small" aria-label=format!("Remove {dn}") on:click=move |_| report(store, store.dispatch(Command::RemoveDomain { org, domain: d4.clone() }), "Domain removed.")>"Remove"</button>
                                </div></td>
                            </tr>
                        }
                    }).collect_view().into_any()
                })}
            </tbody>
        </table>
        </div>
        <form class="form" on:submit=add aria-labelledby="add-domain">
            <h2 id="add-domain">"Add a domain"</h2>
            <label>"Domain name"<input type="text" placeholder="example.com" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
            <FieldError error=error/>
            <button type="submit" class="btn btn-primary">"Add domain"</button>
        </form>
    }
    .into_any()
}
