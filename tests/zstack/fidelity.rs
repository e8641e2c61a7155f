//! The stand-in's answers checked against ZStack's API reference: every field the reference names
//! for an answer is there, and nothing else. Field lists are copied from these files:
//!
//! - zstackio/zstack header/src/main/java/org/zstack/header/image/ImageInventory.java (and the SDK's
//!   pkg/view/image_views.go), minus `systemTags`, which ImageInventory.valueOf leaves unset;
//! - header/src/main/java/org/zstack/header/vm/VmInstanceInventory.java (SDK vm_instance_views.go);
//! - header/src/main/java/org/zstack/header/identity/SessionInventory.java, APILogInReply.java
//!   (`@RestResponse(allTo = "inventory")`);
//! - header/src/main/java/org/zstack/header/tag/TagInventory.java + SystemTagInventory.java;
//! - header/src/main/java/org/zstack/header/identity/AccountResourceRefInventory.java (fields not
//!   marked @APINoSee);
//! - sdk/src/main/java/org/zstack/sdk/iam2/entity/IAM2ProjectInventory.java;
//! - core/src/main/java/org/zstack/core/config/GlobalConfigInventory.java (id is internal);
//! - header/src/main/java/org/zstack/header/errorcode/ErrorCode.java (`{"error": {...}}`);
//! - rest/src/main/java/org/zstack/rest/RestServer.java (202 + location, job 202/200/503, query
//!   `inventories` + `total`, plain-text RestExceptions), AccessKeyManager.java (signature refusals).

use std::collections::BTreeSet;

use reqwest::Method;
use serde_json::{Value, json};

use crate::standin::StandIn;

const IMAGE: &[&str] = &[
    "uuid",
    "name",
    "description",
    "state",
    "status",
    "size",
    "actualSize",
    "md5Sum",
    "url",
    "mediaType",
    "guestOsType",
    "type",
    "platform",
    "architecture",
    "format",
    "system",
    "virtio",
    "createDate",
    "lastOpDate",
    "backupStorageRefs",
];
const IMAGE_BACKUP_STORAGE_REF: &[&str] = &[
    "imageUuid",
    "backupStorageUuid",
    "installPath",
    "status",
    "createDate",
    "lastOpDate",
];
const VM: &[&str] = &[
    "uuid",
    "name",
    "description",
    "zoneUuid",
    "clusterUuid",
    "imageUuid",
    "hostUuid",
    "lastHostUuid",
    "instanceOfferingUuid",
    "rootVolumeUuid",
    "platform",
    "architecture",
    "defaultL3NetworkUuid",
    "type",
    "hypervisorType",
    "memorySize",
    "cpuNum",
    "cpuSpeed",
    "allocatorStrategy",
    "createDate",
    "lastOpDate",
    "state",
    "vmNics",
    "allVolumes",
    "vmCdRoms",
    "guestOsType",
];
const SESSION: &[&str] = &["uuid", "accountUuid", "userUuid", "expiredDate", "createDate"];
const SYSTEM_TAG: &[&str] = &[
    "uuid",
    "resourceUuid",
    "resourceType",
    "inherent",
    "tag",
    "type",
    "createDate",
    "lastOpDate",
];
const ACCOUNT_RESOURCE_REF: &[&str] = &[
    "accountUuid",
    "resourceUuid",
    "resourceType",
    "concreteResourceType",
    "createDate",
    "lastOpDate",
];
const IAM2_PROJECT: &[&str] = &[
    "uuid",
    "name",
    "description",
    "state",
    "createDate",
    "lastOpDate",
    "attributes",
    "linkedAccountUuid",
];
const GLOBAL_CONFIG: &[&str] = &["name", "category", "description", "defaultValue", "value"];
const ERROR: &[&str] = &["code", "description", "details"];

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .cloned()
        .collect()
}

/// `v` has exactly the reference's fields (nullable ones may be absent, as Gson leaves nulls out).
fn fields(what: &str, v: &Value, reference: &[&str], nullable: &[&str]) {
    let want: BTreeSet<String> = reference.iter().map(|s| (*s).to_owned()).collect();
    let have = keys(v);
    let extra: Vec<_> = have.difference(&want).collect();
    let missing: Vec<_> = want
        .difference(&have)
        .filter(|k| !nullable.contains(&k.as_str()))
        .collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "{what}: extra {extra:?}, missing {missing:?} in {v}"
    );
}

async fn login(si: &StandIn) -> String {
    let digest = hex::encode(<sha2::Sha512 as sha2::Digest>::digest(b"password"));
    let (status, body) = si
        .raw(
            Method::PUT,
            "/zstack/v1/accounts/login",
            &[],
            Some(json!({"logInByAccount": {"accountName": "admin", "password": digest}})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(keys(&body), BTreeSet::from(["inventory".to_owned()]));
    fields("SessionInventory", &body["inventory"], SESSION, &[]);
    body["inventory"]["uuid"].as_str().unwrap().to_owned()
}

async fn get(si: &StandIn, auth: &str, path: &str) -> (u16, Value) {
    si.raw(Method::GET, path, &[("Authorization", auth.to_owned())], None)
        .await
}

/// Follows a 202's job to its end.
async fn job(si: &StandIn, auth: &str, accepted: (u16, Value)) -> (u16, Value) {
    let (status, body) = accepted;
    assert_eq!(status, 202, "{body}");
    assert_eq!(keys(&body), BTreeSet::from(["location".to_owned()]));
    let location = body["location"].as_str().unwrap();
    let path = &location[location.find("/zstack/v1/api-jobs/").expect("a job location")..];
    loop {
        let (status, body) = get(si, auth, path).await;
        if status != 202 {
            return (status, body);
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn stand_in_answers_carry_the_reference_fields() {
    let si = StandIn::start(0.05);
    si.seed(json!({
        "accounts": [{"name": "acme-acct"}],
        "projects": [{"name": "acme", "account": "acme-acct"}],
        "images": [{"name": "uefi", "bootMode": "UEFI", "owner": "acme-acct"}]
    }))
    .await;
    let auth = format!("OAuth {}", login(&si).await);

    let (status, images) = get(&si, &auth, "/zstack/v1/images?replyWithCount=true&limit=10&start=0").await;
    assert_eq!(status, 200);
    assert_eq!(
        keys(&images),
        BTreeSet::from(["inventories".to_owned(), "total".to_owned()])
    );
    assert_eq!(images["total"], 1);
    let image = &images["inventories"][0];
    fields("ImageInventory", image, IMAGE, &["description"]);
    fields(
        "ImageBackupStorageRefInventory",
        &image["backupStorageRefs"][0],
        IMAGE_BACKUP_STORAGE_REF,
        &[],
    );
    let uuid = image["uuid"].as_str().unwrap().to_owned();
    assert_eq!(uuid.len(), 32, "ZStack uuids are 32 hex digits");

    let (_, tags) = get(&si, &auth, &format!("/zstack/v1/system-tags?q=resourceUuid%3D{uuid}")).await;
    fields("SystemTagInventory", &tags["inventories"][0], SYSTEM_TAG, &[]);
    assert_eq!(tags["inventories"][0]["tag"], "bootMode::UEFI");
    let (_, refs) = get(
        &si,
        &auth,
        "/zstack/v1/accounts/resources/refs?q=resourceType%3DImageVO",
    )
    .await;
    fields(
        "AccountResourceRefInventory",
        &refs["inventories"][0],
        ACCOUNT_RESOURCE_REF,
        &[],
    );
    let (_, projects) = get(&si, &auth, "/zstack/v1/iam2/projects").await;
    fields("IAM2ProjectInventory", &projects["inventories"][0], IAM2_PROJECT, &[]);
    let (_, configs) = get(
        &si,
        &auth,
        "/zstack/v1/global-configurations?q=category%3Dvm&q=name%3DvideoType",
    )
    .await;
    fields("GlobalConfigInventory", &configs["inventories"][0], GLOBAL_CONFIG, &[]);
    assert_eq!(
        configs["inventories"][0]["value"], "virtio",
        "conf/globalConfig/vm.xml's default"
    );
    let (_, count) = get(&si, &auth, "/zstack/v1/images?count=true").await;
    assert_eq!(count, json!({"total": 1}));

    // An async call: 202, the job answers 202 until done, then the event's fields.
    let state = si.state().await;
    let body = json!({"params": {
        "name": "vm", "imageUuid": uuid, "instanceOfferingUuid": state["infra"]["instanceOffering"],
        "l3NetworkUuids": [state["infra"]["l3Network"]]
    }, "systemTags": ["bootMode::UEFI"]});
    let accepted = si
        .raw(
            Method::POST,
            "/zstack/v1/vm-instances",
            &[("Authorization", auth.clone())],
            Some(body),
        )
        .await;
    let (status, created) = job(&si, &auth, accepted).await;
    assert_eq!(status, 200, "{created}");
    fields(
        "VmInstanceInventory",
        &created["inventory"],
        VM,
        &["description", "hostUuid"],
    );
    let (_, vms) = get(&si, &auth, "/zstack/v1/vm-instances").await;
    fields(
        "VmInstanceInventory",
        &vms["inventories"][0],
        VM,
        &["description", "hostUuid"],
    );

    // Failures: a job's error (503), a sync error (503), HTTP-level refusals in plain text.
    let accepted = si
        .raw(
            Method::PUT,
            "/zstack/v1/vm-instances/0123456789abcdef0123456789abcdef/actions",
            &[("Authorization", auth.clone())],
            Some(json!({"expungeVmInstance": {}})),
        )
        .await;
    let (status, failed) = job(&si, &auth, accepted).await;
    assert_eq!(status, 503);
    fields("ErrorCode", &failed["error"], ERROR, &[]);
    assert_eq!(failed["error"]["code"], "SYS.1003");
    let (status, expired) = get(&si, "OAuth 0123456789abcdef0123456789abcdef", "/zstack/v1/images").await;
    assert_eq!(status, 503);
    assert_eq!(expired["error"]["code"], "ID.1001");
    assert_eq!(expired["error"]["details"], "Session expired");
    let (status, text) = si.raw(Method::GET, "/zstack/v1/images", &[], None).await;
    assert_eq!((status, text), (400, json!("missing header 'Authorization'")));
    let (status, text) = get(&si, &auth, "/zstack/v1/no-such-thing").await;
    assert_eq!((status, text), (404, json!("no api mapping to /v1/no-such-thing")));
}

#[tokio::test]
async fn stand_in_checks_access_key_signatures_as_zstack_does() {
    let si = StandIn::start(0.01);
    si.seed(json!({"accessKeys": [{"accessKeyId": "AK1", "accessKeySecret": "sekret"}]}))
        .await;
    let date = chrono::Utc::now().format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let signed = xspace::platform::zstack::session::sign("AK1", "sekret", "GET", &date, "/v1/images").unwrap();
    let call = |auth: String, date: String| {
        let si = &si;
        async move {
            si.raw(
                Method::GET,
                "/zstack/v1/images",
                &[("Authorization", auth), ("Date", date)],
                None,
            )
            .await
        }
    };
    let (status, body) = call(signed.clone(), date.clone()).await;
    assert_eq!(status, 200, "{body}");
    let other_path =
        xspace::platform::zstack::session::sign("AK1", "sekret", "GET", &date, "/v1/vm-instances").unwrap();
    assert_eq!(
        call(other_path, date.clone()).await,
        (403, json!("wrong accessKey signature"))
    );
    let unknown = xspace::platform::zstack::session::sign("AK2", "sekret", "GET", &date, "/v1/images").unwrap();
    assert_eq!(
        call(unknown, date.clone()).await,
        (403, json!("access key id: AK2 does not existed or disabled"))
    );
    let old = (chrono::Utc::now() - chrono::Duration::minutes(20))
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string();
    let skewed = xspace::platform::zstack::session::sign("AK1", "sekret", "GET", &old, "/v1/images").unwrap();
    assert_eq!(call(skewed, old).await, (403, json!("requestTimeTooSkewed")));
    let (status, _) = si
        .raw(Method::GET, "/zstack/v1/images", &[("Authorization", signed)], None)
        .await;
    assert_eq!(status, 400, "no Date header");
}
