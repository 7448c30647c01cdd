"""run(paths) -> Report: the stages composed, nothing printed.

Articles are read and processed one at a time, so memory follows the number of claims, not
the size of the text; spaCy sees one paragraph per Doc (whole articles as one Doc cost a lot
of memory and split sentences worse).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from newsrecon.extract import extract_claims, profile_article
from newsrecon.ingest import discover, read_articles
from newsrecon.models import Article, ArticleProfile, Claim, Report, Skipped
from newsrecon.nlp import load_pipeline, model_name
from newsrecon.reconcile import reconcile
from newsrecon.stories import StoryMode, cluster_stories, stories_from_folders

Progress = Callable[[int, int, str], None]


def run(
    paths: Sequence[Path | str],
    *,
    model: str | None = None,
    stories: StoryMode = "cluster",
    progress: Progress | None = None,
) -> Report:
    """Ingest `paths` (files or folders) and reconcile their claims, story by story.

    `stories`: "cluster" groups articles into stories by what they are about; "folders" takes
    each folder as one story. Raises InputError when the paths hold no articles and
    ModelNotFoundError when the spaCy pipeline is missing; a bad file is reported in
    `Report.skipped`, not raised.
    """
    files = discover([Path(p) for p in paths])
    nlp = load_pipeline(model_name(model))
    articles: list[Article] = []
    profiles: list[ArticleProfile] = []
    skipped: list[Skipped] = []
    claims: list[Claim] = []
    for done, item in enumerate(read_articles(files), 1):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            articles.append(item)
            docs = list(nlp.pipe(p.text for p in item.paragraphs))
            claims.extend(extract_claims(item, docs))
            profiles.append(profile_article(item, docs))
        if progress is not None:
            progress(done, len(files), item.path)
    if stories == "folders":
        story_of = stories_from_folders([a.id for a in articles])
    else:
        story_of = cluster_stories(profiles)
    articles = [a.model_copy(update={"story": story_of[a.id]}) for a in articles]
    claims = [c.model_copy(update={"story": story_of[c.article]}) for c in claims]
    return Report(articles=articles, claims=claims, groups=reconcile(claims), skipped=skipped)
