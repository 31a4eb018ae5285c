"""Every user-visible string of the plugin is translated into Polish and Ukrainian.

Runs `scripts/i18n.py check` (pylupdate5 over the plugin into a temporary file, compared with
i18n/*.ts). When it fails: `make i18n` (or `scripts/i18n.py update`), translate what it lists in
i18n/mapujpomoc_pl.ts and i18n/mapujpomoc_uk.ts (Qt Linguist or a text editor), run it again.
The other tests make sure the check itself notices problems.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "i18n.py"


def _require_tools() -> None:
    missing = [t for t in ("pylupdate5", "lrelease") if not shutil.which(t)]
    if missing:
        pytest.fail(f"{', '.join(missing)} not installed (Debian: pyqt5-dev-tools, qttools5-dev-tools)")


@pytest.fixture
def i18n_tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """scripts/i18n.py as a module, reading and writing .ts files in a temporary copy of i18n/."""
    _require_tools()
    spec = importlib.util.spec_from_file_location("mapujpomoc_i18n_script", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    ts_dir = tmp_path / "i18n"
    shutil.copytree(ROOT / "i18n", ts_dir)
    monkeypatch.setattr(module, "TS_DIR", ts_dir)
    return module


def test_all_strings_are_translated() -> None:
    _require_tools()
    result = subprocess.run([sys.executable, str(SCRIPT), "check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, (
        "untranslated or missing strings (run `scripts/i18n.py update`, translate, re-run):\n"
        + result.stdout + result.stderr)


def test_check_reports_an_untranslated_message(i18n_tool: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    path = i18n_tool.ts_path("uk")
    tree = ET.parse(path)
    translation = tree.getroot().find("context/message/translation")
    assert translation is not None
    translation.text = ""
    tree.write(path, encoding="utf-8")
    assert i18n_tool.main(["check"]) == 1
    assert "uk: untranslated" in capsys.readouterr().out


def test_check_reports_a_message_missing_from_the_ts(i18n_tool: ModuleType,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = i18n_tool.ts_path("pl")
    tree = ET.parse(path)
    context = tree.getroot().find("context")
    assert context is not None
    dropped = context.findall("message")[0]
    source = dropped.findtext("source")
    context.remove(dropped)
    tree.write(path, encoding="utf-8")
    assert i18n_tool.main(["check"]) == 1
    out = capsys.readouterr().out
    assert "pl: not in the .ts yet" in out and repr(source) in out


def test_check_reports_a_lost_placeholder(i18n_tool: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    path = i18n_tool.ts_path("pl")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        if "{" in (message.findtext("source") or ""):
            translation = message.find("translation")
            assert translation is not None
            translation.text = "bez zmiennej"
            break
    else:
        pytest.skip("no message with a placeholder yet")
    tree.write(path, encoding="utf-8")
    assert i18n_tool.main(["check"]) == 1
    assert "placeholders differ" in capsys.readouterr().out


def test_update_keeps_translations_and_adds_new_strings_unfinished(i18n_tool: ModuleType) -> None:
    before = {m.key: m.translated_texts() for m in i18n_tool.read_messages(i18n_tool.ts_path("pl"))}
    assert i18n_tool.main(["update"]) == 0
    after = {m.key: m for m in i18n_tool.read_messages(i18n_tool.ts_path("pl"))}
    for key, texts in before.items():
        if key in after:
            assert after[key].translated_texts() == texts
    # Bare tr() calls land in the plugin's own context, never in @default.
    assert all(context != "@default" for context, _, _ in after)
    assert ("MapujPomoc", "Sync", "") in after


def test_compile_writes_one_qm_per_language(tmp_path: Path) -> None:
    _require_tools()
    out = tmp_path / "qm"
    result = subprocess.run([sys.executable, str(SCRIPT), "compile", "--out-dir", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    for lang in ("pl", "uk"):
        qm = out / f"mapujpomoc_{lang}.qm"
        assert qm.is_file() and qm.stat().st_size > 100
