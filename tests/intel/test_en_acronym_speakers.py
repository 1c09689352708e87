"""An English body's acronym that speaks, with no brackets to say what it stands for: the one body of the post or
the blog whose initials it gives."""

from __future__ import annotations

from tests.intel.helpers import en_blog as blog
from tests.intel.helpers import name


def test_an_acronym_after_a_body_named_with_its_place_is_that_body():
    *_, last = blog("The WA Coastal Rescue Service said four boats had been searched overnight.",
                    "Two fishermen were found alive this morning, the CRS said.")
    assert name(last) == "WA Coastal Rescue Service"


def test_an_acronym_of_a_body_named_only_in_a_role_is_that_body():
    *_, last = blog("The bribery trial of former harbour master Sipho Ndlovu resumes this morning.\n\n"
                    "Provincial Prosecuting Authority spokesperson Lindiwe Zulu said the state would call two "
                    "witnesses this week.",
                    "The PPA said in a short statement it was \u201cready to proceed\u201d and had opposed the delay.")
    assert name(last) == "Provincial Prosecuting Authority"  # (the model sees no body in the role)
