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

import re
from typing import NamedTuple

# Headers whose presence means the request is not the simple shape.
_DECLINE = frozenset((b"content-length", b"transfer-encoding", b"upgrade", b"expect"))
# Bytes allowed in a request target here: visible ASCII (RFC 9112 forbids spaces and controls).
_TARGET_BAD = bytes(range(0x21)) + b"#" + bytes(range(0x7F, 0x100))
# One header line: a token, a colon, a value without controls but tab (RFC 9110 5.5); the
# whole header block must be made of these, or the request is left to httptools.
_HEADER = rb"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*((?:[^\x00-\x08\x0a-\x1f\x7f]*[^\x00-\x20\x7f])?)[ \t]*\r\n"
_HEADERS = re.compile(rb"(?:%s)*" % _HEADER)
_HEADER_LINE = re.compile(_HEADER)


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
    line_end = data.find(b"\r\n")
    request_line = data[:line_end].split(b" ")
    if len(request_line) != 3:
        return None
    method, target, version = request_line
    if method not in (b"GET", b"HEAD") or version not in (b"HTTP/1.1", b"HTTP/1.0"):
        return None
    if not target.startswith(prefix) or target.translate(None, _TARGET_BAD) != target:
        return None
    block = data[line_end + 2:end + 2]  # every header line with its CRLF
    if _HEADERS.fullmatch(block) is None:
        return None  # a folded line, a space before the colon, a bare CR or LF, a control byte
    headers = []
    keep_alive = version == b"HTTP/1.1"  # HTTP/1.0 is answered and closed, as by the httptools path
    for name, value in _HEADER_LINE.findall(block):
        name = name.lower()
        if name in _DECLINE:
            return None
        if name == b"connection":
            tokens = {token.strip() for token in value.lower().split(b",")}
            if b"upgrade" in tokens:
                return None
            keep_alive = keep_alive and b"close" not in tokens
        headers.append((name, value))
    path, _, query = target.partition(b"?")
    return SimpleRequest(method, path, query, headers, keep_alive)
