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
    // Which found quote holds each quotation, and which quotation continues each one.
    let mut owner: Vec<Option<usize>> = vec![None; quotations.len()];
    for (i, f) in found.iter().enumerate() {
        for &q in &f.quotations {
            if let Some(slot) = owner.get_mut(q) {
                slot.get_or_insert(i);
            }
        }
    }
    let mut continued_by: Vec<Option<usize>> = vec![None; quotations.len()];
    for (q, quotation) in quotations.iter().enumerate() {
        if let Some(slot) = quotation.continues.and_then(|c| continued_by.get_mut(c)) {
            slot.get_or_insert(q);
        }
    }
    let quote_of = |q: usize| owner.get(q).copied().flatten();
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
        if let Some(prev) = continued.and_then(quote_of)
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
        // 3. A later quotation in the same paragraph that carries the attribution
        //    (found quotes are in document order, so the paragraph's ones come next).
        let next = (i + 1..found.len())
            .take_while(|&j| sentences[found[j].sentence].paragraph <= para)
            .find(|&j| {
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
        let later = found[i]
            .quotations
            .iter()
            .filter_map(|&c| continued_by.get(c).copied().flatten())
            .filter_map(quote_of)
            .min();
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
