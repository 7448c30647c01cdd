"""dates: date expressions resolved against the article's date, with their precision."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrecon.dates import (
    ResolvedDate,
    Tense,
    day_of_month_named,
    find_date_expressions,
    resolve_date,
    year_left_out,
)

MONDAY = dt.date(2025, 2, 3)
TUESDAY = dt.date(2025, 2, 4)

# fmt: off
DATE_TABLE: list[tuple[str, dt.date, Tense, ResolvedDate | None]] = [
    ("October 7, 2023", TUESDAY, "unknown", ResolvedDate("2023-10-07", "day")),
    ("7 October 2023", TUESDAY, "unknown", ResolvedDate("2023-10-07", "day")),
    ("February 4th, 2025", TUESDAY, "unknown", ResolvedDate("2025-02-04", "day")),
    ("January 19", TUESDAY, "past", ResolvedDate("2025-01-19", "day")),
    ("January 19", TUESDAY, "future", ResolvedDate("2025-01-19", "day")),
    ("Feb 3", MONDAY, "future", ResolvedDate("2025-02-03", "day")),
    ("March 5", TUESDAY, "future", ResolvedDate("2025-03-05", "day")),
    ("October 2023", MONDAY, "unknown", ResolvedDate("2023-10", "month")),
    ("January", TUESDAY, "future", ResolvedDate("2025-01", "month")),
    ("June", TUESDAY, "past", ResolvedDate("2024-06", "month")),
    ("October", TUESDAY, "future", ResolvedDate("2025-10", "month")),
    # no tense: the month before unless the one after is more than twice as near
    ("May", dt.date(2008, 12, 11), "unknown", ResolvedDate("2008-05", "month")),
    ("April", dt.date(2008, 12, 15), "unknown", ResolvedDate("2009-04", "month")),
    ("October", dt.date(2013, 9, 15), "unknown", ResolvedDate("2013-10", "month")),
    ("June 15", dt.date(2025, 1, 10), "unknown", ResolvedDate("2024-06-15", "day")),
    ("June 15", dt.date(2025, 3, 1), "unknown", ResolvedDate("2025-06-15", "day")),
    ("December 20", TUESDAY, "future", ResolvedDate("2025-12-20", "day")),
    ("February 20", TUESDAY, "past", ResolvedDate("2024-02-20", "day")),
    # a past day a few days after the article is a misdated article's, not a year back
    ("February 10", TUESDAY, "past", ResolvedDate("2025-02-10", "day")),
    ("February", dt.date(2025, 1, 30), "past", ResolvedDate("2024-02", "month")),
    ("last month", TUESDAY, "past", ResolvedDate("2025-01", "month")),
    ("next month", MONDAY, "future", ResolvedDate("2025-03", "month")),
    ("2023", TUESDAY, "unknown", ResolvedDate("2023", "year")),
    ("two years ago", TUESDAY, "past", ResolvedDate("2023", "year")),
    # weeks counted back are that week (TUESDAY is 2025-02-04, in week 6)
    ("two weeks ago", TUESDAY, "past",
     ResolvedDate("2025-W04", "week", "2025-01-20", "2025-01-26")),
    ("a week ago", TUESDAY, "unknown",
     ResolvedDate("2025-W05", "week", "2025-01-27", "2025-02-02")),
    ("on Tuesday", MONDAY, "future", ResolvedDate("2025-02-04", "day")),
    ("Tuesday", TUESDAY, "past", ResolvedDate("2025-02-04", "day")),
    ("Sunday", TUESDAY, "past", ResolvedDate("2025-02-02", "day")),
    ("Monday", TUESDAY, "future", ResolvedDate("2025-02-10", "day")),
    ("Monday", TUESDAY, "unknown", ResolvedDate("2025-02-03", "day")),
    ("last Tuesday", TUESDAY, "unknown", ResolvedDate("2025-01-28", "day")),
    ("yesterday", TUESDAY, "unknown", ResolvedDate("2025-02-03", "day")),
    ("tomorrow", TUESDAY, "unknown", ResolvedDate("2025-02-05", "day")),
    ("this week", TUESDAY, "unknown", ResolvedDate("2025-W06", "week", "2025-02-03", "2025-02-09")),
    ("earlier this week", TUESDAY, "past",
     ResolvedDate("2025-W06", "week", "2025-02-03", "2025-02-03")),
    ("later this week", TUESDAY, "future",
     ResolvedDate("2025-W06", "week", "2025-02-05", "2025-02-09")),
    ("this week", dt.date(2012, 12, 23), "future",
     ResolvedDate("2012-W52", "week", "2012-12-24", "2012-12-30")),
    ("later this week", dt.date(2012, 12, 23), "future",
     ResolvedDate("2012-W52", "week", "2012-12-24", "2012-12-30")),
    ("this week", dt.date(2012, 12, 23), "past",
     ResolvedDate("2012-W51", "week", "2012-12-17", "2012-12-23")),
    ("last March", dt.date(2008, 12, 12), "past", ResolvedDate("2008-03", "month")),
    ("last December", dt.date(2008, 12, 12), "past", ResolvedDate("2007-12", "month")),
    ("next May", dt.date(2008, 12, 12), "future", ResolvedDate("2009-05", "month")),
    ("this February", dt.date(2009, 1, 6), "future", ResolvedDate("2009-02", "month")),
    ("this August 2nd", dt.date(2008, 12, 14), "past", ResolvedDate("2008-08-02", "day")),
    ("last Aug. 31", dt.date(2008, 12, 14), "past", ResolvedDate("2008-08-31", "day")),
    ("next May 5", dt.date(2008, 12, 14), "future", ResolvedDate("2009-05-05", "day")),
    ("this February 30", dt.date(2008, 12, 14), "past", None),
    ("April last year", dt.date(2013, 7, 3), "past", ResolvedDate("2012-04", "month")),
    ("May 29 last year", dt.date(2013, 7, 3), "past", ResolvedDate("2012-05-29", "day")),
    ("March next year", dt.date(2013, 7, 3), "future", ResolvedDate("2014-03", "month")),
    ("October this year", dt.date(2013, 7, 3), "future", ResolvedDate("2013-10", "month")),
    ("last week", TUESDAY, "past", ResolvedDate("2025-W05", "week", "2025-01-27", "2025-02-02")),
    ("last weekend", TUESDAY, "past",
     ResolvedDate("2025-W05", "week", "2025-02-01", "2025-02-02")),
    ("earlier this month", TUESDAY, "past",
     ResolvedDate("2025-02", "month", "2025-02-01", "2025-02-03")),
    ("recent months", TUESDAY, "unknown", None),
    # "over the weekend": the one just gone, or the one ahead in a plan
    ("over the weekend", TUESDAY, "past",
     ResolvedDate("2025-W05", "week", "2025-02-01", "2025-02-02")),
    ("over the weekend", TUESDAY, "future",
     ResolvedDate("2025-W06", "week", "2025-02-08", "2025-02-09")),
    # a day of the year known by name
    ("Christmas Eve 2002", TUESDAY, "past", ResolvedDate("2002-12-24", "day")),
    ("Christmas Day, 1950", TUESDAY, "past", ResolvedDate("1950-12-25", "day")),
    ("Valentine's Day in 2012", TUESDAY, "unknown", ResolvedDate("2012-02-14", "day")),
    ("Valentine's Day last year", TUESDAY, "past", ResolvedDate("2024-02-14", "day")),
    ("on New Year’s Eve", TUESDAY, "past", ResolvedDate("2024-12-31", "day")),
]
# fmt: on


@pytest.mark.parametrize(("text", "base", "tense", "expected"), DATE_TABLE)
def test_resolve_date(
    text: str, base: dt.date, tense: Tense, expected: ResolvedDate | None
) -> None:
    """Each row: the date an expression names, seen from the article's date and verb tense."""
    assert resolve_date(text, base, tense) == expected


BOUNDS_TABLE: list[tuple[ResolvedDate, tuple[str, str]]] = [
    (ResolvedDate("2023-10-07", "day"), ("2023-10-07", "2023-10-07")),
    (ResolvedDate("2024-02", "month"), ("2024-02-01", "2024-02-29")),
    (ResolvedDate("2023", "year"), ("2023-01-01", "2023-12-31")),
    (ResolvedDate("2025-W06", "week"), ("2025-02-03", "2025-02-09")),
]


@pytest.mark.parametrize(("resolved", "expected"), BOUNDS_TABLE)
def test_bounds(resolved: ResolvedDate, expected: tuple[str, str]) -> None:
    """Each precision spans its first to its last day (leap years included)."""
    assert resolved.bounds() == expected


def test_a_size_is_no_year() -> None:
    """ "a 1920 x 1200 display", "2048x1536": sizes; "in 1920" stays a year."""
    text = "a 1920 x 1200 display, a 2048x1536 screen, 1600 × 2000 pixels, built in 1920"
    assert find_date_expressions(text, loose=True) == [(len(text) - 4, len(text))]


def test_a_year_of_history_is_a_year_after_in() -> None:
    """ "completed in 1345" is a year; "1345 rounds" or "some 1500 people" are no years."""
    text = "The cathedral, completed in 1345, drew 1500 people who fired 1345 rounds"
    assert find_date_expressions(text, loose=True) == [(28, 32)]


def test_find_date_expressions_skips_bare_month_unless_loose() -> None:
    """ "May" is a verb in running text; only a caller that knows it is a date takes it."""
    text = "They may meet in May 2020 or on Monday (Feb 3)."
    found = [text[a:b] for a, b in find_date_expressions(text, loose=False)]
    assert found == ["May 2020", "Feb 3"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a weekday followed by its calendar date is that date, said once; "a Friday" is none
        ("shot her on Easter Sunday, April 8, 2012, killing her", ["April 8, 2012"]),
        ("broadcast live on Oscar Sunday, March 2, 2014.", ["March 2, 2014"]),
        ("arrested on Tuesday, Jan. 6, the police said", ["Jan. 6"]),
        ("set to begin talks on Monday (Feb 3) on a second phase", ["Feb 3"]),
        ("talks on Monday ( 3 February )", ["3 February"]),
        ("spraying 13 shots on a Friday afternoon, just as", []),
        # a weekday that recurs names no day
        ("patches come on the second Tuesday of every month", []),
        # ... but "each" before an "on" is not said of the weekday
        (
            "Russia and Ukraine exchanged 307 prisoners each on Saturday, the ministry said",
            ["on Saturday"],
        ),
        ("the bulletins that made up Patch Tuesday last week", ["last week"]),
        # ... nor does a weekday named for an occasion: it is not the nearest such day
        ("We look forward to having her back on ABC for Oscar Sunday", []),
        ("Shoppers lined up for Black Friday deals and then on Saturday", ["on Saturday"]),
        ("She was shot on Easter Sunday in the church", []),
        ("The Giants beat the Cowboys Sunday in Dallas", ["Sunday"]),
        ("released on Tuesday in the morning", ["on Tuesday"]),
        ("on Friday, he said, and on Sunday, in March", ["on Friday", "on Sunday", "March"]),
        # "the last week of November" is November's; "the next year" follows the story's
        # year, not the article's
        ("In the last week of November, the archives released files.", ["November"]),
        ("Gray resigned the next year, and last week he died.", ["last week"]),
        ("He will meet them next month.", ["next month"]),
        ("He was found guilty last month of murder.", ["last month"]),
        # a holiday is a day, "Christmas" alone is none
        ("She vanished on Christmas Eve 2002.", ["Christmas Eve 2002"]),
        ("She was shot on Valentine's Day last year.", ["Valentine's Day last year"]),
        ("The office Christmas party was on Friday.", ["on Friday"]),
    ],
)
def test_date_expressions_found_in_running_text(text: str, found: list[str]) -> None:
    """Which spans of a sentence are dates: a weekday gives way to the date after it, and a
    relative period of the story ("the next year") is none."""
    assert [text[a:b] for a, b in find_date_expressions(text, loose=True)] == found


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    st.sampled_from(["past", "future", "unknown"]),
)
def test_weekday_is_that_weekday_within_a_week(base: dt.date, name: str, tense: Tense) -> None:
    """A weekday resolves to a day of that name less than a week from the article date."""
    resolved = resolve_date(name, base, tense)
    assert resolved is not None and resolved.precision == "day"
    day = dt.date.fromisoformat(resolved.value)
    assert day.strftime("%A") == name
    assert abs((day - base).days) < 7
    if tense == "past":
        assert day <= base
    if tense == "future":
        assert day >= base


@given(st.text(max_size=40), st.dates(min_value=dt.date(1990, 1, 1)))
def test_resolving_arbitrary_text_never_raises(text: str, base: dt.date) -> None:
    """Whatever the text, resolution returns a date or None."""
    resolve_date(text, base, "unknown")
    find_date_expressions(text, loose=True)


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("June 17", True),
        ("late June", True),
        ("Nov. 8", True),
        ("10th Nov", True),
        ("June 17, 2012", False),
        ("April 2012", False),
        ("last June", False),
        ("Thursday", False),
        ("yesterday", False),
        ("2004", False),
    ],
)
def test_year_left_out_of_calendar_dates_only(text: str, left_out: bool) -> None:
    """A named month without a year leaves the year to the article's date; relative words
    ("last June") and dates without a month do not."""
    assert year_left_out(text) is left_out


@pytest.mark.parametrize(
    ("text", "named"),
    [("14 October 2011", True), ("Oct. 14", True), ("the 3rd of May", True), ("Friday", False),
     ("October 2011", False), ("this August", False)],
)  # fmt: skip
def test_day_of_month_named(text: str, named: bool) -> None:
    """Whether a date's words say its day of the month (what two reports of one day share)."""
    assert day_of_month_named(text) is named
