"""Grouping a few articles into stories: average linkage with a floor.

Two groups merge, most alike first, while the mean similarity of their
articles is at least ``threshold`` and none of their article pairs is below
``floor``. The floor is what keeps apart two events of one kind (two DUI
arrests of two players of one team, two elections in one country five years
apart): such reports share the topic's vocabulary, so on average they look
alike, but some pair among them always shares almost nothing specific;
reports of one event do not have such a pair. A brief (a one- or
two-sentence item) is exempt from the floor: it shares few words with
anything, so a low similarity to one report is no sign that it tells another
event; it still joins a group only on the mean. Groups whose publication
dates lie more than ``window`` days apart do not merge either.
"""

from __future__ import annotations

import numpy as np


def average_link(sim: np.ndarray, threshold: float, floor: float,
                 dates: list[float | None] | None = None, window: float | None = None,
                 briefs: list[bool] | None = None) -> list[list[int]]:
    """Groups of indices into ``sim`` (a symmetric similarity matrix), each
    sorted, ordered by their first index. ``briefs`` marks the articles the
    floor does not apply to."""
    n = len(sim)
    total = np.array(sim, dtype=float)  # summed similarity between two groups
    low = _floor_pairs(sim, briefs)  # least similar pair between two groups that the floor judges
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    first = np.array([np.nan if d is None else d for d in (dates or [None] * n)], dtype=float)
    last = first.copy()
    members = [[i] for i in range(n)]
    while n > 1:
        allowed = alive[:, None] & alive[None, :] & (low >= floor)
        np.fill_diagonal(allowed, False)
        if window is not None:
            with np.errstate(invalid="ignore"):
                gap = np.maximum(first[None, :] - last[:, None], first[:, None] - last[None, :])
                allowed &= ~(gap > window)  # an unknown date (nan) does not forbid
        mean = np.where(allowed, total / np.outer(size, size), -np.inf)
        a, b = np.unravel_index(int(np.argmax(mean)), mean.shape)
        if mean[a, b] < threshold:
            break
        total[a] += total[b]
        total[:, a] = total[a]
        low[a] = np.minimum(low[a], low[b])
        low[:, a] = low[a]
        size[a] += size[b]
        alive[b] = False
        members[a] += members[b]
        first[a], last[a] = np.fmin(first[a], first[b]), np.fmax(last[a], last[b])
    return sorted((sorted(members[i]) for i in range(n) if alive[i]), key=lambda g: g[0])


def _floor_pairs(sim: np.ndarray, briefs: list[bool] | None) -> np.ndarray:
    """The similarities the floor is checked on: a pair with a brief in it
    never falls below the floor (infinite), so it cannot keep two groups apart."""
    low = np.array(sim, dtype=float)
    if briefs is not None and any(briefs):
        brief = np.asarray(briefs, dtype=bool)
        low[brief[:, None] | brief[None, :]] = np.inf
    return low
