//! Citing a passage: its words with who said them and where, ready to paste
//! (“…” — Dmitry Peskov, Kremlin spokesman, in “Title”).

use egui::Ui;

use super::shortcuts;
use super::state::{AppState, Article, Command};
use crate::engine::{QuoteId, QuoteKind};

/// "Dmitry Peskov, Kremlin spokesman", "Reuters", or "an unnamed source".
pub fn attribution(article: &Article, quote: QuoteId) -> String {
    let analysis = &article.analysis;
    let Some(s) = analysis.speaker_of(quote) else {
        return "an unnamed source".to_owned();
    };
    let org = s
        .affiliation
        .and_then(|a| analysis.speaker(a))
        .map(|o| o.name.as_str());
    match (s.role.as_deref(), org) {
        (Some(role), Some(org)) if !role.contains(org) => format!("{}, {org} {role}", s.name),
        (Some(role), _) => format!("{}, {role}", s.name),
        (None, Some(org)) => format!("{} ({org})", s.name),
        (None, None) => s.name.clone(),
    }
}

/// The citation of a passage: a direct quote in quotation marks, reported
/// speech after "According to"; then the speaker and the article's title.
/// `None` for an unknown quote.
pub fn citation(article: &Article, quote: QuoteId) -> Option<String> {
    let q = article.analysis.quote(quote)?;
    let passage = article.passage(quote);
    // A quotation cut before "he said" ends in a comma the citation does not need.
    let words = passage.trim_end_matches([',', ' ']);
    let who = attribution(article, quote);
    let title = article.document.title.trim();
    let source = if title.is_empty() {
        article.document.file_name()
    } else {
        title.to_owned()
    };
    Some(match q.kind {
        QuoteKind::Direct => format!("“{words}” — {who}, in “{source}”"),
        QuoteKind::Indirect | QuoteKind::Mixed => {
            format!("According to {who}, {words} (reported speech, in “{source}”)")
        }
    })
}

/// The "Copy citation" button, for the passage in view.
pub fn copy_citation_button_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(quote) = state.focused_quote() else {
        return;
    };
    let keys = ui.ctx().format_shortcut(&shortcuts::CITE);
    if ui
        .button("Copy citation")
        .on_hover_text(format!("Copy the passage with its attribution ({keys})"))
        .clicked()
    {
        out.push(Command::CopyCitation(quote));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Span};
    use crate::engine::{Analysis, Gender, Quote, Speaker, SpeakerId, SpeakerKind};

    fn speaker(name: &str, role: Option<&str>, affiliation: Option<usize>) -> Speaker {
        Speaker {
            name: name.to_owned(),
            kind: SpeakerKind::Person,
            role: role.map(str::to_owned),
            affiliation: affiliation.map(SpeakerId),
            aliases: Vec::new(),
            gender: Gender::Male,
        }
    }

    #[test]
    fn a_direct_quote_is_cited_with_role_organisation_and_title() {
        let text = "Troops leave\n\n“We are leaving,” Peskov said.";
        let doc = Document::from_text("a.txt", text);
        let start = doc.text.find("We").unwrap_or(0);
        let analysis = Analysis {
            speakers: vec![
                speaker("Dmitry Peskov", Some("spokesman"), Some(1)),
                speaker("Kremlin", None, None),
            ],
            quotes: vec![Quote {
                speaker: Some(SpeakerId(0)),
                kind: QuoteKind::Direct,
                span: Span::new(start, start + "We are leaving,".len()),
                cue: Some("said".to_owned()),
                confidence: 0.9,
                reason: String::new(),
            }],
            contradictions: Vec::new(),
        };
        let article = Article::with_analysis(doc, analysis);
        assert_eq!(
            citation(&article, QuoteId(0)).as_deref(),
            Some("“We are leaving” — Dmitry Peskov, Kremlin spokesman, in “Troops leave”")
        );
        assert_eq!(citation(&article, QuoteId(3)), None);
    }
}
