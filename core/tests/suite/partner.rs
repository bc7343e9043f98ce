//! Scenarios of seeds 000–002: flow-through provisioning with untrusted emails, the User
//! Activation Portal, and the Partner Hub User Status view's actions.

use crate::common::*;
use flowthrough_core::query::*;
use flowthrough_core::*;

fn untrusted() -> (Sim, TemplateId, CustomerId) {
    let mut sim = Sim::new();
    let t = sim.template("Untrusted Standard", true);
    let c = sim.customer("Acme", "acme-ent", t);
    (sim, t, c)
}

#[test]
fn trusted_emails_provision_with_the_broadworks_email() {
    let mut sim = Sim::new();
    let t = sim.template("Trusted", false);
    let c = sim.customer("Acme", "acme", t);
    assert!(sim.ws.partner().customers()[&c].org.is_none(), "org is created with the first user");
    let s = sim.subscriber(c, "100@sp", Some("Ann@Acme.example"));
    let s = sim.sub(s);
    assert_eq!(s.status, SubscriberStatus::Provisioned);
    assert_eq!(s.email.as_ref().unwrap().as_str(), "ann@acme.example");
    assert!(!s.self_activated);
    let org = sim.ws.partner().customers()[&c].org.expect("org created on first onboarding");
    let u = sim.user("ann@acme.example");
    assert_eq!(u.org, org);
    assert_eq!(u.broadworks_user_id.as_deref(), Some("100@sp"));
    assert_eq!(u.state, UserState::NotVerified);
    assert_eq!(sim.mails_to("ann@acme.example")[0].kind, MessageKind::Activation);
}

#[test]
fn untrusted_user_self_provisions_through_the_portal_and_mailbox_link() {
    let (mut sim, t, c) = untrusted();
    let s = sim.subscriber(c, "200@sp", Some("ignored@acme.example"));
    assert_eq!(sim.sub(s).status, SubscriberStatus::PendingEmailInput);
    assert!(sim.ws.control().users().is_empty(), "an untrusted BroadWorks email is never used");

    assert_eq!(sim.ws.partner().portal_sign_in(&sim.pid(t), "200@sp", "wrong"), Err(CommandError::BadCredentials));
    assert!(sim.ws.partner().portal_sign_in(&sim.pid(t), "200@sp", "secret").is_ok());

    sim.ok(Command::SubmitEmail { provisioning_id: sim.pid(t), broadworks_user_id: "200@sp".into(), password: "secret".into(), email: "bo@acme.example".into() });
    assert_eq!(sim.sub(s).status, SubscriberStatus::PendingEmailValidation);
    let mail = sim.mails_to("bo@acme.example")[0].clone();
    assert_eq!(mail.kind, MessageKind::EmailVerification);
    assert_eq!(mail.delivery, Delivery::Sent);

    let token = sim.last_link("bo@acme.example");
    sim.advance(3600);
    sim.ok(Command::OpenLink { token: token.clone() });
    let sub = sim.sub(s);
    assert_eq!(sub.status, SubscriberStatus::Provisioned);
    assert!(sub.self_activated);
    assert_eq!(sim.user("bo@acme.example").state, UserState::Verified);
    assert_eq!(sim.user("bo@acme.example").reason, StateReason::SelfActivatedInPortal);

    // Single use.
    assert_eq!(sim.apply(Command::OpenLink { token }), Err(CommandError::LinkUsed));
    // First sign-in makes the user Active.
    let u = sim.user_id("bo@acme.example");
    sim.ok(Command::SignIn { user: u });
    assert_eq!(sim.ws.control().users()[&u].state, UserState::Active);
}

#[test]
fn expired_forged_and_superseded_links_never_provision() {
    let (mut sim, t, c) = untrusted();
    let s = sim.subscriber(c, "300@sp", None);
    sim.submit(t, "300@sp", "cy@acme.example").unwrap();
    let first = sim.last_link("cy@acme.example");
    sim.submit(t, "300@sp", "cy@acme.example").unwrap();
    let second = sim.last_link("cy@acme.example");
    assert_ne!(first, second);
    assert_eq!(sim.apply(Command::OpenLink { token: first }), Err(CommandError::LinkSuperseded));
    assert_eq!(sim.apply(Command::OpenLink { token: Token("f".repeat(32).into()) }), Err(CommandError::LinkUnknown));
    assert_eq!(sim.apply(Command::OpenLink { token: Token("<script>".into()) }), Err(CommandError::LinkUnknown));
    sim.advance(24 * 3600);
    assert_eq!(sim.apply(Command::OpenLink { token: second }), Err(CommandError::LinkExpired));
    assert_eq!(sim.sub(s).status, SubscriberStatus::PendingEmailValidation);
    assert!(sim.ws.control().users().is_empty());
    // What to do: start again from the portal; a new link works.
    sim.submit(t, "300@sp", "cy@acme.example").unwrap();
    let third = sim.last_link("cy@acme.example");
    sim.ok(Command::OpenLink { token: third });
    assert_eq!(sim.sub(s).status, SubscriberStatus::Provisioned);
}

#[test]
fn two_portal_failures_notify_the_admin_who_retries_with_a_valid_email() {
    let (mut sim, t, c) = untrusted();
    let other = sim.org("Globex", false);
    sim.add_user(other, "dee@globex.example");
    let s = sim.subscriber(c, "400@sp", None);

    sim.submit(t, "400@sp", "dee@globex.example").unwrap();
    let sub = sim.sub(s);
    assert_eq!(sub.status, SubscriberStatus::Error);
    assert_eq!(sub.error.as_ref().unwrap().code, FailureCode::EmailInOtherOrg);
    assert!(!sub.locked_for_portal(), "the first failure offers Try again");
    assert!(sim.mails_to(&sim.ws.partner().details().admin_email.clone()).is_empty());

    sim.submit(t, "400@sp", "dee@globex.example").unwrap();
    assert!(sim.sub(s).locked_for_portal());
    let admin = sim.ws.partner().details().admin_email.clone();
    assert_eq!(sim.mails_to(&admin).len(), 1, "second failure notifies the administrator");
    assert_eq!(sim.submit(t, "400@sp", "dee@acme.example"), Err(CommandError::PortalLocked));

    // Exclude provisioned users finds them; Copy Error Text gives the exact text.
    let q = StatusQuery { template: Some(t), exclude_provisioned: true, ..Default::default() };
    let rows = user_status(&sim.ws, &q);
    assert_eq!(rows.len(), 1);
    let text = rows[0].error.as_ref().unwrap().copy_text();
    assert_eq!(text, "Error 10007: The email address already belongs to a user in another organization. (dee@globex.example)");

    // Retry Activation refuses an invalid email outright, then onboards a valid one.
    assert!(matches!(sim.apply(Command::RetryActivation { subscriber: s, email: "not an email".into() }), Err(CommandError::Email(_))));
    sim.ok(Command::RetryActivation { subscriber: s, email: "dee@acme.example".into() });
    assert_eq!(sim.sub(s).status, SubscriberStatus::Provisioned);
    assert!(sim.sub(s).error.is_none());
    assert!(user_status(&sim.ws, &q).is_empty());
}

#[test]
fn invalid_email_in_the_portal_is_a_recorded_failure() {
    let (mut sim, t, c) = untrusted();
    let s = sim.subscriber(c, "410@sp", None);
    sim.submit(t, "410@sp", "ann@").unwrap();
    assert_eq!(sim.sub(s).error.as_ref().unwrap().code, FailureCode::InvalidEmail);
    assert_eq!(sim.sub(s).failed_attempts, 1);
}

#[test]
fn consumer_account_leads_to_pending_user_migration_and_consent_moves_it() {
    let (mut sim, t, c) = untrusted();
    let free = sim.org("Webex Free", true);
    let u = sim.free_user(free, "eve@acme.example", true);
    let s = sim.subscriber(c, "500@sp", None);
    sim.submit(t, "500@sp", "eve@acme.example").unwrap();
    assert_eq!(sim.sub(s).status, SubscriberStatus::PendingUserMigration);
    assert_eq!(sim.mails_to("eve@acme.example")[0].kind, MessageKind::MoveAccount);
    let token = sim.last_link("eve@acme.example");
    sim.ok(Command::OpenLink { token });
    assert_eq!(sim.sub(s).status, SubscriberStatus::Provisioned);
    let org = sim.ws.partner().customers()[&c].org.unwrap();
    assert_eq!(sim.ws.control().users()[&u].org, org, "the same account moved");
    assert_eq!(sim.ws.control().users()[&u].state, UserState::Verified);
    assert_eq!(sim.ws.control().users()[&u].reason, StateReason::ConvertedVerified);
    assert!(sim.mails_to("eve@acme.example").iter().any(|m| m.kind == MessageKind::PaidConversion));
}

#[test]
fn claimed_domain_of_another_org_fails_onboarding() {
    let (mut sim, t, c) = untrusted();
    let other = sim.org("Initech", false);
    sim.verified_domain(other, "initech.example");
    sim.ok(Command::ClaimDomain { org: other, domain: "initech.example".into() });
    let s = sim.subscriber(c, "600@sp", None);
    sim.submit(t, "600@sp", "fay@initech.example").unwrap();
    assert_eq!(sim.sub(s).error.as_ref().unwrap().code, FailureCode::DomainClaimed);
}

#[test]
fn broadworks_id_already_associated_fails_with_10022() {
    let mut sim = Sim::new();
    let trusted = sim.template("Trusted", false);
    let untrusted = sim.template("Untrusted", true);
    let a = sim.customer("A", "a", trusted);
    let b = sim.customer("B", "b", untrusted);
    sim.subscriber(a, "700@sp", Some("gus@a.example"));
    let s = sim.subscriber(b, "700@sp", None);
    sim.submit(untrusted, "700@sp", "gus2@b.example").unwrap();
    let err = sim.sub(s).error.clone().unwrap();
    assert_eq!(err.code, FailureCode::BroadWorksIdInUse);
    assert_eq!(err.code.code(), 10022);
    assert!(err.copy_text().contains("BroadWorks UserID is already associated with an existing user"));
}

#[test]
fn misconfigured_template_blocks_the_portal_until_fixed_then_delete_user_onboards_again() {
    let mut sim = Sim::new();
    let t = sim.template("Broken", true);
    let mut input = TemplateInput {
        name: "Broken".into(),
        package: Package::Basic,
        auth: AuthMode::BroadWorks,
        untrusted_emails: true,
        share_link: "https://portal.example/activate/wrong".into(),
    };
    sim.ok(Command::UpdateTemplate { template: t, input: input.clone() });
    assert!(!sim.ws.partner().templates()[&t].share_link_points_to_activation());
    let c = sim.customer("Acme", "acme", t);
    let s = sim.subscriber(c, "800@sp", None);
    assert_eq!(sim.sub(s).status, SubscriberStatus::Error);
    assert_eq!(sim.sub(s).error.as_ref().unwrap().code, FailureCode::TemplateNotConfigured);
    assert!(matches!(sim.submit(t, "800@sp", "hal@acme.example"), Err(CommandError::PortalUnavailable(_))));

    // Untrusted Emails unchecked is the other misconfiguration.
    input.untrusted_emails = false;
    input.share_link = String::new();
    sim.ok(Command::UpdateTemplate { template: t, input: input.clone() });
    assert!(matches!(sim.submit(t, "800@sp", "hal@acme.example"), Err(CommandError::PortalUnavailable(_))));

    // Fix the template, delete the user, and the user can onboard again.
    input.untrusted_emails = true;
    input.share_link = format!("https://flowthrough.example{}", sim.ws.partner().templates()[&t].activation_path());
    sim.ok(Command::UpdateTemplate { template: t, input });
    assert!(sim.ws.partner().templates()[&t].share_link_points_to_activation());
    sim.ok(Command::DeleteSubscriberUser { subscriber: s });
    assert_eq!(sim.sub(s).status, SubscriberStatus::PendingEmailInput);
    sim.submit(t, "800@sp", "hal@acme.example").unwrap();
    let token = sim.last_link("hal@acme.example");
    sim.ok(Command::OpenLink { token });
    assert_eq!(sim.sub(s).status, SubscriberStatus::Provisioned);
}

#[test]
fn delete_user_removes_the_webex_side_and_keeps_the_subscriber() {
    let (mut sim, t, c) = untrusted();
    let s = sim.subscriber(c, "900@sp", None);
    sim.submit(t, "900@sp", "ida@acme.example").unwrap();
    let token = sim.last_link("ida@acme.example");
    sim.ok(Command::OpenLink { token });
    let u = sim.user_id("ida@acme.example");
    let ev = sim.ok(Command::DeleteSubscriberUser { subscriber: s });
    assert!(ev.contains(&Event::UserDeleted { user: u, email: "ida@acme.example".into() }));
    assert!(!sim.ws.control().users().contains_key(&u));
    assert_eq!(sim.sub(s).status, SubscriberStatus::PendingEmailInput);
    assert_eq!(sim.sub(s).broadworks_user_id, "900@sp");
    // The same email can be used again now.
    sim.submit(t, "900@sp", "ida@acme.example").unwrap();
    assert_eq!(sim.sub(s).status, SubscriberStatus::PendingEmailValidation);
}

#[test]
fn change_package_passes_a_provisioned_user_through_updating() {
    let mut sim = Sim::new();
    let t = sim.template("Trusted", false);
    let c = sim.customer("Acme", "acme", t);
    let s = sim.subscriber(c, "1000@sp", Some("jo@acme.example"));
    let ev = sim.ok(Command::ChangePackage { subscriber: s, package: Package::Premium });
    assert_eq!(
        ev,
        vec![
            Event::SubscriberStatusChanged { subscriber: s, from: SubscriberStatus::Provisioned, to: SubscriberStatus::Updating },
            Event::PackageChanged { subscriber: s, from: Package::Standard, to: Package::Premium },
            Event::SubscriberStatusChanged { subscriber: s, from: SubscriberStatus::Updating, to: SubscriberStatus::Provisioned },
        ]
    );
    assert_eq!(sim.sub(s).package, Package::Premium);
    assert_eq!(sim.apply(Command::ChangePackage { subscriber: s, package: Package::Premium }), Err(CommandError::Nothing("The user already has that package.")));
}

#[test]
fn a_rejected_batch_changes_nothing() {
    let (mut sim, _t, c) = untrusted();
    let before = sim.ws.clone();
    let rows = vec![
        SubscriberInput { broadworks_user_id: "1@sp".into(), name: "A".into(), package: None, email: None, portal_password: "p".into() },
        SubscriberInput { broadworks_user_id: "1@sp".into(), name: "B".into(), package: None, email: None, portal_password: "p".into() },
    ];
    let err = sim.apply(Command::ProvisionSubscribers { customer: c, subscribers: rows }).unwrap_err();
    assert!(err.to_string().starts_with("Row 2:"), "{err}");
    assert_eq!(sim.ws, before);
}

#[test]
fn user_status_view_filters_searches_sorts_and_exports() {
    let mut sim = Sim::new();
    let t = sim.template("Trusted", false);
    let c = sim.customer("Acme", "acme", t);
    sim.subscriber(c, "b@sp", Some("zed@acme.example"));
    sim.subscriber(c, "a@sp", None); // no email with trusted template: error
    sim.subscriber(c, "=cmd@sp", Some("+evil@acme.example"));
    let all = user_status(&sim.ws, &StatusQuery { template: Some(t), ..Default::default() });
    assert_eq!(all.iter().map(|s| s.broadworks_user_id.as_str()).collect::<Vec<_>>(), ["=cmd@sp", "a@sp", "b@sp"]);
    let desc = user_status(&sim.ws, &StatusQuery { template: Some(t), sort: StatusColumn::Email, descending: true, ..Default::default() });
    assert_eq!(desc[0].broadworks_user_id, "b@sp");
    let found = user_status(&sim.ws, &StatusQuery { template: Some(t), search: "ZED".into(), ..Default::default() });
    assert_eq!(found.len(), 1);
    let pending = user_status(&sim.ws, &StatusQuery { template: Some(t), exclude_provisioned: true, ..Default::default() });
    assert_eq!(pending.len(), 1);
    assert_eq!(status_counts(&sim.ws, Some(t)).get(&SubscriberStatus::Provisioned), Some(&2));

    let csv = export_status_csv(&sim.ws, &all);
    assert!(csv.starts_with("BroadWorks ID,Name,Customer,Package Type,Status,Email,Error Code,Error Text,Last Status Change\r\n"));
    assert!(csv.contains("'=cmd@sp"), "formula cells are neutralized: {csv}");
    assert!(csv.contains("'+evil@acme.example"));
    let parsed = parse_csv(&csv).unwrap();
    assert_eq!(parsed.len(), 4);
    for (row, s) in parsed[1..].iter().zip(&all) {
        assert_eq!(row, &status_row(&sim.ws, s).to_vec());
    }
}

#[test]
fn validation_errors_say_what_to_do() {
    let mut sim = Sim::new();
    let e = sim.apply(Command::CreateTemplate(TemplateInput {
        name: "  ".into(),
        package: Package::Basic,
        auth: AuthMode::Webex,
        untrusted_emails: true,
        share_link: String::new(),
    }));
    assert_eq!(e.unwrap_err().to_string(), "Template name is required.");
    let t = sim.template("T", true);
    let e = sim.apply(Command::CreateTemplate(TemplateInput {
        name: "t".into(),
        package: Package::Basic,
        auth: AuthMode::Webex,
        untrusted_emails: true,
        share_link: String::new(),
    }));
    assert!(e.unwrap_err().to_string().contains("already exists"));
    sim.customer("Acme", "acme", t);
    let e = sim.apply(Command::CreateCustomer { name: "Other".into(), enterprise_id: "ACME".into(), template: t });
    assert!(e.unwrap_err().to_string().contains("already exists"));
}

#[test]
fn customers_can_be_renamed_and_moved_to_another_template() {
    let mut sim = Sim::new();
    let a = sim.template("A", true);
    let b = sim.template("B", false);
    let c = sim.customer("Acme", "acme", a);
    let s = sim.subscriber(c, "1100@sp", None);
    sim.ok(Command::UpdateCustomer { customer: c, name: "Acme Corp".into(), template: b });
    assert_eq!(sim.ws.partner().customers()[&c].name, "Acme Corp");
    assert_eq!(sim.ws.partner().template_of(sim.sub(s)).unwrap().id, b, "its subscribers follow the template");
    assert_eq!(sim.apply(Command::UpdateCustomer { customer: c, name: " ".into(), template: b }), Err(CommandError::Required("Customer name")));
    assert_eq!(sim.apply(Command::UpdateCustomer { customer: c, name: "X".into(), template: TemplateId(999) }), Err(CommandError::NoTemplate(TemplateId(999))));
}

#[test]
fn a_customer_s_list_holds_its_subscribers_only_searched_and_sorted() {
    let mut sim = Sim::new();
    let t = sim.template("Trusted", false);
    let acme = sim.customer("Acme", "acme", t);
    let globex = sim.customer("Globex", "globex", t);
    for i in 0..250 {
        sim.subscriber(acme, &format!("{i:03}@acme"), Some(&format!("u{i}@acme.example")));
    }
    sim.subscriber(globex, "900@globex", Some("g@globex.example"));
    // All 250 of Acme's, past the 200 the page used to show, and none of Globex's.
    let q = StatusQuery { customer: Some(acme), ..Default::default() };
    let ids = user_status_ids(&sim.ws, &q);
    assert_eq!(ids.len(), 250);
    assert!(user_status(&sim.ws, &q).iter().all(|s| s.customer == acme));
    let last = user_status(&sim.ws, &StatusQuery { customer: Some(acme), descending: true, ..Default::default() });
    assert_eq!(last[0].broadworks_user_id, "249@acme");
    let found = user_status(&sim.ws, &StatusQuery { customer: Some(acme), search: "u24".into(), ..Default::default() });
    assert_eq!(found.len(), 11, "u24 and u240-u249");
    assert!(user_status(&sim.ws, &StatusQuery { customer: Some(globex), search: "acme".into(), ..Default::default() }).is_empty());
}
