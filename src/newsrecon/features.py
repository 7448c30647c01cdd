"""What a figure is about, read from the dependency parse: what is counted, what happened to
it (the category), the verb, the place, who did it, the period, who says so, plan or fact.

Functions take spaCy tokens and spans and return plain values; `extract` assembles them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newsrecon import lexicon as lx
from newsrecon.dates import (
    MONTHS,
    WEEKDAYS,
    Tense,
    find_date_expressions,
    names_a_month,
    resolve_date,
)
from newsrecon.lexicon import TALLY_NOUNS, initials
from newsrecon.models import Category, Displacement, Mood
from newsrecon.numbers import MAGNITUDES, parse_number

_PRESENT_BE = frozenset({"is", "are", "'s", "'re", "am"})
_PLANNED_FOR = frozenset({"plan", "schedule", "slate", "pencil"})
# verbs that fix a day ahead only with "for": "called an election for July 4", "booked for"
_FIXED_FOR = frozenset({"set", "call", "book", "adjourn", "reschedule"})
_MODALS = frozenset({"may", "might", "could", "should", "can", "must", "ought"})


# verbs that tell of what is to come: their "would" looks ahead
_FOREWARNING = frozenset({"warn", "forecast", "predict"})


# what a day of trading closed at: "closing price on Friday", "Friday's close"
_CLOSES = frozenset({"price", "close", "level"})


def _a_close_of_trading(token: Token) -> bool:
    if token.dep_ == "poss":
        return token.head.lemma_.lower() == "close" and token.head.pos_ == "NOUN"
    if token.head.dep_ != "prep" or token.head.i == 0:
        return False
    # the noun right before the "on", wherever the parse hangs it
    holder = token.doc[token.head.i - 1]
    return (
        holder.pos_ == "NOUN"
        and holder.lemma_.lower() in _CLOSES
        and any(c.lower_ == "closing" for c in holder.children if c.dep_ in ("amod", "compound"))
    )


def date_tense(token: Token) -> Tense:
    """Which way the verb governing a date points: "will meet on Tuesday" is future.

    "would" is left unknown: in reported speech ("said he would meet on Monday") it points
    back from the time of speaking, and the nearest such day is the best reading.
    """
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is not None and before.lower_ == "since":
        return "past"
    if _a_close_of_trading(token):
        return "past"  # "a 50 percent premium to LinkedIn's closing price on Friday"
    verb = governing_verb(token)
    if _looks_ahead(token, verb):
        return "future"
    if _month_of_a_noun(token):
        return "unknown"  # "was named host of February's Oscars", read in December: ahead
    if _ends_a_spell(token, verb):
        # "was remanded in custody until a hearing on June 2", read on May 7: a past verb's
        # spell may end either side of the telling; the nearest such day
        return "unknown"
    copula = _copula_below(token, verb)
    if copula is not None and {c.lower_ for c in copula.children} & _WILL:
        # "announced Friday that Jackman will be the host of the Oscars on Feb. 22"
        return "future"
    for _ in range(3):
        if verb is None:
            return "unknown"
        auxes = _auxes(verb)
        if auxes & _WILL or (not auxes and verb.dep_ == "conj" and _auxes(verb.head) & _WILL):
            # "ballots will be mailed on January 2 and tallied on January 23"
            return "future"
        if "would" in auxes:
            # "Forecasters warned on Monday that Storm Bert would bring heavy rain ... from
            # Saturday": a warning's "would" looks ahead of its telling
            return "future" if verb.head.lemma_.lower() in _FOREWARNING else "unknown"
        if mood_of(verb) == "planned" or (verb.dep_ == "xcomp" and _foreseen_to_move(verb)):
            if "to" in auxes and token.lower_ in WEEKDAYS and _told_in_the_past(verb):
                # "was on her way to attend religious services on Friday", read on Saturday:
                # the plan's day is the story's, the nearest Friday
                return "unknown"
            return "future"
        if "to" in auxes and "have" not in auxes and (verb.dep_ != "xcomp" or verb.tag_ == "VBN"):
            # an infinitive hung on a noun looks ahead of its clause, whichever way that
            # points: "preparing for the measures to be voted on Thursday", as a passive one
            # does: "rumored to be released sometime in May" (but "started to look stronger
            # on Sunday" and "believed to have died Saturday" are past)
            return "unknown"
        if auxes & _MODALS:
            return "unknown"  # "may not be restored till 31 December"
        if auxes & {"was", "were"} and _planned_for(token, verb):
            # a plan told in the past points ahead of its telling: "a provisional trial date was
            # set for October 28", read in June; "a bail hearing was scheduled for Wednesday",
            # read on Monday (a date gone by a month or less is still the one before)
            return "future"
        if auxes & {"has", "have", "had", "was", "were"}:
            return "past"
        if verb.tag_ == "VBN" and not auxes and _planned_for(token, verb):
            return "future"  # "has an arraignment set for Feb. 17"
        if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("ccomp", "xcomp", "oprd"):
            # "should have service restored by December 31": the verb above says when
            verb = governing_verb(verb.head) if verb.head != verb else None
            continue
        if verb.tag_ == "VBN" and auxes & _PRESENT_BE:
            # a plan is ahead: "a funeral service is planned for Tuesday", "is scheduled for";
            # another present passive says nothing of when: "he is charged with killing her on
            # April 8" ("set" is a plan only with "for": "sentencing is set for Nov. 8", but
            # "the film is set in 1955")
            planned = verb.lemma_.lower() in _PLANNED_FOR or _planned_for(token, verb)
            return "future" if planned else "unknown"
        if verb.tag_ == "VBD" and not auxes and _planned_for(token, verb):
            return "future"  # "Judge Delucchi scheduled formal sentencing for Feb. 25"
        if verb.tag_ in ("VBD", "VBN"):
            return "past"
        if verb.tag_ == "VBG" and auxes & _PRESENT_BE:
            return "future"
        if verb.tag_ == "VBG" and not auxes and verb.lemma_.lower() in _STARTING:
            # "ordered tariffs on Saturday, starting on Tuesday": when what was done begins,
            # either side of the telling; the nearest such day
            return "unknown"
        if verb.tag_ in ("VBZ", "VBP"):
            # "meets Trump on Tuesday" is ahead; "Monday's shooting follows two last week" and
            # "our gratitude for their bravery on Monday" are not: the day is a noun's
            return "unknown" if _hangs_from_noun(token) else "future"
        # an untensed verb ("freeing ... on Tuesday") takes its tense from the clause above,
        # but not from a verb of saying: "'he's coming on Tuesday,' Trump said" is not past;
        # nor what it did before ("will miss four weeks after suffering a sprain in Sunday's
        # win": the sprain is not ahead)
        above = governing_verb(verb.head) if verb.head != verb else None
        if verb.head.lower_ == "after" or any(
            c.dep_ == "mark" and c.lower_ == "after" for c in verb.children
        ):
            if above is not None and above.tag_ in ("VBD", "VBN") and not _auxes(above) & _WILL:
                return "past"
            return "unknown"
        verb = above
        if verb is not None and verb.lemma_.lower() in lx.REPORTING_VERBS:
            return "unknown"
    return "unknown"


_STARTING = frozenset({"start", "begin"})


def _planned_for(token: Token, verb: Token) -> bool:
    """ "set for June 17", "penciled in for October", "called a national election for July
    4": a plan's date (but "set in 1955", "called on Wednesday")."""
    lemma = verb.lemma_.lower()
    return lemma in _PLANNED_FOR | _FIXED_FOR and _joined_by(token, verb) == "for"


def _joined_by(token: Token, verb: Token) -> str | None:
    """The preposition that hangs a date on its verb ("set for June 17", not "set in 1955"),
    or on the verb's object ("set a hearing for March 3"); a date that names the object
    itself is as good as "for" ("set a June 8 trial date")."""
    current, preposition = token, None
    naming = token.dep_ in ("nmod", "compound")
    for _ in range(4):
        if current.dep_ == "prep":
            preposition = current
        if current.head == verb:
            if current.dep_ == "prep":
                return current.lower_
            if current.dep_ in ("dobj", "nsubjpass") and preposition is not None:
                return preposition.lower_ if preposition.head == current else None
            if current.dep_ == "dobj" and naming and token.head == current:
                return "for"
            return None
        if current.head == current:
            return None
        current = current.head
    return None


_AHEAD_WORDS = frozenset({"next", "upcoming", "coming", "forthcoming"})


def _looks_ahead(token: Token, verb: Token | None) -> bool:
    """ "held without bond pending his next court hearing April 19": a date of something to
    come, whatever the tense of the clause ("next", "upcoming", or "pending" before it)."""
    if verb is not None and verb.lower_ == "pending":
        return True
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is not None and before.lower_ in ("on", "for"):
        before = token.doc[before.i - 1] if before.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and _ahead_of(before):
        return True  # the noun just before: "his next hearing April 19"
    current = token
    for _ in range(8):
        if current == verb or current.head == current:
            return False
        current = current.head
        if current.pos_ == "NOUN" and _ahead_of(current):
            return True
    return False


def _ends_a_spell(token: Token, verb: Token | None) -> bool:
    """Whether the date hangs on its verb through "until" or "till", or is where a spell was
    moved "to" ("Myanmar truce extended to April 22", read on April 5)."""
    current = token
    for _ in range(6):
        if current == verb or current.head == current:
            return False
        current = current.head
        if current.lower_ in ("until", "till") and current.dep_ == "prep":
            return True
        moved = current.head.lemma_.lower() in _MOVING_A_SPELL
        if current.lower_ == "to" and current.dep_ == "prep" and moved:
            return True
    return False


# verbs that move the end or the day of something "to" a date
_MOVING_A_SPELL = frozenset(
    {"extend", "postpone", "delay", "push", "move", "adjourn", "prolong", "defer"}
)


def _hangs_from_noun(token: Token) -> bool:
    current = token
    for _ in range(6):
        step = current.head
        if step == current:
            return False
        if step.ent_type_ == "DATE" or step.pos_ == "ADP":
            current = step
            continue
        return step.pos_ in ("NOUN", "PROPN")
    return False


def _ahead_of(noun: Token) -> bool:
    # "a May 10 deadline" is a day to come (a deadline gone by a month or less is still read
    # as the one before: "missed the April 30 deadline")
    return noun.lemma_.lower() in _AHEAD_NOUNS or any(
        c.lower_ in _AHEAD_WORDS for c in noun.children
    )


_AHEAD_NOUNS = frozenset({"deadline"})


_WILL = frozenset({"will", "'ll", "shall"})


def _told_in_the_past(verb: Token) -> bool:
    """Whether a clause above `verb` is in the past ("she was on her way to attend",
    "economists had expected the bank to hold rates on Wednesday")."""
    current = verb
    for _ in range(3):
        if current.head == current:
            return False
        current = current.head
        if current.tag_ == "VBD" or _auxes(current) & {"was", "were", "had"}:
            return True
    return False


def _auxes(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def has_helpers(verb: Token) -> bool:
    """ "33 hostages to be released": a participle with helpers of its own has its own mood."""
    return bool(_auxes(verb))


def _month_of_a_noun(token: Token) -> bool:
    """ "February's Oscars": a month owned by a noun says nothing of the clause's tense."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in MONTHS and following is not None and following.lower_ in ("'s", "’s")


def _copula_below(token: Token, verb: Token | None) -> Token | None:
    """A clause's "be" between a date and the verb the parse reaches ("that Jackman will be
    the host ... on Feb. 22"): `governing_verb` passes over it, its tense does not."""
    current = token
    for _ in range(8):
        if current.head == current or current.head == verb:
            return None
        current = current.head
        if (
            current.pos_ == "AUX"
            and current.lemma_ == "be"
            and current.dep_ not in ("aux", "auxpass")
        ):
            return current
    return None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the parse (the token itself when it is a verb)."""
    tally = raised_tally(token)
    if tally is not None:
        return tally.head  # "bring the total so far reported by countries to 577": bring
    tally = tally_left_bare(token)
    if tally is not None:
        return governing_verb(tally)  # "with the death toll at 29 and eight people missing"
    subject_of = _verb_after_a_date(token) or _verb_after_a_range(token)
    if subject_of is not None:
        return subject_of  # "seized in the attack of Oct. 7, 2023, 94 remain in Gaza"
    object_of = object_read_as_a_second_sayer(token)
    if object_of is not None:
        return object_of  # "Gang members killed at least 15 people ..., an official said"
    if _listed_with_its_own_state(token):
        return token.head  # "Greek migrant boat disaster: 78 dead, hundreds feared missing"
    current = token
    for _ in range(8):
        # not "bln" in "$35 bln", nor the currency in "10.44 trillion won", which the parse
        # may read as a verb
        verb = (
            current.pos_ == "VERB"
            and current.lower_ not in MAGNITUDES
            and not _won_as_money(current)
        )
        if verb or (current.pos_ == "AUX" and current.dep_ == "ROOT") or _own_copula(current):
            return current
        if _state_said(current) or _own_state_of(current, token):
            return current
        likely = _deed_said_likely(current)
        if likely is not None and _subject_holds(current, token):
            return likely  # "more than 10,000 people were likely to have died": died
        participle = _passive_read_as_copula(current)
        if participle is not None:
            return participle  # "nearly 1,900 schools were closed, the minister said"
        if current.head == current:
            return _figure_s_own_participle(token)
        current = _listed_after(current) or current.head
    return None


def _won_as_money(word: Token) -> bool:
    """ "10.44 trillion won": Korea's currency after its figure, not a win."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return (
        word.lower_ == "won"
        and before is not None
        # not "Grant first won the office": an ordinal is no figure of a sum
        and (before.pos_ == "NUM" or before.lower_ in MAGNITUDES)
    )


# what a "be" says of how likely its subject's deed is: "were likely to have died"
_LIKELY = frozenset({"likely", "unlikely"})


def _subject_holds(verb: Token, token: Token) -> bool:
    return any(c.dep_ in _SUBJECTS and token in c.subtree for c in verb.children)


def _deed_said_likely(copula: Token) -> Token | None:
    if copula.pos_ != "AUX" or copula.lemma_.lower() != "be":
        return None
    return next(
        (
            deed
            for likely in copula.children
            if likely.dep_ == "acomp" and likely.lower_ in _LIKELY
            for deed in likely.children
            if deed.dep_ == "xcomp" and deed.pos_ == "VERB"
        ),
        None,
    )


def _figure_s_own_participle(figure: Token) -> Token | None:
    """ "Typhoon Haiyan: 10,000 feared dead in one Philippine city": in a headline with no
    verb above it, the participle the figure itself takes."""
    if not figure.like_num:
        return None
    return next((c for c in figure.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)


# verbs that carry a tally to a figure: "bringing the toll to 61", "took the total to 90"
_RAISING_VERBS = frozenset({"bring", "take", "push", "raise", "lift", "put", "drive"})


def tally_left_bare(figure: Token) -> Token | None:
    """The tally whose "at" comes right before `figure` when the parse leaves the "at" with no
    object and hangs the figure on a noun after it: "with the death toll at 29 and eight
    people still missing" (the 29 read as the people's, with the eight)."""
    doc = figure.doc
    at = doc[figure.i - 1] if figure.i > 0 else None
    if at is None or at.lower_ != "at" or at.dep_ != "prep" or any(at.children):
        return None
    tally = at.head
    if tally.pos_ != "NOUN" or tally.lemma_.lower() not in TALLY_NOUNS:
        return None
    return tally


def raised_tally(figure: Token) -> Token | None:
    """The tally a verb carries to `figure` when the parse hangs "to" on a clause inside the
    tally's phrase: "bring the total so far reported by multiple countries to 577", "bring
    the number of people detained since the protests began to 1,100" (the "to" read as the
    reporting's or the beginning's)."""
    to = figure.head
    if figure.dep_ != "pobj" or to.lower_ != "to" or to.dep_ != "prep":
        return None
    inner = to.head
    if (
        inner.pos_ == "NOUN"
        and inner.lemma_.lower() in TALLY_NOUNS
        and inner.dep_ == "conj"
        and inner.head.lemma_.lower() in lx.CHANGE_VERBS
    ):
        return inner  # "the toll rose to 10 and the number of injured to 1,067": the verb gapped
    while inner.pos_ == "ADV" and inner.head != inner:
        inner = inner.head  # "the total reported so far to 577": hung on "far"
    if inner.pos_ != "VERB" or inner.lemma_.lower() in _RAISING_VERBS:
        return None
    if inner.dep_ == "acl" and inner.head.head.lower_ == "of":
        return None  # "the number of people killed in the war to 47,035": read as killed
    if _deed_of_the_tally(inner):
        return None  # "bringing the total number freed since the start of the war to 4,131"
    carrier = inner.head
    if (
        inner.dep_ == "advcl"
        and carrier.lemma_.lower() in _RAISING_VERBS
        and not any(c.lower_ == "to" for c in carrier.children)
    ):
        # "bringing the toll since the protests began in July to about 300": the "to" hung on
        # the clause of the start, beside the tally
        tallies = (c for c in carrier.children if c.dep_ == "dobj")
        tally = next((c for c in tallies if c.lemma_.lower() in TALLY_NOUNS), None)
        if tally is not None and tally.i < inner.i:
            return tally
    for tally in list(inner.ancestors)[:4]:
        if tally.pos_ != "NOUN" or tally.lemma_.lower() not in TALLY_NOUNS:
            continue
        carrier = tally.head
        if tally.dep_ == "dobj" and carrier.lemma_.lower() in _RAISING_VERBS:
            return tally if not any(c.lower_ == "to" for c in carrier.children) else None
        return None
    return None


def _verb_after_a_date(figure: Token) -> Token | None:
    """The verb a bare figure is the subject of when the parse hangs the figure on the date
    before it: "Of the 250 people seized in the attack of Oct. 7, 2023, 94 remain in Gaza"
    (94 read as part of the date)."""
    date = figure.head
    if figure.dep_ != "nummod" or figure.i < date.i or figure.ent_type_ == "DATE":
        return None
    if date.ent_type_ != "DATE" or figure.i + 1 >= len(figure.doc):
        return None
    verb = figure.doc[figure.i + 1]
    finite = verb.tag_ in ("VBP", "VBD", "VBZ", "MD") and verb.pos_ in ("VERB", "AUX")
    if not finite or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return verb if verb.pos_ == "VERB" else verb.head if verb.dep_ == "aux" else verb


def _listed_with_its_own_state(figure: Token) -> bool:
    """A headline's figure with its own state, set beside the next ("at least 50 dead, more
    than 200 injured"; "78 dead, hundreds feared missing"): the verb the parse hangs the list
    on is the next figure's, not this one's."""
    state = figure.head
    return (
        figure.dep_ == "nummod"
        and state.i == figure.i + 1
        and state.lower_ in PARTICIPLE_NOUNS
        and state.dep_ in ("appos", "dep")
    )


def object_read_as_a_second_sayer(figure: Token) -> Token | None:
    """The verb whose object a figure's people are when the parse makes them a second subject
    of the saying after them: "Gang members killed at least 15 people in ... Gressier, a local
    official said" (the people read as saying, "killed" left with no object)."""
    noun = figure.head if figure.dep_ == "nummod" else figure
    saying = noun.head
    if noun.dep_ != "nsubj" or saying.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    before = noun.left_edge.i - 1
    verb = figure.doc[before] if before >= 0 else None
    if verb is None or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return None
    if verb.head == saying and verb.dep_ == "ccomp":
        second = any(c.dep_ == "nsubj" and c.i > noun.i for c in saying.children)
        return verb if second else None
    # "..., killing at least 23 people in Kyiv, Ukraine's air force said": the saying hung
    # below the deed, its sayer on the people's place
    sayer = any(
        t.dep_ == "appos" and t.right_edge.i == saying.i - 1 for t in noun.subtree if t != noun
    )
    return verb if saying.head == verb and saying.dep_ == "ccomp" and sayer else None


def _verb_after_a_range(figure: Token) -> Token | None:
    """The clause a range's people are the subject of when the parse hangs "between" on the
    saying before it: "officials said between 30 and 40 people were still missing"."""
    # the figure may be "between" itself, either number or the people counted
    between = next(
        (t for t in [figure, *list(figure.ancestors)[:3]] if t.lower_ == "between"), None
    )
    if between is None or between.dep_ != "prep":
        return None
    noun = next((c for c in between.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    saying = between.head
    if saying.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    for clause in saying.children:
        subjectless = not any(c.dep_ in _SUBJECTS for c in clause.children)
        if clause.dep_ == "ccomp" and clause.i > noun.i and subjectless:
            return clause
    return None


def verb_of_a_misjoined_subject(figure: Token) -> Token | None:
    """The verb a listed figure's people are the subject of when the parse joins the figure to
    the figure before it: "the number of dead rose to nine and 287 people remained missing"
    (287 people remained missing; the parse lists "nine and 287" as the people risen to)."""
    first = figure.head
    if figure.dep_ != "conj" or first.i > figure.i:
        return None
    if not first.like_num:
        return _verb_after_a_stranded_figure(figure)
    noun = first.head
    if first.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.i != figure.i + 1:
        return None
    doc = figure.doc
    verb = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if verb is None or verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return None if any(c.dep_ in _SUBJECTS for c in verb.children) else verb


def _verb_after_a_stranded_figure(figure: Token) -> Token | None:
    """The verb a bare figure is the subject of when the parse lists the figure with the noun
    before it: "511 people had died in the cyclone and 533 were still missing" (533 read as
    a second cyclone, "missing" left with no subject)."""
    doc = figure.doc
    if figure.i + 1 >= len(doc) or any(c.i > figure.i for c in figure.children):
        return None
    after = doc[figure.i + 1]
    if after.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None
    verb = after.head if after.dep_ in ("aux", "auxpass") else after
    if verb.i < figure.i or verb.pos_ not in ("VERB", "ADJ", "AUX"):
        return None
    return None if any(c.dep_ in _SUBJECTS for c in verb.children) else verb


def _deed_of_the_tally(participle: Token) -> bool:
    """ "the number freed", "the number killed since October": a participle on the tally
    itself says what was done to those it counts; one of reporting ("the total so far
    reported by countries") says only who counted them."""
    return (
        participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.head.lemma_.lower() in TALLY_NOUNS
        and participle.lemma_.lower() not in lx.REPORTING_VERBS
    )


def _own_copula(token: Token) -> bool:
    """ "..., while Dalembert is down almost five points": a copula heading a clause of its
    own, with its own subject, is the figure's verb, not the sentence's verb above it."""
    return (
        token.pos_ == "AUX"
        and (token.dep_ in ("advcl", "conj") or _parted_by_a_semicolon(token))
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _parted_by_a_semicolon(clause: Token) -> bool:
    """A clause the parse hangs on the verb after a semicolon ("The remains of 28 hostages
    are still in Gaza; Hamas handed over four coffins on Monday"): a sentence of its own."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i <= clause.i:
        return False
    return any(t.text == ";" for t in clause.doc[clause.i : head.i])


# where people are kept in a state a count of them says: "in critical condition", "in
# hospital", "in intensive care", "in shelters"
_STATES_IN = frozenset({"condition", "hospital", "care", "shelter"})


def _own_state_of(word: Token, figure: Token) -> bool:
    """A state the figure is the subject of, listed after a clause with its verb left out:
    "3,085 people had been killed ..., 4,715 injured and 341 missing" (the parse hangs the
    states on "killed"; not the state a clause puts its object in, "leaving four people
    dead", nor a headline's "26 dead")."""
    return (
        word.dep_ in ("advcl", "conj")
        and word.pos_ == "ADJ"
        and word.lower_ in PARTICIPLE_NOUNS
        and any(c.dep_ == "nsubj" and figure in c.subtree for c in word.children)
    )


def _state_said(token: Token) -> bool:
    """ "Fifty people were in critical condition, the interior minister said": a copula of a
    state under a saying is the figure's verb (those in the state on the day; not any copula
    under a saying, whose day would be the saying's)."""
    return (
        token.pos_ == "AUX"
        and token.dep_ == "ccomp"
        and token.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" for c in token.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _STATES_IN for g in c.children)
            for c in token.children
        )
    )


def _passive_read_as_copula(token: Token) -> Token | None:
    """The participle the parse hangs as a complement on "were" heading what is said, with
    a subject of its own: "nearly 1,900 schools were closed, the minister said" is a passive,
    its verb "closed", not "said"."""
    if token.pos_ != "AUX" or token.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ == "acomp" and c.tag_ == "VBN"), None)


def _listed_after(noun: Token) -> Token | None:
    """The noun a list goes on from when the parser left an item unattached: in "Echenique
    had 11 points, 11 rebounds and six blocked shots" it may hang "rebounds" on the
    sentence's first verb."""
    if noun.dep_ != "dep" or noun.pos_ != "NOUN" or noun.left_edge.i == 0:
        return None
    comma = noun.doc[noun.left_edge.i - 1]
    listed = comma.head
    if comma.text != "," or listed.pos_ != "NOUN" or listed.i > comma.i:
        return None
    return listed if listed.head != noun.head else None


# participles of what is believed of people that the parse may read as the noun a figure
# counts: "24 thought to be alive"
_SAID_TO_BE = frozenset({"thought", "believed", "feared", "presumed"})

# "scores" as in "scores of people" is a quantity too, though it multiplies no number
_QUANTITY_NOUNS = lx.NUMBER_NOUNS | {"score"}


def _a_date_after(anchor: Token, head: Token) -> bool:
    """A time word the parse hangs the figure on, across a word of a date the figure is not
    in: "256,000 last month", "40 this year"."""
    return (
        head.ent_type_ == "DATE"
        and anchor.ent_type_ != "DATE"
        and head.lemma_.lower() in lx.TIME_UNITS
        and any(t.ent_type_ == "DATE" for t in anchor.doc[anchor.i + 1 : head.i])
    )


def _headline_verb_read_as_a_noun(word: Token, anchor: Token) -> bool:
    """ "as two more die", "at least 78 drown on Lake Kivu", "Thousands flee as ... keeps
    erupting", "Thousands march in Belgrade": a headline's verb the parse takes for the noun a
    figure counts (a crowd's right after the figure: not "more than 50,000 -- easily the
    biggest protest")."""
    if word.pos_ != "NOUN" or word.lower_ not in _HEADLINE_VERBS_READ_AS_NOUNS:
        return False
    return word.lower_ not in _CROWD_DEEDS or word.i == anchor.i + 1


# a headline's verbs the parse may take for nouns, and what they make of those counted
_HEADLINE_VERBS_READ_AS_NOUNS: dict[str, Category] = {
    "die": "killed", "dies": "killed", "drown": "killed", "flee": "displaced",
    "march": "crowd", "protest": "crowd", "rally": "crowd",
}  # fmt: skip
_CROWD_DEEDS = frozenset(w for w, c in _HEADLINE_VERBS_READ_AS_NOUNS.items() if c == "crowd")


def _counted_noun_listed_before(figure: Token) -> Token | None:
    """The counted noun of the figure a bare figure is joined to ("won five titles with the
    Lakers and six with the Chicago Bulls": the parse hangs "six" on "titles" or on "won");
    not when words after the figure may name what it counts ("28 receptions and 258 receiving
    yards", "1,247 animal and 747 plant species")."""
    after = figure.doc[figure.i + 1] if figure.i + 1 < len(figure.doc) else None
    if figure.dep_ != "conj" or after is None or after.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        return None
    noun = figure.head
    if noun.pos_ == "VERB":
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < figure.i), noun)
    counted = noun.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in noun.children)
    return noun if counted and noun.i < figure.i else None


def counted_noun(anchor: Token) -> Token | None:
    """The noun a count counts: "47,283 people" -> people, "dozens of people" -> people."""
    if anchor.dep_ == "conj" and anchor.head.pos_ == "NUM" and anchor.head.i < anchor.i:
        if _tally_put_at(anchor.head) is not None and anchor.head.head.i > anchor.i:
            return anchor.head.head  # "the death toll at 19 and four people still missing"
        return counted_noun(anchor.head)  # "three or four robbers": the first figure's noun
    head = anchor.head
    listed = _counted_noun_listed_before(anchor)
    if listed is not None:
        return listed  # "won five titles with the Lakers and six with the Chicago Bulls"
    if _gapped_name_before(anchor) is not None:
        return head.head  # "The SPD won 15 seats and the Greens 13": seats
    if anchor.dep_ == "amod" and head.pos_ == "ADJ" and head.ent_type_ == "NORP":
        # "Eleven Italian and 19 Hungarian soldiers were hurt": the noun listed after the
        # demonym, left out after the first
        listed = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
        if listed is not None and any(c.dep_ == "nummod" for c in listed.children):
            return listed
    between = anchor.doc[anchor.i + 1 : max(anchor.i + 1, head.i)]
    if head.pos_ == "NUM" and any(t.pos_ == "ADP" and t.lower_ != "of" for t in between):
        return None  # "toll climbs to 44 across four states": the states are the other's
    if len(between) > 0 and between[0].lower_ == "as":
        return None  # "toll revised to 10 as more evacuate": a verb of the next clause
    while (
        (  # "14 AK-47 rifles": a model number between the figure and its noun; "200+ people"
            head.pos_ == "NUM" or head.text == "+"
        )
        and head.dep_ in ("nummod", "compound")
        and head.head.i > head.i
    ):
        head = head.head
    modifies_noun_after = (
        head.i > anchor.i
        and head.pos_ in ("NOUN", "PROPN")
        # "Five dead, dozens injured": a headline's second figure is not what the first counts
        and head.lemma_.lower().removesuffix("s") not in _QUANTITY_NOUNS
    )
    if _headline_verb_read_as_a_noun(head, anchor):
        return None  # "toll rises to six as two more die": the parse makes "die" a noun
    if head.lower_ in _SAID_TO_BE and head.i == anchor.i + 1:
        return None  # "24 thought to be alive", "12 thought missing": a participle, no noun
    if head.i > anchor.i + 1 and _stands_for_people(anchor):
        return None  # "five dead, 48 missing as rescuers battle new slides": the slides'
    if _a_date_after(anchor, head):
        return None  # "payrolls increased by 256,000 last month": when, not what
    if _across_a_comma(anchor, head):
        return None  # "leaves 18 dead, gunman at large": the next clause's noun
    if _tally_put_at(anchor) is not None:
        return None  # "with the death toll at 19 and four people still missing": the toll's
    sized = _sized_thing_set_to(anchor if anchor.dep_ == "pobj" else head)
    if sized is not None:
        return sized  # "cut Labour's majority to 4,102 votes": the majority, in votes
    if anchor.dep_ in ("nummod", "quantmod", "compound", "amod") and modifies_noun_after:
        noun = head
        # "three bank workers": the parser hangs the figure on the first of the compound;
        # "3 USB 2.0 ports", "10,500 Writers Guild of America members": on a singular word
        # that names the kind of the plural after it (not "a 32 yard touchdown")
        while (
            noun.head.i > noun.i
            and noun.head.pos_ == "NOUN"
            and (noun.dep_ == "compound" or (noun.dep_ == "nmod" and _names_a_kind_of(noun)))
            # "bought two rifles days after his birthday": a plural is no kind of the time
            and not (noun.tag_ == "NNS" and noun.head.lemma_.lower() in lx.TIME_UNITS)
        ):
            noun = noun.head
        return _sizer_of(_bodies_of(_sets_of_remains(_end_of_hyphenated(noun))))
    if anchor.dep_ == "nsubj" and head.pos_ == "NOUN" and head.i > anchor.i and is_person(head):
        return head  # "19 people, nine of them children, killed": the aside names the part
    if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SIZED_BY_OF:
        return head.head  # "its crew of 25", "a staff of 500", "a majority of 174"
    named = _people_the_figure_is(anchor)
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in ("NOUN", "PROPN", "PRON"):
                    # "Of those killed, 14 were children": what they are names them better
                    # (not "Seventeen of those still held are women": hostages, of a kind)
                    harmed = grandchild.pos_ == "PRON" and any(
                        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _HARM_TRIGGERS
                        for c in grandchild.children
                    )
                    # "Twenty-eight of the dead in Kerr County were children"
                    harmed = harmed or grandchild.lemma_.lower() in _HARM_TRIGGERS
                    return named if named is not None and harmed else grandchild
    if named is not None:
        return named  # "Of the 78 dead, 12 were children": what the figure is counts it
    for whole in _set_of(anchor):  # "Of the hostages, 20 were freed"
        if whole.pos_ in ("NOUN", "PROPN"):
            return whole
    doc = anchor.doc
    by = doc[anchor.i + 1 : anchor.i + 5]
    if len(by) >= 2 and by[0].lower_ in _DIMENSION_WORDS and by[1].like_num:
        # "2,880 by 1,800 pixels": both sides count pixels; so do "480 by 360-pixel" sides
        hyphened = len(by) == 4 and by[2].text == "-" and by[3].pos_ in ("NOUN", "PROPN")
        return by[3] if hyphened else counted_noun(by[1])
    return None


_DIMENSION_WORDS = frozenset({"by", "x", "×"})


def _sizer_of(noun: Token) -> Token:
    """ "a majority of 4,112 votes" is a majority, in votes (as "a majority of 174" is)."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _SIZED_BY_OF:
        return of.head
    return noun


def _sized_thing_set_to(word: Token) -> Token | None:
    """What a verb brings to the figure (or to its phrase), when the figure sizes it: "cut
    Labour's majority to 4,102", "trimmed its majority to 4,102 votes", "reduced its staff to
    1,200" (not "raised the death toll to 45": a tally, which counts what it says)."""
    to = word.head
    if word.dep_ != "pobj" or to.lower_ != "to" or to.head.pos_ != "VERB":
        return None
    return next(
        (
            c
            for c in to.head.children
            if c.dep_ == "dobj" and c.lemma_.lower() in _SIZED_BY_OF and c.i < to.i
        ),
        None,
    )


def _tally_put_at(anchor: Token) -> Token | None:
    """The tally a figure right after "the death toll at" gives, when the parse hangs it on
    the noun of the figure joined after it ("with the death toll at 19 and four people still
    unaccounted for")."""
    doc = anchor.doc
    if anchor.i < 2 or doc[anchor.i - 1].lower_ != "at":
        return None
    tally = doc[anchor.i - 2]
    joined = any(c.dep_ == "conj" and c.like_num for c in anchor.children)
    return tally if joined and tally.lemma_.lower() in TALLY_NOUNS else None


def _people_the_figure_is(anchor: Token) -> Token | None:
    """The people a figure's "be" says it is: "12 were children"."""
    head = anchor.head
    if anchor.dep_ != "nsubj" or head.lemma_ != "be":
        return None
    named = [c for c in head.children if c.dep_ == "attr" and c.i > anchor.i]
    return named[0] if named and named[0].pos_ == "NOUN" and is_person(named[0]) else None


_DEAD_BODIES = frozenset({"body", "corpse", "remains"})


def _bodies_of(noun: Token) -> Token:
    """ "the bodies of 71 people had been found": bodies are counted, as in "70 bodies had been
    recovered" (what was done with them says whether they are the toll: see the reconciler)."""
    of = noun.head
    if of.lower_ != "of" or of.dep_ != "prep" or noun_lemma(of.head) not in _DEAD_BODIES:
        return noun
    if any(c.dep_ == "acl" for c in noun.children):
        return noun  # "the bodies of 40 people killed in the crash": the toll, said of bodies
    # not "the bodies of the two women were discovered": the women, whom a murder's story counts
    # (but "the remains of 55 victims", as of 55 people)
    return of.head if noun.lemma_.lower() in ("people", "person", "victim") else noun


def _bodies_of_some(anchor: Token) -> bool:
    """ "recovered the bodies of two of the six workers missing": the figure whose bodies they
    are is of the dead, whatever the set it is taken from was."""
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of" or noun_lemma(of.head) not in _DEAD_BODIES:
        return False
    return any(p.lower_ == "of" and p.dep_ == "prep" for p in anchor.children)


def _sets_of_remains(noun: Token) -> Token:
    """ "42 sets of remains had been recovered": the dead's remains are counted in sets."""
    if noun.lemma_.lower() != "set":
        return noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for remains in child.children:
                if remains.dep_ == "pobj" and remains.lower_ == "remains":
                    return remains
    return noun


def _names_a_kind_of(word: Token) -> bool:
    return word.tag_ in ("NN", "NNP") and word.head.tag_ == "NNS"


def _stands_for_people(anchor: Token) -> bool:
    """ "48 missing", "five dead": a figure the parse gives its state right after it, as a
    noun's; what the figure counts is no noun further on."""
    return any(
        c.dep_ == "amod" and c.i == anchor.i + 1 and c.lower_ in PARTICIPLE_NOUNS
        for c in anchor.children
    )


def _across_a_comma(anchor: Token, noun: Token) -> bool:
    """A singular noun the parse hangs a plural figure on past a comma and a word of the
    figure's own clause: another clause's ("18 dead, gunman at large"; not a list of figures,
    "1,200, 1,400 or 1,600 staff")."""
    between = anchor.doc[anchor.i + 1 : noun.i]
    plural = anchor.like_num and anchor.lower_ not in ("1", "one")
    own_words = any(t.pos_ in ("ADJ", "VERB", "NOUN") for t in between)
    return plural and noun.tag_ == "NN" and own_words and any(t.text == "," for t in between)


def previous_counted(anchor: Token) -> Token | None:
    """The noun the sentence's previous figure counts, if it names one."""
    token = _previous_figure(anchor)
    noun = counted_noun(token) if token is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def _previous_figure(anchor: Token) -> Token | None:
    sentence = anchor.sent
    for token in reversed(sentence[: anchor.left_edge.i - sentence.start]):
        if _a_calendar_number(token):
            continue  # "died ... in the March 16 strike, twice the estimate of 300": the 600
        if token.ent_type_ == "ORDINAL":
            continue  # "for the first time": an ordinal, which spaCy reads as like a number
        if token.like_num or token.pos_ == "NUM":
            return token
    return None


def _a_calendar_number(token: Token) -> bool:
    """A day's or year's number in a date ("the March 16 strike"), not a count the model tags
    a date ("15 seasons")."""
    ent = entity_at(token.doc, token.i) if token.ent_type_ in ("DATE", "TIME") else None
    if ent is None:
        return False
    words = {t.lower_.rstrip(".") for t in ent}
    return bool(words & _CALENDAR_WORDS) or bool(re.fullmatch(r"(1[89]|20)\d\d", token.text))


# months, their short forms and weekdays: the words of a date on a calendar
_CALENDAR_WORDS = frozenset(MONTHS) | {m[:3] for m in MONTHS} | frozenset(WEEKDAYS)


def _included(anchor: Token) -> Token | None:
    """The "including" a bare figure, or a figure listed after it, hangs on: "including nine
    in Poland, seven in Romania"."""
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i and anchor.head.like_num:
        anchor = anchor.head
    # "including five Portuguese, three Britons": a listed noun with its own figure
    while (
        anchor.dep_ == "conj"
        and anchor.head.i < anchor.i
        and anchor.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "nummod" for c in anchor.head.children)
    ):
        anchor = anchor.head
    marker = anchor.head
    if anchor.dep_ != "pobj" or marker.lower_ not in _INCLUDING:
        return None
    return marker


def included_in(anchor: Token) -> Token | None:
    """ "launched at least 144 drones at Russia, including 20 at the Moscow region": a bare
    figure "including" counts what the counted set it hangs on counts, or else what the
    sentence's figure before it counts ("At least 24 people have died in the floods,
    including nine in Poland"); not "over several regions, including 20", a set no figure
    counts."""
    marker = _included(anchor)
    if marker is None:
        return None
    whole = marker.head
    if whole.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in whole.children):
        return whole
    return previous_counted(marker)


def _a_reporting_verb(word: Token) -> bool:
    return word.pos_ == "VERB" and word.lemma_.lower() in lx.REPORTING_VERBS


def included_part(anchor: Token) -> bool:
    """ "including nine in Poland", "including eight at the construction site": a place's part
    of the count before it, as `included_in` finds it (not "including three that entered his
    body from the rear", which other articles give as a count of its own)."""
    in_a_place = any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in anchor.children
    )
    marker = _included(anchor)
    return in_a_place and marker is not None and _previous_figure(marker) is not None


def listed_with_other_people(noun: Token | None) -> bool:
    """ "killed 25 Indians and a Nepali tourist", "12 soldiers and three civilians": one kind
    of people listed with another is that kind's part of the whole, not all of it."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not is_person(noun):
        return False
    if noun.lemma_.lower() in ("people", "person"):
        return False  # "26 people and a dog"
    others = [c for c in noun.children if c.dep_ == "conj"]
    if noun.dep_ == "conj":
        others.append(noun.head)
    return any(
        other.pos_ in ("NOUN", "PROPN")
        and is_person(other)
        and other.lemma_.lower() not in ("people", "person", noun.lemma_.lower())
        # counted too: a figure of its own, or "a" after the figure's noun (not "A female
        # receptionist died and two men ...": the parse's list of two clauses' subjects)
        and (
            any(c.dep_ == "nummod" for c in other.children)
            or (other.i > noun.i and any(c.lower_ in ("a", "an") for c in other.children))
        )
        for other in others
    )


def named_share(noun: Token | None) -> bool:
    """ "At least 51 people have been killed since Monday, including three police officers":
    the officers are the police's share of the count before them, not a count of people that
    another report's "two in Sunsari" could be."""
    # a nationality too: "released 17 hostages on Saturday, including 13 Israelis"
    nationals = noun is not None and noun.pos_ == "PROPN" and noun.ent_type_ == "NORP"
    if noun is None or (noun.pos_ != "NOUN" and not nationals):
        return False
    if noun.lemma_.lower() in ("people", "person") and not _people_of_a_kind(noun):
        return False
    marker = _including_marker(noun)
    return marker is not None and _previous_figure(marker) is not None


def _including_marker(noun: Token) -> Token | None:
    """The "including" a noun, or a noun listed after it, hangs on ("including a foreign
    national and three police officers")."""
    listed = noun
    while listed.dep_ == "conj" and listed.head.i < listed.i:
        listed = listed.head
    marker = listed.head
    if listed.dep_ != "pobj" or marker.lower_ not in _INCLUDING:
        return None
    return marker


_INCLUDING = frozenset({"including", "includes", "include"})


def verb_of_the_set_including(noun: Token) -> Token | None:
    """The verb of the counted set a noun "including" hangs on ("released 17 hostages on
    Saturday, including 13 Israelis and four Thais": released)."""
    marker = _including_marker(noun)
    if marker is None:
        return None
    whole = marker.head
    if whole.pos_ in ("VERB", "AUX"):
        # the parse may hang "including" on the verb: its counted object is the set
        counted = (c for c in whole.children if c.dep_ in ("dobj", "nsubjpass"))
        whole = next((c for c in counted if _counted_by_a_number(c)), whole)
    return governing_verb(whole) if _counted_by_a_number(whole) else None


def _counted_by_a_number(word: Token) -> bool:
    return word.like_num or any(c.dep_ == "nummod" for c in word.children)


def _people_of_a_kind(noun: Token) -> bool:
    """ "750 people under 18", "12 people who were visiting": people a modifier makes a kind
    (not "people in Gaza City", a place's part: see `included_part`)."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("under", "over", "aged", "from"))
        or c.dep_ in ("relcl", "acl")
        for c in noun.children
        if c.i > noun.i
    )


def listed_by_origin(anchor: Token) -> bool:
    """ "28 bodies had been recovered from the river, 27 from the plane and one from the
    helicopter": bare figures listed after a count, each with where they came from, are its
    parts (however the parse hangs them); not one alone (", four from friendly fire")."""
    return _whole_of_origins(anchor) is not None


def counted_by_origin(anchor: Token) -> Token | None:
    """What the count a list of origins breaks down counts: "300 migrants had arrived, 200
    from Libya and 100 from Tunisia" (migrants, both)."""
    whole = _whole_of_origins(anchor)
    noun = counted_noun(whole) if whole is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def _whole_of_origins(anchor: Token) -> Token | None:
    doc = anchor.doc
    bare = anchor.pos_ == "NUM" and anchor.dep_ != "nummod" and 0 < anchor.i < len(doc) - 1
    if not bare or doc[anchor.i + 1].lower_ != "from":
        return None
    before = _previous_figure(anchor)
    if before is None:
        return None
    if doc[anchor.i - 1].text == ",":
        # a list of two or more: ", four from friendly fire" alone may be a cause
        return before if _origin_follows(anchor) else None
    if doc[anchor.i - 1].lower_ == "and":
        return _whole_of_origins(before)  # "..., 27 from the plane and one from the helicopter"
    return None


def _origin_follows(anchor: Token) -> bool:
    doc, end = anchor.doc, anchor.sent.end
    return any(
        doc[i].pos_ == "NUM" and doc[i - 1].lower_ == "and" and doc[i + 1].lower_ == "from"
        for i in range(anchor.i + 2, end - 1)
    )


def earlier_people(anchor: Token) -> Token | None:
    """The people the sentence's previous figure counts, for a figure that names none, when
    their name says what befell them: "freed three of the hostages, leaving nine still held",
    "released 24 captives but kept 15 others". Not plain people or roles ("the charge against
    Blackmore involves 20 individuals, against Oler only two"): 80 figure folders, 0.8499 ->
    0.8494 with them."""
    verb = governing_verb(anchor)
    if verb is not None and names_a_tally(verb):
        return None  # "a further 20 bodies ..., bringing the toll to 61": the toll's
    noun = previous_counted(anchor)
    return noun if noun is not None and noun_lemma(noun) in lx.NOUN_CATEGORIES else None


_FORECASTING_VERBS = frozenset({"expect", "forecast", "predict", "anticipate", "project"})


def forecast_by(noun: Token) -> bool:
    """ "more than the 155,000 analysts had forecast": the figure is what they forecast (its
    object left out), not a count of analysts; nor "have forecast 3,000 job cuts"."""
    verb = noun.head
    if noun.dep_ != "nsubj":
        # "above the 155,000 economists polled by Reuters had expected", parsed apart
        doc, end = noun.doc, noun.right_edge.i
        if end + 2 >= len(doc) or doc[end + 1].lower_ not in ("had", "have", "has"):
            return False
        verb = doc[end + 2]
    return verb.lemma_.lower() in _FORECASTING_VERBS and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children
    )


# what forecasters foresee a figure in: "analysts' estimates of 410,000"
_FORECAST_NOUNS = frozenset({"estimate", "forecast", "expectation", "projection", "prediction"})
# who foresees a company's or an economy's figures
_FORECASTERS = frozenset({"analyst", "economist", "forecaster", "strategist", "consensus"})


def foreseen(anchor: Token, noun: Token | None) -> bool:
    """A figure forecasters foresaw, not one that came: "deliveries of 384,000, below
    analysts' estimates of about 410,000", "Analysts had expected 410,000 deliveries",
    "expectations for 150,000 jobs", "more than the 155,000 economists had forecast". Not a
    tally's estimate ("the UN's estimate of 670 dead" is the toll) nor an agency's own ("its
    flash estimate of 2.2%"). A figure said with its forecasters as its noun ("the 155,000
    analysts had forecast") is told by `forecast_by`."""
    # (a share's sign holds the "of": "forecasts of 2.9%")
    unit = (
        anchor.head if anchor.dep_ == "nummod" and anchor.head.lower_ in ("%", "percent") else None
    )
    for figure in (anchor, noun, unit):
        if figure is None or figure.dep_ != "pobj" or figure.head.lower_ not in ("of", "for"):
            continue
        said_in = figure.head.head
        lemma = said_in.lemma_.lower()
        if lemma == "expectation" or (lemma in _FORECAST_NOUNS and _said_by_forecasters(said_in)):
            return True
    verb = governing_verb(noun or anchor)
    return (
        verb is not None
        and verb.lemma_.lower() in _FORECASTING_VERBS
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _FORECASTERS for c in verb.children)
    )


def _said_by_forecasters(said_in: Token) -> bool:
    """ "analysts' estimates", "the consensus forecast", "estimates by economists"."""
    for child in said_in.children:
        if child.dep_ in ("poss", "compound", "amod") and child.lemma_.lower() in _FORECASTERS:
            return True
        by = child.dep_ == "prep" and child.lower_ in ("by", "from", "of")
        if by and any(g.lemma_.lower() in _FORECASTERS for g in child.children):
            return True
    return False


def earlier_things(anchor: Token) -> Token | None:
    """The things the sentence's previous figure counts, for a figure that names nothing,
    when the two say one deed, each with a verb of its own: "More than 5,000 flights were
    cancelled, and Delta alone cancelled 1,000" (flights, not people)."""
    verb = governing_verb(anchor)
    noun = previous_counted(anchor)
    if verb is None or names_a_tally(verb) or noun is None or is_person(noun):
        return None
    # the same deed said again by a verb of its own, not a list under one verb
    earlier_verb = governing_verb(noun)
    if earlier_verb is None or earlier_verb.i == verb.i:
        return None
    if verb.lemma_.lower() == "have" and anchor.dep_ == "dobj" and verb.dep_ == "conj":
        return noun  # "finished with 20 points and now has 2,302 for his career": points
    if _role(noun) != _role(anchor):
        return None  # not "... threw for 300 yards, three threw"
    same_deed = earlier_verb.lemma_ == verb.lemma_ and verb.lemma_.lower() not in lx.EMPTY_VERBS
    # "was ahead in 294 seats, while the opposition was leading in 231": one place said twice
    same_place = _role(anchor).startswith("pobj ")
    return noun if same_deed or same_place or _passive_left_out(anchor, verb) else None


def _passive_left_out(word: Token, verb: Token) -> bool:
    """A clause after "and" whose passive's "were" and noun are left out: "2,000 flights were
    cancelled on Sunday, and 5,000 delayed"."""
    return (
        word.dep_ == "nsubj"
        and word.head.i == verb.i
        and verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_ELIDING_WORDS = frozenset({"first", "last", "final", "other", "remaining", "next", "latter"})


def noun_left_out(anchor: Token) -> Token | None:
    """The noun left out after "the first" or "the other" is what the sentence's previous
    figure counts: "He played 15 seasons in the NBA, the first 11 with Philadelphia"."""
    words = {c.lower_ for c in anchor.children if c.i < anchor.i}
    # "short of the 272 needed for a majority"
    wanted = any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN" for c in anchor.rights)
    # "won 240 seats, 32 short of a majority"
    after = anchor.doc[min(anchor.i + 1, len(anchor.doc) - 1)]
    shortfall = after.lower_ in ("short", "shy") and anchor.i in (after.head.i, after.i - 1)
    # "destroyed 1,200 homes and damaged 3,000 more": homes
    more = after.lower_ == "more" and anchor.head.i == after.i and after.pos_ == "ADJ"
    eliding = "the" in words and (not words.isdisjoint(_ELIDING_WORDS) or wanted)
    if not (shortfall or more or eliding):
        return None
    return previous_counted(anchor)


def things_pointed_at(pronoun: Token) -> Token | None:
    """The things "them" stands for in "N of them" when the sentence's previous figure counts
    things, not people: "attacked more than 80 ships, seizing 36 of them" ("whom" stands for
    people only, see `people_whom_stands_for`)."""
    share_of = pronoun.head
    if pronoun.lower_ not in _SET_PRONOUNS - {"whom"}:
        return None
    if share_of.lower_ != "of" or not share_of.head.like_num:
        return None
    noun = previous_counted(share_of.head)
    return noun if noun is not None and not is_person(noun) else None


def people_whom_stands_for(pronoun: Token) -> Token | None:
    """The people "whom" stands for in "N of whom": the nearest figure before it that counts
    people, past figures of other things the parse may hang the clause on ("113 police
    officers had been injured in the four days of clashes, 11 of whom were in hospital")."""
    share_of = pronoun.head
    if pronoun.lower_ != "whom" or share_of.lower_ != "of" or not share_of.head.like_num:
        return None
    sentence = pronoun.sent
    for token in reversed(sentence[: share_of.head.left_edge.i - sentence.start]):
        if token.like_num or token.pos_ == "NUM":
            noun = counted_noun(token)
            if noun is not None and noun.pos_ == "NOUN" and is_person(noun):
                return noun
    return None


def _phrase_head(word: Token) -> Token:
    """The noun a figure is a number of, or the figure itself ("842,000 cars": cars)."""
    while word.dep_ in ("nummod", "quantmod", "compound") and word.head.i != word.i:
        word = word.head
    return word


def _role(word: Token) -> str:
    """How a figure or its noun stands to its verb: the passive's subject is what the active
    verb takes as its object ("flights were cancelled", "cancelled 1,000")."""
    word = _phrase_head(word)
    if word.dep_ in ("dobj", "nsubjpass") or _passive_left_out(word, word.head):
        return "object"
    return f"{word.dep_} {word.head.lower_}" if word.dep_ == "pobj" else word.dep_


def names_a_tally(verb: Token, roles: frozenset[str] | None = None) -> bool:
    """Whether a tally is the verb's subject or object (in one of `roles`, any role if None):
    "the death toll rose", "police put the toll at 41"; an estimate of a tally is one ("UN
    lowers death toll estimate to 770", "lowered its estimate of the toll")."""
    return any(
        (c.lemma_.lower() in TALLY_NOUNS or _estimate_of_a_tally(c))
        and (roles is None or c.dep_ in roles)
        for c in verb.children
    )


def _estimate_of_a_tally(noun: Token) -> bool:
    if noun.lemma_.lower() != "estimate":
        return False
    held = (g for p in noun.children if p.lower_ == "of" for g in p.children)
    named = (c for c in noun.children if c.dep_ == "compound")
    return any(t.lemma_.lower() in TALLY_NOUNS or _the_harmed_tallied(t) for t in (*held, *named))


def _the_harmed_tallied(word: Token) -> bool:
    """ "UN raises estimate of dead to 670", "raised its estimate of heat-related deaths to
    679": an estimate of the dead, or of deaths, is their tally."""
    if word.dep_ not in ("pobj", "pcomp"):
        return False
    return word.lower_ in PARTICIPLE_NOUNS or word.lemma_.lower() in lx.NOUN_CATEGORIES


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def tallied_things(anchor: Token) -> Token | None:
    """What a tally the figure gives counts: "The number of confirmed cases rose to 148",
    "Swine flu cases rise to 257" count cases (people and the dead are read by `categorise`)."""
    verb = governing_verb(anchor)
    if verb is None or anchor.dep_ == "nsubj":
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ == "xcomp" and verb.lemma_.lower() in _RISE_VERBS:
        # "as the number of people held since the protests began rose to 293": the parse
        # makes "rose" the complement of "began", whose subject the tally is
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ in ("advcl", "conj") and puts_it_at(anchor):
        # "said the number of missing children was lower, putting it at 137": "it" is the
        # tally of the clause the putting hangs on
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is None and _deed_of_the_tally(verb):
        subject = verb.head  # "bringing the number of Ukrainians freed to 4,131"
    elif verb.lemma_.lower() in _RAISING_VERBS and anchor.head.head == verb:
        # "The moves brought to 12 the number of Rams players on injured reserve"
        carried = (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TALLY_NOUNS)
        subject = next(carried, subject)
        misread = _tally_read_as_a_clause(verb)
        if misread is not None:  # "... the number of Ukrainians returned home"
            subject = next(c for c in misread.children if c.dep_ == "nsubj")
    if subject is None:
        return None
    if subject.lemma_.lower() in TALLY_NOUNS:
        things = next(_tallied(subject), None)
        named = things is not None and (things.pos_ == "NOUN" or things.ent_type_ == "NORP")
        return things if named else None
    # "Swine flu cases rise to 257": the plural that rose is what the figure counts
    # (where it stands, not by how much: "payrolls increased by 256,000" counts jobs)
    stands = anchor.dep_ == "dobj" or (anchor.dep_ == "pobj" and anchor.head.lower_ == "to")
    rose = verb.lemma_.lower() in _RISE_VERBS and subject.tag_ == "NNS" and stands
    if not rose or any(c.like_num for c in subject.children):
        return None
    return _things_the_deeds_were_done_to(subject) or subject


def _things_the_deeds_were_done_to(deeds: Token) -> Token | None:
    """ "Home losses climbed to 86", "flight cancellations rose to 3,100": the deeds count
    the things they were done to (homes lost, flights cancelled)."""
    if deeds.lemma_.lower() not in lx.NOMINAL_DEEDS:
        return None
    return next((c for c in deeds.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


_RISE_VERBS = frozenset({"rise", "climb", "reach", "jump", "grow", "increase", "top", "soar"})


# what a figure counts when it names its people only by pointing back at them
ELLIPTICAL_PEOPLE = frozenset({"others", "other", "them", "those", "whom"})


def counts_children(anchor: Token) -> bool:
    """ "a mother of 12", "Brooklyn Mother of 13 Zurana Horton", "a father-of-three", "father
    to two boys": the figure is how many children a parent has, whatever the clause did to
    the parent."""
    before = [t for t in anchor.doc[max(0, anchor.i - 4) : anchor.i] if t.text != "-"]
    return (
        len(before) >= 2
        and before[-1].lower_ in ("of", "to")
        and before[-2].lower_ in lx.PARENT_NOUNS
    )


_SET_PRONOUNS = frozenset({"them", "whom", "those", "us", "these"})
_BACK_REFERENCES = frozenset({"the", "these", "those", "all", "both"})


def refers_back(sentence: Span, first: int) -> bool:
    """ "the three victims were taken to hospital", "all three of the people": a set the
    article has already counted, whatever the clause now says of it; not "the four others",
    those beside it."""
    doc = sentence.doc
    others = first + 1 < sentence.end and doc[first + 1].lower_ in ("others", "other")
    return first > sentence.start and doc[first - 1].lower_ in _BACK_REFERENCES and not others


# not "another": as often another set as an addition ("another 20,000 people marched in
# Thessaloniki"; with it, 80 figure folders 0.8499 -> 0.8498, verdicts 714 -> 711)
_INCREMENT_BEFORE = frozenset({"further", "additional", "extra"})
_INCREMENT_AFTER = frozenset({"more", "additional", "further", "extra", "new"})
# what says a figure is the rest of a set: "the last two victims", "the remaining 17"
_THE_REST = frozenset({"last", "final", "remaining"})
# what is done to the rest of a set, one batch after another
_DONE_TO_THE_REST = frozenset({"rescue", "recover", "find", "evacuate", "retrieve", "identify"})
_BEFORE_NOW_COMPARED = frozenset({"yesterday", "earlier", "before", "previously"})


def in_one_place_alone(anchor: Token) -> bool:
    """ "In Istanbul alone, police detained 511 people", "450 people had been detained in the
    northern province of Gilan alone", "Hubei province alone reported 100 deaths": the count
    of one place of many, a part of the country's, however its words match; so is a named
    subject's ("Ryanair alone cancelled 400 flights")."""
    chain = {anchor.i} | {t.i for t in anchor.ancestors}
    for token in anchor.sent:
        if token.lower_ != "alone" or token.dep_ != "advmod" or token.i == 0:
            continue
        place = token.doc[token.i - 1]
        named = place.ent_type_ in _PLACE_ENTITIES or place.lemma_.lower() in lx.PLACE_NOUNS
        # "Ryanair alone cancelled 400 flights": a name's part of the whole
        named = named or (place.pos_ == "PROPN" and place.dep_ in _SUBJECTS)
        phrase = place
        of = place.head
        if place.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in lx.PLACE_NOUNS:
            named, phrase = True, of.head  # "in the northern province of Gilan alone"
        held = (
            token.head.i in chain
            or (token.head == place and phrase.dep_ == "pobj" and phrase.head.head.i in chain)
            # "Hubei province alone reported 100 deaths": the place that gave the count
            or (token.head == place and place.dep_ in _SUBJECTS and place.head.i in chain)
        )
        if named and held:
            return True
    return False


def is_increment(doc: Doc, first: int, last: int) -> bool:
    """ "A further 20 bodies", "fifteen more people died", "the toll rose by 12 to 61": a
    figure added to a total, not the total; so is "a third" who died or was hurt after the
    news of two ("A third child has died": one more dead), not one after the two it is the
    third of ("killing two co-workers and critically injuring a third": the one hurt), nor
    one a deed was done to ("charged with ... injuring a third co-worker")."""
    if [t.lower_ for t in doc[first : last + 1]] == ["a", "third"]:
        third = doc[last]
        subject = third if third.dep_ in _SUBJECTS else third.head
        alone = not any(t.like_num for t in doc[doc[first].sent.start : first])
        # "found the body of a third climber": one more dead, found
        body = subject.dep_ == "pobj" and subject.head.lower_ == "of"
        body = body and noun_lemma(subject.head.head) in ("body", "remains")
        return alone and (subject.dep_ in _SUBJECTS or body)
    before = doc[first - 1] if first > 0 else None
    after = doc[last + 1] if last + 1 < len(doc) else None
    if before is not None and before.lower_ in _INCREMENT_BEFORE:
        return True
    if before is not None and before.lower_ in _THE_REST and before.i > 0:
        # "The bodies of the last two victims were recovered", "the remaining 17 students were
        # rescued": the rest of those found or saved, not all of them (but "the remaining 14
        # are still held" are what is left, and "released the last 20 living hostages" is a
        # handover other reports give whole: "the 20 hostages freed by Hamas")
        verb = governing_verb(doc[last])
        done = verb is not None and verb.lemma_.lower() in _DONE_TO_THE_REST
        return done and doc[before.i - 1].tag_ in ("DT", "PRP$")
    # "13 new measles cases" (not "18 New York women": a name)
    named = after is not None and after.text == "New"
    if (
        after is not None
        and after.lower_ in _INCREMENT_AFTER
        and after.i + 1 < len(doc)
        and not named
    ):
        # not "15 more than"; but "21 more of its servicemen"
        following = doc[after.i + 1]
        if after.lower_ == "more" and following.lower_ == "than":
            # "159 measles cases on Friday, 13 more than on Monday": the rise since a day
            compared = doc[following.i + 1 : min(len(doc), following.i + 4)]
            return any(
                t.ent_type_ in ("DATE", "TIME") or t.lower_ in _BEFORE_NOW_COMPARED
                for t in compared
            )
        limit = min(len(doc), after.i + 4)
        while following.pos_ in ("ADJ", "PROPN") and following.i + 1 < limit:
            following = doc[following.i + 1]  # "39 more Palestinian prisoners"
        return following.pos_ in ("NOUN", "VERB", "AUX") or following.lower_ == "of"
    if _added_to_a_tally_after(doc[last]):
        return True
    before = by_before(doc, first, last) or before
    return before is not None and (tally_changed_by(before) or changed_by_then_to(doc, first, last))


def _added_to_a_tally_after(anchor: Token) -> bool:
    """ "convicted 13 men on Tuesday ..., bringing the number convicted so far to 46": the
    figure of a day's deed a tally is then brought up by, the day's and not the tally (not
    "11 people had died in the heatwave in the country, bringing the European toll to 17":
    the country's whole count, no day's)."""
    verb = governing_verb(anchor)
    if verb is None or anchor.dep_ not in ("dobj", "nummod", "nsubjpass", "nsubj"):
        return False
    raised = any(
        c.dep_ == "advcl"
        and c.lemma_.lower() in _TALLY_RAISERS
        and names_a_tally(c, frozenset({"dobj"}))
        and any(t.like_num and t.i > anchor.i for t in c.subtree)
        for c in verb.children
    )
    return raised and any(
        c.dep_ in ("prep", "npadvmod") and any(t.lower_ in WEEKDAYS for t in c.subtree)
        for c in verb.children
    )


def by_before(doc: Doc, first: int, last: int) -> Token | None:
    """The "by" a figure hangs on, past the figure's own words between ("fell by a record
    908,574 to 120.3 million", "rose by a further 12"): a change's "by" as much as one right
    before the figure."""
    if first > 0 and doc[first - 1].lower_ == "by":
        return doc[first - 1]
    figure = doc[last]
    if figure.dep_ == "quantmod":
        figure = figure.head  # "by a further 12 to 61" read as one span of figures
    by = figure.head
    if figure.dep_ != "pobj" or by.lower_ != "by" or not by.i < first <= by.i + 3:
        return None
    own = all(t.head == figure and t.pos_ in ("DET", "ADJ") for t in doc[by.i + 1 : first])
    return by if own else None


def added_to(anchor: Token) -> bool:
    """ "adding 842,000 cars to the 778,000 it recalled", "added another 971,000 cars to the
    recall": what is added to a total, not the total."""
    word = _phrase_head(anchor)
    verb = word.head
    return (
        word.dep_ == "dobj"
        and verb.lemma_.lower() == "add"
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    )


# how many times the first figure the second of "rose by 46,000 to 3.025 million" is at least
# when it is the new total, not the top of a range of changes ("fell by 10 to 15 degrees")
_TOTAL_OVER_CHANGE = 4


def changed_by_then_to(doc: Doc, first: int, last: int) -> bool:
    """ "Unemployment rose by 46,000 to 3.025 million": the change, then the total it came to,
    two figures (the second far above the first), whatever the subject (see
    `tally_changed_by`)."""
    by = by_before(doc, first, last)
    if by is None or by.head.lemma_.lower() not in lx.CHANGE_VERBS:
        return False
    if last + 2 >= len(doc) or doc[last + 1].lower_ != "to":
        return False
    end = last + 2
    while end + 1 < len(doc) and doc[end + 1].lower_ in MAGNITUDES:
        end += 1  # "3.025 million"
    change = parse_number(doc[first : last + 1].text)
    total = parse_number(doc[last + 2 : end + 1].text)
    return (
        change is not None
        and total is not None
        and change > 0
        and total >= _TOTAL_OVER_CHANGE * change
    )


def tally_changed_by(word: Token) -> bool:
    """ "The toll rose by 12 to 61", "revised the toll down by three to 76": the "by" of a
    tally's change (its figure is what was added), not of a range ("temperatures fell by 10 to
    15 degrees")."""
    verb = word.head
    return (
        word.lower_ == "by"
        and verb.lemma_.lower() in lx.CHANGE_VERBS
        and names_a_tally(verb, frozenset({"nsubj", "nsubjpass", "dobj"}))
    )


_SEVERITIES = frozenset({"critically", "seriously", "severely", "gravely", "badly"})


def _how_badly(anchor: Token) -> bool:
    """ ", 15 critically": a share of the figure before it, said by how badly they fare."""
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    comma = anchor.i > 0 and doc[anchor.i - 1].text == ","
    return comma and after is not None and after.lower_ in _SEVERITIES


_HURTING = frozenset({"injure", "wound", "hurt"})


def hurt_badly(noun: Token | None, verb: Token | None) -> bool:
    """ "More than 200 people had been injured seriously", "around 30 people seriously
    injured": the badly hurt are a share of the hurt, said by how badly they fare (as ", 50 of
    them seriously" is), not the count of all the hurt."""
    deeds = [verb] if verb is not None else []
    if noun is not None:  # "30 people seriously injured": the deed hangs on the people
        deeds += [noun.head, *(c for c in noun.children if c.dep_ == "acl")]
    return any(
        deed.lemma_.lower() in _HURTING
        and any(c.dep_ == "advmod" and c.lower_ in _SEVERITIES for c in deed.children)
        for deed in deeds
    )


def is_part(anchor: Token) -> bool:
    """A count of part of a set: "injured 40, 15 of them on Qeshm", "55 wounded, 15
    critically" (a figure set beside another), "one of the wounded employees", "three of the
    four soldiers", "one of 99 Mafia members" (of a definite or counted set). Read on casualty
    counts, where the part is easily taken for the toll ("two of them managed to flee" is a
    count in its own right)."""
    if _how_badly(anchor):
        return True  # "The attack left 55 wounded, 15 critically", however it is parsed
    if anchor.dep_ == "appos" and anchor.head.pos_ in ("NUM", "VERB", "ADJ"):
        labelled = anchor.head.i + 1 < anchor.i and anchor.doc[anchor.head.i + 1].text == ":"
        # "kills 8, 20 missing": a headline's next count, its own state after it
        # (past an adverb: "24 dead, 92,000 still evacuated")
        at = anchor.i + 1
        while at < len(anchor.doc) - 1 and anchor.doc[at].pos_ == "ADV":
            at += 1
        after = anchor.doc[at] if at < len(anchor.doc) else None
        state = _PARTICIPLE_CATEGORY.get(after.lower_) if after is not None else None
        state = state or _state_under(anchor)  # "5 dead, 180,000 under evacuation orders"
        other_state = state is not None and state != _category_of_verb(anchor.head)
        return not labelled and not other_state  # "Displaced: 1.9 million", a fact box's line
    if any(c.lower_ == "all" for c in anchor.children):
        return False  # "all seven of those who have been prosecuted": the whole set
    if _taken_out_of_the_set(anchor) and anchor.head.lemma_.lower() in _OUT_OF_THE_SET:
        # "troops rescued 20 of the 45 villagers abducted": all those rescued, a count of its
        # own, not a part of the abducted (as the hurt who died are of the hurt)
        return False
    if _others_beside_someone(anchor):
        return True  # "he and nine others died": the others, not all the dead
    if _among_a_set(anchor):
        return True  # "Seven children were among the dead", "The dead included seven children"
    for whole in _set_of(anchor):
        if whole.lower_ in _SET_PRONOUNS:
            return not (
                _set_counted_by_another_verb(anchor)
                or _set_defined_by_another_verb(anchor, whole)
                or _deaths_among_people_named_before(anchor, whole)
            )
        owners = [d for d in whole.children if d.dep_ in ("det", "poss") and d.lower_ != "a"]
        abroad = noun_lemma(whole) in ("national", "citizen")  # "seven of its nationals"
        if owners and all(d.lower_ in _OWNER_PRONOUNS for d in owners) and not abroad:
            # "Azerbaijan said 42 of its civilians had been killed": its killed, all of them
            # (as "42 Azerbaijani civilians"), not a part of a set counted before; but its
            # nationals abroad are a share of a toll elsewhere
            return False
        if owners:
            if _a_set_harmed_otherwise(anchor, whole):
                return True  # "identified 40 of the 131 people killed": part of the dead
            if _a_part_of_those_so_harmed(anchor, whole):
                return True  # "Hospitals were still treating 29 of the wounded"
            # "capturing 23 of the raiders", as "executed two of them"
            return not _set_counted_by_another_verb(anchor)
        if any(d.dep_ == "nummod" for d in whole.children):
            return True  # "Lo Presti, one of 99 alleged Mafia members": a counted set
    return False


_OWNER_PRONOUNS = frozenset({"its", "their", "our"})


def _among_people(word: Token) -> bool:
    """ "among the dead", "among the victims", "among those killed" (not "among the rubble")."""
    return any(
        g.dep_ == "pobj"
        and (g.pos_ in ("ADJ", "PRON") or is_person(g) or g.lemma_.lower() in lx.NOUN_CATEGORIES)
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == "among"
        for g in c.children
    )


def _among_a_set(anchor: Token) -> bool:
    """A figure its clause puts "among" a set ("Seven children were among the dead", "Among
    the dead were seven children"), or that a set's subject "included" ("The dead included
    seven children"): part of it."""
    word = _phrase_head(anchor)
    if _among_people(word):
        return True  # "toll rises to 154, with 26 foreigners among the dead"
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_ in _SIZED_SETS:
        word = word.head.head  # "A family of three was among those killed"
    verb = word.head
    if word.dep_ not in ("nsubj", "attr", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() == "be":
        return _among_people(verb)
    return (
        verb.lemma_.lower() == "include"
        and word.dep_ == "dobj"
        and any(c.dep_ in _SUBJECTS and _the_harmed(c) for c in verb.children)
    )


# sets a figure after "of" sizes: "a family of three", "a group of 12"
_SIZED_SETS = frozenset({"family", "group", "couple"})


def _the_harmed(word: Token) -> bool:
    """ "the dead", "the injured", "the victims", "the casualties": the harmed as a set (not
    "The remaining 59 hostages include 24 thought to be alive": a count of its own)."""
    lemma = word.lemma_.lower()
    harmed_word = word.pos_ == "ADJ" and lemma in _HARM_TRIGGERS
    return harmed_word or lx.NOUN_CATEGORIES.get(lemma) in _HARMED or lemma in _VICTIMS


_HARMED = frozenset({"killed", "injured"})
_VICTIMS = frozenset({"victim", "casualty"})


def not_yet_named(noun: Token | None, verb: Token | None) -> bool:
    """ "as 187 bodies remained unidentified", "40 unclaimed bodies": the dead no one has
    named or claimed, a part of a toll (not the toll, though the words are the toll's)."""
    if noun is None:
        return False
    if any(c.dep_ in ("amod", "acl") and c.lower_ in lx.UNNAMED_DEAD for c in noun.children):
        return True  # "101 bodies still unidentified"
    if verb is None or noun.dep_ not in _SUBJECTS:
        return False
    clause = noun.head  # the parse may hang the saying above it ("..., an official said")
    if any(c.dep_ == "acomp" and c.lower_ in lx.UNNAMED_DEAD for c in clause.children):
        return True
    # "101 bodies are yet to be identified", "have not yet been identified"
    naming = [w for w in (clause, *clause.children) if w.lemma_.lower() in _NAMING_THE_DEAD]
    return bool(naming) and any(c.lower_ in _NOT_YET for w in {clause, *naming} for c in w.children)


_NAMING_THE_DEAD = frozenset({"identify", "claim", "name"})
_NOT_YET = frozenset({"yet", "not", "never"})


def _others_beside_someone(anchor: Token) -> bool:
    """ "a week after he and nine others died", "Raisi, the foreign minister and six others
    were killed": the others listed after someone are the rest of a toll, not all of it."""
    others = anchor.head
    if anchor.dep_ == "nummod" and _the_other(others):
        return True  # "The two other victims were being treated": the rest of a set named
    if anchor.dep_ == "nummod" and _other_ones_listed_after(others):
        return True  # "Vice President Saulos Chilima and nine other people were killed"
    if anchor.dep_ != "nummod" or others.lower_ != "others":
        return False
    if _listed_after_someone(others):
        return True
    if _others_who_went_with(others, anchor):
        return True  # "Raisi, who died with seven others"
    # "mourned for President Lech Kaczynski and 95 others killed": the parse may make the
    # others the next verb's subject
    doc = anchor.doc
    before = doc[anchor.i - 2] if anchor.i >= 2 else None
    return (
        before is not None
        and doc[anchor.i - 1].lower_ in ("and", ",")  # a headline's "president, 95 others"
        # someone by name, by kind or by a title ("the president", "the pilot")
        and (before.pos_ == "PROPN" or is_person(before) or before.tag_ == "NN")
        and not before.like_num
    )


def _others_who_went_with(others: Token, anchor: Token) -> bool:
    """ "who died with seven others", "was killed with seven others in a helicopter crash":
    those who shared someone's fate, beside them; not "with 30 others wounded", a count of
    its own state."""
    preposition = others.head
    return (
        others.dep_ == "pobj"
        and preposition.lower_ in ("with", "alongside")
        and preposition.head.pos_ == "VERB"
        and not any(
            c.dep_ in ("acl", "amod") or c.tag_ in ("VBN", "JJ")
            for c in others.children
            if c != anchor
        )
    )


def _other_ones_listed_after(noun: Token) -> bool:
    """ "Chilima and nine other people": others listed after someone, the rest of a set; not
    "Jeffs as well as 11 other men", "two other players who were arrested", who are counted
    as the men or players they are."""
    people = noun.lemma_.lower() in ("people", "person")
    return (
        _listed_after_someone(noun)
        and people
        and any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children)
    )


def _listed_after_someone(noun: Token) -> bool:
    """ "he and nine others", "Chilima and nine other people": joined after a word that is no
    figure."""
    return noun.dep_ == "conj" and noun.head.i < noun.i and not noun.head.like_num


def _the_other(noun: Token) -> bool:
    """ "the two other victims": the rest of a set the text has named part of."""
    children = list(noun.children)
    return any(c.dep_ == "amod" and c.lower_ == "other" for c in children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children
    )


def _set_counted_by_another_verb(anchor: Token) -> bool:
    """ "shooting three co-workers, killing two of them", "found her foes and executed two of
    them": what the verb did to part of a set is all it did, not part of a toll; unless an
    earlier figure of the sentence counts the same ("injured 40, wounding 15 of them")."""
    verb = governing_verb(anchor)
    if verb is None or anchor.dep_ != "dobj" or anchor.head != verb:
        return False
    return not any(
        token.like_num
        and token.dep_ == "nummod"
        and (other := governing_verb(token)) is not None
        and _category_of_verb(other) == _category_of_verb(verb)
        for token in anchor.sent
        if token.i < anchor.i
    )


def _a_part_of_those_so_harmed(anchor: Token, whole: Token) -> bool:
    """ "Hospitals were still treating 29 of the wounded": what the verb says of the figure the
    set's own word says of them all, so the figure is part of them (not "killing two of the
    wounded", the hurt who died)."""
    verb = governing_verb(anchor)
    return (
        verb is not None
        and whole.lower_ in PARTICIPLE_NOUNS
        and _category_of_verb(verb) in lx.CATEGORY_TRIGGERS
        and _category_of_verb(verb) == _category_of_verb(whole)
    )


def _a_set_harmed_otherwise(anchor: Token, whole: Token) -> bool:
    """ "Forensic teams have identified 40 of the 131 people killed": a set its participle says
    was harmed, part of which a verb of no harm counts."""
    verb = governing_verb(anchor)
    own = _own_participle_of(whole)
    return (
        verb is not None
        and own is not None
        and _category_of_verb(own) in lx.CATEGORY_TRIGGERS
        and _category_of_verb(verb) not in lx.CATEGORY_TRIGGERS
    )


def _set_defined_by_another_verb(anchor: Token, whole: Token) -> bool:
    """ "seven of those who have been prosecuted were convicted": a set its own clause
    defines by another deed; the figure is all that were convicted."""
    verb = governing_verb(anchor)
    return verb is not None and any(
        c.dep_ == "relcl" and _category_of_verb(c) != _category_of_verb(verb)
        for c in whole.children
    )


def _deaths_among_people_named_before(anchor: Token, pronoun: Token) -> bool:
    """ "About 120 guests ... were taken to hospital with food poisoning, and two of them
    died": the dead among people the sentence named by something other than harm are all its
    dead, the toll; not "40 were hurt, and two of them died" (the dead among the hurt)."""
    verb = governing_verb(anchor)
    if verb is None or _category_of_verb(verb) != "killed" or pronoun.lower_ != "them":
        return False
    named = next(_subject_they_stand_for(pronoun), None)
    if named is None or named.head.pos_ not in ("VERB", "AUX"):
        return False
    unharmed = _category_of_verb(named.head) not in lx.CATEGORY_TRIGGERS
    return unharmed and noun_lemma(named) not in lx.NOUN_CATEGORIES


def _harm_done_to_the_share(anchor: Token) -> Category | None:
    """ "Of the 68 men held there, 28 were hospitalized": the share's own clause kills or hurts
    it, whatever befell the whole set (held)."""
    figure = anchor.head if anchor.dep_ == "nummod" else anchor
    if figure.dep_ not in ("nsubj", "nsubjpass") or figure.head.pos_ != "VERB":
        return None
    harm = _category_of_verb(figure.head)
    return harm if harm in ("killed", "injured") else None  # type: ignore[return-value]


def _said_to_be_dead(anchor: Token) -> bool:
    """A figure whose own relative clause says its people are dead ("35 the Israeli military
    says are dead", "35 who are dead"), whatever the set it is a part of counts."""
    figure = anchor.head if anchor.dep_ == "nummod" else anchor
    for clause in figure.children:
        if clause.dep_ != "relcl":
            continue
        stated = [clause, *(c for c in clause.children if c.dep_ == "ccomp")]
        if any(c.dep_ == "acomp" and c.lower_ == "dead" for s in stated for c in s.children):
            return True
    return False


def _category_of_verb(verb: Token) -> str:
    lemma = verb.lemma_.lower()
    for category, triggers in lx.CATEGORY_TRIGGERS.items():
        if lemma in triggers:
            return category
    return lemma


def kind_of(noun: Token) -> list[str]:
    """The common nouns that say which kind of the counted thing: "189 rushing yards" and "176
    receiving yards" are two statistics, "two plainclothes officers" one kind of officer."""
    compounds = [
        c.lower_
        for c in noun.children
        if c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.i < noun.i
        and c.is_lower
        and not _hyphen_glued(c)  # "dual-core processors" are no cores
        and c.lower_ not in MAGNITUDES  # "Nearly 2.5 lakh people": the figure's own word
    ]
    return sorted(compounds + _way_it_came(noun))


def _way_it_came(noun: Token) -> list[str]:
    """ "51 wins coming by way of knockout", "wins by knockout": the kind is the way."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    ways = [
        w
        for holder in holders
        for by in holder.children
        if by.dep_ == "prep" and by.lower_ == "by" and by.i == holder.i + 1
        for w in by.children
        if w.dep_ == "pobj" and w.pos_ == "NOUN"
    ]
    ways = [
        next((n for of in w.children if of.lower_ == "of" for n in of.children), w)
        if w.lower_ == "way"
        else w
        for w in ways
    ]
    return [w.lower_ for w in ways if w.pos_ == "NOUN" and w.text.lower() != "way"]


def _hyphen_glued(token: Token) -> bool:
    return token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_


# who are counted by the name of the body they make up: "a crew of 25", "25 crew members"
CREWS = frozenset({"crew", "staff", "personnel"})
# what a figure "of" sizes, as it counts: "a crew of 25", "a majority of 174"
_SIZED_BY_OF = CREWS | {"majority"}


def counted_lemma(noun: Token) -> str:
    """What a count counts, as one word: "25 crew members" are crew, as "a crew of 25" is."""
    lemma = noun_lemma(noun)
    if lemma == "member":
        crew = [c for c in noun.children if c.dep_ == "compound" and c.lower_ in CREWS]
        return crew[0].lower_ if crew else lemma
    return lemma


def counted_with(noun: Token) -> str | None:
    """ "more than 300 drones and missiles": things a figure counts together, which a count
    of one of them ("about 170 drones") is not; a bare plural right after "and", things with
    things and people with people ("All 379 passengers and crew escaped": not the 367
    passengers alone), nor a phrase of its own ("two cheetahs and scenes in a jungle outfit",
    "three defeats-and his 16th in a row")."""
    doc, after = noun.doc, noun.i + 2
    if noun.tag_ != "NNS" or after >= len(doc):
        return None
    joined = doc[after]
    if doc[noun.i + 1].lower_ != "and" or joined.dep_ != "conj" or joined.head != noun:
        return None
    plural = joined.tag_ == "NNS" or (is_person(noun) and joined.lower_ in CREWS)
    if not plural or is_person(joined) != is_person(noun) or any(True for _ in joined.children):
        return None
    return counted_lemma(joined)


def noun_lemma(noun: Token) -> str:
    """The noun's lemma, lower-cased. A capitalised plural ("AK-47 Rifles", "Frees 3
    Hostages") is tagged a proper noun and keeps its plural as lemma: made singular here."""
    lemma = noun.lemma_.lower()
    if noun.lower_ in lx.PLURAL_NOUNS and noun.pos_ == "NOUN":
        return lx.PLURAL_NOUNS[noun.lower_]  # "41 remains" are bodies, no "remain"
    if noun.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in lx.DEMONYMS:
        return lemma[:-1]  # "five Thais", "12 Somalis": a people, however tagged
    if noun.tag_ != "NNPS" or lemma != noun.lower_:
        return lemma
    if lemma.endswith("ies"):
        return lemma[:-3] + "y"
    if lemma.endswith(("sses", "xes", "ches", "shes")):
        return lemma[:-2]
    if lemma.endswith("s") and not lemma.endswith(("ss", "us", "is")):
        return lemma[:-1]
    return lemma


def _end_of_hyphenated(noun: Token) -> Token:
    """ "three former co-workers": the word after the hyphens is the noun."""
    doc = noun.doc
    while (
        noun.i + 2 < len(doc)
        and not noun.whitespace_
        and doc[noun.i + 1].text == "-"
        and not doc[noun.i + 1].whitespace_
        and doc[noun.i + 2].pos_ == "NOUN"
    ):
        noun = doc[noun.i + 2]
    return noun


def is_person(noun: Token) -> bool:
    return (
        noun_lemma(noun) in lx.PERSON_NOUNS
        or noun.lower_ in lx.PERSON_NOUNS
        or noun.ent_type_ in ("NORP", "PERSON")
        # "Thirty Britons were killed", whatever the model tags them
        or noun_lemma(noun) in lx.DEMONYMS
        or noun.lower_.removesuffix("s") in lx.DEMONYMS
    )


MAX_AGE = 120


def is_age(anchor: Token) -> bool:
    """ "died at the age of 91,", "She was 91.": a person's age, a figure of its own kind (as
    "aged 73" and "73-year-old" are no figures at all, see `mentions`)."""
    years = parse_number(anchor.lower_)
    if not isinstance(years, int) or not 0 < years <= MAX_AGE:
        return False
    doc = anchor.doc
    after = doc[anchor.i + 1].text if anchor.i + 1 < len(doc) else "."
    closed = after in (",", ".", ";", ")")
    before = " ".join(t.lower_ for t in doc[max(anchor.sent.start, anchor.i - 2) : anchor.i])
    if before.endswith("age of"):  # "at the age of 85 after suffering", not "of 10 months"
        following = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
        return closed or following is None or following.pos_ not in ("NOUN", "PROPN", "NUM")
    if _person_past_an_age(anchor) or age_at_death(anchor) or _age_moved_to(anchor):
        return True
    window = " ".join(t.lower_ for t in doc[max(anchor.sent.start, anchor.i - 4) : anchor.i])
    if re.search(r"\bages? from(?: \S+ (?:to|and))?$", window):
        return True  # "The victims ranged in age from 18 to 63"
    verb = anchor.head
    ends = closed or after.lower() in _AFTER_AN_AGE
    stated = ends and anchor.dep_ == "attr" and verb.lemma_ == "be"
    # "Steward, who turned 68 on Saturday"
    turned = anchor.dep_ in ("attr", "dobj", "oprd") and verb.lemma_ == "turn"
    if not (stated or turned):
        return False
    people = ("he", "she", "i", "who") if turned else ("he", "she", "i")
    return any(
        c.dep_ == "nsubj" and (c.lower_ in people or c.ent_type_ == "PERSON") for c in verb.children
    )


def _age_moved_to(number: Token) -> bool:
    """ "raise the retirement age to 64 from 62", "the voting age was lowered to 16", "set the
    pension age at 67": where a change takes an age, or starts it from."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ not in ("to", "from", "at"):
        return False
    verb = prep.head
    if verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() == "age"
        for c in verb.children
    )


def age_at_death(number: Token) -> bool:
    """ "died at 91", "died Thursday at age 85", "dies at 91" (a headline), "dead at 95",
    "died in her sleep aged 91", "Williams, 91, passed away": the age a person died at, as
    "died at the age of 91" is."""
    years = parse_number(number.lower_)
    if not isinstance(years, int) or not 0 < years <= MAX_AGE:
        return False
    doc = number.doc
    if number.i > number.sent.start and doc[number.i - 1].lower_ == "aged":
        aged = doc[number.i - 1]  # "died in her sleep aged 91" (the verb "aged" hung on a noun)
        return _a_death(governing_verb(aged.head if aged.pos_ == "VERB" else aged))
    # not "both 51", nor "Bettie Page, one of entertainment's original sex kittens, died"
    one = number.text.isdigit() and number.i > 0 and doc[number.i - 1].text == ","
    if one and number.dep_ == "appos" and number.head.pos_ == "PROPN":
        named = number.head  # "Williams, 91, passed away": a named subject's age
        return named.dep_ in ("nsubj", "nsubjpass") and _a_death(named.head)
    said = number.head if number.dep_ == "nummod" and number.head.lower_ == "age" else number
    at = said.head
    if said.dep_ != "pobj" or at.lower_ != "at" or at.dep_ != "prep":
        return False
    return _a_death(at.head)


def _a_death(word: Token | None) -> bool:
    """ "died", "passed away", "dead"; not "the protests died down"."""
    if word is None:
        return False
    particles = {c.lower_ for c in word.children if c.dep_ in ("prt", "advmod")}
    if word.lemma_.lower() == "pass":
        return "away" in particles
    down = particles & {"down", "out", "off"}
    return (word.lemma_.lower() == "die" and not down) or word.lower_ == "dead"


# a second predicate of the person: "He was 95 and lived in Santa Rosa" (not "He was 12 when
# the war began": an age at another moment)
_AFTER_AN_AGE = frozenset({"and", "but"})


def _person_past_an_age(anchor: Token) -> bool:
    """ "the first physician under 40", "four players over 30": a bare number bounding
    a person noun is an age (not "a budget under 40 million", "players under 40 feet"), as
    is one right after people the parse hangs elsewhere ("wounded more than 20 others, half
    of them under 16")."""
    bound = anchor.head
    if anchor.dep_ != "pobj" or bound.lower_ not in ("under", "over") or bound.dep_ != "prep":
        return False
    following = anchor.nbor() if anchor.i + 1 < len(anchor.doc) else None
    unit_after = following is not None and following.pos_ in ("NOUN", "PROPN", "NUM")
    before = anchor.doc[bound.i - 1] if bound.i > 0 else bound
    people = (bound.head, before)
    named = any(p.pos_ == "NOUN" and is_person(p) for p in people)
    if (named or before.lower_ in _PEOPLE_POINTED_AT) and not unit_after:
        return True
    # "18 of the dead were under 15": what people are, said of them by "be"
    verb = bound.head
    if verb.lemma_ != "be" or unit_after:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    wholes = [g for s in subjects for c in s.children if c.lower_ == "of" for g in c.children]
    return any(
        (w.pos_ == "NOUN" and is_person(w)) or w.lower_ in PARTICIPLE_NOUNS
        for w in subjects + wholes
    )


# pronouns that stand for people a count has named: "half of them under 16"
_PEOPLE_POINTED_AT = frozenset({"them", "those", "whom"})


# verbs that say nothing of what befell their subject: "The 24 people in hospital include six
# children"
_SAYING_NOTHING_OF_THEM = frozenset({"include", "number"})


def _placed_in_their_state(noun: Token) -> bool:
    """Counted people whose own phrase says where they are ("people in relief camps"), said as
    a tally's or by a verb that says nothing else of them."""
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in TALLY_NOUNS:
        return True
    said_of = governing_verb(noun)
    return said_of is not None and said_of.lemma_.lower() in _SAYING_NOTHING_OF_THEM


def _trigger_words(anchor: Token, noun: Token | None) -> Iterator[Token]:
    """Words that may say what happened to the counted people, nearest first; for part of
    a set, what happened to the part before what defines the set ("five of those who were
    wounded died")."""
    attached = _attached_words(anchor, noun)
    governing = _governing_words(anchor, noun)
    repaired = _verb_after_a_range(anchor)
    if repaired is not None:
        # "said between 30 and 40 ... missing", "between 100 and 150 people were being held
        # hostage"
        said = (c for c in repaired.children if c.dep_ in ("acomp", "oprd", "xcomp", "attr"))
        governing = itertools.chain([repaired, *said], governing)
    raised = raised_tally(anchor)
    if raised is not None:
        # "bringing the toll since the protests began in July to about 300": the toll's words,
        # not the beginning's the parse hangs the "to" on
        governing = itertools.chain([raised.head, raised, *_tallied(raised)], governing)
    misjoined = verb_of_a_misjoined_subject(anchor)
    if misjoined is not None:
        # "rose to nine and 287 people remained missing": the 287 remained missing
        said = (c for c in misjoined.children if c.dep_ in ("acomp", "oprd", "xcomp", "attr"))
        governing = itertools.chain([misjoined, *said], governing)
    object_of = object_read_as_a_second_sayer(anchor)
    if object_of is not None:
        governing = itertools.chain([object_of], governing)  # "killed at least 15 people ..."
    governing = _with_what_is_feared(governing)
    of_a_set = noun is not None and noun.head.lower_ == "of" and noun.head.head == anchor
    words = (
        itertools.chain(governing, attached) if of_a_set else itertools.chain(attached, governing)
    )
    # "found five bodies and three survivors": the noun counted before is another count's
    listed_before = (
        noun.head
        if noun is not None
        and noun.dep_ == "conj"
        and noun.pos_ == noun.head.pos_ == "NOUN"
        and any(c.dep_ == "nummod" for c in noun.head.children)
        else None
    )
    # "ferry sinks with 476 aboard; 4 dead, hundreds missing": a semicolon ends a clause,
    # however the parse hangs the next one
    stops = _semicolons(anchor.sent)
    # "toll revised to 10 as more evacuate": the clause an "as" opens right after the figure
    # is another's, however the parse hangs its verb
    doc = anchor.doc
    opened = next((t.i for t in doc[anchor.i + 1 : anchor.i + 3] if t.lower_ == "as"), len(doc))
    yield from (
        word
        for word in words
        if word != listed_before
        and not _apart(word, anchor, stops)
        and not _a_start(word)
        and not _deed_done_to_others(word, anchor)
        and word.i < opened
    )


def _deed_done_to_others(word: Token, anchor: Token) -> bool:
    """A relative clause whose "that" does a deed to people it counts itself, outside which
    the figure stands: "detained 20 people over the nightclub fire ... that killed 59 people"
    (the parse hangs the clause on the 20; what it says befell the 59, and so the "tens of
    thousands more" inside it)."""
    if word.dep_ != "relcl" or word.left_edge.i <= anchor.i <= word.right_edge.i:
        return False
    relative = any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in word.children)
    return relative and any(
        c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in word.children
    )


# what befalls people in a casualty count: "among those executed", "among those injured"
_HARM_TRIGGERS = frozenset[str]().union(
    *(lx.CATEGORY_TRIGGERS[c] for c in ("killed", "injured", "missing", "hostages", "detained"))
)


def _with_what_is_feared(words: Iterable[Token]) -> Iterator[Token]:
    """Each word, and after a "feared" what is feared: "Up to 700 migrants were feared
    drowned" (the parse hangs "drowned" on "feared" as a clause of its own)."""
    for word in words:
        yield word
        if word.lemma_.lower() == "fear" and word.tag_ == "VBN":
            yield from (
                c
                for c in word.children
                if c.dep_ in ("advcl", "xcomp", "oprd", "acomp") and c.pos_ in ("VERB", "ADJ")
            )


def _semicolons(sentence: Span) -> list[int]:
    return [t.i for t in sentence if t.text == ";"]


def _apart(word: Token, other: Token, stops: list[int]) -> bool:
    """Whether a semicolon stands between the two words."""
    return any(min(word.i, other.i) < stop < max(word.i, other.i) for stop in stops)


def _a_start(word: Token) -> bool:
    """The verb of a clause that says when a count starts, or its subject: "killed since the
    protests began, including 109 on Monday" counts no protesters."""
    verb = word.head if word.dep_ in _SUBJECTS else word
    if verb.pos_ != "VERB" or verb.lemma_.lower() in lx.TRIGGER_WORDS:
        return False  # "since no one was killed": a cause, and a deed
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def _tallied(noun: Token) -> Iterator[Token]:
    """ "The number of people killed has risen to 45", "the number of dead rose": what a tally
    counts, and what befell them."""
    if noun.lemma_.lower() not in TALLY_NOUNS and not _estimate_of_a_tally(noun):
        return
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for counted in prep.children:
                if counted.dep_ == "pcomp" and counted.lower_ in PARTICIPLE_NOUNS:
                    yield counted  # "Maui lowers number of missing to 388": read as a verb
                elif counted.dep_ == "pcomp":
                    # "The number of confirmed dead ... rose above 10,000": read as a verb
                    # with its complement
                    yield from (
                        c
                        for c in counted.children
                        if c.dep_ in ("oprd", "acomp") and c.lower_ in PARTICIPLE_NOUNS
                    )
                elif counted.dep_ == "pobj":
                    yield counted
                    for said in (c for c in counted.children if c.dep_ in ("acl", "amod", "relcl")):
                        yield said
                        # "the number of people known to have died": what befell them
                        yield from (c for c in said.children if c.dep_ == "xcomp")
    # "the number of people detained": the parse may hang the participle on the tally
    yield from (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i)


def _attached_words(anchor: Token, noun: Token | None) -> Iterator[Token]:
    yield from _participles_after_an_aside(anchor, noun)
    yield from _participle_after_a_list(noun)
    for board in _boards(noun if noun is not None else anchor):
        yield from (c for c in board.children if c.dep_ == "acl" and c.tag_ == "VBN")
    for child in list(anchor.children) + ([] if noun is None else list(noun.children)):
        if _next_verb_misread(child):
            continue
        if child.dep_ == "conj" and child.pos_ == "NOUN" and child.lower_ not in PARTICIPLE_NOUNS:
            continue  # "the murders of three girls and the attempted murders of 10 others"
        if _deed_with_its_own_object(child):
            continue  # "killing at least 65 people and trapping scores": the parse hangs the
            # second deed on the people; it befell the scores
        if child.dep_ in ("acl", "relcl", "amod", "acomp", "ccomp", "conj", "appos"):
            yield child
            yield from (
                c
                for c in child.children
                if c.dep_ in ("acomp", "oprd", "dobj") and not _ones_own_body(c)
            )
            yield from _what_the_clause_did_to_it(child)


def _deed_with_its_own_object(child: Token) -> bool:
    return (
        child.dep_ == "conj"
        and child.tag_ == "VBG"
        and child.head.pos_ == "NOUN"
        and any(c.dep_ == "dobj" for c in child.children)
    )


def _participle_after_a_list(noun: Token | None) -> Iterator[Token]:
    """ "for the eight children and a guard killed in a school shooting": the parse hangs the
    participle on the last noun listed; right after it, it says what befell them all."""
    if noun is None:
        return
    for listed in (c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"):
        yield from (
            c
            for c in listed.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == listed.i + 1
        )


# how the parse hangs "nine" on "children" in "nine of them children"
_ASIDE_SHARES = _SUBJECTS | {"nummod"}


def _participles_after_an_aside(anchor: Token, noun: Token | None) -> Iterator[Token]:
    """ "the 19 people, nine of them children, killed in Friday's strike": the parse hangs the
    participle on the aside's noun ("children"); it says what befell the set and its part."""
    doc = anchor.doc
    part = anchor
    if noun is not None and noun.i + 2 < len(doc) and doc[noun.i + 1].text == ",":
        part = doc[noun.i + 2]
    of_them = any(
        c.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in c.children)
        for c in part.children
    )
    aside = part.head
    if not of_them or part.dep_ not in _ASIDE_SHARES or aside.pos_ != "NOUN":
        return
    yield from (c for c in aside.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > aside.i)


def _clause_of_its_own(verb: Token) -> bool:
    """A verb joined to another by "and" with a subject of its own: the clause before says
    nothing of what it counts."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and _has_subject(verb)


def _deed_of_its_own(verb: Token, done_to: Token | None) -> bool:
    """A verb joined to another by "and" whose object the count is, where the verb before
    has an object of its own: what that verb did, it did to others. Not a verb of holding,
    which holds what the deed before did ("arrested 12 suspects and now have three in
    custody"), nor a tally's next figure ("Nepal toll tops 5,000, may reach 10,000")."""
    # "killed at least 13 people ... and knocked out power to all 3.4 million residents": the
    # count in a phrase of a verb that has an object of its own
    phrase_of_a_deed = (
        done_to is not None
        and done_to.dep_ == "prep"
        and any(c.dep_ == "dobj" for c in verb.children)
    )
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in _KEEPING_VERBS
        and done_to is not None
        and (done_to.dep_ in ("dobj", "npadvmod") or phrase_of_a_deed)
        and done_to.head == verb
        and any(c.dep_ == "dobj" for c in verb.head.children)
        and not any(
            c.dep_ in _SUBJECTS and c.lemma_.lower() in TALLY_NOUNS for c in verb.head.children
        )
    )


def _tally_changed_from_its_source(participle: Token) -> Token | None:
    """The tally a headline's change is of when the parse hangs the change on what the
    tally is from: "Death toll from Indonesia volcano eruption revised to 9" (revised hung on
    the eruption)."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or not names_a_change(participle):
        return None
    source = participle.head
    if source.dep_ != "pobj" or source.head.lower_ != "from":
        return None
    tally = source.head.head
    return tally if tally.lemma_.lower() in TALLY_NOUNS else None


def _tally_under_a_misread_subject(subject: Token, verb: Token) -> Iterator[Token]:
    """The tally a changing verb's subject holds as its own subject when the parse takes a noun
    for a verb ("The death toll from the barrier lake burst ... rose to 18")."""
    if verb.lemma_.lower() not in lx.CHANGE_VERBS:
        return
    for tally in subject.children:
        if tally.dep_ in _SUBJECTS and tally.lemma_.lower() in TALLY_NOUNS:
            yield tally
            yield from _tallied(tally)


def _governing_words(anchor: Token, noun: Token | None) -> Iterator[Token]:
    if noun is None and _figure_after_as(anchor):
        # "death toll rises to 10 as 180,000 under evacuation orders": the parse hangs the
        # second figure on the first's "to"; only its own words say what it counts
        for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "under"):
            yield from (g for p in prep.children if p.dep_ == "pobj" for g in _with_compounds(p))
        return
    start = (
        noun if noun is not None else (raised_tally(anchor) or tally_left_bare(anchor) or anchor)
    )
    if noun is None and _hung_on_a_figure_past_a_phrase(anchor):
        # "kills at least 44 across five states": the parse hangs the toll on the states'
        # figure; the clause above them is the toll's
        start = anchor.head.head
    current = start
    below: Token | None = None
    for _ in range(6):
        if current.head == current or (current.lower_ == "by" and not tally_changed_by(current)):
            break  # "killed by tens of thousands who marched": the counted did it
        fought = current.head.pos_ == "NOUN" or current.head.dep_ in ("csubj", *_SUBJECTS)
        if current.lower_ == "between" and fought:
            break  # "clashes between 200 protesters and police left 12 injured": they fought
        if current is not start and _clause_of_its_own(current):
            break  # "the death toll rose to 213 and infections climbed to 9,692": infections
        if current is not start and _deed_of_its_own(current, below):
            break  # "has killed 27 people and sickened 703": the 703 were sickened
        came_from, below, current = below, current, current.head
        if below.lower_ == "of" and (
            (current.pos_ == "NUM" and current.i != anchor.i)
            or _a_share_word(current)
            or (_counted_of_a_set(current) and current.i != start.i)
        ):
            # "two of the three victims died": the two died, the three did not; "two-thirds of
            # the 1,200 residents fled", "half of the 300 passengers were rescued" too
            break
        if _subordinate_event(below, came_from) or _misjoined_to_verb(below, current):
            break
        if not _ones_own_body(current):
            yield current
        likely = _deed_said_likely(current)
        if likely is not None:
            yield likely  # "more than 10,000 people were likely to have died"
        tally = _tally_changed_from_its_source(current)
        if tally is not None:
            yield tally  # "Death toll from Indonesia volcano eruption revised to 9"
        if below.dep_ in _SUBJECTS and current.dep_ in ("aux", "auxpass"):
            yield current.head  # "100 people remained hospitalized": hung on the auxiliary
        for child in current.children:
            if _ones_own_body(child):
                continue  # "three of them entered his body": a bullet's path, not a death
            if child.dep_ == "nsubj" and child.i != start.i and headline_label(child):
                continue  # "Nepal protests: death toll rises to 51": the topic, not a crowd
            if child.dep_ in ("nsubj", "nsubjpass", "acomp", "attr", "oprd", "dobj", "prt"):
                yield child
                yield from _tallied(child)
                if child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP"):
                    yield from _antecedent(current)
                if child.dep_ == "nsubj" and child.lower_ == "they":
                    yield from _subject_they_stand_for(child)
                if child.dep_ == "nsubj" and child.lower_ == "it":
                    yield from _tally_it_stands_for(child)
                if child.dep_ == "nsubj" and child.pos_ == "VERB":
                    # "The death toll from the barrier lake burst ... rose to 18": the parse
                    # reads the noun "burst" as a verb, the toll its subject
                    yield from _tally_under_a_misread_subject(child, current)
            elif child.dep_ == "xcomp" and (
                child.tag_ in ("VBN", "JJ") or child.lower_ in PARTICIPLE_NOUNS
            ):
                # "ten people were reported killed", "50 reported injured", "with 13 people
                # still reported missing" (a gerund to the parse)
                yield child
            elif child.dep_ == "xcomp" and child.lemma_ == "be":
                # "dozens more were believed to be missing", "are feared to be dead"
                yield from (c for c in child.children if c.dep_ in ("acomp", "attr"))
            elif child.dep_ == "csubj" and child.tag_ == "VBG":
                # "arrests of migrants crossing illegally fell to 47,300": the parse makes the
                # participle the subject, and the subject its own
                for subject in (c for c in child.children if c.dep_ in _SUBJECTS):
                    yield subject  # (or past a dateline the parse took for it: "WASHINGTON
                    # (Reuters) - U.S. Border Patrol arrests of migrants crossing ...")
                    yield from (c for c in subject.children if c.dep_ == "appos")
            elif child.dep_ == "xcomp" and _made_to(below, current):
                yield child  # "forcing 30,000 to flee", "were ordered to evacuate"
            if child.dep_ == "prep" and _a_state_under(below, current, child):
                # "130,000 people were under evacuation orders", "remained under arrest"
                yield from (
                    g for p in child.children if p.dep_ == "pobj" for g in _with_compounds(p)
                )
            if _to_death(current, child):
                yield from child.children  # "were burnt to death", "suffocated to death"
        yield from _tally_hung_on_a_preposition(current)
        yield from _tally_misread_before_its_verb(current)
        if below.dep_ in ("nsubj", "nsubjpass"):
            yield from _verbs_sharing_subject(current, below.dep_ == "nsubjpass")
        if _inside_an_adjunct(below, current):
            break  # "killed him during a clash with around 30 youths": the youths were not
        if current.lemma_.lower() in lx.REPORTING_VERBS:
            break
        if below.dep_ in ("acl", "relcl") and current.pos_ in ("NOUN", "PROPN", "PRON"):
            break  # "a man suspected of shooting three people was arrested": the man was
        own_number = below.dep_ == "nummod" and current.pos_ == "VERB"
        if (below.dep_ in ("nsubj", "nsubjpass", "dobj") or own_number) and _is_finite(current):
            # their own verb says what happened to them, not the next clause's: "thousands
            # took to the streets as three died", "killed six and left 14 others trapped"
            # (but "killed 40 Palestinians sheltering in a school" reads on past "sheltering");
            # nor a figure the parse hangs on its verb as a number ("... health ministry, and
            # about 2.1 million face acute food insecurity": they face it)
            yield from _tally_shared_with_the_verb_before(current)
            break


def _tally_shared_with_the_verb_before(verb: Token) -> Iterator[Token]:
    """ "Nepal toll tops 5,000, may reach 10,000", "Japan toll expected to top 10,000": a verb
    joined to the one before, or its infinitive, with no subject of its own, moves that verb's
    tally."""
    if verb.dep_ not in ("conj", "xcomp") or _has_subject(verb):
        return
    for subject in verb.head.children:
        if subject.dep_ in _SUBJECTS and subject.lemma_.lower() in TALLY_NOUNS:
            yield from _tally_words(subject)


# verbs that make their object do what the infinitive after says: "forced 30,000 to flee"
_CAUSING_VERBS = frozenset(
    {"force", "order", "compel", "prompt", "cause", "make", "drive", "urge", "tell", "advise"}
)
# verbs that put their subject in a state: "were under evacuation orders"
_STATE_VERBS = frozenset({"be", "remain", "stay"})


def _hung_on_a_figure_past_a_phrase(anchor: Token) -> bool:
    """A figure the parse hangs on the next one across a preposition ("44 across five")."""
    head = anchor.head
    between = anchor.doc[anchor.i + 1 : head.i]
    return (
        anchor.dep_ == "quantmod"
        and head.like_num
        and head.i > anchor.i
        and any(t.pos_ == "ADP" for t in between)
        and head.head != head
    )


def _figure_after_as(anchor: Token) -> bool:
    """ "rises to 10 as 180,000 ...": a figure opening an "as" clause right after another,
    which the parse reads as one figure's "as" (a quantifier, as in "as many as 10")."""
    i = anchor.i
    if i < 2:
        return False
    before = anchor.doc[i - 1]
    return before.lower_ == "as" and before.dep_ == "quantmod" and anchor.doc[i - 2].like_num


def _made_to(below: Token, verb: Token) -> bool:
    """The counted are the object of a verb that made them act: the infinitive after says
    what befell them ("forcing 30,000 to flee", "30,000 were ordered to evacuate")."""
    return below.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _CAUSING_VERBS


def _a_state_under(below: Token, verb: Token, prep: Token) -> bool:
    """ "130,000 people were under evacuation orders": the subject is held in the state
    "under" names."""
    return below.dep_ == "nsubj" and verb.lemma_.lower() in _STATE_VERBS and prep.lower_ == "under"


def _state_under(figure: Token) -> str | None:
    """The category of a state a bare figure is put "under" at once: "180,000 under evacuation
    orders" (a headline's second figure, no verb of its own), whether the parse hangs the
    "under" on the figure or on the verb beside it ("fires kill five, 130,000 under ...")."""
    doc = figure.doc
    after = doc[figure.i + 1] if figure.i + 1 < len(doc) else None
    preps = list(figure.children)
    if after is not None and after.head == figure.head and figure.dep_ == "npadvmod":
        preps.append(after)
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "under" or prep.i != figure.i + 1:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            words = {w.lemma_.lower() for w in _with_compounds(noun)}
            for category, triggers in lx.CATEGORY_TRIGGERS.items():
                if words & triggers:
                    return category
    return None


def _with_compounds(noun: Token) -> Iterator[Token]:
    """A noun and the nouns compounded before it ("evacuation orders": evacuation)."""
    yield noun
    yield from (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i)


def _antecedent(verb: Token) -> Iterator[Token]:
    """What a relative clause's "which" or "that" stands for, when it is a gathering: "The
    march, which drew 50,000 people", "a protest that police said drew 107,000 people"
    (through a verb of saying)."""
    clause = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else verb
    if clause.dep_ != "relcl":
        return
    said_of = clause.head
    if said_of.ent_type_ in ("GPE", "LOC", "FAC") and said_of.dep_ == "pobj":
        # "Sunday's protest in Belgrade, which ... drew 65,000 people": the parse may hang the
        # clause on the place the gathering was in
        said_of = said_of.head.head
    if said_of.lemma_.lower() in lx.CATEGORY_TRIGGERS["crowd"]:
        yield said_of  # an event people turn out for; not "the Mafia's ruling body, which"


def _subject_they_stand_for(pronoun: Token) -> Iterator[Token]:
    """ "Arrests were down 81% from December 2023, when they peaked at 249,785": the plural
    noun subject before "they" in its sentence."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ in _SUBJECTS and token.pos_ == "NOUN" and token.tag_ == "NNS":
            yield token
            return


def _tally_it_stands_for(pronoun: Token) -> Iterator[Token]:
    """ "The death toll climbed past 5,000 on Tuesday, and the prime minister said it could
    reach 10,000": the tally the sentence's clause before "it" is about, and what it counts."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ in _SUBJECTS and token.head.lemma_.lower() not in lx.REPORTING_VERBS:
            if token.lemma_.lower() in TALLY_NOUNS:
                yield from _tally_words(token)
            return


def _tally_words(tally: Token) -> Iterator[Token]:
    """A tally, what it counts and what befell them, and the words compounded with it ("death
    toll")."""
    yield tally
    yield from _tallied(tally)
    yield from (c for c in tally.children if c.dep_ == "compound")


_CLAUSE_WORDS_READ_AS_PREPOSITIONS = frozenset({"as", "while", "after"})


def _tally_hung_on_a_preposition(verb: Token) -> Iterator[Token]:
    """ "Kryvyi Rih mourns as toll from missile strike rises to 19": the parse reads a
    headline's "as" as a preposition, on the verb before ("mourns ... and rises") or on the
    verb's subject ("mourns" the subject of "rises"), and the tally, its object there, is the
    subject the verb lacks."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    hosts = subjects or ([verb.head] if verb.dep_ == "conj" else [])
    for prep in (c for host in hosts for c in host.children):
        if prep.dep_ == "prep" and prep.lower_ in _CLAUSE_WORDS_READ_AS_PREPOSITIONS:
            yield from (
                noun
                for noun in prep.children
                if noun.dep_ == "pobj" and noun.i < verb.i and noun.lemma_.lower() in TALLY_NOUNS
            )


def _tally_misread_before_its_verb(verb: Token) -> Iterator[Token]:
    """ "Maine mass shooting death toll rises to 18": a headline's tally right before a verb of
    change that the parse did not make its subject (it read "mass" as the subject and the
    tally as the object of "shooting"); a tally right before the verb is what rose."""
    if not names_a_change(verb) or verb.i == verb.sent.start:
        return
    before = verb.doc[verb.i - 1]
    tally = before.pos_ == "NOUN" and before.lemma_.lower() in TALLY_NOUNS
    if tally and before.head != verb:
        yield before


def _inside_an_adjunct(below: Token, noun: Token) -> bool:
    """A figure in a phrase hung on a noun that is itself hung on the clause by a preposition
    ("during a clash with 30 youths") is what that noun is about, not what the verb did."""
    return (
        below.dep_ == "prep"
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.head.pos_ in ("VERB", "AUX")  # not "50 people, including a family of 7"
        and noun.lemma_.lower() not in _CASUALTY_LEMMAS
    )


def _verbs_sharing_subject(verb: Token, passive: bool) -> Iterator[Token]:
    """ "two people were shot and killed", "seven men have been tried and convicted": what
    the next verb of the same subject says happened to them; not a verb with its own subject
    ("thousands took to the streets and three died") nor, for an active subject, one with an
    object ("two officers shot and killed a 16-year-old": the two did it)."""
    for child in verb.children:
        if (
            child.dep_ == "conj"
            and child.pos_ == "VERB"
            and not _has_a_subject(child)
            and (passive or not any(c.dep_ == "dobj" for c in child.children))
        ):
            yield child


def _has_a_subject(verb: Token) -> bool:
    """Its own subject, or one the parse hangs on its auxiliary ("were rescued and four are
    missing": "four" under "are")."""
    auxiliaries = (a for a in verb.children if a.dep_ in ("aux", "auxpass"))
    return _has_subject(verb) or any(_has_subject(a) for a in auxiliaries)


def is_legal_action(verb: Token | None) -> bool:
    """ "One was charged with murder": what the law did to someone counts, even one."""
    return verb is not None and verb.lemma_.lower() in lx.LEGAL_VERBS


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which", "whose"})


def _what_the_clause_did_to_it(clause: Token) -> Iterator[Token]:
    """ "the two women she's accused of gunning down": a relative clause with a subject of
    its own did something to the noun, also through "accused of". Not when the noun is the
    subject ("two women who were accused of killing a man" killed no one)."""
    if clause.dep_ != "relcl":
        return
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lower_ in _RELATIVE_PRONOUNS for s in subjects):
        return
    for prep in clause.children:
        if prep.dep_ == "prep":
            yield from (c for c in prep.children if c.dep_ == "pcomp")


def _subordinate_event(verb: Token, came_from: Token | None) -> bool:
    """ "was killed after pointing a gun at two officers": the main clause did not happen to
    what the subordinate clause counts. Unless the count is its subject ("killed 40
    Palestinians sheltering in a school") or where something was brought to ("bringing to 10
    the number of Israelis killed", and "take the toll [...] to above 600" misparsed)."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("advcl", "pcomp")
        and came_from is not None
        and came_from.dep_ not in ("nsubj", "nsubjpass")
        and came_from.lower_ != "to"
    )


def _misjoined_to_verb(word: Token, verb: Token) -> bool:
    """A noun joined to an intransitive verb is a misparse: "A receptionist died and two men
    [...] underwent surgery" hangs the men on "died". Joined to a transitive verb it is its
    second object: "killed 170,000 people and tens of thousands more"."""
    return (
        word.dep_ == "conj"
        and word.pos_ in ("NOUN", "PROPN")
        and verb.pos_ == "VERB"
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _next_verb_misread(child: Token) -> bool:
    """ "killed at least one person, injured dozens": the parser hangs the next verb on the
    noun as a participle; one that takes its own object does not describe the noun."""
    return child.dep_ == "acl" and any(c.dep_ == "dobj" for c in child.children)


def _ones_own_body(child: Token) -> bool:
    """ "entered his body", "Gray's body": one person's body, not a count of the dead."""
    return child.lemma_.lower() in ("body", "corpse") and any(
        c.dep_ == "poss" for c in child.children
    )


def _to_death(verb: Token, child: Token) -> bool:
    """ "burnt to death", but not "sentenced to death" (a penalty, not a toll)."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(g.lower_ == "death" for g in child.children)
        and verb.lemma_.lower() not in ("sentence", "condemn")
    )


def _is_finite(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    has_aux = any(child.dep_ in ("aux", "auxpass") for child in verb.children)
    return has_aux or verb.tag_ in ("VBD", "VBZ", "VBP", "MD")


_PARTICIPLE_CATEGORY = {
    "dead": "killed",
    "killed": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "missing": "missing",
    "trapped": "missing",
    "arrested": "detained",
    "detained": "detained",
    "displaced": "displaced",
    "evacuated": "displaced",
    "homeless": "displaced",
    # "137 kidnapped students freed": tagged an adjective, its lemma the participle
    "kidnapped": "hostages",
    "abducted": "hostages",
}
_PARTICIPLES = frozenset(_PARTICIPLE_CATEGORY)
PARTICIPLE_NOUNS = frozenset({"dead", "injured", "wounded", "hurt", "missing"})


_SURVIVING = frozenset({"survive", "escape"})


def _harmed_whose_tally_moved(anchor: Token) -> Category | None:
    """The harmed a changing figure is of when they are its verb's subject, named by their
    state alone ("missing revised down to 78"), whatever tally the sentence named before."""
    verb = governing_verb(anchor)
    if verb is None or verb.lemma_.lower() not in lx.CHANGE_VERBS:
        return None
    # the subject nearest before the figure: not "toll at 223" before "missing revised"
    named = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < anchor.i]
    state = named[-1].lower_ if named else ""
    if state not in PARTICIPLE_NOUNS:
        return None
    return _PARTICIPLE_CATEGORY[state]  # type: ignore[return-value]


def _with_a_state_of_their_own(noun: Token) -> bool:
    """ "with 21 miners still trapped" after a toll: the "with" clause's own participle says
    what the counted are, not the toll's words around it."""
    deed = noun.head
    if deed.i < noun.i or not _own_participle(deed, noun):
        return False
    marked = deed.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "with" for c in deed.children
    )
    if not marked and not (deed.dep_ == "pcomp" and deed.head.lower_ == "with"):
        return False  # the parse hangs "with" as a mark or as a preposition
    return deed.lower_ not in _PARTICIPLES and deed.lemma_.lower() not in lx.TRIGGER_WORDS


def _next_words(anchor: Token, noun: Token | None) -> list[Token]:
    """The word after the figure and after its noun, past "still" ("with 72 still
    unaccounted for", which the parse may hang on another clause) and "on board"."""
    doc = anchor.doc
    after = [anchor.i + 1] + ([noun.i + 1] if noun is not None else [])
    if noun is not None and (state := _state_past_a_phrase(noun)) is not None:
        after.append(state)  # "23 to 25 girls from a summer camp were unaccounted for"
    after = [i + 1 if i < len(doc) and doc[i].lower_ in _STILL else i for i in after]
    # "241 on board killed": past where the counted were
    after = [
        i + 2 if i + 2 < len(doc) and doc[i : i + 2].text.lower() == lx.ON_BOARD else i
        for i in after
    ]
    # "ends with 31 confirmed dead", "24 feared dead": what is said of them comes next
    after = [i + 1 if i + 1 < len(doc) and doc[i].lower_ in _SAID_OF_A_STATE else i for i in after]
    return [doc[i] for i in after if i < len(doc)]


_DYING_VERBS = frozenset({"die", "succumb", "perish"})


def _hurt_who_died(word: Token, noun: Token | None) -> bool:
    """ "three injured passengers died in hospital", "Two wounded soldiers died later": the
    word before the noun says how they were, the clause's verb what befell them."""
    return (
        noun is not None
        and word.dep_ == "amod"
        and word.head == noun
        and word.lower_ in lx.CATEGORY_TRIGGERS["injured"]
        and noun.dep_ in _SUBJECTS
        and noun.head.lemma_.lower() in _DYING_VERBS
    )


def _state_past_a_phrase(noun: Token) -> int | None:
    """Where the state of a noun followed by a phrase of place or origin is said, after "were"
    or "are", when the parse joins the noun to a verb ("... were killed, and 23 to 25 girls
    from a summer camp were unaccounted for": the girls a conjunct of "killed")."""
    doc, i = noun.doc, noun.i + 1
    misjoined = noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX")
    if not misjoined or i >= len(doc) or doc[i].lower_ not in ("from", "at", "in", "of"):
        return None
    for j in range(i + 1, min(i + _PHRASE_WORDS, noun.sent.end - 1)):
        if doc[j].is_punct or doc[j].pos_ == "VERB":
            return None
        if doc[j].lower_ in _BE_FORMS:
            return j + 1
    return None


_PHRASE_WORDS = 7
_BE_FORMS = frozenset({"were", "are", "was", "is"})


_STILL = frozenset({"still", "now"})
_SAID_OF_A_STATE = _SAID_TO_BE | {"confirmed", "reported"}


def _own_participle(word: Token, counted: Token) -> bool:
    """A past participle right after a figure whose subject the figure is, that is not a verb
    of reporting ("reported killed", "feared dead") nor completed by a casualty word ("shot
    dead"): it says what happened to what is counted. Reduced relatives ("officers involved in
    the shooting were arrested") hang on the noun instead and are read on."""
    bound = counted.head == word and counted.dep_ in ("nsubj", "nsubjpass")
    # a bare figure listed on its own with its participle right after it: a headline's "kills
    # 11, over 3,000 taken to hospital" (not "higher than the 41 given by local officials")
    listed = counted.like_num and counted.dep_ in _LISTED_ALONE
    bound = bound or (
        listed and word.head == counted and word.dep_ == "acl" and word.i == counted.i + 1
    )
    completed = any(
        c.lower_ in _PARTICIPLES or c.lemma_.lower() in _CASUALTY_LEMMAS for c in word.children
    )
    return (
        bound
        and not completed
        and word.tag_ == "VBN"
        and word.lemma_.lower() not in lx.NOT_ACTING_VERBS | _KNOWING_VERBS
        and not any(word.lower_ in triggers for triggers in lx.CATEGORY_TRIGGERS.values())
    )


_KNOWING_VERBS = frozenset({"fear", "presume", "think", "know", "confirm", "feel"})
# how the parse hangs a figure set beside a clause rather than in it
_LISTED_ALONE = frozenset({"dep", "appos", "conj", "ROOT"})
_CASUALTY_LEMMAS = frozenset({"dead", "death", "kill", "injure", "wound"})


def _object_of(noun: Token) -> Token | None:
    """The verb whose object `noun` is, through a list ("lost seven soldiers and four ...")."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" else None


_LIFE_TAKING_VERBS = frozenset({"claim", "take", "cost", "lose"})


def _lives_taken(noun: Token) -> bool:
    """ "claimed more than 660 lives", "taken 600 lives": a death toll counted in lives."""
    if noun_lemma(noun) != "life":
        return False
    verb = noun.head
    if verb.lower_ == "of":  # "claimed dozens of lives", "cost hundreds of lives"
        verb = verb.head.head
    return verb.lemma_.lower() in _LIFE_TAKING_VERBS


def _whose_lives_were_taken(noun: Token) -> bool:
    """ "The war has claimed the lives of 34,151 Palestinians": the people whose lives a deed
    took are its dead."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and _lives_taken(of.head)


_UNHARMED = frozenset({"safely", "unharmed", "unhurt", "uninjured", "unscathed"})


def _spared(anchor: Token) -> bool:
    """ "killing all but two of the 181 people aboard": the two are those it spared."""
    before = [t.lower_ for t in anchor.doc[max(0, anchor.i - 2) : anchor.i]]
    return before in (["all", "but"], ["all", "except"], ["all", "save"])


def _survived(noun: Token) -> bool:
    """ "killing more than 1,000 people, with only one survivor": survivors are alive, whatever
    killing the clause the parse hangs them on tells of (not so their wounds: "two survivors
    were injured")."""
    if noun_lemma(noun) not in _SURVIVORS:
        return False
    verb = governing_verb(noun)
    return verb is not None and _category_of_verb(verb) == "killed"


_SURVIVORS = frozenset({"survivor"})


def _brought_out_alive(noun: Token) -> bool:
    """ "Eight miners pulled alive from Chinese mine, four dead": the eight were saved, whatever
    harm the clause the parse hangs them on tells of the others."""
    return any(
        c.dep_ == "acl"
        and c.lemma_.lower() in _BRINGING_OUT
        and any(g.lower_ == "alive" for g in c.children)
        for c in noun.children
    )


_SWAP_NOUNS = frozenset({"swap", "exchange", "trade"})


def _freed_in_a_named_swap(noun: Token) -> str | None:
    """ "each released 390 soldiers and civilians on Friday in the first stage of a prisoner
    swap": people a handover frees, in a sentence that names a swap of prisoners, are
    prisoners on either side (a "hostage deal" frees hostages and prisoners)."""
    if not (is_person(noun) or noun_lemma(noun) in lx.DEMONYMS):
        return None
    head = _first_listed(noun)
    # (or brings them home: "brought home 150 soldiers ... in its 60th prisoner exchange")
    if head.dep_ not in ("dobj", "nsubjpass") or not _hands_over(head.head):
        return None
    for word in noun.sent:
        if word.pos_ != "NOUN" or word.lemma_.lower() not in _SWAP_NOUNS:
            continue
        for compound in word.children:
            category = lx.NOUN_CATEGORIES.get(noun_lemma(compound))
            if compound.dep_ == "compound" and category == "prisoners":
                return category
    return None


def _freed_for_prisoners(noun: Token) -> str | None:
    """ "Hamas released four Israeli soldiers on Saturday in exchange for 200 Palestinian
    prisoners": people handed over for prisoners are the other side's captives, hostages (a
    swap named one of prisoners frees prisoners on both sides: `_freed_in_a_named_swap`)."""
    if not is_person(noun):
        return None
    head = _first_listed(noun)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num:
        head = head.head.head  # "Eighty-two of the Chibok schoolgirls were freed": the share
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or not _hands_over(verb):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for swap in (g for g in prep.children if g.lemma_.lower() in ("exchange", "return")):
            for given in (t for t in swap.subtree if t.dep_ == "pobj" and t != swap):
                if lx.NOUN_CATEGORIES.get(noun_lemma(given)) == "prisoners":
                    return "hostages"
    return None


def _first_listed(noun: Token) -> Token:
    """The first noun of the list a noun is in ("soldiers and civilians": soldiers), whose
    place in the clause the list shares."""
    head = noun
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head


def _detainees_handed_over(noun: Token, category: str) -> bool:
    """Detainees a clause frees or swaps are counted as prisoners freed, not as arrests: "A
    total of 887 detainees were released", "887 detainees released", "freed 50 detainees" (but
    "40 detainees remain")."""
    if category != "detained":
        return False
    return _handed_over(noun)


def _handed_over(noun: Token) -> bool:
    """Whether a clause frees or swaps the people a noun names: "887 detainees released",
    "freed 50 detainees", "A total of 887 detainees were released"."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in lx.HANDOVER_VERBS for c in noun.children):
        return True
    head = _first_listed(noun)
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in TALLY_NOUNS:
        head = of.head  # "A total of 887 detainees were released"
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in lx.HANDOVER_VERBS


# where people are held whom a release frees as prisoners
_CUSTODY = frozenset({"jail", "prison", "custody", "detention"})


def _freed_from_custody(anchor: Token) -> bool:
    """ "Israel released 110 Palestinians from its jails": freed prisoners, whatever the noun."""
    verb = governing_verb(anchor)
    if verb is None or verb.lemma_.lower() not in lx.HANDOVER_VERBS:
        return False
    held = (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children)
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _CUSTODY for g in held)


def _freed_after_arrest(anchor: Token, noun: Token | None) -> bool:
    """ "released 103 people detained during post-election protests", "freed 70 people
    arrested after the election": those let go were held, prisoners freed."""
    verb = governing_verb(anchor)
    if noun is None or verb is None or verb.lemma_.lower() not in lx.HANDOVER_VERBS:
        return False
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ARRESTING
        for c in noun.children
    )


_ARRESTING = frozenset({"detain", "arrest", "jail", "imprison"})  # not "held": by whom?


# people counted by their being held, whom a deed may kill or hurt
_HELD = frozenset({"prisoners", "hostages", "detained"})
# people counted by a state a deed may end: held, or driven from home ("killed at least 11
# Rohingya refugees")
_HARMABLE = _HELD | {"displaced"}
# a state said right after them
_HARMED_AFTER = {"dead": "killed", "killed": "killed", "injured": "injured", "wounded": "injured"}


def _harm_to_the_held(noun: Token, category: str) -> str | None:
    """ "At least 24 inmates were killed", "Fifteen prisoners and guards were injured": the held
    whom the clause's verb kills or hurts are in the toll of the killed or the hurt."""
    if category not in _HARMABLE or _remains_of(noun):
        return None  # "The remains of 28 hostages who died in captivity": held still
    after = noun.right_edge.i + 1
    if after < len(noun.doc) and noun.doc[after].lower_ in _HARMED_AFTER:
        # a headline's "says 26 hostages and all 33 attackers dead", however it is parsed
        return _HARMED_AFTER[noun.doc[after].lower_]
    for said in noun.children:
        if (
            said.dep_ in ("amod", "acomp", "oprd")
            and said.i > noun.i
            and said.lower_ in _HARMED_AFTER
        ):
            # a headline's "67 hostages dead"; "left 31 inmates dead"
            return _HARMED_AFTER[said.lower_]
        # "the number of Ukrainian prisoners killed in the strike had risen to 50", "the
        # number of hostages who died"
        if _share_said_of(said):
            continue  # "33 hostages, eight of them dead, were returned": the eight are dead
        if any(c.dep_ == "dobj" for c in said.children):
            continue  # "raid that freed 4 hostages killed 274": the parse's participle acts
        # (the tagger may call a headline's participle past tense: "26 hostages killed")
        if (said.dep_ == "acl" and said.tag_ in ("VBN", "VBD")) or said.dep_ == "relcl":
            for harm in ("killed", "injured"):
                if said.lemma_.lower() in lx.CATEGORY_TRIGGERS[harm]:
                    return harm
    # past a dateline the parse may read as the subject: "ALGIERS (Reuters) - Thirty-seven
    # foreign hostages ... were killed"
    held = noun.head if noun.dep_ == "appos" else noun
    if held.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = held.head
    if verb.lemma_ == "be" and held.dep_ == "nsubj":
        # "Eight hostages are dead"
        state = next((c for c in verb.children if c.dep_ == "acomp"), None)
        return _HARMED_AFTER.get(state.lower_) if state is not None else None
    if verb.pos_ != "VERB":
        return None
    for harm in ("killed", "injured"):
        if verb.lemma_.lower() in lx.CATEGORY_TRIGGERS[harm]:
            return harm
    return None


def _share_said_of(clause: Token) -> bool:
    """A clause whose subject is a share of the noun it hangs on ("eight of them dead")."""
    return any(
        c.dep_ in _SUBJECTS
        and c.like_num
        and any(p.lower_ == "of" and p.dep_ == "prep" for p in c.children)
        for c in clause.children
    )


def _remains_of(noun: Token) -> bool:
    """ "the remains of 28 hostages", "the bodies of 13 captives": what is counted is held."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and noun_lemma(of.head) in ("body", "remains")


_COMPARATIVES = frozenset({"fewer", "more", "less", "higher", "lower", "greater"})


def _figure_set_against(anchor: Token) -> Token | None:
    """The sentence's figure before "fewer than the 23": the one the 23 is set against."""
    than = anchor.head
    if anchor.dep_ != "pobj" or than.lower_ != "than" or than.head.lower_ not in _COMPARATIVES:
        return None
    return _previous_figure(anchor)


# what befalls people that others do to them (not fleeing: "5,000 fled their homes")
_DONE_BY_OTHERS = frozenset({"killed", "injured", "detained", "hostages"})
_THEMSELVES = frozenset({"themselves", "himself", "herself"})


def _doers_of_the_deed(counted: Token) -> bool:
    """ "Two gunmen killed 10 people", "Twelve officers arrested 40 protesters", "40,000
    people have caught waterborne diseases": the subject of an active deed done to someone or
    something else did it; nothing befell them. So did those a band of them is made of: "a
    commando of 28 foreign mercenaries ... killed Moise", and those they included ("including
    26 Colombians and two Haitian Americans")."""
    while counted.dep_ == "conj" and counted.head.i < counted.i:
        counted = counted.head
    listed_in = counted.head
    if counted.dep_ == "pobj" and listed_in.lower_ == "including" and listed_in.head.pos_ == "NOUN":
        counted = listed_in.head
    of = counted.head
    if counted.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _BANDS:
        counted = of.head
    if counted.dep_ != "nsubj":
        return False
    verb = counted.head
    if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.lemma_.lower() in _DYING:
        return False  # "16 people had died ..., among them eight foreigners": no object of theirs
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not perfect:
        return False  # "250 others injured and more than 800 homes destroyed": passives
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return False  # "with 66 people still hospitalized, six of them ...": a state of theirs
    if _category_of_verb(verb) not in _DONE_BY_OTHERS:
        return False
    done_to = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(done_to) and all(
        c.lower_ not in _THEMSELVES and not (c.like_num and _of_them(c)) for c in done_to
    )


# what a band of doers is called: "a commando of 28 mercenaries", "a gang of 12 men"
_BANDS = frozenset({"commando", "group", "gang", "band", "squad", "team", "unit", "cell", "mob"})


def _of_them(figure: Token) -> bool:
    """ "six of them": a share of the people before."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(g.lower_ in ("them", "whom") for g in p.children)
        for p in figure.children
    )


def _attackers(noun: Token) -> bool:
    return noun_lemma(noun) in lx.ATTACKERS | lx.KIDNAPPERS


def _held_beside(noun: Token) -> str | None:
    """ "19 Israeli hostages and five Thais have been freed": people listed after captives,
    under one verb, were held as they were."""
    if noun.dep_ != "conj" or noun.head.i > noun.i:
        return None
    category = lx.NOUN_CATEGORIES.get(noun_lemma(noun.head))
    people = is_person(noun) or noun_lemma(noun) in lx.DEMONYMS
    if category not in ("hostages", "prisoners") or not people:
        return None
    if _attackers(noun):
        return None  # "Six hostages and four gunmen were killed": those who held them
    return category


def _taken_hostage(noun: Token) -> str | None:
    """ "A gunman who took six people hostage at a bank": people a verb takes or holds with
    "hostage" right after them, however the parse hangs the word (it may make it the subject
    of the verb after)."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.lemma_.lower() not in ("hostage", "captive"):
        return None
    taking = noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("take", "hold")
    return "hostages" if taking and is_person(noun) else None


def categorise(anchor: Token, noun: Token | None) -> Category:
    """What a count is of: killed, hostages, population... or other for things."""
    if _sizes_a_crowd(anchor):
        return "crowd"
    if _inhabitants(anchor, noun):
        return "population"
    if noun is None and _service_lacked(anchor) is not None:
        return "other"  # "toll rises to 17, 2 million still without power": the lacking
    under = _state_under(anchor) if noun is None else None
    if under is not None:
        return under  # type: ignore[return-value]  # "5 dead, 180,000 under evacuation orders"
    tallied = _harmed_whose_tally_moved(anchor) if noun is None else None
    if tallied is not None:
        return tallied  # "Spain flood toll at 223, missing revised down to 78"
    if _fronts_a_share(anchor) or _set_of_none(anchor):
        # "Of the 59, 35 are believed dead", "Of the 242 passengers and crew, 241 died": the
        # 35 and the 241 are, not the set; "None of the 171 passengers ... were injured"
        return "other"
    first = _first_of_a_gapped_list(anchor)
    if first is not None:
        return categorise(first, counted_noun(first))  # "92 were in Valencia, two in Murcia"
    compared = _figure_set_against(anchor) if noun is None else None
    if compared is not None:
        # "19 people died in last week's protests, fewer than the 23 reported by the
        # commission": what the figure before counts, wherever the parse hangs the "fewer"
        return categorise(compared, counted_noun(compared))
    if _spared(anchor) or (noun is not None and (_brought_out_alive(noun) or _survived(noun))):
        return "other"
    if noun is None and _headline_verb_read_as_a_noun(anchor.head, anchor):
        # "Mississippi shooting toll rises to six as two more die", "Thousands flee"
        return _HEADLINE_VERBS_READ_AS_NOUNS[anchor.head.lower_]
    if (noun is None or noun.pos_ == "PRON") and any(
        c.dep_ == "advmod" and c.lower_ in _SEVERITIES for c in anchor.children
    ):
        # "64 people had been confirmed dead and more than 300 injured, 20 of them seriously":
        # how badly they fare says they are hurt, whatever the clause the parse hangs them on
        return "injured"
    # (a nation's people too: "the 16 people killed, including five Portuguese")
    nationals = (
        noun is not None
        and noun.pos_ == "PROPN"
        and (noun.ent_type_ == "NORP" or noun.lower_.removesuffix("s") in lx.DEMONYMS)
    )
    if noun is None or (noun.pos_ == "NOUN" and is_person(noun)) or nationals:
        # "Two of the injured remain in hospital", "Of the 78 dead, 12 were children", "Of
        # those killed, 15 were women"
        for whole in _set_of(anchor) if not _taken_out_of_the_set(anchor) else ():
            share_harmed = _harm_done_to_the_share(anchor) if whole.i < anchor.i else None
            if share_harmed is not None:
                return share_harmed  # "Of the 68 men held there, 28 were hospitalized": hurt
            for word in [whole, *(c for c in whole.children if c.dep_ == "acl")]:
                if word.lower_ in _PARTICIPLE_CATEGORY:
                    return _PARTICIPLE_CATEGORY[word.lower_]  # type: ignore[return-value]
        if _said_to_be_dead(anchor):
            return "killed"  # "76 remain in Gaza, including 35 the Israeli military says are dead"
        # "with 84 of the dead found in Kerr County, including 28 children": a part of a
        # figure's people is what that figure counts
        marker = _included(noun if noun is not None else anchor)
        figure = marker.head if marker is not None else None
        if marker is not None and (_a_reporting_verb(marker.head) or marker.head.pos_ == "VERB"):
            # "rose to 104 on Monday, officials said, including 84 in Kerr County": the parse
            # hangs the part on the saying, the whole is the figure before it; so on a verb of
            # another clause ("fled ... after protests in which some 300 people were killed,
            # including nearly 100 on Sunday")
            figure = _previous_figure(marker)
        elif (
            marker is not None
            and not marker.head.like_num
            and marker.head.pos_ == "NOUN"
            # not "several people, including two children", "a handful of people, including"
            and not is_person(marker.head)
            and not any(is_person(p) for p in _set_of(marker.head))
        ):
            # "Israeli airstrikes killed at least 45 Palestinians ..., including 19 at a
            # clinic": the parse hangs the part on the clause's subject; the whole is the
            # figure before it
            figure = _previous_figure(marker)
        elif marker is not None and marker.head.pos_ == "NOUN" and is_person(marker.head):
            # "the 16 people killed, including five children": the counted people's figure
            # (not "several people, including two children": none)
            figure = next(
                (c for c in marker.head.children if c.dep_ == "nummod" and c.like_num), None
            )
        if figure is not None and figure.like_num and figure.i != anchor.i:
            of_the_whole = categorise(figure, counted_noun(figure))
            if of_the_whole not in ("other", "crowd", "population"):
                return of_the_whole
    if noun is not None:
        if noun.lower_ in PARTICIPLE_NOUNS:  # "Leaves Woman Dead and 2 Hurt"
            return _PARTICIPLE_CATEGORY[noun.lower_]  # type: ignore[return-value]
        lemma = noun_lemma(noun)
        attempted = any(c.lower_ == "attempted" for c in noun.children)
        former = any(c.dep_ == "amod" and c.lower_ == "former" for c in noun.children)
        if former and lx.NOUN_CATEGORIES.get(lemma) in _HELD:
            return "other"  # "Some 646 former hostages remained in hospital": no longer held
        if lemma in lx.NOUN_CATEGORIES and not attempted:  # "five of attempted murder"
            harm = _harm_to_the_held(noun, lx.NOUN_CATEGORIES[lemma])
            if harm is None and _detainees_handed_over(noun, lx.NOUN_CATEGORIES[lemma]):
                return "prisoners"  # "887 detainees were released": freed, as prisoners are
            return harm or lx.NOUN_CATEGORIES[lemma]  # type: ignore[return-value]
        beside = _held_beside(noun)
        if beside is not None:
            # "at least 12 hostages and 18 militants were killed": killed as the held were
            return _harm_to_the_held(noun.head, beside) or beside  # type: ignore[return-value]
        held = _freed_in_a_named_swap(noun) or _taken_hostage(noun) or _freed_for_prisoners(noun)
        if held is not None:
            return held  # type: ignore[return-value]
        if _lives_taken(noun) or _whose_lives_were_taken(noun):
            return "killed"
        if lemma == "victim" and any(
            c.dep_ == "compound" and c.lemma_.lower() in lx.DEADLY_DEEDS for c in noun.children
        ):
            return "killed"  # "the four murder victims"
        if not is_person(noun):
            return "other"
    elif anchor.pos_ == "NOUN" and noun_lemma(anchor) in lx.NOUN_CATEGORIES:
        # "one arrest, with no injuries": a zero's own noun says what it counts
        return lx.NOUN_CATEGORIES[noun_lemma(anchor)]  # type: ignore[return-value]
    people = noun is None or is_person(noun)
    if people and (_freed_from_custody(anchor) or _freed_after_arrest(anchor, noun)):
        return "prisoners"
    if _doers_of_the_deed(noun if noun is not None else anchor):
        return "other"  # "Two gunmen killed 10 people": the two did it
    if _bodies_of_some(anchor):
        return "killed"  # "the bodies of two of the six workers missing": two found dead
    left = _states_left(anchor, noun)
    for word in _next_words(anchor, noun):
        if _hurt_who_died(word, noun) or word.i in left:
            continue  # "after three injured passengers died in hospital": they are dead
        # "left 24 dead and over 200 injured": the word right after the figure says it, as a
        # participle of a trigger does after people ("with 20 people hospitalized")
        # ("the 251 people taken hostage": the tagger may call a clause's participle past tense)
        participle = people and (word.tag_ == "VBN" or (word.dep_ == "acl" and word.tag_ == "VBD"))
        # "the roughly 240 people taken hostage": the participle with its object
        phrases = _lemma_with_its_object(word) if participle else set()
        for category, triggers in lx.CATEGORY_TRIGGERS.items():
            if word.pos_ in ("ADJ", "VERB") and word.lower_ in triggers | _PARTICIPLES:
                return _PARTICIPLE_CATEGORY.get(word.lower_, category)  # type: ignore[return-value]
            if phrases & triggers:
                if category == "detained" and _done_by_kidnappers(word):
                    return "hostages"  # "Kidnappers have freed 12 of the 25 students seized"
                return category  # type: ignore[return-value]
        if _own_participle(word, noun or anchor):
            return "other"  # "six children were killed and 14 trapped": the 14 were trapped
        if word.lemma_.lower() in _SURVIVING and word.pos_ in ("VERB", "ADJ"):
            return "other"  # "Plane crash kills 179, two survive": the two lived
    if noun is not None and _with_a_state_of_their_own(noun):
        return "other"  # "the toll rose to 53, with 21 miners still trapped": trapped
    for word in _trigger_words(anchor, noun):
        if _wound_as_wind(word) or _hurt_who_died(word, noun):
            continue  # "he wound up with 20": wind up, no wound
        if word.i in left:
            continue
        if word.pos_ == "VERB" and any(c.lower_ in _UNHARMED for c in word.children):
            # "The 174 passengers landed safely, though a few suffered minor injuries"
            return "other"
        if any(c.lower_ == "attempted" for c in word.children):
            return "other"  # "the attempted murder of four others": they lived
        if word.dep_ == "acomp" and word.pos_ == "ADJ" and word.lower_ in _PARTICIPLES:
            # "6,500 residents remain evacuated", "remain displaced": the participle the
            # parse makes an adjective, its lemma unchanged
            return _PARTICIPLE_CATEGORY[word.lower_]  # type: ignore[return-value]
        lemma = word.lemma_.lower()
        forms = {lemma, word.lower_}
        if word.pos_ == "NOUN":
            forms.add(noun_lemma(word))  # "the remains of 12 migrants": their bodies
            # "Saturday's execution of 81 men": the deed done to those it is "of" (not "stops
            # Thompson in 6 with efficient execution")
            if lemma == "execution" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in word.children
            ):
                forms.add("execute")
            if lemma in KILLERS and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in word.children
            ):
                forms.add("kill")  # "the killers of four Americans": the four were killed
            # "lowered its death toll estimate to 770": the estimate of a toll is the toll
            forms.update(
                c.lemma_.lower()
                for c in word.children
                if c.dep_ == "compound" and c.lemma_.lower() in TALLY_NOUNS
            )
            held = lx.NOUN_CATEGORIES.get(noun_lemma(word))
            harm = _harm_to_the_held(word, held) if held is not None else None
            if harm is not None:
                return harm  # type: ignore[return-value]  # "the number of prisoners killed"
        forms.update(  # "lost their lives", "shot dead", "gunned down"
            f"{lemma} {c.lemma_.lower()}"
            for c in word.children
            if c.dep_ in ("dobj", "oprd", "prt")
        )
        forms.update(  # "took to the streets"
            f"{lemma} {c.lower_} {g.lemma_.lower()}"
            for c in word.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ == "pobj"
        )
        if noun is not None and word.i == noun.i and _placed_in_their_state(word):
            # "the number of people in relief camps", "The 24 people in hospital include six
            # children": where the counted people are is their state, as "were in relief
            # camps" says it
            forms.update(
                f"be {c.lower_} {g.lemma_.lower()}"
                for c in word.children
                if c.dep_ == "prep"
                for g in c.children
                if g.dep_ == "pobj"
            )
        forms.update(  # "flown out of Kabul": the particle the parse takes for a preposition
            f"{lemma} {c.lower_}"
            for c in word.children
            if c.dep_ == "prep" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        )
        if noun is None or noun_lemma(noun) not in _SERVICE_PEOPLE:
            # "370,000 Rohingya have crossed into Bangladesh", "some 10,000 have crossed into
            # Lebanon": a country by name
            forms.update(
                f"{lemma} {c.lower_} country"
                for c in word.children
                if c.dep_ == "prep"
                for g in c.children
                if g.dep_ == "pobj" and g.ent_type_ == "GPE"
            )
        forms.update(  # "remained in evacuation centres": the place by its kind
            f"{lemma} {c.lower_} {k.lemma_.lower()} {g.lemma_.lower()}"
            for c in word.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ == "pobj"
            for k in g.children
            if k.dep_ == "compound"
        )
        forms.update(  # "were among the dead", "left 50 people with serious injuries"
            g.lemma_.lower()
            for c in word.children
            if c.dep_ == "prep"
            and c.lower_ in ("among", "with")
            and lemma not in lx.LEGAL_VERBS  # "two men were charged with murder": a charge
            for g in c.children
            if g.dep_ == "pobj"
            # not "rose to 41, with 56 missing": another figure's state
            and not any(n.like_num and n.i != anchor.i for n in g.children)
        )
        forms.update(  # "were among those executed", "among the 11 people wounded"
            d.lemma_.lower()
            for c in word.children
            if c.dep_ == "prep" and c.lower_ == "among"
            for g in c.children
            if g.dep_ == "pobj" and (g.pos_ == "PRON" or (g.pos_ == "NOUN" and is_person(g)))
            for d in g.children
            if d.dep_ in ("acl", "relcl")
            and d.pos_ == "VERB"
            and d.lemma_.lower() in _HARM_TRIGGERS  # not "among those who attended"
        )
        forms.update(  # "people listed as missing", "confirmed as dead"
            g.lemma_.lower()
            for c in word.children
            if c.dep_ == "prep" and c.lower_ == "as" and lemma in _LISTING_VERBS
            for g in c.children
            if g.dep_ in ("pobj", "pcomp", "acomp", "amod")
        )
        if word.pos_ == "NOUN" and lemma == "list":
            # "Missing list in California fire swells to 1,011"
            forms.update(c.lemma_.lower() for c in word.children if c.dep_ in ("amod", "compound"))
        if lemma == "turn" and any(c.dep_ in ("xcomp", "acomp", "attr") for c in word.children):
            forms.discard("turn out")  # "the call turned out to be a hoax"
        if lemma == "lose" and noun is not None and _object_of(noun) == word:
            # "Israel has lost seven soldiers and four civilians"; a team that "lost two more
            # players for the season" lost them to injury
            return "other" if noun_lemma(noun) in lx.TEAM_MEMBERS else "killed"
        if word.pos_ == "PROPN":  # a headline's capitals hide the verb: "Quake Kills 10"
            forms.add(word.lower_.removesuffix("s"))
        if lemma == "toll" and any(
            c.dep_ == "compound" and c.lemma_.lower() == "injury" for c in word.children
        ):
            return "injured"  # "the injury toll rose to 40": no deaths
        if noun is None or not is_person(noun):
            forms -= lx.TRIGGERS_FOR_PEOPLE  # "52 catches for 440 yards and four scores"
        if lemma == "bury" and _buried_by_a_slide(word):
            return "missing"  # "burying at least six skiers": trapped, two of them dug out alive
        if lemma == "search" and noun is not None and _sought_by_rescuers(word, noun):
            return "missing"  # "Rescuers were searching for six people": lost, not sought
        if lemma == "gather" and any(c.dep_ == "dobj" for c in word.children):
            # "abducted at least 40 women gathering firewood": gathering a thing is no crowd's
            # gathering
            forms.discard("gather")
        for category, triggers in lx.CATEGORY_TRIGGERS.items():
            if forms & triggers:
                if category == "prisoners" and lemma == "jail":
                    return "prisoners"
                if category == "detained" and _done_by_kidnappers(word):
                    return "hostages"  # "Kidnappers who seized more than 200 pupils"
                if category == "displaced" and noun is not None and _attackers(noun):
                    return "other"  # "A third airport attacker fled": he escaped
                return category  # type: ignore[return-value]
        # (not "130 prison guards were held hostage by inmates in several prisons": held as
        # hostages, where they work, by those who are in prison)
        if lemma in ("hold",) and any(
            c.lemma_.lower() in ("jail", "prison", "custody")
            for child in word.children
            if child.dep_ not in _SUBJECTS | {"agent", "oprd"}
            for c in child.subtree
        ):
            return "prisoners"
        if lemma in _FREEING and _freed_by_troops(word, noun, anchor):
            return "hostages"  # "Security forces freed 104 passengers": freed from captors
        if lemma in _CAPTORS_DEEDS and _in_captors_hands(noun, anchor):
            # "The 19 sailors held by Somali pirates", "pirates released the 19 crew", "took
            # its 18 crew members", "militants released four Kenyan teachers ... who had been
            # held", "The remaining 14 are still held by the kidnappers"
            return "hostages"
        if lemma in _FREEING and noun is not None and noun_lemma(noun) in _SERVICE_PEOPLE:
            return "prisoners"  # "The 95 Ukrainian soldiers freed on Wednesday": of war
        if _people_held(word, noun):
            return "detained"  # "40 people were being held", "the number of people held"
    if noun is not None and noun.head.lower_ == "of":
        owner = noun.head.head
        if owner.lemma_.lower() in lx.PLACE_NOUNS or owner.ent_type_ in ("GPE", "LOC"):
            return "population"
    if noun is not None and noun_lemma(noun) in _DWELLERS and _owned_by_a_place(noun):
        return "population"  # "Half of Gaza's 2.3 million people", "the city's 50,000 residents"
    to = noun.head if noun is not None else None
    if to is not None and to.lower_ in ("to", "by") and to.i > 0:
        # "a city home to 167,000 people" (the parse may hang "to" elsewhere)
        before = to.doc[to.i - 1]
        if to.head.lower_ == "home" or (before.lower_ == "home" and before.pos_ == "NOUN"):
            return "population"
    if noun is not None and noun.tag_ == "NNS" and noun_lemma(noun) in _PROTESTERS:
        # "police counted 80,000 protesters": whatever the verb, a crowd's size (not "one
        # protester threw a petrol bomb"), but for a release ("Georgia frees 140 protesters")
        return "other" if _handed_over(noun) else "crowd"
    start = (reached_from(anchor) or _figure_that_brought(anchor)) if noun is None else None
    if start is not None:
        # "down to 489 from 527": as the 527; "arrested three more men, bringing the number
        # held to four": as the three
        return categorise(start, counted_noun(start))
    return "other"


# who killed the people counted "of" them
KILLERS = frozenset({"killer", "murderer", "assassin"})


# what buries people who may yet be dug out alive (not a landslide, which buries villages:
# "More than 670 people are believed to have been buried by a massive landslide")
_SLIDES = frozenset({"avalanche", "rubble", "debris", "snow"})


def _buried_by_a_slide(verb: Token) -> bool:
    """ "An avalanche struck ..., burying six skiers", "buried under the rubble": trapped, not
    dead ("buried alive" is told of the dead; "Families buried 40 victims")."""
    if any(c.lower_ == "alive" for c in verb.children):
        return False
    clauses = [verb, verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [verb]
    doers = [
        t
        for clause in clauses
        for c in clause.children
        if c.dep_ in ("nsubj", "compound", "agent", "prep") and clause.i != c.i
        # a headline's subject may be read as the verb's compound ("Avalanche buries 10")
        for t in (
            [c] if c.dep_ in ("nsubj", "compound") else [g for g in c.children if g.dep_ == "pobj"]
        )
    ]
    return any(t.lemma_.lower() in _SLIDES for t in doers)


def either_of(verb: Token | None) -> str | None:
    """ "were killed or injured", "killed or injured 2,500", "left 120 people dead or
    missing": one count of people who met one fate or the other, not a count of either."""
    if verb is None:
        return None
    words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd"))]
    for word in words:
        pair = [word.head, word] if word.dep_ == "conj" else [word]
        pair += [c for c in word.children if c.dep_ == "conj"]
        holder = pair[0]
        if len(pair) < 2 or not any(c.dep_ == "cc" and c.lower_ == "or" for c in holder.children):
            continue
        fates = {_fate(w) for w in pair[:2]}
        if None not in fates and len(fates) == 2:
            return "|".join(sorted(f for f in fates if f is not None))
    return None


def _fate(word: Token) -> str | None:
    """The category a verb or adjective of what befell people names, if any."""
    for form in (word.lower_, word.lemma_.lower()):
        if form in _PARTICIPLE_CATEGORY:
            return _PARTICIPLE_CATEGORY[form]
        for category, triggers in lx.CATEGORY_TRIGGERS.items():
            if form in triggers:
                return category
    return None


def brought_things(anchor: Token) -> Token | None:
    """What a "bringing the total to" figure counts: what its clause's figure does ("14 trucks
    entered Gaza on Sunday, bringing the total to 34": trucks)."""
    start = _figure_that_brought(anchor)
    return counted_noun(start) if start is not None else None


def _figure_that_brought(anchor: Token) -> Token | None:
    """The figure of the clause a "bringing ... to" clause hangs on: what it added."""
    bring = next(
        (a for a in list(anchor.ancestors)[:4] if a.lemma_.lower() == "bring" and a.pos_ == "VERB"),
        None,
    )
    if bring is None or bring.dep_ != "advcl":
        return None
    inside = {t.i for t in bring.subtree}
    return next(
        (
            t
            for t in bring.head.subtree
            if t.like_num
            and t.tag_ == "CD"
            and t.i not in inside
            and t.i < bring.i
            # not the dateline's day ("AUSTIN, May 13 (AP) - Texas reported seven ...")
            and t.ent_type_ not in ("DATE", "TIME")
        ),
        None,
    )


# verbs that file people under a state: "listed as missing", "registered as refugees"
_LISTING_VERBS = frozenset({"list", "report", "register", "confirm", "classify", "record"})
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "rallygoer"})
_DWELLERS = frozenset({"people", "person", "resident", "inhabitant", "citizen", "soul"})


def _owned_by_a_place(noun: Token) -> bool:
    """ "Gaza's 2.3 million people", "the city's 50,000 residents": people a place owns."""
    return any(
        c.dep_ == "poss" and (c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in lx.PLACE_NOUNS)
        for c in noun.children
    )


def _in_captors_hands(noun: Token | None, anchor: Token) -> bool:
    """People whom captors take, hold or free, by any verb of the noun's or of the figure's
    ("militants released four Kenyan teachers ... who had been held", "Kidnappers have freed
    12 of the 25 students", "Pirates are holding at least 20 ships and more than 400 crew
    members": the list's first noun stands where the list does); a figure without a noun
    counts people."""
    if noun is not None and not is_person(noun):
        return False
    pairs = [(anchor, anchor.head)]
    if noun is not None:
        listed = _first_listed(noun)
        verbs = [listed.head, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))]
        pairs = [(listed, v) for v in verbs] + pairs
    return any(
        v.lemma_.lower() in _CAPTORS_DEEDS
        and _befalls(word, v)
        and _done_by_kidnappers(v, _CAPTORS)
        for word, v in pairs
    )


def _sought_by_rescuers(verb: Token, noun: Token) -> bool:
    """People rescuers or divers search for are missing (not the suspects police seek)."""
    sought = noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head == verb
    searchers = [c for c in verb.children if c.dep_ == "nsubj"]
    return sought and is_person(noun) and any(s.lemma_.lower() in _RESCUERS for s in searchers)


_RESCUERS = frozenset({"rescuer", "diver", "searcher", "lifeguard", "firefighter"})


def _freed_by_troops(verb: Token, noun: Token | None, anchor: Token) -> bool:
    """People that troops free were held by others ("Security forces freed 104 passengers by
    Tuesday night", after militants took a train); not those rescuers free from rubble, nor
    those police free from their own custody."""
    if noun is not None and not is_person(noun):
        return False
    freed = noun if noun is not None else anchor
    if not _befalls(freed, verb):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in _TROOPS for d in doers)


_FREEING = frozenset({"free", "liberate"})
# who frees people held by others
_TROOPS = frozenset({"force", "troop", "soldier", "army", "military", "commando"})


def _befalls(noun: Token, verb: Token) -> bool:
    """Whether the verb's deed befalls the noun: its object, its passive subject, or the noun
    a participle describes ("took its 18 crew members", "The 19 sailors held by pirates")."""
    if noun.head == verb and noun.dep_ in ("dobj", "nsubjpass"):
        return True
    return verb.head == noun and verb.dep_ in ("acl", "relcl")


# what captors do to the people they count: take, hold and free them
_CAPTORS_DEEDS = lx.HANDOVER_VERBS | {"hold", "take", "keep"}


def _done_by_kidnappers(verb: Token, kidnappers: frozenset[str] = lx.KIDNAPPERS) -> bool:
    """A seizure whose doers are named kidnappers takes hostages, not arrests: "Kidnappers
    who seized more than 200 pupils", "the 30 villagers seized by abductors"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj":
        # "Pirates hijacked an oil tanker ... and took its 18 crew members": the first verb's
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "Kidnappers have freed 12 of the 25 students seized": those who had them seized
        outer = governing_verb(verb.head)
        doers = [c for c in outer.children if c.dep_ == "nsubj"] if outer is not None else []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if verb.dep_ == "relcl" and not passive:
        doers.append(verb.head)  # "Kidnappers who seized": the relative's antecedent
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        doers.append(verb.head)  # "Pirates holding the 23 sailors": those the -ing describes
    # after a dateline the parse may take "Kidnappers" for a name, its plural for its lemma
    return any(
        noun_lemma(doer) in kidnappers or doer.lower_.removesuffix("s") in kidnappers
        for doer in doers
    )


def tells_of_kidnapping(docs: Iterable[Doc]) -> bool:
    """Whether an article's analysed sentences name a kidnapping: its words for taking people
    or for those taken ("Gunmen abduct 80 worshippers", "the kidnappers")."""
    return any(t.lemma_.lower() in _KIDNAPPING_WORDS for doc in docs for t in doc)


_KIDNAPPING_WORDS = lx.KIDNAPPERS | {
    "kidnap",
    "abduct",
    "kidnapping",
    "abduction",
    "hostage",
    "captive",
}
# verbs of taking people that say who did it only by the story they are in
_SEIZING = frozenset({"seize", "take", "grab", "snatch"})


def seized_in_a_kidnapping(verb: Token | None, counted: Token) -> bool:
    """People "seized" or "taken" with no one named who took them, in a story of a kidnapping,
    are those kidnapped ("Church officials say 71 members of the congregation were seized",
    "only 42 people had been taken"); not those "taken to hospital" or "into custody", nor
    suspects or attackers. So are those freed ("All 137 Nigerian students freed")."""
    if verb is None or verb.lemma_.lower() not in _SEIZING | lx.HANDOVER_VERBS:
        return False
    if verb.lemma_.lower() in lx.HANDOVER_VERBS and counted.pos_ == "PRON":
        return False  # "121 of those freed": whom the article freed before
    if counted.pos_ == "NOUN" and (not is_person(counted) or noun_lemma(counted) in _NOT_TAKEN):
        return False
    befalls = (counted.head == verb and counted.dep_ == "nsubjpass") or (
        verb.head == counted and verb.dep_ == "acl" and verb.tag_ == "VBN"
    )
    named = any(c.dep_ in ("agent", "dobj") for c in verb.children)
    taken_somewhere = any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)
    return befalls and not named and not taken_somewhere


# people who are taken as suspects, not as captives
_NOT_TAKEN = lx.ATTACKERS | lx.KIDNAPPERS | {"suspect", "militant", "fighter", "soldier"}


def still_held_captive(anchor: Token, noun: Token | None) -> bool:
    """ "leaving 16 still held", "Sixteen remain held", "16 people are still being held": in a
    story of a kidnapping, those its captors still hold (not "16 were held", who may be
    suspects the police hold, nor "two suspects were still being held")."""
    if noun is not None and (not is_person(noun) or noun_lemma(noun) in _NOT_TAKEN):
        return False
    doc = anchor.doc
    at = anchor.i + 1
    if at < len(doc) and doc[at].pos_ == "NOUN" and anchor.head.i == at:
        at += 1  # "16 people still held"
    still = False
    while at < len(doc) and doc[at].lower_ in _BEFORE_HELD:
        still = still or doc[at].lower_ == "still" or doc[at].lemma_.lower() == "remain"
        at += 1
    return still and at < len(doc) and doc[at].lower_ == "held"


# the words between a count and the "held" that says its people are still held
_BEFORE_HELD = frozenset(
    {"still", "being", "remain", "remains", "remained", "are", "were", "is", "was"}
)


# those who hold people as captives when they take, hold or free them: "Al Shabaab militants
# released four Kenyan teachers", "the gang is holding 17 missionaries"
# (and armed groups known by name for holding hostages: "Hamas freed three Israeli women")
_CAPTORS = lx.KIDNAPPERS | {
    "militant", "insurgent", "jihadist", "rebel", "gunman", "gang",
    "hamas", "hezbollah", "houthi", "shabaab", "shabab", "haram", "jihad",
}  # fmt: skip


def _first_of_a_gapped_list(anchor: Token) -> Token | None:
    """ "Of the dead, 92 were in the Valencia region, two in Murcia and one in Andalusia": a
    bare figure with a place of its own, its verb left out, after the verb's figure it lists
    with; that figure (the parse hangs the others on the verb or on each other)."""
    if anchor.dep_ not in ("npadvmod", "conj") or not anchor.like_num:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in anchor.children):
        return None
    head = anchor.head
    while head.dep_ == "conj" and head.like_num:
        head = head.head
    if head.like_num and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in head.children):
        return head  # "with 11 killed in the Eaton Fire and five in the Palisades Fire"
    if head.like_num and head.dep_ == "npadvmod":
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return next(
        (c for c in head.children if c.dep_ in _SUBJECTS and c.like_num and c.i < anchor.i), None
    )


def _own_place_in_a_gapped_list(anchor: Token) -> str | None:
    """The name a gapped figure is put in by its own "in" (see `_first_of_a_gapped_list`),
    whatever the model tags it: "two in Castilla-La Mancha"; so too a figure listed after
    a figure with a place of its own ("with 155 of the dead in the Valencia region, two in
    Castilla-La Mancha and one in Andalusia")."""
    if _first_of_a_gapped_list(anchor) is None and not _listed_after_a_placed_figure(anchor):
        return None
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and name.pos_ == "PROPN":
                words = [t for t in name.subtree if t.i <= name.i and t.dep_ != "det"]
                return name.doc[words[0].i : name.i + 1].text
    return None


def _place_of_a_gapped_figure(anchor: Token) -> str | None:
    """ "South Carolina reported 25 deaths and Georgia 17": the parse hangs the figure on the
    place listed with the first figure's noun, its verb left out."""
    place = anchor.head
    if anchor.dep_ != "nummod" or place.dep_ != "conj" or place.i > anchor.i:
        return None
    if place.pos_ != "PROPN" or place.lower_ not in lx.COUNTRIES | lx.US_STATES:
        return None
    return (
        place.text
        if place.head.like_num or any(c.dep_ == "nummod" for c in place.head.children)
        else None
    )


def _owner_of_a_gapped_tally(anchor: Token) -> str | None:
    """ "Sri Lanka's toll rose to 22,493, and Thailand's to 4,500", "Romania's toll stood at
    seven, and Austria's at four": the place whose tally the gapped clause gives, which the
    parse lists with the verb."""
    to = anchor.head
    if anchor.dep_ != "pobj" or to.lower_ not in ("to", "at") or to.dep_ != "prep":
        return None
    verb = to.head
    owners = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i < to.i
        and any(g.dep_ == "case" and g.lower_ == "'s" for g in c.children)
        and not any(t.lower_ == to.lower_ for t in c.doc[c.i : to.i])
    ]
    if len(owners) != 1 or not any(
        c.lower_ == to.lower_ and c.i < owners[0].i for c in verb.children
    ):
        return None
    owner = owners[0]
    ent = entity_at(owner.doc, owner.i)
    if ent is not None and ent.label_ in _PLACE_ENTITIES:
        return _place_name(ent.text)
    return owner.text if _a_country_read_as_other(owner) else None


def _listed_after_a_placed_figure(anchor: Token) -> bool:
    first = anchor
    while first.dep_ in ("conj", "appos") and first.head.like_num and first.head.i < first.i:
        first = first.head
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in first.children)
    return first is not anchor and anchor.like_num and placed


def _place_after_a_joined_figure(anchor: Token) -> str | None:
    """ "with 242 deaths in Mozambique and 259 in Zimbabwe": the parse hangs the second
    figure on the first one's noun, and its place after it on that noun too."""
    noun = anchor.head
    if anchor.dep_ != "conj" or not anchor.like_num or noun.pos_ != "NOUN":
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and prep.i > anchor.i:
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and name.ent_type_ in _PLACE_ENTITIES:
                entity = entity_at(name.doc, name.i)
                return _place_name(entity.text) if entity is not None else name.text
    return None


def _set_of_none(anchor: Token) -> bool:
    """ "None of the 171 passengers and six crew were seriously injured": the set no one of
    whom the clause befell (its conjuncts too)."""
    start = anchor.head if anchor.dep_ == "nummod" else anchor
    whole = _first_listed(start)
    if whole != start and whole.lower_ == "none":
        return True  # the parse may hang "six crew" on "None" itself
    of = whole.head
    return whole.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "none"


def _fronts_a_share(anchor: Token) -> bool:
    """A figure put first as the set a share of the clause is of ("Of the 59, 35 are believed
    dead", "Of the 242 passengers and crew, 241 died")."""
    whole = anchor.head if anchor.dep_ == "nummod" and anchor.head.i > anchor.i else anchor
    if whole is not anchor and (
        _names_a_category(whole) or any(c.dep_ in ("acl", "relcl") for c in whole.children)
    ):
        # "Of the 78 dead, 12 were children", "Of the 23 pirates arrested, 12 are Somali": the
        # set's own words say what befell it
        return False
    if any(c.dep_ == "acl" and c.lower_ in _PARTICIPLE_CATEGORY for c in anchor.children):
        return False  # "Of the 196 injured, 33 remain in hospital": the injured are 196
    if _participle_of_the_set(whole):
        return False  # "Of the seven people wounded, two remain ...", the parse's "wounded" apart
    return _a_fronted_set(anchor)


def _participle_of_the_set(whole: Token) -> bool:
    """A participle right after a set's noun that says what befell it, wherever the parse
    hangs it ("Of the seven people wounded, two remain in critical condition")."""
    doc = whole.doc
    after = doc[whole.i + 1] if whole.i + 1 < len(doc) else None
    return (
        after is not None and after.lower_ in _PARTICIPLE_CATEGORY and after.tag_ in ("VBN", "VBD")
    )


def _a_fronted_set(anchor: Token) -> bool:
    """ "Of the 275 bodies, 88 had been identified": the figure of a set put first, whose
    clause tells of a share of it."""
    whole = anchor.head if anchor.dep_ == "nummod" and anchor.head.i > anchor.i else anchor
    of = whole.head
    if whole.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.i > anchor.i:
        return False
    verb = of.head
    return of.i < verb.i and any(
        c.dep_ in _SUBJECTS and c.like_num and c.i > anchor.i for c in verb.children
    )


_CROWD_NOUNS = frozenset({"crowd", "attendance", "turnout"})


def _names_a_category(noun: Token) -> bool:
    """ "the 78 dead", "the 251 hostages": the word itself says what befell them."""
    return noun.lower_ in PARTICIPLE_NOUNS or noun_lemma(noun) in lx.NOUN_CATEGORIES


_DWELLING_VERBS = frozenset({"live", "reside"})
# where people stay for a while, not where a population lives: "living in tents"
_SHELTERS = frozenset({
    "tent", "camp", "shelter", "apartment", "home", "house", "hotel", "car", "street", "fear",
    "poverty", "hiding", "exile", "centre", "center",
})  # fmt: skip
# fewer people than this living somewhere are a household, not a population
POPULATION_FROM = 100


def _inhabitants(anchor: Token, noun: Token | None) -> bool:
    """People said to live in a place are its population: "About 800 people live in the
    community", "an estimated 1,000 Canadians living in Bountiful"; not a household ("All
    three live in a fifth-floor apartment", "lived with her husband and two grandkids"), nor
    people in shelter ("thousands of people have been living in tents")."""
    if not anchor.like_num or anchor.lower_ in lx.VAGUE_WORDS:
        return False
    value = parse_number(anchor.text)
    if value is None or value < POPULATION_FROM:
        return False
    word = noun if noun is not None else anchor
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lx.PLACE_NOUNS:
        # "In Donggala, a district of 300,000 people, 11 deaths were confirmed", "a city of
        # 2 million": the place's size
        return noun is None or is_person(noun)
    if word.dep_ == "dobj" and head.lemma_.lower() == "have" and _a_place_has(head, noun):
        return True  # "The city has about 100,000 residents"
    if word.dep_ == "nsubj":
        verb: Token | None = word.head  # "About 800 people live in the community"
    else:  # "1,000 Canadians living in Bountiful"
        verb = next((c for c in word.children if c.dep_ == "acl"), None)
    if verb is None or verb.lemma_.lower() not in _DWELLING_VERBS:
        return False
    places = [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return any(p.lemma_.lower() not in _SHELTERS for p in places)


def _a_place_has(verb: Token, noun: Token | None) -> bool:
    """A place as the subject of "have" and its dwellers as the object."""
    if noun is None or noun_lemma(noun) not in _DWELLERS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lemma_.lower() in lx.PLACE_NOUNS or subject.ent_type_ == "GPE"


def _sizes_a_crowd(anchor: Token) -> bool:
    """ "a crowd of 22,000", "the 22,000 crowd", "police estimated the crowd at 35,000", "put
    attendance at around 300,000", "the crowd was estimated at 40,000": the figure is a
    crowd's size (a range's too: "estimated the crowd at between 275,000 and 325,000", "at
    275,000 to 325,000")."""
    if anchor.dep_ == "conj" and anchor.head.like_num:
        anchor = anchor.head
    head = anchor.head
    if head.lemma_.lower() in _CROWD_NOUNS and anchor.dep_ == "nummod":
        return True
    if head.lower_ == "of" and head.head.lemma_.lower() in _CROWD_NOUNS:
        return True
    if _people_of_a_gathering(anchor):
        return True
    if head.lower_ == "to" and head.dep_ == "prep" and head.head.lower_ == "at":
        head = head.head  # "estimated the crowd at 275,000 to 325,000": the range's "at"
    if head.lower_ == "at" and head.head.lemma_.lower() in _ESTIMATING_VERBS:
        return any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CROWD_NOUNS
            for c in head.head.children
        )
    return False


_ESTIMATING_VERBS = frozenset({"put", "place", "estimate"})
# gatherings named by a noun: "a march by 10,000 people", "a rally of 5,000 supporters"
_GATHERINGS = frozenset({"march", "protest", "rally", "demonstration", "vigil", "procession"})


def _people_of_a_gathering(anchor: Token) -> bool:
    """ "A march by 10,000 people blocked the avenue", "a rally of 5,000 supporters": the
    people of a gathering its noun names, a crowd whatever the clause's verb."""
    people = anchor.head if anchor.dep_ == "nummod" else anchor
    if people is not anchor and not is_person(people):
        return False  # "a protest by 200 tractors"
    by = people.head
    if people.dep_ != "pobj" or by.lower_ not in ("by", "of"):
        return False
    return by.head.pos_ == "NOUN" and by.head.lemma_.lower() in _GATHERINGS


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity token i is in, if any."""
    return next((e for e in doc.ents if e.start <= i < e.end), None)


# what takes people out of the state a set is named by: "rescued four of the 12 boys trapped"
_OUT_OF_THE_SET = frozenset({"rescue", "free", "release", "save", "evacuate", "pull", "bring"})


def _states_left(anchor: Token, noun: Token | None) -> set[int]:
    """The participles of the counted people that say a state they were taken out of
    ("rescued four of the 12 boys trapped", "pulled out all 41 workers trapped in the
    tunnel"): not what the figure counts."""
    if noun is None:
        return set()
    out = (_taken_out_of_the_set(anchor) and noun in _set_of(anchor)) or _taken_out_of_the_set(noun)
    if not out:
        return set()
    # but "freed 21 of the schoolgirls abducted": captives freed are counted as captives
    taken = lx.CATEGORY_TRIGGERS["hostages"]
    return {
        c.i
        for c in noun.children
        if c.dep_ == "acl" and taken.isdisjoint(_lemma_with_its_object(c))
    }


def _lemma_with_its_object(verb: Token) -> set[str]:
    """A verb's lemma, and with its object ("taken hostage": "take hostage")."""
    lemma = verb.lemma_.lower()
    objects = (c for c in verb.children if c.dep_ in ("dobj", "oprd"))
    return {lemma} | {f"{lemma} {c.lemma_.lower()}" for c in objects}


def _taken_out_of_the_set(anchor: Token) -> bool:
    """ "Divers rescued four of the 12 boys trapped in a flooded cave", "pulled out all 41
    workers trapped": they are trapped no longer (not "Two of the injured remain in
    hospital", nor "struggling to evacuate an estimated 14 children still trapped"); nor are
    the hurt who died hurt ("four of the wounded died")."""
    verb = anchor.head
    done = verb.tag_ in ("VBD", "VBN")
    if anchor.dep_ == "nsubj" and done and verb.lemma_.lower() in _DYING:
        return True  # "four of the wounded died in hospital": dead, hurt no longer
    return anchor.dep_ in ("dobj", "nsubjpass") and done and verb.lemma_.lower() in _OUT_OF_THE_SET


# what the hurt or the missing do when they are found dead or die of their wounds
_DYING = frozenset({"die", "succumb", "perish"})


def _set_of(anchor: Token) -> Iterator[Token]:
    """What a figure is "of": "two of the injured", "three of them", and put first, "Of the 78
    dead, 12 were children" (the "of" hangs on the figure's verb, before the figure, or on
    the verb of the clause it is joined to); "dozens of missing" too, which the parse takes
    for a gerund."""
    fronted = []
    # "Of those, 1,500 deaths were linked to climate change": the figure's noun the subject
    subject = anchor.head if anchor.dep_ == "nummod" and anchor.head.pos_ == "NOUN" else anchor
    if subject.dep_ in ("nsubj", "nsubjpass"):
        fronted = [c for c in subject.head.children if c.i < subject.i and c.i < anchor.i]
        verb = subject.head
        if verb.dep_ == "conj" and verb.head.i < anchor.i:
            # "Of the dead, 112 were women and seven were children": the set put first is the
            # second clause's too
            before = [c for c in verb.head.children if c.i < verb.head.i]
            # ... or on its figure: "Of those killed, 14 were children and six were women"
            fronted += before + [c for b in before if b.like_num for c in b.children]
    for child in [*anchor.children, *fronted]:
        if child.dep_ == "prep" and child.lower_ == "of":
            yield from (
                c
                for c in child.children
                if c.dep_ == "pobj" or (c.dep_ == "pcomp" and c.lower_ in PARTICIPLE_NOUNS)
            )


def _people_held(word: Token, noun: Token | None) -> bool:
    """People "held", said of them as a participle or a passive, with no word of what holds
    them (a jail, hostage): held by the police. Not people a category already names
    ("hostages still held"), nor things held ("a rally held"), nor those "still being held"
    (what is left of captives: "8,000 of its citizens were still being held" in Russia)."""
    if word.lemma_.lower() != "hold" or word.tag_ != "VBN" or noun is None or _says_still(word):
        return False
    if noun.pos_ != "NOUN" or not is_person(noun) or noun_lemma(noun) in lx.NOUN_CATEGORIES:
        return False
    return not any(c.dep_ in ("oprd", "xcomp", "acomp", "dobj", "attr") for c in word.children)


def _wound_as_wind(word: Token) -> bool:
    return word.lower_ == "wound" and any(
        c.dep_ == "prt" and c.lower_ in ("up", "down") for c in word.children
    )


# nouns of a plan whose infinitive is yet to be done: "a plan to cut 14,500 jobs"
_PLANNING_NOUNS = frozenset(
    {"plan", "proposal", "offer", "bid", "deal", "decision", "intention", "promise", "pledge"}
)


# what a thing is made or allowed for: "licensed to carry 45 passengers", "designed to hold
# 80,000" (not "allowed 100 trucks to enter", "was able to rescue 30": done)
_MADE_FOR = frozenset({"license", "design", "build", "certify", "rate", "engineer"})


def deed_put_off(noun: Token | None, verb: Token | None) -> bool:
    """ "Israel delayed the release of 620 Palestinian prisoners": a deed put off is yet to be
    done to those it counts (not "Storms delayed 620 flights": the flights were delayed)."""
    if noun is None or verb is None or verb.lemma_.lower() not in _PUTTING_OFF:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    deed = noun.head.head
    return (
        deed.head == verb
        and deed.dep_ in ("dobj", "nsubjpass")
        and deed.lemma_.lower() in _DEEDS_PUT_OFF
    )


_PUTTING_OFF = frozenset(
    {"delay", "postpone", "defer", "suspend", "halt", "cancel", "block", "stall", "freeze"}
)
# deeds done to people or goods that a side may put off
_DEEDS_PUT_OFF = frozenset(
    {
        "release",
        "handover",
        "exchange",
        "swap",
        "transfer",
        "deportation",
        "return",
        "delivery",
        "evacuation",
        "execution",
    }
)


def mood_of(verb: Token | None, counted: Token | None = None) -> Mood:
    """ "Hamas is to free 33 hostages", "will release": a plan, not something that happened.
    Given the counted word of a casualty count, "there might have been two people killed" is a
    possibility (the modal may sit on a word between the counted noun and its verb); not for
    other things, which exist whatever may happen to them ("could mean tougher competition
    for its 10,500 employees")."""
    if verb is None:
        return "actual"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if _named_will(verb, auxes):
        auxes -= {"will"}  # "Will Artino scored 14 points": a name, no modal
    refused = "would" in auxes and any(c.dep_ == "neg" for c in verb.children)
    if auxes & {"will", "would", "shall", "'ll"} and not refused:
        return "planned"  # not "the three who voted against it would not comment": a refusal
    infinitive = "to" in auxes and verb.dep_ in ("xcomp", "ccomp", "advcl")
    if infinitive and _foreseen_to_move(verb):
        return "possible"  # "The toll is expected to rise above 500": a forecast, no plan
    if infinitive and verb.head.lemma_.lower() in _MADE_FOR:
        return "possible"  # "The bus was licensed to carry 45 passengers": not what it carried
    if infinitive and verb.head.lemma_.lower() in lx.PLANNING_HEADS and not _went_on(verb.head):
        return "planned"
    if "to" in auxes and verb.dep_ == "acl" and verb.head.lemma_.lower() in _PLANNING_NOUNS:
        return "planned"  # "The carmaker's plan to cut 14,500 jobs"
    if "to" in auxes and "be" in auxes and verb.tag_ == "VBN" and verb.dep_ in _DEPENDENT_CLAUSES:
        return "planned"  # "with 33 hostages to be released": what is yet to be done to them
    if auxes == {"to"} and verb.dep_ == "ROOT" and verb.tag_ == "VB" and _has_subject(verb):
        return "planned"  # a headline's "Hamas to free 33 hostages" ("is" left out)
    if auxes == {"to", "be"} and verb.dep_ == "ROOT" and verb.tag_ == "VBN" and _has_subject(verb):
        return "planned"  # a headline's "33 hostages to be freed in first phase"
    if _is_to_be_done(verb):
        return "planned"  # "33 hostages are to be released": the subject's "are" holds it
    # a clause beside the plan, with no helper of its own: "while Israel frees" (not one that
    # times it, "when Orozco returns to court on May 3, his lawyers will argue"), or a verb
    # sharing the plan's helper ("will leave early Saturday and arrive Monday"; not "will get
    # a faster chip, and the price remains at $1,099")
    beside = (verb.dep_ == "conj" and verb.tag_ == "VB") or (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)
    )
    if (
        beside
        and not auxes
        and verb.head.pos_ in ("VERB", "AUX")
        and mood_of(verb.head) == "planned"
    ):
        # "33 hostages are to be released in stages, while Israel frees around 1,900
        # prisoners": a present beside a plan is part of the plan
        return "planned"
    bare = verb.dep_ in ("ccomp", "xcomp") and verb.tag_ == "VB" and not auxes
    if bare and verb.head.pos_ == "VERB" and mood_of(verb.head) == "planned":
        return "planned"  # "The first phase will see Hamas free 33 hostages"
    negated = any(c.dep_ == "neg" for c in verb.children)  # "could not be reached Wednesday"
    forecast = verb.lemma_.lower() in _FORECAST_VERBS | _RISING | _FALLING
    if forecast and auxes & {"might", "may", "could"} and not negated:
        # "it could take up to four months to get them out", "damage could reach $3 billion
        # to $5 billion", "The fee ... could rise to 110 million euros": a forecast
        return "possible"
    if counted is None:
        return "actual"
    if verb.dep_ == "xcomp" and verb.head.lower_ in _LIKELY:
        return "possible"  # "more than 10,000 people were likely to have died"
    if _feared(verb) and not _a_state_of_its_own_beside_the_feared(counted, verb):
        return "possible"  # "Hundreds feared dead", "are feared to have drowned": not a toll
    if any(
        c.dep_ == "amod" and c.lower_ == "feared"
        for word in (counted, counted.head)
        if word.lower_ in PARTICIPLE_NOUNS
        for c in word.children
    ):
        return "possible"  # "with hundreds more feared missing": the parse's adjective
    for word in _words_up_to(counted, verb):
        auxes |= {c.lower_ for c in word.children if c.dep_ == "aux"}
    return "possible" if auxes & {"might", "may", "could"} else "actual"


def _a_state_of_its_own_beside_the_feared(counted: Token, verb: Token) -> bool:
    """ "78 dead, hundreds feared missing": a headline's figure with its own state, hung on
    the fear of another subject of the verb, is no fear of its own."""
    figure = counted if counted.dep_ in _SUBJECTS else counted.head
    if figure.dep_ not in _SUBJECTS or figure.head != verb:
        return False
    own = any(c.dep_ == "amod" and c.lower_ in PARTICIPLE_NOUNS for c in figure.children)
    others = any(c.dep_ in _SUBJECTS and c.i > figure.i for c in verb.children)
    return own and others


# what a figure a forecast gives does: "could take four months", "could reach $5 billion"
_FORECAST_VERBS = frozenset({"take", "reach", "top", "exceed", "surpass", "cost", "total"})
# how a tally is foreseen to move: "expected to rise above 500"
_RISING = frozenset({"rise", "climb", "increase", "grow", "swell", "mount"})
_FALLING = frozenset({"fall", "drop", "decline", "decrease", "shrink"})


def _foreseen_to_move(verb: Token) -> bool:
    """ "expected to rise above 500", "expected to reach Florida by Sunday": what is foreseen
    to move or to come, a forecast ahead of the telling."""
    return verb.head.lemma_.lower() == "expect" and verb.lemma_.lower() in _FORECAST_VERBS | _RISING


def _is_to_be_done(verb: Token) -> bool:
    """ "are to be released", "is to free", "are due to be released": a present "be" with a
    complement to be done (not "was to woo Southern voters", nor "is rather long to have to
    wait")."""
    return (
        verb.lemma_.lower() == "be"
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("acomp", "attr") and c.lower_ != "due" for c in verb.children)
        and _to_be_done(verb) is not None
    )


def _to_be_done(verb: Token) -> Token | None:
    # "33 hostages are due to be released": the parse hangs the deed on "due"
    holders = [verb, *(c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due")]
    return next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _feared(verb: Token) -> bool:
    """ "feared dead", "feared missing", "feared to have drowned"; a headline's "Thousands
    feared dead" (the parse reads a past tense, its state hung on it)."""
    if verb.lemma_.lower() == "fear" and verb.tag_ == "VBN":
        return True
    if verb.lemma_.lower() == "fear" and any(c.dep_ == "oprd" for c in verb.children):
        return True
    above = verb.head
    return (
        verb.dep_ in ("xcomp", "ccomp") and above.lemma_.lower() == "fear" and above.tag_ == "VBN"
    )


_DEPENDENT_CLAUSES = frozenset({"acl", "relcl", "advcl"})


def _named_will(verb: Token, auxes: set[str]) -> bool:
    """A "Will" before a name, with a past form and no other helper, begins the name."""
    if auxes != {"will"} or verb.tag_ not in ("VBD", "VBN"):
        return False
    will = next(c for c in verb.children if c.lower_ == "will")
    return will.text == "Will" and will.i + 1 < verb.i and will.nbor().pos_ == "PROPN"


def _went_on(head: Token) -> bool:
    """ "The Sixers went on to win 18 of their next 23 games": what followed, not a plan."""
    return head.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children
    )


def _words_up_to(start: Token | None, verb: Token) -> list[Token]:
    """The words above `start` in the parse, below `verb` (none when `verb` is not above)."""
    if start is None:
        return []
    above = list(start.ancestors)
    return above[: above.index(verb)] if verb in above else []


_PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "across",
        "near",
        "throughout",
        "inside",
        "within",
        "into",
        "around",
        "through",  # by the verbs of `_GOING_THROUGH` only
    }
)
# what goes through a place in it: "marched through Belgrade", "swept through Florida" (not
# "rerouted through the United States", "stretching ... through Japan": a way past it)
_GOING_THROUGH = frozenset(
    {"march", "parade", "sweep", "tear", "rip", "spread", "rampage", "roam", "sprawl", "walk"}
)


_VAGUE_QUANTIFIERS = frozenset({"several", "many", "some", "various", "multiple", "other", "few"})


def _named_place(word: Token) -> str | None:
    """The place a word the model tags as one names, as its whole name is written."""
    entity = entity_at(word.doc, word.i)
    return None if entity is None else _place_name(entity.text)


_FULL_STOP_ON_A_WORD = re.compile(r"(\s[^\s.]{3,})\.$")


def _place_name(text: str) -> str:
    """A place's name without "the" and a common noun after it: "Aceh province" is Aceh (but
    "Gaza City", a name, stays whole)."""
    text = re.sub(r"\s*['’]s$", "", text)  # "New Mexico's count": the entity may hold the "'s"
    # "the fires around Vina del Mar.": a sentence's full stop the tokenizer kept on an
    # abbreviation's shape ("Mar." as March); not "Washington, D.C."
    text = _FULL_STOP_ON_A_WORD.sub(r"\1", text)
    words = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).split()
    if len(words) > 1 and words[-1] == "alone":
        words.pop()  # "In Beichuan county alone": the model may tag the "alone" with the name
    if len(words) > 1 and words[-1] in lx.PLACE_NOUNS:
        words.pop()
    return " ".join(words)


NESTED_PLACE_DISTANCE = 30  # a place one phrase down ranks as this many words further
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_MAX_PLACE_DEPTH = 3
_PHRASES = frozenset({"prep", "agent"})  # "killed by a quake in eastern China"
_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "until", "till", "following"})


# the head words of a fire's name: "the Palisades Fire", "the August Complex"
_BLAZE_REACH = 6


def _listed_under_a_place(anchor: Token, places: frozenset[str]) -> str | None:
    """A breakdown by place, each figure after its place's name: "Deaths by area: Gaza City
    12,000; Rafah 6,200" (the parse hangs each figure on the name before it)."""
    head, doc = anchor.head, anchor.doc
    if anchor.dep_ != "nummod" or head.i != anchor.i - 1 or head.pos_ != "PROPN":
        return None
    if not anchor.text[:1].isdigit() or not _ends_an_item(doc, anchor.i + 1):
        return None  # not "... Aceh Province Killing One", nor "2GB 1066 MHz"
    entity = entity_at(doc, head.i)
    if entity is not None and entity.label_ in _PLACE_ENTITIES and entity.end == anchor.i:
        name, start = _place_name(entity.text), entity.start
    elif head.text in places:
        name, start = head.text, head.i
    else:
        return None
    return name if start > 0 and doc[start - 1].text in _ITEM_MARKS else None


_ITEM_MARKS = frozenset({":", ";", ","})


def _ends_an_item(doc: Doc, after: int) -> bool:
    return after >= len(doc) or doc[after].text in _ITEM_MARKS | {"."}


def _place_of_a_part_after(anchor: Token) -> set[int]:
    """The words after a part set beside a whole's noun, up to the next comma: "killed at
    least 158 people, 155 of them in the Valencia region" (the part's place, not the 158's,
    however the parse hangs it)."""
    noun = anchor.head
    if anchor.dep_ != "nummod" or noun.i <= anchor.i:
        return set()
    part = next(
        (c for c in noun.children if c.dep_ == "appos" and c.like_num and _of_them(c)), None
    )
    if part is None:
        return set()  # not "200 million euros ($265.3 million) of damage in Athens alone"
    end = part.i
    while end < anchor.sent.end and anchor.doc[end].text not in (",", ";", "."):
        end += 1
    return set(range(part.i, end))


def _named_blaze_of(anchor: Token) -> str | None:
    """The named fire a clause's figure is of: "The Palisades Fire has burned 17,234 acres and
    was 0% contained", "The Eaton Fire was 15% contained after burning 13,956 acres". Where
    several fires burn at once, each one's acres and containment are its own, as a city's
    toll is, so its name is the figure's place. Not a day's ("before Catching Fire can begin
    filming later this year": a film)."""
    if anchor.ent_type_ in ("DATE", "TIME"):
        return None
    gapped = _gapped_blaze_before(anchor)
    if gapped is not None:
        return gapped  # "The Palisades Fire had grown to 15,832 acres and the Eaton Fire to ..."
    token = anchor
    for _ in range(_BLAZE_REACH):
        if token.head.i == token.i:
            break
        token = token.head
        if token.dep_ == "relcl" and _is_blaze_name(token.head):
            return _blaze_name(token.head)  # "The Palisades Fire, which has scorched ..."
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return _blaze_name(subject) if _is_blaze_name(subject) else None
    return None


def _gapped_blaze_before(anchor: Token) -> str | None:
    """A named fire right before a figure whose verb is left out ("and the Eaton Fire to
    10,600 acres", past a hedge and a preposition), which the parse joins to the first
    figure's noun."""
    doc, i = anchor.doc, anchor.i - 1
    while i > anchor.sent.start and doc[i].dep_ in ("advmod", "quantmod"):
        i -= 1
    if i > anchor.sent.start and doc[i].pos_ == "ADP":
        i -= 1
    noun = doc[i]
    joined = noun.dep_ == "conj" and noun.head.i < noun.i
    # (or hung on the figure's own noun: "and the Eaton Fire 10,600 acres")
    on_the_noun = noun.dep_ in ("nmod", "compound") and noun.head == anchor.head != anchor
    before = noun.left_edge.i - 1
    before -= 1 if doc[before].lower_ == "the" else 0
    gapped = (joined or on_the_noun) and doc[before].lower_ in ("and", ",")
    return _blaze_name(noun) if gapped and _is_blaze_name(noun) else None


def _is_blaze_name(noun: Token) -> bool:
    return (
        noun.pos_ == "PROPN"
        and noun.lower_ in lx.BLAZE_NAME_HEADS
        and noun.ent_type_ not in ("PERSON", "WORK_OF_ART")
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    )


def _blaze_name(noun: Token) -> str:
    first = min(c.i for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    return noun.doc[first : noun.i + 1].text


def _adjective_of_a_place_noun(node: Token) -> bool:
    return (
        node.dep_ == "amod"
        and node.ent_type_ in _PLACE_ENTITIES
        and node.head.lemma_.lower() in lx.PLACE_NOUNS
    )


def _after_a_share_of_them(preposition: Token) -> bool:
    words = preposition.doc[max(preposition.i - 3, 0) : preposition.i]
    return (
        len(words) == 3
        and words[0].lemma_.lower() in _SHARE_WORDS
        and words[1].lower_ == "of"
        and words[2].lower_ in ("them", "those", "whom")
    )


def _country_key(name: Token) -> str:
    """The name a token's place goes by in the lexicon's tables ("Burkina Faso's": "burkina
    faso", "the U.S.": "us")."""
    ent = entity_at(name.doc, name.i)
    text = _place_name(ent.text if ent is not None else name.text).lower()
    return lx.PLACE_ALIASES.get(text, text)


def _place_depth(root: Token, chain: set[int], doer: int | None = None) -> tuple[int, int] | None:
    """How many phrases down from the figure's clause a place hangs, and the word of the clause it
    hangs on, or None if it is no place of it: "killed in Gaza" is 0; "killed in an air strike
    on their house in Gaza City" is 2, the place of the strike being the place of the deaths
    (but not of a person: "a tip from a motorist in Flint", nor of an event it is dated by:
    "five days before the loss at Pittsburgh"); a name inside a phrase counts as its place ("in
    the Beach refugee camp")."""
    node = root
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    if _adjective_of_a_place_noun(node):
        node = node.head  # "in India's West Bengal state": "Bengal" read as an adjective
    if node is not root and _a_person(node):
        return None  # "hits on Houston quarterback Matt Schaub": a team, not a place
    if any(
        of.lower_ == "of" and any(o.ent_type_ in _PLACE_ENTITIES for o in of.children)
        for of in node.children
    ):
        return None  # "the Zeitoun neighborhood of Gaza City": the city names it
    preposition = node.head
    if node.dep_ == "dobj" and preposition.dep_ == "pcomp" and preposition.lower_ in _NEIGHBOURING:
        preposition = preposition.head  # "In neighbouring Thailand", parsed as a verb's object
    prepositions = _PLACE_PREPOSITIONS
    if preposition.lower_ == "of" and _names_a_place(preposition.head):
        if preposition.head.lemma_.lower() in lx.PARTS_OF_A_PLACE:
            prepositions = _PLACE_PREPOSITIONS | {"to"}  # "took to the streets of Athens"
        preposition = preposition.head.head  # "in the Zeitoun neighborhood of Gaza City"
    if preposition.dep_ != "prep" or preposition.lower_ not in prepositions:
        return None
    if preposition.lower_ == "through" and preposition.head.lemma_.lower() not in _GOING_THROUGH:
        return None
    if _after_a_share_of_them(preposition):
        return None  # "injured 672, most of them in Marrakech": where most of them were
    if preposition.lower_ == "near" and _country_key(node) in lx.COUNTRIES:
        return None  # "killed in Tuesday's ambush near Burkina Faso": outside it, in Niger
    holder, depth = preposition.head, 0
    while holder.i not in chain:
        outer = holder.head
        of = outer.head
        if holder.dep_ == "acl" and holder.tag_ == "VBN" and of.lower_ == "of" and of.head.like_num:
            holder = outer  # "with 84 of the dead found in Kerr County": where they were found
            continue
        if (
            holder.dep_ == "nsubj"
            and outer.i == doer
            and depth < _MAX_PLACE_DEPTH
            and outer.lemma_.lower() not in lx.NOT_ACTING_VERBS
            # not "The Organization for Security ... in Europe", but a headline's "Wildfire in
            # Spain forces evacuation of 4,000"
            and (holder.pos_ == "NOUN" or _capitalised_common_noun(holder))
            and not _a_person(holder)
        ):
            # "A car bomb in Mogadishu killed 20 people": where the doer of the count's deed
            # was (not "A man in Texas said 12 people had died": where the speaker was)
            holder, depth = outer, depth + 1
            continue
        if depth == _MAX_PLACE_DEPTH or holder.dep_ != "pobj" or outer.dep_ not in _PHRASES:
            return None
        if holder.like_num or holder.pos_ == "NUM":
            # "230,000 people in 14 countries, including 170,000 in Aceh": the 170,000's place
            return None
        counted_part = holder.lemma_.lower() in _SHARE_WORDS or any(
            c.dep_ == "nummod" for c in holder.children
        )
        if outer.lower_ == "with" and counted_part:
            # "The toll rose to 24, with eight deaths in the Palisades Fire": the eight's;
            # "with about half of the deaths in North Carolina": the half's
            return None
        share = outer.lower_ == "of" and outer.head.i in chain and outer.head.like_num
        if _a_person(holder) and not share:
            # "a tip from a motorist in Flint": where the motorist was (but "with 213 of the
            # dead in Valencia": where the part of the dead died)
            return None
        if outer.lower_ in _TIME_PREPOSITIONS:
            return None  # "five days before San Diego's loss at Pittsburgh"
        holder, depth = outer.head, depth + 1
    return depth, holder.i


def _place_of_a_where_clause(anchor: Token) -> str | None:
    """ "in surrounding counties, including Travis County, where at least six people died":
    the place a "where" clause hangs on is its figure's (not the wider place it is in)."""
    for token in anchor.ancestors:
        if token.dep_ != "relcl":
            continue
        if not any(c.lower_ == "where" for c in token.children):
            return None
        place = entity_at(anchor.doc, token.head.i)
        # "where" says the name is a place, though the tagger took it for a people ("Punjab,
        # where 78 people have died")
        misread = (
            place is not None and place.label_ in _PLACES_MISREAD and token.head.pos_ == "PROPN"
        )
        if place and (place.label_ in _PLACE_ENTITIES or misread):
            return _places_named(place)
        return None
    return None


# what the tagger may take a place's name for: a people (not an organisation: "at Kraft,
# where she'd worked for 15 years" is a company)
_PLACES_MISREAD = frozenset({"NORP"})


_NEIGHBOURING = frozenset({"neighbouring", "neighboring"})


def _gapped_conjuncts_after(verb: Token | None) -> set[int]:
    """The verbs joined after `verb` whose subject is a bare figure ("and 11 injured")."""
    return _conjuncts_after(
        verb,
        lambda c: c.tag_ == "VBN" and any(s.dep_ in _SUBJECTS and s.like_num for s in c.children),
    )


def _counting_conjuncts_after(verb: Token | None) -> set[int]:
    """The verbs joined after `verb`, of its subject, whose object is a figure with a place
    right after it ("and wounded 10 in Kabul", "and injured two others Monday at the suburban
    Detroit accounting firm"); not a place of a part said after the figure ("and injuring 40,
    15 of them on Qeshm")."""
    return _conjuncts_after(
        verb,
        lambda c: (
            c.pos_ == "VERB"
            and not any(s.dep_ in _SUBJECTS for s in c.children)
            and any(_placed_right_after(o) for o in c.children if o.dep_ == "dobj")
        ),
    )


def _conjuncts_after(verb: Token | None, joined: Callable[[Token], bool]) -> set[int]:
    """The words joined to `verb` after it that `joined` accepts."""
    if verb is None:
        return set()
    return {c.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i and joined(c)}


def _placed_right_after(counted: Token) -> bool:
    """A verb's object that is a figure, a preposition of the verb right after it (a day or
    a comma between them aside)."""
    if not (counted.like_num or any(n.dep_ == "nummod" for n in counted.children)):
        return False
    verb, after = counted.head, counted.right_edge.i + 1
    doc = counted.doc
    while after < len(doc) and (
        (doc[after].dep_ == "npadvmod" and doc[after].head == verb) or doc[after].text == ","
    ):
        after += 1  # "injured two others Monday at ...", "killing one, at a ... firm"
    return after < len(doc) and doc[after].dep_ == "prep" and doc[after].head == verb


def _own_conjunct(anchor: Token) -> set[int]:
    """The words from the figure up to where it joins a list ("and 60 per cent in India"),
    none when it is in no list: a place said there is this figure's, not the list's."""
    own: set[int] = set()
    for token in (anchor, *anchor.ancestors):
        own.add(token.i)
        # "55 percent ... in Saudi Arabia, 52 percent in Egypt": the parse may make the list
        # appositions
        if token.dep_ in ("conj", "appos"):
            return own
    return set()


def _a_person(noun: Token) -> bool:
    if any(c.dep_ == "compound" and c.lower_ in _DISASTERS for c in noun.children):
        return False  # "killed by Cyclone Freddy in Malawi", the storm read as a person
    return noun.lemma_.lower() in lx.PERSON_NOUNS or noun.ent_type_ == "PERSON"


def _names_a_place(noun: Token) -> bool:
    """ "neighborhood", "the Zeitoun neighborhood", "the streets": a place that another may be
    "of"."""
    return noun.lemma_.lower() in lx.PLACE_NOUNS | lx.PARTS_OF_A_PLACE or any(
        c.dep_ == "compound" and c.ent_type_ in _PLACE_ENTITIES for c in noun.children
    )


def _places_named(ent: Span) -> str:
    """A place's name, with a place joined to it by "and": "in Turkey and Syria" is both, not
    Turkey (the combined toll is not Turkey's); "Los Angeles, California" is Los Angeles."""
    for conj in (c for c in ent.root.children if c.dep_ == "conj"):
        other = entity_at(ent.doc, conj.i)
        between = {t.lower_ for t in ent.doc[ent.end : other.start]} if other else set()
        # "southern Turkey and northwest Syria": a region's word beside the second name
        just_and = "and" in between and between - {"and", "the"} <= _REGION_WORDS
        if other is not None and other.label_ in _PLACE_ENTITIES and just_and:
            return f"{_place_name(ent.text)} and {_place_name(other.text)}"
    return _place_name(_with_the_rest_of_the_name(ent))


def _with_the_rest_of_the_name(ent: Span) -> str:
    """A place's name the model tags short: "Banska" of "in Banska Bystrica", whose last word
    the parse hangs on the untagged name after it."""
    doc = ent.doc
    if ent.end >= len(doc):
        return ent.text
    rest = doc[ent.end]
    last = doc[ent.end - 1]
    if (
        rest.pos_ == "PROPN"
        and not rest.ent_type_
        and last.dep_ == "compound"
        and last.head == rest
    ):
        return f"{ent.text} {rest.text}"
    return ent.text


_REGION_WORDS = lx.REGION_WORDS


def places_named(docs: list[Doc]) -> frozenset[str]:
    """Names an article's text tags as places somewhere (the model may miss them elsewhere:
    "Kharkiv" in the headline, not in "In Kharkiv, a missile strike killed four"), and the city
    of its dateline."""
    tagged = (ent.text for doc in docs for ent in doc.ents if ent.label_ in _PLACE_ENTITIES)
    return frozenset(tagged) | frozenset(filter(None, map(_dateline_place, docs)))


def storms_named(docs: list[Doc]) -> frozenset[str]:
    """Names an article gives a storm's title somewhere ("Tropical Storm Debby", "Hurricane
    Maria"): the storm, wherever the model tags the name a place ("Debby toll rises to six")."""
    return frozenset(
        doc[token.i + 1].text
        for doc in docs
        for token in doc[:-1]
        if token.lower_ in lx.STORM_TITLES
        and doc[token.i + 1].pos_ == "PROPN"
        and doc[token.i + 1].text[:1].isupper()
        and doc[token.i + 1].lower_ not in lx.STORM_TITLES
    )


def _dateline_place(doc: Doc) -> str | None:
    """The one-word city a wire story was filed from, as the text names it elsewhere: "KYIV
    (AP) —" is Kyiv, which the model may read as a person further down ("with 33 killed in
    Kyiv alone")."""
    if len(doc) < 2:
        return None
    first, after = doc[0], doc[1]
    if not (first.is_alpha and first.is_upper and len(first) > 2 and in_a_dateline(first)):
        return None
    if after.text not in ("(", ",", *lx.DASHES):
        return None  # "ST. PETERSBURG, Fla.": not one word
    return first.text.title()


def _a_division_of_a_countrys_name(name: str, sentence: Span) -> str | None:
    """A country's name the sentence gives a division's word after ("in Niger state", in
    Nigeria): the division's name, or none."""
    if name.lower() not in lx.COUNTRIES:
        return None
    for word in sentence[:-1]:
        after = word.doc[word.i + 1]
        if word.text == name and after.lower_ in lx.DIVISION_NAME_HEADS:
            named = _division_named_after(after)
            return named if named is not None else f"{name} {after.lower_}"
    return None


def _division_named_after(head: Token) -> str | None:
    """ "the central Philippines province of Leyte": the division's own name after "of"
    (whatever the model tags it), not the country's."""
    doc = head.doc
    start = head.i + 2
    if start >= len(doc) or doc[head.i + 1].lower_ != "of":
        return None
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end].text if end > start else None


def _named_as_a_place_elsewhere(token: Token, places: frozenset[str]) -> bool:
    """A one-word name the article tags as a place elsewhere, untagged here or tagged as a
    name of another kind by itself ("In Kharkiv" read as an organisation, "the city of
    Zaporizhzhia" as a person); not a word of a longer name ("Kharkiv Regional Council"). A
    country's one-word name is a place wherever it stands ("in Malawi", read as a person)."""
    known = _a_country_read_as_other(token)
    if not (token.text in places or known) or token.ent_type_ in _PLACE_ENTITIES:
        return False
    return not token.ent_type_ or (token.ent_iob_ == "B" and _ends_its_entity(token))


# "North Carolina accounted for 73 of the deaths", "Al Haouz province, where the epicentre was
# located, suffered 394 deaths": a place's share of a toll is its own
_TALLYING_VERBS = frozenset(
    {"record", "report", "register", "confirm", "log", "count", "account", "suffer"}
)


# verbs of a country taking the displaced in: "Poland has taken in more than 2 million
# refugees", "Hungary has received 116,000 people"
_HOSTING_VERBS = frozenset({"take", "receive", "host", "admit", "accept", "shelter", "welcome"})


# offices of a place that count its own dead: "Bihar's health department", "Gilan's
# government" (not its army or police, whose counts are of where they fight)
_CIVIL_AUTHORITIES = frozenset(
    {"department", "ministry", "government", "authority", "administration", "agency"}
)


def place_that_counts(
    verb: Token | None, anchor: Token | None = None, verbs: frozenset[str] = _TALLYING_VERBS
) -> str | None:
    """ "Romania has recorded seven deaths", "Romania reported seven": a country that counts
    its own, the place of the count (and not who did it); of the verb's own object only, when
    the figure is given."""
    if verb is None or verb.lemma_.lower() not in verbs:
        return None
    counted = anchor.head if anchor is not None and anchor.dep_ == "nummod" else anchor
    if counted is not None and counted.dep_ == "pobj" and counted.head.lower_ == "for":
        counted = counted.head  # "accounted for 73 of the deaths"
    while counted is not None and counted.dep_ == "conj" and counted.head.pos_ == "NOUN":
        counted = counted.head  # "has reported 15,600 suspected cases and 537 deaths"
    if counted is not None and counted != verb and counted.head != verb:
        return None
    if anchor is not None and not (anchor.like_num or anchor.pos_ == "NUM"):
        return None  # "Khartoum reported fresh clashes in the state Thursday": its day
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        # "Al Haouz province": the name may be tagged without its noun, or as a person's
        names = [c for c in child.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if child.lemma_.lower() in lx.DIVISION_NAME_HEADS:
            # "Punjab province accounted for 20": a name the tagger took for an adjective
            names += [
                c
                for c in child.children
                if c.dep_ == "amod" and c.text[:1].isupper() and c.lower_ not in lx.REGION_WORDS
            ]
        if child.lemma_.lower() in _CIVIL_AUTHORITIES:
            # "Bihar's health department reported 41 deaths": the place whose office counts
            names += [c for c in child.children if c.dep_ == "poss"]
        for word in [child, *names]:
            if word.ent_type_ == "GPE":
                return _named_place(word)
        if names and child.lemma_.lower() in lx.DIVISION_NAME_HEADS:
            return " ".join(t.text for t in child.doc[names[0].left_edge.i : child.i])
    return None


def host_country(verb: Token | None, anchor: Token) -> str | None:
    """The country that took the displaced in, the place of its share of them ("Poland has
    taken in more than 2 million refugees" is Poland's, not all who fled)."""
    return place_that_counts(verb, anchor, _HOSTING_VERBS)


def gapped_place(anchor: Token) -> str | None:
    """ "Romania has recorded seven deaths, Poland five, Austria four": a figure said after a
    place's name, its verb and noun left out, is that place's (the parse hangs it on the
    name)."""
    name = anchor.head
    if anchor.dep_ != "nummod" or name.pos_ != "PROPN" or name.i + 1 != anchor.i:
        return None
    before = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if name.dep_ not in ("appos", "conj") or before is None or before.lower_ not in (",", "and"):
        return None  # a list, not a headline's "Aceh Province Killing One"
    entity = entity_at(name.doc, name.i)
    if entity is not None and entity.label_ in _PLACE_ENTITIES:
        return _place_name(entity.text)
    if entity is not None and entity.text.lower() in lx.COUNTRIES:
        return entity.text  # "and Jordan 68": a country the model takes for a person
    if name.dep_ == "conj" and name.head.ent_type_ in _PLACE_ENTITIES:
        # "Austria four and the Czech Republic two": a name listed with places is one
        return " ".join([*(t.text for t in name.lefts if t.dep_ == "compound"), name.text])
    return None


def _its_side(prep: Token) -> bool:
    """ "India says 16 civilians died on its side": the speaker's own side of a war."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and any(
            g.dep_ == "pobj"
            and g.lower_ == "side"
            and any(d.dep_ == "poss" and d.lower_ in ("its", "our", "their") for d in g.children)
            for g in prep.children
        )
    )


def _there_of_the_speaker(anchor: Token) -> str | None:
    """ "Buncombe County said 30 people had died there", "The Gaza health ministry put the toll
    there at 1,100", "Texas health officials said 124
    cases had been confirmed there", "North Carolina Gov. Roy Cooper said the state had
    confirmed 37 deaths", "Turkey's disaster agency said 3,419 people had been killed in the
    country": "there", "the state" are the place that speaks; so is its side ("India says 16
    civilians and five soldiers died on its side")."""
    for verb in anchor.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        there = (
            any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)
            or any(
                c.dep_ == "prep" and c.lower_ == "in" and any(_the_place(p) for p in c.children)
                for c in verb.children
            )
            or any(_its_side(c) for c in verb.children)
        )
        if not there and not any(_the_place(c) for c in verb.children if c.dep_ in _SUBJECTS):
            return None
        saying = verb.head
        if there and puts_a_figure(verb, anchor):
            saying = verb  # "The Gaza health ministry put the toll there at 1,100"
        elif verb.dep_ != "ccomp" or saying.lemma_.lower() not in lx.REPORTING_VERBS:
            return None
        for speaker in saying.children:
            if speaker.dep_ != "nsubj":
                continue
            # "North Carolina Gov. Roy Cooper", "Texas health officials", "Turkey's agency",
            # "Officials in Mississippi"
            named = [t for t in speaker.subtree if t.dep_ in ("compound", "nsubj", "amod", "poss")]
            named += [
                g
                for c in speaker.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for word in named:
                entity = entity_at(word.doc, word.i)
                if entity is not None and entity.label_ in _PLACE_ENTITIES:
                    return _place_name(entity.text)
        return None
    return None


def _place_with_its_count(anchor: Token, places: frozenset[str]) -> str | None:
    """ "Sindh province was worst hit, with 347 deaths, followed by Khyber Pakhtunkhwa with
    264": a place ranked with its count, the one the clause says was hit or the one that
    follows it, when tagged a place somewhere in the article."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    with_ = noun.head
    if noun.dep_ != "pobj" or with_.lower_ != "with" or with_.dep_ != "prep":
        return None
    holder = with_.head
    if holder.lemma_ == "be" and holder.pos_ == "AUX":
        # "The worst-hit province was Sindh, with 43 dead": the copula's two sides, one of
        # them the place, the other what says it was hit
        sides = [c for c in holder.children if c.dep_ in ("nsubj", "attr")]
        hit = any(_said_hit(g) for side in sides for g in side.children if g.dep_ == "amod")
        ranked = sides if hit else []
    elif holder.pos_ != "VERB":
        return None
    elif holder.dep_ == "attr" and holder.head.lemma_ == "be" and _said_hit(holder):
        # "Kerr County was the hardest hit, with 43 dead": the copula's subject was hit
        ranked = [c for c in holder.head.children if c.dep_ == "nsubj"]
    else:
        # a place that suffered ("was worst hit"), not one that acted: "New Orleans finished
        # 30th ..., with 380", "KC blasted Indy with 352 net rushing yards" are teams
        ranked = [c for c in holder.children if c.dep_ == "nsubjpass"]
        ranked += [g for c in holder.children if c.dep_ == "agent" for g in c.children]
    for word in ranked:
        entity = entity_at(word.doc, word.i)
        if entity is None or entity.root != word:
            continue
        if entity.label_ in _PLACE_ENTITIES or entity.text in places:
            return _place_name(entity.text)
    return None


def _said_hit(word: Token) -> bool:
    """ "hardest hit", "worst-affected": a place ranked by how it suffered."""
    return word.lemma_.lower() in ("hit", "affect") and any(
        c.tag_ in ("RBS", "JJS") or c.lower_ in ("worst", "hardest", "most") for c in word.children
    )


def _the_place(noun: Token) -> bool:
    """ "the state", "the county": a place named before, by one word and its article."""
    return noun.lemma_.lower() in ("state", "country", "county", "province", "city") and [
        c.lower_ for c in noun.children
    ] == ["the"]


# verbs that move a tally they take as object: "bringing the total for Egypt to 658"
_MOVING_A_TALLY = lx.CHANGE_VERBS | _RAISING_VERBS


def _place_owning_the_tally(anchor: Token) -> str | None:
    """ "Poland's death toll rose to seven", "bringing the total for Egypt to 658": the place
    whose toll the figure is."""
    for verb in anchor.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for tally in verb.children:
            if tally.lemma_.lower() not in TALLY_NOUNS:
                continue
            if tally.dep_ in _SUBJECTS:
                owners = [c for c in tally.children if c.dep_ == "poss"]
            elif tally.dep_ == "dobj" and verb.lemma_.lower() in _MOVING_A_TALLY:
                owners = []  # "bringing the total to 658": a tally the verb moves
            else:
                continue
            # "the total for Egypt": the parse may hang the "for" on the tally or on the verb
            owners += [
                g
                for holder in (tally, verb)
                for c in holder.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for owner in owners:
                if owner.ent_type_ == "GPE":
                    return _named_place(owner)
                if owner.pos_ == "PROPN" and owner.lower_ in lx.COUNTRIES:
                    return owner.text  # "Mozambique's death toll", the name left untagged
            placed = any(
                c.dep_ == "prep" and c.lower_ in ("in", "across", "at", "on")
                for holder in (tally, verb)
                for c in holder.children
            )
            if not placed and (tally.dep_ in _SUBJECTS or tally.dep_ == "dobj"):
                # (not "the American death toll in Iraq": a people's dead, placed)
                adjectived = _place_of_an_adjective(tally)
                if adjectived is not None:
                    return adjectived  # "The Italian toll rose to 9", "the European toll"
        break
    return None


# the continents and regions a tally's adjective may name ("the European toll")
_REGION_ADJECTIVES = {
    "european": "Europe", "african": "Africa", "asian": "Asia", "caribbean": "Caribbean",
}  # fmt: skip


def _place_of_an_adjective(tally: Token) -> str | None:
    """The country or region an adjective of the tally names: "the Italian toll" is Italy's."""
    for adjective in tally.children:
        if adjective.dep_ not in ("amod", "compound", "nmod"):
            continue
        word = adjective.lower_
        country = lx.country_of_adjective(word) if adjective.pos_ == "ADJ" else None
        if country is not None:
            return _country_name(country)
        if word in _REGION_ADJECTIVES:
            return _REGION_ADJECTIVES[word]
    return None


class Place(NamedTuple):
    name: str
    within: str | None = None  # the wider place named with it: "Nigeria's Kaduna state"


# the marks of a clause set against another
_CONTRASTS = frozenset({"while", "whereas", "whilst"})


def _set_against_by_a_place(clause: Token) -> bool:
    """A clause set against another whose subject names a place of its own ("while Syria's
    health ministry put the toll at 326"): the other clause's place is not its place (but
    "while on his way to work", "while it was packed" are times of one place)."""
    if clause.dep_ != "advcl" or not any(c.lower_ in _CONTRASTS for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    return any(t.ent_type_ in _PLACE_ENTITIES for s in subjects for t in s.subtree)


def _ancestors_in_own_clause(anchor: Token) -> list[Token]:
    """The figure's ancestors up to the verb of a plan's clause it is in: "The carmaker's plan
    to cut 14,500 jobs ... will hit its factories in Texas and Berlin hardest" cuts no jobs in
    Texas (the verb above the plan hits factories there); so up to a clause set against
    another by a place (see `_set_against_by_a_place`)."""
    out = []
    below = anchor
    for token in anchor.ancestors:
        if _misjoined_to_a_place(below, token):
            break  # "died of measles in Lubbock, the first death in the outbreak, which has
            # reached 124 cases": the outbreak's cases are not Lubbock's
        below = token
        out.append(token)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.pos_ == "VERB" and token.dep_ == "acl" and infinitive:
            break
        if _set_against_by_a_place(token):
            break  # "In Turkey, 912 were killed, ..., while Syria's ministry put the toll at 326"
        if _relative_clause_placed(token):
            break  # "who spent more than 400 days in Evin prison, landed in Paris": not Paris
    return out


def _relative_clause_placed(verb: Token) -> bool:
    """A relative clause whose verb says where it happened, named or not ("who spent 400 days
    in Evin prison"): the place of the clause it hangs on is another deed's."""
    finite = not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return (
        verb.dep_ == "relcl"
        and verb.pos_ == "VERB"
        and finite  # (not "on his way to work at the Men's Central Jail": no deed done there)
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "at")
            and any(_a_site(g) for g in c.children if g.dep_ == "pobj")
            for c in verb.children
        )
    )


def _a_site(word: Token) -> bool:
    """A noun that may name where something is, not when ("at about 2045 GMT", "at the
    time")."""
    lemma = word.lemma_.lower()
    when = word.ent_type_ in ("TIME", "DATE") or lemma in _TIMES_OF_DAY | lx.TIME_ZONE_NAMES
    return word.pos_ in ("NOUN", "PROPN") and not when and lemma not in lx.TIME_UNITS


_TIMES_OF_DAY = frozenset({"time", "moment", "noon", "midnight", "night", "dawn", "dusk"})


# the dead, named as what a verb tallies
_THE_DEAD_TALLIED = frozenset({"dead", "fatalities", "deaths", "casualties"})


def _misjoined_to_a_place(word: Token, head: Token) -> bool:
    """An appositive the parse hangs on a place's name that says nothing of a place: "in
    Lubbock, the first death in the outbreak" describes the death, not Lubbock (as "Lubbock,
    a city of 260,000" would)."""
    return (
        word.dep_ == "appos"
        and head.ent_type_ in ("GPE", "LOC")
        and word.pos_ == "NOUN"
        and word.lemma_.lower() not in lx.PLACE_NOUNS
        and not word.ent_type_
    )


def place_of(
    anchor: Token, sentence: Span, places: frozenset[str] = frozenset(), *, count: bool = False
) -> Place | None:
    """A place the clause puts the figure in: "killed 47,283 people in Gaza" -> Gaza; a place
    noun when no name is given: "in the province" -> province, "in 14 countries" -> countries;
    a name the article tags as a place elsewhere (`places`); for a `count`, where the doer of
    its deed was ("A car bomb in Mogadishu killed 20"). A country's adjective the model tags
    as a place is the country ("crush at Kenyan stadium kills 7": Kenya)."""
    place = _place_of(anchor, sentence, places, count=count)
    if place is None:
        site = _site_in_a_breakdown(anchor) if count else None
        site = site or (_home_of_the_arresting_police(anchor) if count else None)
        return Place(site) if site is not None else None
    divided = _a_division_of_a_countrys_name(place.name, sentence)
    if divided is not None:
        return place._replace(name=divided)  # "in Nigeria's Niger state": no country's
    if place.name.lower() in ("country", "nation"):
        named = _the_one_country_named(sentence)
        if named is not None:
            return place._replace(name=named)
    if place.name.lower() == "state":
        named = _the_one_state_named(sentence, anchor)
        if named is not None:
            return place._replace(name=named)
    word = place.name.lower()
    country = lx.country_of_adjective(word) or lx.PLACE_ALIASES.get(word)
    return place._replace(name=_country_name(country)) if country else place


def _the_one_country_named(sentence: Span) -> str | None:
    """ "Spain's health ministry said that 11 people had died in the country": the country
    "the country" is, where its sentence names one and no other."""
    named = {
        _country_name(t.lower_)
        for t in sentence
        if t.ent_type_ == "GPE" and t.pos_ == "PROPN" and t.lower_ in lx.COUNTRIES
    }
    return next(iter(named)) if len(named) == 1 else None


def _the_one_state_named(sentence: Span, anchor: Token) -> str | None:
    """ "approved federal disaster aid for Mississippi ... after a tornado killed 25 people in
    the state and one man in Alabama": the US state "the state" is, where its sentence names
    one and no other before the figure."""
    named = {
        _place_name(ent.text)
        for ent in sentence.ents
        if ent.text.lower() in lx.US_STATES and ent.end <= anchor.i
    }
    return next(iter(named)) if len(named) == 1 else None


def _home_of_the_arresting_police(anchor: Token) -> str | None:
    """ "London police said they had arrested 768 people since Saturday": a city's or a
    country's police arrest people there (not its army, whose counts are of where it fights)."""
    verb = governing_verb(anchor)
    if verb is None or verb.lemma_.lower() not in lx.CATEGORY_TRIGGERS["detained"]:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "they" and verb.dep_ == "ccomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() != "police":
        return None
    for home in subject.children:
        if home.dep_ == "compound" and home.ent_type_ == "GPE":
            return _named_place(home)
        country = lx.country_of_adjective(home.lower_) if home.dep_ == "amod" else None
        if country is not None:
            return _country_name(country)  # "Turkish police detained 12 people": Turkey
    return None


# what puts a figure of a breakdown at its site: "11 died at the airport and 20 on the metro"
_SITE_PREPOSITIONS = frozenset({"at", "in", "on"})


def _site_in_a_breakdown(anchor: Token) -> str | None:
    """ "Fourteen people were killed at the airport and 20 at the Maelbeek metro station",
    "11 died at the airport and 20 on the metro": a toll broken down by site, each figure
    put at its own by its own preposition, whatever kind of place the site is (a figure of
    no such list keeps no site: "killed 12 people at the magazine's offices")."""
    verb = governing_verb(anchor)
    phrase = anchor.head if anchor.dep_ == "nummod" else anchor
    if verb is None or (phrase.dep_ == "pobj" and phrase.head.lower_ == "of"):
        return None  # "Of the 50 dead, 42 were killed at Al Noor": the set is at no one site
    # (the parse may hang the gapped figure on the first one's site: "Sixty-nine people were
    # killed on Utoya and eight in Oslo")
    sites = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    gapped = [
        c
        for holder in (verb, *sites)
        for c in holder.children
        if c.dep_ == "conj" and c.like_num and _site_preposition(c) is not None
    ]
    if not gapped or (anchor not in gapped and anchor.i > gapped[0].i):
        return None
    if anchor in gapped:
        prep = _site_preposition(anchor)
    else:
        preps = (c for c in verb.children if c.dep_ == "prep" and c.i < gapped[0].i)
        prep = next((c for c in preps if c.lower_ in _SITE_PREPOSITIONS), None)
    site = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if site is None or site.pos_ not in ("NOUN", "PROPN") or site.ent_type_ in ("DATE", "TIME"):
        return None
    if site.lemma_.lower() in _NO_SITES:
        return None  # "has lost four of its last five games, and two in a row"
    words = [t for t in site.subtree if t.i <= site.i and t.dep_ in ("compound", "pobj")]
    return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words)


# nouns of phrases that put a figure nowhere: "in a row", "in total", "on average"; and "on
# board" and "on the ground", which say a load (see `aboard`) or where the dead of a crash
# were (see `on_board_or_ground`)
_NO_SITES = frozenset(
    {"row", "total", "all", "average", "turn", "time", "addition", "part", "board", "ground"}
)


def _site_preposition(figure: Token) -> Token | None:
    return next(
        (c for c in figure.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPOSITIONS),
        None,
    )


def _country_name(lowered: str) -> str:
    """ "democratic republic of congo" as written: "Democratic Republic of Congo"."""
    return " ".join(w if w in ("of", "and", "the") else w.capitalize() for w in lowered.split())


def _opens_a_later_gapped_figure(place: Token, anchor: Token) -> bool:
    """ "services in Egypt were down by 80 percent, in India by 65 percent": a place that opens
    a gapped clause after the figure, before another figure of the same verb, is that
    figure's (the parse hangs both on the verb)."""
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or not anchor.i < prep.i:
        return False
    if prep.doc[prep.i - 1].lower_ != ",":
        return False
    return any(
        sibling.i > prep.i and any(t.like_num and t.i != place.i for t in sibling.subtree)
        for sibling in prep.head.children
        if sibling.dep_ == "prep"
    )


def _place_of(
    anchor: Token, sentence: Span, places: frozenset[str], *, count: bool
) -> Place | None:
    blaze = _named_blaze_of(anchor)
    if blaze is not None:
        return Place(blaze)
    where = _place_of_a_where_clause(anchor)
    if where is not None:
        return Place(where)
    listed = _listed_under_a_place(anchor, places)
    if listed is not None:
        return Place(listed)
    in_a_list = (
        _own_place_in_a_gapped_list(anchor)
        or _place_after_a_joined_figure(anchor)
        or _place_of_a_gapped_figure(anchor)
        or _owner_of_a_gapped_tally(anchor)
    )
    if in_a_list is not None:
        return Place(in_a_list)  # "92 were in the Valencia region, two in Castilla-La Mancha"
    gapped = (
        gapped_place(anchor)
        or place_that_counts(governing_verb(anchor), anchor)
        or _place_owning_the_tally(anchor)
        or _there_of_the_speaker(anchor)
        or _place_with_its_count(anchor, places)
    )
    if gapped is not None:
        return Place(gapped)
    chain = {anchor.i} | {t.i for t in _ancestors_in_own_clause(anchor)}
    # "with 33 killed in Kyiv alone": the figure's own participle holds its place
    chain |= {c.i for c in anchor.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"}
    # ... or its noun's: "with more than 3,300 deaths reported in Syria"
    if count and anchor.dep_ == "nummod":
        chain |= {
            c.i for c in anchor.head.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
        }
    # "Two people were killed and 11 injured in the city of Kharkiv": a place said after a
    # figure's gapped conjunct is the whole clause's
    deed = governing_verb(anchor)
    chain |= _gapped_conjuncts_after(deed)
    # "killed five people and wounded 10 in Kabul": a place said after the figure of a deed
    # joined to the figure's own is the whole clause's
    chain |= _counting_conjuncts_after(deed)
    # "More than 10,000 people are unaccounted for in the town of Minamisanriku": the state
    # the clause puts the figure's people in holds their place
    chain |= {
        c.i
        for c in (deed.children if deed is not None else ())
        if c.dep_ == "acomp" and c.i > anchor.i
    }
    # "Temperatures reached 46.2 degrees in the town of El Granado on Monday": the parse may
    # hang the deed's place on its object; a day the deed happened on is that place's too
    if anchor.ent_type_ == "DATE" and deed is not None:
        chain |= {c.i for c in deed.children if c.dep_ == "dobj" and c.i < anchor.i}
    # "the death toll in Syria rose to at least 1,602": the tally's place is its figure's
    # (and the tally a verb raises to it: "bringing the number of measles deaths in Romania
    # this year to 15", not "in Bucharest", where the day's death was)
    # (so the dead named as the subject: "The dead in Buner numbered 225", "Fatalities from
    # the floods in Khyber Pakhtunkhwa rose to 344")
    tallies = [
        c
        for t in anchor.ancestors
        for c in t.children
        if (
            c.lemma_.lower() in TALLY_NOUNS
            and c.dep_ == "dobj"
            and t.lemma_.lower() in _RAISING_VERBS
        )
        or (
            c.dep_ in _SUBJECTS
            and (c.lemma_.lower() in TALLY_NOUNS or c.lower_ in _THE_DEAD_TALLIED)
        )
    ]
    chain |= {t.i for t in tallies} | {t.i for tally in tallies for t in _tallied(tally)}
    own = _own_conjunct(anchor)
    best: tuple[tuple[int, int], str, Token] | None = None
    candidates: list[tuple[Token, str]] = [
        (ent.root, _places_named(ent))
        for ent in sentence.ents
        # not "at two mosques" the model tags a facility: a name is written with a capital;
        # nor a day ("on Easter Sunday", tagged a facility)
        if (ent.label_ in _PLACE_ENTITIES or _place_tagged_a_people(ent))
        and any(t.text[:1].isupper() for t in ent)
        and ent.root.lower_ not in WEEKDAYS
        and ent.text.lower() not in _DISASTERS  # "from Typhoon Haiyan": a storm's title
        and not _a_storms_name(ent)
        and not (len(ent) == 1 and _compass_word_of_a_name(ent.root))
    ]
    candidates += [(t, t.text) for t in sentence if _named_as_a_place_elsewhere(t, places)]
    # "In Kryvyi Rih, the toll rose to 11": a longer name tagged a place elsewhere, a person here
    candidates += [
        (ent.root, ent.text)
        for ent in sentence.ents
        if len(ent) > 1 and ent.label_ not in _PLACE_ENTITIES and ent.text in places
    ]
    nouns = [
        t
        for t in sentence
        if t.pos_ == "NOUN"
        and (t.lemma_.lower() in lx.PLACE_NOUNS or t.lower_ == "countries")
        and not t.ent_type_
        and t.dep_ != "compound"  # "in state prison", "a county jail": a kind of the noun after
        and not any(c.lower_ in _VAGUE_QUANTIFIERS for c in t.children)  # "across several counties"
    ]
    parts_place = _place_of_a_part_after(anchor)
    if parts_place:
        candidates = [(t, name) for t, name in candidates if t.i not in parts_place]
        nouns = [t for t in nouns if t.i not in parts_place]
    named_by = {
        t.i: name
        for t in nouns
        if (name := _capital_named(t) or _name_after_of(t) or _name_before(t) or _owning_place(t))
        is not None
    }
    candidates += [
        # "in surrounding counties" is no county: a plural keeps its number
        (t, named_by.get(t.i) or (t.lower_ if t.tag_ == "NNS" else t.lemma_.lower()))
        for t in nouns
    ]
    stops = _semicolons(sentence)  # "deaths top 2,000; hopes fade in Bangkok": not Bangkok's
    doer = deed.i if count and deed is not None else None
    placed = [
        (root, name, found)
        for root, name in candidates
        if (found := _place_depth(root, chain, doer))
        and not _where_most_are(root)
        and not _apart(root, anchor, stops)
        and not _opens_a_later_gapped_figure(root, anchor)
    ]
    if not own and any(holder == anchor.i for _, _, (_, holder) in placed):
        own = {anchor.i}  # "kill 13 in Zaporizhzhia, 4 in Kharkiv": Kharkiv is the 4's
    mine = any(holder in own for _, _, (_, holder) in placed)
    if deed is not None and _went_abroad(deed):
        inside = {t.i for t in deed.subtree}
        if not any(holder in inside for _, _, (_, holder) in placed):
            return None  # "displaced within Sudan and 2.1 million had fled abroad": not Sudan
    # at one distance, the place of the clause nearer the figure: "had died in Turkey, while more
    # than 3,160 people were killed in Syria" is Syria's
    hops = {t.i: n for n, t in enumerate(anchor.ancestors, start=1)}
    for root, name, (depth, holder) in placed:
        if mine and holder not in own:
            continue  # "70 per cent in Egypt, and 60 per cent in India": India is the 60's
        named = root.ent_type_ or root.i in named_by
        distance = abs(root.i - anchor.i) + (0 if named else 100)  # names first
        distance += NESTED_PLACE_DISTANCE * depth
        rank = (distance, hops.get(holder, 0))
        if best is None or rank < best[0]:
            best = (rank, name, root)
    if best is None:
        whole = _figure_including(anchor)
        if whole is not None:
            # "killed at least 51 people, including 15 children": the whole's place, not
            # one its disaster's phrase names ("floods along the Guadalupe River in Texas")
            return _place_of(whole, sentence, places, count=count)
        struck = _place_struck(anchor)
        return Place(struck) if struck is not None else None
    many = _many_places(best[2])
    if many:
        # "without power across Florida, Georgia, South Carolina and Virginia": of them all
        return Place(" and ".join(many))
    counted = _places_counted(best[2])
    if counted is not None:
        return Place(counted)  # "across five southeastern U.S. states": five states, not the U.S.
    return Place(best[1], _wider_place(best[2]))


def _places_counted(name: Token) -> str | None:
    """The places a count is "across" when the name only says whose they are: "five
    southeastern U.S. states" (states, many of them)."""
    places = name.head
    if name.dep_ not in ("compound", "nmod", "amod") or places.lower_ not in lx.PLACES_AT_LARGE:
        return None
    return places.lower_ if any(c.like_num for c in places.children) else None


_MOSTLY = frozenset({"mostly", "mainly", "largely", "chiefly", "primarily", "predominantly"})


def _compass_word_of_a_name(word: Token) -> bool:
    """ "the Champlain Towers South condominium": a compass word inside a building's name is
    no region."""
    return (
        _ends_its_entity(word)
        and word.lower_ in lx.REGION_WORDS
        and word.dep_ == "compound"
        and any(c.dep_ == "compound" and c.i < word.i for c in word.head.children)
    )


def _where_most_are(place: Token) -> bool:
    """ "grown to 124 cases, mostly in Gaines County": where most of them are, not where all
    of them are."""
    preposition = place.head
    return preposition.dep_ == "prep" and any(
        c.dep_ == "advmod" and c.lower_ in _MOSTLY for c in preposition.children
    )


def _many_places(root: Token) -> list[str]:
    """The countries or states a place is listed with: the figure is of them all, no one of
    them ("in Nigeria and Niger", the second tagged an organisation; not "in Atlanta, Georgia,
    and Seattle, Washington": two cities)."""
    first = root
    while first.dep_ == "conj" and first.head.ent_type_ in _PLACE_ENTITIES:
        first = first.head
    if first.ent_type_ not in _PLACE_ENTITIES:
        return []
    listed = [first, *(t for t in first.subtree if t.dep_ == "conj")]
    names = [entity_at(t.doc, t.i) for t in listed]
    levels = lx.COUNTRIES | lx.US_STATES
    # (a name the model tags with its article: "the Dominican Republic")
    if len(names) < 2 or not all(
        n is not None and n.text.lower().removeprefix("the ") in levels for n in names
    ):
        return []
    return [_place_name(n.text) for n in names if n is not None]


# what strikes a place, and what a disaster is called by where it struck
_STRIKING_VERBS = frozenset(
    {"strike", "hit", "rock", "jolt", "shake", "batter", "ravage", "lash", "pound", "devastate"}
)
_DISASTERS = frozenset(
    {
        "quake", "earthquake", "temblor", "tremor", "flood", "flooding", "storm", "typhoon",
        "hurricane", "cyclone", "landslide", "mudslide", "avalanche", "wildfire", "tsunami",
        "eruption", "heatwave", "blizzard", "snowstorm", "tornado", "volcano",
    }
)  # fmt: skip


def _place_tagged_a_people(ent: Span) -> bool:
    """ "In Punjab, the worst-hit province, 123 people have died": a singular name the model
    tags a people ("Punjab" for the Punjabis), in a place's phrase ("in", "across")."""
    root = ent.root
    return (
        ent.label_ == "NORP"
        and root.tag_ == "NNP"
        and root.dep_ == "pobj"
        and root.head.lower_ in ("in", "across", "throughout")
        and not any(c.dep_ == "det" for c in root.children)  # not "in a Dumpster"
    )


def _figure_including(anchor: Token) -> Token | None:
    """The figure of the set a part "including" hangs on, for a part with no phrase of its
    own: the 51 of "killed at least 51 people, including 15 children"."""
    word = anchor.head if anchor.dep_ == "nummod" else anchor
    if any(c.dep_ == "prep" for c in word.children):
        return None  # "including 54 in Uttar Pradesh": a place of its own, said or not
    whole = included_in(word)
    if whole is None or whole.like_num:
        return whole
    return next((c for c in whole.children if c.dep_ == "nummod" and c.like_num), None)


def _a_storms_name(entity: Span) -> bool:
    """ "Typhoon Fung" (of "Fung-wong"), tagged a facility: a storm's name, no place."""
    return entity[0].lower_ in lx.STORM_TITLES


def _place_struck(anchor: Token) -> str | None:
    """Where a disaster struck, when the figure's clause puts it nowhere: "struck central
    Myanmar on Friday, killing at least 1,002" (the place the verb's object), "Myanmar
    earthquake kills more than 1,000" (the disaster called by its place), "Myanmar quake
    deaths near 2,900" (the place of the noun the figure sizes)."""
    if anchor.head.dep_ == "prep" and anchor.head.lower_ in _SIZING - {"of"}:
        compounds = [c for c in anchor.head.head.children if _is_place_compound(c)]
        names = _compound_place_names(compounds)
        if len(names) == 1:
            return names[0]
    stops = _semicolons(anchor.sent)  # "Israel says 1,300 killed; Gaza toll passes 1,400"
    for verb in anchor.ancestors:
        for child in verb.children:
            if _apart(child, anchor, stops):
                continue
            if child.dep_ == "dobj" and verb.lemma_.lower() in _STRIKING_VERBS:
                struck = child
            elif child.dep_ in _SUBJECTS and child.lemma_.lower() in _DISASTERS | TALLY_NOUNS:
                # "Myanmar quake death toll rises to 2,056": the place in its compounds; all of
                # them when there are more ("Turkey-Syria earthquake kills 5,000")
                compounds = [c for c in child.subtree if _is_place_compound(c)]
                names = _compound_place_names(compounds)
                listed = _place_listed_before(compounds[0]) if compounds else None
                names = [listed, *names] if listed is not None else names
                if len(names) > 1:
                    return " and ".join(names)
                struck = compounds[0] if compounds else (_disaster_place_in(child) or child)
            else:
                continue
            place = entity_at(anchor.doc, struck.i)
            if place is not None and place.label_ in _PLACE_ENTITIES and not _a_storms_name(place):
                return _places_named(place)
            if _a_country_read_as_other(struck):
                return struck.text
    return None


def _disaster_place_in(phrase: Token) -> Token | None:
    """The place a disaster in a tally's phrase is said to have struck, or to be of: "The death
    toll from the earthquake that struck Myanmar", "The number of people killed in Myanmar's
    earthquake"."""
    for word in phrase.subtree:
        if word.lemma_.lower() not in _DISASTERS:
            continue
        for child in word.children:
            if child.dep_ == "poss" and child.ent_type_ in _PLACE_ENTITIES:
                return child
            if child.dep_ == "relcl" and child.lemma_.lower() in _STRIKING_VERBS:
                return next((c for c in child.children if c.dep_ == "dobj"), None)
    return None


def _place_listed_before(compound: Token) -> str | None:
    """ "Turkey, Syria quake kills more than 5,000": a headline's place before a comma is the
    disaster's too (the parse hangs it on the verb, not on the quake)."""
    doc, start = compound.doc, compound.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return None
    place = entity_at(doc, start - 2)
    if place is None or place.label_ not in _PLACE_ENTITIES or place.end != start - 1:
        return None
    if place.root.dep_ not in ("npadvmod", "compound", "nsubj", "ROOT"):
        return None  # "In Ankara, Syria quake aid ...": a place the sentence is in
    return _place_name(place.text)


def _compound_place_names(compounds: list[Token]) -> list[str]:
    """The places compounds name, each once, in order ("Turkey-Syria earthquake")."""
    names = (
        token.text if _a_country_read_as_other(token) else _place_entity_name(token)
        for token in compounds
    )
    return list(dict.fromkeys(name for name in names if name is not None))


def _place_entity_name(token: Token) -> str | None:
    ent = entity_at(token.doc, token.i)
    return _place_name(ent.text) if ent is not None and ent.label_ in _PLACE_ENTITIES else None


def _is_place_compound(token: Token) -> bool:
    # not "the death toll from Typhoon Haiyan": a storm's title the model may tag a place
    disaster = token.lower_ in _DISASTERS
    # "Zimbabwe cyclone death toll": the parse may take the name for an adjective, or a
    # modifier of its own ("Malawi cyclone death toll", "Malawi" read as a person)
    named = token.dep_ in ("compound", "nmod") or (
        token.dep_ == "amod" and token.text[:1].isupper()
    )
    placed = token.ent_type_ in _PLACE_ENTITIES or _a_country_read_as_other(token)
    if not named or not placed or disaster:
        return False
    # nor a dateline the parse hung on the subject: "LOS ANGELES, Jan 8 (Reuters) - Wildfires
    # around Los Angeles have killed"
    return not _compass_word_of_a_name(token) and not in_a_dateline(token)


def _ends_its_entity(token: Token) -> bool:
    """Whether no word of the token's entity follows it (none for an untagged word)."""
    return token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"


def _a_country_read_as_other(token: Token) -> bool:
    """A country's one-word name the model tags as no place, or not at all ("in Malawi", read
    as a person; "Nepal protest death toll", read as an adjective), and not inside a longer
    name ("Malawi Red Cross")."""
    return (
        token.ent_iob_ != "I"
        and _ends_its_entity(token)
        and token.pos_ in ("PROPN", "ADJ", "NOUN")
        and token.text[:1].isupper()
        and token.lower_ in lx.COUNTRIES
        and token.ent_type_ not in _PLACE_ENTITIES
    )


def _wider_place(root: Token) -> str | None:
    """The place a place is said to be in: "in northwestern Nigeria's Kaduna state" (Kaduna,
    in Nigeria), "in Nigeria's Kaduna"."""
    node = root
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    for holder in (root, node):
        for owner in holder.children:
            if owner.dep_ == "poss" and owner.ent_type_ in _PLACE_ENTITIES:
                ent = entity_at(owner.doc, owner.i)
                return _place_name(ent.text) if ent is not None else owner.text
    kind = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "of" else None
    if kind is not None and kind.lemma_.lower() in lx.PLACE_NOUNS:
        # "the Mississippi town of Rolling Fork", "the Kenyan town of Garissa"
        for named in kind.children:
            if named.dep_ == "compound" and named.ent_type_ in _PLACE_ENTITIES:
                return _named_place(named) or named.text
            country = lx.country_of_adjective(named.lower_) if named.dep_ == "amod" else None
            if country:
                return country.title()
    if root.ent_type_:
        return None
    # "in ten Turkish provinces": places of a kind in the country its adjective names
    adjectives = (c.lower_ for c in root.children if c.dep_ == "amod" and c.text[:1].isupper())
    countries = (lx.country_of_adjective(a) for a in adjectives)
    country = next(filter(None, countries), None)
    return country.title() if country else None


# a country's capital by the country's name ("Burkina Faso's capital": Ouagadougou)
_CAPITAL_OF = {country: capital for capital, country in reversed(lx.CAPITALS.items())}


def _capital_named(noun: Token) -> str | None:
    """The city a capital is: named beside it ("the capital, Athens", "the provincial capital
    Banda Aceh") or by its country ("Burkina Faso's capital", "the Greek capital")."""
    if noun.lemma_.lower() != "capital":
        return None
    for name in noun.rights:
        if name.dep_ == "appos" and _a_name(name):
            first = min(t.i for t in name.subtree if t.dep_ == "compound" or t == name)
            return noun.doc[first : name.i + 1].text
    for owner in noun.lefts:
        if owner.dep_ == "poss" and owner.ent_type_ in _PLACE_ENTITIES:
            country = _country_key(owner)
        elif owner.dep_ == "amod":
            country = lx.country_of_adjective(owner.lower_) or ""
        else:
            continue
        capital = _CAPITAL_OF.get(country)
        if capital is not None:
            # "port-au-prince": Port-au-Prince
            return " ".join(
                "-".join(p.capitalize() if len(p) > 2 else p for p in word.split("-"))
                for word in capital.split()
            )
    return None


def _name_before(noun: Token) -> str | None:
    """ "the Valencia region": the place noun's name before it, whatever the model tags it
    (here a person)."""
    words = [c for c in noun.lefts if c.dep_ == "compound" and _a_name(c)]
    if not words or any(w.ent_type_ in _PLACE_ENTITIES for w in words):
        return None  # "South Sudan's Unity state": the name is a place of its own
    first = min(t.i for w in words for t in w.subtree)
    return noun.doc[first : words[-1].i + 1].text  # "the Bener Meriah district"


def _owning_place(noun: Token) -> str | None:
    """ "Wajima's morning market area": a place noun owned by a named place, with no name of
    its own ("Sudan's Blue Nile state" is Blue Nile), is in it."""
    if any(c.dep_ == "compound" and _a_name(c) for c in noun.lefts):
        return None
    if any(c.dep_ == "appos" for c in noun.children):
        return None  # "Gaza's second largest city, Khan Younis": named after it
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return _named_place(owner) if owner is not None and owner.ent_type_ in _PLACE_ENTITIES else None


def _a_name(word: Token) -> bool:
    """A proper name, or a capitalised word the model tags a name of some kind though not a
    proper noun ("on Utoya island": an adjective, a nationality)."""
    if word.pos_ == "PROPN":
        return True
    return word.text[:1].isupper() and bool(word.ent_type_) and word.i != word.sent.start


def _name_after_of(noun: Token) -> str | None:
    """ "the northern city of Thessaloniki": the place noun's own name, whatever the model
    tags it (here an organisation)."""
    for of in noun.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            for name in of.children:
                if name.dep_ == "pobj" and name.pos_ == "PROPN":
                    ent = entity_at(noun.doc, name.i)
                    if ent is not None and ent.root.i == name.i:
                        return _place_name(ent.text)
                    words = [c for c in name.lefts if c.dep_ == "compound"]
                    return " ".join(t.text for t in [*words, name])
    return None


def counted_role(noun: Token | None, verb: Token | None) -> str | None:
    """How the counted things stand to the verb, for a label that reads the right way round:
    "who" or "that" when they did it ("four robbers stole": robbers who stole, not robbers
    stolen), the preposition when it happened in places counted ("killed 230,000 people in
    14 countries": killed in countries, not countries killed), None when it was done to
    them or the verb says nothing ("be", "have")."""
    if noun is None or verb is None or verb.lemma_.lower() in lx.EMPTY_VERBS:
        return None
    who = "who" if is_person(noun) else "that"
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "Timmons and the two acquaintances rode"
    if noun.dep_ == "nsubj" and noun.head.i == verb.i:
        auxiliaries = [c.dep_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if "auxpass" in auxiliaries or (verb.tag_ == "VBN" and not auxiliaries):
            return None  # "15 residents taken to hospital": done to them
        if not auxiliaries and _object_left_out(verb):
            return None  # "38 abducted worshippers freed": a headline's passive, "were" dropped
        return who
    preposition = noun.head
    if (
        noun.dep_ == "pobj"
        and preposition.dep_ == "prep"
        and preposition.head.i == verb.i
        and preposition.lower_ != "of"
        and (noun_lemma(noun) in lx.PLACE_NOUNS or noun.lower_ == "countries")
    ):
        return preposition.lower_
    return None


# verbs said of someone, never by them, without an object: "38 worshippers freed" is a
# headline's passive
_DONE_TO_VERBS = lx.HANDOVER_VERBS | {
    "rescue", "kill", "injure", "wound", "arrest", "detain", "abduct", "kidnap", "evacuate",
}  # fmt: skip


def _object_left_out(verb: Token) -> bool:
    return (
        verb.tag_ == "VBD"
        and verb.lemma_.lower() in _DONE_TO_VERBS
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt") for c in verb.children)
    )


# words that are a figure's own unit, never who did something
_UNIT_WORDS = frozenset(lx.MEASURE_UNITS) | frozenset(lx.CURRENCY_WORDS)


def agent_of(verb: Token | None, counted: Token | None, anchor: Token | None = None) -> str | None:
    """Who did it, when the verb's subject or by-agent is a name ("Manning completed 17
    passes"): common nouns ("fighters", "militants") vary between articles too freely. Not
    when the figure describes a noun put beside the verb's object ("HP announced EYP, a
    service with 350 employees"): the name did something to that noun, not to what the
    figure counts."""
    if verb is None or _in_an_apposition(anchor or counted, verb):
        return None
    if verb.lower_ in _DISASTERS:
        return None  # "India heatwave deaths near 100": a headline's noun the parse made a verb
    buyer = _owner_of_a_deal(anchor)
    if buyer is not None:
        return buyer  # "The FTC is reviewing Castell's $14 billion acquisition": Castell's
    whose = _owner_of_a_whole(counted, anchor)
    if whose is not None:
        # a common noun stands for its owner here: "his team's first 24 points" are no one
        # else's 24 points either
        return name_of(whose) if whose.pos_ == "PROPN" else whose.lemma_.lower()
    holder = _holder_of_a_record(counted)
    if holder is not None:
        return holder  # "Luck broke Newton's record of 4,051 yards": Newton's 4,051
    if puts_a_figure(verb, anchor or counted):
        return None  # "AFAD put the toll at 104": AFAD says so (`attribution_of`), killed none
    if verb.lemma_.lower() in lx.REPORTING_VERBS and not _adds_a_thing(verb):
        return None  # "Koca said 612 people were injured, 40 of them seriously": a source
    if _given_in_return(anchor or counted, verb):
        return None  # "Israel released 90 prisoners in exchange for three hostages": not Israel's
    if _headline_passive(verb):
        return None  # "Sam Bankman-Fried sentenced to 25 years": he was, the judge did it
    receiver = _named_receiver(verb, counted)
    if receiver is not None:
        return receiver  # "Newman handed Murdaugh two life sentences": Murdaugh's, as he "gets"
    if place_that_counts(verb) is not None:
        return None  # "Romania has recorded seven deaths": Romania's dead, killed by none
    source = _named_source(counted, verb)
    if source is not None:
        return source  # "Creighton also got 14 points from Will Artino": Artino scored them
    if any(c.dep_ in _SUBJECTS and c.lemma_.lower() in TALLY_NOUNS for c in verb.children):
        return None  # "Tunisia beach attack toll rises to 38": the toll rose, where it is
    skip = {t.i for t in (counted, anchor) if t is not None}
    unit = anchor.head if anchor is not None and anchor.dep_ == "nummod" else None
    if unit is not None and noun_lemma(unit) in _UNIT_WORDS:
        skip.add(unit.i)  # not "8GB is an attractive option": GB, the figure's unit
    for child in _person_subject_first(verb):
        head = child
        if child.dep_ == "agent":
            head = next((c for c in child.children if c.dep_ == "pobj"), child)
            if head.ent_type_ in ("DATE", "TIME"):
                continue  # "will be notified by Feb. 10": a deadline, not who does it
            country = _country_that_struck(head)
            if country is not None:
                return country  # "killed by Indian missile strikes", "by Pakistani shelling"
        elif child.dep_ == "nsubj":
            named = past_the_dateline(child)
            if named is None or headline_label(child):
                # "Mannheim, Germany (Sports Network) - Wladimir Klitschko retained"; "Haiti:
                # gangs kill at least 15": a label
                continue
            head = named
        else:
            continue
        if counted is not None and _conjoined_with(counted, head):
            return None  # "Timmons and the two acquaintances rode": they did it together
        # not a headline's capitalised common noun: "Gunman kills 27 at Tunisian beach resort"
        common = _capitalised_common_noun(head)
        if head.i not in skip and head.pos_ == "PROPN" and not common:
            return name_of(head)
        return _sayer_of_its_own_deed(head)  # else a subject that is no name: "he", "the team"
    if next(_tally_hung_on_a_preposition(verb), None) is not None:
        return None  # "Kryvyi Rih mourns as toll ... rises to 19": the toll rose
    return _shared_subject(verb, counted)


def _sayer_of_its_own_deed(subject: Token) -> str | None:
    """ "Microsoft Corp said on Wednesday it would cut 10,000 jobs": the "it" that does what a
    named body says is that body (another company's "it would cut 6%" is another's)."""
    clause = subject.head
    saying = clause.head
    if (
        subject.lower_ != "it"
        or clause.dep_ != "ccomp"
        or saying.lemma_.lower() not in lx.SAYING_VERBS
    ):
        return None
    said_by = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    # past a wire's dateline: "SEOUL (Reuters) - Samsung Electronics Co said"
    sayer = past_the_dateline(said_by) if said_by is not None else None
    if sayer is None or sayer.pos_ != "PROPN":
        return None
    if sayer.ent_type_ != "ORG" and sayer.lower_ not in _LEGAL_FORMS:
        return None
    return name_of(sayer)


def _country_for_its_people(name: str) -> str:
    """ "Britons voted 51.9 percent to leave", "Britain voted to leave ... by 52 percent": a
    people named as the doer is its country."""
    country = lx.DEMONYMS.get(name.removesuffix("s")) if name.endswith("s") else None
    return country or name


def _country_that_struck(agent: Token) -> str | None:
    """The country whose arms a by-agent names by its adjective ("Indian missile strikes",
    "Russian forces"), or by the adjective alone, which the parse may take for the noun
    ("by Pakistani shelling"): one side of two, whatever the word."""
    if agent.pos_ == "PROPN":
        return lx.DEMONYMS.get(agent.lower_)
    before = (t for t in agent.subtree if t.i < agent.i and t.dep_ in ("amod", "compound"))
    sides = (lx.DEMONYMS.get(t.lower_) for t in before)  # "Indian missile strikes"
    return next((side for side in sides if side is not None), None)


# relative pronouns a passive clause's subject may be: "Wynn, who was signed on Tuesday"
_RELATIVE_SUBJECTS = frozenset({"who", "that", "which", "whom"})


def patient_of(verb: Token | None, date: Token) -> str | None:
    """Whom a dated deed was done to, when a name: "placed Pierre Thomas on IR Wednesday",
    "Chris Ivory was placed on the list Tuesday", "Wynn, who was signed on Tuesday". Two
    deeds of one day done to two named people are two events, whatever else they share; a
    deed done to several ("signed Wynn on Tuesday and Bell today") names no one of them, nor
    does a deed the date does not modify ("sentenced Nichols ... for the March 11, 2005
    incident": the incident's date)."""
    if verb is None or not _dates_the_verb(date, verb) or _dates_one_verb_gives(verb) > 1:
        return None
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        head = child
        if child.dep_ == "nsubjpass" and child.lower_ in _RELATIVE_SUBJECTS:
            head = verb.head  # "DeShawn Wynn, who was signed on Tuesday": Wynn
        if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
            return None  # a place is no patient: "rattled Sonoma County early Thursday"
        if any(c.dep_ == "conj" for c in head.children):
            return None
        return name_of(head)
    return None


def _dates_the_verb(date: Token, verb: Token) -> bool:
    """Whether a date is said of the verb itself: "placed ... Wednesday", "was signed on
    Tuesday", not "for the March 11, 2005 incident"."""
    if date.head == verb:
        return True
    return date.dep_ == "pobj" and date.head.dep_ == "prep" and date.head.head == verb


def _dates_one_verb_gives(verb: Token) -> int:
    """How many dates hang on `verb` itself, not on a clause below it."""
    starts = {
        token.i
        for token in verb.subtree
        if token.ent_type_ == "DATE" and token.ent_iob_ == "B" and governing_verb(token) == verb
    }
    return len(starts)


_RECORDS = frozenset({"record", "mark"})


def _holder_of_a_record(counted: Token | None) -> str | None:
    """Whose record a figure is, when the record is named someone's: "Luck broke Newton's
    record of 4,051 yards" (Newton's 4,051, whoever broke it)."""
    if counted is None or counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return None
    record = counted.head.head
    if record.lemma_.lower() not in _RECORDS:
        return None
    holder = next((c for c in record.children if c.dep_ == "poss"), None)
    return name_of(holder) if holder is not None and holder.pos_ == "PROPN" else None


def _person_subject_first(verb: Token) -> list[Token]:
    """The verb's children, a named person first among two subjects: a headline's apposition
    read as two subjects ("Hollywood's Mermaid, Esther Williams dies at 91") is Williams's."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return children
    people = [c for c in subjects if c.ent_type_ == "PERSON"]
    return people[:1] + [c for c in children if c not in people[:1]]


# what a buyer does, named by a noun its price is put before: "Castell's $14 billion acquisition"
_DEALS = frozenset({"acquisition", "purchase", "takeover", "buyout", "merger", "deal", "bid"})


def _owner_of_a_deal(anchor: Token | None) -> str | None:
    """The name owning the deal a price is put before ("Castell's $14 billion acquisition of
    Lumina"): the buyer, whoever the clause's subject is ("The FTC is reviewing ...")."""
    if anchor is None or anchor.dep_ not in ("nummod", "compound"):
        return None
    deal = anchor.head
    if deal.pos_ != "NOUN" or deal.lemma_.lower() not in _DEALS:
        return None
    owner = next((c for c in deal.children if c.dep_ == "poss"), None)
    return name_of(owner) if owner is not None and owner.pos_ == "PROPN" else None


def _owner_of_a_whole(counted: Token | None, anchor: Token | None) -> Token | None:
    """Whose the whole of a part is, when another's ("scored five of Creighton's first eight
    points": the eight are the team's, not the scorer's); a pronoun's whole is the subject's
    own ("five of his 11 points")."""
    if counted is None or anchor is None or anchor.head.i != counted.i:
        return None
    if counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return None
    if counted.head.head.pos_ != "NUM":
        return None
    owner = next((c for c in counted.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ != "PRON" else None


# verbs of punishment, done to someone: with no one to do it to, the subject had it done
_PUNISHING_VERBS = frozenset(
    {"sentence", "jail", "imprison", "fine", "ban", "suspend", "convict", "deport", "exile"}
)


# verbs that give their object to the one named beside it (not an offer or a payment: a bid
# is the bidder's, see `owners_of`)
_GIVING_VERBS = frozenset({"hand", "give", "award", "grant"})
# ... and those that give "with": "rewarded Cheeks with two contract extensions"
_GIVING_WITH_VERBS = frozenset({"reward", "present", "provide"})


def _named_receiver(verb: Token, counted: Token | None) -> str | None:
    """Who a giving verb gives the counted thing to, when named: the figure is that person's
    (a judge hands out sentences, a jury awards damages: the receiver is who "gets" them)."""
    if counted is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in _GIVING_VERBS and counted.dep_ == "dobj" and counted.head == verb:
        receiver = next((c for c in verb.children if c.dep_ == "dative"), None)
    elif lemma in _GIVING_WITH_VERBS and counted.dep_ == "pobj" and counted.head.lower_ == "with":
        given = counted.head.head == verb
        receiver = next((c for c in verb.children if c.dep_ == "dobj"), None) if given else None
    else:
        return None
    return name_of(receiver) if receiver is not None and receiver.pos_ == "PROPN" else None


def _headline_passive(verb: Token) -> bool:
    """A headline drops "was": "Bankman-Fried sentenced to 25 years", "Ex-minister jailed for
    four months". A verb of punishment with no object and no helper is such a passive."""
    return (
        verb.lemma_.lower() in _PUNISHING_VERBS
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
    )


def rate_of(anchor: Token, last: int, counted: Token | None) -> str | None:
    """What the figure is said per: "23 points and eight rebounds a game", "15.5 points per
    game", "$25 million a season" (a rate, never the total of the game or season)."""
    doc = anchor.doc
    after = max(last, counted.i if counted is not None else last) + 1
    for position in range(after, min(after + _RATE_REACH, len(doc) - 1)):
        word, unit = doc[position], doc[position + 1]
        if word.lower_ in ("a", "an", "per", "each") and unit.lemma_.lower() in lx.RATE_UNITS:
            following = doc[unit.i + 1].lower_ if unit.i + 1 < len(doc) else ""
            # "30 million euros a year after tax" is a rate, "a year after the attack" a time
            taxed = unit.i + 2 < len(doc) and doc[unit.i + 2].lemma_.lower() == "tax"
            return None if following in _SINCE_WORDS and not taxed else unit.lemma_.lower()
        counted_next = word.pos_ == "VERB" and doc[position - 1].pos_ == "NUM"  # "eight rebounds"
        if word.pos_ in ("AUX", "ADP") or (word.pos_ == "VERB" and not counted_next):
            break  # said of the figure's own phrase (and the list it ends): not "in a game"
        if word.is_punct and word.text != ",":
            break
    return None


_RATE_REACH = 6


def averaged(noun: Token | None, verb: Token | None) -> str | None:
    """ "has averaged 100 RBIs in his six seasons": a rate whose unit goes unsaid ("average"),
    not a total; the seasons it is over are a count of their own."""
    if noun is None or verb is None or verb.lemma_.lower() != "average":
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "averaged 30 home runs and 100 RBIs"
    return "average" if noun.dep_ == "dobj" and noun.head.i == verb.i else None


_SINCE_WORDS = frozenset({"ago", "earlier", "later", "before", "after", "old"})


def _conjoined_with(counted: Token, subject: Token) -> bool:
    """Whether the counted noun is one of the subject's conjuncts."""
    token = counted
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i == subject.i:
            return True
    return False


def _named_source(counted: Token | None, verb: Token) -> str | None:
    """The person a count came from or belongs to: "got 14 points from backup center Will
    Artino", "paced by 13 points from McDermott", "rallied behind Jamaal Charles' 226 yards"
    (not a place: "pulled 12 people from the Hudson")."""
    if counted is None or counted.pos_ != "NOUN":
        return None
    for owner in counted.children:
        if owner.dep_ == "poss" and owner.ent_type_ == "PERSON":
            return name_of(owner)
    if counted.head not in (verb, *verb.children):
        return None
    for prep in itertools.chain(counted.children, verb.children):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for name in prep.children:
                # "behind 31 points from Jayson Tatum", the model tagging him an organisation
                named = name.ent_type_ == "PERSON" or (
                    name.ent_type_ == "ORG"
                    and name.pos_ == "PROPN"
                    and name.text[:1].isupper()
                    and not any(c.dep_ == "det" for c in name.children)  # "the United Nations"
                )
                if name.dep_ == "pobj" and named:
                    return name_of(name)
    return None


def sum_of_another(anchor: Token) -> bool:
    """A sum of a thing a name of its own holds ("surpassed the $137.5 million contract Johan
    Santana signed", "Santana's $137.5 million contract"): not the verb's subject's."""
    thing = anchor
    for _ in range(4):
        if thing.pos_ == "NOUN" and thing.lemma_.lower() not in MAGNITUDES:
            break
        if thing.dep_ not in ("nummod", "compound", "quantmod", "amod") or thing.head == thing:
            return False
        thing = thing.head
    if thing.dep_ in ("nsubj", "nsubjpass"):
        return False  # "CC Sabathia's $161 million deal ... surpassed": the subject's own
    named = (
        c
        for clause in thing.children
        if clause.dep_ == "relcl"
        for c in clause.children
        if c.dep_ == "nsubj" and c.pos_ == "PROPN"
    )
    owned = (c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PROPN")
    return next(named, None) is not None or next(owned, None) is not None


def owner_of_subject(verb: Token | None) -> str | None:
    """Whose thing the verb's subject is, when a name says it ("EDS shares soared to $24.13",
    "HP's shares sagged to $44.27"): for a sum, two owners' figures are two quantities."""
    for _ in range(3):  # "EDS shares soared $5.27 to finish at $24.13": finish shares it
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.pos_ != "NOUN":
                return None
            owners = [
                c
                for c in subject.children
                if c.dep_ in ("compound", "poss")
                and c.pos_ == "PROPN"
                and c.ent_type_ not in ("GPE", "LOC")  # "Paris thieves nab $2.5 million"
            ]
            return name_of(owners[-1]) if owners else None
        verb = verb.head if verb.dep_ in ("xcomp", "advcl", "conj") else None
    return None


# what one party puts to another: whose it is tells rival bids apart
_DEAL_NOUNS = frozenset(
    {"offer", "bid", "deal", "contract", "proposal", "package", "pact", "agreement"}
    | {"extension", "buyout", "takeover", "acquisition", "purchase"}
)
# verbs whose subject gives the deal: "the Angels made an eight-year offer", "the Nationals
# have bid $160 million"; not receiving ones ("Teixeira accepted an eight-year offer")
_DEAL_VERBS = frozenset(
    {"offer", "bid", "make", "extend", "submit", "table", "present", "propose", "raise"}
    | {"sweeten", "improve", "increase", "bump", "match", "top"}
)
_NOT_NAME_WORDS = frozenset({"the", "'s", "'", "inc", "inc.", "corp", "corp.", "co", "co."})
_OWNER_STEPS = 8


def owners_of(anchor: Token) -> list[str]:
    """Whose offer, bid or deal a sum or span is, when a name says it: "the Angels' eight-year
    offer", "the Boston offer", "offers by the Angels and the Nationals", "the Nationals have
    bid $160 million", "the Orioles (seven years, $140-150 million)". Full names, lower-cased
    ("boston red sox"): two clubs' equal offers are two figures, and "Boston" and "the Red Sox"
    are told to be one by the story's other names (see `reconcile`)."""
    token, came_by, below = anchor, "", anchor.i
    for _ in range(_OWNER_STEPS):
        if came_by == "conj" and _is_name(token) and _is_name(token.doc[below]):
            return []  # "the Orioles (...) and Nationals (eight years, ...)": the other's
        if _is_name(token) and came_by == "appos" and token.dep_ not in _RECEIVERS:
            return [_full_name(token)]  # "the Nationals (eight years) and the Red Sox": one
        if token.pos_ == "NOUN" and token.lemma_.lower() in _DEAL_NOUNS:
            names = _deal_noun_owners(token)
            if names:
                return names
        if token.pos_ == "VERB":
            return _deal_givers(token) if token.lemma_.lower() in _DEAL_VERBS else []
        if token.head == token:
            return []
        came_by, below, token = token.dep_, token.i, token.head
    return []


# people counted by the country they belong to: "658 of its nationals", "Egypt's citizens"
_NATIONALS = frozenset({"national", "citizen", "countryman", "compatriot"})
# those who serve a country in arms, counted by side: "207 of its soldiers", "195 Russian
# servicemen" (two sides' men in one swap)
_SERVICE_PEOPLE = frozenset({"soldier", "troop", "serviceman", "servicemen", "servicemember"})


def nationals_of(noun: Token | None) -> list[str]:
    """Whose nationals a count counts: "Egypt said 658 of its nationals had died", "Jordan
    said 99 of its nationals died" are two countries' dead, never one count (the pronoun is
    the country of the clause's subject above it), as "Egypt's citizens" are Egypt's; and
    whose soldiers ("Ukraine said 207 of its soldiers had been freed", "195 Russian
    servicemen")."""
    if noun is None:
        return []
    country = lx.DEMONYMS.get(noun_lemma(noun))
    if country is not None and noun.tag_ in ("NNS", "NNPS"):
        return [country]  # "At least 60 Jordanians also died": Jordan's nationals
    lemma = noun_lemma(noun)
    if lemma not in _NATIONALS | _SERVICE_PEOPLE:
        return []
    if lemma in _SERVICE_PEOPLE:
        # "195 Russian servicemen", "Ukrainian soldiers": a side's own, by its adjective
        sides = [lx.DEMONYMS.get(c.lower_) for c in noun.children if c.dep_ in ("amod", "compound")]
        if any(sides):
            return [next(side for side in sides if side)]
    for whose in noun.children:
        if whose.dep_ != "poss":
            continue
        if _is_name(whose):
            return [_full_name(whose)]
        if whose.lower_ in ("its", "their"):
            for verb in noun.ancestors:
                for subject in verb.children:
                    if subject.dep_ in _SUBJECTS and _is_name(subject):
                        # (the model may tag Jordan a person); "Kyiv said": Ukraine's
                        name = _full_name(subject)
                        return [lx.CAPITALS.get(name, name)]
    if lemma in _NATIONALS and not any(c.dep_ == "poss" for c in noun.children):
        # "Canada says 63 citizens killed in Iran crash": the speaking country's own
        for verb in noun.ancestors:
            if verb.lemma_.lower() not in lx.REPORTING_VERBS:
                continue
            for subject in verb.children:
                if subject.dep_ in _SUBJECTS and _is_name(subject):
                    full = _full_name(subject)
                    name = lx.CAPITALS.get(full, full)
                    return [name] if name.lower() in lx.COUNTRIES else []
    return []


def _is_name(token: Token) -> bool:
    """A proper noun, or a capitalised plural inside a sentence that the tagger took for a
    common noun ("the Orioles and Nationals")."""
    if any(c.isdigit() for c in token.text):
        return False  # "an eight-year, $200MM deal"
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "NOUN" and token.is_title and not token.is_sent_start and token.tag_ == "NNS"
    )


# a name set beside its receiver: "offered Mark Teixeira an 8-year contract" is no deal of his
_RECEIVERS = frozenset({"dative", "dobj", "pobj"})


def _deal_noun_owners(noun: Token) -> list[str]:
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and _is_name(child):
            return _names_with_conjuncts(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            name = next((c for c in child.children if c.dep_ == "pobj"), None)
            if name is not None and _is_name(name):
                return _names_with_conjuncts(name)
    return []


def _deal_givers(verb: Token) -> list[str]:
    for child in verb.children:
        if child.dep_ == "nsubj":  # "the team has made ... most recently by John Perrotto"
            return _names_with_conjuncts(child) if _is_name(child) else []
    for child in verb.children:
        if child.dep_ == "agent":
            name = next((c for c in child.children if c.dep_ == "pobj"), None)
            if name is not None and _is_name(name):
                return _names_with_conjuncts(name)
    return []


def _names_with_conjuncts(head: Token) -> list[str]:
    """ "the Angels and the Washington Nationals": both names, each in full."""
    names = [_full_name(head)]
    pending = [c for c in head.children if c.dep_ == "conj"]
    while pending:
        token = pending.pop()
        if _is_name(token):
            names.append(_full_name(token))
            pending.extend(c for c in token.children if c.dep_ == "conj")
    return sorted(set(names))


def _full_name(head: Token) -> str:
    parts = [head]
    pending = list(head.lefts)
    while pending:  # "Los Angeles Angels": "Los" is a compound of "Angeles"
        token = pending.pop()
        if token.dep_ == "compound" and token.pos_ == "PROPN":
            parts.append(token)
            pending.extend(token.lefts)
    parts.sort(key=lambda t: t.i)
    words = [t.lower_ for t in parts if t.lower_ not in _NOT_NAME_WORDS]
    return " ".join(words) or head.lower_


_ABOUT_STEPS = 8


def person_about(anchor: Token, span: bool = False) -> str | None:
    """The named subject of the nearest clause above a figure, active or passive, or the name a
    participle describes: "James Oler is accused of being married to two women", "Oler,
    accused of having two wives": whom the figure is about, though he did not act on it. A
    `span` on an active verb's "to" or "for" is its object's (see `_done_to`)."""
    token, came_from = anchor, anchor
    for _ in range(_ABOUT_STEPS):
        if token.pos_ in ("VERB", "AUX"):
            subject = next(
                # "(AP) — Apple's revenue climbed": the wire's credit is no second subject
                (
                    c
                    for c in token.children
                    if c.dep_ in _SUBJECTS and not in_a_dateline(c) and not headline_label(c)
                ),
                None,
            )
            if subject is not None and _relative_pronoun(subject, token):
                subject = token.head  # "Andy Ryan, who has worked at the plant for 30 years"
            done_to = _done_to(token, came_from) if span else None
            if done_to is not None:
                return name_of(done_to) if done_to.pos_ == "PROPN" else None
            if subject is not None:
                return name_of(subject) if subject.pos_ == "PROPN" and subject != anchor else None
            if token.dep_ == "acl" and token.head.pos_ == "PROPN":
                return name_of(token.head)
            if token.dep_ in ("ccomp", "relcl", "ROOT"):
                return None
        if token.head == token:
            return None
        came_from, token = token, token.head
    return None


def _done_to(verb: Token, came_from: Token) -> Token | None:
    """Whom an active verb gave the span, when the span hangs on its "to" or "for": "Judge
    Kaplan sentenced the 32-year-old to 300 months" is the 32-year-old's sentence, not
    Kaplan's. Not a sum: "Perot sold EDS to General Motors for $2.5 billion" is a price of
    Perot's sale, and EDS's "deals worth about $2.5 billion" another sum."""
    if came_from.dep_ != "prep" or came_from.lower_ not in ("to", "for"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < came_from.i), None)


def _relative_pronoun(subject: Token, verb: Token) -> bool:
    return verb.dep_ == "relcl" and subject.lower_ in ("who", "that", "which")


_RETURNS = frozenset({"exchange", "return", "swap", "trade"})


def _given_in_return(start: Token | None, verb: Token) -> bool:
    """Whether the figure is what the other side gave in a swap, said in a phrase of the verb
    ("in exchange for three hostages", "in return for 33 hostages")."""
    current = start
    while current is not None and current != verb and current.head != current:
        if (
            current.lower_ == "for"
            and current.head.pos_ == "NOUN"
            and current.head.lemma_.lower() in _RETURNS
        ):
            return True
        current = current.head
    return False


def _in_an_apposition(start: Token | None, verb: Token) -> bool:
    current = start
    while current is not None and current != verb and current.head != current:
        if current.dep_ == "appos":
            return True
        current = current.head
    return False


def _shared_subject(verb: Token, counted: Token | None) -> str | None:
    """ "Artino struck again, scoring four points", "Thomas rushed for 63 yards and scored",
    "Teixeira was acquired by the Angels and hit 13 home runs": a verb without a subject of
    its own shares its clause's (not a by-agent's; and not when an object takes the verb:
    "Nixon ordered Gray to fire Felt")."""
    head = verb.head
    if verb.dep_ not in ("advcl", "conj", "xcomp") or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in verb.children):
        return None  # "while the Conservatives were reduced to 121": not Labour's
    named = _name_misread_before(verb)
    if named is not None:
        return named
    if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return _shared_subject(head, counted)
    subject = past_the_dateline(subject)
    if subject is None or subject.pos_ != "PROPN" or _capitalised_common_noun(subject):
        return None  # "- Crews worked to restore power to about 2.5 million customers"
    return None if counted is not None and subject.i == counted.i else name_of(subject)


_PEOPLE_WORDS = lx.ATTACKERS | lx.PERSON_NOUNS


# what weather does to the body, killing as a disaster does
_ILLS_OF_WEATHER = frozenset({"heatstroke", "hypothermia", "frostbite", "dehydration"})


def _capitalised_common_noun(word: Token) -> bool:
    """A word for people the tagger took for a name, as a headline's or a sentence's first
    word: "Gunman kills 27", "Crews worked to restore power" (its plural too)."""
    plain = word.lower_
    if plain in _RATE_NOUNS:
        return True  # "Turnout was about 60%" (tagged a person, even)
    if {plain, plain.removesuffix("s")} & (_DISASTERS | _ILLS_OF_WEATHER):
        # "Heatwave kills 54", "Heatstroke has killed at least 54 people", "Wildfires raging
        # across ... have killed 24 people"
        return True
    if plain.endswith("maker") and plain != "maker" and word.i == word.sent.start:
        return True  # "Chipmaker to buy rival for $4.2 billion" (tagged an organisation)
    if word.ent_type_:
        return False
    if plain in _PEOPLE_WORDS:
        return True  # "Gunman kills 27"
    # a plural capitalised only where a sentence or a dateline's dash opens it ("- Crews
    # worked"), not a team's name ("The Nationals reportedly have bid $160 million")
    before = word.doc[word.i - 1] if word.i > 0 else None
    opening = word.i == word.sent.start or (before is not None and before.is_punct)
    return opening and plain.removesuffix("s") in _PEOPLE_WORDS


def past_the_dateline(subject: Token, *, deep: bool = False) -> Token | None:
    """The subject itself, or, when the parse takes a wire's dateline for it, the name after
    the dash it hangs there ("LONDON (Reuters) - Keir Starmer's Labour Party won": the
    party); none if there is no such name. `deep` looks below the place too, on the wire's
    name ("KABUL, May 11 (Reuters) - Landslides"), where a long name's parts may hang
    ("Mount Lewotobi Laki-laki"), so only a deed's event is sought there."""
    if not in_a_dateline(subject):
        return subject
    below = subject.subtree if deep else subject.children
    return next((t for t in below if t.dep_ == "appos" and not in_a_dateline(t)), None)


def _name_misread_before(verb: Token) -> str | None:
    """ "The Liberal Democrats took 72 seats and Reform UK won five": the parse joins the
    name after "and" to the object before, leaving the verb without its subject."""
    doc = verb.doc
    last = doc[verb.i - 1] if verb.i > 0 else None
    if last is None or last.pos_ != "PROPN" or last.dep_ != "conj" or verb.dep_ != "conj":
        return None
    first = last.left_edge.i
    if first == 0 or doc[first - 1].lower_ != "and":
        return None
    return name_of(last)


_DATELINE_REACH = 10
_SPACED_DASH_REACH = 14  # "PORT-AU-PRINCE, May 20 (AP) -" is 12 tokens


def in_a_dateline(token: Token) -> bool:
    """ "ISTANBUL (AP) - The death toll ... rose to 71", "ANKARA, March 10 (Reuters) -": the
    place a wire story was filed from, before the dash that opens its first sentence, which a
    parse may take for the subject."""
    sentence = token.sent
    opening = sentence[: min(len(sentence), _SPACED_DASH_REACH)]
    dashes = [t for t in opening if t.text in lx.DASHES]
    # the dash that stands apart, past a place's own hyphens: "PORT-AU-PRINCE, May 20 (AP) -"
    spaced = (t for t in dashes if t.i > 0 and t.doc[t.i - 1].whitespace_ and t.whitespace_)
    near = [t for t in dashes if t.i - sentence.start < _DATELINE_REACH]
    dash = next(spaced, near[0] if near else None)
    if dash is None or token.i > dash.i or dash.i == sentence.start:
        return False
    before = sentence.doc[sentence.start : dash.i]
    if not all(t.pos_ in ("PROPN", "PUNCT", "NUM", "SYM") or t.is_upper for t in before):
        # (a slash between two places: "GAZA/JERUSALEM, May 2 -")
        return False  # "RIM and T-Mobile USA have gone official"
    return before[0].is_upper or before[-1].text == ")"


def _in_a_wire_dateline(token: Token) -> bool:
    """A dateline whose dash stands apart ("ISLAMABAD (Reuters) - "), not the hyphen of a name
    that opens the sentence ("T-Mobile", "H-P")."""
    opening = token.sent[: min(len(token.sent), _SPACED_DASH_REACH)]
    spaced = any(t.text in lx.DASHES and t.i > 0 and t.doc[t.i - 1].whitespace_ for t in opening)
    return spaced and in_a_dateline(token)


_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def share_of_someone(anchor: Token) -> str | None:
    """ "against 46.4% for nationalist George Simion": whose share a percentage is, said by
    its own "for" (the clause's subject won the other share)."""
    sign = _percent_sign(anchor)
    for word in (anchor, sign):
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
                if named:
                    return name_of(named[0])
    return None


def rival_of(anchor: Token) -> str | None:
    """Whose a figure set against the clause's own is: "won 303 electoral votes to Romney's
    206" (Romney's votes, not Obama's)."""
    sign = _percent_sign(anchor)
    against = sign.head
    # "126 medals in total, 35 more than China's 91"; "50 percent of the popular vote to
    # Romney's 48 percent"; "giving him 332 electoral votes to Mitt Romney's 206" (the "to"
    # read as the giving's dative)
    if (
        sign.dep_ == "pobj"
        and against.lower_ in _SET_AGAINST
        and against.dep_ in ("prep", "dative")
    ):
        rival = next((c for c in sign.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if rival is not None:
            return name_of(rival)
    if sign.dep_ == "pobj" and sign.head.lower_ in ("to", "against", "versus", "vs"):
        named = _named_for(sign)  # "won 303 electoral votes to 206 for Romney"
        if named is not None:
            return named
    return _named_before_the_pair(anchor)


_PERCENT_SIGNS = frozenset({"%", "percent", "pct"})


def _percent_sign(anchor: Token) -> Token:
    """The sign a percentage's number hangs on ("49.1%", "45 percent"), which the parse treats
    as the figure's noun; the number itself otherwise."""
    return (
        anchor.head if anchor.dep_ == "nummod" and anchor.head.lower_ in _PERCENT_SIGNS else anchor
    )


def share_named_after(anchor: Token) -> str | None:
    """ "a 13 percent premium to Friday's closing price", "a 20% stake": the noun the
    percentage qualifies is what it measures, not a rise of the shares said elsewhere."""
    sign = _percent_sign(anchor)
    noun = sign.head
    if sign.dep_ not in ("compound", "amod", "nmod") or noun.pos_ != "NOUN" or noun.i < sign.i:
        return None
    lemma = noun_lemma(noun)
    # not a word for the share itself ("IBM's 10 percent share") nor for a change ("a 24% drop
    # compared with the previous year's"), which measure what the sentence names elsewhere
    return None if lemma in _PORTION_WORDS or lemma in _CHANGE_NOUNS else lemma


_PORTION_WORDS = frozenset({"share", "portion", "part", "proportion", "percentage", "fraction"})
_CHANGE_NOUNS = frozenset({
    "drop", "rise", "increase", "decrease", "decline", "fall", "jump", "gain", "loss", "growth",
    "improvement", "cut", "reduction", "surge", "slump", "boost", "hike", "dip", "plunge",
    "change", "climb", "slide",
})  # fmt: skip


def _named_for(anchor: Token) -> str | None:
    """ "won 50.9% of the vote against 49.1% for Bolsonaro": the name "for" right after a
    figure set against the clause's own (however the parse hangs it); not after a comparison:
    "go higher than $25 million a season for Teixeira" is an offer for him, not his."""
    doc, after = anchor.doc, anchor.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "for":
        return None
    name = doc[after + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN":
        # "against 41.2% for his conservative rival Kim Moon-soo": the rival's name beside him
        held = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
        beside = held.children if held is not None else ()
        name = next((c for c in beside if c.dep_ == "appos" and c.pos_ == "PROPN"), name)
    if name.pos_ != "PROPN" or name.ent_type_ not in _RIVAL_ENTITIES:
        return None
    return name_of(name)


_RIVAL_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _named_before_the_pair(second: Token) -> str | None:
    """ "Harris leads Trump 46% to 43%": the second figure of a pair is the name's before the
    first (the rival the clause's subject leads or beats), not the subject's."""
    doc, i = second.doc, second.i - 1
    if i < 2 or doc[i].lower_ != "to":
        return None
    i -= 1
    if doc[i].lower_ in ("%", "percent", "pct"):
        i -= 1
    if i < 1 or not doc[i].like_num:
        return None
    name = doc[i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in _RIVAL_ENTITIES:
        return None
    verb = governing_verb(second)
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS] if verb is not None else []
    if not subjects or any(c.i >= name.i for c in subjects):
        return None
    return name_of(name)


def _gapped_name_before(anchor: Token) -> Token | None:
    """ "The SPD won 15 seats and the Greens 13": the name the parse hangs a gapped figure on,
    joined to the noun the first figure counts (who, not what, the figure counts)."""
    name, counted = anchor.head, anchor.head.head
    if anchor.dep_ != "nummod" or name.pos_ != "PROPN" or name.i > anchor.i:
        return None
    if name.dep_ != "conj" or counted.pos_ != "NOUN" or counted.i > name.i:
        return None
    return name if any(c.dep_ == "nummod" for c in counted.children) else None


def gapped_subject(anchor: Token) -> str | None:
    """ "Hungary has taken in 116,300 people and Moldova nearly 80,000", "Anies Baswedan had
    about 25% and former Central Java governor Ganjar Pranowo about 17%": the verb left out
    after "and", the name right before the figure (past its hedge) is who did it, not the
    clause's subject (which the parse may take the name for an object of)."""
    named = _gapped_name_before(anchor)
    if named is not None:
        # (a place's count is the place's: "reported 199 deaths and Jordan 68")
        return name_of(named) if gapped_place(anchor) is None else None
    doc = anchor.doc
    i = anchor.i - 1
    while i > anchor.sent.start and doc[i].like_num:
        i -= 1  # the figure's own words: "three million"
    while i > anchor.sent.start and doc[i].dep_ in ("advmod", "quantmod") and doc[i].is_alpha:
        i -= 1  # its hedge: "nearly", "about"
    last = doc[i]
    if last.pos_ != "PROPN" or last.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP"):
        return None
    first = i
    while first > anchor.sent.start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    # the name's title before it: "and former Central Java governor Ganjar Pranowo about 17%"
    first = max(anchor.sent.start, min(first, last.left_edge.i))
    if first == anchor.sent.start or doc[first - 1].lower_ != "and":
        return None
    verb = governing_verb(anchor)
    if verb is None or verb.i > first:
        return None  # "... and Moldova took 80,000": a verb of its own
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i >= first:
        return None
    if gapped_place(anchor) is not None:
        return None  # "Romania reported seven and Austria five": Austria's count, see `place_of`
    return name_of(last)


def gapped_things(anchor: Token) -> Token | None:
    """What a figure whose verb is left out counts, as the clause before it says: "The
    Conservatives won 121 seats and the Liberal Democrats 72" (seats)."""
    if gapped_subject(anchor) is None:
        return None
    noun = previous_counted(anchor)
    return noun if noun is not None and not is_person(noun) else None


def rivals_counted(anchor: Token) -> Token | None:
    """What a rival's figure counts: what the clause's own figure counts ("303 electoral votes
    to Romney's 206": votes; "a city of some 88,000 residents compared to El Dorado's 1,800";
    unnamed: "87,000 people marched, the ministry said, against 500,000 according to the
    unions")."""
    set_against = anchor.dep_ == "pobj" and anchor.head.lower_ in ("against", "versus", "vs")
    if rival_of(anchor) is None and not set_against:
        return None
    before = _previous_figure(anchor)
    if before is not None and _by_how_much(before, anchor):
        return previous_counted(before)  # "126 medals, 35 more than China's 91": medals
    return previous_counted(anchor)


_SET_AGAINST = frozenset({"to", "against", "than"})
# the words by which a figure says how far another is from a third
_DIFFERENCE_WORDS = frozenset({"more", "fewer", "less", "higher", "lower"})


def _by_how_much(difference: Token, rival: Token) -> bool:
    """ "35 more than China's 91": the first figure is how far the second is from another."""
    return any(c.lower_ in _DIFFERENCE_WORDS and rival.head.head == c for c in difference.children)


# the words a company's legal name ends with: "Hewlett-Packard Co." is Hewlett-Packard
_LEGAL_FORMS = frozenset({"inc", "inc.", "co", "co.", "corp", "corp.", "ltd", "ltd.", "plc", "llc"})
_COMPANY_SUFFIXES = _LEGAL_FORMS | frozenset(
    {"group", "holdings"}
    # what carriers add to their names: "Delta Air Lines" is Delta, "British Airways" British
    | {"airlines", "airline", "lines", "airways", "air"}
    # and parties theirs: "the Labour Party" is Labour
    | {"party"}
)


def name_of(head: Token) -> str:
    """A name by its last word, lower-cased; "Anthony LaCalamita III" is "lacalamita",
    "Goldman Sachs Group Inc." is "sachs", "Britons" "britain"."""
    # a party is named so whether or not the model tagged it ("Geert Wilders' Freedom Party")
    # a company's legal form, tagged an organisation or not ("Apple Inc on Tuesday unveiled")
    suffixes = _NAME_SUFFIXES | _LEGAL_FORMS
    suffixes |= _COMPANY_SUFFIXES if head.ent_type_ == "ORG" else {"party"}
    before = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    word = head
    while word.lower_ in suffixes and before:
        word = before.pop()
    return _country_for_its_people(word.lower_)


_NAME_MODIFIERS = frozenset({"poss", "compound", "nmod", "appos", "amod"})


def name_links(sentence: Span) -> Iterator[tuple[str, str]]:
    """Names one noun phrase ties together: "Navy's frigate INS Sukanya", "INS Sukanya of the
    Indian Navy", "Red Sox general manager Theo Epstein" (a ship and its navy, a club and its
    manager): the same side when one article calls the actor by either name."""
    for head in sentence:
        if head.pos_ != "PROPN" or (head.dep_ == "compound" and head.head.pos_ == "PROPN"):
            continue
        name = name_of(head)
        first = _first_word_of_a_company(head)
        if first is not None and first != name:
            yield name, first  # "Meta Platforms", later "Meta"
        for title in head.lefts:
            if title.dep_ == "compound" and title.lower_ in lx.STORM_TITLES:
                yield name, title.lower_  # "Typhoon Shanshan", a headline's "Typhoon slams"
        pending = list(head.children)
        while pending:
            token = pending.pop()
            if token.dep_ == "prep" and token.lower_ == "of":
                pending.extend(c for c in token.children if c.dep_ == "pobj")
                continue
            if token.dep_ not in _NAME_MODIFIERS and token.dep_ != "pobj":
                continue
            pending.extend(token.children)
            part_of_name = token.dep_ == "compound" and token.head.pos_ == "PROPN"
            # two people are two sides: "Fire Coach Jim O'Brien, Hire Maurice Cheeks", a
            # headline's two clauses read as one phrase
            two_people = _two_people(token, head)
            linked = token.pos_ == "PROPN" and not part_of_name and not two_people
            # nor are two countries: "Pakistan said the toll from India's strikes"
            countries = {name, name_of(token)} <= lx.COUNTRIES
            if linked and name_of(token) != name and not countries:
                yield name, name_of(token)


def _two_people(token: Token, head: Token) -> bool:
    """Two people set side by side ("Jim O'Brien, Hire Maurice Cheeks"), not a name and
    what it is put with ("Jaguars quarterback David Garrard", the team tagged a person too)."""
    return token.dep_ == "appos" and token.ent_type_ == head.ent_type_ == "PERSON"


def _first_word_of_a_company(head: Token) -> str | None:
    """ "Meta Platforms" is Meta too, "Goldman Sachs Group Inc." Goldman: a company is often
    called by its first word."""
    if head.ent_type_ != "ORG":
        return None
    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return words[0].lower_ if words else None


def initials_links(docs: list[Doc]) -> Iterator[tuple[str, str]]:
    """An organisation's name and the initials it goes by in the same article ("General
    Motors is recalling", "GM recalls"): one actor, named by their last words."""
    long_names: dict[str, str] = {}
    for ent in (ent for doc in docs for ent in doc.ents):
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        long_names[initials(ent.text)] = name_of(ent.root)
        for start in range(ent.start + 1, ent.end - 2):
            # "Paramilitary Rapid Support Forces" goes by RSF: a word before the name's own
            shorter = initials(ent.doc[start : ent.end].text)
            long_names.setdefault(shorter, name_of(ent.root))
    for doc in docs:
        for token in doc:
            short = token.text.replace(".", "")
            if token.pos_ == "PROPN" and short.isupper() and short.lower() in long_names:
                yield long_names[short.lower()], token.lower_


def actors_of(sentence: Span) -> Iterator[str]:
    """Who acts in a sentence: the named subjects of its verbs ("the Angels made an offer",
    "Jackson was arrested"), sources and copulas left out; lower-cased head words."""
    for token in sentence:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.pos_ == "PROPN"
            and token.head.lemma_.lower() not in lx.NOT_ACTING_VERBS
        ):
            yield token.lower_


def _tenses_differ(verb: Token, other: Token) -> bool:
    """A past verb beside a present one ("employs", "has grown"): each its own time."""
    return {_tense_of(verb), _tense_of(other)} == {"past", "present"}


def _tense_of(verb: Token) -> str | None:
    auxes = _auxes(verb)
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"was", "were", "had"}):
        return "past"  # "killed", "was founded"
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and auxes & {"has", "have"}):
        return "present"  # "employs", "has grown"
    return None


def names_model_years(span: Span) -> bool:
    """Years near the words "model year" ("Explorers from model years 2011-2019", "the 2011
    through 2019 model years"): what was made, not when."""
    doc = span.doc
    words = [t.lower_ for t in doc[max(0, span.start - 4) : min(len(doc), span.end + 4)]]
    return any(w == "model" and n.startswith("year") for w, n in itertools.pairwise(words))


def scope_of(
    verb: Token | None,
    sentence: Span,
    article_date: dt.date | None = None,
    anchor: Token | None = None,
) -> str | None:
    """The period a figure belongs to when the clause names one: "In 2004 a tsunami killed
    230,000" -> 2004; "In February, a woman opened fire, killing three" (in a September
    article) -> 2010-02, the latest such month before the article; "since the start of the
    war" -> since start war, and so does the figure's own "since" ("50,423 since the start of
    the war, including 1,042 since the collapse of the ceasefire"). Not a clause ("since the
    assault began 12 days ago", "since the conflict began on December 27": one start in other
    words, which would keep one war's tolls apart)."""
    own = _since(anchor, article_date) if anchor is not None else None
    if own is None and verb is not None:
        own = _period_a_tally_counts(verb, article_date) or _since_a_renewal(verb, article_date)
    if own is None and anchor is not None and anchor.dep_ == "nummod":
        # "at least 1,400 students kidnapped from schools since the 2014 abduction"
        participles = (c for c in anchor.head.children if c.dep_ == "acl")
        own = next(filter(None, (_since(p, article_date) for p in participles)), None)
    if own is not None:
        return own
    dated = _dated_event_of(anchor, article_date) if anchor is not None else None
    if dated is None and anchor is not None:
        dated = _own_period(anchor, article_date)
    if dated is not None:
        return dated
    if verb is None:
        return None
    when = _when_clause_above(verb)
    if when is not None:
        # "the deadliest since August 2006, when 49 people died": the clause's date
        return _period_named(when, article_date)
    head = verb
    chain = {verb.i: 0}  # each verb's distance from the figure's own
    fronted_only: set[int] = set()  # clauses whose dates count only when they lead the sentence
    while True:  # "In 2004 a quake struck, killing 230,000": the date is the main clause's
        if head.dep_ == "advcl" and names_a_tally(head, frozenset({"dobj"})):
            break  # "A victim died in March, bringing the toll to 16": the toll is all of it
        if head.dep_ in ("advcl", "conj") and head.head.pos_ in ("VERB", "AUX"):
            if head.dep_ == "conj" and _tenses_differ(head, head.head):
                break  # "was founded in 1998 and has grown for 10 years": not 1998's
            if head.dep_ == "conj" and _has_subject(head):
                # "An inquiry began last September and the two men were arrested today": the
                # first clause's date is its own, unless it leads ("In 2004 a quake struck and
                # 230,000 people died")
                fronted_only.add(head.head.i)
            head = head.head
        elif (  # "In 2004 a quake sparked a tsunami that killed 170,000"
            head.dep_ == "relcl"
            and head.head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
            and head.head.head.pos_ in ("VERB", "AUX")
        ):
            head = head.head.head
        elif _adverbial_read_as_relative(head):
            # "picked up the slack in the first half as he scored seven points": the parse
            # hangs the "as" clause on "half"; it is the picking up's
            above = governing_verb(head.head)
            if above is None or above.i in chain:
                break
            head = above
        else:
            break
        chain[head.i] = len(chain)
    # "killed six, injured 50 and caused damage in September": verbs sharing the subject
    pending = [t for t in sentence if t.i in chain]
    while pending:
        parent = pending.pop()
        for child in parent.children:
            shares_subject = child.dep_ in ("conj", "dep") and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in child.children
            )
            if shares_subject and child.pos_ == "VERB" and child.i not in chain:
                if _tenses_differ(parent, child):
                    continue  # "employs 6,000 people and had revenue of $2.3 billion last year"
                chain[child.i] = chain[parent.i] + 1
                pending.append(child)
    stage = _stage_of(chain, sentence)
    # a handover's day names it before its stage: "each released 390 soldiers on Friday in
    # the first stage of a swap", the next day "On Friday, 390 prisoners were exchanged"
    tie_goes_to_the_day = 1 if verb is not None and _hands_over(verb) else 0
    if stage is not None and not _dated_nearer(stage[1] + tie_goes_to_the_day, chain, sentence):
        return stage[0]
    # the nearest clause's date first: "completed a term in June and served on the board
    # from 1995 to 1998, becoming the first physician under 40" is of 1995
    # and a date hung on the figure itself before all: "laid off 10,000 workers in 2023 and
    # 11,000 in November 2022"
    on_figure = {t.i for t in anchor.subtree} if anchor is not None else set()
    starts = {e.start: _from_an_earlier_figure(e.root) for e in sentence.ents if e.label_ == "DATE"}

    def of_the_figure(ent: Span) -> bool:
        start = starts.get(ent.start)
        return start is not None and anchor is not None and anchor in start.subtree

    nearest_first = sorted(
        sentence.ents,
        key=lambda e: (not of_the_figure(e), e.root.i not in on_figure, _distance(e, chain)),
    )
    for ent in nearest_first:
        if starts.get(ent.start) is not None:
            # "126 million voted, down from 131 million in 2008": 2008 is the 131 million's
            period = _period_named(ent, article_date) if of_the_figure(ent) else None
            said_of = governing_verb(ent.root)
            if period is None and of_the_figure(ent) and verb is not None and said_of is not None:
                # "1.27 million demonstrated on Tuesday, up from 1.12 million on Jan. 19": the
                # earlier crowd's own day
                period = _count_of_its_day(ent, verb, said_of, article_date)
            if period is not None:
                return period
            continue
        # the date must be said of one of those verbs, not of a noun's own clause: "killing
        # five in a region devastated by the tsunami of 2004" is not a figure of 2004
        owner = governing_verb(ent.root)
        if _names_someone(ent):
            continue  # "the 2006 second-overall pick played in just 10 games": a title
        if names_model_years(ent):
            continue  # "recall of 1.87 million Explorers from model years 2011-2019"
        if anchor is not None and _of_another_figure(ent.root, owner, anchor):
            # "caused $34.2 billion in damage, equal to about 4% of the country's 2021 GDP":
            # the 4%'s year, not the damage's
            continue
        if owner is not None and owner.i in fronted_only and ent.start > owner.i:
            # "Hamas released four soldiers on Saturday, and Israel freed 200 prisoners in
            # return": the other side's handover of that day
            handover = _count_of_its_day(ent, verb, owner, article_date) if verb else None
            if handover is not None:
                return handover
            continue
        if _baseline_of_a_change(ent.root):
            continue  # "rose 4.2% from a year ago": what the change is measured against
        if _year_of_a_record(ent.root):
            continue  # "breaking a 1978 record, as more than 100 people have been killed"
        if owner is not None and _dated_start_of_a_since(owner, chain, verb):
            period = _period_named(ent, article_date)
            if period is not None:
                # "cholera has killed more than 1,800 since the outbreak began in July 2024":
                # a count from that day, not a recent window's
                return f"since {period}"
        if _under_since(ent.root, owner) or _started_by(owner, verb):
            # "since October 7, 2023", "the highest since the fall of communism in 1989": a
            # start, not the period of the figure
            continue
        if ent.label_ == "DATE" and owner is not None and owner.i in chain:
            period = _period_named(ent, article_date)
            if period is not None and _ends_a_since(ent, owner):
                # "killed since Russia's invasion in February 2022": the parse hangs the
                # start's date on the verb
                return f"since {period}"
            if period is not None:
                return period
            handover = _count_of_its_day(ent, verb, owner, article_date)
            if handover is not None:
                return handover
    # a period hung on the figure itself first: "killed since October 2023, including 116 in
    # the past 24 hours"
    own = _recent_period(anchor, article_date) if anchor is not None else None
    recent = own or _recent_period(verb, article_date)
    if recent is not None:
        return recent
    since = _since(verb, article_date)
    for joined in verb.children if since is None else ():
        # "have killed at least 3,544 people and wounded 15,036 since October 2023": a start
        # said after the last of verbs that share a subject is theirs all
        if joined.dep_ == "conj" and joined.pos_ == "VERB" and not _has_subject(joined):
            since = since or _since(joined, article_date)
    if since is None and _hands_over(verb) and _a_running_total(verb):
        # "seven hostages have been freed since the truce began", "has freed 400 prisoners so
        # far": all freed until then, from a start it need not name (not the day's handover)
        return lx.RUNNING_SCOPE
    return since


def _of_another_figure(word: Token, owner: Token | None, anchor: Token) -> bool:
    """A date of a noun that is "of" another figure: "about 4% of the country's 2021 GDP"."""
    noun = word.head
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i in (anchor.i, anchor.head.i):
        return False
    share = of.head
    return share.like_num or any(
        c.dep_ == "nummod" and c.like_num and c.i != anchor.i for c in share.children
    )


def _dated_start_of_a_since(owner: Token, chain: dict[int, int], verb: Token | None) -> bool:
    """ "since the outbreak began in July 2024": a start the clause dates, below the figure's
    verb; not a war's ("since the conflict began in October 2023"), which reports name by its
    day or by the war alike (see `scope_of`)."""
    if not _a_start_since(owner) or owner.head.i not in chain:
        return False
    if verb is not None and verb in owner.subtree:
        return False  # "since fighting erupted in April 2023, while 2 million had fled"
    subjects = [c for c in owner.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(s.lemma_.lower() in _WARS | _FIGHTING for s in subjects)


# what a war is also called when it starts: "since fighting erupted in April 2023"
_FIGHTING = frozenset({"fighting", "hostility", "violence", "clash", "offensive"})


def _started_by(owner: Token | None, verb: Token | None) -> bool:
    """A clause another figure's runs from: "displaced since fighting erupted in April 2023,
    while 2 million had fled" (the parse may hang the "while" clause on the "since" one)."""
    if owner is None or verb is None or owner.i == verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "since" for c in owner.children):
        return False
    # not the start's own figures: "since a 9.1 temblor in 2004 caused a tsunami ..., killing
    # more than 220,000"
    return verb not in owner.subtree or any(c.dep_ == "mark" for c in verb.children)


def _ends_a_since(ent: Span, owner: Token) -> bool:
    """A date whose "in" follows the verb's "since" phrase at once: "since Russia's invasion
    in February 2022"."""
    doc = ent.doc
    prep = ent.root.head
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.head != owner or prep.i == 0:
        return False
    since = next((c for c in owner.children if c.dep_ == "prep" and c.lower_ == "since"), None)
    return since is not None and since.right_edge.i + 1 == prep.i and doc[prep.i - 1].is_alpha


def _under_since(word: Token, owner: Token | None) -> bool:
    """Inside a "since" phrase below the date's verb, however deep: a start, not a period."""
    for above in word.ancestors:
        if owner is not None and above.i == owner.i:
            return False
        if above.lower_ == "since":
            return True
    return False


def _dated_event_of(anchor: Token, article_date: dt.date | None) -> str | None:
    """The year of an event noun whose figure it is: "the 2014 abduction of 276 schoolgirls"
    counts 2014's, whatever the clause around it."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return None
    for word in of.head.children:
        if word.dep_ in ("nummod", "compound", "amod") and word.i < of.head.i:
            ent = entity_at(word.doc, word.i)
            if ent is not None and ent.label_ == "DATE":
                return _period_named(ent, article_date)
    return None


def _own_period(anchor: Token, article_date: dt.date | None) -> str | None:
    """The month or year the figure's own phrase puts it in: "rose 3.2%, after 3.3% in
    November" (November's 3.3%, whatever the clause's date)."""
    figure = anchor.head if anchor.dep_ == "nummod" else anchor
    for prep in figure.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for when in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"):
            ent = entity_at(when.doc, when.i)
            if ent is not None:
                return _period_named(ent, article_date, own=True)
    return None


def _period_named(ent: Span, article_date: dt.date | None, own: bool = False) -> str | None:
    """The year or month a date names, as a scope: "in May 2012" is a month, "in 2012" a year
    (the two nest); "in February" the latest February before the article (when said of
    something done, or when `own`, the figure's own: "after 3.3% in November")."""
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", ent.text)
    if year:
        months = [m for m in re.findall(r"[a-z]+", ent.text.lower()) if m in MONTHS]
        if len(set(months)) == 1:
            return f"{year.group(1)}-{MONTHS.index(months[0]) + 1:02d}"
        point = _POINT_OF_A_YEAR.match(ent.text.lower())
        if point is not None and ent.root.head.lower_ != "by":
            # "had 190,234 employees at the end of 2022": that December, not all the year
            # (but "killed 74,000 by the end of 1945" counts all the year up to it)
            return f"{year.group(1)}-{_YEAR_POINTS[point.group(1)]}"
        return year.group(1)
    month = _month_named(ent) if own else _month_alone(ent)
    if month is not None and article_date is not None:
        last_year = re.search(r"\blast year\b", ent.text.lower()) is not None
        before = 1 if last_year or month > article_date.month else 0
        return f"{article_date.year - before}-{month:02d}"
    if article_date is not None and ent.text.lower() in ("last year", "a year ago"):
        return str(article_date.year - 1)  # "Last year, a quake killed at least one"
    return None


_YEAR_POINTS = {"end": "12", "close": "12", "start": "01", "beginning": "01"}
_POINT_OF_A_YEAR = re.compile(r"the (end|close|start|beginning) of \d{4}$")


def _when_clause_above(verb: Token) -> Span | None:
    """The date of a "when" clause the verb's own clause is part of: "happened in 1981, when a
    train derailed ... and plunged into a river, killing between 800 and 1,000 people"."""
    head = verb
    while True:
        when = _when_clause_of(head)
        if when is not None:
            return when
        if head.dep_ == "advcl" and names_a_tally(head, frozenset({"dobj"})):
            return None  # "..., bringing the toll to 16": the toll is all of it
        if head.dep_ not in ("advcl", "conj") or head.head.pos_ not in ("VERB", "AUX"):
            return None
        head = head.head


def of_the_event_compared(verb: Token) -> bool:
    """ "Egypt's deadliest rail accident since 2021, when 32 people were killed": the clause
    tells of the event a record runs from, never of the news the record is set by."""
    when = _when_clause_above(verb)
    return when is not None and when.start > 0 and verb.doc[when.start - 1].lower_ == "since"


def _when_clause_of(verb: Token) -> Span | None:
    """The date a "when" clause follows: "since August 2006, when 49 people died" (the parse
    may hang the clause on the date or on the noun before it)."""
    when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if verb.dep_ != "relcl" or when is None or when.i < 2:
        return None
    before = verb.doc[when.i - 1]
    date = verb.doc[when.i - 2] if before.is_punct else before
    return next(
        (e for e in verb.doc.ents if e.label_ == "DATE" and e.start <= date.i < e.end), None
    )


_STAGES = frozenset({"phase", "round", "stage", "half", "quarter", "leg"})
_STAGE_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "final", "last", "opening"}
)


def _dated_nearer(distance: int, chain: dict[int, int], sentence: Span) -> bool:
    """Whether a clause nearer the figure than a stage's gives a date: "Flowers, who has 35
    catches this season, was hurt in the third quarter" (the catches are the season's)."""
    return any(ent.label_ == "DATE" and _distance(ent, chain) < distance for ent in sentence.ents)


def _adverbial_read_as_relative(clause: Token) -> bool:
    """A clause the parse hangs on a noun as a relative one though a conjunction leads it."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children
    )


_ADVERBIAL_MARKS = frozenset({"as", "while", "because", "after", "before"})


def _stage_of(chain: dict[int, int], sentence: Span) -> tuple[str, int] | None:
    """ "in the first phase", "won the first round with 41%", "in the fourth quarter": the
    stage of something a figure belongs to, a time scope of its own (the run-off's 46.4% is
    not the first round's 41%, nor the fourth quarter's revenue the third's), and how far
    from the figure's clause it is said."""
    for noun in sentence:
        if noun.lemma_.lower() not in _STAGES or noun.pos_ != "NOUN":
            continue
        ordinal = next(
            (c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _STAGE_ORDINALS),
            None,
        )
        if ordinal is None:
            continue
        said_of = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if noun.dep_ == "dobj":
            said_of = noun.head
        if said_of is not None and said_of.dep_ in _SUBJECTS and said_of.head.i in chain:
            said_of = said_of.head  # "growth in the first quarter was revised down to 1.3%"
        if said_of is not None and said_of.i in chain:
            return f"{ordinal} {noun.lemma_.lower()}", chain[said_of.i]
    return None


def _since(head: Token, article_date: dt.date | None) -> str | None:
    """ "since the start of the war" -> since start war: the words of what a period runs from,
    up to a comma or what the period includes; a day it runs from is that day, "since May 10"
    -> since 2024-05-10 (one day however worded)."""
    for token in head.children:
        if token.dep_ == "prep" and token.lower_ == "since":
            if token.i > 0 and _a_record(token.doc[token.i - 1]):
                continue  # "fired 273 drones in biggest attack since full-scale invasion"
            start = next((c for c in token.children if c.dep_ == "pobj"), None)
            entity = entity_at(token.doc, start.i) if start is not None else None
            if entity is not None and entity.label_ == "DATE" and article_date is not None:
                # "since late April" runs from April, as far as a scope can tell
                text = re.sub(r"^(?:early|late|mid)[\s-]+", "", entity.text, flags=re.IGNORECASE)
                day = resolve_date(text, article_date, "past")
                if day is not None:
                    return f"since {day.value}"
            words: list[str] = []
            for t in token.subtree:
                if t.text == "-" and t.whitespace_ == "":
                    continue  # "full-scale"
                if t.is_punct or t.lemma_.lower() == "include":
                    break
                if t.is_alpha and not t.is_stop:
                    words.append(t.lemma_.lower())
            if _start_of_a_war(words) or _a_war_started(start):
                return "since start war"  # "the full-scale invasion", "the Israel-Hamas war"
            if words:
                return "since " + " ".join(words[:4])
    return None


# what a war does when it starts: "since the war began", "since the conflict erupted"
_WAR_STARTS = frozenset({"begin", "start", "erupt"})


def _a_start_since(clause: Token) -> bool:
    """A clause of something's start the count runs since: "since the war began", "since the
    outbreak began in July 2024"."""
    if clause.dep_ != "advcl" or clause.lemma_.lower() not in _WAR_STARTS:
        return False
    return any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children)


def since_the_war_began(head: Token | None) -> bool:
    """ "more than 57,000 Palestinians have been killed since the war began": a count of all
    the war, no day's; not a start said with its day ("since the conflict began on December
    27"). No scope: other reports of the count name its start by a day ("since October 2023",
    which "since start war" would keep apart)."""
    if head is None:
        return False
    for clause in head.children:
        if not _a_start_since(clause):
            continue
        if any(c.dep_ in ("prep", "npadvmod", "advmod") for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and all(_start_of_a_war([s.lemma_.lower()]) for s in subjects):
            return True
    return False


# what a war's new phase starts with, not the war itself: "since Israel resumed its offensive
# on March 18", "since the ceasefire collapsed on March 18"
_RENEWALS = frozenset({"resume", "renew", "restart", "collapse", "end", "expire", "break"})


def _since_a_renewal(verb: Token, article_date: dt.date | None) -> str | None:
    """ "1,163 people had been killed since Israel resumed its offensive on March 18": a phase
    counted from the day it began (since 2026-03-18), not the war's toll; a clause of the
    war's own start stays unscoped ("since the conflict began on December 27": see
    `scope_of`)."""
    if article_date is None:
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in _RENEWALS:
            continue
        if any(c.dep_ == "prt" and c.lower_ == "out" for c in clause.children):
            continue  # "since the fire broke out on Sunday": its start, as "began" is
        if not any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children):
            continue
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
            start = next((c for c in prep.children if c.dep_ == "pobj"), None)
            entity = entity_at(verb.doc, start.i) if start is not None else None
            if entity is not None and entity.label_ == "DATE":
                day = resolve_date(entity.text, article_date, "past")
                if day is not None:
                    return f"since {day.value}"
    return None


def _period_a_tally_counts(verb: Token, article_date: dt.date | None) -> str | None:
    """ "That brought to 58 the number of hostages freed since Friday", "bringing the total
    released during the truce to 69": the period the tally the verb moves counts, said of what
    it counts; a truce or a war it runs through is counted from its start."""
    tallies = [
        t
        for t in verb.children
        if t.dep_ in _SUBJECTS | {"dobj"} and t.lemma_.lower() in TALLY_NOUNS
    ]
    # the parse may hang the figure on the tally's participle: "the total released ... to 69"
    own = [verb] if verb.dep_ == "acl" and verb.head.lemma_.lower() in TALLY_NOUNS else []
    # "The overall Palestinian death toll since Oct. 7 rose to 9,061": said of the tally itself
    for said in [*own, *tallies, *(said for tally in tallies for said in _tallied(tally))]:
        since = _since(said, article_date)
        if since is not None:
            return since
        for during in (c for c in said.children if c.dep_ == "prep" and c.lower_ == "during"):
            period = next((c for c in during.children if c.dep_ == "pobj"), None)
            if period is not None and _start_of_a_war([period.lemma_.lower()]):
                return "since start war"
            if period is not None and period.lemma_.lower() in _RUNNING_PERIODS:
                return lx.RUNNING_SCOPE
    said_handed = [said for tally in tallies for said in _tallied(tally) if said.dep_ == "acl"]
    if any(_hands_over(said) for said in [*own, *said_handed]):
        return lx.RUNNING_SCOPE  # "bringing the total released to 69": all freed until then
    return None


# what a tally may run through from its start: "the total released during the truce"
_RUNNING_PERIODS = frozenset({"truce", "ceasefire"})


def brings_a_tally_to(anchor: Token) -> bool:
    """ "bringing the total released during the truce to 69": the figure a verb moves a tally
    to, however far from the verb (the parse hangs "to 69" on the tally's participle)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "to":
        return False
    for above in anchor.head.ancestors:
        if above.pos_ == "VERB" and above.lemma_.lower() in _TALLY_RAISERS:
            return names_a_tally(above, frozenset({"dobj"}))
    return False


# verbs that take a tally up to a figure (not "cut the toll to 3,958", "revised ... down to",
# nor "put the toll at 40")
_TALLY_RAISERS = (_RAISING_VERBS - {"put"}) | {"increase"}


def _a_record(word: Token) -> bool:
    """A superlative a "since" phrase may follow as what it is the most of: "the biggest
    attack since", "the highest since", "the first ... since"."""
    if word.tag_ in ("JJS", "RBS"):
        return True
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ == "first") for c in word.children)


# what a war is called when a count runs from its start: "since the invasion", "since the
# start of the conflict" (not an offensive or a round of fighting: a phase of one)
_WARS = frozenset({"war", "invasion", "conflict"})
_STARTS = frozenset({"start", "beginning", "outbreak", "onset"})


def _start_of_a_war(words: list[str]) -> bool:
    """ "since the start of the war", "since the beginning of Russia's full-scale invasion",
    "since the conflict": one start however worded, not "since the war crimes trial"."""
    if not words:
        return False
    if words[0] in _STARTS:
        words = words[1:]
    return bool(words) and words[-1] in _WARS and len(words) <= 4


def _a_war_started(start: Token | None) -> bool:
    """ "since the start of cross-border hostilities with Hezbollah a year ago": the war's
    start, whatever is said of the war after its noun."""
    if start is None or start.lemma_.lower() not in _STARTS:
        return False
    of = next((c for c in start.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    war = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return war is not None and war.lemma_.lower() in _WARS | {"hostility"}


def _hands_over(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in lx.HANDOVER_VERBS:
        return True
    needed = lx.HANDOVER_DAY_VERBS.get(lemma)
    return needed == "" or any(c.lower_ == needed for c in verb.children)


def _turns_out(verb: Token) -> bool:
    """ "marched on Thursday", "took to the streets", "took part": a crowd's doing."""
    lemma = verb.lemma_.lower()
    if lemma in _CROWD_VERBS:
        return not any(c.dep_ == "dobj" for c in verb.children)  # not "gathering statements"
    words = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "dobj", "prep")}
    return bool(words & _CROWD_PHRASES)


# a crowd's words (`lx.CATEGORY_TRIGGERS`): its verbs, and its phrases by their first two
# words as a verb and its particle or preposition ("take to the streets": "take to")
_CROWD_VERBS = frozenset(w for w in lx.CATEGORY_TRIGGERS["crowd"] if " " not in w)
_CROWD_PHRASES = frozenset(
    " ".join(w.split()[:2]) for w in lx.CATEGORY_TRIGGERS["crowd"] if " " in w
)


def _count_of_its_day(
    ent: Span, verb: Token, owner: Token, article_date: dt.date | None
) -> str | None:
    """ "Hamas freed three hostages on Saturday", a week later "three more hostages were
    released on Saturday": each handover is a count of its day, not a running total that grew
    or held; so is a crowd ("1.1 million marched on Thursday", two weeks later "1.27 million
    protested on Tuesday": two protests, not two estimates of one)."""
    if article_date is None or (owner.i != verb.i and not _one_exchange(verb, owner)):
        return None
    if not (_hands_over(verb) or _turns_out(verb)) or _a_running_total(verb):
        return None
    if not (any(t.lower_ in WEEKDAYS for t in ent) or names_a_month(ent.text)):
        return None  # a day named, not "eight days after reports began"
    if not _a_date_said(ent):
        return None  # "Patch Tuesday", Microsoft's monthly release, is no day
    if in_a_dateline(ent.root):
        return None  # "TEL AVIV, Oct 13 (Reuters) - Hamas freed ... on Monday": the wire's day
    day = resolve_date(ent.text, article_date, date_tense(ent.root))
    return f"{lx.HANDOVER_SCOPE}{day.value}" if day is not None and day.precision == "day" else None


def _one_exchange(verb: Token, head: Token) -> bool:
    """Two handovers joined in one sentence, each side's: "Hamas freed three hostages and
    Israel released 90 prisoners"."""
    return verb.dep_ == "conj" and verb.head == head and _hands_over(verb) and _hands_over(head)


def _a_running_total(verb: Token) -> bool:
    """ "With Saturday's release, 19 hostages have been freed since the truce began", "so far",
    "during the truce": all freed until that day, not the day's handover."""
    for child in verb.children:
        if child.lower_ == "since" and child.dep_ == "prep" and not _since_a_superlative(child):
            return True
        if (
            child.lower_ == "by"
            and child.dep_ == "prep"
            and any(g.lower_ in WEEKDAYS for g in child.children)
        ):
            return True  # "By Friday, Hamas had freed 50 Israeli hostages": all until then
        if child.dep_ == "advcl" and any(
            m.lower_ == "since" and m.dep_ == "mark" for m in child.children
        ):
            return True
        if child.lower_ == "far" and any(c.lower_ == "so" for c in child.children):
            return True
        # "Israel has freed 150 Palestinian prisoners during the truce": all of the truce's
        # (not "freed 24 hostages during the truce on Friday": that day's)
        during = child.lower_ == "during" and child.dep_ == "prep" and _perfect(verb)
        if during and any(c.lemma_.lower() in _RUNNING_PERIODS for c in child.children):
            return True
    # "18 hostages have been freed since the truce took effect ..., and Israel has released 583
    # Palestinian prisoners": the other side's total, in the perfect beside it
    joined = verb.dep_ == "conj" and _perfect(verb) and _hands_over(verb.head)
    return joined and _perfect(verb.head) and _a_running_total(verb.head)


def _perfect(verb: Token) -> bool:
    """ "has freed": a tense that runs up to now."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _since_a_superlative(since: Token) -> bool:
    """ "swap 24 prisoners in biggest exchange since Cold War": the "since" of a superlative
    (the parse may hang it on the verb), no running total."""
    if since.i == 0:
        return False
    before = since.doc[since.i - 1]
    return before.tag_ == "JJS" or any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ == "first") for c in before.children
    )


def _a_date_said(ent: Span) -> bool:
    """Whether the date expressions of the sentence take in the entity's words."""
    sentence = ent.sent
    start, end = ent.start_char - sentence.start_char, ent.end_char - sentence.start_char
    found = find_date_expressions(sentence.text, loose=True)
    return any(a < end and start < b for a, b in found)


def _recent_period(verb: Token, article_date: dt.date | None) -> str | None:
    """ "killed in the past 24 hours", "over the last week", "overnight", "last night": the
    period up to the report's day, so that two days' daily tolls (two nights' drones) are two
    scopes, not one toll that moved."""
    until = f" to {article_date.isoformat()}" if article_date is not None else ""
    for word in verb.children:
        last_night = word.lower_ == "night" and any(c.lower_ == "last" for c in word.children)
        if word.lower_ == "overnight" or last_night:
            return f"{lx.RECENT_SCOPE}night{until}"
    for into in verb.children:
        # "overnight into Sunday": the night up to the day named (the parse hangs "overnight"
        # on the preposition)
        if into.lower_ == "into" and any(c.lower_ == "overnight" for c in into.children):
            day = next(
                (c for c in into.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"), None
            )
            resolved = (
                resolve_date(day.text, article_date, "past") if day and article_date else None
            )
            if resolved is not None and resolved.precision == "day":
                return f"{lx.RECENT_SCOPE}night to {resolved.value}"
            return f"{lx.RECENT_SCOPE}night{until}"
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "over", "during", "within"):
            continue
        if any(c.lower_ in _SHARE_WORDS for c in prep.children):
            continue  # "killed since October last year, most of them in the past three weeks"
        for period in prep.children:
            unit = lx.TIME_UNITS.get(period.lemma_.lower())
            recent = any(c.lower_ in ("past", "last", "previous") for c in period.children)
            if period.dep_ != "pobj" or unit is None or not recent:
                continue
            count = next((c for c in period.children if c.dep_ == "nummod"), None)
            amount = parse_number(count.lower_) if count is not None else None
            if amount is not None and amount != 1:
                said = f"{amount} {unit}"  # "the past 24 hours"
            else:  # "the past week", "the last several weeks"
                said = unit if period.tag_ == "NNS" else period.lemma_.lower()
            return f"{lx.RECENT_SCOPE}{said}{until}"
    return None


def _distance(ent: Span, chain: dict[int, int]) -> int:
    owner = governing_verb(ent.root)
    return chain.get(owner.i, len(chain)) if owner is not None else len(chain)


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


_TITLES = frozenset({"pick", "selection", "draftee", "winner", "champion", "mvp", "rookie"})


def _year_of_a_record(date: Token) -> bool:
    """ "a 1978 record", "the 2019 peak": when a record was set, not when a figure was (see
    `_RECORDS`)."""
    return date.dep_ in ("nummod", "compound", "amod") and date.head.lemma_.lower() in _RECORDED


_RECORDED = _RECORDS | {"peak", "high", "low"}


def _names_someone(ent: Span) -> bool:
    """A year that is part of what someone is called ("the 2006 second-overall pick", "the
    2004 champion") dates the title, not the figure."""
    root = ent.root
    if root.dep_ not in ("compound", "nummod", "amod", "nmod"):
        return False
    noun = root.head
    return noun.lemma_.lower() in _TITLES or is_person(noun)


_POINT_OF_A_MONTH = re.compile(r"the (?:end|start|beginning|close|middle) of ")


def _month_alone(ent: Span) -> int | None:
    """The month of "in February", "last February", "in April last year", said of something
    done; None when a day is named, the month is a deadline ("for October", "by June") or a
    starting point ("since fighting began in July")."""
    as_of = ent.start - 2 >= ent.sent.start and ent.doc[ent.start - 2 : ent.start].text == "as of"
    if as_of:
        return _month_of_a_day(ent)  # "had 72,404 employees as of Sept. 30"
    month = _month_named(ent)
    if month is None:
        return None
    before = ent.doc[ent.start - 1].lower_ if ent.start > ent.sent.start else None
    if before == "at" and _POINT_OF_A_MONTH.match(ent.text.lower()):
        return month  # "had 87,314 employees at the end of September"
    if before not in (None, "in", "during") and not ent.text.lower().startswith("last"):
        return month if covered_by_figures(ent.root) else None
    for ancestor in ent.root.ancestors:
        if ancestor.lower_ in _SPAN_WORDS or any(
            c.lower_ in _SPAN_WORDS
            and (c.dep_ == "mark" or (c.dep_ == "prep" and not _another_deed(c)))
            for c in ancestor.children
        ):
            return None
        if ancestor.pos_ in ("VERB", "AUX"):  # the month's own verb: was it done?
            # "after gaining 0.2% in August": what came before is done
            after = (
                ancestor.tag_ == "VBG" and ancestor.dep_ == "pcomp" and _another_deed(ancestor.head)
            )
            done = (ancestor.tag_ in ("VBD", "VBN") or after) and mood_of(ancestor) == "actual"
            return month if done else None
    return None


def _month_of_a_day(ent: Span) -> int | None:
    """The month of "Sept. 30", "September 30", "the end of June" (none of "Monday")."""
    words = [w for w in re.findall(r"[a-z]+", ent.text.lower()) if len(w) >= 3]
    months = {i + 1 for w in words for i, m in enumerate(MONTHS) if m.startswith(w)}
    return months.pop() if len(months) == 1 else None


def _month_named(ent: Span) -> int | None:
    """The one month a date names with no day: "February", "last February", "April last
    year"; a year's figure ending with one, "the 12 months to November"; not "next June"."""
    text = _TWELVE_MONTHS_TO.sub("", ent.text.lower())
    if re.search(r"\d", text):
        return None
    words = re.findall(r"[a-z]+", text)
    months = [MONTHS.index(w) + 1 for w in words if w in MONTHS]
    return months[0] if len(months) == 1 and "next" not in words else None


_TWELVE_MONTHS_TO = re.compile(r"^(?:the )?(?:12|twelve) months to ")
_SPAN_WORDS = frozenset({"since", "until", "till", "before", "after", "beginning", "starting"})


def _another_deed(phrase: Token) -> bool:
    """ "after gaining 0.2% in August" beside "rose 0.2% in September": a deed of its own, not
    where the month's span starts ("two years after that day in October")."""
    return phrase.lower_ in ("before", "after") and any(c.dep_ == "pcomp" for c in phrase.children)


_RISING_CUE = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|increased|bringing|brought|"
    r"so far|now stands|has reached|had reached|reached|toll stood|mounted|surged|"
    r"grew to|grown to|grows to)\b",  # "the blaze grew to more than 150,000 hectares"
    re.IGNORECASE,
)

# a figure someone raised to: "raised its offer to 7 percent", "raising the toll to 15"
_RAISED_TO = re.compile(r"\b(?:raised|raises|raising)\b.*\bto\s*$", re.IGNORECASE)


def is_earlier_figure(doc: Doc, first: int) -> bool:
    """ "rose from 41 to 45", "up from 34 on Wednesday", "revised down to 28 from 34": the
    figure a change started from, said beside the one it reached."""
    if _a_former_level(doc, first) or _estimate_revised(doc[first]):
        return True
    start = _from_before(doc, first)
    if start is None:
        return False
    if _beside_the_figure_reached(start):
        return True
    head = start.head
    reached = (  # "down to about 1,200 people from 1,400": on the people of the figure reached
        head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and any(c.dep_ == "nummod" and c.like_num for c in head.children)
    )
    if head.like_num or head.pos_ == "NUM" or reached:
        # "revised the toll down to about 1,200 from 1,400": the parse may hang it on the figure
        # reached; the change is the verb above that
        head = next((a for a in head.ancestors if a.pos_ == "VERB"), head)
    if not names_a_change(head) and _reaches_a_figure(head):
        # "revised down the number of people killed on Utoya island to 68 from 86": the parse
        # hangs both ends of the change on the counted people's participle
        head = next((a for a in head.ancestors if a.pos_ == "VERB"), head)
    return names_a_change(head)


_BEFORE_NOW_WORDS = frozenset({"before", "earlier", "ago", "previous", "last"})
# what a figure revised is called: "revising down its flash estimate of 2.2%"
_REVISED_ESTIMATES = frozenset({"estimate", "reading", "forecast", "figure", "projection"})
_REVISING = frozenset(
    {"revise", "lower", "raise", "cut", "correct", "adjust", "upgrade", "downgrade"}
)


def _estimate_revised(figure: Token) -> bool:
    """ "Inflation was 2.1%, revising down its flash estimate of 2.2%": the estimate's figure
    is where the count stood before the revision."""
    if figure.dep_ == "nummod" or figure.dep_ == "compound":
        figure = figure.head  # "of 2.2%": the parse hangs the figure on its sign
    of = figure.head
    if (
        figure.dep_ != "pobj"
        or of.lower_ != "of"
        or of.head.lemma_.lower() not in _REVISED_ESTIMATES
    ):
        return False
    estimate = of.head
    return estimate.dep_ == "dobj" and estimate.head.lemma_.lower() in _REVISING


def _a_former_level(doc: Doc, first: int) -> bool:
    """ "against a previous 2,498", "up from an earlier 30", "compared with 4,440 the day
    before": a figure said to be where the count stood before (not "an initial 20 trucks", the
    first of them)."""
    figure = doc[first]
    before = doc[first - 1] if first >= 1 else None
    if before is not None and before.dep_ == "amod" and before.head == figure:
        if before.lower_ in ("previous", "prior"):
            return True
        preposition = figure.head if figure.dep_ == "pobj" else None
        if before.lower_ in _FORMER and preposition is not None:
            return preposition.lower_ in ("from", "against")
    compared = figure.head if figure.dep_ == "pobj" else None
    if (
        compared is None
        or compared.lower_ not in ("with", "to")
        or compared.head.lemma_ != "compare"
    ):
        return False
    # "compared with 12 in Germany" is another place's figure, not an earlier one
    return any(
        t.lower_ in _BEFORE_NOW_WORDS
        for c in figure.children
        if c.dep_ in ("npadvmod", "advmod", "prep")
        for t in c.subtree
    )


def _beside_the_figure_reached(start: Token) -> bool:
    """ "revised the number of people wounded in Sunday's shooting down to 489 from 527": the
    from-figure said right after the figure a change reached, wherever the parse hangs them."""
    doc = start.doc
    if start.i < 3 or not doc[start.i - 1].like_num:
        return False
    to = next((doc[j] for j in range(start.i - 2, start.i - 5, -1) if doc[j].lower_ == "to"), None)
    if to is None or to.i < 1:
        return False
    return names_a_change(doc[to.i - 1]) or any(names_a_change(a) for a in to.ancestors)


def reached_from(anchor: Token) -> Token | None:
    """The figure a change started from, said right after the figure it reached ("down to 489
    from 527": 527)."""
    doc = anchor.doc
    if anchor.i + 2 >= len(doc) or doc[anchor.i + 1].lower_ != "from":
        return None
    start = next((t for t in doc[anchor.i + 2 : anchor.i + 4] if t.like_num), None)
    return start if start is not None and is_earlier_figure(doc, anchor.i + 2) else None


def _reaches_a_figure(word: Token) -> bool:
    """ "to 68" under the word: the figure a change reached."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.like_num for g in c.children)
        for c in word.children
    )


def names_a_change(word: Token) -> bool:
    """ "rose", "revised", "up", "down": a word that says a count moved."""
    return word.lower_ in ("up", "down") or word.lemma_.lower() in lx.CHANGE_VERBS


def _from_before(doc: Doc, first: int) -> Token | None:
    """The "from" a figure starts: "from 41", "from the 34", or through the noun it is the
    level of ("from a half-century low of 3.4%", "from an initial estimate of 30")."""
    if first < 1:
        return None
    before = doc[first - 1]
    if before.lower_ == "from":
        return before
    if before.lower_ == "the" and first >= 2 and doc[first - 2].lower_ == "from":
        return doc[first - 2]  # "up from the 19 million it first reported"
    level = before.head
    if before.lower_ == "of" and level.dep_ == "pobj" and level.i < before.i:
        return level.head if level.head.lower_ == "from" else None
    return None


_BEFORE_NOW = frozenset({"previously", "initially", "originally", "earlier", "first"})
_GIVEN = frozenset(
    {"reported", "announced", "estimated", "given", "thought", "believed", "said", "listed"}
)
_FORMER = frozenset({"earlier", "previous", "initial", "original", "prior"})
_TALLIED = frozenset({"estimate", "figure", "toll", "count", "tally", "number"})


def reported_before(doc: Doc, first: int, last: int) -> bool:
    """ "far more than the 50 million previously reported", "the previously reported 227,000",
    "up from an earlier estimate of 50 million", "above Sunday's estimate of $155 million", "not
    50 million as it first reported": the figure an earlier report gave, which a later figure
    of the same sentence replaces."""
    before = [t.lower_ for t in doc[max(0, first - 3) : first]]
    if len(before) >= 2 and before[-2] in _BEFORE_NOW and before[-1] in _GIVEN:
        return True
    if len(before) == 3 and before[0] in _FORMER and before[1] in _TALLIED and before[2] == "of":
        return True
    if len(before) >= 2 and before[-2] in _TALLIED and before[-1] == "of":
        # "above Sunday's estimate of $155 million", "last week's tally of 30": a day's figure
        tally = doc[first - 2]
        if any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in tally.children):
            return True
    after = list(doc[last + 1 : last + 7])
    if after and after[0].pos_ == "NOUN":
        after = after[1:]  # past the counted noun: "227,000 jobs initially reported"
    if len(after) > 2 and after[0].lower_ == "as" and after[1].pos_ == "PRON":
        after = after[2:]  # "not 50 million as it first reported"
    elif len(after) > 2 and after[0].lower_ == "as" and after[1].lower_ in _BEFORE_NOW:
        after = after[1:]  # "not 86 as first reported"
    if len(after) < 2 or after[0].lower_ not in _BEFORE_NOW or after[1].lower_ not in _GIVEN:
        return False
    # not "the 40 people first reported missing were found": what they were said to be
    return len(after) == 2 or after[2].pos_ not in ("ADJ", "VERB")


def given_before(verb: Token | None, anchor: Token, scope: str | None, day: dt.date) -> bool:
    """ "In December, the IPC had put that figure at 378,000", "had reported 30 in March": a
    figure a source gave in a past month or year, told in the past perfect, is the count as it
    stood then (an earlier figure), not a report that disagrees with today's."""
    if verb is None or scope is None or not re.fullmatch(r"\d{4}(-\d{2})?", scope):
        return False
    if verb.tag_ != "VBN" or not any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children):
        return False
    gives = puts_a_figure(verb, anchor) or verb.lemma_.lower() in lx.REPORTING_VERBS
    return gives and scope < (f"{day.year}-{day.month:02d}" if "-" in scope else str(day.year))


_BEFORE_NOW_ADVERBS = frozenset({"previously", "initially", "originally", "earlier"})


def at_its_peak(verb: Token | None) -> bool:
    """ "At the peak, almost 170,000 customers had lost power", "at its height": where a count
    stood at its highest, before the figure the news gives now (as "down from a peak of")."""
    return verb is not None and any(
        at.dep_ == "prep"
        and at.lower_ == "at"
        and any(c.dep_ == "pobj" and c.lemma_.lower() in _PEAKS for c in at.children)
        for at in verb.children
    )


_PEAKS = frozenset({"peak", "height"})


def given_earlier(verb: Token | None, anchor: Token) -> bool:
    """ "Earlier in the day, officials had put the toll at 93", "The toll had previously been
    given as 33", "The toll had been 2,681 a day earlier", "after earlier reporting 153
    deaths": a tally a source put at a figure
    before, or where it stood then, which the article's later figure replaces; not "Earlier,
    a bomb killed five" (a deed, not a tally)."""
    if _said_before_in_the_past_perfect(verb):
        return True
    if verb is None:
        return False
    if _told_by_earlier_reports(verb) and (puts_a_figure(verb, anchor) or states_a_tally(verb)):
        return True  # "Earlier reports had put the toll at 28"
    if not any(c.dep_ == "advmod" and c.lower_ in _BEFORE_NOW_ADVERBS for c in verb.children):
        return False
    if puts_a_figure(verb, anchor) or states_a_tally(verb):
        return True
    object_said = anchor.head if anchor.dep_ == "nummod" else anchor
    if verb.lemma_.lower() == "report" and object_said.dep_ == "dobj" and object_said.head == verb:
        return True  # "corrected the toll to 151, after earlier reporting 153 deaths"
    given_as = anchor.head.lower_ == "as" and anchor.head.head == verb
    return verb.lemma_.lower() == "give" and given_as and names_a_tally(verb, _SUBJECTS)


def _told_by_earlier_reports(verb: Token) -> bool:
    """A subject that names the source as one before: "Earlier reports", "initial estimates"."""
    return any(
        c.dep_ == "nsubj" and any(a.dep_ == "amod" and a.lower_ in _EARLIER for a in c.children)
        for c in verb.children
    )


# a source's words for being before ("Earlier reports", "The previous official toll")
_EARLIER = _FORMER | {"first"}


def revised_after(verb: Token | None) -> bool:
    """ "the death toll had risen to 62, before revising it down to 59", "rose to 62 before it
    was revised down to 59": a figure its own sentence says was then changed to another; so is
    the figure of a change the sentence's change came after ("raised the toll to 234 on
    Tuesday, after revising it down to 231 on Monday")."""
    if verb is None:
        return False
    after = verb.dep_ == "pcomp" and verb.head.lower_ == "after" and verb.head.dep_ == "prep"
    if after or (verb.dep_ == "advcl" and any(m.lower_ == "after" for m in verb.children)):
        changed = verb.head.head if after else verb.head
        if names_a_change(verb) and names_a_change(changed) and _reaches_a_figure(changed):
            return True
    later = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "before"
        for g in c.children
        if g.dep_ == "pcomp"
    ]
    later += [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in c.children)
    ]
    return any(names_a_change(v) and _reaches_a_figure(v) for v in later)


def _said_before_in_the_past_perfect(verb: Token | None) -> bool:
    """ "Officials had initially said 40 workers were trapped": what a source had said before,
    in the past perfect, which the article's later figure replaces (not yet "fewer than the
    287 that local officials had initially reported": the count that shrinks is read from an
    earlier figure, and a report revised is no shrinking)."""
    sayings = [verb.head] if verb is not None and verb.dep_ == "ccomp" else []
    # or the figure's own clause in the past perfect: "The junta said earlier only 21 had died"
    perfect = verb is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    adverbs = [c for saying in sayings for c in saying.children]
    if perfect and verb is not None:
        # the parse may hang the saying's "earlier" on the clause said, before its subject (not
        # "Gray had previously been arrested four times": his record)
        subjects = [c.left_edge.i for c in verb.children if c.dep_ in _SUBJECTS]
        adverbs += [c for c in verb.children if subjects and c.i < min(subjects)]
    return any(
        saying.lemma_.lower() in lx.REPORTING_VERBS
        and (perfect or any(c.dep_ == "aux" and c.lower_ == "had" for c in saying.children))
        and any(c.dep_ == "advmod" and c.lower_ in _BEFORE_NOW_ADVERBS for c in adverbs)
        for saying in sayings
    )


def counts_the_attackers(anchor: Token) -> bool:
    """ "Nine people, including the gunman, were killed", a headline's "9 dead, including
    gunman": a toll of the victims and their attacker, not of the victims ("killing eight
    people"), which a later article's victims' toll is no revision of."""
    sentence = anchor.sent
    for word in sentence:
        if word.i <= anchor.i or word.lemma_.lower() != "include" or word.tag_ != "VBG":
            continue
        if any(t.like_num for t in sentence.doc[anchor.i + 1 : word.i]):
            return False  # "killed 30, among them 12 children, including ...": another's
        if word.i > 0 and (
            sentence.doc[word.i - 1].lower_ == "not" or any(c.dep_ == "neg" for c in word.children)
        ):
            return False  # "raising the death toll to six, not including the gunman"
        included = [c for c in word.children if c.dep_ == "pobj"]
        included += [g for c in included for g in c.children if g.dep_ == "conj"]
        return any(noun_lemma(c) in lx.ATTACKERS for c in included)
    return False


def dates_a_tally(verb: Token | None) -> bool:
    """ "The death toll rose to 41 on Thursday", "the number of dead stood at 12 on Monday":
    the verb tells where a tally stood that day; so does a share contained ("the fire was 6%
    contained on Thursday"); so does a state a counted subject was in ("1.5 million customers
    were without power on Wednesday", "180,000 people remain under evacuation orders")."""
    if verb is not None and verb.lemma_.lower() == "contain":
        return any(t.like_num for t in verb.subtree)
    if verb is not None and verb.lemma_.lower() in _BURNING_OR_GROWING:
        # "The Eaton Fire had burned 10,600 acres by Wednesday morning", "grew to 13,700 acres
        # on Thursday": where a fire's area stood that day
        return any(
            t.dep_ in ("dobj", "pobj") and _an_area(t) and t.head in (verb, *verb.children)
            for t in verb.subtree
        )
    if verb is not None and verb.lemma_.lower() in _STATE_VERBS:
        return any(
            child.dep_ in _SUBJECTS and any(c.dep_ == "nummod" for c in child.children)
            for child in verb.children
        )
    if verb is not None and verb.lemma_.lower() in _HOLDING_VERBS:
        # "Meta had 87,314 employees at the end of September": the headcount that day
        return any(
            child.dep_ == "dobj" and any(c.dep_ == "nummod" for c in child.children)
            for child in verb.children
        )
    if verb is None or verb.lemma_.lower() not in lx.CHANGE_VERBS | _STANDING_VERBS:
        return False
    # "The number of people confirmed dead ... rose to 2,012 on Sunday": the parse may make the
    # participle the verb and "rose" its subjectless conjunct
    misread = verb.dep_ == "conj" and not _has_subject(verb)
    return names_a_tally(verb, _SUBJECTS) or (misread and names_a_tally(verb.head, _SUBJECTS))


# what a fire does to the land it takes, as it grows
_BURNING_OR_GROWING = lx.BURNING_VERBS | {"grow", "spread", "expand"}


def _an_area(word: Token) -> bool:
    """ "10,600 acres", "6,000 hectares", "80 square kilometres"."""
    lemma = word.lemma_.lower()
    if lemma in ("acre", "hectare"):
        return True
    square = any(c.lower_ == "square" for c in word.children)
    return square and lemma in ("kilometre", "kilometer", "mile", "km")


def states_a_tally(verb: Token) -> bool:
    """ "The death toll stood at 261", "The toll had been 2,681": the verb says where a tally
    is (its subject), not where it went ("rose to") or how it got there."""
    return verb.lemma_.lower() in _LEVEL_VERBS and names_a_tally(verb, _SUBJECTS)


def at_present(date: Token) -> bool:
    """Whether "today" is these days, told in the present, rather than the news day: "Today,
    women still love to emulate her look", "Today, virtualization is frequently used",
    "SeaMicro's business today is much smaller". No deed of the story is dated by it (see
    reconcile). Not "Today, HP announced ...", "Today's operation is", "Today may be
    Apple's last Macworld", "is shipping today" nor "A quake today has erupted": a deed, a
    guess, the day's own news."""
    if (
        date.lower_ != "today"
        or date.dep_ == "poss"
        or any(c.dep_ == "case" for c in date.children)
    ):
        return False  # "Today's operation is the fourth": the day of a deed named by its noun
    fronted = date.i == date.sent.start
    of_a_thing = date.dep_ == "npadvmod" and date.head.pos_ == "NOUN"
    if not (fronted or of_a_thing):
        return False
    verb = governing_verb(date)
    if verb is None:
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(h.tag_ == "MD" or h.lemma_.lower() in ("have", "do", "to") for h in helpers):
        return False
    finite = helpers[0] if helpers else verb
    return finite.tag_ in ("VBZ", "VBP")


# what a source that does not answer declines to do: "declined to comment"
_ANSWERS = frozenset({"comment", "say", "discuss", "elaborate", "answer", "confirm", "respond"})
# what a reporter asks with, left unanswered: "not returning calls", "did not respond to a
# request for comment"
_ASKINGS = frozenset({"call", "message", "email", "e-mail", "request", "inquiry", "question"})


def unanswered(verb: Token | None) -> bool:
    """Whether a date is of a source not answering a reporter: "O'Brien declined to comment",
    "was not returning calls on Tuesday", "could not be reached Wednesday", "There was no
    immediate comment from the government on Thursday". Not what happened in the story: such
    a date is one of its own (see reconcile), as a source's saying is none at all."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    negated = any(child.dep_ == "neg" for child in verb.children)
    if lemma == "decline":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _ANSWERS for c in verb.children)
    if lemma in ("reach", "contact"):
        return negated and any(child.dep_ == "nsubjpass" for child in verb.children)
    if lemma in ("return", "respond", "reply", "answer"):
        return negated and any(t.lemma_.lower() in _ASKINGS for t in verb.subtree if t != verb)
    if lemma == "be":
        return any(
            child.dep_ == "attr"
            and child.lemma_.lower() == "comment"
            and any(c.lower_ == "no" for c in child.children)
            for child in verb.children
        )
    return False


# how a stock or an index moves in a day's trading
_MARKET_MOVES = frozenset({
    "rise", "fall", "close", "trade", "drop", "gain", "climb", "slip", "jump", "tumble",
    "plunge", "surge", "sink", "soar", "add", "finish", "dip", "slide", "lose", "end", "open",
    "edge", "rally", "sag", "shed",
})  # fmt: skip
_MARKET_NOUNS = frozenset({"share", "stock", "index", "taiex", "nasdaq", "dow", "s&p", "nikkei"})
_CLOSING_VERBS = frozenset({"close", "finish", "end", "open", "trade"})


def market_move(verb: Token | None) -> bool:
    """A date of a day's trading, its own event whatever the news moved it: "TSMC shares rose
    yesterday", "UMC yesterday closed at NT$18", "Via yesterday saw its shares drop", "the
    TAIEX rose 31.36 points yesterday to close at 6,390.99"."""
    if verb is None:
        return False
    if verb.lemma_.lower() == "see":  # "saw its shares drop"
        verb = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), verb)
    if verb.lemma_.lower() not in _MARKET_MOVES:
        return False
    if any(c.dep_ in _SUBJECTS and c.lemma_.lower() in _MARKET_NOUNS for c in verb.children):
        return True  # "TSMC shares rose yesterday"
    closings = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl"))]
    return any(c.lemma_.lower() in _CLOSING_VERBS and _priced_at(c) for c in closings)


def _priced_at(verb: Token) -> bool:
    """ "closed at NT$53.8", "to close at 6,390.99", "closed at a record 1,200 points": where a
    price or an index stood (not "ended their search at the site of a building that collapsed
    two days earlier", a figure deeper down)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and _a_figure(p)
        for c in verb.children
        for p in c.children
        if p.dep_ == "pobj"
    )


def _a_figure(word: Token) -> bool:
    """A figure itself ("6,390.99", "NT$53.8") or a noun it counts ("1,200 points")."""
    if word.like_num or any(ch.isdigit() for ch in word.text):
        return True
    return any(c.dep_ == "nummod" and c.like_num for c in word.children)


_STANDING_VERBS = frozenset({"stand", "reach", "hit", "top", "pass", "exceed"})
# verbs that say where a tally is, not where it went: "the toll stood at 261", "was 2,681"
_LEVEL_VERBS = frozenset({"stand", "be"})
_HOLDING_VERBS = frozenset({"have", "employ", "number", "count"})


def dates_an_earlier_figure(date_root: Token) -> bool:
    """ "41 dead, up from 34 on Wednesday": the day belongs to the figure a change started
    from (see `is_earlier_figure`); so does "rose 4.2% from a year ago": the time a change is
    measured from, not an event's."""
    return _from_an_earlier_figure(date_root) is not None or _baseline_of_a_change(date_root)


def covered_by_figures(date_root: Token) -> bool:
    """ "Data for August was revised up", "the injury report for Wednesday": the period a set
    of figures covers, not the day of an event."""
    noun = date_root.head.head
    return (
        date_root.dep_ == "pobj"
        and date_root.head.lower_ == "for"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in lx.DATA_NOUNS
    )


def _baseline_of_a_change(date_root: Token) -> bool:
    """ "up 6% from a year earlier", "rose 4.2% from a year ago", not "from May to July"."""
    start = date_root.head
    if date_root.dep_ not in ("pobj", "pcomp") or start.lower_ != "from":
        return False
    changed = start.head
    moved = changed.lemma_.lower() in lx.CHANGE_VERBS or changed.lower_ in ("up", "down")
    return moved and not any(c.lower_ in ("to", "until", "through") for c in changed.children)


def _from_an_earlier_figure(date_root: Token) -> Token | None:
    """The "from" of "down from 131 million in 2008" (or "up from eight reported on Monday")
    that a date is said in, if any."""
    current = date_root
    for _ in range(4):
        current = current.head
        if current.lower_ == "from" and current.dep_ == "prep":
            earlier = any(
                c.dep_ == "pobj"
                # "from 34", "from 8.1 percent"
                and (c.like_num or c.pos_ == "NUM" or any(g.dep_ == "nummod" for g in c.children))
                and is_earlier_figure(c.doc, c.left_edge.i)
                for c in current.children
            ) or any(
                # "from a peak of 9.1% in June 2022"
                t.like_num and is_earlier_figure(t.doc, t.i)
                for t in current.subtree
            )
            return current if earlier else None
    return None


def is_rising(sentence: Span, first: int) -> bool:
    """ "the death toll rose to 11", "bringing the toll to 47", "so far": wording that says a
    figure is the latest of a series, so it outranks a lower one of the same day."""
    doc = sentence.doc
    start = max(sentence.start, first - 6)
    # a cue before another figure is that figure's, as is a "so far" after it: "rose to 169
    # and 56 remain missing", "killed 169 people so far and 56 remain missing" (not the 56's)
    other = [t.i for t in doc[start:first] if t.like_num]
    before = doc[other[-1] + 1 if other else start : first].text
    if other:
        before = re.sub(r"\bso far\b", "", before, flags=re.IGNORECASE)
    after = doc[first : min(sentence.end, first + 8)].text
    return bool(
        _RISING_CUE.search(before)
        or _RAISED_TO.search(before)
        or re.search(r"\bso far\b", after, re.IGNORECASE)
    )


def attribution_of(anchor: Token, sentence: Span) -> str | None:
    """Who the sentence says the figure comes from ("according to the health ministry"). Who
    puts a figure somewhere says it, whatever else the sentence is according to: "risen to 98,
    according to the health ministry, while AFAD put the toll at 104"."""
    reported_by = _reported_by(anchor)
    if reported_by is not None:
        return reported_by
    for ancestor in [anchor, *anchor.ancestors]:
        if puts_a_figure(ancestor, anchor):
            # "Israeli officials put the number of dead at 1,200"
            subjects = (past_the_dateline(c) for c in ancestor.children if c.dep_ == "nsubj")
            subject = next((c for c in subjects if c is not None), None)
            if subject is not None and subject.pos_ != "PRON":
                return _source(subject, anchor)
        if ancestor.lemma_.lower() in lx.REPORTING_VERBS and ancestor.pos_ == "VERB":
            break  # "Tehran put it at 5.9, but the USGS said it was 6.1"
    according = _according_to(anchor, sentence)
    if according is not None and not _said_of_a_later_figure(anchor, according[1]):
        return according[0]
    said_by = _said_in_an_aside(anchor)
    return said_by if said_by is not None or according is None else according[0]


def _reported_by(anchor: Token) -> str | None:
    """ "far fewer than the 22 reported by the national rights commission", "far more than the
    129 given by the authorities": the agent of the figure's own participle of reporting says
    it, whoever says the rest of the sentence; so does whose estimate it is ("far more than the
    UN's estimate of 670", "the official Saudi figure of 769")."""
    holders = [anchor, anchor.head] if anchor.dep_ == "nummod" else [anchor]
    for holder in holders:
        for clause in holder.children if holder == anchor else ():
            # "far fewer than the 1,700 the group had claimed": who the relative clause says
            # gave it (not "a $5.4 billion deal that many said would help": what they said
            # of the deal)
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in lx.REPORTING_VERBS:
                continue
            if any(c.dep_ in ("ccomp", "xcomp", "dobj", "advmod", "prt") for c in clause.children):
                continue
            said_by = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if said_by is not None and said_by.pos_ != "PRON":
                return _source(said_by, anchor)
        for participle in holder.children:
            if participle.dep_ != "acl" or participle.tag_ != "VBN":
                continue
            if participle.lemma_.lower() not in lx.REPORTING_VERBS | _TALLYING_PARTICIPLES:
                continue
            for agent in (c for c in participle.children if c.dep_ == "agent"):
                by = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if by is not None:
                    return _source(by, anchor)
    return _whose_estimate(anchor)


# participles of a figure that name its source as their agent: "the 15,000 recorded by
# monitors", "the 129 given by the authorities"
_TALLYING_PARTICIPLES = frozenset({"give", "record", "document", "count", "verify", "register"})
# a figure's own noun that a source gives, whose owner is that source: not a toll or a number,
# whose owner is where it is counted ("Gaza's death toll of 47,000")
_ESTIMATES = frozenset({"estimate", "figure", "count", "tally", "data"})


def _estimate_of(anchor: Token) -> Token | None:
    """The estimate a figure is "of": "the UN's estimate of 670"."""
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    estimate = of.head
    return estimate if estimate.lemma_.lower() in _ESTIMATES and estimate.i < anchor.i else None


def estimated_again(anchor: Token) -> Token | None:
    """The sentence's figure before, for the figure of a source's estimate set against it
    ("more than 2,000 people had been buried alive, far more than the UN's estimate of 670"):
    what the one counts, the other does."""
    return _previous_figure(anchor) if _estimate_of(anchor) is not None else None


def _whose_estimate(anchor: Token) -> str | None:
    """ "the UN's estimate of 670", "the official Saudi figure of 769": the estimate's owner or
    the nation its adjective names."""
    estimate = _estimate_of(anchor)
    if estimate is None:
        return _whose_toll(anchor)
    for owner in estimate.children:
        # (not "Sunday's estimate", a day's)
        if owner.dep_ == "poss" and owner.pos_ in ("PROPN", "NOUN") and owner.ent_type_ != "DATE":
            return _source(owner, anchor)
        if owner.dep_ in ("amod", "compound") and owner.ent_type_ in ("NORP", "ORG"):
            return _noun_phrase(owner, owner)
        if owner.dep_ == "compound" and owner.lemma_.lower() in lx.ESTIMATING_BODIES:
            return owner.text  # "against a police estimate of 48,000"
    return None


def _whose_toll(anchor: Token) -> str | None:
    """ "more than double the government's toll of 56": a toll a source owns is its figure
    (not "Gaza's death toll of 47,000", a place's, nor "the city's toll")."""
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in TALLY_NOUNS:
        return None
    for owner in of.head.children:
        placed = owner.ent_type_ in _PLACE_ENTITIES or owner.lemma_.lower() in lx.PLACE_NOUNS
        dated = owner.ent_type_ == "DATE"  # "Monday's toll of 40": a day's
        if owner.dep_ == "poss" and owner.pos_ in ("PROPN", "NOUN") and not (placed or dated):
            return _source(owner, anchor)
    return None


def _according_to(anchor: Token, sentence: Span) -> tuple[str, Token] | None:
    """The source an "according to" of the sentence names, and the word "according"."""
    for token in sentence:
        if token.lower_ == "according":
            for prep in token.children:
                for named in prep.children:
                    if named.dep_ == "pobj":
                        named = _whose_figures(named)
                        # "according to the Ministry of Health": the name goes on past its head
                        full = _source(named, anchor)
                        return full or _noun_phrase(named.doc[named.left_edge.i], named), token
    return None


def _said_of_a_later_figure(anchor: Token, according: Token) -> bool:
    """ "87,000 people marched, the ministry said, against 500,000 according to the unions":
    an "according to" right after another figure is that figure's source."""
    between = anchor.doc[anchor.right_edge.i + 1 : according.i]
    return any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in between)


def _said_in_an_aside(anchor: Token) -> str | None:
    path = {anchor.i, *(t.i for t in anchor.ancestors)}
    listed = gapped_place(anchor) is not None
    clause = anchor
    # a place that reports its count is its source only if no one is said to say so: "Congo
    # has reported more than 15,600 suspected cases, the WHO said" is the WHO's
    reporting_place: str | None = None
    related = False  # whether the figure's clause is a relative one of a noun on the way up
    for ancestor in [anchor, *anchor.ancestors]:
        if _adds_a_thing(ancestor):
            continue  # "Jamal Murray added 25 points": he scored them, said nothing
        if _joined_before_the_saying(clause, ancestor):
            break
        below, clause = clause, ancestor
        if _reports(ancestor) and below.dep_ == "npadvmod" and related:
            # "The RSF declared a rival government on Tuesday, the second anniversary of a war
            # that has killed tens of thousands": a figure of a clause inside when it spoke is
            # not what it said (but "the Academy announced Friday" dates the announcing)
            break
        related = related or ancestor.dep_ == "relcl"
        if _reports(ancestor, below):
            if listed and _reported_by_a_place(ancestor):
                continue  # "Indonesia reported 199 deaths and Jordan 68": not Indonesia's 68
            said_by = _reporter(ancestor, anchor)
            if said_by is not None and _reported_by_a_place(ancestor):
                reporting_place = reporting_place or said_by
                continue
            if said_by is not None:
                return said_by
        elif _a_deed_after_the_saying(ancestor, path):
            break  # "22 were injured, the ministry said, and police detained 14 people"
        for aside in ancestor.children:
            if _an_aside_of_saying(aside, path):
                # "At least 22 people were injured, the health ministry said, and ..."
                said_by = _reporter(aside, anchor)
                if said_by is not None:
                    # (an aside of another clause does not outrank the place that reported:
                    # "North Carolina accounted for 73, officials said, while South Carolina
                    # reported 36")
                    return reporting_place or said_by
    return reporting_place


def _joined_before_the_saying(clause: Token, verb: Token) -> bool:
    """ "The fire had scorched 10,600 acres, and the sheriff said five people had died": a
    clause joined by "and" to the saying after it is no part of what was said (the parse
    makes it the saying's object); so is one a semicolon parts from it ("New Orleans attack
    death toll rises to 14; FBI says driver acted alone")."""
    if clause.dep_ != "ccomp" or clause.head != verb or clause.i >= verb.i:
        return False
    after = clause.right_edge.i
    if any(t.text == ";" for t in clause.doc[after + 1 : verb.i]) and any(
        s.dep_ == "nsubj" and s.i > after for s in verb.children
    ):
        return True
    return any(
        c.dep_ == "cc"
        and c.lower_ in ("and", "but")
        and any(s.dep_ == "nsubj" and _speaker_after(c, s) for s in verb.children)
        for c in clause.children
    )  # not "22 were killed and 40 injured, police said": those are both said


def _speaker_after(joiner: Token, speaker: Token) -> bool:
    """The speaker's name follows the "and" (the parse may hang its first words elsewhere:
    "and Los Angeles County Sheriff Robert Luna said"), not another clause that was said."""
    between = joiner.doc[joiner.i + 1 : speaker.left_edge.i]
    return speaker.i > joiner.i and all(t.pos_ in ("PROPN", "DET") for t in between)


# what a source gives, not who: "according to figures from the health ministry"
_GIVEN_FIGURES = frozenset(
    {"figure", "data", "statistic", "tally", "count", "estimate", "report", "record", "number"}
)


def _whose_figures(noun: Token) -> Token:
    """ "according to figures from the health ministry", "a tally by AFP", "an AFP tally": who
    gave them."""
    if noun.lemma_.lower() not in _GIVEN_FIGURES:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            given_by = [
                c
                for c in prep.children
                if c.dep_ == "pobj"
                and c.ent_type_ not in ("DATE", "TIME")  # "statistics from November"
                and not any(g.dep_ == "nummod" for g in c.children)
            ]
            if given_by:
                return given_by[0]
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1] if names else noun


def _an_aside_of_saying(aside: Token, path: set[int]) -> bool:
    """ "In fact, Howard said, the nine jurors asked", "..., the health ministry said, ...": a
    verb of saying set off by commas inside the clause; not "(Like the cards announced
    today)"; nor "..., and the sheriff said". The parse may join the saying to the clause
    as a conjunct: "Fourteen Jordanian pilgrims died ..., Jordan's foreign ministry said"."""
    if aside.dep_ not in ("parataxis", "conj") or aside.i in path or not _reports(aside):
        return False
    start = min(t.i for t in aside.subtree if not t.is_punct)
    return start > 0 and aside.doc[start - 1].text == ","


def _reported_by_a_place(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.ent_type_ in _PLACE_ENTITIES for c in verb.children)


def _reports(verb: Token, below: Token | None = None) -> bool:
    """Whether a verb says what a figure under it (in the clause `below`, when given) says."""
    lemma = verb.lemma_.lower()
    if lemma in _RECORDING_VERBS and verb.pos_ == "VERB":
        # "has recorded 136 civilian deaths" (not "customers can register")
        return any(c.dep_ == "dobj" for c in verb.children)
    if any(c.dep_ == "dobj" and _lives_taken(c) for c in verb.children):
        return False  # "The floods have claimed more than 660 lives": a deed, no saying
    if lemma in _ARGUING_VERBS and verb.pos_ == "VERB":
        # "Officials maintained that 30 people were killed" (not "maintained order", nor
        # "maintained the fiction that he was incompetent until April 2003", nor a clause
        # before it: "Tuesday's hearing was delayed as attorneys argued")
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if any(c.dep_ == "dobj" for c in verb.children):
            return False
        return bool(clauses) and (below is None or below in clauses)
    return lemma in lx.REPORTING_VERBS and verb.pos_ == "VERB"


# verbs that say what follows only with a clause of what they hold to be so
_ARGUING_VERBS = frozenset({"maintain", "argue", "allege", "assert", "contend", "acknowledge"})


# verbs whose subject keeps the count it gives: "The UN human rights office has recorded 136
# civilian deaths"
_RECORDING_VERBS = frozenset({"record", "document", "register", "verify"})


def _reporter(verb: Token, anchor: Token) -> str | None:
    """Who a verb of saying has say the figure. "At least 40 migrants drowned ... on
    Wednesday, the coast guard said" may be parsed with two subjects of "said": a counted one
    is what is said, not who says."""
    # of two subjects the parse gives it, not one set off by commas: "hanged a man ..., the
    # second execution linked to the protests, as rights groups said at least 488 ..."
    # nor the dateline's, beside a subject of its own ("WAYANAD, India (Reuters) - Landslides
    # ... killed at least 123 people ..., officials said")
    # nor one with a clause of its own that holds the figure: "A van plowed into crowds ...,
    # killing 13 people ..., police said" (the van did it; police said so)
    # nor one left with an "and" that joins it to nothing, a clause of its own: "A landslide
    # buried parts of a village ..., and local officials said at least 23 people were feared
    # dead"
    ranked = sorted(
        verb.children,
        key=lambda c: (
            _counted_by_a_figure(c) or _clause_holds(c, anchor),
            in_a_dateline(c),
            _set_off(c),
            _joined_to_nothing(c),
        ),
    )
    for child in ranked:
        if child.dep_ == "nsubj" and (_clause_holds(child, anchor) or _after_a_preposition(child)):
            speaker = _speaker_set_after(child, verb)
            if speaker is not None:
                # "A ferry ... capsized ..., killing at least 78 people, the governor of
                # South Kivu province said": the parse hangs the speaker on the figure
                return _source(speaker, anchor)
        # "no injuries were reported": what is reported is not who reports it; "(AFP) -
        # President Vucic said": the wire's name before the dash is not its source, the name
        # after it the parse hangs there is ("NAIROBI (AP) - Kenyan President William Ruto")
        subject = past_the_dateline(child) if child.dep_ == "nsubj" else None
        if subject is None or subject.pos_ == "PRON" or _counts_something(subject):
            continue
        if _labels_the_figure(subject, anchor):
            continue  # "Ecuador gang violence: 10 killed, ... declared": a topic, no source
        said_by = _source(subject, anchor)
        if said_by is not None:
            return said_by
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB":
        # "The opposition accused the government of hiding the toll, saying more than 80
        # pilgrims had died": the subject of the clause the saying goes with says it
        return _reporter(verb.head, anchor)
    return None


def _after_a_preposition(subject: Token) -> bool:
    """A subject whose words follow a preposition: the object of a phrase before the speaker,
    misparsed ("fighters loyal to ousted president Bashar al-Assad, the Syrian Observatory for
    Human Rights said": Assad, with the Observatory in apposition)."""
    before = subject.left_edge.i - 1
    return before >= 0 and subject.doc[before].pos_ == "ADP"


def _joined_to_nothing(noun: Token) -> bool:
    """A noun with an "and" hung on it but nothing joined: the parse ran a clause of its own
    into it."""
    children = list(noun.children)
    return any(c.dep_ == "cc" for c in children) and not any(c.dep_ == "conj" for c in children)


def _speaker_set_after(subject: Token, verb: Token) -> Token | None:
    """A noun phrase inside the subject that ends right before the verb of saying, set off
    from the clause before it by a comma: who says it, misparsed as an apposition."""
    if verb.i < 2 or subject.i > verb.i:
        return None
    for token in subject.subtree:
        first = token.left_edge.i
        ends_before = token.right_edge.i == verb.i - 1 and first > 0
        if token.dep_ == "appos" and ends_before and token.doc[first - 1].text == ",":
            return token if token.pos_ in ("NOUN", "PROPN") else None
    return None


def _labels_the_figure(subject: Token, anchor: Token) -> bool:
    """A headline's label before a colon that the figure after it is set beside: "Ecuador gang
    violence: 10 killed, 329 arrested"."""
    return subject.i < anchor.i and headline_label(subject)


def headline_label(subject: Token) -> bool:
    """A subject the parse gives a verb whose words end at a colon: a headline's label ("Haiti:
    gangs kill at least 15 in Gressier"), the topic of what follows, not who did or said it."""
    if any(c.text == ":" and c.i > subject.i for c in subject.children):
        return True  # "Hurricane Maria: Puerto Rico reports six deaths", the colon hung on it
    after = subject.right_edge.i + 1
    if after >= len(subject.doc) or subject.doc[after].text != ":":
        return False
    return subject.doc[after].head in (subject, subject.head)


def _clause_holds(subject: Token, anchor: Token) -> bool:
    """Whether a clause inside `subject` holds the figure ("A van plowed ..., killing 13"; not
    "Mark Rockwell, ... an alliance of 50 groups", a name's apposition)."""
    below: list[Token] = []
    for ancestor in anchor.ancestors:
        if ancestor == subject:
            return any(t.pos_ == "VERB" for t in below)
        below.append(ancestor)
    return False


def _counts_something(noun: Token) -> bool:
    """ "The number of people confirmed dead ... rose to 92": a tally of something, which the
    parse made the subject of "confirmed", confirms nothing (but "Another Hamas figure ...
    said", "The final numbers showed" are sources)."""
    return noun.lemma_.lower() in TALLY_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _a_deed_after_the_saying(verb: Token, path: set[int]) -> bool:
    """A clause joined to a verb of saying with a subject of its own, that is not what the
    figure counts: "..., the health ministry said, and police detained 14 people" (police
    did it; the ministry did not say so); not another figure of a list ("confirmed 30 dead
    and 55 wounded, 15 critically")."""
    return (
        verb.dep_ == "conj"
        and verb.head.lemma_.lower() in lx.REPORTING_VERBS
        and verb.head.i < verb.i
        and any(c.dep_ == "nsubj" and c.i not in path and c.pos_ != "NUM" for c in verb.children)
    )


def _adds_a_thing(verb: Token) -> bool:
    """ "add" with an object adds it ("added 25 points", "added two more goals"); only
    without one does it say something ("..., he added")."""
    return verb.lemma_.lower() == "add" and any(c.dep_ == "dobj" for c in verb.children)


def _set_off(noun: Token) -> bool:
    """A phrase between commas: an aside, not the clause's subject."""
    doc, first, last = noun.doc, noun.left_edge.i, noun.right_edge.i
    if doc[last].text == "," and last > first:
        last -= 1  # the closing comma hung on the phrase
    closed = last + 1 < len(doc) and doc[last + 1].text == ","
    return first > 0 and doc[first - 1].text == "," and closed


def _counted_by_a_figure(noun: Token) -> bool:
    """A subject a figure counts or sizes ("40 migrants", "a majority of 174", a headline's
    "Myanmar quake deaths near 2,900"): what is said, not who says it."""
    if any(c.dep_ == "nummod" and c.like_num for c in noun.children):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ in _SIZING and any(g.like_num for g in p.children)
        for p in noun.children
    )


# the words a headline's subject takes its figure by: "deaths near 2,900", "toll at 104"
_SIZING = frozenset({"of", "near", "at", "above", "over", "past", "around"})


def puts_it_at(anchor: Token) -> bool:
    """ "an independent group put it at 300,000", "Police put the number at 227": a figure put
    on what "it", or a tally that says nothing of what it counts, stands for."""
    at = next((a for a in list(anchor.ancestors)[:2] if a.lower_ == "at"), None)
    if at is None or not puts_a_figure(at.head, anchor):
        return False
    if _tally_put_on_board(at.head):
        return False  # "putting the number on board at 192": a tally of its own, the load
    return any(c.dep_ == "dobj" and (c.lower_ == "it" or _bare_tally(c)) for c in at.head.children)


def _tally_put_on_board(verb: Token) -> bool:
    """ "officials said, putting the number on board at 192": the verb puts a tally of those
    aboard (the parse may hang "on board" on the verb or on the tally)."""
    tallies = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TALLY_NOUNS]
    return any(_on_board(c) is not None for holder in (verb, *tallies) for c in holder.children)


def _bare_tally(noun: Token) -> bool:
    """ "the number", "the figure": a tally that names nothing it counts (not "the death toll",
    "the number of dead")."""
    return noun.lemma_.lower() in TALLY_NOUNS and not any(
        c.dep_ in ("compound", "prep", "amod", "poss") for c in noun.children
    )


def puts_a_figure(verb: Token, anchor: Token | None) -> bool:
    """ "Police put the toll at 41", "the USGS put its magnitude at 7.0", "measured it at 6.1":
    the verb's subject gives the figure (`anchor`) its object is put at; not "put out a
    message at 1100 hours that it was under attack from two boats"."""
    lemma = verb.lemma_.lower()
    if anchor is None or verb.pos_ != "VERB":
        return False
    if lemma in lx.REVISING_VERBS:
        return names_a_tally(verb, frozenset({"dobj"})) and _revised_to(verb, anchor)
    if lemma not in ("put", "place", "estimate", "set", "measure"):
        return False
    if lemma == "set" and not names_a_tally(verb, frozenset({"dobj"})):
        return False  # not "set the price at $5"
    at = next((c for c in verb.children if c.lower_ == "at" and c.dep_ == "prep"), None)
    # "The toll had earlier been put at 174": the passive's subject is what is put
    has_object = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    return has_object and at is not None and at.i in (a.i for a in [anchor, *anchor.ancestors])


def puts_a_tally_on(verb: Token, day: Token) -> bool:
    """ "The United Nations put the death toll from this week's earthquake at 770 on Friday":
    the day a source put a tally at a figure (not "put the toll from this week's quake at
    770", the day of what the tally counts)."""
    if verb.lemma_.lower() not in ("put", "place", "estimate") or verb.pos_ != "VERB":
        return False
    tallies = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TALLY_NOUNS]
    at = any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    # the day said of the verb itself ("on Friday", "Friday"), not of a noun on the way
    on = day.head if day.dep_ == "pobj" and day.head.lower_ in ("on", "in") else day
    return bool(tallies) and at and on.head == verb and on.dep_ in ("prep", "npadvmod")


def _revised_to(verb: Token, anchor: Token) -> bool:
    """ "revised the death toll down to 275 ... from 288": the figure is what the tally was
    taken to or from."""
    for ancestor in anchor.ancestors:
        if ancestor == verb:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in ("to", "from"):
            return True
    return False


def _source(subject: Token, anchor: Token) -> str | None:
    """The subject's words up to its head, a date said beside it left out ("HP Monday
    announced"); none when the subject is a figure, not a source: the figure itself ("At least
    50 reported injured") or a share ("some 62 percent of respondents said ... 35 percent")."""
    name = _name_in_apposition(subject)
    if name is not None and not name.left_edge.i <= anchor.i <= name.i:
        return _noun_phrase(name.left_edge, name)
    last = subject.i
    for prep in subject.rights if subject.ent_type_ != "PERSON" else ():
        # "the Archive of Public Gatherings", "a spokesman for Waitrose": the name goes on past
        # its head (not a person's: "Sutopo Purwo Nugroho of the National Disaster Mitigation
        # Agency" is Nugroho, as he is elsewhere)
        named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and named:
            last = named[0].right_edge.i
            entity = entity_at(subject.doc, last)
            if entity is not None:
                last = entity.end - 1  # "the Academy of Motion Picture Arts and Sciences"
        break
    words = list(subject.doc[subject.left_edge.i : last + 1])
    while len(words) > 1 and (words[0].ent_type_ == "DATE" or _in_a_wire_dateline(words[0])):
        words.pop(0)  # "ISLAMABAD (Reuters) - Pakistan's army said": the army
    while len(words) > 1 and words[-1].ent_type_ == "DATE":
        words.pop()
    if words[0].i <= anchor.i <= words[-1].i:
        return None
    if subject.like_num or subject.lower_ in lx.PERCENT_WORDS:
        return None
    return _noun_phrase(words[0], words[-1])


# who leads a body, by a word no list of people's nouns holds
_HEADS = frozenset({"head", "chief", "director", "leader", "chairman", "chair", "governor"})


def _named_right_after(subject: Token, appos: Token) -> bool:
    """ "the rights group HRANA", "Her agent, Mark Roesler": a name set beside the noun (not
    "(NASDAQ: AAPL)", nor a word of a longer name further on)."""
    start = appos.left_edge.i
    beside = start == subject.i + 1 or (
        start == subject.i + 2 and subject.doc[subject.i + 1].text == ","
    )
    return appos.dep_ == "appos" and appos.pos_ == "PROPN" and bool(appos.ent_type_) and beside


def _name_in_apposition(subject: Token) -> Token | None:
    """ "the rights group HRANA", "the Oslo-based group Iran Human Rights (IHR)", "the head
    of Kyiv's military administration, Tymur Tkachenko": the source by its name."""
    if subject.pos_ != "NOUN":
        return None
    named = next((c for c in subject.children if _named_right_after(subject, c)), None)
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    # "The activist group HRANA said": parsed as two subjects
    if named is None and after is not None and after.dep_ == "nsubj" and after.pos_ == "PROPN":
        named = after if after.head == subject.head else None
    if named is None and (is_person(subject) or subject.lemma_.lower() in _HEADS):
        # "the head of Kyiv's military administration, Tymur Tkachenko": the name may hang on
        # the place the person serves
        named = next(
            (
                t
                for t in subject.subtree
                if t.dep_ == "appos"
                and t.ent_type_ == "PERSON"
                and t.i > subject.i
                and t.doc[t.left_edge.i - 1].text == ","
            ),
            None,
        )
    return named


def _noun_phrase(first: Token, last: Token) -> str:
    words = first.doc[first.i : last.i + 1].text
    return re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.IGNORECASE)


NEARBY_TOKENS = 8
# the words of figures themselves ("months", "Tuesday") say nothing about what is measured
_FIGURE_WORDS = frozenset(lx.TIME_UNITS) | frozenset(WEEKDAYS) | frozenset(MONTHS)


def sentence_terms(sentence: Span) -> list[str]:
    """Content words of the sentence: what similar claims in other articles share."""
    return _content_lemmas(sentence)


def nearby_terms(sentence: Span, first: int, last: int) -> list[str]:
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


_STILL_VERBS = frozenset({"be", "hold", "leave", "remain", "keep", "stay"})
# verbs that hold what a deed before them did (see `_deed_of_its_own`)
_KEEPING_VERBS = _STILL_VERBS | {"have"}
_STAYING = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
# states people are left in that the model tags otherwise than as participles ("were still
# missing": a gerund)
_LEFT_STATES = frozenset({"missing", "unaccounted"})


def aboard(noun: Token | None, verb: Token | None, anchor: Token | None = None) -> bool:
    """ "750 people had been on board", "the 181 people on board", "44 passengers aboard": a
    craft's load, as "was carrying 750 people" is; so is a bare figure's ("Survivors say 86
    were aboard boat", `anchor` its subject)."""
    if noun is not None and anchor is not None and anchor not in noun.subtree:
        return False  # "Of the 310 people aboard, 150 were rescued": the set's, not the 150's
    # the subject of "be" is aboard, not of "have": "The three boats had 26 crew on board"
    own = _clause_of_subject(noun if noun is not None else anchor)
    # (a bare figure's own "on board": a headline's "Jet crashes in Ahmedabad; 241 on board")
    holders = [noun] if noun is not None else [anchor] if anchor is not None else []
    holders += [t for t in (own, verb) if t is not None and t.lemma_.lower() == "be"]
    if verb is not None and _said_with(noun, verb):
        holders.append(verb)  # "Ferry capsizes with 120 aboard"
    boarded = verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() == "board"
    if boarded and own == verb:
        return True  # "86 people had boarded the rubber boat"
    if (
        noun is None
        and verb is not None
        and puts_a_figure(verb, anchor)
        and _tally_put_on_board(verb)
    ):
        return True  # "putting the number on board at 192"
    return (
        any(_on_board(child) is not None for holder in holders for child in holder.children)
        or _had_by_a_craft(noun, verb)
        or any(
            _on_a_craft(c)
            for t in (own, verb)
            if t is not None and t.lemma_.lower() == "be"
            for c in t.children
        )
    )


def _on_a_craft(child: Token) -> bool:
    """ "65 people had been on the boat": where the subject was is a craft, which carried it."""
    return (
        child.dep_ == "prep"
        and child.lower_ in ("on", "in")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in lx.CRAFTS for g in child.children)
    )


def _said_with(noun: Token | None, verb: Token) -> bool:
    """Whether the verb's "with" phrase holds the figure ("sank with 120 aboard")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and (noun is None or g == noun) for g in c.children)
        for c in verb.children
    )


def _had_by_a_craft(noun: Token | None, verb: Token | None) -> bool:
    """ "The 984-foot ship had a crew of 21", "the plane had 150 passengers": what a craft
    has is its load."""
    return (
        noun is not None
        and verb is not None
        and verb.lemma_.lower() == "have"
        and noun.head == verb
        and noun.dep_ == "dobj"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in lx.CRAFTS for c in verb.children)
    )


def _on_board(child: Token) -> Token | None:
    """The word that says a holder's "aboard" or "on board", if the child says it."""
    if child.lower_ == "aboard" and child.dep_ in ("advmod", "prep"):
        return child
    if child.dep_ == "prep" and child.lower_ == "on":
        return next((g for g in child.children if g.dep_ == "pobj" and g.lower_ == "board"), None)
    return None


def on_board_or_ground(noun: Token | None, verb: Token | None) -> str | None:
    """ "kills 241 on board", "24 people on the ground were also killed", "241 on board
    killed" (the figure holding its place, no noun): a crash's dead on the craft and on the
    ground are two counts of its toll, each with its place."""
    for holder in (t for t in (noun, verb) if t is not None):
        for child in holder.children:
            board = _on_board(child)
            if board is not None and _bare(board):
                return lx.ON_BOARD
            if (
                child.dep_ == "prep"
                and child.lower_ == "on"
                and any(
                    g.dep_ == "pobj"
                    and g.lower_ == "ground"
                    and any(d.lower_ == "the" for d in g.children)
                    for g in child.children
                )
            ):
                return lx.ON_THE_GROUND
    return None


def _bare(word: Token) -> bool:
    """ "on board", not "on board the two pirate boats" (which the parse may hang apart)."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return not any(word.children) and (after is None or after.pos_ not in _PHRASE_STARTS)


_PHRASE_STARTS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})


def _clause_of_subject(noun: Token | None) -> Token | None:
    """The verb a noun is the subject of, if it is one."""
    return noun.head if noun is not None and noun.dep_ in _SUBJECTS else None


def without_state(
    noun: Token | None, verb: Token | None, anchor: Token | None = None
) -> str | None:
    """ "more than 3 million homes without power", "2.4 million customers remained without
    electricity", "were without power": a count of those lacking a service, one count however
    the clause says it ("without power", whatever the verb), falling as the service returns."""
    # the noun's own clause first: the parse may hang "Some 1 million Gazans are without
    # electricity" under the next clause's verb ("another 250,000 are without running water")
    own = _clause_of_subject(noun)
    # a bare figure may hold the state itself: "2 million still without power"; the verb's
    # is the figure's only where the figure is one of its own words ("Milton leaves 3 million
    # without power, at least 10 dead": not the 10)
    top = noun if noun is not None else anchor
    while top is not None and top.dep_ in ("nummod", "quantmod", "compound") and top.head != top:
        top = top.head
    joined = top is not None and top.dep_ == "conj" and top.head == verb
    verbs = [verb] if verb is not None and not joined else []
    holders = [t for t in (noun if noun is not None else anchor, own, *verbs) if t is not None]
    if verb is not None and verb.lemma_.lower() in ("leave", "be", "remain", "stay"):
        holders += [c for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp")]
    # "Storms knock out power to 400,000": a bare figure the service is cut to
    cut = _service_cut(noun if noun is not None else anchor, verb) or _outages_tallied(verb)
    if cut is not None:
        return f"without {cut}"
    for holder in holders:
        if any(_in_the_dark(prep) for prep in holder.children):
            return "without power"  # "about 2.5 million customers still in the dark"
        service = _service_lacked(holder)
        if service is not None:
            return f"without {service}"
    return None


def _service_lacked(holder: Token) -> str | None:
    """The service a word's "without" names: "without running water"."""
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ != "without":
            continue
        for lacked in prep.children:
            if lacked.dep_ == "pobj":
                service = lx.SERVICES.get(_with_compounds_text(lacked))
                if service is not None:
                    return service
    return None


# verbs that take a service away from those they are "to", or from their subject
_CUTTING_VERBS = frozenset({"knock", "cut", "shut", "lose"})


def _service_cut(noun: Token | None, verb: Token | None) -> str | None:
    """The service a verb takes from those counted: "knocked out power to more than 3 million
    homes", "cut electricity to 500,000 customers", "2 million customers lost power"."""
    if noun is None or verb is None or verb.lemma_.lower() not in _CUTTING_VERBS:
        return None
    served = noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head == verb
    losing = verb.lemma_.lower() == "lose" and noun.dep_ == "nsubj" and noun.head == verb
    if not (served or losing):
        return None
    lacked = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None if lacked is None else lx.SERVICES.get(_with_compounds_text(lacked))


def _outages_tallied(verb: Token | None) -> str | None:
    """ "Michigan storm outages fall to 150,000", "power outages peaked at 1.2 million": the
    outages' tally counts those without the service (power, unless another is named)."""
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in lx.CHANGE_VERBS and lemma not in lx.REACHING_VERBS and lemma != "peak":
        return None
    for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
        if subject.lemma_.lower() == "outage":
            named = (lx.SERVICES.get(c.lower_) for c in subject.children if c.dep_ == "compound")
            return next(filter(None, named), "power")
    return None


def _in_the_dark(prep: Token) -> bool:
    """ "still in the dark": without power."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ == "dark" for c in prep.children)
    )


def _with_compounds_text(noun: Token) -> str:
    """ "running water", "power": the noun with the words before it that name it."""
    words = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    return " ".join([*(w.lower_ for w in words), noun.lemma_.lower()])


def is_remainder(noun: Token | None, verb: Token | None, anchor: Token | None = None) -> bool:
    """What is left of a set: "24 hostages still held", "are still in Gaza", "leaving 20 still
    in Gaza" (not "left 24 dead", nor "intercepted the remaining three skiffs": the others;
    nor a share of it, "free 33 of the 98 hostages it still holds": the 98 are left)."""
    share_of_it = noun is not None and noun.head.lower_ == "of" and noun.head.head == anchor
    # a noun the figure borrows from another clause says nothing of the figure's own state
    # ("1,100 inmates ... are still at large, ... after about 400 were caught")
    own_noun = noun is not None and (anchor is None or anchor in noun.subtree)
    # "the 98 hostages it still holds": the relative clause says what is left too
    if (
        noun is not None
        and own_noun
        and not share_of_it
        and any(c.dep_ in ("acl", "relcl") and _says_left(c) for c in noun.children)
    ):
        return True  # "the 98 hostages it still holds", "13 miners who remain trapped"
    counted = noun if own_noun else anchor
    if counted is not None and _still_in_a_left_state(counted):
        return True  # "with 72 still unaccounted for", however the parse hangs it
    if counted is not None and _subject_still_there(counted):
        return True  # "89 prisoners are still on the run, police said": the saying's clause
    if verb is None:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _STAYING for c in verb.children):
        # "100 people remained hospitalized": read as a passive (the lemma stays "remained")
        return True
    # "with 66 people still hospitalized": the parse may read the participle as a past tense
    absolute = any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
    participle = verb.tag_ == "VBN" or (absolute and verb.tag_ == "VBD")
    left_in_a_state = (participle or verb.lower_ in _LEFT_STATES) and _says_still(verb)
    subject = noun if noun is not None else anchor
    if (
        left_in_a_state
        and subject is not None
        and subject.head == verb
        and subject.dep_ in _SUBJECTS
    ):
        # "with 21 miners still trapped", "102 people were still missing", "100 still
        # missing": a state they are left in
        return True
    if verb.lemma_.lower() not in _STILL_VERBS:
        return False
    if noun is not None and verb.lemma_.lower() in _HOLDING_THE_REST and _the_others(noun):
        return True  # "holding back the remains of the other 19 dead hostages"
    # not "it still holds in exchange for about 1,000 prisoners": those are given
    return _says_still(verb) and not _given_in_return(noun, verb)


# what holds the rest of a set: "holding the remaining 19 hostages"
_HOLDING_THE_REST = frozenset({"hold", "keep"})


def _the_others(noun: Token) -> bool:
    """ "the other 19 dead hostages", "the remaining 19": the rest of a set."""
    return any(c.dep_ == "amod" and c.lower_ in ("other", "remaining") for c in noun.children)


def _still_in_a_left_state(counted: Token) -> bool:
    doc, i = counted.doc, counted.i
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "still":
        return False
    if doc[i + 2].lower_ in _LEFT_STATES:
        return True
    # "Hamas hands over remains of four hostages; 24 still in Gaza": left where they were held
    return (
        doc[i + 2].lower_ in ("in", "inside")
        and i + 3 < len(doc)
        and doc[i + 3].ent_type_ in ("GPE", "LOC")
    )


def _subject_still_there(counted: Token) -> bool:
    """The subject of "are still ...", which the parse may hang under a saying: what is left
    (or past a dateline it read as the subject: "KARACHI (Reuters) - 89 prisoners ... are still
    on the run")."""
    subject = counted.head if counted.dep_ == "appos" else counted
    if subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head  # "The remains of 13 deceased hostages are still in Gaza"
    copula = subject.head
    return (
        subject.dep_ == "nsubj"
        and copula.pos_ == "AUX"
        and copula.lemma_ == "be"
        and _says_still(copula)
    )


def _says_left(verb: Token) -> bool:
    """ "it still holds", "who remain trapped" (not "whose names remain unreleased")."""
    if _says_still(verb):
        return True
    who = any(c.dep_ in _SUBJECTS and c.lower_ in ("who", "that", "which") for c in verb.children)
    return verb.lemma_.lower() == "remain" and verb.dep_ == "relcl" and who


def _says_still(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


def predicate_of(anchor: Token, noun: Token | None) -> Token | None:
    """The verb of the figure's clause; none for the set a share of casualties is of:
    "killing 179 of the 181 people on board" killed 179, not 181 (whereas "won 18 of its next
    23 games" and "married the first of her three husbands" still say what the set is of)."""
    word = noun if noun is not None else anchor
    verb = governing_verb(word)
    if verb is not None:
        verb = _tallied_deed(_raised_deed(verb))
    if verb is not None and _is_to_be_done(verb) and word.dep_ in _SUBJECTS:
        # "33 hostages are to be released": released, the subject's "are" says it is planned
        verb = _to_be_done(verb)
    if verb is not None and _given_in_return(word, verb):
        # "free 33 of the 98 hostages it still holds in exchange for about 1,000 prisoners":
        # the parse hangs the swap's other side on "holds"; it is what the swap frees
        verb = next((v for v in verb.ancestors if v.lemma_.lower() in lx.HANDOVER_VERBS), verb)
    worth = _deed_of_what_is_worth(anchor)
    if worth is not None:
        return worth
    left = _left_in_a_state_of_their_own(word, verb)
    if left is not None:
        return left  # "left at least 300 people dead and 1,000 injured", misparsed: left
    own = _own_participle_of(noun if noun is not None else _figure_as_people(anchor))
    if own is not None and _a_set_the_verb_took_from(anchor, noun, verb):
        own = None  # "identified 40 of the 131 people killed": the set's deed, not the 40's
    staying = verb is not None and verb.lemma_.lower() in _STAYING
    if own is not None and staying and _fronted_set_noun(noun, anchor):
        # "Of the 251 people seized ..., 76 remain in Gaza": the 76 remain, where they are now
        # (but "Out of 23 arrested pirates, 12 are reportedly from Somalia" are arrested, and
        # "Of the prisoners released on Tuesday, 280 had been serving life sentences" released)
        own = None
    if own is not None and own.dep_ == "relcl" and is_remainder(noun, verb, anchor):
        own = None  # "The remains of 28 hostages who died in captivity are still in Gaza"
    # a relative clause is theirs whatever the verb: "displaced, in addition to the 3.2 million
    # who have fled"; a bare participle yields to a deed that befell them ("released 137
    # pupils kidnapped": released)
    # a deed done to them outright outweighs their clause: "Kidnappers have released 137 pupils
    # who were abducted" were released
    done_to = word.dep_ == "dobj" and word.head == verb and _a_deed_of_its_own(verb)
    if own is not None and word.dep_ == "conj" and word.head == verb and own.i == word.i + 1:
        return own  # "Ten people were killed and at least 50 injured": the 50's own participle
    if own is not None and ((own.dep_ == "relcl" and not done_to) or not _a_deed_of_its_own(verb)):
        return own  # "searching for the 287 pupils abducted from their school": abducted
    if own is None and noun is not None and _whole_of_a_counted_share(word, anchor):
        # "Six of the seven officers charged with murder pleaded not guilty": the six pleaded,
        # the seven were charged
        own = next((c for c in noun.rights if _done_to_the_whole(c)), None)
    if own is not None and _whole_of_a_counted_share(word, anchor):
        return own  # "Gunmen free 7 of 15 bus passengers abducted": the 15 were abducted
    if own is not None and _owner_after_of(word):
        # "freed the Haitian driver of two U.S. missionaries abducted on Sunday": the verb's
        # object is the driver; the missionaries were abducted
        return own
    if _a_fronted_set(anchor) or _set_of_none(anchor):
        return None  # "Of the 275 bodies, 88 had been identified": the 88 were identified
    share_done = _share_done(word)
    if share_done is not None:
        return share_done  # "said the blaze was 0% contained": contained
    if verb is not None and noun is not None and verb.lemma_.lower() in lx.REPORTING_VERBS:
        # "with 617 cases recorded since mid-February, officials said": what befell the
        # things counted, not the saying the parse hangs them on
        done = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if done is not None:
            return done
    share = word.head.head
    in_words = _a_share_word(share)  # "half of the 300 passengers were rescued": not all 300
    of_a_share = (
        word.dep_ == "pobj"
        and word.head.lower_ == "of"
        and (share.like_num or in_words or _counted_of_a_set(share))
    )
    of_a_percentage = word.dep_ == "pobj" and word.head.lower_ == "of" and share.lower_ in _PERCENT
    if of_a_percentage and share != anchor:
        own_clause = next(
            (
                c
                for c in word.children
                if c.dep_ == "relcl" and c.pos_ == "VERB" and _relative_subject(c)
            ),
            None,
        )
        if own_clause is not None:
            return own_clause  # "approved by 57 percent of the 48,000 workers who voted"
    if of_a_share and share != anchor and verb is not None:
        still = next((c for c in word.children if c.dep_ == "relcl" and _says_still(c)), None)
        if still is not None:
            return still  # "free 33 of the 98 hostages it still holds": the 98 are held
        if in_words:
            return None
        # nor are all of a set freed when part of it is ("Nearly 100 of the 132 foreign
        # workers had been freed")
        harmed = _category_of_verb(verb) in ("killed", "injured")
        return None if harmed or verb.lemma_.lower() in lx.HANDOVER_VERBS else verb
    return verb


_PERCENT = frozenset({"percent", "per", "%"})


def _fronted_set_noun(noun: Token | None, anchor: Token) -> bool:
    """The noun of a set put before its share, which the share counts ("Of the 251 people
    seized in the attack, 76 remain"): what befell the set is not the share's deed."""
    return (
        noun is not None
        and noun.i < anchor.i
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.i < noun.i
        and anchor.dep_ in _SUBJECTS
    )


def _left_in_a_state_of_their_own(word: Token, verb: Token | None) -> Token | None:
    """The "left" of "The quake left at least 300 people dead and 1,000 injured", which the parse
    may read as "people injured" under "left": people an adjective of their own puts in
    another state than the participle the parse hangs them on were left so."""
    if verb is None or word.dep_ not in _SUBJECTS or word.head != verb:
        return None
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() != "leave":
        return None
    states = {_category_of_verb(c) for c in word.children if c.dep_ == "amod"}
    own = states & set(lx.CATEGORY_TRIGGERS)
    return verb.head if own and _category_of_verb(verb) not in own else None


def _done_to_the_whole(word: Token) -> bool:
    """A participle beside a noun: "the seven officers charged with murder", "382 of the 479
    drones and missiles launched"."""
    return word.dep_ == "acl" and word.tag_ == "VBN"


def _whole_of_a_counted_share(word: Token, anchor: Token) -> bool:
    """The set after "of" that another figure takes a share of ("7 of 15 passengers": the 15's,
    not the 7's)."""
    of = word.head
    return word.dep_ == "pobj" and of.lower_ == "of" and of.head.like_num and of.head != anchor


def _owner_after_of(word: Token) -> bool:
    """A counted noun after the "of" of another noun that is no figure nor share ("the driver
    of two missionaries"): whose it is, not what the clause's verb befell."""
    of = word.head
    owner = of.head
    return (
        word.dep_ == "pobj"
        and of.lower_ == "of"
        and owner.pos_ == "NOUN"
        and not owner.like_num
        and not _a_share_word(owner)
        and owner.lemma_.lower() not in TALLY_NOUNS
    )


def _counted_of_a_set(noun: Token) -> bool:
    """A counted noun the set it is "out of" hangs on ("killed 12 people out of 20 cases",
    see `nlp.with_out_of_sets_mended`)."""
    out_of = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "out" for g in c.children)
        for c in noun.children
    )
    return out_of and any(c.dep_ == "nummod" for c in noun.children)


def _a_set_the_verb_took_from(anchor: Token, noun: Token | None, verb: Token | None) -> bool:
    """ "Forensic teams have identified 40 of the 131 people killed", "Nearly 100 of the 132
    workers who were kidnapped had been freed": the figure is what the verb did to part of a
    set whose own participle says what befell all of it."""
    return (
        noun is not None
        and verb is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head == anchor
        and anchor.dep_ in ("dobj", "nsubjpass")
        and anchor.head == verb
    )


def _deed_of_what_is_worth(anchor: Token) -> Token | None:
    """ "the gems stolen in Sunday's raid were worth about 9 million pounds": the sum is of
    what was stolen, as "stole jewels worth 8.5 million pounds" is (not of the saying)."""
    worth = next((a for a in itertools.islice(anchor.ancestors, 3) if a.lower_ == "worth"), None)
    if worth is None or worth.dep_ != "acomp" or worth.head.lemma_.lower() != "be":
        return None
    subject = next((c for c in worth.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)


# verbs that, passive, raise the subject of a deed they report or plan: "1,000 structures are
# believed to have been destroyed", "50 people were reported to have been injured", "33 hostages
# are expected to be freed" (the plan's mood is the deed's, see `mood_of`)
_RAISING_BELIEFS = frozenset(
    {"believe", "think", "say", "report", "know", "understand", "estimate", "presume", "fear"}
    | {"expect", "schedule", "set", "slate", "plan"}
)


# verbs whose subject does the deed of their complement: "Forty-three girls had managed to
# escape" escaped, "40 people continued to stay in shelters" stayed
_CARRYING_OUT = frozenset({"manage", "continue", "begin", "start"})


def _raised_deed(verb: Token) -> Token:
    """The deed of "are believed to have been destroyed" (destroyed), not the belief: its
    subject is what the deed befell; the deed of "managed to escape" (escaped); the verb
    itself otherwise."""
    if verb.lemma_.lower() in _CARRYING_OUT:
        if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
            return verb  # "will start to feel the heat": the plan is said on the verb
        done = (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
        return next(done, verb)
    if verb.lemma_.lower() not in _RAISING_BELIEFS or verb.tag_ != "VBN":
        return verb
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return verb
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp"
            # (or a "be" of being aboard: "are believed to have been on board")
            and (c.pos_ == "VERB" or (c.lemma_.lower() == "be" and _says_aboard(c)))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        verb,
    )


def _says_aboard(verb: Token) -> bool:
    return any(_on_board(child) is not None for child in verb.children)


def _tallied_deed(verb: Token) -> Token:
    """The deed a tally counts, not the tally's rise: "The number of structures destroyed rose
    to 112" (destroyed), as "destroyed 140 structures" says it; so the tally a verb moves:
    "That brought to 58 the number of hostages freed" (freed); the verb itself otherwise."""
    moves = verb.lemma_.lower() in _TALLY_RAISERS
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            deed = next((t for t in _tallied(child) if t.pos_ == "VERB" and t.tag_ == "VBN"), None)
            if deed is not None or not moves:
                return deed if deed is not None else verb
        elif moves and child.dep_ == "dobj":
            # not "bring the total reported so far to 577": a report is no deed
            deed = next(
                (
                    t
                    for t in _tallied(child)
                    if t.pos_ == "VERB"
                    and t.tag_ == "VBN"
                    and t.lemma_.lower() not in lx.REPORTING_VERBS
                ),
                None,
            )
            if deed is not None:
                return deed
    misread = _tally_read_as_a_clause(verb) if moves else None
    return misread if misread is not None else verb


def _tally_read_as_a_clause(verb: Token) -> Token | None:
    """ "brought to 5,957 the number of Ukrainians returned home": the parse makes the deed
    a clause of its own, the tally its subject; the deed, then."""
    for clause in verb.children:
        if clause.dep_ in ("advcl", "ccomp") and clause.tag_ in ("VBD", "VBN"):
            tallies = (c for c in clause.children if c.dep_ == "nsubj" and c.i > verb.i)
            if any(c.lemma_.lower() in TALLY_NOUNS for c in tallies):
                return clause
    return None


def _share_done(word: Token) -> Token | None:
    """The participle after a share that says how far something is done ("was 0% contained",
    "is 40% complete" has no participle): the share's deed, not the verb of the clause."""
    if word.like_num and word.dep_ == "nummod":
        word = word.head  # "0" of "0%"
    if word.lower_ not in ("%", "percent"):
        return None
    return next(
        (c for c in word.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == word.i + 1),
        None,
    )


def deed_lemma(deed: Token) -> str:
    """The deed's verb as one word; "found guilty" is "convict", as "convicted on three counts"
    says it."""
    lemma = _TAKEN_ADJECTIVES.get(deed.lower_, deed.lemma_.lower())
    if lemma == "find" and any(
        c.lower_ == "guilty" and c.dep_ in ("acomp", "oprd", "ccomp", "xcomp")
        for c in deed.children
    ):
        return "convict"
    if lemma == "plead" and any(
        c.dep_ == "acomp" and c.lower_ == "guilty" and any(n.dep_ == "neg" for n in c.children)
        for c in deed.children
    ):
        return "deny"  # "Six officers pleaded not guilty" is no plea of guilt
    if lemma in ("go", "walk") and _a_walkout(deed):
        return "strike"
    if lemma in _BEING and _on_strike(deed):
        return "strike"  # "About 33,000 workers had been on strike since Sept. 13"
    if lemma in _BRINGING_OUT and any(
        c.lower_ == "alive" for c in (*deed.children, *_objects_of(deed))
    ):
        # "Rescuers have brought 363 people out of the mine alive", "pulled five people alive
        # from the rubble" (the parse may hang "alive" on the people)
        return "rescue"
    if lemma == "vote" and any(c.dep_ == "prep" and c.lower_ == "against" for c in deed.children):
        return "oppose"  # "112 Republicans voted against it", "with 101 Republicans opposed"
    if lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "off" for c in deed.children):
        return "steal"  # "made off with $137-million of diamonds"
    if lemma == "lay" and any(c.dep_ == "prt" and c.lower_ == "off" for c in deed.children):
        return "cut"  # "would lay off about 14,000 people", as "cut 14,500 jobs"
    if lemma == "make" and any(c.dep_ == "dobj" and c.lower_ == "landfall" for c in deed.children):
        return "landfall"  # "made landfall in Jamaica on Tuesday"
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in deed.children):
        return "begin"  # "a ceasefire that took effect on April 7", as "began on April 6"
    if lemma in lx.CHANGE_VERBS or lemma in lx.REACHING_VERBS or lemma == "estimate":
        # "cancellations had climbed to more than 3,100 flights": flights cancelled; "losses
        # were estimated at 2.3 billion yuan": lost
        named = next((c for c in deed.children if c.dep_ in _SUBJECTS), None)
        if named is not None and named.lemma_.lower() in lx.NOMINAL_DEEDS:
            return lx.NOMINAL_DEEDS[named.lemma_.lower()]
    return lemma


def nominal_deed(noun: Token | None) -> str | None:
    """ "forced the postponement of more than 1,100 surgeries": the surgeries were postponed,
    as "1,500 operations postponed" says it (the verb of the clause only forced it)."""
    if noun is None:
        return None
    noun = _first_listed(noun)  # "of 1,100 surgeries and 2,000 appointments"
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children):
        return None  # "the evacuation of 24 soldiers who were injured": injured
    return lx.NOMINAL_DEEDS.get(noun.head.head.lemma_.lower())


def _objects_of(verb: Token) -> Iterator[Token]:
    """The words below a verb's direct objects."""
    return (g for c in verb.children if c.dep_ == "dobj" for g in c.children)


# verbs that, with "alive", say people were rescued: "pulled two people alive from the rubble"
_BRINGING_OUT = frozenset({"bring", "pull", "get", "carry", "lift", "dig", "take", "find"})


# verbs of a state one is in: "were on strike", "remained on strike"
_BEING = frozenset({"be", "remain", "stay"})


def _on_strike(verb: Token) -> bool:
    """ "went on strike", "had been on strike": a strike named after the verb's "on"."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() == "strike"
        for c in verb.children
        if c.lower_ == "on" and c.dep_ in ("prep", "prt", "advmod")
        for g in c.children
    )


def _a_walkout(verb: Token) -> bool:
    """ "went on strike", "walked off the job", "walked out" where a strike is named: one
    deed, a strike, however worded (not "walked out at 3:33 a.m.")."""

    def objects(word: str) -> set[str]:
        return {
            g.lemma_.lower()
            for c in verb.children
            if c.lower_ == word and c.dep_ in ("prep", "prt", "advmod")
            for g in c.children
            if g.dep_ == "pobj"
        }

    if verb.lemma_.lower() == "go":
        return _on_strike(verb)
    if objects("off") & {"job", "work"}:
        return True
    out = any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in verb.children)
    return out and any(t.lemma_.lower() in ("strike", "walkout") for t in verb.sent)


# words for a share of a set: "half of the 300 passengers", "most of the 1,200 residents"
_SHARE_WORDS = frozenset(
    {
        "half", "third", "quarter", "fifth", "tenth", "two-thirds", "majority", "most", "bulk",
        "many", "some", "few",
    }
)  # fmt: skip


def _whole_of(word: Token) -> Token | None:
    """The noun after a word's "of": "half of the 300 passengers" -> passengers."""
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _a_share_word(word: Token) -> bool:
    """ "half of the 300 passengers", "many of its 400 articles": a share of a set the figure
    counts (not "a majority of 160", the share's own size, nor "a quarter of a century")."""
    if word.lemma_.lower() not in _SHARE_WORDS or word.pos_ not in ("NOUN", "ADJ", "PRON", "DET"):
        return False
    whole = _whole_of(word)
    return whole is not None and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an"))
        for c in whole.children
    )


# verbs that say what befell people as a participle after them does: "released 137 pupils
# kidnapped from a school" released them
_FATE_VERBS = lx.HANDOVER_VERBS | {"rescue", "return", "evacuate"}


def _a_deed_of_its_own(verb: Token | None) -> bool:
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return lemma in lx.TRIGGER_WORDS or lemma in _FATE_VERBS


_OWN_DEEDS = lx.TRIGGER_WORDS | lx.HANDOVER_VERBS | {"rescue"}  # "All 12 boys ... rescued"


def _own_participle_of(noun: Token | None) -> Token | None:
    """A participle beside the counted people that says what befell them ("the 19 people killed
    in Friday's strike", "the 287 pupils abducted", "287 kidnapped pupils", "the 33 hostages freed
    under the deal"), or a clause of theirs ("the 3.2 million who have fled the country"): their
    deed, whatever the clause around it did ("mourned", "searched for", "said")."""
    if noun is None or not (is_person(noun) or noun.like_num):
        return None
    return next(
        (
            c
            for holder in (noun, *_boards(noun))
            for c in holder.children
            if (
                (
                    ((c.dep_ == "acl" and c.i > holder.i) or (c.dep_ == "amod" and c.i < holder.i))
                    and (
                        c.tag_ == "VBN"
                        or (c.dep_ == "acl" and c.tag_ == "VBD")
                        # "two of 17 kidnapped missionaries": tagged an adjective
                        or (c.dep_ == "amod" and c.lower_ in _TAKEN_ADJECTIVES)
                    )
                )
                or (c.dep_ == "relcl" and _relative_subject(c) and c.tag_ in ("VBN", "VBD"))
            )
            and (
                c.lemma_.lower() in _OWN_DEEDS
                or c.lower_ in _OWN_DEEDS
                or c.lower_ in _TAKEN_ADJECTIVES
            )
        ),
        # "for the eight children and a guard killed": hung on the last noun listed
        next((c for c in _participle_after_a_list(noun) if c.lemma_.lower() in _OWN_DEEDS), None),
    )


# participles of taking people the tagger reads as adjectives, and their verbs
_TAKEN_ADJECTIVES = {"kidnapped": "kidnap", "abducted": "abduct"}


def _boards(counted: Token) -> list[Token]:
    """ "241 on board killed": the parse hangs the participle on "board"."""
    return [
        board
        for on in counted.children
        if on.dep_ == "prep" and on.lower_ == "on"
        for board in on.children
        if board.dep_ == "pobj" and board.lower_ == "board"
    ]


def _relative_subject(clause: Token) -> bool:
    """ "who have fled", "that were destroyed": the clause's subject is the noun it follows, and
    what it says befell them; not a deed they did to someone ("one of the paramedics who
    treated Kathina", "the one that killed the girl"), though what they left is no one
    ("who have fled the country")."""
    relative = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which")
        for c in clause.children
    )
    did_to_someone = clause.lemma_.lower() not in _LEAVING_VERBS and any(
        c.dep_ == "dobj" for c in clause.children
    )
    return relative and not did_to_someone


_LEAVING_VERBS = frozenset({"flee", "leave", "cross", "escape", "abandon"})


def _figure_as_people(anchor: Token) -> Token | None:
    """A figure standing for whom it counts, with no noun: "6.5 million displaced inside
    Ukraine", "the 3.2 million who have fled"."""
    head = anchor.head if anchor.dep_ == "compound" and anchor.head.like_num else anchor
    return head if head.dep_ not in ("nummod", "compound", "quantmod") else None


_COMPASS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "-",
        "due",
        "nne",
        "nnw",
        "ene",
        "ese",
        "sse",
        "ssw",
        "wsw",
        "wnw",
    }
)
_BELOW = frozenset({"below", "beneath", "underground", "deep", "down"})


def distance_reference(doc: Doc, first: int, last: int) -> tuple[str, str | None] | None:
    """What a length measures when the words around it say: "a depth of 1.2 miles" and "one
    mile below ground level" a depth; "14 miles north-northeast of Healdsburg", "seven miles
    from Anderson Springs", "85 miles (135 kilometers) from Papua's main city of Manokwari" a
    distance from the place named (none named: nothing to say)."""
    before = {t.lower_ for t in doc[max(0, first - 3) : first]}
    after = last + 1
    if "depth" in before or (after < len(doc) and doc[after].lower_ in _BELOW):
        return "depth", None
    if after < len(doc) and doc[after].text == "(":  # "85 miles (135 kilometers) from"
        closing = next((t.i for t in doc[after : after + 6] if t.text == ")"), None)
        after = closing + 1 if closing is not None else after
    elif after < len(doc) and doc[after].text == ")":  # "(135 kilometers) from"
        after += 1
    bearing = after
    while after < len(doc) and doc[after].lower_ in _COMPASS:
        after += 1
    if after >= len(doc) or doc[after].lower_ not in ("of", "from"):
        return None
    if after == bearing and doc[after].lower_ != "from":
        return None  # "20 miles of road": no bearing, no distance
    name = _last_name_of_phrase(doc, after + 1)
    if name is None:
        return None  # "25 miles south of the quake": from nowhere another report names
    return "distance", _place_name(name)


def _last_name_of_phrase(doc: Doc, start: int) -> str | None:
    """The last run of proper nouns in the noun phrase from `start`: "the main city of
    Manokwari" -> Manokwari, "Papua's main city of Manokwari" -> Manokwari."""
    run: list[str] = []
    last: list[str] = []
    for token in doc[start : start + 8]:
        if token.pos_ == "PROPN":
            run.append(token.text)
            last = run
            continue
        run = []
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PART") and token.lower_ != "of":
            break
    return " ".join(last) or None


# a sum's deal, when a noun names it: "the $13 billion acquisition of EDS", "the $19 billion
# purchase of Compaq", "a takeover worth $5 billion"
DEAL_NOUNS = frozenset({"acquisition", "purchase", "takeover", "buyout", "merger"})


def deal_of(anchor: Token) -> str | None:
    """The deal a sum is the price of, where a noun says it: the sum modifies it ("the $13
    billion acquisition"), or the deal is valued at it ("values the acquisition at $13.9
    billion"); the clause's verb ("will help") says nothing of what the sum is."""
    head = anchor.head
    if anchor.dep_ in ("nummod", "compound", "amod", "nmod") and head.lemma_.lower() in DEAL_NOUNS:
        return head.lemma_.lower()
    if anchor.dep_ == "pobj" and head.lower_ in ("at", "for") and head.head.pos_ == "VERB":
        deals = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
        for deal in deals:
            if deal.lemma_.lower() in DEAL_NOUNS:
                return deal.lemma_.lower()
    return None


# sums imposed as a punishment, and what is done to one once it is imposed: "would appeal
# the European Union's fine of nearly 800 million euros" (the fine is done; the appeal planned)
_PENALTY_NOUNS = frozenset({"fine", "penalty"})
_DONE_TO_A_PENALTY = frozenset(
    {"appeal", "challenge", "contest", "fight", "pay", "overturn", "uphold", "reduce", "cut"}
)


def penalty_imposed(anchor: Token, verb: Token | None) -> str | None:
    """The penalty a sum is of ("a fine of 800 million euros", "the $841 million EU fine"),
    when the clause does something to it once imposed: the sum is that penalty's, as the
    penalty's verb ("fined Meta 798 million euros") gives it."""
    word = anchor
    for _ in range(4):  # up the sum's own words: "nearly 800 million euros, or about $841 million"
        if word.dep_ not in ("nummod", "compound", "quantmod", "conj") or word.head == word:
            break
        if word.head.lemma_.lower() in _PENALTY_NOUNS:
            break
        word = word.head
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif word.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return None
    if head.lemma_.lower() not in _PENALTY_NOUNS or verb is None:
        return None
    return head.lemma_.lower() if verb.lemma_.lower() in _DONE_TO_A_PENALTY else None


def measured_thing(unit_token: Token) -> str | None:
    """What a duration or measure is of: "15 months of war" -> war, "42-day phase" -> phase."""
    for child in unit_token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj.lemma_.lower()
    head = unit_token.head
    if unit_token.dep_ in ("compound", "amod", "nmod", "npadvmod") and head.pos_ == "NOUN":
        if head.lemma_.lower() in lx.TIME_UNITS:
            return None  # "1hr 4 mins": the span's own smaller unit
        return head.lemma_.lower()
    lasted = _what_lasted(unit_token)
    return lasted.lemma_.lower() if lasted is not None else None


def _what_lasted(unit_token: Token) -> Token | None:
    """ "The standoff lasted 10 hours", "a siege that lasted more than seven hours": the thing
    whose span the verb gives (as "the nine-hour siege" gives it)."""
    verb = unit_token.head
    if verb.lemma_.lower() != "last" or unit_token.dep_ not in ("dobj", "npadvmod"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "a siege that lasted ...", "The siege, which lasted ..."
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def multiplied_thing(times: Token) -> str | None:
    """What "N times" multiplies: "five times the legal limit" -> limit, "three times longer"
    -> longer, "five times as many wins" -> win (read from the words: the parse hangs "times"
    many ways); "four times that of ..." names nothing."""
    doc = times.doc
    end = times.sent.end
    at = times.i + 1
    if at < end and doc[at].tag_ in lx.COMPARATIVE_TAGS:
        return doc[at].lower_  # "three times longer than ...": longer
    if at + 1 < end and doc[at].lower_ == "as":
        if doc[at + 1].lower_ not in ("many", "much"):
            return doc[at + 1].lower_  # "three times as long": long
        at += 2  # "five times as many wins"
        return noun_lemma(doc[at]) if at < end and doc[at].pos_ == "NOUN" else None
    for token in doc[at : min(end, at + 5)]:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
            return noun_lemma(token)  # "the industry standard": standard
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            break  # "that of ...", "what it was"
    return None


TURNOUT = "turnout"
_VOTERS = frozenset({"voter", "electorate", "elector"})
_VOTING_VERBS = frozenset({"vote", "cast", "participate", "turn"})
# a share said as what it makes of a whole: "2.44 million people, accounting for 88.41 percent
# of the eligible voters, cast their ballots"
_MAKING_UP = frozenset({"account", "represent", "make"})


def _votes_cast(share: Token, verb: Token) -> bool:
    """A share of the voters who voted is the turnout: "90 per cent of eligible voters had
    participated", "people, accounting for some 88.41 percent of the country's eligible voters,
    cast their ballots". Not a vote for someone: "52% of voters voted for Obama"."""
    whole = _whole_of(share)
    if whole is None or whole.lemma_.lower() not in _VOTERS:
        return False
    if verb.lemma_.lower() in _MAKING_UP and verb.dep_ in ("acl", "advcl"):
        verb = governing_verb(verb.head) or verb
    return verb.lemma_.lower() in _VOTING_VERBS and not any(
        c.dep_ == "prep" and c.lower_ in ("for", "against") for c in verb.children
    )


# levels a percentage names before it: "a turnout of 52%", "an unemployment rate of 3.7%"
_RATE_NOUNS = frozenset({"turnout", "unemployment", "inflation", "approval", "containment"})
# verbs a rate is said with, besides those of change and standing: "inflation ticked up to 2%",
# "see inflation averaging 2.0% this year", "hovered at 2.1%", "running at 3%"
_RATE_VERBS = frozenset({"tick", "average", "hover", "run"})
CONTAINMENT = "containment"


def rate_subject(anchor: Token) -> str | None:
    """What a percentage is the level or change of, when its verb's subject names it:
    "unemployment rising to 4.4%", "the rate would rise to 4.4%", "inflation was 8.3%",
    "consumer prices rose 8.3%" (a name, "the S&P 500 fell 0.8%", is who, not what)."""
    share = _phrase_head(anchor)
    before = share.head if share.dep_ == "pobj" and share.head.lower_ in ("of", "at") else None
    if before is not None and before.head.lemma_.lower() in _RATE_NOUNS:
        return noun_lemma(before.head)  # "on a turnout of about 52%", "turnout at 51.8%"
    if share.dep_ in ("npadvmod", "nsubj") and share.head.lemma_.lower() == "contain":
        return CONTAINMENT  # "was 10% contained", "had the fire 45% contained": a fire's
    if share.dep_ == "attr" and share.head.lemma_.lower() == "be":
        verb: Token | None = share.head  # "said that turnout was almost 90%" (a clause's copula)
    else:
        verb = governing_verb(anchor)
    if verb is None:
        return None
    if _votes_cast(share, verb):
        return TURNOUT  # "90 per cent of eligible voters had participated"
    lemma = verb.lemma_.lower()
    if (
        lemma not in lx.CHANGE_VERBS | _STANDING_VERBS | _STATE_VERBS | _RATE_VERBS
        and not _closed_up(verb)
    ):
        return None
    changed = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if changed is not None and noun_lemma(changed) in _RATE_NOUNS | {"rate"}:
        return noun_lemma(changed)  # "cut its deposit rate by a quarter point to 2.0%"
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "show its key rate reaching 4.4%"
    if subject is not None and subject.lower_ in _RATE_NOUNS:
        return subject.lower_  # "Turnout was about 60%", its first word tagged a name
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in TALLY_NOUNS:
        return None
    # a common noun the model took for a person is no name: "Turnout was 93.87 percent"
    named = subject.ent_type_ not in ("", "PERSON")
    if named or subject == share:
        return None  # "55 percent of voice traffic was out": the figure, not what it is of
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in share.children):
        return None  # "Meta's decision to cut 11,000 jobs, about 13% of its workforce, fell"
    return noun_lemma(subject)


def _closed_up(verb: Token) -> bool:
    """ "shares closed up 13 percent", "ended down 2%": a day's change said by its close."""
    return verb.lemma_.lower() in ("close", "end", "finish") and any(
        c.dep_ == "advmod" and c.lower_ in ("up", "down", "higher", "lower") for c in verb.children
    )


def rate_owners(anchor: Token) -> list[str]:
    """Whose the thing a percentage is the change or level of is, when a name says it: "Revenue
    at its Intelligent Cloud unit grew 20%", "Microsoft's revenue rose 18%" (a company's and
    each unit's rates are their own, not one rate in conflict)."""
    verb = governing_verb(anchor)
    if verb is None or verb.lemma_.lower() not in lx.CHANGE_VERBS | _STANDING_VERBS:
        return []
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN":
        return []
    for child in subject.children:
        if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN":
            return [name_of(child)]
        if child.dep_ == "prep" and child.lower_ in ("at", "of", "from"):
            for unit in (g for g in child.children if g.dep_ == "pobj"):
                named = unit if unit.pos_ == "PROPN" else None
                named = named or next(
                    (c for c in unit.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None
                )
                if named is not None:
                    return [name_of(named)]
    return []


# what a lead is counted in, and the words for a lead
_SCORING_UNITS = frozenset({"point", "goal", "run", "stroke"})
_MARGIN_NOUNS = frozenset({"lead", "margin", "advantage", "deficit", "cushion"})
_MARGIN_VERBS = frozenset({"lead", "trail", "win", "lose"})
MARGIN = "margin"


def is_a_margin(noun: Token) -> bool:
    """Points (goals, runs) by which one side is ahead, not points scored: "a lead of 12
    points", "Creighton's lead grew as great as 9 points", "cut the lead to 3 points", "led
    by 15 points", "won by 15 points", "pulled within three points"."""
    if noun_lemma(noun) not in _SCORING_UNITS or noun.dep_ != "pobj":
        return False
    preposition = noun.head
    above = preposition.head
    if above.pos_ == "NOUN":
        return above.lemma_.lower() in _MARGIN_NOUNS  # "a lead of 12 points"
    verb = governing_verb(preposition)
    if verb is None:
        return False
    if preposition.lower_ == "by" and verb.lemma_.lower() in _MARGIN_VERBS:
        return True  # "led by 15 points"
    if preposition.lower_ == "within":
        return True  # "pulled within three points"
    return any(
        c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in _MARGIN_NOUNS for c in verb.children
    )


def people_shared(anchor: Token) -> str | None:
    """Whom a percentage is a share of, when its "of" names people or a set it numbers:
    "Ninety percent of the 288 candidates" (not the turnout of "90 per cent of eligible
    voters had participated", see `rate_subject`); not "70% of web services", whose wholes
    articles name each their own way."""
    whole = _whole_of(_phrase_head(anchor))
    if whole is None or whole.pos_ != "NOUN":
        return None
    numbered = any(c.dep_ == "nummod" for c in whole.children)
    return noun_lemma(whole) if numbered or noun_lemma(whole) in lx.PERSON_NOUNS else None


# how many steps up the parse a date's event is sought
EVENT_REACH = 6


def event_word(date_root: Token) -> tuple[str, bool] | None:
    """The verb or event noun a date belongs to, and whether it is a verb: "meets ... on
    Tuesday" -> (meet, True); "the 1972 break-in" -> (break-in, False)."""
    described = _described_by_full_date(date_root)
    if described is not None:
        return described, False
    current = date_root
    for _ in range(EVENT_REACH):
        if current.head == current:
            if current.pos_ not in ("VERB", "NOUN") or current.lemma_.lower() in _TIME_NOUNS:
                return None
            return current.lemma_.lower(), current.pos_ == "VERB"
        came_from, current = current, current.head
        if current.pos_ == "NOUN" and came_from.dep_ in ("prep", "npadvmod") and _doer(current):
            continue  # "A jury on Tuesday convicted him": the conviction's day, not the jury's
        if current.pos_ == "NOUN" and came_from.dep_ == "prep" and is_person(current):
            # "went into the cave with their coach on June 23": a person is no event; the day
            # is the going's
            continue
        if current.pos_ == "NOUN" and came_from.lower_ == "of" and current.lemma_.lower() in _PARTS:
            continue  # "broke out at the end of last month": the outbreak's, not the end's
        where = lx.PLACE_NOUNS if current.dep_ in _SUBJECTS else _WHERE_NOUNS
        if current.pos_ == "NOUN" and current.lemma_.lower() in where:
            # "hit Aceh province on the island of Sumatra early Tuesday": the quake's; "holding
            # hostages at a gas plant in the Sahara on Thursday": the holding's; "struck
            # Brussels airport and a metro train on Tuesday": the strike's
            continue
        if current.pos_ == "NOUN" and current.lemma_.lower() in _TIME_NOUNS:
            named = _named_by_compound(current)
            if named is not None:
                return named, False  # "a 2011 release date": the release's
            continue  # "shot just before 11:30 p.m. on Saturday": the shooting's, not the hour's
        if current.pos_ == "VERB" and _planned_for(date_root, current):
            planned = _what_was_planned(current)
            if planned is not None:
                return planned, False  # "called a national election for July 4": the election's
        if current.pos_ == "VERB" and not current.is_alpha and not _hyphenated(current):
            return None  # a dash the parse took for a verb ("re - signed")
        if current.pos_ == "VERB":  # "was found guilty in November": a conviction's
            return _hyphenated(current) or deed_lemma(current), True
        if current.pos_ == "NOUN" and not current.is_alpha and not _hyphenated(current):
            continue  # "the highest since 1992" under "67.4%": no event named "%"
        if current.pos_ == "NOUN" and current.lemma_.lower() in lx.CURRENCY_WORDS:
            continue  # "fined Meta 200 million euros on Wednesday": the fine's day
        if current.pos_ == "NOUN" and current.dep_ != "compound":
            return _hyphenated(current) or current.lemma_.lower(), False
    return None


# places, buildings and what carries people: where, never what happened (a flight is a trip;
# a subject may be a verb the parse misread: "iWork '09 ships today")
_WHERE_NOUNS = lx.PLACE_NOUNS | lx.FACILITY_NOUNS | (lx.CRAFTS - {"flight"})


def _what_was_planned(verb: Token) -> str | None:
    """The event a verb fixes a day for: its object ("called an election for July 4"). Not a
    passive's subject: "a bail hearing was scheduled for Wednesday" is when it was scheduled
    for, as the bench's dates are grouped, apart from another court's hearing on Monday."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            return _hyphenated(child) or child.lemma_.lower()
    return None


def _described_by_full_date(date_root: Token) -> str | None:
    """ "the Sept. 1, 2023, shooting", "the Jan. 6, 2021, riot": a full date written as an
    adjective (a comma after the year) is the next noun's; the parse makes it a clause."""
    if not any(c.dep_ == "det" and c.i < date_root.i for c in date_root.children):
        return None
    doc = date_root.doc
    end = date_root.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "DATE":
        end += 1
    if end + 2 >= len(doc) or doc[end + 1].text != "," or not doc[end].like_num:
        return None
    word = doc[end + 2]
    while word.dep_ in ("amod", "compound") and word.head.i > word.i:
        word = word.head  # "the Sept. 11, 2001, terrorist attacks"
    if word.tag_ not in ("NN", "NNS", "VBG"):
        return None
    return _hyphenated(word) or (word.lower_ if word.tag_ == "VBG" else word.lemma_.lower())


# parts of a period said with "of": "the end of last month", "the middle of 2012"
_PARTS = frozenset({"end", "beginning", "start", "middle", "rest", "remainder", "part"})
# nouns of the clock and the calendar, which name when, never what happened
_TIME_NOUNS = frozenset(
    {"a.m.", "p.m.", "am", "pm", "morning", "afternoon", "evening", "night", "noon", "midnight"}
    | {"hour", "minute", "time", "date"}
    # a span the date is hung on: "sent to prison for five years on Tuesday"
    | {"day", "week", "month", "year"}
)


def _doer(noun: Token) -> bool:
    """People or a body acting as a verb's subject or by-agent ("A jury on Tuesday convicted",
    "stormed by four robbers on Thursday"); not an event that is the subject ("a fire on
    Tuesday destroyed the warehouse": the fire's day)."""
    if not (is_person(noun) or noun_lemma(noun) in _BODIES | _OFFICE_HOLDERS):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.pos_ in ("VERB", "AUX")
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent"


# those who hold an office, who act as people do: "Puerto Rico's governor on Tuesday raised"
_OFFICE_HOLDERS = frozenset(
    {"governor", "president", "mayor", "spokesman", "spokeswoman", "spokesperson", "chief"}
    | {"premier", "chancellor", "senator", "judge", "prosecutor", "king", "queen", "pope"}
)
# bodies that act, as people do
_BODIES = frozenset(
    {"jury", "court", "agency", "force", "army", "government", "ministry", "panel", "board"}
    | {"committee", "council", "team", "company", "firm", "league", "union", "party"}
)


def _named_by_compound(noun: Token) -> str | None:
    compound = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    return compound.lemma_.lower() if compound is not None else None


def _hyphenated(noun: Token) -> str | None:
    """ "the 1972 break-in": the whole word, not its last part ("in")."""
    doc = noun.doc
    if noun.i < 2 or doc[noun.i - 1].text not in ("-", "–") or doc[noun.i - 1].whitespace_:
        return None
    first = doc[noun.i - 2]
    if first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lemma_.lower()}-{noun.lower_}"


_ORDINALS = frozenset({"first", "second", "third", "fourth", "initial", "main", "later", "smaller"})


_INSIDE = frozenset({"inside", "within", "internally"})
_ACROSS = frozenset({"abroad", "overseas", "into"})
_WHERE_REFUGEES_GO = frozenset({"country", "border", "nation"})


def displaced_where(noun: Token | None, deed: Token | None) -> Displacement | None:
    """ "displaced inside Ukraine", "internally displaced people" (inside) against "refugees",
    "fled the country", "crossed into Poland" (abroad): two counts of the displaced that never
    meet, whatever their verbs share; None when the words say neither ("fled their homes")."""
    words = [t for t in (noun, deed) if t is not None]
    near = [c for t in words for c in t.children]
    if any(c.lower_ in _INSIDE for c in near):
        return "inside"
    if noun is not None and noun.lemma_.lower() == "refugee":
        return "abroad"
    if deed is None or deed.lemma_.lower() not in _LEAVING_VERBS:
        return None
    for child in deed.children:
        if child.lower_ in _ACROSS:
            return "abroad"  # "fled abroad", "crossed into Poland"
        if child.dep_ == "dobj" and (
            child.ent_type_ == "GPE" or child.lemma_.lower() in _WHERE_REFUGEES_GO
        ):
            return "abroad"  # "fled Ukraine", "fled the country"
    return "abroad" if _went_abroad(deed) else None


def _went_abroad(verb: Token) -> bool:
    """ "fled abroad", "crossed into neighbouring countries", "fled to neighbouring
    countries": people who left their country, whose count is not of a place in it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LEAVING_VERBS:
        return False
    for child in verb.children:
        if child.lower_ in ("abroad", "overseas"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "into"):
            to = next((c for c in child.children if c.dep_ == "pobj"), None)
            if to is not None and to.tag_ == "NNS" and to.lemma_.lower() in _WHERE_REFUGEES_GO:
                return True
    return False


def quake_named(anchor: Token) -> str | None:
    """Which quake a magnitude is of, in its sentence's words: "measured the first quake at
    magnitude 7.8, and an aftershock of 7.5 followed" are two quakes, not two readings of
    one."""
    current = anchor
    for _ in range(4):
        if current.pos_ == "VERB":
            named = [c for c in current.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
            return next(filter(None, (_quake_words(c) for c in named)), None)
        if current.head == current:
            return None
        current = current.head
        words = _quake_words(current)
        if words is not None:
            return words
    return None


def _quake_words(noun: Token) -> str | None:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.QUAKE_WORDS:
        return None
    ordinals = [c.lower_ for c in noun.children if c.lower_ in _ORDINALS]
    if not ordinals and _follows_another(noun):
        ordinals = ["later"]  # "followed by a 7.5 quake", "a 7.5 quake followed"
    return " ".join([*ordinals, "aftershock" if noun.lemma_.lower() == "aftershock" else "quake"])


def _follows_another(noun: Token) -> bool:
    """A quake said to follow the one before: the doer of "followed by", or the subject of
    "followed" alone (not "the 7.8 quake followed a smaller one": it may be the main one)."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head.lemma_.lower() == "follow"
    verb = noun.head
    alone = not any(c.dep_ == "dobj" for c in verb.children)
    return noun.dep_ == "nsubj" and verb.lemma_.lower() == "follow" and alone
