//! Reading formats 1 and 2, the JSON envelopes of earlier versions (browser storage and
//! whole-workspace exports), so their data opens in this version and is migrated to format 3.
//!
//! Migrations, one per version:
//! - 1 → 2: version 1 had no storage revision (it kept it under a separate key) and wrote every
//!   field, including empty ones; version 2 leaves empty fields out and carries the revision.
//! - 2 → 3: emails were stored as their text; format 3 keeps their parameters
//!   ([`MailContent::recognize`], which keeps any text no kind writes as it was), and the
//!   workspace is binary (see the parent module).

use super::DecodeError;
use crate::log::History;
use crate::mail::{MailContent, MailLink};
use crate::mail::Message;
use crate::model::*;
use crate::time::Timestamp;
use crate::control::ControlHub;
use crate::log::{Log, LogEntry};
use crate::mail::Mail;
use crate::partner::{Partner, PartnerHub};
use crate::workspace::Workspace;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The `format` field every envelope carries.
pub const FORMAT: &str = "flowthrough-workspace";

/// Where the bulk of a stored workspace is, when the envelope does not carry it.
pub const IN_INDEXEDDB: &str = "indexeddb";

/// The newest JSON format.
pub const LAST_JSON_FORMAT: u32 = 2;

#[derive(Deserialize)]
struct Head {
    format: Option<String>,
    schema: Option<u32>,
    #[serde(default)]
    revision: u64,
    stored_in: Option<String>,
}

/// An email as format 2 stored it: its text.
#[derive(Deserialize)]
struct MessageV2 {
    id: MessageId,
    at: Timestamp,
    to: String,
    subject: String,
    body: String,
    #[serde(default)]
    link: Option<String>,
    kind: MessageKind,
    delivery: Delivery,
}

#[derive(Deserialize)]
struct WorkspaceV2 {
    partner: Partner,
    templates: BTreeMap<TemplateId, Template>,
    customers: BTreeMap<CustomerId, Customer>,
    subscribers: BTreeMap<SubscriberId, Subscriber>,
    orgs: BTreeMap<OrgId, Org>,
    users: BTreeMap<UserId, User>,
    outbox: Vec<MessageV2>,
    links: BTreeMap<Token, Link>,
    log: Vec<LogEntry>,
    last_id: u64,
    #[serde(default)]
    clock_offset: i64,
}

impl WorkspaceV2 {
    fn migrate(self) -> Workspace {
        let outbox: Vec<Message> = self
            .outbox
            .into_iter()
            .map(|m| Message {
                id: m.id,
                at: m.at,
                to: m.to,
                kind: m.kind,
                content: MailContent::recognize(&m.subject, &m.body),
                link: m.link.as_deref().map(MailLink::from_path),
                delivery: m.delivery,
            })
            .collect();
        let (ws, _) = Workspace::from_parts(
            PartnerHub::from_parts(self.partner, self.templates, self.customers, self.subscribers, Default::default()),
            ControlHub::from_parts(self.orgs, self.users),
            Mail::from_parts(History::from(outbox), self.links),
            Log::from_parts(History::from(self.log), self.last_id, self.clock_offset),
        );
        ws
    }
}

/// The whole envelope in one pass.
#[derive(Deserialize)]
struct EnvelopeIn {
    format: Option<String>,
    schema: Option<u32>,
    #[serde(default)]
    revision: u64,
    stored_in: Option<String>,
    workspace: Option<WorkspaceV2>,
}

/// A decoded envelope: the workspace and the storage revision it was saved as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// The workspace.
    pub workspace: Workspace,
    /// The storage revision (0 in exports and in version 1 data, which had none).
    pub revision: u64,
    /// The format version the data was written in.
    pub from_schema: u32,
}

/// What an envelope holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Located {
    /// The workspace itself.
    Inline,
    /// A pointer: the workspace of this revision is kept in IndexedDB.
    IndexedDb {
        /// Its revision.
        revision: u64,
    },
}

fn head(text: &str) -> Result<Head, DecodeError> {
    let head: Head = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            DecodeError::NotFlowthrough
        } else {
            DecodeError::NotJson(e.to_string())
        }
    })?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(DecodeError::NotFlowthrough);
    }
    let schema = head.schema.ok_or(DecodeError::Corrupt("the format version is missing".into()))?;
    if schema > LAST_JSON_FORMAT {
        return Err(DecodeError::Newer { found: schema, supported: super::FORMAT_VERSION.into() });
    }
    Ok(head)
}

/// Whether an envelope holds the workspace or points to IndexedDB, without reading the
/// workspace itself.
pub fn locate(text: &str) -> Result<Located, DecodeError> {
    let head = head(text)?;
    match head.stored_in.as_deref() {
        None => Ok(Located::Inline),
        Some(IN_INDEXEDDB) => Ok(Located::IndexedDb { revision: head.revision }),
        Some(other) => Err(DecodeError::Corrupt(format!("the workspace is said to be kept in \"{other}\", which this version does not know"))),
    }
}

/// Reads a format 1 or 2 envelope, migrating it to this version's workspace, and checks that the
/// workspace is consistent.
pub fn decode(text: &str) -> Result<Stored, DecodeError> {
    let env: EnvelopeIn = match serde_json::from_str(text) {
        Ok(env) => env,
        // Read the head alone to say precisely what is wrong (not JSON, not ours, newer).
        Err(e) => {
            head(text)?;
            return Err(DecodeError::Corrupt(e.to_string()));
        }
    };
    if env.format.as_deref() != Some(FORMAT) {
        return Err(DecodeError::NotFlowthrough);
    }
    let from_schema = env.schema.ok_or(DecodeError::Corrupt("the format version is missing".into()))?;
    if from_schema > LAST_JSON_FORMAT {
        return Err(DecodeError::Newer { found: from_schema, supported: super::FORMAT_VERSION.into() });
    }
    if env.stored_in.is_some() {
        return Err(DecodeError::Corrupt("this is a pointer to a workspace kept in browser storage, not the workspace itself".into()));
    }
    let ws = env.workspace.ok_or(DecodeError::Corrupt("the workspace is missing".into()))?.migrate();
    let revision = if from_schema == 1 { 0 } else { env.revision };
    super::consistent(&ws)?;
    Ok(Stored { workspace: ws, revision, from_schema })
}

/// Reads a format 2 journal entry: a log entry in JSON.
pub fn decode_entry(text: &str) -> Result<LogEntry, DecodeError> {
    serde_json::from_str(text).map_err(|e| if e.is_data() { DecodeError::Corrupt(e.to_string()) } else { DecodeError::NotJson(e.to_string()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Workspace {
        crate::demo::sample(crate::Timestamp(1_795_317_420), &mut crate::demo::SeededTokens(crate::demo::Rng::new(3))).unwrap()
    }

    /// `tests/fixtures/workspace-v1.json` was written by version 1 (the demo workspace, seed 3,
    /// at a fixed time) and must keep reading as the same workspace.
    #[test]
    fn migrates_version_1() {
        let v1 = include_str!("../../tests/fixtures/workspace-v1.json");
        assert!(v1.contains("\"schema\":1") && v1.contains("\"error\":null"), "the fixture is version 1 data");
        let stored = decode(v1).expect("version 1 reads");
        assert_eq!((stored.revision, stored.from_schema), (0, 1));
        assert_eq!(stored.workspace, sample());
        // Every email's text was recognized as one the system writes: nothing kept as text.
        assert!(stored.workspace.mail().outbox().iter().all(|m| !matches!(m.content, MailContent::Text { .. })));
    }

    #[test]
    fn reports_bad_values_without_panicking() {
        assert!(matches!(decode(""), Err(DecodeError::NotJson(_))));
        assert!(matches!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":1,\"workspace\":{"), Err(DecodeError::NotJson(_))));
        assert_eq!(decode("[1,2]"), Err(DecodeError::NotFlowthrough));
        assert_eq!(decode("{\"a\":1}"), Err(DecodeError::NotFlowthrough));
        assert!(matches!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":99}"), Err(DecodeError::Newer { found: 99, .. })));
        assert!(matches!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":1,\"workspace\":{\"schema\":1}}"), Err(DecodeError::Corrupt(_))));
        assert_eq!(locate("{\"format\":\"flowthrough-workspace\",\"schema\":2,\"revision\":9,\"stored_in\":\"indexeddb\"}"), Ok(Located::IndexedDb { revision: 9 }));
        assert!(matches!(decode_entry("{\"seq\":"), Err(DecodeError::NotJson(_))));
        assert!(matches!(decode_entry("{\"seq\":1}"), Err(DecodeError::Corrupt(_))));
    }
}
