"""Source/target baseline from the dependency parse alone: the subject of the
sentence's main verb is the source, its object (or, failing that, the object
of its first preposition) the target; in the passive, the agent is the source
and the passive subject the target. Spans are the arguments' whole subtrees."""

from __future__ import annotations


def _subtree_span(token) -> tuple[int, int]:
    tokens = list(token.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def predict(spacy_doc) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {"source": [], "target": []}
    for sent in spacy_doc.sents:
        root = sent.root
        children = list(root.children)
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        passive_subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in children if c.dep_ == "agent"), None)
        obj = next((c for c in children if c.dep_ in ("dobj", "dative")), None)
        if obj is None:
            prep = next((c for c in children if c.dep_ == "prep"), None)
            if prep is not None:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if passive_subject is not None:
            agent_object = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if agent_object is not None:
                spans["source"].append(_subtree_span(agent_object))
            spans["target"].append(_subtree_span(passive_subject))
            continue
        if subject is not None:
            spans["source"].append(_subtree_span(subject))
        if obj is not None:
            spans["target"].append(_subtree_span(obj))
    return spans
