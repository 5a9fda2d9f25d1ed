"""The shape issue 18 asks of extract/: no vocabulary in code, no long functions.

Vocabulary is open-class words (nouns, verbs, adjectives: "held", "Embassy", "sidelines"); it
lives in extract/rules/*.jsonl. What code may still spell out is grammar: closed-class words
(articles, prepositions, pronouns, auxiliaries) that shape a pattern ("of", "the", "was").
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parents[2] / "extract"
MODULES = sorted(p for p in EXTRACT.glob("*.py") if p.name != "__init__.py")

# Closed-class English: the grammar words a pattern may name.
CLOSED = frozenset("""
a an the this that these those its his her their our my your it he she they we
of in on at to for by with from into onto about over under between through during after before
since until till via as than and or nor but if while whereas where who which what when whose
is are was were be been being has have had will would shall should can could may might must
do does did not no also there here then so up out off per upon within without among against
him them us me one throughout
st nd rd th
de du des la le al el
""".split())
# (ordinal suffixes; the articles and particles of names in other languages, "Banco de la Nación")
# Lists that are the schema, not vocabulary (records.MEETING_TYPES and the like), and tokens of
# date and number grammar.
ALLOWED_COLLECTIONS = {"MEETING_TYPES", "PARTS", "FORMATS", "KINDS", "LEDGER_KINDS", "SUFFIXES",
                       "UNGIVEN_DATE_SOURCES", "FIXABLE_FIELDS", "CUE_GROUPS", "WORD_GROUPS", "CALENDAR_GROUPS",
                       "SCHEMAS", "_MODIFIERS", "_SPACES", "_OPTIONAL_FIELDS",
                       "_CONTROL_CATEGORIES"}


def _open_class(alt: str) -> bool:
    """Whether a regex alternative is an open-class word or phrase ("held", "took part")."""
    alt = re.sub(r"\[([A-Za-z])[A-Za-z]\]", r"\1", alt)  # "[Ff]rom" -> "From"
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\(\?[<=!P][^)]*\)", " ", alt))
    return any(w.lower() not in CLOSED for w in words) and not re.search(r"[{}]", alt)


def _alternations(pattern: str) -> list[list[str]]:
    """The alternatives of every innermost group of a pattern (and of the whole pattern)."""
    groups = [m.group(1) for m in re.finditer(r"\((?:\?:|\?P<\w+>|\?i:)?([^()]*)\)", pattern)]
    return [g.split("|") for g in [*groups, pattern] if "|" in g]


def _word_lists(path: Path) -> list[str]:
    """Lists of open-class words in a module: string collections of two or more words, and
    pattern alternations with two or more word alternatives, one of them open-class."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in tree.body:  # module-level tables of words (not the exports, not the schema's)
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and (t.id == "__all__" or t.id in ALLOWED_COLLECTIONS) for t in targets):
                continue
            for sub in ast.walk(node):
                if isinstance(sub, (ast.List, ast.Tuple, ast.Set)):
                    strs = [e.value for e in sub.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                    words = [x for x in strs if re.fullmatch(r"[A-Za-z][a-z]+(?: [a-z]+)*", x) and _open_class(x)]
                    if len(words) >= 2:
                        found.append(f"{path.name}:{sub.lineno}: {words[:4]}")
    skip = {id(sub) for node in tree.body if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id in ("__all__", *ALLOWED_COLLECTIONS) for t in node.targets)
            for sub in ast.walk(node)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and id(node) not in skip:
            # anywhere: capitalised words or phrases of two words and more ("Embassy", "of the")
            strs = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            words = [x for x in strs if re.fullmatch(r"[A-Z][a-z]+|[A-Za-z][a-z]* [a-z ]+", x) and _open_class(x)]
            if len(words) >= 2:
                found.append(f"{path.name}:{node.lineno}: {words[:4]}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) \
                and len(node.func.value.value.split()) >= 3 and any(_open_class(w) for w in node.func.value.value.split()):
            found.append(f"{path.name}:{node.lineno}: a string of words split into a list")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            for alts in _alternations(node.value):
                words = [a for a in alts if re.fullmatch(r"(?:\\s[+*]|\\ |\s|[A-Za-z'-]|\[[A-Za-z]{2}\])+", a)]
                if len(words) >= 2 and any(_open_class(a) for a in words):
                    found.append(f"{path.name}:{node.lineno}: {'|'.join(words)[:60]}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_word_list_in_extract_code(path: Path) -> None:
    assert _word_lists(path) == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_function_in_extract_longer_than_80_lines(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > 80]
    assert long == []


def test_the_checks_catch_a_word_list(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('import re\nX = re.compile(r"\\b(?:held|hosted|convened)\\s+by")\n'
                   'Y = ("Embassy", "Consulate")\nZ = "on in at".split()\n'
                   'OK = re.compile(r"\\b(?:of|the|in)\\s+")\n')
    found = _word_lists(bad)
    assert len(found) == 3 and not any(":5:" in f for f in found)
