"""The extraction worker: claims a job, reads the post, stores its facts and tells open pages.

It runs as `liveline worker` (a plain long-running command; as many as you like, see
queue.claim), which the server itself starts as its child when LIVELINE_INTEL_WORKER says so
(the SQLite default; see inprocess.py). The result is stored, and its `post.enriched`
event appended, under the blog's row lock like every domain write, so the blog's event ids stay
committed in order; the event's markup is rendered between the two, outside the lock.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from django.db import close_old_connections, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

import liveline
from liveline.blogs.models import LiveBlog, Post
from liveline.live import hub
from liveline.live.events import post_payload
from liveline.live.models import Event
from liveline.newsroom import facts, hooks, queue
from liveline.newsroom.models import Extraction, KnownName

log = logging.getLogger(__name__)
ENGINE = f"liveline.intel {liveline.__version__}"
EMPTY: dict[str, list] = {"quotes": [], "entities": [], "dates": [], "figures": []}


class Unavailable(Exception):
    """The engine cannot run at all here (a missing package, an unsupported language)."""


def _engine():
    try:
        from liveline import intel
    except ImportError as exc:  # rapidfuzz or another engine dependency is missing
        raise Unavailable(f"the extraction engine cannot be imported: {exc}") from exc
    return intel


def context_for(post: Post):
    """The BlogContext of the post: the newsroom's names and the blog's previous posts' facts and text."""
    intel = _engine()
    earlier = _earlier_posts(post, max(intel.CONTEXT_POSTS, intel.EVENT_POSTS))
    # (A post with no extraction row yet reads as None: the reverse one-to-one's miss is an AttributeError.)
    read = [e for e in (getattr(p, "extraction", None) for p in earlier) if e and e.status == Extraction.Status.DONE]
    read = read[-intel.CONTEXT_POSTS:]
    return intel.rebuilt_context([e.shown or EMPTY for e in read],
                                 [(facts.post_text(p), p.published_at) for p in earlier[-intel.EVENT_POSTS:]],
                                 lang=post.blog.language, timezone=post.blog.timezone, known=known_names(),
                                 handoffs=[e.handoff for e in read])


def _earlier_posts(post: Post, count: int) -> list[Post]:
    """The blog's last `count` published posts before `post`, oldest first, with their extractions joined: one
    query, and only the fields the context reads."""
    return list(
        Post.objects.filter(blog_id=post.blog_id, status=Post.Status.PUBLISHED, published_at__lt=post.published_at)
        .select_related("extraction")
        .only("kind", "body", "html", "data", "published_at",
              "extraction__status", "extraction__shown", "extraction__handoff")
        .order_by("-published_at", "-pk")[:count]
    )[::-1]


def known_names() -> list:
    intel = _engine()
    return [
        intel.KnownName(k.name, k.type, aliases=list(k.aliases), roles=list(k.roles), gender=k.gender or None)
        for k in KnownName.objects.all()
    ]


def extract_post(post: Post) -> tuple[dict, dict, dict | None]:
    """(result, model status, handoff) for the post as it is now: the handoff (`intel.Handoff` as JSON) is
    what the post leaves the blog's later posts beyond its result."""
    intel = _engine()
    lang = post.blog.language
    if lang not in intel.LANGS:
        raise Unavailable(f"no extraction for posts in {lang!r}")
    text = facts.post_text(post)
    state = intel.status(lang)
    result, handoff = dict(EMPTY), None
    if text:
        context = context_for(post)
        result = intel.extract(text, lang=lang, published=post.published_at, timezone=post.blog.timezone,
                               context=context)
        handoff = context.handoff.as_json() if context.handoff else None
    return facts.with_quote_post(post, result), state, handoff


def enriched_payload(post: Post) -> dict[str, Any]:
    """`post.enriched`: the post's fragment (now with its facts) and the blog's key figures panel."""
    from liveline.newsroom.figures import panel_context

    payload = post_payload(post)
    with translation.override(post.blog.language):
        payload["key_figures"] = render_to_string(
            "newsroom/_key_figures.html", panel_context(post.blog)
        ).strip()
    return payload


def _store(claim: queue.Claim, post_hash: str, **fields: Any) -> bool:
    """Store the extraction, then append its event, each under the blog lock; False when the post
    changed meanwhile.

    The event's fragment and key-figures panel are rendered between the two, outside the lock: on
    SQLite that lock is the whole database's, and a journalist's publish waits behind it
    (bench/publish_with_worker.py). When anything was appended to the blog meanwhile, the render
    is done again under the lock, so an event never carries a page older than the one before it.
    """
    with transaction.atomic():
        LiveBlog.objects.select_for_update().get(pk=claim.blog_id)
        post = Post.objects.select_related("blog").filter(pk=claim.post_id).first()
        if post is None:
            return False
        if not queue.still_current(claim) or facts.source_hash(post) != post_hash:
            queue.done(claim)  # queued again for the newer text
            return False
        before = Extraction.objects.filter(post=post).values_list("shown", flat=True).first()
        extraction, _ = Extraction.objects.update_or_create(
            post=post, defaults={**fields, "source_hash": post_hash, "engine": ENGINE, "extracted_at": timezone.now()}
        )
        facts.apply(post, extraction)
        if fields["status"] != Extraction.Status.DONE or not post.is_published:
            queue.done(claim)
            return True
        seen = _last_event_id(claim.blog_id)
    post = Post.objects.select_related("blog", "extraction").filter(pk=post.pk).first()
    rendered = enriched_payload(post) if post is not None else None
    with transaction.atomic():
        blog = LiveBlog.objects.select_for_update().get(pk=claim.blog_id)
        if not queue.still_current(claim):
            queue.done(claim)  # edited meanwhile: the newer text's reading will announce it
            return False
        if post is not None:  # (deleted meanwhile: nothing to announce)
            announce(blog, post, had_figures=bool((before or {}).get("figures")),
                     payload=rendered if _last_event_id(blog.pk) == seen else None)
        queue.done(claim)
    return True


def _last_event_id(blog_id: int) -> int | None:
    return Event.objects.filter(blog_id=blog_id).order_by("-pk").values_list("pk", flat=True).first()


def announce(blog: LiveBlog, post: Post, *, had_figures: bool = False, payload: dict | None = None) -> bool:
    """Append `post.enriched` for a published post whose page changes (call it holding the blog's lock).

    Nothing is sent when the reading changed nothing readers see (no speaker, name or figure, before
    or now): thousands of open pages need not swap a fragment for the same one. `payload`, when
    given, was rendered since the blog's last event (see _store).
    """
    post = Post.objects.select_related("blog", "extraction").filter(pk=post.pk).first()
    if post is None or not post.is_published:
        return False
    if payload is None:
        payload = enriched_payload(post)
    figures = bool((post.extraction.shown or {}).get("figures"))
    last = (Event.objects.filter(post=post).exclude(type__in=[Event.Type.POST_DELETED, Event.Type.POST_UNPINNED])
            .order_by("-pk").values_list("payload", flat=True).first())
    if last is not None and _same_markup(last.get("html"), payload["html"]) and not (figures or had_figures):
        return False
    Event.objects.create(blog=blog, type=Event.Type.POST_ENRICHED, post=post, payload=payload)
    transaction.on_commit(lambda: hub.notify(blog.pk))
    return True


def _same_markup(a: str | None, b: str) -> bool:
    # Blank lines that a template's {% if %} leaves differ between renders; readers see nothing.
    return a is not None and a.split() == b.split()


def process(claim: queue.Claim) -> None:
    """Extract the claimed post and store the result (raises on an unexpected failure)."""
    post = Post.objects.select_related("blog").filter(pk=claim.post_id).first()
    if post is None or post.published_at is None:
        with transaction.atomic():
            queue.done(claim)
        return
    post_hash = facts.source_hash(post)
    try:
        result, state, handoff = extract_post(post)
    except Unavailable as exc:
        log.warning("post %s: %s", post.pk, exc)
        _store(claim, post_hash, status=Extraction.Status.UNAVAILABLE, result=None, handoff=None, model={},
               error=str(exc))
        return
    model = {"name": state["model"], "loaded": state["loaded"], "reason": state["reason"]}
    _store(claim, post_hash, status=Extraction.Status.DONE, result=result, handoff=handoff, model=model, error="")


def process_one(name: str | None = None) -> bool:
    """Claim and process one job; False when the queue had nothing due."""
    claim = queue.claim(name)
    if claim is None:
        return False
    try:
        process(claim)
    except Exception as exc:
        log.exception("extracting post %s failed (attempt %d)", claim.post_id, claim.attempts)
        with transaction.atomic():
            if not queue.retry(claim, f"{type(exc).__name__}: {exc}"):
                Extraction.objects.filter(pk=claim.post_id).update(
                    status=Extraction.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000],
                    extracted_at=timezone.now(),
                )
    return True


def run(stop: threading.Event, *, poll_seconds: float, name: str | None = None) -> None:
    """Process jobs until `stop` is set; idle, wait for a local commit or `poll_seconds`."""
    name = name or queue.worker_name()
    log.info("extraction worker %s started", name)
    while not stop.is_set():
        close_old_connections()
        try:
            busy = process_one(name)
        except Exception:  # the database went away, say: wait and try again
            log.exception("the extraction worker could not read its queue")
            busy = False
        if not busy:
            hooks.wake.wait(poll_seconds)
            hooks.wake.clear()
    close_old_connections()

