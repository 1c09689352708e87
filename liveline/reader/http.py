"""The one HTTP rule every public reader URL shares: it is read-only."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.utils.translation import gettext as _

SAFE_METHODS = ("GET", "HEAD")


def not_allowed() -> HttpResponse:
    """405 with the allowed methods and a sentence, rather than Django's empty body."""
    return HttpResponseNotAllowed(SAFE_METHODS, _("This address can only be read (GET or HEAD)."),
                                  content_type="text/plain; charset=utf-8")


def read_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Like Django's `require_safe`, with a human message in the 405."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in SAFE_METHODS:
            return not_allowed()
        return view(request, *args, **kwargs)

    return wrapper
