//! The product in four languages: English, Swedish, Norwegian Bokmål and Romanian, with Project
//! Fluent (`fluent-bundle`): messages in `locales/<tag>.ftl`, plural forms through each
//! language's CLDR plural rules (Romanian has three), parameters from the core's codes.
//!
//! English is compiled in (every message falls back to it); the other languages are fetched
//! from `/locales/<tag>.ftl` when first chosen, so a person pays only for their own language.
//! The choice is remembered (`storage::locale`), the browser's preferred languages pick one at
//! the first visit, and `<html lang>` follows it. A subtree (the User Activation Portal) can
//! have its own language: `I18n::provide_scoped`.

use crate::storage;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// The English messages, compiled in: the fallback of every other language.
const EN_FTL: &str = include_str!("../locales/en.ftl");

/// A language of the product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English.
    En,
    /// Swedish.
    Sv,
    /// Norwegian Bokmål.
    Nb,
    /// Romanian.
    Ro,
}

impl Locale {
    /// Every language, in the switcher's order.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Sv, Locale::Nb, Locale::Ro];

    /// The BCP 47 tag (`<html lang>`, the file name, the portal link's `lang`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Sv => "sv",
            Locale::Nb => "nb",
            Locale::Ro => "ro",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Sv => "Svenska",
            Locale::Nb => "Norsk bokmål",
            Locale::Ro => "Română",
        }
    }

    /// The language of a tag such as `sv-SE`, `no`, `nn-NO` or `ro` (Norwegian of any kind reads
    /// Bokmål).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            "sv" => Some(Locale::Sv),
            "nb" | "no" | "nn" => Some(Locale::Nb),
            "ro" | "mo" => Some(Locale::Ro),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages the product speaks, else English.
    pub fn from_browser() -> Locale {
        let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return Locale::En };
        let langs = nav.languages();
        (0..langs.length())
            .filter_map(|i| langs.get(i).as_string())
            .chain(nav.language())
            .find_map(|t| Locale::from_tag(&t))
            .unwrap_or(Locale::En)
    }

    /// The remembered choice, else the browser's.
    pub fn initial() -> Locale {
        storage::locale().and_then(|t| Locale::from_tag(&t)).unwrap_or_else(Locale::from_browser)
    }
}

thread_local! {
    /// The app's context, for code that runs outside the component tree (event handlers).
    static APP: std::cell::Cell<Option<I18n>> = const { std::cell::Cell::new(None) };
    static BUNDLES: RefCell<HashMap<Locale, FluentBundle<FluentResource>>> = RefCell::new(HashMap::new());
    /// Messages without parameters, once formatted (a page of 50 rows asks for the same status
    /// and state names again and again; formatting is what costs).
    static PLAIN: RefCell<HashMap<(Locale, String), String>> = RefCell::new(HashMap::new());
}

/// Formats numbers in messages for the bundle's language (thousands separators).
fn number_format<const L: usize>(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(format_number(Locale::ALL[L], n.value)),
        _ => None,
    }
}

fn bundle(locale: Locale, ftl: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(partial, errors)| {
        // A broken message is skipped (it falls back to English); the rest still load.
        web_sys::console::warn_1(&format!("locales/{}.ftl: {} messages could not be read", locale.tag(), errors.len()).into());
        partial
    });
    let lang = locale.tag().parse().expect("the four tags are valid language identifiers");
    let mut b = FluentBundle::new(vec![lang]);
    // No Unicode isolation marks around parameters: the text is read and tested as it is.
    b.set_use_isolating(false);
    b.set_formatter(Some(match locale {
        Locale::En => number_format::<0>,
        Locale::Sv => number_format::<1>,
        Locale::Nb => number_format::<2>,
        Locale::Ro => number_format::<3>,
    }));
    let _ = b.add_resource(resource);
    b
}

/// Adds a language's messages (fetched, or compiled into a test).
pub fn load_messages(locale: Locale, ftl: &str) {
    let b = bundle(locale, ftl);
    BUNDLES.with(|m| m.borrow_mut().insert(locale, b));
    PLAIN.with(|p| p.borrow_mut().clear());
}

fn loaded(locale: Locale) -> bool {
    BUNDLES.with(|m| m.borrow().contains_key(&locale))
}

fn fluent_args(args: &[(&str, FluentValue<'static>)]) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        a.set(k.to_string(), v.clone());
    }
    a
}

fn format_in(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    BUNDLES.with(|m| {
        let m = m.borrow();
        let b = m.get(&locale)?;
        let pattern = b.get_message(id)?.value()?;
        let mut errors = vec![];
        Some(b.format_pattern(pattern, args, &mut errors).into_owned())
    })
}

/// The language context: the current language, and a counter that moves when a language's
/// messages arrive (what shows re-renders then).
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
    arrived: RwSignal<u32>,
    /// False until the first language's messages are here (the app waits for them, so its first
    /// paint is in that language; a failed fetch shows English).
    ready: RwSignal<bool>,
    /// Whether this context follows the header's switcher (and `<html lang>`), or is a
    /// subtree's own (the portal).
    global: bool,
}

impl I18n {
    /// The app's language context, from the remembered choice or the browser's languages.
    pub fn provide() -> I18n {
        if !loaded(Locale::En) {
            load_messages(Locale::En, EN_FTL);
        }
        let initial = Locale::initial();
        let i18n = I18n { locale: RwSignal::new(initial), arrived: RwSignal::new(0), ready: RwSignal::new(loaded(initial)), global: true };
        provide_context(i18n);
        APP.with(|a| a.set(Some(i18n)));
        Effect::new(move |_| {
            let l = i18n.locale.get();
            if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = html.set_attribute("lang", l.tag());
            }
        });
        i18n.fetch(initial);
        i18n
    }

    /// A subtree with its own language (the portal's, from its link), not the header's.
    pub fn provide_scoped(locale: Locale) -> I18n {
        let outer = I18n::get();
        let i18n = I18n { locale: RwSignal::new(locale), arrived: outer.arrived, ready: outer.ready, global: false };
        provide_context(i18n);
        i18n.fetch(locale);
        i18n
    }

    /// The nearest language context (the app's outside the component tree).
    pub fn get() -> I18n {
        use_context::<I18n>().or_else(|| APP.with(|a| a.get())).unwrap_or_else(I18n::provide)
    }

    /// The current language (tracked).
    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    /// Whether the first language's messages are here.
    pub fn ready(&self) -> bool {
        self.ready.get()
    }

    /// Switches the language as soon as its messages are here (at once when they already are);
    /// the header's choice is remembered.
    pub fn set(&self, locale: Locale) {
        if self.global {
            storage::set_locale(locale.tag());
        }
        if loaded(locale) {
            self.locale.set(locale);
            return;
        }
        let me = *self;
        self.fetch_then(locale, move || me.locale.set(locale));
    }

    /// Fetches a language's messages if they are not here yet (what shows re-renders when they
    /// arrive).
    pub fn fetch(&self, locale: Locale) {
        self.fetch_then(locale, || {});
    }

    fn fetch_then(&self, locale: Locale, then: impl FnOnce() + 'static) {
        if loaded(locale) {
            self.ready.set(true);
            return then();
        }
        let (arrived, ready) = (self.arrived, self.ready);
        leptos::task::spawn_local(async move {
            match fetch_text(&format!("/locales/{}.ftl", locale.tag())).await {
                Ok(ftl) => load_messages(locale, &ftl),
                Err(e) => web_sys::console::warn_1(&format!("locales/{}.ftl could not be fetched ({e}): showing English", locale.tag()).into()),
            }
            arrived.update(|n| *n += 1);
            ready.set(true);
            then();
        });
    }

    /// A message in the current language (tracked), English when the language lacks it or has
    /// not arrived yet, and the id itself when English lacks it too.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, None)
    }

    /// A message with parameters.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        self.t_args(id, Some(&fluent_args(args)))
    }

    fn t_args(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let locale = self.locale.get();
        self.arrived.track();
        let format = || format_in(locale, id, args).or_else(|| format_in(Locale::En, id, args)).unwrap_or_else(|| id.to_string());
        if args.is_some() {
            return format();
        }
        let key = (locale, id.to_string());
        if let Some(hit) = PLAIN.with(|p| p.borrow().get(&key).cloned()) {
            return hit;
        }
        let text = format();
        PLAIN.with(|p| p.borrow_mut().insert(key, text.clone()));
        text
    }
}

/// A message in the current language (tracked).
pub fn t(id: &str) -> String {
    I18n::get().t(id)
}

/// A message with one text parameter, formatted once and filled many times (a label on each of a
/// page's rows): `fill` puts the value where the parameter goes. Tracked, like [`t`].
#[derive(Clone, PartialEq)]
pub struct Template(String);

/// Stands for the parameter in a [`Template`] (a private-use character no message contains).
const HOLE: char = '\u{F8FF}';

impl Template {
    /// The message with `value` for its parameter.
    pub fn fill(&self, value: &str) -> String {
        self.0.replace(HOLE, value)
    }
}

/// The [`Template`] of message `id` with its parameter `arg`.
pub fn template(id: &str, arg: &'static str) -> Template {
    Template(t_with(id, &[(arg, HOLE.to_string().into())]))
}

/// A message with parameters in the current language (tracked).
pub fn t_with(id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    I18n::get().t_with(id, args)
}

/// A number for a language (`12 345` in Swedish, `12,345` in English).
pub fn format_number(locale: Locale, n: f64) -> String {
    // One formatter per language, made once: making one costs 50-100 µs, a few per interaction.
    thread_local! {
        static FORMATS: std::cell::RefCell<Vec<(Locale, js_sys::Function)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let format = FORMATS.with_borrow_mut(|formats| match formats.iter().find(|(l, _)| *l == locale) {
        Some((_, f)) => f.clone(),
        None => {
            let locales = js_sys::Array::of1(&locale.tag().into());
            let f = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
            formats.push((locale, f.clone()));
            f
        }
    });
    format.call1(&wasm_bindgen::JsValue::UNDEFINED, &n.into()).ok().and_then(|v| v.as_string()).unwrap_or_else(|| n.to_string())
}

/// A count in the current language (tracked).
pub fn number(n: usize) -> String {
    format_number(I18n::get().locale(), n as f64)
}

/// A moment on the sandbox clock, in UTC, for the current language (tracked). English keeps
/// the unambiguous `2026-11-25 19:05 UTC`; the others use their own date order and names.
pub fn when(at: flowthrough_core::Timestamp) -> String {
    intl_utc(at, &[("dateStyle", "medium"), ("timeStyle", "short")]).unwrap_or_else(|| at.to_string())
}

/// The day of a moment, in UTC (`2026-11-25` in English, `onsdag 25 november 2026` in Swedish).
pub fn day(at: flowthrough_core::Timestamp) -> String {
    intl_utc(at, &[("dateStyle", "full")]).unwrap_or_else(|| at.iso()[..10].to_string())
}

/// The time of day of a moment, in UTC (`19:05 UTC`).
pub fn time_of_day(at: flowthrough_core::Timestamp) -> String {
    intl_utc(at, &[("timeStyle", "short")]).unwrap_or_else(|| at.to_string()[11..].to_string())
}

/// A moment written by the browser's `Intl` for the current language, in UTC, marked so; none in
/// English, which keeps the console's ISO-like form.
fn intl_utc(at: flowthrough_core::Timestamp, style: &[(&'static str, &'static str)]) -> Option<String> {
    let locale = I18n::get().locale();
    if locale == Locale::En {
        return None;
    }
    // A formatter is made once per language and style: making one costs far more than using it,
    // and a page of 50 rows formats 50 dates.
    thread_local! {
        static FORMATS: std::cell::RefCell<Vec<(Locale, Vec<(&'static str, &'static str)>, js_sys::Intl::DateTimeFormat)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let f = FORMATS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, _, f)) = cache.iter().find(|(l, s, _)| *l == locale && s.iter().eq(style.iter())) {
            return f.clone();
        }
        let options = js_sys::Object::new();
        for (k, v) in style.iter().chain(&[("timeZone", "UTC")]) {
            let _ = js_sys::Reflect::set(&options, &(*k).into(), &(*v).into());
        }
        let locales = js_sys::Array::of1(&locale.tag().into());
        let f = js_sys::Intl::DateTimeFormat::new(&locales, &options);
        cache.push((locale, style.iter().map(|(k, v)| (*k, *v)).collect(), f.clone()));
        f
    });
    let date = js_sys::Date::new(&((at.0 as f64) * 1000.0).into());
    let written = f.format().call1(&wasm_bindgen::JsValue::UNDEFINED, &date).ok()?.as_string()?;
    // A day needs no zone; a time does.
    Some(if style.iter().any(|(k, _)| *k == "timeStyle") { format!("{written} UTC") } else { written })
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let resp = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| format!("{e:?}"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response")?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(resp.text().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".into())
}

/// The header's language switcher: changes the language at once, keeps the page and its state.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = I18n::get();
    view! {
        <label class="language-switch">
            <span class="visually-hidden">{move || t("language")}</span>
            <select on:change=move |e| if let Some(l) = Locale::from_tag(&event_target_value(&e)) { i18n.set(l) }>
                {Locale::ALL.into_iter().map(|l| view! {
                    <option value=l.tag() lang=l.tag() selected=move || i18n.locale() == l>{l.native_name()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// A subscriber status in the current language (the seeds' words).
pub fn status(s: flowthrough_core::SubscriberStatus) -> String {
    t(&format!("status-{}", s.api_name()))
}

/// A Control Hub user state in the current language.
pub fn state(s: flowthrough_core::UserState) -> String {
    t(&format!("state-{}", s.key()))
}

/// A User Status menu action in the current language.
pub fn subscriber_action(a: flowthrough_core::SubscriberAction) -> String {
    t(&format!("action-{}", a.key()))
}

/// An onboarding failure's text in the current language.
pub fn failure(code: flowthrough_core::FailureCode) -> String {
    t(&format!("failure-{}", code.key()))
}

/// Why a template cannot take self-activation, in the current language.
pub fn setup_problem(p: flowthrough_core::SetupProblem) -> String {
    t(&format!("setup-{}", p.key()))
}

/// A recorded failure as User Status shows and copies it ("Error 10007: …"), in the current
/// language.
pub fn failure_line(f: &flowthrough_core::Failure) -> String {
    // The code as text: it is an identifier, not a quantity (no thousands separator).
    let mut args = vec![("code", FluentValue::from(f.code.code().to_string())), ("text", FluentValue::from(failure(f.code)))];
    if f.detail.is_empty() {
        t_with("failure-line", &args)
    } else {
        // The detail may be the core's own English sentence (an address's problem).
        args.push(("detail", FluentValue::from(says(&f.detail))));
        t_with("failure-line-detail", &args)
    }
}

/// A code of the core whose message id is its variant's name (`reason-FirstSignIn`,
/// `source-Csv`, `choice-MoveConversations`, `user-action-Deactivate`, `meaning-Active`), in the
/// current language. core/tests/suite/locales.rs checks every variant has its message.
pub fn code<T: std::fmt::Debug>(prefix: &str, value: T) -> String {
    t(&format!("{prefix}-{value:?}"))
}

/// An organization's kind in the current language.
pub fn org_kind(kind: flowthrough_core::OrgKind) -> String {
    t(match kind {
        flowthrough_core::OrgKind::Customer(_) => "org-kind-customer",
        flowthrough_core::OrgKind::Paid => "org-kind-paid",
        flowthrough_core::OrgKind::Free => "org-kind-free",
    })
}

/// A message in a given language (tracked), for text that belongs to someone other than the
/// person at the screen (an email, in its recipient's language).
pub fn t_in(locale: Locale, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let i18n = I18n::get();
    i18n.fetch(locale);
    i18n.arrived.track();
    let a = fluent_args(args);
    format_in(locale, id, Some(&a)).or_else(|| format_in(Locale::En, id, Some(&a))).unwrap_or_else(|| id.to_string())
}

/// A message whose parameters are words (a name, an address), in a given language (tracked):
/// text written for someone other than the person at the screen, such as the activation email
/// an administrator composes for their users.
pub fn words_in(locale: Locale, x: &flowthrough_core::text::Text) -> String {
    use flowthrough_core::text::Arg;
    let args: Vec<(&str, FluentValue<'static>)> = x
        .args
        .iter()
        .filter_map(|(k, v)| match v {
            Arg::Str(s) => Some((*k, FluentValue::from(s.clone()))),
            Arg::Num(n) => Some((*k, FluentValue::from(*n))),
            _ => None,
        })
        .collect();
    t_in(locale, x.id, &args)
}

/// An email's subject and body in `locale` (the core keeps an email as its kind's parameters).
pub fn mail(content: &flowthrough_core::mail::MailContent, locale: Locale) -> (String, String) {
    use flowthrough_core::mail::MailContent as C;
    let both = |id: &str, args: &[(&str, FluentValue<'static>)]| (t_in(locale, &format!("{id}-subject"), args), t_in(locale, &format!("{id}-body"), args));
    match content {
        C::EmailVerification => both("mail-verify", &[]),
        C::MoveAccount => both("mail-move", &[]),
        C::Activation { org } => both("mail-activation", &[("org", org.clone().into())]),
        C::Reminder { org } => both("mail-reminder", &[("org", org.clone().into())]),
        C::Reactivation => both("mail-reactivated", &[]),
        C::PaidConversion { org, delayed } => {
            let args = [("org", FluentValue::from(org.clone()))];
            (t_in(locale, "mail-paid-subject", &args), t_in(locale, if *delayed { "mail-paid-delayed-body" } else { "mail-paid-body" }, &args))
        }
        C::Welcome => both("mail-welcome", &[]),
        C::AdminAlert { broadworks_user_id, error } => both("mail-alert", &[("bwid", broadworks_user_id.clone().into()), ("error", error.clone().into())]),
        // Written by an administrator: as written.
        C::Text { subject, body } => (subject.clone(), body.clone()),
    }
}

/// A span of time in the current language ("2 days 3 hours").
pub fn duration(secs: i64) -> String {
    use flowthrough_core::time::{DAY, HOUR};
    let (d, h, m) = (secs / DAY, (secs % DAY) / HOUR, (secs % HOUR) / 60);
    let mut parts = Vec::new();
    if d != 0 {
        parts.push(t_with("dur-days", &[("count", d.into())]));
    }
    if h != 0 {
        parts.push(t_with("dur-hours", &[("count", h.into())]));
    }
    if m != 0 || parts.is_empty() {
        parts.push(t_with("dur-minutes", &[("count", m.into())]));
    }
    parts.join(" ")
}

/// What the core says (a message id and its parameters) in the current language (tracked).
pub fn text(x: &flowthrough_core::text::Text) -> String {
    use flowthrough_core::text::Arg;
    let args: Vec<(&str, FluentValue<'static>)> = x
        .args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Time(at) => FluentValue::from(when(*at)),
                Arg::Duration(secs) => FluentValue::from(duration(*secs)),
                Arg::Text(inner) => FluentValue::from(text(inner)),
                Arg::Code(prefix, key) => FluentValue::from(t(&format!("{prefix}-{key}"))),
                Arg::Says(s) => FluentValue::from(says(s)),
            };
            (*k, value)
        })
        .collect();
    t_with(x.id, &args)
}

/// A command's name in the current language (its message id is its variant's name,
/// `command-AddUsers`; core/tests/suite/locales.rs checks every variant has one).
pub fn command(c: &flowthrough_core::Command) -> String {
    let debug = format!("{c:?}");
    let variant = debug.split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or_default();
    t(&format!("command-{variant}"))
}

/// Who did something, for the audit log, in the current language.
pub fn actor(a: &flowthrough_core::command::Actor) -> String {
    use flowthrough_core::command::Actor;
    match a {
        Actor::PartnerAdmin => t("actor-partner-admin"),
        Actor::CustomerAdmin => t("actor-customer-admin"),
        Actor::EndUser(who) if who.is_empty() => t("actor-end-user"),
        Actor::EndUser(who) => t_with("actor-end-user-who", &[("who", who.clone().into())]),
        Actor::ProvisioningAdapter => t("actor-provisioning"),
        Actor::DirectorySync => t("actor-directory-sync"),
        Actor::System => t("actor-system"),
    }
}

/// A message if the current language (or English) has it.
fn t_opt(id: &str, args: &[(&str, FluentValue<'static>)]) -> Option<String> {
    let i18n = I18n::get();
    let locale = i18n.locale.get();
    i18n.arrived.track();
    let a = fluent_args(args);
    format_in(locale, id, Some(&a)).or_else(|| format_in(Locale::En, id, Some(&a)))
}

use flowthrough_core::text::says_id;

/// Why the core refused a command, in the current language (the core says it as a message,
/// `CommandError::text`).
pub fn refusal(e: &flowthrough_core::CommandError) -> String {
    text(&e.text())
}

/// A sentence the core wrote in English (a CSV row's problem, why an email was suppressed or a
/// directory entry rejected, a failure's detail), in the current language when it has it, else
/// as written.
pub fn says(english: &str) -> String {
    if I18n::get().locale() == Locale::En {
        return english.to_string();
    }
    t_opt(&says_id(english), &[]).unwrap_or_else(|| english.to_string())
}
