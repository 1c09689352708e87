"""GRIP mode: real Pushpin in front of a real Liveline server; Pushpin holds the readers.

Pushpin runs from Debian's package with its own config, ports and run directory per test
module. The test process writes through the domain module and publishes to Pushpin like any
Liveline process that commits.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from django.db import connection as db_connection

from liveline.blogs import domain
from liveline.live import grip
from liveline.live.models import Event
from tests.conftest import ServerProcess, _database_url, _free_port, start_server
from tests.live.sse_client import SseReader

pytestmark = [
    pytest.mark.server,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(shutil.which("pushpin") is None,
                       reason="Debian's pushpin is not installed (scripts/install --test installs it)"),
]

KEY = "grip-test-key-not-a-secret"
HEARTBEAT = 2

PUSHPIN_CONF = """\
[global]
include={{libdir}}/internal.conf
rundir={run}
ipc_prefix=t{http}-
port_offset=0
stats_connection_ttl=120

[runner]
services=condure,zurl,pushpin-proxy,pushpin-handler
http_port={http}
logdir={log}
log_level=2
client_buffer_size=8192
client_maxconn=1000
condure_bin=condure
zurl_bin=zurl

[proxy]
# Debian points these at a system-wide zurl; this instance runs its own.
zurl_out_specs=ipc://{{rundir}}/{{ipc_prefix}}zurl-in
zurl_out_stream_specs=ipc://{{rundir}}/{{ipc_prefix}}zurl-in-stream
zurl_in_specs=ipc://{{rundir}}/{{ipc_prefix}}zurl-out
routesfile=routes
debug=true
sig_iss=pushpin
sig_key={key}

[handler]
push_in_spec=tcp://127.0.0.1:{pull}
push_in_sub_specs=tcp://127.0.0.1:{sub}
push_in_sub_connect=false
push_in_http_addr=127.0.0.1
push_in_http_port={publish}
stats_spec=ipc://{{rundir}}/{{ipc_prefix}}stats
command_spec=tcp://127.0.0.1:{command}
message_rate=2500
message_hwm=25000
# How long an item whose prev-id has not arrived yet waits for it (Pushpin's default is 5000).
message_wait=2000
id_cache_ttl=60
connection_subscription_max=20
subscription_linger=60
"""


@dataclass
class Pushpin:
    url: str
    publish_url: str
    process: subprocess.Popen
    log: Path

    def handler_pid(self) -> int:
        """The pushpin-handler child of this instance (it serves the publish endpoint)."""
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True)
        for pid in children.stdout.split():
            if Path(f"/proc/{pid}/comm").read_text().strip() == "pushpin-handler":
                return int(pid)
        raise RuntimeError("no pushpin-handler process")


def _wait_for_port(port: int, process: subprocess.Popen, log: Path, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("pushpin exited at start:\n" + log.read_text())
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"pushpin did not open port {port}:\n" + log.read_text())


def start_pushpin(tmp: Path, backend_port: int, http: int, publish: int) -> Pushpin:
    (tmp / "run").mkdir(parents=True)
    (tmp / "log").mkdir()
    conf = tmp / "pushpin.conf"
    conf.write_text(PUSHPIN_CONF.format(run=tmp / "run", log=tmp / "log", http=http, publish=publish, key=KEY,
                                        pull=_free_port(), sub=_free_port(), command=_free_port()))
    (tmp / "routes").write_text(f"* 127.0.0.1:{backend_port}\n")
    log = tmp / "pushpin.log"
    process = subprocess.Popen(["pushpin", "--config", str(conf), "--merge-output", "--port", f"127.0.0.1:{http}"],
                               stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_for_port(http, process, log)
        _wait_for_port(publish, process, log)
    except RuntimeError:
        _stop_pushpin(process)
        raise
    return Pushpin(f"http://127.0.0.1:{http}", f"http://127.0.0.1:{publish}/publish/", process, log)


def _stop_pushpin(process: subprocess.Popen) -> None:
    process.terminate()  # the runner stops its services
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@dataclass
class Stack:
    pushpin: Pushpin
    server: ServerProcess


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[Stack]:
    """A Liveline server in GRIP mode and a Pushpin routing to it."""
    tmp = tmp_path_factory.mktemp("grip")
    http, publish = _free_port(), _free_port()
    server = start_server(_database_url(db_connection.settings_dict), tmp, {
        "LIVELINE_GRIP_PUBLISH_URL": f"http://127.0.0.1:{publish}/publish/",
        "LIVELINE_GRIP_KEY": KEY,
        "LIVELINE_HEARTBEAT_SECONDS": str(HEARTBEAT),
    })
    try:
        pushpin = start_pushpin(tmp / "pushpin", int(server.url.rsplit(":", 1)[1]), http, publish)
    except Exception:
        server.process.terminate()
        server.process.wait(timeout=10)
        raise
    yield Stack(pushpin, server)
    _stop_pushpin(pushpin.process)
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture
def publishing(settings, stack) -> Stack:
    """This test process commits like any Liveline process in GRIP mode: it publishes to Pushpin."""
    settings.GRIP_PUBLISH_URLS = [stack.pushpin.publish_url]
    settings.GRIP_KEY = KEY
    return stack


def _reader(stack: Stack, slug: str, **kwargs) -> SseReader:
    """A reader connected through Pushpin, once Pushpin holds its connection."""
    reader = SseReader(f"{stack.pushpin.url}/live/{slug}/events", **kwargs)
    assert reader.response.status_code == 200
    deadline = time.monotonic() + 5
    while reader.retry is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert reader.retry is not None, "the stream did not start through Pushpin"
    return reader


def _log_ids(blog) -> list[int]:
    return list(Event.objects.filter(blog=blog).order_by("pk").values_list("pk", flat=True))


def _held_by_liveline(stack: Stack) -> int:
    return httpx.get(f"{stack.server.url}/healthz", timeout=5).json()["readers"]


def _sig(key: str, exp: float) -> str:
    def enc(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    head = enc(json.dumps({"typ": "JWT", "alg": "HS256"}).encode())
    claims = enc(json.dumps({"iss": "pushpin", "exp": int(exp)}).encode())
    signature = hmac.new(key.encode(), f"{head}.{claims}".encode(), hashlib.sha256).digest()
    return f"{head}.{claims}.{enc(signature)}"


def test_a_reader_through_pushpin_gets_a_post_within_two_seconds(blog, publishing):
    """Pushpin holds the connection (Liveline holds none) and delivers the published event."""
    reader = _reader(publishing, blog.slug)
    try:
        assert _held_by_liveline(publishing) == 0
        start = time.monotonic()
        post = domain.create_post(blog, body="Les délégations arrivent à Genève.")
        event = reader.next(timeout=2)
        assert event is not None, "no event through Pushpin within 2 s"
        assert time.monotonic() - start < 2
        assert (event.type, event.data["post_id"], event.id) == ("post.published", post.pk, _log_ids(blog)[-1])
        assert 'id="post-' in event.data["html"]
        assert reader.next(timeout=1) is None, "an event was delivered twice"
    finally:
        reader.close()


def test_last_event_id_through_pushpin_replays_exactly_the_missed_events(blog, publishing):
    domain.create_post(blog, body="Premier")
    seen = _log_ids(blog)[-1]
    domain.create_post(blog, body="Deuxième")
    domain.create_post(blog, body="Troisième")
    missed = [pk for pk in _log_ids(blog) if pk > seen]
    for kwargs in ({"last_event_id": seen}, {"params": {"after": seen}}):
        reader = _reader(publishing, blog.slug, **kwargs)
        try:
            assert [event.id for event in reader.take(len(missed), timeout=3)] == missed
            post = domain.create_post(blog, body="En direct après la reprise")
            event = reader.next(timeout=3)
            assert event is not None and event.data["post_id"] == post.pk
            assert reader.next(timeout=1) is None, "an event was delivered twice"
            missed.append(event.id)
        finally:
            reader.close()


def test_errors_and_reset_through_pushpin_are_those_of_the_stream(blog, publishing):
    bad = httpx.get(f"{publishing.pushpin.url}/live/{blog.slug}/events", headers={"Last-Event-ID": "abc"}, timeout=5)
    assert bad.status_code == 400 and "Last-Event-ID" in bad.json()["error"]
    missing = httpx.get(f"{publishing.pushpin.url}/live/no-such-blog/events", timeout=5)
    assert missing.status_code == 404
    # A position beyond the log (a restored database): one reset event, and the stream ends.
    reader = SseReader(f"{publishing.pushpin.url}/live/{blog.slug}/events", last_event_id=10**12)
    try:
        event = reader.next(timeout=5)
        assert event is not None and event.type == "reset"
        assert reader.next(timeout=5) is None
    finally:
        reader.close()


def test_two_readers_through_pushpin_get_every_event_once_in_order(blog, publishing):
    readers = [_reader(publishing, blog.slug) for _ in range(2)]
    try:
        before = set(_log_ids(blog))
        for n in range(5):
            domain.create_post(blog, body=f"Point {n}")
        expected = [pk for pk in _log_ids(blog) if pk not in before]
        for reader in readers:
            assert [event.id for event in reader.take(len(expected), timeout=3)] == expected
        for reader in readers:
            assert reader.next(timeout=1) is None, "an event was delivered twice"
    finally:
        for reader in readers:
            reader.close()


def test_concurrent_writers_reach_readers_once_and_in_log_order(blog, publishing):
    """Writers commit in parallel; their publishes reach Pushpin in any order, readers still get
    the log's order (Pushpin reorders by prev-id, and recovers from the log when one is missing)."""
    reader = _reader(publishing, blog.slug)
    before = set(_log_ids(blog))
    errors = []

    def write(n: int) -> None:
        try:
            for m in range(5):
                domain.create_post(blog, body=f"Rédacteur {n}, point {m}")
        except Exception as error:  # noqa: BLE001 — reported by the assertion below
            errors.append(error)
        finally:
            db_connection.close()

    try:
        threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        expected = [pk for pk in _log_ids(blog) if pk not in before]
        assert len(expected) == 20
        assert [event.id for event in reader.take(len(expected), timeout=10)] == expected
        assert reader.next(timeout=1) is None, "an event was delivered twice"
    finally:
        reader.close()


def test_a_lost_publish_is_recovered_from_the_log(blog, publishing, settings):
    """An event that never reached Pushpin (its process died before publishing) still reaches
    the reader, in order, as soon as the next one is published."""
    reader = _reader(publishing, blog.slug)
    try:
        settings.GRIP_PUBLISH_URLS = []
        lost = domain.create_post(blog, body="Jamais publié")
        settings.GRIP_PUBLISH_URLS = [publishing.pushpin.publish_url]
        assert reader.next(timeout=1) is None
        after = domain.create_post(blog, body="Publié")
        got = reader.take(2, timeout=6)
        assert [event.data["post_id"] for event in got] == [lost.pk, after.pk]
        assert [event.id for event in got] == _log_ids(blog)[-2:]
        assert reader.next(timeout=1) is None, "an event was delivered twice"
    finally:
        reader.close()


def test_publishing_retries_while_pushpin_is_unreachable(blog, publishing):
    """Pushpin's publish endpoint stops answering for a few seconds: the journalist's write is
    not slowed, and the event is published when it answers again."""
    reader = _reader(publishing, blog.slug)
    handler = publishing.pushpin.handler_pid()
    os.kill(handler, signal.SIGSTOP)
    try:
        start = time.monotonic()
        post = domain.create_post(blog, body="Pendant la coupure")
        assert time.monotonic() - start < 1, "publishing slowed the write"
        time.sleep(3)
    finally:
        os.kill(handler, signal.SIGCONT)
    try:
        event = reader.next(timeout=8)
        assert event is not None and event.data["post_id"] == post.pk
        assert reader.next(timeout=1) is None, "an event was delivered twice"
    finally:
        reader.close()


def test_idle_readers_get_the_heartbeat_through_pushpin(blog, publishing):
    reader = _reader(publishing, blog.slug)
    try:
        time.sleep(HEARTBEAT + 1.5)
        assert ": keepalive" in reader.comments
    finally:
        reader.close()


def test_only_a_valid_signature_gets_grip_instructions(blog, stack):
    """Liveline checks Grip-Sig: forged or expired, the request gets the ordinary stream."""
    domain.create_post(blog, body="Un premier point")
    url = f"{stack.server.url}/live/{blog.slug}/events"
    with httpx.Client(timeout=5) as client:
        good = client.get(url, headers={"Grip-Sig": _sig(KEY, time.time() + 60)})
        assert good.headers["grip-hold"] == "stream"
        assert good.headers["grip-channel"] == f"{grip.channel(blog.pk)}; prev-id={_log_ids(blog)[-1]}"
        assert "rel=next" in good.headers["grip-link"]
        assert good.headers["grip-keep-alive"] == f": keepalive\\n\\n; format=cstring; timeout={HEARTBEAT}"
        for sig in (_sig("wrong-key", time.time() + 60), _sig(KEY, time.time() - 1), "not.a.jwt"):
            with client.stream("GET", url, headers={"Grip-Sig": sig}) as response:
                assert "grip-hold" not in response.headers
                assert response.headers["content-type"].startswith("text/event-stream")


def test_verify_sig():
    assert grip.verify_sig(_sig(KEY, 2000), KEY, now=1000)
    assert not grip.verify_sig(_sig(KEY, 2000), KEY, now=3000)
    assert not grip.verify_sig(_sig(KEY, 2000), "other", now=1000)
    assert not grip.verify_sig("garbage", KEY)
    b64 = "base64:" + base64.b64encode(KEY.encode()).decode()
    assert grip.verify_sig(_sig(KEY, 2000), b64, now=1000)
