"""`mapujpomoc`: scripted use of the plugin's core, without the QGIS desktop.

The token comes from the environment variable MAPUJPOMOC_TOKEN, never from
the command line (where other users could read it from the process list).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from mapujpomoc_model.text_safety import neutralise_controls

from .core.errors import EXIT_CONFLICTS, EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from .core.i18n import command_line_language, language_of_command, tr


def _client(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .core.connection.client import StoreClient, plain_http_warning

    token = os.environ.get("MAPUJPOMOC_TOKEN")
    if not token:
        print(tr("error: set the environment variable MAPUJPOMOC_TOKEN to your store token"), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
    warning = plain_http_warning(args.store)
    if warning:
        print(warning, file=sys.stderr)
    return StoreClient(args.store, token, timeout=args.timeout)


def cmd_sync(args: argparse.Namespace) -> int:
    from .core.sync.syncer import Syncer
    from .core.sync.workcopy import WorkingCopy

    client = _client(args)
    with WorkingCopy.open_or_create(args.workcopy, args.store) as wc:
        report = Syncer(wc, client).sync()
    print(report.summary())
    for r in report.refused:  # the store's words may quote other people's text: no terminal escapes
        print(neutralise_controls(tr("refused {0} {1}: {2}").format(r["collection"], r["id"], r["detail"])))
    if report.conflicts:
        print(tr("{0} feature(s) have conflicts: see '{1}'").format(
            report.conflicts, f"mapujpomoc status --workcopy {args.workcopy}"))
        return EXIT_CONFLICTS
    return EXIT_REFUSED if report.refused else EXIT_OK


def _short(value: object, width: int = 40) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_status(args: argparse.Namespace) -> int:
    from mapujpomoc_model.text_safety import neutralise_controls as shown  # others' text: no escape codes, no bidi

    from .core.sync.workcopy import WorkingCopy

    with WorkingCopy(args.workcopy) as wc:
        pending, conflicts = wc.pending(), wc.conflicts()
        print(tr("store: {0}; last sync: {1}").format(shown(wc.meta("store_url")),
                                                      shown(wc.meta("last_sync") or tr("never"))))
    refused = [p for p in pending if p["state"] == "refused"]
    waiting = [p for p in pending if p["state"] == "pending"]
    print(tr("{0} pending change(s), {1} conflicting field(s), {2} refused").format(
        len(waiting), len(conflicts), len(refused)))
    for p in waiting:
        print(f"pending\t{shown(p['op'])}\t{shown(p['collection'])}\t{shown(p['uuid'])}")
    for c in conflicts:
        print(f"conflict\t{shown(c['collection'])}\t{shown(c['uuid'])}\t{shown(c['field'])}\t"
              f"base={shown(_short(c['base']))}\tmine={shown(_short(c['mine']))}\ttheirs={shown(_short(c['theirs']))}")
    for p in refused:
        print(f"refused\t{shown(p['op'])}\t{shown(p['collection'])}\t{shown(p['uuid'])}\t{shown(p['reason'])}")
    return EXIT_CONFLICTS if conflicts else (EXIT_REFUSED if refused else EXIT_OK)


def _find_collection(wc, fid: str, table: str) -> str:  # type: ignore[no-untyped-def]
    if table:
        return table
    for collection in ("aid_points", "service_areas"):
        if wc.conn.execute("SELECT 1 FROM mp_outbox WHERE collection = ? AND uuid = ? UNION "
                           "SELECT 1 FROM mp_conflicts WHERE collection = ? AND uuid = ?",
                           (collection, fid, collection, fid)).fetchone():
            return collection
    return "aid_points"


def cmd_resolve(args: argparse.Namespace) -> int:
    from .core.sync.resolve import MINE, THEIRS, Resolver
    from .core.sync.workcopy import WorkingCopy

    with WorkingCopy(args.workcopy) as wc:
        collection = _find_collection(wc, args.id, args.collection)
        settled = Resolver(wc).resolve(collection, args.id, MINE if args.mine else THEIRS,
                                       [args.field] if args.field else None)
        left = len(wc.conflicts())
    said = (tr("resolved {0} of {1} with mine; {2} conflicting field(s) left; sync to send the result") if args.mine
            else tr("resolved {0} of {1} with theirs; {2} conflicting field(s) left; sync to send the result"))
    print(said.format(", ".join(settled), args.id, left))
    return EXIT_OK


def cmd_discard(args: argparse.Namespace) -> int:
    from .core.sync.resolve import Resolver
    from .core.sync.workcopy import WorkingCopy

    with WorkingCopy(args.workcopy) as wc:
        collection = _find_collection(wc, args.id, args.collection)
        op = Resolver(wc).discard(collection, args.id)
    print(tr("discarded the local {0} of {1}; it is back as last synced").format(op, args.id))
    return EXIT_OK


# -- export and print (need QGIS, not the store) -------------------------------------------------------

_APP: list[object] = []  # the QgsApplication lives as long as the process


def _qgis_app():  # type: ignore[no-untyped-def]
    """A headless QgsApplication for the commands that render or write layers."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    if not _APP:
        app = QgsApplication.instance()
        if app is None:
            app = QgsApplication([], False)
            app.initQgis()
        _APP.append(app)
    return _APP[0]


def _filter(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """--filter (an AidFilter as JSON, or an SQL condition) and --help-type, combined."""
    from .core.errors import InputError
    from .core.filtering.filters import AidFilter

    text = (args.filter or "").strip()
    if text.startswith("{"):
        try:
            flt = AidFilter.from_json(json.loads(text))
        except (ValueError, TypeError) as exc:
            raise InputError(f"--filter is not valid JSON: {exc}") from exc
    else:
        flt = AidFilter()
    if args.help_type:
        flt.help_types = sorted(set(flt.help_types) | set(args.help_type))
    if text and not text.startswith("{"):
        if not flt.empty:
            raise InputError("give either --filter as SQL or --help-type, not both")
        return text
    return None if flt.empty else flt


def _progress(quiet: bool):  # type: ignore[no-untyped-def]
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    if not quiet and sys.stderr.isatty():
        feedback.progressChanged.connect(lambda p: print(f"\r{p:5.1f} %", end="", file=sys.stderr, flush=True))
    return feedback


def cmd_export(args: argparse.Namespace) -> int:
    _qgis_app()
    from .core import region
    from .core.export.formats import ExportOptions
    from .core.export.regional_export import export_region

    # bad input, an export that cannot be made, a cancel: MapujPomocError, which main() maps to its exit code
    code = region.check_code(args.region)
    options = ExportOptions(fmt=args.format, service_areas=args.service_areas, boundaries=args.boundaries,
                            csv_geometry=args.csv_geometry, crs=args.crs, version=args.version)
    result = export_region(args.workcopy, code, args.out, _filter(args), options, _progress(args.quiet))
    for layer, count in result.counts.items():
        print(f"{layer}\t{count}")
    for path in result.files:
        print(_wrote(path, args.version))
    return EXIT_OK


def cmd_print(args: argparse.Namespace) -> int:
    from mapujpomoc_model.text_safety import neutralise_controls as shown

    _qgis_app()
    from .core import basemaps, region
    from .core.printing.print_map import print_map
    from .core.printing.print_spec import PrintSpec, check_languages

    # bad input, a map that cannot be printed, a cancel: MapujPomocError, which main() maps to its exit code
    code = region.check_code(args.region)
    spec = PrintSpec(region=code, flt=_filter(args), template=args.template,
                     languages=check_languages(args.languages), atlas=args.atlas, title=args.title or "",
                     version=args.version, basemap=basemaps.parse(args.basemap, args.basemap_attribution or ""))
    result = print_map(args.workcopy, spec, args.out, _progress(args.quiet))
    print(tr("{0} point(s) of {1} on {2} page(s)").format(result.points, shown(result.region.title), result.pages))
    for plan in result.shortened:  # the sheet says so too; a nightly job's log should
        print(tr("sheet of {0} ({1}) lists {2} of its {3} points; print --region {1} without --atlas for all")
              .format(shown(plan.name), plan.code, plan.listed, plan.points))
    print(_wrote(result.path, args.version))
    return EXIT_OK


def _wrote(path: object, version: str) -> str:
    return (tr("wrote {0} (staff version)") if version == "staff" else tr("wrote {0} (public version)")).format(path)


def _add_filter_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workcopy", required=True, help="the working copy GeoPackage")
    p.add_argument("--region", required=True, metavar="TERYT",
                   help="TERYT code: 2 digits a voivodeship, 4 a county, 7 a commune")
    p.add_argument("--help-type", action="append", metavar="CODE",
                   help="only points offering this help type (repeat for several: any of them)")
    p.add_argument("--filter", help="an AidFilter as JSON (as saved lists keep it) or an SQL condition on aid_points")
    p.add_argument("--quiet", action="store_true", help="no progress on the terminal")


# -- service areas (need QGIS, not the store) -----------------------------------------------------------

def cmd_service_areas(args: argparse.Namespace) -> int:
    """Isochrones, nearest-point areas and coverage gaps over a road layer into one GeoPackage."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    cmd_service_areas.app = app  # type: ignore[attr-defined]  # lives as long as the process
    from .core.errors import EXIT_CANCELLED, Cancelled, MapujPomocError
    from .core.service_areas import ServiceAreaError, api, inputs, profiles, storage

    def say(text: str) -> None:
        if not args.quiet:
            print(text, file=sys.stderr, flush=True)

    try:
        minutes = inputs.parse_numbers(args.minutes, "--minutes")
        profile = profiles.profile_for(args.profile, args.class_field, inputs.parse_speeds(args.speeds))
        roads = inputs.open_source(args.roads, "lines", "roads")
        points = inputs.open_source(args.points, "points", "points")
        xy, ids = inputs.chosen_points(points, args.crs, args.help_type, args.id_field)
        request = api.TravelTimeRequest(roads, xy, ids, minutes, profile, args.class_field, args.oneway_field,
                                        args.crs, cell_size=args.cell_size, max_snap=args.max_snap or None)
        if args.region:
            request.region = inputs.region_geometry(inputs.open_source(args.region, "multipolygons", "region"),
                                                    args.crs)
        if args.population:
            if not args.population_field:
                raise ServiceAreaError("--population needs --population-field")
            request.population = inputs.open_source(args.population, "points", "population")
            request.population_field = args.population_field
        say(tr("{0} point(s); reading the roads and computing travel times…").format(len(ids)))
        areas = api.travel_time_areas(request)
        say(tr("road graph: {0} nodes, {1} edges; writing…").format(areas.graph.node_count, areas.graph.edge_count))
        counts = storage.write_geopackage(areas, args.out)
    except (KeyboardInterrupt, Cancelled):
        print(tr("cancelled; nothing written"), file=sys.stderr)
        return EXIT_CANCELLED
    except MapujPomocError as exc:
        print(neutralise_controls(tr("error: {0}").format(exc)), file=sys.stderr)
        return exc.exit_code
    if areas.unsnapped:
        print(tr("{0} point(s) farther than {1} m from every road were left out").format(
            len(areas.unsnapped), f"{args.max_snap:g}"), file=sys.stderr)
    for name, count in counts.items():
        print(f"{name}\t{count}")
    for m, _g, people in areas.gaps:
        if people is not None:
            print(tr("not covered within {0} min").format(f"{m:g}") + f"\t{people:.0f}")
    print(tr("wrote {0}").format(args.out))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """A list (CSV, XLSX, GeoPackage, GeoJSON) into a working copy as edits: new points created, updates
    applied, probable duplicates skipped (or merged/created with --duplicates), refused rows reported."""
    from mapujpomoc_model.text_safety import neutralise_controls as shown  # others' text: no escape codes

    _qgis_app()
    from .core.importing.api import ImportRequest, run_import
    from .core.importing.columns import ColumnMapping

    mapping = ColumnMapping.load(args.mapping) if args.mapping else None
    request = ImportRequest(args.workcopy, args.file, mapping, args.layer or "", args.encoding, args.delimiter,
                            args.distance, args.duplicates, not args.no_updates, crs=args.crs or "")
    result = run_import(request, args.report, _progress(args.quiet), dry_run=args.dry_run)
    plan = result.plan
    if args.save_mapping:
        plan.mapping.save(args.save_mapping)
    print("columns\t" + shown(", ".join(f"{t}={h}" for t, h in plan.mapping.columns.items())))
    print("rows\t" + "\t".join(f"{k}={v}" for k, v in plan.counts().items()))
    for fld, values in plan.unmapped().items():
        print(f"unmapped\t{fld}\t" + shown("; ".join(values)))
    for r in plan.rows:
        if r.refused:
            print(f"refused\trow {r.row}\t{shown(r.name)}\t" + shown("; ".join(r.reasons)))
    if args.dry_run:
        print("dry run: nothing written")
    else:
        print(result.summary())
    if result.report:
        print(f"report {result.report}")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mapujpomoc", description="Mapuj Pomoc working copies from the command line.")
    p.add_argument("--language", choices=["pl", "uk", "en"],
                   help="the language of messages (default: from LC_ALL, LC_MESSAGES or LANG; English otherwise)")
    sub = p.add_subparsers(dest="command", required=True)
    _add_sync_commands(sub)
    _add_output_commands(sub)
    _add_service_areas_command(sub)
    _add_import_command(sub)
    return p


def _add_sync_commands(sub: Any) -> None:
    """sync, status, resolve, discard: the working copy against the store."""
    sync = sub.add_parser("sync", help="pull, merge and push a working copy (token from MAPUJPOMOC_TOKEN)",
                          description="Pull, merge and push a working copy. The token is read from the environment "
                                      "variable MAPUJPOMOC_TOKEN, never from the command line.")
    sync.add_argument("--store", required=True, help="the store's address, e.g. https://pomoc.example.pl")
    sync.add_argument("--workcopy", required=True, help="the working copy GeoPackage (created on first sync)")
    sync.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the store")
    sync.set_defaults(fn=cmd_sync)
    status = sub.add_parser("status", help="pending changes, conflicts and refusals of a working copy")
    status.add_argument("--workcopy", required=True)
    status.set_defaults(fn=cmd_status)
    resolve = sub.add_parser("resolve", help="settle a conflict with your value or the store's")
    resolve.add_argument("--workcopy", required=True)
    resolve.add_argument("--id", required=True, help="the feature's uuid")
    resolve.add_argument("--field", help="one field (default: every conflicting field of the feature)")
    resolve.add_argument("--collection", default="", choices=["", "aid_points", "service_areas"])
    which = resolve.add_mutually_exclusive_group(required=True)
    which.add_argument("--mine", action="store_true", help="keep your value")
    which.add_argument("--theirs", action="store_true", help="take the store's value")
    resolve.set_defaults(fn=cmd_resolve)
    discard = sub.add_parser("discard", help="drop the local change of a feature (back to the last synced state)")
    discard.add_argument("--workcopy", required=True)
    discard.add_argument("--id", required=True)
    discard.add_argument("--collection", default="", choices=["", "aid_points", "service_areas"])
    discard.set_defaults(fn=cmd_discard)


def _add_version_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--version", choices=["public", "staff"], default="public",
                   help="public (default): staff-only points left out, approximate ones at their commune without "
                        "street, house number and postcode; staff: every point exactly. The file says which")


def _add_output_commands(sub: Any) -> None:
    """export and print: a region of a working copy to files."""
    export = sub.add_parser("export", help="export the aid points of a region (GeoPackage, GeoJSON, CSV, XLSX, KML)",
                            description="Export the aid points of a voivodeship, county or commune from a working "
                                        "copy, with the help-type labels in Polish and Ukrainian. A GeoPackage "
                                        "carries its layer styles; GeoJSON and CSV write extra layers beside --out.")
    _add_filter_arguments(export)
    export.add_argument("--format", required=True, choices=["gpkg", "geojson", "csv", "xlsx", "kml"])
    export.add_argument("--out", required=True, help="the file to write")
    export.add_argument("--service-areas", action="store_true", help="also the service areas, clipped to the region")
    export.add_argument("--boundaries", action="store_true", help="also the boundaries of the region")
    export.add_argument("--csv-geometry", choices=["wkt", "xy"], default="wkt",
                        help="CSV: a WKT column (default) or longitude/latitude columns X, Y")
    export.add_argument("--crs", default="EPSG:4326",
                        help="CRS of a GeoPackage or a WKT CSV, e.g. EPSG:2180 (default EPSG:4326)")
    _add_version_argument(export)
    export.set_defaults(fn=cmd_export)
    printer = sub.add_parser("print", help="print a map of the aid points of a region to PDF",
                             description="Print the aid points of a region to a PDF: map, legend of the help types "
                                         "in two languages, numbered table of the points, scale bar, north arrow, "
                                         "date and source. --atlas makes one page per commune.")
    _add_filter_arguments(printer)
    printer.add_argument("--out", required=True, help="the PDF to write")
    printer.add_argument("--atlas", action="store_true", help="one page per commune of the region")
    printer.add_argument("--template", default="a4_portrait",
                         help="a4_portrait (default), a3_landscape, or the path of a .qpt template")
    printer.add_argument("--languages", default="pl+uk", choices=["pl+uk", "pl+en", "uk+en"],
                         help="the two languages of the legend and the table (default pl+uk)")
    printer.add_argument("--title", help="the map's title (default: in the two languages)")
    printer.add_argument("--basemap", default="none",
                         help="a street map under the points: none (default), osm, geoportal-topo, geoportal-orto "
                              "(their addresses are plugin settings), or the address of XYZ tiles with {z}/{x}/{y}")
    printer.add_argument("--basemap-attribution", help="the basemap's attribution printed on the map "
                                                       "(default: the preset's, e.g. © OpenStreetMap contributors)")
    _add_version_argument(printer)
    printer.set_defaults(fn=cmd_print)


def _add_service_areas_command(sub: Any) -> None:
    areas = sub.add_parser("service-areas", help="travel-time areas and coverage gaps of points over a road layer",
                           description="Isochrones (layer isochrones, field minutes), the area each point is nearest "
                                       "to (catchments, field aid_point_id) and, with --region, the coverage gaps "
                                       "(gaps, field minutes) over any road line layer, written to one GeoPackage. "
                                       "ROADS, POINTS and the region are any OGR sources; a working copy gives its "
                                       "aid points, an OSM file its lines.")
    areas.add_argument("--roads", required=True, help="road lines (e.g. region.osm.pbf, or FILE|layername=NAME)")
    areas.add_argument("--points", required=True, help="the points (a working copy or any point source)")
    areas.add_argument("--help-type", action="append", metavar="CODE",
                       help="only points offering this help type (repeat for several: any of them)")
    areas.add_argument("--minutes", default="5,10,15", help="thresholds in minutes (default 5,10,15)")
    areas.add_argument("--profile", choices=["walk", "drive"], default="walk")
    areas.add_argument("--class-field", default="highway", help="the road class field (default: OSM highway)")
    areas.add_argument("--speeds", help="km/h per road class, e.g. residential=20,primary=40 (0 leaves one out)")
    areas.add_argument("--oneway-field", help="a field of one-way values (yes, -1, no); OSM tags by default")
    areas.add_argument("--id-field", help="the points' identifier (default: uuid when present, else the fid)")
    areas.add_argument("--region", help="polygons to find coverage gaps in")
    areas.add_argument("--population", help="population features (points, or polygons at their centroid)")
    areas.add_argument("--population-field", help="the number of people of each population feature")
    areas.add_argument("--cell-size", type=float, default=50.0, help="metres (default 50)")
    areas.add_argument("--max-snap", type=float, default=1000.0,
                       help="leave out points farther than this many metres from every road (default 1000)")
    areas.add_argument("--crs", default="EPSG:2180", help="the metric CRS of the computation and the output")
    areas.add_argument("--out", required=True, help="the GeoPackage to write (replaced if it exists)")
    areas.add_argument("--quiet", action="store_true", help="no progress on the terminal")
    areas.set_defaults(fn=cmd_service_areas)


def _add_import_command(sub: Any) -> None:
    imp = sub.add_parser("import", help="import a list of help points (CSV, XLSX, GeoPackage, GeoJSON) into a working copy",
                         description="Import a spreadsheet or layer of help points into a working copy as ordinary "
                                     "edits (sync to send them). Columns are guessed from the header names (Polish, "
                                     "Ukrainian, English) or taken from --mapping; help types and the other lists "
                                     "from their labels. Each row is new, an update of a point on the map, a probable "
                                     "duplicate (skipped unless --duplicates says otherwise), or refused with the "
                                     "reason (rules of the model, outside your area).")
    imp.add_argument("--workcopy", required=True, help="the working copy GeoPackage (synced at least once)")
    imp.add_argument("file", help="the list: .csv (any delimiter and encoding), .xlsx, .gpkg, .geojson or any OGR file")
    imp.add_argument("--layer", help="the sheet of an XLSX or the layer of a GeoPackage (default: the first)")
    imp.add_argument("--mapping", help="a saved column mapping (JSON)")
    imp.add_argument("--save-mapping", metavar="PATH", help="write the mapping used to PATH, to reuse it")
    imp.add_argument("--report", help="write the import report (CSV) here")
    imp.add_argument("--crs", help="the CRS of X/Y columns (default EPSG:2180, or the mapping's)")
    imp.add_argument("--encoding", help="the encoding of a CSV (default: recognised)")
    imp.add_argument("--delimiter", help="the delimiter of a CSV (default: recognised)")
    imp.add_argument("--distance", type=float, default=250.0,
                     help="metres within which a similar name is a probable duplicate (default 250)")
    imp.add_argument("--duplicates", choices=["skip", "merge", "create"], default="skip",
                     help="probable duplicates: skip (default), merge (fill the point's empty fields) or create")
    imp.add_argument("--no-updates", action="store_true", help="do not change points already on the map")
    imp.add_argument("--dry-run", action="store_true", help="plan and report only, write nothing")
    imp.add_argument("--quiet", action="store_true", help="no progress on the terminal")
    imp.set_defaults(fn=cmd_import)


def main(argv: list[str] | None = None) -> int:
    from .core.errors import MapujPomocError

    args = parser().parse_args(argv)
    # before any message, the store's replies included; the caller's language back afterwards
    with language_of_command(args.language or command_line_language()):
        try:
            return args.fn(args)
        except MapujPomocError as exc:  # a store, working copy or input problem, or a cancel: one line, its code
            print(neutralise_controls(tr("error: {0}").format(exc)), file=sys.stderr)
            return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
