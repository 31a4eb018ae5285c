"""RFC 9457 problem details: the one way the store reports an error.

A problem has a stable `code` (its `type` ends with it) and, when its text has a template in
`mapujpomoc_model.messages`, the `params` that fill it: the `detail` is then answered in the language
of the request's `Accept-Language` (English by default), and clients such as the plugin render it in
their own language from the code. A validation problem lists `errors: [{field, code, params, message}]`.
"""

from __future__ import annotations

import copy
from typing import Any

from mapujpomoc_model import messages

PROBLEM_TYPE = "https://mapujpomoc.example/problems/"
MEDIA_TYPE = "application/problem+json"

TITLES = {
    400: "Bad request", 401: "Authentication required", 403: "Forbidden", 404: "Not found",
    405: "Method not allowed", 406: "Not acceptable", 408: "Request timeout", 409: "Conflict",
    412: "Precondition failed", 413: "Payload too large", 415: "Unsupported media type",
    422: "Unprocessable content", 428: "Precondition required", 429: "Too many requests",
    500: "Internal server error", 503: "Service unavailable",
}
FieldIssue = tuple[str, str, dict[str, Any]]  # (field, code, params) of mapujpomoc_model.messages


class Problem(Exception):
    """An error the client can act on; `detail` says what went wrong and what to do.

    `code` (default: `kind`) names the problem; with `params` and a template of that code in
    `mapujpomoc_model.messages`, `detail` may be left out: it is the English rendering."""

    def __init__(self, status: int, detail: str | None = None, kind: str | None = None,
                 headers: dict[str, str] | None = None, *, code: str | None = None,
                 params: dict[str, Any] | None = None, **extra: Any) -> None:
        self.kind = kind or TITLES.get(status, "error").lower().replace(" ", "-")
        self.code = code or self.kind
        self.params = params
        if detail is None:
            detail = messages.render_problem(self._doc(extra)) or self.code
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra

    def _doc(self, extra: dict[str, Any]) -> dict[str, Any]:
        doc: dict[str, Any] = {"code": self.code}
        if self.params is not None:
            doc["params"] = self.params
        doc.update(extra)
        return doc

    def result(self) -> dict[str, Any]:
        """What one refused operation of a changeset reports: detail, code, params and the extras."""
        return {"detail": self.detail, **self._doc(self.extra)}

    def body(self, instance: str | None = None, lang: str = "en") -> dict[str, Any]:
        doc: dict[str, Any] = {
            "type": PROBLEM_TYPE + self.kind,
            "title": TITLES.get(self.status, "Error"),
            "status": self.status,
            "detail": self.detail,
        }
        if instance:
            doc["instance"] = instance
        doc.update(self._doc(self.extra))
        return localise(doc, lang) if lang != "en" else doc


def localise(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    """A copy of a problem document (or an operation's result) with its texts in `lang`: the detail,
    each error's message, each refused operation's detail. Texts without a template stay English."""
    out = copy.copy(doc)
    if isinstance(doc.get("errors"), list):
        out["errors"] = [_localised_error(e, lang) for e in doc["errors"]]
    if isinstance(doc.get("results"), list):
        out["results"] = [localise(r, lang) if isinstance(r, dict) and "code" in r else r for r in doc["results"]]
    text = messages.render_problem(doc, lang)
    if text is not None:
        out["detail"] = text
    return out


def _localised_error(error: Any, lang: str) -> Any:
    if not isinstance(error, dict):
        return error
    code, params = str(error.get("code")), error.get("params") or {}
    text = messages.field_message(code, params, lang) or messages.parameter_message(code, params, lang)
    return {**error, "message": text} if text is not None else error


def invalid(errors: list[FieldIssue]) -> Problem:
    """422 for a feature whose fields (or geometry) the model's validation refused."""
    listed = [{"field": f, "message": messages.field_message(code, params) or code, "code": code, "params": params}
              for f, code, params in errors]
    return Problem(422, None, "invalid", params={}, errors=listed)
