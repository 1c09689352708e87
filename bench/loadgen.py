"""SSE load generator: one process holding thousands of readers on raw asyncio protocols (uvloop).

Run by bench/suite.py, several at a time (each stays under the per-process open-file limit and
binds its own 127.0.0.x source address, so that the ephemeral ports of one address suffice).
It speaks a line protocol on stdin/stdout: one JSON command per line in, one JSON answer per
line out. Commands: connect, stats, wait_seq, record, drop, resume, report, reset_counts, close.

A reader is as cheap as we can make it in Python: a Protocol with __slots__, no task, no
StreamReader. It parses each frame only as far as needed: the `id:` line (kept verbatim, sent
back as Last-Event-ID on reconnection) and the sequence number at the start of the data line
(`data: {"id":N,`). Liveline's data starts with the event id; the nchan publisher puts its own
sequence number there, so both engines are checked the same way.

Times are time.monotonic() (CLOCK_MONOTONIC, one clock for every process of the machine), so
the orchestrator can subtract its publish times from the readers' receive times.
"""

from __future__ import annotations

import asyncio
import base64
import json
import resource
import socket
import struct
import sys
import time
from array import array

try:
    import uvloop
except ImportError:  # pragma: no cover - the bench installs it with the project
    uvloop = None

DATA_MARK = b'data: {"id":'
LINGER_RESET = struct.pack("ii", 1, 0)
IP_BIND_ADDRESS_NO_PORT = getattr(socket, "IP_BIND_ADDRESS_NO_PORT", 24)


class Reader(asyncio.Protocol):
    __slots__ = (
        "gen", "host", "port", "path", "transport", "head", "headers_done", "chunked", "chunk_left",
        "chunk_buf", "buf", "last_id", "last_seq", "missing", "events", "dups", "reorders", "gaps",
        "heartbeats", "status", "connected", "closing", "reconnects",
    )

    def __init__(self, gen: Generator, host: str, port: int, path: str):
        self.gen = gen
        self.host = host
        self.port = port
        self.path = path
        self.transport = None
        self.last_id: bytes | None = None
        self.last_seq = 0
        self.missing: set[int] | None = None
        self.events = 0
        self.dups = 0
        self.reorders = 0
        self.gaps = 0
        self.heartbeats = 0
        self.reconnects = 0
        self.closing = False
        self.reset_http()

    def reset_http(self) -> None:
        self.head = b""
        self.headers_done = False
        self.chunked = False
        self.chunk_left = 0
        self.chunk_buf = b""
        self.buf = b""
        self.status = 0
        self.connected: asyncio.Future | None = None

    def request(self) -> bytes:
        extra = b"Last-Event-ID: " + self.last_id + b"\r\n" if self.last_id is not None else b""
        return (
            b"GET %s HTTP/1.1\r\nHost: %s:%d\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n%s\r\n"
            % (self.path.encode(), self.host.encode(), self.port, extra)
        )

    # -- asyncio.Protocol ------------------------------------------------------------------
    def connection_made(self, transport) -> None:
        self.transport = transport
        transport.write(self.request())

    def connection_lost(self, exc) -> None:
        self.transport = None
        if self.connected is not None and not self.connected.done():
            self.connected.set_result(f"closed before headers ({exc or 'eof'})")
        if not self.closing:
            self.gen.lost(self)

    def eof_received(self):
        return False  # close our side too

    def data_received(self, data: bytes) -> None:
        now = time.monotonic()
        if not self.headers_done:
            self.head += data
            end = self.head.find(b"\r\n\r\n")
            if end < 0:
                return
            head, data = self.head[:end], self.head[end + 4:]
            self.head = b""
            self.headers_done = True
            try:
                self.status = int(head[9:12])
            except ValueError:
                self.status = -1
            self.chunked = b"transfer-encoding: chunked" in head.lower()
            if self.connected is not None and not self.connected.done():
                self.connected.set_result(None if self.status == 200 else f"HTTP {self.status}")
            if self.status != 200:
                self.transport.close()
                return
            if not data:
                return
        if self.chunked:
            data = self.dechunk(data)
        buf = self.buf + data if self.buf else data
        start = 0
        while True:
            end = buf.find(b"\n\n", start)
            if end < 0:
                break
            self.frame(buf, start, end, now)
            start = end + 2
        self.buf = buf[start:] if start < len(buf) else b""

    # -- parsing -------------------------------------------------------------------------------
    def dechunk(self, data: bytes) -> bytes:
        out = []
        data = self.chunk_buf + data if self.chunk_buf else data
        self.chunk_buf = b""
        pos = 0
        n = len(data)
        while pos < n:
            if self.chunk_left > 0:
                take = min(self.chunk_left, n - pos)
                out.append(data[pos:pos + take])
                pos += take
                self.chunk_left -= take
                continue
            # Between chunks: optional CRLF that ends the previous chunk, then "<hex>\r\n".
            if data.startswith(b"\r\n", pos):
                pos += 2
                continue
            eol = data.find(b"\r\n", pos)
            if eol < 0:
                self.chunk_buf = data[pos:]
                break
            size = int(data[pos:eol].split(b";", 1)[0], 16)
            pos = eol + 2
            if size == 0:
                break
            self.chunk_left = size
        return b"".join(out)

    def frame(self, buf: bytes, start: int, end: int, now: float) -> None:
        if buf.startswith(b":", start):
            self.heartbeats += 1
            return
        mark = buf.find(DATA_MARK, start, end)
        if mark < 0:
            return  # retry: hints, reset events without data id
        i = buf.find(b"id: ", start, end)
        if i >= 0 and (i == start or buf[i - 1] == 10):
            self.last_id = buf[i + 4:buf.find(b"\n", i, end + 1)]
        j = mark + len(DATA_MARK)
        k = buf.find(b",", j, end)
        seq = int(buf[j:k])
        self.events += 1
        last = self.last_seq
        if seq == last + 1:
            self.last_seq = seq
        elif seq > last:
            if last:  # the first event of a fresh stream may start anywhere
                self.gaps += seq - last - 1
                if self.missing is None:
                    self.missing = set()
                self.missing.update(range(last + 1, seq))
            self.last_seq = seq
        elif self.missing and seq in self.missing:
            self.missing.discard(seq)
            self.gaps -= 1
            self.reorders += 1
        else:
            self.dups += 1
            return
        rec = self.gen.recording
        if rec is not None:
            times = rec.get(seq)
            if times is None:
                times = rec[seq] = array("d")
            times.append(now)


class Generator:
    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.readers: list[Reader] = []
        self.recording: dict[int, array] | None = None
        self.unexpected_closes = 0
        self.reconnect = False
        self.srcs = ["127.0.0.1"]
        self.next_src = 0
        self.errors: dict[str, int] = {}
        self.sem = asyncio.Semaphore(256)

    def lost(self, reader: Reader) -> None:
        self.unexpected_closes += 1
        if self.reconnect:
            # As a browser does: come back with Last-Event-ID (soon, without the retry hint,
            # which only lengthens the test).
            reader.reconnects += 1
            self.loop.call_later(0.5, lambda: self.loop.create_task(self.open(reader)))

    async def open(self, reader: Reader) -> str | None:
        async with self.sem:
            reader.reset_http()
            reader.closing = False
            fut = reader.connected = self.loop.create_future()
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                # Port chosen at connect() for the whole 4-tuple: a plain bind() to port 0 searches
                # the source address's used ports one by one, which grows with every reader.
                sock.setsockopt(socket.SOL_IP, IP_BIND_ADDRESS_NO_PORT, 1)
                self.next_src += 1
                sock.bind((self.srcs[self.next_src % len(self.srcs)], 0))
                sock.setblocking(False)
                await self.loop.sock_connect(sock, (reader.host, reader.port))
                await self.loop.create_connection(lambda: reader, sock=sock)
            except OSError as exc:
                sock.close()
                err = f"{type(exc).__name__}: {exc.strerror or exc}"
                self.errors[err] = self.errors.get(err, 0) + 1
                return err
            try:
                err = await asyncio.wait_for(fut, 30)
            except TimeoutError:
                err = "no headers within 30 s"
            if err:
                self.errors[err] = self.errors.get(err, 0) + 1
            return err

    # -- commands ------------------------------------------------------------------------------
    async def cmd_connect(self, targets, path, n, srcs, reconnect=False):
        self.srcs = srcs
        self.reconnect = reconnect
        t0 = time.monotonic()
        new = [Reader(self, *targets[i % len(targets)], path) for i in range(n)]
        results = await asyncio.gather(*(self.open(r) for r in new))
        ok = [r for r, err in zip(new, results, strict=True) if err is None]
        for r, err in zip(new, results, strict=True):
            if err is not None and r.transport is not None:
                r.closing = True
                r.transport.close()
        self.readers.extend(ok)
        return {"connected": len(ok), "failed": n - len(ok), "seconds": time.monotonic() - t0,
                "errors": self.errors}

    def cmd_stats(self):
        open_ = [r for r in self.readers if r.transport is not None and r.headers_done]
        return {
            "readers": len(self.readers), "open": len(open_),
            "events": sum(r.events for r in self.readers),
            "min_seq": min((r.last_seq for r in self.readers), default=0),
            "heartbeats": sum(r.heartbeats for r in self.readers),
            "unexpected_closes": self.unexpected_closes,
            "rusage": _rusage(),
        }

    async def cmd_wait_seq(self, seq, timeout):
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            if all(r.last_seq >= seq for r in self.readers):
                return {"reached": len(self.readers), "seconds": time.monotonic() - t0}
            await asyncio.sleep(0.02)
        return {"reached": sum(r.last_seq >= seq for r in self.readers), "seconds": time.monotonic() - t0}

    def cmd_record(self, on):
        self.recording = {} if on else None
        return {}

    def reset_all(self) -> None:
        for r in self.readers:
            r.closing = True
            if r.transport is not None:
                # Reset, not a clean close: a dropped network leaves no TIME_WAIT behind, and our
                # own TIME_WAITs would take the ports the readers (or the next run) come back on.
                sock = r.transport.get_extra_info("socket")
                if sock is not None:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_RESET)
                r.transport.abort()

    async def cmd_drop(self):
        """Every reader drops its connection at once (a proxy or network blip)."""
        self.reset_all()
        await asyncio.sleep(0.05)  # let every connection_lost run before the readers come back
        return {}

    async def cmd_resume(self):
        """Every reader comes straight back with Last-Event-ID: the worst case of a storm."""
        t0 = time.monotonic()
        self.errors = {}
        results = await asyncio.gather(*(self.open(r) for r in self.readers))
        failed = sum(err is not None for err in results)
        return {"seconds": time.monotonic() - t0, "failed": failed, "errors": self.errors}

    def cmd_report(self, first_seq, last_seq):
        """Loss, duplicates and order over [first_seq, last_seq], and the receive times."""
        lost = dups = reorders = behind = 0
        for r in self.readers:
            dups += r.dups
            reorders += r.reorders
            if r.missing:
                lost += sum(first_seq <= s <= last_seq for s in r.missing)
            if r.last_seq < last_seq:
                behind += 1
                lost += last_seq - max(r.last_seq, first_seq - 1)
        rec = self.recording or {}
        times = {str(seq): base64.b64encode(arr.tobytes()).decode() for seq, arr in rec.items()}
        return {"lost": lost, "dups": dups, "reorders": reorders, "behind": behind, "times": times,
                "reconnects": sum(r.reconnects for r in self.readers)}

    def cmd_reset_counts(self):
        for r in self.readers:
            r.dups = r.reorders = r.gaps = 0
            r.missing = None
        self.unexpected_closes = 0
        return {}

    async def cmd_close(self):
        self.reset_all()
        self.readers = []
        await asyncio.sleep(0.2)
        return {}


def _rusage() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


async def main() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    gen = Generator()
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=1 << 20)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    out = sys.stdout
    while True:
        line = await reader.readline()
        if not line:
            break
        msg = json.loads(line)
        name = msg.pop("cmd")
        result = getattr(gen, "cmd_" + name)(**msg)
        if asyncio.iscoroutine(result):
            result = await result
        out.write(json.dumps(result) + "\n")
        out.flush()
        if name == "close":
            break


if __name__ == "__main__":
    if uvloop is not None:
        uvloop.run(main())
    else:
        asyncio.run(main())
