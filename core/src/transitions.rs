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
    /// What moves a user along it: a message id (locales/*.ftl), for the diagram's legend.
    pub label: &'static str,
}

const fn a<T>(from: T, to: T, label: &'static str) -> Arrow<T> {
    Arrow { from, to, label }
}

/// Control Hub user states (seed 003).
pub const USER_ARROWS: &[Arrow<U>] = &[
    a(U::NotVerified, U::Verified, "arrow-user-verifies"),
    a(U::Verified, U::Active, "arrow-user-signs-in"),
    a(U::NotVerified, U::Inactive, "arrow-user-deactivated"),
    a(U::Verified, U::Inactive, "arrow-user-deactivated"),
    a(U::Active, U::Inactive, "arrow-user-deactivated"),
    a(U::DelayedClaim, U::Inactive, "arrow-user-deactivated"),
    a(U::Inactive, U::NotVerified, "arrow-user-reactivated"),
    a(U::Inactive, U::Verified, "arrow-user-reactivated"),
    a(U::Inactive, U::Active, "arrow-user-reactivated"),
    a(U::Inactive, U::DelayedClaim, "arrow-user-reactivated"),
    a(U::NotVerified, U::DelayedClaim, "arrow-user-claimed-delayed"),
    a(U::Verified, U::DelayedClaim, "arrow-user-claimed-delayed"),
    a(U::Active, U::DelayedClaim, "arrow-user-claimed-delayed"),
    a(U::DelayedClaim, U::NotVerified, "arrow-user-chooses-data"),
    a(U::DelayedClaim, U::Verified, "arrow-user-chooses-data"),
    a(U::DelayedClaim, U::Active, "arrow-user-chooses-data"),
];

/// Partner Hub subscriber statuses (seeds 000–002).
pub const SUBSCRIBER_ARROWS: &[Arrow<S>] = &[
    a(S::PendingEmailInput, S::PendingEmailValidation, "arrow-sub-enters-email"),
    a(S::PendingEmailInput, S::PendingUserMigration, "arrow-sub-enters-free-email"),
    a(S::PendingEmailInput, S::Provisioning, "arrow-sub-onboarded"),
    a(S::PendingEmailInput, S::Error, "arrow-sub-check-fails"),
    a(S::PendingEmailValidation, S::Provisioning, "arrow-sub-opens-link"),
    a(S::PendingEmailValidation, S::PendingUserMigration, "arrow-sub-enters-free-email"),
    a(S::PendingEmailValidation, S::Error, "arrow-sub-check-fails"),
    a(S::PendingEmailValidation, S::PendingEmailInput, "arrow-sub-delete-starts-over"),
    a(S::PendingUserMigration, S::Provisioning, "arrow-sub-agrees-move"),
    a(S::PendingUserMigration, S::PendingEmailValidation, "arrow-sub-enters-other-email"),
    a(S::PendingUserMigration, S::Error, "arrow-sub-check-fails"),
    a(S::PendingUserMigration, S::PendingEmailInput, "arrow-sub-delete-starts-over"),
    a(S::Error, S::PendingEmailValidation, "arrow-sub-enters-email-again"),
    a(S::Error, S::PendingUserMigration, "arrow-sub-enters-free-email"),
    a(S::Error, S::Provisioning, "arrow-sub-retry"),
    a(S::Error, S::PendingEmailInput, "arrow-sub-delete-starts-over"),
    a(S::Provisioning, S::Provisioned, "arrow-sub-created"),
    a(S::Provisioned, S::Updating, "arrow-sub-change-package"),
    a(S::Updating, S::Provisioned, "arrow-sub-package-changed"),
    a(S::Provisioned, S::PendingEmailInput, "arrow-sub-delete-starts-over"),
];

/// The arrow from `from` to `to` among `arrows`.
pub fn arrow<T: PartialEq + Copy>(arrows: &'static [Arrow<T>], from: T, to: T) -> Option<&'static Arrow<T>> {
    arrows.iter().find(|a| a.from == from && a.to == to)
}
