"""Newsroom intelligence: who said what, people and places, dates and figures, duplicate warnings.

`extract` turns one post's text into the structured facts stored for it; `compare` tells whether a
draft repeats earlier posts. Both are plain functions: the worker, the API and the pages call them.
See docs/intelligence.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from liveline.intel import dates as _dates
from liveline.intel import entities as _entities
from liveline.intel import figures as _figures
from liveline.intel import quotes as _quotes
from liveline.intel.context import BlogContext, EventNote, Handoff, KnownName, Speaker
from liveline.intel.duplicates import classify, compare
from liveline.intel.nlp import pipeline, status
from liveline.intel.speakers import tried_in, untitled
from liveline.intel.text import plain, quoted_spans, sentences

__all__ = ["BlogContext", "EventNote", "Handoff", "KnownName", "Speaker", "classify", "compare", "events_of", "extract",
           "rebuilt_context", "status", "storms_of", "tried_in"]
LANGS = ("fr", "en")
CONTEXT_POSTS = 200  # earlier posts whose stored speakers, roles and names a rebuilt context is given
EVENT_POSTS = 200  # earlier posts whose dated sentences "trois jours après le séisme" may count from


def extract(text: str, *, lang: str, published: datetime, timezone: str,
            context: BlogContext | None = None) -> dict:
    """The facts of one post: {"quotes", "entities", "dates", "figures"} (docs/intelligence.md).

    `published` is the post's publication time; relative dates ("hier", "last Sunday") are resolved
    on its calendar day in the blog's `timezone`. With a `context`, speakers and names of the blog's
    earlier posts resolve "a-t-elle ajouté" or "the president said", and this post is added to it.
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}; got {lang!r}")
    if published.tzinfo is None:
        published = published.replace(tzinfo=ZoneInfo(timezone))
    today = published.astimezone(ZoneInfo(timezone)).date()
    roles_before = dict(context.roles) if context is not None else {}
    tried_before = list(context.tried) if context is not None else []
    # Same length as the input: offsets found on the plain text are offsets in the original.
    work = plain(text)
    nlp = pipeline(lang)
    doc = nlp(work) if nlp is not None else None
    sents = sentences(work)
    mentions = _entities.find(work, doc, context)
    gaz = _entities.gazetteer(context)
    found_dates = _dates.find(work, lang, today, sents, doc, context)
    found_quotes, speakers = _quotes.find(work, lang, sents, mentions, context, gaz, doc)
    found_figures = _figures.find(work, lang, sents, mentions, found_dates, quoted_spans(work))
    entity_list = _entities.unique(mentions)
    result = {
        "quotes": [
            {"text": text[q.start:q.end], "kind": q.kind,
             "speaker": {"name": untitled(q.speaker.name), "role": (q.speaker.role or "").strip(" ,;:") or None}
             if q.speaker else None}
            for q in found_quotes
        ],
        "entities": [{**e, "text": text[m.start:m.end]} for e, m in _first_mentions(entity_list, mentions)],
        "dates": [{"text": text[d.start:d.end], "date": d.value} for d in found_dates],
        "figures": [
            {"text": text[f.start:f.end], "value": f.value, "bound": f.bound, "category": f.category,
             "place": f.place, "date": f.date}
            for f in found_figures
        ],
    }
    if context is not None:
        context.remember(result, speakers)
        context.handoff = Handoff(
            speakers=[replace(s) for s in speakers],
            roles={name: role for name, role in context.roles.items() if roles_before.get(name) != role},
            focus=replace(context.focus) if context.focus else None, joint=context.joint,
            tried=[name for name in context.tried if name not in tried_before],
            quoted=[(out["speaker"]["name"], q.speaker.name)
                    for out, q in zip(result["quotes"], found_quotes, strict=True) if q.speaker])
    return result


def events_of(posts: Iterable[tuple[str, datetime]], *, lang: str, timezone: str) -> list[EventNote]:
    """The dated sentences of a blog's earlier posts, (text, published) oldest first, as `extract`
    would have added them to a `BlogContext` reading them in order: what a worker that rebuilt the
    context from stored results gives `BlogContext.events_source`. Only the dates are read again."""
    nlp = pipeline(lang)
    if nlp is None:
        return []  # without a parse there are no event words to match
    context = BlogContext()
    for text, published in posts:
        if published.tzinfo is None:
            published = published.replace(tzinfo=ZoneInfo(timezone))
        work = plain(text)
        _dates.find(work, lang, published.astimezone(ZoneInfo(timezone)).date(), sentences(work), nlp(work),
                    context)
    return context.events


def storms_of(texts: Iterable[str]) -> set[str]:
    """The storms a blog's earlier posts named as such ("le cyclone Garance", "Hurricane Milton"): what
    a worker that rebuilt the context from stored results (where storms, being events, are not
    entities) puts back in `BlogContext.entities`, so that "Garance a privé 150 000 foyers" later
    is still the storm."""
    from liveline.intel.names import STORM_NAMED

    return {m.group(1) for text in texts for m in STORM_NAMED.finditer(plain(text))}


def rebuilt_context(results: list[dict], earlier: list[tuple[str, datetime]], *, lang: str, timezone: str,
                    known: list[KnownName] | None = None, handoffs: list[dict | None] | None = None) -> BlogContext:
    """The context of a post for a reader that keeps nothing between posts (the worker): the stored results
    of the blog's last `CONTEXT_POSTS` posts, with the `Handoff` (as JSON) each left when kept, and the text
    and publication time of its last `EVENT_POSTS`, all oldest first. What neither keeps is read again from
    the text: storms (`storms_of`), who is on trial when no handoff says (`tried_in`) and, only when a post
    counts from an event, the dated sentences (`events_of`)."""
    earlier = earlier[-EVENT_POSTS:]
    handoffs = list(handoffs) if handoffs is not None else [None] * len(results)
    if len(handoffs) != len(results):
        raise ValueError("one handoff (or None) per stored result")
    context = BlogContext.from_results(results[-CONTEXT_POSTS:], known=known, handoffs=handoffs[-CONTEXT_POSTS:])
    for name in storms_of(text for text, _ in earlier):
        context.entities.setdefault(name, "event")
    # Posts read before handoffs were kept (or by an older engine) left none: their text is read again.
    context.tried = context.tried or tried_in(text for text, _ in earlier)
    context.events_source = lambda: events_of(earlier, lang=lang, timezone=timezone)
    return context


def _first_mentions(entity_list: list[dict], mentions: list) -> list[tuple[dict, object]]:
    out = []
    for e in entity_list:
        first = next(m for m in mentions if m.canonical == e["canonical"])
        out.append((e, first))
    return out
