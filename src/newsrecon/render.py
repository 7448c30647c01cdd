"""Report -> a rich table for people, or the JSON contract for scripts.

The only module that imports rich. Data goes to the stream it is given (stdout in the CLI);
nothing else is written there.
"""

from __future__ import annotations

import io
import json
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from newsrecon.models import Claim, ClaimGroup, Report
from newsrecon.reconcile import show_figure

JSON_INDENT = "  "
STATUS_STYLE = {"conflict": "bold red", "update": "bold yellow", "agree": "green", "single": "dim"}


def to_json(report: Report) -> str:
    """The `newsrecon.v1` document (see CONTRACT.md / README)."""
    buffer = io.StringIO()
    write_json(report, buffer)
    return buffer.getvalue()


def write_json(report: Report, stream: IO[str]) -> None:
    """`to_json` written item by item, the same bytes: a whole corpus's document built as one
    dict and one string had been the run's peak of memory."""
    stream.write("{")
    for n, (name, field) in enumerate(Report.model_fields.items()):
        key = field.serialization_alias or name
        stream.write(("," if n else "") + f"\n{JSON_INDENT}{_json(key)}: ")
        value = getattr(report, name)
        if not isinstance(value, list):
            stream.write(_json(value))
            continue
        if not value:
            stream.write("[]")
            continue
        stream.write("[")
        for i, item in enumerate(value):
            lines = _json(item.model_dump(mode="json", by_alias=True)).split("\n")
            stream.write(
                ("," if i else "") + "\n" + "\n".join(JSON_INDENT * 2 + ln for ln in lines)
            )
        stream.write(f"\n{JSON_INDENT}]")
    stream.write("\n}")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=len(JSON_INDENT))


def _values_cell(group: ClaimGroup, claims: dict[str, Claim]) -> Text:
    cell = Text()
    for index, claim_id in enumerate(group.claims):
        claim = claims[claim_id]
        if index:
            cell.append("\n")
        cell.append(show_figure(claim), style="bold")
        if claim.earlier:
            cell.append(" (before)")  # "up from 34": the figure the count moved from
        if claim.kind == "date" and claim.text != claim.value:
            # the words a day was read from: "Today" in a copy dated three days late
            cell.append(f' "{" ".join(claim.text.split())}"')
        source = f" — {claim.attribution}" if claim.attribution else ""
        cell.append(f"  {claim.date.isoformat()} {claim.article}{source}", style="dim")
    return cell


def render_table(report: Report, stream: IO[str], *, show_all: bool = False) -> None:
    """One row per claim group, disagreements first; single-article groups only with show_all."""
    console = Console(file=stream, soft_wrap=False)
    claims = {c.id: c for c in report.claims}
    shown = [g for g in report.groups if show_all or g.status != "single"]
    title = (
        f"{_counted(len(report.articles), 'article')}, {_counted(len(report.claims), 'claim')}, "
        f"{_counted(len(report.groups), 'group')}"
    )
    hidden = len(report.groups) - len(shown)
    if not shown:
        # an empty table's borders say less than a sentence
        console.print(title)
        if not report.articles:
            console.print("No article could be read; each file skipped is named on stderr.")
        elif hidden:
            console.print(f"No figure is reported by two or more articles; {_hidden_note(hidden)}")
        else:
            console.print("No figures were found.")
        return
    table = Table(title=title, show_lines=True)
    table.add_column("claim", ratio=2)
    table.add_column("status")
    table.add_column("values (article date, article, source)", ratio=4)
    table.add_column("why", ratio=3)
    for group in shown:
        why = group.reason
        if group.timeline:
            why += "\n" + " → ".join(group.timeline)
        table.add_row(
            Text(group.label),
            Text(group.status, style=STATUS_STYLE[group.status]),
            _values_cell(group, claims),
            Text(why),
        )
    console.print(table)
    if hidden:
        console.print(_hidden_note(hidden))


def _hidden_note(hidden: int) -> str:
    verb = "is" if hidden == 1 else "are"
    return f"{_counted(hidden, 'group')} seen in one article only {verb} hidden (--all shows them)."


def _counted(number: int, noun: str) -> str:
    """ "1 article", "2 articles": the table's counts read as a sentence would."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def render_timeline(report: Report, stream: IO[str], *, group_id: str | None = None) -> int:
    """The values of update groups (or of one group) by article date; how many were shown."""
    console = Console(file=stream, soft_wrap=False)
    claims = {c.id: c for c in report.claims}
    if group_id is not None:
        groups = [g for g in report.groups if g.id == group_id]
    else:
        groups = [g for g in report.groups if g.status == "update"]
    for group in groups:
        table = Table(title=f"{group.id}: {group.label} ({group.status})", title_justify="left")
        table.add_column("article date")
        table.add_column("value", justify="right")
        table.add_column("article")
        table.add_column("source")
        table.add_column("sentence", ratio=1)
        members = sorted(
            (claims[c] for c in group.claims), key=lambda c: (c.date, not c.earlier, c.rising)
        )
        for claim in members:
            table.add_row(
                claim.date.isoformat(),
                show_figure(claim) + (" (before)" if claim.earlier else ""),
                claim.article,
                claim.attribution or "",
                claim.sentence,
            )
        console.print(table)
        if group.timeline:
            console.print(" → ".join(group.timeline))
        console.print(group.reason)
        console.print()
    return len(groups)


class ProgressBar:
    """A progress bar on stderr for long runs: shown once a run has taken `delay` seconds,
    gone when it ends. Call it as the pipeline's progress callback."""

    def __init__(self, *, delay: float = 2.0, console: Console | None = None) -> None:
        self._progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
            transient=True,
        )
        self._delay = delay
        self._task: TaskID | None = None
        self._started: float | None = None

    def __call__(self, done: int, total: int, path: str) -> None:
        import time

        now = time.monotonic()
        if self._started is None:
            self._started = now
        if self._task is None:
            if now - self._started < self._delay or done >= total:
                return
            self._progress.start()
            self._task = self._progress.add_task("articles", total=total)
        self._progress.update(self._task, completed=done)

    @property
    def shown(self) -> bool:
        """Whether the bar has appeared (the run outlasted the delay)."""
        return self._task is not None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._task is not None:
            self._progress.stop()
