//! Everything storage format 3 keeps, as plain serde data: what postcard and bitcode encode in
//! the codec comparisons (this crate, and `core/examples/codecs.rs`, which includes this file).
use flowthrough_core::*;
use serde::{Deserialize, Serialize};

/// Everything format 3 stores, as plain serde data.
#[derive(Serialize, Deserialize)]
pub struct Plain {
    partner: Partner,
    templates: Vec<Template>,
    customers: Vec<Customer>,
    pub subscribers: Vec<Subscriber>,
    orgs: Vec<Org>,
    users: Vec<User>,
    links: Vec<(Token, Link)>,
    outbox: Vec<Message>,
    log: Vec<LogEntry>,
    last_id: u64,
    clock_offset: i64,
}

pub fn plain(ws: &Workspace) -> Plain {
    Plain {
        partner: ws.partner.clone(),
        templates: ws.templates.values().cloned().collect(),
        customers: ws.customers.values().cloned().collect(),
        subscribers: ws.subscribers.values().cloned().collect(),
        orgs: ws.orgs.values().cloned().collect(),
        users: ws.users.values().cloned().collect(),
        links: ws.links.iter().map(|(t, l)| (t.clone(), l.clone())).collect(),
        outbox: ws.outbox.loaded().to_vec(),
        log: ws.log.loaded().to_vec(),
        last_id: ws.last_id,
        clock_offset: ws.clock_offset,
    }
}

