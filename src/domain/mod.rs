//! The rules (DESIGN §2): no SQL and no HTTP here, only decisions and their order.

pub mod access;
pub mod accounts;
pub mod catalogue;
pub mod platforms;
pub mod readiness;
pub mod sync;
pub mod validate;
pub mod values;
