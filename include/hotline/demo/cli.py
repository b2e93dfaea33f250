"""The demo's command line::

    python -m hotline.demo serve [--port P] [--channel NAME]
    python -m hotline.demo write-pages DIR [--channel NAME]
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from hotline.demo.constants import DEMO_CHANNEL
from hotline.demo.posts import generate_demo_posts
from hotline.demo.server import DemoChannelServer
from hotline.demo.telegram_html import page_plan, posts_to_jsonl, render_channel_page
from hotline.records import Post

__all__ = ["main", "write_pages"]

_DESCRIPTION = "Offline demo channel: Telegram-shaped posts and pages built from the DEMO series."


def write_pages(directory: Path, channel: str = DEMO_CHANNEL, posts: Sequence[Post] | None = None) -> list[Path]:
    """Write the newest page and every `?before=` page (plus posts.jsonl); returns the paths."""
    posts = generate_demo_posts(channel) if posts is None else posts
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for before in page_plan(posts):
        name = f"{channel}.html" if before is None else f"{channel}_before_{before}.html"
        path = directory / name
        path.write_text(render_channel_page(channel, posts, before=before), encoding="utf-8")
        written.append(path)
    jsonl = directory / f"{channel}.posts.jsonl"
    jsonl.write_text(posts_to_jsonl(posts), encoding="utf-8")
    written.append(jsonl)
    return written


def _serve(args: argparse.Namespace) -> int:
    server = DemoChannelServer({args.channel: generate_demo_posts(args.channel)}, port=args.port)
    server.start()
    print(server.base_url, flush=True)
    print(f"DEMO channel (modeled on the real series, not the real series): {server.channel_url(args.channel)}",
          file=sys.stderr, flush=True)  # fmt: skip
    stop = threading.Event()
    # Ctrl-C and `kill` both end the demo cleanly, also when started in the background
    # (where a shell leaves SIGINT ignored).
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.close()
    return 0


def _write(args: argparse.Namespace) -> int:
    paths = write_pages(Path(args.directory), args.channel)
    print(f"wrote {len(paths)} files to {args.directory}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m hotline.demo", description=_DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the demo channel on 127.0.0.1 until Ctrl-C")
    serve.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    serve.add_argument("--channel", default=DEMO_CHANNEL)
    serve.set_defaults(run=_serve)
    write = commands.add_parser("write-pages", help="write every page as HTML files")
    write.add_argument("directory")
    write.add_argument("--channel", default=DEMO_CHANNEL)
    write.set_defaults(run=_write)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point (`python -m hotline.demo ...`)."""
    args = _parser().parse_args(argv)
    return int(args.run(args))
