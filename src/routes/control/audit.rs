//! Control Hub → Audit log: every applied command with time, actor, target and what happened.

use crate::components::list::ListState;
use crate::components::table::{Column, DataTable};
use crate::components::{Area, Console, HistoryReader, PageHeader};
use crate::store::Store;
use flowthrough_core::query;
use leptos::prelude::*;
use leptos_router::components::A;

/// `/control/audit`
#[component]
pub fn Audit() -> impl IntoView {
    let store = Store::get();
    let list = ListState::new();
    // The matching entries are found once per change; a page shows 50 of them.
    let matching = Memo::new(move |_| store.ws.with(|w| query::audit_positions(w, &list.get("q"))));
    let entry = move |i: usize| {
        store.ws.with(|w| {
            let Some(e) = w.log().entries().loaded().get(i) else { return ().into_any() };
            let events: Vec<String> = e.events.iter().take(20).map(|ev| ev.describe()).collect();
            let more = e.events.len().saturating_sub(20);
            view! {
                <td class="nowrap">{e.at.to_string()}</td>
                <td>{e.actor.label()}</td>
                <td>{e.command.name()}<span class="sub"><A href=format!("/replay/{}", e.seq)>{format!("Replay to entry {}", e.seq)}</A></span></td>
                <td><ul class="events">{events.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li class="hint">{format!("and {more} more")}</li> })}</ul></td>
            }
            .into_any()
        })
    };
    let export = move |_| {
        if !store.ws.with_untracked(|w| w.log().entries().is_complete()) {
            store.notify("The audit log is still being read; try again in a moment.");
            return;
        }
        let csv = store.ws.with_untracked(|w| query::audit_csv(&query::audit(w, &list.get_untracked("q"))));
        match crate::browser::download("flowthrough-audit-log.csv", "text/csv;charset=utf-8", &csv) {
            Ok(()) => store.notify("Audit log exported."),
            Err(e) => store.notify(e),
        }
    };
    view! {
        <Console area=Area::Control>
            <PageHeader title="Audit log" lead="Every change, newest first: when, who, which command, and what happened to whom. Automatic transitions (delayed claims, reminders) appear as the System's."/>
            <HistoryReader what="the audit log"/>
            <div class="toolbar">
                <label class="search inline">"Filter"<input type="search" placeholder="actor, command, user, email" prop:value=move || list.get("q") on:input=move |e| list.set(&[("q", event_target_value(&e))], false)/></label>
                <button type="button" class="btn btn-secondary" on:click=export>"Export CSV"</button>
                <button type="button" class="btn btn-secondary" disabled=move || store.ws.with(|w| w.log().entries().is_empty())
                    title="Ctrl+Z (Cmd+Z) does the same where you are not typing" on:click=move |_| store.undo()>
                    {move || store.ws.with(|w| w.log().entries().last().map(|e| format!("Undo: {}", e.command.name())).unwrap_or_else(|| "Undo".into()))}
                </button>
            </div>
            <DataTable caption="Audit log" rows=matching state=list cells=entry
                empty=Signal::derive(move || if store.ws.with(|w| w.log().entries().is_empty()) { "Nothing logged yet.".to_string() } else { "No entries match the filter.".to_string() })
                columns=vec![Column::plain("Time"), Column::plain("Actor"), Column::plain("Command"), Column::plain("What happened")]/>
        </Console>
    }
}
