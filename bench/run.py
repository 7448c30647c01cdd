"""newsrecon's benchmark: every figure measured in this one run, printed beside its goal.

    make bench                      # corpus x1 and x4
    .venv/bin/python bench/run.py --full   # also x16 (four times the x4 runs' time)

Measures, on ../shared/corpus (982 articles) and on copies of it under new ids:
bare spaCy (senter+ner over the same paragraphs) against `newsrecon ingest` end to end, with
1 and 2 workers; reconciliation alone on 62.5k to 1M claims made by copying the corpus's real
claims into new stories; peak RSS; `newsrecon --help` cold start; story clustering against the
event folders, over the whole corpus and over each folder ingested alone; grouping and verdicts
on the hand-grouped folders of bench/gold (bench/folders.py). Prints a table and, last, one
line of ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "src"))

from folders import DATE_GOLD, GOLD, mean_f1, score_all, verdicts_right  # noqa: E402

from newsrecon.ingest import discover, read_articles  # noqa: E402
from newsrecon.models import Article, ArticleEntry, Claim  # noqa: E402
from newsrecon.nlp import FAST_PIPES, load_pipeline, model_name  # noqa: E402
from newsrecon.pipeline import run  # noqa: E402
from newsrecon.reconcile import reconcile  # noqa: E402

RECONCILE_SIZES = [62_500, 125_000, 250_000, 500_000, 1_000_000]
# the size also reconciled in one process, for the gain of the worker processes
PARALLEL_CHECK_SIZE = 250_000


def replicate(times: int, into: Path) -> Path:
    """The corpus copied `times` times under new ids (rep0/..., rep1/...)."""
    for k in range(times):
        shutil.copytree(CORPUS, into / f"rep{k}", ignore=shutil.ignore_patterns("*.md", "*.csv"))
    return into


def paragraphs_of(folder: Path) -> tuple[list[str], int]:
    texts = []
    for item in read_articles(discover([folder])):
        if isinstance(item, Article):
            texts.extend(p.text for p in item.paragraphs)
    return texts, sum(len(t.split()) for t in texts)


def bare_spacy(texts: list[str], n_process: int) -> float:
    """Seconds for spaCy's own senter+ner over the paragraphs (the speed limit of the design)."""
    nlp = load_pipeline(model_name())
    disable = [p for p in nlp.pipe_names if p not in FAST_PIPES]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, disable=disable, n_process=n_process, batch_size=256):
        pass
    return time.perf_counter() - start


def timed_cli(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the newsrecon process) for one CLI run, output discarded."""
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        process = subprocess.Popen([str(BIN / "newsrecon"), *args], stdout=sink)
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"newsrecon {' '.join(args)} failed")
    return elapsed, usage.ru_maxrss / 1024


def help_cold_start() -> float:
    times = []
    for _ in range(7):
        start = time.perf_counter()
        subprocess.run([str(BIN / "newsrecon"), "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def synthetic_claims(claims: list[Claim], size: int) -> list[Claim]:
    """`size` claims: the corpus's claims again and again, each copy in stories of its own."""
    out: list[Claim] = []
    copy = 0
    while len(out) < size:
        for claim in claims[: size - len(out)]:
            out.append(
                claim.model_copy(
                    update={
                        "id": f"r{copy}/{claim.id}",
                        "article": f"r{copy}/{claim.article}",
                        "story": f"r{copy}:{claim.story}",
                    }
                )
            )
        copy += 1
    return out


def story_scores(articles: list[ArticleEntry]) -> tuple[float, float]:
    """(purity, adjusted Rand index) of the stories against the event folders."""
    gold = {a.id: a.id.split("/")[0] for a in articles}
    pred = {a.id: a.story or "" for a in articles}
    by_pred: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        by_pred[pred[a.id]].append(gold[a.id])
    purity = sum(Counter(v).most_common(1)[0][1] for v in by_pred.values()) / len(articles)

    def pairs(n: int) -> float:
        return n * (n - 1) / 2

    together = sum(pairs(n) for n in Counter((gold[a], pred[a]) for a in gold).values())
    gold_pairs = sum(pairs(n) for n in Counter(gold.values()).values())
    pred_pairs = sum(pairs(n) for n in Counter(pred.values()).values())
    expected = gold_pairs * pred_pairs / pairs(len(articles))
    ari = (together - expected) / ((gold_pairs + pred_pairs) / 2 - expected)
    return purity, ari


def folders_kept_whole() -> int:
    """How many event folders, each ingested alone, come out as a single story."""
    folders = sorted(p for p in CORPUS.iterdir() if p.is_dir())
    return sum(len({a.story for a in run([f], workers=1).articles}) == 1 for f in folders)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also measure the corpus x16")
    options = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"bench: {CORPUS} not found (the shared corpus sits beside the repo)")
    rows: list[tuple[str, str, str]] = []

    def row(what: str, value: str, goal: str = "") -> None:
        rows.append((what, value, goal))
        print(f"  {what}: {value}  {goal}", file=sys.stderr, flush=True)

    scales = [1, 4] + ([16] if options.full else [])
    ratios: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for scale in scales:
            folder = CORPUS if scale == 1 else replicate(scale, Path(tmp) / f"x{scale}")
            texts, words = paragraphs_of(folder)
            row(f"x{scale} text", f"{words:,} words in {len(texts):,} paragraphs")
            bare1 = words / bare_spacy(texts, 1)
            bare2 = words / bare_spacy(texts, 2)
            row(f"x{scale} bare spaCy senter+ner, 1 process", f"{bare1:,.0f} words/s")
            row(f"x{scale} bare spaCy senter+ner, n_process=2", f"{bare2:,.0f} words/s")
            seconds1, rss1 = timed_cli(["ingest", str(folder), "--json", "-q", "--workers", "1"])
            seconds2, rss2 = timed_cli(["ingest", str(folder), "--json", "-q", "--workers", "2"])
            e2e1, e2e2 = words / seconds1, words / seconds2
            row(f"x{scale} newsrecon ingest, 1 worker", f"{e2e1:,.0f} words/s ({seconds1:.1f} s)")
            row(f"x{scale} newsrecon ingest, 2 workers", f"{e2e2:,.0f} words/s ({seconds2:.1f} s)")
            row(
                f"x{scale} newsrecon / bare spaCy, 1 worker",
                f"{e2e1 / bare1:.2f}x",
                "goal >= 0.85x",
            )
            row(f"x{scale} newsrecon 2 workers / 1 worker", f"{e2e2 / e2e1:.2f}x", "goal >= 1.45x")
            row(f"x{scale} bare spaCy n_process=2 / 1", f"{bare2 / bare1:.2f}x")
            row(
                f"x{scale} peak RSS, 1 worker",
                f"{rss1:.0f} MB",
                "goal <= 400 MB" if scale == 1 else "",
            )
            row(f"x{scale} peak RSS of the main process, 2 workers", f"{rss2:.0f} MB")
            if scale == 1:
                ratios.update(e2e=e2e1 / bare1, workers=e2e2 / e2e1, rss=rss1)

    report = run([CORPUS], workers=2)
    purity, ari = story_scores(report.articles)
    row("stories vs event folders: purity", f"{purity:.3f}", "goal >= 0.95")
    row("stories vs event folders: adjusted Rand index", f"{ari:.3f}", "goal >= 0.95")
    n_folders = sum(1 for p in CORPUS.iterdir() if p.is_dir())
    row("event folders ingested alone that stay one story", f"{folders_kept_whole()}/{n_folders}")
    for what, gold_dir in (("hand-grouped", GOLD), ("dates hand-grouped", DATE_GOLD)):
        scores = score_all(gold_dir)
        for scored in scores:
            row(f"{scored.folder} ({what}): grouping F1", f"{scored.group_f1:.3f}")
            row(
                f"{scored.folder} ({what}): verdicts",
                f"{scored.verdicts:.3f} ({scored.verdicts_right})",
            )
        row(f"{len(scores)} folders ({what}): mean grouping F1", f"{mean_f1(scores):.3f}")
        row(f"{len(scores)} folders ({what}): verdicts right", verdicts_right(scores))
    times: dict[int, float] = {}
    processes = os.cpu_count() or 1
    for size in RECONCILE_SIZES:
        claims = synthetic_claims(report.claims, size)
        start = time.perf_counter()
        reconcile(claims, workers=processes)
        times[size] = time.perf_counter() - start
        row(
            f"reconcile {size:,} claims, {processes} processes",
            f"{times[size]:.1f} s",
            "goal <= 30 s" if size == 1_000_000 else "",
        )
        if size == PARALLEL_CHECK_SIZE:
            start = time.perf_counter()
            reconcile(claims, workers=1)
            alone = time.perf_counter() - start
            row(f"reconcile {size:,} claims, 1 process", f"{alone:.1f} s")
            row(f"reconcile {processes} processes / 1", f"{alone / times[size]:.2f}x")
        del claims
    growth = times[RECONCILE_SIZES[-1]] / times[RECONCILE_SIZES[0]]
    row("reconcile time 16x / 1x claims", f"{growth:.1f}", "goal <= 18")
    cold = help_cold_start()
    row("newsrecon --help cold start (median of 7)", f"{cold:.3f} s", "goal <= 0.15 s")

    print()
    print(
        f"newsrecon benchmark, {dt.date.today().isoformat()}, {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, model {model_name()}"
    )
    width = max(len(r[0]) for r in rows)
    for what, value, goal in rows:
        print(f"| {what:<{width}} | {value:>28} | {goal:<15} |")
    print(
        f"ratios: newsrecon/bare-spaCy {ratios['e2e']:.2f} (goal 0.85); "
        f"2 workers/1 {ratios['workers']:.2f} (goal 1.45); "
        f"reconcile 1M claims, {processes} processes {times[RECONCILE_SIZES[-1]]:.1f} s (goal 30); "
        f"reconcile 16x/1x {growth:.1f} (goal 18); peak RSS {ratios['rss']:.0f} MB (goal 400); "
        f"--help {cold:.3f} s (goal 0.15)"
    )


if __name__ == "__main__":
    main()
