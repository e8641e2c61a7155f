//! R11/R15 and the security rules: OS passwords appear nowhere but in connection info for the assigned
//! user in LOCAL mode — not in other answers, logs, events, audit entries or the database.

use std::time::Duration;

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{Backend, TestApp, contains_bytes, data, error_code};
use support::ws::{Incoming, WsClient};

/// Every text (and byte) column of every table, as text, through the superuser URL.
async fn postgres_dump(app: &TestApp) -> String {
    let (client, conn) = tokio_postgres::connect(&app.database_url, tokio_postgres::NoTls)
        .await
        .expect("connect to the test database");
    tokio::spawn(async move {
        let _ = conn.await;
    });
    let cols = client
        .query(
            "SELECT table_schema, table_name, column_name FROM information_schema.columns \
             WHERE table_schema NOT IN ('pg_catalog', 'information_schema') \
             AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')",
            &[],
        )
        .await
        .expect("list columns");
    assert!(!cols.is_empty(), "no columns found in the test database");
    let mut dump = String::new();
    for row in cols {
        let (schema, table, column): (String, String, String) = (row.get(0), row.get(1), row.get(2));
        let sql = format!("SELECT coalesce(string_agg(\"{column}\"::text, E'\\n'), '') FROM \"{schema}\".\"{table}\"");
        let text: String = client
            .query_one(&sql, &[])
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .get(0);
        dump.push_str(&text);
        dump.push('\n');
    }
    dump
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn r15_passwords_appear_only_in_the_assigned_users_local_connection_info() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let mut secrets = vec![lab.win_pw.clone(), lab.acme_pw.clone()];
    let mut frames = vec![];
    let mut ws = WsClient::connect_ok(lab.app(), &acme.admin.token).await;
    ws.subscribe("ev", q::DESKTOP_EVENTS, json!({ "d": null })).await;
    let mut ops_ws = WsClient::connect_ok(lab.app(), &lab.ops().token).await;
    ops_ws.subscribe("ev", q::DESKTOP_EVENTS, json!({ "d": null })).await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    // Desktops with image, custom and AD credentials, one imported by a sync.
    let local = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    let custom_desktop = lab.desktop(&acme.admin, ACME, Some(&acme.user)).await;
    let (custom_d, custom_d_name) = (id_of(&custom_desktop), support::world::str_of(&custom_desktop, "name"));
    let ad = id_of(&lab.ad_desktop(&acme.admin, WIN, &acme.user, "acme.example").await);
    let custom = secret();
    secrets.push(custom.clone());
    let vars = json!({ "i": { "desktopId": custom_d, "username": "alice", "password": custom } });
    lab.app().data(&acme.admin, &q::set_desktop_credentials(), vars).await;
    let ad_custom = secret();
    secrets.push(ad_custom.clone());
    let vars = json!({ "i": { "desktopId": ad, "username": "alice", "password": ad_custom } });
    lab.app().data(lab.ops(), &q::set_desktop_credentials(), vars).await;
    let mut inv = support::inventory::inventory("OPENSTACK", lab_items());
    inv["vms"] = json!([{ "id": "vm-imp", "name": "imported", "sourceId": external_id(WIN),
        "bootMode": "uefi", "project": "acme" }]);
    lab.p.write(&inv);
    assert_eq!(lab.w.sync(&lab.p.id).await["status"], "SUCCEEDED");
    let rotated = secret();
    secrets.push(rotated.clone());
    lab.set_os_credentials(lab.ops(), WIN, "Admin2", &rotated).await;
    lab.app()
        .data(&acme.admin, &q::update_credentials(), json!({ "d": local }))
        .await;
    lab.app()
        .data(
            &acme.admin,
            q::UPDATE_CREDENTIALS_FROM_SOURCE,
            json!({ "s": lab.src[WIN], "dry": false }),
        )
        .await;
    let token = lab
        .app()
        .data(&acme.admin, q::ISSUE_AGENT_TOKEN, json!({ "d": local }))
        .await["issueAgentToken"]["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let vars = json!({ "i": { "osType": "windows", "osDistro": "win11", "hostname": "pc" } });
    data(lab.app().gql(Some(&token), &q::report_agent_status(), vars).await);

    // Failures with a password in the request never echo it.
    let echo = secret();
    secrets.push(echo.clone());
    let vars = json!({ "i": { "desktopId": local, "username": "x", "password": echo } });
    assert!(
        error_code(
            &lab.app()
                .call(&globex.admin, &q::set_desktop_credentials(), vars.clone())
                .await
        )
        .is_some()
    );
    assert!(error_code(&lab.app().call(&acme.user, &q::set_desktop_credentials(), vars).await).is_some());
    let vars = json!({ "i": { "id": lab.src[WIN], "username": "x", "password": echo, "expectedVersion": 1 } });
    assert!(error_code(&lab.app().call(lab.ops(), q::SET_OS_CREDENTIALS, vars).await).is_some());
    let vars = json!({ "i": { "desktopId": local, "username": "", "password": echo } });
    assert!(error_code(&lab.app().call(&acme.admin, &q::set_desktop_credentials(), vars).await).is_some());

    // Everything a client reads, through the recorded client.
    for who in [lab.ops(), &acme.admin, &acme.user] {
        lab.list(who, json!(null)).await;
        for id in [&local, &custom_d, &ad] {
            lab.node(who, id).await;
        }
    }
    for id in [&local, &custom_d, &ad] {
        assert!(error_code(&lab.conn_info(&acme.admin, id).await).is_some());
        assert!(error_code(&lab.conn_info(lab.ops(), id).await).is_some());
    }
    let ad_info = data(lab.conn_info(&acme.user, &ad).await);
    assert_eq!(ad_info["connectionInfo"]["password"], Value::Null);
    lab.app().data(lab.ops(), q::AUDIT_LOG, json!({ "first": 100 })).await;
    lab.app().data(&acme.admin, q::AUDIT_LOG, json!({ "first": 100 })).await;
    for s in [support::desktop_lab::WIN, support::desktop_lab::ACME] {
        lab.w.node(lab.ops(), &lab.src[s]).await;
        lab.w.node(&acme.admin, &lab.src[s]).await;
    }
    // The one legitimate place, off the record.
    assert_eq!(lab.conn_ok(&acme.user, &local).await["password"], rotated.as_str());
    assert_eq!(lab.conn_ok(&acme.user, &custom_d).await["password"], custom.as_str());

    for socket in [&mut ws, &mut ops_ws] {
        while let Incoming::Msg(m) = socket.next(Duration::from_secs(2)).await {
            frames.push(m.to_string());
        }
    }
    assert!(frames.len() >= 5, "too few events to check: {frames:?}");

    // Nowhere: responses, logs, SQLite files, events, the platform's inventory, PostgreSQL.
    let pg = if lab.app().backend == Backend::Postgres {
        postgres_dump(lab.app()).await
    } else {
        String::new()
    };
    // Controls: the places searched do hold this test's data, so an absence means something.
    if lab.app().backend == Backend::Postgres {
        assert!(
            pg.contains("acme-local") && pg.contains(&custom_d_name),
            "the dump misses known data"
        );
    } else {
        let db = lab.app().database_bytes();
        assert!(
            contains_bytes(&db, custom_d_name.as_bytes()),
            "the SQLite files miss known data"
        );
    }
    assert!(
        lab.app().transcript().contains("acme-local"),
        "the transcript misses known data"
    );
    assert!(frames.iter().any(|f| f.contains("CREDENTIALS_CHANGED")), "{frames:?}");
    let inventory = std::fs::read_to_string(&lab.p.file).expect("inventory");
    for s in &secrets {
        lab.app().assert_secret_nowhere(s);
        for f in &frames {
            assert!(!f.contains(s.as_str()), "an event frame carries {s}: {f}");
        }
        assert!(!inventory.contains(s.as_str()), "the platform file carries {s}");
        if lab.app().backend == Backend::Postgres {
            assert!(!pg.contains(s.as_str()), "PostgreSQL stores {s} in plain text");
            assert!(!pg.contains(&hex(s)), "PostgreSQL stores {s} as plain bytes");
        } else {
            assert!(!contains_bytes(&lab.app().database_bytes(), hex(s).as_bytes()));
        }
    }
}
