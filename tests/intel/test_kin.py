"""The table of family words (`kin`) and the subsets, regexes and folded sets the rules take from it."""

from __future__ import annotations

import re

from liveline.intel import kin
from liveline.intel.roles import hwords
from liveline.intel.text import key


def test_words_keep_their_gender_and_take_the_ties_and_languages_asked_for():
    assert kin.words(("parent",)) == {"mère": "f", "père": "m", "mother": "f", "father": "m"}
    assert kin.words(("spouse",), ("fr",), but={"femme"}) == {"épouse": "f", "époux": "m", "mari": "m"}
    assert "arrière-grand-mère" in kin.words() and "femme" not in kin.words(but={"femme"})


def test_the_alternation_also_matches_the_other_spelling():
    sibling = re.compile(kin.alternation(kin.words(("sibling",), ("fr",))) + "$")
    assert sibling.pattern == "(?:frère|sœur|soeur)$"
    assert sibling.match("soeur") and sibling.match("sœur")
    assert "belle-soeur" not in kin.alternation(kin.words(("in-law",)))  # only "sœur" itself, as the rules had it


def test_folded_words_are_split_by_gender_as_hwords_reads_them():
    genders = kin.by_gender(kin.words(("grandparent", "sibling"), ("fr",)))
    assert genders == {"m": {"grand-pere", "frere"}, "f": {"grand-mere", "soeur"}}
    assert kin.folded("Nièce") == "niece"


def test_hwords_reads_every_family_word_as_folded_with_or_without_the_ligature():
    assert all(hwords(word) == [kin.folded(word)] for word in kin.words())  # "sœur" is no "s-ur"
    assert hwords("Sa sœur, sa soeur, SŒUR") == ["sa", "soeur", "sa", "soeur", "soeur"]
    assert hwords("la belle-sœur") == ["la", "belle-soeur"] and key("Lætitia") == "laetitia"
