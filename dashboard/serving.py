"""Production hardening of the Flask server behind the Dash app.

- Host header: only the host of `SCAM_FIGURES_URL`, loopback and `SCAM_FIGURES_ALLOWED_HOSTS`
  are answered; any other Host gets 400, and no public link is ever built from the request;
- security headers on every response: a Content-Security-Policy as strict as Dash allows
  (`script-src 'self'` plus the hashes of Dash's own inline scripts, or of the one inline
  script of an embed page, computed per response), `object-src 'none'`, and
  `frame-ancestors 'none'` except on a response the embed route marked frameable (a known
  chart); `X-Content-Type-Options: nosniff`, `Referrer-Policy`, no server banner;
- `/healthz` for load balancers;
- fingerprinted static files cached for a year; static files compressed once per encoding
  (`dashboard.compression`); pages, embeds and callback answers never cached across requests;
- request bodies read whole before the app sees them (`BufferedBody`): capped (413, chunked
  bodies included) and given a deadline (408); a malformed callback request is answered
  400 and logged in one line; no error ever reaches the client with a stack trace;
- `/api/` errors are one-line JSON.
The server software in front of this (gunicorn with gevent workers) is `gunicorn_conf.py`'s.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import time
from io import BytesIO
from urllib.parse import urlsplit

from flask import Response, g, jsonify, request
from werkzeug.exceptions import HTTPException

from dashboard.api import API_PREFIX
from dashboard.api import error as api_error
from dashboard.compression import StaticCompressor
from dashboard.site import PUBLIC_URL

MAX_BODY_BYTES = 256 * 1024
BODY_SECONDS = 10          # a client has this long to send its whole body
YEAR = 365 * 24 * 3600
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
log = logging.getLogger(__name__)
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>(.*?)</script>",
                            re.S | re.I)
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin"}


def allowed_hosts() -> set[str]:
    extra = {h.strip().lower() for h in os.environ.get("SCAM_FIGURES_ALLOWED_HOSTS", "").split(",") if h.strip()}
    return LOOPBACK | {(urlsplit(PUBLIC_URL).hostname or "").lower()} | extra


def host_name(host: str) -> str:
    """'example.org:8050' -> 'example.org', '[::1]:8050' -> '::1'."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else ""
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


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


class BufferedBody:
    """WSGI middleware: read the whole request body, within a size cap and a deadline, before the app.

    Content-Length bodies and chunked ones (which the server has de-chunked) alike: over
    `max_bytes` is 413, slower than `seconds` is 408, so a slow or huge body never ties up
    the app, and Flask always sees a complete body of known length."""

    def __init__(self, app, max_bytes: int = MAX_BODY_BYTES, seconds: float = BODY_SECONDS):
        self.app, self.max_bytes, self.seconds = app, max_bytes, seconds

    @staticmethod
    def _refuse(environ, start_response, status: str):
        if environ.get("PATH_INFO", "").startswith(API_PREFIX):
            body, media = json.dumps({"error": status[4:].lower()}).encode() + b"\n", "application/json"
        else:
            body, media = f"{status}\n".encode(), "text/plain; charset=utf-8"
        start_response(status, [("Content-Type", media), ("Content-Length", str(len(body))),
                                ("Connection", "close"), *SECURITY_HEADERS.items(),
                                ("Content-Security-Policy", policy([], "'none'"))])
        return [body]

    def __call__(self, environ, start_response):
        length = environ.get("CONTENT_LENGTH") or ""
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if not length and not chunked:
            return self.app(environ, start_response)
        if length and (not length.isdigit() or int(length) > self.max_bytes):
            return self._refuse(environ, start_response, "413 Request Entity Too Large" if length.isdigit()
                                else "400 Bad Request")
        stream, body, deadline = environ["wsgi.input"], BytesIO(), time.monotonic() + self.seconds
        remaining = int(length) if length else None
        while remaining is None or remaining > 0:
            chunk = stream.read(min(65536, remaining) if remaining is not None else 65536)
            if not chunk:
                break
            body.write(chunk)
            if remaining is not None:
                remaining -= len(chunk)
            if body.tell() > self.max_bytes:
                return self._refuse(environ, start_response, "413 Request Entity Too Large")
            if time.monotonic() > deadline:
                return self._refuse(environ, start_response, "408 Request Timeout")
        environ["wsgi.input"], environ["CONTENT_LENGTH"] = BytesIO(body.getvalue()), str(body.tell())
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ["wsgi.input_terminated"] = True
        return self.app(environ, start_response)


def harden(app, healthy) -> None:
    """Apply the rules above to `app` (a Dash app); `healthy()` returns the health payload."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    server.wsgi_app = BufferedBody(server.wsgi_app)
    hosts, dash_hashes = allowed_hosts(), []
    compress_static = server.extensions["static_compressor"] = StaticCompressor()

    @server.route("/healthz")
    def healthz():
        return jsonify(healthy())

    @server.before_request
    def refuse_bad_requests():
        if host_name(request.host) not in hosts:
            return Response("Bad request: unknown host\n", status=400, mimetype="text/plain")
        if "\x00" in request.path or "%00" in request.full_path:
            return Response("Bad request\n", status=400, mimetype="text/plain")
        return None

    @server.after_request
    def headers(response: Response) -> Response:
        response = compress_static(response)
        if not dash_hashes:
            dash_hashes.extend(app.csp_hashes())
        frameable = g.get("frameable", False)
        if frameable and response.mimetype == "text/html":
            sources = script_hashes(response.get_data(as_text=True))
        else:
            sources = dash_hashes
        response.headers["Content-Security-Policy"] = policy(sources, "*" if frameable else "'none'")
        if frameable:
            response.headers.pop("X-Frame-Options", None)
        else:
            response.headers["X-Frame-Options"] = "DENY"
        response.headers.update(SECURITY_HEADERS)
        response.headers.pop("Server", None)
        fingerprinted = request.path.startswith("/_dash-component-suites/") or (
            request.path.startswith("/assets/") and "m" in request.args)
        if fingerprinted and response.status_code == 200:
            response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
        elif response.mimetype in ("text/html", "application/json"):
            response.headers["Cache-Control"] = "no-store"  # per-page tokens and CSP hashes are per response
        return response

    @server.errorhandler(Exception)
    def no_trace(error):
        if isinstance(error, HTTPException) and request.path.startswith(API_PREFIX):
            return api_error(error.code, error.name.lower())
        if isinstance(error, HTTPException):
            return Response(f"{error.code} {error.name}\n", status=error.code, mimetype="text/plain")
        if request.path.startswith("/_dash-component-suites/"):  # Dash raises for unknown files: not found
            return Response("404 Not Found\n", status=404, mimetype="text/plain")
        if request.path.startswith("/_dash-update-component"):
            log.warning("bad callback request: %s: %s", type(error).__name__, str(error)[:200].replace("\n", " "))
            return Response("400 Bad callback request\n", status=400, mimetype="text/plain")
        log.exception("request failed: %s %s", request.method, request.path)
        return Response("500 Internal Server Error\n", status=500, mimetype="text/plain")
