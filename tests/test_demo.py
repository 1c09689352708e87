"""The demo live blogs: their content, how they load, and their replay."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest

from liveline.blogs import domain, kinds
from liveline.blogs.models import LiveBlog, Post
from liveline.blogs.rendering import render_post_fragment, sanitize
from liveline.demo import loader
from liveline.live.models import Event
from tests.conftest import ROOT, _free_port

FR, EN = loader.load_spec("fr"), loader.load_spec("en")


def _blog(spec: dict) -> LiveBlog:
    return LiveBlog.objects.get(slug=spec["blog"]["slug"])


def _published(spec: dict):
    return _blog(spec).posts.filter(status=Post.Status.PUBLISHED)


@pytest.fixture
def demo(db) -> list[LiveBlog]:
    """Both demo blogs, fully loaded."""
    return loader.load_all()


# --- the content files -------------------------------------------------------------------------


@pytest.mark.parametrize("spec", [FR, EN], ids=["fr", "en"])
def test_every_post_and_edit_is_valid_for_its_kind(spec):
    for post in spec["posts"]:
        kinds.clean_content(post["kind"], post.get("body", ""), post.get("data", {}))
        for edit in post.get("edits", []):
            kinds.clean_content(post["kind"], edit.get("body", post.get("body", "")),
                                edit.get("data", post.get("data", {})))


@pytest.mark.parametrize("spec", [FR, EN], ids=["fr", "en"])
def test_posts_are_in_time_order_and_edits_come_after_them(spec):
    times = [loader._clock(p["at"]) for p in spec["posts"]]
    assert times == sorted(times)
    for post in spec["posts"]:
        for edit in post.get("edits", []):
            assert loader._clock(edit["at"]) > loader._clock(post["at"])
    names = {a["username"] for a in spec["authors"]}
    assert all(set(p["authors"]) <= names for p in spec["posts"])


@pytest.mark.parametrize("spec", [FR, EN], ids=["fr", "en"])
def test_quotes_carry_no_quote_marks_of_their_own(spec):
    for post in spec["posts"]:
        if post["kind"] == "quote":
            assert post["body"][0] not in "«“\"" and post["body"][-1] not in "»”\""


def test_french_text_gets_non_breaking_spaces_but_urls_do_not():
    spaced = loader.french_spacing("Soumy : « deuil » ; pourquoi ?")
    assert spaced == "Soumy\u00a0: «\u00a0deuil\u00a0»\u00a0; pourquoi\u00a0?"
    assert loader.french_spacing("[OTAN](https://www.nato.int/)") == "[OTAN](https://www.nato.int/)"
    link = next(p for p in FR["posts"] if p["kind"] == "link")
    assert link["data"]["url"].startswith("https://") and "\u00a0:" in FR["blog"]["title"]
    assert "\u00a0" not in EN["posts"][0]["body"]


def test_the_french_demo_uses_every_kind():
    assert {p["kind"] for p in FR["posts"]} == set(kinds.FIELDS)


# --- loading -----------------------------------------------------------------------------------


def test_load_all_builds_both_blogs_live_with_every_post(demo):
    fr, en = demo
    assert (fr.language, fr.timezone, fr.status) == ("fr", "Europe/Kyiv", LiveBlog.Status.LIVE)
    assert (en.language, en.status) == ("en", LiveBlog.Status.LIVE)
    assert fr.posts.count() == len(FR["posts"]) and 28 <= len(FR["posts"]) <= 32
    assert en.posts.count() == len(EN["posts"]) and 15 <= len(EN["posts"]) <= 20
    assert set(_published(FR).values_list("kind", flat=True)) == set(kinds.FIELDS)
    assert {"text", "quote", "link", "embed", "fact-check"} <= set(_published(EN).values_list("kind", flat=True))
    for blog in demo:
        assert not blog.posts.exclude(status=Post.Status.PUBLISHED).exists()
        first = blog.posts.order_by("published_at").first()
        assert blog.coverage_start < first.published_at


def test_each_publish_and_edit_wrote_its_event(demo):
    for spec in (FR, EN):
        blog = _blog(spec)
        edits = sum(len(p.get("edits", [])) for p in spec["posts"])
        assert blog.events.filter(type=Event.Type.POST_PUBLISHED).count() == len(spec["posts"])
        assert blog.events.filter(type=Event.Type.POST_UPDATED).count() == edits
        assert blog.events.filter(type=Event.Type.POST_PINNED).count() == 1


def test_published_times_are_today_or_earlier_in_the_day_order(demo):
    now = datetime.now(UTC)
    for blog in demo:
        times = list(blog.posts.order_by("pk").values_list("published_at", flat=True))
        assert times == sorted(times)
        assert all(t <= now for t in times)
        assert now - times[0] < timedelta(days=2)


def test_the_casualty_figure_is_corrected_with_a_revision_and_a_public_note(demo):
    post = _published(FR).exclude(correction_note="").get()
    assert "35 morts" in post.html and "34" not in post.html
    assert post.headline.startswith("Soumy\u00a0: 35 morts")
    revision = post.revisions.get()
    assert "34 morts" in revision.body and revision.correction_note == ""
    assert post.edited_at is not None and post.edited_at > post.published_at
    fragment = render_post_fragment(post)
    assert "post__updated" in fragment and post.correction_note in fragment.replace("&#x27;", "'")


def test_exactly_one_pinned_summary_per_blog_kept_up_to_date(demo):
    for spec in (FR, EN):
        pinned = _published(spec).get(pinned=True)
        assert pinned.body.startswith("### ")
        assert pinned.revisions.count() == len(next(p for p in spec["posts"] if p.get("pinned"))["edits"])


def test_key_events_have_short_headlines(demo):
    assert _published(FR).filter(key_event=True).count() >= 3
    assert _published(EN).filter(key_event=True).count() >= 2
    for post in Post.objects.filter(key_event=True):
        assert 10 < len(post.headline) <= 120


def test_every_post_renders_non_empty_sanitized_html(demo):
    for post in Post.objects.filter(blog__in=demo):
        assert post.html.strip()
        assert sanitize(post.html) == post.html
        assert "<script" not in post.html and "javascript:" not in post.html
        assert f'id="post-{post.pk}"' in render_post_fragment(post)


def test_demo_journalists_sign_posts_and_cannot_log_in(demo, django_user_model):
    for spec in (FR, EN):
        blog = _blog(spec)
        assert blog.memberships.count() == len(spec["authors"])
        for person in spec["authors"]:
            user = django_user_model.objects.get(username=person["username"])
            assert not user.has_usable_password()
            assert user.posts.filter(blog=blog).exists()
    assert Post.objects.filter(blog=demo[0], authors__isnull=True).count() == 0


def test_loading_again_changes_nothing(demo):
    before = {b.pk: (b.posts.count(), b.events.count()) for b in demo}
    again = loader.load_all()
    assert [b.pk for b in again] == [b.pk for b in demo]
    assert {b.pk: (b.posts.count(), b.events.count()) for b in again} == before


def test_reset_recreates_only_the_demo_blogs(demo, blog, django_user_model):
    users = django_user_model.objects.count()
    domain.create_post(blog, body="Un message qui doit survivre à la remise à zéro.")
    fresh = loader.load_all(reset=True)
    assert {b.pk for b in fresh}.isdisjoint(b.pk for b in demo)
    assert fresh[0].posts.count() == len(FR["posts"])
    assert not LiveBlog.objects.filter(pk__in=[b.pk for b in demo]).exists()
    assert blog.posts.count() == 1 and LiveBlog.objects.filter(pk=blog.pk).exists()
    assert django_user_model.objects.count() == users


# --- times -------------------------------------------------------------------------------------


KYIV = ZoneInfo("Europe/Kyiv")


def test_a_finished_day_keeps_its_real_times():
    now = datetime(2025, 4, 15, 22, 0, tzinfo=KYIV)
    times = loader.plan_times(["07:30", "12:00", "20:30"], KYIV, now)
    assert [t.strftime("%d %H:%M") for t in times] == ["15 07:30", "15 12:00", "15 20:30"]


def test_a_day_in_progress_is_squeezed_before_now():
    now = datetime(2025, 4, 15, 14, 0, tzinfo=KYIV)
    times = loader.plan_times(["07:30", "12:00", "20:30"], KYIV, now)
    assert times[0].strftime("%d %H:%M") == "15 07:30"
    assert times == sorted(times) and times[-1] <= now and now - times[-1] < timedelta(minutes=5)


def test_early_in_the_morning_the_day_is_yesterday():
    now = datetime(2025, 4, 15, 6, 0, tzinfo=KYIV)
    times = loader.plan_times(["07:30", "20:30"], KYIV, now)
    assert [t.strftime("%d %H:%M") for t in times] == ["14 07:30", "14 20:30"]


# --- replay ------------------------------------------------------------------------------------


def test_replay_holds_back_posts_then_publishes_them_in_order_each_with_its_event(db):
    blogs = loader.load_all(replay=True)
    for spec in (FR, EN):
        assert _published(spec).count() == loader.REPLAY_HEAD
    held = {b.pk: list(b.posts.filter(status=Post.Status.DRAFT).order_by("pk")) for b in blogs}
    events_before = Event.objects.filter(type=Event.Type.POST_PUBLISHED).count()
    slept = []
    done = loader.replay(0.001, sleep=slept.append)
    assert slept and set(slept) == {0.001} and done == len(slept)
    for blog in blogs:
        posts = list(blog.posts.order_by("pk"))
        assert all(p.status == Post.Status.PUBLISHED for p in posts)
        times = [p.published_at for p in posts]
        assert times == sorted(times)
        assert blog.posts.filter(pinned=True).count() == 1
        for draft in held[blog.pk]:
            assert Event.objects.filter(post=draft, type=Event.Type.POST_PUBLISHED).count() == 1
    held_count = sum(len(v) for v in held.values())
    assert Event.objects.filter(type=Event.Type.POST_PUBLISHED).count() == events_before + held_count
    corrected = _published(FR).exclude(correction_note="").get()
    assert corrected.revisions.count() == 1
    assert loader.replay(0.001, sleep=slept.append) == 0  # nothing left


def test_replay_stops_cleanly_on_keyboard_interrupt(db):
    loader.load_all(replay=True)
    calls = []

    def sleep(seconds: float) -> None:
        calls.append(seconds)
        if len(calls) == 3:
            raise KeyboardInterrupt

    assert loader.replay(1.0, sleep=sleep) == 2
    assert Post.objects.filter(status=Post.Status.PUBLISHED).count() == 2 * loader.REPLAY_HEAD + 2


def test_a_failing_step_does_not_stop_the_replay(db, caplog):
    blogs = loader.load_all(replay=True)
    gone = blogs[0].posts.filter(status=Post.Status.DRAFT).order_by("pk").first()

    def sleep(seconds: float) -> None:
        # An editor deletes the next held-back draft while the replay runs: publishing it fails.
        if Post.objects.get(pk=gone.pk).status == Post.Status.DRAFT:
            domain.delete_post(gone)

    steps = len(loader._interleave([loader._pending(FR), loader._pending(EN)]))
    assert loader.replay(0, sleep=sleep) == steps - 1
    assert "a step failed" in caplog.text
    assert not Post.objects.filter(status=Post.Status.DRAFT).exists()
    assert Post.objects.get(pk=gone.pk).status == Post.Status.DELETED


# --- the real command --------------------------------------------------------------------------


@pytest.mark.server
def test_liveline_demo_serves_the_blogs_and_replays_posts_live(tmp_path):
    port = _free_port()
    env = {**os.environ, "LIVELINE_DATA_DIR": str(tmp_path)}
    for name in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE"):
        env.pop(name, None)
    log = tmp_path / "demo.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "liveline.cli", "demo", "--port", str(port), "--replay", "--interval", "0.3"],
        env=env, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        page = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and page is None:
            assert process.poll() is None, log.read_text()
            try:
                page = httpx.get(f"{base}/live/{FR['blog']['slug']}/", timeout=5)
            except httpx.TransportError:
                time.sleep(0.2)
        assert page is not None and page.status_code == 200, log.read_text()
        assert FR["blog"]["title"].split(":")[0] in page.text
        first = httpx.get(f"{base}/live/{FR['blog']['slug']}/updates", timeout=5).json()["last_event_id"]
        time.sleep(2)
        later = httpx.get(f"{base}/live/{FR['blog']['slug']}/updates?after={first}", timeout=5).json()
        assert any(e["type"] == "post.published" for e in later["events"]), log.read_text()
        assert httpx.get(f"{base}/live/{EN['blog']['slug']}/", timeout=5).status_code == 200
        assert httpx.get(f"{base}/static/liveline/demo/semaine-ukraine.svg", timeout=5).status_code == 200
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
