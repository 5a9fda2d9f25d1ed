"""Shared fixtures: the seeds corpus, its extraction (once per session) and sample records."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_result():
    """The seeds extracted and resolved once for the whole session."""
    from parleygraph.graph.pipeline import extract_corpus

    return extract_corpus([str(SEEDS)])
