//! Engine throughput: `Document::from_text` + `counterpoint::analyze` on the
//! bundled sample and on ~1 MB and ~10 MB articles made by concatenating the
//! shared corpus (`../shared/corpus/*/*.txt`), or the sample when the corpus
//! is absent.
//!
//! `cargo bench --bench engine`

use std::hint::black_box;
use std::time::Duration;

use counterpoint::Document;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

use common::{SAMPLE, article_of, corpus_body};

fn analyze(c: &mut Criterion) {
    let body = corpus_body();
    let cases = [
        ("sample", SAMPLE.to_owned(), 20, 3),
        ("1MB", article_of(&body, 1_000_000), 10, 8),
        ("10MB", article_of(&body, 10_000_000), 10, 40),
    ];
    let mut group = c.benchmark_group("analyze");
    for (name, text, samples, seconds) in &cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(*samples);
        group.measurement_time(Duration::from_secs(*seconds));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let doc = Document::from_text("bench.txt", black_box(text));
                counterpoint::analyze(&doc)
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1));
    targets = analyze
}
criterion_main!(benches);
