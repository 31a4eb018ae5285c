#!/usr/bin/env python3
"""Translations of the plugin: refresh the .ts sources, compile .qm files, check completeness.

    scripts/i18n.py update            pylupdate5 over the plugin's .py/.ui files into i18n/*.ts,
                                      keeping existing translations, dropping obsolete ones
    scripts/i18n.py compile [--out-dir DIR]
                                      lrelease every i18n/*.ts into mapujpomoc_qgis/i18n/*.qm
    scripts/i18n.py check             exit 1 listing untranslated messages, messages the code has
                                      but a .ts lacks, and translations that drop a placeholder

The plugin translates with `tr()` in the context "MapujPomoc" (core/i18n.py), but pylupdate5
files bare `tr("...")` calls under "@default"; this script moves them into that context. Other
contexts (QObject subclasses calling self.tr, .ui forms) are kept as pylupdate5 names them.
Counted messages (`tr("%n point(s)", None, n)`: n passed positionally, pylupdate5 does not see
`n=`) are numerus="yes" in the .ts and need one <numerusform> per plural form of the language
(NUMERUS_FORMS); `check` reports a wrong number of forms.
Needs only the Python standard library plus pylupdate5 (pyqt5-dev-tools) and lrelease
(qttools5-dev-tools).
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "mapujpomoc_qgis"
TS_DIR = ROOT / "i18n"
QM_DIR = PLUGIN / "i18n"
BASENAME = "mapujpomoc"
CONTEXT = "MapujPomoc"
LANGUAGES = {"pl": "pl_PL", "uk": "uk_UA"}

Key = tuple[str, str, str]  # context, source, disambiguation comment
# Plural forms per language, as lrelease counts them (Qt's numerus rules): pl 1 | 2-4 (not 12-14) | other;
# uk 1, 21, 31... (not 11) | 2-4, 22-24... (not 12-14) | other.
NUMERUS_FORMS = {"pl": 3, "uk": 3, "en": 2}
PLACEHOLDER_RE = re.compile(r"\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%\d+")


# -- tools --------------------------------------------------------------------------------------

def _tool(name: str, *fallbacks: str) -> str:
    for candidate in (shutil.which(name), *fallbacks):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit(f"{name} not found: install it (Debian: {'pyqt5-dev-tools' if 'pylupdate' in name else 'qttools5-dev-tools'})")


def pylupdate5() -> str:
    return _tool("pylupdate5", "/usr/bin/pylupdate5")


def lrelease() -> str:
    return _tool("lrelease", "/usr/lib/qt5/bin/lrelease", "/usr/lib/x86_64-linux-gnu/qt5/bin/lrelease")


def source_files() -> list[Path]:
    """Every plugin file pylupdate5 reads: Python modules and Qt Designer forms."""
    files = [p for ext in ("*.py", "*.ui") for p in PLUGIN.rglob(ext) if "__pycache__" not in p.parts]
    return sorted(files)


def numerus_forms(language: str) -> int | None:
    """How many plural forms a numerus translation has in `language` ('pl', 'pl_PL'); None when unknown."""
    return NUMERUS_FORMS.get(language.split("_")[0].lower())


def ts_path(lang: str) -> Path:
    return TS_DIR / f"{BASENAME}_{lang}.ts"


def shown(path: Path) -> str:
    """`path` relative to the repository when it is inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


# -- .ts model ----------------------------------------------------------------------------------

@dataclass
class Message:
    context: str
    element: ET.Element  # the <message> element

    @property
    def source(self) -> str:
        return self.element.findtext("source") or ""

    @property
    def comment(self) -> str:
        return self.element.findtext("comment") or ""

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def translation(self) -> ET.Element | None:
        return self.element.find("translation")

    @property
    def numerus(self) -> bool:
        """A counted message: translated with one <numerusform> per plural form."""
        return self.element.get("numerus") == "yes"

    def translated_texts(self) -> list[str]:
        tr = self.translation
        if tr is None:
            return []
        forms = tr.findall("numerusform")
        return [f.text or "" for f in forms] if forms else [tr.text or ""]

    @property
    def obsolete(self) -> bool:
        tr = self.translation
        return tr is not None and tr.get("type") in ("obsolete", "vanished")

    @property
    def unfinished(self) -> bool:
        tr = self.translation
        if tr is None or tr.get("type") == "unfinished":
            return True
        if self.numerus and not tr.findall("numerusform"):
            return True  # a plain text cannot serve a count
        return any(not text.strip() for text in self.translated_texts())


def needs_translation(message: Message, forms: int | None) -> bool:
    """Unfinished, or a counted message without exactly `forms` plural forms (when `forms` is known)."""
    if message.unfinished:
        return True
    translation = message.translation
    return (message.numerus and forms is not None and translation is not None
            and len(translation.findall("numerusform")) != forms)


def _as_numerus(translation: ET.Element, numerus: bool) -> ET.Element:
    """`translation` reshaped for a message that became (or stopped being) counted, marked unfinished."""
    texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
    reshaped = ET.Element("translation", {"type": "unfinished"})
    if numerus:
        for text in texts:  # the old text in each form, for the translator to adapt
            ET.SubElement(reshaped, "numerusform").text = text
    else:
        reshaped.text = texts[0]
    return reshaped


def read_messages(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        if name == "@default":
            name = CONTEXT  # bare tr() calls: see the module docstring
        messages.extend(Message(name, m) for m in ctx.findall("message"))
    return messages


def write_ts(path: Path, lang: str, messages: list[Message]) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": LANGUAGES.get(lang, lang), "sourcelanguage": "en"})
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for m in by_context[name]:
            ctx.append(m.element)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def extract() -> list[Message]:
    """What pylupdate5 finds in the plugin today, contexts normalised, locations relative to i18n/."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extract.ts"
        cmd = [pylupdate5(), "-noobsolete", *map(str, source_files()), "-ts", str(out)]
        result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0 or not out.exists():
            sys.exit(f"pylupdate5 failed:\n{result.stdout}{result.stderr}")
        messages = read_messages(out)
        for m in messages:
            for loc in m.element.findall("location"):
                absolute = os.path.normpath(os.path.join(tmp, loc.get("filename", "")))
                loc.set("filename", os.path.relpath(absolute, TS_DIR))
    # The same text can be extracted under @default and under CONTEXT; keep the first.
    unique: dict[Key, Message] = {}
    for m in messages:
        if m.key in unique:
            unique[m.key].element.extend(m.element.findall("location"))
        else:
            unique[m.key] = m
    return list(unique.values())


# -- commands -----------------------------------------------------------------------------------

def merge(fresh: list[Message], old: list[Message]) -> tuple[list[Message], int, int]:
    """`fresh` messages carrying the translations of `old`; returns (messages, reused, guessed)."""
    old_by_key = {m.key: m for m in old}
    by_text: dict[tuple[str, str], list[Message]] = {}
    for m in old:
        by_text.setdefault((m.source, m.comment), []).append(m)
    reused = guessed = 0
    for m in fresh:
        previous = old_by_key.get(m.key)
        needs_review = False
        if previous is None:
            # Code moved to another context: offer the old text, but let a human confirm it.
            candidates = [c for c in by_text.get((m.source, m.comment), []) if not c.unfinished]
            previous = candidates[0] if len(candidates) == 1 else None
            needs_review = previous is not None
        if previous is None or previous.translation is None:
            continue
        new_tr = copy.deepcopy(previous.translation)
        if m.numerus != previous.numerus:
            # tr() gained or lost its count: the old text is a starting point, no translation.
            new_tr = _as_numerus(new_tr, m.numerus)
            guessed += 1
        elif needs_review or previous.obsolete:
            new_tr.set("type", "unfinished")
            guessed += 1
        else:
            reused += 1
        old_tr = m.element.find("translation")
        if old_tr is not None:
            m.element.remove(old_tr)
        note = previous.element.find("translatorcomment")
        if note is not None:
            m.element.append(copy.deepcopy(note))
        m.element.append(new_tr)
    return fresh, reused, guessed


def cmd_update(_: argparse.Namespace) -> int:
    TS_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        path = ts_path(lang)
        old = read_messages(path) if path.exists() else []
        messages, reused, guessed = merge(extract(), old)
        write_ts(path, lang, messages)
        todo = sum(m.unfinished for m in messages)
        dropped = len({m.key for m in old} - {m.key for m in messages})
        print(f"{shown(path)}: {len(messages)} messages, {reused} kept, {guessed} to review, "
              f"{todo} unfinished, {dropped} obsolete dropped")
    return 0


def cmd_compile(args: argparse.Namespace) -> int:
    out_dir = Path(args.out_dir) if args.out_dir else QM_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        src = ts_path(lang)
        if not src.exists():
            sys.exit(f"{src} is missing: run `scripts/i18n.py update` first")
        qm = out_dir / f"{BASENAME}_{lang}.qm"
        result = subprocess.run([lrelease(), "-silent", str(src), "-qm", str(qm)], capture_output=True, text=True)
        if result.returncode != 0 or not qm.exists():
            sys.exit(f"lrelease failed for {src}:\n{result.stdout}{result.stderr}")
        print(qm)
    return 0


def _describe(key: Key) -> str:
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER_RE.findall(text))


def cmd_check(_: argparse.Namespace) -> int:
    wanted = {m.key for m in extract()}
    problems: list[str] = []
    for lang in LANGUAGES:
        path = ts_path(lang)
        if not path.exists():
            problems.append(f"{lang}: {shown(path)} is missing")
            continue
        have = {m.key: m for m in read_messages(path) if not m.obsolete}
        forms = numerus_forms(LANGUAGES[lang])
        for key in sorted(wanted - have.keys()):
            problems.append(f"{lang}: not in the .ts yet (run `scripts/i18n.py update`): {_describe(key)}")
        for key in sorted(wanted & have.keys()):
            m = have[key]
            if m.unfinished:
                problems.append(f"{lang}: untranslated: {_describe(key)}")
                continue
            if needs_translation(m, forms):
                count = len(m.translation.findall("numerusform")) if m.translation is not None else 0
                problems.append(f"{lang}: needs {forms} plural forms, has {count}: {_describe(key)}")
                continue
            expected = placeholders(m.source)
            for text in m.translated_texts():
                # %n is optional in a translation (a language may spell the number out).
                if [p for p in placeholders(text) if p != "%n"] != [p for p in expected if p != "%n"]:
                    problems.append(f"{lang}: placeholders differ from the source: {_describe(key)} -> {text!r}")
        for key in sorted(have.keys() - wanted):
            print(f"{lang}: obsolete (no longer in the code; `update` drops it): {_describe(key)}")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} translation problem(s)")
        return 1
    print(f"translations complete: {len(wanted)} messages in {', '.join(LANGUAGES)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="refresh i18n/*.ts from the code").set_defaults(func=cmd_update)
    p_compile = sub.add_parser("compile", help="compile i18n/*.ts to .qm")
    p_compile.add_argument("--out-dir", "--out", dest="out_dir", help=f"where to write the .qm files (default {QM_DIR.relative_to(ROOT)})")
    p_compile.set_defaults(func=cmd_compile)
    sub.add_parser("check", help="fail on untranslated or missing messages").set_defaults(func=cmd_check)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
