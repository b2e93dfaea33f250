"""A loopback HTTP server with Telegram's web-preview routes, serving the demo channel.

`make demo` and the tests fetch the demo channel through it with the very client used for the
live channel.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlsplit

from hotline.demo.constants import DEMO_CHANNEL, PAGE_SIZE
from hotline.demo.telegram_html import (
    message_number,
    posts_to_jsonl,
    render_channel_page,
    render_landing_page,
    render_post_page,
)
from hotline.records import Post

__all__ = ["DemoChannelServer", "Response"]

_NOT_FOUND = b"<!DOCTYPE html>\n<html><body>Not Found</body></html>\n"


@dataclass(frozen=True)
class Response:
    """What the server answers to one GET (a subclass may answer its own, e.g. a 503)."""

    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


def _int_param(query: Mapping[str, list[str]], name: str) -> int | None:
    """A numeric query parameter; t.me ignores values that are not numbers."""
    values = query.get(name) or []
    return int(values[0]) if values and values[0].isdigit() else None


class _Handler(BaseHTTPRequestHandler):
    """Routes GETs to the owning DemoChannelServer; silent (no access log on stderr)."""

    protocol_version = "HTTP/1.1"  # keep-alive, like t.me, so a Session reuses one connection
    server_version = "hotline-demo/1"
    timeout = 30  # idle keep-alive connections must not hold a thread forever

    def do_GET(self) -> None:
        """Answer with what the owning server's `respond` returns for this path."""
        owner: DemoChannelServer = self.server.owner  # type: ignore[attr-defined]
        response = owner.respond(self.path)
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        if response.location is not None:
            self.send_header("Location", response.location)
        self.end_headers()
        self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests and the demo print their own progress."""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # don't wait for idle keep-alive connections on close

    def __init__(self, address: tuple[str, int], owner: DemoChannelServer) -> None:
        self.owner = owner
        super().__init__(address, _Handler)


class DemoChannelServer:
    """A loopback server with t.me's web-preview routes for one or more demo channels.

    `GET /s/<channel>[?before=N|?after=N]` serves pages; an unknown channel gets a 302 to
    `/<channel>`, a landing page without history (as t.me does for channels without a preview);
    `GET /demo/posts.jsonl` lists every post. Channel names match case-insensitively.

    >>> with DemoChannelServer({"koordshtab_demo": generate_demo_posts()}) as server:
    ...     server.base_url  # doctest: +SKIP
    'http://127.0.0.1:PORT'
    """

    def __init__(self, channels: Mapping[str, Sequence[Post]], *, port: int = 0, page_size: int = PAGE_SIZE) -> None:
        """Serve `channels` (name → posts) on 127.0.0.1:`port` (0 = any free port) once started."""
        self._channels: dict[str, tuple[str, tuple[Post, ...]]] = {}
        for name, posts in channels.items():
            self.set_channel(name, posts)
        self._port = port
        self._page_size = page_size
        self._lock = threading.Lock()
        self._paths: list[str] = []
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- state -----------------------------------------------------------------------------

    def set_channel(self, name: str, posts: Sequence[Post]) -> None:
        """Add or replace a channel (e.g. publish a new post or an edit while the server runs)."""
        self._channels[name.lower()] = (name, tuple(posts))

    @property
    def request_count(self) -> int:
        """How many requests the server has answered."""
        with self._lock:
            return len(self._paths)

    @property
    def request_paths(self) -> list[str]:
        """The request paths (with query) answered so far, in order."""
        with self._lock:
            return list(self._paths)

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT` (the server must be started)."""
        if self._httpd is None:
            raise RuntimeError("DemoChannelServer is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def channel_url(self, channel: str = DEMO_CHANNEL) -> str:
        """`<base_url>/s/<channel>`."""
        return f"{self.base_url}/s/{channel}"

    # -- routing (pure enough to test without sockets) --------------------------------------

    def respond(self, path: str) -> Response:
        """The response to `GET path`; counts the request."""
        with self._lock:
            self._paths.append(path)
        parts = urlsplit(path)
        segments = [s for s in parts.path.split("/") if s]
        if parts.path == "/demo/posts.jsonl":
            posts = [p for _, channel_posts in self._channels.values() for p in channel_posts]
            return Response(200, posts_to_jsonl(posts).encode(), "application/x-ndjson; charset=utf-8")
        if len(segments) == 2 and segments[0] == "s":
            return self._preview(segments[1], parse_qs(parts.query))
        if len(segments) == 2 and segments[0] != "s" and segments[1].isdigit():
            return self._post(segments[0], int(segments[1]))
        if len(segments) == 1 and segments[0] != "s":
            known = self._channels.get(segments[0].lower())
            return Response(200, render_landing_page(segments[0], has_preview=known is not None).encode())
        return Response(404, _NOT_FOUND)

    def _post(self, name: str, post_id: int) -> Response:
        known = self._channels.get(name.lower())
        post = next((p for p in (known[1] if known else ()) if message_number(p) == post_id), None)
        if known is None or post is None:
            return Response(404, _NOT_FOUND)
        return Response(200, render_post_page(known[0], post).encode("utf-8"))

    def _preview(self, name: str, query: Mapping[str, list[str]]) -> Response:
        known = self._channels.get(name.lower())
        if known is None:
            return Response(302, b"", location=f"/{quote(name)}")
        channel, posts = known
        page = render_channel_page(
            channel,
            posts,
            before=_int_param(query, "before"),
            after=_int_param(query, "after"),
            page_size=self._page_size,
        )
        return Response(200, page.encode("utf-8"))

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> DemoChannelServer:
        """Bind and serve in a daemon thread; returns self."""
        if self._httpd is None:
            self._httpd = _HTTPServer(("127.0.0.1", self._port), self)
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="demo-channel-server", daemon=True)
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> DemoChannelServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()
