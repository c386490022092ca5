"""Production serving: headers on every kind of response, hostile input, gunicorn itself."""
import json
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from dashboard import ids
from dashboard.app import create_app
from dashboard.data import load
from dashboard.pages.data_table import filter_request
from tests.conftest import start_gunicorn


@pytest.fixture(scope="module")
def client():
    return create_app(load()).server.test_client()


def callback_body(indicator=(), qualifier=(), text="", geography=(), source=()):
    return filter_request(text, indicator=indicator, qualifier=qualifier, geography=geography, source_id=source)


def post(client, body, raw=False):
    data = body if raw else json.dumps(body)
    return client.post("/_dash-update-component", data=data, content_type="application/json")


def kinds_of_response(client):
    client.get("/")  # Dash sets up its routing on the first page request
    return {
        "page": client.get("/enforcement"),
        "asset": client.get("/assets/style.css?m=1"),
        "component suite": client.get(client.get("/").data.decode().split('src="')[1].split('"')[0]),
        "callback": post(client, callback_body(qualifier=["range"])),
        "embed": client.get("/embed/box-office"),
        "404": client.get("/no/such/page"),
        "download": client.get("/download/box-office.csv"),
        "health": client.get("/healthz"),
    }


def test_security_headers_on_every_kind_of_response(client):
    for kind, response in kinds_of_response(client).items():
        csp = response.headers.get("Content-Security-Policy", "")
        assert "object-src 'none'" in csp and "script-src 'self'" in csp, kind
        assert "'unsafe-eval'" not in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0], kind
        assert ("frame-ancestors *" if kind == "embed" else "frame-ancestors 'none'") in csp, kind
        assert response.headers.get("X-Content-Type-Options") == "nosniff", kind
        assert response.headers.get("Referrer-Policy") == "strict-origin-when-cross-origin", kind
        assert "Server" not in response.headers, kind


def test_status_and_caching(client):
    responses = kinds_of_response(client)
    assert {k: r.status_code for k, r in responses.items()} == {
        "page": 200, "asset": 200, "component suite": 200, "callback": 200, "embed": 200, "404": 404,
        "download": 200, "health": 200}
    assert "max-age=31536000" in responses["asset"].headers["Cache-Control"]
    assert "max-age=31536000" in responses["component suite"].headers["Cache-Control"]
    assert responses["health"].get_json()["status"] == "ok"


def test_responses_are_compressed(client):
    response = client.get(client.get("/").data.decode().split('src="')[1].split('"')[0],
                          headers={"Accept-Encoding": "gzip"})
    assert response.headers.get("Content-Encoding") == "gzip"


@pytest.mark.parametrize("path", [
    "/assets/../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fetc%2fpasswd",
    "/assets//etc/passwd", "/assets/%2Fetc%2Fpasswd", "/_dash-component-suites/../../../etc/passwd",
    "/_dash-component-suites/dash/../../../../etc/passwd", "/_dash-component-suites/os/path.py",
    "/%2e%2e/%2e%2e/etc/passwd", "/assets/style.css%00.js", "/x%00y", "/download/..%2f..%2fetc%2fpasswd.csv",
    "/embed/..%2F..%2Fetc%2Fpasswd", "/sources/..%2F..%2Fetc%2Fpasswd", "/assets/../dashboard/app.py",
])
def test_no_file_outside_the_assets_is_served(client, path):
    response = client.get(path)
    assert 400 <= response.status_code < 500, (path, response.status_code)
    assert b"root:" not in response.data and b"Traceback" not in response.data
    assert b"create_app" not in response.data


@pytest.mark.parametrize("name, body", [
    ("bad json", "{not json"),
    ("not an object", "[1, 2, 3]"),
    ("empty", ""),
    ("missing inputs", json.dumps({"output": f"{ids.TABLE}.children", "outputs": {"id": ids.TABLE, "property": "children"}})),
    ("unknown component", json.dumps({**callback_body(), "output": "nope.children",
                                      "outputs": {"id": "nope", "property": "children"}})),
    ("inputs not a list", json.dumps({**callback_body(), "inputs": {"a": 1}})),
    ("wrong value types", json.dumps(callback_body(indicator={"$ne": 1}, qualifier=7, text=["x"]))),
])
def test_malformed_callbacks_get_4xx_without_a_trace(client, name, body):
    client.get("/")
    response = post(client, body, raw=True)
    assert response.status_code < 500 and (name == "wrong value types" or response.status_code >= 400), name
    assert b"Traceback" not in response.data and b'File "' not in response.data


def test_huge_payload_is_refused(client):
    response = post(client, json.dumps(callback_body(text="x" * 400_000)), raw=True)
    assert response.status_code == 413


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
                       lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children,
                                                                                        max_size=3), max_leaves=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(indicator=JSONISH, qualifier=JSONISH, text=JSONISH, geography=JSONISH, source=JSONISH)
def test_fuzzing_the_data_page_callback_never_gives_5xx(client, indicator, qualifier, text, geography, source):
    client.get("/")
    response = post(client, callback_body(indicator, qualifier, text, geography, source))
    assert response.status_code < 500


@pytest.fixture(scope="module")
def gunicorn_url():
    process, url, _ = start_gunicorn()
    yield url
    process.terminate()
    process.wait(timeout=15)


def test_gunicorn_serves_with_no_banner_and_no_debug(gunicorn_url):
    response = urllib.request.urlopen(gunicorn_url + "/healthz")
    assert response.status == 200 and response.headers["Server"] == "scam-figures"
    assert "gunicorn" not in response.headers["Server"].lower()
    page = urllib.request.urlopen(gunicorn_url + "/").read().decode()
    config = json.loads(page.split('<script id="_dash-config" type="application/json">')[1].split("</script>")[0])
    assert config["ui"] is False and config["props_check"] is False  # dev tools off
