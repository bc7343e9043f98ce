//! The measurement behind the choice of format 3's codec: the same generated workspaces
//! encoded with postcard, bitcode (both through serde, on the model's derives) and the
//! hand-written format 3 (`flowthrough_core::storage`), each state + audit log + emails.
//! Prints bytes, encode and decode time (best of 3).
//! Run: `cargo run --release -p flowthrough-core --example codecs -- 1000 10000 100000`
use flowthrough_core::storage::{self, StateMeta};
use flowthrough_core::*;
use std::time::Instant;

#[path = "../../codec-compare/src/plain.rs"]
mod plain;
use plain::{plain, Plain};

fn best<T>(f: impl Fn() -> T) -> (T, f64) {
    let mut out = None;
    let mut ms = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let v = f();
        ms = ms.min(t.elapsed().as_secs_f64() * 1e3);
        out = Some(v);
    }
    (out.expect("ran"), ms)
}

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1_000, 10_000, 100_000] } else { sizes };
    println!("| Subscribers | Codec | Bytes | B/subscriber | Encode | Decode |");
    println!("|---|---|---|---|---|---|");
    for n in sizes {
        let ws = demo::large(n, 42, Timestamp(1_795_317_420));
        let p = plain(&ws);
        let row = |codec: &str, bytes: usize, enc: f64, dec: f64| {
            println!("| {n} | {codec} | {bytes} | {:.1} | {enc:.1} ms | {dec:.1} ms |", bytes as f64 / n as f64);
        };
        let (b, enc) = best(|| postcard::to_allocvec(&p).expect("encodes"));
        let (_, dec) = best(|| postcard::from_bytes::<Plain>(&b).expect("decodes").subscribers.len());
        row("postcard 1 (serde)", b.len(), enc, dec);
        let (b, enc) = best(|| bitcode::serialize(&p).expect("encodes"));
        let (_, dec) = best(|| bitcode::deserialize::<Plain>(&b).expect("decodes").subscribers.len());
        row("bitcode 0.6 (serde)", b.len(), enc, dec);
        let (parts, enc) = best(|| {
            [storage::encode_state(&ws, StateMeta::default()), storage::encode_audit(ws.log().entries().loaded()), storage::encode_mail(0, ws.mail().outbox().loaded())]
        });
        let total: usize = parts.iter().map(Vec::len).sum();
        let (_, dec) = best(|| {
            let (mut w, _) = storage::decode_state(&parts[0]).expect("decodes");
            w.fill_history(storage::decode_audit(&parts[1]).expect("decodes"), storage::decode_mail(&parts[2]).expect("decodes").1).expect("fills");
            w.partner().subscribers().len()
        });
        row("format 3 (hand-written), all parts", total, enc, dec);
        let (state, enc) = best(|| storage::encode_state(&ws, StateMeta::default()));
        let (_, dec) = best(|| storage::decode_state(&state).expect("decodes").0.partner().subscribers().len());
        row("format 3, state only (what opening reads), with indexes", state.len(), enc, dec);
    }
}
