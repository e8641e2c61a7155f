//! R13: *Update Credentials* (one desktop, and in bulk); R14: custom credentials win.

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{data, expect_code};

async fn update(lab: &Lab, who: &support::world::Session, id: &str) -> Value {
    lab.app().data(who, &q::update_credentials(), json!({ "d": id })).await["updateCredentials"].clone()
}

async fn bulk(lab: &Lab, who: &support::world::Session, source: &str, dry: bool) -> i64 {
    let vars = json!({ "s": lab.src[source], "dry": dry });
    lab.app().data(who, q::UPDATE_CREDENTIALS_FROM_SOURCE, vars).await["updateCredentialsFromSource"]
        .as_i64()
        .expect("count")
}

async fn creds(lab: &Lab, id: &str) -> Value {
    lab.node(lab.ops(), id).await["credentials"].clone()
}

#[tokio::test]
async fn r13_source_change_leaves_desktops_stale_until_update_credentials() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let copied_at = d["credentials"]["imageCopyAt"].clone();
    assert_eq!(lab.conn_ok(&acme.user, &id).await["password"], lab.win_pw.as_str());

    let pw2 = secret();
    lab.set_os_credentials(lab.ops(), WIN, "Admin2", &pw2).await;
    let c = creds(&lab, &id).await;
    assert_eq!(
        c["username"], "Administrator",
        "the source change reached the desktop: {c}"
    );
    assert_eq!(c["effectiveSource"], "IMAGE");
    assert_eq!(c["stale"], true, "{c}");
    assert_eq!(c["imageCopyAt"], copied_at);
    let info = lab.conn_ok(&acme.user, &id).await;
    assert_eq!(info["username"], "Administrator");
    assert_eq!(
        info["password"],
        lab.win_pw.as_str(),
        "the desktop's password followed the source"
    );
    // The tenant's own admin presses Update Credentials.
    let u = update(&lab, &acme.admin, &id).await;
    assert_eq!(u["credentials"]["username"], "Admin2");
    assert_eq!(u["credentials"]["stale"], false);
    assert_eq!(u["credentials"]["effectiveSource"], "IMAGE");
    assert_ne!(u["credentials"]["imageCopyAt"], copied_at, "imageCopyAt did not move");
    let info = lab.conn_ok(&acme.user, &id).await;
    assert_eq!(info["username"], "Admin2");
    assert_eq!(info["password"], pw2.as_str());
    // Clearing the source's credentials makes the copy stale too; the copy survives.
    let clear = "mutation($id: ID!) { clearOsCredentials(id: $id) { id hasOsPassword } }";
    data(lab.app().call(lab.ops(), clear, json!({ "id": lab.src[WIN] })).await);
    let c = creds(&lab, &id).await;
    assert_eq!(c["stale"], true, "{c}");
    assert_eq!(lab.conn_ok(&acme.user, &id).await["password"], pw2.as_str());
    // The system admin may press it as well: now there is nothing to copy.
    let u = update(&lab, lab.ops(), &id).await;
    assert_eq!(u["credentials"]["stale"], false);
    assert_eq!(u["credentials"]["effectiveSource"], "NONE");
    assert_eq!(u["credentials"]["hasPassword"], false);
}

#[tokio::test]
async fn r13_bulk_update_counts_with_dry_run_and_refreshes_only_what_you_manage() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let a1 = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    let a2 = id_of(&lab.desktop(&acme.admin, WIN, None).await);
    let a3 = id_of(&lab.desktop(&acme.admin, LNX, None).await);
    let mut g = json!({ "tenantId": globex.id, "name": "g-win", "sourceId": lab.src[WIN], "bootMode": "UEFI" });
    g["ownerId"] = json!(globex.user.user_id);
    let g1 = id_of(&lab.create_ok(lab.ops(), g).await);
    // Nothing stale yet.
    assert_eq!(bulk(&lab, &acme.admin, WIN, true).await, 0);
    let pw2 = secret();
    lab.set_os_credentials(lab.ops(), WIN, "Admin2", &pw2).await;
    // Dry runs count what each admin manages, and change nothing.
    assert_eq!(bulk(&lab, &acme.admin, WIN, true).await, 2);
    assert_eq!(bulk(&lab, &globex.admin, WIN, true).await, 1);
    assert_eq!(bulk(&lab, lab.ops(), WIN, true).await, 3);
    assert_eq!(bulk(&lab, &acme.admin, LNX, true).await, 0);
    for id in [&a1, &a2, &g1] {
        let c = creds(&lab, id).await;
        assert_eq!(c["stale"], true, "a dry run changed {id}: {c}");
        assert_eq!(c["username"], "Administrator");
    }
    // One refreshed by hand, then the rest of acme's in bulk.
    update(&lab, &acme.admin, &a1).await;
    assert_eq!(bulk(&lab, &acme.admin, WIN, true).await, 1);
    assert_eq!(bulk(&lab, &acme.admin, WIN, false).await, 1);
    assert_eq!(creds(&lab, &a2).await["stale"], false);
    assert_eq!(creds(&lab, &a2).await["username"], "Admin2");
    assert_eq!(creds(&lab, &a3).await["effectiveSource"], "NONE");
    let g = creds(&lab, &g1).await;
    assert_eq!(g["stale"], true, "acme's bulk update reached globex: {g}");
    assert_eq!(g["username"], "Administrator");
    assert_eq!(bulk(&lab, &acme.admin, WIN, false).await, 0);
    // Users may not; the system admin finishes the job.
    let vars = json!({ "s": lab.src[WIN], "dry": true });
    expect_code(
        &lab.app()
            .call(&acme.user, q::UPDATE_CREDENTIALS_FROM_SOURCE, vars)
            .await,
        "FORBIDDEN",
    );
    // Another tenant's custom image does not exist for acme.
    let vars = json!({ "s": lab.src[GLOBEX], "dry": true });
    expect_code(
        &lab.app()
            .call(&acme.admin, q::UPDATE_CREDENTIALS_FROM_SOURCE, vars)
            .await,
        "NOT_FOUND",
    );
    assert_eq!(bulk(&lab, lab.ops(), WIN, false).await, 1);
    assert_eq!(creds(&lab, &g1).await["stale"], false);
    assert_eq!(lab.conn_ok(&globex.user, &g1).await["password"], pw2.as_str());
}

#[tokio::test]
async fn r14_custom_credentials_win_and_survive_update_credentials() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let custom_pw = secret();
    let set = q::set_desktop_credentials();
    let vars = json!({ "i": { "desktopId": id, "username": "alice", "password": custom_pw } });
    // Not by the user, not by another tenant's admin.
    expect_code(&lab.app().call(&acme.user, &set, vars.clone()).await, "FORBIDDEN");
    expect_code(&lab.app().call(&globex.admin, &set, vars.clone()).await, "NOT_FOUND");
    assert_eq!(creds(&lab, &id).await["effectiveSource"], "IMAGE");
    let s = lab.app().data(&acme.admin, &set, vars).await["setDesktopCredentials"].clone();
    let c = &s["credentials"];
    assert_eq!(c["effectiveSource"], "CUSTOM", "{c}");
    assert_eq!(c["customSet"], true);
    assert_eq!(c["username"], "alice");
    assert_eq!(c["hasPassword"], true);
    let info = lab.conn_ok(&acme.user, &id).await;
    assert_eq!(info["username"], "alice");
    assert_eq!(info["password"], custom_pw.as_str());
    assert_eq!(info["autoLogin"], true);
    // The source changes; Update Credentials refreshes the copy and keeps the custom pair.
    let pw2 = secret();
    lab.set_os_credentials(lab.ops(), WIN, "Admin2", &pw2).await;
    assert_eq!(creds(&lab, &id).await["stale"], true);
    let u = update(&lab, &acme.admin, &id).await;
    let c = &u["credentials"];
    assert_eq!(
        c["effectiveSource"], "CUSTOM",
        "Update Credentials destroyed the custom ones: {c}"
    );
    assert_eq!(c["customSet"], true);
    assert_eq!(c["username"], "alice");
    assert_eq!(c["stale"], false);
    let info = lab.conn_ok(&acme.user, &id).await;
    assert_eq!(info["password"], custom_pw.as_str());
    // The bulk update does not destroy them either.
    lab.set_os_credentials(lab.ops(), WIN, "Admin3", &secret()).await;
    bulk(&lab, &acme.admin, WIN, false).await;
    assert_eq!(creds(&lab, &id).await["effectiveSource"], "CUSTOM");
    assert_eq!(lab.conn_ok(&acme.user, &id).await["password"], custom_pw.as_str());
    // Cleared: back to the (refreshed) copy of the image's.
    lab.set_os_credentials(lab.ops(), WIN, "Admin2", &pw2).await;
    update(&lab, &acme.admin, &id).await;
    let clear = q::clear_desktop_credentials();
    expect_code(
        &lab.app().call(&acme.user, &clear, json!({ "d": id })).await,
        "FORBIDDEN",
    );
    let cl = lab.app().data(&acme.admin, &clear, json!({ "d": id })).await["clearDesktopCredentials"].clone();
    let c = &cl["credentials"];
    assert_eq!(c["effectiveSource"], "IMAGE", "{c}");
    assert_eq!(c["customSet"], false);
    assert_eq!(c["username"], "Admin2");
    let info = lab.conn_ok(&acme.user, &id).await;
    assert_eq!(info["username"], "Admin2");
    assert_eq!(info["password"], pw2.as_str());
    // Custom credentials on a desktop whose source has none.
    let l = id_of(&lab.desktop(&acme.admin, LNX, Some(&acme.user)).await);
    assert_eq!(creds(&lab, &l).await["effectiveSource"], "NONE");
    let info = lab.conn_ok(&acme.user, &l).await;
    assert_eq!(info["autoLogin"], false, "silent login without credentials: {info}");
    assert_eq!(info["password"], Value::Null);
    let vars = json!({ "i": { "desktopId": l, "username": "root2", "password": secret() } });
    lab.app().data(lab.ops(), &set, vars).await;
    assert_eq!(creds(&lab, &l).await["effectiveSource"], "CUSTOM");
    assert_eq!(lab.conn_ok(&acme.user, &l).await["autoLogin"], true);
}
