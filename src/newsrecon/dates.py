"""Date expressions ("October 7, 2023", "on Tuesday", "last month") -> a date with its precision.

Pure functions resolved against the article's date: a news text's "Tuesday" means the Tuesday
nearest the day it was written, in the direction its verb points ("will meet on Tuesday" is the
coming one, "said Tuesday" the past one). Only date spans found by the extractor reach
dateparser, which is slow on free text and is asked once per distinct (span, date, tense).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Tense = Literal["past", "future", "unknown"]
Precision = Literal["day", "week", "month", "year"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# a year of history, taken only after "in" ("completed in 1345")
_EARLY_YEAR = r"(?:(?<=\bin\s)1[0-7]\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

# Days of the year known by name ("Christmas" alone is as often a season or a party's)
HOLIDAYS = {
    "christmas eve": "dec 24",
    "christmas day": "dec 25",
    "new year's eve": "dec 31",
    "new year's day": "jan 1",
    "valentine's day": "feb 14",
}
_HOLIDAY = r"(?:Christmas\s+(?:Eve|Day)|New\s+Year['’]s\s+(?:Eve|Day)|Valentine['’]s\s+Day)"
_HOLIDAY_NAMED = re.compile(_HOLIDAY, re.IGNORECASE)
_HOLIDAY_OF_A_YEAR = re.compile(rf"({_HOLIDAY.lower()})\s+(last|next|this)\s+year")
_HOLIDAY_WITH_YEAR = re.compile(rf"({_HOLIDAY.lower()})(?:,?\s+(?:of\s+|in\s+)?)?(\d{{4}})?")

# The date expressions newsrecon resolves, most specific first.
DATE_EXPRESSION = re.compile(
    rf"""\b(?:
        {_MONTH}(?:\s+{_DAY})?\s+(?:last|next|this)\s+year
      | {_HOLIDAY}\s+(?:last|next|this)\s+year
      | {_HOLIDAY}(?:,?\s+(?:of\s+|in\s+)?{_YEAR})?
      | {_MONTH}\s+{_DAY},?\s+{_YEAR}
      | {_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}
      | {_MONTH}\s+{_DAY}\b(?!\s*(?:-|–)\s*\d)
      | {_DAY}\s+(?:of\s+)?{_MONTH}
      | {_MONTH}(?:,?\s+|\s+of\s+){_YEAR}
      | (?:last|next|this|on)\s+{_WEEKDAY}{_PART_OF_DAY}
      | {_WEEKDAY}{_PART_OF_DAY}
      | (?:(?:earlier|later)\s+)?(?:last|next|this)\s+(?:week|weekend|month|year)
      | (?:over|during)\s+the\s+weekend
      | (?:last|next|this)\s+{_MONTH}(?:\s+{_DAY}\b(?!\s*(?:-|–)\s*\d))?
      | yesterday(?:\s+(?:morning|afternoon|evening))? | today | tomorrow | tonight | last\s+night
      | (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+
        (?:days?|weeks?|months?|years?|decades?)\s+ago
      | {_MONTH}
      | {_YEAR}
      | {_EARLY_YEAR}
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
TENSE_OVERRULED_WITHIN = 31
# a day told in the past that falls this many days after the article's date or fewer is the
# coming one, not the one a year back: the article's date is wrong or estimated ("announced
# officially on May 13" in an article dated May 12; "pushing the date back from April 24 to
# April 29" in one of April 24). In hand-made date groups, 4 values right at 14 days, 2 more
# wrong at 31 ("games played after January 1", read December 13)
PAST_OVERRULED_WITHIN = 14
# news looks back more often than ahead: with no tense to go by, a date without a year is the
# one before the article unless the one after is this many times closer ("a May announcement",
# read in December, is May before, not after; "late October", read in mid-September, is ahead)
PAST_PREFERRED_BY = 2
_BARE_MONTH = re.compile(rf"\A{_MONTH}\Z", re.IGNORECASE)
_BARE_YEAR = re.compile(rf"\A(?:{_YEAR}|1[0-7]\d\d)\Z")


@dataclass(frozen=True)
class ResolvedDate:
    """An ISO date string cut to the precision the text gives ("2023-10" for a month, "2025-W06"
    for a week), and the first and last day the wording allows ("earlier this week" ends the
    day before the article)."""

    value: str
    precision: Precision
    first_day: str | None = None
    last_day: str | None = None

    def bounds(self) -> tuple[str, str]:
        """First and last ISO day of the period, for comparing dates of any precision."""
        if self.first_day is not None and self.last_day is not None:
            return self.first_day, self.last_day
        if self.precision == "day":
            return self.value, self.value
        if self.precision == "month":
            year, month = (int(x) for x in self.value.split("-"))
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return f"{self.value}-01", (following - dt.timedelta(days=1)).isoformat()
        if self.precision == "year":
            return f"{self.value}-01-01", f"{self.value}-12-31"
        monday = _iso_week_monday(self.value)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()


def _iso_week_monday(value: str) -> dt.date:
    year, week = value.split("-W")
    return dt.date.fromisocalendar(int(year), int(week), 1)


def week_holds_day(week: str, day: str) -> bool:
    """Whether an ISO week ("2025-W04") holds an ISO day ("2025-01-23"); False for anything
    else either is (a month, a scope "since ...")."""
    if "-W" not in week:
        return False
    try:
        monday = _iso_week_monday(week)
        date = dt.date.fromisoformat(day)
    except ValueError:
        return False
    return monday <= date <= monday + dt.timedelta(days=6)


def _week(day: dt.date, first: dt.date | None = None, last: dt.date | None = None) -> ResolvedDate:
    year, week, _ = day.isocalendar()
    monday = dt.date.fromisocalendar(year, week, 1)
    first = first or monday
    last = last or monday + dt.timedelta(days=6)
    return ResolvedDate(f"{year}-W{week:02d}", "week", first.isoformat(), last.isoformat())


def find_date_expressions(text: str, *, loose: bool) -> list[tuple[int, int]]:
    """Offsets of date expressions in `text`.

    A bare month or year ("May", "2023") is only taken when `loose` (the caller knows the text
    is a date, e.g. spaCy tagged it DATE): "May" is more often a verb.
    """
    spans = []
    for match in DATE_EXPRESSION.finditer(text):
        found = match.group()
        if not loose and (_BARE_MONTH.match(found) or _BARE_YEAR.match(found)):
            continue
        if _BARE_YEAR.match(found) and (
            _TIMES_AFTER.match(text, match.end()) or _TIMES_BEFORE.search(text[: match.start()])
        ):
            continue  # "a 1920 x 1200 display": a size, not a year
        # the words right before the weekday: "exchanged 307 prisoners each on Saturday" is
        # no "each Saturday"
        on = _ON.match(found)
        before = text[: match.start() + (on.end() if on else 0)]
        if _BARE_WEEKDAY.match(found) and (
            _DATE_FOLLOWS.match(text, match.end())
            or _INDEFINITE_BEFORE.search(before)
            or _RECURRING_BEFORE.search(before)
            or _OF_EACH_MONTH.match(text, match.end())
        ):
            # "Easter Sunday, April 8, 2012", "Monday (Feb 3)": the date after it names the
            # day; "on a Friday afternoon", "the second Tuesday of every month", "Patch
            # Tuesday", "Oscar Sunday" name none
            continue
        if _RELATIVE_PERIOD.match(found) and _THE_BEFORE.search(text[: match.start()]):
            # "in the last week of November" is November's; "Gray resigned the next year" is
            # the year after the story's, not after the article's ("found guilty last month
            # of murder" is the month before the article)
            continue
        spans.append((match.start(), match.end()))
    return spans


_ON = re.compile(r"on\s+", re.IGNORECASE)
_TIMES_AFTER = re.compile(r"\s*[x×]\s*\d")
_TIMES_BEFORE = re.compile(r"\d\s*[x×]\s*\Z")
_RELATIVE_PERIOD = re.compile(r"(?:last|next)\s+(?:week|weekend|month|year)\Z", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)


_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?{_WEEKDAY}{_PART_OF_DAY}\Z", re.IGNORECASE)
_DATE_FOLLOWS = re.compile(
    rf"(?:,?\s+|\s*\(\s*)(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH})\b"
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|one|every|each)\s+\Z", re.IGNORECASE)
# a weekday named for an occasion is the occasion's day, not the nearest such weekday: "Patch
# Tuesday" (Microsoft's monthly release), "Oscar Sunday", "Easter Sunday", "Super Bowl Sunday",
# "Black Friday"
_RECURRING_BEFORE = re.compile(
    r"\b(?:Patch|Oscars?|Bowl|Super|Easter|Palm|Good|Ash|Holy|Maundy|Black|Cyber|Selection)\s+\Z"
)
_OF_EACH_MONTH = re.compile(r"\s+(?:of|in)\s+(?:each|every|the)\s+month\b", re.IGNORECASE)


_NAMED_MONTH = re.compile(rf"\b{_MONTH}(?!\w)", re.IGNORECASE)
_NAMED_YEAR = re.compile(rf"\b{_YEAR}\b")
_RELATIVE_WORD = re.compile(r"\b(?:last|next|this)\b", re.IGNORECASE)


def year_left_out(text: str) -> bool:
    """A calendar date that names its month but not its year ("June 17", "late June"): which
    year it is comes from the article's date, not from the text ("last June" says which)."""
    return (
        names_a_month(text)
        and _NAMED_YEAR.search(text) is None
        and _RELATIVE_WORD.search(text) is None
    )


def names_a_holiday(text: str) -> bool:
    return _HOLIDAY_NAMED.search(text) is not None


def names_a_month(text: str) -> bool:
    """ "November 2 this year", "Nov. 2": a text that names a month of the calendar."""
    return _NAMED_MONTH.search(text) is not None


def day_of_month_named(text: str) -> bool:
    """ "October 14", "14 October 2011", "Oct. 14": a date whose text says its day of the month."""
    return _DAY_OF_MONTH.search(text) is not None


_DAY_OF_MONTH = re.compile(rf"\b{_MONTH}\s+{_DAY}\b|\b{_DAY}\s+(?:of\s+)?{_MONTH}", re.IGNORECASE)


def month_and_year_named(text: str) -> bool:
    """ "June 24, 2005", "November 1973": a date whose text says its month and its year."""
    return names_a_month(text) and _NAMED_YEAR.search(text) is not None


def is_bare_month_or_year(text: str) -> bool:
    """ "May", "2023": words that are dates only when the context says so."""
    return bool(_BARE_MONTH.match(text.strip()) or _BARE_YEAR.match(text.strip()))


def _iso(day: dt.date, precision: Precision) -> ResolvedDate:
    length = {"day": 10, "month": 7, "year": 4}[precision]
    return ResolvedDate(day.isoformat()[:length], precision)


def _weekday(name: str, base: dt.date, tense: Tense, qualifier: str | None) -> dt.date:
    target = WEEKDAYS.index(name)
    if qualifier == "last":
        back = (base.weekday() - target) % 7 or 7
        return base - dt.timedelta(days=back)
    if qualifier == "next":
        ahead = (target - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    if target == base.weekday():
        return base
    ahead = (target - base.weekday()) % 7
    back = (base.weekday() - target) % 7
    if tense == "future" or (tense == "unknown" and ahead < back):
        return base + dt.timedelta(days=ahead)
    return base - dt.timedelta(days=back)


def resolve_date(text: str, article_date: dt.date, tense: Tense = "unknown") -> ResolvedDate | None:
    """The date `text` names, seen from `article_date`; None when it names no day/month/year."""
    return _resolve(" ".join(text.split()).lower(), article_date, tense)


@lru_cache(maxsize=16384)
def _resolve(text: str, base: dt.date, tense: Tense) -> ResolvedDate | None:
    text = re.sub(r"^(?:on|in|since|by|until|from)\s+", "", text)
    holiday = _HOLIDAY_WITH_YEAR.fullmatch(text.replace("’", "'"))
    if holiday:  # "Christmas Eve 2002" is Dec 24, 2002
        day = HOLIDAYS[" ".join(holiday[1].split())]
        text = f"{day} {holiday[2]}" if holiday[2] else day
    of_a_named_year = _HOLIDAY_OF_A_YEAR.fullmatch(text.replace("’", "'"))
    if of_a_named_year:  # "on Valentine's Day last year" is that year's Feb 14
        day = HOLIDAYS[" ".join(of_a_named_year[1].split())]
        text = f"{day} {of_a_named_year[2]} year"
    weekday = re.fullmatch(rf"(?:(last|next|this)\s+)?({'|'.join(WEEKDAYS)})(?:\s+\w+)?", text)
    if weekday:
        qualifier, name = weekday.groups()
        return _iso(_weekday(name, base, tense, qualifier), "day")
    named_month = re.fullmatch(rf"(?P<qualifier>last|next|this)\s+{_M}(?:\s+{_D})?", text)
    if named_month and named_month["month"] in _MONTH_NUMBER:
        month = _qualified_month(_MONTH_NUMBER[named_month["month"]], named_month[1], base)
        return _month_or_its_day(month, named_month["day"])  # "this August 2nd"
    of_a_year = re.fullmatch(rf"{_M}(?:\s+{_D})?\s+(last|next|this)\s+year", text)
    if of_a_year and of_a_year["month"] in _MONTH_NUMBER:
        # "April last year", "May 29 next year": that month (day) of the year named
        year = base.year + _STEP[of_a_year[3]]
        return _month_or_its_day(
            dt.date(year, _MONTH_NUMBER[of_a_year["month"]], 1), of_a_year["day"]
        )
    if text.startswith("yesterday") or text == "last night":
        return _iso(base - dt.timedelta(days=1), "day")
    if text in ("today", "tonight"):
        return _iso(base, "day")
    if text == "tomorrow":
        return _iso(base + dt.timedelta(days=1), "day")
    weekend = re.fullmatch(r"(?:over|during)\s+the\s+weekend", text)
    if weekend:
        # "riots broke out over the weekend": the weekend just gone, or the one ahead in a plan
        # (on a Saturday or Sunday, the one under way)
        ahead = tense == "future" and base.weekday() < 5
        text = "this weekend" if ahead or base.weekday() >= 5 else "last weekend"
    week = _relative_week(text, base, tense)
    if week is not None:
        return week
    relative = _RELATIVE_MONTH_OR_YEAR.fullmatch(text)
    if relative:
        part, which, unit = relative.groups()
        step = _STEP[which]
        if unit == "year":
            resolved = ResolvedDate(str(base.year + step), "year")
        else:
            month_index = base.year * 12 + base.month - 1 + step
            resolved = _iso(dt.date(month_index // 12, month_index % 12 + 1, 1), "month")
        if part is None or which != "this":
            return resolved
        first, last = resolved.bounds()
        if part == "earlier":  # "earlier this month": before the article's day
            last = max(first, (base - dt.timedelta(days=1)).isoformat())
        else:
            first = min(last, (base + dt.timedelta(days=1)).isoformat())
        return ResolvedDate(resolved.value, resolved.precision, first, last)
    return _parse_with_dateparser(text, base, tense)


_STEP = {"last": -1, "next": 1, "this": 0}
_RELATIVE_MONTH_OR_YEAR = re.compile(
    r"(?:(earlier|later)\s+)?(last|next|this)\s+(month|year)", re.IGNORECASE
)


def names_a_year_from_the_article(text: str) -> bool:
    """ "this year", "last year", "earlier this year": a year named as surely as "2013" is."""
    relative = _RELATIVE_MONTH_OR_YEAR.fullmatch(" ".join(text.split()))
    return relative is not None and relative[3].lower() == "year"


def _month_or_its_day(month: dt.date, day: str | None) -> ResolvedDate | None:
    """The month, or the day of it when one is given (None for "February 30")."""
    if day is None:
        return _iso(month, "month")
    try:
        return _iso(month.replace(day=int(day)), "day")
    except ValueError:
        return None


def _qualified_month(month: int, qualifier: str, base: dt.date) -> dt.date:
    """ "last March": the latest March before the article's month; "next May" the first after
    it; "this April" the article's year's."""
    if qualifier == "this":
        return dt.date(base.year, month, 1)
    if qualifier == "last":
        return dt.date(base.year if month < base.month else base.year - 1, month, 1)
    return dt.date(base.year if month > base.month else base.year + 1, month, 1)


def _relative_week(text: str, base: dt.date, tense: Tense = "unknown") -> ResolvedDate | None:
    """ "this week", "earlier this week", "last weekend": a week, cut where the words cut it.
    Said on a Sunday of what is to come ("Pagano is expected to rejoin the Colts this week"),
    "this week" is the one starting the next day: many count weeks from Sunday."""
    match = re.fullmatch(r"(?:(earlier|later)\s+)?(last|next|this)\s+(week|weekend)", text)
    if match is None:
        return None
    part, which, unit = match.groups()
    if which == "this" and unit == "week" and tense == "future" and base.weekday() == 6:
        return _week(base + dt.timedelta(days=1))
    day = base + dt.timedelta(days={"last": -7, "next": 7, "this": 0}[which])
    monday = day - dt.timedelta(days=day.weekday())
    if unit == "weekend":
        saturday = monday + dt.timedelta(days=5)
        if which == "last" and base.weekday() >= 5:
            saturday = base - dt.timedelta(days=base.weekday() - 5 + 7)
        return _week(saturday, saturday, saturday + dt.timedelta(days=1))
    if part == "earlier" and which == "this":
        return _week(base, monday, max(monday, base - dt.timedelta(days=1)))
    if part == "later" and which == "this":
        return _week(base, min(base + dt.timedelta(days=1), monday + dt.timedelta(days=6)))
    return _week(day)


_MONTH_NUMBER = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_M = r"(?P<month>[a-z]{3})[a-z]*\.?"
_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?P<year>\d{4})"
_CALENDAR = [
    re.compile(rf"{_M}\s+{_D},?\s+{_Y}"),
    re.compile(rf"{_D}\s+(?:of\s+)?{_M},?\s+{_Y}"),
    re.compile(rf"{_M},?\s+{_Y}"),
    re.compile(rf"{_M}\s+{_D}"),
    re.compile(rf"{_D}\s+(?:of\s+)?{_M}"),
    re.compile(_M),
    re.compile(_Y),
]


def _calendar(text: str, base: dt.date, tense: Tense) -> ResolvedDate | None:
    """Month names, days and years written out: read directly, no dateparser needed."""
    for pattern in _CALENDAR:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        fields = match.groupdict()
        month = _MONTH_NUMBER.get((fields.get("month") or "")[:3]) if "month" in fields else None
        if "month" in fields and month is None:
            return None
        year = int(fields["year"]) if fields.get("year") else None
        day = int(fields["day"]) if fields.get("day") else None
        try:
            if year is not None:
                if month is None:
                    return ResolvedDate(str(year), "year")
                if day is None:
                    return _iso(dt.date(year, month, 1), "month")
                return _iso(dt.date(year, month, day), "day")
            assert month is not None
            precision: Precision = "day" if day is not None else "month"
            past = _latest_before(base, month, day or 1, precision)
            future = _earliest_after(base, month, day or 1, precision)
        except ValueError:
            return None  # "February 30"
        return _nearest(_iso(past, precision), _iso(future, precision), base, tense)
    return None


def _latest_before(base: dt.date, month: int, day: int, precision: Precision) -> dt.date:
    candidate = dt.date(base.year, month, day)
    if precision == "month":
        return (
            candidate
            if (candidate.year, month) <= (base.year, base.month)
            else (dt.date(base.year - 1, month, 1))
        )
    return candidate if candidate <= base else dt.date(base.year - 1, month, day)


def _earliest_after(base: dt.date, month: int, day: int, precision: Precision) -> dt.date:
    candidate = dt.date(base.year, month, day)
    if precision == "month":
        return (
            candidate
            if (candidate.year, month) >= (base.year, base.month)
            else (dt.date(base.year + 1, month, 1))
        )
    return candidate if candidate >= base else dt.date(base.year + 1, month, day)


def _parse_with_dateparser(text: str, base: dt.date, tense: Tense) -> ResolvedDate | None:
    written = _calendar(text, base, tense)
    if written is not None:
        return written
    has_year = re.search(_YEAR, text) is not None
    if has_year or text.endswith(" ago"):
        found = _dateparser(text, base, "past")
        return found
    past = _dateparser(text, base, "past")
    future = _dateparser(text, base, "future")
    if past is None or future is None:
        return past or future
    return _nearest(past, future, base, tense)


def _nearest(past: ResolvedDate, future: ResolvedDate, base: dt.date, tense: Tense) -> ResolvedDate:
    # a date without a year is the last occurrence before the article when the verb is past
    # ("In February, a woman opened fire", read in September; "In January, cables were
    # damaged", read in December) and the next one when it is future ("will host on March 2",
    # read in August), unless the past one is within TENSE_OVERRULED_WITHIN days of the
    # article: "the truce will hold, as it has since January 19" is read two weeks later; an
    # undetermined tense takes the nearer, counting the past PAST_PREFERRED_BY times nearer
    past_end = dt.date.fromisoformat(past.bounds()[1])
    if tense == "future" and (base - past_end).days > TENSE_OVERRULED_WITHIN:
        return future
    if tense == "past":
        soon = (_start_of(future) - base).days <= PAST_OVERRULED_WITHIN
        return future if future.precision == "day" and soon else past
    past_gap = (base - _start_of(past)).days
    future_gap = (_start_of(future) - base).days
    return past if past_gap <= PAST_PREFERRED_BY * future_gap else future


def _start_of(resolved: ResolvedDate) -> dt.date:
    parts = [*resolved.value.split("-"), "01", "01"]
    return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))


def _dateparser(text: str, base: dt.date, prefer: str) -> ResolvedDate | None:
    parser = _parser(base, prefer)
    data = parser.get_date_data(text)
    if data.date_obj is not None and data.period == "week" and text.endswith(" ago"):
        return _week(data.date_obj.date())  # "two weeks ago": that week
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    precision: Precision = data.period
    return _iso(data.date_obj.date(), precision)


@lru_cache(maxsize=4096)
def _parser(base: dt.date, prefer: str):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser  # slow to import: only when a date needs it

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
