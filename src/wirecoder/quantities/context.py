"""What a quantity's neighbours say about it: what it counts ("1,600
active-duty troops" -> troops), whether it is a bound ("more than", "about",
"up to") and whether it is a change ("rose 8%", "fell to", "a 19% drop").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

BOUNDS_BEFORE = [
    ("<", re.compile(r"(?:\bless than|\bfewer than|\bunder|\bbelow|\bup to|\bat most|\bno more than|\blower than|"
                     r"\bas many as|\bas much as|\ba maximum of|\bmaximum of|\bshy of|\bshort of|<|\bsub-|\bwithin)\s*$")),
    (">", re.compile(r"(?:\bmore than|\bover|\babove|\bat least|\bupwards of|\bin excess of|\bexceeding|"
                     r"\bgreater than|\bhigher than|\bnorth of|\bbeyond|\ba minimum of|\bno fewer than|"
                     r"\bno less than|>|\btopping)\s*$")),
    ("~", re.compile(r"(?:\babout|\baround|\bapproximately|\bapprox\.|\broughly|\bnearly|\balmost|\bsome|"
                     r"\bclose to|\ban estimated|\bestimated|\bcirca|\bca\.|~|\bjust about|\ban approximate)\s*$")),
]
BOUNDS_AFTER = [
    (">", re.compile(r"^(?:\+|\s*or (?:more|above|higher|over|greater)\b)")),
    ("<", re.compile(r"^\s*or (?:less|fewer|below|under|lower)\b")),
    ("~", re.compile(r"^\s*or so\b")),
]

UP = {"rise", "rose", "increase", "grow", "grew", "gain", "climb", "jump", "surge", "soar", "add", "advance",
      "rally", "spike", "boost", "raise", "expand", "hike", "up", "higher", "widen", "swell", "balloon",
      "mount", "accelerate", "rebound", "recover", "skyrocket", "double", "triple"}
DOWN = {"fall", "fell", "drop", "decline", "decrease", "lose", "lost", "slide", "slid", "slip", "plunge",
        "tumble", "sink", "sank", "shed", "dip", "cut", "reduce", "lower", "down", "ease", "retreat", "slump",
        "plummet", "shrink", "shrank", "contract", "slow", "slash", "crash", "dive", "sag", "narrow", "trim",
        "off", "decrease", "tank", "crater", "erode", "wipe"}
UP_NOUNS = {"rise", "increase", "gain", "jump", "hike", "boost", "surge", "growth", "improvement", "raise",
            "climb", "rally", "uptick", "spike"}
DOWN_NOUNS = {"drop", "decline", "fall", "decrease", "cut", "reduction", "loss", "slump", "plunge", "dip",
              "downturn", "contraction", "slide", "tumble"}
# Words that may stand between a change verb and its amount: "rose by nearly 5%".
BRIDGE = {"by", "about", "around", "nearly", "almost", "some", "just", "only", "another", "a", "an", "further",
          "additional", "more", "than", "sharply", "slightly", "roughly", "approximately", "over", "under",
          "as", "much", "many", "steeply", "modestly", "marginally", "a", "total", "of", "its", "their",
          "least", "at", "nearly", "well", "some", "fully", "respectively", "edged", "ticked", "went", "were",
          "was", "is", "are", "been", "has", "have", "had", "ended", "closed", "finished", "trading", "shares"}
STOP = {"to", "from", "at", "with", "for", "in", "on", "than", "and", "or", "but", "while", "after", "before"}


def bound_of(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 25):start].lower()
    for label, pattern in BOUNDS_BEFORE:
        if pattern.search(before):
            return label
    after = text[end:end + 15].lower()
    for label, pattern in BOUNDS_AFTER:
        if pattern.search(after):
            return label
    return ""


def _word_direction(token: Token) -> str:
    for form in (token.lower_, token.lemma_.lower()):
        if form in UP:
            return "up"
        if form in DOWN:
            return "down"
    return ""


def direction_before(doc: Doc, token_index: int, sentence_start: int) -> str:
    """up/down when a change word governs the amount just before it ("rose 8%")."""
    i, steps = token_index - 1, 0
    while i >= sentence_start and steps < 6:
        token = doc[i]
        word = token.lower_
        direction = _word_direction(token)
        if direction and word not in ("over", "under"):
            # "by" / "of" bridges only after a change word: "increase of 5%" yes, "total of" no
            return direction
        if word in STOP and not (word == "of" and i > sentence_start and doc[i - 1].lemma_.lower() in UP_NOUNS | DOWN_NOUNS):
            return ""
        if token.is_punct or token.like_num:
            return ""
        if word in BRIDGE or token.pos_ in ("ADV", "DET", "AUX"):
            i -= 1
            steps += 1
            continue
        return ""
    return ""


def direction_after(doc: Doc, token_index: int) -> str:
    """ "a 19% drop", "a 5-mpg boost": the change noun right after the amount."""
    for token in doc[token_index:token_index + 3]:
        lemma = token.lemma_.lower()
        if lemma in UP_NOUNS and token.pos_ == "NOUN":
            return "up"
        if lemma in DOWN_NOUNS and token.pos_ == "NOUN":
            return "down"
        if token.pos_ not in ("ADJ", "NOUN", "PUNCT", "ADV"):
            return ""
    return ""


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Token i is part of a hyphenated word ("active-duty")."""
    token = doc[i]
    if token.text == "-":
        return True
    if i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_:
        return True
    if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return True
    return False


def _noun_run(doc: Doc, i: int, limit: int, skip_adjectives: bool = True) -> tuple[str, str]:
    """The noun phrase starting at token i: (compounds + head, whole phrase as written).

    "active-duty troops" -> ("troops", "active-duty troops"); adjectives and
    hyphenated modifiers stay out of the first, which is what is counted.
    """
    end = min(len(doc), i + limit)
    j = i
    words: list[str] = []
    last_noun = -1
    while j < end:
        token = doc[j]
        if token.pos_ in ("ADJ", "VERB") and skip_adjectives and not words and token.dep_ != "ROOT":
            j += 1
            continue
        if token.lower_ in ("and", "or", ",") and not words and j > i and doc[j - 1].pos_ == "ADJ":
            j += 1  # "digital and physical sales"
            continue
        if token.text == "-" or (_glued_hyphen(doc, j) and token.pos_ in ("ADJ", "NOUN", "VERB", "ADV") and j + 1 < end
                                 and doc[j + 1].text == "-"):
            j += 1
            words = []
            continue
        if j > i and doc[j - 1].text == "-" and not doc[j - 1].whitespace_:
            j += 1  # the tail of a hyphenated modifier: "active-duty troops"
            words = []
            continue
        if token.dep_ == "poss" and j + 1 < end and doc[j + 1].dep_ == "case":
            j += 2  # "Johnson's deputies": the possessor is not what is counted
            continue
        if token.pos_ in ("NOUN", "PROPN") and not token.like_num:
            words.append(token.text)
            last_noun = j
            if token.dep_ not in ("compound", "nmod") or token.head.i < j:
                break
            j += 1
            continue
        break
    if not words or last_noun < 0:
        return "", ""
    first = i
    while first < last_noun and doc[first].tag_ in ("VBG", "VBN", "DT"):
        first += 1  # participles ("recorded songs", "charging stations") describe, they do not name
    return " ".join(words), doc[first:last_noun + 1].text


def counts_of(doc: Doc, first_token: int, last_token: int, has_unit: bool) -> tuple[str, str]:
    """What a quantity counts or measures: (head noun with compounds, whole phrase), or ("", "")."""
    j = last_token + 1
    if j >= len(doc):
        return "", ""
    token = doc[j]
    if token.lower_ == "of":
        k = j + 1
        while k < len(doc) and k < j + 5 and (doc[k].pos_ in ("DET", "PART")
                                             or (doc[k].pos_ == "PRON" and doc[k].tag_ == "PRP$")):
            k += 1
        counted, phrase = _noun_run(doc, k, 6)
        if not counted and k < len(doc) and doc[k].dep_ == "pobj" and doc[k].is_alpha and doc[k].pos_ != "PRON":
            counted = phrase = doc[k].text  # "18 kilos of fentanyl" (tagged as an adjective)
        return counted, phrase
    if token.text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc):
        # "a 30,000-bed facility": the glued noun is what is counted, the next one what has it
        glued = doc[j + 1]
        if glued.pos_ in ("NOUN", "PROPN") and not has_unit:
            rest, _ = _noun_run(doc, j + 2, 3)
            counted = f"{glued.text} {rest}".strip()
            return counted, counted
        if has_unit:
            return _noun_run(doc, j + 2, 4)
        return "", ""
    while j < len(doc) and doc[j].pos_ == "DET" and j <= last_token + 2:
        j += 1  # "half the condos"
    return _noun_run(doc, j, 5)


SUBJECT_VERBS = UP | DOWN | {"be", "reach", "total", "number", "stand", "hit", "top", "exceed", "near", "surpass"}


def subject_counted(doc: Doc, number_token: int) -> str:
    """ "Overdose deaths rose from 31,000 to 87,000": a bare number measures the
    subject of the verb it belongs to (when that verb is a change or "be")."""
    token = doc[number_token]
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        if token.dep_ not in ("pobj", "prep", "npadvmod", "dobj", "attr", "nummod", "quantmod", "compound", "advmod"):
            return ""
        token = token.head
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in SUBJECT_VERBS:
        return ""
    for verb in (token, token.head if token.dep_ in ("xcomp", "conj") else None):
        if verb is None:
            break
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
                words = [t.text for t in child.lefts if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")]
                return " ".join(words + [child.text])
    return ""
