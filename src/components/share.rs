//! Sharing, as people see it: the header's connection and presence, the trainee's banner, and
//! the Workspace page's "Shared workspace" section (share, join, reconnect, leave, the join
//! link, refused changes to read and dismiss). Every decision is the sharing controller's
//! (`crate::share`) or the core's; these render its answer and call it.

use crate::i18n::{t, t_with};
use crate::share::{self, Form, Link, Sharing};
use crate::store::Store;
use leptos::prelude::*;
use leptos_router::components::A;

/// The header's status: the connection, waiting changes, who is here. A link to the
/// Workspace page's section.
#[component]
pub fn SharingStatus() -> impl IntoView {
    let sharing = Sharing::get();
    move || {
        let link = sharing.link.get();
        (link != Link::Off).then(|| {
            let people = sharing.people.with(|p| p.iter().filter(|p| !p.me).map(|p| p.name.clone()).collect::<Vec<_>>());
            let here = if people.is_empty() { t("share-alone") } else { t_with("share-here", &[("names", people.join(", ").into())]) };
            let refused = sharing.reports.with(Vec::len);
            let class = match link {
                Link::Online => "share-status share-online",
                Link::Connecting => "share-status",
                _ => "share-status share-offline",
            };
            view! {
                <A href="/workspace#share" attr:class=class>
                    <span class="share-dot" aria-hidden="true"></span>
                    // Its own reactive text: the link's children are rendered untracked (a
                    // component's), so a count read there would not follow its signal.
                    <span role="status">{move || share::status_text(sharing.link.get(), sharing.waiting.get())}</span>
                    <span class="share-people">{here}</span>
                    {(refused > 0).then(|| view! { <span class="share-refused">{t_with("share-reports", &[("count", refused.into())])}</span> })}
                </A>
            }
        })
    }
}

/// Says, on every page, that a trainee's workspace is read only.
#[component]
pub fn TraineeBanner() -> impl IntoView {
    let sharing = Sharing::get();
    move || {
        (sharing.link.get() != Link::Off && sharing.trainee.get()).then(|| view! {
            <div class="banner banner-info" role="status"><p id="read-only-reason">{t("share-trainee-banner")}</p></div>
        })
    }
}

fn query(key: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(key)
}

/// The Workspace page's section: share this workspace, join one, or (when shared) its
/// connection, join link, refused changes, and Leave.
#[component]
pub fn SharePanel() -> impl IntoView {
    let store = Store::get();
    let sharing = Sharing::get();
    let joining = query("join");
    let server = RwSignal::new(query("server").unwrap_or_else(|| "ws://127.0.0.1:9222".to_string()));
    let workspace = RwSignal::new(joining.clone().unwrap_or_default());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    let error = RwSignal::new(None::<flowthrough_core::text::Text>);
    let working = RwSignal::new(false);
    // Sharing a workspace of real data (an import from the Webex API) asks first.
    let confirm_real = RwSignal::new(false);
    let form = move || Form {
        server: server.get_untracked().trim().to_string(),
        workspace: workspace.get_untracked().trim().to_string(),
        user: user.get_untracked().trim().to_string(),
        password: password.get_untracked(),
        name: {
            let n = name.get_untracked().trim().to_string();
            if n.is_empty() { user.get_untracked().trim().to_string() } else { n }
        },
        remember: remember.get_untracked(),
    };
    let run = move |join: bool| {
        let f = form();
        if f.server.is_empty() || f.workspace.is_empty() || f.user.is_empty() || f.password.is_empty() {
            error.set(Some(flowthrough_core::text::Text::new("share-error-fields")));
            return;
        }
        working.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = if join { sharing.join(store, f).await } else { sharing.share(store, f).await };
            working.set(false);
            match result {
                Ok(()) => {
                    password.set(String::new());
                    store.notify(t(if join { "share-joined" } else { "share-shared" }));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let reconnect = move |_| {
        let p = password.get_untracked();
        if p.is_empty() {
            error.set(Some(flowthrough_core::text::Text::new("share-error-fields")));
            return;
        }
        working.set(true);
        leptos::task::spawn_local(async move {
            let r = sharing.reconnect(store, p).await;
            working.set(false);
            match r {
                Ok(()) => {
                    password.set(String::new());
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let leave = move |_| {
        leptos::task::spawn_local(async move {
            sharing.leave().await;
            store.notify(t("share-left"));
        });
    };
    let field = move |label: &'static str, value: RwSignal<String>, kind: &'static str, auto: &'static str| {
        view! {
            <label class="field">{move || t(label)}
                <input type=kind autocomplete=auto prop:value=move || value.get() on:input=move |e| {
                    // The NATS client is fetched while the form is filled in.
                    crate::storage::shared::prefetch();
                    value.set(event_target_value(&e));
                }/>
            </label>
        }
    };
    let errors = move || error.get().map(|e| view! { <div class="banner banner-error" role="alert"><p>{crate::i18n::text(&e)}</p></div> });
    view! {
        <section class="settings-section" id="share" aria-labelledby="ws-share">
            <h2 id="ws-share">{move || t("share-title")}</h2>
            {move || confirm_real.get().then(|| {
                let close = Callback::new(move |_| confirm_real.set(false));
                view! {
                    <crate::components::dialog::Dialog title=t("share-real-title") on_close=close>
                        <p>{t("share-real-text")}</p>
                        <div class="form-actions">
                            <button type="button" class="btn btn-danger" on:click=move |_| { confirm_real.set(false); run(false) }>{t("share-real-confirm")}</button>
                            <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| close.run(())>{t("cancel")}</button>
                        </div>
                    </crate::components::dialog::Dialog>
                }
            })}
            {move || match sharing.record.get() {
                None => view! {
                    <p class="hint">{t("share-lead")}</p>
                    {joining.as_ref().map(|_| view! { <p class="hint">{t("share-invited")}</p> })}
                    <div class="form-grid">
                        {field("share-server", server, "url", "off")}
                        {field("share-workspace", workspace, "text", "off")}
                        {field("share-user", user, "text", "username")}
                        {field("share-password", password, "password", "current-password")}
                        {field("share-name", name, "text", "name")}
                    </div>
                    <label class="check"><input type="checkbox" prop:checked=move || remember.get() on:change=move |e| remember.set(event_target_checked(&e))/>{t("share-remember")}</label>
                    <p class="hint">{t("share-join-replaces")}</p>
                    {move || sharing.problem.get().map(|p| view! { <div class="banner banner-warning" role="alert"><p>{crate::i18n::text(&p)}</p></div> })}
                    {errors}
                    <div class="form-actions">
                        <button type="button" class="btn btn-primary" disabled=move || working.get() on:click=move |_| {
                            if store.ws.with_untracked(|w| w.partner().holds_real_data()) { confirm_real.set(true) } else { run(false) }
                        }>{t("share-this")}</button>
                        <button type="button" class="btn btn-secondary" disabled=move || working.get() on:click=move |_| run(true)>{t("share-join")}</button>
                    </div>
                }
                .into_any(),
                Some(record) => {
                    let role = move || t(if sharing.trainee.get() { "share-role-trainee" } else { "share-role-admin" });
                    let who = record.name.clone();
                    let place = record.workspace.clone();
                    let host = record.server.clone();
                    view! {
                        <p>{move || t_with("share-in", &[("workspace", place.clone().into()), ("server", host.clone().into()), ("name", who.clone().into()), ("role", role().into())])}</p>
                        <p class="hint">{move || share::status_text(sharing.link.get(), sharing.waiting.get())}</p>
                        {move || sharing.join_link().map(|link| {
                            let copy = link.clone();
                            view! {
                                <div class="join-link">
                                    <label class="field">{t("share-join-link")}<input type="text" readonly prop:value=link/></label>
                                    <button type="button" class="btn btn-secondary" on:click=move |_| store.copy(copy.clone(), t("share-link-copied"))>{t("share-copy-link")}</button>
                                </div>
                            }
                        })}
                        {move || (sharing.link.get() == Link::Disconnected).then(|| view! {
                            <div class="form-grid">{field("share-password", password, "password", "current-password")}</div>
                            <div class="form-actions"><button type="button" class="btn btn-primary" disabled=move || working.get() on:click=reconnect>{t("share-reconnect")}</button></div>
                        })}
                        {move || sharing.problem.get().map(|p| view! { <div class="banner banner-warning" role="alert"><p>{crate::i18n::text(&p)}</p></div> })}
                        {errors}
                        <h3>{t("share-people")}</h3>
                        <ul class="plain-list">
                            {move || sharing.people.get().into_iter().map(|p| {
                                let role = t(if p.trainee { "share-role-trainee" } else { "share-role-admin" });
                                let me = if p.me { format!(" ({})", t("share-you")) } else { String::new() };
                                view! { <li>{p.name}{me}" · "{role}</li> }
                            }).collect_view()}
                        </ul>
                        <Reports/>
                        <div class="form-actions">
                            <button type="button" class="btn btn-secondary" on:click=leave>{t("share-leave")}</button>
                        </div>
                        <p class="hint">{t("share-leave-hint")}</p>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// Changes of this person's that were not applied, and entries skipped, with Dismiss.
#[component]
fn Reports() -> impl IntoView {
    let sharing = Sharing::get();
    move || {
        let reports = sharing.reports.get();
        (!reports.is_empty()).then(|| view! {
            <h3>{t("share-reports-title")}</h3>
            <ul class="share-reports">
                {reports.iter().enumerate().map(|(i, r)| {
                    let words = share::report_text(r);
                    view! {
                        <li>
                            <span>{words}</span>
                            <button type="button" class="btn btn-secondary btn-small" on:click=move |_| sharing.dismiss(i)>{t("share-dismiss")}<span class="visually-hidden">{format!(" {}", i + 1)}</span></button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })
    }
}
