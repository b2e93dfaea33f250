"""The alert chart's renderer: matplotlib (Agg) against vl-convert (Vega-Lite → PNG), same chart.

Measures, per renderer: the cold start (a fresh interpreter importing it and drawing one chart,
as a task does), the warm time per chart, the PNG's size and the install weight (the renderer's
own packages on disk, beyond what the lock already has). matplotlib is in the lock; vl-convert is
not, so its numbers need an interpreter that has it: `BENCH_VL_PYTHON=/path/to/python` (a
throwaway venv with `pip install vl-convert-python`), else that row says "not measured".
Writes bench/results/chart.txt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "chart.txt"
WARM_RUNS = 20

# The demo's 24 months up to May 2025 (values from include/hotline/demo_series.csv).
MPL_SNIPPET = """
import sys, time, json
t0 = time.perf_counter()
sys.path.insert(0, {include!r})
from hotline import demo
from hotline.chart_png import png_chart
rows = [{{"month": m, "requests": v}} for s, m, v in demo.load_demo_series()
        if s == "i_want_to_find" and m <= "2025-05"][-24:]
def draw():
    return png_chart("i_want_to_find", rows, month="2025-05", previous_record=("2025-03", 10274), demo=True,
                     headline="12,320 requests in May 2025 — a record")
png = draw()
cold = time.perf_counter() - t0
t1 = time.perf_counter()
for _ in range({warm}):
    draw()
print(json.dumps({{"cold_s": cold, "warm_ms": 1000 * (time.perf_counter() - t1) / {warm}, "png_bytes": len(png)}}))
"""

VL_SNIPPET = """
import sys, time, json
t0 = time.perf_counter()
import vl_convert as vlc
rows = json.loads({rows!r})
spec = {{
  "$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 760, "height": 300,
  "title": {{"text": "«Хочу найти»: requests per month", "subtitle": "12,320 requests in May 2025 — a record"}},
  "layer": [
    {{"data": {{"values": rows}}, "mark": {{"type": "line", "point": True}},
      "encoding": {{"x": {{"field": "month", "type": "temporal", "title": "Month"}},
                   "y": {{"field": "requests", "type": "quantitative", "title": "Requests per month"}}}}}},
    {{"data": {{"values": [{{"v": 10274}}]}}, "mark": {{"type": "rule", "strokeDash": [4, 4]}},
      "encoding": {{"y": {{"field": "v", "type": "quantitative"}}}}}},
    {{"data": {{"values": [rows[-1]]}}, "mark": {{"type": "text", "dx": -40, "dy": -12, "fontWeight": "bold"}},
      "encoding": {{"x": {{"field": "month", "type": "temporal"}}, "y": {{"field": "requests", "type": "quantitative"}},
                   "text": {{"value": "May 2025: 12,320"}}}}}}]
}}
png = vlc.vegalite_to_png(spec, scale=1.15)
cold = time.perf_counter() - t0
t1 = time.perf_counter()
for _ in range({warm}):
    vlc.vegalite_to_png(spec, scale=1.15)
print(json.dumps({{"cold_s": cold, "warm_ms": 1000 * (time.perf_counter() - t1) / {warm}, "png_bytes": len(png)}}))
"""


def _site_packages_mb(python: str, packages: list[str]) -> float:
    """Disk size of the named distributions' files, in MB, as installed for `python`."""
    code = ("import importlib.metadata as m, json, sys, os\n"
            "total = 0\n"
            "for name in json.loads(sys.argv[1]):\n"
            "    dist = m.distribution(name)\n"
            "    for f in dist.files or []:\n"
            "        p = dist.locate_file(f)\n"
            "        total += os.path.getsize(p) if os.path.isfile(p) else 0\n"
            "print(total)")
    out = subprocess.run([python, "-c", code, json.dumps(packages)], capture_output=True, text=True, check=True)
    return int(out.stdout) / 1e6


def _run(python: str, snippet: str) -> dict:
    out = subprocess.run([python, "-c", snippet], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    """Measure both renderers and write the results file."""
    sys.path.insert(0, str(ROOT / "include"))
    from hotline import demo

    rows = [{"month": m, "requests": v} for s, m, v in demo.load_demo_series()
            if s == "i_want_to_find" and m <= "2025-05"][-24:]
    lines = [f"# bench_chart.py — the alert's PNG chart (24 demo months), {time.strftime('%Y-%m-%d')}",
             f"# warm = mean of {WARM_RUNS} renders in one process; cold = fresh interpreter: import + first chart",
             f"{'renderer':<24}{'cold s':>8}{'warm ms':>9}{'PNG kB':>8}{'install MB':>12}"]
    mpl = _run(sys.executable, MPL_SNIPPET.format(include=str(ROOT / "include"), warm=WARM_RUNS))
    # matplotlib's own weight: what it adds to the lock (numpy is there already, for pandas).
    mpl_mb = _site_packages_mb(sys.executable, ["matplotlib", "pillow", "contourpy", "fonttools", "kiwisolver",
                                                "cycler", "pyparsing"])
    lines.append(f"{'matplotlib 3 (Agg)':<24}{mpl['cold_s']:>8.2f}{mpl['warm_ms']:>9.1f}"
                 f"{mpl['png_bytes'] / 1000:>8.1f}{mpl_mb:>12.1f}")
    vl_python = os.environ.get("BENCH_VL_PYTHON")
    if vl_python:
        vl = _run(vl_python, VL_SNIPPET.format(rows=json.dumps(rows), warm=WARM_RUNS))
        vl_mb = _site_packages_mb(vl_python, ["vl-convert-python"])
        lines.append(f"{'vl-convert (Vega-Lite)':<24}{vl['cold_s']:>8.2f}{vl['warm_ms']:>9.1f}"
                     f"{vl['png_bytes'] / 1000:>8.1f}{vl_mb:>12.1f}")
    else:
        lines.append(f"{'vl-convert (Vega-Lite)':<24}  not measured (set BENCH_VL_PYTHON)")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if vl_python:  # keep the comparison on file; a run without vl-convert only prints
        RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
