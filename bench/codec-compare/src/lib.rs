//! The codecs compared in BENCHMARKS.md ("Choosing the codec"), in the browser: each encodes and
//! decodes the same generated workspace (state, audit log, emails). Built with one feature to
//! measure the wasm a codec adds, or all three to time them side by side (`run.mjs`).
use flowthrough_core::*;
use wasm_bindgen::prelude::*;

#[path = "plain.rs"]
mod plain;
#[allow(unused_imports)] // the build with no codec (the size baseline) uses neither
use plain::{plain, Plain};

#[allow(dead_code)] // unused in the build with no codec
fn now() -> f64 {
    js_sys::Date::now()
}

/// `[codec, bytes, encode ms, decode ms]` for each codec built in, at `n` subscribers.
#[wasm_bindgen]
#[allow(unused_variables)] // with no codec built in, the workspace and the row helper go unused
pub fn run(n: usize) -> js_sys::Array {
    let ws = demo::large(n, 42, Timestamp(1_795_317_420));
    let out = js_sys::Array::new();
    let row = |name: &str, bytes: usize, enc: f64, dec: f64| {
        js_sys::Array::of4(&name.into(), &(bytes as f64).into(), &enc.into(), &dec.into())
    };
    #[cfg(feature = "postcard")]
    {
        let p = plain(&ws);
        let t0 = now();
        let b = postcard::to_allocvec(&p).unwrap_or_default();
        let t1 = now();
        let back = postcard::from_bytes::<Plain>(&b).map(|p| p.subscribers.len()).unwrap_or(0);
        let t2 = now();
        assert_eq!(back, n);
        out.push(&row("postcard", b.len(), t1 - t0, t2 - t1));
    }
    #[cfg(feature = "bitcode")]
    {
        let p = plain(&ws);
        let t0 = now();
        let b = bitcode::serialize(&p).unwrap_or_default();
        let t1 = now();
        let back = bitcode::deserialize::<Plain>(&b).map(|p| p.subscribers.len()).unwrap_or(0);
        let t2 = now();
        assert_eq!(back, n);
        out.push(&row("bitcode", b.len(), t1 - t0, t2 - t1));
    }
    #[cfg(feature = "format3")]
    {
        let t0 = now();
        let parts = [
            storage::encode_state(&ws, storage::StateMeta::default()),
            storage::encode_audit(ws.log.loaded()),
            storage::encode_mail(0, ws.outbox.loaded()),
        ];
        let t1 = now();
        let (mut back, _) = storage::decode_state(&parts[0]).expect("decodes");
        back.log.fill(storage::decode_audit(&parts[1]).expect("decodes")).expect("fills");
        back.outbox.fill(storage::decode_mail(&parts[2]).expect("decodes").1).expect("fills");
        let t2 = now();
        assert_eq!(back.subscribers.len(), n);
        out.push(&row("format 3 (all parts, with indexes)", parts.iter().map(Vec::len).sum(), t1 - t0, t2 - t1));
        let t3 = now();
        let state = storage::decode_state(&parts[0]).map(|(w, _)| w.subscribers.len()).unwrap_or(0);
        let t4 = now();
        assert_eq!(state, n);
        out.push(&row("format 3 (state only, with indexes)", parts[0].len(), f64::NAN, t4 - t3));
    }
    let _ = plain;
    out
}
