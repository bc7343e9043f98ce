//! Shared widgets: the admin console frame, the storage banner, toasts, menus and dialogs.

pub mod diagram;
pub mod dialog;
pub mod menu;
pub mod share;
pub mod list;
pub mod table;

use crate::browser;
use crate::storage;
use crate::store::{StorageProblem, Store};
use leptos::prelude::*;
use crate::i18n::{t, t_with};
use leptos_router::components::A;

/// Which console a page belongs to (highlights the navigation).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The landing page.
    Home,
    /// Partner Hub.
    Partner,
    /// Control Hub.
    Control,
    /// The mailbox.
    Mailbox,
    /// The workspace page.
    Workspace,
    /// Lessons.
    Lessons,
}

/// The frame of the admin consoles: top bar, navigation, storage banner, content.
#[component]
pub fn Console(area: Area, children: Children) -> impl IntoView {
    let current = move |a: Area| if a == area { Some("page") } else { None };
    view! {
        <div class="console">
            <a class="skip-link" href="#main">{move || t("skip-to-content")}</a>
            <header class="topbar">
                <A href="/" attr:class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    "flowthrough"
                </A>
                <nav aria-label=move || t("nav-consoles")>
                    <ul class="topnav">
                        <li><A href="/partner" attr:aria-current=current(Area::Partner)>{move || t("nav-partner")}</A></li>
                        <li><A href="/control" attr:aria-current=current(Area::Control)>{move || t("nav-control")}</A></li>
                        <li><A href="/mailbox" attr:aria-current=current(Area::Mailbox)>{move || t("nav-mailbox")}</A></li>
                        <li><A href="/lessons" attr:aria-current=current(Area::Lessons)>{move || t("nav-lessons")}</A></li>
                        <li><A href="/workspace" attr:aria-current=current(Area::Workspace)>{move || t("nav-workspace")}</A></li>
                    </ul>
                </nav>
                <div class="topbar-tools">
                    <RealDataBadge/>
                    <share::SharingStatus/>
                    <SandboxClock/>
                    <crate::theme::ThemeSwitch/>
                    <crate::i18n::LanguageSwitch/>
                </div>
            </header>
            <StorageBanner/>
            <share::TraineeBanner/>
            <crate::lesson::LessonBar/>
            <main id="main" class="content" tabindex="-1">{children()}</main>
            <Toast/>
            <CopyFallback/>
        </div>
    }
}

/// Tells the person when their work is not being saved, and what to do.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let store = Store::get();
    move || {
        let busy = store.busy.get().map(|b| view! { <div class="banner banner-info" role="status"><p>{b.label()}</p></div> });
        let problem = store.problem.get().map(|p| match p {
            StorageProblem::Unreadable(reason) => view! {
                <div class="banner banner-error" role="alert">
                    <p>
                        <strong>{t("unreadable")} " "</strong>
                        {crate::i18n::text(&reason)}
                        " " {t("unreadable-kept")}
                    </p>
                    <div class="banner-actions">
                        <button class="btn btn-secondary" on:click=move |_| {
                            const FILE: &str = "flowthrough-unreadable-workspace.txt";
                            if storage::base_in_indexeddb() {
                                // The data itself is in IndexedDB; localStorage holds only a pointer.
                                leptos::task::spawn_local(async move {
                                    let raw = storage::raw_bulk().await.unwrap_or_default();
                                    let _ = browser::download_bytes(FILE, "application/octet-stream", &raw);
                                });
                            } else {
                                let raw = storage::raw_stored().unwrap_or_default();
                                let _ = browser::download(FILE, "text/plain;charset=utf-8", &raw);
                            }
                        }>{t("download-unreadable")}</button>
                        <button class="btn btn-primary" on:click=move |_| store.start_fresh()>{t("start-fresh")}</button>
                    </div>
                </div>
            }
            .into_any(),
            StorageProblem::WriteFailed(msg) => view! {
                <div class="banner banner-warning" role="alert">
                    <p>{crate::i18n::text(&msg)}</p>
                    <div class="banner-actions">
                        <button class="btn btn-secondary" on:click=move |_| store.export_file()>{t("export-this-workspace")}</button>
                    </div>
                </div>
            }
            .into_any(),
        });
        (busy, problem)
    }
}

/// Controls that change the workspace. Where it is read only (a trainee in a shared
/// workspace), they are disabled together (a disabled fieldset), with the reason as their
/// tooltip and description; elsewhere this adds nothing to the layout.
#[component]
pub fn Changes(children: Children) -> impl IntoView {
    let store = Store::get();
    view! {
        <fieldset class="changes" disabled=move || store.read_only().is_some() title=move || store.read_only()
            aria-describedby=move || store.read_only().map(|_| "read-only-reason")>
            {children()}
        </fieldset>
    }
}

/// A page heading with an optional lead paragraph.
#[component]
pub fn PageHeader(#[prop(into)] title: String, #[prop(optional, into)] lead: Option<String>) -> impl IntoView {
    view! {
        <div class="page-header">
            <h1>{title}</h1>
            {lead.map(|l| view! { <p class="lead">{l}</p> })}
        </div>
    }
}

/// The live region that announces confirmations ("Error text copied"); each toast fades after
/// a few seconds, and goes at once when the language changes (its words are the old one's).
#[component]
pub fn Toast() -> impl IntoView {
    let store = Store::get();
    let i18n = crate::i18n::I18n::get();
    Effect::new(move |previous: Option<crate::i18n::Locale>| {
        let locale = i18n.locale();
        if previous.is_some_and(|p| p != locale) {
            store.toast.set(None);
        }
        locale
    });
    Effect::new(move |_| {
        if let Some((n, _)) = store.toast.get() {
            set_timeout(
                move || {
                    if store.toast.get_untracked().is_some_and(|(m, _)| m == n) {
                        store.toast.set(None);
                    }
                },
                std::time::Duration::from_millis(4000),
            );
        }
    });
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || store.toast.get().map(|(_, msg)| view! { <div class="toast">{msg}</div> })}
        </div>
    }
}

/// Where the clipboard is unavailable: the text, selected, to copy by hand.
#[component]
pub fn CopyFallback() -> impl IntoView {
    let store = Store::get();
    let close = Callback::new(move |_| store.copy_fallback.set(None));
    move || {
        store.copy_fallback.get().map(|text| {
            view! {
                <dialog::Dialog title=t("copy-title") on_close=close>
                    <p>{t("copy-text")}</p>
                    <textarea class="copy-text" readonly rows="4" aria-label=t("copy-aria")
                        on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) { t.select(); }
                        }
                    >{text}</textarea>
                    <div class="form-actions"><button type="button" class="btn btn-primary" on:click=move |_| close.run(())>{t("done")}</button></div>
                </dialog::Dialog>
            }
        })
    }
}

/// The sandbox clock: the simulated time, and buttons that move it forward so delayed claims,
/// reminders and link expiry can be watched. Every move is in the audit log.
#[component]
pub fn SandboxClock() -> impl IntoView {
    let store = Store::get();
    let offset = Memo::new(move |_| store.ws.with(|w| w.log().clock_offset()));
    // Re-read the time every 30 seconds so the display follows the real clock too.
    let tick = RwSignal::new(0u32);
    let _ = set_interval_with_handle(move || tick.update(|t| *t = t.wrapping_add(1)), std::time::Duration::from_secs(30));
    let now = move || {
        tick.track();
        offset.track();
        crate::i18n::when(store.now())
    };
    let advance = move |secs: i64, by: &'static str| {
        match store.advance_clock(secs) {
            Ok(events) => {
                let auto = events.iter().filter(|e| !matches!(e, flowthrough_core::Event::ClockAdvanced { .. })).count();
                let by = t(by);
                store.notify(if auto == 0 { t_with("clock-advanced", &[("by", by.into())]) } else { t_with("clock-advanced-changes", &[("by", by.into()), ("count", auto.into())]) });
            }
            Err(e) => store.notify(crate::i18n::refusal(&e)),
        }
    };
    view! {
        <div class="clock" role="group" aria-label=move || t("clock")>
            <span class="clock-time" title=move || t("clock-time")>
                <span class="visually-hidden">{move || t("clock-sandbox-time")} " "</span>{now}
                {move || (offset.get() > 0).then(|| view! { <span class="clock-ahead">{format!(" (+{})", crate::i18n::duration(offset.get()))}</span> })}
            </span>
            <Changes>
            <button type="button" class="btn btn-secondary btn-small" on:click=move |_| advance(3_600, "duration-hour")>{move || t("clock-1h")}<span class="visually-hidden">": " {move || t("clock-1h-name")}</span></button>
            <button type="button" class="btn btn-secondary btn-small" on:click=move |_| advance(86_400, "duration-day")>{move || t("clock-1d")}<span class="visually-hidden">": " {move || t("clock-1d-name")}</span></button>
            <button type="button" class="btn btn-secondary btn-small" on:click=move |_| advance(14 * 86_400, "duration-14-days")>{move || t("clock-14d")}<span class="visually-hidden">": " {move || t("clock-14d-name")}</span></button>
            </Changes>
        </div>
    }
}

/// A state or status badge, coloured by the core's tone for it.
#[component]
pub fn Badge(tone: flowthrough_core::Tone, #[prop(into)] label: Signal<String>) -> impl IntoView {
    view! { <span class=format!("badge badge-{}", tone.name())>{label}</span> }
}

/// A form's error message, announced when it appears; nothing while `error` is empty.
#[component]
pub fn FieldError(error: RwSignal<Option<flowthrough_core::text::Text>>) -> impl IntoView {
    move || error.get().map(|e| view! { <p class="field-error" role="alert">{crate::i18n::text(&e)}</p> })
}

/// Reads the audit log and the emails from storage when a page that shows them opens (opening
/// the workspace reads only its state), and says so while it does, or what went wrong.
#[component]
pub fn HistoryReader(
    /// The message id of the status line while it reads ("reading-audit-log").
    what: &'static str,
) -> impl IntoView {
    let store = Store::get();
    let error = RwSignal::new(None::<flowthrough_core::text::Text>);
    Effect::new(move || {
        // Again once a workspace kept in IndexedDB has opened, or another tab's save was read.
        let waiting = store.busy.get().is_some();
        let unread = store.ws.with(|w| w.log().entries().unread_count() + w.mail().outbox().unread_count());
        if !waiting && unread > 0 && !store.history_reading.get_untracked() {
            leptos::task::spawn_local(async move {
                error.set(store.read_history().await.err());
            });
        }
    });
    move || {
        if let Some(e) = error.get() {
            view! { <div class="banner banner-error" role="alert"><p>{crate::i18n::text(&e)}</p></div> }.into_any()
        } else if store.history_reading.get() {
            view! { <p class="hint" role="status">{t(what)}</p> }.into_any()
        } else {
            ().into_any()
        }
    }
}

/// "Stuck because": a list's filter by the core's diagnosis, kept in the address (`stuck`).
#[component]
pub fn StuckFilter(
    /// The list's state.
    state: list::ListState,
    /// The causes to offer.
    kinds: &'static [flowthrough_core::diagnosis::Stuck],
) -> impl IntoView {
    view! {
        <label class="inline stuck-filter">{move || t("stuck-because")}
            <select on:change=move |e| state.set(&[("stuck", event_target_value(&e))], true)>
                <option value="" selected=move || state.get("stuck").is_empty()>{move || t("stuck-any")}</option>
                {kinds.iter().map(|k| view! { <option value=k.key() selected=move || state.get("stuck") == k.key()>{move || t(&format!("stuck-{}", k.key()))}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// What a "Why?" dialog offers to fix the cause: a command the page runs, or a page to open.
#[derive(Clone)]
pub enum FixOffer {
    /// A button that runs the page's action.
    Run(String, Callback<()>),
    /// A link to the page where the fix is made.
    Open(String, String),
}

/// Marks a workspace that holds a customer's real data (an import from the Webex API).
#[component]
fn RealDataBadge() -> impl IntoView {
    let store = crate::store::Store::get();
    move || {
        store.ws.with(|w| w.partner().holds_real_data()).then(|| view! {
            <span class="badge badge-attention real-data" title=move || t("real-data-title")>{move || t("real-data")}</span>
        })
    }
}

/// "Why is this user stuck?": the core's diagnosis (cause and remedy) and the fix it names.
#[component]
pub fn WhyDialog(
    /// Whose diagnosis (for the title).
    #[prop(into)]
    who: String,
    /// The core's diagnosis.
    diagnosis: flowthrough_core::diagnosis::Diagnosis,
    /// The fix, when the product has one for it.
    fix: Option<FixOffer>,
    /// Closes the dialog.
    on_close: Callback<()>,
) -> impl IntoView {
    let fix = fix.map(|f| match f {
        FixOffer::Run(label, run) => view! {
            <button type="button" class="btn btn-primary" on:click=move |_| { on_close.run(()); run.run(()) }>{label}</button>
        }
        .into_any(),
        FixOffer::Open(label, href) => view! { <A href=href attr:class="btn btn-primary">{label}</A> }.into_any(),
    });
    view! {
        <dialog::Dialog title=t_with("why-title", &[("who", who.into())]) on_close>
            <div class="why">
                <h3>{t("why-cause")}</h3>
                <p>{crate::i18n::text(&diagnosis.cause)}</p>
                <h3>{t("why-remedy")}</h3>
                <p>{crate::i18n::text(&diagnosis.remedy)}</p>
                {diagnosis.basis.as_ref().map(|b| view! { <h3>{t("why-basis")}</h3><p>{crate::i18n::text(b)}</p> })}
            </div>
            <div class="form-actions">
                {fix}
                <button type="button" class="btn btn-secondary" on:click=move |_| on_close.run(())>{t("close")}</button>
            </div>
        </dialog::Dialog>
    }
}
