//! Classes on the NATS server that sharing uses (`storage::shared`): the trainer starts one from
//! a lesson and watches the board; each trainee joins by the link and practises on their own
//! copy, whose progress and log go to the class (the runtime sends them). What the messages
//! mean, and who is stuck, is the core's (`flowthrough_core::lesson::class`).

use crate::i18n::t;
use crate::storage::shared::{self, Client, Seat};
use flowthrough_core::lesson::Lesson;
use flowthrough_core::text::Text;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// The class this browser runs, connected.
#[derive(Clone)]
pub struct Running {
    /// How it is reached.
    pub seat: Seat,
    /// The connection.
    pub client: Rc<Client>,
    /// Its lesson.
    pub lesson: Arc<Lesson>,
}

/// The callbacks the client calls as a class's messages arrive (kept alive while it runs).
type Callbacks = Vec<Closure<dyn FnMut(JsValue)>>;

thread_local! {
    static TRAINER: RefCell<Option<Running>> = const { RefCell::new(None) };
    static KEEP: RefCell<Callbacks> = const { RefCell::new(Vec::new()) };
}

/// The class this browser runs, if connected.
pub fn trainer() -> Option<Running> {
    TRAINER.with(|t| t.borrow().clone())
}

/// What went wrong with the server, in the person's words.
pub fn server_error(e: shared::ShareError) -> Text {
    e.text()
}

pub use flowthrough_core::lesson::class::valid_name;


/// Connects as `seat.user`.
pub async fn connect(seat: &Seat, password: &str) -> Result<Client, Text> {
    shared::connect(&seat.server, &seat.user, password, &seat.name).await.map_err(server_error)
}

/// Starts a class of `lesson` and keeps it as this browser's.
pub async fn start(seat: Seat, password: &str, lesson: Lesson) -> Result<(), Text> {
    if !valid_name(&seat.class) {
        return Err(Text::new("class-name-invalid"));
    }
    let client = connect(&seat, password).await?;
    client.start_class(&seat.class, lesson.to_json().as_bytes()).await.map_err(server_error)?;
    shared::set_trainer_seat(Some(&seat));
    TRAINER.with(|t| *t.borrow_mut() = Some(Running { seat, client: Rc::new(client), lesson: Arc::new(lesson) }));
    Ok(())
}

/// Reconnects to the class this browser runs (after a reload).
pub async fn reconnect(password: &str) -> Result<(), Text> {
    let seat = shared::trainer_seat().ok_or_else(|| Text::new("class-none"))?;
    let client = connect(&seat, password).await?;
    let lesson = read_lesson(&client, &seat.class).await?;
    TRAINER.with(|t| *t.borrow_mut() = Some(Running { seat, client: Rc::new(client), lesson: Arc::new(lesson) }));
    Ok(())
}


/// The class's lesson, as the server has it.
pub async fn read_lesson(client: &Client, class: &str) -> Result<Lesson, Text> {
    let bytes = client.read_class_lesson(class).await.map_err(server_error)?;
    let text = String::from_utf8(bytes).map_err(|_| Text::new("class-lesson-unreadable"))?;
    Lesson::read(&text).map_err(|e| e.text())
}

/// Follows the class's messages on `filter`, calling `on` with each batch of (tail, bytes).
pub async fn watch(client: &Client, class: &str, filter: &str, key: &str, mut on: impl FnMut(Vec<(String, Vec<u8>)>) + 'static) -> Result<(), Text> {
    let closure = Closure::<dyn FnMut(JsValue)>::new(move |batch: JsValue| {
        on(shared::class_messages_of(&batch).into_iter().map(|(tail, _, bytes)| (tail, bytes)).collect());
    });
    client.class_watch(class, filter, key, &closure).await.map_err(server_error)?;
    KEEP.with(|k| k.borrow_mut().push(closure));
    Ok(())
}

/// The link trainees open to join (the server and the class's name; never a credential).
pub fn join_link(seat: &Seat) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    format!("{origin}/lessons/class?server={}&class={}", enc(&seat.server), enc(&seat.class))
}

/// "Online" or why not, for the class's status line.
pub fn link_words(online: bool, waiting: usize) -> String {
    if online && waiting == 0 {
        t("class-online")
    } else if online {
        crate::i18n::t_with("class-sending", &[("count", waiting.into())])
    } else {
        crate::i18n::t_with("class-offline", &[("count", waiting.into())])
    }
}
