//! The shared storage suite against both backends: SQLite (in memory) and PostgreSQL (a fresh
//! database per test on the server `pg` finds or starts), plus PostgreSQL-only checks.

use crate::storage_suite;
use era_testkit::pg;

use era_keeper::storage::{self, PostgresStorage, SqliteStorage};

macro_rules! on_sqlite {
    ($case:ident) => {
        #[tokio::test]
        async fn $case() {
            let s = SqliteStorage::connect("sqlite::memory:").await.unwrap();
            storage_suite::$case(&s).await;
        }
    };
}

macro_rules! on_postgres {
    ($case:ident) => {
        #[tokio::test]
        async fn $case() {
            let db = pg::fresh_database().await;
            let s = PostgresStorage::connect(&db.url).await.unwrap();
            storage_suite::$case(&s).await;
            s.pool().close().await;
        }
    };
}

mod sqlite {
    use super::*;
    storage_suite_cases!(on_sqlite);
}

mod postgres {
    use super::*;
    storage_suite_cases!(on_postgres);
}

#[tokio::test]
async fn the_url_selects_the_backend_and_postgres_data_survives_reconnecting() {
    let db = pg::fresh_database().await;
    let s = storage::connect(&db.url).await.unwrap();
    assert!(format!("{s:?}").starts_with("PostgresStorage"), "{s:?}");
    let action = era_keeper::actions::Action::new(
        "k",
        era_keeper::actions::ActionKind::SettleWindow { rollup_id: 1 },
    );
    assert!(s.insert_action(&action, 1).await.unwrap());
    drop(s);
    // Connecting again (migrations already applied) sees the same rows.
    let again = storage::connect(&db.url).await.unwrap();
    assert!(!again.insert_action(&action, 2).await.unwrap());
    assert_eq!(again.unfinished_actions().await.unwrap().len(), 1);
    let sqlite = storage::connect("sqlite::memory:").await.unwrap();
    assert!(format!("{sqlite:?}").starts_with("SqliteStorage"));
    let err = storage::connect("mysql://x").await.unwrap_err();
    assert!(err.to_string().contains("postgres://"), "{err}");
}

#[tokio::test]
async fn concurrent_instances_migrate_one_database_once() {
    let db = pg::fresh_database().await;
    let connects = (0..4).map(|_| PostgresStorage::connect(&db.url));
    for result in futures::future::join_all(connects).await {
        result.expect("every instance connects and sees the schema");
    }
}

#[tokio::test]
async fn fresh_databases_are_dropped_afterwards() {
    use sqlx::{Connection, PgConnection};
    let db = pg::fresh_database().await;
    let name = db.url.rsplit('/').next().unwrap().to_string();
    drop(db);
    let mut admin = PgConnection::connect(pg::server_url()).await.unwrap();
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_database WHERE datname = $1")
        .bind(&name)
        .fetch_one(&mut admin)
        .await
        .unwrap();
    assert_eq!(left, 0, "{name} was not dropped");
}

#[tokio::test]
async fn a_throwaway_cluster_starts_from_the_installed_binaries_and_is_removed() {
    use sqlx::{Connection, PgConnection};
    let cluster = match pg::Cluster::start() {
        Ok(cluster) => cluster,
        // No binaries here: the harness uses a running server; say so rather than pass quietly.
        Err(problem) if problem.contains("apt-get install postgresql") => {
            eprintln!("skipped: {problem}");
            return;
        }
        Err(problem) => panic!("{problem}"),
    };
    let mut connection = PgConnection::connect(&cluster.url).await.unwrap();
    let one: i32 = sqlx::query_scalar("SELECT 1").fetch_one(&mut connection).await.unwrap();
    assert_eq!(one, 1);
    connection.close().await.unwrap();
    let dir = cluster.dir.clone();
    cluster.stop().unwrap();
    assert!(!dir.exists(), "{dir:?} left behind");
}
