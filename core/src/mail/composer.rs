//! The manual activation email (seed 004, "best practices for sending activation emails
//! manually"): what it should contain, what is missing, and the message as `.eml` or `mailto:`.

use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The end-user portal the seed names.
pub const END_USER_PORTAL: &str = "https://settings.webex.com";

/// What the administrator fills in.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ManualActivationEmail {
    /// Recipients (comma-separated when written out).
    pub to: Vec<String>,
    /// Subject.
    pub subject: String,
    /// Your company's goals and rollout plan.
    pub goals_and_rollout: String,
    /// The value and purpose of the Webex App.
    pub app_value: String,
    /// Link to the personal meeting room (when the Webex App was bought with Webex Meetings).
    pub personal_room_link: String,
    /// Internal support links.
    pub support_links: String,
    /// Internal training content links.
    pub training_links: String,
    /// Link to the end-user portal.
    pub portal_link: String,
    /// How users activate their account (sign in on the SSO page with company credentials).
    pub activation_steps: String,
}

/// One item of the seed's checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChecklistItem {
    /// Label.
    pub label: &'static str,
    /// Whether it is filled in.
    pub done: bool,
}

impl ManualActivationEmail {
    /// A draft with the seed's defaults: the end-user portal link and SSO activation steps.
    pub fn draft(org: &str) -> ManualActivationEmail {
        ManualActivationEmail {
            subject: format!("Welcome to Webex at {org}: activate your account"),
            portal_link: END_USER_PORTAL.into(),
            activation_steps: "Open the Webex App and sign in on your company's single sign-on (SSO) page with your company credentials. You are then signed in to the Webex App automatically.".into(),
            ..Default::default()
        }
    }

    /// The checklist, in the seed's order.
    pub fn checklist(&self) -> [ChecklistItem; 7] {
        let filled = |s: &str| !s.trim().is_empty();
        [
            ChecklistItem { label: "Your company's goals and rollout plan", done: filled(&self.goals_and_rollout) },
            ChecklistItem { label: "The value and purpose of the Webex App", done: filled(&self.app_value) },
            ChecklistItem { label: "Link to the personal meeting room (if bought with Webex Meetings)", done: filled(&self.personal_room_link) },
            ChecklistItem { label: "Internal support links", done: filled(&self.support_links) },
            ChecklistItem { label: "Links to internal training content", done: filled(&self.training_links) },
            ChecklistItem { label: "Link to the end-user portal", done: filled(&self.portal_link) },
            ChecklistItem { label: "Activation steps (sign in with SSO)", done: filled(&self.activation_steps) },
        ]
    }

    /// Labels of what is still missing (the personal room link is optional and not counted).
    pub fn missing(&self) -> Vec<&'static str> {
        self.checklist().iter().enumerate().filter(|(i, c)| *i != 2 && !c.done).map(|(_, c)| c.label).collect()
    }

    /// The plain-text body.
    pub fn body(&self) -> String {
        let mut out = String::from("Hello,\n\n");
        let mut section = |title: &str, text: &str| {
            if !text.trim().is_empty() {
                out.push_str(&format!("{title}\n{}\n\n", text.trim()));
            }
        };
        section("Why we are moving to Webex", &self.goals_and_rollout);
        section("What the Webex App does for you", &self.app_value);
        section("Your personal meeting room", &self.personal_room_link);
        section("How to activate your account", &self.activation_steps);
        section("Your settings (end-user portal)", &self.portal_link);
        section("Need help?", &self.support_links);
        section("Training", &self.training_links);
        out.push_str("Thank you,\nYour IT team\n");
        out
    }

    /// An RFC 5322 message (`.eml`) the administrator can open and send from their mail program.
    pub fn to_eml(&self, from: &str, date: Timestamp) -> String {
        let clean = |s: &str| s.replace(['\r', '\n'], " ");
        let body = self.body().replace("\r\n", "\n").replace('\n', "\r\n");
        format!(
            "From: {}\r\nTo: {}\r\nSubject: {}\r\nDate: {}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\nX-Unsent: 1\r\n\r\n{}",
            clean(from),
            clean(&self.to.join(", ")),
            clean(&self.subject),
            rfc2822(date),
            body
        )
    }

    /// A `mailto:` URL with recipients, subject and body.
    pub fn mailto(&self) -> String {
        format!("mailto:{}?subject={}&body={}", self.to.iter().map(|t| encode(t)).collect::<Vec<_>>().join(","), encode(&self.subject), encode(&self.body()))
    }
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'@' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn rfc2822(t: Timestamp) -> String {
    let (y, mo, d, h, mi, s) = t.parts();
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    let weekday = DAYS[(t.0.div_euclid(crate::time::DAY)).rem_euclid(7) as usize];
    format!("{weekday}, {d:02} {} {y} {h:02}:{mi:02}:{s:02} +0000", MONTHS[(mo - 1) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_draft_warns_about_what_the_seed_asks_for() {
        let mut m = ManualActivationEmail::draft("Acme");
        assert_eq!(m.missing().len(), 4, "{:?}", m.missing());
        m.goals_and_rollout = "We move to Webex by March.".into();
        m.app_value = "Messaging, meetings and calling in one app.".into();
        m.support_links = "https://intranet.example/help".into();
        m.training_links = "https://intranet.example/training".into();
        assert!(m.missing().is_empty());
        assert!(!m.checklist()[2].done, "the personal room link stays optional");
    }

    #[test]
    fn eml_and_mailto_are_well_formed() {
        let mut m = ManualActivationEmail::draft("Acme");
        m.to = vec!["ann@acme.example".into(), "bo@acme.example".into()];
        m.subject = "Hi\r\nBcc: evil@x.example".into();
        let eml = m.to_eml("it@acme.example", Timestamp(1_795_317_420));
        assert!(eml.starts_with("From: it@acme.example\r\nTo: ann@acme.example, bo@acme.example\r\nSubject: Hi  Bcc: evil@x.example\r\n"), "no header injection: {eml}");
        assert!(eml.contains("Date: Sun, 22 Nov 2026 03:17:00 +0000\r\n"));
        assert!(eml.contains("https://settings.webex.com"));
        let mailto = m.mailto();
        assert!(mailto.starts_with("mailto:ann@acme.example,bo@acme.example?subject=Hi%0D%0ABcc%3A%20evil@x.example&body=Hello%2C"));
    }
}
