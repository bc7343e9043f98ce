//! Control Hub → Claim users: bring users of free (consumer) organizations into this one, at
//! once or with a 14-day delayed claim.

use super::{org_param, OrgFrame, Tab};
use crate::store::Store;
use flowthrough_core::query;
use flowthrough_core::{ClaimMode, Command, DataChoice, UserId};
use crate::components::FieldError;
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::{self, t, t_with};
use std::collections::BTreeSet;

/// `/control/orgs/:org/claims`
#[component]
pub fn Claims() -> impl IntoView {
    view! { <OrgFrame tab=Tab::Claims><ClaimsBody/></OrgFrame> }
}

#[component]
fn ClaimsBody() -> impl IntoView {
    let store = Store::get();
    let Some(org) = org_param() else { return ().into_any() };
    let free_org = move || store.ws.with(|w| w.control().orgs().get(&org).is_some_and(|o| o.kind.is_free()));
    let search = RwSignal::new(String::new());
    let selected = RwSignal::new(BTreeSet::<UserId>::new());
    let delayed = RwSignal::new(false);
    let error = RwSignal::new(None::<Text>);
    let candidates = move || {
        store.ws.with(|w| {
            query::claimable(w, org, &search.get())
                .into_iter()
                .take(100)
                .map(|u| (u.id, u.name.to_string(), u.email.to_string(), u.state, w.control().orgs().get(&u.org).map(|o| o.name.clone()).unwrap_or_default()))
                .collect::<Vec<_>>()
        })
    };
    let pending = move || {
        store.ws.with(|w| {
            w.control().users()
                .values()
                .filter(|u| u.org == org)
                .filter_map(|u| u.delayed_claim.as_ref().map(|c| (u.email.to_string(), store.now().days_until(c.deadline), c.converted_state, c.deadline)))
                .collect::<Vec<_>>()
        })
    };
    let claim = move |_| {
        let users: Vec<UserId> = selected.get_untracked().into_iter().collect();
        let n = users.len();
        let mode = if delayed.get_untracked() { ClaimMode::Delayed } else { ClaimMode::Immediate };
        match store.dispatch(Command::ClaimUsers { org, users, mode }) {
            Ok(_) => {
                selected.set(BTreeSet::new());
                error.set(None);
                store.notify(t_with("users-claimed", &[("count", n.into())]));
            }
            Err(e) => error.set(Some(e.text())),
        }
    };
    view! {
        <Show when=move || !free_org() fallback=|| view! { <p class="hint">{move || t("claims-free-org")}</p> }>
            <p class="lead">{move || t("claims-lead")}</p>
            <label class="search inline">{move || t("claims-find")}
                <input type="search" placeholder=move || t("name-or-email") prop:value=search on:input=move |e| search.set(event_target_value(&e))/>
            </label>
            <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{move || t("claims-caption")}</caption>
                <thead><tr><th scope="col"><span class="visually-hidden">{move || t("select")}</span></th><th scope="col">{move || t("col-name")}</th><th scope="col">{move || t("col-email")}</th><th scope="col">{move || t("col-state")}</th><th scope="col">{move || t("organization")}</th></tr></thead>
                <tbody>
                    {move || {
                        let c = candidates();
                        if c.is_empty() {
                            return view! { <tr><td colspan="5" class="empty">{t("claims-none")}</td></tr> }.into_any();
                        }
                        c.into_iter().map(|(id, name, email, state, from)| view! {
                            <tr>
                                <td><input type="checkbox" aria-label=t_with("select-who", &[("who", email.clone().into())])
                                    prop:checked=move || selected.with(|s| s.contains(&id))
                                    on:change=move |e| { let on = event_target_checked(&e); selected.update(|s| { if on { s.insert(id); } else { s.remove(&id); } }) }/></td>
                                <td>{name}</td><td>{email.clone()}</td><td>{i18n::state(state)}</td><td>{from}</td>
                            </tr>
                        }).collect_view().into_any()
                    }}
                </tbody>
            </table>
            </div>
            <fieldset class="form-plain">
                <legend>{move || t("claim-how")}</legend>
                <label class="check"><input type="radio" name="claim-mode" prop:checked=move || !delayed.get() on:change=move |_| delayed.set(false)/>{move || t("claim-immediately")}</label>
                <label class="check"><input type="radio" name="claim-mode" prop:checked=delayed on:change=move |_| delayed.set(true)/>
                    {move || t_with("claim-delayed", &[("default", i18n::code("choice", DataChoice::MoveConversations).into())])}</label>
            </fieldset>
            <FieldError error=error/>
            <crate::components::Changes><p><button type="button" class="btn btn-primary" disabled=move || selected.with(BTreeSet::is_empty) on:click=claim>
                {move || t_with("claim-selected", &[("count", selected.with(BTreeSet::len).into())])}</button></p></crate::components::Changes>
            <h2>{move || t("claims-pending")}</h2>
            <ul class="plain-list">
                {move || {
                    let p = pending();
                    if p.is_empty() { return view! { <li class="hint">{t("none")}</li> }.into_any(); }
                    p.into_iter().map(|(email, days, state, deadline)| view! {
                        <li>{email} " — " <strong>{t_with("days-left", &[("days", days.into())])}</strong>
                            " " {t_with("claim-pending-then", &[("until", i18n::when(deadline).into()), ("state", i18n::state(state).into())])}</li>
                    }).collect_view().into_any()
                }}
            </ul>
        </Show>
    }
    .into_any()
}
