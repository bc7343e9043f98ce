//! A small driver for scenario and property tests: a workspace, a clock and fixed tokens.
#![allow(dead_code)]

use flowthrough_core::*;

/// The instant scenarios start at: 2026-11-22 03:17 UTC.
pub const T0: Timestamp = Timestamp(1_795_317_420);

#[derive(Clone)]
pub struct Sim {
    pub ws: Workspace,
    pub now: Timestamp,
    pub counter: u64,
}

impl Sim {
    pub fn new() -> Sim {
        Sim { ws: Workspace::new(), now: T0, counter: 0 }
    }

    /// Applies a command with deterministic tokens.
    pub fn apply(&mut self, cmd: Command) -> Result<Vec<Event>, CommandError> {
        let mut n = self.counter;
        let mut src = || {
            n += 1;
            Token(format!("{:032x}", (n as u128) * 0x9e37_79b9_7f4a_7c15_u128 + n as u128).into())
        };
        let r = self.ws.apply(cmd, self.now, &mut src);
        self.counter = n;
        r
    }

    /// Applies a command that must succeed.
    pub fn ok(&mut self, cmd: Command) -> Vec<Event> {
        let name = format!("{cmd:?}");
        self.apply(cmd).unwrap_or_else(|e| panic!("{name} failed: {e}"))
    }

    pub fn advance(&mut self, secs: i64) {
        self.now = self.now.plus(secs);
    }

    pub fn template(&mut self, name: &str, untrusted: bool) -> TemplateId {
        self.ok(Command::CreateTemplate(TemplateInput {
            name: name.into(),
            package: Package::Standard,
            auth: AuthMode::BroadWorks,
            untrusted_emails: untrusted,
            share_link: String::new(),
        }));
        *self.ws.partner().templates().keys().last().unwrap()
    }

    pub fn customer(&mut self, name: &str, enterprise: &str, template: TemplateId) -> CustomerId {
        self.ok(Command::CreateCustomer { name: name.into(), enterprise_id: enterprise.into(), template });
        *self.ws.partner().customers().keys().last().unwrap()
    }

    pub fn subscriber(&mut self, customer: CustomerId, bwid: &str, email: Option<&str>) -> SubscriberId {
        self.ok(Command::ProvisionSubscribers {
            customer,
            subscribers: vec![SubscriberInput {
                broadworks_user_id: bwid.into(),
                name: format!("User {bwid}"),
                package: None,
                email: email.map(str::to_string),
                portal_password: "secret".into(),
            }],
        });
        self.ws.partner().subscribers().values().find(|s| s.broadworks_user_id == bwid && s.customer == customer).unwrap().id
    }

    pub fn sub(&self, id: SubscriberId) -> &Subscriber {
        &self.ws.partner().subscribers()[&id]
    }

    pub fn pid(&self, t: TemplateId) -> String {
        self.ws.partner().templates()[&t].provisioning_id.clone()
    }

    pub fn submit(&mut self, t: TemplateId, bwid: &str, email: &str) -> Result<Vec<Event>, CommandError> {
        let pid = self.pid(t);
        self.apply(Command::SubmitEmail { provisioning_id: pid, broadworks_user_id: bwid.into(), password: "secret".into(), email: email.into() })
    }

    /// The token of the newest email to `to` that carries a link.
    pub fn last_link(&self, to: &str) -> Token {
        let m = self.ws.mail().outbox().iter().rev().find(|m| m.to == to && m.link.as_ref().is_some_and(|l| l.token().is_some())).unwrap_or_else(|| panic!("no link sent to {to}"));
        m.link.as_ref().and_then(|l| l.token()).cloned().unwrap()
    }

    pub fn org(&mut self, name: &str, free: bool) -> OrgId {
        self.ok(Command::CreateOrg { name: name.into(), free });
        self.ws.control().orgs().values().find(|o| o.name == name).unwrap().id
    }

    pub fn verified_domain(&mut self, org: OrgId, domain: &str) {
        self.ok(Command::AddDomain { org, domain: domain.into() });
        self.ok(Command::PublishDomainRecord { org, domain: domain.into() });
        self.ok(Command::VerifyDomain { org, domain: domain.into() });
    }

    pub fn add_user(&mut self, org: OrgId, email: &str) -> UserId {
        self.ok(Command::AddUsers { org, users: vec![UserInput { email: email.into(), name: String::new() }], from_csv: false });
        self.user_id(email)
    }

    pub fn free_user(&mut self, org: OrgId, email: &str, verified: bool) -> UserId {
        self.ok(Command::SignUpFree { org, email: email.into(), name: "Free".into(), verified });
        self.user_id(email)
    }

    pub fn user_id(&self, email: &str) -> UserId {
        self.ws.control().users().values().find(|u| u.email.as_str() == email).unwrap_or_else(|| panic!("no user {email}")).id
    }

    pub fn user(&self, email: &str) -> &User {
        &self.ws.control().users()[&self.user_id(email)]
    }

    pub fn mails_to(&self, to: &str) -> Vec<Message> {
        self.ws.mail().outbox().iter().filter(|m| m.to == to).cloned().collect()
    }
}
