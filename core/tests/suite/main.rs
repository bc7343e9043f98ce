//! The core's integration tests, one test binary (each file under `tests/` would be a binary
//! of its own, each compiling and linking the core's generic code again): the seeds' scenarios
//! by area, the diagnosis, the timeline, lessons, the translations check and the property tests.

mod common;

mod control;
mod diagnosis;
mod import_api;
mod lessons;
mod locales;
mod partner;
mod properties;
mod timeline;
