"""The floor of a fan-out on this machine: CPU per socket write of a bare uvloop server.

No HTTP, no Django, no hub: a uvloop server pinned to the server core accepts N loopback
connections from a reader process pinned to the client core, then writes the same frame
(the size of the fan-out scenario's event) to every connection, round after round, and reports
the server's user and system CPU per write. Whatever a real server does, each delivery costs at
least this much here; at 38,000 readers on one core the last one waits about 38,000 of these.

    .venv/bin/python bench/write_floor.py                      # 19,000 connections, 10 rounds
    .venv/bin/python bench/write_floor.py --connections 5000 --write   # also bench/results/<date>-write-floor.json

The reader is a plain selectors loop reading and discarding (as cheap as a reader gets); the
server writes with `transport.write`, as liveline/live/fastpath.py does, and with `os.write` on
the socket's descriptor (the write without uvloop's buffering), alternately.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import resource
import selectors
import socket
import subprocess
import sys
from pathlib import Path

import uvloop

BENCH = Path(__file__).resolve().parent
PORT = 18998


def reader(connections: int) -> None:
    """The client side: open the connections, then read and discard until they all close."""
    sel = selectors.DefaultSelector()
    for _ in range(connections):
        sock = socket.create_connection(("127.0.0.1", PORT))
        sock.setblocking(False)
        sel.register(sock, selectors.EVENT_READ)
    while sel.get_map():
        for key, _ in sel.select(10):
            try:
                if not key.fileobj.recv(65536):
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
            except BlockingIOError:
                pass


class Connection(asyncio.Protocol):
    def __init__(self, accepted: list) -> None:
        self.accepted = accepted

    def connection_made(self, transport: asyncio.Transport) -> None:
        self.transport = transport
        self.fd = transport.get_extra_info("socket").fileno()
        self.accepted.append(self)


async def serve(a) -> list[dict]:
    frame = b"id: 1\nevent: post.published\ndata: " + b"x" * (a.frame_bytes - 36) + b"\n\n"
    accepted: list[Connection] = []
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(accepted), "127.0.0.1", PORT, backlog=4096)
    client = subprocess.Popen(["taskset", "-c", a.client_core, sys.executable, __file__, "--reader",
                               "--connections", str(a.connections)])
    try:
        while len(accepted) < a.connections:
            if client.poll() is not None:
                raise SystemExit("the reader process ended before connecting")
            await asyncio.sleep(0.1)
        await asyncio.sleep(1)
        results = []
        for way in ["transport.write", "os.write"] * a.repeat:
            before = os.times()
            for _ in range(a.rounds):
                if way == "transport.write":
                    for conn in accepted:
                        conn.transport.write(frame)
                else:
                    write = os.write
                    for conn in accepted:
                        write(conn.fd, frame)
                await asyncio.sleep(a.pause)  # the reader drains; nothing queues between rounds
            after = os.times()
            writes = a.connections * a.rounds
            results.append({"way": way, "writes": writes,
                            "user_us": round((after.user - before.user) / writes * 1e6, 2),
                            "system_us": round((after.system - before.system) / writes * 1e6, 2)})
            print(f"{way:16} user {results[-1]['user_us']:6.2f} µs  system {results[-1]['system_us']:6.2f} µs "
                  "per write", flush=True)
        return results
    finally:
        for conn in accepted:
            conn.transport.close()
        server.close()
        await server.wait_closed()
        while client.poll() is None:  # the closes go out while the loop turns
            await asyncio.sleep(0.1)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--connections", type=int, default=19000)
    p.add_argument("--rounds", type=int, default=10)
    p.add_argument("--repeat", type=int, default=2, help="alternations of the two ways of writing")
    p.add_argument("--frame-bytes", type=int, default=2620,
                   help="the fan-out scenario's event, framed (2,584 bytes of data)")
    p.add_argument("--pause", type=float, default=0.3, help="seconds between rounds")
    p.add_argument("--server-core", default="0")
    p.add_argument("--client-core", default="1")
    p.add_argument("--write", action="store_true", help="save bench/results/<date>-write-floor.json")
    p.add_argument("--reader", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if a.reader:
        reader(a.connections)
        return 0
    if a.connections + 100 > hard:
        raise SystemExit(f"--connections {a.connections} needs more than the open-file limit ({hard})")
    os.sched_setaffinity(0, {int(a.server_core)})
    started = dt.datetime.now(dt.UTC)
    results = uvloop.run(serve(a))
    if a.write:
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), "?")
        out = BENCH / "results" / f"{started:%Y-%m-%dT%H%M%SZ}-write-floor.json"
        out.write_text(json.dumps({
            "started": started.isoformat(timespec="seconds"), "command": " ".join(sys.argv),
            "machine": {"cpu": cpu, "kernel": platform.release(), "loadavg_at_start": os.getloadavg()},
            "connections": a.connections, "rounds": a.rounds, "frame_bytes": a.frame_bytes,
            "python": platform.python_version(), "uvloop": uvloop.__version__, "results": results,
        }, indent=1, ensure_ascii=False) + "\n")
        print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
