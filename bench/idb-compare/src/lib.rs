#[cfg(feature = "hand")]
mod hand;
#[cfg(feature = "crate")]
mod krate;
