//! Control Hub commands that reach beyond Control Hub's own state: adding users (who get an
//! activation email), reactivation, deletion (which resets a linked subscriber), directory
//! sync, claims, invitations, conversion to paid, and what the sandbox clock makes due.

use super::DomainStep;
use crate::command::*;
use crate::email::Email;
use crate::error::CommandError;
use crate::event::Event;
use crate::log::Recorder;
use crate::mail::{LinkKey, MailContent, MailLink};
use crate::model::*;
use crate::time::Timestamp;
use crate::error::bad_row;
use crate::workspace::Workspace;
use rustc_hash::FxHashSet as HashSet;

impl Workspace {
    pub(crate) fn create_org(&mut self, name: &str, free: bool, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let name = self.control.check_new_org(name)?;
        let id = OrgId(self.log.next_id());
        self.control.create_org(id, name, if free { OrgKind::Free } else { OrgKind::Paid }, ev);
        Ok(())
    }

    pub(crate) fn add_domain(&mut self, org: OrgId, domain: &str, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let name = self.control.check_new_domain(org, domain)?;
        let token = rec.next();
        self.control.add_domain(org, name, &token, ev);
        Ok(())
    }

    pub(crate) fn domain_step(&mut self, org: OrgId, domain: &str, step: DomainStep, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        self.control.domain_step(org, domain, step, ev)
    }

    pub(crate) fn add_users(&mut self, org: OrgId, inputs: &[UserInput], source: UserSource, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        self.check_adding(org, inputs.len())?;
        let mut seen = HashSet::default();
        let mut clean = Vec::with_capacity(inputs.len());
        for (row, input) in inputs.iter().enumerate() {
            let (email, name) = self.control.check_new_user(org, input).map_err(|e| bad_row(row, e))?;
            if !seen.insert(email.clone()) {
                return Err(bad_row(row, CommandError::ListedTwice(email.to_string())));
            }
            clean.push((email, name));
        }
        for (email, name) in clean {
            let (state, reason) = if source == UserSource::SiteLinking {
                (UserState::Verified, StateReason::AddedBySiteLinking)
            } else {
                self.control.added_state(org, &email)
            };
            let u = self.create_user(org, email, name, state, reason, source, now, ev);
            self.activation_email(u, MessageKind::Activation, false, now, rec, ev);
        }
        Ok(())
    }

    /// Whether `n` users may be added to `org` at once (a paid organization, at least one, at
    /// most a batch).
    fn check_adding(&self, org: OrgId, n: usize) -> Result<(), CommandError> {
        if self.control.org(org)?.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Users join free organizations by signing up; add users to a paid organization."));
        }
        if n == 0 {
            return Err(CommandError::Nothing("There are no users to add."));
        }
        if n > MAX_BATCH {
            return Err(CommandError::BatchTooLarge(MAX_BATCH));
        }
        Ok(())
    }

    /// Control Hub's users export into `org`: each user in the state the export gives.
    pub(crate) fn import_users(&mut self, org: OrgId, inputs: &[ExportedUser], now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        self.check_adding(org, inputs.len())?;
        let mut seen = HashSet::default();
        let mut clean = Vec::with_capacity(inputs.len());
        for (row, input) in inputs.iter().enumerate() {
            if input.state == UserState::DelayedClaim {
                return Err(bad_row(row, CommandError::Invalid("A Delayed Claim cannot be imported: the export does not say from which organization or until when.")));
            }
            let (email, name) = self.control.check_new_user(org, &UserInput { email: input.email.clone(), name: input.name.clone() }).map_err(|e| bad_row(row, e))?;
            if !seen.insert(email.clone()) {
                return Err(bad_row(row, CommandError::ListedTwice(email.to_string())));
            }
            clean.push((email, name, input.state));
        }
        for (email, name, state) in clean {
            let id = UserId(self.log.next_id());
            self.control.import_user(id, org, email, name, state, now, ev);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn create_user(&mut self, org: OrgId, email: Email, name: String, state: UserState, reason: StateReason, source: UserSource, now: Timestamp, ev: &mut Vec<Event>) -> UserId {
        let id = UserId(self.log.next_id());
        self.control.create_user(id, org, email, name, state, reason, source, now, ev);
        id
    }

    /// Reactivates a user and tells them (unless automatic emails are off).
    pub(crate) fn reactivate(&mut self, id: UserId, now: Timestamp, ev: &mut Vec<Event>) {
        self.control.reactivate(id, ev);
        let u = &self.control.users()[&id];
        let (to, org) = (u.email.to_string(), u.org);
        let suppressed = self.control.suppression(org);
        self.send(now, to, MessageKind::Reactivation, MailContent::Reactivation, None, suppressed, ev);
    }

    /// Removes a user and invalidates the links sent to them.
    pub(crate) fn remove_user(&mut self, id: UserId, ev: &mut Vec<Event>) {
        if self.control.remove_user(id, ev) {
            self.mail.supersede_links(LinkKey::User(id));
        }
    }

    /// Deletes a user; a BroadWorks subscriber linked to it starts onboarding over.
    pub(crate) fn delete_user(&mut self, id: UserId, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        self.remove_user(id, ev);
        for s in self.partner.subscribers_of_user(id) {
            self.reset_subscriber(s, now, rec, ev);
        }
    }

    /// Tells a user their account now belongs to a paid organization (always sent, seed 004).
    pub(crate) fn notify_conversion(&mut self, id: UserId, now: Timestamp, ev: &mut Vec<Event>) {
        let u = &self.control.users()[&id];
        let org = self.control.org_name(u.org);
        let to = u.email.to_string();
        let delayed = u.state == UserState::DelayedClaim;
        self.send(now, to, MessageKind::PaidConversion, MailContent::PaidConversion { org, delayed }, None, None, ev);
    }

    pub(crate) fn sync_directory(&mut self, org: OrgId, entries: &[DirectoryEntry], now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.control.org(org)?;
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
            match self.control.user_by_email(&email).map(|u| (u.id, u.org, u.state, u.reason)) {
                Some((id, uorg, state, reason)) if uorg == org => {
                    self.control.synced(id, name);
                    if !entry.enabled && state != UserState::Inactive {
                        self.control.deactivate(id, StateReason::DeactivatedBySync, now, ev);
                    } else if entry.enabled && state == UserState::Inactive && reason == StateReason::DeactivatedBySync {
                        self.reactivate(id, now, ev);
                    }
                }
                Some(_) => ev.push(Event::SyncEntryRejected {
                    email: email.to_string(),
                    reason: "Belongs to a user in another organization; claim the user first.".into(),
                }),
                None if self.control.domain_claimed_by(email.domain()).is_some_and(|c| c != org) => ev.push(Event::SyncEntryRejected {
                    email: email.to_string(),
                    reason: "The domain is claimed by another organization.".into(),
                }),
                None if !entry.enabled => ev.push(Event::SyncEntryRejected {
                    email: email.to_string(),
                    reason: "Disabled in the directory and not yet a user; not created (a new user cannot be Inactive).".into(),
                }),
                None => {
                    let (state, reason) = self.control.synced_state(org, &email);
                    let name = if name.is_empty() { email.as_str().split('@').next().unwrap_or("").to_string() } else { name };
                    let u = self.create_user(org, email, name, state, reason, UserSource::DirectorySync, now, ev);
                    self.activation_email(u, MessageKind::Activation, false, now, rec, ev);
                }
            }
        }
        // Synced users missing from the directory are deactivated by sync.
        for id in self.control.gone_from_directory(org, &listed) {
            self.control.deactivate(id, StateReason::DeactivatedBySync, now, ev);
        }
        Ok(())
    }

    pub(crate) fn claim_users(&mut self, org: OrgId, users: &[UserId], mode: ClaimMode, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        self.control.check_claim(org, users)?;
        for id in users {
            self.control.claim(*id, org, mode, now, ev);
            self.notify_conversion(*id, now, ev);
        }
        Ok(())
    }

    /// Sends (or suppresses) an activation or reminder email carrying a fresh activation link.
    pub(crate) fn activation_email(&mut self, id: UserId, kind: MessageKind, manual: bool, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        let u = &self.control.users()[&id];
        let (to, org_id) = (u.email.to_string(), u.org);
        let org = self.control.org_name(org_id);
        let suppressed = if manual { None } else { self.control.suppression(org_id) };
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
        if kind == MessageKind::Activation || manual {
            self.control.invited(id, kind == MessageKind::Reminder, now);
        }
    }

    pub(crate) fn send_invitations(&mut self, users: &[UserId], kind: MessageKind, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
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

    pub(crate) fn convert_to_paid(&mut self, org: OrgId, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        for u in self.control.convert_to_paid(org, ev)? {
            self.notify_conversion(u, now, ev);
        }
        Ok(())
    }

    pub(crate) fn sign_up_free(&mut self, org: OrgId, email: &str, name: &str, verified: bool, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let o = self.control.org(org)?;
        if !o.kind.is_free() {
            return Err(CommandError::WrongOrgKind("Self sign-up is for free organizations."));
        }
        let (email, name) = self.control.check_new_user(org, &UserInput { email: email.into(), name: name.into() })?;
        let (state, reason) = if verified {
            (UserState::Verified, StateReason::CompletedEmailVerification)
        } else {
            (UserState::NotVerified, StateReason::AddedDomainNotVerified)
        };
        self.create_user(org, email, name, state, reason, UserSource::SelfSignUp, now, ev);
        Ok(())
    }

    /// A user opens the activation link of their email.
    pub(crate) fn open_activation_link(&mut self, token: &Token, user: UserId, now: Timestamp, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        let u = self.control.user(user)?;
        match u.state {
            UserState::Inactive => return Err(CommandError::WrongState("This account is deactivated. Contact your administrator.")),
            UserState::DelayedClaim => return Err(CommandError::WrongState("Choose what happens to your previous account's data first.")),
            _ => {}
        }
        let state = u.state;
        self.mail.mark_used(token, now, crate::event::UsedLink::Activation, ev);
        if state == UserState::NotVerified {
            self.control.set_state(user, UserState::Verified, StateReason::CompletedEmailVerification, ev);
        }
        Ok(())
    }

    /// What became due by `now`: delayed claims take their default, users inactive for 30 days
    /// are deleted, and users who have not activated get their reminder.
    pub(crate) fn tick(&mut self, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) {
        for id in self.control.claims_due(now) {
            self.control.resolve_claim(id, DataChoice::MoveConversations, true, ev);
        }
        for id in self.control.inactive_expired(now) {
            self.delete_user(id, now, rec, ev);
        }
        for id in self.control.reminders_due(now) {
            self.activation_email(id, MessageKind::Reminder, false, now, rec, ev);
            self.control.reminder_sent(id);
        }
    }
}
