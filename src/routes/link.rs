//! `/link/:token`: what happens when someone opens an emailed link.

use crate::store::Store;
use flowthrough_core::Command;
use flowthrough_core::Token;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// Opens the link once, when the page loads, and shows the outcome.
#[component]
pub fn OpenLink() -> impl IntoView {
    let store = Store::get();
    let params = use_params_map();
    let token = params.read_untracked().get("token").unwrap_or_default();
    let outcome = store.dispatch(Command::OpenLink { token: Token(token) });
    let body = match outcome {
        Ok(_) => view! {
            <h1>"Done"</h1>
            <p>"Your email is confirmed. Download the Webex App and sign in with your email address."</p>
        }
        .into_any(),
        Err(e) => view! {
            <h1>"This link can't be used"</h1>
            <p role="alert">{e.to_string()}</p>
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
