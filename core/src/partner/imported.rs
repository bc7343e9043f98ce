//! A customer's real subscribers, imported from the Webex BroadWorks subscribers API's JSON
//! (`import::api` reads it): into a new workspace, one template per provisioning ID, one
//! customer per enterprise, each subscriber in the status the API gave, and what the model has
//! no field for kept as [`Reported`]. Nothing is invented: a template made for a provisioning ID
//! is marked as imported (its settings are not in the file), and the diagnosis says so.

use super::{Imported, PartnerHub};
use crate::command::{ApiSubscriber, MAX_BATCH};
use crate::error::CommandError;
use crate::event::Event;
use crate::model::*;
use crate::time::Timestamp;
use crate::workspace::Workspace;
use std::collections::HashMap;

/// The provisioning ID given to the template of subscribers whose file has none.
pub const UNKNOWN_PROVISIONING_ID: &str = "not-in-the-file";

impl PartnerHub {
    /// What the import read beyond the model's fields (empty for a simulated workspace).
    pub fn imported(&self) -> &Imported {
        &self.imported
    }

    /// The facts the import read for this subscriber, if it was imported.
    pub fn reported(&self, id: SubscriberId) -> Option<&Reported> {
        self.imported.subscribers.get(&id)
    }

    /// True when the workspace holds a customer's real data (an import from the Webex API).
    pub fn holds_real_data(&self) -> bool {
        !self.imported.is_empty()
    }

    /// The error the import read for this subscriber, verbatim, while it still stands: the
    /// subscriber is in the status it was imported in and the simulation recorded no failure of
    /// its own since (a rehearsal moves it on). The User Status view shows it, Copy Error Text
    /// copies it, search and export read it.
    pub fn reported_error(&self, s: &Subscriber) -> Option<&ReportedError> {
        if s.error.is_some() {
            return None;
        }
        let r = self.imported.subscribers.get(&s.id)?;
        (r.status == Some(s.status)).then(|| r.errors.first()).flatten()
    }

    /// True when the template was made by an import: its settings are not known.
    pub fn template_imported(&self, id: TemplateId) -> bool {
        self.imported.templates.contains(&id)
    }
}

impl Workspace {
    pub(crate) fn import_from_api(&mut self, subscribers: &[ApiSubscriber], now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        // A new workspace, or one that holds only what earlier parts of the same import brought
        // (a large import is applied in parts, so the page never freezes long).
        let p = &self.partner;
        let only_imported = p.templates.keys().all(|t| p.imported.templates.contains(t))
            && p.subscribers.keys().all(|s| p.imported.subscribers.contains_key(s))
            && self.control.orgs().is_empty();
        if !only_imported {
            return Err(CommandError::Invalid("An import from the Webex API goes into a new, empty workspace."));
        }
        if subscribers.is_empty() {
            return Err(CommandError::Invalid("The files hold no subscriber to import."));
        }
        if subscribers.len() > MAX_BATCH {
            return Err(CommandError::BatchTooLarge(MAX_BATCH));
        }
        let mut seen = std::collections::HashSet::with_capacity(subscribers.len());
        for s in subscribers {
            if s.user_id.trim().is_empty() || s.user_id.contains(char::is_whitespace) {
                return Err(CommandError::Invalid("A BroadWorks user ID cannot contain spaces."));
            }
            let key = s.user_id.to_ascii_lowercase();
            if !seen.insert(key.clone()) || (!self.partner.subscribers.is_empty() && self.partner.has_bwid(&key)) {
                return Err(CommandError::AlreadyProvisioned(s.user_id.clone()));
            }
        }

        let existing_templates: Vec<(String, TemplateId)> = self.partner.templates.values().map(|t| (t.provisioning_id.clone(), t.id)).collect();
        let existing_customers: Vec<(String, CustomerId)> = self.partner.customers.values().map(|c| (c.enterprise_id.clone(), c.id)).collect();
        let mut templates: HashMap<&str, TemplateId> = existing_templates.iter().map(|(p, t)| (p.as_str(), *t)).collect();
        let mut customers: HashMap<&str, CustomerId> = existing_customers.iter().map(|(e, c)| (e.as_str(), *c)).collect();
        for s in subscribers {
            let pid = s.provisioning_id.as_deref().unwrap_or(UNKNOWN_PROVISIONING_ID);
            let template = match templates.get(pid) {
                Some(t) => *t,
                None => {
                    let id = TemplateId(self.log.next_id());
                    let t = Template {
                        id,
                        name: pid.to_string(),
                        provisioning_id: pid.to_string(),
                        package: s.package,
                        auth: AuthMode::BroadWorks,
                        untrusted_emails: true,
                        share_link: format!("/activate/{pid}"),
                    };
                    self.partner.templates.insert(id, t);
                    self.partner.imported.templates.insert(id);
                    ev.push(Event::TemplateCreated { template: id, name: pid.to_string() });
                    templates.insert(pid, id);
                    id
                }
            };
            let customer = match customers.get(s.enterprise.as_str()) {
                Some(c) => *c,
                None => {
                    let id = CustomerId(self.log.next_id());
                    self.partner.create_customer(id, s.enterprise.clone(), s.enterprise.clone(), template, ev);
                    customers.insert(&s.enterprise, id);
                    id
                }
            };
            let id = SubscriberId(self.log.next_id());
            self.partner.subscribers.insert(
                id,
                Subscriber {
                    id,
                    customer,
                    broadworks_user_id: s.user_id.as_str().into(),
                    name: s.display_name().unwrap_or_default().into(),
                    package: s.package,
                    portal_password: "".into(),
                    broadworks_email: None,
                    email: s.email.clone(),
                    status: s.status,
                    error: None,
                    failed_attempts: 0,
                    self_activated: s.self_activated == Some(true),
                    last_status_change: s.last_status_change.unwrap_or(now),
                    user: None,
                },
            );
            self.partner.imported.subscribers.insert(
                id,
                Reported {
                    api_id: s.id.clone(),
                    person_id: s.person_id.clone(),
                    provisioning_id: s.provisioning_id.clone(),
                    status: Some(s.status),
                    errors: s.errors.clone(),
                    created: s.created,
                    last_status_change: s.last_status_change,
                    self_activated: s.self_activated,
                    first_name: s.first_name.clone(),
                    last_name: s.last_name.clone(),
                    primary_phone: s.primary_phone.clone(),
                    mobile_phone: s.mobile_phone.clone(),
                    extension: s.extension.clone(),
                },
            );
            if let Some(ix) = self.partner.index.by_bwid.get_mut() {
                ix.insert(crate::index::text_key(&s.user_id, true), id);
            }
            ev.push(Event::SubscriberReceived { subscriber: id, broadworks_user_id: s.user_id.clone() });
            if s.status != SubscriberStatus::PendingEmailInput {
                ev.push(Event::SubscriberStatusChanged { subscriber: id, from: SubscriberStatus::PendingEmailInput, to: s.status });
            }
        }
        Ok(())
    }
}
