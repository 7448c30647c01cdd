"""Grouping and verdicts on hand-grouped event folders of ../shared/corpus.

    .venv/bin/python bench/folders.py        # also part of `make bench`

For each bench/gold/<folder>.jsonl (counts, amounts, durations) and bench/gold-dates/<folder>.jsonl
(dates), ingests ../shared/corpus/<folder> on its own (as a user would) and grades the JSON
with ../shared/tools/score.py --no-precision: pairwise grouping F1 and multi-article verdicts.
See the README of each folder for what the gold is and is not.
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
DATE_GOLD = ROOT / "bench" / "gold-dates"
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


def score_all(gold_dir: Path = GOLD) -> list[FolderScore]:
    return [score_folder(gold) for gold in sorted(gold_dir.glob("*.jsonl"))]


def mean_f1(scores: list[FolderScore]) -> float:
    return sum(s.group_f1 for s in scores) / len(scores)


def verdicts_right(scores: list[FolderScore]) -> str:
    """ "655/770": right multi-article verdicts over all folders."""
    pairs = [tuple(int(n) for n in s.verdicts_right.split("/")) for s in scores]
    return f"{sum(p[0] for p in pairs)}/{sum(p[1] for p in pairs)}"


def main() -> None:
    if not (SHARED / "corpus").is_dir():
        raise SystemExit(f"bench: {SHARED / 'corpus'} not found")
    for what, gold_dir in (("figures", GOLD), ("dates", DATE_GOLD)):
        scores = score_all(gold_dir)
        for s in scores:
            print(
                f"{s.folder} ({what}): grouping F1 {s.group_f1:.3f}, verdicts {s.verdicts:.3f} "
                f"({s.verdicts_right})"
            )
        print(
            f"{what}: {len(scores)} folders, mean grouping F1 {mean_f1(scores):.3f}, "
            f"verdicts {verdicts_right(scores)}"
        )


if __name__ == "__main__":
    main()
