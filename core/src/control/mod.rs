//! Control Hub: organizations (customer, paid and free), their users and the users' states,
//! domains, directory sync, site linking and the organization settings (seeds 003–004).
//!
//! [`ControlHub`] owns that state and the rules that read only it. Commands that also send
//! email, or reach the Partner Hub subscribers, are in [`users`] as commands of the workspace.

mod users;

use crate::command::*;
use crate::email::{parse_domain, Email};
use crate::error::CommandError;
use crate::event::Event;
use crate::index::{text_key, ByText};
use crate::model::*;
use crate::time::Timestamp;
use crate::error::required;
use std::collections::BTreeMap;

/// Control Hub's state.
#[derive(Debug, Clone, Default)]
pub struct ControlHub {
    orgs: BTreeMap<OrgId, Org>,
    users: BTreeMap<UserId, User>,
    by_email: ByText<UserId>,
    by_broadworks_id: ByText<UserId>,
    views: UserViews,
}

/// What Control Hub's users list reads, derived from the users and built on first use after a
/// change (see [`ControlHub::user_facts`]).
#[derive(Debug, Clone, Default)]
struct UserViews {
    facts: std::sync::OnceLock<UserFacts>,
    search: std::sync::OnceLock<crate::index::SearchText>,
    /// Positions (in id order) sorted by each of the list's columns.
    orders: crate::index::Orders<UserId, 3>,
}

/// What the users list filters by, one entry per user in id order, packed in small arrays.
#[derive(Debug, Clone, Default)]
pub struct UserFacts {
    /// The user at each position.
    pub ids: Vec<UserId>,
    /// Its organization.
    pub org: Vec<OrgId>,
    /// Its state.
    pub state: Vec<UserState>,
}

impl PartialEq for ControlHub {
    fn eq(&self, o: &Self) -> bool {
        self.orgs == o.orgs && self.users == o.users // the indexes derive from them
    }
}
impl Eq for ControlHub {}

#[derive(Clone, Copy)]
pub(crate) enum DomainStep {
    Publish,
    Verify,
    Claim,
    Remove,
}

impl ControlHub {
    /// Builds the hub from stored state and returns the emails and BroadWorks IDs that belong
    /// to two users (which the rules never produce: stored data that has them is inconsistent).
    pub(crate) fn from_parts(orgs: BTreeMap<OrgId, Org>, users: BTreeMap<UserId, User>) -> (ControlHub, Vec<String>) {
        let mut hub = ControlHub { orgs, users, by_email: ByText::default(), by_broadworks_id: ByText::default(), views: UserViews::default() };
        let mut problems = Vec::new();
        for u in hub.users.values() {
            let key = text_key(u.email.as_str(), false);
            if hub.by_email.candidates(key).filter_map(|id| hub.users.get(&id)).any(|o| o.email == u.email) {
                problems.push(format!("email {} belongs to two users", u.email));
            }
            hub.by_email.insert(key, u.id);
            if let Some(b) = &u.broadworks_user_id {
                let key = text_key(b, false);
                if hub.by_broadworks_id.candidates(key).filter_map(|id| hub.users.get(&id)).any(|o| o.broadworks_user_id.as_ref() == Some(b)) {
                    problems.push(format!("BroadWorks ID {b} belongs to two users"));
                }
                hub.by_broadworks_id.insert(key, u.id);
            }
        }
        (hub, problems)
    }

    /// Webex organizations.
    pub fn orgs(&self) -> &BTreeMap<OrgId, Org> {
        &self.orgs
    }

    /// Webex users.
    pub fn users(&self) -> &BTreeMap<UserId, User> {
        &self.users
    }

    /// The user with this email, in any organization.
    pub fn user_by_email(&self, email: &Email) -> Option<&User> {
        self.by_email.candidates(text_key(email.as_str(), false)).filter_map(|id| self.users.get(&id)).find(|u| u.email == *email)
    }

    /// The user linked to this BroadWorks user ID.
    pub fn user_by_broadworks_id(&self, id: &str) -> Option<&User> {
        self.by_broadworks_id.candidates(text_key(id, false)).filter_map(|u| self.users.get(&u)).find(|u| u.broadworks_user_id.as_deref() == Some(id))
    }

    /// The organization that claimed `domain`, if any.
    pub fn domain_claimed_by(&self, domain: &str) -> Option<OrgId> {
        self.orgs
            .values()
            .find(|o| o.domains.iter().any(|d| d.name == domain && d.status == DomainStatus::Claimed))
            .map(|o| o.id)
    }

    /// True when directory sync manages this user now.
    pub fn managed_by_sync(&self, u: &User) -> bool {
        u.managed_by_sync() && self.orgs.get(&u.org).is_some_and(|o| o.directory_sync)
    }

    /// True when the organization is a free one.
    pub fn is_free(&self, org: OrgId) -> bool {
        self.orgs.get(&org).is_some_and(|o| o.kind.is_free())
    }

    pub(crate) fn org(&self, id: OrgId) -> Result<&Org, CommandError> {
        self.orgs.get(&id).ok_or(CommandError::NoOrg(id))
    }

    fn org_mut(&mut self, id: OrgId) -> &mut Org {
        self.orgs.get_mut(&id).expect("checked before mutation")
    }

    pub(crate) fn user(&self, id: UserId) -> Result<&User, CommandError> {
        self.users.get(&id).ok_or(CommandError::NoUser(id))
    }

    /// The users list's facts (built on first use after a change).
    pub fn user_facts(&self) -> &UserFacts {
        self.views.facts.get_or_init(|| {
            let n = self.users.len();
            let mut f = UserFacts { ids: Vec::with_capacity(n), org: Vec::with_capacity(n), state: Vec::with_capacity(n) };
            for u in self.users.values() {
                f.ids.push(u.id);
                f.org.push(u.org);
                f.state.push(u.state);
            }
            f
        })
    }

    /// Every user's name and email, searchable, in id order (built on first use after a change).
    pub fn user_search(&self) -> &crate::index::SearchText {
        self.views.search.get_or_init(|| {
            let mut text = crate::index::SearchText::with_capacity(self.users.len(), 48);
            for u in self.users.values() {
                text.push([u.name.as_str(), u.email.as_str()]);
            }
            text
        })
    }

    /// A user order cached in `slot` until the next change: the positions of all users (in id
    /// order) as `build` sorts them, from the slot's order before the last change when the
    /// users are still the same ones.
    pub fn user_order(&self, slot: usize, build: impl FnOnce(&ControlHub, Option<Vec<u32>>) -> Vec<u32>) -> &[u32] {
        self.views.orders.get(slot, self.users.keys(), |start| build(self, start))
    }

    /// Forgets what the users list derived (after any change); the orders are kept aside to
    /// sort again from.
    pub(crate) fn changed(&mut self) {
        self.views.search = std::sync::OnceLock::new();
        let facts = std::mem::take(&mut self.views.facts);
        self.views.orders.changed(facts.into_inner().map(|f| f.ids));
    }

    /// A user checked to exist before the command began to change anything.
    pub(crate) fn user_mut(&mut self, id: UserId) -> &mut User {
        self.users.get_mut(&id).expect("checked before mutation")
    }

    /// A user an admin may act on by hand (not managed by directory sync).
    pub(crate) fn manual_user(&self, id: UserId) -> Result<&User, CommandError> {
        let u = self.user(id)?;
        if self.managed_by_sync(u) {
            return Err(CommandError::ManagedBySync(u.email.to_string()));
        }
        Ok(u)
    }

    /// The organization's name ("" when it is gone).
    pub(crate) fn org_name(&self, org: OrgId) -> String {
        self.orgs.get(&org).map(|o| o.name.clone()).unwrap_or_default()
    }

    /// Why automatic emails to this org are suppressed, if they are.
    pub(crate) fn suppression(&self, org: OrgId) -> Option<String> {
        match self.orgs.get(&org) {
            Some(o) if !o.automatic_activation_emails => Some("Automatic activation emails are off for this organization.".into()),
            _ => None,
        }
    }

    // ------------------------------------------------------------------ organizations

    pub(crate) fn check_new_org(&self, name: &str) -> Result<String, CommandError> {
        let name = required("Organization name", name, 100)?;
        if self.orgs.values().any(|o| o.name.eq_ignore_ascii_case(&name)) {
            return Err(CommandError::Duplicate { what: "An organization named", name });
        }
        Ok(name)
    }

    /// Adds an organization of `kind`.
    pub(crate) fn create_org(&mut self, id: OrgId, name: String, kind: OrgKind, ev: &mut Vec<Event>) {
        self.orgs.insert(
            id,
            Org { id, name: name.clone(), kind, domains: Vec::new(), automatic_activation_emails: true, directory_sync: false, linked_sites: Vec::new() },
        );
        ev.push(Event::OrgCreated { org: id, name });
    }

    pub(crate) fn set_directory_sync(&mut self, org: OrgId, enabled: bool, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Directory sync is for paid organizations."));
        }
        if o.directory_sync == enabled {
            return Err(CommandError::Nothing("Directory sync is already set that way."));
        }
        self.org_mut(org).directory_sync = enabled;
        ev.push(Event::SettingChanged { org, setting: "Directory sync".into(), value: enabled });
        Ok(())
    }

    pub(crate) fn set_automatic_emails(&mut self, org: OrgId, enabled: bool, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if o.automatic_activation_emails == enabled {
            return Err(CommandError::Nothing("Automatic activation emails are already set that way."));
        }
        self.org_mut(org).automatic_activation_emails = enabled;
        ev.push(Event::SettingChanged { org, setting: "Automatic activation emails".into(), value: enabled });
        Ok(())
    }

    /// Turns a free organization into a paid one; returns its members.
    pub(crate) fn convert_to_paid(&mut self, org: OrgId, ev: &mut Vec<Event>) -> Result<Vec<UserId>, CommandError> {
        let o = self.org(org)?;
        if !o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Only a free organization can be converted to a paid plan."));
        }
        self.org_mut(org).kind = OrgKind::Paid;
        ev.push(Event::OrgConvertedToPaid { org });
        Ok(self.users.values().filter(|u| u.org == org).map(|u| u.id).collect())
    }

    pub(crate) fn link_site(&mut self, org: OrgId, site: &str, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Sites link to paid organizations."));
        }
        let site = required("Site URL", site, 200)?.to_ascii_lowercase();
        let host = site.trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/').to_string();
        parse_domain(&host).map_err(|_| CommandError::DomainStep("Enter the site as a host name, for example acme.webex.com."))?;
        if o.linked_sites.contains(&host) {
            return Err(CommandError::Duplicate { what: "The site", name: host });
        }
        self.org_mut(org).linked_sites.push(host.clone());
        ev.push(Event::SiteLinked { org, site: host });
        Ok(())
    }

    /// Checks that `site` is linked to `org` (users are added from linked sites only).
    pub(crate) fn check_linked_site(&self, org: OrgId, site: &str) -> Result<(), CommandError> {
        let site = site.trim().to_ascii_lowercase();
        if !self.org(org)?.linked_sites.contains(&site) {
            return Err(CommandError::SiteNotLinked(site));
        }
        Ok(())
    }

    // ------------------------------------------------------------------ domains

    /// Checks a domain to add; its normalized name.
    pub(crate) fn check_new_domain(&self, org: OrgId, domain: &str) -> Result<String, CommandError> {
        let o = self.org(org)?;
        if o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Free organizations cannot add domains."));
        }
        let name = parse_domain(domain)?;
        if o.domain(&name).is_some() {
            return Err(CommandError::Duplicate { what: "The domain", name });
        }
        Ok(name)
    }

    /// Adds a checked domain with the TXT record value made from `token`.
    pub(crate) fn add_domain(&mut self, org: OrgId, name: String, token: &Token, ev: &mut Vec<Event>) {
        let txt_value = format!("webex-domain-verification={}", token.0);
        self.org_mut(org).domains.push(Domain { name: name.clone(), txt_value, record_published: false, status: DomainStatus::Unverified });
        ev.push(Event::DomainAdded { org, domain: name });
    }

    pub(crate) fn domain_step(&mut self, org: OrgId, domain: &str, step: DomainStep, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let name = parse_domain(domain)?;
        let o = self.org(org)?;
        let d = o.domain(&name).ok_or_else(|| CommandError::NoDomain(name.clone()))?;
        let claimed_elsewhere = self.domain_claimed_by(&name).filter(|c| *c != org).is_some();
        match step {
            DomainStep::Publish => {
                if d.record_published {
                    return Err(CommandError::Nothing("The TXT record is already marked as published."));
                }
            }
            DomainStep::Verify => {
                if d.is_verified() {
                    return Err(CommandError::Nothing("The domain is already verified."));
                }
                if !d.record_published {
                    return Err(CommandError::DomainStep("Publish the TXT record in your DNS first, then verify. DNS changes can take up to 72 hours to appear."));
                }
                if claimed_elsewhere {
                    return Err(CommandError::DomainStep("Another organization has claimed this domain; it cannot be verified here."));
                }
            }
            DomainStep::Claim => {
                if d.status == DomainStatus::Claimed {
                    return Err(CommandError::Nothing("The domain is already claimed."));
                }
                if !d.is_verified() {
                    return Err(CommandError::DomainStep("Verify the domain before claiming it."));
                }
                if claimed_elsewhere {
                    return Err(CommandError::DomainStep("Another organization has claimed this domain; a domain can be claimed by one organization only."));
                }
            }
            DomainStep::Remove => {}
        }
        let o = self.org_mut(org);
        match step {
            DomainStep::Publish => {
                o.domains.iter_mut().filter(|d| d.name == name).for_each(|d| d.record_published = true);
                ev.push(Event::DomainRecordPublished { org, domain: name });
            }
            DomainStep::Verify => {
                o.domains.iter_mut().filter(|d| d.name == name).for_each(|d| d.status = DomainStatus::Verified);
                ev.push(Event::DomainVerified { org, domain: name });
            }
            DomainStep::Claim => {
                o.domains.iter_mut().filter(|d| d.name == name).for_each(|d| d.status = DomainStatus::Claimed);
                ev.push(Event::DomainClaimed { org, domain: name });
            }
            DomainStep::Remove => {
                o.domains.retain(|d| d.name != name);
                ev.push(Event::DomainRemoved { org, domain: name });
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------------ users

    /// The state a newly added user gets (seed 003: Verified when the domain is verified).
    pub(crate) fn added_state(&self, org: OrgId, email: &Email) -> (UserState, StateReason) {
        if self.orgs.get(&org).is_some_and(|o| o.domain_verified(email.domain())) {
            (UserState::Verified, StateReason::AddedDomainVerified)
        } else {
            (UserState::NotVerified, StateReason::AddedDomainNotVerified)
        }
    }

    /// The state a directory-synced user gets (Active when the domain is verified).
    pub(crate) fn synced_state(&self, org: OrgId, email: &Email) -> (UserState, StateReason) {
        if self.orgs.get(&org).is_some_and(|o| o.domain_verified(email.domain())) {
            (UserState::Active, StateReason::SyncedDomainVerified)
        } else {
            (UserState::NotVerified, StateReason::SyncedDomainNotVerified)
        }
    }

    /// Validates a user to add to `org`.
    pub(crate) fn check_new_user(&self, org: OrgId, input: &UserInput) -> Result<(Email, String), CommandError> {
        let email = Email::parse(&input.email)?;
        if let Some(u) = self.user_by_email(&email) {
            return Err(if u.org == org {
                CommandError::EmailInOrg(email.to_string())
            } else {
                CommandError::EmailInOtherOrg(email.to_string())
            });
        }
        if self.domain_claimed_by(email.domain()).is_some_and(|c| c != org) {
            return Err(CommandError::DomainClaimedElsewhere(email.to_string()));
        }
        let name = input.name.trim();
        if name.chars().count() > 200 {
            return Err(CommandError::TooLong { field: "Name", max: 200 });
        }
        let name = if name.is_empty() { email.as_str().split('@').next().unwrap_or("").to_string() } else { name.to_string() };
        Ok((email, name))
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn create_user(&mut self, id: UserId, org: OrgId, email: Email, name: String, state: UserState, reason: StateReason, source: UserSource, now: Timestamp, ev: &mut Vec<Event>) {
        debug_assert!(state != UserState::Inactive, "a new user is never Inactive");
        self.by_email.insert(text_key(email.as_str(), false), id);
        ev.push(Event::UserCreated { user: id, org, email: email.to_string(), state });
        self.users.insert(
            id,
            User {
                id,
                org,
                email,
                name: name.into(),
                state,
                reason,
                state_before_inactive: None,
                source,
                signed_in: false,
                broadworks_user_id: None,
                delayed_claim: None,
                invited_at: now,
                inactive_since: None,
                reminder_done: false,
            },
        );
    }

    /// Adds a user from Control Hub's users export in the state it gives (an Active user has
    /// signed in; an Inactive one has no known state to return to, so Reactivate gives Not
    /// Verified, nor a known day it was deactivated, so no deletion is scheduled; no reminder
    /// is due for an invitation the simulation did not send).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn import_user(&mut self, id: UserId, org: OrgId, email: Email, name: String, state: UserState, now: Timestamp, ev: &mut Vec<Event>) {
        self.create_user(id, org, email, name, UserState::NotVerified, StateReason::ImportedFromExport, UserSource::Csv, now, ev);
        let u = self.user_mut(id);
        u.state = state;
        u.signed_in = state == UserState::Active;
        u.reminder_done = true;
        if let Some(Event::UserCreated { state: s, .. }) = ev.last_mut() {
            *s = state;
        }
    }

    /// Links a user to a BroadWorks subscriber (it is then provisioned flow-through).
    pub(crate) fn link_broadworks(&mut self, id: UserId, bwid: &str) {
        let u = self.user_mut(id);
        u.source = UserSource::BroadWorks;
        u.broadworks_user_id = Some(bwid.into());
        self.by_broadworks_id.insert(text_key(bwid, false), id);
    }

    pub(crate) fn set_state(&mut self, id: UserId, to: UserState, reason: StateReason, ev: &mut Vec<Event>) {
        let u = self.user_mut(id);
        let from = u.state;
        u.state = to;
        u.reason = reason;
        if from != to {
            ev.push(Event::UserStateChanged { user: id, from, to, reason });
        }
    }

    pub(crate) fn deactivate(&mut self, id: UserId, reason: StateReason, now: Timestamp, ev: &mut Vec<Event>) {
        let u = self.user_mut(id);
        u.state_before_inactive = Some((u.state, u.reason));
        u.inactive_since = Some(now);
        self.set_state(id, UserState::Inactive, reason, ev);
    }

    /// Back to the state before deactivation.
    pub(crate) fn reactivate(&mut self, id: UserId, ev: &mut Vec<Event>) {
        let u = self.user_mut(id);
        let (state, _) = u.state_before_inactive.take().unwrap_or((UserState::NotVerified, StateReason::AddedDomainNotVerified));
        u.inactive_since = None;
        self.set_state(id, state, StateReason::Reactivated, ev);
    }

    /// Removes a user; true when there was one.
    pub(crate) fn remove_user(&mut self, id: UserId, ev: &mut Vec<Event>) -> bool {
        let Some(u) = self.users.remove(&id) else { return false };
        self.by_email.remove(text_key(u.email.as_str(), false), id);
        if let Some(b) = &u.broadworks_user_id {
            self.by_broadworks_id.remove(text_key(b, false), id);
        }
        ev.push(Event::UserDeleted { user: id, email: u.email.to_string() });
        true
    }

    pub(crate) fn move_user(&mut self, id: UserId, to_org: OrgId, ev: &mut Vec<Event>) {
        let u = self.user_mut(id);
        let from_org = u.org;
        u.org = to_org;
        ev.push(Event::UserMoved { user: id, from_org, to_org });
    }

    /// The state a user converted into `org` gets (seed 003).
    pub(crate) fn converted_state(&self, id: UserId, org: OrgId) -> (UserState, StateReason) {
        let u = &self.users[&id];
        match u.state {
            UserState::Active => (UserState::Active, StateReason::ConvertedActive),
            UserState::Verified => (UserState::Verified, StateReason::ConvertedVerified),
            _ => {
                if self.orgs.get(&org).is_some_and(|o| o.domain_verified(u.email.domain())) {
                    (UserState::Verified, StateReason::ConvertedNotVerifiedDomainVerified)
                } else {
                    (UserState::NotVerified, StateReason::ConvertedNotVerified)
                }
            }
        }
    }

    /// Checks users to claim into `org` (seed 004: only users of free organizations).
    pub(crate) fn check_claim(&self, org: OrgId, users: &[UserId]) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("A free organization cannot claim users; claim them into a paid organization."));
        }
        if users.is_empty() {
            return Err(CommandError::Nothing("Choose at least one user to claim."));
        }
        let mut seen = rustc_hash::FxHashSet::default();
        for (row, id) in users.iter().enumerate() {
            let bad_row = |e| crate::error::bad_row(row, e);
            let u = self.user(*id).map_err(bad_row)?;
            if u.org == org {
                return Err(bad_row(CommandError::EmailInOrg(u.email.to_string())));
            }
            if !self.is_free(u.org) {
                return Err(bad_row(CommandError::NotClaimable(u.email.to_string())));
            }
            if matches!(u.state, UserState::Inactive | UserState::DelayedClaim) {
                return Err(bad_row(CommandError::WrongState("Inactive users and users already in a claim cannot be claimed.")));
            }
            if !seen.insert(*id) {
                return Err(bad_row(CommandError::ListedTwice(u.email.to_string())));
            }
        }
        Ok(())
    }

    /// Moves a checked user into `org`, at once or as a delayed claim.
    pub(crate) fn claim(&mut self, id: UserId, org: OrgId, mode: ClaimMode, now: Timestamp, ev: &mut Vec<Event>) {
        let from_org = self.users[&id].org;
        let (state, reason) = self.converted_state(id, org);
        self.move_user(id, org, ev);
        let u = self.user_mut(id);
        u.source = UserSource::Claimed;
        u.invited_at = now;
        u.reminder_done = false;
        match mode {
            ClaimMode::Immediate => self.set_state(id, state, reason, ev),
            ClaimMode::Delayed => {
                self.user_mut(id).delayed_claim =
                    Some(DelayedClaim { from_org, deadline: now.plus(ttl::DELAYED_CLAIM), converted_state: state, converted_reason: reason });
                self.set_state(id, UserState::DelayedClaim, StateReason::ClaimedDelayed, ev);
            }
        }
    }

    pub(crate) fn resolve_claim(&mut self, id: UserId, choice: DataChoice, by_default: bool, ev: &mut Vec<Event>) {
        let claim = self.user_mut(id).delayed_claim.take();
        let (state, reason) = claim.map(|c| (c.converted_state, c.converted_reason)).unwrap_or((UserState::NotVerified, StateReason::ConvertedNotVerified));
        ev.push(Event::ClaimResolved { user: id, choice, by_default });
        self.set_state(id, state, reason, ev);
    }

    /// A user's first (or next) sign-in to the Webex App.
    pub(crate) fn sign_in(&mut self, id: UserId, ev: &mut Vec<Event>) {
        match self.users[&id].state {
            UserState::Inactive | UserState::DelayedClaim => {}
            UserState::NotVerified => {
                // Users can still verify when they first access Webex (seed 003).
                self.set_state(id, UserState::Verified, StateReason::CompletedEmailVerification, ev);
                self.set_state(id, UserState::Active, StateReason::FirstSignIn, ev);
            }
            UserState::Verified => self.set_state(id, UserState::Active, StateReason::FirstSignIn, ev),
            UserState::Active => {}
        }
        self.user_mut(id).signed_in = true;
        ev.push(Event::UserSignedIn { user: id });
    }

    /// Records that an activation email (or reminder) went to the user.
    pub(crate) fn invited(&mut self, id: UserId, reminder: bool, now: Timestamp) {
        let u = self.user_mut(id);
        u.invited_at = now;
        u.reminder_done = reminder;
    }

    pub(crate) fn reminder_sent(&mut self, id: UserId) {
        self.user_mut(id).reminder_done = true;
    }

    /// Updates a user from its directory entry (the directory now manages it).
    pub(crate) fn synced(&mut self, id: UserId, name: String) {
        let u = self.user_mut(id);
        u.source = UserSource::DirectorySync;
        if !name.is_empty() {
            u.name = name.into();
        }
    }

    /// When a delayed claim's default action runs, for a user in Delayed Claim.
    pub fn claim_deadline(&self, u: &User) -> Option<Timestamp> {
        if u.state != UserState::DelayedClaim {
            return None;
        }
        u.delayed_claim.as_ref().map(|c| c.deadline)
    }

    /// When an Inactive user is deleted (30 days after deactivation).
    pub fn deletion_at(&self, u: &User) -> Option<Timestamp> {
        if u.state != UserState::Inactive {
            return None;
        }
        u.inactive_since.map(|t| t.plus(ttl::INACTIVE_RETENTION))
    }

    /// When a user who has not activated gets the automatic reminder (once, 7 days after the
    /// invitation; not for self sign-ups or free organizations).
    pub fn reminder_at(&self, u: &User) -> Option<Timestamp> {
        (u.not_activated() && !u.reminder_done && !matches!(u.source, UserSource::SelfSignUp) && !self.is_free(u.org))
            .then(|| u.invited_at.plus(ttl::REMINDER_AFTER))
    }

    /// Delayed claims past their deadline (they take the default data choice).
    pub(crate) fn claims_due(&self, now: Timestamp) -> Vec<UserId> {
        self.users.values().filter(|u| self.claim_deadline(u).is_some_and(|t| now >= t)).map(|u| u.id).collect()
    }

    /// Users inactive for 30 days (they are deleted).
    pub(crate) fn inactive_expired(&self, now: Timestamp) -> Vec<UserId> {
        self.users.values().filter(|u| self.deletion_at(u).is_some_and(|t| now >= t)).map(|u| u.id).collect()
    }

    /// Users who get their automatic reminder now.
    pub(crate) fn reminders_due(&self, now: Timestamp) -> Vec<UserId> {
        self.users.values().filter(|u| self.reminder_at(u).is_some_and(|t| now >= t)).map(|u| u.id).collect()
    }

    /// The synced users of `org` the directory no longer lists.
    pub(crate) fn gone_from_directory(&self, org: OrgId, listed: &rustc_hash::FxHashSet<Email>) -> Vec<UserId> {
        self.users
            .values()
            .filter(|u| u.org == org && u.source == UserSource::DirectorySync && u.state != UserState::Inactive && !listed.contains(&u.email))
            .map(|u| u.id)
            .collect()
    }
}
