"""Defence in depth around sanitized posts."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_reader_pages_carry_a_strict_content_security_policy(client, blog):
    policy = client.get(f"/live/{blog.slug}/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "object-src 'none'" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy


def test_json_is_not_given_the_html_policy(client, blog):
    assert "Content-Security-Policy" not in client.get(f"/live/{blog.slug}/updates")
