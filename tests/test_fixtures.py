"""The recorded Telegram fixtures are what scripts/regenerate_fixtures.py produces, and read as they should.

A change to the demo renderer (or its templates) that alters a page fails here until the fixtures
are re-recorded with `.venv/bin/python scripts/regenerate_fixtures.py` and the diff reviewed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import FIXTURES, PROJECT_ROOT
from hotline.demo import DEMO_CHANNEL, generate_demo_posts
from hotline.parse import MalformedPageError, parse_channel_page

SCRIPT = PROJECT_ROOT / "scripts" / "regenerate_fixtures.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate_fixtures", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_fixtures_equal_a_fresh_recording(script: ModuleType) -> None:
    recorded = script.render_fixtures()
    assert set(recorded) >= {"tg_demo_newest.html", "tg_truncated.html"}
    for name, body in recorded.items():
        assert (FIXTURES / name).read_bytes() == body, f"{name} is stale: run scripts/regenerate_fixtures.py"


def test_check_mode_names_a_stale_fixture_and_writing_mends_it(tmp_path: Path) -> None:
    (tmp_path / "tg_markup_variants.html").write_bytes((FIXTURES / "tg_markup_variants.html").read_bytes())
    check = [sys.executable, str(SCRIPT), "--check", "--dir", str(tmp_path)]
    done = subprocess.run(check, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1 and "stale:" in done.stderr and "tg_demo_newest.html" in done.stderr
    write = subprocess.run([sys.executable, str(SCRIPT), "--dir", str(tmp_path)], capture_output=True, text=True,
                           timeout=120, check=False)
    assert write.returncode == 0, write.stderr
    assert subprocess.run(check, capture_output=True, timeout=120, check=False).returncode == 0
    (tmp_path / "tg_demo_newest.html").write_text("edited by hand", encoding="utf-8")
    done = subprocess.run(check, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1 and done.stderr.count("stale:") == 1


def test_demo_pages_parse_to_the_demo_posts() -> None:
    posts = {p.post_id: p for p in generate_demo_posts()}
    url = f"https://t.me/s/{DEMO_CHANNEL}"
    for name, before in (("tg_demo_newest.html", None), ("tg_demo_album_and_edit.html", 47)):
        page_url = url if before is None else f"{url}?before={before}"
        page = parse_channel_page((FIXTURES / name).read_bytes(), page_url)
        assert page.has_history and page.posts
        for post in page.posts:
            expected = posts[post.post_id]
            assert (post.published_at, post.text, post.edited, post.views) == (
                expected.published_at, expected.text, expected.edited, expected.views)
    album_page = parse_channel_page((FIXTURES / "tg_demo_album_and_edit.html").read_bytes(), f"{url}?before=47")
    assert any(p.edited for p in album_page.posts)
    album = [p for p in album_page.posts if "grouped_wrap" in p.raw]
    assert len(album) == 1 and album[0].text == posts[album[0].post_id].text  # the nested caption read once


def test_empty_window_and_landing_page() -> None:
    empty = parse_channel_page((FIXTURES / "tg_demo_no_posts_found.html").read_bytes(),
                               f"https://t.me/s/{DEMO_CHANNEL}?before=1")
    assert empty.no_posts_found and empty.has_history and not empty.posts
    landing = parse_channel_page((FIXTURES / "tg_demo_landing_no_preview.html").read_bytes(),
                                 "https://t.me/no_such_demo")
    assert not landing.has_history and not landing.posts


def test_truncated_page_is_the_variants_page_cut_short() -> None:
    truncated = (FIXTURES / "tg_truncated.html").read_bytes()
    assert (FIXTURES / "tg_markup_variants.html").read_bytes().startswith(truncated)
    with pytest.raises(MalformedPageError):
        parse_channel_page(truncated, "https://t.me/s/hotline_demo?before=12")
