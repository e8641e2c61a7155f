//! The real `xspace` binary on a fresh database (`tests/support`'s harness), driven over GraphQL
//! as the system admin `ops`.

use serde_json::{Value, json};
use support::harness::TestApp;

use crate::cloud::unique;

pub const IMAGE_FIELDS: &str = "id externalId name scope tenant { slug } bootMode videoModel videoModelName osType \
    osDistro osUsername hasOsPassword readiness { ready problems { code } } removedFromPlatform status sizeBytes";

pub struct App {
    app: TestApp,
    token: String,
}

impl App {
    /// Creates the admin `ops`, starts `xspace serve` with `env` (`RUST_LOG` among it, `info`
    /// unless given), logs in.
    pub async fn start(env: &[(&str, &str)]) -> App {
        let rust_log = env.iter().find(|(k, _)| *k == "RUST_LOG").map_or("info", |(_, v)| *v);
        let others: Vec<(&str, &str)> = env.iter().copied().filter(|(k, _)| *k != "RUST_LOG").collect();
        let app = TestApp::start_with_log_and_env(rust_log, &others).await;
        let password = app.admin_password.clone();
        let token = app.login(None, "ops", &password).await.token;
        App { app, token }
    }

    /// The server's log so far.
    pub fn log(&self) -> String {
        self.app.server_log()
    }

    /// Peak resident memory of the server so far, in KiB (Linux `VmHWM`).
    pub fn peak_rss_kib(&self) -> Option<u64> {
        let pid = self.app.server_pid()?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
    }

    /// One GraphQL call as `ops`; the whole answer.
    pub async fn gql(&self, query: &str, variables: Value) -> Value {
        self.app.gql(Some(&self.token), query, variables).await
    }

    /// `data`, asserting there are no errors.
    pub async fn data(&self, query: &str, variables: Value) -> Value {
        let answer = self.gql(query, variables).await;
        assert!(
            answer.get("errors").is_none(),
            "GraphQL errors: {answer}\nquery: {query}"
        );
        answer["data"].clone()
    }

    pub async fn tenant(&self, slug: &str) {
        self.data(
            "mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }",
            json!({"i": {"slug": slug, "name": slug}}),
        )
        .await;
    }

    /// Adds an OPENSTACK platform; its id.
    pub async fn platform(&self, endpoint: &str, secret: &str, mapping: Value) -> String {
        let data = self
            .data(
                "mutation($i: AddCloudPlatformInput!) { addCloudPlatform(input: $i) { id } }",
                json!({"i": {"name": unique("os"), "kind": "OPENSTACK", "endpoint": endpoint, "secret": secret,
                    "projectTenants": mapping}}),
            )
            .await;
        data["addCloudPlatform"]["id"].as_str().expect("id").to_owned()
    }

    /// Runs a sync; the run.
    pub async fn sync(&self, platform: &str) -> Value {
        let data = self
            .data(
                "mutation($id: ID!) { syncCloudPlatform(id: $id) { status added updated removed error notes } }",
                json!({"id": platform}),
            )
            .await;
        data["syncCloudPlatform"].clone()
    }

    pub async fn available(&self, platform: &str) -> Option<bool> {
        let data = self
            .data(
                "query($id: ID!) { node(id: $id) { ... on CloudPlatform { available } } }",
                json!({"id": platform}),
            )
            .await;
        data["node"]["available"].as_bool()
    }

    /// Every image of the platform (removed ones included), by external id.
    pub async fn images(&self, platform: &str) -> std::collections::HashMap<String, Value> {
        let query = format!(
            "query($id: ID!, $after: String) {{ node(id: $id) {{ ... on CloudPlatform {{ \
             images(first: 100, after: $after) {{ edges {{ node {{ {IMAGE_FIELDS} }} }} \
             pageInfo {{ hasNextPage endCursor }} }} }} }} }}"
        );
        let mut out = std::collections::HashMap::new();
        let mut after = Value::Null;
        loop {
            let data = self.data(&query, json!({"id": platform, "after": after})).await;
            let page = &data["node"]["images"];
            for edge in page["edges"].as_array().expect("edges") {
                let node = edge["node"].clone();
                out.insert(node["externalId"].as_str().expect("externalId").to_owned(), node);
            }
            if page["pageInfo"]["hasNextPage"] != true {
                return out;
            }
            after = page["pageInfo"]["endCursor"].clone();
        }
    }
}
