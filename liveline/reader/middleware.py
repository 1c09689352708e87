"""Keep `Vary: Accept-Language` off responses that speak their blog's language.

LocaleMiddleware adds `Vary: Accept-Language` to every response, because it picks the
language from the visitor's browser. A reader page, a post page and the feeds are always in
their blog's language, so that header would only make a CDN store one copy per browser
language setting (hundreds of variants of `fr-FR,fr;q=0.9,en;q=0.8`) for identical bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from asgiref.sync import iscoroutinefunction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.decorators import sync_and_async_middleware

# Set on a response by the view that rendered it in a language chosen by the content.
FIXED_LANGUAGE = "liveline_fixed_language"


def mark_fixed_language(response: HttpResponse) -> HttpResponse:
    """Tell `fixed_language_middleware` that `response` does not depend on Accept-Language."""
    setattr(response, FIXED_LANGUAGE, True)
    return response


def _drop_accept_language(response: HttpResponse) -> HttpResponse:
    if getattr(response, FIXED_LANGUAGE, False) and response.has_header("Vary"):
        kept = [name for name in cc_delim_re.split(response["Vary"]) if name and name.lower() != "accept-language"]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]
    return response


@sync_and_async_middleware
def fixed_language_middleware(get_response: Callable) -> Callable:
    """Removes Accept-Language from Vary on marked responses. Sits before (outside)
    LocaleMiddleware in MIDDLEWARE, so it sees the response after LocaleMiddleware patched it.
    Sync and async, so that it adds no thread hop under ASGI."""
    if iscoroutinefunction(get_response):

        async def middleware(request: HttpRequest) -> HttpResponse:
            return _drop_accept_language(await get_response(request))

    else:

        def middleware(request: HttpRequest) -> HttpResponse:  # type: ignore[misc]
            return _drop_accept_language(get_response(request))

    return middleware
