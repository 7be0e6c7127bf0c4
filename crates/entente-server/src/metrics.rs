//! Prometheus metrics in the text exposition format (version 0.0.4).

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, u16), u64>>,
    pub started_unix: AtomicU64,
}

impl Metrics {
    pub fn record(&self, route: &str, status: u16) {
        let mut m = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        *m.entry((route.to_string(), status)).or_insert(0) += 1;
    }

    /// Renders the exposition text; `events` is the number of events in the log.
    pub fn render(&self, events: u64) -> String {
        let mut out = String::new();
        out.push_str(
            "# HELP entente_http_requests_total HTTP requests served, by route and status.\n",
        );
        out.push_str("# TYPE entente_http_requests_total counter\n");
        let m = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        for ((route, status), n) in m.iter() {
            out.push_str(&format!(
                "entente_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}\n",
                route.replace('\\', "\\\\").replace('"', "\\\"")
            ));
        }
        out.push_str(
            "# HELP entente_log_events Events in the log.\n# TYPE entente_log_events gauge\n",
        );
        out.push_str(&format!("entente_log_events {events}\n"));
        out.push_str("# HELP entente_start_time_seconds Start time of the process since the Unix epoch.\n# TYPE entente_start_time_seconds gauge\n");
        out.push_str(&format!(
            "entente_start_time_seconds {}\n",
            self.started_unix.load(Ordering::Relaxed)
        ));
        out
    }
}
