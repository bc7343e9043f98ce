//! flowthrough-load: simulated administrators working on one shared workspace at once, each a
//! replica with the core's own replication rules (`flowthrough_core::sync`: local apply,
//! publish on top of the sequence seen, rebase on conflict), over NATS JetStream through the
//! NATS project's Rust client. It measures what the browsers would see:
//!
//! - entries per second accepted by the server;
//! - publish-to-visible latency: from an administrator's publish to another administrator
//!   having applied it (every pair), p50 and p99;
//! - at the end, every replica's state hash (identical, or it fails), and the log's entries
//!   (each change once: no entry lost or duplicated).
//!
//!   flowthrough-load --server nats://127.0.0.1:4222 --user ann --password secret \
//!       --admins 10 --seconds 10 [--label "one server"]
//!
//! Prints one line of JSON; exits non-zero if the replicas diverge or an entry is lost.

use async_nats::jetstream::{self, consumer::pull::OrderedConfig, consumer::DeliverPolicy, context::PublishErrorKind, message::PublishMessage};
use flowthrough_core::demo::{self, Rng, SeededTokens};
use flowthrough_core::storage::{encode_state, StateMeta};
use flowthrough_core::sync::{self, Replica, Snapshot};
use flowthrough_core::{Command, Timestamp, Workspace};
use futures::StreamExt;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

struct Args {
    server: String,
    user: String,
    password: String,
    admins: usize,
    seconds: u64,
    label: String,
}

fn args() -> Args {
    let mut a = Args { server: "nats://127.0.0.1:4222".into(), user: "admin".into(), password: String::new(), admins: 10, seconds: 10, label: String::new() };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let v = it.next().unwrap_or_else(|| panic!("{k} needs a value"));
        match k.as_str() {
            "--server" => a.server = v,
            "--user" => a.user = v,
            "--password" => a.password = v,
            "--admins" => a.admins = v.parse().expect("--admins is a number"),
            "--seconds" => a.seconds = v.parse().expect("--seconds is a number"),
            "--label" => a.label = v,
            _ => panic!("unknown option {k}"),
        }
    }
    a
}

const T0: Timestamp = Timestamp(1_795_317_420);

/// A random command the core offers now (a user's or a subscriber's menu action).
fn pick(ws: &Workspace, rng: &mut Rng) -> Option<Command> {
    for _ in 0..20 {
        let users: Vec<_> = ws.control().users().keys().copied().collect();
        if users.is_empty() {
            return None;
        }
        let user = users[(rng.next_u64() as usize) % users.len()];
        let offered: Vec<_> = ws.user_actions(user).into_iter().filter(|(_, v)| v.is_ok()).map(|(a, _)| a).collect();
        if !offered.is_empty() {
            return Some(offered[(rng.next_u64() as usize) % offered.len()].command(user));
        }
    }
    None
}

type Latencies = Arc<Mutex<Vec<f64>>>;
type Published = Arc<Mutex<HashMap<sync::EntryId, Instant>>>;

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let a = args();
    let ws_name = format!("load-{}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0));
    let stream_name = format!("FT_{ws_name}");
    let subject = format!("ft.{ws_name}.log");
    let connect = || async_nats::ConnectOptions::with_user_and_password(a.user.clone(), a.password.clone()).connect(a.server.clone());
    let setup = jetstream::new(connect().await.expect("connects"));
    // Three replicas on a cluster, one on a single server (as the app does).
    let mut replicas = 3;
    let config = |n| jetstream::stream::Config { name: stream_name.clone(), subjects: vec![subject.clone()], num_replicas: n, ..Default::default() };
    if setup.create_stream(config(3)).await.is_err() {
        replicas = 1;
        setup.create_stream(config(1)).await.expect("creates the stream");
    }
    let start = demo::large(300, 11, T0);
    let snapshot = Snapshot { seq: 0, workspace: start.clone(), authors: Default::default(), seen: Default::default() };
    let latencies: Latencies = Arc::new(Mutex::new(Vec::new()));
    let published: Published = Arc::new(Mutex::new(HashMap::new()));
    let deadline = Instant::now() + Duration::from_secs(a.seconds);
    let began = Instant::now();
    let mut tasks = Vec::new();
    let barrier = Arc::new(tokio::sync::Barrier::new(a.admins));
    for i in 0..a.admins {
        let js = jetstream::new(connect().await.expect("connects"));
        let (snapshot, stream_name, subject) = (snapshot.clone(), stream_name.clone(), subject.clone());
        let (latencies, published, barrier) = (latencies.clone(), published.clone(), barrier.clone());
        tasks.push(tokio::spawn(async move { admin(i, js, snapshot, stream_name, subject, deadline, latencies, published, barrier).await }));
    }
    let mut hashes = HashSet::new();
    let mut made = 0;
    let mut refused = 0;
    for t in tasks {
        let (hash, m, r) = t.await.expect("an administrator finished");
        hashes.insert(hash);
        made += m;
        refused += r;
    }
    let elapsed = began.elapsed().as_secs_f64();
    // The log: every entry once.
    let stream = setup.get_stream(&stream_name).await.expect("stream");
    let mut info = stream.clone();
    let entries = info.info().await.expect("stream info").state.messages;
    let mut ids = HashSet::new();
    let consumer = stream.create_consumer(OrderedConfig { deliver_policy: DeliverPolicy::All, ..Default::default() }).await.expect("consumer");
    let mut messages = consumer.messages().await.expect("messages");
    for _ in 0..entries {
        let m = messages.next().await.expect("an entry").expect("readable");
        ids.insert(sync::decode_entry(&m.payload).expect("decodes").id);
    }
    let mut l = latencies.lock().expect("latencies").clone();
    l.sort_by(f64::total_cmp);
    let q = |p: f64| if l.is_empty() { 0.0 } else { l[((l.len() - 1) as f64 * p).round() as usize] };
    let converged = hashes.len() == 1;
    let complete = ids.len() as u64 == entries && made == entries as usize + refused;
    println!(
        "{{\"label\":\"{}\",\"admins\":{},\"replicas\":{},\"seconds\":{:.1},\"entries\":{},\"entries_per_s\":{:.0},\"refused_after_rebase\":{},\"latency_ms_p50\":{:.1},\"latency_ms_p99\":{:.1},\"samples\":{},\"converged\":{},\"none_lost_or_twice\":{}}}",
        a.label, a.admins, replicas, elapsed, entries, entries as f64 / a.seconds as f64, refused, q(0.5), q(0.99), l.len(), converged, complete
    );
    let _ = setup.delete_stream(&stream_name).await;
    if !(converged && complete) {
        std::process::exit(1);
    }
}

/// One administrator: makes random valid changes until the deadline, then sends what waits and
/// reads to the end of the log. Returns its state's hash, the changes it made, and how many the
/// core refused after a rebase.
#[allow(clippy::too_many_arguments)]
async fn admin(i: usize, js: jetstream::Context, snapshot: Snapshot, stream_name: String, subject: String, deadline: Instant, latencies: Latencies, published: Published, barrier: Arc<tokio::sync::Barrier>) -> (u64, usize, usize) {
    let origin = 0x10_0000 + i as u64;
    let mut replica = Replica::new(format!("Admin {i}"), origin, &snapshot);
    let mut view = snapshot.workspace.clone();
    let mut rng = Rng::new(origin);
    let mut tokens = SeededTokens(Rng::new(origin << 8));
    // The follower: an ordered consumer from the start, into a channel.
    let stream = js.get_stream(&stream_name).await.expect("stream");
    let consumer = stream.create_consumer(OrderedConfig { deliver_policy: DeliverPolicy::All, ..Default::default() }).await.expect("consumer");
    let (tx, mut rx) = mpsc::unbounded_channel::<(u64, Vec<u8>)>();
    let follower = tokio::spawn(async move {
        let mut messages = consumer.messages().await.expect("messages");
        while let Some(Ok(m)) = messages.next().await {
            let seq = m.info().map(|i| i.stream_sequence).unwrap_or(0);
            if tx.send((seq, m.payload.to_vec())).is_err() {
                break;
            }
        }
    });
    let mut made = 0;
    let mut now = T0;
    let apply = |replica: &mut Replica, view: &mut Workspace, batch: Vec<(u64, Vec<u8>)>, tokens: &mut SeededTokens| {
        let seen = Instant::now();
        {
            let published = published.lock().expect("published");
            let mut l = latencies.lock().expect("latencies");
            for (_, bytes) in &batch {
                if let Ok(e) = sync::decode_entry(bytes) {
                    if e.id.origin != origin {
                        if let Some(t) = published.get(&e.id) {
                            l.push(seen.duration_since(*t).as_secs_f64() * 1000.0);
                        }
                    }
                }
            }
        }
        replica.receive(view, &batch, tokens);
    };
    loop {
        // Apply what arrived.
        let mut batch = Vec::new();
        while let Ok(e) = rx.try_recv() {
            batch.push(e);
        }
        if !batch.is_empty() {
            apply(&mut replica, &mut view, batch, &mut tokens);
        }
        let working = Instant::now() < deadline;
        if working && replica.waiting() == 0 {
            now = now.plus(1);
            if let Some(cmd) = pick(&view, &mut rng) {
                if replica.local(&mut view, cmd, now, &mut tokens).is_ok() && replica.waiting() > 0 {
                    made += 1;
                }
            }
        }
        match replica.outgoing() {
            Some(out) => {
                published.lock().expect("published").insert(out.id, Instant::now());
                let msg = PublishMessage::build().payload(out.payload.into()).expected_last_sequence(out.expected_last).message_id(format!("{:x}-{}", out.id.origin, out.id.n));
                let ack = match js.send_publish(subject.clone(), msg).await {
                    Ok(f) => f.await,
                    Err(e) => Err(e),
                };
                match ack {
                    Ok(ack) => {
                        replica.accepted(ack.sequence, out.id);
                    }
                    Err(e) if e.kind() == PublishErrorKind::WrongLastSequence => {
                        // Others came first: wait for their entries, rebase, send again.
                        if let Ok(Some(e)) = tokio::time::timeout(Duration::from_secs(2), rx.recv()).await {
                            apply(&mut replica, &mut view, vec![e], &mut tokens);
                        }
                    }
                    Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                }
            }
            None if working => {
                if replica.waiting() == 0 && pick(&view, &mut rng).is_none() {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            }
            None => {
                // Nothing waits here; others may still be sending, and their entries may make
                // ours wait again (a rebase): keep reading until everyone is done.
                break;
            }
        }
    }
    barrier.wait().await;
    // Everyone has sent everything: read to the end of the log.
    let mut stream = stream;
    let last = stream.info().await.expect("stream info").state.last_sequence;
    while replica.applied() < last {
        match tokio::time::timeout(Duration::from_secs(10), rx.recv()).await {
            Ok(Some(e)) => apply(&mut replica, &mut view, vec![e], &mut tokens),
            _ => break,
        }
    }
    follower.abort();
    let refused = replica.reports().len();
    let hash = xxhash_rust::xxh3::xxh3_64(&encode_state(&view, StateMeta::default()));
    (hash, made, refused)
}
