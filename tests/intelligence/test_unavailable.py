"""Without a language model, without the engine, or switched off: publishing works, and the
desk and the API say what happened."""

from __future__ import annotations

import time

import pytest

from liveline import intel
from liveline.live.models import Event
from liveline.newsroom import worker
from liveline.newsroom.models import Extraction, Job, Mention
from tests.intelligence.conftest import RUTTE, drain

pytestmark = pytest.mark.django_db


def test_without_a_language_model_the_rules_still_run_and_the_desk_says_so(settings, client, alice, published):
    settings.INTEL_MODEL_FR = "none"
    assert intel.status("fr")["loaded"] is False
    post = published(RUTTE)
    drain()
    extraction = Extraction.objects.get(post=post)
    assert extraction.status == "done"
    assert extraction.model == {"name": "none", "loaded": False, "reason": "no language model configured"}
    assert extraction.result["quotes"][0]["text"] == "Nous ne céderons pas"  # quote marks need no model
    assert Mention.objects.filter(post=post, canonical="Kyiv").exists()  # the alias list needs none either
    client.force_login(alice)
    page = client.get(f"/desk/ukraine-talks/facts/{post.pk}/").content.decode()
    assert "Lue sans modèle de langue" in page
    api = client.get(f"/api/blogs/ukraine-talks/posts/{post.pk}").json()["extracted"]
    assert api["status"] == "done" and api["model"]["loaded"] is False


def test_an_engine_that_cannot_run_marks_the_post_unavailable_without_retrying(monkeypatch, client, alice,
                                                                               published):
    def missing():
        raise worker.Unavailable("the extraction engine cannot be imported: No module named 'rapidfuzz'")

    monkeypatch.setattr(worker, "_engine", missing)
    post = published(RUTTE)
    assert drain() == 1
    extraction = Extraction.objects.get(post=post)
    assert extraction.status == "unavailable" and "rapidfuzz" in extraction.error
    assert not Job.objects.exists()
    assert not Event.objects.filter(type="post.enriched").exists()
    assert client.get(f"/api/blogs/ukraine-talks/posts/{post.pk}").json()["extracted"]["status"] == "unavailable"
    client.force_login(alice)
    assert "pas disponible sur ce serveur" in client.get(f"/desk/ukraine-talks/facts/{post.pk}/").content.decode()
    # The reader page is the plain post.
    assert client.get("/live/ukraine-talks/").status_code == 200


def test_switched_off_nothing_is_queued(settings, client, published):
    settings.INTEL_ENABLED = False
    post = published(RUTTE)
    assert not Job.objects.exists() and not Extraction.objects.exists()
    assert client.get(f"/api/blogs/ukraine-talks/posts/{post.pk}").json()["extracted"] is None


def test_the_in_process_worker_follows_the_setting(settings, monkeypatch, tmp_path):
    from liveline.newsroom import inprocess

    settings.INTEL_WORKER = "separate"
    assert inprocess.in_process_worker() is None
    settings.INTEL_WORKER = "server"
    monkeypatch.delenv("DATABASE_URL", raising=False)  # the child gets a throwaway database
    monkeypatch.setenv("LIVELINE_DATA_DIR", str(tmp_path))
    worker = inprocess.AttachedWorker()
    try:
        time.sleep(0.5)
        assert worker.child.poll() is None, "the worker child is not running"
    finally:
        worker.stop()
    # Stopping the server ends the child (its stdin closes), cleanly.
    assert worker.child.returncode == 0
