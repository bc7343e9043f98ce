//! Deterministic generated workspaces, for benchmarks and "load a large demo workspace".
//! Everything is built through commands, so a generated workspace is as real as a typed one.

use crate::arena::ArenaStr;
use crate::command::*;
use crate::model::*;
use crate::time::Timestamp;
use crate::log::TokenSource;
use crate::workspace::Workspace;

/// A small deterministic PRNG (xorshift64*): generated data, never tokens.
pub struct Rng(u64);

impl Rng {
    /// Seeded generator (a zero seed is replaced, as xorshift needs a non-zero state).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    /// Next value.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A value below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// Deterministic tokens derived from a seed (benchmarks and generated data only: the app
/// passes tokens from the browser's CSPRNG for everything a person does).
pub struct SeededTokens(pub Rng);

impl TokenSource for SeededTokens {
    fn next_token(&mut self) -> Token {
        Token(format!("{:016x}{:016x}", self.0.next_u64(), self.0.next_u64()).into())
    }
}

const FIRST: [&str; 12] = ["Ann", "Bo", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ida", "Jo", "Kim", "Lee"];
const LAST: [&str; 10] = ["Lee", "Ng", "Berg", "Dahl", "Ionescu", "Popa", "Hansen", "Olsen", "Svensson", "Smith"];

/// A workspace with `n` subscribers on one untrusted-email template (the User Status view's
/// worst case), a mix of statuses: about 60% provisioned, 25% pending email input, 10% in
/// error, 5% pending validation.
pub fn large(n: usize, seed: u64, now: Timestamp) -> Workspace {
    let mut ws = Workspace::new();
    let mut tokens = SeededTokens(Rng::new(seed ^ 0x5eed));
    let mut rng = Rng::new(seed);
    let mut apply = |ws: &mut Workspace, cmd: Command| {
        // Generated commands are valid by construction; a failure is a bug worth a loud stop.
        ws.apply(cmd, now, &mut tokens).expect("generated command applies");
    };
    for (name, untrusted) in [("Untrusted Standard", true), ("Trusted Basic", false)] {
        apply(
            &mut ws,
            Command::CreateTemplate(TemplateInput {
                name: name.into(),
                package: Package::Standard,
                auth: AuthMode::BroadWorks,
                untrusted_emails: untrusted,
                share_link: String::new(),
            }),
        );
    }
    let untrusted = *ws.partner().templates().keys().next().expect("created");
    apply(&mut ws, Command::CreateCustomer { name: "Acme Corp".into(), enterprise_id: "acme-ent".into(), template: untrusted });
    let customer = *ws.partner().customers().keys().next().expect("created");
    let mut rows = Vec::with_capacity(n);
    for i in 0..n {
        let name = format!("{} {}", FIRST[rng.below(12) as usize], LAST[rng.below(10) as usize]);
        rows.push(SubscriberInput {
            broadworks_user_id: format!("{:010}@sp.example.net", 2_145_000_000u64 + i as u64),
            name,
            package: Some(Package::ALL[rng.below(4) as usize]),
            email: None,
            portal_password: format!("pw{i}"),
        });
    }
    apply(&mut ws, Command::ProvisionSubscribers { customer, subscribers: rows });
    let pid = ws.partner().templates()[&untrusted].provisioning_id.clone();
    let ids: Vec<(SubscriberId, String, String)> =
        ws.partner().subscribers().values().map(|s| (s.id, s.broadworks_user_id.to_string(), s.portal_password.to_string())).collect();
    for (k, (_, bwid, pw)) in ids.into_iter().enumerate() {
        let roll = rng.below(100);
        if roll < 25 {
            continue; // pending email input
        }
        let email = if roll < 35 { format!("user{k}@") } else { format!("user{k}@acme.example") };
        apply(&mut ws, Command::SubmitEmail { provisioning_id: pid.clone(), broadworks_user_id: bwid, password: pw, email });
        if roll >= 40 {
            let token = ws.mail().outbox().last().and_then(|m| m.link.as_ref()?.token().cloned()).unwrap_or(Token(ArenaStr::default()));
            apply(&mut ws, Command::OpenLink { token });
        }
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_mixed() {
        let a = large(300, 7, Timestamp(1_795_317_420));
        let b = large(300, 7, Timestamp(1_795_317_420));
        assert_eq!(a, b);
        assert_eq!(a.partner().subscribers().len(), 300);
        let counts = crate::query::status_counts(&a, None);
        for st in [SubscriberStatus::Provisioned, SubscriberStatus::PendingEmailInput, SubscriberStatus::Error, SubscriberStatus::PendingEmailValidation] {
            assert!(counts.get(&st).copied().unwrap_or(0) > 0, "{st:?} missing: {counts:?}");
        }
    }
}

/// The one-click demo: three customers whose users show every Partner Hub status, and two
/// Control Hub organizations to conflict with. Built through commands on an empty workspace.
pub fn sample(now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Workspace, crate::CommandError> {
    let mut ws = Workspace::new();
    let t0 = Timestamp(now.0 - 3 * crate::time::DAY);
    let mut at = t0;
    let mut run = |ws: &mut Workspace, cmd: Command, at: &mut Timestamp| -> Result<(), crate::CommandError> {
        *at = at.plus(311);
        ws.apply(cmd, *at, tokens).map(|_| ())
    };
    let tpl = |name: &str, package, untrusted, share_link: &str| {
        Command::CreateTemplate(TemplateInput { name: name.into(), package, auth: AuthMode::BroadWorks, untrusted_emails: untrusted, share_link: share_link.into() })
    };
    run(&mut ws, tpl("Acme Untrusted Standard", Package::Standard, true, ""), &mut at)?;
    run(&mut ws, tpl("Globex Trusted Basic", Package::Basic, false, ""), &mut at)?;
    run(&mut ws, tpl("Initech Untrusted Premium", Package::Premium, true, "https://activation.example.net/activate/old-link"), &mut at)?;
    let ids: Vec<TemplateId> = ws.partner().templates().keys().copied().collect();
    for ((name, ent), t) in [("Acme Corp", "acme-ent"), ("Globex", "globex-ent"), ("Initech", "initech-ent")].into_iter().zip(ids) {
        run(&mut ws, Command::CreateCustomer { name: name.into(), enterprise_id: ent.into(), template: t }, &mut at)?;
    }
    let cust: Vec<CustomerId> = ws.partner().customers().keys().copied().collect();
    run(&mut ws, Command::CreateOrg { name: "Contoso".into(), free: false }, &mut at)?;
    run(&mut ws, Command::CreateOrg { name: "Webex Free".into(), free: true }, &mut at)?;
    let orgs: Vec<OrgId> = ws.control().orgs().keys().copied().collect();
    run(&mut ws, Command::AddUsers { org: orgs[0], users: vec![UserInput { email: "dana@contoso.example".into(), name: "Dana Popa".into() }], from_csv: false }, &mut at)?;
    run(&mut ws, Command::SignUpFree { org: orgs[1], email: "eve.hansen@acme.example".into(), name: "Eve Hansen".into(), verified: true }, &mut at)?;

    let sub = |id: &str, name: &str, email: Option<&str>| SubscriberInput {
        broadworks_user_id: format!("{id}@voice.example.net"),
        name: name.into(),
        package: None,
        email: email.map(str::to_string),
        portal_password: "welcome1".into(),
    };
    run(&mut ws, Command::ProvisionSubscribers {
        customer: cust[0],
        subscribers: vec![
            sub("2145550101", "Ann Lee", None),
            sub("2145550102", "Bo Ng", None),
            sub("2145550103", "Cy Berg", None),
            sub("2145550104", "Dee Dahl", None),
            sub("2145550105", "Eve Hansen", None),
            sub("2145550106", "Fay Olsen", None),
        ],
    }, &mut at)?;
    run(&mut ws, Command::ProvisionSubscribers {
        customer: cust[1],
        subscribers: vec![sub("3125550201", "Gus Svensson", Some("gus@globex.example")), sub("3125550202", "Hal Ionescu", None)],
    }, &mut at)?;
    run(&mut ws, Command::ProvisionSubscribers { customer: cust[2], subscribers: vec![sub("4155550301", "Ida Smith", None)] }, &mut at)?;

    let pid = ws.partner().customers().get(&cust[0]).and_then(|c| ws.partner().templates().get(&c.template)).map(|t| t.provisioning_id.clone()).unwrap_or_default();
    let submit = |bwid: &str, email: &str| Command::SubmitEmail {
        provisioning_id: pid.clone(),
        broadworks_user_id: format!("{bwid}@voice.example.net"),
        password: "welcome1".into(),
        email: email.into(),
    };
    // Bo: waiting for the verification link. Cy: verified and provisioned.
    run(&mut ws, submit("2145550102", "bo.ng@acme.example"), &mut at)?;
    run(&mut ws, submit("2145550103", "cy.berg@acme.example"), &mut at)?;
    let token = ws.mail().outbox().last().and_then(|m| m.link.as_ref()?.token().cloned()).unwrap_or(Token(ArenaStr::default()));
    run(&mut ws, Command::OpenLink { token }, &mut at)?;
    // Dee: twice an email of another organization: the administrator steps in.
    run(&mut ws, submit("2145550104", "dana@contoso.example"), &mut at)?;
    run(&mut ws, submit("2145550104", "dana@contoso.example"), &mut at)?;
    // Eve: already has a free Webex account: pending user migration.
    run(&mut ws, submit("2145550105", "eve.hansen@acme.example"), &mut at)?;
    // Fay: one typo, can still Try again.
    run(&mut ws, submit("2145550106", "fay.olsen@acme"), &mut at)?;
    Ok(ws)
}

#[cfg(test)]
mod sample_tests {
    use super::*;

    #[test]
    fn the_demo_shows_every_partner_status_worth_showing() {
        let ws = sample(Timestamp(1_795_317_420), &mut SeededTokens(Rng::new(3))).expect("demo builds");
        let counts = crate::query::status_counts(&ws, None);
        for st in [
            SubscriberStatus::PendingEmailInput,
            SubscriberStatus::PendingEmailValidation,
            SubscriberStatus::PendingUserMigration,
            SubscriberStatus::Provisioned,
            SubscriberStatus::Error,
        ] {
            assert!(counts.contains_key(&st), "{st:?}: {counts:?}");
        }
        let dee = ws.partner().subscribers().values().find(|s| s.name == "Dee Dahl").unwrap();
        assert!(dee.locked_for_portal());
        assert_eq!(Workspace::replay(ws.log().entries().loaded()).unwrap(), ws);
    }
}
