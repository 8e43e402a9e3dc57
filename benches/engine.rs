//! Engine throughput: `Document::from_text` + `counterpoint::analyze` on the
//! bundled sample and on ~1 MB and ~10 MB articles made by concatenating the
//! shared corpus (`../shared/corpus/*/*.txt`), or the sample when the corpus
//! is absent.
//!
//! `cargo bench --bench engine`

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use counterpoint::Document;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SAMPLE: &str = include_str!("../assets/venezuela.txt");

/// The text the large articles repeat: every corpus article, in path order.
fn corpus_body() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|set| {
            std::fs::read_dir(set.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|entry| entry.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        SAMPLE.to_owned()
    } else {
        texts.join("\n\n")
    }
}

/// A headline and then `body` repeated until the text reaches `size` bytes.
fn article_of(body: &str, size: usize) -> String {
    let mut text = String::from("A long benchmark article\n\n");
    while text.len() < size {
        text.push_str(body);
        text.push_str("\n\n");
    }
    text
}

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
