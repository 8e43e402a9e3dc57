//! A web page's headline and publication date, from its markup and metadata.
//!
//! Headline: the `<h1>` of the article, else `og:title` (or `twitter:title`),
//! else the JSON-LD `headline`, else the page's first `<h1>`, else `<title>`.
//! Date: `article:published_time` and the like in `<meta>`, else
//! `datePublished` in JSON-LD, else a `<time datetime>` marked as the
//! publication date or standing outside related-story blocks, else a
//! `date`/`pubdate` `<meta>`.

use chrono::{DateTime, Utc};
use scraper::{ElementRef, Html};
use serde_json::Value;

use super::{element_text, is_skipped};
use crate::document::furniture::parse_timestamp;

/// `<meta>` names (in `property`, `name` or `itemprop`) of the publication date,
/// most specific first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "publish-date",
    "publishdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
];

/// Looser `<meta>` names, used only when nothing better is found.
const LOOSE_DATE_META: &[&str] = &[
    "pubdate",
    "date",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
];

/// The page's headline.
pub(super) fn headline(page: &Html, root: Option<ElementRef<'_>>) -> Option<String> {
    let elements = || page.root_element().descendent_elements();
    let first_h1 = |scope: ElementRef<'_>| {
        scope
            .descendent_elements()
            .filter(|e| e.value().name() == "h1")
            .map(element_text)
            .find(|t| !t.is_empty())
    };
    root.and_then(first_h1)
        .or_else(|| meta_content(page, &["og:title", "twitter:title"]))
        .or_else(|| json_ld(page, "headline"))
        .or_else(|| {
            elements()
                .filter(|e| e.value().name() == "h1" && !in_page_furniture(*e))
                .map(element_text)
                .find(|t| !t.is_empty())
        })
        .or_else(|| {
            elements()
                .find(|e| e.value().name() == "title")
                .map(element_text)
                .filter(|t| !t.is_empty())
        })
}

/// The page's publication date.
pub(super) fn published(page: &Html) -> Option<DateTime<Utc>> {
    let timestamp = |s: String| parse_timestamp(&s);
    meta_content(page, DATE_META)
        .and_then(timestamp)
        .or_else(|| json_ld(page, "datePublished").and_then(timestamp))
        .or_else(|| time_element(page))
        .or_else(|| meta_content(page, LOOSE_DATE_META).and_then(timestamp))
}

/// The `content` of the first `<meta>` whose `property`, `name` or `itemprop`
/// is one of `names` (tried in the order given).
fn meta_content(page: &Html, names: &[&str]) -> Option<String> {
    let metas: Vec<ElementRef<'_>> = page
        .root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "meta")
        .collect();
    names.iter().find_map(|name| {
        metas.iter().find_map(|m| {
            let matches = ["property", "name", "itemprop"]
                .iter()
                .filter_map(|a| m.attr(a))
                .any(|v| v.eq_ignore_ascii_case(name));
            m.attr("content")
                .map(str::trim)
                .filter(|c| matches && !c.is_empty())
                .map(str::to_owned)
        })
    })
}

/// The first string value of `key` in the page's JSON-LD blocks.
fn json_ld(page: &Html, key: &str) -> Option<String> {
    page.root_element()
        .descendent_elements()
        .filter(|e| {
            e.value().name() == "script"
                && e.attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
        })
        .filter_map(|e| serde_json::from_str::<Value>(&e.text().collect::<String>()).ok())
        .find_map(|json| find_key(&json, key, 0))
}

/// Searches a JSON value for `key` with a string value, depth first.
fn find_key(json: &Value, key: &str, depth: usize) -> Option<String> {
    if depth > 16 {
        return None;
    }
    match json {
        Value::Object(map) => map
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| map.values().find_map(|v| find_key(v, key, depth + 1))),
        Value::Array(items) => items.iter().find_map(|v| find_key(v, key, depth + 1)),
        _ => None,
    }
}

/// The date of a `<time datetime>`: one marked as the publication date
/// first, else the first outside navigation and related-story blocks.
fn time_element(page: &Html) -> Option<DateTime<Utc>> {
    let times: Vec<ElementRef<'_>> = page
        .root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "time" && e.attr("datetime").is_some())
        .collect();
    let marked = times.iter().find(|t| {
        t.attr("pubdate").is_some()
            || t.attr("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
    });
    marked
        .or_else(|| times.iter().find(|t| !in_page_furniture(**t)))
        .and_then(|t| t.attr("datetime"))
        .and_then(parse_timestamp)
}

/// True inside navigation, asides, footers or blocks such as "related":
/// everything skipped as page furniture except the article's `<header>`.
fn in_page_furniture(e: ElementRef<'_>) -> bool {
    std::iter::once(e)
        .chain(e.ancestors().filter_map(ElementRef::wrap))
        .any(|a| a.value().name() != "header" && is_skipped(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_and_date_from_metadata() {
        let page = Html::parse_document(
            r#"<html><head><title>Ferry fares rise | Coast News</title>
            <meta property="og:title" content="Ferry fares to rise">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-02-01T09:00:00Z"}]}</script>
            </head><body><aside class="related"><time datetime="2020-01-01">old</time></aside></body></html>"#,
        );
        assert_eq!(
            headline(&page, None).as_deref(),
            Some("Ferry fares to rise")
        );
        let date = published(&page).map(|d| d.to_rfc3339());
        assert_eq!(date.as_deref(), Some("2024-02-01T09:00:00+00:00"));
    }

    #[test]
    fn time_outside_related_blocks() {
        let page = Html::parse_document(
            r#"<body><aside><time datetime="2020-01-01">x</time></aside>
            <article><header><time datetime="2024-02-01">1 Feb</time></header></article></body>"#,
        );
        let date = published(&page).map(|d| d.date_naive().to_string());
        assert_eq!(date.as_deref(), Some("2024-02-01"));
        assert_eq!(headline(&page, None), None);
    }
}
