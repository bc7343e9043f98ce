//! The entities of both sides: Partner Hub (templates, customers, subscribers) and
//! Control Hub (organizations, users, domains), plus the outbox and single-use links.

use crate::arena::ArenaStr;
use crate::email::Email;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;


macro_rules! id_type {
    ($(#[$m:meta])* $name:ident, $prefix:literal) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "-{}"), self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                s.strip_prefix(concat!($prefix, "-"))
                    .unwrap_or(s)
                    .parse()
                    .map($name)
                    .map_err(|_| ())
            }
        }
    };
}

id_type!(/// A customer onboarding template.
    TemplateId, "tpl");
id_type!(/// A BroadWorks enterprise (Partner Hub customer).
    CustomerId, "cus");
id_type!(/// A BroadWorks subscriber.
    SubscriberId, "sub");
id_type!(/// A Webex organization.
    OrgId, "org");
id_type!(/// A Webex user (Control Hub).
    UserId, "usr");
id_type!(/// An email in the outbox.
    MessageId, "msg");

/// A secret carried by an emailed link: at least 128 bits from the caller's CSPRNG, as hex.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Token(pub ArenaStr);

impl Token {
    /// True when the token has the form the app generates (32+ lowercase hex digits).
    pub fn is_well_formed(&self) -> bool {
        self.0.len() >= 32 && self.0.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    }
}

/// Webex for BroadWorks packages (one per template).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Package {
    /// Softphone.
    Softphone,
    /// Basic.
    Basic,
    /// Standard.
    Standard,
    /// Premium.
    Premium,
}

impl Package {
    /// Every package, in the order Partner Hub lists them.
    pub const ALL: [Package; 4] = [Package::Softphone, Package::Basic, Package::Standard, Package::Premium];

    /// Label as Partner Hub shows it.
    pub fn label(self) -> &'static str {
        match self {
            Package::Softphone => "Softphone",
            Package::Basic => "Basic",
            Package::Standard => "Standard",
            Package::Premium => "Premium",
        }
    }

    /// Parses a label or the API name (`softphone`, ...), case-insensitively.
    pub fn parse(s: &str) -> Option<Package> {
        Package::ALL.into_iter().find(|p| p.label().eq_ignore_ascii_case(s.trim()))
    }
}

/// How subscribers of a template authenticate to Webex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuthMode {
    /// BroadWorks credentials.
    BroadWorks,
    /// Webex credentials.
    Webex,
}

impl AuthMode {
    /// Label as Partner Hub shows it.
    pub fn label(self) -> &'static str {
        match self {
            AuthMode::BroadWorks => "BroadWorks",
            AuthMode::Webex => "Webex",
        }
    }
}

/// A customer onboarding template (Settings → BroadWorks Calling → View Templates).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// Id.
    pub id: TemplateId,
    /// Name shown in the template list.
    pub name: String,
    /// The provisioning ID BroadWorks uses; also names the Activation link.
    pub provisioning_id: String,
    /// The one package this template assigns.
    pub package: Package,
    /// User authentication mode.
    pub auth: AuthMode,
    /// User Verification: the "Untrusted Emails" option.
    pub untrusted_emails: bool,
    /// User Verification: the "Share Link" field, as entered.
    pub share_link: String,
}

impl Template {
    /// The path of this template's User Activation Portal (the "Activation link").
    pub fn activation_path(&self) -> String {
        format!("/activate/{}", self.provisioning_id)
    }

    /// True when the Share Link field points at this template's Activation link: either the
    /// path itself or any absolute URL whose path is that path.
    pub fn share_link_points_to_activation(&self) -> bool {
        let link = self.share_link.trim();
        let path = match link.find("://") {
            Some(i) => {
                let rest = &link[i + 3..];
                rest.find('/').map(|j| &rest[j..]).unwrap_or("/")
            }
            None => link,
        };
        let path = path.split(['?', '#']).next().unwrap_or("").trim_end_matches('/');
        path == self.activation_path()
    }

    /// What keeps self-activation from working, if anything (the seed's two checks).
    pub fn self_activation_problem(&self) -> Option<SetupProblem> {
        if !self.untrusted_emails {
            Some(SetupProblem::UntrustedEmailsOff)
        } else if !self.share_link_points_to_activation() {
            Some(SetupProblem::ShareLinkElsewhere)
        } else {
            None
        }
    }
}

/// Why a template cannot take self-activation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupProblem {
    /// Untrusted Emails is not checked.
    UntrustedEmailsOff,
    /// The Share Link does not point at the template's Activation link.
    ShareLinkElsewhere,
}

impl SetupProblem {
    /// Both problems.
    pub const ALL: [SetupProblem; 2] = [SetupProblem::UntrustedEmailsOff, SetupProblem::ShareLinkElsewhere];

    /// A short name (the message id of its text in each language: `setup-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            SetupProblem::UntrustedEmailsOff => "untrusted-emails-off",
            SetupProblem::ShareLinkElsewhere => "share-link-elsewhere",
        }
    }

    /// In English (the log and the core's own messages).
    pub fn text(self) -> &'static str {
        match self {
            SetupProblem::UntrustedEmailsOff => "The Untrusted Emails option is not checked in this template's User Verification settings.",
            SetupProblem::ShareLinkElsewhere => "The Share Link field does not point to this template's Activation link.",
        }
    }
}

/// A BroadWorks enterprise onboarded through a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    /// Id.
    pub id: CustomerId,
    /// Customer name.
    pub name: String,
    /// The BroadWorks enterprise ID.
    pub enterprise_id: String,
    /// The template its users are onboarded with.
    pub template: TemplateId,
    /// Its Webex organization, created when the first user is onboarded.
    pub org: Option<OrgId>,
}

/// Subscriber provisioning status, named as the public BroadWorks subscribers API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SubscriberStatus {
    /// Waiting for the user to enter an email in the User Activation Portal.
    PendingEmailInput,
    /// Waiting for the user to open the verification email's link.
    PendingEmailValidation,
    /// The email has a consumer Webex account; waiting for the user's consent to move it.
    PendingUserMigration,
    /// Onboarding under way.
    Provisioning,
    /// On Webex.
    Provisioned,
    /// A change (package) is being applied.
    Updating,
    /// Onboarding failed; see the error.
    Error,
}

/// How a state or status reads at a glance: good, on its way, needs attention, failed, out of
/// use, or in a transition of its own. The views colour their badges by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Done; nothing to do.
    Good,
    /// On its way, nothing wrong.
    Progress,
    /// Waiting for someone to act.
    Attention,
    /// Failed; the administrator must act.
    Failed,
    /// Out of use.
    Off,
    /// In a transition of its own (a delayed claim).
    Special,
}

impl Tone {
    /// A short name (for a CSS class, `badge-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Progress => "progress",
            Tone::Attention => "attention",
            Tone::Failed => "failed",
            Tone::Off => "off",
            Tone::Special => "special",
        }
    }
}

/// What the User Activation Portal shows a signed-in subscriber.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortalStep {
    /// Enter an email (first time, or again after a failure that may be retried).
    EnterEmail,
    /// A verification email went out; open its link.
    CheckInbox,
    /// A free account has this email; a consent email to move it went out.
    ConfirmMove,
    /// Provisioned (or being provisioned): sign in to the Webex App.
    Done,
    /// Two attempts failed: the administrator was told and must act.
    Locked,
}

impl SubscriberStatus {
    /// How the status reads at a glance.
    pub fn tone(self) -> Tone {
        match self {
            SubscriberStatus::Provisioned => Tone::Good,
            SubscriberStatus::Error => Tone::Failed,
            SubscriberStatus::PendingUserMigration | SubscriberStatus::PendingEmailValidation | SubscriberStatus::PendingEmailInput => Tone::Attention,
            SubscriberStatus::Provisioning | SubscriberStatus::Updating => Tone::Progress,
        }
    }

    /// Every status.
    pub const ALL: [SubscriberStatus; 7] = [
        SubscriberStatus::PendingEmailInput,
        SubscriberStatus::PendingEmailValidation,
        SubscriberStatus::PendingUserMigration,
        SubscriberStatus::Provisioning,
        SubscriberStatus::Provisioned,
        SubscriberStatus::Updating,
        SubscriberStatus::Error,
    ];

    /// Label for the User Status view.
    pub fn label(self) -> &'static str {
        match self {
            SubscriberStatus::PendingEmailInput => "Pending email input",
            SubscriberStatus::PendingEmailValidation => "Pending email validation",
            SubscriberStatus::PendingUserMigration => "Pending user migration",
            SubscriberStatus::Provisioning => "Provisioning",
            SubscriberStatus::Provisioned => "Provisioned",
            SubscriberStatus::Updating => "Updating",
            SubscriberStatus::Error => "Error",
        }
    }

    /// True when the subscriber in this status needs the administrator or the user to do
    /// something (what "Exclude provisioned users" keeps).
    pub fn is_pending_requirement(self) -> bool {
        self != SubscriberStatus::Provisioned
    }

    /// The status with this API name.
    pub fn from_api_name(name: &str) -> Option<SubscriberStatus> {
        SubscriberStatus::ALL.into_iter().find(|s| s.api_name() == name)
    }

    /// The API's name (`pending_email_input`, ...).
    pub fn api_name(self) -> &'static str {
        match self {
            SubscriberStatus::PendingEmailInput => "pending_email_input",
            SubscriberStatus::PendingEmailValidation => "pending_email_validation",
            SubscriberStatus::PendingUserMigration => "pending_user_migration",
            SubscriberStatus::Provisioning => "provisioning",
            SubscriberStatus::Provisioned => "provisioned",
            SubscriberStatus::Updating => "updating",
            SubscriberStatus::Error => "error",
        }
    }
}

/// Why an onboarding attempt failed. Codes are flowthrough's; 10022 matches the public API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FailureCode {
    /// The email address is not valid.
    InvalidEmail,
    /// The email belongs to a user of another (paid) organization.
    EmailInOtherOrg,
    /// The email belongs to another user of this customer's own organization.
    EmailInUse,
    /// The email's domain is claimed by another organization.
    DomainClaimed,
    /// The BroadWorks user ID is already associated with another Webex user.
    BroadWorksIdInUse,
    /// The template is not set up for self-activation.
    TemplateNotConfigured,
}

impl FailureCode {
    /// A short name (the message id of its text in each language: `failure-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            FailureCode::InvalidEmail => "invalid-email",
            FailureCode::EmailInOtherOrg => "email-in-other-org",
            FailureCode::EmailInUse => "email-in-use",
            FailureCode::DomainClaimed => "domain-claimed",
            FailureCode::BroadWorksIdInUse => "broadworks-id-in-use",
            FailureCode::TemplateNotConfigured => "template-not-configured",
        }
    }

    /// Every failure.
    pub const ALL: [FailureCode; 6] = [
        FailureCode::InvalidEmail,
        FailureCode::EmailInOtherOrg,
        FailureCode::EmailInUse,
        FailureCode::DomainClaimed,
        FailureCode::BroadWorksIdInUse,
        FailureCode::TemplateNotConfigured,
    ];

    /// Numeric code shown with the error text.
    pub fn code(self) -> u32 {
        match self {
            FailureCode::InvalidEmail => 10001,
            FailureCode::EmailInOtherOrg => 10007,
            FailureCode::EmailInUse => 10008,
            FailureCode::DomainClaimed => 10012,
            FailureCode::BroadWorksIdInUse => 10022,
            FailureCode::TemplateNotConfigured => 10030,
        }
    }

    /// The error text as the User Status view shows it and Copy Error Text copies it.
    pub fn text(self) -> &'static str {
        match self {
            FailureCode::InvalidEmail => "The email address is not valid.",
            FailureCode::EmailInOtherOrg => "The email address already belongs to a user in another organization.",
            FailureCode::EmailInUse => "The email address already belongs to another user in this organization.",
            FailureCode::DomainClaimed => "The email domain is claimed by another organization.",
            FailureCode::BroadWorksIdInUse => "BroadWorks UserID is already associated with an existing user",
            FailureCode::TemplateNotConfigured => "The customer template is not set up for self-activation with untrusted emails.",
        }
    }
}

/// One recorded onboarding failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// What went wrong.
    pub code: FailureCode,
    /// Detail for this case (the email tried, the template problem...).
    pub detail: String,
    /// When.
    pub at: Timestamp,
}

impl Failure {
    /// The text Copy Error Text puts on the clipboard.
    pub fn copy_text(&self) -> String {
        if self.detail.is_empty() {
            format!("Error {}: {}", self.code.code(), self.code.text())
        } else {
            format!("Error {}: {} ({})", self.code.code(), self.code.text(), self.detail)
        }
    }
}

/// A BroadWorks subscriber, as flow-through provisioning delivered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscriber {
    /// Id.
    pub id: SubscriberId,
    /// The enterprise.
    pub customer: CustomerId,
    /// BroadWorks user ID (`number@domain`).
    pub broadworks_user_id: ArenaStr,
    /// Display name.
    pub name: ArenaStr,
    /// Package type.
    pub package: Package,
    /// The User Activation Portal password (rehearsal data, never a real credential).
    pub portal_password: ArenaStr,
    /// The email BroadWorks sent (only with trusted emails).
    #[serde(default)]
    pub broadworks_email: Option<Email>,
    /// The email the user (or admin) entered, or the trusted one in use.
    #[serde(default)]
    pub email: Option<Email>,
    /// Provisioning status.
    pub status: SubscriberStatus,
    /// The latest failure, shown while in error or after a failed portal attempt.
    #[serde(default)]
    pub error: Option<Failure>,
    /// Failed portal attempts since the last reset (the second one notifies the administrator).
    pub failed_attempts: u8,
    /// True when the user self-activated through the portal.
    #[serde(default)]
    pub self_activated: bool,
    /// When the status last changed.
    pub last_status_change: Timestamp,
    /// The Webex user, once provisioned.
    #[serde(default)]
    pub user: Option<UserId>,
}

impl Subscriber {
    /// True when this subscriber needs the administrator or the user to do something
    /// (what "Exclude provisioned users" keeps).
    pub fn has_pending_requirement(&self) -> bool {
        self.status.is_pending_requirement()
    }

    /// True when the portal refuses further attempts until the administrator acts.
    pub fn locked_for_portal(&self) -> bool {
        self.status == SubscriberStatus::Error && self.failed_attempts >= 2
    }

    /// What the portal shows this subscriber now.
    pub fn portal_step(&self) -> PortalStep {
        match self.status {
            SubscriberStatus::PendingEmailValidation => PortalStep::CheckInbox,
            SubscriberStatus::PendingUserMigration => PortalStep::ConfirmMove,
            SubscriberStatus::Provisioned | SubscriberStatus::Updating | SubscriberStatus::Provisioning => PortalStep::Done,
            SubscriberStatus::Error if self.locked_for_portal() => PortalStep::Locked,
            SubscriberStatus::Error | SubscriberStatus::PendingEmailInput => PortalStep::EnterEmail,
        }
    }

    /// Where onboarding stands, in a sentence for the administrator (after Retry Activation).
    pub fn progress_note(&self) -> String {
        match (&self.error, self.status) {
            (Some(e), SubscriberStatus::Error) => format!("Onboarding failed: {}", e.copy_text()),
            (_, SubscriberStatus::PendingUserMigration) => format!("{} already has a free Webex account: a consent email was sent to move it.", self.name),
            (_, status) => format!("{} is {}.", self.name, status.label().to_lowercase()),
        }
    }
}

/// One error the Webex API reported for a subscriber (its `errors` list), verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedError {
    /// `errorCode`, when the file gives a whole number.
    pub code: Option<u32>,
    /// `description`, as written (empty when absent).
    pub description: String,
}

impl ReportedError {
    /// The error as Copy Error Text gives it: `Error 10022: …`, or the description alone.
    pub fn copy_text(&self) -> String {
        match self.code {
            Some(code) => format!("Error {code}: {}", self.description),
            None => self.description.clone(),
        }
    }

    /// The simulation's failure with this code, when the code is one it knows.
    pub fn known(&self) -> Option<FailureCode> {
        self.code.and_then(|c| FailureCode::ALL.into_iter().find(|f| f.code() == c))
    }
}

/// What an import from the Webex API said of a subscriber that the simulation has no field for
/// (`import::api`), kept as read: the diagnosis rests on it and the views show it. `None` is
/// "the file did not say".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Reported {
    /// The API's `id`.
    pub api_id: Option<String>,
    /// `personId`: the Webex person.
    pub person_id: Option<String>,
    /// `provisioningId`, as written.
    pub provisioning_id: Option<String>,
    /// `status` as imported (the diagnosis reads these facts only while the subscriber is
    /// still in it: a rehearsal that moves it on is diagnosed as the simulation's own).
    pub status: Option<SubscriberStatus>,
    /// `errors`, verbatim.
    pub errors: Vec<ReportedError>,
    /// `created`.
    pub created: Option<Timestamp>,
    /// `lastStatusChange` (the subscriber's `last_status_change` is the import's time when absent).
    pub last_status_change: Option<Timestamp>,
    /// `selfActivated`.
    pub self_activated: Option<bool>,
    /// `firstName`.
    pub first_name: Option<String>,
    /// `lastName`.
    pub last_name: Option<String>,
    /// `primaryPhoneNumber`.
    pub primary_phone: Option<String>,
    /// `mobilePhoneNumber`.
    pub mobile_phone: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
}

/// What kind of Webex organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrgKind {
    /// A customer organization created by Webex for BroadWorks provisioning.
    Customer(CustomerId),
    /// A paid organization the admin created directly.
    Paid,
    /// A free/consumer organization (users can be claimed or moved from it).
    Free,
}

impl OrgKind {
    /// Label for lists.
    pub fn label(self) -> &'static str {
        match self {
            OrgKind::Customer(_) => "Webex for BroadWorks customer",
            OrgKind::Paid => "Paid",
            OrgKind::Free => "Free (consumer)",
        }
    }

    /// True for free/consumer organizations.
    pub fn is_free(self) -> bool {
        matches!(self, OrgKind::Free)
    }
}

/// Ownership state of an email domain in an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DomainStatus {
    /// Added; the DNS TXT record is not verified yet.
    Unverified,
    /// Ownership proven through DNS.
    Verified,
    /// Verified and claimed: users with this domain cannot join other organizations by other means.
    Claimed,
}

impl DomainStatus {
    /// Every status.
    pub const ALL: [DomainStatus; 3] = [DomainStatus::Unverified, DomainStatus::Verified, DomainStatus::Claimed];

    /// How the status reads at a glance.
    pub fn tone(self) -> Tone {
        match self {
            DomainStatus::Claimed => Tone::Good,
            DomainStatus::Verified => Tone::Progress,
            DomainStatus::Unverified => Tone::Attention,
        }
    }

    /// Label.
    pub fn label(self) -> &'static str {
        match self {
            DomainStatus::Unverified => "Unverified",
            DomainStatus::Verified => "Verified",
            DomainStatus::Claimed => "Claimed",
        }
    }
}

/// An email domain of an organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domain {
    /// The domain name, lower case.
    pub name: String,
    /// The value of the DNS TXT record that proves ownership.
    pub txt_value: String,
    /// The admin said the TXT record is published (the sandbox's stand-in for DNS).
    pub record_published: bool,
    /// Status.
    pub status: DomainStatus,
}

impl Domain {
    /// True when verified or claimed.
    pub fn is_verified(&self) -> bool {
        self.status >= DomainStatus::Verified
    }

    /// The steps the Domains page offers for this domain now, in order. Verify is offered before
    /// the record is published: the command then says to publish it first (seed 003's order).
    pub fn next_steps(&self) -> Vec<DomainAction> {
        let mut steps = Vec::new();
        if !self.record_published {
            steps.push(DomainAction::MarkPublished);
        }
        match self.status {
            DomainStatus::Unverified => steps.push(DomainAction::Verify),
            DomainStatus::Verified => steps.push(DomainAction::Claim),
            DomainStatus::Claimed => {}
        }
        steps
    }
}

/// A step of a domain's way to verified and claimed, as the Domains page offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DomainAction {
    /// Mark the TXT record as published in DNS.
    MarkPublished,
    /// Verify ownership.
    Verify,
    /// Claim the domain for the organization.
    Claim,
}

impl DomainAction {
    /// Every step.
    pub const ALL: [DomainAction; 3] = [DomainAction::MarkPublished, DomainAction::Verify, DomainAction::Claim];
}

/// A Webex organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Org {
    /// Id.
    pub id: OrgId,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: OrgKind,
    /// Email domains.
    pub domains: Vec<Domain>,
    /// Organization Settings → Email → Automatic activation emails (on by default).
    pub automatic_activation_emails: bool,
    /// Directory sync (Active Directory) is on.
    pub directory_sync: bool,
    /// Linked Webex Meetings sites.
    pub linked_sites: Vec<String>,
}

impl Org {
    /// The domain entry for `name`, if the org has it.
    pub fn domain(&self, name: &str) -> Option<&Domain> {
        self.domains.iter().find(|d| d.name == name)
    }

    /// True when `name` is verified (or claimed) in this org.
    pub fn domain_verified(&self, name: &str) -> bool {
        self.domain(name).is_some_and(Domain::is_verified)
    }
}

/// Control Hub user states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum UserState {
    /// Part of the org and using, or ready to use, its services.
    Active,
    /// Identity validated; has not signed in yet.
    Verified,
    /// Part of the org; identity not validated yet.
    NotVerified,
    /// Deactivated by an admin or by directory sync.
    Inactive,
    /// Claimed; has 14 days to choose what happens to data from the previous org.
    DelayedClaim,
}

impl UserState {
    /// The state a Control Hub export's "User Status" cell names, in the words Control Hub
    /// uses in English, Swedish, Norwegian and Romanian (any case, spaces trimmed).
    pub fn from_words(words: &str) -> Option<UserState> {
        let w = words.trim().to_lowercase();
        let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
        Some(match w.as_str() {
            "active" | "aktiv" | "activ" | "activă" => UserState::Active,
            "verified" | "verifierad" | "bekreftet" | "verificat" | "verificată" => UserState::Verified,
            "not verified" | "inte verifierad" | "ej verifierad" | "ikke bekreftet" | "neverificat" | "neverificată" => UserState::NotVerified,
            "inactive" | "inaktiv" | "inactiv" | "inactivă" => UserState::Inactive,
            "delayed claim" | "fördröjt anspråk" | "forsinket krav" | "revendicare amânată" | "revendicare întârziată" => UserState::DelayedClaim,
            _ => return None,
        })
    }

    /// Every state, in Control Hub's order.
    pub const ALL: [UserState; 5] =
        [UserState::Active, UserState::Verified, UserState::NotVerified, UserState::Inactive, UserState::DelayedClaim];

    /// How the state reads at a glance.
    pub fn tone(self) -> Tone {
        match self {
            UserState::Active => Tone::Good,
            UserState::Verified => Tone::Progress,
            UserState::NotVerified => Tone::Attention,
            UserState::Inactive => Tone::Off,
            UserState::DelayedClaim => Tone::Special,
        }
    }

    /// A short name (in a view's address).
    pub fn key(self) -> &'static str {
        match self {
            UserState::Active => "active",
            UserState::Verified => "verified",
            UserState::NotVerified => "not-verified",
            UserState::Inactive => "inactive",
            UserState::DelayedClaim => "delayed-claim",
        }
    }

    /// The state with this short name.
    pub fn from_key(key: &str) -> Option<UserState> {
        UserState::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Label as Control Hub shows it.
    pub fn label(self) -> &'static str {
        match self {
            UserState::Active => "Active",
            UserState::Verified => "Verified",
            UserState::NotVerified => "Not Verified",
            UserState::Inactive => "Inactive",
            UserState::DelayedClaim => "Delayed Claim",
        }
    }

    /// What the state means (seed 003, table 1).
    pub fn meaning(self) -> &'static str {
        match self {
            UserState::Active => "The ideal state during normal use: the user is part of the organization and uses, or is ready to use, their collaboration services. No further admin action is needed.",
            UserState::Verified => "A good state during preferred onboarding flows: the user's identity is validated and they are ready to use their services, but have not signed in yet.",
            UserState::NotVerified => "The user is part of the organization but their identity is not validated yet. They can still verify when they first access Webex; they cannot use their services while stuck here.",
            UserState::Inactive => "Deactivated by an administrator or by Active Directory sync. A new user cannot be created in this state.",
            UserState::DelayedClaim => "Claimed into the organization, but has not yet chosen how to handle data from the previous organization. There are 14 days to decide before the default action runs.",
        }
    }
}

/// Which of seed 003's ways led a user into their current state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StateReason {
    /// Added while the email domain was not verified in the org.
    AddedDomainNotVerified,
    /// Converted while Not Verified, domain not verified.
    ConvertedNotVerified,
    /// Completed the email verification process.
    CompletedEmailVerification,
    /// Domain verified, then added by a method other than directory sync.
    AddedDomainVerified,
    /// Added by site linking.
    AddedBySiteLinking,
    /// Converted while Verified.
    ConvertedVerified,
    /// Domain verified, then a Not Verified user was converted.
    ConvertedNotVerifiedDomainVerified,
    /// Signed in for the first time.
    FirstSignIn,
    /// Domain verified, then synced from Active Directory.
    SyncedDomainVerified,
    /// Synced from Active Directory while the domain was not verified.
    SyncedDomainNotVerified,
    /// Converted while Active.
    ConvertedActive,
    /// Deactivated by an administrator.
    DeactivatedByAdmin,
    /// Deactivated by directory sync.
    DeactivatedBySync,
    /// Claimed with a delay.
    ClaimedDelayed,
    /// Reactivated to the state held before deactivation.
    Reactivated,
    /// Self-activated through the User Activation Portal (email verified there).
    SelfActivatedInPortal,
    /// Imported from Control Hub's users export, in the state the export gave.
    ImportedFromExport,
}

impl StateReason {
    /// Every reason.
    pub const ALL: [StateReason; 17] = [
        StateReason::AddedDomainNotVerified,
        StateReason::ConvertedNotVerified,
        StateReason::CompletedEmailVerification,
        StateReason::AddedDomainVerified,
        StateReason::AddedBySiteLinking,
        StateReason::ConvertedVerified,
        StateReason::ConvertedNotVerifiedDomainVerified,
        StateReason::FirstSignIn,
        StateReason::SyncedDomainVerified,
        StateReason::SyncedDomainNotVerified,
        StateReason::ConvertedActive,
        StateReason::DeactivatedByAdmin,
        StateReason::DeactivatedBySync,
        StateReason::ClaimedDelayed,
        StateReason::Reactivated,
        StateReason::SelfActivatedInPortal,
        StateReason::ImportedFromExport,
    ];

    /// The "why this state" explanation shown next to the state.
    pub fn text(self) -> &'static str {
        match self {
            StateReason::AddedDomainNotVerified => "Added while the email domain is not verified in the organization.",
            StateReason::ConvertedNotVerified => "Converted from another organization while Not Verified, and the email domain is not verified here.",
            StateReason::CompletedEmailVerification => "Completed the email verification process.",
            StateReason::AddedDomainVerified => "The email domain was verified, then the user was added (not by directory sync).",
            StateReason::AddedBySiteLinking => "Added to the organization through site linking.",
            StateReason::ConvertedVerified => "Converted from another organization while Verified.",
            StateReason::ConvertedNotVerifiedDomainVerified => "The email domain was verified, then the user was converted from another organization while Not Verified.",
            StateReason::FirstSignIn => "Signed in to Webex for the first time.",
            StateReason::SyncedDomainVerified => "The email domain was verified, then the user was synced from Active Directory.",
            StateReason::SyncedDomainNotVerified => "Synced from Active Directory while the email domain is not verified.",
            StateReason::ConvertedActive => "Converted from another organization while Active.",
            StateReason::DeactivatedByAdmin => "Deactivated by an administrator.",
            StateReason::DeactivatedBySync => "Deactivated by Active Directory sync.",
            StateReason::ClaimedDelayed => "Claimed from another organization with a delay; has 14 days to choose what happens to their data.",
            StateReason::Reactivated => "Reactivated: returned to the state held before deactivation.",
            StateReason::SelfActivatedInPortal => "Verified their email in the User Activation Portal.",
            StateReason::ImportedFromExport => "Imported from Control Hub's users export in this state; the export does not say why.",
        }
    }
}

/// How a user came into the org.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UserSource {
    /// Added by an admin in Control Hub.
    Manual,
    /// Added from a CSV file.
    Csv,
    /// Synced from Active Directory (managed by directory sync).
    DirectorySync,
    /// Added from a linked Webex Meetings site.
    SiteLinking,
    /// Claimed/converted from another organization.
    Claimed,
    /// Provisioned from BroadWorks (Webex for BroadWorks).
    BroadWorks,
    /// Signed up on their own (free/consumer orgs).
    SelfSignUp,
}

impl UserSource {
    /// Every source.
    pub const ALL: [UserSource; 7] = [
        UserSource::Manual,
        UserSource::Csv,
        UserSource::DirectorySync,
        UserSource::SiteLinking,
        UserSource::Claimed,
        UserSource::BroadWorks,
        UserSource::SelfSignUp,
    ];

    /// Label.
    pub fn label(self) -> &'static str {
        match self {
            UserSource::Manual => "Added manually",
            UserSource::Csv => "CSV import",
            UserSource::DirectorySync => "Directory sync",
            UserSource::SiteLinking => "Site linking",
            UserSource::Claimed => "Claimed",
            UserSource::BroadWorks => "BroadWorks",
            UserSource::SelfSignUp => "Self sign-up",
        }
    }
}

/// A pending delayed claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DelayedClaim {
    /// The organization the user came from.
    pub from_org: OrgId,
    /// When the default action runs.
    pub deadline: Timestamp,
    /// The state the user takes once the claim completes.
    pub converted_state: UserState,
    /// The reason that goes with `converted_state`.
    pub converted_reason: StateReason,
}

/// What a claimed user chooses for the data of their previous account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataChoice {
    /// Move conversations into the new organization (also the default action).
    MoveConversations,
    /// Keep the old account under a different email address.
    ChangeOldAccountEmail,
    /// Delete the old account and its data.
    DeleteOldAccount,
}

impl DataChoice {
    /// Every choice.
    pub const ALL: [DataChoice; 3] = [DataChoice::MoveConversations, DataChoice::ChangeOldAccountEmail, DataChoice::DeleteOldAccount];

    /// Label.
    pub fn label(self) -> &'static str {
        match self {
            DataChoice::MoveConversations => "Move my conversations",
            DataChoice::ChangeOldAccountEmail => "Keep the old account under another email",
            DataChoice::DeleteOldAccount => "Delete the old account",
        }
    }
}

/// A Webex user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// Id.
    pub id: UserId,
    /// Organization.
    pub org: OrgId,
    /// Email (unique across all organizations).
    pub email: Email,
    /// Display name.
    pub name: ArenaStr,
    /// Control Hub state.
    pub state: UserState,
    /// Which way led to `state`.
    pub reason: StateReason,
    /// The state before deactivation (what Reactivate restores).
    #[serde(default)]
    pub state_before_inactive: Option<(UserState, StateReason)>,
    /// How the user came in.
    pub source: UserSource,
    /// Has signed in to Webex at least once.
    #[serde(default)]
    pub signed_in: bool,
    /// Linked BroadWorks user ID (Webex for BroadWorks users).
    #[serde(default)]
    pub broadworks_user_id: Option<ArenaStr>,
    /// A claim still inside its 14 days.
    #[serde(default)]
    pub delayed_claim: Option<DelayedClaim>,
    /// When the user entered the org (or was last invited).
    pub invited_at: Timestamp,
    /// When Inactive began (deactivated users are deleted after 30 days).
    #[serde(default)]
    pub inactive_since: Option<Timestamp>,
    /// An automatic reminder was already sent (or suppressed) for the current invitation.
    #[serde(default)]
    pub reminder_done: bool,
}

impl User {
    /// True when the user has not activated yet (what reminders target).
    pub fn not_activated(&self) -> bool {
        matches!(self.state, UserState::NotVerified | UserState::Verified) && !self.signed_in
    }

    /// True when directory sync manages this user (manual actions are refused).
    pub fn managed_by_sync(&self) -> bool {
        self.source == UserSource::DirectorySync
    }
}

/// What an email is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageKind {
    /// Portal email verification (Webex for BroadWorks self-activation).
    EmailVerification,
    /// Consent to move a consumer account into the customer org.
    MoveAccount,
    /// Control Hub activation email to a newly added user.
    Activation,
    /// Reminder invitation to a user who has not activated.
    Reminder,
    /// Notice that a user's account was reactivated.
    Reactivation,
    /// Notice to users converted from a free to a paid plan (never suppressed).
    PaidConversion,
    /// Notice to a claimed user about their previous account's data.
    ClaimNotice,
    /// Welcome after provisioning completes.
    Welcome,
    /// Notice to the partner administrator that a user needs help.
    AdminAlert,
}

impl MessageKind {
    /// Every kind.
    pub const ALL: [MessageKind; 9] = [
        MessageKind::EmailVerification,
        MessageKind::MoveAccount,
        MessageKind::Activation,
        MessageKind::Reminder,
        MessageKind::Reactivation,
        MessageKind::PaidConversion,
        MessageKind::ClaimNotice,
        MessageKind::Welcome,
        MessageKind::AdminAlert,
    ];

    /// Label for the mailbox.
    pub fn label(self) -> &'static str {
        match self {
            MessageKind::EmailVerification => "Email verification",
            MessageKind::MoveAccount => "Move account",
            MessageKind::Activation => "Activation",
            MessageKind::Reminder => "Reminder",
            MessageKind::Reactivation => "Reactivation",
            MessageKind::PaidConversion => "Free-to-paid conversion",
            MessageKind::ClaimNotice => "Claim notice",
            MessageKind::Welcome => "Welcome",
            MessageKind::AdminAlert => "Administrator alert",
        }
    }
}

/// Whether an email went out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Delivery {
    /// Sent.
    Sent,
    /// Not sent, and why.
    Suppressed(String),
}

/// What a single-use link does when opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkPurpose {
    /// Verify the email a subscriber entered in the portal.
    VerifySubscriberEmail {
        /// Subscriber.
        subscriber: SubscriberId,
        /// The email being verified.
        email: Email,
    },
    /// Consent to move a consumer account into the customer organization.
    MoveAccount {
        /// Subscriber.
        subscriber: SubscriberId,
        /// The consumer user to move.
        user: UserId,
    },
    /// Verify a Control Hub user's email (from an activation or reminder email).
    ActivateUser {
        /// User.
        user: UserId,
    },
}

/// A single-use, expiring link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// What it does.
    pub purpose: LinkPurpose,
    /// Issued at.
    pub issued: Timestamp,
    /// Expires at.
    pub expires: Timestamp,
    /// When it was used, if it was.
    #[serde(default)]
    pub used: Option<Timestamp>,
    /// Replaced by a newer link for the same purpose.
    #[serde(default)]
    pub superseded: bool,
}

/// How long links stay valid.
pub mod ttl {
    use crate::time::{DAY, HOUR};
    /// Portal email-verification link: 24 hours (the user is at the portal; a short window limits misuse).
    pub const VERIFY_EMAIL: i64 = 24 * HOUR;
    /// Move-account consent link: 7 days.
    pub const MOVE_ACCOUNT: i64 = 7 * DAY;
    /// Control Hub activation link: 7 days (Okta's default for activation links).
    pub const ACTIVATE_USER: i64 = 7 * DAY;
    /// A delayed claim's decision window (seed 003).
    pub const DELAYED_CLAIM: i64 = 14 * DAY;
    /// Deactivated users are deleted after 30 days.
    pub const INACTIVE_RETENTION: i64 = 30 * DAY;
    /// An automatic reminder goes to users who have not activated after 7 days.
    pub const REMINDER_AFTER: i64 = 7 * DAY;
}
