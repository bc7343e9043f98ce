//! `/lessons/class`: start a class (a trainer) or join one by its link (a trainee);
//! `/lessons/class/board`: the trainer's board, one row per trainee and a column per checkpoint,
//! live; `/lessons/class/follow/:user`: a trainee's copy, followed live and read only.

use crate::components::{Area, Console, PageHeader};
use crate::i18n::{t, t_with, text};
use crate::lesson::{checkpoint_words, class, lang, time_taken};
use crate::storage::{self, shared::Seat};
use crate::store::Store;
use crate::browser;
use flowthrough_core::lesson::class::{Board, ClockMessage, Follow};
use flowthrough_core::lesson::{builtin, Lesson};
use flowthrough_core::text::Text;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};


/// Every lesson a class can run: the built-in ones and the person's own.
fn all_lessons() -> Vec<Lesson> {
    let mut v = builtin::lessons();
    v.extend(storage::my_lessons().iter().filter_map(|f| Lesson::read(f).ok()));
    v
}

/// The seat a form's fields give: server, class, user and name, trimmed.
fn seat_of([server, class, user, name]: [RwSignal<String>; 4]) -> Seat {
    let get = |s: RwSignal<String>| s.get_untracked().trim().to_string();
    Seat { server: get(server), class: get(class), user: get(user), name: get(name) }
}

fn input(id: &'static str, label: &'static str, value: RwSignal<String>, kind: &'static str) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{move || t(label)}</label>
            <input id=id type=kind autocomplete="off" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// `/lessons/class`.
#[component]
pub fn ClassPage() -> impl IntoView {
    let store = Store::get();
    let practice = crate::lesson::Practice::get();
    let query = use_query_map();
    let navigate = use_navigate();
    let q = |k: &str| query.with_untracked(|q| q.get(k).unwrap_or_default());
    let joining = !q("class").is_empty();
    // Join (a trainee).
    let j_server = RwSignal::new(if joining { q("server") } else { "ws://127.0.0.1:9222".into() });
    let j_class = RwSignal::new(q("class"));
    let j_user = RwSignal::new(String::new());
    let j_password = RwSignal::new(String::new());
    let j_name = RwSignal::new(String::new());
    let j_error = RwSignal::new(None::<Text>);
    let j_busy = RwSignal::new(false);
    // Start (a trainer).
    let s_server = RwSignal::new("ws://127.0.0.1:9222".to_string());
    let s_class = RwSignal::new(String::new());
    let s_user = RwSignal::new(String::new());
    let s_password = RwSignal::new(String::new());
    let s_name = RwSignal::new(String::new());
    let s_lesson = RwSignal::new(0usize);
    let s_error = RwSignal::new(None::<Text>);
    let s_busy = RwSignal::new(false);
    let lessons = StoredValue::new(all_lessons());
    let nav_join = navigate.clone();
    let join = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let seat = seat_of([j_server, j_class, j_user, j_name]);
        if seat.name.is_empty() || seat.user.is_empty() || !class::valid_name(&seat.class) {
            j_error.set(Some(Text::new("class-join-incomplete")));
            return;
        }
        let password = j_password.get_untracked();
        let navigate = nav_join.clone();
        j_busy.set(true);
        leptos::task::spawn_local(async move {
            let joined = async {
                let client = class::connect(&seat, &password).await?;
                let password = password.clone();
                let lesson = class::read_lesson(&client, &seat.class).await?;
                practice.join(store, seat, password, client, lesson).await
            };
            let r = joined.await;
            j_busy.set(false);
            match r {
                Ok(()) => navigate("/lessons/practice", Default::default()),
                Err(e) => j_error.set(Some(e)),
            }
        });
    };
    let nav_start = navigate.clone();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let seat = seat_of([s_server, s_class, s_user, s_name]);
        if seat.user.is_empty() || !class::valid_name(&seat.class) {
            s_error.set(Some(Text::new("class-name-invalid")));
            return;
        }
        let Some(lesson) = lessons.with_value(|l| l.get(s_lesson.get_untracked()).cloned()) else { return };
        let password = s_password.get_untracked();
        let navigate = nav_start.clone();
        s_busy.set(true);
        leptos::task::spawn_local(async move {
            let r = class::start(seat, &password, lesson).await;
            s_busy.set(false);
            match r {
                Ok(()) => navigate("/lessons/class/board", Default::default()),
                Err(e) => s_error.set(Some(e)),
            }
        });
    };
    let join_form = view! {
        <section class="settings-section" aria-labelledby="class-join">
            <h2 id="class-join">{move || t("class-join-title")}</h2>
            <p class="hint">{move || t("class-join-lead")}</p>
            <form class="form" on:submit=join>
                {input("join-server", "class-server", j_server, "text")}
                {input("join-class", "class-name", j_class, "text")}
                {input("join-user", "class-user", j_user, "text")}
                {input("join-password", "class-password", j_password, "password")}
                {input("join-name", "class-your-name", j_name, "text")}
                {move || j_error.get().map(|e| view! { <p class="field-error" role="alert">{text(&e)}</p> })}
                <div class="form-actions"><button type="submit" class="btn btn-primary" disabled=move || j_busy.get()>{move || t("class-join")}</button></div>
            </form>
        </section>
    };
    let start_form = view! {
        <section class="settings-section" aria-labelledby="class-start">
            <h2 id="class-start">{move || t("class-start-title")}</h2>
            <p class="hint">{move || t("class-start-lead")}</p>
            {move || storage::shared::trainer_seat().map(|seat| view! {
                <p><A href="/lessons/class/board">{t_with("class-open-board", &[("class", seat.class.into())])}</A></p>
            })}
            <form class="form" on:submit=start>
                <div class="field">
                    <label for="start-lesson">{move || t("class-lesson")}</label>
                    <select id="start-lesson" on:change=move |ev| s_lesson.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {move || lessons.with_value(|l| l.iter().enumerate().map(|(i, l)| view! { <option value=i.to_string()>{l.title.get(lang()).to_string()}</option> }).collect_view())}
                    </select>
                </div>
                {input("start-server", "class-server", s_server, "text")}
                {input("start-class", "class-name", s_class, "text")}
                {input("start-user", "class-user", s_user, "text")}
                {input("start-password", "class-password", s_password, "password")}
                {input("start-name", "class-your-name", s_name, "text")}
                {move || s_error.get().map(|e| view! { <p class="field-error" role="alert">{text(&e)}</p> })}
                <div class="form-actions"><button type="submit" class="btn btn-primary" disabled=move || s_busy.get()>{move || t("class-start")}</button></div>
            </form>
        </section>
    };
    view! {
        <Console area=Area::Lessons>
            {move || view! { <PageHeader title=t("class-title") lead=t("class-lead")/> }}
            {join_form}
            {(!joining).then_some(start_form)}
        </Console>
    }
}


/// `/lessons/class/board`.
#[component]
pub fn BoardPage() -> impl IntoView {
    let store = Store::get();
    let board = RwSignal::new(Board::default());
    let running = RwSignal::new(class::trainer().is_some());
    let error = RwSignal::new(None::<Text>);
    let password = RwSignal::new(String::new());
    let days = RwSignal::new("14".to_string());
    let now = RwSignal::new(browser::real_now());
    // "Stuck" depends on the time: looked at again every five seconds.
    let ticker = set_interval_with_handle(move || now.set(browser::real_now()), std::time::Duration::from_secs(5));
    on_cleanup(move || {
        if let Ok(t) = ticker {
            t.clear();
        }
    });
    let watch = move || {
        let Some(r) = class::trainer() else { return };
        leptos::task::spawn_local(async move {
            let lesson = r.lesson.clone();
            let on = move |batch: Vec<(String, Vec<u8>)>| {
                board.update(|b| {
                    for (tail, bytes) in batch {
                        if let Some(user) = tail.strip_prefix("progress.") {
                            b.receive(user, &bytes, &lesson);
                        }
                    }
                });
                now.set(browser::real_now());
            };
            if let Err(e) = class::watch(&r.client, &r.seat.class, "progress.*", "board", on).await {
                error.set(Some(e));
            }
        });
    };
    watch();
    let reconnect = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            match class::reconnect(&password.get_untracked()).await {
                Ok(()) => {
                    error.set(None);
                    running.set(true);
                    watch();
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let clock = move |_| {
        let Some(r) = class::trainer() else { return };
        let Ok(d) = days.get_untracked().trim().parse::<u16>() else {
            error.set(Some(Text::new("class-days-invalid")));
            return;
        };
        let step = ClockMessage { id: js_sys::Date::now() as u64, days: d };
        if ClockMessage::decode(&step.encode()).is_none() {
            error.set(Some(Text::new("class-days-invalid")));
            return;
        }
        leptos::task::spawn_local(async move {
            match r.client.class_send(&r.seat.class, "clock", &step.encode(), &format!("clock.{}", step.id)).await {
                Ok(_) => {
                    error.set(None);
                    store.notify(t_with("class-clock-sent", &[("count", d.into())]));
                }
                Err(e) => error.set(Some(class::server_error(e))),
            }
        });
    };
    let table = move || {
        let r = class::trainer()?;
        let lesson = r.lesson.clone();
        let lang = lang();
        let rows = board.with(|b| b.rows(&lesson, now.get()));
        let checkpoints: Vec<_> = lesson.checkpoints().map(|(_, c)| c.clone()).collect();
        let headers = checkpoints
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let words = checkpoint_words(c);
                view! { <th scope="col"><abbr title=words.clone() aria-label=words>{(i + 1).to_string()}</abbr></th> }
            })
            .collect_view();
        let body = if rows.is_empty() {
            view! { <tr><td colspan=(checkpoints.len() + 3).to_string()>{t("class-no-trainees")}</td></tr> }.into_any()
        } else {
            rows.into_iter()
                .map(|row| {
                    let cells = checkpoints
                        .iter()
                        .map(|c| match row.progress.took(&c.id) {
                            Some(secs) => view! { <td class="reached"><span aria-hidden="true">"✓ "</span><span class="visually-hidden">{t("lesson-reached")} " "</span>{time_taken(secs)}</td> }.into_any(),
                            None => view! { <td class="not-reached"><span aria-hidden="true">"—"</span><span class="visually-hidden">{t("lesson-not-reached")}</span></td> }.into_any(),
                        })
                        .collect_view();
                    let status = if row.complete {
                        view! { <span class="badge badge-good">{t("class-done")}</span> }.into_any()
                    } else if row.stuck {
                        view! { <span class="badge badge-failed">{t("class-stuck")}</span> }.into_any()
                    } else {
                        view! { <span class="badge badge-progress">{t("class-working")}</span> }.into_any()
                    };
                    let last = row.progress.last.as_ref().map(|l| l.what.clone()).unwrap_or_default();
                    let hints = row.progress.hints.len();
                    let follow = format!("/lessons/class/follow/{}", row.user);
                    let follow_label = t_with("class-follow", &[("name", row.name.clone().into())]);
                    let name = row.name.clone();
                    let user = row.user.clone();
                    view! {
                        <tr>
                            <th scope="row"><A href=follow attr:aria-label=follow_label>{name}</A><span class="hint">" (" {user} ")"</span></th>
                            <td>{status}</td>
                            {cells}
                            <td>{last} {(hints > 0).then(|| format!(" · {}", t_with("lesson-hints-used", &[("count", hints.into())])))}</td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any()
        };
        let legend = checkpoints
            .iter()
            .map(|c| {
                let words = checkpoint_words(c);
                view! { <li>{words}</li> }
            })
            .collect_view();
        Some(view! {
            <p class="lead">{lesson.title.get(lang).to_string()}</p>
            <p class="join-link">{t("class-join-link")} " " <code>{class::join_link(&r.seat)}</code></p>
            <div class="table-wrap">
                <table class="table board">
                    <caption class="table-caption">{t("class-board-caption")}</caption>
                    <thead><tr><th scope="col">{t("class-trainee")}</th><th scope="col">{t("class-status")}</th>{headers}<th scope="col">{t("class-last-action")}</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <ol class="board-legend">{legend}</ol>
        })
    };
    view! {
        <Console area=Area::Lessons>
            {move || view! { <PageHeader title=t("class-board-title")/> }}
            {move || error.get().map(|e| view! { <div class="banner banner-error" role="alert"><p>{text(&e)}</p></div> })}
            {move || if running.get() {
                view! {
                    {table}
                    <section class="settings-section" aria-labelledby="class-clock">
                        <h2 id="class-clock">{t("class-clock-title")}</h2>
                        <div class="form-actions">
                            <div class="field"><label for="class-days">{t("class-days")}</label><input id="class-days" type="number" min="1" max="366" prop:value=move || days.get() on:input=move |ev| days.set(event_target_value(&ev))/></div>
                            <button type="button" class="btn btn-primary" on:click=clock>{t("class-clock-button")}</button>
                        </div>
                    </section>
                }.into_any()
            } else {
                match storage::shared::trainer_seat() {
                    Some(seat) => view! {
                        <form class="form" on:submit=reconnect>
                            <p>{t_with("class-reconnect", &[("class", seat.class.into()), ("user", seat.user.into())])}</p>
                            {input("board-password", "class-password", password, "password")}
                            <div class="form-actions"><button type="submit" class="btn btn-primary">{t("class-reconnect-button")}</button></div>
                        </form>
                    }.into_any(),
                    None => view! { <p>{t("class-none")} " " <A href="/lessons/class">{t("class-title")}</A></p> }.into_any(),
                }
            }}
        </Console>
    }
}

/// `/lessons/class/follow/:user`.
#[component]
pub fn FollowPage() -> impl IntoView {
    let params = use_params_map();
    let user = params.with_untracked(|p| p.get("user").unwrap_or_default());
    let follow = RwSignal::new_local(Follow::default());
    let error = RwSignal::new(None::<Text>);
    if let Some(r) = class::trainer() {
        let who = user.clone();
        leptos::task::spawn_local(async move {
            let on = move |batch: Vec<(String, Vec<u8>)>| {
                follow.update(|f| {
                    for (_, bytes) in batch {
                        f.receive(&bytes);
                    }
                });
            };
            if let Err(e) = class::watch(&r.client, &r.seat.class, &format!("log.{who}"), &format!("follow.{who}"), on).await {
                error.set(Some(e));
            }
        });
    }
    let title = t_with("class-follow-title", &[("user", user.clone().into())]);
    view! {
        <Console area=Area::Lessons>
            <PageHeader title=title lead=t("class-follow-lead")/>
            <p><A href="/lessons/class/board">{move || t("class-board-title")}</A></p>
            {move || error.get().map(|e| view! { <div class="banner banner-error" role="alert"><p>{text(&e)}</p></div> })}
            {move || follow.with(|f| match &f.ws {
                None => view! { <p class="hint" role="status">{t("class-follow-waiting")}</p> }.into_any(),
                Some(ws) => copy_view(ws).into_any(),
            })}
        </Console>
    }
}

/// A followed copy: its subscribers, users and latest changes.
fn copy_view(ws: &flowthrough_core::Workspace) -> impl IntoView {
    let subscribers = ws
        .partner()
        .subscribers()
        .values()
        .map(|s| view! { <tr><td>{s.broadworks_user_id.to_string()}</td><td>{s.name.to_string()}</td><td>{crate::i18n::status(s.status)}</td></tr> })
        .collect_view();
    let users = ws
        .control()
        .users()
        .values()
        .map(|u| {
            let org = ws.control().orgs().get(&u.org).map(|o| o.name.clone()).unwrap_or_default();
            view! { <tr><td>{u.email.to_string()}</td><td>{org}</td><td>{crate::i18n::state(u.state)}</td></tr> }
        })
        .collect_view();
    let changes = ws
        .log()
        .entries()
        .loaded()
        .iter()
        .rev()
        .take(12)
        .map(|e| view! { <li>{format!("{} · {} · {}", crate::i18n::time_of_day(e.at), crate::i18n::command(&e.command), crate::i18n::actor(&e.actor))}</li> })
        .collect_view();
    view! {
        <section class="settings-section" aria-labelledby="follow-changes">
            <h2 id="follow-changes">{t("class-follow-changes")}</h2>
            <ol class="events" reversed>{changes}</ol>
        </section>
        <div class="table-wrap">
            <table class="table compact">
                <caption class="table-caption">{t("class-follow-subscribers")}</caption>
                <thead><tr><th scope="col">{t("col-broadworks-id")}</th><th scope="col">{t("col-name")}</th><th scope="col">{t("col-status")}</th></tr></thead>
                <tbody>{subscribers}</tbody>
            </table>
        </div>
        <div class="table-wrap">
            <table class="table compact">
                <caption class="table-caption">{t("class-follow-users")}</caption>
                <thead><tr><th scope="col">{t("col-email")}</th><th scope="col">{t("class-org")}</th><th scope="col">{t("col-state")}</th></tr></thead>
                <tbody>{users}</tbody>
            </table>
        </div>
    }
}
