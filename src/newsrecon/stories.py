"""Articles -> stories: which articles report the same event, so that claims are only ever
compared inside one story (an earthquake's toll is never reconciled with a shooting's).

Stories come from the folders the user made (`folders`) or, by default, from clustering the
articles (`cluster`): TF-IDF vectors of their named entities (weighted up) and words, cosine
similarity damped by the distance between article dates, average-link agglomeration that
keeps apart clusters led by different actors; a later story whose reports name the day of an
earlier one's is its follow-up. Pairs are proposed by shared rare names (rare words for an
article that shares no name), not formed from every pair of articles.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Literal

from newsrecon.clustering import cluster_scored

if TYPE_CHECKING:  # the CLI imports StoryMode from here; pydantic stays out of its start-up
    from newsrecon.models import ArticleProfile

StoryMode = Literal["cluster", "folders"]

NAME_WEIGHT = 3.0
JOIN_THRESHOLD = 0.08
# Articles of one story are usually days apart; similarity halves every DATE_HALF_LIFE days
# beyond a grace of DATE_GRACE days, so that two earthquakes on one island years apart split.
DATE_GRACE = 7
DATE_HALF_LIFE = 60.0
# Two stories of one kind in one place ("Chargers player arrested for DUI", twice a month
# apart) share most of their words; who acts in their leads tells them apart. A cluster of at
# least ACTOR_MIN_ARTICLES articles whose leads mostly (ACTOR_MAIN_SHARE) name one actor is not
# merged with another whose main actor differs, unless each main actor also leads a fair share
# (ACTOR_SHARED_SHARE) of the other's articles.
ACTOR_MIN_ARTICLES = 3
ACTOR_MAIN_SHARE = 0.5
ACTOR_SHARED_SHARE = 0.25
# Merging goes pair by pair, so twin events can still meet through a few articles whose leads
# name neither main actor (the Angels' and the Red Sox's offers to one player, a week apart).
# A story is split afterwards when its leads fall into two camps: two actors that each lead at
# least CAMP_SHARE of its articles (and ACTOR_MIN_ARTICLES) and never lead one together.
CAMP_SHARE = 0.3
# Weights are computed as if the input sat among this many other articles that lack the term:
# a run over one event's dozen articles, where every event word is in every article, still
# weighs those words above each article's idiosyncrasies (without it, 54 of the 86 corpus
# folders ingested alone split into several stories; with it, 21, mostly over months-long gaps).
BACKGROUND_ARTICLES = 100
# A story of at most SMALL_STORY articles joins the closest story of at least FOLLOWED_BY times
# its size, and larger than SMALL_STORY (two events of one kind in one place, told by a few
# articles each, stay apart)
# when its average similarity to it reaches LONER_SHARE of JOIN_THRESHOLD (and one pair the
# threshold), dates
# weighed over a longer memory than articles in general: a trial's verdict a year after a
# shooting names its gunman and victims, and has no story but that one. See _attach_loners.
# Corpus folders ingested alone kept whole: 75 of 86 with lone articles at DATE_HALF_LIFE,
# 79 at LONER_HALF_LIFE, 83 with stories of two joining one thrice their size, 84 with stories
# of three joining one twice theirs (a rehab stay's follow-ups six weeks on); whole corpus ARI
# 0.973 -> 0.988 -> 0.992, purity 0.999.
LONER_SHARE = 0.5
SMALL_STORY = 3
FOLLOWED_BY = 2
LONER_HALF_LIFE = 720.0
# A story at least this share of whose articles name a day of another story's reports is
# that story's follow-up (see _join_follow_ups).
FOLLOW_UP_SHARE = 0.5
# A term in more than this share of the articles proposes no pairs by itself.
COMMON_SHARE = 0.05
# An article that shares no rare name with another is proposed by this many of its rarest
# words (see _candidate_pairs).
PROPOSING_WORDS = 20
ALL_PAIRS_UP_TO = 60

Vector = dict[str, float]


def stories_from_folders(article_ids: Sequence[str]) -> dict[str, str]:
    """Each article's story is its folder, relative to the ingested folder ('.' for the top)."""
    return {a: (a.rsplit("/", 1)[0] if "/" in a else ".") for a in article_ids}


def cluster_stories(profiles: Sequence[ArticleProfile]) -> dict[str, str]:
    """Each article's story id ("s1", "s2", ...), numbered by each story's first article id."""
    ordered = sorted(profiles, key=lambda p: p.article)
    vectors = _tfidf(ordered)
    pairs = _candidate_pairs(ordered)
    clusters = cluster_scored(
        pairs,
        lambda i, j: _similarity(ordered[i], ordered[j], vectors[i], vectors[j]),
        len(ordered),
        JOIN_THRESHOLD,
        _LeadActors(ordered),
    )
    clusters = [camp for members in clusters for camp in _split_camps(ordered, vectors, members)]
    clusters = _attach_loners(ordered, vectors, pairs, clusters)
    clusters = _join_follow_ups(ordered, vectors, clusters)
    clusters.sort(key=lambda members: min(members))
    return {ordered[m].article: f"s{n + 1}" for n, members in enumerate(clusters) for m in members}


def _attach_loners(
    profiles: Sequence[ArticleProfile],
    vectors: Sequence[Vector],
    pairs: Sequence[tuple[int, int]],
    clusters: list[list[int]],
) -> list[list[int]]:
    """A short article (a two-line update, a headline page) shares few words with the long
    reports of its own event, and can end up alone just under the threshold; so can two
    follow-ups a year later. A story of at most SMALL_STORY articles joins the story of
    FOLLOWED_BY times its size or more that it is closest to on average (over every pair of
    their articles, not only the pairs proposed), when that average reaches LONER_SHARE of
    the threshold and one pair of articles reaches the threshold itself;
    an article of another event shares next to nothing with any story and stays alone.
    Among the stories it may join, those whose main actor its leads name come first: a report
    of a sect's prophet charged in Texas, half a year before the arrests of the sect's leaders
    in Canada and three years before the prophet's trial, is the trial's story although it
    shares more with the arrests' (a Canadian paper's angle)."""
    story_of = {m: n for n, members in enumerate(clusters) for m in members}
    naming = Counter(name for profile in profiles for name in profile.names)
    candidates: set[tuple[int, int]] = set()
    for i, j in pairs:
        for own, other in ((i, j), (j, i)):
            small, story = story_of[own], story_of[other]
            size = len(clusters[small])
            # a small story joins only a story that no other may join: never a chain
            if size <= SMALL_STORY and len(clusters[story]) >= max(
                SMALL_STORY + 1, FOLLOWED_BY * size
            ):
                candidates.add((small, story))
    totals: dict[int, dict[int, float]] = defaultdict(dict)
    best: dict[int, dict[int, float]] = defaultdict(dict)
    # every pair of the two stories, not only the proposed ones: in a large run pairs are
    # proposed by rare names alone, and a short article shares few
    for small, story in sorted(candidates):
        values = [
            _similarity(
                profiles[own], profiles[other], vectors[own], vectors[other], LONER_HALF_LIFE
            )
            for own in clusters[small]
            for other in clusters[story]
        ]
        totals[small][story] = sum(values)
        best[small][story] = max(values)
    main_actors = {
        n: _main_actor(_lead_counts(profiles, clusters[n]), len(clusters[n]))
        for by_story in totals.values()
        for n in by_story
    }
    joined: dict[int, list[int]] = defaultdict(list)
    for small, by_story in sorted(totals.items()):
        size = len(clusters[small])
        averages = {
            n: total / (size * len(clusters[n]))
            for n, total in by_story.items()
            if total / (size * len(clusters[n])) >= LONER_SHARE * JOIN_THRESHOLD
            and best[small][n] >= JOIN_THRESHOLD
            and (
                _days_apart(profiles, clusters[small], clusters[n]) <= DATE_GRACE
                or _share_a_name(profiles, clusters[small], clusters[n], naming)
            )
        }
        own_leads = _lead_counts(profiles, clusters[small])
        led_by_own = [n for n in averages if main_actors[n] in own_leads]
        if led_by_own:
            averages = {n: averages[n] for n in led_by_own}
        if averages:
            joined[max(averages, key=lambda n: (averages[n], -n))].append(small)
    moved = {small for smalls in joined.values() for small in smalls}
    return [
        sorted(members + [m for small in joined.get(n, []) for m in clusters[small]])
        for n, members in enumerate(clusters)
        if n not in moved
    ]


# countries as the parse names them in short
_COUNTRY_SHORT_NAMES = frozenset({"us", "u.s.", "uk", "u.k.", "usa", "uae"})


def _days_apart(
    profiles: Sequence[ArticleProfile], small: Sequence[int], story: Sequence[int]
) -> int:
    """The fewest days between an article of the small story and one of the story."""
    return min(abs((profiles[a].date - profiles[b].date).days) for a in small for b in story)


def _share_a_name(
    profiles: Sequence[ArticleProfile],
    small: Sequence[int],
    story: Sequence[int],
    naming: Counter[str],
) -> bool:
    """Whether a small story more than a week from the story (see `_attach_loners`; within a
    week its words are enough: "Miles Vinar" named alone by a report of the Mount Cook deaths)
    names someone or somewhere the story names, or names no one: a
    follow-up names its event's people or places (a trial's gunman, a rehab stay's star), a
    page naming no one has only its words to go by; another event of one kind, named, only
    shares its words ("toll", "children", "rises": Pakistan's floods and a strike on a
    Ukrainian station months apart), or names every story names ("the UN", "the health
    ministry": named by more than SMALL_STORY articles of other stories; `naming` counts the
    articles that name each name)."""
    from newsrecon.lexicon import COUNTRIES, DEMONYMS  # not at the CLI's start-up

    own = {name for m in small for name in profiles[m].names}
    if not own:
        return True
    theirs = {name for m in story for name in profiles[m].names}
    both = [*small, *story]
    for name in own & theirs:
        if name in COUNTRIES or name in DEMONYMS or name in _COUNTRY_SHORT_NAMES:
            continue  # "the US": a country names too many events to tie two of them
        inside = sum(name in profiles[m].names for m in both)
        if naming[name] - inside <= SMALL_STORY:
            return True
    return False


def _join_follow_ups(
    profiles: Sequence[ArticleProfile], vectors: Sequence[Vector], clusters: list[list[int]]
) -> list[list[int]]:
    """A trial two years after a killing is the killing's story: its reports name the day
    ("killed June 24, 2005") that the other story's reports came out on. A story at least
    FOLLOW_UP_SHARE of whose articles name a day within another story's dates (from the day
    before its first) joins that story when their articles' words and names, not damped by
    time, reach the threshold on average, and their main actors allow it (see
    `_actors_allow`); the earliest such story when there are several. Twin events name each
    other's months (a rule made, then undone months later), seldom a day of the other's
    reports; when they do ("for the second time in less than a month", of a second player's
    arrest), their leads name two actors."""
    spans = [
        (min(profiles[m].date for m in members), max(profiles[m].date for m in members))
        for members in clusters
    ]
    on_day: dict[dt.date, list[int]] = defaultdict(list)
    for n, (first, last) in enumerate(spans):
        for offset in range(-1, (last - first).days + 1):
            on_day[first + dt.timedelta(days=offset)].append(n)
    root = list(range(len(clusters)))

    def find(n: int) -> int:
        while root[n] != n:
            n = root[n]
        return n

    for n, members in enumerate(clusters):
        naming: dict[int, int] = defaultdict(int)
        for m in members:
            for other in {o for day in profiles[m].days_named for o in on_day.get(day, ())}:
                if other != n:
                    naming[other] += 1
        leads = _lead_counts(profiles, members)
        for other in sorted(naming, key=lambda o: (spans[o][0], o)):
            if naming[other] < FOLLOW_UP_SHARE * len(members):
                continue
            other_leads = _lead_counts(profiles, clusters[other])
            if not _actors_allow(leads, len(members), other_leads, len(clusters[other])):
                continue
            total = sum(
                _similarity(profiles[i], profiles[j], vectors[i], vectors[j], math.inf)
                for i in members
                for j in clusters[other]
            )
            if total / (len(members) * len(clusters[other])) >= JOIN_THRESHOLD:
                root[find(n)] = find(other)
                break
    joined: dict[int, list[int]] = defaultdict(list)
    for n, members in enumerate(clusters):
        joined[find(n)].extend(members)
    return [sorted(members) for members in joined.values()]


def _split_camps(
    profiles: Sequence[ArticleProfile], vectors: Sequence[Vector], members: list[int]
) -> list[list[int]]:
    """The story in two when its leads form two camps (see CAMP_SHARE). An article in neither
    camp joins the one whose actor its text names more often, else the one nearer in time
    (twins are told apart by when they happened), else the one closer in words."""
    least = max(ACTOR_MIN_ARTICLES, CAMP_SHARE * len(members))
    led: dict[str, list[int]] = defaultdict(list)
    for m in members:
        for actor in profiles[m].actors:
            led[actor].append(m)
    actors = sorted((a for a in led if len(led[a]) >= least), key=lambda a: (-len(led[a]), a))
    for first, second in combinations(actors, 2):
        if set(led[first]) & set(led[second]):
            continue
        camps = {first: list(led[first]), second: list(led[second])}
        placed = set(led[first]) | set(led[second])
        for m in members:
            if m in placed:
                continue
            camps[
                max(camps, key=lambda actor: _camp_affinity(profiles, vectors, m, actor, led))
            ].append(m)
        for own, other in ((first, second), (second, first)):
            for m in led[own]:
                if _belongs_to_other_camp(profiles, vectors, m, own, other, led):
                    camps[own].remove(m)
                    camps[other].append(m)
        return [sorted(camps[first]), sorted(camps[second])]
    return [members]


def _belongs_to_other_camp(
    profiles: Sequence[ArticleProfile],
    vectors: Sequence[Vector],
    article: int,
    own: str,
    other: str,
    led: dict[str, list[int]],
) -> bool:
    """An article whose lead names one camp's actor ("The Angels have withdrawn their offer")
    but whose text names the other's more often and which is nearer in time to the other
    camp ("Boston in good spot for Teixeira", a week after the Angels' offer) is the other
    camp's follow-up."""
    rest = {own: [c for c in led[own] if c != article], other: led[other]}
    if not rest[own]:
        return False
    mine = _camp_affinity(profiles, vectors, article, own, rest)
    theirs = _camp_affinity(profiles, vectors, article, other, rest)
    return theirs[0] > mine[0] and theirs[1] > mine[1]


def _camp_affinity(
    profiles: Sequence[ArticleProfile],
    vectors: Sequence[Vector],
    article: int,
    actor: str,
    led: dict[str, list[int]],
) -> tuple[int, float, float, str]:
    profile = profiles[article]
    named = sum(count for name, count in profile.names.items() if name.split()[-1] == actor)
    camp = led[actor]
    days_apart = sum(abs((profile.date - profiles[c].date).days) for c in camp) / len(camp)
    closeness = sum(
        _similarity(profile, profiles[c], vectors[article], vectors[c]) for c in camp
    ) / len(camp)
    return named, -days_apart, closeness, actor


def _main_actor(leads: dict[str, int], size: int) -> str | None:
    """The actor most of a story's leads name, if it has one (see ACTOR_MAIN_SHARE)."""
    if size < ACTOR_MIN_ARTICLES or not leads:
        return None
    actor = min(leads, key=lambda name: (-leads[name], name))
    return actor if leads[actor] >= ACTOR_MAIN_SHARE * size else None


def _lead_counts(profiles: Sequence[ArticleProfile], members: Sequence[int]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for m in members:
        for actor in profiles[m].actors:
            counts[actor] += 1
    return counts


def _actors_allow(
    leads_a: dict[str, int], size_a: int, leads_b: dict[str, int], size_b: int
) -> bool:
    """Two clusters may merge unless their main actors differ and neither's main actor leads
    a fair share of the other's articles (see ACTOR_SHARED_SHARE)."""
    main_a, main_b = _main_actor(leads_a, size_a), _main_actor(leads_b, size_b)
    if main_a is None or main_b is None or main_a == main_b:
        return True
    return (
        leads_b.get(main_a, 0) >= ACTOR_SHARED_SHARE * size_b
        or leads_a.get(main_b, 0) >= ACTOR_SHARED_SHARE * size_a
    )


class _LeadActors:
    """Per cluster, how many of its articles name each actor in their lead."""

    def __init__(self, profiles: Sequence[ArticleProfile]) -> None:
        self.size = [1] * len(profiles)
        self.leads: list[dict[str, int]] = [dict.fromkeys(p.actors, 1) for p in profiles]

    def main_actor(self, cluster: int) -> str | None:
        return _main_actor(self.leads[cluster], self.size[cluster])

    def may_merge(self, a: int, b: int) -> bool:
        return _actors_allow(self.leads[a], self.size[a], self.leads[b], self.size[b])

    def merged(self, kept: int, absorbed: int) -> None:
        self.size[kept] += self.size[absorbed]
        for actor, count in self.leads[absorbed].items():
            self.leads[kept][actor] = self.leads[kept].get(actor, 0) + count
        self.leads[absorbed] = {}


def _terms(profile: ArticleProfile) -> dict[str, float]:
    terms: dict[str, float] = {f"name:{k}": NAME_WEIGHT * v for k, v in profile.names.items()}
    for word, count in profile.words.items():
        terms[f"word:{word}"] = terms.get(f"word:{word}", 0.0) + count
    return terms


def _tfidf(profiles: Sequence[ArticleProfile]) -> list[Vector]:
    raw = [_terms(p) for p in profiles]
    document_frequency: dict[str, int] = defaultdict(int)
    for terms in raw:
        for term in terms:
            document_frequency[term] += 1
    n = len(profiles) + BACKGROUND_ARTICLES
    vectors = []
    for terms in raw:
        vector = {
            t: (1 + math.log(count)) * math.log(1 + n / document_frequency[t])
            for t, count in terms.items()
            if count > 0
        }
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        vectors.append({t: w / norm for t, w in vector.items()})
    return vectors


def _similarity(
    a: ArticleProfile,
    b: ArticleProfile,
    va: Vector,
    vb: Vector,
    half_life: float = DATE_HALF_LIFE,
) -> float:
    if len(va) > len(vb):
        va, vb = vb, va
    cosine = sum(w * vb.get(t, 0.0) for t, w in va.items())
    gap = max(0, abs((a.date - b.date).days) - DATE_GRACE)
    damping: float = 0.5 ** (gap / half_life)
    return cosine * damping


def _candidate_pairs(profiles: Sequence[ArticleProfile]) -> list[tuple[int, int]]:
    n = len(profiles)
    if n <= ALL_PAIRS_UP_TO:
        return list(combinations(range(n), 2))
    postings: dict[str, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        for name in profile.names:
            postings[name].append(index)
    limit = max(ALL_PAIRS_UP_TO // 2, int(COMMON_SHARE * n))
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 1 < len(members) <= limit:
            pairs.update(combinations(members, 2))
    # an article that shares no rare name (a two-line update, a piece naming no one) is
    # proposed by its rarest words instead
    paired = {index for pair in pairs for index in pair}
    unpaired = [index for index in range(n) if index not in paired]
    if unpaired:
        by_word: dict[str, list[int]] = defaultdict(list)
        for index, profile in enumerate(profiles):
            for word in profile.words:
                by_word[word].append(index)
        for index in unpaired:
            shared = [w for w in profiles[index].words if 1 < len(by_word[w]) <= limit]
            for word in sorted(shared, key=lambda w: (len(by_word[w]), w))[:PROPOSING_WORDS]:
                pairs.update((min(index, m), max(index, m)) for m in by_word[word] if m != index)
    return sorted(pairs)
