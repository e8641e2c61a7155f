//! Cloud platforms and their project → tenant mappings.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::batch::BatchInsert as _;
use super::models::{PlatformRow, ProjectRow};
use super::schema::platform_projects::dsl as pp;
use super::schema::platforms::dsl as p;
use crate::domain::id::PlatformId;
use crate::platform::DriverCapabilities;
use crate::{with_conn, write_tx};

/// Inserts a platform with its mapping; `Ok(false)` when the name is taken.
pub async fn insert(conn: &mut Conn, row: &PlatformRow, projects: &[ProjectRow]) -> QueryResult<bool> {
    write_tx!(conn, |c| {
        let taken: i64 = p::platforms.filter(p::name.eq(&row.name)).count().get_result(c).await?;
        if taken > 0 {
            return Ok(false);
        }
        diesel::insert_into(p::platforms).values(row).execute(c).await?;
        c.insert_projects(projects).await?;
        Ok(true)
    })
}

/// A platform by id.
pub async fn find(conn: &mut Conn, id: &PlatformId) -> QueryResult<Option<PlatformRow>> {
    with_conn!(conn, |c| p::platforms
        .find(id)
        .select(PlatformRow::as_select())
        .first(c)
        .await
        .optional())
}

/// Platforms by id (data loader).
pub async fn find_many(conn: &mut Conn, ids: &[PlatformId]) -> QueryResult<Vec<PlatformRow>> {
    with_conn!(conn, |c| p::platforms
        .filter(p::id.eq_any(ids))
        .select(PlatformRow::as_select())
        .load(c)
        .await)
}

/// Every platform, by name.
pub async fn all(conn: &mut Conn) -> QueryResult<Vec<PlatformRow>> {
    with_conn!(conn, |c| p::platforms
        .order((p::name.asc(), p::id.asc()))
        .select(PlatformRow::as_select())
        .load(c)
        .await)
}

/// A platform's project mapping, in order.
pub async fn projects(conn: &mut Conn, platform_id: &PlatformId) -> QueryResult<Vec<ProjectRow>> {
    with_conn!(conn, |c| {
        pp::platform_projects
            .filter(pp::platform_id.eq(platform_id))
            .order(pp::position.asc())
            .select(ProjectRow::as_select())
            .load(c)
            .await
    })
}

/// Replaces a platform's row (name, endpoint, secret, interval, settings, capabilities) and, when given, its mapping.
/// `Ok(false)` when the new name is taken by another platform.
pub async fn update(conn: &mut Conn, row: &PlatformRow, projects: Option<&[ProjectRow]>) -> QueryResult<bool> {
    write_tx!(conn, |c| {
        let taken: i64 = p::platforms
            .filter(p::name.eq(&row.name))
            .filter(p::id.ne(&row.id))
            .count()
            .get_result(c)
            .await?;
        if taken > 0 {
            return Ok(false);
        }
        diesel::update(p::platforms.find(&row.id))
            .set((
                p::name.eq(&row.name),
                p::endpoint.eq(&row.endpoint),
                p::secret_enc.eq(&row.secret_enc),
                p::sync_interval_seconds.eq(row.sync_interval_seconds),
                p::placement.eq(&row.placement),
                p::uefi_setting.eq(row.uefi_setting),
                p::cap_boot_mode_editable.eq(row.cap_boot_mode_editable),
                p::cap_video_model_editable.eq(row.cap_video_model_editable),
                p::cap_boot_mode_copy.eq(row.cap_boot_mode_copy),
                p::cap_uefi.eq(row.cap_uefi),
                p::version.eq(p::version + 1),
            ))
            .execute(c)
            .await?;
        if let Some(projects) = projects {
            diesel::delete(pp::platform_projects.filter(pp::platform_id.eq(&row.id)))
                .execute(c)
                .await?;
            c.insert_projects(projects).await?;
        }
        Ok(true)
    })
}

/// Records whether the last sync reached the platform.
pub async fn set_available(conn: &mut Conn, id: &PlatformId, available: bool) -> QueryResult<()> {
    with_conn!(conn, |c| {
        diesel::update(p::platforms.find(id))
            .set(p::available.eq(Some(available)))
            .execute(c)
            .await?;
        Ok(())
    })
}

/// Records what the platform's driver answered it can do.
pub async fn set_capabilities(conn: &mut Conn, id: &PlatformId, caps: &DriverCapabilities) -> QueryResult<()> {
    with_conn!(conn, |c| {
        diesel::update(p::platforms.find(id))
            .set((
                p::cap_boot_mode_editable.eq(Some(caps.boot_mode_editable)),
                p::cap_video_model_editable.eq(Some(caps.video_model_editable)),
                p::cap_boot_mode_copy.eq(Some(caps.boot_mode_copy)),
                p::cap_uefi.eq(Some(caps.uefi)),
            ))
            .execute(c)
            .await?;
        Ok(())
    })
}

/// Deletes a platform; its sources, runs and mapping go with it (cascade).
pub async fn delete(conn: &mut Conn, id: &PlatformId) -> QueryResult<usize> {
    write_tx!(conn, |c| diesel::delete(p::platforms.find(id)).execute(c).await)
}
