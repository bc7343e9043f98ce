//! `/link/:token`: what happens when someone opens an emailed link.

use crate::store::Store;
use flowthrough_core::{Command, Event, LinkPurpose, Token, UserId};
use leptos::prelude::*;
use crate::i18n::{t, t_with};
use leptos_router::hooks::use_params_map;

enum Outcome {
    Ready { message: String, user: Option<UserId> },
    Failed(String),
}

/// The link's route in the console's app (a shared workspace or a lesson's copy). Elsewhere an
/// emailed link opens alone (`entry.rs`).
#[component]
pub fn LinkRoute() -> impl IntoView {
    let token = use_params_map().read_untracked().get("token").unwrap_or_default();
    view! { <OpenLink token/> }
}

/// Opens the link once, when the page loads, and shows the outcome and the next step. It needs
/// no router.
#[component]
pub fn OpenLink(token: String) -> impl IntoView {
    let store = Store::get();
    let token = Token(token.into());
    let purpose = store.ws.with_untracked(|w| w.mail().links().get(&token).map(|l| l.purpose.clone()));
    let outcome = match store.dispatch(Command::OpenLink { token }) {
        Err(e) => Outcome::Failed(crate::i18n::refusal(&e)),
        Ok(events) => {
            let failure = events.iter().find_map(|e| match e {
                Event::OnboardingFailed { subscriber, .. } => Some(*subscriber),
                _ => None,
            });
            if let Some(s) = failure {
                let text = store.ws.with_untracked(|w| w.partner().subscribers().get(&s).and_then(|s| s.error.as_ref().map(|e| crate::i18n::failure(e.code))));
                Outcome::Failed(format!("{} {}", text.unwrap_or_default(), t("link-go-back")))
            } else {
                let (message, user) = store.ws.with_untracked(|w| match &purpose {
                    Some(LinkPurpose::VerifySubscriberEmail { subscriber, .. }) => (
                        t("link-verified-ready"),
                        w.partner().subscribers().get(subscriber).and_then(|s| s.user),
                    ),
                    Some(LinkPurpose::MoveAccount { user, .. }) => {
                        let org = w.control().users().get(user).and_then(|u| w.control().orgs().get(&u.org)).map(|o| o.name.clone()).unwrap_or_default();
                        (t_with("link-moved", &[("org", org.into())]), Some(*user))
                    }
                    Some(LinkPurpose::ActivateUser { user }) => (t("link-verified"), Some(*user)),
                    None => (t("link-done"), None),
                });
                Outcome::Ready { message, user }
            }
        }
    };
    let signed_in = RwSignal::new(None::<String>);
    let body = match outcome {
        Outcome::Ready { message, user } => view! {
            <h1>{t("portal-done")}</h1>
            <p>{message}</p>
            <p>{t("link-next-step")}</p>
            {user.map(|u| view! {
                <button type="button" class="btn btn-primary" on:click=move |_| {
                    let r = store.dispatch(Command::SignIn { user: u });
                    signed_in.set(Some(match r { Ok(_) => t("link-signed-in"), Err(e) => crate::i18n::refusal(&e) }));
                }>{t("link-sign-in")}</button>
            })}
            {move || signed_in.get().map(|m| view! { <p role="status">{m}</p> })}
        }
        .into_any(),
        Outcome::Failed(e) => view! {
            <h1>{t("link-unusable")}</h1>
            <p role="alert">{e}</p>
        }
        .into_any(),
    };
    view! {
        <div class="portal">
            <header class="portal-brand"><span class="brand-mark" aria-hidden="true"></span>"Webex"</header>
            <main id="main" class="portal-card">{body}<p class="hint"><a href="/mailbox">{t("back-to-mailbox")}</a></p></main>
        </div>
    }
}
