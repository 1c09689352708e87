"""The cost of one keep-alive visit of the hub (liveline/live/hub.py) with many direct readers.

The hub visits its direct readers (fastpath.py) in KEEP_ALIVE_SLICES slices, one slice every
LIVE_HEARTBEAT_SECONDS / 2 / KEEP_ALIVE_SLICES seconds; each visit runs on the event loop, so while it
runs no post is fanned out. This measures a visit of the real Hub (`keep_alive_turn`) against the
reference of the same invocation: a walk over every reader of every channel that picks those of the
slice, which is what a visit did before the hub kept its readers by slice.

    .venv/bin/python bench/live_keepalive.py              # 10,000 / 100,000 / 300,000 readers
    .venv/bin/python bench/live_keepalive.py --write      # ... and save bench/results/keepalive-<date>.json

The readers are stand-ins with the DirectSubscriber's keep-alive (a flag test, no socket): what is
measured is the walk, not the writes, which are the same for both. Pinned to one core.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liveline.settings")

import django  # noqa: E402

django.setup()

from liveline.live.hub import KEEP_ALIVE_SLICES, Channel, Hub  # noqa: E402

CHANNELS = 4  # a few lives watched at once on one process


class Reader:
    """A direct reader's keep-alive bookkeeping, without a socket."""

    __slots__ = ("blog_id", "counted", "slot", "wrote")

    def __init__(self, blog_id: int, slot: int) -> None:
        self.blog_id, self.counted, self.slot, self.wrote = blog_id, False, slot, True

    def push(self, event_id: int, frame: bytes) -> None:
        self.wrote = True

    def keep_alive(self) -> None:
        self.wrote = not self.wrote


def walk_every_reader(hub: Hub, turn: int) -> None:
    """The reference: every reader of every channel looked at, those of the slice visited."""
    for channel in list(hub.channels.values()):
        for sub in list(channel.subscribers):
            if sub.slot == turn:
                sub.keep_alive()


def per_visit_ms(visit, hub: Hub, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for turn in range(KEEP_ALIVE_SLICES):
            start = time.perf_counter()
            visit(hub, turn)
            times.append((time.perf_counter() - start) * 1000)
    return times


async def measure(readers: int, rounds: int) -> dict:
    hub = Hub()
    hub._bind()
    try:
        for blog_id in range(1, CHANNELS + 1):
            hub.channels[blog_id] = Channel(blog_id, 0)
        for n in range(readers):
            await hub.subscribe(1 + n % CHANNELS, Reader(1 + n % CHANNELS, hub.keep_alive_slot()))
        reference = per_visit_ms(walk_every_reader, hub, rounds)
        sliced = per_visit_ms(Hub.keep_alive_turn, hub, rounds)
    finally:
        for task in (hub._poller, hub._heart):
            task.cancel()
    ref, got = statistics.median(reference), statistics.median(sliced)
    return {"readers": readers, "reference_ms": round(ref, 3), "hub_ms": round(got, 3),
            "hub_p95_ms": round(sorted(sliced)[int(0.95 * len(sliced))], 3), "ratio": round(got / ref, 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    parser.add_argument("--rounds", type=int, default=5, help="visits of every slice per measurement")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    load_start = os.getloadavg()[0]
    rows = [asyncio.run(measure(n, args.rounds)) for n in args.readers]
    print(f"one keep-alive visit ({KEEP_ALIVE_SLICES} slices), median ms; load average {load_start:.2f}")
    print("| readers | every reader walked (reference) | the hub's visit | p95 | ratio |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['readers']:,} | {r['reference_ms']} | {r['hub_ms']} | {r['hub_p95_ms']} | {r['ratio']} |")
    if args.write:
        out = ROOT / "results" / f"keepalive-{datetime.now(UTC):%Y-%m-%dT%H%MZ}.json"
        out.write_text(json.dumps({
            "command": " ".join(sys.argv), "rows": rows, "slices": KEEP_ALIVE_SLICES,
            "machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "cpus": os.cpu_count(), "load_average_start": load_start,
                        "load_average_end": os.getloadavg()[0]},
        }, indent=2) + "\n")
        print(f"written {out.relative_to(ROOT.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
