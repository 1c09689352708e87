"""The `liveline` command as operators use it, without a terminal."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from liveline.accounts.models import ApiToken

pytestmark = pytest.mark.django_db(transaction=True)


def liveline(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    from django.db import connection

    from tests.conftest import _database_url

    env = {**os.environ, "DATABASE_URL": _database_url(connection.settings_dict)}
    return subprocess.run([sys.executable, "-m", "liveline.cli", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_createuser_generates_and_prints_a_password(django_user_model):
    result = liveline("createuser", "erin")
    assert result.returncode == 0, result.stderr
    password = result.stdout.split("Password:")[1].strip()
    user = django_user_model.objects.get(username="erin")
    assert user.check_password(password) and not user.is_superuser
    assert user.password.startswith("argon2")


def test_createuser_reads_the_password_file(django_user_model, tmp_path):
    secret = tmp_path / "pw"
    secret.write_text("a-long-enough-passphrase-7\n")
    result = liveline("createuser", "frank", "--admin", "--password-file", str(secret))
    assert result.returncode == 0, result.stderr
    assert "Password:" not in result.stdout
    user = django_user_model.objects.get(username="frank")
    assert user.check_password("a-long-enough-passphrase-7") and user.is_superuser


def test_createuser_refuses_a_weak_password_and_a_duplicate(django_user_model, tmp_path, alice):
    weak = tmp_path / "pw"
    weak.write_text("1234")
    result = liveline("createuser", "gina", "--password-file", str(weak))
    assert result.returncode == 1 and "error:" in result.stderr
    assert not django_user_model.objects.filter(username="gina").exists()
    assert liveline("createuser", "alice").returncode == 1


def test_token_prints_a_token_that_authenticates_and_is_stored_hashed(alice):
    result = liveline("token", "alice")
    assert result.returncode == 0, result.stderr
    raw = result.stdout.strip()
    assert ApiToken.authenticate(raw) == alice
    assert not ApiToken.objects.filter(digest=raw).exists()
    assert liveline("token", "nobody").returncode == 1


def test_a_bad_setting_is_a_clear_error():
    result = subprocess.run([sys.executable, "-m", "liveline.cli", "migrate"],
                            env={**os.environ, "LIVELINE_DEBUG": "maybe"}, capture_output=True, text=True)
    assert result.returncode != 0 and "LIVELINE_DEBUG" in result.stderr
