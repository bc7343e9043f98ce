//! Data of earlier versions opening in this one: version 1, and format 2 as the previous release
//! saved it (tests/fixtures/format2/), in localStorage and in IndexedDB.

use crate::support::*;
use flowthrough::storage;
use flowthrough_core::Package;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn version_1_storage_is_migrated_forward() {
    storage::clear_all();
    set_local(storage::V2_KEY, include_str!("../../core/tests/fixtures/workspace-v1.json"));
    set_local(storage::V2_REVISION_KEY, "7");
    mount_at_keeping("/partner").await;
    let rows = body_rows();
    assert!(rows.iter().any(|r| r.contains("Acme Corp")), "{rows:?}");
    assert!(alerts().is_empty(), "{:?}", alerts());
    // The next change continues from version 1's revision as a journal entry.
    mount_at_keeping("/control").await;
    type_into("Organization name", "After migration");
    button("Create organization").click();
    settle().await;
    assert_eq!(local(storage::REVISION_KEY).as_deref(), Some("8"), "{:?}", alerts());
    assert!(local(storage::V2_KEY).is_none() && local(storage::V2_REVISION_KEY).is_none(), "format 2 is removed once format 3 is saved");
    let ws = stored();
    assert!(ws.control().orgs().values().any(|o| o.name == "After migration"), "{:?} {:?}", alerts(), body_rows());
    assert!(ws.partner().customers().values().any(|c| c.name == "Acme Corp"), "version 1 data survives");
}

#[wasm_bindgen_test]
async fn format_2_in_local_storage_is_migrated_without_loss() {
    storage::clear_all();
    let fixture: std::collections::BTreeMap<String, String> = serde_json::from_str(include_str!("../fixtures/format2/local.json")).unwrap();
    for (k, v) in &fixture {
        set_local(k, v);
    }
    mount_at_keeping("/partner").await;
    assert!(alerts().is_empty(), "{:?}", alerts());
    assert!(body_rows().iter().any(|r| r.contains("Acme Corp")), "{:?}", body_rows());
    let ws = stored();
    assert!(ws.control().orgs().values().any(|o| o.name == "Captured after the base"), "the journal entries after the base are kept");
    assert!(ws.partner().subscribers().values().any(|s| s.package == Package::Premium), "the package change too");
    assert_eq!(local(storage::REVISION_KEY).as_deref(), Some("3"), "the revision continues");
    assert!(fixture.keys().all(|k| local(k).is_none()), "format 2 is removed once format 3 is saved");
    // The emails and the audit log came along: every email's text reads as before.
    mount_at_keeping("/mailbox").await;
    until("the emails are read", || all("article").len() == 7).await;
    assert!(all("h2").iter().any(|h| text(h) == "Action needed: 2145550104@voice.example.net could not self-activate"));
    mount_at_keeping("/control/audit").await;
    until("the audit log is read", || body_rows().len() == 22).await;
    assert!(body_rows().iter().any(|r| r.contains("Change Package Type")));
}

#[wasm_bindgen_test]
async fn format_2_in_indexeddb_is_migrated_without_loss() {
    storage::clear_all();
    #[derive(serde::Deserialize)]
    struct Fixture {
        #[serde(rename = "localStorage")]
        local: std::collections::BTreeMap<String, String>,
        #[serde(rename = "indexedDB")]
        idb: std::collections::BTreeMap<String, serde_json::Value>,
    }
    let fixture: Fixture = serde_json::from_str(include_str!("../fixtures/format2/indexeddb.json")).unwrap();
    // The piece as the old build stored it, and the same bytes cut in two pieces as it stored
    // anything over 32 MiB.
    let text = fixture.idb["base.0"]["utf8"].as_str().unwrap().to_string();
    let (a, b) = text.split_at(text.len() / 2);
    storage::idb_put_raw(vec![
        ("base".into(), wasm_bindgen::JsValue::from_f64(2.0)),
        ("base.0".into(), idb_utf8(a).await),
        ("base.1".into(), idb_utf8(b).await),
    ])
    .await
    .unwrap();
    for (k, v) in &fixture.local {
        set_local(k, v);
    }
    mount_at_keeping("/control").await;
    until("the migrated workspace is open", || body_rows().iter().any(|r| r.contains("Captured on top of IndexedDB"))).await;
    until("it is saved as format 3", || local(storage::BASE_KEY).is_some()).await;
    assert!(alerts().is_empty(), "{:?}", alerts());
    let ws = stored();
    assert_eq!(ws.partner().subscribers().len(), 1_000);
    assert!(fixture.local.keys().all(|k| local(k).is_none()), "format 2 is removed once format 3 is saved");
    until_indexeddb_is_empty("format 2's pieces in IndexedDB are removed").await;
}

#[wasm_bindgen_test]
async fn a_migration_the_browser_cannot_save_keeps_format_2_untouched() {
    storage::clear_all();
    let fixture: std::collections::BTreeMap<String, String> = serde_json::from_str(include_str!("../fixtures/format2/local.json")).unwrap();
    for (k, v) in &fixture {
        set_local(k, v);
    }
    // Storage is full: no value over 100 code units fits, and IndexedDB refuses too.
    let restore = refuse_long_values(100);
    let idb = js_sys::Reflect::get(&js_sys::global(), &"IDBObjectStore".into()).unwrap();
    let idb = js_sys::Reflect::get(&idb, &"prototype".into()).unwrap();
    let original_put = js_sys::Reflect::get(&idb, &"put".into()).unwrap();
    let failing = js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError');");
    js_sys::Reflect::set(&idb, &"put".into(), &failing).unwrap();
    mount_at_keeping("/control").await;
    until("the failure is reported", || alerts().iter().any(|a| a.contains("could not save your changes"))).await;
    // A change made while storage is still full stays on screen, not saved.
    type_into("Organization name", "While full");
    button("Create organization").click();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("While full")));
    // Its save is still trying (the whole workspace, since format 2 is the only copy): storage
    // is given back only once that try has failed, or it would save this state and refuse the
    // next change as "still being saved".
    until("the save while full has failed", || !document().body().unwrap().text_content().unwrap_or_default().contains("Saving the workspace")).await;
    restore();
    js_sys::Reflect::set(&idb, &"put".into(), &original_put).unwrap();
    assert!(body_rows().iter().any(|r| r.contains("Captured after the base")), "the migrated workspace is on screen");
    for (k, v) in &fixture {
        assert_eq!(local(k).as_ref(), Some(v), "{k} is kept as it was");
    }
    assert!(local(storage::REVISION_KEY).is_none(), "nothing of format 3 is half-written");
    // Once there is room, the next change saves the whole migrated workspace with it.
    type_into("Organization name", "After the full storage");
    button("Create organization").click();
    settle().await;
    assert!(body_rows().iter().any(|r| r.contains("After the full storage")), "the change is accepted: {:?}", alerts());
    until("it is saved as format 3", || local(storage::BASE_KEY).is_some()).await;
    assert!(fixture.keys().all(|k| local(k).is_none()), "format 2 is removed once format 3 is saved");
    mount_at_keeping("/control").await;
    assert!(body_rows().iter().any(|r| r.contains("After the full storage")), "{:?}", body_rows());
    assert!(body_rows().iter().any(|r| r.contains("While full")), "the change made while storage was full was saved with the rest");
    assert!(body_rows().iter().any(|r| r.contains("Captured after the base")));
}

#[wasm_bindgen_test]
async fn format_2_that_cannot_be_read_is_kept_untouched() {
    storage::clear_all();
    let bad = "{\"format\":\"flowthrough-workspace\",\"schema\":2,\"revision\":3,\"workspace\":{\"trunc";
    set_local(storage::V2_KEY, bad);
    mount_at_keeping("/control").await;
    assert!(alerts().iter().any(|a| a.contains("could not be read")), "{:?}", alerts());
    type_into("Organization name", "In memory");
    button("Create organization").click();
    settle().await;
    assert_eq!(local(storage::V2_KEY).as_deref(), Some(bad), "the old value is kept as it was");
    assert!(local(storage::BASE_KEY).is_none(), "nothing is written over it");
    let _ = button("Download the unreadable data");
}
