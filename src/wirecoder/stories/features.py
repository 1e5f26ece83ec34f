"""What tells one news story from another, read off an Extraction.

- terms: content words of the title and text (stop words out, a light
  plural strip), the vocabulary of the story;
- names: named entities, canonical actors and resolved places, the strongest
  signal (two rehab stories differ by who entered rehab);
- dates: the publication date and the calendar dates/years the article
  mentions (two earthquakes in the same week differ by day and place);
- numbers: quantities with what they count ("6.1" magnitude, "12 people"),
  which often single out one event among similar ones.

Every stage but the parse is optional: an Extraction without actors, times or
places still gets terms, entity names and the years written in its text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from ..records import Extraction

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
NOT_A_NAME = re.compile(r"/|\bhttps?\b|\bwww\b")  # the NER's "names" in a web address
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
# Words too common in news to tell stories apart, beyond spaCy's stop words.
NEWS_STOP = {"said", "says", "say", "told", "according", "reported", "report", "reports", "news", "new",
             "year", "years", "time", "people", "percent", "also", "would", "could", "one", "two",
             "mr", "mrs", "ms", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "today", "yesterday", "week", "day", "days", "month", "months", "http", "https", "www", "com",
             "html", "htm", "php", "aspx", "story", "article", "read", "click", "updated", "posted"}


def stem(word: str) -> str:
    """A light English plural strip: enough to meet "quakes" with "quake"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms_of(text: str) -> Counter:
    counts: Counter = Counter()
    for m in WORD.finditer(text):
        word = m.group(0).lower().replace("’", "'")
        word = word.removesuffix("'s")
        if len(word) < 3 or word in STOP_WORDS or word in NEWS_STOP:
            continue
        counts[stem(word)] += 1
    return counts


def normalize_name(text: str) -> str:
    text = text.lower().replace("’", "'").strip(" .,;:'\"")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^(the|a|an)\s+", "", text)
    return re.sub(r"\s+", " ", text)


@dataclass
class ArticleFeatures:
    article_id: str
    terms: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)
    lead: Counter = field(default_factory=Counter)  # names and words of the headline and lead only
    published: str | None = None  # YYYY-MM-DD
    years: Counter = field(default_factory=Counter)  # years mentioned (and published), with counts
    days: set[str] = field(default_factory=set)  # full dates mentioned, YYYY-MM-DD
    text: str = ""  # for the optional embedding


def features_of(extraction: Extraction) -> ArticleFeatures:
    article = extraction.article
    text = article.clean_text or ""
    title = article.title or ""
    f = ArticleFeatures(article_id=article.id, text=(title + "\n" + text[:2000]).strip())
    f.terms = terms_of(text)
    for word, n in terms_of(title).items():
        f.terms[word] += 2 * n  # the headline names the story
    lead_end = _lead_end(extraction)
    for word, n in terms_of(text[:lead_end]).items():
        f.terms[word] += LEAD_BOOST * n  # the lead says what the story is about
    f.lead = terms_of(title + "\n" + text[:lead_end])
    for ent in extraction.entities:
        if ent.label in NAME_LABELS:
            name = normalize_name(ent.text)
            if len(name) < 2 or name in STOP_WORDS or NOT_A_NAME.search(name):
                continue
            boost = 1 + (LEAD_BOOST if ent.start < lead_end else 0)
            if ent.start < lead_end:
                f.lead["name:" + name] += 1
            f.names[name] += boost
            if ent.label == "PERSON" and " " in name:
                f.names[name.rsplit(" ", 1)[1]] += boost  # "Lindsay Lohan" ... "Lohan"
    for actor in extraction.actors:
        if actor.kind in ("person", "organization", "group") and actor.name:
            f.names["actor:" + normalize_name(actor.name)] += 1
    for place in extraction.places:
        name = place.name or place.text
        if name:
            f.names["place:" + normalize_name(name)] += 1
    for q in extraction.quantities:
        if q.value is not None and q.kind not in ("duration",):
            what = q.unit or q.counts.lower()
            f.numbers[f"{q.value:g} {what}".strip()] += 1
    published = article.published if article.published and not article.published_estimated else None
    if published and ISO_DATE.match(published):
        f.published = published[:10]
        f.years[int(published[:4])] += 3
    for t in extraction.times:
        m = ISO_DATE.match(t.value or "")
        if m and t.type == "DATE":
            f.years[int(m.group(1))] += 1
            if m.group(3):
                f.days.add(m.group(0))
    for ent in extraction.entities:
        if ent.label == "DATE":
            f.years.update(int(y) for y in YEAR.findall(ent.text))
    # a year in the text that the NER missed as a date still dates the article ("on Feb. 4, 2009")
    if not f.years:
        f.years.update(int(y) for y in YEAR.findall(text[:lead_end]))
    return f


LEAD_BOOST = 2  # extra weight of words and names in the first two sentences
LEAD_SENTENCES = 2


def _lead_end(extraction: Extraction) -> int:
    """End offset of the lead: the first two sentences (a URL line does not count)."""
    sentences = [s for s in extraction.sentences if not s.text.lstrip().lower().startswith(("http", "www"))]
    if not sentences:
        return min(len(extraction.article.clean_text or ""), 400)
    return sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end


def main_years(years: Counter) -> set[int]:
    """The years an article (or story) is mostly about: the most mentioned ones."""
    if not years:
        return set()
    top = max(years.values())
    return {y for y, n in years.items() if n >= max(1, 0.5 * top)}


def idf(df: int, n_docs: int) -> float:
    return math.log((n_docs + 1) / (df + 1)) + 1.0


def days_apart(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None
