//! Every sealed value in the database, for re-wrapping under a new master key.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::schema::{desktops, platforms, sources};
use crate::{with_conn, write_tx};

/// A column holding sealed values, with the associated-data prefix that binds a value to its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealedColumn {
    /// `platforms.secret_enc`.
    PlatformSecret,
    /// `sources.os_password_enc`.
    SourcePassword,
    /// `desktops.image_password_enc`.
    DesktopImagePassword,
    /// `desktops.custom_password_enc`.
    DesktopCustomPassword,
}

impl SealedColumn {
    /// Every sealed column.
    pub const ALL: [Self; 4] = [
        Self::PlatformSecret,
        Self::SourcePassword,
        Self::DesktopImagePassword,
        Self::DesktopCustomPassword,
    ];

    /// The associated data of the value in row `id`.
    pub fn aad(self, id: &str) -> String {
        match self {
            Self::PlatformSecret => format!("platforms.secret:{id}"),
            Self::SourcePassword => format!("sources.os_password:{id}"),
            Self::DesktopImagePassword => format!("desktops.image_password:{id}"),
            Self::DesktopCustomPassword => format!("desktops.custom_password:{id}"),
        }
    }
}

macro_rules! for_column {
    ($column:expr, |$table:ident, $id:ident, $col:ident| $body:expr) => {
        match $column {
            SealedColumn::PlatformSecret => {
                use platforms::dsl::{id as $id, platforms as $table, secret_enc as $col};
                $body
            }
            SealedColumn::SourcePassword => {
                use sources::dsl::{id as $id, os_password_enc as $col, sources as $table};
                $body
            }
            SealedColumn::DesktopImagePassword => {
                use desktops::dsl::{desktops as $table, id as $id, image_password_enc as $col};
                $body
            }
            SealedColumn::DesktopCustomPassword => {
                use desktops::dsl::{custom_password_enc as $col, desktops as $table, id as $id};
                $body
            }
        }
    };
}

/// (row id, sealed value) of every non-null value in a column.
pub async fn all(conn: &mut Conn, column: SealedColumn) -> QueryResult<Vec<(String, String)>> {
    let rows: Vec<(String, Option<String>)> = for_column!(column, |t, id, c| with_conn!(conn, |db| t
        .filter(c.is_not_null())
        .select((id, c))
        .load(db)
        .await))?;
    Ok(rows.into_iter().filter_map(|(id, v)| v.map(|v| (id, v))).collect())
}

/// Replaces sealed values, in one transaction, only where they are still what was read.
pub async fn replace(
    conn: &mut Conn,
    column: SealedColumn,
    changes: &[(String, String, String)],
) -> QueryResult<usize> {
    for_column!(column, |t, id, c| {
        write_tx!(conn, |db| {
            let mut n = 0;
            for (row, old, new) in changes {
                n += diesel::update(t.filter(id.eq(row)).filter(c.eq(old)))
                    .set(c.eq(new))
                    .execute(db)
                    .await?;
            }
            Ok::<_, diesel::result::Error>(n)
        })
    })
}
