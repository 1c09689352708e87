"""The desk side: suggestions a journalist accepts or corrects, duplicate warnings, the names list.

Nothing here publishes by itself: accepting a suggestion is a journalist's click, and a
correction changes what the pages show about a post (who said it, which name it is), never the
post's words. Each correction is kept (`Correction`, applied over every later extraction) and
fed into the newsroom's list of names, which the extractor receives.
"""

from __future__ import annotations

import re
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from liveline.accounts import permissions
from liveline.accounts.models import Membership
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post
from liveline.blogs.rendering import markdown_to_html
from liveline.desk.access import blog_post, desk_view, member_blog, require
from liveline.newsroom import facts, hooks, worker
from liveline.newsroom.models import Correction, EntityType, Extraction, KnownName
from liveline.reader.entries import html_to_text

DUPLICATE_WINDOW = 200  # earlier posts a draft is compared with
MAX_DRAFT = 20000


# --- suggestions on a post ----------------------------------------------------------------------


def suggest_headline(post: Post, shown: dict | None) -> str:
    """A key-event headline to accept or rewrite: the figure, else who said what, else the first sentence."""
    if shown and shown.get("figures"):
        text = shown["figures"][0]["text"]
        return Truncator(text[:1].upper() + text[1:]).chars(120)
    quote = next((q for q in (shown or {}).get("quotes", []) if q.get("speaker")), None)
    if quote:
        marks = ("« ", " »") if post.blog.language == "fr" else ("“", "”")
        colon = "\u00a0: " if post.blog.language == "fr" else ": "
        words = Truncator(quote["text"]).words(12)
        return Truncator(f"{quote['speaker']['name']}{colon}{marks[0]}{words}{marks[1]}").chars(160)
    first = re.split(r"(?<=[.!?])\s", facts.post_text(post).strip(), maxsplit=1)[0]
    return Truncator(first).chars(120)


def _facts_context(request: HttpRequest, post: Post) -> dict[str, Any]:
    extraction = Extraction.objects.filter(post=post).first()
    fresh = facts.current(post)
    shown = fresh.shown if fresh else None
    answered = {(c.field, c.target) for c in Correction.objects.filter(post=post)}
    own_suggestion = None
    if post.kind == Post.Kind.QUOTE and post.data.get("speaker"):
        known = facts.canonical_speaker(post.data["speaker"], post.data.get("role") or None)
        if (known["name"], known["role"] or "") != (post.data["speaker"], post.data.get("role") or ""):
            own_suggestion = known
    return {
        "blog": post.blog, "post": post, "extraction": extraction, "shown": shown,
        "stale": extraction is not None and extraction.status == Extraction.Status.DONE and fresh is None,
        "quotes": [
            {**q, "index": n, "answered": ("speaker", q["text"]) in answered}
            for n, q in enumerate((shown or {}).get("quotes", []))
            if not (post.kind == Post.Kind.QUOTE and q["text"] == post.body)
        ],
        "entities": [{**e, "answered": ("entity", e["canonical"]) in answered}
                     for e in (shown or {}).get("entities", [])],
        "own_suggestion": own_suggestion,
        "headline": suggest_headline(post, shown) if not post.key_event else "",
        "can_correct": permissions.can_publish(request.user, post.blog),
        "entity_types": EntityType.choices,
        "model": (extraction.model if extraction else {}) or {},
    }


@desk_view
def post_facts(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    """What the engine read in a post, with the suggestions to accept or correct."""
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(post.is_published)
    with timezone.override(blog.tzinfo):
        return render(request, "newsroom/desk_facts.html", _facts_context(request, post))


def _feed_names(field: str, value: dict | None, mention_text: str, user) -> None:
    """A confirmed or corrected fact becomes (part of) an entry of the newsroom's list."""
    if not value:
        return
    name = value.get("name") or value.get("canonical")
    known = facts.find_known(name)
    if known is None:
        kind = EntityType.PERSON if field == Correction.Field.SPEAKER else value.get("type", EntityType.PERSON)
        known = KnownName.objects.create(name=name, type=kind, added_by=user)
    role = value.get("role")
    if role and role not in known.roles:
        known.roles = [*known.roles, role]
    alias = mention_text.strip()
    if field == Correction.Field.ENTITY and alias and alias.casefold() != known.name.casefold() \
            and alias.casefold() not in {a.casefold() for a in known.aliases}:
        known.aliases = [*known.aliases, alias]
    known.save()


def _record(request: HttpRequest, post: Post, field: str, target: str, value: dict | None, mention: str) -> None:
    with transaction.atomic():
        blog = LiveBlog.objects.select_for_update().get(pk=post.blog_id)
        Correction.objects.create(post=post, field=field, target=target, value=value, by=request.user)
        _feed_names(field, value, mention, request.user)
        extraction = Extraction.objects.get(post=post)
        facts.apply(post, extraction)
        worker.announce(blog, post, had_figures=True)


def _clean(text: str | None, limit: int) -> str:
    return " ".join((text or "").split())[:limit]


@require_POST
@desk_view
def correct(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    """Accept or correct a speaker or a name the engine found (editors)."""
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(post.is_published and permissions.can_publish(request.user, blog))
    fresh = facts.current(post)
    back = redirect("newsroom:desk-facts", slug=blog.slug, post_id=post.pk)
    if fresh is None:
        messages.warning(request, _("The post changed since these suggestions were made; here are the new ones."))
        return back
    field, target, action = request.POST.get("field"), request.POST.get("target", ""), request.POST.get("action")
    if field == Correction.Field.SPEAKER:
        quote = next((q for q in fresh.shown["quotes"] if q["text"] == target), None)
        if quote is None:
            return back
        if action == "accept" and quote.get("speaker"):
            value = quote["speaker"]
        elif action == "none":
            value = None
        else:
            name = _clean(request.POST.get("name"), 200)
            if not name:
                messages.error(request, _("Give the speaker’s name, or choose “No speaker”."))
                return back
            value = {"name": name, "role": _clean(request.POST.get("role"), 300) or None}
        _record(request, post, field, target, value, "")
    elif field == Correction.Field.ENTITY:
        entity = next((e for e in fresh.shown["entities"] if e["canonical"] == target), None)
        if entity is None:
            return back
        if action == "accept":
            value = {"canonical": entity["canonical"], "type": entity["type"]}
        elif action == "remove":
            value = None
        else:
            name = _clean(request.POST.get("name"), 200)
            kind = request.POST.get("type", entity["type"])
            if not name or kind not in EntityType.values:
                messages.error(request, _("Give the name as the newsroom writes it."))
                return back
            value = {"canonical": name, "type": kind}
        _record(request, post, field, target, value, entity["text"])
    else:
        return back
    messages.success(request, _("Thank you: readers see the change, and the newsroom’s list of names learnt it."))
    return back


@require_POST
@desk_view
def accept_speaker(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    """A quote post's speaker, as the newsroom's list names them: an edit of the post, by the journalist."""
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(post.kind == Post.Kind.QUOTE and permissions.can_edit_post(request.user, post))
    name, role = _clean(request.POST.get("name"), 200), _clean(request.POST.get("role"), 300)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    if name:
        try:
            domain.edit_post(post, version=version, by=request.user, data={**post.data, "speaker": name, "role": role})
        except domain.VersionConflict:
            messages.warning(request, _("Someone changed this post meanwhile; nothing was done. "
                                        "Check it and try again."))
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            _feed_names(Correction.Field.SPEAKER, {"name": name, "role": role or None}, "", request.user)
            messages.success(request, _("Saved."))
    return redirect("newsroom:desk-facts", slug=blog.slug, post_id=post.pk)


# --- near-duplicates while composing ------------------------------------------------------------


def _draft_text(request: HttpRequest) -> str:
    # The same words the engine reads for a published post: prose, a fact-check's claim, a title.
    parts = [request.POST.get(name, "") for name in ("claim", "title")]
    body = request.POST.get("body", "")
    parts.append(html_to_text(markdown_to_html(body[:MAX_DRAFT])) if body else "")
    return "\n\n".join(p.strip() for p in parts if p.strip())


@require_POST
@desk_view
def duplicates(request: HttpRequest, slug: str) -> JsonResponse:
    """{"matches": [...], "speaker": {...} | null, "html": "..."}: earlier posts the draft repeats.

    Called by newsroom/compose.js while the journalist types (debounced). A repeat whose numbers
    changed is reported as a possible update or correction, not as a duplicate. For a quote, the
    speaker as the newsroom's list names them, when the draft writes them otherwise.
    """
    blog, _role = member_blog(request, slug)
    text = _draft_text(request)
    matches: list[dict[str, Any]] = []
    if len(text) >= 20:
        from liveline.intel import compare

        exclude = request.POST.get("post")
        earlier = Post.objects.filter(blog=blog, status=Post.Status.PUBLISHED).select_related("blog")
        if exclude and exclude.isdigit():
            earlier = earlier.exclude(pk=int(exclude))
        posts = {p.pk: p for p in earlier.order_by("-published_at", "-id")[:DUPLICATE_WINDOW]}
        found = compare(text, [(pk, facts.post_text(p)) for pk, p in posts.items()])
        for match in found[:3]:
            post = posts[match["post"]]
            matches.append({
                **match, "url": reverse("reader:post", args=[blog.slug, post.pk]),
                "published_at": post.published_at.isoformat(),
                "excerpt": Truncator(facts.post_text(post)).chars(140),
            })
    speaker = _speaker_suggestion(request)
    with timezone.override(blog.tzinfo):
        shown = [{**m, "post_obj": posts[m["post"]]} for m in matches] if matches else []
        html = render_to_string("newsroom/_duplicates.html", {"matches": shown, "blog": blog, "speaker": speaker},
                                request=request)
    return JsonResponse({"matches": matches, "speaker": speaker, "html": html.strip()})


def _speaker_suggestion(request: HttpRequest) -> dict | None:
    """A quote's speaker as the newsroom's list names them, when the draft names them otherwise."""
    typed, role = _clean(request.POST.get("speaker"), 200), _clean(request.POST.get("role"), 300)
    if not typed:
        return None
    known = facts.canonical_speaker(typed, role or None)
    if (known["name"], known["role"] or "") == (typed, role):
        return None
    return {"name": known["name"], "role": known["role"] or ""}


# --- the newsroom's list of names -----------------------------------------------------------------


def can_edit_names(user) -> bool:
    """Editors of any blog and staff keep the newsroom's list."""
    return permissions.is_site_admin(user) or bool(getattr(user, "is_staff", False)) or (
        Membership.objects.filter(user=user, role=Membership.Role.EDITOR).exists()
    )


def _split(raw: str) -> list[str]:
    seen: list[str] = []
    for item in re.split(r"[\n;]", raw or ""):
        item = _clean(item, 200)
        if item and item.casefold() not in {s.casefold() for s in seen}:
            seen.append(item)
    return seen[:50]


@desk_view
def names(request: HttpRequest) -> HttpResponse:
    """The newsroom's list of names: add, change or remove an entry (the extractor reads it)."""
    require(can_edit_names(request.user))
    if request.method == "POST":
        entry_id = request.POST.get("id", "")
        entry = get_object_or_404(KnownName, pk=int(entry_id)) if entry_id.isdigit() else None
        if request.POST.get("action") == "delete" and entry is not None:
            entry.delete()
            messages.success(request, _("Removed from the list."))
            return redirect("newsroom:names")
        name, kind = _clean(request.POST.get("name"), 200), request.POST.get("type", "")
        if not name or kind not in EntityType.values:
            messages.error(request, _("Give a name and its type."))
            return redirect("newsroom:names")
        clash = KnownName.objects.filter(name__iexact=name).exclude(pk=entry.pk if entry else None).exists()
        if clash:
            messages.error(request, _("%(name)s is already in the list.") % {"name": name})
            return redirect("newsroom:names")
        entry = entry or KnownName(added_by=request.user)
        entry.name, entry.type = name, kind
        entry.aliases, entry.roles = _split(request.POST.get("aliases")), _split(request.POST.get("roles"))
        entry.gender = request.POST.get("gender") if request.POST.get("gender") in {"f", "m"} else ""
        entry.save()
        messages.success(request, _("Saved."))
        return redirect("newsroom:names")
    return render(request, "newsroom/desk_names.html", {
        "entries": KnownName.objects.all(), "entity_types": EntityType.choices,
    })


@require_POST
@desk_view
def reread(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    """Read the post again (after the list of names changed, say)."""
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(post.is_published and permissions.can_publish(request.user, blog))
    with transaction.atomic():
        hooks.request_extraction(post.pk, force=True)
        transaction.on_commit(hooks.wake.set)
    messages.success(request, _("The post will be read again in a moment."))
    return redirect("newsroom:desk-facts", slug=blog.slug, post_id=post.pk)
