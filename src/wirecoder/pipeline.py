"""The coding pipeline: a parsed article in, an ``Extraction`` out.

A stage is a function ``stage(doc, extraction, config) -> None`` that adds its
records to the extraction; stages run in the order of ``STAGES`` and may read
what earlier stages added (events read actors, times and places). Stages are
named by import path so that each capability lives in its own module and can
be replaced alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .clean import make_article
from .records import Article, EntityMention, Extraction, RawArticle, Sentence

if TYPE_CHECKING:  # spaCy is imported only when something is parsed: CLI start-up stays fast
    from spacy.tokens import Doc

Stage = Callable[["Doc", Extraction, "PipelineConfig"], None]


@dataclass
class PipelineConfig:
    actor_dictionaries: list[str] = field(default_factory=list)  # user YAML files
    n_process: int = 1
    only_stages: list[str] | None = None  # run just these (plus "sentences"); None: all
    # Count attributed beliefs and stances ("X believes that ...") as indirect
    # quotes, as PolNeAR does; off for speech only.
    quotes_with_cognition: bool = True
    event_lexicon: str | None = None  # a PLOVER trigger lexicon (YAML) replacing the shipped one


def sentences_and_entities(doc: Doc, extraction: Extraction, config: PipelineConfig) -> None:
    """Sentences and named entities, straight from spaCy."""
    sentence_of_token = {}
    for i, sent in enumerate(doc.sents):
        text = sent.text.rstrip()  # a sentence ending a paragraph carries the break
        extraction.sentences.append(Sentence(i, sent.start_char, sent.start_char + len(text), text))
        for token in sent:
            sentence_of_token[token.i] = i
    for ent in doc.ents:
        text = ent.text.rstrip()  # an entity ending a paragraph can swallow the break
        if text:
            extraction.entities.append(
                EntityMention(ent.start_char, ent.start_char + len(text), text, ent.label_, sentence_of_token[ent.start])
            )


# (name, "module:function"). Order matters: later stages read earlier ones.
STAGES: list[tuple[str, str]] = [
    ("sentences", "wirecoder.pipeline:sentences_and_entities"),
    ("actors", "wirecoder.actors:resolve_actors"),
    ("times", "wirecoder.timex:find_times"),
    ("places", "wirecoder.places:find_places"),
    ("quotes", "wirecoder.quotes:find_quotes"),
    ("quantities", "wirecoder.quantities:find_quantities"),
    ("events", "wirecoder.events:code_events"),
]

# Bump when a stage's output changes, so that `run` re-codes stored articles
# (parses are cached separately and are not redone).
PIPELINE_VERSION = "5"


@lru_cache(maxsize=None)
def _load_stage(path: str) -> Stage | None:
    """The stage function, or None when its capability is not built (yet)."""
    module_name, function_name = path.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return None
        raise
    return getattr(module, function_name)


def stage_names(config: PipelineConfig | None = None) -> list[str]:
    """The stages this installation runs (with ``config``: that it will run)."""
    only = config.only_stages if config else None
    return [
        name
        for name, path in STAGES
        if (only is None or name == "sentences" or name in only) and _load_stage(path) is not None
    ]


def pipeline_signature(config: PipelineConfig | None = None) -> str:
    """What coding an article means now: the version and the stages that run.
    A stored article coded under another signature is coded again."""
    extra = ",".join(config.actor_dictionaries) if config and config.actor_dictionaries else ""
    if config and config.event_lexicon:
        extra += f",{config.event_lexicon}"
    return f"{PIPELINE_VERSION}:{'+'.join(stage_names(config))}" + (f":{extra}" if extra else "")


def code_article(doc: Doc, article: Article, config: PipelineConfig | None = None) -> Extraction:
    """Run every coding stage over an already parsed article."""
    config = config or PipelineConfig()
    extraction = Extraction(article=article, warnings=list(article.warnings))
    for name in stage_names(config):
        _load_stage(dict(STAGES)[name])(doc, extraction, config)
        extraction.stages.append(name)
    return extraction


def extract(
    text: str,
    published: str | None = None,
    title: str = "",
    outlet: str = "",
    url: str = "",
    config: PipelineConfig | None = None,
) -> Extraction:
    """Code one document; nothing is stored. ``wirecoder.extract`` is this."""
    from .nlp import parse

    article = make_article(RawArticle(text=text, title=title, outlet=outlet, url=url, published=published))
    return code_article(parse(article.clean_text), article, config)


def extract_many(
    articles: Iterable[Article], config: PipelineConfig | None = None
) -> Iterator[Extraction]:
    from .nlp import parse_many

    config = config or PipelineConfig()
    articles = list(articles)
    docs = parse_many((a.clean_text for a in articles), n_process=config.n_process)
    for article, doc in zip(articles, docs):
        yield code_article(doc, article, config)
