"""clustering.average_link: best pairs first, averages over clusters, vetoes respected."""

from __future__ import annotations

from newsrecon.clustering import average_link


def test_chain_is_cut_by_the_average() -> None:
    """0-1 and 1-2 are close but 0-2 never scored: {0,1} then 2 joins only if the average
    of 0.9 (1-2) and 0 (0-2) passes."""
    sims = {(0, 1): 0.9, (1, 2): 0.8}
    assert average_link(sims, 3, 0.5) == [[0, 1], [2]]
    assert average_link(sims, 3, 0.3) == [[0, 1, 2]]


def test_veto_keeps_clusters_apart() -> None:
    """may_merge can refuse a merge; the refused item stays alone."""
    sims = {(0, 1): 0.9, (0, 2): 0.8, (1, 2): 0.8}
    groups = average_link(sims, 3, 0.5, may_merge=lambda a, b: 2 not in (a, b))
    assert sorted(groups) == [[0, 1], [2]]


def test_result_does_not_depend_on_pair_order() -> None:
    """The same pairs given in another order give the same clusters."""
    sims = {(0, 1): 0.6, (2, 3): 0.6, (1, 2): 0.6, (0, 3): 0.1}
    reordered = dict(reversed(list(sims.items())))
    assert sorted(average_link(sims, 4, 0.3)) == sorted(average_link(reordered, 4, 0.3))


def test_alike_pairs_join_whatever_the_average() -> None:
    """A pair that `alike` accepts joins its clusters in a second pass, though the average
    between the clusters is below the threshold; other pairs do not."""
    sims = {(0, 1): 0.9, (1, 2): 0.6}
    assert average_link(sims, 3, 0.5) == [[0, 1], [2]]
    one_two = average_link(sims, 3, 0.5, alike=lambda i, j, value, average: {i, j} == {1, 2})
    assert one_two == [[0, 1, 2]]
    zero_two = average_link(sims, 3, 0.5, alike=lambda i, j, value, average: {i, j} == {0, 2})
    assert zero_two == [[0, 1], [2]]
    vetoed = average_link(
        sims, 3, 0.5, alike=lambda i, j, value, average: True, may_merge=lambda a, b: b != 2
    )
    assert sorted(vetoed) == [[0, 1], [2]]


def test_alike_sees_pairs_below_the_threshold() -> None:
    """`alike` is given each pair's similarity, below the threshold too, and decides."""
    sims = {(0, 1): 0.9, (1, 2): 0.3}
    assert average_link(sims, 3, 0.5) == [[0, 1], [2]]
    assert average_link(sims, 3, 0.5, alike=lambda i, j, value, average: value >= 0.25) == [
        [0, 1, 2]
    ]
    assert average_link(sims, 3, 0.5, alike=lambda i, j, value, average: value >= 0.35) == [
        [0, 1],
        [2],
    ]


def test_alike_is_told_the_two_clusters_average() -> None:
    """The second pass gives `alike` the average similarity of the pair's two clusters: 0 and
    1 joined first (0.9), then 2 is offered with 0.3 to 1 and nothing to 0: (0.3 + 0) / 2."""
    sims = {(0, 1): 0.9, (1, 2): 0.3}
    averages: list[float] = []

    def alike(i: int, j: int, value: float, average: float) -> bool:
        averages.append(average)
        return average >= 0.2

    assert average_link(sims, 3, 0.5, alike=alike) == [[0, 1], [2]]
    assert averages == [0.15]


def test_alike_from_stops_the_second_pass() -> None:
    """Pairs below `alike_from` are not offered to `alike` at all."""
    sims = {(0, 1): 0.9, (1, 2): 0.3}
    seen: list[float] = []

    def alike(i: int, j: int, value: float, average: float) -> bool:
        seen.append(value)
        return True

    assert average_link(sims, 3, 0.95, alike=alike, alike_from=0.4) == [[0, 1], [2]]
    assert seen == [0.9]
