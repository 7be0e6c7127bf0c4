//! `entente search-eval [--testset FILE] [--data DIR] [--compare] [--min-recall R]` (hidden):
//! runs the search test set (`data/search-testset.json`) against the demo data and prints
//! recall@10 and MRR per language; with `--compare`, the same for each stemming alternative of
//! each language the test set covers, which is how `entente_search::analysis::LANGS` was
//! chosen. `scripts/search-eval` runs it; the numbers are in `docs/benchmarks.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::Args;
use entente_core::{Lang, PartyId, UserId, Viewer};
use entente_search::analysis::{Config, alternatives};
use entente_search::{ReadOnlySource, SearchIndex, SearchRequest};
use serde::Deserialize;

use crate::demo::DEMO_USERS;

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// The test set.
    #[arg(long, default_value = "data/search-testset.json")]
    pub testset: PathBuf,
    /// A data directory holding the demo (loaded into it when it is new; into a temporary one,
    /// removed afterwards, when absent).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Also measure every stemming alternative of each language of the test set.
    #[arg(long)]
    pub compare: bool,
    /// Fail (exit 1) when the overall recall@10 is below this.
    #[arg(long)]
    pub min_recall: Option<f64>,
    /// List the queries whose expected document is not in the first ten.
    #[arg(long)]
    pub misses: bool,
}

#[derive(Deserialize)]
struct TestSet {
    queries: Vec<TestQuery>,
}

#[derive(Deserialize)]
struct TestQuery {
    q: String,
    lang: String,
    #[serde(default, rename = "as")]
    who: Option<String>,
    expect: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    kind: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    dossier: Option<String>,
    #[serde(default)]
    party: Option<String>,
}

impl Expected {
    fn matches(&self, h: &entente_search::Hit) -> bool {
        h.kind == self.kind
            && self.id.as_ref().is_none_or(|i| *i == h.id)
            && self.title.as_ref().is_none_or(|t| *t == h.title)
            && self
                .dossier
                .as_ref()
                .is_none_or(|d| h.dossier.as_deref() == Some(d.as_str()))
            && self
                .party
                .as_ref()
                .is_none_or(|p| h.id.starts_with(&format!("{p} ")))
    }
}

fn demo_viewer(user: &str) -> Result<Viewer> {
    let u = DEMO_USERS
        .iter()
        .find(|u| u.user == user)
        .with_context(|| format!("no demo user {user:?}"))?;
    Ok(Viewer {
        user: UserId::parse(u.user)?,
        party: PartyId::parse(u.party)?,
        clearance: u.clearance,
        roles: entente_core::account::parse_roles(&u.roles.join(","))?,
    })
}

/// Per language: queries, found in the first ten, sum of reciprocal ranks.
#[derive(Default, Clone, Copy)]
struct Score {
    n: usize,
    found: usize,
    rr: f64,
}

impl Score {
    fn recall(&self) -> f64 {
        self.found as f64 / self.n.max(1) as f64
    }
    fn mrr(&self) -> f64 {
        self.rr / self.n.max(1) as f64
    }
}

fn evaluate(
    dir: &Path,
    config: Config,
    queries: &[&TestQuery],
    misses: &mut Vec<String>,
) -> Result<BTreeMap<String, Score>> {
    let source = Arc::new(ReadOnlySource::open(dir)?);
    let idx = SearchIndex::open(dir, source, config, true)?;
    let mut out: BTreeMap<String, Score> = BTreeMap::new();
    for q in queries {
        let viewer = demo_viewer(q.who.as_deref().unwrap_or("eeas.chair"))?;
        let req = SearchRequest::parse(
            Some(&q.q),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            Some("10"),
        )
        .map_err(|e| anyhow::anyhow!("query {:?}: {e}", q.q))?;
        let r = idx.search(&viewer, &req, Lang::En)?;
        let rank = r
            .hits
            .iter()
            .position(|h| q.expect.iter().any(|e| e.matches(h)));
        let s = out.entry(q.lang.clone()).or_default();
        s.n += 1;
        match rank {
            Some(i) => {
                s.found += 1;
                s.rr += 1.0 / (i as f64 + 1.0);
            }
            None => misses.push(format!(
                "[{}] {:?}: {}",
                q.lang,
                q.q,
                r.hits
                    .iter()
                    .take(3)
                    .map(|h| format!("{} {}", h.kind, h.title))
                    .collect::<Vec<_>>()
                    .join(" | ")
            )),
        }
    }
    idx.close();
    Ok(out)
}

/// The data directory to evaluate: `--data` (the demo is loaded into it when it is new), or a
/// temporary one removed afterwards.
fn demo_dir(args: &EvalArgs) -> Result<(PathBuf, Option<PathBuf>)> {
    let (dir, temp) = match &args.data {
        Some(d) if d.join(entente_store::log::DB_FILE).exists() => return Ok((d.clone(), None)),
        Some(d) => (d.clone(), None),
        None => {
            let d =
                std::env::temp_dir().join(format!("entente-search-eval-{}", std::process::id()));
            if d.exists() {
                std::fs::remove_dir_all(&d)?;
            }
            (d.clone(), Some(d))
        }
    };
    let clock = Arc::new(entente_store::ReplayClock::behind(chrono::Duration::hours(
        1,
    )));
    let store = entente_store::SqliteStore::open(&dir, clock.clone(), Default::default())
        .with_context(|| format!("creating {}", dir.display()))?;
    crate::demo::load(&store, &clock).context("loading the demo data")?;
    drop(store);
    Ok((dir, temp))
}

pub fn run(args: &EvalArgs) -> Result<i32> {
    let text = std::fs::read_to_string(&args.testset)
        .with_context(|| format!("reading {}", args.testset.display()))?;
    let set: TestSet = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a search test set", args.testset.display()))?;
    if set.queries.is_empty() {
        bail!("{}: no queries", args.testset.display());
    }
    let (dir, temp) = demo_dir(args)?;
    let all: Vec<&TestQuery> = set.queries.iter().collect();
    let mut misses = Vec::new();
    let scores = evaluate(&dir, Config::default(), &all, &mut misses)?;
    let mut total = Score::default();
    println!("language  queries  recall@10  MRR");
    for (lang, s) in &scores {
        println!("{lang:<9} {:>7}  {:>9.3}  {:.3}", s.n, s.recall(), s.mrr());
        total.n += s.n;
        total.found += s.found;
        total.rr += s.rr;
    }
    println!(
        "{:<9} {:>7}  {:>9.3}  {:.3}",
        "all",
        total.n,
        total.recall(),
        total.mrr()
    );
    if args.misses && !misses.is_empty() {
        println!("\nnot in the first ten:");
        for m in &misses {
            println!("  {m}");
        }
    }
    if args.compare {
        println!("\nstemming alternatives (queries of that language only):");
        println!("language  stemming                 recall@10  MRR");
        for lang in scores.keys() {
            let Ok(l) = lang.parse::<Lang>() else {
                continue;
            };
            let qs: Vec<&TestQuery> = set.queries.iter().filter(|q| q.lang == *lang).collect();
            for (i, alt) in alternatives(l).into_iter().enumerate() {
                let config = Config::default().with(l, alt);
                let s = evaluate(&dir, config, &qs, &mut Vec::new())?;
                let s = s.get(lang).copied().unwrap_or_default();
                println!(
                    "{lang:<9} {:<24} {:>9.3}  {:.3}{}",
                    alt.name(),
                    s.recall(),
                    s.mrr(),
                    if i == 0 { "  (chosen)" } else { "" }
                );
            }
        }
        // Leave the index as the default configuration builds it.
        evaluate(&dir, Config::default(), &[], &mut Vec::new())?;
    }
    if let Some(t) = temp {
        let _ = std::fs::remove_dir_all(t);
    }
    if let Some(min) = args.min_recall
        && total.recall() < min
    {
        println!("recall@10 {:.3} is below {min}", total.recall());
        return Ok(1);
    }
    Ok(0)
}
