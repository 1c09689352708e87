"""The `extracted` field of the API: null, then pending, then the facts; in lists too."""

from __future__ import annotations

import pytest

from liveline.accounts.models import ApiToken
from liveline.blogs import domain
from tests.api.conftest import Api
from tests.intelligence.conftest import RUTTE, TOLL, drain

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client, alice, blog):
    """The API as alice, the blog's editor."""
    _, raw = ApiToken.issue(alice, name="test")
    return Api(client, raw)


def test_extracted_goes_from_pending_to_the_facts(api):
    created = api.post("/blogs/ukraine-talks/posts", {"body": RUTTE + " " + TOLL})
    assert created.status_code == 201
    assert created.data["extracted"]["status"] == "pending"
    assert created.data["extracted"]["quotes"] == []
    drain()
    got = api.get(f"/blogs/ukraine-talks/posts/{created.data['id']}", token="")
    extracted = got.data["extracted"]
    assert extracted["status"] == "done"
    assert extracted["quotes"][0] == {"text": "Nous ne céderons pas", "kind": "direct",
                                      "speaker": {"name": "Mark Rutte", "role": "secrétaire général de l'Otan"}}
    assert {"text": "Kiev", "type": "place", "canonical": "Kyiv"} in extracted["entities"]
    assert extracted["figures"][0] == {"text": extracted["figures"][0]["text"], "value": 35, "bound": "at_least",
                                       "category": "killed", "place": "Sumy", "date": extracted["figures"][0]["date"]}
    assert all(set(d) == {"text", "date"} for d in extracted["dates"])
    assert extracted["engine"].startswith("liveline.intel")
    assert set(extracted["model"]) == {"name", "loaded", "reason"}
    listed = api.get("/blogs/ukraine-talks/posts", token="").data["posts"][0]
    assert listed["extracted"] == extracted


def test_a_draft_has_no_extraction(api):
    created = api.post("/blogs/ukraine-talks/posts", {"body": RUTTE, "status": "draft"})
    assert created.data["extracted"] is None


def test_after_an_edit_the_old_facts_are_not_given_for_the_new_words(api, blog):
    created = api.post("/blogs/ukraine-talks/posts", {"body": RUTTE})
    drain()
    patched = api.patch(f"/blogs/ukraine-talks/posts/{created.data['id']}",
                        {"version": created.data["version"], "body": TOLL})
    assert patched.data["extracted"]["status"] == "pending"
    assert patched.data["extracted"]["quotes"] == []


def test_the_schema_describes_extracted(api):
    schema = api.get("/openapi.json", token="").data
    post_out = schema["components"]["schemas"]["PostOut"]
    assert "extracted" in post_out["properties"] and "extracted" in post_out["required"]
    assert "ExtractedOut" in schema["components"]["schemas"]


def test_a_quote_post_has_its_own_quote_first(api, blog, alice):
    post = domain.create_post(blog, kind="quote", body="Nous ne céderons pas un mètre.",
                              data={"speaker": "Volodymyr Zelensky", "role": "président ukrainien"}, authors=[alice])
    drain()
    quotes = api.get(f"/blogs/ukraine-talks/posts/{post.pk}").data["extracted"]["quotes"]
    assert quotes[0] == {"text": "Nous ne céderons pas un mètre.", "kind": "direct",
                         "speaker": {"name": "Volodymyr Zelensky", "role": "président ukrainien"}}
