"""gunicorn settings for `make serve`: BIND and WORKERS come from the environment."""
import os

import gunicorn.http.wsgi

bind = os.environ.get("BIND", "127.0.0.1:8050")
workers = int(os.environ.get("WORKERS", "2"))
threads = int(os.environ.get("THREADS", "4"))
worker_class = "gthread"
timeout = 30
graceful_timeout = 10
preload_app = False           # each worker loads data/ itself, so a replaced worker starts clean
limit_request_line = 8190
limit_request_fields = 100
accesslog = os.environ.get("ACCESS_LOG", "-")
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
gunicorn.http.wsgi.SERVER = "scam-figures"  # no server software or version in the Server header
