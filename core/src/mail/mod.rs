//! Mail and links: the outbox (every email sent or suppressed), the single-use links the emails
//! carry, what the emails say ([`content`]) and the manual activation email ([`composer`]).

pub mod composer;
pub(crate) mod content;

pub use content::{MailContent, MailLink, Message};

use crate::error::CommandError;
use crate::event::Event;
use crate::log::History;
use crate::model::*;
use crate::time::Timestamp;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// Whose links supersede each other: a new link for a subscriber (or user) makes the older
/// unused ones invalid.
#[derive(Debug, PartialEq, Eq, Hash, Clone, Copy)]
pub(crate) enum LinkKey {
    Subscriber(SubscriberId),
    User(UserId),
}

fn link_key(p: &LinkPurpose) -> LinkKey {
    match p {
        LinkPurpose::VerifySubscriberEmail { subscriber, .. } | LinkPurpose::MoveAccount { subscriber, .. } => LinkKey::Subscriber(*subscriber),
        LinkPurpose::ActivateUser { user } => LinkKey::User(*user),
    }
}

/// Live (unused, not superseded) link tokens per subscriber or user.
fn live_index(links: &BTreeMap<Token, Link>) -> HashMap<LinkKey, Vec<Token>> {
    let mut live: HashMap<LinkKey, Vec<Token>> = HashMap::default();
    for (t, l) in links {
        if l.used.is_none() && !l.superseded {
            live.entry(link_key(&l.purpose)).or_default().push(t.clone());
        }
    }
    live
}

/// The outbox and the links.
#[derive(Debug, Clone, Default)]
pub struct Mail {
    outbox: History<Message>,
    links: BTreeMap<Token, Link>,
    /// Live (unused, not superseded) link tokens per subscriber or user, built on first use
    /// after loading.
    live_links: std::sync::OnceLock<HashMap<LinkKey, Vec<Token>>>,
}

impl PartialEq for Mail {
    fn eq(&self, other: &Self) -> bool {
        self.outbox == other.outbox && self.links == other.links // the index derives from them
    }
}
impl Eq for Mail {}

impl Mail {
    /// The mail without its outbox in memory (see [`History::detached`]).
    pub(crate) fn detached(&self) -> Mail {
        Mail { outbox: self.outbox.detached(), links: self.links.clone(), live_links: self.live_links.clone() }
    }

    /// Takes the older emails back from `other` (see [`History::take_older_from`]).
    pub(crate) fn take_older_from(&mut self, other: &mut Mail) {
        self.outbox.take_older_from(&mut other.outbox);
    }

    pub(crate) fn from_parts(outbox: History<Message>, links: BTreeMap<Token, Link>) -> Mail {
        Mail { outbox, links, live_links: Default::default() }
    }

    /// Every email sent or suppressed, oldest first (the older ones may be in storage still).
    pub fn outbox(&self) -> &History<Message> {
        &self.outbox
    }

    /// Single-use links by token.
    pub fn links(&self) -> &BTreeMap<Token, Link> {
        &self.links
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

    /// The newest live (unused, not superseded) link sent for a subscriber or a user, expired
    /// or not.
    pub(crate) fn live_link(&self, key: LinkKey) -> Option<&Link> {
        let live = self.live_links.get_or_init(|| live_index(&self.links));
        live.get(&key)?.iter().filter_map(|t| self.links.get(t)).max_by_key(|l| l.issued)
    }

    fn live_links_mut(&mut self) -> &mut HashMap<LinkKey, Vec<Token>> {
        if self.live_links.get().is_none() {
            let _ = self.live_links.set(live_index(&self.links));
        }
        self.live_links.get_mut().expect("set just above")
    }

    /// Issues a link under `token`, superseding older unused links for the same subscriber or user.
    pub(crate) fn issue_link(&mut self, purpose: LinkPurpose, token: Token, now: Timestamp, ttl: i64) -> Token {
        let key = link_key(&purpose);
        self.supersede_links(key);
        self.links.insert(token.clone(), Link { purpose, issued: now, expires: now.plus(ttl), used: None, superseded: false });
        self.live_links_mut().entry(key).or_default().push(token.clone());
        token
    }

    /// Makes every unused link of this subscriber or user invalid.
    pub(crate) fn supersede_links(&mut self, key: LinkKey) {
        for t in self.live_links_mut().remove(&key).unwrap_or_default() {
            if let Some(l) = self.links.get_mut(&t) {
                if l.used.is_none() {
                    l.superseded = true;
                }
            }
        }
    }

    pub(crate) fn mark_used(&mut self, token: &Token, now: Timestamp, purpose: crate::event::UsedLink, ev: &mut Vec<Event>) {
        let key = self.links.get_mut(token).map(|l| {
            l.used = Some(now);
            link_key(&l.purpose)
        });
        if let Some(key) = key {
            if let Some(v) = self.live_links_mut().get_mut(&key) {
                v.retain(|t| t != token);
            }
        }
        ev.push(Event::LinkUsed { purpose: purpose.name().into() });
    }

    /// Puts an email in the outbox (sent, or suppressed with the reason).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn send(
        &mut self,
        id: MessageId,
        now: Timestamp,
        to: String,
        kind: MessageKind,
        content: MailContent,
        link: Option<MailLink>,
        suppressed: Option<String>,
        ev: &mut Vec<Event>,
    ) {
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

    /// Puts back the older emails that were still in storage.
    pub(crate) fn fill(&mut self, older: Vec<Message>) -> Result<(), crate::log::FillError> {
        self.outbox.fill(older)
    }
}
