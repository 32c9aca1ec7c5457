//! The benchmark baseline: one empty Tauri window and nothing else, built with the app's Tauri
//! and WebKit, so the app's cold start and idle memory are reported as ratios against it
//! (`bash tests/e2e/bench.sh`). Never shipped.

fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("the empty window could not start");
}
