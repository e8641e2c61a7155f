//! Traces over OpenTelemetry: with an OTLP endpoint configured, the server exports a
//! span per GraphQL request (named after the operation) and one per sync, to a real HTTP receiver
//! standing in for a collector; the spans carry no argument value.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::routing::post;
use serde_json::json;

use support::harness::{TestApp, contains_bytes};
use support::world::World;

/// An OTLP/HTTP receiver: keeps every body posted to `/v1/traces`.
async fn collector() -> (String, Arc<Mutex<Vec<u8>>>) {
    let received = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&received);
    let app = Router::new().route(
        "/v1/traces",
        post(move |body: Bytes| {
            let sink = Arc::clone(&sink);
            async move {
                sink.lock().expect("sink").extend_from_slice(&body);
                ""
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), received)
}

async fn wait_for(received: &Mutex<Vec<u8>>, needles: &[&str]) -> bool {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        {
            let got = received.lock().expect("received");
            if needles.iter().all(|n| contains_bytes(&got, n.as_bytes())) {
                return true;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test]
async fn requests_and_syncs_are_exported_as_spans_without_values() {
    let (endpoint, received) = collector().await;
    let app = TestApp::start_with_env(&[
        ("OTEL_EXPORTER_OTLP_ENDPOINT", &endpoint),
        ("OTEL_BSP_SCHEDULE_DELAY", "100"),
        ("OTEL_SERVICE_NAME", "xspace-under-test"),
    ])
    .await;
    let w = World::with_app(app).await;
    let p = w.standard_platform("OPENSTACK", "traced").await;
    w.sync(&p.id).await;
    let secret_name = "Traced-Value-9f1c";
    w.app
        .call(
            &w.ops,
            "query TracedLookup($n: String) { vdiImages(first: 1, filter: { nameContains: $n }) { totalCount } }",
            json!({ "n": secret_name }),
        )
        .await;
    let needles = [
        "xspace-under-test",
        "graphql.request",
        "TracedLookup",
        "sync",
        "platform_id",
    ];
    assert!(
        wait_for(&received, &needles).await,
        "the collector did not get spans for the request and the sync; server log:\n{}",
        w.app.server_log()
    );
    let got = received.lock().expect("received").clone();
    assert!(
        !contains_bytes(&got, secret_name.as_bytes()),
        "an argument value reached the traces"
    );
    assert!(
        !contains_bytes(&got, w.ops.password.as_bytes()),
        "a password reached the traces"
    );
}
