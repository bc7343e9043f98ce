//! Why is this user stuck: each cause the seeds describe, produced by a scenario, with its fix.

use crate::common::*;
use flowthrough_core::diagnosis::{Fix, Stuck};
use flowthrough_core::text::Arg;
use flowthrough_core::*;

fn stuck_sub(sim: &Sim, id: SubscriberId) -> flowthrough_core::diagnosis::Diagnosis {
    sim.ws.diagnose_subscriber(id, sim.now).expect("stuck")
}

#[test]
fn a_template_without_untrusted_emails_leaves_a_subscriber_stuck_and_says_where_to_fix_it() {
    let mut sim = Sim::new();
    let t = sim.template("Trusted", false);
    let c = sim.customer("Acme", "acme-ent", t);
    let s = sim.subscriber(c, "100@sp", None); // no BroadWorks email, and the template trusts emails
    let d = stuck_sub(&sim, s);
    assert_eq!(d.stuck, Stuck::TemplateNotConfigured);
    assert_eq!(d.fix, Some(Fix::Template(t)));
    assert_eq!(d.remedy.id, "diag-template-not-configured-remedy");
    // The fix: the template gets Untrusted Emails; Retry Activation then onboards the user.
    sim.ok(Command::UpdateTemplate {
        template: t,
        input: TemplateInput { name: "Trusted".into(), package: Package::Standard, auth: AuthMode::BroadWorks, untrusted_emails: true, share_link: String::new() },
    });
    sim.ok(Command::RetryActivation { subscriber: s, email: "ann@acme.example".into() });
    assert_eq!(sim.sub(s).status, SubscriberStatus::Provisioned);
    assert_eq!(sim.ws.diagnose_subscriber(s, sim.now), None, "a provisioned subscriber is not stuck");
}

#[test]
fn waiting_for_the_portal_then_for_the_verification_link_then_the_link_expires() {
    let mut sim = Sim::new();
    let t = sim.template("Untrusted", true);
    let c = sim.customer("Acme", "acme-ent", t);
    let s = sim.subscriber(c, "100@sp", None);
    assert_eq!(stuck_sub(&sim, s).stuck, Stuck::AwaitingEmail);
    sim.submit(t, "100@sp", "ann@acme.example").unwrap();
    let d = stuck_sub(&sim, s);
    assert_eq!(d.stuck, Stuck::AwaitingVerification);
    assert_eq!((d.cause.id, d.cause.str("email")), ("diag-awaiting-verification", Some("ann@acme.example")), "{:?}", d.cause);
    assert!(matches!(d.cause.arg("left"), Some(Arg::Duration(s)) if *s > 0), "{:?}", d.cause);
    sim.advance(25 * 3600);
    let d = stuck_sub(&sim, s);
    assert_eq!(d.stuck, Stuck::LinkExpired);
    assert_eq!(d.fix, Some(Fix::Subscriber(SubscriberAction::RetryActivation)));
}

#[test]
fn an_email_of_another_organization_and_a_locked_portal() {
    let mut sim = Sim::new();
    let t = sim.template("Untrusted", true);
    let c = sim.customer("Acme", "acme-ent", t);
    let s = sim.subscriber(c, "100@sp", None);
    let other = sim.org("Contoso", false);
    sim.add_user(other, "dana@contoso.example");
    sim.submit(t, "100@sp", "dana@contoso.example").unwrap();
    let d = stuck_sub(&sim, s);
    assert_eq!(d.stuck, Stuck::Failed(FailureCode::EmailInOtherOrg));
    assert_eq!(d.remedy.id, "diag-email-in-other-org-remedy");
    sim.submit(t, "100@sp", "dana@contoso.example").unwrap();
    let d = stuck_sub(&sim, s);
    assert_eq!(d.stuck, Stuck::Locked);
    assert_eq!(d.cause.id, "diag-locked", "{:?}", d.cause);
    assert!(matches!(d.cause.arg("last"), Some(Arg::Text(t)) if t.id == "diag-email-in-other-org"), "the last failure: {:?}", d.cause);
    // The fix it names is one the menu offers now.
    assert!(sim.ws.check_subscriber_action(SubscriberAction::RetryActivation, s).is_ok());
}

#[test]
fn automatic_activation_emails_off_leave_a_user_not_verified_until_one_is_sent() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    sim.ok(Command::SetAutomaticActivationEmails { org, enabled: false });
    let u = sim.add_user(org, "ann@acme.example");
    let d = sim.ws.diagnose_user(u, sim.now).expect("stuck");
    assert_eq!(d.stuck, Stuck::NoActivationEmail);
    assert!(matches!(d.cause.arg("notes"), Some(Arg::Text(n)) if n.str("domain") == Some("acme.example")), "{:?}", d.cause);
    assert_eq!(d.fix, Some(Fix::User(UserAction::ResendInvitation)));
    assert!(sim.ws.check_user_action(UserAction::ResendInvitation, u).is_ok(), "the fix is allowed");
    sim.ok(UserAction::ResendInvitation.command(u));
    let d = sim.ws.diagnose_user(u, sim.now).expect("still not verified");
    assert_eq!(d.stuck, Stuck::AwaitingActivation, "{:?}", d.cause);
    assert!(matches!(d.cause.arg("notes"), Some(Arg::Text(n)) if n.arg("reminder").is_some()), "the automatic reminder: {:?}", d.cause);
    sim.advance(8 * 86_400);
    assert_eq!(sim.ws.diagnose_user(u, sim.now).unwrap().stuck, Stuck::LinkExpired);
}

#[test]
fn deactivated_by_an_administrator_by_sync_and_a_delayed_claim() {
    let mut sim = Sim::new();
    let org = sim.org("Acme", false);
    let u = sim.add_user(org, "ann@acme.example");
    sim.ok(Command::SignIn { user: u });
    assert_eq!(sim.ws.diagnose_user(u, sim.now), None, "an Active user is not stuck");
    sim.ok(Command::Deactivate { user: u });
    let d = sim.ws.diagnose_user(u, sim.now).unwrap();
    assert_eq!((d.stuck, d.fix), (Stuck::Deactivated, Some(Fix::User(UserAction::Reactivate))));
    assert_eq!(d.cause.id, "diag-deactivated-deleted-on", "{:?}", d.cause);

    sim.ok(Command::SetDirectorySync { org, enabled: true });
    sim.ok(Command::SyncDirectory { org, entries: vec![DirectoryEntry { email: "bo@acme.example".into(), name: "Bo".into(), enabled: true }] });
    sim.ok(Command::SyncDirectory { org, entries: vec![] });
    let bo = sim.user_id("bo@acme.example");
    let d = sim.ws.diagnose_user(bo, sim.now).unwrap();
    assert_eq!((d.stuck, d.fix), (Stuck::DeactivatedBySync, None), "the change belongs in the directory");

    let free = sim.org("Free", true);
    let cy = sim.free_user(free, "cy@elsewhere.example", true);
    sim.ok(Command::ClaimUsers { org, users: vec![cy], mode: ClaimMode::Delayed });
    sim.advance(3 * 86_400);
    let d = sim.ws.diagnose_user(cy, sim.now).unwrap();
    assert_eq!(d.stuck, Stuck::DelayedClaim);
    assert_eq!((d.cause.arg("days"), d.cause.str("from")), (Some(&Arg::Num(11)), Some("Free")), "{:?}", d.cause);
}

#[test]
fn every_failure_code_has_its_cause_and_remedy() {
    // An invalid address, the email of another user of the same organization, a domain claimed
    // elsewhere, and a BroadWorks ID linked to another Webex user.
    let mut sim = Sim::new();
    let trusted = sim.template("Trusted", false);
    let t = sim.template("Untrusted", true);
    let a = sim.customer("A", "a", trusted);
    let c = sim.customer("Acme", "acme-ent", t);
    let s1 = sim.subscriber(c, "100@sp", None);
    sim.submit(t, "100@sp", "not-an-address").unwrap();
    let d = stuck_sub(&sim, s1);
    assert_eq!((d.stuck, d.fix), (Stuck::Failed(FailureCode::InvalidEmail), Some(Fix::Subscriber(SubscriberAction::RetryActivation))));

    sim.ok(Command::RetryActivation { subscriber: s1, email: "ann@acme.example".into() });
    let s2 = sim.subscriber(c, "101@sp", None);
    sim.submit(t, "101@sp", "ann@acme.example").unwrap();
    let d = stuck_sub(&sim, s2);
    assert_eq!(d.stuck, Stuck::Failed(FailureCode::EmailInUse));
    assert_eq!(d.cause.str("detail"), Some("ann@acme.example"), "{:?}", d.cause);

    let other = sim.org("Initech", false);
    sim.verified_domain(other, "initech.example");
    sim.ok(Command::ClaimDomain { org: other, domain: "initech.example".into() });
    let s3 = sim.subscriber(c, "102@sp", None);
    sim.submit(t, "102@sp", "bo@initech.example").unwrap();
    let d = stuck_sub(&sim, s3);
    assert_eq!(d.stuck, Stuck::Failed(FailureCode::DomainClaimed));
    assert_eq!(d.cause.str("detail"), Some("initech.example"), "{:?}", d.cause);

    sim.subscriber(a, "700@sp", Some("gus@a.example"));
    let s4 = sim.subscriber(c, "700@sp", None);
    sim.submit(t, "700@sp", "gus2@acme.example").unwrap();
    let d = stuck_sub(&sim, s4);
    assert_eq!((d.stuck, d.fix), (Stuck::Failed(FailureCode::BroadWorksIdInUse), Some(Fix::Subscriber(SubscriberAction::DeleteUser))));
}

#[test]
fn a_free_account_waits_for_consent_and_a_verified_user_for_the_first_sign_in() {
    let mut sim = Sim::new();
    let t = sim.template("Untrusted", true);
    let c = sim.customer("Acme", "acme-ent", t);
    let s = sim.subscriber(c, "100@sp", None);
    let free = sim.org("Free", true);
    sim.free_user(free, "eve@acme.example", true);
    sim.submit(t, "100@sp", "eve@acme.example").unwrap();
    let d = stuck_sub(&sim, s);
    assert_eq!(d.stuck, Stuck::AwaitingMoveConsent);
    assert_eq!((d.cause.id, d.cause.str("email")), ("diag-move-consent-valid", Some("eve@acme.example")), "{:?}", d.cause);

    let org = sim.org("Paid", false);
    sim.verified_domain(org, "paid.example");
    let u = sim.add_user(org, "fay@paid.example"); // Verified: the domain is verified
    let d = sim.ws.diagnose_user(u, sim.now).unwrap();
    assert_eq!(d.stuck, Stuck::NotSignedIn);
    sim.ok(Command::SignIn { user: u });
    assert_eq!(sim.ws.diagnose_user(u, sim.now), None);
}

#[test]
fn every_subscriber_stuck_on_the_template_starts_over_at_once_after_the_fix() {
    let mut sim = Sim::new();
    let t = sim.template("Trusted", false);
    let c = sim.customer("Acme", "acme-ent", t);
    let stuck: Vec<SubscriberId> = ["100@sp", "200@sp", "300@sp"].iter().map(|b| sim.subscriber(c, b, None)).collect();
    for s in &stuck {
        assert_eq!(stuck_sub(&sim, *s).stuck, Stuck::TemplateNotConfigured);
    }
    // The configuration changes once for all of them...
    let pid_path = format!("/activate/{}", sim.pid(t));
    sim.ok(Command::UpdateTemplate {
        template: t,
        input: TemplateInput { name: "Trusted".into(), package: Package::Standard, auth: AuthMode::BroadWorks, untrusted_emails: true, share_link: format!("https://flowthrough.example{pid_path}") },
    });
    // ...and Delete User, the seed's repair after a configuration change, runs on the whole selection.
    let bulk = sim.ws.bulk_subscriber_actions(&stuck).into_iter().find(|b| b.action == SubscriberAction::DeleteUser).expect("Delete User in bulk");
    assert_eq!(bulk.allowed, stuck);
    for s in &bulk.allowed {
        sim.ok(bulk.action.bulk_command(*s).expect("a command"));
    }
    for s in &stuck {
        assert_eq!(sim.sub(*s).status, SubscriberStatus::PendingEmailInput, "can try again in the portal");
        assert_eq!(stuck_sub(&sim, *s).stuck, Stuck::AwaitingEmail);
    }
}
