"""Assigning evaluators to applicants: every applicant gets N evaluators, none in conflict, loads balanced.

Solved as a min-cost flow: source → applicant (capacity N) → evaluator (capacity 1 where there is no
conflict) → sink through unit edges whose cost grows with the evaluator's load (1, 2, 3, ...), so that the
cheapest full flow spreads the work as evenly as the conflicts allow. The orders of applicants and
evaluators are shuffled by the seed before solving, which makes the result deterministic for a seed and
different between seeds.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..messages import Message, joined, msg
from .failures import DomainError


class AssignmentImpossible(DomainError):
    """The assignment cannot be made; the message says why."""


@dataclass
class _Edge:
    to: int
    cap: int
    cost: int
    rev: int


class _Graph:
    def __init__(self, n: int) -> None:
        self.adj: list[list[_Edge]] = [[] for _ in range(n)]

    def add(self, u: int, v: int, cap: int, cost: int) -> _Edge:
        e = _Edge(v, cap, cost, len(self.adj[v]))
        self.adj[u].append(e)
        self.adj[v].append(_Edge(u, 0, -cost, len(self.adj[u]) - 1))
        return e

    def min_cost_flow(self, s: int, t: int, want: int) -> int:
        flow = 0
        n = len(self.adj)
        while flow < want:
            # Bellman-Ford (SPFA) shortest path; graphs here have a few hundred edges.
            dist = [None] * n  # type: list[int | None]
            prev: list[tuple[int, int] | None] = [None] * n
            dist[s] = 0
            queue = [s]
            in_queue = [False] * n
            in_queue[s] = True
            while queue:
                u = queue.pop(0)
                in_queue[u] = False
                du = dist[u]
                assert du is not None
                for i, e in enumerate(self.adj[u]):
                    if e.cap > 0:
                        nd = du + e.cost
                        dv = dist[e.to]
                        if dv is None or nd < dv:
                            dist[e.to] = nd
                            prev[e.to] = (u, i)
                            if not in_queue[e.to]:
                                queue.append(e.to)
                                in_queue[e.to] = True
            if dist[t] is None:
                break
            v = t
            while v != s:
                p = prev[v]
                assert p is not None
                u, i = p
                e = self.adj[u][i]
                e.cap -= 1
                self.adj[v][e.rev].cap += 1
                v = u
            flow += 1
        return flow


def assign(applicants: Sequence[str], evaluators: Sequence[str], conflicts: Collection[tuple[str, str]],
           per_applicant: int, seed: int = 0) -> dict[str, list[str]]:
    """``{applicant: [evaluator, ...]}`` with ``per_applicant`` evaluators each, conflict-free and balanced.

    ``conflicts`` holds ``(evaluator, applicant)`` pairs. Raises :class:`AssignmentImpossible` saying why.
    """
    if per_applicant < 1:
        raise AssignmentImpossible(msg("--per-applicant must be at least 1"))
    if not applicants:
        raise AssignmentImpossible(msg("the program has no applicants yet; import applicants first"))
    if len(evaluators) < per_applicant:
        raise AssignmentImpossible(msg("{asked} evaluators per applicant were asked for, but only {enrolled} are "
                                       "enrolled", asked=per_applicant, enrolled=len(evaluators)))
    blocked = set(conflicts)
    short: list[Message] = []
    for a in applicants:
        eligible = [e for e in evaluators if (e, a) not in blocked]
        if len(eligible) < per_applicant:
            short.append(msg("{applicant} ({count} without a conflict)", applicant=a, count=len(eligible)))
    if short:
        raise AssignmentImpossible(msg("not enough evaluators without a conflict for: {applicants}; {needed} needed",
                                       applicants=joined(short, ", "), needed=per_applicant))
    rng = random.Random(seed)
    apps = sorted(applicants)
    evs = sorted(evaluators)
    rng.shuffle(apps)
    rng.shuffle(evs)
    na, ne = len(apps), len(evs)
    source, sink = 0, 1 + na + ne
    g = _Graph(sink + 1)
    for i, _a in enumerate(apps):
        g.add(source, 1 + i, per_applicant, 0)
    pair_edges: dict[tuple[int, int], _Edge] = {}
    for i, a in enumerate(apps):
        for j, e in enumerate(evs):
            if (e, a) not in blocked:
                pair_edges[(i, j)] = g.add(1 + i, 1 + na + j, 1, 0)
    for j in range(ne):
        for k in range(na):  # the k-th applicant of an evaluator costs k + 1: convex, hence balanced
            g.add(1 + na + j, sink, 1, k + 1)
    want = na * per_applicant
    got = g.min_cost_flow(source, sink, want)
    if got < want:  # pragma: no cover - the eligibility check above makes this unreachable
        raise AssignmentImpossible(msg("no conflict-free assignment exists"))
    result: dict[str, list[str]] = {a: [] for a in applicants}
    for (i, j), edge in pair_edges.items():
        if edge.cap == 0:
            result[apps[i]].append(evs[j])
    return {a: sorted(v) for a, v in sorted(result.items())}
