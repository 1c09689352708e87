"""Posts through the API: round trips, publishing, pinning, key events, versions, errors."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from liveline.blogs import domain
from liveline.blogs.models import Post, PostRevision
from liveline.live.models import Event

pytestmark = pytest.mark.django_db

POSTS = "/blogs/ukraine-talks/posts"


def event_types(blog) -> list[str]:
    return list(Event.objects.filter(blog=blog).order_by("pk").values_list("type", flat=True))


def test_publish_read_edit_delete_round_trip(as_alice, anon, blog):
    created = as_alice.post(POSTS, {"body": "Les délégations sont **arrivées** à Istanbul."})
    assert created.status_code == 201, created.data
    post = created.data
    assert post["kind"] == "text" and post["status"] == "published" and post["version"] == 1
    assert post["html"] == "<p>Les délégations sont <strong>arrivées</strong> à Istanbul.</p>"
    assert post["body"] == "Les délégations sont **arrivées** à Istanbul."
    assert post["authors"] == [{"username": "alice", "name": "Alice Martin"}]
    assert post["url"] == f"http://testserver/live/ukraine-talks/posts/{post['id']}/"
    assert post["pinned"] is False and post["key_event"] is None and post["published_at"]

    assert anon.get(f"{POSTS}/{post['id']}").data == post
    assert [p["id"] for p in anon.get(POSTS).data["posts"]] == [post["id"]]

    edited = as_alice.patch(f"{POSTS}/{post['id']}", {"version": 1, "body": "Les délégations sont arrivées.",
                                                      "correction_note": "Heure corrigée."})
    assert edited.status_code == 200, edited.data
    assert edited.data["version"] == 2 and edited.data["edited_at"]
    assert edited.data["published_at"] == post["published_at"]
    assert edited.data["correction_note"] == "Heure corrigée."
    assert PostRevision.objects.get(post_id=post["id"]).body == post["body"]

    deleted = as_alice.delete(f"{POSTS}/{post['id']}")
    assert deleted.status_code == 200 and deleted.data["status"] == "deleted"
    assert anon.get(f"{POSTS}/{post['id']}").status_code == 404
    assert anon.get(POSTS).data["posts"] == []
    assert Post.objects.filter(pk=post["id"]).exists()  # hidden, not destroyed
    assert event_types(blog) == ["post.published", "post.updated", "post.deleted"]


def test_each_kind_round_trips_its_content(as_alice):
    kinds = [
        ("quote", "Nous ne céderons pas.", {"speaker": "Volodymyr Zelensky", "role": "président ukrainien",
                                           "source": "Telegram", "source_url": "https://t.me/V_Zelenskiy_official/1"}),
        ("embed", "La conférence de presse.", {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                                               "title": "Conférence"}),
        ("image", "Les délégations.", {"src": "https://example.org/a.jpg", "alt": "Deux tables", "width": 800,
                                       "height": 600}),
        ("link", "Le contexte.", {"url": "https://example.org/contexte", "title": "Trois ans de guerre"}),
        ("fact-check", "Les chiffres officiels disent 12.", {"claim": "20 morts", "verdict": "misleading"}),
    ]
    for kind, body, content in kinds:
        response = as_alice.post(POSTS, {"kind": kind, "body": body, "content": content})
        assert response.status_code == 201, (kind, response.data)
        expected = {**content, "provider": "youtube"} if kind == "embed" else content
        assert response.data["content"] == expected and response.data["kind"] == kind


def test_kind_specific_errors_name_the_content_field(as_alice):
    response = as_alice.post(POSTS, {"kind": "quote", "body": "Nous ne céderons pas.", "content": {}})
    assert response.status_code == 422
    assert {"field": "content.speaker", "message": "This field is required."} in response.data["errors"]
    assert response.data["detail"]
    assert Post.objects.count() == 0


def test_schema_errors_are_reshaped_into_field_messages(as_alice):
    response = as_alice.post(POSTS, {"kind": "poem", "body": 3, "colour": "red"})
    assert response.status_code == 422
    fields = {error["field"]: error["message"] for error in response.data["errors"]}
    assert fields["kind"].startswith("Choose one of:")
    assert fields["body"] == "Expected text."
    assert fields["colour"] == "Unknown field."
    assert set(response.data) == {"detail", "errors"}


def test_messages_are_translated(as_alice):
    response = as_alice.post(POSTS, {"kind": "quote", "body": "Non.", "content": {}}, **{"Accept-Language": "fr"})
    assert response.data["errors"] == [{"field": "content.speaker", "message": "Ce champ est obligatoire."}]
    response = as_alice.post(POSTS, {"kind": "quote", "body": "Non."}, **{"Accept-Language": "en"})
    assert response.data["errors"] == [{"field": "content.speaker", "message": "This field is required."}]


def test_malformed_json_is_a_400(as_alice):
    response = as_alice.post(POSTS, raw='{"body": "unterminated')
    assert response.status_code == 400
    assert response.data == {"detail": "The request body is not valid JSON."}


def test_stale_version_is_a_409_with_the_current_post(as_alice, as_dave, blog):
    post = as_alice.post(POSTS, {"body": "Bilan : 12 blessés."}).data
    assert as_dave.patch(f"{POSTS}/{post['id']}", {"version": 1, "body": "Bilan : 14 blessés."}).status_code == 200
    stale = as_alice.patch(f"{POSTS}/{post['id']}", {"version": 1, "body": "Bilan : 13 blessés."})
    assert stale.status_code == 409
    assert stale.data["current"]["body"] == "Bilan : 14 blessés." and stale.data["current"]["version"] == 2
    assert "version 2" in stale.data["detail"]
    assert Post.objects.get(pk=post["id"]).body == "Bilan : 14 blessés."
    assert as_alice.delete(f"{POSTS}/{post['id']}?version=1").status_code == 409


def test_a_stale_version_is_refused_even_when_nothing_changes(as_alice):
    post = as_alice.post(POSTS, {"body": "Texte"}).data
    as_alice.patch(f"{POSTS}/{post['id']}", {"version": 1, "body": "Texte 2"})
    assert as_alice.patch(f"{POSTS}/{post['id']}", {"version": 1}).status_code == 409


def test_published_at_never_changes(as_alice):
    post = as_alice.post(POSTS, {"body": "Première version"}).data
    url = f"{POSTS}/{post['id']}"
    version = post["version"]
    for change in ({"body": "Deuxième"}, {"key_event": "Accord signé"}, {"pinned": True}, {"pinned": False},
                   {"kind": "quote", "body": "Oui.", "content": {"speaker": "X"}}):
        response = as_alice.patch(url, {"version": version, **change})
        assert response.status_code == 200, response.data
        assert response.data["published_at"] == post["published_at"]
        version = response.data["version"]
    # Sending published_at is refused rather than silently ignored.
    response = as_alice.patch(url, {"version": version, "published_at": "2020-01-01T00:00:00Z"})
    assert response.status_code == 422 and response.data["errors"][0]["field"] == "published_at"
    assert as_alice.get(url).data["published_at"] == post["published_at"]


def test_pin_and_unpin_through_patch_replaces_the_previous_summary(as_alice, anon, blog):
    first = as_alice.post(POSTS, {"body": "Résumé 1", "pinned": True}).data
    second = as_alice.post(POSTS, {"body": "Résumé 2"}).data
    assert first["pinned"] is True
    pinned = as_alice.patch(f"{POSTS}/{second['id']}", {"version": second["version"], "pinned": True})
    assert pinned.data["pinned"] is True
    assert anon.get(f"{POSTS}/{first['id']}").data["pinned"] is False
    unpinned = as_alice.patch(f"{POSTS}/{second['id']}", {"version": pinned.data["version"], "pinned": False})
    assert unpinned.data["pinned"] is False
    assert "post.pinned" in event_types(blog) and event_types(blog)[-1] == "post.unpinned"


def test_key_event_headline_set_and_cleared(as_alice):
    post = as_alice.post(POSTS, {"body": "Les deux camps signent.", "key_event": "Accord signé"}).data
    assert post["key_event"] == "Accord signé"
    cleared = as_alice.patch(f"{POSTS}/{post['id']}", {"version": post["version"], "key_event": None})
    assert cleared.data["key_event"] is None
    empty = as_alice.patch(f"{POSTS}/{post['id']}", {"version": cleared.data["version"], "key_event": "  "})
    assert empty.status_code == 422 and empty.data["errors"][0]["field"] == "key_event"


def test_draft_then_publish_through_patch(as_alice, anon):
    draft = as_alice.post(POSTS, {"body": "Brouillon", "status": "draft"}).data
    assert draft["status"] == "draft" and draft["published_at"] is None and draft["url"] is None
    assert anon.get(f"{POSTS}/{draft['id']}").status_code == 404
    published = as_alice.patch(f"{POSTS}/{draft['id']}", {"version": draft["version"], "status": "published",
                                                           "pinned": True})
    assert published.status_code == 200, published.data
    assert published.data["status"] == "published" and published.data["pinned"] is True
    assert anon.get(f"{POSTS}/{draft['id']}").status_code == 200


def test_schedule_on_create_and_move_it(as_alice, anon):
    later = timezone.now() + timedelta(hours=1)
    scheduled = as_alice.post(POSTS, {"body": "À 15 h", "publish_at": later.isoformat()})
    assert scheduled.status_code == 201, scheduled.data
    assert scheduled.data["status"] == "scheduled" and scheduled.data["published_at"] is None
    assert anon.get(f"{POSTS}/{scheduled.data['id']}").status_code == 404
    moved = as_alice.patch(f"{POSTS}/{scheduled.data['id']}", {
        "version": scheduled.data["version"], "publish_at": (later + timedelta(hours=1)).isoformat()})
    assert moved.status_code == 200, moved.data
    assert moved.data["publish_at"] != scheduled.data["publish_at"]
    domain.publish_due_posts(later + timedelta(hours=2))
    assert anon.get(f"{POSTS}/{scheduled.data['id']}").data["status"] == "published"


@pytest.mark.parametrize("body, field", [
    ({"body": "x", "status": "scheduled"}, "publish_at"),
    ({"body": "x", "status": "scheduled", "publish_at": "2001-01-01T00:00:00Z"}, "publish_at"),
    ({"body": "x", "status": "published", "publish_at": "2999-01-01T00:00:00Z"}, "publish_at"),
    ({"body": "x", "status": "scheduled", "publish_at": "2999-01-01T00:00:00"}, "publish_at"),
    ({"body": "x", "status": "deleted"}, "status"),
    ({"body": ""}, "body"),
    ({"body": "x", "status": "draft", "pinned": True}, "pinned"),
    ({"body": "x", "content": {"speaker": "X"}}, "content"),
    ({"body": "x", "key_event": "x" * 201}, "key_event"),
    ({"body": "a\u0000b"}, "body"),
])
def test_invalid_posts_are_422_with_the_field(as_alice, body, field):
    response = as_alice.post(POSTS, body)
    assert response.status_code == 422, response.data
    assert field in {error["field"] for error in response.data["errors"]}, response.data
    assert Post.objects.count() == 0


def test_delete_then_restore_through_patch(as_alice, anon):
    post = as_alice.post(POSTS, {"body": "Effacé par erreur"}).data
    deleted = as_alice.delete(f"{POSTS}/{post['id']}").data
    edit = as_alice.patch(f"{POSTS}/{post['id']}", {"version": deleted["version"], "body": "Non"})
    assert edit.status_code == 422
    restored = as_alice.patch(f"{POSTS}/{post['id']}", {"version": deleted["version"], "status": "published"})
    assert restored.status_code == 200 and restored.data["status"] == "published"
    assert restored.data["published_at"] == post["published_at"]
    assert anon.get(f"{POSTS}/{post['id']}").status_code == 200


def test_a_failing_step_rolls_back_the_whole_patch(as_alice):
    draft = as_alice.post(POSTS, {"body": "Brouillon", "status": "draft"}).data
    # The content edit is valid but pinning a draft is not: nothing of the request may be kept.
    response = as_alice.patch(f"{POSTS}/{draft['id']}", {"version": 1, "body": "Modifié", "pinned": True})
    assert response.status_code == 422 and response.data["errors"][0]["field"] == "pinned"
    post = Post.objects.get(pk=draft["id"])
    assert post.body == "Brouillon" and post.version == 1


def test_list_pages_with_a_stable_cursor(as_alice, anon):
    ids = [as_alice.post(POSTS, {"body": f"Post {n}"}).data["id"] for n in range(5)]
    first = anon.get(f"{POSTS}?limit=2").data
    assert [p["id"] for p in first["posts"]] == ids[::-1][:2]
    as_alice.post(POSTS, {"body": "Nouveau pendant la lecture"})
    second = anon.get(f"{POSTS}?limit=2&before={first['next_before']}").data
    assert [p["id"] for p in second["posts"]] == ids[::-1][2:4]
    last = anon.get(f"{POSTS}?limit=2&before={second['next_before']}").data
    assert [p["id"] for p in last["posts"]] == [ids[0]] and last["next_before"] is None
    assert anon.get(f"{POSTS}?before=999999").status_code == 422
    assert anon.get(f"{POSTS}?limit=0").status_code == 422


def test_members_list_drafts_readers_cannot(as_alice, as_bob, anon, as_carol):
    as_alice.post(POSTS, {"body": "Publié"})
    draft = as_bob.post(POSTS, {"body": "Brouillon de Bob", "status": "draft"}).data
    assert [p["id"] for p in as_bob.get(f"{POSTS}?status=draft").data["posts"]] == [draft["id"]]
    assert len(as_alice.get(f"{POSTS}?status=all").data["posts"]) == 2
    assert anon.get(f"{POSTS}?status=draft").status_code == 403
    assert as_carol.get(f"{POSTS}?status=all").status_code == 403


def test_unknown_blog_and_post_are_json_404(anon, as_alice):
    assert anon.get("/blogs/nope/posts").status_code == 404
    response = as_alice.get(f"{POSTS}/123456")
    assert response.status_code == 404 and "123456" in response.data["detail"]
    assert anon.get(f"{POSTS}/99999999999999999999").status_code == 422  # beyond any id, not a 500
    assert anon.get("/no/such/endpoint").data == {"detail": "Not found."}


# The answer to a create is built from the post the domain wrote, not read back: it must be what
# a GET of that post returns, field for field, whatever the kind, status and options.
CREATES = [
    {"body": "Les délégations sont **arrivées** à Istanbul."},
    {"kind": "quote", "body": "Nous ne céderons pas.",
     "content": {"speaker": "Volodymyr Zelensky", "role": "président ukrainien", "source": "Telegram"}},
    {"kind": "embed", "body": "La conférence.", "content": {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}},
    {"kind": "fact-check", "body": "Les chiffres disent 12.", "content": {"claim": "20 morts", "verdict": "false"}},
    {"body": "Cessez-le-feu annoncé.", "key_event": "  Cessez-le-feu  ", "pinned": True},
    {"body": "Brouillon.", "status": "draft"},
    {"body": "Plus tard.", "status": "scheduled", "publish_at": "2099-06-01T09:30:00.123456+02:00"},
]


@pytest.mark.parametrize("payload", CREATES, ids=lambda p: p.get("kind", p.get("status", "text")))
def test_the_answer_to_a_create_is_the_post_a_get_returns(as_alice, blog, payload):
    as_alice.post(POSTS, {"body": "Un résumé déjà épinglé.", "pinned": True})  # replaced by a pinned create
    created = as_alice.post(POSTS, payload)
    assert created.status_code == 201, created.data
    assert as_alice.get(f"{POSTS}/{created.data['id']}").data == created.data


def test_the_answer_to_a_contributors_draft_is_the_post_a_get_returns(as_bob):
    created = as_bob.post(POSTS, {"body": "Brouillon de Bob", "status": "draft"})
    assert created.status_code == 201, created.data
    assert created.data["authors"] == [{"username": "bob", "name": "Bob Durand"}]
    assert as_bob.get(f"{POSTS}/{created.data['id']}").data == created.data


def test_the_answer_is_the_stored_post_without_newsroom_intelligence(as_alice, settings):
    settings.INTEL_ENABLED = False
    created = as_alice.post(POSTS, {"body": "Sans extraction."})
    assert created.data["extracted"] is None
    assert as_alice.get(f"{POSTS}/{created.data['id']}").data == created.data


def test_the_answer_is_the_stored_post_when_queueing_the_extraction_fails(as_alice, monkeypatch):
    from django.db import DatabaseError

    from liveline.newsroom import queue

    def broken(*args, **kwargs):
        raise DatabaseError("the queue is unavailable")

    monkeypatch.setattr(queue, "enqueue", broken)
    created = as_alice.post(POSTS, {"body": "Publié quand même."})
    assert created.status_code == 201 and created.data["extracted"] is None
    assert as_alice.get(f"{POSTS}/{created.data['id']}").data == created.data


def test_a_publish_writes_the_post_once_and_reads_nothing_twice(as_alice, blog):
    """The post is inserted once (no UPDATE after it), nothing it just wrote is read back, and
    the membership and the extraction are read at most once (bench/publish_cost.py measures it)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    as_alice.post(POSTS, {"body": "Premier."})  # the token's last use is written once a minute
    with CaptureQueriesContext(connection) as captured:
        assert as_alice.post(POSTS, {"body": "Deuxième."}).status_code == 201
    sql = [query["sql"] for query in captured.captured_queries]

    def count(start: str, table: str) -> int:
        return sum(1 for s in sql if s.startswith(start) and f'"{table}"' in s.split(" WHERE ")[0])

    assert count("INSERT", "blogs_post") == 1 and count("UPDATE", "blogs_post") == 0
    assert count("SELECT", "blogs_post") == 0 and count("SELECT", "blogs_post_authors") == 0
    assert count("SELECT", "accounts_membership") == 1 and count("SELECT", "newsroom_extraction") == 0
    assert count("INSERT", "live_event") == 1 and count("INSERT", "newsroom_job") == 1
