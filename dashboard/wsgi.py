"""WSGI entry point for production: `gunicorn -c dashboard/gunicorn_conf.py dashboard.wsgi:server`.

Data is loaded once per worker at import; debug mode cannot be switched on here.
"""
from dashboard.app import create_app
from dashboard.data import load

app = create_app(load(), debug=False)
server = app.server
