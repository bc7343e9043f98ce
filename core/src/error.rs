//! Why a command was refused. Every message says what to do; a refused command changes nothing.

use crate::email::EmailError;
use crate::model::*;
use crate::text::{Arg, Text};

/// A refused command.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    /// A required text field is empty.
    #[error("{0} is required.")]
    Required(&'static str),
    /// A text field is too long.
    #[error("{field} can be at most {max} characters.")]
    TooLong {
        /// Field.
        field: &'static str,
        /// Limit.
        max: usize,
    },
    /// The email was refused.
    #[error("{0}")]
    Email(#[from] EmailError),
    /// No such template.
    #[error("Template {0} does not exist; it may have been removed in another tab. Reload the page.")]
    NoTemplate(TemplateId),
    /// No such customer.
    #[error("Customer {0} does not exist; reload the page.")]
    NoCustomer(CustomerId),
    /// No such subscriber.
    #[error("Subscriber {0} does not exist; reload the page.")]
    NoSubscriber(SubscriberId),
    /// No such organization.
    #[error("Organization {0} does not exist; reload the page.")]
    NoOrg(OrgId),
    /// No such user.
    #[error("User {0} does not exist; reload the page.")]
    NoUser(UserId),
    /// No such domain in the org.
    #[error("The domain {0} is not added to this organization; add it first.")]
    NoDomain(String),
    /// A name is taken.
    #[error("{what} \"{name}\" already exists; choose another.")]
    Duplicate {
        /// What kind of thing.
        what: &'static str,
        /// The name.
        name: String,
    },
    /// A batch (CSV, sync) contained a bad row; nothing was applied.
    #[error("Row {row}: {error} Nothing was applied; fix the row and try again.")]
    BadRow {
        /// 1-based row.
        row: usize,
        /// What is wrong with it.
        error: Box<CommandError>,
    },
    /// The same entry twice in one batch.
    #[error("{0} is listed twice.")]
    ListedTwice(String),
    /// The customer already has a subscriber with this BroadWorks user ID.
    #[error("Subscriber {0} is already provisioned for this customer.")]
    AlreadyProvisioned(String),
    /// A value is not in the form it must have (the sentence says which, and how).
    #[error("{0}")]
    Invalid(&'static str),
    /// Nothing to do.
    #[error("{0}")]
    Nothing(&'static str),
    /// Portal sign-in failed.
    #[error("The BroadWorks user ID or password is not correct. Check them and sign in again.")]
    BadCredentials,
    /// Portal reached through a template that is not set up for self-activation.
    #[error("Self-activation is not available for your account: {0} Contact your service provider.")]
    PortalUnavailable(&'static str),
    /// The user's portal attempts are used up.
    #[error("Your activation needs your administrator: they have been notified and will finish it for you.")]
    PortalLocked,
    /// The subscriber is not waiting for an email.
    #[error("This account is already {0}; there is nothing to enter here.")]
    NotAwaitingEmail(&'static str),
    /// An unknown or forged link token.
    #[error("This link is not valid. Open the link from your most recent email, or start again from the activation page.")]
    LinkUnknown,
    /// An expired link.
    #[error("This link has expired. Start again from the activation page to get a new one.")]
    LinkExpired,
    /// A used link.
    #[error("This link was already used. If your account is not active yet, start again from the activation page.")]
    LinkUsed,
    /// A superseded link.
    #[error("A newer email was sent for this account; use the link in the most recent email.")]
    LinkSuperseded,
    /// The action does not fit the subscriber's status.
    #[error("{0}")]
    WrongStatus(&'static str),
    /// The action does not fit the user's state.
    #[error("{0}")]
    WrongState(&'static str),
    /// The action does not fit this user, for the reason given.
    #[error("{email} is {}; only users who have not activated (Not Verified or Verified) get invitations.", state.label())]
    NotInvitable {
        /// Who.
        email: String,
        /// Their state.
        state: UserState,
    },
    /// Users managed by directory sync cannot be changed by hand.
    #[error("{0} is managed by directory sync; change the user in your directory instead.")]
    ManagedBySync(String),
    /// The email belongs to a user of another organization.
    #[error("{0} already belongs to a user in another organization; claim the user instead of adding them.")]
    EmailInOtherOrg(String),
    /// The email already belongs to a user here.
    #[error("{0} is already a user in this organization.")]
    EmailInOrg(String),
    /// The email domain is claimed by another org.
    #[error("The domain of {0} is claimed by another organization; that organization's users cannot be added here.")]
    DomainClaimedElsewhere(String),
    /// Domain workflow out of order.
    #[error("{0}")]
    DomainStep(&'static str),
    /// Can only claim from free orgs.
    #[error("{0} belongs to a paid organization; only users of free (consumer) organizations can be claimed. Ask that organization's administrator to remove the user.")]
    NotClaimable(String),
    /// Directory sync off.
    #[error("Directory sync is off for this organization; turn it on first.")]
    SyncOff,
    /// Site not linked.
    #[error("The site {0} is not linked to this organization; link it first.")]
    SiteNotLinked(String),
    /// Org kind mismatch.
    #[error("{0}")]
    WrongOrgKind(&'static str),
    /// Too many rows.
    #[error("A batch can hold at most {0} rows; split the file.")]
    BatchTooLarge(usize),
}

/// A required text field, trimmed, at most `max` characters.
pub(crate) fn required(field: &'static str, value: &str, max: usize) -> Result<String, CommandError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(CommandError::Required(field));
    }
    if v.chars().count() > max {
        return Err(CommandError::TooLong { field, max });
    }
    Ok(v.to_string())
}

/// An error in row `row` (0-based) of a batch.
pub(crate) fn bad_row(row: usize, e: CommandError) -> CommandError {
    CommandError::BadRow { row: row + 1, error: Box::new(e) }
}

impl CommandError {
    /// Why, as a message (`error-…` in locales/*.ftl) for the app to write in the reader's
    /// language; its English is this error's `Display` (core/tests/suite/locales.rs checks every kind).
    /// The sentences and field names the core keeps in English words are `Arg::Says`.
    pub fn text(&self) -> Text {
        use CommandError as E;
        let says = |s: &str| Arg::Says(s.to_string());
        let id = |x: &dyn std::fmt::Display| Arg::Str(x.to_string());
        match self {
            E::Required(field) => Text::new("error-required").with("field", says(field)),
            E::TooLong { field, max } => Text::new("error-too-long").with("field", says(field)).with("max", *max as i64),
            E::Email(e) => e.text(),
            E::NoTemplate(x) => Text::new("error-no-template").with("id", id(x)),
            E::NoCustomer(x) => Text::new("error-no-customer").with("id", id(x)),
            E::NoSubscriber(x) => Text::new("error-no-subscriber").with("id", id(x)),
            E::NoOrg(x) => Text::new("error-no-org").with("id", id(x)),
            E::NoUser(x) => Text::new("error-no-user").with("id", id(x)),
            E::NoDomain(d) => Text::new("error-no-domain").with("domain", d.as_str()),
            E::Duplicate { what, name } => Text::new("error-duplicate").with("what", says(what)).with("name", name.as_str()),
            E::BadRow { row, error } => Text::new("error-bad-row").with("row", *row as i64).with("message", error.text()),
            E::ListedTwice(who) => Text::new("error-listed-twice").with("who", who.as_str()),
            E::AlreadyProvisioned(who) => Text::new("error-already-provisioned").with("who", who.as_str()),
            E::BadCredentials => Text::new("error-bad-credentials"),
            E::PortalUnavailable(why) => Text::new("error-portal-unavailable").with("why", says(why)),
            E::PortalLocked => Text::new("error-portal-locked"),
            E::NotAwaitingEmail(what) => Text::new("error-not-awaiting-email").with("what", says(what)),
            E::LinkUnknown => Text::new("error-link-unknown"),
            E::LinkExpired => Text::new("error-link-expired"),
            E::LinkUsed => Text::new("error-link-used"),
            E::LinkSuperseded => Text::new("error-link-superseded"),
            E::Nothing(s) | E::WrongStatus(s) | E::WrongState(s) | E::DomainStep(s) | E::WrongOrgKind(s) | E::Invalid(s) => Text::new("error-sentence").with("sentence", says(s)),
            E::NotInvitable { email, state } => Text::new("error-not-invitable").with("who", email.as_str()).with("state", Arg::code("state", state.key())),
            E::ManagedBySync(who) => Text::new("error-managed-by-sync").with("who", who.as_str()),
            E::EmailInOtherOrg(who) => Text::new("error-email-in-other-org").with("who", who.as_str()),
            E::EmailInOrg(who) => Text::new("error-email-in-org").with("who", who.as_str()),
            E::DomainClaimedElsewhere(who) => Text::new("error-domain-claimed-elsewhere").with("who", who.as_str()),
            E::NotClaimable(who) => Text::new("error-not-claimable").with("who", who.as_str()),
            E::SyncOff => Text::new("error-sync-off"),
            E::SiteNotLinked(site) => Text::new("error-site-not-linked").with("site", site.as_str()),
            E::BatchTooLarge(n) => Text::new("error-batch-too-large").with("max", *n as i64),
        }
    }
}
