//! Criterion benchmarks of the hot queries and commands at 100,000 subscribers.
//! Run: `cargo bench -p flowthrough-core` (figures go to BENCHMARKS.md; never asserted in tests).

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use flowthrough_core::demo::{large, Rng, SeededTokens};
use flowthrough_core::query::*;
use flowthrough_core::*;

const NOW: Timestamp = Timestamp(1_795_317_420);

fn bench(c: &mut Criterion) {
    let ws = large(100_000, 42, NOW);
    let template = ws.partner().templates().keys().next().copied();
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
        let sub = *w.partner().subscribers().keys().nth(10).expect("exists");
        let mut tokens = SeededTokens(Rng::new(2));
        let mut flip = false;
        b.iter(|| {
            flip = !flip;
            let package = if flip { Package::Premium } else { Package::Basic };
            let _ = w.apply(Command::ChangePackage { subscriber: sub, package }, NOW, &mut tokens);
            black_box(user_status(&w, &StatusQuery { template, sort: StatusColumn::Name, ..Default::default() }).len())
        })
    });
    // What the views run (ids only; a page of 50 is looked up): User Status, Control Hub users,
    // the audit log.
    for (name, q) in [
        ("all rows", StatusQuery { template, ..Default::default() }),
        ("exclude provisioned", StatusQuery { template, exclude_provisioned: true, ..Default::default() }),
        ("first letter", StatusQuery { template, search: "d".into(), ..Default::default() }),
        ("four letters", StatusQuery { template, search: "dahl".into(), ..Default::default() }),
        ("sort by name", StatusQuery { template, sort: StatusColumn::Name, ..Default::default() }),
    ] {
        let _ = user_status_ids(&ws, &q);
        g.bench_function(format!("view: user status ids, {name}"), |b| b.iter(|| black_box(user_status_ids(&ws, &q).len())));
    }
    g.bench_function("view: user status ids, typing dahl letter by letter (four queries)", |b| {
        b.iter(|| {
            for typed in ["d", "da", "dah", "dahl"] {
                black_box(user_status_ids(&ws, &StatusQuery { template, search: typed.into(), ..Default::default() }).len());
            }
        })
    });
    let org = ws.control().orgs().keys().next().copied();
    for (name, q) in [
        ("all", UserQuery { org, ..Default::default() }),
        ("first letter", UserQuery { org, search: "d".into(), ..Default::default() }),
        ("sort by name", UserQuery { org, sort: UserColumn::Name, ..Default::default() }),
        ("Not Verified", UserQuery { org, state: Some(UserState::NotVerified), ..Default::default() }),
    ] {
        let _ = user_ids(&ws, &q);
        g.bench_function(format!("view: control hub user ids, {name}"), |b| b.iter(|| black_box(user_ids(&ws, &q).len())));
    }
    for typed in ["d", "dahl"] {
        let _ = audit_positions(&ws, typed);
        g.bench_function(format!("view: audit log search {typed}"), |b| b.iter(|| black_box(audit_positions(&ws, typed).len())));
    }
    let rows = user_status(&ws, &StatusQuery { template, ..Default::default() });
    g.bench_function("export CSV of all rows", |b| b.iter(|| black_box(export_status_csv(&ws, &rows).len())));
    let sub = *ws.partner().subscribers().keys().nth(500).expect("exists");
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
    // Why is this user stuck, for one page of the table (what a view shows at once), and the
    // whole workspace's timeline.
    let page: Vec<SubscriberId> = user_status_ids(&ws, &StatusQuery { template, exclude_provisioned: true, ..Default::default() }).into_iter().take(50).collect();
    g.bench_function("diagnose one page (50 stuck subscribers)", |b| {
        b.iter(|| black_box(page.iter().filter_map(|id| ws.diagnose_subscriber(*id, NOW)).count()))
    });
    g.bench_function("timeline: the first 300 entries, described", |b| {
        b.iter(|| {
            let (head, total) = ws.timeline_head(NOW, 300);
            black_box((head.iter().map(|s| ws.describe_due(s).args.len()).sum::<usize>(), total))
        })
    });
    let meta = storage::StateMeta::default();
    g.bench_function("encode the state (format 3)", |b| b.iter(|| black_box(storage::encode_state(&ws, meta).len())));
    let state = storage::encode_state(&ws, meta);
    println!("state: {} bytes for 100,000 subscribers", state.len());
    g.bench_function("decode the state with its indexes (what opening reads)", |b| {
        b.iter(|| black_box(storage::decode_state(&state).map(|(w, _)| w.partner().subscribers().len())))
    });
    // What allocating the model costs apart from reading the format: a copy of the decoded state
    // allocates every name, ID, address and token again (and the copy is dropped in the loop).
    // Decode minus this is the codec's own work; this is what shared or inline strings would
    // have to win back (BENCHMARKS.md, issue 24).
    let (decoded, _) = storage::decode_state(&state).expect("own encoding decodes");
    g.bench_function("copy and drop the decoded state (its allocations)", |b| b.iter(|| black_box(decoded.clone().partner().subscribers().len())));
    let audit = storage::encode_audit(ws.log().entries().loaded());
    g.bench_function("decode the audit log (135,122 entries)", |b| b.iter(|| black_box(storage::decode_audit(&audit).map(|e| e.len()))));
    let mail = storage::encode_mail(0, ws.mail().outbox().loaded());
    g.bench_function("decode the mailbox (125,107 emails)", |b| b.iter(|| black_box(storage::decode_mail(&mail).map(|m| m.1.len()))));
    let mut w = ws.clone();
    let _ = w.apply(Command::ChangePackage { subscriber: sub, package: Package::Softphone }, NOW, &mut SeededTokens(Rng::new(3)));
    let last = w.log().entries().last().expect("logged").clone();
    println!("one journal entry (Change Package Type): {} bytes", storage::encode_change(&last).len());
    g.bench_function("journal entry: encode and decode", |b| b.iter(|| black_box(storage::decode_change(&storage::encode_change(&last)).is_ok())));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
