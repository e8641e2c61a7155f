//! The usual cast, built through the API: `ops`, tenants `acme` and `globex` with an admin and a
//! user each (all logged in), and simulated platforms mapped `acme`→acme, `globex`→globex.

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::fragments as f;
use crate::harness::{TestApp, data, unique};
use crate::inventory;

/// A logged-in account.
#[derive(Clone, Debug)]
pub struct Session {
    pub token: String,
    pub user_id: String,
    pub username: String,
    pub password: String,
    pub tenant: Option<String>,
}

pub struct TenantCast {
    pub id: String,
    pub slug: String,
    pub admin: Session,
    pub user: Session,
}

pub struct World {
    pub app: TestApp,
    pub ops: Session,
    pub acme: TenantCast,
    pub globex: TenantCast,
}

/// A simulated platform backed by an inventory file in the test's temp dir.
#[derive(Clone, Debug)]
pub struct SimPlatform {
    pub id: String,
    pub kind: String,
    pub file: PathBuf,
}

impl SimPlatform {
    pub fn write(&self, inv: &Value) {
        std::fs::write(&self.file, serde_json::to_vec_pretty(inv).expect("json")).expect("write inventory");
    }

    pub fn write_raw(&self, text: &str) {
        std::fs::write(&self.file, text).expect("write inventory");
    }

    /// The inventory as the platform holds it now (the service writes its changes back).
    pub fn read(&self) -> Value {
        let text = std::fs::read_to_string(&self.file).expect("read inventory");
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("inventory no longer parses ({e}): {text}"))
    }

    pub fn endpoint(&self) -> String {
        format!("sim://{}", self.file.display())
    }
}

pub fn standard_mapping() -> Value {
    json!([{ "project": "acme", "tenant": "acme" }, { "project": "globex", "tenant": "globex" }])
}

impl TestApp {
    pub async fn call(&self, who: &Session, query: &str, vars: Value) -> Value {
        self.gql(Some(&who.token), query, vars).await
    }

    pub async fn data(&self, who: &Session, query: &str, vars: Value) -> Value {
        data(self.call(who, query, vars).await)
    }

    pub async fn login_raw(&self, tenant: Option<&str>, username: &str, password: &str) -> Value {
        let vars = json!({ "i": { "tenant": tenant, "username": username, "password": password } });
        self.gql(None, f::LOGIN, vars).await
    }

    pub async fn login(&self, tenant: Option<&str>, username: &str, password: &str) -> Session {
        let d = data(self.login_raw(tenant, username, password).await);
        let login = &d["login"];
        Session {
            token: login["token"].as_str().expect("token").to_owned(),
            user_id: login["viewer"]["id"].as_str().expect("viewer id").to_owned(),
            username: username.to_owned(),
            password: password.to_owned(),
            tenant: tenant.map(str::to_owned),
        }
    }
}

impl World {
    pub async fn new() -> World {
        Self::with_app(TestApp::start().await).await
    }

    /// The usual cast on a server logging at `rust_log`.
    pub async fn with_log(rust_log: &str) -> World {
        Self::with_app(TestApp::start_with_log(rust_log).await).await
    }

    pub async fn with_app(app: TestApp) -> World {
        let ops = app.login(None, "ops", &app.admin_password.clone()).await;
        let acme = Self::cast(&app, &ops, "acme").await;
        let globex = Self::cast(&app, &ops, "globex").await;
        World { app, ops, acme, globex }
    }

    async fn cast(app: &TestApp, ops: &Session, slug: &str) -> TenantCast {
        let name = format!("{}{} Corp", slug[..1].to_uppercase(), &slug[1..]);
        let d = app
            .data(ops, f::CREATE_TENANT, json!({ "i": { "slug": slug, "name": name } }))
            .await;
        let id = d["createTenant"]["id"].as_str().expect("tenant id").to_owned();
        let admin = Self::user_in(app, ops, &id, slug, &format!("{slug}-admin"), "TENANT_ADMIN").await;
        let user = Self::user_in(app, ops, &id, slug, &format!("{slug}-user"), "TENANT_USER").await;
        TenantCast {
            id,
            slug: slug.to_owned(),
            admin,
            user,
        }
    }

    async fn user_in(app: &TestApp, by: &Session, tenant_id: &str, slug: &str, username: &str, role: &str) -> Session {
        let password = unique("Pw");
        let vars = json!({ "i": { "tenantId": tenant_id, "username": username, "password": password, "role": role } });
        app.data(by, f::CREATE_USER, vars).await;
        app.login(Some(slug), username, &password).await
    }

    /// Creates a user through `by` and logs it in.
    pub async fn new_user(&self, by: &Session, tenant: &TenantCast, username: &str, role: &str) -> Session {
        Self::user_in(&self.app, by, &tenant.id, &tenant.slug, username, role).await
    }

    pub async fn add_platform(&self, name: &str, kind: &str, endpoint: &str) -> Value {
        let vars =
            json!({ "i": { "name": name, "kind": kind, "endpoint": endpoint, "projectTenants": standard_mapping() } });
        self.app.data(&self.ops, f::ADD_PLATFORM, vars).await["addCloudPlatform"].clone()
    }

    /// Writes `inv` to a fresh file and adds a platform of `kind` reading it (not yet synced).
    pub async fn sim_platform(&self, kind: &str, inv: &Value) -> SimPlatform {
        let file = self.app.path(&format!("{}.json", unique("inventory")));
        let mut p = SimPlatform {
            id: String::new(),
            kind: kind.to_owned(),
            file,
        };
        p.write(inv);
        let added = self
            .add_platform(&unique(&format!("{}-sim", kind.to_lowercase())), kind, &p.endpoint())
            .await;
        p.id = added["id"].as_str().expect("platform id").to_owned();
        p
    }

    /// A platform holding the standard inventory (names prefixed), synced once.
    pub async fn standard_platform(&self, kind: &str, prefix: &str) -> SimPlatform {
        let p = self.sim_platform(kind, &inventory::standard(kind, prefix)).await;
        let run = self.sync(&p.id).await;
        assert_eq!(
            run["status"], "SUCCEEDED",
            "first sync of the standard inventory: {run}"
        );
        p
    }

    pub async fn sync(&self, platform_id: &str) -> Value {
        self.app.data(&self.ops, &f::sync(), json!({ "id": platform_id })).await["syncCloudPlatform"].clone()
    }

    /// `node(id)` as seen by `who`, with every source field; `Value::Null` when out of scope.
    pub async fn node(&self, who: &Session, id: &str) -> Value {
        self.app.data(who, &f::node_source(), json!({ "id": id })).await["node"].clone()
    }

    /// Every source of a platform as the system admin sees them, by name.
    pub async fn sources(&self, p: &SimPlatform) -> HashMap<String, Value> {
        let field = inventory::platform_field(&p.kind);
        let q = f::platform_sources_query(field);
        let d = self.app.data(&self.ops, &q, json!({ "id": p.id, "first": 100 })).await;
        let conn = &d["node"][field];
        nodes(conn)
            .into_iter()
            .map(|n| (n["name"].as_str().expect("name").to_owned(), n))
            .collect()
    }

    /// The id of the source called `name` on `p`.
    pub async fn source_id(&self, p: &SimPlatform, name: &str) -> String {
        let all = self.sources(p).await;
        let s = all
            .get(name)
            .unwrap_or_else(|| panic!("no source {name} on platform; have {:?}", all.keys()));
        s["id"].as_str().expect("id").to_owned()
    }

    /// A source list (`vdiImages`, `customTemplates`, …) as `who` sees it; the raw response.
    pub async fn list_raw(&self, who: &Session, field: &str, vars: Value) -> Value {
        self.app.call(who, &f::source_list_query(field), vars).await
    }

    /// A source list's connection; panics on errors.
    pub async fn list(&self, who: &Session, field: &str, vars: Value) -> Value {
        data(self.list_raw(who, field, vars).await)[field].clone()
    }

    /// Names in a source list (first page of 100).
    pub async fn list_names(&self, who: &Session, field: &str, filter: Value) -> Vec<String> {
        let conn = self.list(who, field, json!({ "first": 100, "filter": filter })).await;
        names(&conn)
    }

    /// Runs a source mutation (`setOsInfo`, `setBootMode`, …) as `who`; the raw response.
    pub async fn mutate(&self, who: &Session, mutation: &str, input: Value) -> Value {
        let vars = if mutation == "clearOsCredentials" {
            json!({ "id": input["id"] })
        } else {
            json!({ "i": input })
        };
        self.app.call(who, &f::source_mutation(mutation), vars).await
    }

    /// Runs a source mutation that must succeed; the returned source.
    pub async fn mutate_ok(&self, who: &Session, mutation: &str, input: Value) -> Value {
        data(self.mutate(who, mutation, input).await)[mutation].clone()
    }
}

/// The nodes of a connection.
pub fn nodes(conn: &Value) -> Vec<Value> {
    conn["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("not a connection: {conn}"))
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

pub fn names(conn: &Value) -> Vec<String> {
    nodes(conn)
        .iter()
        .map(|n| n["name"].as_str().expect("name").to_owned())
        .collect()
}

pub fn str_of(v: &Value, key: &str) -> String {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("no string {key} in {v}"))
        .to_owned()
}

pub fn problem_codes(source: &Value) -> Vec<String> {
    let mut codes: Vec<String> = source["readiness"]["problems"]
        .as_array()
        .unwrap_or_else(|| panic!("no readiness in {source}"))
        .iter()
        .map(|p| p["code"].as_str().expect("code").to_owned())
        .collect();
    codes.sort();
    codes
}

pub fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

pub fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}
