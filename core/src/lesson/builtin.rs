//! The built-in scenarios (starting workspaces built through commands at the moment a learner
//! starts, so links and clocks are fresh) and the built-in lessons, which are lesson files
//! (`core/lessons/*.json`) like any other.

use super::Lesson;
use crate::command::*;
use crate::error::CommandError;
use crate::log::TokenSource;
use crate::model::*;
use crate::time::Timestamp;
use crate::workspace::Workspace;

/// A scenario: builds its workspace at `now`.
pub type Scenario = fn(Timestamp, &mut dyn TokenSource) -> Result<Workspace, CommandError>;

/// Every built-in scenario, by name.
pub const SCENARIOS: [(&str, Scenario); 4] =
    [("untrusted-template", untrusted_template), ("portal-error", portal_error), ("control-states", control_states), ("activation-emails", activation_emails)];

/// The built-in lesson files, in the order they are offered.
pub const LESSON_FILES: [&str; 4] = [
    include_str!("../../lessons/untrusted-template.json"),
    include_str!("../../lessons/portal-error.json"),
    include_str!("../../lessons/control-states.json"),
    include_str!("../../lessons/activation-emails.json"),
];

/// The scenario called `name`.
pub fn scenario(name: &str) -> Option<Scenario> {
    SCENARIOS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// The built-in lessons (the files are tested to read).
pub fn lessons() -> Vec<Lesson> {
    LESSON_FILES.iter().filter_map(|text| Lesson::read(text).ok()).collect()
}

/// The built-in lesson with this id.
pub fn lesson(id: &str) -> Option<Lesson> {
    lessons().into_iter().find(|l| l.id == id)
}

/// Applies commands a few minutes apart, ending at `now`.
struct Builder<'a> {
    ws: Workspace,
    at: Timestamp,
    tokens: &'a mut dyn TokenSource,
}

impl<'a> Builder<'a> {
    fn new(now: Timestamp, tokens: &'a mut dyn TokenSource) -> Builder<'a> {
        Builder { ws: Workspace::new(), at: Timestamp(now.0 - crate::time::HOUR), tokens }
    }

    fn run(&mut self, cmd: Command) -> Result<(), CommandError> {
        self.at = self.at.plus(60);
        self.ws.apply(cmd, self.at, self.tokens).map(|_| ())
    }

    fn template(&mut self, name: &str, untrusted: bool, share_link: &str) -> Result<TemplateId, CommandError> {
        self.run(Command::CreateTemplate(TemplateInput {
            name: name.into(),
            package: Package::Standard,
            auth: AuthMode::BroadWorks,
            untrusted_emails: untrusted,
            share_link: share_link.into(),
        }))?;
        Ok(*self.ws.partner().templates().keys().last().expect("just created"))
    }

    fn customer(&mut self, name: &str, enterprise: &str, template: TemplateId) -> Result<CustomerId, CommandError> {
        self.run(Command::CreateCustomer { name: name.into(), enterprise_id: enterprise.into(), template })?;
        Ok(*self.ws.partner().customers().keys().last().expect("just created"))
    }

    fn org(&mut self, name: &str, free: bool) -> Result<OrgId, CommandError> {
        self.run(Command::CreateOrg { name: name.into(), free })?;
        Ok(*self.ws.control().orgs().keys().last().expect("just created"))
    }

    fn subscribers(&mut self, customer: CustomerId, rows: &[(&str, &str)]) -> Result<(), CommandError> {
        let subscribers = rows
            .iter()
            .map(|(number, name)| SubscriberInput {
                broadworks_user_id: format!("{number}@voice.example.net"),
                name: (*name).into(),
                package: None,
                email: None,
                portal_password: "welcome1".into(),
            })
            .collect();
        self.run(Command::ProvisionSubscribers { customer, subscribers })
    }

    fn user(&mut self, org: OrgId, email: &str, name: &str) -> Result<(), CommandError> {
        self.run(Command::AddUsers { org, users: vec![UserInput { email: email.into(), name: name.into() }], from_csv: false })
    }

    fn done(self) -> Result<Workspace, CommandError> {
        Ok(self.ws)
    }
}

/// Lesson 1: Acme's template has Untrusted Emails unchecked and a Share Link to an old portal,
/// so Hal's onboarding failed the moment BroadWorks sent him.
pub fn untrusted_template(now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Workspace, CommandError> {
    let mut b = Builder::new(now, tokens);
    let t = b.template("Acme Untrusted", false, "https://activation.example.net/activate/old-link")?;
    let c = b.customer("Acme Corp", "acme-ent", t)?;
    b.subscribers(c, &[("2145550108", "Hal Ionescu")])?;
    b.done()
}

/// Lesson 2: Dee tried an address of another organization twice; the portal is locked and the
/// administrator was alerted.
pub fn portal_error(now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Workspace, CommandError> {
    let mut b = Builder::new(now, tokens);
    let t = b.template("Acme Untrusted", true, "")?;
    let c = b.customer("Acme Corp", "acme-ent", t)?;
    let contoso = b.org("Contoso", false)?;
    b.user(contoso, "dana@contoso.example", "Dana Popa")?;
    b.subscribers(c, &[("2145550101", "Ann Lee"), ("2145550104", "Dee Dahl")])?;
    let pid = b.ws.partner().templates()[&t].provisioning_id.clone();
    for _ in 0..2 {
        b.run(Command::SubmitEmail {
            provisioning_id: pid.clone(),
            broadworks_user_id: "2145550104@voice.example.net".into(),
            password: "welcome1".into(),
            email: "dana@contoso.example".into(),
        })?;
    }
    b.done()
}

/// Lesson 3: Contoso's domain is not verified yet, Ann is Not Verified, and Eve has a free
/// account with a Contoso address.
pub fn control_states(now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Workspace, CommandError> {
    let mut b = Builder::new(now, tokens);
    let contoso = b.org("Contoso", false)?;
    let free = b.org("Webex Free", true)?;
    b.run(Command::AddDomain { org: contoso, domain: "contoso.example".into() })?;
    b.user(contoso, "ann@contoso.example", "Ann Lee")?;
    b.run(Command::SignUpFree { org: free, email: "eve@contoso.example".into(), name: "Eve Hansen".into(), verified: true })?;
    b.done()
}

/// Lesson 4: Globex sends activation emails automatically; Globex Free, a free organization
/// with its automatic emails already off, has Kim.
pub fn activation_emails(now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Workspace, CommandError> {
    let mut b = Builder::new(now, tokens);
    b.org("Globex", false)?;
    let free = b.org("Globex Free", true)?;
    b.run(Command::SignUpFree { org: free, email: "kim@globex.example".into(), name: "Kim Olsen".into(), verified: true })?;
    b.run(Command::SetAutomaticActivationEmails { org: free, enabled: false })?;
    b.done()
}
