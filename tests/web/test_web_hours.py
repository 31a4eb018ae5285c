"""The page's opening hours (web/src/hours.js, run by Node) say what mapujpomoc_model.hours_text says, in
Polish, Ukrainian and English, for every value the seed writes and the validator's other shapes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from mapujpomoc_model.hours_text import hours_text
from mapujpomoc_store.seed import HOURS

REPO = Path(__file__).resolve().parents[2]
VALUES = [*HOURS, "Mo-Fr 09:00-17:00; PH off", "Sa 10:00+", "Mo-Fr 20:00-26:00", "Dec 24-26 off",
          'Tu 10:00-12:00 "po wcześniejszym umówieniu"', "Mo-Su unknown", "sunrise-sunset", "Mo,We 08:00-10:00,14:00-16:00",
          "Jan-Mar Mo-Fr 09:00-15:00"]
# "open now" at a known time: Wednesday 2026-12-02 10:30 and Saturday 2026-12-05 23:00 (the browser's local time)
OPEN_CASES = [("Mo-Fr 08:00-16:00", "2026-12-02T10:30:00", True), ("Mo-Fr 08:00-16:00", "2026-12-05T23:00:00", False),
              ("24/7", "2026-12-05T23:00:00", True), ("Tu,Th 12:00-18:00", "2026-12-02T10:30:00", False),
              ("Mo-Fr 20:00-26:00", "2026-12-05T01:00:00", True), ("Mo-Fr 09:00-17:00; We off", "2026-12-02T10:30:00", False),
              ("sunrise-sunset", "2026-12-02T10:30:00", None), ("Sa 10:00+", "2026-12-05T23:00:00", True)]


@pytest.fixture(scope="module")
def node() -> str:
    path = shutil.which("node")
    if path is None:
        pytest.fail("Node.js is missing: scripts/bootstrap.sh installs it")
    return path


def run_js(node: str, code: str) -> object:
    script = f"import {{ hoursText, isOpen }} from {json.dumps((REPO / 'web/src/hours.js').as_uri())};\n{code}"
    out = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60,
                         check=True)
    return json.loads(out.stdout)


def test_hours_text_agrees_with_the_model(node):
    got = run_js(node, f"console.log(JSON.stringify({json.dumps(VALUES)}.map(v => "
                       "['pl', 'uk', 'en'].map(l => hoursText(v, l)))))")
    want = [[hours_text(v, lang) for lang in ("pl", "uk", "en")] for v in VALUES]
    assert got == want


def test_open_now(node):
    got = run_js(node, f"console.log(JSON.stringify({json.dumps(OPEN_CASES)}.map(([v, at]) => isOpen(v, new Date(at)))))")
    assert got == [want for _, _, want in OPEN_CASES]
