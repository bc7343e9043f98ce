//! Prints how many bytes each stored part of a generated workspace takes in format 3, and what
//! localStorage holds (15 bits a UTF-16 code unit).
//! Run: `cargo run --release -p flowthrough-core --example sizes -- 100000`
use flowthrough_core::storage::{self, StateMeta};
use flowthrough_core::{demo, Timestamp};

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let ws = demo::large(n, 42, Timestamp(1_795_317_420));
    let state = storage::encode_state(&ws, StateMeta::default()).len();
    let audit = storage::encode_audit(ws.log.loaded()).len();
    let mail = storage::encode_mail(0, ws.outbox.loaded()).len();
    let per = |b: usize| b as f64 / n as f64;
    println!("{n} subscribers: {} log entries, {} emails, {} links, {} users", ws.log.len(), ws.outbox.len(), ws.links.len(), ws.users.len());
    println!("state:  {state:>11} bytes  {:>6.1} B/subscriber", per(state));
    println!("audit:  {audit:>11} bytes  {:>6.1} B/subscriber", per(audit));
    println!("mail:   {mail:>11} bytes  {:>6.1} B/subscriber", per(mail));
    let all = state + audit + mail;
    println!("all:    {all:>11} bytes  {:>6.1} B/subscriber; {} UTF-16 code units packed", per(all), (all * 8).div_ceil(15) + 3);
}
