//! The end user's app: the User Activation Portal and emailed links, without the console
//! (src/end_user.rs). index.html starts it on those addresses when the workspace is this
//! browser's own.
fn main() {
    console_error_panic_hook::set_once();
    flowthrough::end_user::start();
}
