"""Database schema and engine for SQLite (default) and PostgreSQL.

Features are kept as GeoJSON text (geometry and properties, store fields
included) so responses are assembled without re-encoding; the columns beside
them (version, teryt, status, tags, bbox) are what queries filter on. No
spatial extension is needed: point-in-commune lookups run in the service.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    text,
)

metadata = MetaData()

users = Table(
    "users", metadata,
    Column("name", String(100), primary_key=True),
    Column("role", String(20), nullable=False),
    Column("scope", Text, nullable=False, default="[]"),  # JSON list of TERYT prefixes
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32)),
    Column("revoked_at", String(32)),
)

# One row: the global, monotonic version every write takes its number from.
counter = Table(
    "counter", metadata,
    Column("name", String(20), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

meta = Table(
    "meta", metadata,
    Column("key", String(50), primary_key=True),
    Column("value", Text, nullable=False),
)

features = Table(
    "features", metadata,
    Column("collection", String(30), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("teryt", String(7)),
    Column("status", String(20)),
    Column("tags", Text, nullable=False, default=" "),  # " help:legal form:online lang:uk "
    Column("parent_id", String(36)),  # service_areas.aid_point_id
    Column("minx", Float), Column("miny", Float), Column("maxx", Float), Column("maxy", Float),
    Column("geometry", Text),
    Column("properties", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("updated_by", String(100), nullable=False),
    # what readers without access to the exact feature get (privacy.py): "exact", "generalised" (the
    # point at public_x/public_y, its commune's representative point) or "hidden"
    Column("public_view", String(12), nullable=False, default="exact", server_default="exact"),
    Column("public_x", Float), Column("public_y", Float),
)
Index("features_version", features.c.collection, features.c.version)
Index("features_teryt", features.c.collection, features.c.teryt)
# A bbox over points reads a strip of this index; with what the privacy and live conditions test and the id, it
# answers "which ids" without a row of the table (a row holds kilobytes of text: reading 1,500 of them took
# longer than the rest of a page). With the teryt and the version, what a reader's view of the feature and
# the texts kept of it depend on (feature_texts.py). Also the bbox preselection of areas (minx <= ...).
Index("features_point_page", features.c.collection, features.c.minx, features.c.miny, features.c.deleted,
      features.c.public_view, features.c.id, features.c.teryt, features.c.version)
# a bbox meets a generalised point where the public sees it (privacy.Reader.sql_bbox_parts)
Index("features_public", features.c.collection, features.c.public_x, features.c.public_y)
# status filters (items, CQL2), covering like features_point_page and in id order within a status: a page of a
# common status deep in its list is read off the index, not sorted from tens of thousands of matches
Index("features_status_page", features.c.collection, features.c.status, features.c.id, features.c.deleted,
      features.c.public_view, features.c.teryt, features.c.version)

history = Table(
    "history", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("collection", String(30), nullable=False),
    Column("feature_id", String(36), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("op", String(10), nullable=False),
    Column("user_name", String(100), nullable=False),
    Column("at", String(32), nullable=False),
    Column("changeset", String(36)),
    Column("changes", Text, nullable=False),  # {"field": [old, new], ...}
)
Index("history_feature", history.c.collection, history.c.feature_id, history.c.version)

changesets = Table(
    "changesets", metadata,
    Column("id", String(36), primary_key=True),
    Column("user_name", String(100), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("reply", Text, nullable=False),
    Column("body_hash", String(64)),  # SHA-256 of the canonical operations: a reused id must bring the same
)

boundaries = Table(
    "boundaries", metadata,
    Column("code", String(7), primary_key=True),
    Column("level", String(12), nullable=False),
    Column("name", String(200), nullable=False),
    Column("geometry", Text, nullable=False),
    Column("minx", Float), Column("miny", Float), Column("maxx", Float), Column("maxy", Float),
    Column("repaired", Boolean, nullable=False, default=False),
)
Index("boundaries_level", boundaries.c.level, boundaries.c.code)

LEVELS = {"wojewodztwo": 2, "powiat": 4, "gmina": 7}
LEVEL_COLLECTIONS = {"wojewodztwa": "wojewodztwo", "powiaty": "powiat", "gminy": "gmina"}

DEFAULT_DB = "sqlite:///mapujpomoc.db"


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and a bare SQLite path."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return "sqlite:///" + url
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            # Writers take the lock up front so two of them never deadlock upgrading.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


# Indexes replaced by later releases, dropped by `init_db` (features_bbox, features_point_box: now
# features_point_page; features_status: now features_status_page).
OBSOLETE_INDEXES = ("features_bbox", "features_point_box", "features_status")

# Columns added after the first release: (table, column, DDL type and default). `init_db` adds the missing
# ones to an existing database, so `serve` on an older database just works.
ADDED_COLUMNS = (
    ("features", "public_view", "VARCHAR(12) NOT NULL DEFAULT 'exact'"),
    ("features", "public_x", "FLOAT"),
    ("features", "public_y", "FLOAT"),
    ("changesets", "body_hash", "VARCHAR(64)"),
)


def init_db(engine: Engine) -> None:
    metadata.create_all(engine)
    with engine.begin() as conn:
        if conn.execute(text("SELECT count(*) FROM counter")).scalar() == 0:
            conn.execute(counter.insert().values(name="version", value=0))
        have = {(t, c["name"]) for t in ("features", "changesets") for c in inspect(conn).get_columns(t)}
        added = [(t, c, ddl) for t, c, ddl in ADDED_COLUMNS if (t, c) not in have]
        for table, column, ddl in added:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}"))
        # create_all makes a table's indexes only with the table: add those of later releases
        for name in OBSOLETE_INDEXES:
            conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
        for table in (features, history, boundaries):
            for index in table.indexes:
                index.create(conn, checkfirst=True)
    if any(c == "public_view" for _, c, _ in added):
        from .privacy import backfill_public_view  # features stored before privacy: work their view out once

        backfill_public_view(engine)
