//! The mutation root, merged from one object per area.

mod accounts;
pub mod api_tokens;
mod catalogue;
mod desktops;
mod platforms;

/// Writes. The rules named R1–R16 in these descriptions are stated in docs/RULES.md of the
/// xspace repository.
#[derive(async_graphql::MergedObject, Default)]
pub struct MutationRoot(
    accounts::AccountMutation,
    platforms::PlatformMutation,
    catalogue::CatalogueMutation,
    desktops::DesktopMutation,
    api_tokens::ApiTokenMutation,
);
