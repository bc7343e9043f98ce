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
        partner: ws.partner().details().clone(),
        templates: ws.partner().templates().values().cloned().collect(),
        customers: ws.partner().customers().values().cloned().collect(),
        subscribers: ws.partner().subscribers().values().cloned().collect(),
        orgs: ws.control().orgs().values().cloned().collect(),
        users: ws.control().users().values().cloned().collect(),
        links: ws.mail().links().iter().map(|(t, l)| (t.clone(), l.clone())).collect(),
        outbox: ws.mail().outbox().loaded().to_vec(),
        log: ws.log().entries().loaded().to_vec(),
        last_id: ws.log().last_id(),
        clock_offset: ws.log().clock_offset(),
    }
}

