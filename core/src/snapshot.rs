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
    ws.rebuild_index();
    Ok(ws)
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
    fn reports_bad_values_without_panicking() {
        assert!(matches!(decode(""), Err(DecodeError::NotJson(_))));
        assert!(matches!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":1,\"workspace\":{"), Err(DecodeError::NotJson(_))));
        assert_eq!(decode("[1,2]"), Err(DecodeError::NotWorkspace));
        assert_eq!(decode("{\"a\":1}"), Err(DecodeError::NotWorkspace));
        assert_eq!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":99}"), Err(DecodeError::Newer { found: 99, supported: SCHEMA_VERSION }));
        assert!(matches!(decode("{\"format\":\"flowthrough-workspace\",\"schema\":1,\"workspace\":{\"schema\":1}}"), Err(DecodeError::Corrupt(_))));
    }
}
