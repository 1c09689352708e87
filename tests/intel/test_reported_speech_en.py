"""English reported speech and the quotes around it: a place before an apposed speaker, a participle of speech
after "before", a role of its own words renaming who just spoke, a place the model took for a surname, and a
second quote of an unnamed speaker."""

from __future__ import annotations

from tests.intel.helpers import blog as read_blog
from tests.intel.helpers import en, speaker


def name(result: dict, i: int = 0) -> str | None:
    found = speaker(result, i)
    return found["name"] if found else None


def test_where_a_speaker_stood_is_no_part_of_an_apposed_subject():
    out = en("Outside court, the victim’s brother, Tom Gale, said the family had waited two years “for this day”.")
    assert out["quotes"][0]["text"] == "the family had waited two years “for this day”"
    assert name(out) == "Tom Gale"
    out = en("Inside the hall, the town's mayor, Ruth Kell, said the count would finish by midnight.")
    assert name(out) == "Ruth Kell"


def test_a_participle_of_speech_after_before_reports_on_its_own():
    out = en('Tom Gale has resigned. "I am not leaving politics," he said, before adding that the party had '
             '"built something that lasts".')
    assert [q["text"] for q in out["quotes"]] == ["I am not leaving politics",
                                                  'the party had "built something that lasts"']
    assert [name(out, i) for i in range(2)] == ["Tom Gale", "Tom Gale"]


def test_a_role_of_its_own_words_renames_who_just_spoke():
    out = en('Ellen Marsh thanked her volunteers. Addressing the crowd, the Green leader promised that the party '
             'would "keep knocking on doors".')
    assert name(out) == "Ellen Marsh"
    out = en('Joe Rook insisted on Friday that his side could still win. "Anything can happen," the team captain '
             'said.')
    assert name(out, 1) == "Joe Rook"


def test_a_placed_captain_is_not_whoever_spoke_last():
    out = en('Joe Rook said his side had bowled well. "We let it slip at the end," the Australian captain admitted.')
    assert name(out, 1) is None


def test_a_name_after_a_seat_of_is_a_place():
    out = en('Ellen Marsh has conceded. Her own seat of Dunmore is too close to call. She was asked whether she '
             'would stay on. "I am going nowhere," she said.')
    assert name(out) == "Ellen Marsh"
    assert "Dunmore" not in [e["text"] for e in out["entities"] if e["type"] == "person"]


def test_a_second_quote_of_an_unnamed_speaker_is_nobody_s():
    for who in ("a volunteer shouted over the noise", "a member of the ground staff told us"):
        out = en(f'Tom Gale has just beaten Joe Rook. "It is tight," {who}. "But we still lead."')
        assert [name(out, i) for i in range(2)] == [None, None]


def test_a_second_quote_of_a_named_speaker_stays_theirs():
    *_, last = read_blog(en, "Joe Rook won in three sets.",
                         '"It was tight," Rook said. "But I held on."')
    assert [name(last, i) for i in range(2)] == ["Joe Rook", "Joe Rook"]


def test_an_australian_councillor_s_title_is_no_part_of_the_name():
    *_, last = read_blog(en, "The town's mayor, Ann Holt, says the closure will hurt.",
                         '"We will fight this," Cr Holt said.')
    assert name(last) == "Ann Holt"
    assert name(en('"We will fight this," Cr Sam Holt said.')) == "Sam Holt"


def test_an_unnamed_member_of_a_party_is_nobody():
    out = en('One senior Conservative said the result was "not bad at all".')
    assert name(out) is None
    assert name(en("A veteran Republican said the count would take days.")) is None


def test_a_client_named_in_a_lawyer_s_relative_clause_is_not_whom_a_pronoun_means():
    out = en('After the break it was the turn of Ruth Kell KC, who represents Tom Gale. She urged jurors to '
             '"look at the evidence".')
    assert name(out) == "Ruth Kell"
    out = en('After lunch it was the turn of Ian Pratt KC, who represents Tom Gale. He urged jurors not to let '
             'their anger "decide the case".')
    assert name(out) == "Ian Pratt"


def test_reminded_and_assured_report_a_that_clause_after_whom():
    out = en("Ruth Kell KC has begun her closing speech. Ms Kell reminded jurors that a safety report had been "
             "sent to the firm a week before.")
    assert [q["text"] for q in out["quotes"]] == ["a safety report had been sent to the firm a week before"]
    assert name(out) == "Ruth Kell"
    assert en("Ann Holt said little. The song reminded her of her father.")["quotes"] == []


def test_suggested_reports_a_clause_with_a_finite_verb():
    out = en("Tom Gale KC spoke next. The barrister suggested the letter had gone to an inbox that nobody read.")
    assert [q["text"] for q in out["quotes"]] == ["the letter had gone to an inbox that nobody read"]
    assert name(out) == "Tom Gale"
    assert en("Tom Gale suggested a compromise on pay.")["quotes"] == []
