"""The store's problems in the UI language, rendered from their codes.

The store sends each problem (and each refused operation of a changeset) with a stable `code`,
its `params` and, for validation, `errors: [{field, code, params}]` (docs/ARCHITECTURE.md, "The
store"); `mapujpomoc_model.messages` holds their texts in English, Polish and Ukrainian, with the
fields named as the attribute form labels them. A problem from an older store, or one without a
template, keeps the store's own `detail`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from mapujpomoc_model import messages

from ..i18n import current_language


def problem_text(doc: Mapping[str, Any] | None, lang: str | None = None) -> str | None:
    """The `detail` of a problem document or an operation's result in `lang` (default: the UI language);
    the document's own `detail` when its code has no template; None when there is neither."""
    if not isinstance(doc, Mapping):
        return None
    if isinstance(doc.get("params"), Mapping):
        doc = {**doc, "params": {k: local_time(v) for k, v in doc["params"].items()}}
    text = messages.render_problem(doc, lang or current_language())
    if text is not None:
        return text
    detail = doc.get("detail")
    return detail if isinstance(detail, str) and detail else None


_UTC_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z")


def local_time(value: Any) -> Any:
    """A store time (UTC, ISO 8601 with Z) as the user's clock shows it, "2026-12-05 01:39"; other values as
    they are. The store answers in UTC; the officer reads local time, as in the history."""
    if not isinstance(value, str) or not _UTC_TIME.fullmatch(value):
        return value
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def field_issues_text(issues: list[tuple[str, str, dict[str, Any]]], lang: str | None = None) -> str:
    """The plugin's own validation (`schema.validate_issues`, the geometry check) as one sentence, like
    the store's: 'phone is not a phone number (…)' in English, 'Telefon: to nie jest numer telefonu (…)'."""
    errors = [{"field": f, "code": code, "params": params} for f, code, params in issues]
    return messages.field_errors(errors, lang or current_language())
