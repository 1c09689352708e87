"""The two engines under test, started and measured the same way.

- Liveline: `liveline serve` on a throwaway data dir (SQLite by default, or a PostgreSQL database
  of its own), with the stream on the protocol-level fast path or on the plain ASGI endpoint.
- nginx + nchan: bench/nchan/nginx.conf.in, on its own prefix under /tmp.

Both are pinned to the server core with taskset. CPU is utime+stime from /proc/<pid>/stat and
memory is VmRSS from /proc/<pid>/status, summed over the engine's process tree.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV_BIN = ROOT / ".venv" / "bin"
CLK_TCK = os.sysconf("SC_CLK_TCK")
SLUG = "bench-live"


# -- process accounting -------------------------------------------------------------------------
def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _is_attached_worker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return b"--attached" in f.read()
    except OSError:
        return False


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLK_TCK


def rss_bytes(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


# -- a minimal HTTP/1.1 client (keep-alive), for publishing and set-up ------------------------
class Http:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: bytes = b"", headers: dict | None = None):
        for attempt in (0, 1):
            try:
                return await self._request(method, path, body, headers or {})
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    async def _request(self, method, path, body, headers):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        hdrs = {}
        for line in head.decode("latin-1").split("\r\n")[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                hdrs[k.strip().lower()] = v.strip()
        if "content-length" in hdrs:
            data = await self.reader.readexactly(int(hdrs["content-length"]))
        elif hdrs.get("transfer-encoding") == "chunked":
            data = b""
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                data += await self.reader.readexactly(size + 2)
                data = data[:-2]
                if size == 0:
                    break
        else:
            data = await self.reader.read()
        if hdrs.get("connection", "").lower() == "close":
            self.close()
        return status, hdrs, data

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


_SENTENCE = ("Les négociateurs ont repris la séance à huis clos ; la délégation attend une réponse écrite "
             "avant la fin de la journée, selon deux sources proches du dossier.")


def post_body(size: int = 1650) -> str:
    """A text post whose SSE frame is about 2 KB (the html fragment wraps the rendered text)."""
    words = _SENTENCE.split()
    out, i = [], 0
    while sum(len(w) + 1 for w in out) < size:
        out.append(words[i % len(words)])
        i += 1
    return " ".join(out)


class Engine:
    name = "engine"
    host = "127.0.0.1"
    port = 0
    pid = 0

    def pids(self) -> list[int]:
        return process_tree(self.pid) if self.pid else []

    def targets(self) -> list[list]:
        """Where readers connect: [host, port] pairs, spread round-robin."""
        return [[self.host, self.port]]

    def cpu(self) -> float:
        return cpu_seconds(self.pids())

    def rss(self) -> int:
        return rss_bytes(self.pids())

    async def wait_ready(self, path: str, timeout: float = 60, port: int | None = None) -> None:
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            try:
                status, _, _ = await Http(self.host, port or self.port).request("GET", path)
                if status < 500:
                    return
            except OSError:
                pass
            await asyncio.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer on port {self.port} within {timeout} s")


class Liveline(Engine):
    """A throwaway Liveline: own data dir, migrated, a user with a token, one live blog."""

    def __init__(self, port: int, *, fastpath: bool, processes: int = 1, core: str = "0", db: str = "sqlite",
                 redis_url: str | None = None, intel_worker: str = "separate"):
        # Several processes are separate `liveline serve` on consecutive ports sharing the
        # database (LIVELINE_WORKERS > 1 with the fast path does not start: see bench/README.md).
        self.port, self.fastpath, self.processes, self.core, self.db = port, fastpath, processes, core, db
        self.name = f"liveline-{'fastpath' if fastpath else 'asgi'}" + (f"-{processes}p" if processes > 1 else "")
        self.data = Path(tempfile.mkdtemp(prefix="bench-liveline-"))
        self.env = dict(os.environ)
        self.env.update({
            "LIVELINE_DATA_DIR": str(self.data), "LIVELINE_LOG_LEVEL": "WARNING",
            "LIVELINE_STREAM_FASTPATH": "true" if fastpath else "false", "LIVELINE_WORKERS": "1",
            "LIVELINE_HOST": self.host, "LIVELINE_PORT": str(port), "LIVELINE_DEBUG": "false",
            "LIVELINE_INTEL_WORKER": intel_worker,
        })
        self.env.pop("DATABASE_URL", None)
        self.env.pop("REDIS_URL", None)
        if redis_url and redis_url != "none" and processes > 1:
            # Each process learns of the other's commits at once instead of at its next poll.
            self.env["REDIS_URL"] = redis_url
        if db == "postgres":
            name = f"bench_liveline_{port}"
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {name}"],
                           check=True, capture_output=True)
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"],
                           check=True, capture_output=True)
            self.env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"
        self.procs: list[subprocess.Popen] = []
        self.token = ""

    def _cli(self, *args: str) -> str:
        done = subprocess.run([str(VENV_BIN / "liveline"), *args], env=self.env, capture_output=True, text=True,
                              check=False)
        if done.returncode:
            raise RuntimeError(f"liveline {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    async def start(self) -> None:
        self._cli("migrate")
        pw = self.data / "password"
        pw.write_text(secrets.token_urlsafe(24))
        self._cli("createuser", "bench", "--admin", "--password-file", str(pw))
        self.token = self._cli("token", "bench").splitlines()[-1].strip()
        for i in range(self.processes):
            with open(self.data / f"server-{i}.log", "wb") as log:
                self.procs.append(subprocess.Popen(
                    ["taskset", "-c", self.core, str(VENV_BIN / "liveline"), "serve", "--port", str(self.port + i)],
                    env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        self.pid = self.procs[0].pid
        for i in range(self.processes):
            await self.wait_ready("/healthz", port=self.port + i)
        api = Http(self.host, self.port)
        auth = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json", "Accept-Language": "en"}
        status, _, body = await api.request("POST", "/api/blogs", json.dumps(
            {"slug": SLUG, "title": "Benchmark live", "language": "en"}).encode(), auth)
        if status != 201:
            raise RuntimeError(f"creating the blog: {status} {body[:300]!r}")
        status, _, body = await api.request("PATCH", f"/api/blogs/{SLUG}", b'{"status": "live"}', auth)
        if status != 200:
            raise RuntimeError(f"opening the blog: {status} {body[:300]!r}")
        api.close()
        self.publisher = Http(self.host, self.port)
        self.auth = auth
        self.body = json.dumps({"kind": "text", "body": post_body()}).encode()

    async def publish(self, http: Http | None = None) -> int:
        """Publish one 2 KB post through the JSON API; returns the post id (not the event id)."""
        http = http or self.publisher
        status, _, body = await http.request("POST", f"/api/blogs/{SLUG}/posts", self.body, self.auth)
        if status != 201:
            raise RuntimeError(f"publish failed: {status} {body[:300]!r}")
        return json.loads(body)["id"]

    async def events_after(self, after: int) -> list[dict]:
        http, out = Http(self.host, self.port), []
        while True:
            status, _, body = await http.request("GET", f"/live/{SLUG}/updates?after={after}")
            page = json.loads(body)
            out += page["events"]
            after = page["last_event_id"]
            if not page["more"]:
                http.close()
                return out

    async def last_event_id(self) -> int:
        # The polling answer is micro-cached for readers (up to LIVELINE_MICROCACHE_SECONDS): a
        # session cookie sends this request to Django, so the id is the blog's last one now, not
        # one from a moment ago (a stale id let the saturation stop counting while the fan-out of
        # its last posts still ran, and that backlog landed on the next scenario).
        status, _, body = await Http(self.host, self.port).request(
            "GET", f"/live/{SLUG}/updates", headers={"Cookie": "sessionid=bench-fresh"})
        return json.loads(body)["last_event_id"]

    def _tree(self) -> list[int]:
        return [pid for p in self.procs if p.poll() is None for pid in process_tree(p.pid)]

    def pids(self) -> list[int]:
        """The serving processes. The extraction worker each one starts (newsroom intelligence,
        at the lowest CPU priority on the same core) is measured apart: `worker_cpu()`."""
        return [pid for pid in self._tree() if not _is_attached_worker(pid)]

    def worker_cpu(self) -> float:
        return cpu_seconds([pid for pid in self._tree() if _is_attached_worker(pid)])

    def targets(self) -> list[list]:
        return [[self.host, self.port + i] for i in range(self.processes)]

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.procs = []
        self.pid = 0

    def cleanup(self) -> None:
        shutil.rmtree(self.data, ignore_errors=True)
        if self.db == "postgres":
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                            f"DROP DATABASE IF EXISTS bench_liveline_{self.port}"], capture_output=True, check=False)

    def versions(self) -> dict:
        out = subprocess.run([str(VENV_BIN / "python"), "-c",
                              "import django, uvicorn, uvloop, httptools, sys; print(sys.version.split()[0], "
                              "django.__version__, uvicorn.__version__, uvloop.__version__, httptools.__version__)"],
                             capture_output=True, text=True, check=True).stdout.split()
        return dict(zip(["python", "django", "uvicorn", "uvloop", "httptools"], out, strict=False))


class Nchan(Engine):
    """nginx with the nchan module: one channel, the publisher at /pub, readers at Liveline's path."""

    def __init__(self, port: int, *, workers: int = 1, core: str = "0", heartbeat: int = 15):
        self.port, self.workers, self.core = port, workers, core
        self.name = "nchan" + (f"-{workers}w" if workers > 1 else "")
        self.prefix = Path(tempfile.mkdtemp(prefix="bench-nchan-"))
        (self.prefix / "tmp").mkdir()
        (self.prefix / "static").mkdir()
        module = next(Path("/usr/lib/nginx/modules").glob("ngx_nchan_module.so"))
        nofile = _hard_nofile()
        conf = (BENCH / "nchan" / "nginx.conf.in").read_text()
        for key, value in {
            "MODULE": str(module), "USER": "user root;" if os.geteuid() == 0 else "",
            "WORKERS": str(workers), "NOFILE": str(nofile), "PREFIX": str(self.prefix),
            "CONNECTIONS": str(max(65535, nofile)), "PORT": str(port), "HEARTBEAT": str(heartbeat),
        }.items():
            conf = conf.replace(f"@{key}@", value)
        self.conf = self.prefix / "nginx.conf"
        self.conf.write_text(conf)
        self.seq = 0
        self.template = b""

    async def start(self) -> None:
        subprocess.run(["taskset", "-c", self.core, "nginx", "-p", str(self.prefix), "-c", str(self.conf),
                        "-g", "daemon on;"], check=True, capture_output=True)
        for _ in range(100):
            pidfile = self.prefix / "nginx.pid"
            if pidfile.exists() and pidfile.read_text().strip():
                self.pid = int(pidfile.read_text())
                break
            await asyncio.sleep(0.05)
        await self.wait_ready("/static-copy/")
        self.publisher = Http(self.host, self.port)

    def use_payload(self, event: dict) -> None:
        """Publish the same data as Liveline's event (its html fragment), with our own sequence."""
        data = {k: v for k, v in event.items() if k not in ("id", "type")}
        self.template = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()[1:]

    async def publish(self, http: Http | None = None) -> int:
        self.seq += 1
        seq = self.seq
        body = b'{"id":%d,"type":"post.published",' % seq + self.template
        status, _, data = await (http or self.publisher).request("POST", "/pub", body)
        if status not in (201, 202):
            raise RuntimeError(f"nchan publish failed: {status} {data[:200]!r}")
        return seq

    def stop(self) -> None:
        if self.pid:
            subprocess.run(["nginx", "-p", str(self.prefix), "-c", str(self.conf), "-s", "stop"], capture_output=True,
                           check=False)
            for _ in range(100):
                if not os.path.exists(f"/proc/{self.pid}"):
                    break
                time.sleep(0.1)
        self.pid = 0

    def versions(self) -> dict:
        out = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
        pkg = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libnginx-mod-nchan"], capture_output=True,
                             text=True).stdout.strip()
        return {"nginx": out.split("/")[-1], "libnginx-mod-nchan": pkg}

    def cleanup(self) -> None:
        shutil.rmtree(self.prefix, ignore_errors=True)


def _hard_nofile() -> int:
    import resource

    return resource.getrlimit(resource.RLIMIT_NOFILE)[1]
