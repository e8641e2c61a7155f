//! The committed `schema.graphql` is what the code generates.

use std::process::Stdio;

use support::harness::{bin, show};

#[tokio::test]
async fn schema_graphql_matches_export_schema() {
    let out = tokio::process::Command::new(bin())
        .arg("export-schema")
        .env_remove("DATABASE_URL")
        .stdin(Stdio::null())
        .output()
        .await
        .expect("run xspace export-schema");
    assert_eq!(out.status.code(), Some(0), "export-schema failed: {}", show(&out));
    let generated = String::from_utf8(out.stdout).expect("UTF-8 schema");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.graphql");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        generated.trim_end() == committed.trim_end(),
        "schema.graphql at the repository root is out of date (or missing).\n\
         Regenerate it with:  cargo run -- export-schema > schema.graphql\n\
         and review the diff before committing."
    );
    // The contract's names are in it.
    for name in [
        "vdiImages",
        "vdiTemplates",
        "customImages",
        "customTemplates",
        "syncCloudPlatform",
        "setBootMode",
        "interface BootSource",
        "syncEvents",
    ] {
        assert!(generated.contains(name), "the generated schema lacks {name}");
    }
}
