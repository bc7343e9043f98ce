//! Pages loaded from their own wasm chunk the first time they are opened.
//!
//! The release build (the `split` feature, always on in `index.html`'s Trunk build) cuts the wasm
//! at every [`lazy_page!`]: `scripts/split.mjs` runs `wasm-split-cli` on cargo's wasm, so the
//! code only a page needs is fetched when that page is first shown (ARCHITECTURE.md, "The split
//! wasm"). Without the feature (the browser tests, `cargo check`) a lazy page is an ordinary
//! function and loads at once.
//!
//! A chunk that cannot be fetched (offline, a server error, a release deployed while the tab was
//! open) never panics and touches no state: [`Lazy`] shows the page's error with "Try again",
//! and the next try fetches it afresh.

use crate::components::{Area, Console};
use crate::i18n::t;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

pub use crate::browser::ChunkError;

type Loading<T> = Pin<Box<dyn Future<Output = Result<T, ChunkError>>>>;

/// What a page looks like while its chunk loads or when it failed to: the console's frame, or
/// the end user's portal (which shows nothing of the consoles).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// An administrator's page, in the console frame of this area.
    Console(Area),
    /// The User Activation Portal and an emailed link: a plain page.
    Portal,
}

/// A page whose code is in a chunk of its own: made by [`lazy_page!`].
#[derive(Clone, Copy)]
pub struct LazyPage {
    /// The page's name.
    pub name: &'static str,
    /// Its chunk's name (the split point: the pages of one area share one).
    pub chunk: &'static str,
    /// The frame shown while it loads.
    pub frame: Frame,
    #[doc(hidden)]
    pub load: fn() -> Loading<()>,
    #[doc(hidden)]
    pub build: fn() -> Loading<AnyView>,
}

thread_local! {
    static LOADED: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

impl LazyPage {
    /// Whether this page's loader has its chunk (the page then builds without waiting). Each
    /// page has a loader of its own; the chunk itself is fetched and instantiated once (the
    /// loader script memoizes it), so a page whose chunk a neighbour fetched is ready within
    /// the same frame.
    pub fn is_loaded(&self) -> bool {
        LOADED.with(|l| l.borrow().contains(self.name))
    }

    /// Fetches its chunk (once; a failed fetch is tried afresh next time).
    pub async fn load(&self) -> Result<(), ChunkError> {
        if self.is_loaded() {
            return Ok(());
        }
        (self.load)().await?;
        LOADED.with(|l| l.borrow_mut().insert(self.name));
        Ok(())
    }

    /// Puts its chunk's files in the browser's cache when the browser is idle (`<link
    /// rel=prefetch>`, lowest priority), so that opening it later waits for no network. Only
    /// fetched, not compiled: a page a person may never open costs no main-thread time. The
    /// files of each chunk are in `window.__flowthroughChunks`, written by scripts/split.mjs;
    /// an unsplit build has none, and nothing to fetch.
    pub fn prefetch(self) {
        if self.is_loaded() {
            return;
        }
        crate::browser::when_idle(move || prefetch_files(self.chunk));
    }

    /// Builds the page, now: its chunk must be loaded. The split function's future is ready at
    /// its first poll once the chunk is there (the loader is memoized), so it is polled once.
    fn build_now(&self) -> Result<AnyView, ChunkError> {
        let mut future = (self.build)();
        match future.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(result) => result,
            Poll::Pending => Err(ChunkError),
        }
    }
}

thread_local! {
    static PREFETCHED: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

fn prefetch_files(chunk: &'static str) {
    if !PREFETCHED.with(|p| p.borrow_mut().insert(chunk)) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    let Some(head) = doc.head() else { return };
    let files = js_sys::Reflect::get(&window, &"__flowthroughChunks".into())
        .ok()
        .filter(|m| m.is_object())
        .and_then(|m| js_sys::Reflect::get(&m, &chunk.into()).ok())
        .filter(|f| js_sys::Array::is_array(f));
    let Some(files) = files else { return };
    for file in js_sys::Array::from(&files).iter().filter_map(|f| f.as_string()) {
        if let Ok(link) = doc.create_element("link") {
            let _ = link.set_attribute("rel", "prefetch");
            let _ = link.set_attribute("crossorigin", "anonymous");
            let _ = link.set_attribute("href", &format!("/{file}"));
            let _ = head.append_child(&link);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Loading,
    Ready,
    Failed,
}

/// Shows a lazy page: at once when its chunk is loaded, else a frame that says it is loading,
/// then the page; if the chunk cannot be fetched, the page's error with "Try again". `next`
/// names the pages a person is likely to open from this one: fetched when the browser is idle.
#[component]
pub fn Lazy(page: LazyPage, #[prop(optional)] next: &'static [LazyPage]) -> impl IntoView {
    let state = RwSignal::new(if page.is_loaded() { State::Ready } else { State::Loading });
    let fetch = move || {
        state.set(State::Loading);
        leptos::task::spawn_local(async move {
            state.set(match page.load().await {
                Ok(()) => State::Ready,
                Err(ChunkError) => State::Failed,
            });
        });
    };
    if !page.is_loaded() {
        fetch();
    }
    let prefetch_next = move || {
        for p in next {
            p.prefetch();
        }
    };
    move || match state.get() {
        State::Ready => match page.build_now() {
            Ok(view) => {
                prefetch_next();
                view
            }
            Err(ChunkError) => failed(page.frame, fetch).into_any(),
        },
        State::Loading => framed(page.frame, view! { <p class="hint" role="status">{move || t("page-loading")}</p> }.into_any()).into_any(),
        State::Failed => failed(page.frame, fetch).into_any(),
    }
}

fn framed(frame: Frame, inner: AnyView) -> impl IntoView {
    match frame {
        Frame::Console(area) => view! { <Console area=area>{inner}</Console> }.into_any(),
        Frame::Portal => crate::end_user::frame(inner).into_any(),
    }
}

fn failed(frame: Frame, retry: impl Fn() + Copy + 'static) -> impl IntoView {
    framed(
        frame,
        view! {
            <div class="chunk-error" role="alert">
                <h1>{move || t("page-unavailable")}</h1>
                <p>{move || t("page-unavailable-why")}</p>
                <button type="button" class="btn btn-primary" on:click=move |_| retry()>{move || t("page-try-again")}</button>
            </div>
        }
        .into_any(),
    )
}

/// Declares a page whose code goes in a chunk of its own, as a `pub const NAME: LazyPage`:
///
/// ```ignore
/// lazy_page!(USER_STATUS, user_status, Frame::Console(Area::Partner), view! { <UserStatus/> });
/// ```
///
/// The second name is the chunk's (the split point's, unique in the crate).
#[macro_export]
macro_rules! lazy_page {
    ($konst:ident, $page:ident, $chunk:ident, $frame:expr, $body:expr) => {
        pub const $konst: $crate::lazy::LazyPage = {
            mod $page {
                #[allow(unused_imports)]
                use super::*;
                // Named after the page: the split function's exported symbol is made of the
                // chunk's name and the function's, so pages sharing a chunk need their own names.
                #[cfg(feature = "split")]
                #[::leptos::wasm_split::wasm_split(
                    $chunk,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible,
                    preload(preload)
                )]
                pub fn $page() -> ::core::result::Result<::leptos::prelude::AnyView, $crate::lazy::ChunkError> {
                    ::core::result::Result::Ok(::leptos::prelude::IntoAny::into_any($body))
                }
                #[cfg(feature = "split")]
                pub async fn load() -> ::core::result::Result<(), $crate::lazy::ChunkError> {
                    preload().await.map_err(::core::convert::Into::into)
                }
                #[cfg(not(feature = "split"))]
                pub async fn $page() -> ::core::result::Result<::leptos::prelude::AnyView, $crate::lazy::ChunkError> {
                    ::core::result::Result::Ok(::leptos::prelude::IntoAny::into_any($body))
                }
                #[cfg(not(feature = "split"))]
                pub async fn load() -> ::core::result::Result<(), $crate::lazy::ChunkError> {
                    ::core::result::Result::Ok(())
                }
            }
            $crate::lazy::LazyPage {
                name: stringify!($page),
                chunk: stringify!($chunk),
                frame: $frame,
                load: || ::std::boxed::Box::pin($page::load()),
                build: || ::std::boxed::Box::pin($page::$page()),
            }
        };
    };
}
