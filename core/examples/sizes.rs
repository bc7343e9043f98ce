//! Prints how many bytes each part of a generated workspace takes when serialized.
//! Run: `cargo run --release -p flowthrough-core --example sizes -- 100000`
use flowthrough_core::{demo, Timestamp};

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let ws = demo::large(n, 42, Timestamp(1_795_317_420));
    println!("subscribers: {:>12}", serde_json::to_string(&ws.subscribers).map(|s| s.len()).unwrap_or(0));
    println!("users:       {:>12}", serde_json::to_string(&ws.users).map(|s| s.len()).unwrap_or(0));
    println!("outbox:      {:>12}", serde_json::to_string(&ws.outbox).map(|s| s.len()).unwrap_or(0));
    println!("links:       {:>12}", serde_json::to_string(&ws.links).map(|s| s.len()).unwrap_or(0));
    println!("log:         {:>12}", serde_json::to_string(&ws.log).map(|s| s.len()).unwrap_or(0));
    println!("log entries: {:>12}", ws.log.len());
}

