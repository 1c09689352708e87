"""The benchmark suite of issue 4: Liveline (fast path and ASGI stream) against nginx + nchan.

Run through bench/run, which installs what is missing and pins this process to the client core.
Every scenario runs against every engine in the same run with the same clients and payloads;
results go to bench/results/<date>.json and a Markdown summary beside it (see bench/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import datetime as dt
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from array import array
from pathlib import Path

import uvloop
from engines import BENCH, SLUG, Http, Liveline, Nchan

PY_SPY = BENCH.parent / ".venv" / "bin" / "py-spy"
WRK_CONNECTIONS = 32
# Frames every stack goes through: left out of the "total time" column of profiles.
PLUMBING = ("(threading.py)", "(runners.py)", "(cli.py)", "(_compat.py)", "(server.py)", "(liveline)",
            "(__init__.py)", "(thread.py)")
PER_PROCESS = 9500  # readers per load-generator process: well under the 20,000 open files
SOURCES = 4  # source addresses per load-generator process: 4 x 28k ephemeral ports


def pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def summary(values: list[float], scale: float = 1000.0) -> dict:
    """p50/p95/p99/max, in milliseconds by default."""
    out = {"n": len(values)}
    for name, p in (("p50", 50), ("p95", 95), ("p99", 99), ("max", 100)):
        v = pct(values, p)
        out[name] = None if v is None else round(v * scale, 2)
    return out


# -- the load generator processes -------------------------------------------------------------
class Clients:
    def __init__(self, core: str):
        self.core = core
        self.procs: list[asyncio.subprocess.Process] = []
        self.counts: list[int] = []

    async def _spawn(self) -> None:
        proc = await asyncio.create_subprocess_exec(
            "taskset", "-c", self.core, sys.executable, str(BENCH / "loadgen.py"),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, limit=1 << 28)
        self.procs.append(proc)
        self.counts.append(0)

    async def _call(self, i: int, cmd: str, **kw) -> dict:
        proc = self.procs[i]
        proc.stdin.write((json.dumps({"cmd": cmd, **kw}) + "\n").encode())
        await proc.stdin.drain()
        line = await proc.stdout.readline()
        if not line:
            raise RuntimeError(f"load generator {i} died during {cmd}")
        return json.loads(line)

    async def all(self, cmd: str, **kw) -> list[dict]:
        return await asyncio.gather(*(self._call(i, cmd, **kw) for i in range(len(self.procs))))

    @property
    def total(self) -> int:
        return sum(self.counts)

    async def grow(self, engine, n: int) -> dict:
        """Add readers until `n` are connected; spread over processes and 127.0.0.x sources."""
        want = n - self.total
        while len(self.procs) * PER_PROCESS < n:
            await self._spawn()
        plan = []
        for i in range(len(self.procs)):
            add = min(PER_PROCESS - self.counts[i], want)
            if add > 0:
                plan.append((i, add))
                want -= add
        t0 = time.monotonic()
        results = await asyncio.gather(*(
            self._call(i, "connect", targets=engine.targets(), path=f"/live/{SLUG}/events", n=add,
                       srcs=[f"127.0.0.{11 + SOURCES * i + j}" for j in range(SOURCES)], reconnect=True)
            for i, add in plan))
        failed, errors = 0, {}
        for (i, _), r in zip(plan, results, strict=True):
            self.counts[i] += r["connected"]
            failed += r["failed"]
            for k, v in r["errors"].items():
                errors[k] = errors.get(k, 0) + v
        return {"connected": self.total, "failed": failed, "seconds": round(time.monotonic() - t0, 2),
                "errors": errors}

    async def stats(self) -> dict:
        rs = await self.all("stats")
        return {
            "open": sum(r["open"] for r in rs), "events": sum(r["events"] for r in rs),
            "min_seq": min((r["min_seq"] for r in rs), default=0),
            "unexpected_closes": sum(r["unexpected_closes"] for r in rs),
            "cpu": sum(r["rusage"] for r in rs),
        }

    async def wait_seq(self, seq: int, timeout: float) -> dict:
        rs = await self.all("wait_seq", seq=seq, timeout=timeout)
        return {"reached": sum(r["reached"] for r in rs), "seconds": max((r["seconds"] for r in rs), default=0)}

    async def report(self, first: int, last: int) -> tuple[dict, dict[int, list[float]]]:
        rs = await self.all("report", first_seq=first, last_seq=last)
        times: dict[int, list[float]] = {}
        for r in rs:
            for seq, blob in r["times"].items():
                arr = array("d")
                arr.frombytes(base64.b64decode(blob))
                times.setdefault(int(seq), []).extend(arr)
        agg = {k: sum(r[k] for r in rs) for k in ("lost", "dups", "reorders", "behind", "reconnects")}
        return agg, times

    async def close(self) -> None:
        if self.procs:
            await self.all("close")
        for p in self.procs:
            try:
                await asyncio.wait_for(p.wait(), 10)
            except TimeoutError:
                p.kill()
        self.procs, self.counts = [], []


# -- scenarios ----------------------------------------------------------------------------------
class Run:
    def __init__(self, args):
        self.args = args
        self.quick = args.quick
        self.results: dict = {"engines": {}}
        self.payload_event: dict | None = None
        self.static_bodies: dict = {}
        self.polling_profile: dict | None = None
        self.publish_cost = 0.0  # server CPU ms of one publish without readers, per engine

    async def profiled(self, engine, coro) -> dict:
        """Run `coro` with py-spy sampling the engine's first process (on the client core); the
        top functions by own time and by total time, from its collapsed stacks, and what `coro`
        measured meanwhile. Only the thread holding the GIL is sampled (--gil): where the CPU
        goes, not where threads wait."""
        out = Path(f"/tmp/bench-profile-{os.getpid()}-{engine.port}.txt")
        spy = subprocess.Popen(
            ["taskset", "-c", self.args.client_core, str(PY_SPY), "record", "--pid", str(engine.pid), "--rate", "250",
             "--gil", "--nonblocking", "--format", "raw", "--output", str(out), "--duration", "600"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        await asyncio.sleep(1.5)  # attached
        try:
            run = await coro
        finally:
            spy.send_signal(2)  # SIGINT: py-spy writes what it has and stops
            try:
                spy.wait(30)
            except subprocess.TimeoutExpired:
                spy.kill()
        own: dict[str, int] = {}
        total: dict[str, int] = {}
        samples = 0
        for line in out.read_text().splitlines() if out.exists() else []:
            stack, _, count = line.rpartition(" ")
            if not count.isdigit():
                continue
            n = int(count)
            samples += n
            frames = [f.split(" (", 1)[0] + " (" + f.split(" (", 1)[1].rsplit(":", 1)[0].split("/")[-1] + ")"
                      if " (" in f else f for f in stack.split(";")]
            if frames:
                own[frames[-1]] = own.get(frames[-1], 0) + n
            for f in set(frames):
                if not f.endswith(PLUMBING):
                    total[f] = total.get(f, 0) + n
        out.unlink(missing_ok=True)

        def top(d):
            return [[k, round(100 * v / max(1, samples), 1)] for k, v in sorted(d.items(), key=lambda kv: -kv[1])[:20]]

        return {"samples": samples, "own_percent": top(own), "total_percent": top(total), "run_while_profiled": run}

    def log(self, msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)

    async def publish(self, engine) -> tuple[int, float, float]:
        t0 = time.monotonic()
        ref = await engine.publish()
        return ref, t0, time.monotonic()

    async def seq_map(self, engine, published: list[tuple[int, float, float]], after: int) -> dict[int, tuple]:
        """Sequence number seen by readers -> (publish start, publish return)."""
        if isinstance(engine, Nchan):
            return {ref: (t0, t1) for ref, t0, t1 in published}
        by_post = {ref: (t0, t1) for ref, t0, t1 in published}
        events = await engine.events_after(after)
        return {e["id"]: by_post[e["post_id"]] for e in events if e.get("post_id") in by_post}

    async def last_seq(self, engine) -> int:
        return engine.seq if isinstance(engine, Nchan) else await engine.last_event_id()

    async def idle(self, engine, clients, n: int, baseline_rss: int) -> dict:
        c_connect = engine.cpu()
        grown = await clients.grow(engine, n)
        grown["server_cpu_s"] = round(engine.cpu() - c_connect, 2)
        await asyncio.sleep(2 if self.quick else 5)
        rss = engine.rss()
        window = self.args.idle_seconds
        c0, t0 = engine.cpu(), time.monotonic()
        await asyncio.sleep(window)
        c1, t1 = engine.cpu(), time.monotonic()
        st = await clients.stats()
        out = {
            "readers": n, "connected": st["open"], "connect": grown, "rss_mb": round(rss / 2**20, 1),
            "rss_per_reader_kb": round((rss - baseline_rss) / max(1, st["open"]) / 1024, 2),
            "idle_cpu_percent": round(100 * (c1 - c0) / (t1 - t0), 2), "idle_window_s": window,
        }
        self.log(f"  idle {n}: {out['connected']} open, {out['rss_per_reader_kb']} KB/reader, "
                 f"{out['idle_cpu_percent']}% CPU")
        return out

    async def fanout(self, engine, clients, n: int) -> dict:
        posts, interval = self.args.fanout_posts, self.args.fanout_interval
        await clients.all("record", on=True)
        await clients.all("reset_counts")
        first_after = await self.last_seq(engine)
        published = []
        c0 = engine.cpu()
        for k in range(posts):
            if k:
                await asyncio.sleep(interval)
            published.append(await self.publish(engine))
        last = await self.last_seq(engine)
        waited = await clients.wait_seq(last, 30)
        cpu = engine.cpu() - c0
        agg, times = await clients.report(first_after + 1, last)
        await clients.all("record", on=False)
        seqs = await self.seq_map(engine, published, first_after)
        lat_ret, lat_start = [], []
        for seq, (t0, t1) in seqs.items():
            for t in times.get(seq, ()):
                lat_ret.append(t - t1)
                lat_start.append(t - t0)
        out = {
            "readers": n, "posts": posts, "interval_s": interval, **agg,
            "all_reached_last": waited["reached"] == clients.total,
            "latency_from_publish_return_ms": summary(lat_ret),
            "latency_from_publish_start_ms": summary(lat_start),
            "publish_ms": summary([t1 - t0 for _, t0, t1 in published]),
            "server_cpu_s": round(cpu, 3),
        }
        lat = out["latency_from_publish_return_ms"]
        self.log(f"  fan-out {n}: p50 {lat['p50']} p99 {lat['p99']} max {lat['max']} ms, lost {agg['lost']} "
                 f"dup {agg['dups']} reorder {agg['reorders']}")
        return out

    async def saturation(self, engine, clients, n: int) -> dict:
        posts = self.args.saturation_posts
        await clients.all("reset_counts")
        first_after = await self.last_seq(engine)
        s0 = await clients.stats()
        c0, cc0, t0 = engine.cpu(), s0["cpu"], time.monotonic()
        publish_times: list[float] = []
        todo = list(range(posts))

        async def publisher() -> None:
            # Each publisher sends its next post as soon as the previous one is answered.
            http = Http(engine.host, engine.port)
            while todo:
                todo.pop()
                a = time.monotonic()
                await engine.publish(http)
                publish_times.append(time.monotonic() - a)
            http.close()

        await asyncio.gather(*(publisher() for _ in range(self.args.publishers)))
        t_pub = time.monotonic() - t0
        last = await self.last_seq(engine)
        waited = await clients.wait_seq(last, 120)
        t1 = time.monotonic()
        c1 = engine.cpu()
        s1 = await clients.stats()
        agg, _ = await clients.report(first_after + 1, last)
        deliveries = s1["events"] - s0["events"]
        out = {
            "readers": n, "posts": posts, "publishers": self.args.publishers, "deliveries": deliveries,
            "seconds": round(t1 - t0, 3),
            "publishing_seconds": round(t_pub, 3), "deliveries_per_s": round(deliveries / (t1 - t0)),
            "server_cpu_s": round(c1 - c0, 3), "client_cpu_s": round(s1["cpu"] - cc0, 3),
            "server_cpu_us_per_delivery": round((c1 - c0) * 1e6 / max(1, deliveries), 2),
            "server_cpu_percent": round(100 * (c1 - c0) / (t1 - t0), 1),
            "server_cpu_us_per_delivery_less_publish": round(
                ((c1 - c0) - posts * self.publish_cost / 1000) * 1e6 / max(1, deliveries), 2),
            "all_reached_last": waited["reached"] == clients.total, **agg,
            "publish_ms": summary(publish_times),
        }
        self.log(f"  saturation {n}: {out['deliveries_per_s']} deliveries/s, "
                 f"{out['server_cpu_us_per_delivery']} µs CPU/delivery, lost {agg['lost']} dup {agg['dups']}")
        return out

    async def storm(self, engine, clients, n: int) -> dict:
        await clients.all("reset_counts")
        first_after = await self.last_seq(engine)
        await self.publish(engine)
        await clients.wait_seq(await self.last_seq(engine), 30)
        await clients.all("drop")
        for _ in range(2):  # missed while away: must come back through Last-Event-ID
            await self.publish(engine)
        last = await self.last_seq(engine)
        c0, t0 = engine.cpu(), time.monotonic()
        resumed = await clients.all("resume")
        t_headers = time.monotonic() - t0
        waited = await clients.wait_seq(last, 60)
        t_all = time.monotonic() - t0
        cpu = engine.cpu() - c0
        await self.publish(engine)  # and live again after the storm
        last = await self.last_seq(engine)
        waited_live = await clients.wait_seq(last, 30)
        agg, _ = await clients.report(first_after + 1, last)
        out = {
            "readers": n, "seconds_until_all_connected": round(t_headers, 3),
            "seconds_until_all_caught_up": round(t_all, 3),
            "caught_up": waited["reached"], "failed_reconnects": sum(r["failed"] for r in resumed),
            "errors": {k: v for r in resumed for k, v in r["errors"].items()},
            "live_after": waited_live["reached"], "server_cpu_s": round(cpu, 3), **agg,
        }
        self.log(f"  storm {n}: all back in {out['seconds_until_all_caught_up']} s, lost {agg['lost']} "
                 f"dup {agg['dups']}, failed {out['failed_reconnects']}")
        return out

    async def publish_under_load(self, engine, clients, n: int) -> dict:
        posts = self.args.publish_posts
        times = []
        c0 = engine.cpu()
        for _ in range(posts):
            _, a, b = await self.publish(engine)
            times.append(b - a)
            await asyncio.sleep(0.5)
        last = await self.last_seq(engine)
        waited = await clients.wait_seq(last, 30)
        out = {"readers": n, "posts": posts, "every_s": 0.5, "publish_ms": summary(times),
               "server_cpu_s": round(engine.cpu() - c0, 3), "all_reached_last": waited["reached"] == clients.total}
        self.log(f"  publish under {n} readers: p99 {out['publish_ms']['p99']} ms")
        return out

    async def wrk(self, engine, name: str, path: str, headers: dict | None = None) -> dict:
        cmd = ["taskset", "-c", self.args.client_core, "wrk", "-t1", f"-c{WRK_CONNECTIONS}",
               f"-d{self.args.wrk_seconds}s", "--timeout", "10s", "--latency"]
        for k, v in (headers or {}).items():
            cmd += ["-H", f"{k}: {v}"]
        cmd.append(f"http://{engine.host}:{engine.port}{path}")
        c0 = engine.cpu()
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        cpu = engine.cpu() - c0
        m = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
        total = re.search(r"(\d+) requests in", done.stdout)
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
        rps = float(m.group(1)) if m else 0.0
        reqs = int(total.group(1)) if total else 0
        out = {"what": name, "path": path, "requests_per_s": rps, "requests": reqs,
               "non_2xx_3xx": int(non2xx.group(1)) if non2xx else 0,
               "server_cpu_us_per_request": round(cpu * 1e6 / max(1, reqs), 1), "command": " ".join(cmd)}
        self.log(f"  wrk {name}: {rps:.0f} req/s")
        return out

    async def pages(self, engine) -> list[dict]:
        """Reader page and polling JSON, fresh (200) and revalidated (304 on If-None-Match)."""
        if isinstance(engine, Liveline):
            last = await engine.last_event_id()
            paths = {"page.html": f"/live/{SLUG}/", "updates.json": f"/live/{SLUG}/updates?after={last - 1}"}
        else:
            for fname, body in self.static_bodies.items():
                (engine.prefix / "static" / fname).write_bytes(body)
            paths = {fname: f"/static-copy/{fname}" for fname in self.static_bodies}
        http, etags = Http(engine.host, engine.port), {}
        for fname, path in paths.items():
            status, hdrs, body = await http.request("GET", path)
            if status != 200:
                raise RuntimeError(f"GET {path}: {status}")
            etags[fname] = hdrs.get("etag", "")
            if isinstance(engine, Liveline):
                self.static_bodies[fname] = body
        http.close()
        out = []
        for fname, label in (("page.html", "reader page"), ("updates.json", "polling JSON")):
            out.append(await self.wrk(engine, f"{label} 200", paths[fname]))
            out.append(await self.wrk(engine, f"{label} 304", paths[fname], {"If-None-Match": etags[fname]}))
        if isinstance(engine, Liveline) and self.args.profile:
            self.polling_profile = await self.profiled(
                engine, self.wrk(engine, "polling JSON 200 (profiled)", paths["updates.json"]))
        return out

    async def guarded(self, fn, engine) -> dict:
        """One engine failing is recorded, and the others still run."""
        try:
            result = await fn(engine)
        except Exception as exc:
            # Its data dir or nginx prefix (with the server logs) stays under /tmp to look at.
            self.log(f"  {engine.name} FAILED: {type(exc).__name__}: {exc}")
            return {"name": engine.name, "error": f"{type(exc).__name__}: {exc}"}
        engine.cleanup()
        return result

    async def run_engine(self, engine) -> dict:
        a = self.args
        res: dict = {"name": engine.name, "versions": engine.versions()}
        self.log(f"== {engine.name}")
        clients = Clients(a.client_core)
        try:
            await engine.start()
            if isinstance(engine, Liveline):
                # Warm up (first render, first queries), and take the payload nchan will carry.
                for _ in range(2):
                    await engine.publish()
                events = await engine.events_after(0)
                if self.payload_event is None:
                    self.payload_event = events[-1]
            else:
                engine.use_payload(self.payload_event)
            # What one publish costs the server with nobody listening: the fan-out's share is the rest.
            c0, posts = engine.cpu(), self.args.publish_posts
            for _ in range(posts):
                await engine.publish()
            res["server_cpu_ms_per_publish_no_readers"] = round((engine.cpu() - c0) * 1000 / posts, 2)
            self.publish_cost = res["server_cpu_ms_per_publish_no_readers"]
            frame = (json.dumps(self.payload_event, ensure_ascii=False, separators=(",", ":")))
            res["payload_bytes"] = len(frame.encode())
            await clients.grow(engine, 50)  # warm the stream path, then measure from an idle base
            await clients.close()
            await asyncio.sleep(1)
            baseline = engine.rss()
            res["baseline_rss_mb"] = round(baseline / 2**20, 1)
            cpu_start = engine.cpu()
            worker_start = engine.worker_cpu() if isinstance(engine, Liveline) else 0.0
            sizes = sorted(set(a.idle_sizes + a.fanout_sizes + [a.max_readers]))
            sizes = [s for s in sizes if s <= a.max_readers]
            res["idle"], res["fanout"] = [], []
            for n in sizes:
                if 1 in a.scenarios or n in a.fanout_sizes or n == a.max_readers:
                    res["idle"].append(await self.idle(engine, clients, n, baseline))
                if 2 in a.scenarios and n in a.fanout_sizes:
                    res["fanout"].append(await self.fanout(engine, clients, n))
            n = clients.total
            if 3 in a.scenarios:
                res["saturation"] = await self.saturation(engine, clients, n)
                if isinstance(engine, Liveline) and a.profile:
                    # A second burst, measured apart: py-spy takes the client core's time.
                    res["saturation_profile"] = await self.profiled(engine, self.saturation(engine, clients, n))
            if 6 in a.scenarios:
                res["publish_under_load"] = await self.publish_under_load(engine, clients, n)
            if 4 in a.scenarios:
                res["storm"] = await self.storm(engine, clients, n)
                if isinstance(engine, Liveline) and a.profile:
                    # A second storm under py-spy: where a returning reader's time goes.
                    res["storm_profile"] = await self.profiled(engine, self.storm(engine, clients, n))
            res["client_cpu_s_total"] = round((await clients.stats())["cpu"], 2) if clients.procs else None
            await clients.close()
            res["server_cpu_s_total"] = round(engine.cpu() - cpu_start, 2)
            if isinstance(engine, Liveline):
                res["extraction_worker_cpu_s_total"] = round(engine.worker_cpu() - worker_start, 2)
            if 5 in a.scenarios and (not isinstance(engine, Liveline) or engine.fastpath):
                self.polling_profile = None
                res["pages"] = await self.pages(engine)
                if self.polling_profile:
                    res["polling_profile"] = self.polling_profile
        finally:
            await clients.close()
            engine.stop()
        return res

    async def run_two_workers(self, engine) -> dict:
        """Scenario 1 at 38k: two server processes (both on the server core)."""
        res: dict = {"name": engine.name}
        self.log(f"== {engine.name}")
        clients = Clients(self.args.client_core)
        try:
            await engine.start()
            if isinstance(engine, Nchan):
                engine.use_payload(self.payload_event)
            await asyncio.sleep(1)
            baseline = engine.rss()
            res["idle"] = [await self.idle(engine, clients, self.args.two_worker_readers, baseline)]
            if 2 in self.args.scenarios:
                res["fanout"] = [await self.fanout(engine, clients, clients.total)]
        finally:
            await clients.close()
            engine.stop()
        return res


def _read(path: str) -> str:
    with open(path) as f:
        return f.read()


def machine() -> dict:
    cpuinfo = _read("/proc/cpuinfo").splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    return {
        "cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "nofile": resource.getrlimit(resource.RLIMIT_NOFILE),
        "loadavg_at_start": _read("/proc/loadavg").split()[:3],
    }


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--quick", action="store_true", help="small sizes, short windows (development)")
    p.add_argument("--scenarios", default="1,2,3,4,5,6")
    p.add_argument("--engines", default="fastpath,asgi,nchan", help="any of fastpath, asgi, nchan")
    p.add_argument("--readers", help="idle-hold sizes, e.g. 1000,5000,10000,19000")
    p.add_argument("--fanout-readers", help="fan-out sizes, e.g. 10000,19000")
    p.add_argument("--two-worker-readers", type=int, help="scenario 1 with two server processes (0: skip)")
    p.add_argument("--publishers", type=int, default=3,
                   help="concurrent back-to-back publishers in the saturation scenario")
    p.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--intel-worker", choices=["separate", "auto"], default="separate",
                   help="LIVELINE_INTEL_WORKER of the Liveline servers: 'separate' (default) leaves newsroom "
                        "intelligence to a `liveline worker` that is not run, as at scale it runs on a core of its "
                        "own; 'auto' has each server start its extraction worker on the server core")
    p.add_argument("--redis-url", default="redis://127.0.0.1:6379/15",
                   help="Redis for the two-process Liveline (fan-out between them); 'none' to go without")
    p.add_argument("--server-core", default="0")
    p.add_argument("--client-core", default="1")
    p.add_argument("--no-profile", dest="profile", action="store_false",
                   help="skip the py-spy passes (saturation and polling) that show where Liveline's time goes")
    p.add_argument("--busy-load", default="", help=argparse.SUPPRESS)  # set by bench/run --allow-busy
    p.add_argument("--label", default="", help="a note stored with the results (e.g. 'reduced: machine busy')")
    p.add_argument("--out", default=str(BENCH / "results"))
    a = p.parse_args(argv)
    if a.busy_load:
        a.label = "; ".join(x for x in (a.label, f"MACHINE BUSY at start: load average {a.busy_load}") if x)
    a.scenarios = {int(s) for s in a.scenarios.split(",") if s}
    a.engines = [e for e in a.engines.split(",") if e]
    if a.quick:
        idle, fan, two = [200, 500], [500], 0
        a.fanout_posts, a.fanout_interval, a.saturation_posts, a.publish_posts = 5, 1.0, 40, 10
        a.idle_seconds, a.wrk_seconds = 3, 3
    else:
        idle, fan, two = [1000, 5000, 10000, 19000], [10000, 19000], 38000
        a.fanout_posts, a.fanout_interval, a.saturation_posts, a.publish_posts = 10, 5.0, 30, 40
        a.idle_seconds, a.wrk_seconds = 16, 10
    a.idle_sizes = [int(x) for x in a.readers.split(",")] if a.readers else idle
    a.fanout_sizes = [int(x) for x in a.fanout_readers.split(",")] if a.fanout_readers else fan
    a.max_readers = max(a.idle_sizes + a.fanout_sizes)
    a.two_worker_readers = two if a.two_worker_readers is None else a.two_worker_readers
    return a


async def amain(a) -> int:
    run = Run(a)
    started = dt.datetime.now(dt.UTC)
    res = run.results
    res.update({"started": started.isoformat(timespec="seconds"), "machine": machine(), "label": a.label,
                "command": " ".join(["bench/run", *sys.argv[1:]]), "quick": a.quick, "db": a.db,
                "scenarios": sorted(a.scenarios), "server_core": a.server_core, "client_core": a.client_core,
                "settings": {k: v for k, v in vars(a).items() if k not in ("scenarios", "engines")}})
    port = 18100
    # Liveline first: it provides the payload that nchan then carries.
    order = [e for e in ("fastpath", "asgi", "nchan") if e in a.engines]
    if "nchan" in order and not ({"fastpath", "asgi"} & set(order)):
        raise SystemExit("nchan needs a Liveline engine in the same run (it carries Liveline's payload)")
    for name in order:
        port += 1
        engine = (Nchan(port, core=a.server_core) if name == "nchan"
                  else Liveline(port, fastpath=name == "fastpath", core=a.server_core, db=a.db,
                                intel_worker=a.intel_worker))
        res["engines"][engine.name] = await run.guarded(run.run_engine, engine)
    if 1 in a.scenarios and a.two_worker_readers:
        for name in order:
            if name == "asgi":
                continue
            port += 1
            engine = (Nchan(port, workers=2, core=a.server_core) if name == "nchan"
                      else Liveline(port, fastpath=True, processes=2, core=a.server_core, db=a.db,
                                    redis_url=a.redis_url, intel_worker=a.intel_worker))
            port += 1
            res["engines"][engine.name] = await run.guarded(run.run_two_workers, engine)
    res["finished"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    res["loadavg_at_end"] = _read("/proc/loadavg").split()[:3]
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    stem = started.strftime("%Y-%m-%dT%H%MZ") + ("-quick" if a.quick else "")
    (out / f"{stem}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n")
    from report import markdown

    (out / f"{stem}.md").write_text(markdown(res))
    print(f"results: {out / stem}.json and .md")
    return 0


def main() -> int:
    a = parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return uvloop.run(amain(a))


if __name__ == "__main__":
    sys.exit(main())
