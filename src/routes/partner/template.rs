//! Partner Hub → a template: its settings, and the User Verification section with the
//! Untrusted Emails option, the Share Link and Show User Status.

use crate::components::{Area, FieldError, Console};
use crate::store::Store;
use flowthrough_core::{AuthMode, Command, Package, TemplateId, TemplateInput};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::t;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The full URL of a path on this site (what a person would paste into Share Link).
pub fn absolute(path: &str) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}{path}")
}

/// `/partner/templates/:id`
#[component]
pub fn TemplatePage() -> impl IntoView {
    let store = Store::get();
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<TemplateId>().ok());
    let template = move || id().and_then(|id| store.ws.with(|w| w.partner().templates().get(&id).cloned()));

    view! {
        <Console area=Area::Partner>
            <nav aria-label=move || t("breadcrumb") class="breadcrumb">
                <A href="/partner">{move || t("nav-partner")}</A>{move || format!(" / {} / {} / ", t("crumb-settings"), t("crumb-calling"))}<A href="/partner/templates">{move || t("templates")}</A>
            </nav>
            {move || match template() {
                None => view! {
                    <h1>{t("template-not-found")}</h1>
                    <p>{t("template-gone")} " " <A href="/partner/templates">{t("view-templates")}</A></p>
                }.into_any(),
                Some(t) => view! { <TemplateEditor template=t/> }.into_any(),
            }}
        </Console>
    }
}

#[component]
fn TemplateEditor(template: flowthrough_core::Template) -> impl IntoView {
    let store = Store::get();
    let id = template.id;
    let name = RwSignal::new(template.name.clone());
    let package = RwSignal::new(template.package.label().to_string());
    let auth = RwSignal::new(template.auth);
    let untrusted = RwSignal::new(template.untrusted_emails);
    let share_link = RwSignal::new(template.share_link.clone());
    let error = RwSignal::new(None::<Text>);
    let activation_path = template.activation_path();
    let activation_url = absolute(&activation_path);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = TemplateInput {
            name: name.get_untracked(),
            package: Package::parse(&package.get_untracked()).unwrap_or(Package::Standard),
            auth: auth.get_untracked(),
            untrusted_emails: untrusted.get_untracked(),
            share_link: share_link.get_untracked(),
        };
        if store.submit(Command::UpdateTemplate { template: id, input }, error).is_some() {
            store.notify(t("template-saved"));
        }
    };
    // The warning reflects what is saved, as the portal sees it.
    let problem = move || store.ws.with(|w| w.partner().templates().get(&id).and_then(|t| t.self_activation_problem())).map(crate::i18n::setup_problem);
    let copy_url = activation_url.clone();
    let copy = move |_| store.copy(copy_url.clone(), t("activation-link-copied"));
    let use_activation = {
        let url = activation_url.clone();
        move |_| share_link.set(url.clone())
    };
    view! {
        <div class="page-header">
            <h1>{template.name.clone()}</h1>
            <p class="lead">{move || t("provisioning-id")} " " <code>{template.provisioning_id.clone()}</code></p>
        </div>
        <form class="form form-wide" on:submit=save><crate::components::Changes>
            <h2>{move || t("template-settings")}</h2>
            <label>{move || t("template-name")}<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
            <label>{move || t("col-package")}
                <select prop:value=package on:change=move |e| package.set(event_target_value(&e))>
                    {Package::ALL.iter().map(|p| view! { <option value=p.label() selected=p.label() == template.package.label()>{p.label()}</option> }).collect_view()}
                </select>
            </label>
            <fieldset>
                <legend>{move || t("user-authentication")}</legend>
                <label class="check"><input type="radio" name="auth" prop:checked=move || auth.get() == AuthMode::BroadWorks on:change=move |_| auth.set(AuthMode::BroadWorks)/>"BroadWorks"</label>
                <label class="check"><input type="radio" name="auth" prop:checked=move || auth.get() == AuthMode::Webex on:change=move |_| auth.set(AuthMode::Webex)/>"Webex"</label>
            </fieldset>
            <section class="subsection" aria-labelledby="user-verification">
                <h3 id="user-verification">{move || t("user-verification")}</h3>
                <label class="check"><input type="checkbox" prop:checked=untrusted on:change=move |e| untrusted.set(event_target_checked(&e))/>{move || t("untrusted-emails")}</label>
                <p class="hint">{move || t("untrusted-hint")}</p>
                <label>{move || t("share-link")}<input type="text" prop:value=share_link on:input=move |e| share_link.set(event_target_value(&e))/></label>
                <p class="activation">
                    {move || t("activation-link-label")} " " <A href=activation_path.clone()>{activation_url.clone()}</A>
                    " " <button type="button" class="btn btn-secondary btn-small" on:click=copy>{move || t("copy-activation-link")}</button>
                    " " <button type="button" class="btn btn-secondary btn-small" on:click=use_activation>{move || t("use-as-share-link")}</button>
                </p>
                {move || problem().map(|p| view! {
                    <div class="banner banner-warning" role="alert"><p>{p} " " {t("template-problem-suffix")}</p></div>
                })}
            </section>
            <FieldError error=error/>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary">{move || t("save")}</button>
                <A href=format!("/partner/templates/{}/users", id.0) attr:class="btn btn-secondary">{move || t("show-user-status")}</A>
            </div>
        </crate::components::Changes></form>
    }
}
