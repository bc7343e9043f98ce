//! Control Hub → Organization Settings → Email: the Automatic activation emails toggle (seed
//! 004), sending activation emails and reminders by hand, and the manual email composer.

use super::users::report;
use super::{org_param, OrgFrame, Tab};
use crate::store::Store;
use flowthrough_core::composer::ManualActivationEmail;
use flowthrough_core::query;
use flowthrough_core::{Command, OrgId, UserId};
use leptos::prelude::*;
use crate::i18n::{self, t, t_with, I18n, Locale};
use flowthrough_core::text::Text;
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
        report(store, store.dispatch(Command::SetAutomaticActivationEmails { org, enabled }), if enabled { t("auto-emails-on") } else { t("auto-emails-off") });
    };
    view! {
        <section class="settings-section" aria-labelledby="email-heading">
            <h2 id="email-heading">{move || t("col-email")}</h2>
            <crate::components::Changes><label class="switch"><input type="checkbox" role="switch" prop:checked=auto on:change=toggle/>{move || t("auto-emails")}</label></crate::components::Changes>
            <p class="hint">{move || t("auto-emails-hint")}</p>
            <Show when=move || !auto()>
                <div class="banner banner-warning" role="note">
                    <p><strong>{move || t("auto-emails-off")}</strong>" " {move || t("auto-emails-off-warning")}</p>
                </div>
            </Show>
            <p class="hint">{move || t("auto-emails-scope")}</p>
            <Show when=free>
                <crate::components::Changes><p><button type="button" class="btn btn-secondary" on:click=move |_| report(store, store.dispatch(Command::ConvertToPaid { org }), t("converted-to-paid"))>{move || t("convert-to-paid")}</button></p></crate::components::Changes>
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
                .map(|u| (u.id, u.email.to_string(), u.state, u.invited_at))
                .collect::<Vec<_>>()
        })
    });
    let send = move |reminder: bool, ids: Vec<UserId>| {
        let n = ids.len();
        let cmd = if reminder { Command::SendReminders { users: ids } } else { Command::SendActivationEmails { users: ids } };
        let done = t_with(if reminder { "reminders-sent" } else { "activation-emails-sent" }, &[("count", n.into())]);
        report(store, store.dispatch(cmd), done);
        selected.set(BTreeSet::new());
    };
    view! {
        <section class="settings-section" aria-labelledby="not-activated">
            <h2 id="not-activated">{move || t("not-activated")}</h2>
            <p class="hint">{move || t("not-activated-hint")}</p>
            <crate::components::Changes><div class="toolbar">
                <button type="button" class="btn btn-primary" disabled=move || selected.with(BTreeSet::is_empty)
                    on:click=move |_| send(false, selected.get_untracked().into_iter().collect())>{move || t("send-activation-selected")}</button>
                <button type="button" class="btn btn-secondary" disabled=move || selected.with(BTreeSet::is_empty)
                    on:click=move |_| send(true, selected.get_untracked().into_iter().collect())>{move || t("send-reminder-selected")}</button>
                <button type="button" class="btn btn-secondary" disabled=move || users.with(Vec::is_empty)
                    on:click=move |_| send(true, users.get_untracked().into_iter().map(|u| u.0).collect())>{move || t("send-reminders-all")}</button>
            </div></crate::components::Changes>
            <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{move || t("not-activated")}</caption>
                <thead><tr>
                    <th scope="col"><input type="checkbox" aria-label=move || t("select-all")
                        prop:checked=move || !users.with(Vec::is_empty) && selected.with(|s| s.len()) == users.with(Vec::len)
                        on:change=move |e| { let on = event_target_checked(&e); selected.set(if on { users.get_untracked().into_iter().map(|u| u.0).collect() } else { BTreeSet::new() }) }/></th>
                    <th scope="col">{move || t("col-email")}</th><th scope="col">{move || t("col-state")}</th><th scope="col">{move || t("col-last-invited")}</th><th scope="col"><span class="visually-hidden">{move || t("send")}</span></th>
                </tr></thead>
                <tbody>
                    {move || {
                        let list = users.get();
                        if list.is_empty() {
                            return view! { <tr><td colspan="5" class="empty">{t("everyone-activated")}</td></tr> }.into_any();
                        }
                        list.into_iter().map(|(id, email, state, invited)| view! {
                            <tr>
                                <td><input type="checkbox" aria-label=t_with("select-who", &[("who", email.clone().into())]) prop:checked=move || selected.with(|s| s.contains(&id))
                                    on:change=move |e| { let on = event_target_checked(&e); selected.update(|s| { if on { s.insert(id); } else { s.remove(&id); } }) }/></td>
                                <td>{email.clone()}</td><td>{i18n::state(state)}</td><td>{i18n::when(invited)}</td>
                                <td><crate::components::Changes><button type="button" class="btn btn-secondary btn-small" aria-label=t_with("send-activation-to", &[("who", email.clone().into())]) on:click=move |_| send(false, vec![id])>{t("send-activation")}</button></crate::components::Changes></td>
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
/// The email is written in a language of its own (the console's until one is chosen): its
/// greeting, headings and closing, and the draft's subject and steps while they are the draft's.
#[component]
fn Composer(org: OrgId) -> impl IntoView {
    let store = Store::get();
    let i18n = I18n::get();
    let name = store.ws.with_untracked(|w| w.control().orgs().get(&org).map(|o| o.name.clone()).unwrap_or_default());
    let chosen = RwSignal::new(None::<Locale>);
    let language = move || chosen.get().unwrap_or_else(|| i18n.locale());
    let say = move |x: &Text| i18n::words_in(language(), x);
    // The draft's words in the email's language (again when that language's messages arrive).
    let defaults = Memo::new({
        let name = name.clone();
        move |_| ManualActivationEmail::defaults(&name, &say)
    });
    let msg = RwSignal::new(ManualActivationEmail::draft(&name, &say));
    // A field that still holds the draft's words follows a change of language; one the
    // administrator wrote stays as written.
    Effect::new(move |before: Option<(String, String)>| {
        let now = defaults.get();
        if let Some((subject, steps)) = before {
            msg.update(|m| {
                if m.subject == subject {
                    m.subject = now.0.clone();
                }
                if m.activation_steps == steps {
                    m.activation_steps = now.1.clone();
                }
            });
        }
        now
    });
    let field = move |label: fn() -> String, get: fn(&ManualActivationEmail) -> &String, set: fn(&mut ManualActivationEmail, String), rows: u32| {
        view! {
            <label>{label}
                <textarea rows=rows.to_string() lang=move || language().tag() prop:value=move || msg.with(|m| get(m).clone())
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
        let eml = m.to_eml("admin@localhost.invalid", store.now(), &say);
        match crate::browser::download("activation-email.eml", "message/rfc822", &eml) {
            Ok(()) => store.notify(t("eml-downloaded")),
            Err(e) => store.notify(i18n::text(&e)),
        }
    };
    let mailto = move || {
        let mut m = msg.get();
        m.to = recipients();
        m.mailto(&say)
    };
    view! {
        <section class="settings-section" aria-labelledby="composer">
            <h2 id="composer">{move || t("composer-title")}</h2>
            <p class="hint">{move || t("composer-hint")}</p>
            <ul class="checklist" aria-label=move || t("composer-checklist")>
                {move || msg.with(|m| m.checklist()).into_iter().map(|c| view! {
                    <li class=if c.done { "done" } else { "todo" }><span aria-hidden="true">{if c.done { "✓ " } else { "○ " }}</span>{t(c.label)}
                        <span class="visually-hidden">" " {if c.done { t("checklist-done") } else { t("checklist-missing") }}</span></li>
                }).collect_view()}
            </ul>
            <div class="form form-wide">
                <label>{move || t("composer-email-language")}
                    <select on:change=move |e| chosen.set(Locale::from_tag(&event_target_value(&e)))>
                        {Locale::ALL.into_iter().map(|l| view! {
                            <option value=l.tag() lang=l.tag() selected=move || language() == l>{l.native_name()}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{move || t("subject")}<input type="text" lang=move || language().tag() prop:value=move || msg.with(|m| m.subject.clone()) on:input=move |e| { let v = event_target_value(&e); msg.update(|m| m.subject = v) }/></label>
                {field(|| t("composer-field-goals"), |m| &m.goals_and_rollout, |m, v| m.goals_and_rollout = v, 2)}
                {field(|| t("composer-field-value"), |m| &m.app_value, |m, v| m.app_value = v, 2)}
                {field(|| t("composer-field-room"), |m| &m.personal_room_link, |m, v| m.personal_room_link = v, 1)}
                {field(|| t("composer-field-support"), |m| &m.support_links, |m, v| m.support_links = v, 1)}
                {field(|| t("composer-field-training"), |m| &m.training_links, |m, v| m.training_links = v, 1)}
                {field(|| t("composer-field-portal"), |m| &m.portal_link, |m, v| m.portal_link = v, 1)}
                {field(|| t("composer-field-steps"), |m| &m.activation_steps, |m, v| m.activation_steps = v, 3)}
                {move || {
                    let missing = msg.with(|m| m.missing());
                    (!missing.is_empty()).then(|| view! {
                        <div class="banner banner-warning" role="status"><p>{t("still-missing")} " " {missing.iter().map(|id| t(id)).collect::<Vec<_>>().join("; ")} "."</p></div>
                    })
                }}
                <p class="hint">{move || match recipients().len() {
                    0 => t("recipients-none"),
                    n => t_with("recipients", &[("count", n.into())]),
                }}</p>
                <div class="form-actions">
                    <button type="button" class="btn btn-primary" on:click=download>{move || t("download-eml")}</button>
                    <a class="btn btn-secondary" href=mailto>{move || t("open-in-mail")}</a>
                </div>
            </div>
        </section>
    }
}
