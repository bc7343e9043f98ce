//! Lessons: every checkpoint kind evaluated, the lesson file's round trip and its refusals, and
//! each built-in lesson solved by a scripted solution (the same commands a person's clicks
//! dispatch in the app).

use crate::common::*;
use flowthrough_core::lesson::{builtin, check::keys, Check, Checkpoint, Lesson, LessonError, Localized, Progress, Start, Step};
use flowthrough_core::*;

/// A learner's copy of a built-in lesson's start, on the test clock.
fn start(id: &str) -> (Lesson, Sim) {
    let lesson = builtin::lesson(id).unwrap_or_else(|| panic!("built-in lesson {id}"));
    let mut sim = Sim::new();
    let mut n = 1000u64;
    let mut tokens = || {
        n += 1;
        Token(format!("{:032x}", n).into())
    };
    sim.ws = lesson.start_workspace(sim.now, &mut tokens).expect("the scenario builds");
    (lesson, sim)
}

fn sub_id(sim: &Sim, number: &str) -> SubscriberId {
    sim.ws.partner().subscribers().values().find(|s| s.broadworks_user_id.starts_with(number)).expect("subscriber").id
}
fn user_id(sim: &Sim, email: &str) -> UserId {
    sim.ws.control().users().values().find(|u| u.email.as_str() == email).expect("user").id
}
fn org_id(sim: &Sim, name: &str) -> OrgId {
    sim.ws.control().orgs().values().find(|o| o.name == name).expect("org").id
}
fn last_link_to(sim: &Sim, to: &str) -> Token {
    sim.ws.mail().outbox().loaded().iter().rev().find(|m| m.to == to).and_then(|m| m.link.as_ref()?.token().cloned()).expect("a link")
}

/// Observes after each command, as the app does after each dispatch; returns the progress.
struct Learner {
    lesson: Lesson,
    sim: Sim,
    progress: Progress,
}

impl Learner {
    fn new(id: &str) -> Learner {
        let (lesson, sim) = start(id);
        let mut progress = Progress::new(&lesson, sim.now);
        let reached = progress.observe(&lesson, &sim.ws, sim.now);
        assert!(reached.is_empty(), "{id}: nothing is reached at the start, but {reached:?} was");
        Learner { lesson, sim, progress }
    }
    fn ok(&mut self, cmd: Command) -> Vec<String> {
        self.sim.advance(30);
        self.sim.ok(cmd);
        self.progress.observe(&self.lesson, &self.sim.ws, self.sim.now)
    }
    fn clock(&mut self) -> Vec<String> {
        let (step, seconds) = self.progress.clock_due(&self.lesson).expect("a clock step is due");
        self.progress.clock_taken.insert(step);
        self.sim.ok(Command::AdvanceClock { seconds });
        self.sim.advance(seconds);
        self.sim.ok(Command::Tick);
        self.progress.observe(&self.lesson, &self.sim.ws, self.sim.now)
    }
}

#[test]
fn every_built_in_lesson_reads_and_names_an_existing_scenario() {
    assert_eq!(builtin::lessons().len(), builtin::LESSON_FILES.len());
    for text in builtin::LESSON_FILES {
        let lesson = Lesson::read(text).expect("built-in lesson reads");
        for lang in flowthrough_core::lesson::LANGUAGES {
            assert!(lesson.title.0.contains_key(lang), "{}: title in {lang}", lesson.id);
            assert!(lesson.introduction.0.contains_key(lang), "{}: introduction in {lang}", lesson.id);
            for step in &lesson.steps {
                assert!(step.instruction.0.contains_key(lang), "{}: instruction in {lang}", lesson.id);
                if let Some(h) = &step.hint {
                    assert!(h.0.contains_key(lang), "{}: hint in {lang}", lesson.id);
                }
            }
        }
    }
}

#[test]
fn lesson_1_template_then_portal() {
    let mut l = Learner::new("untrusted-template");
    let hal = sub_id(&l.sim, "2145550108");
    assert_eq!(l.sim.sub(hal).status, SubscriberStatus::Error);
    let t = *l.sim.ws.partner().templates().keys().next().unwrap();
    let input = TemplateInput { name: "Acme Untrusted".into(), package: Package::Standard, auth: AuthMode::BroadWorks, untrusted_emails: true, share_link: String::new() };
    assert_eq!(l.ok(Command::UpdateTemplate { template: t, input }), ["template-ready"]);
    assert_eq!(l.progress.current_step(&l.lesson), Some(1));
    let pid = l.sim.pid(t);
    let reached = l.ok(Command::SubmitEmail {
        provisioning_id: pid,
        broadworks_user_id: "2145550108@voice.example.net".into(),
        password: "welcome1".into(),
        email: "hal@acme.example".into(),
    });
    assert_eq!(reached, ["verification-sent", "acme-no-errors"]);
    let token = last_link_to(&l.sim, "hal@acme.example");
    assert_eq!(l.ok(Command::OpenLink { token }), ["hal-provisioned"]);
    assert!(l.progress.complete(&l.lesson));
    assert_eq!(l.progress.count(&l.lesson), (4, 4));
}

#[test]
fn lesson_2_retry_activation_then_sign_in() {
    let mut l = Learner::new("portal-error");
    let dee = sub_id(&l.sim, "2145550104");
    assert!(l.sim.sub(dee).locked_for_portal());
    let mut reached = l.ok(Command::RetryActivation { subscriber: dee, email: "dee.dahl@acme.example".into() });
    reached.sort();
    assert_eq!(reached, ["acme-no-errors", "dee-activation-sent", "dee-provisioned"]);
    let token = last_link_to(&l.sim, "dee.dahl@acme.example");
    l.ok(Command::OpenLink { token });
    let u = user_id(&l.sim, "dee.dahl@acme.example");
    assert_eq!(l.ok(Command::SignIn { user: u }), ["dee-active"]);
    assert!(l.progress.complete(&l.lesson));
}

#[test]
fn lesson_3_user_states_and_a_delayed_claim() {
    let mut l = Learner::new("control-states");
    let token = last_link_to(&l.sim, "ann@contoso.example");
    assert_eq!(l.ok(Command::OpenLink { token }), ["ann-verified"]);
    let ann = user_id(&l.sim, "ann@contoso.example");
    assert_eq!(l.ok(Command::SignIn { user: ann }), ["ann-active"]);
    let contoso = org_id(&l.sim, "Contoso");
    l.ok(Command::PublishDomainRecord { org: contoso, domain: "contoso.example".into() });
    assert_eq!(l.ok(Command::VerifyDomain { org: contoso, domain: "contoso.example".into() }), ["domain-verified"]);
    let bo = vec![UserInput { email: "bo@contoso.example".into(), name: "Bo Ng".into() }];
    assert_eq!(l.ok(Command::AddUsers { org: contoso, users: bo, from_csv: false }), ["bo-verified"]);
    assert_eq!(l.progress.clock_due(&l.lesson), None, "the clock step waits for its step");
    let eve = user_id(&l.sim, "eve@contoso.example");
    assert_eq!(l.ok(Command::ClaimUsers { org: contoso, users: vec![eve], mode: ClaimMode::Delayed }), ["eve-delayed"]);
    assert_eq!(l.progress.current_step(&l.lesson), Some(3));
    assert_eq!(l.clock(), ["eve-verified"]);
    assert!(l.progress.complete(&l.lesson));
    assert_eq!(l.progress.clock_due(&l.lesson), None);
}

#[test]
fn lesson_4_activation_emails() {
    let mut l = Learner::new("activation-emails");
    let globex = org_id(&l.sim, "Globex");
    assert_eq!(l.ok(Command::SetAutomaticActivationEmails { org: globex, enabled: false }), ["globex-emails-off"]);
    let users = ["ivy", "jon"].map(|n| UserInput { email: format!("{n}@globex.example"), name: String::new() }).to_vec();
    assert_eq!(l.ok(Command::AddUsers { org: globex, users, from_csv: false }), ["ivy-suppressed", "jon-suppressed"]);
    let ivy = user_id(&l.sim, "ivy@globex.example");
    assert_eq!(l.ok(Command::SendActivationEmails { users: vec![ivy] }), ["ivy-sent"]);
    let free = org_id(&l.sim, "Globex Free");
    assert_eq!(l.ok(Command::ConvertToPaid { org: free }), ["globex-free-paid", "kim-notified"]);
    assert!(l.progress.complete(&l.lesson));
}

#[test]
fn a_wrong_solution_reaches_only_what_it_did() {
    // Sending Jon an activation email too is not what step 3 asked; the checkpoint for Ivy
    // stays unreached until she gets hers.
    let mut l = Learner::new("activation-emails");
    let globex = org_id(&l.sim, "Globex");
    l.ok(Command::SetAutomaticActivationEmails { org: globex, enabled: false });
    l.ok(Command::AddUsers { org: globex, users: vec![UserInput { email: "jon@globex.example".into(), name: String::new() }], from_csv: false });
    let jon = user_id(&l.sim, "jon@globex.example");
    assert!(l.ok(Command::SendActivationEmails { users: vec![jon] }).is_empty());
    assert_eq!(l.progress.count(&l.lesson), (2, 6));
    assert_eq!(l.progress.current_step(&l.lesson), Some(1));
}

/// A workspace where every kind of check can be true and false.
fn world() -> Sim {
    let (_, mut sim) = start("portal-error");
    let contoso = org_id(&sim, "Contoso");
    sim.ok(Command::AddDomain { org: contoso, domain: "contoso.example".into() });
    sim.ok(Command::CreateOrg { name: "Free".into(), free: true });
    sim
}

#[test]
fn every_check_kind_is_evaluated() {
    let sim = world();
    let ws = &sim.ws;
    let cases: Vec<(Check, bool)> = vec![
        (Check::SubscriberStatus { subscriber: "2145550104".into(), status: SubscriberStatus::Error }, true),
        (Check::SubscriberStatus { subscriber: "2145550104@voice.example.net".into(), status: SubscriberStatus::Error }, true),
        (Check::SubscriberStatus { subscriber: "2145550101".into(), status: SubscriberStatus::Provisioned }, false),
        (Check::SubscriberStatus { subscriber: "999".into(), status: SubscriberStatus::Error }, false),
        (Check::SubscriberPackage { subscriber: "2145550101".into(), package: Package::Standard }, true),
        (Check::SubscriberPackage { subscriber: "2145550101".into(), package: Package::Basic }, false),
        (Check::UserState { email: "dana@contoso.example".into(), state: UserState::NotVerified, org: None }, true),
        (Check::UserState { email: "DANA@contoso.example".into(), state: UserState::NotVerified, org: Some("contoso".into()) }, true),
        (Check::UserState { email: "dana@contoso.example".into(), state: UserState::NotVerified, org: Some("Free".into()) }, false),
        (Check::UserState { email: "dana@contoso.example".into(), state: UserState::Active, org: None }, false),
        (Check::NoUser { email: "nobody@contoso.example".into() }, true),
        (Check::NoUser { email: "dana@contoso.example".into() }, false),
        (Check::TemplateReady { template: "Acme Untrusted".into() }, true),
        (Check::TemplateReady { template: "Missing".into() }, false),
        (Check::CustomerNoErrors { customer: "Acme Corp".into() }, false),
        (Check::CustomerNoErrors { customer: "Nobody".into() }, false),
        (Check::Email { to: "dana@contoso.example".into(), kind: MessageKind::Activation, sent: true }, true),
        (Check::Email { to: "dana@contoso.example".into(), kind: MessageKind::Activation, sent: false }, false),
        (Check::Email { to: "dana@contoso.example".into(), kind: MessageKind::Reminder, sent: true }, false),
        (Check::AutomaticEmails { org: "Contoso".into(), enabled: true }, true),
        (Check::AutomaticEmails { org: "Contoso".into(), enabled: false }, false),
        (Check::DirectorySync { org: "Contoso".into(), enabled: false }, true),
        (Check::DirectorySync { org: "Contoso".into(), enabled: true }, false),
        (Check::DomainStatus { org: "Contoso".into(), domain: "contoso.example".into(), status: DomainStatus::Unverified }, true),
        (Check::DomainStatus { org: "Contoso".into(), domain: "contoso.example".into(), status: DomainStatus::Verified }, false),
        (Check::DomainStatus { org: "Contoso".into(), domain: "other.example".into(), status: DomainStatus::Unverified }, false),
        (Check::OrgPaid { org: "Contoso".into() }, true),
        (Check::OrgPaid { org: "Free".into() }, false),
    ];
    for (check, expected) in cases {
        assert_eq!(check.holds(ws), expected, "{check:?}");
        // Every kind reads back from its file form as itself.
        let cp = Checkpoint { id: "x".into(), check: check.clone(), label: None };
        let json = serde_json::to_string(&cp).unwrap();
        assert_eq!(serde_json::from_str::<Checkpoint>(&json).unwrap(), cp, "{json}");
        assert!(check.text().id.starts_with("check-"));
    }
    // The same workspace, read back from its export, gives the same answers.
    let copy = storage::import(&storage::export(ws).unwrap()).unwrap();
    let lesson = builtin::lesson("portal-error").unwrap();
    assert_eq!(Progress::holding(&lesson, ws), Progress::holding(&lesson, &copy));
}

fn minimal() -> Lesson {
    Lesson {
        flowthrough_lesson: 1,
        id: "mine".into(),
        title: Localized::one("en", "Mine"),
        introduction: Localized::default(),
        start: Start::Scenario { name: "portal-error".into() },
        steps: vec![Step {
            instruction: Localized::one("en", "Do it"),
            hint: None,
            clock: None,
            checkpoints: vec![Checkpoint { id: "a".into(), check: Check::NoUser { email: "x@y.example".into() }, label: None }],
        }],
    }
}

#[test]
fn a_lesson_file_round_trips_with_its_snapshot() {
    let mut lesson = minimal();
    let (_, sim) = start("control-states");
    lesson.start = Lesson::snapshot(&sim.ws).expect("the whole history is in memory");
    let text = lesson.to_json();
    let back = Lesson::read(&text).expect("reads back");
    assert_eq!(back, lesson);
    let mut tokens = || Token("0".repeat(32).into());
    assert_eq!(back.start_workspace(Timestamp(0), &mut tokens).unwrap(), sim.ws);
    for built_in in builtin::lessons() {
        assert_eq!(Lesson::read(&built_in.to_json()).unwrap(), built_in);
    }
}

fn refused(text: &str) -> LessonError {
    match Lesson::read(text) {
        Ok(l) => panic!("accepted {l:?}"),
        Err(e) => e,
    }
}

#[test]
fn bad_lesson_files_are_refused_with_what_to_do() {
    assert!(matches!(refused("not json"), LessonError::Unreadable(_)));
    assert!(matches!(refused("{}"), LessonError::Unreadable(_)));
    assert!(matches!(refused(r#"{"flowthrough_lesson": 9}"#), LessonError::NewerFormat(9)));
    assert!(matches!(refused(r#"{"flowthrough_lesson": 1, "id": "x"}"#), LessonError::Unreadable(_)));
    let good = serde_json::to_string(&minimal()).unwrap();
    let bad = |from: &str, to: &str| {
        let compact = |s: &str| s.replace(": ", ":").replace(", ", ",");
        let text = good.replacen(&compact(from), &compact(to), 1);
        assert_ne!(text, good, "{from}");
        refused(&text)
    };
    assert!(matches!(bad(r#""id": "mine""#, r#""id": "no spaces please""#), LessonError::Invalid(_)));
    assert!(matches!(bad(r#""en": "Mine""#, r#""xx": "Mine""#), LessonError::Invalid(_)));
    assert!(matches!(bad(r#""en": "Mine""#, r#""en": " ""#), LessonError::Invalid(_)));
    assert!(matches!(bad(r#""name": "portal-error""#, r#""name": "nope""#), LessonError::Invalid(_)));
    assert!(matches!(bad(r#""kind": "scenario", "name": "portal-error""#, r#""kind": "snapshot", "data": "!!!""#), LessonError::Start(_)));
    assert!(matches!(bad(r#""kind": "scenario", "name": "portal-error""#, r#""kind": "snapshot", "data": "AAAA""#), LessonError::Start(_)));
    assert!(matches!(bad(r#""kind": "no_user""#, r#""kind": "format_disk""#), LessonError::Unreadable(_)));
    assert!(matches!(bad(r#""email": "x@y.example""#, r#""email": """#), LessonError::Invalid(_)));
    let e = bad(r#""kind": "no_user", "email": "x@y.example""#, r#""kind": "user_state", "email": "x@y.example", "state": "happy""#);
    assert!(e.to_string().contains("not-verified"), "{e}");
    let long = "x".repeat(5000);
    assert!(matches!(bad(r#""Do it""#, &format!("\"{long}\"")), LessonError::Invalid(_)));
    let mut twice = minimal();
    let first = twice.steps[0].checkpoints[0].clone();
    twice.steps[0].checkpoints.push(first);
    assert!(matches!(refused(&twice.to_json()), LessonError::Invalid(_)));
    let mut none = minimal();
    none.steps[0].checkpoints.clear();
    assert!(matches!(refused(&none.to_json()), LessonError::Invalid(_)));
    let mut clock = minimal();
    clock.steps[0].clock = Some(flowthrough_core::lesson::ClockStep { days: 0 });
    assert!(matches!(refused(&clock.to_json()), LessonError::Invalid(_)));
    let huge = format!("{{\"flowthrough_lesson\": 1, \"pad\": \"{}\"}}", "x".repeat(flowthrough_core::lesson::MAX_FILE_BYTES));
    assert!(matches!(refused(&huge), LessonError::Invalid(_)));
    for e in [refused("not json"), refused(r#"{"flowthrough_lesson": 9}"#)] {
        assert!(e.text().id.starts_with("lesson-error-"));
    }
}

#[test]
fn the_keys_a_file_uses_cover_every_code() {
    for k in MessageKind::ALL {
        let json = format!(r#"{{"id":"a","kind":"email","to":"a@b.example","mail":"{}","sent":true}}"#, keys::mail_kind_key(k));
        assert!(serde_json::from_str::<Checkpoint>(&json).is_ok(), "{json}");
    }
    for s in SubscriberStatus::ALL {
        let json = format!(r#"{{"id":"a","kind":"subscriber_status","subscriber":"1","status":"{}"}}"#, s.api_name());
        assert!(serde_json::from_str::<Checkpoint>(&json).is_ok(), "{json}");
    }
}

#[test]
fn progress_survives_its_json_and_refuses_another_lessons() {
    let mut l = Learner::new("activation-emails");
    let globex = org_id(&l.sim, "Globex");
    l.ok(Command::SetAutomaticActivationEmails { org: globex, enabled: false });
    l.progress.hints.insert(1);
    l.progress.acted("Automatic activation emails", l.sim.now);
    let back = Progress::read(&l.progress.to_json(), &l.lesson).unwrap();
    assert_eq!(back, l.progress);
    assert_eq!(back.took("globex-emails-off"), Some(30));
    let other = builtin::lesson("portal-error").unwrap();
    assert!(Progress::read(&l.progress.to_json(), &other).is_err());
    assert!(Progress::read("{", &l.lesson).is_err());
}

mod fuzzed {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// Any text, and a real lesson file cut or with one character changed anywhere, is
        /// read or refused; never a panic (core/fuzz's `lesson` target runs the same longer).
        #[test]
        fn damaged_lesson_files_are_read_or_refused(cut in 0usize..4_000, at in 0usize..4_000, c in any::<char>(), which in 0usize..4) {
            let text = builtin::LESSON_FILES[which];
            let mut chars: Vec<char> = text.chars().collect();
            let at = at % chars.len();
            chars[at] = c;
            let changed: String = chars.into_iter().collect();
            if let Ok(l) = Lesson::read(&changed) {
                prop_assert_eq!(Lesson::read(&l.to_json()), Ok(l));
            }
            let _ = Lesson::read(&text[..text.floor_char_boundary(cut.min(text.len()))]);
        }

        #[test]
        fn any_text_is_read_or_refused(s in ".{0,300}") {
            let _ = Lesson::read(&s);
        }
    }
}

#[test]
fn a_recording_becomes_a_lesson_or_says_what_is_missing() {
    use flowthrough_core::lesson::{propose::propose, Recording};
    let (_, mut sim) = start("activation-emails");
    let before = sim.ws.clone();
    let globex = org_id(&sim, "Globex");
    sim.ok(Command::SetAutomaticActivationEmails { org: globex, enabled: false });
    let proposals: Vec<(Checkpoint, String)> = propose(&before, &sim.ws).into_iter().map(|c| (c, "Emails off".to_string())).collect();
    assert_eq!(proposals.len(), 1);
    let recording = |title: &'static str, instruction: &'static str, checkpoints: Vec<(Checkpoint, String)>| Recording {
        lang: "sv",
        title,
        introduction: "",
        instruction,
        hint: " ",
        start: Lesson::snapshot(&before).unwrap(),
        checkpoints,
        suffix: "a1B2c3",
    };
    assert_eq!(Lesson::recorded(recording(" ", "Do it", proposals.clone())).unwrap_err().id, "lesson-title-missing");
    assert_eq!(Lesson::recorded(recording("T", "", proposals.clone())).unwrap_err().id, "lesson-instruction-missing");
    assert_eq!(Lesson::recorded(recording("T", "Do it", Vec::new())).unwrap_err().id, "lesson-no-checkpoint-kept");
    let lesson = Lesson::recorded(recording("Tyst start på Globex!", "Stäng av mejlen.", proposals)).unwrap();
    assert_eq!(lesson.id, "tyst-start-p-globex-a1b2c3");
    assert_eq!(lesson.title.get("sv"), "Tyst start på Globex!");
    assert_eq!(lesson.steps[0].hint, None);
    assert_eq!(lesson.steps[0].checkpoints[0].label.as_ref().map(|l| l.get("en")), Some("Emails off"));
    assert_eq!(Lesson::read(&lesson.to_json()).unwrap(), lesson);
}
