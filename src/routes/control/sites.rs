//! Control Hub → Site linking: link a Webex Meetings site and add its users (they start Verified).

use super::{org_param, OrgFrame, Tab};
use crate::store::Store;
use flowthrough_core::{Command, UserInput};
use crate::components::FieldError;
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::t;

/// `/control/orgs/:org/sites`
#[component]
pub fn Sites() -> impl IntoView {
    view! { <OrgFrame tab=Tab::Sites><SitesBody/></OrgFrame> }
}

#[component]
fn SitesBody() -> impl IntoView {
    let store = Store::get();
    let Some(org) = org_param() else { return ().into_any() };
    let site = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let pick = RwSignal::new(String::new());
    let emails = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<Text>);
    let sites = move || store.ws.with(|w| w.control().orgs().get(&org).map(|o| o.linked_sites.clone()).unwrap_or_default());
    let link = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if store.submit(Command::LinkSite { org, site: site.get_untracked() }, error).is_some() {
            site.set(String::new());
            store.notify(t("site-linked"));
        }
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = if pick.get_untracked().is_empty() { sites().first().cloned().unwrap_or_default() } else { pick.get_untracked() };
        let users: Vec<UserInput> = emails.get_untracked().split(['\n', ',', ';']).map(str::trim).filter(|s| !s.is_empty()).map(|e| UserInput { email: e.into(), name: String::new() }).collect();
        if store.submit(Command::AddSiteUsers { org, site: chosen, users }, add_error).is_some() {
            emails.set(String::new());
            store.notify(t("site-users-added"));
        }
    };
    view! {
        <p class="lead">{move || t("sites-lead")}</p>
        <ul class="plain-list" aria-label=move || t("linked-sites")>
            {move || {
                let s = sites();
                if s.is_empty() { view! { <li class="hint">{t("sites-none")}</li> }.into_any() } else { s.into_iter().map(|x| view! { <li><code>{x}</code></li> }).collect_view().into_any() }
            }}
        </ul>
        <div class="two-col">
            <form class="form" on:submit=link aria-labelledby="link-site"><crate::components::Changes>
                <h2 id="link-site">{move || t("site-link-title")}</h2>
                <label>{move || t("site-url")}<input type="text" placeholder="acme.webex.com" prop:value=site on:input=move |e| site.set(event_target_value(&e))/></label>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">{move || t("site-link")}</button>
            </crate::components::Changes></form>
            <form class="form" on:submit=add aria-labelledby="site-users"><crate::components::Changes>
                <h2 id="site-users">{move || t("site-users-title")}</h2>
                <label>{move || t("site")}
                    <select prop:value=pick on:change=move |e| pick.set(event_target_value(&e))>
                        {move || sites().into_iter().map(|s| view! { <option value=s.clone()>{s.clone()}</option> }).collect_view()}
                    </select>
                </label>
                <label>{move || t("site-users-emails")}<textarea rows="3" placeholder=move || t("one-per-line") prop:value=emails on:input=move |e| emails.set(event_target_value(&e))></textarea></label>
                <FieldError error=add_error/>
                <button type="submit" class="btn btn-primary">{move || t("site-users-add")}</button>
            </crate::components::Changes></form>
        </div>
    }
    .into_any()
}
