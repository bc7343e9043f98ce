//! Control Hub → Directory sync: turn it on and sync a directory export (standing in for
//! Active Directory). Synced users are managed by the directory.

use super::{org_param, OrgFrame, Tab};
use crate::store::Store;
use flowthrough_core::import;
use flowthrough_core::{Command, Event};
use leptos::prelude::*;
use crate::i18n::{t, t_with};
use flowthrough_core::text::Text;

/// What the last sync did, kept as what happened (not as words), so it reads in a newly chosen
/// language too.
#[derive(Clone)]
enum Outcome {
    /// Synced: users created, users whose state changed, entries rejected (address, why).
    Synced { created: usize, changed: usize, rejected: Vec<(String, String)> },
    /// Nothing synced: these lines of the export have problems.
    BadRows(Vec<(usize, Vec<Text>)>),
    /// Nothing synced: the export or the command was refused (why).
    Refused(Text),
}

/// `/control/orgs/:org/sync`
#[component]
pub fn Sync() -> impl IntoView {
    view! { <OrgFrame tab=Tab::Sync><SyncBody/></OrgFrame> }
}

#[component]
fn SyncBody() -> impl IntoView {
    let store = Store::get();
    let Some(org) = org_param() else { return ().into_any() };
    let on = move || store.ws.with(|w| w.control().orgs().get(&org).is_some_and(|o| o.directory_sync));
    let text = RwSignal::new("mail,displayName,enabled\n".to_string());
    let result = RwSignal::new(None::<Outcome>);
    let toggle = move |e: leptos::ev::Event| {
        let enabled = event_target_checked(&e);
        if let Err(err) = store.dispatch(Command::SetDirectorySync { org, enabled }) {
            store.notify(crate::i18n::refusal(&err));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        crate::browser::read_chosen_file(&ev, move |read| match read {
            Ok(read) => text.set(read),
            Err(e) => result.set(Some(Outcome::Refused(e))),
        });
    };
    let run = move |_| {
        let preview = match import::directory(&text.get_untracked()) {
            Ok(p) => p,
            Err(e) => return result.set(Some(Outcome::Refused(e))),
        };
        if preview.error_count() > 0 {
            let rows = preview.rows.into_iter().filter(|r| !r.errors.is_empty()).map(|r| (r.line, r.errors)).collect();
            return result.set(Some(Outcome::BadRows(rows)));
        }
        result.set(Some(match store.dispatch(Command::SyncDirectory { org, entries: preview.valid() }) {
            Err(e) => Outcome::Refused(e.text()),
            Ok(events) => Outcome::Synced {
                created: events.iter().filter(|e| matches!(e, Event::UserCreated { .. })).count(),
                changed: events.iter().filter(|e| matches!(e, Event::UserStateChanged { .. })).count(),
                rejected: events.into_iter().filter_map(|e| match e { Event::SyncEntryRejected { email, reason } => Some((email, reason)), _ => None }).collect(),
            },
        }));
    };
    view! {
        <p class="lead">{move || t("sync-lead")}</p>
        <crate::components::Changes><label class="switch"><input type="checkbox" role="switch" prop:checked=on on:change=toggle/>{move || t("tab-sync")}</label></crate::components::Changes>
        <Show when=on>
            <section class="form form-wide" aria-labelledby="sync-now">
                <h2 id="sync-now">{move || t("sync-title")}</h2>
                <p class="hint">{move || t("sync-hint")}</p>
                <label>{move || t("sync-export")}<textarea rows="6" class="mono" prop:value=text on:input=move |e| text.set(event_target_value(&e))></textarea></label>
                <label>{move || t("or-choose-file")}<input type="file" accept=".csv,text/csv,text/plain" on:change=on_file/></label>
                <crate::components::Changes><button type="button" class="btn btn-primary" on:click=run>{move || t("sync-now")}</button></crate::components::Changes>
                {move || result.get().map(|r| match r {
                    Outcome::Synced { created, changed, rejected } => {
                        let mut msg = t_with("sync-complete", &[("created", created.into()), ("changed", changed.into())]);
                        if !rejected.is_empty() {
                            let each: Vec<String> = rejected.iter().map(|(email, reason)| format!("{email}: {}", crate::i18n::says(reason))).collect();
                            msg.push_str(&format!(" {} {}", t("sync-not-applied"), each.join(" ")));
                        }
                        view! { <p role="status">{msg}</p> }.into_any()
                    }
                    Outcome::BadRows(rows) => {
                        let lines: Vec<String> = rows.iter().map(|(line, errors)| format!("{} {line}: {}", t("col-line"), errors.iter().map(crate::i18n::text).collect::<Vec<_>>().join(" "))).collect();
                        view! { <p class="field-error" role="alert">{format!("{} {}", t("sync-fix-rows"), lines.join(" "))}</p> }.into_any()
                    }
                    Outcome::Refused(e) => view! { <p class="field-error" role="alert">{crate::i18n::text(&e)}</p> }.into_any(),
                })}
            </section>
        </Show>
    }
    .into_any()
}
