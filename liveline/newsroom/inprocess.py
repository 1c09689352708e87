"""The extraction worker started by the server itself, so that one command runs everything.

LIVELINE_INTEL_WORKER=auto (the default) has each `liveline serve` process start one on SQLite;
on PostgreSQL run `liveline worker` beside the servers instead (`server` forces it in,
`separate` keeps it out). Several server processes each running one is safe: jobs are claimed
(see queue.claim).

The worker is a child process, not a thread: reading a post is tens of milliseconds of CPU
(spaCy), and in a thread it would hold the server's GIL while thousands of readers wait for a
post. The child runs at a lower CPU priority, is woken through its stdin when this process
queues a job, and exits when that pipe closes, so it never outlives the server.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.db import connection

log = logging.getLogger(__name__)
NICENESS = 10  # below the server's: readers and journalists first, extraction with what is left
RESTART_AFTER = 10.0  # seconds between restarts of a child that died


def wanted() -> bool:
    if not settings.INTEL_ENABLED:
        return False
    if settings.INTEL_WORKER == "auto":
        return connection.vendor == "sqlite"
    return settings.INTEL_WORKER == "server"


def _spawn() -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-m", "liveline.cli", "worker", "--attached"],
        stdin=subprocess.PIPE, env={**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get(
            "DJANGO_SETTINGS_MODULE", "liveline.settings")},
    )
    # Readers and journalists first: the reading of posts takes the CPU they leave.
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, child.pid, NICENESS)
    return child


class AttachedWorker:
    """The child worker and the thread that wakes it; `stop()` ends both."""

    def __init__(self) -> None:
        from liveline.newsroom import hooks

        self._wake = hooks.wake
        self._stopping = False
        self.child = _spawn()
        self._thread = threading.Thread(target=self._forward, name="newsroom-worker-waker", daemon=True)
        self._thread.start()

    def _forward(self) -> None:
        # A job queued by this process (hooks.wake, set on commit) wakes the child at once.
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._stopping:
                return
            if self.child.poll() is not None:
                log.error("the extraction worker exited with status %s; starting another", self.child.returncode)
                time.sleep(RESTART_AFTER)
                if self._stopping:
                    return
                self.child = _spawn()
            try:
                self.child.stdin.write(b"\n")
                self.child.stdin.flush()
            except (BrokenPipeError, ValueError, OSError):
                pass  # it died: the next wake notices and starts another

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping = True
        self._wake.set()
        with contextlib.suppress(OSError):
            self.child.stdin.close()  # end of input: the child finishes its post and exits
        try:
            self.child.wait(timeout)
        except subprocess.TimeoutExpired:
            self.child.kill()
            self.child.wait()


def in_process_worker() -> Callable[[], None] | None:
    """Start the attached worker if this server should run one; returns the function that stops it."""
    if not wanted():
        return None
    return AttachedWorker().stop
