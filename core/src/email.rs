//! Email addresses: parsed by the `email_address` crate (RFC 5322 addr-spec), then held to the
//! stricter rules a provisioning system needs.
//!
//! Choices where the seeds are silent:
//! - Addresses are compared case-insensitively and stored lower-cased, as Webex does.
//! - At most 254 characters (RFC 5321 path limit), local part at most 64.
//! - The domain needs at least two labels (`user@localhost` is refused).
//! - Internationalized (non-ASCII) addresses are refused with a message naming the ASCII
//!   (punycode, `xn--`) form, since Webex identity accounts are ASCII.
//! - Display names (`Ann <ann@example.com>`) and domain literals (`ann@[10.0.0.1]`) are refused.

use crate::arena::ArenaStr;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest address accepted, in characters (RFC 5321).
pub const MAX_EMAIL_LEN: usize = 254;

/// A validated, lower-cased email address.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(ArenaStr);

/// Why an address was refused; each message says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// Nothing was entered.
    #[error("Enter an email address, for example ann@example.com.")]
    Empty,
    /// Longer than [`MAX_EMAIL_LEN`].
    #[error("That email address is longer than 254 characters; use a shorter address.")]
    TooLong,
    /// Contains characters outside ASCII.
    #[error("Internationalized email addresses are not supported; use the ASCII form of the address (for a domain, its xn-- form).")]
    NonAscii,
    /// Contains whitespace.
    #[error("An email address cannot contain spaces.")]
    Whitespace,
    /// Has no `@`.
    #[error("An email address needs an @ between the name and the domain, for example ann@example.com.")]
    MissingAt,
    /// Domain has a single label.
    #[error("The domain after @ needs a dot, for example example.com.")]
    DomainTooFew,
    /// Anything else the parser refused.
    #[error("That is not a valid email address: {0}. Check it and try again.")]
    Invalid(String),
}

impl EmailError {
    /// The problem as a message (`error-email-…` in locales/*.ftl).
    pub fn text(&self) -> crate::text::Text {
        use crate::text::Text;
        match self {
            EmailError::Empty => Text::new("error-email-empty"),
            EmailError::TooLong => Text::new("error-email-too-long"),
            EmailError::NonAscii => Text::new("error-email-non-ascii"),
            EmailError::Whitespace => Text::new("error-email-whitespace"),
            EmailError::MissingAt => Text::new("error-email-missing-at"),
            EmailError::DomainTooFew => Text::new("error-email-domain-dot"),
            EmailError::Invalid(what) => Text::new("error-email-invalid").with("what", what.as_str()),
        }
    }
}

impl Email {
    /// Parses and normalizes an address a person typed or a file carried.
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.chars().count() > MAX_EMAIL_LEN {
            return Err(EmailError::TooLong);
        }
        if !s.is_ascii() {
            return Err(EmailError::NonAscii);
        }
        if s.chars().any(char::is_whitespace) {
            return Err(EmailError::Whitespace);
        }
        if !s.contains('@') {
            return Err(EmailError::MissingAt);
        }
        let opts = email_address::Options::default()
            .with_required_tld()
            .without_display_text()
            .without_domain_literal();
        match email_address::EmailAddress::parse_with_options(s, opts) {
            Ok(a) => Ok(Email(ArenaStr::from(a.as_str().to_ascii_lowercase()))),
            Err(email_address::Error::DomainTooFew) => Err(EmailError::DomainTooFew),
            Err(e) => Err(EmailError::Invalid(describe(&e).to_string())),
        }
    }

    /// True when `s` has the shape every stored address has (it was parsed when first
    /// entered, so storage only checks this): ASCII, no upper case or white space, and an `@`
    /// with text on each side. One pass over the bytes, before the part's UTF-8 is checked.
    pub(crate) fn is_stored_bytes(s: &[u8]) -> bool {
        let mut at = None;
        for (i, &b) in s.iter().enumerate() {
            if !b.is_ascii() || b.is_ascii_uppercase() || b.is_ascii_whitespace() {
                return false;
            }
            if b == b'@' {
                at = Some(i);
            }
        }
        at.is_some_and(|at| at > 0 && at + 1 < s.len())
    }

    /// An address read from storage, already checked with [`Email::is_stored_bytes`].
    pub(crate) fn from_arena(s: ArenaStr) -> Email {
        Email(s)
    }

    /// The address as stored (lower case).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The domain part, lower case.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
    }
}

fn describe(e: &email_address::Error) -> &'static str {
    use email_address::Error::*;
    match e {
        InvalidCharacter => "it contains a character that is not allowed",
        LocalPartEmpty => "nothing comes before the @",
        LocalPartTooLong => "the part before the @ is longer than 64 characters",
        DomainEmpty => "nothing comes after the @",
        DomainTooLong => "the domain is too long",
        SubDomainEmpty => "the domain has an empty part (two dots in a row?)",
        SubDomainTooLong => "a part of the domain is longer than 63 characters",
        DomainInvalidSeparator => "a dot is misplaced in the domain",
        UnbalancedQuotes => "its quotes are unbalanced",
        _ => "it is not of the form name@example.com",
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Normalizes a domain name an administrator typed (`Example.COM.` → `example.com`).
pub fn parse_domain(input: &str) -> Result<String, EmailError> {
    let d = input.trim().trim_end_matches('.').to_ascii_lowercase();
    if d.is_empty() {
        return Err(EmailError::Empty);
    }
    if !d.is_ascii() {
        return Err(EmailError::NonAscii);
    }
    // Reuse the address parser's domain rules on a stand-in local part.
    Email::parse(&format!("postmaster@{d}")).map(|e| e.domain().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_lowercases() {
        let e = Email::parse("  Ann.Lee+webex@Example.COM ").unwrap();
        assert_eq!(e.as_str(), "ann.lee+webex@example.com");
        assert_eq!(e.domain(), "example.com");
    }

    #[test]
    fn refuses_with_actionable_messages() {
        assert_eq!(Email::parse(""), Err(EmailError::Empty));
        assert_eq!(Email::parse("ann"), Err(EmailError::MissingAt));
        assert_eq!(Email::parse("ann@localhost"), Err(EmailError::DomainTooFew));
        assert_eq!(Email::parse("ann lee@example.com"), Err(EmailError::Whitespace));
        assert_eq!(Email::parse("åsa@exempel.se"), Err(EmailError::NonAscii));
        assert_eq!(Email::parse("ann@bücher.de"), Err(EmailError::NonAscii));
        assert!(Email::parse("ann@xn--bcher-kva.de").is_ok());
        assert!(matches!(Email::parse("ann@@example.com"), Err(EmailError::Invalid(_))));
        assert!(Email::parse("Ann <ann@example.com>").is_err());
        let long = format!("{}@example.com", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(EmailError::TooLong));
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert!(matches!(Email::parse(&long_local), Err(EmailError::Invalid(_))));
    }

    #[test]
    fn domains_normalize() {
        assert_eq!(parse_domain(" Example.COM. ").unwrap(), "example.com");
        assert!(parse_domain("example").is_err());
        assert!(parse_domain("").is_err());
    }
}
