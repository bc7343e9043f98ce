//! The manual activation email (seed 004, "best practices for sending activation emails
//! manually"): what it should contain, what is missing, and the message as `.eml` or `mailto:`.

use crate::text::Text;
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
    /// The item's message id (`composer-item-…`).
    pub label: &'static str,
    /// Whether it is filled in.
    pub done: bool,
}

/// Writes a message of the composer in the email's language: the app passes its Fluent lookup,
/// the tests an English one. The composer's words are messages (`composer-…` in
/// locales/*.ftl); their only parameter is the organization's name, `org`.
pub type Say<'a> = &'a dyn Fn(&Text) -> String;

impl ManualActivationEmail {
    /// A draft with the seed's defaults, in the words `say` writes: a subject naming the
    /// organization, the end-user portal link and the SSO activation steps.
    pub fn draft(org: &str, say: Say) -> ManualActivationEmail {
        let (subject, activation_steps) = ManualActivationEmail::defaults(org, say);
        ManualActivationEmail { subject, portal_link: END_USER_PORTAL.into(), activation_steps, ..Default::default() }
    }

    /// The draft's subject and activation steps in the words `say` writes (a field still equal
    /// to them is the draft's, not the administrator's, and follows a change of language).
    pub fn defaults(org: &str, say: Say) -> (String, String) {
        (say(&Text::new("composer-draft-subject").with("org", org)), say(&Text::new("composer-draft-steps")))
    }

    /// The checklist, in the seed's order.
    pub fn checklist(&self) -> [ChecklistItem; 7] {
        let filled = |s: &str| !s.trim().is_empty();
        [
            ChecklistItem { label: "composer-item-goals", done: filled(&self.goals_and_rollout) },
            ChecklistItem { label: "composer-item-value", done: filled(&self.app_value) },
            ChecklistItem { label: "composer-item-room", done: filled(&self.personal_room_link) },
            ChecklistItem { label: "composer-item-support", done: filled(&self.support_links) },
            ChecklistItem { label: "composer-item-training", done: filled(&self.training_links) },
            ChecklistItem { label: "composer-item-portal", done: filled(&self.portal_link) },
            ChecklistItem { label: "composer-item-steps", done: filled(&self.activation_steps) },
        ]
    }

    /// Message ids of what is still missing (the personal room link is optional and not
    /// counted).
    pub fn missing(&self) -> Vec<&'static str> {
        self.checklist().iter().enumerate().filter(|(i, c)| *i != 2 && !c.done).map(|(_, c)| c.label).collect()
    }

    /// The plain-text body: a greeting, each filled-in section under its heading, a closing, in
    /// the words `say` writes.
    pub fn body(&self, say: Say) -> String {
        let words = |id: &'static str| say(&Text::new(id));
        let mut out = format!("{}\n\n", words("composer-greeting"));
        for (title, text) in [
            ("composer-section-goals", &self.goals_and_rollout),
            ("composer-section-value", &self.app_value),
            ("composer-section-room", &self.personal_room_link),
            ("composer-section-steps", &self.activation_steps),
            ("composer-section-portal", &self.portal_link),
            ("composer-section-support", &self.support_links),
            ("composer-section-training", &self.training_links),
        ] {
            if !text.trim().is_empty() {
                out.push_str(&format!("{}\n{}\n\n", words(title), text.trim()));
            }
        }
        out.push_str(&words("composer-closing"));
        out.push('\n');
        out
    }

    /// An RFC 5322 message (`.eml`) the administrator can open and send from their mail program,
    /// from `from` (an address) under the composer's sender name.
    pub fn to_eml(&self, from: &str, date: Timestamp, say: Say) -> String {
        let clean = |s: &str| s.replace(['\r', '\n'], " ");
        let body = self.body(say).replace("\r\n", "\n").replace('\n', "\r\n");
        format!(
            "{}\r\nTo: {}\r\n{}\r\nDate: {}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\nX-Unsent: 1\r\n\r\n{}",
            from_header(&clean(&say(&Text::new("composer-from-name"))), &clean(from).replace(['<', '>'], "")),
            clean(&self.to.join(", ")),
            header("Subject", &clean(&self.subject)),
            rfc2822(date),
            body
        )
    }

    /// A `mailto:` URL with recipients, subject and body.
    pub fn mailto(&self, say: Say) -> String {
        format!("mailto:{}?subject={}&body={}", self.to.iter().map(|t| encode(t)).collect::<Vec<_>>().join(","), encode(&self.subject), encode(&self.body(say)))
    }
}

/// A header line, its value as RFC 2047 encoded words ("Q" encoding) when it is not plain ASCII
/// (a subject in Swedish or Romanian), so every mail program reads it.
fn header(name: &str, value: &str) -> String {
    let start = format!("{name}: ");
    let words = if value.is_ascii() { value.to_string() } else { encoded_words(value, start.len(), false) };
    start + &words
}

/// The From line: the sender's name (the composer's message, in the email's language) as a
/// phrase, quoted or encoded, and the address.
fn from_header(name: &str, address: &str) -> String {
    let name = if name.is_ascii() { format!("\"{}\"", name.replace(['\\', '"'], "")) } else { encoded_words(name, "From: ".len(), true) };
    format!("From: {name} <{address}>")
}

/// `value` as encoded words, on lines of at most 78 characters: each word is "=?UTF-8?Q?", its
/// text and "?=", the first after `used` characters of its line, the others after a space, split
/// between characters. In a phrase (a name in From) fewer characters stand for themselves.
fn encoded_words(value: &str, used: usize, phrase: bool) -> String {
    let mut out = String::new();
    let mut line = used;
    let mut word = String::new();
    for c in value.chars() {
        let mut q = String::new();
        let mut buf = [0u8; 4];
        for b in c.encode_utf8(&mut buf).bytes() {
            let plain = if phrase { b.is_ascii_alphanumeric() || matches!(b, b'!' | b'*' | b'+' | b'-' | b'/') } else { matches!(b, b'!'..=b'~') && !matches!(b, b'=' | b'?' | b'_') };
            match b {
                b' ' => q.push('_'),
                _ if plain => q.push(b as char),
                _ => q.push_str(&format!("={b:02X}")),
            }
        }
        if line + 12 + word.len() + q.len() > 78 {
            out.push_str(&format!("=?UTF-8?Q?{word}?=\r\n "));
            word.clear();
            line = 1;
        }
        word.push_str(&q);
    }
    out.push_str(&format!("=?UTF-8?Q?{word}?="));
    out
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

    /// The message ids themselves, with the organization where a message names it.
    fn ids(t: &Text) -> String {
        match t.str("org") {
            Some(org) => format!("{}({org})", t.id),
            None => t.id.to_string(),
        }
    }

    #[test]
    fn the_draft_warns_about_what_the_seed_asks_for() {
        let mut m = ManualActivationEmail::draft("Acme", &ids);
        assert_eq!(m.subject, "composer-draft-subject(Acme)");
        assert_eq!(m.activation_steps, "composer-draft-steps");
        assert_eq!(m.missing(), ["composer-item-goals", "composer-item-value", "composer-item-support", "composer-item-training"]);
        m.goals_and_rollout = "We move to Webex by March.".into();
        m.app_value = "Messaging, meetings and calling in one app.".into();
        m.support_links = "https://intranet.example/help".into();
        m.training_links = "https://intranet.example/training".into();
        assert!(m.missing().is_empty());
        assert!(!m.checklist()[2].done, "the personal room link stays optional");
    }

    #[test]
    fn the_body_has_the_filled_sections_in_order_in_the_words_given() {
        let mut m = ManualActivationEmail::draft("Acme", &ids);
        m.support_links = " https://intranet.example/help ".into();
        assert_eq!(
            m.body(&ids),
            "composer-greeting\n\ncomposer-section-steps\ncomposer-draft-steps\n\ncomposer-section-portal\nhttps://settings.webex.com\n\ncomposer-section-support\nhttps://intranet.example/help\n\ncomposer-closing\n"
        );
    }

    #[test]
    fn eml_and_mailto_are_well_formed() {
        let mut m = ManualActivationEmail::draft("Acme", &ids);
        m.to = vec!["ann@acme.example".into(), "bo@acme.example".into()];
        m.subject = "Hi\r\nBcc: evil@x.example".into();
        let eml = m.to_eml("it@acme.example", Timestamp(1_795_317_420), &ids);
        assert!(eml.starts_with("From: \"composer-from-name\" <it@acme.example>\r\nTo: ann@acme.example, bo@acme.example\r\nSubject: Hi  Bcc: evil@x.example\r\n"), "no header injection: {eml}");
        assert!(eml.contains("Date: Sun, 22 Nov 2026 03:17:00 +0000\r\n"));
        assert!(eml.contains("https://settings.webex.com"));
        let mailto = m.mailto(&ids);
        assert!(mailto.starts_with("mailto:ann@acme.example,bo@acme.example?subject=Hi%0D%0ABcc%3A%20evil@x.example&body=composer-greeting"));
    }

    #[test]
    fn a_subject_in_another_alphabet_is_encoded_for_mail_programs() {
        let mut m = ManualActivationEmail::draft("Acme", &ids);
        m.subject = "Välkommen till Webex på Acme: aktivera ditt konto nu, innan månadens slut".into();
        let eml = m.to_eml("it@acme.example", Timestamp(0), &ids);
        let header: Vec<&str> = eml.split("\r\n").skip_while(|l| !l.starts_with("Subject: ")).take_while(|l| !l.starts_with("Date: ")).collect();
        assert_eq!(
            header,
            ["Subject: =?UTF-8?Q?V=C3=A4lkommen_till_Webex_p=C3=A5_Acme:_aktivera_ditt_kon?=", " =?UTF-8?Q?to_nu,_innan_m=C3=A5nadens_slut?="]
        );
        assert!(header.iter().all(|l| l.len() <= 78));
        // The sender's name in the email's language, as a phrase: letters, digits and few signs
        // stand for themselves.
        let swedish = |t: &Text| if t.id == "composer-from-name" { "Webex-administratör (IT)".to_string() } else { ids(t) };
        let eml = m.to_eml("it@acme.example", Timestamp(0), &swedish);
        assert!(eml.starts_with("From: =?UTF-8?Q?Webex-administrat=C3=B6r_=28IT=29?= <it@acme.example>\r\n"), "{eml}");
    }
}
