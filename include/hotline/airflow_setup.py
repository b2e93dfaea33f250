"""The project's Airflow home, declared: `airflow.cfg` written from the project's settings, and the
pool, connections and variables of `airflow_settings.yaml` applied to the metadata DB.

`hotline setup` (and every `hotline` command that runs Airflow) calls `prepare`. Both steps are
idempotent and go through Airflow's own models, so they work on any metadata DB (SQLite here,
PostgreSQL in production). After it, the plain Airflow CLI works from the project root with one
line of set-up: `export AIRFLOW_HOME=$PWD/.airflow`.
"""

from __future__ import annotations

import configparser
import json
import os
import secrets
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SETTINGS_FILE = PROJECT_ROOT / "airflow_settings.yaml"
# The DAGs `hotline up` runs unpaused.
PROJECT_DAGS = ("hotline_monthly", "hotline_report_watch", "hotline_publish")

CFG_HEADER = ("# Written by `hotline setup` from the project's settings (include/hotline/airflow_setup.py).\n"
              "# Edit freely: the keys below are rewritten on the next setup, others are kept.\n"
              "# AIRFLOW__SECTION__KEY environment variables override this file.\n")


def managed_settings(env: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """The `airflow.cfg` keys the project sets, by section, from the `hotline` environment."""
    settings: dict[str, dict[str, str]] = {
        "core": {
            "dags_folder": env["AIRFLOW__CORE__DAGS_FOLDER"],
            "plugins_folder": env["AIRFLOW__CORE__PLUGINS_FOLDER"],
            "load_examples": env.get("AIRFLOW__CORE__LOAD_EXAMPLES", "False"),
            # One machine: the LocalExecutor with one slot (every task waits for the one-slot
            # DuckDB writer pool; more slots would only add idle worker processes).
            "executor": "LocalExecutor",
            "parallelism": "1",
            "auth_manager": "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
            # Extra users (`olena:op,vasyl:viewer`) come from the environment or `.env`.
            "simple_auth_manager_users": env.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS") or "admin:admin",
        },
        "api": {"host": "127.0.0.1", "port": "8080", "workers": "1"},
        "dag_processor": {"parsing_processes": "1"},
    }
    conn = env.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "")
    if conn.startswith("sqlite:"):  # never a server URL (it may carry a password) in a file
        settings["database"] = {"sql_alchemy_conn": conn}
    return settings


def write_airflow_cfg(env: Mapping[str, str]) -> Path:
    """Write (or update) `AIRFLOW_HOME/airflow.cfg` with the managed settings; generate the API's
    session and JWT secrets once (every component must share them), readable by the owner only."""
    path = Path(env["AIRFLOW_HOME"]) / "airflow.cfg"
    cfg = configparser.ConfigParser(interpolation=None)
    if path.exists():
        cfg.read(path, encoding="utf-8")
    for section, values in managed_settings(env).items():
        if not cfg.has_section(section):
            cfg.add_section(section)
        for key, value in values.items():
            cfg.set(section, key, value)
    for section, key in (("api", "secret_key"), ("api_auth", "jwt_secret")):
        if not cfg.has_section(section):
            cfg.add_section(section)
        if not cfg.get(section, key, fallback=""):
            # 64 bytes: the JWTs are signed with HS512, and PyJWT warns on a shorter key.
            cfg.set(section, key, secrets.token_urlsafe(64))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        out.write(CFG_HEADER)
        cfg.write(out)
    path.chmod(0o600)
    return path


def load_declared(path: Path = SETTINGS_FILE) -> dict[str, list[dict[str, Any]]]:
    """The `airflow:` section of an Astro-style `airflow_settings.yaml`."""
    import yaml

    declared = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("airflow") or {}
    return {key: list(declared.get(key) or []) for key in ("connections", "pools", "variables")}


def apply_declared(declared: Mapping[str, list[dict[str, Any]]], base: Path = PROJECT_ROOT) -> list[str]:
    """Create or update the declared pools, connections and variables in the metadata DB; return
    what was applied. A relative DuckDB path is taken from `base` (the project root)."""
    # The metadata DB's own models (what `airflow pools/connections/variables` use), not the task
    # SDK's read-only views: this runs beside the DB, like the Airflow CLI, never inside a task.
    from airflow.models.connection import Connection
    from airflow.models.pool import Pool
    from airflow.models.variable import Variable
    from airflow.utils.session import create_session

    applied = []
    with create_session() as session:
        for pool in declared["pools"]:
            Pool.create_or_update_pool(pool["pool_name"], int(pool["pool_slot"]), pool.get("pool_description", ""),
                                       include_deferred=False, session=session)
            applied.append(f"pool {pool['pool_name']} ({pool['pool_slot']} slot)")
        for item in declared["connections"]:
            host = item.get("conn_host") or ""
            if item.get("conn_type") == "duckdb" and host and not Path(host).is_absolute():
                host = str((base / host).resolve())
            extra = item.get("conn_extra")
            fields = {"conn_type": item["conn_type"], "host": host, "login": item.get("conn_login"),
                      "schema": item.get("conn_schema"), "port": item.get("conn_port"),
                      "extra": json.dumps(extra) if isinstance(extra, dict) else extra}
            existing = session.query(Connection).filter(Connection.conn_id == item["conn_id"]).one_or_none()
            if existing is None:
                session.add(Connection(conn_id=item["conn_id"], **fields))
            else:
                for key, value in fields.items():
                    setattr(existing, key, value)
            applied.append(f"connection {item['conn_id']} ({item['conn_type']})")
        session.flush()
    for item in declared["variables"]:
        Variable.set(item["variable_name"], item["variable_value"], description=item.get("description"))
        applied.append(f"variable {item['variable_name']}")
    return applied


def main() -> int:
    """`python -m hotline.airflow_setup`: apply airflow_settings.yaml (after `airflow db migrate`).

    The declared DuckDB file is the default; `HOTLINE_DB` (what `--db` sets) takes its place, so
    the plain Airflow CLI opens the same file as the `hotline` command that prepared the home."""
    import os

    declared = load_declared()
    if os.environ.get("HOTLINE_DB"):
        for item in declared["connections"]:
            if item.get("conn_id") == "duckdb_default":
                item["conn_host"] = os.environ["HOTLINE_DB"]
    for line in apply_declared(declared):
        print(f"applied {line}", file=sys.stderr)
    return 0

# --- the environment every `hotline` command that runs Airflow sets up (moved from the CLI) -------


def read_dotenv(path: Path) -> dict[str, str]:
    """`KEY=VALUE` lines of a `.env` file (comments, blank lines and `export ` allowed; a value may
    be quoted with ' or ", which are removed). Values are taken literally: no expansion."""
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.removeprefix("export ").split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def load_dotenv(path: Path | None = None) -> list[str]:
    """Apply `./.env` (or `path`) to this process's environment: a variable already set (non-empty)
    wins. Returns the names applied. Every `hotline` command calls it first."""
    path = path or Path.cwd() / ".env"
    if not path.is_file():
        return []
    applied = [key for key, value in read_dotenv(path).items() if not os.environ.get(key)]
    values = read_dotenv(path)
    for key in applied:
        os.environ[key] = values[key]
    return applied



def sqlite_metadata_url(airflow_home: Path) -> str:
    """The SQLite metadata URL under `airflow_home`, waiting up to a minute for a lock.

    sqlite3 gives up after 5 s by default; with the scheduler, the dag-processor, task
    processes and `airflow backfill create` all writing, a busy 2-core machine exceeds that
    and the CLI dies with "database is locked" half-way through creating a backfill."""
    return f"sqlite:///{(airflow_home / 'airflow.db').resolve()}?timeout=60"


def airflow_environment(db: Path) -> dict[str, str]:
    """The embedded defaults: Airflow home under .airflow/, SQLite metadata, the project's DAGs,
    no examples, and the DuckDB connection pointing at `db`. Existing settings win."""
    defaults = {
        "AIRFLOW_HOME": str(PROJECT_ROOT / ".airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "HOTLINE_DB": str(db.resolve()),
    }
    env = {key: os.environ.get(key, value) for key, value in defaults.items()}
    env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = os.environ.get(
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN") or sqlite_metadata_url(Path(env["AIRFLOW_HOME"]))
    env["AIRFLOW_CONN_DUCKDB_DEFAULT"] = os.environ.get("AIRFLOW_CONN_DUCKDB_DEFAULT") or json.dumps(
        {"conn_type": "duckdb", "host": str(Path(env["HOTLINE_DB"]).resolve())})
    return env


def prepare_airflow(env: dict[str, str]) -> None:
    """`hotline setup`: write the Airflow home's airflow.cfg from the project's settings, migrate
    the metadata DB and apply airflow_settings.yaml (pool, connections, variables); all idempotent."""
    import subprocess

    from hotline.stopping import unblock_in_child

    os.environ.update(env)
    write_airflow_cfg(env)
    airflow = str(Path(sys.executable).parent / "airflow")
    for command in ([airflow, "db", "migrate"], [sys.executable, "-m", "hotline.airflow_setup"]):
        done = subprocess.run(command, env=os.environ, capture_output=True, text=True, check=False,
                              preexec_fn=unblock_in_child)  # the children must stay stoppable
        if done.returncode != 0:
            raise SystemExit(f"`{' '.join(command[1:])}` failed:\n{done.stderr[-2000:]}")


def set_paused(dag_ids: Sequence[str], paused: bool) -> None:
    """Pause or unpause these DAGs where the metadata DB already holds them (in this process)."""
    from airflow.models.dag import DagModel
    from airflow.utils.session import create_session
    from sqlalchemy import update

    with create_session() as session:
        session.execute(update(DagModel).where(DagModel.dag_id.in_(list(dag_ids))).values(is_paused=paused))


def pause_main(argv: Sequence[str]) -> int:
    """`python -m hotline.airflow_setup --unpause|--pause [DAG ...]` (default: the project's DAGs):
    `dag.test` and older homes created them paused; `make live` holds some until its backfill is in."""
    set_paused(list(argv[1:]) or PROJECT_DAGS, paused=argv[0] == "--pause")
    return 0


def unpause_dags(env: Mapping[str, str], dag_ids: Sequence[str] = PROJECT_DAGS, *, paused: bool = False) -> None:
    """Unpause (or pause) the project's DAGs in the Airflow home of `env` (a child process, like the setup)."""
    import subprocess

    from hotline.stopping import unblock_in_child

    flag = "--pause" if paused else "--unpause"
    done = subprocess.run([sys.executable, "-m", "hotline.airflow_setup", flag, *dag_ids], env={**os.environ, **env},
                          capture_output=True, text=True, check=False, preexec_fn=unblock_in_child)
    if done.returncode != 0:
        raise SystemExit(f"{flag[2:]} of the DAGs failed:\n{done.stderr[-2000:]}")


def ui_credentials(airflow_home: Path, user: str = "admin") -> tuple[str, str]:
    """The UI login: the simple auth manager's passwords file, with a random password made once per
    Airflow home (never committed, never logged elsewhere)."""
    import secrets

    passwords = airflow_home / "simple_auth_manager_passwords.json.generated"
    known = json.loads(passwords.read_text()) if passwords.exists() else {}
    if user not in known:
        known[user] = secrets.token_urlsafe(12)
        passwords.write_text(json.dumps(known))
        passwords.chmod(0o600)
    return user, known[user]


if __name__ == "__main__":
    sys.exit(pause_main(sys.argv[1:]) if sys.argv[1:2] in (["--unpause"], ["--pause"]) else main())
