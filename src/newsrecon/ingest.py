"""Files -> Articles: find the input files, check their header, split them into paragraphs.

No spaCy here. A file that cannot be used becomes a `Skipped` with a reason a person can act
on; only a path that does not exist, or paths that hold no articles at all, stop the run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

from newsrecon.dates import resolve_date
from newsrecon.errors import InputError
from newsrecon.models import Article, Paragraph, Skipped

ARTICLE_SUFFIX = ".txt"
MAX_PARAGRAPH = 20_000
_HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(?P<date>\S+)")
# a day, or a CMS's timestamp whose day is taken as written: "2025-02-03T10:00:00Z"
_ISO_DATE = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\Z"
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# a run of lines holding something other than white space: blank lines end a paragraph
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


class BadArticle(Exception):
    """A file that is not a usable article; the message is the reason."""


@dataclass(frozen=True)
class InputFile:
    """A file to read and the id it gets in the report."""

    path: Path
    display: str
    article_id: str


def discover(paths: Sequence[Path]) -> list[InputFile]:
    """Every article file under `paths`, in a stable order, each with a unique id.

    Folders are searched recursively for `*.txt`; a file named directly is taken whatever its
    extension. Raises InputError for a path that does not exist or when nothing is found.
    """
    found: list[InputFile] = []
    seen: set[Path] = set()
    for given in paths:
        if not given.exists():
            raise InputError(f"{given}: no such file or folder")
        if given.is_dir():
            files = sorted(p for p in given.rglob(f"*{ARTICLE_SUFFIX}") if p.is_file())
            pairs = [(f, f.relative_to(given).with_suffix("").as_posix()) for f in files]
        else:
            pairs = [(given, given.stem)]
        for file, article_id in pairs:
            resolved = file.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            found.append(InputFile(file, str(file), article_id))
    if not found:
        names = ", ".join(str(p) for p in paths)
        raise InputError(f"{names}: no article files (*{ARTICLE_SUFFIX}) found")
    return _unique_ids(found)


def _unique_ids(files: list[InputFile]) -> list[InputFile]:
    """Two folders may both hold `a.txt`: such ids fall back to the path as given."""
    counts: dict[str, int] = {}
    for f in files:
        counts[f.article_id] = counts.get(f.article_id, 0) + 1
    return [
        f
        if counts[f.article_id] == 1
        else InputFile(f.path, f.display, Path(f.display).with_suffix("").as_posix())
        for f in files
    ]


def decode(raw: bytes) -> str:
    """The text of a file (UTF-8, or UTF-16 with its byte order mark) with universal newlines,
    or BadArticle saying why it is not text."""
    if not raw.strip():
        raise BadArticle("empty file")
    # offsets index the text as Python's open(path, encoding=...).read() gives it, the way
    # scripts (and the shared scorer) read a file: universal newlines, a UTF-8 BOM kept as
    # U+FEFF, a UTF-16 one left out
    text = _utf16(raw) if raw.startswith(_UTF16_BOMS) else _utf8(raw)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16(raw: bytes) -> str:
    """Windows tools save "Unicode" text this way: its BOM says so, its NUL bytes are no binary."""
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError as error:
        raise BadArticle(f"not UTF-16 text despite its byte order mark ({error.reason})") from None
    if "\x00" in text:
        raise BadArticle("binary file (contains NUL characters), not text")
    return text


def _utf8(raw: bytes) -> str:
    if b"\x00" in raw:
        raise BadArticle("binary file (contains NUL bytes), not UTF-8 text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadArticle(
            f"not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from None


@dataclass(frozen=True)
class Header:
    """What an article's header gives: its date, where the article text begins, and where its
    title is when a field of the header holds it (it is read as the headline)."""

    date: dt.date
    body_start: int
    title: Paragraph | None = None


NO_HEADER = (
    "no 'date YYYY-MM-DD' header on the first line, nor front matter or 'Key: value' lines"
    " holding a 'Date:'"
)


def parse_header(text: str) -> Header:
    """The article's date and where its text begins, from one of three headers: a first line
    `date YYYY-MM-DD Headline`; front matter (`---`, `key: value` lines, `---`); or `Key:
    value` lines up to the first blank line (a scraper's or a mail's header). The two field
    headers need a date field (`date`, `published`...) and take the title field as headline."""
    match = _HEADER.match(text)
    if match is not None:
        stamp = match.group("date")
        day = _ISO_DATE.match(stamp)
        if day is None:
            raise BadArticle(f"header date {stamp!r} is not in the form YYYY-MM-DD")
        return Header(_real_date(day.group(1)), match.end())
    block = _FRONT_MATTER.match(text) or _FIELD_BLOCK.match(text)
    if block is None:
        raise BadArticle(NO_HEADER)
    fields = {
        " ".join(field["key"].lower().split()): field
        for field in _FIELD.finditer(text, block.start("fields"), block.end("fields"))
    }
    dated = next((fields[key] for key in DATE_FIELDS if key in fields), None)
    if dated is None:
        if block.re is _FIELD_BLOCK:
            raise BadArticle(NO_HEADER)
        raise BadArticle(f"no date field ({', '.join(DATE_FIELDS)}) in the front matter")
    titled = next((fields[key] for key in TITLE_FIELDS if key in fields), None)
    title = _unquoted(titled) if titled is not None else None
    date = _header_date(_unquoted(dated).text)
    return Header(date, block.end(), title if title is not None and title.text else None)


def _unquoted(field: re.Match[str]) -> Paragraph:
    """A field's value without YAML's quotes ('title: "Toll rises"'), at its offset."""
    value = field["value"]
    quoted = len(value) - len(value.lstrip("'\" \t"))
    return Paragraph(start=field.start("value") + quoted, text=value.strip("'\" \t"))


# field names that give the article's date, in the order they are looked for; and its title
DATE_FIELDS = ("date", "published", "publication date", "published at", "pubdate", "dateline")
TITLE_FIELDS = ("title", "headline")
_FIELD = re.compile(
    r"^[ \t]*(?P<key>[A-Za-z][\w \-]{0,40}?)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M
)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<fields>(?:[^\n]*\n)*?)---[ \t]*(?:\n|\Z)")
# "Key: value" lines from the first, up to a blank line or the end
_FIELD_LINE = r"[ \t]*[A-Za-z][\w \-]{0,40}?[ \t]*:[^\n]*"
_FIELD_BLOCK = re.compile(rf"\A\ufeff?(?P<fields>{_FIELD_LINE}(?:\n{_FIELD_LINE})*)(?:\n|\Z)")
_ISO_PREFIX = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]|\Z)")
_WEEKDAY_PREFIX = re.compile(r"\A(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_TIME_SUFFIX = re.compile(r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b.*)\Z", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")


def _real_date(stamp: str) -> dt.date:
    try:
        return dt.date.fromisoformat(stamp)
    except ValueError:
        raise BadArticle(f"header date {stamp} is not a real date") from None


def _header_date(value: str) -> dt.date:
    """A header's date written any common way: "2025-02-03T10:00:00Z", "February 3, 2025",
    "Mon, 03 Feb 2025 10:00:00 +0000"; a day, month and year, or BadArticle."""
    iso = _ISO_PREFIX.match(value)
    if iso is not None:
        return _real_date(iso.group(1))
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    words = _TIME_SUFFIX.sub("", _WEEKDAY_PREFIX.sub("", value)).strip()
    resolved = resolve_date(words, dt.date(2000, 1, 1)) if _YEAR.search(words) else None
    if resolved is None or resolved.precision != "day":
        raise BadArticle(f"header date {value!r} is not a full date (day, month and year)")
    return dt.date.fromisoformat(str(resolved.value))


def split_paragraphs(text: str, start: int) -> list[Paragraph]:
    """Blank-line separated blocks of `text[start:]`, each with its offset in `text`.

    A block longer than MAX_PARAGRAPH characters (a file with no blank lines, a runaway line)
    is cut after a sentence end or a space, so that no spaCy Doc grows past its limits.
    """
    out: list[Paragraph] = []
    for m in _PARAGRAPH.finditer(text, start):
        leading = len(m.group()) - len(m.group().lstrip())
        body = m.group().strip()
        if body:
            for line in _own_lines(Paragraph(start=m.start() + leading, text=body)):
                for cell in _own_cells(line):
                    out.extend(_cut_long(cell))
    return out


# a line of prose wrapped by hand: this long, and ending in no stop
_WRAPPED_LINE = 50
_LINE_STOPS = tuple(".!?:;\"'”’)]")


def _own_lines(paragraph: Paragraph) -> list[Paragraph]:
    """The lines of a block written a line each (a headline over its first sentence, "Published
    21 July 2024, 09:12 BST", "5 min read", a photo caption: a page copied as text), each its
    own paragraph, so that none runs into the next sentence; a block wrapped by hand (most
    lines long and ending in no stop) stays whole."""
    lines = paragraph.text.split("\n")
    if len(lines) == 1:
        return [paragraph]
    wrapped = [
        line
        for line in lines[:-1]
        if len(line) > _WRAPPED_LINE and not line.rstrip().endswith(_LINE_STOPS)
    ]
    if 2 * len(wrapped) > len(lines) - 1:
        return [paragraph]
    out: list[Paragraph] = []
    offset = paragraph.start
    for line in lines:
        body = line.strip()
        if body:
            out.append(Paragraph(start=offset + len(line) - len(line.lstrip()), text=body))
        offset += len(line) + 1
    return out


_CELL_BAR = re.compile(r"\s+\|\s+")


def _own_cells(paragraph: Paragraph) -> list[Paragraph]:
    """The cells of a line set out with bars ("Killed: 47,518 | Wounded: 111,612 | Missing:
    11,000+", "Gaza toll passes 47,500 | Reuters"), each its own paragraph: prose has no bars,
    and read as one sentence the cells' figures took each other's words (the 47,518 were
    wounded)."""
    out: list[Paragraph] = []
    begin = 0
    for bar in [*_CELL_BAR.finditer(paragraph.text), None]:
        end = len(paragraph.text) if bar is None else bar.start()
        if end > begin:
            out.append(Paragraph(start=paragraph.start + begin, text=paragraph.text[begin:end]))
        if bar is not None:
            begin = bar.end()
    return out


def _cut_long(paragraph: Paragraph) -> Iterator[Paragraph]:
    start, text = paragraph.start, paragraph.text
    while len(text) > MAX_PARAGRAPH:
        window = text[:MAX_PARAGRAPH]
        cut = max(window.rfind(". "), window.rfind("\n"))
        if cut < MAX_PARAGRAPH // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else MAX_PARAGRAPH
        head, rest = text[:cut], text[cut:]
        if head.strip():
            leading = len(head) - len(head.lstrip())
            yield Paragraph(start=start + leading, text=head.strip())
        skipped = len(rest) - len(rest.lstrip())
        start, text = start + cut + skipped, rest.lstrip()
    if text:
        yield Paragraph(start=start, text=text.rstrip())


def read_article(file: InputFile) -> Article:
    """One file as an Article; BadArticle when it cannot be one."""
    try:
        raw = file.path.read_bytes()
    except OSError as error:
        raise BadArticle(f"cannot read: {error.strerror or error}") from None
    text = decode(raw)
    header = parse_header(text)
    paragraphs = split_paragraphs(text, header.body_start)
    if not paragraphs:
        raise BadArticle("no article text after the date header")
    if header.title is not None:
        paragraphs = [header.title, *paragraphs]
    return Article(
        id=file.article_id, path=file.display, date=header.date, text=text, paragraphs=paragraphs
    )


def read_articles(files: Iterable[InputFile]) -> Iterator[Article | Skipped]:
    """Each file as an Article, or as Skipped with its reason; never raises for one bad file."""
    for file in files:
        try:
            yield read_article(file)
        except BadArticle as error:
            yield Skipped(path=file.display, reason=str(error))
