//! Reading the Webex BroadWorks subscribers API's JSON (`core/tests/fixtures/api/`, written
//! from the public OpenAPI description): every status, errors with and without codes,
//! `selfActivated` as a string and as a boolean, missing optional fields, duplicates across
//! pages, and hostile files.

use flowthrough_core::import::api::{self, ApiError};
use flowthrough_core::realdata;
use flowthrough_core::text::{Arg, Text};
use flowthrough_core::{Package, SubscriberStatus};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/api").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn pages() -> api::ApiPreview {
    let (a, b) = (fixture("page-1.json"), fixture("page-2.json"));
    api::read([("page-1.json", &a[..]), ("page-2.json", &b[..])]).expect("both pages read")
}

#[test]
fn two_pages_give_every_status_with_the_facts_as_written() {
    let p = pages();
    assert_eq!(p.files, ["page-1.json", "page-2.json"]);
    assert_eq!(p.items.len(), 11);
    let valid: Vec<_> = p.valid().collect();
    assert_eq!(valid.len(), 8);
    let statuses: std::collections::BTreeSet<_> = valid.iter().map(|s| s.status).collect();
    assert_eq!(statuses.len(), 7, "every status of the schema");
    let ann = valid[0];
    assert_eq!(ann.user_id, "2145550101@sp.example");
    assert_eq!(ann.enterprise, "SP1+northwind");
    assert_eq!(ann.display_name().as_deref(), Some("Ann Lee"));
    assert_eq!(ann.package, Package::Standard);
    assert_eq!(ann.self_activated, Some(true), "the string \"true\"");
    assert_eq!(ann.created.map(|t| t.iso()).as_deref(), Some("2026-10-01T09:00:00Z"));
    assert_eq!(ann.person_id.as_deref(), Some("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hYTEx"));
    let bo = valid[1];
    assert_eq!((bo.email.as_ref(), bo.self_activated, bo.status), (None, Some(false), SubscriberStatus::PendingEmailInput));
    let cy = valid[2];
    assert_eq!(cy.last_status_change.map(|t| t.iso()).as_deref(), Some("2026-11-20T07:15:00Z"), "an offset");
    let dee = valid[3];
    assert_eq!(dee.errors, [ApiError { code: Some(10022), description: "The BroadWorks UserID is already associated with an existing user.".into() }]);
    let fay = valid[5];
    assert_eq!(fay.self_activated, None, "absent stays unknown");
    let hal = valid[7];
    assert_eq!(hal.display_name().as_deref(), Some("Hal"));
    assert_eq!(hal.created, None);
    assert_eq!(hal.errors[0].code, None, "an error without a code");
    assert_eq!(hal.errors[1].code, Some(10023), "a code written as a string");
}

#[test]
fn each_bad_subscriber_is_reported_with_its_file_and_place() {
    let p = pages();
    assert_eq!(p.error_count(), 3);
    let dup = &p.items[8];
    assert_eq!((dup.file, dup.item), (1, 5));
    assert_eq!(dup.errors, [Text::new("api-duplicate").with("value", "2145550101@sp.example")]);
    let unknown = &p.items[9];
    assert_eq!(unknown.errors, [Text::new("api-status").with("value", "suspended")]);
    let missing = &p.items[10];
    assert_eq!(missing.user_id, "3125550207@sp.example");
    assert_eq!(
        missing.errors,
        [Text::new("api-field-missing").with("field", "spEnterpriseId"), Text::new("api-self-activated").with("value", "maybe")]
    );
}

#[test]
fn hostile_content_is_kept_as_text_and_wrong_shapes_are_reported() {
    let h = fixture("hostile.json");
    let p = api::read([("hostile.json", &h[..])]).expect("a bare array is a page");
    assert_eq!(p.items.len(), 3);
    let s = p.items[0].value.as_ref().expect("markup and formulas are only text");
    assert_eq!(s.first_name.as_deref(), Some("<img src=x onerror=alert(1)>"));
    assert_eq!(s.errors[0].description, "<b>bold</b> =1+1");
    assert_eq!(p.items[1].errors[0].id, "api-item-not-object");
    assert_eq!(
        p.items[2].errors,
        [Text::new("api-field-type").with("field", "userId").with("found", Arg::code("json", "number")), Text::new("api-field-type").with("field", "spEnterpriseId").with("found", Arg::code("json", "list"))]
    );
}

#[test]
fn unusable_files_are_refused_whole_naming_the_file() {
    let refused = |bytes: &[u8]| api::read([("f.json", bytes)]).unwrap_err();
    assert_eq!(refused(b"").id, "api-file-empty");
    assert_eq!(refused(b"{\"items\": [1, 2").id, "api-file-invalid");
    assert_eq!(refused(b"{\"items\": [1, 2").str("file"), Some("f.json"));
    assert_eq!(refused(b"{\"subscribers\": []}").id, "api-file-no-items");
    assert_eq!(refused(b"{\"items\": 3}").id, "api-file-no-items");
    assert_eq!(refused(b"\"text\"").id, "api-file-no-items");
    assert_eq!(refused(b"{\"items\": [{\"userId\": \"a\xff\"}]}"), Text::new("api-file-not-utf8").with("file", "f.json").with("offset", 24));
    let big = vec![b' '; api::MAX_FILE_BYTES + 1];
    assert_eq!(refused(&big).id, "api-file-too-large");
}

#[test]
fn deep_nesting_is_one_subscriber_reported_not_a_crash() {
    let deep = format!("{{\"items\": [{}{}, {{\"userId\": {}{}}}]}}", "[".repeat(100_000), "]".repeat(100_000), "[".repeat(100_000), "]".repeat(100_000));
    let p = api::read([("deep.json", deep.as_bytes())]).expect("the page itself is JSON");
    assert_eq!(p.items.len(), 2);
    assert_eq!(p.items[0].errors[0].id, "api-item-not-object");
    assert_eq!(p.items[1].errors[0], flowthrough_core::text::Text::new("api-field-type").with("field", "userId").with("found", Arg::code("json", "list")));
}

#[test]
fn a_refused_file_keeps_the_files_read_before_it() {
    let a = fixture("page-1.json");
    let mut r = api::Reader::new();
    r.file("page-1.json", &a).unwrap();
    assert!(r.file("broken.json", b"{").is_err());
    assert_eq!(r.len(), 4);
    assert_eq!(r.finish().files, ["page-1.json"]);
}

mod into_a_workspace {
    use super::*;
    use flowthrough_core::diagnosis::Stuck;
    use flowthrough_core::{storage, FailureCode, Timestamp};

    const NOW: Timestamp = Timestamp(1_796_000_000); // 2026-11-30

    fn imported() -> flowthrough_core::Workspace {
        realdata::into_workspace(&pages(), NOW).expect("the usable subscribers import")
    }

    #[test]
    fn one_template_per_provisioning_id_one_customer_per_enterprise_statuses_as_read() {
        let ws = imported();
        let p = ws.partner();
        assert!(p.holds_real_data());
        assert_eq!(p.templates().len(), 2);
        assert!(p.templates().keys().all(|t| p.template_imported(*t)));
        let names: Vec<_> = p.customers().values().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["SP1+northwind", "SP1+contoso"]);
        assert_eq!(p.subscribers().len(), 8);
        let statuses: std::collections::BTreeSet<_> = p.subscribers().values().map(|s| s.status).collect();
        assert_eq!(statuses.len(), 7);
        let fay = p.subscribers().values().find(|s| s.broadworks_user_id.as_str() == "3125550202@sp.example").unwrap();
        assert_eq!(fay.last_status_change.iso(), "2026-12-05T23:59:59Z");
        let hal = p.subscribers().values().find(|s| s.broadworks_user_id.as_str() == "3125550204@sp.example").unwrap();
        let facts = p.reported(hal.id).unwrap();
        assert_eq!(facts.errors.len(), 2);
        assert_eq!(facts.created, None, "not in the file, not invented");
        assert_eq!(ws.log().entries().len(), 1, "one command, in the audit log");
        let dee = p.subscribers().values().find(|s| s.broadworks_user_id.as_str() == "2145550104@sp.example").unwrap();
        assert_eq!(flowthrough_core::query::error_code(&ws, dee), "10022");
        assert_eq!(flowthrough_core::query::error_text(&ws, dee), "Error 10022: The BroadWorks UserID is already associated with an existing user.");
        assert!(ws.check_subscriber_action(flowthrough_core::SubscriberAction::CopyErrorText, dee.id).is_ok());
        let found = flowthrough_core::query::user_status(&ws, &flowthrough_core::query::StatusQuery { search: "license limit".into(), ..Default::default() });
        assert_eq!(found.iter().map(|s| s.broadworks_user_id.as_str()).collect::<Vec<_>>(), ["3125550204@sp.example"], "search reads an imported error");
    }

    #[test]
    fn a_stored_import_reads_back_the_same_and_replays() {
        let ws = imported();
        let bytes = storage::export(&ws).expect("a whole history");
        let back = storage::import(&bytes).expect("reads back");
        assert_eq!(back, ws);
        assert!(back.partner().holds_real_data());
        let replayed = flowthrough_core::Workspace::replay(ws.log().entries().loaded()).expect("replays");
        assert_eq!(replayed, ws);
    }

    #[test]
    fn the_diagnosis_rests_on_the_file_and_quotes_its_errors() {
        let ws = imported();
        let by = |bwid: &str| ws.partner().subscribers().values().find(|s| s.broadworks_user_id.as_str() == bwid).unwrap().id;
        let dee = ws.diagnose_subscriber(by("2145550104@sp.example"), NOW).expect("stuck");
        assert_eq!(dee.stuck, Stuck::Failed(FailureCode::BroadWorksIdInUse));
        assert_eq!(dee.cause.id, "diag-api-broadworks-id-in-use");
        assert_eq!(dee.cause.str("error"), Some("Error 10022: The BroadWorks UserID is already associated with an existing user."));
        assert_eq!(dee.fix, None, "a real subscriber: the fix is in the real consoles");
        assert_eq!(dee.basis.as_ref().map(|b| b.id), Some("diag-api-basis"));
        let hal = ws.diagnose_subscriber(by("3125550204@sp.example"), NOW).expect("stuck");
        assert_eq!(hal.stuck, Stuck::Reported);
        assert_eq!(hal.cause.str("error"), Some("Unable to create the user: the organization has reached its license limit."));
        assert!(Stuck::Failed(FailureCode::InvalidEmail).covers(hal.stuck), "the \"Onboarding failed\" filter finds it");
        let cy = ws.diagnose_subscriber(by("2145550103@sp.example"), NOW).expect("stuck");
        assert_eq!(cy.stuck, Stuck::LinkExpired, "ten days after the verification email");
        assert_eq!(ws.diagnose_subscriber(by("2145550101@sp.example"), NOW), None, "provisioned");
        assert_eq!(ws.diagnose_subscriber(by("3125550202@sp.example"), NOW), None, "provisioning for less than a day... from 2026-12-05, not yet");
        let later = Timestamp(NOW.0 + 20 * 86_400);
        assert_eq!(ws.diagnose_subscriber(by("3125550202@sp.example"), later).map(|d| d.stuck), Some(Stuck::Stalled));
    }

    #[test]
    fn the_worklist_is_csv_of_the_stuck_with_cause_and_next_step() {
        let ws = imported();
        let (csv, count) = realdata::worklist_csv(&ws, NOW, |t| t.id.to_string());
        let rows = flowthrough_core::query::parse_csv(&csv).expect("CSV");
        assert_eq!(rows[0], realdata::WORKLIST_HEADER);
        assert_eq!(count, rows.len() - 1);
        let stuck: Vec<_> = rows[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(stuck, ["2145550102@sp.example", "2145550103@sp.example", "2145550104@sp.example", "3125550201@sp.example", "3125550204@sp.example"]);
        assert_eq!(rows[3][5], "diag-api-broadworks-id-in-use");
        assert_eq!(rows[3][6], "diag-api-broadworks-id-in-use-remedy");
    }

    #[test]
    fn an_import_goes_only_into_an_empty_workspace() {
        let mut ws = imported();
        let again = flowthrough_core::Command::ImportFromApi { subscribers: pages().valid().cloned().collect() };
        let mut tokens = || flowthrough_core::Token("t".into());
        assert!(ws.apply(again, NOW, &mut tokens).is_err());
    }
}

mod back_out {
    use super::*;
    use flowthrough_core::Timestamp;

    #[test]
    fn the_api_shape_reads_back_as_the_same_subscribers() {
        let p = pages();
        let ws = realdata::into_workspace(&p, Timestamp(1_796_000_000)).unwrap();
        let json = realdata::to_json(&ws, false);
        let back = api::read([("export.json", json.as_bytes())]).unwrap();
        assert_eq!(back.error_count(), 0);
        assert_eq!(back.valid().cloned().collect::<Vec<_>>(), p.valid().cloned().collect::<Vec<_>>());
    }

    #[test]
    fn the_redacted_export_holds_no_name_email_phone_or_number_of_the_input() {
        let p = pages();
        let ws = realdata::into_workspace(&p, Timestamp(1_796_000_000)).unwrap();
        let json = realdata::to_json(&ws, true);
        for s in p.valid() {
            for secret in [Some(s.user_id.clone()), s.email.as_ref().map(|e| e.to_string()), s.first_name.clone(), s.last_name.clone(), s.primary_phone.clone()].into_iter().flatten() {
                assert!(!json.contains(&secret), "{secret} in the redacted export");
            }
        }
        let back = api::read([("redacted.json", json.as_bytes())]).unwrap();
        assert_eq!(back.error_count(), 0, "still a valid page");
        assert_eq!(back.valid().map(|s| s.status).collect::<Vec<_>>(), p.valid().map(|s| s.status).collect::<Vec<_>>());
        assert_eq!(realdata::to_json(&ws, true), json, "stable placeholders");
    }
}

mod control_hub_export {
    use flowthrough_core::import::{self, control_hub_export};
    use flowthrough_core::text::Text;
    use flowthrough_core::{Command, OrgId, Timestamp, UserState};

    /// Control Hub's columns reordered, with extra columns, and a Swedish status.
    const EXPORT: &str = "\u{feff}Last Name,First Name,Display Name,Department,User ID/Email (Required),User Status,Days since Last Service Accessed,Webex Calling,Extension\r\n\
        Lee,Ann,Ann Lee,Sales,ann@acme.example,Active,2,TRUE,101\r\n\
        Ng,Bo,,Sales,bo@acme.example,Inte verifierad,,FALSE,\r\n\
        Diaz,Cy,Cy Diaz,,cy@acme.example,Verified,,TRUE,\r\n\
        Ortiz,Dee,Dee Ortiz,,dee@acme.example,Inaktiv,40,FALSE,\r\n\
        Park,Eli,Eli Park,,eli@acme.example,Suspended,,FALSE,\r\n\
        Quinn,Fay,Fay Quinn,,fay@acme.example,Delayed Claim,,FALSE,\r\n";

    #[test]
    fn reads_the_documented_columns_in_any_order_and_statuses_in_four_languages() {
        let p = control_hub_export(EXPORT).unwrap();
        assert_eq!(p.rows.len(), 6);
        let v = p.valid();
        assert_eq!(v.iter().map(|u| u.state).collect::<Vec<_>>(), [UserState::Active, UserState::NotVerified, UserState::Verified, UserState::Inactive]);
        assert_eq!(v[1].name, "Bo Ng", "first and last name when Display Name is empty");
        assert_eq!(p.rows[4].errors, [Text::new("csv-user-status").with("value", "Suspended")]);
        assert_eq!(p.rows[5].errors, [Text::new("csv-delayed-claim")]);
        assert_eq!(control_hub_export("Email,Name\na@b.example,A\n").unwrap_err(), Text::new("csv-file-no-status-column"));
        for words in ["Aktiv", "Activ", "Bekreftet", "Ikke bekreftet", "Neverificat", "Inactiv", "Forsinket krav", "  not   VERIFIED "] {
            assert!(UserState::from_words(words).is_some(), "{words}");
        }
        let _ = import::users(EXPORT);
    }

    #[test]
    fn imported_users_keep_their_states_and_their_diagnosis_follows() {
        let mut seed = flowthrough_core::demo::SeededTokens(flowthrough_core::demo::Rng::new(7));
        let mut ws = flowthrough_core::demo::sample(Timestamp(1_796_000_000), &mut seed).unwrap();
        let org: OrgId = ws.control().orgs().values().find(|o| !o.kind.is_free()).unwrap().id;
        let users = control_hub_export(EXPORT).unwrap().valid();
        let mut tokens = || flowthrough_core::Token("t".into());
        ws.apply(Command::ImportUsers { org, users }, Timestamp(1_796_000_000), &mut tokens).expect("imports");
        let by = |e: &str| ws.control().users().values().find(|u| u.email.as_str() == e).unwrap();
        assert_eq!(by("ann@acme.example").state, UserState::Active);
        assert!(by("ann@acme.example").signed_in);
        assert_eq!(by("dee@acme.example").state, UserState::Inactive);
        assert_eq!(ws.diagnose_user(by("cy@acme.example").id, Timestamp(1_796_000_000)).map(|d| d.stuck), Some(flowthrough_core::diagnosis::Stuck::NotSignedIn));
        assert_eq!(ws.diagnose_user(by("ann@acme.example").id, Timestamp(1_796_000_000)), None);
        let bytes = flowthrough_core::storage::export(&ws).unwrap();
        assert_eq!(flowthrough_core::storage::import(&bytes).unwrap(), ws);
    }
}

#[test]
fn an_import_in_parts_is_the_same_workspace_as_in_one() {
    let p = pages();
    let now = flowthrough_core::Timestamp(1_796_000_000);
    let whole = realdata::into_workspace(&p, now).unwrap();
    let mut parts = realdata::into_parts(p.clone(), 3);
    let mut ws = flowthrough_core::Workspace::new();
    let mut tokens = || flowthrough_core::Token("t".into());
    for cmd in parts.by_ref() {
        ws.apply(cmd, now, &mut tokens).expect("each part applies");
    }
    assert_eq!(ws.partner().subscribers().len(), whole.partner().subscribers().len());
    assert_eq!(ws.partner().templates().len(), whole.partner().templates().len());
    assert_eq!(ws.partner().customers().len(), whole.partner().customers().len());
    assert_eq!(realdata::to_json(&ws, false), realdata::to_json(&whole, false));
    // A part that repeats a subscriber is refused.
    let again = realdata::into_parts(p.clone(), 100).next().unwrap();
    assert!(ws.apply(again, now, &mut tokens).is_err());
}

#[test]
fn a_50_mb_name_is_one_row_reported_not_imported() {
    let huge = "A".repeat(50 * 1024 * 1024);
    let file = format!("{{\"items\": [{{\"userId\": \"1@sp\", \"spEnterpriseId\": \"e\", \"status\": \"error\", \"package\": \"basic\", \"firstName\": \"{huge}\"}}, {{\"userId\": \"2@sp\", \"spEnterpriseId\": \"e\", \"status\": \"error\", \"package\": \"basic\"}}]}}");
    let p = api::read([("big.json", file.as_bytes())]).expect("a 50 MB page is read");
    assert_eq!(p.items[0].errors, [Text::new("api-field-too-long").with("field", "firstName").with("max", api::MAX_FIELD as i64)]);
    assert!(p.items[1].value.is_some(), "the rest of the file is read");
}
