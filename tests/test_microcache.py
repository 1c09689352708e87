"""The micro-cache in front of Django: a spike of anonymous readers costs one render per URL."""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from liveline.blogs import domain
from tests.conftest import _database_url, start_server

pytestmark = [pytest.mark.server, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def node(tmp_path, django_db_setup):
    from django.db import connection

    proc = start_server(_database_url(connection.settings_dict), tmp_path,
                        extra_env={"LIVELINE_MICROCACHE_SECONDS": "30"})
    yield proc
    proc.process.terminate()
    proc.process.wait(timeout=10)


def renders(node, route: str) -> float:
    metrics = httpx.get(f"{node.url}/metrics").text
    match = re.search(rf'^liveline_request_duration_seconds_count{{method="GET",route="{re.escape(route)}",'
                      rf'status="200"}} (\S+)$', metrics, flags=re.M)
    return float(match.group(1)) if match else 0.0


def test_readers_arriving_together_cost_one_render(node, blog):
    domain.create_post(blog, body="Premier point.")
    url = f"{node.url}/live/{blog.slug}/"
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda _: httpx.get(url), range(32)))
    assert {answer.status_code for answer in answers} == {200}
    assert len({answer.content for answer in answers}) == 1
    assert renders(node, "live/<slug:slug>/") == 1
    again = httpx.get(url)
    assert again.headers["x-liveline-cache"] == "hit" and int(again.headers["age"]) >= 0
    # What a cache needs in order to revalidate, and a HEAD, both from memory.
    assert httpx.get(url, headers={"If-None-Match": again.headers["etag"]}).status_code == 304
    head = httpx.head(url)
    assert head.status_code == 200 and head.content == b"" and head.headers["x-liveline-cache"] == "hit"
    assert renders(node, "live/<slug:slug>/") == 1


def test_polling_is_shared_for_its_short_max_age_only(node, blog):
    domain.create_post(blog, body="Premier point.")
    url = f"{node.url}/live/{blog.slug}/updates?after=0"
    first = httpx.get(url)
    assert first.headers["x-liveline-cache"] == "miss"
    assert httpx.get(url).headers["x-liveline-cache"] == "hit"
    # The polling answer says max-age=2: kept two seconds, not the thirty this node allows.
    time.sleep(2.2)
    domain.create_post(blog, body="Deuxième point.")
    fresh = httpx.get(url)
    assert fresh.headers["x-liveline-cache"] == "miss" and len(fresh.json()["events"]) == 2


def test_journalists_and_everything_outside_the_reader_pages_reach_django(node, blog):
    url = f"{node.url}/live/{blog.slug}/"
    httpx.get(url)
    with_session = httpx.get(url, cookies={"sessionid": "a-journalist"})
    assert "x-liveline-cache" not in with_session.headers
    api = httpx.get(f"{node.url}/api/blogs/{blog.slug}")
    assert api.status_code == 200 and "x-liveline-cache" not in api.headers


def test_hits_answered_in_the_protocol_keep_the_connection_usable(node, blog, alice):
    from liveline.accounts.models import ApiToken

    domain.create_post(blog, body="Premier point.")
    _, token = ApiToken.issue(alice, name="microcache test")
    url = f"{node.url}/live/{blog.slug}/updates?after=0"
    # One keep-alive connection: a miss, hits and a 304 answered from memory, then an API
    # write and a page, all on it, as a browser polling beside the desk would do.
    with httpx.Client(timeout=5, limits=httpx.Limits(max_connections=1)) as client:
        first = client.get(url)
        hits = [client.get(url) for _ in range(3)]
        assert [hit.headers["x-liveline-cache"] for hit in hits] == ["hit"] * 3
        assert all(hit.json() == first.json() for hit in hits)
        assert int(hits[0].headers["content-length"]) == len(hits[0].content)
        assert client.get(url, headers={"If-None-Match": first.headers["etag"]}).status_code == 304
        created = client.post(f"{node.url}/api/blogs/{blog.slug}/posts", json={"body": "Deuxième point."},
                              headers={"Authorization": f"Bearer {token}"})
        assert created.status_code == 201
        assert client.get(f"{node.url}/live/{blog.slug}/").status_code == 200
        head = client.head(url)
        assert head.status_code == 200 and head.content == b""


def _exchange(node, *chunks: bytes, pause: float = 0.05) -> bytes:
    """Send raw bytes in the given chunks and read until the server closes or goes quiet."""
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(node.url)
    with socket.create_connection((address.hostname, address.port), timeout=3) as sock:
        for chunk in chunks:
            sock.sendall(chunk)
            time.sleep(pause)
        received = b""
        sock.settimeout(1)
        try:
            while data := sock.recv(65536):
                received += data
        except TimeoutError:
            pass
    return received


def test_hits_are_right_however_the_request_bytes_arrive(node, blog):
    domain.create_post(blog, body="Premier point.")
    path = f"/live/{blog.slug}/updates?after=0".encode()
    assert httpx.get(f"{node.url}{path.decode()}").headers["x-liveline-cache"] == "miss"
    request = b"GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" % path
    # Two requests in one packet (pipelined), a request cut in two packets, a request carrying a
    # body: each answered once, whole, in order, and the connection stays in step.
    closing = b"GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" % path
    pipelined = _exchange(node, request + request + closing)
    assert pipelined.count(b"HTTP/1.1 200 OK") == 3 and pipelined.count(b"x-liveline-cache: hit") == 3
    cut = _exchange(node, request[:20], request[20:-2] + b"Connection: close\r\n\r\n")
    assert cut.count(b"HTTP/1.1 200 OK") == 1 and b'"events"' in cut
    # A body that looks like a request, in a packet of its own, is read as the body it is.
    with_body = _exchange(node, request[:-2] + b"Content-Length: %d\r\n\r\n" % len(request), request,
                          request[:-2] + b"Connection: close\r\n\r\n")
    assert with_body.count(b"HTTP/1.1 200 OK") == 2
    # HTTP/1.0 gets its answer and the connection is closed after it.
    old = _exchange(node, b"GET %s HTTP/1.0\r\n\r\n" % path)
    assert old.startswith(b"HTTP/1.1 200 OK") and b"connection: close" in old.lower()


def test_a_session_cookie_or_a_stale_etag_is_never_answered_with_a_cached_304(node, blog):
    domain.create_post(blog, body="Premier point.")
    path = f"/live/{blog.slug}/updates?after=0".encode()
    etag = httpx.get(f"{node.url}{path.decode()}").headers["etag"].encode()
    ask = b"GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: %s\r\nConnection: close\r\n" % (path, etag)
    assert _exchange(node, ask + b"\r\n").startswith(b"HTTP/1.1 304 Not Modified")
    journalist = _exchange(node, ask + b"Cookie: sessionid=someone\r\n\r\n")
    assert b"x-liveline-cache" not in journalist.lower()
    stale = _exchange(node, ask.replace(etag, b'"old"') + b"\r\n")
    assert stale.startswith(b"HTTP/1.1 200 OK") and b"x-liveline-cache: hit" in stale


def test_a_polling_connection_stays_open_while_used_and_is_closed_once_idle(node, blog):
    import socket
    from urllib.parse import urlsplit

    domain.create_post(blog, body="Premier point.")
    path = f"/live/{blog.slug}/"
    httpx.get(f"{node.url}{path}")
    address = urlsplit(node.url)
    request = b"GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" % path.encode()
    with socket.create_connection((address.hostname, address.port), timeout=10) as sock:
        # uvicorn's keep-alive timeout is 5 s: polled every 2 s for 8 s, the connection lives on.
        for _ in range(5):
            sock.sendall(request)
            assert sock.recv(65536).startswith(b"HTTP/1.1 200 OK")
            time.sleep(2)
        # Left idle, it is closed (no file descriptor kept for a reader who went away).
        sock.sendall(request)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200 OK")
        started = time.monotonic()
        while sock.recv(65536):
            pass
        assert 4 < time.monotonic() - started < 8


def _read_answer(sock) -> tuple[bytes, bytes]:
    """One whole answer (head, body) from a keep-alive connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"content-length: (\d+)", head, flags=re.I).group(1)) if b" 304 " not in head[:13] else 0
    while len(body) < length:
        body += sock.recv(65536)
    return head, body


def test_a_reader_repeating_the_same_request_bytes_sees_each_new_answer(node, blog):
    import socket
    from urllib.parse import urlsplit

    domain.create_post(blog, body="Premier point.")
    path = f"/live/{blog.slug}/updates?after=0"
    etag = httpx.get(f"{node.url}{path}").headers["etag"].encode()
    poll = b"GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: %s\r\n\r\n" % (path.encode(), etag)
    journalist = b"GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: sessionid=someone\r\n\r\n" % path.encode()
    address = urlsplit(node.url)
    with socket.create_connection((address.hostname, address.port), timeout=5) as sock:
        # A browser polling on one connection sends the very same bytes again and again.
        for _ in range(3):
            sock.sendall(poll)
            assert _read_answer(sock)[0].startswith(b"HTTP/1.1 304 Not Modified")
        domain.create_post(blog, body="Deuxième point.")
        time.sleep(2.2)  # the polling answer's max-age
        # The same bytes now get the new answer, rendered once, then served from memory.
        answers = []
        for _ in range(2):
            sock.sendall(poll)
            answers.append(_read_answer(sock))
        assert [head.split(b"\r\n")[0] for head, _ in answers] == [b"HTTP/1.1 200 OK"] * 2
        assert b"x-liveline-cache: miss" in answers[0][0] and b"x-liveline-cache: hit" in answers[1][0]
        assert all(body.count(b'"id"') >= 2 and "Deuxième".encode() in body for _, body in answers)
        # A session cookie sent twice on the same connection reaches Django both times.
        for _ in range(2):
            sock.sendall(journalist)
            head, _ = _read_answer(sock)
            assert head.startswith(b"HTTP/1.1 200 OK") and b"x-liveline-cache" not in head.lower()
