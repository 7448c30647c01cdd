"""spaCy Docs -> Claims: every figure of every analysed sentence, as typed data.

With `mentions` (where the figures are, and their kind and value) and `features` (what each is
about, from the parse) this is the only stage that touches tokens. What leaves it is typed
data with character offsets into the article's text, so any figure can be quoted back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

from spacy.tokens import Doc, Span, Token

from newsrecon import lexicon as lx
from newsrecon.dates import (
    MONTHS,
    WEEKDAYS,
    month_and_year_named,
    resolve_date,
    year_left_out,
)
from newsrecon.features import (
    ELLIPTICAL_PEOPLE,
    KILLERS,
    MARGIN,
    PARTICIPLE_NOUNS,
    aboard,
    actors_of,
    added_to,
    age_at_death,
    agent_of,
    at_its_peak,
    at_present,
    attribution_of,
    averaged,
    brings_a_tally_to,
    brought_things,
    by_before,
    categorise,
    counted_by_origin,
    counted_lemma,
    counted_noun,
    counted_role,
    counted_with,
    counts_children,
    counts_the_attackers,
    covered_by_figures,
    date_tense,
    dates_a_tally,
    dates_an_earlier_figure,
    deal_of,
    deed_lemma,
    deed_put_off,
    displaced_where,
    distance_reference,
    earlier_people,
    earlier_things,
    either_of,
    entity_at,
    estimated_again,
    event_word,
    forecast_by,
    foreseen,
    gapped_place,
    gapped_subject,
    gapped_things,
    given_before,
    given_earlier,
    governing_verb,
    has_helpers,
    host_country,
    hurt_badly,
    in_one_place_alone,
    included_in,
    included_part,
    initials_links,
    is_a_margin,
    is_age,
    is_earlier_figure,
    is_increment,
    is_legal_action,
    is_part,
    is_person,
    is_remainder,
    is_rising,
    kind_of,
    listed_by_origin,
    listed_with_other_people,
    market_move,
    measured_thing,
    mood_of,
    multiplied_thing,
    name_links,
    named_share,
    nationals_of,
    nearby_terms,
    nominal_deed,
    not_yet_named,
    noun_left_out,
    noun_lemma,
    of_the_event_compared,
    on_board_or_ground,
    owner_of_subject,
    owners_of,
    past_the_dateline,
    patient_of,
    penalty_imposed,
    people_shared,
    people_whom_stands_for,
    person_about,
    place_of,
    place_that_counts,
    places_named,
    predicate_of,
    previous_counted,
    puts_a_tally_on,
    puts_it_at,
    quake_named,
    rate_of,
    rate_owners,
    rate_subject,
    refers_back,
    reported_before,
    revised_after,
    rival_of,
    rivals_counted,
    scope_of,
    seized_in_a_kidnapping,
    sentence_terms,
    share_named_after,
    share_of_someone,
    since_the_war_began,
    states_a_tally,
    still_held_captive,
    storms_named,
    sum_of_another,
    tallied_things,
    tally_changed_by,
    tells_of_kidnapping,
    things_pointed_at,
    unanswered,
    verb_of_a_misjoined_subject,
    verb_of_the_set_including,
    without_state,
)
from newsrecon.mentions import Mention, find_mentions
from newsrecon.models import Article, ArticleProfile, Claim, Mood
from newsrecon.nlp import Segment
from newsrecon.numbers import Quantity, hedged, parse_number


def extract_claims(article: Article, segments: Iterable[Segment]) -> list[Claim]:
    """Every claim in `article`, given its analysed segments (Docs with their offsets in the
    article's text), in text order."""
    claims: list[Claim] = []
    links: dict[str, set[str]] = {}
    segments = list(segments)
    places = places_named([segment.doc for segment in segments])
    storms = storms_named([segment.doc for segment in segments])
    kidnapping = tells_of_kidnapping(segment.doc for segment in segments)
    for name, other in initials_links([segment.doc for segment in segments]):
        links.setdefault(name, set()).add(other)
        links.setdefault(other, set()).add(name)
    previous: list[Claim] = []  # the claims of the sentence before
    for segment in segments:
        for sentence in segment.doc.sents:
            for name, other in name_links(sentence):
                links.setdefault(name, set()).add(other)
                links.setdefault(other, set()).add(name)
            said: list[tuple[Claim, _Pointer]] = []
            for mention in find_mentions(sentence):
                index = len(claims) + len(said)
                counted_before = frozenset(c.category for c, _ in said if c.kind == "count")
                claim = _to_claim(
                    article,
                    segment,
                    sentence,
                    mention,
                    index,
                    places,
                    counted_before,
                    frozenset(c.category for c in previous if c.kind == "count"),
                    kidnapping=kidnapping,
                    storms=storms,
                )
                if claim is not None:
                    said.append((claim, _pointer(segment.doc, mention)))
            pointed = _earlier_placed_as_the_later(
                list(map(_charged_are_people, _pointing_back(said, claims, previous)))
            )
            claims.extend(pointed)
            previous = pointed
    claims = _conversions_keep_hedges(article.text, claims)
    claims = _nights_carried(_crowd_days_carried(_years_carried(claims)))
    claims = _sets_named_again(claims)
    if segments and segments[0].lead:
        first = next(segments[0].doc.sents)
        offset = segments[0].offset
        headline = range(offset + first.start_char, offset + first.end_char)
        claims = _lead_placed_as_the_headline(
            _headline_placed_as_the_lead(claims, headline), headline
        )
        claims = _headline_hedged_as_the_lead(claims, headline)
    # "Moscow freeing 16 people", "Russia freed 16 prisoners": a capital acts for its country
    for capital, country in lx.CAPITALS.items():
        links.setdefault(capital, set()).add(country)
    return [
        c.model_copy(update={"agent_aliases": sorted(links[c.agent])})
        if c.agent is not None and c.agent in links
        else c
        for c in claims
    ]


_Pointer = Literal["share", "again"] | None


def _earlier_placed_as_the_later(said: list[Claim]) -> list[Claim]:
    """A count a change started from is of the place of the count it came to: "In Kentucky,
    22 people were killed, state officials said, revising their count from 21"."""
    out = []
    for claim in said:
        if claim.kind == "count" and claim.earlier and claim.place is None:
            later = [
                c
                for c in said
                if c.kind == "count" and not c.earlier and c.category == claim.category and c.place
            ]
            if len({c.place for c in later}) == 1:
                claim = claim.model_copy(
                    update={"place": later[0].place, "place_within": later[0].place_within}
                )
        out.append(claim)
    return out


_POINTERS = frozenset({"them", "whom", "which", "those"})


def _pointer(doc: Doc, mention: Mention) -> _Pointer:
    """How a figure points back at the figure before it: as a share of it ("612 people were
    injured, 40 of them seriously", "seven bridges, two of which collapsed") or as another
    reading of it ("Police estimated the crowd at 35,000, while monitors put it at 300,000")."""
    if _points_at_a_share(doc, mention.first, mention.last):
        return "share"
    anchor = mention.anchor
    # "eight of them in the Palisades Fire and 16 in the Eaton Fire": a list of shares
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i and anchor.head.like_num:
        anchor = anchor.head
        if _points_at_a_share(doc, anchor.i, anchor.i):
            return "share"
    return "again" if puts_it_at(mention.anchor) else None


def _points_at_a_share(doc: Doc, first: int, last: int) -> bool:
    after = [t.lower_ for t in doc[last + 1 : last + 3]]
    before = [t.lower_ for t in doc[max(0, first - 2) : first]]  # "of which 51 were downed"
    return any(len(w) == 2 and w[0] == "of" and w[1] in _POINTERS for w in (after, before))


def _pointing_back(
    said: list[tuple[Claim, _Pointer]],
    before: Sequence[Claim] = (),
    previous: Sequence[Claim] = (),
) -> list[Claim]:
    """A count of one sentence that names nothing and points at another figure of it counts
    what that figure counts: the figure a change started from ("More than 100 people have died
    ..., up from 71 a day earlier"), a share of the figure before it ("612 people were
    injured, 40 of them seriously", a part of them) and another reading of it ("while an
    independent group put it at 300,000"); another reading points back to the article's last
    count (in `before`) when its sentence has none ("Gunmen abducted at least 287 students.
    Police put the number at 227."), and a share to the last count of the sentence before
    (`previous`: "Some 281 inmates escaped. Seven of them have been recaptured.")."""
    claims = [claim for claim, _ in said]
    out: list[Claim] = []
    for i, (claim, pointer) in enumerate(said):
        share = pointer == "share"
        names_nothing = claim.category == "other" and claim.counted is None
        if claim.kind == "count" and (names_nothing or share):
            named = [
                (abs(j - i), other)
                for j, other in enumerate(claims)
                if other.kind == "count"
                and other.counted is not None
                and not other.earlier
                and (j < i if pointer else claim.earlier)
            ]
            if not named and pointer == "again":
                named = [(0, other) for other in _last_count(before)]
            if not named and share:
                named = [(0, other) for other in _last_count(previous, claim.predicate)]
            if not named and names_nothing and claim.refers_back:
                # "Of the 59, 35 are believed dead" after "The remaining 59 hostages"
                named = [(0, other) for other in _set_counted_before(before, claim.value)]
            # a figure a count went up from: the count of the change's own verb, then the
            # nearest ("reported 146 measles cases on Tuesday, up from 124 last week, with 20
            # patients hospitalized")
            own_verb_first = claim.earlier and pointer is None
            source = (
                min(
                    named,
                    key=lambda pair: (
                        own_verb_first and pair[1].predicate != claim.predicate,
                        pair[0],
                    ),
                )[1]
                if named
                else None
            )
            if share and source is not None and claim.scope is None:
                # "92 drones overnight, of which 51 were shot down": the share's night too
                claim = claim.model_copy(update={"scope": source.scope})
            if names_nothing and source is not None:
                # "and charged 12 of them": the clause's own verb says what befell the share
                own_deed = claim.predicate not in (None, source.predicate, *lx.REPORTING_VERBS)
                category: str = claim.category if own_deed and share else source.category
                if category == "other" and source.counted is not None:
                    # "Seven of them have been recaptured": inmates, whatever befell them
                    category = lx.NOUN_CATEGORIES.get(source.counted, "other")
                claim = claim.model_copy(
                    update={
                        "category": category,
                        "counted": source.counted,
                        "unit": source.unit,
                        "counted_kind": source.counted_kind,
                        # a share of a casualty count is not the count (see `is_part`)
                        "part": claim.part or (share and category in _CASUALTIES),
                        "reads_again": source.id if pointer == "again" else None,
                    }
                )
        out.append(claim)
    return out


# "the two", "the three" so often point at people named, not at a figure, that only larger
# sets said again are looked for among the article's counts (all sizes: figure folders
# 0.8543 -> 0.8551, but four of the six corpus claims wrong: "the missing link between the
# two" read as two cheetahs)
SET_SAID_AGAIN_FROM = 4


def _sets_named_again(claims: Sequence[Claim]) -> list[Claim]:
    """ "Hamas freed three Israeli hostages ... The three men, who were seized in the attack,
    were handed to the Red Cross": a set said again by people's plain name ("the three men",
    "the 369 Palestinians") is the set the article counted by a noun naming its kind, whatever
    the later clause does to it (seized: still hostages; released: still prisoners)."""
    out: list[Claim] = []
    for claim in claims:
        plain = claim.counted is None or (
            claim.counted not in lx.NOUN_CATEGORIES
            and (
                claim.counted in lx.PERSON_NOUNS
                or claim.counted in lx.DEMONYMS
                or (claim.unit or "")[:1].isupper()  # "the 369 Palestinians"
            )
        )
        if claim.kind == "count" and claim.refers_back and plain and not claim.part:
            named = next(
                (c for c in reversed(out) if c.kind == "count" and c.value == claim.value),
                None,
            )
            kind = lx.NOUN_CATEGORIES.get(named.counted or "") if named is not None else None
            if named is not None and not named.earlier and kind == named.category:
                claim = claim.model_copy(update={"category": named.category})
        out.append(claim)
    return out


def _charged_are_people(claim: Claim) -> Claim:
    """Whom the law charged, accused or tried are people, though no noun says so: "with
    nearly 300 charged" counts what "149 people have been charged" counts."""
    names_nothing = claim.kind == "count" and claim.category == "other" and claim.counted is None
    if names_nothing and claim.unit == "people" and claim.predicate in lx.LEGAL_VERBS:
        return claim.model_copy(update={"counted": "people"})
    return claim


def _set_counted_before(claims: Sequence[Claim], value: object) -> list[Claim]:
    """The last count of `value` before that says what it counts: "the 59" again."""
    if not isinstance(value, (int, float)) or value < SET_SAID_AGAIN_FROM:
        return []
    return next(([c] for c in _counts_naming_what(claims) if c.value == value), [])


def _last_count(claims: Sequence[Claim], deed: str | None = None) -> list[Claim]:
    """The last count of what came before that says what it counts, if any; the last one of
    the share's own `deed` first ("200 prisoners freed by Israel ..., a day after Hamas
    released four hostages. ... 121 of those freed": prisoners)."""
    counts = list(_counts_naming_what(claims))
    done = [c for c in counts if deed is not None and c.predicate == deed]
    return (done or counts)[:1]


def _counts_naming_what(claims: Sequence[Claim]) -> Iterator[Claim]:
    """The counts that say what they count, last first (not a figure a change started from)."""
    return (
        c for c in reversed(claims) if c.kind == "count" and c.counted is not None and not c.earlier
    )


# a day said without its year takes the year of its month named with a year this few characters
# before it (from the start of one date to the start of the other), or anywhere before it in the
# article when the article's date makes it more than FAR_FROM_THE_ARTICLE days old: "May 3",
# read on May 24, is this May whatever May of years ago came before
YEAR_CARRIED_WITHIN = 600
FAR_FROM_THE_ARTICLE = 90
# A day named more than this many days from the article's date is another day's event.
NAMED_DAY_AWAY = 7


def _headline_placed_as_the_lead(claims: list[Claim], headline: range) -> list[Claim]:
    """ "Flash floods kill at least 95 in Spain's Valencia region" over "killed at least 95
    people in eastern Spain": a headline's count the lead gives again is where the lead puts
    it (a headline names the place most of it is in, or none), so that it meets the toll and
    not the region's share."""
    lead = {
        (c.category, c.value, c.hedge): c
        for c in claims
        if c.lead and c.start not in headline and c.kind == "count" and c.place is not None
    }

    def restated(claim: Claim) -> Claim | None:
        # (a headline that names no place is the lead's too: "Buffalo blizzard deaths rise to
        # 37" over "The death toll in Erie County ... rose to 37")
        if claim.start not in headline or claim.kind != "count":
            return None
        if claim.category == "other":
            return None  # things: the headline's place is as good as the lead's
        again = lead.get((claim.category, claim.value, claim.hedge))
        if again is None or again.place == claim.place or not (again.place or "")[:1].isupper():
            return None  # not "dozens injured in the region" for the headline's Indonesia
        return again

    return [
        c.model_copy(update={"place": again.place, "place_within": again.place_within})
        if (again := restated(c)) is not None
        else c
        for c in claims
    ]


def _headline_hedged_as_the_lead(claims: list[Claim], headline: range) -> list[Claim]:
    """ "Israel strike on Gaza hospital kills 20" over "killed at least 20 people": a headline
    drops the hedge its lead gives the same count, which is what the article says (not an
    exact 20 to set against another article's 21)."""
    hedges: dict[tuple[str, object], set[tuple[str, object, object]]] = defaultdict(set)
    for c in claims:
        if c.lead and c.start not in headline and c.kind == "count" and not c.earlier:
            hedges[(c.category, c.value)].add((c.hedge, c.low, c.high))

    def hedged(claim: Claim) -> tuple[str, object, object] | None:
        if claim.start not in headline or claim.kind != "count" or claim.hedge != "exact":
            return None
        found = hedges.get((claim.category, claim.value), set())
        if len(found) != 1:
            return None  # none, or the lead gives it both ways
        (hedge,) = found
        return hedge if hedge[0] != "exact" else None

    return [
        c.model_copy(update={"hedge": again[0], "low": again[1], "high": again[2]})
        if (again := hedged(c)) is not None
        else c
        for c in claims
    ]


def _lead_placed_as_the_headline(claims: list[Claim], headline: range) -> list[Claim]:
    """ "Freddy toll in Malawi climbs to 511" over "511 people had died in the cyclone": a
    lead's count the headline gives with the name of a place, the lead with none, is of that
    place."""
    placed: dict[tuple[str, object], Claim] = {
        (c.category, c.value): c
        for c in claims
        if c.start in headline
        and c.kind == "count"
        and c.category != "other"
        and (c.place or "")[:1].isupper()
    }

    def named(claim: Claim) -> Claim | None:
        if not claim.lead or claim.start in headline or claim.kind != "count":
            return None
        if claim.place is not None or claim.earlier:
            return None
        return placed.get((claim.category, claim.value))

    return [
        c.model_copy(update={"place": again.place, "place_within": again.place_within})
        if (again := named(c)) is not None
        else c
        for c in claims
    ]


def _crowd_days_carried(claims: list[Claim]) -> list[Claim]:
    """ "More than 1.1 million people marched across France on Thursday ... The CGT union said
    more than 2 million people took part": a crowd the article gives no day of is of the one
    day its dated crowds were out (its own day, as "marched on Thursday" is: two protests'
    crowds are two counts, see `_count_of_its_day`)."""
    days = {
        c.scope
        for c in claims
        if c.category == "crowd" and not c.earlier and (c.scope or "").startswith(lx.HANDOVER_SCOPE)
    }
    if len(days) != 1:
        return claims
    (day,) = days
    sentences_with_dates = {c.sentence for c in claims if c.kind == "date"}
    return [
        c.model_copy(update={"scope": day})
        if c.category == "crowd"
        and not c.earlier
        and c.scope is None
        # "Tuesday the crowd was calm, but on Wednesday part of the 200 person crowd ...": a
        # sentence that dates its own events
        and c.sentence not in sentences_with_dates
        else c
        for c in claims
    ]


def _nights_carried(claims: list[Claim]) -> list[Claim]:
    """ "Russia launched 273 drones at Ukraine overnight ... The air force said 88 drones were
    shot down": the things an article counts of one night (or of the past hours) are of that
    night wherever it counts them again, unless their sentence dates its own events or runs
    from a start ("since the war began"), so that two nights' drones downed are two counts,
    not one revised."""
    nights: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if _a_thing_counted(c) and (c.scope or "").startswith(lx.RECENT_SCOPE):
            nights[c.counted or ""].add(c.scope or "")
    dated = {c.sentence for c in claims if c.kind == "date"}
    return [
        c.model_copy(update={"scope": next(iter(nights[c.counted or ""]))})
        if _a_thing_counted(c)
        and c.scope is None
        and not c.earlier
        and len(nights.get(c.counted or "", ())) == 1
        and c.sentence not in dated
        and not _runs_from_a_start(c.sentence)
        else c
        for c in claims
    ]


def _a_thing_counted(claim: Claim) -> bool:
    return claim.kind == "count" and claim.category == "other" and claim.counted is not None


def _runs_from_a_start(sentence: str) -> bool:
    return bool(re.search(r"\b(?:since|so far|in total|in all)\b", sentence, re.IGNORECASE))


def _years_carried(claims: list[Claim]) -> list[Claim]:
    """ "killed June 24, 2005 ... while investigating a June 20 shooting"; "In November 1973,
    students barricaded themselves inside ... on Nov. 17 the police moved in": the day is of
    the year just named with its month, not of the year the article's date suggests; and so is
    the same month's next day that follows it closely ("10:30 p.m. April 8", "between 10:37 and
    10:58 p.m. April 8"); from further before when the article's date makes the day months
    old ("the slaying of Deputy Ortiz in June 2005 ... The deputy was killed on June 24", read
    in May 2007, is June 24, 2005, not 2006)."""
    out: list[Claim] = []
    carried: set[str] = set()
    for claim in claims:
        source = None
        if claim.kind == "date" and claim.precision == "day" and year_left_out(claim.text):
            month = str(claim.value)[5:7]
            old = abs((dt.date.fromisoformat(str(claim.value)) - claim.date).days)
            reach = claim.start if old > FAR_FROM_THE_ARTICLE else YEAR_CARRIED_WITHIN
            source = next(
                (
                    earlier
                    for earlier in reversed(out)
                    if earlier.kind == "date"
                    and claim.start - earlier.start <= reach
                    and str(earlier.value)[5:7] == month
                    and earlier.precision in ("day", "month")
                    and (month_and_year_named(earlier.text) or earlier.id in carried)
                ),
                None,
            )
        if source is not None and str(source.value)[:4] != str(claim.value)[:4]:
            day = f"{str(source.value)[:4]}{str(claim.value)[4:]}"
            if _is_iso_day(day):
                claim = claim.model_copy(update={"value": day, "low": day, "high": day})
                carried.add(claim.id)
        out.append(claim)
    return out


def _is_iso_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False  # February 29 of a year that has none
    return True


# verbs of earning or paying: "has grossed more than 141 million" is a sum, its currency left
# to the rest of the story
_MONEY_VERBS = frozenset({"gross", "earn", "cost", "pay", "spend", "raise", "fetch", "net"})
_SCALE_WORDS = re.compile(r"\b(?:million|billion|trillion|bn)\b", re.IGNORECASE)


def sums_in_story_currency(claims: Sequence[Claim]) -> list[Claim]:
    """A sum earned or paid in millions without a currency ("'Twilight' has grossed more than
    141 million already") is a sum in the currency its story gives every other sum in; with no
    currency, or with several, it stays a count (no rate or sign to guess from)."""
    currencies: dict[str | None, set[str]] = {}
    for claim in claims:
        if claim.category == "money" and claim.unit:
            currencies.setdefault(claim.story, set()).add(claim.unit)
    out = []
    for claim in claims:
        story_currency = currencies.get(claim.story, set())
        if len(story_currency) == 1 and _bare_sum(claim):
            (unit,) = story_currency
            claim = claim.model_copy(
                update={"kind": "amount", "category": "money", "unit": unit, "counted": None}
            )
        out.append(claim)
    return out


def _things_included_in(anchor: Token) -> Token | None:
    """The things (not people) a bare figure "including" is a part of."""
    whole = included_in(anchor)
    return whole if whole is not None and not is_person(whole) else None


def _bare_sum(claim: Claim) -> bool:
    return (
        claim.kind == "count"
        and claim.category == "other"
        and claim.counted is None
        and claim.predicate in _MONEY_VERBS
        and bool(_SCALE_WORDS.search(claim.text))
    )


_OPENING_BRACKET = re.compile(r"\s*\(\s*")


def _conversions_keep_hedges(text: str, claims: list[Claim]) -> list[Claim]:
    """ "less than 25 km (15 miles)": a conversion in brackets converts the hedged figure, so
    it takes the hedge (15 miles is a bound, as 25 km is, not an exact distance)."""
    out = list(claims)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (
            first.kind == second.kind == "amount"
            and first.category == second.category
            and first.hedge != "exact"
            and second.hedge == "exact"
            and isinstance(second.value, (int, float))
            and _OPENING_BRACKET.fullmatch(text[first.end : second.start])
        ):
            below_only = first.hedge == "about" and first.high == first.value
            quantity = hedged(second.value, first.hedge, below_only)
            out[i] = second.model_copy(
                update={"hedge": quantity.hedge, "low": quantity.low, "high": quantity.high}
            )
    return out


_STORY_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT"}


def profile_article(
    article: Article, docs: Iterable[Doc], lead: Iterable[Doc] = (), claims: Iterable[Claim] = ()
) -> ArticleProfile:
    """The names and words of an article, counted, who acts in its lead (parsed), and the
    days its claims name away from its date: what stories are told apart by. Names and words
    come from the fast pass, so every sentence counts."""
    actors: dict[str, int] = {}
    for sentence in lead:
        for actor in actors_of(sentence[:]):
            actors[actor] = actors.get(actor, 0) + 1
    names: dict[str, int] = {}
    words: dict[str, int] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in _STORY_ENTITY_LABELS:
                name = re.sub(r"^the\s+|['’]s$", "", ent.text.lower()).strip()
                if ent.label_ == "NORP":
                    # "Ukrainian soldiers" name the country "Ukraine" names
                    name = lx.country_of_adjective(name) or name
                if len(name) > 1:
                    names[name] = names.get(name, 0) + 1
        for token in doc:
            if token.is_alpha and not token.is_stop and len(token) > 2 and not token.ent_type_:
                word = token.lower_
                words[word] = words.get(word, 0) + 1
    return ArticleProfile(
        article=article.id,
        date=article.date,
        names=names,
        words=words,
        actors=actors,
        days_named=_days_named(article, claims),
    )


def _days_named(article: Article, claims: Iterable[Claim]) -> list[dt.date]:
    """A trial's report names the day of the killing two years before ("killed June 24,
    2005"): the day ties it to that day's reports. Days only (a month holds too much: twin
    events a few years apart name the first one's month), and only those more than
    NAMED_DAY_AWAY days from the article's own date."""
    days = set()
    for claim in claims:
        if claim.kind != "date" or claim.precision != "day" or not isinstance(claim.low, str):
            continue
        day = dt.date.fromisoformat(claim.low)
        if abs((article.date - day).days) > NAMED_DAY_AWAY:
            days.add(day)
    return sorted(days)


def _to_claim(
    article: Article,
    segment: Segment,
    sentence: Span,
    mention: Mention,
    index: int,
    places: frozenset[str] = frozenset(),
    counted_before: frozenset[str] | None = None,
    counted_in_the_sentence_before: frozenset[str] = frozenset(),
    *,
    kidnapping: bool = False,
    storms: frozenset[str] = frozenset(),
) -> Claim | None:
    """One mention as a claim; `counted_before`: the categories its sentence has counted
    before it, if any (an increment of none of them is a whole count of other people: "At
    least 79 migrants drowned and hundreds more were feared missing"), else those the
    sentence before counted ("Strikes killed 37 people ... A further 76,901 people have been
    wounded": the wounded beside the dead, no more of them than before); `kidnapping`: whether
    the article tells of one (see `seized_in_a_kidnapping`)."""
    doc = sentence.doc
    # "A further 76,901 people have been wounded" after the dead; not "Police arrested three
    # more men", more than were arrested before, whatever the sentence before counted
    further = mention.first > 0 and doc[mention.first - 1].lower_ in _FURTHER
    # "the toll rose by a further 12 to 61": more of the tally, whatever came before
    by = by_before(doc, mention.first, mention.last)
    if by is not None and tally_changed_by(by):
        counted_before, further = None, False
    increments = counted_before or (counted_in_the_sentence_before if further else frozenset())
    offset = segment.offset
    span = doc[mention.first : mention.last + 1]
    start = offset + span.start_char
    end = offset + span.end_char
    text = article.text[start:end]
    # the article's own characters: the model read typographic quotes as plain ones
    sentence_text = article.text[offset + sentence.start_char : offset + sentence.end_char]
    place = place_of(mention.anchor, sentence, places, count=mention.kind == "count")
    if place is not None and place.name in storms:
        place = None  # "Debby toll rises to six": the storm the article titles, no place
    base = dict(
        id=f"{article.id}:c{index + 1}",
        article=article.id,
        date=article.date,
        start=start,
        end=end,
        text=text,
        sentence=sentence_text,
        lead=segment.lead,
        place=place.name if place else None,
        place_within=place.within if place else None,
        attribution=_as_written(attribution_of(mention.anchor, sentence), sentence, sentence_text),
        terms=sentence_terms(sentence),
        nearby=nearby_terms(sentence, mention.first, mention.last),
    )
    if mention.kind == "date":
        verb = governing_verb(mention.anchor)
        if verb is not None and verb.lemma_.lower() in lx.SAYING_VERBS:
            return None  # "police said Saturday": when a source spoke, not what happened
        if verb is not None and puts_a_tally_on(verb, mention.anchor):
            return None  # "put the death toll ... at 770 on Friday": when a source spoke
        if verb is not None and _said_on(verb, mention.anchor):
            return None  # "police said on Monday they had arrested 2,363": when they said it
        if dates_an_earlier_figure(mention.anchor):
            return None  # "up from 34 on Wednesday": when a toll stood lower, not an event
        if covered_by_figures(mention.anchor):
            return None  # "Data for August": what the figures cover
        tense = date_tense(doc[mention.first])
        if (
            text.lower() == "today"
            and tense != "past"
            and _inside_quotes(sentence, doc[mention.first])
        ):
            return None  # "we can grow our economy today": a speaker's now, not a date
        resolved = resolve_date(text, article.date, tense)
        if resolved is None or (
            resolved.precision == "week" and _hedged_ago(doc, mention.first, text)
        ):
            return None
        market = market_move(verb)
        event = (lx.MARKET_EVENT, True) if market else event_word(mention.anchor)
        # "last week's collapse", "Tuesday's earthquake": the event's own day, told as known
        owned = mention.anchor.dep_ == "poss" and event is not None and not event[1]
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
            predicate=event[0] if event else None,
            event_verb=event is not None and event[1],
            owned_by_its_event=owned,
            mood=mood_of(verb),
            # whose shares moved: each stock's day is its own ("EDS shares soared yesterday")
            agent=(owner_of_subject(verb) if market else None)
            or agent_of(verb, None, mention.anchor),
            # (not the day of an event the tally is of: "The death toll from Tuesday's
            # earthquake rose to 72 on Thursday")
            tally=dates_a_tally(verb) and not owned,
            patient=patient_of(verb, mention.anchor),
            unanswered=unanswered(verb),
            at_present=at_present(doc[mention.first]),
        )
    quantity = mention.quantity
    assert quantity is not None
    if mention.category == "score":
        said_of = governing_verb(mention.anchor)
        return Claim(
            **base,
            kind="count",
            category="score",
            value=quantity.value,
            low=quantity.low,
            high=quantity.high,
            hedge=quantity.hedge,
            unit=mention.unit,
            counted="score",
            predicate=deed_lemma(said_of) if said_of is not None else None,
            agent=agent_of(said_of, None, mention.anchor),
            scope=scope_of(said_of, sentence, article.date, mention.anchor),
            against=mention.against,
        )
    if mention.kind == "duration" and _a_year_to_a_month(doc, mention.first, mention.last):
        return None  # "rose to 2.6% in the 12 months to November": a rate's year, no span
    if _is_generic(mention.anchor):
        return None  # "A magnitude 6 quake can cause severe damage": no quake in particular
    noun = counted_noun(mention.anchor) if mention.kind == "count" else None
    forecast = noun is not None and forecast_by(noun)
    if forecast:
        noun = previous_counted(mention.anchor)  # "256,000 jobs, more than the 155,000
        # analysts had forecast": jobs
    deed = verb_of_a_misjoined_subject(mention.anchor) or predicate_of(mention.anchor, noun)
    # the clause's verb, where the deed is a participle after the counted people ("searching
    # for the 287 pupils abducted"): its helpers, dates and hedges are the figure's
    beside = deed is not None and deed.dep_ in ("acl", "amod") and not has_helpers(deed)
    verb = governing_verb(noun or mention.anchor) if beside else deed
    quantity = _hedged_by_verb(quantity, verb, mention.anchor)
    if quantity.value is not None and _spread_over(mention, quantity, verb):
        quantity = hedged(quantity.value, "exact")
    unit: str | None
    counted: str | None
    category: str
    kind: list[str]
    if mention.kind == "count" and counts_children(mention.anchor):
        # whoever the clause says acted did nothing to the children counted
        category, unit, counted, kind, verb, deed = "other", "children", "child", [], None, None
        if noun is not None and noun.pos_ == "NOUN" and is_person(noun):
            unit, counted = noun.text, noun_lemma(noun)  # "father of two sons": sons
    elif mention.kind == "count" and is_age(mention.anchor):
        category, unit, counted, kind = "other", "years", "age", []
    elif mention.kind == "count":
        category = categorise(mention.anchor, noun)
        taken = kidnapping and category in ("detained", "other")
        if taken and seized_in_a_kidnapping(deed, noun or mention.anchor):
            category = "hostages"  # "71 members of the congregation were seized"
        elif taken and still_held_captive(mention.anchor, noun):
            category = "hostages"  # "leaving 16 still held", "Sixteen remain held"
        again = estimated_again(mention.anchor) if noun is None and category == "other" else None
        if again is not None:
            noun = counted_noun(again)  # "far more than the UN's estimate of 670": of people
            category = categorise(again, noun)
        if noun is None or noun.lower_ in ELLIPTICAL_PEOPLE:
            named_before = earlier_people(mention.anchor)
            if named_before is None and category != "other":
                named_before = counted_by_origin(mention.anchor)  # ", one from the helicopter"
            if named_before is None and category != "other" and noun is None:
                named_before = _people_the_count_rose_from(doc, mention)
            if named_before is not None:
                # the clause's own words say what happened to them first ("a third of whom are
                # believed dead"), else their name does ("kept 15 others")
                if category == "other":
                    category = lx.NOUN_CATEGORIES[noun_lemma(named_before)]
                noun = named_before
            elif noun is None and (whole := _things_included_in(mention.anchor)) is not None:
                # "convicted the suspect on all 30 counts ..., including 17 that carry the death
                # penalty": counts, not 17 people convicted
                noun, category = whole, categorise(mention.anchor, whole)
            elif noun is None and category == "other":
                # "5,000 flights ..., Delta cancelled 1,000"; "303 votes to Romney's 206"
                noun = (
                    earlier_things(mention.anchor)
                    or rivals_counted(mention.anchor)
                    or tallied_things(mention.anchor)  # "The number of cases rose to 148"
                    or brought_things(mention.anchor)  # "14 trucks ..., bringing the total to 34"
                    or noun_left_out(mention.anchor)  # "15 seasons, the first 11 with ..."
                    or included_in(mention.anchor)  # "144 drones, including 20 at Moscow"
                    # "300 migrants had arrived, 200 from Libya and 100 from Tunisia"
                    or counted_by_origin(mention.anchor)
                    # "The Conservatives won 121 seats and the Liberal Democrats 72"
                    or gapped_things(mention.anchor)
                )
                if noun is not None:
                    category = categorise(mention.anchor, noun)
            elif noun is None and (held := _people_tallied(mention.anchor, category)) is not None:
                noun = held  # "brought to 58 the number of hostages freed": hostages
            elif noun is not None and (people := people_whom_stands_for(noun)) is not None:
                noun = people  # "113 officers injured in four days of clashes, 11 of whom ..."
            elif noun is not None and (things := things_pointed_at(noun)) is not None:
                # "attacked 92 ships and seized 36 of them": ships seized, nobody detained
                noun, category = things, categorise(mention.anchor, things)
        if category == "other" and _victims_of_the_toll_before(
            mention.anchor, noun, counted_before
        ):
            # "The death toll rose to 95, with 92 of the victims in the Valencia region"
            category = next(iter(counted_before or ()))
        incidental = _is_incidental(span, quantity) and not is_legal_action(verb)
        if category == "other" and (incidental or _is_weak(span) or quantity.value == 0):
            return None  # "nobody's ever seen anything like it" counts nothing
        if incidental and noun is not None and _owner_of_a_count(noun):
            return None  # "killed 14 members of one family": whose the 14 are, no count
        named = noun is not None and noun.pos_ != "PRON" and noun.lower_ not in _GENERIC_PEOPLE
        unit = noun.text if named and noun is not None else "people"
        counted = counted_lemma(noun) if named and noun is not None else None
        kind = kind_of(noun) if named and noun is not None else []
        if counted is None and category in lx.PEOPLE_CATEGORIES:
            counted = "people"  # "the death toll rose to 11", "leaving 24 dead": people
        if noun is not None and is_a_margin(noun):
            counted = MARGIN  # "Creighton's lead grew as great as 9 points": no points scored
        if counted is not None and verb is not None:
            # "caught 29 passes" are "29 catches": the deed's own noun for what it counts
            counted = lx.DEEDS_COUNTED.get((verb.lemma_.lower(), counted), counted)
        if noun is not None and verb is not None and _is_repetition(noun, verb):
            # "arrested four times" counts arrests, as "four prior arrests" does
            counted = lx.DEED_NOUNS.get(verb.lemma_.lower(), verb.lemma_.lower())
            category = lx.NOUN_CATEGORIES.get(counted, category)
    else:
        category = mention.category or "other"
        unit = mention.unit
        counted = measured_thing(mention.anchor)
        if unit == lx.MULTIPLE:
            counted = multiplied_thing(mention.anchor)  # "five times the legal limit": limit
        if counted is None and unit == "%":
            # "unemployment rising to 4.4%"; "90 percent of the 288 candidates"
            counted = (
                rate_subject(mention.anchor)
                or people_shared(mention.anchor)
                or share_named_after(mention.anchor)
            )
        kind = []
        reference = _length_reference(mention)
        if reference is not None:
            counted = reference[0]
            if reference[1]:
                base["place"], base["place_within"] = reference[1], None
    if category == "displaced" and base["place"] is None:
        base["place"] = host_country(verb, mention.anchor)  # "Poland has taken in 2 million"
    casualty = _casualty_word(mention, noun, category)
    if casualty is not None and base["place"] is None:
        base["place"] = on_board_or_ground(noun or mention.anchor, verb)
    scope = (
        _gapped_day(mention.anchor, category, article.date)
        or scope_of(verb, sentence, article.date, mention.anchor)
        or (scope_of(deed, sentence, article.date, mention.anchor) if beside else None)
        or _day_of_new_figures(noun, verb, article.date)
        or _scope_of_the_set_including(noun, sentence, article.date)
        or _day_of_the_deed(category, verb, article.date)
        or _day_of_the_event(category, verb, article.date)
    )
    events_day = scope is not None and scope == _events_day(category, verb, article.date)
    penalty = penalty_imposed(mention.anchor, verb) if category == "money" else None
    # (not what a plan will "see" done: "The first phase will see 33 hostages freed")
    done_beside = beside and deed is not None and deed.tag_ == "VBN" and not _seen_done(deed)
    earlier = (
        is_earlier_figure(doc, mention.first)
        or reported_before(doc, mention.first, mention.last)
        or given_before(verb, mention.anchor, scope, article.date)
        or given_earlier(verb, mention.anchor)
        or revised_after(verb)
        or _stood_before_the_news(verb, article.date)
        or at_its_peak(verb)
    )
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
        counted_kind=kind,
        counted_role=counted_role(noun, verb) if counted is not None else None,
        predicate=(mention.kind == "count" and without_state(noun, verb, mention.anchor))
        # (but "all 72 people on board had died" is a toll, which grows)
        or (
            "carry"
            if mention.kind == "count" and casualty is None and aboard(noun, verb, mention.anchor)
            else None
        )
        or (
            "remain"
            if mention.kind == "count" and is_remainder(noun, verb, mention.anchor)
            else (deal_of(mention.anchor) if category == "money" else None)
            or penalty
            or (nominal_deed(noun) if mention.kind == "count" else None)
            or (deed_lemma(deed) if deed is not None else None)
        ),
        mood="planned"
        if (mention.kind == "duration" and _set_for_a_later_day(mention.anchor, article.date))
        or deed_put_off(noun, verb)
        else _mood(
            verb, casualty, penalty is not None or done_beside or _harmed_by_a_deed_named(noun)
        ),
        agent=(share_of_someone(mention.anchor) if category == "percent" else None)
        or rival_of(mention.anchor)
        or gapped_subject(mention.anchor)
        or agent_of(deed, noun, mention.anchor)
        or (
            owner_of_subject(verb)
            if category == "money" and not sum_of_another(mention.anchor)
            else None
        ),
        about=person_about(mention.anchor, span=mention.kind == "duration"),
        owners=owners_of(mention.anchor)
        if category == "money" or mention.kind == "duration"
        else (rate_owners(mention.anchor) if category == "percent" else nationals_of(noun)),
        scope=scope,
        on_the_events_day=events_day,
        rising=(is_rising(sentence, mention.first) or brings_a_tally_to(mention.anchor))
        and not earlier,
        with_attackers=category == "killed" and counts_the_attackers(mention.anchor),
        counted_with=counted_with(noun) if category == "other" and noun is not None else None,
        earlier=earlier,
        foreseen=forecast or foreseen(mention.anchor, noun),
        since_the_war=mention.kind == "count" and scope is None and since_the_war_began(verb),
        compared_event=verb is not None and of_the_event_compared(verb),
        gap=mention.kind == "duration" and _a_gap(doc, mention.last),
        within=mention.kind == "duration"
        and (_a_span_within(doc, mention.first) or _time_allowed(mention.anchor)),
        quake=quake_named(mention.anchor) if unit == "magnitude" else None,
        displaced=displaced_where(noun, deed) if category == "displaced" else None,
        part=(
            casualty is not None
            and (
                is_part(mention.anchor)
                or not_yet_named(noun, verb)
                or (
                    is_increment(doc, mention.first, mention.last)
                    and (not increments or category in increments)
                )
            )
        )
        or (
            mention.kind == "count"
            and (
                in_one_place_alone(mention.anchor)
                or added_to(mention.anchor)
                or included_part(mention.anchor)
                or listed_by_origin(mention.anchor)
                # "including 750 people under 18": a kind of people, counted as people
                or (noun is not None and noun_lemma(noun) == "people" and named_share(noun))
            )
        ),
        share=mention.kind == "count"
        and (named_share(noun) or (category in _HURT and listed_with_other_people(noun))),
        badly=category == "injured" and hurt_badly(noun, verb),
        added=mention.kind == "count"
        and is_increment(doc, mention.first, mention.last)
        and (not increments or category in increments),
        # not "no one was killed or injured": none of either
        either=(either_of(verb) or either_of(deed))
        if category in _FATES and quantity.high != 0
        else None,
        refers_back=mention.kind == "count" and refers_back(sentence, mention.first),
        at_death=mention.kind == "count" and counted == "age" and age_at_death(mention.anchor),
        per=(rate_of(mention.anchor, mention.last, noun) or averaged(noun, verb))
        if mention.kind != "duration"
        else None,
    )


# words after a span that make it the time between two events
_GAP_WORDS = frozenset({"after", "before", "later", "earlier"})
# what befalls people counted, one or another ("killed or injured")
_FATES = frozenset({"killed", "injured", "missing", "detained", "hostages", "displaced"})
# the dead and the hurt, whose kinds a report lists ("25 Indians and a Nepali tourist")
_HURT = frozenset({"killed", "injured"})


def _said_on(clause: Token, day: Token) -> bool:
    """A day said between a verb of saying and the subject of what was said before it, in the
    past perfect ("police said on Monday they had arrested 2,363 people"), which the parse may
    hang on what was said: the day of the saying (not "said on Wednesday it would cut 11,000
    jobs", the day of the announcement)."""
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_.lower() not in lx.SAYING_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return False
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and saying.i < day.i < min(subjects)


def _a_gap(doc: Doc, last: int) -> bool:
    """ "a day after Chauvin was sentenced to 22 1/2 years", "two days after the attack",
    "two days later": how far apart two events were, never how long either lasted. Not a
    span spent before something follows: "will serve about 15 years before he is eligible"
    (the parse hangs both spans on the clause after them)."""
    if last + 1 >= len(doc) or doc[last + 1].lower_ not in _GAP_WORDS:
        return False
    word = doc[last + 1]
    if word.dep_ != "mark":
        return True
    clause = word.head
    return not (clause.dep_ == "advcl" and clause.head.lemma_.lower() in _SPENDING_VERBS)


def _a_span_within(doc: Doc, first: int) -> bool:
    """ "The new rules will take effect in about 30 days", "will be freed within 60 days",
    "seven game-winning drives in one year": a span something happens in or by, said of its
    verb (not "a record in 10 years", a noun's). Not of a verb in the past tense: "Within a
    week of the dissolution ..., its building burned" is how far apart two events were."""
    # "within" is the figure's hedge, "in" the word before it
    word = doc[first] if doc[first].lower_ == "within" else doc[first - 1] if first else None
    if word is None or word.lower_ not in ("in", "within"):
        return False
    return word.head.pos_ in ("VERB", "AUX") and word.head.tag_ != "VBD"


def _time_allowed(anchor: Token) -> bool:
    """ "Lohan has 30 days to enter rehab", "was given 60 days to respond": a span to do
    something in, as "within 30 days" is, not a span spent (30 days of community service)."""
    unit = anchor.head if anchor.dep_ == "nummod" else anchor
    verb = unit.head
    if unit.dep_ != "dobj" or verb.lemma_.lower() not in ("have", "give", "get"):
        return False
    return any(
        c.dep_ in ("relcl", "acl", "advcl", "xcomp")
        and c.i > unit.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in [*unit.children, *verb.children]
    )


# verbs whose object is a span of time: "serve 15 years", "spent six months", "waited a day"
_SPENDING_VERBS = frozenset({"serve", "spend", "wait", "last", "take", "stay", "remain", "work"})


# nouns of a deed that harmed the people counted "of" it, or of its doers
_HARMING_NOUNS = lx.CATEGORY_TRIGGERS["killed"] | lx.CATEGORY_TRIGGERS["injured"] | KILLERS


def _harmed_by_a_deed_named(noun: Token | None) -> bool:
    """ "vowed to avenge the deaths of four soldiers", "to bring to justice the killers of four
    Americans": what the clause plans is done about the dead; their deaths are done."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    deed = noun.head.head
    # (not the deed a clause foresees: "The killing of 20 more would be a disaster")
    foreseen = deed.dep_ in ("nsubj", "nsubjpass")
    return deed.pos_ == "NOUN" and deed.lemma_.lower() in _HARMING_NOUNS and not foreseen


def _seen_done(deed: Token) -> bool:
    held = deed.head
    return deed.dep_ == "acl" and held.dep_ == "dobj" and held.head.lemma_.lower() == "see"


def _mood(verb: Token | None, casualty: Token | None, done: bool) -> Mood:
    """The clause's mood, unless what it plans is done already: a past participle beside the
    counted ("Two men convicted on Monday ... will be sentenced on Oct. 28") or a penalty
    imposed ("would appeal the European Union's fine of ...")."""
    mood = mood_of(verb, casualty)
    return "actual" if done and mood == "planned" else mood


def _set_for_a_later_day(anchor: Token, day: dt.date) -> bool:
    """ "announced a four-hour rail strike for December 18": an event the figure's noun names,
    set for a day after the report, however the clause around it is told."""
    noun = anchor
    while noun.dep_ in ("nummod", "compound", "amod") and noun.head.pos_ == "NOUN":
        noun = noun.head  # four -> hour -> strike
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "on")):
        for when in (c for c in prep.children if c.dep_ == "pobj"):
            entity = entity_at(noun.doc, when.i)
            if entity is None or entity.label_ != "DATE":
                continue
            resolved = resolve_date(entity.text, day, date_tense(when))
            if resolved is not None and resolved.bounds()[0] > day.isoformat():
                return True
    return False


def _a_year_to_a_month(doc: Doc, first: int, last: int) -> bool:
    """ "in the 12 months to November": the period a yearly rate is measured over."""
    after = doc[last + 1 : last + 3]
    the = first > 0 and doc[first - 1].lower_ == "the"
    return the and len(after) == 2 and after[0].lower_ == "to" and after[1].lower_ in MONTHS


_NEW_WORDS = frozenset({"new", "fresh"})


def _scope_of_the_set_including(noun: Token | None, sentence: Span, day: dt.date) -> str | None:
    """ "Hamas released 17 hostages on Saturday, including 13 Israelis": the people a set
    includes share its scope (Saturday's handover, not Friday's 13 Israelis)."""
    verb = verb_of_the_set_including(noun) if noun is not None else None
    return scope_of(verb, sentence, day, noun) if verb is not None and noun is not None else None


def _day_of_new_figures(
    noun: Token | None, verb: Token | None, article_date: dt.date
) -> str | None:
    """The day a count of new ones is said of: "Hubei reported 24 new deaths and 371 new cases
    on Sunday" are Sunday's, not a total; Thursday's "42 new deaths" are not Sunday's 24 grown."""
    if noun is None or verb is None:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in _NEW_WORDS for c in noun.children):
        return None
    return _day_of_verb(verb, article_date)


# the casualties a deed of one day makes
_DAYS_CASUALTIES = frozenset({"killed", "injured"})


def _day_of_the_deed(category: str, verb: Token | None, article_date: dt.date) -> str | None:
    """The day of the deed that killed or hurt the people counted: "Israeli strikes killed at
    least 50 Palestinians across the Gaza Strip on Saturday" are Saturday's dead, not the war's
    toll, nor Sunday's 33 (a tally's "rose to 18 on Thursday" has no such day)."""
    if category not in _DAYS_CASUALTIES or verb is None:
        return None
    if not _names_the_deed(verb, category):
        return None
    # not "since the assault began 12 days ago"
    return (
        _day_of_verb(verb, article_date, named_on_it=True)
        or _day_of_the_blow(verb, article_date)
        or _days_before_the_news(verb, article_date)
        or _week_of_verb(verb, article_date)
        or _day_of_the_next_deed(verb, article_date)
    )


def _names_the_deed(verb: Token, category: str) -> bool:
    """The verb names what befell the people counted, alone ("killed") or with its object or
    particle ("lost their lives", "shot dead", "gunned down"): a deed whose day is theirs."""
    triggers = lx.CATEGORY_TRIGGERS[category]
    lemma = verb.lemma_.lower()
    return lemma in triggers or any(
        f"{lemma} {c.lemma_.lower()}" in triggers
        for c in verb.children
        if c.dep_ in ("dobj", "oprd", "prt", "acomp")
    )


def _events_day(category: str, verb: Token | None, article_date: dt.date) -> str | None:
    """The day of the one event that killed or hurt the people counted, by its blow or its
    name ("exploded on Tuesday, killing nine", "killed in Wednesday's earthquake"): the whole
    toll of that event, unlike a day's dead of a longer strife ("killed on Thursday in
    clashes")."""
    deed = verb is not None and category in _DAYS_CASUALTIES and _names_the_deed(verb, category)
    blow = _day_of_the_blow(verb, article_date) if deed and verb is not None else None
    return blow or _day_of_the_event(category, verb, article_date)


def _day_of_the_blow(verb: Token, article_date: dt.date) -> str | None:
    """ "Walkie-talkies exploded across Lebanon on Wednesday, killing at least 20 people": the
    day of what the killing participle follows is the killing's."""
    blow = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or blow.pos_ != "VERB":
        return None
    if blow.lemma_.lower() not in _BLOWS:
        return None  # "was charged with murder Saturday after opening fire ..., killing one"
    return _day_of_verb(blow, article_date, named_on_it=True)


# what strikes the blow a killing participle follows: "exploded ... on Wednesday, killing 20"
_BLOWS = frozenset(
    {
        "explode", "strike", "hit", "crash", "collapse", "open", "attack", "erupt", "sweep",
        "tear", "rip", "ram", "plough", "plow", "derail", "capsize", "sink", "blast",
        "detonate", "shell", "bomb", "shoot", "burst", "slam", "smash", "engulf", "storm",
        "fire", "pound", "bombard", "raid", "stab", "overturn", "plunge", "blow",
    }
)  # fmt: skip


def _day_of_the_next_deed(verb: Token, article_date: dt.date) -> str | None:
    """ "killed 10 people and injured 35 on Tuesday": a day said after the second of two deeds
    that share their subject is the first's too."""
    deeds = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and any(_names_the_deed(c, k) for k in _DAYS_CASUALTIES)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    return _day_of_verb(deeds[0], article_date, named_on_it=True) if len(deeds) == 1 else None


def _gapped_day(anchor: Token, category: str, article_date: dt.date) -> str | None:
    """ "at least 27 people were killed on Tuesday and 31 on Sunday": a gapped figure's own
    day, said right after it, not the day of the verb it shares (the parse may hang the
    figure on the verb or on the first day); so is a part's, "including 109 on Monday alone"."""
    included = anchor.dep_ == "pobj" and anchor.head.lower_ == "including"
    if category not in _DAYS_CASUALTIES or (anchor.dep_ != "conj" and not included):
        return None
    doc = anchor.doc
    on = anchor.i + 1
    if on + 1 >= len(doc) or doc[on].lower_ != "on" or doc[on + 1].ent_type_ != "DATE":
        return None
    named = next((e for e in anchor.sent.ents if e.start <= on + 1 < e.end), None)
    if named is None:
        return None
    resolved = resolve_date(named.text, article_date, date_tense(named.root))
    return resolved.value if resolved is not None and resolved.precision == "day" else None


def _day_of_the_event(category: str, verb: Token | None, article_date: dt.date) -> str | None:
    """The day of the event whose dead or hurt are counted, when the subject names it: "Sunday's
    attack killed 30 people", "The death toll from Monday's violence rose to 21" (that day's
    dead, not those of the days since, as the toll's own "rose to 21 on Tuesday" is not), or
    the deed's phrase: "killed in Wednesday's earthquake"."""
    if category not in _DAYS_CASUALTIES or verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # past a dateline the parse takes for the subject: "KABUL, May 11 (Reuters) - Landslides
    # ... killed" (the dateline's day is no event's)
    subjects = [t for s in subjects if (t := past_the_dateline(s, deep=True)) is not None]
    for subject in subjects:
        event: Token | None = subject
        if subject.lemma_.lower() in lx.TALLY_NOUNS:
            event = next(
                (
                    g
                    for p in subject.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "of", "in")
                    for g in p.children
                    if g.dep_ == "pobj" and g.pos_ == "NOUN"
                ),
                None,
            )
        elif not _names_the_deed(verb, category):
            continue
        day = _day_named_on(event, verb, article_date) if event is not None else None
        if day is not None:
            return day
    if not _names_the_deed(verb, category):
        return None
    if any(s.lower_.removesuffix("s") in _ONE_BLOW_EVENTS for s in subjects):
        # "Landslides triggered by torrential rain killed at least 93 people ... on Tuesday":
        # an event of one blow whose deed's day is its own
        day = _day_of_verb(verb, article_date, named_on_it=True)
        if day is not None:
            return day
    # "about 770 people had been killed in Wednesday's earthquake": the event the deed was in
    events = (
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "during")
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in _DATED_EVENTS
    )
    return next((d for e in events if (d := _day_named_on(e, verb, article_date))), None)


# what a toll's deed happened in, dated by its day: "in Wednesday's earthquake"
_DATED_EVENTS = frozenset(
    {
        "earthquake", "quake", "attack", "blast", "explosion", "bombing", "shooting", "strike",
        "storm", "flood", "crash", "collision", "fire", "landslide", "tornado", "raid",
        "assault", "clash", "stampede", "derailment", "violence", "eruption", "tsunami",
    }
)  # fmt: skip


# ... and those of them that strike once, on one day (not a war's strike, a storm, a flood or
# violence, which may last days)
_ONE_BLOW_EVENTS = frozenset(
    {
        "earthquake", "quake", "blast", "explosion", "bombing", "crash", "collision",
        "landslide", "tornado", "stampede", "derailment", "avalanche", "mudslide",
    }
)  # fmt: skip


def _day_named_on(noun: Token, verb: Token, article_date: dt.date) -> str | None:
    """The day a date naming its day says of a noun of the verb's clause: "Tuesday's strike",
    "The strike on Tuesday"."""
    named = (e for e in verb.sent.ents if e.label_ == "DATE" and noun in _heads(e.root))
    for ent in filter(_names_its_day, named):
        resolved = resolve_date(ent.text, article_date, date_tense(verb))
        if resolved is not None and resolved.precision == "day":
            return resolved.value
    return None


def _week_of_verb(verb: Token, article_date: dt.date) -> str | None:
    """ "Thirteen peacekeepers were killed in clashes last week": the dead of that week, not
    those of a day outside it ("killed 15 soldiers on Thursday", a week later)."""
    for ent in verb.sent.ents:
        if ent.label_ != "DATE" or ent.root.head != verb or ent.root.dep_ != "npadvmod":
            continue
        resolved = resolve_date(ent.text, article_date, date_tense(verb))
        if resolved is not None and resolved.precision == "week":
            return resolved.value
    return None


def _heads(token: Token) -> tuple[Token, ...]:
    """A date's head, and the head of the preposition it hangs on: "strike" of "The strike
    on Tuesday" as of "Tuesday's strike"."""
    head = token.head
    return (head, head.head) if head.dep_ == "prep" else (head,)


# the most days "N days after" may count back to a deed's day
_DAYS_BACK = 6


def _days_before_the_news(verb: Token, article_date: dt.date) -> str | None:
    """ "The strike came a day after Israeli forces killed 20 people": the dead of the day
    before the news's own day (the day its clause names, else the article's)."""
    marked = any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children)
    if verb.dep_ != "advcl" or not marked:
        return None
    gap = next(
        (
            c
            for c in (*verb.children, *verb.head.children)
            if c.dep_ == "npadvmod" and c.lemma_.lower() == "day" and c.i < verb.i
        ),
        None,
    )
    if gap is None:
        return None
    count = next((c for c in gap.children if c.dep_ in ("nummod", "det")), None)
    days = 1 if count is None or count.lower_ in ("a", "one") else parse_number(count.text)
    if not isinstance(days, int) or not 1 <= days <= _DAYS_BACK:
        return None
    news = verb.head
    news_day = _day_of_verb(news, article_date, named_on_it=True)
    for subject in (c for c in news.children if c.dep_ in ("nsubj", "nsubjpass")):
        news_day = _day_named_on(subject, news, article_date) or news_day
    day = dt.date.fromisoformat(news_day) if news_day else article_date
    return (day - dt.timedelta(days=days)).isoformat()


def _names_its_day(ent: Span) -> bool:
    """ "Saturday", "on Nov. 9", "today": a day by its name, not counted from another."""
    words = {t.lower_ for t in ent}
    named = words & (set(WEEKDAYS) | {"today", "yesterday"}) or words & set(MONTHS)
    return bool(named) and not words & {"ago", "after", "before", "later", "earlier"}


def _stood_before_the_news(verb: Token | None, article_date: dt.date) -> bool:
    """ "The toll had stood at 17 on Saturday", told on Monday: where a tally stood on a day
    before the article's, in the past perfect, is the toll before (not "By Monday, the toll
    had risen to 24": the article's own day). So is where it had stood earlier on the
    article's own day ("had stood at 261 on Saturday morning", told on Saturday): a level
    the past perfect puts before the news, which a tally's rise does not."""
    if verb is None or verb.tag_ != "VBN" or not dates_a_tally(verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    day = _day_of_verb(verb, article_date, named_on_it=True)
    if day is None:
        return False
    return day < article_date.isoformat() or (
        day == article_date.isoformat() and states_a_tally(verb)
    )


def _day_of_verb(verb: Token, article_date: dt.date, named_on_it: bool = False) -> str | None:
    """The day a date of the verb's clause names; `named_on_it`: only a day by its name said
    of the verb itself ("killed ... on Saturday")."""
    for ent in verb.sent.ents:
        root = ent.root
        if ent.label_ != "DATE":
            continue
        if named_on_it:
            # "on Saturday morning": the day's name hangs from the part of the day
            held = (
                root.head if root.head.lower_ in lx.DAY_PARTS and root.dep_ == "compound" else root
            )
            on_the_day = held.head == verb or (held.head.lower_ == "on" and held.head.head == verb)
            if not on_the_day or not _names_its_day(ent):
                continue
        elif verb not in (root.head, root.head.head):
            continue
        resolved = resolve_date(ent.text, article_date, date_tense(verb))
        if resolved is not None and resolved.precision == "day":
            return resolved.value
    return None


# verbs that say a figure was nearly reached: "the toll neared 500"
_NEARING_VERBS = frozenset({"near", "approach"})


def _hedged_by_verb(quantity: Quantity, verb: Token | None, anchor: Token) -> Quantity:
    """ "The death toll has passed 1,000" (or "climbed past 1,000") is more than 1,000, "the
    toll neared 500" nearly 500: a verb can hedge a plain figure it takes as its object."""
    if quantity.hedge != "exact" or quantity.value is None or verb is None:
        return quantity
    gone_past = anchor.head.lower_ == "past" and anchor.head.head == verb
    if gone_past and verb.lemma_.lower() in lx.CHANGE_VERBS - {"go", "move"}:
        return hedged(quantity.value, "more_than")  # "the toll climbed past 15,000"
    if anchor.head != verb or anchor.dep_ not in ("dobj", "attr", "npadvmod"):
        return quantity
    lemma = verb.lemma_.lower()
    if lemma in lx.PASSING_VERBS:
        return hedged(quantity.value, "more_than")
    if lemma in _NEARING_VERBS:
        return hedged(quantity.value, "about", below_only=True)
    return quantity


def _spread_over(mention: Mention, quantity: Quantity, verb: Token | None) -> bool:
    """ "rose by 19 over four days", "33 hostages released over 42 days": a span another figure
    of the clause is spread over, not more than it (as "lasted over 42 days" is)."""
    if mention.kind != "duration" or quantity.hedge != "more_than":
        return False
    doc = mention.anchor.doc
    if verb is None or doc[mention.first].lower_ != "over" or verb.lemma_.lower() in _SPAN_VERBS:
        return False
    before = doc[mention.first - 1] if mention.first > 0 else None
    if before is not None and before.pos_ in ("ADP", "ADV", "ADJ", "DET", "SCONJ", "PART"):
        return False  # "held for over 42 days", "in over a year", "a little over a month"
    clause = verb.head if verb.dep_ in ("acl", "relcl") else verb  # "33 hostages released"
    span = range(mention.first, mention.last + 1)
    return any(
        t.like_num and t.i not in span and t.ent_type_ not in ("DATE", "TIME")
        for t in clause.subtree
    )


# verbs whose span is their own measure: "lasted over 42 days" is more than 42 days
_SPAN_VERBS = _SPENDING_VERBS | {"run", "continue", "go"}


def _length_reference(mention: Mention) -> tuple[str, str | None] | None:
    """A length's depth or distance from a named place (see `distance_reference`)."""
    if mention.unit not in lx.MEASURE_BASE or lx.MEASURE_BASE[mention.unit][0] != "km":
        return None
    return distance_reference(mention.anchor.doc, mention.first, mention.last)


_AGO_HEDGES = frozenset({"about", "almost", "nearly", "roughly", "around", "some", "over"})


def _hedged_ago(doc: Doc, first: int, text: str) -> bool:
    """ "almost three weeks ago", "more than a week ago": a week only roughly counted back,
    which would read as a week in dispute against the day itself ("December 2"; 86 date
    folders, verdicts 407 -> 406 with them)."""
    if not text.lower().endswith(" ago") or first == 0:
        return False
    before = doc[first - 1].lower_
    return before in _AGO_HEDGES or before == "than"  # "more than a week ago"


_CASUALTIES = lx.PEOPLE_CATEGORIES - {"population", "crowd"}


# words before a figure that add it to what was counted before
_FURTHER = frozenset({"further", "additional", "extra"})


def _people_the_count_rose_from(doc: Doc, mention: Mention) -> Token | None:
    """ "1,383 civilians ... had been killed since Thursday, up from 1,068 on Monday": the
    figure a count rose from counts the people of the figure before it."""
    if not is_earlier_figure(doc, mention.first):
        return None
    people = previous_counted(mention.anchor)
    return people if people is not None and people.pos_ == "NOUN" and is_person(people) else None


def _victims_of_the_toll_before(
    anchor: Token, noun: Token | None, counted_before: frozenset[str] | None
) -> bool:
    """A share of the victims said after one casualty count of their sentence is a share of
    what it counted; so is what a country reports, no noun said ("Poland's death toll rose to
    seven, while Romania reported seven"), and an aside naming who some of them were
    ("Twenty-six hostages were killed, 18 of them army and paramilitary soldiers, the
    spokesman said": the parse hangs the aside on the saying)."""
    one_casualty_before = (
        counted_before is not None and len(counted_before) == 1 and counted_before <= _CASUALTIES
    )
    if noun is None and one_casualty_before:
        reported = place_that_counts(governing_verb(anchor), anchor)
        return (reported or gapped_place(anchor)) is not None  # "... and Austria five"
    if one_casualty_before and noun is not None and noun.pos_ == "NOUN" and is_person(noun):
        of_them = (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of")
        if any(g.lower_ == "them" for c in of_them for g in c.children):
            return True
    return (
        noun is not None
        and noun_lemma(noun) == "victim"
        and noun.head.lower_ == "of"  # "92 of the victims", not "two of the three victims"
        and noun.head.head == anchor
        and counted_before is not None
        and len(counted_before) == 1
        and counted_before <= _CASUALTIES
    )


def _people_tallied(anchor: Token, category: str) -> Token | None:
    """The people a tally counts: the held, named by their category's own noun ("That brought
    to 58 the number of hostages freed since Friday" counts hostages, as "freed 11 hostages"
    does, not people), and whom a toll counts ("the number of civilians killed")."""
    tallied = tallied_things(anchor)
    if tallied is None:
        return None
    own = lx.NOUN_CATEGORIES.get(noun_lemma(tallied))
    held = own in ("hostages", "prisoners", "detained")
    if (
        (own is None or held)
        and category in _CASUALTIES
        and tallied.pos_ == "NOUN"
        and is_person(tallied)
    ):
        # "The number of civilians killed ... rose to 97": civilians; "The number of hostages
        # who died ... rose to 118": hostages
        return tallied
    if own != category:
        return None
    return tallied if category in ("hostages", "prisoners", "detained") else None


def _casualty_word(mention: Mention, noun: Token | None, category: str) -> Token | None:
    """The word a casualty count counts (for `mood_of` and `is_part`); None for other
    figures."""
    if mention.kind != "count" or category not in _CASUALTIES:
        return None
    return noun if noun is not None else mention.anchor


def _as_written(words: str | None, sentence: Span, written: str) -> str | None:
    """Words of the sentence as the article writes them (`written`, the sentence's own
    characters), not as the model read them: "KYW’s Pat Loeb", quoted as a source."""
    if words is None:
        return None
    at = sentence.text.find(words)
    return written[at : at + len(words)] if at >= 0 else words


def _is_repetition(noun: Token, verb: Token) -> bool:
    """ "shot 11 times": how often the verb happened, so the verb says what is counted."""
    return noun_lemma(noun) == "time" and noun.dep_ == "npadvmod" and noun.head == verb


def _inside_quotes(sentence: Span, token: Token) -> bool:
    """Whether an opening quotation mark before `token` in its sentence is still open."""
    before = sentence.doc[sentence.start : token.i].text
    return before.count('"') % 2 == 1


def _is_generic(anchor: Token) -> bool:
    """A figure inside "a/an ..." that is the subject of "can": what such a thing can do."""
    noun = anchor.head
    if noun.dep_ != "nsubj" or not any(c.lower_ in ("a", "an") for c in noun.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "can" for c in noun.head.children)


_GENERIC_PEOPLE = frozenset({"others", "other", "whom", "who", "those", "them", "they"}) | (
    PARTICIPLE_NOUNS  # "1 Dead, 2 Hurt": the parser's noun is what happened to them
)


_WEAK_QUANTITIES = frozenset({"several", "a handful", "a few", "a couple"})


def _is_weak(span: Span) -> bool:
    """ "several countries": vague words are figures only for people hurt, held or killed."""
    return " ".join(t.lower_ for t in span if t.lower_ not in lx.HEDGE_WORDS) in _WEAK_QUANTITIES


def _owner_of_a_count(noun: Token) -> bool:
    """ "14 members of one family", "three pupils of one school": the one the counted belong
    to."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return any(c.like_num and c.dep_ == "nummod" for c in noun.head.head.children)


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
