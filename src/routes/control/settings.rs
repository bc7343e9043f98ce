//! Control Hub → Organization Settings → Email: the Automatic activation emails toggle (seed
//! 004), sending activation emails and reminders by hand, and the manual email composer.

use super::users::report;
use super::{org_param, OrgFrame, Tab};
use crate::store::Store;
use flowthrough_core::composer::ManualActivationEmail;
use flowthrough_core::query;
use flowthrough_core::{Command, OrgId, UserId};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// `/control/orgs/:org/settings`
#[component]
pub fn Settings() -> impl IntoView {
    view! { <OrgFrame tab=Tab::Settings><SettingsBody/></OrgFrame> }
}

#[component]
fn SettingsBody() -> impl IntoView {
    let store = Store::get();
    let Some(org) = org_param() else { return ().into_any() };
    let auto = move || store.ws.with(|w| w.control().orgs().get(&org).is_some_and(|o| o.automatic_activation_emails));
    let free = move || store.ws.with(|w| w.control().orgs().get(&org).is_some_and(|o| o.kind.is_free()));
    let toggle = move |e: leptos::ev::Event| {
        let enabled = event_target_checked(&e);
        report(store, store.dispatch(Command::SetAutomaticActivationEmails { org, enabled }), if enabled { "Automatic activation emails are on." } else { "Automatic activation emails are off." });
    };
    view! {
        <section class="settings-section" aria-labelledby="email-heading">
            <h2 id="email-heading">"Email"</h2>
            <label class="switch"><input type="checkbox" role="switch" prop:checked=auto on:change=toggle/>"Automatic activation emails"</label>
            <p class="hint">"Webex sends emails automatically when licenses are assigned to users. On by default: every newly added user gets an activation email."</p>
            <Show when=move || !auto()>
                <div class="banner banner-warning" role="note">
                    <p><strong>"Automatic activation emails are off."</strong>" Newly added users get no email; send activation emails individually or in bulk instead. Emails you write yourself do not carry the correct email-verification links or password-creation logic, so leaving this setting on is strongly recommended."</p>
                </div>
            </Show>
            <p class="hint">"Only emails to newly licensed users and to inactive users are suppressed. Users converted from a free to a paid plan are always notified of the conversion, whatever this setting."</p>
            <Show when=free>
                <p><button type="button" class="btn btn-secondary" on:click=move |_| report(store, store.dispatch(Command::ConvertToPaid { org }), "Converted to a paid plan; every user was notified.")>"Convert to a paid plan"</button></p>
            </Show>
        </section>
        <NotActivated org/>
        <Composer org/>
    }
    .into_any()
}

/// Users who have not activated: send activation emails or reminders, one or in bulk.
#[component]
fn NotActivated(org: OrgId) -> impl IntoView {
    let store = Store::get();
    let selected = RwSignal::new(BTreeSet::<UserId>::new());
    let users = Memo::new(move |_| {
        store.ws.with(|w| {
            query::invitable(w, org)
                .into_iter()
                .map(|u| (u.id, u.email.to_string(), u.state.label(), u.invited_at))
                .collect::<Vec<_>>()
        })
    });
    let send = move |reminder: bool, ids: Vec<UserId>| {
        let n = ids.len();
        let cmd = if reminder { Command::SendReminders { users: ids } } else { Command::SendActivationEmails { users: ids } };
        let what = if reminder { "reminder" } else { "activation email" };
        report(store, store.dispatch(cmd), format!("{n} {what}{} sent.", if n == 1 { "" } else { "s" }));
        selected.set(BTreeSet::new());
    };
    view! {
        <section class="settings-section" aria-labelledby="not-activated">
            <h2 id="not-activated">"Users who have not activated"</h2>
            <p class="hint">"Not Verified or Verified users who have not signed in yet. When automatic emails are off, reminders are suppressed too: follow these users up here. Emails you send from here are always sent."</p>
            <div class="toolbar">
                <button type="button" class="btn btn-primary" disabled=move || selected.with(BTreeSet::is_empty)
                    on:click=move |_| send(false, selected.get_untracked().into_iter().collect())>"Send activation email to selected"</button>
                <button type="button" class="btn btn-secondary" disabled=move || selected.with(BTreeSet::is_empty)
                    on:click=move |_| send(true, selected.get_untracked().into_iter().collect())>"Send reminder to selected"</button>
                <button type="button" class="btn btn-secondary" disabled=move || users.with(Vec::is_empty)
                    on:click=move |_| send(true, users.get_untracked().into_iter().map(|u| u.0).collect())>"Send reminders to all"</button>
            </div>
            <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">"Users who have not activated"</caption>
                <thead><tr>
                    <th scope="col"><input type="checkbox" aria-label="Select all"
                        prop:checked=move || !users.with(Vec::is_empty) && selected.with(|s| s.len()) == users.with(Vec::len)
                        on:change=move |e| { let on = event_target_checked(&e); selected.set(if on { users.get_untracked().into_iter().map(|u| u.0).collect() } else { BTreeSet::new() }) }/></th>
                    <th scope="col">"Email"</th><th scope="col">"State"</th><th scope="col">"Last invited"</th><th scope="col"><span class="visually-hidden">"Send"</span></th>
                </tr></thead>
                <tbody>
                    {move || {
                        let list = users.get();
                        if list.is_empty() {
                            return view! { <tr><td colspan="5" class="empty">"Everyone has activated."</td></tr> }.into_any();
                        }
                        list.into_iter().map(|(id, email, state, invited)| view! {
                            <tr>
                                <td><input type="checkbox" aria-label=format!("Select {email}") prop:checked=move || selected.with(|s| s.contains(&id))
                                    on:change=move |e| { let on = event_target_checked(&e); selected.update(|s| { if on { s.insert(id); } else { s.remove(&id); } }) }/></td>
                                <td>{email.clone()}</td><td>{state}</td><td>{invited.to_string()}</td>
                                <td><button type="button" class="btn btn-secondary btn-small" aria-label=format!("Send activation email to {email}") on:click=move |_| send(false, vec![id])>"Send activation email"</button></td>
                            </tr>
                        }).collect_view().into_any()
                    }}
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// The manual activation email composer: the seed's checklist, warnings, `.eml` and `mailto:`.
#[component]
fn Composer(org: OrgId) -> impl IntoView {
    let store = Store::get();
    let name = store.ws.with_untracked(|w| w.control().orgs().get(&org).map(|o| o.name.clone()).unwrap_or_default());
    let msg = RwSignal::new(ManualActivationEmail::draft(&name));
    let field = move |label: &'static str, get: fn(&ManualActivationEmail) -> &String, set: fn(&mut ManualActivationEmail, String), rows: u32| {
        view! {
            <label>{label}
                <textarea rows=rows.to_string() prop:value=move || msg.with(|m| get(m).clone())
                    on:input=move |e| { let v = event_target_value(&e); msg.update(|m| set(m, v)) }></textarea>
            </label>
        }
    };
    let recipients = move || {
        store.ws.with(|w| query::not_activated(w, org).into_iter().map(|u| u.email.to_string()).collect::<Vec<_>>())
    };
    let download = move |_| {
        let mut m = msg.get_untracked();
        m.to = recipients();
        let eml = m.to_eml("Webex administrator <admin@localhost.invalid>", store.now());
        match crate::browser::download("activation-email.eml", "message/rfc822", &eml) {
            Ok(()) => store.notify("activation-email.eml downloaded: open it in your mail program to send it."),
            Err(e) => store.notify(e),
        }
    };
    let mailto = move || {
        let mut m = msg.get();
        m.to = recipients();
        m.mailto()
    };
    view! {
        <section class="settings-section" aria-labelledby="composer">
            <h2 id="composer">"Write your own activation email"</h2>
            <p class="hint">"If you turn automatic activation emails off, include these details in the email you send."</p>
            <ul class="checklist" aria-label="What the email should contain">
                {move || msg.with(|m| m.checklist()).into_iter().map(|c| view! {
                    <li class=if c.done { "done" } else { "todo" }><span aria-hidden="true">{if c.done { "✓ " } else { "○ " }}</span>{c.label}
                        <span class="visually-hidden">{if c.done { " (done)" } else { " (missing)" }}</span></li>
                }).collect_view()}
            </ul>
            <div class="form form-wide">
                <label>"Subject"<input type="text" prop:value=move || msg.with(|m| m.subject.clone()) on:input=move |e| { let v = event_target_value(&e); msg.update(|m| m.subject = v) }/></label>
                {field("Your company's goals and rollout plan", |m| &m.goals_and_rollout, |m, v| m.goals_and_rollout = v, 2)}
                {field("The value and purpose of the Webex App", |m| &m.app_value, |m, v| m.app_value = v, 2)}
                {field("Personal meeting room link (if you bought Webex Meetings)", |m| &m.personal_room_link, |m, v| m.personal_room_link = v, 1)}
                {field("Internal support links", |m| &m.support_links, |m, v| m.support_links = v, 1)}
                {field("Links to internal training content", |m| &m.training_links, |m, v| m.training_links = v, 1)}
                {field("End-user portal link", |m| &m.portal_link, |m, v| m.portal_link = v, 1)}
                {field("How users activate their account", |m| &m.activation_steps, |m, v| m.activation_steps = v, 3)}
                {move || {
                    let missing = msg.with(|m| m.missing());
                    (!missing.is_empty()).then(|| view! {
                        <div class="banner banner-warning" role="status"><p>"Still missing: " {missing.join("; ")} "."</p></div>
                    })
                }}
                <p class="hint">{move || match recipients().len() {
                    0 => "Recipients: none (everyone has activated); add addresses in your mail program.".to_string(),
                    1 => "Recipients: the 1 user who has not activated.".to_string(),
                    n => format!("Recipients: the {n} users who have not activated."),
                }}</p>
                <div class="form-actions">
                    <button type="button" class="btn btn-primary" on:click=download>"Download .eml"</button>
                    <a class="btn btn-secondary" href=mailto>"Open in mail program"</a>
                </div>
            </div>
        </section>
    }
}
