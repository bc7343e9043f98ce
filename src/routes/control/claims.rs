//! Control Hub → Claim users: bring users of free (consumer) organizations into this one, at
//! once or with a 14-day delayed claim.

use super::{org_param, OrgFrame, Tab};
use crate::store::Store;
use flowthrough_core::query;
use flowthrough_core::{ClaimMode, Command, DataChoice, UserId};
use crate::components::FieldError;
use leptos::prelude::*;
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
    let error = RwSignal::new(None::<String>);
    let candidates = move || {
        store.ws.with(|w| {
            query::claimable(w, org, &search.get())
                .into_iter()
                .take(100)
                .map(|u| (u.id, u.name.clone(), u.email.to_string(), u.state.label(), w.control().orgs().get(&u.org).map(|o| o.name.clone()).unwrap_or_default()))
                .collect::<Vec<_>>()
        })
    };
    let pending = move || {
        store.ws.with(|w| {
            w.control().users()
                .values()
                .filter(|u| u.org == org)
                .filter_map(|u| u.delayed_claim.as_ref().map(|c| (u.email.to_string(), store.now().days_until(c.deadline), c.converted_state.label(), c.deadline)))
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
                store.notify(format!("{n} user{} claimed.", if n == 1 { "" } else { "s" }));
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    view! {
        <Show when=move || !free_org() fallback=|| view! { <p class="hint">"A free organization cannot claim users. Claim them into a paid organization."</p> }>
            <p class="lead">"Claiming (converting) brings users of free Webex organizations into this one. Each claimed user is notified: notices of a move from a free to a paid plan are always sent."</p>
            <label class="search inline">"Find users in free organizations"
                <input type="search" placeholder="Name or email" prop:value=search on:input=move |e| search.set(event_target_value(&e))/>
            </label>
            <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">"Users you can claim"</caption>
                <thead><tr><th scope="col"><span class="visually-hidden">"Select"</span></th><th scope="col">"Name"</th><th scope="col">"Email"</th><th scope="col">"State"</th><th scope="col">"Organization"</th></tr></thead>
                <tbody>
                    {move || {
                        let c = candidates();
                        if c.is_empty() {
                            return view! { <tr><td colspan="5" class="empty">"No users of free organizations to claim."</td></tr> }.into_any();
                        }
                        c.into_iter().map(|(id, name, email, state, from)| view! {
                            <tr>
                                <td><input type="checkbox" aria-label=format!("Select {email}")
                                    prop:checked=move || selected.with(|s| s.contains(&id))
                                    on:change=move |e| { let on = event_target_checked(&e); selected.update(|s| { if on { s.insert(id); } else { s.remove(&id); } }) }/></td>
                                <td>{name}</td><td>{email.clone()}</td><td>{state}</td><td>{from}</td>
                            </tr>
                        }).collect_view().into_any()
                    }}
                </tbody>
            </table>
            </div>
            <fieldset class="form-plain">
                <legend>"How the claim completes"</legend>
                <label class="check"><input type="radio" name="claim-mode" prop:checked=move || !delayed.get() on:change=move |_| delayed.set(false)/>"Immediately"</label>
                <label class="check"><input type="radio" name="claim-mode" prop:checked=delayed on:change=move |_| delayed.set(true)/>
                    "Delayed claim: the user has 14 days to choose what happens to their data; after that, " {DataChoice::MoveConversations.label().to_lowercase()} " runs by default"</label>
            </fieldset>
            <FieldError error=error/>
            <p><button type="button" class="btn btn-primary" disabled=move || selected.with(BTreeSet::is_empty) on:click=claim>
                {move || format!("Claim {} selected", selected.with(BTreeSet::len))}</button></p>
            <h2>"Delayed claims in progress"</h2>
            <ul class="plain-list">
                {move || {
                    let p = pending();
                    if p.is_empty() { return view! { <li class="hint">"None."</li> }.into_any(); }
                    p.into_iter().map(|(email, days, state, deadline)| view! {
                        <li>{email} " — " <strong>{format!("{days} of 14 days left")}</strong>
                            {format!(" (until {deadline}); then conversations move automatically and the user becomes {state}.")}</li>
                    }).collect_view().into_any()
                }}
            </ul>
        </Show>
    }
    .into_any()
}
