//! flowthrough-class-load: a class of simulated trainees over NATS JetStream, through the NATS
//! project's Rust client, with the app's own subjects and messages (`flowthrough_core::lesson`):
//! each trainee practises a built-in lesson on their own copy with the core (the scripted
//! solution, a few hundred milliseconds of thought between actions, then starts again), sending
//! each change (`CopyMessage`) and then their progress (`Report`), as the browser does; a board
//! follows every trainee's progress (`Board`). It measures the checkpoint-to-board latency: from
//! the moment a trainee's core sees a checkpoint reached to the moment the board's row shows it.
//!
//!   flowthrough-class-load --server nats://127.0.0.1:4222 --user ann --password secret \
//!       --trainees 30 --seconds 20
//!
//! Prints one line of JSON; exits non-zero if the board missed a checkpoint a trainee reached.

use async_nats::jetstream::{self, consumer::pull::OrderedConfig, consumer::DeliverPolicy};
use flowthrough_core::demo::{Rng, SeededTokens};
use flowthrough_core::lesson::class::{Board, CopyMessage, Report};
use flowthrough_core::lesson::{builtin, Lesson, Progress};
use flowthrough_core::{Command, LinkPurpose, Timestamp, Workspace};
use futures::StreamExt;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Args {
    server: String,
    user: String,
    password: String,
    trainees: usize,
    seconds: u64,
}

fn args() -> Args {
    let mut a = Args { server: "nats://127.0.0.1:4222".into(), user: "admin".into(), password: String::new(), trainees: 30, seconds: 20 };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let v = it.next().unwrap_or_else(|| panic!("{k} needs a value"));
        match k.as_str() {
            "--server" => a.server = v,
            "--user" => a.user = v,
            "--password" => a.password = v,
            "--trainees" => a.trainees = v.parse().expect("--trainees is a number"),
            "--seconds" => a.seconds = v.parse().expect("--seconds is a number"),
            _ => panic!("unknown option {k}"),
        }
    }
    a
}

const T0: Timestamp = Timestamp(1_795_317_420);

/// When each (trainee, checkpoint, round) was reached at the trainee.
type Reached = Arc<Mutex<HashMap<(String, String, u32), Instant>>>;

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let a = args();
    let class = format!("load-{}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0));
    let stream_name = format!("FTC_{class}");
    let connect = || async_nats::ConnectOptions::with_user_and_password(a.user.clone(), a.password.clone()).connect(a.server.clone());
    let setup = jetstream::new(connect().await.expect("connects"));
    let config = jetstream::stream::Config { name: stream_name.clone(), subjects: vec![format!("ftc.{class}.>")], ..Default::default() };
    setup.create_stream(config).await.expect("creates the class's stream");
    let lesson = builtin::lesson("portal-error").expect("built-in lesson");
    setup.publish(format!("ftc.{class}.lesson"), lesson.to_json().into_bytes().into()).await.expect("publishes").await.expect("acknowledged");

    // The board: every trainee's progress, from the start of the stream.
    let reached: Reached = Arc::new(Mutex::new(HashMap::new()));
    let latencies = Arc::new(Mutex::new(Vec::<f64>::new()));
    let shown = Arc::new(Mutex::new(0usize));
    let board_task = {
        let stream = setup.get_stream(&stream_name).await.expect("stream");
        let consumer = stream
            .create_consumer(OrderedConfig { deliver_policy: DeliverPolicy::All, filter_subject: format!("ftc.{class}.progress.*"), ..Default::default() })
            .await
            .expect("consumer");
        let (lesson, reached, latencies, shown, class) = (lesson.clone(), reached.clone(), latencies.clone(), shown.clone(), class.clone());
        tokio::spawn(async move {
            let mut board = Board::default();
            let mut seen: HashMap<String, (u32, BTreeSet<String>)> = HashMap::new();
            let mut messages = consumer.messages().await.expect("messages");
            while let Some(Ok(m)) = messages.next().await {
                let user = m.subject.as_str().trim_start_matches(&format!("ftc.{class}.progress.")).to_string();
                if !board.receive(&user, &m.payload, &lesson) {
                    continue;
                }
                let at = Instant::now();
                let round = Report::decode(&m.payload).map_or(0, |r| r.progress.started.0 as u32);
                for row in board.rows(&lesson, T0) {
                    if row.user != user {
                        continue;
                    }
                    let entry = seen.entry(user.clone()).or_default();
                    if entry.0 != round {
                        *entry = (round, BTreeSet::new());
                    }
                    for id in row.progress.reached.keys() {
                        if entry.1.insert(id.clone()) {
                            if let Some(t) = reached.lock().expect("reached").get(&(user.clone(), id.clone(), round)) {
                                latencies.lock().expect("latencies").push(at.duration_since(*t).as_secs_f64() * 1000.0);
                                *shown.lock().expect("shown") += 1;
                            }
                        }
                    }
                }
            }
        })
    };

    let deadline = Instant::now() + Duration::from_secs(a.seconds);
    let mut tasks = Vec::new();
    for i in 0..a.trainees {
        let js = jetstream::new(connect().await.expect("connects"));
        let (lesson, reached, class) = (lesson.clone(), reached.clone(), class.clone());
        tasks.push(tokio::spawn(async move { trainee(i, js, class, lesson, reached, deadline).await }));
    }
    let mut messages = 0;
    let mut checkpoints = 0;
    for t in tasks {
        let (m, c) = t.await.expect("a trainee finished");
        messages += m;
        checkpoints += c;
    }
    // Let the board read to the end.
    let waited = Instant::now();
    while *shown.lock().expect("shown") < checkpoints && waited.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    board_task.abort();
    let mut l = latencies.lock().expect("latencies").clone();
    l.sort_by(f64::total_cmp);
    let q = |p: f64| if l.is_empty() { 0.0 } else { l[((l.len() - 1) as f64 * p).round() as usize] };
    let shown = *shown.lock().expect("shown");
    println!(
        "{{\"trainees\":{},\"seconds\":{},\"messages\":{},\"messages_per_s\":{:.0},\"checkpoints\":{},\"shown_on_board\":{},\"latency_ms_p50\":{:.1},\"latency_ms_p99\":{:.1},\"latency_ms_max\":{:.1}}}",
        a.trainees, a.seconds, messages, messages as f64 / a.seconds as f64, checkpoints, shown, q(0.5), q(0.99), l.last().copied().unwrap_or(0.0)
    );
    let _ = setup.delete_stream(&stream_name).await;
    if shown != checkpoints {
        std::process::exit(1);
    }
}

/// One trainee: the lesson's scripted solution, again and again, with a few hundred
/// milliseconds between actions. Returns the messages sent and the checkpoints reached.
async fn trainee(i: usize, js: jetstream::Context, class: String, lesson: Lesson, reached: Reached, deadline: Instant) -> (usize, usize) {
    let user = format!("trainee{i:02}");
    let mut rng = Rng::new(0x7ea0 + i as u64);
    let mut tokens = SeededTokens(Rng::new(0xbeef + i as u64));
    let (mut sent, mut count, mut round) = (0usize, 0usize, 0u32);
    let mut n = 0u64;
    let send = |js: jetstream::Context, tail: String, bytes: Vec<u8>, id: String| async move {
        let mut publish = jetstream::message::PublishMessage::build().payload(bytes.into());
        if !id.is_empty() {
            publish = publish.message_id(id);
        }
        js.send_publish(tail, publish).await.expect("publishes").await.expect("acknowledged");
    };
    while Instant::now() < deadline {
        round += 1;
        let mut now = T0;
        let mut ws: Workspace = lesson.start_workspace(now, &mut tokens).expect("the scenario builds");
        // The round number stands in the progress's start, so the board can tell rounds apart.
        let mut progress = Progress::new(&lesson, Timestamp(i64::from(round)));
        n += 1;
        send(js.clone(), format!("ftc.{class}.log.{user}"), CopyMessage::Start(flowthrough_core::storage::export(&ws).expect("export")).encode(), format!("{class}.{user}.{n}")).await;
        sent += 1;
        let dee = ws.partner().subscribers().values().find(|s| s.broadworks_user_id.starts_with("2145550104")).map(|s| s.id).expect("Dee");
        let steps: [Box<dyn Fn(&Workspace) -> Option<Command> + Send + Sync>; 3] = [
            Box::new(move |_| Some(Command::RetryActivation { subscriber: dee, email: "dee.dahl@acme.example".into() })),
            Box::new(|w| {
                w.mail().links().iter().find(|(_, l)| matches!(l.purpose, LinkPurpose::ActivateUser { .. }) && l.used.is_none()).map(|(t, _)| Command::OpenLink { token: t.clone() })
            }),
            Box::new(|w| w.control().users().values().find(|u| u.email.as_str() == "dee.dahl@acme.example").map(|u| Command::SignIn { user: u.id })),
        ];
        for step in &steps {
            tokio::time::sleep(Duration::from_millis(150 + rng.below(450))).await;
            if Instant::now() >= deadline {
                break;
            }
            let Some(cmd) = step(&ws) else { continue };
            now = now.plus(30);
            progress.acted(cmd.name(), now);
            if ws.apply(cmd, now, &mut tokens).is_err() {
                continue;
            }
            let new = progress.observe(&lesson, &ws, now);
            let at = Instant::now();
            for id in &new {
                reached.lock().expect("reached").insert((user.clone(), id.clone(), round), at);
            }
            count += new.len();
            n += 1;
            let entry = ws.log().entries().last().cloned().expect("an entry");
            send(js.clone(), format!("ftc.{class}.log.{user}"), CopyMessage::Change(entry).encode(), format!("{class}.{user}.{n}")).await;
            let report = Report { name: format!("Trainee {i}"), progress: progress.clone() };
            send(js.clone(), format!("ftc.{class}.progress.{user}"), report.encode(), String::new()).await;
            sent += 2;
        }
    }
    (sent, count)
}
