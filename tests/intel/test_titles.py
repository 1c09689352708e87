"""Personal titles written once (`titles`): the alternations the rules build from them."""

from __future__ import annotations

import re

from liveline.intel.titles import COURTESY, ENGLISH, FRENCH, either


def test_either_escapes_the_titles_and_keeps_their_order():
    assert either(("M.", "Mme", "Me")) == r"M\.|Mme|Me"
    assert either(ENGLISH, dot=True) == r"Mr\.?|Mrs\.?|Ms\.?"  # "Mr" before "Mrs", as written


def test_titles_before_a_french_surname_and_courtesy_titles():
    assert re.fullmatch(either(FRENCH), "Maître") and re.fullmatch(either(FRENCH), "Dre")
    assert all(re.fullmatch(COURTESY, t) for t in ("M.", "Mme", "Mr", "Mr.", "Mrs.", "Ms"))
    assert not re.fullmatch(COURTESY, "M")  # an initial ("Nahel M"), not a title


def test_a_courtesy_title_is_a_whole_word_so_mrs_is_no_mr_before_an_s():
    def untitled(name: str) -> str:
        return re.sub(r"^(?:" + COURTESY + r")\s*", "", name)

    assert untitled("Mrs Smith") == "Smith" and untitled("Mrs. Price") == "Price"  # not "s Smith"
    assert untitled("Mr Smith") == untitled("Ms Smith") == "Smith" and untitled("M. Carney") == "Carney"
    assert untitled("Mme Le Pen") == "Le Pen" and untitled("MrSmith") == "MrSmith"
    assert re.search(r"(?:^|\s)(" + COURTESY + r")\s*$", "said Mrs ").group(1) == "Mrs"
