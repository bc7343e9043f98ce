//! The Webex for BroadWorks subscribers API's JSON: what `GET /v1/broadworks/subscribers`
//! ("List BroadWorks Subscribers") returns, `{ "items": [Subscriber] }`, one page per file, up
//! to 100 subscribers a page. Its schema is the public OpenAPI description
//! (`webex/webex-openapi-specs`, `public-spec/webex-broadworks.json`).
//!
//! Read with a report per subscriber before anything is applied, as the CSV readers do:
//! - a file that is not JSON, not UTF-8, too deep, too large, or has no `items` array is refused
//!   whole, with its name and where it broke; a bare array of subscribers is read as a page;
//! - a subscriber with a missing required field (`userId`, `spEnterpriseId`, `status`,
//!   `package`), an unknown status or package, a field of the wrong type, or a `userId` that came
//!   earlier (in any file) gets its errors, with its file and place;
//! - fields the schema does not name are ignored; optional fields the file lacks stay `None`:
//!   nothing is invented;
//! - `selfActivated` is read as a boolean or as the string `"true"`/`"false"` (the API's own
//!   example writes a string); `errors` are kept verbatim, with their codes when numeric.
//!
//! Each file is read on its own ([`Reader::file`]), so a caller can show progress and yield
//! between files.

use crate::email::Email;
use crate::model::{Package, SubscriberStatus};
use crate::text::Text;
use crate::time::Timestamp;
use rustc_hash::FxHashSet;
use serde::de::{self, Deserializer, IgnoredAny, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::fmt;

/// Largest file read, in bytes (a page of 100 subscribers is about 60 KB; a merged file of
/// 100,000 about 60 MB).
pub const MAX_FILE_BYTES: usize = 96 * 1024 * 1024;

/// Longest text a field may hold, in characters (an error's description: [`MAX_DESCRIPTION`]):
/// a hostile file's megabytes of name are one row's error, not a workspace's weight.
pub const MAX_FIELD: usize = 1_000;

/// Longest error description kept, in characters.
pub const MAX_DESCRIPTION: usize = 10_000;

/// Most subscribers in one import (as the CSV import).
pub const MAX_ITEMS: usize = super::MAX_ROWS;

/// One error of the API's `errors` list, verbatim.
pub use crate::model::ReportedError as ApiError;

pub use crate::command::ApiSubscriber;

/// One subscriber of a file and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemReport {
    /// Which file (its place in the order the files were read, from 0).
    pub file: usize,
    /// Its place in the file's `items`, from 1.
    pub item: usize,
    /// The subscriber's `userId` as written, when there is one (to name the row).
    pub user_id: String,
    /// The subscriber, when usable.
    pub value: Option<ApiSubscriber>,
    /// What is wrong with it (empty when usable).
    pub errors: Vec<Text>,
}

/// Every subscriber of the files read, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApiPreview {
    /// The files' names, in order.
    pub files: Vec<String>,
    /// Every subscriber.
    pub items: Vec<ItemReport>,
}

impl ApiPreview {
    /// The usable subscribers.
    pub fn valid(&self) -> impl Iterator<Item = &ApiSubscriber> {
        self.items.iter().filter_map(|r| r.value.as_ref())
    }

    /// How many subscribers have errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|r| !r.errors.is_empty()).count()
    }
}

/// Reads files one at a time into one preview (a `userId` is a duplicate across files too).
#[derive(Debug, Default)]
pub struct Reader {
    preview: ApiPreview,
    seen: FxHashSet<String>,
}

/// Reads all the files at once (tests, small imports).
pub fn read<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Result<ApiPreview, Text> {
    let mut r = Reader::default();
    for (name, bytes) in files {
        r.file(name, bytes)?;
    }
    Ok(r.finish())
}

impl Reader {
    /// A reader with nothing read.
    pub fn new() -> Reader {
        Reader::default()
    }

    /// How many subscribers were read so far.
    pub fn len(&self) -> usize {
        self.preview.items.len()
    }

    /// True before any subscriber was read.
    pub fn is_empty(&self) -> bool {
        self.preview.items.is_empty()
    }

    /// Reads one page file. A file that cannot be used at all is refused (`api-file-…`, naming
    /// it) and nothing of it is kept; the files read before it stay.
    pub fn file(&mut self, name: &str, bytes: &[u8]) -> Result<(), Text> {
        let refuse = |id: &'static str| Text::new(id).with("file", name.to_string());
        if bytes.len() > MAX_FILE_BYTES {
            return Err(refuse("api-file-too-large").with("max", (MAX_FILE_BYTES / (1024 * 1024)) as i64));
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
            Err(e) => return Err(refuse("api-file-not-utf8").with("offset", e.valid_up_to() as i64)),
        };
        if text.trim().is_empty() {
            return Err(refuse("api-file-empty"));
        }
        let items = page(text).map_err(|e| match e {
            PageError::Json(e) => refuse("api-file-invalid").with("line", e.line() as i64).with("column", e.column() as i64),
            PageError::NoItems => refuse("api-file-no-items"),
        })?;
        if self.preview.items.len() + items.len() > MAX_ITEMS {
            return Err(refuse("api-file-too-many").with("max", MAX_ITEMS as i64));
        }
        let file = self.preview.files.len();
        self.preview.files.push(name.to_string());
        for (i, raw) in items.into_iter().enumerate() {
            let report = self.item(file, i + 1, raw);
            self.preview.items.push(report);
        }
        Ok(())
    }

    /// What was read.
    pub fn finish(self) -> ApiPreview {
        self.preview
    }

    fn item(&mut self, file: usize, item: usize, raw: &RawValue) -> ItemReport {
        let fields: Fields = match serde_json::from_str(raw.get()) {
            Ok(f) => f,
            Err(e) => {
                // An item that is not an object, or whose `errors` is not a list of objects.
                let error = if raw.get().trim_start().starts_with('{') { Text::new("api-item-invalid").with("problem", e.to_string()) } else { Text::new("api-item-not-object") };
                return ItemReport { file, item, user_id: String::new(), value: None, errors: vec![error] };
            }
        };
        let mut errors = Vec::new();
        let text = |field: &'static str, v: Option<Loose>, required: bool, errors: &mut Vec<Text>| -> Option<String> {
            match v {
                None | Some(Loose::Null) => {
                    if required {
                        errors.push(Text::new("api-field-missing").with("field", field));
                    }
                    None
                }
                Some(Loose::Str(s)) if s.trim().is_empty() => {
                    if required {
                        errors.push(Text::new("api-field-missing").with("field", field));
                    }
                    None
                }
                Some(Loose::Str(s)) if s.chars().count() > MAX_FIELD => {
                    errors.push(Text::new("api-field-too-long").with("field", field).with("max", MAX_FIELD as i64));
                    None
                }
                Some(Loose::Str(s)) => Some(s),
                Some(other) => {
                    errors.push(Text::new("api-field-type").with("field", field).with("found", other.kind()));
                    None
                }
            }
        };
        let user_id = text("userId", fields.user_id, true, &mut errors);
        if let Some(u) = &user_id {
            if u.contains(char::is_whitespace) {
                errors.push(Text::new("csv-bwid-spaces"));
            } else if !self.seen.insert(u.to_lowercase()) {
                errors.push(Text::new("api-duplicate").with("value", u.clone()));
            }
        }
        let enterprise = text("spEnterpriseId", fields.sp_enterprise_id, true, &mut errors);
        let status = text("status", fields.status, true, &mut errors).and_then(|s| {
            let found = SubscriberStatus::from_api_name(s.trim());
            if found.is_none() {
                errors.push(Text::new("api-status").with("value", s));
            }
            found
        });
        let package = text("package", fields.package, true, &mut errors).and_then(|s| {
            let found = Package::parse(&s);
            if found.is_none() {
                errors.push(Text::new("csv-package").with("value", s));
            }
            found
        });
        let email = text("email", fields.email, false, &mut errors).and_then(|s| match Email::parse(&s) {
            Ok(e) => Some(e),
            Err(e) => {
                errors.push(Text::new("csv-email").with("problem", e.text()));
                None
            }
        });
        let time = |field: &'static str, v: Option<Loose>, errors: &mut Vec<Text>| {
            text(field, v, false, errors).and_then(|s| {
                let t = parse_time(&s);
                if t.is_none() {
                    errors.push(Text::new("api-time").with("field", field).with("value", s));
                }
                t
            })
        };
        let created = time("created", fields.created, &mut errors);
        let last_status_change = time("lastStatusChange", fields.last_status_change, &mut errors);
        let self_activated = match fields.self_activated {
            None | Some(Loose::Null) => None,
            Some(Loose::Bool(b)) => Some(b),
            Some(Loose::Str(s)) if s.eq_ignore_ascii_case("true") => Some(true),
            Some(Loose::Str(s)) if s.eq_ignore_ascii_case("false") => Some(false),
            Some(other) => {
                errors.push(match other {
                    Loose::Str(s) => Text::new("api-self-activated").with("value", s),
                    other => Text::new("api-field-type").with("field", "selfActivated").with("found", other.kind()),
                });
                None
            }
        };
        let raw_errors = fields.errors.unwrap_or_default();
        if raw_errors.iter().any(|e| matches!(&e.description, Some(Loose::Str(d)) if d.chars().count() > MAX_DESCRIPTION)) {
            errors.push(Text::new("api-field-too-long").with("field", "errors").with("max", MAX_DESCRIPTION as i64));
        }
        let api_errors = raw_errors
            .into_iter()
            .map(|e| ApiError {
                code: match e.error_code {
                    Some(Loose::Num(n)) if n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&n) => Some(n as u32),
                    Some(Loose::Str(s)) => s.trim().parse().ok(),
                    _ => None,
                },
                description: match e.description {
                    Some(Loose::Str(s)) => s,
                    _ => String::new(),
                },
            })
            .collect();
        let id = text("id", fields.id, false, &mut errors);
        let person_id = text("personId", fields.person_id, false, &mut errors);
        let provisioning_id = text("provisioningId", fields.provisioning_id, false, &mut errors);
        let first_name = text("firstName", fields.first_name, false, &mut errors);
        let last_name = text("lastName", fields.last_name, false, &mut errors);
        let primary_phone = text("primaryPhoneNumber", fields.primary_phone_number, false, &mut errors);
        let mobile_phone = text("mobilePhoneNumber", fields.mobile_phone_number, false, &mut errors);
        let extension = text("extension", fields.extension, false, &mut errors);
        let shown_id = user_id.clone().unwrap_or_default();
        let value = match (errors.is_empty(), user_id, enterprise, status, package) {
            (true, Some(user_id), Some(enterprise), Some(status), Some(package)) => Some(ApiSubscriber {
                id,
                person_id,
                user_id,
                enterprise,
                provisioning_id,
                first_name,
                last_name,
                email,
                primary_phone,
                mobile_phone,
                extension,
                package,
                status,
                errors: api_errors,
                created,
                last_status_change,
                self_activated,
            }),
            _ => None,
        };
        ItemReport { file, item, user_id: shown_id, value, errors }
    }
}

enum PageError {
    Json(serde_json::Error),
    NoItems,
}

/// The items of a page: `{ "items": [...] }` (other keys ignored) or a bare array.
fn page(text: &str) -> Result<Vec<&RawValue>, PageError> {
    #[derive(Deserialize)]
    struct Page<'a> {
        #[serde(borrow)]
        items: Option<&'a RawValue>,
    }
    let shape = |e: serde_json::Error| if e.is_syntax() || e.is_eof() { PageError::Json(e) } else { PageError::NoItems };
    let items = if text.trim_start().starts_with('[') {
        serde_json::from_str::<&RawValue>(text).map_err(shape)?
    } else {
        serde_json::from_str::<Page>(text).map_err(shape)?.items.ok_or(PageError::NoItems)?
    };
    serde_json::from_str::<Vec<&RawValue>>(items.get()).map_err(shape)
}

/// A subscriber's fields, each taken as whatever JSON value it is, to report a wrong type
/// per field rather than refuse the subscriber with serde's words.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Fields {
    id: Option<Loose>,
    person_id: Option<Loose>,
    user_id: Option<Loose>,
    sp_enterprise_id: Option<Loose>,
    provisioning_id: Option<Loose>,
    first_name: Option<Loose>,
    last_name: Option<Loose>,
    email: Option<Loose>,
    primary_phone_number: Option<Loose>,
    mobile_phone_number: Option<Loose>,
    extension: Option<Loose>,
    package: Option<Loose>,
    status: Option<Loose>,
    errors: Option<Vec<RawApiError>>,
    created: Option<Loose>,
    last_status_change: Option<Loose>,
    self_activated: Option<Loose>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawApiError {
    error_code: Option<Loose>,
    description: Option<Loose>,
}

/// Any JSON value, keeping only what a field of the schema can be.
enum Loose {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List,
    Object,
}

impl Loose {
    /// What kind of value it is (the message `json-<kind>`).
    fn kind(&self) -> crate::text::Arg {
        let kind = match self {
            Loose::Null => "null",
            Loose::Bool(_) => "boolean",
            Loose::Num(_) => "number",
            Loose::Str(_) => "string",
            Loose::List => "list",
            Loose::Object => "object",
        };
        crate::text::Arg::code("json", kind)
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Loose, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Loose;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_unit<E>(self) -> Result<Loose, E> {
                Ok(Loose::Null)
            }
            fn visit_none<E>(self) -> Result<Loose, E> {
                Ok(Loose::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
                Loose::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Loose, E> {
                Ok(Loose::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Loose, E> {
                Ok(Loose::Num(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
                Ok(Loose::Num(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Loose, E> {
                Ok(Loose::Num(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
                Ok(Loose::Str(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
                Ok(Loose::Str(v))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Loose, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::List)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut a: A) -> Result<Loose, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::Object)
            }
        }
        d.deserialize_any(V)
    }
}

/// An ISO 8601 date and time as the API writes it (`2020-03-18T16:05:34.000Z`), with `Z` or an
/// offset (`+02:00`), fractions of a second dropped; or Unix time in milliseconds as digits
/// (the API's query parameters' form).
pub fn parse_time(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    if !s.is_empty() && s.len() <= 15 && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<i64>().ok().map(|ms| Timestamp(ms.div_euclid(1000)));
    }
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = b.get(r)?;
        if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (y, mo, d, h, mi, sec) = (num(0..4)?, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut rest = &b[19..];
    if let Some(r) = rest.strip_prefix(b".") {
        let digits = r.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        rest = &r[digits..];
    }
    let offset = match rest {
        b"Z" | b"z" => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let (oh, om) = (((h1 - b'0') * 10 + (h2 - b'0')) as i64, ((m1 - b'0') * 10 + (m2 - b'0')) as i64);
            if oh > 23 || om > 59 {
                return None;
            }
            let secs = oh * 3600 + om * 60;
            if *sign == b'+' { secs } else { -secs }
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo, d);
    Some(Timestamp(days * 86_400 + h * 3600 + mi * 60 + sec.min(59) - offset))
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_the_api_writes_them() {
        assert_eq!(parse_time("1970-01-01T00:00:00Z"), Some(Timestamp(0)));
        assert_eq!(parse_time("2020-03-18T16:05:34.000Z").map(|t| t.iso()), Some("2020-03-18T16:05:34Z".into()));
        assert_eq!(parse_time("2020-03-18T18:05:34+02:00").map(|t| t.iso()), Some("2020-03-18T16:05:34Z".into()));
        assert_eq!(parse_time("1579046400245"), Some(Timestamp(1_579_046_400)));
        for bad in ["", "2020-02-30T00:00:00Z", "2020-03-18", "2020-03-18T16:05:34", "2020-03-18T16:05:34.Z", "2020-13-01T00:00:00Z", "x020-03-18T16:05:34Z"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn round_trips_every_date_through_iso() {
        for secs in (-86_400 * 800..86_400 * 40_000).step_by(86_400 * 37 + 3_671) {
            let t = Timestamp(secs);
            assert_eq!(parse_time(&t.iso()), Some(t));
        }
    }
}
