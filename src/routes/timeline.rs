//! `/timeline`: what happens next on the sandbox clock, for the whole workspace, grouped by day,
//! each entry with "advance the clock to here" (the core computes the timeline:
//! `Workspace::timeline`).

use crate::components::{Area, Console, PageHeader};
use crate::store::Store;
use leptos::prelude::*;
use crate::i18n::{self, t, t_with};

/// Most entries the page lists (a 100,000-subscriber workspace schedules many).
const SHOWN: usize = 300;

/// The page.
#[component]
pub fn Timeline() -> impl IntoView {
    let store = Store::get();
    // The first entries, described (the rest are only counted: a 100,000-subscriber workspace
    // schedules as many).
    let entries = Memo::new(move |_| {
        store.ws.with(|w| {
            let (head, total) = w.timeline_head(store.now(), SHOWN);
            (head.iter().map(|s| (s.at, i18n::text(&w.describe_due(s)))).collect::<Vec<_>>(), total)
        })
    });
    let advance_to = move |at: flowthrough_core::Timestamp| {
        let secs = at.0 - store.now().0;
        if secs <= 0 {
            let n = store.tick().len();
            store.notify(t_with("ran-due", &[("count", n.into())]));
            return;
        }
        match store.advance_clock(secs) {
            Ok(events) => {
                let auto = events.iter().filter(|e| !matches!(e, flowthrough_core::Event::ClockAdvanced { .. })).count();
                store.notify(t_with("clock-advanced-to", &[("at", i18n::when(at).into()), ("count", auto.into())]));
            }
            Err(e) => store.notify(crate::i18n::refusal(&e)),
        }
    };
    view! {
        <Console area=Area::Control>
            {move || view! { <PageHeader title=t("what-happens-next") lead=t("timeline-lead")/> }}
            {move || entries.with(|(list, total)| {
                if list.is_empty() {
                    return view! { <p class="empty">{t("timeline-empty")}</p> }.into_any();
                }
                // Group by day (UTC), with a count per day.
                let mut days: Vec<(String, Vec<(flowthrough_core::Timestamp, String)>)> = Vec::new();
                for (at, text) in list {
                    let day = i18n::day(*at);
                    match days.last_mut() {
                        Some((d, v)) if *d == day => v.push((*at, text.clone())),
                        _ => days.push((day, vec![(*at, text.clone())])),
                    }
                }
                let more = total.saturating_sub(list.len());
                view! {
                    {days.into_iter().map(|(day, items)| view! {
                        <section class="timeline-day" aria-label=day.clone()>
                            <h2>{day.clone()} <span class="day-count">" · " {t_with("n-changes", &[("count", items.len().into())])}</span></h2>
                            <ul class="timeline">
                                {items.into_iter().map(|(at, text)| {
                                    // The visible text first in the name (WCAG 2.5.3), then which entry.
                                    let label = format!("{}: {}, {text}", t("advance-here"), i18n::when(at));
                                    view! {
                                        <li>
                                            <span class="nowrap">{i18n::time_of_day(at)}</span>
                                            <span>{text}</span>
                                            <button type="button" class="btn btn-secondary btn-small" aria-label=label title=t_with("advance-clock-to", &[("at", i18n::when(at).into())]) on:click=move |_| advance_to(at)>
                                                {t("advance-here")}
                                            </button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view()}
                    {(more > 0).then(|| view! { <p class="hint">{t_with("and-more-later", &[("count", more.into())])}</p> })}
                }.into_any()
            })}
        </Console>
    }
}
