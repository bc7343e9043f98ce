//! Authoring by demonstration: the checkpoints that describe what changed between the start of
//! a recording and its end. Each proposal holds in the end workspace by construction (it is
//! read from it), and names things by what is unambiguous there: a name two organizations share
//! is not proposed.

use super::{Check, Checkpoint, MAX_CHECKPOINTS};
use crate::model::*;
use crate::workspace::Workspace;
use std::collections::{BTreeMap, BTreeSet};

fn unique<'a>(names: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    let mut seen = BTreeMap::<String, usize>::new();
    for n in names {
        *seen.entry(n.trim().to_ascii_lowercase()).or_default() += 1;
    }
    seen.into_iter().filter(|(_, n)| *n == 1).map(|(k, _)| k).collect()
}

fn slug(s: &str) -> String {
    let out = crate::text::slug(s, 56);
    if out.is_empty() {
        "checkpoint".into()
    } else {
        out
    }
}

/// Checkpoints for what changed from `start` to `end` (at most `MAX_CHECKPOINTS`), each with a
/// readable id unique among them.
pub fn propose(start: &Workspace, end: &Workspace) -> Vec<Checkpoint> {
    let mut checks: Vec<(String, Check)> = Vec::new();

    // Partner Hub: templates now ready for self-activation.
    let templates = unique(end.partner().templates().values().map(|t| t.name.as_str()));
    for t in end.partner().templates().values() {
        if !templates.contains(&t.name.trim().to_ascii_lowercase()) || t.self_activation_problem().is_some() {
            continue;
        }
        let was_ready = start.partner().templates().values().any(|s| s.name.trim().eq_ignore_ascii_case(t.name.trim()) && s.self_activation_problem().is_none());
        if !was_ready {
            checks.push((format!("template-{}-ready", slug(&t.name)), Check::TemplateReady { template: t.name.clone() }));
        }
    }
    // Subscribers: status and package.
    let bwids = unique(end.partner().subscribers().values().map(|s| s.broadworks_user_id.as_str()));
    let before: BTreeMap<String, &Subscriber> =
        start.partner().subscribers().values().map(|s| (s.broadworks_user_id.trim().to_ascii_lowercase(), s)).collect();
    for s in end.partner().subscribers().values() {
        let key = s.broadworks_user_id.trim().to_ascii_lowercase();
        if !bwids.contains(&key) {
            continue;
        }
        let was = before.get(&key);
        if was.is_none_or(|w| w.status != s.status) {
            checks.push((
                format!("{}-{}", slug(&s.broadworks_user_id), slug(s.status.api_name())),
                Check::SubscriberStatus { subscriber: s.broadworks_user_id.to_string(), status: s.status },
            ));
        }
        if was.is_some_and(|w| w.package != s.package) {
            checks.push((
                format!("{}-{}", slug(&s.broadworks_user_id), slug(s.package.label())),
                Check::SubscriberPackage { subscriber: s.broadworks_user_id.to_string(), package: s.package },
            ));
        }
    }
    // Customers whose errors are gone.
    let customers = unique(end.partner().customers().values().map(|c| c.name.as_str()));
    for c in end.partner().customers().values() {
        if !customers.contains(&c.name.trim().to_ascii_lowercase()) {
            continue;
        }
        let check = Check::CustomerNoErrors { customer: c.name.clone() };
        if check.holds(end) && !check.holds(start) {
            checks.push((format!("{}-no-errors", slug(&c.name)), check));
        }
    }
    // Control Hub organizations: settings, plan, domains.
    let orgs = unique(end.control().orgs().values().map(|o| o.name.as_str()));
    let org_before = |name: &str| start.control().orgs().values().find(|o| o.name.trim().eq_ignore_ascii_case(name.trim()));
    for o in end.control().orgs().values() {
        if !orgs.contains(&o.name.trim().to_ascii_lowercase()) {
            continue;
        }
        let was = org_before(&o.name);
        if was.is_some_and(|w| w.automatic_activation_emails != o.automatic_activation_emails) {
            let state = if o.automatic_activation_emails { "on" } else { "off" };
            checks.push((format!("{}-automatic-emails-{state}", slug(&o.name)), Check::AutomaticEmails { org: o.name.clone(), enabled: o.automatic_activation_emails }));
        }
        if was.is_some_and(|w| w.directory_sync != o.directory_sync) {
            let state = if o.directory_sync { "on" } else { "off" };
            checks.push((format!("{}-directory-sync-{state}", slug(&o.name)), Check::DirectorySync { org: o.name.clone(), enabled: o.directory_sync }));
        }
        if was.is_some_and(|w| w.kind.is_free()) && !o.kind.is_free() {
            checks.push((format!("{}-paid", slug(&o.name)), Check::OrgPaid { org: o.name.clone() }));
        }
        for d in &o.domains {
            if was.and_then(|w| w.domain(&d.name)).is_none_or(|wd| wd.status != d.status) {
                checks.push((
                    format!("{}-{}", slug(&d.name), super::check::keys::domain_status_key(d.status)),
                    Check::DomainStatus { org: o.name.clone(), domain: d.name.clone(), status: d.status },
                ));
            }
        }
    }
    // Users: new, moved, or in another state; and users gone.
    let org_name = |ws: &Workspace, id: OrgId| ws.control().orgs().get(&id).map(|o| o.name.clone());
    for u in end.control().users().values() {
        let was = start.control().user_by_email(&u.email);
        let moved = was.is_none_or(|w| org_name(start, w.org) != org_name(end, u.org));
        if was.is_none_or(|w| w.state != u.state) || moved {
            let org = org_name(end, u.org).filter(|n| orgs.contains(&n.trim().to_ascii_lowercase()));
            checks.push((format!("{}-{}", slug(u.email.as_str()), u.state.key()), Check::UserState { email: u.email.to_string(), state: u.state, org }));
        }
    }
    for u in start.control().users().values() {
        if end.control().user_by_email(&u.email).is_none() {
            checks.push((format!("{}-gone", slug(u.email.as_str())), Check::NoUser { email: u.email.to_string() }));
        }
    }
    // Emails that went out (or were suppressed) and had not before.
    // By the kind's place in MessageKind::ALL, which also orders them.
    let mails = |ws: &Workspace| -> BTreeSet<(usize, String, bool)> {
        ws.mail()
            .outbox()
            .loaded()
            .iter()
            .map(|m| (MessageKind::ALL.iter().position(|k| *k == m.kind).unwrap_or(0), m.to.to_ascii_lowercase(), matches!(m.delivery, Delivery::Sent)))
            .collect()
    };
    let old = mails(start);
    for (kind, to, sent) in mails(end).into_iter().filter(|m| !old.contains(m)) {
        let kind = MessageKind::ALL[kind];
        let how = if sent { "sent" } else { "suppressed" };
        checks.push((format!("{}-{}-{how}", slug(super::check::keys::mail_kind_key(kind)), slug(&to)), Check::Email { to, kind, sent }));
    }

    let mut ids = BTreeSet::new();
    checks
        .into_iter()
        .filter(|(_, c)| c.holds(end))
        .take(MAX_CHECKPOINTS)
        .map(|(id, check)| {
            // Room for a "-NN" suffix within the 64 characters an id may have.
            let id: String = id.chars().take(58).collect::<String>().trim_end_matches('-').to_string();
            let mut unique_id = id.clone();
            let mut n = 2;
            while !ids.insert(unique_id.clone()) {
                unique_id = format!("{id}-{n}");
                n += 1;
            }
            Checkpoint { id: unique_id, check, label: None }
        })
        .collect()
}
