//! xspace: the image-management service of a cloud-desktop (VDI) platform.
//!
//! Layers: [`graphql`] (the API) → [`domain`] (the rules) → [`db`] (persistence) and
//! [`platform`] (cloud drivers). [`app::AppState`] holds everything; there are no globals.

pub mod app;
pub mod auth;
pub mod cache;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod events;
pub mod graphql;
pub mod http;
pub mod ids;
pub mod metrics;
pub mod platform;
pub mod telemetry;
