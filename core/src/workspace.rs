//! The workspace: all state of one flowthrough sandbox, and `apply`, the only way to change it.
//!
//! Every handler first validates everything it needs (returning a [`CommandError`] with the
//! state untouched), then mutates. Nothing after the first mutation can fail.

use crate::command::*;
use crate::email::{parse_domain, Email};
use crate::error::CommandError;
use crate::event::Event;
use crate::history::History;
use crate::mail::{MailContent, MailLink};
use crate::model::*;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

/// Most rows one batch command may carry.
pub const MAX_BATCH: usize = 200_000;

/// Where the caller's fresh tokens come from (the browser's CSPRNG in the app; fixed in tests).
pub trait TokenSource {
    /// A new token of at least 128 bits.
    fn next_token(&mut self) -> Token;
}

impl<F: FnMut() -> Token> TokenSource for F {
    fn next_token(&mut self) -> Token {
        self()
    }
}

/// Tokens replayed from a log entry, in the order they were drawn.
struct Replayed<'a>(std::slice::Iter<'a, Token>);

impl TokenSource for Replayed<'_> {
    fn next_token(&mut self) -> Token {
        // A log whose tokens ran out is corrupt; an empty token is never a valid link.
        self.0.next().cloned().unwrap_or(Token(String::new()))
    }
}

/// Records the tokens a command drew, so the log can replay it.
struct Recorder<'a> {
    inner: &'a mut dyn TokenSource,
    drawn: Vec<Token>,
}

impl Recorder<'_> {
    fn next(&mut self) -> Token {
        let t = self.inner.next_token();
        self.drawn.push(t.clone());
        t
    }
}

/// One applied command: the audit log's entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Sequence number, from 1.
    pub seq: u64,
    /// When.
    pub at: Timestamp,
    /// Who.
    pub actor: Actor,
    /// The command as applied.
    pub command: Command,
    /// Tokens the command drew (for replay).
    #[serde(default)]
    pub tokens: Vec<Token>,
    /// What happened.
    pub events: Vec<Event>,
}

/// The partner's own details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    /// Service provider name.
    pub name: String,
    /// Where administrator alerts go.
    pub admin_email: String,
}

impl Default for Partner {
    fn default() -> Self {
        Partner { name: "Service Provider".into(), admin_email: "partner-admin@provider.example".into() }
    }
}

/// All state of one sandbox.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Workspace {
    /// The service provider.
    pub partner: Partner,
    /// Customer onboarding templates.
    pub templates: BTreeMap<TemplateId, Template>,
    /// Customers (BroadWorks enterprises).
    pub customers: BTreeMap<CustomerId, Customer>,
    /// BroadWorks subscribers.
    pub subscribers: BTreeMap<SubscriberId, Subscriber>,
    /// Webex organizations.
    pub orgs: BTreeMap<OrgId, Org>,
    /// Webex users.
    pub users: BTreeMap<UserId, User>,
    /// Every email sent or suppressed, oldest first (the older ones may be in storage still).
    pub outbox: History<Message>,
    /// Single-use links by token.
    pub links: BTreeMap<Token, Link>,
    /// The audit log, oldest first (the older entries may be in storage still).
    pub log: History<LogEntry>,
    /// The last id handed out.
    pub last_id: u64,
    /// How far the sandbox clock runs ahead of real time, in seconds.
    pub clock_offset: i64,
    index: Index,
}

/// Lookups derived from the state, rebuilt after loading.
#[derive(Debug, Clone, Default)]
struct Index {
    by_email: ByText<UserId>,
    by_broadworks_id: ByText<UserId>,
    /// Subscribers by lower-cased BroadWorks user ID (across customers).
    /// Built on first use after loading (opening a workspace should not wait for it).
    subscribers_by_bwid: std::sync::OnceLock<ByText<SubscriberId>>,
    /// Live (unused, not superseded) link tokens per subscriber or user.
    /// Built on first use after loading.
    live_links: std::sync::OnceLock<HashMap<LinkKey, Vec<Token>>>,
    /// The User Status search text, built on first use after a change.
    search: std::sync::OnceLock<SubscriberSearch>,
    /// Subscriber orders for sorting (positions in id order), one slot per sort column, built
    /// on first use after a change.
    orders: [std::sync::OnceLock<Vec<u32>>; ORDER_SLOTS],
}

/// Ids found by a hash of a text key. The text itself is not copied (it is in the entity), so
/// building the index on load allocates nothing per entity; lookups compare the real text.
#[derive(Debug, Clone)]
struct ByText<I> {
    one: HashMap<u64, I>,
    more: HashMap<u64, Vec<I>>,
}

impl<I> Default for ByText<I> {
    fn default() -> Self {
        ByText { one: HashMap::default(), more: HashMap::default() }
    }
}

fn text_key(text: &str, lower: bool) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    if lower && text.bytes().any(|b| b.is_ascii_uppercase()) {
        h.write(text.to_ascii_lowercase().as_bytes());
    } else {
        h.write(text.as_bytes());
    }
    h.write_usize(text.len());
    h.finish()
}

impl<I: Copy + PartialEq> ByText<I> {
    fn insert(&mut self, key: u64, id: I) {
        match self.one.entry(key) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(id);
            }
            std::collections::hash_map::Entry::Occupied(_) => self.more.entry(key).or_default().push(id),
        }
    }

    fn remove(&mut self, key: u64, id: I) {
        if self.one.get(&key) == Some(&id) {
            self.one.remove(&key);
            if let Some(v) = self.more.get_mut(&key) {
                if let Some(next) = v.pop() {
                    self.one.insert(key, next);
                }
                if v.is_empty() {
                    self.more.remove(&key);
                }
            }
        } else if let Some(v) = self.more.get_mut(&key) {
            v.retain(|x| *x != id);
            if v.is_empty() {
                self.more.remove(&key);
            }
        }
    }

    /// The ids whose text may be the one looked for (compare it to be sure).
    fn candidates(&self, key: u64) -> impl Iterator<Item = I> + '_ {
        self.one.get(&key).copied().into_iter().chain(self.more.get(&key).into_iter().flatten().copied())
    }
}

/// How many cached subscriber orders a workspace keeps (one per User Status sort column).
pub const ORDER_SLOTS: usize = 8;

/// Every subscriber's searchable text (BroadWorks ID, name, email, error), lower-cased and laid
/// end to end in id order, so a search reads one contiguous buffer instead of four scattered
/// strings per subscriber.
#[derive(Debug, Clone, Default)]
pub struct SubscriberSearch {
    text: String,
    /// Where each subscriber's text starts, in the order of `Workspace::subscribers`.
    starts: Vec<usize>,
}

impl SubscriberSearch {
    fn build(ws: &Workspace) -> SubscriberSearch {
        let mut text = String::with_capacity(ws.subscribers.len() * 64);
        let mut starts = Vec::with_capacity(ws.subscribers.len());
        for s in ws.subscribers.values() {
            starts.push(text.len());
            for part in [s.broadworks_user_id.as_str(), s.name.as_str(), s.email.as_ref().map_or("", |e| e.as_str()), s.error.as_ref().map_or("", |e| e.code.text())] {
                text.push_str(&part.to_lowercase());
                text.push('\u{1}'); // a match never spans two fields
            }
        }
        SubscriberSearch { text, starts }
    }

    /// For each subscriber (in id order), whether its text contains `needle_lower`.
    pub fn matches(&self, needle_lower: &str) -> Vec<bool> {
        let mut hit = vec![false; self.starts.len()];
        if needle_lower.is_empty() || needle_lower.contains('\u{1}') {
            hit.iter_mut().for_each(|h| *h = needle_lower.is_empty());
            return hit;
        }
        // Matches come in text order: walk the subscribers alongside them, and after a hit jump
        // to the next subscriber's text (one hit is enough), so a one-letter search that matches
        // almost everyone stays a single pass.
        let mut i = 0;
        let mut from = 0;
        while let Some(offset) = self.text.get(from..).and_then(|rest| rest.find(needle_lower)) {
            let pos = from + offset;
            while i + 1 < self.starts.len() && self.starts[i + 1] <= pos {
                i += 1;
            }
            hit[i] = true;
            match self.starts.get(i + 1) {
                Some(&next) => from = next,
                None => break,
            }
        }
        hit
    }
}

impl PartialEq for Index {
    fn eq(&self, _: &Self) -> bool {
        true // derived data: equal whenever the state it derives from is equal
    }
}
impl Eq for Index {}

/// Outcome of the onboarding checks for one email.
enum Check {
    Ok,
    Migrate(UserId),
    Fail(FailureCode, String),
}

/// Why a log could not be replayed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Log entry {seq} could not be replayed: {reason}")]
pub struct ReplayError {
    /// The entry.
    pub seq: u64,
    /// What went wrong.
    pub reason: String,
}

fn required(field: &'static str, value: &str, max: usize) -> Result<String, CommandError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(CommandError::Required(field));
    }
    if v.chars().count() > max {
        return Err(CommandError::TooLong { field, max });
    }
    Ok(v.to_string())
}

fn bad_row(row: usize, e: CommandError) -> CommandError {
    CommandError::BadRow { row: row + 1, message: e.to_string() }
}

impl Workspace {
    /// An empty workspace.
    pub fn new() -> Workspace {
        Workspace::default()
    }

    /// Rebuilds the derived lookups; call after deserializing.
    pub fn rebuild_index(&mut self) {
        self.rebuild_index_checked();
    }

    /// Rebuilds the derived lookups and returns the emails and BroadWorks IDs that belong to
    /// two users (which the rules never produce: stored data that has them is inconsistent).
    pub(crate) fn rebuild_index_checked(&mut self) -> Vec<String> {
        let mut index = Index::default();
        let mut problems = Vec::new();
        for u in self.users.values() {
            let key = text_key(u.email.as_str(), false);
            if index.by_email.candidates(key).filter_map(|id| self.users.get(&id)).any(|o| o.email == u.email) {
                problems.push(format!("email {} belongs to two users", u.email));
            }
            index.by_email.insert(key, u.id);
            if let Some(b) = &u.broadworks_user_id {
                let key = text_key(b, false);
                if index.by_broadworks_id.candidates(key).filter_map(|id| self.users.get(&id)).any(|o| o.broadworks_user_id.as_ref() == Some(b)) {
                    problems.push(format!("BroadWorks ID {b} belongs to two users"));
                }
                index.by_broadworks_id.insert(key, u.id);
            }
        }
        self.index = index;
        problems
    }

    /// Subscribers by lower-cased BroadWorks user ID, built on first use.
    fn bwid_index(&self) -> &ByText<SubscriberId> {
        self.index.subscribers_by_bwid.get_or_init(|| {
            let mut ix = ByText::default();
            for sub in self.subscribers.values() {
                ix.insert(text_key(&sub.broadworks_user_id, true), sub.id);
            }
            ix
        })
    }

    /// Live (unused, not superseded) link tokens per subscriber or user, built on first use.
    fn live_links_mut(&mut self) -> &mut HashMap<LinkKey, Vec<Token>> {
        if self.index.live_links.get().is_none() {
            let mut live: HashMap<LinkKey, Vec<Token>> = HashMap::default();
            for (t, l) in &self.links {
                if l.used.is_none() && !l.superseded {
                    live.entry(link_key(&l.purpose)).or_default().push(t.clone());
                }
            }
            let _ = self.index.live_links.set(live);
        }
        self.index.live_links.get_mut().expect("set just above")
    }

    /// Rebuilds a workspace by applying every logged command again to an empty one.
    pub fn replay(log: &[LogEntry]) -> Result<Workspace, ReplayError> {
        let mut ws = Workspace::new();
        for entry in log {
            let mut src = Replayed(entry.tokens.iter());
            ws.apply(entry.command.clone(), entry.at, &mut src)
                .map_err(|error| ReplayError { seq: entry.seq, reason: error.to_string() })?;
        }
        Ok(ws)
    }

    /// The sequence number of the last log entry (0 for a new workspace).
    pub fn last_seq(&self) -> u64 {
        self.log.len() as u64
    }

    /// Applies one logged entry written by another session (a journal entry in storage, or
    /// another tab's change): the same command at the same time with the same tokens. The entry
    /// must come next in sequence and must produce exactly the logged events. A refused command
    /// leaves the workspace unchanged; an entry that applies but gives other events means the
    /// stored data is inconsistent, and the caller must discard this workspace (copying a
    /// 100,000-subscriber workspace for a dry run on every change would cost more than it saves).
    pub fn apply_entry(&mut self, entry: &LogEntry) -> Result<(), ReplayError> {
        let refuse = |reason: String| ReplayError { seq: entry.seq, reason };
        let next = self.last_seq() + 1;
        if entry.seq != next {
            return Err(refuse(format!("expected entry {next} next")));
        }
        let mut src = Replayed(entry.tokens.iter());
        self.apply(entry.command.clone(), entry.at, &mut src).map_err(|e| refuse(e.to_string()))?;
        match self.log.last() {
            Some(last) if last == entry => Ok(()),
            _ => Err(refuse("it does not give the same result here; the stored data is inconsistent".into())),
        }
    }

    /// The User Status search text (built on first use after a change).
    pub fn subscriber_search(&self) -> &SubscriberSearch {
        self.index.search.get_or_init(|| SubscriberSearch::build(self))
    }

    /// A subscriber order cached in `slot` until the next change: the positions of all
    /// subscribers (in id order) as `build` sorts them.
    pub fn subscriber_order(&self, slot: usize, build: impl FnOnce(&Workspace) -> Vec<u32>) -> &[u32] {
        match self.index.orders.get(slot) {
            Some(cell) => cell.get_or_init(|| build(self)),
            None => &[],
        }
    }

    /// The user with this email, in any organization.
    pub fn user_by_email(&self, email: &Email) -> Option<&User> {
        self.index.by_email.candidates(text_key(email.as_str(), false)).filter_map(|id| self.users.get(&id)).find(|u| u.email == *email)
    }

    /// The user linked to this BroadWorks user ID.
    pub fn user_by_broadworks_id(&self, id: &str) -> Option<&User> {
        self.index.by_broadworks_id.candidates(text_key(id, false)).filter_map(|u| self.users.get(&u)).find(|u| u.broadworks_user_id.as_deref() == Some(id))
    }

    /// The template a subscriber is onboarded with.
    pub fn template_of(&self, s: &Subscriber) -> Option<&Template> {
        self.customers.get(&s.customer).and_then(|c| self.templates.get(&c.template))
    }

    /// The template with this provisioning ID (from an Activation link).
    pub fn template_by_provisioning_id(&self, pid: &str) -> Option<&Template> {
        self.templates.values().find(|t| t.provisioning_id == pid)
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

    /// Portal sign-in: the subscriber of this template with these credentials.
    pub fn portal_sign_in(&self, provisioning_id: &str, broadworks_user_id: &str, password: &str) -> Result<&Subscriber, CommandError> {
        let t = self
            .template_by_provisioning_id(provisioning_id)
            .ok_or(CommandError::PortalUnavailable("This activation link does not belong to any template."))?;
        if let Some(p) = t.self_activation_problem() {
            return Err(CommandError::PortalUnavailable(p));
        }
        let bwid = broadworks_user_id.trim();
        self.bwid_index()
            .candidates(text_key(bwid, true))
            .filter_map(|id| self.subscribers.get(&id))
            .filter(|s| s.broadworks_user_id.eq_ignore_ascii_case(bwid))
            .find(|s| self.customers.get(&s.customer).is_some_and(|c| c.template == t.id))
            .filter(|s| s.portal_password == password)
            .ok_or(CommandError::BadCredentials)
    }

    /// The link for a token, checked for use: unknown, used, superseded and expired links fail.
    pub fn check_link(&self, token: &Token, now: Timestamp) -> Result<&Link, CommandError> {
        if !token.is_well_formed() {
            return Err(CommandError::LinkUnknown);
        }
        let link = self.links.get(token).ok_or(CommandError::LinkUnknown)?;
        if link.used.is_some() {
            return Err(CommandError::LinkUsed);
        }
        if link.superseded {
            return Err(CommandError::LinkSuperseded);
        }
        if now >= link.expires {
            return Err(CommandError::LinkExpired);
        }
        Ok(link)
    }

    /// Applies a command at `now`, drawing any tokens it needs from `tokens`. On success the
    /// command and its events are appended to the log; on error nothing changed.
    pub fn apply(&mut self, cmd: Command, now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Vec<Event>, CommandError> {
        let mut rec = Recorder { inner: tokens, drawn: Vec::new() };
        let mut ev = Vec::new();
        self.dispatch(&cmd, now, &mut rec, &mut ev)?;
        if matches!(cmd, Command::Tick) && ev.is_empty() {
            return Ok(ev);
        }
        // Any change may alter what the search and the sort orders read; they are rebuilt on
        // next use. (A refused command and an idle tick change nothing, and keep them.)
        self.index.search = std::sync::OnceLock::new();
        self.index.orders = Default::default();
        let seq = self.last_seq() + 1;
        self.log.push(LogEntry { seq, at: now, actor: cmd.actor(), command: cmd, tokens: rec.drawn, events: ev.clone() });
        Ok(ev)
    }

    fn next_id(&mut self) -> u64 {
        self.last_id += 1;
        self.last_id
    }

    fn dispatch(&mut self, cmd: &Command, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        use Command::*;
        match cmd {
            CreateTemplate(input) => self.create_template(input, rec, ev),
            UpdateTemplate { template, input } => self.update_template(*template, input, ev),
            CreateCustomer { name, enterprise_id, template } => self.create_customer(name, enterprise_id, *template, ev),
            UpdateCustomer { customer, name, template } => {
                if !self.customers.contains_key(customer) {
                    return Err(CommandError::NoCustomer(*customer));
                }
                let name = required("Customer name", name, 100)?;
                if !self.templates.contains_key(template) {
                    return Err(CommandError::NoTemplate(*template));
                }
                let c = self.customers.get_mut(customer).expect("checked");
                c.name = name.clone();
                c.template = *template;
                ev.push(Event::CustomerUpdated { customer: *customer, name, template: *template });
                Ok(())
            }
            ProvisionSubscribers { customer, subscribers } => self.provision_subscribers(*customer, subscribers, now, rec, ev),
            SubmitEmail { provisioning_id, broadworks_user_id, password, email } => {
                self.submit_email(provisioning_id, broadworks_user_id, password, email, now, rec, ev)
            }
            OpenLink { token } => self.open_link(token, now, rec, ev),
            RetryActivation { subscriber, email } => self.retry_activation(*subscriber, email, now, rec, ev),
            DeleteSubscriberUser { subscriber } => self.delete_subscriber_user(*subscriber, now, rec, ev),
            ChangePackage { subscriber, package } => self.change_package(*subscriber, *package, now, ev),
            CreateOrg { name, free } => self.create_org(name, *free, ev).map(|_| ()),
            AddDomain { org, domain } => self.add_domain(*org, domain, rec, ev),
            PublishDomainRecord { org, domain } => self.domain_step(*org, domain, DomainStep::Publish, ev),
            VerifyDomain { org, domain } => self.domain_step(*org, domain, DomainStep::Verify, ev),
            ClaimDomain { org, domain } => self.domain_step(*org, domain, DomainStep::Claim, ev),
            RemoveDomain { org, domain } => self.domain_step(*org, domain, DomainStep::Remove, ev),
            AddUsers { org, users, from_csv } => {
                let source = if *from_csv { UserSource::Csv } else { UserSource::Manual };
                self.add_users(*org, users, source, now, rec, ev)
            }
            LinkSite { org, site } => self.link_site(*org, site, ev),
            AddSiteUsers { org, site, users } => {
                let site = site.trim().to_ascii_lowercase();
                let o = self.org(*org)?;
                if !o.linked_sites.contains(&site) {
                    return Err(CommandError::SiteNotLinked(site));
                }
                self.add_users(*org, users, UserSource::SiteLinking, now, rec, ev)
            }
            SetDirectorySync { org, enabled } => {
                let o = self.org(*org)?;
                if o.kind.is_free() {
                    return Err(CommandError::WrongOrgKind("Directory sync is for paid organizations."));
                }
                if o.directory_sync == *enabled {
                    return Err(CommandError::Nothing("Directory sync is already set that way."));
                }
                self.org_mut(*org).directory_sync = *enabled;
                ev.push(Event::SettingChanged { org: *org, setting: "Directory sync".into(), value: *enabled });
                Ok(())
            }
            SyncDirectory { org, entries } => self.sync_directory(*org, entries, now, rec, ev),
            ClaimUsers { org, users, mode } => self.claim_users(*org, users, *mode, now, ev),
            ChooseDataHandling { user, choice } => {
                self.check_choose_data(*user)?;
                self.resolve_claim(*user, *choice, false, ev);
                Ok(())
            }
            CompleteEmailVerification { user } => {
                self.check_complete_verification(*user)?;
                self.set_state(*user, UserState::Verified, StateReason::CompletedEmailVerification, ev);
                Ok(())
            }
            SignIn { user } => self.sign_in(*user, ev),
            Deactivate { user } => {
                self.check_deactivate(*user)?;
                self.deactivate(*user, StateReason::DeactivatedByAdmin, now, ev);
                Ok(())
            }
            Reactivate { user } => {
                self.check_reactivate(*user)?;
                self.reactivate(*user, now, ev);
                Ok(())
            }
            DeleteUser { user } => {
                self.manual_user(*user)?;
                self.delete_user(*user, now, rec, ev);
                Ok(())
            }
            SendActivationEmails { users } => self.send_invitations(users, MessageKind::Activation, now, rec, ev),
            SendReminders { users } => self.send_invitations(users, MessageKind::Reminder, now, rec, ev),
            SetAutomaticActivationEmails { org, enabled } => {
                let o = self.org(*org)?;
                if o.automatic_activation_emails == *enabled {
                    return Err(CommandError::Nothing("Automatic activation emails are already set that way."));
                }
                self.org_mut(*org).automatic_activation_emails = *enabled;
                ev.push(Event::SettingChanged { org: *org, setting: "Automatic activation emails".into(), value: *enabled });
                Ok(())
            }
            ConvertToPaid { org } => self.convert_to_paid(*org, now, ev),
            SignUpFree { org, email, name, verified } => self.sign_up_free(*org, email, name, *verified, now, ev),
            Tick => {
                self.tick(now, rec, ev);
                Ok(())
            }
            AdvanceClock { seconds } => {
                if !(1..=366 * crate::time::DAY).contains(seconds) {
                    return Err(CommandError::Nothing("The sandbox clock moves forward by 1 second to 366 days."));
                }
                self.clock_offset += seconds;
                ev.push(Event::ClockAdvanced { seconds: *seconds, offset: self.clock_offset });
                Ok(())
            }
        }
    }

    // ------------------------------------------------------------------ lookups

    fn org(&self, id: OrgId) -> Result<&Org, CommandError> {
        self.orgs.get(&id).ok_or(CommandError::NoOrg(id))
    }

    fn org_mut(&mut self, id: OrgId) -> &mut Org {
        self.orgs.get_mut(&id).expect("checked before mutation")
    }

    fn user(&self, id: UserId) -> Result<&User, CommandError> {
        self.users.get(&id).ok_or(CommandError::NoUser(id))
    }

    fn user_mut(&mut self, id: UserId) -> &mut User {
        self.users.get_mut(&id).expect("checked before mutation")
    }

    /// A user an admin may act on by hand (not managed by directory sync).
    pub(crate) fn user_ref(&self, id: UserId) -> Result<&User, CommandError> {
        self.user(id)
    }

    pub(crate) fn manual_user(&self, id: UserId) -> Result<&User, CommandError> {
        let u = self.user(id)?;
        if self.managed_by_sync(u) {
            return Err(CommandError::ManagedBySync(u.email.to_string()));
        }
        Ok(u)
    }

    fn subscriber(&self, id: SubscriberId) -> Result<&Subscriber, CommandError> {
        self.subscribers.get(&id).ok_or(CommandError::NoSubscriber(id))
    }

    fn sub_mut(&mut self, id: SubscriberId) -> &mut Subscriber {
        self.subscribers.get_mut(&id).expect("checked before mutation")
    }

    // ------------------------------------------------------------------ partner side

    fn check_template_input(&self, input: &TemplateInput, except: Option<TemplateId>) -> Result<String, CommandError> {
        let name = required("Template name", &input.name, 100)?;
        if self.templates.values().any(|t| Some(t.id) != except && t.name.eq_ignore_ascii_case(&name)) {
            return Err(CommandError::Duplicate { what: "A template named", name });
        }
        if input.share_link.chars().count() > 500 {
            return Err(CommandError::TooLong { field: "Share Link", max: 500 });
        }
        Ok(name)
    }

    fn create_template(&mut self, input: &TemplateInput, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let name = self.check_template_input(input, None)?;
        let id = TemplateId(self.next_id());
        let token = rec.next();
        let mut provisioning_id: String = token.0.chars().take(16).collect();
        if provisioning_id.is_empty() || self.template_by_provisioning_id(&provisioning_id).is_some() {
            provisioning_id = format!("{provisioning_id}{}", id.0);
        }
        let mut t = Template {
            id,
            name: name.clone(),
            provisioning_id,
            package: input.package,
            auth: input.auth,
            untrusted_emails: input.untrusted_emails,
            share_link: input.share_link.trim().to_string(),
        };
        if t.share_link.is_empty() {
            t.share_link = t.activation_path();
        }
        self.templates.insert(id, t);
        ev.push(Event::TemplateCreated { template: id, name });
        Ok(())
    }

    fn update_template(&mut self, id: TemplateId, input: &TemplateInput, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        if !self.templates.contains_key(&id) {
            return Err(CommandError::NoTemplate(id));
        }
        let name = self.check_template_input(input, Some(id))?;
        let t = self.templates.get_mut(&id).expect("checked");
        t.name = name.clone();
        t.package = input.package;
        t.auth = input.auth;
        t.untrusted_emails = input.untrusted_emails;
        t.share_link = input.share_link.trim().to_string();
        if t.share_link.is_empty() {
            t.share_link = t.activation_path();
        }
        ev.push(Event::TemplateUpdated { template: id, name });
        Ok(())
    }

    fn create_customer(&mut self, name: &str, enterprise_id: &str, template: TemplateId, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let name = required("Customer name", name, 100)?;
        let enterprise_id = required("BroadWorks enterprise ID", enterprise_id, 100)?;
        if !self.templates.contains_key(&template) {
            return Err(CommandError::NoTemplate(template));
        }
        if self.customers.values().any(|c| c.enterprise_id.eq_ignore_ascii_case(&enterprise_id)) {
            return Err(CommandError::Duplicate { what: "A customer with enterprise ID", name: enterprise_id });
        }
        let id = CustomerId(self.next_id());
        self.customers.insert(id, Customer { id, name: name.clone(), enterprise_id, template, org: None });
        ev.push(Event::CustomerCreated { customer: id, name });
        Ok(())
    }

    fn provision_subscribers(
        &mut self,
        customer: CustomerId,
        inputs: &[SubscriberInput],
        now: Timestamp,
        rec: &mut Recorder,
        ev: &mut Vec<Event>,
    ) -> Result<(), CommandError> {
        let c = self.customers.get(&customer).ok_or(CommandError::NoCustomer(customer))?;
        let template = self.templates.get(&c.template).ok_or(CommandError::NoTemplate(c.template))?;
        if inputs.is_empty() {
            return Err(CommandError::Nothing("There are no subscribers to provision."));
        }
        if inputs.len() > MAX_BATCH {
            return Err(CommandError::BatchTooLarge(MAX_BATCH));
        }
        let exists = |key: &str| {
            self.bwid_index()
                .candidates(text_key(key, true))
                .filter_map(|i| self.subscribers.get(&i))
                .any(|s| s.customer == customer && s.broadworks_user_id.eq_ignore_ascii_case(key))
        };
        let mut seen = HashSet::default();
        let mut clean = Vec::with_capacity(inputs.len());
        for (row, i) in inputs.iter().enumerate() {
            let bwid = required("BroadWorks user ID", &i.broadworks_user_id, 128).map_err(|e| bad_row(row, e))?;
            if bwid.chars().any(char::is_whitespace) {
                return Err(CommandError::BadRow { row: row + 1, message: "A BroadWorks user ID cannot contain spaces.".into() });
            }
            let name = required("Name", &i.name, 200).map_err(|e| bad_row(row, e))?;
            let password = required("Portal password", &i.portal_password, 128).map_err(|e| bad_row(row, e))?;
            let email = match i.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
                Some(e) => Some(Email::parse(e).map_err(|e| bad_row(row, e.into()))?),
                None => None,
            };
            let key = bwid.to_ascii_lowercase();
            if exists(&key) || !seen.insert(key) {
                return Err(CommandError::BadRow {
                    row: row + 1,
                    message: format!("Subscriber {bwid} is already provisioned for this customer."),
                });
            }
            clean.push((bwid, name, i.package.unwrap_or(template.package), password, email));
        }
        for (bwid, name, package, portal_password, email) in clean {
            let id = SubscriberId(self.next_id());
            self.subscribers.insert(
                id,
                Subscriber {
                    id,
                    customer,
                    broadworks_user_id: bwid.clone(),
                    name,
                    package,
                    portal_password,
                    broadworks_email: email,
                    email: None,
                    status: SubscriberStatus::PendingEmailInput,
                    error: None,
                    failed_attempts: 0,
                    self_activated: false,
                    last_status_change: now,
                    user: None,
                },
            );
            if let Some(ix) = self.index.subscribers_by_bwid.get_mut() {
                ix.insert(text_key(&bwid, true), id);
            }
            ev.push(Event::SubscriberReceived { subscriber: id, broadworks_user_id: bwid });
            self.admit(id, now, rec, ev);
        }
        Ok(())
    }

    /// Starts onboarding for a subscriber that just arrived (or was reset by Delete User).
    fn admit(&mut self, id: SubscriberId, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        let s = &self.subscribers[&id];
        let Some(t) = self.template_of(s) else { return };
        if t.untrusted_emails {
            match t.self_activation_problem() {
                Some(p) => self.fail(id, FailureCode::TemplateNotConfigured, p.to_string(), false, now, ev),
                None => self.set_status(id, SubscriberStatus::PendingEmailInput, now, ev),
            }
        } else if let Some(email) = s.broadworks_email.clone() {
            self.onboard(id, email, false, now, rec, ev);
        } else {
            self.fail(
                id,
                FailureCode::TemplateNotConfigured,
                "BroadWorks sent no email and the template trusts emails: check Untrusted Emails, or add the email in BroadWorks".into(),
                false,
                now,
                ev,
            );
        }
    }

    fn check_onboarding(&self, id: SubscriberId, email: &Email) -> Check {
        let s = &self.subscribers[&id];
        let own_org = self.customers.get(&s.customer).and_then(|c| c.org);
        if let Some(u) = self.user_by_broadworks_id(&s.broadworks_user_id) {
            if Some(u.id) != s.user {
                return Check::Fail(FailureCode::BroadWorksIdInUse, s.broadworks_user_id.clone());
            }
        }
        if let Some(org) = self.domain_claimed_by(email.domain()) {
            if Some(org) != own_org {
                return Check::Fail(FailureCode::DomainClaimed, email.domain().to_string());
            }
        }
        if let Some(u) = self.user_by_email(email) {
            if Some(u.id) != s.user {
                let kind = self.orgs.get(&u.org).map(|o| o.kind);
                return match kind {
                    Some(OrgKind::Free) => Check::Migrate(u.id),
                    _ if Some(u.org) == own_org => Check::Fail(FailureCode::EmailInUse, email.to_string()),
                    _ => Check::Fail(FailureCode::EmailInOtherOrg, email.to_string()),
                };
            }
        }
        Check::Ok
    }

    /// Runs onboarding with an email: provisions, asks for migration consent, or records the failure.
    fn onboard(&mut self, id: SubscriberId, email: Email, self_activated: bool, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        match self.check_onboarding(id, &email) {
            Check::Ok => self.complete_provisioning(id, email, self_activated, now, rec, ev),
            Check::Migrate(user) => self.ask_migration(id, user, email, now, rec, ev),
            Check::Fail(code, detail) => self.fail(id, code, detail, self_activated, now, ev),
        }
    }

    fn set_status(&mut self, id: SubscriberId, to: SubscriberStatus, now: Timestamp, ev: &mut Vec<Event>) {
        let s = self.sub_mut(id);
        if s.status != to {
            let from = s.status;
            s.status = to;
            s.last_status_change = now;
            ev.push(Event::SubscriberStatusChanged { subscriber: id, from, to });
        }
    }

    /// Records a failure. `counts` is true for the user's own portal attempts: the second one
    /// notifies the partner administrator and locks the portal until the administrator acts.
    fn fail(&mut self, id: SubscriberId, code: FailureCode, detail: String, counts: bool, now: Timestamp, ev: &mut Vec<Event>) {
        let s = self.sub_mut(id);
        if counts {
            s.failed_attempts = s.failed_attempts.saturating_add(1);
        }
        let attempt = s.failed_attempts;
        s.error = Some(Failure { code, detail, at: now });
        if s.user.is_none() {
            s.email = None; // the address tried is in the error; nothing pending uses it
        }
        let bwid = s.broadworks_user_id.clone();
        let copy = s.error.as_ref().map(Failure::copy_text).unwrap_or_default();
        ev.push(Event::OnboardingFailed { subscriber: id, code, attempt });
        self.set_status(id, SubscriberStatus::Error, now, ev);
        if counts && attempt == 2 {
            let to = self.partner.admin_email.clone();
            let status_page = self
                .template_of(&self.subscribers[&id])
                .map_or_else(|| MailLink::Page("/partner/templates".into()), |t| MailLink::UserStatus(t.id));
            self.send(
                now,
                to,
                MessageKind::AdminAlert,
                MailContent::AdminAlert { broadworks_user_id: bwid, error: copy },
                Some(status_page),
                None,
                ev,
            );
        }
    }

    fn ensure_org(&mut self, customer: CustomerId, ev: &mut Vec<Event>) -> OrgId {
        if let Some(org) = self.customers[&customer].org {
            if self.orgs.contains_key(&org) {
                return org;
            }
        }
        let id = OrgId(self.next_id());
        let name = self.customers[&customer].name.clone();
        self.orgs.insert(
            id,
            Org {
                id,
                name: name.clone(),
                kind: OrgKind::Customer(customer),
                domains: Vec::new(),
                automatic_activation_emails: true,
                directory_sync: false,
                linked_sites: Vec::new(),
            },
        );
        self.customers.get_mut(&customer).expect("exists").org = Some(id);
        ev.push(Event::OrgCreated { org: id, name });
        id
    }

    fn complete_provisioning(&mut self, id: SubscriberId, email: Email, self_activated: bool, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        self.set_status(id, SubscriberStatus::Provisioning, now, ev);
        let customer = self.subscribers[&id].customer;
        let org = self.ensure_org(customer, ev);
        let (name, bwid, existing) = {
            let s = &self.subscribers[&id];
            (s.name.clone(), s.broadworks_user_id.clone(), s.user)
        };
        let user = match existing.filter(|u| self.users.contains_key(u)) {
            Some(u) => u,
            None => {
                let (state, reason) = if self_activated {
                    (UserState::Verified, StateReason::SelfActivatedInPortal)
                } else {
                    self.added_state(org, &email)
                };
                let u = self.create_user(org, email.clone(), name, state, reason, UserSource::BroadWorks, now, ev);
                self.user_mut(u).broadworks_user_id = Some(bwid.clone());
                self.index.by_broadworks_id.insert(text_key(&bwid, false), u);
                if self_activated {
                    self.send(
                        now,
                        email.to_string(),
                        MessageKind::Welcome,
                        MailContent::Welcome,
                        None,
                        None,
                        ev,
                    );
                } else {
                    self.activation_email(u, MessageKind::Activation, false, now, rec, ev);
                }
                u
            }
        };
        let s = self.sub_mut(id);
        s.email = Some(email);
        s.user = Some(user);
        s.error = None;
        s.failed_attempts = 0;
        s.self_activated = self_activated;
        self.set_status(id, SubscriberStatus::Provisioned, now, ev);
    }

    fn ask_migration(&mut self, id: SubscriberId, user: UserId, email: Email, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        self.sub_mut(id).email = Some(email.clone());
        self.sub_mut(id).error = None;
        let token = self.issue_link(LinkPurpose::MoveAccount { subscriber: id, user }, now, ttl::MOVE_ACCOUNT, rec);
        self.send(
            now,
            email.to_string(),
            MessageKind::MoveAccount,
            MailContent::MoveAccount,
            Some(MailLink::Token(token)),
            None,
            ev,
        );
        self.set_status(id, SubscriberStatus::PendingUserMigration, now, ev);
    }

    /// Issues a link, superseding older unused links for the same subscriber or user.
    fn issue_link(&mut self, purpose: LinkPurpose, now: Timestamp, ttl: i64, rec: &mut Recorder) -> Token {
        let key = link_key(&purpose);
        self.supersede_links(key);
        let token = rec.next();
        self.links.insert(token.clone(), Link { purpose, issued: now, expires: now.plus(ttl), used: None, superseded: false });
        self.live_links_mut().entry(key).or_default().push(token.clone());
        token
    }

    fn supersede_links(&mut self, key: LinkKey) {
        for t in self.live_links_mut().remove(&key).unwrap_or_default() {
            if let Some(l) = self.links.get_mut(&t) {
                if l.used.is_none() {
                    l.superseded = true;
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn submit_email(
        &mut self,
        provisioning_id: &str,
        broadworks_user_id: &str,
        password: &str,
        email: &str,
        now: Timestamp,
        rec: &mut Recorder,
        ev: &mut Vec<Event>,
    ) -> Result<(), CommandError> {
        let s = self.portal_sign_in(provisioning_id, broadworks_user_id, password)?;
        let id = s.id;
        match s.status {
            SubscriberStatus::PendingEmailInput | SubscriberStatus::PendingEmailValidation | SubscriberStatus::PendingUserMigration => {}
            SubscriberStatus::Error if s.locked_for_portal() => return Err(CommandError::PortalLocked),
            SubscriberStatus::Error => {}
            other => return Err(CommandError::NotAwaitingEmail(match other {
                SubscriberStatus::Provisioned => "provisioned: sign in to the Webex App",
                _ => "being provisioned",
            })),
        }
        let email = match Email::parse(email) {
            Ok(e) => e,
            Err(e) => {
                self.fail(id, FailureCode::InvalidEmail, e.to_string(), true, now, ev);
                return Ok(());
            }
        };
        self.supersede_links(LinkKey::Subscriber(id));
        match self.check_onboarding(id, &email) {
            Check::Ok => {
                self.sub_mut(id).email = Some(email.clone());
                let token = self.issue_link(LinkPurpose::VerifySubscriberEmail { subscriber: id, email: email.clone() }, now, ttl::VERIFY_EMAIL, rec);
                self.send(
                    now,
                    email.to_string(),
                    MessageKind::EmailVerification,
                    MailContent::EmailVerification,
                    Some(MailLink::Token(token)),
                    None,
                    ev,
                );
                self.set_status(id, SubscriberStatus::PendingEmailValidation, now, ev);
            }
            Check::Migrate(user) => self.ask_migration(id, user, email, now, rec, ev),
            Check::Fail(code, detail) => self.fail(id, code, detail, true, now, ev),
        }
        Ok(())
    }

    fn open_link(&mut self, token: &Token, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let purpose = self.check_link(token, now)?.purpose.clone();
        match &purpose {
            LinkPurpose::VerifySubscriberEmail { subscriber, email } => {
                let s = self.subscriber(*subscriber)?;
                if s.status != SubscriberStatus::PendingEmailValidation || s.email.as_ref() != Some(email) {
                    return Err(CommandError::LinkSuperseded);
                }
                self.mark_used(token, now, "email verification", ev);
                self.onboard(*subscriber, email.clone(), true, now, rec, ev);
            }
            LinkPurpose::MoveAccount { subscriber, user } => {
                let s = self.subscriber(*subscriber)?;
                if s.status != SubscriberStatus::PendingUserMigration {
                    return Err(CommandError::LinkSuperseded);
                }
                let (customer, bwid) = (s.customer, s.broadworks_user_id.clone());
                let u = self.user(*user)?;
                if !self.orgs.get(&u.org).is_some_and(|o| o.kind.is_free()) {
                    return Err(CommandError::LinkSuperseded);
                }
                let email = u.email.clone();
                self.mark_used(token, now, "move account", ev);
                if let Check::Fail(code, detail) = self.check_onboarding_for_move(*subscriber, *user) {
                    self.fail(*subscriber, code, detail, true, now, ev);
                    return Ok(());
                }
                self.set_status(*subscriber, SubscriberStatus::Provisioning, now, ev);
                let org = self.ensure_org(customer, ev);
                self.move_user(*user, org, ev);
                let (state, reason) = self.converted_state(*user, org);
                self.set_state(*user, state, reason, ev);
                let uu = self.user_mut(*user);
                uu.source = UserSource::BroadWorks;
                uu.broadworks_user_id = Some(bwid.clone());
                self.index.by_broadworks_id.insert(text_key(&bwid, false), *user);
                self.notify_conversion(*user, now, ev);
                let s = self.sub_mut(*subscriber);
                s.email = Some(email);
                s.user = Some(*user);
                s.error = None;
                s.failed_attempts = 0;
                s.self_activated = true;
                self.set_status(*subscriber, SubscriberStatus::Provisioned, now, ev);
            }
            LinkPurpose::ActivateUser { user } => {
                let u = self.user(*user)?;
                match u.state {
                    UserState::Inactive => {
                        return Err(CommandError::WrongState("This account is deactivated. Contact your administrator."))
                    }
                    UserState::DelayedClaim => {
                        return Err(CommandError::WrongState("Choose what happens to your previous account's data first."))
                    }
                    _ => {}
                }
                let state = u.state;
                self.mark_used(token, now, "account activation", ev);
                if state == UserState::NotVerified {
                    self.set_state(*user, UserState::Verified, StateReason::CompletedEmailVerification, ev);
                }
            }
        }
        Ok(())
    }

    fn check_onboarding_for_move(&self, id: SubscriberId, user: UserId) -> Check {
        let s = &self.subscribers[&id];
        match self.user_by_broadworks_id(&s.broadworks_user_id) {
            Some(u) if u.id != user => Check::Fail(FailureCode::BroadWorksIdInUse, s.broadworks_user_id.clone()),
            _ => Check::Ok,
        }
    }

    fn mark_used(&mut self, token: &Token, now: Timestamp, purpose: &str, ev: &mut Vec<Event>) {
        let key = self.links.get_mut(token).map(|l| {
            l.used = Some(now);
            link_key(&l.purpose)
        });
        if let Some(key) = key {
            if let Some(v) = self.live_links_mut().get_mut(&key) {
                v.retain(|t| t != token);
            }
        }
        ev.push(Event::LinkUsed { purpose: purpose.into() });
    }

    fn retry_activation(&mut self, id: SubscriberId, email: &str, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        self.check_retry(id)?;
        let email = Email::parse(email)?;
        self.supersede_links(LinkKey::Subscriber(id));
        self.sub_mut(id).failed_attempts = 0;
        self.onboard(id, email, false, now, rec, ev);
        Ok(())
    }

    fn delete_subscriber_user(&mut self, id: SubscriberId, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let s = self.subscriber(id)?;
        if let Some(u) = s.user.filter(|u| self.users.contains_key(u)) {
            self.remove_user(u, ev);
        }
        self.reset_subscriber(id, now, rec, ev);
        Ok(())
    }

    /// Forgets the Webex side of a subscriber and starts onboarding over.
    fn reset_subscriber(&mut self, id: SubscriberId, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        self.supersede_links(LinkKey::Subscriber(id));
        let s = self.sub_mut(id);
        s.user = None;
        s.email = None;
        s.error = None;
        s.failed_attempts = 0;
        s.self_activated = false;
        ev.push(Event::SubscriberUserDeleted { subscriber: id });
        // Start from the arrival state so the status change is logged.
        self.set_status(id, SubscriberStatus::PendingEmailInput, now, ev);
        self.admit(id, now, rec, ev);
    }

    fn change_package(&mut self, id: SubscriberId, package: Package, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let s = self.subscriber(id)?;
        if s.package == package {
            return Err(CommandError::Nothing("The user already has that package."));
        }
        let from = s.package;
        let provisioned = s.status == SubscriberStatus::Provisioned;
        if provisioned {
            self.set_status(id, SubscriberStatus::Updating, now, ev);
        }
        self.sub_mut(id).package = package;
        ev.push(Event::PackageChanged { subscriber: id, from, to: package });
        if provisioned {
            self.set_status(id, SubscriberStatus::Provisioned, now, ev);
        }
        Ok(())
    }

    // ------------------------------------------------------------------ control hub

    fn create_org(&mut self, name: &str, free: bool, ev: &mut Vec<Event>) -> Result<OrgId, CommandError> {
        let name = required("Organization name", name, 100)?;
        if self.orgs.values().any(|o| o.name.eq_ignore_ascii_case(&name)) {
            return Err(CommandError::Duplicate { what: "An organization named", name });
        }
        let id = OrgId(self.next_id());
        self.orgs.insert(
            id,
            Org {
                id,
                name: name.clone(),
                kind: if free { OrgKind::Free } else { OrgKind::Paid },
                domains: Vec::new(),
                automatic_activation_emails: true,
                directory_sync: false,
                linked_sites: Vec::new(),
            },
        );
        ev.push(Event::OrgCreated { org: id, name });
        Ok(id)
    }

    fn add_domain(&mut self, org: OrgId, domain: &str, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Free organizations cannot add domains."));
        }
        let name = parse_domain(domain)?;
        if o.domain(&name).is_some() {
            return Err(CommandError::Duplicate { what: "The domain", name });
        }
        let token = rec.next();
        let txt_value = format!("webex-domain-verification={}", token.0);
        self.org_mut(org).domains.push(Domain { name: name.clone(), txt_value, record_published: false, status: DomainStatus::Unverified });
        ev.push(Event::DomainAdded { org, domain: name });
        Ok(())
    }

    fn domain_step(&mut self, org: OrgId, domain: &str, step: DomainStep, ev: &mut Vec<Event>) -> Result<(), CommandError> {
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

    /// The state a newly added user gets (seed 003: Verified when the domain is verified).
    fn added_state(&self, org: OrgId, email: &Email) -> (UserState, StateReason) {
        if self.orgs.get(&org).is_some_and(|o| o.domain_verified(email.domain())) {
            (UserState::Verified, StateReason::AddedDomainVerified)
        } else {
            (UserState::NotVerified, StateReason::AddedDomainNotVerified)
        }
    }

    /// Validates a user to add to `org`.
    fn check_new_user(&self, org: OrgId, input: &UserInput) -> Result<(Email, String), CommandError> {
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

    fn add_users(&mut self, org: OrgId, inputs: &[UserInput], source: UserSource, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Users join free organizations by signing up; add users to a paid organization."));
        }
        if inputs.is_empty() {
            return Err(CommandError::Nothing("There are no users to add."));
        }
        if inputs.len() > MAX_BATCH {
            return Err(CommandError::BatchTooLarge(MAX_BATCH));
        }
        let mut seen = HashSet::default();
        let mut clean = Vec::with_capacity(inputs.len());
        for (row, input) in inputs.iter().enumerate() {
            let (email, name) = self.check_new_user(org, input).map_err(|e| bad_row(row, e))?;
            if !seen.insert(email.clone()) {
                return Err(CommandError::BadRow { row: row + 1, message: format!("{email} appears twice.") });
            }
            clean.push((email, name));
        }
        for (email, name) in clean {
            let (state, reason) = if source == UserSource::SiteLinking {
                (UserState::Verified, StateReason::AddedBySiteLinking)
            } else {
                self.added_state(org, &email)
            };
            let u = self.create_user(org, email, name, state, reason, source, now, ev);
            self.activation_email(u, MessageKind::Activation, false, now, rec, ev);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn create_user(&mut self, org: OrgId, email: Email, name: String, state: UserState, reason: StateReason, source: UserSource, now: Timestamp, ev: &mut Vec<Event>) -> UserId {
        debug_assert!(state != UserState::Inactive, "a new user is never Inactive");
        let id = UserId(self.next_id());
        self.index.by_email.insert(text_key(email.as_str(), false), id);
        ev.push(Event::UserCreated { user: id, org, email: email.to_string(), state });
        self.users.insert(
            id,
            User {
                id,
                org,
                email,
                name,
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
        id
    }

    fn set_state(&mut self, id: UserId, to: UserState, reason: StateReason, ev: &mut Vec<Event>) {
        let u = self.user_mut(id);
        let from = u.state;
        u.state = to;
        u.reason = reason;
        if from != to {
            ev.push(Event::UserStateChanged { user: id, from, to, reason });
        }
    }

    fn deactivate(&mut self, id: UserId, reason: StateReason, now: Timestamp, ev: &mut Vec<Event>) {
        let u = self.user_mut(id);
        u.state_before_inactive = Some((u.state, u.reason));
        u.inactive_since = Some(now);
        self.set_state(id, UserState::Inactive, reason, ev);
    }

    fn reactivate(&mut self, id: UserId, now: Timestamp, ev: &mut Vec<Event>) {
        let u = self.user_mut(id);
        let (state, _) = u.state_before_inactive.take().unwrap_or((UserState::NotVerified, StateReason::AddedDomainNotVerified));
        u.inactive_since = None;
        self.set_state(id, state, StateReason::Reactivated, ev);
        let u = &self.users[&id];
        let (to, org) = (u.email.to_string(), u.org);
        let suppressed = self.suppression(org);
        self.send(
            now,
            to,
            MessageKind::Reactivation,
            MailContent::Reactivation,
            None,
            suppressed,
            ev,
        );
    }

    fn remove_user(&mut self, id: UserId, ev: &mut Vec<Event>) {
        if let Some(u) = self.users.remove(&id) {
            self.index.by_email.remove(text_key(u.email.as_str(), false), id);
            if let Some(b) = &u.broadworks_user_id {
                self.index.by_broadworks_id.remove(text_key(b, false), id);
            }
            self.supersede_links(LinkKey::User(id));
            ev.push(Event::UserDeleted { user: id, email: u.email.to_string() });
        }
    }

    fn delete_user(&mut self, id: UserId, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        self.remove_user(id, ev);
        let linked: Vec<SubscriberId> = self.subscribers.values().filter(|s| s.user == Some(id)).map(|s| s.id).collect();
        for s in linked {
            self.reset_subscriber(s, now, rec, ev);
        }
    }

    fn move_user(&mut self, id: UserId, to_org: OrgId, ev: &mut Vec<Event>) {
        let u = self.user_mut(id);
        let from_org = u.org;
        u.org = to_org;
        ev.push(Event::UserMoved { user: id, from_org, to_org });
    }

    /// The state a user converted into `org` gets (seed 003).
    fn converted_state(&self, id: UserId, org: OrgId) -> (UserState, StateReason) {
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

    fn notify_conversion(&mut self, id: UserId, now: Timestamp, ev: &mut Vec<Event>) {
        let u = &self.users[&id];
        let org = self.orgs.get(&u.org).map(|o| o.name.clone()).unwrap_or_default();
        let to = u.email.to_string();
        let delayed = u.state == UserState::DelayedClaim;
        // Conversions from free to paid are always notified (seed 004), whatever the toggle.
        self.send(now, to, MessageKind::PaidConversion, MailContent::PaidConversion { org, delayed }, None, None, ev);
    }

    fn link_site(&mut self, org: OrgId, site: &str, ev: &mut Vec<Event>) -> Result<(), CommandError> {
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

    fn sync_directory(&mut self, org: OrgId, entries: &[DirectoryEntry], now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if !o.directory_sync {
            return Err(CommandError::SyncOff);
        }
        if entries.len() > MAX_BATCH {
            return Err(CommandError::BatchTooLarge(MAX_BATCH));
        }
        let mut listed = HashSet::default();
        for entry in entries {
            let email = match Email::parse(&entry.email) {
                Ok(e) => e,
                Err(e) => {
                    ev.push(Event::SyncEntryRejected { email: entry.email.trim().to_string(), reason: e.to_string() });
                    continue;
                }
            };
            if !listed.insert(email.clone()) {
                ev.push(Event::SyncEntryRejected { email: email.to_string(), reason: "Listed twice; the first entry was used.".into() });
                continue;
            }
            let name = entry.name.trim().chars().take(200).collect::<String>();
            match self.user_by_email(&email).map(|u| (u.id, u.org, u.state, u.reason)) {
                Some((id, uorg, state, reason)) if uorg == org => {
                    let u = self.user_mut(id);
                    u.source = UserSource::DirectorySync;
                    if !name.is_empty() {
                        u.name = name;
                    }
                    if !entry.enabled && state != UserState::Inactive {
                        self.deactivate(id, StateReason::DeactivatedBySync, now, ev);
                    } else if entry.enabled && state == UserState::Inactive && reason == StateReason::DeactivatedBySync {
                        self.reactivate(id, now, ev);
                    }
                }
                Some(_) => ev.push(Event::SyncEntryRejected {
                    email: email.to_string(),
                    reason: "Belongs to a user in another organization; claim the user first.".into(),
                }),
                None if self.domain_claimed_by(email.domain()).is_some_and(|c| c != org) => ev.push(Event::SyncEntryRejected {
                    email: email.to_string(),
                    reason: "The domain is claimed by another organization.".into(),
                }),
                None if !entry.enabled => ev.push(Event::SyncEntryRejected {
                    email: email.to_string(),
                    reason: "Disabled in the directory and not yet a user; not created (a new user cannot be Inactive).".into(),
                }),
                None => {
                    let (state, reason) = if self.orgs[&org].domain_verified(email.domain()) {
                        (UserState::Active, StateReason::SyncedDomainVerified)
                    } else {
                        (UserState::NotVerified, StateReason::SyncedDomainNotVerified)
                    };
                    let name = if name.is_empty() { email.as_str().split('@').next().unwrap_or("").to_string() } else { name };
                    let u = self.create_user(org, email, name, state, reason, UserSource::DirectorySync, now, ev);
                    self.activation_email(u, MessageKind::Activation, false, now, rec, ev);
                }
            }
        }
        // Synced users missing from the directory are deactivated by sync.
        let gone: Vec<UserId> = self
            .users
            .values()
            .filter(|u| u.org == org && u.source == UserSource::DirectorySync && u.state != UserState::Inactive && !listed.contains(&u.email))
            .map(|u| u.id)
            .collect();
        for id in gone {
            self.deactivate(id, StateReason::DeactivatedBySync, now, ev);
        }
        Ok(())
    }

    fn claim_users(&mut self, org: OrgId, users: &[UserId], mode: ClaimMode, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("A free organization cannot claim users; claim them into a paid organization."));
        }
        if users.is_empty() {
            return Err(CommandError::Nothing("Choose at least one user to claim."));
        }
        let mut seen = HashSet::default();
        for (row, id) in users.iter().enumerate() {
            let u = self.user(*id).map_err(|e| bad_row(row, e))?;
            if u.org == org {
                return Err(bad_row(row, CommandError::EmailInOrg(u.email.to_string())));
            }
            if !self.orgs.get(&u.org).is_some_and(|o| o.kind.is_free()) {
                return Err(bad_row(row, CommandError::NotClaimable(u.email.to_string())));
            }
            if matches!(u.state, UserState::Inactive | UserState::DelayedClaim) {
                return Err(bad_row(row, CommandError::WrongState("Inactive users and users already in a claim cannot be claimed.")));
            }
            if !seen.insert(*id) {
                return Err(CommandError::BadRow { row: row + 1, message: format!("{} is listed twice.", u.email) });
            }
        }
        for id in users {
            let from_org = self.users[id].org;
            let (state, reason) = self.converted_state(*id, org);
            self.move_user(*id, org, ev);
            let u = self.user_mut(*id);
            u.source = UserSource::Claimed;
            u.invited_at = now;
            u.reminder_done = false;
            match mode {
                ClaimMode::Immediate => self.set_state(*id, state, reason, ev),
                ClaimMode::Delayed => {
                    self.user_mut(*id).delayed_claim =
                        Some(DelayedClaim { from_org, deadline: now.plus(ttl::DELAYED_CLAIM), converted_state: state, converted_reason: reason });
                    self.set_state(*id, UserState::DelayedClaim, StateReason::ClaimedDelayed, ev);
                }
            }
            self.notify_conversion(*id, now, ev);
        }
        Ok(())
    }

    fn resolve_claim(&mut self, id: UserId, choice: DataChoice, by_default: bool, ev: &mut Vec<Event>) {
        let claim = self.user_mut(id).delayed_claim.take();
        let (state, reason) = claim.map(|c| (c.converted_state, c.converted_reason)).unwrap_or((UserState::NotVerified, StateReason::ConvertedNotVerified));
        ev.push(Event::ClaimResolved { user: id, choice, by_default });
        self.set_state(id, state, reason, ev);
    }

    fn sign_in(&mut self, id: UserId, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let u = self.check_sign_in(id)?;
        match u.state {
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
        Ok(())
    }

    /// Why automatic emails to this org are suppressed, if they are.
    fn suppression(&self, org: OrgId) -> Option<String> {
        match self.orgs.get(&org) {
            Some(o) if !o.automatic_activation_emails => Some("Automatic activation emails are off for this organization.".into()),
            _ => None,
        }
    }

    /// Sends (or suppresses) an activation or reminder email carrying a fresh activation link.
    fn activation_email(&mut self, id: UserId, kind: MessageKind, manual: bool, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        let u = &self.users[&id];
        let (to, org_id) = (u.email.to_string(), u.org);
        let org = self.orgs.get(&org_id).map(|o| o.name.clone()).unwrap_or_default();
        let suppressed = if manual { None } else { self.suppression(org_id) };
        let link = if suppressed.is_none() {
            let token = self.issue_link(LinkPurpose::ActivateUser { user: id }, now, ttl::ACTIVATE_USER, rec);
            Some(MailLink::Token(token))
        } else {
            None
        };
        let content = match kind {
            MessageKind::Reminder => MailContent::Reminder { org },
            _ => MailContent::Activation { org },
        };
        self.send(now, to, kind, content, link, suppressed, ev);
        let u = self.user_mut(id);
        if kind == MessageKind::Activation || manual {
            u.invited_at = now;
            u.reminder_done = kind == MessageKind::Reminder;
        }
    }

    fn send_invitations(&mut self, users: &[UserId], kind: MessageKind, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        if users.is_empty() {
            return Err(CommandError::Nothing("Choose at least one user."));
        }
        for (row, id) in users.iter().enumerate() {
            self.check_invitable(*id).map_err(|e| bad_row(row, e))?;
        }
        for id in users {
            self.activation_email(*id, kind, true, now, rec, ev);
        }
        Ok(())
    }

    fn convert_to_paid(&mut self, org: OrgId, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if !o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Only a free organization can be converted to a paid plan."));
        }
        self.org_mut(org).kind = OrgKind::Paid;
        ev.push(Event::OrgConvertedToPaid { org });
        let members: Vec<UserId> = self.users.values().filter(|u| u.org == org).map(|u| u.id).collect();
        for u in members {
            self.notify_conversion(u, now, ev);
        }
        Ok(())
    }

    fn sign_up_free(&mut self, org: OrgId, email: &str, name: &str, verified: bool, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.org(org)?;
        if !o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Self sign-up is for free organizations."));
        }
        let (email, name) = self.check_new_user(org, &UserInput { email: email.into(), name: name.into() })?;
        let (state, reason) = if verified {
            (UserState::Verified, StateReason::CompletedEmailVerification)
        } else {
            (UserState::NotVerified, StateReason::AddedDomainNotVerified)
        };
        self.create_user(org, email, name, state, reason, UserSource::SelfSignUp, now, ev);
        Ok(())
    }

    fn tick(&mut self, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        let due_claims: Vec<UserId> = self
            .users
            .values()
            .filter(|u| u.state == UserState::DelayedClaim && u.delayed_claim.as_ref().is_some_and(|c| now >= c.deadline))
            .map(|u| u.id)
            .collect();
        for id in due_claims {
            self.resolve_claim(id, DataChoice::MoveConversations, true, ev);
        }
        let expired: Vec<UserId> = self
            .users
            .values()
            .filter(|u| u.state == UserState::Inactive && u.inactive_since.is_some_and(|t| now >= t.plus(ttl::INACTIVE_RETENTION)))
            .map(|u| u.id)
            .collect();
        for id in expired {
            self.delete_user(id, now, rec, ev);
        }
        let reminders: Vec<UserId> = self
            .users
            .values()
            .filter(|u| u.not_activated() && !u.reminder_done && now >= u.invited_at.plus(ttl::REMINDER_AFTER))
            .filter(|u| !matches!(u.source, UserSource::SelfSignUp) && !self.orgs.get(&u.org).is_some_and(|o| o.kind.is_free()))
            .map(|u| u.id)
            .collect();
        for id in reminders {
            self.activation_email(id, MessageKind::Reminder, false, now, rec, ev);
            self.user_mut(id).reminder_done = true;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn send(&mut self, now: Timestamp, to: String, kind: MessageKind, content: MailContent, link: Option<MailLink>, suppressed: Option<String>, ev: &mut Vec<Event>) {
        let id = MessageId(self.next_id());
        let sent = suppressed.is_none();
        ev.push(Event::MessageQueued { message: id, kind, to: to.clone(), sent });
        self.outbox.push(Message {
            id,
            at: now,
            to,
            kind,
            content,
            link,
            delivery: match suppressed {
                None => Delivery::Sent,
                Some(why) => Delivery::Suppressed(why),
            },
        });
    }
}

#[derive(Clone, Copy)]
enum DomainStep {
    Publish,
    Verify,
    Claim,
    Remove,
}

#[derive(Debug, PartialEq, Eq, Hash, Clone, Copy)]
enum LinkKey {
    Subscriber(SubscriberId),
    User(UserId),
}

fn link_key(p: &LinkPurpose) -> LinkKey {
    match p {
        LinkPurpose::VerifySubscriberEmail { subscriber, .. } | LinkPurpose::MoveAccount { subscriber, .. } => LinkKey::Subscriber(*subscriber),
        LinkPurpose::ActivateUser { user } => LinkKey::User(*user),
    }
}
