"""English reported speech and the quotes around it: a place before an apposed speaker, a participle of speech
after "before", a role of its own words renaming who just spoke, a place the model took for a surname, and a
second quote of an unnamed speaker."""

from __future__ import annotations

from tests.intel.helpers import blog as read_blog
from tests.intel.helpers import en, name


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


def test_words_on_signs_are_a_slogan_not_a_quote():
    out = en('A small crowd has gathered at the depot tonight, some holding torches, others hand-painted signs '
             'reading "Keep our buses running".')
    assert out["quotes"] == []


def test_emailed_to_say_reports_what_follows():
    out = en("One reader, Pat from Dunmore, emailed to say her neighbours had set up a table of free water.")
    assert [q["text"] for q in out["quotes"]] == ["her neighbours had set up a table of free water"]
    assert name(out) == "Pat"
    assert en("The minister refused to say when the road would reopen.")["quotes"] == []


def test_a_body_that_has_a_message_speaks_the_quote_after_its_colon():
    out = en('Lines are still long. The Electoral Commission has a message for anyone queuing: "If you are in '
             'line at ten, you can vote."')
    assert name(out) == "Electoral Commission"


def test_counsel_prosecuting_is_the_prosecutor_of_later_posts():
    *_, last = read_blog(en, "Ruth Kell KC, prosecuting, has begun her closing speech.",
                         "The prosecutor turned to the expert evidence. According to the prosecutor, the missing "
                         "bolts turned a safe frame into “a trap”.")
    assert name(last, len(last["quotes"]) - 1) == "Ruth Kell"


def test_the_force_an_officer_is_from_is_no_speaker():
    *_, last = read_blog(en, "The jury is back. Sentencing will take place on a date to be fixed, the judge said, and "
                             "Gale was remanded in custody.\n\nDet Insp Nadia Ahmed, of Avon and Somerset Police, "
                             "said outside court that the death “should never have happened”.")
    assert name(last, len(last["quotes"]) - 1) == "Nadia Ahmed"


def test_a_recording_played_out_is_whose_recording_it_is():
    *_, last = read_blog(en, "The trial of Dan Rowe and Tom Gale goes on.",
                         "Ruth Kell KC, prosecuting, spoke next. Ms Kell then played the jury a voicemail Gale left on "
                         "his boss’s phone the morning of the fire: “It’s smoking a bit, Dan. I’ll sort it Monday.”")
    assert name(last, len(last["quotes"]) - 1) == "Tom Gale"
