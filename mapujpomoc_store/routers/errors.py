"""Every error as RFC 9457 problem details: the store's exception handlers."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

from mapujpomoc_model.messages import negotiate

from ..problems import MEDIA_TYPE, Problem

log = logging.getLogger("mapujpomoc_store")

Handler = Callable[[Request, Exception], Awaitable[JSONResponse]]


def problem_response(p: Problem, request: Request | None = None) -> JSONResponse:
    """The problem in the language the request accepts (English by default); `Content-Language` says which."""
    lang = negotiate(request.headers.get("accept-language")) if request is not None else "en"
    headers = {**p.headers, "Content-Language": lang, "Vary": "Accept-Language"}
    return JSONResponse(p.body(request.url.path if request else None, lang), status_code=p.status,
                        headers=headers, media_type=MEDIA_TYPE)


async def problem(request: Request, exc: Problem) -> JSONResponse:
    return problem_response(exc, request)


async def invalid_parameters(request: Request, exc: RequestValidationError) -> JSONResponse:
    # each refusal as {field: the parameter, code: pydantic's error type, params: its context, message}, so that
    # Polish and Ukrainian can word it (mapujpomoc_model.messages.parameter_errors); English keeps pydantic's text
    errors = [{"field": ".".join(str(x) for x in e["loc"][1:]) or str(e["loc"][0]), "code": str(e.get("type")),
               "params": {k: v for k, v in (e.get("ctx") or {}).items() if isinstance(v, int | float | str)},
               "message": e["msg"]} for e in exc.errors()]
    return problem_response(Problem(400, None, "invalid-parameter", code="invalid-request-parameters", params={},
                                    errors=errors), request)


async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 404:
        return problem_response(Problem(404, None, code="no-path", params={"path": request.url.path}), request)
    if exc.status_code == 405:
        return problem_response(Problem(405, None, code="method-not-allowed",
                                        params={"method": request.method, "path": request.url.path}), request)
    return problem_response(Problem(exc.status_code, str(exc.detail)), request)


async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # the database is restarting, unreachable or busy: a temporary state, not a bug of the store
    log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(Problem(503, None, "database-unavailable", headers={"Retry-After": "5"}, params={}),
                            request)


async def crash(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return problem_response(Problem(500, None, code="internal-error", params={}), request)


# for FastAPI(exception_handlers=...): Starlette picks the handler of the nearest class in the exception's MRO
HANDLERS: dict[type[Exception], Handler] = {
    Problem: problem,  # type: ignore[dict-item]
    RequestValidationError: invalid_parameters,  # type: ignore[dict-item]
    StarletteHTTPException: http_error,  # type: ignore[dict-item]
    OperationalError: database_unavailable,
    InterfaceError: database_unavailable,
    PoolTimeoutError: database_unavailable,
    Exception: crash,
}
