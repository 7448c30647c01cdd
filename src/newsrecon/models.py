"""Typed data that crosses stage boundaries: articles in, claims and groups out.

The JSON contract (`newsrecon.v1`) is the serialisation of `Report`; field names here are the
public names in `--json`, so renaming one is a breaking change.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from newsrecon.numbers import Hedge

SCHEMA = "newsrecon.v1"

ClaimKind = Literal["count", "amount", "duration", "date"]
Category = Literal[
    "killed",
    "injured",
    "hostages",
    "prisoners",
    "detained",
    "displaced",
    "missing",
    "population",
    "crowd",
    "score",
    "other",
    "duration",
    "date",
    "money",
    "percent",
    "measure",
]
Status = Literal["agree", "update", "conflict", "single"]
Mood = Literal["actual", "planned", "possible"]
DatePrecision = Literal["day", "week", "month", "year"]
Displacement = Literal["inside", "abroad"]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Paragraph(Frozen):
    """A blank-line separated block; `start` is its offset in the article's text."""

    start: int
    text: str


class Article(Frozen):
    """One input file: its decoded text and where each paragraph sits in it."""

    id: str = Field(description="path relative to the ingested folder, without extension")
    path: str = Field(description="the path as the user gave it")
    date: dt.date
    text: str = Field(exclude=True, repr=False, description="the whole decoded file text")
    paragraphs: list[Paragraph] = Field(exclude=True, repr=False)


class ArticleEntry(Frozen):
    """What the report keeps of an article once its claims are out: the text is released, so
    that memory follows the number of claims, not the size of the text."""

    id: str = Field(description="path relative to the ingested folder, without extension")
    path: str = Field(description="the path as the user gave it")
    date: dt.date
    story: str | None = Field(default=None, description="the story the article was put in")


class ArticleProfile(Frozen):
    """What an article is about, for telling stories apart: its names and its nouns, counted."""

    article: str
    date: dt.date
    names: dict[str, int] = Field(description="named entities, lower-cased")
    words: dict[str, int] = Field(description="other words, lower-cased, stop words left out")
    actors: dict[str, int] = Field(
        default_factory=dict, description="named subjects of the lead's verbs, lower-cased"
    )
    days_named: list[dt.date] = Field(
        default_factory=list,
        description="days the text names more than a week from the article's date: the"
        " events it looks back or ahead to",
    )


class Skipped(Frozen):
    """A file that was not processed, with a reason a person can act on."""

    path: str
    reason: str


class Claim(Frozen):
    """One figure in one sentence, normalised, with everything needed to quote it back."""

    id: str
    article: str
    date: dt.date = Field(description="the article's date")
    story: str | None = Field(default=None, description="the story of the claim's article")
    start: int = Field(description="code-point offset into the file text")
    end: int
    text: str
    sentence: str
    kind: ClaimKind
    category: Category
    value: int | float | str | None
    low: int | float | str | None
    high: int | float | str | None
    hedge: Hedge
    unit: str | None = None
    precision: DatePrecision | None = Field(default=None, description="for dates only")
    counted: str | None = Field(default=None, description="what is counted: the head noun")
    counted_kind: list[str] = Field(
        default_factory=list,
        exclude=True,
        repr=False,
        description="nouns saying which kind of the counted thing: 'rushing' yards",
    )
    counted_role: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="'who' or 'that' when the counted did it ('four robbers stole'), a "
        "preposition when it happened in the places counted ('killed in 14 countries'), None "
        "when it was done to them",
    )
    predicate: str | None = Field(default=None, description="the verb: killed, took, remain")
    event_verb: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a date's predicate is a verb ('announced on Monday'), not an event noun "
        "('the Monday announcement')",
    )
    owned_by_its_event: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a date said as its event's own: 'last week's collapse', 'Wednesday's "
        "shooting' (the event told as known, not a deed of the sentence's)",
    )
    place: str | None = None
    place_within: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="the wider place named with the place: 'Nigeria' in 'Nigeria's Kaduna state'",
    )
    attribution: str | None = Field(default=None, description="who says so, when stated")
    mood: Mood = "actual"
    agent: str | None = Field(default=None, description="who did it: the verb's subject")
    agent_aliases: list[str] = Field(
        default_factory=list,
        exclude=True,
        repr=False,
        description="other names the article gives the agent ('Navy's frigate INS Sukanya')",
    )
    patient: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="whom a dated deed was done to, when a name: 'placed Pierre Thomas on IR'",
    )
    about: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="the named subject of the figure's clause: 'Oler is accused of ... two'",
    )
    owners: list[str] = Field(
        default_factory=list,
        exclude=True,
        repr=False,
        description="whose offer, bid or deal a sum or span is: 'the Nationals' offer'",
    )
    with_attackers: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a toll said to count its attackers too: '9 dead, including gunman'",
    )
    counted_with: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="what a count counts beside its noun: 'missile' in '300 drones and missiles'",
    )
    on_the_events_day: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a scope that is the day of the one event that did the harm: 'exploded on "
        "Tuesday, killing nine', 'killed in Wednesday's earthquake'",
    )
    scope: str | None = Field(
        default=None,
        description="the period the clause names: '2004', '2010-02', 'since start of war'",
    )
    against: int | None = Field(
        default=None,
        description="a score's or vote's second figure, the first being `value`: 24 of "
        "'beat the Jaguars 31-24', 50 of 'by a vote of 51-50'",
    )
    rising: bool = Field(
        default=False, description="wording says the figure is the latest ('rose to', 'so far')"
    )
    unanswered: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a date of a source not answering a reporter: 'declined to comment Tuesday'",
    )
    foreseen: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a figure forecasters foresaw: 'below analysts' estimates of 410,000'",
    )
    at_present: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="'today' as these days, not the news day: 'Today, women still love ...'",
    )
    since_the_war: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a count of all a war, its start a clause: 'killed since the war began'",
    )
    tally: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a date of where a tally stood: 'the death toll rose to 41 on Thursday'",
    )
    earlier: bool = Field(
        default=False,
        description="the figure a change started from: 'up from 34', 'rose from 41 to 45'",
    )
    compared_event: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a figure of the earlier event a record is counted from: 'the deadliest "
        "since 2021, when 32 people were killed'",
    )
    gap: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a span between two events: 'a day after he was sentenced', 'two days later'",
    )
    within: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a span something happens in or by: 'will take effect in 30 days', "
        "'seven game-winning drives in one year'",
    )
    displaced: Displacement | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="where the displaced went, when the words say: 'inside' ('displaced inside "
        "Ukraine') or 'abroad' ('refugees', 'fled the country')",
    )
    quake: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="the quake a magnitude is of, as its sentence names it: 'first quake', "
        "'aftershock'",
    )
    part: bool = Field(
        default=False,
        description="the figure counts part of a set: '15 of them', '15 critically', 'one of "
        "the victims'",
    )
    added: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a figure added to a total: 'three more people were killed', 'a further 20'",
    )
    either: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="two fates a count says its people met one or the other of, sorted and "
        "joined by '|': 'killed or injured' -> 'injured|killed'",
    )
    badly: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="the hurt counted by how badly: 'More than 200 people had been injured "
        "seriously'",
    )
    share: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a kind's share of a count said before it: 'At least 51 people have been "
        "killed, including three police officers'",
    )
    lead: bool = Field(
        default=False,
        description="in the article's first sentences (headline and lead): its main figures",
    )
    per: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="what the figure is a rate of: 'game' in '23 points a game', 'season'",
    )
    refers_back: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="a set counted before: 'the three victims', 'all three of the people'",
    )
    at_death: bool = Field(
        default=False,
        exclude=True,
        repr=False,
        description="an age a person died at: 'dies at 84', 'dead at 85', 'died ... aged 91'",
    )
    reads_again: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="the claim this one is another source's reading of: 'police estimated the "
        "crowd at 35,000, while monitors put it at 300,000'",
    )
    terms: list[str] = Field(default_factory=list, exclude=True, repr=False)
    nearby: list[str] = Field(default_factory=list, exclude=True, repr=False)


class Disagreement(Frozen):
    """Why two claims of one group do not say the same thing."""

    claims: tuple[str, str]
    rule: str


class ClaimGroup(Frozen):
    """Claims across articles that measure the same thing, and what their values say."""

    id: str
    label: str
    story: str | None = None
    kind: ClaimKind
    category: Category
    status: Status
    rule: str
    reason: str
    claims: list[str]
    features: list[str] = Field(default_factory=list, description="what joined these claims")
    timeline: list[str] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)


class Report(Frozen):
    """Everything one run found: the `--json` document."""

    schema_: str = Field(default=SCHEMA, alias="schema", serialization_alias="schema")
    articles: list[ArticleEntry]
    claims: list[Claim]
    groups: list[ClaimGroup]
    skipped: list[Skipped]

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
