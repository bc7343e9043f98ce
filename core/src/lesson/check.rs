//! Checkpoints: small declarative predicates over a workspace, named by what people see (a
//! BroadWorks user ID, an email, a template's or an organization's name), never by internal ids,
//! so a lesson file reads and edits by hand. Evaluating one reads only the workspace, so every
//! replica of the same workspace gives the same answer.

use crate::model::*;
use crate::text::{Arg, Text};
use crate::workspace::Workspace;
use serde::{Deserialize, Serialize};

/// What must hold for a checkpoint to be reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Check {
    /// A subscriber (BroadWorks user ID, or its number before `@`) has this Partner Hub status.
    SubscriberStatus {
        /// BroadWorks user ID or number.
        subscriber: String,
        /// The status, by its API name (`provisioned`, `error`, ...).
        #[serde(with = "keys::status")]
        status: SubscriberStatus,
    },
    /// A subscriber has this package.
    SubscriberPackage {
        /// BroadWorks user ID or number.
        subscriber: String,
        /// `softphone`, `basic`, `standard` or `premium`.
        #[serde(with = "keys::package")]
        package: Package,
    },
    /// A Control Hub user (by email) is in this state, in the named organization if one is given.
    UserState {
        /// Email.
        email: String,
        /// `active`, `verified`, `not-verified`, `inactive` or `delayed-claim`.
        #[serde(with = "keys::user_state")]
        state: UserState,
        /// The organization's name, if it matters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        org: Option<String>,
    },
    /// No Control Hub user has this email (deleted, or never added).
    NoUser {
        /// Email.
        email: String,
    },
    /// A template has Untrusted Emails checked and its Share Link pointing at its Activation link.
    TemplateReady {
        /// The template's name.
        template: String,
    },
    /// No subscriber of a customer is in Error.
    CustomerNoErrors {
        /// The customer's name.
        customer: String,
    },
    /// An email of this kind went out to this address (sent, or suppressed).
    Email {
        /// Recipient.
        to: String,
        /// `email_verification`, `activation`, `reminder`, `paid_conversion`, ...
        #[serde(rename = "mail", with = "keys::mail_kind")]
        kind: MessageKind,
        /// True: it was sent; false: it was suppressed.
        sent: bool,
    },
    /// Automatic activation emails are on or off for an organization.
    AutomaticEmails {
        /// The organization's name.
        org: String,
        /// On.
        enabled: bool,
    },
    /// Directory sync is on or off for an organization.
    DirectorySync {
        /// The organization's name.
        org: String,
        /// On.
        enabled: bool,
    },
    /// A domain of an organization has this status.
    DomainStatus {
        /// The organization's name.
        org: String,
        /// The domain.
        domain: String,
        /// `unverified`, `verified` or `claimed`.
        #[serde(with = "keys::domain_status")]
        status: DomainStatus,
    },
    /// An organization is on a paid plan (a free one was converted, or it always was).
    OrgPaid {
        /// The organization's name.
        org: String,
    },
}

fn subscriber<'a>(ws: &'a Workspace, who: &str) -> Option<&'a Subscriber> {
    let who = who.trim();
    ws.partner()
        .subscribers()
        .values()
        .find(|s| s.broadworks_user_id.eq_ignore_ascii_case(who) || s.broadworks_user_id.split('@').next() == Some(who))
}

fn org<'a>(ws: &'a Workspace, name: &str) -> Option<&'a Org> {
    ws.control().orgs().values().find(|o| o.name.trim().eq_ignore_ascii_case(name.trim()))
}

fn user<'a>(ws: &'a Workspace, email: &str) -> Option<&'a User> {
    ws.control().users().values().find(|u| u.email.as_str().eq_ignore_ascii_case(email.trim()))
}

impl Check {
    /// True when the check holds in `ws`. A name that matches nothing does not hold.
    pub fn holds(&self, ws: &Workspace) -> bool {
        match self {
            Check::SubscriberStatus { subscriber: s, status } => subscriber(ws, s).is_some_and(|s| s.status == *status),
            Check::SubscriberPackage { subscriber: s, package } => subscriber(ws, s).is_some_and(|s| s.package == *package),
            Check::UserState { email, state, org: in_org } => user(ws, email).is_some_and(|u| {
                u.state == *state && in_org.as_deref().is_none_or(|name| org(ws, name).is_some_and(|o| o.id == u.org))
            }),
            Check::NoUser { email } => user(ws, email).is_none(),
            Check::TemplateReady { template } => ws
                .partner()
                .templates()
                .values()
                .any(|t| t.name.trim().eq_ignore_ascii_case(template.trim()) && t.self_activation_problem().is_none()),
            Check::CustomerNoErrors { customer } => {
                let Some(c) = ws.partner().customers().values().find(|c| c.name.trim().eq_ignore_ascii_case(customer.trim())) else {
                    return false;
                };
                !ws.partner().subscribers().values().any(|s| s.customer == c.id && s.status == SubscriberStatus::Error)
            }
            Check::Email { to, kind, sent } => ws.mail().outbox().loaded().iter().any(|m| {
                m.kind == *kind && m.to.eq_ignore_ascii_case(to.trim()) && matches!(m.delivery, Delivery::Sent) == *sent
            }),
            Check::AutomaticEmails { org: name, enabled } => org(ws, name).is_some_and(|o| o.automatic_activation_emails == *enabled),
            Check::DirectorySync { org: name, enabled } => org(ws, name).is_some_and(|o| o.directory_sync == *enabled),
            Check::DomainStatus { org: name, domain, status } => {
                org(ws, name).and_then(|o| o.domain(&domain.trim().to_ascii_lowercase())).is_some_and(|d| d.status == *status)
            }
            Check::OrgPaid { org: name } => org(ws, name).is_some_and(|o| !o.kind.is_free()),
        }
    }

    /// The check in words, in the reader's language (`check-…` messages).
    pub fn text(&self) -> Text {
        match self {
            Check::SubscriberStatus { subscriber, status } => {
                Text::new("check-subscriber-status").with("subscriber", subscriber.as_str()).with("status", Arg::code("status", status.api_name()))
            }
            Check::SubscriberPackage { subscriber, package } => {
                Text::new("check-subscriber-package").with("subscriber", subscriber.as_str()).with("package", package.label())
            }
            Check::UserState { email, state, org: None } => {
                Text::new("check-user-state").with("email", email.as_str()).with("state", Arg::code("state", state.key()))
            }
            Check::UserState { email, state, org: Some(org) } => Text::new("check-user-state-in")
                .with("email", email.as_str())
                .with("state", Arg::code("state", state.key()))
                .with("org", org.as_str()),
            Check::NoUser { email } => Text::new("check-no-user").with("email", email.as_str()),
            Check::TemplateReady { template } => Text::new("check-template-ready").with("template", template.as_str()),
            Check::CustomerNoErrors { customer } => Text::new("check-customer-no-errors").with("customer", customer.as_str()),
            Check::Email { to, kind, sent: true } => {
                Text::new("check-email-sent").with("to", to.as_str()).with("kind", Arg::code("mail-kind", format!("{kind:?}")))
            }
            Check::Email { to, kind, sent: false } => {
                Text::new("check-email-suppressed").with("to", to.as_str()).with("kind", Arg::code("mail-kind", format!("{kind:?}")))
            }
            Check::AutomaticEmails { org, enabled: true } => Text::new("check-automatic-emails-on").with("org", org.as_str()),
            Check::AutomaticEmails { org, enabled: false } => Text::new("check-automatic-emails-off").with("org", org.as_str()),
            Check::DirectorySync { org, enabled: true } => Text::new("check-directory-sync-on").with("org", org.as_str()),
            Check::DirectorySync { org, enabled: false } => Text::new("check-directory-sync-off").with("org", org.as_str()),
            Check::DomainStatus { org, domain, status } => Text::new("check-domain-status")
                .with("domain", domain.as_str())
                .with("org", org.as_str())
                .with("status", Arg::code("domain-status", format!("{status:?}"))),
            Check::OrgPaid { org } => Text::new("check-org-paid").with("org", org.as_str()),
        }
    }

    /// The names it reads, for the size checks of a lesson file.
    pub(crate) fn words(&self) -> Vec<&str> {
        match self {
            Check::SubscriberStatus { subscriber, .. } | Check::SubscriberPackage { subscriber, .. } => vec![subscriber],
            Check::UserState { email, org, .. } => [Some(email.as_str()), org.as_deref()].into_iter().flatten().collect(),
            Check::NoUser { email } => vec![email],
            Check::TemplateReady { template } => vec![template],
            Check::CustomerNoErrors { customer } => vec![customer],
            Check::Email { to, .. } => vec![to],
            Check::AutomaticEmails { org, .. } | Check::DirectorySync { org, .. } | Check::OrgPaid { org } => vec![org],
            Check::DomainStatus { org, domain, .. } => vec![org, domain],
        }
    }
}

/// The words a lesson file uses for the core's codes.
pub mod keys {
    use crate::model::*;

    /// A message kind's key (`email_verification`, `paid_conversion`, ...).
    pub fn mail_kind_key(kind: MessageKind) -> &'static str {
        match kind {
            MessageKind::EmailVerification => "email_verification",
            MessageKind::MoveAccount => "move_account",
            MessageKind::Activation => "activation",
            MessageKind::Reminder => "reminder",
            MessageKind::Reactivation => "reactivation",
            MessageKind::PaidConversion => "paid_conversion",
            MessageKind::ClaimNotice => "claim_notice",
            MessageKind::Welcome => "welcome",
            MessageKind::AdminAlert => "admin_alert",
        }
    }

    /// A domain status's key.
    pub fn domain_status_key(status: DomainStatus) -> &'static str {
        match status {
            DomainStatus::Unverified => "unverified",
            DomainStatus::Verified => "verified",
            DomainStatus::Claimed => "claimed",
        }
    }

    macro_rules! key_serde {
        ($name:ident, $ty:ty, $to:expr, $from:expr, $expected:literal) => {
            /// Serde by the key a lesson file uses.
            pub mod $name {
                use super::*;
                use serde::{de::Error, Deserialize, Deserializer, Serializer};
                /// Writes the key.
                pub fn serialize<S: Serializer>(v: &$ty, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str($to(*v))
                }
                /// Reads the key.
                pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                    let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                    $from(&s).ok_or_else(|| D::Error::custom(format!("\"{}\" is not one of {}", s.chars().take(40).collect::<String>(), $expected)))
                }
            }
        };
    }

    key_serde!(status, SubscriberStatus, SubscriberStatus::api_name, SubscriberStatus::from_api_name,
        "pending_email_input, pending_email_validation, pending_user_migration, provisioning, provisioned, updating, error");
    key_serde!(package, Package, |p: Package| match p {
        Package::Softphone => "softphone",
        Package::Basic => "basic",
        Package::Standard => "standard",
        Package::Premium => "premium",
    }, Package::parse, "softphone, basic, standard, premium");
    key_serde!(user_state, UserState, UserState::key, UserState::from_key, "active, verified, not-verified, inactive, delayed-claim");
    key_serde!(mail_kind, MessageKind, mail_kind_key, |s: &str| MessageKind::ALL.into_iter().find(|k| mail_kind_key(*k) == s),
        "email_verification, move_account, activation, reminder, reactivation, paid_conversion, claim_notice, welcome, admin_alert");
    key_serde!(domain_status, DomainStatus, domain_status_key, |s: &str| DomainStatus::ALL.into_iter().find(|k| domain_status_key(*k) == s),
        "unverified, verified, claimed");
}
