//! The search index of a data directory: opened beside the database, brought up to date from
//! the log at open, kept up to date after every commit by a worker thread, queried as a viewer.
//!
//! **Read your writes.** A search first reads the log's head and waits (at most
//! [`SearchIndex::WAIT`]) until the index covers it, so what a user wrote before searching is
//! found; the worker usually catches up within a few milliseconds of a commit (see
//! `docs/search.md`). If it has not by then, the search fails with [`SearchError::Behind`]
//! rather than answer from an index that may still hold a marking a dossier no longer has.
//!
//! **Disposable.** The index lives in `search/` in the data directory. Its commit records the
//! last event it covers, the instance key, the layout and the analysis configuration; an index
//! that does not match (another layout, another analysis, a log it is ahead of) is deleted and
//! rebuilt from the log.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, Weak};
use std::thread;
use std::time::{Duration, Instant};

use entente_core::{Lang, Viewer};
use entente_store::Store;
use entente_store::picture_store::ReadOnly;
use entente_store::search_source::{SearchBatch, SearchDoc};
use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::schema::Value;
use tantivy::{
    DateTime as TDate, DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy,
    TantivyDocument, TantivyError,
};

use crate::analysis::Config;
use crate::error::{Result, SearchError};
use crate::index::{self, Fields, LAYOUT};
use crate::query::{self, Parsed, SearchRequest, Sort};
use crate::snippet::{Snippet, snippet};

/// Where the index lives in a data directory.
pub const INDEX_DIR: &str = "search";
/// The lock of the process that writes the index, in the data directory.
pub const LOCK_FILE: &str = "search.lock";

/// What the index reads from: the store of a running instance, or a data directory opened
/// read-only (the CLI beside a server).
pub trait Source: Send + Sync {
    fn head(&self) -> Result<u64>;
    fn changes(&self, after: u64, max_events: usize) -> Result<SearchBatch>;
    fn confirm(&self, viewer: &Viewer, hits: &[(String, String)])
    -> Result<Vec<Option<SearchDoc>>>;
    /// The instance's public key: an index belongs to one log.
    fn instance(&self) -> Result<String>;
}

/// A running store, held weakly: the index does not keep the store (and its directory lock)
/// alive.
pub struct StoreSource(pub Weak<dyn Store>);

impl StoreSource {
    fn store(&self) -> Result<Arc<dyn Store>> {
        self.0.upgrade().ok_or(SearchError::Closed)
    }
}

impl Source for StoreSource {
    fn head(&self) -> Result<u64> {
        Ok(self.store()?.head()?.0)
    }
    fn changes(&self, after: u64, max_events: usize) -> Result<SearchBatch> {
        Ok(self.store()?.search_changes(after, max_events)?)
    }
    fn confirm(
        &self,
        viewer: &Viewer,
        hits: &[(String, String)],
    ) -> Result<Vec<Option<SearchDoc>>> {
        Ok(self.store()?.search_confirm(viewer, hits)?)
    }
    fn instance(&self) -> Result<String> {
        Ok(self.store()?.public_key())
    }
}

/// A data directory opened read-only.
pub struct ReadOnlySource {
    ro: Mutex<ReadOnly>,
    dir: PathBuf,
}

impl ReadOnlySource {
    pub fn open(dir: &Path) -> Result<Self> {
        Ok(ReadOnlySource {
            ro: Mutex::new(ReadOnly::open(dir)?),
            dir: dir.to_path_buf(),
        })
    }

    fn with<T>(&self, f: impl FnOnce(&ReadOnly) -> entente_store::Result<T>) -> Result<T> {
        let ro = self.ro.lock().unwrap_or_else(|e| e.into_inner());
        Ok(f(&ro)?)
    }
}

impl Source for ReadOnlySource {
    fn head(&self) -> Result<u64> {
        self.with(|r| r.head())
    }
    fn changes(&self, after: u64, max_events: usize) -> Result<SearchBatch> {
        self.with(|r| r.search_changes(after, max_events))
    }
    fn confirm(
        &self,
        viewer: &Viewer,
        hits: &[(String, String)],
    ) -> Result<Vec<Option<SearchDoc>>> {
        self.with(|r| r.search_confirm(viewer, hits))
    }
    fn instance(&self) -> Result<String> {
        let conn = entente_store::picture_store::open_read_only(&self.dir)?;
        conn.query_row("SELECT value FROM meta WHERE key = 'public_key'", [], |r| {
            r.get::<_, String>(0)
        })
        .map_err(|e| SearchError::Store(e.into()))
    }
}

/// What an index's commit records.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
struct Stamp {
    indexed: u64,
    instance: String,
    layout: u32,
    analysis: String,
}

/// One hit as the API, the page and the CLI show it.
#[derive(Clone, Debug, Serialize)]
pub struct Hit {
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    /// The language of the title, when known or detected.
    #[serde(skip)]
    pub title_lang: Option<Lang>,
    pub snippet: Snippet,
    pub score: f32,
    pub dossier: Option<String>,
    pub link: String,
    pub date: Option<String>,
    /// The marking in force (the item's own, else its dossier's).
    pub marking: Option<entente_core::Marking>,
}

/// The answer to a search.
#[derive(Clone, Debug, Serialize)]
pub struct Results {
    /// Matching documents the viewer may see.
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    /// The query's language, given or detected.
    pub lang: Option<Lang>,
    pub hits: Vec<Hit>,
    /// Counts by facet (`kind`, `party`, `dossier`, `marking`, `lang`), of what the viewer may
    /// see.
    pub facets: BTreeMap<String, Vec<(String, u64)>>,
    /// The last event of the log the index covered.
    pub indexed: u64,
}

struct State {
    indexed: u64,
    error: Option<String>,
}

struct Inner {
    index: Index,
    reader: IndexReader,
    writer: Option<Mutex<IndexWriter>>,
    fields: Fields,
    config: Config,
    source: Arc<dyn Source>,
    instance: String,
    state: Mutex<State>,
    changed: Condvar,
    /// `search.lock` in the data directory, held by the process that writes the index.
    _lock: Option<std::fs::File>,
    /// Set by [`SearchIndex::close`]: the worker stops (the log's listener keeps a sender).
    stop: std::sync::atomic::AtomicBool,
}

/// The search index of one data directory (one per node).
pub struct SearchIndex {
    inner: Arc<Inner>,
    wake: Mutex<Option<mpsc::Sender<()>>>,
    worker: Mutex<Option<thread::JoinHandle<()>>>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").finish_non_exhaustive()
    }
}

type Registry = Mutex<HashMap<PathBuf, Weak<SearchIndex>>>;

fn registry() -> &'static Registry {
    static R: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
    R.get_or_init(Default::default)
}

/// Memory the writer may use before it flushes a segment.
const WRITER_MEMORY: usize = 20_000_000;
/// Events read per indexing batch.
const BATCH_EVENTS: usize = 20_000;

fn stamp_of(index: &Index) -> Option<Stamp> {
    let metas = index.load_metas().ok()?;
    serde_json::from_str(metas.payload.as_deref()?).ok()
}

fn create(path: &Path, config: &Config) -> Result<Index> {
    if path.exists() {
        std::fs::remove_dir_all(path)?;
    }
    std::fs::create_dir_all(path)?;
    let (schema, _) = index::schema();
    let index = Index::builder()
        .schema(schema)
        .tokenizers(index::tokenizers(config))
        .create_in_dir(path)?;
    Ok(index)
}

fn open_dir(path: &Path, config: &Config) -> Result<Index> {
    let dir = MmapDirectory::open(path).map_err(|e| SearchError::Index(e.into()))?;
    let mut index = Index::open(dir)?;
    index.set_tokenizers(index::tokenizers(config));
    Ok(index)
}

impl SearchIndex {
    /// How long a search waits for the index to cover the log's head.
    pub const WAIT: Duration = Duration::from_secs(5);

    /// The index of `store`'s data directory, shared by everyone in this process who asks.
    pub fn for_store(store: &Arc<dyn Store>) -> Result<Arc<SearchIndex>> {
        let dir = store.data_dir().ok_or_else(|| {
            SearchError::Missing(
                "this store has no data directory to keep a search index in".into(),
            )
        })?;
        let key = dir.canonicalize().unwrap_or(dir.clone());
        let mut reg = registry().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(existing) = reg.get(&key).and_then(Weak::upgrade) {
            return Ok(existing);
        }
        let source: Arc<dyn Source> = Arc::new(StoreSource(Arc::downgrade(store)));
        let idx = Arc::new(SearchIndex::open(&dir, source, Config::default(), true)?);
        let wake = idx.waker();
        store.on_commit(Arc::new(move |_| {
            if let Some(w) = &wake {
                let _ = w.send(());
            }
        }));
        reg.insert(key, Arc::downgrade(&idx));
        Ok(idx)
    }

    /// Opens (or creates, or rebuilds) the index of data directory `dir` fed by `source`.
    /// With `write`, takes the index's writer lock (failing if another process holds it) and
    /// starts the worker, which catches up with the log at once; without, reads what another
    /// process keeps up to date.
    pub fn open(dir: &Path, source: Arc<dyn Source>, config: Config, write: bool) -> Result<Self> {
        let path = dir.join(INDEX_DIR);
        // The writer's lock is taken before anything is inspected, deleted or created.
        let lock = if write {
            let f = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(dir.join(LOCK_FILE))?;
            if f.try_lock().is_err() {
                return Err(SearchError::Busy(format!(
                    "the search index of {} is kept by another entente process",
                    dir.display()
                )));
            }
            Some(f)
        } else {
            None
        };
        let instance = source.instance()?;
        let expected = |indexed: u64| Stamp {
            indexed,
            instance: instance.clone(),
            layout: LAYOUT,
            analysis: config.fingerprint(),
        };
        let head = source.head()?;
        let existing = if path.join("meta.json").exists() {
            open_dir(&path, &config).ok()
        } else {
            None
        };
        let usable = existing
            .as_ref()
            .and_then(stamp_of)
            .filter(|s| *s == expected(s.indexed) && s.indexed <= head);
        let (index, indexed) = match (existing, usable) {
            (Some(i), Some(s)) => (i, s.indexed),
            _ if write => (create(&path, &config)?, 0),
            _ => {
                return Err(SearchError::Missing(format!(
                    "{} has no usable search index and another process holds the data directory; the running server builds it, or stop it and run `entente rebuild --data {}`",
                    dir.display(),
                    dir.display()
                )));
            }
        };
        let writer = if write {
            let w: IndexWriter = index
                .writer_with_num_threads(1, WRITER_MEMORY)
                .map_err(|e| match e {
                    TantivyError::LockFailure(..) => SearchError::Busy(format!(
                        "the search index of {} is kept by another entente process",
                        dir.display()
                    )),
                    e => e.into(),
                })?;
            Some(Mutex::new(w))
        } else {
            None
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let (_, fields) = index::schema();
        let inner = Arc::new(Inner {
            index,
            reader,
            writer,
            fields,
            config,
            source,
            instance,
            state: Mutex::new(State {
                indexed,
                error: None,
            }),
            changed: Condvar::new(),
            _lock: lock,
            stop: Default::default(),
        });
        let (wake, worker) = if write {
            let (tx, rx) = mpsc::channel::<()>();
            let w = inner.clone();
            let h = thread::Builder::new()
                .name("entente-search".into())
                .spawn(move || w.run(rx))?;
            let _ = tx.send(());
            (Some(tx), Some(h))
        } else {
            (None, None)
        };
        Ok(SearchIndex {
            inner,
            wake: Mutex::new(wake),
            worker: Mutex::new(worker),
        })
    }

    /// An index for bulk loading ([`SearchIndex::add_documents`], then
    /// [`SearchIndex::commit`]), with `threads` indexing threads and `memory_mb` MB for them: the
    /// benchmark's. No worker follows a log.
    pub fn bulk(
        dir: &Path,
        source: Arc<dyn Source>,
        config: Config,
        threads: usize,
        memory_mb: usize,
    ) -> Result<Self> {
        let index = create(&dir.join(INDEX_DIR), &config)?;
        let writer: IndexWriter =
            index.writer_with_num_threads(threads.max(1), memory_mb.max(15) * 1_000_000)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let (_, fields) = index::schema();
        let instance = source.instance()?;
        Ok(SearchIndex {
            inner: Arc::new(Inner {
                index,
                reader,
                writer: Some(Mutex::new(writer)),
                fields,
                config,
                source,
                instance,
                state: Mutex::new(State {
                    indexed: 0,
                    error: None,
                }),
                changed: Condvar::new(),
                _lock: None,
                stop: Default::default(),
            }),
            wake: Mutex::new(None),
            worker: Mutex::new(None),
        })
    }

    /// Commits what [`SearchIndex::add_documents`] added and makes it searchable.
    pub fn commit(&self) -> Result<()> {
        let w = self.inner.writer.as_ref().ok_or(SearchError::Closed)?;
        w.lock().unwrap_or_else(|e| e.into_inner()).commit()?;
        self.inner.reader.reload()?;
        Ok(())
    }

    fn waker(&self) -> Option<mpsc::Sender<()>> {
        self.wake.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Asks the worker to catch up now (after a commit).
    pub fn notify(&self) {
        if let Some(w) = self.waker() {
            let _ = w.send(());
        }
    }

    /// The last event the index covers.
    pub fn indexed(&self) -> u64 {
        if self.inner.writer.is_none() {
            let _ = self.inner.reader.reload();
            return stamp_of(&self.inner.index).map(|s| s.indexed).unwrap_or(0);
        }
        self.inner
            .state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .indexed
    }

    /// Waits until the index covers `head`, at most `wait`.
    pub fn wait_for(&self, head: u64, wait: Duration) -> Result<()> {
        let deadline = Instant::now() + wait;
        if self.inner.writer.is_none() {
            loop {
                let indexed = self.indexed();
                if indexed >= head {
                    return Ok(());
                }
                // The writer does not commit for events that change no document: those
                // between its stamp and the head may all be such.
                if indexed > 0 {
                    let b = self.inner.source.changes(indexed, BATCH_EVENTS)?;
                    if b.upserts.is_empty() && b.deletes.is_empty() && b.head >= head {
                        return Ok(());
                    }
                }
                if Instant::now() >= deadline {
                    return Err(SearchError::Behind { indexed, head });
                }
                thread::sleep(Duration::from_millis(50));
            }
        }
        self.notify();
        let mut st = self.inner.state.lock().unwrap_or_else(|e| e.into_inner());
        while st.indexed < head {
            let now = Instant::now();
            if now >= deadline {
                return Err(match &st.error {
                    Some(e) => SearchError::Missing(format!("the search index failed: {e}")),
                    None => SearchError::Behind {
                        indexed: st.indexed,
                        head,
                    },
                });
            }
            st = self
                .inner
                .changed
                .wait_timeout(st, deadline - now)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        Ok(())
    }

    /// Runs `req` as `viewer`: waits for the index to cover the log's head, queries it with the
    /// viewer's marking filter, confirms every hit with the store, and builds snippets in the
    /// reader's language `reader`.
    pub fn search(&self, viewer: &Viewer, req: &SearchRequest, reader: Lang) -> Result<Results> {
        let head = self.inner.source.head()?;
        self.wait_for(head, Self::WAIT)?;
        self.inner.search(viewer, req, reader)
    }

    /// Indexes every document the source lists now, replacing the whole index (a rebuild).
    pub fn reindex_all(&self) -> Result<u64> {
        let w = self.inner.writer.as_ref().ok_or(SearchError::Closed)?;
        {
            let w = w.lock().unwrap_or_else(|e| e.into_inner());
            w.delete_all_documents()?;
        }
        self.inner
            .state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .indexed = 0;
        self.inner.catch_up()?;
        Ok(self.indexed())
    }

    /// Documents in the index.
    pub fn document_count(&self) -> Result<u64> {
        self.inner.reader.reload()?;
        Ok(self.inner.reader.searcher().num_docs())
    }

    /// Stops the worker.
    pub fn close(&self) {
        self.inner
            .stop
            .store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(w) = self.wake.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = w.send(());
        }
        if let Some(h) = self.worker.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = h.join();
        }
    }

    /// Indexes `docs` directly (benchmarks and evaluation): no log, no stamp.
    pub fn add_documents(&self, docs: &[SearchDoc]) -> Result<()> {
        let w = self.inner.writer.as_ref().ok_or(SearchError::Closed)?;
        let w = w.lock().unwrap_or_else(|e| e.into_inner());
        for d in docs {
            w.add_document(index::to_document(&self.inner.fields, d))?;
        }
        Ok(())
    }

    /// The directory of the index, its size on disk in bytes.
    pub fn size_on_disk(dir: &Path) -> u64 {
        fn walk(p: &Path) -> u64 {
            std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(|e| e.ok())
                        .map(|e| {
                            let p = e.path();
                            if p.is_dir() {
                                walk(&p)
                            } else {
                                e.metadata().map(|m| m.len()).unwrap_or(0)
                            }
                        })
                        .sum()
                })
                .unwrap_or(0)
        }
        walk(&dir.join(INDEX_DIR))
    }
}

impl Drop for SearchIndex {
    fn drop(&mut self) {
        self.close();
    }
}

impl Inner {
    fn run(self: Arc<Self>, rx: mpsc::Receiver<()>) {
        loop {
            match rx.recv_timeout(Duration::from_secs(2)) {
                Ok(()) => while rx.try_recv().is_ok() {},
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
            if self.stop.load(std::sync::atomic::Ordering::SeqCst) {
                break;
            }
            match self.catch_up() {
                Ok(()) => {}
                Err(SearchError::Closed) => break,
                Err(e) => {
                    tracing::error!(error = %e, "search index update failed");
                    self.state.lock().unwrap_or_else(|e| e.into_inner()).error =
                        Some(e.to_string());
                    self.changed.notify_all();
                }
            }
        }
    }

    /// Applies batches until the index covers the log's head.
    fn catch_up(&self) -> Result<()> {
        let Some(w) = &self.writer else {
            return Ok(());
        };
        loop {
            let indexed = self.state.lock().unwrap_or_else(|e| e.into_inner()).indexed;
            let batch = self.source.changes(indexed, BATCH_EVENTS)?;
            if batch.head <= indexed {
                return Ok(());
            }
            // Events that change no document (audit records, sessions) only move the mark: no
            // commit, so that reads, which append audit events, stay cheap. The stamp on disk
            // then lags, and a reopened index reads those events again, which changes nothing.
            let empty = batch.deletes.is_empty() && batch.upserts.is_empty();
            if !empty {
                let mut w = w.lock().unwrap_or_else(|e| e.into_inner());
                for (kind, key) in &batch.deletes {
                    w.delete_term(index::key_term(&self.fields, kind, key));
                }
                for d in &batch.upserts {
                    w.delete_term(index::key_term(&self.fields, d.kind, &d.key));
                    w.add_document(index::to_document(&self.fields, d))?;
                }
                let stamp = Stamp {
                    indexed: batch.head,
                    instance: self.instance.clone(),
                    layout: LAYOUT,
                    analysis: self.config.fingerprint(),
                };
                let mut c = w.prepare_commit()?;
                c.set_payload(&serde_json::to_string(&stamp).unwrap_or_default());
                c.commit()?;
                drop(w);
                self.reader.reload()?;
            }
            let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
            st.indexed = batch.head;
            st.error = None;
            drop(st);
            self.changed.notify_all();
        }
    }

    fn search(&self, viewer: &Viewer, req: &SearchRequest, reader: Lang) -> Result<Results> {
        if self.writer.is_none() {
            self.reader.reload()?;
        }
        let (q, parsed) = query::build(&self.fields, &self.config, req, viewer);
        let searcher = self.reader.searcher();
        let per_page = req.per_page.clamp(1, query::MAX_PER_PAGE);
        let offset = (req.page.max(1) - 1) * per_page;
        let mut facets = FacetCollector::for_field("facets");
        for root in ["/kind", "/party", "/dossier", "/marking", "/lang"] {
            facets.add_facet(root);
        }
        let top = TopDocs::with_limit(per_page).and_offset(offset);
        let browse = parsed.words.is_empty() && parsed.phrases.is_empty();
        let (scored, total, counts): (Vec<(f32, DocAddress)>, usize, _) =
            if req.sort == Sort::Date || browse {
                let by_date = top.order_by_fast_field::<TDate>("date", Order::Desc);
                let (docs, total, counts) = searcher.search(&q, &(by_date, Count, facets))?;
                (
                    docs.into_iter().map(|(_, a)| (0.0, a)).collect(),
                    total,
                    counts,
                )
            } else {
                searcher.search(&q, &(top.order_by_score(), Count, facets))?
            };
        let mut facet_out = BTreeMap::new();
        for root in ["kind", "party", "dossier", "marking", "lang"] {
            let mut v: Vec<(String, u64)> = counts
                .get(&format!("/{root}"))
                .map(|(f, n)| {
                    let s = f.to_path_string();
                    let leaf = s.rsplit('/').next().unwrap_or_default().to_string();
                    (leaf, n)
                })
                .collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            facet_out.insert(root.to_string(), v);
        }
        let mut keys = Vec::with_capacity(scored.len());
        for (_, addr) in &scored {
            let d: TantivyDocument = searcher.doc(*addr)?;
            let key = d
                .get_first(self.fields.key)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string();
            let (kind, k) = key.split_once(':').unwrap_or(("", ""));
            keys.push((kind.to_string(), k.to_string()));
        }
        let confirmed = self.source.confirm(viewer, &keys)?;
        let mut hits = Vec::new();
        for ((score, _), doc) in scored.iter().zip(confirmed) {
            let Some(doc) = doc else { continue };
            hits.push(self.hit(doc, *score, &parsed, reader));
        }
        let indexed = self.state.lock().unwrap_or_else(|e| e.into_inner()).indexed;
        Ok(Results {
            total,
            page: req.page.max(1),
            per_page,
            lang: parsed.lang,
            hits,
            facets: facet_out,
            indexed,
        })
    }

    fn hit(&self, doc: SearchDoc, score: f32, parsed: &Parsed, reader: Lang) -> Hit {
        let sn = snippet(&self.config, &doc, parsed, reader);
        let title = doc.title_in(reader).to_string();
        let title_lang = doc
            .titles
            .iter()
            .find(|t| t.text == title)
            .and_then(|t| t.lang.or_else(|| crate::detect::detect(&t.text)));
        Hit {
            kind: doc.kind,
            title_lang,
            title,
            id: doc.id.clone(),
            snippet: sn,
            score,
            dossier: doc.dossier.clone(),
            link: doc.link.clone(),
            date: doc.date.map(|d| d.format("%Y-%m-%d").to_string()),
            marking: doc.guard.effective().cloned(),
        }
    }
}
