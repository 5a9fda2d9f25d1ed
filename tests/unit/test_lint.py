"""The code passes the project's linters, as configured in pyproject.toml: ruff (style, imports,
likely bugs) and mypy (types) over the installed packages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["extract", "graph", "ontology"]


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *cmd], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    pytest.importorskip("ruff")
    proc = _run("ruff", "check", "--no-cache", *PACKAGES)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-1000:]


def test_mypy_finds_nothing() -> None:
    pytest.importorskip("mypy")
    proc = _run("mypy", *PACKAGES)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-1000:]
