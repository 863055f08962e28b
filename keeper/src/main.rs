//! `era-keeper`: run the keeper, or check its configuration and endpoints.

use std::{path::PathBuf, process::ExitCode};

use anyhow::Context;
use clap::{Parser, Subcommand};
use era_keeper::{check, config::Config, pipeline};
use tokio_util::sync::CancellationToken;
use tracing_subscriber::EnvFilter;

/// Watches ERA Metalayer rollups and acts on the hub within governance bounds.
#[derive(Debug, Parser)]
#[command(name = "era-keeper", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the keeper until Ctrl-C.
    Run {
        /// The keeper's TOML config.
        #[arg(long, short, default_value = "keeper.toml")]
        config: PathBuf,
    },
    /// Validate the config and check every endpoint; exits non-zero on any problem.
    Check {
        /// The keeper's TOML config.
        #[arg(long, short, default_value = "keeper.toml")]
        config: PathBuf,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<ExitCode> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
    match Cli::parse().command {
        Command::Run { config } => run(config).await,
        Command::Check { config } => {
            let report = check::check(&config).await;
            print!("{report}");
            if report.passed() {
                println!("all checks passed");
                Ok(ExitCode::SUCCESS)
            } else {
                println!("some checks failed");
                Ok(ExitCode::FAILURE)
            }
        }
    }
}

async fn run(path: PathBuf) -> anyhow::Result<ExitCode> {
    let config = Config::load(&path)?;
    let shutdown = CancellationToken::new();
    let on_ctrl_c = shutdown.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            tracing::info!("Ctrl-C: shutting down");
        }
        on_ctrl_c.cancel();
    });
    pipeline::run(config, shutdown).await.context("keeper stopped with an error")?;
    Ok(ExitCode::SUCCESS)
}
