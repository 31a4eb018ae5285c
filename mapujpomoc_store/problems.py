"""RFC 9457 problem details: the one way the store reports an error."""

from __future__ import annotations

from typing import Any

PROBLEM_TYPE = "https://mapujpomoc.example/problems/"
MEDIA_TYPE = "application/problem+json"

TITLES = {
    400: "Bad request", 401: "Authentication required", 403: "Forbidden", 404: "Not found",
    405: "Method not allowed", 406: "Not acceptable", 408: "Request timeout", 409: "Conflict",
    412: "Precondition failed", 413: "Payload too large", 415: "Unsupported media type",
    422: "Unprocessable content", 428: "Precondition required", 429: "Too many requests",
    500: "Internal server error", 503: "Service unavailable",
}


class Problem(Exception):
    """An error the client can act on; `detail` says what went wrong and what to do."""

    def __init__(self, status: int, detail: str, kind: str | None = None,
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.kind = kind or TITLES.get(status, "error").lower().replace(" ", "-")
        self.headers = headers or {}
        self.extra = extra

    def body(self, instance: str | None = None) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "type": PROBLEM_TYPE + self.kind,
            "title": TITLES.get(self.status, "Error"),
            "status": self.status,
            "detail": self.detail,
        }
        if instance:
            doc["instance"] = instance
        doc.update(self.extra)
        return doc


def invalid(errors: list[tuple[str, str]], what: str = "The feature") -> Problem:
    detail = f"{what} is not valid: " + "; ".join(f"{f} {m}" for f, m in errors)
    return Problem(422, detail, "invalid", errors=[{"field": f, "message": m} for f, m in errors])
