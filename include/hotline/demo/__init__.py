"""Offline demo channel: Telegram-shaped posts and pages built from the DEMO series.

**This is a demo, not the real series** (see `hotline.demo.posts`). The package:
- `constants`: the channel's name and `demo_post_url` (all the API server and the alerts need);
- `posts`: `generate_demo_posts()`, `load_demo_series()`, the report and noise texts;
- `telegram_html`: `render_channel_page()` and friends, t.me's markup from `templates/`;
- `server`: `DemoChannelServer`, a loopback server with Telegram's routes;
- `cli`: `python -m hotline.demo serve | write-pages`.

Only `constants` is imported with the package: the other names load their module on first use,
so `from hotline.demo import DEMO_CHANNEL` does not pull in the generator, renderer or server.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from hotline.demo.constants import DEMO_CHANNEL, NBSP, PAGE_SIZE, RECORD_MONTHS, demo_post_url

if TYPE_CHECKING:  # what the lazy names are, for type checkers and readers
    from hotline.demo.cli import main, write_pages
    from hotline.demo.posts import format_count, generate_demo_posts, load_demo_series
    from hotline.demo.server import DemoChannelServer
    from hotline.demo.telegram_html import (
        format_views,
        page_plan,
        posts_to_jsonl,
        render_channel_page,
        render_landing_page,
        render_post_page,
        render_post_widget,
    )

__all__ = [
    "DEMO_CHANNEL",
    "NBSP",
    "PAGE_SIZE",
    "RECORD_MONTHS",
    "DemoChannelServer",
    "demo_post_url",
    "format_count",
    "format_views",
    "generate_demo_posts",
    "load_demo_series",
    "main",
    "page_plan",
    "posts_to_jsonl",
    "render_channel_page",
    "render_landing_page",
    "render_post_page",
    "render_post_widget",
    "write_pages",
]

# name → the submodule that defines it, imported on first access (PEP 562).
_LAZY = {
    "DemoChannelServer": "server",
    "format_count": "posts",
    "format_views": "telegram_html",
    "generate_demo_posts": "posts",
    "load_demo_series": "posts",
    "main": "cli",
    "page_plan": "telegram_html",
    "posts_to_jsonl": "telegram_html",
    "render_channel_page": "telegram_html",
    "render_landing_page": "telegram_html",
    "render_post_page": "telegram_html",
    "render_post_widget": "telegram_html",
    "write_pages": "cli",
}


def __getattr__(name: str) -> Any:
    """Load the submodule that defines `name` the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
