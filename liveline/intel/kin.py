"""Family words, French and English, with their gender: the one table of the rules that read a relative.

"Mounia, la mère de Nahel" (a relative in apposition is a person, `names`), "porte-parole de son frère" (a role
of a relative is someone else's), "Her husband, Tom," (the noun gives a gender, `speakers`). Each rule takes
the ties it reads, and `alternation` writes them for a regex, `folded` as `roles.hwords` reads them.
"""

from __future__ import annotations

from collections.abc import Iterable

from liveline.intel.text import key

# What a relative is to someone, by language: each word with its gender.
KIN: dict[str, dict[str, dict[str, str]]] = {
    "fr": {
        "parent": {"mère": "f", "père": "m"},
        "child": {"fils": "m", "fille": "f"},
        "sibling": {"frère": "m", "sœur": "f"},
        "spouse": {"épouse": "f", "époux": "m", "mari": "m", "femme": "f"},
        "grandparent": {"grand-mère": "f", "grand-père": "m"},
        "great-grandparent": {"arrière-grand-mère": "f"},
        "grandchild": {"petit-fils": "m", "petite-fille": "f"},
        "in-law": {"belle-mère": "f", "beau-père": "m", "belle-sœur": "f", "beau-frère": "m"},
        "uncle": {"oncle": "m", "tante": "f"},
        "nephew": {"neveu": "m", "nièce": "f"},
        "cousin": {"cousin": "m", "cousine": "f"},  # also the English word: the rules read both languages
        "widowed": {"veuve": "f", "veuf": "m"},
        "partner": {"compagne": "f", "compagnon": "m"},
    },
    "en": {
        "parent": {"mother": "f", "father": "m"},
        "child": {"son": "m", "daughter": "f"},
        "sibling": {"brother": "m", "sister": "f"},
        "spouse": {"wife": "f", "husband": "m"},
        "grandparent": {"grandmother": "f", "grandfather": "m"},
        "grandchild": {"grandson": "m", "granddaughter": "f"},
        "uncle": {"uncle": "m", "aunt": "f"},
        "nephew": {"nephew": "m", "niece": "f"},
        "widowed": {"widow": "f", "widower": "m"},
    },
}
# The ties every rule reads.
CLOSE = ("parent", "child", "sibling", "spouse")
# "soeur": "sœur" typed without the ligature (the regexes never had "belle-soeur").
ALSO_WRITTEN = {"sœur": "soeur"}


def words(ties: Iterable[str] | None = None, langs: Iterable[str] = ("fr", "en"),
          but: Iterable[str] = ()) -> dict[str, str]:
    """The words of these ties (all when None) in these languages, with their gender, leaving out `but`."""
    wanted, leave = None if ties is None else set(ties), set(but)
    return {word: gender for lang in langs for tie, kin in KIN[lang].items() if wanted is None or tie in wanted
            for word, gender in kin.items() if word not in leave}


def alternation(kin: Iterable[str]) -> str:
    """A regex group of the words, as written and as also written: "(?:mère|sœur|soeur)"."""
    return "(?:" + "|".join(w for word in kin for w in (word, ALSO_WRITTEN.get(word)) if w) + ")"


def folded(word: str) -> str:
    """The word as `roles.hwords` reads it ("grand-mère" -> "grand-mere", "sœur" and "soeur" -> "soeur")."""
    return key(word).replace(" ", "-")


def by_gender(kin: dict[str, str]) -> dict[str, set[str]]:
    """The folded words of each gender: {"m": {"pere", ...}, "f": {"mere", ...}}."""
    return {g: {folded(word) for word, gender in kin.items() if gender == g} for g in ("m", "f")}
