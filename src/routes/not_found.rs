//! Unknown paths.

use crate::components::{Area, Console};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// Any path no route matches.
#[component]
pub fn NotFound() -> impl IntoView {
    let path = use_location().pathname;
    view! {
        <Console area=Area::Home>
            <div class="page-header">
                <h1>"Page not found"</h1>
                <p class="lead">"There is no page at " <code>{move || path.get()}</code> "."</p>
            </div>
            <p>"Go to the " <A href="/">"start page"</A> ", " <A href="/partner">"Partner Hub"</A> " or " <A href="/control">"Control Hub"</A> ". "
               "If you followed a link from an email, open the " <A href="/mailbox">"Mailbox"</A> " and use the newest one."</p>
        </Console>
    }
}
