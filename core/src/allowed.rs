//! What may be done now, and why not: the core's answer that every action menu renders.
//! `dispatch` runs the same checks before it changes anything, so a menu never offers what the
//! core would refuse, nor hides what it allows, and the reason a menu shows is the core's.

use crate::command::Command;
use crate::error::CommandError;
use crate::model::*;
use crate::workspace::Workspace;

/// An action on a Control Hub user, from the user list's menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UserAction {
    /// Send the activation email again.
    ResendInvitation,
    /// Deactivate the user.
    Deactivate,
    /// Reactivate an Inactive user.
    Reactivate,
    /// Delete the user.
    Delete,
    /// Acting as the user: complete email verification.
    CompleteEmailVerification,
    /// Acting as the user: sign in.
    SignIn,
    /// Acting as the user: choose what happens to the previous account's data.
    ChooseDataHandling,
}

impl UserAction {
    /// Every action, in menu order.
    pub const ALL: [UserAction; 7] = [
        UserAction::ResendInvitation,
        UserAction::Deactivate,
        UserAction::Reactivate,
        UserAction::Delete,
        UserAction::CompleteEmailVerification,
        UserAction::SignIn,
        UserAction::ChooseDataHandling,
    ];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            UserAction::ResendInvitation => "Resend invitation",
            UserAction::Deactivate => "Deactivate",
            UserAction::Reactivate => "Reactivate",
            UserAction::Delete => "Delete",
            UserAction::CompleteEmailVerification => "As the user: complete email verification",
            UserAction::SignIn => "As the user: sign in for the first time",
            UserAction::ChooseDataHandling => "As the user: choose what happens to previous data",
        }
    }

    /// The command the action sends (the data choice is the user's: the default one stands in).
    pub fn command(self, user: UserId) -> Command {
        match self {
            UserAction::ResendInvitation => Command::SendActivationEmails { users: vec![user] },
            UserAction::Deactivate => Command::Deactivate { user },
            UserAction::Reactivate => Command::Reactivate { user },
            UserAction::Delete => Command::DeleteUser { user },
            UserAction::CompleteEmailVerification => Command::CompleteEmailVerification { user },
            UserAction::SignIn => Command::SignIn { user },
            UserAction::ChooseDataHandling => Command::ChooseDataHandling { user, choice: DataChoice::MoveConversations },
        }
    }
}

/// An action offered for several selected users at once, with the users it applies to now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bulk<A, K> {
    /// The action.
    pub action: A,
    /// The selected rows it may be taken on now.
    pub allowed: Vec<K>,
    /// Why it may not be taken on the others (the first reason), and on how many.
    pub refused: Option<(usize, CommandError)>,
}

/// A bulk action on Control Hub users.
pub type BulkAction = Bulk<UserAction, UserId>;

/// A bulk action on Partner Hub subscribers (User Status).
pub type SubscriberBulk = Bulk<SubscriberAction, SubscriberId>;

/// Each of `actions` with the `rows` `check` allows it on, and the first reason it refuses.
fn bulk<A: Copy, K: Copy>(actions: &[A], rows: &[K], check: impl Fn(A, K) -> Result<(), CommandError>) -> Vec<Bulk<A, K>> {
    actions
        .iter()
        .map(|&action| {
            let mut allowed = Vec::new();
            let mut refused: Option<(usize, CommandError)> = None;
            for &k in rows {
                match check(action, k) {
                    Ok(()) => allowed.push(k),
                    Err(e) => match &mut refused {
                        Some((n, _)) => *n += 1,
                        None => refused = Some((1, e)),
                    },
                }
            }
            Bulk { action, allowed, refused }
        })
        .collect()
}

impl UserAction {
    /// The actions a selection offers: the ones an administrator takes on many users at a
    /// time (not deletion, and not what users do themselves).
    pub const BULK: [UserAction; 3] = [UserAction::ResendInvitation, UserAction::Deactivate, UserAction::Reactivate];

    /// The commands that take this action on `users` (invitations go out in one command).
    pub fn commands(self, users: &[UserId]) -> Vec<Command> {
        match self {
            UserAction::ResendInvitation if !users.is_empty() => vec![Command::SendActivationEmails { users: users.to_vec() }],
            _ => users.iter().map(|u| self.command(*u)).collect(),
        }
    }
}

/// An action on a Partner Hub subscriber, from the User Status view's menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubscriberAction {
    /// Retry Activation with an email.
    RetryActivation,
    /// Delete the Webex user and start onboarding over.
    DeleteUser,
    /// Change Package Type.
    ChangePackage,
    /// Copy Error Text (no command: it copies what the view shows).
    CopyErrorText,
}

impl SubscriberAction {
    /// True when choosing it changes the workspace (everything but Copy Error Text, which only
    /// copies what the view shows).
    pub fn changes_workspace(self) -> bool {
        self != SubscriberAction::CopyErrorText
    }

    /// The actions a selection on User Status offers: Delete User, the seed's repair when the
    /// configuration must change ("after you delete the user and make your changes, the user
    /// can try to register again"). Retry Activation and Change Package Type ask for a value
    /// per user; Copy Error Text is one user's text.
    pub const BULK: [SubscriberAction; 1] = [SubscriberAction::DeleteUser];

    /// The command a bulk action sends for one subscriber (None: the action asks for a value).
    pub fn bulk_command(self, subscriber: SubscriberId) -> Option<Command> {
        match self {
            SubscriberAction::DeleteUser => Some(Command::DeleteSubscriberUser { subscriber }),
            _ => None,
        }
    }

    /// Every action, in menu order.
    pub const ALL: [SubscriberAction; 4] =
        [SubscriberAction::RetryActivation, SubscriberAction::DeleteUser, SubscriberAction::ChangePackage, SubscriberAction::CopyErrorText];

    /// A short name (the message id of its label in each language: `action-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            SubscriberAction::RetryActivation => "retry-activation",
            SubscriberAction::DeleteUser => "delete-user",
            SubscriberAction::ChangePackage => "change-package",
            SubscriberAction::CopyErrorText => "copy-error-text",
        }
    }

    /// The menu label (Partner Hub's words).
    pub fn label(self) -> &'static str {
        match self {
            SubscriberAction::RetryActivation => "Retry Activation",
            SubscriberAction::DeleteUser => "Delete User",
            SubscriberAction::ChangePackage => "Change Package Type",
            SubscriberAction::CopyErrorText => "Copy Error Text",
        }
    }
}

impl Workspace {
    /// For a user, each menu action and whether it may be taken now (with the reason if not).
    pub fn user_actions(&self, user: UserId) -> Vec<(UserAction, Result<(), CommandError>)> {
        UserAction::ALL.into_iter().map(|a| (a, self.check_user_action(a, user))).collect()
    }

    /// Whether `action` may be taken on `user` now: the checks `dispatch` runs for its command.
    pub fn check_user_action(&self, action: UserAction, user: UserId) -> Result<(), CommandError> {
        match action {
            UserAction::ResendInvitation => self.check_invitable(user).map(|_| ()),
            UserAction::Deactivate => self.check_deactivate(user).map(|_| ()),
            UserAction::Reactivate => self.check_reactivate(user).map(|_| ()),
            UserAction::Delete => self.control.manual_user(user).map(|_| ()),
            UserAction::CompleteEmailVerification => self.check_complete_verification(user).map(|_| ()),
            UserAction::SignIn => self.check_sign_in(user).map(|_| ()),
            UserAction::ChooseDataHandling => self.check_choose_data(user).map(|_| ()),
        }
    }

    /// For a selection of users, each bulk action with the users it applies to now and why
    /// not to the others.
    pub fn bulk_user_actions(&self, users: &[UserId]) -> Vec<BulkAction> {
        bulk(&UserAction::BULK, users, |a, u| self.check_user_action(a, u))
    }

    /// For a selection of subscribers on User Status, each bulk action with the subscribers it
    /// applies to now and why not to the others.
    pub fn bulk_subscriber_actions(&self, subscribers: &[SubscriberId]) -> Vec<SubscriberBulk> {
        bulk(&SubscriberAction::BULK, subscribers, |a, s| self.check_subscriber_action(a, s))
    }

    /// For a subscriber, each menu action and whether it may be taken now.
    pub fn subscriber_actions(&self, subscriber: SubscriberId) -> Vec<(SubscriberAction, Result<(), CommandError>)> {
        SubscriberAction::ALL.into_iter().map(|a| (a, self.check_subscriber_action(a, subscriber))).collect()
    }

    /// Whether `action` may be taken on `subscriber` now (before the person chooses an email or
    /// a package, which the command checks as well).
    pub fn check_subscriber_action(&self, action: SubscriberAction, subscriber: SubscriberId) -> Result<(), CommandError> {
        let s = self.partner.subscribers().get(&subscriber).ok_or(CommandError::NoSubscriber(subscriber))?;
        match action {
            SubscriberAction::RetryActivation => self.check_retry(subscriber).map(|_| ()),
            SubscriberAction::DeleteUser | SubscriberAction::ChangePackage => Ok(()),
            SubscriberAction::CopyErrorText => match (&s.error, self.partner.reported_error(s)) {
                (None, None) => Err(CommandError::Nothing("This user has no error.")),
                _ => Ok(()),
            },
        }
    }

    // The checks themselves, shared with `dispatch`.

    pub(crate) fn check_invitable(&self, id: UserId) -> Result<&User, CommandError> {
        let u = self.control.manual_user(id)?;
        if !u.not_activated() {
            return Err(CommandError::NotInvitable { email: u.email.to_string(), state: u.state });
        }
        Ok(u)
    }

    pub(crate) fn check_deactivate(&self, id: UserId) -> Result<&User, CommandError> {
        let u = self.control.manual_user(id)?;
        if u.state == UserState::Inactive {
            return Err(CommandError::WrongState("The user is already Inactive."));
        }
        Ok(u)
    }

    pub(crate) fn check_reactivate(&self, id: UserId) -> Result<&User, CommandError> {
        let u = self.control.manual_user(id)?;
        if u.state != UserState::Inactive {
            return Err(CommandError::WrongState("Only an Inactive user can be reactivated."));
        }
        Ok(u)
    }

    pub(crate) fn check_complete_verification(&self, id: UserId) -> Result<&User, CommandError> {
        let u = self.control.user(id)?;
        if u.state != UserState::NotVerified {
            return Err(CommandError::WrongState("Only a Not Verified user completes email verification."));
        }
        Ok(u)
    }

    pub(crate) fn check_sign_in(&self, id: UserId) -> Result<&User, CommandError> {
        let u = self.control.user(id)?;
        match u.state {
            UserState::Inactive => Err(CommandError::WrongState("This account is deactivated; the user cannot sign in until an administrator reactivates it.")),
            UserState::DelayedClaim => Err(CommandError::WrongState("The user must first choose what happens to the data of their previous account.")),
            _ => Ok(u),
        }
    }

    pub(crate) fn check_choose_data(&self, id: UserId) -> Result<&User, CommandError> {
        let u = self.control.user(id)?;
        if u.state != UserState::DelayedClaim {
            return Err(CommandError::WrongState("Only a user in Delayed Claim chooses what happens to their previous data."));
        }
        Ok(u)
    }

    pub(crate) fn check_retry(&self, id: SubscriberId) -> Result<&Subscriber, CommandError> {
        let s = self.partner.subscribers().get(&id).ok_or(CommandError::NoSubscriber(id))?;
        if matches!(s.status, SubscriberStatus::Provisioned | SubscriberStatus::Provisioning | SubscriberStatus::Updating) {
            return Err(CommandError::WrongStatus("This user is already provisioned; Retry Activation is for users with errors or pending requirements."));
        }
        Ok(s)
    }
}
