//! The lab every desktop test starts from: the usual cast (`ops`, acme and globex with an admin and
//! a user each) and one simulated OpenStack platform whose inventory file the test controls.

use std::collections::HashMap;
use std::time::Duration;

use serde_json::{Value, json};

use crate::desktop_queries as q;
use crate::harness::{TestApp, data, unique};
use crate::inventory::{inventory, item};
use crate::world::{Session, SimPlatform, World, nodes};

/// Windows, UEFI, virtio, system; carries preset credentials and OS info.
pub const WIN: &str = "win-uefi";
/// Linux, BIOS, virtio, system; no credentials.
pub const LNX: &str = "linux-bios";
/// BIOS, cirrus (R8).
pub const CIRRUS: &str = "bios-cirrus";
/// UEFI, qxl (R8).
pub const QXL: &str = "uefi-qxl";
/// No boot mode at all (R6).
pub const NOBOOT: &str = "noboot";
/// acme's custom image (UEFI, virtio), with credentials.
pub const ACME: &str = "acme-custom";
/// globex's custom image (UEFI, virtio).
pub const GLOBEX: &str = "globex-custom";

/// Platform ids of the lab's images.
pub fn external_id(name: &str) -> String {
    format!("img-{name}")
}

pub fn lab_items() -> Vec<Value> {
    vec![
        item(&external_id(WIN), WIN, Some("uefi"), Some("virtio"), None),
        item(&external_id(LNX), LNX, Some("bios"), Some("virtio"), None),
        item(&external_id(CIRRUS), CIRRUS, Some("bios"), Some("cirrus"), None),
        item(&external_id(QXL), QXL, Some("uefi"), Some("qxl"), None),
        item(&external_id(NOBOOT), NOBOOT, None, Some("virtio"), None),
        item(&external_id(ACME), ACME, Some("uefi"), Some("virtio"), Some("acme")),
        item(
            &external_id(GLOBEX),
            GLOBEX,
            Some("uefi"),
            Some("virtio"),
            Some("globex"),
        ),
    ]
}

/// A distinctive secret, easy to grep for.
pub fn secret() -> String {
    format!("S3cret-{}", uuid::Uuid::new_v4().simple())
}

pub struct Lab {
    pub w: World,
    pub p: SimPlatform,
    /// Source name → global ID.
    pub src: HashMap<&'static str, String>,
    /// Preset OS password of `WIN` (username `Administrator`).
    pub win_pw: String,
    /// Preset OS password of `ACME` (username `acme-local`).
    pub acme_pw: String,
}

impl Lab {
    pub async fn new() -> Lab {
        Self::with_world(World::new().await).await
    }

    /// The lab on a world of one's own making (a server started with extra environment).
    pub async fn with_world(w: World) -> Lab {
        let p = w.sim_platform("OPENSTACK", &inventory("OPENSTACK", lab_items())).await;
        let run = w.sync(&p.id).await;
        assert_eq!(run["status"], "SUCCEEDED", "first sync of the lab: {run}");
        let mut src = HashMap::new();
        for name in [WIN, LNX, CIRRUS, QXL, NOBOOT, ACME, GLOBEX] {
            src.insert(name, w.source_id(&p, name).await);
        }
        let lab = Lab {
            w,
            p,
            src,
            win_pw: secret(),
            acme_pw: secret(),
        };
        lab.set_os_credentials(&lab.w.ops, WIN, "Administrator", &lab.win_pw.clone())
            .await;
        lab.set_os_credentials(&lab.w.acme.admin, ACME, "acme-local", &lab.acme_pw.clone())
            .await;
        let vars = json!({ "i": { "id": lab.src[WIN], "osType": "windows", "osDistro": "win11" } });
        lab.app().data(&lab.w.ops, q::SET_OS_INFO, vars).await;
        lab
    }

    pub fn app(&self) -> &TestApp {
        &self.w.app
    }

    pub fn ops(&self) -> &Session {
        &self.w.ops
    }

    pub async fn set_os_credentials(&self, who: &Session, source: &str, username: &str, password: &str) {
        let vars = json!({ "i": { "id": self.src[source], "username": username, "password": password } });
        self.app().data(who, q::SET_OS_CREDENTIALS, vars).await;
    }

    /// `createDesktop` as `who`; the raw response.
    pub async fn create(&self, who: &Session, input: Value) -> Value {
        self.app().call(who, q::CREATE_DESKTOP, json!({ "i": input })).await
    }

    pub async fn create_ok(&self, who: &Session, input: Value) -> Value {
        data(self.create(who, input).await)["createDesktop"].clone()
    }

    /// A LOCAL desktop made by the tenant admin of `owner`'s tenant (no tenantId), from `source`.
    pub async fn desktop(&self, admin: &Session, source: &str, owner: Option<&Session>) -> Value {
        let input = json!({
            "name": unique("desk"),
            "sourceId": self.src[source],
            "ownerId": owner.map(|o| o.user_id.clone()),
            "bootMode": boot_of(source),
        });
        self.create_ok(admin, input).await
    }

    /// An AD-mode desktop.
    pub async fn ad_desktop(&self, admin: &Session, source: &str, owner: &Session, domain: &str) -> Value {
        let input = json!({
            "name": unique("ad"),
            "sourceId": self.src[source],
            "ownerId": owner.user_id,
            "bootMode": boot_of(source),
            "loginMode": "AD_DOMAIN",
            "adDomain": domain,
        });
        self.create_ok(admin, input).await
    }

    /// `issueAgentToken` for a desktop as `who`; the token.
    pub async fn agent_token(&self, who: &Session, desktop_id: &str) -> String {
        let d = self
            .app()
            .data(who, q::ISSUE_AGENT_TOKEN, json!({ "d": desktop_id }))
            .await["issueAgentToken"]
            .clone();
        assert_eq!(d["desktop"]["id"], desktop_id);
        d["token"].as_str().expect("token").to_owned()
    }

    /// `node(id)` as `who`: the desktop, or `Null` when out of scope.
    pub async fn node(&self, who: &Session, id: &str) -> Value {
        self.app().data(who, &q::node_desktop(), json!({ "id": id })).await["node"].clone()
    }

    /// The desktop list as `who` sees it (first 100).
    pub async fn list(&self, who: &Session, filter: Value) -> Value {
        let vars = json!({ "first": 100, "filter": filter });
        self.app().data(who, &q::desktops(), vars).await["desktops"].clone()
    }

    pub async fn list_names(&self, who: &Session, filter: Value) -> Vec<String> {
        let mut names: Vec<String> = nodes(&self.list(who, filter).await)
            .iter()
            .map(|n| n["name"].as_str().expect("name").to_owned())
            .collect();
        names.sort();
        names
    }

    /// How many desktops exist (as the system admin sees them).
    pub async fn count(&self) -> i64 {
        self.list(self.ops(), json!(null)).await["totalCount"]
            .as_i64()
            .expect("totalCount")
    }

    /// The VMs the platform holds now (the simulator writes its changes back to the file).
    pub fn vms(&self) -> Vec<Value> {
        self.p.read()["vms"].as_array().cloned().unwrap_or_default()
    }

    pub fn vm(&self, external_id: &str) -> Option<Value> {
        self.vms().into_iter().find(|v| v["id"] == external_id)
    }

    /// `connectionInfo` through the shared client (recorded in the transcript); the raw response.
    pub async fn conn_info(&self, who: &Session, desktop_id: &str) -> Value {
        self.app()
            .call(who, q::CONNECTION_INFO, json!({ "d": desktop_id }))
            .await
    }

    /// `connectionInfo` for the assigned user, over a private client so that the one answer that
    /// legitimately carries a password stays out of the transcript used by leak checks.
    pub async fn conn_info_private(&self, who: &Session, desktop_id: &str) -> Value {
        let body = json!({ "query": q::CONNECTION_INFO, "variables": { "d": desktop_id } });
        let resp = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client")
            .post(format!("{}/graphql", self.app().base))
            .bearer_auth(&who.token)
            .json(&body)
            .send()
            .await
            .expect("POST /graphql");
        let text = resp.text().await.expect("body");
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    }

    /// The connection info the assigned user gets; panics on errors.
    pub async fn conn_ok(&self, who: &Session, desktop_id: &str) -> Value {
        data(self.conn_info_private(who, desktop_id).await)["connectionInfo"].clone()
    }

    /// A new user of acme or globex, logged in.
    pub async fn extra_user(&self, acme: bool, role: &str) -> Session {
        let tenant = if acme { &self.w.acme } else { &self.w.globex };
        self.w.new_user(self.ops(), tenant, &unique("u"), role).await
    }

    /// A third tenant, mapped to no project of the lab platform, with an admin and a user.
    pub async fn unmapped_tenant(&self) -> (String, Session, Session) {
        let slug = format!("t{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
        let d = self
            .app()
            .data(
                self.ops(),
                q::CREATE_TENANT,
                json!({ "i": { "slug": slug, "name": "Unmapped" } }),
            )
            .await;
        let id = d["createTenant"]["id"].as_str().expect("id").to_owned();
        let mut sessions = vec![];
        for role in ["TENANT_ADMIN", "TENANT_USER"] {
            let username = unique("x");
            let password = unique("Pw");
            let vars = json!({ "i": { "tenantId": id, "username": username, "password": password, "role": role } });
            self.app().data(self.ops(), q::CREATE_USER, vars).await;
            sessions.push(self.app().login(Some(&slug), &username, &password).await);
        }
        let user = sessions.pop().expect("user");
        let admin = sessions.pop().expect("admin");
        (id, admin, user)
    }
}

/// The boot mode of a lab source, as the API spells it.
pub fn boot_of(source: &str) -> &'static str {
    match source {
        LNX | CIRRUS => "BIOS",
        _ => "UEFI",
    }
}

pub fn id_of(v: &Value) -> String {
    v["id"].as_str().unwrap_or_else(|| panic!("no id in {v}")).to_owned()
}

/// Every `connectionInfo` entry of an audit log connection.
pub fn connection_entries(conn: &Value) -> Vec<Value> {
    nodes(conn)
        .into_iter()
        .filter(|n| n["action"] == "connectionInfo")
        .collect()
}
