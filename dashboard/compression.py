"""Compressed static files, computed once per file and encoding, in memory bounded in bytes.

Only immutable static files are cached: `/assets/…` and Dash's `/_dash-component-suites/…`,
keyed by the path without its query string (so `?bust=1`, `?bust=2`… are one entry), and only
after the file was found (a 404 is never cached). Each file is compressed at most once per
encoding (br, gzip) per worker: concurrent misses for the same file wait for the first.
Everything else (pages, embeds, callback answers, anything depending on the request) is
compressed per response by Flask-Compress and never cached across requests.
"""
from __future__ import annotations

import gzip
import threading
from collections import OrderedDict

import brotli
from flask import Response, request

STATIC_PREFIXES = ("/assets/", "/_dash-component-suites/")
COMPRESSIBLE = ("application/javascript", "text/javascript", "text/css", "application/json", "image/svg+xml",
                "text/plain", "text/html", "application/xml", "text/csv")
ENCODINGS = {"br": lambda body: brotli.compress(body, quality=11),
             "gzip": lambda body: gzip.compress(body, compresslevel=9, mtime=0)}
MIN_BYTES = 500


class StaticCompressor:
    """A bounded LRU of compressed static files, safe across the worker's threads or greenlets."""

    def __init__(self, max_bytes: int = 32 * 1024 * 1024):
        self.max_bytes, self.size = max_bytes, 0
        self.store: OrderedDict[tuple[str, str], bytes] = OrderedDict()
        self.lock = threading.Lock()
        self.pending: dict[tuple[str, str], threading.Lock] = {}

    def cached(self, key: tuple[str, str]) -> bytes | None:
        with self.lock:
            if key in self.store:
                self.store.move_to_end(key)
                return self.store[key]
        return None

    def compressed(self, key: tuple[str, str], read) -> bytes:
        """The compressed body for `key`, calling `read()` for the plain body only on a miss."""
        value = self.cached(key)
        if value is not None:
            return value
        with self.lock:
            in_flight = self.pending.setdefault(key, threading.Lock())
        with in_flight:  # the first miss compresses; the others wait here, then find it stored
            value = self.cached(key)
            if value is not None:
                return value
            value = ENCODINGS[key[1]](read())
            with self.lock:
                self.pending.pop(key, None)
                if len(value) <= self.max_bytes:
                    self.store[key] = value
                    self.size += len(value)
                    while self.size > self.max_bytes:
                        _, evicted = self.store.popitem(last=False)
                        self.size -= len(evicted)
            return value

    def __call__(self, response: Response) -> Response:
        """after_request: compress a static file the client can decode; leave everything else alone."""
        if (request.method != "GET" or response.status_code != 200 or not request.path.startswith(STATIC_PREFIXES)
                or response.mimetype not in COMPRESSIBLE or "Content-Encoding" in response.headers):
            return response
        accepted = request.accept_encodings
        encoding = next((name for name in ENCODINGS if accepted[name]), None)
        response.vary.add("Accept-Encoding")
        if encoding is None:
            return response
        if (response.content_length or 0) < MIN_BYTES:
            return response

        def read() -> bytes:  # a file response: read only when it has to be compressed
            response.direct_passthrough = False
            return response.get_data()
        body = self.compressed((request.path, encoding), read)
        response.close()  # the file is not sent: its compressed copy is
        response.set_data(body)
        response.headers["Content-Encoding"] = encoding
        return response
