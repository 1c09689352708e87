"""Numbers as newsrooms write them: "35", "1 200" (thin space), "1,200", "1,2 million", "trente-cinq",
"thirty-five", "une vingtaine", "two dozen"."""

from __future__ import annotations

import re

from liveline.intel import lexicon

_SP = "[ \u00a0\u202f\u2009\u2007]"
# Thousands grouped by a space of any kind or an English comma: "1 200", "1,200".
GROUPED = r"\d{1,3}(?:" + _SP + r"\d{3})+|\d{1,3}(?:,\d{3})+"
# Digits: those, thousands grouped by a dot (some French desks), or none; an optional decimal part and an optional
# "million"/"milliard" multiplier.
DIGITS = (
    r"(?<![\w.,])(?:" + GROUPED + r"|\d{1,3}(?:\.\d{3})+(?![,\d])|\d+)"
    r"(?:[.,]\d+)?(?:" + _SP + r"?(?:millions?|milliards?|billions?|k)\b)?"
)
# "quatre-vingts": the plural the lexicon leaves out.
UNITS_FR = {**lexicon.UNITS_FR, "vingts": 20}
_WORDS_FR = "|".join(sorted(UNITS_FR, key=len, reverse=True))
_WORDS_EN = "|".join(sorted(lexicon.UNITS_EN, key=len, reverse=True))
WORDS_FR = rf"(?<![\w-])(?:{_WORDS_FR})(?:(?:-et-|[- ])(?:{_WORDS_FR}))*(?![\w-])"
WORDS_EN = rf"(?<![\w-])(?:{_WORDS_EN})(?:(?:[- ]|\s+and\s+)(?:{_WORDS_EN}))*(?![\w-])"


def parse_digits(text: str) -> float | None:
    raw = re.sub(r"[ \u00a0\u202f\u2009\u2007]", " ", text.strip().lower())
    mult = 1
    for word, factor in (("milliards", 1e9), ("milliard", 1e9), ("billions", 1e9), ("billion", 1e9),
                         ("millions", 1e6), ("million", 1e6), ("k", 1e3)):
        if raw.endswith(word):
            mult, raw = factor, raw[: -len(word)].strip()
            break
    raw = raw.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw):
        raw = raw.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", raw):
        raw = raw.replace(".", "")
    else:
        raw = raw.replace(",", ".")
    try:
        value = float(raw) * mult
    except ValueError:
        return None
    return value


def parse_words(text: str, lang: str) -> int | None:
    """Cardinal numbers in words: "trente-cinq" 35, "deux cents" 200, "quatre-vingt-dix" 90, "two hundred and six"."""
    units = UNITS_FR if lang == "fr" else lexicon.UNITS_EN
    words = [w for w in re.split(r"[- ]+", text.lower()) if w and w not in {"et", "and", "a"}]
    if not words or any(w not in units for w in words):
        return None
    total, current = 0, 0
    for i, w in enumerate(words):
        v = units[w]
        if v == 20 and i > 0 and words[i - 1] == "quatre":  # quatre-vingt(s)
            current = current - 4 + 80
        elif v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        elif v == 12 and w == "dozen":
            current = (current or 1) * 12
        else:
            current += v
    return total + current


def as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
