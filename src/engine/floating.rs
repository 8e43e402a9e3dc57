//! Quotations no cue claims: they continue the speaker of the quotation
//! before them, or of the sentence that introduced them.

use super::attribution::Found;
use super::marks::Quotation;
use super::model::SpeakerId;
use super::segment::Sentence;
use crate::document::Document;

/// Gives unclaimed quotations the speaker of the quotation they continue.
pub(super) fn resolve_floating(
    doc: &Document,
    quotations: &[Quotation],
    sentences: &[Sentence],
    found: &mut [Found],
) {
    let text = &doc.text;
    let quote_of = |found: &[Found], q: usize| found.iter().position(|f| f.quotations.contains(&q));
    for i in 0..found.len() {
        if found[i].speaker.is_some() {
            continue;
        }
        let para = sentences[found[i].sentence].paragraph;
        // 1. A quotation continued from the paragraph before.
        let continued = found[i]
            .quotations
            .first()
            .and_then(|&q| quotations[q].continues);
        if let Some(prev) = continued.and_then(|c| quote_of(found, c))
            && let Some(sp) = found[prev].speaker
        {
            set_floating(
                found,
                i,
                sp,
                "continues the quotation of the paragraph before",
                0.8,
            );
            continue;
        }
        // 2. The quote before it in the same paragraph, or in the paragraph just before.
        let prev = (0..i).rev().find(|&j| found[j].speaker.is_some());
        if let Some(j) = prev {
            let prev_para = sentences[found[j].sentence].paragraph;
            let same_para = prev_para == para;
            let intro = introduces_quote(doc, &sentences[found[j].sentence]);
            let adjacent = prev_para + 1 == para;
            if same_para || intro || adjacent {
                if let Some(sp) = found[j].speaker {
                    let why = if same_para {
                        "follows a quote by the same speaker in this paragraph"
                    } else {
                        "follows the speaker's quote in the paragraph before"
                    };
                    set_floating(found, i, sp, why, if same_para { 0.8 } else { 0.6 });
                }
                continue;
            }
        }
        // 3. A later quotation in the same paragraph that carries the attribution.
        let next = (i + 1..found.len()).find(|&j| {
            sentences[found[j].sentence].paragraph == para && found[j].speaker.is_some()
        });
        if let Some(j) = next
            && let Some(sp) = found[j].speaker
        {
            set_floating(found, i, sp, "attributed later in the same paragraph", 0.6);
        }
    }
    // A quotation whose continuation is attributed shares that speaker.
    for i in 0..found.len() {
        if found[i].speaker.is_some() {
            continue;
        }
        let later = found.iter().position(|f| {
            f.quotations.iter().any(|&q| {
                quotations[q]
                    .continues
                    .is_some_and(|c| found[i].quotations.contains(&c))
            })
        });
        if let Some(j) = later
            && let Some(sp) = found[j].speaker
        {
            set_floating(
                found,
                i,
                sp,
                "continued in the next paragraph, attributed there",
                0.7,
            );
        }
    }
    let _ = text;
}

/// "…, she said:" or a sentence ending in a colon introduces the next quotation.
fn introduces_quote(doc: &Document, sentence: &Sentence) -> bool {
    sentence.span.slice(&doc.text).trim_end().ends_with(':')
}

fn set_floating(found: &mut [Found], i: usize, speaker: SpeakerId, why: &str, confidence: f32) {
    found[i].speaker = Some(speaker);
    why.clone_into(&mut found[i].reason);
    found[i].confidence = confidence;
}
