//! `/mailbox`: every email the system sent or suppressed, newest first.

use crate::components::list::{ListState, Pager, Paging};
use crate::components::{Area, Console, HistoryReader, PageHeader};
use crate::store::Store;
use flowthrough_core::{query, Delivery};
use leptos::prelude::*;
use crate::i18n::{t, t_with, Locale};
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
            {move || view! { <PageHeader title=t("nav-mailbox") lead=t("mailbox-lead")/> }}
            <HistoryReader what="reading-mailbox"/>
            <label class="search">{move || t("filter-recipient")}<input type="search" prop:value=move || list.get("q") on:input=move |e| list.set(&[("q", event_target_value(&e))], false)/></label>
            <ol class="mail-list">
                {move || store.ws.with(|w| {
                    let mails: Vec<_> = matching.with(|m| paging.slice(m)).into_iter().filter_map(|i| w.mail().outbox().loaded().get(i)).collect();
                    if mails.is_empty() {
                        return view! { <li class="empty">{t("mailbox-empty")}</li> }.into_any();
                    }
                    let console = crate::i18n::I18n::get().locale();
                    mails.into_iter().map(|m| {
                        // In the recipient's language: the one they used in the portal, else the
                        // console's.
                        let language = crate::storage::recipient_language(&m.to).and_then(|t| Locale::from_tag(&t)).unwrap_or(console);
                        let (subject, body) = crate::i18n::mail(&m.content, language);
                        let label = subject.clone();
                        let status = match &m.delivery {
                            Delivery::Sent => view! { <span class="badge badge-success">{t("mail-sent")}</span> }.into_any(),
                            Delivery::Suppressed(why) => view! { <span class="badge badge-warning" title=crate::i18n::says(why)>{t("mail-suppressed")}</span> }.into_any(),
                        };
                        view! {
                            <li class="mail">
                                <article aria-label=label lang=language.tag()>
                                    <header>
                                        <h2>{subject}</h2>
                                        <p class="meta">{t_with("mail-to", &[("to", m.to.clone().into())])} " · " {crate::i18n::when(m.at)} " · " {crate::i18n::code("mail-kind", m.kind)} " " {status}</p>
                                    </header>
                                    <p class="mail-body">{body}</p>
                                    {m.link_path().map(|l| view! { <p><A href=l attr:class="btn btn-primary">{t("open-link")}</A></p> })}
                                    {match &m.delivery { Delivery::Suppressed(why) => Some(view! { <p class="hint">{crate::i18n::says(why)}</p> }), _ => None }}
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
