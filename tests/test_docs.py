"""Docs that tests check: every setting and every live event type is documented."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings  # noqa: F401  (reading settings fills env.READ)

from liveline import env
from liveline.live.models import Event

DOCS = Path(__file__).resolve().parent.parent / "docs"


def documented_names(page: str) -> set[str]:
    return set(re.findall(r"^\|\s*`([^`]+)`", (DOCS / page).read_text(), flags=re.M))


def test_every_setting_is_documented():
    settings.SECRET_KEY  # noqa: B018  (make sure the settings module ran)
    missing = sorted(env.READ - documented_names("settings.md"))
    assert not missing, f"document these in docs/settings.md: {missing}"


def test_every_event_type_is_documented():
    missing = sorted(set(Event.Type.values) - documented_names("live-events.md"))
    assert not missing, f"document these in docs/live-events.md: {missing}"


def test_every_command_is_documented():
    from liveline.cli import build_parser

    readme = (DOCS.parent / "README.md").read_text()
    commands = next(action for action in build_parser()._actions if action.dest == "command").choices
    missing = sorted(name for name in commands if f"| `liveline {name}" not in readme)
    assert not missing, f"document these in README.md's command table: {missing}"
