"""API fixtures: a bearer token per persona and a small JSON client."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from liveline.accounts.models import ApiToken


class Api:
    """Calls /api/ with JSON, as `user` (a token) or anonymously."""

    def __init__(self, client: Client, token: str | None = None):
        self.client, self.token = client, token

    def __call__(self, method: str, path: str, body: Any = None, *, raw: str | None = None,
                 token: str | None = None, **headers: str):
        token = token if token is not None else self.token
        headers.setdefault("Accept-Language", "en")  # the site's default language is French
        if token:
            headers.setdefault("Authorization", f"Bearer {token}")
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        kwargs: dict[str, Any] = {"headers": headers}
        if data is not None:
            kwargs.update(data=data, content_type="application/json")
        response = getattr(self.client, method.lower())("/api" + path, **kwargs)
        response.data = response.json() if response["Content-Type"].startswith("application/json") else None
        return response

    def get(self, path: str, **kw):
        return self("GET", path, **kw)

    def post(self, path: str, body: Any = None, **kw):
        return self("POST", path, body, **kw)

    def patch(self, path: str, body: Any = None, **kw):
        return self("PATCH", path, body, **kw)

    def delete(self, path: str, **kw):
        return self("DELETE", path, **kw)


def _token(user) -> str:
    return ApiToken.issue(user, name="tests")[1]


@pytest.fixture
def anon(client) -> Api:
    """The API without a token: a reader."""
    return Api(client)


@pytest.fixture
def as_alice(client, alice, blog) -> Api:
    """The API with alice's token (editor of `blog`)."""
    return Api(client, _token(alice))


@pytest.fixture
def as_bob(alice, bob, blog) -> Api:
    """The API with bob's token (contributor of `blog`)."""
    return Api(Client(), _token(bob))


@pytest.fixture
def as_carol(carol) -> Api:
    """The API with carol's token (no role)."""
    return Api(Client(), _token(carol))


@pytest.fixture
def as_dave(dave) -> Api:
    """The API with dave's token (site administrator)."""
    return Api(Client(), _token(dave))
