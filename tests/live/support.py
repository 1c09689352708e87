"""What the multi-process stream tests share: a Redis server of their own, and a settled log."""

from __future__ import annotations

import socket
import subprocess
import time

from liveline.live import broker
from liveline.live.models import Event


class RedisServer:
    def __init__(self, port: int):
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process:
            self.process.kill()
            self.process.wait()
            self.process = None

    def subscribers(self) -> int:
        import redis

        client = redis.Redis(port=self.port)
        try:
            return dict(client.pubsub_numsub(broker.CHANNEL)).get(broker.CHANNEL.encode(), 0)
        finally:
            client.close()


def settled_log(blog) -> list[int]:
    # Work that follows a publish (enrichment, say) may still append events: wait for quiet.
    ids, quiet_since = [], time.monotonic()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        now = list(Event.objects.filter(blog=blog).order_by("pk").values_list("pk", flat=True))
        if now != ids:
            ids, quiet_since = now, time.monotonic()
        elif time.monotonic() - quiet_since > 3:
            break
        time.sleep(0.2)
    return ids
