"""The desk speaks the language each user chose on their profile page.

`user_language_middleware` activates it for signed-in users (after LocaleMiddleware picked one
from the browser, which stays the fallback). Reader pages are unaffected: their views render
inside `translation.override(blog.language)`. The choice is cached in the session at sign-in
(Django flushes the session when another user signs in on the same browser).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from liveline.accounts.models import Profile

SESSION_KEY = "liveline_language"
# Pages that speak their blog's language whoever reads them.
PUBLIC_PREFIXES = ("/live/",)


def user_language(request: HttpRequest) -> str:
    """The signed-in user's chosen language, or "" (no choice, or not signed in)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    language = request.session.get(SESSION_KEY)
    if language is None:  # a session opened before this setting existed: read it, write nothing
        language = _stored(user)
    return language


def _stored(user) -> str:
    return Profile.objects.filter(user=user).values_list("language", flat=True).first() or ""


@receiver(user_logged_in)
def remember_language(sender, request: HttpRequest | None, user, **kwargs) -> None:
    """Cache the choice in the session at sign-in, so desk pages do not query it each time.

    Written here and on the profile page only: a reader page (publicly cacheable) must never
    be the response that sets the session cookie.
    """
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = _stored(user)


def set_user_language(request: HttpRequest, language: str) -> None:
    """Save the user's choice ("" for the browser's language) and apply it from this request on."""
    Profile.objects.update_or_create(user=request.user, defaults={"language": language})
    request.session[SESSION_KEY] = language
    _activate(request, language or translation.get_language_from_request(request))


def _activate(request: HttpRequest, language: str) -> None:
    translation.activate(language)
    request.LANGUAGE_CODE = translation.get_language()


def user_language_middleware(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable:
    """Sits after AuthenticationMiddleware (it needs request.user) and after LocaleMiddleware."""

    def middleware(request: HttpRequest) -> HttpResponse:
        # Looking at request.user loads the session, and SessionMiddleware then adds
        # `Vary: Cookie`: a reader page (always in its blog's language) or a visitor without a
        # session must not pay for that, or a CDN would keep a copy per cookie.
        if settings.SESSION_COOKIE_NAME in request.COOKIES and not request.path.startswith(PUBLIC_PREFIXES):
            language = user_language(request)
            if language:
                _activate(request, language)
        return get_response(request)

    return middleware
