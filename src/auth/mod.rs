//! Authentication: password hashing, tokens, and the per-request [`Viewer`].

pub mod jwt;
pub mod password;
pub mod user_cache;
pub mod viewer;

pub use viewer::Viewer;
