//! Closed sets stored as TEXT in their fixed spelling: written with `as_str`, read with `FromStr`.
//! A stored spelling that names no value is a deserialization error (the row is corrupt).
//! Ids (`domain::id`) are stored as TEXT too: written with `as_str`, read into their type.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, Queryable};
use diesel::expression::AsExpression;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::{Nullable, SingleValue, Text};

use crate::domain::id::{ApiTokenId, AuditEntryId, DesktopId, PlatformId, SourceId, SyncRunId, TenantId, UserId};
use crate::domain::values::{BootMode, LoginMode, PlatformKind, Resource, Role, SyncStatus};

/// What every value stored as TEXT shares, whatever it is: written with `as_str` (owned values
/// through `$owned`, which `stored_enum!` and `stored_id!` give), read as a whole column.
macro_rules! stored_text {
    ($name:ty, owned: $owned:ty) => {
        impl<DB: Backend> ToSql<Text, DB> for $name
        where
            str: ToSql<Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
                <str as ToSql<Text, DB>>::to_sql(self.as_str(), out)
            }
        }

        impl<DB: Backend, ST: SingleValue> Queryable<ST, DB> for $name
        where
            Self: FromSql<ST, DB>,
        {
            type Row = Self;

            fn build(row: Self) -> deserialize::Result<Self> {
                Ok(row)
            }
        }

        stored_text!(@expr $name, $owned, Text);
        stored_text!(@expr $name, $owned, Nullable<Text>);
    };
    (@expr $name:ty, $owned:ty, $sql:ty) => {
        impl AsExpression<$sql> for $name {
            type Expression = <$owned as AsExpression<$sql>>::Expression;

            fn as_expression(self) -> Self::Expression {
                AsExpression::<$sql>::as_expression(<$owned>::from(self))
            }
        }

        impl<'a> AsExpression<$sql> for &'a $name {
            type Expression = <&'a str as AsExpression<$sql>>::Expression;

            fn as_expression(self) -> Self::Expression {
                AsExpression::<$sql>::as_expression(self.as_str())
            }
        }

        impl<'a> AsExpression<$sql> for &&'a $name {
            type Expression = <&'a str as AsExpression<$sql>>::Expression;

            fn as_expression(self) -> Self::Expression {
                AsExpression::<$sql>::as_expression(self.as_str())
            }
        }
    };
}

/// Makes each `spelled_enum!` type a diesel TEXT value, in both directions, on every backend: a
/// stored spelling that names no value fails the read.
macro_rules! stored_enum {
    ($($name:ty),+ $(,)?) => {$(
        impl<DB: Backend> FromSql<Text, DB> for $name
        where
            String: FromSql<Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                Ok(String::from_sql(bytes)?.parse::<$name>()?)
            }
        }

        impl From<$name> for &'static str {
            fn from(value: $name) -> Self {
                value.as_str()
            }
        }

        stored_text!($name, owned: &'static str);
    )+};
}

stored_enum!(Role, PlatformKind, Resource, BootMode, SyncStatus, LoginMode);

/// Makes each `domain::id` type a diesel TEXT value, in both directions, on every backend.
macro_rules! stored_id {
    ($($name:ty),+ $(,)?) => {$(
        // Lists of ids compared with a nullable column (`eq_any`) bind each id as `Nullable<Text>`.
        impl<DB: Backend> ToSql<Nullable<Text>, DB> for $name
        where
            str: ToSql<Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
                <str as ToSql<Text, DB>>::to_sql(self.as_str(), out)
            }
        }

        impl<DB: Backend> FromSql<Text, DB> for $name
        where
            String: FromSql<Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                Ok(<$name>::from_internal(String::from_sql(bytes)?))
            }
        }

        stored_text!($name, owned: String);
    )+};
}

stored_id!(
    TenantId,
    UserId,
    PlatformId,
    SourceId,
    DesktopId,
    SyncRunId,
    AuditEntryId,
    ApiTokenId
);

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use diesel::dsl::sql;
    use diesel::{Connection, IntoSql, RunQueryDsl, SqliteConnection};

    use super::*;

    #[test]
    fn values_are_written_in_their_spelling_and_read_back() {
        let mut c = SqliteConnection::establish(":memory:").unwrap();
        let spelled: String = diesel::select(LoginMode::AdDomain.into_sql::<Text>())
            .get_result(&mut c)
            .unwrap();
        assert_eq!(spelled, "AD_DOMAIN");
        let role: Role = diesel::select(sql::<Text>("'TENANT_ADMIN'"))
            .get_result(&mut c)
            .unwrap();
        assert_eq!(role, Role::TenantAdmin);
        let none: Option<BootMode> = diesel::select(sql::<Nullable<Text>>("NULL"))
            .get_result(&mut c)
            .unwrap();
        assert_eq!(none, None);
    }

    #[test]
    fn ids_are_written_as_their_text_and_read_back() {
        let mut c = SqliteConnection::establish(":memory:").unwrap();
        let id = TenantId::new();
        let written: String = diesel::select((&id).into_sql::<Text>()).get_result(&mut c).unwrap();
        assert_eq!(written, id.as_str());
        let read: TenantId = diesel::select(id.clone().into_sql::<Text>())
            .get_result(&mut c)
            .unwrap();
        assert_eq!(read, id);
        let none: Option<UserId> = diesel::select(sql::<Nullable<Text>>("NULL"))
            .get_result(&mut c)
            .unwrap();
        assert_eq!(none, None);
    }

    #[test]
    fn a_spelling_that_names_no_value_fails_the_read() {
        let mut c = SqliteConnection::establish(":memory:").unwrap();
        let read = diesel::select(sql::<Text>("'running'")).get_result::<SyncStatus>(&mut c);
        assert!(
            matches!(&read, Err(diesel::result::Error::DeserializationError(_))),
            "{read:?}"
        );
        assert!(
            format!("{read:?}").contains(r#"unknown SyncStatus \"running\""#),
            "{read:?}"
        );
        let read = diesel::select(sql::<Nullable<Text>>("''")).get_result::<Option<PlatformKind>>(&mut c);
        assert!(read.is_err());
    }
}
