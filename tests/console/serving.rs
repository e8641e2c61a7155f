//! What `/` and its assets answer: content types, caching, the security headers, the SPA
//! fallback for the console's routes only, and nothing loaded from elsewhere.

use reqwest::header;

use support::harness::TestApp;

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    client()
        .get(format!("{}{path}", app.base))
        .header(header::ACCEPT, "text/html,*/*")
        .send()
        .await
        .unwrap()
}

fn h(resp: &reqwest::Response, name: &str) -> String {
    resp.headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// The hashed script and stylesheet paths that index.html names.
fn assets(index: &str) -> Vec<String> {
    index
        .split(['"', '\''])
        .filter(|s| s.starts_with("/assets/"))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn console_pages_carry_the_security_headers_and_assets_are_cached() {
    let app = TestApp::start().await;
    let resp = get(&app, "/").await;
    assert_eq!(resp.status(), 200);
    assert!(
        h(&resp, "content-type").starts_with("text/html"),
        "{}",
        h(&resp, "content-type")
    );
    let csp = h(&resp, "content-security-policy");
    let host = app.base.trim_start_matches("http://");
    for want in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ] {
        assert!(csp.contains(want), "CSP lacks {want}: {csp}");
    }
    assert!(
        csp.contains(&format!("connect-src 'self' ws://{host} wss://{host}")),
        "connect-src names the page's own WebSocket origin: {csp}"
    );
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{csp}");
    assert_eq!(h(&resp, "x-frame-options"), "DENY");
    assert_eq!(h(&resp, "x-content-type-options"), "nosniff");
    assert_eq!(h(&resp, "referrer-policy"), "no-referrer");
    assert_eq!(h(&resp, "cache-control"), "no-cache");
    let etag = h(&resp, "etag");
    let index = resp.text().await.unwrap();
    assert!(index.contains("<div id=\"root\">"), "{index}");
    assert!(
        !index.contains("http://") && !index.contains("https://") && !index.contains("//cdn"),
        "index.html names nothing outside the origin: {index}"
    );
    assert!(
        !index.contains("<script>") && !index.contains("<style"),
        "no inline script or style: {index}"
    );

    // Revalidation of index.html: the same build answers 304.
    let again = client()
        .get(format!("{}/", app.base))
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);

    let files = assets(&index);
    assert!(
        files.iter().any(|f| f.ends_with(".js")) && files.iter().any(|f| f.ends_with(".css")),
        "{files:?}"
    );
    for file in &files {
        let resp = get(&app, file).await;
        assert_eq!(resp.status(), 200, "{file}");
        let ct = h(&resp, "content-type");
        let want = if file.ends_with(".js") {
            "text/javascript"
        } else {
            "text/css"
        };
        assert!(ct.starts_with(want), "{file}: {ct}");
        assert_eq!(
            h(&resp, "cache-control"),
            "public, max-age=31536000, immutable",
            "{file}"
        );
        assert_eq!(h(&resp, "x-content-type-options"), "nosniff", "{file}");
        let body = resp.text().await.unwrap();
        assert!(!body.contains("eval("), "{file} calls eval");
    }
}

#[tokio::test]
async fn console_routes_fall_back_to_the_page_and_nothing_else_does() {
    let app = TestApp::start().await;
    for path in [
        "/login",
        "/system/images",
        "/system/platforms/Q2xvdWRQbGF0Zm9ybTox",
        "/tenant/desktops",
        "/my/desktops/x",
    ] {
        let resp = get(&app, path).await;
        assert_eq!(resp.status(), 200, "{path}");
        assert!(h(&resp, "content-type").starts_with("text/html"), "{path}");
        assert!(
            h(&resp, "content-security-policy").contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert_eq!(h(&resp, "cache-control"), "no-cache", "{path}");
    }
    for path in [
        "/console",
        "/graphiql",
        "/playground",
        "/assets/nope.js",
        "/systemx",
        "/favicon.ico",
    ] {
        let resp = get(&app, path).await;
        assert_eq!(resp.status(), 404, "{path}");
        assert!(!h(&resp, "content-type").starts_with("text/html"), "{path}");
        let body = resp.text().await.unwrap();
        assert!(body.contains("NOT_FOUND"), "{path}: {body}");
    }
    // A browser opening the endpoint (development) is sent to the console: no page from a CDN.
    let resp = get(&app, "/graphql").await;
    assert!(resp.status().is_redirection(), "{}", resp.status());
    assert_eq!(h(&resp, "location"), "/");
    // A POST elsewhere is not the console's.
    let resp = client()
        .post(format!("{}/system/images", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
}
