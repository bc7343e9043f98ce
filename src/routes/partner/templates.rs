//! Partner Hub → Settings → BroadWorks Calling → View Templates.

use crate::components::{Area, FieldError, Console, PageHeader};
use crate::store::Store;
use flowthrough_core::{AuthMode, Command, Package, TemplateInput};
use leptos::prelude::*;
use leptos_router::components::A;

/// `/partner/templates`
#[component]
pub fn Templates() -> impl IntoView {
    let store = Store::get();
    let name = RwSignal::new(String::new());
    let package = RwSignal::new("Standard".to_string());
    let untrusted = RwSignal::new(true);
    let error = RwSignal::new(None::<String>);
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
            <nav aria-label="Breadcrumb" class="breadcrumb"><A href="/partner">"Partner Hub"</A>" / Settings / BroadWorks Calling / Templates"</nav>
            <PageHeader title="Templates" lead="Customer onboarding templates. Under User Verification, the Untrusted Emails option must be checked and the Share Link must point to the Activation link for users to self-provision."/>
            <table class="table">
                <caption class="visually-hidden">"Templates"</caption>
                <thead><tr><th scope="col">"Template"</th><th scope="col">"Package"</th><th scope="col">"User Verification"</th><th scope="col">"Activation link"</th><th scope="col"><span class="visually-hidden">"User Status"</span></th></tr></thead>
                <tbody>
                    {move || store.ws.with(|w| {
                        if w.partner().templates().is_empty() {
                            return view! { <tr><td colspan="5" class="empty">"No templates yet. Create one below."</td></tr> }.into_any();
                        }
                        w.partner().templates().values().map(|t| {
                            let verification = match t.self_activation_problem() {
                                None => view! { <span class="badge badge-success">"Untrusted Emails, ready for self-activation"</span> }.into_any(),
                                Some(p) if t.untrusted_emails => view! { <span class="badge badge-warning">{p}</span> }.into_any(),
                                Some(_) => view! { <span class="badge">"Trusted emails"</span> }.into_any(),
                            };
                            let path = t.activation_path();
                            let page = format!("/partner/templates/{}", t.id.0);
                            let name = t.name.clone();
                            let label = path.clone();
                            let status = format!("/partner/templates/{}/users", t.id.0);
                            view! {
                                <tr>
                                    <td><A href=page>{name}</A></td>
                                    <td>{t.package.label()}</td>
                                    <td>{verification}</td>
                                    <td><A href=path>{label}</A></td>
                                    <td><A href=status>"Show User Status"</A></td>
                                </tr>
                            }
                        }).collect_view().into_any()
                    })}
                </tbody>
            </table>
            <form class="form" on:submit=create aria-labelledby="new-template">
                <h2 id="new-template">"Create a template"</h2>
                <label>"Template name"<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
                <label>"Package"
                    <select prop:value=package on:change=move |e| package.set(event_target_value(&e))>
                        {Package::ALL.iter().map(|p| view! { <option value=p.label()>{p.label()}</option> }).collect_view()}
                    </select>
                </label>
                <label class="check"><input type="checkbox" prop:checked=untrusted on:change=move |e| untrusted.set(event_target_checked(&e))/>"Untrusted Emails"</label>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">"Create template"</button>
            </form>
        </Console>
    }
}
