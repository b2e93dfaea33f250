#!/usr/bin/env bash
# Install the browser the browser test drives (tests/test_browser.py): Debian's chromium, used by
# Playwright through `executable_path` (Playwright's own browser download is never used).
# Idempotent: does nothing when chromium is already installed. Needs root (CI runs as root).
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-browser: chromium is missing and this is not root; install it with" \
         "'apt-get install chromium' (tests/test_browser.py needs it)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
command -v chromium
