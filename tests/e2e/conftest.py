"""Shared fixture of the browser tests: a headless Chromium driven by selenium.

Needs the Debian packages ``chromium`` and ``chromium-driver`` (paths overridable with the
``CHROMIUM`` and ``CHROMEDRIVER`` environment variables). Without them a test asking for
``driver`` is skipped with the reason; under ``CI=true`` a missing browser is a failure.
The browser logs every network request (``goog:loggingPrefs`` performance log) so tests can
check that a page stays offline.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def require_browser() -> None:
    """Skip (or, under ``CI=true``, fail) when headless Chromium or its driver is missing."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (os.path.exists(p) or shutil.which(p))]
    if not missing:
        return
    reason = (f"headless Chromium not installed ({', '.join(missing)} missing); "
              "install the Debian packages chromium and chromium-driver")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def driver():
    """A headless Chromium (1400×860 window), one per test module."""
    require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--window-size=1400,860", "--hide-scrollbars"):
        opts.add_argument(arg)
    if os.path.exists(CHROMIUM):
        opts.binary_location = CHROMIUM
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    try:
        yield d
    finally:
        d.quit()

