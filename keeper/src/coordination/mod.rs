//! Several keeper instances sharing one database: [`lease`]s decide which instance acts on
//! which key, and a failed instance's leases expire so another takes its work up.

pub mod lease;
