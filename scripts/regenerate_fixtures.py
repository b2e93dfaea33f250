"""Re-record the Telegram page fixtures under tests/fixtures from offline sources (never the network).

Recorded here, each from a named source:
- `tg_demo_newest.html`, `tg_demo_album_and_edit.html`, `tg_demo_no_posts_found.html`,
  `tg_demo_landing_no_preview.html`: pages of the demo channel as the demo renderer
  (`hotline.demo.telegram_html`) serves them — the newest page, the page with the album and the
  edited report, an empty window ("No posts found") and the landing page of a channel without a
  preview;
- `tg_truncated.html`: `tg_markup_variants.html` cut mid-widget, as a dropped connection leaves it.

Not recorded (and left alone): `tg_markup_variants.html`, `tg_no_posts_found.html` and
`tg_landing_not_public.html` are hand-written markup variants (reply, forward, service message,
video, ...) the demo renderer does not produce; `tg_topwar_full.html` is a page saved from a real
public channel, which only a network capture could refresh. `tests/test_fixtures.py` checks that
the committed files equal what this script produces.

Run: .venv/bin/python scripts/regenerate_fixtures.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from hotline.demo.constants import DEMO_CHANNEL  # noqa: E402
from hotline.demo.posts import generate_demo_posts  # noqa: E402
from hotline.demo.telegram_html import render_channel_page, render_landing_page  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
# The page of the demo channel that holds its album and its edited report (ids 28..47).
ALBUM_PAGE_BEFORE = 47
# Where the truncated page ends: inside the second widget's footer, past one whole post.
TRUNCATED_AT_BYTE = 2600


def _demo_page(before: int | None) -> bytes:
    """One web-preview page of the demo channel (`before=None`: the newest)."""
    return render_channel_page(DEMO_CHANNEL, generate_demo_posts(), before=before).encode("utf-8")


def _truncated() -> bytes:
    """The markup-variants page cut short (its source is hand-written, so read from disk)."""
    return (FIXTURES / "tg_markup_variants.html").read_bytes()[:TRUNCATED_AT_BYTE]


RECORDED: dict[str, Callable[[], bytes]] = {
    "tg_demo_newest.html": lambda: _demo_page(None),
    "tg_demo_album_and_edit.html": lambda: _demo_page(ALBUM_PAGE_BEFORE),
    "tg_demo_no_posts_found.html": lambda: _demo_page(1),
    "tg_demo_landing_no_preview.html": lambda: render_landing_page("no_such_demo", has_preview=False).encode("utf-8"),
    "tg_truncated.html": _truncated,
}


def render_fixtures() -> dict[str, bytes]:
    """Every recorded fixture's name and the bytes this script would write for it."""
    return {name: produce() for name, produce in RECORDED.items()}


def stale_fixtures(directory: Path = FIXTURES) -> list[str]:
    """The recorded fixtures whose file in `directory` is missing or differs from a fresh recording."""
    return [name for name, body in render_fixtures().items()
            if not (directory / name).is_file() or (directory / name).read_bytes() != body]


def main(argv: list[str] | None = None) -> int:
    """Write the fixtures (or, with --check, only report the stale ones and exit 1 if any)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    parser.add_argument("--dir", type=Path, default=FIXTURES, help="where the fixtures live (default: tests/fixtures)")
    args = parser.parse_args(argv)
    stale = stale_fixtures(args.dir)
    if args.check:
        for name in stale:
            print(f"stale: {args.dir / name}", file=sys.stderr)
        return 1 if stale else 0
    args.dir.mkdir(parents=True, exist_ok=True)
    for name, body in render_fixtures().items():
        (args.dir / name).write_bytes(body)
    print(f"recorded {len(RECORDED)} fixtures in {args.dir} ({len(stale)} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
