//! The mutation root, merged from one object per area.

mod accounts;
mod catalogue;
mod desktops;
mod platforms;

/// Writes.
#[derive(async_graphql::MergedObject, Default)]
pub struct MutationRoot(
    accounts::AccountMutation,
    platforms::PlatformMutation,
    catalogue::CatalogueMutation,
    desktops::DesktopMutation,
);
