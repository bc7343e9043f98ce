use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
#[component]
pub fn App() -> impl IntoView {
    view! { <Router><Routes fallback=|| "nf"><Route path=path!("/") view=|| "home"/></Routes></Router> }
}
