//! Lessons in the browser: practising a built-in lesson on a copy (the person's own workspace
//! untouched), checkpoints ticked by the core after a change made through the console, progress
//! across a reload, starting again, and leaving.

use crate::support::*;
use flowthrough::storage;
use flowthrough_core::lesson::builtin;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

/// The "Start practising" button of the lesson card titled `title`.
fn start_button(title: &str) -> HtmlElement {
    let card = all("li.lesson-card")
        .into_iter()
        .find(|li| li.query_selector("h3").unwrap().is_some_and(|h| text(&h) == title))
        .unwrap_or_else(|| panic!("no lesson card {title:?}"));
    let buttons = card.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| text(b) == "Start practising")
        .expect("a Start practising button")
}

fn lesson_bar() -> String {
    all("aside.lesson-bar").first().map(text).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_lesson_is_practised_on_a_copy_and_its_checkpoints_tick() {
    let mine = small_workspace("Mine");
    mount_with("/lessons", &mine).await;
    assert_eq!(heading("h1"), "Lessons");
    let base_before = local(storage::BASE_KEY);
    start_button("Two failed portal attempts").click();
    until("the checklist opens", || heading("h1") == "Two failed portal attempts").await;
    assert!(text(&all("main").remove(0)).contains("0 of 4 checkpoints reached"), "{}", text(&all("main").remove(0)));
    assert!(lesson_bar().contains("Step 1 of 2"), "{}", lesson_bar());
    assert_eq!(local(storage::BASE_KEY), base_before, "the person's own workspace is untouched");
    assert!(local(storage::PRACTICE_KEY).is_some());

    // A reload comes back to the lesson and its copy.
    let copy = builtin::portal_error(TEST_NOW, &mut Counter(1)).unwrap();
    mount_at_keeping(&status_path(&copy)).await;
    until("the copy's User Status shows Dee", || body_rows().iter().any(|r| r.contains(DEE))).await;
    assert!(lesson_bar().contains("0 of 4"), "{}", lesson_bar());

    // The learner repairs Dee through the console, as the step says.
    actions_button(DEE).click();
    settle().await;
    menu_item("Retry Activation").click();
    settle().await;
    type_into("Email address", "dee.dahl@acme.example");
    settle().await;
    button("Onboard").click();
    until("three checkpoints tick", || lesson_bar().contains("3 of 4")).await;
    assert!(lesson_bar().contains("Step 2 of 2"), "{}", lesson_bar());
    assert_eq!(local(storage::BASE_KEY), base_before, "still untouched");

    // The checklist says when each was reached; a reload keeps it.
    mount_at_keeping("/lessons/practice").await;
    until("the checklist is read", || text(&all("main").remove(0)).contains("3 of 4 checkpoints reached")).await;
    let page = text(&all("main").remove(0));
    assert!(page.contains("Subscriber 2145550104 is Provisioned — reached after"), "{page}");
    assert!(page.contains("dee.dahl@acme.example is Active — Not reached yet"), "{page}");

    // Start again: a fresh copy, nothing reached.
    button("Start again").click();
    until("progress is reset", || text(&all("main").remove(0)).contains("0 of 4 checkpoints reached")).await;

    // Leaving brings the person's own workspace back.
    button("Leave the lesson").click();
    until("the lessons page", || heading("h1") == "Lessons").await;
    assert!(local(storage::PRACTICE_KEY).is_none());
    assert!(all("aside.lesson-bar").is_empty());
    mount_at_keeping("/control").await;
    until("the own workspace is back", || body_rows().iter().any(|r| r.contains("Mine"))).await;
}

#[wasm_bindgen_test]
async fn the_lessons_page_lists_the_built_in_lessons_in_the_chosen_language() {
    mount_at("/lessons", None).await;
    let titles: Vec<String> = all("li.lesson-card h3").iter().map(text).collect();
    assert_eq!(titles.len(), 4, "{titles:?}");
    assert!(titles.contains(&"Activation emails: automatic, manual, and never suppressed".to_string()), "{titles:?}");
    assert!(button("Record a lesson").get_attribute("disabled").is_none());
}
