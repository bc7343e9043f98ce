//! Control Hub pages.

pub mod orgs;
