"""reconcile: grouping equivalent claims across articles and explaining their verdicts."""

from __future__ import annotations

import datetime as dt
import gc
import random
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsrecon import reconcile as reconcile_module
from newsrecon.models import Claim
from newsrecon.reconcile import compatible, participle, reconcile, show_figure

TERMS = ["israel", "retaliatory", "response", "kill", "people", "gaza", "health", "ministry"]


def claim(article: str, value: Any, **overrides: Any) -> Claim:
    """A killed-in-Gaza count as the extractor would produce it, with fields overridden."""
    fields: dict[str, Any] = dict(
        id=f"{article}:c{overrides.pop('n', 1)}",
        article=article,
        date=dt.date(2025, 2, 3),
        start=0,
        end=6,
        text=str(value),
        sentence="...",
        kind="count",
        category="killed",
        value=value,
        low=value,
        high=None,
        hedge="at_least",
        unit="people",
        counted="people",
        predicate="kill",
        place="Gaza",
        terms=TERMS,
        nearby=TERMS[2:],
    )
    fields.update(overrides)
    return Claim(**fields)


# a sum of dollars as the extractor gives it: no thing counted, no place, no hedge
DOLLARS: dict[str, Any] = dict(
    kind="amount", category="money", unit="USD", counted=None, place=None, hedge="exact"
)


def test_later_higher_toll_is_an_update() -> None:
    """47,283 on Feb 3 and 47,518 on Feb 4 are one group: an update, with its timeline."""
    groups = reconcile(
        [
            claim("a", 47283),
            claim("b", 47518, date=dt.date(2025, 2, 4)),
            claim("c", 47518, date=dt.date(2025, 2, 4)),
        ]
    )
    (group,) = groups
    assert group.status == "update"
    assert group.rule == "update-later-higher"
    assert "235 more" in group.reason
    assert group.timeline == ["at least 47,283 (2025-02-03)", "at least 47,518 (2025-02-04)"]
    assert {d.rule for d in group.disagreements} == {"update-later-higher"}


def test_a_figure_a_change_started_from_joins_the_toll_it_was() -> None:
    """ "At least 41 people have died, up from 34 on Wednesday" and "the toll rose from 41 to
    45": each article's earlier figure is the toll as it was, so one group runs 34 -> 41 -> 45
    (an update), though each article gives two figures; the timeline shows what each day
    reported, not the earlier figures."""
    feb4, feb5 = dt.date(2025, 2, 4), dt.date(2025, 2, 5)
    up_from = "At least 41 people have died, up from 34 on Wednesday."
    rose_from = "The death toll rose from 41 to 45."
    (group,) = reconcile(
        [
            claim("a", 34),
            claim("b", 41, date=feb4, sentence=up_from),
            claim("b", 34, date=feb4, sentence=up_from, earlier=True, n=2),
            claim("b", 41, date=feb4, sentence="Death toll rises to 41", n=3),
            claim("c", 41, date=feb5, sentence=rose_from, earlier=True),
            claim("c", 45, date=feb5, sentence=rose_from, n=2),
        ]
    )
    assert group.status == "update"
    assert group.timeline == [
        "at least 34 (2025-02-03)",
        "at least 41 (2025-02-04)",
        "at least 45 (2025-02-05)",
    ]


def test_a_figure_of_another_period_is_no_earlier_reading() -> None:
    """ "About 126 million people voted, down from 131 million in 2008", after another article
    gave 2008's 131 million: this year's 126 million is not 2008's figure, before or after."""
    down_from = "About 126 million people voted, down from 131 million in 2008."
    votes = dict(category="other", counted="people", predicate="vote", unit="people")
    groups = reconcile(
        [
            claim("a", 131_000_000, scope="2008", **votes),
            claim("b", 126_000_000, date=dt.date(2025, 2, 4), sentence=down_from, **votes),
            claim("b", 131_000_000, date=dt.date(2025, 2, 4), sentence=down_from, n=2,
                  earlier=True, scope="2008", **votes),
        ]
    )  # fmt: skip
    assert sorted(g.claims for g in groups) == [["a:c1", "b:c2"], ["b:c1"]]
    assert groups[0].status == "agree"


@pytest.mark.parametrize("same_sentence", [False, True])
def test_an_article_may_say_its_own_count_has_risen(same_sentence: bool) -> None:
    """ "Friday's quake, which killed 14 people" and, further down, "two missing villagers were
    found dead, bringing the toll to 16": the article updates itself, so both join the toll
    the day before gave (14 -> 16, an update). In one sentence the figure before the rise is
    what was added ("four from friendly fire, bringing to 10"), not the count before it."""
    stale = "The quake, which killed 14 people, struck on Friday."
    risen = "Two villagers were found dead, bringing the toll to 16."
    apr13 = dt.date(2025, 2, 4)
    later = dict(date=apr13, hedge="exact", start=200, sentence=stale if same_sentence else risen)
    groups = reconcile(
        [
            claim("a", 14, hedge="exact", high=14),
            claim("b", 14, date=apr13, hedge="exact", high=14, sentence=stale),
            claim("b", 16, high=16, rising=True, n=2, **later),
        ]
    )
    if same_sentence:
        assert sorted(len(g.claims) for g in groups) == [1, 2]
        return
    (group,) = groups
    assert group.status == "update"
    assert group.timeline == ["14 (2025-02-03)", "16 (2025-02-04)"]


@pytest.mark.parametrize("two_sources", [False, True])
def test_a_figure_its_article_says_has_risen_is_no_report_of_its_day(two_sources: bool) -> None:
    """ "the 13 people killed in Wednesday's strike", then "two more died, bringing the toll to
    15", a day after another article gave 15: the 13 is not a lower report repeated (no note
    that an older figure came back). Given by another source than the 15, it is one."""
    feb4, feb5 = dt.date(2025, 2, 4), dt.date(2025, 2, 5)
    sources = ("city council", "governor") if two_sources else (None, None)
    stale = "Zaporizhzhia mourned the 13 people killed in Wednesday's strike."
    risen = "Two more died in hospital, bringing the toll to 15."
    (group,) = reconcile(
        [
            claim("a", 13, hedge="exact", high=13),
            claim("b", 15, date=feb4, hedge="exact", high=15),
            claim("c", 13, date=feb5, hedge="exact", high=13, sentence=stale,
                  attribution=sources[0]),
            claim("c", 15, date=feb5, hedge="exact", high=15, sentence=risen, start=100,
                  rising=True, attribution=sources[1], n=2),
        ]
    )  # fmt: skip
    assert group.status == "update"
    assert ("older figure repeated" in group.reason) is two_sources
    assert ("13 (2025-02-05)" in group.timeline) is two_sources


def test_a_figure_a_change_started_from_is_no_report_of_its_day() -> None:
    """ "up from 34", said a day after another article gave 41: the 34 was the toll before
    both, not a later report lower than 41 (no revision, no conflict)."""
    up_from = "At least 41 people have died, up from 34 on Wednesday."
    (group,) = reconcile(
        [
            claim("a", 41),
            claim("b", 41, date=dt.date(2025, 2, 4), sentence=up_from),
            claim("b", 34, date=dt.date(2025, 2, 4), sentence=up_from, earlier=True, n=2),
        ]
    )
    assert (group.status, group.disagreements) == ("agree", [])
    assert group.reason == "2 articles give the same figure: at least 41."


def test_days_a_tally_stood_are_days_of_their_own() -> None:
    """ "The death toll rose to 34 on Wednesday", the next day "rose to 41 on Thursday": two
    days the toll stood somewhere, not one day in dispute (no conflict); on one day a tally's
    date still joins the event's."""
    rose = dict(kind="date", category="date", unit=None, counted=None, hedge="exact",
                precision="day", predicate="rise", tally=True)  # fmt: skip
    wednesday, thursday = "2025-02-05", "2025-02-06"
    groups = reconcile(
        [
            claim("a", wednesday, low=wednesday, high=wednesday, **rose),
            claim("b", thursday, low=thursday, high=thursday, date=dt.date(2025, 2, 6), **rose),
        ]
    )
    assert sorted(g.status for g in groups) == ["single", "single"]
    struck = {**rose, "tally": False, "predicate": "strike"}
    (group,) = reconcile(
        [
            claim("a", thursday, low=thursday, high=thursday, **rose),
            claim("b", thursday, low=thursday, high=thursday, **struck),
        ]
    )
    assert group.status == "agree"


def test_two_days_of_daily_tolls_are_two_counts() -> None:
    """ "62 killed in the past 24 hours" on one day and "71" the next are two days' tolls, not
    one toll that rose; on one day two reports of it are one count."""
    feb4 = dt.date(2025, 2, 4)
    groups = reconcile(
        [
            claim("a", 62, scope="past 24 hours to 2025-02-03"),
            claim("b", 71, date=feb4, scope="past 24 hours to 2025-02-04"),
            claim("c", 71, date=feb4, scope="past 24 hours to 2025-02-04"),
        ]
    )
    assert sorted((g.status, len(g.claims)) for g in groups) == [("agree", 2), ("single", 1)]


def test_update_from_a_vague_figure_says_no_difference() -> None:
    """ "dozens" on one day, 249 the next: higher, by an amount no article gives."""
    dozens = claim("a", None, low=24, high=99, hedge="about", text="dozens")
    (group,) = reconcile(
        [dozens, claim("b", 249, hedge="exact", high=249, date=dt.date(2025, 2, 4))]
    )
    assert group.status == "update"
    assert group.reason.startswith(
        "2025-02-04 reports 249, higher than 2025-02-03 (dozens [24-99])"
    )


def test_an_update_reads_from_a_number_to_the_last_days_highest() -> None:
    """ "dozens" in a headline and "at least 38" on day one; 98 (health ministry) and 104
    (AFAD) on day three: the update is 38 -> 104, not dozens -> whichever came last."""
    day_three = dt.date(2025, 2, 5)
    (group,) = reconcile(
        [
            claim("a", None, low=24, high=99, hedge="about", text="dozens", sentence="Dozens"),
            claim("a", 38, n=2, start=40, end=42),
            claim("b", 104, hedge="exact", high=104, date=day_three, attribution="AFAD"),
            claim("c", 98, hedge="exact", high=98, date=day_three, attribution="health ministry"),
        ]
    )
    assert group.status == "update"
    assert group.reason.startswith("2025-02-05 reports 104, 66 more than 2025-02-03 (at least 38)")


def test_buildings_brought_down_are_one_count_whatever_the_verb() -> None:
    """ "destroyed 130 buildings" and, a day later, "128 buildings collapsed": one count."""
    fields = dict(category="other", counted="building", unit="buildings", hedge="exact")
    (group,) = reconcile(
        [
            claim(
                "a",
                130,
                high=130,
                predicate="destroy",
                terms=["afad", "building", "destroy", "quake"],
                nearby=["building", "destroy"],
                **fields,
            ),
            claim(
                "b",
                128,
                high=128,
                predicate="collapse",
                date=dt.date(2025, 2, 4),
                terms=["building", "collapse", "official", "shelter"],
                nearby=["building", "collapse"],
                **fields,
            ),
        ]
    )
    assert group.status == "conflict"


def test_what_is_left_of_a_set_falls_as_an_update() -> None:
    """76 hostages remain, a week later "leaving 73 still held", then 67: what is left falls as
    the set is freed; more left later is a revision."""
    fields = dict(category="hostages", counted="hostage", unit="hostages", hedge="exact")
    week = dt.timedelta(days=7)
    day = dt.date(2025, 2, 8)
    remaining = [
        claim("a", 76, high=76, predicate="remain", date=day, **fields),
        claim("b", 73, high=73, predicate="leave", date=day + week, **fields),
        claim("c", 67, high=67, predicate="remain", date=day + 2 * week, **fields),
    ]
    (group,) = reconcile(remaining)
    assert (group.status, group.rule) == ("update", "update-later-lower")
    assert group.reason.startswith("2025-02-22 reports 67, 9 fewer than 2025-02-08 (76)")
    more_left = claim("d", 80, high=80, predicate="remain", date=day + week, **fields)
    (group,) = reconcile([remaining[0], more_left])
    assert (group.status, group.rule) == ("conflict", "conflict-revised-up")


def test_more_people_missing_later_is_an_update_however_worded() -> None:
    """ "41 people were still unaccounted for", three days later "more than 170 people remain
    missing": more are reported missing as word comes in, an update (the rule for what is
    left of a set had made it a revision); fewer later, as they are found, is one too."""
    fields = dict(category="missing", counted="people", unit="people", predicate="remain")
    day = dt.date(2025, 7, 7)
    earlier = claim("a", 41, high=41, hedge="exact", date=day, **fields)
    later = claim("b", 171, hedge="more_than", date=day + dt.timedelta(days=3), **fields)
    (group,) = reconcile([earlier, later])
    assert (group.status, group.rule) == ("update", "update-later-higher")
    found = claim("c", 12, high=12, hedge="exact", date=day + dt.timedelta(days=5), **fields)
    (group,) = reconcile([earlier, found])
    assert (group.status, group.rule) == ("update", "update-later-lower")


def test_a_count_an_article_says_fell_falls_as_an_update() -> None:
    """About 180,000 under evacuation orders, two days later "153,000 remained ..., down from
    180,000": the later article says the count fell, so the lower figure is an update (a
    later article giving a lower figure without saying so is still a revision)."""
    fields: dict[str, str | None] = dict(
        category="other", counted="resident", unit="residents", predicate="be"
    )
    fields |= dict(hedge="about", place=None)
    later = dt.date(2025, 2, 5)
    first = claim("a", 180_000, low=170_000, high=190_000, **fields)
    fell = claim("b", 153_000, low=152_000, high=154_000, date=later, **fields)
    fell_from = claim("b", 180_000, low=180_000, high=180_000, earlier=True,
                      date=later, n=2, **(fields | {"hedge": "exact"}))  # fmt: skip
    (group,) = reconcile([first, fell, fell_from])
    assert (group.status, group.rule) == ("update", "update-later-lower")
    assert "27,000 fewer than" in group.reason
    (group,) = reconcile([first, fell])
    assert (group.status, group.rule) == ("conflict", "conflict-revised-down")
    rose_from = fell_from.model_copy(update={"value": 140_000, "low": 140_000, "high": 140_000})
    (group,) = reconcile([first, fell, rose_from])
    assert group.rule == "conflict-revised-down"  # "up from 140,000": it rose, then is lower


def test_a_bound_the_toll_rose_past_is_updated() -> None:
    """ "At least five people have died", two days later "the death toll rose to 11": both can
    be true, but the wording says the count rose past the bound: an update; so does "more
    than 11", a bound that rose."""
    (group,) = reconcile(
        [claim("a", 5), claim("b", 11, hedge="exact", high=11, rising=True,
                              date=dt.date(2025, 2, 5))]
    )  # fmt: skip
    assert (group.status, group.rule) == ("update", "update-later-higher")
    (group,) = reconcile([claim("a", 5), claim("b", 11, hedge="more_than",
                                               date=dt.date(2025, 2, 5))])  # fmt: skip
    assert group.status == "update"


@pytest.mark.parametrize(
    ("category", "status"), [("killed", "update"), ("missing", "update"), ("other", "agree")]
)
def test_a_later_exact_count_above_a_casualty_bound_is_an_update(
    category: str, status: str
) -> None:
    """ "Rescuers have pulled at least 28 bodies", the next day "41 bodies had been
    recovered": a casualty count past the day before's bound grew, so it is an update (as 28
    then 41 would be), though both can be true. Not so for other things ("over 350 yards",
    the next day "352 yards"), nor without a later exact figure ("at least 5", "dozens")."""
    words = "rescuer pull body river potomac"
    bound = worded("a", 1, 28, "at_least", words, category=category)
    later = worded("b", 1, 41, "exact", words, category=category, date=dt.date(2025, 2, 4))
    (group,) = reconcile([bound, later])
    assert group.status == status
    if status == "update":
        assert group.timeline == ["at least 28 (2025-02-03)", "41 (2025-02-04)"]
    vague = later.model_copy(update={"value": None, "low": 24, "high": 99, "hedge": "about"})
    (group,) = reconcile([bound, vague])
    assert group.status == "agree"


@pytest.mark.parametrize(("counted", "status"), [("case", "update"), ("yard", "agree")])
def test_a_later_exact_count_of_cases_above_a_bound_is_an_update(counted: str, status: str) -> None:
    """ "infected more than 5,300 since early January", two weeks later "8,543 cases": an
    outbreak's cases grow as it spreads, so the later count is an update, though both can be
    true (not so "over 350 yards", the next day "352 yards")."""
    words = "cholera outbreak angola case record"
    bound = worded("a", 1, 5300, "more_than", words, category="other", counted=counted, high=None)
    later = worded("b", 1, 8543, "exact", words, category="other", counted=counted,
                   date=dt.date(2025, 2, 17))  # fmt: skip
    (group,) = reconcile([bound, later])
    assert group.status == status


@pytest.mark.parametrize(("low", "high", "status"), [(2250, 2750, "update"), (1260, 1540, "agree")])
def test_a_later_rough_casualty_count_wholly_above_a_bound_is_an_update(
    low: int, high: int, status: str
) -> None:
    """ "more than 1,400 people injured", three days later "about 2,500 injured": all the
    rough figure's reach lies above the bound, so the count grew; "about 1,400" may be the
    same count."""
    words = "cyclone injure people mayotte"
    bound = worded("a", 1, 1400, "more_than", words, category="injured", high=None)
    later = worded("b", 1, (low + high) // 2, "about", words, category="injured",
                   date=dt.date(2025, 2, 6), low=low, high=high)  # fmt: skip
    (group,) = reconcile([bound, later])
    assert group.status == status


def test_a_nations_people_and_the_foreigners_are_two_counts() -> None:
    """ "About 150 Algerian workers were freed", the next day "Nearly 100 of the 132 foreign
    workers at the site had been freed": two sets of workers, whatever their words share."""
    freed = dict(category="hostages", counted="worker", predicate="free", place=None)

    def workers(article: str, figure: int, text: str, sentence: str, low: int, high: int) -> Claim:
        day = dt.date(2025, 2, 3 if article == "a" else 4)
        hedge = "exact" if low == high else "about"
        return claim(article, figure, low=low, high=high, hedge=hedge, text=text,
                     sentence=sentence, date=day, **freed)  # fmt: skip

    algerians = workers(
        "a", 150, "About 150", "About 150 Algerian workers were freed by the militants.", 135, 165
    )
    foreigners = workers(
        "b", 100, "Nearly 100", "Nearly 100 of the 132 foreign workers at the site had been freed.",
        90, 100,
    )  # fmt: skip
    assert len(reconcile([algerians, foreigners])) == 2
    more = workers("c", 160, "160", "Some 160 Algerian workers were freed.", 160, 160)
    assert len(reconcile([algerians, more])) == 1


def test_a_gap_after_an_event_is_no_span_since_another() -> None:
    """ "his first major title in 11 years" and "14 years after his last win at Augusta": a
    span since one event and a gap after another, no conflict."""
    span = dict(kind="duration", category="duration", counted=None, place=None, predicate="win")
    span |= dict(unit="years", hedge="exact", agent="woods")
    since = claim("a", 11, low=11, high=11, **span)
    after = claim("b", 14, low=14, high=14, gap=True, **span)
    assert len(reconcile([since, after])) == 2
    same_gap = claim("c", 14, low=14, high=14, gap=True, date=dt.date(2025, 2, 4), **span)
    assert len(reconcile([after, same_gap])) == 1


def test_one_value_in_two_units_of_time_is_two_spans() -> None:
    """ "deliberated for about four hours" and "over four days" are no one span; "some 13
    miles" is the "13 nautical miles" loosely put."""
    span = dict(kind="duration", category="duration", counted=None, place=None, predicate=None)
    hours = claim("a", 4, low=3.6, high=4.4, unit="hours", hedge="about", **span)
    days = claim("b", 4, low=4, high=4, unit="days", hedge="exact", **span)
    assert not compatible(hours, days)
    assert compatible(days, claim("c", 4, low=4, high=4, unit="days", hedge="exact", **span))
    length = dict(kind="amount", category="measure", counted=None, place=None, predicate=None)
    nautical = claim("a", 13, high=13, unit="nautical miles", hedge="exact", **length)
    assert compatible(nautical, claim("b", 13, low=12, high=14, unit="miles", **length))


def test_a_day_of_trading_is_no_other_deeds_day() -> None:
    """ "Facebook Inc priced its initial public offering at $38 a share on Thursday", four days
    on "Facebook shares fell 11 percent on Monday to $34.03, well below the $38 price of its
    initial public offering": the same company, other days of two deeds, no date in conflict."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                precision="day", place=None, agent="facebook")  # fmt: skip
    words = frozenset({"facebook", "initial", "public", "offering", "share", "price", "$38"})
    thursday, monday = "2012-05-17", "2012-05-21"
    priced = claim("a", thursday, low=thursday, high=thursday, predicate="price", terms=words,
                   nearby=words, date=dt.date(2012, 5, 18), **date)  # fmt: skip
    traded = claim("b", monday, low=monday, high=monday, predicate="trade", terms=words,
                   nearby=words, date=dt.date(2012, 5, 22), **date)  # fmt: skip
    assert sorted(g.status for g in reconcile([priced, traded])) == ["single", "single"]


def test_concerts_and_shows_ships_and_vessels_are_one_thing() -> None:
    """ "preparing for a series of 50 concerts in London", the next day "rehearsing for 50
    comeback shows at London's O2 arena": one count of one thing in two words."""
    things = dict(category="other", place=None, hedge="exact", unit=None, agent="jackson")
    first = frozenset({"jackson", "prepare", "series", "50", "concert", "london", "july"})
    second = frozenset({"jackson", "die", "thursday", "age", "rehearse", "50", "show", "london"})
    concerts = claim("a", 50, high=50, counted="concert", predicate="prepare", terms=first,
                     nearby=first, **things)  # fmt: skip
    shows = claim("b", 50, high=50, counted="show", predicate="rehearse", terms=second,
                  nearby=second, date=dt.date(2025, 2, 4), **things)  # fmt: skip
    (group,) = reconcile([concerts, shows])
    assert group.status == "agree"


def test_a_storms_category_is_its_days() -> None:
    """ "The Category 5 storm packed winds", four days on "made landfall ... as a Category 4
    hurricane": two days' strengths, no conflict; one day's two articles are one strength."""
    strength = dict(kind="amount", category="measure", unit="category", counted=None, place=None)
    strength |= dict(hedge="exact", predicate=None)
    wednesday, sunday = dt.date(2017, 9, 6), dt.date(2017, 9, 10)
    groups = reconcile(
        [
            claim("a", 5, high=5, date=wednesday, **strength),
            claim("b", 4, high=4, date=sunday, **strength),
        ]
    )
    assert len(groups) == 2 and all(g.status == "single" for g in groups)
    (one_day,) = reconcile(
        [
            claim("a", 5, high=5, date=wednesday, **strength),
            claim("b", 4, high=4, date=wednesday, **strength),
        ]
    )
    assert one_day.status == "conflict"


def test_a_fires_burned_area_and_containment_grow() -> None:
    """17,234 acres burned and 6% contained, two days later 21,596 acres and 11%: updates, by
    the figures' own unit."""
    later = dt.date(2025, 2, 5)
    acres = dict(kind="amount", category="measure", unit="acres", counted=None, hedge="exact")
    (burned,) = reconcile(
        [
            claim("a", 17234, high=17234, predicate="burn", **acres),
            claim("b", 21596, high=21596, predicate="scorch", date=later, **acres),
        ]
    )
    assert (burned.status, burned.rule) == ("update", "update-later-higher")
    assert "21,596 acres, 4,362 more than" in burned.reason
    share = dict(kind="amount", category="percent", unit="%", counted=None, hedge="exact")
    (contained,) = reconcile(
        [
            claim("a", 6, high=6, predicate="contain", **share),
            claim("b", 11, high=11, predicate="contain", date=later, **share),
        ]
    )
    assert contained.status == "update"
    assert "11%, 5 percentage points more than" in contained.reason
    (grown,) = reconcile(
        [
            claim("a", 2227, high=2227, predicate="grow", **acres),
            claim("b", 10600, high=10600, predicate="grow", date=later, **acres),
        ]
    )
    assert (grown.status, grown.rule) == ("update", "update-later-higher")  # "had grown to"
    # "has burned 13,690 acres", the next day "has scorched about 22 square miles": one area
    miles = acres | {"unit": "square miles", "hedge": "about"}
    (area,) = reconcile(
        [
            claim("a", 13690, high=13690, predicate="burn", **acres),
            claim("b", 22, low=19, high=25, predicate="scorch", date=later, **miles),
        ]
    )
    assert area.status == "agree"
    assert "burned" in grown.label


def test_two_statistics_of_a_player_never_join() -> None:
    """ "58-3 with 51 knockouts" and "a career record of 58 wins", "13 homers and 43 RBIs",
    "six points and six rebounds": each statistic is its own count, whatever the words around
    it; "four TDs" and "four touchdowns" are one."""
    record = dict(kind="count", category="other", hedge="exact", predicate="improve", place=None)
    groups = reconcile(
        [
            claim("a", 51, high=51, unit="knockouts", counted="knockout", **record),
            claim("b", 58, high=58, unit="wins", counted="win", **record),
        ]
    )
    assert len(groups) == 2
    groups = reconcile(
        [
            claim("a", 6, high=6, unit="points", counted="point", **record),
            claim("b", 6, high=6, unit="rebounds", counted="rebound", **record),
        ]
    )
    assert len(groups) == 2
    (touchdowns,) = reconcile(
        [
            claim("a", 4, high=4, unit="TDs", counted="td", **record),
            claim("b", 4, high=4, unit="touchdowns", counted="touchdown", **record),
        ]
    )
    assert touchdowns.status == "agree"
    (knockouts,) = reconcile(
        [
            claim("a", 51, high=51, unit="knockouts", counted="knockout", **record),
            claim(
                "b", 51, high=51, unit="wins", counted="win", counted_kind=["knockout"], **record
            ),
        ]
    )
    assert knockouts.status == "agree"


def test_people_affected_are_no_casualties() -> None:
    """ "About 4 million people were affected by the storm" and "about 4 million people were
    displaced": how far a disaster reached, and whom it drove from home; two counts."""
    people = dict(kind="count", hedge="about", unit="people", counted="people", place=None)
    groups = reconcile(
        [
            claim("a", 4_000_000, high=4_000_000, category="other", predicate="affect", **people),
            claim("b", 4_000_000, high=4_000_000, category="displaced", predicate="displace",
                  **people),
        ]
    )  # fmt: skip
    assert len(groups) == 2


def test_two_kinds_by_what_is_done_never_join() -> None:
    """ "He has 189 rushing yards", "Thomas has ... 176 receiving yards" (same words around
    them): two statistics, not a conflict; "two merchant vessels" and "two cargo vessels"
    rescued still meet."""
    yards = dict(kind="count", category="other", unit="yards", counted="yard", hedge="exact",
                 predicate="have", place=None)  # fmt: skip
    groups = reconcile(
        [
            claim("a", 189, high=189, counted_kind=["rushing"], **yards),
            claim("b", 176, high=176, counted_kind=["receiving"], **yards),
        ]
    )
    assert len(groups) == 2
    vessels = yards | {"unit": "vessels", "counted": "vessel", "predicate": "rescue"}
    (group,) = reconcile(
        [
            claim("a", 2, high=2, counted_kind=["merchant"], **vessels),
            claim("b", 2, high=2, counted_kind=["cargo"], **vessels),
        ]
    )
    assert group.status == "agree"


def test_basis_points_are_hundredths_of_a_percentage_point() -> None:
    """ "cut by 50 basis points" and "by 0.5 percentage point" agree; 25 basis points do not."""
    move = dict(kind="amount", category="measure", counted=None, hedge="exact", predicate="cut")
    later = dt.date(2025, 2, 4)
    half = [
        claim("a", 50, high=50, unit="basis points", **move),
        claim("b", 0.5, low=0.5, high=0.5, unit="percentage points", date=later, **move),
    ]
    (group,) = reconcile(half)
    assert group.status == "agree"
    (group,) = reconcile([*half, claim("c", 25, high=25, unit="basis points", date=later, **move)])
    assert (group.status, group.rule) == ("conflict", "conflict-fixed-fact")


def test_the_count_of_one_handover_is_a_fixed_fact() -> None:
    """ "Israel freed 110 prisoners on Thursday" in two reports, 111 in a third a day later: one
    handover, done, so a conflict, not an update."""
    fields = dict(category="prisoners", counted="prisoner", unit="prisoners", hedge="exact",
                  predicate="free", scope="on 2025-01-30")  # fmt: skip
    (group,) = reconcile(
        [claim("a", 110, high=110, **fields), claim("b", 111, high=111,
                                                     date=dt.date(2025, 2, 4), **fields)]
    )  # fmt: skip
    assert (group.status, group.rule) == ("conflict", "conflict-fixed-fact")


def test_an_age_is_a_fixed_fact() -> None:
    """ "dies at 89", a day later "died Sunday aged 88": one age told two ways, a conflict of a
    fixed fact (not a count revised down), as "aged 90" later would be (not an update)."""
    fields = dict(category="other", counted="age", unit="years", hedge="exact", predicate="die",
                  place=None)  # fmt: skip
    for later in (88, 90):
        (group,) = reconcile(
            [claim("a", 89, high=89, **fields),
             claim("b", later, high=later, date=dt.date(2025, 2, 4), **fields)]
        )  # fmt: skip
        assert (group.status, group.rule) == ("conflict", "conflict-fixed-fact")


def test_lower_later_is_a_conflict_noting_revision() -> None:
    """A toll that falls in a later article is a conflict: a revision, not an update."""
    (group,) = reconcile([claim("a", 500), claim("b", 450, date=dt.date(2025, 2, 5))])
    assert group.status == "conflict"
    assert group.rule == "conflict-revised-down"
    assert "revision" in group.reason


def test_different_figures_same_day_conflict() -> None:
    """Two figures for one count on the same day cannot both be right."""
    (group,) = reconcile(
        [claim("a", 500, hedge="exact", high=500), claim("b", 520, hedge="exact", high=520)]
    )
    assert group.status == "conflict"
    assert group.rule == "conflict-same-day"


def test_a_toll_rising_by_day_is_an_update_despite_same_day_differences() -> None:
    """3 and 5 dead on day one, 10 on day two: the toll rose; the same-day pair is still
    flagged, but the group is an update."""
    day_two = dt.date(2025, 2, 4)
    groups = reconcile(
        [
            claim("a", 3, hedge="exact", high=3),
            claim("b", 5, hedge="exact", high=5),
            claim("c", 10, hedge="exact", high=10, date=day_two),
        ]
    )
    (group,) = groups
    assert group.status == "update"
    assert group.rule == "update-rising-by-day"
    assert "same day differ (2025-02-03)" in group.reason
    rules = {d.claims: d.rule for d in group.disagreements}
    assert rules[("a:c1", "b:c1")] == "conflict-same-day"
    assert rules[("a:c1", "c:c1")] == rules[("b:c1", "c:c1")] == "update-later-higher"


def test_an_update_reached_by_the_first_days_highest_is_told_from_its_lowest() -> None:
    """ "at least 3" and 10 on day one, 10 and "at least 10" on day two: the toll rose from 3,
    not "0 more than" the first day's 10."""
    day_two = dt.date(2025, 2, 4)
    (group,) = reconcile(
        [
            claim("a", 3),
            claim("b", 10, hedge="exact", high=10),
            claim("c", 10, hedge="exact", high=10, date=day_two),
            claim("d", 10, date=day_two),
        ]
    )
    assert group.status == "update"
    assert group.reason.startswith(
        "2025-02-04 reports at least 10, 7 more than 2025-02-03 (at least 3)"
    )


def test_an_older_figure_repeated_under_a_higher_one_is_noted_in_an_update() -> None:
    """30 dead on day one, 42 on day two, 43 and a quoted 40 on day three: each day's highest
    report rose, so the toll is an update; the 40 is named as an older figure repeated."""
    day_two, day_three = dt.date(2025, 2, 4), dt.date(2025, 2, 5)
    (group,) = reconcile(
        [
            claim("a", 30, hedge="exact", high=30),
            claim("b", 42, hedge="exact", high=42, date=day_two),
            claim("c", 40, hedge="exact", high=40, date=day_three),
            claim("d", 43, hedge="at_least", date=day_three),
        ]
    )
    assert group.status == "update"
    assert group.rule == "update-rising-by-day"
    assert "older figure repeated? c (2025-02-05): 40" in group.reason
    rules = {d.claims: d.rule for d in group.disagreements}
    assert rules[("b:c1", "c:c1")] == "conflict-revised-down"


def test_a_day_that_only_repeats_the_highest_figure_keeps_the_update() -> None:
    """5 on day one, 8 on day two, 8 and a stale 5 on day three: the toll did not fall."""
    day_two, day_three = dt.date(2025, 2, 4), dt.date(2025, 2, 5)
    (group,) = reconcile(
        [
            claim("a", 5, hedge="exact", high=5),
            claim("b", 8, hedge="exact", high=8, date=day_two),
            claim("c", 8, hedge="exact", high=8, date=day_three),
            claim("d", 5, hedge="exact", high=5, date=day_three),
        ]
    )
    assert group.rule == "update-rising-by-day"


def test_a_lower_figure_on_a_later_day_keeps_the_conflict() -> None:
    """3 and 5 on day one, 4 on day two: 4 is below 5, a revision, so no update."""
    day_two = dt.date(2025, 2, 4)
    (group,) = reconcile(
        [
            claim("a", 3, hedge="exact", high=3),
            claim("b", 5, hedge="exact", high=5),
            claim("c", 4, hedge="exact", high=4, date=day_two),
        ]
    )
    assert group.status == "conflict"


def test_fixed_facts_that_differ_conflict() -> None:
    """A duration that differs between articles is a conflict of a fixed fact."""
    base = dict(
        kind="duration",
        category="duration",
        unit="days",
        counted="phase",
        predicate="be",
        hedge="exact",
        mood="actual",
    )
    (group,) = reconcile(
        [
            claim("a", 42, high=42, **base),
            claim("b", 40, high=40, date=dt.date(2025, 2, 4), **base),
        ]
    )
    assert group.status == "conflict"
    assert group.rule == "conflict-fixed-fact"


def test_compatible_hedges_agree() -> None:
    """ "at least 50" and "dozens" can both be true: the group agrees."""
    dozens = dict(low=24, high=99, hedge="about", counted=None, unit="people")
    (group,) = reconcile([claim("a", 50), claim("b", None, **dozens), claim("c", None, **dozens)])
    assert group.status == "agree"
    assert group.rule == "agree-compatible"


def test_compatible_rules() -> None:
    """Equal figures agree whatever the hedge; two different lower bounds do not."""
    assert compatible(claim("a", 15, hedge="exact", high=15), claim("b", 15))
    assert not compatible(claim("a", 47283), claim("b", 47518))
    assert not compatible(
        claim("a", 3, hedge="exact", high=3), claim("b", 4, hedge="exact", high=4)
    )
    assert compatible(
        claim("a", 1900, low=1710, high=2090, hedge="about"),
        claim("b", 2000, hedge="exact", high=2000),
    )


def test_a_floor_reaches_about_as_far_as_its_figure() -> None:
    """ "At least 400" says about how many, not any number above it: it meets "hundreds" and
    "more than 2,000" is within its reach, "tens of thousands" is another count."""
    floor = claim("a", 400, hedge="at_least")
    hundreds = dict(low=200, high=999, hedge="about", counted=None, unit="people")
    tens_of_thousands = dict(low=20000, high=99999, hedge="about", counted=None, unit="people")
    assert compatible(floor, claim("b", None, **hundreds))
    assert compatible(floor, claim("b", 4000, hedge="exact", high=4000))
    assert not compatible(floor, claim("b", None, **tens_of_thousands))
    assert not compatible(floor, claim("b", 4001, hedge="exact", high=4001))


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ((17.09, "°C"), (17.16, "°C"), False),  # two days' world temperatures
        ((17.09, "°C"), (17.1, "°C"), True),  # the one rounded to a tenth
        ((6.2, "miles"), (6, "miles"), True),  # a conversion's rounding
        ((10, "km"), (6.2, "miles"), True),
    ],
)
def test_measures_given_to_a_decimal_agree_only_when_one_rounds_to_the_other(
    first: tuple[float, str], second: tuple[float, str], agree: bool
) -> None:
    """ "17.09 degrees Celsius" and "17.16C" are two temperatures (they had agreed, within the
    5% a rounded conversion may be off); "6.2 miles" and "6 miles" are one distance."""

    def measure(article: str, value: float, unit: str) -> Claim:
        text = f"{value:g}"
        return claim(article, value, kind="amount", category="measure", unit=unit,
                     hedge="exact", high=value, counted=None, text=text)  # fmt: skip

    assert compatible(measure("a", *first), measure("b", *second)) == agree


def test_a_round_figure_may_report_a_precise_one() -> None:
    """ "600 were killed in Zarand" in a background line and "killing 612 people": a figure
    in round hundreds that is the other rounded, and within ROUNDED_REPORT of it, agrees. A
    round figure far off, or in tens, does not."""

    def exact(article: str, value: int) -> Claim:
        return claim(article, value, hedge="exact", high=value)

    assert compatible(exact("a", 600), exact("b", 612))
    assert compatible(exact("a", 47283), exact("b", 47000))
    assert not compatible(exact("a", 1000), exact("b", 1400))
    assert not compatible(exact("a", 10), exact("b", 12))
    assert not compatible(exact("a", 600), exact("b", 650))
    assert not compatible(exact("a", 500), exact("b", 520))  # a toll's 4%: flag it
    assert not compatible(exact("a", 612), exact("b", 618))


@pytest.mark.parametrize(
    ("floor", "other", "hedges", "agree"),
    [
        (48_000, 48_200, ("more_than", "more_than"), True),
        (47_000, 47_283, ("at_least", "more_than"), True),
        (48_000, 48_900, ("more_than", "at_least"), True),
        (26_000, 31_000, ("more_than", "more_than"), False),  # two counts
        (48_000, 49_100, ("more_than", "more_than"), False),  # not 49,100 cut to thousands
        (47_200, 47_283, ("at_least", "at_least"), True),
        (40, 42, ("at_least", "at_least"), False),  # tens are no rounding
        (48_000, 48_200, ("exact", "more_than"), False),  # an exact 48,000 is no floor
    ],
)
def test_a_round_lower_bound_may_floor_another(
    floor: int, other: int, hedges: tuple[str, str], agree: bool
) -> None:
    """ "more than 48,000" killed and "more than 48,200" on one day are both true of one
    count, the first cut further down; "more than 26,000" and "more than 31,000" assert two
    counts, as two lower bounds with different figures do."""
    high = floor if hedges[0] == "exact" else None
    rounded = claim("a", floor, hedge=hedges[0], low=floor, high=high)
    precise = claim("b", other, hedge=hedges[1], low=other)
    assert compatible(rounded, precise) is agree
    assert compatible(precise, rounded) is agree
    (group,) = reconcile([rounded, precise])
    assert group.status == ("agree" if agree else "conflict")


@pytest.mark.parametrize(
    ("rounded", "precise", "agree"),
    [
        (54, 53.6, True),  # "won 54%" and "won 53.6%" of one vote
        (64.7, 64.72, True),
        (9.3, 9.26, True),
        (3, 3.4, False),  # a tenth of the figure apart: a different rate
        (53, 53.6, False),  # not the other rounded
        (53.6, 53.64, True),
        (53.6, 53.68, False),  # rounds to 53.7
        (53.62, 53.64, False),  # as many decimals each side
        (40.7, 40.65, True),  # the half either way, as written (the float is a hair under)
        (41, 40.65, True),
        (68.9, 68.95, True),
        (50, 50.5, True),  # "won 50 percent" of "50.5 percent": cut, not rounded
        (68.9, 68.96, False),  # past the half
    ],
)
def test_a_figure_with_fewer_decimals_may_report_a_precise_one(
    rounded: float, precise: float, agree: bool
) -> None:
    """Percentages rounded to fewer decimals are the same share, not a fixed fact in conflict;
    a rounding far from the figure (a tenth of it) is not let off."""

    def share(article: str, value: float) -> Claim:
        return claim(
            article,
            value,
            kind="count",
            category="percent",
            unit="%",
            hedge="exact",
            high=value,
            counted=None,
        )

    assert compatible(share("a", rounded), share("b", precise)) is agree
    assert compatible(share("b", precise), share("a", rounded)) is agree


@pytest.mark.parametrize(("other", "groups"), [(45_470_000_000, 2), (90_000_000_000, 1)])
def test_sums_twice_as_far_apart_are_two_sums(other: int, groups: int) -> None:
    """ "the $45.47 billion analysts had expected" (for iPhones) and "analysts had expected
    $94.5 billion" (for the quarter), in the words of two articles: not one sum in conflict. A
    sum a little off ($90 billion) still is."""
    shared = ["analysts", "expect", "billion"]

    def expected(article: str, value: int, word: str) -> Claim:
        words = [*shared, word]
        return claim(article, value, high=value, predicate="expect", terms=words, nearby=words,
                     **DOLLARS)  # fmt: skip

    found = reconcile([expected("a", other, "iphone"), expected("b", 94_500_000_000, "quarter")])
    assert len(found) == groups


def _exact_span(article: str, value: int, unit: str, counted: str = "stay") -> Claim:
    """An exact span of the counted thing, as the extractor gives it."""
    return claim(article, value, kind="duration", category="duration", unit=unit,
                 counted=counted, hedge="exact", high=value)  # fmt: skip


def test_one_span_in_two_calendar_units_agrees() -> None:
    """ "a 90-day stay" and "a three-month stay": a month is 28 to 31 days, so three months
    may be 90 days; four months may not, nor are two figures in one unit let off."""
    span = _exact_span
    assert compatible(span("a", 90, "days"), span("b", 3, "months"))
    assert compatible(span("a", 52, "weeks"), span("b", 1, "years"))
    assert not compatible(span("a", 90, "days"), span("b", 4, "months"))
    assert not compatible(span("a", 90, "days"), span("b", 91, "days"))


def test_weeks_and_days_counted_with_both_ends_agree() -> None:
    """ "a three-week strike" from a Monday to a Tuesday is "a 22-day strike": days may count
    both ends; and weeks are rounded by a tenth ("spent five weeks in hospital", "37 days");
    not further (three weeks are no 24 days, a week no nine days), nor two figures in days."""

    def span(article: str, value: int, unit: str) -> Claim:
        return _exact_span(article, value, unit, counted="strike")

    assert compatible(span("a", 3, "weeks"), span("b", 22, "days"))
    assert compatible(span("a", 3, "weeks"), span("b", 20, "days"))
    assert compatible(span("a", 5, "weeks"), span("b", 37, "days"))
    assert not compatible(span("a", 3, "weeks"), span("b", 24, "days"))
    assert not compatible(span("a", 1, "weeks"), span("b", 9, "days"))
    assert not compatible(span("a", 21, "days"), span("b", 22, "days"))


def test_one_span_in_days_and_in_weeks_is_one_group() -> None:
    """ "The first phase ... will last six weeks" and "whose 42-day first phase": one span,
    said in two units, one group though the sentences share little; not "six weeks" and "40
    days", nor a month and 30 days (a month is no fixed number of days)."""

    def span(article: str, value: int, unit: str, **more: Any) -> Claim:
        fields: dict[str, Any] = dict(kind="duration", category="duration", unit=unit,
                                      counted=None, hedge="exact", high=value, place=None,
                                      terms=["phase", "truce"], nearby=["phase"])  # fmt: skip
        return claim(article, value, **(fields | more))

    from newsrecon.reconcile import _one_span_in_two_units

    weeks = span("a", 6, "weeks", predicate="last")
    (group,) = reconcile([weeks, span("b", 42, "days", counted="phase", predicate="see")])
    assert group.status == "agree"
    assert not _one_span_in_two_units(weeks, span("b", 40, "days"))
    assert not _one_span_in_two_units(span("a", 1, "months"), span("b", 30, "days"))
    assert _one_span_in_two_units(span("a", 4, "days"), span("b", 96, "hours"))


def test_a_span_in_whole_years_of_months_is_that_many_years() -> None:
    """ "his 25-year sentence" and, in the same article, "sentenced the 32-year-old to 300
    months": one sentence in two units (figures said together in one article are otherwise
    two spans), so one group; 18 months are not a year and a half's figure."""

    def span(article: str, value: int, unit: str, n: int = 1) -> Claim:
        return claim(article, value, kind="duration", category="duration", unit=unit,
                     counted=None, hedge="exact", high=value, predicate="sentence", n=n,
                     place=None)  # fmt: skip

    (group,) = reconcile([span("a", 25, "years"), span("b", 25, "years"),
                          span("b", 300, "months", n=2)])  # fmt: skip
    assert group.status == "agree"
    groups = reconcile([span("a", 2, "years"), span("a", 18, "months", n=2)])
    assert len(groups) == 2
    # not any span: "in the past two years" and "over the next 24 months" are two
    from newsrecon.reconcile import _figure

    past = span("a", 2, "years").model_copy(update={"predicate": "use"})
    coming = span("b", 24, "months").model_copy(update={"predicate": "use"})
    assert _figure(past) != _figure(coming)
    assert _figure(span("b", 24, "months")) == _figure(span("a", 2, "years"))


def test_one_figure_from_either_side_disagrees() -> None:
    """ "nearly 300 crewmen" and "more than 300 crew members" state one figure from its two
    sides: they cannot both be true. "at least 300" and "at most 300" meet at 300."""
    nearly = claim("a", 300, low=270, high=300, hedge="about")
    more_than = claim("b", 300, low=300, high=None, hedge="more_than")
    fewer_than = claim("c", 300, low=None, high=300, hedge="less_than")
    at_least = claim("d", 300, low=300, high=None, hedge="at_least")
    at_most = claim("e", 300, low=None, high=300, hedge="at_most")
    about = claim("f", 300, low=270, high=330, hedge="about")
    assert not compatible(nearly, more_than)
    assert not compatible(more_than, nearly)
    assert not compatible(nearly, at_least)
    assert not compatible(fewer_than, at_least)
    assert not compatible(more_than, at_most)
    assert compatible(at_least, at_most)
    assert compatible(about, more_than)
    assert compatible(nearly, at_most)
    # an open bound leaves its figure out: "fewer than 300" and "300 to 400" do not meet
    assert not compatible(fewer_than, claim("g", None, low=300, high=400, hedge="range"))
    assert compatible(at_most, claim("g", None, low=300, high=400, hedge="range"))


def test_one_article_may_word_one_count_twice() -> None:
    """ "over 200 injured" in a headline and "249 injured" in a quote can both be true: one
    count, in the same group as another article's 249."""
    over = dict(hedge="more_than", low=200, high=None, sentence="Over 200 injured.")
    exact = dict(hedge="exact", low=249, high=249, sentence="We have recorded 249 injured.")
    groups = reconcile([claim("a", 200, n=1, **over), claim("a", 249, n=2, **exact)])
    assert len(groups) == 1
    groups = reconcile(
        [claim("a", 200, n=1, **over), claim("a", 249, n=2, **exact), claim("b", 249, **exact)]
    )
    assert [len(g.claims) for g in groups] == [3]


def test_two_figures_of_one_sentence_are_two_counts() -> None:
    """ "more than 30 home runs and 100 RBIs": both could be true, but one sentence does not
    give one count twice."""
    sentence = "He has averaged more than 30 home runs and 100 RBIs."
    groups = reconcile(
        [
            claim("a", 30, n=1, hedge="more_than", sentence=sentence),
            claim("a", 100, n=2, hedge="exact", high=100, sentence=sentence),
        ]
    )
    assert len(groups) == 2


def test_one_figure_of_two_things_in_one_sentence_is_two_counts() -> None:
    """ "four rack switches, four terminal servers" are two counts; "needs only two servers,
    the software finds two available servers" is one count worded twice."""
    sentence = "It replaces 60 servers, four rack switches, four terminal servers."
    things = dict(category="other", hedge="exact", high=4, sentence=sentence, predicate="replace")
    groups = reconcile(
        [
            claim("a", 4, n=1, counted="switch", **things),
            claim("a", 4, n=2, counted="server", **things),
        ]
    )
    assert len(groups) == 2
    again = "If it needs two servers, the software finds two available servers."
    same = dict(category="other", hedge="exact", high=2, sentence=again, counted="server")
    groups = reconcile([claim("a", 2, n=1, **same), claim("a", 2, n=2, **same)])
    assert len(groups) == 1


def test_one_article_never_contradicts_itself() -> None:
    """Two different figures in one article are never joined, however alike the words."""
    groups = reconcile([claim("a", 883, n=1), claim("a", 30, n=2)])
    assert len(groups) == 2
    assert {g.status for g in groups} == {"single"}


def test_plans_and_facts_stay_apart() -> None:
    """ "is to free 33" and "freed 18" share words but not the claim."""
    groups = reconcile(
        [
            claim(
                "a", 33, category="hostages", mood="planned", counted="hostage", predicate="free"
            ),
            claim("b", 18, category="hostages", mood="actual", counted="hostage", predicate="free"),
        ]
    )
    assert len(groups) == 2


def test_possibilities_and_facts_stay_apart() -> None:
    """ "There might have been two people killed" is not a toll that "one was killed" revises."""
    groups = reconcile(
        [
            claim("a", 2, category="killed", mood="possible", predicate="kill"),
            claim("b", 1, category="killed", mood="actual", predicate="kill"),
        ]
    )
    assert len(groups) == 2
    assert {g.label for g in groups} == {"people possibly killed in Gaza", "people killed in Gaza"}


def test_unrelated_claims_stay_apart() -> None:
    """Claims with no words or features in common are not grouped."""
    other = dict(
        terms=["earthquake", "indonesia", "aceh"],
        nearby=["aceh"],
        place="Aceh",
        counted="people",
        predicate="die",
    )
    assert len(reconcile([claim("a", 47283), claim("b", 12, **other)])) == 2


def test_every_claim_in_exactly_one_group() -> None:
    """The groups partition the claims."""
    claims = [claim("a", 1), claim("b", 2, n=2), claim("c", 3, place="Rafah")]
    ids = [cid for g in reconcile(claims) for cid in g.claims]
    assert sorted(ids) == sorted(c.id for c in claims)


@given(st.randoms(use_true_random=False))
def test_groups_do_not_depend_on_input_order(rng: random.Random) -> None:
    """Shuffling the claims gives the same groups, statuses and ids."""
    claims = [
        claim("a", 47283),
        claim("b", 47518, date=dt.date(2025, 2, 4)),
        claim("c", 47518, date=dt.date(2025, 2, 4)),
        claim("a", 883, n=2, place="West Bank"),
        claim("b", 30, n=2, counted="israelis"),
    ]
    expected = reconcile(claims)
    shuffled = claims[:]
    rng.shuffle(shuffled)
    assert reconcile(shuffled) == expected


def test_forked_workers_give_the_groups_of_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks shared among worker processes come back as the one-process run's groups, in
    its order: the stories here are split into tasks of a few claims each."""
    claims = [
        claim(article, value, n=n, story=story, date=dt.date(2025, 2, day))
        for story in ("s1", "s2", "s3")
        for n, (article, value, day) in enumerate(
            [("a", 47283, 3), ("b", 47518, 4), ("c", 47518, 4), ("d", 45000, 5)], 1
        )
    ]
    claims = [
        c.model_copy(update={"id": f"{c.story}/{c.id}", "article": f"{c.story}/{c.article}"})
        for c in claims
    ]
    alone = reconcile(claims)
    forked: list[int] = []
    real = reconcile_module._describe_forked

    def spy(work: Any, workers: int) -> Any:
        forked.append(len(work.tasks()))
        return real(work, workers)

    monkeypatch.setattr(reconcile_module, "PARALLEL_FROM_CLAIMS", 2)
    monkeypatch.setattr(reconcile_module, "CLAIMS_PER_TASK", 3)
    monkeypatch.setattr(reconcile_module, "_describe_forked", spy)
    assert reconcile(claims, workers=2) == alone
    assert forked == [3]
    assert [g.status for g in alone].count("conflict") == 3


def test_the_cycle_collector_rests_while_reconciling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reconciling makes no reference cycles, so Python's cycle collector is paused while it
    runs (a third of the time on a million claims) and left as it was found afterwards, even
    when reconciling fails."""
    seen: list[bool] = []
    real = reconcile_module._cluster

    def spy(*blocks: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*blocks)

    monkeypatch.setattr(reconcile_module, "_cluster", spy)
    assert gc.isenabled()
    reconcile([claim("a", 47283), claim("b", 47518)])
    assert seen == [False] and gc.isenabled()

    def broken(*blocks: Any) -> Any:
        raise RuntimeError("broken")

    monkeypatch.setattr(reconcile_module, "_cluster", broken)
    with pytest.raises(RuntimeError):
        reconcile([claim("a", 47283)])
    assert gc.isenabled()
    gc.disable()
    try:
        monkeypatch.setattr(reconcile_module, "_cluster", spy)
        reconcile([claim("a", 47283)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_identical_claims_never_disagree() -> None:
    """The same figure reported by several articles always agrees."""
    (group,) = reconcile([claim(name, 1210, hedge="exact", high=1210) for name in "abcd"])
    assert group.status == "agree"
    assert group.disagreements == []


def test_dates_of_different_precision_agree_when_they_overlap() -> None:
    """ "October 2023" and "October 7, 2023" agree; October 7 and October 8 do not."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)
    month = claim("a", "2023-10", low="2023-10-01", high="2023-10-31", **date)
    day = claim("b", "2023-10-07", low="2023-10-07", high="2023-10-07", **date)
    other_day = claim("c", "2023-10-08", low="2023-10-08", high="2023-10-08", **date)
    assert compatible(month, day)
    assert not compatible(day, other_day)


def test_a_day_of_the_year_said_in_articles_dated_a_year_apart_agrees() -> None:
    """ "Trial is set for June 17" read from an article of January 2013 (2013-06-17) and from
    one wrongly dated July 2012 (2012-06-17): both texts name June 17, so the group agrees.
    Where the texts give the years ("June 17, 2012", "June 17, 2013"), they conflict."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)

    def on(article: str, day: str, text: str) -> Claim:
        return claim(article, day, text=text, low=day, high=day, predicate="set", **date)

    assert compatible(on("a", "2013-06-17", "June 17"), on("b", "2012-06-17", "June 17"))
    assert compatible(on("a", "2012-06-21", "June 21, 2012"), on("b", "2013-06-21", "June 21"))
    late_june = claim("c", "2013-06", text="late June", low="2013-06-01", high="2013-06-30", **date)
    assert compatible(on("a", "2012-06-21", "June 21"), late_june)
    assert not compatible(on("a", "2012-06-21", "June 21"), on("b", "2013-06-22", "June 22"))
    # a year is no day of the year: "founded in 2012", "the December 15 election" (2013)
    in_2012 = claim("d", "2012", text="2012", low="2012-01-01", high="2012-12-31",
                    precision="year", **date)  # fmt: skip
    assert not compatible(in_2012, on("a", "2013-12-15", "December 15"))
    assert not compatible(
        on("a", "2012-06-17", "June 17, 2012"), on("b", "2013-06-17", "June 17, 2013")
    )
    (group,) = reconcile([on("a", "2013-06-17", "June 17"), on("b", "2012-06-17", "June 17")])
    assert group.status == "agree"


def test_two_dates_of_one_birth_conflict() -> None:
    """ "Born on Aug. 8, 1921, in Inglewood" and, the next day, "Born in 1922, according to
    some records": a person is born once, so two dates of a birth are one fact in conflict;
    two named people's births are two."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                predicate="bear", place=None)  # fmt: skip
    day = claim(
        "a",
        "1921-08-08",
        low="1921-08-08",
        high="1921-08-08",
        precision="day",
        terms=["williams", "bear", "inglewood", "film"],
        nearby=["inglewood"],
        **date,
    )
    year = claim("b", "1922", low="1922-01-01", high="1922-12-31", precision="year",
                 date=dt.date(2025, 2, 4), terms=["bear", "angeles", "record", "swim"],
                 nearby=["record"], **date)  # fmt: skip
    (group,) = reconcile([day, year])
    assert (group.status, group.rule) == ("conflict", "conflict-fixed-fact")
    named = [
        day.model_copy(update={"agent": "williams"}),
        year.model_copy(update={"agent": "kelly"}),
    ]
    assert len(reconcile(named)) == 2


def test_deeds_done_to_two_named_people_are_two_dates() -> None:
    """ "placed Chris Ivory on injured reserve Tuesday" and "signed DeShawn Wynn on Tuesday",
    in words close enough to join: two deeds, two groups, even through a third date of the
    day that names no one; one person's deed said twice is one date."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                place=None, precision="day", low="2011-01-04", high="2011-01-04")  # fmt: skip
    words = ["saints", "tuesday", "reserve", "running", "back"]

    def tuesday(article: str, patient: str | None, predicate: str) -> Claim:
        return claim(article, "2011-01-04", text="Tuesday", patient=patient,
                     predicate=predicate, terms=words, nearby=words[:3], **date)  # fmt: skip

    placed, signed = tuesday("a", "ivory", "place"), tuesday("b", "wynn", "sign")
    unnamed = tuesday("c", None, "place")
    groups = reconcile([placed, signed, unnamed])
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert all({placed.id, signed.id} - set(g.claims) for g in groups)
    assert len(reconcile([placed, tuesday("d", "ivory", "place")])) == 1


def test_one_event_named_by_noun_adjective_or_verb_is_one_date() -> None:
    """ "is presumed dead after vanishing off the ridge on Thursday" and "saw his brother fall
    to his death on Thursday": "dead" and "death" are one word of the event (as "died" would
    be), and the two dates join; with unrelated words they stay apart."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                place=None, precision="day", low="2008-12-11", high="2008-12-11")  # fmt: skip

    def thursday(article: str, predicate: str, terms: list[str], nearby: list[str]) -> Claim:
        return claim(article, "2008-12-11", date=dt.date(2008, 12, 12), text="Thursday",
                     predicate=predicate, terms=terms, nearby=nearby, **date)  # fmt: skip

    vanished = thursday("a", "vanish", ["presume", "dead", "ridge", "mount"],
                        ["presume", "dead"])  # fmt: skip
    fell = thursday("b", "fall", ["brother", "death", "speak", "mountain"],
                    ["brother", "death"])  # fmt: skip
    assert len(reconcile([vanished, fell])) == 1
    spoke = thursday("c", "speak", ["brother", "news", "speak", "mountain"],
                     ["brother", "news"])  # fmt: skip
    assert len(reconcile([vanished, spoke])) == 2


def test_a_weeks_dead_meet_a_day_inside_it_only() -> None:
    """ "Twelve soldiers were killed last week" (week 5 of 2025) may be "12 soldiers killed on
    Thursday" of that week, never those killed on a Thursday of the week after."""
    fields = dict(category="killed", counted="soldier", unit="soldiers", hedge="exact",
                  place=None)  # fmt: skip
    last_week = claim("a", 12, high=12, scope="2025-W05", date=dt.date(2025, 2, 4), **fields)
    inside = claim("b", 12, high=12, scope="2025-01-30", date=dt.date(2025, 2, 5), **fields)
    after = claim("c", 15, high=15, scope="2025-02-06", date=dt.date(2025, 2, 7), **fields)
    assert len(reconcile([last_week, inside])) == 1
    assert len(reconcile([last_week, after])) == 2


def test_spans_from_one_event_to_each_report_are_not_one_fact() -> None:
    """ "remain at large a day after the escape" (4 June) and "three days after the jailbreak"
    (6 June): each span runs to its own article's day, both true; two days apart, "a day" and
    "five days after" are one span told two ways."""
    span = dict(kind="duration", category="duration", unit="days", hedge="exact", counted=None,
                place=None, predicate="remain", gap=True)  # fmt: skip
    first = claim("a", 1, high=1, date=dt.date(2025, 6, 4), **span)
    grown = claim("b", 3, high=3, date=dt.date(2025, 6, 6), **span)
    assert len(reconcile([first, grown])) == 2
    (group,) = reconcile([first, claim("c", 5, high=5, date=dt.date(2025, 6, 6), **span)])
    assert group.status == "conflict"


def _on_a_day(
    article: str, day: str, text: str, predicate: str, words: list[str], **flags: Any
) -> Claim:
    """A date of one day as the extractor gives it, its sentence's words and the three first
    of them near it."""
    return claim(article, day, kind="date", category="date", hedge="exact", unit=None,
                 counted=None, place=None, precision="day", low=day, high=day, text=text,
                 predicate=predicate, terms=words, nearby=words[:3], **flags)  # fmt: skip


def test_a_source_not_answering_is_a_date_of_its_own() -> None:
    """ "He was not returning calls on Tuesday" shares the fire's day and its words, not its
    event; two sources' silences of one day may still be one date."""
    words = ["fire", "dairy", "building", "palmer", "tuesday"]

    def tuesday(article: str, predicate: str, unanswered: bool = False) -> Claim:
        return _on_a_day(article, "2011-01-04", "Tuesday", predicate, words,
                         unanswered=unanswered)  # fmt: skip

    fire, burned = tuesday("a", "destroy"), tuesday("b", "destroy")
    silent = tuesday("c", "return", unanswered=True)
    groups = reconcile([fire, burned, silent])
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert any(g.claims == [silent.id] for g in groups)
    assert len(reconcile([silent, tuesday("d", "return", unanswered=True)])) == 1


def test_today_as_these_days_dates_no_deed() -> None:
    """ "Today, virtualization is frequently used with servers" falls on the news day but
    tells of these days: it joins neither the day's deal nor another such "today"."""
    words = ["amd", "seamicro", "servers", "today"]

    def today(article: str, predicate: str, at_present: bool = False) -> Claim:
        return _on_a_day(article, "2012-02-29", "today", predicate, words, at_present=at_present)

    deal, bought = today("a", "acquire"), today("b", "acquire")
    built = today("c", "build", at_present=True)
    groups = reconcile([deal, bought, built])
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert any(g.claims == [built.id] for g in groups)
    assert len(reconcile([built, today("d", "build", at_present=True)])) == 2


def test_two_parts_of_one_day_are_two_dates() -> None:
    """The shooting "Monday morning" and the arrest "Monday afternoon", in words close enough
    to join: two moments, two groups; a plain "Monday" may join either; "late Monday" is its
    afternoon or evening."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)
    words = ["shooter", "office", "police", "chase", "monday"]

    def monday(article: str, n: int, text: str) -> Claim:
        day = "2007-04-09"
        return claim(article, day, n=n, text=text, low=day, high=day, predicate="shoot",
                     terms=words, nearby=words[2:], **date)  # fmt: skip

    morning, afternoon = monday("a", 1, "Monday morning"), monday("b", 1, "Monday afternoon")
    groups = reconcile([morning, afternoon, monday("c", 1, "Monday")])
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert all({morning.id, afternoon.id} - set(g.claims) for g in groups)
    # "late Monday" is its evening, "early Monday" its small hours: "checked into Morningside
    # Thursday morning" is not "checked into the Betty Ford Center late Thursday"
    late = monday("b", 1, "Monday").model_copy(
        update={"sentence": "He was seen late Monday.", "precision": "day"}
    )
    assert len(reconcile([morning, late])) == 2
    # but "late Friday" may be the afternoon: "the explosion occurred Friday afternoon", "a
    # bomb exploded late Friday"; and a late day with an afternoon and an evening is no group
    assert len(reconcile([afternoon, late])) == 1
    evening = monday("c", 1, "Monday night")
    assert len(reconcile([afternoon, late, evening])) == 2
    early = monday("b", 1, "Monday").model_copy(
        update={"sentence": "Early Monday, he fled.", "precision": "day"}
    )
    assert len(reconcile([morning, early])) == 1
    assert len(reconcile([afternoon, early])) == 2


def test_a_busy_day_joins_groups_by_one_pair_only_when_they_share_enough() -> None:
    """One pair of sentences may share a day and some words while their groups share little:
    a day of the articles' own joins two groups by one pair only from BUSY_DAY_AVERAGE; a day
    long before them by one pair whatever."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)

    def features(value: str) -> Any:
        day = claim("a", value, text="Thursday", low=value, high=value, precision="day", **date)
        return reconcile_module._Features.of(day.model_copy(update={"date": dt.date(2011, 11, 11)}))

    near, far = features("2011-11-10"), features("2011-06-02")
    chained = reconcile_module._chained_on_a_busy_day
    below, above = 0.05, reconcile_module.BUSY_DAY_AVERAGE
    assert chained(near, near, below) and not chained(near, near, above)
    assert not chained(far, far, below)
    toll = reconcile_module._Features.of(claim("a", 47283))
    assert not chained(toll, toll, below)


def test_two_kinds_of_event_on_one_day_are_two_dates() -> None:
    """ "Orozco was arrested around midnight Friday" and "the deputy was killed Friday", in
    words close enough to join: an arrest and a killing, two groups; "shot Friday" joins the
    killing. Kinds are read from days only: "convicted of a shooting in 2005" dates the
    shooting, whatever the verb."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)
    words = ["orozco", "deputy", "hawaiian", "gardens", "friday"]

    def friday(article: str, predicate: str, **more: Any) -> Claim:
        fields = dict(text="Friday", low="2005-06-24", high="2005-06-24", precision="day")
        fields.update(more)
        value = fields["low"] if fields["precision"] == "day" else fields["low"][:4]
        return claim(article, value, predicate=predicate, terms=words, nearby=words[1:],
                     **date, **fields)  # fmt: skip

    arrest, killed, shot = friday("a", "arrest"), friday("b", "kill"), friday("c", "shoot")
    groups = reconcile([arrest, killed, shot])
    assert sorted(sorted(g.claims) for g in groups) == [[arrest.id], [killed.id, shot.id]]
    # "a gunman who marched into a company Christmas party Friday night": no protest march
    marched = friday("f", "march")
    assert len(reconcile([killed, marched])) == 1
    # "died while in prison custody on December 19": a state, no arrest
    custody = friday("g", "custody")
    assert len(reconcile([killed, custody])) == 1
    # "the sheriff confirmed Friday": a source speaking, not the killing; "denied those claims
    # in a statement Friday" is one such event in two words
    confirmed, denied, statement = (
        friday("h", "confirm"),
        friday("i", "deny"),
        friday("j", "statement"),
    )
    assert len(reconcile([killed, confirmed])) == 2
    assert len(reconcile([denied, statement])) == 1
    year = dict(text="2005", low="2005-01-01", high="2005-12-31", precision="year")
    convicted, shooting = friday("d", "convict", **year), friday("e", "shooting", **year)
    assert len(reconcile([convicted, shooting])) == 1


def test_a_day_of_trading_is_its_own_event_for_each_stock() -> None:
    """ "AMD yesterday announced its purchase of ATI", "UMC yesterday closed at NT$18", "Via
    yesterday saw its shares drop": a stock's day of trading is no announcement, nor another
    stock's day; the same stock's day in two articles joins."""
    words = ["amd", "ati", "merger", "tsmc", "yesterday"]
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                text="yesterday", low="2006-07-24", high="2006-07-24", precision="day",
                terms=words, nearby=words[1:])  # fmt: skip

    def on_the_day(article: str, predicate: str, agent: str | None) -> Claim:
        return claim(article, "2006-07-24", predicate=predicate, agent=agent, **date)

    announced = on_the_day("a", "announce", "amd")
    umc, via = on_the_day("b", "trade", "umc"), on_the_day("c", "trade", "via")
    assert len(reconcile([announced, umc])) == 2
    assert len(reconcile([umc, via])) == 2
    assert len(reconcile([umc, on_the_day("d", "trade", "umc")])) == 1


def test_a_stock_s_two_days_of_trading_are_two_moves() -> None:
    """ "Tesla shares fell 7% on Monday", the next day "Tesla's stock dropped another 3% on
    Tuesday": each day's move is its own, no date in conflict."""
    words = ["tesla", "shares", "deliveries", "fell"]
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                precision="day", terms=words, nearby=words[:3], predicate="trade",
                agent="tesla")  # fmt: skip

    def on(article: str, day: str, text: str) -> Claim:
        return claim(article, day, text=text, low=day, high=day, **date)

    monday, tuesday = on("a", "2026-07-20", "Monday"), on("b", "2026-07-21", "Tuesday")
    assert len(reconcile([monday, tuesday])) == 2
    assert len(reconcile([monday, on("c", "2026-07-20", "Monday")])) == 1


def test_a_figure_forecasters_foresaw_is_not_the_figure_that_came() -> None:
    """ "deliveries of 384,000 vehicles, below analysts' estimates of about 410,000": the
    estimate joins no delivered figure, however close; two articles' estimates may join."""
    vehicles = dict(category="other", unit="vehicles", counted="vehicle", place=None,
                    predicate="report", hedge="exact", high=None)  # fmt: skip
    came = claim("a", 384_000, low=384_000, **vehicles)
    estimate = claim("a", 410_000, n=2, low=410_000, foreseen=True, **vehicles)
    reported = claim("b", 400_000, low=400_000, **vehicles)
    groups = reconcile([came, estimate, reported])
    assert not any({estimate.id} < set(g.claims) for g in groups)
    expected = claim("c", 410_000, low=410_000, foreseen=True, **vehicles)
    assert any({estimate.id, expected.id} <= set(g.claims) for g in reconcile([estimate, expected]))


def test_a_day_of_the_news_is_no_event_of_a_period_long_before() -> None:
    """ "hit Aceh ... early Tuesday" (2 July 2013) and "also hit ... Sumatra Island in May
    2012", in the same words: two quakes, not one date in conflict; a month holding the day
    still joins it."""
    words = ["quake", "aceh", "sumatra", "magnitude", "hit"]
    date: dict[str, Any] = dict(
        kind="date", category="date", hedge="exact", unit=None, counted=None, predicate="hit",
        terms=words, nearby=words[1:], date=dt.date(2013, 7, 3),
    )  # fmt: skip

    def dated(article: str, text: str, low: str, high: str, precision: str) -> Claim:
        return claim(article, low if precision == "day" else low[:7], text=text, low=low,
                     high=high, precision=precision, **date)  # fmt: skip

    tuesday = dated("a", "Tuesday", "2013-07-02", "2013-07-02", "day")
    may = dated("b", "May 2012", "2012-05-01", "2012-05-31", "month")
    july = dated("c", "July", "2013-07-01", "2013-07-31", "month")
    assert len(reconcile([tuesday, may])) == 2
    assert len(reconcile([tuesday, july])) == 1


def test_one_event_written_a_year_apart_joins_whatever_the_groups_average() -> None:
    """ "In 1957, Page disappeared from the flash of the cameras", "Page suddenly disappeared
    from the scene in 1958": one verb, years one apart, close words: one event whose year the
    articles disagree on, joined by that pair alone (as one figure is) so that the conflict
    shows; two years apart, another verb or fewer words in common, not."""

    def year(value: int, predicate: str = "disappear") -> Any:
        written = claim("a", str(value), text=str(value), **date_of(value, predicate))
        return reconcile_module._Features.of(written)

    one_figure, close = reconcile_module._one_figure, reconcile_module.JOIN_THRESHOLD
    assert one_figure(year(1957), year(1958), close)
    assert not one_figure(year(1957), year(1958), close - 0.05)
    assert not one_figure(year(1956), year(1958), close + 0.2)
    assert not one_figure(year(1957), year(1958, "retire"), close + 0.2)
    groups = reconcile([claim("a", "1957", text="1957", **date_of(1957)),
                        claim("b", "1958", text="1958", **date_of(1958))])  # fmt: skip
    assert [(len(g.claims), g.status) for g in groups] == [(2, "conflict")]


def date_of(year: int, predicate: str = "disappear") -> dict[str, Any]:
    """The fields of a year written out, as the extractor gives them."""
    return dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                precision="year", low=f"{year}-01-01", high=f"{year}-12-31",
                predicate=predicate)  # fmt: skip


def test_two_scores_on_one_day_are_two_games() -> None:
    """ "the Bluejays defeated Drake 65-53 on Friday" and "Indiana State, which defeated
    Evansville 51-50 on Friday": two games of a tournament's day, however alike their words,
    even through a third date that gives no score; a record in brackets is no score."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                text="Friday", low="2013-03-08", high="2013-03-08", precision="day",
                predicate="defeat")  # fmt: skip
    words = ["creighton", "drake", "evansville", "indiana", "state", "quarterfinal", "defeat"]

    def friday(article: str, sentence: str) -> Claim:
        return claim(article, "2013-03-08", sentence=sentence, terms=words, nearby=words,
                     **date)  # fmt: skip

    drake = friday("a", "Creighton (25-7) defeated Drake 65-53 on Friday.")
    evansville = friday("b", "Indiana State defeated Evansville 51-50 on Friday.")
    unscored = friday("c", "Creighton will play the winner of Friday's second quarterfinal.")
    groups = reconcile([drake, evansville, unscored])
    assert all(not {drake.id, evansville.id} <= set(g.claims) for g in groups)
    again = friday("d", "The top seed beat Drake 65-53 on Friday.")
    assert [sorted(g.claims) for g in reconcile([drake, again])] == [[drake.id, again.id]]


def test_days_written_out_apart_are_two_dates() -> None:
    """ "Seacom announced on Twitter today (14 October 2011) that they have restored" and the
    same words on 20 October: two announcements, never one date in conflict; a day apart
    they may be one (a time zone's day), and "April 9" of an article a year later is the
    April 9 of the other's year. Years written out (or named: "this year") a year apart at
    most."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                precision="day", predicate="announce")  # fmt: skip
    words = ["seacom", "twitter", "restore", "customer", "alternate", "route", "announce"]

    def said(article: str, text: str, day: str, published: dt.date) -> Claim:
        return claim(article, day, text=text, low=day, high=day, terms=words, nearby=words,
                     date=published, **date)  # fmt: skip

    fourteenth = said("a", "14 October 2011", "2011-10-14", dt.date(2011, 10, 14))
    twentieth = said("b", "20 October 2011", "2011-10-20", dt.date(2011, 10, 20))
    assert len(reconcile([fourteenth, twentieth])) == 2
    fifteenth = said("c", "15 October 2011", "2011-10-15", dt.date(2011, 10, 15))
    assert len(reconcile([fourteenth, fifteenth])) == 1
    # years too, a year apart at most: "Hurricane Georges in 1998", "Hurricane Katrina in 2005"
    year = dict(precision="year", predicate="destroy")
    georges = claim("f", "1998", text="1998", low="1998-01-01", high="1998-12-31", terms=words,
                    nearby=words, **{**date, **year})  # fmt: skip
    katrina = claim("g", "2005", text="2005", low="2005-01-01", high="2005-12-31", terms=words,
                    nearby=words, **{**date, **year})  # fmt: skip
    assert len(reconcile([georges, katrina])) == 2
    # and a year named from the article's date: "this year's Christmas special" (2013) is not
    # "the 2009 Christmas special"
    this_year = claim("h", "2005", text="this year", low="2005-01-01", high="2005-12-31",
                      terms=words, nearby=words, date=dt.date(2005, 8, 4),
                      **{**date, **year})  # fmt: skip
    assert len(reconcile([georges, this_year])) == 2
    assert len(reconcile([katrina, this_year])) == 1
    ninth = said("d", "April 9", "2012-04-09", dt.date(2012, 6, 1))
    next_year = said("e", "April 9", "2013-04-09", dt.date(2013, 5, 1))
    assert len(reconcile([ninth, next_year])) == 1
    # a year written out in a day or a month too: "retiring in 1993" is not "had his jersey
    # retired on Feb. 6, 1995" (they had joined, a year against a day)
    in_1995 = said("i", "Feb. 6, 1995", "1995-02-06", dt.date(2005, 5, 23))
    in_1993 = claim("j", "1993", text="1993", low="1993-01-01", high="1993-12-31", terms=words,
                    nearby=words, **{**date, **year})  # fmt: skip
    assert len(reconcile([in_1993, in_1995])) == 2
    in_1994 = claim("k", "1994", text="1994", low="1994-01-01", high="1994-12-31", terms=words,
                    nearby=words, **{**date, **year})  # fmt: skip
    assert len(reconcile([in_1994, in_1995])) == 1


def test_the_year_of_the_articles_does_not_date_a_day_of_it() -> None:
    """ "the game that put the 2012 Colts into the playoffs" and "Luck threw for 205 yards
    Sunday", read in December 2012: the season's year and the game's day, two dates; a year
    gone by may still hold a day ("in 2005", "on March 11, 2005", read in 2008)."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)
    words = ["colts", "luck", "chiefs", "playoffs", "win"]

    def said(article: str, value: str, low: str, high: str, precision: str) -> Claim:
        return claim(article, value, text=value, low=low, high=high, precision=precision,
                     predicate="win", terms=words, nearby=words, date=dt.date(2012, 12, 23),
                     **date)  # fmt: skip

    season = said("a", "2012", "2012-01-01", "2012-12-31", "year")
    game = said("b", "2012-12-23", "2012-12-23", "2012-12-23", "day")
    assert len(reconcile([season, game])) == 2
    september = said("b", "2012-09", "2012-09-01", "2012-09-30", "month")
    assert len(reconcile([season, september])) == 2
    gone = said("a", "2005", "2005-01-01", "2005-12-31", "year")
    day_gone = said("b", "2005-03-11", "2005-03-11", "2005-03-11", "day")
    assert len(reconcile([gone, day_gone])) == 1


def test_one_day_is_not_one_claim_without_words_in_common() -> None:
    """Three reports of one Tuesday: the UN school shelled (twice, in other words) and the
    Security Council meeting. The day alone does not make the meeting the shelling's date."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)

    def on_tuesday(article: str, predicate: str, words: list[str], **more: Any) -> Claim:
        day = more.pop("day", "2009-01-06")
        return claim(
            article,
            day,
            low=day,
            high=day,
            predicate=predicate,
            terms=words,
            nearby=words,
            date=more.pop("date", dt.date(2009, 1, 7)),
            **date,
            **more,
        )

    shelled = on_tuesday("a", "hit", ["school", "shell", "jabalya", "refuge"])
    killed = on_tuesday("b", "kill", ["school", "shell", "mortar", "un"])
    council = on_tuesday("c", "urge", ["council", "kouchner", "ceasefire", "plan"])
    groups = reconcile([shelled, killed, council])
    assert sorted(sorted(g.claims) for g in groups) == [["a:c1", "b:c1"], ["c:c1"]]
    # what two named subjects did that day reads further apart ("UMC yesterday closed at NT$18",
    # "Via yesterday saw its shares drop"), what one did does not
    closed, dropped = ["share", "close", "trading"], ["share", "drop", "chipset", "maker"]
    umc = on_tuesday("a", "close", closed, agent="UMC")
    via = on_tuesday("b", "see", dropped, agent="Via")
    assert len(reconcile([umc, via])) == 2
    assert len(reconcile([umc, on_tuesday("b", "see", dropped, agent="UMC")])) == 1
    # a day far from the reports ("March 11, 2005" in 2008) is distinctive: it joins alone
    rampage = dict(day="2005-03-11", date=dt.date(2008, 12, 13))
    sentenced = on_tuesday("a", "commit", ["sentence", "life", "parole"], **rampage)
    escaped = on_tuesday("b", "escape", ["deputy", "gun", "trial"], **rampage)
    (group,) = reconcile([sentenced, escaped])
    assert group.status == "agree"


def test_a_month_far_from_the_reports_or_a_year_ahead_joins_on_its_value() -> None:
    """ "the rule change, which was unveiled in August" and "since it was proposed in August",
    read in December: few things of one story share a month long gone, so, as a far day does,
    it joins on its value alone. The reports' own month does not: "in December", read on
    December 11, is the month of most of the story's news."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)

    def in_month(article: str, month: str, predicate: str, words: list[str]) -> Claim:
        year, number = (int(part) for part in month.split("-"))
        last = (dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        return claim(article, month, low=f"{month}-01", high=last, precision="month",
                     predicate=predicate, terms=words, nearby=words,
                     date=dt.date(2008, 12, 11), **date)  # fmt: skip

    unveiled = in_month("a", "2008-08", "unveil", ["rule", "time", "frame", "hall"])
    proposed = in_month("b", "2008-08", "propose", ["public", "suggestion", "revise"])
    (group,) = reconcile([unveiled, proposed])
    assert group.status == "agree"
    signed = in_month("a", "2008-12", "sign", ["rule", "time", "frame", "hall"])
    hearing = in_month("b", "2008-12", "hold", ["public", "suggestion", "revise"])
    assert len(reconcile([signed, hearing])) == 2

    def in_year(article: str, year: str, predicate: str, words: list[str]) -> Claim:
        return claim(article, year, low=f"{year}-01-01", high=f"{year}-12-31", precision="year",
                     predicate=predicate, terms=words, nearby=words,
                     date=dt.date(2008, 12, 12), **date)  # fmt: skip

    # a year ahead is a plan's ("a release likely for early 2010", "in theaters in 2010"); a
    # year gone by holds much of a story's history
    release = in_year("a", "2010", "release", ["budget", "moon", "franchise"])
    theaters = in_year("b", "2010", "want", ["studio", "script", "rush"])
    (group,) = reconcile([release, theaters])
    assert group.status == "agree"
    compass = in_year("a", "2007", "direct", ["budget", "moon", "franchise"])
    hunter = in_year("b", "2007", "guarantee", ["studio", "script", "rush"])
    assert len(reconcile([compass, hunter])) == 2


def test_a_year_long_past_holds_its_day_said_in_few_words_alike() -> None:
    """ "It wasn't until May 30, 2005, that Felt's family revealed his identity" and "Felt
    admitted in a 2005 Vanity Fair article": years before the reports, the year holding the
    day, words in common short of the threshold: one date, as a month gone by is (see
    test_a_month_gone_by_joins_a_day_of_it_on_fewer_words); not a year still going on; a date
    still to come holding another is one date."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)
    words = ["felt", "vanity", "fair", "identity", "reveal", "article", "family", "source"]
    near = (["felt", "vanity", "fair", "identity"], ["identity", "article", "family", "source",
            "magazine", "secret"])  # fmt: skip

    def said(article: str, value: str, low: str, high: str, precision: str, n: int) -> Claim:
        chosen = words[:5] if n == 1 else words[3:]
        return claim(article, value, low=low, high=high, precision=precision, terms=chosen,
                     nearby=near[n - 1], predicate=None, place=None, date=dt.date(2008, 12, 18),
                     **date)  # fmt: skip

    day = said("a", "2005-05-30", "2005-05-30", "2005-05-30", "day", 1)
    year = said("b", "2005", "2005-01-01", "2005-12-31", "year", 2)
    month = said("b", "2005-05", "2005-05-01", "2005-05-31", "month", 2)
    (group,) = reconcile([day, year])
    assert group.status == "agree"
    assert len(reconcile([day, month])) == 1
    this_year = said("b", "2008", "2008-01-01", "2008-12-31", "year", 2)
    october = said("a", "2008-10-19", "2008-10-19", "2008-10-19", "day", 1)
    assert len(reconcile([october, this_year])) == 2
    # a date to come holding another is one date at any precision: "will be 29 in April",
    # "will be 29 on April 11", read in December
    april = said("a", "2009-04", "2009-04-01", "2009-04-30", "month", 1)
    april_11 = said("b", "2009-04-11", "2009-04-11", "2009-04-11", "day", 2)
    (group,) = reconcile([april, april_11])
    assert group.status == "agree"


def test_the_articles_own_year_needs_more_words_in_common(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "2012 financial guidance", "revenues for 2012", "this year" in 2012 articles: the year
    everything of the story is in dates nothing in particular; two such join from
    OWN_YEAR_THRESHOLD, not from SAME_DATE_THRESHOLD as a year gone by does."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                precision="year", predicate="change")  # fmt: skip
    words = ["amd", "seamicro", "guidance", "acquisition", "change"]

    def said(article: str, year: str) -> Claim:
        return claim(article, year, text=year, low=f"{year}-01-01", high=f"{year}-12-31",
                     terms=words, nearby=words, date=dt.date(2012, 2, 29), **date)  # fmt: skip

    between = (reconcile_module.SAME_DATE_THRESHOLD + reconcile_module.OWN_YEAR_THRESHOLD) / 2
    monkeypatch.setattr(reconcile_module, "_similarity", lambda a, b: between)
    assert len(reconcile([said("a", "2012"), said("b", "2012")])) == 2
    assert len(reconcile([said("a", "2007"), said("b", "2007")])) == 1
    monkeypatch.setattr(
        reconcile_module, "_similarity", lambda a, b: reconcile_module.OWN_YEAR_THRESHOLD
    )
    assert len(reconcile([said("a", "2012"), said("b", "2012")])) == 1


def test_one_article_may_date_one_event_twice_more_or_less_precisely() -> None:
    """ "the March 2005 rampage" and "escaped on March 11, 2005" in one article can share a
    group with another article's "March 11, 2005"; two different days of one article cannot."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)
    words = ["nichols", "rampage", "courthouse", "escape"]

    def dated(article: str, value: str, low: str, high: str, n: int) -> Claim:
        return claim(
            article,
            value,
            low=low,
            high=high,
            n=n,
            terms=words,
            nearby=words,
            predicate="escape",
            date=dt.date(2008, 12, 13),
            **date,
        )

    month = dated("a", "2005-03", "2005-03-01", "2005-03-31", 1)
    day = dated("a", "2005-03-11", "2005-03-11", "2005-03-11", 2)
    other = dated("b", "2005-03-11", "2005-03-11", "2005-03-11", 1)
    (group,) = reconcile([month, day, other])
    assert group.status == "agree"
    next_day = dated("a", "2005-03-12", "2005-03-12", "2005-03-12", 3)
    assert len(reconcile([day, next_day, other])) == 2


def test_a_date_said_less_precisely_joins_it() -> None:
    """ "Thursday night" (2010-09-09) and "in September" (2010-09) of one shooting join though
    their sentences share few words; "in August" does not."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None)

    def said(article: str, value: str, low: str, high: str, words: list[str]) -> Claim:
        return claim(
            article, value, low=low, high=high, predicate="shoot", terms=words, nearby=words, **date
        )

    night = said("a", "2010-09-09", "2010-09-09", "2010-09-09", ["hiller", "kraft", "plant", "gun"])
    month = said("b", "2010-09", "2010-09-01", "2010-09-30", ["hiller", "trial", "murder", "face"])
    august = said("c", "2010-08", "2010-08-01", "2010-08-31", ["hiller", "court", "judge", "hear"])
    groups = reconcile([night, month, august])
    assert sorted(sorted(g.claims) for g in groups) == [["a:c1", "b:c1"], ["c:c1"]]


def test_a_month_gone_by_joins_a_day_of_it_on_fewer_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "sank a trawler last month" and "on November 18, it had sunk" (read in December): one
    sinking, joined from MONTH_HOLDS_DAY_THRESHOLD; "in December" and a day of it, read in
    December, are of the story's own days and need the usual threshold."""
    date = dict(kind="date", category="date", hedge="exact", unit=None, counted=None,
                predicate="sink", date=dt.date(2008, 12, 13))  # fmt: skip
    words = ["tabar", "trawler", "pirate", "sink"]

    def said(article: str, value: str, low: str, high: str, precision: str) -> Claim:
        return claim(article, value, low=low, high=high, precision=precision, terms=words,
                     nearby=words, **date)  # fmt: skip

    november = said("a", "2008-11", "2008-11-01", "2008-11-30", "month")
    eighteenth = said("b", "2008-11-18", "2008-11-18", "2008-11-18", "day")
    december = said("c", "2008-12", "2008-12-01", "2008-12-31", "month")
    tenth = said("d", "2008-12-10", "2008-12-10", "2008-12-10", "day")
    above = reconcile_module.MONTH_HOLDS_DAY_THRESHOLD + 0.01
    assert above < reconcile_module.SAME_DATE_THRESHOLD
    monkeypatch.setattr(reconcile_module, "_similarity", lambda a, b: above)
    assert len(reconcile([november, eighteenth])) == 1
    assert len(reconcile([december, tenth])) == 2
    below = reconcile_module.MONTH_HOLDS_DAY_THRESHOLD - 0.01
    monkeypatch.setattr(reconcile_module, "_similarity", lambda a, b: below)
    assert len(reconcile([november, eighteenth])) == 2


FIRED_ON = dict(
    kind="date",
    category="date",
    hedge="exact",
    unit=None,
    counted=None,
    predicate="fire",
    place=None,
    terms=["coach", "fire", "cheeks"],
    nearby=["coach", "fire"],
)


def fired_on(article: str, day: str, text: str, dated: str) -> Claim:
    """ "fired coach Maurice Cheeks on Saturday" (or "in 2008"), read as `day` in an article
    dated `dated`."""
    return claim(
        article,
        day,
        text=text,
        date=dt.date.fromisoformat(dated),
        low=day,
        high=day,
        precision="day" if len(day) == len("YYYY-MM-DD") else "year",
        **FIRED_ON,
    )


SATURDAYS = [fired_on(a, "2008-12-13", "Saturday", "2008-12-13") for a in "abc"]


@pytest.mark.parametrize(
    ("odd", "status"),
    [
        # a copy dated three days late: "Today" is its date, not the day it was written
        (fired_on("d", "2008-12-16", "Today", "2008-12-16"), "agree"),
        # dated a week late, its "Saturday" is the next one
        (fired_on("d", "2008-12-20", "Saturday", "2008-12-20"), "agree"),
        # a late date cannot make Saturday a Friday, nor put a day before the true one
        (fired_on("d", "2008-12-19", "Friday", "2008-12-19"), "conflict"),
        (fired_on("d", "2008-12-12", "yesterday", "2008-12-13"), "conflict"),
    ],
)
def test_a_relative_day_against_most_articles_is_named(odd: Claim, status: str) -> None:
    """Three articles say the coach was fired on Saturday (2008-12-13); a fourth names
    another day by a word counted from its date. Where a date later than the article was
    written explains it, the group agrees, and the reason says why; otherwise the conflict
    stands, its reason naming the relative word."""
    (group,) = reconcile([*SATURDAYS, odd])
    assert group.status == status
    named = f'd says "{odd.text}", dated {odd.date.isoformat()}'
    assert named in group.reason
    if status == "agree":
        assert group.rule == "agree-relative-day"
        assert {d.rule for d in group.disagreements} == {"agree-relative-day"}
        assert group.reason.startswith("3 articles give 2008-12-13;")
    else:
        assert f"Most give 2008-12-13. Note: {named}" in group.reason


def test_days_named_from_articles_months_apart_meet_only_in_a_copy() -> None:
    """A "Saturday" of an article two months later is another Saturday's, another firing;
    unless that article gives a sentence word for word as an earlier one does (a copy dated
    late), when it is the same Saturday miscounted."""
    late = fired_on("d", "2009-02-14", "Saturday", "2009-02-14")
    (copied,) = reconcile([*SATURDAYS, late])
    assert copied.rule == "agree-relative-day"
    told = late.model_copy(update={"sentence": "The Sixers fired their coach on Saturday."})
    assert sorted(len(g.claims) for g in reconcile([*SATURDAYS, told])) == [1, 3]


def test_a_relative_day_is_not_all_that_disagrees() -> None:
    """A late "Today" explains one article; a fifth that writes out December 14 is a
    disagreement of its own, so the group is a conflict; with no majority day, nothing is
    named."""
    today = fired_on("d", "2008-12-16", "Today", "2008-12-16")
    written = fired_on("e", "2008-12-14", "December 14", "2008-12-16")
    (group,) = reconcile([*SATURDAYS, today, written])
    assert group.status == "conflict"
    assert 'Note: d says "Today", dated 2008-12-16' in group.reason
    (tie,) = reconcile([SATURDAYS[0], today])
    assert tie.status == "conflict"
    assert "Note:" not in tie.reason


def test_same_day_rising_wording_is_an_update() -> None:
    """ "5 dead" and "the toll rose to 11" on one day: the wording orders them, an update."""
    groups = reconcile(
        [claim("b", 11, hedge="exact", high=11, rising=True), claim("a", 5, hedge="exact", high=5)]
    )
    (group,) = groups
    assert group.status == "update"
    assert group.rule == "update-rising-wording"
    assert "the same day" in group.reason
    assert group.timeline == ["5 (2025-02-03)", "11 (2025-02-03)"]


def test_figures_of_past_years_are_fixed_facts() -> None:
    """ "In 2004 the tsunami killed 170,000" and "killed 230,000": a conflict, not an update."""
    history = dict(scope="2004", hedge="exact", date=dt.date(2013, 7, 2))
    (group,) = reconcile(
        [
            claim("a", 170000, high=170000, **history),
            claim("b", 230000, high=230000, **{**history, "date": dt.date(2013, 7, 3)}),
        ]
    )
    assert group.status == "conflict"
    assert group.rule == "conflict-fixed-fact"


def test_figures_of_months_past_are_fixed_facts_but_last_month_is_news() -> None:
    """ "In September a gunman killed 3" read in February is background; "in January" is
    recent enough to be the story's own toll, which may still grow."""

    def pair(scope: str) -> str:
        base = dict(scope=scope, hedge="exact", date=dt.date(2025, 2, 3))
        (group,) = reconcile(
            [
                claim("a", 3, high=3, **base),
                claim("b", 4, high=4, **{**base, "date": dt.date(2025, 2, 4)}),
            ]
        )
        return group.rule

    assert pair("2024-09") == "conflict-fixed-fact"
    assert pair("2025-01") == "update-later-higher"


def test_different_scopes_never_join() -> None:
    """A toll of 2004 and a toll since the start of the war are different claims."""
    groups = reconcile([claim("a", 100, scope="2004"), claim("b", 100, scope="since start war")])
    assert len(groups) == 2


def test_different_named_agents_stay_apart() -> None:
    """ "Manning completed 17 passes" and "Garrard completed 28 passes" are not one claim."""
    passes = dict(
        category="other",
        counted="pass",
        predicate="complete",
        place=None,
        terms=["complete", "pass", "yard"],
        nearby=["complete", "pass"],
    )
    groups = reconcile(
        [claim("a", 17, agent="manning", **passes), claim("b", 28, agent="garrard", **passes)]
    )
    assert len(groups) == 2


def test_a_score_is_both_teams() -> None:
    """ "Chiefs lose 20-13 to Colts" and "the Colts held on to their 20-13 lead" are one game's
    score, the loser's and the winner's; a third team's 20-13 is a game of its own, and two
    teams' different scores stay apart."""
    score = dict(
        category="score",
        counted="score",
        unit=None,
        against=13,
        hedge="exact",
        place=None,
        terms=["chiefs", "colts", "lead", "game"],
        nearby=["chiefs", "colts", "lead"],
    )
    lost = claim("a", 20, agent="chiefs", predicate="lose", **score)
    held = claim("b", 20, agent="colts", predicate="hold", **score)
    assert len(reconcile([lost, held])) == 1
    third = held.model_copy(update={"id": "c:c1", "article": "c", "agent": "titans"})
    assert len(reconcile([lost, held, third])) == 2
    other = held.model_copy(update={"value": 24, "low": 24, "text": "24-13"})
    assert len(reconcile([lost, other])) == 2


def test_agents_one_article_ties_together_may_join() -> None:
    """ "Navy's frigate INS Sukanya" in one article makes "INS Sukanya seized 14 rifles" and
    "the Navy confiscated 14 rifles" one side's claim, in any order; another agent stays
    apart."""
    rifles = dict(
        category="other",
        counted="rifle",
        predicate="seize",
        place=None,
        hedge="exact",
        terms=["seize", "rifle", "magazine"],
        nearby=["seize", "rifle"],
    )
    tied = claim(
        "a",
        3,
        n=2,
        agent="sukanya",
        agent_aliases=["navy"],
        counted="ship",
        **{k: v for k, v in rifles.items() if k != "counted"},
    )
    seized = claim("a", 14, agent="sukanya", **rifles)
    confiscated = claim("b", 14, agent="navy", **rifles)
    pirates = claim("c", 14, agent="pirates", **rifles)
    for claims in ([tied, seized, confiscated, pirates], [pirates, confiscated, seized, tied]):
        groups = {tuple(g.claims) for g in reconcile(claims)}
        assert ("a:c1", "b:c1") in groups
        assert ("c:c1",) in groups
    groups = {tuple(g.claims) for g in reconcile([seized, confiscated])}
    assert ("a:c1", "b:c1") not in groups


def test_one_article_may_quote_two_sources_for_one_count() -> None:
    """ "police said no one was hurt (the Post says three people were injured)": one article
    may give two figures for one count when it names two sources, and the group shows their
    disagreement; unattributed, the two are two counts."""
    injured = dict(category="injured", predicate="injure", place=None, hedge="exact", high=None)
    police = claim("a", 0, attribution="police", **injured)
    post = claim("a", 3, n=2, attribution="Post", **injured)
    other = claim("b", 0, **injured)
    (group,) = reconcile([police, post, other])
    assert group.status == "conflict"
    assert "police: 0" in group.reason and "Post: 3" in group.reason
    unattributed = [c.model_copy(update={"attribution": None}) for c in (police, post)]
    assert len(reconcile([*unattributed, other])) == 2


def test_a_country_and_its_officials_are_one_source() -> None:
    """ "India says 26 killed" over "Twenty-five Indian nationals and one Nepali citizen were
    killed ..., Indian officials said": one source, so the one Nepali is no second figure of
    the 26; "Pakistani officials" are another country's."""
    killed = dict(place=None, hedge="exact", high=None)
    headline = claim("a", 26, attribution="India", **killed)
    nepali = claim("a", 1, n=2, attribution="Indian officials", counted="citizen", **killed)
    assert [len(g.claims) for g in reconcile([headline, nepali])] == [1, 1]
    other = nepali.model_copy(update={"attribution": "Pakistani officials"})
    assert [len(g.claims) for g in reconcile([headline, other])] == [2]


def test_one_source_under_several_names_is_listed_once() -> None:
    """ "Mr Nugroho", "Sutopo Purwo Nugroho" and "disaster agency spokesman Sutopo Purwo
    Nugroho" are one source, as "AP" is "Associated Press"; "officials" and "Israeli officials"
    are two."""
    names = [
        "Mr Nugroho",
        "Sutopo Purwo Nugroho",
        "disaster agency spokesman Sutopo Purwo Nugroho",
        "AP",
        "Associated Press",
        "Officials",
        "Israeli officials",
        "Gaza health ministry",
        "Gaza's Health Ministry",
    ]
    claims = [
        claim(f"a{i}", 47283 + i, attribution=name, date=dt.date(2025, 2, 3 + i))
        for i, name in enumerate(names)
    ]
    (group,) = reconcile(claims)
    sources = group.reason.split("Sources: ")[1]
    assert sources.startswith("Sutopo Purwo Nugroho: at least 47,283, at least 47,284, at least")
    assert "; Associated Press: at least 47,286, at least 47,287;" in sources
    assert "Officials: at least 47,288; Israeli officials: at least 47,289" in sources
    assert "; Gaza health ministry: at least 47,290, at least 47,291" in sources


def test_amounts_of_different_agents_join_only_when_they_agree() -> None:
    """ "Teixeira is seeking $20 million a season" and "should the Yankees go higher than $25
    million" are two parties' figures, not a conflict; two agents giving one figure ("the FBI
    offers a $35,000 reward", "the ATF offers $35,000") may be one claim, as two parties to
    one deal may; a third party's equal figure is a deal of its own ("the Nationals', the
    Angels' and the Red Sox's eight-year offers")."""
    money = dict(
        DOLLARS,
        predicate="pay",
        terms=["season", "million", "contract", "teixeira"],
        nearby=["season", "million", "teixeira"],
    )
    seeking = claim("a", 20e6, high=20e6, agent="teixeira", **money)
    offering = claim("b", 25e6, high=25e6, agent="yankees", **money)
    assert len(reconcile([seeking, offering])) == 2
    unnamed = [c.model_copy(update={"agent": None}) for c in (seeking, offering)]
    assert len(reconcile(unnamed)) == 1
    same = offering.model_copy(update={"value": 20e6, "low": 20e6, "high": 20e6})
    assert len(reconcile([seeking, same])) == 1
    third = same.model_copy(update={"id": "c:c1", "article": "c", "agent": "red sox"})
    assert len(reconcile([seeking, same, third])) == 2


def test_spans_said_of_two_named_people_are_two_spans() -> None:
    """ "Dorsey's been at the plant for 37 years" and "Andy Ryan, who has worked at the plant
    for nearly 30 years": whom each span is about differs, so they are two figures, not a
    conflict; unnamed, the same words would join them."""
    span = dict(kind="duration", category="duration", unit="years", counted=None,
                predicate="work", place=None, terms=["plant", "work", "floor", "shot"],
                nearby=["plant", "work", "floor"])  # fmt: skip
    dorsey = claim("a", 37, high=37, hedge="exact", about="dorsey", **span)
    ryan = claim("b", 30, high=30, hedge="about", about="ryan", **span)
    assert len(reconcile([dorsey, ryan])) == 2
    unnamed = [c.model_copy(update={"about": None}) for c in (dorsey, ryan)]
    assert len(reconcile(unnamed)) == 1


def test_rival_offers_of_one_figure_stay_apart() -> None:
    """ "The Angels' eight-year offer" and "the Nationals' eight-year offer" are two offers,
    however alike; "Boston", "the Red Sox" and "the Boston Red Sox" are one club in a story that
    gives the full name, as "AMD" is "Advanced Micro Devices", and an offer made by two parties
    together meets each of them."""
    years = dict(
        kind="duration",
        category="duration",
        unit="years",
        counted="offer",
        predicate="make",
        place=None,
        hedge="exact",
        high=8,
        terms=["offer", "teixeira", "year"],
        nearby=["offer", "teixeira"],
    )
    angels = claim("a", 8, owners=["angels"], **years)
    nationals = claim("b", 8, owners=["nationals"], **years)
    apart_groups = reconcile([angels, nationals])
    assert len(apart_groups) == 2
    assert {f for g in apart_groups for f in g.features} >= {"owner=angels", "owner=nationals"}
    unowned = [c.model_copy(update={"owners": []}) for c in (angels, nationals)]
    assert len(reconcile(unowned)) == 1
    for names in (
        (["boston"], ["red sox"], ["boston red sox"]),
        (["amd"], ["advanced micro devices"]),
        (["hewlett-packard"], ["hp"]),
        (["angels", "nationals"], ["nationals"]),
    ):
        same = [claim(f"a{i}", 8, owners=n, **years) for i, n in enumerate(names)]
        assert len(reconcile(same)) == 1, names
    apart = [claim("a", 8, owners=["boston"], **years), claim("b", 8, owners=["red sox"], **years)]
    assert len(reconcile(apart)) == 2  # nothing in the story says they are one club


def test_figures_about_one_named_person_read_closer() -> None:
    """ "James Oler is accused of being married to two women" and "Oler, accused of having two
    wives": one figure about one man, though the words differ."""
    wives = dict(category="other", place=None, hedge="exact", high=None)
    women = claim(
        "a",
        2,
        counted="woman",
        unit="women",
        predicate="marry",
        terms=[
            *("accuse", "attorney", "blackmore", "charge", "general", "james", "marry"),
            *("oler", "oppal", "wally", "winston", "woman"),
        ],
        nearby=["accuse", "james", "marry", "oler", "woman"],
        **wives,
    )
    having = claim(
        "b",
        2,
        counted="wife",
        unit="wives",
        predicate="have",
        terms=["accuse", "charge", "have", "oler", "polygamy", "practice", "wife"],
        nearby=["accuse", "charge", "have", "oler", "polygamy", "practice", "wife"],
        **wives,
    )
    assert len(reconcile([women, having])) == 2
    about = [c.model_copy(update={"about": "oler"}) for c in (women, having)]
    assert len(reconcile(about)) == 1


def test_a_count_of_the_kind_another_names_joins() -> None:
    """ "three cable systems ... have been damaged" and "three submarine cables were damaged"
    count one thing; "two motor vehicle theft convictions" count no vehicles."""
    things = dict(category="other", place=None, hedge="exact", high=None, predicate="damage")
    systems = claim(
        "a",
        3,
        counted="system",
        counted_kind=["cable"],
        unit="systems",
        terms=["cable", "system", "traffic", "damage", "middle", "east"],
        nearby=["cable", "system", "traffic"],
        **things,
    )
    cables = claim(
        "b",
        3,
        counted="cable",
        counted_kind=["submarine"],
        unit="cables",
        terms=["submarine", "cable", "damage", "internet", "europe", "middle", "east"],
        nearby=["submarine", "cable", "damage"],
        **things,
    )
    assert len(reconcile([systems, cables])) == 1
    convictions = claim(
        "a",
        2,
        counted="conviction",
        counted_kind=["motor", "theft", "vehicle"],
        unit="convictions",
        terms=["motor", "vehicle", "theft", "conviction", "also"],
        nearby=["motor", "vehicle", "theft", "conviction"],
        **{**things, "predicate": "have"},
    )
    vehicles = claim(
        "b",
        2,
        counted="vehicle",
        unit="vehicles",
        terms=["strike", "vehicle", "flee", "lasalle", "injure"],
        nearby=["strike", "other", "vehicle"],
        **{**things, "predicate": "strike"},
    )
    assert len(reconcile([convictions, vehicles])) == 2
    vehicle_theft = convictions.model_copy(update={"counted_kind": ["vehicle"]})
    assert len(reconcile([vehicle_theft, vehicles])) == 1  # a lone kind is read as the thing


def test_two_kinds_of_one_counted_thing_stay_apart() -> None:
    """ "He has 189 rushing yards" and "Thomas has 176 receiving yards" are two statistics;
    without the kinds the two would be read as one figure in conflict."""
    yards = dict(
        category="other",
        counted="yard",
        predicate="have",
        place=None,
        hedge="exact",
        high=None,
    )
    rushing = claim(
        "a",
        189,
        counted_kind=["rushing"],
        terms=["yard", "game", "rush", "last"],
        nearby=["yard", "rush", "touchdown"],
        **yards,
    )
    receiving = claim(
        "b",
        176,
        counted_kind=["receiving"],
        terms=["yard", "week", "thomas", "receive"],
        nearby=["yard", "receive", "thomas"],
        **yards,
    )
    assert len(reconcile([rushing, receiving])) == 2
    unkinded = [c.model_copy(update={"counted_kind": []}) for c in (rushing, receiving)]
    assert len(reconcile(unkinded)) == 1


def test_one_measure_in_different_words_joins() -> None:
    """ "A 6.1-magnitude quake struck Aceh" and "the 6.1 tremor hit the island": a figure with
    its unit is distinctive enough in one story to join with few shared words."""
    measure = dict(
        kind="amount", category="measure", unit="magnitude", hedge="exact", high=6.1, place=None
    )
    struck = claim(
        "a",
        6.1,
        predicate="strike",
        terms=["quake", "strike", "aceh", "province", "tuesday"],
        nearby=["quake", "strike"],
        **measure,
    )
    hit = claim(
        "b",
        6.1,
        predicate="hit",
        terms=["tremor", "hit", "island", "quake", "house"],
        nearby=["tremor", "hit"],
        **measure,
    )
    assert len(reconcile([struck, hit])) == 1


def test_measures_rounded_alike_agree() -> None:
    """ "6.2 miles" and "6 miles" (both from 10 km) agree; 6 and 9 miles do not."""
    measure = dict(kind="amount", category="measure", unit="miles", hedge="exact")
    assert compatible(claim("a", 6.2, high=6.2, **measure), claim("b", 6, high=6, **measure))
    assert not compatible(claim("a", 9, high=9, **measure), claim("b", 6, high=6, **measure))


def test_a_temperature_and_its_conversion_are_one_reading() -> None:
    """ "47.9 degrees Celsius (118 degrees Fahrenheit)", "about 28 degrees Celsius (82
    degrees Fahrenheit)": one reading in two scales (Fahrenheit's zero is not Celsius's);
    "118F" and "121F" (or 47.9C and 121F) are two readings, and 0C is 32F."""

    def heat(value: float, unit: str, hedge: str = "exact", **bounds: float) -> Claim:
        return claim("a", value, kind="amount", category="measure", unit=unit, hedge=hedge,
                     counted=None, **({"high": value} | bounds))  # fmt: skip

    assert compatible(heat(47.9, "°C"), heat(118, "°F"))
    assert compatible(heat(28, "°C", "about", low=27, high=29), heat(82, "°F"))
    assert compatible(heat(0, "°C"), heat(32, "°F"))
    assert not compatible(heat(118, "°F"), heat(121, "°F"))
    assert not compatible(heat(47.9, "°C"), heat(121, "°F"))
    readings = [
        worded(article, 1, value, "exact", words, kind="amount", category="measure", unit="°C",
               counted=None, predicate="hit")
        for article, value, words in (
            ("a", 46.6, "lytton village canada record hit monday"),
            ("b", 46.7, "portland oregon highest since 1940 reach"),
        )
    ]  # fmt: skip
    assert len(reconcile(readings)) == 2  # two readings, though both round to 47


def test_a_converted_measure_is_one_quantity_in_both_units() -> None:
    """ "75 kilometres (50 miles) west of Manokwari": a writer converting rounds to a round
    number, 7% off; one distance in two articles and in one. The same unit so far apart (17
    and 20 miles) stays two readings."""
    words = "quake strike west main city manokwari survey"

    def distance(article: str, n: int, value: int, unit: str) -> Claim:
        return worded(article, n, value, "exact", words, kind="amount", category="measure",
                      unit=unit, counted=None, predicate="strike")  # fmt: skip

    groups = reconcile(
        [distance("a", 1, 75, "km"), distance("a", 2, 50, "miles"),
         distance("b", 1, 75, "km"), distance("b", 2, 50, "miles")]
    )  # fmt: skip
    assert [(len(g.claims), g.status) for g in groups] == [(4, "agree")]
    assert not compatible(distance("a", 1, 17, "miles"), distance("b", 1, 20, "miles"))


def test_populations_join_whatever_the_verb() -> None:
    """ "Manokwari, a city of 160,000 people" and "home to 167,000 people": no verb says a
    population, so the verbs of the two clauses ("collapsed", "remained") do not part them."""
    city = [
        worded("a", 1, 160000, "exact", "hotel manokwari city people collapse quake",
               category="population", predicate="collapse", place="Manokwari"),
        worded("b", 1, 167000, "exact", "resident manokwari jumble brick home people wary",
               category="population", predicate="remain"),
    ]  # fmt: skip
    groups = reconcile(city)
    assert [(len(g.claims), g.status) for g in groups] == [(2, "conflict")]


def test_two_agencies_readings_of_one_quake_are_one_conflict() -> None:
    """ "Tehran's seismologic center said magnitude-5.9, but the USGS said 6.1": two sources in
    one article, one quake; another article's 5.9 joins them. "7.6 and 7.5 magnitude quakes"
    side by side with no source are two quakes, and an aftershock of 4.0 is another."""
    words = "quake magnitude southern iran island seismologic survey"

    def reading(article: str, n: int, value: float, source: str | None) -> Claim:
        said = words if value > 5 else "initial tremor last second aftershock around iran"
        return worded(article, n, value, "exact", said, kind="amount", category="measure",
                      unit="magnitude", counted=None, predicate="measure", attribution=source,
                      agent="survey" if source == "USGS" else None)  # fmt: skip

    groups = reconcile(
        [reading("a", 1, 5.9, "Tehran"), reading("a", 2, 6.1, "USGS"), reading("b", 1, 5.9, None),
         reading("c", 1, 4.0, None)]
    )  # fmt: skip
    assert sorted((len(g.claims), g.status) for g in groups) == [(1, "single"), (3, "conflict")]
    doublet = reconcile([reading("a", 1, 7.6, None), reading("a", 2, 7.5, None)])
    assert len(doublet) == 2
    # "Tehran's seismologic center put the quake's magnitude at 5.9, but the USGS said it was
    # 6.1": one source named in one sentence is enough; in two sentences it is not, unless the
    # named one is said to read it ("the survey put the magnitude at 6.1")
    unnamed = reading("a", 1, 5.9, None)
    one_sentence = [unnamed, reading("a", 2, 6.1, "USGS"), reading("b", 1, 5.9, None)]
    assert len(reconcile(one_sentence)) == 1
    said = {"sentence": "the survey said 6.1", "predicate": "say"}
    apart = one_sentence[1].model_copy(update=said)
    assert len(reconcile([unnamed, apart, one_sentence[2]])) == 2
    put = {"sentence": "the survey put the magnitude at 6.1", "predicate": "put"}
    read = one_sentence[1].model_copy(update=put)
    assert len(reconcile([unnamed, read, one_sentence[2]])) == 1


def test_two_sizes_in_one_sentence_with_one_named_subject_are_two_things() -> None:
    """ "Schiller showcased the 17-inch MacBook Pro, like the 13-inch MacBook and the 15-inch
    MacBook Pro": the presenter is no second source for a size; two products, two sizes."""
    said = "macbook pro inch laptop showcase keynote design"

    def size(article: str, n: int, value: float, agent: str | None) -> Claim:
        return worded(article, n, value, "exact", said, kind="amount", category="measure",
                      unit="inches", counted=None, predicate="showcase", agent=agent)  # fmt: skip

    groups = reconcile(
        [size("a", 1, 17, "schiller"), size("a", 2, 15, None), size("b", 1, 17, None)]
    )
    assert sorted((len(g.claims), g.status) for g in groups) == [(1, "single"), (2, "agree")]


def test_magnitudes_are_not_rounded_alike() -> None:
    """A preliminary magnitude 4.4 and a 4.2 are two readings; "about 6.0" holds 5.9."""
    magnitude = dict(kind="amount", category="measure", unit="magnitude", hedge="exact")
    assert not compatible(
        claim("a", 4.4, high=4.4, **magnitude), claim("b", 4.2, high=4.2, **magnitude)
    )
    about = {**magnitude, "hedge": "about", "low": 5.5, "high": 6.5}
    assert compatible(claim("a", 6.0, **about), claim("b", 5.9, high=5.9, **magnitude))


def worded(
    article: str, n: int, value: float | None, hedge: str, words: str, **overrides: Any
) -> Claim:
    """A figure as one article words it: its hedge, the words of its sentence (the first five
    of them near the figure; the words stand for the sentence), no place; a killed count of
    people unless overridden."""
    terms = words.split()
    fields: dict[str, Any] = dict(
        n=n,
        hedge=hedge,
        high=None if hedge == "at_least" else value,
        place=None,
        terms=terms,
        nearby=terms[:5],
        sentence=words,
    )
    return claim(article, value, **(fields | overrides))


def things(counted: str, predicate: str, rows: list[tuple[str, int, dt.date, str]]) -> list[Claim]:
    """Exact counts of things (category other), one per row: article, figure, date, words."""
    return [
        worded(article, 1, value, "exact", words, category="other", counted=counted,
               predicate=predicate, date=date)
        for article, value, date, words in rows
    ]  # fmt: skip


def test_one_toll_worded_and_hedged_differently_is_one_group() -> None:
    """A headline's "Three killed", the lead's "killed at least three people", another
    article's "left three bank workers dead": one toll, whatever the verb, hedge or noun."""
    groups = reconcile(
        [
            worded("a", 1, 3, "exact", "kill rioter bomb greek bank", counted=None, predicate=None),
            worded("a", 2, 3, "at_least", "firebomb attack bank greece kill people police"),
            worded("b", 1, 3, "exact", "dead fire bomb hit bank riot", predicate="hit"),
            worded(
                "c",
                1,
                3,
                "exact",
                "riot leave bank worker dead austerity street",
                counted="worker",
                predicate="leave",
            ),
        ]
    )
    assert len(groups) == 1
    assert groups[0].status == "agree"


def test_a_subgroup_with_another_figure_stays_apart() -> None:
    """ "two women and a man died" is not the toll "three people died"."""
    groups = reconcile(
        [
            worded("a", 1, 3, "exact", "police say people die bank branch fire"),
            worded("b", 1, 3, "exact", "people die burn bank protester street"),
            worded(
                "a",
                2,
                2,
                "exact",
                "police say woman man die bank branch fire",
                counted="woman",
                predicate="die",
            ),
            worded("b", 2, 2, "exact", "woman man kill bank branch flame", counted="woman"),
        ]
    )
    assert sorted(len(g.claims) for g in groups) == [2, 2]
    assert {g.status for g in groups} == {"agree"}


def test_the_tolls_articles_lead_with_are_one_moving_toll() -> None:
    """ "killing at least one" on the quake's morning, "at least five" by evening and "24
    dead" the next day, each in an article's lead: one toll, updated. The same figures deep
    in the articles (a village's dead, a hospital's) are not assumed to be that toll."""
    day = dt.date(2013, 7, 2)
    reported = [
        ("a", 1, "quake strike aceh province tuesday kill person leave missing", day),
        ("b", 5, "powerful earthquake aceh flatten building spark landslide kill", day),
        ("c", 24, "indonesia earthquake dead injure magnitude quake hit aceh", day.replace(day=3)),
    ]
    leads = [
        worded(article, 1, value, "at_least", words, date=date, lead=True)
        for article, value, words, date in reported
    ]
    (group,) = reconcile(leads)
    assert group.status == "update"
    body = [c.model_copy(update={"lead": False}) for c in leads]
    assert len(reconcile(body)) == 3


def test_a_large_figure_said_twice_is_one_claim_a_small_one_needs_more() -> None:
    """ "110 billion euros in loans" and "a 110bn-euro rescue package" in one story are one
    figure though worded apart, as are two sums of 3 euros (sums, measures and spans join on
    their figure from SAME_MEASURE_THRESHOLD); "three" of things worded so far apart are not
    joined on their figure alone."""
    money = [
        worded(
            article,
            1,
            110e9,
            "exact",
            words,
            kind="amount",
            category="money",
            unit="EUR",
            counted=None,
            predicate=predicate,
        )
        for article, predicate, words in [
            ("a", "agree", "government agree slash spending tax loan package monetary fund"),
            ("b", "save", "country save money condition emergency rescue package union fund"),
        ]
    ]
    assert len(reconcile(money)) == 1
    small = [c.model_copy(update={"value": 3, "low": 3, "high": 3}) for c in money]
    assert len(reconcile(small)) == 1
    counted = [
        c.model_copy(update={"kind": "count", "category": "other", "unit": "people"}) for c in small
    ]
    assert len(reconcile(counted)) == 2


def test_a_precise_count_said_twice_is_one_claim() -> None:
    """ "Ford finished his career in 1978 with 2,290 points" and "That basket broke the mark
    of 2,290 that point guard Phil Ford set": a figure of three significant digits is one
    quantity across a story though worded apart; a round one ("2,000 points") is not, nor
    "125 seats" and "125 constituencies"."""
    points = dict(category="other", place=None, hedge="exact", high=None, unit="points")
    finished = claim(
        "a",
        2290,
        counted="point",
        predicate="finish",
        scope="1978",  # the past: read further apart from a figure of no year
        terms=["career", "finish", "ford", "point"],
        nearby=["career", "finish", "ford", "point"],
        **points,
    )
    held = claim(  # "That basket broke the mark of 2,290 that point guard Phil Ford set"
        "b",
        2290,
        counted=None,
        predicate="break",
        terms=["basket", "break", "ford", "guard", "mark", "phil", "point", "set"],
        nearby=["basket", "break", "ford", "guard", "mark", "phil", "point", "set"],
        **points,
    )
    assert len(reconcile([finished, held])) == 1
    rounded = [c.model_copy(update={"value": 2000, "low": 2000}) for c in (finished, held)]
    assert len(reconcile(rounded)) == 2
    seats = [
        finished.model_copy(update={"value": 125, "low": 125, "counted": "seat"}),
        held.model_copy(update={"value": 125, "low": 125, "counted": "constituency"}),
    ]
    assert len(reconcile(seats)) == 2


def test_a_count_of_ten_or_more_of_one_named_thing_said_twice_is_one_claim() -> None:
    """ "the fans will always remember the ten actors who played Doctor Who" and "a look back
    at the 10 actors who have previously portrayed sci-fi TV's most enduring hero": one figure
    of one counted thing, though worded apart; "two actors" so worded are not joined."""
    actors = dict(category="other", place=None, hedge="exact", high=None, unit="actors")
    remember = claim(
        "a",
        10,
        counted="actor",
        predicate="remember",
        mood="planned",  # "will always remember": read further apart
        terms=[
            *("actor", "doctor", "exclusive", "fan", "join", "list", "play", "remember"),
            *("run", "smith"),
        ],
        nearby=["actor", "doctor", "fan", "play", "remember", "smith"],
        **actors,
    )
    look = claim(
        "b",
        10,
        counted="actor",
        predicate="take",
        terms=["actor", "enduring", "hero", "look", "portray", "role", "sci", "take", "title"],
        nearby=["actor", "look", "portray", "sci", "take"],
        **actors,
    )
    assert len(reconcile([remember, look])) == 1
    two = [c.model_copy(update={"value": 2, "low": 2}) for c in (remember, look)]
    assert len(reconcile(two)) == 2


def test_a_count_of_people_and_of_named_people_said_alike_is_one_claim() -> None:
    """ "about 32 million people tuning in" and "a low 32 million U.S. viewers": one count of
    people, named in one article only; "two people" and "two viewers" so worded are not
    joined."""
    audience = dict(category="other", place=None, hedge="exact", high=None)
    tuned = claim(
        "a",
        32_000_000,
        counted="people",
        unit="people",
        predicate="tune",
        terms=["decade", "low", "oscars", "plunge", "rating", "record", "tune"],
        nearby=["low", "plunge", "rating", "record", "tune"],
        **audience,
    )
    watched = claim(
        "b",
        32_000_000,
        counted="viewer",
        unit="viewers",
        predicate="hit",
        terms=["broadcast", "host", "hour", "stewart", "viewer"],
        nearby=["broadcast", "hour", "viewer"],
        **audience,
    )
    assert len(reconcile([tuned, watched])) == 1
    two = [c.model_copy(update={"value": 2, "low": 2}) for c in (tuned, watched)]
    assert len(reconcile(two)) == 2


def test_a_lead_toll_restated_further_down_joins_the_toll() -> None:
    """ "Five people had so far been confirmed dead" under a lead of "killing at least five"
    is that toll; "Four other people died in hospitals" further down is not assumed to be."""
    day = dt.date(2013, 7, 2)
    lead_a = worded(
        "a", 1, 1, "at_least", "quake strike aceh kill person missing", date=day, lead=True
    )
    lead_b = worded(
        "b", 1, 5, "at_least", "earthquake aceh flatten building kill", date=day, lead=True
    )
    lead_c = worded(
        "c",
        1,
        24,
        "exact",
        "indonesia earthquake dead injure aceh",
        date=day.replace(day=3),
        lead=True,
    )
    restated = worded(
        "b", 2, 5, "exact", "people confirm dead official disaster agency tell", date=day
    )
    part = worded("b", 3, 4, "exact", "other people die hospital district injury sustain", date=day)
    groups = reconcile([lead_a, lead_b, lead_c, restated, part])
    toll = next(g for g in groups if lead_b.id in g.claims)
    assert restated.id in toll.claims
    assert part.id not in toll.claims


def test_a_lead_toll_worded_again_further_down_joins_the_toll() -> None:
    """ "over 200 injured" in a lead and "we have recorded 249 people injured" in a quote
    further down can both be true: the quote gives the toll too, and joins the morning's
    "dozens injured". A vague "hundreds" deep down (of another fire, years ago) is too loose
    to be taken for the toll."""
    day = dt.date(2013, 7, 2)
    injured: dict[str, Any] = dict(category="injured", predicate="injure")
    later: dict[str, Any] = injured | dict(date=day.replace(day=3))
    quote = "record people dead people injure spokesman tell agence presse"
    claims = [
        worded(
            "a",
            1,
            None,
            "about",
            "powerful quake injure aceh",
            low=24,
            high=99,
            lead=True,
            date=day,
            **injured,
        ),
        worded(
            "b",
            1,
            200,
            "more_than",
            "earthquake dead injure hit aceh",
            lead=True,
            high=None,
            **later,
        ),
        worded("b", 2, 249, "exact", quote, **later),
        worded(
            "b",
            3,
            None,
            "about",
            "similar case decade ago fire death people",
            low=200,
            high=999,
            **later,
        ),
        worded(
            "c",
            1,
            200,
            "more_than",
            "official kill injure quake strike",
            lead=True,
            high=None,
            **later,
        ),
        worded("c", 2, 249, "exact", quote, **later),
    ]
    groups = reconcile(claims)
    toll = next(g for g in groups if "a:c1" in g.claims)
    assert set(toll.claims) == {"a:c1", "b:c1", "b:c2", "c:c1", "c:c2"}
    assert toll.status == "update"


def test_taking_into_custody_is_one_predicate_whatever_the_verb() -> None:
    """ "captured three boats" and "intercepted the remaining three boats" (and "seized" /
    "confiscated" rifles) say the same of the same things."""
    boats: dict[str, Any] = dict(category="other", counted="boat")
    groups = reconcile(
        [
            worded(
                "a", 1, 3, "exact", "warship thwart attack gulf aden", predicate="capture", **boats
            ),
            worded(
                "b",
                1,
                3,
                "exact",
                "two escape remaining search action",
                predicate="intercept",
                **boats,
            ),
        ]
    )
    assert len(groups) == 1


def test_money_taken_in_is_one_predicate_whatever_the_verb() -> None:
    """ "has grossed $368.0 million globally" and "has already accumulated $459 million
    around the globe" are one film's takings, said on two days."""
    takings: dict[str, Any] = dict(kind="amount", category="money", unit="USD", counted=None)
    grossed = worded(
        "a", 1, 368e6, "exact", "hunger games phenomenon globally", predicate="gross", **takings
    )
    accumulated = worded(
        "b",
        1,
        459e6,
        "exact",
        "games backend significant globe",
        predicate="accumulate",
        date=dt.date(2025, 2, 9),
        **takings,
    )
    (group,) = reconcile([grossed, accumulated])
    assert group.status == "update"  # takings so far grow: a later, higher figure updates


def test_what_thieves_took_is_one_predicate_whatever_the_verb() -> None:
    """ "snatched $108 million worth of diamond rings" and "making off with an estimated $102
    million in jewels": one haul, whoever words it (and two estimates of it)."""
    haul: dict[str, Any] = dict(kind="amount", category="money", unit="USD", counted=None)
    snatched = worded("a", 1, 108e6, "exact", "armed robbers disguised women paris",
                      predicate="snatch", **haul)  # fmt: skip
    made_off = worded("b", 1, 102e6, "about", "brazen planned robbery store paris",
                      predicate="steal", **haul)  # fmt: skip
    assert len(reconcile([snatched, made_off])) == 1


def measured(article: str, n: int, value: float, unit: str, words: str, **extra: Any) -> Claim:
    """A distance or speed as an article words it."""
    fields: dict[str, Any] = dict(kind="amount", category="measure", unit=unit, counted=None)
    return worded(article, n, value, "exact", words, **(fields | {"predicate": "chase"} | extra))


def test_one_measure_in_two_units_is_one_claim() -> None:
    """ "chased him for 48km" and "for 30 miles" are one distance, and agree; so are "a depth
    of 10 kilometres (6.2 miles)" and another report's "10 km"."""
    chase = "deputy police chase construction zone speed"
    groups = reconcile([measured("a", 1, 48, "km", chase), measured("b", 1, 30, "miles", chase)])
    assert [(len(g.claims), g.status) for g in groups] == [(2, "agree")]
    depth = "quake strike inland depth mountainous district"
    groups = reconcile(
        [
            measured("a", 1, 10, "km", depth),
            measured("a", 2, 6.2, "miles", depth),
            measured("b", 1, 10, "km", depth),
        ]
    )
    assert [(len(g.claims), g.status) for g in groups] == [(3, "agree")]


@given(st.floats(min_value=0.1, max_value=50_000), st.sampled_from(["miles", "feet", "metres"]))
def test_a_distance_converted_and_rounded_is_compatible(km: float, unit: str) -> None:
    """Any distance and the same distance in another unit, rounded to a tenth, agree."""
    size = {"miles": 1.609344, "feet": 0.0003048, "metres": 0.001}[unit]
    other = round(km / size, 1)
    assume(other > 0 and abs(other * size - km) / km <= 0.04)
    a = measured("a", 1, km, "km", "x")
    b = measured("b", 1, other, unit, "x")
    assert compatible(a, b)


def test_a_distance_is_not_a_speed() -> None:
    words = "deputy police chase construction zone speed"
    groups = reconcile([measured("a", 1, 120, "miles", words), measured("b", 1, 120, "mph", words)])
    assert len(groups) == 2


def price(article: str, value: float, n: int = 1, **overrides: Any) -> Claim:
    """A deal's price in dollars as an article words it."""
    fields: dict[str, Any] = dict(
        kind="amount", category="money", unit="USD", counted=None, predicate="pay"
    )
    words = "amd pay million seamicro acquire deal cash stock"
    return worded(article, n, value, "exact", words, **(fields | overrides))


def test_amounts_an_article_gives_side_by_side_are_two_quantities_everywhere() -> None:
    """ "$334 million, including $281 million in cash" in one article: the $281 million of
    another article is the cash part, not a conflicting price."""
    aside = {"terms": ["blog", "note"], "nearby": ["blog"], "predicate": "cost"}
    groups = reconcile(
        [
            price("a", 334e6, 1, **aside),
            price("a", 281e6, 2, **aside),
            price("b", 334e6),
            price("c", 281e6),
        ]
    )
    assert not any({"b:c1", "c:c1"} <= set(g.claims) for g in groups)
    assert "conflict" not in {g.status for g in groups}


def test_a_price_to_be_paid_and_a_price_paid_are_one_amount() -> None:
    """ "AMD will pay $334 million" and "the deal cost AMD $334 million": the plan/fact rule
    keeps counts apart ("is to free 33" / "freed 18"), not amounts."""
    groups = reconcile([price("a", 334e6, mood="planned"), price("b", 334e6)])
    assert len(groups) == 1


def test_two_figures_of_things_need_more_than_shared_nouns_to_be_joined() -> None:
    """ "He had 793 yards ... at Wayne State" / "Jones has 193 yards on the ground": two
    statistics that share a noun and a verb, not one figure revised; the same figure twice
    is one."""
    stats = things(
        "yard",
        "have",
        [
            ("a", 793, dt.date(2011, 1, 5), "yard carry catch pass season wayne"),
            ("b", 193, dt.date(2011, 1, 6), "jones yard carry ground touchdown"),
        ],
    )
    assert len(reconcile(stats)) == 2
    same = [stats[0], stats[1].model_copy(update={"value": 793, "low": 793, "high": 793})]
    assert len(reconcile(same)) == 1


def test_crowd_estimates_that_differ_are_a_conflict_not_an_update() -> None:
    """ "Police said as many as 20,000 people took to the streets" and, a day later, "about
    100,000 marched": two estimates of one crowd, not a count that grew; a crowd counted by a
    verb the lexicon does not know ("joined") is compared with it all the same."""
    marched = [
        claim("a", 20000, category="crowd", hedge="at_most", low=None, high=20000,
              predicate="march"),
        claim(
            "b", 100000, category="crowd", hedge="about", low=90000, high=110000,
            predicate="march", date=dt.date(2025, 2, 4),
        ),
    ]  # fmt: skip
    (group,) = reconcile(marched)
    assert (group.status, group.rule) == ("conflict", "conflict-estimates")
    assert "estimates of one crowd differ" in group.reason
    joined = marched[1].model_copy(update={"id": "c:c1", "article": "c", "category": "other"})
    (group,) = reconcile([marched[0], joined])
    assert group.rule == "conflict-estimates"


def test_a_crowd_is_one_crowd_whatever_verb_gives_it() -> None:
    """ "Police put the turnout at 107,000, while monitors estimated that between 275,000 and
    325,000 people attended", and the next day "a protest that police said drew 107,000
    people": one crowd, whose verbs (put, attended, drew) say nothing of which crowd; its
    label says what it is."""
    sentence = "Police put the turnout at 107,000, while monitors estimated 275,000 attended."
    words = ["police", "turnout", "monitor", "estimate", "attend"]
    crowd: dict[str, Any] = dict(category="crowd", hedge="exact", place=None, sentence=sentence)
    turnout = [
        claim("a", 107000, predicate="put", attribution="Police", terms=words, nearby=[],
              high=107000, **crowd),
        claim("a", None, n=2, predicate="attend", attribution="monitors", terms=words,
              nearby=["attend"], low=275000, high=325000, **(crowd | {"hedge": "range"})),
        claim("b", 107000, predicate="draw", attribution="police", high=107000,
              terms=["protest", "police", "draw", "people"], nearby=["draw", "people"],
              date=dt.date(2025, 2, 4), **(crowd | {"sentence": "..."})),
    ]  # fmt: skip
    (group,) = reconcile(turnout)
    assert (group.status, group.rule) == ("conflict", "conflict-estimates")
    assert group.label == "people in the crowd"


def test_shots_fired_are_a_fixed_fact() -> None:
    """ "Hill fired five shots", the next day "fired at least six shots": another account of
    one shooting, a conflict, not more shots fired since."""
    shots = dict(category="other", counted="shot", unit="shots", predicate="fire", hedge="exact")
    (group,) = reconcile(
        [
            claim("a", 5, high=5, attribution="Prosecutors", **shots),
            claim("b", 6, date=dt.date(2025, 2, 4), attribution="Police",
                  **(shots | {"hedge": "at_least"})),
        ]
    )  # fmt: skip
    assert (group.status, group.rule) == ("conflict", "conflict-fixed-fact")
    (group,) = reconcile(
        [
            claim("a", 5, high=5, **(shots | {"counted": "building", "unit": "buildings"})),
            claim("b", 6, date=dt.date(2025, 2, 4),
                  **(shots | {"counted": "building", "unit": "buildings", "hedge": "at_least"})),
        ]
    )  # fmt: skip
    assert group.status == "update"


@pytest.mark.parametrize("rising", [True, False])
def test_a_count_of_things_said_to_rise_runs_on(rising: bool) -> None:
    """ "The number of confirmed cases rose to 148", the next day "has risen to 257": one count
    as it runs (an update); two counts of things far apart, neither said to rise, stay two
    ("53 catches" this season, "eight catches" in a game)."""
    cases = dict(
        category="other",
        counted="case",
        unit="cases",
        predicate="rise",
        hedge="exact",
        place=None,
        terms=["case", "confirm", "number", "rise", "who", "flu", "alert"],
        nearby=["case", "confirm", "number", "rise", "worldwide"],
        rising=rising,
    )
    later = {
        "terms": ["case", "rise", "swine", "world", "country", "warn", "pandemic"],
        "nearby": ["case", "rise", "world", "swine", "flu"],
    }
    groups = reconcile(
        [
            claim("a", 148, high=148, **cases),
            claim("b", 257, high=257, date=dt.date(2025, 2, 4), **(cases | later)),
        ]
    )  # fmt: skip
    if rising:
        (group,) = groups
        assert (group.status, group.rule) == ("update", "update-later-higher")
    else:
        assert len(groups) == 2


def test_wives_are_not_children() -> None:
    """ "who has had 26 wives" and "dozens of children": two counts of one household, never one
    group however alike their sentences."""
    words = ["blackmore", "wife", "child", "numerous", "polygamy", "have", "dozens"]
    household = dict(category="other", predicate="have", place=None, terms=words, nearby=words)
    groups = reconcile(
        [
            claim("a", 26, high=26, hedge="exact", counted="wife", unit="wives", **household),
            claim("b", "dozens", low=24, high=99, hedge="about", counted="child",
                  unit="children", date=dt.date(2025, 2, 4), **household),
        ]
    )  # fmt: skip
    assert len(groups) == 2


def test_a_crafts_load_is_a_fixed_fact() -> None:
    """ "was carrying 44 passengers", the next day "was carrying 45 passengers": two accounts
    of who was aboard one flight, a conflict, not more passengers since."""
    load = dict(category="other", counted="passenger", unit="passengers", hedge="exact")
    (group,) = reconcile(
        [
            claim("a", 44, high=44, predicate="carry", **load),
            claim("b", 45, high=45, date=dt.date(2025, 2, 4), predicate="carry", **load),
        ]
    )  # fmt: skip
    assert (group.status, group.rule) == ("conflict", "conflict-fixed-fact")
    (group,) = reconcile(
        [
            claim("a", 44, high=44, predicate="rescue", **load),
            claim("b", 45, high=45, date=dt.date(2025, 2, 4), predicate="rescue", **load),
        ]
    )  # fmt: skip
    assert group.status == "update"


def test_part_of_a_toll_is_not_the_toll() -> None:
    """ "55 wounded, 15 critically" and, the day before, "a dozen wounded": the 15 is part of
    a count, not a later figure of the same one."""
    critically = claim("a", 15, category="injured", predicate="wound", part=True)
    earlier = claim("b", 12, category="injured", predicate="wound", date=dt.date(2025, 2, 2))
    assert len(reconcile([critically, earlier])) == 2
    assert len(reconcile([critically.model_copy(update={"part": False}), earlier])) == 1


def test_an_average_is_not_a_count() -> None:
    """ "averaged 7.2 rebounds" and "posted eight rebounds": a rate and a count, however alike
    their words; two averages are one quantity."""
    words = "rebound point game curry hansbrough"
    stats = [
        worded(article, 1, value, "exact", words, category="other", counted="rebound")
        for article, value in [("a", 7.2), ("b", 8)]
    ]
    assert len(reconcile(stats)) == 2
    averages = [stats[0], stats[1].model_copy(update={"value": 7.4, "low": 7.4, "high": 7.4})]
    assert len(reconcile(averages)) == 1
    # "his son's 23 points and eight rebounds a game" is an average too: not the night's 23
    night = [c.model_copy(update={"value": 23, "low": 23, "high": 23}) for c in stats]
    assert len(reconcile(night)) == 1
    a_game = [night[0].model_copy(update={"per": "game"}), night[1]]
    assert len(reconcile(a_game)) == 2


def test_a_rate_is_not_a_total() -> None:
    """ "$184 million, or a $23 million a season" and "the offer worth $23 million": a sum a
    season and a sum in all are two quantities, however alike their words."""
    words = "offer million teixeira red sox season"
    sums = [
        worded(
            article,
            1,
            23e6,
            "exact",
            words,
            kind="amount",
            category="money",
            unit="USD",
            counted=None,
            predicate="offer",
        )
        for article in ("a", "b")
    ]
    assert len(reconcile(sums)) == 1
    yearly = [sums[0].model_copy(update={"per": "season"}), sums[1]]
    assert len(reconcile(yearly)) == 2
    both = [c.model_copy(update={"per": "year"}) for c in sums]
    assert len(reconcile(both)) == 1


@pytest.mark.parametrize(("other", "joined"), [(1500, False), (11, True)])
def test_figures_of_things_far_apart_are_two_quantities(other: int, joined: bool) -> None:
    """ "10 houses were damaged in Takengon" and "about 1,500 houses and buildings were
    damaged" (in the district) share their words about as much as "10 houses" and "11 houses"
    of one town do; the close figures are one quantity reported differently, the far ones
    two quantities."""
    houses = things(
        "house",
        "damage",
        [
            ("a", 10, dt.date(2013, 7, 2), "house damage injure people takengon"),
            ("b", other, dt.date(2013, 7, 3), "house damage building district kill"),
        ],
    )
    assert (len(reconcile(houses)) == 1) is joined


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("kill", "killed"), ("free", "freed"), ("bury", "buried"), ("take", "taken"),
     ("stab", "stabbed"), ("nab", "nabbed"), ("plan", "planned"), ("open", "opened"),
     ("wound", "wounded"), ("cut", "cut"), ("arrest", "arrested"), ("fix", "fixed"),
     ("catch", "caught"), ("hide", "hidden"), ("let", "let"), ("admit", "admitted"),
     ("occur", "occurred"), ("sell", "sold"), ("strike", "struck"),
     # a word already a participle stays as it is; a verb ending in "eed" does not
     ("unidentified", "unidentified"), ("unaccounted", "unaccounted"), ("need", "needed"),
     ("exceed", "exceeded"), ("shred", "shredded"),
     # a deed named by a noun is told with its verb
     ("landfall", "made landfall")],
)  # fmt: skip
def test_participle_for_labels(lemma: str, expected: str) -> None:
    assert participle(lemma) == expected


@pytest.mark.parametrize(
    ("counted", "shared"), [("boat", "somali crew"), ("people", "somali crew total onboard")]
)
def test_the_same_figure_of_the_same_thing_joins_across_differently_worded_groups(
    counted: str, shared: str
) -> None:
    """ "INS Sukanya intercepted the remaining three boats" (three wire copies, one naming the
    boats) and "The three boats had a total of 26 Somali crew" (four copies): the two groups
    share little on average, but one pair gives the same figure of the same named thing."""
    common = "sukanya intercept remain boat escape practise board search"
    boats = dict(category="other", predicate="intercept")
    intercepted = [
        worded("a", 1, 3, "exact", common, counted=None, **boats),
        worded("b", 1, 3, "exact", common, counted=None, **boats),
        worded("c", 1, 3, "exact", f"{common} {shared}", counted=counted, **boats),
    ]
    had = [
        worded(article, 2, 3, "exact", "boat total somali crew onboard", category="other",
               counted=counted, predicate="have")
        for article in "defg"
    ]  # fmt: skip
    (group,) = reconcile(intercepted + had)
    assert len(group.claims) == 7
    other_boats = [c.model_copy(update={"counted": "shell"}) for c in had]
    assert len(reconcile(intercepted + other_boats)) == 2


def test_one_role_worded_two_ways_is_one_counted_thing() -> None:
    """ "when the two cops arrived" and "two plainclothes officers approached": officers; so
    are "two prison guards" and "two correctional officers"."""
    officers = [
        worded("a", 1, 2, "exact", "plainclothes approach gray night", category="other",
               counted="officer", predicate="approach"),
        worded("b", 1, 2, "exact", "plainclothes witness arrive scene", category="other",
               counted="cop", predicate="arrive"),
    ]  # fmt: skip
    assert len(reconcile(officers)) == 1
    other = officers[1].model_copy(update={"counted": "teenager"})
    assert len(reconcile([officers[0], other])) == 2
    guards = officers[1].model_copy(update={"counted": "guard"})
    assert len(reconcile([officers[0], guards])) == 1
    words = ("ko", "knockout")
    kos = [o.model_copy(update={"counted": w}) for o, w in zip(officers, words, strict=True)]
    assert len(reconcile(kos)) == 1  # "52-3, 46 KOs" / "52-3, 46 knockouts"
    for one, another in (("grandkid", "grandchild"), ("troop", "soldier"), ("home", "house"),
                         ("vessel", "ship"), ("jet", "plane"), ("vehicle", "car"),
                         ("term", "sentence")):  # fmt: skip
        pair = [
            o.model_copy(update={"counted": w})
            for o, w in zip(officers, (one, another), strict=True)
        ]
        assert len(reconcile(pair)) == 1, (one, another)  # "two grandkids" / "two grandchildren"


def test_people_no_one_can_be_twice_never_join() -> None:
    """ "three women and two men were killed" in one strike, "three young men died" in another:
    the same figure and words of one war, but women are not men, nor soldiers civilians."""
    words = "kill strike school gaza city family cousin"
    for first, second in (("woman", "man"), ("child", "adult"), ("soldier", "civilian")):
        pair = [
            worded("a", 1, 3, "exact", words, counted=first, lead=True),
            worded("b", 1, 3, "exact", words, counted=second, lead=True),
        ]
        assert len(reconcile(pair)) == 2, (first, second)
    kin = [
        worded("a", 1, 3, "exact", words, counted="man", lead=True),
        worded("b", 1, 3, "exact", words, counted="palestinian", lead=True),
    ]
    assert len(reconcile(kin)) == 1


def test_a_running_toll_joins_however_it_is_worded() -> None:
    """ "more than 640 Palestinians killed since the assault began" and "the bombardment ...
    has claimed more than 660 lives" share no words: two large tolls of one story are its
    toll as it runs. Two small figures so worded are two incidents."""
    tolls = [
        worded("a", 1, 640, "more_than", "rise casualty toll palestinians assault begin",
               counted="palestinian", date=dt.date(2009, 1, 7)),
        worded("b", 1, 660, "more_than", "day bombardment air land sea life past fight",
               counted="life", date=dt.date(2009, 1, 8)),
    ]  # fmt: skip
    groups = reconcile(tolls)
    assert len(groups) == 1
    assert groups[0].status == "update"
    small = [
        worded("a", 1, 4, "more_than", "rise casualty toll palestinians assault begin",
               counted="palestinian", date=dt.date(2009, 1, 7)),
        worded("b", 1, 5, "more_than", "day bombardment air land sea life past fight",
               counted="life", date=dt.date(2009, 1, 8)),
    ]  # fmt: skip
    assert len(reconcile(small)) == 2


def test_one_small_figure_deep_in_two_reports_is_two_incidents() -> None:
    """In a story of one incident, "three killed" twice is its toll whatever the words; deep in
    a war report, a family's "two men were killed" and a contractor's "two relatives killed"
    are two incidents. A headline's "Two killed" and the relatives stay one toll."""
    relatives = worded(
        "b",
        1,
        2,
        "exact",
        "reason cancel food distribution contractor relative kill",
        counted="relative",
    )
    family = worded(
        "a", 1, 2, "exact", "child woman man kill air strike house gaza city", counted="man"
    )
    headline = worded("a", 1, 2, "exact", "two kill air strike gaza", counted="people", lead=True)
    assert len(reconcile([family, relatives])) == 2
    assert len(reconcile([headline, relatives])) == 1


@pytest.mark.parametrize(
    ("counted", "joined"),
    [("migrant", True), ("palestinian", True), ("member", True), ("soldier", False),
     ("troop", False), ("child", False)],
)  # fmt: skip
def test_a_lead_may_name_whom_its_toll_counts(counted: str, joined: bool) -> None:
    """ "40 migrants drowned" leads one day, "Shipwreck toll rises to 78" the next, in
    other words: one toll, an update. A lead's "two soldiers killed" or "12 children" is a part
    of a toll, and stays apart from the next day's toll of people."""
    first = worded(
        "a",
        1,
        40,
        "exact",
        "migrant drown greece boat capsize coast guard",
        counted=counted,
        lead=True,
    )
    later = worded(
        "b",
        1,
        78,
        "exact",
        "greek shipwreck toll rise number body recover",
        counted="people",
        lead=True,
        date=dt.date(2025, 2, 4),
    )
    groups = reconcile([first, later])
    assert len(groups) == (1 if joined else 2)
    if joined:
        assert groups[0].status == "update"


def test_what_is_left_of_a_set_is_not_what_left_it() -> None:
    """ "Hamas freed the last 20 living hostages" and, a day later, "the 20 hostages still
    held" (what is left) are two counts, whatever their words share; so are four bodies
    handed over and twenty left. Two days' remainders are one count that falls."""
    freed = worded(
        "a",
        1,
        20,
        "exact",
        "hamas free hostage gaza ceasefire",
        category="hostages",
        counted="hostage",
        predicate="free",
    )
    left = worded(
        "b",
        1,
        20,
        "exact",
        "hamas hostage gaza ceasefire hold",
        category="hostages",
        counted="hostage",
        predicate="remain",
        date=dt.date(2025, 2, 4),
    )
    assert len(reconcile([freed, left])) == 2
    earlier_left = left.model_copy(
        update={
            "id": "c:c1",
            "article": "c",
            "value": 24,
            "low": 24,
            "high": 24,
            "date": dt.date(2025, 2, 3),
        }
    )
    (group,) = reconcile([earlier_left, left])
    assert (group.status, group.rule) == ("update", "update-later-lower")


def test_a_headline_round_mark_passed_is_the_articles_toll() -> None:
    """ "Helene death toll passes 100" over "At least 116 people have died": one toll in one
    article, so the next day's 162 updates it, from 116. Two lower bounds of one article
    that no verb of passing marks ("more than 40" at a school, "more than 50" in all) are
    two counts."""
    day_one = dt.date(2024, 9, 30)
    headline = worded(
        "a",
        1,
        100,
        "more_than",
        "helene death toll pass southeast",
        predicate="pass",
        lead=True,
        date=day_one,
    )
    body = worded(
        "a",
        2,
        116,
        "at_least",
        "people die six state hurricane helene",
        predicate="die",
        lead=True,
        date=day_one,
    )
    next_day = worded(
        "b",
        1,
        162,
        "at_least",
        "death toll hurricane helene rise tuesday",
        predicate="rise",
        lead=True,
        date=dt.date(2024, 10, 1),
    )
    (group,) = reconcile([headline, body, next_day])
    assert group.status == "update"
    assert "(at least 116)" in group.reason
    school = worded("a", 1, 40, "more_than", "people kill school shell gaza", lead=True)
    strikes = worded("a", 2, 50, "more_than", "people kill school shell strike gaza")
    assert len(reconcile([school, strikes])) == 2


def span(article: str, days: int, date: dt.date, counted: str, words: str, n: int = 1) -> Claim:
    """A span in days of something, as of the article's date."""
    return worded(article, n, days, "exact", words, kind="duration", category="duration",
                  unit="days", counted=counted, predicate=None, date=date)  # fmt: skip


def test_the_span_of_a_war_still_going_on_is_an_update_by_date() -> None:
    """ "After 11 days of fighting" (6 January), "12 days of the offensive" (7th), "13 days of
    bombardment" (8th): one war begun on 26 December, reported as it lasts. A finished
    truce's 180 and 170 days, said on two days, are a fixed fact that differs."""
    war = [
        span("a", 11, dt.date(2009, 1, 6), "fighting", "rocket fire police past fight total"),
        span("b", 12, dt.date(2009, 1, 7), "offensive", "palestinian kill offensive gaza wound"),
        span("c", 13, dt.date(2009, 1, 8), "bombardment", "bombardment gaza air land sea life"),
    ]
    groups = reconcile(war)
    assert [(len(g.claims), g.status) for g in groups] == [(3, "update")]
    truce = [
        span("a", 180, dt.date(2009, 1, 6), "truce", "truce egypt broker hamas israel reach"),
        span("b", 170, dt.date(2009, 1, 7), "truce", "truce egypt broker hamas israel reach"),
    ]
    assert [g.status for g in reconcile(truce)] == ["conflict"]


def test_the_span_of_a_strike_or_siege_still_going_on_is_an_update_by_date() -> None:
    """ "extending a six-week strike" (24 October), "ending seven-week walkout" (5 November):
    one stoppage begun in mid-September, reported as it lasts (was a fixed fact in conflict);
    a siege's days too."""
    strike = [
        span("a", 42, dt.date(2024, 10, 24), "strike", "boeing machinist reject offer extend"),
        span("b", 49, dt.date(2024, 11, 5), "walkout", "boeing machinist accept offer end"),
    ]
    assert [(len(g.claims), g.status) for g in reconcile(strike)] == [(2, "update")]
    siege = [
        span("a", 100, dt.date(2024, 3, 1), "siege", "city siege army food water cut"),
        span("b", 107, dt.date(2024, 3, 8), "blockade", "city siege army food water cut"),
    ]
    assert [(len(g.claims), g.status) for g in reconcile(siege)] == [(2, "update")]


def test_a_span_said_shorter_later_is_a_finished_span_in_conflict() -> None:
    """ "ending a 12-hour siege", two days later "the siege lasted about 10 hours": a siege
    still going on would have grown; a finished one told two ways is a fixed fact."""
    siege = [
        span("a", 3, dt.date(2016, 7, 2), "siege", "gunman hostage cafe dhaka siege end"),
        span("b", 2, dt.date(2016, 7, 4), "siege", "gunman hostage cafe dhaka siege last"),
    ]
    assert [(len(g.claims), g.rule) for g in reconcile(siege)] == [(2, "conflict-fixed-fact")]


def test_one_article_may_count_the_days_of_unrest_two_ways() -> None:
    """ "Four days of riots" and "five days of rioting" in one article are one span counted
    from two nights; "four days" and "twelve days" are not."""
    riots = [
        span("a", 4, dt.date(2008, 12, 13), "riot", "riot spark police shoot worst greece", 1),
        span("a", 5, dt.date(2008, 12, 13), "rioting", "rioting spark police shoot post mortem", 2),
        span("b", 8, dt.date(2008, 12, 14), "riot", "riot worst greece decade calm athens"),
    ]
    assert [(len(g.claims), g.status) for g in reconcile(riots)] == [(3, "update")]
    far = [
        span("a", 4, dt.date(2008, 12, 13), "riot", "riot spark police shoot worst greece", 1),
        span("a", 12, dt.date(2008, 12, 13), "riot", "riot spark police shoot worst greece", 2),
    ]
    assert len(reconcile(far)) == 2


def test_one_scope_said_more_or_less_precisely_joins() -> None:
    """ "in 2010" and "in September" (2010-09) may be one period; April and May never are."""
    assert len(reconcile([claim("a", 100, scope="2010"), claim("b", 100, scope="2010-09")])) == 1
    groups = reconcile([claim("a", 100, scope="2012-04"), claim("b", 100, scope="2012-05")])
    assert len(groups) == 2


def test_one_start_named_more_closely_is_one_scope() -> None:
    """ "since the December 27 election" and "since the disputed December 27 election" are one
    start; "since the election" and "since the war" are two."""
    closer = claim("b", 486, scope="since dispute december election", date=dt.date(2008, 1, 8))
    plain = claim("a", 300, scope="since december election", date=dt.date(2008, 1, 7))
    assert [g.status for g in reconcile([plain, closer])] == ["update"]
    war = claim("b", 486, scope="since war", date=dt.date(2008, 1, 8))
    assert len(reconcile([plain, war])) == 2


def test_the_past_days_and_since_a_day_are_one_span_when_they_start_together() -> None:
    """ "killed at least 54 people over the past three days" on June 8 and "98 people have
    died since Friday" (June 5) two days on: one running count; since June 1 is another."""
    recent = claim("a", 54, scope="past 3 days to 2026-06-08", date=dt.date(2026, 6, 8))
    since_then = claim("b", 98, scope="since 2026-06-05", date=dt.date(2026, 6, 10))
    groups = reconcile([recent, since_then])
    assert [(len(g.claims), g.status) for g in groups] == [(2, "update")]
    since_before = claim("b", 98, scope="since 2026-06-01", date=dt.date(2026, 6, 10))
    assert len(reconcile([recent, since_before])) == 2
    # "in the past week" on July 20, "since July 13" the next day
    week = claim("a", 45, scope="past week to 2026-07-20", date=dt.date(2026, 7, 20))
    since_a_week = claim("b", 52, scope="since 2026-07-13", date=dt.date(2026, 7, 21))
    assert [g.status for g in reconcile([week, since_a_week])] == ["update"]


def test_the_past_an_article_names_may_be_when_another_reported() -> None:
    """ "the shooting deaths of two co-workers in September 2010", read two years on, is the
    toll a report of September 2010 gave without naming the month."""
    later = claim(
        "trial",
        2,
        hedge="exact",
        high=2,
        scope="2010-09",
        date=dt.date(2012, 9, 10),
        predicate="charge",
        terms=["hiller", "charge", "murder", "shooting", "death", "co", "worker"],
        nearby=["charge", "murder", "death", "worker"],
    )
    at_the_time = claim(
        "news",
        2,
        hedge="exact",
        high=2,
        date=dt.date(2010, 9, 10),
        terms=["woman", "kill", "two", "worker", "kraft", "factory", "philadelphia"],
        nearby=["kill", "worker", "kraft"],
    )
    assert len(reconcile([later, at_the_time])) == 1
    years_after = at_the_time.model_copy(update={"date": dt.date(2011, 9, 10)})
    assert len(reconcile([later, years_after])) == 2


def test_a_short_span_said_twice_in_a_story_is_one_moment() -> None:
    """ "two hours of negotiations" and "after two hours the gunman surrendered": minutes and
    hours are one moment of one story; two spans of days join on the figure when nothing sets
    them apart (from SAME_MEASURE_THRESHOLD), and not when their places differ."""

    def spans(unit: str, shared: str = "office") -> list[Claim]:
        base: dict[str, Any] = dict(
            kind="duration", category="duration", hedge="exact", unit=unit, counted=None
        )
        return [
            claim(
                "a",
                2,
                high=2,
                predicate="negotiate",
                terms=["police", "negotiate", "suspect", "office", "street"],
                nearby=["negotiate", "police"],
                **base,
            ),
            claim(
                "b",
                2,
                high=2,
                predicate="surrender",
                terms=["police", "gunman", "surrender", "apartment", shared],
                nearby=["gunman", "surrender"],
                **base,
            ),
        ]

    assert len(reconcile(spans("hours"))) == 1
    assert len(reconcile(spans("days"))) == 1
    assert len(reconcile(spans("days", shared="building"))) == 1
    assert len(reconcile(spans("hours", shared="building"))) == 1
    first, second = spans("days", shared="building")
    elsewhere = [
        first.model_copy(update={"place": "Gaza"}),
        second.model_copy(update={"place": "Cairo"}),
    ]
    assert len(reconcile(elsewhere)) == 2


def test_distances_from_different_places_never_join() -> None:
    """ "six miles west of Cobb" and "six miles west of Anderson Springs" are two distances;
    from one place, two reports of it are one (here in conflict)."""

    def distance(article: str, miles: int, place: str) -> Claim:
        return claim(
            article,
            miles,
            kind="amount",
            category="measure",
            hedge="exact",
            high=miles,
            unit="miles",
            counted="distance",
            predicate="be",
            place=place,
        )

    assert len(reconcile([distance("a", 6, "Cobb"), distance("b", 6, "Anderson Springs")])) == 2
    (group,) = reconcile([distance("a", 4, "Cobb"), distance("b", 6, "Cobb")])
    assert group.status == "conflict"


def test_one_place_spelt_two_ways_is_one_place() -> None:
    """ "55 kilometres south of Bireun" and "55 kilometers from Bireuen" are one distance."""

    def distance(article: str, place: str) -> Claim:
        return claim(
            article,
            55,
            kind="amount",
            category="measure",
            hedge="exact",
            high=55,
            unit="km",
            counted="distance",
            place=place,
        )

    assert len(reconcile([distance("a", "Bireun"), distance("b", "Bireuen")])) == 1
    assert len(reconcile([distance("a", "Bireun"), distance("b", "Banda Aceh")])) == 2


def test_followers_and_members_are_one_frame() -> None:
    """ "the sect has about 10,000 followers", "10,000 members live in three states"."""

    def belonging(article: str, counted: str, predicate: str, terms: list[str]) -> Claim:
        return claim(
            article,
            10000,
            category="other",
            hedge="about",
            low=9000,
            high=11000,
            counted=counted,
            predicate=predicate,
            place=None,
            terms=terms,
            nearby=terms[:2],
        )

    groups = reconcile(
        [
            belonging("a", "follower", "have", ["sect", "breakaway", "believe"]),
            belonging("b", "member", "live", ["flds", "radical", "offshoot"]),
        ]
    )
    assert len(groups) == 1


def test_a_sum_and_its_conversion_in_brackets_are_one_figure() -> None:
    """ "85 million euros ($108 million)" in one report ties "$108 million" in another to
    "85 million euros" in a third: one sum, no rate needed, and they agree."""
    sentence = "Armed robbers stole diamonds valued at 85 million euros ($108 million) from Paris."

    def money(article: str, value: int, unit: str, text: str, **overrides: Any) -> Claim:
        fields: dict[str, Any] = DOLLARS | dict(
            high=value,
            unit=unit,
            predicate="steal",
            text=text,
            terms=["robber", "steal", "diamond", "paris"],
            nearby=["steal", "diamond"],
        )
        fields.update(overrides)
        return claim(article, value, **fields)

    claims = [
        money("a", 85_000_000, "EUR", "85 million euros", n=1, sentence=sentence, start=39, end=55),
        money("a", 108_000_000, "USD", "$108 million", n=2, sentence=sentence, start=57, end=69),
        money("b", 108_000_000, "USD", "$108 million", terms=["snatch", "ring", "robber"]),
        money("c", 85_000_000, "EUR", "85 million euros", terms=["gem", "jeweller", "robber"]),
    ]
    (group,) = reconcile(claims)
    assert group.status == "agree"
    unbracketed = [
        c.model_copy(update={"sentence": "..."}) if c.article == "a" else c for c in claims
    ]
    assert len(reconcile(unbracketed)) == 2


def test_people_named_only_by_sex_or_age_may_be_named_by_role_elsewhere() -> None:
    """ "two men accused of killing her" and "two accused gangbangers went on trial": a plain
    "men" does not speak against another article's word for the same two; two roles do."""

    def accused(article: str, counted: str, predicate: str, words: list[str]) -> Claim:
        return claim(
            article,
            2,
            category="other",
            hedge="exact",
            high=2,
            counted=counted,
            unit=counted,
            predicate=predicate,
            place=None,
            terms=words,
            nearby=words[:4],
        )

    def groups(first: str, second: str) -> int:
        return len(
            reconcile(
                [
                    accused("a", first, "accuse", ["trial", "horton", first, "accuse", "kill"]),
                    accused("b", second, "go", ["trial", "horton", second, "go", "wednesday"]),
                ]
            )
        )

    assert groups("man", "gangbanger") == 1
    assert groups("officer", "gangbanger") == 2


def test_a_figure_said_beside_the_same_other_figure_is_one_quantity() -> None:
    """ "nine in favor and three against" and "the three holdouts told the other nine jurors":
    two sentences that give the same pair of figures give each figure of one quantity."""

    def vote(
        article: str, n: int, value: int, predicate: str, words: list[str], sentence: str
    ) -> Claim:
        return claim(
            article,
            value,
            n=n,
            category="other",
            hedge="exact",
            high=value,
            counted=None,
            predicate=predicate,
            place=None,
            sentence=sentence,
            terms=words,
            nearby=words[:3],
        )

    def groups_of_three(nine_in_both: bool) -> int:
        claims = [
            vote("a", 1, 3, "deadlock", ["deadlock", "favor", "death", "juror"], "a-1"),
            vote("b", 1, 3, "tell", ["holdout", "tell", "kill", "juror", "death"], "b-1"),
            vote("a", 2, 9, "deadlock", ["deadlock", "favor", "death", "juror"], "a-1"),
        ]
        if nine_in_both:
            claims.append(vote("b", 2, 9, "tell", ["holdout", "tell", "kill", "juror"], "b-1"))
        grouped = reconcile(claims)
        return sum(1 for g in grouped if {"a:c1", "b:c1"} & set(g.claims))

    assert groups_of_three(nine_in_both=True) == 1
    assert groups_of_three(nine_in_both=False) == 2


def test_people_the_clause_says_nothing_of_may_be_another_reports_captives() -> None:
    """ "The Indian navy captured 23 pirates" and "all 23 pirates had clambered onto the dhow":
    the second clause does not say the pirates were captured, yet they are the same 23. A
    count of things never joins a count of people held, nor killed people injured ones."""
    words = ["indian", "navy", "pirate", "gulf", "aden", "dhow"]

    def count(article: str, category: str, counted: str, predicate: str) -> Claim:
        return claim(
            article,
            23,
            category=category,
            hedge="exact",
            high=23,
            counted=counted,
            unit=counted,
            predicate=predicate,
            place=None,
            terms=[*words, predicate],
            nearby=[counted, predicate],
        )

    captured = count("a", "detained", "pirate", "capture")
    clambered = count("b", "other", "pirate", "clamber")
    assert len(reconcile([captured, clambered])) == 1
    boats = count("b", "other", "boat", "capture")
    assert len(reconcile([captured, boats])) == 2
    injured = count("b", "injured", "pirate", "capture")
    assert len(reconcile([captured, injured])) == 2


def test_a_distinctive_figure_joins_groups_worded_apart() -> None:
    """ "The Indian navy captured 23 pirates" (three copies) and "a warship nabbed 23 sea
    brigands" (three): one pair reads alike, the groups do not on average. 23 is distinctive
    enough for that pair to join them; a small casualty figure is not (deep in a war report,
    "three killed" is many incidents)."""

    def groups(value: int, **kind: Any) -> int:
        cap = [
            worded(article, 1, value, "exact", "indian navy capture pirate gulf aden merchant",
                   category="detained", counted="pirate", predicate="capture", **kind)
            for article in "abc"
        ]  # fmt: skip
        nab = [
            worded(article, 1, value, "exact", words, category="detained", counted="brigand",
                   predicate="nab", **kind)
            for article, words in (
                ("d", "warship nab sea brigand repulse attack ethiopian flag"),
                ("e", "warship nab sea brigand repulse attack ethiopian flag"),
                ("f", "warship nab sea brigand indian navy capture pirate"),
            )
        ]  # fmt: skip
        return len(reconcile(cap + nab))

    assert groups(23) == 1
    assert groups(3) == 2
    # a span is no count: "three days" said twice is one figure
    assert groups(3, kind="duration", unit="days") == 1


def test_a_hedged_figure_the_other_can_meet_reads_closer() -> None:
    """ "sentenced on each of 54 charges", "faced more than 50 charges": two figures, both true
    as worded, read as one quantity more readily than two exact figures that differ ("He had
    54 yards" / "Jones had 50 yards")."""

    def charges(article: str, value: int, hedge: str, words: str) -> Claim:
        high = value if hedge == "exact" else None
        return worded(article, 1, value, hedge, words, category="other", counted="charge",
                      predicate=None, low=value, high=high)  # fmt: skip

    exact = charges("a", 54, "exact", "judge maximum sentence charge hand")
    faced = "nichols face charge case trial"
    assert len(reconcile([exact, charges("b", 50, "more_than", faced)])) == 1
    assert len(reconcile([exact, charges("b", 50, "exact", faced)])) == 2
    # a round figure is the other one rounded: "$22 billion" of "$22.1 billion"
    precise = charges("a", 5080, "exact", "judge maximum sentence charge hand")
    assert len(reconcile([precise, charges("b", 5000, "exact", faced)])) == 1
    assert len(reconcile([precise, charges("b", 5200, "exact", faced)])) == 2


def test_decades_are_years() -> None:
    """ "a mystery that intrigued Washington for three decades" and "kept his role a secret for
    30 years": one figure; "34 years" differs from both."""

    def span(article: str, value: int, unit: str) -> Claim:
        return worded(article, 1, value, "exact", "felt secret watergate deep throat",
                      kind="duration", category="duration", unit=unit, counted=None,
                      predicate=None)  # fmt: skip

    decades, years = span("a", 3, "decades"), span("b", 30, "years")
    assert compatible(decades, years)
    assert not compatible(decades, span("c", 34, "years"))
    (group,) = reconcile([decades, years])
    assert group.status == "agree"


def test_a_plan_does_not_split_things_that_exist_whatever_is_planned() -> None:
    """ "Hiller is expected to be arraigned on two murder charges" and "Hiller was charged with
    two counts of murder": the charges exist whatever the plan for them. A plan that makes the
    count ("Hamas is to free 33 hostages") stays apart from what happened."""
    words = "hiller charge murder count kraft attempt"
    arraigned = worded("a", 1, 2, "exact", words, category="other", counted="charge",
                       predicate="arraign", mood="planned")  # fmt: skip
    charged = worded("b", 1, 2, "exact", words, category="other", counted="count",
                     predicate="charge")  # fmt: skip
    assert len(reconcile([arraigned, charged])) == 1
    to_free = worded("a", 1, 33, "exact", "hamas free hostage", category="hostages",
                     counted="hostage", predicate="free", mood="planned")  # fmt: skip
    freed = worded("b", 1, 33, "exact", "hamas free hostage", category="hostages",
                   counted="hostage", predicate="free")  # fmt: skip
    assert len(reconcile([to_free, freed])) == 2


def test_one_span_in_other_words_joins_a_little_below_the_threshold() -> None:
    """ "reviews that scientists have performed for 35 years" and "for 35 years, the Act has
    helped save wildlife": no word in common, one figure. A sum, measure or span that two
    articles give alike joins from SAME_MEASURE_THRESHOLD; a count needs the threshold (two
    "35" counts of things in other words are as often two quantities)."""

    def said(article: str, kind: str, predicate: str, words: list[str]) -> Claim:
        unit = "years" if kind == "duration" else None
        return claim(article, 35, kind=kind, category="duration" if kind == "duration" else
                     "other", unit=unit, counted=None, predicate=predicate, place=None,
                     hedge="exact", high=35, terms=words, nearby=words)  # fmt: skip

    def groups(kind: str) -> int:
        performed = said("a", kind, "perform", ["independent", "review", "scientist"])
        helped = said("b", kind, "help", ["act", "save", "wildlife"])
        return len(reconcile([performed, helped]))

    assert groups("duration") == 1
    assert groups("count") == 2


def test_one_age_said_in_other_words_joins() -> None:
    """ "She was 91." and "died in Beverly Hills at the age of 91": no word in common, one
    age; a count of 91 people worded as far apart stays apart."""

    def said(article: str, counted: str, predicate: str, words: list[str]) -> Claim:
        return claim(article, 91, category="other", unit="years", counted=counted,
                     predicate=predicate, place=None, hedge="exact", high=91, terms=words,
                     nearby=words)  # fmt: skip

    def groups(counted: str) -> int:
        stated = said("a", counted, "be", ["she"])
        at_death = said("b", counted, "die", ["williams", "beverly", "hills", "spokesman"])
        return len(reconcile([stated, at_death]))

    assert groups("age") == 1
    assert groups("people") == 2


def test_a_set_counted_before_joins_the_count_it_refers_back_to() -> None:
    """ "A gunman shot three people" then "the three victims were taken to the hospital": the
    second is the first figure said again, whatever its words; "three live shells" counted
    between them is no set of people for "the three victims" to name."""
    shot = dict(category="other", hedge="exact", high=None, place=None, predicate="shoot")
    shooting = ["gunman", "office", "shoot", "suburban"]
    first = claim(
        "a",
        3,
        counted="people",
        sentence="A gunman shot three people.",
        terms=shooting,
        nearby=shooting,
        **shot,
    )
    again = claim("b", 3, counted="people", terms=shooting, nearby=shooting, **shot)
    shells = ["find", "live", "officer", "shell", "shotgun"]
    found = claim(
        "a",
        3,
        n=2,
        start=40,
        end=45,
        sentence="Officers found three live shells.",
        counted="shell",
        unit="shells",
        terms=shells,
        nearby=shells,
        **{**shot, "predicate": "find"},
    )
    hospital = ["hospital", "spokeswoman", "take", "victim"]
    victims = dict(
        counted="victim",
        unit="victims",
        terms=hospital,
        nearby=hospital,
        sentence="The three victims were taken to the hospital.",
    )
    taken = claim(
        "a", 3, n=3, start=90, end=95, refers_back=True, **victims, **{**shot, "predicate": "take"}
    )
    groups = reconcile([first, again, found, taken])
    assert sorted(g.claims for g in groups) == [["a:c1", "a:c3", "b:c1"], ["a:c2"]]
    unreferred = taken.model_copy(update={"refers_back": False})
    assert len(reconcile([first, again, found, unreferred])) == 3
    of_shells = taken.model_copy(update={"counted": "shell"})
    assert ["a:c2", "a:c3"] in [g.claims for g in reconcile([first, again, found, of_shells])]


def test_the_two_men_name_two_leaders_not_two_wives() -> None:
    """ "Two leaders ... have been arrested", "Oler, accused of having two wives", then "the
    Canadian investigation focused on the two men": the men are the leaders, whom "the two
    women" could not be: they are the wives."""
    base = dict(category="other", hedge="exact", high=None, place=None, predicate="arrest")

    def count(n: int, counted: str, words: list[str], **more: object) -> Claim:
        return claim("a", 2, n=n, start=20 * n, end=20 * n + 3, counted=counted,
                     unit=counted, terms=words, nearby=words, sentence=" ".join(words),
                     **{**base, **more})  # fmt: skip

    leaders = count(1, "leader", ["arrest", "bountiful", "leader", "polygamous"])
    wives = count(2, "wife", ["accuse", "oler", "wife"], predicate="accuse")
    men = count(3, "men", ["canadian", "focus", "investigation"], predicate="focus",
                refers_back=True)  # fmt: skip
    groups = sorted(g.claims for g in reconcile([leaders, wives, men]))
    assert groups == [["a:c1", "a:c3"], ["a:c2"]]
    women = men.model_copy(update={"counted": "women", "unit": "women"})
    assert sorted(g.claims for g in reconcile([leaders, wives, women])) == [
        ["a:c1"],
        ["a:c2", "a:c3"],
    ]


def test_label_names_a_place_only_when_most_claims_give_it() -> None:
    """One claim of three naming a place ("will retail in Malaysia") does not put it in the
    label or the features; two of three do."""
    one_of_three = reconcile(
        [
            claim("a", 47283, place=None),
            claim("b", 47283, place=None),
            claim("c", 47283, place="Malaysia"),
        ]
    )
    (group,) = one_of_three
    assert group.label == "people killed"
    assert not any(f.startswith("place=") for f in group.features)
    (group,) = reconcile([claim("a", 47283), claim("b", 47283), claim("c", 47283, place=None)])
    assert group.label == "people killed in Gaza"
    assert "place=Gaza" in group.features


@pytest.mark.parametrize(
    ("role", "mood", "label"),
    [
        (None, "actual", "robbers stolen"),
        ("who", "actual", "robbers who stole"),
        ("who", "planned", "robbers who will steal"),
        ("who", "possible", "robbers who may have stolen"),
        ("that", "actual", "robbers that stole"),
        ("from", "actual", "stolen from robbers"),
        ("from", "planned", "to be stolen from robbers"),
    ],
)
def test_label_reads_the_counted_things_as_doers_or_places(
    role: str | None, mood: str, label: str
) -> None:
    """ "Four robbers stole": robbers who stole, not robbers stolen; "killed in 14 countries":
    killed in countries, not countries killed."""
    robbers = dict(category="other", counted="robber", unit="robbers", predicate="steal",
                   place=None, counted_role=role, mood=mood)  # fmt: skip
    (group,) = reconcile([claim("a", 4, **robbers), claim("b", 4, **robbers)])
    assert group.label == label


@pytest.mark.parametrize("role", [None, "who", "in"])
def test_label_of_those_without_a_service_says_the_state(role: str | None) -> None:
    """ "About 1.9 million customers remained without power": customers without power, however
    they stand to the verb (had been "customers who without powered")."""
    lacking = dict(category="other", counted="customer", unit="customers",
                   predicate="without power", place=None, counted_role=role)  # fmt: skip
    (group,) = reconcile([claim("a", 1_900_000, **lacking), claim("b", 1_900_000, **lacking)])
    assert group.label == "customers without power"


@pytest.mark.parametrize(
    ("counted", "unit", "predicate", "label"),
    [
        ("body", "bodies", "recover", "bodies recovered"),
        ("body", "bodies", None, "bodies"),
        ("people", "people", "die", "people killed"),
    ],
)
def test_label_says_what_was_done_with_the_dead(
    counted: str, unit: str, predicate: str | None, label: str
) -> None:
    """ "four bodies recovered", "four bodies handed over": not "bodies killed", nor bodies of
    no verb ("bodies", a noun that says they are dead); the dead of a toll are "killed"
    whatever the verb."""
    dead = dict(counted=counted, unit=unit, predicate=predicate, place=None)
    (group,) = reconcile([claim("a", 4, **dead), claim("b", 4, **dead)])
    assert group.label == label


def test_the_dead_handed_over_are_one_handover_whatever_the_noun() -> None:
    """ "handed over the bodies of 45 Palestinians" and "returned 45 Palestinian bodies": one
    handover of the dead, apart from a toll of 45 killed."""
    handed = claim("a", 45, counted="palestinian", unit="palestinians", predicate="hand",
                   hedge="exact", high=45, place=None)  # fmt: skip
    returned = claim("b", 45, counted="body", unit="bodies", predicate="return", hedge="exact",
                     high=45, place=None)  # fmt: skip
    (group,) = reconcile([handed, returned])
    assert group.label.endswith(" returned")
    killed = handed.model_copy(update={"id": "c:c1", "article": "c", "predicate": "kill"})
    assert len(reconcile([handed, returned, killed])) == 2


def test_label_names_no_place_the_counted_places_are() -> None:
    """ "killed 230,000 people in 14 countries": not "killed in countries in countries"."""
    countries = dict(category="other", counted="countries", unit="countries", predicate="kill",
                     place="countries", counted_role="in")  # fmt: skip
    (group,) = reconcile([claim("a", 14, **countries), claim("b", 14, **countries)])
    assert group.label == "killed in countries"


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        (dict(counted="yard", unit="yards", predicate="have"), "yards"),
        (dict(counted="yard", unit="yards", predicate="have", mood="planned"), "yards (planned)"),
        (dict(counted="age", unit="years", predicate="be"), "age"),
        (dict(counted="yard", unit="yards", predicate="gain"), "yards gained"),
    ],
)
def test_label_leaves_out_verbs_that_say_nothing(fields: dict[str, Any], label: str) -> None:
    """ "He has 189 yards": yards, not "yards had"; "She was 91": age, not "years been"."""
    (group,) = reconcile(
        [claim(a, 189, category="other", place=None, **fields) for a in ("a", "b")]
    )
    assert group.label == label


@pytest.mark.parametrize(
    ("counted", "label"), [("limit", "ratio (times) limit"), (None, "ratio (times)")]
)
def test_a_ratio_is_labelled_as_times_a_thing(counted: str | None, label: str) -> None:
    """ "more than five times the legal limit": a ratio of the limit, not a measure of it."""
    ratio = dict(kind="amount", category="measure", unit="times", counted=counted, place=None)
    (group,) = reconcile([claim(a, 5, predicate="be", **ratio) for a in ("a", "b")])
    assert group.label == label


# a sum of money that names no thing, as the extractor gives it, for the label tests
SUM: dict[str, Any] = DOLLARS | dict(low=25_000, high=None)


@pytest.mark.parametrize(
    ("predicates", "label"),
    [
        (("fine", "fine"), "money (USD) fined"),
        (("fine", "pay", "fine"), "money (USD) fined"),
        (("fine", "pay", "cost"), "money (USD)"),
        (("be", "be"), "money (USD)"),
    ],
)
def test_a_sum_that_names_no_thing_is_labelled_by_its_verb(
    predicates: tuple[str, ...], label: str
) -> None:
    """ "was fined $25,000" twice: "money (USD) fined", not a bare "money (USD)"; only a verb
    that at least half the claims share, and one that says something."""
    sums = [claim(a, 25_000, **SUM, predicate=p) for a, p in zip("abc", predicates, strict=False)]
    (group,) = reconcile(sums)
    assert group.label == label


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        (dict(kind="duration", category="duration", value=1, low=1, unit="weeks"), "1 week"),
        (dict(kind="duration", category="duration", value=8, low=8, unit="days"), "8 days"),
        (dict(kind="amount", category="measure", value=1, low=1, unit="miles"), "1 mile"),
        (
            dict(
                kind="amount",
                category="money",
                value=13_900_000_000,
                low=13_900_000_000,
                unit="USD",
            ),
            "13.9 billion USD",
        ),
        (
            dict(kind="amount", category="money", value=1_250_000, low=1_250_000, unit="EUR"),
            "1.25 million EUR",
        ),
        (dict(kind="count", value=13_912_345, low=13_912_345), "13,912,345"),
        (dict(kind="count", value=47518, low=47518), "47,518"),
        (dict(kind="amount", category="percent", value=20.6, low=20.6, unit="%"), "20.6%"),
        # as many decimals as written: "0.345 Synopsys shares for each Ansys share"
        (dict(kind="count", category="other", value=0.345, low=0.345, unit="shares"), "0.345"),
        (
            dict(kind="amount", category="money", value=390.19, low=390.19, unit="USD"),
            "390.19 USD",
        ),
        # a whole figure written with its decimals: "put the magnitude at 7.0", "4.0%"
        (
            dict(kind="amount", category="measure", value=7, low=7, unit="magnitude", text="7.0"),
            "7.0 magnitude",
        ),
        (dict(kind="amount", category="percent", value=4, low=4, unit="%", text="4.0%"), "4.0%"),
    ],
)
def test_figures_are_shown_as_a_reader_says_them(fields: dict[str, Any], shown: str) -> None:
    """ "1 week", not "1 weeks"; "13.9 billion USD", not "13,900,000,000 USD"."""
    assert show_figure(claim("a", hedge="exact", **fields)) == shown


@pytest.mark.parametrize(
    ("low", "high", "shown"),
    [(9000, 10000, "nearly 10,000"), (9000, 11000, "about 10,000"), (10000, 11000, "about 10,000")],
)
def test_a_hedge_below_only_is_shown_as_nearly(low: int, high: int, shown: str) -> None:
    """ "Nearly 10,000 athletes" lies below 10,000 only: shown so, not as "about 10,000"."""
    assert show_figure(claim("a", 10000, hedge="about", low=low, high=high)) == shown


def test_conflict_reason_gives_each_figure_once_with_its_articles_by_date() -> None:
    """Nine articles of one day and one of the next: each figure once, its articles by date,
    not one entry per claim."""
    days = dict(kind="duration", category="duration", unit="days", predicate="riot",
                hedge="exact", place=None)  # fmt: skip
    same = [claim(f"a{i}", 8, low=8, **days) for i in range(3)]
    later = claim("b", 8, low=8, date=dt.date(2025, 2, 4), **days)
    other = claim("c", 5, low=5, **days)
    (group,) = reconcile([*same, later, other])
    assert group.status == "conflict"
    assert "8 days in a0, a1, a2 (2025-02-03), b (2025-02-04); 5 days in c (2025-02-03)" in (
        group.reason
    )


@pytest.mark.parametrize(
    ("priced", "other", "groups"), [(99.99, 99, 1), (99.99, 100, 1), (99.99, 98, 2), (99.5, 99, 2)]
)
def test_a_price_said_without_its_cents_is_one_figure(
    priced: float, other: float, groups: int
) -> None:
    """ "$99.99 down" and "$99 down" (or "$100"): one price, its cents dropped; "$98" is not,
    nor is a price that does not end in .99 or .95."""
    money = DOLLARS | dict(predicate=None)
    first = claim("a", priced, low=priced, terms=["q10", "customer", "expect", "mobile"],
                  nearby=["down", "payment", "buyer"], **money)  # fmt: skip
    second = claim("b", other, low=other, terms=["q10", "hand", "consumer", "get"],
                   nearby=["down", "additional", "hand"], **money)  # fmt: skip
    prices = [first, second]
    assert len(reconcile(prices)) == groups


# a date claim of one day, as the extractor gives it, for the label tests
ONE_DAY: dict[str, Any] = dict(kind="date", category="date", unit=None, counted=None,
                               place=None, hedge="exact", value="2025-02-03",
                               low="2025-02-03", high="2025-02-03", precision="day")  # fmt: skip


@pytest.mark.parametrize(
    ("verbs", "label"), [((True, True), "date arrested"), ((False, True), "date of arrest")]
)
def test_date_label_says_the_event_as_most_claims_do(verbs: tuple[bool, bool], label: str) -> None:
    """ "arrested on Monday" twice: "date arrested", not "date of arrest"; an even split keeps
    the noun's wording."""
    days = [claim(a, **ONE_DAY, predicate="arrest", event_verb=verb)
            for a, verb in zip("ab", verbs, strict=True)]  # fmt: skip
    (group,) = reconcile(days)
    assert group.label == label


@pytest.mark.parametrize(
    ("predicates", "label"),
    [(("get", "get", "shoot"), "date shot"), (("have", "have"), "date"), (("do",), "date")],
)
def test_a_date_label_says_no_verb_that_says_nothing(
    predicates: tuple[str, ...], label: str
) -> None:
    """ "had gotten into an argument" twice and "was shot" once, all on one Thursday: the
    group is the date of the shooting, not "date gotten"; with only such verbs, "date"."""
    days = [claim(a, **ONE_DAY, predicate=p, event_verb=True)
            for a, p in zip("abc", predicates, strict=False)]  # fmt: skip
    (group,) = reconcile(days)
    assert group.label == label


def test_decimals_are_counted_as_written() -> None:
    """ "4.0%" is written to a tenth, so it is not "4.1%" rounded: the jobless rate of two
    months, not one rate said twice ("4%" still may be)."""

    def share(article: str, text: str, value: float) -> Claim:
        return claim(article, value, kind="count", category="percent", unit="%",
                     hedge="exact", high=value, counted=None, text=text)  # fmt: skip

    assert not compatible(share("a", "4.0%", 4), share("b", "4.1%", 4.1))
    assert compatible(share("a", "4%", 4), share("b", "4.1%", 4.1))


def test_what_is_left_of_a_set_of_things_falls_as_an_update() -> None:
    """ "with 21 miners still trapped", a day later "13 miners who remain trapped": what is left
    falls; two counts of other things that far apart would stay two ("He had 793 yards")."""
    fields = dict(category="other", counted="miner", unit="miners", hedge="exact", place=None)
    later = dt.date(2025, 2, 4)
    first = dict(terms=["miner", "trap", "mine", "collapse"], nearby=["mine", "collapse"])
    second = dict(terms=["miner", "trap", "rescue", "search"], nearby=["rescue", "search"])

    def pair(predicate: str) -> list[Claim]:
        return [
            claim("a", 21, high=21, predicate=predicate, **fields, **first),
            claim("b", 13, high=13, predicate=predicate, date=later, **fields, **second),
        ]

    (group,) = reconcile(pair("remain"))
    assert (group.status, group.rule) == ("update", "update-later-lower")
    assert len(reconcile(pair("find"))) == 2


@pytest.mark.parametrize(
    ("one", "other", "differ"),
    [
        ("government", "U.N.", True),
        ("police", "Post", True),  # "the police said ... no injuries (the Post says three)"
        ("officials", "Post", False),  # a role alone may be any source of the article
        ("Head", "local disaster management agency", False),
        ("government", "Papua New Guinea's government", False),
        ("U.N.", "United Nations", False),
        ("Gaza health ministry", "Gaza's Health Ministry", False),
        ("Tehran's seismologic center", "U.S. Geological Survey", True),
    ],
)
def test_sources_that_differ(one: str, other: str, differ: bool) -> None:
    """Two names of one source are no disagreement of sources (see `conflict-sources`)."""
    pair = (claim("a", 670, attribution=one), claim("a", 2000, attribution=other, n=2))
    assert reconcile_module._sources_differ(*pair) is differ


def test_a_possibility_said_alike_may_join_what_happened() -> None:
    """ "More than 670 feared dead" and "More than 670 are believed to have died" may be one
    figure; a possibility of other figures stays apart ("Hundreds feared dead" is no toll
    against "at least 79" killed)."""
    feared = reconcile_module._Features.of(claim("a", 670, mood="possible"))
    said = reconcile_module._Features.of(claim("b", 670))
    other = reconcile_module._Features.of(claim("b", 79))
    assert not reconcile_module._cannot_link(feared, said)
    assert reconcile_module._cannot_link(feared, other)


@pytest.mark.parametrize(("before", "status"), [(71, "update"), (100, "conflict")])
def test_two_sources_of_one_article(before: int, status: str) -> None:
    """ "98, according to the health ministry" and "104, AFAD said" in one article are flagged
    `conflict-sources`; above every report of the days before, the group is still an update
    (the toll rose, whoever counts it), otherwise the sources' disagreement is its verdict."""
    feb4 = dt.date(2025, 2, 4)
    (group,) = reconcile(
        [
            claim("a", before, hedge="exact", high=before),
            claim("b", 98, date=feb4, hedge="exact", high=98, attribution="health ministry"),
            claim("b", 104, date=feb4, hedge="exact", high=104, attribution="AFAD", n=2),
        ]
    )
    assert group.status == status
    flagged = [d.claims for d in group.disagreements if d.rule == "conflict-sources"]
    assert flagged == [("b:c1", "b:c2")]
    if status == "conflict":
        assert group.rule == "conflict-sources"
        assert "health ministry: 98" in group.reason and "AFAD: 104" in group.reason


def _revenue(article: str, value: int, text: str, sentence: str, n: int = 1) -> Claim:
    return claim(
        article,
        value,
        n=n,
        text=text,
        sentence=sentence,
        predicate="report",
        low=value,
        high=value,
        **DOLLARS,
    )


def test_a_sum_and_its_rounding_are_one_sum_only_in_two_sentences() -> None:
    """ "$13 billion" in a headline over "$13.2 billion" in the body is one sum said twice;
    "rose to $13.2 billion from $13 billion" in one sentence is two sums, which another
    article's "$13 billion" cannot both join."""
    apart = "Revenue rose to $13.2 billion from $13 billion."
    together = reconcile(
        [
            _revenue("a", 13_000_000_000, "$13 billion", "Revenue of $13 billion"),
            _revenue("a", 13_200_000_000, "$13.2 billion", "Revenue was $13.2 billion.", n=2),
            _revenue("b", 13_000_000_000, "$13 billion", "Revenue was $13 billion."),
        ]
    )
    assert [len(g.claims) for g in together] == [3]
    kept_apart = reconcile(
        [
            _revenue("a", 13_000_000_000, "$13 billion", apart),
            _revenue("a", 13_200_000_000, "$13.2 billion", apart, n=2),
            _revenue("b", 13_000_000_000, "$13 billion", "Revenue was $13 billion."),
        ]
    )
    assert sorted(len(g.claims) for g in kept_apart) == [1, 2]


def _share(article: str, value: float, sentence: str, n: int = 1, lead: bool = True) -> Claim:
    """A party's share of the vote as the extractor gives it."""
    words = ["anc", "vote", "win", "election"]
    return claim(article, value, n=n, kind="amount", category="percent", unit="%",
                 counted=None, place=None, hedge="exact", high=value, text=f"{value}%",
                 predicate="win", sentence=sentence, lead=lead, terms=words,
                 nearby=words)  # fmt: skip


def test_a_share_rounded_in_the_headline_is_the_leads_share() -> None:
    """ "ANC wins 40%" over "won 40.2% of the vote": one share, said twice in the lead; not
    a whole percent the lead's share does not round to, nor one deeper down."""
    headline, lead = "ANC wins 40% in election", "The ANC won 40.2% of the vote."
    together = reconcile([_share("a", 40, headline), _share("a", 40.2, lead, n=2)])
    assert [len(g.claims) for g in together] == [2]
    other = reconcile([_share("a", 40, headline), _share("a", 40.6, lead, n=2)])
    assert [len(g.claims) for g in other] == [1, 1]
    deeper = reconcile([_share("a", 40, headline), _share("a", 40.2, lead, n=2, lead=False)])
    assert [len(g.claims) for g in deeper] == [1, 1]


def test_a_part_named_by_its_side_lies_in_the_place() -> None:
    """ "West Texas" lies in Texas and "Southern Lebanon" in Lebanon: a part of the other's
    place (read closer than another place), not "Westchester" in Chester."""

    def killed(article: str, place: str) -> Any:
        return reconcile_module._Features.of(claim(article, 12, place=place))

    similarity = reconcile_module._similarity
    other = similarity(killed("a", "El Paso"), killed("b", "Texas"))
    inside = similarity(killed("a", "West Texas"), killed("b", "Texas"))
    assert inside - other == pytest.approx(
        reconcile_module.OTHER_PLACE - reconcile_module.WIDER_PLACE
    )
    assert similarity(killed("a", "Southern Lebanon"), killed("b", "Lebanon")) == inside
    assert similarity(killed("a", "Westchester"), killed("b", "Chester")) == other


def test_a_kinds_share_meets_counts_of_that_kind_only() -> None:
    """ "51 people have been killed, including ... three police officers": the officers are
    the police's share of the toll, not "two (people) in the eastern district of Sunsari" of
    the days before, though that is fewer; "three police officers were killed" is them."""
    words = "people kill police spokesman said"
    sunsari = worded("a", 1, 2, "exact", words, place="Sunsari")
    share = worded("b", 1, 3, "exact", words, counted="officer", share=True,
                   date=dt.date(2025, 2, 7))  # fmt: skip
    officers = worded("c", 1, 3, "exact", words, counted="officer", date=dt.date(2025, 2, 8))
    groups = reconcile([sunsari, share])
    assert sorted(len(g.claims) for g in groups) == [1, 1]
    (group,) = reconcile([share, officers])
    assert group.status == "agree"


def test_a_count_broken_down_by_place_meets_its_place_only() -> None:
    """ "Seventeen people were killed in Kathmandu and two in ... Sunsari": each is its
    place's part of the toll, not a toll of no place said later ("At least 51 people have
    been killed since Monday") nor another part ("three more people were killed on
    Tuesday"); the same place's count is the same count."""
    said = "Seventeen people were killed in Kathmandu and two in Sunsari"
    words = "people kill police kathmandu sunsari"
    kathmandu = worded("a", 1, 17, "exact", words, place="Kathmandu", sentence=said)
    sunsari = worded("a", 2, 2, "exact", words, place="Sunsari", sentence=said)
    later = [
        worded("b", 1, 51, "at_least", words, date=dt.date(2025, 2, 7)),
        worded("c", 1, 3, "at_least", words, part=True, date=dt.date(2025, 2, 4)),
    ]
    groups = reconcile([kathmandu, sunsari, *later])
    assert all(len(g.claims) == 1 for g in groups)
    again = worded("d", 1, 17, "exact", words, place="Kathmandu", date=dt.date(2025, 2, 4))
    groups = reconcile([kathmandu, sunsari, again])
    assert sorted(len(g.claims) for g in groups) == [1, 2]


def test_the_day_of_casualties_added_to_a_toll_is_a_deed_of_its_own() -> None:
    """ "At least three more people were killed on Tuesday" dates that day's killing, not the
    first day's ("police opened fire ... on Monday, killing at least 19"): no conflict of dates;
    without the added count, the two days meet as a conflict."""
    words = ["police", "kill", "people", "protest", "kathmandu"]
    date: dict[str, Any] = dict(
        kind="date", category="date", hedge="exact", unit=None, counted=None, predicate="kill",
        terms=words, nearby=words[1:], date=dt.date(2025, 9, 9), place=None,
    )  # fmt: skip
    said = "At least three more people were killed on Tuesday, police said."
    monday = claim("a", "2025-09-08", text="Monday", low="2025-09-08", high="2025-09-08",
                   precision="day", **date | {"date": dt.date(2025, 9, 8)})  # fmt: skip
    tuesday = claim("b", "2025-09-09", text="Tuesday", low="2025-09-09", high="2025-09-09",
                    precision="day", sentence=said, **date)  # fmt: skip
    added = worded("b", 2, 3, "at_least", " ".join(words), sentence=said, part=True)
    assert len(reconcile([monday, tuesday, added.model_copy(update={"added": True})])) == 3
    groups = reconcile([monday, tuesday, added])
    assert sorted(g.status for g in groups) == ["conflict", "single"]


def test_the_badly_hurt_beside_more_of_the_hurt_are_a_share() -> None:
    """ "1,373 injured, 50 of them seriously", three days later "about 2,500 injured" and
    "More than 200 people had been injured seriously": the badly hurt rose from 50 to more than
    200, as all the hurt from 1,373 to about 2,500. Alone in its article ("dozens of others
    were seriously injured"), or one victim ("critically injuring a third"), the badly hurt
    are the article's count of the hurt."""
    words = "cyclone injure people mayotte official"
    later = dt.date(2025, 2, 6)
    claims = [
        worded("a", 1, 1373, "exact", words, category="injured"),
        worded("a", 2, 50, "exact", words, category="injured", part=True),
        worded("b", 1, 2500, "about", words, category="injured", low=2250, high=2750,
               date=later),
        worded("b", 2, 200, "more_than", words, category="injured", high=None, badly=True,
               date=later),
    ]  # fmt: skip
    groups = reconcile(claims)
    assert sorted(len(g.claims) for g in groups) == [2, 2]
    shares = [g for g in groups if "a:c2" in g.claims]
    assert shares[0].claims == ["a:c2", "b:c2"] and shares[0].status == "update"
    alone = worded("c", 1, 2600, "exact", words, category="injured", badly=True, date=later)
    one = worded("c", 2, 1, "exact", words, category="injured", badly=True, date=later)
    (group,) = reconcile([claims[0], alone])
    assert group.status == "update"
    assert len(reconcile([claims[0], alone, one])) == 2


def test_those_still_at_large_are_not_those_who_escaped() -> None:
    """ "A total of 1,534 inmates broke out", days later "More than 1,100 inmates who escaped
    ... are still at large": what is left at large, not the escaped revised down; two
    counts of the escaped meet."""
    words = "inmate escape prison maputo authority"
    fields: dict[str, Any] = dict(category="prisoners", counted="inmate", unit="inmates")
    escaped = worded("a", 1, 1534, "exact", words, predicate="escape", **fields)
    at_large = worded("b", 1, 1100, "more_than", words, predicate="remain", high=None,
                      date=dt.date(2025, 2, 7), **fields)  # fmt: skip
    assert len(reconcile([escaped, at_large])) == 2
    again = worded("c", 1, 1534, "exact", words, predicate="break", date=dt.date(2025, 2, 5),
                   **fields)  # fmt: skip
    (group,) = reconcile([escaped, again])
    assert group.status == "agree"


def test_a_measure_nearly_twice_another_is_another_thing_measured() -> None:
    """ "75 kilometers west of Manokwari" (one quake) and "about 135 kilometers" (another) are
    two distances, not one in dispute; "75 kilometers" and "some 75 kilometres" are one; a
    fire's burned area grows however far ("2,900 acres", then "17,200 acres")."""
    far = dict(kind="amount", category="measure", unit="km", counted="distance",
               predicate="strike", place="Manokwari")  # fmt: skip
    near = worded("a", 1, 75, "exact", "kilometer local time west coast quake strike", **far)
    farther = worded("b", 1, 135, "about", "kilometer manokwari earthquake strike magnitude",
                     low=121.5, high=148.5, **far)  # fmt: skip
    assert len(reconcile([near, farther])) == 2
    again = worded("c", 1, 75, "about", "kilometer west coast manokwari", low=67.5, high=82.5,
                   **far)  # fmt: skip
    assert len(reconcile([near, again])) == 1
    acres = dict(kind="amount", category="measure", unit="acres", counted=None, predicate="burn")
    small = worded("a", 1, 2900, "exact", "fire burn acre blaze", **acres)
    large = worded("b", 1, 17200, "exact", "fire burn acre blaze", date=dt.date(2025, 2, 6),
                   **acres)  # fmt: skip
    (fire,) = reconcile([small, large])
    assert fire.status == "update"


def test_a_span_is_lone_only_as_its_articles_one_span_in_its_unit() -> None:
    """ "12 hours of deliberation" beside "40 hours over four days" (no noun) is not its
    article's lone span of hours; "a five-hour operation" alone is."""

    def span(article: str, n: int, text: str, value: int, counted: str | None) -> Claim:
        return claim(
            article, value, n=n, text=text, kind="duration", category="duration",
            hedge="exact", high=value, unit="hours", counted=counted, predicate=None,
        )  # fmt: skip

    claims = [
        span("a", 1, "12 hours", 12, "deliberation"),
        span("a", 2, "40 hours", 40, None),
        span("b", 1, "five-hour", 5, "operation"),
    ]
    assert reconcile_module._lone_spans(claims) == {"b:c1"}


def test_a_nations_people_among_the_dead_are_its_toll() -> None:
    """ "At least 35 foreigners were among the dead" and, two days on, "38 foreigners were
    killed": the foreigners' toll said as a part or not, one count."""
    foreign = dict(counted="foreigner", unit="foreigners", place=None)
    among = claim("a", 35, part=True, **foreign)
    later = claim("b", 38, high=38, hedge="exact", date=dt.date(2025, 2, 5), **foreign)
    (group,) = reconcile([among, later])
    assert group.status == "update"
    # so are "foreign nationals", named by their adjective
    nationals = claim("b", 26, high=26, hedge="exact", date=dt.date(2025, 2, 5), part=True,
                      counted="national", unit="nationals", place=None, text="26",
                      sentence="The toll rose to 154, including 26 foreign nationals.")  # fmt: skip
    assert len(reconcile([among, nationals])) == 1


def test_those_sent_to_help_are_no_vague_toll() -> None:
    """ "may have killed thousands of people in New Orleans" and "Thousands of National Guard
    troops arrived in New Orleans": one vague word, two counts."""
    vague = dict(low=2000, high=9999, place="New Orleans", text="thousands")
    killed = worded("a", 1, None, "about", "katrina kill thousand people new orleans", **vague)
    troops = worded("b", 1, None, "about", "thousand national guard troop arrive new orleans",
                    category="other", counted="troop",
                    predicate="arrive", date=dt.date(2025, 2, 5), **vague)  # fmt: skip
    assert len(reconcile([killed, troops])) == 2


def test_a_sum_about_one_company_by_two_of_its_names() -> None:
    """ "Lehman Brothers Holdings Inc filed ..., listing debts of $613 billion" and "Lehman
    filed for bankruptcy ... with more than $600 billion in debt": one company, by the names
    an article ties together, so one sum."""
    money = {k: v for k, v in DOLLARS.items() if k != "hedge"} | dict(predicate="file")
    listed = worded("a", 1, 613e9, "exact", "lehman file bankruptcy debt billion", about="brothers",
                    agent="brothers", agent_aliases=["lehman"], **money)  # fmt: skip
    debt = worded("b", 1, 600e9, "more_than", "lehman file bankruptcy debt billion",
                  about="lehman", agent="lehman", agent_aliases=["brothers"], **money)  # fmt: skip
    assert len(reconcile([listed, debt])) == 1


def test_a_depth_is_no_distance_from_a_place() -> None:
    """ "had a depth of 1.2 miles" and "a 3.0 quake struck one mile north of The Geysers": a
    depth and a distance, close as their figures are; two depths said two ways join."""
    miles = dict(kind="amount", category="measure", unit="miles", counted=None, place=None,
                 predicate=None)  # fmt: skip
    said = "The quake began at 2:09 a.m. and had a depth of 1.2 miles."
    depth = worded("a", 1, 1.2, "exact", "quake depth mile geyser healdsburg", text="1.2 miles",
                   sentence=said, **miles)  # fmt: skip
    north = "In June 2012, a 3.0 quake struck one mile north of The Geysers."
    bearing = worded("b", 1, 1, "exact", "quake mile geyser north", text="one mile",
                     sentence=north, **miles)  # fmt: skip
    assert len(reconcile([depth, bearing])) == 2
    below = "The quake began only one mile below ground level."
    deep = bearing.model_copy(update={"sentence": below})
    assert len(reconcile([depth, deep])) == 1


def test_arrests_as_they_rise_however_worded() -> None:
    """ "Police said 13 people had been arrested", two days on "Police have detained 40
    suspects, he said", then "76 people had been arrested so far": each article's one count of
    the arrested, one count as it rises, few as the words they share are."""
    held = dict(category="detained", predicate="arrest", place=None)
    rows = [
        ("a", 13, dt.date(2025, 2, 3), "police say people arrest", "people"),
        ("b", 40, dt.date(2025, 2, 5), "police detain suspect", "suspect"),
        ("c", 76, dt.date(2025, 2, 7), "minister say people arrest far", "people"),
    ]
    claims = [
        worded(article, 1, value, "exact", words, date=date, counted=counted, **held)
        for article, value, date, words, counted in rows
    ]
    (group,) = reconcile(claims)
    assert group.status == "update"
