"""ConfliBERT CAMEO data: quad-class sentences (class_*.tsv) and source/target
actor spans (actors_*.txt, one ``token TAG`` per line, blank line between
sentences, BIO tags over S source, T target, R reciprocal)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import GoldDataError
from ._files import read_text, require

QUAD_CLASSES = (0, 1, 2, 3, 4)
ROLES = ("S", "T", "R")


@dataclass
class ClassSentence:
    text: str
    label: int
    line: int


@dataclass
class ActorSentence:
    tokens: list[str]
    tags: list[str]
    line: int  # line of the first token

    def spans(self, role: str) -> list[tuple[int, int]]:
        """Token ranges [start, end) tagged with ``role``; an I- tag with no
        B- before it opens a span (as conlleval does)."""
        spans, start = [], None
        for i, tag in enumerate(self.tags + ["O"]):
            prefix, _, tag_role = tag.partition("-")
            inside = tag_role == role and prefix == "I" and start is not None
            if start is not None and not inside:
                spans.append((start, i))
                start = None
            if tag_role == role and not inside:
                start = i
        return spans


def read_classes(path: Path) -> list[ClassSentence]:
    """``sentence<TAB>label`` per line, label 0-4."""
    path = Path(path)
    sentences = []
    for number, raw in enumerate(read_text(require(path)).splitlines(), start=1):
        if not raw.strip():
            continue
        text, tab, label = raw.rpartition("\t")
        if not tab:
            raise GoldDataError(path, "expected 'sentence<TAB>label'", line=number)
        label = label.strip()
        if not label.isdigit() or int(label) not in QUAD_CLASSES:
            raise GoldDataError(path, f"label must be one of 0-4, not {label!r}", line=number)
        if not text.strip():
            raise GoldDataError(path, "empty sentence", line=number)
        sentences.append(ClassSentence(text.strip(), int(label), number))
    if not sentences:
        raise GoldDataError(path, "no sentences")
    return sentences


def read_actors(path: Path) -> list[ActorSentence]:
    """CoNLL-style ``token TAG`` lines; blank lines separate sentences."""
    path = Path(path)
    sentences: list[ActorSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    first = 0
    for number, raw in enumerate(read_text(require(path)).splitlines(), start=1):
        if not raw.strip():
            if tokens:
                sentences.append(ActorSentence(tokens, tags, first))
                tokens, tags = [], []
            continue
        token, space, tag = raw.rstrip().rpartition(" ")
        if not space or not token:
            raise GoldDataError(path, "expected 'token TAG'", line=number)
        prefix, dash, role = tag.partition("-")
        if not (tag == "O" or (dash and prefix in ("B", "I") and role in ROLES)):
            raise GoldDataError(path, f"tag must be O or B-/I- with S, T or R, not {tag!r}", line=number)
        if not tokens:
            first = number
        tokens.append(token)
        tags.append(tag)
    if tokens:
        sentences.append(ActorSentence(tokens, tags, first))
    if not sentences:
        raise GoldDataError(path, "no sentences")
    return sentences


def find_cameo_files(path: Path) -> tuple[list[Path], list[Path]]:
    """(class files, actor files): a folder's class_*.tsv and actors_*.txt, or
    one file of either kind (told apart by its content, not its name)."""
    path = Path(path)
    require(path)
    if path.is_dir():
        classes = sorted(path.glob("class_*.tsv"))
        actors = sorted(path.glob("actors_*.txt"))
        if not classes and not actors:
            raise GoldDataError(path, "no class_*.tsv or actors_*.txt in this folder")
        return classes, actors
    first = next((line for line in read_text(path).splitlines() if line.strip()), "")
    if "\t" in first:
        return [path], []
    return [], [path]
