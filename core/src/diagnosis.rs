//! Why is this user stuck: for a subscriber or user not in its final state, the cause in words,
//! what resolves it, and the product action that does (checked like the menus). Derived from
//! the state and the rules, at `now` (the sandbox clock), never stored.

use crate::allowed::{SubscriberAction, UserAction};
use crate::mail::LinkKey;
use crate::model::*;
use crate::text::{Arg, Text};
use crate::time::Timestamp;
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
    /// Imported from the Webex API in Error, with an error code the simulation does not know
    /// (or none): its description is quoted.
    Reported,
    /// Imported from the Webex API as Provisioning or Updating for more than a day.
    Stalled,
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
    pub const SUBSCRIBER: [Stuck; 8] = [
        Stuck::AwaitingEmail,
        Stuck::AwaitingVerification,
        Stuck::LinkExpired,
        Stuck::AwaitingMoveConsent,
        Stuck::TemplateNotConfigured,
        Stuck::Failed(FailureCode::InvalidEmail),
        Stuck::Locked,
        Stuck::Stalled,
    ];

    /// The subscriber cause with this short name.
    pub fn subscriber_from_key(key: &str) -> Option<Stuck> {
        Stuck::SUBSCRIBER.into_iter().find(|s| s.key() == key)
    }

    /// True when `other` is this kind of cause (any failure code is `Failed`).
    pub fn covers(self, other: Stuck) -> bool {
        matches!((self, other), (Stuck::Failed(_), Stuck::Failed(_) | Stuck::Reported)) || self == other
    }

    /// A short name (in a view's address).
    pub fn key(self) -> &'static str {
        match self {
            Stuck::AwaitingEmail => "awaiting-email",
            Stuck::AwaitingVerification => "awaiting-verification",
            Stuck::LinkExpired => "link-expired",
            Stuck::AwaitingMoveConsent => "awaiting-move-consent",
            Stuck::TemplateNotConfigured => "template-not-configured",
            Stuck::Failed(_) | Stuck::Reported => "failed",
            Stuck::Stalled => "stalled",
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
            Stuck::Failed(_) | Stuck::Reported => "Onboarding failed",
            Stuck::Stalled => "Provisioning has not finished in a day",
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
    /// The cause (a message: `diag-…` in locales/*.ftl).
    pub cause: Text,
    /// What resolves it (a message).
    pub remedy: Text,
    /// The action in the product that performs the remedy, if there is one.
    pub fix: Option<Fix>,
    /// For imported real data: the facts the diagnosis rests on, and what the file cannot tell.
    pub basis: Option<Text>,
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
        if let Some(r) = self.partner.reported(id).filter(|r| r.status == Some(s.status) && s.error.is_none()) {
            return reported_cause(s, r, now);
        }
        let d = |stuck, cause: Text, remedy: &'static str, fix| Some(Diagnosis { stuck, cause, remedy: Text::new(remedy), fix, basis: None });
        let retry = Some(Fix::Subscriber(SubscriberAction::RetryActivation));
        let link = self.mail.live_link(LinkKey::Subscriber(id));
        let email = s.email.as_ref().map(|e| e.to_string()).unwrap_or_default();
        match s.status {
            SubscriberStatus::Provisioned | SubscriberStatus::Provisioning | SubscriberStatus::Updating => None,
            SubscriberStatus::PendingEmailInput => d(Stuck::AwaitingEmail, Text::new("diag-awaiting-email"), "diag-awaiting-email-remedy", retry),
            SubscriberStatus::PendingEmailValidation => match link {
                Some(l) if now >= l.expires => d(
                    Stuck::LinkExpired,
                    Text::new("diag-verify-link-expired").with("email", email).with("expired", l.expires),
                    "diag-verify-link-expired-remedy",
                    retry,
                ),
                Some(l) => d(
                    Stuck::AwaitingVerification,
                    Text::new("diag-awaiting-verification").with("email", email).with("sent", l.issued).with("left", Arg::Duration((l.expires.0 - now.0).max(0))),
                    "diag-awaiting-verification-remedy",
                    retry,
                ),
                None => d(Stuck::LinkExpired, Text::new("diag-no-verify-link").with("email", email), "diag-no-verify-link-remedy", retry),
            },
            SubscriberStatus::PendingUserMigration => {
                let cause = match link {
                    Some(l) if now >= l.expires => Text::new("diag-move-consent-expired").with("email", email).with("expired", l.expires),
                    Some(l) => Text::new("diag-move-consent-valid").with("email", email).with("until", l.expires),
                    None => Text::new("diag-move-consent").with("email", email),
                };
                d(Stuck::AwaitingMoveConsent, cause, "diag-move-consent-remedy", retry)
            }
            SubscriberStatus::Error => {
                let (code, detail) = s.error.as_ref().map(|e| (e.code, e.detail.clone()))?;
                let template = self.partner.template_of(s).map(|t| t.id);
                let failed = |id: &'static str, remedy: &'static str, fix| Diagnosis { stuck: Stuck::Failed(code), cause: Text::new(id).with("detail", Arg::Says(detail.clone())), remedy: Text::new(remedy), fix, basis: None };
                let mut out = match code {
                    FailureCode::TemplateNotConfigured => Diagnosis {
                        stuck: Stuck::TemplateNotConfigured,
                        cause: Text::new("diag-template-not-configured").with("detail", Arg::Says(detail.clone())),
                        remedy: Text::new("diag-template-not-configured-remedy"),
                        fix: template.map(Fix::Template),
                        basis: None,
                    },
                    FailureCode::InvalidEmail => failed("diag-invalid-email", "diag-invalid-email-remedy", retry),
                    FailureCode::EmailInOtherOrg => failed("diag-email-in-other-org", "diag-email-in-other-org-remedy", retry),
                    FailureCode::EmailInUse => failed("diag-email-in-use", "diag-email-in-use-remedy", retry),
                    FailureCode::DomainClaimed => failed("diag-domain-claimed", "diag-domain-claimed-remedy", retry),
                    FailureCode::BroadWorksIdInUse => failed("diag-broadworks-id-in-use", "diag-broadworks-id-in-use-remedy", Some(Fix::Subscriber(SubscriberAction::DeleteUser))),
                };
                if s.locked_for_portal() {
                    out.stuck = Stuck::Locked;
                    out.cause = Text::new("diag-locked").with("last", out.cause);
                }
                Some(out)
            }
        }
    }

    fn user_cause(&self, id: UserId, now: Timestamp) -> Option<Diagnosis> {
        let u = self.control.users().get(&id)?;
        let org = self.control.orgs().get(&u.org);
        let synced = self.control.managed_by_sync(u);
        let d = |stuck, cause: Text, remedy: &'static str, fix| Some(Diagnosis { stuck, cause, remedy: Text::new(remedy), fix, basis: None });
        let resend = Some(Fix::User(UserAction::ResendInvitation));
        match u.state {
            UserState::Active => None,
            UserState::Verified => d(Stuck::NotSignedIn, Text::new("diag-not-signed-in"), "diag-not-signed-in-remedy", resend),
            UserState::NotVerified => {
                let link = self.mail.live_link(LinkKey::User(id));
                // What else is true of this user, added to the cause: the automatic reminder to
                // come, and (seed 003: users added after their domain is verified start
                // Verified) a domain that is not verified.
                let reminder = (!u.reminder_done && org.is_some_and(|o| !o.kind.is_free()) && u.source != UserSource::SelfSignUp).then(|| u.invited_at.plus(ttl::REMINDER_AFTER));
                let domain = u.email.domain();
                let unverified = org.is_some_and(|o| !o.kind.is_free() && !o.domain_verified(domain));
                let notes = |reminder: Option<Timestamp>| match (reminder, unverified) {
                    (None, false) => Text::new("diag-notes-none"),
                    (Some(at), false) => Text::new("diag-notes-reminder").with("reminder", at),
                    (None, true) => Text::new("diag-notes-domain").with("domain", domain),
                    (Some(at), true) => Text::new("diag-notes-reminder-domain").with("reminder", at).with("domain", domain),
                };
                let cause = |t: Text| t.with("notes", notes(reminder));
                match link {
                    // No reminders either while automatic emails are off.
                    None if org.is_some_and(|o| !o.automatic_activation_emails) => {
                        d(Stuck::NoActivationEmail, Text::new("diag-no-activation-email").with("notes", notes(None)), "diag-no-activation-email-remedy", resend)
                    }
                    Some(l) if now >= l.expires => d(
                        Stuck::LinkExpired,
                        Text::new("diag-activation-link-expired").with("sent", l.issued).with("expired", l.expires),
                        "diag-activation-link-expired-remedy",
                        resend,
                    ),
                    Some(l) => d(
                        Stuck::AwaitingActivation,
                        cause(Text::new("diag-awaiting-activation").with("sent", l.issued).with("until", l.expires)),
                        "diag-awaiting-activation-remedy",
                        resend,
                    ),
                    None => d(Stuck::AwaitingActivation, cause(Text::new("diag-no-activation-link")), "diag-no-activation-link-remedy", resend),
                }
            }
            UserState::Inactive if synced || u.reason == StateReason::DeactivatedBySync => {
                d(Stuck::DeactivatedBySync, Text::new("diag-deactivated-by-sync"), "diag-deactivated-by-sync-remedy", None)
            }
            UserState::Inactive => {
                let cause = match u.inactive_since {
                    Some(t) => Text::new("diag-deactivated-deleted-on").with("deleted", t.plus(ttl::INACTIVE_RETENTION)),
                    None => Text::new("diag-deactivated"),
                };
                d(Stuck::Deactivated, cause, "diag-deactivated-remedy", Some(Fix::User(UserAction::Reactivate)))
            }
            UserState::DelayedClaim => {
                let claim = u.delayed_claim.as_ref()?;
                let from = self.control.orgs().get(&claim.from_org).map(|o| o.name.clone()).unwrap_or_default();
                d(
                    Stuck::DelayedClaim,
                    Text::new("diag-delayed-claim").with("from", from).with("days", now.days_until(claim.deadline)).with("deadline", claim.deadline),
                    "diag-delayed-claim-remedy",
                    Some(Fix::User(UserAction::ChooseDataHandling)),
                )
            }
        }
    }
}

/// How long Provisioning or Updating may last before an imported subscriber counts as stalled.
pub const STALLED_AFTER: i64 = crate::time::DAY;

/// Why an imported subscriber is stuck, from what the Webex API's file says: its status and how
/// long since it last changed, its error's code where the simulation knows it (10022 first),
/// otherwise the error's description, quoted. The remedies are in the real consoles (no fix
/// here runs a command: the subscriber is real); `basis` names the facts and what the file
/// cannot tell.
fn reported_cause(s: &Subscriber, r: &Reported, now: Timestamp) -> Option<Diagnosis> {
    let since = r.last_status_change;
    let since_text = |t: Text| match since {
        Some(at) => t.with("since", at).with("for", Arg::Duration((now.0 - at.0).max(0))),
        None => t.with("since", Text::new("api-since-unknown")).with("for", Text::new("api-since-unknown")),
    };
    let email = s.email.as_ref().map(|e| e.to_string()).unwrap_or_default();
    let first = r.errors.first();
    let quoted = first.map(ReportedError::copy_text).unwrap_or_default();
    let basis = since_text(Text::new("diag-api-basis").with("status", Arg::code("status", s.status.api_name())))
        .with("errors", r.errors.len() as i64)
        .with("error", quoted.clone());
    let out = |stuck, cause: Text, remedy: Text| Some(Diagnosis { stuck, cause, remedy, fix: None, basis: Some(basis.clone()) });
    match s.status {
        SubscriberStatus::Provisioned => None,
        SubscriberStatus::Provisioning | SubscriberStatus::Updating => {
            if since.is_none_or(|t| now.0 - t.0 <= STALLED_AFTER) {
                return None;
            }
            out(Stuck::Stalled, since_text(Text::new("diag-api-stalled").with("status", Arg::code("status", s.status.api_name()))), Text::new("diag-api-stalled-remedy"))
        }
        SubscriberStatus::PendingEmailInput => out(Stuck::AwaitingEmail, since_text(Text::new("diag-api-awaiting-email")), Text::new("diag-api-awaiting-email-remedy")),
        SubscriberStatus::PendingEmailValidation => {
            let expired = since.is_some_and(|t| now.0 - t.0 > ttl::VERIFY_EMAIL);
            if expired {
                out(Stuck::LinkExpired, since_text(Text::new("diag-api-verify-expired").with("email", email)), Text::new("diag-api-verify-expired-remedy"))
            } else {
                out(Stuck::AwaitingVerification, since_text(Text::new("diag-api-awaiting-verification").with("email", email)), Text::new("diag-api-verify-expired-remedy"))
            }
        }
        SubscriberStatus::PendingUserMigration => out(Stuck::AwaitingMoveConsent, since_text(Text::new("diag-api-move-consent").with("email", email)), Text::new("diag-api-move-consent-remedy")),
        SubscriberStatus::Error => match first.and_then(ReportedError::known) {
            Some(FailureCode::BroadWorksIdInUse) => out(
                Stuck::Failed(FailureCode::BroadWorksIdInUse),
                since_text(Text::new("diag-api-broadworks-id-in-use").with("error", quoted.clone()).with("bwid", s.broadworks_user_id.to_string())),
                Text::new("diag-api-broadworks-id-in-use-remedy").with("bwid", s.broadworks_user_id.to_string()),
            ),
            Some(code) => out(Stuck::Failed(code), since_text(Text::new("diag-api-failed").with("error", quoted.clone())), Text::new("diag-api-failed-remedy")),
            None if first.is_some() => out(Stuck::Reported, since_text(Text::new("diag-api-failed").with("error", quoted.clone())), Text::new("diag-api-failed-remedy")),
            None => out(Stuck::Reported, since_text(Text::new("diag-api-error-unexplained")), Text::new("diag-api-error-unexplained-remedy")),
        },
    }
}
