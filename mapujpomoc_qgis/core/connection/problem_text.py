"""The store's problems in the UI language, rendered from their codes.

The store sends each problem (and each refused operation of a changeset) with a stable `code`,
its `params` and, for validation, `errors: [{field, code, params}]` (docs/ARCHITECTURE.md, "The
store"); `mapujpomoc_model.messages` holds their texts in English, Polish and Ukrainian, with the
fields named as the attribute form labels them. A problem from an older store, or one without a
template, keeps the store's own `detail`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mapujpomoc_model import messages

from ..i18n import current_language


def problem_text(doc: Mapping[str, Any] | None, lang: str | None = None) -> str | None:
    """The `detail` of a problem document or an operation's result in `lang` (default: the UI language);
    the document's own `detail` when its code has no template; None when there is neither."""
    if not isinstance(doc, Mapping):
        return None
    text = messages.render_problem(doc, lang or current_language())
    if text is not None:
        return text
    detail = doc.get("detail")
    return detail if isinstance(detail, str) and detail else None


def field_issues_text(issues: list[tuple[str, str, dict[str, Any]]], lang: str | None = None) -> str:
    """The plugin's own validation (`schema.validate_issues`, the geometry check) as one sentence, like
    the store's: 'phone is not a phone number (…)' in English, 'Telefon: to nie jest numer telefonu (…)'."""
    errors = [{"field": f, "code": code, "params": params} for f, code, params in issues]
    return messages.field_errors(errors, lang or current_language())
