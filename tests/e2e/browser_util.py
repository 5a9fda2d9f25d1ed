"""Helpers shared by the headless-Chromium tests."""

from __future__ import annotations

import time
from pathlib import Path

import pytest


def open_page(driver, path: Path, ready_js: str, *, timeout: float = 60, what: str = "page") -> None:
    """Open ``path`` in the browser (dropping what an earlier page logged) and wait until the
    script ``ready_js`` returns true; fail with the console log otherwise."""
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(path.as_uri())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script(ready_js):
            return
        time.sleep(0.05)
    pytest.fail(f"{what} did not finish loading; console: {driver.get_log('browser')}")
