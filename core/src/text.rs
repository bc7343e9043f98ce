//! What the core says to people, as a message id and its parameters, not as English: the app
//! writes it in the reader's language (locales/<tag>.ftl, `diag-…`, `due-…`). The core's tests
//! check the id and the parameters, which is more exact than checking words.

use crate::time::Timestamp;

/// A message: its id in locales/*.ftl and its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The message id.
    pub id: &'static str,
    /// The parameters, by name.
    pub args: Vec<(&'static str, Arg)>,
}

/// A parameter of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Words as they are (an email address, a name, a domain).
    Str(String),
    /// A count (selects plural forms).
    Num(i64),
    /// A moment on the sandbox clock (written for the reader's language).
    Time(Timestamp),
    /// A span of time in seconds ("3 days 2 hours", in the reader's language).
    Duration(i64),
    /// Another message, written first.
    Text(Box<Text>),
    /// A code of the core (a status, a state, a reason): the message `<prefix>-<key>`.
    Code(&'static str, String),
    /// A sentence or a word the core keeps in English (a refusal's sentence, a field's name):
    /// its message is `says_id` of it, and where a language lacks that, it stays as written.
    Says(String),
}

/// The message id of a sentence the core writes in English words (a refusal's sentence, a field
/// name, a CSV file's problem): `says-` and the words, lower-cased, with dashes, at most 48
/// characters. The app looks sentences up by it; the locales test checks every one has its
/// message.
pub fn says_id(english: &str) -> String {
    format!("says-{}", slug(english, 48))
}

/// Words as an id: lower-case ASCII letters and digits, one dash between words, at most about
/// `max` characters (a message id, a checkpoint's id).
pub(crate) fn slug(words: &str, max: usize) -> String {
    let mut slug = String::new();
    for c in words.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= max {
            break;
        }
    }
    slug.trim_end_matches('-').to_string()
}

impl Text {
    /// A message without parameters yet.
    pub fn new(id: &'static str) -> Text {
        Text { id, args: Vec::new() }
    }

    /// With one more parameter.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    /// A parameter's value.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// A parameter's words, if it is words.
    pub fn str(&self, name: &str) -> Option<&str> {
        match self.arg(name) {
            Some(Arg::Str(s) | Arg::Says(s)) => Some(s),
            _ => None,
        }
    }
}

impl Arg {
    /// A code of the core, as the message `<prefix>-<key>`.
    pub fn code(prefix: &'static str, key: impl Into<String>) -> Arg {
        Arg::Code(prefix, key.into())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<Timestamp> for Arg {
    fn from(t: Timestamp) -> Arg {
        Arg::Time(t)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}
