//! `LISTEN`/`NOTIFY` on PostgreSQL: payloads sent on a channel, and a connection of its own
//! (outside the pool) that receives what is sent there.

use diesel::sql_types::{Array, Text};
use diesel::{ConnectionResult, QueryResult};
use diesel_async::{AsyncConnection as _, AsyncPgConnection, RunQueryDsl as _, SimpleAsyncConnection as _};
use futures::{Stream, StreamExt as _};

use super::Conn;

/// Sends every payload on `channel`, in one statement.
pub async fn notify(conn: &mut Conn, channel: &str, payloads: Vec<String>) -> anyhow::Result<()> {
    let Conn::Pg(c) = conn else {
        anyhow::bail!("notifications are a PostgreSQL feature");
    };
    diesel::sql_query("SELECT pg_notify($1, p)::text FROM unnest($2::text[]) AS p")
        .bind::<Text, _>(channel)
        .bind::<Array<Text>, _>(payloads)
        .execute(&mut **c)
        .await?;
    Ok(())
}

/// A dedicated connection that receives notifications.
pub struct Listener(AsyncPgConnection);

impl Listener {
    /// Opens a connection to `database_url`, outside the pool.
    pub async fn connect(database_url: &str) -> ConnectionResult<Self> {
        AsyncPgConnection::establish(database_url).await.map(Self)
    }

    /// Listens on `channel` (an identifier, not a quoted name).
    pub async fn listen(&mut self, channel: &str) -> QueryResult<()> {
        self.0.batch_execute(&format!("LISTEN {channel}")).await
    }

    /// The payloads of the notifications on the channels listened to, as they arrive; ends when
    /// the connection fails.
    pub fn payloads(&mut self) -> impl Stream<Item = String> + '_ {
        self.0
            .notifications_stream()
            .take_while(|n| std::future::ready(n.is_ok()))
            .filter_map(|n| std::future::ready(n.ok().map(|n| n.payload)))
    }
}
