//! A class: a trainer runs a lesson for several trainees, each on their own copy. What travels
//! (on the class's stream, see `src/storage/shared.rs`): each trainee's progress (`Report`), each
//! trainee's copy as a snapshot followed by its changes (`CopyMessage`), and the trainer's clock
//! steps (`ClockMessage`). The board (`Board`) and a followed copy (`Follow`) are rebuilt from
//! those messages alone, so every browser that reads them sees the same.

use super::{Lesson, Progress};
use crate::log::LogEntry;
use crate::time::Timestamp;
use crate::workspace::Workspace;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A trainee who has not acted for this long, and has not finished, is marked stuck.
pub const STUCK_AFTER: i64 = 3 * 60;

/// A class's name: 1 to 64 letters, digits, `-` and `_` (it is part of the server's subjects).
pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 64 && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What a trainee sends after each change: who they say they are and where they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The name the trainee gave.
    pub name: String,
    /// Their progress.
    pub progress: Progress,
}

impl Report {
    /// As sent.
    pub fn encode(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// As received; `None` for anything else.
    pub fn decode(bytes: &[u8]) -> Option<Report> {
        serde_json::from_slice(bytes).ok()
    }
}

/// A clock step the trainer takes for every copy at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockMessage {
    /// Unique in the class (each copy takes each step once).
    pub id: u64,
    /// Days, 1 to 366.
    pub days: u16,
}

impl ClockMessage {
    /// As sent.
    pub fn encode(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// As received; `None` for anything else (or a step out of range).
    pub fn decode(bytes: &[u8]) -> Option<ClockMessage> {
        serde_json::from_slice::<ClockMessage>(bytes).ok().filter(|c| (1..=366).contains(&c.days))
    }
}

/// A message of a trainee's copy.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyMessage {
    /// The whole copy (at the start, after starting again, after an undo): a format-3 export.
    Start(Vec<u8>),
    /// One change, as the copy's log has it.
    Change(LogEntry),
}

impl CopyMessage {
    /// As sent: a tag byte, then the export or the change (`storage::encode_change`).
    pub fn encode(&self) -> Vec<u8> {
        match self {
            CopyMessage::Start(bytes) => [&[0u8][..], bytes].concat(),
            CopyMessage::Change(entry) => [&[1u8][..], &crate::storage::encode_change(entry)].concat(),
        }
    }

    /// As received.
    pub fn decode(bytes: &[u8]) -> Result<CopyMessage, String> {
        match bytes.split_first() {
            Some((0, rest)) => Ok(CopyMessage::Start(rest.to_vec())),
            Some((1, rest)) => crate::storage::decode_change(rest).map(CopyMessage::Change).map_err(|e| e.to_string()),
            _ => Err("not a message of a trainee's copy".into()),
        }
    }
}

/// A trainee's copy, rebuilt from their messages, read only.
#[derive(Debug, Default)]
pub struct Follow {
    /// The copy, once its first snapshot arrived.
    pub ws: Option<Workspace>,
    /// Messages that could not be applied (the copy then waits for the next snapshot).
    pub skipped: usize,
}

impl Follow {
    /// Applies one message: a snapshot replaces the copy; a change applies on top of it.
    pub fn receive(&mut self, bytes: &[u8]) {
        match CopyMessage::decode(bytes) {
            Ok(CopyMessage::Start(export)) => match crate::storage::import_format_3(&export) {
                Ok(ws) => self.ws = Some(ws),
                Err(_) => self.skipped += 1,
            },
            Ok(CopyMessage::Change(entry)) => {
                let applied = self.ws.as_mut().is_some_and(|ws| ws.apply_entry(&entry).is_ok() || ws.log().last_seq() >= entry.seq);
                if !applied {
                    self.skipped += 1;
                }
            }
            Err(_) => self.skipped += 1,
        }
    }
}

/// One trainee on the board.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Their user (from the subject the server let them write: not their own word).
    pub user: String,
    /// The name they gave.
    pub name: String,
    /// Their progress.
    pub progress: Progress,
    /// Not finished, and no action for `STUCK_AFTER`.
    pub stuck: bool,
    /// Every checkpoint reached.
    pub complete: bool,
}

/// The trainer's board: the latest report of each trainee.
#[derive(Debug, Clone, Default)]
pub struct Board {
    reports: BTreeMap<String, Report>,
}

impl Board {
    /// Takes a report sent on `user`'s subject; a report of another lesson, or that is not a
    /// report, is ignored (false).
    pub fn receive(&mut self, user: &str, bytes: &[u8], lesson: &Lesson) -> bool {
        match Report::decode(bytes) {
            Some(r) if r.progress.lesson == lesson.id => {
                self.reports.insert(user.to_string(), r);
                true
            }
            _ => false,
        }
    }

    /// The rows, by user, at `now`.
    pub fn rows(&self, lesson: &Lesson, now: Timestamp) -> Vec<Row> {
        self.reports
            .iter()
            .map(|(user, r)| {
                let complete = r.progress.complete(lesson);
                let last = r.progress.last.as_ref().map_or(r.progress.started, |l| l.at);
                Row { user: user.clone(), name: r.name.clone(), progress: r.progress.clone(), stuck: !complete && now.0 - last.0 >= STUCK_AFTER, complete }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::builtin;

    #[test]
    fn the_board_keeps_each_trainees_latest_report_and_marks_who_is_stuck() {
        let lesson = builtin::lesson("portal-error").unwrap();
        let mut board = Board::default();
        let t0 = Timestamp(1_000_000);
        let mut p = Progress::new(&lesson, t0);
        assert!(board.receive("tia", &Report { name: "Tia".into(), progress: p.clone() }.encode(), &lesson));
        p.reached.insert("dee-provisioned".into(), t0.plus(20));
        p.acted("Retry Activation", t0.plus(20));
        assert!(board.receive("tom", &Report { name: "Tom".into(), progress: p.clone() }.encode(), &lesson));
        assert!(!board.receive("tom", b"garbage", &lesson));
        let other = builtin::lesson("activation-emails").unwrap();
        assert!(!board.receive("una", &Report { name: "Una".into(), progress: Progress::new(&other, t0) }.encode(), &lesson));
        let rows = board.rows(&lesson, t0.plus(STUCK_AFTER + 10));
        assert_eq!(rows.iter().map(|r| (r.user.as_str(), r.stuck)).collect::<Vec<_>>(), [("tia", true), ("tom", false)]);
        assert_eq!(rows[1].progress.reached.len(), 1);
    }

    #[test]
    fn a_followed_copy_is_rebuilt_from_its_snapshot_and_changes() {
        let lesson = builtin::lesson("activation-emails").unwrap();
        let mut n = 0u64;
        let mut tokens = || {
            n += 1;
            crate::model::Token(format!("{n:032x}").into())
        };
        let mut ws = lesson.start_workspace(Timestamp(1_000_000), &mut tokens).unwrap();
        let mut follow = Follow::default();
        follow.receive(&CopyMessage::Start(crate::storage::export(&ws).unwrap()).encode());
        let org = *ws.control().orgs().keys().next().unwrap();
        ws.apply(crate::Command::SetAutomaticActivationEmails { org, enabled: false }, Timestamp(1_000_100), &mut tokens).unwrap();
        let entry = ws.log().entries().last().unwrap().clone();
        follow.receive(&CopyMessage::Change(entry.clone()).encode());
        follow.receive(&CopyMessage::Change(entry).encode()); // twice: applied once
        follow.receive(&[9, 9]);
        assert_eq!(follow.skipped, 1);
        assert_eq!(follow.ws.as_ref(), Some(&ws));
        assert_eq!(ClockMessage::decode(&ClockMessage { id: 7, days: 14 }.encode()), Some(ClockMessage { id: 7, days: 14 }));
        assert_eq!(ClockMessage::decode(br#"{"id":1,"days":0}"#), None);
        assert!(valid_name("class-a_2") && !valid_name("") && !valid_name("a.b") && !valid_name("a>") && !valid_name(&"a".repeat(65)));
    }
}
