//! The four languages: the header's switcher changes the page at once without losing what is
//! typed, is remembered and sets `<html lang>`; plurals follow each language's rules; the portal
//! speaks the language of its link.

use crate::support::*;
use flowthrough::i18n::{self, Locale};
use flowthrough_core::{AuthMode, Command, Package, TemplateInput, Timestamp, Workspace};
use flowthrough::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

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
    choose(&all("label.language-switch select").remove(0).unchecked_into(), tag);
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

fn choose(select: &web_sys::HtmlSelectElement, value: &str) {
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

/// A labelled field of any kind (`field` finds inputs).
fn labelled(label: &str) -> Element {
    all("label").into_iter().find(|l| text(l).starts_with(label)).and_then(|l| l.query_selector("input, textarea, select").ok().flatten()).unwrap_or_else(|| panic!("no field labelled {label}"))
}

/// Types `value` into a text field or text area, as a person's typing would (an input event).
fn enter(field: &Element, value: &str) {
    if let Some(t) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_value(value);
    } else if let Some(i) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        i.set_value(value);
    }
    field.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

fn value_of(label: &str) -> String {
    let e = labelled(label);
    e.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value()).or_else(|| e.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value())).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_composed_activation_email_has_a_language_of_its_own() {
    load_languages();
    let (ws, org) = control_workspace(false);
    mount_with(&format!("/control/orgs/{}/settings", org.0), &ws).await;
    choose_language("sv");
    settle().await;
    // The draft is in the console's language.
    assert_eq!(value_of("Ämne"), "Välkommen till Webex på Acme: aktivera ditt konto");
    assert!(value_of("Hur användare aktiverar sitt konto").starts_with("Öppna Webex-appen"));
    // What the administrator wrote stays; what is still the draft's follows the email's language.
    enter(&labelled("Företagets mål"), "Vi byter till Webex i mars.");
    enter(&labelled("Ämne"), "Webex kommer");
    choose(&labelled("E-postens språk").unchecked_into(), "ro");
    settle().await;
    assert_eq!(value_of("Ämne"), "Webex kommer", "the subject the administrator wrote stays");
    assert!(value_of("Hur användare aktiverar sitt konto").starts_with("Deschideți Aplicația Webex"), "the draft's steps are now Romanian");
    assert_eq!(labelled("Hur användare aktiverar sitt konto").get_attribute("lang").as_deref(), Some("ro"));
    // The email itself, greeting, headings and closing, is Romanian; the page stays Swedish.
    let mailto = all("a[href^='mailto:']").remove(0).get_attribute("href").unwrap();
    let body = js_sys::decode_uri_component(mailto.split("&body=").nth(1).unwrap()).unwrap().as_string().unwrap();
    assert!(body.starts_with("Bună ziua,\n\nDe ce trecem la Webex\nVi byter till Webex i mars.\n\nCum vă activați contul\nDeschideți"), "{body}");
    assert!(body.ends_with("Vă mulțumim,\nEchipa IT\n"), "{body}");
    assert_eq!(heading("h2"), "E-post");
    choose_language("en");
    settle().await;
}

#[wasm_bindgen_test]
async fn a_stored_workspace_that_cannot_be_read_is_reported_in_the_language_and_again_after_a_switch() {
    load_languages();
    storage::clear_all();
    set_local(storage::BASE_KEY, "not a workspace");
    set_local("flowthrough.locale", "nb");
    mount_at_keeping("/control").await;
    let said = alerts().join(" ");
    assert!(said.contains("Det lagrede arbeidsområdet ditt kunne ikke leses.") && said.contains("Det lagrede arbeidsområdet kan ikke leses: den lagrede teksten er ikke pakkede data fra flowthrough."), "{said}");
    choose_language("en");
    settle().await;
    let said = alerts().join(" ");
    assert!(said.contains("The saved workspace cannot be read: the stored text is not packed flowthrough data."), "the report is written again in English: {said}");
    storage::clear_all();
}

#[wasm_bindgen_test]
async fn a_csv_file_that_cannot_be_used_says_why_in_the_language() {
    load_languages();
    let (ws, org) = control_workspace(true);
    mount_with(&format!("/control/orgs/{}/sync", org.0), &ws).await;
    choose_language("ro");
    settle().await;
    let sync = all("input[role=switch]").remove(0).unchecked_into::<web_sys::HtmlInputElement>();
    sync.click();
    settle().await;
    enter(&all("textarea").remove(0), "displayName\nAnn\n");
    all("button.btn-primary").remove(0).unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    assert_eq!(alerts(), ["Antetul nu are coloana \"Email\". Adăugați-o și încercați din nou."]);
    choose_language("sv");
    settle().await;
    assert_eq!(alerts(), ["Rubriken saknar kolumnen \"Email\". Lägg till den och försök igen."], "written again in the new language");
    choose_language("en");
    settle().await;
}
