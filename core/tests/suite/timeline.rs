//! What happens next: the timeline lists what the clock will do, and the tick does it then.

use crate::common::*;
use flowthrough_core::timeline::Due;
use flowthrough_core::*;

#[test]
fn the_timeline_lists_what_the_clock_will_do_and_the_tick_does_it_then() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let ann = sim.add_user(org, "ann@acme.example"); // reminder in 7 days, link expires in 7 days
    let bo = sim.add_user(org, "bo@acme.example");
    sim.ok(Command::SignIn { user: bo });
    sim.ok(Command::Deactivate { user: bo }); // deleted in 30 days
    let free = sim.org("Free", true);
    let cy = sim.free_user(free, "cy@elsewhere.example", true);
    sim.ok(Command::ClaimUsers { org, users: vec![cy], mode: ClaimMode::Delayed }); // default in 14 days

    let t = sim.ws.timeline(sim.now);
    let at = |due: &Due| t.iter().find(|s| &s.due == due).map(|s| s.at);
    assert_eq!(at(&Due::Reminder(ann)), Some(T0.plus(7 * 86_400)));
    assert_eq!(at(&Due::Deletion(bo)), Some(T0.plus(30 * 86_400)));
    assert_eq!(at(&Due::ClaimDefault(cy)), Some(T0.plus(14 * 86_400)));
    assert!(t.iter().any(|s| matches!(&s.due, Due::LinkExpires(LinkPurpose::ActivateUser { user }) if *user == ann)));
    assert!(t.windows(2).all(|w| w[0].at <= w[1].at), "soonest first");
    assert_eq!(sim.ws.user_timeline(cy, sim.now).len(), 1, "one user's own entries");
    let (head, total) = sim.ws.timeline_head(sim.now, 2);
    assert_eq!((head.as_slice(), total), (&t[..2], t.len()), "the head is the timeline's start");

    // Each entry happens at its time, not a second before.
    for s in t.iter().filter(|s| !matches!(s.due, Due::LinkExpires(_))) {
        let mut before = sim.ws.clone();
        let mut tokens = flowthrough_core::demo::SeededTokens(flowthrough_core::demo::Rng::new(1));
        let early = before.apply(Command::Tick, Timestamp(s.at.0 - 1), &mut tokens).unwrap();
        let mut then = sim.ws.clone();
        let events = then.apply(Command::Tick, s.at, &mut tokens).unwrap();
        let user = match s.due { Due::ClaimDefault(u) | Due::Deletion(u) | Due::Reminder(u) => u, Due::LinkExpires(_) => unreachable!() };
        let email = sim.ws.control().users()[&user].email.to_string();
        let touches = |ev: &[Event]| ev.iter().any(|e| {
            let e = format!("{e:?}");
            e.contains(&format!("{user:?}")) || e.contains(&format!("{email:?}"))
        });
        let text = sim.ws.describe_due(s);
        assert_eq!(text.str("who"), Some(email.as_str()), "{text:?}");
        assert!(!touches(&early), "{text:?} ran early");
        assert!(touches(&events), "{text:?} did not run at {}", s.at);
    }
}
