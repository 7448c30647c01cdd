"""stories: articles split into stories, and claims compared only inside one story."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from functools import cache
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsrecon import stories
from newsrecon.models import ArticleProfile, Report
from newsrecon.pipeline import run
from newsrecon.stories import cluster_stories, stories_from_folders

from .conftest import FIXTURES, SEEDS

SAMPLE = FIXTURES / "corpus"


@cache
def sample_report() -> Report:
    return run([SAMPLE])


def folder(article_id: str) -> str:
    return article_id.split("/")[0]


def test_clusters_reproduce_the_event_folders() -> None:
    """Ignoring the folders, clustering puts each event folder's articles in one story alone."""
    report = sample_report()
    stories: dict[str, set[str]] = defaultdict(set)
    folders: dict[str, set[str]] = defaultdict(set)
    for article in report.articles:
        assert article.story is not None
        stories[article.story].add(folder(article.id))
        folders[folder(article.id)].add(article.story)
    assert all(len(f) == 1 for f in stories.values()), stories
    assert all(len(s) == 1 for s in folders.values()), folders


def test_no_group_mixes_event_folders() -> None:
    """Every claim group holds articles of one event folder only."""
    report = sample_report()
    article_of = {c.id: c.article for c in report.claims}
    for group in report.groups:
        assert len({folder(article_of[c]) for c in group.claims}) == 1, group


def test_one_event_folder_alone_is_one_story() -> None:
    """A run over one event's articles, where every event word is in every article, still
    keeps them together (the Athens bank fire: 11 articles, two of them follow-ups)."""
    report = run([SAMPLE / "ecb_topic08_ecbplus"])
    assert len(report.articles) == 11
    assert {a.story for a in report.articles} == {"s1"}


def test_seeds_are_one_story() -> None:
    """The five seed articles report one story."""
    assert {a.story for a in run([SEEDS]).articles} == {"s1"}


def test_folders_mode_uses_the_folders() -> None:
    """--stories folders: one story per folder, '.' for files at the top."""
    assert stories_from_folders(["a/x", "a/y", "b/z", "top"]) == {
        "a/x": "a",
        "a/y": "a",
        "b/z": "b",
        "top": ".",
    }


def profile(
    article: str, names: dict[str, int], day: int, words: dict[str, int] | None = None
) -> ArticleProfile:
    return ArticleProfile(
        article=article,
        date=dt.date(2020, 1, 1) + dt.timedelta(days=day),
        names=names,
        words=words or {"quake": 2, "toll": 1},
    )


QUAKE = {"qeshm": 3, "iran": 2, "usgs": 1}
PROFILES = [
    profile("a1", QUAKE, 0),
    profile("a2", QUAKE, 1),
    profile("a3", {"qeshm": 2, "iran": 1}, 2),
    profile("b1", QUAKE, 900),
    profile("b2", QUAKE, 901),
    profile("c1", {"athens": 3, "marfin": 2}, 1, {"fire": 2, "bank": 1}),
    profile("c2", {"athens": 2, "marfin": 3}, 1, {"fire": 1, "bank": 2}),
]


def test_same_place_years_apart_is_two_stories() -> None:
    """Two earthquakes on one island years apart are two stories; another event a third."""
    story = cluster_stories(PROFILES)
    assert story["a1"] == story["a2"] == story["a3"]
    assert story["b1"] == story["b2"] != story["a1"]
    assert story["c1"] == story["c2"] not in (story["a1"], story["b1"])


def led_by(article: str, actor: str, day: int, also: str | None = None) -> ArticleProfile:
    actors = {actor: 1} | ({also: 1} if also else {})
    return ArticleProfile(
        article=article,
        date=dt.date(2009, 1, 6) + dt.timedelta(days=day),
        names={"chargers": 3, "san diego": 2, "dui": 2},
        words={"arrest": 2, "suspicion": 1, "driving": 1},
        actors=actors,
    )


TWINS = [led_by(f"j{n}", "jackson", n) for n in range(3)] + [
    led_by(f"w{n}", "williams", 25 + n) for n in range(3)
]


def test_twin_events_led_by_different_actors_are_two_stories() -> None:
    """Same words, a month apart, but each lead names a different player: two stories."""
    story = cluster_stories(TWINS)
    assert story["j0"] == story["j1"] == story["j2"]
    assert story["w0"] == story["w1"] == story["w2"] != story["j0"]


def test_words_alone_would_join_the_twins() -> None:
    """Without lead actors the same articles are one story: the actors are what split them."""
    bare = [p.model_copy(update={"actors": {}}) for p in TWINS]
    assert len(set(cluster_stories(bare).values())) == 1


def test_an_actor_shared_by_both_sides_keeps_one_story() -> None:
    """When the main actor of one side also leads a fair share of the other, one story."""
    shared = [*TWINS[:5], led_by("w2", "williams", 27, also="jackson")]
    assert len(set(cluster_stories(shared).values())) == 1


def bridged(
    article: str, day: int, actors: tuple[str, ...] = (), named: str = ""
) -> ArticleProfile:
    return ArticleProfile(
        article=article,
        date=dt.date(2009, 1, 6) + dt.timedelta(days=day),
        names={"chargers": 3, "san diego": 2, "dui": 2} | ({named: 2} if named else {}),
        words={"arrest": 2, "suspicion": 1, "driving": 1},
        actors=dict.fromkeys(actors, 1),
    )


# Twins within one week, and four articles whose leads name neither player: pair by pair,
# the merge joins everything through them.
BRIDGED_TWINS = [
    *(bridged(f"bj{n}", n, ("jackson",)) for n in range(3)),
    *(bridged(f"bw{n}", 3 + n, ("williams",)) for n in range(3)),
    bridged("bn0", 2, named="jackson"),
    bridged("bn1", 3, named="williams"),
    bridged("bn2", 2),
    bridged("bn3", 3),
]


def test_twins_joined_through_neutral_articles_are_split_by_their_leads() -> None:
    """Two camps of leads that never name the other's actor are two stories; an article
    leading with neither goes where its text names the actor, else to the camp nearer in
    time (bn2 is dated among the j's, bn3 among the w's)."""
    story = cluster_stories(BRIDGED_TWINS)
    assert len(set(story.values())) == 2
    assert story["bj0"] == story["bj1"] == story["bj2"] == story["bn0"] == story["bn2"]
    assert story["bw0"] == story["bw1"] == story["bw2"] == story["bn1"] == story["bn3"]
    assert story["bj0"] != story["bw0"]


def test_a_follow_up_leading_with_one_camps_actor_joins_the_camp_it_is_about() -> None:
    """ "The Angels have withdrawn their offer" leads a piece on the Red Sox's chances a week
    later: its text names the other camp's actor more and it is nearer that camp in time."""
    twins = [*BRIDGED_TWINS, bridged("bw3", 4, ("williams",))]
    story = cluster_stories([*twins, bridged("bx", 7, ("jackson",), named="williams")])
    assert story["bx"] == story["bw0"] != story["bj0"]
    dated_among_the_js = bridged("by", 1, ("jackson",), named="williams")
    story = cluster_stories([*twins, dated_among_the_js])
    assert story["by"] == story["bj0"] != story["bw0"]


def test_without_the_camp_split_the_bridged_twins_are_one_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stories, "CAMP_SHARE", 2.0)
    assert len(set(cluster_stories(BRIDGED_TWINS).values())) == 1


def report(
    article: str,
    names: dict[str, int],
    words: dict[str, int],
    day: dt.date = dt.date(2009, 1, 3),
) -> ArticleProfile:
    return ArticleProfile(article=article, date=day, names=names, words=words)


CRASH_WORDS = {"crash": 3, "plane": 3, "runway": 2, "passengers": 2, "pilot": 2, "flight": 3}
CRASH = [
    report(
        f"r{n}",
        {"denver": 3, "continental": 3, "boeing": 2, f"witness{n}": 2, f"reporter{n}": 1},
        CRASH_WORDS | {f"detail{n}{k}": 1 for k in range(30)},
    )
    for n in range(5)
] + [
    # a short video page: one witness's name and the word "crash" in common
    report("short", {"nbc": 2, "witness0": 1, "cnn": 1}, {"video": 1, "crash": 1, "clip": 1}),
    # a match report the same day: nothing in common
    report("other", {"madrid": 2, "real": 2}, {"goal": 2, "match": 1, "league": 1}),
]


def test_a_short_article_left_alone_joins_the_story_it_is_closest_to() -> None:
    """Just under the threshold on average, but sharing a name with one report: it joins;
    an article of another event stays alone."""
    story = cluster_stories(CRASH)
    assert story["short"] == story["r0"] == story["r4"]
    assert story["other"] != story["r0"]


def test_without_attaching_loners_the_short_article_stays_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stories, "LONER_SHARE", 99.0)
    story = cluster_stories(CRASH)
    assert story["short"] != story["r0"]


# another event of one kind, five months later: the crash's words, no name in common
OTHER_CRASH = [
    report(
        f"f{n}",
        {"pakistan": 3, "pia": 2},
        CRASH_WORDS | {f"detail{n}{k}": 1 for k in range(30)},
        dt.date(2009, 6, 2),
    )
    for n in range(2)
]


def test_a_small_story_naming_others_joins_no_story_of_other_names() -> None:
    """Two articles of another event months later that share the crash's words but none of its
    names stay their own story (over the longer memory of small stories, their words alone
    would join them to it)."""
    story = cluster_stories([*CRASH, *OTHER_CRASH])
    assert story["f0"] == story["f1"] != story["r0"]


def test_without_the_names_the_other_event_would_join(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "_share_a_name", lambda *args: True)
    story = cluster_stories([*CRASH, *OTHER_CRASH])
    assert story["f0"] == story["r0"]


# stories of their own that name the UN too
UN_ELSEWHERE = [
    report(f"u{n}", {f"town{n}": 2, "un": 1}, {f"topic{n}": 3, f"detail{n}": 2}) for n in range(5)
]


def test_a_name_many_other_stories_name_is_no_tie() -> None:
    """The other crash and the crash both cite the UN, as do five stories more: a name many
    other articles name ties no small story to a story."""
    crash = [r.model_copy(update={"names": r.names | {"un": 1}}) for r in CRASH]
    other = [o.model_copy(update={"names": o.names | {"un": 1}}) for o in OTHER_CRASH]
    story = cluster_stories([*crash, *other, *UN_ELSEWHERE])
    assert story["f0"] == story["f1"] != story["r0"]


def test_a_country_named_by_both_is_no_tie() -> None:
    """The crash's reports and the other crash's both name Pakistan: a country names too many
    events to tie two of them months apart."""
    crash = [r.model_copy(update={"names": r.names | {"pakistan": 1}}) for r in CRASH]
    story = cluster_stories([*crash, *OTHER_CRASH])
    assert story["f0"] == story["f1"] != story["r0"]


# a report of the crash's day naming only its pilot, close to one report's words: its words
# are enough within a week
PILOT = report(
    "pilot", {"vinar": 2}, {"crash": 1, "pilot": 1} | {f"detail0{k}": 1 for k in range(5)}
)


def test_within_a_week_a_small_story_naming_others_joins_on_its_words() -> None:
    story = cluster_stories([*CRASH, PILOT])
    assert story["pilot"] == story["r0"]


def test_names_asked_of_the_same_week_the_pilot_s_report_stays_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stories, "_days_apart", lambda *args: stories.DATE_GRACE + 1)
    story = cluster_stories([*CRASH, PILOT])
    assert story["pilot"] != story["r0"]


# other events of the same day, one article each, so that a run holds more articles than
# ALL_PAIRS_UP_TO and pairs are proposed, not formed from every two articles
ELSEWHERE = [
    report(f"e{n}", {f"town{n}": 2, f"mayor{n}": 2}, {f"topic{n}": 3, f"detail{n}": 2, "said": 1})
    for n in range(stories.ALL_PAIRS_UP_TO)
]
# a page naming no one: a few of the crash's words
NAMELESS = report("nameless", {}, {"crash": 2, "runway": 1, "pilot": 1, "plane": 1, "video": 1})
# a video page sharing one rare name with one report, and more words with another
VIDEO = report(
    "video",
    {"witness0": 1, "nbc": 3, "cnn": 3, "msnbc": 3},
    {"video": 3, "clip": 3, "crash": 1} | {f"detail2{k}": 1 for k in range(10)},
)


def test_in_a_large_run_a_short_article_is_judged_on_every_pair_of_its_story() -> None:
    """Among many articles pairs are proposed by rare names: the video page shares one with
    one report only. Whether it joins the story is judged on its similarity to every report
    (as in a run of the crash alone), not on that one pair averaged over the story."""
    story = cluster_stories([*CRASH, *ELSEWHERE, VIDEO])
    assert story["video"] == story["r0"] == story["r4"]
    assert story["other"] != story["r0"]
    assert len({story[e.article] for e in ELSEWHERE}) == len(ELSEWHERE)


def test_in_a_large_run_an_article_naming_no_one_is_proposed_by_its_rare_words() -> None:
    story = cluster_stories([*CRASH, *ELSEWHERE, NAMELESS])
    assert story["nameless"] == story["r0"] == story["r4"]
    assert story["other"] != story["r0"]


SHOOTING = [
    report(
        f"s{n}",
        {"lacalamita": 3, "troy": 2, "michigan": 2, f"source{n}": 1},
        {"shooting": 3, "accounting": 2, "firm": 2, "receptionist": 1, f"detail{n}": 2},
    )
    for n in range(6)
] + [
    # the trial's verdict a year later: the same names, other words
    ArticleProfile(
        article="verdict",
        date=dt.date(2010, 1, 20),
        names={"lacalamita": 2, "troy": 1, "oakland county": 1},
        words={"jury": 2, "convict": 1, "shooting": 1, "murder": 1, "sentence": 1},
    ),
]
# the verdict and the sentence a month later: a story of two, a year after the shooting
TRIAL = [
    *SHOOTING[:-1],
    SHOOTING[-1],
    ArticleProfile(
        article="sentence",
        date=dt.date(2010, 2, 20),
        names={"lacalamita": 2, "oakland county": 2},
        words={"jury": 1, "convict": 2, "sentence": 2, "prison": 1, "life": 1},
    ),
]


def test_a_follow_up_a_year_later_joins_its_story() -> None:
    """An article left alone is compared with the stories over a longer memory: a verdict a
    year after the shooting, naming its gunman, joins the shooting's story."""
    story = cluster_stories(SHOOTING)
    assert story["verdict"] == story["s0"] == story["s4"]


def test_two_follow_ups_a_year_later_join_their_story() -> None:
    story = cluster_stories(TRIAL)
    assert story["verdict"] == story["sentence"] == story["s0"]


def test_two_follow_ups_stay_apart_when_only_lone_articles_may_join(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stories, "SMALL_STORY", 1)
    story = cluster_stories(TRIAL)
    assert story["verdict"] == story["sentence"] != story["s0"]


def test_with_the_stories_memory_the_follow_up_stays_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stories, "LONER_HALF_LIFE", stories.DATE_HALF_LIFE)
    story = cluster_stories(SHOOTING)
    assert story["verdict"] != story["s0"]


@settings(max_examples=25)
@given(st.randoms(use_true_random=False))
def test_stories_do_not_depend_on_input_order(rng: random.Random) -> None:
    """Shuffling the articles gives the same stories with the same ids, lead actors and all."""
    everything = PROFILES + TWINS + BRIDGED_TWINS + CRASH + TRIAL
    shuffled = everything[:]
    rng.shuffle(shuffled)
    assert cluster_stories(shuffled) == cluster_stories(everything)


# an actress checks into rehab (six reports), then, eight weeks on, three reports of her move
REHAB = [
    report(
        f"may{n}",
        {"lohan": 3, "betty ford": 2, "morningside": 2, f"lawyer{n}": 1},
        {"rehab": 3, "probation": 2, "court": 2, "check": 2, f"detail{n}": 2},
        dt.date(2013, 5, 2),
    )
    for n in range(6)
] + [
    report(
        f"june{n}",
        {"lohan": 1, "cliffside": 2, "malibu": 1, f"source{n}": 1},
        {"rehab": 1, "transfer": 2, "program": 1, "finish": 1, f"note{n}": 2},
        dt.date(2013, 6, 28),
    )
    for n in range(3)
]


def test_three_follow_ups_weeks_later_join_a_story_twice_their_size() -> None:
    """Three reports of the actress's move eight weeks on are her rehab story's, not another."""
    story = cluster_stories(REHAB)
    assert len(set(story.values())) == 1


def test_with_only_pairs_joining_thrice_their_size_the_follow_ups_stay_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stories, "SMALL_STORY", 2)
    monkeypatch.setattr(stories, "FOLLOWED_BY", 3)
    story = cluster_stories(REHAB)
    assert story["june0"] == story["june2"] != story["may0"]


def test_an_article_joining_a_small_story_that_joins_another_keeps_a_story() -> None:
    """A lone report a year on, close only to a pair of follow-ups which join the main story:
    every article still gets a story (a chain of joins once lost the lone one)."""
    pair = [p for p in REHAB if p.article != "june2"]
    lone = report(
        "next_year",
        {"cliffside": 2, "malibu": 2},
        {"transfer": 2, "program": 1, "finish": 1},
        dt.date(2014, 6, 28),
    )
    profiles = sorted([*pair, lone], key=lambda p: p.article)
    index = {p.article: n for n, p in enumerate(profiles)}
    clusters = [
        [index[f"may{n}"] for n in range(6)],
        [index["june0"], index["june1"]],
        [index["next_year"]],
    ]
    vectors = stories._tfidf(profiles)
    pairs = list(combinations(range(len(profiles)), 2))
    joined = stories._attach_loners(profiles, vectors, pairs, clusters)
    assert sorted(m for members in joined for m in members) == list(range(len(profiles)))


def sect_report(
    article: str, day: dt.date, names: dict[str, int], words: dict[str, int], lead: str | None
) -> ArticleProfile:
    sect = {"flds": 2, "polygamy": 2}
    actors = {lead: 1} if lead else {}
    return ArticleProfile(article=article, date=day, names=names | sect, words=words, actors=actors)


# the Canadian arrests (led by one leader) half a year after a report of the sect's prophet
# charged in Texas, and the prophet's trial three years after it
ARRESTS = [
    sect_report(
        f"arrest{n}",
        dt.date(2009, 1, 7),
        {"bountiful": 3, "british columbia": 2, "blackmore": 2, "oler": 1},
        {"arrest": 2, "charge": 2, "wives": 1, f"detail{n}": 3},
        "blackmore",
    )
    for n in range(4)
]
TRIAL_OF_THE_PROPHET = [
    sect_report(
        f"trial{n}",
        dt.date(2011, 8, 4) + dt.timedelta(days=n),
        {"jeffs": 3, "texas": 2},
        {"trial": 2, "jury": 2, "sentence": 1, f"detail{n}": 3},
        "jeffs",
    )
    for n in range(5)
]


def charged_in_texas(lead: str | None) -> ArticleProfile:
    return sect_report(
        "charged",
        dt.date(2008, 7, 1),
        {"jeffs": 2, "texas": 1, "bountiful": 1, "british columbia": 1},
        {"charge": 2, "indictment": 2, "raid": 1},
        lead,
    )


def test_a_lone_article_joins_the_story_its_lead_actor_leads() -> None:
    """Closer in words and time to the arrests, but its lead names the prophet, who leads
    the trial's story and not the arrests': it is the prophet's story."""
    story = cluster_stories([*ARRESTS, *TRIAL_OF_THE_PROPHET, charged_in_texas("jeffs")])
    assert story["charged"] == story["trial0"] != story["arrest0"]


def test_a_lone_article_whose_lead_names_no_one_joins_the_closest_story() -> None:
    story = cluster_stories([*ARRESTS, *TRIAL_OF_THE_PROPHET, charged_in_texas(None)])
    assert story["charged"] == story["arrest0"] != story["trial0"]


def killing_report(
    article: str, day: dt.date, days_named: tuple[dt.date, ...] = ()
) -> ArticleProfile:
    return ArticleProfile(
        article=article,
        date=day,
        names={"ortiz": 3, "orozco": 2, "hawaiian gardens": 2, f"source {article}": 1},
        words={"deputy": 3, "shooting": 2, "gang": 2, "sheriff": 2, f"detail{article}": 2},
        days_named=list(days_named),
    )


KILLED_ON = dt.date(2005, 6, 24)
KILLING = [killing_report(f"k{n}", KILLED_ON + dt.timedelta(days=n % 3)) for n in range(6)]


def trial(days_named: tuple[dt.date, ...]) -> list[ArticleProfile]:
    """Four reports of the trial two years on; the first three name `days_named`."""
    return [
        killing_report(f"t{n}", dt.date(2007, 3, 20) + dt.timedelta(days=7 * n), days_named)
        if n < 3
        else killing_report(f"t{n}", dt.date(2007, 3, 20) + dt.timedelta(days=7 * n))
        for n in range(4)
    ]


def test_a_trial_whose_reports_name_the_day_of_the_killing_joins_its_story() -> None:
    story = cluster_stories([*KILLING, *trial((dt.date(2005, 6, 20), KILLED_ON))])
    assert len(set(story.values())) == 1


def test_a_trial_naming_no_day_of_the_killings_reports_is_a_story_of_its_own() -> None:
    """Named days outside the other story's dates, or too few of its reports naming one."""
    for days in ((dt.date(2005, 6, 1),), ()):
        story = cluster_stories([*KILLING, *trial(days)])
        assert story["t0"] == story["t3"] != story["k0"] == story["k5"]
    one_names_it = [*trial(()), killing_report("t9", dt.date(2007, 3, 21), (KILLED_ON,))]
    story = cluster_stories([*KILLING, *one_names_it])
    assert story["t0"] != story["k0"]


def test_a_story_naming_a_day_of_a_story_about_other_things_stays_apart() -> None:
    other = [
        ArticleProfile(
            article=f"o{n}",
            date=dt.date(2007, 3, 20),
            names={"madrid": 2, "real": 2, f"player{n}": 1},
            words={"goal": 2, "match": 2, "league": 1},
            days_named=[KILLED_ON],
        )
        for n in range(4)
    ]
    story = cluster_stories([*KILLING, *other])
    assert story["o0"] != story["k0"]


def test_without_follow_ups_the_trial_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "FOLLOW_UP_SHARE", 2.0)
    story = cluster_stories([*KILLING, *trial((KILLED_ON,))])
    assert story["t0"] != story["k0"]


def test_a_twin_event_naming_the_first_ones_day_stays_apart_by_its_lead_actor() -> None:
    """A second player's arrest "for the second time in less than a month" names the first
    arrest's day; the leads name two players."""
    first = [p.model_copy(update={"actors": {"jackson": 1}}) for p in KILLING]
    second = [p.model_copy(update={"actors": {"williams": 1}}) for p in trial((KILLED_ON,))]
    story = cluster_stories([*first, *second])
    assert story["t0"] != story["k0"]
    unnamed = [p.model_copy(update={"actors": {}}) for p in second]
    story = cluster_stories([*first, *unnamed])
    assert story["t0"] == story["k0"]
