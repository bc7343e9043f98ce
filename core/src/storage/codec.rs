//! How each stored type is written in format 3. Every enum variant has an explicit tag that
//! never changes meaning (a new variant takes a new tag), like protobuf field numbers; fields
//! are written in declaration order. The types written in bulk (subscribers, users, links,
//! emails, log entries) pack their flags into one byte.

use super::wire::{IdKind, Reader, WireError, Writer};
use crate::command::*;
use crate::email::Email;
use crate::event::Event;
use crate::mail::{MailContent, MailLink};
use crate::mail::Message;
use crate::model::*;
use crate::time::Timestamp;
use crate::log::LogEntry;
use crate::partner::Partner;

/// A value that can be written to and read from format 3.
pub trait Wire<'s>: Sized {
    /// Writes the value.
    fn put(&'s self, w: &mut Writer<'s>);
    /// Reads a value.
    fn get(r: &mut Reader) -> Result<Self, WireError>;
}

impl<'s> Wire<'s> for bool {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.u8(u8::from(*self));
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        match r.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(WireError::Invalid("flag")),
        }
    }
}

impl<'s> Wire<'s> for u8 {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.u8(*self);
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        r.u8()
    }
}

impl<'s> Wire<'s> for i64 {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.int(*self);
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        r.int()
    }
}

impl<'s> Wire<'s> for u32 {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.uint(u64::from(*self));
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        u32::try_from(r.uint()?).map_err(|_| WireError::Invalid("u32"))
    }
}

impl<'s> Wire<'s> for u64 {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.uint(*self);
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        r.uint()
    }
}

impl<'s> Wire<'s> for String {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.str(self);
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        r.str()
    }
}

impl<'s> Wire<'s> for Email {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.str(self.as_str());
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        r.email(Email::is_stored_bytes)?.map(Email::from_arena).ok_or(WireError::Invalid("email address"))
    }
}

impl<'s> Wire<'s> for Token {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.token(&self.0);
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        r.token().map(Token)
    }
}

impl<'s> Wire<'s> for Timestamp {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.time(self.0);
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        r.time().map(Timestamp)
    }
}

impl<'s, T: Wire<'s>> Wire<'s> for Option<T> {
    fn put(&'s self, w: &mut Writer<'s>) {
        match self {
            None => w.u8(0),
            Some(v) => {
                w.u8(1);
                v.put(w);
            }
        }
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        match r.u8()? {
            0 => Ok(None),
            1 => T::get(r).map(Some),
            _ => Err(WireError::Invalid("option")),
        }
    }
}

impl<'s, T: Wire<'s>> Wire<'s> for Vec<T> {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.len_of(self.len());
        for v in self {
            v.put(w);
        }
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        let n = r.len_of()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(T::get(r)?);
        }
        Ok(out)
    }
}

impl<'s, A: Wire<'s>, B: Wire<'s>> Wire<'s> for (A, B) {
    fn put(&'s self, w: &mut Writer<'s>) {
        self.0.put(w);
        self.1.put(w);
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        Ok((A::get(r)?, B::get(r)?))
    }
}

macro_rules! wire_id {
    ($($t:ident => $k:ident),* $(,)?) => {$(
        impl<'s> Wire<'s> for $t {
            fn put(&'s self, w: &mut Writer<'s>) {
                w.id(IdKind::$k, self.0);
            }
            fn get(r: &mut Reader) -> Result<Self, WireError> {
                r.id(IdKind::$k).map($t)
            }
        }
    )*};
}

wire_id!(TemplateId => Template, CustomerId => Customer, SubscriberId => Subscriber, OrgId => Org, UserId => User, MessageId => Message);

/// Enums whose variants carry nothing: one byte, the variant's tag.
macro_rules! wire_tag {
    ($t:ident { $($n:literal => $v:ident),* $(,)? }) => {
        impl $t {
            #[allow(dead_code)]
            fn tag(self) -> u8 {
                match self { $($t::$v => $n,)* }
            }
            #[allow(dead_code)]
            fn from_tag(tag: u8) -> Result<Self, WireError> {
                match tag { $($n => Ok($t::$v),)* _ => Err(WireError::Invalid(stringify!($t))) }
            }
        }
        impl<'s> Wire<'s> for $t {
            fn put(&'s self, w: &mut Writer<'s>) {
                w.u8(self.tag());
            }
            fn get(r: &mut Reader) -> Result<Self, WireError> {
                $t::from_tag(r.u8()?)
            }
        }
    };
}

wire_tag!(Package { 0 => Softphone, 1 => Basic, 2 => Standard, 3 => Premium });
wire_tag!(AuthMode { 0 => BroadWorks, 1 => Webex });
wire_tag!(SubscriberStatus { 0 => PendingEmailInput, 1 => PendingEmailValidation, 2 => PendingUserMigration, 3 => Provisioning, 4 => Provisioned, 5 => Updating, 6 => Error });
wire_tag!(FailureCode { 0 => InvalidEmail, 1 => EmailInOtherOrg, 2 => EmailInUse, 3 => DomainClaimed, 4 => BroadWorksIdInUse, 5 => TemplateNotConfigured });
wire_tag!(DomainStatus { 0 => Unverified, 1 => Verified, 2 => Claimed });
wire_tag!(UserState { 0 => Active, 1 => Verified, 2 => NotVerified, 3 => Inactive, 4 => DelayedClaim });
wire_tag!(StateReason {
    0 => AddedDomainNotVerified, 1 => ConvertedNotVerified, 2 => CompletedEmailVerification, 3 => AddedDomainVerified,
    4 => AddedBySiteLinking, 5 => ConvertedVerified, 6 => ConvertedNotVerifiedDomainVerified, 7 => FirstSignIn,
    8 => SyncedDomainVerified, 9 => SyncedDomainNotVerified, 10 => ConvertedActive, 11 => DeactivatedByAdmin,
    12 => DeactivatedBySync, 13 => ClaimedDelayed, 14 => Reactivated, 15 => SelfActivatedInPortal, 16 => ImportedFromExport,
});
wire_tag!(UserSource { 0 => Manual, 1 => Csv, 2 => DirectorySync, 3 => SiteLinking, 4 => Claimed, 5 => BroadWorks, 6 => SelfSignUp });
wire_tag!(DataChoice { 0 => MoveConversations, 1 => ChangeOldAccountEmail, 2 => DeleteOldAccount });
wire_tag!(MessageKind { 0 => EmailVerification, 1 => MoveAccount, 2 => Activation, 3 => Reminder, 4 => Reactivation, 5 => PaidConversion, 6 => ClaimNotice, 7 => Welcome, 8 => AdminAlert });
wire_tag!(ClaimMode { 0 => Immediate, 1 => Delayed });

/// Structs: their fields in order.
macro_rules! wire_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl<'s> Wire<'s> for $t {
            fn put(&'s self, w: &mut Writer<'s>) {
                $(self.$f.put(w);)*
            }
            fn get(r: &mut Reader) -> Result<Self, WireError> {
                Ok($t { $($f: Wire::get(r)?,)* })
            }
        }
    };
}

wire_struct!(Partner { name, admin_email });
wire_struct!(Template { id, name, provisioning_id, package, auth, untrusted_emails, share_link });
wire_struct!(Customer { id, name, enterprise_id, template, org });
wire_struct!(Failure { code, detail, at });
wire_struct!(Domain { name, txt_value, record_published, status });
wire_struct!(Org { id, name, kind, domains, automatic_activation_emails, directory_sync, linked_sites });
wire_struct!(DelayedClaim { from_org, deadline, converted_state, converted_reason });
wire_struct!(SubscriberInput { broadworks_user_id, name, package, email, portal_password });
wire_struct!(UserInput { email, name });
wire_struct!(ExportedUser { email, name, state });
wire_struct!(DirectoryEntry { email, name, enabled });
wire_struct!(TemplateInput { name, package, auth, untrusted_emails, share_link });
wire_struct!(ReportedError { code, description });
wire_struct!(Reported {
    api_id, person_id, provisioning_id, status, errors, created, last_status_change, self_activated, first_name, last_name, primary_phone,
    mobile_phone, extension,
});
wire_struct!(ApiSubscriber {
    id, person_id, user_id, enterprise, provisioning_id, first_name, last_name, email, primary_phone, mobile_phone, extension,
    package, status, errors, created, last_status_change, self_activated,
});

/// Enums with data: the variant's tag, then its fields in order. Unit, one-field tuple and
/// struct variants.
macro_rules! wire_enum {
    ($t:ident { $($body:tt)* }) => {
        impl<'s> Wire<'s> for $t {
            fn put(&'s self, w: &mut Writer<'s>) {
                wire_enum!(@put self w $t [] $($body)*)
            }
            fn get(r: &mut Reader) -> Result<Self, WireError> {
                wire_enum!(@get r $t [] $($body)*)
            }
        }
    };
    (@put $s:ident $w:ident $t:ident [$($arms:tt)*] $n:literal => $v:ident { $($f:ident),* } $(, $($rest:tt)*)?) => {
        wire_enum!(@put $s $w $t [$($arms)* $t::$v { $($f),* } => { $w.u8($n); $($f.put($w);)* }] $($($rest)*)?)
    };
    (@put $s:ident $w:ident $t:ident [$($arms:tt)*] $n:literal => $v:ident ( $f:ident ) $(, $($rest:tt)*)?) => {
        wire_enum!(@put $s $w $t [$($arms)* $t::$v($f) => { $w.u8($n); $f.put($w); }] $($($rest)*)?)
    };
    (@put $s:ident $w:ident $t:ident [$($arms:tt)*] $n:literal => $v:ident $(, $($rest:tt)*)?) => {
        wire_enum!(@put $s $w $t [$($arms)* $t::$v => { $w.u8($n); }] $($($rest)*)?)
    };
    (@put $s:ident $w:ident $t:ident [$($arms:tt)*]) => {
        match $s { $($arms)* }
    };
    (@get $r:ident $t:ident [$($arms:tt)*] $n:literal => $v:ident { $($f:ident),* } $(, $($rest:tt)*)?) => {
        wire_enum!(@get $r $t [$($arms)* $n => $t::$v { $($f: Wire::get($r)?),* },] $($($rest)*)?)
    };
    (@get $r:ident $t:ident [$($arms:tt)*] $n:literal => $v:ident ( $f:ident ) $(, $($rest:tt)*)?) => {
        wire_enum!(@get $r $t [$($arms)* $n => $t::$v(Wire::get($r)?),] $($($rest)*)?)
    };
    (@get $r:ident $t:ident [$($arms:tt)*] $n:literal => $v:ident $(, $($rest:tt)*)?) => {
        wire_enum!(@get $r $t [$($arms)* $n => $t::$v,] $($($rest)*)?)
    };
    (@get $r:ident $t:ident [$($arms:tt)*]) => {
        Ok(match $r.u8()? { $($arms)* _ => return Err(WireError::Invalid(stringify!($t))) })
    };
}

wire_enum!(OrgKind { 0 => Customer(c), 1 => Paid, 2 => Free });
wire_enum!(Delivery { 0 => Sent, 1 => Suppressed(why) });
wire_enum!(LinkPurpose { 0 => VerifySubscriberEmail { subscriber, email }, 1 => MoveAccount { subscriber, user }, 2 => ActivateUser { user } });
wire_enum!(MailLink { 0 => Token(t), 1 => UserStatus(t), 2 => Page(p) });
wire_enum!(MailContent {
    0 => EmailVerification, 1 => MoveAccount, 2 => Activation { org }, 3 => Reminder { org }, 4 => Reactivation,
    5 => PaidConversion { org, delayed }, 6 => Welcome, 7 => AdminAlert { broadworks_user_id, error }, 8 => Text { subject, body },
});
wire_enum!(Actor { 0 => PartnerAdmin, 1 => CustomerAdmin, 2 => EndUser(who), 3 => ProvisioningAdapter, 4 => DirectorySync, 5 => System });
wire_enum!(Command {
    0 => CreateTemplate(input),
    1 => UpdateTemplate { template, input },
    2 => CreateCustomer { name, enterprise_id, template },
    3 => UpdateCustomer { customer, name, template },
    4 => ProvisionSubscribers { customer, subscribers },
    5 => SubmitEmail { provisioning_id, broadworks_user_id, password, email },
    6 => OpenLink { token },
    7 => RetryActivation { subscriber, email },
    8 => DeleteSubscriberUser { subscriber },
    9 => ChangePackage { subscriber, package },
    10 => CreateOrg { name, free },
    11 => AddDomain { org, domain },
    12 => PublishDomainRecord { org, domain },
    13 => VerifyDomain { org, domain },
    14 => ClaimDomain { org, domain },
    15 => RemoveDomain { org, domain },
    16 => AddUsers { org, users, from_csv },
    17 => LinkSite { org, site },
    18 => AddSiteUsers { org, site, users },
    19 => SetDirectorySync { org, enabled },
    20 => SyncDirectory { org, entries },
    21 => ClaimUsers { org, users, mode },
    22 => ChooseDataHandling { user, choice },
    23 => CompleteEmailVerification { user },
    24 => SignIn { user },
    25 => Deactivate { user },
    26 => Reactivate { user },
    27 => DeleteUser { user },
    28 => SendActivationEmails { users },
    29 => SendReminders { users },
    30 => SetAutomaticActivationEmails { org, enabled },
    31 => ConvertToPaid { org },
    32 => SignUpFree { org, email, name, verified },
    33 => AdvanceClock { seconds },
    34 => Tick,
    35 => ImportFromApi { subscribers },
    36 => ImportUsers { org, users },
});
wire_enum!(Event {
    0 => TemplateCreated { template, name },
    1 => TemplateUpdated { template, name },
    2 => CustomerCreated { customer, name },
    3 => CustomerUpdated { customer, name, template },
    4 => SubscriberReceived { subscriber, broadworks_user_id },
    5 => SubscriberStatusChanged { subscriber, from, to },
    6 => OnboardingFailed { subscriber, code, attempt },
    7 => PackageChanged { subscriber, from, to },
    8 => SubscriberUserDeleted { subscriber },
    9 => OrgCreated { org, name },
    10 => OrgConvertedToPaid { org },
    11 => SettingChanged { org, setting, value },
    12 => DomainAdded { org, domain },
    13 => DomainRecordPublished { org, domain },
    14 => DomainVerified { org, domain },
    15 => DomainClaimed { org, domain },
    16 => DomainRemoved { org, domain },
    17 => SiteLinked { org, site },
    18 => UserCreated { user, org, email, state },
    19 => UserStateChanged { user, from, to, reason },
    20 => UserMoved { user, from_org, to_org },
    21 => UserDeleted { user, email },
    22 => UserSignedIn { user },
    23 => ClaimResolved { user, choice, by_default },
    24 => SyncEntryRejected { email, reason },
    25 => MessageQueued { message, kind, to, sent },
    26 => ClockAdvanced { seconds, offset },
    27 => LinkUsed { purpose },
});

fn bit(flags: u8, n: u8) -> bool {
    flags & (1 << n) != 0
}

fn opt<T>(present: bool, read: impl FnOnce() -> Result<T, WireError>) -> Result<Option<T>, WireError> {
    if present {
        read().map(Some)
    } else {
        Ok(None)
    }
}

impl<'s> Wire<'s> for Subscriber {
    fn put(&'s self, w: &mut Writer<'s>) {
        let flags = u8::from(self.broadworks_email.is_some())
            | u8::from(self.email.is_some()) << 1
            | u8::from(self.error.is_some()) << 2
            | u8::from(self.self_activated) << 3
            | u8::from(self.user.is_some()) << 4
            | u8::from(self.failed_attempts != 0) << 5;
        w.u8(flags);
        self.id.put(w);
        self.customer.put(w);
        w.str(&self.broadworks_user_id);
        w.str(&self.name);
        w.u8(self.status.tag() | self.package.tag() << 4);
        w.str(&self.portal_password);
        if let Some(e) = &self.broadworks_email {
            e.put(w);
        }
        if let Some(e) = &self.email {
            e.put(w);
        }
        if let Some(e) = &self.error {
            e.put(w);
        }
        if self.failed_attempts != 0 {
            w.u8(self.failed_attempts);
        }
        self.last_status_change.put(w);
        if let Some(u) = &self.user {
            u.put(w);
        }
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        let flags = r.u8()?;
        let id = Wire::get(r)?;
        let customer = Wire::get(r)?;
        let broadworks_user_id = r.text()?;
        let name = r.text()?;
        let sp = r.u8()?;
        Ok(Subscriber {
            id,
            customer,
            broadworks_user_id,
            name,
            status: SubscriberStatus::from_tag(sp & 15)?,
            package: Package::from_tag(sp >> 4)?,
            portal_password: r.text()?,
            broadworks_email: opt(bit(flags, 0), || Wire::get(r))?,
            email: opt(bit(flags, 1), || Wire::get(r))?,
            error: opt(bit(flags, 2), || Wire::get(r))?,
            self_activated: bit(flags, 3),
            failed_attempts: if bit(flags, 5) { r.u8()? } else { 0 },
            last_status_change: Wire::get(r)?,
            user: opt(bit(flags, 4), || Wire::get(r))?,
        })
    }
}

impl<'s> Wire<'s> for User {
    fn put(&'s self, w: &mut Writer<'s>) {
        let flags = u8::from(self.state_before_inactive.is_some())
            | u8::from(self.signed_in) << 1
            | u8::from(self.broadworks_user_id.is_some()) << 2
            | u8::from(self.delayed_claim.is_some()) << 3
            | u8::from(self.inactive_since.is_some()) << 4
            | u8::from(self.reminder_done) << 5;
        w.u8(flags);
        self.id.put(w);
        self.org.put(w);
        self.email.put(w);
        w.str(&self.name);
        w.u8(self.state.tag() | self.source.tag() << 4);
        self.reason.put(w);
        if let Some(s) = &self.state_before_inactive {
            s.put(w);
        }
        if let Some(b) = &self.broadworks_user_id {
            w.str(b);
        }
        if let Some(c) = &self.delayed_claim {
            c.put(w);
        }
        self.invited_at.put(w);
        if let Some(t) = &self.inactive_since {
            t.put(w);
        }
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        let flags = r.u8()?;
        let id = Wire::get(r)?;
        let org = Wire::get(r)?;
        let email = Wire::get(r)?;
        let name = r.text()?;
        let ss = r.u8()?;
        Ok(User {
            id,
            org,
            email,
            name,
            state: UserState::from_tag(ss & 15)?,
            source: UserSource::from_tag(ss >> 4)?,
            reason: Wire::get(r)?,
            state_before_inactive: opt(bit(flags, 0), || Wire::get(r))?,
            signed_in: bit(flags, 1),
            broadworks_user_id: opt(bit(flags, 2), || r.text())?,
            delayed_claim: opt(bit(flags, 3), || Wire::get(r))?,
            invited_at: Wire::get(r)?,
            inactive_since: opt(bit(flags, 4), || Wire::get(r))?,
            reminder_done: bit(flags, 5),
        })
    }
}

impl<'s> Wire<'s> for Link {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.u8(u8::from(self.used.is_some()) | u8::from(self.superseded) << 1);
        self.purpose.put(w);
        self.issued.put(w);
        w.int(self.expires.0.wrapping_sub(self.issued.0));
        if let Some(t) = &self.used {
            t.put(w);
        }
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        let flags = r.u8()?;
        let purpose = Wire::get(r)?;
        let issued: Timestamp = Wire::get(r)?;
        let expires = Timestamp(issued.0.wrapping_add(r.int()?));
        Ok(Link { purpose, issued, expires, used: opt(bit(flags, 0), || Wire::get(r))?, superseded: bit(flags, 1) })
    }
}

impl<'s> Wire<'s> for Message {
    fn put(&'s self, w: &mut Writer<'s>) {
        w.u8(self.kind.tag() | u8::from(self.link.is_some()) << 6 | u8::from(self.delivery != Delivery::Sent) << 7);
        self.id.put(w);
        self.at.put(w);
        w.str(&self.to);
        self.content.put(w);
        if let Some(l) = &self.link {
            l.put(w);
        }
        if let Delivery::Suppressed(why) = &self.delivery {
            w.str(why);
        }
    }
    fn get(r: &mut Reader) -> Result<Self, WireError> {
        let flags = r.u8()?;
        Ok(Message {
            kind: MessageKind::from_tag(flags & 63)?,
            id: Wire::get(r)?,
            at: Wire::get(r)?,
            to: r.str()?,
            content: Wire::get(r)?,
            link: opt(bit(flags, 6), || Wire::get(r))?,
            delivery: if bit(flags, 7) { Delivery::Suppressed(r.str()?) } else { Delivery::Sent },
        })
    }
}

/// A log entry without its sequence number (implied by its place in a segment, or written
/// beside it in a journal entry). The actor is written only when it is not the command's own.
pub(crate) fn put_entry<'s>(e: &'s LogEntry, w: &mut Writer<'s>) {
    let own_actor = e.actor == e.command.actor();
    w.u8(u8::from(!e.tokens.is_empty()) | u8::from(!own_actor) << 1);
    e.at.put(w);
    if !own_actor {
        e.actor.put(w);
    }
    e.command.put(w);
    if !e.tokens.is_empty() {
        e.tokens.put(w);
    }
    e.events.put(w);
}

pub(crate) fn get_entry(seq: u64, r: &mut Reader) -> Result<LogEntry, WireError> {
    let flags = r.u8()?;
    let at = Wire::get(r)?;
    let actor = opt(bit(flags, 1), || Actor::get(r))?;
    let command: Command = Wire::get(r)?;
    let tokens = if bit(flags, 0) { Wire::get(r)? } else { Vec::new() };
    let events = Wire::get(r)?;
    Ok(LogEntry { seq, at, actor: actor.unwrap_or_else(|| command.actor()), command, tokens, events })
}
