"""core/log.redact masks credentials, not the word after "token" in a message (issue 16's walk-through
found "Token użytkownika „ed_olsztyn” został unieważniony" shown as "Token *** „ed_olsztyn”…")."""

from __future__ import annotations

import pytest

from mapujpomoc_model import messages
from mapujpomoc_qgis.core import log


@pytest.mark.parametrize("lang", messages.LANGUAGES)
@pytest.mark.parametrize("code", ["token-revoked", "token-expired", "token-unknown", "token-missing"])
def test_the_stores_token_messages_reach_the_screen_whole(code: str, lang: str) -> None:
    text = messages.problem_message(code, {"user": "ed_olsztyn", "at": "2026-12-05T00:33:24Z"}, lang)
    assert text is not None
    assert log.redact(text) == text


@pytest.mark.parametrize("text", [
    "The store did not accept the credentials: the token is not known. Check the token in the connection settings.",
    "Magazyn nie przyjął danych logowania: Token użytkownika „ed_olsztyn” został unieważniony. Sprawdź token w "
    "ustawieniach połączenia.",
    "Use a Basic configuration with your user name and the token as password.",
])
def test_prose_about_tokens_is_left_alone(text: str) -> None:
    assert log.redact(text) == text


@pytest.mark.parametrize("secret", ["Zx3k9VbQ2tT8aLw0pYc7", "abc.def.ghi", "ZWRpdG9yOnMzY3IzdA==",
                                    "AbCdEfGhIjKlMnOpQrStUvWx"])
@pytest.mark.parametrize("scheme", ["Bearer", "Basic", "Token", "token"])
def test_credentials_after_a_scheme_are_still_masked(scheme: str, secret: str) -> None:
    masked = log.redact(f"Authorization: {scheme} {secret} was refused")
    assert secret not in masked and f"{scheme} {log.MASK} was refused" in masked
