"""Signing in and out, sign-in throttling, session expiry and API tokens on the profile page."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client

from liveline.accounts.models import ApiToken, hash_token
from tests.desk.conftest import csrf_post, desk_client

pytestmark = pytest.mark.django_db


def sign_in(client: Client, username: str, password: str, ip: str = "10.0.0.1"):
    return csrf_post(client, "/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_the_login_page_has_a_csrf_protected_form_and_a_strict_policy(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.text
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_the_desk_sends_strangers_to_the_login_page(client):
    response = client.get("/desk/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/desk/"


def test_alice_signs_in_and_lands_on_the_desk(alice):
    client = desk_client()
    response = sign_in(client, "alice", "correct-horse-42")
    assert response.status_code == 302 and response["Location"] == "/desk/"
    assert client.get("/desk/").status_code == 200


def test_a_login_without_the_csrf_token_is_refused(alice):
    client = desk_client()
    response = client.post("/accounts/login/", {"username": "alice", "password": "correct-horse-42"})
    assert response.status_code == 403


def test_a_wrong_password_is_explained_and_the_username_kept(alice):
    client = desk_client()
    response = sign_in(client, "alice", "wrong")
    assert response.status_code == 200
    assert "Wrong username or password" in response.text
    assert 'value="alice"' in response.text
    assert "_auth_user_id" not in client.session


def test_too_many_failures_lock_that_username_from_that_address(alice):
    client = desk_client()
    for _ in range(settings.LOGIN_MAX_ATTEMPTS - 1):
        sign_in(client, "alice", "guess")
    response = sign_in(client, "alice", "guess")
    assert "Too many failed sign-in attempts" in response.text
    assert "Wait 15 minutes" in response.text
    # Even the right password is refused while the pause lasts...
    response = sign_in(client, "alice", "correct-horse-42")
    assert response.status_code == 200 and "Too many failed sign-in attempts" in response.text
    assert "_auth_user_id" not in client.session
    # ...but alice at her own desk (another address) is not locked out by the guesser.
    other = desk_client()
    assert sign_in(other, "alice", "correct-horse-42", ip="10.0.0.2").status_code == 302


def test_the_lock_counts_usernames_case_insensitively(alice):
    client = desk_client()
    for n in range(settings.LOGIN_MAX_ATTEMPTS):
        sign_in(client, "ALICE" if n % 2 else "alice", "guess")
    assert "Too many failed" in sign_in(client, "Alice", "guess").text


def test_a_successful_sign_in_clears_the_failures(alice):
    client = desk_client()
    for _ in range(settings.LOGIN_MAX_ATTEMPTS - 1):
        sign_in(client, "alice", "guess")
    assert sign_in(client, "alice", "correct-horse-42").status_code == 302
    fresh = desk_client()
    for _ in range(settings.LOGIN_MAX_ATTEMPTS - 1):
        sign_in(fresh, "alice", "guess")
    assert sign_in(fresh, "alice", "correct-horse-42").status_code == 302


def test_signing_out_takes_a_post(alice, signed_in):
    client = signed_in(alice)
    assert client.get("/accounts/logout/").status_code == 405
    response = csrf_post(client, "/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/"
    assert client.get("/desk/").status_code == 302


def test_sessions_expire_and_desk_pages_push_the_expiry_back(alice, signed_in):
    assert settings.SESSION_COOKIE_AGE == 12 * 3600
    response = signed_in(alice).get("/desk/")
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert int(cookie["max-age"]) == settings.SESSION_COOKIE_AGE


def test_reader_pages_never_refresh_the_session_cookie(alice, signed_in, blog):
    response = signed_in(alice).get(f"/live/{blog.slug}/")
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_a_new_token_is_shown_once_and_stored_hashed(alice, signed_in):
    client = signed_in(alice)
    response = csrf_post(client, "/desk/profile/", {"name": "import script"})
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0") or "no-store" in response["Cache-Control"]
    raw = re.search(r"data-new-token>([^<]+)<", response.text).group(1)
    token = ApiToken.objects.get(user=alice)
    assert token.digest == hash_token(raw) and raw not in token.digest and token.name == "import script"
    assert ApiToken.authenticate(raw) == alice
    again = client.get("/desk/profile/")
    assert raw not in again.text and token.prefix in again.text


def test_a_token_needs_a_name(alice, signed_in):
    response = csrf_post(signed_in(alice), "/desk/profile/", {"name": "  "})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.text
    assert not ApiToken.objects.exists()


def test_a_revoked_token_no_longer_opens_the_api(alice, signed_in):
    token, raw = ApiToken.issue(alice, name="old")
    client = signed_in(alice)
    response = csrf_post(client, f"/desk/profile/tokens/{token.pk}/revoke/", follow=True)
    assert response.status_code == 200 and "The token was revoked" in response.text
    assert ApiToken.authenticate(raw) is None


def test_nobody_revokes_someone_elses_token(alice, bob, signed_in):
    token, raw = ApiToken.issue(alice, name="alice's")
    response = csrf_post(signed_in(bob), f"/desk/profile/tokens/{token.pk}/revoke/")
    assert response.status_code == 404
    assert ApiToken.authenticate(raw) == alice
    assert "alice's" not in signed_in(bob).get("/desk/profile/").text
