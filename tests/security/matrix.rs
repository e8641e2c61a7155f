//! The tenant wall as a matrix generated from the served schema (R16): every query,
//! mutation and subscription — `node` among them — × every role of tenant globex (admin, user,
//! agent) and anonymous × each object of tenant acme put in each of its ID arguments → `null`, an
//! empty list, `NOT_FOUND` or `FORBIDDEN`, and not one of acme's names, ids or secrets in any
//! answer. Operations without an ID argument are called too and must show nothing of acme. Then
//! acme's objects must be as they were.
//!
//! The matrix grows by itself: an operation added to the schema is in it at the next run, and one
//! whose arguments the generator cannot make fails the test by name.

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use serde_json::{Map, Value, json};

use support::desktop_lab::{ACME, GLOBEX, Lab, WIN, secret};
use support::desktop_queries as q;
use support::harness::{data, error_code, unique};
use support::world::Session;
use support::ws::{Incoming, WsClient};

const INTROSPECTION: &str = "query { __schema { queryType { name } mutationType { name } subscriptionType { name } \
    types { kind name fields(includeDeprecated: true) { name args { name type { ...T } } type { ...T } } \
    inputFields { name type { ...T } } enumValues(includeDeprecated: true) { name } possibleTypes { name } } } } \
    fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";

/// How deep the generated selections go below an operation's result.
const DEPTH: usize = 4;

/// What the wall may answer about another tenant's object.
const REFUSALS: [&str; 3] = ["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"];

struct Schema {
    types: HashMap<String, Value>,
    roots: Vec<(&'static str, String)>,
}

impl Schema {
    fn new(introspected: &Value) -> Schema {
        let s = &introspected["__schema"];
        let types = s["types"]
            .as_array()
            .expect("types")
            .iter()
            .map(|t| (t["name"].as_str().expect("type name").to_owned(), t.clone()))
            .collect();
        let mut roots = vec![];
        for (kind, key) in [
            ("query", "queryType"),
            ("mutation", "mutationType"),
            ("subscription", "subscriptionType"),
        ] {
            if let Some(name) = s[key]["name"].as_str() {
                roots.push((kind, name.to_owned()));
            }
        }
        Schema { types, roots }
    }

    fn fields(&self, type_name: &str) -> Vec<Value> {
        self.types[type_name]["fields"].as_array().cloned().unwrap_or_default()
    }

    /// The selection set for a value of `t` (a type reference), `""` for a leaf.
    fn selection(&self, t: &Value, depth: usize) -> String {
        let name = named(t);
        let ty = &self.types[name];
        match ty["kind"].as_str() {
            Some("OBJECT") => {
                let mut parts = vec!["__typename".to_owned()];
                for f in self.fields(name) {
                    let required_arg = f["args"]
                        .as_array()
                        .is_some_and(|a| a.iter().any(|a| a["type"]["kind"] == "NON_NULL"));
                    if required_arg {
                        continue;
                    }
                    let fname = f["name"].as_str().expect("field name");
                    if self.is_leaf(&f["type"]) {
                        parts.push(fname.to_owned());
                    } else if depth > 0 {
                        parts.push(format!("{fname} {{ {} }}", self.selection(&f["type"], depth - 1)));
                    }
                }
                parts.join(" ")
            }
            Some("INTERFACE" | "UNION") => {
                let mut parts = vec!["__typename".to_owned()];
                for p in ty["possibleTypes"].as_array().expect("possible types") {
                    let pname = p["name"].as_str().expect("type");
                    let inner = json!({ "kind": "OBJECT", "name": pname });
                    parts.push(format!("... on {pname} {{ {} }}", self.selection(&inner, depth)));
                }
                parts.join(" ")
            }
            _ => String::new(),
        }
    }

    fn is_leaf(&self, t: &Value) -> bool {
        matches!(self.types[named(t)]["kind"].as_str(), Some("SCALAR" | "ENUM"))
    }

    /// Whether a value of `t` can hold an ID (so the argument is worth sending when optional).
    fn holds_id(&self, t: &Value, depth: usize) -> bool {
        let name = named(t);
        if name == "ID" {
            return true;
        }
        depth > 0
            && self.types[name]["kind"] == "INPUT_OBJECT"
            && self.types[name]["inputFields"]
                .as_array()
                .expect("input fields")
                .iter()
                .any(|f| self.holds_id(&f["type"], depth - 1))
    }

    /// A value for `t` at `path`; every ID gets `id_at(path)`. Optional input fields are sent
    /// only when they can hold an ID. `Err` names a type the generator cannot make.
    fn value(&self, t: &Value, path: &str, id_at: &mut dyn FnMut(&str) -> String) -> Result<Value, String> {
        match t["kind"].as_str() {
            Some("NON_NULL") => return self.value(&t["ofType"], path, id_at),
            Some("LIST") => return Ok(json!([self.value(&t["ofType"], path, id_at)?])),
            _ => {}
        }
        let name = named(t);
        let ty = &self.types[name];
        Ok(match (ty["kind"].as_str(), name) {
            (_, "ID") => json!(id_at(path)),
            (_, "String") if path.ends_with("osType") => json!("linux"),
            (_, "String") => json!("Matrix-probe-value-7"),
            (_, "Int") => json!(1),
            (_, "Float") => json!(1.0),
            (_, "Boolean") => json!(false),
            (_, "DateTime") => json!("2026-01-01T00:00:00Z"),
            (Some("ENUM"), _) => ty["enumValues"][0]["name"].clone(),
            (Some("INPUT_OBJECT"), _) => {
                let mut obj = Map::new();
                for f in ty["inputFields"].as_array().expect("input fields") {
                    let required = f["type"]["kind"] == "NON_NULL";
                    if required || self.holds_id(&f["type"], 3) {
                        let fname = f["name"].as_str().expect("input field");
                        let v = self.value(&f["type"], &format!("{path}.{fname}"), id_at)?;
                        obj.insert(fname.to_owned(), v);
                    }
                }
                Value::Object(obj)
            }
            _ => return Err(format!("no value for type {name} at {path}")),
        })
    }
}

fn named(t: &Value) -> &str {
    match t["name"].as_str() {
        Some(n) => n,
        None => named(&t["ofType"]),
    }
}

/// A type reference as written in a variable definition.
fn sdl(t: &Value) -> String {
    match t["kind"].as_str() {
        Some("NON_NULL") => format!("{}!", sdl(&t["ofType"])),
        Some("LIST") => format!("[{}]", sdl(&t["ofType"])),
        _ => named(t).to_owned(),
    }
}

/// One root field, ready to be called with values of one's choosing in its ID slots.
struct Operation {
    kind: &'static str,
    field: String,
    document: String,
    /// Arguments sent (required ones, and optional ones that can hold an ID).
    args: Vec<(String, Value)>,
    /// Paths of the ID slots in the variables.
    slots: Vec<String>,
}

impl Operation {
    fn new(schema: &Schema, kind: &'static str, field: &Value) -> Result<Operation, String> {
        let name = field["name"].as_str().expect("field").to_owned();
        let mut args = vec![];
        let mut slots = vec![];
        for a in field["args"].as_array().expect("args") {
            if a["type"]["kind"] == "NON_NULL" || schema.holds_id(&a["type"], 3) {
                let aname = a["name"].as_str().expect("arg").to_owned();
                schema.value(&a["type"], &aname, &mut |p| {
                    slots.push(p.to_owned());
                    String::new()
                })?;
                args.push((aname, a["type"].clone()));
            }
        }
        let defs: Vec<String> = args.iter().map(|(n, t)| format!("${n}: {}", sdl(t))).collect();
        let uses: Vec<String> = args.iter().map(|(n, _)| format!("{n}: ${n}")).collect();
        // Interfaces (`node`) select every implementation: one level less keeps them under the
        // complexity limit.
        let interface = matches!(
            schema.types[named(&field["type"])]["kind"].as_str(),
            Some("INTERFACE" | "UNION")
        );
        let selection = schema.selection(&field["type"], if interface { DEPTH - 1 } else { DEPTH });
        let document = format!(
            "{kind} Matrix{}{} {{ {name}{}{} }}",
            if defs.is_empty() { "" } else { "(" },
            if defs.is_empty() {
                String::new()
            } else {
                format!("{})", defs.join(", "))
            },
            if uses.is_empty() {
                String::new()
            } else {
                format!("({})", uses.join(", "))
            },
            if selection.is_empty() {
                String::new()
            } else {
                format!(" {{ {selection} }}")
            },
        );
        Ok(Operation {
            kind,
            field: name,
            document,
            args,
            slots,
        })
    }

    /// The variables with `id_at(slot)` in each ID slot.
    fn variables(&self, schema: &Schema, id_at: &dyn Fn(&str) -> String) -> Value {
        let mut vars = Map::new();
        for (name, t) in &self.args {
            let v = schema.value(t, name, &mut |p| id_at(p)).expect("made once already");
            vars.insert(name.clone(), v);
        }
        Value::Object(vars)
    }
}

/// What the other tenant owns, and the strings that would give any of it away.
struct Foreign {
    ids: Vec<String>,
    /// Every string of acme's that no globex viewer may see (ids included).
    secrets: Vec<String>,
}

/// The globex viewer's own objects, for the other slots of an operation with several.
struct Own {
    desktop: String,
    user: String,
    tenant: String,
    platform: String,
    source: String,
}

impl Own {
    /// A plausible own object for a slot, from the operation's and the slot's names.
    fn for_slot(&self, field: &str, slot: &str) -> String {
        let last = slot.rsplit('.').next().unwrap_or(slot).to_lowercase();
        let hint = if last == "id" { field.to_lowercase() } else { last };
        if hint.contains("desktop") {
            self.desktop.clone()
        } else if hint.contains("user") || hint.contains("owner") {
            self.user.clone()
        } else if hint.contains("tenant") {
            self.tenant.clone()
        } else if hint.contains("platform") {
            self.platform.clone()
        } else {
            self.source.clone()
        }
    }
}

/// A generated request and what was put in its slots.
struct Probe {
    variables: Value,
    /// The foreign ids it sends (echoing them in an error message is no leak).
    sent: Vec<String>,
}

fn probes(schema: &Schema, op: &Operation, foreign: &Foreign, own: &Own) -> Vec<Probe> {
    if op.slots.is_empty() {
        return vec![Probe {
            variables: op.variables(schema, &|_| String::new()),
            sent: vec![],
        }];
    }
    let mut out = vec![];
    for f in &foreign.ids {
        out.push(Probe {
            variables: op.variables(schema, &|_| f.clone()),
            sent: vec![f.clone()],
        });
        if op.slots.len() > 1 {
            for slot in &op.slots {
                let vars = op.variables(schema, &|p| {
                    if p == slot {
                        f.clone()
                    } else {
                        own.for_slot(&op.field, p)
                    }
                });
                out.push(Probe {
                    variables: vars,
                    sent: vec![f.clone()],
                });
            }
        }
    }
    out
}

/// The acme strings in `resp`: anywhere in `data`; in `errors` other than the ids sent.
fn leaks(resp: &Value, foreign: &Foreign, sent: &[String]) -> Vec<String> {
    let data = resp.get("data").map(Value::to_string).unwrap_or_default();
    let errors = resp.get("errors").map(Value::to_string).unwrap_or_default();
    foreign
        .secrets
        .iter()
        .filter(|s| data.contains(s.as_str()) || (!sent.contains(s) && errors.contains(s.as_str())))
        .cloned()
        .collect()
}

/// `null`, an empty list, or a connection without edges.
fn empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.get("edges").is_some_and(|e| e.as_array().is_some_and(Vec::is_empty)),
        _ => false,
    }
}

/// What a refused or emptied answer looks like; `Err` says what is wrong with this one.
fn judge(op: &Operation, resp: &Value, foreign_sent: bool) -> Result<(), String> {
    let result = &resp["data"][&op.field];
    let code = error_code(resp);
    // Without another tenant's id the call is the viewer's own business (a wrong password, say):
    // only leaks count. With one, the only answers are the refusals.
    if let Some(c) = &code
        && foreign_sent
        && !REFUSALS.contains(&c.as_str())
    {
        return Err(format!("answered {c} (the generator's value, or a fault): {resp}"));
    }
    if foreign_sent && op.kind == "mutation" && (code.is_none() || !result.is_null()) {
        return Err(format!("a mutation on another tenant's object was not refused: {resp}"));
    }
    if foreign_sent && op.kind == "query" && code.is_none() && !empty(result) {
        // A list filtered by a foreign id may show the viewer's own rows, never acme's (checked
        // by `leaks`); anything else must be empty.
        if result.get("edges").is_none() {
            return Err(format!("a query of another tenant's object answered: {resp}"));
        }
    }
    Ok(())
}

/// An API token of `who`: its global ID and its secret.
async fn api_token(lab: &Lab, who: &Session) -> (String, String) {
    let expires = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let d = lab
        .app()
        .data(
            who,
            "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id } } }",
            json!({ "i": { "name": unique("matrix-token"), "expiresAt": expires } }),
        )
        .await;
    let made = &d["createApiToken"];
    (
        made["token"]["id"].as_str().expect("token id").to_owned(),
        made["secret"].as_str().expect("secret").to_owned(),
    )
}

/// Acme as the system admin sees it (and whether its user can still sign in, and its API token
/// still works), to compare after.
async fn acme_state(lab: &Lab, desktop: &str, api_secret: &str) -> Value {
    let app = lab.app();
    let ops = lab.ops();
    let d = app.data(ops, &q::node_desktop(), json!({ "id": desktop })).await;
    let s = app
        .data(
            ops,
            "query($id: ID!) { node(id: $id) { id ... on Image { name osType osDistro osUsername hasOsPassword bootMode videoModel version } } }",
            json!({ "id": lab.src[ACME] }),
        )
        .await;
    let users = app
        .data(
            ops,
            "query($t: ID) { users(first: 100, tenantId: $t) { edges { node { id username role disabled } } } }",
            json!({ "t": lab.w.acme.id }),
        )
        .await;
    let login = app
        .login_raw(Some("acme"), &lab.w.acme.user.username, &lab.w.acme.user.password)
        .await;
    let tokens = app
        .data(
            &lab.w.acme.admin,
            "query { apiTokens(first: 100) { edges { node { id name active revokedAt } } } }",
            json!({}),
        )
        .await;
    let via_token = app.gql(Some(api_secret), "query { me { id } }", json!({})).await;
    json!({ "desktop": d, "source": s, "users": users, "login_ok": login.get("errors").is_none(),
            "tokens": tokens, "token_works": via_token.get("errors").is_none() })
}

#[tokio::test]
async fn no_role_of_one_tenant_reaches_anything_of_another() {
    let lab = Lab::new().await;
    let (app, w) = (lab.app(), &lab.w);

    // acme: a desktop of its user with custom credentials and an agent report, its custom image
    // (credentials set by the fixture), its people and itself.
    let acme_desk = lab.desktop(&w.acme.admin, ACME, Some(&w.acme.user)).await;
    let acme_desk_id = acme_desk["id"].as_str().expect("id").to_owned();
    let acme_desk_pw = secret();
    let vars = json!({ "i": { "desktopId": acme_desk_id, "username": "acme-desk-user", "password": acme_desk_pw } });
    app.data(&w.acme.admin, &q::set_desktop_credentials(), vars).await;
    let acme_agent = lab.agent_token(&w.acme.admin, &acme_desk_id).await;
    let acme_host = unique("acme-host");
    let report = json!({ "i": { "osType": "linux", "osDistro": "acmeos", "osVersion": "1", "hostname": acme_host, "agentVersion": "1" } });
    let r = app
        .gql(Some(&acme_agent), &q::report_agent_status(), report.clone())
        .await;
    data(r);

    // acme's user's API token.
    let acme_api = api_token(&lab, &w.acme.user).await;

    // globex: a desktop of its user, and an agent on it; its admin's API token.
    let own_desk = lab.desktop(&w.globex.admin, GLOBEX, Some(&w.globex.user)).await;
    let own_desk_id = own_desk["id"].as_str().expect("id").to_owned();
    let globex_agent = lab.agent_token(&w.globex.admin, &own_desk_id).await;
    let globex_api = api_token(&lab, &w.globex.admin).await;

    let foreign_ids = vec![
        acme_desk_id.clone(),
        lab.src[ACME].clone(),
        w.acme.id.clone(),
        w.acme.admin.user_id.clone(),
        w.acme.user.user_id.clone(),
        acme_api.0.clone(),
    ];
    let mut secrets = foreign_ids.clone();
    secrets.extend([
        acme_desk["name"].as_str().expect("name").to_owned(),
        ACME.to_owned(),
        "acme-local".to_owned(),
        lab.acme_pw.clone(),
        "acme-desk-user".to_owned(),
        acme_desk_pw.clone(),
        acme_host.clone(),
        acme_agent.clone(),
        acme_api.1.clone(),
        w.acme.admin.username.clone(),
        w.acme.user.username.clone(),
    ]);
    let foreign = Foreign {
        ids: foreign_ids,
        secrets,
    };
    let own = Own {
        desktop: own_desk_id.clone(),
        user: w.globex.user.user_id.clone(),
        tenant: w.globex.id.clone(),
        platform: lab.p.id.clone(),
        source: lab.src[GLOBEX].clone(),
    };
    let before = acme_state(&lab, &acme_desk_id, &acme_api.1).await;

    let schema = Schema::new(&app.data(lab.ops(), INTROSPECTION, json!({})).await);
    let mut operations = vec![];
    let mut unmade = vec![];
    for (kind, root) in &schema.roots {
        for field in schema.fields(root) {
            match Operation::new(&schema, kind, &field) {
                Ok(op) => operations.push(op),
                Err(e) => unmade.push(format!("{kind} {}: {e}", field["name"])),
            }
        }
    }
    assert!(unmade.is_empty(), "operations the matrix cannot call: {unmade:#?}");

    let roles: Vec<(&str, Option<String>)> = vec![
        ("globex admin", Some(w.globex.admin.token.clone())),
        ("globex user", Some(w.globex.user.token.clone())),
        ("globex agent", Some(globex_agent.clone())),
        ("globex admin's API token", Some(globex_api.1.clone())),
        ("anonymous", None),
    ];
    let mut failures = vec![];
    let mut calls = 0usize;
    let mut covered = BTreeSet::new();
    for op in operations.iter().filter(|o| o.kind != "subscription") {
        covered.insert(format!("{} {}", op.kind, op.field));
        for probe in probes(&schema, op, &foreign, &own) {
            for (role, token) in &roles {
                let resp = app.gql(token.as_deref(), &op.document, probe.variables.clone()).await;
                calls += 1;
                let leaked = leaks(&resp, &foreign, &probe.sent);
                if !leaked.is_empty() {
                    failures.push(format!("{role} {} {}: LEAK {leaked:?} in {resp}", op.kind, op.field));
                } else if let Err(e) = judge(op, &resp, !probe.sent.is_empty()) {
                    failures.push(format!("{role} {} {} {}: {e}", op.kind, op.field, probe.variables));
                }
            }
        }
    }

    // Nothing of acme moved (subscriptions cannot change anything; acme changes its own below).
    let after = acme_state(&lab, &acme_desk_id, &acme_api.1).await;
    assert_eq!(before, after, "acme's objects changed under globex's calls");

    // Subscriptions (signed-in users only: anyone else is refused at connection_init).
    let viewers: [(&str, &Session); 2] = [("globex admin", &w.globex.admin), ("globex user", &w.globex.user)];
    let mut sockets = vec![];
    for (role, who) in viewers {
        let mut ws = WsClient::connect_ok(app, &who.token).await;
        let mut n = 0;
        for op in operations.iter().filter(|o| o.kind == "subscription") {
            covered.insert(format!("subscription {}", op.field));
            for probe in probes(&schema, op, &foreign, &own) {
                n += 1;
                ws.subscribe(&format!("m{n}"), &op.document, probe.variables.clone())
                    .await;
                calls += 1;
            }
        }
        sockets.push((role, ws));
    }
    // acme's desktop changes while they listen: credentials, an agent report, a new desktop.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let vars = json!({ "i": { "desktopId": acme_desk_id, "username": "acme-desk-user", "password": acme_desk_pw } });
    app.data(&w.acme.admin, &q::set_desktop_credentials(), vars).await;
    let mut report2 = report.clone();
    report2["i"]["osVersion"] = json!("2");
    data(app.gql(Some(&acme_agent), &q::report_agent_status(), report2).await);
    lab.desktop(&w.acme.admin, ACME, Some(&w.acme.user)).await;
    lab.desktop(&w.acme.admin, WIN, None).await;
    for (role, ws) in &mut sockets {
        loop {
            match ws.next(Duration::from_millis(1500)).await {
                Incoming::Msg(m) => {
                    let leaked = leaks(&m["payload"], &foreign, &foreign.ids);
                    let carries_data = m["type"] == "next" && !m["payload"]["data"].is_null();
                    let code = m["payload"]["errors"][0]["extensions"]["code"]
                        .as_str()
                        .or(m["payload"][0]["extensions"]["code"].as_str());
                    if !leaked.is_empty() || carries_data {
                        failures.push(format!("{role} subscription: LEAK {leaked:?} in {m}"));
                    } else if m["type"] != "complete" && !code.is_some_and(|c| REFUSALS.contains(&c)) {
                        failures.push(format!("{role} subscription: unexpected {m}"));
                    }
                }
                Incoming::Closed(code) => {
                    failures.push(format!("{role} subscription: socket closed ({code:?})"));
                    break;
                }
                Incoming::Timeout => break,
            }
        }
    }

    let all: BTreeSet<String> = operations.iter().map(|o| format!("{} {}", o.kind, o.field)).collect();
    assert_eq!(covered, all, "every operation of the schema is in the matrix");
    assert!(
        failures.is_empty(),
        "{} of {calls} calls broke the wall:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("tenant matrix: {} operations, {calls} calls, 0 leaks", all.len());
}
