//! The workspace: all state of one flowthrough sandbox, and `apply`, the only way to change it.
//!
//! A workspace composes the domains, each of which owns its state and the rules that read only
//! it: [`PartnerHub`] (templates, customers, subscribers), [`ControlHub`] (organizations,
//! users, domains, settings), [`Mail`] (outbox and links) and [`Log`] (journal, ids, sandbox
//! clock). `dispatch` routes each command; the commands that cross domains are `impl Workspace`
//! blocks in `partner/portal.rs` and `control/users.rs`, and reach other domains only through
//! their methods (the fields are private to each domain's module).
//!
//! Every handler first validates everything it needs (returning a [`CommandError`] with the
//! state untouched), then mutates. Nothing after the first mutation can fail.

use crate::command::*;
use crate::control::{ControlHub, DomainStep};
use crate::error::CommandError;
use crate::event::Event;
use crate::log::{Log, LogEntry, Recorder, Replayed, TokenSource};
use crate::mail::{Mail, MailContent, MailLink};
use crate::mail::Message;
use crate::model::*;
use crate::partner::PartnerHub;
use crate::text::{Arg, Text};
use crate::time::Timestamp;

/// All state of one sandbox.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Workspace {
    pub(crate) partner: PartnerHub,
    pub(crate) control: ControlHub,
    pub(crate) mail: Mail,
    pub(crate) log: Log,
}

/// Why a log could not be replayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayError {
    /// The entry.
    pub seq: u64,
    /// What went wrong.
    pub reason: ReplayReason,
}

/// What stopped a replay.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplayReason {
    /// The rules refused the logged command.
    #[error("{0}")]
    Refused(CommandError),
    /// Another entry was due first.
    #[error("expected entry {0} next")]
    OutOfSequence(u64),
    /// The command applied but gave other events than were logged.
    #[error("it does not give the same result here; the stored data is inconsistent")]
    Diverged,
    /// The older part of the log is still in storage (no entry was replayed).
    #[error("the older history is still being read; try again in a moment")]
    HistoryUnread,
}

impl std::fmt::Display for ReplayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.reason {
            ReplayReason::HistoryUnread => write!(f, "The older history is still being read; try again in a moment."),
            reason => write!(f, "Log entry {} could not be replayed: {reason}", self.seq),
        }
    }
}

impl std::error::Error for ReplayError {}

impl ReplayError {
    /// What to tell a person, in their language (`replay-error-…`; the English is `Display`).
    pub fn text(&self) -> Text {
        let reason: Arg = match &self.reason {
            ReplayReason::Refused(e) => e.text().into(),
            ReplayReason::OutOfSequence(next) => Text::new("replay-error-sequence").with("next", *next as i64).into(),
            ReplayReason::Diverged => Text::new("replay-error-diverged").into(),
            // Not about an entry: nothing was replayed yet.
            ReplayReason::HistoryUnread => return Text::new("replay-error-unread"),
        };
        Text::new("replay-error").with("seq", self.seq as i64).with("reason", reason)
    }
}

impl Workspace {
    /// An empty workspace.
    pub fn new() -> Workspace {
        Workspace::default()
    }

    /// Puts the domains together (after loading); the problems are the emails and BroadWorks
    /// IDs that belong to two users.
    pub(crate) fn from_parts(partner: PartnerHub, control: (ControlHub, Vec<String>), mail: Mail, log: Log) -> (Workspace, Vec<String>) {
        let (control, problems) = control;
        (Workspace { partner, control, mail, log }, problems)
    }

    /// Partner Hub: templates, customers, subscribers.
    pub fn partner(&self) -> &PartnerHub {
        &self.partner
    }

    /// Control Hub: organizations and users.
    pub fn control(&self) -> &ControlHub {
        &self.control
    }

    /// The outbox and the links.
    pub fn mail(&self) -> &Mail {
        &self.mail
    }

    /// The journal, the ids and the sandbox clock.
    pub fn log(&self) -> &Log {
        &self.log
    }

    /// Rebuilds a workspace by applying every logged command again to an empty one.
    pub fn replay(log: &[LogEntry]) -> Result<Workspace, ReplayError> {
        let mut ws = Workspace::new();
        for entry in log {
            let mut src = Replayed(entry.tokens.iter());
            ws.apply(entry.command.clone(), entry.at, &mut src)
                .map_err(|error| ReplayError { seq: entry.seq, reason: ReplayReason::Refused(error) })?;
        }
        Ok(ws)
    }

    /// Undo: the workspace as it was before its last `n` log entries, rebuilt by replaying the
    /// log without them (the whole log must be in memory: `log().entries().is_complete()`).
    /// Emails those entries sent leave the outbox with them; in a real deployment they would
    /// already have been delivered, which no undo takes back.
    pub fn before_last(&self, n: usize) -> Result<Workspace, ReplayError> {
        let entries = self.log.entries();
        if !entries.is_complete() {
            return Err(ReplayError { seq: 0, reason: ReplayReason::HistoryUnread });
        }
        let log = entries.loaded();
        let keep = log.len().saturating_sub(n);
        let mut ws = Workspace::replay(&log[..keep])?;
        // The sandbox clock is part of the log (AdvanceClock entries), so it comes back too.
        ws.partner.changed();
        ws.control.changed();
        Ok(ws)
    }

    /// Applies one logged entry written by another session (a journal entry in storage, or
    /// another tab's change): the same command at the same time with the same tokens. The entry
    /// must come next in sequence and must produce exactly the logged events. A refused command
    /// leaves the workspace unchanged; an entry that applies but gives other events means the
    /// stored data is inconsistent, and the caller must discard this workspace (copying a
    /// 100,000-subscriber workspace for a dry run on every change would cost more than it saves).
    pub fn apply_entry(&mut self, entry: &LogEntry) -> Result<(), ReplayError> {
        let refuse = |reason| ReplayError { seq: entry.seq, reason };
        let next = self.log.last_seq() + 1;
        if entry.seq != next {
            return Err(refuse(ReplayReason::OutOfSequence(next)));
        }
        let mut src = Replayed(entry.tokens.iter());
        self.apply(entry.command.clone(), entry.at, &mut src).map_err(|e| refuse(ReplayReason::Refused(e)))?;
        match self.log.entries().last() {
            Some(last) if last == entry => Ok(()),
            _ => Err(refuse(ReplayReason::Diverged)),
        }
    }

    /// A copy without its history in memory (its audit log and emails counted, not copied): a
    /// shared workspace's confirmed state, which costs the state alone to copy however long the
    /// log. [`Workspace::take_older_from`] gives a copy made from it its history back.
    pub fn detached(&self) -> Workspace {
        Workspace { partner: self.partner.clone(), control: self.control.clone(), mail: self.mail.detached(), log: self.log.detached() }
    }

    /// Moves the older log entries and emails that `other` holds in front of this workspace's
    /// (those before its unread counts): for a workspace built on a [`Workspace::detached`] copy
    /// of one with the same history. `other` is left without them.
    pub fn take_older_from(&mut self, other: &mut Workspace) {
        self.log.take_older_from(&mut other.log);
        self.mail.take_older_from(&mut other.mail);
    }

    /// Puts back the older log entries and emails read from storage (the ones before those
    /// loaded). Either may be empty.
    pub fn fill_history(&mut self, older_log: Vec<LogEntry>, older_mail: Vec<Message>) -> Result<(), crate::log::FillError> {
        if !older_log.is_empty() {
            self.log.fill(older_log)?;
        }
        if !older_mail.is_empty() {
            self.mail.fill(older_mail)?;
        }
        Ok(())
    }

    /// Applies a command at `now`, drawing any tokens it needs from `tokens`. On success the
    /// command and its events are appended to the log; on error nothing changed.
    pub fn apply(&mut self, cmd: Command, now: Timestamp, tokens: &mut dyn TokenSource) -> Result<Vec<Event>, CommandError> {
        let mut rec = Recorder::new(tokens);
        let mut ev = Vec::new();
        self.dispatch(&cmd, now, &mut rec, &mut ev)?;
        if matches!(cmd, Command::Tick) && ev.is_empty() {
            return Ok(ev);
        }
        // Any change may alter what the search and the sort orders read; they are rebuilt on
        // next use. (A refused command and an idle tick change nothing, and keep them.)
        self.partner.changed();
        self.control.changed();
        self.log.record(now, cmd, rec, ev.clone());
        Ok(ev)
    }

    /// Routes a command to the domain that owns it. Checks that `allowed` also answers
    /// (`check_*`) run here, first, so a menu and the command always agree.
    fn dispatch(&mut self, cmd: &Command, now: Timestamp, rec: &mut Recorder, ev: &mut Vec<Event>) -> Result<(), CommandError> {
        use Command::*;
        match cmd {
            // Partner Hub
            CreateTemplate(input) => self.create_template(input, rec, ev),
            UpdateTemplate { template, input } => self.partner.update_template(*template, input, ev),
            CreateCustomer { name, enterprise_id, template } => self.create_customer(name, enterprise_id, *template, ev),
            UpdateCustomer { customer, name, template } => self.partner.update_customer(*customer, name, *template, ev),
            ProvisionSubscribers { customer, subscribers } => self.provision_subscribers(*customer, subscribers, now, rec, ev),
            SubmitEmail { provisioning_id, broadworks_user_id, password, email } => {
                self.submit_email(provisioning_id, broadworks_user_id, password, email, now, rec, ev)
            }
            RetryActivation { subscriber, email } => self.retry_activation(*subscriber, email, now, rec, ev),
            DeleteSubscriberUser { subscriber } => self.delete_subscriber_user(*subscriber, now, rec, ev),
            ChangePackage { subscriber, package } => self.partner.change_package(*subscriber, *package, now, ev),
            ImportFromApi { subscribers } => self.import_from_api(subscribers, now, ev),
            // Mail: a link leads back to the domain that sent it.
            OpenLink { token } => {
                let purpose = self.mail.check_link(token, now)?.purpose.clone();
                match purpose {
                    LinkPurpose::VerifySubscriberEmail { subscriber, email } => self.open_verification_link(token, subscriber, &email, now, rec, ev),
                    LinkPurpose::MoveAccount { subscriber, user } => self.open_move_link(token, subscriber, user, now, ev),
                    LinkPurpose::ActivateUser { user } => self.open_activation_link(token, user, now, ev),
                }
            }
            // Control Hub
            CreateOrg { name, free } => self.create_org(name, *free, ev),
            AddDomain { org, domain } => self.add_domain(*org, domain, rec, ev),
            PublishDomainRecord { org, domain } => self.domain_step(*org, domain, DomainStep::Publish, ev),
            VerifyDomain { org, domain } => self.domain_step(*org, domain, DomainStep::Verify, ev),
            ClaimDomain { org, domain } => self.domain_step(*org, domain, DomainStep::Claim, ev),
            RemoveDomain { org, domain } => self.domain_step(*org, domain, DomainStep::Remove, ev),
            AddUsers { org, users, from_csv } => {
                let source = if *from_csv { UserSource::Csv } else { UserSource::Manual };
                self.add_users(*org, users, source, now, rec, ev)
            }
            ImportUsers { org, users } => self.import_users(*org, users, now, ev),
            LinkSite { org, site } => self.control.link_site(*org, site, ev),
            AddSiteUsers { org, site, users } => {
                self.control.check_linked_site(*org, site)?;
                self.add_users(*org, users, UserSource::SiteLinking, now, rec, ev)
            }
            SetDirectorySync { org, enabled } => self.control.set_directory_sync(*org, *enabled, ev),
            SyncDirectory { org, entries } => self.sync_directory(*org, entries, now, rec, ev),
            ClaimUsers { org, users, mode } => self.claim_users(*org, users, *mode, now, ev),
            ChooseDataHandling { user, choice } => {
                self.check_choose_data(*user)?;
                self.control.resolve_claim(*user, *choice, false, ev);
                Ok(())
            }
            CompleteEmailVerification { user } => {
                self.check_complete_verification(*user)?;
                self.control.set_state(*user, UserState::Verified, StateReason::CompletedEmailVerification, ev);
                Ok(())
            }
            SignIn { user } => {
                self.check_sign_in(*user)?;
                self.control.sign_in(*user, ev);
                Ok(())
            }
            Deactivate { user } => {
                self.check_deactivate(*user)?;
                self.control.deactivate(*user, StateReason::DeactivatedByAdmin, now, ev);
                Ok(())
            }
            Reactivate { user } => {
                self.check_reactivate(*user)?;
                self.reactivate(*user, now, ev);
                Ok(())
            }
            DeleteUser { user } => {
                self.control.manual_user(*user)?;
                self.delete_user(*user, now, rec, ev);
                Ok(())
            }
            SendActivationEmails { users } => self.send_invitations(users, MessageKind::Activation, now, rec, ev),
            SendReminders { users } => self.send_invitations(users, MessageKind::Reminder, now, rec, ev),
            SetAutomaticActivationEmails { org, enabled } => self.control.set_automatic_emails(*org, *enabled, ev),
            ConvertToPaid { org } => self.convert_to_paid(*org, now, ev),
            SignUpFree { org, email, name, verified } => self.sign_up_free(*org, email, name, *verified, now, ev),
            // The sandbox clock
            Tick => {
                self.tick(now, rec, ev);
                Ok(())
            }
            AdvanceClock { seconds } => self.log.advance_clock(*seconds, ev),
        }
    }

    /// Puts an email in the outbox under a new id.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn send(&mut self, now: Timestamp, to: String, kind: MessageKind, content: MailContent, link: Option<MailLink>, suppressed: Option<String>, ev: &mut Vec<Event>) {
        let id = MessageId(self.log.next_id());
        self.mail.send(id, now, to, kind, content, link, suppressed, ev);
    }

    /// Issues a link with a fresh token.
    pub(crate) fn issue_link(&mut self, purpose: LinkPurpose, now: Timestamp, ttl: i64, rec: &mut Recorder) -> Token {
        let token = rec.next();
        self.mail.issue_link(purpose, token, now, ttl)
    }
}
