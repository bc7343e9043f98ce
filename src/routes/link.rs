//! `/link/:token`: what happens when someone opens an emailed link.

use crate::store::Store;
use flowthrough_core::{Command, Event, LinkPurpose, Token, UserId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

enum Outcome {
    Ready { message: String, user: Option<UserId> },
    Failed(String),
}

/// Opens the link once, when the page loads, and shows the outcome and the next step.
#[component]
pub fn OpenLink() -> impl IntoView {
    let store = Store::get();
    let params = use_params_map();
    let token = Token(params.read_untracked().get("token").unwrap_or_default());
    let purpose = store.ws.with_untracked(|w| w.mail().links().get(&token).map(|l| l.purpose.clone()));
    let outcome = match store.dispatch(Command::OpenLink { token }) {
        Err(e) => Outcome::Failed(e.to_string()),
        Ok(events) => {
            let failure = events.iter().find_map(|e| match e {
                Event::OnboardingFailed { subscriber, .. } => Some(*subscriber),
                _ => None,
            });
            if let Some(s) = failure {
                let text = store.ws.with_untracked(|w| w.partner().subscribers().get(&s).and_then(|s| s.error.as_ref().map(|e| e.code.text().to_string())));
                Outcome::Failed(format!("{} Go back to the activation page and use Try again, or contact your service provider.", text.unwrap_or_default()))
            } else {
                let (message, user) = store.ws.with_untracked(|w| match &purpose {
                    Some(LinkPurpose::VerifySubscriberEmail { subscriber, .. }) => (
                        "Your email is verified and your Webex account is ready.".to_string(),
                        w.partner().subscribers().get(subscriber).and_then(|s| s.user),
                    ),
                    Some(LinkPurpose::MoveAccount { user, .. }) => {
                        let org = w.control().users().get(user).and_then(|u| w.control().orgs().get(&u.org)).map(|o| o.name.clone()).unwrap_or_default();
                        (format!("Your Webex account moved to {org}. Your conversations and contacts came with it."), Some(*user))
                    }
                    Some(LinkPurpose::ActivateUser { user }) => ("Your email is verified.".to_string(), Some(*user)),
                    None => ("Done.".to_string(), None),
                });
                Outcome::Ready { message, user }
            }
        }
    };
    let signed_in = RwSignal::new(None::<String>);
    let body = match outcome {
        Outcome::Ready { message, user } => view! {
            <h1>"You're all set"</h1>
            <p>{message}</p>
            <p>"Next step: download the Webex App and sign in with your email address."</p>
            {user.map(|u| view! {
                <button type="button" class="btn btn-primary" on:click=move |_| {
                    let r = store.dispatch(Command::SignIn { user: u });
                    signed_in.set(Some(match r { Ok(_) => "Signed in. Welcome to Webex!".into(), Err(e) => e.to_string() }));
                }>"Sign in to Webex"</button>
            })}
            {move || signed_in.get().map(|m| view! { <p role="status">{m}</p> })}
        }
        .into_any(),
        Outcome::Failed(e) => view! {
            <h1>"This link can't be used"</h1>
            <p role="alert">{e}</p>
        }
        .into_any(),
    };
    view! {
        <div class="portal">
            <header class="portal-brand"><span class="brand-mark" aria-hidden="true"></span>"Webex"</header>
            <main id="main" class="portal-card">{body}<p class="hint"><A href="/mailbox">"Back to the Mailbox"</A></p></main>
        </div>
    }
}
