"""`mapujpomoc`: scripted use of the plugin's core, without the QGIS desktop.

The token comes from the environment variable MAPUJPOMOC_TOKEN, never from
the command line (where other users could read it from the process list).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_CONFLICTS, EXIT_REFUSED = 0, 1, 2, 3, 4


def _client(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .core.client import StoreClient

    token = os.environ.get("MAPUJPOMOC_TOKEN")
    if not token:
        print("error: set the environment variable MAPUJPOMOC_TOKEN to your store token", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
    return StoreClient(args.store, token, timeout=args.timeout)


def cmd_sync(args: argparse.Namespace) -> int:
    from .core.sync import Syncer
    from .core.workcopy import WorkingCopy

    client = _client(args)
    with WorkingCopy.open_or_create(args.workcopy, args.store) as wc:
        report = Syncer(wc, client).sync()
    print(report.summary())
    for r in report.refused:
        print(f"refused {r['collection']} {r['id']}: {r['detail']}")
    if report.conflicts:
        print(f"{report.conflicts} feature(s) have conflicts: see 'mapujpomoc status --workcopy {args.workcopy}'")
        return EXIT_CONFLICTS
    return EXIT_REFUSED if report.refused else EXIT_OK


def _short(value: object, width: int = 40) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_status(args: argparse.Namespace) -> int:
    from .core.workcopy import WorkingCopy

    with WorkingCopy(args.workcopy) as wc:
        pending, conflicts = wc.pending(), wc.conflicts()
        print(f"store: {wc.meta('store_url')}; last sync: {wc.meta('last_sync') or 'never'}")
    refused = [p for p in pending if p["state"] == "refused"]
    waiting = [p for p in pending if p["state"] == "pending"]
    print(f"{len(waiting)} pending change(s), {len(conflicts)} conflicting field(s), {len(refused)} refused")
    for p in waiting:
        print(f"pending\t{p['op']}\t{p['collection']}\t{p['uuid']}")
    for c in conflicts:
        print(f"conflict\t{c['collection']}\t{c['uuid']}\t{c['field']}\tbase={_short(c['base'])}\t"
              f"mine={_short(c['mine'])}\ttheirs={_short(c['theirs'])}")
    for p in refused:
        print(f"refused\t{p['op']}\t{p['collection']}\t{p['uuid']}\t{p['reason']}")
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
    from .core.resolve import MINE, THEIRS, Resolver
    from .core.workcopy import WorkingCopy

    with WorkingCopy(args.workcopy) as wc:
        collection = _find_collection(wc, args.id, args.collection)
        settled = Resolver(wc).resolve(collection, args.id, MINE if args.mine else THEIRS,
                                       [args.field] if args.field else None)
        left = len(wc.conflicts())
    print(f"resolved {', '.join(settled)} of {args.id} with {'mine' if args.mine else 'theirs'}; "
          f"{left} conflicting field(s) left; sync to send the result")
    return EXIT_OK


def cmd_discard(args: argparse.Namespace) -> int:
    from .core.resolve import Resolver
    from .core.workcopy import WorkingCopy

    with WorkingCopy(args.workcopy) as wc:
        collection = _find_collection(wc, args.id, args.collection)
        op = Resolver(wc).discard(collection, args.id)
    print(f"discarded the local {op} of {args.id}; it is back as last synced")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mapujpomoc", description="Mapuj Pomoc working copies from the command line.")
    sub = p.add_subparsers(dest="command", required=True)
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
    return p


def main(argv: list[str] | None = None) -> int:
    from .core.client import StoreError
    from .core.resolve import ResolveError
    from .core.sync import SyncCancelled
    from .core.workcopy import WorkingCopyError

    args = parser().parse_args(argv)
    try:
        return args.fn(args)
    except (StoreError, WorkingCopyError, SyncCancelled, ResolveError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
