"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from newsrecon.extract import extract_claims
from newsrecon.ingest import split_paragraphs
from newsrecon.models import Article, Claim
from newsrecon.nlp import analyse, load_pipeline, model_name

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "data" / "fixtures"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(model_name())


def make_article(text: str, date: dt.date = dt.date(2025, 2, 4), article_id: str = "a") -> Article:
    """An in-memory article whose body is `text` (header added)."""
    header = f"date {date.isoformat()} "
    full = header + text
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        date=date,
        text=full,
        paragraphs=split_paragraphs(full, len(header)),
    )


@pytest.fixture(scope="session")
def claims_of(nlp: Language):  # type: ignore[no-untyped-def]
    """A function: text (+ date) -> the claims newsrecon extracts from it."""

    def extract(text: str, date: dt.date = dt.date(2025, 2, 4)) -> list[Claim]:
        article = make_article(text, date)
        return extract_claims(article, analyse(nlp, article.paragraphs).segments)

    return extract
