"""English speakers who would not be named: nobody, whatever noun describes them, and so is the pronoun after them."""

from __future__ import annotations

from tests.intel.helpers import en, name


def test_a_pronoun_after_someone_who_asked_not_to_be_named_is_nobody():
    out = en("Health board chair Morag Innes said the winter plan was working. "
             "A porter at the Royal Infirmary, who asked not to be named, told us the corridors were full of trolleys. "
             "\u201cWe are running on empty every single night,\u201d she said.")
    assert name(out, 0) == "Morag Innes"
    assert [name(out, i) for i in (1, 2)] == [None, None]
