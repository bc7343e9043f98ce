//! Paging for the long lists (User Status, Control Hub users): which rows a page shows, keeping
//! the page in range as rows come and go, and the controls to move between pages.

use leptos::prelude::*;

/// Rows per page.
pub const PAGE_SIZE: usize = 50;

/// A list's current page, for `len` rows that change over time.
#[derive(Clone, Copy)]
pub struct Paging {
    /// The current page, from 0.
    pub page: RwSignal<usize>,
    len: Signal<usize>,
}

impl Paging {
    /// Paging over a list of `len` rows; the page stays in range when rows disappear.
    pub fn new(len: Signal<usize>) -> Paging {
        let paging = Paging { page: RwSignal::new(0), len };
        Effect::new(move |_| {
            let last = paging.pages() - 1;
            if paging.page.get_untracked() > last {
                paging.page.set(last);
            }
        });
        paging
    }

    /// How many pages there are (at least one).
    pub fn pages(&self) -> usize {
        self.len.get().div_ceil(PAGE_SIZE).max(1)
    }

    /// The rows of the current page out of all `rows`.
    pub fn slice<T: Copy>(&self, rows: &[T]) -> Vec<T> {
        rows.iter().skip(self.page.get() * PAGE_SIZE).take(PAGE_SIZE).copied().collect()
    }

    /// Back to the first page (after the filter, search or sort changed).
    pub fn reset(&self) {
        self.page.set(0);
    }
}

/// "Showing 1–50 of 1000", and the buttons to the previous and next page.
#[component]
pub fn Pager(
    /// The list's paging.
    paging: Paging,
) -> impl IntoView {
    let page = paging.page;
    view! {
        <nav class="pager" aria-label="Pages">
            <span>{move || {
                let n = paging.len.get();
                let start = (page.get() * PAGE_SIZE + 1).min(n);
                let end = ((page.get() + 1) * PAGE_SIZE).min(n);
                format!("Showing {start}–{end} of {n}")
            }}</span>
            <button type="button" class="btn btn-secondary btn-small" disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>"Previous page"</button>
            <span>{move || format!("Page {} of {}", page.get() + 1, paging.pages())}</span>
            <button type="button" class="btn btn-secondary btn-small" disabled=move || { page.get() + 1 >= paging.pages() } on:click=move |_| page.update(|p| *p += 1)>"Next page"</button>
        </nav>
    }
}
