//! Events: past-tense facts a command produced. They form the audit log.

use crate::text::{Arg, Text};
use crate::model::*;
use serde::{Deserialize, Serialize};

/// Something that happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    /// A template was created.
    TemplateCreated { template: TemplateId, name: String },
    /// A template was edited.
    TemplateUpdated { template: TemplateId, name: String },
    /// A customer was created.
    CustomerCreated { customer: CustomerId, name: String },
    /// A customer was edited.
    CustomerUpdated { customer: CustomerId, name: String, template: TemplateId },
    /// A subscriber arrived by flow-through provisioning.
    SubscriberReceived { subscriber: SubscriberId, broadworks_user_id: String },
    /// A subscriber's provisioning status changed.
    SubscriberStatusChanged { subscriber: SubscriberId, from: SubscriberStatus, to: SubscriberStatus },
    /// An onboarding attempt failed.
    OnboardingFailed { subscriber: SubscriberId, code: FailureCode, attempt: u8 },
    /// A subscriber's package changed.
    PackageChanged { subscriber: SubscriberId, from: Package, to: Package },
    /// The Webex side of a subscriber was deleted.
    SubscriberUserDeleted { subscriber: SubscriberId },
    /// An organization was created.
    OrgCreated { org: OrgId, name: String },
    /// A free organization moved to a paid plan.
    OrgConvertedToPaid { org: OrgId },
    /// A setting changed.
    SettingChanged { org: OrgId, setting: String, value: bool },
    /// A domain was added.
    DomainAdded { org: OrgId, domain: String },
    /// A domain's TXT record was marked published.
    DomainRecordPublished { org: OrgId, domain: String },
    /// A domain was verified.
    DomainVerified { org: OrgId, domain: String },
    /// A domain was claimed.
    DomainClaimed { org: OrgId, domain: String },
    /// A domain was removed.
    DomainRemoved { org: OrgId, domain: String },
    /// A site was linked.
    SiteLinked { org: OrgId, site: String },
    /// A user was created.
    UserCreated { user: UserId, org: OrgId, email: String, state: UserState },
    /// A user's state changed.
    UserStateChanged { user: UserId, from: UserState, to: UserState, reason: StateReason },
    /// A user moved to another organization.
    UserMoved { user: UserId, from_org: OrgId, to_org: OrgId },
    /// A user was deleted.
    UserDeleted { user: UserId, email: String },
    /// A user signed in.
    UserSignedIn { user: UserId },
    /// A delayed claim was resolved, by the user or by the default action.
    ClaimResolved { user: UserId, choice: DataChoice, by_default: bool },
    /// A directory entry could not be applied.
    SyncEntryRejected { email: String, reason: String },
    /// An email was sent or suppressed.
    MessageQueued { message: MessageId, kind: MessageKind, to: String, sent: bool },
    /// The sandbox clock moved forward.
    ClockAdvanced { seconds: i64, offset: i64 },
    /// A link was used.
    LinkUsed { purpose: String },
}

impl Event {
    /// One line for the audit log, as a message (`event-…` in locales/*.ftl) the app writes in
    /// the reader's language. (`describe` is the same line in English, for the audit log's
    /// search and its CSV export.)
    pub fn text(&self) -> Text {
        use Event::*;
        let s = |x: &dyn std::fmt::Display| Arg::Str(x.to_string());
        let status = |x: &SubscriberStatus| Arg::code("status", x.api_name());
        let state = |x: &UserState| Arg::code("state", x.key());
        let t = |id: &'static str, args: Vec<(&'static str, Arg)>| Text { id, args };
        match self {
            TemplateCreated { template, name } => t("event-template-created", vec![("name", s(name)), ("id", s(template))]),
            TemplateUpdated { template, name } => t("event-template-updated", vec![("name", s(name)), ("id", s(template))]),
            CustomerCreated { customer, name } => t("event-customer-created", vec![("name", s(name)), ("id", s(customer))]),
            CustomerUpdated { customer, name, template } => t("event-customer-updated", vec![("name", s(name)), ("id", s(customer)), ("template", s(template))]),
            SubscriberReceived { subscriber, broadworks_user_id } => t("event-subscriber-received", vec![("bwid", s(broadworks_user_id)), ("id", s(subscriber))]),
            SubscriberStatusChanged { subscriber, from, to } => t("event-status-changed", vec![("id", s(subscriber)), ("from", status(from)), ("to", status(to))]),
            OnboardingFailed { subscriber, code, attempt } => t(
                "event-onboarding-failed",
                vec![("id", s(subscriber)), ("attempt", Arg::Num(i64::from(*attempt))), ("code", s(&code.code())), ("text", Arg::code("failure", code.key()))],
            ),
            PackageChanged { subscriber, from, to } => t("event-package-changed", vec![("id", s(subscriber)), ("from", s(&from.label())), ("to", s(&to.label()))]),
            SubscriberUserDeleted { subscriber } => t("event-subscriber-user-deleted", vec![("id", s(subscriber))]),
            OrgCreated { org, name } => t("event-org-created", vec![("name", s(name)), ("id", s(org))]),
            OrgConvertedToPaid { org } => t("event-org-converted", vec![("id", s(org))]),
            SettingChanged { org, setting, value } => t(if *value { "event-setting-on" } else { "event-setting-off" }, vec![("id", s(org)), ("setting", s(setting))]),
            DomainAdded { org, domain } => t("event-domain-added", vec![("id", s(org)), ("domain", s(domain))]),
            DomainRecordPublished { org, domain } => t("event-domain-published", vec![("id", s(org)), ("domain", s(domain))]),
            DomainVerified { org, domain } => t("event-domain-verified", vec![("id", s(org)), ("domain", s(domain))]),
            DomainClaimed { org, domain } => t("event-domain-claimed", vec![("id", s(org)), ("domain", s(domain))]),
            DomainRemoved { org, domain } => t("event-domain-removed", vec![("id", s(org)), ("domain", s(domain))]),
            SiteLinked { org, site } => t("event-site-linked", vec![("id", s(org)), ("site", s(site))]),
            UserCreated { user, org, email, state: st } => t("event-user-created", vec![("email", s(email)), ("id", s(user)), ("org", s(org)), ("state", state(st))]),
            UserStateChanged { user, from, to, reason } => t(
                "event-state-changed",
                vec![("id", s(user)), ("from", state(from)), ("to", state(to)), ("reason", Arg::code("reason", format!("{reason:?}")))],
            ),
            UserMoved { user, from_org, to_org } => t("event-user-moved", vec![("id", s(user)), ("from", s(from_org)), ("to", s(to_org))]),
            UserDeleted { user, email } => t("event-user-deleted", vec![("email", s(email)), ("id", s(user))]),
            UserSignedIn { user } => t("event-user-signed-in", vec![("id", s(user))]),
            ClaimResolved { user, choice, by_default } => t(
                if *by_default { "event-claim-resolved-default" } else { "event-claim-resolved" },
                vec![("id", s(user)), ("choice", Arg::code("choice", format!("{choice:?}")))],
            ),
            SyncEntryRejected { email, reason } => t("event-sync-rejected", vec![("email", s(email)), ("reason", Arg::Says(reason.clone()))]),
            MessageQueued { message, kind, to, sent } => t(
                if *sent { "event-mail-sent" } else { "event-mail-suppressed" },
                vec![("kind", Arg::code("mail-kind", format!("{kind:?}"))), ("to", s(to)), ("id", s(message))],
            ),
            LinkUsed { purpose } => {
                let named = UsedLink::from_name(purpose).map(|u| Arg::code("link-purpose", u.key()));
                t("event-link-used", vec![("purpose", named.unwrap_or_else(|| s(purpose)))])
            }
            ClockAdvanced { seconds, offset } => t("event-clock-advanced", vec![("by", Arg::Duration(*seconds)), ("ahead", Arg::Duration(*offset))]),
        }
    }

    /// One line for the audit log, in English.
    pub fn describe(&self) -> String {
        use Event::*;
        match self {
            TemplateCreated { template, name } => format!("Template {name} ({template}) created"),
            TemplateUpdated { template, name } => format!("Template {name} ({template}) updated"),
            CustomerCreated { customer, name } => format!("Customer {name} ({customer}) created"),
            CustomerUpdated { customer, name, template } => format!("Customer {name} ({customer}) updated; template {template}"),
            SubscriberReceived { subscriber, broadworks_user_id } => {
                format!("Subscriber {broadworks_user_id} ({subscriber}) received by flow-through provisioning")
            }
            SubscriberStatusChanged { subscriber, from, to } => {
                format!("{subscriber}: status {} → {}", from.label(), to.label())
            }
            OnboardingFailed { subscriber, code, attempt } => {
                format!("{subscriber}: onboarding failed (attempt {attempt}): error {} {}", code.code(), code.text())
            }
            PackageChanged { subscriber, from, to } => {
                format!("{subscriber}: package {} → {}", from.label(), to.label())
            }
            SubscriberUserDeleted { subscriber } => format!("{subscriber}: Webex user deleted; subscriber kept"),
            OrgCreated { org, name } => format!("Organization {name} ({org}) created"),
            OrgConvertedToPaid { org } => format!("{org} converted from a free to a paid plan"),
            SettingChanged { org, setting, value } => {
                format!("{org}: {setting} turned {}", if *value { "on" } else { "off" })
            }
            DomainAdded { org, domain } => format!("{org}: domain {domain} added"),
            DomainRecordPublished { org, domain } => format!("{org}: DNS TXT record for {domain} published"),
            DomainVerified { org, domain } => format!("{org}: domain {domain} verified"),
            DomainClaimed { org, domain } => format!("{org}: domain {domain} claimed"),
            DomainRemoved { org, domain } => format!("{org}: domain {domain} removed"),
            SiteLinked { org, site } => format!("{org}: site {site} linked"),
            UserCreated { user, org, email, state } => {
                format!("User {email} ({user}) created in {org} as {}", state.label())
            }
            UserStateChanged { user, from, to, reason } => {
                format!("{user}: {} → {} ({})", from.label(), to.label(), reason.text())
            }
            UserMoved { user, from_org, to_org } => format!("{user} moved from {from_org} to {to_org}"),
            UserDeleted { user, email } => format!("User {email} ({user}) deleted"),
            UserSignedIn { user } => format!("{user} signed in"),
            ClaimResolved { user, choice, by_default } => format!(
                "{user}: claim completed: {}{}",
                choice.label(),
                if *by_default { " (default action after 14 days)" } else { "" }
            ),
            SyncEntryRejected { email, reason } => format!("Directory entry {email} rejected: {reason}"),
            MessageQueued { message, kind, to, sent } => format!(
                "{} email to {to} {} ({message})",
                kind.label(),
                if *sent { "sent" } else { "suppressed" }
            ),
            LinkUsed { purpose } => format!("Link used: {purpose}"),
            ClockAdvanced { seconds, offset } => format!(
                "Sandbox clock advanced by {} (now {} ahead of real time)",
                crate::time::duration_label(*seconds),
                crate::time::duration_label(*offset)
            ),
        }
    }
}

/// What kind of emailed link was used, as the audit log names it (`Event::LinkUsed` stores the
/// name, in English words, as every version has; its message is `link-purpose-<key>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsedLink {
    /// A Control Hub user's activation (or reminder) link.
    Activation,
    /// The portal's email verification link.
    Verification,
    /// The consent to move a consumer account.
    Move,
}

impl UsedLink {
    /// Every kind.
    pub const ALL: [UsedLink; 3] = [UsedLink::Activation, UsedLink::Verification, UsedLink::Move];

    /// The name stored in the audit log.
    pub fn name(self) -> &'static str {
        match self {
            UsedLink::Activation => "account activation",
            UsedLink::Verification => "email verification",
            UsedLink::Move => "move account",
        }
    }

    /// Its message key.
    pub fn key(self) -> &'static str {
        match self {
            UsedLink::Activation => "activation",
            UsedLink::Verification => "verification",
            UsedLink::Move => "move",
        }
    }

    /// The kind a stored name stands for.
    pub fn from_name(name: &str) -> Option<UsedLink> {
        UsedLink::ALL.into_iter().find(|u| u.name() == name)
    }
}
