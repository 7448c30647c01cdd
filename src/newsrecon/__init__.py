"""newsrecon: extract the figures in dated news articles and reconcile them across articles.

    from newsrecon import ingest
    report = ingest(["seeds/"])
    for group in report.groups: ...

`ingest` and the models load on first use, so importing the package (and `newsrecon --help`)
does not import spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsrecon.errors import InputError, ModelNotFoundError, NewsreconError
    from newsrecon.models import Article, Claim, ClaimGroup, Report, Skipped
    from newsrecon.pipeline import run as ingest

_LAZY = {
    "ingest": ("newsrecon.pipeline", "run"),
    "Article": ("newsrecon.models", "Article"),
    "Claim": ("newsrecon.models", "Claim"),
    "ClaimGroup": ("newsrecon.models", "ClaimGroup"),
    "Report": ("newsrecon.models", "Report"),
    "Skipped": ("newsrecon.models", "Skipped"),
    "NewsreconError": ("newsrecon.errors", "NewsreconError"),
    "InputError": ("newsrecon.errors", "InputError"),
    "ModelNotFoundError": ("newsrecon.errors", "ModelNotFoundError"),
}

__all__ = [
    "Article",
    "Claim",
    "ClaimGroup",
    "InputError",
    "ModelNotFoundError",
    "NewsreconError",
    "Report",
    "Skipped",
    "__version__",
    "ingest",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'newsrecon' has no attribute {name!r}")
    import importlib

    module, attribute = _LAZY[name]
    return getattr(importlib.import_module(module), attribute)
