//! Partner Hub pages.

pub mod customer;
pub mod customers;
pub mod template;
pub mod templates;
pub mod user_status;
