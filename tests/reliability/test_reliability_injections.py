"""`N injections rendered` of the reliability run: a working copy synced from the store on PostgreSQL,
hostile names added, every output of the plugin checked in a child process (reliability/injections.py)."""

from __future__ import annotations

from reliability import injections
from reliability.common import StoreEnv


def test_no_hostile_text_is_rendered_by_any_output(rel_cluster, rel_template, rel_workdir):  # type: ignore[no-untyped-def]
    with StoreEnv(rel_cluster, rel_template, "injections", rel_workdir, workers=1) as env:
        report = injections.run_injections(env, rel_workdir)
    print(report.line())
    assert report.rendered == [] and not report.failures(), report.rendered
    assert report.checked >= 9 * len(injections.HOSTILE_TEXTS) and not report.skipped
