"""numbers: plain, hedged and vague number expressions -> values and intervals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrecon.numbers import (
    Quantity,
    last_digit_step,
    measured_about,
    parse_number,
    parse_quantity,
)

NUMBER_TABLE: list[tuple[str, int | float | None]] = [
    ("47,283", 47283),
    ("1,210", 1210),
    ("2.4 million", 2_400_000),
    ("110 billion", 110_000_000_000),
    ("1.5bn", 1_500_000_000),
    ("$1.5bn", 1_500_000_000),
    # wire copy's abbreviations
    ("$35 bln", 35_000_000_000),
    ("2.5 mln", 2_500_000),
    # Indian English
    ("2.5 lakh", 250_000),
    ("10 crore", 100_000_000),
    ("35bln", 35_000_000_000),
    ("$1 trln", 1_000_000_000_000),
    ("Four", 4),
    ("twenty-five", 25),
    ("two hundred and fifty thousand", 250_000),
    ("a dozen", 12),
    ("two dozen", 24),
    ("half a million", 500_000),
    ("a quarter of a million", 250_000),
    ("three-quarters of a million", 750_000),
    ("2 1/2", 2.5),
    ("4\u00bd", 4.5),
    ("two and a half", 2.5),
    ("three and a half million", 3_500_000),
    ("2 1/2 million", 2_500_000),
    ("24/7", None),
    ("2 7/3", None),
    ("a quarter", 0.25),
    ("two-thirds", 0.666667),
    ("three quarters", 0.75),
    ("four fifths", 0.8),
    ("nine quarters", None),
    ("thirds", None),
    ("third", None),
    ("quarter", None),
    ("0.5", 0.5),
    ("one hundred", 100),
    ("a", None),
    ("dozens", None),
    ("3 4", None),
    # digits take magnitude words after them, never number words
    ("550 two", None),
    ("20 five", None),
    ("twenty twenty", None),
    ("people", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_TABLE)
def test_parse_number(text: str, expected: int | float | None) -> None:
    """Each row: the value a plain number expression states, None for non-numbers."""
    assert parse_number(text) == expected


QUANTITY_TABLE: list[tuple[str, Quantity | None]] = [
    ("at least 47,283", Quantity(47283, 47283, None, "at_least")),
    ("more than 100", Quantity(100, 100, None, "more_than")),
    ("Just over two", Quantity(2, 2, None, "more_than")),
    # from 100 up, no wider than the last written digit: not 1,710-2,090
    ("around 1,900", Quantity(1900, 1800, 2000, "about")),
    ("about 153,000", Quantity(153_000, 152_000, 154_000, "about")),
    ("some 2.44 million", Quantity(2_440_000, 2_430_000, 2_450_000, "about")),
    ("about 150,000", Quantity(150_000, 135_000, 165_000, "about")),
    ("nearly 1,400", Quantity(1400, 1300, 1400, "about")),
    ("about 13", Quantity(13, 11, 15, "about")),
    ("some 600", Quantity(600, 540, 660, "about")),
    ("nearly 50", Quantity(50, 45, 50, "about")),
    ("up to 5", Quantity(5, None, 5, "at_most")),
    ("within 20", Quantity(20, None, 20, "at_most")),
    ("fewer than 10", Quantity(10, None, 10, "less_than")),
    ("dozens", Quantity(None, 24, 99, "about")),
    ("hundreds", Quantity(None, 200, 999, "about")),
    ("tens of thousands", Quantity(None, 20_000, 99_999, "about")),
    ("at least dozens", Quantity(None, 24, None, "at_least")),
    ("several dozen", Quantity(None, 36, 108, "about")),
    ("a few hundred", Quantity(None, 200, 500, "about")),
    ("a couple of hundred", Quantity(None, 200, 300, "about")),
    ("more than several thousand", Quantity(None, 3_000, None, "more_than")),
    ("three or four", Quantity(None, 3, 4, "range")),
    ("between 10 and 20", Quantity(None, 10, 20, "range")),
    ("2 to 3 million", Quantity(None, 2_000_000, 3_000_000, "range")),
    # a first figure written out in full keeps its own scale
    ("888,600 to 1.4 million", Quantity(None, 888_600, 1_400_000, "range")),
    ("33", Quantity(33, 33, 33, "exact")),
    ("the", None),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_TABLE)
def test_parse_quantity(text: str, expected: Quantity | None) -> None:
    """Each row: hedge and interval of a number expression as the contract defines them."""
    assert parse_quantity(text) == expected


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_separators_round_trip(n: int) -> None:
    """Any integer written with thousands separators parses back to itself."""
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


# fmt: off
ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# fmt: on


def _words_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{ONES[hundreds]} hundred"] if hundreds else []
    if rest or not parts:
        if rest < 20:
            parts.append(ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            parts.append(TENS[tens] + (f"-{ONES[ones]}" if ones else ""))
    return " and ".join(parts) if len(parts) == 2 and hundreds else " ".join(parts)


def to_words(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return _words_below_thousand(n)
    head = f"{_words_below_thousand(thousands)} thousand"
    return head if rest == 0 else f"{head} {_words_below_thousand(rest)}"


@given(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=0, max_value=3),
    st.sampled_from([("thousand", 3), ("million", 6), ("billion", 9), ("bn", 9)]),
)
def test_scaled_decimals_are_whole(digits: int, places: int, scale: tuple[str, int]) -> None:
    """ "8.2 billion" is exactly 8,200,000,000: no float residue of the multiplication."""
    written = f"{digits / 10**places:.{places}f}"
    word, power = scale
    assert parse_number(f"{written} {word}") == digits * 10 ** (power - places)


@given(st.integers(min_value=0, max_value=999_999))
def test_number_words_round_trip(n: int) -> None:
    """Every number from 0 to 999,999 written in words parses back to itself."""
    assert parse_number(to_words(n)) == n


@given(st.text())
def test_parsing_arbitrary_text_never_raises(text: str) -> None:
    """Whatever the text, parsing returns a value or None, never an exception."""
    parse_number(text)
    parse_quantity(text)


@given(st.integers(min_value=0, max_value=999), st.sampled_from([(1, 2), (1, 4), (3, 4), (2, 3)]))
def test_mixed_fractions(whole: int, fraction: tuple[int, int]) -> None:
    """ "2 1/2" is two and a half, whatever the whole number and the fraction."""
    numerator, denominator = fraction
    value = parse_number(f"{whole} {numerator}/{denominator}")
    assert value == pytest.approx(whole + numerator / denominator)


@pytest.mark.parametrize(
    ("value", "step"),
    [(153_000, 1_000), (150_000, 50_000), (30_000, 10_000), (47, 1), (2.4, 0.1), (0, 0)],
)
def test_last_digit_step(value: int | float, step: int | float) -> None:
    """What the last written digit counts in: the precision a writer rounded to."""
    assert last_digit_step(value) == pytest.approx(step)


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["about", "nearly"]))
def test_a_measure_is_no_wider_than_a_count(n: int, hedge: str) -> None:
    """ "about 2 miles" is 1.8-2.2 where "about 2 people" are 1-3: never wider, never apart
    from the figure, and the same from 10 up, where a tenth is whole."""
    count = parse_quantity(f"{hedge} {n}")
    assert count is not None and count.low is not None and count.high is not None
    measure = measured_about(count)
    assert measure.low is not None and measure.high is not None
    assert count.low <= measure.low <= n <= measure.high <= count.high
    if n < 10 and hedge == "about":
        assert (measure.low, measure.high) != (count.low, count.high)
    if n % 10 == 0:
        assert measure == count


@given(st.integers(min_value=100, max_value=10**9))
def test_about_band_no_wider_than_last_digit(n: int) -> None:
    """From 100 up, "about n" reaches no further than n's last written digit either side."""
    quantity = parse_quantity(f"about {n:,}")
    assert quantity is not None and quantity.low is not None and quantity.high is not None
    assert n - quantity.low <= last_digit_step(n) and quantity.high - n <= last_digit_step(n)


@given(st.integers(min_value=1, max_value=10**9))
def test_hedged_interval_contains_value(n: int) -> None:
    """An "about" band always contains the stated figure."""
    quantity = parse_quantity(f"about {n:,}")
    assert quantity is not None and quantity.low is not None and quantity.high is not None
    assert quantity.low <= n <= quantity.high
