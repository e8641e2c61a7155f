//! The command line.

use clap::{Parser, Subcommand};

/// xspace: image management for a cloud-desktop (VDI) platform.
#[derive(Parser, Debug)]
#[command(name = "xspace", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the API (`/graphql`, `/healthz`, `/readyz`).
    Serve {
        /// Seed simulated platforms, tenants, users and desktops on an empty database.
        #[arg(long)]
        demo: bool,
    },
    /// Run pending migrations and exit.
    Migrate,
    /// Print the GraphQL schema (SDL) that schema.graphql holds.
    ExportSchema,
    /// Administration.
    Admin {
        /// What to administer.
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Master-key management.
    Keys {
        /// What to do with the keys.
        #[command(subcommand)]
        command: KeysCommand,
    },
}

/// Key commands.
#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    /// Re-wrap every secret under XSPACE_MASTER_KEY; old keys must be listed in
    /// XSPACE_MASTER_KEY_PREVIOUS while it runs, and can be retired afterwards.
    Rotate,
}

/// Administration commands.
#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Create a system admin; the password comes from XSPACE_ADMIN_PASSWORD or standard input.
    Create {
        /// Login name.
        #[arg(long)]
        username: String,
    },
}
