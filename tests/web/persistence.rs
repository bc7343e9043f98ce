//! Saving in the browser: journal entries, two tabs, unreadable and newer values, refused and
//! disabled storage, IndexedDB, compaction and segments, reading the history when its page opens.

use crate::support::*;
use flowthrough::storage;
use flowthrough_core::storage::{self as format, dense, StateMeta};
use flowthrough_core::{Command, Timestamp};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

#[wasm_bindgen_test]
async fn an_unreadable_stored_workspace_is_kept_and_never_overwritten() {
    // A state cut short (as when the browser stopped in the middle of writing it).
    let state = format::encode_state(&small_workspace("Kept"), StateMeta::default());
    let bad = dense::pack_str(&state[..state.len() - 7]);
    let bad = bad.as_str();
    mount_at("/control", Some(bad)).await;
    let a = alerts();
    assert!(a.iter().any(|t| t.contains("could not be read")), "{a:?}");
    assert_eq!(local(storage::ASIDE_KEY).as_deref(), Some(bad));

    type_into("Organization name", "Acme");
    button("Create organization").click();
    settle().await;
    assert!(text(&all("tbody").remove(0)).contains("Acme"), "the app still works in memory");
    assert_eq!(local(storage::BASE_KEY).as_deref(), Some(bad), "the unreadable value was not overwritten");

    button("Start a fresh workspace").click();
    settle().await;
    assert!(matches!(storage::load(), storage::Loaded::Empty | storage::Loaded::Ok(..)), "a fresh workspace is stored");
    assert!(matches!(storage::load(), storage::Loaded::Ok(..)), "the fresh workspace reads back");
    assert_eq!(local(storage::ASIDE_KEY).as_deref(), Some(bad), "the copy aside stays");
}

#[wasm_bindgen_test]
async fn a_newer_workspace_is_reported_not_overwritten() {
    let mut state = format::encode_state(&small_workspace("From the future"), StateMeta::default());
    state[2] = format::FORMAT_VERSION + 1;
    let newer = dense::pack_str(&state);
    mount_at("/", Some(&newer)).await;
    assert!(alerts().iter().any(|t| t.contains("newer flowthrough")), "{:?}", alerts());
    assert_eq!(local(storage::BASE_KEY), Some(newer));
}

#[wasm_bindgen_test]
async fn a_change_in_another_tab_appears_here_and_is_not_overwritten() {
    mount_at("/control", None).await;
    type_into("Organization name", "Mine");
    button("Create organization").click();
    settle().await;
    let rev: u64 = local(storage::REVISION_KEY).unwrap().parse().unwrap();

    // The other tab saved one change (a journal entry) and the browser tells us.
    let mut theirs = stored();
    theirs.apply(Command::CreateOrg { name: "Theirs".into(), free: true }, Timestamp(1_795_317_500), &mut Counter(950)).unwrap();
    assert!(storage::append(theirs.log().entries().last().unwrap(), rev + 1).is_ok_and(|size| size < 1_000));
    storage_event();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("Theirs")), "{:?}", body_rows());

    // The other tab then wrote a whole new base (and dropped the journal it includes), with no
    // event reaching us: it is read before our next change.
    let mut newer = theirs.clone();
    newer.apply(Command::CreateOrg { name: "Third".into(), free: false }, Timestamp(1_795_317_600), &mut Counter(990)).unwrap();
    assert_eq!(storage::save(&storage::parts(&newer, rev + 2, false)), Ok(storage::Written::Inline));
    type_into("Organization name", "Mine again");
    button("Create organization").click();
    settle().await;
    let names: Vec<String> = stored().control().orgs().values().map(|o| o.name.clone()).collect();
    assert_eq!(names, ["Mine", "Theirs", "Third", "Mine again"]);
    assert_eq!(local(storage::REVISION_KEY).as_deref(), Some((rev + 3).to_string().as_str()));
}

#[wasm_bindgen_test]
async fn an_action_is_persisted_as_one_journal_entry_not_a_rewrite() {
    let ws = small_workspace("Base");
    mount_with("/control", &ws).await;
    let base = local(storage::BASE_KEY).unwrap();
    type_into("Organization name", "Journaled");
    button("Create organization").click();
    settle().await;
    assert_eq!(local(storage::BASE_KEY).unwrap(), base, "the base is not rewritten for one action");
    let entry = local(&format!("{}2", storage::JOURNAL_PREFIX)).expect("journal entry 2");
    assert!(entry.chars().count() < 60, "{} code units", entry.chars().count());
    let logged = storage::entries_between(1, 2).expect("the entry reads back");
    assert!(matches!(&logged[0].command, Command::CreateOrg { name, .. } if name == "Journaled"));
    // A reload reads the base and applies the entry.
    let back = stored();
    assert_eq!(back.control().orgs().values().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["Base", "Journaled"]);
    // A damaged journal entry is reported, never applied or overwritten.
    let damaged: String = entry.chars().take(entry.chars().count() - 3).collect();
    set_local(&format!("{}2", storage::JOURNAL_PREFIX), &damaged);
    mount_at_keeping("/control").await;
    assert!(alerts().iter().any(|a| a.contains("could not be read") && a.contains("Saved change 2 is damaged")), "{:?}", alerts());
}

#[wasm_bindgen_test]
async fn disabled_storage_is_reported_and_the_app_still_works() {
    storage::clear_all();
    let window = js_sys::global();
    let object = js_sys::Reflect::get(&window, &"Object".into()).unwrap();
    let describe: js_sys::Function = js_sys::Reflect::get(&object, &"getOwnPropertyDescriptor".into()).unwrap().unchecked_into();
    let original = describe.call2(&object, &window, &"localStorage".into()).unwrap();
    let define: js_sys::Function = js_sys::Reflect::get(&object, &"defineProperty".into()).unwrap().unchecked_into();
    let refusing = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new DOMException('The user denied storage', 'SecurityError');");
    js_sys::Reflect::set(&refusing, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&refusing, &"configurable".into(), &true.into()).unwrap();
    define.call3(&object, &window, &"localStorage".into(), &refusing).unwrap();

    mount_at_keeping("/control").await;
    let shown = alerts();
    type_into("Organization name", "In memory only");
    button("Create organization").click();
    settle().await;
    let rows = body_rows();
    define.call3(&object, &window, &"localStorage".into(), &original).unwrap();

    assert!(shown.iter().any(|a| a.contains("does not allow this page to store data")), "{shown:?}");
    assert!(rows.iter().any(|r| r.contains("In memory only")), "{rows:?}");
    assert!(local(storage::BASE_KEY).is_none() && local(storage::REVISION_KEY).is_none(), "nothing was written");
}

#[wasm_bindgen_test]
async fn clearing_site_data_under_an_open_tab_loses_nothing_it_shows() {
    mount_at("/control", None).await;
    type_into("Organization name", "Before clearing");
    button("Create organization").click();
    settle().await;
    storage::clear_all();
    type_into("Organization name", "After clearing");
    button("Create organization").click();
    settle().await;
    let names: Vec<String> = stored().control().orgs().values().map(|o| o.name.clone()).collect();
    assert_eq!(names, ["Before clearing", "After clearing"]);
}

#[wasm_bindgen_test]
async fn an_unreadable_workspace_in_indexeddb_is_reported_and_never_overwritten() {
    storage::clear_all();
    let bad = b"FT\x03\x01 not a state".to_vec();
    storage::idb_put_raw(vec![("5.state".into(), js_sys::Uint8Array::from(bad.as_slice()).into())]).await.unwrap();
    set_local(storage::BASE_KEY, "indexeddb:5");
    set_local(storage::REVISION_KEY, "5");
    mount_at_keeping("/control").await;
    until("the problem is reported", || alerts().iter().any(|a| a.contains("could not be read") && a.contains("IndexedDB"))).await;
    type_into("Organization name", "Not saved over it");
    button("Create organization").click();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("Not saved over it")), "the app still works in memory");
    assert_eq!(local(storage::BASE_KEY).as_deref(), Some("indexeddb:5"));
    assert_eq!(storage::raw_bulk().await, Some(bad), "the data in IndexedDB is untouched and can be downloaded");
    let _ = button("Download the unreadable data");
}

#[wasm_bindgen_test]
async fn a_workspace_local_storage_refuses_goes_to_indexeddb() {
    mount_at("/workspace", None).await;
    let big = flowthrough_core::demo::large(1_000, 42, Timestamp(1_795_317_420));
    // Import it through the Workspace page's file input, as a person would, while localStorage
    // has room only for small values (as when it is nearly full).
    let input: HtmlInputElement = document().query_selector("#app-under-test input[type=file]").unwrap().unwrap().unchecked_into();
    let bytes = format::export(&big).unwrap();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "big.flowthrough").unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    input.set_files(Some(&transfer.files().unwrap()));
    input.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    until("the import is checked", || all("button").iter().any(|b| text(b).contains("Replace my workspace"))).await;
    let restore = refuse_long_values(20_000);
    button("Replace my workspace").click();
    until("the pointer is stored", storage::base_in_indexeddb).await;
    until("the save has finished", || alerts().is_empty() && all("[role=status]").iter().all(|s| !text(s).contains("Saving"))).await;
    assert!(local(storage::BASE_KEY).unwrap().len() < 40, "localStorage keeps only a pointer");
    // A reload opens it from IndexedDB, then a change is journaled on top of it.
    mount_at_keeping("/control").await;
    until("the workspace is open", || all("h1").iter().any(|h| text(h) == "Organizations")).await;
    until("its organizations are listed", || body_rows().iter().any(|r| r.contains("Acme Corp"))).await;
    type_into("Organization name", "On top");
    button("Create organization").click();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("On top")));
    mount_at_keeping("/control").await;
    until("the change survives a reload", || body_rows().iter().any(|r| r.contains("On top"))).await;
    assert!(storage::base_in_indexeddb());
    // The audit log, read from IndexedDB when its page opens.
    mount_at_keeping("/control/audit").await;
    until("the audit log is read", || body_rows().len() == 50 && text(&all("nav.pager").remove(0)).contains("Showing 1–50 of 1")).await;
    type_into("Filter", "Flow-through provisioning");
    until("its oldest entries are there", || body_rows().len() == 1 && body_rows()[0].contains("Flow-through provisioning")).await;
    restore();

    // Starting over writes a small base to localStorage and frees the big one in IndexedDB.
    mount_at_keeping("/workspace").await;
    until("the workspace page is open", || all("button").iter().any(|b| text(b) == "Start a new, empty workspace")).await;
    button("Start a new, empty workspace").click();
    settle().await;
    button("Start over").click();
    settle().await;
    assert!(!storage::base_in_indexeddb());
    until_indexeddb_is_empty("the old workspace in IndexedDB is cleared").await;
}

#[wasm_bindgen_test]
async fn opening_reads_the_state_and_the_history_only_when_its_page_opens() {
    let ws = demo_workspace();
    mount_with(&status_path(&ws), &ws).await;
    let back = stored();
    assert_eq!((back.log().entries().len(), back.log().entries().loaded().len()), (ws.log().entries().len(), 0), "the audit log stays in storage");
    assert_eq!((back.mail().outbox().len(), back.mail().outbox().loaded().len()), (ws.mail().outbox().len(), 0), "so do the emails");
    mount_at_keeping("/mailbox").await;
    until("the emails are read", || all("article").len() == ws.mail().outbox().len()).await;
    assert!(all("h2").iter().any(|h| text(h) == "Verify your email address for Webex"));
    mount_at_keeping("/control/audit").await;
    until("the audit log is read", || body_rows().len() == ws.log().entries().len()).await;
}

#[wasm_bindgen_test]
async fn a_reload_between_writing_the_base_and_trimming_the_journal_loses_nothing() {
    mount_with("/control", &small_workspace("Base")).await;
    for name in ["Second", "Third"] {
        type_into("Organization name", name);
        button("Create organization").click();
        settle().await;
    }
    let journal: Vec<(String, String)> = (2..=3).map(|r| format!("{}{r}", storage::JOURNAL_PREFIX)).map(|k| (k.clone(), local(&k).expect("journaled"))).collect();
    // A new base for revision 3 is written, and the browser stops before the journal is trimmed.
    assert_eq!(storage::save(&storage::parts(&stored(), 3, false)), Ok(storage::Written::Inline));
    for (k, v) in &journal {
        set_local(k, v);
    }
    mount_at_keeping("/control").await;
    assert!(alerts().is_empty(), "{:?}", alerts());
    let names: Vec<String> = stored().control().orgs().values().map(|o| o.name.clone()).collect();
    assert_eq!(names, ["Base", "Second", "Third"]);
    // The next change continues after revision 3.
    type_into("Organization name", "Fourth");
    button("Create organization").click();
    settle().await;
    assert_eq!(local(storage::REVISION_KEY).as_deref(), Some("4"));
    mount_at_keeping("/control/audit").await;
    until("the audit log is whole", || body_rows().len() == 4).await;
}

#[wasm_bindgen_test]
async fn many_compactions_leave_few_segments_and_the_whole_history() {
    storage::clear_all();
    let mut ws = small_workspace("First");
    store_workspace(&ws, 1);
    let mut tokens = Counter(5_000);
    for i in 0..40u64 {
        ws.apply(Command::CreateOrg { name: format!("Org {i}"), free: false }, Timestamp(1_795_317_500 + i as i64), &mut tokens).unwrap();
        assert_eq!(storage::save(&storage::parts(&ws, 2 + i, false)), Ok(storage::Written::Inline));
    }
    let keys: Vec<String> = (0..web_sys::window().unwrap().local_storage().unwrap().unwrap().length().unwrap())
        .filter_map(|i| web_sys::window().unwrap().local_storage().unwrap().unwrap().key(i).unwrap())
        .filter(|k| k.starts_with(storage::AUDIT_PREFIX))
        .collect();
    assert!(keys.len() <= 7, "41 entries in {} segments: {keys:?}", keys.len());
    assert_eq!(storage::read_log(ws.log().entries().len()).await.unwrap(), ws.log().entries().loaded());
    let back = stored();
    assert_eq!(back.control().orgs(), ws.control().orgs());
}

#[wasm_bindgen_test]
async fn a_failed_write_keeps_the_last_good_state_and_offers_export() {
    mount_with("/control", &small_workspace("Saved")).await;
    let before = local(storage::BASE_KEY).unwrap();
    // The browser refuses every write from now on, as when the quota is exceeded.
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into()).unwrap();
    let proto = js_sys::Reflect::get(&proto, &"prototype".into()).unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let failing = js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError');");
    js_sys::Reflect::set(&proto, &"setItem".into(), &failing).unwrap();
    // IndexedDB, where a workspace too big for localStorage goes, refuses too.
    let idb = js_sys::Reflect::get(&js_sys::global(), &"IDBObjectStore".into()).unwrap();
    let idb = js_sys::Reflect::get(&idb, &"prototype".into()).unwrap();
    let original_put = js_sys::Reflect::get(&idb, &"put".into()).unwrap();
    js_sys::Reflect::set(&idb, &"put".into(), &failing).unwrap();

    type_into("Organization name", "Unsaved");
    button("Create organization").click();
    until("the failure is reported", || alerts().iter().any(|a| a.contains("could not save your changes"))).await;
    js_sys::Reflect::set(&proto, &"setItem".into(), &original).unwrap();
    js_sys::Reflect::set(&idb, &"put".into(), &original_put).unwrap();

    assert!(body_rows().iter().any(|r| r.contains("Unsaved")), "the work stays on screen");
    assert!(alerts().iter().any(|a| a.contains("could not save your changes")), "{:?}", alerts());
    let _ = button("Export this workspace");
    assert_eq!(local(storage::BASE_KEY).unwrap(), before, "the last good state is untouched");
}
