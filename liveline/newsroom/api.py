"""The `extracted` field of a post in the JSON API (liveline/api/schemas.py PostOut)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from ninja import Schema
from pydantic import Field

from liveline.blogs.models import Post
from liveline.newsroom import facts
from liveline.newsroom.models import Extraction

EXTRACTED_HELP = (
    "What newsroom intelligence found in the post (docs/newsroom-intelligence-ui.md): null until a "
    "published post is queued; `status` pending (queued, or the text changed since), done, failed or "
    "unavailable; the lists are empty unless done. Journalists' corrections are applied."
)


class SpeakerOut(Schema):
    name: str
    role: str | None


class QuoteOut(Schema):
    text: str
    kind: Literal["direct", "indirect", "mixed"]
    speaker: SpeakerOut | None


class EntityOut(Schema):
    text: str
    type: Literal["person", "place", "organisation"]
    canonical: str


class DateOut(Schema):
    text: str
    date: str = Field(..., description="An ISO date (2025-04-13) or a range start/end.")


class FigureOut(Schema):
    text: str
    value: float
    bound: Literal["exact", "at_least", "about"]
    category: str | None
    place: str | None
    date: str | None


class ModelOut(Schema):
    name: str | None = None
    loaded: bool = False
    reason: str | None = None


class ExtractedOut(Schema):
    status: Literal["pending", "done", "failed", "unavailable"]
    quotes: list[QuoteOut]
    entities: list[EntityOut]
    dates: list[DateOut]
    figures: list[FigureOut]
    engine: str | None = Field(..., description="The extraction engine and its version.")
    model: ModelOut | None = Field(..., description="The language model used; loaded false: rules only.")
    extracted_at: datetime | None


def extracted_out(post: Post) -> dict[str, Any] | None:
    try:
        extraction = post.extraction
    except Extraction.DoesNotExist:
        return None
    fresh = facts.current(post)
    status = extraction.status
    if status == Extraction.Status.DONE and fresh is None:
        status = Extraction.Status.PENDING  # done for words the post no longer has
    shown = fresh.shown if fresh else {}
    return {
        "status": status,
        "quotes": shown.get("quotes", []),
        "entities": shown.get("entities", []),
        "dates": shown.get("dates", []),
        "figures": shown.get("figures", []),
        "engine": extraction.engine or None,
        "model": extraction.model or None,
        "extracted_at": extraction.extracted_at if fresh else None,
    }
