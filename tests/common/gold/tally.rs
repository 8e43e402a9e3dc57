//! Scores as score.py counts, totals and prints them.

use std::fmt::{self, Write as _};

/// One article's counts, as score.py's `score_case` returns them.
#[derive(Debug, Default, Clone)]
pub struct CaseScore {
    /// Required (not optional) gold quotes.
    pub req: usize,
    /// Required gold quotes found.
    pub tp: usize,
    /// Found quotes, less those matched to optional gold quotes.
    pub pred: usize,
    /// Found quotes that are neither a gold quote nor part of one.
    pub fp: usize,
    /// Required direct gold quotes.
    pub direct: usize,
    /// Required direct gold quotes found.
    pub direct_tp: usize,
    /// Required gold quotes found and given to the right speaker.
    pub attributed: usize,
    /// Gold contradictions.
    pub c_gold: usize,
    /// Found contradictions (where the gold annotates them).
    pub c_pred: usize,
    /// Found contradictions that match a gold one.
    pub c_good: usize,
    /// Gold contradictions found.
    pub c_hit: usize,
    /// Speakers of quotes that the gold lists as never speaking.
    pub bad_speakers: Vec<String>,
    /// Whether the title is right, when the gold gives one.
    pub title_ok: Option<bool>,
    /// Quotes whose offsets do not fit the article or its text.
    pub format_errors: usize,
    /// The first 60 characters of each required quote not found.
    pub missed: Vec<String>,
    /// (first 50 characters, speaker found, gold speaker) of each misattributed quote.
    pub wrong_attr: Vec<(String, String, String)>,
}

impl CaseScore {
    /// The quote F1 of this article.
    pub fn quote_f1(&self) -> f64 {
        prf(self.tp, self.tp + self.fp, self.req).2
    }

    /// Required quotes given to the right speaker, as a share of all (1 for none).
    pub fn attributed_share(&self) -> f64 {
        if self.req == 0 {
            1.0
        } else {
            self.attributed as f64 / self.req as f64
        }
    }

    /// score.py `--verbose`'s lines for this article.
    pub fn details(&self, name: &str) -> String {
        let bad: Vec<String> = self.bad_speakers.iter().map(|b| py_repr(b)).collect();
        let title = self
            .title_ok
            .map_or("None", |ok| if ok { "True" } else { "False" });
        let mut out = format!(
            "{name}: quotes {}/{} fp={} F1={:.2} attributed={}/{} contra {}/{} (pred {}, good {}) \
             bad_speakers=[{}] title={title} format_errors={}\n",
            self.tp,
            self.req,
            self.fp,
            self.quote_f1(),
            self.attributed,
            self.req,
            self.c_hit,
            self.c_gold,
            self.c_pred,
            self.c_good,
            bad.join(", "),
            self.format_errors
        );
        for m in &self.missed {
            let _ = writeln!(out, "   missed: {m}");
        }
        for (words, found, gold) in &self.wrong_attr {
            let _ = writeln!(
                out,
                "   wrong speaker: {} -> {} (gold {})",
                py_repr(words),
                py_repr(found),
                py_repr(gold)
            );
        }
        out
    }
}

/// Python's `repr` of a string, for messages that read like score.py's.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if u32::from(c) < 0x100 && (c.is_control() || c == '\u{a0}' || c == '\u{ad}') => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c if c.is_control()
                || (c.is_whitespace() && c != ' ')
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}') =>
            {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// score.py's `prf`: precision, recall and F1.
pub fn prf(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
    let p = if npred > 0 {
        tp as f64 / npred as f64
    } else if ngold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if ngold > 0 {
        tp as f64 / ngold as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// score.py's totals over a corpus.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    cases: usize,
    failed: usize,
    req: usize,
    tp: usize,
    fp: usize,
    direct: usize,
    direct_tp: usize,
    attributed: usize,
    c_gold: usize,
    c_pred: usize,
    c_good: usize,
    c_hit: usize,
    bad: usize,
    titles: usize,
    title_ok: usize,
    format_errors: usize,
    secs: f64,
}

impl Tally {
    /// Adds one article, which took `secs` to load and analyse.
    pub fn add(&mut self, s: &CaseScore, secs: f64) {
        self.cases += 1;
        self.secs += secs;
        self.req += s.req;
        self.tp += s.tp;
        self.fp += s.fp;
        self.direct += s.direct;
        self.direct_tp += s.direct_tp;
        self.attributed += s.attributed;
        self.c_gold += s.c_gold;
        self.c_pred += s.c_pred;
        self.c_good += s.c_good;
        self.c_hit += s.c_hit;
        self.format_errors += s.format_errors;
        self.bad += s.bad_speakers.len();
        if let Some(ok) = s.title_ok {
            self.titles += 1;
            self.title_ok += usize::from(ok);
        }
    }

    /// Counts an article that could not be analysed (scored as an empty report).
    pub fn add_failure(&mut self) {
        self.failed += 1;
    }

    /// The corpus's numbers, rounded as score.py rounds them.
    pub fn summary(&self) -> Summary {
        let share = |n: usize, d: usize| (d > 0).then(|| round(n as f64 / d as f64, 3));
        let (p, r, f) = prf(self.tp, self.tp + self.fp, self.req);
        let (cp, cr, cf) = prf(self.c_good, self.c_pred, self.c_gold);
        let contra = |x: f64| (self.c_gold > 0).then(|| round(x, 3));
        Summary {
            cases: self.cases,
            failed: self.failed,
            quote_p: round(p, 3),
            quote_r: round(r, 3),
            quote_f1: round(f, 3),
            direct_r: share(self.direct_tp, self.direct),
            attributed: share(self.attributed, self.req),
            attr_acc: share(self.attributed, self.tp),
            contra_p: contra(cp),
            contra_r: contra(cr),
            contra_f1: contra(cf),
            bad_speakers: self.bad,
            title_ok: self.title_ok,
            titles: self.titles,
            format_errors: self.format_errors,
            secs: round(self.secs, 2),
        }
    }
}

/// Python's `round(x, digits)` (half to even on the exact binary value).
fn round(x: f64, digits: usize) -> f64 {
    format!("{x:.digits$}").parse().unwrap_or(x)
}

/// score.py's final line, field for field (`None` where score.py prints None).
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Articles scored.
    pub cases: usize,
    /// Articles that could not be loaded.
    pub failed: usize,
    /// Quote precision.
    pub quote_p: f64,
    /// Quote recall.
    pub quote_r: f64,
    /// Quote F1.
    pub quote_f1: f64,
    /// Recall of direct quotes.
    pub direct_r: Option<f64>,
    /// Required quotes found with the right speaker, as a share of all.
    pub attributed: Option<f64>,
    /// Quotes found with the right speaker, as a share of those found.
    pub attr_acc: Option<f64>,
    /// Contradiction precision, where any are annotated.
    pub contra_p: Option<f64>,
    /// Contradiction recall.
    pub contra_r: Option<f64>,
    /// Contradiction F1.
    pub contra_f1: Option<f64>,
    /// Speakers the gold says never speak, counted per article.
    pub bad_speakers: usize,
    /// Right titles.
    pub title_ok: usize,
    /// Annotated titles.
    pub titles: usize,
    /// Quotes whose offsets do not fit the article.
    pub format_errors: usize,
    /// Time spent loading and analysing.
    pub secs: f64,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let py = |x: Option<f64>| x.map_or_else(|| "None".to_owned(), |x| format!("{x:?}"));
        write!(
            f,
            "cases={} failed={} quote_p={:?} quote_r={:?} quote_f1={:?} direct_r={} attributed={} \
             attr_acc={} contra_p={} contra_r={} contra_f1={} bad_speakers={} title={}/{} \
             format_errors={} secs={:?}",
            self.cases,
            self.failed,
            self.quote_p,
            self.quote_r,
            self.quote_f1,
            py(self.direct_r),
            py(self.attributed),
            py(self.attr_acc),
            py(self.contra_p),
            py(self.contra_r),
            py(self.contra_f1),
            self.bad_speakers,
            self.title_ok,
            self.titles,
            self.format_errors,
            self.secs
        )
    }
}
