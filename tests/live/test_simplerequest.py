"""The one-packet request parser of the polling fast path: it reads the simple shape, and
declines everything a full HTTP parser might read differently."""

from __future__ import annotations

import pytest

from liveline.live.simplerequest import parse

POLL = b"GET /live/sumy/updates?after=41 HTTP/1.1\r\nHost: example.org\r\nIf-None-Match: \"e41\"\r\n\r\n"


def test_a_polling_request_is_read_with_what_the_cache_needs():
    request = parse(POLL, b"/live/")
    assert request is not None
    assert (request.method, request.path, request.query) == (b"GET", b"/live/sumy/updates", b"after=41")
    assert (b"if-none-match", b'"e41"') in request.headers and request.keep_alive


def test_header_names_are_case_blind_and_connection_close_is_honoured():
    request = parse(b"HEAD /live/sumy/ HTTP/1.1\r\nHOST: a\r\nConnection: Close\r\nCookie:  x=1 \r\n\r\n", b"/live/")
    assert request.method == b"HEAD" and not request.keep_alive
    assert (b"cookie", b"x=1") in request.headers


def test_values_keep_their_inner_spaces_tabs_and_non_ascii_and_lose_the_outer_ones():
    request = parse(b"GET /live/sumy/ HTTP/1.1\r\nUser-Agent:  Mozilla/5.0 (X11;\tLinux) \r\n"
                    b"X-Ville: Kyiv \xc3\xa9\r\nX-Empty:\r\n\r\n", b"/live/")
    assert request.headers == [(b"user-agent", b"Mozilla/5.0 (X11;\tLinux)"), (b"x-ville", b"Kyiv \xc3\xa9"),
                               (b"x-empty", b"")]
    assert parse(b"GET /live/sumy/ HTTP/1.1\r\n\r\n", b"/live/").headers == []


def test_http_1_0_is_answered_then_closed():
    assert parse(b"GET /live/sumy/ HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", b"/live/").keep_alive is False


@pytest.mark.parametrize("data", [
    POLL[:-2],  # not complete yet
    POLL + POLL,  # a second request pipelined behind
    POLL[:-2] + b"Content-Length: 3\r\n\r\nabc",  # a body
    POLL[:-2] + b"Transfer-Encoding: chunked\r\n\r\n",
    POLL[:-2] + b"Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n",
    POLL[:-2] + b"X-Long: a\r\n b\r\n\r\n",  # a header folded over two lines
    POLL[:-2] + b"Bad Name: x\r\n\r\n",
    POLL[:-2] + b": no name\r\n\r\n",
    POLL[:-2] + b"X-Lf: a\nX-Other: b\r\n\r\n",  # a bare line feed inside
    POLL[:-2] + b"X-Cr: a\rb\r\n\r\n",  # a bare carriage return
    POLL[:-2] + b"X-Nul: a\x00b\r\n\r\n",
    POLL[:-2] + b"X-Esc: a\x1bb\r\n\r\n",
    b"GET /live/sumy/\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n",  # raw non-ASCII in the target
    b"GET /live/sumy/#top HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET  /live/sumy/ HTTP/1.1\r\nHost: a\r\n\r\n",  # two spaces
    b"GET /live/sumy/ HTTP/2.0\r\nHost: a\r\n\r\n",
    b"POST /live/sumy/ HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET /api/blogs HTTP/1.1\r\nHost: a\r\n\r\n",  # outside the prefix
    b"GET http://a/live/sumy/ HTTP/1.1\r\nHost: a\r\n\r\n",  # absolute form
])
def test_anything_but_the_simple_shape_is_left_to_httptools(data):
    assert parse(data, b"/live/") is None
