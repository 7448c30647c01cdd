"""Where the figures are in a sentence: date expressions and number expressions, with their
kind (count, amount, duration, date), unit and normalised quantity.

The token-level rules for what is not a figure (ages, scores, ordinals, codes, datelines)
live here; what a figure is about is `features`' job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsrecon import lexicon as lx
from newsrecon.dates import (
    MONTHS,
    WEEKDAYS,
    day_of_month_named,
    find_date_expressions,
    is_bare_month_or_year,
    names_a_holiday,
    names_a_month,
)
from newsrecon.features import (
    MAX_AGE,
    age_at_death,
    by_before,
    changed_by_then_to,
    entity_at,
    governing_verb,
    in_a_dateline,
    is_age,
    is_earlier_figure,
    is_person,
    names_a_change,
    names_a_tally,
    names_model_years,
    noun_lemma,
    puts_a_figure,
    tally_changed_by,
)
from newsrecon.models import Category, ClaimKind
from newsrecon.numbers import (
    FRACTIONS,
    MAGNITUDES,
    MIXED_FRACTION,
    PLURAL_FRACTIONS,
    UNITS,
    Hedge,
    Number,
    Quantity,
    hedged,
    measured_about,
    parse_number,
    parse_quantity,
    split_hedge,
    tidy,
)

_SKIP_ENTITY_LABELS = {"ORDINAL", "TIME", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC"}
_YEAR_LIKE = re.compile(r"^(1[89]|20)\d\d$")
_NUMBER_WITH_SUFFIX = re.compile(r"^\d[\d,]*(?:\.\d+)?(?:k|m|mn|bn|tn)$", re.IGNORECASE)
_NOT_A_FIGURE = re.compile(r"[:/@#]|^\d+(?:st|nd|rd|th)$|^0\d", re.IGNORECASE)
# A number glued to a currency sign or prefix: "€85m", "$1.5bn", "euro110", and the corpus's lost
# signs "e85 million" (euro) and "p74million" (pound), taken only with a magnitude.
_GLUED_CURRENCY = re.compile(
    r"^(?P<sign>us\$|\$|€|£|¥|euro|eur|e|p)(?P<number>\d[\d,]*(?:\.\d+)?)"
    r"(?P<magnitude>bn|mn|m|k|million|billion)?$",
    re.IGNORECASE,
)
_GLUED_SIGNS = {
    "us$": "USD",
    "$": "USD",
    "€": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "e": "EUR",
    "£": "GBP",
    "p": "GBP",
    "¥": "JPY",
}
_AMBIGUOUS_SIGNS = {"e", "p"}
_WITH_VULGAR_FRACTION = re.compile(r"^\d*[\u00bc-\u00be\u2153\u2154]$")
_GLUED_METRES = re.compile(r"^\d[\d,]*(?:\.\d+)?m$")
_GLUED_MAGNITUDE = re.compile(r"^magnitude-?(?P<number>\d+(?:\.\d+)?)$", re.IGNORECASE)
# A temperature glued to its scale: "45C", "113F", "47.6°C" (capitals only: "45c" is no scale)
_GLUED_DEGREES = re.compile(r"^(?P<number>-?\d+(?:\.\d+)?)°?(?P<scale>[CF])$")
# wire copy's abbreviations: "$35 bln", "2.5 mln", "$1 trln"
_MAGNITUDE_WORDS = lx.NUMBER_NOUNS | {"bn", "m", "mln", "bln", "trln"}
_MAGNITUDE_AT_STOP = frozenset({"m.", "bn."})
_NUMBER_WORD_JOINERS = {"-", "and", "point"}
_MAX_HEDGE_TOKENS = 3


@dataclass
class Mention:
    """A figure found in a sentence, before it becomes a Claim."""

    first: int  # token index (in the doc) of the first token of the claim's text
    last: int  # token index of the last token, inclusive
    anchor: Token  # the token the parse attaches the figure by
    kind: ClaimKind
    quantity: Quantity | None = None
    unit: str | None = None
    category: Category | None = None
    counted: Token | None = None
    against: int | None = None  # the other side of a score or vote: 24 of "31-24"


# a page's furniture copied with its text: "5 min read", "Photo 1 of 3", "Image 2/5"
_PAGE_FURNITURE = re.compile(
    r"\d+\s*(?:min|mins|minutes?)\s+read|(?:photo|image|picture|slide)s?\s+\d+\s*(?:of|/)\s*\d+\b.*",
    re.IGNORECASE,
)


def find_mentions(sentence: Span) -> Iterator[Mention]:
    """Date and number mentions of one sentence, with kind and normalised value."""
    if _PAGE_FURNITURE.fullmatch(sentence.text.strip().rstrip(".")):
        return
    taken: set[int] = set()
    date_mentions = list(_date_mentions(sentence, taken))
    number_mentions = list(_number_mentions(sentence, taken))
    yield from sorted(date_mentions + number_mentions, key=lambda m: m.first)


# --- dates -----------------------------------------------------------------------------------


_DATELINE_VERBS = frozenset({"update", "publish", "post", "modify", "file", "write", "last"})


def is_dateline(sentence: Span) -> bool:
    """ "Updated: July 2, 2013 15:01 IST", "AFP, Tuesday 2 Jul 2013": when the page was
    published, not a date the story reports. Such a sentence has no verb but these, and is no
    sentence's tail that a clock's "a.m." cut off ("took effect at 8:30 a.m. | local time on
    Jan. 19")."""
    if (
        sentence[0].is_lower
        and sentence.start > 0
        and sentence.doc[sentence.start - 1].lower_ in _MERIDIEMS
    ):
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _DATELINE_VERBS for t in sentence
    )


def _date_mentions(sentence: Span, taken: set[int]) -> Iterator[Mention]:
    dateline = is_dateline(sentence)
    doc = sentence.doc
    offset = sentence.start_char
    for start, end in find_date_expressions(sentence.text, loose=True):
        span = doc.char_span(offset + start, offset + end, alignment_mode="expand")
        if span is None or any(t.i in taken for t in span):
            continue
        named = any(t.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT") for t in span)
        if named and not names_a_holiday(span.text):  # "Valentine's Day" is tagged a person
            continue
        if is_bare_month_or_year(span.text) and not all(t.ent_type_ == "DATE" for t in span):
            continue  # "May" the verb, "2008" the figure: only what spaCy also calls a date
        if _a_march(span) or _a_decade(span) or _a_surname(span) or _a_verb_may(span):
            continue
        if _ends_a_title(span, sentence):
            continue
        if _a_model_year(span) or _a_release_year(span):
            taken.update(t.i for t in span)  # nor a count
            continue
        if (
            span.ents
            and _looks_like_duration_or_age(span.ents[0])
            and span.ents[0].start == span.start
        ):
            continue
        span = _trim_preposition(span)
        if in_a_dateline(span[0]):
            span = _up_to_the_dash(span)  # "BOGOTA, May 14 - Three police officers were killed"
        taken.update(t.i for t in span)  # a dateline's numbers are not counts either
        if not dateline and not in_a_dateline(span[0]):  # "TAIPEI, April 4 (Reuters) - ..."
            yield Mention(first=span.start, last=span.end - 1, anchor=span.root, kind="date")


def _told_after_a_dateline(doc: Doc, i: int) -> bool:
    """ "BOGOTA, May 14 - Three police officers were killed": the model tags the dateline's
    date and the story's first figure one date."""
    ent = next((e for e in doc[i].sent.ents if e.start <= i < e.end), None)
    if ent is None or ent.label_ != "DATE":
        return False
    spaced = (t for t in doc[ent.start : i] if t.text in lx.DASHES and t.whitespace_)
    dash = next((t for t in spaced if doc[t.i - 1].whitespace_), None)
    return dash is not None and in_a_dateline(doc[ent.start])  # not "COLTS BEAT CHIEFS 20-13"


def _up_to_the_dash(span: Span) -> Span:
    """A dateline's date without what follows its dash, which the model may tag one date with
    it ("May 14 - Three"): the first words of the story, a count among them."""
    dash = next((t for t in span if t.text in lx.DASHES and t.i > span.start), None)
    return span if dash is None else span.doc[span.start : dash.i]


_COLOURS = frozenset(
    {"silver", "gray", "grey", "black", "white", "red", "blue", "green", "gold", "maroon"}
    | {"tan", "beige", "dark", "light", "burgundy", "brown", "yellow", "orange", "purple"}
)
_VEHICLE_MAKES = frozenset(
    {"toyota", "ford", "gmc", "honda", "chevrolet", "chevy", "nissan", "dodge", "bmw", "jeep"}
    | {"mercedes", "volkswagen", "vw", "hyundai", "kia", "buick", "cadillac", "lexus", "mazda"}
    | {"subaru", "audi", "volvo", "chrysler", "pontiac", "mitsubishi", "acura", "infiniti"}
    | {"lincoln", "mercury", "saturn", "oldsmobile", "plymouth", "porsche", "tesla", "harley"}
)


def _a_model_year(span: Span) -> bool:
    """ "a 2007 silver Ford Fusion", "a 2013 gray Camry": the year a car was made, no date of
    the story."""
    doc = span.doc
    if len(span) != 1 or not _YEAR_LIKE.match(span.text) or span.end >= len(doc):
        return False
    if names_model_years(span):
        return True
    if span.start == 0 or doc[span.start - 1].tag_ not in ("DT", "PRP$"):
        return False  # not "In 2008 Ford cut jobs"
    after = span.end
    coloured = False
    while after < len(doc) and doc[after].lower_ in _COLOURS:
        after, coloured = after + 1, True
    if after >= len(doc) or doc[after].pos_ != "PROPN":
        return False
    return coloured or doc[after].lower_ in _VEHICLE_MAKES


# software named with its year of release: "Windows Server 2012", "Office 2010"
_RELEASED_BY_YEAR = frozenset({"windows", "server", "office", "studio", "exchange", "sharepoint"})


def _a_release_year(span: Span) -> bool:
    """ "Windows Server 2012", "Windows Server 2003, and 2008": a year that names a
    version of a program, no date of the story (but "Macworld 2009" and "WWDC 2012" were held
    that year)."""
    doc = span.doc
    if len(span) != 1 or not _YEAR_LIKE.match(span.text):
        return False
    year = span[0]
    named = doc[year.i - 1] if year.i > 0 else None
    if year.dep_ == "conj" and year.head.i < year.i:
        named = year.head  # "Windows Server 2003, and 2008"
    return named is not None and named.is_title and named.lower_ in _RELEASED_BY_YEAR


def _ends_a_title(span: Span, sentence: Span) -> bool:
    """ "ABC's World News Tonight", "USA Today": a capitalised "Today" or "Tonight" after a
    name, inside a sentence that is no headline, ends a programme's or a paper's name."""
    word = span[0]
    if len(span) != 1 or word.lower_ not in _RELATIVE_DAYS or not word.is_title:
        return False
    if word.i == sentence.start or _title_case(sentence):
        return False
    before = word.doc[word.i - 1]
    return before.pos_ == "PROPN" and before.is_title and not before.is_sent_start


_RELATIVE_DAYS = frozenset({"today", "tonight", "tomorrow", "yesterday"})


def _a_verb_may(span: Span) -> bool:
    """ "This may include ARM chips": a month is written with its capital."""
    last = span[-1]
    return last.lower_ in _MONTH_NAMES and last.text.islower()


_MONTH_NAMES = frozenset(MONTHS)


def _a_surname(span: Span) -> bool:
    """ "Claudette Colbert, Fredric March, Agnes Moorhead": a bare month right after a given
    name inside one entity is the name's end (the tagger calls the pair a date)."""
    if span.start == 0 or not is_bare_month_or_year(span.text) or span.text.isdigit():
        return False
    before = span.doc[span.start - 1]
    return (
        before.pos_ == "PROPN"
        and before.is_title
        and not before.is_sent_start
        and before.ent_type_ in ("DATE", "PERSON")
        and not is_bare_month_or_year(before.text)
        and before.lower_ not in _DATE_WORDS
    )


_DATE_WORDS = frozenset(WEEKDAYS) | {"last", "next", "this", "early", "late", "mid"}


def _a_decade(span: Span) -> bool:
    """ "swam to stardom in the 1940's", "dated back to the mid 1930's": a decade, not its
    first year (the tagger leaves "'s" out of the year; "the 1940s" is never read as one)."""
    doc = span.doc
    text = span.text
    if not (len(text) == 4 and text.isdigit() and text.endswith("0")):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        after is not None
        and after.text in ("'s", "’s")
        and before is not None
        and before.lower_ in ("the", "mid", "early", "late")
    )


def _a_march(span: Span) -> bool:
    """ "March participants chanted", "March organizers said": the protest march's people, not
    the month's (a month's people are rare; "March sales" stays a date)."""
    word = span[0]
    return (
        len(span) == 1
        and word.lower_ == "march"
        and word.dep_ == "compound"
        and word.head.pos_ == "NOUN"
        and is_person(word.head)
    )


def _trim_preposition(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ in ("on", "in", "since", "by", "until", "from"):
        return span[1:]
    return span


def _looks_like_duration_or_age(ent: Span) -> bool:
    words = {t.lemma_.lower() for t in ent}
    has_number = any(t.like_num or t.lower_ in ("a", "an") for t in ent)
    if "ago" in words or names_a_month(ent.text) or names_a_holiday(ent.text):
        return False  # "November 2 this year" is a day, not two years; so is "Christmas Day"
    return has_number and bool(words & (set(lx.TIME_UNITS) | {"old", "long", "-year"}))


# --- numbers ---------------------------------------------------------------------------------


def _glued_currency(token: Token) -> tuple[str, str] | None:
    """(currency code, number text) of a token like "€85m" or "e85" (before "million")."""
    match = _GLUED_CURRENCY.match(token.text)
    if match is None:
        return None
    sign = match.group("sign").lower()
    if sign in _AMBIGUOUS_SIGNS and not match.group("magnitude"):
        following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        if following not in _MAGNITUDE_WORDS:
            return None
    number = f"{match.group('number')} {match.group('magnitude') or ''}".strip()
    return _GLUED_SIGNS[sign], number


def _number_text(token: Token) -> str:
    """The part of a token that states a number ("85m" of "€85m", "4.4" of "magnitude-4.4")."""
    glued = _glued_currency(token)
    if glued is not None:
        return glued[1]
    magnitude = _GLUED_MAGNITUDE.match(token.text) or _GLUED_DEGREES.match(token.text)
    if magnitude is not None:
        return magnitude.group("number")
    if token.lower_ in _MAGNITUDE_AT_STOP:
        return token.text[:-1]
    return token.text


def _is_number(token: Token) -> bool:
    if _WITH_VULGAR_FRACTION.match(token.text):
        return True  # "4½"
    if _NOT_A_FIGURE.search(token.text) and not token.text.startswith("0."):
        return False
    return bool(token.like_num or _NUMBER_WITH_SUFFIX.match(token.text))


def _scaled_end(doc: Doc, end: int, limit: int) -> int:
    """ "several dozen", "a few hundred", "a couple of thousand": the unit after a vague word
    belongs to the figure."""
    following = end + 1
    if following < limit and doc[following].lower_ in lx.NUMBER_NOUNS:
        return following
    couple_of = doc[end].lower_ == "couple" and following + 1 < limit
    if couple_of and doc[following].lower_ == "of" and doc[following + 1].lower_ in lx.NUMBER_NOUNS:
        return following + 1  # "a couple of hundred"
    return end


def _number_run_end(doc: Doc, start: int, limit: int) -> int:
    """Index of the last token of the number words starting at `start` ("2.4 million")."""
    end = start
    i = start + 1
    while i < limit:
        token = doc[i]
        if _heads_a_compound_word(doc, i, limit):
            break  # "two first-degree murder charges", "one third-party"
        if token.lower_ in _MAGNITUDE_WORDS:
            end = i
        elif _is_number(token) and not token.text[0].isdigit() and not doc[end].text[0].isdigit():
            end = i  # "twenty five"; not "550 two months later", two figures
        elif token.lower_ in _MAGNITUDE_AT_STOP and not doc[i - 1].whitespace_:
            end = i  # "for $125m." at the end of a sentence: one token with its full stop
        elif end == start and doc[start].text.isdigit() and MIXED_FRACTION.match(token.text):
            end = i  # "2 1/2 years"
        elif (
            end == start
            and token.text == "-"
            and doc[start].text.isdigit()
            and i + 1 < limit
            and MIXED_FRACTION.match(doc[i + 1].text)
        ):
            end = i = i + 1  # "a 2-1/2 year sentence"
        elif (
            [t.lower_ for t in doc[i : i + 3]] == ["and", "a", "half"]
            and _is_number(doc[end])
            and i + 2 < limit
        ):
            end = i = i + 2  # "two and a half years"
        elif [t.lower_ for t in doc[i : i + 6]] == [
            "-",
            "and",
            "-",
            "a",
            "-",
            "half",
        ] and _is_number(doc[end]):
            end = i = i + 5  # "two-and-a-half years", "22-and-a-half years"
        elif (
            token.lower_ in _NUMBER_WORD_JOINERS
            and i + 1 < limit
            and not doc[i + 1].text[0].isdigit()
            and (
                # "twenty-five", "two hundred and fifty"; after digits only "110-billion"
                (_is_number(doc[i + 1]) and not doc[end].text[0].isdigit())
                or doc[i + 1].lower_ in _MAGNITUDE_WORDS
            )
            # "three, five and seven years" lists three figures: "and" joins only after
            # "hundred" or "thousand"
            and (token.lower_ != "and" or doc[end].lower_ in _MAGNITUDE_WORDS)
        ):
            end = i + 1
            i += 1
        else:
            break
        i += 1
    return end


def _heads_a_compound_word(doc: Doc, i: int, limit: int) -> bool:
    """A number word hyphened to a word that is no number: "first-degree" (not "thirty-five",
    nor a scale: "two million-euro heist", "$54 billion-per-year", "3 1/2-inch")."""
    if i + 2 >= limit or doc[i].whitespace_ or doc[i + 1].text != "-":
        return False
    if doc[i].lower_ in _MAGNITUDE_WORDS or MIXED_FRACTION.match(doc[i].text):
        return False
    return not _is_number(doc[i + 2]) and doc[i + 2].lower_ not in _MAGNITUDE_WORDS


def _number_mentions(sentence: Span, taken: set[int]) -> Iterator[Mention]:
    if not any(token.is_alpha for token in sentence):
        return  # "1." heading a list item, a bare "2": a number with no words counts nothing
    doc = sentence.doc
    i = sentence.start
    span_before: Mention | None = None
    while i < sentence.end:
        if i in taken:
            i += 1
            continue
        race_time = _race_time(doc, i, sentence)
        if race_time is not None:
            taken.add(i)
            yield race_time
            i += 1
            continue
        score = _score(doc, i, sentence)
        if score is not None:
            taken.update(range(i, score.last + 1))
            yield score
            i = score.last + 1
            continue
        start, end = _number_start(doc, i, sentence.end)
        if start is None:
            i += 1
            continue
        mention = _classify_number(doc, start, end, sentence)
        taken.update(range(start, (mention.last if mention else end) + 1))
        if mention is not None:
            if span_before is not None and _span_left_out(mention, span_before):
                mention = replace(
                    mention,
                    kind="duration",
                    unit=span_before.unit,
                    category="duration",
                    quantity=measured_about(mention.quantity) if mention.quantity else None,
                )
            span_before = mention if mention.kind == "duration" else span_before
            yield mention
        i = max(end, mention.last if mention else end) + 1


# the words a span and a figure after it share when the second says the same: "was jailed for
# 10 years and his brother for six"
_SPAN_PREPOSITIONS = frozenset({"for", "to", "of"})
_LINKED_CLAUSES = frozenset({"conj", "advcl", "ccomp", "parataxis"})


def _span_left_out(mention: Mention, span: Mention) -> bool:
    """A bare number after a span of time in the same sentence, in a clause that says the
    same of someone else, is a span of the same unit: "Prosecutors had asked for 15 years,
    while her lawyers sought eight", "The first phase lasts 42 days, the second 30". Not a
    subject ("The talks lasted 12 hours, and 30 attended"), a number before a word of its own
    ("three more"), people a deed befell ("served 10 years and killed three"), nor a count
    done in a span ("In 10 years the company hired 500")."""
    number = mention.anchor
    while number.dep_ == "conj" and number.head.like_num:
        number = number.head  # "two or three": the range's first figure stands in the clause
    doc = number.doc
    if mention.kind != "count" or number.dep_ in ("nsubj", "nsubjpass", "nummod", "compound"):
        return False
    after = doc[mention.last + 1] if mention.last + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    if any(c.dep_ == "prep" for c in number.children):
        return False  # "eight of them", "six in custody"
    if is_age(number):
        return False  # "raise the retirement age by two years, to 64": an age
    verb, span_verb = governing_verb(number), governing_verb(span.anchor)
    if verb is None or span_verb is None:
        return False
    head = number.head
    same_preposition = (
        head.dep_ == "prep"
        and head.lower_ in _SPAN_PREPOSITIONS
        and span.first > 0
        and doc[span.first - 1].lower_ == head.lower_
    )
    if same_preposition:
        return True
    if verb.lemma_.lower() in lx.TRIGGER_WORDS:
        return False  # "served 10 years and killed three"
    if verb.i == span_verb.i:
        subjects_of_verb = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        if any(span.anchor in subject.subtree for subject in subjects_of_verb):
            return False  # "The toll from the strongest quake in a century rose to 2,012"
        # "the second 30" as "42 days" is; not "In 10 years the company hired 500"
        if number.dep_ != span.anchor.dep_:
            return False
        # not "deaths jumped by 627 in a day to 4,032": the figure the change reached (but
        # "raised the sentence from five years to eight" is a span)
        span_preposition = span.anchor.head.lower_ if span.anchor.dep_ == "pobj" else None
        reached = head.lower_ == "to" and names_a_change(verb)
        return not reached or span_preposition == "from"
    linked = (verb.dep_ in _LINKED_CLAUSES and verb.head.i == span_verb.i) or (
        span_verb.dep_ in _LINKED_CLAUSES and span_verb.head.i == verb.i
    )
    # someone else's figure ("while her lawyers sought eight"), not "lasted 12 hours and left 30"
    subjects = {_subject_word(verb), _subject_word(span_verb)}
    taken_whole = number.dep_ in ("dobj", "attr", "npadvmod")  # not "a first down on the 7"
    return linked and taken_whole and None not in subjects and len(subjects) == 2


def _subject_word(verb: Token) -> str | None:
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"), None)


def _score(doc: Doc, i: int, sentence: Span) -> Mention | None:
    """ "beat the Jaguars 31-24", "a 65-53 victory", "by a vote of 51-50" (or "of 86 to
    14"), "deadlocked at 9-3": a game's or a vote's two figures, one claim (value the first,
    `against` the second). Not a team's record ("the Colts (11-4)", "improved to 11-4",
    "Rahman (45-7-2)"), a range ("some 40-50 homes") or a chance ("a 50-50 chance")."""
    worded_votes = _votes_to(doc, i, sentence)
    if worded_votes is not None:
        return worded_votes
    if i + 2 >= sentence.end or doc[i + 1].lower_ not in ("-", "–", "to"):
        return None
    worded = doc[i + 1].lower_ == "to"  # "by a vote of 86 to 14": a vote's only
    if worded and i > sentence.start and doc[i - 1].lower_ in ("from", "between"):
        return None  # "rose from 41 to 45"
    first, second = doc[i], doc[i + 2]
    if not (first.text.isdigit() and second.text.isdigit()) or len(first) > 3 or len(second) > 3:
        return None
    if i > sentence.start and (doc[i - 1].text in ("(", "$", "-", "–") or doc[i - 1].like_num):
        return None
    after = doc[i + 3] if i + 3 < sentence.end else None
    if after is not None and (after.text in ("-", "–", ")", "%") or after.like_num):
        return None
    # "who led 24-14": the parse may hang the first figure on the second
    said_of = _said_of_a_score(second if first.head.i == second.i else first, after)
    if said_of is None or (worded and said_of not in lx.VOTING_WORDS):
        return None
    return _score_of(first, second, "votes" if said_of in lx.VOTING_WORDS else "points")


def _score_of(first: Token, second: Token, unit: str) -> Mention:
    """One claim of a score's or a vote's two figures: value the first, `against` the second."""
    return Mention(
        first=first.i,
        last=second.i,
        anchor=first,
        kind="count",
        quantity=hedged(int(first.text), "exact"),
        unit=unit,
        category="score",
        against=int(second.text),
    )


def _votes_to(doc: Doc, i: int, sentence: Span) -> Mention | None:
    """ "approved her cabinet by 78 votes to 51", "passed by 300 votes to 250": a vote's two
    figures with the noun between them, one claim (value the first, `against` the second)."""
    if i + 3 >= sentence.end or doc[i + 1].lower_ not in ("votes", "vote"):
        return None
    first, second = doc[i], doc[i + 3]
    if doc[i + 2].lower_ != "to" or not (first.text.isdigit() and second.text.isdigit()):
        return None
    if i > sentence.start and doc[i - 1].lower_ in ("from", "between"):
        return None  # "rose from 78 votes to 91": a count that moved
    return _score_of(first, second, "votes")


def _said_of_a_score(figure: Token, after: Token | None) -> str | None:
    """The noun or verb two dashed figures are said of, if it is one of a game or a vote."""
    if after is not None and after.lemma_.lower() in lx.SCORE_NOUNS:
        return after.lemma_.lower()  # "a 31-24 win", "a 50-50 vote"
    head = figure.head
    if head.dep_ == "prep" and head.lower_ in ("at", "by", "of", "to"):
        head = head.head  # "tied at 24-24", "by a vote of 51-50"
    elif head.dep_ == "dobj" and head.pos_ == "PROPN" and figure.dep_ == "nummod":
        head = head.head  # "defeated Drake 65-53": the parse hangs the score on the team
    lemma = head.lemma_.lower()
    if (head.pos_ == "NOUN" and lemma in lx.SCORE_NOUNS) or (
        head.pos_ == "VERB" and lemma in lx.SCORE_VERBS
    ):
        return lemma
    if head.pos_ == "VERB" and lemma in lx.ENDING_VERBS and _a_game_ended(head):
        return lemma  # "a thrilling final ended 3-3 after extra time"
    return None


def _a_game_ended(verb: Token) -> bool:
    """Whether a game is what ended: its subject, or the noun just before it, which the
    parse may take for another phrase's ("after a thrilling final ended 3-3")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.i > 0:
        subjects = [verb.doc[verb.i - 1]]
    return any(c.lemma_.lower() in lx.GAME_NOUNS and c.pos_ == "NOUN" for c in subjects)


# "2:04:12", "3:55.38" (a clock never shows a second's hundredths), "1:59:40.2"
_HOURS_MINUTES_SECONDS = re.compile(
    r"^(?:(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d(?:\.\d{1,3})?)"
    r"|(?P<short_minutes>\d{1,2}):(?P<hundredths>[0-5]\d\.\d{1,3}))$"
)
# what follows a time of day, or comes before a page's time stamp ("updated 3:02:00 PM ET")
_CLOCK_MARKS = frozenset(
    {"am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "et", "est", "edt", "pst", "pdt"}
    | {"posted", "updated", "published", "released", "at"}
)


def _race_time(doc: Doc, i: int, sentence: Span) -> Mention | None:
    """ "Kiptum ran 2:00:35", "Kipchoge's world record of 2:01:09", "a time of 3:55.38": hours,
    minutes and seconds are a span of time, in seconds; not a time stamp ("Posted: 03/14/2013
    06:37:46 AM PDT")."""
    match = _HOURS_MINUTES_SECONDS.match(doc[i].text)
    if match is None:
        return None
    around = doc[max(sentence.start, i - 1) : min(sentence.end, i + 2)]
    if any(
        t.i != i and (t.lower_.rstrip(":") in _CLOCK_MARKS or any(c.isdigit() for c in t.text))
        for t in around
    ):
        return None
    parts = match.groupdict()
    minutes = int(parts["minutes"] or parts["short_minutes"])
    seconds = float(parts["seconds"] or parts["hundredths"])
    total = int(parts["hours"] or 0) * 3600 + minutes * 60 + seconds
    quantity = hedged(int(total) if total.is_integer() else round(total, 3), "exact")
    return Mention(
        first=i,
        last=i,
        anchor=doc[i],
        kind="duration",
        quantity=quantity,
        unit="seconds",
        category="duration",
    )


def _scores_harmed(token: Token) -> bool:
    """ "Eight people died and scores were hurt": "scores" the subject of harm are people."""
    harm = lx.CATEGORY_TRIGGERS["killed"] | lx.CATEGORY_TRIGGERS["injured"]
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in harm


def _of_a_magnitude(doc: Doc, end: int, limit: int) -> int:
    """The end of a fraction's number, past "of a million" when it is a fraction of one ("a
    quarter of a million people" is 250,000, not a quarter and a million)."""
    words = [t.lower_ for t in doc[end + 1 : min(limit, end + 4)]]
    of_a = len(words) == 3 and words[0] == "of" and words[1] in ("a", "an")
    return end + 3 if of_a and words[2] in _MAGNITUDE_WORDS else end


def _number_start(doc: Doc, i: int, limit: int) -> tuple[int | None, int]:
    """(first, last) token indices of a number expression starting at i, or (None, i)."""
    token = doc[i]
    lower = token.lower_
    if lower in lx.VAGUE_WORDS:
        followed_by_of = i + 2 < limit and doc[i + 1].lower_ == "of"
        if lower in ("tens", "scores") and not followed_by_of and not _scores_harmed(token):
            return None, i  # "scores" alone is a game's, not "scores of people"
        end = i
        if i + 2 < limit and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in lx.VAGUE_WORDS:
            end = i + 2  # "tens of thousands", "hundreds of thousands"
        return i, end
    if lower in ("a", "an", "half") and i + 1 < limit and doc[i + 1].lower_ in _MAGNITUDE_WORDS:
        return i, _number_run_end(doc, i + 1, limit)
    half_a = lower == "half" and i + 2 < limit and doc[i + 1].lower_ in ("a", "an")
    if half_a and doc[i + 2].lower_ in _MAGNITUDE_WORDS:
        return i, _number_run_end(doc, i + 2, limit)
    measured = doc[i + 2].lemma_.lower() if half_a else ""
    if half_a and (measured in lx.TIME_UNITS or measured in lx.MEASURE_UNITS):
        return i, i + 1  # "half an hour", "half a day", "half a mile"
    if half_a and measured == "percentage" and i + 3 < limit and doc[i + 3].lemma_ == "point":
        return i, i + 1  # "half a percentage point"
    if lower == "several":
        return i, _scaled_end(doc, i, limit)
    if lower == "a" and i + 1 < limit and doc[i + 1].lower_ in ("handful", "few", "couple"):
        return i, _scaled_end(doc, i + 1, limit)
    if lower in ("a", "one") and i + 1 < limit and doc[i + 1].lower_ in ("third", "quarter"):
        if doc[i + 1].lower_ == "third" and _third_of_a_series(doc, i + 2, limit):
            return None, i  # "for a third night", "a third straight day": which, not how much
        if doc[i + 1].lower_ == "third" and _heads_a_compound_word(doc, i + 1, limit):
            return None, i  # "to reinstate a third-degree murder charge": which degree
        return i, _of_a_magnitude(doc, i + 1, limit)  # "a third of the power"
    fraction = _plural_fraction_end(doc, i, limit)
    if fraction is not None:
        # "two-thirds of the 900 workers", "three quarters of the homes"
        return i, _of_a_magnitude(doc, fraction, limit)
    if lower in ("a", "one") and i + 1 < limit and doc[i + 1].lower_ in ("fifth", "tenth"):
        of_after = i + 2 < limit and doc[i + 2].lower_ == "of"
        return (i, i + 1) if of_after else (None, i)  # "a fifth of its staff", not "a fifth day"
    if (
        _glued_currency(token) is not None
        or _GLUED_MAGNITUDE.match(token.text)
        or _GLUED_DEGREES.match(token.text)
    ):
        return i, _number_run_end(doc, i, limit)
    if lower == "no" and i + 2 < limit and doc[i + 1].text == "-" and doc[i + 2].lower_ == "one":
        return i, i + 2  # "no-one was hurt"
    if lower in ("no", "nobody") and _is_zero(doc, i, limit):
        return i, i + 1 if lower == "no" else i
    if lower == "none" and i + 1 < limit and doc[i + 1].lower_ == "of":
        return i, i  # "None of the 171 passengers ... were seriously injured": zero
    unit_next = i + 1 < limit and doc[i + 1].pos_ == "NOUN" and doc[i + 1].lower_ != "second"
    one_unit = unit_next and doc[i + 1].tag_ != "NNS"  # not "a decades-old practice"
    if lower in ("a", "an") and one_unit and doc[i + 1].lemma_.lower() in lx.TIME_UNITS:
        return i, i  # "a week", "an hour": one of the unit ("a second phase" is not)
    if lower in lx.LONG_DURATIONS:
        return i, i  # "weeklong"
    if not _is_number(token) or (
        token.ent_type_ in _SKIP_ENTITY_LABELS
        and not _is_time_span(doc, i, limit)
        and not _timeless_time(doc, i)
        and not _misread_as_a_name(doc, i)
        and not _told_after_a_dateline(doc, i)
        and not _sum_read_as_a_name(doc, i, limit)
        and not _measure_read_as_a_name(doc, i, limit)
    ):
        return None, i
    if token.text[:1] in "-–" and token.text[1:].isalpha():
        return None, i  # "-one": the rest of a "no-one" split from its "no"
    if lower == "one" and i + 1 < limit and doc[i + 1].lower_ == "another":
        return None, i  # "accused one another": each of them, counting nothing
    if lower == "one" and _one_as_a_pronoun(doc, i):
        return None, i  # "a far lower toll than the one given by local officials"
    if _model_designation(doc, i) or _a_rank(doc, i):
        return None, i
    if i >= 2 and doc[i - 2].text == "Group" and doc[i - 1].lower_ == "of":
        return None, i  # "the Group of 20 leaders", "the Group of Seven": a club's name
    if _in_phone_number(doc, i) or _is_clock_time(doc, i) or _second_day_of_a_month(doc[i]):
        return None, i
    if lower in _MAGNITUDE_WORDS:
        return None, i  # a bare "billion" or "hundred" states no figure
    score_dash = i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].text[:1].isdigit()
    if score_dash and not _told_after_a_dateline(doc, i):
        return None, i  # the second half of a score or record: "14-0", "(11-4)"
    if _second_of_a_tally(doc, i):
        return None, i  # "The vote was 11 to 1", "won 3 to 1"
    return i, _number_run_end(doc, i, limit)


_DETERMINERS_OF_ONE = frozenset({"the", "this", "that", "which", "another", "any", "each", "every"})


def _one_as_a_pronoun(doc: Doc, i: int) -> bool:
    """ "the one given by local officials", "this one", "a bigger one": "one" that stands for
    a noun said before it, after a determiner (and its adjectives), counts nothing."""
    if doc[i].dep_ == "nummod":
        return False  # "the one survivor"
    before = i - 1
    while before >= 0 and doc[before].pos_ == "ADJ":
        if doc[before].lower_ in ("only", "sole", "lone"):
            return False  # "He was the only one killed": one, counted
        before -= 1  # "the latest one", "a bigger one"
    if before < 0:
        return False
    if doc[before].pos_ != "DET":
        return False  # "confirmed that one of the wounded employees is in the hospital"
    word = doc[before].lower_
    return word in _DETERMINERS_OF_ONE or (word in ("a", "an") and before < i - 1)


# what a series is counted in: "a third night", "a third straight day", "a third time"
_SERIES_NOUNS = frozenset(lx.TIME_UNITS) | {"time", "night"}
# the third of a series that is no span: "sworn in for a third term", "a third round of talks"
_SERIES_NOUNS |= {"term", "round", "phase", "stage", "wave", "attempt", "bid", "try", "leg"}
_SERIES_NOUNS |= {"edition", "title", "victory", "win", "defeat", "loss", "trial", "visit"}


def _plural_fraction_end(doc: Doc, i: int, limit: int) -> int | None:
    """The index of "thirds" in "two-thirds of", "three quarters of": so many of a fraction
    of a whole, a share (not "three quarters" of a game: no "of" follows)."""
    count = UNITS.get(doc[i].lower_, 0)
    if count < 2:
        return None  # "a third", "one quarter" are read on their own
    end = i + 2 if i + 2 < limit and doc[i + 1].text == "-" else i + 1
    if end + 1 >= limit or doc[end].lower_ not in PLURAL_FRACTIONS:
        return None
    if count * PLURAL_FRACTIONS[doc[end].lower_] >= 1:
        return None  # "in nine quarters of football": a count of quarters
    return end if doc[end + 1].lower_ == "of" else None


def _third_of_a_series(doc: Doc, after: int, limit: int) -> bool:
    """ "a third night", "a third straight day", "a third time": the third of a series of
    spans or times, no figure ("wounding a third co-worker" is one person hurt; "a quarter
    mile" is a fraction of the unit)."""
    while after < limit and doc[after].pos_ == "ADJ":
        after += 1  # "a third straight day", "a third consecutive night"
    if after >= limit or doc[after].pos_ != "NOUN":
        return False
    return doc[after].lemma_.lower() in _SERIES_NOUNS


def _a_rank(doc: Doc, i: int) -> bool:
    """ "a top-five draft pick", "ranked in the AP Top 25": how high in a ranking, no count of
    anything; but "the top two polygamist leaders" are two people, and "sales could top
    100,000" is a figure."""
    before = i - 2 if i >= 2 and doc[i - 1].text in ("-", "\u2013") else i - 1
    if before < 0 or doc[before].lower_ != "top" or doc[before].pos_ == "VERB":
        return False
    word = doc[i]
    while word.dep_ in ("nummod", "compound", "amod") and word.head.pos_ == "NOUN":
        word = word.head  # "their top two power running backs"
    return word.i == i or word.tag_ != "NNS"


_MODEL_NUMBER = re.compile(r"^\d+s?$")


def _model_designation(doc: Doc, i: int) -> bool:
    """ "loose bolts on 737 MAX 9s": a number, a name and a number, ending the phrase, is a
    model's name (not "grounded 171 Boeing 737 Max 9 planes", "recovered 12 AK 47 guns")."""
    if i + 2 >= len(doc) or not doc[i].text.isdigit():
        return False
    name, number = doc[i + 1], doc[i + 2]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or not _MODEL_NUMBER.match(number.text):
        return False
    return i + 3 >= len(doc) or doc[i + 3].pos_ not in ("PROPN", "NOUN")


def _second_of_a_tally(doc: Doc, i: int) -> bool:
    """The smaller second figure of "11 to 1": a vote or score, no range and no move (not
    "fell from 45 to 41", nor "the toll fell 45 to 41")."""
    if i < 2 or doc[i - 1].lower_ != "to" or not doc[i - 2].text[:1].isdigit():
        return False
    high, low = parse_number(doc[i - 2].text), parse_number(doc[i].text)
    if high is None or low is None or low >= high or is_earlier_figure(doc, i - 2):
        return False
    verb = next((a for a in doc[i - 2].ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is None or verb.lemma_.lower() not in lx.CHANGE_VERBS


def _side_of_a_ratio(doc: Doc, first: int, after: int, limit: int) -> bool:
    """ "a 10-for-1 stock split", "split its stock 10 for 1", "went 3-for-4": a ratio's sides
    count nothing (but "10 of 22 for 162 yards" counts yards)."""
    if not doc[first].text[:1].isdigit():
        return False
    rest = "".join(t.text for t in doc[after : min(limit, after + 3)]).lower()
    if re.match(r"^-for-?\d", rest):
        return True
    if re.match(r"^for\d", rest) and after + 1 < limit:
        return not _a_unit_follows(doc, after + 2, limit)  # "10 for 1", not "35 for 205 yards"
    if first >= 2 and doc[first - 1].lower_ == "for" and doc[first - 2].text[:1].isdigit():
        return not _a_unit_follows(doc, after, limit)
    return False


def _a_unit_follows(doc: Doc, i: int, limit: int) -> bool:
    return i < limit and doc[i].pos_ in ("NOUN", "PROPN")


_RICHTER = ("on", "the", "richter", "scale")


_MERIDIEMS = lx.MERIDIEMS
_ZONE_NAMES = lx.TIME_ZONE_NAMES
_TIME_ZONES = _ZONE_NAMES | {"hrs", "hours", "local"}


def _is_time_span(doc: Doc, i: int, limit: int) -> bool:
    """ "for 4 hours", "12-hour", "2 to 3 hours": spaCy tags these TIME like a clock time, but
    they last."""
    token = doc[i]
    if token.ent_type_ != "TIME":
        return False
    return _time_unit_after(doc, i + 1, limit) or (
        # "two or three minutes", "2-3 hours": the first of a range
        i + 2 < limit
        and doc[i + 1].lower_ in _RANGE_JOINERS
        and _is_number(doc[i + 2])
        and _time_unit_after(doc, i + 3, limit)
    )


def _time_unit_after(doc: Doc, after: int, limit: int) -> bool:
    if after < limit and MIXED_FRACTION.match(doc[after].text):
        after += 1  # "for about 9 1/2 minutes"
    if after < limit and doc[after].text in ("-", "\u2013"):
        after += 1
    return after < limit and doc[after].lemma_.lower() in lx.TIME_UNITS


def _timeless_time(doc: Doc, i: int) -> bool:
    """ "the toll rose to 41 overnight": spaCy may tag a figure and the word after it as a
    time; with no word of the clock in it ("p.m.", "hours", "GMT", "9:30"), it is no time."""
    token = doc[i]
    digits = token.text.replace(",", "")
    if token.ent_type_ != "TIME" or not digits.isdigit():
        return False
    entity = entity_at(doc, i)
    if entity is None or len(entity) == 1:
        return False  # "at 8": a bare hour
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in ("at", "by", "until", "till", "before", "after") and int(digits) <= 24:
        return False  # "closes at 8 tonight"
    others = [t for t in entity if t.i != i]
    return not any(
        t.lower_ in _MERIDIEMS | _TIME_ZONES | _CLOCK_WORDS
        or t.lemma_.lower() in lx.TIME_UNITS
        or not t.is_alpha
        for t in others
    )


def _misread_as_a_name(doc: Doc, i: int) -> bool:
    """A figure that spaCy tags as a name all by itself: "The toll now stands at 104, AFAD
    said" (an organisation), "Almost all of the 288 candidates" (a facility), "747 plant
    species" (a product). A name of digits alone is rare in news; a lone product or place
    number is one ("the 747 crashed") unless what follows is a plural noun it counts."""
    entity = entity_at(doc, i)
    if entity is None or len(entity) != 1:
        return False
    if entity.label_ in ("ORG", "PERSON"):
        return True
    if entity.label_ == "ORDINAL":
        # "It lost £3bn last year": a magnitude glued on is no "3rd"
        return _NUMBER_WITH_SUFFIX.match(doc[i].text) is not None
    if entity.label_ not in ("FAC", "PRODUCT", "WORK_OF_ART"):
        return False
    if _end_of_a_change(doc, i):
        return True
    following = [t for t in doc[i + 1 : i + 3] if t.is_alpha]
    if following and following[0].tag_ in ("NN", "NNP") and len(following) > 1:
        following = following[1:]  # "747 plant species"
    return bool(following) and following[0].tag_ == "NNS"


def _sum_read_as_a_name(doc: Doc, i: int, limit: int) -> bool:
    """A sum that spaCy runs into the name before it: "fined Meta 797.72 million euros" (one
    organisation, "Meta 797.72 million"). A figure with its magnitude and a currency after it is
    a sum, whatever the name; not a name's own number ("Fortune 500", "Boeing 737"). So is a
    share: "took 43.6 percent of the vote and Labour 32.1 percent"."""
    after = i + 1
    if after < limit and doc[after].lower_ in _PERCENT_SIGNS:
        return True
    if after < limit and doc[after].lower_ in _MAGNITUDE_WORDS:
        after += 1
    return after < limit and after > i + 1 and _unit_lemma(doc[after]) in lx.CURRENCY_WORDS


def _measure_read_as_a_name(doc: Doc, i: int, limit: int) -> bool:
    """A measure that spaCy runs into a name as a sentence starts: "Some 460 mm of rain fell in
    Yangjiang" (one product, "Some 460 mm"). A figure with a unit of measure right after it is
    a measure, whatever the tag; not a name's own number ("Boeing 737", "Airbus A320")."""
    entity = entity_at(doc, i)
    if entity is None or entity.label_ != "PRODUCT":
        return False
    after = i + 1
    return after < limit and _unit_lemma(doc[after]) in lx.MEASURE_UNITS


def _end_of_a_change(doc: Doc, i: int) -> bool:
    """ "revised the toll down to 275 from 288": what a count went from or to is a figure,
    whatever name the model gives it."""
    if i < 1 or doc[i - 1].lower_ not in ("from", "to"):
        return False
    if doc[i - 1].lower_ == "from":
        return is_earlier_figure(doc, i)
    return names_a_change(doc[i - 1].head)


_CLOCK_WORDS = frozenset(
    {"o'clock", "noon", "midnight", "morning", "afternoon", "evening", "night", "tonight"}
)


def _second_day_of_a_month(token: Token) -> bool:
    """ "76 deaths reported between Aug. 12 and 13": the second day the month's name takes."""
    day = parse_number(token.text) if token.text.isdigit() else None
    month = token.head
    return (
        token.dep_ == "conj"
        and isinstance(day, int)
        and 1 <= day <= 31
        and month.i < token.i
        and month.text[:1].isupper()
        and names_a_month(month.text)
    )


def _is_clock_time(doc: Doc, i: int) -> bool:
    """ "struck at 1353 (1023 GMT)", "at 9.25 am", "22.34 BST": a time of day is not a
    count."""
    text = doc[i].text
    following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if following in _MERIDIEMS and re.match(r"^\d{1,2}(?:[.:]\d\d)?$", text):
        return True
    if following in _ZONE_NAMES and re.match(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d$", text):
        return True  # "22.34 BST"
    if not (len(text) == 4 and text.isdigit() and int(text[:2]) < 24 and int(text[2:]) < 60):
        return False
    before = doc[i - 1].lower_ if i > 0 else ""
    return following in _TIME_ZONES or (before == "at" and following == "(")


def _in_phone_number(doc: Doc, i: int) -> bool:
    """ "0800 555 111", "0845 125 2222": digit groups led by a leading zero dial, not count."""
    first = i
    while first > 0 and doc[first - 1].text.isdigit():
        first -= 1
    lead = doc[first].text
    return lead.isdigit() and len(lead) > 1 and lead.startswith("0")


def _is_zero(doc: Doc, i: int, limit: int) -> bool:
    """ "No one was killed", "nobody was hurt", "no casualties": a figure of zero."""
    if doc[i].lower_ == "nobody":
        return True
    following = doc[i + 1] if i + 1 < limit else None
    return following is not None and (
        following.lower_ == "one" or following.lemma_.lower() in lx.ZERO_NOUNS
    )


def _hedge_start(doc: Doc, first: int, floor: int) -> int:
    """Index where hedge words before the number begin ("at least", "just over")."""
    for width in range(_MAX_HEDGE_TOKENS, 0, -1):
        begin = first - width
        if begin < floor:
            continue
        phrase = " ".join(t.lower_ for t in doc[begin:first])
        hedge, rest = split_hedge(phrase + " 1")
        if (
            hedge is not None
            and rest == "1"
            and not _verb_particle(doc[begin])
            and not _spread_over(doc[begin])
            and not _moved_up_to(doc[begin])
        ):
            return begin
    if first - 1 >= floor and doc[first - 1].lower_ == "between":
        return first - 1
    return first


# verbs whose "up" says a figure rose: "inflation ticked up to 2.9%" is 2.9%, not at most
_RISING_UP = frozenset({"tick", "pick", "edge", "inch", "creep", "move", "go", "shoot", "ramp"})


# verbs that move a figure up to where it is said to stand: "revised the toll up to 45"
_REVISING_UP = frozenset({"revise", "raise", "bump", "push", "mark", "lift"})
# where a noun stands, for a verb-tagged word that is one ("December's job gains")
_NOUN_SLOTS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj", "appos"})


def _moved_up_to(word: Token) -> bool:
    """ "ticked up to 2.9%", "picks up to 2.9%": the verb's "up", then where it rose to; so
    with a revision's verb further back ("revised December's job gains up to 307,000 from
    256,000") (not "could dump up to 10 inches of rain")."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if word.lower_ != "up" or before is None:
        return False
    if before.lower_ == "back" and word.i > 1:
        before = word.doc[word.i - 2]  # "inflation ticks back up to 2%"
    if before.pos_ == "VERB" and before.lemma_.lower() in _RISING_UP:
        return True
    verb = next(
        (
            t
            for t in [word.head, *word.head.ancestors]
            if t.pos_ == "VERB" and t.dep_ not in _NOUN_SLOTS
        ),
        None,
    )
    return verb is not None and verb.i < word.i and verb.lemma_.lower() in _REVISING_UP


def _spread_over(word: Token) -> bool:
    """ "40 hours over four days", "$184 million over eight years": what a figure is spread
    over is said exactly."""
    if word.lower_ != "over" or word.dep_ != "prep" or word.i == 0:
        return False
    doc = word.doc
    before = doc[word.i - 1]
    if before.like_num or any(c.dep_ in ("nummod", "quantmod") for c in before.children):
        return True
    # "recorded 13.98 inches of rain over three days": a span after the figure it is of
    span = next((c for c in word.children if c.dep_ == "pobj"), None)
    spans_time = span is not None and noun_lemma(span) in lx.TIME_UNITS
    window = doc[max(word.sent.start, word.i - 6) : word.i]
    return spans_time and any(t.like_num and t.pos_ == "NUM" for t in window)


# a hedge said after the figure: "50 or more people", "magnitude 4.5 or higher", "10 or fewer",
# "a dozen or so"
_HEDGES_AFTER: dict[str, Hedge] = {
    **dict.fromkeys(("more", "above", "higher", "greater", "over"), "at_least"),
    **dict.fromkeys(("fewer", "less", "under", "below", "lower"), "at_most"),
    "so": "about",
}


def _hedge_after(doc: Doc, last: int, limit: int) -> Hedge | None:
    """The hedge an "or ..." right after the figure, or after the noun it counts ("10 inches or
    more", "20 minutes or so"), says (see `_HEDGES_AFTER`)."""
    at = last + 1
    if at < limit and doc[at].pos_ == "NOUN" and doc[last].head.i == at:
        at += 1
    if at + 1 >= limit or doc[at].lower_ != "or":
        return None
    return _HEDGES_AFTER.get(doc[at + 1].lower_)


def _plus_after(doc: Doc, last: int, limit: int) -> bool:
    """A plus sign glued to the figure's end: "11,000+" is at least 11,000; so is a "-plus"
    ("three-plus seasons")."""
    if last + 1 < limit and doc[last + 1].text == "+" and not doc[last].whitespace_:
        return True
    return _dash_plus(doc, last + 1, limit)


def _dash_plus(doc: Doc, after: int, limit: int) -> bool:
    """ "three-plus seasons", "six-plus rounds": a "-plus" glued to the figure, before the
    plural it counts (not "a 4-Plus Earthquake", "two-plus-two")."""
    if after + 2 >= limit or doc[after].text not in ("-", "–"):
        return False
    glued = not doc[after - 1].whitespace_ and not doc[after].whitespace_
    counted = doc[after + 2]
    return glued and doc[after + 1].lower_ == "plus" and counted.tag_ in ("NNS", "NNPS")


def _verb_particle(word: Token) -> bool:
    """ "pulled him over a few blocks away": the verb's "over", not "over 200"; so is the "over"
    of "handed over 150 Russian soldiers", "turned over 183 prisoners", whatever the parse."""
    if word.dep_ == "prt" or (
        word.dep_ == "prep" and not any(c.dep_ == "pobj" for c in word.children)
    ):
        return True
    before = word.doc[word.i - 1] if word.i > 0 else None
    if word.lower_ != "over":
        return False
    if before is not None and before.pos_ == "VERB" and before.lemma_.lower() in _HANDING_OVER:
        return True
    # "turned the ball over four times": the verb's "over", past its object
    verb = word.head
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _HANDING_OVER
        and any(c.dep_ == "dobj" and verb.i < c.i < word.i for c in verb.children)
    )


# verbs whose "over" is their own: what is handed over is said exactly
_HANDING_OVER = frozenset({"hand", "turn"})


def _range_end(doc: Doc, first: int, end: int, limit: int, has_between: bool) -> int:
    """Extend "three or four", "10 to 20", "between 5 and 8" to the second number; and "$10
    million to $15 million", "between $140 and $150 million", each sum with its own sign."""
    joiner = end + 1
    if joiner + 1 >= limit:
        return end
    word = doc[joiner].lower_
    second = joiner + 1
    sign = _sign_before(doc, first)
    if sign is not None and doc[second].text == doc[sign].text and second + 1 < limit:
        if word == "or" or _sum_changed(doc, sign):
            # "worth $184 million or $23 million per season": the same sum put another way;
            # "has dropped $100 to $1199", "rose from $5 to $10": where a price went
            return end
        second += 1
        has_between = has_between or (sign > 0 and doc[sign - 1].lower_ == "between")
    if word in _PERCENT_SIGNS and second + 1 < limit:
        # "a range of 4.75% to 5.00%", "between 4% and 5%": each end with its sign
        word, second = doc[second].lower_, second + 1
        start, second_end = _number_start(doc, second, limit)
        if start is None or second_end + 1 >= limit:
            return end
        if doc[second_end + 1].lower_ != doc[joiner].lower_:
            return end  # "4% and 5 people": the second figure is of something else
        low, high = parse_number(doc[first].text), parse_number(doc[start].text)
        if low is None or high is None or low >= high:
            return end  # "leads Trump 46% to 43%": two shares, no range
        if word in ("to", "or") or (word == "and" and has_between):
            # not where a rate moved ("rose 0.4% to 5%"), unless a range is named ("lowered
            # its rate to a range of 4.75% to 5.00%")
            named = first >= 2 and [t.lower_ for t in doc[first - 2 : first]] == ["range", "of"]
            # "raised its key rate to between 4.75 percent and 5 percent": "between" names one
            named = named or word == "and"
            return second_end if named or not _sum_changed(doc, end) else end
        return end
    if word in ("to", "or") or (word == "and" and has_between):
        start, second_end = _number_start(doc, second, limit)
        if start is not None:
            return second_end
    return end


_PERCENT_SIGNS = frozenset({"%", "percent", "pct"})


def _sign_before(doc: Doc, first: int) -> int | None:
    """Index of the currency sign written apart just before a figure ("$ 500" as spaCy splits
    "$500")."""
    return first - 1 if first > 0 and _is_sign(doc[first - 1]) else None


def _is_sign(token: Token) -> bool:
    return token.text in lx.CURRENCY_SYMBOLS or token.text == "US$"


def _sum_changed(doc: Doc, sign: int) -> bool:
    """A sum a price or total moved by or from: its verb is one of change."""
    if is_earlier_figure(doc, sign):
        return True
    verb = next((a for a in doc[sign + 1].ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in lx.CHANGE_VERBS


def _hyphen_range(doc: Doc, end: int, limit: int, priced: bool) -> int | None:
    """Last index of "Some 40-50 homes were destroyed", "$140-150 million": two figures joined
    by a dash, the second the larger, before a plural noun or after a currency sign; not a
    score or record ("won 98-95", "58-3 with 51 KOs")."""
    if end + 3 >= limit or doc[end + 1].text not in ("-", "–"):
        return None
    low, high = parse_number(doc[end].text), parse_number(doc[end + 2].text)
    if low is None or high is None or not doc[end + 2].text[:1].isdigit() or low >= high:
        return None
    second_end = _number_run_end(doc, end + 2, limit)  # "$140-150 million"
    if priced or (second_end + 1 < limit and doc[second_end + 1].tag_ == "NNS"):
        return second_end
    return None


# the young and the old, counted with the age they are under or over
_OF_AN_AGE = frozenset(
    {"children", "kids", "people", "adults", "girls", "boys", "infants", "babies", "those"}
)


def _age_after_people(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "640,000 children under 10", "people over 65": the age the people are under or over,
    when nothing after it says what it counts ("children under 10 kilograms" weigh)."""
    if first - 2 < sentence.start or doc[first - 1].lower_ not in ("under", "over"):
        return False
    if doc[first - 2].lower_ not in _OF_AN_AGE:
        return False
    after = doc[last + 1] if last + 1 < sentence.end else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "NUM") or after.lower_ == "years"


def _clipped_year(doc: Doc, first: int, sentence: Span) -> bool:
    """ "'86" is a year with its century clipped, not a count."""
    if first - 1 < sentence.start:
        return False
    before, text = doc[first - 1].text, doc[first].text
    if before not in ("'", "\u2019", "\u2018") or len(text) != 2 or not text.isdigit():
        return False
    # not a quotation that opens on a figure ("'12 dead in blast'")
    following = doc[first + 1] if first + 1 < sentence.end else None
    return following is None or not following.is_alpha


_DECADE_WORDS = frozenset(
    {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
)


def _zero_day(doc: Doc, first: int, last: int, limit: int) -> bool:
    """ "zero-day", "zero day" before a noun, "zero-days": software flaws known to attackers
    first."""
    if first != last or doc[first].lower_ != "zero":
        return False
    after = last + 1
    if after < limit and doc[after].text == "-":
        after += 1
    return after < limit and doc[after].lower_ in ("day", "days")


# emergency numbers: 999 counts too seldom to be worth the "999 call" it is usually part of
_EMERGENCY_NUMBERS = frozenset({"911", "999"})


# what a share is said out of: "nine in 10", "one in five"
_SHARE_OF = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000})


# what follows "N times" when it multiplies something, not when it counts how often
_MULTIPLIED = frozenset({"the", "that", "what", "as", "its", "their", "his", "her", "our"})


def _is_multiplier(doc: Doc, after: int, limit: int) -> bool:
    """ "five times the legal limit", "three times faster", "five times as many": how many
    times a thing, a ratio; not "shot 11 times", "four or five times a week"."""
    if after + 1 >= limit or doc[after].lower_ != "times":
        return False
    following = doc[after + 1]
    the_time = following.lower_ == "the" and after + 2 < limit
    if the_time and noun_lemma(doc[after + 2]) in lx.TIME_UNITS:
        return False  # "called him three times the day before"
    return following.lower_ in _MULTIPLIED or following.tag_ in lx.COMPARATIVE_TAGS


def _one_in(doc: Doc, after: int, limit: int, quantity: Quantity) -> tuple[Quantity, int] | None:
    """ "Nine in 10 Gazans have been displaced", "one in five", "nine out of 10": a share, as
    a percentage (90), and the token that ends it; not two counts."""
    words = [t.lower_ for t in doc[after : min(limit, after + 3)]]
    if words[:1] == ["in"]:
        whole_at = after + 1
    elif words[:2] == ["out", "of"]:
        whole_at = after + 2
    else:
        return None
    if whole_at >= limit or not isinstance(quantity.value, (int, float)):
        return None
    following = doc[whole_at + 1].lemma_.lower() if whole_at + 1 < limit else ""
    if following in lx.TIME_UNITS or following in lx.MEASURE_UNITS:
        return None  # "scored 5 in 10 minutes"
    whole = parse_quantity(doc[whole_at].text)
    if whole is None or whole.value not in _SHARE_OF or not 0 < quantity.value < whole.value:
        return None
    if whole_at == after + 2 and whole.value not in (10, 100, 1000):
        return None  # "We've lost three out of four lines": a set of four, counted
    share = round(100 * quantity.value / whole.value, 1)
    return hedged(int(share) if share.is_integer() else share, quantity.hedge), whole_at


def _classify_number(doc: Doc, first: int, last: int, sentence: Span) -> Mention | None:
    limit = sentence.end
    if _is_year(doc, first, last):
        return None
    if _clipped_year(doc, first, sentence):
        return None  # "All-Star in 1983, '86, '87"
    if first == last and doc[first].text in _EMERGENCY_NUMBERS and _sign_before(doc, first) is None:
        return None  # "called 911", "a 911 dispatcher", "a 999 call": no figure
    if last + 1 < limit and doc[last + 1].lower_ in _DECADE_WORDS:
        return None  # "the nineteen fifties": a decade, said in words
    if _zero_day(doc, first, last, limit):
        return None  # "a zero-day flaw": a kind of flaw, no span
    before = " ".join(t.lower_ for t in doc[max(sentence.start, first - 2) : first])
    at_death = first == last and age_at_death(doc[first])  # "died at age 85": an age, kept
    if (
        re.search(r"(?:^|\s)(?:no\.|no \.|number|#|aged|age|ages|ages of)$", before)
        and not at_death
    ) or re.search(r"(?:^|\s)(?:aged|ages) (?:between|from)$", before):
        return None  # "No. 5 seed", "aged 73", "between the ages of 5 and 17"
    ranged = " ".join(t.lower_ for t in doc[max(sentence.start, first - 4) : first])
    if _tail_of_a_vague_span(doc, first, last, sentence, ranged):
        return None  # "a minute or two", "a round or two"
    if re.search(r"(?:^|\s)(?:aged|age|ages|ages of)(?: between| from)? \S+ (?:to|and|-)$", ranged):
        return None  # "between age 17 and 25", "children aged 5 to 12"
    if re.search(r"(?:^|\s)as (?:young|old) as$", ranged):
        return None  # "the students, some as young as eight": an age, no count
    if _age_after_people(doc, first, last, sentence):
        return None  # "640,000 children under 10": an age, no count
    hedge_first = _hedge_start(doc, first, sentence.start)
    has_between = hedge_first < first and doc[hedge_first].lower_ == "between"
    changed_by = hedge_first > 0 and (
        tally_changed_by(by_before(doc, first, last) or doc[hedge_first - 1])
        or changed_by_then_to(doc, first, last)
    )
    dashed = None  # "40-50 homes": the end of the first figure, where the parser hangs the noun
    if not is_earlier_figure(doc, hedge_first) and not changed_by:
        # "rose from 41 to 45", "rose by 12 to 61": two figures, no range
        range_last = _hyphen_range(doc, last, limit, _sign_before(doc, first) is not None)
        if range_last is None:
            single = last
            last = _range_end(doc, first, last, limit, has_between)
            if has_between and last == single:
                hedge_first = first  # "a collision between two trains": no range, no hedge
        else:
            dashed, last = last, range_last
    after = last + 1
    next_lower = doc[after].lower_ if after < limit else ""
    if next_lower == "to" and after + 1 < limit and _second_of_a_tally(doc, after + 1):
        return None  # "The vote was 11 to 1": a tally, as "52-48" is
    if _side_of_a_ratio(doc, first, after, limit):
        return None
    # "31-24" (a score), "555-1234": a hyphen straight into another number is no range here
    if next_lower in ("-", "–") and after + 1 < limit and doc[after + 1].text[:1].isdigit():
        return None
    if _is_appositive_age(doc, first, last, sentence) and not at_death:
        return None
    if _is_age_at(doc, first, last, sentence) and not at_death:
        return None
    if _is_age_list(doc[last]):
        return None
    if _is_code(doc, last, limit) or _in_title(doc, first, last, sentence):
        return None
    if _opens_a_quoted_title(doc, first, last, sentence):
        return None
    if _is_designation(doc, first, last, sentence) or _is_address(doc, first, last, sentence):
        return None
    if _before_a_model_name(doc, first, last, sentence):
        return None
    if _listed_version(doc, first, last, sentence) or _code_tail(doc, first, sentence):
        return None
    if _is_dimension(doc, first, last, sentence):
        return None
    currency = _currency_before(doc, hedge_first if hedge_first < first else first, sentence)
    if currency is None and hedge_first < first:
        currency = _currency_before(doc, first, sentence)  # "more than e85 million"
    number_first = first if currency is None else min(first, currency[0])
    hedge_end = first
    if currency is not None and hedge_first == first and currency[0] < first:
        # "for about $13 billion": the hedge comes before the currency symbol
        hedge_end = currency[0]
        hedge_first = _hedge_start(doc, hedge_end, sentence.start)
    quantity = _quantity(doc, hedge_first, hedge_end, first, last)
    if quantity is None:
        return None
    if _plus_after(doc, last, limit) and quantity.hedge == "exact" and quantity.value is not None:
        quantity = hedged(quantity.value, "at_least")  # "200+ killed", "Missing: 11,000+"
    after_hedge = _hedge_after(doc, last, limit)
    if after_hedge is not None and quantity.hedge == "exact" and quantity.value is not None:
        quantity = hedged(quantity.value, after_hedge)  # "50 or more people", "4.5 or above"
    if currency is not None:
        quantity = _scaled_like_partner(doc, first, last, limit, quantity)
    span_first = min(hedge_first, number_first)
    minus = _minus_before(doc, span_first, sentence)
    if minus is not None and quantity.value is not None and quantity.hedge in ("exact", "about"):
        # "minus 17 degrees", "minus-20 degree temperatures": below zero
        quantity = Quantity(
            -quantity.value, _negated(quantity.high), _negated(quantity.low), quantity.hedge
        )
        span_first = minus
    anchor = doc[last if dashed is None else dashed]

    def figure(
        kind: ClaimKind,
        end: int,
        unit: str,
        category: Category,
        *,
        begin: int | None = None,
        head: Token | None = None,
    ) -> Mention:
        return Mention(
            first=span_first if begin is None else begin,
            last=end,
            anchor=anchor if head is None else head,
            kind=kind,
            quantity=(
                quantity if category == "percent" or quantity is None else measured_about(quantity)
            ),
            unit=unit,
            category=category,
        )

    if doc[first].lower_ in lx.LONG_DURATIONS:
        return figure("duration", last, lx.LONG_DURATIONS[doc[first].lower_], "duration")
    if _storm_category(doc, first, last, sentence):  # "a Category 3 storm": its strength
        return figure("amount", last, "category", "measure", begin=first - 1)
    share = _share_of_a_whole(doc, first, last, limit) if currency is None else None
    if share is not None and share[0] == "percent":
        quantity = _times(quantity, 100)  # "a third of the area's population": 33.3%
        return figure("amount", last, "%", "percent")
    if share is not None and share[0] == "points":
        named = noun_lemma(doc[share[1] - 1])  # "basis", "percentage"; none: "a quarter point"
        unit = f"{named if named in ('basis', 'percentage') else 'percentage'} points"
        return figure("amount", share[1], unit, "measure", head=doc[share[1]])
    if share is not None and share[0] == "measure":  # "two-tenths of a mile": 0.2 miles
        unit = lx.MEASURE_UNITS[noun_lemma(doc[share[1]])]
        return figure("amount", share[1], unit, "measure", head=doc[share[1]])
    if share is not None:  # "for a quarter of a century": a span of the unit
        span_unit = lx.TIME_UNITS[noun_lemma(doc[share[1]])]
        return figure("duration", share[1], span_unit, "duration")
    if currency is None and _is_multiplier(doc, after, limit):
        # "more than five times the legal limit", "three times longer": a ratio, no count
        return figure("amount", after, lx.MULTIPLE, "measure", head=doc[after])
    found_unit, hyphenated = _following_word(doc, after, limit)
    unit_index = found_unit if found_unit is not None else after
    unit_word = doc[found_unit] if found_unit is not None else None
    unit_lemma = _unit_lemma(unit_word) if unit_word is not None else ""
    if unit_word is not None and _is_age(doc, unit_index, limit):
        return None
    if unit_lemma == "to" and currency is None and is_earlier_figure(doc, hedge_first):
        reached = _figure_reached(doc, unit_index + 1, sentence)
        if reached is not None and reached.unit is not None and reached.category is not None:
            # "rose from 4.1 to 4.3 percent": 4.1 percent
            if reached.category == "percent":
                quantity = _about_a_point(quantity)
            return figure(reached.kind, last, reached.unit, reached.category)
    if unit_word is not None and unit_lemma in lx.TIME_UNITS:
        if unit_index + 1 < limit and doc[unit_index + 1].lower_ == "ago":
            return None
        if _a_time_to_compare_with(doc, hedge_first, unit_index, limit):
            return None  # "rose 3.5% from a year earlier": when, to compare; no span
        if doc[first].lower_ in ("a", "an", "per") and _per_figure(unit_word):
            return None  # "5,000 gallons a minute", "eight hours a day": a rate, not a span
        unit = lx.TIME_UNITS[unit_lemma]
        and_a_half = [t.lower_ for t in doc[unit_index + 1 : min(limit, unit_index + 4)]]
        if and_a_half == ["and", "a", "half"] and isinstance(quantity.value, (int, float)):
            quantity = hedged(quantity.value + 0.5, quantity.hedge)  # "an hour and a half"
            return figure("duration", unit_index + 3, unit, "duration", head=unit_word)
        smaller = _and_smaller_units(doc, unit_index, limit, unit)
        if smaller is not None and isinstance(quantity.value, (int, float)):
            # "2 hours and 35 seconds", "jailed for three years and nine months": one span
            per_first, rest, smallest, smallest_word = smaller
            total = quantity.value * per_first + rest
            quantity = hedged(int(total) if float(total).is_integer() else total, quantity.hedge)
            return figure("duration", smallest_word, smallest, "duration", head=unit_word)
        return figure("duration", unit_index, unit, "duration", head=unit_word)
    if currency is None and _in_metres(doc, span_first, last, after, limit):
        quantity = _millionth(quantity)  # "fell about 600m", "within 80m of the hut"
        misread = doc[last].pos_ == "VERB"  # "fell about 600 m[VERB] while climbing"
        return figure("amount", last, "metres", "measure", head=doc[last].head if misread else None)
    of_money = (
        currency is None
        and next_lower == "of"
        and after + 1 < limit
        and _unit_lemma(doc[after + 1]) in lx.CURRENCY_WORDS
    )
    if of_money:  # "hundreds of millions of dollars", "thousands of euros"
        code = lx.CURRENCY_WORDS[_unit_lemma(doc[after + 1])]
        return figure("amount", after + 1, code, "money")
    if currency is not None or (unit_word is not None and unit_lemma in lx.CURRENCY_WORDS):
        code = currency[1] if currency else lx.CURRENCY_WORDS[unit_lemma]
        return figure("amount", unit_index if currency is None else last, code, "money")
    carried = (
        _currency_of_the_sum_before(doc, span_first, first, last, sentence)
        if currency is None and (unit_word is None or unit_word.pos_ not in ("NOUN", "PROPN"))
        else None
    )
    if carried is not None:  # "85 million euros plus 15 million in add-ons": euros too
        return figure("amount", last, carried, "money")
    national = _national_currency(doc, unit_index, limit) if currency is None else None
    if national is not None:
        code, end = national  # "11 million Swedish crowns", "10 million Australian dollars"
        return figure("amount", end, code, "money")
    if currency is None and unit_word is not None and _won_as_money(doc, last, unit_word):
        return figure("amount", unit_index, "KRW", "money")  # "fined Kakao 15 billion won"
    if currency is None and unit_lemma in lx.HUNDREDTHS:
        quantity = _times(quantity, 1, 100)  # "69 cents, 99 cents and $1.29": three prices
        return figure("amount", unit_index, lx.HUNDREDTHS[unit_lemma], "money")
    if unit_lemma == "pound" and _pounds_sterling(doc, first, last, unit_index, limit):
        return figure("amount", unit_index, "GBP", "money")
    ratio = _one_in(doc, after, limit, quantity)
    if ratio is not None:  # "nine in 10 Gazans": 90%
        quantity, ratio_last = ratio
        return figure("amount", ratio_last, "%", "percent")
    rate = _rate_against_a_currency(doc, after, limit) if currency is None else None
    if rate is not None:  # "the yen weakened to 149.8 per dollar": an exchange rate
        code, rate_last = rate
        return figure("amount", rate_last, f"per {code}", "measure")
    if next_lower in lx.PERCENT_WORDS or (
        next_lower == "per" and after + 1 < limit and doc[after + 1].lower_ == "cent"
    ):
        quantity = _about_a_point(quantity)
        return figure("amount", after + (1 if next_lower == "per" else 0), "%", "percent")
    degrees = _GLUED_DEGREES.match(doc[last].text)
    if currency is None and degrees is not None:  # "45C", "113F"
        return figure("amount", last, f"°{degrees.group('scale')}", "measure")
    scale_after = _scale_after(doc, after, limit) if currency is None else None
    if scale_after is not None:  # "51 C", "47.6°C" (split "°", "C"), "40°"
        return figure("amount", scale_after[1], scale_after[0], "measure")
    if unit_lemma == "degree" and unit_index + 1 < limit:
        scale = lx.TEMPERATURE_SCALES.get(doc[unit_index + 1].lower_)
        if scale is not None:  # "110 degrees Fahrenheit": the scale, not "degrees" alone
            return figure("amount", unit_index + 1, scale, "measure")
    if unit_lemma in ("square", "nautical") and unit_index + 1 < limit:
        second = doc[unit_index + 1].lemma_.lower()  # "60,000 square feet", "150 nautical miles"
        if second in lx.MEASURE_UNITS:
            unit = f"{unit_lemma} {lx.MEASURE_UNITS[second]}"
            return figure("amount", unit_index + 1, unit, "measure")
    points = unit_index + 1 < limit and doc[unit_index + 1].lemma_.lower() == "point"
    if unit_lemma in ("basis", "percentage") and points:  # "50 basis points"
        return figure("amount", unit_index + 1, f"{unit_lemma} points", "measure")
    speed = _per_hour(doc, unit_index, limit) if unit_word is not None else None
    if speed is not None:  # "120 miles per hour", "193 km/h", "80 kilometres an hour"
        unit, speed_last = speed
        return figure("amount", speed_last, unit, "measure")
    if unit_word is not None and unit_lemma in lx.MEASURE_UNITS:
        return figure("amount", unit_index, lx.MEASURE_UNITS[unit_lemma], "measure")
    if currency is None and _inch_mark(doc, last, sentence.start, limit):
        return figure("amount", last + 1, "inches", "measure")  # 'a 3.1" touch screen'
    if currency is None and _in_for_inches(doc, last, limit):
        return figure("amount", last + 1, "inches", "measure")  # "0.68 in or 17 mm"
    if minus is not None:  # "temperatures were minus 20": degrees below zero
        return figure("amount", last, "degrees", "measure")
    if _GLUED_MAGNITUDE.match(doc[first].text):
        return figure("amount", last, "magnitude", "measure", begin=first)
    if first > sentence.start and doc[first - 1].lower_ in ("magnitude", "magnitude-"):
        return figure("amount", last, "magnitude", "measure", begin=first - 1)
    magnitude_of = span_first - 2 >= sentence.start and [
        t.lower_ for t in doc[span_first - 2 : span_first]
    ] == ["magnitude", "of"]
    if magnitude_of:  # "a preliminary magnitude of 4.4"
        return figure("amount", last, "magnitude", "measure", begin=span_first - 2)
    richter = tuple(t.lower_ for t in doc[after : min(after + 4, limit)]) == _RICHTER
    if richter:  # "a quake measuring 6.4 on the Richter scale"
        return figure("amount", after + 3, "magnitude", "measure")
    if _magnitude_at(doc, span_first, sentence) or _names_a_quake(doc, first, last, after, limit):
        return figure("amount", last, "magnitude", "measure")  # "put the magnitude at 6.1"
    no_noun = unit_word is None or unit_word.pos_ not in ("NOUN", "PROPN")
    if no_noun and _measuring(doc, span_first, sentence):
        return figure("amount", last, "magnitude", "measure")  # "two quakes, measuring 7.6"
    if no_noun and _quake_decimal(doc, first, last, sentence):
        return figure("amount", last, "magnitude", "measure")  # "the USGS said it was 6.1"
    shared = _unit_of_pair(doc, after, limit)
    if shared is not None:  # "the 7.6 and 7.5 magnitude quakes"
        return figure("amount", last, shared, "measure")
    listed = unit_word is None or unit_word.lower_ in (",", "and", "or")
    spans = _span_of_list(doc, after, limit) if listed else None
    if spans is not None:  # "terms of three, five and seven years"
        return figure("duration", last, spans, "duration")
    if hyphenated and unit_lemma != "strong":
        # "four-member team", "10-point plan": a modifier, not a count (but "a 3,000-strong
        # crowd" counts the crowd)
        return None
    if doc[last].lower_ == "billions" and next_lower != "of":
        return None  # "agreed to lend Greece billions": a sum unsaid, no count of people
    return Mention(first=span_first, last=last, anchor=anchor, kind="count", quantity=quantity)


_NOUNS = frozenset({"NOUN", "PROPN"})


def _share_of_a_whole(doc: Doc, first: int, last: int, limit: int) -> tuple[str, int] | None:
    """ "a third of the area's population", "one quarter the power": a share of a whole, a
    percentage; "a quarter of a century": a span in that unit (with the unit's index)."""
    # "two-thirds of the 900 workers", "three quarters of a century"
    plural = (
        doc[last].lower_ in PLURAL_FRACTIONS and _plural_fraction_end(doc, first, limit) == last
    )
    if not plural and (last != first + 1 or doc[last].lower_ not in FRACTIONS):
        return None
    after = last + 1
    of = after < limit and doc[after].lower_ == "of"
    after += 1 if of else 0
    if after + 1 < limit and doc[after].lower_ in ("a", "an"):
        unit = noun_lemma(doc[after + 1])
        if unit in lx.TIME_UNITS:
            return ("duration", after + 1)
        points = after + 2 < limit and doc[after + 2].lemma_.lower() == "point"
        if unit in ("percentage", "basis") and points:
            return ("points", after + 2)  # "a quarter of a percentage point": 0.25 points
        return ("measure", after + 1) if unit in lx.MEASURE_UNITS else None
    by = first > 0 and doc[first - 1].lower_ == "by"
    if not of and by and after < limit and doc[after].lemma_.lower() == "point":
        return ("points", after)  # "cut rates by a quarter point": 0.25 points
    # not an ordinal: "a third person", "a third interception", "a quarter mile"
    if after < limit and (doc[after].tag_ in ("DT", "PRP$") or (of and doc[after].pos_ in _NOUNS)):
        return ("percent", last)
    if not of and _changed_by_a_share(doc, first, last):
        return ("percent", last)  # "crossings rose by a quarter": by 25%
    return None


def _changed_by_a_share(doc: Doc, first: int, last: int) -> bool:
    """ "cut by a third" (not "hit by a third car"): a fraction, not an ordinal nor "one
    more"."""
    after = doc[last + 1] if last + 1 < len(doc) else None
    by = first > 0 and doc[first - 1].lower_ == "by"
    return by and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))


def _figure_reached(doc: Doc, start: int, sentence: Span) -> Mention | None:
    """The figure a change reached, when it has a unit the figure it started from shares
    ("doubled from 2 to 4 GB", "fell from 20 to 15 dollars")."""
    first, last = _number_start(doc, start, sentence.end)
    if first is None:
        return None
    reached = _classify_number(doc, first, last, sentence)
    return reached if reached is not None and reached.kind != "count" else None


def _magnitude_at(doc: Doc, first: int, sentence: Span) -> bool:
    """ "Tehran's seismologic center put the quake's magnitude at 5.9"."""
    before = [t.lower_ for t in doc[max(sentence.start, first - 2) : first]]
    return before == ["magnitude", "at"]


def _names_a_quake(doc: Doc, first: int, last: int, after: int, limit: int) -> bool:
    """ "5.9 Earthquake Jolts Iran": a figure with decimals straight before a quake is its
    magnitude (no one counts 5.9 quakes)."""
    decimal = first == last and re.fullmatch(r"\d\.\d", doc[first].text) is not None
    return decimal and after < limit and doc[after].lower_ in lx.QUAKE_WORDS


def _quake_decimal(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "Tehran put the magnitude at 5.9, but the USGS said it was 6.1", "which had rated the
    quake 4.4": a bare figure with one decimal in a sentence about a quake is its magnitude."""
    figures = [t for t in doc[first : last + 1] if t.lower_ not in _RANGE_JOINERS]
    if len(figures) > 2 or any(re.fullmatch(r"\d\.\d", t.text) is None for t in figures):
        return False  # one figure, or a range of two: "magnitudes ranging from 3.6 to 4.3"
    words = {t.lower_.lstrip("-").removesuffix("s") for t in sentence}
    return not words.isdisjoint(lx.QUAKE_WORDS | {"magnitude", "richter"})


def _measuring(doc: Doc, first: int, sentence: Span) -> bool:
    """A bare figure a quake is "measuring" is its magnitude, and so is the figure paired with
    it ("measuring 7.6 and 7.4", "magnitude 2.9 and 2.2")."""
    before = [t.lower_ for t in doc[max(sentence.start, first - 3) : first]]
    if before[-1:] == ["measuring"]:
        return True
    return (
        len(before) == 3
        and before[0] in ("measuring", "magnitude")  # "magnitude 2.9 and 2.2"
        and before[2] in ("and", "or")
        and _is_number(doc[first - 2])
    )


def _unit_of_pair(doc: Doc, after: int, limit: int) -> str | None:
    """The unit a pair or list of figures shares when only the last names it: "7.6 and 7.5
    magnitude quakes", "5 or 6 kilometres", "terms of three, five and seven years"."""
    unit = _unit_after_list(doc, after, limit)
    if unit is None:
        return None
    if unit.lower_ in ("magnitude", "magnitude-"):
        return "magnitude"
    return lx.MEASURE_UNITS.get(unit.lemma_.lower())


def _span_of_list(doc: Doc, after: int, limit: int) -> str | None:
    """The time unit a list of figures shares: "three, five and seven years" are three
    spans."""
    unit = _unit_after_list(doc, after, limit)
    if unit is None or _is_age(doc, unit.i, limit):
        return None  # "the boys, 5, 7 and 9 years old": ages
    return lx.TIME_UNITS.get(noun_lemma(unit))


def _unit_after_list(doc: Doc, after: int, limit: int) -> Token | None:
    """The word after the last figure of a list that goes on from `after` (", five and seven
    years"), which may be the unit they share."""
    i = after
    while i + 1 < limit and doc[i].text == "," and _is_number(doc[i + 1]):
        i += 2  # ", five"
    if i < limit and doc[i].text == "," and i + 1 < limit and doc[i + 1].lower_ in ("and", "or"):
        i += 1  # the serial comma
    if i + 2 >= limit or doc[i].lower_ not in ("and", "or") or not _is_number(doc[i + 1]):
        return None
    return doc[i + 2]


def _quantity(doc: Doc, hedge_first: int, hedge_end: int, first: int, last: int) -> Quantity | None:
    words = [t.lower_ for t in doc[first : last + 1]]
    if words[0] in ("no", "nobody", "none"):
        return Quantity(0, 0, 0, "exact")
    if (words[0] in ("a", "an") and len(words) == 1) or words[0] in lx.LONG_DURATIONS:
        # "a week", and its hedge: "more than a year", "up to a month"; "about a month" is
        # within a tenth of one, as "about 10" is of ten (not the 0 to 2 "about 1" is); so is
        # "weeklong", "a nearly hourlong speech"
        hedge = " ".join(t.text for t in doc[hedge_first:hedge_end])
        tenths = parse_quantity(f"{hedge} 10".strip())
        return None if tenths is None else _times(tenths, 1, 10)
    of = last + 1 < len(doc) and doc[last + 1].lower_ == "of"
    if words == ["a", "third"] and hedge_end > hedge_first:
        return None  # "Israel believes about a third are dead": a share of a set, no count
    if words == ["a", "third"] and not of and not _changed_by_a_share(doc, first, last):
        return Quantity(1, 1, 1, "exact")  # "killed two and wounded a third": one more
    text = " ".join(t.text for t in doc[hedge_first:hedge_end])
    words = []
    priced = _sign_before(doc, first) is not None
    for token in doc[first : last + 1]:
        if first < token.i and _hyphen_range(doc, token.i - 1, len(doc), priced) is not None:
            words.append("to")  # "40-50 homes": 40 to 50
        elif token.text != "-" and not _is_sign(token) and token.lower_ not in _PERCENT_SIGNS:
            # "$10 million to $15 million", "4.75% to 5.00%": the signs apart
            words.append(_number_text(token))
    text += " " + " ".join(words)
    return parse_quantity(text.strip())


_RANGE_JOINERS = frozenset({"and", "to", "or", "-", "\u2013"})


# what adds a sum to the one before it, and the words of more of it ("plus a further 10 million")
_ADDING_A_SUM = frozenset({"plus", "and"})
_MORE_OF_A_SUM = frozenset({"a", "an", "further", "another", "additional", "up", "to"})


def _currency_of_the_sum_before(
    doc: Doc, span_first: int, first: int, last: int, sentence: Span
) -> str | None:
    """ "a fee of 85 million euros plus 15 million in add-ons", "40 million pounds and a
    further 10 million in bonuses": a scaled figure added to a sum just said is in its
    currency; so is a price's figure the sentence has given sums in one currency before ("up
    to 100 million euros including add-ons, with a basic fee of 90 million")."""
    if not any(t.lower_ in MAGNITUDES for t in doc[first : last + 1]):
        return None
    i = span_first - 1
    priced = i - 1 > sentence.start and doc[i].lower_ == "of"
    if priced and doc[i - 1].lemma_.lower() in _PRICES:
        return _one_currency_before(doc, i - 1, sentence)
    while i > sentence.start and doc[i].lower_ in _MORE_OF_A_SUM:
        i -= 1
    if i <= sentence.start or doc[i].lower_ not in _ADDING_A_SUM:
        return None
    before = doc[i - 1]
    word = _unit_lemma(before)
    # (pounds by the million are sterling, not a weight)
    code = lx.CURRENCY_WORDS.get(word) or ("GBP" if word == "pound" else None)
    if code is None or before.i - 1 < sentence.start:
        return None
    sum_before = doc[before.i - 1]
    return code if sum_before.like_num or sum_before.lower_ in MAGNITUDES else None


# what is a sum of money whatever its figure: "a basic fee of 90 million"
_PRICES = frozenset({"fee", "price", "ransom", "fine", "bid", "salary", "sum"})


def _one_currency_before(doc: Doc, end: int, sentence: Span) -> str | None:
    """The one currency the sentence gives its sums in before `end`: "a deal worth up to 100
    million euros including add-ons, with a basic fee of 90 million" (euros); none when it
    names two."""
    codes: set[str] = set()
    for token in doc[sentence.start : end]:
        if not token.like_num:
            continue
        symbol = _currency_before(doc, token.i, sentence)
        if symbol is not None:
            codes.add(symbol[1])
        after = token.i + 1
        while after < end and doc[after].lower_ in MAGNITUDES:
            after += 1
        word = _unit_lemma(doc[after]) if after < end else ""
        if word in lx.CURRENCY_WORDS:
            codes.add(lx.CURRENCY_WORDS[word])
    return codes.pop() if len(codes) == 1 else None


def _scaled_like_partner(
    doc: Doc, first: int, last: int, limit: int, quantity: Quantity
) -> Quantity:
    """ "from $140 to $150 million", "$184 or $200 million": the first of two sums said apart
    (a price's move, a sum put another way; a range of them is one figure, see `_range_end`)
    takes the second's scale."""
    if any(t.lower_ in MAGNITUDES for t in doc[first : last + 1]):
        return quantity
    after = last + 1
    if after + 3 >= limit or doc[after].lower_ not in _RANGE_JOINERS:
        return quantity
    sign, number, scale = doc[after + 1], doc[after + 2], doc[after + 3]
    if not (sign.is_currency and number.like_num and scale.lower_ in MAGNITUDES):
        return quantity
    factor = MAGNITUDES[scale.lower_]
    # "between $888,600 and $1.4 million": a sum written out in full keeps its own scale
    written_out = quantity.value is not None and abs(quantity.value) >= 1000
    return _times(quantity, factor) if factor >= 1_000_000 and not written_out else quantity


def _tail_of_a_vague_span(doc: Doc, first: int, last: int, sentence: Span, before: str) -> bool:
    """ "within a minute or two", "over the next day or two": the "two" ends a vague span, not
    a count of its own ("one man or two women" counts the women)."""
    if not re.search(r"(?:^|\s)(?:a|an|one|next|last|first|another) [a-z]+ or$", before):
        return False
    noun_after = last + 1 < sentence.end and doc[last + 1].pos_ in ("NOUN", "PROPN")
    return doc[first - 2].pos_ == "NOUN" and not noun_after


def _per_figure(unit: Token) -> bool:
    """ "a day" in "eight hours a day", "four or five times a week", "$100 million a year"."""
    head = unit.head
    if unit.dep_ != "npadvmod" or head.i == unit.i:
        return False
    if head.lower_ in ("after", "before") and any(c.lemma_.lower() == "tax" for c in head.children):
        # "30 million euros a year after tax": the parse hangs the year on "after"
        before = unit.doc[unit.i - 2] if unit.i >= 2 else unit
        return before.like_num or any(c.dep_ == "nummod" for c in before.children)
    return head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in head.children)


def _in_metres(doc: Doc, first: int, last: int, after: int, limit: int) -> bool:
    """ "fell about 600m", "within 80m of the hut", "a 30m-high wave": a glued "m" that
    measures a place or a fall is metres; "peaking at 6.9m", "60m people" are millions."""
    glued = doc[last].text == "m" and last > 0 and not doc[last - 1].whitespace_
    if not (glued or _GLUED_METRES.match(doc[last].text)):
        return False
    following = doc[after].lower_ if after < limit else ""
    if following == "-" and after + 1 < limit:
        following = doc[after + 1].lower_  # "30m-high"
    if following in lx.SPATIAL_AFTER_METRES or doc[first].lower_ == "within":
        return True
    if following in lx.RACE_AFTER_METRES or (
        first >= 2 and doc[first - 1].lower_ == "'s" and doc[first - 2].lower_ in lx.RACE_FIELDS
    ):
        return True
    if first >= 2 and doc[first - 1].lower_ == "by" and doc[first - 2].lower_ == "m":
        return True  # the second side of "measuring 50m by 50m"
    verb = doc[last].head if glued else doc[last]  # the parser may take a lone "m" for a verb
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.lower() in lx.FALLING_VERBS


def _about_a_point(quantity: Quantity) -> Quantity:
    """ "about 54%" is 53-55%, "nearly 65%" 64-65%: a share said about is rounded to the
    point, not a tenth either side of it (48-60% would hold its rival's 46% and more); under
    10% the tenth is the narrower."""
    value = quantity.value
    if quantity.hedge != "about" or not isinstance(value, (int, float)):
        return quantity
    band = min(1.0, abs(value) / 10)
    low = tidy(round(value - band, 6))
    high = value if quantity.high == value else tidy(round(value + band, 6))
    return Quantity(value, low, high, "about")


def _millionth(quantity: Quantity) -> Quantity:
    return _times(quantity, 1, 1_000_000)


def _times(quantity: Quantity, factor: int, divisor: int = 1) -> Quantity:
    def scaled(value: Number | None) -> Number | None:
        # rounded past float noise: "About a quarter" is 22.5 to 27.5%, not 27.500000000000004
        return None if value is None else tidy(round(value * factor / divisor, 9))

    return Quantity(
        scaled(quantity.value), scaled(quantity.low), scaled(quantity.high), quantity.hedge
    )


def _minus_before(doc: Doc, first: int, sentence: Span) -> int | None:
    """Index of "minus" right before a figure ("minus 17", "minus-20"), if there is one."""
    before = first - 1
    if before > sentence.start and doc[before].text == "-" and not doc[before - 1].whitespace_:
        before -= 1
    if before < sentence.start or doc[before].lower_ != "minus":
        return None
    words = [t.lower_ for t in doc[max(sentence.start, before - 2) : before]]
    return None if words == ["plus", "or"] else before  # "plus or minus 2 points": a margin


def _negated(value: Number | None) -> Number | None:
    return None if value is None else -value


def _pounds_sterling(doc: Doc, first: int, last: int, unit: int, limit: int) -> bool:
    """ "(74 million pounds)" after a sum, "85 million pounds in cash": millions of pounds are
    money unless they weigh something ("2 million pounds of beef")."""
    millions = any(t.lower_ in ("million", "billion", "bn", "m") for t in doc[first : last + 1])
    weighs = unit + 1 < limit and doc[unit + 1].lower_ == "of"
    return millions and not weighs


def _is_appositive_age(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "The suspect, 27, was arrested": a bare number between commas after a person ("Tom
    Tennant and William Hakim, both 51, died", "Timmons, now 16, was armed")."""
    between = first - 1 > sentence.start and doc[first - 1].lower_ in ("both", "now", "then")
    comma = first - 2 if between else first - 1
    if comma - 1 < sentence.start or doc[comma].text != ",":
        return False
    person = doc[comma - 1]
    if person.tag_ == "POS" and comma - 2 >= sentence.start:
        person = doc[comma - 2]  # "Reid's, 33, acting abilities"
    bare = doc[first].text.isdigit() and int(doc[first].text) <= MAX_AGE
    after = doc[last + 1] if last + 1 < sentence.end else None
    if after is None or after.text in _AGE_CLOSERS:
        # "Robyn Mendes, 48 - an ex-girlfriend", "his former girlfriend, Robyn Mendes, 48.";
        # "The actress, 33, reportedly": the parser sets it beside the noun as an age
        set_beside = doc[first].dep_ == "appos" and doc[first].head.i == person.i
        return (
            person.ent_type_ == "PERSON"
            or is_person(person)
            or (bare and (person.pos_ == "PROPN" or set_beside))
        )
    # "Andrew Lopez, 20 was found guilty": the closing comma forgotten before the verb;
    # "John Jenkin, 23 and from Cumbria,", "Smith, 23 and Jones, 25": where the person is
    # from, or the next person, follows
    named = person.ent_type_ == "PERSON" and doc[first].text.isdigit()
    following = doc[last + 2] if last + 2 < sentence.end else None
    more_said = (
        after.lower_ == "and"
        and following is not None
        and (following.lower_ in ("from", "of") or following.ent_type_ == "PERSON")
    )
    return named and (after.pos_ in ("AUX", "VERB") or more_said)


def _is_age_list(token: Token) -> bool:
    """ "two sons, 11 and 14", "three children, 5, 7 and 9": bare numbers set beside people
    are their ages ("78 wives, 24 of them under age 17" and "four people, 3 with breathing
    problems", "Casualties: 12 killed" are counts: their figure has words of its own)."""
    if any(c.dep_ in ("prep", "acl") for c in token.children):
        return False
    while token.dep_ == "conj" and token.head.pos_ == "NUM":
        token = token.head
    return (
        not any(c.dep_ == "prep" for c in token.children)
        and token.dep_ == "appos"
        and token.head.pos_ == "NOUN"
        and is_person(token.head)
        and token.text.isdigit()
        and int(token.text) <= MAX_AGE
    )


_AGE_CLOSERS = frozenset({",", ".", ";", ")", "-", "--", "\u2013", "\u2014"})


def _is_age_at(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "died on Thursday at 91.", "at 34, her days were over", "at 26 when he was
    introduced": an age, not a count."""
    if first - 1 < sentence.start or doc[first - 1].lower_ != "at" or first != last:
        return False
    if names_a_tally(doc[first - 1].head, frozenset({"nsubj", "dobj"})):
        return False  # "the death toll now stands at 41", "police put the toll at 41"
    if doc[first - 1].head.lemma_.lower() in lx.TALLY_NOUNS:
        return False  # "with the confirmed toll at 78": the tally's own figure
    if puts_a_figure(doc[first - 1].head, doc[first]):
        return False  # "the ministry put it at 52"
    following = doc[last + 1].lower_ if last + 1 < sentence.end else "."
    value = doc[first].text
    # "the youngest Doctor at 26 when he was introduced"
    closed = following in (",", ".", ")", ";", "when")
    return closed and value.isdigit() and int(value) <= MAX_AGE


def _is_code(doc: Doc, last: int, limit: int) -> bool:
    """ "4G", "320GB drive", "i7": a number glued to letters names a thing or a model."""
    if doc[last].lower_ == "m" and last > 0 and not doc[last - 1].whitespace_:
        return _model_number(doc, last - 1)  # the M read as millions
    if doc[last].whitespace_ or last + 1 >= limit:
        return False
    glued = doc[last + 1]
    lemma = glued.lemma_.lower()
    known = lemma in lx.MEASURE_UNITS or lemma in lx.TIME_UNITS or lemma in _MAGNITUDE_WORDS
    known = known or glued.text in _SHORT_UNITS  # "187g", not "4G"
    return glued.is_alpha and not known and glued.lower_ not in lx.PERCENT_WORDS


def _model_number(doc: Doc, number: int) -> bool:
    """ "the 9400M", "GeForce GT 650m": an M glued to four plain digits, or to digits after an
    acronym, names a chip, not millions ("$650m", "8848m" are sums and heights)."""
    digits = doc[number].text
    if not digits.isdigit():
        return False
    if len(digits) >= 4 and doc[number + 1].text == "M":
        return True
    before = doc[number - 1] if number > 0 else None
    return before is not None and _ACRONYM.match(before.text) is not None


_NUMBERED_STAGES = frozenset({"week", "day", "round", "stage", "game", "leg", "phase", "episode"})


_STORMS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})


def _storm_category(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "made landfall as a Category 3 storm", "Milton, now a Category 5": a storm's strength
    on its scale (1 to 5), in a sentence that names a storm."""
    if first != last or first == sentence.start or doc[first - 1].lower_ != "category":
        return False
    if doc[first].text not in ("1", "2", "3", "4", "5"):
        return False
    return any(t.lemma_.lower() in _STORMS or t.lower_ in _STORMS for t in sentence)


def _numbered_stage(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """A number after "week", "day", "round"... names that stage; not after "a day" or "one
    single day" ("in a single day 40 people were killed" counts the 40)."""
    if first != last or first == sentence.start or doc[first - 1].lower_ not in _NUMBERED_STAGES:
        return False
    before = doc[first - 2].lower_ if first - 2 >= sentence.start else ""
    return before not in _ONE_OF_THEM and not doc[first - 2 : first - 1].text.isdigit()


_ACRONYM = re.compile(r"^(?:[A-Z][A-Z-]*[A-Z]|i[A-Z][A-Za-z]*)$")  # "USB", "SEA-ME-WE", "iOS"
# a version: "3", "3.0", "10.8"
_VERSION = re.compile(r"^\d{1,2}(?:\.\d{1,2})?$")


def _after_acronym(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """A small bare number after a capitalised acronym names a model, a line or a version
    ("SEA-ME-WE 3 cable", "USB 3.0 ports", "iOS 6"), unless the acronym is a shouted
    headline's verb ("IRAN QUAKE KILLS 10")."""
    if first != last or first == sentence.start or not _VERSION.match(doc[first].text):
        return False
    name = doc[first - 1].text
    if not _ACRONYM.match(name) or sentence.text.isupper():
        return False
    word = name.lower()
    return not {word, word.removesuffix("s")} & lx.HEADLINE_VERBS


def _before_a_models_acronym(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """A number before a capitalised acronym and a version names a model with it ("737 MAX 9
    jets": no 737 jets; not "20 NATO countries", no version after, nor "3 USB 2.0 ports", a
    model's number has three digits)."""
    if first != last or last + 2 >= sentence.end or sentence.text.isupper():
        return False
    if not re.fullmatch(r"\d{3,4}", doc[first].text):
        return False
    return bool(_ACRONYM.match(doc[last + 1].text)) and bool(_VERSION.match(doc[last + 2].text))


_ONE_OF_THEM = frozenset(
    {"a", "an", "one", "each", "every", "per", "single", "same", "that", "this", "whole"}
)


def _is_designation(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "Route 52", "Internet Explorer 7", "Week 16", "Curve 8900": digits that the name
    before them governs name a road, a version or a model, not a count. A headline's
    capitalised verb ("Quake Kills 10") is not such a name."""
    if _numbered_stage(doc, first, last, sentence):
        return True  # "the Week 15 loss", "signed in week 12", "Day six of the revolt"
    if _after_acronym(doc, first, last, sentence):
        return True  # "the SEA-ME-WE 3 cable", "a USB 3 port"
    if _before_a_models_acronym(doc, first, last, sentence):
        return True  # "loose bolts on 737 MAX 9 jets"
    if _decimal_version(doc, first, last, sentence):
        return True  # "a Bluetooth 2.1 + EDR module"
    if _hyphenated_model(doc, first, last, sentence):
        return True  # "all 101 Boeing 737-800 jets"
    if first >= 2 and doc[first - 2].lower_ == "world" and doc[first - 1].lower_ == "war":
        return True  # "since World War Two", "World War 2": a war's name
    if first != last or first == sentence.start or not doc[first].text[:1].isdigit():
        return False
    if last + 1 < sentence.end and doc[last + 1].lower_ in _PERCENT_SIGNS:
        return False  # "took 43.6 percent of the vote and Labour 32.1 percent": a share
    if _THOUSANDS.match(doc[first].text):
        return False  # "Deaths by area: Gaza City 12,000; Rafah 6,200": no model is so written
    name, number = doc[first - 1], doc[first]
    # "the BlackBerry® 10 platform": a trademark's sign says the name goes on with the number,
    # whatever the parse makes of the sign
    if name.text in _MARKS and first - 2 >= sentence.start:
        name = doc[first - 2]
        return name.pos_ == "PROPN" and name.text[:1].isupper()
    if _gapped_count(name, number):
        return False  # "Indonesia reported 199 deaths and Jordan 68"
    # "the Curve 8900": the name modifies the number; "the BlackBerry 10 platform", "the
    # Bluetooth version 2.0 can be used": the two hang on one word
    modifies = name.dep_ in ("compound", "nmod") and name.head.i == first
    siblings = name.head.i == number.head.i not in (first, name.i)
    if number.head.i != name.i and not modifies and not siblings:
        return False
    if name.lower_ in lx.NUMBERED_PLACES:
        return True  # "Highway 214 was closed", "flight 370", "Interstate 5"
    capitalised_noun = name.pos_ == "NOUN" and number.head.i == name.i and not _title_case(sentence)
    # "the Sea Me We 4 cable": a pronoun capitalised inside a sentence is a word of a name
    named_by_pronoun = name.pos_ == "PRON" and name.text != "I" and name.i > sentence.start
    named_by_pronoun = named_by_pronoun and doc[name.i - 1].is_alpha and not _title_case(sentence)
    named = name.pos_ == "PROPN" or capitalised_noun or named_by_pronoun
    camel = name.text[:1].islower() and any(c.isupper() for c in name.text[1:])  # "iPhone 15"
    if not named or not (name.text[:1].isupper() or camel):
        return False  # "OS X 10.8", "Intel HD Graphics 3000": a capitalised noun before it
    if name.lower_ in lx.MEASURE_UNITS or _storm_category(doc, first, last, sentence):
        return False  # "Magnitude 4.6", "a Category 4 hurricane" measure
    return not _a_headline_verb(name)


# trademark signs between a name and its number, as written or as a lost character
_MARKS = frozenset({"®", "™", "\ufffd"})


def _gapped_count(name: Token, number: Token) -> bool:
    """ "Indonesia reported 199 deaths and Jordan 68": a name joined by "and" to a counted noun,
    with the verb and the noun left out, and its own figure right after it."""
    first = name
    while first.dep_ == "conj" and first.head.pos_ == "PROPN":
        first = first.head  # "Georgia 15, Florida 11 and North Carolina one": the list's first
    counted = _counted_by_the_verb_before(first) or first.head
    if number.head.i != name.i or counted.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "nummod" and c.like_num for c in counted.children):
        return False
    if first.dep_ in ("appos", "npadvmod", "dep"):
        # "South Carolina reported 17 deaths, Georgia 15, Florida 11": places listed after it
        return first.ent_type_ in ("GPE", "LOC") and name.ent_type_ in ("GPE", "LOC")
    return first.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in counted.children
    )


def _counted_by_the_verb_before(first: Token) -> Token | None:
    """ "Guinea has reported 380 deaths, Liberia 413": the place a list of places starts with
    that the parse hangs on the verb, whose object is the counted noun before it."""
    if first.dep_ not in ("npadvmod", "dep") or first.ent_type_ not in ("GPE", "LOC"):
        return None
    counted = next((c for c in first.head.children if c.dep_ == "dobj"), None)
    if counted is None or counted.pos_ != "NOUN" or counted.i > first.i:
        return None
    return counted


def _before_a_model_name(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "last year's 14 Pro Max", "the 15 Pro": digits before a singular proper noun they
    modify name a model (no one counts one Pro); not in a title-case headline."""
    if first != last or not doc[first].text.isdigit() or first + 1 >= sentence.end:
        return False
    name, number = doc[first + 1], doc[first]
    before = first - 1
    while before > sentence.start and doc[before].tag_ in ("JJ", "JJR", "JJS"):
        before -= 1  # "the larger 15 Pro Max"
    return (
        before >= sentence.start
        and doc[before].tag_ in ("DT", "PRP$", "POS")  # not "47 KO's", "seizing 12 Somali"
        and name.tag_ == "NNP"
        and name.lower_ not in lx.MEASURE_UNITS  # "a 256GB SSD upgrade" measures
        and name.text[:1].isupper()
        and number.head.tag_ == "NNP"
        and number.head.i > first
        and not _title_case(sentence)
    )


def _hyphenated_model(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "Boeing 737-800 jets", "Tupolev 154-M": digits joined by a hyphen straight after a
    maker's name are a model, not a range of counts (a range follows a hedge or a verb: "some
    40-50 homes", "killed 40-50 people")."""
    if last != first + 2 or first == sentence.start or doc[first + 1].text not in ("-", "–"):
        return False
    name = doc[first - 1]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or _title_case(sentence):
        return False
    return not _a_headline_verb(name)


def _a_headline_verb(word: Token) -> bool:
    """A headline's capitalised verb ("Quake Kills 10", "Hamas Frees 3"), not a name."""
    lower = word.lower_
    return bool({lower, lower.removesuffix("s"), lower.removesuffix("es")} & lx.HEADLINE_VERBS)


_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def _title_case(sentence: Span) -> bool:
    """A headline with every word capitalised ("Gaza Death Toll 47,035")."""
    words = [t for t in sentence if t.is_alpha and t.pos_ in ("NOUN", "VERB", "ADJ", "ADV")]
    return all(t.text[:1].isupper() for t in words)


def _decimal_version(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "a Bluetooth 2.1 + EDR module", "Android 4.0": a decimal right after a capitalised
    name, with no unit or noun after it, is a version."""
    if first != last or first == sentence.start or not _DECIMAL_VERSION.match(doc[first].text):
        return False
    name = doc[first - 1]
    named = name.pos_ in ("PROPN", "NOUN") and name.text[:1].isupper()
    if not named or name.lower_ in lx.MEASURE_UNITS:
        return False
    following = doc[last + 1] if last + 1 < sentence.end else None
    return following is None or following.pos_ in ("PUNCT", "CCONJ", "SYM", "ADP")


_DECIMAL_VERSION = re.compile(r"^\d{1,2}\.\d{1,2}$")
_LIST_JOINERS = frozenset({",", "and", "or", "to", "&", "through"})
_GLUED_VERSION = re.compile(r"^[A-Za-z]+\d{1,2}(?:\.\d{1,2})?$")  # "IE6", "IE11"


def _listed_version(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "IE6, 7, 8, 9, 10, and 11", "Internet Explorer 8 and 9", "versions 6, 7, 8, and 9": a
    bare number listed after a version names a version too; not one that counts a noun."""
    if first != last or not _VERSION.match(doc[first].text) or first == sentence.start:
        return False
    number = doc[first]
    if number.dep_ == "nummod" and number.head.i > first and number.head.pos_ == "NOUN":
        return False  # "versions 8 and 9 people"
    if last + 1 < sentence.end and doc[last + 1].pos_ == "NOUN":
        return False
    if doc[first - 1].lower_ in ("version", "versions"):
        return True
    for i in range(first - 1, max(sentence.start, first - 4) - 1, -1):
        token = doc[i]
        if token.lower_ in _LIST_JOINERS:
            continue
        if i == first - 1:
            return False  # no list
        if _GLUED_VERSION.match(token.text):
            return True
        if _day_after_a_month(doc, i):
            return False  # "taken hostage on Oct. 7, 97 remain": a day, then a count
        if _named_item(token) and _closes_an_item(doc, last, sentence):
            return True  # "Windows XP, Vista, 7, 8, and 8.1": a product's names and versions
        # "Internet Explorer 8 and 9": the item before is a version, named or listed
        return _VERSION.match(token.text) is not None and (
            _is_designation(doc, i, i, sentence) or _listed_version(doc, i, i, sentence)
        )
    return False


# what a listed name may not be for a number after it to be another name in the list: a
# person, a people or a day ("Smith, Jones, 15 each")
_NOT_LISTED_NAMES = frozenset({"NORP", "PERSON", "DATE", "TIME"})


def _named_item(token: Token) -> bool:
    """A proper noun listed after another ("Windows XP, Vista"): names of one kind, to
    which a bare number listed after them belongs (the tagger takes "Vista" for a place)."""
    if token.pos_ != "PROPN" or token.ent_type_ in _NOT_LISTED_NAMES:
        return False
    before = token.i - 1
    if before < 1 or token.doc[before].lower_ not in _LIST_JOINERS:
        return False
    return token.doc[before - 1].pos_ == "PROPN"


def _closes_an_item(doc: Doc, last: int, sentence: Span) -> bool:
    """A bare number that ends its item of a list: a joiner or the sentence's end after it."""
    after = last + 1
    return after >= sentence.end or doc[after].lower_ in _LIST_JOINERS or doc[after].is_punct


def _day_after_a_month(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].is_title and day_of_month_named(doc[i - 1 : i + 1].text)


def _code_tail(doc: Doc, first: int, sentence: Span) -> bool:
    """ "CVE-2013-3893": digits hyphen-glued to a code of letters and digits."""
    if first - 2 < sentence.start or doc[first - 1].text != "-" or doc[first - 1].whitespace_:
        return False
    code = doc[first - 2]
    glued = not code.whitespace_
    return glued and any(c.isalpha() for c in code.text) and any(c.isdigit() for c in code.text)


def _is_address(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "24 Independent Street", "the 2500 block of Oregon 214": a house or block number."""
    if first != last or not doc[first].text.isdigit() or last + 1 >= sentence.end:
        return False
    following = doc[last + 1]
    if following.lower_ == "block" and doc[first].text != "1":
        return True  # a count of blocks would say "blocks"
    street = doc[first].head
    between = doc[last + 1 : street.i]
    return (
        street.i > last
        and street.lower_ in lx.STREET_WORDS
        and street.text[:1].isupper()
        and all(t.pos_ == "PROPN" for t in between)
    )


def _is_dimension(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "a large four-by-four car", "a 10-by-12 cell": sizes or a kind of car, not counts."""
    after = doc[last + 1 : min(last + 3, sentence.end)]
    before = doc[max(first - 2, sentence.start) : first]
    return (len(after) == 2 and after[0].text == "-" and after[1].lower_ == "by") or (
        len(before) == 2 and before[0].lower_ == "by" and before[1].text == "-"
    )


def _in_title(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "the FBI's Top Ten Wanted list": a number word inside a capitalised name."""
    if first == sentence.start or last + 1 >= sentence.end or not doc[first].text[:1].isupper():
        return False
    before, after = doc[first - 1], doc[last + 1]
    return before.text[:1].isupper() and after.text[:1].isupper() and after.pos_ == "PROPN"


def _opens_a_quoted_title(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """'"12 Years a Slave" won best picture': a figure opening a short quoted name, a film's
    or a book's, capitalised and with no verb (not a quoted "We lost 12 people")."""
    if first == sentence.start or doc[first - 1].text not in _QUOTE_MARKS:
        return False
    if last + 1 >= sentence.end or not doc[last + 1].text[:1].isupper():
        return False
    for j in range(last + 1, min(sentence.end, last + _TITLE_REACH)):
        comma_then_quote = (
            doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].text in _QUOTE_MARKS
        )
        if doc[j].text in _QUOTE_MARKS or comma_then_quote:
            return True
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct:
            return False
    return False


_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
_TITLE_REACH = 8
_HOURS = frozenset({"h", "hr", "h.", "hr."})
# how an exchange rate names the currency it is against: "149.8 per dollar", "7.3 to the
# dollar", "1.08 against the euro"
_AGAINST = (("per",), ("to", "the"), ("against", "the"))


def _rate_against_a_currency(doc: Doc, after: int, limit: int) -> tuple[str, int] | None:
    """The currency a bare figure is a price in, and the rate's last token."""
    for words in _AGAINST:
        end = after + len(words)
        if end >= limit or [t.lower_ for t in doc[after:end]] != list(words):
            continue
        code = lx.CURRENCY_WORDS.get(doc[end].lemma_.lower())
        if code is None or doc[end].dep_ == "compound":  # not "the dollar store"
            return None
        return code, end
    return None


def _per_hour(doc: Doc, unit_index: int, limit: int) -> tuple[str, int] | None:
    """A speed after a number, and its last token: "km/h", "miles per hour", "miles an hour"."""
    word = doc[unit_index].lower_
    if word in ("km/h", "kph", "km/hr"):
        return "km/h", unit_index
    if word in ("mph",):
        return "mph", unit_index
    distance = lx.MEASURE_UNITS.get(noun_lemma(doc[unit_index]))
    if distance not in ("miles", "km"):
        return None
    per = [t.lower_ for t in doc[unit_index + 1 : min(limit, unit_index + 3)]]
    if per in (["per", "hour"], ["an", "hour"], ["a", "hour"]):
        return ("mph" if distance == "miles" else "km/h"), unit_index + 2
    if per[:1] == ["/"] and unit_index + 2 < limit and doc[unit_index + 2].lower_ in _HOURS:
        return "km/h" if distance == "km" else "mph", unit_index + 2
    return None


_INCH_MARKS = frozenset({'"', "\u2033", "''"})


def _in_for_inches(doc: Doc, last: int, limit: int) -> bool:
    """ "maxing out at 0.68 in or 17 mm": "in" after a figure and before its conversion to a
    length ("or 17 mm", "/ 43cm") abbreviates inches (not "one in four", "5 in 10 people")."""
    if last + 3 >= limit or doc[last + 1].lower_ != "in" or doc[last + 2].lower_ not in ("or", "/"):
        return False
    other = doc[last + 3]
    if _GLUED_LENGTH.fullmatch(other.text):
        return True
    unit = doc[last + 4] if last + 4 < limit else None
    named = lx.MEASURE_UNITS.get(unit.lemma_.lower(), "") if unit is not None else ""
    return other.like_num and lx.MEASURE_BASE.get(named, ("",))[0] == "km"


_GLUED_LENGTH = re.compile(r"[\d.,]+(?:mm|cm|m)", re.IGNORECASE)


def _inch_mark(doc: Doc, last: int, start: int, limit: int) -> bool:
    """'a 3.1" touch screen': a double prime glued to a number and followed by a word is
    inches; not a quotation mark that closes one the sentence opened ('"I saw 3" and left').
    """
    mark = last + 1
    # a mark glued to a number before it ('the 17" MacBook Pro') is an inch mark, no quote
    quotes = [t for t in doc[start:last] if t.text == '"' and not _after_glued_number(t)]
    opened = len(quotes) % 2 == 1
    return (
        not doc[last].whitespace_
        and mark + 1 < limit
        and doc[mark].text in _INCH_MARKS
        and doc[mark + 1].is_alpha
        and bool(doc[mark].whitespace_)
        and not opened
    )


def _after_glued_number(mark: Token) -> bool:
    if mark.i == 0:
        return False
    before = mark.doc[mark.i - 1]
    return before.like_num and not before.whitespace_ and bool(mark.whitespace_)


_IN_A_ROW = frozenset({"straight", "consecutive", "successive", "full"})
_MORE_OF_A_SPAN = frozenset({"more", "additional", "extra", "further"})
# figures whose "more" + time unit is no span (see `_following_word`)
_NO_SPAN_BEFORE_MORE = lx.VAGUE_WORDS | {"one", "1"}


# units written in a letter, in lower case only ("187g", not a "3G" network)
_SHORT_UNITS = {"g": "gram"}


def _scale_after(doc: Doc, after: int, limit: int) -> tuple[str, int] | None:
    """A temperature's scale written after its number: "51 C", "47.6 °C", "40 °" (degrees)."""
    if after >= limit:
        return None
    word = doc[after].text
    if word in ("°C", "°F"):
        return word, after
    if word == "°":
        if after + 1 < limit and doc[after + 1].text in ("C", "F"):
            return f"°{doc[after + 1].text}", after + 1
        return "degrees", after
    if word in ("C", "F") and (after + 1 >= limit or doc[after + 1].text not in (".", "-")):
        return f"°{word}", after
    return None


_COMPARED_FROM = frozenset({"from", "than", "with", "over", "since"})


def _a_time_to_compare_with(doc: Doc, first: int, unit_index: int, limit: int) -> bool:
    """ "up from a year earlier", "compared with a year before", "than a month earlier"; not
    a span compared ("eight hours of battery life - up from five hours before")."""
    after = doc[unit_index + 1].lower_ if unit_index + 1 < limit else ""
    before = doc[first - 1].lower_ if first > 0 else ""
    one = doc[first].lower_ in ("a", "an", "one")
    return one and after in ("earlier", "before", "prior") and before in _COMPARED_FROM


# each time unit and the next smaller one it is a whole number of
_SMALLER_UNIT = {
    "years": ("months", 12),
    "weeks": ("days", 7),
    "days": ("hours", 24),
    "hours": ("minutes", 60),
    "minutes": ("seconds", 60),
}


def _and_smaller_units(
    doc: Doc, unit_index: int, limit: int, unit: str
) -> tuple[int, float, str, int] | None:
    """ "2 hours and 35 seconds", "three years and nine months", "1 hour, 5 minutes and 3
    seconds": the smaller units said after a span, as (what one of its first unit is in the
    smallest, the rest in the smallest, the smallest unit, the index of its word)."""
    scale, rest, current, end = 1, 0.0, unit, None
    i = unit_index + 1
    while True:
        j = i + (i < limit and doc[i].text == ",")
        j += j < limit and doc[j].lower_ == "and"
        if j + 1 >= limit:
            break  # "1 hr 15 min" needs no comma: only a smaller unit is taken
        number = parse_number(doc[j].text)
        next_unit = lx.TIME_UNITS.get(_unit_lemma(doc[j + 1]))
        factor = 1
        step = current
        while step != next_unit and step in _SMALLER_UNIT:
            step, times = _SMALLER_UNIT[step]
            factor *= times
        if number is None or next_unit is None or step != next_unit or factor == 1:
            break
        if number >= factor:
            break  # "more than an hour, 78 minutes in all": the span again, in other units
        scale, rest = scale * factor, rest * factor + number
        current, end, i = next_unit, j + 1, j + 2
    return None if end is None else (scale, rest, current, end)


def _won_as_money(doc: Doc, last: int, word: Token) -> bool:
    """ "15 billion won", "a fine of 15.1 billion won": South Korea's currency after a sum's
    magnitude or read as a noun (not the verb: "the 12 who won")."""
    if word.lower_ != "won":
        return False
    return doc[last].lower_ in MAGNITUDES or (word.pos_ == "NOUN" and word.dep_ != "ROOT")


def _national_currency(doc: Doc, start: int, limit: int) -> tuple[str, int] | None:
    """The currency a country's adjective and a currency's word name together, and the index
    of that word: "Swedish crowns" (SEK), "Australian dollars" (AUD), "Hong Kong dollars"."""
    for width in (2, 1):
        end = start + width
        if end >= limit:
            continue
        nation = " ".join(t.lower_ for t in doc[start:end])
        money = doc[end].lower_
        money = lx.CURRENCY_PLURALS.get(money, money.removesuffix("s"))
        code = lx.NATIONAL_CURRENCIES.get((nation, money))
        if code is not None:
            return code, end
    return None


def _unit_lemma(word: Token) -> str:
    return _SHORT_UNITS.get(word.text.removesuffix("."), noun_lemma(word))


def _following_word(doc: Doc, after: int, limit: int) -> tuple[int | None, bool]:
    """The word right after a number ("months"), skipping a hyphen ("42-day")."""
    if after >= limit:
        return None, False
    if _dash_plus(doc, after, limit):
        return _following_word(doc, after + 2, limit)[0], False  # "three-plus seasons"
    if doc[after].text in ("-", "–") and after + 1 < limit:
        if doc[after].whitespace_:
            return None, False  # "killing two– at the plant": a dash that ends an aside
        return after + 1, True
    # (not "hundreds more years": a vague count of years, as "hundreds of years more" is;
    # nor "ONE MORE YEAR!", a crowd's chant)
    plain = after > 0 and doc[after - 1].lower_ not in _NO_SPAN_BEFORE_MORE
    more = plain and doc[after].lower_ in _MORE_OF_A_SPAN
    in_a_row = (doc[after].lower_ in _IN_A_ROW or more) and after + 1 < limit
    if in_a_row and doc[after + 1].lemma_.lower() in lx.TIME_UNITS:
        # "for 10 consecutive years", "three straight days", "gets 5 more years": a span
        return after + 1, False
    if doc[after].is_alpha or doc[after].lower_ in ("km/h", "km/hr"):
        return after, False
    if doc[after].text.removesuffix(".") in _SHORT_UNITS:
        return after, False  # "206g." with the sentence's full stop
    return None, False


def _is_age(doc: Doc, unit_index: int, limit: int) -> bool:
    """ "73-year-old", "27 years old": an age is not a count of anything."""
    window = " ".join(t.lower_ for t in doc[unit_index : min(limit, unit_index + 4)])
    return bool(re.match(r"(?:year|month|week)s?\s*-?\s*olds?\b", window))


def _is_year(doc: Doc, first: int, last: int) -> bool:
    """ "2013 results", "the 2008 election": a year, unless it counts people ("2000 people")
    or measures ("fell 2000ft")."""
    token = doc[first]
    if first != last or not _YEAR_LIKE.match(token.text):
        return False
    if token.ent_type_ == "DATE":
        return True
    head = token.head
    counts_people = token.dep_ == "nummod" and head.tag_ == "NNS" and is_person(head)
    unit = doc[first + 1] if first + 1 < len(doc) else None
    measures = unit is not None and noun_lemma(unit) in lx.MEASURE_UNITS
    return not counts_people and not measures


# the dollars of other countries, said by a prefix before "$"
_DOLLAR_PREFIXES = {"NT": "TWD", "HK": "HKD", "NZ": "NZD", "US": "USD"}


_RUPEE_SIGNS = frozenset({"Rs", "Rs.", "INR", "₹"})


def _currency_before(doc: Doc, index: int, sentence: Span) -> tuple[int, str] | None:
    if index > sentence.start:
        symbol = doc[index - 1].lower_
        if symbol == "$" and index - 2 >= sentence.start:
            dollar = _DOLLAR_PREFIXES.get(doc[index - 2].text)  # "NT $53.8", "HK $2 billion"
            if dollar is not None:
                return index - 2, dollar
        if symbol in lx.CURRENCY_SYMBOLS:
            return index - 1, lx.CURRENCY_SYMBOLS[symbol]
        if doc[index - 1].text in _RUPEE_SIGNS:
            return index - 1, "INR"  # "Rs 2 lakh", "₹500 crore"
        split = index - 2 >= sentence.start and doc[index - 1].text == "."
        if split and doc[index - 2].text == "Rs":
            return index - 2, "INR"  # "Rs. 500 crore", the stop split off
    token = doc[index]
    glued = _glued_currency(token)
    if glued is not None:
        return index, glued[0]
    if token.text[:1] in lx.CURRENCY_SYMBOLS:
        return index, lx.CURRENCY_SYMBOLS[token.text[:1]]
    return None
