fn main() {
    console_error_panic_hook::set_once();
    // The static frame index.html painted while the wasm loaded gives way to the app.
    flowthrough::end_user::leave_boot();
    flowthrough::theme::Theme::chosen().apply();
    flowthrough::theme::follow_system();
    leptos::mount::mount_to_body(flowthrough::App);
    flowthrough::browser::title_follows_heading();
}
