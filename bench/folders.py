"""Grouping and verdicts on hand-grouped event folders of ../shared/corpus.

    .venv/bin/python bench/folders.py        # also part of `make bench`

For each bench/gold/<folder>.jsonl, ingests ../shared/corpus/<folder> on its own (as a user
would) and grades the JSON with ../shared/tools/score.py --no-precision: pairwise grouping F1
and multi-article verdicts. See bench/gold/README.md for what the gold is and is not.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "bench" / "gold"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class FolderScore:
    folder: str
    group_f1: float
    verdicts: float
    verdicts_right: str


def score_folder(gold: Path) -> FolderScore:
    """Run newsrecon on the gold file's folder and grade it."""
    corpus = SHARED / "corpus" / gold.stem
    ingest = subprocess.run(
        [str(BIN / "newsrecon"), "ingest", str(corpus), "--json", "-q"],
        check=True,
        capture_output=True,
        text=True,
    )
    graded = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            *("--gold", str(gold), "--corpus", str(corpus), "--no-precision", "-"),
        ],
        input=ingest.stdout,
        capture_output=True,
        text=True,
        check=False,
    )
    f1 = re.search(r"grouping pairwise .* F1 ([\d.]+)", graded.stdout)
    verdicts = re.search(r"verdicts ([\d.]+) \((\d+/\d+)", graded.stdout)
    if f1 is None or verdicts is None:
        raise SystemExit(f"bench: could not read the score of {gold.name}:\n{graded.stdout}")
    return FolderScore(gold.stem, float(f1[1]), float(verdicts[1]), verdicts[2])


def score_all() -> list[FolderScore]:
    return [score_folder(gold) for gold in sorted(GOLD.glob("*.jsonl"))]


def main() -> None:
    if not (SHARED / "corpus").is_dir():
        raise SystemExit(f"bench: {SHARED / 'corpus'} not found")
    for s in score_all():
        print(
            f"{s.folder}: grouping F1 {s.group_f1:.3f}, verdicts {s.verdicts:.3f} "
            f"({s.verdicts_right})"
        )


if __name__ == "__main__":
    main()
