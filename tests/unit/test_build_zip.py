"""The plugin zip (`make zip`): one folder that QGIS can install, carrying the shared model and the one
metadata.txt of the repository root (docs/ARCHITECTURE.md, "Packages and what may import what")."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    if not shutil.which("lrelease"):
        pytest.skip("lrelease (qttools5-dev-tools) is needed to build the zip")
    out = tmp_path_factory.mktemp("zip") / "plugin.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zip.py"), "--out", str(out)], check=True,
                   capture_output=True, timeout=300)
    return zipfile.ZipFile(out)


def test_the_zip_is_one_plugin_folder(plugin_zip: zipfile.ZipFile) -> None:
    assert {name.split("/")[0] for name in plugin_zip.namelist()} == {"mapujpomoc_qgis"}
    assert not [n for n in plugin_zip.namelist() if n.endswith(".pyc") or "__pycache__" in n]


def test_metadata_is_the_repository_roots(plugin_zip: zipfile.ZipFile) -> None:
    assert plugin_zip.read("mapujpomoc_qgis/metadata.txt") == (ROOT / "metadata.txt").read_bytes()
    assert not (ROOT / "mapujpomoc_qgis" / "metadata.txt").exists()  # one source


def test_the_zip_carries_the_shared_model(plugin_zip: zipfile.ZipFile) -> None:
    model = {p.relative_to(ROOT).as_posix() for p in (ROOT / "mapujpomoc_model").glob("*.py")}
    carried = {n.removeprefix("mapujpomoc_qgis/libs/") for n in plugin_zip.namelist()
               if n.startswith("mapujpomoc_qgis/libs/") and n.endswith(".py")}
    assert model and carried == model


def test_the_unpacked_plugin_imports_its_model_from_libs(plugin_zip: zipfile.ZipFile, tmp_path: Path) -> None:
    plugin_zip.extractall(tmp_path)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import mapujpomoc_qgis, mapujpomoc_model.schema as s; "
            "print(s.__file__)")
    # -I: not the current directory; the path printed proves the copy in libs/ is the one imported
    done = subprocess.run([sys.executable, "-I", "-c", code, str(tmp_path)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(tmp_path / "mapujpomoc_qgis" / "libs" / "mapujpomoc_model"))
