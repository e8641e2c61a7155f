//! `cargo test --release --test openstack -- --ignored --nocapture bench_`: a sync of 2,000 images
//! from the real Glance through the real binary; prints time, requests and peak memory.

use std::time::Instant;

use serde_json::json;

use crate::app::App;
use crate::cloud::cloud;

#[tokio::test]
#[ignore = "benchmark: creates 2,000 images; run with --ignored --nocapture"]
async fn bench_sync_2000_images() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("bench").await;
    let glance = cloud.glance_as(&account).await;
    let started = Instant::now();
    glance
        .create_many(
            "b",
            2000,
            json!({"hw_firmware_type": "uefi", "hw_video_model": "virtio", "os_type": "linux"}),
        )
        .await;
    eprintln!(
        "created 2000 images in Glance in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let app = App::start(&[("RUST_LOG", "info,xspace::platform::openstack=debug")]).await;
    let platform = app
        .platform(&cloud.glance, &cloud.password_secret(&account), json!([]))
        .await;
    for label in ["first sync (2000 added)", "second sync (no change)"] {
        let before = app.log().matches("openstack request").count();
        let started = Instant::now();
        let run = app.sync(&platform).await;
        let elapsed = started.elapsed();
        assert_eq!(run["status"], "SUCCEEDED", "{run}");
        let requests = app.log().matches("openstack request").count() - before;
        println!(
            "BENCH {label}: {:.2} s, {requests} HTTP requests (Keystone + Glance + Nova), added {} updated {} \
             removed {}, server peak RSS {} MiB",
            elapsed.as_secs_f64(),
            run["added"],
            run["updated"],
            run["removed"],
            app.peak_rss_kib().unwrap_or(0) / 1024
        );
    }
}
