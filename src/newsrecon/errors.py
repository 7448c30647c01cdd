"""One exception tree; each error knows the exit code the CLI turns it into."""

from __future__ import annotations

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2
EXIT_MODEL = 3


class NewsreconError(Exception):
    """Base of every error newsrecon raises on purpose; the message is for a person."""

    exit_code = EXIT_USAGE


class InputError(NewsreconError):
    """The paths given hold nothing newsrecon can read (missing path, no articles)."""

    exit_code = EXIT_USAGE


class ModelNotFoundError(NewsreconError):
    """The spaCy pipeline is not installed."""

    exit_code = EXIT_MODEL
