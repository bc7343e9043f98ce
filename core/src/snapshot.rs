//! The stored form of a workspace: a versioned envelope, used for browser storage and for
//! whole-workspace export and import. Decoding never panics; an unreadable or newer value is
//! reported so the caller can keep it aside instead of overwriting it.

use crate::workspace::{Workspace, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};

/// The `format` field every envelope carries.
pub const FORMAT: &str = "flowthrough-workspace";

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    schema: u32,
    workspace: &'a Workspace,
}

#[derive(Deserialize)]
struct Head {
    format: Option<String>,
    schema: Option<u32>,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    workspace: Workspace,
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

/// Serializes a workspace into its envelope.
pub fn encode(ws: &Workspace) -> String {
    serde_json::to_string(&EnvelopeOut { format: FORMAT, schema: SCHEMA_VERSION, workspace: ws }).unwrap_or_default()
}

/// Reads an envelope, migrating older versions forward.
pub fn decode(text: &str) -> Result<Workspace, DecodeError> {
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
    // Version 1 is the first format; later versions add a migration step per version here.
    let env: EnvelopeIn = serde_json::from_str(text).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    let mut ws = env.workspace;
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
    Ok(ws)
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
        assert_eq!(decode(&encode(&ws)).unwrap(), ws);
    }

    #[test]
    fn inconsistent_workspaces_are_refused_with_what_is_wrong() {
        let mut ws = crate::demo::sample(crate::Timestamp(1_795_317_420), &mut crate::demo::SeededTokens(crate::demo::Rng::new(1))).unwrap();
        assert_eq!(decode(&encode(&ws)).unwrap(), ws);
        let first = *ws.customers.keys().next().unwrap();
        ws.customers.remove(&first);
        match decode(&encode(&ws)) {
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
