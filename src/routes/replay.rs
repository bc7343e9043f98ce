//! `/replay/:seq`: the workspace as it was right after audit log entry `seq`, rebuilt by the
//! core from the log (read only: nothing here is saved), with what that entry changed and steps
//! to the entries before and after it.

use crate::components::{Area, Console, PageHeader};
use crate::store::Store;
use flowthrough_core::{query, SubscriberStatus, UserState, Workspace};
use leptos::prelude::*;
use crate::i18n::{self, t, t_with};
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
    let error = RwSignal::new(None::<flowthrough_core::text::Text>);
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
            w.before_last((total - seq) as usize).map(|ws| (ws, seq, total))
        }))
    });
    view! {
        <Console area=Area::Control>
            {move || view! { <PageHeader title=t("replay") lead=t("replay-lead")/> }}
            {move || error.get().map(|e| view! { <p role="alert">{i18n::text(&e)}</p> })}
            {move || {
                // The step is drawn again in a newly chosen language.
                crate::i18n::I18n::get().locale();
                match replayed.get() {
                None => view! { <p class="hint" role="status">{t("replay-reading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{t_with("replay-failed", &[("error", i18n::text(&e.text()).into())])}</p> }.into_any(),
                Some(Ok((ws, seq, total))) => view! { <ReplayStep ws seq total/> }.into_any(),
            }}}
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
        <nav class="toolbar" aria-label=t("replay-steps")>
            {(seq > 0).then(|| view! { <A href=format!("/replay/{}", seq - 1) attr:class="btn btn-secondary">{t("previous-entry")}</A> })}
            <span>{t_with("entry-of", &[("seq", seq.to_string().into()), ("total", total.to_string().into())])}</span>
            {(seq < total).then(|| view! { <A href=format!("/replay/{}", seq + 1) attr:class="btn btn-secondary">{t("next-entry")}</A> })}
            <A href="/control/audit" attr:class="btn btn-link">{t("back-to-audit")}</A>
        </nav>
        {match entry {
            None => view! { <p>{t("replay-before-first")}</p> }.into_any(),
            Some(e) => view! {
                <section aria-labelledby="replay-entry">
                    <h2 id="replay-entry">{t_with("replay-entry", &[("at", i18n::when(e.at).into()), ("command", i18n::command(&e.command).into()), ("actor", i18n::actor(&e.actor).to_lowercase().into())])}</h2>
                    <h3>{t("replay-changed")}</h3>
                    <ul class="events">{e.events.iter().map(|ev| view! { <li>{i18n::text(&ev.text())}</li> }).collect_view()}</ul>
                </section>
            }.into_any(),
        }}
        <section aria-labelledby="replay-state">
            <h2 id="replay-state">{t("replay-then")}</h2>
            <ul class="counts-list">
                <li>{t_with("replay-counts", &[("templates", ws.partner().templates().len().into()), ("customers", ws.partner().customers().len().into()), ("orgs", ws.control().orgs().len().into()), ("emails", emails.into())])}</li>
                <li>{t("replay-subscribers")} " " {if subscribers.is_empty() { t("replay-none") } else { subscribers.iter().map(|(s, n)| format!("{} {n}", i18n::status(*s))).collect::<Vec<_>>().join(", ") }}</li>
                <li>{t("replay-users")} " " {if users.is_empty() { t("replay-none") } else { users.iter().map(|(s, n)| format!("{} {n}", i18n::state(*s))).collect::<Vec<_>>().join(", ") }}</li>
            </ul>
        </section>
    }
}
