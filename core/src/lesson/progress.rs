//! A learner's progress through a lesson: which checkpoints they reached and when, the hints
//! they opened, the clock steps taken, and their last action. Checkpoints tick in any order the
//! moment they hold; once reached, a checkpoint stays reached (the board shows the way there),
//! and `holding` says which hold now.

use super::{Lesson, LessonError};
use crate::time::Timestamp;
use crate::workspace::Workspace;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The last thing a learner did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastAction {
    /// When (the real time).
    pub at: Timestamp,
    /// The command's name (`Command::name`).
    pub what: String,
}

/// Progress through one lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The lesson's id.
    pub lesson: String,
    /// When the learner started (or started again).
    pub started: Timestamp,
    /// Checkpoint id → when it was first reached.
    #[serde(default)]
    pub reached: BTreeMap<String, Timestamp>,
    /// Steps (0-based) whose hint the learner opened.
    #[serde(default)]
    pub hints: BTreeSet<usize>,
    /// Steps (0-based) whose clock step was taken.
    #[serde(default)]
    pub clock_taken: BTreeSet<usize>,
    /// The learner's last action.
    #[serde(default)]
    pub last: Option<LastAction>,
}

impl Progress {
    /// Progress at the start of `lesson`.
    pub fn new(lesson: &Lesson, now: Timestamp) -> Progress {
        Progress { lesson: lesson.id.clone(), started: now, reached: BTreeMap::new(), hints: BTreeSet::new(), clock_taken: BTreeSet::new(), last: None }
    }

    /// Reads progress kept as JSON; refuses what is not this lesson's.
    pub fn read(text: &str, lesson: &Lesson) -> Result<Progress, LessonError> {
        let p: Progress = serde_json::from_str(text).map_err(|e| LessonError::Unreadable(e.to_string()))?;
        if p.lesson != lesson.id {
            return Err(LessonError::Invalid(format!("this progress belongs to lesson \"{}\".", p.lesson.chars().take(64).collect::<String>())));
        }
        Ok(p)
    }

    /// As JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Marks every checkpoint that holds in `ws` and was not reached yet as reached at `now`;
    /// returns their ids, in the lesson's order.
    pub fn observe(&mut self, lesson: &Lesson, ws: &Workspace, now: Timestamp) -> Vec<String> {
        let mut new = Vec::new();
        for (_, cp) in lesson.checkpoints() {
            if !self.reached.contains_key(&cp.id) && cp.check.holds(ws) {
                self.reached.insert(cp.id.clone(), now);
                new.push(cp.id.clone());
            }
        }
        new
    }

    /// Records the learner's last action.
    pub fn acted(&mut self, what: &str, now: Timestamp) {
        self.last = Some(LastAction { at: now, what: what.to_string() });
    }

    /// The first step with a checkpoint not reached yet; `None` when every one is.
    pub fn current_step(&self, lesson: &Lesson) -> Option<usize> {
        lesson.steps.iter().position(|s| s.checkpoints.iter().any(|c| !self.reached.contains_key(&c.id)))
    }

    /// True when every checkpoint was reached.
    pub fn complete(&self, lesson: &Lesson) -> bool {
        self.current_step(lesson).is_none()
    }

    /// How many checkpoints were reached, of how many.
    pub fn count(&self, lesson: &Lesson) -> (usize, usize) {
        let all = lesson.checkpoints().count();
        (lesson.checkpoints().filter(|(_, c)| self.reached.contains_key(&c.id)).count(), all)
    }

    /// The clock step the lesson offers now: the current step's, if not taken yet. Returns the
    /// step and the seconds to move the clock by.
    pub fn clock_due(&self, lesson: &Lesson) -> Option<(usize, i64)> {
        let i = self.current_step(lesson)?;
        let c = lesson.steps[i].clock?;
        (!self.clock_taken.contains(&i)).then_some((i, i64::from(c.days) * crate::time::DAY))
    }

    /// The ids of the checkpoints that hold in `ws` now.
    pub fn holding(lesson: &Lesson, ws: &Workspace) -> BTreeSet<String> {
        lesson.checkpoints().filter(|(_, c)| c.check.holds(ws)).map(|(_, c)| c.id.clone()).collect()
    }

    /// Seconds from the start to when `checkpoint` was reached.
    pub fn took(&self, checkpoint: &str) -> Option<i64> {
        self.reached.get(checkpoint).map(|t| t.0 - self.started.0)
    }
}
