//! The landing page: what flowthrough is and its three areas.

use crate::components::{Area, Console};
use leptos::prelude::*;
use leptos_router::components::A;

/// `/`
#[component]
pub fn Home() -> impl IntoView {
    view! {
        <Console area=Area::Home>
            <div class="page-header">
                <h1>"flowthrough"</h1>
                <p class="lead">
                    "A local-first console for Webex for BroadWorks flow-through provisioning with untrusted emails. "
                    "Run, rehearse and troubleshoot the flows in your browser; everything stays in this browser."
                </p>
            </div>
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
                    <p>"Where end users enter and verify their email. Each template has its own Activation link; open it from the template in Partner Hub."</p>
                </li>
                <li class="card">
                    <h2><A href="/mailbox">"Mailbox"</A></h2>
                    <p>"Every email the system sent or suppressed, with working links: how you play the end user."</p>
                </li>
            </ul>
        </Console>
    }
}
