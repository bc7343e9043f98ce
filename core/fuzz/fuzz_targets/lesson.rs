//! The lesson file reader on arbitrary text: it returns a lesson or an error, never panics,
//! and what it accepts writes back to a file it reads the same.
//! Run: `cd core/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run lesson -- -max_total_time=300`.
#![no_main]
use flowthrough_core::lesson::{Lesson, Progress};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(lesson) = Lesson::read(&text) {
        assert_eq!(Lesson::read(&lesson.to_json()).as_ref(), Ok(&lesson));
        let _ = Progress::read(&text, &lesson);
    }
});
