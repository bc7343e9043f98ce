//! Control Hub pages: organizations, and per organization its users, domains, claims,
//! directory sync, site linking and email settings; the audit log.

pub mod audit;
pub mod claims;
pub mod domains;
pub mod orgs;
pub mod settings;
pub mod sites;
pub mod sync;
pub mod users;

use crate::components::{Area, Console};
use crate::store::Store;
use flowthrough_core::{Org, OrgId};
use leptos::prelude::*;
use crate::i18n::t;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The org's tabs, in Control Hub's order.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Users.
    Users,
    /// Domains.
    Domains,
    /// Claim users.
    Claims,
    /// Directory sync.
    Sync,
    /// Site linking.
    Sites,
    /// Organization Settings.
    Settings,
}

impl Tab {
    fn all() -> [(Tab, &'static str, &'static str); 6] {
        [
            (Tab::Users, "tab-users", "users"),
            (Tab::Domains, "tab-domains", "domains"),
            (Tab::Claims, "tab-claims", "claims"),
            (Tab::Sync, "tab-sync", "sync"),
            (Tab::Sites, "tab-sites", "sites"),
            (Tab::Settings, "tab-settings", "settings"),
        ]
    }
}

/// The org id from the route (`/control/orgs/:org/...`).
pub fn org_param() -> Option<OrgId> {
    use_params_map().read_untracked().get("org").and_then(|s| s.parse::<OrgId>().ok())
}

/// The frame of an organization's pages: its name, kind and tabs, then the page. The page is
/// rendered once (not on every change of the workspace) so its form state survives actions.
#[component]
pub fn OrgFrame(tab: Tab, children: ChildrenFn) -> impl IntoView {
    let store = Store::get();
    let id = org_param();
    let head = Memo::new(move |_| id.and_then(|id| store.ws.with(|w| w.control().orgs().get(&id).map(|o: &Org| (o.name.clone(), o.kind)))));
    let exists = move || head.with(Option::is_some);
    let org_id = id.map(|i| i.0).unwrap_or_default();
    view! {
        <Console area=Area::Control>
            <nav aria-label=move || t("breadcrumb") class="breadcrumb"><A href="/control">{move || t("nav-control")}</A>{move || format!(" / {}", t("organizations"))}</nav>
            <Show when=exists fallback=|| view! { <h1>{move || t("org-not-found")}</h1><p><A href="/control">{move || t("back-to-orgs")}</A></p> }>
                <div class="page-header">
                    <h1>{move || head.get().map(|h| h.0)}</h1>
                    <p class="lead">{move || head.get().map(|h| crate::i18n::org_kind(h.1))}</p>
                </div>
                <nav class="tabs" aria-label=move || t("organization")>
                    {Tab::all().into_iter().map(|(t, label, path)| {
                        let href = format!("/control/orgs/{org_id}/{path}");
                        view! { <A href=href attr:aria-current=(t == tab).then_some("page")>{move || crate::i18n::t(label)}</A> }
                    }).collect_view()}
                </nav>
                {children()}
            </Show>
        </Console>
    }
}
