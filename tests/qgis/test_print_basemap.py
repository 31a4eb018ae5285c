"""A street basemap under printed maps, from a tile server made in the test (tests/support/tile_server.py).

The PDF is read back as a reader gets it: pdftoppm renders each sheet and the tiles' colour is looked for,
pdftotext finds the attribution on every sheet, and pdftotext -bbox places each number: every number on
the map has its row in the table of the same sheet (or, for one map, of the print).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsFeedback, QgsSettings
from support import workcopy_rows
from support.tile_server import TILE_COLOUR, WMS_COLOUR, TileServer, serve_tiles

from mapujpomoc_qgis.core import basemaps
from mapujpomoc_qgis.core.printing import print_map as printing
from mapujpomoc_qgis.core.printing.map_texts import pair_text
from mapujpomoc_qgis.core.printing.print_spec import PrintError, PrintSpec

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdftoppm")),
                                reason="needs poppler-utils (pdfinfo, pdftotext, pdftoppm)")

ATTRIBUTION = "© OpenStreetMap contributors"
PT_PER_MM = 72 / 25.4


@pytest.fixture(scope="module")
def tiles() -> Iterator[TileServer]:
    with serve_tiles() as server:
        yield server


@pytest.fixture(scope="module")
def osm_here(tiles: TileServer, qgis_app: Any) -> Iterator[str]:
    """The OpenStreetMap preset pointed at the local server through its setting, as an office would a mirror."""
    basemaps.set_preset_url(basemaps.OSM, tiles.url)
    yield tiles.url
    basemaps.set_preset_url(basemaps.OSM, None)
    QgsSettings().sync()


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def page_text(pdf: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def tile_share(pdf: Path, page: int, tmp: Path, colour: tuple[int, int, int] = TILE_COLOUR) -> float:
    """The share of the sheet's pixels (at 60 dpi) in the tiles' colour."""
    from PIL import Image

    stem = tmp / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)
    image = Image.open(f"{stem}.png").convert("RGB")
    hits = sum(n for n, (r, g, b) in image.getcolors(1 << 24)
               if abs(r - colour[0]) <= 4 and abs(g - colour[1]) <= 4 and abs(b - colour[2]) <= 4)
    return hits / (image.width * image.height)


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def numbers_on(pdf: Path, page: int, nr_heading: str) -> tuple[set[int], set[int]]:
    """(numbers on the map, numbers in the table's first column) of one sheet, from where pdftotext puts them.

    The map is everything above the table's heading row; the scale bar's numbers stand on its line with "km".
    On a sheet that only continues the table, the map's set is empty."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(out)]
    heads = [w for w in words if w[4] == nr_heading and w[2] < 20 * PT_PER_MM]
    head_y = min(w[1] for w in heads) if heads else 0.0
    scale_lines = [w[1] for w in words if w[4] == "km"]
    in_table = {int(w[4]) for w in words if w[4].isdigit() and w[1] > head_y and w[2] < 20 * PT_PER_MM}
    on_map: set[int] = set()
    for w in words:
        if w[4].isdigit() and w[3] < head_y and not any(abs(w[1] - y) < 3 for y in scale_lines):
            on_map |= _split(w[4], in_table) or {int(w[4])}
    return on_map, in_table


def _split(digits: str, known: set[int]) -> set[int] | None:
    """pdftotext joins two labels that touch ("34" "35" -> "3435"): the known numbers it is made of, if any."""
    if not digits:
        return set()
    for end in range(len(digits), 0, -1):
        head = digits[:end]
        if not head.startswith("0") and int(head) in known:
            rest = _split(digits[end:], known)
            if rest is not None:
                return {int(head)} | rest
    return None


@pytest.fixture(scope="module")
def county(synced_workcopy: Any) -> str:
    counts: dict[str, set[str]] = {}
    for p in workcopy_rows.points(synced_workcopy.path):
        if p["teryt"]:
            counts.setdefault(p["teryt"][:4], set()).add(p["teryt"])
    return max(counts, key=lambda c: (len(counts[c]), c))


@pytest.fixture(scope="module")
def busy(synced_workcopy: Any, county: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A copy of the working copy where one commune has more points than its atlas sheet can list."""
    from support.busy_commune import add_points

    path = tmp_path_factory.mktemp("busy") / "busy.gpkg"
    shutil.copy(synced_workcopy.path, path)
    commune = min(workcopy_rows.communes(path, county))
    add_points(path, commune, 45)
    return path, commune


def test_county_atlas_on_a_street_basemap(busy: tuple[Path, str], county: str, osm_here: str, tiles: TileServer,
                                          tmp_path: Path) -> None:
    path, crowded = busy
    out = tmp_path / "atlas.pdf"
    spec = PrintSpec(county, atlas=True, basemap=basemaps.parse("osm"))
    assert spec.basemap is not None and osm_here.split("{")[0] in spec.basemap.source  # the setting, not the internet
    result = printing.print_map(path, spec, out, QgsFeedback())
    communes = workcopy_rows.communes(path, county)
    assert result.pages == pages(out) == len(communes)
    assert any(r.startswith("/tiles/") for r in tiles.requests)
    words = f"{pair_text('basemap', ('pl', 'uk'))}: {ATTRIBUTION}"
    for page in range(1, result.pages + 1):
        text = page_text(out, page)
        assert words in text, (page, text[-300:])  # the attribution on every sheet
        assert tile_share(out, page, tmp_path) > 0.002, page  # the basemap's own pixels on every sheet
        on_map, in_table = numbers_on(out, page, "Nr")
        assert on_map, page
        assert on_map <= in_table, (page, sorted(on_map - in_table))  # every number on the map has its row
    assert [p.code for p in result.shortened] == [crowded]
    plan = result.shortened[0]
    page = 1 + sorted(communes.values()).index(communes[crowded])
    on_map, in_table = numbers_on(out, page, "Nr")
    assert max(in_table) == plan.last_nr and len(in_table) == plan.listed
    assert "pozostałe są na mapie bez numeru" in page_text(out, page)


def test_one_map_numbers_only_what_its_list_holds(busy: tuple[Path, str], osm_here: str, tmp_path: Path) -> None:
    path, crowded = busy
    out = tmp_path / "commune.pdf"
    result = printing.print_map(path, PrintSpec(crowded, languages=("uk", "en"), basemap=basemaps.parse("osm")), out)
    assert result.pages == pages(out) > 1
    on_map, _ = numbers_on(out, 1, "№")
    listed: set[int] = set()
    for page in range(1, result.pages + 1):
        listed |= numbers_on(out, page, "№")[1]
    assert listed == set(range(1, result.points + 1))
    assert on_map and on_map <= listed
    assert f"Основа карти / Basemap: {ATTRIBUTION}" in page_text(out, 1)
    assert tile_share(out, 1, tmp_path) > 0.01


def test_any_xyz_address_with_its_own_attribution(synced_workcopy: Any, county: str, tiles: TileServer,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "xyz.pdf"
    basemap = basemaps.parse(tiles.url, "© Urząd Gminy, plan miasta")
    printing.print_map(synced_workcopy.path, PrintSpec(county, basemap=basemap), out)
    assert "Podkład / Основа карти: © Urząd Gminy, plan miasta" in page_text(out, 1)
    assert tile_share(out, 1, tmp_path) > 0.01


def test_without_a_basemap_nothing_of_it(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    printing.print_map(synced_workcopy.path, PrintSpec(county), out)
    assert "Podkład" not in page_text(out, 1) and tile_share(out, 1, tmp_path) == 0


def test_a_project_layer_as_the_basemap(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    """Any layer of the project: here a GeoTIFF in the tiles' colour, with the rights of its metadata."""
    from osgeo import gdal
    from qgis.core import QgsRasterLayer

    from mapujpomoc_qgis.core.region import Boundaries

    tif = tmp_path / "plan.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(tif), 64, 64, 3, gdal.GDT_Byte)
    box = Boundaries(synced_workcopy.path).region(county).extent()  # the county's, with a margin
    box.grow(0.1)
    ds.SetGeoTransform((box.xMinimum(), box.width() / 64, 0, box.yMaximum(), 0, -box.height() / 64))
    ds.SetProjection('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
                     'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]')
    for band, value in enumerate(TILE_COLOUR, start=1):
        ds.GetRasterBand(band).Fill(value)
    ds = None
    layer = QgsRasterLayer(str(tif), "Plan miasta", "gdal")
    metadata = layer.metadata()
    metadata.setRights(["© Starostwo Powiatowe"])
    layer.setMetadata(metadata)
    basemap = basemaps.from_layer(layer)
    assert basemap.attribution == "© Starostwo Powiatowe"
    out = tmp_path / "layer.pdf"
    printing.print_map(synced_workcopy.path, PrintSpec(county, basemap=basemap), out)
    assert "© Starostwo Powiatowe" in page_text(out, 1)
    assert tile_share(out, 1, tmp_path) > 0.01


def test_a_wrong_basemap_says_what_to_do(synced_workcopy: Any, county: str, tmp_path: Path) -> None:
    with pytest.raises(basemaps.BasemapError, match=r"\{z\}"):
        basemaps.parse("https://example.invalid/tiles.png")
    with pytest.raises(PrintError, match="basemap"):
        bad = basemaps.Basemap("Zepsuty", "gdal", str(tmp_path / "missing.tif"), "")
        printing.print_map(synced_workcopy.path, PrintSpec(county, basemap=bad), tmp_path / "x.pdf")
    assert basemaps.parse("none") is None and basemaps.parse("") is None


def test_the_basemap_on_screen_under_the_working_copy(synced_workcopy: Any, osm_here: str, tiles: TileServer,
                                                      qgis_new_project: Any) -> None:
    from qgis.core import QgsProject, QgsRasterLayer

    from mapujpomoc_qgis.core.project import basemap as on_screen
    from mapujpomoc_qgis.core.project.layers import add_to_project
    from mapujpomoc_qgis.gui.basemap_menu import BasemapMenu

    project = QgsProject.instance()
    add_to_project(synced_workcopy.path, synced_workcopy.me, project)
    menu = BasemapMenu()
    layer = menu.choose(basemaps.OSM)
    assert isinstance(layer, QgsRasterLayer) and layer.isValid()
    assert osm_here.split("{")[0] in layer.source()
    # at the bottom of the tree: under the points, the areas and the boundaries
    assert project.layerTreeRoot().layerOrder()[-1].id() == layer.id()
    assert project.layerTreeRoot().children()[-1].layerId() == layer.id()
    assert "© OpenStreetMap contributors" in layer.metadata().rights()
    # the layer prints as "any layer of the project", with its attribution
    assert basemaps.from_layer(layer).attribution == "© OpenStreetMap contributors"
    # another choice replaces it; a layer the user added stays
    mine = QgsRasterLayer(basemaps.xyz_source(tiles.url), "Mój podkład", "wms")
    project.addMapLayer(mine)
    first = layer.id()
    assert menu.choose(basemaps.OSM) is not None and first not in project.mapLayers()
    assert len(on_screen.plugin_basemaps(project)) == 1 and mine.id() in project.mapLayers()
    assert basemaps.last_choice() == basemaps.OSM
    menu.choose(basemaps.NONE)
    assert on_screen.plugin_basemaps(project) == [] and mine.id() in project.mapLayers()
    assert basemaps.last_choice() == basemaps.NONE


def test_print_dialog_starts_on_my_area_and_prints_the_basemap(synced_workcopy: Any, osm_here: str, tmp_path: Path,
                                                               qtbot: Any, qgis_iface: Any) -> None:
    from mapujpomoc_model.collation import polish_key
    from mapujpomoc_qgis.gui.export_dialog import ExportDialog
    from mapujpomoc_qgis.gui.print_dialog import COMMUNE, PrintDialog

    scope = synced_workcopy.me["scope"]
    assert scope == ["2862011"]  # ed_olsztyn: the city of Olsztyn
    dialog = PrintDialog(qgis_iface, str(synced_workcopy.path))
    qtbot.addWidget(dialog)
    assert dialog.region.current_kind() == COMMUNE and dialog.region.teryt() == scope[0]
    export = ExportDialog(qgis_iface, str(synced_workcopy.path))
    qtbot.addWidget(export)
    assert export.region.teryt() == scope[0]
    # every list of units in Polish order: Łęknica between Lubsko and Przewóz
    lknica = next(u.code for u in dialog.region.bounds.units.values() if u.name == "Łęknica")
    assert dialog.region.select(lknica[:4])
    for combo in (dialog.region.voivodeship, dialog.region.county, dialog.region.commune):
        names = [combo.itemText(i).rsplit(" (", 1)[0] for i in range(combo.count())]
        assert len(names) > 1 and names == sorted(names, key=polish_key)
    communes = [dialog.region.commune.itemText(i) for i in range(dialog.region.commune.count())]
    names = [c.rsplit(" (", 1)[0] for c in communes]
    assert names.index("Lubsko") < names.index("Łęknica") < names.index("Przewóz")  # not after Tuplice
    dialog.basemap.setCurrentIndex(dialog.basemap.findData(basemaps.OSM))
    assert dialog.basemap_layer.isHidden()  # only for "A layer of the project"
    out = tmp_path / "dialog.pdf"
    dialog.output.setFilePath(str(out))
    assert dialog.start() is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.last_result is not None, dialog.status.text()
    assert f"Podkład / Основа карти: {ATTRIBUTION}" in page_text(out, 1)
    assert tile_share(out, 1, tmp_path) > 0.002
    assert basemaps.last_choice() == basemaps.OSM
    again = PrintDialog(qgis_iface, str(synced_workcopy.path))
    qtbot.addWidget(again)
    assert again.basemap.currentData() == basemaps.OSM  # the next print starts from the last choice
    basemaps.set_last_choice(basemaps.NONE)
    # any layer of the project
    from qgis.core import QgsProject, QgsRasterLayer

    plan = QgsRasterLayer(basemaps.xyz_source(osm_here), "Plan miasta", "wms")
    QgsProject.instance().addMapLayer(plan)
    try:
        again.basemap.setCurrentIndex(again.basemap.findData(basemaps.LAYER))
        assert not again.basemap_layer.isHidden()
        again.basemap_layer.setLayer(plan)
        chosen = again.spec().basemap
        assert chosen is not None and (chosen.source, chosen.title) == (plan.source(), "Plan miasta")
    finally:
        QgsProject.instance().removeMapLayer(plan.id())


def test_without_a_scope_the_busiest_county(synced_workcopy: Any, tmp_path: Path) -> None:
    import json
    import sqlite3
    from collections import Counter

    from mapujpomoc_qgis.core.region import home_region

    path = tmp_path / "admin.gpkg"
    shutil.copy(synced_workcopy.path, path)
    assert home_region(path) == "2862011"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE mp_meta SET value = ? WHERE key = 'me'", (json.dumps({"user": "admin", "scope": []}),))
    counts = Counter(p["teryt"][:4] for p in workcopy_rows.points(path) if p["teryt"])
    assert home_region(path) == max(counts, key=lambda c: (counts[c], -int(c)))
    assert home_region(tmp_path / "missing.gpkg") is None


def test_the_command_and_processing_take_a_basemap(synced_workcopy: Any, county: str, tiles: TileServer,
                                                   osm_here: str, tmp_path: Path, mapujpomoc_algorithms: Any,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from mapujpomoc_qgis import cli

    out = tmp_path / "cli.pdf"
    code = cli.main(["print", "--workcopy", str(synced_workcopy.path), "--region", county, "--quiet",
                     "--basemap", tiles.url, "--basemap-attribution", "© Gmina, plan", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "Podkład / Основа карти: © Gmina, plan" in page_text(out, 1) and tile_share(out, 1, tmp_path) > 0.002
    assert cli.main(["print", "--workcopy", str(synced_workcopy.path), "--region", county, "--basemap",
                     "tiles.png", "--out", str(tmp_path / "no.pdf")]) != 0
    assert "{z}" in capsys.readouterr().err and not (tmp_path / "no.pdf").exists()

    alg = mapujpomoc_algorithms.createAlgorithmById("mapujpomoc:print")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    keys = [basemaps.NONE, *basemaps.PRESETS]
    out = tmp_path / "alg.pdf"
    results, ok = alg.run({"WORKCOPY": str(synced_workcopy.path), "REGION": county, "LANGUAGES": 2,
                           "BASEMAP": keys.index(basemaps.OSM), "OUTPUT": str(out)}, context, feedback)
    assert ok, feedback.textLog()
    assert f"Основа карти / Basemap: {ATTRIBUTION}" in page_text(out, 1) and tile_share(out, 1, tmp_path) > 0.002


@pytest.mark.parametrize("preset", [basemaps.TOPO, basemaps.ORTO])
def test_the_geoportal_presets_over_wms(preset: str, synced_workcopy: Any, tiles: TileServer, tmp_path: Path) -> None:
    """The geoportal's topographic map and orthophoto, their address pointed at a WMS made in the test."""
    basemaps.set_preset_url(preset, tiles.wms_url)
    try:
        basemap = basemaps.parse(preset.replace("_", "-"))
        assert basemap is not None and "layers=Raster" in basemap.source and "EPSG:2180" in basemap.source
        out = tmp_path / f"{preset}.pdf"
        printing.print_map(synced_workcopy.path, PrintSpec(synced_workcopy.me["scope"][0], basemap=basemap), out)
    finally:
        basemaps.set_preset_url(preset, None)
    assert "Podkład / Основа карти: © GUGiK, geoportal.gov.pl" in page_text(out, 1)
    assert tile_share(out, 1, tmp_path, WMS_COLOUR) > 0.01
    getmaps = [r for r in tiles.requests if "GetMap" in r or "getmap" in r.lower()]
    assert getmaps and all("CRS=EPSG:2180" in r or "CRS=EPSG%3A2180" in r for r in getmaps)
    assert ("image%2Fjpeg" in getmaps[-1] or "image/jpeg" in getmaps[-1]) == (preset == basemaps.ORTO)
    assert basemaps.preset_url(preset) == basemaps.PRESETS[preset].url  # the public address again


def test_the_addresses_are_settings_an_office_can_change(qgis_app: Any, qtbot: Any) -> None:
    from mapujpomoc_qgis.gui.basemap_menu import BasemapMenu

    before = QgsSettings().value(f"{basemaps.SETTINGS}{basemaps.OSM}/url", "")  # another test's local server
    basemaps.set_preset_url(basemaps.OSM, None)
    menu = BasemapMenu()
    dialog = menu.edit_addresses()
    qtbot.addWidget(dialog)
    assert dialog.urls[basemaps.OSM].text() == "" and dialog.urls[basemaps.OSM].placeholderText().startswith("https://")
    dialog.urls[basemaps.OSM].setText("http://kafle.gmina.example/{z}/{x}/{y}.png")
    dialog.attributions[basemaps.OSM].setText("© OpenStreetMap contributors, kafle gminy")
    dialog.accept()
    try:
        osm = basemaps.preset(basemaps.OSM)
        assert "kafle.gmina.example" in osm.source and osm.attribution.endswith("kafle gminy")
        again = menu.edit_addresses()
        qtbot.addWidget(again)
        assert again.urls[basemaps.OSM].text() == "http://kafle.gmina.example/{z}/{x}/{y}.png"
        again.urls[basemaps.OSM].clear()
        again.attributions[basemaps.OSM].clear()
        again.accept()
        assert basemaps.preset_url(basemaps.OSM) == basemaps.PRESETS[basemaps.OSM].url  # the public service again
        assert basemaps.preset(basemaps.OSM).attribution == "© OpenStreetMap contributors"
    finally:
        basemaps.set_preset_url(basemaps.OSM, before or None)
