"""run(paths) -> Report: the stages composed, nothing printed.

Articles are read, analysed and released one at a time (or a few at a time per worker process),
so memory follows the number of claims, not the size of the text. spaCy sees one paragraph per
Doc: whole articles as one Doc cost a lot of memory and split sentences worse.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from newsrecon.extract import extract_claims, profile_article, sums_in_story_currency
from newsrecon.ingest import InputFile, discover, read_articles
from newsrecon.models import Article, ArticleEntry, ArticleProfile, Claim, Report, Skipped
from newsrecon.nlp import analyse, is_installed, load_pipeline, model_name
from newsrecon.reconcile import reconcile
from newsrecon.stories import StoryMode, cluster_stories, stories_from_folders

Progress = Callable[[int, int, str], None]
# More files than this and the default is one worker per core: below it, starting processes
# and loading the model in each costs more than it saves.
PARALLEL_FROM_FILES = 8
FILES_PER_TASK = 4


@dataclass(frozen=True)
class Processed:
    """One input file after the spaCy stages: the article (or why it was skipped) and what
    was extracted from it."""

    item: Article | Skipped
    claims: list[Claim]
    profile: ArticleProfile | None


def default_workers(n_files: int) -> int:
    """One per core for more than a handful of files, else one."""
    return (os.cpu_count() or 1) if n_files > PARALLEL_FROM_FILES else 1


def run(
    paths: Sequence[Path | str],
    *,
    model: str | None = None,
    stories: StoryMode = "cluster",
    workers: int | None = None,
    progress: Progress | None = None,
) -> Report:
    """Ingest `paths` (files or folders) and reconcile their claims, story by story.

    `stories`: "cluster" groups articles into stories by what they are about; "folders" takes
    each folder as one story. `workers`: processes analysing articles, and reconciling claims
    when there are very many (default: one per core for more than a handful of files).
    Raises InputError when the paths hold no articles and ModelNotFoundError when the spaCy
    pipeline is missing; a bad file is reported in `Report.skipped`, not raised.
    """
    files = discover([Path(p) for p in paths])
    name = model_name(model)
    n_workers = max(1, workers if workers is not None else default_workers(len(files)))
    articles: list[ArticleEntry] = []
    profiles: list[ArticleProfile] = []
    skipped: list[Skipped] = []
    claims: list[Claim] = []
    for done, processed in enumerate(_process_all(files, name, n_workers), 1):
        if isinstance(processed.item, Skipped):
            skipped.append(processed.item)
        else:
            article = processed.item
            articles.append(ArticleEntry(id=article.id, path=article.path, date=article.date))
            claims.extend(processed.claims)
            if processed.profile is not None:
                profiles.append(processed.profile)
        if progress is not None:
            progress(done, len(files), processed.item.path)
    if stories == "folders":
        story_of = stories_from_folders([a.id for a in articles])
    else:
        story_of = cluster_stories(profiles)
    articles = [a.model_copy(update={"story": story_of[a.id]}) for a in articles]
    claims = [c.model_copy(update={"story": story_of[c.article]}) for c in claims]
    claims = sums_in_story_currency(claims)
    groups = reconcile(claims, workers=n_workers)
    return Report(articles=articles, claims=claims, groups=groups, skipped=skipped)


def _process_all(files: list[InputFile], name: str, workers: int) -> Iterator[Processed]:
    if workers == 1 or len(files) <= 1:
        yield from iter_processed(files, name)
        return
    if not is_installed(name) and not os.path.isdir(name):
        load_pipeline(name)  # raises ModelNotFoundError here, not in a worker
    tasks = [files[i : i + FILES_PER_TASK] for i in range(0, len(files), FILES_PER_TASK)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for results in pool.map(process_files, tasks, [name] * len(tasks)):
            yield from results


def iter_processed(files: Sequence[InputFile], name: str) -> Iterator[Processed]:
    """Read and analyse files one at a time in this process."""
    nlp = load_pipeline(name)
    for item in read_articles(files):
        if isinstance(item, Skipped):
            yield Processed(item, [], None)
            continue
        analysis = analyse(nlp, item.paragraphs)
        claims = extract_claims(item, analysis.segments)
        profile = profile_article(item, analysis.paragraphs, analysis.lead, claims)
        yield Processed(item, claims, profile)


def process_files(files: Sequence[InputFile], name: str) -> list[Processed]:
    """The task a worker process runs: a few files, analysed, sent back whole."""
    return list(iter_processed(files, name))
