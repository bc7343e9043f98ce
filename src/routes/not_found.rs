//! Unknown paths.

use crate::components::{Area, Console};
use leptos::prelude::*;
use crate::i18n::t;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// Any path no route matches.
#[component]
pub fn NotFound() -> impl IntoView {
    let path = use_location().pathname;
    view! {
        <Console area=Area::Home>
            <div class="page-header">
                <h1>{move || t("not-found")}</h1>
                <p class="lead">{move || t("not-found-at")} " " <code>{move || path.get()}</code></p>
            </div>
            <p>{move || t("go-to")} " " <A href="/">{move || t("start-page")}</A> " · " <A href="/partner">{move || t("nav-partner")}</A> " · " <A href="/control">{move || t("nav-control")}</A></p>
            <p>{move || t("not-found-email")} " " <A href="/mailbox">{move || t("nav-mailbox")}</A></p>
        </Console>
    }
}
