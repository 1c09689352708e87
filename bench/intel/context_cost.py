"""What rebuilding a post's context costs the worker, against reading the post itself.

The worker keeps nothing between posts: before reading one it loads the stored results and handoffs
of the blog's last `liveline.intel.CONTEXT_POSTS` read posts and the text of its last `EVENT_POSTS`
(`liveline.newsroom.worker.context_for`). This publishes the French dev gold set's posts, one blog,
on SQLite in a fresh temporary directory, lets the worker read them all, then times `context_for` of
the last post with 12 stored posts (the reference: the window before handoffs were kept) and with
`CONTEXT_POSTS`, and `extract` of that post, in the same invocation.

    .venv/bin/python bench/intel/context_cost.py [--posts 240] [--repeat 30]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def texts(count: int) -> list[str]:
    """French dev gold posts, repeated in order until there are `count`."""
    rows = []
    for path in sorted((ROOT / "bench/intel/gold").glob("fr-*.jsonl")):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if row.get("split") == "dev":
                rows.append(row["text"])
    return [rows[i % len(rows)] for i in range(count)]


def timed(call, repeat: int) -> float:
    """Median milliseconds of `repeat` calls."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        call()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=240)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    os.environ.pop("DATABASE_URL", None)
    os.environ.update({"LIVELINE_DATA_DIR": tempfile.mkdtemp(prefix="context-cost-"),
                       "DJANGO_SETTINGS_MODULE": "liveline.settings", "LIVELINE_INTEL_WORKER": "separate",
                       "LIVELINE_LOG_LEVEL": "WARNING"})
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from liveline import intel
    from liveline.blogs import domain
    from liveline.newsroom import worker
    from liveline.newsroom.models import Extraction

    call_command("migrate", verbosity=0)
    author = get_user_model().objects.create_user("bench", password="bench-password-42")
    blog = domain.create_blog(slug="context-cost", title="Context cost", language="fr", status="live")
    start = datetime(2025, 6, 1, 6, tzinfo=UTC)
    posts = [domain.create_post(blog, body=text, authors=[author], published_at=start + timedelta(minutes=5 * i))
             for i, text in enumerate(texts(args.posts))]
    while worker.process_one("bench"):
        pass
    last = posts[-1]
    done = Extraction.objects.filter(post__blog=blog, status="done").count()
    window = intel.CONTEXT_POSTS
    intel.CONTEXT_POSTS = 12
    reference = timed(lambda: worker.context_for(last), args.repeat)
    intel.CONTEXT_POSTS = window
    rebuilt = timed(lambda: worker.context_for(last), args.repeat)
    text = last.body
    read = timed(lambda: intel.extract(text, lang="fr", published=last.published_at, timezone=blog.timezone,
                                       context=worker.context_for(last)), args.repeat) - rebuilt
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{done} posts read by the worker, SQLite")
    print(f"context_for, 12 stored posts (reference): {reference:.1f} ms median of {args.repeat}")
    print(f"context_for, {window} stored posts with handoffs: {rebuilt:.1f} ms ({rebuilt / reference:.2f}x)")
    print(f"extract of the post itself: {read:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
