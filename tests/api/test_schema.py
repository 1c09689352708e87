"""The OpenAPI document: it lists the contract, and the API keeps its word under fuzzing.

schemathesis generates requests from /api/openapi.json (valid and invalid ones) and sends them
in-process with a site administrator's token, so that every write endpoint runs; no response may
be a 500 or differ from the schema's status codes, content types and bodies.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from liveline.accounts.models import ApiToken
from liveline.blogs import domain

CONTRACT = {
    "/api/blogs": {"get", "post"},
    "/api/blogs/{slug}": {"get", "patch"},
    "/api/blogs/{slug}/posts": {"get", "post"},
    "/api/blogs/{slug}/posts/{post_id}": {"get", "patch", "delete"},
}
DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


@pytest.mark.django_db
def test_openapi_lists_every_contract_path(client):
    document = client.get("/api/openapi.json").json()
    found = {path: {method for method in operations if method != "parameters"}
             for path, operations in document["paths"].items()}
    assert found == CONTRACT
    assert document["components"]["securitySchemes"]["BearerAuth"] == {"type": "http", "scheme": "bearer"}


def test_docs_describe_every_operation():
    text = DOCS.read_text()
    for path, methods in CONTRACT.items():
        readable = path.replace("{slug}", "<slug>").replace("{post_id}", "<id>")
        for method in methods:
            assert f"{method.upper()} {readable}" in text, f"document {method.upper()} {readable} in docs/api.md"


@pytest.fixture
def world(dave, alice, bob, blog):
    """A live blog with a published, a draft and a pinned post, and dave's token."""
    # Like Django's test client: a WSGI request must not close the test's connection.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    posts = [domain.create_post(blog, body="Publié"), domain.create_post(blog, body="Brouillon", status="draft"),
             domain.create_post(blog, kind="quote", body="Oui.", data={"speaker": "X"}, pinned=True)]
    yield {"token": ApiToken.issue(dave)[1], "ids": [post.pk for post in posts]}
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_fuzzing_the_api_never_breaks_it(case, world):
    # Point most requests at things that exist, or fuzzing would only ever meet 404s.
    pick = len(repr(case.body)) + len(repr(case.query))
    if "slug" in (case.path_parameters or {}) and pick % 4:
        case.path_parameters["slug"] = "ukraine-talks"
    if "post_id" in (case.path_parameters or {}) and pick % 3:
        case.path_parameters["post_id"] = world["ids"][pick % len(world["ids"])]
    case.call_and_validate(
        headers={"Authorization": f"Bearer {world['token']}", "Accept-Language": "en"},
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
    )
