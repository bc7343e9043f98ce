//! The only module that touches where workspaces are kept. One interface for the store:
//! - [`local`] (re-exported here): this browser's copy, in localStorage and IndexedDB, as
//!   format-3 parts; every workspace has one, shared or not.
//! - [`shared`]: a shared workspace's server, NATS JetStream, reached through the NATS project's
//!   JavaScript client, which is fetched only when a shared workspace is opened; and the record
//!   of which shared workspace this browser is in (with the changes still waiting to be sent).
//!
//! What is replicated and how waiting changes are rebased is the core's (`flowthrough_core::sync`);
//! the store (`src/store.rs`) and the sharing controller (`src/share/`) decide when to call.

mod local;
pub mod shared;

pub use local::*;
