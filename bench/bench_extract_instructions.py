"""Extractor cost in CPU instructions per post, against another revision, side by side in one run.

Wall-clock figures on this shared machine move by 30% from run to run; valgrind's callgrind counts the
instructions the interpreter executes, which repeat to within a percent. For each tree (this checkout and
`--against REV`, each checked out into a temporary git worktree, so edits made meanwhile change nothing) it
counts a run over N posts of the bench corpus and a run over N/4, and prints the difference per post: imports,
the corpus, and the interpreter's and the regex engine's warm-up cancel out.

Run: .venv/bin/python bench/bench_extract_instructions.py [--against REV] [--this REV] [--posts N] [--out FILE]
Needs valgrind (Debian's package); prints why and exits 0 without it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Runs the extractor over the first N posts of a bench corpus, with the tree's own code.
RUNNER = """
import sys
root, kind, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[:0] = [root + "/include", sys.argv[4]]
from datetime import UTC, datetime
from hotline.extract import extract_facts  # first: bench_extract then finds the tree's own module loaded
import bench_extract
corpus = bench_extract.make_corpus(kind, max(n, 1))[:n]
published = datetime(2025, 11, 4, tzinfo=UTC)
extract_facts("«Хочу знайти» у жовтні: 9 243 звернення.", published, "warm-up")
for i, (text, channel) in enumerate(corpus):
    extract_facts(text, published, str(i), channel=channel)
"""


def instructions(root: Path, kind: str, posts: int) -> int:
    """Instructions callgrind counts for one run of the extractor over `posts` posts of `kind`."""
    with tempfile.TemporaryDirectory() as tmp:
        runner = Path(tmp) / "runner.py"
        runner.write_text(RUNNER, encoding="utf-8")
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", sys.executable, str(runner),
             str(root), kind, str(posts), str(ROOT / "bench")],
            capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"})
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-1000:]}")
    return int(found.group(1))


def per_post(root: Path, kind: str, posts: int) -> float:
    """Instructions per post: a run over `posts` posts less a run over a quarter of them, per post between."""
    few = posts // 4
    return (instructions(root, kind, posts) - instructions(root, kind, few)) / (posts - few)


def main() -> int:
    """Measure both trees on both corpora and print (and optionally save) the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD~1", help="the revision to compare with (default HEAD~1)")
    parser.add_argument("--this", default="HEAD", help="the revision measured (default HEAD)")
    parser.add_argument("--posts", type=int, default=400)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind): nothing measured")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        trees = {name: Path(tmp) / name for name in ("against", "this")}
        for name, rev in (("against", args.against), ("this", args.this)):
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(trees[name]), rev],
                           check=True, capture_output=True)
        try:
            lines = [f"callgrind, instructions per post ({args.posts} posts less {args.posts // 4}), "
                     f"PYTHONHASHSEED=0: {args.against} against {args.this}"]
            for kind in ("relevant", "feed"):
                before, after = per_post(trees["against"], kind, args.posts), per_post(trees["this"], kind, args.posts)
                lines.append(f"{kind:9s} {args.against}: {before:,.0f}  {args.this}: {after:,.0f}  "
                             f"({(after / before - 1) * 100:+.1f}%)")
        finally:
            for tree in trees.values():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False,
                               capture_output=True)
    print("\n".join(lines))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
