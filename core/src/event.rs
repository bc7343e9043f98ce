//! Events: past-tense facts a command produced. They form the audit log.

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
    /// One line for the audit log.
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
