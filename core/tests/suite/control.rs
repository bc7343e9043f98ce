//! Scenarios of seeds 003 (Control Hub user states) and 004 (activation emails).

use crate::common::*;
use flowthrough_core::query::*;
use flowthrough_core::*;

const DAY: i64 = 86_400;

#[test]
fn not_verified_when_added_while_the_domain_is_not_verified() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let u = sim.add_user(org, "ann@acme.example");
    assert_eq!(sim.ws.control().users()[&u].state, UserState::NotVerified);
    assert_eq!(sim.ws.control().users()[&u].reason, StateReason::AddedDomainNotVerified);
}

#[test]
fn not_verified_when_a_not_verified_user_is_converted_and_the_domain_is_not_verified() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let free = sim.org("Free", true);
    let u = sim.free_user(free, "bo@acme.example", false);
    sim.ok(Command::ClaimUsers { org, users: vec![u], mode: ClaimMode::Immediate });
    assert_eq!(sim.ws.control().users()[&u].state, UserState::NotVerified);
    assert_eq!(sim.ws.control().users()[&u].reason, StateReason::ConvertedNotVerified);
    assert_eq!(sim.ws.control().users()[&u].org, org);
}

#[test]
fn verified_by_completing_email_verification() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let u = sim.add_user(org, "cy@acme.example");
    sim.ok(Command::CompleteEmailVerification { user: u });
    assert_eq!(sim.ws.control().users()[&u].state, UserState::Verified);
    assert_eq!(sim.ws.control().users()[&u].reason, StateReason::CompletedEmailVerification);
    // The activation email's link does the same for another user.
    let v = sim.add_user(org, "dee@acme.example");
    let token = sim.last_link("dee@acme.example");
    sim.ok(Command::OpenLink { token });
    assert_eq!(sim.ws.control().users()[&v].state, UserState::Verified);
}

#[test]
fn verified_when_added_after_the_domain_is_verified_by_any_method_but_sync() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    sim.verified_domain(org, "acme.example");
    let u = sim.add_user(org, "eve@acme.example");
    assert_eq!(sim.ws.control().users()[&u].state, UserState::Verified);
    assert_eq!(sim.ws.control().users()[&u].reason, StateReason::AddedDomainVerified);
    sim.ok(Command::AddUsers { org, users: vec![UserInput { email: "fay@acme.example".into(), name: "Fay".into() }], from_csv: true });
    assert_eq!(sim.user("fay@acme.example").state, UserState::Verified);
    assert_eq!(sim.user("fay@acme.example").source, UserSource::Csv);
}

#[test]
fn verified_when_added_by_site_linking() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let add = Command::AddSiteUsers { org, site: "acme.webex.com".into(), users: vec![UserInput { email: "gus@other.example".into(), name: String::new() }] };
    assert!(matches!(sim.apply(add.clone()), Err(CommandError::SiteNotLinked(_))));
    sim.ok(Command::LinkSite { org, site: "https://Acme.webex.com/".into() });
    sim.ok(add);
    assert_eq!(sim.user("gus@other.example").state, UserState::Verified);
    assert_eq!(sim.user("gus@other.example").reason, StateReason::AddedBySiteLinking);
}

#[test]
fn converted_users_keep_verified_and_active_and_a_verified_domain_verifies_not_verified() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let free = sim.org("Free", true);
    let v = sim.free_user(free, "hal@elsewhere.example", true);
    let a = sim.free_user(free, "ida@elsewhere.example", true);
    sim.ok(Command::SignIn { user: a });
    assert_eq!(sim.ws.control().users()[&a].state, UserState::Active);
    sim.verified_domain(org, "acme.example");
    let n = sim.free_user(free, "jo@acme.example", false);
    sim.ok(Command::ClaimUsers { org, users: vec![v, a, n], mode: ClaimMode::Immediate });
    assert_eq!((sim.ws.control().users()[&v].state, sim.ws.control().users()[&v].reason), (UserState::Verified, StateReason::ConvertedVerified));
    assert_eq!((sim.ws.control().users()[&a].state, sim.ws.control().users()[&a].reason), (UserState::Active, StateReason::ConvertedActive));
    assert_eq!(
        (sim.ws.control().users()[&n].state, sim.ws.control().users()[&n].reason),
        (UserState::Verified, StateReason::ConvertedNotVerifiedDomainVerified)
    );
}

#[test]
fn active_on_first_sign_in_and_not_verified_users_verify_when_they_first_sign_in() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    sim.verified_domain(org, "acme.example");
    let u = sim.add_user(org, "kim@acme.example");
    sim.ok(Command::SignIn { user: u });
    assert_eq!((sim.user("kim@acme.example").state, sim.user("kim@acme.example").reason), (UserState::Active, StateReason::FirstSignIn));
    let n = sim.add_user(org, "lee@other.example");
    assert_eq!(sim.ws.control().users()[&n].state, UserState::NotVerified);
    sim.ok(Command::SignIn { user: n });
    assert_eq!(sim.ws.control().users()[&n].state, UserState::Active);
}

#[test]
fn directory_sync_after_domain_verification_makes_users_active_before_sign_in() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    sim.verified_domain(org, "acme.example");
    sim.ok(Command::ClaimDomain { org, domain: "acme.example".into() });
    let entries = vec![
        DirectoryEntry { email: "max@acme.example".into(), name: "Max".into(), enabled: true },
        DirectoryEntry { email: "ned@unverified.example".into(), name: "Ned".into(), enabled: true },
        DirectoryEntry { email: "off@acme.example".into(), name: "Off".into(), enabled: false },
    ];
    assert_eq!(sim.apply(Command::SyncDirectory { org, entries: entries.clone() }), Err(CommandError::SyncOff));
    sim.ok(Command::SetDirectorySync { org, enabled: true });
    let ev = sim.ok(Command::SyncDirectory { org, entries });
    let max = sim.user("max@acme.example");
    assert_eq!((max.state, max.reason, max.signed_in), (UserState::Active, StateReason::SyncedDomainVerified, false));
    assert_eq!(sim.user("ned@unverified.example").state, UserState::NotVerified);
    assert!(ev.iter().any(|e| matches!(e, Event::SyncEntryRejected { email, .. } if email == "off@acme.example")), "never created Inactive");
}

#[test]
fn directory_sync_deactivates_and_users_it_manages_cannot_be_managed_by_hand() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    sim.verified_domain(org, "acme.example");
    sim.ok(Command::SetDirectorySync { org, enabled: true });
    let e = |email: &str, enabled| DirectoryEntry { email: email.into(), name: String::new(), enabled };
    sim.ok(Command::SyncDirectory { org, entries: vec![e("oli@acme.example", true), e("pat@acme.example", true)] });
    // Disabled in the directory → Inactive, by sync.
    sim.ok(Command::SyncDirectory { org, entries: vec![e("oli@acme.example", false), e("pat@acme.example", true)] });
    let oli = sim.user("oli@acme.example").clone();
    assert_eq!((oli.state, oli.reason), (UserState::Inactive, StateReason::DeactivatedBySync));
    // Missing from the directory → Inactive too.
    sim.ok(Command::SyncDirectory { org, entries: vec![e("oli@acme.example", false)] });
    assert_eq!(sim.user("pat@acme.example").state, UserState::Inactive);
    for cmd in [Command::Reactivate { user: oli.id }, Command::DeleteUser { user: oli.id }, Command::Deactivate { user: oli.id }] {
        assert_eq!(sim.apply(cmd), Err(CommandError::ManagedBySync("oli@acme.example".into())));
    }
    // Re-enabled in the directory → back to the state it had.
    sim.ok(Command::SyncDirectory { org, entries: vec![e("oli@acme.example", true)] });
    assert_eq!(sim.user("oli@acme.example").state, UserState::Active);
}

#[test]
fn inactive_by_admin_and_reactivation_returns_the_previous_state() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    sim.verified_domain(org, "acme.example");
    let u = sim.add_user(org, "quinn@acme.example");
    sim.ok(Command::Deactivate { user: u });
    assert_eq!((sim.ws.control().users()[&u].state, sim.ws.control().users()[&u].reason), (UserState::Inactive, StateReason::DeactivatedByAdmin));
    assert!(matches!(sim.apply(Command::SignIn { user: u }), Err(CommandError::WrongState(_))));
    sim.ok(Command::Reactivate { user: u });
    assert_eq!(sim.ws.control().users()[&u].state, UserState::Verified);
    // Deactivated users are deleted after 30 days.
    sim.ok(Command::Deactivate { user: u });
    sim.advance(30 * DAY);
    sim.ok(Command::Tick);
    assert!(!sim.ws.control().users().contains_key(&u));
}

#[test]
fn delayed_claim_waits_14_days_then_the_default_action_runs() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let free = sim.org("Free", true);
    let a = sim.free_user(free, "rae@elsewhere.example", true);
    let b = sim.free_user(free, "sam@elsewhere.example", true);
    assert_eq!(claimable(&sim.ws, org, "ELSEWHERE").len(), 2);
    sim.ok(Command::ClaimUsers { org, users: vec![a, b], mode: ClaimMode::Delayed });
    assert!(claimable(&sim.ws, org, "").is_empty(), "users in a claim are not offered again");
    assert_eq!(sim.ws.control().users()[&a].state, UserState::DelayedClaim);
    let claim = sim.ws.control().users()[&a].delayed_claim.clone().unwrap();
    assert_eq!(sim.now.days_until(claim.deadline), 14);
    // The user chooses: the state changes at once.
    sim.ok(Command::ChooseDataHandling { user: a, choice: DataChoice::DeleteOldAccount });
    assert_eq!(sim.ws.control().users()[&a].state, UserState::Verified);
    // Nothing happens before the 14 days pass.
    sim.advance(14 * DAY - 1);
    let ev = sim.ok(Command::Tick);
    assert!(!ev.iter().any(|e| matches!(e, Event::ClaimResolved { .. })), "{ev:?}");
    assert_eq!(sim.ws.control().users()[&b].state, UserState::DelayedClaim);
    sim.advance(1);
    let ev = sim.ok(Command::Tick);
    assert!(ev.contains(&Event::ClaimResolved { user: b, choice: DataChoice::MoveConversations, by_default: true }));
    assert_eq!(sim.ws.control().users()[&b].state, UserState::Verified);
}

#[test]
fn claims_only_come_from_free_organizations() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let paid = sim.org("Globex", false);
    let u = sim.add_user(paid, "tia@globex.example");
    assert!(claimable(&sim.ws, org, "").is_empty(), "users of paid organizations are not offered");
    let err = sim.apply(Command::ClaimUsers { org, users: vec![u], mode: ClaimMode::Immediate }).unwrap_err();
    assert!(err.to_string().contains("paid organization"), "{err}");
    assert!(matches!(sim.apply(Command::AddUsers { org, users: vec![UserInput { email: "tia@globex.example".into(), name: String::new() }], from_csv: false }), Err(CommandError::BadRow { .. })));
}

#[test]
fn domains_verify_then_claim_and_a_claimed_domain_blocks_other_orgs() {
    let mut sim = Sim::new();
    let acme = sim.org("Acme", false);
    let other = sim.org("Other", false);
    sim.ok(Command::AddDomain { org: acme, domain: "Acme.Example".into() });
    let d = sim.ws.control().orgs()[&acme].domain("acme.example").unwrap().clone();
    assert!(d.txt_value.starts_with("webex-domain-verification="));
    assert!(matches!(sim.apply(Command::ClaimDomain { org: acme, domain: "acme.example".into() }), Err(CommandError::DomainStep(_))));
    assert!(matches!(sim.apply(Command::VerifyDomain { org: acme, domain: "acme.example".into() }), Err(CommandError::DomainStep(_))));
    sim.ok(Command::PublishDomainRecord { org: acme, domain: "acme.example".into() });
    sim.ok(Command::VerifyDomain { org: acme, domain: "acme.example".into() });
    sim.ok(Command::ClaimDomain { org: acme, domain: "acme.example".into() });
    sim.ok(Command::AddDomain { org: other, domain: "acme.example".into() });
    sim.ok(Command::PublishDomainRecord { org: other, domain: "acme.example".into() });
    assert!(matches!(sim.apply(Command::VerifyDomain { org: other, domain: "acme.example".into() }), Err(CommandError::DomainStep(_))));
    let err = sim.apply(Command::AddUsers { org: other, users: vec![UserInput { email: "uma@acme.example".into(), name: String::new() }], from_csv: false });
    assert!(err.unwrap_err().to_string().contains("claimed by another organization"));
    let free = sim.org("Free", true);
    assert!(matches!(sim.apply(Command::SignUpFree { org: free, email: "uma@acme.example".into(), name: "Uma".into(), verified: true }), Err(CommandError::DomainClaimedElsewhere(_))));
    sim.add_user(acme, "uma@acme.example");
    assert_eq!(users_with_domain(&sim.ws, "acme.example").len(), 1);
}

#[test]
fn automatic_activation_emails_are_on_by_default_and_suppressed_when_off() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    assert!(sim.ws.control().orgs()[&org].automatic_activation_emails);
    sim.add_user(org, "vic@acme.example");
    let m = sim.mails_to("vic@acme.example")[0].clone();
    assert_eq!((m.kind, &m.delivery), (MessageKind::Activation, &Delivery::Sent));
    assert!(m.link.is_some());

    sim.ok(Command::SetAutomaticActivationEmails { org, enabled: false });
    let w = sim.add_user(org, "wes@acme.example");
    let m = sim.mails_to("wes@acme.example")[0].clone();
    assert!(matches!(m.delivery, Delivery::Suppressed(_)));
    assert!(m.link.is_none(), "a suppressed email carries no live link");
    assert_eq!(not_activated(&sim.ws, org).len(), 2);

    // The admin sends activation emails by hand, individually or in bulk: always sent.
    let v = sim.user_id("vic@acme.example");
    sim.ok(Command::SendActivationEmails { users: vec![v, w] });
    assert_eq!(sim.mails_to("wes@acme.example").last().unwrap().delivery, Delivery::Sent);
    // Reactivation notices to inactive users are suppressed too.
    sim.ok(Command::Deactivate { user: w });
    sim.ok(Command::Reactivate { user: w });
    let last = sim.mails_to("wes@acme.example").last().unwrap().clone();
    assert_eq!(last.kind, MessageKind::Reactivation);
    assert!(matches!(last.delivery, Delivery::Suppressed(_)));
}

#[test]
fn free_to_paid_conversion_notices_are_sent_even_with_the_toggle_off() {
    let mut sim = Sim::new();
    let free = sim.org("Startup", true);
    sim.free_user(free, "xia@startup.example", true);
    // A free org has no admin toggle to turn off; the org that claims does.
    let org = sim.org("Acme", false);
    sim.ok(Command::SetAutomaticActivationEmails { org, enabled: false });
    let y = sim.free_user(free, "yan@startup.example", true);
    sim.ok(Command::ClaimUsers { org, users: vec![y], mode: ClaimMode::Immediate });
    let m = sim.mails_to("yan@startup.example").last().unwrap().clone();
    assert_eq!((m.kind, m.delivery), (MessageKind::PaidConversion, Delivery::Sent));
    sim.ok(Command::ConvertToPaid { org: free });
    let m = sim.mails_to("xia@startup.example").last().unwrap().clone();
    assert_eq!((m.kind, m.delivery), (MessageKind::PaidConversion, Delivery::Sent));
}

#[test]
fn reminders_go_out_after_seven_days_or_are_suppressed_and_can_be_sent_by_hand() {
    let mut sim = Sim::new();
    let on = sim.org("On", false);
    let off = sim.org("Off", false);
    sim.ok(Command::SetAutomaticActivationEmails { org: off, enabled: false });
    sim.add_user(on, "zoe@on.example");
    let a = sim.add_user(off, "abe@off.example");
    sim.advance(7 * DAY);
    sim.ok(Command::Tick);
    let z = sim.mails_to("zoe@on.example").last().unwrap().clone();
    assert_eq!((z.kind, z.delivery), (MessageKind::Reminder, Delivery::Sent));
    let r = sim.mails_to("abe@off.example").last().unwrap().clone();
    assert_eq!(r.kind, MessageKind::Reminder);
    assert!(matches!(r.delivery, Delivery::Suppressed(_)));
    // Only one automatic reminder.
    sim.advance(7 * DAY);
    assert!(sim.ok(Command::Tick).is_empty());
    // By hand: always sent; active users are refused with the reason.
    sim.ok(Command::SendReminders { users: vec![a] });
    assert_eq!(sim.mails_to("abe@off.example").last().unwrap().delivery, Delivery::Sent);
    sim.ok(Command::SignIn { user: a });
    assert!(matches!(sim.apply(Command::SendReminders { users: vec![a] }), Err(CommandError::BadRow { .. })));
}

#[test]
fn audit_log_records_actor_command_and_events_and_exports() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    sim.add_user(org, "bea@acme.example");
    let entries = audit(&sim.ws, "bea@");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].actor, Actor::CustomerAdmin);
    let csv = audit_csv(&entries);
    assert!(csv.starts_with("Seq,Time,Actor,Command,Event\r\n"));
    assert!(csv.contains("User bea@acme.example"));
}
