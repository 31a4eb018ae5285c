"""How the `mapujpomoc` command line picks its language (core/i18n.py): --language, else the POSIX locale
variables in their order of precedence; the e2e tests run the console script in Polish and Ukrainian."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mapujpomoc_qgis.core import i18n


@pytest.fixture(autouse=True)
def _forget_the_choice() -> Iterator[None]:
    yield
    i18n._CHOSEN.clear()


@pytest.mark.parametrize(("environ", "lang"), [
    ({"LANG": "pl_PL.UTF-8"}, "pl"), ({"LANG": "uk_UA.UTF-8"}, "uk"), ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"), ({}, "en"), ({"LC_ALL": "uk_UA.UTF-8", "LANG": "pl_PL.UTF-8"}, "uk"),
    ({"LC_MESSAGES": "pl_PL.UTF-8", "LANG": "uk_UA.UTF-8"}, "pl"), ({"LC_ALL": "", "LANG": "pl_PL"}, "pl"),
    ({"LC_ALL": "POSIX", "LANG": "pl_PL.UTF-8"}, "en")])
def test_the_locale_variables_in_posix_order(environ: dict[str, str], lang: str) -> None:
    assert i18n.command_line_language(environ) == lang


def test_a_chosen_language_is_the_current_one() -> None:
    assert i18n.use_language("en") == "en" and i18n.current_language() == "en"
    assert i18n.use_language("xx_YY") == "en"
    assert i18n.tr("%n {0} created", None, 3).format("aid_points") == "3 aid_points created"


def test_the_command_gives_its_caller_the_language_back(tmp_path) -> None:
    """Called inside QGIS (its Python console, a test), `cli.main` must not leave the plugin speaking the
    terminal's language: after it returns, the choice before it is back (none: the QGIS UI's language)."""
    from mapujpomoc_qgis import cli

    assert not i18n._CHOSEN
    code = cli.main(["--language", "en", "status", "--workcopy", str(tmp_path / "missing.gpkg")])
    assert code != 0 and not i18n._CHOSEN
    i18n.use_language("en")
    before = dict(i18n._CHOSEN)
    cli.main(["--language", "uk", "status", "--workcopy", str(tmp_path / "missing.gpkg")])
    assert i18n._CHOSEN == before
