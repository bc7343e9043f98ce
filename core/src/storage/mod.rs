//! The stored form of a workspace, format 3: compact binary parts, each behind a header with
//! the format version and a checksum, so a truncated or damaged value is caught before it is
//! decoded. Decoding never panics; an unreadable or newer value is reported so the caller can
//! keep it aside instead of overwriting it.
//!
//! # Parts
//! A workspace is stored as separate parts, so that opening it reads only its state:
//! - **state** ([`PartKind::State`]): everything the rules read (templates, customers,
//!   subscribers, organizations, users, links, ids, the sandbox clock) and how many log entries
//!   and emails there are. Nothing derivable (indexes, sort orders, counts, search text) is
//!   stored; it is rebuilt on load.
//! - **change** ([`PartKind::Change`]): one journal entry, one applied command with its time,
//!   tokens and events (a few dozen bytes).
//! - **audit segment** ([`PartKind::Audit`]): log entries `first..first + n`, appended as the
//!   journal is folded into the state; read only when the Audit log is opened.
//! - **mail segment** ([`PartKind::Mail`]): emails `first..first + n`, as their kind,
//!   recipient and parameters, not their text; read only when the Mailbox is opened.
//! - **export** ([`PartKind::Export`]): a state, an audit segment and a mail segment together,
//!   the Workspace page's file.
//!
//! # Layout of a part
//! | bytes | what |
//! |---|---|
//! | 2 | `FT` |
//! | 1 | format version (3) |
//! | 1 | part kind |
//! | 4 | payload length, little-endian |
//! | 4 | xxHash32 of the payload (seed 0), little-endian |
//! | n | payload |
//!
//! The payload is a sequence of values written by [`wire`]: LEB128 varints, zigzag deltas for
//! times and ids, strings written once and then referred to by distance (an address is split
//! at its `@`, so a domain is written once), 128-bit tokens as 16 bytes. [`codec`] says how
//! each type is laid out; every enum variant has a fixed tag.

pub mod codec;
pub mod dense;
pub mod v2;
pub mod wire;

use crate::log::History;
use crate::mail::Message;
use crate::model::*;
use crate::control::ControlHub;
use crate::log::{Log, LogEntry};
use crate::mail::Mail;
use crate::partner::{Imported, Partner, PartnerHub};
use crate::workspace::Workspace;
use codec::Wire;
use std::collections::BTreeMap;
use crate::text::{Arg, Text};
use wire::{Reader, WireError, Writer};

/// The version of the stored format. Bump it and add a migration when the format changes.
pub const FORMAT_VERSION: u8 = 3;

const MAGIC: &[u8; 2] = b"FT";
const HEADER: usize = 12;

/// What a stored value holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// The workspace's state.
    State = 1,
    /// One journal entry.
    Change = 2,
    /// A run of audit log entries.
    Audit = 3,
    /// A run of emails.
    Mail = 4,
    /// A whole workspace, for a file.
    Export = 5,
}

impl PartKind {
    /// Every kind (its message is `part-<variant>`).
    pub const ALL: [PartKind; 5] = [PartKind::State, PartKind::Change, PartKind::Audit, PartKind::Mail, PartKind::Export];

    fn name(self) -> &'static str {
        match self {
            PartKind::State => "a workspace state",
            PartKind::Change => "a saved change",
            PartKind::Audit => "part of the audit log",
            PartKind::Mail => "part of the mailbox",
            PartKind::Export => "a workspace export",
        }
    }
}

/// Why a stored or imported value could not be read. Each message says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Neither format 3 nor one of the JSON formats before it.
    #[error("This is not flowthrough data. Choose a file exported from the Workspace page.")]
    NotFlowthrough,
    /// Written by a newer flowthrough.
    #[error("The data was written by a newer flowthrough (format version {found}; this one reads up to {supported}). Open it with the newer version, or export it and start fresh.")]
    Newer {
        /// Version found.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// Shorter than its header says.
    #[error("The data is cut short ({found} of {expected} bytes): it was not saved or copied completely. Use a complete copy.")]
    Truncated {
        /// Bytes the header announces.
        expected: usize,
        /// Bytes there are.
        found: usize,
    },
    /// The checksum does not match.
    #[error("The data is damaged (its checksum does not match): some bytes changed after it was written. Use another copy.")]
    Damaged,
    /// A part of another kind where this one was expected.
    #[error("The data is {}, not {}.", found.name(), expected.name())]
    WrongPart {
        /// What was expected.
        expected: PartKind,
        /// What was found.
        found: PartKind,
    },
    /// JSON of an older version that is not valid JSON.
    #[error("The data is not valid JSON ({0}); it may be truncated or not a flowthrough workspace.")]
    NotJson(String),
    /// The right format, but a value is missing, wrong or inconsistent.
    #[error("The workspace data is damaged: {0}.")]
    Corrupt(String),
}

impl DecodeError {
    /// What to tell a person, in their language (`decode-…`; the English is this error's
    /// `Display`). A damaged value's technical detail is passed on as it is.
    pub fn text(&self) -> Text {
        match self {
            DecodeError::NotFlowthrough => Text::new("decode-not-flowthrough"),
            DecodeError::Newer { found, supported } => Text::new("decode-newer").with("found", i64::from(*found)).with("supported", i64::from(*supported)),
            DecodeError::Truncated { expected, found } => Text::new("decode-truncated").with("expected", *expected as i64).with("found", *found as i64),
            DecodeError::Damaged => Text::new("decode-damaged"),
            DecodeError::WrongPart { expected, found } => Text::new("decode-wrong-part").with("expected", Arg::code("part", format!("{expected:?}"))).with("found", Arg::code("part", format!("{found:?}"))),
            DecodeError::NotJson(detail) => Text::new("decode-not-json").with("technical", detail.as_str()),
            DecodeError::Corrupt(detail) => Text::new("decode-corrupt").with("technical", detail.as_str()),
        }
    }
}

impl From<WireError> for DecodeError {
    fn from(e: WireError) -> Self {
        DecodeError::Corrupt(e.to_string())
    }
}

/// The checksum a part's header carries for its payload (xxHash32, seed 0).
pub fn checksum(payload: &[u8]) -> u32 {
    xxhash_rust::xxh32::xxh32(payload, 0)
}

/// Puts the header in front of a payload.
fn seal(kind: PartKind, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_VERSION);
    out.push(kind as u8);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&checksum(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// The kind of part `bytes` claims to be, if it is format 3 at all.
pub fn part_kind(bytes: &[u8]) -> Option<PartKind> {
    if bytes.len() < 4 || &bytes[..2] != MAGIC || bytes[2] != FORMAT_VERSION {
        return None;
    }
    PartKind::ALL.into_iter().find(|k| *k as u8 == bytes[3])
}

/// Checks the header and checksum and returns the payload; nothing is decoded before this.
fn open(kind: PartKind, bytes: &[u8]) -> Result<&[u8], DecodeError> {
    if bytes.len() < 3 || &bytes[..2] != MAGIC {
        return Err(DecodeError::NotFlowthrough);
    }
    if bytes[2] > FORMAT_VERSION {
        return Err(DecodeError::Newer { found: bytes[2].into(), supported: FORMAT_VERSION.into() });
    }
    if bytes[2] != FORMAT_VERSION {
        return Err(DecodeError::NotFlowthrough);
    }
    if bytes.len() < HEADER {
        return Err(DecodeError::Truncated { expected: HEADER, found: bytes.len() });
    }
    let found = part_kind(bytes).ok_or(DecodeError::Corrupt("unknown part kind".into()))?;
    if found != kind {
        return Err(DecodeError::WrongPart { expected: kind, found });
    }
    let len = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    let sum = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    let payload = &bytes[HEADER..];
    if payload.len() < len {
        return Err(DecodeError::Truncated { expected: HEADER + len, found: bytes.len() });
    }
    if payload.len() > len {
        return Err(DecodeError::Corrupt(format!("{} bytes follow the end of the data", payload.len() - len)));
    }
    if checksum(payload) != sum {
        return Err(DecodeError::Damaged);
    }
    Ok(payload)
}

fn done(r: &mut Reader) -> Result<(), DecodeError> {
    r.seal()?;
    if r.at_end() {
        Ok(())
    } else {
        Err(DecodeError::Corrupt("unexpected bytes after the last value".into()))
    }
}

/// Storage details kept with a state: the storage revision it is, and the generation of the
/// stored workspace it belongs to (a new one each time the whole workspace is replaced).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StateMeta {
    /// The storage revision.
    pub revision: u64,
    /// The generation.
    pub generation: u64,
}

/// The state part of a workspace (not its audit log or emails, of which it keeps the counts).
pub fn encode_state(ws: &Workspace, meta: StateMeta) -> Vec<u8> {
    let mut w = Writer::new();
    w.uint(meta.revision);
    w.uint(meta.generation);
    let (partner, control, mail, log) = (ws.partner(), ws.control(), ws.mail(), ws.log());
    partner.details().put(&mut w);
    w.uint(log.last_id());
    w.int(log.clock_offset());
    w.len_of(log.entries().len());
    w.len_of(mail.outbox().len());
    let put_all = |w: &mut Writer<'_>, n: usize| w.len_of(n);
    put_all(&mut w, partner.templates().len());
    partner.templates().values().for_each(|t| t.put(&mut w));
    put_all(&mut w, partner.customers().len());
    partner.customers().values().for_each(|c| c.put(&mut w));
    put_all(&mut w, control.orgs().len());
    control.orgs().values().for_each(|o| o.put(&mut w));
    put_all(&mut w, partner.subscribers().len());
    partner.subscribers().values().for_each(|s| s.put(&mut w));
    put_all(&mut w, control.users().len());
    control.users().values().for_each(|u| u.put(&mut w));
    put_all(&mut w, mail.links().len());
    for (t, l) in mail.links() {
        t.put(&mut w);
        l.put(&mut w);
    }
    // A workspace of real data (an import from the Webex API) ends with what the import read
    // beyond the model's fields; any other workspace's bytes end here, as before. An older
    // build finds bytes after the last value it knows and refuses the part, so it never
    // overwrites what it could not read.
    let imported = partner.imported();
    if !imported.is_empty() {
        w.len_of(imported.templates.len());
        imported.templates.iter().for_each(|t| t.put(&mut w));
        w.len_of(imported.subscribers.len());
        for (s, facts) in &imported.subscribers {
            s.put(&mut w);
            facts.put(&mut w);
        }
    }
    seal(PartKind::State, &w.into_bytes())
}

fn map_of<K: Ord, T>(items: Vec<T>, key: impl Fn(&T) -> K, what: &str) -> Result<BTreeMap<K, T>, DecodeError> {
    let n = items.len();
    let map: BTreeMap<K, T> = items.into_iter().map(|t| (key(&t), t)).collect();
    if map.len() != n {
        return Err(DecodeError::Corrupt(format!("two {what} have the same id")));
    }
    Ok(map)
}

/// The same state part with other storage details (revision, generation), the rest as it is: a
/// state received whole (a shared workspace's snapshot) is kept without being encoded again.
pub fn restamp_state(bytes: &[u8], meta: StateMeta) -> Result<Vec<u8>, DecodeError> {
    let payload = open(PartKind::State, bytes)?;
    let mut r = Reader::new(payload);
    r.uint()?;
    r.uint()?;
    let rest = &payload[r.position()..];
    let mut w = Writer::new();
    w.uint(meta.revision);
    w.uint(meta.generation);
    w.raw(rest);
    Ok(seal(PartKind::State, &w.into_bytes()))
}

/// Reads a state part: the workspace (with its audit log and emails left unread in storage,
/// only counted) and its storage details. The workspace is checked for consistency and its
/// indexes are built.
pub fn decode_state(bytes: &[u8]) -> Result<(Workspace, StateMeta), DecodeError> {
    let payload = open(PartKind::State, bytes)?;
    let mut r = Reader::new(payload);
    let meta = StateMeta { revision: r.uint()?, generation: r.uint()? };
    let details: Partner = Wire::get(&mut r)?;
    let last_id = r.uint()?;
    let clock_offset = r.int()?;
    let log_len = usize::try_from(r.uint()?).map_err(|_| DecodeError::Corrupt("log length".into()))?;
    let outbox_len = usize::try_from(r.uint()?).map_err(|_| DecodeError::Corrupt("outbox length".into()))?;
    let templates = map_of(Vec::<Template>::get(&mut r)?, |t| t.id, "templates")?;
    let customers = map_of(Vec::<Customer>::get(&mut r)?, |c| c.id, "customers")?;
    let orgs = map_of(Vec::<Org>::get(&mut r)?, |o| o.id, "organizations")?;
    let subscribers = map_of(Vec::<Subscriber>::get(&mut r)?, |s| s.id, "subscribers")?;
    let users = map_of(Vec::<User>::get(&mut r)?, |u| u.id, "users")?;
    let links = Vec::<(Token, Link)>::get(&mut r)?;
    let mut imported = Imported::default();
    if !r.at_end() {
        imported.templates = Vec::<TemplateId>::get(&mut r)?.into_iter().collect();
        imported.subscribers = Vec::<(SubscriberId, Reported)>::get(&mut r)?.into_iter().collect();
    }
    // Sealed first: the tokens are compared below.
    done(&mut r)?;
    let n = links.len();
    let links: BTreeMap<Token, Link> = links.into_iter().collect();
    if links.len() != n {
        return Err(DecodeError::Corrupt("two links have the same token".into()));
    }
    // Duplicate emails and BroadWorks IDs are found while indexing; references here.
    let (ws, duplicates) = Workspace::from_parts(
        PartnerHub::from_parts(details, templates, customers, subscribers, imported),
        ControlHub::from_parts(orgs, users),
        Mail::from_parts(History::unread(outbox_len, Vec::new()), links),
        Log::from_parts(History::unread(log_len, Vec::new()), last_id, clock_offset),
    );
    let mut problems = references(&ws);
    problems.extend(duplicates);
    report(problems)?;
    Ok((ws, meta))
}

/// One journal entry.
pub fn encode_change(entry: &LogEntry) -> Vec<u8> {
    let mut w = Writer::new();
    w.uint(entry.seq);
    codec::put_entry(entry, &mut w);
    seal(PartKind::Change, &w.into_bytes())
}

/// Reads a journal entry.
pub fn decode_change(bytes: &[u8]) -> Result<LogEntry, DecodeError> {
    let mut r = Reader::new(open(PartKind::Change, bytes)?);
    let seq = r.uint()?;
    let entry = codec::get_entry(seq, &mut r)?;
    done(&mut r)?;
    Ok(entry)
}

/// Audit log entries, which follow each other from `entries[0].seq` on.
pub fn encode_audit(entries: &[LogEntry]) -> Vec<u8> {
    let mut w = Writer::new();
    w.uint(entries.first().map_or(1, |e| e.seq));
    w.len_of(entries.len());
    for e in entries {
        codec::put_entry(e, &mut w);
    }
    seal(PartKind::Audit, &w.into_bytes())
}

/// Reads audit log entries (numbered from the segment's first).
pub fn decode_audit(bytes: &[u8]) -> Result<Vec<LogEntry>, DecodeError> {
    let mut r = Reader::new(open(PartKind::Audit, bytes)?);
    let first = r.uint()?;
    let n = r.len_of()?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n as u64 {
        out.push(codec::get_entry(first.saturating_add(i), &mut r)?);
    }
    done(&mut r)?;
    Ok(out)
}

/// Emails `first..first + messages.len()` of the outbox.
pub fn encode_mail(first: usize, messages: &[Message]) -> Vec<u8> {
    let mut w = Writer::new();
    w.len_of(first);
    w.len_of(messages.len());
    for m in messages {
        m.put(&mut w);
    }
    seal(PartKind::Mail, &w.into_bytes())
}

/// Reads a run of emails: where it starts in the outbox, and the emails.
pub fn decode_mail(bytes: &[u8]) -> Result<(usize, Vec<Message>), DecodeError> {
    let mut r = Reader::new(open(PartKind::Mail, bytes)?);
    let first = usize::try_from(r.uint()?).map_err(|_| DecodeError::Corrupt("mail position".into()))?;
    let messages = Vec::<Message>::get(&mut r)?;
    done(&mut r)?;
    Ok((first, messages))
}

/// A whole workspace as one file: its state, audit log and emails. The workspace must have
/// its whole history in memory ([`History::is_complete`]); `None` otherwise.
pub fn export(ws: &Workspace) -> Option<Vec<u8>> {
    if !ws.log().entries().is_complete() || !ws.mail().outbox().is_complete() {
        return None;
    }
    let mut w = Writer::new();
    for part in [encode_state(ws, StateMeta::default()), encode_audit(ws.log().entries().loaded()), encode_mail(0, ws.mail().outbox().loaded())] {
        w.len_of(part.len());
        w.raw(&part);
    }
    Some(seal(PartKind::Export, &w.into_bytes()))
}

/// Reads a whole workspace from a file: a format 3 export, or a format 1 or 2 JSON export,
/// which is migrated.
pub fn import(bytes: &[u8]) -> Result<Workspace, DecodeError> {
    if bytes.starts_with(MAGIC) {
        return import_format_3(bytes);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| DecodeError::NotFlowthrough)?;
    if !text.trim_start().starts_with('{') {
        return Err(DecodeError::NotFlowthrough);
    }
    v2::decode(text).map(|s| s.workspace)
}

/// Reads a format 3 export only (a shared workspace's snapshot: no older format to migrate, and
/// no JSON reader in the code that reads it).
pub fn import_format_3(bytes: &[u8]) -> Result<Workspace, DecodeError> {
    {
        let mut r = Reader::new(open(PartKind::Export, bytes)?);
        let part = |r: &mut Reader<'_>| -> Result<Vec<u8>, DecodeError> {
            let n = r.len_of()?;
            Ok(r.raw(n)?.to_vec())
        };
        let (state, audit, mail) = (part(&mut r)?, part(&mut r)?, part(&mut r)?);
        done(&mut r)?;
        let (mut ws, _) = decode_state(&state)?;
        ws.log.fill(decode_audit(&audit)?).map_err(|e| DecodeError::Corrupt(format!("the audit log: {e}")))?;
        let (_, messages) = decode_mail(&mail)?;
        ws.mail.fill(messages).map_err(|e| DecodeError::Corrupt(format!("the mailbox: {e}")))?;
        check_log(&ws)?;
        Ok(ws)
    }
}

fn check_log(ws: &Workspace) -> Result<(), DecodeError> {
    match ws.log().entries().loaded().iter().enumerate().find(|(i, e)| e.seq != *i as u64 + 1) {
        Some((i, e)) => Err(DecodeError::Corrupt(format!("audit log entry {} is numbered {}", i + 1, e.seq))),
        None => Ok(()),
    }
}

/// [`check`] as a result: the first problems, in words.
pub(crate) fn consistent(ws: &Workspace) -> Result<(), DecodeError> {
    report(check(ws))
}

fn report(problems: Vec<String>) -> Result<(), DecodeError> {
    if problems.is_empty() {
        return Ok(());
    }
    let more = problems.len().saturating_sub(5);
    let mut msg = problems.into_iter().take(5).collect::<Vec<_>>().join("; ");
    if more > 0 {
        msg.push_str(&format!("; and {more} more"));
    }
    Err(DecodeError::Corrupt(msg))
}

/// What is inconsistent in a workspace that decoded (references to missing things, duplicate
/// emails or BroadWorks IDs). Empty for every workspace the core itself produced.
pub fn check(ws: &Workspace) -> Vec<String> {
    use rustc_hash::FxHashSet as HashSet;
    let mut out = references(ws);
    let mut emails = HashSet::default();
    let mut bwids = HashSet::default();
    for u in ws.control().users().values() {
        if !emails.insert(&u.email) {
            out.push(format!("email {} belongs to two users", u.email));
        }
        if let Some(b) = &u.broadworks_user_id {
            if !bwids.insert(b) {
                out.push(format!("BroadWorks ID {b} belongs to two users"));
            }
        }
    }
    out
}

/// References to missing things, and ids above the last one handed out.
fn references(ws: &Workspace) -> Vec<String> {
    let mut out = Vec::new();
    for c in ws.partner().customers().values() {
        if !ws.partner().templates().contains_key(&c.template) {
            out.push(format!("customer {} refers to missing template {}", c.id, c.template));
        }
        if let Some(o) = c.org.filter(|o| !ws.control().orgs().contains_key(o)) {
            out.push(format!("customer {} refers to missing organization {o}", c.id));
        }
    }
    for s in ws.partner().subscribers().values() {
        if !ws.partner().customers().contains_key(&s.customer) {
            out.push(format!("subscriber {} refers to missing customer {}", s.id, s.customer));
        }
        if let Some(u) = s.user.filter(|u| !ws.control().users().contains_key(u)) {
            out.push(format!("subscriber {} refers to missing user {u}", s.id));
        }
    }
    for u in ws.control().users().values() {
        if !ws.control().orgs().contains_key(&u.org) {
            out.push(format!("user {} refers to missing organization {}", u.id, u.org));
        }
    }
    let max_id = ws.partner().templates().keys().map(|i| i.0)
        .chain(ws.partner().customers().keys().map(|i| i.0))
        .chain(ws.partner().subscribers().keys().map(|i| i.0))
        .chain(ws.control().orgs().keys().map(|i| i.0))
        .chain(ws.control().users().keys().map(|i| i.0))
        .max()
        .unwrap_or(0);
    if max_id > ws.log().last_id() {
        out.push(format!("id {max_id} is above the last id handed out ({})", ws.log().last_id()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{Rng, SeededTokens};
    use crate::Timestamp;

    fn sample() -> Workspace {
        crate::demo::sample(Timestamp(1_795_317_420), &mut SeededTokens(Rng::new(3))).unwrap()
    }

    /// The state, the audit log and the emails, read back from their parts.
    fn round_trip(ws: &Workspace) -> Workspace {
        let (mut back, meta) = decode_state(&encode_state(ws, StateMeta { revision: 7, generation: 3 })).unwrap();
        assert_eq!(meta, StateMeta { revision: 7, generation: 3 });
        back.log.fill(decode_audit(&encode_audit(ws.log().entries().loaded())).unwrap()).unwrap();
        back.mail.fill(decode_mail(&encode_mail(0, ws.mail().outbox().loaded())).unwrap().1).unwrap();
        back
    }

    #[test]
    fn parts_round_trip() {
        for ws in [Workspace::new(), sample(), crate::demo::large(300, 5, Timestamp(1_795_317_420))] {
            assert_eq!(round_trip(&ws), ws);
            assert_eq!(import(&export(&ws).unwrap()).unwrap(), ws);
            for e in ws.log().entries().loaded() {
                assert_eq!(&decode_change(&encode_change(e)).unwrap(), e);
            }
        }
    }

    #[test]
    fn a_restamped_state_is_the_state_encoded_with_its_new_details() {
        let ws = crate::demo::large(50, 3, crate::Timestamp(1_795_317_420));
        let before = encode_state(&ws, StateMeta { revision: 1, generation: 1 });
        let meta = StateMeta { revision: 123_456, generation: 70_000 };
        assert_eq!(restamp_state(&before, meta), Ok(encode_state(&ws, meta)));
        assert!(restamp_state(&before[..before.len() - 1], meta).is_err());
    }

    #[test]
    fn opening_reads_only_the_state() {
        let ws = sample();
        let (back, _) = decode_state(&encode_state(&ws, StateMeta::default())).unwrap();
        assert_eq!((back.log().entries().len(), back.log().entries().loaded().len()), (ws.log().entries().len(), 0));
        assert_eq!((back.mail().outbox().len(), back.mail().outbox().loaded().len()), (ws.mail().outbox().len(), 0));
        assert_eq!(back.partner().subscribers(), ws.partner().subscribers());
    }

    #[test]
    fn truncated_damaged_and_foreign_values_are_refused_before_decoding() {
        let bytes = encode_state(&sample(), StateMeta::default());
        assert!(matches!(decode_state(&bytes[..bytes.len() - 1]), Err(DecodeError::Truncated { .. })));
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(decode_state(&flipped), Err(DecodeError::Damaged));
        assert!(matches!(decode_change(&bytes), Err(DecodeError::WrongPart { .. })));
        let mut newer = bytes.clone();
        newer[2] = 4;
        assert!(matches!(decode_state(&newer), Err(DecodeError::Newer { found: 4, .. })));
        assert_eq!(decode_state(b"hello"), Err(DecodeError::NotFlowthrough));
        assert_eq!(import(b"PK\x03\x04zip"), Err(DecodeError::NotFlowthrough));
        let export = export(&sample()).unwrap();
        assert!(matches!(import(&export[..export.len() / 2]), Err(DecodeError::Truncated { .. })));
    }

    #[test]
    fn an_incomplete_history_is_not_exported() {
        let (ws, _) = decode_state(&encode_state(&sample(), StateMeta::default())).unwrap();
        assert!(export(&ws).is_none());
    }

    #[test]
    fn a_format_2_export_imports_as_the_same_workspace() {
        // The demo as version 1 wrote it, which format 2 reads the same way.
        let v1 = include_str!("../../tests/fixtures/workspace-v1.json");
        assert_eq!(import(v1.as_bytes()).unwrap(), sample());
    }
}
