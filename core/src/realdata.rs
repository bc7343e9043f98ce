//! A customer's real data, beyond reading it (`import::api` reads): the reader's preview into a
//! new workspace, in parts; the worklist of the stuck subscribers; the subscribers back out in
//! the API's shape, plain or redacted. Above the workspace and its queries, so the reader below
//! them depends on neither.

use crate::command::Command;
use crate::import::api::{ApiError, ApiPreview};
use crate::text::Text;
use crate::time::Timestamp;
use crate::workspace::Workspace;

/// A new workspace holding the preview's usable subscribers: the import is its first command
/// (`ImportFromApi`), so the audit log, undo and replay see it like any other change.
pub fn into_workspace(preview: &ApiPreview, now: Timestamp) -> Result<Workspace, crate::CommandError> {
    let mut parts = into_parts(preview.clone(), usize::MAX);
    let mut ws = Workspace::new();
    // The import hands out no tokens.
    let mut tokens = || crate::model::Token(crate::arena::ArenaStr::from(""));
    ws.apply(parts.next().unwrap_or_else(|| Command::ImportFromApi { subscribers: Vec::new() }), now, &mut tokens)?;
    Ok(ws)
}

/// The import as commands of at most `size` subscribers each, applied in turn (the first to a
/// new workspace): a page applies one, draws, and applies the next, so a large import never
/// holds the page for long; the same subscribers, templates and customers as one command. Each
/// part is made when it is asked for, moving the subscribers out of the preview.
pub fn into_parts(preview: ApiPreview, size: usize) -> impl Iterator<Item = Command> {
    let size = size.max(1);
    let mut valid = preview.items.into_iter().filter_map(|r| r.value).peekable();
    std::iter::from_fn(move || {
        valid.peek()?;
        Some(Command::ImportFromApi { subscribers: valid.by_ref().take(size).collect() })
    })
}

/// The worklist's columns.
pub const WORKLIST_HEADER: [&str; 7] = ["BroadWorks ID", "Name", "Email", "Status", "Since", "Cause", "Next step"];

/// The worklist: every stuck subscriber (one the diagnosis names a cause for at `now`), in id
/// order, as CSV (RFC 4180, formulas escaped), and how many rows it has. `say` writes a message
/// in the reader's language.
pub fn worklist_csv(ws: &Workspace, now: Timestamp, say: impl Fn(&Text) -> String) -> (String, usize) {
    let mut count = 0;
    let rows = ws.partner().subscribers().values().filter_map(|s| {
        let d = ws.diagnose_subscriber(s.id, now)?;
        count += 1;
        Some([
            s.broadworks_user_id.to_string(),
            s.name.to_string(),
            s.email.as_ref().map(|e| e.to_string()).unwrap_or_default(),
            s.status.api_name().to_string(),
            s.last_status_change.iso(),
            say(&d.cause),
            say(&d.remedy),
        ])
    });
    let csv = crate::query::to_csv(&WORKLIST_HEADER, rows);
    (csv, count)
}

/// The workspace's subscribers in the API's shape (`{ "items": [...] }`, one page), as they
/// stand now: the fields the import read are written back as read, the rest from the model, and
/// nothing the workspace does not know. With `redact`, names, emails, phone numbers and the
/// BroadWorks user ID's local part become placeholders numbered by the subscriber's place
/// (stable for the same workspace), also where the error descriptions quote them, so the file
/// can go to a colleague or a case.
pub fn to_json(ws: &Workspace, redact: bool) -> String {
    use serde_json::{Map, Value};
    let p = ws.partner();
    let items: Vec<Value> = p
        .subscribers()
        .values()
        .enumerate()
        .map(|(n, s)| {
            let n = n + 1;
            let facts = p.reported(s.id);
            let customer = p.customers().get(&s.customer);
            let template = customer.and_then(|c| p.templates().get(&c.template));
            let mut m = Map::new();
            let put = |m: &mut Map<String, Value>, k: &str, v: Option<String>| {
                if let Some(v) = v {
                    m.insert(k.to_string(), Value::String(v));
                }
            };
            let user_id = s.broadworks_user_id.to_string();
            let email = s.email.as_ref().map(|e| e.to_string());
            let hide = |text: &str| -> String {
                let mut out = text.replace(&user_id, &placeholder_user_id(&user_id, n));
                if let Some(e) = &email {
                    out = out.replace(e.as_str(), &format!("subscriber-{n}@redacted.invalid"));
                }
                out
            };
            let (first, last) = match facts {
                Some(f) => (f.first_name.clone(), f.last_name.clone()),
                None => (Some(s.name.to_string()).filter(|x| !x.is_empty()), None),
            };
            put(&mut m, "id", facts.and_then(|f| f.api_id.clone()));
            put(&mut m, "personId", facts.and_then(|f| f.person_id.clone()));
            put(&mut m, "userId", Some(if redact { placeholder_user_id(&user_id, n) } else { user_id.clone() }));
            put(&mut m, "spEnterpriseId", customer.map(|c| c.enterprise_id.clone()));
            if redact {
                put(&mut m, "firstName", first.map(|_| "Subscriber".to_string()));
                put(&mut m, "lastName", last.map(|_| n.to_string()));
                put(&mut m, "email", email.as_ref().map(|_| format!("subscriber-{n}@redacted.invalid")));
                put(&mut m, "primaryPhoneNumber", facts.and_then(|f| f.primary_phone.as_ref()).map(|_| format!("+1-555-{n:07}")));
                put(&mut m, "mobilePhoneNumber", facts.and_then(|f| f.mobile_phone.as_ref()).map(|_| format!("+1-555-{n:07}")));
                put(&mut m, "extension", facts.and_then(|f| f.extension.as_ref()).map(|_| format!("{}", n % 10_000)));
            } else {
                put(&mut m, "firstName", first);
                put(&mut m, "lastName", last);
                put(&mut m, "email", email.clone());
                put(&mut m, "primaryPhoneNumber", facts.and_then(|f| f.primary_phone.clone()));
                put(&mut m, "mobilePhoneNumber", facts.and_then(|f| f.mobile_phone.clone()));
                put(&mut m, "extension", facts.and_then(|f| f.extension.clone()));
            }
            put(&mut m, "package", Some(s.package.label().to_lowercase()));
            put(&mut m, "status", Some(s.status.api_name().to_string()));
            let errors: Vec<ApiError> = match (&s.error, facts) {
                (Some(e), _) => vec![ApiError { code: Some(e.code.code()), description: e.code.text().to_string() }],
                (None, Some(f)) if f.status == Some(s.status) => f.errors.clone(),
                _ => Vec::new(),
            };
            let errors: Vec<Value> = errors
                .into_iter()
                .map(|e| {
                    let mut o = Map::new();
                    if let Some(c) = e.code {
                        o.insert("errorCode".into(), Value::from(c));
                    }
                    o.insert("description".into(), Value::String(if redact { hide(&e.description) } else { e.description }));
                    Value::Object(o)
                })
                .collect();
            m.insert("errors".into(), Value::Array(errors));
            put(&mut m, "created", facts.and_then(|f| f.created).map(|t| t.iso()));
            let since = match facts {
                Some(f) if f.status == Some(s.status) => f.last_status_change,
                _ => Some(s.last_status_change),
            };
            put(&mut m, "lastStatusChange", since.map(|t| t.iso()));
            put(&mut m, "provisioningId", facts.and_then(|f| f.provisioning_id.clone()).or_else(|| template.filter(|t| !p.template_imported(t.id)).map(|t| t.provisioning_id.clone())));
            if let Some(b) = facts.map_or(Some(s.self_activated), |f| f.self_activated.or(s.self_activated.then_some(true))) {
                m.insert("selfActivated".into(), Value::Bool(b));
            }
            Value::Object(m)
        })
        .collect();
    let mut page = Map::new();
    page.insert("items".into(), Value::Array(items));
    serde_json::to_string_pretty(&Value::Object(page)).unwrap_or_default()
}

fn placeholder_user_id(user_id: &str, n: usize) -> String {
    match user_id.rsplit_once('@') {
        Some((_, domain)) => format!("subscriber-{n}@{domain}"),
        None => format!("subscriber-{n}"),
    }
}

