"""Every docstring example of extract/ and graph/ runs as written (the examples are documentation
a reader copies, so they must be true)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import parleygraph.extract
import parleygraph.graph

MODULES = sorted(f"{pkg.__name__}.{m.name}" for pkg in (parleygraph.extract, parleygraph.graph)
                 for m in pkgutil.iter_modules(pkg.__path__) if not m.ispkg)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"
