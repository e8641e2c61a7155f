//! The second tenant wall: on PostgreSQL the database itself keeps tenants apart.
//! Queries without any of the application's own filters, run as the service's role under one
//! tenant's scope, see nothing of the other tenant and cannot write it; the role owns no table and
//! does not bypass row security; and the service's own sessions really run as that role.

use serde_json::json;

use support::desktop_lab::{ACME, GLOBEX, Lab, WIN};
use support::desktop_queries as q;
use support::harness::{Backend, error_code, pg_connect};

/// Tables with a tenant column, and that column.
const TENANT_TABLES: [(&str, &str); 7] = [
    ("tenants", "id"),
    ("users", "tenant_id"),
    ("platform_projects", "tenant_id"),
    ("sources", "tenant_id"),
    ("desktops", "tenant_id"),
    ("audit_log", "tenant_id"),
    ("api_tokens", "tenant_id"),
];

/// The database key inside a global ID (`base64url("Kind:key")`).
fn raw_id(global: &str) -> String {
    use base64::Engine as _;
    let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(global)
        .expect("a global ID");
    let text = String::from_utf8(decoded).expect("utf-8");
    text.split_once(':').expect("Kind:key").1.to_owned()
}

#[tokio::test]
async fn without_the_application_s_filters_a_tenant_sees_and_writes_nothing_of_another() {
    let lab = Lab::new().await;
    let app = lab.app();
    if app.backend != Backend::Postgres {
        support::skip::say("row-level security is PostgreSQL's; nothing to check on SQLite");
        return;
    }
    let w = &lab.w;
    lab.desktop(&w.acme.admin, ACME, Some(&w.acme.user)).await;
    lab.desktop(&w.acme.admin, WIN, None).await;
    lab.desktop(&w.globex.admin, GLOBEX, Some(&w.globex.user)).await;
    let expires = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    for who in [&w.acme.user, &w.globex.user] {
        app.data(
            who,
            "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token { id } } }",
            json!({ "i": { "name": "automation", "expiresAt": expires } }),
        )
        .await;
    }
    let (acme, globex) = (&raw_id(&w.acme.id), &raw_id(&w.globex.id));

    let db = pg_connect(&app.database_url).await;
    let role = db
        .query_one(
            "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'xspace_app'",
            &[],
        )
        .await
        .expect("role xspace_app");
    assert!(
        !role.get::<_, bool>(0) && !role.get::<_, bool>(1),
        "xspace_app is neither superuser nor BYPASSRLS"
    );
    for (table, _) in TENANT_TABLES {
        let row = db
            .query_one(
                "SELECT c.relrowsecurity, pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.relname = $1",
                &[&table],
            )
            .await
            .expect("table");
        assert!(row.get::<_, bool>(0), "{table} has row-level security on");
        assert_ne!(
            row.get::<_, String>(1),
            "xspace_app",
            "{table} is not owned by the service's role"
        );
    }

    // Every row of every tenant table, as the service's role, under `scope`, with no WHERE.
    let tenants_seen = async |scope: Option<&str>| -> Vec<(String, Vec<Option<String>>)> {
        let mut seen = vec![];
        for (table, column) in TENANT_TABLES {
            let tx_sql = format!(
                "BEGIN; SET LOCAL ROLE xspace_app; {} ",
                scope.map_or(String::new(), |s| format!(
                    "SELECT set_config('xspace.tenant', '{s}', true);"
                ))
            );
            db.batch_execute(&tx_sql).await.expect("begin");
            let rows = db
                .query(&format!("SELECT DISTINCT {column} FROM {table}"), &[])
                .await
                .expect("select");
            db.batch_execute("COMMIT").await.expect("commit");
            seen.push((
                table.to_owned(),
                rows.iter().map(|r| r.get::<_, Option<String>>(0)).collect(),
            ));
        }
        seen
    };
    for (table, values) in tenants_seen(Some(globex)).await {
        assert!(
            !values.is_empty() || table == "audit_log",
            "globex sees its own {table}"
        );
        for v in values {
            assert!(
                v.is_none() || v.as_deref() == Some(globex.as_str()),
                "globex's scope read {table} of tenant {v:?}"
            );
        }
    }
    for (table, values) in tenants_seen(None).await {
        assert!(
            values.iter().all(Option::is_none),
            "no scope, yet {table} showed {values:?}"
        );
    }
    let all: Vec<Option<String>> = tenants_seen(Some("*"))
        .await
        .into_iter()
        .find(|(t, _)| t == "desktops")
        .expect("desktops")
        .1;
    assert!(all.contains(&Some(acme.clone())) && all.contains(&Some(globex.clone())));

    // Writes: globex's scope cannot change or delete acme's rows (nor the system catalogue), nor
    // make rows of acme's or move its own there.
    let begin_as_globex =
        format!("BEGIN; SET LOCAL ROLE xspace_app; SELECT set_config('xspace.tenant', '{globex}', true);");
    for sql in [
        format!("UPDATE desktops SET name = 'taken' WHERE tenant_id = '{acme}'"),
        format!("DELETE FROM desktops WHERE tenant_id = '{acme}'"),
        format!("UPDATE sources SET os_password_enc = NULL WHERE tenant_id = '{acme}' OR tenant_id IS NULL"),
        format!("UPDATE users SET disabled = true WHERE tenant_id = '{acme}'"),
        format!("DELETE FROM audit_log WHERE tenant_id = '{acme}'"),
        format!("UPDATE api_tokens SET revoked_at = now() WHERE tenant_id = '{acme}'"),
        format!("UPDATE api_tokens SET token_hash = 'stolen' WHERE tenant_id IS NULL OR tenant_id = '{acme}'"),
    ] {
        db.batch_execute(&begin_as_globex).await.expect("begin");
        let changed = db.execute(&sql, &[]).await.expect("statement");
        db.batch_execute("ROLLBACK").await.expect("rollback");
        assert_eq!(changed, 0, "{sql}");
    }
    for sql in [
        format!("UPDATE desktops SET tenant_id = '{acme}' WHERE tenant_id = '{globex}'"),
        format!("UPDATE api_tokens SET tenant_id = '{acme}' WHERE tenant_id = '{globex}'"),
        format!(
            "INSERT INTO audit_log (id, at, tenant_id, action, outcome) VALUES ('x', now(), '{acme}', 'forged', 'ok')"
        ),
        "INSERT INTO tenants (id, slug, name, created_at) VALUES ('t-x', 'x', 'x', now())".to_owned(),
    ] {
        db.batch_execute(&begin_as_globex).await.expect("begin");
        let refused = db.execute(&sql, &[]).await;
        db.batch_execute("ROLLBACK").await.expect("rollback");
        let message = format!("{:?}", refused.expect_err(&sql));
        assert!(message.contains("row-level security"), "{sql}: {message}");
    }

    // The service's sessions are that role: take a privilege from it and the API loses it too.
    db.batch_execute("REVOKE SELECT ON desktops FROM xspace_app")
        .await
        .expect("revoke");
    let refused = app.call(&w.acme.admin, &q::desktops(), json!({ "first": 5 })).await;
    db.batch_execute("GRANT SELECT ON desktops TO xspace_app")
        .await
        .expect("grant");
    assert_eq!(error_code(&refused).as_deref(), Some("INTERNAL"), "{refused}");
    let listed = app.data(&w.acme.admin, &q::desktops(), json!({ "first": 5 })).await;
    assert_eq!(listed["desktops"]["totalCount"], 2, "{listed}");
}
