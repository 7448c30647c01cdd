"""ingest: finding article files, checking their header, splitting paragraphs with offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsrecon.errors import InputError
from newsrecon.ingest import (
    MAX_PARAGRAPH,
    BadArticle,
    InputFile,
    discover,
    read_article,
    read_articles,
    split_paragraphs,
)
from newsrecon.models import Article, Skipped

from .conftest import SEEDS


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_seed_header_and_paragraph_offsets() -> None:
    """A seed's date comes from its header; each paragraph's text sits at its offset."""
    files = discover([SEEDS])
    assert [f.article_id for f in files][:2] == ["000_5f0771f88eb3fbfa", "001_75e902187e2bb9be"]
    article = read_article(files[0])
    assert article.date == dt.date(2025, 2, 3)
    assert article.paragraphs[0].text.startswith("Israeli Prime Minister Benjamin Netanyahu")
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.start + len(paragraph.text)] == (
            paragraph.text
        )


@pytest.mark.parametrize(
    ("header", "date"),
    [
        (
            '---\ntitle: "Toll rises"\ndate: 2025-02-04T09:30:00Z\nsource: Reuters\n---\n',
            "2025-02-04",
        ),
        ("---\nTitle: Toll rises\nPublished: February 4, 2025\n---\n\n", "2025-02-04"),
        ("---\ntitle: ' Toll rises '\ndate: '2025-02-04'\n---\n", "2025-02-04"),
        ("Title: Toll rises\nDate: Tuesday, 4 February 2025, 10:32 GMT\nURL: x\n\n", "2025-02-04"),
        ("Headline: Toll rises\nDate: Tue, 04 Feb 2025 10:00:00 +0000\n\n", "2025-02-04"),
    ],
)
def test_field_headers_give_date_and_headline(tmp_path: Path, header: str, date: str) -> None:
    """Front matter and a scraper's 'Key: value' lines: the date field dates the article, the
    title is its headline, and every paragraph sits at its offset in the file."""
    path = write(tmp_path, "a.txt", header + "The ministry said 47,518 people were killed.\n")
    article = read_article(InputFile(path, str(path), "a"))
    assert article.date == dt.date.fromisoformat(date)
    assert [p.text for p in article.paragraphs] == [
        "Toll rises",
        "The ministry said 47,518 people were killed.",
    ]
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.start + len(paragraph.text)] == (
            paragraph.text
        )


def test_nested_folders_give_relative_ids(tmp_path: Path) -> None:
    """Ids are paths relative to the folder given, without extension, '/'-separated."""
    write(tmp_path, "event1/a.txt", "date 2025-01-01 Text.")
    write(tmp_path, "event2/a.txt", "date 2025-01-02 Text.")
    write(tmp_path, "notes.md", "date 2025-01-02 not an article")
    assert [f.article_id for f in discover([tmp_path])] == ["event1/a", "event2/a"]


def test_same_stem_from_two_arguments_stays_unique(tmp_path: Path) -> None:
    """Two files named alike, given directly, still get different ids."""
    one = write(tmp_path, "x/a.txt", "date 2025-01-01 One.")
    two = write(tmp_path, "y/a.txt", "date 2025-01-01 Two.")
    ids = [f.article_id for f in discover([one, two])]
    assert len(set(ids)) == 2


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    """A path that does not exist stops the run with its name in the message."""
    with pytest.raises(InputError, match="no such file"):
        discover([tmp_path / "nope"])


def test_folder_without_articles_is_an_input_error(tmp_path: Path) -> None:
    """A folder with no *.txt files stops the run."""
    write(tmp_path, "readme.md", "hello")
    with pytest.raises(InputError, match="no article files"):
        discover([tmp_path])


BAD_FILES: list[tuple[bytes, str]] = [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"Just an article without header.\n", "no 'date YYYY-MM-DD' header"),
    (b"Breaking: quake kills 10\n\nText.\n", "no 'date YYYY-MM-DD' header"),
    (b"Title: Quake\nDate: yesterday\n\nText.\n", "header date 'yesterday' is not a full date"),
    (b"Date: March 2025\n\nText.\n", "not a full date"),
    (b"---\ntitle: Quake\n---\nText.\n", "no date field (date, published"),
    (b"---\ndate: 2025-02-30\n---\nText.\n", "not a real date"),
    (b"date 2025-02-30 Headline\n", "not a real date"),
    (b"date 3 Feb 2025 Headline\n", "not in the form YYYY-MM-DD"),
    (b"date 2025-02-03T1000 Headline\n", "not in the form YYYY-MM-DD"),
    (b"\xff\xfed\x00a\x00t", "not UTF-16 text despite its byte order mark"),
    ("\ufeffdate 2025-02-03 x\x00y\n".encode("utf-16-le"), "binary file (contains NUL characters)"),
    (b"date 2025-02-03 caf\xe9 au lait\n", "not UTF-8"),
    (b"date 2025-02-03 \x00\x01\x02binary", "binary file"),
    (b"date 2025-02-03   \n\n  \n", "no article text"),
]


@pytest.mark.parametrize(("data", "reason"), BAD_FILES)
def test_bad_file_becomes_skipped_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    """Each bad file is reported with a reason a person can act on; nothing raises."""
    path = write(tmp_path, "bad.txt", data)
    (item,) = read_articles([InputFile(path, str(path), "bad")])
    assert isinstance(item, Skipped)
    assert reason in item.reason
    assert item.path == str(path)


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An OS error while reading names the file and the error."""
    path = write(tmp_path, "locked.txt", "date 2025-01-01 Text.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (item,) = read_articles([InputFile(path, str(path), "locked")])
    assert isinstance(item, Skipped)
    assert item.reason == "cannot read: Permission denied"


def test_bom_and_crlf_offsets_match_python_reading(tmp_path: Path) -> None:
    """Offsets index the text as open(..., encoding='utf-8').read() returns it: CRLF read as
    LF, the BOM kept."""
    path = write(
        tmp_path, "a.txt", "\ufeffdate 2025-02-03 Head line\r\n\r\nSecond para.\r\n".encode()
    )
    article = read_article(InputFile(path, str(path), "a"))
    as_python_reads_it = path.read_text(encoding="utf-8")
    assert article.text == as_python_reads_it
    assert [p.text for p in article.paragraphs] == ["Head line", "Second para."]
    for paragraph in article.paragraphs:
        assert as_python_reads_it.startswith(paragraph.text, paragraph.start)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_its_bom_is_read(tmp_path: Path, encoding: str) -> None:
    """Text saved as UTF-16 with a byte order mark (Notepad's "Unicode") is an article, not a
    binary file; offsets index the text as open(..., encoding='utf-16').read() returns it."""
    text = "date 2025-02-03 Head line\r\n\r\nAt least 47,518 people were killed.\r\n"
    data = text.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes its own BOM; these need one added
        data = "\ufeff".encode(encoding) + data
    path = write(tmp_path, "a.txt", data)
    article = read_article(InputFile(path, str(path), "a"))
    assert article.date == dt.date(2025, 2, 3)
    assert article.text == path.read_text(encoding="utf-16")
    assert [p.text for p in article.paragraphs] == [
        "Head line",
        "At least 47,518 people were killed.",
    ]


def test_first_line_date_with_a_time_is_its_day(tmp_path: Path) -> None:
    """ "date 2025-02-03T23:30:00-05:00 Headline" (a CMS's timestamp) dates the article by the
    day written, the headline following it."""
    path = write(tmp_path, "a.txt", "date 2025-02-03T23:30:00-05:00 Head line\n\nText 5.\n")
    article = read_article(InputFile(path, str(path), "a"))
    assert article.date == dt.date(2025, 2, 3)
    assert [p.text for p in article.paragraphs] == ["Head line", "Text 5."]


@pytest.mark.parametrize("filler", ["word. " * 9000, "x" * 70_000, "a b " * 20_000])
def test_long_blocks_are_cut_at_offsets(filler: str) -> None:
    """A block longer than MAX_PARAGRAPH becomes several paragraphs, each at its offset."""
    text = "date 2025-01-01 " + filler
    paragraphs = split_paragraphs(text, len("date 2025-01-01 "))
    assert len(paragraphs) > 1
    assert all(0 < len(p.text) <= MAX_PARAGRAPH for p in paragraphs)
    for paragraph in paragraphs:
        assert text.startswith(paragraph.text, paragraph.start)


def test_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    """One broken file among good ones: the good ones are read, the broken one skipped."""
    write(tmp_path, "a.txt", "date 2025-01-01 Fine.")
    write(tmp_path, "b.txt", "no header")
    write(tmp_path, "c.txt", "date 2025-01-03 Fine too.")
    items = list(read_articles(discover([tmp_path])))
    assert [type(i) for i in items] == [Article, Skipped, Article]


HEADERS = st.one_of(
    st.just("date 2025-02-03 "),
    st.builds(
        "date {}-{:02d}-{:02d} ".format,
        st.integers(0, 9999),
        st.integers(0, 99),
        st.integers(0, 99),
    ),
    st.text(max_size=30).map(lambda s: f"date {s} "),
    st.just(""),
)
GENERATED_FILES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda s: s.encode("utf-8")),
    st.tuples(HEADERS, st.text(max_size=200)).map(lambda p: (p[0] + p[1]).encode("utf-8")),
    st.tuples(HEADERS, st.integers(1, 200_000)).map(
        lambda p: (p[0] + "x" * p[1]).encode("utf-8")  # one huge line
    ),
    st.just(b""),
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=80)
@given(GENERATED_FILES)
def test_generated_files_never_crash(tmp_path: Path, data: bytes) -> None:
    """Random bytes or text: an Article or a Skipped with a reason, never an exception."""
    path = write(tmp_path, "random.txt", data)
    (item,) = read_articles([InputFile(path, str(path), "random")])
    assert isinstance(item, (Article, Skipped))
    if isinstance(item, Skipped):
        assert item.reason


def test_read_article_raises_bad_article_for_scripts(tmp_path: Path) -> None:
    """Library callers get a typed exception with the reason."""
    path = write(tmp_path, "bad.txt", "nothing")
    with pytest.raises(BadArticle):
        read_article(InputFile(path, str(path), "bad"))


def test_a_block_written_a_line_each_is_a_paragraph_a_line() -> None:
    """A page copied as text puts its headline, stamps and first sentence on lines of their
    own with no blank line between: each line is a paragraph, so "Published 21 July 2024"
    does not run into the sentence after it; prose wrapped by hand stays one block."""
    lines = (
        "China floods: death toll rises to 15\n"
        "Published 21 July 2024, 09:12 BST\n"
        "The death toll from flash floods in Sichuan has risen to 15, CCTV said."
    )
    text = "date 2024-07-21 " + lines
    paragraphs = split_paragraphs(text, len("date 2024-07-21 "))
    assert [p.text for p in paragraphs] == lines.split("\n")
    for paragraph in paragraphs:
        assert text.startswith(paragraph.text, paragraph.start)
    wrapped = (
        "The death toll from the flash floods that struck the province of Sichuan on\n"
        "Friday has risen to 15, the Chinese state broadcaster CCTV said on Sunday, with\n"
        "24 people still missing."
    )
    (whole,) = split_paragraphs("date 2024-07-21 " + wrapped, len("date 2024-07-21 "))
    assert whole.text == wrapped


def test_cells_set_out_with_bars_are_paragraphs_of_their_own() -> None:
    """ "Killed: 47,518 | Wounded: 111,612 | Missing: 11,000+": a fact box's cells, each its own
    paragraph at its own offset (read as one sentence, the 47,518 were wounded); a bar inside
    a word is no cell's edge."""
    box = "Killed: 47,518 | Wounded: 111,612 | Missing: 11,000+"
    text = "date 2025-02-04 " + box
    paragraphs = split_paragraphs(text, len("date 2025-02-04 "))
    assert [p.text for p in paragraphs] == [
        "Killed: 47,518",
        "Wounded: 111,612",
        "Missing: 11,000+",
    ]
    for paragraph in paragraphs:
        assert text.startswith(paragraph.text, paragraph.start)
    (whole,) = split_paragraphs("date 2025-02-04 a|b", len("date 2025-02-04 "))
    assert whole.text == "a|b"
