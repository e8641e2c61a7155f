//! The rules: no SQL and no HTTP here, only decisions and their order.

pub mod access;
pub mod accounts;
pub mod agent_cache;
pub mod agent_sweep;
pub mod agents;
pub mod api_tokens;
pub mod audit;
pub mod boot_copy;
pub mod capabilities;
pub mod catalogue;
pub mod credentials;
pub mod desktop_readiness;
pub mod desktops;
pub mod import;
pub mod keys;
pub mod platform_cache;
pub mod platforms;
pub mod presence;
pub mod readiness;
pub mod report_queue;
pub mod schedule;
pub mod sync;
pub mod sync_gate;
pub mod throttle;
pub mod validate;
pub mod values;
