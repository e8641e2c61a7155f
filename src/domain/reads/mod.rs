//! What the API reads, one file per area: each function takes the viewer, makes every role and
//! scope decision through the named checks of `domain::access` (the same ones writes use) and
//! the viewer's scopes (`auth::viewer`), and returns typed rows for the API to project. The API
//! layer holds no connection and decides nothing about who sees what.
//!
//! Rows reached through an object already in the viewer's scope (a desktop's source, owner,
//! tenant and platform; an entry's actor) are read by id with `related` functions.

pub mod accounts;
pub mod audit;
pub mod catalogue;
pub mod desktops;
pub mod platforms;
