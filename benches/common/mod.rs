//! Articles for the benchmarks: the bundled sample, and long articles made by
//! concatenating the shared corpus (`../shared/corpus/*/*.txt`), or the
//! sample when the corpus is absent.

#![allow(dead_code, reason = "each benchmark uses part of these")]

use std::path::Path;

/// The bundled sample article.
pub const SAMPLE: &str = include_str!("../../assets/venezuela.txt");

/// The text the large articles repeat: every corpus article, in path order.
pub fn corpus_body() -> String {
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
pub fn article_of(body: &str, size: usize) -> String {
    let mut text = String::from("A long benchmark article\n\n");
    while text.len() < size {
        text.push_str(body);
        text.push_str("\n\n");
    }
    text
}
