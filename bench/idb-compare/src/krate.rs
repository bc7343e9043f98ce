use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast as _;

const IDB_NAME: &str = "flowthrough";
const IDB_STORE: &str = "workspace";

fn err(e: idb::Error) -> String {
    e.to_string()
}

async fn idb_open() -> Result<Database, String> {
    let factory = Factory::new().map_err(err)?;
    let mut req = factory.open(IDB_NAME, Some(1)).map_err(err)?;
    req.on_upgrade_needed(|event| {
        if let Ok(db) = event.database() {
            if !db.store_names().iter().any(|s| s == IDB_STORE) {
                let _ = db.create_object_store(IDB_STORE, ObjectStoreParams::new());
            }
        }
    });
    req.await.map_err(err)
}

async fn idb_put(values: Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let db = idb_open().await?;
    let tx = db.transaction(&[IDB_STORE], TransactionMode::ReadWrite).map_err(err)?;
    let store = tx.object_store(IDB_STORE).map_err(err)?;
    for (key, bytes) in &values {
        let array = js_sys::Uint8Array::from(bytes.as_slice());
        store.put(&array, Some(&JsValue::from_str(key))).map_err(err)?;
    }
    tx.commit().map_err(err)?.await.map_err(err)?;
    db.close();
    Ok(())
}

async fn idb_keys() -> Result<Vec<String>, String> {
    let db = idb_open().await?;
    let tx = db.transaction(&[IDB_STORE], TransactionMode::ReadOnly).map_err(err)?;
    let store = tx.object_store(IDB_STORE).map_err(err)?;
    let keys = store.get_all_keys(None, None).map_err(err)?.await.map_err(err)?;
    db.close();
    Ok(keys.into_iter().filter_map(|k| k.as_string()).collect())
}

async fn idb_get(key: &str) -> Result<Option<Vec<u8>>, String> {
    let db = idb_open().await?;
    let tx = db.transaction(&[IDB_STORE], TransactionMode::ReadOnly).map_err(err)?;
    let store = tx.object_store(IDB_STORE).map_err(err)?;
    let value = store.get(JsValue::from_str(key)).map_err(err)?.await.map_err(err)?;
    db.close();
    Ok(value.and_then(|v| v.dyn_ref::<js_sys::Uint8Array>().map(|a| a.to_vec())))
}

async fn idb_remove_except(keep: Option<u64>) -> Result<(), String> {
    let keys = idb_keys().await?;
    let mine = keep.map(|g| format!("{g}."));
    let db = idb_open().await?;
    let tx = db.transaction(&[IDB_STORE], TransactionMode::ReadWrite).map_err(err)?;
    let store = tx.object_store(IDB_STORE).map_err(err)?;
    for k in keys.into_iter().filter(|k| mine.as_ref().is_none_or(|m| !k.starts_with(m.as_str()))) {
        let _ = store.delete(JsValue::from_str(&k));
    }
    tx.commit().map_err(err)?.await.map_err(err)?;
    db.close();
    Ok(())
}

#[wasm_bindgen]
pub async fn run(n: u32) -> Result<u32, JsValue> {
    let values: Vec<(String, Vec<u8>)> = (0..n).map(|i| (format!("1.audit.{i}"), vec![i as u8; 1000])).collect();
    idb_put(values).await.map_err(|e| JsValue::from_str(&e))?;
    let keys = idb_keys().await.map_err(|e| JsValue::from_str(&e))?;
    let got = idb_get(&keys[0]).await.map_err(|e| JsValue::from_str(&e))?;
    idb_remove_except(Some(2)).await.map_err(|e| JsValue::from_str(&e))?;
    Ok(got.map_or(0, |g| g.len() as u32))
}
