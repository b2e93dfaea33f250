"""The session's headless Chromium (a pytest plugin, loaded with `pytest_plugins = ["browser_fixtures"]`):
Debian's chromium driven by Playwright, one per session however many browser test modules use it
(Playwright's sync API allows one instance at a time). Chromium comes from
`scripts/install-browser.sh`; Playwright never downloads a browser here.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM = os.environ.get("HOTLINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# As root on a closed network: no sandbox, no GPU, nothing that phones home.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 30_000


def _chromium_missing(reason: str) -> None:
    """Fail in CI (CI=true must run this test); skip on a developer machine without a browser."""
    message = f"{reason}: run `bash scripts/install-browser.sh` (as root) first"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")  # session, like the live Airflow: set up before it when asked first
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A fresh headless Chromium profile (its own --user-data-dir), closed afterwards. Requested
    before the live Airflow, so a missing browser fails (or, outside CI, skips) at once."""
    if not Path(CHROMIUM).is_file():
        _chromium_missing(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _chromium_missing("the playwright package is not installed (requirements-dev.txt)")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium_profile")), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_FLAGS, viewport={"width": 1400, "height": 900}, locale="en-US", timezone_id="UTC")
        context.set_default_timeout(TIMEOUT_MS)
        try:
            yield context
        finally:
            context.close()


