//! Lessons: an exercise a trainer sets on a starting workspace, in steps, each with checkpoints
//! the core evaluates on the learner's copy (see `check`). A lesson is data, kept as a small
//! versioned JSON file (`LESSON_FORMAT`) that carries its starting workspace: a built-in
//! scenario's name, or a format-3 export in base64. `Lesson::read` refuses a bad or hostile file
//! with a message that says what to do, and changes nothing.
//!
//! - `check`: the checkpoints' predicates;
//! - `progress`: what a learner reached, when, and the hints they used;
//! - `propose`: checkpoints proposed from what changed between two workspaces (authoring by
//!   demonstration);
//! - `builtin`: the scenarios and the built-in lessons.

pub mod builtin;
pub mod class;
pub mod check;
pub mod progress;
pub mod propose;

pub use check::Check;
pub use progress::Progress;

use crate::log::TokenSource;
use crate::text::Text;
use crate::time::Timestamp;
use crate::workspace::Workspace;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The lesson file format this build writes and reads.
pub const LESSON_FORMAT: u32 = 1;
/// The largest lesson file read (its starting workspace included).
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Most steps in a lesson.
pub const MAX_STEPS: usize = 50;
/// Most checkpoints in one step.
pub const MAX_CHECKPOINTS: usize = 50;
/// Longest text (a title, an instruction, a hint) in characters.
pub const MAX_TEXT: usize = 4_000;
/// Longest name in a checkpoint or id, in characters.
pub const MAX_NAME: usize = 200;
/// The languages a lesson's texts may come in (the app's four).
pub const LANGUAGES: [&str; 4] = ["en", "sv", "nb", "ro"];

/// A text in one or more of the app's languages, by tag (`en`, `sv`, `nb`, `ro`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<String, String>);

impl Localized {
    /// A text in one language.
    pub fn one(lang: &str, text: impl Into<String>) -> Localized {
        Localized(BTreeMap::from([(lang.to_string(), text.into())]))
    }

    /// The text in `lang`, else English, else any language it has.
    pub fn get(&self, lang: &str) -> &str {
        self.0.get(lang).or_else(|| self.0.get("en")).or_else(|| self.0.values().next()).map_or("", String::as_str)
    }

    /// True when no language has words.
    pub fn is_blank(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }
}

/// Where a learner's copy starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Start {
    /// A built-in scenario, built afresh at the moment the learner starts (`builtin::SCENARIOS`).
    Scenario {
        /// The scenario's name.
        name: String,
    },
    /// A workspace exported in format 3 (what "Export workspace" downloads), in base64.
    Snapshot {
        /// Base64 (standard alphabet, with padding).
        data: String,
    },
}

/// A clock step the lesson takes for the learner ("14 days pass").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockStep {
    /// How far the sandbox clock moves, in days (1 to 366).
    pub days: u16,
}

/// One checkpoint: a stable id (what progress is kept by) and its check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Unique within the lesson.
    pub id: String,
    /// The predicate.
    #[serde(flatten)]
    pub check: Check,
    /// Words of the trainer's own, shown instead of the check's (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Localized>,
}

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// What to do.
    pub instruction: Localized,
    /// A hint, shown on request (and counted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Localized>,
    /// A clock step the lesson takes when the learner reaches this step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<ClockStep>,
    /// What must hold for the step to be done.
    pub checkpoints: Vec<Checkpoint>,
}

/// A lesson, as its file holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    /// The file format (`LESSON_FORMAT`).
    pub flowthrough_lesson: u32,
    /// A short stable name: letters, digits and dashes.
    pub id: String,
    /// Title.
    pub title: Localized,
    /// What the lesson is about and where the learner starts.
    pub introduction: Localized,
    /// The starting workspace.
    pub start: Start,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// What a trainer wrote for a recorded lesson (the editor's fields, in one language).
#[derive(Debug, Clone)]
pub struct Recording<'a> {
    /// The language the trainer wrote in (`en`, `sv`, `nb`, `ro`).
    pub lang: &'a str,
    /// Title.
    pub title: &'a str,
    /// Introduction (may be empty).
    pub introduction: &'a str,
    /// What the learner must do.
    pub instruction: &'a str,
    /// Hint (may be empty).
    pub hint: &'a str,
    /// The workspace the recording started from.
    pub start: Start,
    /// The checkpoints kept, each with the trainer's own words (may be empty).
    pub checkpoints: Vec<(Checkpoint, String)>,
    /// A few characters that make the id unique (drawn by the caller).
    pub suffix: &'a str,
}

/// Why a lesson file was refused or its workspace could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LessonError {
    /// Not JSON, or not a lesson's shape (serde's words, with the line and column).
    Unreadable(String),
    /// A newer format than this build reads.
    NewerFormat(u32),
    /// Something in it is out of bounds or missing.
    Invalid(String),
    /// Its starting workspace could not be read or built.
    Start(String),
}

impl LessonError {
    /// What to tell a person, in their language (`lesson-error-…`).
    pub fn text(&self) -> Text {
        match self {
            LessonError::Unreadable(why) => Text::new("lesson-error-unreadable").with("reason", why.as_str()),
            LessonError::NewerFormat(n) => Text::new("lesson-error-newer").with("format", *n as i64),
            LessonError::Invalid(why) => Text::new("lesson-error-invalid").with("reason", why.as_str()),
            LessonError::Start(why) => Text::new("lesson-error-start").with("reason", why.as_str()),
        }
    }
}

impl std::fmt::Display for LessonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LessonError::Unreadable(why) => write!(f, "This is not a lesson file flowthrough can read ({why})."),
            LessonError::NewerFormat(n) => write!(f, "This lesson is in format {n}, newer than this flowthrough reads ({LESSON_FORMAT}); update flowthrough."),
            LessonError::Invalid(why) => write!(f, "This lesson file is not valid: {why}"),
            LessonError::Start(why) => write!(f, "The lesson's starting workspace could not be made: {why}"),
        }
    }
}

impl std::error::Error for LessonError {}

fn check_text(what: &str, t: &Localized, required: bool) -> Result<(), LessonError> {
    if required && t.is_blank() {
        return Err(LessonError::Invalid(format!("{what} is empty; write it in at least one language.")));
    }
    for (lang, text) in &t.0 {
        if !LANGUAGES.contains(&lang.as_str()) {
            return Err(LessonError::Invalid(format!(
                "{what} has a text in \"{}\"; use en, sv, nb or ro.",
                lang.chars().take(10).collect::<String>()
            )));
        }
        if text.chars().count() > MAX_TEXT {
            return Err(LessonError::Invalid(format!("{what} is longer than {MAX_TEXT} characters; shorten it.")));
        }
    }
    Ok(())
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl Lesson {
    /// Reads a lesson file: JSON of format 1, within the limits above. The starting workspace
    /// is checked too (a scenario must exist; a snapshot must decode).
    pub fn read(text: &str) -> Result<Lesson, LessonError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(LessonError::Invalid(format!("the file is larger than {} MB.", MAX_FILE_BYTES / (1024 * 1024))));
        }
        // The format first, so a newer file says "update" rather than naming an unknown field.
        #[derive(Deserialize)]
        struct Head {
            flowthrough_lesson: Option<u32>,
        }
        let head: Head = serde_json::from_str(text).map_err(|e| LessonError::Unreadable(e.to_string()))?;
        match head.flowthrough_lesson {
            None => return Err(LessonError::Unreadable("it has no \"flowthrough_lesson\" format number".into())),
            Some(n) if n > LESSON_FORMAT => return Err(LessonError::NewerFormat(n)),
            Some(0) => return Err(LessonError::Unreadable("format 0 does not exist".into())),
            Some(_) => {}
        }
        let lesson: Lesson = serde_json::from_str(text).map_err(|e| LessonError::Unreadable(e.to_string()))?;
        lesson.validate()?;
        Ok(lesson)
    }

    /// Checks the limits and that the starting workspace can be made.
    pub fn validate(&self) -> Result<(), LessonError> {
        if !is_slug(&self.id) {
            return Err(LessonError::Invalid("its id must be 1 to 64 letters, digits, dashes or underscores.".into()));
        }
        check_text("The title", &self.title, true)?;
        check_text("The introduction", &self.introduction, false)?;
        if self.steps.is_empty() {
            return Err(LessonError::Invalid("it has no steps; add at least one.".into()));
        }
        if self.steps.len() > MAX_STEPS {
            return Err(LessonError::Invalid(format!("it has more than {MAX_STEPS} steps.")));
        }
        let mut ids = std::collections::BTreeSet::new();
        for (i, step) in self.steps.iter().enumerate() {
            let n = i + 1;
            check_text(&format!("Step {n}'s instruction"), &step.instruction, true)?;
            if let Some(h) = &step.hint {
                check_text(&format!("Step {n}'s hint"), h, false)?;
            }
            if let Some(c) = step.clock {
                if !(1..=366).contains(&c.days) {
                    return Err(LessonError::Invalid(format!("step {n}'s clock step must be 1 to 366 days.")));
                }
            }
            if step.checkpoints.is_empty() {
                return Err(LessonError::Invalid(format!("step {n} has no checkpoint; add one.")));
            }
            if step.checkpoints.len() > MAX_CHECKPOINTS {
                return Err(LessonError::Invalid(format!("step {n} has more than {MAX_CHECKPOINTS} checkpoints.")));
            }
            for cp in &step.checkpoints {
                if !is_slug(&cp.id) {
                    return Err(LessonError::Invalid(format!("a checkpoint of step {n} has an id that is not 1 to 64 letters, digits, dashes or underscores.")));
                }
                if !ids.insert(cp.id.as_str()) {
                    return Err(LessonError::Invalid(format!("the checkpoint id \"{}\" is used twice.", cp.id)));
                }
                if cp.check.words().iter().any(|w| w.trim().is_empty() || w.chars().count() > MAX_NAME) {
                    return Err(LessonError::Invalid(format!("checkpoint \"{}\" has an empty name, or one longer than {MAX_NAME} characters.", cp.id)));
                }
                if let Some(l) = &cp.label {
                    check_text(&format!("Checkpoint \"{}\"'s label", cp.id), l, false)?;
                }
            }
        }
        match &self.start {
            Start::Scenario { name } if builtin::scenario(name).is_none() => {
                Err(LessonError::Invalid(format!("it starts from the scenario \"{}\", which this flowthrough does not have.", name.chars().take(40).collect::<String>())))
            }
            Start::Scenario { .. } => Ok(()),
            Start::Snapshot { data } => decode_snapshot(data).map(|_| ()),
        }
    }

    /// A one-step lesson from a recording: refuses a missing title, instruction or checkpoint
    /// with what to do (`lesson-…-missing`), then checks it as a file would be.
    pub fn recorded(r: Recording<'_>) -> Result<Lesson, Text> {
        let words = |s: &str| if s.trim().is_empty() { Localized::default() } else { Localized::one(r.lang, s.trim()) };
        if r.title.trim().is_empty() {
            return Err(Text::new("lesson-title-missing"));
        }
        if r.instruction.trim().is_empty() {
            return Err(Text::new("lesson-instruction-missing"));
        }
        if r.checkpoints.is_empty() {
            return Err(Text::new("lesson-no-checkpoint-kept"));
        }
        let checkpoints = r.checkpoints.into_iter().map(|(c, own)| Checkpoint { label: (!own.trim().is_empty()).then(|| words(&own)), ..c }).collect();
        let lesson = Lesson {
            flowthrough_lesson: LESSON_FORMAT,
            id: [crate::text::slug(r.title, 40), crate::text::slug(r.suffix, 16)].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-"),
            title: words(r.title),
            introduction: words(r.introduction),
            start: r.start,
            steps: vec![Step { instruction: words(r.instruction), hint: Some(words(r.hint)).filter(|h| !h.is_blank()), clock: None, checkpoints }],
        };
        lesson.validate().map_err(|e| e.text())?;
        Ok(lesson)
    }

    /// The lesson as its file holds it (pretty JSON, for people to read and edit).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Every checkpoint, with the index of its step.
    pub fn checkpoints(&self) -> impl Iterator<Item = (usize, &Checkpoint)> {
        self.steps.iter().enumerate().flat_map(|(i, s)| s.checkpoints.iter().map(move |c| (i, c)))
    }

    /// A fresh copy of the starting workspace, made at `now` (a scenario is built then; a
    /// snapshot is as it was exported).
    pub fn start_workspace(&self, now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Workspace, LessonError> {
        match &self.start {
            Start::Scenario { name } => {
                let build = builtin::scenario(name).ok_or_else(|| LessonError::Start(format!("no scenario \"{name}\"")))?;
                build(now, tokens).map_err(|e| LessonError::Start(e.to_string()))
            }
            Start::Snapshot { data } => decode_snapshot(data),
        }
    }

    /// A lesson's starting workspace from a workspace (what recording a lesson does).
    pub fn snapshot(ws: &Workspace) -> Option<Start> {
        use base64::Engine;
        crate::storage::export(ws).map(|bytes| Start::Snapshot { data: base64::engine::general_purpose::STANDARD.encode(bytes) })
    }
}

fn decode_snapshot(data: &str) -> Result<Workspace, LessonError> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .map_err(|_| LessonError::Start("its snapshot is not base64; export the workspace again.".into()))?;
    crate::storage::import_format_3(&bytes).map_err(|e| LessonError::Start(e.to_string()))
}
