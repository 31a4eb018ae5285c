"""The real QGIS desktop, started the way a user starts it, on a profile that holds only the plugin.

    profile = DesktopProfile(tmp / "qgis", "test", "pl_PL").create(zip_path)
    profile.prepare(store_url, "ed_olsztyn", token, tmp / "olsztyn.gpkg", tmp / "olsztyn.qgz")
    run = run_qgis(profile, tmp / "olsztyn.qgz", {"mode": "test", ...}, timeout=120)
    run.report   # what scripts/desktop_driver.py saw inside QGIS

`create` unpacks the plugin zip into a new profile (as "Install from ZIP" does) and pre-seeds the
settings QGIS would otherwise ask about (UI language, version check). `prepare` runs a separate
Python process with that profile's settings and authentication database: it sets the master password,
stores the store credentials as a QGIS auth configuration, saves the connection settings, syncs the
working copy with the *installed* plugin's core and writes a project of it in the profile's language.
`run_qgis` starts `qgis --code scripts/desktop_driver.py PROJECT` on a virtual X display (Xvfb), with
the master password handed over through QGIS_AUTH_PASSWORD_FILE, and kills the whole process group
when it overruns its time limit.

Used by tests/desktop, scripts/screenshots.py and scripts/demo_desktop.py.
"""

from __future__ import annotations

import configparser
import contextlib
import importlib.util
import json
import os
import secrets
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "mapujpomoc_qgis"
DRIVER = ROOT / "scripts" / "desktop_driver.py"
INSPECTOR = ROOT / "scripts" / "desktop_inspect.py"  # what the driver checks docks and dialogs with
SCREEN = (1600, 1000)
LAPTOP = (1366, 768)  # the common municipal laptop (issue 16)


def qgis_executable() -> str | None:
    return shutil.which("qgis")


def _build_zip_module() -> Any:
    spec = importlib.util.spec_from_file_location("mapujpomoc_build_zip", ROOT / "scripts" / "build_zip.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_plugin_zip(out: Path) -> Path:
    """dist-style plugin zip (code, resources, compiled translations), as `make zip` builds it."""
    return _build_zip_module().build(out)


@dataclass
class DesktopProfile:
    """A QGIS profile `name` under `root/profiles` (QGIS's --profiles-path is `root`)."""

    root: Path
    name: str = "test"
    locale: str = "pl_PL"
    master_password: str = field(default_factory=lambda: secrets.token_urlsafe(16))

    @property
    def folder(self) -> Path:
        return self.root / "profiles" / self.name

    @property
    def ini(self) -> Path:
        return self.folder / "QGIS" / "QGIS3.ini"

    @property
    def plugins(self) -> Path:
        return self.folder / "python" / "plugins"

    @property
    def password_file(self) -> Path:
        return self.root / "master-password"

    def create(self, zip_path: Path) -> DesktopProfile:
        """A fresh profile: first-run settings, then the plugin installed from the zip and enabled."""
        shutil.rmtree(self.folder, ignore_errors=True)
        self.ini.parent.mkdir(parents=True)
        config = configparser.ConfigParser(interpolation=None)
        config.optionxform = str  # type: ignore[assignment,method-assign]  # QGIS keys are case-sensitive
        config.read_dict({
            # the UI language, as Settings > Options > General > "Override system locale" sets it
            "locale": {"overrideFlag": "true", "userLocale": self.locale, "globalLocale": self.locale},
            "qgis": {"checkVersion": "false", "showTips": "false", "allowVersionCheck": "false"},
            # nothing to fetch from the internet at start-up (news feed, plugin repository)
            "core": {"NewsFeed\\httpsfeedqgisorg\\disabled": "true"},
            "app": {"plugin_installer\\checkOnStart": "false", "plugin_installer\\allowExperimental": "false",
                    # QGIS counts every file under /tmp as a "temporary layer" and asks on exit
                    "askToSaveMemoryLayers": "false"},
            "PythonPlugins": {PLUGIN: "true"},
        })
        with self.ini.open("w", encoding="utf-8") as fh:
            config.write(fh, space_around_delimiters=False)
        _build_zip_module().install(zip_path, self.name, self.root / "profiles")
        self.password_file.write_text(self.master_password + "\n", encoding="utf-8")
        self.password_file.chmod(0o600)
        return self

    def prepare(self, store_url: str, user: str, token: str, workcopy: Path, project: Path | None,
                sync: bool = True, timeout: float = 120) -> dict[str, Any]:
        """Credentials, connection settings, a synced working copy and a project, in this profile."""
        job = {"profile": str(self.folder), "plugins": str(self.plugins), "master_password": self.master_password,
               "store_url": store_url, "user": user, "token": token, "workcopy": str(workcopy),
               "project": str(project) if project else "", "sync": sync, "locale": self.locale}
        env = {**_own_profile_env(), "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
        proc = subprocess.run([sys.executable, __file__, "prepare"], input=json.dumps(job), capture_output=True,
                              text=True, timeout=timeout, env=env, cwd=self.root)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if proc.returncode != 0 or not lines:
            raise RuntimeError(f"preparing the QGIS profile failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        return json.loads(lines[-1])


# -- the virtual display ---------------------------------------------------------------------------------


@contextlib.contextmanager
def xvfb(size: tuple[int, int] = SCREEN) -> Iterator[str]:
    """An Xvfb server on a free display number (Xvfb picks it); yields DISPLAY."""
    exe = shutil.which("Xvfb")
    if exe is None:
        raise RuntimeError("Xvfb is not installed (Debian package xvfb; `make bootstrap` installs it)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen([exe, "-displayfd", str(write_fd), "-screen", "0", f"{size[0]}x{size[1]}x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fh:
            # Xvfb writes the display number once it accepts connections
            ready = select.select([fh], [], [], 30)[0]
            number = fh.readline().strip() if ready else ""
        if not number.isdigit():
            raise RuntimeError(f"Xvfb did not start within 30 s (exit code {proc.poll()})")
        yield f":{number}"
    finally:
        _kill_group(proc)


def _kill_group(proc: subprocess.Popen[Any], grace: float = 5) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)  # whatever QGIS left behind in its session
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(5)


def grab_screen(display: str, out: Path) -> bool:
    """The whole virtual screen as PNG (ImageMagick's `import`), e.g. to see what blocked QGIS."""
    exe = shutil.which("import")
    if exe is None:
        return False
    try:
        return subprocess.run([exe, "-display", display, "-window", "root", str(out)], timeout=20,
                              capture_output=True).returncode == 0
    except subprocess.TimeoutExpired:
        return False


# -- running QGIS ----------------------------------------------------------------------------------------


@dataclass
class QgisRun:
    returncode: int | None
    timed_out: bool
    seconds: float
    report: dict[str, Any] | None
    log_path: Path
    screen: Path | None = None  # the screen when QGIS overran its time

    @property
    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def qgis_command(profile: DesktopProfile, project: Path | None, driver: Path | None = DRIVER) -> list[str]:
    exe = qgis_executable()
    if exe is None:
        raise RuntimeError("QGIS is not installed (Debian package qgis; `make bootstrap` installs it)")
    cmd = [exe, "--profiles-path", str(profile.root), "--profile", profile.name, "--nologo", "--noversioncheck"]
    if driver is not None:
        cmd += ["--code", str(driver)]
    if project is not None:
        cmd.append(str(project))
    return cmd


# pytest-qgis points these at its own settings folder; from QGIS 3.34 on they win over the profile
# folder a QgsApplication or `qgis --profiles-path` is given, so a child that must use its own profile
# may not inherit them
_PYTEST_QGIS_PATHS = ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")


def _own_profile_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in _PYTEST_QGIS_PATHS}


def qgis_env(profile: DesktopProfile, display: str, config_path: Path | None) -> dict[str, str]:
    env = {k: v for k, v in _own_profile_env().items() if k not in ("QT_QPA_PLATFORM", "QGIS_AUTH_DB_DIR_PATH")}
    env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QGIS_AUTH_PASSWORD_FILE": str(profile.password_file),
                "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"})
    if config_path is not None:
        env["MAPUJPOMOC_DESKTOP_CONFIG"] = str(config_path)
    return env


def run_qgis(profile: DesktopProfile, project: Path | None, config: dict[str, Any], *, timeout: float = 120,
             work: Path | None = None, screen: tuple[int, int] = SCREEN) -> QgisRun:
    """QGIS on its own Xvfb running the driver with `config`; the driver writes config['report']."""
    work = work or profile.root
    work.mkdir(parents=True, exist_ok=True)
    config = {"timeout": max(timeout - 15, 20), "report": str(work / "report.json"), "screen": list(screen),
              "inspector": str(INSPECTOR), **config}
    report_path = Path(config["report"])
    report_path.unlink(missing_ok=True)
    config_path = work / "driver-config.json"
    config_path.write_text(json.dumps(config, indent=1), encoding="utf-8")
    log_path = work / "qgis.log"
    start = time.monotonic()
    timed_out, overrun = False, None
    with xvfb(screen) as display, log_path.open("wb") as log:
        proc = subprocess.Popen(qgis_command(profile, project), stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=qgis_env(profile, display, config_path),
                                cwd=work, start_new_session=True)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            overrun = work / "timeout-screen.png"
            if not grab_screen(display, overrun):
                overrun = None
        finally:
            _kill_group(proc)
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else None
    blocked = report_path.with_suffix(".exit.json")
    if report is not None and blocked.exists():  # what kept QGIS from quitting (see the driver's finish)
        report["exit_blocked"] = json.loads(blocked.read_text(encoding="utf-8"))
    return QgisRun(proc.returncode, timed_out, time.monotonic() - start, report, log_path, overrun)


# -- the preparation process (python harness.py prepare < job.json) -----------------------------------------


def _prepare(job: dict[str, Any]) -> dict[str, Any]:
    # the plugin as installed from the zip, not the source tree
    sys.path.insert(0, job["plugins"])
    from qgis.core import QgsApplication, QgsProject, QgsReferencedRectangle, QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QSettings, QTranslator

    # the same settings file and auth database the desktop opens for this profile
    QCoreApplication.setOrganizationName("QGIS")
    QCoreApplication.setOrganizationDomain("qgis.org")
    QCoreApplication.setApplicationName("QGIS3")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, job["profile"])
    os.environ["QGIS_AUTH_DB_DIR_PATH"] = job["profile"]  # the auth database of the profile, on every QGIS
    app = QgsApplication([], False, job["profile"])
    app.initQgis()
    # QGIS 3.34+ settles its own settings path while starting (the default profile when no
    # QGIS_CUSTOM_CONFIG_PATH is set), whatever folder it is given: point QSettings at the profile again
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, job["profile"])
    import mapujpomoc_qgis
    from mapujpomoc_qgis.core.connection.client import StoreClient
    from mapujpomoc_qgis.core.connection.credentials import save_credentials
    from mapujpomoc_qgis.core.project import layers
    from mapujpomoc_qgis.core.settings import ConnectionSettings
    from mapujpomoc_qgis.core.sync.syncer import Syncer
    from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

    plugin_dir = Path(mapujpomoc_qgis.__file__).resolve().parent
    assert plugin_dir.is_relative_to(Path(job["plugins"]).resolve()), plugin_dir
    assert QgsSettings().fileName().startswith(job["profile"]), QgsSettings().fileName()
    manager = QgsApplication.authManager()
    if manager.isDisabled() or not manager.setMasterPassword(job["master_password"], True):
        raise SystemExit(f"the QGIS authentication database cannot be unlocked: {manager.disabledMessage()}")
    authcfg = save_credentials("Mapuj Pomoc", job["store_url"], job["user"], job["token"])
    ConnectionSettings(store_url=job["store_url"], authcfg=authcfg, workcopy=job["workcopy"]).save()
    QgsSettings().sync()
    out: dict[str, Any] = {"authcfg": authcfg, "plugin_dir": str(plugin_dir)}
    me = None
    if job["sync"]:
        with WorkingCopy.open_or_create(job["workcopy"], job["store_url"]) as wc, \
                StoreClient(job["store_url"], job["token"], user=job["user"]) as client:
            report = Syncer(wc, client).sync()
            me = wc.meta_json("me")
        out["sync"] = report.summary()
    if job["project"]:
        translator = QTranslator()
        if translator.load(str(plugin_dir / "i18n" / f"mapujpomoc_{job['locale'][:2]}.qm")):
            QCoreApplication.installTranslator(translator)  # layer names in the profile's language
        project = QgsProject.instance()
        found = layers.add_to_project(job["workcopy"], me, project)
        extent = layers.scope_extent(me, project.crs(), project)
        if extent is not None:
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
        if not project.write(job["project"]):
            raise SystemExit(f"cannot write the project {job['project']}: {project.error()}")
        out["layers"] = [found.aid_points.name(), found.scope.name()]
        out["points"] = found.aid_points.featureCount()
        project.clear()
    app.exitQgis()
    return out


if __name__ == "__main__" and sys.argv[1:] == ["prepare"]:
    print(json.dumps(_prepare(json.load(sys.stdin))), flush=True)
