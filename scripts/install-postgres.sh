#!/usr/bin/env bash
# Install the PostgreSQL server the live Airflow tests start throw-away clusters of
# (tests/test_postgres.py): Debian's `postgresql`. The package's own cluster is not used (the test
# runs initdb in a temporary folder, on loopback), so it is stopped if the package started it.
# Idempotent: does nothing when initdb is already installed. Needs root (CI runs as root).
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-postgres: PostgreSQL is missing and this is not root; install it with" \
         "'apt-get install postgresql' (tests/test_postgres.py needs it)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql
# Packages may start the default cluster; the test needs none of it.
if command -v pg_ctlcluster >/dev/null 2>&1; then
    for cluster in /etc/postgresql/*/main; do
        [ -d "$cluster" ] || continue
        version=$(basename "$(dirname "$cluster")")
        pg_ctlcluster "$version" main stop 2>/dev/null || true
    done
fi
compgen -G "/usr/lib/postgresql/*/bin/initdb"
