//! flowthrough-load: simulated administrators working on one shared workspace at once, each a
//! replica with the core's own replication rules (`flowthrough_core::sync`: local apply, every
//! change published at once with its id and no condition on the stream, each entry decided by
//! the rules in its turn), over NATS JetStream through the NATS project's Rust client. It
//! measures what the browsers would see:
//!
//! - entries per second accepted by the server, and how many changes the rules refused in
//!   their turn (each reported to its author);
//! - publish-to-visible latency: from an administrator's publish to another administrator
//!   having applied it (every pair), p50 and p99;
//! - at the end, every replica's state hash (identical, or it fails), and the log's entries
//!   (each change once: no entry lost or duplicated).
//!
//!   flowthrough-load --server nats://127.0.0.1:4222 --user ann --password secret \
//!       --admins 10 --seconds 10 [--label "one server"] [--window 16] [--kill-after 5 --kill-pid N]
//!
//! `--window`: how many of an administrator's publishes may await their acknowledgement at
//! once. `--kill-pid`: a server to kill (SIGKILL) `--kill-after` seconds into the run (a
//! cluster node). Extra servers to connect to after a kill: `--server a,b,c`.
//!
//! Prints one line of JSON; exits non-zero if the replicas diverge or an entry is lost.

use async_nats::jetstream::{self, consumer::pull::OrderedConfig, consumer::DeliverPolicy, message::PublishMessage};
use flowthrough_core::demo::{self, Rng, SeededTokens};
use flowthrough_core::storage::{encode_state, StateMeta};
use flowthrough_core::sync::{self, Replica, Snapshot};
use flowthrough_core::{Command, Timestamp, UserAction, Workspace};
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
    window: usize,
    kill_pid: Option<u32>,
    kill_after: u64,
}

fn args() -> Args {
    let mut a = Args { server: "nats://127.0.0.1:4222".into(), user: "admin".into(), password: String::new(), admins: 10, seconds: 10, label: String::new(), window: 16, kill_pid: None, kill_after: 0 };
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
            "--window" => a.window = v.parse().expect("--window is a number"),
            "--kill-pid" => a.kill_pid = Some(v.parse().expect("--kill-pid is a number")),
            "--kill-after" => a.kill_after = v.parse().expect("--kill-after is a number"),
            _ => panic!("unknown option {k}"),
        }
    }
    a
}

const T0: Timestamp = Timestamp(1_795_317_420);

/// A random command the core offers now (a user's menu action). Deleting is left out, so the
/// work can go on for as long as a run lasts (users move between states instead of running
/// out: deactivate, reactivate, resend, verify, sign in).
fn pick(ws: &Workspace, rng: &mut Rng) -> Option<Command> {
    for _ in 0..20 {
        let users: Vec<_> = ws.control().users().keys().copied().collect();
        if users.is_empty() {
            return None;
        }
        let user = users[(rng.next_u64() as usize) % users.len()];
        let offered: Vec<_> = ws.user_actions(user).into_iter().filter(|(a, v)| v.is_ok() && *a != UserAction::Delete).map(|(a, _)| a).collect();
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
    let servers: Vec<String> = a.server.split(',').map(str::to_string).collect();
    let connect = || async_nats::ConnectOptions::with_user_and_password(a.user.clone(), a.password.clone()).retry_on_initial_connect().connect(servers.clone());
    let setup = jetstream::new(connect().await.expect("connects"));
    // Three replicas on a cluster, one on a single server (as the app does).
    let mut replicas = 3;
    let config = |n| jetstream::stream::Config { name: stream_name.clone(), subjects: vec![subject.clone()], num_replicas: n, ..Default::default() };
    if setup.create_stream(config(3)).await.is_err() {
        replicas = 1;
        setup.create_stream(config(1)).await.expect("creates the stream");
    }
    let start = demo::large(300, 11, T0);
    let snapshot = Snapshot { seq: 0, workspace: start.clone(), seen: Default::default() };
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
        let window = a.window;
        tasks.push(tokio::spawn(async move { admin(i, js, snapshot, stream_name, subject, deadline, latencies, published, barrier, window).await }));
    }
    if let Some(pid) = a.kill_pid {
        let after = a.kill_after;
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(after)).await;
            let _ = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            eprintln!("killed {pid} after {after} s");
        });
    }
    let mut hashes = HashSet::new();
    let mut made = 0;
    let mut refused_in_turn = 0;
    let mut refused_before = 0;
    let mut by_origin: HashMap<u64, usize> = HashMap::new();
    let mut origins = Vec::new();
    for t in tasks {
        let (origin, hash, m, in_turn, before) = t.await.expect("an administrator finished");
        hashes.insert(hash);
        origins.push((origin, m, before));
        made += m;
        refused_in_turn += in_turn;
        refused_before += before;
    }
    let elapsed = began.elapsed().as_secs_f64();
    // The log: every entry once.
    // (A cluster may still be electing a leader after a kill: asked again until it answers.)
    let mut log = None;
    for _ in 0..20 {
        if let Ok(Ok(l)) = tokio::time::timeout(Duration::from_secs(30), read_log(&setup, &stream_name)).await {
            log = Some(l);
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    let (entries, all_ids) = log.expect("the log can be read");
    let mut ids = HashSet::new();
    for id in all_ids {
        if ids.insert(id) {
            *by_origin.entry(id.origin).or_default() += 1;
        }
    }
    // Every change made is in the log once, or was refused before it went out.
    let every_change = origins.iter().all(|(o, m, before)| by_origin.get(o).copied().unwrap_or(0) + before == *m);
    let mut l = latencies.lock().expect("latencies").clone();
    l.sort_by(f64::total_cmp);
    let q = |p: f64| if l.is_empty() { 0.0 } else { l[((l.len() - 1) as f64 * p).round() as usize] };
    let converged = hashes.len() == 1;
    let complete = ids.len() as u64 == entries && every_change;
    println!(
        "{{\"label\":\"{}\",\"admins\":{},\"replicas\":{},\"window\":{},\"seconds\":{:.1},\"entries\":{},\"entries_per_s\":{:.0},\"made\":{},\"refused_in_turn\":{},\"refused_before_sending\":{},\"latency_ms_p50\":{:.1},\"latency_ms_p99\":{:.1},\"samples\":{},\"converged\":{},\"none_lost_or_twice\":{}}}",
        a.label, a.admins, replicas, a.window, elapsed, entries, entries as f64 / a.seconds as f64, made, refused_in_turn, refused_before, q(0.5), q(0.99), l.len(), converged, complete
    );
    let _ = setup.delete_stream(&stream_name).await;
    if !(converged && complete) {
        std::process::exit(1);
    }
}

/// The log's length and every entry's id, in order.
async fn read_log(setup: &jetstream::Context, stream_name: &str) -> Result<(u64, Vec<sync::EntryId>), Box<dyn std::error::Error + Send + Sync>> {
    let mut stream = setup.get_stream(stream_name).await?;
    let entries = stream.info().await?.state.messages;
    let consumer = stream.create_consumer(OrderedConfig { deliver_policy: DeliverPolicy::All, ..Default::default() }).await?;
    let mut messages = consumer.messages().await?;
    let mut ids = Vec::new();
    for _ in 0..entries {
        let m = messages.next().await.ok_or("the log ended early")??;
        ids.push(sync::decode_entry(&m.payload)?.id);
    }
    Ok((entries, ids))
}

/// One administrator: makes random valid changes until the deadline, publishing each at once
/// (up to `window` awaiting their acknowledgement), then sends what waits and reads to the end
/// of the log. Returns its origin, its state's hash, the changes it made, how many of them the
/// rules refused in their turn, and how many were refused before they went out.
#[allow(clippy::too_many_arguments)]
async fn admin(i: usize, js: jetstream::Context, snapshot: Snapshot, stream_name: String, subject: String, deadline: Instant, latencies: Latencies, published: Published, barrier: Arc<tokio::sync::Barrier>, window: usize) -> (u64, u64, usize, usize, usize) {
    let origin = 0x10_0000 + i as u64;
    let mut replica = Replica::new(format!("Admin {i}"), origin, &snapshot);
    let mut view = snapshot.workspace.clone();
    let mut rng = Rng::new(origin);
    let mut tokens = SeededTokens(Rng::new(origin << 8));
    // The follower: an ordered consumer from the start, into a channel. Like the app's
    // (js/shared.mjs), it follows again from the last entry delivered when its consumer ends,
    // fails, or is silent while the log is longer (the server holding it died).
    let stream = js.get_stream(&stream_name).await.expect("stream");
    let (tx, mut rx) = mpsc::unbounded_channel::<(u64, Vec<u8>)>();
    let mut watched = stream.clone();
    let follower = tokio::spawn(async move {
        let mut last = 0u64;
        loop {
            let deliver_policy = if last == 0 { DeliverPolicy::All } else { DeliverPolicy::ByStartSequence { start_sequence: last + 1 } };
            let made = tokio::time::timeout(Duration::from_secs(3), async { watched.create_consumer(OrderedConfig { deliver_policy, ..Default::default() }).await.ok()?.messages().await.ok() }).await;
            let Ok(Some(mut messages)) = made else {
                tokio::time::sleep(Duration::from_millis(300)).await;
                continue;
            };
            let mut errors = 0;
            loop {
                match tokio::time::timeout(Duration::from_secs(2), messages.next()).await {
                    Ok(Some(Ok(m))) => {
                        errors = 0;
                        let seq = m.info().map(|i| i.stream_sequence).unwrap_or(0);
                        if seq <= last {
                            continue;
                        }
                        last = seq;
                        if tx.send((seq, m.payload.to_vec())).is_err() {
                            return;
                        }
                    }
                    Ok(Some(Err(_))) => {
                        errors += 1;
                        if errors > 3 {
                            break;
                        }
                    }
                    Ok(None) => break,
                    Err(_) => {
                        let longer = matches!(tokio::time::timeout(Duration::from_secs(2), watched.info()).await, Ok(Ok(info)) if info.state.last_sequence > last);
                        if longer {
                            break;
                        }
                    }
                }
            }
        }
    });
    // Acknowledgements come back here as they arrive (a publish does not wait for another's).
    let (ack_tx, mut acks) = mpsc::unbounded_channel::<(sync::EntryId, Option<u64>)>();
    let mut in_flight = 0usize;
    let mut made = 0;
    let mut in_turn = 0;
    let mut now = T0;
    let mut apply = |replica: &mut Replica, view: &mut Workspace, batch: Vec<(u64, Vec<u8>)>, tokens: &mut SeededTokens| {
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
        let got = replica.receive(view, &batch, tokens);
        in_turn += got.refused;
        got.gap
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
        let mut failed = false;
        while let Ok((id, seq)) = acks.try_recv() {
            in_flight -= 1;
            match seq {
                Some(seq) => {
                    replica.accepted(seq, id);
                }
                None => failed = true,
            }
        }
        if failed {
            replica.resend(); // the same ids: the server keeps one copy
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let working = Instant::now() < deadline;
        if working && in_flight < window {
            now = now.plus(1);
            if let Some(cmd) = pick(&view, &mut rng) {
                let before = replica.waiting();
                if replica.local(&mut view, cmd, now, &mut tokens).is_ok() && replica.waiting() > before {
                    made += 1;
                }
            }
        }
        let out = replica.to_send();
        let sent = !out.is_empty();
        for out in out {
            published.lock().expect("published").entry(out.id).or_insert_with(Instant::now);
            let msg = PublishMessage::build().payload(out.payload.clone().into()).message_id(out.msg_id());
            in_flight += 1;
            let ack_tx = ack_tx.clone();
            match js.send_publish(subject.clone(), msg).await {
                Ok(f) => {
                    tokio::spawn(async move {
                        let seq = f.await.ok().map(|a| a.sequence);
                        let _ = ack_tx.send((out.id, seq));
                    });
                }
                Err(_) => {
                    let _ = ack_tx.send((out.id, None));
                }
            }
        }
        if !working && replica.waiting() == 0 && in_flight == 0 {
            break;
        }
        // Let the follower and the acknowledgements run (this loop never waits otherwise).
        tokio::task::yield_now().await;
        if !sent && (!working || in_flight >= window) {
            // Wait for something to arrive: an entry or an acknowledgement.
            tokio::select! {
                e = rx.recv() => if let Some(e) = e { apply(&mut replica, &mut view, vec![e], &mut tokens); },
                a = acks.recv() => if let Some((id, seq)) = a {
                    in_flight -= 1;
                    match seq { Some(seq) => { replica.accepted(seq, id); } None => replica.resend() }
                },
                _ = tokio::time::sleep(Duration::from_millis(200)) => {
                    if !working && replica.waiting() > 0 && in_flight == 0 && replica.out() == replica.waiting() {
                        replica.resend(); // out, unacknowledged, and not in the log yet: again
                    }
                },
            }
        }
    }
    barrier.wait().await;
    // Everyone has sent everything: read to the end of the log.
    let mut stream = stream;
    let last = loop {
        if let Ok(info) = stream.info().await {
            break info.state.last_sequence;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    while replica.applied() < last {
        match tokio::time::timeout(Duration::from_secs(20), rx.recv()).await {
            Ok(Some(e)) => {
                apply(&mut replica, &mut view, vec![e], &mut tokens);
            }
            _ => break,
        }
    }
    follower.abort();
    let reported = replica.reports().len();
    let hash = xxhash_rust::xxh3::xxh3_64(&encode_state(&view, StateMeta::default()));
    (origin, hash, made, in_turn, reported - in_turn)
}
