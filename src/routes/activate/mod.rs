//! The User Activation Portal (end users).

pub mod portal;
