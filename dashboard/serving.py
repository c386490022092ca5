"""Production hardening of the Flask server behind the Dash app.

- security headers on every response: a Content-Security-Policy as strict as Dash allows
  (`script-src 'self'` plus the hashes of Dash's own inline scripts, or of the one inline
  script of an embed page; `object-src 'none'`; `frame-ancestors 'none'` except on
  `/embed/`), `X-Content-Type-Options: nosniff`, `Referrer-Policy`, no server banner;
- `/healthz` for load balancers;
- static assets fingerprinted by Dash (`?m=` or versioned file names) cached for a year;
- compressed bodies kept (`CompressedCache`), so a large asset is compressed once, not per request;
- request bodies capped; a malformed callback request is answered 400, and no error
  ever reaches the browser with a stack trace.
"""
from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections import OrderedDict

from flask import Response, jsonify, request

from dashboard.api import API_PREFIX
from dashboard.api import error as api_error
from dashboard.charts import EMBED_PREFIX
from werkzeug.exceptions import HTTPException

MAX_BODY_BYTES = 256 * 1024
YEAR = 365 * 24 * 3600
log = logging.getLogger(__name__)
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S | re.I)


class CompressedCache:
    """A bounded LRU of compressed bodies for Flask-Compress. Safe here because every response
    is a pure function of its request: the data never changes while the server runs."""

    def __init__(self, entries: int = 512):
        self.entries, self.store = entries, OrderedDict()

    def get(self, key):
        value = self.store.get(key)
        if value is not None:
            self.store.move_to_end(key)
        return value

    def set(self, key, value) -> None:
        self.store[key] = value
        self.store.move_to_end(key)
        while len(self.store) > self.entries:
            self.store.popitem(last=False)


def compression_key(req) -> str:
    body = hashlib.sha256(req.get_data()).hexdigest() if req.method == "POST" else ""
    return f"{req.method} {req.full_path} {body}"


COMPRESSION_CONFIG = {"COMPRESS_CACHE_BACKEND": CompressedCache, "COMPRESS_CACHE_KEY": compression_key,
                      "COMPRESS_ALGORITHM": ["br", "gzip", "deflate"]}


def script_hashes(page: str) -> list[str]:
    """CSP hashes of the executable inline scripts of an HTML page."""
    return [f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
            for body in _INLINE_SCRIPT.findall(page)]


def policy(script_sources: list[str], frame_ancestors: str) -> str:
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' " + " ".join(script_sources),
        "style-src 'self' 'unsafe-inline'",  # plotly.js and Dash set element styles at run time
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        f"frame-ancestors {frame_ancestors}",
    ])


def harden(app, healthy) -> None:
    """Apply the rules above to `app` (a Dash app); `healthy()` returns the health payload."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    dash_hashes: list[str] = []

    @server.route("/healthz")
    def healthz():
        return jsonify(healthy())

    @server.before_request
    def refuse_bad_paths():
        if "\x00" in request.path or "%00" in request.full_path:
            return Response("Bad request\n", status=400, mimetype="text/plain")
        return None

    @server.after_request
    def headers(response: Response) -> Response:
        if not dash_hashes:
            dash_hashes.extend(app.csp_hashes())
        embed = request.path.startswith(EMBED_PREFIX)
        if embed and response.mimetype == "text/html":
            sources = script_hashes(response.get_data(as_text=True))
        else:
            sources = dash_hashes
        response.headers["Content-Security-Policy"] = policy(sources, "*" if embed else "'none'")
        if embed:
            response.headers.pop("X-Frame-Options", None)
        else:
            response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        response.headers.pop("Server", None)
        fingerprinted = request.path.startswith("/_dash-component-suites/") or (
            request.path.startswith("/assets/") and "m" in request.args)
        if fingerprinted and response.status_code == 200:
            response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
        return response

    @server.errorhandler(Exception)
    def no_trace(error):
        if isinstance(error, HTTPException) and request.path.startswith(API_PREFIX):
            return api_error(error.code, error.name.lower())
        if isinstance(error, HTTPException):
            return Response(f"{error.code} {error.name}\n", status=error.code, mimetype="text/plain")
        if request.path.startswith("/_dash-component-suites/"):  # Dash raises for unknown files: not found
            return Response("404 Not Found\n", status=404, mimetype="text/plain")
        log.exception("request failed: %s %s", request.method, request.path)
        if request.path.startswith("/_dash-update-component"):
            return Response("400 Bad callback request\n", status=400, mimetype="text/plain")
        return Response("500 Internal Server Error\n", status=500, mimetype="text/plain")
