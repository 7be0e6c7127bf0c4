//! Criterion bench on ATT&CK for ICS 18.1: streaming validation against a bare `serde_json`
//! parse of the same bytes into a `Value` (the floor any validator pays).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use entente_stix::{ForEachControl, Options, for_each_object, validate_reader, validate_slice};

fn bench(c: &mut Criterion) {
    // `$ENTENTE_SHARED_DATA` as in the scripts, else `shared/data` beside the repository.
    let path = std::env::var_os("ENTENTE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
        .join("stix/ics-attack-18.1.json");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return;
    };
    let mut g = c.benchmark_group("ics-attack-18.1");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.sample_size(30);
    g.bench_function("serde_json::from_slice::<Value>", |b| {
        b.iter(|| black_box(serde_json::from_slice::<serde_json::Value>(black_box(&bytes)).ok()))
    });
    g.bench_function("serde_json::from_reader::<Value>", |b| {
        b.iter(|| {
            black_box(serde_json::from_reader::<_, serde_json::Value>(black_box(&bytes[..])).ok())
        })
    });
    g.bench_function("for_each_object", |b| {
        b.iter(|| {
            for_each_object(black_box(&bytes[..]), |o| {
                black_box(o);
                ForEachControl::Continue
            })
            .ok()
        })
    });
    g.bench_function("validate_reader", |b| {
        let opts = Options::default();
        b.iter(|| validate_reader(black_box(&bytes[..]), &opts, |r| drop(black_box(r))).ok())
    });
    g.bench_function("validate_slice", |b| {
        let opts = Options::default();
        b.iter(|| validate_slice(black_box(&bytes), &opts, |r| drop(black_box(r))).ok())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
