"""The JSON API: `POST /api/check` with `{"text": "…"}`, the same engine as the Check page.

Answers `{"numbers": [{"text", "char_start", "char_end", "value", "low", "high", "unit",
"qualifier", "matches": [{"figure_id", "score", "reasons", "warnings": [{"kind", "message",
"template", "values"}]}]}]}` (the English message, and the template and values it is made from:
the Check page writes them in the reader's language).
More than 20,000 characters: 413; not JSON or no `text` string: 400; both with a one-line
JSON error. The text is neither stored nor logged.
"""
from __future__ import annotations

from flask import jsonify, request

from etl.checker import MAX_CHARS, Checker, as_json

API_PREFIX = "/api/"


def error(status: int, message: str):
    response = jsonify({"error": message})
    response.status_code = status
    return response


def register_api(server, checker: Checker) -> None:
    @server.route(f"{API_PREFIX}check", methods=["POST"])
    def check():
        body = request.get_json(silent=True)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return error(400, 'send JSON like {"text": "..."} with Content-Type: application/json')
        text = body["text"]
        if len(text) > MAX_CHARS:
            return error(413, f"the text is {len(text):,} characters; the limit is {MAX_CHARS:,}")
        return jsonify(as_json(checker.check(text)))
