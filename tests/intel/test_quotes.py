"""Quote detection: questions put by journalists, answers, media before "that", speech-verb participles."""

from __future__ import annotations

from tests.intel.helpers import en, fr, speaker


def test_the_journalists_question_is_not_a_quote_the_answer_is():
    out = en("Asked how long the bridge would stay closed, the engineer said she could not say.")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [("she could not say", "indirect")]


def test_answered_is_a_speech_verb():
    out = en("Mayor Linda Harris was asked about the dam. \"The dam is safe,\" she answered.")
    assert [q["text"] for q in out["quotes"]] == ["The dam is safe"]
    assert speaker(out)["name"] == "Linda Harris"


def test_where_it_was_written_may_stand_between_the_verb_and_that():
    out = en("The senator wrote on Facebook that the vote on the relief bill had been put off for three weeks "
             "and that this was \"a disgrace\".")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ("the vote on the relief bill had been put off for three weeks and that this was \"a disgrace\"", "mixed")]


def test_a_speech_participle_reports_for_the_subject_of_the_sentence():
    out = en("Michael Grant ordered the bridge closed, warning that the water was \"rising fast\".")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [("the water was \"rising fast\"", "mixed")]
    assert speaker(out)["name"] == "Michael Grant"


def test_a_participle_after_a_direct_quote_adds_reported_speech():
    out = en("\"We will rebuild,\" Michael Grant said on Sunday, adding that the repairs would take months.")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ("We will rebuild", "direct"), ("the repairs would take months", "indirect")]
    assert speaker(out, 1)["name"] == "Michael Grant"
    out = fr("« Nous reconstruirons », a déclaré Michel Durand, ajoutant que les travaux dureraient des mois.")
    assert [(q["text"], q["kind"]) for q in out["quotes"]] == [
        ("Nous reconstruirons", "direct"), ("les travaux dureraient des mois", "indirect")]
    assert speaker(out, 1)["name"] == "Michel Durand"


def test_a_leading_participle_clause_and_a_que_clause_are_not_who_speaks():
    out = fr("Arrivé en fin de matinée devant la mairie, le ministre de l'Intérieur, Jean Dupré, a confirmé que "
             "l'assaillant, Karim Benali, était « connu des services ».")
    assert [q["speaker"]["name"] if q["speaker"] else None for q in out["quotes"]] == ["Jean Dupré"]


def test_a_present_speech_verb_followed_by_the_quoted_words_it_asks_for():
    out = fr("Marie Lenoir, secrétaire générale du Snes-FSU, était l'invitée de la matinale. De son côté, le SE-Unsa "
             "réclame « des adultes en plus dans les établissements ».")
    assert out["quotes"][-1]["speaker"] == {"name": "SE-Unsa", "role": None}
