//! Control Hub → Audit log: every applied command with time, actor, target and what happened.

use crate::components::pager::{Pager, Paging};
use crate::components::{Area, Console, HistoryReader, PageHeader};
use crate::store::Store;
use flowthrough_core::query;
use leptos::prelude::*;

/// `/control/audit`
#[component]
pub fn Audit() -> impl IntoView {
    let store = Store::get();
    let filter = RwSignal::new(String::new());
    // The matching entries are found once per change; a page shows 50 of them.
    let matching = Memo::new(move |_| store.ws.with(|w| query::audit_positions(w, &filter.get())));
    let paging = Paging::new(Signal::derive(move || matching.with(Vec::len)));
    Effect::new(move |_| {
        filter.track();
        paging.reset();
    });
    let export = move |_| {
        if !store.ws.with_untracked(|w| w.log().entries().is_complete()) {
            store.notify("The audit log is still being read; try again in a moment.");
            return;
        }
        let csv = store.ws.with_untracked(|w| query::audit_csv(&query::audit(w, &filter.get_untracked())));
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
                <label class="search inline">"Filter"<input type="search" placeholder="actor, command, user, email" prop:value=filter on:input=move |e| filter.set(event_target_value(&e))/></label>
                <button type="button" class="btn btn-secondary" on:click=export>"Export CSV"</button>
            </div>
            <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">"Audit log"</caption>
                <thead><tr><th scope="col">"Time"</th><th scope="col">"Actor"</th><th scope="col">"Command"</th><th scope="col">"What happened"</th></tr></thead>
                <tbody>
                    {move || store.ws.with(|w| {
                        let entries: Vec<_> = matching.with(|m| paging.slice(m)).into_iter().filter_map(|i| w.log().entries().loaded().get(i)).collect();
                        if entries.is_empty() {
                            return view! { <tr><td colspan="4" class="empty">"Nothing logged yet."</td></tr> }.into_any();
                        }
                        entries.into_iter().map(|e| {
                            let events: Vec<String> = e.events.iter().take(20).map(|ev| ev.describe()).collect();
                            let more = e.events.len().saturating_sub(20);
                            view! {
                                <tr>
                                    <td class="nowrap">{e.at.to_string()}</td>
                                    <td>{e.actor.label()}</td>
                                    <td>{e.command.name()}</td>
                                    <td><ul class="events">{events.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                        {(more > 0).then(|| view! { <li class="hint">{format!("and {more} more")}</li> })}</ul></td>
                                </tr>
                            }
                        }).collect_view().into_any()
                    })}
                </tbody>
            </table>
            </div>
            <Pager paging/>
        </Console>
    }
}
