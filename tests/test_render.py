"""render: the table's values, and the progress bar that appears only for runs that outlast
its delay."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from rich.console import Console

from newsrecon.models import ArticleEntry, Report, Skipped
from newsrecon.reconcile import reconcile
from newsrecon.render import ProgressBar, render_table, to_json

from .test_reconcile import claim, fired_on


def quiet_console() -> Console:
    return Console(file=io.StringIO(), force_terminal=True)


def test_bar_appears_after_the_delay() -> None:
    """With no delay the bar shows from the first article."""
    with ProgressBar(delay=0.0, console=quiet_console()) as bar:
        bar(1, 10, "a.txt")
        assert bar.shown


def test_short_runs_show_no_bar() -> None:
    """A run that ends before the delay never shows a bar."""
    with ProgressBar(delay=60.0, console=quiet_console()) as bar:
        for done in range(1, 11):
            bar(done, 10, f"{done}.txt")
        assert not bar.shown


def test_a_day_shows_the_words_it_was_read_from(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "2008-12-16 "Today"": a reader sees which day came from a relative word; a year
    written as itself is not repeated."""
    monkeypatch.setenv("COLUMNS", "200")  # one claim per line
    claims = [
        fired_on("a", "2008-12-13", "Saturday\nmorning", "2008-12-13"),
        fired_on("b", "2008-12-16", "Today", "2008-12-16"),
        fired_on("c", "2008", "2008", "2008-12-13"),
        fired_on("d", "2008", "2008", "2008-12-13"),
    ]
    articles = [ArticleEntry(id=c.article, path=c.article, date=c.date) for c in claims]
    report = Report(articles=articles, claims=claims, groups=reconcile(claims), skipped=[])
    out = io.StringIO()
    render_table(report, out)
    table = out.getvalue()
    assert '2008-12-13 "Saturday morning"' in table
    assert '2008-12-16 "Today"' in table
    assert '2008 "2008"' not in table
    assert "2008  2008-12-13 c" in table


def test_a_figure_a_change_started_from_is_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "revised down to about 1,200 from 1,400": the 1,400 is shown as the figure before, and
    the reason names only what each article reports now."""
    monkeypatch.setenv("COLUMNS", "200")
    revised = "Israel revised the toll down to 1,200 from 1,400."
    claims = [
        claim("a", 1400, hedge="exact", high=1400),
        claim("b", 1200, hedge="exact", high=1200, date=dt.date(2025, 2, 4), sentence=revised),
        claim("b", 1400, hedge="exact", high=1400, date=dt.date(2025, 2, 4), sentence=revised,
              earlier=True, n=2),
    ]  # fmt: skip
    articles = [ArticleEntry(id=c.article, path=c.article, date=c.date) for c in claims]
    (group,) = reconcile(claims)
    assert group.status == "conflict"
    assert "1,400 in a (2025-02-03); 1,200 in b (2025-02-04)" in group.reason
    report = Report(articles=articles, claims=claims, groups=[group], skipped=[])
    out = io.StringIO()
    render_table(report, out)
    assert "1,400 (before)  2025-02-04 b" in out.getvalue()


@pytest.mark.parametrize("skipped", [[], [Skipped(path="bad.txt", reason="no date line")]])
def test_the_json_written_piece_by_piece_is_the_whole_document(skipped: list[Skipped]) -> None:
    """Written item by item to save memory, the document is byte for byte the report's own
    dump, empty lists and non-ASCII words included."""
    claims = [
        claim("a", 47283, sentence="Gaza’s health ministry — “at least 47,283”"),
        claim("b", 47518, date=dt.date(2025, 2, 4)),
    ]
    articles = [ArticleEntry(id=c.article, path=c.article, date=c.date) for c in claims]
    report = Report(articles=articles, claims=claims, groups=reconcile(claims), skipped=skipped)
    whole = json.dumps(report.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2)
    assert to_json(report) == whole
