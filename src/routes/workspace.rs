//! `/workspace`: the whole workspace: storage used, export, import (with a report of what is
//! wrong in a bad file), and starting over.

use crate::components::dialog::Dialog;
use crate::components::{Area, Console, PageHeader};
use crate::store::Store;
use crate::{browser, storage};
use flowthrough_core::{storage as format, Workspace};
use leptos::prelude::*;
use crate::i18n::{t, t_with};
use flowthrough_core::import::api::{self, ApiPreview};
use flowthrough_core::text::Text;

/// Where an import from the Webex API stands.
#[derive(Clone)]
enum ApiImport {
    /// Reading the chosen files: how many are read, of how many.
    Reading(usize, usize),
    /// Read: what can be imported and what cannot, or why a file was refused.
    Read(Result<ApiPreview, Text>),
}

fn summary(w: &Workspace) -> String {
    t_with(
        "workspace-summary",
        &[
            ("templates", w.partner().templates().len().into()),
            ("customers", w.partner().customers().len().into()),
            ("subscribers", w.partner().subscribers().len().into()),
            ("orgs", w.control().orgs().len().into()),
            ("users", w.control().users().len().into()),
            ("emails", w.mail().outbox().len().into()),
            ("entries", w.log().entries().len().into()),
        ],
    )
}

/// The workspace page.
#[component]
pub fn WorkspacePage() -> impl IntoView {
    let store = Store::get();
    let used = RwSignal::new(storage::used_bytes());
    let imported = RwSignal::new(None::<Result<Workspace, Text>>);
    let confirm_reset = RwSignal::new(false);
    let confirm_large = RwSignal::new(None::<usize>);
    let navigate = leptos_router::hooks::use_navigate();
    let load_large = move |n: usize| {
        confirm_large.set(None);
        let ws = flowthrough_core::demo::large(n, 42, store.now());
        let template = ws.partner().templates().keys().next().copied();
        store.replace(ws);
        used.set(storage::used_bytes());
        store.notify(t_with("large-loaded", &[("count", n.into())]));
        if let Some(t) = template {
            navigate(&format!("/partner/templates/{}/users", t.0), Default::default());
            // Start the new page at its top, as following a link does (after it has rendered,
            // and after the closing dialog has given focus back).
            request_animation_frame(|| {
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            });
        }
    };
    let api_import = RwSignal::new(None::<ApiImport>);
    let on_api_files = move |ev: leptos::ev::Event| {
        let reader = std::rc::Rc::new(std::cell::RefCell::new(Some(api::Reader::new())));
        browser::read_chosen_files(&ev, move |i, total, name, bytes| {
            let mut slot = reader.borrow_mut();
            let Some(r) = slot.as_mut() else { return false };
            match bytes.and_then(|b| r.file(&name, &b)) {
                Err(e) => {
                    *slot = None;
                    api_import.set(Some(ApiImport::Read(Err(e))));
                    false
                }
                Ok(()) if i + 1 == total => {
                    let preview = slot.take().map(api::Reader::finish).unwrap_or_default();
                    api_import.set(Some(ApiImport::Read(Ok(preview))));
                    false
                }
                Ok(()) => {
                    api_import.set(Some(ApiImport::Reading(i + 1, total)));
                    true
                }
            }
        });
    };
    let navigate_api = leptos_router::hooks::use_navigate();
    // The import in parts of PART subscribers: the first makes the new workspace and opens its
    // User Status, the rest follow one a task, each a logged command, so the page shows the first
    // rows at once and never freezes for the whole file.
    const PART: usize = 2_000;
    let apply_api = move |_| {
        // The preview is taken, not copied: its subscribers move into the commands part by part.
        let Some(Some(ApiImport::Read(Ok(preview)))) = api_import.try_update_untracked(|a| a.take()) else { return };
        let total = preview.valid().count();
        let mut parts = flowthrough_core::realdata::into_parts(preview, PART);
        let Some(first) = parts.next() else { return };
        let mut ws = Workspace::new();
        let mut tokens = || flowthrough_core::Token("".into());
        if let Err(e) = ws.apply(first, store.now(), &mut tokens) {
            api_import.set(Some(ApiImport::Read(Err(e.text()))));
            return;
        }
        let template = ws.partner().templates().keys().next().copied();
        let mut done = ws.partner().subscribers().len();
        store.replace(ws);
        api_import.set(None);
        if let Some(t) = template {
            navigate_api(&format!("/partner/templates/{}/users", t.0), Default::default());
        }
        if done == total {
            store.notify(t_with("api-import-done", &[("count", done.into())]));
            return;
        }
        store.notify(t_with("api-import-progress", &[("done", done.into()), ("total", total.into())]));
        leptos::task::spawn_local(async move {
            for cmd in parts {
                browser::next_task().await;
                let n = match &cmd {
                    flowthrough_core::Command::ImportFromApi { subscribers } => subscribers.len(),
                    _ => 0,
                };
                if let Err(e) = store.dispatch(cmd) {
                    store.notify(t_with("api-import-stopped", &[("done", done.into()), ("total", total.into()), ("reason", crate::i18n::text(&e.text()).into())]));
                    return;
                }
                done += n;
                store.notify(if done == total {
                    t_with("api-import-done", &[("count", done.into())])
                } else {
                    t_with("api-import-progress", &[("done", done.into()), ("total", total.into())])
                });
            }
        });
    };
    let export = move |_| store.export_file();
    let export_api = move |redact: bool| {
        let json = store.ws.with_untracked(|w| flowthrough_core::realdata::to_json(w, redact));
        let date = store.now().iso();
        let file = format!("subscribers{}-{}.json", if redact { "-redacted" } else { "" }, &date[..10]);
        match browser::download(&file, "application/json", &json) {
            Ok(()) => store.notify(t_with("api-exported", &[("file", file.into())])),
            Err(e) => store.notify(crate::i18n::text(&e)),
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        browser::read_chosen_bytes(&ev, move |bytes| imported.set(Some(bytes.and_then(|b| format::import(&b).map_err(|e| e.text())))));
    };
    let replace = move |_| {
        if let Some(Ok(ws)) = imported.get_untracked() {
            store.replace(ws);
            imported.set(None);
            used.set(storage::used_bytes());
            store.notify(t("workspace-imported"));
        }
    };
    view! {
        <Console area=Area::Workspace>
            {move || view! { <PageHeader title=t("nav-workspace") lead=t("workspace-lead")/> }}
            <section class="settings-section" aria-labelledby="ws-now">
                <h2 id="ws-now">{move || t("this-workspace")}</h2>
                <p>{move || store.ws.with(summary)}</p>
                <p class="hint">{move || {
                    let kb = used.get() / 1024;
                    // Re-read after saves finish (a big workspace is written asynchronously).
                    store.busy.track();
                    if storage::base_in_indexeddb() {
                        t_with("stored-indexeddb", &[("kb", kb.into())])
                    } else {
                        t_with("stored-local", &[("kb", kb.into())])
                    }
                }}</p>
                <div class="form-actions">
                    <button type="button" class="btn btn-primary" on:click=export>{move || t("export-workspace")}</button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| confirm_reset.set(true)>{move || t("start-empty")}</button>
                </div>
                <p class="hint">{move || t("api-export-hint")}</p>
                <div class="form-actions">
                    <button type="button" class="btn btn-secondary" on:click=move |_| export_api(false)>{move || t("api-export")}</button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| export_api(true)>{move || t("api-export-redacted")}</button>
                </div>
            </section>
            <crate::components::share::SharePanel/>
            <section class="settings-section" aria-labelledby="ws-large">
                <h2 id="ws-large">{move || t("large-title")}</h2>
                <p class="hint">{move || t("large-hint")}</p>
                <ul class="plain-list">
                    {[1_000usize, 10_000, 50_000, 100_000].into_iter().map(|n| view! {
                        <li class="demo-size">
                            <a href=format!("/demo/{n}")>{move || t_with("n-subscribers", &[("count", n.into())])}</a>
                            " " {move || t("in-memory")} " "
                            <button type="button" class="btn btn-secondary btn-small" on:click=move |_| confirm_large.set(Some(n))>{move || t_with("large-load", &[("count", n.into())])}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <section class="settings-section" aria-labelledby="ws-import">
                <h2 id="ws-import">{move || t("import-workspace")}</h2>
                <label class="search">{move || t("workspace-file")}<input type="file" accept=".flowthrough,.json,application/json,application/octet-stream" on:change=on_file/></label>
                {move || imported.get().map(|r| match r {
                    Err(e) => view! { <div class="banner banner-error" role="alert"><p>{t("import-failed")} " " {crate::i18n::text(&e)}</p><p>{t("nothing-changed")}</p></div> }.into_any(),
                    Ok(ws) => view! {
                        <div class="banner banner-warning" role="status">
                            <p>{t("import-valid")} " " {summary(&ws)} "."</p>
                            <p>{t("import-replaces")}</p>
                            <div class="banner-actions"><button type="button" class="btn btn-danger" on:click=replace>{t("replace-my-workspace")}</button></div>
                        </div>
                    }.into_any(),
                })}
            </section>
            <section class="settings-section" aria-labelledby="ws-api">
                <h2 id="ws-api">{move || t("api-import-title")}</h2>
                <p class="hint">{move || t("api-import-hint")}</p>
                <label class="search">{move || t("api-import-files")}<input type="file" multiple accept=".json,application/json" on:change=on_api_files/></label>
                {move || api_import.with(|state| state.as_ref().map(|state| match state {
                    &ApiImport::Reading(done, total) => view! {
                        <p role="status">
                            <label>{t_with("api-import-reading", &[("done", done.into()), ("total", total.into())])}
                                " " <progress max=total value=done></progress>
                            </label>
                        </p>
                    }.into_any(),
                    ApiImport::Read(Err(e)) => view! { <div class="banner banner-error" role="alert"><p>{t("import-failed")} " " {crate::i18n::text(e)}</p><p>{t("nothing-changed")}</p></div> }.into_any(),
                    ApiImport::Read(Ok(p)) => {
                        let valid = p.valid().count();
                        let banner = if valid > 0 { "banner banner-warning" } else { "banner banner-error" };
                        let problems: Vec<_> = p.items.iter().filter(|r| !r.errors.is_empty()).take(100).map(|r| {
                            let file = p.files.get(r.file).cloned().unwrap_or_default();
                            let errors = r.errors.iter().map(crate::i18n::text).collect::<Vec<_>>().join(" ");
                            view! { <li>{t_with("api-import-row", &[("file", file.into()), ("item", (r.item as i64).into()), ("who", r.user_id.clone().into())])} " " {errors}</li> }
                        }).collect_view();
                        view! {
                            <div class=banner role="status">
                                <p>{t_with("api-import-read", &[("files", (p.files.len() as i64).into()), ("valid", (valid as i64).into()), ("errors", (p.error_count() as i64).into())])}</p>
                                {(p.error_count() > 0).then(|| view! { <p>{t("api-import-problems")}</p><ul class="import-problems">{problems}</ul> })}
                                {(valid > 0).then(|| view! {
                                    <p>{t("import-replaces")}</p>
                                    <div class="banner-actions"><button type="button" class="btn btn-danger" on:click=apply_api.clone()>{t_with("api-import-apply", &[("count", (valid as i64).into())])}</button></div>
                                })}
                            </div>
                        }.into_any()
                    }
                }))}
            </section>
            {move || confirm_large.get().map(|n| {
                let close = Callback::new(move |_| confirm_large.set(None));
                let load_large = load_large.clone();
                view! {
                    <Dialog title=t("large-replace-title") on_close=close>
                        <p>{t_with("large-replace-text", &[("count", n.into())])}</p>
                        <div class="form-actions">
                            <button type="button" class="btn btn-danger" on:click=move |_| load_large(n)>{t("replace-my-workspace")}</button>
                            <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| close.run(())>{t("cancel")}</button>
                        </div>
                    </Dialog>
                }
            })}
            {move || confirm_reset.get().then(|| {
                let close = Callback::new(move |_| confirm_reset.set(false));
                view! {
                    <Dialog title=t("reset-title") on_close=close>
                        <p>{t("reset-text")}</p>
                        <div class="form-actions">
                            <button type="button" class="btn btn-danger" on:click=move |_| { store.replace(Workspace::new()); confirm_reset.set(false); used.set(storage::used_bytes()); store.notify(t("reset-done")); }>{t("start-over")}</button>
                            <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| close.run(())>{t("cancel")}</button>
                        </div>
                    </Dialog>
                }
            })}
        </Console>
    }
}
