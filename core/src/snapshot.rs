//! The stored form of a workspace: a versioned envelope, used for browser storage and for
//! whole-workspace export and import. Decoding never panics; an unreadable or newer value is
//! reported so the caller can keep it aside instead of overwriting it.

use crate::workspace::{LogEntry, Workspace, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};

/// The `format` field every envelope carries.
pub const FORMAT: &str = "flowthrough-workspace";

/// Where the bulk of a stored workspace is, when the envelope does not carry it.
pub const IN_INDEXEDDB: &str = "indexeddb";

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    schema: u32,
    revision: u64,
    workspace: &'a Workspace,
}

#[derive(Serialize)]
struct PointerOut<'a> {
    format: &'a str,
    schema: u32,
    revision: u64,
    stored_in: &'a str,
}

#[derive(Deserialize)]
struct Head {
    format: Option<String>,
    schema: Option<u32>,
    #[serde(default)]
    revision: u64,
    stored_in: Option<String>,
}

/// The whole envelope in one pass (a big workspace is parsed once, not once for the head and
/// again for the body).
#[derive(Deserialize)]
struct EnvelopeIn {
    format: Option<String>,
    schema: Option<u32>,
    #[serde(default)]
    revision: u64,
    stored_in: Option<String>,
    workspace: Option<Workspace>,
}

/// A decoded envelope: the workspace and the storage revision it was saved as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// The workspace.
    pub workspace: Workspace,
    /// The storage revision (0 in exports and in version 1 data, which had none).
    pub revision: u64,
    /// The format version the data was written in (older ones were migrated on reading).
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

/// Why a stored or imported value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Not JSON at all (truncated, or another file).
    #[error("The data is not valid JSON ({0}); it may be truncated or not a flowthrough workspace.")]
    NotJson(String),
    /// JSON, but not a flowthrough envelope.
    #[error("The data is JSON but not a flowthrough workspace export.")]
    NotWorkspace,
    /// Written by a newer flowthrough.
    #[error("The data was written by a newer flowthrough (format version {found}; this one reads up to {supported}). Open it with the newer version, or export it and start fresh.")]
    Newer {
        /// Version found.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The right format, but a field is missing or wrong.
    #[error("The workspace data is damaged: {0}.")]
    Corrupt(String),
}

/// Serializes a workspace into its envelope, as storage revision `revision` (0 for exports).
pub fn encode(ws: &Workspace, revision: u64) -> String {
    serde_json::to_string(&EnvelopeOut { format: FORMAT, schema: SCHEMA_VERSION, revision, workspace: ws }).unwrap_or_default()
}

/// The small envelope left in localStorage when the workspace itself is kept in IndexedDB.
pub fn encode_pointer(revision: u64) -> String {
    serde_json::to_string(&PointerOut { format: FORMAT, schema: SCHEMA_VERSION, revision, stored_in: IN_INDEXEDDB }).unwrap_or_default()
}

fn head(text: &str) -> Result<Head, DecodeError> {
    let head: Head = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            DecodeError::NotWorkspace
        } else {
            DecodeError::NotJson(e.to_string())
        }
    })?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(DecodeError::NotWorkspace);
    }
    let schema = head.schema.ok_or(DecodeError::Corrupt("the format version is missing".into()))?;
    if schema > SCHEMA_VERSION {
        return Err(DecodeError::Newer { found: schema, supported: SCHEMA_VERSION });
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

/// Reads an envelope, migrating older versions forward, and checks the workspace is
/// consistent.
///
/// Migrations, one per version:
/// - 1 → 2: version 1 had no storage revision (it kept it under a separate key) and wrote
///   every field, including empty ones; version 2 leaves empty fields out and carries the
///   revision, so version 1 data reads as revision 0 with its fields as they were.
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
        return Err(DecodeError::NotWorkspace);
    }
    let from_schema = env.schema.ok_or(DecodeError::Corrupt("the format version is missing".into()))?;
    if from_schema > SCHEMA_VERSION {
        return Err(DecodeError::Newer { found: from_schema, supported: SCHEMA_VERSION });
    }
    if env.stored_in.is_some() {
        return Err(DecodeError::Corrupt("this is a pointer to a workspace kept in browser storage, not the workspace itself".into()));
    }
    let mut ws = env.workspace.ok_or(DecodeError::Corrupt("the workspace is missing".into()))?;
    let revision = if from_schema == 1 { 0 } else { env.revision };
    ws.schema = SCHEMA_VERSION;
    let problems = check(&ws);
    if !problems.is_empty() {
        let more = problems.len().saturating_sub(5);
        let mut msg = problems.into_iter().take(5).collect::<Vec<_>>().join("; ");
        if more > 0 {
            msg.push_str(&format!("; and {more} more"));
        }
        return Err(DecodeError::Corrupt(msg));
    }
    ws.rebuild_index();
    Ok(Stored { workspace: ws, revision, from_schema })
}

/// One journal entry's stored form: a log entry (the command, its time and tokens, and the
/// events it gave, which are checked when it is applied again).
pub fn encode_entry(entry: &LogEntry) -> String {
    serde_json::to_string(entry).unwrap_or_default()
}

/// Reads a journal entry.
pub fn decode_entry(text: &str) -> Result<LogEntry, DecodeError> {
    serde_json::from_str(text).map_err(|e| if e.is_data() { DecodeError::Corrupt(e.to_string()) } else { DecodeError::NotJson(e.to_string()) })
}

/// What is inconsistent in a workspace that parsed (references to missing things, duplicate
/// emails or BroadWorks IDs). Empty for every workspace the core itself produced.
pub fn check(ws: &Workspace) -> Vec<String> {
    use std::collections::HashSet;
    let mut out = Vec::new();
    for c in ws.customers.values() {
        if !ws.templates.contains_key(&c.template) {
            out.push(format!("customer {} refers to missing template {}", c.id, c.template));
        }
        if let Some(o) = c.org.filter(|o| !ws.orgs.contains_key(o)) {
            out.push(format!("customer {} refers to missing organization {o}", c.id));
        }
    }
    for s in ws.subscribers.values() {
        if !ws.customers.contains_key(&s.customer) {
            out.push(format!("subscriber {} refers to missing customer {}", s.id, s.customer));
        }
        if let Some(u) = s.user.filter(|u| !ws.users.contains_key(u)) {
            out.push(format!("subscriber {} refers to missing user {u}", s.id));
        }
    }
    let mut emails = HashSet::new();
    let mut bwids = HashSet::new();
    for u in ws.users.values() {
        if !ws.orgs.contains_key(&u.org) {
            out.push(format!("user {} refers to missing organization {}", u.id, u.org));
        }
        if !emails.insert(&u.email) {
            out.push(format!("email {} belongs to two users", u.email));
        }
        if let Some(b) = &u.broadworks_user_id {
            if !bwids.insert(b) {
                out.push(format!("BroadWorks ID {b} belongs to two users"));
            }
        }
    }
    let max_id = ws.templates.keys().map(|i| i.0)
        .chain(ws.customers.keys().map(|i| i.0))
        .chain(ws.subscribers.keys().map(|i| i.0))
        .chain(ws.orgs.keys().map(|i| i.0))
        .chain(ws.users.keys().map(|i| i.0))
        .max()
        .unwrap_or(0);
    if max_id > ws.last_id {
        out.push(format!("id {max_id} is above the last id handed out ({})", ws.last_id));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let ws = Workspace::new();
        assert_eq!(decode(&encode(&ws, 7)).unwrap(), Stored { workspace: ws, revision: 7, from_schema: SCHEMA_VERSION });
        assert_eq!(locate(&encode(&Workspace::new(), 7)), Ok(Located::Inline));
        assert_eq!(locate(&encode_pointer(9)), Ok(Located::IndexedDb { revision: 9 }));
        assert!(matches!(decode(&encode_pointer(9)), Err(DecodeError::Corrupt(_))));
    }

    fn sample() -> Workspace {
        crate::demo::sample(crate::Timestamp(1_795_317_420), &mut crate::demo::SeededTokens(crate::demo::Rng::new(3))).unwrap()
    }

    /// `tests/fixtures/workspace-v1.json` was written by version 1 (the demo workspace, seed 3,
    /// at a fixed time) and must keep reading as the same workspace.
    #[test]
    fn migrates_version_1() {
        let v1 = include_str!("../tests/fixtures/workspace-v1.json");
        assert!(v1.contains("\"schema\":1") && v1.contains("\"error\":null"), "the fixture is version 1 data");
        let stored = decode(v1).expect("version 1 reads");
        assert_eq!((stored.revision, stored.from_schema), (0, 1));
        assert_eq!(stored.workspace, sample());
        assert_eq!(stored.workspace.schema, SCHEMA_VERSION);
        // Written back it is version 2, smaller, and reads as the same workspace.
        let v2 = encode(&stored.workspace, 1);
        assert!(v2.len() < v1.len(), "{} >= {}", v2.len(), v1.len());
        assert_eq!(decode(&v2).unwrap().workspace, stored.workspace);
    }

    #[test]
    fn journal_entries_apply_in_order_and_only_as_logged() {
        let full = sample();
        let split = full.log.len() - 3;
        let mut ws = Workspace::replay(&full.log[..split]).unwrap();
        let entries: Vec<LogEntry> = full.log[split..].iter().map(|e| decode_entry(&encode_entry(e)).unwrap()).collect();
        // Out of order: refused, nothing changed.
        let before = ws.clone();
        assert!(ws.apply_entry(&entries[1]).is_err());
        assert_eq!(ws, before);
        for e in &entries {
            ws.apply_entry(e).unwrap();
        }
        assert_eq!(ws, full);
        // An entry whose events were tampered with is refused.
        let mut ws = Workspace::replay(&full.log[..split]).unwrap();
        let mut forged = entries[0].clone();
        forged.events.clear();
        assert!(ws.apply_entry(&forged).is_err());
        assert!(matches!(decode_entry("{\"seq\":"), Err(DecodeError::NotJson(_))));
        assert!(matches!(decode_entry("{\"seq\":1}"), Err(DecodeError::Corrupt(_))));
    }

    #[test]
    fn inconsistent_workspaces_are_refused_with_what_is_wrong() {
        let mut ws = crate::demo::sample(crate::Timestamp(1_795_317_420), &mut crate::demo::SeededTokens(crate::demo::Rng::new(1))).unwrap();
        assert_eq!(decode(&encode(&ws, 0)).unwrap().workspace, ws);
        let first = *ws.customers.keys().next().unwrap();
        ws.customers.remove(&first);
        match decode(&encode(&ws, 0)) {
            Err(DecodeError::Corrupt(msg)) => assert!(msg.contains("refers to missing customer"), "{msg}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reports_bad_values_without_panicking() {
        assert!(matches!(decode(""), Err(DecodeError::NotJson(_))));
        assert!(matches!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":1,\"workspace\":{"), Err(DecodeError::NotJson(_))));
        assert_eq!(decode("[1,2]"), Err(DecodeError::NotWorkspace));
        assert_eq!(decode("{\"a\":1}"), Err(DecodeError::NotWorkspace));
        assert_eq!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":99}"), Err(DecodeError::Newer { found: 99, supported: SCHEMA_VERSION }));
        assert!(matches!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":1,\"workspace\":{\"schema\":1}}"), Err(DecodeError::Corrupt(_))));
    }
}
