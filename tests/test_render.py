"""render: the progress bar appears only for runs that outlast its delay."""

from __future__ import annotations

import io

from rich.console import Console

from newsrecon.render import ProgressBar


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
