"""Desk fixtures: signed-in clients for the personas, and a clean slate for sign-in counters."""

from __future__ import annotations

import pytest
from django.core.cache import caches
from django.test import Client


@pytest.fixture(autouse=True)
def _fresh_login_counters():
    """Failed sign-ins of one test must not lock out the next (the counters live in a file cache)."""
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def desk_client() -> Client:
    """A client that checks CSRF like a browser and asks for English, so assertions can quote the UI."""
    return Client(enforce_csrf_checks=True, headers={"Accept-Language": "en"})


@pytest.fixture(autouse=True)
def _fast_password_hashing(request, settings):
    """Argon2 costs ~0.5 s per persona; the desk tests are about the desk, not about hashing.

    Not for tests against a real server: it checks passwords with the production hashers.
    """
    if "server" not in request.fixturenames:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def signed_in():
    """A Django test client signed in as the given user."""

    def _client(user) -> Client:
        client = desk_client()
        client.force_login(user)
        return client

    return _client


def csrf_post(client: Client, url: str, data: dict | None = None, **kwargs):
    """POST like a browser: first GET a desk page for the CSRF cookie, then send the token back."""
    if "csrftoken" not in client.cookies:
        # Signed in, the login page redirects; the desk's sign-out form sets the cookie then.
        client.get("/accounts/login/")
        if "csrftoken" not in client.cookies:
            client.get("/desk/")
    token = client.cookies["csrftoken"].value
    return client.post(url, {**(data or {}), "csrfmiddlewaretoken": token}, **kwargs)
