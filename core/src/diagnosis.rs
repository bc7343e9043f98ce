//! Why is this user stuck: for a subscriber or user not in its final state, the cause in words,
//! what resolves it, and the product action that does (checked like the menus). Derived from
//! the state and the rules, at `now` (the sandbox clock), never stored.

use crate::allowed::{SubscriberAction, UserAction};
use crate::mail::LinkKey;
use crate::model::*;
use crate::time::{duration_label, Timestamp};
use crate::workspace::Workspace;

/// What kind of cause (for grouping and filtering: "stuck because").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stuck {
    /// The subscriber has not entered an email in the portal yet.
    AwaitingEmail,
    /// A verification link is out and still valid.
    AwaitingVerification,
    /// The verification or activation link expired unused.
    LinkExpired,
    /// A free account has the email; the user has not consented to the move.
    AwaitingMoveConsent,
    /// The template is not set up for self-activation.
    TemplateNotConfigured,
    /// The last onboarding attempt failed (see the code).
    Failed(FailureCode),
    /// Two failed portal attempts: the portal waits for the administrator.
    Locked,
    /// Automatic activation emails are off and none was sent by hand.
    NoActivationEmail,
    /// The activation email is out; the user has not verified yet.
    AwaitingActivation,
    /// Verified, not signed in yet.
    NotSignedIn,
    /// Deactivated by an administrator.
    Deactivated,
    /// Deactivated by directory sync.
    DeactivatedBySync,
    /// Claimed with a delay: the user has not chosen what happens to their data.
    DelayedClaim,
}

impl Stuck {
    /// The causes a Control Hub user can be stuck for, in the filter's order.
    pub const USER: [Stuck; 7] = [
        Stuck::NoActivationEmail,
        Stuck::AwaitingActivation,
        Stuck::LinkExpired,
        Stuck::NotSignedIn,
        Stuck::DelayedClaim,
        Stuck::Deactivated,
        Stuck::DeactivatedBySync,
    ];

    /// The causes a Partner Hub subscriber can be stuck for, in the filter's order (every
    /// failure code is one entry: `Failed`).
    pub const SUBSCRIBER: [Stuck; 7] = [
        Stuck::AwaitingEmail,
        Stuck::AwaitingVerification,
        Stuck::LinkExpired,
        Stuck::AwaitingMoveConsent,
        Stuck::TemplateNotConfigured,
        Stuck::Failed(FailureCode::InvalidEmail),
        Stuck::Locked,
    ];

    /// The subscriber cause with this short name.
    pub fn subscriber_from_key(key: &str) -> Option<Stuck> {
        Stuck::SUBSCRIBER.into_iter().find(|s| s.key() == key)
    }

    /// True when `other` is this kind of cause (any failure code is `Failed`).
    pub fn covers(self, other: Stuck) -> bool {
        matches!((self, other), (Stuck::Failed(_), Stuck::Failed(_))) || self == other
    }

    /// A short name (in a view's address).
    pub fn key(self) -> &'static str {
        match self {
            Stuck::AwaitingEmail => "awaiting-email",
            Stuck::AwaitingVerification => "awaiting-verification",
            Stuck::LinkExpired => "link-expired",
            Stuck::AwaitingMoveConsent => "awaiting-move-consent",
            Stuck::TemplateNotConfigured => "template-not-configured",
            Stuck::Failed(_) => "failed",
            Stuck::Locked => "locked",
            Stuck::NoActivationEmail => "no-activation-email",
            Stuck::AwaitingActivation => "awaiting-activation",
            Stuck::NotSignedIn => "not-signed-in",
            Stuck::Deactivated => "deactivated",
            Stuck::DeactivatedBySync => "deactivated-by-sync",
            Stuck::DelayedClaim => "delayed-claim",
        }
    }

    /// In words, for the filter.
    pub fn label(self) -> &'static str {
        match self {
            Stuck::AwaitingEmail => "Has not entered an email",
            Stuck::AwaitingVerification => "Has not opened the verification link",
            Stuck::LinkExpired => "The link expired",
            Stuck::AwaitingMoveConsent => "Has not agreed to move their account",
            Stuck::TemplateNotConfigured => "The template is not set up",
            Stuck::Failed(_) => "Onboarding failed",
            Stuck::Locked => "Portal locked after two failures",
            Stuck::NoActivationEmail => "No activation email sent (automatic emails off)",
            Stuck::AwaitingActivation => "Has not opened the activation email",
            Stuck::NotSignedIn => "Verified, not signed in yet",
            Stuck::Deactivated => "Deactivated by an administrator",
            Stuck::DeactivatedBySync => "Deactivated by directory sync",
            Stuck::DelayedClaim => "In a delayed claim",
        }
    }

    /// The user cause with this short name.
    pub fn user_from_key(key: &str) -> Option<Stuck> {
        Stuck::USER.into_iter().find(|s| s.key() == key)
    }
}

/// The product action that performs a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// A User Status menu action.
    Subscriber(SubscriberAction),
    /// A Control Hub user menu action.
    User(UserAction),
    /// The template's User Verification settings (a page, not a command).
    Template(TemplateId),
}

/// Why one subscriber or user is not in its final state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    /// The kind of cause.
    pub stuck: Stuck,
    /// The cause, in words.
    pub cause: String,
    /// What resolves it, in words.
    pub remedy: String,
    /// The action in the product that performs the remedy, if there is one.
    pub fix: Option<Fix>,
}

fn when(t: Timestamp) -> String {
    t.to_string()
}

impl Workspace {
    /// Why a Partner Hub subscriber is not provisioned (`None` when it is, or is not there). A
    /// fix is named only when the menu would offer it now.
    pub fn diagnose_subscriber(&self, id: SubscriberId, now: Timestamp) -> Option<Diagnosis> {
        let mut d = self.subscriber_cause(id, now)?;
        if let Some(Fix::Subscriber(a)) = d.fix {
            if self.check_subscriber_action(a, id).is_err() {
                d.fix = None;
            }
        }
        Some(d)
    }

    /// Why a Control Hub user is not Active (`None` when they are, or are not there). A fix is
    /// named only when the menu would offer it now.
    pub fn diagnose_user(&self, id: UserId, now: Timestamp) -> Option<Diagnosis> {
        let mut d = self.user_cause(id, now)?;
        if let Some(Fix::User(a)) = d.fix {
            if self.check_user_action(a, id).is_err() {
                d.fix = None;
            }
        }
        Some(d)
    }

    fn subscriber_cause(&self, id: SubscriberId, now: Timestamp) -> Option<Diagnosis> {
        let s = self.partner.subscribers().get(&id)?;
        let d = |stuck, cause: String, remedy: &str, fix| Some(Diagnosis { stuck, cause, remedy: remedy.to_string(), fix });
        let link = self.mail.live_link(LinkKey::Subscriber(id));
        match s.status {
            SubscriberStatus::Provisioned | SubscriberStatus::Provisioning | SubscriberStatus::Updating => None,
            SubscriberStatus::PendingEmailInput => d(
                Stuck::AwaitingEmail,
                "The user has not entered an email address in the User Activation Portal yet.".into(),
                "Send the user the template's activation link (its Share Link), or onboard them now with Retry Activation and their email.",
                Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
            ),
            SubscriberStatus::PendingEmailValidation => {
                let email = s.email.as_ref().map(|e| e.to_string()).unwrap_or_default();
                match link {
                    Some(l) if now >= l.expires => d(
                        Stuck::LinkExpired,
                        format!("The verification link sent to {email} expired on {} without being opened.", when(l.expires)),
                        "The user enters the email again in the portal (a new link is sent), or Retry Activation onboards them with it now.",
                        Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
                    ),
                    Some(l) => d(
                        Stuck::AwaitingVerification,
                        format!(
                            "A verification email went to {email} on {}; the user has not opened its link. It expires in {}.",
                            when(l.issued),
                            duration_label((l.expires.0 - now.0).max(0))
                        ),
                        "The user opens the link in that email. If it did not arrive, they can enter the address again in the portal, or Retry Activation onboards them now.",
                        Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
                    ),
                    None => d(
                        Stuck::LinkExpired,
                        format!("No valid verification link is out for {email}."),
                        "The user enters the email again in the portal, or Retry Activation onboards them now.",
                        Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
                    ),
                }
            }
            SubscriberStatus::PendingUserMigration => {
                let email = s.email.as_ref().map(|e| e.to_string()).unwrap_or_default();
                let expiry = link.map(|l| if now >= l.expires { format!(" The consent link expired on {}.", when(l.expires)) } else { format!(" The consent link is valid until {}.", when(l.expires)) });
                d(
                    Stuck::AwaitingMoveConsent,
                    format!("{email} already has a free Webex account; the user has not yet agreed to move it into the organization.{}", expiry.unwrap_or_default()),
                    "The user opens the consent email and accepts. To use another address instead, Retry Activation with it.",
                    Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
                )
            }
            SubscriberStatus::Error => {
                let (code, detail) = s.error.as_ref().map(|e| (e.code, e.detail.clone()))?;
                let template = self.partner.template_of(s).map(|t| t.id);
                let locked = s.locked_for_portal();
                let mut out = match code {
                    FailureCode::TemplateNotConfigured => Diagnosis {
                        stuck: Stuck::TemplateNotConfigured,
                        cause: format!("The customer's template is not set up for self-activation: {detail}"),
                        remedy: "In the template's User Verification settings, check Untrusted Emails and point the Share Link at the activation link; then Retry Activation.".into(),
                        fix: template.map(Fix::Template),
                    },
                    FailureCode::InvalidEmail => Diagnosis {
                        stuck: Stuck::Failed(code),
                        cause: format!("The email address entered is not valid ({detail})."),
                        remedy: "Retry Activation with a valid address, or the user enters one in the portal.".into(),
                        fix: Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
                    },
                    FailureCode::EmailInOtherOrg => Diagnosis {
                        stuck: Stuck::Failed(code),
                        cause: format!("{detail} belongs to a user of another organization, so it cannot be used here."),
                        remedy: "Claim that user into the customer's organization in Control Hub (if it is a free account) or ask its organization to remove it; or Retry Activation with another address.".into(),
                        fix: Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
                    },
                    FailureCode::EmailInUse => Diagnosis {
                        stuck: Stuck::Failed(code),
                        cause: format!("{detail} already belongs to another user of the customer's own organization."),
                        remedy: "Retry Activation with the user's own address, or delete the other user in Control Hub if it is a leftover.".into(),
                        fix: Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
                    },
                    FailureCode::DomainClaimed => Diagnosis {
                        stuck: Stuck::Failed(code),
                        cause: format!("The domain {detail} is claimed by another organization, so its addresses cannot join this one."),
                        remedy: "Retry Activation with an address of another domain, or the other organization releases the domain.".into(),
                        fix: Some(Fix::Subscriber(SubscriberAction::RetryActivation)),
                    },
                    FailureCode::BroadWorksIdInUse => Diagnosis {
                        stuck: Stuck::Failed(code),
                        cause: format!("The BroadWorks user ID {detail} is already linked to another Webex user."),
                        remedy: "Delete User removes the Webex user linked to this subscriber and starts onboarding over; delete the other Webex user in Control Hub if it is a leftover.".into(),
                        fix: Some(Fix::Subscriber(SubscriberAction::DeleteUser)),
                    },
                };
                if locked {
                    out.stuck = Stuck::Locked;
                    out.cause = format!("Two attempts in the portal failed, so the portal waits for the administrator. The last one: {}", out.cause);
                }
                Some(out)
            }
        }
    }

    fn user_cause(&self, id: UserId, now: Timestamp) -> Option<Diagnosis> {
        let u = self.control.users().get(&id)?;
        let org = self.control.orgs().get(&u.org);
        let synced = self.control.managed_by_sync(u);
        let d = |stuck, cause: String, remedy: &str, fix| Some(Diagnosis { stuck, cause, remedy: remedy.to_string(), fix });
        match u.state {
            UserState::Active => None,
            UserState::Verified => d(
                Stuck::NotSignedIn,
                "The user's identity is verified, but they have not signed in to Webex yet.".into(),
                "The user signs in to the Webex App with their email address. Resend invitation sends the activation email again.",
                Some(Fix::User(UserAction::ResendInvitation)),
            ),
            UserState::NotVerified => {
                let link = self.mail.live_link(LinkKey::User(id));
                // Seed 003: users added after their domain is verified start Verified.
                let domain = u.email.domain();
                let unverified_domain = if org.is_some_and(|o| !o.kind.is_free() && !o.domain_verified(domain)) {
                    format!(" The domain {domain} is not verified in the organization, so the user must verify their email themselves (users added after it is verified start Verified).")
                } else {
                    String::new()
                };
                let reminder = if !u.reminder_done && org.is_some_and(|o| !o.kind.is_free()) && u.source != UserSource::SelfSignUp {
                    format!(" An automatic reminder goes out on {}.", when(u.invited_at.plus(ttl::REMINDER_AFTER)))
                } else {
                    String::new()
                };
                match link {
                    None if org.is_some_and(|o| !o.automatic_activation_emails) => d(
                        Stuck::NoActivationEmail,
                        format!("Automatic activation emails are off for this organization, so no activation email went out: the user stays Not Verified until one is sent.{unverified_domain}"),
                        "Send the activation email by hand (Resend invitation), or turn automatic activation emails on in Organization Settings.",
                        Some(Fix::User(UserAction::ResendInvitation)),
                    ),
                    Some(l) if now >= l.expires => d(
                        Stuck::LinkExpired,
                        format!("The activation link sent on {} expired on {} without being opened.", when(l.issued), when(l.expires)),
                        "Resend invitation sends a new link. The user can also verify when they first sign in.",
                        Some(Fix::User(UserAction::ResendInvitation)),
                    ),
                    Some(l) => d(
                        Stuck::AwaitingActivation,
                        format!("The activation email went out on {}; the user has not opened its link yet (valid until {}).{reminder}{unverified_domain}", when(l.issued), when(l.expires)),
                        "The user opens the activation email, or verifies when they first sign in. Resend invitation sends it again.",
                        Some(Fix::User(UserAction::ResendInvitation)),
                    ),
                    None => d(
                        Stuck::AwaitingActivation,
                        format!("No activation link is out for the user.{reminder}"),
                        "Resend invitation sends the activation email. The user can also verify when they first sign in.",
                        Some(Fix::User(UserAction::ResendInvitation)),
                    ),
                }
            }
            UserState::Inactive if synced || u.reason == StateReason::DeactivatedBySync => d(
                Stuck::DeactivatedBySync,
                "Directory sync deactivated the user (disabled or missing in the directory); directory sync manages them, so they cannot be changed here.".into(),
                "Enable the user in your directory; the next sync reactivates them.",
                None,
            ),
            UserState::Inactive => {
                let deletion = u.inactive_since.map(|t| format!(" Unless reactivated, they are deleted on {}.", when(t.plus(ttl::INACTIVE_RETENTION)))).unwrap_or_default();
                d(
                    Stuck::Deactivated,
                    format!("An administrator deactivated the user.{deletion}"),
                    "Reactivate returns them to the state they had.",
                    Some(Fix::User(UserAction::Reactivate)),
                )
            }
            UserState::DelayedClaim => {
                let claim = u.delayed_claim.as_ref()?;
                let from = self.control.orgs().get(&claim.from_org).map(|o| o.name.clone()).unwrap_or_else(|| "their previous organization".into());
                d(
                    Stuck::DelayedClaim,
                    format!(
                        "The user was claimed from {from} and has {} of 14 days left to choose what happens to their data there. On {} the default runs: their conversations move with them.",
                        now.days_until(claim.deadline),
                        when(claim.deadline)
                    ),
                    "The user chooses in the Webex App (here: the menu's choose-data action), or the default runs at the deadline.",
                    Some(Fix::User(UserAction::ChooseDataHandling)),
                )
            }
        }
    }
}
