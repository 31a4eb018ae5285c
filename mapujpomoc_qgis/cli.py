"""`mapujpomoc`: scripted use of the plugin's core, without the QGIS desktop.

The token comes from the environment variable MAPUJPOMOC_TOKEN, never from
the command line (where other users could read it from the process list).
"""

from __future__ import annotations

import argparse
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


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mapujpomoc", description="Mapuj Pomoc working copies from the command line.")
    sub = p.add_subparsers(dest="command", required=True)
    sync = sub.add_parser("sync", help="pull, merge and push a working copy (token from MAPUJPOMOC_TOKEN)")
    sync.add_argument("--store", required=True, help="the store's address, e.g. https://pomoc.example.pl")
    sync.add_argument("--workcopy", required=True, help="the working copy GeoPackage (created on first sync)")
    sync.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the store")
    sync.set_defaults(fn=cmd_sync)
    return p


def main(argv: list[str] | None = None) -> int:
    from .core.client import StoreError
    from .core.sync import SyncCancelled
    from .core.workcopy import WorkingCopyError

    args = parser().parse_args(argv)
    try:
        return args.fn(args)
    except (StoreError, WorkingCopyError, SyncCancelled) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
