//! Small browser services the components need: time, secure tokens, downloads.

use flowthrough_core::text::Text;
use flowthrough_core::{Timestamp, Token};
use wasm_bindgen::JsCast;

thread_local! {
    /// Where the real clock stands still, if it does ([`hold_clock`]).
    static HELD: std::cell::Cell<Option<Timestamp>> = const { std::cell::Cell::new(None) };
}

/// The real current time (the sandbox clock adds its offset on top).
pub fn real_now() -> Timestamp {
    HELD.with(std::cell::Cell::get).unwrap_or_else(|| Timestamp((js_sys::Date::now() / 1000.0) as i64))
}

/// Makes the real clock stand still at `at` (`None`: it runs again). For the browser tests: their
/// workspaces are made at fixed dates, and a clock that runs on with the calendar would have the
/// app's first tick run whatever came due since (a reminder a week later, a link's expiry).
pub fn hold_clock(at: Option<Timestamp>) {
    HELD.with(|h| h.set(at));
}

/// A 128-bit token from the browser's cryptographic random source, as 32 hex digits.
pub fn secure_token() -> Token {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // No CSPRNG means no safe links; an empty token can never be opened.
        return Token(Default::default());
    }
    Token(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>().into())
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), Text> {
    download_bytes(filename, mime, text.as_bytes())
}

/// Offers `bytes` as a file download named `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), Text> {
    let fail = || Text::new("file-not-created").with("file", filename);
    // The file's bytes go into the Blob as they are: one copy, rather than decoding the UTF-8
    // into a JavaScript string and having the Blob encode it again (a 100,000-row export is 12 MB).
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(|_| fail())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail())?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or_else(fail)?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(|_| fail())?.dyn_into().map_err(|_| fail())?;
    a.set_href(&url);
    a.set_download(filename);
    // Attached while clicked: some browsers ignore clicks on detached links.
    let body = doc.body().ok_or_else(fail)?;
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    // Revoke later: the download reads the blob after the click returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// Writes `text` to the clipboard. Fails where the Clipboard API is missing (insecure origins,
/// old browsers) or refused (no permission, no focus).
pub async fn write_clipboard(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).map(|v| !v.is_undefined() && !v.is_null()).unwrap_or(false);
    if !has_clipboard {
        return Err(());
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Reads the file chosen in an `<input type="file">` change event as bytes, then calls `done`
/// with them, or with a message to show when the browser could not read it.
pub fn read_chosen_bytes(ev: &web_sys::Event, done: impl FnOnce(Result<Vec<u8>, Text>) + 'static) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    leptos::task::spawn_local(async move {
        let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok().map(|b| js_sys::Uint8Array::new(&b).to_vec());
        done(bytes.ok_or_else(|| Text::new("file-not-read").with("file", file.name())));
    });
}

/// Reads every file chosen in an `<input type="file" multiple>` change event, one at a time:
/// `each` gets its name and bytes (or the message to show when the browser could not read it)
/// and says whether to go on; the page gets a frame between files, so it can draw progress.
pub fn read_chosen_files(ev: &web_sys::Event, mut each: impl FnMut(usize, usize, String, Result<Vec<u8>, Text>) -> bool + 'static) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(list) = input.files() else { return };
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    let total = files.len();
    leptos::task::spawn_local(async move {
        for (i, file) in files.into_iter().enumerate() {
            let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok().map(|b| js_sys::Uint8Array::new(&b).to_vec());
            let name = file.name();
            let read = bytes.ok_or_else(|| Text::new("file-not-read").with("file", name.clone()));
            if !each(i, total, name, read) {
                return;
            }
            // A macrotask between files: the page draws the progress and stays responsive.
            next_task().await;
        }
    });
}

/// Waits for the next macrotask: the page draws and handles input before the work goes on.
pub async fn next_task() {
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
}

/// Reads the file chosen in an `<input type="file">` change event as text, then calls `done`
/// with it, or with a message to show when the browser could not read it.
pub fn read_chosen_file(ev: &web_sys::Event, done: impl FnOnce(Result<String, Text>) + 'static) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
        done(text.ok_or_else(|| Text::new("file-not-text").with("file", file.name())));
    });
}

/// A high-resolution clock in milliseconds, for timings the benchmark harness reads.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now())
}

/// Leaves a timing on `window` under `name` for the benchmark harness.
pub fn report_timing(name: &str, ms: f64) {
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &name.into(), &ms.into());
    }
}

/// One parameter of the address's query (read without the router: the portal runs without one).
pub fn query_param(key: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(key)
}

/// Sets one parameter of the address's query in place (no history entry, no navigation): a
/// view setting a person may share, such as the portal's `lang`.
pub fn replace_query_param(key: &str, value: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(url) = web_sys::Url::new(&window.location().href().unwrap_or_default()) else { return };
    url.search_params().set(key, value);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// Keeps the document's title the page's heading and its console ("User Status – Partner Hub –
/// flowthrough"), as pages render and as their language changes: the tab, the history and a
/// screen reader name the page (WCAG 2.4.2).
pub fn title_follows_heading() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = doc.body() else { return };
    let update = {
        let doc = doc.clone();
        move || {
            let text = |selector: &str| doc.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
            let mut parts: Vec<String> = Vec::new();
            for part in [text("main h1"), text(".topnav a[aria-current=page]").or_else(|| text(".portal-sub"))].into_iter().flatten() {
                if part != "flowthrough" && !parts.contains(&part) {
                    parts.push(part);
                }
            }
            parts.push("flowthrough".into());
            let title = parts.join(" – ");
            if doc.title() != title {
                doc.set_title(&title);
            }
        }
    };
    update();
    let changed = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(update);
    let Ok(observer) = web_sys::MutationObserver::new(changed.as_ref().unchecked_ref()) else { return };
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_character_data(true);
    let _ = observer.observe_with_options(&body, &options);
    // Both live as long as the page.
    changed.forget();
    std::mem::forget(observer);
}

/// Runs `f` when the browser is idle (`requestIdleCallback`, else after a short timeout, as
/// Safari has none), for work nobody waits for, such as fetching the chunks of likely next pages.
pub fn when_idle(f: impl FnOnce() + 'static) {
    idle_within(2000, 200, f);
}

/// Runs `f` when the browser is next idle, and at the latest after `most` ms (`fallback` ms
/// where there is no `requestIdleCallback`). Input and frames go first.
pub fn idle_within(most: i32, fallback: i32, f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into()).ok().filter(|v| v.is_function());
    match idle {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &most.into());
            let _ = js_sys::Function::from(request).call2(&window, &callback, &options);
        }
        None => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), fallback);
        }
    }
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f`; in the benchmark build, adds the time it took to `window.__benchSpans[name]` (the
/// harness reads where an interaction's time goes). Costs nothing in the release.
#[inline]
pub fn span<R>(name: &'static str, f: impl FnOnce() -> R) -> R {
    #[cfg(feature = "bench")]
    {
        let t0 = now_ms();
        let out = f();
        let ms = now_ms() - t0;
        if let Some(w) = web_sys::window() {
            let spans = js_sys::Reflect::get(&w, &"__benchSpans".into()).ok().filter(|v| v.is_object()).unwrap_or_else(|| {
                let o: wasm_bindgen::JsValue = js_sys::Object::new().into();
                let _ = js_sys::Reflect::set(&w, &"__benchSpans".into(), &o);
                o
            });
            let before = js_sys::Reflect::get(&spans, &name.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
            let _ = js_sys::Reflect::set(&spans, &name.into(), &(before + ms).into());
        }
        out
    }
    #[cfg(not(feature = "bench"))]
    {
        let _ = name;
        f()
    }
}

/// A wasm chunk could not be fetched or instantiated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}
