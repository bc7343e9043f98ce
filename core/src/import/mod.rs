//! Import with a per-row report, before anything is applied: CSV files here, the Webex
//! BroadWorks subscribers API's JSON in [`api`].
//!
//! Tolerant of what spreadsheets produce: a UTF-8 byte-order mark, CRLF or LF line ends, quoted
//! fields, header names in any case and order, extra columns (ignored) and missing optional
//! columns. Every row that cannot be used gets a message naming its line and what to fix.

pub mod api;

use crate::command::{DirectoryEntry, ExportedUser, SubscriberInput, UserInput};
use crate::email::Email;
use crate::model::{Package, UserState};
use crate::text::Text;

/// One data row of a file and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowReport<T> {
    /// Line number in the file (the header is line 1).
    pub line: usize,
    /// The parsed row, when it is usable.
    pub value: Option<T>,
    /// What is wrong with it (empty when usable).
    pub errors: Vec<Text>,
}

/// The result of reading a file: one report per data row (a file that cannot be used at all is
/// an `Err` with the message saying why, `csv-file-…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview<T> {
    /// Every data row.
    pub rows: Vec<RowReport<T>>,
}

impl<T: Clone> Preview<T> {
    /// The usable rows.
    pub fn valid(&self) -> Vec<T> {
        self.rows.iter().filter_map(|r| r.value.clone()).collect()
    }

    /// How many rows have errors.
    pub fn error_count(&self) -> usize {
        self.rows.iter().filter(|r| !r.errors.is_empty()).count()
    }
}

/// Most data rows a file may hold.
pub const MAX_ROWS: usize = 200_000;

struct Table {
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

fn read_table(text: &str) -> Result<Table, Text> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The csv crate numbers the lines of CRLF files one short (it places a record before the
    // previous record's LF); with LF line ends the line numbers in the report are right.
    let text = text.replace("\r\n", "\n");
    if text.trim().is_empty() {
        return Err(Text::new("csv-file-empty"));
    }
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut header = None;
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| Text::new("csv-file-invalid").with("line", e.position().map_or(0, |p| p.line() as i64)))?;
        let line = rec.position().map_or(0, |p| p.line() as usize);
        let cells: Vec<String> = rec.iter().map(str::to_string).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if header.is_none() {
            header = Some(cells.iter().map(|c| c.to_lowercase()).collect());
        } else {
            if rows.len() == MAX_ROWS {
                return Err(Text::new("csv-file-too-many").with("max", MAX_ROWS as i64));
            }
            rows.push((line, cells));
        }
    }
    let header = header.ok_or(Text::new("csv-file-no-header"))?;
    Ok(Table { header, rows })
}

fn column(header: &[String], names: &[&str]) -> Option<usize> {
    header.iter().position(|h| {
        let h = h.trim_end_matches(" (required)").trim();
        names.contains(&h)
    })
}

fn cell(row: &[String], col: Option<usize>) -> String {
    col.and_then(|c| row.get(c)).cloned().unwrap_or_default()
}

/// The name cell, or the first and last name cells together when it is empty.
fn full_name(row: &[String], name: Option<usize>, first: Option<usize>, last: Option<usize>) -> String {
    let full = cell(row, name);
    if !full.is_empty() {
        return full;
    }
    format!("{} {}", cell(row, first), cell(row, last)).trim().to_string()
}

/// An email cell's problems: not an address, or one that came earlier in the file.
fn check_email(mail: &str, seen: &mut std::collections::HashSet<Email>, errors: &mut Vec<Text>) {
    match Email::parse(mail) {
        Ok(e) => {
            if !seen.insert(e.clone()) {
                errors.push(Text::new("csv-duplicate").with("value", e.to_string()));
            }
        }
        Err(e) => errors.push(Text::new("csv-email").with("problem", e.text())),
    }
}

/// Reads a file of BroadWorks users: columns `BroadWorks User ID` (required), `Name` (or
/// `First Name` and `Last Name`), `Password` (required), `Email`, `Package`.
pub fn subscribers(text: &str) -> Result<Preview<SubscriberInput>, Text> {
    let t = read_table(text)?;
    let h = &t.header;
    let id = column(h, &["broadworks user id", "broadworks id", "user id", "userid"])
        .ok_or(Text::new("csv-file-no-bwid-column"))?;
    let pw = column(h, &["password", "portal password"]).ok_or(Text::new("csv-file-no-password-column"))?;
    let name = column(h, &["name", "display name"]);
    let first = column(h, &["first name", "firstname"]);
    let last = column(h, &["last name", "lastname"]);
    let email = column(h, &["email", "email address", "e-mail"]);
    let package = column(h, &["package", "package type"]);
    let mut seen = std::collections::HashSet::new();
    let rows = t
        .rows
        .into_iter()
        .map(|(line, row)| {
            let mut errors = Vec::new();
            let bwid = cell(&row, Some(id));
            if bwid.is_empty() {
                errors.push(Text::new("csv-bwid-empty"));
            } else if bwid.contains(char::is_whitespace) {
                errors.push(Text::new("csv-bwid-spaces"));
            } else if !seen.insert(bwid.to_lowercase()) {
                errors.push(Text::new("csv-duplicate").with("value", bwid.to_string()));
            }
            let full = full_name(&row, name, first, last);
            if full.is_empty() {
                errors.push(Text::new("csv-name-empty"));
            }
            let password = cell(&row, Some(pw));
            if password.is_empty() {
                errors.push(Text::new("csv-password-empty"));
            }
            let mail = cell(&row, email);
            if !mail.is_empty() {
                if let Err(e) = Email::parse(&mail) {
                    errors.push(Text::new("csv-email").with("problem", e.text()));
                }
            }
            let pkg = cell(&row, package);
            let parsed_pkg = if pkg.is_empty() { None } else { Package::parse(&pkg) };
            if !pkg.is_empty() && parsed_pkg.is_none() {
                errors.push(Text::new("csv-package").with("value", pkg.to_string()));
            }
            let value = errors.is_empty().then(|| SubscriberInput {
                broadworks_user_id: bwid,
                name: full,
                package: parsed_pkg,
                email: (!mail.is_empty()).then_some(mail),
                portal_password: password,
            });
            RowReport { line, value, errors }
        })
        .collect();
    Ok(Preview { rows })
}

/// Reads a file of Control Hub users: `Email` (also `User ID/Email (Required)`) and optional
/// `Name` or `Display Name` / `First Name` + `Last Name`.
pub fn users(text: &str) -> Result<Preview<UserInput>, Text> {
    let (preview, _) = people(text, false)?;
    Ok(preview)
}

/// Reads a directory export: `Email`, optional `Name`, optional `Enabled` (`true`/`false`,
/// `yes`/`no`, `1`/`0`; absent means enabled).
pub fn directory(text: &str) -> Result<Preview<DirectoryEntry>, Text> {
    let (preview, enabled) = people(text, true)?;
    let rows = preview
        .rows
        .into_iter()
        .zip(enabled)
        .map(|(r, (en, err))| {
            let mut errors = r.errors;
            if let Some(e) = err {
                errors.push(e);
            }
            let value = if errors.is_empty() { r.value.map(|u| DirectoryEntry { email: u.email, name: u.name, enabled: en }) } else { None };
            RowReport { line: r.line, value, errors }
        })
        .collect();
    Ok(Preview { rows })
}

/// Reads Control Hub's users export (`exported_users.csv`, Users → Export): the columns
/// `User ID/Email (Required)` and `User Status` (required), `Display Name` or `First Name` and
/// `Last Name`, in any order, with every other column of the export (Last Service Accessed
/// Time, Extension, Title, Department, the services' TRUE/FALSE columns...) ignored. The status
/// is read in the words Control Hub uses in English, Swedish, Norwegian and Romanian
/// ([`UserState::from_words`]); a word it does not know is reported on its row.
pub fn control_hub_export(text: &str) -> Result<Preview<ExportedUser>, Text> {
    let t = read_table(text)?;
    let h = &t.header;
    let email = column(h, &["user id/email", "email", "user id", "e-mail"]).ok_or(Text::new("csv-file-no-email-column"))?;
    let status = column(h, &["user status", "status", "användarstatus", "brukerstatus", "starea utilizatorului"]).ok_or(Text::new("csv-file-no-status-column"))?;
    let display = column(h, &["display name", "name"]);
    let first = column(h, &["first name"]);
    let last = column(h, &["last name"]);
    let mut seen = std::collections::HashSet::new();
    let rows = t
        .rows
        .into_iter()
        .map(|(line, row)| {
            let mut errors = Vec::new();
            let mail = cell(&row, Some(email));
            check_email(&mail, &mut seen, &mut errors);
            let words = cell(&row, Some(status));
            let state = UserState::from_words(&words);
            match state {
                None => errors.push(Text::new("csv-user-status").with("value", words)),
                Some(UserState::DelayedClaim) => errors.push(Text::new("csv-delayed-claim")),
                Some(_) => {}
            }
            let name = full_name(&row, display, first, last);
            let value = match (errors.is_empty(), state) {
                (true, Some(state)) => Some(ExportedUser { email: mail, name, state }),
                _ => None,
            };
            RowReport { line, value, errors }
        })
        .collect();
    Ok(Preview { rows })
}

type EnabledCell = (bool, Option<Text>);

fn people(text: &str, with_enabled: bool) -> Result<(Preview<UserInput>, Vec<EnabledCell>), Text> {
    let t = read_table(text)?;
    let h = &t.header;
    let email = column(h, &["email", "user id/email", "email address", "e-mail", "mail"])
        .ok_or(Text::new("csv-file-no-email-column"))?;
    let name = column(h, &["name", "display name", "displayname"]);
    let first = column(h, &["first name", "firstname", "givenname"]);
    let last = column(h, &["last name", "lastname", "surname", "sn"]);
    let enabled_col = column(h, &["enabled", "active", "status"]);
    let mut seen = std::collections::HashSet::new();
    let mut enabled = Vec::new();
    let rows = t
        .rows
        .into_iter()
        .map(|(line, row)| {
            let mut errors = Vec::new();
            let mail = cell(&row, Some(email));
            check_email(&mail, &mut seen, &mut errors);
            let full = full_name(&row, name, first, last);
            if with_enabled {
                let v = cell(&row, enabled_col).to_lowercase();
                enabled.push(match v.as_str() {
                    "" | "true" | "yes" | "1" | "enabled" | "active" => (true, None),
                    "false" | "no" | "0" | "disabled" | "inactive" => (false, None),
                    other => (true, Some(Text::new("csv-enabled").with("value", other.to_string()))),
                });
            }
            let value = errors.is_empty().then_some(UserInput { email: mail, name: full });
            RowReport { line, value, errors }
        })
        .collect();
    Ok((Preview { rows }, enabled))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerant_of_bom_crlf_quotes_extra_and_missing_columns() {
        let text = "\u{feff}Extra,broadworks user id,NAME,Password\r\nx,\"2145550001@sp.example\",\"Lee, Ann\",pw1\r\n,2145550002@sp.example,Bo,pw2\r\n\r\n";
        let p = subscribers(text).unwrap();
        assert_eq!(p.rows.len(), 2);
        assert_eq!(p.error_count(), 0);
        let v = p.valid();
        assert_eq!(v[0].name, "Lee, Ann");
        assert_eq!(v[0].email, None);
        assert_eq!(v[1].broadworks_user_id, "2145550002@sp.example");
    }

    #[test]
    fn line_numbers_are_right_with_windows_line_ends() {
        let p = subscribers("BroadWorks User ID,Name,Password\r\na@sp,A,pw\r\n,B,pw\r\n").unwrap();
        assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3]);
    }

    #[test]
    fn reports_each_bad_row_with_its_line() {
        let text = "BroadWorks User ID,First Name,Last Name,Email,Package,Password\n\
                    a@sp,Ann,Lee,ann@example.com,Premium,pw\n\
                    ,Bo,,bo@example,Gold,\n\
                    a@sp,Cy,Do,,,pw\n\
                    c d,Ed,,,basic,pw\n";
        let p = subscribers(text).unwrap();
        assert_eq!(p.rows.len(), 4);
        assert!(p.rows[0].errors.is_empty());
        assert_eq!(p.rows[0].value.as_ref().unwrap().package, Some(Package::Premium));
        assert_eq!(p.rows[1].line, 3);
        assert_eq!(p.rows[1].errors.len(), 4, "{:?}", p.rows[1].errors);
        assert_eq!(p.rows[2].errors[0].id, "csv-duplicate");
        assert_eq!(p.rows[3].errors[0].id, "csv-bwid-spaces");
        assert_eq!(p.valid().len(), 1);
    }

    #[test]
    fn refuses_unusable_files_with_a_reason() {
        assert_eq!(subscribers("").unwrap_err(), Text::new("csv-file-empty"));
        assert_eq!(subscribers(" \n\n").unwrap_err(), Text::new("csv-file-empty"));
        assert_eq!(subscribers("Name,Password\nAnn,pw\n").unwrap_err(), Text::new("csv-file-no-bwid-column"));
        assert_eq!(subscribers("BroadWorks User ID,Name\na@sp,Ann\n").unwrap_err(), Text::new("csv-file-no-password-column"));
        assert_eq!(users("Name\nAnn\n").unwrap_err(), Text::new("csv-file-no-email-column"));
        assert_eq!(directory(",,\n").unwrap_err(), Text::new("csv-file-no-header"));
    }

    #[test]
    fn refuses_a_file_over_the_row_limit_saying_the_limit() {
        let mut text = String::from("Email\n");
        for i in 0..=MAX_ROWS {
            text.push_str(&format!("u{i}@example.com\n"));
        }
        assert_eq!(users(&text).unwrap_err(), Text::new("csv-file-too-many").with("max", MAX_ROWS as i64));
    }

    #[test]
    fn directory_reads_enabled_column() {
        let p = directory("mail,displayName,enabled\nann@example.com,Ann,true\nbo@example.com,Bo,no\ncy@example.com,Cy,maybe\n").unwrap();
        assert_eq!(p.rows.len(), 3);
        assert!(p.rows[0].value.as_ref().unwrap().enabled);
        assert!(!p.rows[1].value.as_ref().unwrap().enabled);
        assert!(p.rows[2].value.is_none());
    }
}
