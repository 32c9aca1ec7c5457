//! Where the app's web views may go: only Tejido's own pages. A link in a note, a case or a
//! letter, or a page that script injected somehow, must never load another site inside a
//! window that can call every command.

/// The origins Tejido's built UI is served from: `tauri://localhost` on Linux and macOS,
/// `http(s)://tauri.localhost` on Windows (WebView2).
const OWN_ORIGINS: [&str; 3] = ["tauri://localhost", "http://tauri.localhost", "https://tauri.localhost"];

/// Whether a web view may navigate to `url`: one of Tejido's own pages, or `dev_server`'s
/// (only in a development build, which serves the UI from Vite).
pub fn is_own_page(url: &str, dev_server: Option<&str>) -> bool {
    let under = |origin: &str| {
        let origin = origin.trim_end_matches('/');
        // The origin itself, or a path, query or fragment after it: never a longer host name
        // (`tauri://localhost.example.org`) or a user part (`tauri://localhost@example.org`).
        url.strip_prefix(origin).is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
    };
    OWN_ORIGINS.iter().any(|o| under(o)) || dev_server.is_some_and(under)
}

#[cfg(test)]
mod tests {
    use super::is_own_page;

    #[test]
    fn only_tejidos_own_pages_load() {
        for own in ["tauri://localhost", "tauri://localhost/", "tauri://localhost/index.html#projector", "http://tauri.localhost/index.html"] {
            assert!(is_own_page(own, None), "{own}");
        }
        for other in [
            "https://example.org/",
            "tauri://localhost.example.org/",
            "tauri://localhost@example.org/",
            "http://tauri.localhost.example.org/",
            "http://localhost:5173/",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
        ] {
            assert!(!is_own_page(other, None), "{other}");
        }
        assert!(is_own_page("http://localhost:5173/index.html", Some("http://localhost:5173")), "the dev server, in a development build");
        assert!(!is_own_page("http://localhost:51730/", Some("http://localhost:5173")));
    }
}
