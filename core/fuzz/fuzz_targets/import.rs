//! The readers of a customer's real data, on arbitrary bytes: the Webex API's JSON and Control
//! Hub's users export each return a report or a refusal, never panic; what the JSON reader
//! accepts imports, exports in the API's shape and reads back as the same subscribers.
//! Run: `cd core/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run import -- -max_total_time=300`.
#![no_main]
use flowthrough_core::import::{self, api};
use flowthrough_core::Timestamp;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(preview) = api::read([("f.json", data)]) {
        for r in &preview.items {
            assert_eq!(r.value.is_some(), r.errors.is_empty());
        }
        if let Ok(ws) = flowthrough_core::realdata::into_workspace(&preview, Timestamp(1_796_000_000)) {
            let back = api::read([("e.json", flowthrough_core::realdata::to_json(&ws, false).as_bytes())]).expect("own export reads");
            assert_eq!(back.valid().collect::<Vec<_>>(), preview.valid().collect::<Vec<_>>());
            let _ = api::read([("r.json", flowthrough_core::realdata::to_json(&ws, true).as_bytes())]).expect("redacted export reads");
        }
    }
    let _ = import::control_hub_export(&String::from_utf8_lossy(data));
});
