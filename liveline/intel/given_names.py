"""First names beyond our own short lists: the name list of the `gender-guesser` package.

That list (Jörg Michael's, about 45,000 first names with their gender and how common each is in 54
countries) lets a post's "Roberto De Zerbi" or "Mylène Drouin" be a person the model missed, and
"a-t-elle ajouté" find Mylène Drouin. It is read once, from the installed package's data file, and
only names common somewhere (frequency ≥ `MIN_FREQUENCY` on the list's 1-13 scale) are kept: the
rare ones are mostly words of some language ("Lima", "Paris"). Without the package (it comes with
the `intel` extra), the curated lists in `lexicon` are all there is.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

MIN_FREQUENCY = 3  # "Aref", "Doug" (3) in; "Coco", "Keir", "Paris" (1) out
# "?M", "?F": mostly male or female, given to both: no gender told, like "?".
_GENDERS = {"M": "m", "1M": "m", "?M": None, "F": "f", "1F": "f", "?F": None, "?": None}
# Names of the list that news copy writes as words, capitalised in titles and at a sentence's start ("Vice
# President", "Man City", "Maire de Paris"): the words of our own dev texts the list also has as names.
WORDS = frozenset((
    "Ago", "Ans", "Avril", "Bang", "Bien", "Bon", "Co", "Fan", "Ferry", "File", "Floor", "Franc", "Harm", "Jet",
    "Lieu", "Line", "Loi", "Long", "Love", "Lu", "Mai", "Maire", "Mal", "Man", "Marge", "Mi", "Min", "Rain", "Ran",
    "Reine", "Rien", "Run", "Sad", "Said", "Sang", "Sol", "Tore", "Trees", "Vice", "Ville", "Won", "Major",
))


@cache
def given_names() -> dict[str, str | None]:
    """First name -> "m", "f" or None (given to both), for the names common in at least one country."""
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    genders: dict[str, str | None] = {}
    common: set[str] = set()
    for line in data.splitlines():
        # Fixed columns: gender code, the name (from column 3), a '+' in column 29 marks the second copy of
        # a name with an umlaut, then one hexadecimal frequency per country.
        code = line[:2].strip()
        if code not in _GENDERS or len(line) < 31 or line[29] == "+":
            continue
        name = line[3:29].strip()
        if "+" in name:
            continue  # "Jun+Wei": Arabic, Chinese and Korean compounds, spelt several ways
        # (Any line of a name, common or rare, that tells another gender makes it a name given to both.)
        gender = _GENDERS[code]
        genders[name] = gender if genders.get(name, gender) == gender else None
        if max((int(c, 16) for c in line[30:85] if c in "123456789ABCD"), default=0) >= MIN_FREQUENCY:
            common.add(name)
    return {name: genders[name] for name in common}


@cache
def name_words() -> frozenset[str]:
    """The names of the long list that may open a person's name: less the function words of French and
    English ("The", "Le", "Me", "Will": spaCy's stop words, read on first use) and `WORDS`."""
    try:
        from spacy.lang.en.stop_words import STOP_WORDS as STOP_EN
        from spacy.lang.fr.stop_words import STOP_WORDS as STOP_FR
    except ImportError:
        return frozenset()  # no spaCy: no model found names to add to either
    return frozenset(n for n in given_names() if n.lower() not in STOP_EN | STOP_FR and n not in WORDS)
