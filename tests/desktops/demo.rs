//! `xspace serve --demo`: bob's three desktops, one per connection mode.

use serde_json::{Value, json};

use support::desktop_queries as q;
use support::harness::{TestApp, data};
use support::world::{Session, nodes};

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
    app.serve_demo(&[]).await;
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
    support::harness::expect_code(&resp, "FORBIDDEN");
}
