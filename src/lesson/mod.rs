//! Lessons, as the rest of the app sees them: whether a lesson is being practised (or recorded)
//! on a copy, what the checklist shows (signals), and the few calls the store makes. The rules
//! (checkpoints, progress, proposals) are the core's (`flowthrough_core::lesson`); running a
//! practice (evaluating after each change, keeping the copy, recording) is `runtime`, a wasm
//! chunk of its own (`lesson_rt`) fetched only when a lesson is opened, so a person who never
//! opens one downloads none of it.
//!
//! While a practice is under way the store's workspace *is* the learner's copy: every console
//! page works on it as usual, and nothing is written to the person's own workspace, which comes
//! back untouched when they leave the lesson.

pub mod class;
mod runtime;

use crate::store::Store;
use flowthrough_core::lesson::{Checkpoint, Lesson, Progress, Start};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::rc::Rc;

/// What the checklist shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Board {
    /// Practising a lesson.
    Lesson {
        /// The lesson.
        lesson: std::sync::Arc<Lesson>,
        /// Where the learner is.
        progress: Progress,
        /// The checkpoints that hold now.
        holding: BTreeSet<String>,
    },
    /// Recording a lesson: the trainer does the solution on a copy.
    Recording {
        /// Stopped: the trainer is writing the lesson (the editor).
        stopped: bool,
    },
}

/// A recorded lesson waiting to be written: its start, and the checkpoints proposed from what
/// changed.
#[derive(Clone, Debug)]
pub struct Draft {
    /// The workspace the recording started from.
    pub start: Start,
    /// Proposed checkpoints.
    pub proposals: Vec<Checkpoint>,
}

/// The class a trainee's practice belongs to, as the lesson bar shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassLink {
    /// How the class is reached, and who this trainee is in it.
    pub seat: crate::storage::shared::Seat,
    /// Connected now (false after a reload until the password is given again, or while offline).
    pub online: bool,
    /// Connected at all this visit (false: the password is needed to reconnect).
    pub connected: bool,
    /// Messages (changes, progress) not yet on the server.
    pub waiting: usize,
}

/// What a running practice does (implemented in the `lesson_rt` chunk).
pub(crate) trait Runtime {
    fn restore(&self, store: Store);
    fn changed(&self, store: Store, what: &'static str);
    fn start(&self, store: Store, lesson: Lesson) -> Result<(), Text>;
    fn start_again(&self, store: Store) -> Result<(), Text>;
    fn leave(&self, store: Store);
    fn hint(&self, store: Store, step: usize);
    fn clock(&self, store: Store) -> Result<(), Text>;
    fn record(&self, store: Store) -> Result<(), Text>;
    fn stop(&self, store: Store) -> Option<Draft>;
    fn draft(&self, store: Store) -> Option<Draft>;
    fn join(&self, store: Store, seat: crate::storage::shared::Seat, password: String, client: crate::storage::shared::Client, lesson: Lesson) -> Result<(), Text>;
    fn reconnect(&self, store: Store, client: crate::storage::shared::Client);
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(lesson_rt, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load(p: Practice) -> Result<Rc<dyn Runtime>, crate::lazy::ChunkError> {
    Ok(runtime::make(p))
}

#[cfg(not(feature = "split"))]
async fn load(p: Practice) -> Result<Rc<dyn Runtime>, crate::lazy::ChunkError> {
    Ok(runtime::make(p))
}

/// The practice state, provided with the store.
#[derive(Clone, Copy)]
pub struct Practice {
    /// A lesson is being practised or recorded: the store's workspace is a copy.
    pub on: RwSignal<bool>,
    /// What the checklist shows (None while it is read, or when not practising).
    pub board: RwSignal<Option<Board>>,
    /// A problem with the practice (its copy could not be read or saved).
    pub problem: RwSignal<Option<Text>>,
    /// What the lesson bar announces (the checkpoints just reached), in the bar's own live
    /// region, so a page's own confirmation does not replace it.
    pub news: RwSignal<Option<String>>,
    /// The class this practice belongs to, if any.
    pub class: RwSignal<Option<ClassLink>>,
    runtime: StoredValue<Option<Rc<dyn Runtime>>, LocalStorage>,
}

impl Practice {
    /// No practice.
    pub fn new() -> Practice {
        Practice { on: RwSignal::new(false), board: RwSignal::new(None), problem: RwSignal::new(None), news: RwSignal::new(None), class: RwSignal::new(None), runtime: StoredValue::new_local(None) }
    }

    fn running(&self) -> Option<Rc<dyn Runtime>> {
        self.runtime.try_get_value().flatten()
    }

    async fn runtime(&self) -> Result<Rc<dyn Runtime>, Text> {
        if let Some(r) = self.running() {
            return Ok(r);
        }
        let r = load(*self).await.map_err(|_| Text::new("lesson-unloaded"))?;
        if let Some(first) = self.running() {
            return Ok(first);
        }
        self.runtime.set_value(Some(r.clone()));
        Ok(r)
    }

    /// Whether a lesson is being practised or recorded.
    pub fn active(&self) -> bool {
        self.on.get_untracked()
    }

    /// At start, with the store already on the kept copy: the practice comes back.
    pub fn restore(&self, store: Store) {
        self.on.set(true);
        let me = *self;
        leptos::task::spawn_local(async move {
            match me.runtime().await {
                Ok(r) => r.restore(store),
                Err(e) => me.problem.set(Some(e)),
            }
        });
    }

    /// After a change to the copy (`what`: the command's name): evaluate and keep it.
    pub fn changed(&self, store: Store, what: &'static str) {
        if let Some(r) = self.running() {
            r.changed(store, what);
        } else {
            let me = *self;
            leptos::task::spawn_local(async move {
                if let Ok(r) = me.runtime().await {
                    r.changed(store, what);
                }
            });
        }
    }

    /// Starts practising `lesson` on a fresh copy of its starting workspace.
    pub async fn start(&self, store: Store, lesson: Lesson) -> Result<(), Text> {
        self.runtime().await?.start(store, lesson)
    }

    /// Resets the copy and the progress.
    pub async fn start_again(&self, store: Store) -> Result<(), Text> {
        self.runtime().await?.start_again(store)
    }

    /// Leaves the lesson: the copy is dropped, the person's own workspace comes back.
    pub async fn leave(&self, store: Store) {
        if let Ok(r) = self.runtime().await {
            r.leave(store);
        }
    }

    /// Shows a step's hint (counted).
    pub async fn hint(&self, store: Store, step: usize) {
        if let Ok(r) = self.runtime().await {
            r.hint(store, step);
        }
    }

    /// Takes the clock step the lesson offers now.
    pub async fn clock(&self, store: Store) -> Result<(), Text> {
        self.runtime().await?.clock(store)
    }

    /// Starts recording a lesson on a copy of the current workspace.
    pub async fn record(&self, store: Store) -> Result<(), Text> {
        self.runtime().await?.record(store)
    }

    /// Stops recording: what changed is proposed as checkpoints.
    pub async fn stop(&self, store: Store) -> Option<Draft> {
        self.runtime().await.ok()?.stop(store)
    }

    /// Joins a class: practises its lesson, with progress and changes sent to the class.
    pub async fn join(&self, store: Store, seat: crate::storage::shared::Seat, password: String, client: crate::storage::shared::Client, lesson: Lesson) -> Result<(), Text> {
        self.runtime().await?.join(store, seat, password, client, lesson)
    }

    /// Reconnects this practice to its class (after a reload).
    pub async fn reconnect(&self, store: Store, client: crate::storage::shared::Client) {
        if let Ok(r) = self.runtime().await {
            r.reconnect(store, client);
        }
    }

    /// The stopped recording's draft.
    pub async fn draft(&self, store: Store) -> Option<Draft> {
        self.runtime().await.ok()?.draft(store)
    }
}

impl Default for Practice {
    fn default() -> Self {
        Practice::new()
    }
}

/// The bar every console page shows while a lesson is practised or recorded: the lesson, how
/// far the learner is, the current step and its checkpoints, and the way to the checklist.
#[component]
pub fn LessonBar() -> impl IntoView {
    use crate::i18n::{t, t_with};
    use leptos_router::components::A;
    let store = Store::get();
    let practice = store.practice;
    let navigate = leptos_router::hooks::use_navigate();
    move || {
        let navigate = navigate.clone();
        if !practice.on.get() {
            return None;
        }
        let lang = crate::i18n::I18n::get().locale().tag();
        let body = match practice.board.get() {
            None => view! { <p class="hint">{t("lesson-reading")}</p> }.into_any(),
            Some(Board::Recording { stopped }) => view! {
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
            Some(Board::Lesson { lesson, progress, holding: _ }) => {
                let (n, all) = progress.count(&lesson);
                let step = progress.current_step(&lesson);
                let current = step.map(|i| {
                    let s = &lesson.steps[i];
                    let items = s
                        .checkpoints
                        .iter()
                        .map(|c| {
                            let done = progress.reached.contains_key(&c.id);
                            let words = c.label.as_ref().map(|l| l.get(lang).to_string()).unwrap_or_else(|| crate::i18n::text(&c.check.text()));
                            view! {
                                <li class=if done { "check done" } else { "check" }>
                                    <span class="check-mark" aria-hidden="true">{if done { "✓" } else { "○" }}</span>
                                    <span class="visually-hidden">{if done { t("lesson-reached") } else { t("lesson-not-reached") }}</span>
                                    " " {words}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <p><strong>{t_with("lesson-step-of", &[("n", (i + 1).into()), ("count", lesson.steps.len().into())])}</strong> " " {s.instruction.get(lang).to_string()}</p>
                        <ul class="checklist compact">{items}</ul>
                    }
                });
                let done = step.is_none().then(|| view! { <p><strong>{t("lesson-complete")}</strong></p> });
                view! {
                    <p class="lesson-bar-title"><strong>{lesson.title.get(lang).to_string()}</strong> " · " {t_with("lesson-count", &[("n", n.into()), ("count", all.into())])}</p>
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
                        {if c.connected { class::link_words(c.online, c.waiting) } else { t("class-reconnect-needed") }}
                    </p>
                })}
                <p class="lesson-news" role="status">{move || practice.news.get()}</p>
            </aside>
        })
    }
}
