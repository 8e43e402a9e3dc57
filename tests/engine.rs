//! The engine on news articles: who says what, and who contradicts whom.
//!
//! Each construction a reader meets in the news has a short article in
//! `tests/fixtures/NAME.txt` and, next to it, what a careful editor would
//! annotate in it, `tests/fixtures/NAME.expected.json` (the format is described
//! in `tests/common/fixture.rs`). The engine must find every quote listed
//! there and nothing else, give each to the right speaker, never take a
//! `not_speakers` name for a speaker, and find exactly the listed contradictions.
//!
//! The bundled sample `assets/venezuela.txt` is checked fact by fact, and
//! scored against its gold annotation the way `score.py` scores it.

mod common;

use std::collections::BTreeSet;

use common::analyzed::Analyzed;
use common::fixture::{
    Expected, ExpectedContradiction, ExpectedQuote, ExpectedSpeaker, fixture_dir, load_expected,
    party_named, validate_fixture,
};
use common::gold::{GoldCase, norm};
use common::{collapse, crate_path, shorten};
use counterpoint::engine::{ContradictionKind, QuoteId, SpeakerId};

/// One test per fixture, named after its construction; `#[ignore = "engine gap: …"]`
/// before a name marks a fixture the engine does not pass yet.
macro_rules! fixtures {
    ($($(#[$attr:meta])* $name:ident),* $(,)?) => {
        /// Every fixture that has a test.
        const FIXTURES: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                check_fixture(stringify!($name));
            }
        )*
    };
}

fixtures! {
    // Direct quotes.
    direct_said_after,
    direct_said_inverted,
    direct_colon_intro,
    headline_name_and_colon,
    direct_dash_attribution,
    direct_split_quote,
    direct_two_paragraphs,
    direct_said_after_name_of_the_institution,
    direct_straight_quotes,
    // Quotation marks that are not quotes, and marks inside quotes.
    apostrophes_are_not_quotes,
    scare_quote_is_not_a_quote,
    nested_single_quotes,
    // Reported speech.
    reported_said_that,
    reported_said_after,
    reported_according_to,
    reported_denied,
    reported_confirmed_that,
    reported_told_reporters,
    reported_publication_saying_that,
    reported_beliefs_and_characterisations,
    reported_appeal_urged_to,
    reported_according_to_person_familiar,
    anonymous_source_described_by_access,
    reported_place_before_that,
    reported_call_for_and_pledge,
    reported_adverb_and_bare_clause,
    reported_accusation_and_coordinated_verb,
    reported_inverted_speaker_then_role,
    pronoun_after_role_named_in_narrative,
    reported_group_after_noun_and_comma,
    contradiction_rejected_report_after_others,
    attitude_verbs_report_wishes_and_plans,
    two_attributions_in_one_sentence,
    reported_clause_around_parenthetical_cue,
    reported_at_least_and_double_surname,
    mixed_quote,
    // Speakers.
    pronoun_he_after_named_man,
    pronoun_she_with_two_people,
    surname_merged_into_full_name,
    title_kept_as_role,
    spokesperson_affiliation,
    spokesperson_for_a_named_person,
    role_of_an_organisation_described_in_apposition,
    listener_and_place_in_apposition_before_that,
    company_named_with_suffix_then_short,
    according_to_its_analysis_then_a_clause,
    newspaper_described_before_named_stands_by_report,
    office_of_a_person_is_its_own_speaker,
    group_and_anonymous_sources,
    appositive_role,
    age_description_and_names_with_particles,
    speaker_with_party_parenthetical,
    participle_speaker_is_sentence_subject,
    pronoun_after_subject_behind_opening_phrase,
    pronoun_after_lone_surname_subject,
    pronoun_after_surname_confirms_earlier_name,
    surname_speaker_takes_name_from_narrative,
    pronoun_after_name_in_opening_for_phrase,
    role_then_name_after_verb,
    quote_then_possessive_role_and_name,
    former_post_of_organisation_refers_back,
    unisex_given_name_takes_gender_from_pronoun,
    adjective_before_role_is_not_an_organisation,
    appositive_then_said_pronoun_clause,
    appositive_then_says_clause_subject,
    quoted_as_saying,
    description_refers_to_person_just_mentioned,
    relative_is_not_the_person_just_named,
    pronoun_after_role_noun_and_name,
    pronoun_skips_people_in_reported_clause,
    statement_by_possessive_pronoun,
    description_in_narrative_keeps_speaker_in_focus,
    photo_credit_and_name_of_firm,
    role_of_organisation_is_a_person,
    government_named_by_its_owner,
    organisation_name_with_on_and_for,
    organisation_acronym_and_generic_noun,
    organisation_described_in_apposition,
    organisation_short_form_is_its_first_word,
    appositive_with_party_or_relative_clause,
    coordinated_verb_and_group_with_place,
    described_subjects_and_by_saying,
    noun_object_is_what_was_said,
    participle_at_end_reports_only_what_follows,
    // Other scripts.
    names_in_cyrillic_and_greek,
    right_to_left_and_cjk_text,
    // Contradictions.
    contradiction_denial,
    contradiction_dispute,
    contradiction_conflicting_figures,
    no_contradiction_when_parties_agree,
    contradiction_denial_of_report,
    quoted_adverb_between_subject_and_verb,
    contradiction_denial_pronoun_target,
    contradiction_report_called_fiction,
    contradiction_no_conversation_in_quote,
    contradiction_dismissing_earlier_report,
    contradiction_opening_participle,
    contradiction_numbers_exaggerated,
    contradiction_company_denies_union_charges,
    contradiction_government_rejects_fact_check,
    contradiction_demonstrative_denial,
    contradiction_spokesman_continues_company_denial,
    contradiction_figures_put_at_and_the_number,
    contradiction_accused_answers_and_fact_check_rating,
    contradiction_disputed_death_toll,
    contradiction_disputed_staff_counts,
    contradiction_correction,
    contradiction_negation,
    contradiction_dismissed_report_then_quote,
    contradiction_numbers_called_inaccurate,
    contradiction_claims_called_groundless,
    contradiction_three_counts,
    contradiction_crowd_counts_measures_and_years,
    contradiction_percent_changes,
    contradiction_denial_before_report_told,
    contradiction_fabrication_and_scaremongering,
    statement_by_itself_and_placed_roles,
    report_sources_citing_and_owned_statements,
    reported_after_a_date,
    participle_describes_subject,
    contradiction_deaths_and_bodies,
    contradiction_there_is_no,
    no_contradiction_denial_nobody_alleged,
    confirm_or_deny_is_no_denial,
    claim_report_with_day_before_that,
    verbs_that_report_no_words,
    according_to_a_statement,
    government_bodies_named_with_of,
    relative_clause_after_the_subject,
    broadcaster_named_with_a_number,
    contradiction_report_dismissed_as_quoted,
    contradiction_denied_count_and_charity_named,
    lede_company_named_later,
    contradiction_average_pay_rates,
    described_name_in_apposition,
    no_contradiction_figures_for_different_things,
    figures_homeless_and_sheltered_are_different_counts,
    no_contradiction_minister_and_own_ministry,
    wrong_before_its_noun,
    no_contradiction_infinitive_or_not_knowing,
    no_contradiction_negated_cue,
    contradiction_report_denied_in_quote_and_paper_stands_by,
    contradiction_first_person_denial_by_officer,
    contradiction_disputed_percentages,
    contradiction_negated_claim_reworded,
    indirect_age_and_relative_clause,
    indirect_second_that_clause,
    organisation_described_before_named,
    indefinite_owner_is_new_party,
    organisation_placed_in_city,
    anonymous_role_introduced_then_named,
    contradiction_target_named_by_role,
    contradiction_negation_inflected_verb,
    contradiction_negation_prefixed_antonym,
    contradiction_universal_denial,
    regulator_described_before_named,
    contradiction_figures_averages_only_with_averages,
    contradiction_figures_denied_bound_and_number_of,
    spokeswoman_of_lowercase_organisation_cites_figure,
    reported_said_with_trailing_data_source,
    contradiction_figures_close_counts,
    contradiction_figures_census_against_claim,
    no_contradiction_figures_bounds_and_parts,
    no_contradiction_passive_cue,
    contradiction_owner_of_disputed_number,
    contradiction_numbers_answer_the_figures,
    contradiction_toll_named_before_its_number,
    crowd_put_at_a_quoted_figure,
    denial_repeats_the_figure_it_answers,
    denial_there_was_no_event,
    denial_of_a_report_told_far_back,
    relative_clause_after_a_name,
    union_described_before_named,
    appeals_and_second_verbs_of_one_speaker,
    unnamed_second_source_is_someone_new,
    figures_speak_for_their_owner,
    role_then_organisation_clause_after_name,
    contradiction_figures_outside_a_bound,
    description_then_proper_name,
    programme_title_as_speaker,
    second_relative_clause_after_subject,
    count_disputed_by_its_method,
    figures_of_staff_by_what_happened,
    broadcast_nouns_as_speakers,
    stood_by_answers_the_dispute,
    a_figure_someone_made_up,
    claims_not_supported_or_recognised,
    organisation_named_after_a_role_word,
    what_someone_was_telling,
    figure_rejected_outright,
    people_counted_by_event,
    lengths_of_time_compared,
    outright_denial_of_an_account,
    sums_said_of_the_same_thing,
    occupation_before_a_name,
    measures_said_of_the_same_thing,
    standing_by_for_a_named_station,
    speech_after_a_raising_verb,
    participle_after_an_adverb,
    short_outright_denial,
    staff_kept_against_jobs_lost,
    who_said_after_an_appositive,
    a_work_speaks_for_its_maker,
    a_television_report_denied,
    that_figure_was_wrong,
    listener_and_quoted_charge,
    report_which_found_then_with_clause,
    standing_by_answers_the_first_rebuttal,
    particles_and_long_appositives,
    programme_titles_and_poll_findings,
    evaluative_verbs_with_noun_objects,
    topics_spoken_of,
    misturned_marks_and_bar_dashes,
    poll_shares_and_relative_speakers,
    judging_verbs_and_lone_subjects,
    dash_asides_after_names,
    chants_and_exhortations,
    words_going_on_after_a_set_off_cue,
    fronted_adverbial_around_a_cue,
    mentions_and_revelations,
    claim_owner_names_the_target,
    claim_owner_quoted_only_after,
    obligation_is_no_event,
    modal_cue_of_another_party,
    figures_count_of_miners,
    figures_unaccounted_for,
    figures_people_who_left_a_town,
    figures_lengths_of_time_said_of_the_same,
    figures_hospital_admissions,
    figures_service_suspensions,
    dispute_cues_judging_a_figure,
    accusation_answered_as_first_told,
    finding_of_the_reporting_party,
    figures_count_of_any_plural_noun,
    its_officer_of_the_organisation_just_named,
    appositive_with_its_own_relative_clause,
    the_noun_ending_an_organisation_name,
    there_was_no_fault,
    figures_count_of_animals,
    told_there_was_no_budget,
    figures_temperature_under_a_bound,
    figures_length_of_time_with_an,
    figures_what_happens_at_times,
    work_carried_out_by_its_maker,
    numbers_disputed_by_the_figure_repeated,
    it_after_an_organisation_opening_the_sentence_before,
    organisation_named_in_an_appositive,
    figures_deaths_of_a_plural_noun,
    the_noun_ending_an_organisation_the_narrative_named,
    counted_role_plural_as_speakers,
    paper_holds_documents_that_say_otherwise,
    role_and_name_in_apposition_then_participle,
    protesters_detained_against_people_arrested,
    board_was_mistaken_and_advice_is_not,
    denial_by_another_party_starts_its_own_chain,
    nobody_is_denying_concedes,
    true_figure_of_a_compound_count,
    participle_after_taking_issue_with_that_figure,
    the_resort_as_a_speaking_organisation,
    it_after_an_organisations_spokesman,
    figures_people_treated_are_no_crowd,
    chief_executive_named_later,
    there_was_no_hyphened_deed,
    figures_a_difference_is_no_count,
    figures_fed_and_moved_are_different_counts,
    counted_twice_targets_the_inflated_count,
    titled_name_of_a_lowercase_force,
    newspaper_named_later_as_a_record,
    name_its_words_call_it,
    place_named_public_bodies_stay_apart,
    a_partys_count_named_as_its_own,
    group_called_so_in_apposition,
    a_group_described_as_a_nonprofit,
    a_plain_count_said_of_the_same_shift,
    rejected_that_account_is_no_clause,
    a_trade_named_business_is_the_company,
    a_website_described_in_its_cue,
    the_report_its_issuer_spoke_in,
    a_count_per_day_is_a_rate,
    far_reply_names_more_of_its_subject,
    an_organisation_name_runs_past_of,
    a_measure_in_millions,
    a_claim_pointed_at_just_made,
    a_street_is_no_speaker,
    the_group_that_has_just_spoken,
    the_company_that_has_just_denied,
    allegations_a_party_made,
    a_claim_called_rumour_or_fantasy,
    the_police_figure_rejected,
    the_force_is_the_police_named_before,
    a_count_before_the_cue_but_another_party,
    a_role_for_a_place_before_a_name,
    a_verdict_quoted_after_rated,
    an_organisation_described_with_the,
    a_party_disputing_the_figures,
    a_group_named_only_in_the_narrative,
    a_website_titled_with_the,
    it_in_a_relative_clause,
    a_spokesperson_after_a_stance,
    rescuers_between_them,
    denied_them_a_view,
    allegations_rejected_and_that_claim,
    agents_relatives_and_pointing_out,
    verdict_before_the_claim,
    crowd_counts_and_a_station,
    a_bare_name_is_the_company,
    adding_a_thing_says_nothing,
    a_dozen_of_them_were_hurt,
    a_council_spokesman_speaks_for_it,
    a_group_called_and_a_number_in_words,
    a_complaint_and_a_care_group,
    the_fact_check_answered,
    nothing_failed_a_while_later,
    crowds_jobs_and_the_critically_ill,
    workers_at_a_named_company,
    a_relative_clause_on_the_reported_subject,
    a_name_given_and_a_charity,
    a_statement_dismissing_the_report,
    evidence_inside_what_was_said,
    who_leads_an_organisation,
    officers_hurt_are_not_the_crowd,
    unnamed_spokespeople_named_as_written,
    money_pledged_is_no_speech,
    nobody_told_us,
    two_clauses_of_one_report,
    no_comment_on_speculation,
    titled_name_in_apposition,
    speaker_after_long_asides,
    office_that_responded_is_it,
    who_chairs_a_described_group,
    a_denial_with_its_words_stops_there,
    listener_described_before_its_name,
    a_union_written_after_its_name,
    things_brought_down_counted_alike,
    the_company_before_its_bare_name,
    a_denial_used_in_its_paragraph,
    allegations_answered_by_their_words,
    a_bare_denial_answered_later_in_its_paragraph,
    a_size_is_no_count_of_what_happened,
    spokesperson_named_for_the_party_described,
    an_appeal_inside_a_report,
    the_force_estimated,
    a_finding_told_after_its_clause,
    counting_without_twice_disputes_nothing,
    disputed_that_answers_the_claim_just_made,
    an_unnamed_speaker_described_by_who,
    a_party_told_by_what_it_does,
    a_club_and_its_president_are_one_side,
    a_report_cited_and_a_reason_given,
    workers_for_a_firm_and_a_clause_after_though,
    a_managing_director_speaks_for_the_business,
    a_given_name_that_is_also_a_title,
    a_subject_with_an_aside_after_said,
}

// ---------------------------------------------------------------------------
// Running a fixture.

fn check_fixture(name: &str) {
    let expected = load_expected(name);
    let article = Analyzed::load(&fixture_dir().join(format!("{name}.txt")));
    validate_fixture(name, &expected, &article.doc.text);

    let problems = article.problems(&expected, true);
    assert!(
        problems.is_empty(),
        "fixture `{name}` ({}): {} problem(s)\n{}\n\nengine output:\n{}",
        expected.construction,
        problems.len(),
        problems
            .iter()
            .map(|p| format!("  - {p}"))
            .collect::<Vec<_>>()
            .join("\n"),
        article.describe()
    );
}

#[test]
fn every_fixture_has_a_test() {
    let entries = std::fs::read_dir(fixture_dir())
        .unwrap_or_else(|e| panic!("cannot list tests/fixtures: {e}"));
    let mut articles = BTreeSet::new();
    let mut annotations = BTreeSet::new();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = file.strip_suffix(".expected.json") {
            annotations.insert(stem.to_owned());
        } else if let Some(stem) = file.strip_suffix(".txt") {
            articles.insert(stem.to_owned());
        }
    }
    let tested: BTreeSet<String> = FIXTURES.iter().map(|f| (*f).to_owned()).collect();
    assert_eq!(
        articles, annotations,
        "every fixture article needs its .expected.json, and the other way round"
    );
    assert_eq!(
        articles, tested,
        "every fixture needs a line in the `fixtures!` list"
    );
}

// ---------------------------------------------------------------------------
// The checks on an analysed article.

impl Analyzed {
    /// The found speakers that name a party, those with quotes first.
    fn speakers_named(&self, party: &ExpectedSpeaker) -> Vec<SpeakerId> {
        let mut ids: Vec<SpeakerId> = (0..self.analysis.speakers.len())
            .map(SpeakerId)
            .filter(|&id| party.is_named_by(&self.analysis.speakers[id.0].name))
            .collect();
        ids.sort_by_key(|&id| self.analysis.quotes_of(id).is_empty());
        ids
    }

    /// Everything in the analysis that differs from what the editor expects;
    /// with `all_quotes`, the expected quotes are all the article's quotes.
    fn problems(&self, expected: &Expected, all_quotes: bool) -> Vec<String> {
        let mut problems = Vec::new();
        self.check_quotes(
            &expected.quotes,
            &expected.speakers,
            all_quotes,
            &mut problems,
        );
        for fragment in &expected.not_quotes {
            for (i, q) in self.analysis.quotes.iter().enumerate() {
                if collapse(q.span.slice(&self.doc.text)).contains(&collapse(fragment)) {
                    problems.push(format!(
                        "{} contains “{fragment}”, which is not a quote",
                        self.quote_label(QuoteId(i))
                    ));
                }
            }
        }
        for speaker in &expected.speakers {
            let mut quotes = expected
                .quotes
                .iter()
                .filter(|q| q.speaker == speaker.name)
                .peekable();
            let only_optional = quotes.peek().is_some() && quotes.all(|q| q.optional);
            if !only_optional {
                self.check_speaker(speaker, &expected.speakers, &mut problems);
            }
        }
        self.check_not_speakers(&expected.not_speakers, &mut problems);
        if let Some(contradictions) = &expected.contradictions {
            self.check_contradictions(contradictions, &expected.speakers, &mut problems);
        }
        problems
    }

    /// Gives each expected quote a found quote holding its words, one to one;
    /// returns, per found quote, the expected quote it stands for.
    fn match_quotes(
        &self,
        expected: &[ExpectedQuote],
        parties: &[ExpectedSpeaker],
    ) -> Vec<Option<usize>> {
        let found: Vec<String> = (0..self.analysis.quotes.len())
            .map(|i| collapse(self.text_of(QuoteId(i))))
            .collect();
        // Candidates, best first: the right speaker, the right kind, the shortest.
        let candidates: Vec<Vec<usize>> = expected
            .iter()
            .map(|e| {
                let mut c: Vec<usize> = (0..found.len())
                    .filter(|&f| found[f].contains(&collapse(&e.contains)))
                    .collect();
                c.sort_by_key(|&f| {
                    let speaker = self.speaker_of(QuoteId(f));
                    let right_speaker = speaker
                        .is_some_and(|s| party_named(parties, &e.speaker).is_named_by(&s.name));
                    let right_kind = self.analysis.quotes[f].kind.as_str() == e.kind;
                    (!right_speaker, !right_kind, found[f].len())
                });
                c
            })
            .collect();
        let mut owner: Vec<Option<usize>> = vec![None; found.len()];
        for (e, exp) in expected.iter().enumerate() {
            if !exp.optional {
                assign(&candidates, &mut owner, e, &mut vec![false; found.len()]);
            }
        }
        // Optional quotes take what is left.
        for (e, exp) in expected.iter().enumerate() {
            if exp.optional
                && let Some(&f) = candidates[e].iter().find(|&&f| owner[f].is_none())
            {
                owner[f] = Some(e);
            }
        }
        owner
    }

    /// Checks that every expected quote is found as it should be; with
    /// `exhaustive`, that no other quote is found.
    fn check_quotes(
        &self,
        expected: &[ExpectedQuote],
        parties: &[ExpectedSpeaker],
        exhaustive: bool,
        problems: &mut Vec<String>,
    ) {
        let owner = self.match_quotes(expected, parties);
        // Per expected quote: found, then kind, speaker and extent.
        let mut speaker_of_party: Vec<(String, SpeakerId, QuoteId)> = Vec::new();
        for (e, exp) in expected.iter().enumerate() {
            if exp.optional {
                continue;
            }
            let what = format!(
                "{} quote by {} “{}”",
                exp.kind,
                exp.speaker,
                shorten(&exp.contains)
            );
            let Some(f) = owner.iter().position(|o| *o == Some(e)) else {
                let inside: Vec<String> = (0..owner.len())
                    .filter(|&f| {
                        collapse(self.text_of(QuoteId(f))).contains(&collapse(&exp.contains))
                    })
                    .map(|f| self.quote_label(QuoteId(f)))
                    .collect();
                if inside.is_empty() {
                    problems.push(format!("missing {what}: no quote contains these words"));
                } else {
                    problems.push(format!(
                        "missing {what}: its words only appear inside a quote matched to another one: {}",
                        inside.join("; ")
                    ));
                }
                continue;
            };
            let q = QuoteId(f);
            let quote = &self.analysis.quotes[f];
            if quote.kind.as_str() != exp.kind {
                problems.push(format!("{what}: found as {}", self.quote_label(q)));
            }
            match (self.speaker_of(q), quote.speaker) {
                (Some(s), Some(id)) if party_named(parties, &exp.speaker).is_named_by(&s.name) => {
                    speaker_of_party.push((exp.speaker.clone(), id, q));
                }
                (Some(s), _) => {
                    problems.push(format!(
                        "{what}: attributed to “{}”: {}",
                        s.name,
                        self.quote_label(q)
                    ));
                }
                (None, _) => problems.push(format!(
                    "{what}: found with no speaker: {}",
                    self.quote_label(q)
                )),
            }
            for x in &exp.excludes {
                if collapse(self.text_of(q)).contains(&collapse(x)) {
                    problems.push(format!(
                        "{what}: runs too far, it takes in “{x}”: {}",
                        self.quote_label(q)
                    ));
                }
            }
        }
        // One party, one speaker; two parties, two speakers (among quotes whose speaker's name fits).
        for (i, (p1, s1, q1)) in speaker_of_party.iter().enumerate() {
            for (p2, s2, q2) in &speaker_of_party[i + 1..] {
                if p1 == p2 && s1 != s2 {
                    problems.push(format!(
                        "{p1} is split over two speakers: {} for {q1} and {} for {q2}",
                        self.speaker_label(*s1),
                        self.speaker_label(*s2)
                    ));
                }
                if p1 != p2 && s1 == s2 {
                    problems.push(format!(
                        "{p1} and {p2} are merged into one speaker, {}",
                        self.speaker_label(*s1)
                    ));
                }
            }
        }
        if exhaustive {
            for (f, o) in owner.iter().enumerate() {
                if o.is_none() {
                    problems.push(format!("unexpected quote {}", self.quote_label(QuoteId(f))));
                }
            }
        }
    }

    /// The party is among the speakers, with the kind, role and organisation given.
    fn check_speaker(
        &self,
        exp: &ExpectedSpeaker,
        parties: &[ExpectedSpeaker],
        problems: &mut Vec<String>,
    ) {
        let Some(&id) = self.speakers_named(exp).first() else {
            let all = self
                .analysis
                .speakers
                .iter()
                .map(|s| format!("“{}”", s.name))
                .collect::<Vec<_>>()
                .join(", ");
            problems.push(format!(
                "missing speaker {} (speakers found: {all})",
                exp.name
            ));
            return;
        };
        let found = &self.analysis.speakers[id.0];
        let label = self.speaker_label(id);
        if let Some(kind) = &exp.kind
            && found.kind.as_str() != kind
        {
            problems.push(format!(
                "speaker {label} should be of kind {kind}, not {}",
                found.kind.as_str()
            ));
        }
        if let Some(role) = &exp.role {
            let ok = found
                .role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().contains(&role.to_lowercase()));
            if !ok {
                problems.push(format!(
                    "speaker {label} should have the role “{role}”, has {:?}",
                    found.role
                ));
            }
        }
        if let Some(org) = &exp.affiliation {
            let org_party = party_named(parties, org);
            match found.affiliation.and_then(|a| self.analysis.speaker(a)) {
                Some(o) if org_party.is_named_by(&o.name) => {}
                Some(o) => problems.push(format!(
                    "speaker {label} should speak for {org}, speaks for “{}”",
                    o.name
                )),
                None => problems.push(format!(
                    "speaker {label} should speak for {org}, has no affiliation"
                )),
            }
        }
    }

    /// Listeners and bystanders are never speakers, nor anyone's organisation.
    fn check_not_speakers(&self, names: &[String], problems: &mut Vec<String>) {
        for name in names {
            // The name itself or its last word, as score.py's `bad_speakers` (plus surnames).
            let canon = norm(name);
            let last = canon.rsplit(' ').next().unwrap_or(&canon);
            for (i, s) in self.analysis.speakers.iter().enumerate() {
                let found = norm(&s.name);
                if found != canon && found != last {
                    continue;
                }
                let id = SpeakerId(i);
                let quotes = self.analysis.quotes_of(id);
                let said = quotes.first().map_or_else(
                    || "no quote".to_owned(),
                    |q| format!("{} quote(s), e.g. {}", quotes.len(), self.quote_label(*q)),
                );
                problems.push(format!(
                    "“{name}” is never a speaker, but is listed as {} with {said}",
                    self.speaker_label(id)
                ));
            }
        }
    }

    /// Every expected contradiction is found, and nothing else.
    fn check_contradictions(
        &self,
        expected: &[ExpectedContradiction],
        parties: &[ExpectedSpeaker],
        problems: &mut Vec<String>,
    ) {
        let name_of = |q: QuoteId| self.speaker_of(q).map_or("", |s| s.name.as_str());
        let pair_matches = |c: &counterpoint::engine::Contradiction, e: &ExpectedContradiction| {
            let (a, b) = (
                party_named(parties, &e.a_speaker),
                party_named(parties, &e.b_speaker),
            );
            let forward = a.is_named_by(name_of(c.a)) && b.is_named_by(name_of(c.b));
            let backward = a.is_named_by(name_of(c.b)) && b.is_named_by(name_of(c.a));
            forward || (e.either_order && backward)
        };
        for e in expected {
            let found = self.analysis.contradictions.iter().any(|c| {
                pair_matches(c, e)
                    && e.kind.as_deref().is_none_or(|k| k == c.kind.as_str())
                    && e.b_contains
                        .as_deref()
                        .is_none_or(|words| collapse(self.text_of(c.b)).contains(&collapse(words)))
                    && e.a_contains
                        .as_deref()
                        .is_none_or(|words| collapse(self.text_of(c.a)).contains(&collapse(words)))
            });
            if !found {
                let kind = e.kind.as_deref().unwrap_or("any kind");
                let arrow = if e.either_order { "↔" } else { "→" };
                let answering = e
                    .b_contains
                    .as_deref()
                    .map_or(String::new(), |w| format!(", answering “{w}”"));
                let answering = e.a_contains.as_deref().map_or(answering.clone(), |w| {
                    format!("{answering}, in the words “{w}”")
                });
                problems.push(format!(
                    "missing contradiction {} {arrow} {} ({kind}{answering})",
                    e.a_speaker, e.b_speaker
                ));
            }
        }
        for (i, c) in self.analysis.contradictions.iter().enumerate() {
            // The words an explanation quotes last (the claim answered) are
            // one of the two passages' own; figures are quoted as read.
            if c.kind != ContradictionKind::ConflictingFigures
                && let Some(quoted) = c
                    .explanation
                    .rsplit_once('”')
                    .and_then(|(before, _)| before.rsplit_once('“'))
                    .map(|(_, quoted)| collapse(quoted.trim_end_matches('…')))
                && !collapse(self.text_of(c.a)).contains(&quoted)
                && !collapse(self.text_of(c.b)).contains(&quoted)
            {
                problems.push(format!(
                    "the explanation of {} quotes neither passage: {}",
                    self.contradiction_label(i),
                    c.explanation
                ));
            }
            if !expected.iter().any(|e| pair_matches(c, e)) {
                problems.push(format!(
                    "unexpected contradiction {}",
                    self.contradiction_label(i)
                ));
            }
        }
    }
}

/// Kuhn's augmenting path: gives expected quote `e` a found quote, moving others if needed.
fn assign(
    candidates: &[Vec<usize>],
    owner: &mut [Option<usize>],
    e: usize,
    seen: &mut [bool],
) -> bool {
    for &f in &candidates[e] {
        if seen[f] {
            continue;
        }
        seen[f] = true;
        if owner[f].is_none_or(|other| assign(candidates, owner, other, seen)) {
            owner[f] = Some(e);
            return true;
        }
    }
    false
}

// ---------------------------------------------------------------------------
// The bundled sample article.

#[test]
fn venezuela_sample_speakers_quotes_and_contradictions() {
    let sample = Analyzed::load(&crate_path("assets/venezuela.txt"));
    let expected: Expected = serde_json::from_value(serde_json::json!({
        "construction": "the bundled sample article",
        "speakers": [
            { "name": "Donald Trump", "aliases": ["Trump", "US President Donald Trump"] },
            { "name": "Kremlin", "aliases": ["The Kremlin"] },
            { "name": "Dmitry Peskov", "aliases": ["Peskov"], "kind": "person", "role": "spokesman" },
            { "name": "Rostec", "aliases": ["state defense contractor Rostec"] },
            { "name": "Rostec spokeswoman", "aliases": ["A Rostec spokeswoman"], "affiliation": "Rostec" },
            { "name": "The Wall Street Journal", "aliases": ["Wall Street Journal", "the Journal", "WSJ"] }
        ],
        "quotes": [
            { "speaker": "Donald Trump", "kind": "direct", "excludes": ["tweeted"],
              "contains": "Russia has informed us that they have removed most of their people from Venezuela" },
            { "speaker": "Dmitry Peskov", "kind": "direct", "excludes": ["he said"],
              "contains": "This process is going according to plan. And what is meant by ‘removed their people’ we don't know" }
        ],
        "not_speakers": ["AFP", "journalists", "Vladimir Putin", "Washington"],
        "contradictions": [
            { "a_speaker": "Kremlin", "b_speaker": "Donald Trump", "kind": "denial" },
            { "a_speaker": "Dmitry Peskov", "b_speaker": "Donald Trump" },
            { "a_speaker": "Rostec", "b_speaker": "The Wall Street Journal", "kind": "dispute" },
            { "a_speaker": "The Wall Street Journal", "b_speaker": "Rostec spokeswoman",
              "kind": "conflicting-figures", "either_order": true }
        ]
    }))
    .unwrap_or_else(|e| panic!("not a fixture: {e}"));
    validate_fixture("venezuela", &expected, &sample.doc.text);
    // Not every quote of the sample is listed here; the gold test below scores them all.
    let mut problems = sample.problems(&expected, false);
    let (found, listed) = (
        sample.analysis.contradictions.len(),
        expected.contradictions.as_ref().map_or(0, Vec::len),
    );
    if found != listed {
        problems.push(format!("expected {listed} contradictions, found {found}"));
    }
    assert!(
        problems.is_empty(),
        "assets/venezuela.txt: {} problem(s)\n  - {}\n\nengine output:\n{}",
        problems.len(),
        problems.join("\n  - "),
        sample.describe()
    );
}

// ---------------------------------------------------------------------------
// The sample scored against its gold annotation, as `score.py` scores it.

#[test]
fn venezuela_sample_scores_against_its_gold_annotation() {
    let gold_path = crate_path("../shared/samples/venezuela.gold.json");
    if !gold_path.is_file() {
        eprintln!("skipped: no gold annotation at {}", gold_path.display());
        return;
    }
    let case = GoldCase::load(&gold_path);
    let article = Analyzed::load(&case.article);
    let s = case.score(&article.doc, &article.analysis);
    println!(
        "{}: quote F1 {:.3}, attributed {:.3} ({}/{} found, {} false positives)",
        case.article.display(),
        s.quote_f1(),
        s.attributed_share(),
        s.tp,
        s.req,
        s.fp
    );
    assert!(
        s.quote_f1() >= 0.9 && s.attributed_share() >= 0.9,
        "{}: quote F1 {:.3} (need 0.9), attributed {:.3} (need 0.9); {}/{} quotes found, {} false positives\n\
         {}\nengine output:\n{}",
        case.article.display(),
        s.quote_f1(),
        s.attributed_share(),
        s.tp,
        s.req,
        s.fp,
        s.details(&case.name),
        article.describe()
    );
}
