"""Bearer tokens: required for writes, optional for reads (members see drafts with one)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.security import HttpBearer

from liveline.accounts.models import ApiToken

MAX_TOKEN_LENGTH = 200  # ours are ~46 characters; don't hash megabytes of header


class BearerAuth(HttpBearer):
    """`Authorization: Bearer <token>`; `liveline token USERNAME` prints a new token."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        token = token.strip()
        if not token or len(token) > MAX_TOKEN_LENGTH:
            return None
        return ApiToken.authenticate(token)


bearer = BearerAuth()


def optional_bearer(request: HttpRequest) -> Any:
    """Anonymous without an Authorization header; a token that is sent must be valid (else 401)."""
    if not request.headers.get("Authorization", "").strip():
        return AnonymousUser()
    return bearer(request)


# For reads: the token is optional. ninja only documents auth classes, so operations that use
# `optional_bearer` declare this security requirement themselves ({} means "no auth needed").
OPTIONAL_SECURITY = {"security": [{"BearerAuth": []}, {}]}
