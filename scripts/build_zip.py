#!/usr/bin/env python3
"""Build the plugin zip QGIS installs ("Install from ZIP"), or install it into a profile.

The zip holds one folder, mapujpomoc_qgis/, with the code, metadata.txt (from the
repository root, its one source), the licence, resources/ (icons, styles, layouts),
compiled translations, and the shared model in libs/mapujpomoc_model/.
Nothing compiled is kept in the source tree.
"""

from __future__ import annotations

import argparse
import configparser
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "mapujpomoc_qgis"
SKIP = {"__pycache__", ".pytest_cache"}


def build(out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / PLUGIN
        shutil.copytree(ROOT / PLUGIN, target, ignore=shutil.ignore_patterns(*SKIP, "*.pyc", "*.qm"))
        shutil.copytree(ROOT / "resources", target / "resources", ignore=shutil.ignore_patterns(*SKIP))
        shutil.copytree(ROOT / "mapujpomoc_model", target / "libs" / "mapujpomoc_model",
                        ignore=shutil.ignore_patterns(*SKIP, "*.pyc"))
        shutil.copy(ROOT / "metadata.txt", target / "metadata.txt")
        shutil.copy(ROOT / "LICENSE", target / "LICENSE")
        i18n = target / "i18n"
        i18n.mkdir(exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile", "--out", str(i18n)],
                       check=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(target.rglob("*")):
                zf.write(path, path.relative_to(Path(tmp)))
    return out


def install(zip_path: Path, profile: str, profiles_dir: Path | None = None) -> Path:
    """Unpack into the profile's plugin folder and enable the plugin there."""
    base = profiles_dir or Path.home() / ".local/share/QGIS/QGIS3/profiles"
    plugins = base / profile / "python" / "plugins"
    shutil.rmtree(plugins / PLUGIN, ignore_errors=True)
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(plugins)
    ini = base / profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    config = configparser.ConfigParser(interpolation=None)
    config.optionxform = str  # type: ignore[assignment,method-assign]  # QGIS keys are case-sensitive
    if ini.exists():
        config.read(ini, encoding="utf-8")
    if not config.has_section("PythonPlugins"):
        config.add_section("PythonPlugins")
    config.set("PythonPlugins", PLUGIN, "true")
    with ini.open("w", encoding="utf-8") as fh:
        config.write(fh, space_around_delimiters=False)
    return plugins / PLUGIN


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--out", type=Path, default=ROOT / "dist" / f"{PLUGIN}.zip")
    p.add_argument("--install", action="store_true", help="install the built zip into a QGIS profile")
    p.add_argument("--profile", default="default")
    p.add_argument("--profiles-dir", type=Path, help="QGIS profiles folder (default: the user's)")
    args = p.parse_args()
    if args.install:
        if not args.out.exists():
            build(args.out)
        print(f"installed into {install(args.out, args.profile, args.profiles_dir)}")
    else:
        print(f"built {build(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
