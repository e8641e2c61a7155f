//! What agents write (R10): their reports, and the sweep that marks silent agents disconnected.
//!
//! A report always sets when the agent was last seen (`agent_reported_at`) and what it says; it
//! bumps the desktop's version and `updated_at` only when that changes something a reader sees —
//! the agent (re)connects, or the OS, host name or agent version differ from what is stored — so
//! the caller tells from the row written what the report did (see [`ReportWrite`]).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::models::DesktopRow;
use crate::domain::id::DesktopId;
use crate::write_tx;

/// What an agent report says.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AgentFields {
    /// OS type.
    pub agent_os_type: Option<String>,
    /// Distro.
    pub agent_os_distro: Option<String>,
    /// OS version.
    pub agent_os_version: Option<String>,
    /// Host name.
    pub agent_hostname: Option<String>,
    /// Agent version.
    pub agent_version: Option<String>,
}

/// One agent report to write: the desktop, the token it came with, what it says, and when.
#[derive(Debug, Clone)]
pub struct ReportWrite {
    /// The desktop.
    pub id: DesktopId,
    /// The hash of the token the report came with.
    pub token_hash: String,
    /// What it says.
    pub fields: AgentFields,
    /// When it came.
    pub at: NaiveDateTime,
}

/// What a written report did, read from the row it wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The agent was silent (or never reported) and is connected from now on.
    Connected,
    /// The agent was connected; what it says changed.
    Changed,
    /// The agent was connected and says what it said; only when it was seen moved.
    Seen,
}

impl ReportWrite {
    /// What this report did, given the row it wrote.
    pub fn outcome(&self, written: &DesktopRow) -> Outcome {
        if written.agent_connected_since == Some(self.at) {
            Outcome::Connected
        } else if written.updated_at == self.at {
            Outcome::Changed
        } else {
            Outcome::Seen
        }
    }
}

// Both statements see the row as it was before the update on their right-hand sides: "changed"
// is what is stored against what is reported, and a desktop whose agent was silent connects.

/// PostgreSQL: whether a report changes what is stored (`d` is the row before the update).
macro_rules! pg_changed {
    () => {
        "(d.agent_connected_since IS NULL OR d.agent_os_type IS DISTINCT FROM v.os_type \
         OR d.agent_os_distro IS DISTINCT FROM v.os_distro OR d.agent_os_version IS DISTINCT FROM v.os_version \
         OR d.agent_hostname IS DISTINCT FROM v.hostname OR d.agent_version IS DISTINCT FROM v.agent_version)"
    };
}

/// SQLite: the same, for one report bound as `?1`..`?5`.
macro_rules! sqlite_changed {
    () => {
        "(agent_connected_since IS NULL OR agent_os_type IS NOT ?1 OR agent_os_distro IS NOT ?2 \
         OR agent_os_version IS NOT ?3 OR agent_hostname IS NOT ?4 OR agent_version IS NOT ?5)"
    };
}

/// PostgreSQL: many reports in one statement (one round trip, one commit).
const PG_RECORD_REPORTS: &str = concat!(
    "UPDATE desktops AS d SET agent_os_type = v.os_type, agent_os_distro = v.os_distro, \
     agent_os_version = v.os_version, agent_hostname = v.hostname, agent_version = v.agent_version, \
     agent_reported_at = v.reported_at, \
     agent_connected_since = COALESCE(d.agent_connected_since, v.reported_at), \
     version = CASE WHEN ",
    pg_changed!(),
    " THEN d.version + 1 ELSE d.version END, updated_at = CASE WHEN ",
    pg_changed!(),
    " THEN v.reported_at ELSE d.updated_at END \
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], \
     $8::timestamp[]) AS v(id, token_hash, os_type, os_distro, os_version, hostname, agent_version, reported_at) \
     WHERE d.id = v.id AND d.agent_token_hash = v.token_hash RETURNING d.*"
);

/// SQLite: one report (`?6` is its time).
const SQLITE_RECORD_REPORT: &str = concat!(
    "UPDATE desktops SET agent_os_type = ?1, agent_os_distro = ?2, agent_os_version = ?3, \
     agent_hostname = ?4, agent_version = ?5, agent_reported_at = ?6, \
     agent_connected_since = COALESCE(agent_connected_since, ?6), version = CASE WHEN ",
    sqlite_changed!(),
    " THEN version + 1 ELSE version END, updated_at = CASE WHEN ",
    sqlite_changed!(),
    " THEN ?6 ELSE updated_at END WHERE id = ?7 AND agent_token_hash = ?8 RETURNING *"
);

/// Records agent reports (last report wins), each only if its token is still its desktop's, and
/// returns the desktops written; a report whose token was replaced meanwhile writes nothing and
/// is missing from the result. Desktop ids must be distinct. PostgreSQL takes them in one
/// statement; SQLite in one transaction.
pub async fn record_reports(conn: &mut Conn, reports: &[ReportWrite]) -> QueryResult<Vec<DesktopRow>> {
    use diesel::sql_types::{Array, Nullable, Text, Timestamp};
    match &mut *conn {
        Conn::Pg(obj) => {
            let c: &mut diesel_async::AsyncPgConnection = obj;
            let texts = |f: fn(&ReportWrite) -> Option<String>| reports.iter().map(f).collect::<Vec<_>>();
            diesel::sql_query(PG_RECORD_REPORTS)
                .bind::<Array<Text>, _>(reports.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                .bind::<Array<Text>, _>(reports.iter().map(|r| r.token_hash.clone()).collect::<Vec<_>>())
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_os_type.clone()))
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_os_distro.clone()))
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_os_version.clone()))
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_hostname.clone()))
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_version.clone()))
                .bind::<Array<Timestamp>, _>(reports.iter().map(|r| r.at).collect::<Vec<_>>())
                .load::<DesktopRow>(c)
                .await
        }
        Conn::Sqlite(_) => {
            write_tx!(conn, |c| {
                let mut saved = Vec::with_capacity(reports.len());
                for r in reports {
                    let f = &r.fields;
                    let row = diesel::sql_query(SQLITE_RECORD_REPORT)
                        .bind::<Nullable<Text>, _>(&f.agent_os_type)
                        .bind::<Nullable<Text>, _>(&f.agent_os_distro)
                        .bind::<Nullable<Text>, _>(&f.agent_os_version)
                        .bind::<Nullable<Text>, _>(&f.agent_hostname)
                        .bind::<Nullable<Text>, _>(&f.agent_version)
                        .bind::<Timestamp, _>(r.at)
                        .bind::<Text, _>(&r.id)
                        .bind::<Text, _>(&r.token_hash)
                        .get_result::<DesktopRow>(c)
                        .await
                        .optional()?;
                    saved.extend(row);
                }
                Ok::<_, diesel::result::Error>(saved)
            })
        }
    }
}

/// Disconnects silent agents: `?1` now, `?2` the cutoff, `?3` how many at most (`$n` on
/// PostgreSQL).
const DISCONNECT_SILENT: &str = "UPDATE desktops SET agent_connected_since = NULL, \
     version = version + 1, updated_at = ?1 \
     WHERE id IN (SELECT id FROM desktops WHERE agent_connected_since IS NOT NULL \
     AND agent_reported_at < ?2 LIMIT ?3) \
     AND agent_connected_since IS NOT NULL AND agent_reported_at < ?2 RETURNING *";

/// Marks at most `limit` desktops whose agents were last seen before `cutoff` disconnected and
/// returns them. Each row is returned to exactly one caller even when several replicas sweep at
/// once: the update re-checks the row it locks, and a row another sweep disconnected no longer
/// matches.
pub async fn disconnect_silent(
    conn: &mut Conn,
    cutoff: NaiveDateTime,
    at: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<DesktopRow>> {
    use diesel::sql_types::{BigInt, Timestamp};
    let sql = match &*conn {
        Conn::Pg(_) => DISCONNECT_SILENT.replace('?', "$"),
        Conn::Sqlite(_) => DISCONNECT_SILENT.to_owned(),
    };
    write_tx!(conn, |c| {
        diesel::sql_query(sql.as_str())
            .bind::<Timestamp, _>(at)
            .bind::<Timestamp, _>(cutoff)
            .bind::<BigInt, _>(limit)
            .load::<DesktopRow>(c)
            .await
    })
}
