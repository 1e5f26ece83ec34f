"""Shared fixtures: where the shared seeds and gold data are, and one parsed model."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
EXAMPLES = PROJECT / "examples"


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared folder sits next to the checkout)")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _require(SEEDS)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _require(GOLD)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def seed_extractions(seeds_dir):
    """The three seed articles coded once with their manifest dates, by file name."""
    import csv

    import wirecoder

    dates = {row["file"]: row["published"] for row in csv.DictReader(open(seeds_dir / "manifest.csv"))}
    result = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        if path.name == "README.md":
            continue
        result[path.name] = wirecoder.extract(path.read_text(encoding="utf-8"), published=dates.get(path.name))
    return result
