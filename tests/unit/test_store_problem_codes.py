"""Every place the store makes a problem names a code of the shared message table and its params, so
that no refusal reaches a Polish or Ukrainian client in English (the replies themselves are checked over
HTTP in tests/store/test_store_request_messages.py)."""

from __future__ import annotations

import ast
from pathlib import Path

from mapujpomoc_model import messages
from mapujpomoc_store.problems import TITLES

STORE = Path(__file__).resolve().parents[2] / "mapujpomoc_store"
# (file, call text) of a problem whose text is not the store's own: Starlette's detail of a status other than
# 404 and 405 (none of the store's routes raises one)
PASSED_THROUGH = {("routers/errors.py", "str(exc.detail)")}


def _codes(node: ast.expr | None) -> list[str] | None:
    """The literal code(s) of an expression (both arms of `a if c else b`), None when not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _codes(node.body), _codes(node.orelse)
        return a + b if a is not None and b is not None else None
    return None


def _problem_calls() -> list[tuple[str, int, str, ast.Call]]:
    calls = []
    for path in sorted(STORE.rglob("*.py")):
        if path.name == "problems.py":
            continue
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Problem":
                text = ast.get_source_segment(source, node) or ""
                calls.append((str(path.relative_to(STORE)), node.lineno, text, node))
    return calls


def test_the_store_makes_problems() -> None:
    assert len(_problem_calls()) > 60


def test_every_problem_has_a_code_of_the_table_and_params() -> None:
    untranslated = []
    for where, line, text, call in _problem_calls():
        if any(where == f and fragment in text for f, fragment in PASSED_THROUGH):
            continue
        keywords = {k.arg: k.value for k in call.keywords}
        detail = call.args[1] if len(call.args) > 1 else keywords.get("detail")
        status = call.args[0].value if isinstance(call.args[0], ast.Constant) else None
        kind = call.args[2] if len(call.args) > 2 else keywords.get("kind")
        code = keywords.get("code", kind)
        codes = _codes(code) if code is not None else [TITLES.get(status, "error").lower().replace(" ", "-")]
        literal_detail = not (isinstance(detail, ast.Constant) and detail.value is None) and detail is not None
        unknown = [c for c in codes or [] if c not in messages.PROBLEM_MESSAGES]
        if literal_detail or "params" not in keywords or unknown:
            untranslated.append(f"{where}:{line}: {text[:100]}")
    assert not untranslated, "problems without a translated code:\n" + "\n".join(untranslated)
