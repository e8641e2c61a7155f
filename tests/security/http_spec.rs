//! GraphQL over HTTP (graphql.github.io/graphql-over-http) as src/http answers it, with the codes
//! the audit suite (http_audit.rs) does not look at: the media type chosen from `Accept` (406 for
//! neither), request errors per media type (400 without `data` in
//! `application/graphql-response+json`, 200 without `data` in `application/json`), requests that
//! are not GraphQL-over-HTTP requests (400, 415), and GET (405 with `Allow: POST` for a mutation,
//! and for any query in production mode).

use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use support::harness::{TestApp, error_code};

const GR: &str = "application/graphql-response+json";
const JSON: &str = "application/json";

/// What came back: status, headers we look at, the body as JSON (Null if not JSON).
#[derive(Debug)]
struct Answer {
    status: u16,
    content_type: String,
    allow: Option<String>,
    body: Value,
    text: String,
}

impl Answer {
    async fn of(resp: reqwest::Response) -> Answer {
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header("content-type").unwrap_or_default();
        let allow = header("allow");
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("body");
        Answer {
            status,
            content_type,
            allow,
            body: serde_json::from_str(&text).unwrap_or(Value::Null),
            text,
        }
    }

    fn code(&self) -> String {
        error_code(&self.body).unwrap_or_default()
    }

    fn has_data(&self) -> bool {
        self.body.get("data").is_some()
    }
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("http client")
}

async fn post(app: &TestApp, accept: &str, content_type: &str, body: impl Into<reqwest::Body>) -> Answer {
    let mut req = http()
        .post(format!("{}/graphql", app.base))
        .header("accept", accept)
        .body(body);
    if !content_type.is_empty() {
        req = req.header("content-type", content_type);
    }
    Answer::of(req.send().await.expect("POST /graphql")).await
}

async fn post_query(app: &TestApp, accept: &str, body: Value) -> Answer {
    post(app, accept, JSON, body.to_string()).await
}

async fn get(app: &TestApp, accept: &str, pairs: &[(&str, &str)]) -> Answer {
    let mut url = url::Url::parse(&format!("{}/graphql", app.base)).expect("url");
    url.query_pairs_mut().extend_pairs(pairs);
    Answer::of(
        http()
            .get(url)
            .header("accept", accept)
            .send()
            .await
            .expect("GET /graphql"),
    )
    .await
}

/// A POST with no `Accept` header at all (reqwest always sends one), over a raw connection.
async fn post_without_accept(app: &TestApp, body: &str) -> (u16, String) {
    let addr = app.base.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&addr).await.expect("connect");
    let request = format!(
        "POST /graphql HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut raw = String::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_string(&mut raw))
        .await
        .expect("answered in time")
        .expect("read");
    let status = raw
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_default();
    let content_type = raw
        .lines()
        .find_map(|l| {
            l.split_once(':')
                .filter(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        })
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default();
    (status, content_type)
}

#[tokio::test]
async fn the_media_type_follows_accept() {
    let app = TestApp::start().await;
    let typename = json!({ "query": "{ __typename }" });
    let (status, content_type) = post_without_accept(&app, &typename.to_string()).await;
    assert_eq!(
        (status, content_type.as_str()),
        (200, "application/json; charset=utf-8")
    );
    for (accept, expected) in [
        ("application/json", JSON),
        ("*/*", JSON),
        ("application/*", JSON),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", JSON),
        ("application/json, application/graphql-response+json", JSON),
        (GR, GR),
        (
            "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8",
            GR,
        ),
        ("application/json;q=0.9, application/graphql-response+json", GR),
    ] {
        let a = post_query(&app, accept, typename.clone()).await;
        assert_eq!(a.status, 200, "Accept: {accept}: {a:?}");
        assert_eq!(a.content_type, format!("{expected}; charset=utf-8"), "Accept: {accept}");
        assert_eq!(a.body["data"]["__typename"], "QueryRoot", "{a:?}");
    }
    // Neither: 406, which says what would do; nothing ran.
    for accept in [
        "text/html",
        "application/xml",
        "application/json; charset=latin1",
        "application/json;q=0",
    ] {
        let a = post_query(&app, accept, typename.clone()).await;
        assert_eq!(a.status, 406, "Accept: {accept}: {a:?}");
        assert_eq!(a.code(), "BAD_USER_INPUT", "{a:?}");
        assert!(!a.text.contains("QueryRoot"), "{a:?}");
    }
    let a = get(&app, "text/html", &[("query", "{ __typename }")]).await;
    assert_eq!(a.status, 406, "{a:?}");
}

#[tokio::test]
async fn request_errors_are_400_without_data_in_graphql_response_json_and_200_in_json() {
    let app = TestApp::start().await;
    let cases = [
        ("parse failure", json!({ "query": "{" }), "GRAPHQL_PARSE_FAILED"),
        (
            "validation failure",
            json!({ "query": "{ noSuchField }" }),
            "GRAPHQL_VALIDATION_FAILED",
        ),
        (
            "variable coercion failure",
            json!({ "query": "query($n: Int!) { tenants(first: $n) { totalCount } }", "variables": { "n": "x" } }),
            "BAD_USER_INPUT",
        ),
        (
            "missing variable",
            json!({ "query": "query($n: Int!) { tenants(first: $n) { totalCount } }" }),
            "BAD_USER_INPUT",
        ),
        (
            "unknown operation",
            json!({ "query": "query A { __typename }", "operationName": "B" }),
            "BAD_USER_INPUT",
        ),
        (
            "operation not chosen",
            json!({ "query": "query A { __typename } query B { __typename }" }),
            "BAD_USER_INPUT",
        ),
    ];
    for (what, body, code) in cases {
        let a = post_query(&app, GR, body.clone()).await;
        assert_eq!(a.status, 400, "{what} ({GR}): {a:?}");
        assert!(a.content_type.starts_with(GR), "{what}: {a:?}");
        assert!(!a.has_data(), "{what} ({GR}): a data entry: {a:?}");
        let a_code = a.code();
        assert!(
            a_code == code || (code == "BAD_USER_INPUT" && a_code == "GRAPHQL_VALIDATION_FAILED"),
            "{what}: code {a_code}, expected {code}: {a:?}"
        );
        let j = post_query(&app, JSON, body).await;
        assert_eq!(j.status, 200, "{what} ({JSON}): {j:?}");
        assert!(j.content_type.starts_with(JSON), "{what}: {j:?}");
        assert!(!j.has_data(), "{what} ({JSON}): a data entry: {j:?}");
        assert_eq!(j.code(), a_code, "{what}: the code depends on the media type");
    }
    // An operation that ran is 200 in both, with its data entry, even null and with a field error.
    for accept in [GR, JSON] {
        let a = post_query(&app, accept, json!({ "query": "{ me { id } }" })).await;
        assert_eq!(a.status, 200, "{accept}: {a:?}");
        assert!(a.has_data() && a.body["data"].is_null(), "{accept}: {a:?}");
        assert!(!a.code().is_empty(), "{accept}: an error without a code: {a:?}");
    }
}

#[tokio::test]
async fn malformed_requests_are_400_and_other_content_types_415() {
    let app = TestApp::start().await;
    for accept in [GR, JSON] {
        for body in [
            "{ \"not a JSON",
            "",
            "[]",
            r#"[{"query": "{ __typename }"}]"#,
            r#"{"qeury": "{ __typename }"}"#,
            r#"{"query": 0}"#,
            r#"{"query": null}"#,
            r#"{"query": "{ __typename }", "operationName": false}"#,
            r#"{"query": "{ __typename }", "variables": "string"}"#,
            r#"{"query": "{ __typename }", "variables": ["array"]}"#,
            r#"{"query": "{ __typename }", "extensions": 0}"#,
        ] {
            let a = post(&app, accept, JSON, body).await;
            assert_eq!(a.status, 400, "{body} ({accept}): {a:?}");
            assert_eq!(a.code(), "BAD_USER_INPUT", "{body}: {a:?}");
            assert!(!a.has_data(), "{body}: {a:?}");
            assert!(a.content_type.starts_with(accept), "{body}: {a:?}");
        }
        // Null optional parameters are left out; extensions are read for their shape only.
        let body = r#"{"query": "{ __typename }", "operationName": null, "variables": null, "extensions": {"x": 1}}"#;
        let a = post(&app, accept, JSON, body).await;
        assert_eq!(
            (a.status, &a.body["data"]["__typename"]),
            (200, &json!("QueryRoot")),
            "{a:?}"
        );
    }
    let query = json!({ "query": "{ __typename }" }).to_string();
    for content_type in [
        "",
        "text/plain",
        "application/graphql",
        "application/x-www-form-urlencoded",
        "application/jsonx",
        "application/json; charset=latin1",
    ] {
        let a = post(&app, GR, content_type, query.clone()).await;
        assert_eq!(a.status, 415, "Content-Type {content_type:?}: {a:?}");
        assert_eq!(a.code(), "BAD_USER_INPUT", "{a:?}");
        assert!(!a.text.contains("QueryRoot"), "{a:?}");
    }
    for content_type in ["application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""] {
        let a = post(&app, GR, content_type, query.clone()).await;
        assert_eq!(a.status, 200, "Content-Type {content_type:?}: {a:?}");
    }
}

#[tokio::test]
async fn get_runs_queries_only_and_says_post_otherwise() {
    let app = TestApp::start().await;
    let q = "query T($name: String!) { __type(name: $name) { name } }";
    for accept in [GR, JSON] {
        let a = get(&app, accept, &[("query", q), ("variables", r#"{"name": "QueryRoot"}"#)]).await;
        assert_eq!(a.status, 200, "{a:?}");
        assert_eq!(a.body["data"]["__type"]["name"], "QueryRoot", "{a:?}");
        let a = get(&app, accept, &[("query", "mutation { __typename }")]).await;
        assert_eq!(a.status, 405, "{a:?}");
        assert_eq!(a.allow.as_deref(), Some("POST"), "{a:?}");
        assert_eq!(a.code(), "FORBIDDEN", "{a:?}");
        for pairs in [
            vec![("query", "{ __typename }"), ("query", "{ __typename }")],
            vec![("query", "{ __typename }"), ("variables", "[1]")],
            vec![("operationName", "A")],
        ] {
            let a = get(&app, accept, &pairs).await;
            assert_eq!(a.status, 400, "{pairs:?}: {a:?}");
            assert_eq!(a.code(), "BAD_USER_INPUT", "{a:?}");
        }
        // A document that does not parse is a request error like over POST.
        let a = get(&app, accept, &[("query", "{")]).await;
        assert_eq!(a.status, if accept == GR { 400 } else { 200 }, "{a:?}");
        assert_eq!(a.code(), "GRAPHQL_PARSE_FAILED", "{a:?}");
        assert!(!a.has_data(), "{a:?}");
    }
}

#[tokio::test]
async fn production_refuses_get_and_introspection_as_request_errors() {
    let app = TestApp::start_with_env(&[("XSPACE_ENV", "production")]).await;
    let a = get(&app, GR, &[("query", "{ __typename }")]).await;
    assert_eq!((a.status, a.allow.as_deref()), (405, Some("POST")), "{a:?}");
    assert_eq!(a.code(), "FORBIDDEN", "{a:?}");
    let introspection = json!({ "query": r#"{ __type(name: "QueryRoot") { name } }"# });
    let a = post_query(&app, GR, introspection.clone()).await;
    assert_eq!(a.status, 400, "{a:?}");
    assert_eq!(a.code(), "GRAPHQL_VALIDATION_FAILED", "{a:?}");
    assert!(!a.has_data(), "{a:?}");
    let j = post_query(&app, JSON, introspection).await;
    assert_eq!(
        (j.status, j.code().as_str()),
        (200, "GRAPHQL_VALIDATION_FAILED"),
        "{j:?}"
    );
}
