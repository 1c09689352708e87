"""Publish latency on SQLite while the extraction worker works through a backlog.

On SQLite every write takes the one database write lock. A `liveline worker` reading a backlog
of posts writes each result in a short transaction; a journalist's publish that finds the lock
taken waits in SQLite's busy handler, which sleeps in growing steps (up to 100 ms) and may miss
the moments the worker lets go. This measures it: BACKLOG posts are queued, a worker is started
on them, and PUBLISHES posts are published meanwhile, one every INTERVAL seconds, each timed.

    .venv/bin/python bench/publish_with_worker.py [--backlog 60] [--publishes 40] [--interval 0.25]

Prints publish p50/p95/max without a worker (the reference, same invocation) and with one, and
how many backlog posts the worker finished meanwhile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BODY = ("Le ministre de l'Intérieur a annoncé mardi soir à Marseille que « la situation reste très tendue », "
        "selon un communiqué. Au moins 12 personnes ont été blessées, dont trois grièvement, a précisé la "
        "préfecture des Bouches-du-Rhône. ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backlog", type=int, default=60)
    parser.add_argument("--publishes", type=int, default=40)
    parser.add_argument("--interval", type=float, default=0.25)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="bench-pvw-"))
    env = {**os.environ, "LIVELINE_DATA_DIR": str(data), "LIVELINE_INTEL_WORKER": "separate",
           "LIVELINE_LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_URL", None)
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "liveline.settings"
    liveline = str(ROOT / ".venv" / "bin" / "liveline")
    subprocess.run([liveline, "migrate"], env=env, check=True, capture_output=True)

    import django

    django.setup()
    from liveline.blogs import domain
    from liveline.newsroom.models import Extraction

    blog = domain.create_blog(slug="pvw", title="Publish with worker", language="fr")
    for i in range(args.backlog):
        domain.create_post(blog, body=f"{BODY} (point {i})")

    def publish_all(label: str) -> list[float]:
        times = []
        for i in range(args.publishes):
            started = time.perf_counter()
            domain.create_post(blog, body=f"Publication {label}, point {i}.")
            times.append((time.perf_counter() - started) * 1000)
            time.sleep(args.interval)
        return sorted(times)

    def line(label: str, times: list[float]) -> str:
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        return f"{label}: publish ms p50 {statistics.median(times):.1f}  p95 {p95:.1f}  max {times[-1]:.1f}"

    # The reference, in the same invocation: the same publishes with no worker running.
    alone = publish_all("sans lecteur")
    # At the lower CPU priority `liveline serve` gives the worker it starts on SQLite.
    worker = subprocess.Popen(["nice", "-n", "10", liveline, "worker"], env=env)
    try:
        # Wait until the worker has its models loaded and has started on the backlog.
        while not Extraction.objects.exists():
            time.sleep(0.05)
        done_before = Extraction.objects.count()
        beside = publish_all("pendant la lecture")
        read = Extraction.objects.count() - done_before
    finally:
        worker.terminate()
        worker.wait()
    print(line("no worker", alone))
    print(line("worker reading a backlog", beside) + f"  (it read {read} posts meanwhile)")
    print(f"ratio p95 {beside[int(len(beside) * 0.95)] / alone[int(len(alone) * 0.95)]:.2f}; "
          f"load average at the end {os.getloadavg()[0]:.2f}; python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
