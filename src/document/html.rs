//! A saved web page (`.html`, `.htm`) into the article's own paragraphs,
//! parsed with `scraper` (html5ever, the HTML parser of the Servo browser).
//!
//! The article is the element that holds it: `[itemprop=articleBody]`, else
//! the `<article>`, else `<main>` — when it holds at least half the page's
//! paragraph text — else the element with the most `<p>` text among its
//! children. Inside it, `<p>`, `<h2>`…`<h6>`, `<blockquote>` and `<li>` are the
//! paragraphs. Left out everywhere: navigation, headers and footers, asides,
//! scripts, styles, forms, figures and their captions, comments, hidden
//! elements, and blocks whose class or id says what they are ("related",
//! "share", "newsletter", "ad", …). The title and the publication date come
//! from the page's metadata (see `html/meta.rs`).

mod meta;

use scraper::{ElementRef, Html};

use super::extracted::{Extracted, collapse_whitespace};

/// Elements that never hold the article's text.
const SKIP_TAGS: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "form",
    "figure",
    "figcaption",
    "template",
    "iframe",
    "svg",
    "button",
    "select",
    "textarea",
    "object",
    "embed",
    "canvas",
    "dialog",
    "menu",
    "head",
    "title",
    "label",
    "input",
    "audio",
    "video",
];

/// Words in a class or id that mark a block around the article, not in it.
const SKIP_WORDS: &[&str] = &[
    "related",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "promo",
    "promoted",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsored",
    "comment",
    "comments",
    "disqus",
    "sidebar",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "consent",
    "recommended",
    "recommendations",
    "popular",
    "trending",
    "outbrain",
    "taboola",
    "paywall",
    "banner",
    "toolbar",
    "header",
    "footer",
    "masthead",
    "caption",
    "credit",
    "tags",
    "topics",
    "author",
    "bio",
    "widget",
    "pagination",
    "pager",
    "modal",
    "popup",
    "overlay",
    "login",
    "signin",
    "skip",
    "print",
    "byline",
];

/// Whole class names of text meant for screen readers only.
const SKIP_CLASSES: &[&str] = &["sr-only", "visually-hidden", "screen-reader-text"];

/// ARIA roles of the page around the article.
const SKIP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "complementary",
    "contentinfo",
    "search",
    "dialog",
    "alert",
    "menu",
];

/// The first word of class names that state a page feature ("has-sidebar",
/// "no-ads"), not what a block is.
const STATE_PREFIXES: &[&str] = &[
    "has", "with", "no", "without", "show", "hide", "is", "enable",
];

/// How deep the page's elements are followed; deeper ones are ignored.
const MAX_DEPTH: usize = 256;

/// Elements that start a new block of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "hr",
    "address",
    "details",
    "summary",
];

/// Extracts the article from a web page's source.
pub(super) fn extract(source: &str) -> Extracted {
    let page = Html::parse_document(source);
    let root = article_root(&page);
    let mut out = Extracted::default();
    if let Some(title) = meta::headline(&page, root) {
        out.set_title(&title);
    }
    out.published = meta::published(&page);
    if let Some(root) = root {
        collect_blocks(root, false, 0, &mut out);
        if out.is_empty() {
            // A page that sets its text in bare <div>s.
            collect_blocks(root, true, 0, &mut out);
        }
    }
    if let Some(title) = &out.title {
        out.paragraphs.retain(|p| p != title);
    }
    out
}

/// The paragraphs of an HTML fragment (a raw HTML block in Markdown).
pub(super) fn fragment_paragraphs(source: &str) -> Vec<String> {
    let fragment = Html::parse_fragment(source);
    let mut out = Extracted::default();
    collect_blocks(fragment.root_element(), true, 0, &mut out);
    out.paragraphs
}

/// The element that holds the article, or `None` when the page has no body.
fn article_root(page: &Html) -> Option<ElementRef<'_>> {
    let mut elements = Vec::new();
    candidates(page.root_element(), 0, &mut elements);
    let body = elements
        .iter()
        .copied()
        .find(|e| e.value().name() == "body");
    let total = body.map_or(0, |b| paragraph_chars(b, 0));
    let tiers: [&dyn Fn(&ElementRef<'_>) -> bool; 3] = [
        &|e| e.attr("itemprop") == Some("articleBody"),
        &|e| e.value().name() == "article",
        &|e| e.value().name() == "main" || e.attr("role") == Some("main"),
    ];
    for tier in tiers {
        let best = elements
            .iter()
            .filter(|e| tier(e))
            .map(|e| (paragraph_chars(*e, 0), *e))
            .max_by_key(|(chars, _)| *chars);
        if let Some((chars, e)) = best
            && chars > 0
            && chars * 2 >= total
        {
            return Some(e);
        }
    }
    // The element with the most paragraph text among its own children.
    elements
        .iter()
        .map(|e| {
            let own: usize = e
                .child_elements()
                .filter(|c| c.value().name() == "p" && !is_skipped(*c))
                .map(|c| text_chars(c, 0))
                .sum();
            (own, *e)
        })
        .filter(|(own, _)| *own > 0)
        .max_by_key(|(own, _)| *own)
        .map(|(_, e)| e)
        .or(body)
}

/// Collects the elements that could hold the article: those not skipped and
/// not inside a skipped element.
fn candidates<'a>(e: ElementRef<'a>, depth: usize, out: &mut Vec<ElementRef<'a>>) {
    if depth > MAX_DEPTH || is_skipped(e) {
        return;
    }
    out.push(e);
    for child in e.child_elements() {
        candidates(child, depth + 1, out);
    }
}

/// True for elements left out of the article with everything inside them.
fn is_skipped(e: ElementRef<'_>) -> bool {
    let el = e.value();
    let name = el.name();
    if SKIP_TAGS.contains(&name)
        || el.attr("hidden").is_some()
        || el.attr("aria-hidden") == Some("true")
        || el.attr("role").is_some_and(|r| SKIP_ROLES.contains(&r))
        || el.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.to_ascii_lowercase().contains("display:none")
        })
    {
        return true;
    }
    // The page and the article's own containers are never judged by class:
    // theirs list the page's features ("has-comments", "tag-share").
    if matches!(name, "html" | "body" | "main" | "article")
        || el.attr("itemprop") == Some("articleBody")
    {
        return false;
    }
    let mut names = el.classes().chain(el.id());
    names.any(|name| {
        let name = name.to_ascii_lowercase();
        let mut words = name.split(|c: char| !c.is_ascii_alphanumeric());
        let flag = name
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .is_some_and(|first| STATE_PREFIXES.contains(&first));
        SKIP_CLASSES.contains(&name.as_str()) || (!flag && words.any(|w| SKIP_WORDS.contains(&w)))
    })
}

/// The length of the text of the `<p>`s inside `e`, skipped blocks left out.
fn paragraph_chars(e: ElementRef<'_>, depth: usize) -> usize {
    if depth > MAX_DEPTH {
        return 0;
    }
    e.child_elements()
        .filter(|c| !is_skipped(*c))
        .map(|c| {
            if c.value().name() == "p" {
                text_chars(c, depth + 1)
            } else {
                paragraph_chars(c, depth + 1)
            }
        })
        .sum()
}

fn text_chars(e: ElementRef<'_>, depth: usize) -> usize {
    let mut text = String::new();
    inline_text(e, depth, &mut text);
    text.trim().len()
}

/// Adds the paragraphs inside `e` to `out`. With `loose`, text standing
/// directly in a `<div>` (not in a `<p>`) counts too; it always does in a
/// `<li>`, a `<blockquote>` or a `<dd>`.
fn collect_blocks(e: ElementRef<'_>, loose: bool, depth: usize, out: &mut Extracted) {
    if depth > MAX_DEPTH {
        return;
    }
    let keep_inline = loose || matches!(e.value().name(), "li" | "blockquote" | "dd");
    let mut run = String::new();
    for child in e.children() {
        let Some(child) = ElementRef::wrap(child) else {
            if keep_inline && let Some(text) = child.value().as_text() {
                run.push_str(text);
            }
            continue;
        };
        if is_skipped(child) {
            continue;
        }
        let name = child.value().name();
        if !BLOCK_TAGS.contains(&name) {
            if keep_inline {
                inline_text(child, depth + 1, &mut run);
            }
            continue;
        }
        out.push(&std::mem::take(&mut run));
        match name {
            "h1" | "hr" => {}
            "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre" | "dt" | "summary" => {
                let mut text = String::new();
                inline_text(child, depth + 1, &mut text);
                out.push(&text);
            }
            _ => collect_blocks(child, loose, depth + 1, out),
        }
    }
    out.push(&run);
}

/// Appends the text inside `e`, skipped elements left out, `<br>` as a space.
fn inline_text(e: ElementRef<'_>, depth: usize, text: &mut String) {
    if depth > MAX_DEPTH {
        return;
    }
    for child in e.children() {
        if let Some(t) = child.value().as_text() {
            text.push_str(t);
        } else if let Some(child) = ElementRef::wrap(child) {
            if child.value().name() == "br" {
                text.push(' ');
            } else if !is_skipped(child) {
                if BLOCK_TAGS.contains(&child.value().name()) {
                    text.push(' ');
                }
                inline_text(child, depth + 1, text);
            }
        }
    }
}

/// The text of an element, whitespace collapsed.
fn element_text(e: ElementRef<'_>) -> String {
    let mut text = String::new();
    inline_text(e, 0, &mut text);
    collapse_whitespace(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_the_page_around_it() {
        let page = r#"<html><head><title>Port strike ends | Ledger</title></head><body>
            <nav><a href="/">Home</a></nav>
            <div class="content has-sidebar">
              <article><header><h1>Port strike ends</h1></header>
                <p>The strike ended on <b>Tuesday</b>,<br>the union said.</p>
                <div class="share-bar"><p>Share this story</p></div>
                <figure><img src="a.jpg"><figcaption>Cranes at dawn.</figcaption></figure>
                <blockquote><p>“We won,” she said.</p></blockquote>
                <ul><li>One item</li></ul>
                <script>var x = "<p>no</p>";</script><!-- a comment -->
              </article>
              <aside><p>Related: other strikes elsewhere in the country this year.</p></aside>
            </div><footer><p>Copyright</p></footer></body></html>"#;
        let ex = extract(page);
        assert_eq!(ex.title.as_deref(), Some("Port strike ends"));
        assert_eq!(
            ex.paragraphs,
            [
                "The strike ended on Tuesday, the union said.",
                "“We won,” she said.",
                "One item"
            ]
        );
    }

    #[test]
    fn without_article_the_densest_block_wins() {
        let page = "<body><div id=\"menu\"><p>Home</p></div><div><p>First paragraph of the story.</p>\
                    <p>Second paragraph.</p></div><div class=\"newsletter\"><p>Sign up for our daily newsletter today and never miss a story.</p></div></body>";
        let ex = extract(page);
        assert_eq!(
            ex.paragraphs,
            ["First paragraph of the story.", "Second paragraph."]
        );
    }

    #[test]
    fn a_page_without_text_has_no_paragraphs() {
        let ex = extract("<html><body><nav><a>Home</a></nav><img src=x></body></html>");
        assert!(ex.is_empty());
    }
}
