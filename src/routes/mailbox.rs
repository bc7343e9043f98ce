//! `/mailbox`: every email the system sent or suppressed, newest first.

use crate::components::list::{ListState, Pager, Paging};
use crate::components::{Area, Console, HistoryReader, PageHeader};
use crate::store::Store;
use flowthrough_core::{query, Delivery};
use leptos::prelude::*;
use leptos_router::components::A;

/// The mailbox page.
#[component]
pub fn Mailbox() -> impl IntoView {
    let store = Store::get();
    // The filter and page are in the address, as for the tables.
    let list = ListState::new();
    // Newest first, a page at a time (a 100,000-subscriber workspace has over 100,000 emails).
    let matching = Memo::new(move |_| store.ws.with(|w| query::mailbox_positions(w, &list.get("q"))));
    let paging = Paging::new(list, Signal::derive(move || matching.with(Vec::len)));
    view! {
        <Console area=Area::Mailbox>
            <PageHeader title="Mailbox" lead="There is no mail server: every email the system sends or suppresses lands here. Open a link to act as the recipient."/>
            <HistoryReader what="the mailbox"/>
            <label class="search">"Filter by recipient"<input type="search" prop:value=move || list.get("q") on:input=move |e| list.set(&[("q", event_target_value(&e))], false)/></label>
            <ol class="mail-list">
                {move || store.ws.with(|w| {
                    let mails: Vec<_> = matching.with(|m| paging.slice(m)).into_iter().filter_map(|i| w.mail().outbox().loaded().get(i)).collect();
                    if mails.is_empty() {
                        return view! { <li class="empty">"No emails yet. They appear when users are onboarded, invited or reminded."</li> }.into_any();
                    }
                    mails.into_iter().map(|m| {
                        let status = match &m.delivery {
                            Delivery::Sent => view! { <span class="badge badge-success">"Sent"</span> }.into_any(),
                            Delivery::Suppressed(why) => view! { <span class="badge badge-warning" title=why.clone()>"Suppressed"</span> }.into_any(),
                        };
                        view! {
                            <li class="mail">
                                <article aria-label=m.subject()>
                                    <header>
                                        <h2>{m.subject()}</h2>
                                        <p class="meta">"To " {m.to.clone()} " · " {m.at.to_string()} " · " {m.kind.label()} " " {status}</p>
                                    </header>
                                    <p class="mail-body">{m.body()}</p>
                                    {m.link_path().map(|l| view! { <p><A href=l attr:class="btn btn-primary">"Open link"</A></p> })}
                                    {match &m.delivery { Delivery::Suppressed(why) => Some(view! { <p class="hint">{why.clone()}</p> }), _ => None }}
                                </article>
                            </li>
                        }
                    }).collect_view().into_any()
                })}
            </ol>
            <Pager paging/>
        </Console>
    }
}
