//! Gathering mentions into speakers: one speaker per party however the
//! article names it ("Dmitry Peskov", "Peskov", "he", "the spokesman").

use super::hashing::FastMap;
use super::lexicons::LEXICONS;
use super::mentions::{Mention, MentionForm, Pronoun};
use super::model::{Gender, Speaker, SpeakerId, SpeakerKind};
use super::names::NamedPerson;

/// A speaker chosen for a mention, with the reason and how sure it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The speaker.
    pub speaker: SpeakerId,
    /// Why, in words.
    pub reason: String,
    /// 0–1.
    pub confidence: f32,
}

/// A person named in the narrative who has not spoken (yet).
#[derive(Debug, Clone, PartialEq)]
struct Candidate {
    name: String,
    gender: Gender,
    /// The titles and role the narrative gave ("County Executive").
    role: Option<String>,
    /// The name as the indexes store it, and its last word, for quick matching.
    key: String,
    surname: String,
}

/// The speakers met so far, and which were mentioned most recently.
#[derive(Debug, Default)]
pub struct SpeakerBook {
    speakers: Vec<Speaker>,
    /// Most recent last.
    recent: Vec<SpeakerId>,
    /// Companies named in narrative sentences by a name with a company
    /// suffix ("Workers sued Swiftline Inc."), most recent last: what "the
    /// firm" may be before the company speaks.
    narrative_companies: Vec<String>,
    /// Organisations of several words named in narrative sentences, most
    /// recent last: what "the board" may be after "the Greyhound Racing
    /// Board offered a third number".
    narrative_organisations: Vec<String>,
    /// An organisation the narrative names as a sentence's subject ("The
    /// Brenmoor Ambulance Service gave a different account."), with the
    /// number of that sentence: what "its" in the next sentence is.
    subject_organisation: Option<(String, usize)>,
    /// The organisation the narrative named last, with the number of its
    /// sentence: what "its" in the next sentence is when no organisation
    /// opened that one ("… commissioned by the Weyland Bridge Action
    /// Group. Its chair, …").
    last_named_organisation: Option<(String, usize)>,
    /// People named in narrative sentences, most recent last, each with the
    /// clock time it was named.
    candidates: Vec<(Candidate, usize)>,
    /// Runs of capitalised words not known to name people, most recent
    /// last, until a lone surname confirms one.
    unconfirmed: Vec<Candidate>,
    /// When each speaker was last mentioned, on the same clock as candidates.
    seen: Vec<usize>,
    /// Counts mentions.
    clock: usize,
    /// The clock when the current sentence started.
    sentence_start: usize,
    /// Every name and alias (normalised) → the first speaker that bears it.
    by_name: FastMap<String, SpeakerId>,
    /// Last word of multi-word names (normalised) → speakers ("peskov" → Dmitry Peskov).
    by_surname: FastMap<String, Vec<SpeakerId>>,
    /// Single-word names (normalised) → speakers.
    by_single: FastMap<String, Vec<SpeakerId>>,
    /// Speakers that appear only as affiliations so far.
    affiliation_only: Vec<bool>,
    /// Initials of organisations' multi-word names ("caa" → Civil Aviation Authority).
    by_initials: FastMap<String, SpeakerId>,
    /// First word of organisations' multi-word names ("skybridge" →
    /// Skybridge Atlantic): the short form news uses after the full name.
    by_first_word: FastMap<String, SpeakerId>,
    /// First two words of organisations' names of three words or more
    /// ("sapphire crest" → Sapphire Crest Cruise Holdings).
    by_first_two_words: FastMap<String, SpeakerId>,
    /// Sentences begun so far.
    sentences: usize,
    /// The speaker mentioned last at a cue, with the number of its sentence.
    last_touched: Option<(SpeakerId, usize)>,
    /// The last role a sentence introduced as its subject ("A senior
    /// government official … offered"): the role, its description and the
    /// sentence.
    introduced: Option<(String, String, usize)>,
    /// Organisations the narrative called by a noun in apposition ("Clean
    /// Tarn, a campaign group"), most recent last: the noun, the name and
    /// the sentence.
    described_organisations: Vec<(String, String, usize)>,
    /// Documents a speaker spoke in ("said in a report"), most recent last:
    /// the noun, the speaker and the sentence.
    documents: Vec<(&'static str, SpeakerId, usize)>,
}

/// How many sentences after a role is introduced "the {role}" may refer to it.
const INTRODUCED_ROLE_REACH: usize = 2;
/// Nouns for bodies of people that are neither businesses nor the state,
/// any of which "the group" may name later ("Claimcheck, a non-profit").
const CIVIL_SOCIETY_NOUNS: &[&str] = &[
    "group",
    "charity",
    "nonprofit",
    "non-profit",
    "not-for-profit",
    "organisation",
    "organization",
    "coalition",
    "alliance",
    "network",
    "campaign",
    "association",
    "society",
    "collective",
    "project",
    "initiative",
    "foundation",
    "think-tank",
];

/// How many sentences after "X said in a report" "The report said" may
/// refer to X.
const DOCUMENT_REACH: usize = 8;
/// Documents of one kind, any of which "the report" may name ("The
/// auditor said in a report …. The audit found").
const REPORT_LIKE_DOCUMENTS: &[&str] = &[
    "report",
    "audit",
    "review",
    "assessment",
    "analysis",
    "inquiry",
    "investigation",
];

/// How many sentences after "Clean Tarn, a campaign group" "the group" may
/// refer to it.
const DESCRIBED_ORGANISATION_REACH: usize = 2;

/// The first word of an organisation's multi-word name, if news would use it
/// alone for the organisation: capitalised, no title, no given name, no
/// generic word ("National", "Canadian" stand for nothing alone).
fn organisation_first_word(speaker: &Speaker, name: &str) -> Option<String> {
    // ("Skybridge Atlantic" reads like a person's name; one with no gender
    // known may be an organisation's.)
    if speaker.kind == SpeakerKind::Group
        || (speaker.kind == SpeakerKind::Person && speaker.gender != Gender::Unknown)
    {
        return None;
    }
    // "Trump and Clinton", "Trump campaign": no organisation's name.
    let capitalised_words = name
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !capitalised_words || name.contains(" and ") || name.contains('&') {
        return None;
    }
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    let key = norm(first);
    let distinctive = key.len() >= 4
        && first.chars().next().is_some_and(char::is_uppercase)
        && LEXICONS.title(first).is_none()
        && !LEXICONS.given_names.contains_key(first)
        && !LEXICONS.organisation_words.contains(key.as_str())
        && !LEXICONS.roles.contains_key(key.as_str())
        && !GENERIC_NAME_STARTS.contains(&key.as_str());
    distinctive.then_some(key)
}

/// Words that begin many organisations' names and name none of them alone.
const GENERIC_NAME_STARTS: &[&str] = &[
    "national",
    "canadian",
    "american",
    "british",
    "federal",
    "united",
    "royal",
    "general",
    "international",
    "global",
    "first",
    "new",
    "north",
    "south",
    "east",
    "west",
    "central",
    "public",
    "state",
    "city",
    "civil",
    "supreme",
    "superior",
    "european",
    "world",
    "greater",
    "saint",
    "great",
];

fn same(a: &str, b: &str) -> bool {
    a.trim_start_matches("the ")
        .eq_ignore_ascii_case(b.trim_start_matches("the "))
}

/// Roles that name someone's relative ("the father", "the widow").
const KINSHIP_ROLES: &[&str] = &[
    "father",
    "mother",
    "son",
    "daughter",
    "husband",
    "wife",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "grandfather",
    "grandmother",
    "grandson",
    "granddaughter",
    "parent",
    "widow",
    "widower",
    "stepfather",
    "stepmother",
];

/// How many recently mentioned speakers and people are kept for pronouns and roles.
const RECENT_LIMIT: usize = 64;

/// Words that name a newspaper or broadcaster, which "the company" is not.
const PUBLICATION_WORDS: &[&str] = &[
    "journal",
    "times",
    "post",
    "herald",
    "gazette",
    "ledger",
    "news",
    "star",
    "globe",
    "courier",
    "tribune",
    "telegraph",
    "chronicle",
    "mail",
    "observer",
    "guardian",
    "dispatch",
    "examiner",
    "broadcast",
    "broadcasting",
    "network",
    "radio",
    "television",
    "press",
    "magazine",
    "standard",
    "echo",
    "mirror",
    "argus",
    "advertiser",
    "sentinel",
    "bulletin",
    "inquirer",
    "reporter",
    "citizen",
    "record",
];

/// True when an organisation's name marks it as a newspaper or broadcaster
/// ("Ottawa Ledger", "Calder Courier-Dispatch").
pub fn is_publication_name(name: &str) -> bool {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .any(|w| {
            PUBLICATION_WORDS
                .contains(&super::mentions::strip_possessive(w).to_lowercase().as_str())
        })
}

/// True when a speaker is a newspaper or broadcaster by its name or by the
/// noun that described it ("the private channel Kanal Sever").
fn is_publication_speaker(s: &Speaker) -> bool {
    // ("The local broadcaster Harbour FM": the role's noun.)
    is_publication_name(&s.name)
        || s.role
            .as_deref()
            .is_some_and(|r| PUBLICATION_NOUNS.contains(&last_word(r)))
}

/// Gives a newspaper or broadcaster the "The" of its title when the article
/// writes it so ("The Meridian Herald", not "Meridian Herald"); other
/// organisations keep their bare names ("Ministry of Energy").
pub fn keep_publication_articles(speakers: &mut [Speaker]) {
    for speaker in speakers {
        if speaker.kind != SpeakerKind::Organization || !is_publication_name(&speaker.name) {
            continue;
        }
        let titled = format!("The {}", speaker.name);
        if let Some(k) = speaker.aliases.iter().position(|a| *a == titled) {
            speaker.aliases.remove(k);
            let bare = std::mem::replace(&mut speaker.name, titled);
            speaker.aliases.insert(0, bare);
        }
    }
}

/// Words that name a public body, which "the company" is not ("Greater
/// Sudbury Police", "Court of Appeal").
const PUBLIC_BODY_WORDS: &[&str] = &[
    "police",
    "court",
    "parliament",
    "senate",
    "congress",
    "army",
    "guard",
    "navy",
    "forces",
    "tribunal",
    "federation",
    "embassy",
    "consulate",
    "rcmp",
    "fbi",
    "authority",
    "inspectorate",
    "directorate",
];

/// Nouns for a newspaper or broadcaster: "the paper" is the Ottawa Ledger.
const PUBLICATION_NOUNS: &[&str] = &[
    "newspaper",
    "paper",
    "daily",
    "broadcaster",
    "outlet",
    "publication",
    "magazine",
    "tabloid",
    "station",
    "channel",
];

/// Businesses are seldom named with their kind ("Rapido Express" is the
/// company); a division, union or ministry usually is.
const BUSINESS_NOUNS: &[&str] = &[
    "company",
    "firm",
    "corporation",
    "retailer",
    "airline",
    "insurer",
    "automaker",
    "carmaker",
    "chain",
    "manufacturer",
    "startup",
    "employer",
    "publisher",
    "broadcaster",
    "operator",
    "developer",
];

/// Organisation nouns that name a business by its trade ("Hollin Vale
/// Brewery", "Larchmont Hotels"): such a name may still be "the company".
const TRADE_NAME_WORDS: &[&str] = &[
    "brewery",
    "bakery",
    "distillery",
    "winery",
    "hotel",
    "hotels",
    "airline",
    "airlines",
    "insurer",
    "supermarket",
    "resort",
    "casino",
    "carmaker",
];

/// Nouns for a public body that oversees others: "the regulator".
const REGULATOR_NOUNS: &[&str] = &["regulator", "watchdog"];
/// Words in the name of such a body: "Civil Aviation Authority".
const REGULATOR_NAME_WORDS: &[&str] = &[
    "authority",
    "commission",
    "agency",
    "inspectorate",
    "directorate",
    "ombudsman",
    "regulator",
    "board",
    "watchdog",
];

/// Words that name a trade union ("Aviators' Guild", "Nurses' Union").
const UNION_NAME_WORDS: &[&str] = &["union", "guild", "federation", "brotherhood"];

/// Is this the name of a public body that oversees others ("Civil Aviation Authority")?
fn is_regulator_name(name: &str) -> bool {
    name_has_word(name, REGULATOR_NAME_WORDS)
}

/// Is this the name of a body that oversees or governs others, whatever
/// field it names ("Broadcasting Standards Council", "Press Complaints
/// Commission")?
fn oversees(name: &str) -> bool {
    is_regulator_name(name)
        || name_has_word(
            name,
            &[
                "council",
                "standards",
                "ministry",
                "department",
                "tribunal",
                "court",
            ],
        )
}

/// Does a name hold one of `words` (lowercase, possessives stripped)?
fn name_has_word(name: &str, words: &[&str]) -> bool {
    name.split_whitespace()
        .any(|w| words.contains(&super::mentions::strip_possessive(w).to_lowercase().as_str()))
}

/// Nouns for an organisation that its name seldom contains: "the regulator"
/// is the Civil Aviation Authority, "the group" Brigada Andina.
const GENERIC_ORGANISATION_NOUNS: &[&str] = &[
    "regulator",
    "watchdog",
    "agency",
    "body",
    "group",
    "organisation",
    "organization",
    "network",
    "charity",
    "nonprofit",
    "monitor",
];

/// Words an organisation's initials skip ("Bank of Canada" → BC).
const INITIALS_SKIP: &[&str] = &[
    "of", "the", "and", "for", "on", "in", "&", "de", "du", "des",
];

/// The lowercase initials of an organisation's name of two or more
/// capitalised words ("Civil Aviation Authority" → "caa").
/// Was the organisation introduced with `noun` right before its name
/// ("Public broadcaster Kanal Vier", "environmental group Bay Watch")?
/// ("local broadcaster Harbour FM" is "the broadcaster"; "website
/// `CheckPoint`" is "the site", as "newspaper" is "the paper".)
fn described_before_name(s: &Speaker, noun: &str) -> bool {
    let describes = |w: &str| w.eq_ignore_ascii_case(noun) || described_by(&w.to_lowercase(), noun);
    role_describes(s, noun)
        && s.aliases.iter().any(|a| {
            a.strip_suffix(s.name.as_str())
                .and_then(|before| before.strip_suffix(' '))
                .and_then(|before| before.rsplit(' ').next())
                .is_some_and(describes)
        })
}

/// The noun of a speaker called "the {noun}", an organisation, or "The
/// {noun}", a group opening a sentence ("The site said"), and whether it
/// was the latter.
fn described_noun(s: &Speaker) -> Option<(&str, bool)> {
    let capitalised = s
        .name
        .strip_prefix("The ")
        .filter(|_| s.kind == SpeakerKind::Group);
    s.name
        .strip_prefix("the ")
        .filter(|_| s.kind == SpeakerKind::Organization)
        .or(capitalised)
        .filter(|n| !n.contains(' '))
        .map(|n| (n, capitalised.is_some()))
}

/// Does the last word of the speaker's role describe it as a `noun`
/// ("website" as "the site")?
fn role_describes(s: &Speaker, noun: &str) -> bool {
    s.role
        .as_deref()
        .and_then(|r| r.rsplit(' ').next())
        .is_some_and(|w| w.eq_ignore_ascii_case(noun) || described_by(&w.to_lowercase(), noun))
}

/// May "the company" be this organisation: is its name free of any other
/// organisation noun ("Rapido Express", not "Quebec Couriers' Union", a
/// publication or a public body), and was it never called by another
/// ("Friends of the Wendle", called "the group")?
fn may_be_business(s: &Speaker) -> bool {
    let called_otherwise = s.aliases.iter().any(|a| {
        words_after_the(a).is_some_and(|noun| {
            !BUSINESS_NOUNS.contains(&noun)
                && LEXICONS.roles.get(noun).is_some_and(|r| r.organisation)
        })
    });
    let words = || {
        s.name
            .split(|c: char| c.is_whitespace() || c == '-')
            .map(|w| super::mentions::strip_possessive(w).to_lowercase())
    };
    // ("Bellhaven Care Group" may be a company; "Harbour Residents Action
    // Group" is none, nor is any body of campaigners.)
    let campaigners = words().any(|w| CAMPAIGN_NAME_WORDS.contains(&w.as_str()));
    // ("Allied Science Workers", written "The Allied Science Workers
    // union": a union is never "the company".)
    let union = words().any(|w| matches!(w.as_str(), "workers" | "employees"))
        || s.aliases.iter().any(|a| name_has_word(a, UNION_NAME_WORDS));
    !called_otherwise
        && !union
        && !campaigners
        && !words().any(|w| {
            let company_group = w == "group" && !campaigners;
            LEXICONS.roles.get(w.as_str()).is_some_and(|r| {
                r.organisation && !TRADE_NAME_WORDS.contains(&w.as_str()) && !company_group
            }) || PUBLICATION_WORDS.contains(&w.as_str())
                || PUBLIC_BODY_WORDS.contains(&w.as_str())
        })
}

/// Is the speaker a bare name nothing else has marked that may be a
/// business ("Pinecrest", "Corvale"): of unknown kind and gender, with no
/// role, and no group noun?
fn is_bare_business_name(s: &Speaker) -> bool {
    s.kind == SpeakerKind::Unknown
        && s.gender == Gender::Unknown
        && s.role.is_none()
        && may_be_organisation(s)
        && may_be_business(s)
        && !LEXICONS.groups.contains(s.name.to_lowercase().as_str())
}

/// Is a role only an honorific ("Mr", "Ms")?
fn is_honorific(role: &str) -> bool {
    matches!(
        role.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx"
    )
}

/// Roles that run a business ("managing director Graham Tolley"), as
/// written before a name with no organisation.
const COMPANY_OFFICER_ROLES: &[&str] = &[
    "managing director",
    "chief executive",
    "chief executive officer",
    "chief operating officer",
    "chief financial officer",
    "finance director",
    "operations director",
    "commercial director",
];

/// Words that make a name a body of campaigners, advisers or residents
/// ("Fieldwork Rights Advice Centre", "Harbour Residents Action Group")
/// rather than a company.
const CAMPAIGN_NAME_WORDS: &[&str] = &[
    "rights",
    "advice",
    "centre",
    "center",
    "action",
    "campaign",
    "residents",
    "pressure",
    "support",
    "advocacy",
    "community",
    "parents",
    "friends",
    "protest",
    "lobby",
    "watch",
    "working",
    "research",
    "study",
    "advisory",
    "patients",
    "users",
];

/// May "the {noun}" name an organisation described in apposition as a
/// `description`: the same noun, or its end ("the site" for "website"); for
/// "the group", any body of people neither business nor state
/// ("Claimcheck, a non-profit that assesses …. The group said").
fn described_by(description: &str, noun: &str) -> bool {
    let generic = matches!(noun, "group" | "organisation" | "organization");
    description == noun
        || description.ends_with(noun)
        || (generic && CIVIL_SOCIETY_NOUNS.contains(&description))
}

/// The one or two lowercase words after "the" in `name` ("the coast
/// guard" → "coast guard"), if that is all it is.
fn words_after_the(name: &str) -> Option<&str> {
    name.strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .filter(|n| {
            (1..=2).contains(&n.split(' ').count())
                && n.chars().all(|c| c.is_lowercase() || c == ' ')
        })
}

/// Does the name end in `words` as whole words ("National Coast Guard"
/// in "coast guard")?
fn ends_in_words(name: &str, words: &str) -> bool {
    name.to_lowercase()
        .strip_suffix(words)
        .is_some_and(|rest| rest.ends_with(' '))
}

/// Is a mention written with an indefinite article ("a local watchdog")?
fn is_indefinite(written: &str) -> bool {
    let first = written.split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an")
}

/// "A council spokeswoman", "a health board spokesman": an unnamed
/// spokesperson is named as the article describes them, without the
/// article ("council spokeswoman"), so that the sources pane tells one
/// body's spokesperson from another's. Only lowercase words before the role
/// count, and at most [`MAX_SPOKESPERSON_OWNER_WORDS`] of them.
fn spokesperson_as_written(role: &str, written: &str) -> Option<String> {
    if !super::mentions::SPOKESPERSON_NOUNS.contains(&role) {
        return None;
    }
    let mut words: Vec<&str> = written.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
    {
        words.remove(0);
    }
    let (last, owner) = words.split_last()?;
    // ("its spokesman", "another spokeswoman": no owner named.)
    let plain = |w: &&str| {
        w.chars().all(|c| c.is_lowercase() || c == '-')
            && !LEXICONS.determiners.contains(*w)
            && !super::mentions::is_function_word(w)
    };
    (*last == role
        && !owner.is_empty()
        && owner.len() <= MAX_SPOKESPERSON_OWNER_WORDS
        && owner.iter().all(plain))
    .then(|| words.join(" "))
}

/// Most lowercase words before an unnamed spokesperson's role that name
/// whom they speak for ("health board spokeswoman").
const MAX_SPOKESPERSON_OWNER_WORDS: usize = 2;

/// Does a role mention bring in someone not met before ("Another analyst",
/// "A second nurse", "One lecturer", "An official")?
fn introduces_someone_new(written: &str) -> bool {
    let first = written.split_whitespace().next().unwrap_or("");
    is_indefinite(written)
        || first.eq_ignore_ascii_case("another")
        || first.eq_ignore_ascii_case("one")
}

fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    for word in name.split_whitespace() {
        if INITIALS_SKIP.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        let first = word.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        out.extend(first.to_lowercase());
    }
    (out.chars().count() >= 2).then_some(out)
}

/// True for a name written as an acronym: "CAA", "the RCMP".
fn is_acronym(name: &str) -> bool {
    let name = name.trim_start_matches("the ");
    (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// True for an organisation, a party of unknown kind, or a "person" whose
/// name starts with no given name and who has no gender or role yet
/// ("Prairie Coachworks"): what "its" may refer to.
fn may_be_organisation(s: &Speaker) -> bool {
    match s.kind {
        SpeakerKind::Organization | SpeakerKind::Unknown => true,
        SpeakerKind::Group => false,
        SpeakerKind::Person => {
            s.gender == Gender::Unknown
                && s.role.is_none()
                && s.name.split_whitespace().next().is_some_and(|first| {
                    first.chars().next().is_some_and(char::is_uppercase)
                        && !LEXICONS.given_names.contains_key(&first.to_lowercase())
                })
        }
    }
}

/// A name as the indexes store it: lowercase, without a leading "the".
/// Whether a name is a proper name (capitalised), not a description ("the trust").
fn is_proper(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase) && !name.starts_with("The ")
}

fn norm(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    match lower.strip_prefix("the ") {
        Some(rest) => rest.to_owned(),
        None => lower,
    }
}

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// Statements that speak for whoever issued them, named by themselves.
const ISSUED_STATEMENTS: &[&str] = &[
    "the statement",
    "the release",
    "the news release",
    "the press release",
];

/// How many sentences back an organisation spoke for "the group" to be it.
const JUST_HEARD_SENTENCES: usize = 2;

impl SpeakerBook {
    /// Starts a sentence: the people [`Self::note_person`] notes for it count
    /// as mentioned before the speakers its cues name.
    pub fn begin_sentence(&mut self) {
        self.clock += 1;
        self.sentence_start = self.clock;
        self.sentences += 1;
    }

    /// Notes a body the current sentence opens with as its subject ("The
    /// commissioner’s office responded"), for a bare "it" in the next.
    pub fn note_subject_organisation(&mut self, name: String) {
        self.subject_organisation = Some((name, self.sentences));
    }

    /// Notes a role the current sentence introduces as its subject ("A
    /// senior government official … offered"), described by `description`.
    pub fn note_introduced_role(&mut self, role: String, description: String) {
        self.introduced = Some((role, description, self.sentences));
    }

    /// Notes an organisation described as a `noun` ("Clean Tarn, a campaign
    /// group"), for "the group" later.
    fn note_described_organisation(&mut self, noun: &str, name: &str) {
        let name = name.strip_prefix("The ").unwrap_or(name);
        self.described_organisations
            .push((noun.to_owned(), name.to_owned(), self.sentences));
        if self.described_organisations.len() > RECENT_LIMIT {
            self.described_organisations.remove(0);
        }
    }

    /// Notes a person named in the current sentence outside its speaker
    /// phrases, for pronouns that follow: as mentioned at the sentence's start,
    /// so that "He said the bank, run by Martin Legere, …" leaves the speaker
    /// the likelier "he" next.
    pub fn note_person(&mut self, person: &NamedPerson) {
        let name = person.name.as_str();
        if person.kind == SpeakerKind::Organization {
            let proper = name.strip_prefix("The ").unwrap_or(name);
            if person.opens_sentence {
                self.subject_organisation = Some((proper.to_owned(), self.sentences));
            }
            self.last_named_organisation = Some((proper.to_owned(), self.sentences));
            self.note_organisation(name);
            if let Some(noun) = &person.role {
                self.note_described_organisation(noun, name);
            }
            return;
        }
        if person.unconfirmed {
            let key = norm(name);
            self.unconfirmed.push(Candidate {
                name: name.to_owned(),
                gender: person.gender,
                role: person.role.clone(),
                surname: last_word(&key).to_owned(),
                key,
            });
            if self.unconfirmed.len() > RECENT_LIMIT {
                self.unconfirmed.remove(0);
            }
            return;
        }
        if let Some(id) = self.find_name(name, SpeakerKind::Person) {
            let s = &mut self.speakers[id.0];
            if s.kind != SpeakerKind::Organization && s.kind != SpeakerKind::Group {
                // "Bernie Sanders offered …" after the headline's "Sanders:".
                if name.contains(' ') && !s.name.contains(' ') {
                    let old = std::mem::replace(&mut s.name, name.to_owned());
                    s.aliases.push(old);
                    self.index_name(id, name);
                }
                self.touch_at_sentence_start(id);
            }
            return;
        }
        // A surname of a person named earlier: that person again.
        let key = norm(name);
        let single = !key.contains(' ');
        let existing = self
            .candidates
            .iter()
            .rposition(|(c, _)| c.key == key || (single && c.surname == key));
        let candidate = match existing {
            Some(k) => self.candidates.remove(k).0,
            // A lone capitalised word is no new person ("Regular exercise …"),
            // unless it is the subject after an opening phrase.
            // "Bissonnette had a history …" after "gunman Alexandre
            // Bissonnette": the surname confirms the earlier name.
            None if single && person.opens_sentence => {
                let Some(k) = self.unconfirmed.iter().rposition(|c| c.surname == key) else {
                    return;
                };
                self.unconfirmed.remove(k)
            }
            None if single && !person.lone_subject => return,
            None => Candidate {
                name: name.to_owned(),
                gender: person.gender,
                role: person.role.clone(),
                surname: last_word(&key).to_owned(),
                key,
            },
        };
        // The first person a sentence names (its subject, usually) is the
        // likelier "he" next: later names of the sentence rank below it.
        let at = self
            .candidates
            .iter()
            .position(|(_, t)| *t >= self.sentence_start)
            .unwrap_or(self.candidates.len());
        self.candidates.insert(at, (candidate, self.sentence_start));
        if self.candidates.len() > RECENT_LIMIT {
            self.candidates.remove(0);
        }
    }

    /// Notes an organisation the narrative names: a company named with its
    /// suffix ("Swiftline Inc.") is one "the company" or "the firm" may
    /// refer to later; any name of several words, one that "the" and its
    /// last words may ("the board").
    fn note_organisation(&mut self, name: &str) {
        let proper = name.strip_prefix("The ").unwrap_or(name);
        if proper.contains(' ') {
            let name = proper;
            self.narrative_organisations.retain(|n| n != name);
            self.narrative_organisations.push(name.to_owned());
            if self.narrative_organisations.len() > RECENT_LIMIT {
                self.narrative_organisations.remove(0);
            }
        }
        let suffixed = name.rsplit(' ').next().is_some_and(|w| {
            super::lexicons::COMPANY_SUFFIXES
                .contains(&w.trim_end_matches('.').to_lowercase().as_str())
        });
        if !suffixed || !name.contains(' ') {
            return;
        }
        self.narrative_companies.retain(|n| n != name);
        self.narrative_companies.push(name.to_owned());
        if self.narrative_companies.len() > RECENT_LIMIT {
            self.narrative_companies.remove(0);
        }
    }

    /// The company last named in the narrative, as a speaker ("the firm
    /// said" after "Workers sued Swiftline Inc.").
    fn narrative_company(&mut self) -> Option<SpeakerId> {
        let name = self.narrative_companies.last()?.clone();
        Some(self.organisation_speaker(name))
    }

    pub fn touch(&mut self, id: SpeakerId) {
        self.recent.retain(|r| *r != id);
        self.recent.push(id);
        if self.recent.len() > RECENT_LIMIT {
            self.recent.remove(0);
        }
        self.clock += 1;
        self.last_touched = Some((id, self.sentences));
        if let Some(seen) = self.seen.get_mut(id.0) {
            *seen = self.clock;
        }
        if let Some(flag) = self.affiliation_only.get_mut(id.0) {
            *flag = false;
        }
    }

    /// Notes that the current sentence's speaker issued a document called
    /// `noun` ("said in a report").
    pub fn note_document(&mut self, noun: &'static str, speaker: SpeakerId) {
        self.documents.push((noun, speaker, self.sentences));
        if self.documents.len() > RECENT_LIMIT {
            self.documents.remove(0);
        }
    }

    /// The issuer of the document "the {noun}" names, noted within
    /// [`DOCUMENT_REACH`] sentences.
    fn document_issuer(&self, name: &str) -> Option<SpeakerId> {
        let noun = name.strip_prefix("the ")?;
        if !super::documents::is_document_noun(noun) {
            return None;
        }
        let alike = |n: &str| {
            n == noun
                || (n == super::documents::REPORTED && noun == "report")
                || (REPORT_LIKE_DOCUMENTS.contains(&n) && REPORT_LIKE_DOCUMENTS.contains(&noun))
        };
        self.documents
            .iter()
            .rev()
            .take_while(|(_, _, at)| self.sentences <= at + DOCUMENT_REACH)
            .find(|(n, _, _)| alike(n))
            .map(|(_, id, _)| *id)
    }

    /// Notes "the mayor" in the current sentence's narrative: the latest
    /// speaker with that role is mentioned again (see [`Self::note_person`]).
    pub fn note_role(&mut self, role: &str) {
        // (or who was called "the mayor" before: "candidate Doug McCallum")
        let bearer = self.recent.iter().rev().copied().find(|id| {
            let s = &self.speakers[id.0];
            s.role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().ends_with(role))
                || s.aliases.iter().any(|a| {
                    a.strip_prefix("the ")
                        .or_else(|| a.strip_prefix("The "))
                        .is_some_and(|r| r.eq_ignore_ascii_case(role))
                })
        });
        if let Some(id) = bearer {
            self.touch_at_sentence_start(id);
        }
    }

    /// Marks a speaker as mentioned at the start of the current sentence:
    /// after everyone before it, before the speakers this sentence named.
    fn touch_at_sentence_start(&mut self, id: SpeakerId) {
        if self
            .seen
            .get(id.0)
            .is_none_or(|&t| t >= self.sentence_start)
        {
            return;
        }
        self.recent.retain(|r| *r != id);
        let at = self
            .recent
            .iter()
            .position(|r| self.seen[r.0] > self.sentence_start)
            .unwrap_or(self.recent.len());
        self.recent.insert(at, id);
        if self.recent.len() > RECENT_LIMIT {
            self.recent.remove(0);
        }
        self.seen[id.0] = self.sentence_start;
        if let Some(flag) = self.affiliation_only.get_mut(id.0) {
            *flag = false;
        }
    }

    /// True for speakers that were only ever named as someone's organisation.
    pub fn is_affiliation_only(&self, id: SpeakerId) -> bool {
        self.affiliation_only.get(id.0).copied().unwrap_or(false)
    }

    fn add(&mut self, speaker: Speaker) -> SpeakerId {
        let name = speaker.name.clone();
        self.speakers.push(speaker);
        self.affiliation_only.push(false);
        self.seen.push(0);
        let id = SpeakerId(self.speakers.len() - 1);
        self.index_name(id, &name);
        id
    }

    /// Records a name of a speaker in the indexes.
    fn index_name(&mut self, id: SpeakerId, name: &str) {
        let key = norm(name);
        if key.is_empty() {
            return;
        }
        self.by_name.entry(key.clone()).or_insert(id);
        if self.speakers[id.0].kind == SpeakerKind::Organization
            && let Some(letters) = initials(name)
        {
            self.by_initials.entry(letters).or_insert(id);
        }
        if let Some(first) = organisation_first_word(&self.speakers[id.0], name) {
            self.by_first_word.entry(first).or_insert(id);
            let words: Vec<&str> = key.split(' ').collect();
            if words.len() >= 3 && self.speakers[id.0].kind == SpeakerKind::Organization {
                self.by_first_two_words
                    .entry(words[..2].join(" "))
                    .or_insert(id);
            }
        }
        let list = if key.contains(' ') {
            self.by_surname.entry(norm(last_word(&key))).or_default()
        } else {
            self.by_single.entry(key).or_default()
        };
        if !list.contains(&id) {
            list.push(id);
        }
        // "Quispe" after "Aurelio Quispe Mamani": in names of three words,
        // the middle one is often the first of two surnames.
        if self.speakers[id.0].kind == SpeakerKind::Person
            && let [_, middle, _] = name.split_whitespace().collect::<Vec<_>>()[..]
            && middle.len() > 2
            && middle.chars().next().is_some_and(char::is_uppercase)
            && !middle.ends_with('.')
        {
            let list = self.by_surname.entry(norm(middle)).or_default();
            if !list.contains(&id) {
                list.push(id);
            }
        }
    }

    fn alias(&mut self, id: SpeakerId, alias: &str) {
        if let Some(s) = self.speakers.get_mut(id.0)
            && !same(&s.name, alias)
            && !s.aliases.iter().any(|a| same(a, alias))
        {
            s.aliases.push(alias.to_owned());
            self.by_name.entry(norm(alias)).or_insert(id);
        }
    }

    /// Finds a speaker by name: the same name, or a surname of a full name.
    fn find_name(&self, name: &str, kind: SpeakerKind) -> Option<SpeakerId> {
        let key = norm(name);
        if let Some(id) = self.by_name.get(&key) {
            return Some(*id);
        }
        if kind != SpeakerKind::Person
            && let Some(id) = self.same_initials(name)
        {
            return Some(id);
        }

        let compatible = |s: &Speaker| {
            (s.kind == kind || s.kind == SpeakerKind::Unknown || kind == SpeakerKind::Unknown)
                && s.kind != SpeakerKind::Group
        };
        // "Peskov" after "Dmitry Peskov" (or the other way round); prefer the
        // most recently mentioned such speaker.
        let candidates = if key.contains(' ') {
            self.by_single.get(&norm(last_word(&key)))
        } else {
            self.by_surname.get(&key)
        };
        let by_surname = candidates.and_then(|ids| {
            ids.iter()
                .copied()
                .filter(|id| compatible(&self.speakers[id.0]))
                .max_by_key(|id| (self.seen[id.0], id.0))
        });
        // "Skybridge said" after "Skybridge Atlantic has denied …"; "Sapphire
        // Crest said" after "Sapphire Crest Cruise Holdings" (two words that
        // read like a person's name).
        by_surname
            .or_else(|| {
                (kind != SpeakerKind::Person && !key.contains(' '))
                    .then(|| self.by_first_word.get(&key).copied())
                    .flatten()
            })
            .or_else(|| {
                (key.split(' ').count() == 2)
                    .then(|| self.by_first_two_words.get(&key).copied())
                    .flatten()
            })
    }

    /// The organisation an acronym stands for ("CAA" after "Civil Aviation
    /// Authority"), or the one written as the acronym of a full name.
    fn same_initials(&self, name: &str) -> Option<SpeakerId> {
        if is_acronym(name) {
            return self.by_initials.get(&norm(name)).copied();
        }
        let id = *self
            .by_name
            .get(&initials(name.trim_start_matches("the "))?)?;
        let s = &self.speakers[id.0];
        (is_acronym(&s.name) && s.kind != SpeakerKind::Person && s.kind != SpeakerKind::Group)
            .then_some(id)
    }

    /// The speaker for an organisation's name, created if new. "its" (in
    /// "its chief operating officer") and "the company" are the organisation
    /// last mentioned, or none.
    fn organisation(&mut self, name: &str) -> Option<SpeakerId> {
        if let Some(id) = self.find_name(name, SpeakerKind::Organization) {
            return Some(id);
        }
        if name == "its" {
            // "The Brenmoor Ambulance Service gave a different account. Its
            // duty manager, …": the subject of the sentence before.
            if let Some(id) = self
                .subject_organisation_before()
                .or_else(|| self.organisation_named_before())
            {
                return Some(id);
            }
            let id = self
                .recent
                .iter()
                .rev()
                .copied()
                .find(|id| may_be_organisation(&self.speakers[id.0]))?;
            self.speakers[id.0].kind = SpeakerKind::Organization;
            return Some(id);
        }
        if let Some(noun) = name.strip_prefix("the ").filter(|n| !n.contains(' ')) {
            // "the network's coordinator" with no network named: no organisation.
            return self
                .organisation_called(noun)
                .or_else(|| self.bare_business_name(noun));
        }
        Some(self.add_affiliation(name.to_owned()))
    }

    /// The organisation "it" names before any speaker fits, and how: the
    /// one the sentence before opened with ("Railwatch published an
    /// analysis …. “…,” it wrote."), else the one the person who spoke last
    /// speaks for ("“…,” a ministry spokesman said. It added that …").
    fn organisation_it_names(&mut self) -> Option<(SpeakerId, &'static str)> {
        if let Some(id) = self.subject_organisation_before() {
            return Some((id, "the organisation the sentence before opened with"));
        }
        let last = self.speakers.get(self.recent.last()?.0)?;
        let org = last
            .affiliation
            .filter(|_| last.kind == SpeakerKind::Person)?;
        (self.speakers.get(org.0)?.kind == SpeakerKind::Organization)
            .then_some((org, "the organisation the last speaker speaks for"))
    }

    /// The organisation the sentence before opened with, as a speaker.
    fn subject_organisation_before(&mut self) -> Option<SpeakerId> {
        let sentences = self.sentences;
        let noted = self
            .subject_organisation
            .take_if(|(_, at)| *at + 1 == sentences);
        self.organisation_noted(noted)
    }

    /// The organisation the narrative named last, in the sentence before,
    /// as a speaker.
    fn organisation_named_before(&mut self) -> Option<SpeakerId> {
        let sentences = self.sentences;
        let noted = self
            .last_named_organisation
            .take_if(|(_, at)| *at + 1 == sentences);
        self.organisation_noted(noted)
    }

    /// The organisation `noted` (with the number of its sentence), as a
    /// speaker.
    fn organisation_noted(&mut self, noted: Option<(String, usize)>) -> Option<SpeakerId> {
        let (name, _) = noted?;
        Some(
            self.find_name(&name, SpeakerKind::Organization)
                .unwrap_or_else(|| self.add_affiliation(name)),
        )
    }

    /// A new organisation named `name`, so far only as someone's affiliation.
    fn add_affiliation(&mut self, name: String) -> SpeakerId {
        let id = self.add_organisation(name);
        self.affiliation_only[id.0] = true;
        id
    }

    /// A new organisation named `name`.
    fn add_organisation(&mut self, name: String) -> SpeakerId {
        self.add(Speaker {
            name,
            kind: SpeakerKind::Organization,
            role: None,
            affiliation: None,
            aliases: Vec::new(),
            gender: Gender::Unknown,
        })
    }

    /// Resolves a mention to a speaker, creating one when it names a new party.
    pub fn resolve(&mut self, mention: &Mention, written: &str) -> Option<Resolved> {
        let resolved = match &mention.form {
            MentionForm::Name {
                name,
                role,
                organisation,
                kind,
                gender,
            } => self.resolve_name(
                name,
                role.as_deref(),
                organisation.as_deref(),
                *kind,
                *gender,
                written,
            ),
            MentionForm::Role {
                role,
                organisation,
                gender,
            } => Some(self.resolve_role(role, organisation.as_deref(), *gender, written)),
            MentionForm::Group { name } => Some(self.resolve_group(name)),
            MentionForm::Pronoun(p) => self.resolve_pronoun(*p, written),
            MentionForm::OfficeOf(owner) => self.resolve_office(mention.span, owner, written),
            MentionForm::SpokespersonOf {
                role,
                owner,
                owner_span,
                gender,
            } => self.resolve_spokesperson(role, owner, *owner_span, *gender, written),
        }?;
        self.touch(resolved.speaker);
        Some(resolved)
    }

    /// The organisation a person speaks for: the one named with them, or
    /// the one a noun before their role names ("a company spokeswoman").
    fn affiliation_of(
        &mut self,
        role: Option<&str>,
        organisation: Option<&str>,
        written: &str,
    ) -> Option<SpeakerId> {
        if let Some(o) = organisation {
            return self.organisation(o);
        }
        let role = role?;
        // ("Club president Lorraine Atherton": the owner's noun opens the
        // phrase as written, before the role.)
        let written_owner = || {
            let mut words = written.split_whitespace();
            let noun = words.next()?.to_lowercase();
            (words.next() == Some(role)).then_some(noun)
        };
        let noun = match role.split_once(' ') {
            Some((noun, _)) => noun.to_owned(),
            None => written_owner()?,
        };
        super::phrases::ROLE_OWNER_NOUNS
            .contains(&noun.as_str())
            .then(|| self.organisation(&format!("the {noun}")))
            .flatten()
    }

    /// "Mr. King, 82, told me" after "I caught Larry King on …": the person
    /// the narrative named in full, now a speaker.
    fn add_named_earlier(
        &mut self,
        full: Candidate,
        role: Option<&str>,
        affiliation: Option<SpeakerId>,
        gender: Gender,
    ) -> SpeakerId {
        let gender = if gender == Gender::Unknown {
            full.gender
        } else {
            gender
        };
        self.add(Speaker {
            name: full.name,
            kind: SpeakerKind::Person,
            // ("Mr Pennock" after "the transport minister, Gareth
            // Pennock": the role the narrative gave, not the honorific.)
            role: role
                .filter(|r| !is_honorific(r))
                .map(str::to_owned)
                .or(full.role)
                .or_else(|| role.map(str::to_owned)),
            affiliation,
            aliases: Vec::new(),
            gender,
        })
    }

    fn resolve_name(
        &mut self,
        name: &str,
        role: Option<&str>,
        organisation: Option<&str>,
        kind: SpeakerKind,
        gender: Gender,
        written: &str,
    ) -> Option<Resolved> {
        if name.is_empty() {
            return None;
        }
        if let Some(force) = self.police_force(name) {
            return Some(force);
        }
        let affiliation = self.affiliation_of(role, organisation, written);
        if kind == SpeakerKind::Organization
            && let Some(resolved) = self.organisation_described(name, written)
        {
            return Some(resolved);
        }
        // "the company said" after "Rapido Express denied …": the organisation named before.
        if kind != SpeakerKind::Person
            && kind != SpeakerKind::Group
            && self.find_name(name, kind).is_none()
            && let Some(noun) = name.strip_prefix("the ").filter(|n| !n.contains(' '))
            && (kind == SpeakerKind::Organization || PUBLICATION_NOUNS.contains(&noun))
            // "a local watchdog's finding": a party not named before.
            && !is_indefinite(written)
            // ("The group also found" after "FactLine said".)
            && let Some(id) = self
                .organisation_just_heard(name, written)
                .or_else(|| self.organisation_called(noun))
                .or_else(|| {
                    BUSINESS_NOUNS
                        .contains(&noun)
                        .then(|| self.narrative_company())
                        .flatten()
                        .or_else(|| self.narrative_organisation_ending(name))
                })
        {
            self.alias(id, written);
            // ("HomeTruth", called "the group": an organisation.)
            if self.speakers[id.0].kind == SpeakerKind::Unknown {
                self.speakers[id.0].kind = SpeakerKind::Organization;
            }
            let named = self.speakers[id.0].name.clone();
            return Some(Resolved {
                speaker: id,
                reason: format!("“{written}” → the organisation named before, {named}"),
                confidence: 0.75,
            });
        }
        let id = if let Some(id) = self.find_name(name, kind) {
            let s = &mut self.speakers[id.0];
            // A full name seen after a surname, or a proper name after a
            // description ("the trust"), becomes the canonical name.
            let renamed = name.contains(' ')
                && (!s.name.contains(' ') || (is_proper(name) && !is_proper(&s.name)));
            if renamed {
                let old = std::mem::replace(&mut s.name, name.to_owned());
                s.aliases.push(old);
            }
            if s.kind == SpeakerKind::Unknown {
                s.kind = kind;
            }
            if s.role.is_none() {
                s.role = role.map(str::to_owned);
            }
            if s.affiliation.is_none() && affiliation != Some(id) {
                s.affiliation = affiliation;
            }
            if s.gender == Gender::Unknown {
                s.gender = gender;
            }
            if renamed {
                self.index_name(id, name);
            }
            id
        } else if let Some(full) = self.named_earlier(name, kind) {
            self.add_named_earlier(full, role, affiliation, gender)
        } else {
            self.add(Speaker {
                name: name.to_owned(),
                kind,
                role: role.map(str::to_owned),
                affiliation,
                aliases: Vec::new(),
                gender,
            })
        };
        self.alias(id, written);
        self.alias(id, name);
        if kind == SpeakerKind::Organization {
            self.note_apposition(role, name, written);
        }
        Some(Resolved {
            speaker: id,
            reason: format!("named at the cue: “{written}”"),
            confidence: 0.9,
        })
    }

    /// "Touchline Report, an independent website, said": "the website" may
    /// be it later. ("media buying company `GroupM`" is described before
    /// its name, not in apposition.)
    fn note_apposition(&mut self, role: Option<&str>, name: &str, written: &str) {
        if let Some(noun) = role.filter(|r| {
            LEXICONS.roles.get(*r).is_some_and(|i| i.organisation)
                && !written.to_lowercase().contains(*r)
        }) {
            self.note_described_organisation(noun, name);
        }
    }

    /// The person named earlier in the narrative whose surname a new
    /// one-word speaker name is, taken out of the candidates (or out of the
    /// names not yet known to be people's).
    fn named_earlier(&mut self, name: &str, kind: SpeakerKind) -> Option<Candidate> {
        let key = norm(name);
        if key.contains(' ') || !matches!(kind, SpeakerKind::Person | SpeakerKind::Unknown) {
            return None;
        }
        if let Some(k) = self
            .candidates
            .iter()
            .rposition(|(c, _)| c.surname == key && c.key != key)
        {
            return Some(self.candidates.remove(k).0);
        }
        // "Last week I met Ignatius Farrow …": a name nothing marked as a
        // person's until now.
        let k = self
            .unconfirmed
            .iter()
            .rposition(|c| c.surname == key && c.key != key)?;
        Some(self.unconfirmed.remove(k))
    }

    /// The latest organisation whose name has `noun` ("the union": Quebec
    /// Couriers' Union), or is "the {noun}" ("a ministry spokesman" after
    /// "the ministry" spoke).
    fn organisation_named_with(&self, noun: &str) -> Option<SpeakerId> {
        let words_of = |s: &Speaker| -> Vec<String> {
            s.name
                .split(|c: char| c.is_whitespace() || c == '-')
                .map(|w| super::mentions::strip_possessive(w).to_lowercase())
                .collect()
        };
        let organisations = || {
            self.recent.iter().rev().copied().filter(|id| {
                let s = &self.speakers[id.0];
                s.kind == SpeakerKind::Organization && !s.name.starts_with("the ")
            })
        };
        // ("The Allied Science Workers union said" is "the union".)
        let written_with = |s: &Speaker| {
            s.aliases.iter().any(|a| {
                a.strip_suffix(noun)
                    .and_then(|before| before.strip_suffix(' '))
                    .is_some_and(|before| before.ends_with(s.name.as_str()))
            })
        };
        organisations()
            .find(|id| {
                let s = &self.speakers[id.0];
                words_of(s).iter().any(|w| w == noun) || written_with(s)
            })
            .or_else(|| {
                self.recent.iter().rev().copied().find(|id| {
                    let s = &self.speakers[id.0];
                    s.kind == SpeakerKind::Organization
                        && s.name
                            .strip_prefix("the ")
                            .is_some_and(|n| n.eq_ignore_ascii_case(noun))
                })
            })
    }

    /// The organisation "the {noun}" refers back to: the latest one whose name
    /// has that noun ("the union": Quebec Couriers' Union), else the latest
    /// whose name has no other organisation noun when the noun is a business's
    /// ("the company": Rapido Express, not the union).
    fn organisation_called(&self, noun: &str) -> Option<SpeakerId> {
        if let Some(id) = self.organisation_named_with(noun) {
            return Some(id);
        }
        let organisations = || {
            self.recent.iter().rev().copied().filter(|id| {
                let s = &self.speakers[id.0];
                s.kind == SpeakerKind::Organization && !s.name.starts_with("the ")
            })
        };
        // "Public broadcaster Kanal Vier" is "the broadcaster"; so is
        // "Kanal Vier, a public broadcaster," once it has spoken.
        if let Some(id) =
            organisations().find(|id| described_before_name(&self.speakers[id.0], noun))
        {
            return Some(id);
        }
        if let Some(id) = self.described_in_apposition(noun) {
            return Some(id);
        }
        let is_publication = is_publication_speaker;
        if PUBLICATION_NOUNS.contains(&noun) {
            // ("the channel" is no "Broadcasting Standards Council".)
            return organisations().find(|id| {
                let s = &self.speakers[id.0];
                is_publication(s) && !oversees(&s.name)
            });
        }
        // ("the agency" after "sent its data to the Environment Protection
        // Agency": the body the narrative named so, not the latest speaker.)
        let named_so_in_narrative = self
            .narrative_organisations
            .iter()
            .any(|n| last_word(n).eq_ignore_ascii_case(noun));
        if GENERIC_ORGANISATION_NOUNS.contains(&noun) && !named_so_in_narrative {
            // The latest organisation that is no publication and was never
            // called a business ("the regulator" is not "the airline").
            return organisations().find(|id| {
                let s = &self.speakers[id.0];
                let is_business = s.aliases.iter().any(|a| {
                    a.strip_prefix("the ")
                        .or_else(|| a.strip_prefix("The "))
                        .is_some_and(|n| BUSINESS_NOUNS.contains(&n))
                });
                // ("the regulator" is a body named as one, not "Halvorsen Minerals".)
                let regulates = !REGULATOR_NOUNS.contains(&noun) || is_regulator_name(&s.name);
                // ("the agency" is not "Orrington town council": a body
                // named by its lowercase noun is what that noun says.)
                let described_otherwise = last_word(&s.name).starts_with(char::is_lowercase);
                (noun == "network" || !is_publication(s))
                    && !is_business
                    && regulates
                    && !described_otherwise
            });
        }
        if !BUSINESS_NOUNS.contains(&noun) {
            return None;
        }
        organisations().find(|id| may_be_business(&self.speakers[id.0]))
    }

    /// "Pinecrest rejected the allegations. … the company’s vice
    /// president": for whom a role of "the company" works, the latest bare
    /// name nothing else has marked.
    fn bare_business_name(&self, noun: &str) -> Option<SpeakerId> {
        if !BUSINESS_NOUNS.contains(&noun) {
            return None;
        }
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|id| is_bare_business_name(&self.speakers[id.0]))
    }

    fn resolve_role(
        &mut self,
        role: &str,
        organisation: Option<&str>,
        gender: Gender,
        written: &str,
    ) -> Resolved {
        let affiliation = organisation
            .and_then(|o| self.organisation(o))
            .or_else(|| self.organisation_noun_before(role, written));
        if affiliation.is_none()
            && organisation.is_none()
            && let Some(resolved) =
                self.spokesperson_of_organisation_just_heard(role, gender, written)
        {
            return resolved;
        }
        // "the spokeswoman" after "Jane Roe, a spokeswoman": the same person.
        // ("Another analyst said", "A second nurse said": someone new.)
        let new_person = introduces_someone_new(written);
        let earlier = self
            .recent
            .iter()
            .rev()
            .copied()
            .filter(|_| !new_person)
            .find(|id| {
                let s = &self.speakers[id.0];
                s.role
                    .as_deref()
                    .is_some_and(|r| r.to_lowercase().ends_with(role))
                    && (affiliation.is_none() || s.affiliation == affiliation)
            });
        if let Some(id) = earlier {
            self.alias(id, written);
            let name = self.speakers[id.0].name.clone();
            return Resolved {
                speaker: id,
                reason: format!("role “{role}” → the earlier {role}, {name}"),
                confidence: 0.75,
            };
        }
        // "the lanky, bespectacled professor said": a definite description
        // without an earlier bearer of the role is the person just named.
        // "The former sergeant-at-arms of the House of Commons said": a former
        // post describes someone already in the story, organisation or not.
        let definite = written.trim_start().to_lowercase().starts_with("the ");
        let former = written.to_lowercase().starts_with("the former ");
        // "the 39-year-old founder of Studiocomix Press": an age describes
        // someone the story has just introduced.
        let aged = written.contains("-year-old");
        // "the father repeated": a relative of someone in the story, not
        // the person just named.
        let kin = KINSHIP_ROLES.contains(&role);
        // "The official said" after "A senior government official …
        // offered a third version": the party just introduced.
        if definite
            && organisation.is_none()
            && let Some((_, description, _)) = self
                .introduced
                .as_ref()
                .filter(|(r, _, at)| r == role && self.sentences <= at + INTRODUCED_ROLE_REACH)
        {
            let description = description.clone();
            let id = self
                .find_name(&description, SpeakerKind::Person)
                .unwrap_or_else(|| {
                    self.add(Speaker {
                        name: description.clone(),
                        kind: SpeakerKind::Person,
                        role: Some(role.to_owned()),
                        affiliation: None,
                        aliases: Vec::new(),
                        gender,
                    })
                });
            self.alias(id, written);
            return Resolved {
                speaker: id,
                reason: format!("role “{role}” → the {description} just introduced"),
                confidence: 0.75,
            };
        }
        if definite
            && !kin
            && (organisation.is_none() || former || aged)
            && let Some(resolved) = self.resolve_described(role, gender, written)
        {
            return resolved;
        }
        self.role_speaker(role, organisation, affiliation, gender, new_person, written)
    }

    /// The person a role describes: one met before with that name (or, for
    /// a spokesperson, speaking for the same party), else someone new.
    fn role_speaker(
        &mut self,
        role: &str,
        organisation: Option<&str>,
        affiliation: Option<SpeakerId>,
        gender: Gender,
        new_person: bool,
        written: &str,
    ) -> Resolved {
        let name = match (organisation, affiliation) {
            (Some(org), _) => format!("{org} {role}"),
            _ => spokesperson_as_written(role, written).unwrap_or_else(|| role.to_owned()),
        };
        // (Someone new is not a named person the role was an alias of.)
        // ("A trust spokeswoman" after "a spokeswoman" spoke for the trust.)
        let spokesperson_of_affiliation = || {
            let party = affiliation?;
            self.recent.iter().rev().copied().find(|id| {
                let s = &self.speakers[id.0];
                s.affiliation == Some(party)
                    && s.role.as_deref() == Some(role)
                    && super::mentions::SPOKESPERSON_NOUNS.contains(&role)
            })
        };
        let known = self
            .find_name(&name, SpeakerKind::Person)
            .filter(|id| !new_person || norm(&self.speakers[id.0].name) == norm(&name))
            .or_else(spokesperson_of_affiliation);
        let id = if let Some(id) = known {
            // "a spokeswoman", then "A trust spokeswoman": now we know for whom.
            let known = &mut self.speakers[id.0].affiliation;
            if known.is_none() {
                *known = affiliation;
            }
            id
        } else {
            self.add(Speaker {
                name,
                kind: SpeakerKind::Person,
                role: Some(role.to_owned()),
                affiliation,
                aliases: Vec::new(),
                gender,
            })
        };
        self.alias(id, written);
        Resolved {
            speaker: id,
            reason: format!("described at the cue: “{written}”"),
            confidence: 0.8,
        }
    }

    /// "A trust spokeswoman", "a union official": a lowercase
    /// organisation noun just before the role names whom the person speaks
    /// for, when the article has named such an organisation.
    fn organisation_noun_before(&self, role: &str, written: &str) -> Option<SpeakerId> {
        let lower = written.to_lowercase();
        let before_role = lower.strip_suffix(role)?.trim_end();
        let noun = before_role.rsplit(' ').next()?;
        let is_organisation_noun = LEXICONS.roles.get(noun).is_some_and(|r| r.organisation);
        if !is_organisation_noun || written.split_whitespace().count() > 3 {
            return None;
        }
        self.organisation_called(noun)
    }

    /// The person a definite description ("the professor") refers back to:
    /// the most recently named person whose gender fits.
    fn resolve_described(&mut self, role: &str, gender: Gender, written: &str) -> Option<Resolved> {
        let mut pronoun = match gender {
            Gender::Female => Pronoun::She,
            _ => Pronoun::He,
        };
        let mut resolved = None;
        if gender == Gender::Unknown {
            // No gender to go by: the person mentioned last, a speaker or
            // someone named since ("Schuh is aware … the professor said").
            let last = self.recent.last().copied();
            let last_seen = last.map_or(0, |id| self.seen[id.0]);
            match self.candidates.last() {
                Some((c, stamp)) if *stamp > last_seen => {
                    if c.gender == Gender::Female {
                        pronoun = Pronoun::She;
                    }
                }
                _ => {
                    let id = last.filter(|id| self.speakers[id.0].kind == SpeakerKind::Person)?;
                    resolved = Some(Resolved {
                        speaker: id,
                        reason: String::new(),
                        confidence: 0.6,
                    });
                }
            }
        }
        let mut resolved = match resolved {
            Some(r) => r,
            None => self.resolve_pronoun(pronoun, written)?,
        };
        let id = resolved.speaker;
        if let Some(s) = self.speakers.get_mut(id.0)
            && s.role.is_none()
        {
            s.role = Some(role.to_owned());
        }
        self.alias(id, written);
        let name = self.speakers[id.0].name.clone();
        resolved.reason = format!("description “{written}” → the person just named, {name}");
        resolved.confidence = 0.6;
        Some(resolved)
    }

    /// "her office", "the premier's office": the office of the person the
    /// owner's mention resolves to, a party of its own ("Jane Roe’s office")
    /// that speaks for that person.
    fn resolve_office(
        &mut self,
        span: crate::document::Span,
        owner: &MentionForm,
        written: &str,
    ) -> Option<Resolved> {
        let owner_written = written
            .rsplit_once(' ')
            .map_or(written, |(w, _)| w)
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        let owner_mention = Mention {
            span,
            form: owner.clone(),
        };
        let person = self.resolve(&owner_mention, owner_written)?.speaker;
        let owner_name = self.speakers[person.0].name.clone();
        // "the premier’s office" when the premier has no name yet.
        let article = if owner_name.chars().next().is_some_and(char::is_lowercase)
            && !owner_name.starts_with("the ")
        {
            "the "
        } else {
            ""
        };
        let name = format!("{article}{owner_name}’s office");
        let id = self
            .find_name(&name, SpeakerKind::Organization)
            .unwrap_or_else(|| {
                self.add(Speaker {
                    name: name.clone(),
                    kind: SpeakerKind::Organization,
                    role: None,
                    affiliation: Some(person),
                    aliases: Vec::new(),
                    gender: Gender::Unknown,
                })
            });
        self.alias(id, written);
        Some(Resolved {
            speaker: id,
            reason: format!("“{written}” → the office of {owner_name}"),
            confidence: 0.7,
        })
    }

    /// "a spokesperson for the minister", "the mayor’s spokesman": a person
    /// of their own, affiliated with the party the owner's mention resolves
    /// to; the spokesperson that party already has, if any.
    fn resolve_spokesperson(
        &mut self,
        role: &str,
        owner: &MentionForm,
        owner_span: crate::document::Span,
        gender: Gender,
        written: &str,
    ) -> Option<Resolved> {
        let owner_mention = Mention {
            span: owner_span,
            form: owner.clone(),
        };
        let owner_written = written
            .split_once(" for ")
            .map_or_else(
                || written.rsplit_once(' ').map_or(written, |(w, _)| w),
                |(_, o)| o,
            )
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        let party = match owner {
            // "a spokesperson for the minister": the minister the article
            // has named, or a party of that role (not whoever was named last).
            MentionForm::Role {
                role: owner_role,
                organisation: None,
                gender: owner_gender,
            } => self.role_bearer(owner_role).unwrap_or_else(|| {
                self.add(Speaker {
                    name: owner_role.clone(),
                    kind: SpeakerKind::Person,
                    role: Some(owner_role.clone()),
                    affiliation: None,
                    aliases: Vec::new(),
                    gender: *owner_gender,
                })
            }),
            _ => self.resolve(&owner_mention, owner_written)?.speaker,
        };
        let name = written
            .strip_prefix("A ")
            .or_else(|| written.strip_prefix("a "))
            .or_else(|| written.strip_prefix("An "))
            .or_else(|| written.strip_prefix("an "))
            .unwrap_or(written);
        let name = name
            .strip_prefix("The ")
            .map_or_else(|| name.to_owned(), |n| format!("the {n}"));
        // ("a spokeswoman for the council", the council being Harwick City
        // Council: named for the party its description stands for.)
        let party_name = &self.speakers[party.0].name;
        let name = match name.split_once(" for the ") {
            Some((who, noun))
                if !noun.contains(' ')
                    && noun.starts_with(char::is_lowercase)
                    && is_proper(party_name)
                    && self.speakers[party.0].kind == SpeakerKind::Organization =>
            {
                format!("{who} for {party_name}")
            }
            _ => name,
        };
        Some(self.spokesperson_for(party, role, gender, name, written))
    }

    /// The spokesperson for `party` met before, or a new one called `name`.
    fn spokesperson_for(
        &mut self,
        party: SpeakerId,
        role: &str,
        gender: Gender,
        name: String,
        written: &str,
    ) -> Resolved {
        let existing = self.recent.iter().rev().copied().find(|id| {
            let s = &self.speakers[id.0];
            s.affiliation == Some(party)
                && s.role
                    .as_deref()
                    .is_some_and(|r| r.to_lowercase().starts_with("spokes"))
        });
        let id = existing.unwrap_or_else(|| {
            self.add(Speaker {
                name,
                kind: SpeakerKind::Person,
                role: Some(role.to_owned()),
                affiliation: Some(party),
                aliases: Vec::new(),
                gender,
            })
        });
        self.alias(id, written);
        let owner_name = self.speakers[party.0].name.clone();
        Resolved {
            speaker: id,
            reason: format!("“{written}” → a spokesperson for {owner_name}"),
            confidence: 0.75,
        }
    }

    /// "The coastguard rejected that account. … a spokesman said": an
    /// unnamed spokesperson, for no one named, speaks for the organisation
    /// that spoke or took a stance in this sentence or the one before.
    fn spokesperson_of_organisation_just_heard(
        &mut self,
        role: &str,
        gender: Gender,
        written: &str,
    ) -> Option<Resolved> {
        // ("A health ministry spokesman" says whose.)
        let bare = written.split_whitespace().count() == 2;
        if !super::mentions::SPOKESPERSON_NOUNS.contains(&role) || !is_indefinite(written) || !bare
        {
            return None;
        }
        let (mut id, sentence) = self.last_touched?;
        // ("A spokesperson said … and called the fact-check “misleading”":
        // the same spokesperson, for the same party.)
        let spokesperson = &self.speakers[id.0];
        if spokesperson.role.as_deref() == Some(role)
            && let Some(party) = spokesperson.affiliation
        {
            id = party;
        }
        let s = self.speakers.get(id.0)?;
        if sentence + 1 < self.sentences
            || s.kind != SpeakerKind::Organization
            || self.is_affiliation_only(id)
        {
            return None;
        }
        let name = format!("{role} for {}", s.name);
        Some(self.spokesperson_for(id, role, gender, name, written))
    }

    /// The speaker last named with a role ("Governor Lisa Marsh" for
    /// "governor"), spokespeople aside.
    fn role_bearer(&self, role: &str) -> Option<SpeakerId> {
        self.speakers
            .iter()
            .rposition(|s| {
                s.role.as_deref().is_some_and(|r| {
                    let r = r.to_lowercase();
                    r.ends_with(role) && !r.starts_with("spokes")
                })
            })
            .map(SpeakerId)
    }

    /// The organisation the narrative named last whose name ends in the
    /// words of "the board", "the regulatory authority", as a speaker.
    fn narrative_organisation_ending(&mut self, name: &str) -> Option<SpeakerId> {
        /// Nouns of places a story is about, which a neighbour's name may
        /// end in too.
        const PLACE_NOUNS: &[&str] = &["city", "town", "village", "state", "country", "province"];
        // ("the city" is seldom "Langley City", a neighbour.)
        let words = words_after_the(name).filter(|n| !PLACE_NOUNS.contains(n))?;
        let found = self
            .narrative_organisations
            .iter()
            .rev()
            .find(|n| ends_in_words(n, words))?
            .clone();
        Some(self.organisation_speaker(found))
    }

    /// An organisation a description names: "The group said" after "Clean
    /// Tarn, a campaign group, has tested the lake" (the organisation the
    /// narrative just called so); "the fire department" after "The
    /// Brantwick fire department" and "The Brantwick police department"
    /// (the one its words end).
    fn organisation_described(&mut self, name: &str, written: &str) -> Option<Resolved> {
        let id = self.described_as(name).or_else(|| {
            words_after_the(written)
                .is_some_and(|w| w.contains(' '))
                .then(|| self.organisation_ending(written))
                .flatten()
        })?;
        self.alias(id, written);
        let named = self.speakers[id.0].name.clone();
        Some(Resolved {
            speaker: id,
            reason: format!("“{written}” → the organisation named before, {named}"),
            confidence: 0.75,
        })
    }

    /// The organisation the narrative last called by the noun of `name`
    /// ("the group") in apposition, within [`DESCRIBED_ORGANISATION_REACH`]
    /// sentences, as a speaker.
    fn described_as(&mut self, name: &str) -> Option<SpeakerId> {
        let noun = name.strip_prefix("the ").filter(|n| !n.contains(' '))?;
        let (_, found, at) = self
            .described_organisations
            .iter()
            .rev()
            .find(|(n, _, _)| described_by(n, noun))?;
        if self.sentences > at + DESCRIBED_ORGANISATION_REACH {
            return None;
        }
        let found = found.clone();
        Some(self.organisation_speaker(found))
    }

    /// The latest organisation an apposition described as a `noun` (see
    /// [`described_by`]), however far back: "the site’s editor" after
    /// "Touchline Report, an independent website, said".
    fn described_in_apposition(&self, noun: &str) -> Option<SpeakerId> {
        self.described_organisations
            .iter()
            .rev()
            .filter(|(n, _, _)| described_by(n, noun))
            .find_map(|(_, name, _)| self.find_name(name, SpeakerKind::Organization))
    }

    /// "a fact-checking website's finding …" and, later, "Binwise, an
    /// independent fact-checking website, said": the only organisation
    /// besides speaker `i` the narrative described as the `noun`.
    fn only_described(&self, i: usize, noun: &str) -> Option<SpeakerId> {
        let mut described: Vec<SpeakerId> = self
            .described_organisations
            .iter()
            .filter(|(n, _, _)| described_by(n, noun))
            .filter_map(|(_, name, _)| self.find_name(name, SpeakerKind::Organization))
            .filter(|k| k.0 != i)
            .collect();
        described.dedup();
        match described[..] {
            [k] => Some(k),
            _ => None,
        }
    }

    /// The one organisation described as a `noun` (see [`described_by`])
    /// that is no speaker yet: named only in the narrative.
    fn only_described_unquoted(&self, noun: &str) -> Option<String> {
        let mut names = self
            .described_organisations
            .iter()
            .filter(|(n, _, _)| described_by(n, noun))
            .map(|(_, name, _)| name);
        let first = names.next()?;
        (names.all(|n| n == first) && self.find_name(first, SpeakerKind::Organization).is_none())
            .then(|| first.clone())
    }

    /// The speaker of the organisation called `name`, added if new.
    fn organisation_speaker(&mut self, name: String) -> SpeakerId {
        self.find_name(&name, SpeakerKind::Organization)
            .unwrap_or_else(|| self.add_organisation(name))
    }

    /// The organisation named before whose name ends in the one or two
    /// lowercase words of `name` ("the coast guard" for "National Coast
    /// Guard", "the lottery" for "Northern Provinces Lottery").
    fn organisation_ending(&self, name: &str) -> Option<SpeakerId> {
        let words = words_after_the(name)?;
        self.recent.iter().rev().copied().find(|id| {
            let s = &self.speakers[id.0];
            s.kind == SpeakerKind::Organization && ends_in_words(&s.name, words)
        })
    }

    /// The organisation that spoke last, in this sentence or the
    /// [`JUST_HEARD_SENTENCES`] before, when `name` (`written` so) calls it
    /// by a noun any organisation is ("the group", "the organisation") or
    /// any business ("the company", when it may be one), and no speaker's
    /// name holds that noun.
    fn organisation_just_heard(&self, name: &str, written: &str) -> Option<SpeakerId> {
        const ANY_ORGANISATION: &[&str] = &["group", "organisation", "organization", "body"];
        let noun = name.strip_prefix("the ")?;
        // ("a volunteer rescue group working at the site" is another.)
        let definite = written
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let business = matches!(noun, "company" | "firm");
        if !definite
            || !(business || ANY_ORGANISATION.contains(&noun))
            || self.organisation_named_with(noun).is_some()
        {
            return None;
        }
        let (id, sentence) = self.last_touched?;
        let s = self.speakers.get(id.0)?;
        // ("the company" after a union or a regulator spoke is some other
        // party: only a bare name, "Highridge denied the story", is taken
        // for the business here.)
        if business && (s.kind != SpeakerKind::Unknown || !may_be_business(s)) {
            return None;
        }
        // ("FactLine", known by its name alone, may be an organisation;
        // "Residents" opening a sentence is a group of people.)
        let organisation = s.kind == SpeakerKind::Organization
            || (s.kind == SpeakerKind::Unknown
                && s.gender == Gender::Unknown
                && s.role.is_none()
                && !LEXICONS.groups.contains(s.name.to_lowercase().as_str()));
        (sentence + JUST_HEARD_SENTENCES >= self.sentences
            && organisation
            && !self.is_affiliation_only(id))
        .then_some(id)
    }

    /// "Police said" (or "the force said") after "The Harwick Police
    /// Service said": the force named before.
    fn police_force(&self, name: &str) -> Option<Resolved> {
        // ("the force said" after "City police put the turnout at …".)
        let force = name.eq_ignore_ascii_case("the force");
        if !(force
            || name.eq_ignore_ascii_case("police")
            || name.eq_ignore_ascii_case("the police"))
        {
            return None;
        }
        // ("City police", a group, may be "the force" too.)
        let named_police = || {
            self.recent.iter().rev().copied().find(|id| {
                let s = &self.speakers[id.0];
                matches!(s.kind, SpeakerKind::Organization | SpeakerKind::Group)
                    && s.name.split_whitespace().any(|w| {
                        w.eq_ignore_ascii_case("police") || w.eq_ignore_ascii_case("constabulary")
                    })
            })
        };
        let id = if force {
            named_police()?
        } else {
            self.organisation_called("police").or_else(named_police)?
        };
        Some(Resolved {
            speaker: id,
            reason: format!("“{name}”: the police force named before"),
            confidence: 0.75,
        })
    }

    fn resolve_group(&mut self, name: &str) -> Resolved {
        // "“…,” the statement said" after "In a statement, Halvorsen said":
        // a statement named by itself is the last speaker's.
        if ISSUED_STATEMENTS.contains(&name.to_lowercase().as_str())
            && let Some(id) = self.recent.iter().rev().copied().find(|id| {
                !self.is_affiliation_only(*id) && self.speakers[id.0].kind != SpeakerKind::Group
            })
        {
            return Resolved {
                speaker: id,
                reason: format!("“{name}” of the last speaker"),
                confidence: 0.7,
            };
        }
        if let Some(force) = self.police_force(name) {
            return force;
        }
        // "The report also said" after "The authority said in a report".
        if let Some(id) = self.document_issuer(&name.to_lowercase()) {
            self.alias(id, name);
            return Resolved {
                speaker: id,
                reason: format!("“{name}”: the document its issuer spoke in"),
                confidence: 0.75,
            };
        }
        // "The site said" after "CheckPoint North, an independent
        // fact-checking website, said".
        if let Some(id) = self.described_as(&name.to_lowercase()) {
            return Resolved {
                speaker: id,
                reason: format!("“{name}”: the organisation just described so"),
                confidence: 0.75,
            };
        }
        // "the coast guard said" after "The National Coast Guard said".
        if let Some(id) = self.organisation_ending(name) {
            return Resolved {
                speaker: id,
                reason: format!("“{name}”: the organisation named before"),
                confidence: 0.75,
            };
        }
        // "the board said" after "the Greyhound Racing Board offered a
        // third number", which no one quoted yet.
        if let Some(id) = self.narrative_organisation_ending(name) {
            return Resolved {
                speaker: id,
                reason: format!("“{name}”: the organisation the narrative named before"),
                confidence: 0.7,
            };
        }
        // "the bureau said" after "The Larkspur Statistics Bureau said".
        if let Some(noun) = name
            .strip_prefix("the ")
            .filter(|n| !n.contains(' ') && n.chars().all(char::is_lowercase))
            && let Some(id) = self.organisation_called(noun)
        {
            return Resolved {
                speaker: id,
                reason: format!("“{name}”: the organisation named before"),
                confidence: 0.75,
            };
        }
        let id = self.find_name(name, SpeakerKind::Group).unwrap_or_else(|| {
            self.add(Speaker {
                name: name.to_owned(),
                kind: SpeakerKind::Group,
                role: None,
                affiliation: None,
                aliases: Vec::new(),
                gender: Gender::Unknown,
            })
        });
        Resolved {
            speaker: id,
            reason: format!("group or anonymous source: “{name}”"),
            confidence: 0.8,
        }
    }

    fn resolve_pronoun(&mut self, pronoun: Pronoun, written: &str) -> Option<Resolved> {
        let fits = |s: &Speaker| match pronoun {
            Pronoun::He => {
                s.kind != SpeakerKind::Group
                    && s.kind != SpeakerKind::Organization
                    && s.gender != Gender::Female
            }
            Pronoun::She => {
                s.kind != SpeakerKind::Group
                    && s.kind != SpeakerKind::Organization
                    && s.gender != Gender::Male
            }
            Pronoun::It => s.kind == SpeakerKind::Organization || s.kind == SpeakerKind::Unknown,
            Pronoun::They | Pronoun::We => true,
        };
        if pronoun == Pronoun::It
            && let Some((id, how)) = self.organisation_it_names()
        {
            let name = self.speakers[id.0].name.clone();
            return Some(Resolved {
                speaker: id,
                reason: format!("pronoun “{written}” → {how}, {name}"),
                confidence: 0.7,
            });
        }
        let speaker_pos = self
            .recent
            .iter()
            .rposition(|id| !self.is_affiliation_only(*id) && fits(&self.speakers[id.0]));
        let candidate_pos = match pronoun {
            Pronoun::He | Pronoun::She => {
                self.candidates.iter().rposition(|(c, _)| match pronoun {
                    Pronoun::He => c.gender != Gender::Female,
                    _ => c.gender != Gender::Male,
                })
            }
            _ => None,
        };
        // A person named after the last fitting speaker is the likelier referent.
        let id = match (speaker_pos, candidate_pos) {
            (s, Some(k))
                if s.is_none_or(|s| self.candidates[k].1 > self.seen[self.recent[s].0]) =>
            {
                let (c, _) = self.candidates.remove(k);
                self.add(Speaker {
                    name: c.name,
                    kind: SpeakerKind::Person,
                    role: c.role,
                    affiliation: None,
                    aliases: Vec::new(),
                    gender: c.gender,
                })
            }
            (Some(s), _) => self.recent[s],
            (None, _) => return None,
        };
        let s = &mut self.speakers[id.0];
        let (gender, label) = match pronoun {
            Pronoun::He => (Gender::Male, "male "),
            Pronoun::She => (Gender::Female, "female "),
            _ => (Gender::Unknown, ""),
        };
        if s.gender == Gender::Unknown && gender != Gender::Unknown {
            s.gender = gender;
        }
        if s.kind == SpeakerKind::Unknown && gender != Gender::Unknown {
            s.kind = SpeakerKind::Person;
        }
        let name = s.name.clone();
        Some(Resolved {
            speaker: id,
            reason: format!("pronoun “{written}” → last {label}speaker, {name}"),
            confidence: 0.75,
        })
    }

    /// Notes the words a speaker is reported to have said: when they open
    /// with "it" and a verb that is no copula ("it would cooperate", "it
    /// had received", "its records show"), a speaker known only by a name
    /// of several words, with no title, role or gender, is an organisation
    /// ("it was a hard year" says nothing of who spoke).
    pub fn note_called_it(&mut self, id: SpeakerId, reported: &str) {
        const COPULAS: &[&str] = &["be", "been", "was", "is", "were", "being"];
        let mut words = reported
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty());
        let called_it = match words.next() {
            Some("its") => true,
            Some("it") => words
                .take(2)
                .all(|w| !COPULAS.contains(&w) && !w.contains(['\'', '’'])),
            _ => false,
        };
        let Some(s) = self.speakers.get_mut(id.0) else {
            return;
        };
        let plain_name = s.role.is_none()
            && s.gender == Gender::Unknown
            && s.name.contains(' ')
            && s.name.chars().next().is_some_and(char::is_uppercase);
        if called_it && plain_name && matches!(s.kind, SpeakerKind::Person | SpeakerKind::Unknown) {
            s.kind = SpeakerKind::Organization;
        }
    }

    /// Gives up the speakers.
    pub fn into_speakers(self) -> Vec<Speaker> {
        self.speakers
    }

    /// "…, with its spokeswoman calling the claims fabricated" and, later,
    /// "government spokeswoman Katrin Albu said": an unnamed spokesperson
    /// and the only person named later with that role.
    fn spokespeople_named_later(&self) -> Vec<(SpeakerId, SpeakerId)> {
        // Spokespeople, and posts an organisation has one of ("its chief
        // executive calling the story …", then "Alison Pryce, the trust’s
        // chief executive").
        const SPOKESPERSON_NOUNS: &[&str] = &[
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "executive",
            "chairman",
            "chairwoman",
            "chairperson",
            "president",
            "mayor",
            "editor",
            "governor",
            "premier",
            "ombudsman",
        ];
        let mut pairs = Vec::new();
        for (i, s) in self.speakers.iter().enumerate() {
            if s.kind != SpeakerKind::Person || !SPOKESPERSON_NOUNS.contains(&s.name.as_str()) {
                continue;
            }
            let mut named_after = (i + 1..self.speakers.len()).filter(|&k| {
                let t = &self.speakers[k];
                t.kind == SpeakerKind::Person
                    && t.name.split(' ').count() >= 2
                    && t.role.as_deref().is_some_and(|r| {
                        r.rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case(&s.name))
                    })
            });
            if let (Some(k), None) = (named_after.next(), named_after.next()) {
                pairs.push((SpeakerId(i), SpeakerId(k)));
            }
        }
        pairs
    }

    /// "police said the crowd numbered 32,000" and, later, "Velmont police
    /// said": the police, and the only force the article names.
    fn police_named_later(&self) -> Vec<(SpeakerId, SpeakerId)> {
        let is_police = |s: &Speaker| {
            s.name.eq_ignore_ascii_case("police") || s.name.eq_ignore_ascii_case("the police")
        };
        let mut forces = self.speakers.iter().enumerate().filter(|(_, t)| {
            matches!(t.kind, SpeakerKind::Organization | SpeakerKind::Group)
                && t.name.contains(' ')
                && t.name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("police"))
        });
        let (Some((force, _)), None) = (forces.next(), forces.next()) else {
            return Vec::new();
        };
        (0..self.speakers.len())
            .filter(|&i| is_police(&self.speakers[i]))
            .map(|i| (SpeakerId(i), SpeakerId(force)))
            .collect()
    }

    /// Parties a lede describes before the body names them: "rejected a
    /// broadcaster's report" and, later, "Public broadcaster Kanal Vier
    /// reported". Each pair is the described party ("the broadcaster") and
    /// the only organisation named with that description; the description
    /// becomes one of its aliases.
    pub fn described_before_named(&mut self) -> Vec<(SpeakerId, SpeakerId)> {
        let mut pairs = self.police_named_later();
        let mut unquoted = Vec::new();
        for (i, s) in self.speakers.iter().enumerate() {
            let Some((noun, capitalised)) = described_noun(s) else {
                continue;
            };
            let mut named = self.speakers.iter().enumerate().filter(|(k, t)| {
                *k != i
                    && t.kind == SpeakerKind::Organization
                    && !t.name.starts_with("the ")
                    && described_before_name(t, noun)
            });
            if let (Some((k, _)), None) = (named.next(), named.next()) {
                pairs.push((SpeakerId(i), SpeakerId(k)));
                continue;
            }
            if let Some(k) = self.only_described(i, noun) {
                pairs.push((SpeakerId(i), k));
                continue;
            }
            if capitalised {
                continue;
            }
            // ("Brigada Andina, a network of volunteer firefighters, put the
            // toll far higher", never quoted by name, after "a volunteer
            // rescue group … said".)
            if let Some(name) = self.only_described_unquoted(noun) {
                unquoted.push((i, name));
                continue;
            }
            // "The state's environmental regulator said …" and, later, "The
            // Northland Environment Protection Authority said …": the only
            // public regulator the article names after it.
            // "rejected claims by its pilots' union …" and, later, "The
            // Aviators' Guild … said": the only union the article names after it.
            let name_words = if REGULATOR_NOUNS.contains(&noun) {
                Some(REGULATOR_NAME_WORDS)
            } else if noun == "union" {
                Some(UNION_NAME_WORDS)
            } else {
                None
            };
            if let Some(words) = name_words {
                let mut named_after = (i + 1..self.speakers.len()).filter(|&k| {
                    let t = &self.speakers[k];
                    t.kind == SpeakerKind::Organization
                        && !t.name.starts_with("the ")
                        && name_has_word(&t.name, words)
                });
                if let (Some(k), None) = (named_after.next(), named_after.next()) {
                    pairs.push((SpeakerId(i), SpeakerId(k)));
                }
                continue;
            }
            // "denied a newspaper report that …" and, later, "The Daily
            // Courier reported …": the only publication named after it.
            if PUBLICATION_NOUNS.contains(&noun) {
                let mut named_after = (i + 1..self.speakers.len()).filter(|&k| {
                    let t = &self.speakers[k];
                    t.kind == SpeakerKind::Organization
                        && !t.name.starts_with("the ")
                        && is_publication_speaker(t)
                });
                if let (Some(k), None) = (named_after.next(), named_after.next()) {
                    pairs.push((SpeakerId(i), SpeakerId(k)));
                }
                continue;
            }
            // "The company that runs the ferry service … has dismissed …" and,
            // later, "Kestrel Bay Ferries chief executive …".
            if BUSINESS_NOUNS.contains(&noun)
                && let Some(k) = self.business_described(i)
            {
                pairs.push((SpeakerId(i), SpeakerId(k)));
            }
        }
        for (i, name) in unquoted {
            let id = self.organisation_speaker(name);
            pairs.push((SpeakerId(i), id));
        }
        pairs.extend(self.spokespeople_named_later());
        self.merge_described(&pairs);
        self.affiliate_by_role_owner();
        self.affiliate_executives();
        pairs
    }

    /// "said managing director Graham Tolley" in a story about one
    /// business: a company officer with no organisation named runs the
    /// only business the article quotes.
    fn affiliate_executives(&mut self) {
        let mut businesses = (0..self.speakers.len()).filter(|&k| {
            let t = &self.speakers[k];
            // ("the company", when no name for it was found.)
            let called_the_company = matches!(t.name.as_str(), "the company" | "the firm");
            // (A website that reported on the business is none.)
            t.kind == SpeakerKind::Organization
                && ((!t.name.starts_with("the ") && may_be_business(t)) || called_the_company)
                && !is_publication_speaker(t)
                && !t
                    .role
                    .as_deref()
                    .is_some_and(|r| matches!(last_word(r), "website" | "site" | "blog"))
                && !self.affiliation_only.get(k).copied().unwrap_or(false)
        });
        let (Some(business), None) = (businesses.next(), businesses.next()) else {
            return;
        };
        for s in &mut self.speakers {
            // (The role as written before the name: "managing director
            // Graham Tolley" keeps "director" as its role.)
            let officer = s.aliases.iter().any(|a| {
                COMPANY_OFFICER_ROLES.iter().any(|o| {
                    a.strip_suffix(s.name.as_str())
                        .is_some_and(|before| before.trim_end().eq_ignore_ascii_case(o))
                })
            });
            if s.kind == SpeakerKind::Person && s.affiliation.is_none() && officer {
                s.affiliation = Some(SpeakerId(business));
            }
        }
    }

    /// "Club president Dana Marsh" before the club speaks as "the club":
    /// a person with no organisation yet whose role, as written, opens with
    /// an owner's noun belongs to the only organisation called by it.
    fn affiliate_by_role_owner(&mut self) {
        for i in 0..self.speakers.len() {
            let s = &self.speakers[i];
            if s.kind != SpeakerKind::Person || s.affiliation.is_some() {
                continue;
            }
            let Some(role) = s.role.as_deref() else {
                continue;
            };
            let owner_noun = s.aliases.iter().find_map(|a| {
                let mut words = a.split_whitespace();
                let noun = words.next()?.to_lowercase();
                (words.next() == Some(role)
                    && super::phrases::ROLE_OWNER_NOUNS.contains(&noun.as_str()))
                .then_some(noun)
            });
            let Some(noun) = owner_noun else {
                continue;
            };
            let called = |t: &Speaker| {
                t.kind == SpeakerKind::Organization
                    && (t
                        .name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(&noun))
                        || t.aliases
                            .iter()
                            .any(|a| words_after_the(a).is_some_and(|n| n == noun)))
            };
            let mut owners = (0..self.speakers.len()).filter(|&k| called(&self.speakers[k]));
            if let (Some(k), None) = (owners.next(), owners.next()) {
                self.speakers[i].affiliation = Some(SpeakerId(k));
            }
        }
    }

    /// The business "the company" (speaker `i`, told of before any name)
    /// is: the only one the article names after it, else the only bare name
    /// that may be one.
    fn business_described(&self, i: usize) -> Option<usize> {
        // "The company that runs the ferry service … has dismissed …"
        // and, later, "Kestrel Bay Ferries chief executive …": the only
        // business the article names.
        // (Named after it: "The company said" after "BMO Research
        // analyst …" is some other company. "Kestrel Bay" is the same
        // business as "Kestrel Bay Ferries".)
        let businesses: Vec<usize> = (i + 1..self.speakers.len())
            .filter(|&k| {
                let t = &self.speakers[k];
                t.kind == SpeakerKind::Organization
                    && !t.name.starts_with("the ")
                    && t.name.contains(' ')
                    && may_be_business(t)
            })
            .collect();
        let widest: Vec<usize> = businesses
            .iter()
            .copied()
            .filter(|&k| {
                let name = &self.speakers[k].name;
                !businesses.iter().any(|&o| {
                    o != k
                        && self.speakers[o]
                            .name
                            .strip_prefix(name.as_str())
                            .is_some_and(|rest| rest.starts_with(' '))
                })
            })
            .collect();
        if let [k] = widest[..] {
            return Some(k);
        }
        // "The company has rejected both charges." and, later, "Corvale
        // denied the allegations.": the only bare name that may be a
        // business (not when "the company" already bears a name,
        // "Verdalia", or the article names a business it may be).
        let s = &self.speakers[i];
        if !widest.is_empty()
            || s.aliases.iter().any(|a| is_proper(a))
            || self.speakers.iter().any(|t| {
                t.kind == SpeakerKind::Organization
                    && !t.name.starts_with("the ")
                    && may_be_business(t)
            })
        {
            return None;
        }
        let mut bare =
            (i + 1..self.speakers.len()).filter(|&k| is_bare_business_name(&self.speakers[k]));
        match (bare.next(), bare.next()) {
            (Some(k), None) => Some(k),
            _ => None,
        }
    }

    /// Makes each described party's name and aliases aliases of the party
    /// named, and its people that party's.
    fn merge_described(&mut self, pairs: &[(SpeakerId, SpeakerId)]) {
        for &(from, to) in pairs {
            let written: Vec<String> = std::iter::once(self.speakers[from.0].name.clone())
                .chain(self.speakers[from.0].aliases.iter().cloned())
                .collect();
            for w in written {
                self.alias(to, &w);
            }
            // ("Kestrin", a bare name, is an organisation once it is "the
            // company".)
            if self.speakers[to.0].kind == SpeakerKind::Unknown
                && self.speakers[from.0].kind == SpeakerKind::Organization
            {
                self.speakers[to.0].kind = SpeakerKind::Organization;
            }
            for t in &mut self.speakers {
                if t.affiliation == Some(from) {
                    t.affiliation = Some(to);
                }
            }
        }
    }
}
