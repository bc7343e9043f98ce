//! Control Hub → Audit log: every applied command with time, actor, target and what happened.

use crate::components::list::ListState;
use crate::components::table::{Column, DataTable, Row};
use crate::components::{Area, Console, HistoryReader, PageHeader};
use crate::store::Store;
use flowthrough_core::query;
use leptos::prelude::*;
use crate::i18n::{t, t_with};
use leptos_router::components::A;

/// What an audit log row shows of an entry.
#[derive(Clone, PartialEq)]
struct AuditRow {
    at: String,
    actor: String,
    by: String,
    command: String,
    seq: u64,
    events: Vec<String>,
    more: usize,
}

/// `/control/audit`
#[component]
pub fn Audit() -> impl IntoView {
    let store = Store::get();
    let sharing = crate::share::Sharing::get();
    let list = ListState::new();
    // The matching entries are found once per change; a page shows 50 of them.
    let matching = Memo::new(move |_| store.ws.with(|w| query::audit_positions(w, &list.get("q"))));
    // What a row shows of an entry, in the person's language.
    let data = move |i: usize| {
        store.ws.with(|w| {
            let e = w.log().entries().loaded().get(i)?;
            Some(AuditRow {
                at: crate::i18n::when(e.at),
                actor: crate::i18n::actor(&e.actor),
                by: sharing.author(e.seq).map(|who| t_with("share-by", &[("name", who.into())])).unwrap_or_default(),
                command: crate::i18n::command(&e.command),
                seq: e.seq,
                events: e.events.iter().take(20).map(|ev| crate::i18n::text(&ev.text())).collect(),
                more: e.events.len().saturating_sub(20),
            })
        })
    };
    let cells = move |row: Row<usize, AuditRow>| view! {
        <td class="nowrap">{row.text(|r| r.at.clone())}</td>
        <td>{row.text(|r| r.actor.clone())}<span class="sub">{row.text(|r| r.by.clone())}</span></td>
        <td>{row.text(|r| r.command.clone())}<span class="sub">
            <A href=move || format!("/replay/{}", row.with(|r| r.seq).unwrap_or_default())>{row.text(|r| t_with("replay-to", &[("seq", r.seq.to_string().into())]))}</A>
        </span></td>
        <td><ul class="events">
            {move || row.with(|r| r.events.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view())}
            {move || row.with(|r| r.more).filter(|m| *m > 0).map(|more| view! { <li class="hint">{t_with("and-more", &[("count", more.into())])}</li> })}
        </ul></td>
    };
    let export = move |_| {
        if !store.ws.with_untracked(|w| w.log().entries().is_complete()) {
            store.notify(t("audit-still-reading"));
            return;
        }
        let csv = store.ws.with_untracked(|w| query::audit_csv(&query::audit(w, &list.get_untracked("q"))));
        match crate::browser::download("flowthrough-audit-log.csv", "text/csv;charset=utf-8", &csv) {
            Ok(()) => store.notify(t("audit-exported")),
            Err(e) => store.notify(crate::i18n::text(&e)),
        }
    };
    view! {
        <Console area=Area::Control>
            {move || view! { <PageHeader title=t("audit-log") lead=t("audit-lead")/> }}
            <HistoryReader what="reading-audit-log"/>
            <div class="toolbar">
                <crate::components::list::ListSearch state=list label="filter" placeholder="audit-filter-placeholder"/>
                <button type="button" class="btn btn-secondary" on:click=export>{move || t("export-csv")}</button>
                // Undo is offered only where it can work: a shared workspace's log is everyone's.
                {move || (sharing.link.get() == crate::share::Link::Off).then(|| view! {
                    <button type="button" class="btn btn-secondary" disabled=move || store.ws.with(|w| w.log().entries().is_empty())
                        title=move || t("undo-hint") on:click=move |_| store.undo()>
                        {move || store.ws.with(|w| w.log().entries().last().map(|e| t_with("undo-what", &[("command", crate::i18n::command(&e.command).into())])).unwrap_or_else(|| t("undo")))}
                    </button>
                })}
            </div>
            <DataTable caption="audit-log" rows=matching state=list data cells
                empty=Signal::derive(move || if store.ws.with(|w| w.log().entries().is_empty()) { t("audit-empty") } else { t("audit-no-match") })
                columns=vec![Column::plain("col-time"), Column::plain("col-actor"), Column::plain("col-command"), Column::plain("col-what-happened")]/>
        </Console>
    }
}
