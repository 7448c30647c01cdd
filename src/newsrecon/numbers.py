"""Turn number expressions ("at least 47,283", "2.4 million", "two dozen", "dozens") into values.

Pure functions, no spaCy: the extractor finds the span, this module says what it means.
A figure is an interval: `low`/`high` bound what the wording allows (None = open) and `hedge`
names the wording, so that "at least 50" and "dozens" can later be compared as intervals.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

Hedge = Literal["exact", "about", "at_least", "more_than", "at_most", "less_than", "range"]
Number = int | float

# fmt: off
UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
MAGNITUDES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "bln": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
    "trln": 1_000_000_000_000,
    # Indian English: "2.5 lakh people", "Rs 10 crore"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
FRACTIONS: dict[str, float] = {
    "half": 0.5, "quarter": 0.25, "third": 1 / 3, "fifth": 0.2, "tenth": 0.1,
}  # fmt: skip
# "two-thirds", "three quarters": so many of the fraction
PLURAL_FRACTIONS: dict[str, float] = {
    "quarters": 0.25, "thirds": 1 / 3, "fifths": 0.2, "tenths": 0.1,
}  # fmt: skip

# Vague quantities as bands. "dozens" is 24-99: plural dozens never means 12 in news copy, and
# from 100 on a writer says "hundreds". The other bands follow the same reading: the plural
# starts at two of the unit and stops before the next word would be used.
VAGUE_BANDS: dict[str, tuple[int, int]] = {
    "a handful": (2, 5),
    "handful": (2, 5),
    "a few": (2, 5),
    "few": (2, 5),
    "a couple": (2, 3),
    "several": (3, 9),
    "dozens": (24, 99),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
    "tens of billions": (20_000_000_000, 99_999_999_999),
    "hundreds of billions": (200_000_000_000, 999_999_999_999),
}

# Vague words that scale a unit: "several dozen", "a few hundred", "a couple thousand".
_FEW_WORDS = frozenset({"several", "a few", "few", "a couple", "a handful"})

# Hedge words before the number, longest first so "just over" wins over "over".
HEDGE_PREFIXES: list[tuple[str, Hedge]] = sorted(
    [
        ("at least", "at_least"), ("no fewer than", "at_least"), ("no less than", "at_least"),
        ("a minimum of", "at_least"), ("at a minimum", "at_least"),
        ("more than", "more_than"), ("over", "more_than"), ("just over", "more_than"),
        ("in excess of", "more_than"), ("upwards of", "more_than"), ("well over", "more_than"),
        ("above", "more_than"), ("exceeding", "more_than"), ("just more than", "more_than"),
        ("about", "about"), ("around", "about"), ("some", "about"), ("roughly", "about"),
        ("approximately", "about"), ("an estimated", "about"), ("estimated", "about"),
        ("nearly", "about"), ("almost", "about"), ("close to", "about"), ("just under", "about"),
        ("near", "about"),
        ("approx.", "about"), ("circa", "about"), ("an approximate", "about"),
        ("up to", "at_most"), ("as many as", "at_most"), ("as much as", "at_most"),
        ("at most", "at_most"),
        ("no more than", "at_most"), ("a maximum of", "at_most"), ("within", "at_most"),
        ("fewer than", "less_than"), ("less than", "less_than"), ("under", "less_than"),
        ("below", "less_than"),
    ],
    key=lambda pair: -len(pair[0]),
)
# "nearly 50" (a headline's "arrests near 500") sits just below 50; "about 50" on either side.
# fmt: on
BELOW_ONLY = {"nearly", "almost", "just under", "close to", "near"}
ABOUT_BAND = 0.1
# from here up an "about" is no wider than the figure's last digit (see `_about_band`)
PRECISE_ABOUT_FROM = 100

_NUMERIC = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_NUMERIC_WITH_SUFFIX = re.compile(
    r"^(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<mag>k|m|mn|mln|bn|bln|b|tn|trln)?$",
    re.IGNORECASE,
)
# The fraction after a whole number ("2 1/2"): a small denominator, so that "24/7" is none.
MIXED_FRACTION = re.compile(r"^([1-9]|1[0-5])/([2-9]|1[0-6])$")
VULGAR_FRACTIONS = {
    "\u00bd": "1/2",
    "\u00bc": "1/4",
    "\u00be": "3/4",
    "\u2153": "1/3",
    "\u2154": "2/3",
}
_RANGE_SEPARATORS = re.compile(r"\s*(?:-|–|—|\bto\b|\bor\b|\band\b)\s*")
_TOKEN = re.compile(r"[A-Za-z]+\.?|\d[\d,]*(?:\.\d+)?[a-zA-Z]*|[-–—]")


@dataclass(frozen=True)
class Quantity:
    """A figure as the wording allows it: the stated value and the interval around it."""

    value: Number | None
    low: Number | None
    high: Number | None
    hedge: Hedge


def tidy(value: float) -> Number:
    """A whole float as an int: 30.0 reads 30."""
    return int(value) if float(value).is_integer() else value


def parse_number(text: str) -> Number | None:
    """The number a plain expression states, or None when it states none.

    Handles digits with separators and decimals, magnitude words and suffixes ("2.4 million",
    "1.5bn"), number words and compounds ("Four", "twenty-five", "two hundred and fifty"),
    dozens ("two dozen") and fractions ("half a million").
    """
    cleaned = text.strip().lower().replace("\u00a0", " ")
    for glyph, written in VULGAR_FRACTIONS.items():
        cleaned = cleaned.replace(glyph, f" {written}")
    cleaned = re.sub(r"^[$€£¥]|^(?:us|usd|eur|gbp)\s*\$?", "", cleaned).strip()
    if not cleaned:
        return None
    if _NUMERIC.match(cleaned):
        return tidy(float(cleaned.replace(",", "")))
    words = [w for w in re.split(r"[\s\-–]+", cleaned) if w and w != "and"]
    if not words:
        return None
    total: float = 0.0
    current: float = 0.0
    seen_number = False
    in_digits = False  # digits take magnitudes after them, never number words ("550 two")
    halved = False
    for index, word in enumerate(words):
        match = _NUMERIC_WITH_SUFFIX.match(word)
        fraction = MIXED_FRACTION.match(word)
        if fraction and seen_number and all(w in MAGNITUDES for w in words[index + 1 :]):
            numerator, denominator = int(fraction[1]), int(fraction[2])
            if not 0 < numerator < denominator:
                return None
            current += numerator / denominator  # "2 1/2 years"
        elif word == "a" and seen_number and words[index + 1 : index + 2] == ["half"]:
            current += 0.5  # "two and a half years", "three and a half million"
            halved = True
        elif word == "half" and halved:
            halved = False
        elif match:
            if seen_number:
                return None  # "3 4" is two numbers, not one
            current = float(match.group("num").replace(",", ""))
            if match.group("mag"):
                current *= MAGNITUDES[match.group("mag").lower()]
            seen_number = in_digits = True
        elif word in ("a", "an"):
            if index == 0 and len(words) > 1:
                current, seen_number = 1, True
        elif word in UNITS:
            if (seen_number and current % 10) or in_digits:
                return None
            current += UNITS[word]
            seen_number = True
        elif word in TENS:
            if (seen_number and current % 100) or in_digits:
                return None
            current += TENS[word]
            seen_number = True
        elif word == "dozen":
            current = (current or 1) * 12
            seen_number = True
        elif word == "half" and index == 0:
            current, seen_number = FRACTIONS[word], True  # "half a million"
        elif word in FRACTIONS and seen_number and current == 1 and index == 1:
            current = FRACTIONS[word]  # "a third", "one quarter"; a bare "third" is an ordinal
        elif word in PLURAL_FRACTIONS and seen_number and index == 1:
            current *= PLURAL_FRACTIONS[word]  # "two-thirds", "three quarters"
            if not 0 < current < 1:
                return None  # "nine quarters" is no fraction of one whole
        elif word in MAGNITUDES and (len(word) > 2 or seen_number):
            magnitude = MAGNITUDES[word]
            if magnitude == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * magnitude
                current = 0
            seen_number = True
        elif word in ("of", "point"):
            continue
        else:
            return None
    if not seen_number:
        return None
    # "8.2 billion" is 8,200,000,000, not the float product 8,199,999,999.999999
    return tidy(round(float(f"{total + current:.12g}"), 6))


def _about_band(value: Number, below_only: bool) -> tuple[Number, Number]:
    """A tenth either side, but no wider than the figure's own last digit: "about 30,000" is
    27,000-33,000, "about 153,000" 152,000-154,000 (a writer who rounds to the thousand does
    not mean 15,000 either way); "about 150,000" keeps its tenth (a five may be rounded to).
    Under 100 the tenth stays: "some 13 miles" is as loose as "about 13 nautical miles"."""
    spread = abs(value) * ABOUT_BAND
    if abs(value) >= PRECISE_ABOUT_FROM:
        spread = min(spread, last_digit_step(value))
    low = value - spread
    high = value if below_only else value + spread
    if isinstance(value, int):
        return math.floor(low), math.ceil(high)
    return tidy(round(low, 6)), tidy(round(high, 6))


def measured_about(quantity: Quantity) -> Quantity:
    """ "about two miles" is 1.8 to 2.2 miles: what is measured is not in wholes, where "about
    two" people are 1 to 3."""
    value = quantity.value
    if quantity.hedge != "about" or not isinstance(value, int) or value == 0:
        return quantity
    low, high = _about_band(float(value), below_only=quantity.high == value)
    return Quantity(value, tidy(low), tidy(high), "about")


def last_digit_step(value: Number) -> Number:
    """What the figure's last written digit counts in steps of: 153,000 -> 1,000, 150,000 ->
    50,000 (writers round to fives too), 2.4 -> 0.1, 0 -> 0."""
    digits = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    whole, _, fraction = digits.partition(".")
    if fraction:
        step: Number = 10.0 ** -len(fraction)
        last = fraction[-1]
    else:
        significant = whole.rstrip("0")
        if not significant:
            return 0
        step = 10 ** (len(whole) - len(significant))
        last = significant[-1]
    return step * 5 if last == "5" else step


def split_hedge(text: str) -> tuple[str | None, str]:
    """The hedge phrase at the start of `text` (lower-cased) and the rest of the text."""
    lowered = text.strip()
    for phrase, _ in HEDGE_PREFIXES:
        if lowered.lower().startswith(phrase + " "):
            return phrase, lowered[len(phrase) :].strip()
    return None, lowered


def parse_quantity(text: str) -> Quantity | None:
    """A hedged or vague number expression as a Quantity; None when the text holds no figure.

    "at least 50" -> 50, [50, open); "dozens" -> [24, 99]; "three or four" -> [3, 4];
    "between 10 and 20" -> [10, 20]; "around 1,900" -> 1,900 in a 10% band.
    """
    phrase, rest = split_hedge(text)
    rest_lower = rest.lower()
    if rest_lower.startswith("between "):
        rest_lower = rest_lower[len("between ") :]
        phrase = phrase or "between"
    vague = _parse_vague(rest_lower)
    if vague is not None:
        low, high = vague
        if phrase is None:
            return Quantity(None, low, high, "about")
        hedge = dict(HEDGE_PREFIXES).get(phrase, "about")
        if hedge in ("at_least", "more_than"):
            return Quantity(None, low, None, hedge)
        if hedge in ("at_most", "less_than"):
            return Quantity(None, None, high, hedge)
        return Quantity(None, low, high, "about")
    value = parse_number(rest_lower)
    if value is None:
        return _parse_range(rest_lower)
    if phrase is None or phrase == "between":
        return Quantity(value, value, value, "exact")
    return hedged(value, dict(HEDGE_PREFIXES)[phrase], below_only=phrase in BELOW_ONLY)


def hedged(value: Number, hedge: Hedge, below_only: bool = False) -> Quantity:
    """A figure as an interval under a hedge ("nearly" is `about`, below only)."""
    if hedge in ("at_least", "more_than"):
        return Quantity(value, value, None, hedge)
    if hedge in ("at_most", "less_than"):
        return Quantity(value, None, value, hedge)
    if hedge == "exact":
        return Quantity(value, value, value, hedge)
    band_low, band_high = _about_band(value, below_only)
    return Quantity(value, band_low, band_high, "about")


def _parse_vague(text: str) -> tuple[int, int] | None:
    stripped = re.sub(r"\s+of$", "", text.strip())
    if stripped in VAGUE_BANDS:
        return VAGUE_BANDS[stripped]
    # "several dozen", "a few hundred": the small band times the unit
    few, _, unit = stripped.rpartition(" ")
    few = few.removesuffix(" of")  # "a couple of hundred"
    scale = 12 if unit == "dozen" else MAGNITUDES.get(unit) if len(unit) > 2 else None
    if few in _FEW_WORDS and scale is not None:
        low, high = VAGUE_BANDS[few]
        return low * scale, high * scale
    # "two dozen", "a dozen" are exact and handled by parse_number
    return None


def _parse_range(text: str) -> Quantity | None:
    parts = _RANGE_SEPARATORS.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    left_text, right_text = parts
    right = parse_number(right_text)
    left = parse_number(left_text)
    if left is None or right is None:
        return None
    # "2 to 3 million": the magnitude on the right applies to the left too
    magnitude = re.search(r"\b(hundred|thousand|million|billion|trillion)\b", right_text)
    if magnitude and not re.search(r"[a-z]", left_text):
        scaled = parse_number(f"{left_text} {magnitude.group(1)}") or left
        left = scaled if scaled <= right else left  # not "888,600 to 1.4 million"
    if left > right:
        return None
    return Quantity(None, left, right, "range")
