//! Rebuilds the binary when the console's build output changes: a release build embeds it
//! (src/http/console.rs), and a new build adds files under new (hashed) names that no
//! `include_bytes!` named before.

fn main() {
    println!("cargo:rerun-if-changed=console/dist");
}
