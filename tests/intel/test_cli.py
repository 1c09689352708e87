"""`liveline extract` as an operator runs it: one post, or consecutive posts of one blog."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def extract(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "liveline.cli", "extract", *args], input=stdin, env=os.environ,
                          capture_output=True, text=True, timeout=120)


def test_one_post_prints_the_interface_shape(tmp_path):
    post = tmp_path / "post.txt"
    post.write_text("« Nous ne céderons pas », a déclaré le secrétaire général de l'Otan Mark Rutte mardi.\n\n"
                    "Au moins 35 civils ont été tués à Soumy dimanche.\n")
    result = extract("--lang", "fr", "--published", "2025-04-14T09:00:00+02:00", "--timezone", "Europe/Paris",
                     str(post))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"quotes", "entities", "dates", "figures"}
    assert out["quotes"][0] == {"text": "Nous ne céderons pas", "kind": "direct",
                                "speaker": {"name": "Mark Rutte", "role": "secrétaire général de l'Otan"}}
    assert {"text": "dimanche", "date": "2025-04-13"} in out["dates"]
    assert out["figures"] == [{"text": "Au moins 35 civils ont été tués", "value": 35, "bound": "at_least",
                               "category": "killed", "place": "Sumy", "date": "2025-04-13"}]


def test_posts_resolve_a_pronoun_across_posts():
    text = ("« Nous avons besoin de défense aérienne », a déclaré la Première ministre Ioulia Svyrydenko.\n\n"
            "« Chaque jour compte », a-t-elle ajouté.\n")
    result = extract("--posts", "--published", "2025-07-20T10:00:00+02:00", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    first, second = json.loads(result.stdout)
    assert second["quotes"][0]["speaker"]["name"] == "Ioulia Svyrydenko"


def test_bad_published_time_is_refused(tmp_path):
    post = tmp_path / "post.txt"
    post.write_text("Rien.")
    result = extract("--published", "mardi", str(post))
    assert result.returncode == 2
    assert "--published" in result.stderr


def test_a_file_that_is_not_utf8_is_refused_with_a_message(tmp_path):
    post = tmp_path / "post.txt"
    post.write_bytes("« Nous tiendrons », a déclaré le maire.".encode("latin-1"))
    result = extract("--lang", "fr", str(post))
    assert result.returncode == 1
    assert "not UTF-8" in result.stderr and "Traceback" not in result.stderr


def test_a_byte_order_mark_is_not_read_as_text(tmp_path):
    # Editors on Windows start UTF-8 files with one; read as text it glued itself to the first name.
    post = tmp_path / "post.txt"
    post.write_bytes("\ufeffEmmanuel Macron a affirmé que la France tiendrait.".encode())
    result = extract("--lang", "fr", "--published", "2025-04-14T09:00:00+02:00", str(post))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["quotes"][0]["speaker"]["name"] == "Emmanuel Macron"
