//! The picture of every state: each way a Control Hub user state or a Partner Hub status moves
//! to another, with what moves it. The state diagrams are drawn from these tables, and a property
//! test checks that every change the rules make is one of their arrows.

use crate::model::{SubscriberStatus as S, UserState as U};

/// One arrow of a state diagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrow<T: 'static> {
    /// From.
    pub from: T,
    /// To.
    pub to: T,
    /// What moves a user along it.
    pub label: &'static str,
}

const fn a<T>(from: T, to: T, label: &'static str) -> Arrow<T> {
    Arrow { from, to, label }
}

/// Control Hub user states (seed 003).
pub const USER_ARROWS: &[Arrow<U>] = &[
    a(U::NotVerified, U::Verified, "verifies the email (activation link, or at the first sign-in), or claimed once the domain is verified"),
    a(U::Verified, U::Active, "signs in for the first time"),
    a(U::NotVerified, U::Inactive, "deactivated by an administrator or directory sync"),
    a(U::Verified, U::Inactive, "deactivated by an administrator or directory sync"),
    a(U::Active, U::Inactive, "deactivated by an administrator or directory sync"),
    a(U::DelayedClaim, U::Inactive, "deactivated by an administrator or directory sync"),
    a(U::Inactive, U::NotVerified, "reactivated (back to the state held before)"),
    a(U::Inactive, U::Verified, "reactivated (back to the state held before)"),
    a(U::Inactive, U::Active, "reactivated (back to the state held before)"),
    a(U::Inactive, U::DelayedClaim, "reactivated (back to the state held before)"),
    a(U::NotVerified, U::DelayedClaim, "claimed with a delay"),
    a(U::Verified, U::DelayedClaim, "claimed with a delay"),
    a(U::Active, U::DelayedClaim, "claimed with a delay"),
    a(U::DelayedClaim, U::NotVerified, "chooses what happens to their data, or the default after 14 days"),
    a(U::DelayedClaim, U::Verified, "chooses what happens to their data, or the default after 14 days"),
    a(U::DelayedClaim, U::Active, "chooses what happens to their data, or the default after 14 days"),
];

/// Partner Hub subscriber statuses (seeds 000–002).
pub const SUBSCRIBER_ARROWS: &[Arrow<S>] = &[
    a(S::PendingEmailInput, S::PendingEmailValidation, "enters an email in the portal"),
    a(S::PendingEmailInput, S::PendingUserMigration, "enters the email of a free Webex account"),
    a(S::PendingEmailInput, S::Provisioning, "onboarded with an email (trusted, or Retry Activation)"),
    a(S::PendingEmailInput, S::Error, "an onboarding check fails"),
    a(S::PendingEmailValidation, S::Provisioning, "opens the verification link"),
    a(S::PendingEmailValidation, S::PendingUserMigration, "enters the email of a free Webex account"),
    a(S::PendingEmailValidation, S::Error, "an onboarding check fails"),
    a(S::PendingEmailValidation, S::PendingEmailInput, "Delete User starts over"),
    a(S::PendingUserMigration, S::Provisioning, "agrees to move the account, or Retry Activation"),
    a(S::PendingUserMigration, S::PendingEmailValidation, "enters another email in the portal"),
    a(S::PendingUserMigration, S::Error, "an onboarding check fails"),
    a(S::PendingUserMigration, S::PendingEmailInput, "Delete User starts over"),
    a(S::Error, S::PendingEmailValidation, "enters an email in the portal again"),
    a(S::Error, S::PendingUserMigration, "enters the email of a free Webex account"),
    a(S::Error, S::Provisioning, "Retry Activation"),
    a(S::Error, S::PendingEmailInput, "Delete User starts over"),
    a(S::Provisioning, S::Provisioned, "the Webex user is created or moved"),
    a(S::Provisioned, S::Updating, "Change Package Type"),
    a(S::Updating, S::Provisioned, "the package is changed"),
    a(S::Provisioned, S::PendingEmailInput, "Delete User starts over"),
];

/// The arrow from `from` to `to` among `arrows`.
pub fn arrow<T: PartialEq + Copy>(arrows: &'static [Arrow<T>], from: T, to: T) -> Option<&'static Arrow<T>> {
    arrows.iter().find(|a| a.from == from && a.to == to)
}
