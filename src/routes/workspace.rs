//! `/workspace`: the whole workspace: storage used, export, import (with a report of what is
//! wrong in a bad file), and starting over.

use crate::components::dialog::Dialog;
use crate::components::{Area, Console, PageHeader};
use crate::store::Store;
use crate::{browser, storage};
use flowthrough_core::{storage as format, Workspace};
use leptos::prelude::*;

fn summary(w: &Workspace) -> String {
    format!(
        "{} templates, {} customers, {} subscribers, {} organizations, {} users, {} emails, {} audit entries",
        w.partner().templates().len(),
        w.partner().customers().len(),
        w.partner().subscribers().len(),
        w.control().orgs().len(),
        w.control().users().len(),
        w.mail().outbox().len(),
        w.log().entries().len()
    )
}

/// The workspace page.
#[component]
pub fn WorkspacePage() -> impl IntoView {
    let store = Store::get();
    let used = RwSignal::new(storage::used_bytes());
    let imported = RwSignal::new(None::<Result<Workspace, String>>);
    let confirm_reset = RwSignal::new(false);
    let confirm_large = RwSignal::new(None::<(usize, &'static str)>);
    let navigate = leptos_router::hooks::use_navigate();
    let load_large = move |n: usize, label: &'static str| {
        confirm_large.set(None);
        let ws = flowthrough_core::demo::large(n, 42, store.now());
        let template = ws.partner().templates().keys().next().copied();
        store.replace(ws);
        used.set(storage::used_bytes());
        store.notify(format!("Loaded the demo workspace with {label} subscribers."));
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
    let export = move |_| store.export_file();
    let on_file = move |ev: leptos::ev::Event| {
        browser::read_chosen_bytes(&ev, move |bytes| imported.set(Some(bytes.and_then(|b| format::import(&b).map_err(|e| e.to_string())))));
    };
    let replace = move |_| {
        if let Some(Ok(ws)) = imported.get_untracked() {
            store.replace(ws);
            imported.set(None);
            used.set(storage::used_bytes());
            store.notify("Workspace imported.");
        }
    };
    view! {
        <Console area=Area::Workspace>
            <PageHeader title="Workspace" lead="Everything flowthrough knows lives in this browser. Export it to keep a copy or move it to another browser; import a copy to continue from it."/>
            <section class="settings-section" aria-labelledby="ws-now">
                <h2 id="ws-now">"This workspace"</h2>
                <p>{move || store.ws.with(summary)}</p>
                <p class="hint">{move || {
                    let kb = used.get() / 1024;
                    // Re-read after saves finish (a big workspace is written asynchronously).
                    store.busy.track();
                    if storage::base_in_indexeddb() {
                        format!("Kept in this browser's IndexedDB, because it is too big for localStorage; the latest changes take {kb} KB of localStorage until the next full save.")
                    } else {
                        format!("Stored size: {kb} KB of the browser's roughly 10 MB of localStorage for this site.")
                    }
                }}</p>
                <div class="form-actions">
                    <button type="button" class="btn btn-primary" on:click=export>"Export workspace"</button>
                    <button type="button" class="btn btn-secondary" on:click=move |_| confirm_reset.set(true)>"Start a new, empty workspace"</button>
                </div>
            </section>
            <section class="settings-section" aria-labelledby="ws-large">
                <h2 id="ws-large">"Large demo workspaces"</h2>
                <p class="hint">"A template with thousands of users in a mix of statuses, generated from a fixed seed, to try the User Status view at scale. Open one in memory to look around without touching your workspace, or load it as your workspace to keep it (up to about 57,000 subscribers are kept in localStorage, more in this browser's IndexedDB; 100,000 subscribers take a few seconds to generate)."</p>
                <ul class="plain-list">
                    {[(1_000usize, "1,000"), (10_000, "10,000"), (50_000, "50,000"), (100_000, "100,000")].into_iter().map(|(n, label)| view! {
                        <li class="demo-size">
                            <a href=format!("/demo/{n}")>{format!("{label} subscribers")}</a>
                            " (in memory) "
                            <button type="button" class="btn btn-secondary btn-small" on:click=move |_| confirm_large.set(Some((n, label)))>{format!("Load {label} subscribers as my workspace")}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <section class="settings-section" aria-labelledby="ws-import">
                <h2 id="ws-import">"Import a workspace"</h2>
                <label class="search">"Workspace file (.flowthrough, or .json from earlier versions)"<input type="file" accept=".flowthrough,.json,application/json,application/octet-stream" on:change=on_file/></label>
                {move || imported.get().map(|r| match r {
                    Err(e) => view! { <div class="banner banner-error" role="alert"><p>"This file cannot be imported: " {e}</p><p>"Nothing was changed."</p></div> }.into_any(),
                    Ok(ws) => view! {
                        <div class="banner banner-warning" role="status">
                            <p>"The file is a valid workspace: " {summary(&ws)} "."</p>
                            <p>"Importing replaces everything in this browser's workspace. Export the current one first if you want to keep it."</p>
                            <div class="banner-actions"><button type="button" class="btn btn-danger" on:click=replace>"Replace my workspace"</button></div>
                        </div>
                    }.into_any(),
                })}
            </section>
            {move || confirm_large.get().map(|(n, label)| {
                let close = Callback::new(move |_| confirm_large.set(None));
                let load_large = load_large.clone();
                view! {
                    <Dialog title="Replace your workspace with a demo?" on_close=close>
                        <p>{format!("Your workspace is replaced by a generated one with {label} subscribers: templates, customers, users, emails and the audit log you have now are removed. Export it first to keep a copy.")}</p>
                        <div class="form-actions">
                            <button type="button" class="btn btn-danger" on:click=move |_| load_large(n, label)>"Replace my workspace"</button>
                            <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| close.run(())>"Cancel"</button>
                        </div>
                    </Dialog>
                }
            })}
            {move || confirm_reset.get().then(|| {
                let close = Callback::new(move |_| confirm_reset.set(false));
                view! {
                    <Dialog title="Start a new workspace?" on_close=close>
                        <p>"Everything in this browser's workspace is removed: templates, customers, users, emails and the audit log. Export it first to keep a copy."</p>
                        <div class="form-actions">
                            <button type="button" class="btn btn-danger" on:click=move |_| { store.replace(Workspace::new()); confirm_reset.set(false); used.set(storage::used_bytes()); store.notify("New, empty workspace."); }>"Start over"</button>
                            <button type="button" class="btn btn-secondary" data-autofocus on:click=move |_| close.run(())>"Cancel"</button>
                        </div>
                    </Dialog>
                }
            })}
        </Console>
    }
}
