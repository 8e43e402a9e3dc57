//! `shared/eval/score.py`, ported: scores the engine's analysis of an article
//! against its gold annotation (`NAME.gold.json`) as the project's scorer
//! scores `counterpoint analyze NAME.txt --json`, without a process per article.
//!
//! - Quotes match by byte-span overlap (shared bytes over the shorter span
//!   ≥ 0.5), one to one, greedily by overlap. A found quote left unmatched that
//!   lies inside a gold quote is a split, not a false positive; optional gold
//!   quotes neither count when missed nor penalise when found.
//! - A quote is attributed when its speaker's name names the gold speaker
//!   ([`speaker_matches`]).
//! - A contradiction is good when its two speakers match a gold one's (either
//!   order) and each passage overlaps one of the gold texts for its side;
//!   contradictions count only where the gold annotates them.
//!
//! Keep it in step with score.py: `tests/accuracy.rs` prints score.py's summary
//! line, and the two must agree to the third decimal.

mod names;
mod tally;

pub use names::{names_party, norm, speaker_matches};
pub use tally::{CaseScore, Summary, Tally, prf};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use counterpoint::Document;
use counterpoint::engine::Analysis;
use serde::Deserialize;

// ---------------------------------------------------------------------------
// The gold format.

/// One `NAME.gold.json`, the parts score.py reads.
#[derive(Debug, Deserialize)]
pub struct Gold {
    /// The article's file name, next to the gold file.
    pub article: String,
    /// The headline, when annotated.
    pub title: Option<String>,
    /// Names that must never be a quote's speaker.
    #[serde(default)]
    pub not_speakers: Vec<String>,
    /// Every party with a quote.
    pub speakers: Vec<GoldSpeaker>,
    /// Every quote, by its exact text.
    pub quotes: Vec<GoldQuote>,
    /// Every contradiction (an empty list: not annotated, unless flagged).
    #[serde(default)]
    pub contradictions: Vec<GoldContradiction>,
    /// Contradictions are annotated even though there are none.
    #[serde(default)]
    pub contradictions_annotated: bool,
}

/// A party, by its name and aliases.
#[derive(Debug, Deserialize)]
pub struct GoldSpeaker {
    /// The canonical name.
    pub name: String,
    /// Other names the article uses.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A quote: its speaker's `name`, its kind and its exact words.
#[derive(Debug, Deserialize)]
pub struct GoldQuote {
    /// The `name` of one of [`Gold::speakers`].
    pub speaker: String,
    /// direct, indirect or mixed.
    pub kind: String,
    /// The words as they stand in the article (sometimes with their marks).
    pub text: String,
    /// Neither required nor a false positive when found.
    #[serde(default)]
    pub optional: bool,
}

/// `a_speaker` contradicts `b_speaker`, in passages holding these texts.
#[derive(Debug, Deserialize)]
pub struct GoldContradiction {
    /// The contradicting party.
    pub a_speaker: String,
    /// The contradicted party.
    pub b_speaker: String,
    /// Fragments of the contradicting passages.
    pub a_texts: Vec<String>,
    /// Fragments of the contradicted passages.
    pub b_texts: Vec<String>,
}

/// A gold annotation with its article, read as score.py reads them.
#[derive(Debug)]
pub struct GoldCase {
    /// The gold file's name without `.gold.json`.
    pub name: String,
    /// The annotation.
    pub gold: Gold,
    /// The article's path.
    pub article: PathBuf,
    /// The article's text as Python reads it (UTF-8, universal newlines).
    pub text: String,
}

impl GoldCase {
    /// Reads a gold file and its article; a broken one panics, as score.py fails.
    pub fn load(gold_path: &Path) -> Self {
        let name = gold_path
            .file_name()
            .map(|n| {
                n.to_string_lossy()
                    .trim_end_matches(".gold.json")
                    .to_owned()
            })
            .unwrap_or_default();
        let json = std::fs::read_to_string(gold_path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", gold_path.display()));
        let gold: Gold = serde_json::from_str(&json)
            .unwrap_or_else(|e| panic!("{}: not a gold file: {e}", gold_path.display()));
        let article = gold_path.with_file_name(&gold.article);
        let bytes = std::fs::read(&article)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", article.display()));
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| panic!("{}: not UTF-8: {e}", article.display()))
            .replace("\r\n", "\n")
            .replace('\r', "\n");
        Self {
            name,
            gold,
            article,
            text,
        }
    }

    /// Every `*.gold.json` of a folder, in score.py's (sorted) order.
    pub fn all_in(dir: &Path) -> Vec<Self> {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
            .collect();
        paths.sort();
        paths.iter().map(|p| Self::load(p)).collect()
    }

    /// The gold party named `name`; score.py fails on an undeclared one.
    fn party(&self, name: &str) -> &GoldSpeaker {
        // The last of equal names wins, as in score.py's dict.
        self.gold
            .speakers
            .iter()
            .rfind(|s| s.name == name)
            .unwrap_or_else(|| panic!("{}: gold speaker {name:?} is not declared", self.name))
    }

    /// score.py's `score_case` on the report of `analysis` (`doc` is what was analysed).
    pub fn score(&self, doc: &Document, analysis: &Analysis) -> CaseScore {
        let text = self.text.as_str();
        let data = text.as_bytes();
        let mut s = CaseScore::default();
        let mut preds: Vec<Pred> = Vec::new();
        for q in &analysis.quotes {
            let (st, en) = (q.span.start, q.span.end);
            let reported = q.span.slice(&doc.text);
            let fits =
                st <= en && en <= data.len() && String::from_utf8_lossy(&data[st..en]) == reported;
            if !fits {
                s.format_errors += 1;
            }
            let speaker = q
                .speaker
                .and_then(|id| analysis.speaker(id))
                .map_or("", |sp| sp.name.as_str());
            preds.push(Pred {
                span: (st, en),
                speaker,
            });
        }
        let golds: Vec<(&GoldQuote, Vec<(usize, usize)>)> = self
            .gold
            .quotes
            .iter()
            .map(|g| {
                let spans = occurrences(text, &g.text);
                assert!(
                    !spans.is_empty(),
                    "{}: gold text not in article: {:?}",
                    self.name,
                    g.text
                );
                (g, spans)
            })
            .collect();
        let (gold_match, pred_match) = match_one_to_one(&golds, &preds);
        for (pi, p) in preds.iter().enumerate() {
            if pred_match[pi].is_some() {
                continue;
            }
            let inside = golds
                .iter()
                .flat_map(|(_, spans)| spans)
                .any(|&g| overlap(p.span, g) >= 0.8 && len(p.span) <= len(g));
            let optional_hit = golds
                .iter()
                .any(|(g, spans)| g.optional && best_overlap(p.span, spans) >= 0.5);
            if !inside && !optional_hit {
                s.fp += 1;
            }
        }
        let opt_preds = pred_match
            .iter()
            .flatten()
            .filter(|&&gi| golds[gi].0.optional)
            .count();
        s.pred = preds.len() - opt_preds;
        for (gi, (g, _)) in golds.iter().enumerate() {
            if g.optional {
                continue;
            }
            s.req += 1;
            let direct = g.kind == "direct";
            s.direct += usize::from(direct);
            let Some(pi) = gold_match[gi] else {
                s.missed.push(g.text.chars().take(60).collect());
                continue;
            };
            s.tp += 1;
            s.direct_tp += usize::from(direct);
            let found = preds[pi].speaker;
            if speaker_matches(found, self.party(&g.speaker)) {
                s.attributed += 1;
            } else {
                let words = g.text.chars().take(50).collect();
                s.wrong_attr
                    .push((words, found.to_owned(), g.speaker.clone()));
            }
        }
        self.score_contradictions(analysis, &preds, &mut s);
        let not_speakers: BTreeSet<String> =
            self.gold.not_speakers.iter().map(|n| norm(n)).collect();
        let bad: BTreeSet<&str> = analysis
            .quotes
            .iter()
            .filter_map(|q| q.speaker.and_then(|id| analysis.speaker(id)))
            .filter(|sp| not_speakers.contains(&norm(&sp.name)))
            .map(|sp| sp.name.as_str())
            .collect();
        s.bad_speakers = bad.into_iter().map(str::to_owned).collect();
        s.title_ok = self
            .gold
            .title
            .as_ref()
            .map(|t| norm(&doc.title) == norm(t));
        s
    }

    /// The contradiction counts of `score_case`.
    fn score_contradictions(&self, analysis: &Analysis, preds: &[Pred], s: &mut CaseScore) {
        let gc = &self.gold.contradictions;
        s.c_gold = gc.len();
        if gc.is_empty() && !self.gold.contradictions_annotated {
            return;
        }
        s.c_pred = analysis.contradictions.len();
        let touches = |span: (usize, usize), texts: &[String]| {
            texts
                .iter()
                .flat_map(|t| occurrences(&self.text, t))
                .any(|g| overlap(span, g) > 0.0)
        };
        let mut hit = BTreeSet::new();
        for c in &analysis.contradictions {
            let (Some(a), Some(b)) = (preds.get(c.a.0), preds.get(c.b.0)) else {
                continue;
            };
            let mut good = false;
            for (ci, g) in gc.iter().enumerate() {
                for (x, y) in [(a, b), (b, a)] {
                    if speaker_matches(x.speaker, self.party(&g.a_speaker))
                        && speaker_matches(y.speaker, self.party(&g.b_speaker))
                        && touches(x.span, &g.a_texts)
                        && touches(y.span, &g.b_texts)
                    {
                        good = true;
                        hit.insert(ci);
                    }
                }
            }
            s.c_good += usize::from(good);
        }
        s.c_hit = hit.len();
    }
}

/// A found quote as score.py sees it: its span and its speaker's name ("" for none).
struct Pred<'a> {
    span: (usize, usize),
    speaker: &'a str,
}

/// One to one, greedily by overlap ≥ 0.5, ties broken as Python's reverse tuple sort.
/// Returns the found quote of each gold quote and the gold quote of each found one.
fn match_one_to_one(
    golds: &[(&GoldQuote, Vec<(usize, usize)>)],
    preds: &[Pred],
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, (_, spans)) in golds.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            let ov = best_overlap(p.span, spans);
            if ov >= 0.5 {
                pairs.push((ov, gi, pi));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2)));
    let mut gold_match = vec![None; golds.len()];
    let mut pred_match = vec![None; preds.len()];
    for (_, gi, pi) in pairs {
        if gold_match[gi].is_none() && pred_match[pi].is_none() {
            gold_match[gi] = Some(pi);
            pred_match[pi] = Some(gi);
        }
    }
    (gold_match, pred_match)
}

/// Byte spans of every occurrence of `fragment` in `text`, overlapping ones too.
pub fn occurrences(text: &str, fragment: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|rest| rest.find(fragment)) {
        let start = from + i;
        out.push((start, start + fragment.len()));
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

fn len(span: (usize, usize)) -> usize {
    span.1.saturating_sub(span.0)
}

/// Shared bytes as a share of the shorter span.
pub fn overlap(a: (usize, usize), b: (usize, usize)) -> f64 {
    let shared = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    if shared == 0 {
        return 0.0;
    }
    shared as f64 / len(a).min(len(b)).max(1) as f64
}

/// The best overlap of `span` with any of `spans`.
fn best_overlap(span: (usize, usize), spans: &[(usize, usize)]) -> f64 {
    spans.iter().map(|&s| overlap(span, s)).fold(0.0, f64::max)
}
