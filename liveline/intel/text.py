"""Surface helpers: sentences that never split inside a quotation, quoted spans, normalised keys."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Spaces newsrooms type: thin and narrow no-break spaces (French typography), no-break space.
SPACES = "\u00a0\u202f\u2009\u2007"
_SPACE_RE = re.compile(f"[{SPACES}]")
OPEN_CLOSE = {"«": "»", "“": "”", '"': '"', "„": "“"}
ABBREVIATIONS = {"M", "Mme", "Mmes", "MM", "Dr", "Mr", "Mrs", "Ms", "St", "Gen", "Lt", "Col", "Sgt", "Pr",
                 "U.S", "U.N", "Jr", "No", "vol", "etc", "Gov", "Sen", "Rep", "Prof", "Sept", "Oct", "Nov", "Dec",
                 "Jan", "Feb", "Aug", "av", "J.-C", "Adm", "Capt", "Maj", "Cmdr", "Supt", "Insp", "Rev", "Gens"}

# "a.m."/"p.m." end a sentence ("closes at 7 p.m. Officials said ...") unless the hour's weekday follows.
_HOUR_BEFORE_DAY = re.compile(r"\d\s*[ap]\.m$", re.I)
_DAY_AFTER_HOUR = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)")


@dataclass
class Span:
    start: int
    end: int
    text: str


def plain(text: str) -> str:
    """Spaces of every kind as plain spaces, curly apostrophes as straight ones (same length)."""
    return _SPACE_RE.sub(" ", text).replace("’", "'")


# Ligatures NFKD leaves whole, which the key would cut as punctuation ("sœur" -> "s ur"): as their letters.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})


def key(text: str) -> str:
    """A comparison key: lowercase, no accents, no punctuation, single spaces ("Sœur" -> "soeur")."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").translate(_LIGATURES))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation including its marks, outermost only, in order."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPEN_CLOSE:
            close = OPEN_CLOSE[ch]
            if ch == '"' and i > 0 and text[i - 1].isalnum():
                # A straight quote opens only at a word start.
                i += 1
                continue
            depth, j = 1, i + 1
            while j < n:
                if text[j] == close and (ch != '"' or j + 1 == n or not text[j + 1].isalnum()):
                    depth -= 1
                    if depth == 0:
                        break
                elif text[j] == ch and ch != '"':
                    depth += 1
                elif text[j] == "\n" and text[j + 1: j + 2] == "\n":
                    break  # a quotation never runs over a paragraph break here
                j += 1
            if j < n and text[j] == close:
                spans.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return spans


def sentences(text: str) -> list[Span]:
    """Sentences, never split inside a quotation or after an abbreviation like "M." or "U.S."."""
    inside = [False] * (len(text) + 1)
    for start, end in quoted_spans(text):
        for k in range(start + 1, end - 1):
            inside[k] = True
    out: list[Span] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and (i + 1 < n and text[i + 1] == "\n" or i == n - 1):
            _add(out, text, start, i)
            start = i + 1
        elif ch in "»”\"" and i > 0 and text[:i].rstrip(" " + SPACES)[-1:] in tuple(".!?…") and not inside[i] \
                and _opens_next(text, i + 1):
            # « ... se battre. » Puis... : a quotation that ends its sentence ends it here (also with the
            # space French typography puts before the closing mark: « ... pays. »).
            _add(out, text, start, i + 1)
            start = i + 1
        elif ch in ".!?…" and not inside[i]:
            j = i + 1
            while j < n and text[j] in ".!?…»”\")":
                j += 1
            if j >= n or text[j] in " \n" + SPACES:
                k = j
                while k < n and text[k] in " \n" + SPACES:
                    k += 1
                word = re.search(r"([\w.'-]+)$", text[start:i])
                # (An initial is one letter: "told Channel 7. England's bowler" ends a sentence.)
                abbrev = ch == "." and word and (word.group(1) in ABBREVIATIONS or
                                                 (len(word.group(1)) == 1 and word.group(1).isalpha()))
                if abbrev and re.search(r"\b(?:sur|on)\s+X$|\b(?i:jour)\s+J$|\b(?i:heure)\s+H$", text[start:i]):
                    # "a annoncé le ministre sur X. Selon ...": the network, not an initial; "C'est le jour J.
                    # Selon ...": the day, not an initial either.
                    abbrev = False
                if ch == "." and _HOUR_BEFORE_DAY.search(text, start, i) and _DAY_AFTER_HOUR.match(text, k):
                    abbrev = True  # "until 6 p.m. Monday": the hour's day goes on with it
                nxt = text[k: k + 1]
                if not abbrev and (k >= n or nxt.isupper() or nxt.isdigit() or nxt in "«“\"-–—("):
                    _add(out, text, start, j)
                    start = k
                    i = k
                    continue
        i += 1
    _add(out, text, start, n)
    return out


def _add(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, text[start:end]))


def _opens_next(text: str, j: int) -> bool:
    k = j
    while k < len(text) and text[k] in " " + SPACES:
        k += 1
    return k > j and k < len(text) and (text[k].isupper() or text[k] in "«“\"")
