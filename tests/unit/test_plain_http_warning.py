"""A token never goes over plain http to another machine without a word (issue 15)."""

from __future__ import annotations

import argparse

import pytest

from mapujpomoc_qgis import cli
from mapujpomoc_qgis.core.connection.client import plain_http_warning


@pytest.mark.parametrize("url", ["http://pomoc.example.pl", "http://10.0.0.5:8765/", "HTTP://Store.Gmina.PL/api",
                                 "http://[2001:db8::1]:8080"])
def test_plain_http_to_another_host_is_warned_about(url: str) -> None:
    warning = plain_http_warning(url)
    assert warning is not None and "http://" in warning and "https://" in warning


@pytest.mark.parametrize("url", ["https://pomoc.example.pl", "http://127.0.0.1:8765", "http://localhost:8765/",
                                 "http://[::1]:8765", "http://127.5.5.5", "http://store.localhost"])
def test_https_and_this_machine_are_not(url: str) -> None:
    assert plain_http_warning(url) is None


def test_the_cli_says_it_before_sending_the_token(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MAPUJPOMOC_TOKEN", "mp_secret_token_value")
    client = cli._client(argparse.Namespace(store="http://pomoc.example.pl", timeout=5.0))
    client.close()
    err = capsys.readouterr().err
    assert "pomoc.example.pl" in err and "https://" in err and "mp_secret" not in err
    cli._client(argparse.Namespace(store="https://pomoc.example.pl", timeout=5.0)).close()
    assert capsys.readouterr().err == ""
