//! Times the steps of opening a stored state at 100,000 subscribers (for profiling).
use flowthrough_core::storage::{self, StateMeta};
use flowthrough_core::{demo, Timestamp};
use std::time::Instant;
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let ws = demo::large(n, 42, Timestamp(1_795_317_420));
    let bytes = storage::encode_state(&ws, StateMeta::default());
    let failures = ws.partner().subscribers().values().filter(|s| s.error.is_some()).count();
    println!("{} links, {} subscribers with a failure, {} state bytes", ws.mail().links().len(), failures, bytes.len());
    let rounds: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(3);
    // `decode` as a third argument: decoding alone, for a profiler.
    let decode_only = std::env::args().nth(3).as_deref() == Some("decode");
    for _ in 0..rounds {
        let t = Instant::now();
        let (w, _) = storage::decode_state(&bytes).unwrap();
        println!("decode_state {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
        if decode_only {
            continue;
        }
        let t = Instant::now();
        let w2 = w.clone();
        println!("clone {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let p = storage::check(&w2);
        println!("check {:.1} ms {}", t.elapsed().as_secs_f64() * 1e3, p.len());
        let t = Instant::now();
        drop(w2);
        println!("drop {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    }
}
