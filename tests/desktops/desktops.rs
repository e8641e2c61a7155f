//! R6, R8: creating desktops; deleting, assigning and listing them within scope (R16).

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{data, error_code, expect_code, unique};
use support::world::{nodes, str_of};

fn input(lab: &Lab, source: &str, boot: &str) -> Value {
    json!({ "name": unique("desk"), "sourceId": lab.src[source], "bootMode": boot })
}

/// Asserts that a refused create left no trace: no VM on the platform, no desktop.
async fn assert_nothing_created(lab: &Lab, before: i64) {
    assert!(
        lab.vms().is_empty(),
        "a refused createDesktop left a VM: {:?}",
        lab.vms()
    );
    assert_eq!(lab.count().await, before, "a refused createDesktop left a desktop");
}

#[tokio::test]
async fn r6_boot_mode_mismatch_is_refused_before_anything_is_created() {
    let lab = Lab::new().await;
    let admin = &lab.w.acme.admin;
    let before = lab.count().await;
    // UEFI source, BIOS desktop; BIOS source, UEFI desktop; a source without a boot mode.
    for (source, boot) in [
        (WIN, "BIOS"),
        (LNX, "UEFI"),
        (NOBOOT, "UEFI"),
        (NOBOOT, "BIOS"),
        (ACME, "BIOS"),
    ] {
        let resp = lab.create(admin, input(&lab, source, boot)).await;
        assert_eq!(
            error_code(&resp).as_deref(),
            Some("BOOT_MODE_MISMATCH"),
            "{source} as {boot}: {resp}"
        );
        assert!(resp["data"].is_null() || resp["data"]["createDesktop"].is_null());
    }
    // The system admin is held to the same rule.
    let mut i = input(&lab, WIN, "BIOS");
    i["tenantId"] = json!(lab.w.acme.id);
    expect_code(&lab.create(lab.ops(), i).await, "BOOT_MODE_MISMATCH");
    assert_nothing_created(&lab, before).await;
    // The matching boot mode works (the refusals were about the mode, not something else).
    let ok = lab.create_ok(admin, input(&lab, LNX, "BIOS")).await;
    assert_eq!(ok["bootMode"], "BIOS");
    assert_eq!(lab.vms().len(), 1);
}

#[tokio::test]
async fn r8_source_video_model_must_be_virtio_and_boot_mode_is_checked_first() {
    let lab = Lab::new().await;
    let admin = &lab.w.acme.admin;
    let before = lab.count().await;
    expect_code(
        &lab.create(admin, input(&lab, CIRRUS, "BIOS")).await,
        "VIDEO_MODEL_NOT_VIRTIO",
    );
    expect_code(
        &lab.create(admin, input(&lab, QXL, "UEFI")).await,
        "VIDEO_MODEL_NOT_VIRTIO",
    );
    // Both wrong: the boot mode is checked first.
    expect_code(
        &lab.create(admin, input(&lab, CIRRUS, "UEFI")).await,
        "BOOT_MODE_MISMATCH",
    );
    expect_code(&lab.create(admin, input(&lab, QXL, "BIOS")).await, "BOOT_MODE_MISMATCH");
    assert_nothing_created(&lab, before).await;
    // Once the source is switched to virtio, the same request succeeds.
    let vars = json!({ "i": { "id": lab.src[CIRRUS], "videoModel": "VIRTIO" } });
    data(
        lab.app()
            .call(
                lab.ops(),
                "mutation($i: SetVideoModelInput!) { setVideoModel(input: $i) { id videoModel } }",
                vars,
            )
            .await,
    );
    let d = lab.create_ok(admin, input(&lab, CIRRUS, "BIOS")).await;
    assert_eq!(d["source"]["id"], lab.src[CIRRUS]);
}

#[tokio::test]
async fn r12_created_desktop_runs_in_the_tenants_project_and_its_vm_is_written_to_the_platform() {
    let lab = Lab::new().await;
    let (acme, user) = (&lab.w.acme, &lab.w.acme.user);
    let name = unique("alice-pc");
    let i = json!({ "name": name, "sourceId": lab.src[WIN], "ownerId": user.user_id, "bootMode": "UEFI" });
    let d = lab.create_ok(&acme.admin, i).await;
    assert_eq!(d["name"], name.as_str());
    assert_eq!(d["tenant"]["id"], acme.id.as_str());
    assert_eq!(d["owner"]["id"], user.user_id.as_str());
    assert_eq!(d["platform"]["id"], lab.p.id.as_str());
    assert_eq!(d["source"]["id"], lab.src[WIN].as_str());
    assert_eq!(d["source"]["__typename"], "Image");
    assert_eq!(d["bootMode"], "UEFI");
    assert_eq!(d["loginMode"], "LOCAL");
    assert_eq!(d["adDomain"], Value::Null);
    assert_eq!(d["removedFromPlatform"], false);
    let vm_id = str_of(&d, "externalId");
    let uuid_part = vm_id
        .strip_prefix("vm-")
        .unwrap_or_else(|| panic!("VM id {vm_id} does not start with vm-"));
    assert!(
        uuid::Uuid::parse_str(uuid_part).is_ok(),
        "VM id {vm_id} is not vm-<uuid>"
    );
    let vm = lab
        .vm(&vm_id)
        .unwrap_or_else(|| panic!("VM {vm_id} not in the inventory: {:?}", lab.vms()));
    assert_eq!(vm["name"], name.as_str());
    assert_eq!(vm["sourceId"], external_id(WIN));
    assert_eq!(vm["bootMode"], "uefi");
    assert_eq!(vm["project"], "acme");
    // R12: the source's credentials were copied at creation.
    let c = &d["credentials"];
    assert_eq!(c["effectiveSource"], "IMAGE");
    assert_eq!(c["username"], "Administrator");
    assert_eq!(c["hasPassword"], true);
    assert_eq!(c["customSet"], false);
    assert_eq!(c["stale"], false);
    assert!(c["imageCopyAt"].is_string(), "imageCopyAt missing: {c}");
    // The tenant's own custom image, as its admin, passing its own tenantId.
    let i = json!({ "tenantId": acme.id, "name": unique("c"), "sourceId": lab.src[ACME], "bootMode": "UEFI" });
    let c = lab.create_ok(&acme.admin, i).await;
    assert_eq!(c["credentials"]["username"], "acme-local");
    assert_eq!(c["owner"], Value::Null);
    // A system admin names the tenant; globex lands in the globex project.
    let i =
        json!({ "tenantId": lab.w.globex.id, "name": unique("g"), "sourceId": lab.src[GLOBEX], "bootMode": "UEFI" });
    let g = lab.create_ok(lab.ops(), i).await;
    assert_eq!(g["tenant"]["id"], lab.w.globex.id.as_str());
    let vm = lab.vm(&str_of(&g, "externalId")).expect("globex VM");
    assert_eq!(vm["project"], "globex");
    assert_eq!(lab.vms().len(), 3);
}

#[tokio::test]
async fn r3_desktop_lives_in_the_first_project_mapped_to_its_tenant() {
    let lab = Lab::new().await;
    let file = lab.app().path(&format!("{}.json", unique("multi")));
    let inv = support::inventory::inventory("OPENSTACK", lab_items());
    std::fs::write(&file, serde_json::to_vec(&inv).expect("json")).expect("write");
    let mapping = json!([
        { "project": "globex", "tenant": "globex" },
        { "project": "acme-dev", "tenant": "acme" },
        { "project": "acme", "tenant": "acme" },
    ]);
    let vars = json!({ "i": { "name": unique("multi"), "kind": "OPENSTACK",
        "endpoint": format!("sim://{}", file.display()), "projectTenants": mapping } });
    let p = lab.app().data(lab.ops(), q::ADD_PLATFORM, vars).await["addCloudPlatform"].clone();
    let pid = str_of(&p, "id");
    assert_eq!(lab.w.sync(&pid).await["status"], "SUCCEEDED");
    let sources = lab
        .app()
        .data(lab.ops(), q::PLATFORM_IMAGES, json!({ "id": pid }))
        .await;
    let win = nodes(&sources["node"]["images"])
        .into_iter()
        .find(|s| s["name"] == WIN)
        .expect("win on the second platform");
    let i = json!({ "name": unique("dev"), "sourceId": win["id"], "bootMode": "UEFI" });
    let d = lab.create_ok(&lab.w.acme.admin, i).await;
    assert_eq!(d["platform"]["id"], pid.as_str());
    let text = std::fs::read_to_string(&file).expect("read");
    let inv: Value = serde_json::from_str(&text).expect("json");
    let vm = inv["vms"]
        .as_array()
        .expect("vms")
        .iter()
        .find(|v| v["id"] == d["externalId"])
        .cloned()
        .unwrap_or_else(|| panic!("VM not written: {text}"));
    assert_eq!(vm["project"], "acme-dev", "not the first project mapped to acme");
}

#[tokio::test]
async fn r16_create_desktop_tenant_source_and_owner_rules() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let before = lab.count().await;
    // A tenant admin may pass only its own tenant.
    let mut i = input(&lab, WIN, "UEFI");
    i["tenantId"] = json!(globex.id);
    expect_code(&lab.create(&acme.admin, i).await, "NOT_FOUND");
    // A system admin must name the tenant.
    expect_code(&lab.create(lab.ops(), input(&lab, WIN, "UEFI")).await, "BAD_USER_INPUT");
    // An end user may not create desktops at all, not even in its own tenant.
    expect_code(&lab.create(&acme.user, input(&lab, WIN, "UEFI")).await, "FORBIDDEN");
    // Another tenant's custom image does not exist for acme, whoever asks.
    expect_code(&lab.create(&acme.admin, input(&lab, GLOBEX, "UEFI")).await, "NOT_FOUND");
    let mut i = input(&lab, GLOBEX, "UEFI");
    i["tenantId"] = json!(acme.id);
    expect_code(&lab.create(lab.ops(), i).await, "NOT_FOUND");
    // The owner must be a user of the tenant.
    let mut i = input(&lab, WIN, "UEFI");
    i["ownerId"] = json!(globex.user.user_id);
    expect_code(&lab.create(&acme.admin, i).await, "NOT_FOUND");
    // AD mode needs a domain; LOCAL takes none.
    let mut i = input(&lab, WIN, "UEFI");
    i["loginMode"] = json!("AD_DOMAIN");
    expect_code(&lab.create(&acme.admin, i).await, "BAD_USER_INPUT");
    let mut i = input(&lab, WIN, "UEFI");
    i["loginMode"] = json!("LOCAL");
    i["adDomain"] = json!("acme.example");
    expect_code(&lab.create(&acme.admin, i).await, "BAD_USER_INPUT");
    // A tenant with no project mapped on the platform cannot have desktops there.
    let (tid, t_admin, _) = lab.unmapped_tenant().await;
    expect_code(&lab.create(&t_admin, input(&lab, WIN, "UEFI")).await, "BAD_USER_INPUT");
    let mut i = input(&lab, WIN, "UEFI");
    i["tenantId"] = json!(tid);
    expect_code(&lab.create(lab.ops(), i).await, "BAD_USER_INPUT");
    assert_nothing_created(&lab, before).await;
    // AD mode with a domain works and keeps it.
    let d = lab.ad_desktop(&acme.admin, WIN, &acme.user, "acme.example").await;
    assert_eq!(d["loginMode"], "AD_DOMAIN");
    assert_eq!(d["adDomain"], "acme.example");
}

#[tokio::test]
async fn r16_delete_desktop_removes_its_vm_and_stays_in_scope() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let a = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let b = lab.desktop(&acme.admin, LNX, None).await;
    let (a_id, a_vm) = (id_of(&a), str_of(&a, "externalId"));
    assert!(lab.vm(&a_vm).is_some());
    // Out of scope: NOT_FOUND; its own user: FORBIDDEN. Nothing removed.
    expect_code(
        &lab.app()
            .call(&globex.admin, q::DELETE_DESKTOP, json!({ "id": a_id }))
            .await,
        "NOT_FOUND",
    );
    expect_code(
        &lab.app()
            .call(&acme.user, q::DELETE_DESKTOP, json!({ "id": a_id }))
            .await,
        "FORBIDDEN",
    );
    assert!(lab.vm(&a_vm).is_some());
    assert_eq!(lab.count().await, 2);
    let d = lab
        .app()
        .data(&acme.admin, q::DELETE_DESKTOP, json!({ "id": a_id }))
        .await;
    assert_eq!(d["deleteDesktop"], a_id.as_str());
    assert!(lab.vm(&a_vm).is_none(), "VM still on the platform: {:?}", lab.vms());
    assert!(lab.vm(&str_of(&b, "externalId")).is_some(), "the other VM went too");
    assert_eq!(lab.node(lab.ops(), &a_id).await, Value::Null);
    assert_eq!(lab.count().await, 1);
    expect_code(
        &lab.app()
            .call(&acme.admin, q::DELETE_DESKTOP, json!({ "id": a_id }))
            .await,
        "NOT_FOUND",
    );
    // A system admin deletes any tenant's desktop.
    let b_id = id_of(&b);
    lab.app()
        .data(lab.ops(), q::DELETE_DESKTOP, json!({ "id": b_id }))
        .await;
    assert!(lab.vms().is_empty());
    assert_eq!(lab.count().await, 0);
}

#[tokio::test]
async fn r16_assign_desktop_within_the_tenant_only() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let user2 = lab.extra_user(true, "TENANT_USER").await;
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let assign = q::assign_desktop();
    let a = lab
        .app()
        .data(&acme.admin, &assign, json!({ "d": id, "o": user2.user_id }))
        .await["assignDesktop"]
        .clone();
    assert_eq!(a["owner"]["id"], user2.user_id.as_str());
    assert_eq!(lab.node(&user2, &id).await["id"], id.as_str());
    assert_eq!(
        lab.node(&acme.user, &id).await,
        Value::Null,
        "the former owner still sees it"
    );
    assert_eq!(lab.list_names(&acme.user, json!(null)).await, Vec::<String>::new());
    // Not to a user of another tenant.
    expect_code(
        &lab.app()
            .call(&acme.admin, &assign, json!({ "d": id, "o": globex.user.user_id }))
            .await,
        "NOT_FOUND",
    );
    // Not by another tenant's admin; not by the user itself.
    expect_code(
        &lab.app()
            .call(&globex.admin, &assign, json!({ "d": id, "o": null }))
            .await,
        "NOT_FOUND",
    );
    expect_code(
        &lab.app().call(&user2, &assign, json!({ "d": id, "o": null })).await,
        "FORBIDDEN",
    );
    assert_eq!(lab.node(lab.ops(), &id).await["owner"]["id"], user2.user_id.as_str());
    // To nobody.
    let a = lab.app().data(lab.ops(), &assign, json!({ "d": id, "o": null })).await["assignDesktop"].clone();
    assert_eq!(a["owner"], Value::Null);
    assert_eq!(lab.node(&user2, &id).await, Value::Null);
}

#[tokio::test]
async fn r16_desktop_list_node_and_mutations_follow_scope() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let user2 = lab.extra_user(true, "TENANT_USER").await;
    let mk = |name: &str, source: &'static str, owner: Option<String>| json!({ "name": name, "sourceId": lab.src[source], "ownerId": owner, "bootMode": boot_of(source) });
    let a1 = lab
        .create_ok(&acme.admin, mk("a1-win", WIN, Some(acme.user.user_id.clone())))
        .await;
    let a2 = lab
        .create_ok(&acme.admin, mk("a2-linux", LNX, Some(acme.user.user_id.clone())))
        .await;
    let a3 = lab
        .create_ok(&acme.admin, mk("a3-custom", ACME, Some(user2.user_id.clone())))
        .await;
    let a4 = lab.create_ok(&acme.admin, mk("a4-free", WIN, None)).await;
    let mut g = mk("g1-win", WIN, Some(globex.user.user_id.clone()));
    g["tenantId"] = json!(globex.id);
    let g1 = lab.create_ok(lab.ops(), g).await;
    let all = strs(&["a1-win", "a2-linux", "a3-custom", "a4-free", "g1-win"]);
    assert_eq!(lab.list_names(lab.ops(), json!(null)).await, all);
    assert_eq!(
        lab.list_names(&acme.admin, json!(null)).await,
        strs(&["a1-win", "a2-linux", "a3-custom", "a4-free"])
    );
    assert_eq!(lab.list_names(&globex.admin, json!(null)).await, strs(&["g1-win"]));
    assert_eq!(
        lab.list_names(&acme.user, json!(null)).await,
        strs(&["a1-win", "a2-linux"])
    );
    assert_eq!(lab.list_names(&user2, json!(null)).await, strs(&["a3-custom"]));
    assert_eq!(lab.list_names(&globex.user, json!(null)).await, strs(&["g1-win"]));
    // Filters.
    let f_tenant = json!({ "tenantId": globex.id });
    assert_eq!(lab.list_names(lab.ops(), f_tenant.clone()).await, strs(&["g1-win"]));
    assert!(
        lab.list_names(&acme.admin, f_tenant).await.is_empty(),
        "a filter widened the scope"
    );
    let f_owner = json!({ "ownerId": acme.user.user_id });
    assert_eq!(lab.list_names(lab.ops(), f_owner).await, strs(&["a1-win", "a2-linux"]));
    let f_source = json!({ "sourceId": lab.src[WIN] });
    assert_eq!(
        lab.list_names(lab.ops(), f_source.clone()).await,
        strs(&["a1-win", "a4-free", "g1-win"])
    );
    assert_eq!(
        lab.list_names(&acme.admin, f_source).await,
        strs(&["a1-win", "a4-free"])
    );
    assert_eq!(lab.list_names(lab.ops(), json!({ "platformId": lab.p.id })).await, all);
    assert_eq!(
        lab.list_names(lab.ops(), json!({ "nameContains": "LINUX" })).await,
        strs(&["a2-linux"])
    );
    // Pages: ordered by name, cursors continue.
    let vars = json!({ "first": 2, "filter": null });
    let p1 = lab.app().data(lab.ops(), &q::desktops(), vars).await["desktops"].clone();
    assert_eq!(p1["totalCount"], 5);
    assert_eq!(p1["pageInfo"]["hasNextPage"], true);
    assert_eq!(support::world::names(&p1), strs(&["a1-win", "a2-linux"]));
    let vars = json!({ "first": 100, "after": p1["pageInfo"]["endCursor"] });
    let p2 = lab.app().data(lab.ops(), &q::desktops(), vars).await["desktops"].clone();
    assert_eq!(support::world::names(&p2), strs(&["a3-custom", "a4-free", "g1-win"]));
    assert_eq!(p2["pageInfo"]["hasNextPage"], false);
    // node: out of scope is null, in scope is the desktop.
    let (a1_id, g1_id, a3_id) = (id_of(&a1), id_of(&g1), id_of(&a3));
    assert_eq!(lab.node(&globex.admin, &a1_id).await, Value::Null);
    assert_eq!(lab.node(&globex.user, &a1_id).await, Value::Null);
    assert_eq!(lab.node(&acme.admin, &g1_id).await, Value::Null);
    assert_eq!(
        lab.node(&acme.user, &a3_id).await,
        Value::Null,
        "a user sees a desktop not assigned to it"
    );
    assert_eq!(lab.node(&acme.user, &id_of(&a4)).await, Value::Null);
    assert_eq!(lab.node(&acme.user, &a1_id).await["name"], "a1-win");
    assert_eq!(lab.node(&acme.admin, &a3_id).await["name"], "a3-custom");
    assert_eq!(lab.node(lab.ops(), &g1_id).await["name"], "g1-win");
    // Admin mutations on an out-of-scope desktop: NOT_FOUND; by its own user: FORBIDDEN.
    let creds = json!({ "i": { "desktopId": a1_id, "username": "x", "password": secret() } });
    let by_id = json!({ "d": a1_id });
    let calls: Vec<(String, Value)> = vec![
        (q::DELETE_DESKTOP.to_owned(), json!({ "id": a1_id })),
        (q::assign_desktop(), json!({ "d": a1_id, "o": null })),
        (q::set_desktop_credentials(), creds),
        (q::clear_desktop_credentials(), by_id.clone()),
        (q::update_credentials(), by_id.clone()),
        (q::ISSUE_AGENT_TOKEN.to_owned(), by_id),
    ];
    for (doc, vars) in &calls {
        expect_code(&lab.app().call(&globex.admin, doc, vars.clone()).await, "NOT_FOUND");
        expect_code(&lab.app().call(&acme.user, doc, vars.clone()).await, "FORBIDDEN");
    }
    // Nothing changed.
    let still = lab.node(lab.ops(), &a1_id).await;
    assert_eq!(still["owner"]["id"], acme.user.user_id.as_str());
    assert_eq!(still["credentials"]["effectiveSource"], "IMAGE");
    assert_eq!(still["version"], a1["version"]);
    assert_eq!(lab.vms().len(), 5);
    let _ = a2;
}

fn strs(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[tokio::test]
async fn r1_a_platform_with_desktops_cannot_be_removed() {
    let lab = Lab::new().await;
    let id = id_of(&lab.desktop(&lab.w.acme.admin, WIN, None).await);
    let resp = lab
        .app()
        .call(lab.ops(), q::REMOVE_PLATFORM, json!({ "id": lab.p.id }))
        .await;
    assert!(
        error_code(&resp).is_some(),
        "a platform with a desktop was removed: {resp}"
    );
    assert_eq!(lab.node(lab.ops(), &id).await["id"], id.as_str());
    lab.app().data(lab.ops(), q::DELETE_DESKTOP, json!({ "id": id })).await;
    let d = lab
        .app()
        .data(lab.ops(), q::REMOVE_PLATFORM, json!({ "id": lab.p.id }))
        .await;
    assert_eq!(d["removeCloudPlatform"], lab.p.id.as_str());
}

#[tokio::test]
async fn r2_a_source_gone_from_the_platform_stays_behind_its_desktops() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let id = id_of(&lab.desktop(&acme.admin, LNX, Some(&acme.user)).await);
    let items: Vec<Value> = lab_items().into_iter().filter(|i| i["name"] != LNX).collect();
    let mut inv = lab.p.read();
    inv["images"] = Value::Array(items);
    lab.p.write(&inv);
    assert_eq!(lab.w.sync(&lab.p.id).await["status"], "SUCCEEDED");
    let d = lab.node(lab.ops(), &id).await;
    assert_eq!(d["source"]["id"], lab.src[LNX].as_str(), "{d}");
    assert_eq!(d["removedFromPlatform"], false, "the VM is still there: {d}");
    let s = lab.w.node(lab.ops(), &lab.src[LNX]).await;
    assert_eq!(s["removedFromPlatform"], true, "{s}");
    // The desktop still works for its user.
    assert_eq!(lab.node(&acme.user, &id).await["source"]["name"], LNX);
    data(lab.conn_info(&acme.user, &id).await);
}

#[tokio::test]
async fn r12_a_desktop_whose_vm_vanished_can_still_be_deleted() {
    let lab = Lab::new().await;
    let admin = &lab.w.acme.admin;
    let synced = lab.desktop(admin, WIN, None).await;
    let unsynced = lab.desktop(admin, WIN, None).await;
    // Both VMs vanish from the platform; a sync sees the first one gone.
    let mut inv = lab.p.read();
    inv["vms"] = json!([]);
    lab.p.write(&inv);
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    let id = id_of(&synced);
    assert_eq!(lab.node(admin, &id).await["removedFromPlatform"], true);
    data(lab.app().call(admin, q::DELETE_DESKTOP, json!({ "id": id })).await);
    assert_eq!(lab.node(lab.ops(), &id).await, Value::Null);
    // The second one vanished after that sync (the sync marked it too, so make a fresh one).
    let fresh = lab.desktop(admin, WIN, None).await;
    let mut inv = lab.p.read();
    inv["vms"] = json!([]);
    lab.p.write(&inv);
    let fid = id_of(&fresh);
    let resp = lab.app().call(admin, q::DELETE_DESKTOP, json!({ "id": fid })).await;
    assert!(
        error_code(&resp).is_none(),
        "deleting a desktop whose VM is already gone (not yet synced) failed: {resp}"
    );
    assert_eq!(lab.node(lab.ops(), &fid).await, Value::Null);
    let _ = unsynced;
}
