"""Average-link agglomerative clustering over scored pairs: shared by stories and claims.

Pairs are merged best first while the average similarity between the two clusters (pairs
never scored count as 0) reaches the threshold. The sum of similarities between clusters is
kept up to date as they merge, so a merge costs the number of neighbours of the smaller
cluster, not the product of the two sizes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Protocol

Pair = tuple[int, int]


class MergeRules(Protocol):
    """What a caller keeps per cluster to veto merges (cannot-link rules)."""

    def may_merge(self, a: int, b: int) -> bool: ...

    def merged(self, kept: int, absorbed: int) -> None: ...


def cluster_scored(
    pairs: Iterable[Pair],
    score: Callable[[int, int], float],
    n: int,
    threshold: float,
    rules: MergeRules,
    alike: Callable[[int, int, float, float], bool] | None = None,
    alike_from: float | None = None,
) -> list[list[int]]:
    """Score the candidate pairs, keep those above 0, and cluster them under `rules`."""
    sims = {}
    for i, j in pairs:
        value = score(i, j)
        if value > 0:
            sims[(i, j)] = value
    return average_link(
        sims,
        n,
        threshold,
        may_merge=rules.may_merge,
        merged=rules.merged,
        alike=alike,
        alike_from=alike_from,
    )


def average_link(
    sims: dict[Pair, float],
    n: int,
    threshold: float,
    *,
    may_merge: Callable[[int, int], bool] | None = None,
    merged: Callable[[int, int], None] | None = None,
    alike: Callable[[int, int, float, float], bool] | None = None,
    alike_from: float | None = None,
) -> list[list[int]]:
    """Clusters of the items 0..n-1, each a sorted list of items.

    `may_merge(a, b)` can veto merging the clusters whose representatives are a and b;
    `merged(kept, absorbed)` is told of each merge. When `alike(i, j, similarity, average)`
    is given, a second pass joins the clusters of any scored pair it accepts, whatever the
    threshold (it sees pairs below it too, down to `alike_from` when given; `average` is the
    two clusters' average similarity at that point, for a rule that wants some of it). The
    result does not depend on the order of `sims`: pairs are taken by falling similarity,
    ties by their item numbers.
    """
    owner = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in sims.items():
        links[i][j] = links[i].get(j, 0.0) + value
        links[j][i] = links[j].get(i, 0.0) + value

    def merge(a: int, b: int) -> None:
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for item in members[b]:
            owner[item] = a
        members[a].extend(members.pop(b))
        for other, weight in links.pop(b).items():
            if other == a:
                continue
            del links[other][b]
            links[a][other] = links[a].get(other, 0.0) + weight
            links[other][a] = links[a][other]
        links[a].pop(b, None)
        if merged is not None:
            merged(a, b)

    best_first = sorted(sims.items(), key=lambda kv: (-kv[1], kv[0]))
    # an average never exceeds the best pair it is made of
    ranked = [(pair, value) for pair, value in best_first if value >= threshold]
    for (i, j), _ in ranked:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if links[a].get(b, 0.0) / (len(members[a]) * len(members[b])) < threshold:
            continue
        if may_merge is None or may_merge(a, b):
            merge(a, b)
    if alike is not None:
        for (i, j), value in best_first:
            if alike_from is not None and value < alike_from:
                break
            a, b = owner[i], owner[j]
            if a == b:
                continue
            average = links[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
            if alike(i, j, value, average) and (may_merge is None or may_merge(a, b)):
                merge(a, b)
    return [sorted(group) for group in members.values()]
