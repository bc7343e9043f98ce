//! `/activate/:provisioning_id`: an end user signs in with BroadWorks credentials and enters an email.

use crate::store::Store;
use flowthrough_core::{Command, PortalStep, SubscriberId};
use crate::components::FieldError;
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::{self, t, t_with, I18n, Locale};
use leptos_router::hooks::use_params_map;

/// The portal's route in the console's app (a shared workspace or a lesson's copy): the page of
/// [`Portal`] for the address's provisioning ID. Elsewhere the portal runs alone (`entry.rs`).
#[component]
pub fn PortalRoute() -> impl IntoView {
    let params = use_params_map();
    move || {
        let pid = params.read().get("pid").unwrap_or_default();
        view! { <Portal pid/> }
    }
}

/// The portal page for one template's provisioning ID, branded for end users rather than
/// administrators. It needs no router: the console's app and the portal alone both show it.
#[component]
pub fn Portal(pid: String) -> impl IntoView {
    let store = Store::get();
    // The end user's language, not the administrator's: from the link's `lang`, else the
    // browser's; the page's own switcher changes it (and the address, to share).
    let from_link = crate::browser::query_param("lang").and_then(|l| Locale::from_tag(&l));
    let i18n = I18n::provide_scoped(from_link.unwrap_or_else(Locale::from_browser));
    let pid = StoredValue::new(pid);
    let pid = move || pid.get_value();
    // Who is signed in (kept in memory only: reloading signs out).
    let session = RwSignal::new(None::<(SubscriberId, String, String)>);
    let bwid = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    // A user waiting for the verification email may enter another address instead.
    let changing = RwSignal::new(false);

    let sign_in = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let r = store.ws.with_untracked(|w| w.partner().portal_sign_in(&pid(), &bwid.get_untracked(), &password.get_untracked()).map(|s| s.id));
        match r {
            Ok(id) => {
                session.set(Some((id, bwid.get_untracked(), password.get_untracked())));
                password.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e.text())),
        }
    };
    let choose_language = move |e: leptos::ev::Event| {
        if let Some(l) = Locale::from_tag(&event_target_value(&e)) {
            i18n.set(l);
            crate::browser::replace_query_param("lang", l.tag());
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((_, b, p)) = session.get_untracked() else { return };
        let cmd = Command::SubmitEmail { provisioning_id: pid(), broadworks_user_id: b, password: p, email: email.get_untracked() };
        match store.dispatch(cmd) {
            Ok(_) => {
                // The emails this address receives are written in the language the user chose here.
                crate::storage::set_recipient_language(&email.get_untracked(), i18n.locale().tag());
                changing.set(false);
                // A failed onboarding is shown from the subscriber's own error (the banner above
                // the form), not as a field error.
                error.set(None);
            }
            Err(e) => error.set(Some(e.text())),
        }
    };

    let body = move || {
        let problem = store.ws.with(|w| match w.partner().template_by_provisioning_id(&pid()) {
            None => Some(t("portal-unknown-link")),
            Some(t) => t.self_activation_problem().map(i18n::setup_problem),
        });
        if let Some(p) = problem {
            return view! {
                <h1>{t("portal-unavailable")}</h1>
                <p role="alert">{p}</p>
                <p>{t("portal-contact-provider")}</p>
            }
            .into_any();
        }
        match session.get() {
            None => view! {
                <h1>{t("portal-activate")}</h1>
                <p>{t("portal-sign-in-text")}</p>
                <form class="form" on:submit=sign_in>
                    <label>{t("portal-user-id")}<input type="text" autocomplete="username" prop:value=bwid on:input=move |e| bwid.set(event_target_value(&e))/></label>
                    <label>{t("portal-password")}<input type="password" autocomplete="current-password" prop:value=password on:input=move |e| password.set(event_target_value(&e))/></label>
                    <FieldError error=error/>
                    <button type="submit" class="btn btn-primary">{t("portal-sign-in")}</button>
                </form>
            }
            .into_any(),
            Some((id, _, _)) => {
                let sub = store.ws.with(|w| w.partner().subscribers().get(&id).cloned());
                let Some(sub) = sub else {
                    return view! { <p role="alert">{t("portal-account-gone")}</p> }.into_any();
                };
                match sub.portal_step() {
                    PortalStep::CheckInbox if !changing.get() => view! {
                        <h1>{t("portal-check-inbox")}</h1>
                        <p>{t_with("portal-sent-to", &[("email", sub.email.map(|e| e.to_string()).unwrap_or_default().into())])}</p>
                        <p class="hint">{t("portal-mailbox-hint")} " " <a href="/mailbox">{t("nav-mailbox")}</a></p>
                        <button type="button" class="btn btn-secondary" on:click=move |_| changing.set(true)>{t("portal-other-email")}</button>
                    }.into_any(),
                    PortalStep::ConfirmMove => view! {
                        <h1>{t("portal-confirm-move")}</h1>
                        <p>{t("portal-confirm-move-text")}</p>
                    }.into_any(),
                    PortalStep::Done => view! {
                        <h1>{t("portal-done")}</h1>
                        <p>{t("portal-done-text")}</p>
                    }.into_any(),
                    PortalStep::Locked => view! {
                        <h1>{t("portal-failed")}</h1>
                        <p role="alert">{sub.error.map(|e| i18n::failure(e.code))}</p>
                        <p>{t("portal-admin-notified")}</p>
                    }.into_any(),
                    PortalStep::EnterEmail | PortalStep::CheckInbox => {
                        let failed = sub.error.clone();
                        view! {
                            <h1>{t("portal-enter-email")}</h1>
                            {failed.map(|f| view! {
                                <div class="banner banner-error" role="alert">
                                    <p>{i18n::failure(f.code)}</p>
                                    <p>{t("portal-check-try-again")}</p>
                                </div>
                            })}
                            <form class="form" on:submit=submit><crate::components::Changes>
                                <label>{t("email-address")}<input type="email" autocomplete="email" prop:value=email on:input=move |e| email.set(event_target_value(&e))/></label>
                                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{i18n::text(&e)}</p> })}
                                <button type="submit" class="btn btn-primary">{if sub.error.is_some() { t("portal-try-again") } else { t("portal-continue") }}</button>
                            </crate::components::Changes></form>
                        }.into_any()
                    }
                }
            }
        }
    };

    view! {
        <div class="portal" lang=move || i18n.locale().tag()>
            <header class="portal-brand"><span class="brand-mark" aria-hidden="true"></span>"Webex"<span class="portal-sub">{move || t("portal-name")}</span>
                <label class="language-switch">
                    <span class="visually-hidden">{move || t("portal-language")}</span>
                    <select on:change=choose_language>
                        {Locale::ALL.into_iter().map(|l| view! { <option value=l.tag() lang=l.tag() selected=move || i18n.locale() == l>{l.native_name()}</option> }).collect_view()}
                    </select>
                </label>
            </header>
            <main id="main" class="portal-card">{body}</main>
        </div>
    }
}
