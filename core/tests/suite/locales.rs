//! The four languages' messages (`locales/*.ftl`, rendered by the app with Fluent): every
//! message of English exists in every language with the same parameters, each file parses
//! without error, every code of the core has its message, every message id the app's source
//! asks for and every message the core writes (`Text::new`) exists, and Romanian's plurals have
//! their three forms.

use flowthrough_core::{DataChoice, DomainAction, DomainStatus, MessageKind, Package, TemplateInput, FailureCode, SetupProblem, StateReason, SubscriberAction, SubscriberStatus, UserAction, UserSource, UserState};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const LOCALES: [&str; 4] = ["en", "sv", "nb", "ro"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the repository")
}

/// What a message needs: its parameters, and the plural categories it selects on.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    variables: BTreeSet<String>,
    categories: BTreeSet<String>,
}

fn walk(p: &Pattern<&str>, shape: &mut Shape) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expr(expression, shape);
        }
    }
}

fn expr(e: &Expression<&str>, shape: &mut Shape) {
    match e {
        Expression::Inline(i) => inline(i, shape),
        Expression::Select { selector, variants } => {
            inline(selector, shape);
            for v in variants {
                if let VariantKey::Identifier { name } = v.key {
                    shape.categories.insert(name.to_string());
                }
                walk(&v.value, shape);
            }
        }
    }
}

fn inline(i: &InlineExpression<&str>, shape: &mut Shape) {
    match i {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expr(expression, shape),
        _ => {}
    }
}

fn messages(tag: &str) -> BTreeMap<String, Shape> {
    let path = root().join(format!("locales/{tag}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("locales/{tag}.ftl does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut shape = Shape::default();
                let value = m.value.unwrap_or_else(|| panic!("locales/{tag}.ftl: {} has no text", m.id.name));
                walk(&value, &mut shape);
                assert!(out.insert(m.id.name.to_string(), shape).is_none(), "locales/{tag}.ftl: {} twice", m.id.name);
            }
            Entry::Junk { content } => panic!("locales/{tag}.ftl: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_parameters() {
    let en = messages("en");
    assert!(en.len() > 100, "English has its messages");
    for tag in &LOCALES[1..] {
        let other = messages(tag);
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "locales/{tag}.ftl: missing {missing:?}, not in English {extra:?}");
        for (id, shape) in &en {
            assert_eq!(other[id].variables, shape.variables, "locales/{tag}.ftl: {id} takes other parameters than English");
        }
    }
}

#[test]
fn plurals_have_each_language_s_forms() {
    // CLDR cardinal categories: English, Swedish and Norwegian one/other; Romanian one/few/other.
    let needed: [(&str, &[&str]); 4] = [("en", &["one", "other"]), ("sv", &["one", "other"]), ("nb", &["one", "other"]), ("ro", &["one", "few", "other"])];
    for (tag, categories) in needed {
        for (id, shape) in messages(tag) {
            if shape.categories.is_empty() {
                continue;
            }
            for c in categories {
                assert!(shape.categories.contains(*c), "locales/{tag}.ftl: {id} lacks the plural form [{c}]");
            }
        }
    }
}

#[test]
fn every_code_of_the_core_has_its_message() {
    let en = messages("en");
    let mut ids: Vec<String> = Vec::new();
    ids.extend(SubscriberStatus::ALL.iter().map(|s| format!("status-{}", s.api_name())));
    ids.extend(UserState::ALL.iter().map(|s| format!("state-{}", s.key())));
    ids.extend(SubscriberAction::ALL.iter().map(|a| format!("action-{}", a.key())));
    ids.extend(FailureCode::ALL.iter().map(|c| format!("failure-{}", c.key())));
    ids.extend(SetupProblem::ALL.iter().map(|p| format!("setup-{}", p.key())));
    // Codes whose message id is the variant's name (src/i18n.rs `code`).
    ids.extend(UserAction::ALL.iter().flat_map(|a| [format!("user-action-{a:?}"), format!("user-action-done-{a:?}")]));
    ids.extend(UserSource::ALL.iter().map(|s| format!("source-{s:?}")));
    ids.extend(StateReason::ALL.iter().map(|r| format!("reason-{r:?}")));
    ids.extend(DataChoice::ALL.iter().map(|c| format!("choice-{c:?}")));
    ids.extend(UserState::ALL.iter().map(|s| format!("meaning-{s:?}")));
    ids.extend(flowthrough_core::diagnosis::Stuck::USER.iter().chain(flowthrough_core::diagnosis::Stuck::SUBSCRIBER.iter()).map(|s| format!("stuck-{}", s.key())));
    ids.extend(flowthrough_core::transitions::USER_ARROWS.iter().map(|a| a.label.to_string()));
    ids.extend(flowthrough_core::transitions::SUBSCRIBER_ARROWS.iter().map(|a| a.label.to_string()));
    // Every command's name: the variants named in Command::name.
    let command = std::fs::read_to_string(root().join("core/src/command.rs")).expect("command.rs");
    let names = &command[command.find("pub fn name(&self)").expect("Command::name")..];
    let names = &names[..names.find("\n    }\n").expect("its end")];
    let variants: Vec<String> = names
        .lines()
        .filter(|l| l.contains("=> \""))
        .map(|l| l.trim().split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_string())
        .collect();
    assert!(variants.len() > 30, "{variants:?}");
    ids.extend(variants.iter().map(|v| format!("command-{v}")));
    ids.extend(MessageKind::ALL.iter().map(|k| format!("mail-kind-{k:?}")));
    // Every email's text (src/i18n.rs `mail`).
    for id in ["mail-verify", "mail-move", "mail-activation", "mail-reminder", "mail-reactivated", "mail-welcome", "mail-alert"] {
        ids.push(format!("{id}-subject"));
        ids.push(format!("{id}-body"));
    }
    ids.extend(["mail-paid-subject", "mail-paid-body", "mail-paid-delayed-body"].map(String::from));
    ids.extend(DomainStatus::ALL.iter().map(|s| format!("domain-status-{s:?}")));
    ids.extend(flowthrough_core::storage::PartKind::ALL.iter().map(|k| format!("part-{k:?}")));
    ids.extend(flowthrough_core::event::UsedLink::ALL.iter().map(|u| format!("link-purpose-{}", u.key())));
    ids.extend(DomainAction::ALL.iter().flat_map(|a| [format!("domain-action-{a:?}"), format!("domain-action-done-{a:?}")]));
    let missing: Vec<&String> = ids.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(missing.is_empty(), "no message for {missing:?}");
}

/// The ids in `t("…")` and `t_with("…"` calls and in translated table columns across src/.
fn ids_used(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("src/") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            ids_used(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source");
        for call in ["t(\"", "t_with(\"", "Text::new(\"", "caption=\"", "Column::sortable(\"", "Column::plain(\"", "Column::hidden(\""] {
            for (i, _) in text.match_indices(call) {
                // Only a whole name: not `print(`, `format_t(`.
                let before = text[..i].chars().last();
                if call.starts_with('t') && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[i + call.len()..];
                let id = &rest[..rest.find('"').expect("a closing quote")];
                // Table columns and captions of pages not translated yet are English words.
                if id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_') {
                    out.insert(id.to_string());
                }
            }
        }
    }
}

/// The message ids the core writes (`diag-…`, `due-…` literals) across core/src/.
fn core_texts(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("core/src/") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            core_texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source");
            // Every string literal with a message prefix (`Text::new("diag-…")`, and the
            // remedies the diagnosis passes on by id).
            for prefix in ["\"diag-", "\"due-", "\"event-", "\"csv-", "\"error-email-", "\"decode-", "\"replay-error", "\"history-", "\"composer-", "\"sync-"] {
                for (i, _) in text.match_indices(prefix) {
                    let rest = &text[i + 1..];
                    let id = &rest[..rest.find('"').expect("a closing quote")];
                    // An id, not a test's expected words that start like one.
                    if id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        out.insert(id.to_string());
                    }
                }
            }
        }
    }
}

#[test]
fn every_message_the_core_writes_exists() {
    let en = messages("en");
    let mut ids = BTreeSet::new();
    core_texts(&root().join("core/src"), &mut ids);
    assert!(ids.len() > 30, "the scan finds the core's messages: {ids:?}");
    let missing: Vec<&String> = ids.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(missing.is_empty(), "the core writes messages English lacks: {missing:?}");
}

#[test]
fn every_message_the_app_asks_for_exists() {
    let en = messages("en");
    let mut used = BTreeSet::new();
    ids_used(&root().join("src"), &mut used);
    assert!(used.len() > 50, "the scan finds the app's messages: {used:?}");
    let missing: Vec<&String> = used.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(missing.is_empty(), "the app asks for messages English lacks: {missing:?}");
}

/// The English messages, as the app formats them (no isolation marks).
fn english_bundle() -> fluent_bundle::FluentBundle<fluent_bundle::FluentResource> {
    let text = std::fs::read_to_string(root().join("locales/en.ftl")).expect("en.ftl");
    let mut bundle = fluent_bundle::FluentBundle::new(vec!["en".parse().expect("en")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(fluent_bundle::FluentResource::try_new(text).expect("en.ftl parses")).expect("no clash");
    bundle
}

/// Writes a core message in English with Fluent, as the app does (src/i18n.rs `text`).
fn english(bundle: &fluent_bundle::FluentBundle<fluent_bundle::FluentResource>, t: &flowthrough_core::text::Text) -> String {
    say(bundle, t.id, &t.args)
}

fn say(bundle: &fluent_bundle::FluentBundle<fluent_bundle::FluentResource>, id: &str, params: &[(&'static str, flowthrough_core::text::Arg)]) -> String {
    use flowthrough_core::text::Arg;
    let mut args = fluent_bundle::FluentArgs::new();
    for (k, v) in params {
        let value: fluent_bundle::FluentValue = match v {
            Arg::Str(s) => s.clone().into(),
            Arg::Num(n) => (*n).into(),
            Arg::Time(at) => at.to_string().into(),
            Arg::Duration(secs) => flowthrough_core::time::duration_label(*secs).into(),
            Arg::Text(inner) => english(bundle, inner).into(),
            Arg::Code(prefix, key) => say(bundle, &format!("{prefix}-{key}"), &[]).into(),
            Arg::Says(s) => s.clone().into(),
        };
        args.set(*k, value);
    }
    let msg = bundle.get_message(id).unwrap_or_else(|| panic!("no English for {id}"));
    let mut errors = vec![];
    let out = bundle.format_pattern(msg.value().expect("a value"), Some(&args), &mut errors).into_owned();
    assert!(errors.is_empty(), "{id}: {errors:?}");
    out
}

#[test]
fn the_audit_log_reads_in_english_exactly_as_the_core_writes_it() {
    let bundle = english_bundle();
    // The demo's and a generated workspace's whole logs, then a clock jump (claims, reminders).
    let now = flowthrough_core::Timestamp(1_795_317_420);
    let mut tokens = flowthrough_core::demo::SeededTokens(flowthrough_core::demo::Rng::new(3));
    let mut ws = flowthrough_core::demo::sample(now, &mut tokens).expect("the demo");
    {
        use flowthrough_core::Command::*;
        let org = ws.control().orgs().values().find(|o| o.name == "Contoso").expect("Contoso").id;
        let dana = ws.control().users().values().find(|u| u.email.to_string() == "dana@contoso.example").expect("Dana").id;
        let template = *ws.partner().templates().keys().next().expect("a template");
        let input = ws.partner().templates()[&template].clone();
        let subscriber = ws.partner().subscribers().values().find(|s| s.status == SubscriberStatus::Provisioned).expect("a provisioned subscriber").id;
        for cmd in [
            Deactivate { user: dana },
            Reactivate { user: dana },
            SignIn { user: dana },
            AddDomain { org, domain: "contoso.example".into() },
            PublishDomainRecord { org, domain: "contoso.example".into() },
            VerifyDomain { org, domain: "contoso.example".into() },
            ClaimDomain { org, domain: "contoso.example".into() },
            SetAutomaticActivationEmails { org, enabled: false },
            LinkSite { org, site: "contoso.webex.com".into() },
            UpdateTemplate { template, input: TemplateInput { name: input.name, package: input.package, auth: input.auth, untrusted_emails: input.untrusted_emails, share_link: input.share_link } },
            ChangePackage { subscriber, package: Package::Premium },
            DeleteSubscriberUser { subscriber },
            AdvanceClock { seconds: 20 * 86_400 },
        ] {
            ws.apply(cmd, now, &mut tokens).expect("the demo takes it");
        }
    }
    let large = flowthrough_core::demo::large(300, 42, now);
    let mut kinds = BTreeSet::new();
    for w in [&ws, &large] {
        for entry in w.log().entries().iter() {
            for e in &entry.events {
                assert_eq!(english(&bundle, &e.text()), e.describe(), "{e:?}");
                kinds.insert(e.text().id);
            }
        }
    }
    assert!(kinds.len() >= 20, "most kinds of event are compared: {kinds:?}");
}

use flowthrough_core::text::says_id;

/// The English sentences of the core's refusals and its field names, from its source.
const CORE_OPENINGS: &[&str] = &[
    "Nothing(\"", "WrongStatus(\"", "WrongState(\"", "DomainStep(\"", "WrongOrgKind(\"", "CommandError::Invalid(\"", "PortalUnavailable(\"", "required(\"", "Required(\"", "what: \"", "field: \"",
    // A row's problems, a directory entry's rejection.
    "errors.push(\"", ".ok_or(\"", "return Err(\"", "reason: \"",
];

fn refusal_sentences(dir: &Path, openings: &[&str], out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            refusal_sentences(&path, openings, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source");
            for opening in openings {
                for (i, _) in text.match_indices(opening) {
                    // The literal up to its closing quote, with \" read as a quote.
                    let mut literal = String::new();
                    let mut chars = text[i + opening.len()..].chars();
                    while let Some(c) = chars.next() {
                        match c {
                            '\\' => literal.extend(chars.next()),
                            '"' => break,
                            c => literal.push(c),
                        }
                    }
                    // Literals with placeholders are formatted by the core, not looked up.
                    if !literal.contains('{') {
                        out.insert(literal);
                    }
                }
            }
        }
    }
}

#[test]
fn every_refusal_the_core_writes_has_its_words_in_every_language() {
    let mut sentences = BTreeSet::new();
    refusal_sentences(&root().join("core/src"), CORE_OPENINGS, &mut sentences);
    // The app's own refusals (a command while the workspace is opened or saved).
    refusal_sentences(&root().join("src"), &["Nothing(\""], &mut sentences);
    sentences.extend(SetupProblem::ALL.iter().map(|p| p.text().to_string()));
    // An email's suppression, and an email address's problems (a failure's detail).
    sentences.insert("Automatic activation emails are off for this organization.".to_string());
    use flowthrough_core::EmailError as M;
    sentences.extend([M::Empty, M::TooLong, M::NonAscii, M::Whitespace, M::MissingAt, M::DomainTooFew].iter().map(|e| e.to_string()));
    assert!(sentences.len() > 40, "{sentences:?}");
    let text = std::fs::read_to_string(root().join("locales/en.ftl")).expect("en.ftl");
    for s in &sentences {
        let id = says_id(s);
        // English says exactly what the core says; the other languages have it by the id test.
        assert!(text.contains(&format!("\n{id} = {s}\n")), "locales/en.ftl lacks {id} = {s}");
    }
}

#[test]
fn a_csv_row_s_problems_read_in_english_as_before() {
    let bundle = english_bundle();
    let p = flowthrough_core::import::subscribers("BroadWorks User ID,Name,Password,Email,Package\r\na b@sp,,,bad@example,Gold\r\n").expect("a table");
    let said: Vec<String> = p.rows[0].errors.iter().map(|e| english(&bundle, e)).collect();
    assert_eq!(
        said,
        [
            "BroadWorks User ID cannot contain spaces.",
            "Name is empty (give Name, or First Name and Last Name).",
            "Password is empty.",
            "Email: The domain after @ needs a dot, for example example.com.",
            "Package \"Gold\" is not one of Softphone, Basic, Standard, Premium.",
        ]
    );
}

#[test]
fn unreadable_data_and_replays_read_in_english_as_the_core_writes_them() {
    use flowthrough_core::storage::{DecodeError as D, PartKind};
    use flowthrough_core::{CommandError, ReplayError, ReplayReason as R};
    let bundle = english_bundle();
    let decode = [
        D::NotFlowthrough,
        D::Newer { found: 4, supported: 3 },
        D::Truncated { expected: 900, found: 120 },
        D::Damaged,
        D::WrongPart { expected: PartKind::State, found: PartKind::Change },
        D::NotJson("EOF while parsing a string at line 1 column 63".into()),
        D::Corrupt("two links have the same token".into()),
    ];
    for e in &decode {
        assert_eq!(english(&bundle, &e.text()), e.to_string(), "{e:?}");
    }
    for reason in [R::Refused(CommandError::LinkExpired), R::OutOfSequence(8), R::Diverged, R::HistoryUnread] {
        let e = ReplayError { seq: 7, reason };
        assert_eq!(english(&bundle, &e.text()), e.to_string(), "{e:?}");
    }
    let fill = flowthrough_core::log::FillError { expected: 40, found: 12 };
    assert_eq!(english(&bundle, &fill.text()), fill.to_string());
}

#[test]
fn a_csv_file_s_problems_read_in_english_as_before() {
    let bundle = english_bundle();
    let file = |text: &str| english(&bundle, &flowthrough_core::import::subscribers(text).expect_err("refused"));
    assert_eq!(file(""), "The file is empty. Choose a CSV file with a header row and at least one user.");
    assert_eq!(file("Name,Password\nAnn,pw\n"), "The header has no \"BroadWorks User ID\" column. Add it and try again.");
    assert_eq!(file("BroadWorks User ID,Name\na@sp,Ann\n"), "The header has no \"Password\" column (the User Activation Portal password). Add it and try again.");
    let users = english(&bundle, &flowthrough_core::import::users("Name\nAnn\n").expect_err("refused"));
    assert_eq!(users, "The header has no \"Email\" column. Add it and try again.");
    let limit = flowthrough_core::text::Text::new("csv-file-too-many").with("max", flowthrough_core::import::MAX_ROWS as i64);
    assert_eq!(english(&bundle, &limit), "The file has more than 200000 users; split it into smaller files.");
}

#[test]
fn the_composed_activation_email_reads_in_english_as_before() {
    let bundle = english_bundle();
    let say = |t: &flowthrough_core::text::Text| english(&bundle, t);
    let mut m = flowthrough_core::composer::ManualActivationEmail::draft("Acme", &say);
    assert_eq!(m.subject, "Welcome to Webex at Acme: activate your account");
    m.support_links = "https://intranet.example/help".into();
    assert_eq!(
        m.body(&say),
        "Hello,\n\nHow to activate your account\nOpen the Webex App and sign in on your company's single sign-on (SSO) page with your company credentials. You are then signed in to the Webex App automatically.\n\nYour settings (end-user portal)\nhttps://settings.webex.com\n\nNeed help?\nhttps://intranet.example/help\n\nThank you,\nYour IT team\n"
    );
}

/// One refusal of every kind (the match below has no catch-all: a new kind does not compile until
/// it is here).
fn every_refusal() -> Vec<flowthrough_core::CommandError> {
    use flowthrough_core::{CommandError as E, CustomerId, EmailError, OrgId, SubscriberId, TemplateId, UserId};
    let all = vec![
        E::Required("Template name"),
        E::TooLong { field: "Name", max: 200 },
        E::Email(EmailError::MissingAt),
        E::Email(EmailError::Invalid("ann@@example.com".into())),
        E::NoTemplate(TemplateId(3)),
        E::NoCustomer(CustomerId(4)),
        E::NoSubscriber(SubscriberId(5)),
        E::NoOrg(OrgId(6)),
        E::NoUser(UserId(7)),
        E::NoDomain("acme.example".into()),
        E::Duplicate { what: "A template named", name: "Acme".into() },
        E::BadRow { row: 2, error: Box::new(E::AlreadyProvisioned("1@sp".into())) },
        E::ListedTwice("ann@acme.example".into()),
        E::AlreadyProvisioned("1@sp".into()),
        E::Invalid("A BroadWorks user ID cannot contain spaces."),
        E::Nothing("There are no users to add."),
        E::BadCredentials,
        E::PortalUnavailable("The Untrusted Emails option is not checked in this template's User Verification settings."),
        E::PortalLocked,
        E::NotAwaitingEmail("being provisioned"),
        E::LinkUnknown,
        E::LinkExpired,
        E::LinkUsed,
        E::LinkSuperseded,
        E::WrongStatus("This user has no error."),
        E::WrongState("Only an Inactive user can be reactivated."),
        E::NotInvitable { email: "ann@acme.example".into(), state: UserState::Active },
        E::ManagedBySync("ann@acme.example".into()),
        E::EmailInOtherOrg("ann@acme.example".into()),
        E::EmailInOrg("ann@acme.example".into()),
        E::DomainClaimedElsewhere("ann@acme.example".into()),
        E::DomainStep("Verify the domain before claiming it."),
        E::NotClaimable("ann@acme.example".into()),
        E::SyncOff,
        E::SiteNotLinked("acme.webex.com".into()),
        E::WrongOrgKind("Directory sync is for paid organizations."),
        E::BatchTooLarge(500),
    ];
    for e in &all {
        match e {
            E::Required(_) | E::TooLong { .. } | E::Email(_) | E::NoTemplate(_) | E::NoCustomer(_) | E::NoSubscriber(_) | E::NoOrg(_) | E::NoUser(_) | E::NoDomain(_)
            | E::Duplicate { .. } | E::BadRow { .. } | E::ListedTwice(_) | E::AlreadyProvisioned(_) | E::Invalid(_) | E::Nothing(_) | E::BadCredentials
            | E::PortalUnavailable(_) | E::PortalLocked | E::NotAwaitingEmail(_) | E::LinkUnknown | E::LinkExpired | E::LinkUsed | E::LinkSuperseded
            | E::WrongStatus(_) | E::WrongState(_) | E::NotInvitable { .. } | E::ManagedBySync(_) | E::EmailInOtherOrg(_) | E::EmailInOrg(_)
            | E::DomainClaimedElsewhere(_) | E::DomainStep(_) | E::NotClaimable(_) | E::SyncOff | E::SiteNotLinked(_) | E::WrongOrgKind(_) | E::BatchTooLarge(_) => {}
        }
    }
    all
}

#[test]
fn every_kind_of_refusal_reads_in_english_as_the_core_writes_it() {
    let bundle = english_bundle();
    for e in every_refusal() {
        assert_eq!(english(&bundle, &e.text()), e.to_string(), "{e:?}");
    }
}
