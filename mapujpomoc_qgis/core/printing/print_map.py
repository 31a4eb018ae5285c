"""Printed maps of aid points: `print_map`, the one entry point of printing (docs/ARCHITECTURE.md, "Print").

The print dialog (through `PrintTask`), the Processing algorithm `mapujpomoc:print` and `mapujpomoc print`
call it. Three steps, each in a module of its own:

1. `print_data.prepare` picks the points of the region that the filter keeps and writes them, numbered,
   to a small "print data" GeoPackage beside the region's communes;
2. `layout_builder.build_layout` fills a template with those layers, the legend (`print_legend`) and the
   table of points (`print_table`); with `atlas`, one page per commune;
3. `pdf_export.export_pdf` writes the PDF (an atlas sheet by sheet, each fitted by `atlas_pages`).

`print_map` does all three in a private project: it touches no widget and no project of the user, so it
runs headless, in Processing, the CLI and a task's worker thread. `open_in_project` builds the same
layout in the user's project instead, for hand edits in the layout designer.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeedback, QgsPrintLayout, QgsProject

from ..i18n import tr
from ..progress import checkpoint
from ..region import Region
from ..task import WorkTask
from .atlas_pages import PagePlan
from .layout_builder import PRINT_CRS, build_layout
from .pdf_export import export_pdf
from .print_data import prepare
from .print_spec import PrintError, PrintSpec, template_path
from .scaled_feedback import ScaledFeedback

SHORTENED_NAMED = 10  # shortened atlas sheets named in a summary


@dataclass
class PrintResult:
    path: Path
    pages: int
    points: int
    region: Region

    shortened: list[PagePlan] = field(default_factory=list)  # atlas pages that list only part of their points

    def summary(self) -> str:
        text = (tr("Printed %n point(s) of {0} to {1}.", None, self.points).format(self.region.title, self.path)
                + " " + tr("The PDF has %n page(s).", None, self.pages))
        if self.shortened:
            named = [f"{p.name} {p.code} ({p.listed}/{p.points})" for p in self.shortened[:SHORTENED_NAMED]]
            if len(self.shortened) > SHORTENED_NAMED:
                named.append("…")
            text += " " + tr("Only the points that fit are listed on %n sheet(s): {0}.", None, len(self.shortened)).format(
                ", ".join(named))
        return text


def print_map(workcopy: str | Path, spec: PrintSpec, out: str | Path,
              feedback: QgsFeedback | None = None) -> PrintResult:
    """Print `spec` from the working copy to the PDF `out`, in a private project (headless, any thread).

    Raises PrintError when it cannot be printed and errors.Cancelled when `feedback` is cancelled; either
    way a PDF that was at `out` before is left as it was."""
    workcopy = Path(workcopy)
    if not workcopy.is_file():
        raise PrintError(tr("There is no working copy at {0}.").format(workcopy))
    template_path(spec.template)  # fail early on a wrong name
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # written beside `out` and renamed when complete: a cancelled or failed print leaves an earlier PDF as it was
    partial = out.with_name(f".{out.name}.part")
    with tempfile.TemporaryDirectory(prefix="mapujpomoc-print-") as tmp:
        data = prepare(workcopy, spec, Path(tmp) / "print.gpkg", feedback)
        project = QgsProject()
        project.setCrs(PRINT_CRS)
        try:
            layout = build_layout(project, data, spec)
            checkpoint(feedback, 35, cancelled=tr("Printing cancelled."))
            pdf = export_pdf(layout, partial, spec.atlas, ScaledFeedback(feedback, 35, 65))
            del layout
            checkpoint(feedback, 100, cancelled=tr("Printing cancelled."))
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
            project.removeAllMapLayers()
            project.clear()
    return PrintResult(out, pdf.pages, data.points, data.region, pdf.shortened)


def open_in_project(workcopy: str | Path, spec: PrintSpec, project: QgsProject | None = None,
                    data_dir: str | Path | None = None, feedback: QgsFeedback | None = None) -> QgsPrintLayout:
    """Prepare the print in the user's project, for hand edits in the layout designer.

    The print data goes to `data_dir` (default: a "prints" folder beside the working copy), so the
    project keeps working after a restart; the layout joins the project's layout manager.
    """
    project = project or QgsProject.instance()
    workcopy = Path(workcopy)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    code = spec.region if isinstance(spec.region, str) else (spec.region.code or "area")
    folder = Path(data_dir) if data_dir else workcopy.parent / "prints"
    data = prepare(workcopy, spec, folder / f"print_{code}_{stamp}.gpkg", feedback)
    root = project.layerTreeRoot()
    group = root.addGroup(tr("Mapuj Pomoc print: {0}").format(data.region.title))
    group.setItemVisibilityChecked(False)
    layout = build_layout(project, data, spec, group=group)
    manager = project.layoutManager()
    name = layout.name()
    n = 2
    while manager.layoutByName(name) is not None:
        name = f"{layout.name()} ({n})"
        n += 1
    layout.setName(name)
    manager.addLayout(layout)
    return layout


class PrintTask(WorkTask):
    """`print_map` in a QGIS task: progress in the task manager, cancel from there or from the dialog.

    Everything it renders lives in the task's private project, so the worker thread shares nothing with
    the user's project; `on_done(task)` runs in the main thread with `result` or `error` set.
    """

    def __init__(self, workcopy: str | Path, spec: PrintSpec, out: str | Path,
                 on_done: Callable[[PrintTask], None] | None = None) -> None:
        super().__init__(tr("Mapuj Pomoc: print {0}").format(Path(out).name), on_done)
        self.workcopy, self.spec, self.out = Path(workcopy), spec, Path(out)

    def work(self, feedback: QgsFeedback) -> PrintResult:
        return print_map(self.workcopy, self.spec, self.out, feedback)

    def failed_message(self, exc: Exception) -> str:
        return tr("Unexpected error while printing: {0}").format(exc)
