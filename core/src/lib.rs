//! # flowthrough-core
//!
//! Every provisioning rule of flowthrough, as a deterministic state machine with no IO, no
//! clock and no randomness: the caller passes `now` and a [`TokenSource`] with every command.
//! The same commands with the same inputs always give the same [`Workspace`], so a whole
//! session replays from its log ([`Workspace::replay`]).
//!
//! - Partner Hub (Webex for BroadWorks, seeds 000–002): templates, customers, subscribers and
//!   their provisioning status; the User Activation Portal; Retry Activation, Delete User,
//!   Change Package Type, Copy Error Text; the User Status view's queries and CSV export.
//! - Control Hub (seeds 003–004): organizations, user states and the ways into each, domains,
//!   claims, directory sync, site linking, activation emails.
//!
//! See `RULES.md` in this crate for each seed rule and the test that covers it.

pub mod allowed;
pub mod arena;
pub mod command;
pub mod demo;
pub mod diagnosis;
pub mod email;
pub mod error;
pub mod event;
pub mod import;
pub mod lesson;
pub mod mail;
pub mod model;
pub mod query;
pub mod realdata;
pub mod storage;
pub mod sync;
pub mod text;
pub mod time;
pub mod timeline;
pub mod transitions;
pub mod workspace;
pub mod partner;
pub mod control;
pub mod log;
mod index;

pub use allowed::{Bulk, BulkAction, SubscriberAction, SubscriberBulk, UserAction};
pub use command::*;
pub use email::{Email, EmailError};
pub use error::CommandError;
pub use event::Event;
pub use log::{History, Log, LogEntry, TokenSource};
pub use mail::composer;
pub use mail::{MailContent, MailLink, Message};
pub use model::*;
pub use time::Timestamp;
pub use storage::FORMAT_VERSION;
pub use workspace::{ReplayError, ReplayReason, Workspace};
pub use partner::{Partner, PartnerHub};
pub use control::ControlHub;
pub use index::SearchText;
pub use mail::Mail;
