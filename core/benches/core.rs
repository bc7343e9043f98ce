//! Criterion benchmarks of the hot queries and commands at 100,000 subscribers.
//! Run: `cargo bench -p flowthrough-core` (figures go to BENCHMARKS.md; never asserted in tests).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use flowthrough_core::demo::{large, Rng, SeededTokens};
use flowthrough_core::query::*;
use flowthrough_core::*;

const NOW: Timestamp = Timestamp(1_795_317_420);

fn bench(c: &mut Criterion) {
    let ws = large(100_000, 42, NOW);
    let template = ws.templates.keys().next().copied();
    let mut g = c.benchmark_group("100k subscribers");
    g.sample_size(20);
    g.bench_function("user status: all rows, sorted by BroadWorks ID", |b| {
        b.iter(|| black_box(user_status(&ws, &StatusQuery { template, ..Default::default() }).len()))
    });
    g.bench_function("user status: exclude provisioned", |b| {
        b.iter(|| black_box(user_status(&ws, &StatusQuery { template, exclude_provisioned: true, ..Default::default() }).len()))
    });
    g.bench_function("user status: search", |b| {
        b.iter(|| black_box(user_status(&ws, &StatusQuery { template, search: "dahl".into(), ..Default::default() }).len()))
    });
    g.bench_function("user status: search, first letter typed", |b| {
        b.iter(|| black_box(user_status(&ws, &StatusQuery { template, search: "d".into(), ..Default::default() }).len()))
    });
    g.bench_function("user status: sort by name, descending", |b| {
        b.iter(|| black_box(user_status(&ws, &StatusQuery { template, sort: StatusColumn::Name, descending: true, ..Default::default() }).len()))
    });
    // The sort order is cached until the next change; this is the first sort after a change,
    // which rebuilds it (what the view pays once after each action).
    g.bench_function("user status: sort by name right after a change", |b| {
        let mut w = ws.clone();
        let sub = *w.subscribers.keys().nth(10).expect("exists");
        let mut tokens = SeededTokens(Rng::new(2));
        let mut flip = false;
        b.iter(|| {
            flip = !flip;
            let package = if flip { Package::Premium } else { Package::Basic };
            let _ = w.apply(Command::ChangePackage { subscriber: sub, package }, NOW, &mut tokens);
            black_box(user_status(&w, &StatusQuery { template, sort: StatusColumn::Name, ..Default::default() }).len())
        })
    });
    let rows = user_status(&ws, &StatusQuery { template, ..Default::default() });
    g.bench_function("export CSV of all rows", |b| b.iter(|| black_box(export_status_csv(&ws, &rows).len())));
    let sub = *ws.subscribers.keys().nth(500).expect("exists");
    g.bench_function("apply Change Package Type", |b| {
        let mut w = ws.clone();
        let mut tokens = SeededTokens(Rng::new(1));
        let mut flip = false;
        b.iter(|| {
            flip = !flip;
            let package = if flip { Package::Premium } else { Package::Basic };
            black_box(w.apply(Command::ChangePackage { subscriber: sub, package }, NOW, &mut tokens).ok())
        })
    });
    g.bench_function("serialize workspace", |b| b.iter(|| black_box(snapshot::encode(&ws, 1).len())));
    let text = snapshot::encode(&ws, 1);
    println!("serialized workspace: {} bytes for 100,000 subscribers", text.len());
    g.bench_function("deserialize workspace", |b| b.iter(|| black_box(snapshot::decode(&text).map(|s| s.workspace.subscribers.len()))));
    let entry = snapshot::encode_entry(ws.log.last().expect("logged"));
    println!("one journal entry: {} bytes", entry.len());
    g.bench_function("journal entry: encode and decode", |b| {
        b.iter(|| black_box(snapshot::decode_entry(&snapshot::encode_entry(ws.log.last().expect("logged"))).is_ok()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
