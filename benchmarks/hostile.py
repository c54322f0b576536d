#!/usr/bin/env python3
"""Which stage is slow or non-linear on hostile input, and how badly.

For each pathological unit (the ones ``tests/test_robustness.py`` throws at
``parse``), builds texts of two sizes by repeating it, times every stage of
``DEFAULT_STAGES`` on both in a fresh process (killed after ``--timeout``),
and prints the time per stage and its growth exponent: ``log(t2/t1) /
log(n2/n1)``, 1 for linear cost, 2 for quadratic.  Run from the project root::

    .venv/bin/python benchmarks/hostile.py                  # 10k and 40k chars
    .venv/bin/python benchmarks/hostile.py --sizes 20000,200000 --only meet,talks
    .venv/bin/python benchmarks/hostile.py --profile meet   # cProfile of one unit
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import pstats
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# time the checkout this script belongs to, whatever newsparse is installed
sys.path.insert(0, str(ROOT))

UNITS: dict[str, str] = {
    "letter": "a",
    "capital": "A",
    "spaces": " ",
    "dots": ".",
    "newlines": "\n",
    "hyphens": "-",
    "double-dashes": "--",
    "quotes": '"',
    "open-parens": "(",
    "title": "President ",
    "title-of-the": "President of the ",
    "mr": "Mr. ",
    "the": "the ",
    "and": "and ",
    "commas": ", ",
    "meet": "meet ",
    "talks": "talks ",
    "said": "said ",
    "date": "March 11, 2025 ",
    "weekday": "Tuesday ",
    "iso-date": "2025-03-11 ",
    "digits": "1",
    "numbers": "1 ",
    "initials": "U.S.",
    "capitalised": "Foo ",
    "place": "New York ",
    "country": "France ",
    "demonym": "French ",
    "acronym": "NATO ",
    "pronoun": "he ",
    "sentence": "Donald Trump met Vladimir Putin. ",
    "unclosed-quote": 'He said "we will meet in Paris next week ',
    "unclosed-parens": "(talks (in (Paris ",
    "long-word": "Supercalifragilistic",
    "mixed-scripts": "Mосква 北京 القاهرة दिल्ली Αθήνα 東京 ",
    "html": '<p><b>President</b> Smith met <a href="/x">Ms. Jones</a> in Paris.</p>\n',
    "zero-width": "\u200b",
}

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
from hostile import stage_times
unit, size = json.loads(sys.stdin.read())
print(json.dumps(stage_times((unit * (size // len(unit) + 1))[:size])))
"""


def stage_times(text: str) -> dict[str, float]:
    """Seconds each stage takes on ``text`` (published 2025-03-11)."""
    import datetime as dt

    import newsparse
    from newsparse.pipeline import Analysis

    newsparse.parse("Leaders met in Paris on Tuesday.", published="2025-03-11")  # warm up
    analysis = Analysis(text=text, published=dt.date(2025, 3, 11))
    out: dict[str, float] = {}
    for stage in newsparse.DEFAULT_STAGES:
        t0 = time.process_time()
        analysis = stage(analysis)
        out[getattr(stage, "__name__", repr(stage))] = time.process_time() - t0
    return out


def measure(unit: str, size: int, timeout: float) -> dict[str, Any]:
    """Stage times for one unit and size in a fresh process, or an error."""
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(Path(__file__).parent), str(ROOT)],
            input=json.dumps([unit, size]), capture_output=True, text=True,
            timeout=timeout, errors="surrogatepass",
        )
    except subprocess.TimeoutExpired:
        return {"error": f"> {timeout:.0f} s"}
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or ["?"]
        return {"error": lines[-1][:120]}
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,40000", help="two sizes in characters")
    parser.add_argument("--only", default="", help="comma-separated unit names")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--slow", type=float, default=0.25,
                        help="list stages taking this many CPU seconds (or exponent > 1.4)")
    parser.add_argument("--profile", metavar="UNIT", help="cProfile parse() on one unit")
    parser.add_argument("--json", help="write all figures to this file")
    args = parser.parse_args(argv)
    small, big = (int(s) for s in args.sizes.split(","))
    if args.profile:
        import newsparse

        text = (UNITS[args.profile] * (big // len(UNITS[args.profile]) + 1))[:big]
        prof = cProfile.Profile()
        prof.enable()
        newsparse.parse(text, published="2025-03-11")
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return 0
    names = [n for n in args.only.split(",") if n] or list(UNITS)
    report: dict[str, Any] = {}
    print(f"{'unit':16} {'stage':15} {small:>9,} {big:>9,}  exponent")
    for name in names:
        t0 = time.perf_counter()
        one = measure(UNITS[name], small, args.timeout)
        two = measure(UNITS[name], big, args.timeout)
        report[name] = {"small": one, "big": two}
        if "error" in one or "error" in two:
            print(f"{name:16} {'-':15} {one.get('error', ''):>9} {two.get('error', ''):>9}")
            continue
        flagged = False
        for stage, t_small in one.items():
            t_big = two.get(stage, 0.0)
            exp = (math.log(t_big / t_small) / math.log(big / small)
                   if t_small > 1e-4 and t_big > 1e-4 else float("nan"))
            if t_big >= args.slow or (exp > 1.4 and t_big > 0.02):
                print(f"{name:16} {stage:15} {t_small:9.3f} {t_big:9.3f}  {exp:5.2f}")
                flagged = True
        if not flagged:
            print(f"{name:16} {'(all fast)':15} {sum(one.values()):9.3f} {sum(two.values()):9.3f}"
                  f"  ({time.perf_counter() - t0:.1f} s)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
