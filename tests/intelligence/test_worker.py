"""The worker: a published or edited post is queued in the publishing transaction, read later,
and its facts stored with a `post.enriched` event; drafts and pins are not read."""

from __future__ import annotations

import pytest

from liveline.blogs import domain
from liveline.live.models import Event
from liveline.newsroom.models import Extraction, Figure, Job, Mention, Statement
from tests.intelligence.conftest import RUTTE, TOLL, drain

pytestmark = pytest.mark.django_db


def test_publishing_queues_the_post_without_reading_it(published):
    post = published(RUTTE)
    assert Job.objects.filter(post=post).exists()
    assert Extraction.objects.get(post=post).status == "pending"
    # Publishing did not wait: nothing was read yet, and readers got the plain post.
    assert not Statement.objects.exists()
    assert Event.objects.filter(post=post).values_list("type", flat=True).get() == "post.published"


def test_a_draft_is_not_read(blog, alice):
    post = domain.create_post(blog, body=RUTTE, authors=[alice], status="draft")
    assert not Job.objects.filter(post=post).exists()
    assert not Extraction.objects.filter(post=post).exists()


def test_the_worker_stores_the_facts_and_tells_readers(published):
    post = published(RUTTE + " " + TOLL)
    assert drain() == 1
    extraction = Extraction.objects.get(post=post)
    assert extraction.status == "done"
    assert extraction.engine.startswith("liveline.intel ")
    assert set(extraction.result) == {"quotes", "entities", "dates", "figures"}
    quote = extraction.result["quotes"][0]
    assert quote["text"] == "Nous ne céderons pas" and quote["kind"] == "direct"
    assert quote["speaker"]["name"] == "Mark Rutte"
    statement = Statement.objects.get(post=post)
    assert (statement.speaker, statement.speaker_slug) == ("Mark Rutte", "mark-rutte")
    assert {"Kyiv", "Sumy", "NATO"} <= set(Mention.objects.filter(post=post).values_list("canonical", flat=True))
    figure = Figure.objects.get(post=post)
    assert (figure.category, figure.value, figure.bound, figure.place) == ("killed", 35, "at_least", "Sumy")
    assert not Job.objects.exists()
    event = Event.objects.filter(post=post).latest("pk")
    assert event.type == "post.enriched"
    assert event.payload["version"] == post.version
    assert 'href="/live/ukraine-talks/about/mark-rutte/"' in event.payload["html"]
    assert "Key figures" in event.payload["key_figures"] or "Chiffres clés" in event.payload["key_figures"]


def test_a_post_with_nothing_to_show_sends_readers_no_second_event(published):
    """Thousands of open pages would swap the fragment for the very same one."""
    post = published("la délégation attend une réponse écrite avant la fin de la journée")
    assert drain() == 1
    assert Extraction.objects.get(post=post).status == "done"
    assert list(Event.objects.filter(post=post).values_list("type", flat=True)) == ["post.published"]


def test_a_quote_post_speaker_is_a_statement_named_as_the_newsroom_names_them(blog, alice):
    from liveline.newsroom.models import KnownName

    KnownName.objects.create(name="Mark Rutte", aliases=["Rutte"], roles=["secrétaire général de l'Otan"])
    post = domain.create_post(blog, kind="quote", body="Nous ne céderons pas", data={"speaker": "Rutte"},
                              authors=[alice])
    drain()
    statement = Statement.objects.get(post=post)
    assert (statement.speaker, statement.role) == ("Mark Rutte", "secrétaire général de l'Otan")
    html = Event.objects.filter(post=post).latest("pk").payload["html"]
    assert '<a class="quote__speaker" href="/live/ukraine-talks/about/mark-rutte/">Rutte</a>' in html


def test_a_pronoun_finds_the_speaker_of_the_previous_post(published):
    published("« Nous ne céderons pas », a déclaré la ministre Annalena Baerbock.", minutes=0)
    drain()
    later = published("« Nous resterons aux côtés de l'Ukraine », a-t-elle ajouté.", minutes=5)
    drain()
    assert Statement.objects.get(post=later).speaker == "Annalena Baerbock"


def test_an_edit_is_read_again_and_the_old_facts_are_never_shown_for_the_new_words(published, client):
    post = published(RUTTE)
    drain()
    post = domain.edit_post(post, version=post.version, body=TOLL)
    assert Extraction.objects.get(post=post).status == "pending"
    # Between the edit and the new reading, readers see the post without the old speaker.
    page = client.get("/live/ukraine-talks/").content.decode()
    assert "/about/mark-rutte/" not in page
    drain()
    assert not Statement.objects.filter(post=post).exists()
    assert Figure.objects.get(post=post).value == 35


def test_pinning_or_a_headline_does_not_read_the_post_again(published):
    post = published(RUTTE)
    drain()
    post = domain.set_pinned(post, True, version=post.version)
    post = domain.edit_post(post, version=post.version, key_event=True, headline="Rutte")
    assert not Job.objects.exists()
    assert drain() == 0
    assert Extraction.objects.get(post=post).status == "done"


def test_a_post_edited_while_it_is_read_is_read_again(published, monkeypatch):
    from liveline.newsroom import worker

    post = published(RUTTE)
    real = worker.extract_post

    def edit_meanwhile(p):
        result = real(p)
        if p.body == RUTTE:
            domain.edit_post(p, version=None, body=TOLL)
        return result

    monkeypatch.setattr(worker, "extract_post", edit_meanwhile)
    assert drain() == 2  # the first result was for words the post no longer had
    assert not Statement.objects.filter(post=post).exists()
    assert Figure.objects.get(post=post).value == 35
    assert Event.objects.filter(post=post, type="post.enriched").count() == 1


def test_a_quote_post_whose_role_changes_is_read_again(blog, alice):
    post = domain.create_post(blog, kind="quote", body="La paix est possible.", data={"speaker": "Mark Rutte"},
                              authors=[alice])
    drain()
    post = domain.edit_post(post, version=post.version, data={"speaker": "Mark Rutte", "role": "secrétaire général"})
    assert Job.objects.filter(post=post).exists()
    drain()
    assert Statement.objects.get(post=post).role == "secrétaire général"


def test_days_after_an_event_count_from_an_earlier_post_in_a_rebuilt_context(published):
    """The worker rebuilds each post's context from stored posts, as after a restart."""
    published("Un séisme de magnitude 7,7 a frappé la Birmanie ce matin.", minutes=0)
    drain()
    later = published("Trois jours après le séisme, une minute de silence a été observée.", minutes=3 * 24 * 60)
    drain()
    assert Extraction.objects.get(post=later).result["dates"] == [{"text": "Trois jours après", "date": "2026-11-27"}]


def test_a_post_pinned_while_its_facts_are_rendered_is_announced_pinned(published, monkeypatch):
    # The event's markup is rendered outside the blog lock; whatever is appended meanwhile (here
    # the post pinned by an editor) must not be undone on open pages by a markup from before it.
    from liveline.newsroom import worker

    post = published(RUTTE)
    real = worker.enriched_payload

    def pin_meanwhile(p):
        payload = real(p)
        if not Event.objects.filter(post=post, type="post.pinned").exists():
            domain.set_pinned(p, True, version=None)
        return payload

    monkeypatch.setattr(worker, "enriched_payload", pin_meanwhile)
    assert drain() == 1
    # Open pages end with the post pinned and showing its speaker, whichever event brought it.
    last = Event.objects.filter(post=post).latest("pk")
    assert last.payload["pinned"] is True
    assert 'href="/live/ukraine-talks/about/mark-rutte/"' in last.payload["html"]


def test_a_storm_named_in_an_earlier_post_is_still_no_person_in_a_rebuilt_context(published):
    """The storm's name alone, posts later, is the storm (an event, not an entity), not a place."""
    published("Le cyclone Garance s'approche de La Réunion, placée en alerte rouge.", minutes=0)
    drain()
    later = published("Garance a privé 150 000 foyers d'électricité, selon EDF.", minutes=90)
    drain()
    entities = Extraction.objects.get(post=later).result["entities"]
    assert "Garance" not in {e["canonical"] for e in entities}
    assert "EDF" in {e["canonical"] for e in entities}


def test_the_accused_of_a_trial_opened_posts_earlier_speaks_in_a_rebuilt_context(published):
    """The worker rebuilds each post's context from stored posts: who is on trial must survive it."""
    published("Le procès de Romain Keraudren, 41 ans, s'est ouvert ce matin devant la cour d'assises de Vannes.",
              minutes=0)
    published("La salle d'audience est comble : une cinquantaine de proches de la victime ont pris place.", minutes=20)
    drain()
    later = published("Interrogé par la présidente, l'accusé a longtemps gardé le silence. « Je ne me souviens de "
                      "rien », a-t-il fini par lâcher.", minutes=95)
    drain()
    quotes = Extraction.objects.get(post=later).result["quotes"]
    assert [q["speaker"]["name"] if q["speaker"] else None for q in quotes] == ["Romain Keraudren"]


def test_a_pronoun_names_whom_an_earlier_post_said_she_is_in_a_rebuilt_context(published):
    """Stored results keep no gender: the worker stores what each post leaves later ones (its handoff), so that
    "a-t-elle ajouté" names the spokeswoman and not the man quoted after her."""
    first = published("« Les secours sont mobilisés », a déclaré la porte-parole de la préfecture, Dominique Roussel. "
                      "« La route restera fermée », a précisé le maire, Claude Girard.", minutes=0)
    drain()
    assert {"name": "Dominique Roussel", "role": "porte-parole de la préfecture", "gender": "f"} in \
        Extraction.objects.get(post=first).handoff["speakers"]
    later = published("« Nous ferons le point à 18 heures », a-t-elle ajouté.", minutes=10)
    drain()
    assert Statement.objects.get(post=later).speaker == "Dominique Roussel"
