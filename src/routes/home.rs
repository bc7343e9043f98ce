//! The landing page: what flowthrough is and its three areas.

use crate::components::dialog::Dialog;
use crate::components::{Area, Console};
use crate::store::Store;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// Replaces the workspace with the demo and opens the User Status view of its first template.
fn load_demo(store: Store) {
    let mut tokens = crate::browser::secure_token;
    match flowthrough_core::demo::sample(store.now(), &mut tokens) {
        Ok(ws) => {
            let first = ws.partner().templates().keys().next().copied();
            store.replace(ws);
            store.notify("Demo workspace loaded.");
            if let Some(t) = first {
                use_navigate()(&format!("/partner/templates/{}/users", t.0), Default::default());
            }
        }
        Err(e) => store.notify(format!("The demo could not be built: {e}")),
    }
}

/// `/`
#[component]
pub fn Home() -> impl IntoView {
    let store = Store::get();
    view! {
        <Console area=Area::Home>
            <div class="page-header">
                <h1>"flowthrough"</h1>
                <p class="lead">
                    "A local-first console for Webex for BroadWorks flow-through provisioning with untrusted emails. "
                    "Run, rehearse and troubleshoot the flows in your browser; everything stays in this browser."
                </p>
            </div>
            <DemoButton/>
            <ul class="cards">
                <li class="card">
                    <h2><A href="/partner">"Partner Hub"</A></h2>
                    <p>"For the service provider's administrator: customer templates, User Verification settings, and the User Status view to retry, delete, change package or copy error text."</p>
                </li>
                <li class="card">
                    <h2><A href="/control">"Control Hub"</A></h2>
                    <p>"For the customer's administrator: user states (Active, Verified, Not Verified, Inactive, Delayed Claim), domains, claims, directory sync and activation emails."</p>
                </li>
                <li class="card">
                    <h2>"User Activation Portal"</h2>
                    <p>"Where end users enter and verify their email. Each template has its own Activation link:"</p>
                    <ul class="plain-list">
                        {move || {
                            let links: Vec<(String, String)> = store.ws.with(|w| w.partner().templates().values().map(|t| (t.name.clone(), t.activation_path())).collect());
                            if links.is_empty() {
                                return view! { <li>"none yet: create a template in Partner Hub, or load the demo."</li> }.into_any();
                            }
                            links.into_iter().map(|(name, path)| view! { <li><A href=path>{name}</A></li> }).collect_view().into_any()
                        }}
                    </ul>
                </li>
                <li class="card">
                    <h2><A href="/mailbox">"Mailbox"</A></h2>
                    <p>"Every email the system sent or suppressed, with working links: how you play the end user."</p>
                </li>
            </ul>
        </Console>
    }
}

/// One click to a workspace with something in every state.
#[component]
fn DemoButton() -> impl IntoView {
    let store = Store::get();
    let confirming = RwSignal::new(false);
    let empty = move || store.ws.with(|w| w.partner().templates().is_empty() && w.control().orgs().is_empty());
    view! {
        <div class="demo">
            <button type="button" class="btn btn-primary" on:click=move |_| if empty() { load_demo(store) } else { confirming.set(true) }>
                "Load the demo workspace"
            </button>
            <span class="hint">"Three customers with users in every status, ready to troubleshoot."</span>
        </div>
        {move || confirming.get().then(|| {
            let close = Callback::new(move |_| confirming.set(false));
            view! {
                <Dialog title="Replace your workspace?" on_close=close>
                    <p>"Loading the demo replaces everything in this browser's workspace: templates, customers, users, emails and the audit log."</p>
                    <div class="form-actions">
                        <button type="button" class="btn btn-danger" on:click=move |_| { confirming.set(false); load_demo(store) }>"Replace with the demo"</button>
                        <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| close.run(())>"Cancel"</button>
                    </div>
                </Dialog>
            }
        })}
    }
}
