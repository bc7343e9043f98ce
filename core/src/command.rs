//! Commands: imperative requests, each validated against the state and applied whole or not at all.

use crate::email::Email;
use crate::model::*;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Most rows one batch command may carry.
pub const MAX_BATCH: usize = 200_000;

/// One row of flow-through provisioning (what the BroadWorks provisioning adapter sends).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriberInput {
    /// BroadWorks user ID (`number@domain`).
    pub broadworks_user_id: String,
    /// Display name.
    pub name: String,
    /// Package; the template's when absent.
    #[serde(default)]
    pub package: Option<Package>,
    /// BroadWorks email; used only when the template trusts emails.
    #[serde(default)]
    pub email: Option<String>,
    /// The User Activation Portal password.
    pub portal_password: String,
}

/// A user to add in Control Hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInput {
    /// Email.
    pub email: String,
    /// Display name (the email's local part when empty).
    pub name: String,
}

/// A subscriber as the Webex BroadWorks subscribers API describes it (read by
/// `import::api`, imported by [`Command::ImportFromApi`]). `None` is "the file does not say".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiSubscriber {
    /// `id`: Cisco's identifier of the subscriber.
    pub id: Option<String>,
    /// `personId`: the Webex person, once provisioned.
    pub person_id: Option<String>,
    /// `userId`: the BroadWorks user ID.
    pub user_id: String,
    /// `spEnterpriseId`: the enterprise (flowthrough's customer).
    pub enterprise: String,
    /// `provisioningId`: the template.
    pub provisioning_id: Option<String>,
    /// `firstName`.
    pub first_name: Option<String>,
    /// `lastName`.
    pub last_name: Option<String>,
    /// `email`.
    pub email: Option<Email>,
    /// `primaryPhoneNumber`.
    pub primary_phone: Option<String>,
    /// `mobilePhoneNumber`.
    pub mobile_phone: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `package`.
    pub package: Package,
    /// `status`.
    pub status: SubscriberStatus,
    /// `errors`, in the file's order.
    pub errors: Vec<ReportedError>,
    /// `created`.
    pub created: Option<Timestamp>,
    /// `lastStatusChange`.
    pub last_status_change: Option<Timestamp>,
    /// `selfActivated`.
    pub self_activated: Option<bool>,
}

impl ApiSubscriber {
    /// First and last name as one, or `None` when the file gives neither.
    pub fn display_name(&self) -> Option<String> {
        let full = format!("{} {}", self.first_name.as_deref().unwrap_or(""), self.last_name.as_deref().unwrap_or(""));
        let full = full.trim();
        (!full.is_empty()).then(|| full.to_string())
    }
}

/// A user as Control Hub's users export lists them (`exported_users.csv`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedUser {
    /// "User ID/Email (Required)".
    pub email: String,
    /// "Display Name", or "First Name" and "Last Name".
    pub name: String,
    /// "User Status".
    pub state: UserState,
}

/// One entry of a directory (Active Directory) sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryEntry {
    /// Email.
    pub email: String,
    /// Display name.
    pub name: String,
    /// False when the account is disabled in the directory.
    pub enabled: bool,
}

/// How a claim completes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClaimMode {
    /// The user moves at once.
    Immediate,
    /// The user gets 14 days to choose what happens to their data.
    Delayed,
}

/// Template fields, for creating and editing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateInput {
    /// Name.
    pub name: String,
    /// Package.
    pub package: Package,
    /// User authentication mode.
    pub auth: AuthMode,
    /// Untrusted Emails option.
    pub untrusted_emails: bool,
    /// Share Link field (empty: set it to the Activation link).
    pub share_link: String,
}

/// Everything that can change a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    // ---- Partner Hub ----
    /// Create a customer onboarding template (draws one token for the provisioning ID).
    CreateTemplate(TemplateInput),
    /// Edit a template.
    UpdateTemplate {
        /// Template.
        template: TemplateId,
        /// New fields.
        input: TemplateInput,
    },
    /// Create a customer (BroadWorks enterprise).
    CreateCustomer {
        /// Name.
        name: String,
        /// BroadWorks enterprise ID.
        enterprise_id: String,
        /// Template.
        template: TemplateId,
    },
    /// Edit a customer: its name and the template its users are onboarded with.
    UpdateCustomer {
        /// Customer.
        customer: CustomerId,
        /// Name.
        name: String,
        /// Template.
        template: TemplateId,
    },
    /// Flow-through provisioning of subscribers, as the provisioning adapter sends them.
    ProvisionSubscribers {
        /// Enterprise.
        customer: CustomerId,
        /// Subscribers (one or many; all valid or none applied).
        subscribers: Vec<SubscriberInput>,
    },
    /// The end user enters an email in the User Activation Portal (credentials re-checked).
    SubmitEmail {
        /// The template's provisioning ID (from the Activation link).
        provisioning_id: String,
        /// BroadWorks user ID.
        broadworks_user_id: String,
        /// Portal password.
        password: String,
        /// The email typed.
        email: String,
    },
    /// Someone opens an emailed link.
    OpenLink {
        /// The link's token.
        token: Token,
    },
    /// Partner admin: Retry Activation with a valid email, then Onboard.
    RetryActivation {
        /// Subscriber.
        subscriber: SubscriberId,
        /// Email.
        email: String,
    },
    /// Partner admin: Delete User (the Webex side; the BroadWorks subscriber remains).
    DeleteSubscriberUser {
        /// Subscriber.
        subscriber: SubscriberId,
    },
    /// Partner admin: Change Package Type.
    ChangePackage {
        /// Subscriber.
        subscriber: SubscriberId,
        /// New package.
        package: Package,
    },

    // ---- Control Hub ----
    /// Create a Webex organization (paid or free/consumer).
    CreateOrg {
        /// Name.
        name: String,
        /// Free (consumer) rather than paid.
        free: bool,
    },
    /// Add an email domain (draws one token for the TXT value).
    AddDomain {
        /// Org.
        org: OrgId,
        /// Domain name.
        domain: String,
    },
    /// The admin confirms the DNS TXT record is published.
    PublishDomainRecord {
        /// Org.
        org: OrgId,
        /// Domain.
        domain: String,
    },
    /// Verify a domain (needs the record published).
    VerifyDomain {
        /// Org.
        org: OrgId,
        /// Domain.
        domain: String,
    },
    /// Claim a verified domain.
    ClaimDomain {
        /// Org.
        org: OrgId,
        /// Domain.
        domain: String,
    },
    /// Remove a domain.
    RemoveDomain {
        /// Org.
        org: OrgId,
        /// Domain.
        domain: String,
    },
    /// Add users by hand or from a CSV file.
    AddUsers {
        /// Org.
        org: OrgId,
        /// Users.
        users: Vec<UserInput>,
        /// True when they came from a CSV file.
        from_csv: bool,
    },
    /// Users from Control Hub's users export, into an organization, each in the state the
    /// export gives (no email is sent: they are real users whose invitations went out, or not,
    /// in the real Control Hub).
    ImportUsers {
        /// Org.
        org: OrgId,
        /// The users (all valid or none applied).
        users: Vec<ExportedUser>,
    },
    /// Link a Webex Meetings site.
    LinkSite {
        /// Org.
        org: OrgId,
        /// Site URL (`acme.webex.com`).
        site: String,
    },
    /// Add users of a linked site.
    AddSiteUsers {
        /// Org.
        org: OrgId,
        /// Site.
        site: String,
        /// Users.
        users: Vec<UserInput>,
    },
    /// Turn directory sync on or off.
    SetDirectorySync {
        /// Org.
        org: OrgId,
        /// On.
        enabled: bool,
    },
    /// Run a directory sync with the directory's full list.
    SyncDirectory {
        /// Org.
        org: OrgId,
        /// The directory's users.
        entries: Vec<DirectoryEntry>,
    },
    /// Claim users from a free organization.
    ClaimUsers {
        /// Claiming org.
        org: OrgId,
        /// Users to claim.
        users: Vec<UserId>,
        /// Immediate or delayed.
        mode: ClaimMode,
    },
    /// The claimed user chooses what happens to their old data.
    ChooseDataHandling {
        /// User.
        user: UserId,
        /// Choice.
        choice: DataChoice,
    },
    /// The user completes email verification (draws no token).
    CompleteEmailVerification {
        /// User.
        user: UserId,
    },
    /// The user signs in to Webex.
    SignIn {
        /// User.
        user: UserId,
    },
    /// Deactivate a user.
    Deactivate {
        /// User.
        user: UserId,
    },
    /// Reactivate a user.
    Reactivate {
        /// User.
        user: UserId,
    },
    /// Delete a user.
    DeleteUser {
        /// User.
        user: UserId,
    },
    /// Send activation emails by hand (one or bulk); always sent.
    SendActivationEmails {
        /// Users.
        users: Vec<UserId>,
    },
    /// Send reminder invitations by hand (one or bulk); always sent.
    SendReminders {
        /// Users.
        users: Vec<UserId>,
    },
    /// Organization Settings → Email → Automatic activation emails.
    SetAutomaticActivationEmails {
        /// Org.
        org: OrgId,
        /// On.
        enabled: bool,
    },
    /// Convert a free organization to a paid plan (its users are always notified).
    ConvertToPaid {
        /// Org.
        org: OrgId,
    },
    /// A user signs up for a free account (to stand in for consumer accounts).
    SignUpFree {
        /// Free org.
        org: OrgId,
        /// Email.
        email: String,
        /// Name.
        name: String,
        /// Has verified their email.
        verified: bool,
    },
    /// Move the sandbox clock forward (the app adds the offset to the real time it passes as
    /// `now`); follow it with `Tick` to run what became due.
    AdvanceClock {
        /// Seconds, 1 to 366 days.
        seconds: i64,
    },
    /// Run what time makes due: delayed claims' default action, deletion of long-inactive
    /// users, automatic reminders.
    Tick,
    /// A customer's real subscribers, read from the Webex BroadWorks subscribers API's JSON
    /// (`import::api`), into a new, empty workspace.
    ImportFromApi {
        /// The subscribers, as read (all valid or none applied).
        subscribers: Vec<ApiSubscriber>,
    },
}

/// Who performs a command (the audit log's actor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    /// The partner (service provider) administrator.
    PartnerAdmin,
    /// The customer's administrator in Control Hub.
    CustomerAdmin,
    /// An end user (identified by BroadWorks ID or email when known).
    EndUser(String),
    /// The BroadWorks provisioning adapter.
    ProvisioningAdapter,
    /// Directory (Active Directory) sync.
    DirectorySync,
    /// The system itself (timers).
    System,
}

impl Actor {
    /// Label for the audit log.
    pub fn label(&self) -> String {
        match self {
            Actor::PartnerAdmin => "Partner administrator".into(),
            Actor::CustomerAdmin => "Customer administrator".into(),
            Actor::EndUser(who) if who.is_empty() => "End user".into(),
            Actor::EndUser(who) => format!("End user {who}"),
            Actor::ProvisioningAdapter => "BroadWorks provisioning".into(),
            Actor::DirectorySync => "Directory sync".into(),
            Actor::System => "System".into(),
        }
    }
}

impl Command {
    /// Who performs it.
    pub fn actor(&self) -> Actor {
        use Command::*;
        match self {
            CreateTemplate(_) | UpdateTemplate { .. } | CreateCustomer { .. } | UpdateCustomer { .. } | RetryActivation { .. }
            | DeleteSubscriberUser { .. } | ChangePackage { .. } | ImportFromApi { .. } => Actor::PartnerAdmin,
            ProvisionSubscribers { .. } => Actor::ProvisioningAdapter,
            SubmitEmail { broadworks_user_id, .. } => Actor::EndUser(broadworks_user_id.clone()),
            OpenLink { .. } | ChooseDataHandling { .. } | CompleteEmailVerification { .. } | SignIn { .. }
            | SignUpFree { .. } => Actor::EndUser(String::new()),
            SyncDirectory { .. } => Actor::DirectorySync,
            Tick => Actor::System,
            AdvanceClock { .. } => Actor::CustomerAdmin,
            _ => Actor::CustomerAdmin,
        }
    }

    /// A short name for the audit log.
    pub fn name(&self) -> &'static str {
        use Command::*;
        match self {
            CreateTemplate(_) => "Create template",
            UpdateTemplate { .. } => "Edit template",
            CreateCustomer { .. } => "Create customer",
            UpdateCustomer { .. } => "Edit customer",
            ProvisionSubscribers { .. } => "Flow-through provisioning",
            SubmitEmail { .. } => "Submit email in portal",
            OpenLink { .. } => "Open emailed link",
            RetryActivation { .. } => "Retry Activation",
            DeleteSubscriberUser { .. } => "Delete User",
            ChangePackage { .. } => "Change Package Type",
            CreateOrg { .. } => "Create organization",
            AddDomain { .. } => "Add domain",
            PublishDomainRecord { .. } => "Publish DNS record",
            VerifyDomain { .. } => "Verify domain",
            ClaimDomain { .. } => "Claim domain",
            RemoveDomain { .. } => "Remove domain",
            AddUsers { .. } => "Add users",
            ImportUsers { .. } => "Import Control Hub's users export",
            LinkSite { .. } => "Link site",
            AddSiteUsers { .. } => "Add site users",
            SetDirectorySync { .. } => "Set directory sync",
            SyncDirectory { .. } => "Directory sync",
            ClaimUsers { .. } => "Claim users",
            ChooseDataHandling { .. } => "Choose data handling",
            CompleteEmailVerification { .. } => "Complete email verification",
            SignIn { .. } => "Sign in",
            Deactivate { .. } => "Deactivate",
            Reactivate { .. } => "Reactivate",
            DeleteUser { .. } => "Delete user",
            SendActivationEmails { .. } => "Send activation emails",
            SendReminders { .. } => "Send reminders",
            SetAutomaticActivationEmails { .. } => "Automatic activation emails",
            ConvertToPaid { .. } => "Convert to paid plan",
            SignUpFree { .. } => "Free sign-up",
            Tick => "Scheduled tasks",
            AdvanceClock { .. } => "Advance sandbox clock",
            ImportFromApi { .. } => "Import from the Webex API",
        }
    }
}
