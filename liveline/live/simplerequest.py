"""A parser for the one request shape that polling readers send thousands of times a second.

A polling reader's request arrives as one packet holding one bodiless GET: request line, a few
headers, blank line. For that shape only, `parse` pulls out what the micro-cache needs to answer
from memory, without httptools' callback into Python per URL chunk and per header and without
uvicorn's request scope. Anything else (a body, a second request pipelined behind, a header
folded over two lines, an upgrade, an odd byte in the target) gives None, and the caller hands
the bytes to httptools untouched: this parser may decline, it must never accept what a full
HTTP parser would read differently.
"""

from __future__ import annotations

from typing import NamedTuple

# Headers whose presence means the request is not the simple shape.
_DECLINE = frozenset((b"content-length", b"transfer-encoding", b"upgrade", b"expect"))
# Bytes allowed in a request target here: visible ASCII (RFC 9112 forbids spaces and controls).
_TARGET_BAD = bytes(range(0x21)) + bytes(range(0x7F, 0x100))
_TOKEN_BAD = b" \t\"(),/:;<=>?@[\\]{}" + bytes(range(0x21)) + bytes(range(0x7F, 0x100))


class SimpleRequest(NamedTuple):
    method: bytes  # GET or HEAD
    path: bytes  # raw, still percent-encoded
    query: bytes
    headers: list[tuple[bytes, bytes]]  # names lower-cased, values stripped
    keep_alive: bool


def parse(data: bytes, prefix: bytes) -> SimpleRequest | None:
    """The request in `data` when it is exactly one bodiless GET/HEAD for a target under `prefix`."""
    end = data.find(b"\r\n\r\n")
    if end == -1 or end + 4 != len(data):
        return None  # incomplete, or something follows it
    lines = data[:end].split(b"\r\n")
    request_line = lines[0].split(b" ")
    if len(request_line) != 3:
        return None
    method, target, version = request_line
    if method not in (b"GET", b"HEAD") or version not in (b"HTTP/1.1", b"HTTP/1.0"):
        return None
    if not target.startswith(prefix) or target.translate(None, _TARGET_BAD) != target or b"#" in target:
        return None
    path, _, query = target.partition(b"?")
    headers = []
    connection = b""
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or name.translate(None, _TOKEN_BAD) != name:
            return None  # a folded line, a space before the colon, a malformed name
        if b"\r" in value or b"\n" in value or b"\x00" in value:
            return None
        name = name.lower()
        if name in _DECLINE:
            return None
        value = value.strip(b" \t")
        if name == b"connection":
            connection = value.lower()
        headers.append((name, value))
    tokens = {token.strip() for token in connection.split(b",")}
    if b"upgrade" in tokens:
        return None
    # HTTP/1.0 clients are answered and closed, as the httptools path does.
    keep_alive = version == b"HTTP/1.1" and b"close" not in tokens
    return SimpleRequest(method, path, query, headers, keep_alive)
