//! The running practice (the `lesson_rt` chunk): keeps the lesson, the learner's progress and
//! the copy, evaluates the checkpoints after every change through the core, and records lessons
//! by demonstration.

use super::{Bar, Board, ClassLink, Draft, Practice, Runtime};
use crate::browser;
use crate::i18n::{t, t_with};
use crate::storage;
use crate::store::Store;
use flowthrough_core::lesson::{propose::propose, Lesson, Progress, Start};
use flowthrough_core::text::Text;
use flowthrough_core::Workspace;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use crate::storage::shared::{Client, Seat};
use flowthrough_core::lesson::class::{ClockMessage, CopyMessage, Report};
use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;

/// What is kept across a reload (`storage::PRACTICE_KEY`).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Kept {
    #[serde(default)]
    lesson: Option<Lesson>,
    #[serde(default)]
    progress: Option<Progress>,
    /// Recording: the workspace it started from.
    #[serde(default)]
    recording: Option<Start>,
    /// Recording stopped: the trainer is writing the lesson.
    #[serde(default)]
    stopped: bool,
    /// The class this practice belongs to.
    #[serde(default)]
    class: Option<SeatState>,
}

/// A trainee's place in a class, and what is still to send.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct SeatState {
    seat: Option<Seat>,
    /// The trainee's password for the class, kept so a reload reconnects by itself (a class
    /// account can write only its own progress and log; README, "Classes").
    #[serde(default)]
    password: Option<String>,
    /// Messages of the copy not yet on the server, in order.
    #[serde(default)]
    pending: Vec<Vec<u8>>,
    /// How many messages of the copy were sent (names the next for deduplication).
    #[serde(default)]
    sent: u64,
    /// The progress changed since it was last sent.
    #[serde(default)]
    progress_due: bool,
    /// The class's clock steps already taken.
    #[serde(default)]
    clocks: BTreeSet<u64>,
}

struct Running {
    practice: Practice,
    kept: RefCell<Kept>,
    lesson: RefCell<Option<Arc<Lesson>>>,
    /// The connection to the class, if any.
    client: RefCell<Option<Rc<Client>>>,
    /// A send is under way.
    sending: Cell<bool>,
    /// The connection is up (as the client and the last send said).
    online: Cell<bool>,
    /// Retries sending while anything waits (offline).
    retry: RefCell<Option<IntervalHandle>>,
    me: RefCell<std::rc::Weak<Running>>,
}

/// The lesson bar's words for what the checklist shows.
fn bar(board: &Board) -> Bar {
    match board {
        Board::Recording { stopped } => Bar { recording: Some(*stopped), ..Bar::default() },
        Board::Lesson { lesson, progress, .. } => {
            let lang = super::lang();
            let (n, all) = progress.count(lesson);
            let current = progress.current_step(lesson);
            let step = current.map(|i| (t_with("lesson-step-of", &[("n", (i + 1).into()), ("count", lesson.steps.len().into())]), lesson.steps[i].instruction.get(lang).to_string()));
            let checks = current
                .map(|i| {
                    lesson.steps[i]
                        .checkpoints
                        .iter()
                        .map(|c| (super::checkpoint_words(c), progress.reached.contains_key(&c.id)))
                        .collect()
                })
                .unwrap_or_default();
            Bar {
                recording: None,
                title: lesson.title.get(lang).to_string(),
                count: t_with("lesson-count", &[("n", n.into()), ("count", all.into())]),
                step,
                checks,
                complete: current.is_none(),
            }
        }
    }
}

pub(super) fn make(practice: Practice) -> Rc<dyn Runtime> {
    let r = Rc::new(Running {
        practice,
        kept: RefCell::new(Kept::default()),
        lesson: RefCell::new(None),
        client: RefCell::new(None),
        sending: Cell::new(false),
        online: Cell::new(false),
        retry: RefCell::new(None),
        me: RefCell::new(std::rc::Weak::new()),
    });
    *r.me.borrow_mut() = Rc::downgrade(&r);
    r
}

impl Running {
    /// Keeps the record and (with `ws`) the copy; a failure is shown, the practice goes on.
    fn save(&self, ws: Option<&Workspace>) {
        let record = serde_json::to_string(&*self.kept.borrow()).unwrap_or_default();
        match storage::save_practice(&record, ws) {
            Ok(()) => self.practice.problem.set(None),
            Err(e) => self.practice.problem.set(Some(e)),
        }
    }

    fn save_all(&self, store: Store) {
        store.ws.with_untracked(|w| self.save(Some(w)));
    }

    /// The board from what is kept.
    fn show(&self, store: Store) {
        let kept = self.kept.borrow();
        let board = if kept.recording.is_some() {
            Some(Board::Recording { stopped: kept.stopped })
        } else {
            match (self.lesson.borrow().clone(), kept.progress.clone()) {
                (Some(lesson), Some(progress)) => {
                    let holding = store.ws.with_untracked(|w| Progress::holding(&lesson, w));
                    Some(Board::Lesson { lesson, progress, holding })
                }
                _ => None,
            }
        };
        self.practice.bar.set(board.as_ref().map(bar));
        self.practice.board.set(board);
    }

    fn fresh_copy(&self, lesson: &Lesson) -> Result<Workspace, Text> {
        let mut tokens = browser::secure_token;
        lesson.start_workspace(browser::real_now(), &mut tokens).map_err(|e| e.text())
    }
}

impl Runtime for Running {
    fn restore(&self, store: Store) {
        let Some(raw) = storage::practice_record() else {
            self.practice.on.set(false);
            store.leave_copy();
            return;
        };
        let copy = storage::practice_copy();
        store.busy.set(None);
        match serde_json::from_str::<Kept>(&raw) {
            Ok(kept) => {
                *self.lesson.borrow_mut() = kept.lesson.clone().map(Arc::new);
                *self.kept.borrow_mut() = kept;
                match copy {
                    Some(Ok(ws)) => store.enter_copy(ws),
                    // The copy could not be read: a lesson starts again on a fresh one (its
                    // progress stays); a recording without its copy ends.
                    _ => {
                        let lesson = self.lesson.borrow().clone();
                        match lesson.map(|l| self.fresh_copy(&l)) {
                            Some(Ok(ws)) => {
                                store.enter_copy(ws);
                                self.practice.problem.set(Some(Text::new("lesson-copy-restarted")));
                            }
                            _ => {
                                self.leave(store);
                                return;
                            }
                        }
                    }
                }
                // What became true while the page was closed (a clock tick) counts now.
                self.changed_quietly(store);
                self.show_class();
                // A class's trainee reconnects by themselves; what waited is sent then.
                self.reconnect_in_background(store);
            }
            Err(e) => {
                // Nothing of the lesson can be read: the person's own workspace comes back, and
                // the unreadable record stays until they leave or start another lesson.
                self.practice.problem.set(Some(Text::new("lesson-record-unreadable").with("reason", e.to_string())));
                self.practice.on.set(false);
                store.leave_copy();
            }
        }
        self.show(store);
    }

    fn changed(&self, store: Store, what: &'static str, whole: bool) {
        let now = browser::real_now();
        let reached = {
            let lesson = self.lesson.borrow().clone();
            let mut kept = self.kept.borrow_mut();
            match (lesson, kept.progress.as_mut()) {
                (Some(lesson), Some(progress)) => {
                    progress.acted(what, now);
                    let new = store.ws.with_untracked(|w| progress.observe(&lesson, w, now));
                    let complete = !new.is_empty() && progress.complete(&lesson);
                    let words: Vec<String> = new
                        .iter()
                        .filter_map(|id| lesson.checkpoints().find(|(_, c)| &c.id == id))
                        .map(|(_, c)| super::checkpoint_words(c))
                        .collect();
                    Some((words, complete))
                }
                _ => None,
            }
        };
        if self.kept.borrow().class.is_some() {
            let message = store.ws.with_untracked(|w| match w.log().entries().last() {
                Some(entry) if !whole => CopyMessage::Change(entry.clone()),
                _ => CopyMessage::Start(flowthrough_core::storage::export(w).unwrap_or_default()),
            });
            self.queue(message);
        }
        self.save_all(store);
        self.show(store);
        self.send(store);
        if let Some((words, complete)) = reached {
            if complete {
                self.practice.news.set(Some(t("lesson-complete")));
            } else if !words.is_empty() {
                self.practice.news.set(Some(t_with("lesson-reached-now", &[("checkpoint", words.join("; ").into())])));
            }
        }
    }

    fn start(&self, store: Store, lesson: Lesson) -> Result<(), Text> {
        if self.practice.sharing.active() {
            return Err(Text::new("lesson-not-while-shared"));
        }
        let copy = self.fresh_copy(&lesson)?;
        let progress = Progress::new(&lesson, browser::real_now());
        *self.kept.borrow_mut() = Kept { lesson: Some(lesson.clone()), progress: Some(progress), recording: None, stopped: false, class: None };
        *self.lesson.borrow_mut() = Some(Arc::new(lesson));
        store.enter_copy(copy);
        self.practice.on.set(true);
        self.save_all(store);
        self.show(store);
        Ok(())
    }

    fn start_again(&self, store: Store) -> Result<(), Text> {
        let Some(lesson) = self.lesson.borrow().clone() else { return Err(Text::new("lesson-none")) };
        let copy = self.fresh_copy(&lesson)?;
        self.kept.borrow_mut().progress = Some(Progress::new(&lesson, browser::real_now()));
        store.enter_copy(copy);
        if self.kept.borrow().class.is_some() {
            let start = store.ws.with_untracked(|w| flowthrough_core::storage::export(w).unwrap_or_default());
            self.kept.borrow_mut().class.as_mut().map(|c| c.clocks.clear());
            self.queue(CopyMessage::Start(start));
        }
        self.save_all(store);
        self.show(store);
        self.send(store);
        Ok(())
    }

    fn leave(&self, store: Store) {
        storage::clear_practice();
        self.practice.news.set(None);
        self.practice.class.set(None);
        self.online.set(false);
        if let Some(h) = self.retry.borrow_mut().take() {
            h.clear();
        }
        if let Some(c) = self.client.borrow_mut().take() {
            leptos::task::spawn_local(async move { c.shut().await });
        }
        *self.kept.borrow_mut() = Kept::default();
        *self.lesson.borrow_mut() = None;
        self.practice.board.set(None);
        self.practice.bar.set(None);
        self.practice.problem.set(None);
        self.practice.on.set(false);
        store.leave_copy();
    }

    fn hint(&self, store: Store, step: usize) {
        if let Some(p) = self.kept.borrow_mut().progress.as_mut() {
            p.hints.insert(step);
        }
        if let Some(c) = self.kept.borrow_mut().class.as_mut() {
            c.progress_due = true;
        }
        self.save(None);
        self.show(store);
        self.send(store);
    }

    fn join(&self, store: Store, seat: Seat, password: String, client: Client, lesson: Lesson) -> Result<(), Text> {
        self.start(store, lesson)?;
        let start = store.ws.with_untracked(|w| flowthrough_core::storage::export(w).unwrap_or_default());
        self.kept.borrow_mut().class = Some(SeatState { seat: Some(seat), password: Some(password), pending: Vec::new(), sent: 0, progress_due: true, clocks: BTreeSet::new() });
        self.queue(CopyMessage::Start(start));
        self.save(None);
        self.connected(store, client);
        Ok(())
    }

    fn reconnect(&self, store: Store, client: Client) {
        self.connected(store, client);
    }

    fn relabel(&self, store: Store) {
        self.show(store);
        self.show_class();
    }

    fn bar_view(&self, store: Store) -> AnyView {
        view! { <LessonBar store/> }.into_any()
    }

    fn clock(&self, store: Store) -> Result<(), Text> {
        let Some(lesson) = self.lesson.borrow().clone() else { return Err(Text::new("lesson-none")) };
        let due = self.kept.borrow().progress.as_ref().and_then(|p| p.clock_due(&lesson));
        let Some((step, seconds)) = due else { return Err(Text::new("lesson-no-clock")) };
        if let Some(p) = self.kept.borrow_mut().progress.as_mut() {
            p.clock_taken.insert(step);
        }
        // Through the store like the sandbox clock's own button: the change and what became due.
        store.advance_clock(seconds).map_err(|e| e.text())?;
        Ok(())
    }

    fn record(&self, store: Store) -> Result<(), Text> {
        if self.practice.sharing.active() {
            return Err(Text::new("lesson-not-while-shared"));
        }
        if store.busy.get_untracked().is_some() {
            return Err(Text::new("lesson-busy"));
        }
        let ws = store.ws.get_untracked();
        let start = Lesson::snapshot(&ws).ok_or_else(|| Text::new("lesson-history-unread"))?;
        *self.kept.borrow_mut() = Kept { lesson: None, progress: None, recording: Some(start), stopped: false, class: None };
        *self.lesson.borrow_mut() = None;
        store.enter_copy(ws);
        self.practice.on.set(true);
        self.save_all(store);
        self.show(store);
        Ok(())
    }

    fn stop(&self, store: Store) -> Option<Draft> {
        self.kept.borrow_mut().stopped = true;
        self.save(None);
        self.show(store);
        self.draft(store)
    }

    fn draft(&self, store: Store) -> Option<Draft> {
        let start = self.kept.borrow().recording.clone()?;
        let probe = Lesson {
            flowthrough_lesson: flowthrough_core::lesson::LESSON_FORMAT,
            id: "draft".into(),
            title: Default::default(),
            introduction: Default::default(),
            start: start.clone(),
            steps: Vec::new(),
        };
        let mut tokens = browser::secure_token;
        let before = probe.start_workspace(browser::real_now(), &mut tokens).ok()?;
        let proposals = store.ws.with_untracked(|w| propose(&before, w));
        Some(Draft { start, proposals })
    }
}

impl Running {
    /// Adds a message of the copy to what is to be sent.
    fn queue(&self, message: CopyMessage) {
        if let Some(c) = self.kept.borrow_mut().class.as_mut() {
            c.pending.push(message.encode());
            c.progress_due = true;
        }
        self.show_class();
    }

    /// Connects to the class with the kept password, trying again every two seconds while the
    /// server is out of reach (offline), until it works or the password is refused.
    fn reconnect_in_background(&self, store: Store) {
        let Some((seat, password)) = self.kept.borrow().class.as_ref().and_then(|c| Some((c.seat.clone()?, c.password.clone()?))) else { return };
        let me = self.me.borrow().clone();
        leptos::task::spawn_local(async move {
            loop {
                match crate::storage::shared::connect(&seat.server, &seat.user, &password, &seat.name).await {
                    Ok(client) => {
                        if let Some(r) = me.upgrade() {
                            r.connected(store, client);
                        }
                        return;
                    }
                    Err(e) if matches!(e.failure, crate::storage::shared::Failure::Credentials | crate::storage::shared::Failure::Unloaded) => {
                        if let Some(r) = me.upgrade() {
                            r.practice.problem.set(Some(e.text()));
                        }
                        return;
                    }
                    Err(_) => {
                        let Some(r) = me.upgrade() else { return };
                        if r.kept.borrow().class.is_none() {
                            return;
                        }
                        drop(r);
                        browser::sleep(2000).await;
                    }
                }
            }
        });
    }

    /// The class line of the lesson bar.
    fn show_class(&self) {
        let kept = self.kept.borrow();
        let link = kept.class.as_ref().and_then(|c| {
            let seat = c.seat.as_ref()?;
            // Connected, or able to connect by itself (the password is kept).
            let has_client = self.client.borrow().is_some();
            let connected = has_client || c.password.is_some();
            let waiting = c.pending.len() + usize::from(c.progress_due);
            let online = has_client && self.online.get();
            Some(ClassLink { seat: seat.clone(), online, connected, waiting })
        });
        if self.practice.class.get_untracked() != link {
            self.practice.class.set(link);
        }
    }

    fn set_online(&self, online: bool) {
        self.online.set(online);
        self.show_class();
    }

    /// A connection to the class: send what waits, follow its clock, retry while offline.
    fn connected(&self, store: Store, client: Client) {
        let client = Rc::new(client);
        *self.client.borrow_mut() = Some(client.clone());
        self.set_online(true);
        let me = self.me.borrow().clone();
        let on_status = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new({
            let me = me.clone();
            move |kind: wasm_bindgen::JsValue| {
                if let Some(r) = me.upgrade() {
                    let online = kind.as_string().is_some_and(|k| k == "online");
                    r.set_online(online);
                    if online {
                        r.send(store);
                    }
                }
            }
        });
        client.watch(&on_status);
        on_status.forget();
        self.send(store);
        // Anything still waiting is tried again every two seconds.
        let retry = set_interval_with_handle(
            {
                let me = me.clone();
                move || {
                    if let Some(r) = me.upgrade() {
                        let waiting = r.kept.borrow().class.as_ref().is_some_and(|c| !c.pending.is_empty() || c.progress_due);
                        if waiting {
                            r.send(store);
                        }
                    }
                }
            },
            std::time::Duration::from_secs(2),
        );
        if let Ok(retry) = retry {
            if let Some(old) = self.retry.borrow_mut().replace(retry) {
                old.clear();
            }
        }
        // The class's clock: each step the trainer takes is taken here once.
        let Some(class) = self.kept.borrow().class.as_ref().and_then(|c| c.seat.as_ref()).map(|s| s.class.clone()) else { return };
        leptos::task::spawn_local(async move {
            let on = {
                let me = me.clone();
                move |batch: Vec<(String, Vec<u8>)>| {
                    let Some(r) = me.upgrade() else { return };
                    for (_, bytes) in batch {
                        let Some(step) = ClockMessage::decode(&bytes) else { continue };
                        let new = r.kept.borrow_mut().class.as_mut().is_some_and(|c| c.clocks.insert(step.id));
                        if new {
                            r.save(None);
                            let _ = store.advance_clock(i64::from(step.days) * flowthrough_core::time::DAY);
                            r.practice.news.set(Some(crate::i18n::t_with("class-clock-taken", &[("count", step.days.into())])));
                        }
                    }
                }
            };
            if let Err(e) = super::class::watch(&client, &class, "clock", "clock", on).await {
                if let Some(r) = me.upgrade() {
                    r.practice.problem.set(Some(e));
                }
            }
        });
    }

    /// Sends what waits, in order: the copy's messages, then the progress. Stops at the first
    /// failure (offline); what is left is tried again later.
    fn send(&self, store: Store) {
        let Some(client) = self.client.borrow().clone() else { return };
        if self.sending.replace(true) {
            return;
        }
        let me = self.me.borrow().clone();
        leptos::task::spawn_local(async move {
            loop {
                let Some(r) = me.upgrade() else { return };
                let next = {
                    let kept = r.kept.borrow();
                    kept.class.as_ref().and_then(|c| {
                        let seat = c.seat.as_ref()?;
                        if let Some(first) = c.pending.first() {
                            Some((format!("log.{}", seat.user), first.clone(), format!("{}.{}.{}", seat.class, seat.user, c.sent + 1), seat.class.clone(), true))
                        } else if c.progress_due {
                            let report = Report { name: seat.name.clone(), progress: kept.progress.clone()? };
                            Some((format!("progress.{}", seat.user), report.encode(), String::new(), seat.class.clone(), false))
                        } else {
                            None
                        }
                    })
                };
                let Some((tail, bytes, id, class, is_log)) = next else { break };
                if is_log {
                    // The progress is sent after the changes that led to it.
                } else if let Some(c) = r.kept.borrow_mut().class.as_mut() {
                    c.progress_due = false;
                }
                drop(r);
                let sent = client.class_send(&class, &tail, &bytes, &id).await;
                let Some(r) = me.upgrade() else { return };
                match sent {
                    Ok(_) => {
                        if is_log {
                            if let Some(c) = r.kept.borrow_mut().class.as_mut() {
                                if !c.pending.is_empty() {
                                    c.pending.remove(0);
                                }
                                c.sent += 1;
                            }
                        }
                        r.save(None);
                        r.set_online(true);
                    }
                    Err(_) => {
                        if !is_log {
                            if let Some(c) = r.kept.borrow_mut().class.as_mut() {
                                c.progress_due = true;
                            }
                        }
                        r.save(None);
                        r.set_online(false);
                        break;
                    }
                }
            }
            if let Some(r) = me.upgrade() {
                r.sending.set(false);
            }
            let _ = store;
        });
    }

    /// Observes without counting an action (on restore).
    fn changed_quietly(&self, store: Store) {
        let lesson = self.lesson.borrow().clone();
        if let (Some(lesson), Some(progress)) = (lesson, self.kept.borrow_mut().progress.as_mut()) {
            store.ws.with_untracked(|w| progress.observe(&lesson, w, browser::real_now()));
        }
        self.save(None);
    }
}

/// The bar every console page shows while a lesson is practised or recorded: the lesson, how
/// far the learner is, the current step and its checkpoints, and the way to the checklist.
#[component]
fn LessonBar(store: Store) -> impl IntoView {
    use leptos_router::components::A;
    let practice = Practice::get();
    let navigate = leptos_router::hooks::use_navigate();
    // Another language: the runtime writes the bar again.
    Effect::new(move |_| {
        crate::i18n::I18n::get().locale();
        practice.relabel(store);
    });
    move || {
        if !practice.on.get() {
            return None;
        }
        let navigate = navigate.clone();
        let body = match practice.bar.get() {
            None => view! { <p class="hint">{t("lesson-reading")}</p> }.into_any(),
            Some(Bar { recording: Some(stopped), .. }) => view! {
                <p><strong>{t("lesson-recording")}</strong> " " {t("lesson-recording-what")}</p>
                <div class="lesson-bar-actions">
                    {(!stopped).then(|| view! {
                        <button type="button" class="btn btn-primary" on:click=move |_| {
                            let navigate = navigate.clone();
                            leptos::task::spawn_local(async move {
                                if practice.stop(store).await.is_some() {
                                    navigate("/lessons/record", Default::default());
                                }
                            });
                        }>{t("lesson-stop-recording")}</button>
                    })}
                    {stopped.then(|| view! { <A href="/lessons/record" attr:class="btn btn-primary">{t("lesson-write")}</A> })}
                </div>
            }
            .into_any(),
            Some(bar) => {
                let current = bar.step.map(|(step, instruction)| {
                    let items = bar
                        .checks
                        .into_iter()
                        .map(|(words, done)| view! {
                            <li class=if done { "check done" } else { "check" }>
                                <span class="check-mark" aria-hidden="true">{if done { "✓" } else { "○" }}</span>
                                <span class="visually-hidden">{if done { t("lesson-reached") } else { t("lesson-not-reached") }}</span>
                                " " {words}
                            </li>
                        })
                        .collect_view();
                    view! {
                        <p><strong>{step}</strong> " " {instruction}</p>
                        <ul class="checklist compact">{items}</ul>
                    }
                });
                let done = bar.complete.then(|| view! { <p><strong>{t("lesson-complete")}</strong></p> });
                view! {
                    <p class="lesson-bar-title"><strong>{bar.title}</strong> " · " {bar.count}</p>
                    {current}
                    {done}
                    <div class="lesson-bar-actions"><A href="/lessons/practice" attr:class="btn btn-secondary">{t("lesson-open-checklist")}</A></div>
                }
                .into_any()
            }
        };
        Some(view! {
            <aside class="lesson-bar" aria-label=t("lesson-bar")>
                {body}
                {move || practice.class.get().map(|c| view! {
                    <p class="lesson-class">
                        {t_with("class-in", &[("class", c.seat.class.clone().into())])} " · "
                        {if c.connected { super::class::link_words(c.online, c.waiting) } else { t("class-reconnect-needed") }}
                    </p>
                })}
                <p class="lesson-news" role="status">{move || practice.news.get()}</p>
            </aside>
        })
    }
}
