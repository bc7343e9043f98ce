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

/// The reader's language's tag (a lesson's texts are by tag).
pub fn lang() -> &'static str {
    crate::i18n::I18n::get().locale().tag()
}

/// A checkpoint in the reader's words: the trainer's own label, else the core's sentence.
pub fn checkpoint_words(c: &Checkpoint) -> String {
    c.label.as_ref().map(|l| l.get(lang()).to_string()).unwrap_or_else(|| crate::i18n::text(&c.check.text()))
}

/// How long a checkpoint took: seconds under a minute, then the app's durations.
pub fn time_taken(secs: i64) -> String {
    if secs < 60 {
        crate::i18n::t_with("lesson-seconds", &[("count", secs.max(0).into())])
    } else {
        crate::i18n::duration(secs)
    }
}

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

/// What the lesson bar shows, in words already written in the reader's language (by the
/// runtime, so that none of the lesson's rules is in the main module).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Bar {
    /// Recording (and whether it is stopped); None when practising.
    pub recording: Option<bool>,
    /// The lesson's title.
    pub title: String,
    /// "2 of 4 checkpoints reached".
    pub count: String,
    /// The current step: "Step 1 of 2:" and its instruction.
    pub step: Option<(String, String)>,
    /// The current step's checkpoints, and whether each is reached.
    pub checks: Vec<(String, bool)>,
    /// Every checkpoint reached.
    pub complete: bool,
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
    fn changed(&self, store: Store, what: &'static str, whole: bool);
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
    fn relabel(&self, store: Store);
    fn bar_view(&self, store: Store) -> AnyView;
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(lesson_rt, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load(p: Practice) -> Result<Rc<dyn Runtime>, crate::browser::ChunkError> {
    Ok(runtime::make(p))
}

#[cfg(not(feature = "split"))]
async fn load(p: Practice) -> Result<Rc<dyn Runtime>, crate::browser::ChunkError> {
    Ok(runtime::make(p))
}

/// The practice state, provided with the store.
#[derive(Clone, Copy)]
pub struct Practice {
    /// A lesson is being practised or recorded: the store's workspace is a copy.
    pub on: RwSignal<bool>,
    /// What the checklist shows (None while it is read, or when not practising).
    pub board: RwSignal<Option<Board>>,
    /// What the lesson bar shows.
    pub bar: RwSignal<Option<Bar>>,
    /// A problem with the practice (its copy could not be read or saved).
    pub problem: RwSignal<Option<Text>>,
    /// What the lesson bar announces (the checkpoints just reached), in the bar's own live
    /// region, so a page's own confirmation does not replace it.
    pub news: RwSignal<Option<String>>,
    /// The class this practice belongs to, if any.
    pub class: RwSignal<Option<ClassLink>>,
    /// The workspace's sharing (a lesson does not start while it is shared).
    pub sharing: crate::share::Sharing,
    /// Bumped when the runtime's code has arrived (the bar can then be drawn).
    loaded: RwSignal<u32>,
    runtime: StoredValue<Option<Rc<dyn Runtime>>, LocalStorage>,
}

/// The store's layer: while a lesson is practised or recorded the workspace is its copy, which
/// the lesson keeps (the store saves nothing) and evaluates after every change.
impl crate::store::Layer for Practice {
    fn keeps(&self) -> bool {
        self.active()
    }

    fn changed(&self, store: Store, command: &'static str) {
        if self.active() {
            self.tell(store, command, false);
        }
    }

    /// After the whole copy was replaced (an undo): evaluate and keep it.
    fn replaced(&self, store: Store) {
        if self.active() {
            self.tell(store, "Undo", true);
        }
    }
}

impl Practice {
    /// The app's practice (provided with the store).
    pub fn get() -> Practice {
        expect_context::<Practice>()
    }

    /// No practice.
    pub fn new(sharing: crate::share::Sharing) -> Practice {
        Practice { sharing, on: RwSignal::new(false), board: RwSignal::new(None), bar: RwSignal::new(None), problem: RwSignal::new(None), news: RwSignal::new(None), class: RwSignal::new(None), loaded: RwSignal::new(0), runtime: StoredValue::new_local(None) }
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
        self.loaded.update(|n| *n += 1);
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

    fn tell(&self, store: Store, what: &'static str, whole: bool) {
        if let Some(r) = self.running() {
            r.changed(store, what, whole);
        } else {
            let me = *self;
            leptos::task::spawn_local(async move {
                if let Ok(r) = me.runtime().await {
                    r.changed(store, what, whole);
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

    /// Writes the bar again (the reader chose another language).
    pub fn relabel(&self, store: Store) {
        if let Some(r) = self.running() {
            r.relabel(store);
        }
    }

    /// The stopped recording's draft.
    pub async fn draft(&self, store: Store) -> Option<Draft> {
        self.runtime().await.ok()?.draft(store)
    }
}

/// The bar every console page shows while a lesson is practised or recorded. Its view is the
/// lesson runtime's (`runtime::bar_view`, in the lesson's chunk): the main module only knows
/// whether to show it.
#[component]
pub fn LessonBar() -> impl IntoView {
    let store = Store::get();
    let practice = Practice::get();
    move || {
        practice.loaded.track();
        if !practice.on.get() {
            return None;
        }
        practice.running().map(|r| r.bar_view(store))
    }
}
