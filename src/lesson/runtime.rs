//! The running practice (the `lesson_rt` chunk): keeps the lesson, the learner's progress and
//! the copy, evaluates the checkpoints after every change through the core, and records lessons
//! by demonstration.

use super::{Board, Draft, Practice, Runtime};
use crate::browser;
use crate::i18n::{t, t_with, text};
use crate::storage;
use crate::store::Store;
use flowthrough_core::lesson::{propose::propose, Lesson, Progress, Start};
use flowthrough_core::text::Text;
use flowthrough_core::Workspace;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::cell::RefCell;
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
}

struct Running {
    practice: Practice,
    kept: RefCell<Kept>,
    lesson: RefCell<Option<Arc<Lesson>>>,
}

pub(super) fn make(practice: Practice) -> Rc<dyn Runtime> {
    Rc::new(Running { practice, kept: RefCell::new(Kept::default()), lesson: RefCell::new(None) })
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
            return;
        };
        match serde_json::from_str::<Kept>(&raw) {
            Ok(kept) => {
                *self.lesson.borrow_mut() = kept.lesson.clone().map(Arc::new);
                *self.kept.borrow_mut() = kept;
                // What became true while the page was closed (a clock tick) counts now.
                self.changed_quietly(store);
            }
            Err(e) => self.practice.problem.set(Some(Text::new("lesson-record-unreadable").with("reason", e.to_string()))),
        }
        self.show(store);
    }

    fn changed(&self, store: Store, what: &'static str) {
        let now = browser::real_now();
        let reached = {
            let lesson = self.lesson.borrow().clone();
            let mut kept = self.kept.borrow_mut();
            match (lesson, kept.progress.as_mut()) {
                (Some(lesson), Some(progress)) => {
                    progress.acted(what, now);
                    let new = store.ws.with_untracked(|w| progress.observe(&lesson, w, now));
                    let complete = !new.is_empty() && progress.complete(&lesson);
                    let lang = crate::i18n::I18n::get().locale().tag();
                    let words: Vec<String> = new
                        .iter()
                        .filter_map(|id| lesson.checkpoints().find(|(_, c)| &c.id == id))
                        .map(|(_, c)| c.label.as_ref().map(|l| l.get(lang).to_string()).unwrap_or_else(|| text(&c.check.text())))
                        .collect();
                    Some((words, complete))
                }
                _ => None,
            }
        };
        self.save_all(store);
        self.show(store);
        if let Some((words, complete)) = reached {
            if complete {
                self.practice.news.set(Some(t("lesson-complete")));
            } else if !words.is_empty() {
                self.practice.news.set(Some(t_with("lesson-reached-now", &[("checkpoint", words.join("; ").into())])));
            }
        }
    }

    fn start(&self, store: Store, lesson: Lesson) -> Result<(), Text> {
        if store.sharing.active() {
            return Err(Text::new("lesson-not-while-shared"));
        }
        let copy = self.fresh_copy(&lesson)?;
        let progress = Progress::new(&lesson, browser::real_now());
        *self.kept.borrow_mut() = Kept { lesson: Some(lesson.clone()), progress: Some(progress), recording: None, stopped: false };
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
        self.save_all(store);
        self.show(store);
        Ok(())
    }

    fn leave(&self, store: Store) {
        storage::clear_practice();
        self.practice.news.set(None);
        *self.kept.borrow_mut() = Kept::default();
        *self.lesson.borrow_mut() = None;
        self.practice.board.set(None);
        self.practice.problem.set(None);
        self.practice.on.set(false);
        store.leave_copy();
    }

    fn hint(&self, store: Store, step: usize) {
        if let Some(p) = self.kept.borrow_mut().progress.as_mut() {
            p.hints.insert(step);
        }
        self.save(None);
        self.show(store);
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
        if store.sharing.active() {
            return Err(Text::new("lesson-not-while-shared"));
        }
        if store.busy.get_untracked().is_some() {
            return Err(Text::new("lesson-busy"));
        }
        let ws = store.ws.get_untracked();
        let start = Lesson::snapshot(&ws).ok_or_else(|| Text::new("lesson-history-unread"))?;
        *self.kept.borrow_mut() = Kept { lesson: None, progress: None, recording: Some(start), stopped: false };
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
    /// Observes without counting an action (on restore).
    fn changed_quietly(&self, store: Store) {
        let lesson = self.lesson.borrow().clone();
        if let (Some(lesson), Some(progress)) = (lesson, self.kept.borrow_mut().progress.as_mut()) {
            store.ws.with_untracked(|w| progress.observe(&lesson, w, browser::real_now()));
        }
        self.save(None);
    }
}
