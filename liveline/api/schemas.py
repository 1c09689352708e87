"""What the API accepts and returns (pydantic, through django-ninja).

Input schemas reject unknown fields, and every string is checked for what the database or a
browser would choke on later (NUL bytes, lone surrogates), so bad input is a 422 here rather
than a 500 further down. Field-level rules that depend on the post kind stay in
`liveline.blogs.kinds`, reached through the domain module.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from django.conf import settings
from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import AfterValidator, AwareDatetime, ConfigDict, Field

from liveline.blogs.kinds import FIELDS, MAX_BODY
from liveline.newsroom.api import EXTRACTED_HELP, ExtractedOut

MAX_ID = 2**63 - 1  # the largest primary key SQLite and PostgreSQL can store
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
MAX_JSON_DEPTH = 4
MAX_JSON_INT = 2**53  # beyond this, JavaScript clients silently lose digits

PostKind = Literal[tuple(FIELDS)]  # type: ignore[valid-type]
Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]
BlogStatus = Literal["draft", "live", "ended"]
NewPostStatus = Literal["draft", "scheduled", "published"]
PostStatus = Literal["draft", "scheduled", "published", "deleted"]


def clean_text(value: str) -> str:
    """Refuse text that cannot be stored as UTF-8 in every supported database."""
    if "\x00" in value:
        raise ValueError(_("Text cannot contain NUL (\\u0000) characters."))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(_("Text contains characters that are not valid Unicode (lone surrogates).")) from None
    return value


def _clean_json(value: Any, depth: int = 0) -> Any:
    if depth > MAX_JSON_DEPTH:
        raise ValueError(_("Nested too deeply."))
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if abs(value) > MAX_JSON_INT:
            raise ValueError(_("Number out of range."))
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > MAX_JSON_INT:
            raise ValueError(_("Number out of range."))
        return value
    if isinstance(value, list):
        return [_clean_json(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {clean_text(key): _clean_json(item, depth + 1) for key, item in value.items()}
    raise ValueError(_("Unexpected value."))


def clean_data(value: dict[str, Any]) -> dict[str, Any]:
    return _clean_json(value)


def clean_moment(value: datetime) -> datetime:
    """A time the database can store once converted to UTC, in a sensible range."""
    try:
        in_utc = value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValueError(_("Date out of range.")) from None
    if not 2000 <= in_utc.year <= 9000:
        raise ValueError(_("Give a date between the years 2000 and 9000."))
    return in_utc


Text = Annotated[str, AfterValidator(clean_text)]
Data = Annotated[dict[str, Any], AfterValidator(clean_data)]
Moment = Annotated[AwareDatetime, AfterValidator(clean_moment)]


def _drop_null_defaults(schema: dict[str, Any]) -> None:
    # Optional-but-not-nullable PATCH fields default to None only so we can tell "absent";
    # `"default": null` on a non-nullable type would make the published schema contradict itself.
    for prop in schema.get("properties", {}).values():
        if prop.get("default", ...) is None and "anyOf" not in prop:
            del prop["default"]


class Input(Schema):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_drop_null_defaults)


# --- blogs -----------------------------------------------------------------------------------

SlugField = Field(..., min_length=1, max_length=80, pattern=SLUG_PATTERN,
                  description="Lowercase letters, digits and single hyphens; the reader page is /live/<slug>/.",
                  examples=["ukraine-talks-day-3"])


class BlogCreate(Input):
    slug: Text = SlugField
    title: Text = Field(..., min_length=1, max_length=200)
    description: Text = Field("", max_length=1000, description="The standfirst shown under the title.")
    language: Language = Field("fr", description="The language of the page and its posts.")
    timezone: Text = Field("Europe/Paris", min_length=1, max_length=64,
                           description="IANA time zone used to show times, e.g. Europe/Paris.")
    status: BlogStatus = Field("draft", description="draft (newsroom only), live or ended.")


class BlogPatch(Input):
    title: Text = Field(None, min_length=1, max_length=200)
    description: Text = Field(None, max_length=1000)
    language: Language = Field(None)
    timezone: Text = Field(None, min_length=1, max_length=64)
    status: BlogStatus = Field(None, description="Going live sets coverage_start; ending sets coverage_end.")


class BlogOut(Schema):
    slug: str
    title: str
    description: str
    language: str
    timezone: str
    status: BlogStatus
    coverage_start: datetime | None
    coverage_end: datetime | None
    created_at: datetime
    updated_at: datetime
    url: str = Field(..., description="Absolute URL of the reader page.")


class BlogList(Schema):
    blogs: list[BlogOut]


# --- posts -----------------------------------------------------------------------------------

CONTENT_HELP = "Kind-specific fields: " + "; ".join(
    f"{kind}: {', '.join(name + ('*' if required else '') for name, required in fields.items()) or '-'}"
    for kind, fields in FIELDS.items()
) + " (* required; an embed's provider is derived from its url)."
KEY_EVENT = "A key event's short headline, or null when the post is not a key event."


class PostCreate(Input):
    kind: PostKind = "text"
    body: Text = Field("", max_length=MAX_BODY, description="Source text (Markdown).")
    content: Data = Field(default_factory=dict, description=CONTENT_HELP)
    status: NewPostStatus = Field(
        "published", description="published (now), scheduled (needs publish_at) or draft. Contributors create drafts."
    )
    publish_at: Moment | None = Field(None, description="When a scheduled post goes out; required with scheduled.")
    pinned: bool = Field(False, description="Pin as the blog's summary (replaces any other pinned post).")
    key_event: Text | None = Field(None, max_length=200, description=KEY_EVENT)


class PostPatch(Input):
    """Only the fields sent change; `version` is required."""

    version: int = Field(..., ge=1, le=MAX_ID, description="The version you edited; a stale one gets 409.")
    kind: PostKind = Field(None)
    body: Text = Field(None, max_length=MAX_BODY)
    content: Data = Field(None, description=CONTENT_HELP + " Changing kind without content clears it.")
    key_event: Text | None = Field(None, max_length=200, description=KEY_EVENT)
    publish_at: Moment = Field(None, description="New time for a scheduled post.")
    correction_note: Text = Field(None, max_length=1000,
                                  description="Public note shown under a published post that was corrected.")
    pinned: bool = Field(None, description="true pins the post (it must be published), false unpins it.")
    status: Literal["published", "draft"] = Field(
        None, description="published: publish a draft or scheduled post now, or restore a deleted one; "
                          "draft: restore a deleted post that was never published."
    )


class AuthorOut(Schema):
    username: str
    name: str


class PostOut(Schema):
    id: int
    blog: str = Field(..., description="The blog's slug.")
    kind: PostKind
    body: str = Field(..., description="The source text (Markdown) as the journalist wrote it.")
    html: str = Field(..., description="body rendered from Markdown and sanitized.")
    content: dict[str, Any] = Field(..., description=CONTENT_HELP)
    status: PostStatus
    published_at: datetime | None = Field(..., description="Set once at publication; never changes.")
    publish_at: datetime | None = Field(..., description="When a scheduled post will be published.")
    edited_at: datetime | None = Field(..., description="Last change of a published post's content.")
    created_at: datetime
    updated_at: datetime
    pinned: bool
    key_event: str | None = Field(..., description=KEY_EVENT)
    correction_note: str
    version: int
    authors: list[AuthorOut]
    url: str | None = Field(..., description="Absolute permalink; null while the post is not published.")
    extracted: ExtractedOut | None = Field(..., description=EXTRACTED_HELP)


class PostList(Schema):
    posts: list[PostOut]
    next_before: int | None = Field(..., description="Pass as ?before= to get the next (older) page; null at the end.")


# --- errors ----------------------------------------------------------------------------------


class ErrorOut(Schema):
    detail: str


class FieldError(Schema):
    field: str | None = Field(..., description="Dotted path of the field (content.speaker); null for the whole body.")
    message: str


class ValidationErrorOut(Schema):
    detail: str
    errors: list[FieldError]


class ConflictOut(Schema):
    detail: str
    current: PostOut = Field(..., description="The post as it is now; merge your change into it and retry.")


ERROR_SCHEMAS: dict[int, type[Schema]] = {
    400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ConflictOut, 422: ValidationErrorOut,
}


def responses(ok: int, schema: type[Schema], *errors: int) -> dict[int, type[Schema]]:
    """The response map of an operation: its success and the errors it can answer."""
    return {ok: schema, **{code: ERROR_SCHEMAS[code] for code in errors}}
