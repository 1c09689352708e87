"""Recognise the social and video platforms a journalist pastes URLs from.

A recognised URL becomes a click-to-load placeholder naming its source: nothing from the
platform loads until the reader asks. Only video platforms that offer a plain iframe player
get one (on click); the others open at the source. Unknown URLs become a link card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Embed:
    provider: str  # stable key, e.g. "youtube"
    name: str  # what readers see, e.g. "YouTube"
    url: str
    iframe_src: str | None = None  # click-to-load player, when the platform has one


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


_YT_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def _youtube(url: str) -> str | None:
    parts = urlsplit(url)
    host = _host(url)
    video = None
    if host == "youtu.be":
        video = parts.path.strip("/").split("/")[0]
    elif host in {"youtube.com", "m.youtube.com", "youtube-nocookie.com"}:
        if parts.path == "/watch":
            video = (parse_qs(parts.query).get("v") or [""])[0]
        else:
            match = re.match(r"^/(?:embed|shorts|live)/([^/?#]+)", parts.path)
            video = match.group(1) if match else None
    if video and _YT_ID.match(video):
        return f"https://www.youtube-nocookie.com/embed/{video}"
    return None


def _vimeo(url: str) -> str | None:
    match = re.match(r"^/(?:video/)?(\d+)", urlsplit(url).path)
    return f"https://player.vimeo.com/video/{match.group(1)}" if match else None


def _dailymotion(url: str) -> str | None:
    parts = urlsplit(url)
    if _host(url) == "dai.ly":
        video = parts.path.strip("/")
    else:
        match = re.match(r"^/(?:embed/)?video/([A-Za-z0-9]+)", parts.path)
        video = match.group(1) if match else ""
    return f"https://www.dailymotion.com/embed/video/{video}" if re.match(r"^[A-Za-z0-9]+$", video) else None


_PROVIDERS: list[tuple[str, str, set[str]]] = [
    ("youtube", "YouTube", {"youtube.com", "m.youtube.com", "youtu.be", "youtube-nocookie.com"}),
    ("vimeo", "Vimeo", {"vimeo.com", "player.vimeo.com"}),
    ("dailymotion", "Dailymotion", {"dailymotion.com", "dai.ly"}),
    ("x", "X (Twitter)", {"x.com", "twitter.com", "mobile.twitter.com"}),
    ("bluesky", "Bluesky", {"bsky.app"}),
    ("telegram", "Telegram", {"t.me", "telegram.me"}),
    ("instagram", "Instagram", {"instagram.com"}),
    ("tiktok", "TikTok", {"tiktok.com", "vm.tiktok.com"}),
    ("facebook", "Facebook", {"facebook.com", "m.facebook.com", "fb.watch"}),
]
_PLAYERS = {"youtube": _youtube, "vimeo": _vimeo, "dailymotion": _dailymotion}
# Origins of the players above: the Content-Security-Policy lets only these be framed.
PLAYER_ORIGINS = {"https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://www.dailymotion.com"}
# Mastodon runs on many hosts; its post URLs have a recognisable shape.
_MASTODON = re.compile(r"^/@[A-Za-z0-9_]+(?:@[A-Za-z0-9.-]+)?/\d+$")


def detect(url: str) -> Embed | None:
    """The platform behind `url`, or None for a URL that should become a plain link card."""
    host = _host(url)
    for key, name, hosts in _PROVIDERS:
        if host in hosts:
            player = _PLAYERS.get(key)
            return Embed(key, name, url, player(url) if player else None)
    if _MASTODON.match(urlsplit(url).path):
        return Embed("mastodon", "Mastodon", url)
    return None
