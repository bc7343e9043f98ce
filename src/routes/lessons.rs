//! `/lessons`: the built-in lessons and the person's own, opening a lesson file, and recording a
//! lesson by demonstration; `/lessons/practice`: the checklist of the lesson under way;
//! `/lessons/record`: writing a recorded lesson. The rules are the core's
//! (`flowthrough_core::lesson`); these pages render its answers and call the practice.

use crate::components::{Area, Console, PageHeader};
use crate::i18n::{t, t_with, text, I18n};
use crate::lesson::{checkpoint_words, lang, time_taken, Board, Draft, Practice};
use crate::store::Store;
use crate::{browser, storage};
use flowthrough_core::lesson::{builtin, Checkpoint, Lesson, Recording, MAX_TEXT};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

fn file_name(lesson: &Lesson) -> String {
    format!("{}.lesson.json", lesson.id)
}

/// Starts practising `lesson` and opens its checklist.
fn start(store: Store, practice: Practice, lesson: Lesson, error: RwSignal<Option<String>>, navigate: impl Fn(&str, leptos_router::NavigateOptions) + Clone + 'static) {
    leptos::task::spawn_local(async move {
        match practice.start(store, lesson).await {
            Ok(()) => {
                error.set(None);
                navigate("/lessons/practice", Default::default());
            }
            Err(e) => error.set(Some(text(&e))),
        }
    });
}

/// One lesson in a list: its title, what it is about, and the ways to use it.
#[component]
fn LessonCard(lesson: Lesson, #[prop(optional)] mine: Option<usize>, mine_list: RwSignal<Vec<String>>, error: RwSignal<Option<String>>) -> impl IntoView {
    let store = Store::get();
    let practice = Practice::get();
    let navigate = use_navigate();
    let heading = format!("lesson-{}", lesson.id);
    let labelled = heading.clone();
    let steps = lesson.steps.len();
    let checkpoints = lesson.checkpoints().count();
    let for_start = lesson.clone();
    let for_file = lesson.clone();
    let title = lesson.title.clone();
    let intro = lesson.introduction.clone();
    view! {
        <li class="lesson-card" aria-labelledby=labelled>
            <h3 id=heading>{move || { I18n::get().locale(); title.get(lang()).to_string() }}</h3>
            <p>{move || { I18n::get().locale(); intro.get(lang()).to_string() }}</p>
            <p class="hint">{move || t_with("lesson-size", &[("steps", steps.into()), ("count", checkpoints.into())])}</p>
            <div class="form-actions">
                <button type="button" class="btn btn-primary" on:click=move |_| start(store, practice, for_start.clone(), error, navigate.clone())>
                    {move || t("lesson-start")}
                </button>
                <button type="button" class="btn btn-secondary" on:click=move |_| {
                    if let Err(e) = browser::download(&file_name(&for_file), "application/json", &for_file.to_json()) {
                        error.set(Some(text(&e)));
                    }
                }>{move || t("lesson-download")}</button>
                {mine.map(|i| view! {
                    <button type="button" class="btn btn-secondary" on:click=move |_| {
                        let mut list = mine_list.get_untracked();
                        if i < list.len() {
                            list.remove(i);
                        }
                        match storage::set_my_lessons(&list) {
                            Ok(()) => mine_list.set(list),
                            Err(e) => error.set(Some(text(&e))),
                        }
                    }>{move || t("lesson-remove")}</button>
                })}
            </div>
        </li>
    }
}

/// `/lessons`.
#[component]
pub fn Lessons() -> impl IntoView {
    let store = Store::get();
    let practice = Practice::get();
    let error = RwSignal::new(None::<String>);
    let mine = RwSignal::new(storage::my_lessons());
    let opened = RwSignal::new(None::<Result<Lesson, String>>);
    let navigate = use_navigate();
    let on_file = move |ev: leptos::ev::Event| {
        browser::read_chosen_file(&ev, move |r| opened.set(Some(r.map_err(|e| text(&e)).and_then(|s| Lesson::read(&s).map_err(|e| text(&e.text()))))));
    };
    let keep_opened = move |_| {
        if let Some(Ok(lesson)) = opened.get_untracked() {
            let mut list = mine.get_untracked();
            // The same lesson again replaces the kept one.
            list.retain(|f| Lesson::read(f).map_or(true, |l| l.id != lesson.id));
            list.push(lesson.to_json());
            match storage::set_my_lessons(&list) {
                Ok(()) => {
                    mine.set(list);
                    opened.set(None);
                    store.notify(t("lesson-kept"));
                }
                Err(e) => error.set(Some(text(&e))),
            }
        }
    };
    let nav_record = navigate.clone();
    let record = move |_| {
        let navigate = nav_record.clone();
        leptos::task::spawn_local(async move {
            if let Err(e) = store.read_history().await {
                error.set(Some(text(&e)));
                return;
            }
            match practice.record(store).await {
                Ok(()) => {
                    store.notify(t("lesson-recording-started"));
                    navigate("/partner", Default::default());
                }
                Err(e) => error.set(Some(text(&e))),
            }
        });
    };
    let nav_open = navigate.clone();
    view! {
        <Console area=Area::Lessons>
            {move || view! { <PageHeader title=t("lessons-title") lead=t("lessons-lead")/> }}
            {move || practice.on.get().then(|| view! {
                <div class="banner banner-info" role="status">
                    <p>{t("lesson-under-way")}</p>
                    <div class="banner-actions"><A href="/lessons/practice" attr:class="btn btn-primary">{t("lesson-open-checklist")}</A></div>
                </div>
            })}
            {move || error.get().map(|e| view! { <div class="banner banner-error" role="alert"><p>{e}</p></div> })}
            <section class="settings-section" aria-labelledby="lessons-built-in">
                <h2 id="lessons-built-in">{move || t("lessons-built-in")}</h2>
                <ul class="lesson-list">
                    {builtin::lessons().into_iter().map(|l| view! { <LessonCard lesson=l mine_list=mine error=error/> }).collect_view()}
                </ul>
            </section>
            <section class="settings-section" aria-labelledby="lessons-mine">
                <h2 id="lessons-mine">{move || t("lessons-mine")}</h2>
                {move || {
                    let list = mine.get();
                    let lessons: Vec<(usize, Lesson)> = list.iter().enumerate().filter_map(|(i, f)| Lesson::read(f).ok().map(|l| (i, l))).collect();
                    if lessons.is_empty() {
                        view! { <p class="hint">{t("lessons-mine-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="lesson-list">
                                {lessons.into_iter().map(|(i, l)| view! { <LessonCard lesson=l mine=i mine_list=mine error=error/> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                }}
                <label class="search">{move || t("lesson-file")}<input type="file" accept=".json,application/json" on:change=on_file/></label>
                {move || opened.get().map(|r| match r {
                    Err(e) => view! { <div class="banner banner-error" role="alert"><p>{e}</p><p>{t("nothing-changed")}</p></div> }.into_any(),
                    Ok(lesson) => {
                        let for_start = lesson.clone();
                        let navigate = nav_open.clone();
                        view! {
                            <div class="banner banner-info" role="status">
                                <p>{t_with("lesson-file-valid", &[("title", lesson.title.get(lang()).to_string().into()), ("steps", lesson.steps.len().into())])}</p>
                                <div class="banner-actions">
                                    <button type="button" class="btn btn-primary" on:click=move |_| start(store, practice, for_start.clone(), error, navigate.clone())>{t("lesson-start")}</button>
                                    <button type="button" class="btn btn-secondary" on:click=keep_opened>{t("lesson-keep")}</button>
                                </div>
                            </div>
                        }
                        .into_any()
                    }
                })}
            </section>
            <section class="settings-section" aria-labelledby="lessons-class">
                <h2 id="lessons-class">{move || t("class-title")}</h2>
                <p class="hint">{move || t("class-lead")}</p>
                <p><A href="/lessons/class">{move || t("class-go")}</A></p>
            </section>
            <section class="settings-section" aria-labelledby="lessons-record">
                <h2 id="lessons-record">{move || t("lesson-record-title")}</h2>
                <p class="hint">{move || t("lesson-record-lead")}</p>
                <div class="form-actions">
                    <button type="button" class="btn btn-primary" disabled=move || practice.on.get() on:click=record>{move || t("lesson-record")}</button>
                </div>
            </section>
        </Console>
    }
}

/// `/lessons/practice`: the whole checklist of the lesson under way.
#[component]
pub fn PracticePage() -> impl IntoView {
    let store = Store::get();
    let practice = Practice::get();
    let error = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let leave = move |_| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            practice.leave(store).await;
            store.notify(t("lesson-left"));
            navigate("/lessons", Default::default());
        });
    };
    let again = move |_| {
        leptos::task::spawn_local(async move {
            match practice.start_again(store).await {
                Ok(()) => store.notify(t("lesson-started-again")),
                Err(e) => error.set(Some(text(&e))),
            }
        });
    };
    let clock = move |_| {
        leptos::task::spawn_local(async move {
            if let Err(e) = practice.clock(store).await {
                error.set(Some(text(&e)));
            }
        });
    };
    let body = move || {
        let lang = lang();
        match practice.board.get() {
            _ if !practice.on.get() => view! {
                <PageHeader title=t("lesson-practice-title")/>
                <p>{t("lesson-none-under-way")}</p>
                <p><A href="/lessons">{t("lessons-title")}</A></p>
            }
            .into_any(),
            None => view! { <PageHeader title=t("lesson-practice-title")/><p class="hint" role="status">{t("lesson-reading")}</p> }.into_any(),
            Some(Board::Recording { .. }) => view! {
                <PageHeader title=t("lesson-recording")/>
                <p>{t("lesson-recording-what")}</p>
                <p><A href="/lessons/record">{t("lesson-write")}</A></p>
            }
            .into_any(),
            Some(Board::Lesson { lesson, progress, holding }) => {
                let (n, all) = progress.count(&lesson);
                let current = progress.current_step(&lesson);
                let clock_due = progress.clock_due(&lesson);
                let steps = lesson
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let id = format!("step-{}", i + 1);
                        let labelled = id.clone();
                        let hint_shown = progress.hints.contains(&i);
                        let hint = s.hint.as_ref().map(|h| {
                            let words = h.get(lang).to_string();
                            if hint_shown {
                                view! { <p class="lesson-hint"><strong>{t("lesson-hint")} ": "</strong>{words}</p> }.into_any()
                            } else {
                                view! {
                                    <button type="button" class="btn btn-secondary btn-small" on:click=move |_| {
                                        leptos::task::spawn_local(async move { practice.hint(store, i).await });
                                    }>{t("lesson-show-hint")}</button>
                                }
                                .into_any()
                            }
                        });
                        let clock_button = (clock_due.map(|(step, _)| step) == Some(i)).then(|| {
                            let days = s.clock.map_or(0, |c| c.days);
                            view! { <button type="button" class="btn btn-primary" on:click=clock>{t_with("lesson-clock", &[("count", days.into())])}</button> }
                        });
                        let clock_taken = (s.clock.is_some() && progress.clock_taken.contains(&i))
                            .then(|| view! { <p class="hint">{t_with("lesson-clock-taken", &[("count", s.clock.map_or(0, |c| c.days).into())])}</p> });
                        let checks = s
                            .checkpoints
                            .iter()
                            .map(|c| {
                                let took = progress.took(&c.id);
                                let holds = holding.contains(&c.id);
                                let state = match (took, holds) {
                                    (Some(secs), true) => t_with("lesson-reached-after", &[("time", time_taken(secs).into())]),
                                    (Some(secs), false) => format!(
                                        "{} {}",
                                        t_with("lesson-reached-after", &[("time", time_taken(secs).into())]),
                                        t("lesson-no-longer-holds")
                                    ),
                                    (None, _) => t("lesson-not-reached"),
                                };
                                let done = took.is_some();
                                view! {
                                    <li class=if done { "check done" } else { "check" }>
                                        <span class="check-mark" aria-hidden="true">{if done { "✓" } else { "○" }}</span>
                                        " " <span>{checkpoint_words(c)}</span>
                                        <span class="check-state">" — " {state}</span>
                                    </li>
                                }
                            })
                            .collect_view();
                        let status = if Some(i) == current { Some("step") } else { None };
                        view! {
                            <li class="lesson-step" aria-labelledby=labelled aria-current=status>
                                <h3 id=id>{t_with("lesson-step-of", &[("n", (i + 1).into()), ("count", lesson.steps.len().into())])}</h3>
                                <p>{s.instruction.get(lang).to_string()}</p>
                                {clock_taken}
                                {clock_button}
                                {hint}
                                <ul class="checklist">{checks}</ul>
                            </li>
                        }
                    })
                    .collect_view();
                let used = progress.hints.len();
                let file_lesson = lesson.clone();
                view! {
                    <PageHeader title=lesson.title.get(lang).to_string() lead=lesson.introduction.get(lang).to_string()/>
                    <p role="status" class="lesson-progress">
                        {t_with("lesson-count", &[("n", n.into()), ("count", all.into())])}
                        " · " {t_with("lesson-hints-used", &[("count", used.into())])}
                        {current.is_none().then(|| view! { " · " <strong>{t("lesson-complete")}</strong> })}
                    </p>
                    <ol class="lesson-steps">{steps}</ol>
                    <div class="form-actions">
                        <button type="button" class="btn btn-secondary" on:click=again>{t("lesson-start-again")}</button>
                        <button type="button" class="btn btn-secondary" on:click=move |_| {
                            let _ = browser::download(&file_name(&file_lesson), "application/json", &file_lesson.to_json());
                        }>{t("lesson-download")}</button>
                        <button type="button" class="btn btn-danger" on:click=leave.clone()>{t("lesson-leave")}</button>
                    </div>
                }
                .into_any()
            }
        }
    };
    let password = RwSignal::new(String::new());
    let reconnect = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(link) = practice.class.get_untracked() else { return };
        let pw = password.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::lesson::class::connect(&link.seat, &pw).await {
                Ok(client) => {
                    error.set(None);
                    practice.reconnect(store, client).await;
                }
                Err(e) => error.set(Some(text(&e))),
            }
        });
    };
    view! {
        <Console area=Area::Lessons>
            {move || practice.problem.get().map(|p| view! { <div class="banner banner-warning" role="alert"><p>{text(&p)}</p></div> })}
            {move || practice.class.get().filter(|c| !c.connected).map(|c| view! {
                <form class="banner banner-info" on:submit=reconnect>
                    <p>{t_with("class-reconnect", &[("class", c.seat.class.clone().into()), ("user", c.seat.user.clone().into())])}</p>
                    <div class="field"><label for="practice-password">{t("class-password")}</label><input id="practice-password" type="password" prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/></div>
                    <div class="banner-actions"><button type="submit" class="btn btn-primary">{t("class-reconnect-button")}</button></div>
                </form>
            })}
            {move || error.get().map(|e| view! { <div class="banner banner-error" role="alert"><p>{e}</p></div> })}
            {body}
        </Console>
    }
}

/// What the trainer keeps of one proposed checkpoint.
#[derive(Clone)]
struct Kept {
    checkpoint: Checkpoint,
    keep: RwSignal<bool>,
    label: RwSignal<String>,
}

/// `/lessons/record`: the recorded lesson, to write and save.
#[component]
pub fn RecordPage() -> impl IntoView {
    let store = Store::get();
    let practice = Practice::get();
    let draft = RwSignal::new(None::<Option<Draft>>);
    let kept = RwSignal::new(Vec::<Kept>::new());
    leptos::task::spawn_local(async move {
        let d = practice.draft(store).await;
        kept.set(d.iter().flat_map(|d| d.proposals.iter()).map(|c| Kept { checkpoint: c.clone(), keep: RwSignal::new(true), label: RwSignal::new(String::new()) }).collect());
        draft.set(Some(d));
    });
    let title = RwSignal::new(String::new());
    let intro = RwSignal::new(String::new());
    let instruction = RwSignal::new(String::new());
    let hint = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let saved = RwSignal::new(None::<Lesson>);
    let navigate = use_navigate();
    let build = move || -> Result<Lesson, Text> {
        let Some(Some(d)) = draft.get_untracked() else { return Err(Text::new("lesson-none")) };
        let (title, intro, instruction, hint) = (title.get_untracked(), intro.get_untracked(), instruction.get_untracked(), hint.get_untracked());
        let checkpoints = kept.get_untracked().into_iter().filter(|k| k.keep.get_untracked()).map(|k| (k.checkpoint, k.label.get_untracked())).collect();
        let suffix = browser::secure_token().0.chars().take(6).collect::<String>();
        Lesson::recorded(Recording { lang: lang(), title: &title, introduction: &intro, instruction: &instruction, hint: &hint, start: d.start, checkpoints, suffix: &suffix })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match build() {
            Err(e) => error.set(Some(e)),
            Ok(lesson) => {
                let mut list = storage::my_lessons();
                list.push(lesson.to_json());
                match storage::set_my_lessons(&list) {
                    Ok(()) => {
                        error.set(None);
                        saved.set(Some(lesson));
                    }
                    Err(e) => error.set(Some(e)),
                }
            }
        }
    };
    let nav_done = navigate.clone();
    let finish = move |_| {
        let navigate = nav_done.clone();
        leptos::task::spawn_local(async move {
            practice.leave(store).await;
            navigate("/lessons", Default::default());
        });
    };
    let field = move |id: &'static str, label: &'static str, value: RwSignal<String>, required: bool, area: bool| {
        let input = if area {
            view! { <textarea id=id maxlength=MAX_TEXT.to_string() prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea> }.into_any()
        } else {
            view! { <input id=id type="text" required=required maxlength="200" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/> }.into_any()
        };
        view! { <div class="field"><label for=id>{move || t(label)}</label>{input}</div> }
    };
    view! {
        <Console area=Area::Lessons>
            {move || view! { <PageHeader title=t("lesson-write-title") lead=t("lesson-write-lead")/> }}
            {move || match draft.get() {
                None => view! { <p class="hint" role="status">{t("lesson-reading")}</p> }.into_any(),
                Some(None) => view! { <p>{t("lesson-no-recording")}</p><p><A href="/lessons">{t("lessons-title")}</A></p> }.into_any(),
                Some(Some(_)) => match saved.get() {
                    Some(lesson) => {
                        let l = lesson.clone();
                        view! {
                            <div class="banner banner-info" role="status">
                                <p>{t_with("lesson-saved", &[("title", lesson.title.get(lang()).to_string().into())])}</p>
                                <div class="banner-actions">
                                    <button type="button" class="btn btn-secondary" on:click=move |_| { let _ = browser::download(&file_name(&l), "application/json", &l.to_json()); }>{t("lesson-download")}</button>
                                    <button type="button" class="btn btn-primary" on:click=finish.clone()>{t("lesson-back-to-workspace")}</button>
                                </div>
                            </div>
                        }
                        .into_any()
                    }
                    None => view! {
                        <form class="form" on:submit=save novalidate>
                            {field("lesson-title", "lesson-title-label", title, true, false)}
                            {field("lesson-intro", "lesson-intro-label", intro, false, true)}
                            {field("lesson-instruction", "lesson-instruction-label", instruction, true, true)}
                            {field("lesson-hint", "lesson-hint-label", hint, false, true)}
                            <fieldset class="proposals">
                                <legend>{t("lesson-proposed")}</legend>
                                {move || {
                                    let list = kept.get();
                                    if list.is_empty() {
                                        return view! { <p class="hint">{t("lesson-nothing-changed")}</p> }.into_any();
                                    }
                                    list.into_iter().enumerate().map(|(i, k)| {
                                        let words = checkpoint_words(&k.checkpoint);
                                        let keep_id = format!("keep-{i}");
                                        let label_id = format!("label-{i}");
                                        view! {
                                            <div class="proposal">
                                                <input type="checkbox" id=keep_id.clone() prop:checked=move || k.keep.get() on:change=move |ev| k.keep.set(event_target_checked(&ev))/>
                                                <label for=keep_id>{words}</label>
                                                <label class="proposal-label" for=label_id.clone()>{t("lesson-own-words")}</label>
                                                <input type="text" id=label_id maxlength="200" prop:value=move || k.label.get() on:input=move |ev| k.label.set(event_target_value(&ev))/>
                                            </div>
                                        }
                                    }).collect_view().into_any()
                                }}
                            </fieldset>
                            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{text(&e)}</p> })}
                            <div class="form-actions">
                                <button type="submit" class="btn btn-primary">{t("lesson-save")}</button>
                                <button type="button" class="btn btn-secondary" on:click=finish.clone()>{t("lesson-discard")}</button>
                            </div>
                        </form>
                    }
                    .into_any(),
                },
            }}
        </Console>
    }
}
