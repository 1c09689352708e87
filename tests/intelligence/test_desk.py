"""Desk: suggestions accepted or corrected (kept, shown to readers, fed to the names list),
the names list, and the near-duplicate warning while composing."""

from __future__ import annotations

import pytest

from liveline.blogs.models import Post
from liveline.live.models import Event
from liveline.newsroom.models import Correction, KnownName, Mention, Statement
from tests.intelligence.conftest import RUTTE, TOLL, TOLL_UPDATE, drain

pytestmark = pytest.mark.django_db

UNSURE = "« Nous ne céderons pas », a déclaré le porte-parole."


def facts_url(post) -> str:
    return f"/desk/ukraine-talks/facts/{post.pk}/"


def test_the_facts_page_shows_suggestions_and_links_from_the_timeline(client, alice, published):
    post = published(RUTTE + " " + TOLL)
    drain()
    client.force_login(alice)
    assert facts_url(post) in client.get("/desk/ukraine-talks/").content.decode()
    page = client.get(facts_url(post)).content.decode()
    assert "Mark Rutte" in page and 'value="accept"' in page
    assert 'name="headline" value="Au moins 35 civils ont été tués' in page  # a headline to accept or rewrite
    assert f'action="/desk/ukraine-talks/posts/{post.pk}/key-event/"' in page
    assert Post.objects.get(pk=post.pk).key_event is False  # nothing done by itself


def test_correcting_a_speaker_is_kept_shown_and_learnt(client, alice, published):
    post = published(UNSURE)
    drain()
    client.force_login(alice)
    before = Event.objects.count()
    response = client.post(facts_url(post) + "correct/", {
        "field": "speaker", "target": "Nous ne céderons pas", "action": "correct",
        "name": "Dmitri Peskov", "role": "porte-parole du Kremlin"})
    assert response.status_code == 302
    correction = Correction.objects.get(post=post)
    assert correction.value == {"name": "Dmitri Peskov", "role": "porte-parole du Kremlin"} and correction.by == alice
    assert Statement.objects.get(post=post).speaker == "Dmitri Peskov"
    known = KnownName.objects.get(name="Dmitri Peskov")
    assert known.type == "person" and known.roles == ["porte-parole du Kremlin"]
    event = Event.objects.latest("pk")
    assert Event.objects.count() == before + 1 and event.type == "post.enriched"
    assert "/about/dmitri-peskov/" in event.payload["html"]
    # A new reading of the post keeps the journalist's answer.
    client.post(facts_url(post) + "reread/")
    drain()
    assert Statement.objects.get(post=post).speaker == "Dmitri Peskov"


def test_no_speaker_removes_the_statement(client, alice, published):
    post = published(RUTTE)
    drain()
    client.force_login(alice)
    client.post(facts_url(post) + "correct/", {"field": "speaker", "target": "Nous ne céderons pas", "action": "none"})
    assert not Statement.objects.filter(post=post).exists()


def test_correcting_a_name_adds_the_spelling_as_an_alias_and_the_extractor_uses_it(client, alice, published):
    post = published("Les frappes ont repris sur Kiev cette nuit.")
    drain()
    assert Mention.objects.get(post=post, type="place").canonical == "Kyiv"
    client.force_login(alice)
    client.post(facts_url(post) + "correct/", {"field": "entity", "target": "Kyiv", "action": "correct",
                                               "name": "Kyïv", "type": "place"})
    assert Mention.objects.get(post=post, type="place").canonical == "Kyïv"
    known = KnownName.objects.get(name="Kyïv")
    assert known.type == "place" and known.aliases == ["Kiev"]
    # The next post is read with the newsroom's list: no correction needed any more.
    later = published("Les sirènes ont retenti à Kiev.", minutes=10)
    drain()
    assert set(Mention.objects.filter(post=later).values_list("canonical", flat=True)) == {"Kyïv"}


def test_not_a_name_removes_it(client, alice, published):
    post = published(RUTTE)
    drain()
    client.force_login(alice)
    client.post(facts_url(post) + "correct/", {"field": "entity", "target": "Kyiv", "action": "remove"})
    assert not Mention.objects.filter(post=post, canonical="Kyiv").exists()


def test_a_contributor_sees_suggestions_but_cannot_correct(client, bob, published):
    post = published(RUTTE)
    drain()
    client.force_login(bob)
    page = client.get(facts_url(post)).content.decode()
    assert "Mark Rutte" in page and 'value="accept"' not in page
    response = client.post(facts_url(post) + "correct/", {"field": "speaker", "target": "Nous ne céderons pas",
                                                            "action": "none"})
    assert response.status_code == 403
    assert Statement.objects.filter(post=post).exists()


def test_strangers_do_not_see_the_desk_pages(client, carol, published):
    post = published(RUTTE)
    client.force_login(carol)
    assert client.get(facts_url(post)).status_code == 404
    assert client.post("/desk/ukraine-talks/facts/duplicates/", {"body": TOLL}).status_code == 404


def test_a_quote_post_speaker_is_suggested_as_the_list_names_them(client, alice, blog):
    from liveline.blogs import domain

    KnownName.objects.create(name="Mark Rutte", aliases=["Rutte"], roles=["secrétaire général de l'Otan"])
    post = domain.create_post(blog, kind="quote", body="La paix est possible.", data={"speaker": "Rutte"},
                              authors=[alice])
    drain()
    client.force_login(alice)
    page = client.get(facts_url(post)).content.decode()
    assert 'id="own-name" name="name" value="Mark Rutte"' in page
    client.post(facts_url(post) + "speaker/", {"version": post.version, "name": "Mark Rutte",
                                               "role": "secrétaire général de l'Otan"})
    post.refresh_from_db()
    assert post.data["speaker"] == "Mark Rutte" and post.version == 2


def test_the_names_list_is_kept_by_editors(client, alice, carol, blog):
    client.force_login(alice)
    response = client.post("/desk/newsroom/names/", {
        "name": "Kaja Kallas", "type": "person", "aliases": "Kallas\nMme Kallas",
        "roles": "cheffe de la diplomatie européenne", "gender": "f"})
    assert response.status_code == 302
    known = KnownName.objects.get()
    assert known.aliases == ["Kallas", "Mme Kallas"] and known.gender == "f"
    assert "Kaja Kallas" in client.get("/desk/newsroom/names/").content.decode()
    client.force_login(carol)
    assert client.get("/desk/newsroom/names/").status_code == 403


def test_the_duplicate_warning_links_the_earlier_post(client, alice, published):
    earlier = published(TOLL)
    client.force_login(alice)
    answer = client.post("/desk/ukraine-talks/facts/duplicates/", {"body": TOLL}).json()
    assert answer["matches"][0]["post"] == earlier.pk and answer["matches"][0]["label"] == "duplicate"
    assert f'href="/live/ukraine-talks/posts/{earlier.pk}/"' in answer["html"]
    assert "Doublon possible" in answer["html"]


def test_a_changed_figure_is_a_possible_update(client, alice, published):
    published(TOLL)
    client.force_login(alice)
    answer = client.post("/desk/ukraine-talks/facts/duplicates/", {"body": TOLL_UPDATE}).json()
    match = answer["matches"][0]
    assert match["label"] == "update" and match["changed"] == [[35, 41]]
    assert "Mise à jour ou correction possible" in answer["html"] and "35 → 41" in answer["html"]


def test_a_different_draft_gets_no_warning(client, alice, published):
    published(TOLL)
    client.force_login(alice)
    answer = client.post("/desk/ukraine-talks/facts/duplicates/",
                         {"body": "Le président français recevra demain son homologue brésilien à l'Élysée."}).json()
    assert answer == {"matches": [], "speaker": None, "html": ""}


def test_the_compose_form_calls_the_duplicate_endpoint(client, alice, blog):
    client.force_login(alice)
    page = client.get("/desk/ukraine-talks/").content.decode()
    assert 'data-duplicates="/desk/ukraine-talks/facts/duplicates/"' in page
    assert "data-duplicates-box" in page and "newsroom/compose.js" in page


def test_composing_a_quote_offers_the_speaker_as_the_list_names_them(client, alice, blog):
    KnownName.objects.create(name="Mark Rutte", aliases=["Rutte"], roles=["secrétaire général de l'Otan"])
    client.force_login(alice)
    answer = client.post("/desk/ukraine-talks/facts/duplicates/", {"body": "La paix", "speaker": "Rutte"}).json()
    assert answer["speaker"] == {"name": "Mark Rutte", "role": "secrétaire général de l'Otan"}
    assert 'data-use-speaker data-name="Mark Rutte"' in answer["html"]
    same = client.post("/desk/ukraine-talks/facts/duplicates/", {
        "body": "La paix", "speaker": "Mark Rutte", "role": "secrétaire général de l'Otan"}).json()
    assert same["speaker"] is None and same["html"] == ""
