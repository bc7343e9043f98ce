//! Control Hub → organizations.

use crate::components::{Area, FieldError, Console, PageHeader};
use crate::store::Store;
use flowthrough_core::{query, Command};
use leptos::prelude::*;
use leptos_router::components::A;

/// `/control`
#[component]
pub fn Orgs() -> impl IntoView {
    let store = Store::get();
    let name = RwSignal::new(String::new());
    let free = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store.submit(Command::CreateOrg { name: name.get_untracked(), free: free.get_untracked() }, error).is_some() {
            name.set(String::new());
        }
    };
    view! {
        <Console area=Area::Control>
            <PageHeader title="Organizations" lead="Customer organizations created by Partner Hub provisioning, and others you create, including free (consumer) organizations to claim users from."/>
            <p class="toolbar"><A href="/control/audit" attr:class="btn btn-secondary">"Audit log"</A>" "<A href="/timeline" attr:class="btn btn-secondary">"What happens next"</A></p>
            <table class="table">
                <caption class="visually-hidden">"Organizations"</caption>
                <thead><tr><th scope="col">"Organization"</th><th scope="col">"Kind"</th><th scope="col">"Users"</th><th scope="col">"Active"</th><th scope="col">"Not Verified"</th></tr></thead>
                <tbody>
                    {move || store.ws.with(|w| {
                        if w.control().orgs().is_empty() {
                            return view! { <tr><td colspan="5" class="empty">"No organizations yet. Onboard a user in Partner Hub, or create one below."</td></tr> }.into_any();
                        }
                        w.control().orgs().values().map(|o| {
                            let n = query::org_summary(w, o.id);
                            let href = format!("/control/orgs/{}/users", o.id.0);
                            let name = o.name.clone();
                            view! { <tr><td><A href=href>{name}</A></td><td>{o.kind.label()}</td><td>{n.users}</td><td>{n.active}</td><td>{n.not_verified}</td></tr> }
                        }).collect_view().into_any()
                    })}
                </tbody>
            </table>
            <form class="form" on:submit=create aria-labelledby="new-org">
                <h2 id="new-org">"Create an organization"</h2>
                <label>"Organization name"<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
                <label class="check"><input type="checkbox" prop:checked=free on:change=move |e| free.set(event_target_checked(&e))/>"Free (consumer) organization"</label>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">"Create organization"</button>
            </form>
        </Console>
    }
}
