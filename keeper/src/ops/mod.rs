//! Operating the keeper: its [`config`] file, the pre-flight [`check`] of a deployment, and the
//! [`http`] endpoint (health, metrics, observations).

pub mod check;
pub mod config;
pub mod http;
