//! The User Activation Portal: sign-in, the verification email, and the tokens in its links.

use crate::support::*;
use flowthrough_core::{AuthMode, Command, Package, SubscriberInput, TemplateInput, Timestamp, Workspace};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_portal_signs_in_and_sends_a_verification_email() {
    let mut ws = Workspace::new();
    let mut tokens = Counter(0);
    let now = Timestamp(1_795_317_420);
    ws.apply(
        Command::CreateTemplate(TemplateInput {
            name: "Untrusted".into(),
            package: Package::Basic,
            auth: AuthMode::BroadWorks,
            untrusted_emails: true,
            share_link: String::new(),
        }),
        now,
        &mut tokens,
    )
    .unwrap();
    let t = *ws.partner().templates().keys().next().unwrap();
    ws.apply(Command::CreateCustomer { name: "Acme".into(), enterprise_id: "acme".into(), template: t }, now, &mut tokens).unwrap();
    let c = *ws.partner().customers().keys().next().unwrap();
    ws.apply(
        Command::ProvisionSubscribers {
            customer: c,
            subscribers: vec![SubscriberInput {
                broadworks_user_id: "2145550100@sp.example".into(),
                name: "Ann Lee".into(),
                package: None,
                email: None,
                portal_password: "pw".into(),
            }],
        },
        now,
        &mut tokens,
    )
    .unwrap();
    let path = ws.partner().templates()[&t].activation_path();
    mount_with(&path, &ws).await;
    assert_eq!(heading("h1"), "Activate Webex");

    type_into("BroadWorks user ID", "2145550100@sp.example");
    type_into("Password", "wrong");
    button("Sign in").click();
    settle().await;
    assert!(alerts().iter().any(|a| a.contains("not correct")));

    type_into("Password", "pw");
    button("Sign in").click();
    settle().await;
    assert_eq!(heading("h1"), "Enter your email address");
    type_into("Email address", "ann@acme.example");
    button("Continue").click();
    settle().await;
    assert_eq!(heading("h1"), "Check your inbox");
    let saved = stored();
    let mail = saved.mail().outbox().last().unwrap();
    assert_eq!(mail.to, "ann@acme.example");
    let token = &mail.link.as_ref().and_then(|l| l.token()).unwrap().0;
    assert_eq!(token.len(), 32, "128-bit token from the browser's CSPRNG");
    assert!(*token != format!("{:032x}", 4), "not from the test's counter");
}

#[wasm_bindgen_test]
fn tokens_are_128_bits_from_the_browsers_cryptographic_source() {
    let tokens: std::collections::HashSet<String> = (0..1_000).map(|_| flowthrough::browser::secure_token().0.to_string()).collect();
    assert_eq!(tokens.len(), 1_000, "no repeats");
    assert!(tokens.iter().all(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit())));
    // Every hex digit turns up in every position, as uniform random bits make sure of.
    for pos in 0..32 {
        let digits: std::collections::HashSet<u8> = tokens.iter().map(|t| t.as_bytes()[pos]).collect();
        assert_eq!(digits.len(), 16, "position {pos}");
    }
}
