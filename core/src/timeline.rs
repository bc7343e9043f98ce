//! What happens next: the automatic transitions the sandbox clock will run, and when (delayed
//! claims' default action, deletion of users inactive for 30 days, reminder invitations), and
//! the links that will expire. A pure function of the workspace and `now`; the times come from
//! the same functions the tick uses, so the timeline and the tick cannot disagree.

use crate::model::*;
use crate::time::Timestamp;
use crate::workspace::Workspace;

/// Something the clock will do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// A delayed claim ends: the default data choice (move conversations) runs.
    ClaimDefault(UserId),
    /// A user inactive for 30 days is deleted.
    Deletion(UserId),
    /// A user who has not activated gets the automatic reminder.
    Reminder(UserId),
    /// A link expires unused (nothing changes state; the link stops working).
    LinkExpires(LinkPurpose),
}

/// One entry of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduled {
    /// When.
    pub at: Timestamp,
    /// What.
    pub due: Due,
    /// In words, naming whom.
    pub text: String,
}

impl Workspace {
    /// Everything scheduled after `now` (and anything already due, which the next tick runs),
    /// soonest first.
    pub fn timeline(&self, now: Timestamp) -> Vec<Scheduled> {
        let mut out = Vec::new();
        for u in self.control.users().values() {
            if let Some(at) = self.control.claim_deadline(u) {
                out.push(Scheduled { at, due: Due::ClaimDefault(u.id), text: format!("{}: the delayed claim ends; their conversations move with them (the default)", u.email) });
            }
            if let Some(at) = self.control.deletion_at(u) {
                out.push(Scheduled { at, due: Due::Deletion(u.id), text: format!("{}: deleted after 30 days Inactive", u.email) });
            }
            if let Some(at) = self.control.reminder_at(u) {
                let suppressed = self.control.suppression(u.org).map_or("", |_| " (suppressed: automatic emails are off)");
                out.push(Scheduled { at, due: Due::Reminder(u.id), text: format!("{}: automatic reminder invitation{suppressed}", u.email) });
            }
        }
        for l in self.mail.links().values().filter(|l| l.used.is_none() && !l.superseded && l.expires > now) {
            let whom = match &l.purpose {
                LinkPurpose::VerifySubscriberEmail { email, .. } => format!("{email}: the email verification link expires"),
                LinkPurpose::MoveAccount { subscriber, .. } => {
                    let who = self.partner.subscribers().get(subscriber).map_or_else(String::new, |s| s.name.clone());
                    format!("{who}: the consent link to move their account expires")
                }
                LinkPurpose::ActivateUser { user } => {
                    let who = self.control.users().get(user).map_or_else(String::new, |u| u.email.to_string());
                    format!("{who}: the activation link expires")
                }
            };
            out.push(Scheduled { at: l.expires, due: Due::LinkExpires(l.purpose.clone()), text: whom });
        }
        out.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.text.cmp(&b.text)));
        out
    }

    /// What is scheduled for one user.
    pub fn user_timeline(&self, user: UserId, now: Timestamp) -> Vec<Scheduled> {
        self.timeline(now)
            .into_iter()
            .filter(|s| match &s.due {
                Due::ClaimDefault(u) | Due::Deletion(u) | Due::Reminder(u) => *u == user,
                Due::LinkExpires(p) => matches!(p, LinkPurpose::ActivateUser { user: u } if *u == user),
            })
            .collect()
    }
}
