//! One page per file, grouped by area. Every page is a [`LazyPage`]: its code is in a wasm chunk
//! of its own, fetched when it is first opened (`src/lazy.rs`), so opening one page downloads
//! only the frame, the core and that page.

pub mod activate;
pub mod class;
#[cfg(feature = "bench")]
pub mod bench;
pub mod demo;
pub mod control;
pub mod home;
pub mod lessons;
pub mod link;
pub mod mailbox;
pub mod not_found;
pub mod partner;
pub mod replay;
pub mod timeline;
pub mod workspace;

use crate::components::Area;
use crate::lazy::{Frame, LazyPage};
use crate::lazy_page;
use leptos::prelude::*;

lazy_page!(HOME, page_home, home, Frame::Console(Area::Home), view! { <home::Home/> });
lazy_page!(CUSTOMERS, page_customers, partner, Frame::Console(Area::Partner), view! { <partner::customers::CustomerList/> });
lazy_page!(TEMPLATES, page_templates, partner, Frame::Console(Area::Partner), view! { <partner::templates::Templates/> });
lazy_page!(TEMPLATE, page_template, partner, Frame::Console(Area::Partner), view! { <partner::template::TemplatePage/> });
lazy_page!(USER_STATUS, page_user_status, partner, Frame::Console(Area::Partner), view! { <partner::user_status::UserStatus/> });
lazy_page!(CUSTOMER, page_customer, partner, Frame::Console(Area::Partner), view! { <partner::customer::CustomerPage/> });
lazy_page!(ORGS, page_orgs, control, Frame::Console(Area::Control), view! { <control::orgs::Orgs/> });
lazy_page!(AUDIT, page_audit, control, Frame::Console(Area::Control), view! { <control::audit::Audit/> });
lazy_page!(USERS, page_users, control, Frame::Console(Area::Control), view! { <control::users::Users/> });
lazy_page!(DOMAINS, page_domains, control, Frame::Console(Area::Control), view! { <control::domains::Domains/> });
lazy_page!(CLAIMS, page_claims, control, Frame::Console(Area::Control), view! { <control::claims::Claims/> });
lazy_page!(SYNC, page_sync, control, Frame::Console(Area::Control), view! { <control::sync::Sync/> });
lazy_page!(SITES, page_sites, control, Frame::Console(Area::Control), view! { <control::sites::Sites/> });
lazy_page!(SETTINGS, page_settings, control, Frame::Console(Area::Control), view! { <control::settings::Settings/> });
lazy_page!(PORTAL, page_portal, portal, Frame::Portal, view! { <activate::portal::PortalRoute/> });
lazy_page!(LINK, page_link, portal, Frame::Portal, view! { <link::LinkRoute/> });
lazy_page!(MAILBOX, page_mailbox, support, Frame::Console(Area::Mailbox), view! { <mailbox::Mailbox/> });
lazy_page!(TIMELINE, page_timeline, support, Frame::Console(Area::Control), view! { <timeline::Timeline/> });
lazy_page!(REPLAY, page_replay, support, Frame::Console(Area::Control), view! { <replay::Replay/> });
lazy_page!(WORKSPACE, page_workspace, support, Frame::Console(Area::Workspace), view! { <workspace::WorkspacePage/> });
lazy_page!(LESSONS, page_lessons, lessons, Frame::Console(Area::Lessons), view! { <lessons::Lessons/> });
lazy_page!(PRACTICE, page_practice, lessons, Frame::Console(Area::Lessons), view! { <lessons::PracticePage/> });
lazy_page!(RECORD, page_record, lessons, Frame::Console(Area::Lessons), view! { <lessons::RecordPage/> });
lazy_page!(CLASS, page_class, lessons, Frame::Console(Area::Lessons), view! { <class::ClassPage/> });
lazy_page!(BOARD, page_board, lessons, Frame::Console(Area::Lessons), view! { <class::BoardPage/> });
lazy_page!(FOLLOW, page_follow, lessons, Frame::Console(Area::Lessons), view! { <class::FollowPage/> });
lazy_page!(DEMO, page_demo, partner, Frame::Console(Area::Workspace), view! { <demo::Demo/> });

/// The console's navigation: any console page may lead to these.
const NAV: [LazyPage; 4] = [CUSTOMERS, ORGS, MAILBOX, WORKSPACE];

/// The pages a person is likely to open next from each page, fetched when the browser is idle.
/// The portal and an emailed link name none: an end user never downloads a console page.
pub fn next(page: &LazyPage) -> &'static [LazyPage] {
    const FROM_HOME: &[LazyPage] = &[CUSTOMERS, ORGS, MAILBOX, WORKSPACE, TEMPLATES];
    const FROM_CUSTOMERS: &[LazyPage] = &[CUSTOMER, TEMPLATES, ORGS, MAILBOX, WORKSPACE];
    const FROM_TEMPLATES: &[LazyPage] = &[TEMPLATE, USER_STATUS, CUSTOMERS, ORGS, MAILBOX, WORKSPACE];
    const FROM_TEMPLATE: &[LazyPage] = &[USER_STATUS, TEMPLATES, CUSTOMERS, ORGS, MAILBOX, WORKSPACE];
    const FROM_USER_STATUS: &[LazyPage] = &[TEMPLATE, CUSTOMER, TEMPLATES, CUSTOMERS, ORGS, MAILBOX, WORKSPACE];
    const FROM_ORGS: &[LazyPage] = &[USERS, AUDIT, CUSTOMERS, MAILBOX, WORKSPACE];
    const FROM_ORG: &[LazyPage] = &[USERS, DOMAINS, CLAIMS, SYNC, SITES, SETTINGS, TIMELINE, AUDIT, CUSTOMERS, ORGS, MAILBOX, WORKSPACE];
    const FROM_AUDIT: &[LazyPage] = &[REPLAY, TIMELINE, CUSTOMERS, ORGS, MAILBOX, WORKSPACE];
    const FROM_LESSONS: &[LazyPage] = &[PRACTICE, CUSTOMERS, ORGS, MAILBOX, TEMPLATES];
    match page.name {
        "page_portal" | "page_link" => &[],
        "page_home" => FROM_HOME,
        "page_customers" | "page_customer" => FROM_CUSTOMERS,
        "page_templates" => FROM_TEMPLATES,
        "page_template" => FROM_TEMPLATE,
        "page_user_status" => FROM_USER_STATUS,
        "page_orgs" => FROM_ORGS,
        "page_users" | "page_domains" | "page_claims" | "page_sync" | "page_sites" | "page_settings" | "page_timeline" => FROM_ORG,
        "page_audit" | "page_replay" => FROM_AUDIT,
        "page_lessons" | "page_practice" | "page_record" | "page_class" | "page_board" | "page_follow" => FROM_LESSONS,
        _ => &NAV,
    }
}
