use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use std::cell::Cell;
const IDB_NAME: &str = "flowthrough";
const IDB_STORE: &str = "workspace";
thread_local! { static IDB_WRITES: Cell<u64> = const { Cell::new(0) }; }
/// Waits for an IndexedDB request (or transaction) to fire one of its outcome events.
async fn outcome(target: &web_sys::EventTarget, ok: &str, fail: &[&str]) -> Result<(), String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = target.add_event_listener_with_callback(ok, &resolve);
        for f in fail {
            let _ = target.add_event_listener_with_callback(f, &reject);
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|e| {
        let err = e.dyn_ref::<web_sys::Event>().and_then(|e| e.target()).and_then(|t| {
            t.dyn_ref::<web_sys::IdbRequest>()
                .and_then(|r| r.error().ok().flatten())
                .map(|d| d.message())
                .or_else(|| t.dyn_ref::<web_sys::IdbTransaction>().and_then(|t| t.error()).map(|d| d.message()))
        });
        err.unwrap_or_else(|| "IndexedDB failed".into())
    })
}

async fn idb_open() -> Result<web_sys::IdbDatabase, String> {
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or("IndexedDB is not available")?;
    let req = factory.open_with_u32(IDB_NAME, 1).map_err(|_| "IndexedDB refused to open")?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let db = e.target().and_then(|t| t.dyn_into::<web_sys::IdbOpenDbRequest>().ok()).and_then(|r| r.result().ok());
        if let Some(db) = db.and_then(|d| d.dyn_into::<web_sys::IdbDatabase>().ok()) {
            if !db.object_store_names().contains(IDB_STORE) {
                let _ = db.create_object_store(IDB_STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let done = outcome(&req, "success", &["error", "blocked"]).await;
    req.set_onupgradeneeded(None);
    drop(upgrade);
    done?;
    req.result().map_err(|_| "IndexedDB did not open".to_string())?.dyn_into::<web_sys::IdbDatabase>().map_err(|_| "IndexedDB did not open".into())
}

fn idb_store(db: &web_sys::IdbDatabase, write: bool) -> Result<(web_sys::IdbTransaction, web_sys::IdbObjectStore), String> {
    let tx = if write {
        db.transaction_with_str_and_mode(IDB_STORE, web_sys::IdbTransactionMode::Readwrite)
    } else {
        db.transaction_with_str(IDB_STORE)
    }
    .map_err(|_| "IndexedDB refused a transaction")?;
    let store = tx.object_store(IDB_STORE).map_err(|_| "IndexedDB store missing")?;
    Ok((tx, store))
}

/// Writes every value in one transaction: all of them or none.
async fn idb_put(values: Vec<(String, Vec<u8>)>) -> Result<(), String> {
    IDB_WRITES.with(|w| w.set(w.get() + 1));
    let db = idb_open().await?;
    let (tx, store) = idb_store(&db, true)?;
    for (key, bytes) in &values {
        // Bytes, not strings: IndexedDB copies binary data as it is.
        let array = js_sys::Uint8Array::from(bytes.as_slice());
        store.put_with_key(&array, &JsValue::from_str(key)).map_err(|_| "IndexedDB refused the workspace".to_string())?;
    }
    drop(values);
    let r = outcome(&tx, "complete", &["error", "abort"]).await;
    db.close();
    r
}

async fn idb_keys() -> Result<Vec<String>, String> {
    let db = idb_open().await?;
    let (_tx, store) = idb_store(&db, false)?;
    let req = store.get_all_keys().map_err(|_| "IndexedDB refused a read")?;
    outcome(&req, "success", &["error"]).await?;
    let keys = req.result().map_err(|_| "IndexedDB read failed")?;
    db.close();
    Ok(js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()).collect())
}

async fn idb_get(key: &str) -> Result<Option<Vec<u8>>, String> {
    let db = idb_open().await?;
    let (_tx, store) = idb_store(&db, false)?;
    let req = store.get(&JsValue::from_str(key)).map_err(|_| "IndexedDB refused a read".to_string())?;
    outcome(&req, "success", &["error"]).await?;
    let value = req.result().map_err(|_| "IndexedDB read failed".to_string())?;
    db.close();
    Ok(value.dyn_ref::<js_sys::Uint8Array>().map(|a| a.to_vec()))
}

/// Removes every value except those of generation `keep` (format 2's pieces included).
async fn idb_remove_except(keep: Option<u64>, writes_before: u64) -> Result<(), String> {
    let keys = idb_keys().await?;
    // IndexedDB runs transactions in the order they are created: if no write has started by
    // now, any later one runs after this clean-up.
    if IDB_WRITES.with(Cell::get) != writes_before {
        return Ok(());
    }
    let mine = keep.map(|g| format!("{g}."));
    let doomed: Vec<String> = keys.into_iter().filter(|k| mine.as_ref().is_none_or(|m| !k.starts_with(m.as_str()))).collect();
    if doomed.is_empty() {
        return Ok(());
    }
    let db = idb_open().await?;
    let (tx, store) = idb_store(&db, true)?;
    for k in doomed {
        let _ = store.delete(&JsValue::from_str(&k));
    }
    let r = outcome(&tx, "complete", &["error", "abort"]).await;
    db.close();
    r
}


#[wasm_bindgen]
pub async fn run(n: u32) -> Result<u32, JsValue> {
    let values: Vec<(String, Vec<u8>)> = (0..n).map(|i| (format!("1.audit.{i}"), vec![i as u8; 1000])).collect();
    idb_put(values).await.map_err(|e| JsValue::from_str(&e))?;
    let keys = idb_keys().await.map_err(|e| JsValue::from_str(&e))?;
    let got = idb_get(&keys[0]).await.map_err(|e| JsValue::from_str(&e))?;
    idb_remove_except(Some(2), IDB_WRITES.with(Cell::get)).await.map_err(|e| JsValue::from_str(&e))?;
    Ok(got.map_or(0, |g| g.len() as u32))
}
