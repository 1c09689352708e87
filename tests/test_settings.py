"""Database settings: PostgreSQL borrows its connections from a pool unless told not to, with sizes
from the environment that Django accepts; a bad size stops the start with the variable's name."""

from __future__ import annotations

import pytest
from django.db.utils import ConnectionHandler

from liveline.env import ConfigError
from liveline.settings import _databases

POOL_VARIABLES = ("LIVELINE_DB_POOL", "LIVELINE_DB_POOL_MIN_SIZE", "LIVELINE_DB_POOL_MAX_SIZE",
                  "LIVELINE_DB_POOL_TIMEOUT", "LIVELINE_DB_CONN_MAX_AGE")


@pytest.fixture
def postgres_env(monkeypatch):
    """DATABASE_URL naming a PostgreSQL server, and none of the pool variables set."""
    monkeypatch.setenv("DATABASE_URL", "postgres://liveline@db.internal:5432/liveline")
    for name in POOL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_postgresql_borrows_connections_from_a_pool_by_default(postgres_env):
    db = _databases()["default"]
    assert db["OPTIONS"]["pool"] == {"min_size": 2, "max_size": 10, "timeout": 10}
    assert db["CONN_MAX_AGE"] == 0  # what Django requires with a pool: the connection goes back after each request
    assert db["CONN_HEALTH_CHECKS"] is True  # a connection is checked as it leaves the pool


def test_the_pool_sizes_come_from_the_environment_and_django_accepts_them(postgres_env):
    postgres_env.setenv("LIVELINE_DB_POOL_MIN_SIZE", "1")
    postgres_env.setenv("LIVELINE_DB_POOL_MAX_SIZE", "4")
    postgres_env.setenv("LIVELINE_DB_POOL_TIMEOUT", "3")
    db = _databases()["default"]
    assert db["OPTIONS"]["pool"] == {"min_size": 1, "max_size": 4, "timeout": 3}

    # The pool Django builds from them (not opened: nothing connects to db.internal), under an
    # alias of its own: pools are kept per alias, and "default" is the tests' own.
    wrapper = ConnectionHandler({"default": {"ENGINE": "django.db.backends.dummy"}, "check": db})["check"]
    try:
        pool = wrapper.pool
        assert (pool.min_size, pool.max_size, pool.timeout) == (1, 4, 3)
    finally:
        wrapper.close_pool()


def test_without_the_pool_each_thread_keeps_its_own_connection(postgres_env):
    postgres_env.setenv("LIVELINE_DB_POOL", "false")
    postgres_env.setenv("LIVELINE_DB_CONN_MAX_AGE", "30")
    db = _databases()["default"]
    assert "pool" not in db.get("OPTIONS", {})
    assert db["CONN_MAX_AGE"] == 30 and db["CONN_HEALTH_CHECKS"] is True


def test_sqlite_has_no_pool(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("LIVELINE_DB_CONN_MAX_AGE", raising=False)
    monkeypatch.setenv("LIVELINE_DB_POOL", "true")
    db = _databases()["default"]
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert "pool" not in db["OPTIONS"] and db["CONN_MAX_AGE"] == 60


@pytest.mark.parametrize(("name", "value", "says"), [
    ("LIVELINE_DB_POOL", "maybe", "must be one of 1/0, true/false"),
    ("LIVELINE_DB_POOL_MAX_SIZE", "ten", "must be a whole number"),
    ("LIVELINE_DB_POOL_MAX_SIZE", "0", "must be at least 1"),
    ("LIVELINE_DB_POOL_MIN_SIZE", "-1", "must be 0 or more"),
    ("LIVELINE_DB_POOL_TIMEOUT", "0", "must be at least 1"),
])
def test_a_bad_pool_setting_is_a_clear_error(postgres_env, name, value, says):
    postgres_env.setenv(name, value)
    with pytest.raises(ConfigError, match=f"^{name} {says}"):
        _databases()


def test_the_minimum_cannot_exceed_the_maximum(postgres_env):
    postgres_env.setenv("LIVELINE_DB_POOL_MIN_SIZE", "5")
    postgres_env.setenv("LIVELINE_DB_POOL_MAX_SIZE", "3")
    with pytest.raises(ConfigError, match=r"LIVELINE_DB_POOL_MAX_SIZE must be at least 1 and at least "
                                          r"LIVELINE_DB_POOL_MIN_SIZE \(5\); got 3"):
        _databases()
