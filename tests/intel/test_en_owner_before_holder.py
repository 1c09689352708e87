"""English names around a role: the plural possessive that owns the role of the person after it, and a surname with
its particle that the model cut from its first name. The rules themselves, on the mentions the model may give."""

from __future__ import annotations

from liveline.intel.entities import Mention, gazetteer
from liveline.intel.speakers import Resolver
from tests.intel.helpers import en_blog, name


def _mention(text: str, words: str, type_: str = "person") -> Mention:
    at = text.index(words)
    return Mention(at, at + len(words), words, type_, words)


def test_a_plural_possessive_before_a_role_and_a_name_is_the_owner_not_the_speaker():
    text = "Tenants' union secretary Maureen Cavill said the repairs had been promised for a year."
    mentions = [_mention(text, "Tenants"), _mention(text, "Maureen Cavill")]
    resolver = Resolver("en", mentions, None, gazetteer(None), text)
    subj = "Tenants' union secretary Maureen Cavill"
    assert resolver.speaker(subj, 0).name == "Maureen Cavill"


def test_a_first_name_and_particles_before_a_surname_after_a_role_are_the_whole_name():
    text = "Allotment society chair Pieter van der Berg said the plots had flooded. \"We lost the crop,\" he said."
    mentions = [_mention(text, "Pieter", "place"), _mention(text, "Berg")]
    resolver = Resolver("en", mentions, None, gazetteer(None), text)
    found = resolver.speaker("Allotment society chair Pieter van der Berg", 0)
    assert (found.name, found.role) == ("Pieter van der Berg", "Allotment society chair")
    assert resolver.pronoun("he", text.index("he said")).name == "Pieter van der Berg"


def test_a_pronoun_after_an_owner_and_the_holder_of_its_role_is_the_holder():
    *_, last = en_blog("The fraud trial of Nils Brandt, the founder of the payments start-up Corvid, opened this "
                       "morning. Brandt has pleaded not guilty.",
                       "Brandt's lead attorney, Oliver Quinn, painted a very different picture in his opening.\n\n"
                       "He told jurors his client was \u201ca young man who trusted the wrong people\u201d.")
    assert name(last) == "Oliver Quinn"  # not Brandt, whose attorney he is
