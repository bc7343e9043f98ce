//! The log: the journal of applied commands (the audit log), the ids handed out, and the
//! sandbox clock. Every change to a workspace ends here as one [`LogEntry`], which is what a
//! workspace replays from.

mod history;

pub use history::{FillError, History};

use crate::command::{Actor, Command};
use crate::event::Event;
use crate::model::Token;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Where the caller's fresh tokens come from (the browser's CSPRNG in the app; fixed in tests).
pub trait TokenSource {
    /// A new token of at least 128 bits.
    fn next_token(&mut self) -> Token;
}

impl<F: FnMut() -> Token> TokenSource for F {
    fn next_token(&mut self) -> Token {
        self()
    }
}

/// Tokens replayed from a log entry, in the order they were drawn.
pub(crate) struct Replayed<'a>(pub(crate) std::slice::Iter<'a, Token>);

impl TokenSource for Replayed<'_> {
    fn next_token(&mut self) -> Token {
        // A log whose tokens ran out is corrupt; an empty token is never a valid link.
        self.0.next().cloned().unwrap_or(Token(Default::default()))
    }
}

/// Records the tokens a command drew, so the log can replay it.
pub(crate) struct Recorder<'a> {
    inner: &'a mut dyn TokenSource,
    drawn: Vec<Token>,
}

impl<'a> Recorder<'a> {
    pub(crate) fn new(inner: &'a mut dyn TokenSource) -> Recorder<'a> {
        Recorder { inner, drawn: Vec::new() }
    }

    pub(crate) fn next(&mut self) -> Token {
        let t = self.inner.next_token();
        self.drawn.push(t.clone());
        t
    }

    fn into_drawn(self) -> Vec<Token> {
        self.drawn
    }
}

/// One applied command: the audit log's entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Sequence number, from 1.
    pub seq: u64,
    /// When.
    pub at: Timestamp,
    /// Who.
    pub actor: Actor,
    /// The command as applied.
    pub command: Command,
    /// Tokens the command drew (for replay).
    #[serde(default)]
    pub tokens: Vec<Token>,
    /// What happened.
    pub events: Vec<Event>,
}

/// The journal, the id counter and the sandbox clock.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Log {
    entries: History<LogEntry>,
    last_id: u64,
    clock_offset: i64,
    /// The audit log's search text for the entries in memory (from the first one's sequence
    /// number), extended as entries are appended.
    search: crate::index::Cache<(u64, crate::index::SearchText)>,
}

impl Log {
    /// The log without its entries in memory (see [`History::detached`]).
    pub(crate) fn detached(&self) -> Log {
        Log { entries: self.entries.detached(), last_id: self.last_id, clock_offset: self.clock_offset, search: Default::default() }
    }

    /// Takes the older entries back from `other` (see [`History::take_older_from`]).
    pub(crate) fn take_older_from(&mut self, other: &mut Log) {
        self.entries.take_older_from(&mut other.entries);
        self.search = Default::default();
    }

    pub(crate) fn from_parts(entries: History<LogEntry>, last_id: u64, clock_offset: i64) -> Log {
        Log { entries, last_id, clock_offset, search: Default::default() }
    }

    /// Every applied command, oldest first (the older ones may be in storage still).
    pub fn entries(&self) -> &History<LogEntry> {
        &self.entries
    }

    /// For each entry in memory (oldest first), whether its actor, command or events contain
    /// `needle_lower`. The search text is built on first use and extended with new entries.
    pub fn matching(&self, needle_lower: &str) -> Vec<bool> {
        let loaded = self.entries.loaded();
        let first = loaded.first().map_or(0, |e| e.seq);
        self.search.with(|cached| {
            if cached.as_ref().is_none_or(|(f, t)| *f != first || t.len() > loaded.len()) {
                *cached = Some((first, crate::index::SearchText::with_capacity(loaded.len(), 96)));
            }
            let Some((_, text)) = cached.as_mut() else { return vec![false; loaded.len()] };
            for e in &loaded[text.len()..] {
                let events: Vec<String> = e.events.iter().map(|ev| ev.describe()).collect();
                let actor = e.actor.label();
                text.push([actor.as_str(), e.command.name()].into_iter().chain(events.iter().map(String::as_str)));
            }
            text.matches(needle_lower)
        })
    }

    /// The last id handed out (ids are unique across every kind of entity).
    pub fn last_id(&self) -> u64 {
        self.last_id
    }

    /// How far the sandbox clock runs ahead of real time, in seconds.
    pub fn clock_offset(&self) -> i64 {
        self.clock_offset
    }

    /// The sequence number of the last entry (0 for a new workspace).
    pub fn last_seq(&self) -> u64 {
        self.entries.len() as u64
    }

    pub(crate) fn next_id(&mut self) -> u64 {
        self.last_id += 1;
        self.last_id
    }

    /// Moves the sandbox clock forward (1 second to 366 days).
    pub(crate) fn advance_clock(&mut self, seconds: i64, ev: &mut Vec<Event>) -> Result<(), crate::CommandError> {
        if !(1..=366 * crate::time::DAY).contains(&seconds) {
            return Err(crate::CommandError::Nothing("The sandbox clock moves forward by 1 second to 366 days."));
        }
        self.clock_offset += seconds;
        ev.push(Event::ClockAdvanced { seconds, offset: self.clock_offset });
        Ok(())
    }

    /// Appends the entry for a command that applied.
    pub(crate) fn record(&mut self, at: Timestamp, command: Command, rec: Recorder, events: Vec<Event>) {
        let seq = self.last_seq() + 1;
        self.entries.push(LogEntry { seq, at, actor: command.actor(), command, tokens: rec.into_drawn(), events });
    }

    /// Puts back the older entries that were still in storage.
    pub(crate) fn fill(&mut self, older: Vec<LogEntry>) -> Result<(), FillError> {
        self.entries.fill(older)
    }
}
