//! What the emails say. An email is stored as its kind's parameters ([`MailContent`]) and
//! rendered when read, so the outbox costs a few bytes an email, not its text.

use crate::model::{Delivery, MessageId, MessageKind, TemplateId, Token};
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The parameters of an email's text, one variant per text the system writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailContent {
    /// Portal email verification.
    EmailVerification,
    /// Consent to move a consumer account into the customer organization.
    MoveAccount,
    /// Control Hub activation email.
    Activation {
        /// The organization's name when the email was sent.
        org: String,
    },
    /// Reminder invitation.
    Reminder {
        /// The organization's name when the email was sent.
        org: String,
    },
    /// The account was reactivated.
    Reactivation,
    /// The account moved from a free to a paid plan.
    PaidConversion {
        /// The paid organization's name.
        org: String,
        /// True for a delayed claim (14 days to choose what happens to the old data).
        delayed: bool,
    },
    /// Self-activation finished.
    Welcome,
    /// A user failed to self-provision twice.
    AdminAlert {
        /// The subscriber's BroadWorks user ID.
        broadworks_user_id: String,
        /// The error text, as Copy Error Text gives it.
        error: String,
    },
    /// Text kept as it was written (emails of older versions whose text no kind here matches).
    Text {
        /// Subject.
        subject: String,
        /// Body.
        body: String,
    },
}

const VERIFY_SUBJECT: &str = "Verify your email address for Webex";
const VERIFY_BODY: &str = "Confirm that this is your email address to finish activating Webex.\n\nOpen the link within 24 hours. If you did not ask for this, ignore this email.";
const MOVE_SUBJECT: &str = "Move your Webex account to your company";
const MOVE_BODY: &str = "You already have a free Webex account with this email address. Your service provider wants to move it into your company's Webex organization.\n\nOpen the link to agree to the move. It is valid for 7 days.";
const REACTIVATED_SUBJECT: &str = "Your Webex account is active again";
const REACTIVATED_BODY: &str = "Your administrator reactivated your Webex account. Sign in to the Webex App to continue.";
const WELCOME_SUBJECT: &str = "Your Webex account is ready";
const WELCOME_BODY: &str = "Your email is verified and your Webex account is ready.\n\nNext step: download the Webex App and sign in with this email address.";

impl MailContent {
    /// The subject line.
    pub fn subject(&self) -> String {
        match self {
            MailContent::EmailVerification => VERIFY_SUBJECT.into(),
            MailContent::MoveAccount => MOVE_SUBJECT.into(),
            MailContent::Activation { org } => format!("Activate your Webex account at {org}"),
            MailContent::Reminder { org } => format!("Reminder: activate your Webex account at {org}"),
            MailContent::Reactivation => REACTIVATED_SUBJECT.into(),
            MailContent::PaidConversion { org, .. } => format!("Your Webex account is now part of {org}"),
            MailContent::Welcome => WELCOME_SUBJECT.into(),
            MailContent::AdminAlert { broadworks_user_id, .. } => format!("Action needed: {broadworks_user_id} could not self-activate"),
            MailContent::Text { subject, .. } => subject.clone(),
        }
    }

    /// The plain-text body.
    pub fn body(&self) -> String {
        match self {
            MailContent::EmailVerification => VERIFY_BODY.into(),
            MailContent::MoveAccount => MOVE_BODY.into(),
            MailContent::Activation { org } => format!("{org} added you to Webex. Open the link to verify your email, then sign in to the Webex App. The link is valid for 7 days."),
            MailContent::Reminder { org } => format!("You have not activated your Webex account at {org} yet. Open the link to verify your email, then sign in to the Webex App. The link is valid for 7 days."),
            MailContent::Reactivation => REACTIVATED_BODY.into(),
            MailContent::PaidConversion { org, delayed: true } => format!("Your Webex account is moving from a free plan to {org}'s paid plan.\n\nYou have 14 days to choose what happens to the data of your free account: move your conversations, keep the old account under another email address, or delete it. If you do nothing, your conversations move automatically after 14 days."),
            MailContent::PaidConversion { org, delayed: false } => format!("Your Webex account moved from a free plan to {org}'s paid plan. Sign in to the Webex App as usual."),
            MailContent::Welcome => WELCOME_BODY.into(),
            MailContent::AdminAlert { broadworks_user_id, error } => format!(
                "The user {broadworks_user_id} failed to self-provision twice in the User Activation Portal.\n\n{error}\n\nOpen Partner Hub → Settings → BroadWorks Calling → View Templates → Show User Status to retry activation, delete the user, or change the configuration."
            ),
            MailContent::Text { body, .. } => body.clone(),
        }
    }

    /// The content whose text is exactly `subject` and `body` (how format-2 emails, stored as
    /// text, become parameters again); [`MailContent::Text`] when no kind writes that text.
    pub fn recognize(subject: &str, body: &str) -> MailContent {
        let org_of = |prefix: &str| subject.strip_prefix(prefix).map(str::to_string);
        let bwid = subject.strip_prefix("Action needed: ").and_then(|s| s.strip_suffix(" could not self-activate")).map(str::to_string);
        let error = body.split("\n\n").nth(1).unwrap_or("").to_string();
        let mut candidates = vec![
            MailContent::EmailVerification,
            MailContent::MoveAccount,
            MailContent::Reactivation,
            MailContent::Welcome,
        ];
        if let Some(org) = org_of("Activate your Webex account at ") {
            candidates.push(MailContent::Activation { org });
        }
        if let Some(org) = org_of("Reminder: activate your Webex account at ") {
            candidates.push(MailContent::Reminder { org });
        }
        if let Some(org) = org_of("Your Webex account is now part of ") {
            candidates.push(MailContent::PaidConversion { org: org.clone(), delayed: true });
            candidates.push(MailContent::PaidConversion { org, delayed: false });
        }
        if let Some(broadworks_user_id) = bwid {
            candidates.push(MailContent::AdminAlert { broadworks_user_id, error });
        }
        candidates
            .into_iter()
            .find(|c| c.subject() == subject && c.body() == body)
            .unwrap_or_else(|| MailContent::Text { subject: subject.into(), body: body.into() })
    }
}

/// What an email's button opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailLink {
    /// A single-use link: `/link/<token>`.
    Token(Token),
    /// The User Status view of a template (an administrator alert).
    UserStatus(TemplateId),
    /// Any other page of the console.
    Page(String),
}

impl MailLink {
    /// The app path.
    pub fn path(&self) -> String {
        match self {
            MailLink::Token(t) => format!("/link/{}", t.0),
            MailLink::UserStatus(t) => format!("/partner/templates/{}/users", t.0),
            MailLink::Page(p) => p.clone(),
        }
    }

    /// The link for an app path (how format-2 emails, which stored the path, read again).
    pub fn from_path(path: &str) -> MailLink {
        if let Some(token) = path.strip_prefix("/link/") {
            return MailLink::Token(Token(token.into()));
        }
        let template = path.strip_prefix("/partner/templates/").and_then(|r| r.strip_suffix("/users")).and_then(|id| id.parse().ok());
        match template {
            Some(id) if MailLink::UserStatus(TemplateId(id)).path() == path => MailLink::UserStatus(TemplateId(id)),
            _ => MailLink::Page(path.to_string()),
        }
    }

    /// The token of a single-use link.
    pub fn token(&self) -> Option<&Token> {
        match self {
            MailLink::Token(t) => Some(t),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_recognized_again_and_other_text_is_kept() {
        for c in [
            MailContent::EmailVerification,
            MailContent::MoveAccount,
            MailContent::Activation { org: "Acme's".into() },
            MailContent::Reminder { org: "Acme".into() },
            MailContent::Reactivation,
            MailContent::PaidConversion { org: "Acme".into(), delayed: true },
            MailContent::PaidConversion { org: "Acme".into(), delayed: false },
            MailContent::Welcome,
            MailContent::AdminAlert { broadworks_user_id: "1@sp".into(), error: "Error 10007: x (y)".into() },
        ] {
            assert_eq!(MailContent::recognize(&c.subject(), &c.body()), c);
        }
        let odd = MailContent::recognize("Activate your Webex account at Acme", "An older wording.");
        assert_eq!(odd, MailContent::Text { subject: "Activate your Webex account at Acme".into(), body: "An older wording.".into() });
    }

    #[test]
    fn links_read_back_from_their_paths() {
        for l in [MailLink::Token(Token("ab".repeat(16).into())), MailLink::UserStatus(TemplateId(7)), MailLink::Page("/partner/templates".into())] {
            assert_eq!(MailLink::from_path(&l.path()), l);
        }
        assert_eq!(MailLink::from_path("/partner/templates/07/users"), MailLink::Page("/partner/templates/07/users".into()));
    }
}

/// An email the system sent or suppressed (there is no mail server: this is the mailbox). It
/// is kept as what is needed to write it again (kind, recipient, parameters), not as its text:
/// [`Message::subject`] and [`Message::body`] render it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Id.
    pub id: MessageId,
    /// When.
    pub at: Timestamp,
    /// Recipient.
    pub to: String,
    /// Kind.
    pub kind: MessageKind,
    /// What the email says, as parameters of its kind's text.
    pub content: MailContent,
    /// What the email's button opens, if anything.
    #[serde(default)]
    pub link: Option<MailLink>,
    /// Sent or suppressed.
    pub delivery: Delivery,
}

impl Message {
    /// The subject line.
    pub fn subject(&self) -> String {
        self.content.subject()
    }

    /// The plain-text body.
    pub fn body(&self) -> String {
        self.content.body()
    }

    /// The app path the email's button opens, if any.
    pub fn link_path(&self) -> Option<String> {
        self.link.as_ref().map(MailLink::path)
    }
}
