"""Translations: the French catalogue is complete and well typeset, and reader pages speak their blog's language.

The .po files are committed and the .mo files are built by scripts/install; the session
fixture builds them here too when they are missing or older than their .po, so these tests
pass in a fresh checkout.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from liveline.blogs import domain

LIVELINE = Path(__file__).resolve().parent.parent / "liveline"
LOCALE = LIVELINE / "locale"
NBSP = "\u00a0"


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """The .mo files, compiled from the committed .po files unless they are already up to date."""
    stale = [po for po in LOCALE.glob("*/LC_MESSAGES/django.po")
             if not po.with_suffix(".mo").exists() or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime]
    if stale:
        # From liveline/, like scripts/install: compilemessages also walks the working directory.
        with contextlib.chdir(LIVELINE):
            call_command("compilemessages", verbosity=0)
        # Catalogues loaded before the .mo existed would stay cached for the whole process.
        from django.utils.translation import trans_real

        trans_real._translations = {}
        trans_real._default = None


# --- the catalogue ---------------------------------------------------------------------------

class Entry:
    def __init__(self) -> None:
        self.flags: set[str] = set()
        self.fields: dict[str, str] = {}
        self.line = 0

    @property
    def msgid(self) -> str:
        return self.fields.get("msgid", "")

    @property
    def msgstrs(self) -> dict[str, str]:
        return {key: value for key, value in self.fields.items() if key.startswith("msgstr")}


def _unquote(text: str) -> str:
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes[m.group(1)], text)


def parse_po(path: Path) -> list[Entry]:
    """The entries of a .po file, header first; obsolete (#~) entries are kept out."""
    entries: list[Entry] = []
    entry, key = Entry(), None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            if entry.fields:
                entries.append(entry)
            entry, key = Entry(), None
            continue
        if line.startswith("#,"):
            entry.flags |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry.fields[key] += _unquote(line[1:-1])
        else:
            key, _, value = line.partition(" ")
            entry.fields[key] = _unquote(value.strip()[1:-1])
            entry.line = entry.line or number
    if entry.fields:
        entries.append(entry)
    return entries


def placeholders(text: str) -> list[str]:
    """Python %-placeholders (named or not) and {name} placeholders, sorted."""
    return sorted(re.findall(r"%(?:\([a-z_]+\))?[-+#0]*\d*(?:\.\d+)?[sdfr]|\{[a-z_]+\}", text))


@pytest.fixture(scope="module")
def french() -> list[Entry]:
    return parse_po(LOCALE / "fr" / "LC_MESSAGES" / "django.po")


@pytest.fixture(scope="module")
def english() -> list[Entry]:
    return parse_po(LOCALE / "en" / "LC_MESSAGES" / "django.po")


def test_catalogue_headers(french, english):
    fr_header, en_header = french[0], english[0]
    assert fr_header.msgid == "" and en_header.msgid == ""
    assert "Language: fr\n" in fr_header.fields["msgstr"]
    assert "Plural-Forms: nplurals=2; plural=(n > 1);\n" in fr_header.fields["msgstr"]
    assert "Language: en\n" in en_header.fields["msgstr"]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);\n" in en_header.fields["msgstr"]
    assert "charset=UTF-8" in fr_header.fields["msgstr"]
    assert "fuzzy" not in fr_header.flags | en_header.flags  # a fuzzy header makes msgfmt ignore the plural rules


def test_french_catalogue_is_complete_and_keeps_every_placeholder(french):
    problems = []
    for entry in french[1:]:
        where = f"line {entry.line}: {entry.msgid!r}"
        if "fuzzy" in entry.flags:
            problems.append(f"{where} is fuzzy (compilemessages would skip it)")
        for key, text in entry.msgstrs.items():
            if not text:
                problems.append(f"{where} has no {key}")
                continue
            # msgstr[0] answers the singular msgid, every other form the plural one.
            singular = key in {"msgstr", "msgstr[0]"}
            source = entry.msgid if singular else entry.fields["msgid_plural"]
            if placeholders(text) != placeholders(source):
                problems.append(f"{where}: {key} has {placeholders(text)}, the source {placeholders(source)}")
        if "msgid_plural" in entry.fields and set(entry.msgstrs) != {"msgstr[0]", "msgstr[1]"}:
            problems.append(f"{where} needs exactly two plural forms")
    assert not problems, "\n".join(problems)
    assert len(french) > 200  # the whole interface, not a stub


def test_french_typography(french):
    """No-break spaces before : ; ! ? and inside « », typographic apostrophes, no English quotes."""
    problems = []
    for entry in french[1:]:
        for text in entry.msgstrs.values():
            if re.search(r"[ ][:;!?»]|«[ ]", text):
                problems.append(f"ordinary space where a no-break space belongs: {text!r}")
            if re.search(rf"[^\s{NBSP}][;!?]|«[^{NBSP}]|[^{NBSP}]»", text):
                problems.append(f"missing no-break space: {text!r}")
            if re.search(rf"[^\s{NBSP}/]:(?=[ {NBSP}]|$)", text) and "Authorization:" not in text:
                problems.append(f"missing no-break space before a colon: {text!r}")
            if "'" in text or "\u201c" in text or "\u201d" in text:
                problems.append(f"straight apostrophe or English quotes: {text!r}")
    assert not problems, "\n".join(problems)


def test_both_catalogues_list_the_same_strings(french, english):
    def keys(entries):
        return {(entry.fields.get("msgctxt"), entry.msgid) for entry in entries[1:]}

    assert keys(french) == keys(english), "run makemessages for every language at once (-l fr -l en)"
    # English is the source language: its msgstr stay empty so the msgid is used as it is.
    assert all(not text for entry in english[1:] for text in entry.msgstrs.values())


def test_french_plural_rules_in_the_compiled_catalogue():
    with translation.override("fr"):
        forms = {n: translation.ngettext("%(n)d day ago", "%(n)d days ago", n) % {"n": n} for n in (0, 1, 2)}
    assert forms == {0: f"il y a 0{NBSP}jour", 1: f"il y a 1{NBSP}jour", 2: f"il y a 2{NBSP}jours"}


# --- the pages ---------------------------------------------------------------------------------

class Words(HTMLParser):
    """What a reader sees or hears: text nodes, labels in attributes, and the live script's strings."""

    LABELS = {"title", "aria-label", "placeholder", "alt", "data-label-live", "data-label-ended"}

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._skip += 1  # structured data for crawlers, not the interface
        self.words += [value.strip() for name, value in attrs.items() if name in self.LABELS and value]

    def handle_endtag(self, tag):
        if tag == "script" and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.words.append(html.unescape(data).strip())


def words_of(page: str) -> list[str]:
    parser = Words()
    parser.feed(page)
    return parser.words


def shows(words: list[str], label: str) -> bool:
    """A word is the label, or starts with it and goes on ("Updated at 12:05", "Content from X: title")."""
    return any(word == label or word.startswith((label + " ", label + NBSP, label + ":")) for word in words)


def script_words(page: str) -> str:
    """The words of the live script's JSON island, without its keys."""
    island = page.split('id="liveline-strings" type="application/json">', 1)[1].split("</script>", 1)[0]
    values = json.loads(island).values()
    return "\n".join(word for value in values for word in (value if isinstance(value, list) else [value]))


# The same interface in both languages; every one of these is on the page built below.
LABELS = [
    ("En direct", "Live"),
    ("Moments clés", "Key events"),
    ("Moment clé", "Key event"),
    ("L’essentiel", "Summary"),
    (f"Rectificatif{NBSP}:", "Correction:"),
    ("Affirmation", "Claim"),
    ("Verdict", "Verdict"),
    ("Trompeur", "Misleading"),
    ("Lire aussi", "Read also"),
    ("Mettre le direct en pause", "Pause live updates"),
    ("Lien permanent vers cette publication", "Permalink to this post"),
    ("Charger le lecteur YouTube", "Load the YouTube player"),
    ("Voir sur YouTube", "View on YouTube"),
    ("Contenu provenant de YouTube", "Content from YouTube"),
    ("Flux Atom", "Atom feed"),
    ("Aller au contenu", "Skip to content"),
    ("Tous les directs", "All live coverage"),
]
# Words of the live script (the JSON island) that must be in the page's language too.
SCRIPT_WORDS = [("à l’instant", "just now"), ("nouvelles publications", "new posts"),
                ("Direct en pause", "Live updates paused"), ("il y a", "ago")]


@pytest.fixture
def english_blog(alice):
    """A live English blog in London."""
    return domain.create_blog(slug="election-night", title="Election night, live", language="en",
                              timezone_name="Europe/London", status="live")


def cover(live, author) -> None:
    """One post of each kind the reader labels: key event, pinned summary, fact-check, read also, embed, correction."""
    start = datetime.now(UTC) - timedelta(hours=3)
    made = [
        dict(body="Texte.", key_event=True, headline="Accord"),
        dict(body="Résumé.", pinned=True),
        dict(kind="fact-check", body="Non.", data={"claim": "Tout va bien", "verdict": "misleading"}),
        dict(kind="link", data={"url": "https://example.org/a", "title": "Analyse"}),
        dict(kind="embed", data={"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}),
        dict(body="Premier bilan."),
    ]
    posts = [domain.create_post(live, authors=[author], published_at=start + timedelta(minutes=n), **fields)
             for n, fields in enumerate(made)]
    domain.edit_post(posts[-1], version=posts[-1].version, body="Bilan revu.", correction_note="Chiffre corrigé.",
                     by=author)


@pytest.mark.django_db
def test_a_french_blog_page_is_in_french(client, blog, alice):
    cover(blog, alice)
    # The blog's language wins over the browser's.
    page = client.get("/live/ukraine-talks/", headers={"Accept-Language": "en"}).content.decode()
    words = words_of(page)
    assert '<html lang="fr">' in page
    for french, english in LABELS:
        assert shows(words, french), f"{french!r} missing"
        if french != english:
            assert not shows(words, english), f"English {english!r} on the French page"
    assert any(re.fullmatch(rf"il y a \d+{NBSP}h", word) for word in words)
    assert shows(words, "Mise à jour à")
    assert not any(re.search(r"\bago\b|^Updated at", word) for word in words)
    script = script_words(page)
    for french, english in SCRIPT_WORDS:
        assert french in script and english not in script


@pytest.mark.django_db
def test_an_english_blog_page_is_in_english(client, english_blog, alice):
    cover(english_blog, alice)
    page = client.get("/live/election-night/", headers={"Accept-Language": "fr"}).content.decode()
    words = words_of(page)
    assert '<html lang="en">' in page
    for french, english in LABELS:
        assert shows(words, english), f"{english!r} missing"
        if french != english:
            assert not shows(words, french), f"French {french!r} on the English page"
    assert any(re.fullmatch(r"\d+ h ago", word) for word in words)
    assert shows(words, "Updated at")
    script = script_words(page)
    for french, english in SCRIPT_WORDS:
        assert english in script and french not in script


def test_every_string_of_the_code_is_in_the_catalogues(tmp_path, settings, french):
    """A string added to a template or a module without makemessages would stay English on French pages."""
    import shutil

    copy = tmp_path / "liveline"
    shutil.copytree(LIVELINE, copy, ignore=shutil.ignore_patterns("static", "__pycache__", "*.mo", "data"))
    settings.LOCALE_PATHS = [str(copy / "locale")]  # never the committed catalogues
    with contextlib.chdir(copy):
        call_command("makemessages", locale=["fr"], no_obsolete=True, verbosity=0)

    def keys(entries):
        return {(entry.fields.get("msgctxt"), entry.msgid) for entry in entries[1:]}

    found = parse_po(copy / "locale" / "fr" / "LC_MESSAGES" / "django.po")
    missing = sorted(msgid for _, msgid in keys(found) - keys(french))
    unused = sorted(msgid for _, msgid in keys(french) - keys(found))
    assert not missing, f"not in the catalogues (see liveline/locale/README.md): {missing}"
    assert not unused, f"in the catalogues but no longer in the code: {unused}"
