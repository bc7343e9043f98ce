//! Themes: Momentum Design's light, dark and high-contrast themes. The system setting
//! (`prefers-color-scheme`, `prefers-contrast`) is followed unless the person picks one in the
//! header; the pick is remembered (`storage::theme`). index.html applies the same choice before
//! the wasm runs, so the first paint is already in the right theme.

use crate::storage;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system setting.
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
    /// High contrast, light.
    HighContrastLight,
    /// High contrast, dark.
    HighContrastDark,
}

impl Theme {
    /// Every choice, in the menu's order.
    pub const ALL: [Theme; 5] = [Theme::System, Theme::Light, Theme::Dark, Theme::HighContrastLight, Theme::HighContrastDark];

    /// The stored name.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrastLight => "hc-light",
            Theme::HighContrastDark => "hc-dark",
        }
    }

    fn from_key(key: &str) -> Theme {
        Theme::ALL.into_iter().find(|t| t.key() == key).unwrap_or(Theme::System)
    }

    /// The chosen theme.
    pub fn chosen() -> Theme {
        storage::theme().map_or(Theme::System, |k| Theme::from_key(&k))
    }

    /// The theme shown: the choice, or for System what the system asks for.
    fn resolved(self) -> Theme {
        if self != Theme::System {
            return self;
        }
        let dark = matches("(prefers-color-scheme: dark)");
        match (matches("(prefers-contrast: more)"), dark) {
            (true, true) => Theme::HighContrastDark,
            (true, false) => Theme::HighContrastLight,
            (false, true) => Theme::Dark,
            (false, false) => Theme::Light,
        }
    }

    /// Momentum's class for the theme.
    fn class(self) -> &'static str {
        match self.resolved() {
            Theme::Dark => "mds-theme-stable-darkWebex",
            Theme::HighContrastLight => "mds-theme-stable-hcLightWebex",
            Theme::HighContrastDark => "mds-theme-stable-hcDarkWebex",
            _ => "mds-theme-stable-lightWebex",
        }
    }

    /// Shows this theme on the page.
    pub fn apply(self) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let dark = matches!(self.resolved(), Theme::Dark | Theme::HighContrastDark);
        if let Some(body) = doc.body() {
            body.set_class_name(self.class());
        }
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("data-theme", self.resolved().key());
            let _ = root.set_attribute("style", if dark { "color-scheme: dark" } else { "color-scheme: light" });
        }
    }
}

fn matches(query: &str) -> bool {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|m| m.matches())
}

/// Re-applies the theme when the system setting changes while System is chosen.
pub fn follow_system() {
    let Some(w) = web_sys::window() else { return };
    let on_change = Closure::<dyn Fn()>::new(|| {
        if Theme::chosen() == Theme::System {
            Theme::System.apply();
        }
    });
    for q in ["(prefers-color-scheme: dark)", "(prefers-contrast: more)"] {
        if let Ok(Some(m)) = w.match_media(q) {
            let _ = m.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        }
    }
    on_change.forget(); // for the life of the page
}

/// The header's theme switch.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let chosen = RwSignal::new(Theme::chosen());
    let change = move |ev: leptos::ev::Event| {
        let t = Theme::from_key(&event_target_value(&ev));
        storage::set_theme(t.key());
        t.apply();
        chosen.set(t);
    };
    view! {
        <label class="theme-switch">
            <span class="visually-hidden">{move || crate::i18n::t("theme")}</span>
            <select on:change=change>
                {Theme::ALL.into_iter().map(|t| view! { <option value=t.key() selected=move || chosen.get() == t>{move || crate::i18n::t(&format!("theme-{}", t.key()))}</option> }).collect_view()}
            </select>
        </label>
    }
}
