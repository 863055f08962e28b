//! Progress reporting for long deployments: the CLI shows it, tests ignore it.

/// Receives progress while a devnet comes up.
pub trait Progress: Send + Sync {
    /// A step started, e.g. "hub: deploying EraToken".
    fn step(&self, message: &str);
}

/// Ignores progress.
#[derive(Debug, Default, Clone, Copy)]
pub struct Quiet;

impl Progress for Quiet {
    fn step(&self, _message: &str) {}
}
