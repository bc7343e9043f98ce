//! Partner Hub → Settings → BroadWorks Calling → View Templates.

use crate::components::{Area, FieldError, Console, PageHeader};
use crate::store::Store;
use flowthrough_core::{AuthMode, Command, Package, TemplateInput};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::t;
use leptos_router::components::A;

/// `/partner/templates`
#[component]
pub fn Templates() -> impl IntoView {
    let store = Store::get();
    let name = RwSignal::new(String::new());
    let package = RwSignal::new("Standard".to_string());
    let untrusted = RwSignal::new(true);
    let error = RwSignal::new(None::<Text>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = TemplateInput {
            name: name.get_untracked(),
            package: Package::parse(&package.get_untracked()).unwrap_or(Package::Standard),
            auth: AuthMode::BroadWorks,
            untrusted_emails: untrusted.get_untracked(),
            share_link: String::new(),
        };
        if store.submit(Command::CreateTemplate(input), error).is_some() {
            name.set(String::new());
        }
    };
    view! {
        <Console area=Area::Partner>
            <nav aria-label=move || t("breadcrumb") class="breadcrumb"><A href="/partner">{move || t("nav-partner")}</A>{move || format!(" / {} / {} / {}", t("crumb-settings"), t("crumb-calling"), t("templates"))}</nav>
            {move || view! { <PageHeader title=t("templates") lead=t("templates-lead")/> }}
            <table class="table">
                <caption class="visually-hidden">{move || t("templates")}</caption>
                <thead><tr><th scope="col">{move || t("col-template")}</th><th scope="col">{move || t("col-package")}</th><th scope="col">{move || t("user-verification")}</th><th scope="col">{move || t("activation-link")}</th><th scope="col"><span class="visually-hidden">{move || t("user-status")}</span></th></tr></thead>
                <tbody>
                    {move || store.ws.with(|w| {
                        if w.partner().templates().is_empty() {
                            return view! { <tr><td colspan="5" class="empty">{t("templates-none")}</td></tr> }.into_any();
                        }
                        w.partner().templates().values().map(|tpl| {
                            let verification = match tpl.self_activation_problem() {
                                None => view! { <span class="badge badge-success">{t("template-ready")}</span> }.into_any(),
                                Some(p) if tpl.untrusted_emails => view! { <span class="badge badge-warning">{crate::i18n::setup_problem(p)}</span> }.into_any(),
                                Some(_) => view! { <span class="badge">{t("template-trusted")}</span> }.into_any(),
                            };
                            let path = tpl.activation_path();
                            let page = format!("/partner/templates/{}", tpl.id.0);
                            let name = tpl.name.clone();
                            let label = path.clone();
                            let status = format!("/partner/templates/{}/users", tpl.id.0);
                            view! {
                                <tr>
                                    <td><A href=page>{name}</A></td>
                                    <td>{tpl.package.label()}</td>
                                    <td>{verification}</td>
                                    <td><A href=path>{label}</A></td>
                                    <td><A href=status>{t("show-user-status")}</A></td>
                                </tr>
                            }
                        }).collect_view().into_any()
                    })}
                </tbody>
            </table>
            <form class="form" on:submit=create aria-labelledby="new-template"><crate::components::Changes>
                <h2 id="new-template">{move || t("template-create-title")}</h2>
                <label>{move || t("template-name")}<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
                <label>{move || t("col-package")}
                    <select prop:value=package on:change=move |e| package.set(event_target_value(&e))>
                        {Package::ALL.iter().map(|p| view! { <option value=p.label()>{p.label()}</option> }).collect_view()}
                    </select>
                </label>
                <label class="check"><input type="checkbox" prop:checked=untrusted on:change=move |e| untrusted.set(event_target_checked(&e))/>{move || t("untrusted-emails")}</label>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">{move || t("template-create")}</button>
            </crate::components::Changes></form>
        </Console>
    }
}
