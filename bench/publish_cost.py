"""What one journalist's publish costs the server: SQL queries, CPU and time per `POST /api/blogs/<slug>/posts`.

Each publish goes through the real request path, in this process: the ASGI application
`liveline serve` runs (liveline.asgi: micro-cache wrapper, Django's ASGI handler, middleware, the
bearer token, django-ninja, the domain, the event log, the extraction job, the JSON answer). No
server, no network, no extraction worker (it is a separate process; the job is still queued),
no reader connected: what is left is the publish itself.

    .venv/bin/python bench/publish_cost.py [--posts 300] [--warmup 30] [--rounds 3] [--postgres]
        [--as admin|editor] [--label NAME] [--show-queries] [--no-write]

Per publish: SQL queries, process CPU ms (time.process_time: every thread, the request's
included), wall ms p50/p95. `--rounds` repeats the measurement in the same process (the
machine may be shared: the median round is the number to quote). Prints the machine and writes
bench/results/<UTC date and time>-publish-cost[-label].json.

SQLite in a fresh directory under $LIVELINE_DATA_DIR (or a new temporary one); `--postgres`
uses a throwaway database (`--pg-db`, default h_publish) on 127.0.0.1:5432 as user postgres,
dropped and created again at start.

Queries are counted by a wrapper put on every database connection as it opens
(`connection_created`): Django's ASGI handler runs each request's view in a thread of its own,
whose connection a CaptureQueriesContext opened in this thread would not see. That signal also
counts the connections Django takes from PostgreSQL's pool (LIVELINE_DB_POOL), so on PostgreSQL
the backends are counted too: a backend process id not seen before is a connection PostgreSQL
really opened.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.engines import post_body  # noqa: E402

SLUG = "publish-cost"


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": model or platform.processor(), "cores": os.cpu_count(), "kernel": platform.release(),
            "python": platform.python_version(), "load_average_start": round(os.getloadavg()[0], 2)}


def _setup_database(args: argparse.Namespace) -> None:
    if args.postgres:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{args.pg_db}" WITH (FORCE)')
            pg.execute(f'CREATE DATABASE "{args.pg_db}"')
        os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{args.pg_db}"
    else:
        os.environ.pop("DATABASE_URL", None)
    base = os.environ.get("LIVELINE_DATA_DIR")
    if base:
        Path(base).mkdir(parents=True, exist_ok=True)
    # A fresh directory every time: a real data directory (its database) is never touched.
    os.environ["LIVELINE_DATA_DIR"] = tempfile.mkdtemp(prefix="publish-cost-", dir=base)
    os.environ.update({"DJANGO_SETTINGS_MODULE": "liveline.settings", "LIVELINE_INTEL_WORKER": "separate",
                       "LIVELINE_LOG_LEVEL": "WARNING"})


class QueryLog:
    """Every SQL statement run on any connection of this process, from any thread."""

    def __init__(self) -> None:
        self.sql: list[str] = []
        self.connections = 0
        self.backends: set[int] = set()  # PostgreSQL backend process ids seen
        self.new_backends = 0
        self._lock = threading.Lock()

    def install(self) -> None:
        from django.db.backends.signals import connection_created

        connection_created.connect(self._opened, weak=False)
        from django.db import connections

        for conn in connections.all(initialized_only=True):
            if conn.connection is not None:
                conn.execute_wrappers.append(self._wrapper)

    def _opened(self, sender, connection, **kwargs) -> None:
        pid = connection.connection.info.backend_pid if connection.vendor == "postgresql" else None
        with self._lock:
            self.connections += 1
            if pid is not None and pid not in self.backends:
                self.backends.add(pid)
                self.new_backends += 1
        connection.execute_wrappers.append(self._wrapper)

    def _wrapper(self, execute, sql, params, many, context):
        with self._lock:
            self.sql.append(sql)
        return execute(sql, params, many, context)


async def _call(app, path: str, body: bytes, headers: list[tuple[bytes, bytes]]) -> tuple[int, bytes]:
    scope = {
        "type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
        "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "headers": headers, "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000),
        "state": {},
    }
    sent = False
    status, chunks = 0, []

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # the client stays connected

    async def send(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def prepare(args: argparse.Namespace) -> tuple[list[tuple[bytes, bytes]], dict]:
    """Migrate, then a live blog, its publisher and their API token; the request headers."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from liveline.accounts.models import ApiToken, Membership
    from liveline.blogs import domain

    blog = domain.create_blog(slug=SLUG, title="Publish cost", language="en", status="live")
    users = get_user_model().objects
    if args.as_ == "admin":  # what bench/run publishes as (`liveline createuser --admin`)
        user = users.create_superuser("bench", password="unused-password-42")
    else:  # a journalist: an editor of the blog
        user = users.create_user("alice", password="unused-password-42", first_name="Alice", last_name="Martin")
        Membership.objects.create(user=user, blog=blog, role=Membership.Role.EDITOR)
    _, token = ApiToken.issue(user, name="bench")
    from django.db import connection

    if connection.vendor == "sqlite":
        version = ".".join(map(str, connection.Database.sqlite_version_info))
    else:
        version = str(connection.pg_version)
    headers = [(b"host", b"127.0.0.1:8000"), (b"authorization", f"Bearer {token}".encode()),
               (b"content-type", b"application/json"), (b"accept-language", b"en")]
    # The pool's sizes on PostgreSQL (LIVELINE_DB_POOL), None without one.
    pool = connection.settings_dict.get("OPTIONS", {}).get("pool")
    return headers, {"database": connection.vendor, "database_version": version, "pool": pool or None}


async def measure(args: argparse.Namespace, headers: list[tuple[bytes, bytes]], database: dict) -> dict:
    from liveline import asgi  # the application `liveline serve` runs, as it runs it

    asgi._tune_garbage_collector()
    app = asgi.application
    path = f"/api/blogs/{SLUG}/posts"
    base = post_body()
    log = QueryLog()
    log.install()

    async def publish(i: int) -> tuple[float, float, list[str], int, int]:
        body = json.dumps({"kind": "text", "body": f"{base} ({i})"}).encode()
        headers_i = [*headers, (b"content-length", str(len(body)).encode())]
        q0, c0, b0 = len(log.sql), log.connections, log.new_backends
        cpu0, t0 = time.process_time(), time.perf_counter()
        status, answer = await _call(app, path, body, headers_i)
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        if status != 201:
            raise RuntimeError(f"publish {i}: {status} {answer[:300]!r}")
        return cpu * 1000, wall * 1000, log.sql[q0:], log.connections - c0, log.new_backends - b0

    n = 0
    for _ in range(args.warmup):
        await publish(n)
        n += 1
    rounds = []
    for _ in range(args.rounds):
        cpu_ms, wall_ms, queries, opened, backends = [], [], [], [], []
        for _ in range(args.posts):
            cpu, wall, sql, conns, new = await publish(n)
            n += 1
            cpu_ms.append(cpu)
            wall_ms.append(wall)
            queries.append(sql)
            opened.append(conns)
            backends.append(new)
        counts = Counter(len(q) for q in queries)
        rounds.append({
            "posts": args.posts,
            "cpu_ms_per_publish": round(sum(cpu_ms) / len(cpu_ms), 2),
            "cpu_ms_p50": round(statistics.median(cpu_ms), 2),
            "wall_ms_p50": round(statistics.median(wall_ms), 2),
            "wall_ms_p95": round(_pct(wall_ms, 0.95), 2),
            "queries_per_publish": round(sum(len(q) for q in queries) / len(queries), 2),
            "queries_histogram": dict(sorted(counts.items())),
            # Django's connects, pool checkouts included; then the PostgreSQL backends started.
            "connections_opened_per_publish": round(sum(opened) / len(opened), 2),
            "new_backends_per_publish": round(sum(backends) / len(backends), 2) if log.backends else None,
            "_typical": next(q for q in reversed(queries) if len(q) == counts.most_common(1)[0][0]),
        })
    typical = rounds[-1].pop("_typical")
    for r in rounds:
        r.pop("_typical", None)
    median = sorted(rounds, key=lambda r: r["cpu_ms_per_publish"])[len(rounds) // 2]
    return {
        **database,
        "publisher": args.as_,
        "rounds": rounds,
        "median_round": median,
        "queries_of_one_publish": typical,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=300, help="publishes measured per round")
    parser.add_argument("--warmup", type=int, default=30, help="publishes before measuring")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL on 127.0.0.1:5432 instead of SQLite")
    parser.add_argument("--pg-db", default="h_publish", help="the throwaway PostgreSQL database (dropped first)")
    parser.add_argument("--as", dest="as_", choices=["editor", "admin"], default="editor",
                        help="publish as an editor of the blog (a journalist) or a site administrator (bench/run)")
    parser.add_argument("--label", default="", help="added to the result file's name and recorded")
    parser.add_argument("--show-queries", action="store_true", help="print the SQL of one publish")
    parser.add_argument("--no-write", action="store_true", help="print only, write no result file")
    args = parser.parse_args()
    started = datetime.now(UTC)
    host = machine()
    print(f"machine: {host['cpu']}, {host['cores']} cores, kernel {host['kernel']}, "
          f"python {host['python']}, load {host['load_average_start']}")
    _setup_database(args)
    result = asyncio.run(measure(args, *prepare(args)))
    import django

    result = {"date": started.isoformat(timespec="seconds"), "label": args.label,
              "command": " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]]),
              "machine": {**host, "load_average_end": round(os.getloadavg()[0], 2)},
              "django": django.get_version(), "warmup": args.warmup, **result}
    print(f"database: {result['database']} {result['database_version']}; publishing as {args.as_}; "
          f"{args.warmup} warm-up publishes, then {args.rounds} rounds of {args.posts}")
    for i, r in enumerate(result["rounds"], 1):
        print(f"  round {i}: queries {r['queries_per_publish']} {r['queries_histogram']}  "
              f"cpu ms {r['cpu_ms_per_publish']} (p50 {r['cpu_ms_p50']})  "
              f"wall ms p50 {r['wall_ms_p50']} p95 {r['wall_ms_p95']}  "
              f"connections opened {r['connections_opened_per_publish']}"
              + (f", new backends {r['new_backends_per_publish']}" if r["new_backends_per_publish"] is not None
                 else ""))
    m = result["median_round"]
    print(f"median round: {m['queries_per_publish']} queries, {m['cpu_ms_per_publish']} CPU ms, "
          f"wall p50 {m['wall_ms_p50']} ms, p95 {m['wall_ms_p95']} ms per publish")
    if args.show_queries:
        print(f"the {len(result['queries_of_one_publish'])} queries of one publish:")
        for n, sql in enumerate(result["queries_of_one_publish"], 1):
            print(f"  {n:2}. {sql[:200]}{'…' if len(sql) > 200 else ''}")
    if not args.no_write:
        name = f"{started:%Y-%m-%dT%H%M%SZ}-publish-cost{'-' + args.label if args.label else ''}.json"
        out = ROOT / "bench" / "results" / name
        out.write_text(json.dumps(result, indent=2, default=str) + "\n")
        print(f"written: {out.relative_to(ROOT)}")
    if args.postgres:
        import psycopg
        from django.db import connections

        connections.close_all()
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{args.pg_db}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
