//! `xspace serve --demo`: bob's three desktops, one per connection mode.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::harness::{BIN, Backend, SERVER_VARS, TestApp, data, random_key};
use crate::q;
use crate::world::{Session, nodes};

/// `xspace serve --demo` on the fresh database of `app`; sets `app.base` once `/readyz` answers.
async fn serve_demo(app: &mut TestApp) -> Child {
    let stderr = std::fs::File::create(&app.stderr_path).expect("stderr file");
    let mut cmd = Command::new(BIN);
    cmd.args(["serve", "--demo"])
        .current_dir(app.dir.path())
        .kill_on_drop(true);
    for var in SERVER_VARS {
        cmd.env_remove(var);
    }
    cmd.env("DATABASE_URL", &app.database_url)
        .env("XSPACE_LISTEN", "127.0.0.1:0")
        .env("RUST_LOG", "info");
    if app.backend == Backend::Postgres {
        cmd.env("XSPACE_MASTER_KEY", random_key())
            .env("XSPACE_JWT_SECRET", random_key());
    }
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::from(stderr));
    let mut child = cmd.spawn().expect("spawn xspace serve --demo");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let deadline = Instant::now() + Duration::from_secs(60);
    let base = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, lines.next_line()).await {
            Ok(Ok(Some(line))) => {
                if let Some(rest) = line.trim().strip_prefix("xspace listening on ") {
                    break rest.trim().trim_end_matches('/').to_owned();
                }
            }
            _ => panic!("serve --demo never listened; stderr:\n{}", app.server_log()),
        }
    };
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    app.base = base;
    let http = reqwest::Client::new();
    loop {
        if let Ok(r) = http.get(format!("{}/readyz", app.base)).send().await
            && r.status().as_u16() == 200
        {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "/readyz never answered; stderr:\n{}",
            app.server_log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    child
}

async fn desktops_of(app: &TestApp, who: &Session) -> Vec<Value> {
    let d = app.data(who, &q::desktops(), json!({ "first": 100 })).await;
    nodes(&d["desktops"])
}

fn named<'a>(list: &'a [Value], name: &str) -> &'a Value {
    list.iter()
        .find(|d| d["name"] == name)
        .unwrap_or_else(|| panic!("no desktop {name} in {list:?}"))
}

async fn connection(app: &TestApp, who: &Session, id: &Value) -> Value {
    data(app.call(who, q::CONNECTION_INFO, json!({ "d": id })).await)["connectionInfo"].clone()
}

#[tokio::test]
async fn demo_bob_sees_his_three_desktops_and_connects_in_each_mode() {
    let mut app = TestApp::prepare().await;
    let _server = serve_demo(&mut app).await;
    let bob = app.login(Some("acme"), "bob", "xspace-demo").await;
    let list = desktops_of(&app, &bob).await;
    let mut names: Vec<&str> = list.iter().filter_map(|d| d["name"].as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, vec!["bob-ad", "bob-linux", "bob-windows"]);

    let windows = named(&list, "bob-windows");
    assert_eq!(windows["loginMode"], "LOCAL");
    let info = connection(&app, &bob, &windows["id"]).await;
    assert_eq!(info["autoLogin"], true, "{info}");
    assert_eq!(info["username"], windows["credentials"]["username"]);
    assert!(info["password"].as_str().is_some_and(|p| !p.is_empty()), "{info}");
    assert_eq!(windows["credentials"]["effectiveSource"], "IMAGE");

    let linux = named(&list, "bob-linux");
    assert_eq!(
        linux["credentials"]["effectiveSource"], "CUSTOM",
        "{}",
        linux["credentials"]
    );
    assert_eq!(linux["osInfo"]["source"], "AGENT", "{}", linux["osInfo"]);
    let info = connection(&app, &bob, &linux["id"]).await;
    assert_eq!(info["autoLogin"], true, "{info}");
    assert_eq!(info["username"], linux["credentials"]["username"]);
    assert!(info["password"].as_str().is_some_and(|p| !p.is_empty()), "{info}");

    let ad = named(&list, "bob-ad");
    assert_eq!(ad["loginMode"], "AD_DOMAIN");
    let info = connection(&app, &bob, &ad["id"]).await;
    assert_eq!(info["autoLogin"], false, "{info}");
    assert!(info["adDomain"].as_str().is_some_and(|d| !d.is_empty()), "{info}");
    assert_eq!(info["username"], Value::Null);
    assert_eq!(info["password"], Value::Null);

    // gus has his own, and nothing of bob's.
    let gus = app.login(Some("globex"), "gus", "xspace-demo").await;
    let g: Vec<String> = desktops_of(&app, &gus)
        .await
        .iter()
        .filter_map(|d| d["name"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(g, vec!["gus-windows"]);
    let node = app.data(&gus, &q::node_desktop(), json!({ "id": windows["id"] })).await;
    assert_eq!(node["node"], Value::Null);
    // alice, acme's admin, sees bob's three but may not fetch their connection info.
    let alice = app.login(Some("acme"), "alice", "xspace-demo").await;
    assert_eq!(desktops_of(&app, &alice).await.len(), 3);
    let resp = app
        .call(&alice, q::CONNECTION_INFO, json!({ "d": windows["id"] }))
        .await;
    crate::harness::expect_code(&resp, "FORBIDDEN");
}
