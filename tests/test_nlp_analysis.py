"""nlp.analyse: the fast pass everywhere, the deep pass only where a figure may be."""

from __future__ import annotations

from spacy.language import Language

from newsrecon.extract import extract_claims
from newsrecon.ingest import discover, read_articles
from newsrecon.models import Article
from newsrecon.nlp import analyse

from .conftest import FIXTURES, make_article


def test_only_sentences_with_figures_are_analysed_deeply(nlp: Language) -> None:
    """A sentence without any figure word gets no deep analysis; entities are kept."""
    article = make_article("The minister spoke in Paris. Police said 12 people died in Lyon.")
    analysis = analyse(nlp, article.paragraphs)
    assert [s.doc.text for s in analysis.segments] == ["Police said 12 people died in Lyon."]
    (segment,) = analysis.segments
    assert article.text[segment.offset :].startswith(segment.doc.text)
    assert [(e.text, e.label_) for e in segment.doc.ents] == [("12", "CARDINAL"), ("Lyon", "GPE")]
    assert segment.doc[2].dep_ == "nummod"  # parsed: "12" counts the people
    assert [e.text for e in analysis.paragraphs[0].ents][:1] == ["Paris"]


def test_selective_analysis_finds_what_full_analysis_finds(nlp: Language) -> None:
    """On real news, skipping figureless sentences loses no claim."""
    files = discover([FIXTURES / "corpus" / "ecb_topic08_ecbplus"])
    for article in read_articles(files):
        assert isinstance(article, Article)
        selective = extract_claims(article, analyse(nlp, article.paragraphs).segments)
        full = extract_claims(article, analyse(nlp, article.paragraphs, selective=False).segments)
        assert [(c.start, c.end, c.kind, c.value) for c in selective] == [
            (c.start, c.end, c.kind, c.value) for c in full
        ]
