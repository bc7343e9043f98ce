//! One page per file, grouped by area.

pub mod activate;
#[cfg(feature = "bench")]
pub mod bench;
pub mod demo;
pub mod control;
pub mod home;
pub mod link;
pub mod mailbox;
pub mod not_found;
pub mod partner;
pub mod replay;
pub mod timeline;
pub mod workspace;
