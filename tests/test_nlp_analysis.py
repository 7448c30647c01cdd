"""nlp.analyse: the fast pass everywhere, the deep pass only where a figure may be."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from newsrecon.extract import extract_claims
from newsrecon.features import actors_of
from newsrecon.ingest import discover, read_articles
from newsrecon.models import Article
from newsrecon.nlp import (
    analyse,
    as_read,
    with_clauses_unpaired,
    with_datelines_unhung,
    with_false_auxiliaries_mended,
    with_headline_verbs_restored,
    with_out_of_sets_mended,
    with_shares_of_a_figure_mended,
    with_tallies_as_subjects,
)

from .conftest import FIXTURES, make_article
from .test_extract import Extract


def test_a_paragraph_in_capitals_is_read_in_sentence_case() -> None:
    """Its days, months and clocks keep their capitals; mixed case and short acronyms stay."""
    assert as_read("POLICE HAVE ARRESTED AT LEAST TWO MEN. THEY WERE HELD.") == (
        "Police have arrested at least two men. They were held."
    )
    assert as_read("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM") == (
        "Published: Thursday, May 2, 2013, 1:32 PM"
    )
    assert as_read("MAY IS THE BEST MONTH") == "May is the best month"
    assert as_read("THEY MAY LEAVE IN MARCH") == "They may leave in March"
    assert as_read("NATO and the UN said 12 died.") == "NATO and the UN said 12 died."
    assert as_read("NATO SAID") == "NATO SAID"
    assert as_read("\u201cTWO\u201d") == '"TWO"'


@given(st.text())
def test_reading_keeps_every_offset(text: str) -> None:
    """One character for one, whatever the text: claims point into the article's text."""
    assert len(as_read(text)) == len(text)


def test_figures_of_a_paragraph_in_capitals_are_found(claims_of: Extract) -> None:
    """ "ARRESTED AT LEAST TWO MEN": the model takes capitals for names and would miss it; the
    claim's text is the article's own."""
    claims = claims_of(
        "Polygamy arrests made.\n\nPOLICE HAVE MOVED IN AND ARRESTED AT LEAST TWO MEN FROM THE "
        "RELIGIOUS COMMUNITY OF BOUNTIFUL IN THE BC INTERIOR."
    )
    (claim,) = [c for c in claims if c.kind == "count"]
    assert (claim.text, claim.value, claim.category) == ("AT LEAST TWO", 2, "detained")


def test_only_the_lead_and_sentences_with_figures_are_analysed_deeply(nlp: Language) -> None:
    """Past the lead, a sentence without any figure word gets no deep analysis; entities are
    kept."""
    lead = ["Minister resigns.", "The minister spoke to reporters.", "He thanked his staff."]
    rest = "The crowd cheered in Paris. Police said 12 people died in Lyon."
    article = make_article(" ".join([*lead, rest]))
    analysis = analyse(nlp, article.paragraphs)
    texts = [s.doc.text for s in analysis.segments]
    assert texts == [*lead, "Police said 12 people died in Lyon."]
    assert [d.text for d in analysis.lead] == texts[:3]
    segment = analysis.segments[-1]
    assert article.text[segment.offset :].startswith(segment.doc.text)
    assert [(e.text, e.label_) for e in segment.doc.ents] == [("12", "CARDINAL"), ("Lyon", "GPE")]
    assert segment.doc[2].dep_ == "nummod"  # parsed: "12" counts the people
    assert "Paris" in [e.text for e in analysis.paragraphs[0].ents]


def test_datelines_are_not_the_lead(nlp: Language) -> None:
    """ "INDONESIA, July 2, 2013" and "Updated: July 2, 2013 15:01 IST" date the page; the
    lead is the headline and the sentences after it."""
    article = make_article(
        "INDONESIA, July 2, 2013\n\nUpdated: July 2, 2013 15:01 IST\n\n"
        "Strong earthquake hits Aceh province\n\n"
        "A strong earthquake struck on Tuesday, injuring at least five people.\n\n"
        "The quake struck at a depth of 10 kilometers.\n\nFive houses were damaged."
    )
    lead = [d.text for d in analyse(nlp, article.paragraphs).lead]
    assert lead == [
        "Strong earthquake hits Aceh province",
        "A strong earthquake struck on Tuesday, injuring at least five people.",
        "The quake struck at a depth of 10 kilometers.",
    ]


def test_lead_actors_are_the_named_subjects_of_acting_verbs(nlp: Language) -> None:
    """Who a story is about: "Jackson was arrested", not the police spokesman who said so."""
    article = make_article(
        "Chargers receiver Vincent Jackson was arrested on Tuesday. "
        "Officer Ray Scheidnes said the Chargers player failed a test."
    )
    analysis = analyse(nlp, article.paragraphs)
    assert list(actors_of(analysis.lead[0][:])) == ["jackson"]
    assert list(actors_of(analysis.lead[1][:])) == []


def test_selective_analysis_finds_what_full_analysis_finds(nlp: Language) -> None:
    """On real news, skipping figureless sentences loses no claim."""
    files = discover([FIXTURES / "corpus" / "ecb_topic08_ecbplus"])
    for article in read_articles(files):
        assert isinstance(article, Article)
        selective = extract_claims(article, analyse(nlp, article.paragraphs).segments)
        full = extract_claims(article, analyse(nlp, article.paragraphs, selective=False).segments)
        assert [(c.start, c.end, c.kind, c.value) for c in selective] == [
            (c.start, c.end, c.kind, c.value) for c in full
        ]


def test_a_stop_after_a_scale_ends_the_sentence(nlp: Language) -> None:
    """ "Seattle hit 108F. Portland reached 116F": spaCy keeps the stop on "108F.", and the
    two sentences ran into one (Portland's verb read as Seattle's). "No. 1" stays a number's
    label, "p.m." a time."""
    doc = nlp("Seattle hit 108F. Portland reached 116F on Monday. It cost 650M. It won.")
    assert [s.text for s in doc.sents] == [
        "Seattle hit 108F.",
        "Portland reached 116F on Monday.",
        "It cost 650M.",
        "It won.",
    ]
    assert "108F" in [t.text for t in doc]
    kept = nlp("He is No. 1 at 5 p.m. today.")
    assert "p.m." in [t.text for t in kept]


def test_a_short_time_unit_glued_to_its_number_is_split(nlp: Language) -> None:
    """ "1hr 4 mins", "2hrs 30mins": spaCy splits "320GB" but had kept "1hr" whole."""
    assert [t.text for t in nlp("Downtime was 1hr 4 mins, then 2hrs 30mins.")][2:8] == [
        "1",
        "hr",
        "4",
        "mins",
        ",",
        "then",
    ]
    assert [t.text for t in nlp("The 30mins passed.")][1:3] == ["30", "mins"]


def test_a_surname_the_tagger_took_for_a_noun_is_a_name(claims_of: Extract) -> None:
    """ "Maurice Cheeks" named in full, then "Cheeks" alone (tagged the plural of "cheek"):
    the agent of what he did, as a proper noun would be."""
    text = (
        "The 76ers fired Maurice Cheeks on Saturday.\n\n"
        "Cheeks arrives in Philadelphia after three-plus seasons as head coach."
    )
    (seasons,) = [c for c in claims_of(text) if c.text == "three"]
    assert seasons.agent == "cheeks"
    (alone,) = [c for c in claims_of(text.split("\n\n")[1]) if c.text == "three"]
    assert alone.agent is None  # no full name to go by


def test_a_magnitude_letter_before_a_stop_is_no_abbreviation(nlp: Language) -> None:
    """ "It raised £450m.": spaCy's "m." abbreviation had kept the stop on the figure."""
    assert [t.text for t in nlp("It raised £450m.")][-3:] == ["450", "m", "."]
    assert "M." in [t.text for t in nlp("He met John M. Smith.")]


def test_two_clauses_read_as_one_pair_of_nouns_are_parted(nlp: Language) -> None:
    """ "have killed more than 2,000 people and thousands are missing": the parse may make
    "people and thousands" the subject of "are missing" (the killing left with no object) or
    the object of "killed" (the missing left with no subject); either way each noun goes back
    to its own verb."""
    for text in (
        "Floods in eastern Libya have killed more than 2,000 people and thousands are missing "
        "after Storm Daniel burst two dams, officials said on Monday.",
        "Floods have killed more than 2,000 people and thousands are missing.",
    ):
        doc = with_clauses_unpaired(nlp(text))
        people = next(t for t in doc if t.text == "people")
        thousands = next(t for t in doc if t.text == "thousands")
        assert (people.dep_, people.head.lemma_) == ("dobj", "kill"), text
        assert (thousands.dep_, thousands.head.lemma_) == ("nsubj", "miss"), text
    said = with_clauses_unpaired(nlp("Police said two women and one man died at a branch."))
    women = next(t for t in said if t.text == "women")
    assert (women.dep_, women.head.lemma_) == ("nsubj", "die")


def test_a_set_said_out_of_hangs_on_its_figure(nlp: Language) -> None:
    """ "killed nine out of 12 passengers": the parse hangs "out of" on the verb; mended, the
    "of" hangs on the figure as in "nine of 12 passengers". Not "pulled out of the rubble"."""
    for text in (
        "Gunmen killed nine out of 12 passengers on the bus.",
        "The rebels freed 12 out of 20 hostages.",
        "Nine out of the 12 victims were children.",
    ):
        doc = with_out_of_sets_mended(nlp(text))
        of = next(t for t in doc if t.lower_ == "of")
        assert (of.dep_, of.head.i) == ("prep", of.i - 2), text
    pulled = with_out_of_sets_mended(nlp("Two were pulled out of the rubble."))
    of = next(t for t in pulled if t.lower_ == "of")
    assert of.head.lower_ == "out"


def test_a_tally_misread_as_its_participles_subject_is_the_subject_again(nlp: Language) -> None:
    """ "The number of birds culled in Hungary ... has risen": the parse may make the number
    the subject of "culled" and "has risen" a second verb; mended, the number is what rose and
    "culled" says which birds. A tally whose verb is its own ("the number rose") is left."""
    text = (
        "The number of birds culled in Hungary because of avian influenza has risen to 3.1 "
        "million, officials said."
    )
    doc = with_tallies_as_subjects(nlp(text))
    number = next(t for t in doc if t.lower_ == "number")
    culled = next(t for t in doc if t.lower_ == "culled")
    assert (number.dep_, number.head.lower_) == ("nsubj", "risen")
    assert (culled.dep_, culled.head.lower_, culled.tag_) == ("acl", "number", "VBN")
    plain = with_tallies_as_subjects(nlp("The number of the dead rose to 40, officials said."))
    assert next(t for t in plain if t.lower_ == "number").head.lower_ == "rose"


def test_a_dateline_beside_the_clauses_own_subject_is_no_subject(nlp: Language) -> None:
    """ "LONDON (AP) - Confirmed measles cases ... reached 44": the parse may give "reached"
    two subjects, the dateline's city and the cases; the city is left hanging loose."""
    text = (
        "LONDON (AP) - Confirmed measles cases in the West Midlands outbreak reached 44 on "
        "Tuesday, up from 35 a week earlier, the health security agency said."
    )
    doc = with_datelines_unhung(nlp(text))
    reached = next(t for t in doc if t.lower_ == "reached")
    subjects = [c.lower_ for c in reached.children if c.dep_ in ("nsubj", "nsubjpass")]
    assert subjects == ["cases"]


def test_a_figure_joined_to_the_object_before_is_the_next_verbs_subject(nlp: Language) -> None:
    """ "7 million people need food aid and more than 1 million have been displaced": the
    parse may join the million to the aid; it is what "have been displaced" says of."""
    text = (
        "In Somalia alone, 7 million people need food aid and more than 1 million have been "
        "displaced."
    )
    doc = with_clauses_unpaired(nlp(text))
    million = [t for t in doc if t.lower_ == "million"][-1]
    assert (million.dep_, million.head.lower_) == ("nsubjpass", "displaced")


def test_a_tail_cut_off_after_a_clock_is_joined_back(claims_of: Extract) -> None:
    """ "hit at 11:47 p.m. local time at a depth of 8 km ..., the U.S. Geological Survey said":
    one sentence (the tail had read "local time" as its source)."""
    sentence = (
        "The quake hit at 11:47 p.m. local time at a depth of 8 km, about 27 km east of "
        "Jalalabad, the U.S. Geological Survey said."
    )
    depth = next(c for c in claims_of(sentence) if c.text == "8 km")
    assert depth.sentence == sentence
    assert depth.attribution == "U.S. Geological Survey"


def test_a_plural_misread_as_an_auxiliary_is_the_subject(nlp: Language) -> None:
    """ "South Korea wildfires kill 24": the tagger may read "wildfires" as an auxiliary of
    "kill" and "Korea" as its subject; mended, the wildfires kill and the place names them. A
    real auxiliary is left ("South Korea has killed")."""
    doc = with_false_auxiliaries_mended(nlp("South Korea wildfires kill 24, burn historic temple"))
    fires = next(t for t in doc if t.lower_ == "wildfires")
    korea = next(t for t in doc if t.lower_ == "korea")
    assert (fires.dep_, fires.head.lower_, fires.pos_) == ("nsubj", "kill", "NOUN")
    assert (korea.dep_, korea.head.lower_) == ("compound", "wildfires")
    real = with_false_auxiliaries_mended(nlp("North Korea has fired 10 missiles."))
    assert next(t for t in real if t.lower_ == "has").dep_ == "aux"


def test_a_headlines_passing_verb_read_as_an_adjective_is_the_verb(nlp: Language) -> None:
    """ "Sudan cholera deaths top 100": "top" read as an adjective of "deaths" is the verb, the
    deaths its subject and the figure its object; a rank before a noun is left ("the top 100
    companies grew")."""
    doc = with_headline_verbs_restored(nlp("Sudan cholera deaths top 100"))
    top = next(t for t in doc if t.lower_ == "top")
    hundred = next(t for t in doc if t.text == "100")
    assert (top.pos_, top.dep_) == ("VERB", "ROOT")
    assert (hundred.dep_, hundred.head.lower_) == ("dobj", "top")
    rank = with_headline_verbs_restored(nlp("The top 100 companies grew."))
    assert next(t for t in rank if t.lower_ == "top").pos_ != "VERB"


def test_a_share_read_as_a_figures_quantifier_takes_the_nouns_place(nlp: Language) -> None:
    """ "Gang frees two of 17 kidnapped missionaries": the parse may hang "two of" on the 17 as
    quantifiers; mended, the two are what is freed and the missionaries hang on their "of". A
    plain figure is left ("frees 17 missionaries")."""
    doc = with_shares_of_a_figure_mended(nlp("Gang frees two of 17 kidnapped missionaries"))
    two, of, missionaries = (
        next(t for t in doc if t.lower_ == w) for w in ("two", "of", "missionaries")
    )
    assert (two.dep_, two.head.lower_) == ("dobj", "frees")
    assert (of.dep_, of.head.lower_) == ("prep", "two")
    assert (missionaries.dep_, missionaries.head.lower_) == ("pobj", "of")
    plain = with_shares_of_a_figure_mended(nlp("Gang frees 17 missionaries"))
    assert next(t for t in plain if t.lower_ == "missionaries").dep_ == "dobj"
