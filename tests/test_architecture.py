"""`docs/ARCHITECTURE.md` is checked against the code where the code can say (issue 25): every
module and name it points to exists, the counts it states are the code's, production code never
imports the demo, and no module grows past 450 lines."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "include" / "hotline"
DOC = ROOT / "docs" / "ARCHITECTURE.md"
CODE_DIRS = ("include", "plugins", "dags")
MAX_LINES = 450
# Modules over MAX_LINES when the limit came (issue 25), each held to its size then: this list only
# shrinks. Split a module below 450 lines and remove its line here; none may grow.
OVER_LIMIT_CEILINGS: dict[str, int] = {}
# Who may import `hotline.demo`: the demo itself and the commands that start it (`hotline demo` in
# `cli.py`, `hotline up` in `airflow_up.py`); tests are outside CODE_DIRS.
DEMO_IMPORTERS = ("include/hotline/demo/", "include/hotline/cli.py", "include/hotline/airflow_up.py")
PATH_RE = re.compile(r"`([\w./-]+\.(?:py|toml|csv|md)|[\w/]+/)`")
DOTTED_RE = re.compile(r"`(\w+)\.(\w+)`")
FILE_SUFFIXES = {"py", "toml", "csv", "md", "sql"}
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}


def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def python_files() -> list[Path]:
    return sorted(path for folder in CODE_DIRS for path in (ROOT / folder).rglob("*.py")
                  if "__pycache__" not in path.parts)


def _exists(name: str) -> bool:
    return any((base / name).exists() for base in (ROOT, PACKAGE))


def test_every_path_the_map_names_exists():
    named = set(PATH_RE.findall(doc_text()))
    assert len(named) > 40, f"the map names {len(named)} files and folders; the pattern no longer reads it"
    missing = sorted(name for name in named if not _exists(name))
    assert not missing, f"docs/ARCHITECTURE.md names paths absent under the root and include/hotline/: {missing}"


def test_every_module_attribute_the_map_names_exists():
    checked, missing = 0, []
    for module_name, attribute in sorted(set(DOTTED_RE.findall(doc_text()))):
        is_module = (PACKAGE / f"{module_name}.py").exists() or (PACKAGE / module_name / "__init__.py").exists()
        if attribute in FILE_SUFFIXES or not is_module:
            continue  # `Settings.demo`, `alerts.status`: a class's field or a table's column, not a module's name
        module = importlib.import_module(f"hotline.{module_name}")
        checked += 1
        if not hasattr(module, attribute):
            missing.append(f"{module_name}.{attribute}")
    assert checked >= 12, f"only {checked} `module.name` references were checked; the pattern no longer reads the map"
    assert not missing, f"docs/ARCHITECTURE.md names what the modules do not define: {missing}"


def test_the_number_of_alert_kinds_is_the_rule_table_s():
    from hotline.detect.rules import ALERT_RULES

    stated = re.search(r"There are (\d+) kinds today", doc_text())
    assert stated, "docs/ARCHITECTURE.md no longer says how many alert kinds there are"
    assert int(stated.group(1)) == len(ALERT_RULES), f"the map says {stated.group(1)} kinds, ALERT_RULES has " \
                                                     f"{len(ALERT_RULES)}: {sorted(ALERT_RULES)}"
    import hotline.detect

    # detect's docstring once said "three rules" of eight: a count there must be the table's.
    def counts(text: str) -> list[int]:
        words = re.findall(r"\b(\w+) (?:alert )?(?:rules|kinds)\b", text)
        return [NUMBER_WORDS[word.lower()] for word in words if word.lower() in NUMBER_WORDS]

    assert counts("Three rules, each with a version") == [3]  # the guard reads the old wording
    wrong = [count for count in counts(hotline.detect.__doc__) if count != len(ALERT_RULES)]
    assert not wrong, f"detect/__init__.py's docstring counts {wrong} alert kinds; ALERT_RULES has {len(ALERT_RULES)}"


def test_the_number_of_languages_is_the_extractor_s():
    from hotline.extract.lang import LANGUAGES

    modules = sorted(path.stem for path in (PACKAGE / "extract" / "lang").glob("*.py") if not path.stem.startswith("_"))
    assert sorted(lang.__name__.rsplit(".", 1)[-1] for lang in LANGUAGES) == modules, (
        "every module in extract/lang/ is listed in LANGUAGES, and only those")
    stated = re.search(r"posts in (\d+) languages", doc_text())
    assert stated and int(stated.group(1)) == len(modules), (
        f"the map says {stated.group(1) if stated else '?'} languages; extract/lang/ has {len(modules)}: {modules}")


def test_the_number_of_dags_is_the_dag_folder_s():
    dags = sorted(path.stem for path in (ROOT / "dags").glob("*.py"))
    stated = re.search(r"(\w+) DAGs: " + r", ".join(r"`(\w+)`[^,`]*" for _ in dags[:-1]), doc_text())
    assert stated, f"the map no longer lists the DAGs {dags} as 'N DAGs: `a` ..., `b` ...'"
    assert NUMBER_WORDS.get(stated.group(1).lower()) == len(dags), f"the map counts {stated.group(1)} DAGs: {dags}"
    assert all(f"`{dag}`" in doc_text() for dag in dags), f"the map names every DAG: {dags}"


def _imports_demo(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] if node.module != "hotline" else [f"hotline.{a.name}" for a in node.names]
        else:
            continue
        if any(name == "hotline.demo" or name.startswith("hotline.demo.") for name in names):
            lines.append(node.lineno)
    return lines


def test_no_production_module_imports_the_demo():
    offenders = []
    for path in python_files():
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(DEMO_IMPORTERS):
            continue
        offenders += [f"{relative}:{line}" for line in _imports_demo(ast.parse(path.read_text(encoding="utf-8")))]
    assert not offenders, f"production code imports hotline.demo (configuration must carry the difference): {offenders}"


def test_the_demo_import_guard_sees_every_form():
    forms = ["from hotline import demo", "from hotline import (\n    store,\n    demo,\n)", "import hotline.demo",
             "from hotline.demo.posts import generate_demo_posts", "def f():\n    from hotline import demo\n"]
    assert all(_imports_demo(ast.parse(form)) for form in forms)
    assert not _imports_demo(ast.parse("from hotline import delivery\nimport hotline.demography"))


@pytest.mark.parametrize("path", python_files(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_no_module_grows_past_450_lines(path):
    relative = path.relative_to(ROOT).as_posix()
    lines = len(path.read_text(encoding="utf-8").splitlines())
    ceiling = OVER_LIMIT_CEILINGS.get(relative, MAX_LINES)
    why = ", its size when the 450 limit came: split it" if relative in OVER_LIMIT_CEILINGS else ""
    assert lines <= ceiling, f"{relative} has {lines} lines (limit {ceiling}{why})"


def test_the_over_limit_list_only_shrinks():
    stale = {name: ceiling for name, ceiling in OVER_LIMIT_CEILINGS.items()
             if not (ROOT / name).exists() or len((ROOT / name).read_text(encoding="utf-8").splitlines()) <= MAX_LINES}
    assert not stale, f"at most {MAX_LINES} lines now (or gone): remove them from OVER_LIMIT_CEILINGS: {stale}"


STAGE_TASK_RE = re.compile(r"stage_task\(\"(\w+)\"")


def test_one_module_per_stage_named_as_its_task():
    """The layers have one name each (issue 25): the DAG files wire `tasks.stage_task("<stage>")`,
    `tasks.py` adapts Airflow, and `stages/<stage>.py` holds the stage's work in one entry function
    of the same name, shaped alike; the synonyms that stood between them are gone."""
    import inspect

    from hotline.stages import STAGES

    modules = sorted(path.stem for path in (PACKAGE / "stages").glob("*.py") if not path.stem.startswith("_"))
    assert sorted(STAGES) == modules, f"stages.STAGES {sorted(STAGES)} is not the modules of stages/ {modules}"
    for stage in STAGES:
        entry = getattr(importlib.import_module(f"hotline.stages.{stage}"), stage, None)
        assert callable(entry), f"stages/{stage}.py has no entry function {stage}()"
        assert list(inspect.signature(entry).parameters)[:4] == ["conn", "run", "settings", "upstream"], (
            f"{stage}() takes {list(inspect.signature(entry).parameters)}, not (conn, run, settings, upstream)")
    wired = {name for path in (ROOT / "dags").glob("*.py") for name in STAGE_TASK_RE.findall(path.read_text())}
    assert wired == set(STAGES), f"the DAG files wire {sorted(wired)}; stages/ holds {sorted(STAGES)}"
    stated = re.search(r"the (\d+) stages in `stages.STAGES`", doc_text())
    assert stated and int(stated.group(1)) == len(STAGES), "the map counts the stages as stages.STAGES does"
    gone = [name for name in ("wiring.py", "steps.py", "pipeline.py") if (PACKAGE / name).exists()]
    assert not gone, f"a second name for a layer is back: {gone}"


def _modules_where(predicate) -> set[str]:
    """The code modules (relative to include/hotline/) with an AST node for which `predicate` holds."""
    found = set()
    for path in python_files():
        if any(predicate(node) for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))):
            found.add(path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else path.name)
    return found


def _stated_files(recipe: str) -> int:
    stated = re.search(rf"\*\*{recipe} — (\d+) files?", doc_text())
    assert stated, f"docs/ARCHITECTURE.md no longer states how many files {recipe.lower()} takes"
    return int(stated.group(1))


def test_an_alert_rule_is_the_files_the_map_counts():
    """An alert rule's row, titles, notify type and chart mark live in one table (`detect/rules.py`),
    its detection over the series in `detect/series_alerts.py`: the 2 files the map states."""
    rows = _modules_where(lambda node: isinstance(node, ast.Call) and getattr(node.func, "id", None) == "AlertRule")
    titles = _modules_where(lambda node: isinstance(node, ast.Constant) and isinstance(node.value, str)
                            and "{label}" in node.value)
    walk = _modules_where(lambda node: isinstance(node, ast.FunctionDef) and node.name == "_detect_series")
    assert rows == titles == {"detect/rules.py"}, f"alert rows in {rows}, title templates in {titles}"
    assert walk == {"detect/series_alerts.py"}, f"the series walk is in {walk}"
    assert _stated_files("An alert rule") == len(rows | walk)


def test_a_source_type_is_the_files_the_map_counts():
    """A source type (issue 25): its fetcher module in `fetch/`, its row in the one table of source
    types (`fetch/sources.py`), its setting (and officialness) in `settings.py`. The fetch stage walks
    the table: it names no source type and reads no list of sources itself."""
    import dataclasses
    import typing

    from hotline.fetch.sources import SOURCE_TYPES
    from hotline.settings import Settings

    official = _modules_where(lambda node: isinstance(node, ast.Assign) and any(
        getattr(target, "id", None) == "OFFICIAL_SOURCES" for target in node.targets))
    rows = _modules_where(lambda node: isinstance(node, ast.Call) and getattr(node.func, "id", None) == "SourceType")
    assert official == {"settings.py"}, f"OFFICIAL_SOURCES is set in {official}"
    assert rows == {"fetch/sources.py"}, f"source types are listed in {rows}"
    kinds = {source_type.kind for source_type in SOURCE_TYPES}
    settings_fields = {field.name for field in dataclasses.fields(Settings)}
    hints = typing.get_type_hints(Settings)
    for source_type in SOURCE_TYPES:
        assert source_type.setting in settings_fields, f"{source_type.kind}: no Settings.{source_type.setting}"
        assert hints[source_type.setting] == tuple[str, ...], f"Settings.{source_type.setting} is not a list"
    stage = ast.parse((PACKAGE / "stages" / "fetch_posts.py").read_text(encoding="utf-8"))
    named = {node.value for node in ast.walk(stage) if isinstance(node, ast.Constant) and node.value in kinds}
    lists = {node.attr for node in ast.walk(stage) if isinstance(node, ast.Attribute)
             and node.attr in {source_type.setting for source_type in SOURCE_TYPES}}
    assert not named and not lists, f"the fetch stage names source types {named} or reads their lists {lists}"
    touched = {"fetch/<new>.py"} | rows | official
    assert _stated_files("A source type") == len(touched), touched


def test_a_series_is_the_file_the_map_counts():
    """A series is its table in `series.toml`: no code module names a series id, but the optional
    report watch list (`stages/check_reports.py`), the languages' optional names and the demo."""
    import tomllib

    ids = set(tomllib.loads((PACKAGE / "series.toml").read_text(encoding="utf-8"))["series"])
    naming = _modules_where(lambda node: isinstance(node, ast.Constant) and node.value in ids)
    optional = {"stages/check_reports.py"}
    others = {name for name in naming - optional if not name.startswith(("extract/lang/", "demo/"))}
    assert not others, f"code names a series id outside series.toml: {sorted(others)}"
    assert _stated_files("A series") == 1
