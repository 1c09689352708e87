"""Every error the API answers, in three shapes only.

- `{"detail": "..."}` for 400 (malformed JSON), 401 (with `WWW-Authenticate: Bearer`), 403 and 404;
- `{"detail": "...", "errors": [{"field": "content.speaker", "message": "..."}]}` for 422, whether
  the payload failed the schema (pydantic) or the domain's rules (Django's ValidationError);
- `{"detail": "...", "current": <post>}` for a stale version (409).

Messages go through gettext, so a client sending Accept-Language: fr gets them in French.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as SchemaValidationError

from liveline.api.serializers import post_out
from liveline.blogs.domain import VersionConflict
from liveline.blogs.kinds import FIELDS
from liveline.blogs.models import Post

# Kind-specific fields live in the post's `data` column; the API calls it `content`.
CONTENT_FIELDS = {name for fields in FIELDS.values() for name in fields}
# Domain names that the API spells differently.
POST_RENAMED = {"headline": "key_event", "scheduled_for": "publish_at", "data": "content"}


class NotFound(HttpError):
    def __init__(self, message: str):
        super().__init__(404, message)


class Forbidden(HttpError):
    def __init__(self, message: str):
        super().__init__(403, message)


class Invalid(Exception):
    """A 422 raised by the API itself: `errors` is a list of (field or None, message)."""

    def __init__(self, errors: list[tuple[str | None, str]]):
        super().__init__(errors)
        self.errors = errors


def invalid(field: str | None, message: str) -> Invalid:
    return Invalid([(field, message)])


def _django_errors(exc: DjangoValidationError, rename: Any = None) -> list[tuple[str | None, str]]:
    if not hasattr(exc, "error_dict"):
        return [(None, message) for message in exc.messages]
    errors: list[tuple[str | None, str]] = []
    for name, messages in exc.message_dict.items():
        field = None if name == NON_FIELD_ERRORS else (rename(name) if rename else name)
        errors.extend((field, message) for message in messages)
    return errors


def _post_field(name: str) -> str:
    if name in CONTENT_FIELDS:
        return f"content.{name}"
    return POST_RENAMED.get(name, name)


@contextmanager
def post_errors() -> Iterator[None]:
    """Report the domain's post errors under the API's field names (data.speaker → content.speaker)."""
    try:
        yield
    except DjangoValidationError as exc:
        raise Invalid(_django_errors(exc, _post_field)) from None


def _schema_field(loc: tuple) -> str | None:
    source, *rest = loc
    if source == "body" and rest:
        rest = rest[1:]  # the view's parameter name (payload) means nothing to a client
    return ".".join(str(part) for part in rest) or None


def _schema_message(error: dict[str, Any]) -> str:
    """pydantic's error as a translatable sentence; uncommon types keep pydantic's English."""
    kind, ctx = error["type"], error.get("ctx") or {}
    messages = {
        "missing": _("This field is required."),
        "extra_forbidden": _("Unknown field."),
        "json_invalid": _("This is not valid JSON."),
        "model_attributes_type": _("Expected a JSON object."),
        "model_type": _("Expected a JSON object."),
        "dict_type": _("Expected a JSON object."),
        "string_type": _("Expected text."),
        "bool_type": _("Expected true or false."),
        "bool_parsing": _("Expected true or false."),
        "int_type": _("Expected a whole number."),
        "int_parsing": _("Expected a whole number."),
        "int_from_float": _("Expected a whole number."),
        "datetime_type": _("Expected a date and time like 2025-07-01T14:30:00+02:00."),
        "datetime_parsing": _("Expected a date and time like 2025-07-01T14:30:00+02:00."),
        "datetime_from_date_parsing": _("Expected a date and time like 2025-07-01T14:30:00+02:00."),
        "timezone_aware": _("Give the time zone offset, e.g. 2025-07-01T14:30:00+02:00."),
        "string_pattern_mismatch": _("Use lowercase letters, digits and single hyphens, e.g. ukraine-talks-day-3."),
    }
    if kind in messages:
        return messages[kind]
    if kind == "string_too_long":
        return _("Keep this under %(n)s characters.") % {"n": ctx.get("max_length")}
    if kind == "string_too_short":
        return _("This field cannot be empty.")
    if kind == "literal_error":
        return _("Choose one of: %(choices)s.") % {"choices": ctx.get("expected", "")}
    if kind in {"greater_than_equal", "greater_than"}:
        return _("Expected a number of at least %(n)s.") % {"n": ctx.get("ge", ctx.get("gt"))}
    if kind in {"less_than_equal", "less_than"}:
        return _("Expected a number of at most %(n)s.") % {"n": ctx.get("le", ctx.get("lt"))}
    if kind == "value_error":
        return str(ctx.get("error") or error["msg"])
    return str(error["msg"])


def _auth_message(request: HttpRequest) -> str:
    header = request.headers.get("Authorization", "").strip()
    if not header:
        return _("Authentication required: send the header Authorization: Bearer <token>.")
    if not header.lower().startswith("bearer "):
        return _("Unsupported authorization scheme: send Authorization: Bearer <token>.")
    return _("This API token is not valid (unknown, revoked, or its user is inactive).")


def install(api: NinjaAPI) -> None:
    """Register the handlers that give every error the shapes above."""

    def respond(request: HttpRequest, status: int, body: dict[str, Any]) -> HttpResponse:
        response = api.create_response(request, body, status=status)
        if status == 401:
            response["WWW-Authenticate"] = 'Bearer realm="liveline"'
        return response

    def unprocessable(request: HttpRequest, errors: list[tuple[str | None, str]]) -> HttpResponse:
        body = {"detail": _("Some fields are not valid; nothing was saved."),
                "errors": [{"field": field, "message": message} for field, message in errors]}
        return respond(request, 422, body)

    @api.exception_handler(AuthenticationError)
    def on_auth(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return respond(request, 401, {"detail": _auth_message(request)})

    @api.exception_handler(HttpError)
    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        message = exc.message
        if exc.status_code == 400 and message.startswith("Cannot parse request body"):
            message = _("The request body is not valid JSON.")
        return respond(request, exc.status_code, {"detail": message})

    @api.exception_handler(Http404)
    def on_404(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(request, 404, {"detail": _("Not found.")})

    @api.exception_handler(SchemaValidationError)
    def on_schema_error(request: HttpRequest, exc: SchemaValidationError) -> HttpResponse:
        errors = [(_schema_field(tuple(error["loc"])), _schema_message(error)) for error in exc.errors]
        return unprocessable(request, errors)

    @api.exception_handler(Invalid)
    def on_invalid(request: HttpRequest, exc: Invalid) -> HttpResponse:
        return unprocessable(request, exc.errors)

    @api.exception_handler(DjangoValidationError)
    def on_domain_error(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
        return unprocessable(request, _django_errors(exc))

    @api.exception_handler(VersionConflict)
    def on_conflict(request: HttpRequest, exc: VersionConflict) -> HttpResponse:
        # Read it again: the instance in the exception belongs to the rolled-back transaction.
        current = Post.objects.select_related("blog").prefetch_related("authors").get(pk=exc.current.pk)
        detail = _("This post has changed since you read it (it is now at version %(v)d); nothing was saved. "
                   "Merge your change into the current post and send it again with its version.")
        return respond(request, 409, {"detail": detail % {"v": current.version},
                                      "current": post_out(request, current)})
