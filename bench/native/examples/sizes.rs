//! Prints how many bytes each stored part of a generated workspace takes in format 3, what
//! localStorage holds of it (15 bits a UTF-16 code unit), and the largest generated workspace
//! that fits in Chromium's localStorage quota.
//! Run: `cargo run --release -p flowthrough-core --example sizes -- 100000`
use flowthrough_core::storage::{self, StateMeta};
use flowthrough_core::{demo, Timestamp};

/// Chromium's localStorage quota per origin, in UTF-16 code units (keys and values).
const QUOTA: usize = 5_242_880;
/// The largest state the app keeps in localStorage (`src/storage.rs`, `INLINE_LIMIT`).
const INLINE_LIMIT: usize = 2_600_000;

/// Code units a packed value of `bytes` bytes takes (one for the padding count).
fn units(bytes: usize) -> usize {
    1 + (bytes * 8).div_ceil(15)
}

/// The parts' sizes in bytes: state, audit log, emails.
fn parts(n: usize) -> [usize; 3] {
    let ws = demo::large(n, 42, Timestamp(1_795_317_420));
    [storage::encode_state(&ws, StateMeta::default()).len(), storage::encode_audit(ws.log().entries().loaded()).len(), storage::encode_mail(0, ws.mail().outbox().loaded()).len()]
}

fn fits(n: usize) -> bool {
    let [state, audit, mail] = parts(n);
    // Keys: flowthrough.v3.base, .revision, one audit and one mail segment.
    let keys = 19 + 23 + 2 * 32;
    units(state) <= INLINE_LIMIT && units(state) + units(audit) + units(mail) + keys + 8 <= QUOTA
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let ws = demo::large(n, 42, Timestamp(1_795_317_420));
    let [state, audit, mail] = parts(n);
    let per = |b: usize| b as f64 / n as f64;
    println!("{n} subscribers: {} log entries, {} emails, {} links, {} users", ws.log().entries().len(), ws.mail().outbox().len(), ws.mail().links().len(), ws.control().users().len());
    println!("state:  {state:>11} bytes  {:>6.1} B/subscriber", per(state));
    println!("audit:  {audit:>11} bytes  {:>6.1} B/subscriber", per(audit));
    println!("mail:   {mail:>11} bytes  {:>6.1} B/subscriber", per(mail));
    let all = state + audit + mail;
    println!("all:    {all:>11} bytes  {:>6.1} B/subscriber; {} UTF-16 code units packed (quota {QUOTA})", per(all), units(state) + units(audit) + units(mail));
    // The largest generated workspace that fits in localStorage, to the nearest 500.
    let (mut lo, mut hi) = (1_000usize, 200_000usize);
    while hi - lo > 500 {
        let mid = (lo + hi) / 2 / 500 * 500;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    println!("largest generated workspace that fits in localStorage: {lo} subscribers");
}
