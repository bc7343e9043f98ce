//! Browser tests (wasm-bindgen-test in headless Chromium), one module per area: mount the app at
//! a route, act as a person would (find controls by role and accessible name), and check the DOM
//! and storage.

#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod support;

mod control;
mod i18n;
mod lessons;
mod migration;
mod partner;
mod persistence;
mod portal;
mod share;
