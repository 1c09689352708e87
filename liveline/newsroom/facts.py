"""From a post and its extraction to what readers and the API see.

The text read for a post, its hash, the journalist's corrections applied over the engine's
result, and the per-blog rows (statements, mentions, figures) the pages query.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.utils.text import slugify

from liveline.blogs.models import Post
from liveline.newsroom.models import Correction, Extraction, Figure, KnownName, Mention, Statement
from liveline.reader.entries import html_to_text


def post_text(post: Post) -> str:
    """The words of a post the engine reads: its prose, paragraphs separated by blank lines.

    Labels the reader page adds ("Claim:", "Read also") are left out: they are not the post's words.
    """
    data = post.data or {}
    # One paragraph per line in html_to_text; the engine reads blank lines as paragraph breaks.
    prose = html_to_text(post.html).replace("\n", "\n\n") if post.html else ""
    if post.kind == Post.Kind.QUOTE:
        parts = [post.body]
    elif post.kind == Post.Kind.FACT_CHECK:
        parts = [data.get("claim", ""), prose]
    elif post.kind in {Post.Kind.LINK, Post.Kind.EMBED}:
        parts = [data.get("title", ""), prose]
    else:
        parts = [prose]
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def source_hash(post: Post) -> str:
    # A quote post's speaker and role are part of what is stored for it (its first quote).
    who = f"{post.data.get('speaker', '')}\n{post.data.get('role', '')}" if post.kind == Post.Kind.QUOTE else ""
    text = f"{post.kind}\n{who}\n{post_text(post)}"
    return hashlib.sha256(text.encode()).hexdigest()


def slug_for(name: str) -> str:
    return slugify(name)[:200] or "x"


def current(post: Post) -> Extraction | None:
    """The post's extraction if it is done and belongs to the post's present text, else None."""
    if post.pk is None:  # a preview of an unsaved post
        return None
    try:
        extraction = post.extraction
    except Extraction.DoesNotExist:
        return None
    if extraction.status != Extraction.Status.DONE or not extraction.shown:
        return None
    if extraction.source_hash != source_hash(post):
        return None
    return extraction


def corrected(post: Post, result: dict, corrections: list[Correction] | None = None) -> dict:
    """The result with the journalists' corrections applied (the latest answer wins)."""
    if corrections is None:
        corrections = list(Correction.objects.filter(post=post))
    speakers = {c.target: c.value for c in corrections if c.field == Correction.Field.SPEAKER}
    entities = {c.target: c.value for c in corrections if c.field == Correction.Field.ENTITY}
    quotes = []
    for quote in result.get("quotes", []):
        quote = dict(quote)
        if quote["text"] in speakers:
            value = speakers[quote["text"]]
            quote["speaker"] = {"name": value["name"], "role": value.get("role")} if value else None
            quote["corrected"] = True
        quotes.append(quote)
    found = []
    for entity in result.get("entities", []):
        if entity["canonical"] in entities:
            value = entities[entity["canonical"]]
            if value is None:
                continue
            entity = {**entity, "canonical": value["canonical"], "type": value.get("type", entity["type"]),
                      "corrected": True}
        if all(e["canonical"] != entity["canonical"] for e in found):
            found.append(entity)
    return {**result, "quotes": quotes, "entities": found}


def with_quote_post(post: Post, result: dict) -> dict:
    """A quote post's own words and speaker come first among its quotes: the journalist said who spoke."""
    if post.kind != Post.Kind.QUOTE or not post.data.get("speaker"):
        return result
    speaker = canonical_speaker(post.data["speaker"], post.data.get("role") or None)
    own = {"text": post.body, "kind": "direct", "speaker": speaker}
    others = [q for q in result.get("quotes", []) if q["text"].strip() != post.body.strip()]
    return {**result, "quotes": [own, *others]}


def canonical_speaker(name: str, role: str | None) -> dict:
    """The newsroom's name for a speaker written as `name` (an alias maps to its entry)."""
    known = find_known(name)
    if known is not None:
        return {"name": known.name, "role": role or (known.roles[0] if known.roles else None)}
    return {"name": name.strip(), "role": role}


def find_known(name: str) -> KnownName | None:
    wanted = name.strip().casefold()
    for known in KnownName.objects.all():
        if known.name.casefold() == wanted or wanted in {a.casefold() for a in known.aliases}:
            return known
    return None


def display(post: Post) -> dict[str, Any] | None:
    """What the post fragment shows: speakers and names, each with the slug of its page.

    `own` is a quote post's speaker as the newsroom names them; `quotes` the other quotes found
    with a speaker; `entities` the names. None until the post's present text has been read.
    """
    extraction = current(post)
    if extraction is None:
        return None
    result = extraction.shown
    own = None
    quotes = []
    for quote in result["quotes"]:
        if not quote.get("speaker"):
            continue
        item = {**quote, "slug": slug_for(quote["speaker"]["name"])}
        if post.kind == Post.Kind.QUOTE and own is None and quote["text"] == post.body:
            own = item
        else:
            quotes.append(item)
    entities = [{**e, "slug": slug_for(e["canonical"])} for e in result["entities"]]
    return {"own": own, "quotes": quotes, "entities": entities}


def apply(post: Post, extraction: Extraction) -> None:
    """Apply the corrections to the stored result and rebuild the rows the pages read."""
    done = extraction.status == Extraction.Status.DONE and extraction.result is not None
    extraction.shown = corrected(post, extraction.result) if done else None
    extraction.save(update_fields=["shown"])
    rebuild_rows(post, extraction.shown)


def rebuild_rows(post: Post, result: dict | None) -> None:
    """Replace the post's statements, mentions and figures by those of `result`."""
    Statement.objects.filter(post=post).delete()
    Mention.objects.filter(post=post).delete()
    Figure.objects.filter(post=post).delete()
    if not result or post.published_at is None:
        return
    common = {"blog_id": post.blog_id, "post": post, "published_at": post.published_at}
    Statement.objects.bulk_create([
        Statement(position=n, speaker=q["speaker"]["name"][:200], speaker_slug=slug_for(q["speaker"]["name"]),
                  role=(q["speaker"].get("role") or "")[:300], text=q["text"], kind=q["kind"], **common)
        for n, q in enumerate(result["quotes"]) if q.get("speaker")
    ])
    Mention.objects.bulk_create([
        Mention(canonical=e["canonical"][:200], slug=slug_for(e["canonical"]), type=e["type"],
                text=e["text"][:300], **common)
        for e in result["entities"]
    ])
    Figure.objects.bulk_create([
        Figure(position=n, category=f["category"] or "", place=(f.get("place") or "")[:200], value=f["value"],
               bound=f["bound"], text=f["text"][:500], date=f.get("date") or "", **common)
        for n, f in enumerate(result["figures"]) if f.get("value") is not None and f.get("category")
    ])
