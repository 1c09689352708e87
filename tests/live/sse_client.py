"""A small Server-Sent Events reader for tests, on top of httpx's streaming responses."""

from __future__ import annotations

import json
import queue
import threading
from dataclasses import dataclass

import httpx


@dataclass
class SseEvent:
    id: int
    type: str
    data: dict


class SseReader:
    """Reads a stream in a thread; `next(timeout)` returns the next event or None."""

    def __init__(self, url: str, last_event_id: int | None = None, params: dict | None = None,
                 headers: dict | None = None):
        headers = {"Accept": "text/event-stream", **(headers or {})}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        self.client = httpx.Client(timeout=httpx.Timeout(30, read=60))
        self.request = self.client.build_request("GET", url, headers=headers, params=params)
        self.response = self.client.send(self.request, stream=True)
        self.events: queue.Queue = queue.Queue()
        self.comments: list[str] = []
        self.retry: int | None = None
        self.retries: list[int] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        fields: dict[str, str] = {}
        try:
            for line in self.response.iter_lines():
                if line == "":
                    if "data" in fields:
                        self.events.put(SseEvent(int(fields.get("id", 0)), fields.get("event", "message"),
                                                 json.loads(fields["data"])))
                    fields = {}
                elif line.startswith(":"):
                    self.comments.append(line)
                else:
                    name, _, value = line.partition(":")
                    value = value[1:] if value.startswith(" ") else value
                    if name == "retry":
                        self.retry = int(value)
                        self.retries.append(self.retry)
                    else:
                        fields[name] = value
        except (httpx.HTTPError, ValueError):
            pass
        finally:
            self.events.put(None)

    def next(self, timeout: float = 5) -> SseEvent | None:
        try:
            return self.events.get(timeout=timeout)
        except queue.Empty:
            return None

    def take(self, count: int, timeout: float = 5) -> list[SseEvent]:
        got = []
        for _ in range(count):
            event = self.next(timeout)
            if event is None:
                break
            got.append(event)
        return got

    def close(self) -> None:
        self.response.close()
        self.client.close()
