//! `/replay/:seq`: the workspace as it was right after audit log entry `seq`, rebuilt by the
//! core from the log (read only: nothing here is saved), with what that entry changed and steps
//! to the entries before and after it.

use crate::components::{Area, Console, PageHeader};
use crate::store::Store;
use flowthrough_core::{query, SubscriberStatus, UserState, Workspace};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The page.
#[component]
pub fn Replay() -> impl IntoView {
    let store = Store::get();
    let params = use_params_map();
    let seq = Memo::new(move |_| params.with(|p| p.get("seq").and_then(|s| s.parse::<u64>().ok()).unwrap_or(0)));
    // The whole log must be in memory to replay it.
    let ready = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    leptos::task::spawn_local(async move {
        match store.read_history().await {
            Ok(()) => ready.set(true),
            Err(e) => error.set(Some(e)),
        }
    });
    let replayed = Memo::new(move |_| {
        if !ready.get() {
            return None;
        }
        let seq = seq.get();
        Some(store.ws.with(|w| {
            let total = w.log().last_seq();
            let seq = seq.min(total);
            w.before_last((total - seq) as usize).map(|ws| (ws, seq, total)).map_err(|e| e.to_string())
        }))
    });
    view! {
        <Console area=Area::Control>
            <PageHeader title="Replay" lead="The workspace as it was after one entry of the audit log, rebuilt from the log by the same rules. Read only: nothing here is saved."/>
            {move || error.get().map(|e| view! { <p role="alert">{e}</p> })}
            {move || match replayed.get() {
                None => view! { <p class="hint" role="status">"Reading the history…"</p> }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{format!("The log cannot be replayed: {e}")}</p> }.into_any(),
                Some(Ok((ws, seq, total))) => view! { <ReplayStep ws seq total/> }.into_any(),
            }}
        </Console>
    }
}

#[component]
fn ReplayStep(ws: Workspace, seq: u64, total: u64) -> impl IntoView {
    let entry = (seq > 0).then(|| ws.log().entries().last().cloned()).flatten();
    let mut subscribers: Vec<(SubscriberStatus, usize)> = query::status_counts(&ws, None).into_iter().collect();
    subscribers.retain(|(_, n)| *n > 0);
    let mut users: Vec<(UserState, usize)> = Vec::new();
    for o in ws.control().orgs().keys() {
        for (s, n) in query::state_counts(&ws, *o) {
            match users.iter_mut().find(|(x, _)| *x == s) {
                Some((_, m)) => *m += n,
                None => users.push((s, n)),
            }
        }
    }
    users.retain(|(_, n)| *n > 0);
    let emails = ws.mail().outbox().len();
    view! {
        <nav class="toolbar" aria-label="Replay steps">
            {(seq > 0).then(|| view! { <A href=format!("/replay/{}", seq - 1) attr:class="btn btn-secondary">"Previous entry"</A> })}
            <span>{format!("Entry {seq} of {total}")}</span>
            {(seq < total).then(|| view! { <A href=format!("/replay/{}", seq + 1) attr:class="btn btn-secondary">"Next entry"</A> })}
            <A href="/control/audit" attr:class="btn btn-link">"Back to the audit log"</A>
        </nav>
        {match entry {
            None => view! { <p>"Before the first entry: an empty workspace."</p> }.into_any(),
            Some(e) => view! {
                <section aria-labelledby="replay-entry">
                    <h2 id="replay-entry">{format!("{}: {} by the {}", e.at, e.command.name(), e.actor.label().to_lowercase())}</h2>
                    <h3>"What it changed"</h3>
                    <ul class="events">{e.events.iter().map(|ev| view! { <li>{ev.describe()}</li> }).collect_view()}</ul>
                </section>
            }.into_any(),
        }}
        <section aria-labelledby="replay-state">
            <h2 id="replay-state">"The workspace then"</h2>
            <ul class="counts-list">
                <li>{format!("{} templates, {} customers, {} organizations, {} emails sent or suppressed", ws.partner().templates().len(), ws.partner().customers().len(), ws.control().orgs().len(), emails)}</li>
                <li>"Subscribers: " {if subscribers.is_empty() { "none".to_string() } else { subscribers.iter().map(|(s, n)| format!("{} {n}", s.label())).collect::<Vec<_>>().join(", ") }}</li>
                <li>"Users: " {if users.is_empty() { "none".to_string() } else { users.iter().map(|(s, n)| format!("{} {n}", s.label())).collect::<Vec<_>>().join(", ") }}</li>
            </ul>
        </section>
    }
}
