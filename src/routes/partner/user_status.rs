//! Partner Hub → template → Show User Status: the User Status view.
//!
//! Lists the template's users with BroadWorks ID, package type and status; per-row actions in
//! a three-dots menu (Retry Activation, Delete User, Change Package Type, Copy Error Text);
//! Export, Exclude provisioned users, search, sort, status counts. Renders one page of rows at a
//! time so a template with 100,000 users stays responsive.

use crate::components::dialog::Dialog;
use crate::components::menu::MenuItem;
use crate::components::list::ListState;
use crate::components::table::{Column, DataTable, Row, RowMenu};
use crate::components::diagram::{from_table, Node, StateDiagram};
use crate::components::{Area, Console, FieldError, FixOffer, StuckFilter, WhyDialog};
use flowthrough_core::transitions::SUBSCRIBER_ARROWS;
use crate::store::Store;
use flowthrough_core::diagnosis::{Fix, Stuck};
use flowthrough_core::query::{self, StatusColumn, StatusQuery};
use flowthrough_core::{Command, Email, Event, Package, SubscriberAction, SubscriberBulk, SubscriberId, SubscriberStatus, TemplateId};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use crate::i18n::{self, t, t_with};
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// Rows per page.
pub use crate::components::list::PAGE_SIZE;

#[derive(Clone, PartialEq)]
enum Open {
    Why(SubscriberId),
    Retry(SubscriberId),
    Delete(SubscriberId),
    Package(SubscriberId),
}


/// What a User Status row shows of a subscriber.
#[derive(Clone, PartialEq)]
struct StatusRow {
    broadworks_id: String,
    name: String,
    customer: String,
    package: &'static str,
    tone: &'static str,
    status: String,
    email: String,
    error: String,
    changed: String,
    /// For a subscriber imported from the Webex API: when it was created and whether it
    /// self-activated, as the file says (or that it does not say).
    facts: String,
}

/// `/partner/templates/:id/users`
#[component]
pub fn UserStatus(
    /// The template; from the route's `:id` when absent.
    #[prop(optional)]
    template: Option<TemplateId>,
) -> impl IntoView {
    let store = Store::get();
    let params = use_params_map();
    let template = template.or_else(|| params.read_untracked().get("id").and_then(|s| s.parse::<TemplateId>().ok()));
    let exists = move || template.is_some_and(|t| store.ws.with(|w| w.partner().templates().contains_key(&t)));
    let name = move || template.and_then(|t| store.ws.with(|w| w.partner().templates().get(&t).map(|t| t.name.clone()))).unwrap_or_default();

    // The view (filter, search, sort, page) is in the address: Back, reload and a shared link
    // show the same one.
    let state = ListState::new();
    let q = Memo::new(move |_| StatusQuery {
        template,
        customer: None,
        exclude_provisioned: state.flag("exclude"),
        status: SubscriberStatus::from_api_name(&state.get("filter")),
        search: state.get("q"),
        sort: StatusColumn::from_key(&state.get("sort")).unwrap_or_default(),
        descending: state.get("dir") == "desc",
        stuck: Stuck::subscriber_from_key(&state.get("stuck")).map(|k| (k, store.now())),
    });
    let open = RwSignal::new(None::<Open>);
    // Rows chosen for a bulk action; only subscribers that are still here stay chosen.
    let selected = RwSignal::new(Vec::<SubscriberId>::new());
    Effect::new(move |_| {
        let gone = store.ws.with(|w| selected.with_untracked(|s| s.iter().any(|id| !w.partner().subscribers().contains_key(id))));
        if gone {
            selected.update(|s| s.retain(|id| store.ws.with_untracked(|w| w.partner().subscribers().contains_key(id))));
        }
    });
    // Filtered, sorted ids: recomputed when the workspace or the query changes.
    let rows = Memo::new(move |_| {
        let q = q.get();
        crate::browser::span("query", || store.ws.with(|w| query::user_status_ids(w, &q)))
    });
    let counts = Memo::new(move |_| store.ws.with(|w| query::status_counts(w, template)));
    let total = move || counts.with(|c| c.values().sum::<usize>());
    let empty = Signal::derive(move || if total() == 0 { t("user-status-empty") } else { t("user-status-no-match") });
    let filter = move |st: Option<SubscriberStatus>| state.set(&[("filter", st.map(|s| s.api_name().to_string()).unwrap_or_default())], true);

    let export = move |_| {
        let csv = store.ws.with_untracked(|w| {
            let q = q.get_untracked();
            let list = query::user_status(w, &q);
            query::export_status_csv(w, &list)
        });
        let date = store.now().iso();
        let file = format!("user-status-{}-{}.csv", name().to_lowercase().replace(' ', "-"), &date[..10]);
        match crate::browser::download(&file, "text/csv;charset=utf-8", &csv) {
            Ok(()) => store.notify(t_with("exported-users", &[("count", rows.with_untracked(Vec::len).into()), ("file", file.into())])),
            Err(e) => store.notify(crate::i18n::text(&e)),
        }
    };

    // The worklist: every stuck subscriber of the workspace, its cause and next step in the
    // person's language (the core diagnoses and writes the CSV).
    let worklist = move |_| {
        let now = store.now();
        let (csv, count) = store.ws.with_untracked(|w| flowthrough_core::realdata::worklist_csv(w, now, crate::i18n::text));
        let file = format!("worklist-{}.csv", &now.iso()[..10]);
        match crate::browser::download(&file, "text/csv;charset=utf-8", &csv) {
            Ok(()) => store.notify(t_with("exported-users", &[("count", count.into()), ("file", file.into())])),
            Err(e) => store.notify(crate::i18n::text(&e)),
        }
    };

    // What a row shows of a subscriber, in the person's language (read again when the
    // workspace or the language changes).
    let data = move |id: SubscriberId| {
        store.ws.with(|w| {
            let s = w.partner().subscribers().get(&id)?;
            Some(StatusRow {
                broadworks_id: s.broadworks_user_id.to_string(),
                name: s.name.to_string(),
                customer: w.partner().customers().get(&s.customer).map(|c| c.name.clone()).unwrap_or_default(),
                package: s.package.label(),
                tone: s.status.tone().name(),
                status: i18n::status(s.status),
                email: s.email.as_ref().map(|e| e.to_string()).unwrap_or_default(),
                error: match &s.error {
                    Some(e) => i18n::failure_line(e),
                    // An error an import read: the API's words, as written.
                    None => w.partner().reported_error(s).map(|r| r.copy_text()).unwrap_or_default(),
                },
                changed: i18n::when(s.last_status_change),
                facts: w.partner().reported(id).map(|r| {
                    let created = match r.created {
                        Some(at) => t_with("api-created", &[("date", i18n::when(at).into())]),
                        None => t("api-created-unknown"),
                    };
                    let own = t(match r.self_activated {
                        Some(true) => "api-self-yes",
                        Some(false) => "api-self-no",
                        None => "api-self-unknown",
                    });
                    format!("{created} · {own}")
                }).unwrap_or_default(),
            })
        })
    };
    let cells = move |row: Row<SubscriberId, StatusRow>| view! {
        {row.cell("mono", |r| r.broadworks_id.clone())}
        {row.cell_sub("", |r| r.name.clone(), |r| r.customer.clone())}
        {row.cell("", |r| r.package.to_string())}
        {row.badge(|r| r.tone, |r| r.status.clone(), |r| r.facts.clone())}
        {row.cell("", |r| r.email.clone())}
        {row.cell("error-cell", |r| r.error.clone())}
        {row.cell("date", |r| r.changed.clone())}
    };
    // The menu is the core's answer when it opens: each action, and why it is not possible now.
    let items = move |id: SubscriberId| {
        // First, "Why?": the core's diagnosis, when the user is stuck.
        let stuck = store.ws.with_untracked(|w| w.diagnose_subscriber(id, store.now()).is_some());
        let why = MenuItem {
            label: t("why-stuck"),
            disabled: (!stuck).then(|| t("why-not-stuck")),
            action: Callback::new(move |_| open.set(Some(Open::Why(id)))),
        };
        std::iter::once(why).chain(store
            .ws
            .with_untracked(|w| w.subscriber_actions(id))
            .into_iter()
            .map(|(action, allowed)| {
                let run = move |_| match action {
                    SubscriberAction::RetryActivation => open.set(Some(Open::Retry(id))),
                    SubscriberAction::DeleteUser => open.set(Some(Open::Delete(id))),
                    SubscriberAction::ChangePackage => open.set(Some(Open::Package(id))),
                    SubscriberAction::CopyErrorText => {
                        let text = store.ws.with_untracked(|w| {
                            let s = w.partner().subscribers().get(&id)?;
                            s.error.as_ref().map(i18n::failure_line).or_else(|| w.partner().reported_error(s).map(|r| r.copy_text()))
                        });
                        if let Some(t) = text {
                            store.copy(t, crate::i18n::t("error-text-copied"));
                        }
                    }
                };
                // What changes the workspace is not offered where it is read only (the core
                // says which actions change it).
                let read_only = action.changes_workspace().then(|| store.read_only()).flatten();
                let disabled = read_only.or_else(|| allowed.err().map(|e| crate::i18n::refusal(&e)));
                MenuItem { label: i18n::subscriber_action(action), disabled, action: Callback::new(run) }
            }))
            .collect::<Vec<_>>()
    };
    let bwid = move |id: SubscriberId| store.ws.with_untracked(|w| w.partner().subscribers().get(&id).map(|s| s.broadworks_user_id.to_string()).unwrap_or_default());
    let menu = RowMenu { who: Callback::new(bwid), items: Callback::new(items) };

    view! {
        <Console area=Area::Partner>
            <nav aria-label=move || t("breadcrumb") class="breadcrumb">
                <A href="/partner">{move || t("nav-partner")}</A>{move || format!(" / {} / {} / ", t("crumb-settings"), t("crumb-calling"))}<A href="/partner/templates">{move || t("templates")}</A>
                " / " {move || template.map(|t| view! { <A href=format!("/partner/templates/{}", t.0)>{name()}</A> })}
            </nav>
            <Show when=exists fallback=|| view! { <h1>{move || t("template-not-found")}</h1><p><A href="/partner/templates">{move || t("view-templates")}</A></p> }>
                <div class="page-header">
                    <h1>{move || t("user-status")}</h1>
                    <p class="lead">{move || t_with("user-status-lead", &[("template", name().into())])}</p>
                </div>
                <ul class="counts" aria-label=move || t("users-by-status")>
                    <li><button type="button" class="chip" aria-pressed=move || q.with(|q| q.status.is_none()).to_string()
                        on:click=move |_| filter(None)>{move || t("filter-all")} " " <strong>{move || i18n::number(total())}</strong></button></li>
                    <For each=move || counts.with(|c| c.keys().copied().collect::<Vec<_>>()) key=|st| *st children=move |st| view! {
                        <li><button type="button" class="chip" aria-pressed=move || q.with(|q| q.status == Some(st)).to_string()
                            on:click=move |_| filter(if q.with_untracked(|q| q.status) == Some(st) { None } else { Some(st) })>
                            {move || i18n::status(st)} " " <strong>{move || i18n::number(counts.with(|c| c.get(&st).copied().unwrap_or(0)))}</strong>
                        </button></li>
                    }/>
                </ul>
                <details class="diagram-details">
                    <summary>{move || t("state-diagram-subscribers")}</summary>
                    {move || {
                        // Drawn from the core's transition table, with this template's counts.
                        let (nodes, arrows) = counts.with(|c| from_table(&SubscriberStatus::ALL, SUBSCRIBER_ARROWS, |s| Node { label: i18n::status(s), count: c.get(&s).copied().unwrap_or(0), key: s.api_name() }));
                        view! { <StateDiagram title=t("subscriber-statuses") nodes arrows choose=Callback::new(move |k: &'static str| state.set(&[("filter", k.to_string())], true))/> }
                    }}
                </details>
                <div class="toolbar">
                    <crate::components::list::ListSearch state label="search" placeholder="user-status-search-placeholder"/>
                    <StuckFilter state kinds=&Stuck::SUBSCRIBER/>
                    <label class="switch">
                        <input type="checkbox" role="switch" prop:checked=move || q.with(|q| q.exclude_provisioned)
                            on:change=move |e| state.set(&[("exclude", if event_target_checked(&e) { "1".into() } else { String::new() })], true)/>
                        {move || t("exclude-provisioned")}
                    </label>
                    <button type="button" class="btn btn-secondary" on:click=export>{move || t("export")}</button>
                    <button type="button" class="btn btn-secondary" on:click=worklist>{move || t("worklist-export")}</button>
                </div>
                <BulkBar selected/>
                <DataTable caption="user-status" class="status-table" rows state default_sort="id" data cells empty menu
                    selection=selected
                    row_name=Callback::new(bwid)
                    columns=vec![
                        Column::sortable("col-broadworks-id", StatusColumn::BroadWorksId.key()),
                        Column::sortable("col-name", StatusColumn::Name.key()),
                        Column::sortable("col-package-type", StatusColumn::Package.key()),
                        Column::sortable("col-status", StatusColumn::Status.key()),
                        Column::sortable("col-email", StatusColumn::Email.key()),
                        Column::plain("col-error"),
                        Column::sortable("col-last-status-change", StatusColumn::LastChange.key()),
                        Column::hidden("col-actions"),
                    ]/>
                {move || open.get().map(|o| {
                    let close = Callback::new(move |_| open.set(None));
                    match o {
                        Open::Why(id) => {
                            let Some(diagnosis) = store.ws.with_untracked(|w| w.diagnose_subscriber(id, store.now())) else { return ().into_any() };
                            // The fix the core names opens the same dialog its menu item opens.
                            let fix = diagnosis.fix.map(|f| match f {
                                Fix::Subscriber(a) => {
                                    let next = match a {
                                        SubscriberAction::DeleteUser => Open::Delete(id),
                                        SubscriberAction::ChangePackage => Open::Package(id),
                                        _ => Open::Retry(id),
                                    };
                                    FixOffer::Run(i18n::subscriber_action(a), Callback::new(move |_| {
                                        let next = next.clone();
                                        request_animation_frame(move || open.set(Some(next)));
                                    }))
                                }
                                Fix::Template(tpl) => FixOffer::Open(t("open-template-verification"), format!("/partner/templates/{}", tpl.0)),
                                Fix::User(_) => FixOffer::Open(t("open-control-hub"), "/control".into()),
                            });
                            view! { <WhyDialog who=who(id) diagnosis fix on_close=close/> }.into_any()
                        }
                        Open::Retry(id) => view! { <RetryDialog id on_close=close/> }.into_any(),
                        Open::Delete(id) => view! { <DeleteDialog id on_close=close/> }.into_any(),
                        Open::Package(id) => view! { <PackageDialog id on_close=close/> }.into_any(),
                    }
                })}
            </Show>
        </Console>
    }
}

fn who(id: SubscriberId) -> String {
    let store = Store::get();
    store.ws.with_untracked(|w| w.partner().subscribers().get(&id).map(|s| format!("{} ({})", s.name, s.broadworks_user_id))).unwrap_or_default()
}

/// Retry Activation: a valid email (checked as you type), then Onboard.
#[component]
fn RetryDialog(id: SubscriberId, on_close: Callback<()>) -> impl IntoView {
    let store = Store::get();
    let email = RwSignal::new(String::new());
    let touched = RwSignal::new(false);
    let outcome = RwSignal::new(None::<String>);
    let problem = move || if touched.get() { Email::parse(&email.get()).err().map(|e| crate::i18n::refusal(&flowthrough_core::CommandError::Email(e))) } else { None };
    let onboard = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        touched.set(true);
        if problem().is_some() {
            return;
        }
        match store.dispatch(Command::RetryActivation { subscriber: id, email: email.get_untracked() }) {
            Err(e) => outcome.set(Some(crate::i18n::refusal(&e))),
            Ok(events) => {
                // A failure stays in the dialog (the address can be corrected); anything else
                // closes it with where onboarding stands.
                let failed = events.iter().any(|e| matches!(e, Event::OnboardingFailed { .. }));
                let note = store.ws.with_untracked(|w| w.partner().subscribers().get(&id).map(|s| s.progress_note()));
                match note {
                    Some(note) if failed => outcome.set(Some(note)),
                    Some(note) => {
                        store.notify(note);
                        on_close.run(());
                    }
                    None => on_close.run(()),
                }
            }
        }
    };
    view! {
        <Dialog title=t("retry-title") on_close>
            <p>{t_with("retry-text", &[("who", who(id).into())])}</p>
            <form class="form-plain" on:submit=onboard novalidate><crate::components::Changes>
                <label>{t("email-address")}
                    <input type="email" autocomplete="off" prop:value=email
                        aria-invalid=move || problem().is_some().to_string()
                        aria-describedby="retry-email-error"
                        on:input=move |e| { email.set(event_target_value(&e)); touched.set(true); outcome.set(None) }/>
                </label>
                <p id="retry-email-error" class="field-error" aria-live="polite">{problem}</p>
                {move || outcome.get().map(|o| view! { <p class="field-error" role="alert">{o}</p> })}
                <div class="form-actions">
                    <button type="submit" class="btn btn-primary">{t("onboard")}</button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| on_close.run(())>{t("cancel")}</button>
                </div>
            </crate::components::Changes></form>
        </Dialog>
    }
}

/// Delete User, with what happens next.
#[component]
fn DeleteDialog(id: SubscriberId, on_close: Callback<()>) -> impl IntoView {
    let store = Store::get();
    let delete = move |_| {
        match store.dispatch(Command::DeleteSubscriberUser { subscriber: id }) {
            Ok(_) => store.notify(t("deleted")),
            Err(e) => store.notify(crate::i18n::refusal(&e)),
        }
        on_close.run(());
    };
    view! {
        <Dialog title=t("delete-title") on_close>
            <p>{t_with("delete-question", &[("who", who(id).into())])}</p>
            <p>{t("delete-text")}</p>
            <div class="form-actions">
                <button type="button" class="btn btn-danger" on:click=delete>{t("delete-title")}</button>
                <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| on_close.run(())>{t("cancel")}</button>
            </div>
        </Dialog>
    }
}

/// Change Package Type.
#[component]
fn PackageDialog(id: SubscriberId, on_close: Callback<()>) -> impl IntoView {
    let store = Store::get();
    let current = store.ws.with_untracked(|w| w.partner().subscribers().get(&id).map(|s| s.package)).unwrap_or(Package::Basic);
    let choice = RwSignal::new(current.label().to_string());
    let error = RwSignal::new(None::<Text>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let package = Package::parse(&choice.get_untracked()).unwrap_or(current);
        match store.dispatch(Command::ChangePackage { subscriber: id, package }) {
            Ok(_) => {
                store.notify(t_with("package-changed", &[("package", package.label().into())]));
                on_close.run(());
            }
            Err(e) => error.set(Some(e.text())),
        }
    };
    view! {
        <Dialog title=t("package-title") on_close>
            <p>{t_with("package-text", &[("who", who(id).into())])}</p>
            <form class="form-plain" on:submit=save><crate::components::Changes>
                <label>{t("package-type")}
                    <select prop:value=choice on:change=move |e| choice.set(event_target_value(&e))>
                        {Package::ALL.iter().map(|p| view! { <option value=p.label() selected=*p == current>{p.label()}</option> }).collect_view()}
                    </select>
                </label>
                <FieldError error=error/>
                <div class="form-actions">
                    <button type="submit" class="btn btn-primary">{t("save")}</button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| on_close.run(())>{t("cancel")}</button>
                </div>
            </crate::components::Changes></form>
        </Dialog>
    }
}

/// The bulk actions for the selected subscribers: each one the core offers, on the subscribers
/// it applies to, after a confirmation (Delete User removes Webex accounts).
#[component]
fn BulkBar(selected: RwSignal<Vec<SubscriberId>>) -> impl IntoView {
    let store = Store::get();
    let actions = Memo::new(move |_| selected.with(|s| store.ws.with(|w| w.bulk_subscriber_actions(s))));
    let confirming = RwSignal::new(None::<SubscriberBulk>);
    let run = move |bulk: SubscriberBulk| {
        let n = bulk.allowed.len();
        let mut error = None;
        for cmd in bulk.allowed.iter().filter_map(|s| bulk.action.bulk_command(*s)) {
            if let Err(e) = store.dispatch(cmd) {
                error = Some(crate::i18n::refusal(&e));
                break;
            }
        }
        selected.set(Vec::new());
        match error {
            Some(e) => store.notify(e),
            None => store.notify(t_with("bulk-done", &[("action", i18n::subscriber_action(bulk.action).into()), ("count", n.into())])),
        }
    };
    view! {
        <Show when=move || selected.with(|s| !s.is_empty())>
            <div class="bulk-bar" role="region" aria-label=move || t("selected-users")>
                <span>{move || t_with("n-selected", &[("count", selected.with(Vec::len).into())])}</span>
                <For each=move || actions.get() key=|b| (b.action, b.allowed.clone(), b.refused.as_ref().map(|(n, e)| (*n, e.to_string()))) children=move |b: SubscriberBulk| {
                    let label = format!("{} ({})", i18n::subscriber_action(b.action), b.allowed.len());
                    let why = b.refused.as_ref().map(|(n, why)| t_with("bulk-not-for", &[("count", (*n).into()), ("why", crate::i18n::refusal(why).into())]));
                    let disabled = b.allowed.is_empty();
                    view! { <crate::components::Changes><button type="button" class="btn btn-secondary btn-small" title=why disabled=disabled on:click=move |_| confirming.set(Some(b.clone()))>{label}</button></crate::components::Changes> }
                }/>
                <button type="button" class="btn btn-link btn-small" on:click=move |_| selected.set(Vec::new())>{move || t("clear-selection")}</button>
            </div>
        </Show>
        {move || confirming.get().map(|bulk| {
            let close = Callback::new(move |_| confirming.set(None));
            let n = bulk.allowed.len();
            view! {
                <Dialog title=t("delete-title") on_close=close>
                    <p>{t_with("bulk-delete-question", &[("count", n.into())])}</p>
                    <p>{t("delete-text")}</p>
                    <div class="form-actions">
                        <button type="button" class="btn btn-danger" on:click=move |_| { confirming.set(None); run(bulk.clone()) }>{t_with("bulk-delete", &[("count", n.into())])}</button>
                        <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| close.run(())>{t("cancel")}</button>
                    </div>
                </Dialog>
            }
        })}
    }
}
