//! Session advisory locks on PostgreSQL: a lock named by a string, held by the session that took
//! it until that session lets go of it or ends. SQLite (one process) has none: every lock is
//! granted there.

use diesel::QueryResult;
use diesel::sql_types::{Bool, Text};
use diesel_async::RunQueryDsl as _;
use diesel_async::pooled_connection::deadpool::Object;

use super::Conn;

/// Takes the lock `name` for this connection's session, when no other session holds it.
pub async fn try_lock(conn: &mut Conn, name: &str) -> QueryResult<bool> {
    advisory(conn, "pg_try_advisory_lock", name).await
}

/// Lets go of the lock `name` this connection's session holds (false when it held none).
pub async fn unlock(conn: &mut Conn, name: &str) -> QueryResult<bool> {
    advisory(conn, "pg_advisory_unlock", name).await
}

/// Closes the connection instead of handing it back to the pool: its session ends, and every
/// lock it holds with it.
pub fn end_session(conn: Conn) {
    match conn {
        Conn::Sqlite(obj) => drop(Object::take(obj)),
        Conn::Pg(obj) => drop(Object::take(obj)),
    }
}

async fn advisory(conn: &mut Conn, function: &str, name: &str) -> QueryResult<bool> {
    #[derive(diesel::QueryableByName)]
    struct Answer {
        #[diesel(sql_type = Bool)]
        ok: bool,
    }
    let Conn::Pg(c) = conn else {
        return Ok(true);
    };
    let sql = format!("SELECT {function}(hashtextextended($1, 0)) AS ok");
    let answer: Answer = diesel::sql_query(sql)
        .bind::<Text, _>(name)
        .get_result(&mut **c)
        .await?;
    Ok(answer.ok)
}
