"""Near-duplicate articles: wire copies, re-posts and lightly edited versions.

MinHash signatures over word 3-shingles of the clean text, looked up in a
MinHash LSH index (datasketch). Two articles are near-duplicates when the
estimated Jaccard similarity of their shingle sets is at least
``threshold`` (default 0.5): a wire story reprinted with a new headline, a
changed paragraph or a trimmed ending stays well above it (0.7-1.0), while
two outlets writing the same event in their own words share few 3-word runs
(under 0.2). The 3-word shingle (not 5) keeps edited copies above the line
when every few sentences have a changed word.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+", re.UNICODE)
NUM_PERM = 128
SHINGLE = 3
DEFAULT_THRESHOLD = 0.5


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    m = MinHash(num_perm=num_perm)
    for s in shingles(text):
        m.update(s.encode("utf-8"))
    return m


class NearDuplicateIndex:
    """``add(article_id, text)`` returns the id of an earlier near-duplicate, or None."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, MinHash] = {}
        self._order: list[str] = []
        self._position: dict[str, int] = {}
        self.duplicate_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def add(self, article_id: str, text: str) -> str | None:
        if article_id in self._signatures:
            return self.duplicate_of.get(article_id)
        sig = signature(text, self.num_perm)
        earlier = self._best_match(sig)
        self._insert(article_id, sig)
        if earlier is not None:
            # link to the original, not to another copy of it
            earlier = self.duplicate_of.get(earlier, earlier)
            self.duplicate_of[article_id] = earlier
        return earlier

    def query(self, text: str) -> list[tuple[str, float]]:
        """Indexed articles similar to ``text``, with estimated Jaccard, best first."""
        sig = signature(text, self.num_perm)
        found = [(key, sig.jaccard(self._signatures[key])) for key in self._lsh.query(sig)]
        return sorted((f for f in found if f[1] >= self.threshold), key=lambda f: (-f[1], self._rank(f[0])))

    def _best_match(self, sig: MinHash) -> str | None:
        candidates = [(key, sig.jaccard(self._signatures[key])) for key in self._lsh.query(sig)]
        candidates = [c for c in candidates if c[1] >= self.threshold]
        if not candidates:
            return None
        # the most similar; among equals the earliest
        return min(candidates, key=lambda c: (-c[1], self._rank(c[0])))[0]

    def _rank(self, key: str) -> int:
        return self._position[key]

    def _insert(self, article_id: str, sig: MinHash) -> None:
        self._signatures[article_id] = sig
        self._position[article_id] = len(self._order)
        self._order.append(article_id)
        self._lsh.insert(article_id, sig)

    # -- state: plain rows, so that the store can keep it in SQLite ------------
    def to_state(self) -> dict:
        return {
            "version": 1,
            "threshold": self.threshold,
            "num_perm": self.num_perm,
            # datasketch's hashing scheme: signatures are only comparable within one
            "scheme": next(iter(self._signatures.values())).scheme if self._signatures else None,
            "articles": [
                {"id": key, "hashes": [int(h) for h in self._signatures[key].hashvalues],
                 "duplicate_of": self.duplicate_of.get(key)}
                for key in self._order
            ],
        }

    @classmethod
    def from_state(cls, state: dict) -> NearDuplicateIndex:
        index = cls(threshold=state["threshold"], num_perm=state["num_perm"])
        for row in state["articles"]:
            sig = MinHash(num_perm=index.num_perm, hashvalues=row["hashes"], scheme=state.get("scheme"))
            index._insert(row["id"], sig)
            if row.get("duplicate_of"):
                index.duplicate_of[row["id"]] = row["duplicate_of"]
        return index
