//! Partner Hub: the service provider, its customer onboarding templates, its customers and
//! their BroadWorks subscribers with their provisioning status (seeds 000–002).
//!
//! [`PartnerHub`] owns that state and the rules that read only it. The self-provisioning flow
//! that crosses into Control Hub and mail (the User Activation Portal, Retry Activation, Delete
//! User, Change Package Type) is in [`portal`], as commands of the workspace.

mod imported;
mod portal;

use crate::command::*;
use crate::email::Email;
use crate::error::CommandError;
use crate::event::Event;
use crate::index::{text_key, ByText, SearchText};
use crate::model::*;
use crate::time::Timestamp;
use crate::error::required;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

/// How many cached subscriber orders a workspace keeps (one per User Status sort column).
pub const ORDER_SLOTS: usize = 8;

/// Partner Hub's state.
#[derive(Debug, Clone, Default)]
pub struct PartnerHub {
    details: Partner,
    templates: BTreeMap<TemplateId, Template>,
    customers: BTreeMap<CustomerId, Customer>,
    subscribers: BTreeMap<SubscriberId, Subscriber>,
    /// What an import from the Webex API said that the model has no field for (`imported.rs`).
    imported: Imported,
    index: Index,
}

/// A workspace's real data: what the import from the Webex API read, beyond the model's fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// The templates made for the file's provisioning IDs: their settings are not in the file.
    pub templates: std::collections::BTreeSet<TemplateId>,
    /// The facts of each imported subscriber.
    pub subscribers: BTreeMap<SubscriberId, Reported>,
}

impl Imported {
    /// True when nothing was imported.
    pub fn is_empty(&self) -> bool {
        self.templates.is_empty() && self.subscribers.is_empty()
    }
}

/// Lookups derived from the state.
#[derive(Debug, Clone, Default)]
struct Index {
    /// Subscribers by lower-cased BroadWorks user ID (across customers). Built on first use
    /// after loading (opening a workspace should not wait for it).
    by_bwid: std::sync::OnceLock<ByText<SubscriberId>>,
    /// The User Status search text, built on first use after a change.
    search: std::sync::OnceLock<SearchText>,
    /// What the User Status filters read, packed by position, built on first use after a change.
    facts: std::sync::OnceLock<SubscriberFacts>,
    /// Subscriber orders for sorting, one slot per sort column.
    orders: crate::index::Orders<SubscriberId, ORDER_SLOTS>,
}

impl PartialEq for PartnerHub {
    fn eq(&self, o: &Self) -> bool {
        // The index derives from the rest.
        self.details == o.details && self.templates == o.templates && self.customers == o.customers && self.subscribers == o.subscribers && self.imported == o.imported
    }
}
impl Eq for PartnerHub {}

/// What the User Status view filters by, one entry per subscriber in id order, packed in small
/// arrays: a filter over 100,000 subscribers reads a few hundred kilobytes in order instead of
/// visiting each subscriber's record.
#[derive(Debug, Clone, Default)]
pub struct SubscriberFacts {
    /// The subscriber at each position.
    pub ids: Vec<SubscriberId>,
    /// Its status.
    pub status: Vec<SubscriberStatus>,
    /// The template its customer is onboarded with (`None` when the customer or template is gone).
    pub template: Vec<Option<TemplateId>>,
    /// Its customer (the customer page's list reads this, not every subscriber).
    pub customer: Vec<CustomerId>,
}

impl SubscriberFacts {
    fn build(hub: &PartnerHub) -> SubscriberFacts {
        let n = hub.subscribers.len();
        let mut f = SubscriberFacts { ids: Vec::with_capacity(n), status: Vec::with_capacity(n), template: Vec::with_capacity(n), customer: Vec::with_capacity(n) };
        for s in hub.subscribers.values() {
            f.ids.push(s.id);
            f.status.push(s.status);
            f.customer.push(s.customer);
            f.template.push(hub.customers.get(&s.customer).map(|c| c.template));
        }
        f
    }
}

/// Every subscriber's searchable text (BroadWorks ID, name, email, error) in id order.
fn subscriber_search(hub: &PartnerHub) -> SearchText {
    let mut text = SearchText::with_capacity(hub.subscribers.len(), 64);
    for s in hub.subscribers.values() {
        let error = match &s.error {
            Some(e) => e.code.text(),
            None => hub.reported_error(s).map_or("", |e| e.description.as_str()),
        };
        text.push([s.broadworks_user_id.as_str(), s.name.as_str(), s.email.as_ref().map_or("", |e| e.as_str()), error]);
    }
    text
}

impl PartnerHub {
    pub(crate) fn from_parts(
        details: Partner,
        templates: BTreeMap<TemplateId, Template>,
        customers: BTreeMap<CustomerId, Customer>,
        subscribers: BTreeMap<SubscriberId, Subscriber>,
        imported: Imported,
    ) -> PartnerHub {
        PartnerHub { details, templates, customers, subscribers, imported, index: Index::default() }
    }

    /// The service provider.
    pub fn details(&self) -> &Partner {
        &self.details
    }

    /// Customer onboarding templates.
    pub fn templates(&self) -> &BTreeMap<TemplateId, Template> {
        &self.templates
    }

    /// Customers (BroadWorks enterprises).
    pub fn customers(&self) -> &BTreeMap<CustomerId, Customer> {
        &self.customers
    }

    /// BroadWorks subscribers.
    pub fn subscribers(&self) -> &BTreeMap<SubscriberId, Subscriber> {
        &self.subscribers
    }

    /// The template a subscriber is onboarded with.
    pub fn template_of(&self, s: &Subscriber) -> Option<&Template> {
        self.customers.get(&s.customer).and_then(|c| self.templates.get(&c.template))
    }

    /// The template with this provisioning ID (from an Activation link).
    pub fn template_by_provisioning_id(&self, pid: &str) -> Option<&Template> {
        self.templates.values().find(|t| t.provisioning_id == pid)
    }

    /// Portal sign-in: the subscriber of this template with these credentials.
    pub fn portal_sign_in(&self, provisioning_id: &str, broadworks_user_id: &str, password: &str) -> Result<&Subscriber, CommandError> {
        let t = self
            .template_by_provisioning_id(provisioning_id)
            .ok_or(CommandError::PortalUnavailable("This activation link does not belong to any template."))?;
        if let Some(p) = t.self_activation_problem() {
            return Err(CommandError::PortalUnavailable(p.text()));
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

    /// The User Status search text (built on first use after a change).
    pub fn subscriber_search(&self) -> &SearchText {
        self.index.search.get_or_init(|| subscriber_search(self))
    }

    /// The filters' facts (built on first use after a change).
    pub fn subscriber_facts(&self) -> &SubscriberFacts {
        self.index.facts.get_or_init(|| SubscriberFacts::build(self))
    }

    /// A subscriber order cached in `slot` until the next change: the positions of all
    /// subscribers (in id order) as `build` sorts them. `build` gets this slot's order from
    /// before the last change when the subscribers are still the same ones, to sort from.
    pub fn subscriber_order(&self, slot: usize, build: impl FnOnce(&PartnerHub, Option<Vec<u32>>) -> Vec<u32>) -> &[u32] {
        self.index.orders.get(slot, self.subscribers.keys(), |start| build(self, start))
    }

    /// Forgets the search text, the facts and the sort orders (after any change); the orders
    /// are kept aside, with the ids they sorted, to sort again from.
    pub(crate) fn changed(&mut self) {
        self.index.search = std::sync::OnceLock::new();
        let facts = std::mem::take(&mut self.index.facts);
        self.index.orders.changed(facts.into_inner().map(|f| f.ids));
    }

    fn bwid_index(&self) -> &ByText<SubscriberId> {
        self.index.by_bwid.get_or_init(|| {
            let mut ix = ByText::default();
            for sub in self.subscribers.values() {
                ix.insert(text_key(&sub.broadworks_user_id, true), sub.id);
            }
            ix
        })
    }

    /// True when this customer already has a subscriber with this BroadWorks user ID
    /// (lower-cased).
    fn has_subscriber(&self, customer: CustomerId, bwid_lower: &str) -> bool {
        self.bwid_index()
            .candidates(text_key(bwid_lower, true))
            .filter_map(|i| self.subscribers.get(&i))
            .any(|s| s.customer == customer && s.broadworks_user_id.eq_ignore_ascii_case(bwid_lower))
    }

    /// True when any customer has a subscriber with this BroadWorks user ID (any case).
    pub(crate) fn has_bwid(&self, bwid: &str) -> bool {
        self.bwid_index()
            .candidates(text_key(bwid, true))
            .filter_map(|i| self.subscribers.get(&i))
            .any(|s| s.broadworks_user_id.eq_ignore_ascii_case(bwid))
    }

    pub(crate) fn subscriber(&self, id: SubscriberId) -> Result<&Subscriber, CommandError> {
        self.subscribers.get(&id).ok_or(CommandError::NoSubscriber(id))
    }

    /// A subscriber checked to exist before the command began to change anything.
    pub(crate) fn sub_mut(&mut self, id: SubscriberId) -> &mut Subscriber {
        self.subscribers.get_mut(&id).expect("checked before mutation")
    }

    pub(crate) fn customer(&self, id: CustomerId) -> Result<&Customer, CommandError> {
        self.customers.get(&id).ok_or(CommandError::NoCustomer(id))
    }

    /// The subscribers linked to a Webex user.
    pub(crate) fn subscribers_of_user(&self, user: UserId) -> Vec<SubscriberId> {
        self.subscribers.values().filter(|s| s.user == Some(user)).map(|s| s.id).collect()
    }

    // ------------------------------------------------------------------ templates, customers

    /// Validates a template's input; the name it will have.
    pub(crate) fn check_template_input(&self, input: &TemplateInput, except: Option<TemplateId>) -> Result<String, CommandError> {
        let name = required("Template name", &input.name, 100)?;
        if self.templates.values().any(|t| Some(t.id) != except && t.name.eq_ignore_ascii_case(&name)) {
            return Err(CommandError::Duplicate { what: "A template named", name });
        }
        if input.share_link.chars().count() > 500 {
            return Err(CommandError::TooLong { field: "Share Link", max: 500 });
        }
        Ok(name)
    }

    /// Adds a checked template; its provisioning ID comes from `token`.
    pub(crate) fn create_template(&mut self, id: TemplateId, name: String, input: &TemplateInput, token: &Token, ev: &mut Vec<Event>) {
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
    }

    pub(crate) fn update_template(&mut self, id: TemplateId, input: &TemplateInput, ev: &mut Vec<Event>) -> Result<(), CommandError> {
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

    /// Validates a new customer: its name and enterprise ID.
    pub(crate) fn check_customer(&self, name: &str, enterprise_id: &str, template: TemplateId) -> Result<(String, String), CommandError> {
        let name = required("Customer name", name, 100)?;
        let enterprise_id = required("BroadWorks enterprise ID", enterprise_id, 100)?;
        if !self.templates.contains_key(&template) {
            return Err(CommandError::NoTemplate(template));
        }
        if self.customers.values().any(|c| c.enterprise_id.eq_ignore_ascii_case(&enterprise_id)) {
            return Err(CommandError::Duplicate { what: "A customer with enterprise ID", name: enterprise_id });
        }
        Ok((name, enterprise_id))
    }

    pub(crate) fn create_customer(&mut self, id: CustomerId, name: String, enterprise_id: String, template: TemplateId, ev: &mut Vec<Event>) {
        self.customers.insert(id, Customer { id, name: name.clone(), enterprise_id, template, org: None });
        ev.push(Event::CustomerCreated { customer: id, name });
    }

    pub(crate) fn update_customer(&mut self, customer: CustomerId, name: &str, template: TemplateId, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        self.customer(customer)?;
        let name = required("Customer name", name, 100)?;
        if !self.templates.contains_key(&template) {
            return Err(CommandError::NoTemplate(template));
        }
        let c = self.customers.get_mut(&customer).expect("checked");
        c.name = name.clone();
        c.template = template;
        ev.push(Event::CustomerUpdated { customer, name, template });
        Ok(())
    }

    /// Records the Webex organization created for a customer.
    pub(crate) fn set_customer_org(&mut self, customer: CustomerId, org: OrgId) {
        if let Some(c) = self.customers.get_mut(&customer) {
            c.org = Some(org);
        }
    }

    // ------------------------------------------------------------------ subscribers

    /// Validates subscribers to provision for `customer`: each row's BroadWorks user ID, name,
    /// portal password and email, and that no ID is there twice.
    pub(crate) fn check_new_subscribers(&self, customer: CustomerId, inputs: &[SubscriberInput]) -> Result<Vec<NewSubscriber>, CommandError> {
        let c = self.customer(customer)?;
        let template = self.templates.get(&c.template).ok_or(CommandError::NoTemplate(c.template))?;
        if inputs.is_empty() {
            return Err(CommandError::Nothing("There are no subscribers to provision."));
        }
        if inputs.len() > MAX_BATCH {
            return Err(CommandError::BatchTooLarge(MAX_BATCH));
        }
        let mut seen = rustc_hash::FxHashSet::default();
        let mut clean = Vec::with_capacity(inputs.len());
        for (row, i) in inputs.iter().enumerate() {
            let bad_row = |e| crate::error::bad_row(row, e);
            let bwid = required("BroadWorks user ID", &i.broadworks_user_id, 128).map_err(bad_row)?;
            if bwid.chars().any(char::is_whitespace) {
                return Err(bad_row(CommandError::Invalid("A BroadWorks user ID cannot contain spaces.")));
            }
            let name = required("Name", &i.name, 200).map_err(bad_row)?;
            let password = required("Portal password", &i.portal_password, 128).map_err(bad_row)?;
            let email = match i.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
                Some(e) => Some(crate::email::Email::parse(e).map_err(|e| bad_row(e.into()))?),
                None => None,
            };
            let key = bwid.to_ascii_lowercase();
            if self.has_subscriber(customer, &key) || !seen.insert(key) {
                return Err(bad_row(CommandError::AlreadyProvisioned(bwid)));
            }
            clean.push(NewSubscriber { bwid, name, package: i.package.unwrap_or(template.package), password, email });
        }
        Ok(clean)
    }

    /// Adds a checked subscriber, awaiting its email.
    pub(crate) fn receive(&mut self, id: SubscriberId, customer: CustomerId, new: NewSubscriber, now: Timestamp, ev: &mut Vec<Event>) {
        let NewSubscriber { bwid, name, package, password, email } = new;
        self.subscribers.insert(
            id,
            Subscriber {
                id,
                customer,
                broadworks_user_id: bwid.clone().into(),
                name: name.into(),
                package,
                portal_password: password.into(),
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
        if let Some(ix) = self.index.by_bwid.get_mut() {
            ix.insert(text_key(&bwid, true), id);
        }
        ev.push(Event::SubscriberReceived { subscriber: id, broadworks_user_id: bwid });
    }

    pub(crate) fn set_status(&mut self, id: SubscriberId, to: SubscriberStatus, now: Timestamp, ev: &mut Vec<Event>) {
        let s = self.sub_mut(id);
        if s.status != to {
            let from = s.status;
            s.status = to;
            s.last_status_change = now;
            ev.push(Event::SubscriberStatusChanged { subscriber: id, from, to });
        }
    }

    /// Records a failure and moves the subscriber to Error; returns the attempt number.
    /// `counts` is true for the user's own portal attempts.
    pub(crate) fn record_failure(&mut self, id: SubscriberId, code: FailureCode, detail: String, counts: bool, now: Timestamp, ev: &mut Vec<Event>) -> u8 {
        let s = self.sub_mut(id);
        if counts {
            s.failed_attempts = s.failed_attempts.saturating_add(1);
        }
        let attempt = s.failed_attempts;
        s.error = Some(Failure { code, detail, at: now });
        if s.user.is_none() {
            s.email = None; // the address tried is in the error; nothing pending uses it
        }
        ev.push(Event::OnboardingFailed { subscriber: id, code, attempt });
        self.set_status(id, SubscriberStatus::Error, now, ev);
        attempt
    }

    /// Sets the email the subscriber is onboarding with (and clears a past error).
    pub(crate) fn set_pending_email(&mut self, id: SubscriberId, email: Email, clear_error: bool) {
        let s = self.sub_mut(id);
        s.email = Some(email);
        if clear_error {
            s.error = None;
        }
    }

    /// The subscriber is provisioned as `user`.
    pub(crate) fn provisioned(&mut self, id: SubscriberId, email: Email, user: UserId, self_activated: bool, now: Timestamp, ev: &mut Vec<Event>) {
        let s = self.sub_mut(id);
        s.email = Some(email);
        s.user = Some(user);
        s.error = None;
        s.failed_attempts = 0;
        s.self_activated = self_activated;
        self.set_status(id, SubscriberStatus::Provisioned, now, ev);
    }

    pub(crate) fn clear_attempts(&mut self, id: SubscriberId) {
        self.sub_mut(id).failed_attempts = 0;
    }

    /// Forgets the Webex side of a subscriber (Delete User): back to awaiting its email.
    pub(crate) fn forget_user(&mut self, id: SubscriberId, now: Timestamp, ev: &mut Vec<Event>) {
        let s = self.sub_mut(id);
        s.user = None;
        s.email = None;
        s.error = None;
        s.failed_attempts = 0;
        s.self_activated = false;
        ev.push(Event::SubscriberUserDeleted { subscriber: id });
        // Start from the arrival state so the status change is logged.
        self.set_status(id, SubscriberStatus::PendingEmailInput, now, ev);
    }

    pub(crate) fn change_package(&mut self, id: SubscriberId, package: Package, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
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
}

/// A checked subscriber row, ready to add.
pub(crate) struct NewSubscriber {
    bwid: String,
    name: String,
    package: Package,
    password: String,
    email: Option<Email>,
}
