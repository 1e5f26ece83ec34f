"""Entity baseline: spaCy's NER alone, its labels mapped to re3d's types."""

from __future__ import annotations

from ..scorers.spans import Span

# spaCy label -> re3d type (only the four types scored)
SPACY_TO_RE3D = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Nationality",
}


def predict(doc_id, spacy_doc) -> list[Span]:
    return [
        Span(doc_id, ent.start_char, ent.end_char, SPACY_TO_RE3D[ent.label_])
        for ent in spacy_doc.ents
        if ent.label_ in SPACY_TO_RE3D
    ]
