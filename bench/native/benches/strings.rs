//! What each way of holding the model's strings costs to build and drop, on the strings of a
//! generated 100,000-subscriber workspace (every subscriber's BroadWorks ID, name, portal
//! password and email, and every user's name and email): `String` (the model before issue 32), `Arc<str>`,
//! `compact_str::CompactString` and `smol_str::SmolStr` (small strings inline), and one buffer
//! with offsets (what a `u32`-symbol table over one allocation does). Natively, on a 64-bit
//! machine: `CompactString` inlines up to 24 bytes here but 12 in wasm32, where the app runs.
//! Run: `cargo bench -p flowthrough-core --bench strings` (figures in BENCHMARKS.md, issue 24).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use flowthrough_core::demo::large;
use flowthrough_core::Timestamp;
use std::sync::Arc;

fn strings() -> Vec<String> {
    let ws = large(100_000, 42, Timestamp(1_795_317_420));
    let mut all = Vec::new();
    for s in ws.partner().subscribers().values() {
        all.extend([s.broadworks_user_id.to_string(), s.name.to_string(), s.portal_password.to_string()]);
        all.extend(s.email.as_ref().map(|e| e.to_string()));
    }
    for u in ws.control().users().values() {
        all.extend([u.name.to_string(), u.email.to_string()]);
    }
    all
}

fn bench(c: &mut Criterion) {
    let all = strings();
    let strs: Vec<&str> = all.iter().map(String::as_str).collect();
    let bytes: usize = strs.iter().map(|s| s.len()).sum();
    let inline = |max: usize| strs.iter().filter(|s| s.len() <= max).count();
    println!("{} strings, {} bytes; {} of at most 12 bytes, {} of at most 23, {} of at most 24", strs.len(), bytes, inline(12), inline(23), inline(24));
    let mut g = c.benchmark_group("the model's strings at 100,000 subscribers: build and drop");
    g.sample_size(20);
    g.bench_function("String", |b| b.iter(|| black_box(strs.iter().map(|s| s.to_string()).collect::<Vec<String>>().len())));
    g.bench_function("Arc<str>", |b| b.iter(|| black_box(strs.iter().map(|s| Arc::<str>::from(*s)).collect::<Vec<Arc<str>>>().len())));
    g.bench_function("CompactString", |b| b.iter(|| black_box(strs.iter().map(|s| compact_str::CompactString::new(s)).collect::<Vec<_>>().len())));
    g.bench_function("SmolStr", |b| b.iter(|| black_box(strs.iter().map(|s| smol_str::SmolStr::new(s)).collect::<Vec<_>>().len())));
    g.bench_function("one buffer with offsets", |b| {
        b.iter(|| {
            let mut text = String::with_capacity(bytes);
            let mut spans: Vec<(u32, u32)> = Vec::with_capacity(strs.len());
            for s in &strs {
                spans.push((text.len() as u32, s.len() as u32));
                text.push_str(s);
            }
            black_box((text.len(), spans.len()))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
