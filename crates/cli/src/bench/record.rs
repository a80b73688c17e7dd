//! What one `tierpy bench` run measured: the time of every call of `main()`,
//! the tier each hot function was in after it, and the tier events; as JSON
//! and back (the per-tier processes of `--compare-tiers` report this way).

use serde_json::{Value as Json, json};

/// One timed call of `main()`.
pub struct Iteration {
    pub seconds: f64,
    /// The tier of each hot function after the call, in `BenchRun::hot` order.
    pub tiers: Vec<String>,
}

/// Something a tier did, placed in the iteration during which it happened
/// (0: while the module body ran, before the first call of `main()`).
pub struct Event {
    pub iteration: usize,
    /// Microseconds since the module started running.
    pub micros: u64,
    /// `compile`, `install`, `osr-entry`, `exit` or `jettison`.
    pub kind: String,
    pub function: String,
    /// Tier, counts, durations: whatever makes the event readable.
    pub detail: String,
}

impl Event {
    /// What the event is called on the warm-up curve and in the table,
    /// without the function (events with the same prefix are listed
    /// together); None for events not worth marking (compile spans: their
    /// installs are).
    pub fn prefix(&self) -> Option<String> {
        match self.kind.as_str() {
            "install" => Some(self.detail.clone()),
            "osr-entry" => Some("OSR entry".into()),
            "exit" => Some(format!("{} exit{}", self.detail, if self.detail == "1" { "" } else { "s" })),
            "jettison" => Some("jettison".into()),
            _ => None,
        }
    }
}

/// Everything one run measured.
pub struct BenchRun {
    pub program: String,
    pub tier: String,
    /// The functions that ran most (by execution counter), hottest first.
    pub hot: Vec<String>,
    pub iterations: Vec<Iteration>,
    pub events: Vec<Event>,
}

impl BenchRun {
    /// Median time of the last half of the iterations: the steady state.
    pub fn steady_seconds(&self) -> f64 {
        let tail = &self.iterations[self.iterations.len() / 2..];
        median(tail.iter().map(|i| i.seconds).collect())
    }

    /// Labels of the events worth marking, by iteration (events before the
    /// first call are marked on the first): `ftl f, g; OSR entry h`.
    pub fn markers(&self) -> Vec<(usize, String)> {
        let mut out: Vec<(usize, String)> = vec![];
        let mut last_prefix = String::new();
        for e in &self.events {
            let Some(prefix) = e.prefix() else { continue };
            let at = e.iteration.max(1);
            match out.last_mut() {
                Some((k, text)) if *k == at && prefix == last_prefix => {
                    text.push_str(", ");
                    text.push_str(&e.function);
                }
                Some((k, text)) if *k == at => {
                    text.push_str(&format!("; {prefix} {}", e.function));
                }
                _ => out.push((at, format!("{prefix} {}", e.function))),
            }
            last_prefix = prefix;
        }
        out
    }

    /// The `--json` record: program, tier, hot functions, iterations, events, steady state.
    pub fn to_json(&self) -> Json {
        let iterations: Vec<Json> = self
            .iterations
            .iter()
            .enumerate()
            .map(|(k, it)| {
                let tiers: serde_json::Map<String, Json> = self.hot.iter().cloned().zip(it.tiers.iter().map(|t| json!(t))).collect();
                json!({"index": k + 1, "seconds": it.seconds, "tiers": tiers})
            })
            .collect();
        let events: Vec<Json> = self
            .events
            .iter()
            .map(|e| json!({"iteration": e.iteration, "micros": e.micros, "kind": e.kind, "function": e.function, "detail": e.detail}))
            .collect();
        json!({
            "program": self.program,
            "tier": self.tier,
            "hot_functions": self.hot,
            "iterations": iterations,
            "events": events,
            "steady_seconds": self.steady_seconds(),
        })
    }

    /// Reads back what [`Self::to_json`] wrote.
    pub fn from_json(j: &Json) -> Option<BenchRun> {
        let text = |v: &Json| v.as_str().unwrap_or_default().to_string();
        let hot: Vec<String> = j["hot_functions"].as_array()?.iter().map(text).collect();
        let iterations = j["iterations"]
            .as_array()?
            .iter()
            .map(|it| Iteration {
                seconds: it["seconds"].as_f64().unwrap_or(0.0),
                tiers: hot.iter().map(|h| text(&it["tiers"][h])).collect(),
            })
            .collect();
        let events = j["events"]
            .as_array()?
            .iter()
            .map(|e| Event {
                iteration: e["iteration"].as_u64().unwrap_or(0) as usize,
                micros: e["micros"].as_u64().unwrap_or(0),
                kind: text(&e["kind"]),
                function: text(&e["function"]),
                detail: text(&e["detail"]),
            })
            .collect();
        Some(BenchRun { program: text(&j["program"]), tier: text(&j["tier"]), hot, iterations, events })
    }
}

/// The median of some times (0 for none).
pub fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 { v[m] } else { (v[m - 1] + v[m]) / 2.0 }
}

/// `s` cut to `n` characters, with an ellipsis when something was cut.
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    s.chars().take(n.saturating_sub(1)).chain(std::iter::once('…')).collect()
}
