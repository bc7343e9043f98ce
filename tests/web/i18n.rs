//! The four languages: the header's switcher changes the page at once without losing what is
//! typed, is remembered and sets `<html lang>`; plurals follow each language's rules; the portal
//! speaks the language of its link.

use crate::support::*;
use flowthrough::i18n::{self, Locale};
use flowthrough_core::{AuthMode, Command, Package, TemplateInput, Timestamp, Workspace};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// The test server serves only the test: give the app the languages' files it would fetch.
fn load_languages() {
    i18n::load_messages(Locale::Sv, include_str!("../../locales/sv.ftl"));
    i18n::load_messages(Locale::Nb, include_str!("../../locales/nb.ftl"));
    i18n::load_messages(Locale::Ro, include_str!("../../locales/ro.ftl"));
}

fn one_template() -> Workspace {
    let mut ws = Workspace::new();
    let input = TemplateInput { name: "Acme".into(), package: Package::Basic, auth: AuthMode::BroadWorks, untrusted_emails: true, share_link: String::new() };
    ws.apply(Command::CreateTemplate(input), Timestamp(1_795_317_420), &mut Counter(0)).unwrap();
    ws
}

fn choose_language(tag: &str) {
    let select: web_sys::HtmlSelectElement = all("label.language-switch select").remove(0).unchecked_into();
    select.set_value(tag);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    }).unwrap()).unwrap();
}

fn html_lang() -> String {
    document().document_element().unwrap().get_attribute("lang").unwrap_or_default()
}

#[wasm_bindgen_test]
async fn switching_the_language_changes_the_page_at_once_and_keeps_what_is_typed() {
    load_languages();
    mount_with("/partner/templates", &one_template()).await;
    assert_eq!(heading("h1"), "Templates");
    type_into("Template name", "Globex");
    choose_language("sv");
    settle().await;
    assert_eq!(heading("h1"), "Mallar");
    assert_eq!(html_lang(), "sv");
    assert_eq!(field("Mallnamn").value(), "Globex", "the typed name survives the switch");
    assert!(all("a").iter().any(|a| text(a) == "Visa användarstatus"), "the seed's Swedish words");
    assert_eq!(web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("flowthrough.locale").unwrap().as_deref(), Some("sv"));
    // Remembered: a reload opens in Swedish.
    mount_at_keeping("/partner/templates").await;
    assert_eq!(heading("h1"), "Mallar");
    choose_language("nb");
    settle().await;
    assert_eq!(heading("h1"), "Maler");
    assert!(all("nav a").iter().any(|a| text(a) == "Kontrollhub"), "the Norwegian seed's word for Control Hub");
    choose_language("en");
    settle().await;
    assert_eq!(html_lang(), "en");
}

#[wasm_bindgen_test]
async fn plurals_follow_each_language_s_rules() {
    load_languages();
    mount_with("/partner/templates", &one_template()).await;
    let exported = |n: usize| i18n::t_with("exported-users", &[("count", n.into()), ("file", "f.csv".into())]);
    assert_eq!(exported(1), "Exported 1 user to f.csv.");
    assert_eq!(exported(3), "Exported 3 users to f.csv.");
    choose_language("ro");
    settle().await;
    // Romanian: one, few (2–19) and other (20 and more, with "de").
    assert_eq!(exported(1), "A fost exportat 1 utilizator în f.csv.");
    assert_eq!(exported(3), "Au fost exportați 3 utilizatori în f.csv.");
    assert_eq!(exported(21), "Au fost exportați 21 de utilizatori în f.csv.");
    assert_eq!(i18n::number(12_345), "12.345", "Romanian groups thousands with a dot");
    choose_language("en");
    settle().await;
}

#[wasm_bindgen_test]
async fn the_portal_speaks_the_language_of_its_link() {
    load_languages();
    let ws = one_template();
    let path = ws.partner().templates().values().next().unwrap().activation_path();
    mount_with(&format!("{path}?lang=nb"), &ws).await;
    assert_eq!(heading("h1"), "Aktiver Webex");
    assert!(all("label").iter().any(|l| text(l).starts_with("Passord")));
    // The end user's choice does not change the administrator's.
    assert_eq!(web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("flowthrough.locale").unwrap(), None);
}

#[wasm_bindgen_test]
async fn every_email_reads_in_english_exactly_as_the_core_writes_it_and_in_the_other_languages_too() {
    use flowthrough_core::mail::MailContent as C;
    load_languages();
    mount_with("/mailbox", &one_template()).await;
    let all_kinds = [
        C::EmailVerification,
        C::MoveAccount,
        C::Activation { org: "Acme".into() },
        C::Reminder { org: "Acme".into() },
        C::Reactivation,
        C::PaidConversion { org: "Acme".into(), delayed: true },
        C::PaidConversion { org: "Acme".into(), delayed: false },
        C::Welcome,
        C::AdminAlert { broadworks_user_id: "100@sp".into(), error: "Error 10001: The email address is not valid.".into() },
    ];
    for c in &all_kinds {
        assert_eq!(i18n::mail(c, Locale::En), (c.subject(), c.body()), "{c:?}");
        for l in [Locale::Sv, Locale::Nb, Locale::Ro] {
            let (subject, body) = i18n::mail(c, l);
            assert_ne!((subject.as_str(), body.as_str()), (c.subject().as_str(), c.body().as_str()), "{c:?} in {l:?}");
            assert!(!subject.starts_with("mail-") && !body.starts_with("mail-"), "{c:?} in {l:?} has its text");
        }
    }
    assert_eq!(i18n::mail(&C::Activation { org: "Acme".into() }, Locale::Sv).0, "Aktivera ditt Webex-konto hos Acme");
}

#[wasm_bindgen_test]
async fn the_core_s_refusals_read_in_the_chosen_language() {
    load_languages();
    mount_with("/partner/templates", &one_template()).await;
    choose_language("sv");
    settle().await;
    button("Skapa mall").click();
    settle().await;
    assert!(alerts().iter().any(|a| a == "Mallnamn måste anges."), "{:?}", alerts());
    choose_language("ro");
    settle().await;
    type_into("Numele șablonului", "Acme");
    button("Creați șablonul").click();
    settle().await;
    assert!(alerts().iter().any(|a| a == "Un șablon cu numele „Acme” există deja; alegeți altul."), "{:?}", alerts());
    choose_language("en");
    settle().await;
}
