//! Self-provisioning: a subscriber arrives from BroadWorks, gives and verifies an email in the
//! User Activation Portal (or is trusted with BroadWorks' email), and becomes a Webex user; the
//! partner administrator's repairs (Retry Activation, Delete User, Change Package Type).
//! These commands cross into Control Hub (the customer's organization and its users) and mail,
//! through those modules' methods.

use crate::command::*;
use crate::email::Email;
use crate::error::CommandError;
use crate::event::Event;
use crate::log::Recorder;
use crate::mail::{LinkKey, MailContent, MailLink};
use crate::model::*;
use crate::time::Timestamp;
use crate::workspace::Workspace;

/// Outcome of the onboarding checks for one email.
enum Check {
    Ok,
    Migrate(UserId),
    Fail(FailureCode, String),
}

impl Workspace {
    pub(crate) fn create_template(&mut self, input: &TemplateInput, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let name = self.partner.check_template_input(input, None)?;
        let id = TemplateId(self.log.next_id());
        let token = rec.next();
        self.partner.create_template(id, name, input, &token, ev);
        Ok(())
    }

    pub(crate) fn create_customer(&mut self, name: &str, enterprise_id: &str, template: TemplateId, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let (name, enterprise_id) = self.partner.check_customer(name, enterprise_id, template)?;
        let id = CustomerId(self.log.next_id());
        self.partner.create_customer(id, name, enterprise_id, template, ev);
        Ok(())
    }

    pub(crate) fn provision_subscribers(&mut self, customer: CustomerId, inputs: &[SubscriberInput], now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        for new in self.partner.check_new_subscribers(customer, inputs)? {
            let id = SubscriberId(self.log.next_id());
            self.partner.receive(id, customer, new, now, ev);
            self.admit(id, now, rec, ev);
        }
        Ok(())
    }

    /// Starts onboarding for a subscriber that just arrived (or was reset by Delete User).
    fn admit(&mut self, id: SubscriberId, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        let s = &self.partner.subscribers()[&id];
        let Some(t) = self.partner.template_of(s) else { return };
        if t.untrusted_emails {
            match t.self_activation_problem() {
                Some(p) => self.fail(id, FailureCode::TemplateNotConfigured, p.text().to_string(), false, now, ev),
                None => self.partner.set_status(id, SubscriberStatus::PendingEmailInput, now, ev),
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
        let s = &self.partner.subscribers()[&id];
        let own_org = self.partner.customers().get(&s.customer).and_then(|c| c.org);
        if let Some(u) = self.control.user_by_broadworks_id(&s.broadworks_user_id) {
            if Some(u.id) != s.user {
                return Check::Fail(FailureCode::BroadWorksIdInUse, s.broadworks_user_id.to_string());
            }
        }
        if let Some(org) = self.control.domain_claimed_by(email.domain()) {
            if Some(org) != own_org {
                return Check::Fail(FailureCode::DomainClaimed, email.domain().to_string());
            }
        }
        if let Some(u) = self.control.user_by_email(email) {
            if Some(u.id) != s.user {
                let kind = self.control.orgs().get(&u.org).map(|o| o.kind);
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

    /// Records a failure. `counts` is true for the user's own portal attempts: the second one
    /// notifies the partner administrator and locks the portal until the administrator acts.
    fn fail(&mut self, id: SubscriberId, code: FailureCode, detail: String, counts: bool, now: Timestamp, ev: &mut Vec<Event>) {
        let attempt = self.partner.record_failure(id, code, detail, counts, now, ev);
        if counts && attempt == 2 {
            let s = &self.partner.subscribers()[&id];
            let bwid = s.broadworks_user_id.clone();
            let copy = s.error.as_ref().map(Failure::copy_text).unwrap_or_default();
            let to = self.partner.details().admin_email.clone();
            let status_page = self.partner.template_of(s).map_or_else(|| MailLink::Page("/partner/templates".into()), |t| MailLink::UserStatus(t.id));
            self.send(now, to, MessageKind::AdminAlert, MailContent::AdminAlert { broadworks_user_id: bwid.to_string(), error: copy }, Some(status_page), None, ev);
        }
    }

    /// The customer's Webex organization, created with its first user.
    fn ensure_org(&mut self, customer: CustomerId, ev: &mut Vec<Event>) -> OrgId {
        let c = &self.partner.customers()[&customer];
        if let Some(org) = c.org.filter(|o| self.control.orgs().contains_key(o)) {
            return org;
        }
        let name = c.name.clone();
        let id = OrgId(self.log.next_id());
        self.control.create_org(id, name, OrgKind::Customer(customer), ev);
        self.partner.set_customer_org(customer, id);
        id
    }

    fn complete_provisioning(&mut self, id: SubscriberId, email: Email, self_activated: bool, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        self.partner.set_status(id, SubscriberStatus::Provisioning, now, ev);
        let customer = self.partner.subscribers()[&id].customer;
        let org = self.ensure_org(customer, ev);
        let (name, bwid, existing) = {
            let s = &self.partner.subscribers()[&id];
            (s.name.clone(), s.broadworks_user_id.clone(), s.user)
        };
        let user = match existing.filter(|u| self.control.users().contains_key(u)) {
            Some(u) => u,
            None => {
                let (state, reason) = if self_activated {
                    (UserState::Verified, StateReason::SelfActivatedInPortal)
                } else {
                    self.control.added_state(org, &email)
                };
                let u = self.create_user(org, email.clone(), name.to_string(), state, reason, UserSource::BroadWorks, now, ev);
                self.control.link_broadworks(u, &bwid);
                if self_activated {
                    self.send(now, email.to_string(), MessageKind::Welcome, MailContent::Welcome, None, None, ev);
                } else {
                    self.activation_email(u, MessageKind::Activation, false, now, rec, ev);
                }
                u
            }
        };
        self.partner.provisioned(id, email, user, self_activated, now, ev);
    }

    fn ask_migration(&mut self, id: SubscriberId, user: UserId, email: Email, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        self.partner.set_pending_email(id, email.clone(), true);
        let token = self.issue_link(LinkPurpose::MoveAccount { subscriber: id, user }, now, ttl::MOVE_ACCOUNT, rec);
        self.send(now, email.to_string(), MessageKind::MoveAccount, MailContent::MoveAccount, Some(MailLink::Token(token)), None, ev);
        self.partner.set_status(id, SubscriberStatus::PendingUserMigration, now, ev);
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn submit_email(
        &mut self,
        provisioning_id: &str,
        broadworks_user_id: &str,
        password: &str,
        email: &str,
        now: Timestamp,
        rec: &mut Recorder,
        ev: &mut Vec<Event>,
    ) -> Result<(), CommandError> {
        let s = self.partner.portal_sign_in(provisioning_id, broadworks_user_id, password)?;
        let id = s.id;
        match s.status {
            SubscriberStatus::PendingEmailInput | SubscriberStatus::PendingEmailValidation | SubscriberStatus::PendingUserMigration => {}
            SubscriberStatus::Error if s.locked_for_portal() => return Err(CommandError::PortalLocked),
            SubscriberStatus::Error => {}
            other => {
                return Err(CommandError::NotAwaitingEmail(match other {
                    SubscriberStatus::Provisioned => "provisioned: sign in to the Webex App",
                    _ => "being provisioned",
                }))
            }
        }
        let email = match Email::parse(email) {
            Ok(e) => e,
            Err(e) => {
                self.fail(id, FailureCode::InvalidEmail, e.to_string(), true, now, ev);
                return Ok(());
            }
        };
        self.mail.supersede_links(LinkKey::Subscriber(id));
        match self.check_onboarding(id, &email) {
            Check::Ok => {
                self.partner.set_pending_email(id, email.clone(), false);
                let token = self.issue_link(LinkPurpose::VerifySubscriberEmail { subscriber: id, email: email.clone() }, now, ttl::VERIFY_EMAIL, rec);
                self.send(now, email.to_string(), MessageKind::EmailVerification, MailContent::EmailVerification, Some(MailLink::Token(token)), None, ev);
                self.partner.set_status(id, SubscriberStatus::PendingEmailValidation, now, ev);
            }
            Check::Migrate(user) => self.ask_migration(id, user, email, now, rec, ev),
            Check::Fail(code, detail) => self.fail(id, code, detail, true, now, ev),
        }
        Ok(())
    }

    /// The subscriber opens the email verification link the portal sent.
    pub(crate) fn open_verification_link(&mut self, token: &Token, subscriber: SubscriberId, email: &Email, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let s = self.partner.subscriber(subscriber)?;
        if s.status != SubscriberStatus::PendingEmailValidation || s.email.as_ref() != Some(email) {
            return Err(CommandError::LinkSuperseded);
        }
        self.mail.mark_used(token, now, crate::event::UsedLink::Verification, ev);
        self.onboard(subscriber, email.clone(), true, now, rec, ev);
        Ok(())
    }

    /// The subscriber consents to move their free account into the customer's organization.
    pub(crate) fn open_move_link(&mut self, token: &Token, subscriber: SubscriberId, user: UserId, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let s = self.partner.subscriber(subscriber)?;
        if s.status != SubscriberStatus::PendingUserMigration {
            return Err(CommandError::LinkSuperseded);
        }
        let (customer, bwid) = (s.customer, s.broadworks_user_id.clone());
        let u = self.control.user(user)?;
        if !self.control.is_free(u.org) {
            return Err(CommandError::LinkSuperseded);
        }
        let email = u.email.clone();
        self.mail.mark_used(token, now, crate::event::UsedLink::Move, ev);
        if self.control.user_by_broadworks_id(&bwid).is_some_and(|u| u.id != user) {
            self.fail(subscriber, FailureCode::BroadWorksIdInUse, bwid.to_string(), true, now, ev);
            return Ok(());
        }
        self.partner.set_status(subscriber, SubscriberStatus::Provisioning, now, ev);
        let org = self.ensure_org(customer, ev);
        self.control.move_user(user, org, ev);
        let (state, reason) = self.control.converted_state(user, org);
        self.control.set_state(user, state, reason, ev);
        self.control.link_broadworks(user, &bwid);
        self.notify_conversion(user, now, ev);
        self.partner.provisioned(subscriber, email, user, true, now, ev);
        Ok(())
    }

    pub(crate) fn retry_activation(&mut self, id: SubscriberId, email: &str, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        self.check_retry(id)?;
        let email = Email::parse(email)?;
        self.mail.supersede_links(LinkKey::Subscriber(id));
        self.partner.clear_attempts(id);
        self.onboard(id, email, false, now, rec, ev);
        Ok(())
    }

    pub(crate) fn delete_subscriber_user(&mut self, id: SubscriberId, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let s = self.partner.subscriber(id)?;
        if let Some(u) = s.user.filter(|u| self.control.users().contains_key(u)) {
            self.remove_user(u, ev);
        }
        self.reset_subscriber(id, now, rec, ev);
        Ok(())
    }

    /// Forgets the Webex side of a subscriber and starts onboarding over.
    pub(crate) fn reset_subscriber(&mut self, id: SubscriberId, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        self.mail.supersede_links(LinkKey::Subscriber(id));
        self.partner.forget_user(id, now, ev);
        self.admit(id, now, rec, ev);
    }
}
