"""Load the demo live blogs, and replay their posts one by one so a newcomer sees them arrive.

The content lives in `fr.json` and `en.json` beside this module: for each blog its details,
its journalists and its posts in the order they are published, each at a time of day ("at",
in the blog's time zone). A post may be the pinned summary, a key event with a headline, and
may be edited later ("edits", each with its own time and an optional public correction note).

Every write goes through `liveline.blogs.domain`, so the event log is the one a real day of
coverage would leave. Posts are matched to their spec by creation order: the loader creates
them in spec order and nobody else writes to the demo blogs.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from liveline.accounts.models import Membership
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
# With replay, how many posts of each blog are already there when the page first opens.
REPLAY_HEAD = 5


def load_spec(language: str) -> dict[str, Any]:
    """The demo content of one blog, as written in `<language>.json`."""
    text = resources.files(__package__).joinpath(f"{language}.json").read_text(encoding="utf-8")
    return _typeset(json.loads(text))


_BEFORE_MARK = re.compile(r" ([:;!?»])")
_AFTER_MARK = re.compile(r"« ")


def french_spacing(text: str) -> str:
    """Non-breaking spaces where French typography wants them, so « » : ; ! ? never start a line.

    The JSON keeps plain spaces, easier to write and review; a URL has no space before its colon.
    """
    return _AFTER_MARK.sub("«\u00a0", _BEFORE_MARK.sub("\u00a0\\1", text))


def _typeset(spec: dict[str, Any]) -> dict[str, Any]:
    if spec["blog"]["language"] != "fr":
        return spec

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return french_spacing(value)
        if isinstance(value, dict):
            return {k: v if k in {"url", "src", "source_url", "at"} else fix(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fix(v) for v in value]
        return value

    return {**spec, "posts": fix(spec["posts"]), "blog": {**spec["blog"], "title": fix(spec["blog"]["title"]),
                                                          "description": fix(spec["blog"]["description"])}}


# --- times -------------------------------------------------------------------------------------


def _clock(value: str) -> timedelta:
    hours, minutes = value.split(":")
    return timedelta(hours=int(hours), minutes=int(minutes))


def plan_times(clocks: list[str], tz: ZoneInfo, now: datetime) -> list[datetime]:
    """Today's datetimes for the "HH:MM" times of the day, none of them in the future.

    When the day's schedule is not over yet, it is squeezed between its start and a couple of
    minutes ago, so the page shows today's date and a recent last post; before the first hour of
    coverage, yesterday's schedule is used instead.
    """
    local_now = now.astimezone(tz)
    offsets = [_clock(c) for c in clocks]
    start, end = min(offsets), max(offsets)

    def at(day: date, offset: timedelta) -> datetime:
        midnight = datetime(day.year, day.month, day.day, tzinfo=tz)
        return (midnight + offset).astimezone(tz)

    today = local_now.date()
    first, last = at(today, start), at(today, end)
    latest = local_now - timedelta(minutes=2)
    if last <= latest:
        return [at(today, o) for o in offsets]
    if latest - first < timedelta(hours=1):
        return [at(today - timedelta(days=1), o) for o in offsets]
    ratio = (latest - first) / (last - first)
    # Whole minutes, as a journalist's clock would show them.
    return [(first + (at(today, o) - first) * ratio).replace(second=0, microsecond=0) for o in offsets]


# --- steps -------------------------------------------------------------------------------------


@dataclass
class Step:
    """Publishing post `index` of a blog's spec, or applying edit `edit` (0-based) to it."""

    at: str
    index: int
    edit: int | None = None

    @property
    def is_publish(self) -> bool:
        return self.edit is None


def steps_of(spec: dict[str, Any]) -> list[Step]:
    """Every publish and edit of a blog, in the order of the day (publishes first at equal times)."""
    steps = []
    for index, post in enumerate(spec["posts"]):
        steps.append(Step(post["at"], index))
        for number, edit in enumerate(post.get("edits", [])):
            steps.append(Step(edit["at"], index, number))
    return sorted(steps, key=lambda s: (_clock(s.at), s.edit is not None, s.index))


# --- loading -----------------------------------------------------------------------------------


def _authors(spec: dict[str, Any], blog: LiveBlog) -> dict[str, Any]:
    User = get_user_model()
    users = {}
    for person in spec["authors"]:
        user, created = User.objects.get_or_create(
            username=person["username"],
            defaults={"first_name": person["first_name"], "last_name": person["last_name"]},
        )
        if created:
            # Demo journalists exist to sign posts; nobody can log in as them.
            user.set_unusable_password()
            user.save(update_fields=["password"])
        Membership.objects.get_or_create(user=user, blog=blog, defaults={"role": person["role"]})
        users[person["username"]] = user
    return users


def _post_fields(post: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": post["kind"], "body": post.get("body", ""), "data": post.get("data", {}),
        "key_event": bool(post.get("key_event")), "headline": post.get("key_event") or "",
    }


def _apply_edit(post: Post, spec_post: dict[str, Any], number: int, by: Any) -> Post:
    edit = spec_post["edits"][number]
    changes = {name: edit[name] for name in ("body", "data", "headline") if name in edit}
    return domain.edit_post(post, version=None, by=by, correction_note=edit.get("note"), **changes)


def load_blog(spec: dict[str, Any], *, replay: bool = False, now: datetime | None = None) -> LiveBlog:
    """Create one demo blog and its posts (all of them, or only the first few with `replay`)."""
    info = spec["blog"]
    tz = ZoneInfo(info["timezone"])
    steps = steps_of(spec)
    if replay:
        publishes = [i for i, s in enumerate(steps) if s.is_publish]
        head = steps[: publishes[min(REPLAY_HEAD, len(publishes)) - 1] + 1]
    else:
        head = steps
    times = plan_times([s.at for s in head], tz, now or timezone.now())
    when = {(s.index, s.edit): t for s, t in zip(head, times, strict=True)}
    posts = spec["posts"]
    # Coverage opens a little before the first post of the day.
    start = min(times) - timedelta(minutes=5)
    blog = domain.create_blog(
        slug=info["slug"], title=info["title"], description=info.get("description", ""),
        language=info["language"], timezone_name=info["timezone"], status=LiveBlog.Status.LIVE,
        coverage_start=start,
    )
    users = _authors(spec, blog)
    created: dict[int, Post] = {}
    for step in head:
        spec_post = posts[step.index]
        authors = [users[name] for name in spec_post["authors"]]
        if step.is_publish:
            created[step.index] = domain.create_post(
                blog, **_post_fields(spec_post), authors=authors, status=Post.Status.PUBLISHED,
                pinned=bool(spec_post.get("pinned")), published_at=when[(step.index, None)],
            )
        else:
            created[step.index] = _apply_edit(created[step.index], spec_post, step.edit, authors[0])
    # Held-back posts wait as drafts, created in the order replay will publish them.
    for step in steps[len(head):]:
        if step.is_publish:
            spec_post = posts[step.index]
            domain.create_post(blog, **_post_fields(spec_post), status=Post.Status.DRAFT,
                               authors=[users[name] for name in spec_post["authors"]])
    return blog


def load_all(reset: bool = False, replay: bool = False) -> list[LiveBlog]:
    """Create the demo blogs unless they exist; `reset` (and `replay`, which starts the day over)
    deletes and recreates them. Only the demo blogs are touched. Returns the blogs, French first."""
    blogs = []
    for language in LANGUAGES:
        spec = load_spec(language)
        slug = spec["blog"]["slug"]
        existing = LiveBlog.objects.filter(slug=slug).first()
        if existing is not None and not (reset or replay):
            blogs.append(existing)
            continue
        with transaction.atomic():
            if existing is not None:
                # No domain function deletes a blog: its posts, events and roles go with it.
                existing.delete()
            blogs.append(load_blog(spec, replay=replay))
    return blogs


# --- replay ------------------------------------------------------------------------------------


def _pending(spec: dict[str, Any]) -> list[Callable[[], None]]:
    """What is left to do for one demo blog, in order, judged from the database."""
    blog = LiveBlog.objects.filter(slug=spec["blog"]["slug"]).first()
    if blog is None:
        return []
    posts = list(blog.posts.order_by("pk")[: len(spec["posts"])])
    # In replay mode, posts were created in publishing order; map each spec index to its post.
    order = [s.index for s in steps_of(spec) if s.is_publish]
    by_index = dict(zip(order, posts, strict=False))
    users = {u.username: u for u in get_user_model().objects.filter(
        username__in=[a["username"] for a in spec["authors"]])}
    todo: list[Callable[[], None]] = []
    for step in steps_of(spec):
        post = by_index.get(step.index)
        if post is None:
            continue
        spec_post = spec["posts"][step.index]
        if step.is_publish:
            if post.status == Post.Status.DRAFT:
                todo.append(_publisher(post.pk, bool(spec_post.get("pinned"))))
        elif post.status == Post.Status.DRAFT or post.revisions.count() <= step.edit:
            todo.append(_editor(post.pk, spec_post, step.edit, users.get(spec_post["authors"][0])))
    return todo


def _publisher(post_id: int, pinned: bool) -> Callable[[], None]:
    def run() -> None:
        post = domain.publish_post(Post.objects.get(pk=post_id))
        if pinned:
            domain.set_pinned(post, True)
    return run


def _editor(post_id: int, spec_post: dict[str, Any], number: int, by: Any) -> Callable[[], None]:
    def run() -> None:
        _apply_edit(Post.objects.get(pk=post_id), spec_post, number, by)
    return run


def _interleave(queues: list[list[Callable[[], None]]]) -> list[Callable[[], None]]:
    # One step of each blog in turn, so both pages move while the newcomer watches.
    merged = []
    for i in range(max((len(q) for q in queues), default=0)):
        merged.extend(q[i] for q in queues if i < len(q))
    return merged


def replay(interval: float, *, sleep: Callable[[float], None] = time.sleep) -> int:
    """Publish the held-back demo posts (and their later edits), one every `interval` seconds.

    Runs until nothing is left or the process is interrupted; a step that fails is logged and
    skipped so the server keeps running. Returns the number of steps done.
    """
    done = 0
    try:
        queue = _interleave([_pending(load_spec(lang)) for lang in LANGUAGES])
        for run in queue:
            sleep(interval)
            if not connection.in_atomic_block:
                close_old_connections()
            try:
                run()
                done += 1
            except Exception:
                log.exception("demo replay: a step failed; going on with the next one")
    except KeyboardInterrupt:
        log.info("demo replay interrupted after %d step(s)", done)
    finally:
        # This runs in its own thread: do not leave its connection open (tests run it inside
        # their own transaction, which must stay usable).
        if not connection.in_atomic_block:
            connection.close()
    return done
