"""One statement, many reports: the same quote (exact or near-exact words,
same speaker) told by several articles becomes one statement."""

from __future__ import annotations

from ..quotes.same import same_statement
from ..records import Extraction
from .events import mention_of
from .records import Statement


def _speaker(extraction: Extraction, index: int) -> str:
    quote = extraction.quotes[index]
    actor = extraction.actor(quote.speaker_actor_id)
    return actor.name if actor else quote.speaker_text


def merge_statements(extractions: list[Extraction]) -> list[Statement]:
    statements: list[tuple[Statement, list[tuple[Extraction, int]]]] = []
    for extraction in extractions:
        for i, quote in enumerate(extraction.quotes):
            speaker = _speaker(extraction, i)
            mention = mention_of(extraction, i, quote.sentence, quote.content_start, quote.content_end)
            for statement, members in statements:
                if any(same_statement(quote, other.quotes[j], speaker, _speaker(other, j)) for other, j in members):
                    statement.mentions.append(mention)
                    members.append((extraction, i))
                    if len(quote.content) > len(statement.content):
                        statement.content = quote.content
                    if not statement.speaker:
                        statement.speaker = speaker
                    break
            else:
                statements.append((Statement(speaker, quote.content, quote.kind, [mention]), [(extraction, i)]))
    return [statement for statement, _ in statements]
