"""Load, short: 8 editors (one of them a working copy synced by the plugin) for 10 s against the store on
PostgreSQL with two worker processes; then the store's state equals the replay of its history, every
accepted edit is there exactly once, every refused one was reported to its sender, and nobody wrote outside
their area. Plus the bugs the full run found, each pinned down on its own."""

from __future__ import annotations

import json
import time
from pathlib import Path

import requests

from reliability.common import StoreEnv
from reliability.load import LoadConfig, run_load


def test_eight_editors_for_ten_seconds_lose_and_duplicate_nothing(rel_cluster, rel_template, areas, rel_workdir):
    cfg = LoadConfig(editors=8, seconds=10, copies=1, workers=2)
    with StoreEnv(rel_cluster, rel_template, "load", rel_workdir, workers=2) as env:
        result = run_load(env, cfg, areas, rel_workdir)
    print("\n".join(result.lines()))
    assert not result.failures(), "\n".join(result.failures())
    a = result.audit
    assert a.edits > 300 and a.applied > 200
    assert not a.lost and not a.duplicated and not a.unauthorized and result.server_errors == 0
    # the load did exercise what it claims: refusals outside the area, retries racing the first attempt
    # (a probe in a changeset refused for another of its operations was never tried: "not_applied")
    assert a.probes and a.probes_refused + a.probes_applied + a.probes_not_tried == a.probes
    assert a.probes_refused > a.probes_not_tried
    assert a.refused["forbidden"] > 0
    assert result.recorder.notes["retry"] > 0
    assert result.recorder.stats("changeset")["n"] > 100


def test_two_workers_answer_without_waiting_for_delayed_acks(rel_cluster, rel_template, rel_workdir):
    """`serve --workers 2` used to take ~44 ms per request (Nagle's algorithm against the client's delayed
    ACK, TCP_NODELAY missing on connections of the shared socket), ~1 ms with one worker."""
    with StoreEnv(rel_cluster, rel_template, "nodelay", rel_workdir, workers=2) as env:
        s = requests.Session()
        times = []
        for _ in range(40):
            t0 = time.perf_counter()
            assert s.get(env.url + "/conformance", timeout=10).status_code == 200
            times.append(time.perf_counter() - t0)
    median = sorted(times)[len(times) // 2]
    assert median < 0.02, f"median {median * 1000:.1f} ms"


def test_discarding_a_refused_edit_of_a_point_deleted_meanwhile_leaves_no_ghost(rel_cluster, rel_template,
                                                                                rel_workdir: Path):
    """Found by the load test: an edit outside the editor's area is refused; before the next pull someone
    deletes the point; the pull keeps the row for the edit-versus-delete conflict. Discarding the refused edit
    restored the row from its base copy, and since the pull had moved past the deletion, the working copy
    kept a point the store no longer has, for ever."""
    from e2elib import Clone, edit

    from mapujpomoc_qgis.core.connection.client import StoreClient
    from mapujpomoc_qgis.core.sync.resolve import Resolver
    from mapujpomoc_qgis.core.sync.syncer import Syncer

    env = StoreEnv(rel_cluster, rel_template, "ghost", rel_workdir, workers=1)
    env.add_users([("g_city", "editor", ["2862011"])])
    with env:
        created = requests.post(env.url + "/collections/aid_points/items", timeout=30,
                                headers={**env.auth("admin"), "Content-Type": "application/geo+json"},
                                data=json.dumps({"type": "Feature", "properties": {"name": "W Dywitach",
                                                                                   "help_types": ["legal"]},
                                                 "geometry": {"type": "Point", "coordinates": [20.55, 53.85]}}))
        fid = created.json()["id"]
        assert created.json()["properties"]["teryt"] == "2814042"  # Dywity: outside the editor's area
        me = Clone(rel_workdir / "ghost.gpkg", env, "g_city")
        me.sync()
        edit(me, fid, phone="+48 89 111 22 33")

        class DeletedAfterTheRefusal(StoreClient):
            def post_changeset(self, changeset):  # type: ignore[no-untyped-def]
                answer = super().post_changeset(changeset)
                item = requests.get(f"{env.url}/collections/aid_points/items/{fid}", timeout=30)
                if item.status_code == 200:
                    requests.delete(f"{env.url}/collections/aid_points/items/{fid}", timeout=30,
                                    headers={**env.auth("admin"), "If-Match": item.headers["ETag"]})
                return answer

        with me.open() as wc, DeletedAfterTheRefusal(env.url, env.token("g_city")) as client:
            report = Syncer(wc, client).sync()
            assert [r["id"] for r in report.refused] == [fid]
            assert Resolver(wc).discard("aid_points", fid) == "update"
        me.sync()
        assert fid not in me.local_features()
        assert me.sql("SELECT count(*) FROM mp_base WHERE uuid = ?", (fid,)) == [(0,)]
        assert requests.get(f"{env.url}/collections/aid_points/items/{fid}", timeout=30).status_code == 404
