"""Near-duplicate warnings while a journalist composes: is the draft a repeat of an earlier post?

Texts are compared with their numbers masked (rapidfuzz's token-set ratio on normalised words, and
word 3-shingles), so "35 morts" and "41 morts" look alike; then the numbers decide: the same
numbers make a duplicate, a changed number an update (a new toll, a correction).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liveline.intel import lexicon
from liveline.intel.numbers import DIGITS, WORDS_EN, WORDS_FR, parse_digits, parse_words
from liveline.intel.text import key

DUPLICATE_AT = 0.7  # similarity at or above which two posts tell the same thing
_NUM = re.compile(DIGITS)
_APPROX = re.compile(r"\b(?:une|la)\s+(" + "|".join(lexicon.APPROX_NOUNS_FR) + r")\b", re.I)
_WORDS = re.compile(rf"(?:{WORDS_FR})|(?:{WORDS_EN})", re.I)
STOP = set(re.split(
    r"\s+",
    "le la les l de du des d un une et à au aux en dans sur pour par que qui a ont est sont été selon ce cette "
    "the a an of to in on at for by and that is are was were has have had been said says with from as its "
    "il elle ils on nous we they he she it",
))


@dataclass
class Earlier:
    id: object
    text: str


def _numbers(text: str) -> list[float]:
    """Every count of the text: digits, words ("trente", "ten") and "une trentaine"."""
    values = [parse_digits(m.group(0)) for m in _NUM.finditer(text)]
    values += [float(lexicon.APPROX_NOUNS_FR[m.group(1).lower()]) for m in _APPROX.finditer(text)]
    for m in _WORDS.finditer(text):
        word = m.group(0).lower()
        if word in {"un", "une", "a", "one"}:
            continue
        value = parse_words(word, "fr") or parse_words(word, "en")
        if value:
            values.append(float(value))
    return sorted(v for v in values if v is not None)


def _masked(text: str) -> str:
    text = _APPROX.sub(" N ", _NUM.sub(" N ", text))
    return key(_WORDS.sub(lambda m: m.group(0) if m.group(0).lower() in {"un", "une", "a", "one"} else " N ", text))


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _masked(text).split() if w not in STOP and w != "n" and len(w) > 1}


def similarity(a: str, b: str) -> float:
    """0..1: how much two texts say the same words, numbers aside.

    The mean of rapidfuzz's token-set ratio (word order and rewording of small words do not matter)
    and the Dice overlap of content-word stems (a reordered or shortened sentence still overlaps).
    """
    from rapidfuzz import fuzz

    ma, mb = _masked(a), _masked(b)
    if not ma or not mb:
        return 0.0
    fuzzy = fuzz.token_set_ratio(ma, mb) / 100
    sa, sb = _stems(a), _stems(b)
    dice = 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0
    return round((fuzzy + dice) / 2, 3)


def compare(draft: str, earlier_posts: list) -> list[dict]:
    """Earlier posts the draft repeats, most similar first.

    `earlier_posts` holds texts, (id, text) pairs or dicts with "id" and "text" (or "body"). Each
    result is {"post": id, "label": "duplicate" | "update", "similarity": 0..1, "changed": [[old, new], ...]}:
    "update" when the wording repeats but a number changed. Posts that say something different are
    left out.
    """
    results = []
    draft_numbers = _numbers(draft)
    for index, item in enumerate(earlier_posts):
        post = _earlier(item, index)
        score = similarity(draft, post.text)
        if score < DUPLICATE_AT:
            continue
        old_numbers = _numbers(post.text)
        changed = _changed(old_numbers, draft_numbers)
        label = "update" if changed else "duplicate"
        results.append({"post": post.id, "label": label, "similarity": score, "changed": changed})
    results.sort(key=lambda r: -r["similarity"])
    return results


def classify(draft: str, earlier: str) -> str:
    """duplicate, update or different: the label of one pair (what bench/intel evaluates)."""
    found = compare(draft, [earlier])
    return found[0]["label"] if found else "different"


def _earlier(item, index: int) -> Earlier:
    if isinstance(item, str):
        return Earlier(index, item)
    if isinstance(item, dict):
        return Earlier(item.get("id", index), item.get("text") or item.get("body") or "")
    return Earlier(item[0], item[1])


def _changed(old: list[float], new: list[float]) -> list[list]:
    from liveline.intel.numbers import as_number

    only_old = [n for n in old if n not in new]
    only_new = [n for n in new if n not in old]
    pairs = []
    for a, b in zip(only_old, only_new, strict=False):
        pairs.append([as_number(a), as_number(b)])
    for b in only_new[len(only_old):]:
        pairs.append([None, as_number(b)])
    for a in only_old[len(only_new):]:
        pairs.append([as_number(a), None])
    return pairs
