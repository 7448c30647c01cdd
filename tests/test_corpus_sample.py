"""Real news from the ECB+ sample in data/fixtures/corpus: offsets, kinds, robustness."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsrecon.cli import app
from newsrecon.models import Report
from newsrecon.pipeline import run

from .conftest import FIXTURES

SAMPLE = FIXTURES / "corpus"


@cache
def sample_report() -> Report:
    return run([SAMPLE])


def test_every_claim_quotes_its_file() -> None:
    """text == file_text[start:end] for every claim, the file read as Python reads it."""
    report = sample_report()
    assert len(report.articles) == len(list(SAMPLE.rglob("*.txt")))
    assert report.claims
    texts = {a.id: (SAMPLE / f"{a.id}.txt").read_text(encoding="utf-8") for a in report.articles}
    for claim in report.claims:
        assert texts[claim.article][claim.start : claim.end] == claim.text, claim


def test_ids_follow_event_folders() -> None:
    """Article ids keep the event folder: 'ecb_topic20_ecb/20_1ecb'."""
    ids = {a.id for a in sample_report().articles}
    assert "ecb_topic20_ecb/20_1ecb" in ids


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_offsets_survive_crlf_and_bom(tmp_path: Path, line_end: str) -> None:
    """A corpus file rewritten with a BOM and other line ends still quotes exactly."""
    source = next(SAMPLE.glob("ecb_topic20_ecb/*.txt"))
    text = source.read_text(encoding="utf-8")
    copy = tmp_path / "crlf.txt"
    copy.write_bytes(("\ufeff" + text.replace("\n", line_end)).encode("utf-8"))
    report = run([copy])
    reread = copy.read_text(encoding="utf-8")
    assert report.claims
    for claim in report.claims:
        assert reread[claim.start : claim.end] == claim.text


def test_no_casualty_category_for_non_counts() -> None:
    """Dates, durations and amounts never carry a casualty category."""
    for claim in sample_report().claims:
        if claim.kind != "count":
            assert claim.category in ("date", "duration", "money", "percent", "measure")


def test_json_of_the_sample_is_valid_and_complete() -> None:
    """--json over four event folders: one valid document, every claim grouped once."""
    result = CliRunner().invoke(app, ["ingest", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    grouped = [cid for group in data["groups"] for cid in group["claims"]]
    assert sorted(grouped) == sorted(c["id"] for c in data["claims"])
