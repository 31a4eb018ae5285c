"""`mapujpomoc-store`: the operator's command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path

from sqlalchemy import select, update

from . import db, ratelimit
from .auth import ROLES, check_scope, hash_token, new_token, now_iso


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    return db.make_engine(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    db.init_db(_engine(args))
    print(f"database ready: {args.db}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .boundaries import ImportError_, import_file

    engine = _engine(args)
    db.init_db(engine)
    try:
        report = import_file(engine, args.level, Path(args.file))
    except ImportError_ as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    engine = _engine(args)
    db.init_db(engine)
    try:
        scope = check_scope(args.scope or [])
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.role in ("editor", "coordinator") and not scope:
        print(f"error: a {args.role} needs at least one --scope TERYT prefix", file=sys.stderr)
        return 2
    token = new_token()
    expires = None
    if args.expires_days is not None:  # 0 (or less) is a token that is already expired, not "never"
        expires = (dt.datetime.now(dt.UTC) + dt.timedelta(days=args.expires_days)).isoformat(
            timespec="milliseconds").replace("+00:00", "Z")
    with engine.begin() as conn:
        row = conn.execute(select(db.users.c.name).where(db.users.c.name == args.name)).first()
        values = dict(role=args.role, scope=json.dumps(scope), token_hash=hash_token(token), created_at=now_iso(),
                      expires_at=expires, revoked_at=None)
        if row and not args.replace:
            print(f"error: user '{args.name}' exists; use --replace to issue a new token", file=sys.stderr)
            return 2
        if row:
            conn.execute(update(db.users).where(db.users.c.name == args.name).values(**values))
        else:
            conn.execute(db.users.insert().values(name=args.name, **values))
    print(f"user {args.name}: role {args.role}, scope {' '.join(scope) or '(none)'}"
          + (f", expires {expires}" if expires else ""))
    print("token (shown once; store it in the QGIS authentication database):")
    print(token)
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    engine = _engine(args)
    with engine.connect() as conn:
        rows = conn.execute(select(db.users).order_by(db.users.c.name)).all()
    for r in rows:
        state = f"revoked {r.revoked_at}" if r.revoked_at else (f"expires {r.expires_at}" if r.expires_at else "active")
        print(f"{r.name}\t{r.role}\t{' '.join(json.loads(r.scope)) or '-'}\t{state}")
    return 0


def cmd_user_revoke(args: argparse.Namespace) -> int:
    engine = _engine(args)
    with engine.begin() as conn:
        done = conn.execute(update(db.users).where((db.users.c.name == args.name) & db.users.c.revoked_at.is_(None))
                            .values(revoked_at=now_iso())).rowcount
    if not done:
        print(f"error: no active user '{args.name}'", file=sys.stderr)
        return 2
    print(f"revoked the token of {args.name}")
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from .seed import seed

    engine = _engine(args)
    db.init_db(engine)
    try:
        n = seed(engine, args.count, args.seed)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"seeded {n} aid points")
    return 0


def cmd_revert(args: argparse.Namespace) -> int:
    """Revert a changeset, or a user's changes since a time, as a new changeset (docs/ARCHITECTURE.md, *Undo*)."""
    from . import revert
    from .geo import CommuneIndex
    from .problems import Problem

    if args.user and not args.since:
        print("error: --user needs --since TIME (ISO 8601, e.g. 2024-05-01T12:00:00Z)", file=sys.stderr)
        return 2
    engine = _engine(args)
    try:
        with engine.connect() as conn:
            actor = revert.actor_named(conn, args.as_user) if args.as_user else revert.OPERATOR
        target = (revert.Target.of_changeset(args.changeset) if args.changeset
                  else revert.Target.of_user(args.user, args.since))
        reply = revert.run(engine.execution_options(write=True), CommuneIndex(), actor, target, dry_run=args.dry_run)
    except Problem as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    print("\n".join(revert.report_lines(reply)))
    return 0 if set(reply["counts"]) <= {"reverted", "unchanged"} else 1


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    engine = _engine(args)
    db.init_db(engine)
    engine.dispose()
    try:
        for text in (args.read_limit, args.write_limit):
            ratelimit.parse(text)
    except ValueError as exc:
        print(f"error: a rate limit is written like '600/minute' or '20/second;600/minute', or 'off': {exc}",
              file=sys.stderr)
        return 2
    # the worker processes read their settings from the environment (Settings.from_env)
    os.environ.update({
        "MAPUJPOMOC_DB": args.db, "MAPUJPOMOC_ANONYMOUS_READ": "0" if args.no_anonymous_read else "1",
        "MAPUJPOMOC_READ_LIMIT": args.read_limit, "MAPUJPOMOC_WRITE_LIMIT": args.write_limit,
        "MAPUJPOMOC_RATE_LIMIT_STORAGE": args.rate_limit_storage, "MAPUJPOMOC_BODY_TIMEOUT": str(args.body_timeout),
        "MAPUJPOMOC_HEADER_TIMEOUT": str(args.header_timeout), "MAPUJPOMOC_CORS_ORIGINS": args.cors_origins,
        "FORWARDED_ALLOW_IPS": args.forwarded_allow_ips})
    if args.request_log:
        os.environ["MAPUJPOMOC_REQUEST_LOG"] = args.request_log
    if args.public_url:
        os.environ["MAPUJPOMOC_PUBLIC_URL"] = args.public_url
    for name, value in (("MAPUJPOMOC_TILE_URL", args.tile_url), ("MAPUJPOMOC_TILE_ATTRIBUTION", args.tile_attribution)):
        if value:
            os.environ[name] = value  # the public web page's basemap (web_page.py)
    print(f"serving {args.db} on http://{args.host}:{args.port}/ ({args.workers} worker(s))"
          + (f" as {args.public_url}" if args.public_url else ""), flush=True)
    if args.workers > 1:
        _nodelay_shared_socket()
    uvicorn.run("mapujpomoc_store.app:create_app_from_env", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level=args.log_level, access_log=args.access_log,
                http="mapujpomoc_store.serving:HeaderTimeoutProtocol", timeout_keep_alive=KEEP_ALIVE_S,
                proxy_headers=False)  # the application reads them, from trusted proxies only (proxy.py)
    return 0


def _nodelay_shared_socket() -> None:
    """Answer without Nagle's delay when several workers share one socket.

    For `--workers N` uvicorn binds the listening socket itself, as `socket.socket(family)` (protocol 0),
    and asyncio only sets TCP_NODELAY on accepted connections whose protocol is TCP, so every response
    waited for the client's delayed ACK: about 40 ms per request instead of about 1. Connections accepted
    from a listening socket with TCP_NODELAY inherit it (Linux, macOS), so set it there."""
    from uvicorn.config import Config

    bind = Config.bind_socket

    def bind_socket(self: Config) -> socket.socket:
        sock = bind(self)
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    Config.bind_socket = bind_socket  # type: ignore[method-assign]


DEFAULT_HEADER_TIMEOUT = 20.0  # serving.DEFAULT_HEADER_TIMEOUT (serving imports uvicorn: not at startup)
KEEP_ALIVE_S = 75  # serving.KEEP_ALIVE_S, for the same reason


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mapujpomoc-store", description="Operate the Mapuj Pomoc central store.")
    p.add_argument("--db", default=os.environ.get("MAPUJPOMOC_DB", db.DEFAULT_DB),
                   help="database URL: sqlite:///file.db (default: mapujpomoc.db here) or postgresql://...")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="create the database tables").set_defaults(fn=cmd_init)
    imp = sub.add_parser("import-boundaries", help="import PRG boundaries (GeoJSON or Shapefile)")
    imp.add_argument("--level", required=True, choices=list(db.LEVELS))
    imp.add_argument("file")
    imp.set_defaults(fn=cmd_import)
    user = sub.add_parser("user", help="manage users and tokens").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="add a user and print a new token (last line)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--scope", nargs="*", metavar="PREFIX", help="TERYT prefixes of 2, 4 or 7 digits")
    add.add_argument("--expires-days", type=int, help="the token stops working after this many days")
    add.add_argument("--replace", action="store_true", help="issue a new token for an existing user")
    add.set_defaults(fn=cmd_user_add)
    user.add_parser("list", help="list users").set_defaults(fn=cmd_user_list)
    rev = user.add_parser("revoke", help="revoke a user's token")
    rev.add_argument("name")
    rev.set_defaults(fn=cmd_user_revoke)
    seed = sub.add_parser("seed-demo", help="generate realistic demo aid points inside the imported communes")
    seed.add_argument("--count", type=int, default=500)
    seed.add_argument("--seed", type=int, default=1)
    seed.set_defaults(fn=cmd_seed)
    serve = sub.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--no-anonymous-read", action="store_true", help="require a token for reading too")
    env = os.environ.get
    serve.add_argument("--public-url", default=env("MAPUJPOMOC_PUBLIC_URL"),
                       help="the store's address as clients reach it (e.g. https://pomoc.example.org), used in "
                            "every link it returns instead of the request's Host header")
    serve.add_argument("--read-limit", default=env("MAPUJPOMOC_READ_LIMIT", ratelimit.READ_LIMIT),
                       help="anonymous reads per client address, e.g. "
                            f"{ratelimit.SUGGESTED_READ_LIMIT} (default: off)")
    serve.add_argument("--write-limit", default=env("MAPUJPOMOC_WRITE_LIMIT", ratelimit.WRITE_LIMIT),
                       help=f"writes per user, e.g. {ratelimit.SUGGESTED_WRITE_LIMIT} (default: off)")
    serve.add_argument("--rate-limit-storage", default=env("MAPUJPOMOC_RATE_LIMIT_STORAGE", "memory://"),
                       help="where the counters live: memory:// (per worker, default) or redis://host:port")
    serve.add_argument("--body-timeout", type=float, default=float(env("MAPUJPOMOC_BODY_TIMEOUT", "60")),
                       help="seconds a request body may take to arrive (default 60); then 408")
    serve.add_argument("--header-timeout", type=float,
                       default=float(env("MAPUJPOMOC_HEADER_TIMEOUT", str(DEFAULT_HEADER_TIMEOUT))),
                       help=f"seconds a request's headers may take to arrive (default {DEFAULT_HEADER_TIMEOUT:g}); "
                            "then 408")
    serve.add_argument("--cors-origins", default=env("MAPUJPOMOC_CORS_ORIGINS", ""), metavar="ORIGINS",
                       help="web origins allowed to read from a browser (CORS, GET and HEAD only), comma-separated, "
                            "or * for any (default: none)")
    serve.add_argument("--forwarded-allow-ips", default=env("FORWARDED_ALLOW_IPS") or "127.0.0.1", metavar="IPS",
                       help="reverse proxies whose X-Forwarded-For/-Proto/-Host/-Prefix headers are believed: "
                            "addresses or networks, comma-separated, or * (default 127.0.0.1)")
    serve.add_argument("--request-log", default=env("MAPUJPOMOC_REQUEST_LOG"), metavar="FILE",
                       help="append one JSON line per request (method, path, query, status, features, bytes, ms) "
                            "to FILE, or - for standard error (default: off)")
    serve.add_argument("--tile-url", default=env("MAPUJPOMOC_TILE_URL"), metavar="URL",
                       help="the public web page's basemap: an XYZ tile address with {z}, {x} and {y} "
                            "(default: OpenStreetMap's tiles)")
    serve.add_argument("--tile-attribution", default=env("MAPUJPOMOC_TILE_ATTRIBUTION"), metavar="TEXT",
                       help="the basemap's attribution shown on the page (default: OpenStreetMap's)")
    serve.add_argument("--log-level", default="warning")
    serve.add_argument("--access-log", action="store_true")
    serve.set_defaults(fn=cmd_serve)
    rv = sub.add_parser("revert", help="revert a changeset, or a user's changes since a time, as a new changeset")
    which = rv.add_mutually_exclusive_group(required=True)
    which.add_argument("--changeset", metavar="UUID", help="the changeset to revert")
    which.add_argument("--user", metavar="NAME", help="revert every change by this user since --since")
    rv.add_argument("--since", metavar="TIME", help="ISO 8601 time (UTC without an offset), with --user")
    rv.add_argument("--dry-run", action="store_true", help="report what would happen, write nothing")
    rv.add_argument("--as", dest="as_user", metavar="NAME",
                    help="revert as this coordinator or admin (default: 'operator', an admin)")
    rv.set_defaults(fn=cmd_revert)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.fn(args)
    except Exception as exc:  # operator-facing: one clear line, not a traceback
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            print(f"error: cannot use the database {args.db}: {exc.orig}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
