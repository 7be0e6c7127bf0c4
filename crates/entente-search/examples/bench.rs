//! The search benchmark (`scripts/bench-search`): indexes N generated documents spread over
//! the 24 languages, with random markings, containers and parties, then runs queries as a
//! viewer (so every query carries the marking filter) from C concurrent clients.
//!
//!   cargo run --release -p entente-search --example bench -- [DOCS] [CLIENTS] [DIR]
//!
//! Prints indexing rate, index size, peak memory, and p50/p95/p99 latency of two-word queries
//! and of phrase queries (each with the viewer's marking filter, counts and facets, the hits
//! confirmed and their snippets built, as the API does), and of two-word queries without
//! facets.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use entente_core::{Classification, Lang, Marking, PartyId, Tlp, UserId, Viewer};
use entente_search::analysis::Config;
use entente_search::{SearchIndex, SearchRequest, Source};
use entente_store::search_source::{Guard, Marked, SearchBatch, SearchDoc, Text};

/// splitmix64, so that runs are repeatable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Zipf-like: small indices far more often.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

const PARTIES: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "EEAS",
];

/// Letters, stems and endings that make words look like each language's, so that every
/// language's analysis does its real work.
fn alphabet(l: Lang) -> (&'static str, &'static [&'static str]) {
    match l {
        Lang::Bg => (
            "абвгдежзиклмнопрстуфхцчшъя",
            &["", "а", "и", "ът", "та", "ите", "ове"],
        ),
        Lang::El => (
            "αβγδεζηθικλμνξοπρστυφχω",
            &["", "ος", "ου", "α", "ες", "ων", "ης"],
        ),
        Lang::Lv => (
            "abcdeēfgiījklmnņoprsštuūvzž",
            &["", "s", "a", "u", "as", "ām", "iem"],
        ),
        Lang::Lt => (
            "aąbcčdeęėfgiįjklmnoprsštuųūvzž",
            &["", "as", "ai", "ų", "ams", "ui"],
        ),
        Lang::Pl => (
            "aąbcćdeęfghijklłmnńoóprsśtuwyzźż",
            &["", "a", "y", "ów", "ami", "ach"],
        ),
        Lang::Cs | Lang::Sk => (
            "aábcčdďeéěfghiíjklmnňoóprřsštťuúůvyýzž",
            &["", "a", "y", "ů", "ami", "ech"],
        ),
        Lang::Hu => (
            "aábcdeéfghiíjklmnoóöőprstuúüűvz",
            &["", "ok", "ek", "nak", "ban", "ról"],
        ),
        Lang::De => (
            "abcdefghiklmnoprstuwzäöüß",
            &["", "en", "e", "er", "es", "ung"],
        ),
        Lang::Fr | Lang::It | Lang::Es | Lang::Pt | Lang::Ro => (
            "abcdefghilmnopqrstuvzéèàçãõă",
            &["", "e", "s", "es", "ion", "ment"],
        ),
        _ => (
            "abcdefghijklmnoprstuvwy",
            &["", "s", "ed", "ing", "er", "en"],
        ),
    }
}

fn word(rng_seed: u64, l: Lang) -> String {
    let (letters, _) = alphabet(l);
    let letters: Vec<char> = letters.chars().collect();
    let mut r = Rng(rng_seed);
    let len = 3 + r.below(7);
    (0..len).map(|_| letters[r.below(letters.len())]).collect()
}

/// `VOCAB` stems per language; a document's words are drawn Zipf-like, with endings.
const VOCAB: usize = 20_000;

fn text(rng: &mut Rng, l: Lang, words: usize, li: u64) -> String {
    let (_, endings) = alphabet(l);
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        let w = rng.zipf(VOCAB) as u64;
        out.push_str(&word(li * 1_000_003 + w, l));
        out.push_str(endings[rng.below(endings.len())]);
    }
    out
}

fn marking(rng: &mut Rng) -> Marking {
    let tlp = Tlp::ALL[rng.below(4)];
    let mut m = Marking::tlp(tlp);
    if rng.below(5) == 0 {
        m.classification = Some(Classification::ALL[rng.below(3)]);
    }
    for _ in 0..rng.below(3) {
        m.releasable_to
            .insert(PartyId::parse(PARTIES[rng.below(PARTIES.len())]).unwrap());
    }
    m
}

fn marked(rng: &mut Rng) -> Marked {
    Marked {
        marking: marking(rng),
        origin: PartyId::parse(PARTIES[rng.below(PARTIES.len())]).unwrap(),
        author: UserId::parse(&format!("user{}", rng.below(500))).unwrap(),
    }
}

fn generate(n: usize) -> Vec<SearchDoc> {
    let mut rng = Rng(19);
    let dossiers: Vec<Marked> = (0..10_000).map(|_| marked(&mut rng)).collect();
    (0..n)
        .map(|i| {
            let li = rng.below(24);
            let l = Lang::ALL[li];
            let kind = ["dossier", "evidence", "assessment", "stix"][rng.below(4)];
            let dossier = (kind != "stix").then(|| rng.below(dossiers.len()));
            let body_words = 20 + rng.below(80);
            SearchDoc {
                kind,
                key: i.to_string(),
                id: format!("doc{i}"),
                link: String::new(),
                dossier: dossier.map(|d| format!("dossier-{d}")),
                titles: vec![Text::new(Some(l), text(&mut rng, l, 6, li as u64))],
                texts: vec![Text::new(Some(l), text(&mut rng, l, body_words, li as u64))],
                names: vec![],
                ids: vec![format!("T{:04}", rng.below(10_000))],
                party: Some(PartyId::parse(PARTIES[rng.below(PARTIES.len())]).unwrap()),
                date: Utc
                    .timestamp_opt(1_500_000_000 + rng.below(300_000_000) as i64, 0)
                    .single(),
                guard: Guard {
                    own: (rng.below(3) == 0 || dossier.is_none()).then(|| marked(&mut rng)),
                    container: dossier.map(|d| dossiers[d].clone()),
                },
            }
        })
        .collect()
}

/// The generated documents, confirmed by key as the store would (here: every one visible).
struct Memory(HashMap<String, SearchDoc>);

impl Source for Memory {
    fn head(&self) -> entente_search::Result<u64> {
        Ok(0)
    }
    fn changes(&self, _: u64, _: usize) -> entente_search::Result<SearchBatch> {
        Ok(SearchBatch::default())
    }
    fn confirm(
        &self,
        _: &Viewer,
        hits: &[(String, String)],
    ) -> entente_search::Result<Vec<Option<SearchDoc>>> {
        Ok(hits.iter().map(|(_, k)| self.0.get(k).cloned()).collect())
    }
    fn instance(&self) -> entente_search::Result<String> {
        Ok("bench".into())
    }
}

fn rss_peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

fn percentiles(mut v: Vec<Duration>) -> String {
    v.sort();
    let p = |q: f64| v[((v.len() as f64 * q) as usize).min(v.len() - 1)].as_secs_f64() * 1000.0;
    format!(
        "p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms ({} queries)",
        p(0.50),
        p(0.95),
        p(0.99),
        v.len()
    )
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args
        .get(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let clients: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(8);
    let dir = args
        .get(3)
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("entente-search-bench"));
    if dir.exists() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();

    let t = Instant::now();
    let docs = generate(n);
    println!(
        "generated {n} documents in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let source = Arc::new(Memory(
        docs.iter().map(|d| (d.key.clone(), d.clone())).collect(),
    ));
    let idx = SearchIndex::bulk(&dir, source, Config::default(), 2, 400).unwrap();
    let t = Instant::now();
    for chunk in docs.chunks(50_000) {
        idx.add_documents(chunk).unwrap();
    }
    idx.commit().unwrap();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "indexed {n} documents in {secs:.1} s: {:.0} documents/s (2 indexing threads, commit included)",
        n as f64 / secs
    );
    println!(
        "index size {:.1} MiB; peak memory {:.0} MiB (documents held in memory for the bench included)",
        SearchIndex::size_on_disk(&dir) as f64 / 1048576.0,
        rss_peak_mb()
    );

    // Queries: common-ish words of a few languages, as a viewer of a party with a clearance.
    let mut rng = Rng(7);
    let mut two = Vec::new();
    let mut phrases = Vec::new();
    for _ in 0..400 {
        let d = &docs[rng.below(docs.len())];
        let words: Vec<&str> = d.texts[0].text.split(' ').collect();
        let i = rng.below(words.len() - 1);
        two.push(format!(
            "{} {}",
            words[rng.below(words.len())],
            words[rng.below(words.len())]
        ));
        phrases.push(format!("\"{} {}\"", words[i], words[i + 1]));
    }
    let viewers: Vec<Viewer> = (0..clients)
        .map(|i| Viewer {
            user: UserId::parse(&format!("user{i}")).unwrap(),
            party: PartyId::parse(PARTIES[i % PARTIES.len()]).unwrap(),
            clearance: Some(Classification::RestreintUe),
            roles: BTreeSet::new(),
        })
        .collect();
    let idx = Arc::new(idx);
    let run = |name: &str, qs: &Vec<String>, per_page: &str| {
        let t = Instant::now();
        let lat: Vec<Duration> = std::thread::scope(|s| {
            let hs: Vec<_> = (0..clients)
                .map(|c| {
                    let idx = idx.clone();
                    let v = viewers[c].clone();
                    let qs = qs.clone();
                    let per_page = per_page.to_string();
                    s.spawn(move || {
                        let mut out = Vec::new();
                        for (i, q) in qs.iter().enumerate() {
                            if i % clients != c {
                                continue;
                            }
                            let req = SearchRequest::parse(
                                Some(q),
                                None,
                                None,
                                None,
                                None,
                                None,
                                None,
                                None,
                                None,
                                None,
                                Some(&per_page),
                            )
                            .unwrap();
                            let t = Instant::now();
                            let r = idx.search(&v, &req, Lang::En).unwrap();
                            out.push(t.elapsed());
                            std::hint::black_box(r);
                        }
                        out
                    })
                })
                .collect();
            hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
        });
        println!(
            "{name}, {clients} clients: {} ; {:.0} queries/s",
            percentiles(lat),
            qs.len() as f64 / t.elapsed().as_secs_f64()
        );
    };
    // Warm the caches once.
    run("warm-up", &two, "10");
    run("two-word query with marking filter", &two, "10");
    run("phrase query with marking filter", &phrases, "10");
    println!("peak memory {:.0} MiB", rss_peak_mb());
}
