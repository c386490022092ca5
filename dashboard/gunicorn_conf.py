"""gunicorn settings for `make serve`: the production stack, and why.

Workers are gevent's (one event loop per process): an idle or slow connection costs a
greenlet, not a thread, so 200 idle or trickling clients cannot starve the server; the
rest is bounded here:
- headers: a client must send a whole request line and headers within `keepalive` seconds
  (gunicorn's async workers read them under `gevent.Timeout(keepalive)`), sizes capped by
  `limit_request_*`; idle keep-alive connections are closed after the same time;
- bodies: read whole, capped at 256 KiB and due within 10 s, before the app sees them
  (`dashboard.serving.BufferedBody`);
- connections: at most `worker_connections` per worker; requests: `timeout` seconds;
- gunicorn's own error pages (400, 414, 431…) carry the same security headers as the app's.
BIND, WORKERS and WORKER_CONNECTIONS come from the environment. At start the master renders
missing images in the background (`dashboard.images`), off the request path.
"""
import os

import gunicorn.http.wsgi
import gunicorn.util

bind = os.environ.get("BIND", "127.0.0.1:8050")
workers = int(os.environ.get("WORKERS", "2"))
worker_class = "gevent"
worker_connections = int(os.environ.get("WORKER_CONNECTIONS", "1000"))
keepalive = 5                 # seconds to send a request's headers, and to idle between requests
timeout = 30
graceful_timeout = 10
preload_app = False           # each worker loads data/ itself, so a replaced worker starts clean
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = os.environ.get("ACCESS_LOG", "-")
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'   # the path, never the query or body
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
gunicorn.http.wsgi.SERVER = "scam-figures"  # no server software or version in the Server header


def _write_error(sock, status_int, reason, mesg):
    """gunicorn's own error responses, with the app's security headers and no HTML to inject into."""
    from dashboard.serving import SECURITY_HEADERS, policy
    body = f"{status_int} {reason}\n".encode()
    head = [f"HTTP/1.1 {status_int} {reason}", "Connection: close", "Content-Type: text/plain; charset=utf-8",
            f"Content-Length: {len(body)}", f"Content-Security-Policy: {policy([], chr(39) + 'none' + chr(39))}",
            "X-Frame-Options: DENY", *(f"{name}: {value}" for name, value in SECURITY_HEADERS.items())]
    gunicorn.util.write_nonblock(sock, ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)


gunicorn.util.write_error = _write_error


def when_ready(server):
    from dashboard.data import DataError, load
    from dashboard.images import start_in_background
    try:
        start_in_background(load())
    except DataError as error:
        server.log.error("images not rendered: %s", error)
