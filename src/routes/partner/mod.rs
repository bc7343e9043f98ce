//! Partner Hub pages.

pub mod customers;
pub mod templates;
