//! What happens next: the automatic transitions the sandbox clock will run, and when (delayed
//! claims' default action, deletion of users inactive for 30 days, reminder invitations), and
//! the links that will expire. A pure function of the workspace and `now`; the times come from
//! the same functions the tick uses, so the timeline and the tick cannot disagree.

use crate::text::Text;
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
}

impl Due {
    /// Orders entries due at the same moment (a stable order: kind, then whom).
    fn rank(&self) -> (u8, u64) {
        match self {
            Due::ClaimDefault(u) => (0, u.0),
            Due::Deletion(u) => (1, u.0),
            Due::Reminder(u) => (2, u.0),
            Due::LinkExpires(p) => match p {
                LinkPurpose::VerifySubscriberEmail { subscriber, .. } => (3, subscriber.0),
                LinkPurpose::MoveAccount { subscriber, .. } => (4, subscriber.0),
                LinkPurpose::ActivateUser { user } => (5, user.0),
            },
        }
    }
}

impl Workspace {
    /// Everything scheduled after `now` (and anything already due, which the next tick runs),
    /// soonest first.
    pub fn timeline(&self, now: Timestamp) -> Vec<Scheduled> {
        let mut all = self.scheduled(now);
        all.sort_unstable_by(|a, b| a.at.cmp(&b.at).then_with(|| a.due.rank().cmp(&b.due.rank())));
        all
    }

    /// The first `n` entries of [`Workspace::timeline`] and how many there are in all, without
    /// sorting the rest (what a page shows at once).
    pub fn timeline_head(&self, now: Timestamp, n: usize) -> (Vec<Scheduled>, usize) {
        let mut all = self.scheduled(now);
        let total = all.len();
        let key = |s: &Scheduled| (s.at, s.due.rank());
        if n < all.len() {
            all.select_nth_unstable_by(n, |a, b| key(a).cmp(&key(b)));
            all.truncate(n);
        }
        all.sort_unstable_by(|a, b| key(a).cmp(&key(b)));
        (all, total)
    }

    fn scheduled(&self, now: Timestamp) -> Vec<Scheduled> {
        let mut out = Vec::new();
        for u in self.control.users().values() {
            if let Some(at) = self.control.claim_deadline(u) {
                out.push(Scheduled { at, due: Due::ClaimDefault(u.id) });
            }
            if let Some(at) = self.control.deletion_at(u) {
                out.push(Scheduled { at, due: Due::Deletion(u.id) });
            }
            if let Some(at) = self.control.reminder_at(u) {
                out.push(Scheduled { at, due: Due::Reminder(u.id) });
            }
        }
        for l in self.mail.links().values().filter(|l| l.used.is_none() && !l.superseded && l.expires > now) {
            out.push(Scheduled { at: l.expires, due: Due::LinkExpires(l.purpose.clone()) });
        }
        out
    }

    /// An entry as a message (`due-…` in locales/*.ftl), naming whom.
    pub fn describe_due(&self, s: &Scheduled) -> Text {
        let email = |u: &UserId| self.control.users().get(u).map_or_else(String::new, |u| u.email.to_string());
        match &s.due {
            Due::ClaimDefault(u) => Text::new("due-claim-default").with("who", email(u)),
            Due::Deletion(u) => Text::new("due-deletion").with("who", email(u)),
            Due::Reminder(u) => {
                let org = self.control.users().get(u).map(|u| u.org);
                let suppressed = org.and_then(|o| self.control.suppression(o)).is_some();
                Text::new(if suppressed { "due-reminder-suppressed" } else { "due-reminder" }).with("who", email(u))
            }
            Due::LinkExpires(LinkPurpose::VerifySubscriberEmail { email, .. }) => Text::new("due-verify-link-expires").with("who", email.to_string()),
            Due::LinkExpires(LinkPurpose::MoveAccount { subscriber, .. }) => {
                let who = self.partner.subscribers().get(subscriber).map_or_else(String::new, |s| s.name.to_string());
                Text::new("due-move-link-expires").with("who", who)
            }
            Due::LinkExpires(LinkPurpose::ActivateUser { user }) => Text::new("due-activation-link-expires").with("who", email(user)),
        }
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
