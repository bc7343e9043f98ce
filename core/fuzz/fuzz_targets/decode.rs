//! Every decoder of stored data, on arbitrary bytes: each must return a value or an error, never
//! panic. Run: `cd core/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run decode -- -max_total_time=300`.
//! The first bytes choose how the input is presented: as it is, or behind a valid header of each
//! part kind (so the decoders run on the payload instead of stopping at the checksum).
#![no_main]
use flowthrough_core::storage;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&how, body)) = data.split_first() else { return };
    let bytes = if how % 6 == 0 {
        body.to_vec()
    } else {
        let mut sealed = vec![b'F', b'T', storage::FORMAT_VERSION, how % 6];
        sealed.extend_from_slice(&(body.len() as u32).to_le_bytes());
        sealed.extend_from_slice(&xxhash(body).to_le_bytes());
        sealed.extend_from_slice(body);
        sealed
    };
    if let Ok((ws, _)) = storage::decode_state(&bytes) {
        assert!(storage::check(&ws).is_empty(), "a decoded state is consistent");
    }
    let _ = storage::decode_change(&bytes);
    let _ = storage::decode_audit(&bytes);
    let _ = storage::decode_mail(&bytes);
    let _ = storage::import(&bytes);
    let _ = storage::dense::unpack_str(&String::from_utf8_lossy(body));
    // A shared workspace's entries, snapshots, archive and record, behind their magic numbers.
    for magic in [&b"FTE1"[..], b"FTS1", b"FTS2", b"FTA1", b"FTR1", b"FTR2"] {
        let b = [magic, body].concat();
        let _ = flowthrough_core::sync::decode_entry(&b);
        let _ = flowthrough_core::sync::decode_snapshot(&b);
        let _ = flowthrough_core::sync::decode_archive(&b);
        let _ = flowthrough_core::sync::Replica::restore(&b);
    }
});

fn xxhash(b: &[u8]) -> u32 {
    storage::checksum(b)
}
