//! One page per file, grouped by area.

pub mod activate;
pub mod bench;
pub mod control;
pub mod home;
pub mod link;
pub mod mailbox;
pub mod not_found;
pub mod partner;
pub mod workspace;
