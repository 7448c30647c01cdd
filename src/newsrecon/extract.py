"""spaCy Docs -> Claims: find every figure in a sentence and what it is a figure of.

The only stage that touches tokens. For each sentence it finds date expressions and number
expressions, decides what kind of figure each is (count, amount, duration, date), and reads
from the dependency parse what is counted, what happened to it, where, and who says so.
What leaves this module is typed data with character offsets into the article's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsrecon import lexicon as lx
from newsrecon.dates import (
    MONTHS,
    WEEKDAYS,
    Tense,
    find_date_expressions,
    is_bare_month_or_year,
    resolve_date,
)
from newsrecon.models import (
    Article,
    ArticleProfile,
    Category,
    Claim,
    ClaimKind,
    Mood,
)
from newsrecon.nlp import Segment
from newsrecon.numbers import Quantity, parse_quantity, split_hedge

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
_GLUED_MAGNITUDE = re.compile(r"^magnitude-?(?P<number>\d+(?:\.\d+)?)$", re.IGNORECASE)
_MAGNITUDE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "bn", "m"}
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


def extract_claims(article: Article, segments: Iterable[Segment]) -> list[Claim]:
    """Every claim in `article`, given its analysed segments (Docs with their offsets in the
    article's text), in text order."""
    claims: list[Claim] = []
    for segment in segments:
        for sentence in segment.doc.sents:
            for mention in find_mentions(sentence):
                claim = _to_claim(article, segment.offset, sentence, mention, len(claims))
                if claim is not None:
                    claims.append(claim)
    return claims


_STORY_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT"}


def profile_article(article: Article, docs: Iterable[Doc]) -> ArticleProfile:
    """The names and words of an article, counted: what stories are told apart by. Reads
    only what the fast pass gives (entities, token text), so every sentence counts."""
    names: dict[str, int] = {}
    words: dict[str, int] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in _STORY_ENTITY_LABELS:
                name = re.sub(r"^the\s+|['’]s$", "", ent.text.lower()).strip()
                if len(name) > 1:
                    names[name] = names.get(name, 0) + 1
        for token in doc:
            if token.is_alpha and not token.is_stop and len(token) > 2 and not token.ent_type_:
                word = token.lower_
                words[word] = words.get(word, 0) + 1
    return ArticleProfile(article=article.id, date=article.date, names=names, words=words)


def find_mentions(sentence: Span) -> Iterator[Mention]:
    """Date and number mentions of one sentence, with kind and normalised value."""
    taken: set[int] = set()
    date_mentions = list(_date_mentions(sentence, taken))
    number_mentions = list(_number_mentions(sentence, taken))
    yield from sorted(date_mentions + number_mentions, key=lambda m: m.first)


# --- dates -----------------------------------------------------------------------------------


_DATELINE_VERBS = frozenset({"update", "publish", "post", "modify", "file", "write", "last"})


def is_dateline(sentence: Span) -> bool:
    """ "Updated: July 2, 2013 15:01 IST", "AFP, Tuesday 2 Jul 2013": when the page was
    published, not a date the story reports. Such a sentence has no verb but these."""
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
        if any(t.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT") for t in span):
            continue
        if is_bare_month_or_year(span.text) and not all(t.ent_type_ == "DATE" for t in span):
            continue  # "May" the verb, "2008" the figure: only what spaCy also calls a date
        if (
            span.ents
            and _looks_like_duration_or_age(span.ents[0])
            and span.ents[0].start == span.start
        ):
            continue
        span = _trim_preposition(span)
        taken.update(t.i for t in span)  # a dateline's numbers are not counts either
        if not dateline:
            yield Mention(first=span.start, last=span.end - 1, anchor=span.root, kind="date")


def _trim_preposition(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ in ("on", "in", "since", "by", "until", "from"):
        return span[1:]
    return span


def _looks_like_duration_or_age(ent: Span) -> bool:
    words = {t.lemma_.lower() for t in ent}
    has_number = any(t.like_num or t.lower_ in ("a", "an") for t in ent)
    if "ago" in words:
        return False
    return has_number and bool(words & (set(lx.TIME_UNITS) | {"old", "long", "-year"}))


def date_tense(token: Token) -> Tense:
    """Which way the verb governing a date points: "will meet on Tuesday" is future.

    "would" is left unknown: in reported speech ("said he would meet on Monday") it points
    back from the time of speaking, and the nearest such day is the best reading.
    """
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is not None and before.lower_ == "since":
        return "past"
    verb = governing_verb(token)
    for _ in range(3):
        if verb is None:
            return "unknown"
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"will", "'ll", "shall"}:
            return "future"
        if "would" in auxes:
            return "unknown"
        if _mood(verb) == "planned":
            return "future"
        if verb.tag_ in ("VBD", "VBN") or auxes & {"has", "have", "had", "was", "were"}:
            return "past"
        if verb.tag_ == "VBG" and auxes & {"is", "are", "'s", "'re", "am"}:
            return "future"
        if verb.tag_ in ("VBZ", "VBP"):
            return "future"
        # an untensed verb ("freeing ... on Tuesday") takes its tense from the clause above,
        # but not from a verb of saying: "'he's coming on Tuesday,' Trump said" is not past
        verb = governing_verb(verb.head) if verb.head is not verb else None
        if verb is not None and verb.lemma_.lower() in lx.REPORTING_VERBS:
            return "unknown"
    return "unknown"


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
    magnitude = _GLUED_MAGNITUDE.match(token.text)
    if magnitude is not None:
        return magnitude.group("number")
    return token.text


def _is_number(token: Token) -> bool:
    if _NOT_A_FIGURE.search(token.text) and not token.text.startswith("0."):
        return False
    return bool(token.like_num or _NUMBER_WITH_SUFFIX.match(token.text))


def _number_run_end(doc: Doc, start: int, limit: int) -> int:
    """Index of the last token of the number words starting at `start` ("2.4 million")."""
    end = start
    i = start + 1
    while i < limit:
        token = doc[i]
        if (_is_number(token) and not token.text[0].isdigit()) or token.lower_ in _MAGNITUDE_WORDS:
            end = i
        elif (
            token.lower_ in _NUMBER_WORD_JOINERS
            and i + 1 < limit
            and not doc[i + 1].text[0].isdigit()
            and (
                # "twenty-five", "two hundred and fifty"; after digits only "110-billion"
                (_is_number(doc[i + 1]) and not doc[end].text[0].isdigit())
                or doc[i + 1].lower_ in _MAGNITUDE_WORDS
            )
        ):
            end = i + 1
            i += 1
        else:
            break
        i += 1
    return end


def _number_mentions(sentence: Span, taken: set[int]) -> Iterator[Mention]:
    doc = sentence.doc
    i = sentence.start
    while i < sentence.end:
        if i in taken:
            i += 1
            continue
        start, end = _number_start(doc, i, sentence.end)
        if start is None:
            i += 1
            continue
        mention = _classify_number(doc, start, end, sentence)
        taken.update(range(start, (mention.last if mention else end) + 1))
        if mention is not None:
            yield mention
        i = max(end, mention.last if mention else end) + 1


def _number_start(doc: Doc, i: int, limit: int) -> tuple[int | None, int]:
    """(first, last) token indices of a number expression starting at i, or (None, i)."""
    token = doc[i]
    lower = token.lower_
    if lower in lx.VAGUE_WORDS:
        followed_by_of = i + 2 < limit and doc[i + 1].lower_ == "of"
        if lower in ("tens", "scores") and not followed_by_of:
            return None, i  # "scores" alone is a game's, not "scores of people"
        end = i
        if i + 2 < limit and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in lx.VAGUE_WORDS:
            end = i + 2  # "tens of thousands", "hundreds of thousands"
        return i, end
    if lower in ("a", "an", "half") and i + 1 < limit and doc[i + 1].lower_ in _MAGNITUDE_WORDS:
        return i, _number_run_end(doc, i + 1, limit)
    half_a = lower == "half" and i + 2 < limit and doc[i + 1].lower_ == "a"
    if half_a and doc[i + 2].lower_ in _MAGNITUDE_WORDS:
        return i, _number_run_end(doc, i + 2, limit)
    if lower == "several":
        return i, i
    if lower == "a" and i + 1 < limit and doc[i + 1].lower_ in ("handful", "few", "couple"):
        return i, i + 1
    if _glued_currency(token) is not None or _GLUED_MAGNITUDE.match(token.text):
        return i, _number_run_end(doc, i, limit)
    if lower in ("no", "nobody") and _is_zero(doc, i, limit):
        return i, i + 1 if lower == "no" else i
    unit_next = i + 1 < limit and doc[i + 1].pos_ == "NOUN" and doc[i + 1].lower_ != "second"
    if lower in ("a", "an") and unit_next and doc[i + 1].lemma_.lower() in lx.TIME_UNITS:
        return i, i  # "a week", "an hour": one of the unit ("a second phase" is not)
    if lower in lx.LONG_DURATIONS:
        return i, i  # "weeklong"
    if not _is_number(token) or token.ent_type_ in _SKIP_ENTITY_LABELS:
        return None, i
    if lower in _MAGNITUDE_WORDS:
        return None, i  # a bare "billion" or "hundred" states no figure
    if i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].text[:1].isdigit():
        return None, i  # the second half of a score or record: "14-0", "(11-4)"
    return i, _number_run_end(doc, i, limit)


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
        if hedge is not None and rest == "1":
            return begin
    if first - 1 >= floor and doc[first - 1].lower_ == "between":
        return first - 1
    return first


def _range_end(doc: Doc, end: int, limit: int, has_between: bool) -> int:
    """Extend "three or four", "10 to 20", "between 5 and 8" to the second number."""
    joiner = end + 1
    if joiner + 1 >= limit:
        return end
    word = doc[joiner].lower_
    if word in ("to", "or") or (word == "and" and has_between):
        start, second_end = _number_start(doc, joiner + 1, limit)
        if start is not None:
            return second_end
    return end


def _classify_number(doc: Doc, first: int, last: int, sentence: Span) -> Mention | None:
    limit = sentence.end
    if _is_year(doc, first, last):
        return None
    before = " ".join(t.lower_ for t in doc[max(sentence.start, first - 2) : first])
    if re.search(r"(?:^|\s)(?:no\.|no \.|number|#|aged|age)$", before):
        return None  # "No. 5 seed", "aged 73"
    hedge_first = _hedge_start(doc, first, sentence.start)
    has_between = hedge_first < first and doc[hedge_first].lower_ == "between"
    last = _range_end(doc, last, limit, has_between)
    after = last + 1
    next_lower = doc[after].lower_ if after < limit else ""
    # "31-24" (a score), "555-1234": a hyphen straight into another number is no range here
    if next_lower in ("-", "–") and after + 1 < limit and doc[after + 1].text[:1].isdigit():
        return None
    if _is_appositive_age(doc, first, last, sentence) or _is_age_at(doc, first, last, sentence):
        return None
    if _is_code(doc, last, limit) or _in_title(doc, first, last, sentence):
        return None
    currency = _currency_before(doc, hedge_first if hedge_first < first else first, sentence)
    number_first = first if currency is None else min(first, currency[0])
    quantity = _quantity(doc, hedge_first, first, last)
    if quantity is None:
        return None
    span_first = min(hedge_first, number_first)
    anchor = doc[last]

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
            quantity=quantity,
            unit=unit,
            category=category,
        )

    if doc[first].lower_ in lx.LONG_DURATIONS:
        return figure("duration", last, lx.LONG_DURATIONS[doc[first].lower_], "duration")
    found_unit, hyphenated = _following_word(doc, after, limit)
    unit_index = found_unit if found_unit is not None else after
    unit_word = doc[found_unit] if found_unit is not None else None
    unit_lemma = unit_word.lemma_.lower() if unit_word is not None else ""
    if unit_word is not None and _is_age(doc, unit_index, limit):
        return None
    if unit_word is not None and unit_lemma in lx.TIME_UNITS:
        if unit_index + 1 < limit and doc[unit_index + 1].lower_ == "ago":
            return None
        return figure("duration", unit_index, lx.TIME_UNITS[unit_lemma], "duration", head=unit_word)
    if currency is not None or (unit_word is not None and unit_lemma in lx.CURRENCY_WORDS):
        code = currency[1] if currency else lx.CURRENCY_WORDS[unit_lemma]
        return figure("amount", unit_index if currency is None else last, code, "money")
    if next_lower in lx.PERCENT_WORDS or (
        next_lower == "per" and after + 1 < limit and doc[after + 1].lower_ == "cent"
    ):
        return figure("amount", after + (1 if next_lower == "per" else 0), "%", "percent")
    if unit_lemma == "square" and unit_index + 1 < limit:
        area = doc[unit_index + 1].lemma_.lower()
        if area in lx.MEASURE_UNITS:
            unit = f"square {lx.MEASURE_UNITS[area]}"
            return figure("amount", unit_index + 1, unit, "measure")
    if unit_word is not None and unit_lemma in lx.MEASURE_UNITS:
        return figure("amount", unit_index, lx.MEASURE_UNITS[unit_lemma], "measure")
    if _GLUED_MAGNITUDE.match(doc[first].text):
        return figure("amount", last, "magnitude", "measure", begin=first)
    if first > sentence.start and doc[first - 1].lower_ in ("magnitude", "magnitude-"):
        return figure("amount", last, "magnitude", "measure", begin=first - 1)
    if hyphenated:
        return None  # "four-member team", "10-point plan": a modifier, not a count
    return Mention(first=span_first, last=last, anchor=anchor, kind="count", quantity=quantity)


def _quantity(doc: Doc, hedge_first: int, first: int, last: int) -> Quantity | None:
    words = [t.lower_ for t in doc[first : last + 1]]
    if words[0] in ("no", "nobody"):
        return Quantity(0, 0, 0, "exact")
    if (words[0] in ("a", "an") and len(words) == 1) or words[0] in lx.LONG_DURATIONS:
        return Quantity(1, 1, 1, "exact")  # "a week", "weeklong"
    text = " ".join(t.text for t in doc[hedge_first:first])
    text += " " + " ".join(_number_text(t) for t in doc[first : last + 1])
    return parse_quantity(text.strip())


def _is_appositive_age(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "The suspect, 27, was arrested": a bare number between commas after a person."""
    if first - 2 < sentence.start or last + 1 >= sentence.end:
        return False
    if doc[first - 1].text != "," or doc[last + 1].text != ",":
        return False
    person = doc[first - 2]
    return person.ent_type_ == "PERSON" or _is_person(person)


def _is_age_at(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "died on Thursday at 91.", "at 34, her days were over": an age, not a count."""
    if first - 1 < sentence.start or doc[first - 1].lower_ != "at" or first != last:
        return False
    following = doc[last + 1].text if last + 1 < sentence.end else "."
    value = doc[first].text
    return following in (",", ".", ")", ";") and value.isdigit() and int(value) <= 120


def _is_code(doc: Doc, last: int, limit: int) -> bool:
    """ "4G", "320GB drive", "i7": a number glued to letters names a thing or a model."""
    if doc[last].whitespace_ or last + 1 >= limit:
        return False
    glued = doc[last + 1]
    lemma = glued.lemma_.lower()
    known = lemma in lx.MEASURE_UNITS or lemma in lx.TIME_UNITS or lemma in _MAGNITUDE_WORDS
    return glued.is_alpha and not known and glued.lower_ not in lx.PERCENT_WORDS


def _in_title(doc: Doc, first: int, last: int, sentence: Span) -> bool:
    """ "the FBI's Top Ten Wanted list": a number word inside a capitalised name."""
    if first == sentence.start or last + 1 >= sentence.end or not doc[first].text[:1].isupper():
        return False
    before, after = doc[first - 1], doc[last + 1]
    return before.text[:1].isupper() and after.text[:1].isupper() and after.pos_ == "PROPN"


def _following_word(doc: Doc, after: int, limit: int) -> tuple[int | None, bool]:
    """The word right after a number ("months"), skipping a hyphen ("42-day")."""
    if after >= limit:
        return None, False
    if doc[after].text in ("-", "–") and after + 1 < limit:
        return after + 1, True
    if doc[after].is_alpha:
        return after, False
    return None, False


def _is_age(doc: Doc, unit_index: int, limit: int) -> bool:
    """ "73-year-old", "27 years old": an age is not a count of anything."""
    window = " ".join(t.lower_ for t in doc[unit_index : min(limit, unit_index + 4)])
    return bool(re.match(r"(?:year|month|week)s?\s*-?\s*olds?\b", window))


def _is_year(doc: Doc, first: int, last: int) -> bool:
    """ "2013 results", "the 2008 election": a year, unless it counts people ("2000 people")."""
    token = doc[first]
    if first != last or not _YEAR_LIKE.match(token.text):
        return False
    if token.ent_type_ == "DATE":
        return True
    head = token.head
    counts_people = token.dep_ == "nummod" and head.tag_ == "NNS" and _is_person(head)
    return not counts_people


def _currency_before(doc: Doc, index: int, sentence: Span) -> tuple[int, str] | None:
    if index > sentence.start:
        symbol = doc[index - 1].lower_
        if symbol in lx.CURRENCY_SYMBOLS:
            return index - 1, lx.CURRENCY_SYMBOLS[symbol]
    token = doc[index]
    glued = _glued_currency(token)
    if glued is not None:
        return index, glued[0]
    if token.text[:1] in lx.CURRENCY_SYMBOLS:
        return index, lx.CURRENCY_SYMBOLS[token.text[:1]]
    return None


# --- what a figure is about ------------------------------------------------------------------


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the parse (the token itself when it is a verb)."""
    current = token
    for _ in range(8):
        if current.pos_ == "VERB" or (current.pos_ == "AUX" and current.dep_ == "ROOT"):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def counted_noun(anchor: Token) -> Token | None:
    """The noun a count counts: "47,283 people" -> people, "dozens of people" -> people."""
    modifies_noun_after = anchor.head.i > anchor.i and anchor.head.pos_ in ("NOUN", "PROPN")
    if anchor.dep_ in ("nummod", "quantmod", "compound", "amod") and modifies_noun_after:
        return anchor.head
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in ("NOUN", "PROPN", "PRON"):
                    return grandchild
    return None


def _is_person(noun: Token) -> bool:
    return (
        noun.lemma_.lower() in lx.PERSON_NOUNS
        or noun.lower_ in lx.PERSON_NOUNS
        or noun.ent_type_ in ("NORP", "PERSON")
    )


def _trigger_words(anchor: Token, noun: Token | None) -> Iterator[Token]:
    """Words that may say what happened to the counted people, nearest first."""
    start = noun if noun is not None else anchor
    for child in list(anchor.children) + ([] if noun is None else list(noun.children)):
        if child.dep_ in ("acl", "relcl", "amod", "acomp", "ccomp", "conj", "appos"):
            yield child
            yield from (c for c in child.children if c.dep_ in ("acomp", "oprd", "dobj"))
    current = start
    for _ in range(6):
        if current.head is current:
            break
        current = current.head
        yield current
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass", "acomp", "attr", "oprd", "dobj", "prt"):
                yield child
        if current.lemma_.lower() in lx.REPORTING_VERBS:
            break


_PARTICIPLE_CATEGORY = {
    "dead": "killed",
    "killed": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "missing": "missing",
    "arrested": "detained",
    "detained": "detained",
    "displaced": "displaced",
    "homeless": "displaced",
}
_PARTICIPLES = frozenset(_PARTICIPLE_CATEGORY)


def _next_words(anchor: Token, noun: Token | None) -> list[Token]:
    doc = anchor.doc
    after = [anchor.i + 1] + ([noun.i + 1] if noun is not None else [])
    return [doc[i] for i in after if i < len(doc)]


def categorise(anchor: Token, noun: Token | None) -> Category:
    """What a count is of: killed, hostages, population... or other for things."""
    if noun is not None:
        lemma = noun.lemma_.lower()
        if lemma in lx.NOUN_CATEGORIES:
            return lx.NOUN_CATEGORIES[lemma]  # type: ignore[return-value]
        if not _is_person(noun):
            return "other"
    for word in _next_words(anchor, noun):
        # "left 24 dead and over 200 injured": the word right after the figure says it
        for category, triggers in lx.CATEGORY_TRIGGERS.items():
            if word.pos_ in ("ADJ", "VERB") and word.lower_ in triggers | _PARTICIPLES:
                return _PARTICIPLE_CATEGORY.get(word.lower_, category)  # type: ignore[return-value]
    for word in _trigger_words(anchor, noun):
        lemma = word.lemma_.lower()
        for category, triggers in lx.CATEGORY_TRIGGERS.items():
            if lemma in triggers or word.lower_ in triggers:
                if category == "prisoners" and lemma == "jail":
                    return "prisoners"
                return category  # type: ignore[return-value]
        if lemma in ("hold",) and any(
            c.lemma_.lower() in ("jail", "prison", "custody") for c in word.subtree
        ):
            return "prisoners"
    if noun is not None and noun.head.lower_ == "of":
        owner = noun.head.head
        if owner.lemma_.lower() in lx.PLACE_NOUNS or owner.ent_type_ in ("GPE", "LOC"):
            return "population"
    return "other"


def _mood(verb: Token | None) -> Mood:
    """ "Hamas is to free 33 hostages", "will release": a plan, not something that happened."""
    if verb is None:
        return "actual"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "would", "shall", "'ll"}:
        return "planned"
    infinitive = "to" in auxes and verb.dep_ in ("xcomp", "ccomp", "advcl")
    if infinitive and verb.head.lemma_.lower() in lx.PLANNING_HEADS:
        return "planned"
    return "actual"


_PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "across",
        "near",
        "throughout",
        "inside",
        "into",
        "around",
    }
)


def _place(anchor: Token, sentence: Span) -> str | None:
    """A place the clause puts the figure in: "killed 47,283 people in Gaza" -> Gaza; a place
    noun when no name is given: "in the province" -> province, "in 14 countries" -> countries."""
    chain = {anchor.i} | {t.i for t in anchor.ancestors}
    best: tuple[int, str] | None = None
    candidates: list[tuple[Token, str]] = [
        (ent.root, re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE))
        for ent in sentence.ents
        if ent.label_ in ("GPE", "LOC", "FAC")
    ]
    candidates += [
        (t, t.lemma_.lower() if t.lower_ != "countries" else "countries")
        for t in sentence
        if t.pos_ == "NOUN"
        and (t.lemma_.lower() in lx.PLACE_NOUNS or t.lower_ == "countries")
        and not t.ent_type_
    ]
    for root, name in candidates:
        preposition = root.head
        if preposition.dep_ != "prep" or preposition.lower_ not in _PLACE_PREPOSITIONS:
            continue
        if preposition.head.i not in chain:
            continue
        distance = abs(root.i - anchor.i) + (0 if root.ent_type_ else 100)  # names first
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


def _agent(verb: Token | None, counted: Token | None) -> str | None:
    """Who did it, when the verb's subject or by-agent is a name ("Manning completed 17
    passes"): common nouns ("fighters", "militants") vary between articles too freely."""
    if verb is None:
        return None
    skip = counted.i if counted is not None else -1
    for child in verb.children:
        head = child
        if child.dep_ == "agent":
            head = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "nsubj":
            continue
        if head.i != skip and head.pos_ == "PROPN":
            return head.text.lower()
    return None


def _scope(verb: Token | None, sentence: Span) -> str | None:
    """The period a figure belongs to when the clause names one: "In 2004 a tsunami killed
    230,000" -> 2004; "since the start of the war" -> since start of war."""
    if verb is None:
        return None
    clause = {t.i for t in verb.subtree}
    for ent in sentence.ents:
        if ent.label_ == "DATE" and ent.root.i in clause:
            year = re.search(r"\b(1[89]\d\d|20\d\d)\b", ent.text)
            if year:
                return year.group(1)
    for token in verb.children:
        if token.dep_ == "prep" and token.lower_ == "since":
            words = [t.lemma_.lower() for t in token.subtree if t.is_alpha and not t.is_stop]
            if words:
                return "since " + " ".join(words[:4])
    return None


_RISING_CUE = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|increased|bringing|brought|"
    r"so far|now stands|has reached|had reached|reached|toll stood|mounted|surged)\b",
    re.IGNORECASE,
)


def _rising(sentence: Span, first: int) -> bool:
    """ "the death toll rose to 11", "bringing the toll to 47", "so far": wording that says a
    figure is the latest of a series, so it outranks a lower one of the same day."""
    doc = sentence.doc
    before = doc[max(sentence.start, first - 6) : first].text
    after = doc[first : min(sentence.end, first + 8)].text
    return bool(_RISING_CUE.search(before) or re.search(r"\bso far\b", after, re.IGNORECASE))


def _attribution(anchor: Token, sentence: Span) -> str | None:
    """Who the sentence says the figure comes from ("according to the health ministry")."""
    for token in sentence:
        if token.lower_ == "according":
            for prep in token.children:
                for source in prep.children:
                    if source.dep_ == "pobj":
                        return _noun_phrase(source)
    for ancestor in [anchor, *anchor.ancestors]:
        if ancestor.lemma_.lower() in lx.REPORTING_VERBS and ancestor.pos_ == "VERB":
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON":
                    return _noun_phrase(child)
    return None


def _noun_phrase(head: Token) -> str:
    words = head.doc[head.left_edge.i : head.i + 1].text
    return re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.IGNORECASE)


NEARBY_TOKENS = 8
# the words of figures themselves ("months", "Tuesday") say nothing about what is measured
_FIGURE_WORDS = frozenset(lx.TIME_UNITS) | frozenset(WEEKDAYS) | frozenset(MONTHS)


def _terms(sentence: Span) -> list[str]:
    """Content words of the sentence: what similar claims in other articles share."""
    return _content_lemmas(sentence)


def _nearby_terms(sentence: Span, first: int, last: int) -> list[str]:
    """Content words within a few tokens of the figure: its own clause, in a long sentence."""
    doc = sentence.doc
    window = doc[
        max(sentence.start, first - NEARBY_TOKENS) : min(sentence.end, last + 1 + NEARBY_TOKENS)
    ]
    return _content_lemmas(window)


def _content_lemmas(tokens: Span) -> list[str]:
    terms: set[str] = set()
    for t in tokens:
        lemma = t.lemma_.lower()
        if (
            t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
            and not t.is_stop
            and not t.like_num
            and t.is_alpha
            and len(t) > 2
            and lemma not in lx.REPORTING_VERBS
            and lemma not in _FIGURE_WORDS
        ):
            # "meeting"/"meet", "bombing"/"bomb": one event whether named by noun or verb
            if t.pos_ == "NOUN" and lemma.endswith("ing") and len(lemma) > 6:
                lemma = lemma[:-3]
            terms.add(lemma)
    return sorted(terms)


def _predicate(anchor: Token, noun: Token | None) -> Token | None:
    return governing_verb(noun if noun is not None else anchor)


def _to_claim(
    article: Article, offset: int, sentence: Span, mention: Mention, index: int
) -> Claim | None:
    doc = sentence.doc
    span = doc[mention.first : mention.last + 1]
    start = offset + span.start_char
    end = offset + span.end_char
    text = article.text[start:end]
    sentence_text = sentence.text
    base = dict(
        id=f"{article.id}:c{index + 1}",
        article=article.id,
        date=article.date,
        start=start,
        end=end,
        text=text,
        sentence=sentence_text,
        place=_place(mention.anchor, sentence),
        attribution=_attribution(mention.anchor, sentence),
        terms=_terms(sentence),
        nearby=_nearby_terms(sentence, mention.first, mention.last),
    )
    if mention.kind == "date":
        verb = governing_verb(mention.anchor)
        resolved = resolve_date(text, article.date, date_tense(doc[mention.first]))
        if resolved is None:
            return None
        first_day, last_day = resolved.bounds()
        return Claim(
            **base,
            kind="date",
            category="date",
            value=resolved.value,
            low=first_day,
            high=last_day,
            hedge="exact",
            precision=resolved.precision,
            predicate=_event_word(mention.anchor),
            mood=_mood(verb),
        )
    quantity = mention.quantity
    assert quantity is not None
    noun = counted_noun(mention.anchor) if mention.kind == "count" else None
    verb = _predicate(mention.anchor, noun)
    unit: str | None
    if mention.kind == "count":
        category = categorise(mention.anchor, noun)
        if category == "other" and (
            _is_incidental(span, quantity) or _is_weak(span) or quantity.value == 0
        ):
            return None  # "nobody's ever seen anything like it" counts nothing
        named = noun is not None and noun.pos_ != "PRON" and noun.lower_ not in _GENERIC_PEOPLE
        unit = noun.text if named and noun is not None else "people"
        counted = noun.lemma_.lower() if named and noun is not None else None
        if counted is None and category in lx.PEOPLE_CATEGORIES:
            counted = "people"  # "the death toll rose to 11", "leaving 24 dead": people
    else:
        category = mention.category or "other"
        unit = mention.unit
        counted = _measured_thing(mention.anchor)
    return Claim(
        **base,
        kind=mention.kind,
        category=category,
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        hedge=quantity.hedge,
        unit=unit,
        counted=counted,
        predicate=verb.lemma_.lower() if verb is not None else None,
        mood=_mood(verb),
        agent=_agent(verb, noun),
        scope=_scope(verb, sentence),
        rising=_rising(sentence, mention.first),
    )


_GENERIC_PEOPLE = frozenset({"others", "other", "whom", "who", "those", "them", "they"})


_WEAK_QUANTITIES = frozenset({"several", "a handful", "a few", "a couple"})


def _is_weak(span: Span) -> bool:
    """ "several countries": vague words are figures only for people hurt, held or killed."""
    return " ".join(t.lower_ for t in span if t.lower_ not in lx.HEDGE_WORDS) in _WEAK_QUANTITIES


def _is_incidental(span: Span, quantity: Quantity) -> bool:
    """ "One Hamas official said", "in one of his first acts": a lone word "one" of things.

    A figure worth comparing across articles is rarely the word "one" outside a casualty or
    detention count; kept when hedged ("at least one").
    """
    return (
        quantity.hedge == "exact"
        and quantity.value == 1
        and span.text.lower()
        in (
            "one",
            "a",
            "an",
        )
    )


def _measured_thing(unit_token: Token) -> str | None:
    """What a duration or measure is of: "15 months of war" -> war, "42-day phase" -> phase."""
    for child in unit_token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj.lemma_.lower()
    head = unit_token.head
    if unit_token.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ == "NOUN":
        return head.lemma_.lower()
    return None


def _event_word(date_root: Token) -> str | None:
    """The verb or event noun a date belongs to: "meets ... on Tuesday" -> meet."""
    current = date_root
    for _ in range(4):
        if current.head is current:
            return current.lemma_.lower() if current.pos_ in ("VERB", "NOUN") else None
        current = current.head
        if current.pos_ == "VERB" or (current.pos_ == "NOUN" and current.dep_ != "compound"):
            return current.lemma_.lower()
    return None
