//! `/activate/:provisioning_id`: an end user signs in with BroadWorks credentials and enters an email.

use crate::store::Store;
use flowthrough_core::{Command, Event, PortalStep, SubscriberId};
use crate::components::FieldError;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The portal page, branded for end users rather than administrators.
#[component]
pub fn Portal() -> impl IntoView {
    let store = Store::get();
    let params = use_params_map();
    let pid = move || params.read().get("pid").unwrap_or_default();
    // Who is signed in (kept in memory only: reloading signs out).
    let session = RwSignal::new(None::<(SubscriberId, String, String)>);
    let bwid = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
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
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((_, b, p)) = session.get_untracked() else { return };
        let cmd = Command::SubmitEmail { provisioning_id: pid(), broadworks_user_id: b, password: p, email: email.get_untracked() };
        match store.dispatch(cmd) {
            Ok(events) => {
                changing.set(false);
                error.set(events.iter().any(|e| matches!(e, Event::OnboardingFailed { .. })).then(String::new));
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };

    let body = move || {
        let problem = store.ws.with(|w| match w.partner().template_by_provisioning_id(&pid()) {
            None => Some("This activation link does not belong to any service provider template.".to_string()),
            Some(t) => t.self_activation_problem().map(str::to_string),
        });
        if let Some(p) = problem {
            return view! {
                <h1>"Activation is not available"</h1>
                <p role="alert">{p}</p>
                <p>"Contact your service provider; they need to finish setting up your account."</p>
            }
            .into_any();
        }
        match session.get() {
            None => view! {
                <h1>"Activate Webex"</h1>
                <p>"Sign in with your BroadWorks user ID and password."</p>
                <form class="form" on:submit=sign_in>
                    <label>"BroadWorks user ID"<input type="text" autocomplete="username" prop:value=bwid on:input=move |e| bwid.set(event_target_value(&e))/></label>
                    <label>"Password"<input type="password" autocomplete="current-password" prop:value=password on:input=move |e| password.set(event_target_value(&e))/></label>
                    <FieldError error=error/>
                    <button type="submit" class="btn btn-primary">"Sign in"</button>
                </form>
            }
            .into_any(),
            Some((id, _, _)) => {
                let sub = store.ws.with(|w| w.partner().subscribers().get(&id).cloned());
                let Some(sub) = sub else {
                    return view! { <p role="alert">"Your account is no longer available. Contact your service provider."</p> }.into_any();
                };
                match sub.portal_step() {
                    PortalStep::CheckInbox if !changing.get() => view! {
                        <h1>"Check your inbox"</h1>
                        <p>"We sent a verification email to " <strong>{sub.email.map(|e| e.to_string())}</strong> ". Open its link within 24 hours to finish."</p>
                        <p class="hint">"In flowthrough, emails arrive in the " <A href="/mailbox">"Mailbox"</A> "."</p>
                        <button type="button" class="btn btn-secondary" on:click=move |_| changing.set(true)>"Use a different email address"</button>
                    }.into_any(),
                    PortalStep::ConfirmMove => view! {
                        <h1>"Confirm the move of your account"</h1>
                        <p>"You already have a free Webex account with this email. We sent you an email to agree to move it to your company's organization."</p>
                    }.into_any(),
                    PortalStep::Done => view! {
                        <h1>"You're all set"</h1>
                        <p>"Your Webex account is ready. Download the Webex App and sign in with your email address."</p>
                    }.into_any(),
                    PortalStep::Locked => view! {
                        <h1>"We couldn't activate your account"</h1>
                        <p role="alert">{sub.error.map(|e| e.code.text().to_string())}</p>
                        <p>"Your administrator has been notified and will finish your activation."</p>
                    }.into_any(),
                    PortalStep::EnterEmail | PortalStep::CheckInbox => {
                        let failed = sub.error.clone();
                        view! {
                            <h1>"Enter your email address"</h1>
                            {failed.map(|f| view! {
                                <div class="banner banner-error" role="alert">
                                    <p>{f.code.text()}</p>
                                    <p>"Check the address and use Try again."</p>
                                </div>
                            })}
                            <form class="form" on:submit=submit>
                                <label>"Email address"<input type="email" autocomplete="email" prop:value=email on:input=move |e| email.set(event_target_value(&e))/></label>
                                {move || error.get().filter(|e| !e.is_empty()).map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                                <button type="submit" class="btn btn-primary">{if sub.error.is_some() { "Try again" } else { "Continue" }}</button>
                            </form>
                        }.into_any()
                    }
                }
            }
        }
    };

    view! {
        <div class="portal">
            <header class="portal-brand"><span class="brand-mark" aria-hidden="true"></span>"Webex"<span class="portal-sub">"User Activation Portal"</span></header>
            <main id="main" class="portal-card">{body}</main>
        </div>
    }
}
