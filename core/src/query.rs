//! Queries behind the views: the User Status list (filter, search, sort, counts, CSV export),
//! Control Hub's user list, the mailbox and the audit log.

use crate::mail::Message;
use crate::model::*;
use crate::log::LogEntry;
use crate::workspace::Workspace;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Columns the User Status view sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum StatusColumn {
    /// BroadWorks ID.
    #[default]
    BroadWorksId,
    /// Name.
    Name,
    /// Package type.
    Package,
    /// Status.
    Status,
    /// Email.
    Email,
    /// Last status change.
    LastChange,
}

impl StatusColumn {
    /// Every column.
    pub const ALL: [StatusColumn; 6] =
        [StatusColumn::BroadWorksId, StatusColumn::Name, StatusColumn::Package, StatusColumn::Status, StatusColumn::Email, StatusColumn::LastChange];

    /// Its short name (in a view's address).
    pub fn key(self) -> &'static str {
        match self {
            StatusColumn::BroadWorksId => "id",
            StatusColumn::Name => "name",
            StatusColumn::Package => "package",
            StatusColumn::Status => "status",
            StatusColumn::Email => "email",
            StatusColumn::LastChange => "changed",
        }
    }

    /// The column with this short name.
    pub fn from_key(key: &str) -> Option<StatusColumn> {
        StatusColumn::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Columns the Control Hub users list sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum UserColumn {
    /// Name.
    Name,
    /// Email.
    #[default]
    Email,
    /// State (in Control Hub's order).
    State,
}

impl UserColumn {
    /// Its short name (in a view's address).
    pub fn key(self) -> &'static str {
        match self {
            UserColumn::Name => "name",
            UserColumn::Email => "email",
            UserColumn::State => "state",
        }
    }

    /// The column with this short name.
    pub fn from_key(key: &str) -> Option<UserColumn> {
        [UserColumn::Name, UserColumn::Email, UserColumn::State].into_iter().find(|c| c.key() == key)
    }
}

/// What the User Status view shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct StatusQuery {
    /// Only subscribers of customers on this template (the view opens from a template).
    pub template: Option<TemplateId>,
    /// Only this customer's subscribers (the customer page's list).
    #[serde(default)]
    pub customer: Option<CustomerId>,
    /// "Exclude provisioned users": only users with pending requirements or errors.
    pub exclude_provisioned: bool,
    /// Only this status.
    pub status: Option<SubscriberStatus>,
    /// Case-insensitive text in BroadWorks ID, name, email or error.
    pub search: String,
    /// Sort column.
    pub sort: StatusColumn,
    /// Sort descending.
    pub descending: bool,
    /// Only subscribers stuck for this cause at `now` ("stuck because").
    #[serde(skip)]
    pub stuck: Option<(crate::diagnosis::Stuck, crate::time::Timestamp)>,
}

fn contains_ci(hay: &str, needle_lower: &str) -> bool {
    if needle_lower.is_empty() {
        return true;
    }
    if hay.is_ascii() && needle_lower.is_ascii() {
        let (h, n) = (hay.as_bytes(), needle_lower.as_bytes());
        if h.len() < n.len() {
            return false;
        }
        // Scan for the first byte in either case before comparing the rest: most positions
        // fail on one comparison, which keeps a search over 100,000 rows fast.
        let (lo, up) = (n[0], n[0].to_ascii_uppercase());
        let rest = &n[1..];
        return (0..=h.len() - n.len()).any(|i| (h[i] == lo || h[i] == up) && h[i + 1..i + n.len()].eq_ignore_ascii_case(rest));
    }
    hay.to_lowercase().contains(needle_lower)
}

/// The subscribers the User Status view lists, filtered and sorted.
pub fn user_status<'a>(ws: &'a Workspace, q: &StatusQuery) -> Vec<&'a Subscriber> {
    let subscribers = ws.partner().subscribers();
    user_status_ids(ws, q).iter().filter_map(|id| subscribers.get(id)).collect()
}

/// [`user_status`] as ids: what a view keeps between changes. It reads the packed facts, the
/// search text and the cached order for the sort column (each built once per change of the
/// workspace), so a filter, search or sort over 100,000 subscribers is one pass over small
/// arrays, not a sort and not a visit to every record.
pub fn user_status_ids(ws: &Workspace, q: &StatusQuery) -> Vec<SubscriberId> {
    let needle = q.search.trim().to_lowercase();
    let hits = (!needle.is_empty()).then(|| ws.partner().subscriber_search().matches(&needle));
    let facts = ws.partner().subscriber_facts();
    let order = ws.partner().subscriber_order(q.sort as usize, |hub, start| {
        let all: Vec<&Subscriber> = hub.subscribers().values().collect();
        sort_order(&all, q.sort, start)
    });
    let mut keep = Keep::new(facts.ids.len(), hits);
    if let Some(t) = q.template {
        keep.by(&facts.template, |x| *x == Some(t));
    }
    if let Some(c) = q.customer {
        keep.by(&facts.customer, |x| *x == c);
    }
    if q.exclude_provisioned {
        keep.by(&facts.status, |x| x.is_pending_requirement());
    }
    if let Some(st) = q.status {
        keep.by(&facts.status, |x| *x == st);
    }
    if let Some((k, now)) = q.stuck {
        // The diagnosis only for those every other filter kept.
        keep.by_kept(&facts.ids, |id| ws.diagnose_subscriber(*id, now).is_some_and(|d| k.covers(d.stuck)));
    }
    keep.in_order(order, q.descending, &facts.ids)
}

/// Which positions a list keeps, decided in position order, one filter at a time: each is a pass
/// over one packed column beside the flags, with no branch a row (the sort order is walked once
/// all are decided, [`Keep::in_order`]).
struct Keep(Vec<bool>);

impl Keep {
    /// Those the search `hits` (all without a search).
    fn new(n: usize, hits: Option<Vec<bool>>) -> Keep {
        Keep(hits.filter(|h| h.len() == n).unwrap_or_else(|| vec![true; n]))
    }

    /// Keeps those whose value in `column` passes.
    fn by<T>(&mut self, column: &[T], pass: impl Fn(&T) -> bool) {
        for (k, x) in self.0.iter_mut().zip(column) {
            *k &= pass(x);
        }
    }

    /// Keeps those that pass of those still kept (`pass` is asked only of them: a costly test).
    fn by_kept<T>(&mut self, column: &[T], pass: impl Fn(&T) -> bool) {
        for (k, x) in self.0.iter_mut().zip(column) {
            if *k {
                *k = pass(x);
            }
        }
    }

    /// The ids of the kept positions in a sort `order` (reversed when `descending`). The filters
    /// were decided before, in position order: this walk in sort order reads one flag a row
    /// rather than each fact at a scattered place (at 100,000 in Chromium, a sort by name
    /// 7.0-7.3 -> 2.3-3.2 ms).
    fn in_order<I: Copy>(self, order: &[u32], descending: bool, ids: &[I]) -> Vec<I> {
        let keep = self.0;
        let mut out = Vec::with_capacity(keep.iter().filter(|k| **k).count());
        let take = |&i: &u32| keep.get(i as usize).copied().unwrap_or(false).then(|| ids[i as usize]);
        if descending {
            out.extend(order.iter().rev().filter_map(take));
        } else {
            out.extend(order.iter().filter_map(take));
        }
        out
    }
}

/// All subscribers' positions (in id order) sorted by `column`, ties by id. `start` is an
/// earlier order of the same subscribers to sort from: after one change it is nearly sorted, and
/// the sort (which finds the runs already in order) costs about one comparison a subscriber. The
/// comparison is total (ties go by position), so the result does not depend on where it started.
fn sort_order(all: &[&Subscriber], column: StatusColumn, start: Option<Vec<u32>>) -> Vec<u32> {
    let mut order = crate::index::start_order(start, all.len());
    let by = |f: &dyn Fn(&Subscriber, &Subscriber) -> Ordering, order: &mut Vec<u32>| {
        order.sort_by(|&a, &b| f(all[a as usize], all[b as usize]).then(a.cmp(&b)));
    };
    match column {
        StatusColumn::Name => {
            // Case-insensitive; the lower-cased keys are computed once, not per comparison.
            let keys: Vec<String> = all.iter().map(|s| s.name.to_lowercase()).collect();
            order.sort_by(|&a, &b| keys[a as usize].cmp(&keys[b as usize]).then(a.cmp(&b)));
        }
        StatusColumn::BroadWorksId => by(&|a, b| a.broadworks_user_id.cmp(&b.broadworks_user_id), &mut order),
        StatusColumn::Package => by(&|a, b| a.package.cmp(&b.package), &mut order),
        StatusColumn::Status => by(&|a, b| a.status.label().cmp(b.status.label()), &mut order),
        StatusColumn::Email => by(&|a, b| a.email.cmp(&b.email), &mut order),
        StatusColumn::LastChange => by(&|a, b| a.last_status_change.cmp(&b.last_status_change), &mut order),
    }
    order
}

/// How many subscribers of a template are in each status.
pub fn status_counts(ws: &Workspace, template: Option<TemplateId>) -> BTreeMap<SubscriberStatus, usize> {
    let customers: Option<Vec<CustomerId>> =
        template.map(|t| ws.partner().customers().values().filter(|c| c.template == t).map(|c| c.id).collect());
    let mut counts = BTreeMap::new();
    for s in ws.partner().subscribers().values().filter(|s| customers.as_ref().is_none_or(|cs| cs.contains(&s.customer))) {
        *counts.entry(s.status).or_insert(0) += 1;
    }
    counts
}

/// The header of the User Status export.
pub const STATUS_CSV_HEADER: [&str; 9] =
    ["BroadWorks ID", "Name", "Customer", "Package Type", "Status", "Email", "Error Code", "Error Text", "Last Status Change"];

/// A subscriber's error code as the export writes it: the simulation's failure, or the one an
/// import from the Webex API read (empty when it has none or gave no code).
pub fn error_code(ws: &Workspace, s: &Subscriber) -> String {
    match (&s.error, ws.partner().reported_error(s)) {
        (Some(e), _) => e.code.code().to_string(),
        (None, Some(r)) => r.code.map(|c| c.to_string()).unwrap_or_default(),
        (None, None) => String::new(),
    }
}

/// A subscriber's error text as Copy Error Text gives it (in English for the simulation's own
/// failures; an imported error verbatim).
pub fn error_text(ws: &Workspace, s: &Subscriber) -> String {
    match (&s.error, ws.partner().reported_error(s)) {
        (Some(e), _) => e.copy_text(),
        (None, Some(r)) => r.copy_text(),
        (None, None) => String::new(),
    }
}

/// One export row, as cells (before formula-injection escaping).
pub fn status_row(ws: &Workspace, s: &Subscriber) -> [String; 9] {
    [
        s.broadworks_user_id.to_string(),
        s.name.to_string(),
        ws.partner().customers().get(&s.customer).map(|c| c.name.clone()).unwrap_or_default(),
        s.package.label().to_string(),
        s.status.label().to_string(),
        s.email.as_ref().map(|e| e.to_string()).unwrap_or_default(),
        error_code(ws, s),
        error_text(ws, s),
        s.last_status_change.iso(),
    ]
}

/// Makes a cell safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, tab,
/// carriage return or `'` gets a leading `'` (so [`unescape_cell`] is an exact inverse).
pub fn escape_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\'') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// Inverse of [`escape_cell`].
pub fn unescape_cell(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

/// Writes rows as RFC 4180 CSV (CRLF line ends, quoted where needed), header first, every cell
/// escaped against formula injection.
pub fn to_csv<R: AsRef<[String]>>(header: &[&str], rows: impl IntoIterator<Item = R>) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(r.as_ref().iter().map(|c| escape_cell(c).into_owned()));
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The User Status view's Export: the listed rows as CSV (the same cells as [`status_row`],
/// written straight from the subscribers without building each row first).
pub fn export_status_csv(ws: &Workspace, rows: &[&Subscriber]) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::with_capacity(rows.len() * 120 + 128));
    // Writing to a Vec cannot fail.
    let _ = w.write_record(STATUS_CSV_HEADER);
    let customers: std::collections::HashMap<CustomerId, &str> = ws.partner().customers().values().map(|c| (c.id, c.name.as_str())).collect();
    for s in rows {
        let mut code_buf = itoa_buf();
        let (code, text) = match (&s.error, ws.partner().reported_error(s)) {
            (Some(e), _) => (write_u32(&mut code_buf, e.code.code()), e.copy_text()),
            (None, Some(r)) => (r.code.map_or("", |c| write_u32(&mut code_buf, c)), r.copy_text()),
            (None, None) => ("", String::new()),
        };
        let email = s.email.as_ref().map_or("", |e| e.as_str());
        let cells: [&str; 8] = [
            &s.broadworks_user_id,
            &s.name,
            customers.get(&s.customer).copied().unwrap_or(""),
            s.package.label(),
            s.status.label(),
            email,
            code,
            &text,
        ];
        for c in cells {
            let _ = w.write_field(escape_cell(c).as_bytes());
        }
        let _ = w.write_field(s.last_status_change.iso_bytes());
        let _ = w.write_record(None::<&[u8]>);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn itoa_buf() -> [u8; 10] {
    [0; 10]
}

/// `n` in decimal, written into `buf` without allocating.
fn write_u32(buf: &mut [u8; 10], mut n: u32) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

/// Parses CSV text back into unescaped rows (header included); used to check exports.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| e.to_string())?;
        out.push(rec.iter().map(|c| unescape_cell(c).to_string()).collect());
    }
    Ok(out)
}

/// What Control Hub's Users list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UserQuery {
    /// Organization.
    pub org: Option<OrgId>,
    /// Only this state.
    pub state: Option<UserState>,
    /// Case-insensitive text in name or email.
    pub search: String,
    /// Sort column.
    pub sort: UserColumn,
    /// Sort descending.
    pub descending: bool,
    /// Only users stuck for this cause at `now` ("stuck because").
    #[serde(skip)]
    pub stuck: Option<(crate::diagnosis::Stuck, crate::time::Timestamp)>,
}

/// Users of an organization, filtered and sorted (by email unless asked otherwise).
pub fn users<'a>(ws: &'a Workspace, q: &UserQuery) -> Vec<&'a User> {
    let users = ws.control().users();
    user_ids(ws, q).iter().filter_map(|id| users.get(id)).collect()
}

/// [`users`] as ids: what the list keeps between changes. Like [`user_status_ids`], it reads
/// packed facts, the search text and a cached order per column (each built once per change), so
/// a filter, search, sort or page over 100,000 users is one pass over small arrays.
pub fn user_ids(ws: &Workspace, q: &UserQuery) -> Vec<UserId> {
    let needle = q.search.trim().to_lowercase();
    let hub = ws.control();
    let hits = (!needle.is_empty()).then(|| hub.user_search().matches(&needle));
    let facts = hub.user_facts();
    let order = hub.user_order(q.sort as usize, |hub, start| {
        let all: Vec<&User> = hub.users().values().collect();
        let mut order = crate::index::start_order(start, all.len());
        let at = |i: &u32| all[*i as usize];
        // Ties go by position (id order), so the order does not depend on where it started.
        match q.sort {
            UserColumn::Email => order.sort_by(|a, b| at(a).email.cmp(&at(b).email).then(a.cmp(b))),
            UserColumn::Name => {
                let keys: Vec<String> = all.iter().map(|u| u.name.to_lowercase()).collect();
                order.sort_by(|a, b| keys[*a as usize].cmp(&keys[*b as usize]).then(a.cmp(b)));
            }
            UserColumn::State => order.sort_by(|a, b| state_rank(at(a).state).cmp(&state_rank(at(b).state)).then_with(|| at(a).email.cmp(&at(b).email)).then(a.cmp(b))),
        }
        order
    });
    let mut keep = Keep::new(facts.ids.len(), hits);
    if let Some(o) = q.org {
        keep.by(&facts.org, |x| *x == o);
    }
    if let Some(s) = q.state {
        keep.by(&facts.state, |x| *x == s);
    }
    if let Some((k, now)) = q.stuck {
        keep.by_kept(&facts.ids, |id| ws.diagnose_user(*id, now).is_some_and(|d| d.stuck == k));
    }
    keep.in_order(order, q.descending, &facts.ids)
}

fn state_rank(s: UserState) -> usize {
    UserState::ALL.iter().position(|x| *x == s).unwrap_or(usize::MAX)
}

/// How many users of an org are in each state.
pub fn state_counts(ws: &Workspace, org: OrgId) -> BTreeMap<UserState, usize> {
    let mut counts: BTreeMap<UserState, usize> = UserState::ALL.into_iter().map(|s| (s, 0)).collect();
    for u in ws.control().users().values().filter(|u| u.org == org) {
        *counts.entry(u.state).or_insert(0) += 1;
    }
    counts
}

/// An organization's line in the organization list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OrgSummary {
    /// Users.
    pub users: usize,
    /// Active users.
    pub active: usize,
    /// Users who have not verified their email yet.
    pub not_verified: usize,
}

/// How many users an organization has, and how many are Active and Not Verified.
pub fn org_summary(ws: &Workspace, org: OrgId) -> OrgSummary {
    let counts = state_counts(ws, org);
    let n = |s| counts.get(&s).copied().unwrap_or(0);
    OrgSummary { users: counts.values().sum(), active: n(UserState::Active), not_verified: n(UserState::NotVerified) }
}

/// Users of an org who have not activated yet (what reminders and manual activation emails target).
pub fn not_activated(ws: &Workspace, org: OrgId) -> Vec<&User> {
    let mut v: Vec<&User> = ws.control().users().values().filter(|u| u.org == org && u.not_activated()).collect();
    v.sort_by(|a, b| a.email.cmp(&b.email));
    v
}

/// Users an administrator can send activation emails or reminders to by hand: not activated
/// and not managed by directory sync.
pub fn invitable(ws: &Workspace, org: OrgId) -> Vec<&User> {
    not_activated(ws, org).into_iter().filter(|u| !ws.control().managed_by_sync(u)).collect()
}

/// Users `org` can claim: in free organizations, not Inactive and not already in a claim;
/// filtered by text in name or email.
pub fn claimable<'a>(ws: &'a Workspace, org: OrgId, search: &str) -> Vec<&'a User> {
    let needle = search.trim().to_lowercase();
    let mut v: Vec<&User> = ws
        .control().users()
        .values()
        .filter(|u| u.org != org && ws.control().orgs().get(&u.org).is_some_and(|o| o.kind.is_free()))
        .filter(|u| !matches!(u.state, UserState::Inactive | UserState::DelayedClaim))
        .filter(|u| contains_ci(u.email.as_str(), &needle) || contains_ci(&u.name, &needle))
        .collect();
    v.sort_by(|a, b| a.email.cmp(&b.email));
    v
}

/// Users whose email domain is `domain`, in any org (what a domain affects).
pub fn users_with_domain<'a>(ws: &'a Workspace, domain: &str) -> Vec<&'a User> {
    ws.control().users().values().filter(|u| u.email.domain() == domain).collect()
}

/// The mailbox, newest first, optionally only for one recipient (substring, case-insensitive).
pub fn mailbox<'a>(ws: &'a Workspace, recipient: &str) -> Vec<&'a Message> {
    let loaded = ws.mail().outbox().loaded();
    mailbox_positions(ws, recipient).into_iter().map(|i| &loaded[i]).collect()
}

/// [`mailbox`] as positions in `ws.mail().outbox().loaded()`, newest first (what a page keeps between
/// changes, to show one page of them).
pub fn mailbox_positions(ws: &Workspace, recipient: &str) -> Vec<usize> {
    let needle = recipient.trim().to_lowercase();
    ws.mail().outbox().loaded().iter().enumerate().rev().filter(|(_, m)| contains_ci(&m.to, &needle)).map(|(i, _)| i).collect()
}

/// The audit log, newest first, filtered by text in the actor, command or events.
pub fn audit<'a>(ws: &'a Workspace, filter: &str) -> Vec<&'a LogEntry> {
    let loaded = ws.log().entries().loaded();
    audit_positions(ws, filter).into_iter().map(|i| &loaded[i]).collect()
}

/// [`audit`] as positions in `ws.log().entries().loaded()`, newest first.
pub fn audit_positions(ws: &Workspace, filter: &str) -> Vec<usize> {
    let needle = filter.trim().to_lowercase();
    if needle.is_empty() {
        return (0..ws.log().entries().loaded().len()).rev().collect();
    }
    let hits = ws.log().matching(&needle);
    (0..hits.len()).rev().filter(|&i| hits[i]).collect()
}

/// The audit log as CSV: one row per event.
pub fn audit_csv(entries: &[&LogEntry]) -> String {
    let rows = entries.iter().flat_map(|e| {
        let head = [e.seq.to_string(), e.at.iso(), e.actor.label(), e.command.name().to_string()];
        let events: Vec<String> = if e.events.is_empty() { vec![String::new()] } else { e.events.iter().map(|ev| ev.describe()).collect() };
        events.into_iter().map(move |d| vec![head[0].clone(), head[1].clone(), head[2].clone(), head[3].clone(), d])
    });
    to_csv(&["Seq", "Time", "Actor", "Command", "Event"], rows)
}
