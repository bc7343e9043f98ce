//! Control Hub → Users: states with the reason for each, filters, adding users, per-user
//! actions, and the end user's own steps for the simulation.

use super::{org_param, OrgFrame, Tab};
use crate::components::dialog::Dialog;
use crate::components::menu::MenuItem;
use crate::components::list::ListState;
use crate::components::table::{Column, DataTable, Row, RowMenu};
use crate::store::Store;
use flowthrough_core::text::Text;
use flowthrough_core::import::{self, Preview};
use flowthrough_core::query::{self, UserColumn, UserQuery};
use flowthrough_core::{BulkAction, Command, CommandError, DataChoice, OrgId, UserAction, UserId, UserInput, UserState};
use crate::components::diagram::{from_table, Node, StateDiagram};
use crate::components::{FieldError, FixOffer, StuckFilter, WhyDialog};
use flowthrough_core::transitions::USER_ARROWS;
use flowthrough_core::diagnosis::{Fix, Stuck};
use leptos::prelude::*;
use crate::i18n::{self, t, t_with};


/// Reports a command's outcome in the toast.
pub fn report(store: Store, r: Result<Vec<flowthrough_core::Event>, CommandError>, ok: impl Into<String>) {
    match r {
        Ok(_) => store.notify(ok),
        Err(e) => store.notify(crate::i18n::refusal(&e)),
    }
}

/// What a users list row shows of a user.
#[derive(Clone, PartialEq)]
struct UserRow {
    name: String,
    source: String,
    email: String,
    tone: &'static str,
    state: String,
    days_left: String,
    why: String,
}

/// `/control/orgs/:org/users`
#[component]
pub fn Users() -> impl IntoView {
    view! { <OrgFrame tab=Tab::Users><UsersBody/></OrgFrame> }
}

#[component]
fn UsersBody() -> impl IntoView {
    let store = Store::get();
    let Some(org) = org_param() else { return ().into_any() };
    // The view (state filter, search, sort, page) is in the address.
    let list = ListState::new();
    let state = Memo::new(move |_| UserState::from_key(&list.get("filter")));
    let choosing = RwSignal::new(None::<UserId>);
    let why = RwSignal::new(None::<UserId>);
    let selected = RwSignal::new(Vec::<UserId>::new());
    let counts = Memo::new(move |_| store.ws.with(|w| query::state_counts(w, org)));
    let q = Memo::new(move |_| {
        UserQuery {
            org: Some(org),
            state: state.get(),
            search: list.get("q"),
            sort: UserColumn::from_key(&list.get("sort")).unwrap_or_default(),
            descending: list.get("dir") == "desc",
            stuck: Stuck::user_from_key(&list.get("stuck")).map(|k| (k, store.now())),
        }
    });
    // The ids: asked again only when the query or the workspace changes (not the page).
    let ids = Memo::new(move |_| {
        let q = q.get();
        crate::browser::span("query", || store.ws.with(|w| query::user_ids(w, &q)))
    });
    // A selection keeps only users that are still here.
    Effect::new(move |_| {
        let gone = store.ws.with(|w| selected.with_untracked(|s| s.iter().any(|id| !w.control().users().contains_key(id))));
        if gone {
            selected.update(|s| s.retain(|id| store.ws.with_untracked(|w| w.control().users().contains_key(id))));
        }
    });
    let set_state = move |st: Option<UserState>| list.set(&[("filter", st.map(|s| s.key().to_string()).unwrap_or_default())], true);
    let sync_on = move || store.ws.with(|w| w.control().orgs().get(&org).is_some_and(|o| o.directory_sync));

    // What a row shows of a user, in the person's language.
    let data = move |id: UserId| {
        store.ws.with(|w| {
            let u = w.control().users().get(&id)?;
            let managed = w.control().managed_by_sync(u);
            let days_left = u.delayed_claim.as_ref().map(|c| store.now().days_until(c.deadline));
            Some(UserRow {
                name: u.name.to_string(),
                source: format!("{}{}", i18n::code("source", u.source), if managed { format!(" · {}", t("managed-by-sync")) } else { String::new() }),
                email: u.email.to_string(),
                tone: u.state.tone().name(),
                state: crate::i18n::state(u.state),
                days_left: days_left.map(|d| t_with("days-left", &[("days", d.into())])).unwrap_or_default(),
                why: i18n::code("reason", u.reason),
            })
        })
    };
    let cells = move |row: Row<UserId, UserRow>| view! {
        {row.cell_sub("", |u| u.name.clone(), |u| u.source.clone())}
        {row.cell("", |u| u.email.clone())}
        {row.badge(|u| u.tone, |u| u.state.clone(), |u| u.days_left.clone())}
        {row.cell("why", |u| u.why.clone())}
    };
    // The menu is the core's answer when it opens: each action, and why it is not possible now.
    let items = move |id: UserId| {
        // First, "Why?": the core's diagnosis, when the user is not Active.
        let stuck = store.ws.with_untracked(|w| w.diagnose_user(id, store.now()).is_some());
        let why = MenuItem {
            label: crate::i18n::t("why-stuck"),
            disabled: (!stuck).then(|| t("why-not-stuck-active")),
            action: Callback::new(move |_| why.set(Some(id))),
        };
        std::iter::once(why).chain(store
        .ws
        .with_untracked(|w| w.user_actions(id))
        .into_iter()
        .map(|(action, allowed)| {
            let done = i18n::code("user-action-done", action);
            let run = move |_| match action {
                // The user chooses their data in a dialog first.
                UserAction::ChooseDataHandling => choosing.set(Some(id)),
                _ => report(store, store.dispatch(action.command(id)), done.clone()),
            };
            // Every action of a user's menu changes the workspace: none where it is read only.
            let disabled = store.read_only().or_else(|| allowed.err().map(|e| crate::i18n::refusal(&e)));
            MenuItem { label: i18n::code("user-action", action), disabled, action: Callback::new(run) }
        }))
        .collect::<Vec<_>>()
    };
    let email = move |id: UserId| store.ws.with_untracked(|w| w.control().users().get(&id).map(|u| u.email.to_string()).unwrap_or_default());
    let menu = RowMenu { who: Callback::new(email), items: Callback::new(items) };

    view! {
        <ul class="counts" aria-label=move || t("users-by-state")>
            <li><button type="button" class="chip" aria-pressed=move || state.get().is_none().to_string() on:click=move |_| set_state(None)>
                {move || t("filter-all")} " " <strong>{move || i18n::number(counts.with(|c| c.values().sum::<usize>()))}</strong></button></li>
            {counts.get_untracked().into_keys().map(|st| view! {
                <li><button type="button" class="chip" title=move || i18n::code("meaning", st) aria-pressed=move || (state.get() == Some(st)).to_string()
                    on:click=move |_| set_state(if state.get_untracked() == Some(st) { None } else { Some(st) })>
                    {move || i18n::state(st)} " " <strong>{move || i18n::number(counts.with(|c| c.get(&st).copied().unwrap_or(0)))}</strong>
                </button></li>
            }).collect_view()}
        </ul>
        <div class="toolbar">
            <StuckFilter state=list kinds=&Stuck::USER/>
            <crate::components::list::ListSearch state=list label="search-users" placeholder="name-or-email"/>
        </div>
        {move || state.get().map(|s| view! { <p class="hint state-meaning"><strong>{s.label()}": "</strong>{s.meaning()}</p> })}
        <details class="diagram-details">
            <summary>{move || t("state-diagram-users")}</summary>
            {move || {
                // Drawn from the core's transition table, with today's counts.
                let (nodes, arrows) = counts.with(|c| from_table(&UserState::ALL, USER_ARROWS, |s| Node { label: crate::i18n::state(s), count: c.get(&s).copied().unwrap_or(0), key: s.key() }));
                view! { <StateDiagram title=t("user-states") nodes arrows choose=Callback::new(move |k: &'static str| list.set(&[("filter", k.to_string())], true))/> }
            }}
        </details>
        <BulkActions selected/>
        <DataTable caption="tab-users" class="users-table" rows=ids state=list default_sort="email" data cells menu selection=selected
            row_name=Callback::new(email)
            empty=Signal::derive(move || t("users-none"))
            columns=vec![
                Column::sortable("col-name", UserColumn::Name.key()),
                Column::sortable("col-email", UserColumn::Email.key()),
                Column::sortable("col-state", UserColumn::State.key()),
                Column::plain("col-why-state"),
                Column::hidden("col-actions"),
            ]/>
        {move || sync_on().then(|| view! { <p class="hint">{t("sync-on-hint")}</p> })}
        {move || if store.ws.with(|w| w.control().orgs().get(&org).is_some_and(|o| o.kind.is_free())) {
            view! { <SignUp org/> }.into_any()
        } else {
            view! { <AddUsers org/> }.into_any()
        }}
        {move || choosing.get().map(|id| view! { <ChoiceDialog id on_close=Callback::new(move |_| choosing.set(None))/> })}
        {move || why.get().and_then(|id| {
            let (who, diagnosis) = store.ws.with_untracked(|w| Some((w.control().users().get(&id)?.email.to_string(), w.diagnose_user(id, store.now())?)))?;
            // The fix the core names runs as its menu item does.
            let fix = diagnosis.fix.map(|f| match f {
                Fix::User(UserAction::ChooseDataHandling) => FixOffer::Run(i18n::code("user-action", UserAction::ChooseDataHandling), Callback::new(move |_| {
                    request_animation_frame(move || choosing.set(Some(id)));
                })),
                Fix::User(a) => FixOffer::Run(i18n::code("user-action", a), Callback::new(move |_| report(store, store.dispatch(a.command(id)), i18n::code("user-action-done", a)))),
                Fix::Subscriber(_) | Fix::Template(_) => FixOffer::Open(t("open-partner-hub"), "/partner".into()),
            });
            Some(view! { <WhyDialog who diagnosis fix on_close=Callback::new(move |_| why.set(None))/> })
        })}
    }
    .into_any()
}

/// Add users: one or several addresses typed, or a CSV file with a preview.
#[component]
fn AddUsers(org: OrgId) -> impl IntoView {
    let store = Store::get();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let preview = RwSignal::new(None::<Result<Preview<UserInput>, Text>>);
    let add_typed = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let users: Vec<UserInput> = typed
            .get_untracked()
            .split(['\n', ',', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|e| UserInput { email: e.to_string(), name: String::new() })
            .collect();
        let n = users.len();
        if store.submit(Command::AddUsers { org, users, from_csv: false }, error).is_some() {
            typed.set(String::new());
            store.notify(t_with("users-added", &[("count", n.into())]));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        crate::browser::read_chosen_file(&ev, move |text| preview.set(Some(text.and_then(|t| import::users(&t)))));
    };
    let apply_csv = move |_| apply_preview(preview, |users| Command::AddUsers { org, users, from_csv: true });
    // Control Hub's users export, each user in the state it gives.
    let exported = RwSignal::new(None::<Result<Preview<flowthrough_core::ExportedUser>, Text>>);
    let on_export_file = move |ev: leptos::ev::Event| {
        crate::browser::read_chosen_file(&ev, move |text| exported.set(Some(text.and_then(|t| import::control_hub_export(&t)))));
    };
    let apply_export = move |_| apply_preview(exported, |users| Command::ImportUsers { org, users });
    view! {
        <div class="two-col">
            <form class="form" on:submit=add_typed aria-labelledby="add-users"><crate::components::Changes>
                <h2 id="add-users">{move || t("add-users")}</h2>
                <label>{move || t("email-addresses")}
                    <textarea rows="3" placeholder=move || t("one-per-line") prop:value=typed on:input=move |e| typed.set(event_target_value(&e))></textarea>
                </label>
                <p class="hint">{move || t("add-users-hint")}</p>
                <FieldError error=error/>
                <button type="submit" class="btn btn-primary">{move || t("add-users")}</button>
            </crate::components::Changes></form>
            <section class="form" aria-labelledby="add-csv">
                <h2 id="add-csv">{move || t("add-users-csv")}</h2>
                <p class="hint">{move || t("add-users-csv-hint")}</p>
                <label>{move || t("users-csv-file")}<input type="file" accept=".csv,text/csv" on:change=on_file/></label>
                {move || preview.get().map(|p| preview_report(p, "add-n-users", apply_csv))}
                <p class="hint">{move || t("ch-export-hint")}</p>
                <label>{move || t("ch-export-file")}<input type="file" accept=".csv,text/csv" on:change=on_export_file/></label>
                {move || exported.get().map(|p| preview_report(p, "ch-export-apply", apply_export))}
            </section>
        </div>
    }
}

/// A CSV file's report: how many rows are ready, each row's problems, and the button that
/// applies the ready ones (`apply_label`, with their count); or why the file cannot be used.
fn preview_report<T: Clone + 'static>(p: Result<Preview<T>, Text>, apply_label: &'static str, apply: impl Fn(leptos::ev::MouseEvent) + Send + Sync + 'static) -> AnyView {
    match p {
        Err(e) => view! { <p class="field-error" role="alert">{move || crate::i18n::text(&e)}</p> }.into_any(),
        Ok(p) => {
            let valid = p.valid().len();
            view! {
                <p role="status">{t_with("import-preview", &[("rows", p.rows.len().into()), ("valid", valid.into()), ("bad", p.error_count().into())])}</p>
                <ul class="row-errors">{p.rows.iter().filter(|r| !r.errors.is_empty()).take(50).map(|r| view! {
                    <li>{format!("{} {}: {}", t("col-line"), r.line, r.errors.iter().map(i18n::text).collect::<Vec<_>>().join(" "))}</li>
                }).collect_view()}</ul>
                <crate::components::Changes><button type="button" class="btn btn-primary" disabled=valid == 0 on:click=apply>{t_with(apply_label, &[("count", valid.into())])}</button></crate::components::Changes>
            }.into_any()
        }
    }
}

/// The claimed user's choice for the data of their previous account.
#[component]
fn ChoiceDialog(id: UserId, on_close: Callback<()>) -> impl IntoView {
    let store = Store::get();
    let (email, days) = store.ws.with_untracked(|w| {
        w.control().users().get(&id).map(|u| (u.email.to_string(), u.delayed_claim.as_ref().map(|c| store.now().days_until(c.deadline)).unwrap_or(0))).unwrap_or_default()
    });
    let choose = move |choice: DataChoice| {
        report(store, store.dispatch(Command::ChooseDataHandling { user: id, choice }), t_with("choice-recorded", &[("choice", i18n::code("choice", choice).into())]));
        on_close.run(());
    };
    view! {
        <Dialog title=t("choice-title") on_close>
            <p>{t_with("choice-text", &[("email", email.into()), ("days", days.into())])}</p>
            <div class="choice-list">
                <button type="button" class="btn btn-secondary" on:click=move |_| choose(DataChoice::MoveConversations)>{i18n::code("choice", DataChoice::MoveConversations)}</button>
                <button type="button" class="btn btn-secondary" on:click=move |_| choose(DataChoice::ChangeOldAccountEmail)>{i18n::code("choice", DataChoice::ChangeOldAccountEmail)}</button>
                <button type="button" class="btn btn-secondary" on:click=move |_| choose(DataChoice::DeleteOldAccount)>{i18n::code("choice", DataChoice::DeleteOldAccount)}</button>
                <button type="button" class="btn btn-link" data-autofocus on:click=move |_| on_close.run(())>{t("decide-later")}</button>
            </div>
        </Dialog>
    }
}

/// Free (consumer) organizations have no administrator adding users: people sign up. This form
/// plays such a person, to have consumer accounts to claim or move.
#[component]
fn SignUp(org: OrgId) -> impl IntoView {
    let store = Store::get();
    let email = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let verified = RwSignal::new(true);
    let error = RwSignal::new(None::<Text>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let cmd = Command::SignUpFree { org, email: email.get_untracked(), name: name.get_untracked(), verified: verified.get_untracked() };
        if store.submit(cmd, error).is_some() {
            store.notify(t_with("signed-up", &[("email", email.get_untracked().into())]));
            email.set(String::new());
            name.set(String::new());
        }
    };
    view! {
        <form class="form" on:submit=submit aria-labelledby="sign-up"><crate::components::Changes>
            <h2 id="sign-up">{move || t("sign-up-title")}</h2>
            <p class="hint">{move || t("sign-up-hint")}</p>
            <label>{move || t("col-email")}<input type="email" prop:value=email on:input=move |e| email.set(event_target_value(&e))/></label>
            <label>{move || t("col-name")}<input type="text" prop:value=name on:input=move |e| name.set(event_target_value(&e))/></label>
            <label class="check"><input type="checkbox" prop:checked=verified on:change=move |e| verified.set(event_target_checked(&e))/>{move || t("has-verified")}</label>
            <FieldError error=error/>
            <button type="submit" class="btn btn-primary">{move || t("sign-up")}</button>
        </crate::components::Changes></form>
    }
}

/// The bulk actions for the selected users: each one the core offers, on the users it applies to.
#[component]
fn BulkActions(selected: RwSignal<Vec<UserId>>) -> impl IntoView {
    let store = Store::get();
    let actions = Memo::new(move |_| selected.with(|s| store.ws.with(|w| w.bulk_user_actions(s))));
    let run = move |bulk: BulkAction| {
        let n = bulk.allowed.len();
        let mut error = None;
        for cmd in bulk.action.commands(&bulk.allowed) {
            if let Err(e) = store.dispatch(cmd) {
                error = Some(crate::i18n::refusal(&e));
                break;
            }
        }
        let skipped = bulk.refused.map(|(k, why)| format!(" {}", t_with("bulk-skipped", &[("count", k.into()), ("why", crate::i18n::refusal(&why).into())]))).unwrap_or_default();
        match error {
            Some(e) => store.notify(e),
            None => store.notify(format!("{}{skipped}", t_with("bulk-done", &[("action", i18n::code("user-action", bulk.action).into()), ("count", n.into())]))),
        }
    };
    view! {
        <Show when=move || selected.with(|s| !s.is_empty())>
            <div class="bulk-bar" role="region" aria-label=move || t("selected-users")>
                <span>{move || t_with("n-selected", &[("count", selected.with(Vec::len).into())])}</span>
                <For each=move || actions.get() key=|b| (b.action, b.allowed.clone(), b.refused.as_ref().map(|(n, e)| (*n, e.to_string()))) children=move |b: BulkAction| {
                    let label = format!("{} ({})", i18n::code("user-action", b.action), b.allowed.len());
                    let why = b.refused.as_ref().map(|(n, why)| t_with("bulk-not-for", &[("count", (*n).into()), ("why", crate::i18n::refusal(why).into())]));
                    let disabled = b.allowed.is_empty();
                    view! { <crate::components::Changes><button type="button" class="btn btn-secondary btn-small" title=why disabled=disabled on:click=move |_| run(b.clone())>{label}</button></crate::components::Changes> }
                }/>
                <button type="button" class="btn btn-link btn-small" on:click=move |_| selected.set(Vec::new())>{move || t("clear-selection")}</button>
            </div>
        </Show>
    }
}

/// Applies a file's preview: its valid rows through `command`; the preview closes and the count is
/// told, or the core's refusal shows in its place.
fn apply_preview<T: Clone + Send + Sync + 'static>(preview: RwSignal<Option<Result<Preview<T>, Text>>>, command: impl FnOnce(Vec<T>) -> Command) {
    let Some(Ok(p)) = preview.get_untracked() else { return };
    let store = Store::get();
    let users = p.valid();
    let n = users.len();
    match store.dispatch(command(users)) {
        Ok(_) => {
            preview.set(None);
            store.notify(t_with("users-added-csv", &[("count", n.into())]));
        }
        Err(e) => preview.set(Some(Err(e.text()))),
    }
}
