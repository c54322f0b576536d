#!/usr/bin/env python3
"""Benchmark newsparse: speed, per-stage cost, scaling, import time and memory.

Times are CPU seconds of the process doing the work (``time.process_time``),
so other jobs on a shared machine do not inflate them; only the
``parse_many`` worker table is wall-clock (with the CPU of all processes).

Run from the project root::

    .venv/bin/python benchmarks/bench.py                 # everything, a readable table
    .venv/bin/python benchmarks/bench.py --quick         # a smaller, faster run
    .venv/bin/python benchmarks/bench.py --json out.json --profile prof.txt

The corpus is ``../shared/data/wikinews/corpus.jsonl`` (267 Wikinews
articles, CC BY 2.5) when present, else a generated one.  Next to newsparse,
in the same run and on the same documents, it times references: dateparser's
``search_dates`` (capped to a few documents: it is slow), a plain ``regex``
gazetteer pass over country names, and spaCy's small English pipeline when
it can be imported (optionally from another interpreter, ``--spacy-python``).
See ``docs/performance.md`` for what the numbers mean and the goals.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# time the checkout this script belongs to, whatever newsparse is installed
sys.path.insert(0, str(ROOT))
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews"
DEFAULT_CORPUS = WIKINEWS / "corpus.jsonl"
SIZES = (1_000, 10_000, 100_000, 1_000_000)
HUGE = 10_000_000

# The goals of issue 6 (docs/performance.md).
GOAL_SPACY_RATIO = 50.0
GOAL_MB_S = 0.5
GOAL_SCALING = 1.5
GOAL_IMPORT_MS = 150.0
GOAL_RSS_MB = 150.0

Article = dict[str, Any]

# Stages are being written while this runs: a crash in one document is
# recorded (stage, document, error) and the benchmark goes on.
CRASHES: dict[tuple[str, str], str] = {}


def _crash(article: Article, where: str, exc: Exception) -> None:
    CRASHES.setdefault((where, str(article.get("id", "?"))), f"{type(exc).__name__}: {exc}")


def _parse(article: Article) -> None:
    import newsparse

    try:
        newsparse.parse(article["text"], published=article.get("published"))
    except Exception as exc:  # noqa: BLE001 - see CRASHES
        _crash(article, "parse", exc)


# --- corpus -------------------------------------------------------------------


def load_corpus(path: Path | None) -> tuple[list[Article], str]:
    """The articles to time, and where they came from."""
    if path is not None and path.exists():
        with open(path, encoding="utf-8") as f:
            articles = [json.loads(line) for line in f if line.strip()]
        return articles, str(path)
    return generate_corpus(), "generated (corpus file absent)"


def generate_corpus(n: int = 200, seed: int = 7) -> list[Article]:
    """Deterministic synthetic news articles of realistic length and vocabulary."""
    rng = random.Random(seed)
    people = ["President Anna Berg", "Prime Minister Li Wei", "Foreign Minister Omar Haddad",
              "Chancellor Jonas Weber", "Secretary-General Maria Costa", "Mr. Haddad", "Ms. Berg"]
    places = ["Paris", "Berlin", "Nairobi", "Tokyo", "Geneva", "Brasilia", "Ankara", "Ottawa"]
    countries = ["France", "Germany", "Kenya", "Japan", "Brazil", "Turkey", "Canada", "India"]
    verbs = ["met", "held talks with", "spoke by phone with", "criticised", "welcomed",
             "signed an agreement with", "accused", "will meet", "hosted"]
    whens = ["on Tuesday", "last week", "on March 11, 2025", "next month", "yesterday",
             "earlier this year", "on Friday morning", "in 2024"]
    tails = ["to discuss trade and security.", "amid protests in the capital.",
             "after months of tension.", ", officials said.", "in a bid to end the dispute.",
             "according to a statement from the ministry."]
    articles = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(6, 60)):
            sentences.append(
                f"{rng.choice(people)} {rng.choice(verbs)} {rng.choice(people).split()[-1]} "
                f"of {rng.choice(countries)} in {rng.choice(places)} {rng.choice(whens)} "
                f"{rng.choice(tails)}"
            )
        paragraphs = [" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3)]
        day = 1 + i % 28
        articles.append({
            "id": f"gen-{i:03d}",
            "published": f"2025-02-{day:02d}",
            "text": f"Tuesday, February {day}, 2025\n\n" + "\n\n".join(paragraphs),
        })
    return articles


def make_stress_doc(
    articles: list[Article], n_chars: int, folder: Path = WIKINEWS
) -> tuple[str, str]:
    """A document of ``n_chars`` made of the corpus articles, as stress.py does.

    Uses ``../shared/data/wikinews/stress.py`` when it is there (the shared,
    documented recipe), else the same recipe written here: join the articles
    with a blank line, cycling, and cut at the last whitespace before N.
    """
    if (folder / "stress.py").exists():
        sys.path.insert(0, str(folder))
        try:
            import stress  # type: ignore[import-not-found]

            text, published = stress.make_doc(articles, n_chars)
            return str(text), str(published)
        finally:
            sys.path.remove(str(folder))
    parts: list[str] = []
    total = i = 0
    while total < n_chars:
        parts.append(articles[i % len(articles)]["text"])
        total += len(parts[-1]) + 2
        i += 1
    text = "\n\n".join(parts)
    if len(text) > n_chars:
        cut = n_chars
        while cut > 0 and not text[cut].isspace():
            cut -= 1
        text = text[:cut] if cut > 0 else text[:n_chars]
    return text, str(articles[0]["published"])


def utf8_mb(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6


# --- timing newsparse ----------------------------------------------------------


def time_pipeline(articles: list[Article], repeat: int) -> dict[str, Any]:
    """Whole ``parse()`` over the corpus: best of ``repeat`` passes, after a pass
    that is not timed (patterns a rare wording needs compile on first use; their
    one-off cost is the first parse's, reported apart)."""
    for a in articles:
        _parse(a)
    per_doc = [float("inf")] * len(articles)
    cpus = []
    for _ in range(repeat):
        c0 = time.process_time()
        for i, a in enumerate(articles):
            t0 = time.process_time()
            _parse(a)
            per_doc[i] = min(per_doc[i], time.process_time() - t0)
        cpus.append(time.process_time() - c0)
    return {"seconds": sum(per_doc), "cpu_seconds": min(cpus), "per_doc": per_doc}


def _stages() -> list[tuple[str, Callable[[Any], Any]]]:
    import newsparse

    return [(getattr(s, "__name__", repr(s)), s) for s in newsparse.DEFAULT_STAGES]


def time_stages(articles: list[Article], repeat: int) -> dict[str, float]:
    """Seconds per stage (and for building the Document and its JSON) over the corpus.

    Each document runs through the stages one by one on the same Analysis,
    exactly as ``parse()`` chains them; best of ``repeat`` passes per stage.
    """
    from newsparse.pipeline import Analysis, coerce_published

    stages = _stages()
    best: dict[str, float] = {}
    for _ in range(repeat):
        totals = dict.fromkeys([name for name, _ in stages] + ["to_document", "to_dict+json"], 0.0)
        for a in articles:
            analysis = Analysis(text=a["text"], published=coerce_published(a.get("published")))
            for name, stage in stages:
                t0 = time.process_time()
                try:
                    analysis = stage(analysis)
                except Exception as exc:  # noqa: BLE001 - see CRASHES
                    _crash(a, name, exc)
                finally:
                    totals[name] += time.process_time() - t0
            t0 = time.process_time()
            doc = analysis.to_document()
            totals["to_document"] += time.process_time() - t0
            t0 = time.process_time()
            json.dumps(doc.to_dict())
            totals["to_dict+json"] += time.process_time() - t0
        for name, value in totals.items():
            best[name] = min(best.get(name, value), value)
    return best


def stage_memory(articles: list[Article]) -> dict[str, float]:
    """Peak extra memory (MB, tracemalloc) any one stage needs, max over the documents."""
    from newsparse.pipeline import Analysis, coerce_published

    stages = _stages()
    peaks = dict.fromkeys([name for name, _ in stages] + ["whole parse"], 0.0)
    tracemalloc.start()
    try:
        for a in articles:
            published = coerce_published(a.get("published"))
            analysis = Analysis(text=a["text"], published=published)
            for name, stage in stages:
                base = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()
                try:
                    analysis = stage(analysis)
                except Exception as exc:  # noqa: BLE001 - see CRASHES
                    _crash(a, name, exc)
                peak = tracemalloc.get_traced_memory()[1] - base
                peaks[name] = max(peaks[name], peak / 1e6)
            del analysis
            base = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            _parse(a)
            peaks["whole parse"] = max(
                peaks["whole parse"], (tracemalloc.get_traced_memory()[1] - base) / 1e6
            )
    finally:
        tracemalloc.stop()
    return peaks


def first_parse(articles: list[Article]) -> float:
    """Seconds for the first parse in this process (lazy vocabularies load here)."""
    t0 = time.process_time()
    _parse(articles[0])
    return time.process_time() - t0


# --- references ---------------------------------------------------------------


def time_dateparser(articles: list[Article]) -> dict[str, Any]:
    """dateparser's ``search_dates(text, languages=["en"])`` over the documents."""
    try:
        from dateparser.search import search_dates
    except ImportError as exc:  # pragma: no cover - dateparser is a dependency
        return {"skipped": f"dateparser not importable: {exc}"}
    search_dates("warm up on Tuesday", languages=["en"])  # loads its language data
    t0 = time.process_time()
    found = 0
    for a in articles:
        found += len(search_dates(a["text"], languages=["en"]) or ())
    return {"seconds": time.process_time() - t0, "docs": len(articles), "found": found}


def time_gazetteer(articles: list[Article]) -> dict[str, Any]:
    """One compiled ``regex`` alternation of country names run over the documents.

    The floor a rule-based extractor can hope for: one linear pass, no logic.
    """
    import pycountry
    import regex

    names = sorted({c.name for c in pycountry.countries}, key=len, reverse=True)
    pattern = regex.compile(r"\b(?:" + "|".join(regex.escape(n) for n in names) + r")\b")
    t0 = time.process_time()
    found = sum(1 for a in articles for _ in pattern.finditer(a["text"]))
    return {"seconds": time.process_time() - t0, "docs": len(articles), "found": found}


_SPACY_CHILD = r"""
import json, sys, time
try:
    import spacy
    from importlib import metadata
    # the official package, else a re-upload of it under another name
    names = [sys.argv[2]] + sorted(
        d.metadata["Name"].replace("-", "_") for d in metadata.distributions()
        if d.metadata["Name"].lower().replace("-", "_").startswith(sys.argv[2] + "_"))
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError as exc:
            error = exc
    else:
        raise error
except Exception as exc:
    print(json.dumps({"skipped": f"{type(exc).__name__}: {exc}"}))
    sys.exit(0)
texts = json.load(open(sys.argv[1], encoding="utf-8"))
list(nlp.pipe(texts[:2]))  # warm up
t0 = time.process_time()
ents = sum(len(d.ents) for d in nlp.pipe(texts, batch_size=16))
print(json.dumps({"seconds": time.process_time() - t0, "docs": len(texts), "found": ents,
                  "spacy": spacy.__version__, "model": name + " " + nlp.meta.get("version", ""),
                  "pipes": nlp.pipe_names}))
"""


def time_spacy(articles: list[Article], python: str, model: str) -> dict[str, Any]:
    """spaCy ``en_core_web_sm`` (``nlp.pipe``) in a subprocess; skipped when absent."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump([a["text"] for a in articles], f)
        path = f.name
    try:
        proc = subprocess.run(
            [python, "-c", _SPACY_CHILD, path, model], capture_output=True, text=True, timeout=3600
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return {"skipped": f"could not run {python}: {exc}"}
    finally:
        os.unlink(path)
    try:
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"skipped": f"spaCy run failed: {proc.stderr.strip()[-300:]}"}
    return result


# --- fresh processes ------------------------------------------------------------


def _child_cpu(args: list[str]) -> float:
    """CPU seconds (user + sys) one child process used (run in the project root)."""
    before = os.times()
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
    after = os.times()
    return (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def import_time(runs: int = 7) -> dict[str, Any]:
    """Median CPU ms of ``python -c "import newsparse"`` minus that of ``python -c pass``."""
    py = sys.executable
    base = [_child_cpu([py, "-c", "pass"]) for _ in range(runs)]
    full = [_child_cpu([py, "-c", "import newsparse"]) for _ in range(runs)]
    probe = subprocess.run(
        [py, "-c", "import sys, newsparse; print(' '.join(m for m in "
         "('pycountry', 'dateparser', 'regex', 'attrs') if m in sys.modules))"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    top = subprocess.run([py, "-X", "importtime", "-c", "import newsparse"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    rows = []
    for line in top.stderr.splitlines()[1:]:
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip().startswith(("newsparse", "pycountry",
                                                           "dateparser", "regex", "attrs")):
            rows.append((int(parts[1]), parts[2].strip()))
    rows.sort(reverse=True)
    return {
        "ms": (statistics.median(full) - statistics.median(base)) * 1000,
        "python_ms": statistics.median(base) * 1000,
        "loaded": probe.stdout.split(),
        "slowest": [f"{name} {us / 1000:.1f} ms" for us, name in rows[:6]],
    }


_RSS_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
text, published = json.load(open(sys.argv[1], encoding="utf-8"))
import newsparse
t0 = time.process_time()
doc = newsparse.parse(text, published=published)
seconds = time.process_time() - t0
json.dumps(doc.to_dict())
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
scale = 1 if sys.platform == "darwin" else 1024
print(json.dumps({"rss_mb": rss * scale / 1e6, "seconds": seconds}))
"""


def fresh_parse(text: str, published: str | None, timeout: float) -> dict[str, Any]:
    """Parse one text in a fresh interpreter: peak RSS (ru_maxrss) and parse seconds."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump([text, published], f)
        path = f.name
    try:
        proc = subprocess.run([sys.executable, "-c", _RSS_CHILD, path, str(ROOT)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    finally:
        os.unlink(path)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "?"}
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def python_rss() -> float:
    """Peak RSS (MB) of a bare interpreter, for context."""
    out = subprocess.run(
        [sys.executable, "-c", "import resource, sys; r = resource.getrusage("
         "resource.RUSAGE_SELF).ru_maxrss; print(r * (1 if sys.platform == 'darwin' else 1024))"],
        capture_output=True, text=True, check=True)
    return int(out.stdout) / 1e6


_SCALE_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
sys.path.insert(0, sys.argv[4])
from bench import make_stress_doc, load_corpus, stage_seconds_one
from pathlib import Path
corpus = Path(sys.argv[3]) if sys.argv[3] else None
articles, _ = load_corpus(corpus)
text, published = make_stress_doc(articles, int(sys.argv[1]), *([corpus.parent] if corpus else []))
import newsparse
# warm up on every article the stress document is cut from: lazy vocabularies and
# patterns load on first use, and the ladder measures the cost of size, not of loading
for article in articles:
    try:
        newsparse.parse(article["text"], published=article.get("published"))
    except Exception:
        pass
print(json.dumps({"chars": len(text), **stage_seconds_one(text, published)}))
"""


def stage_seconds_one(text: str, published: str | None) -> dict[str, float]:
    """Seconds per stage for one document (used for the scaling ladder)."""
    from newsparse.pipeline import Analysis, coerce_published

    analysis = Analysis(text=text, published=coerce_published(published))
    out: dict[str, float] = {}
    total = time.process_time()
    for name, stage in _stages():
        t0 = time.process_time()
        analysis = stage(analysis)
        out[name] = time.process_time() - t0
    analysis.to_document()
    out["total"] = time.process_time() - total
    return out


def scaling(sizes: Sequence[int], corpus: Path | None, timeout: float) -> list[dict[str, Any]]:
    """Each stress size parsed in its own process (so a blow-up cannot stall the run)."""
    rows = []
    for n in sizes:
        try:
            proc = subprocess.run(
                [sys.executable, "-c", _SCALE_CHILD, str(n), str(Path(__file__).parent),
                 str(corpus) if corpus else "", str(ROOT)],
                capture_output=True, text=True, timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            rows.append({"size": n, "error": f"> {timeout:.0f} s (timed out)"})
            continue
        if proc.returncode != 0:
            tail = proc.stderr.strip().splitlines()[-1:] or ["?"]
            rows.append({"size": n, "error": tail[0]})
            continue
        rows.append({"size": n, **json.loads(proc.stdout)})
    return rows


def time_workers(
    articles: list[Article], counts: Sequence[int], copies: int = 1
) -> list[dict[str, Any]]:
    """``parse_many`` over the corpus (``copies`` times over) with each worker
    count: seconds and speed-up against one worker on the same items.

    Process start-up is included, as a user would pay it.  Each count above 1
    runs twice: the first call starts the worker server (one ``import
    newsparse`` and the lazy vocabularies, paid once per process), the second
    finds it warm, as every later batch of a long job does.  A corpus of one
    or two seconds' work mostly measures those fixed costs; ``copies`` makes
    the batch long enough to show the steady state (run after the first call,
    so with the server warm).  Worker CPU is not counted:
    forked from the server, the workers are not this process's children.
    """
    import newsparse

    items = [(a["text"], a.get("published")) for a in articles] * copies
    rows: list[dict[str, Any]] = []
    for workers in counts:
        # the server outlives a call: only the process's first call can be cold
        calls = ("first call", "server warm") if copies == 1 else ("server warm",)
        for call in calls if workers > 1 else ("",):
            t0 = time.perf_counter()
            for _ in newsparse.parse_many(items, workers=workers, errors="yield"):
                pass
            rows.append({"workers": workers, "call": call, "docs": len(items),
                         "seconds": time.perf_counter() - t0})
    for row in rows:
        row["speedup"] = rows[0]["seconds"] / row["seconds"] if row["seconds"] else 0.0
    return rows


# --- profile ------------------------------------------------------------------


def profile(articles: list[Article], big: tuple[str, str] | None, top: int) -> str:
    """cProfile of the corpus (and of one big document), top functions by own time."""
    import newsparse

    out = io.StringIO()
    runs: list[tuple[str, list[tuple[str, str | None]]]] = [
        ("corpus", [(a["text"], a.get("published")) for a in articles])
    ]
    if big is not None:
        runs.append((f"one {len(big[0]):,}-char document", [big]))
    for title, docs in runs:
        prof = cProfile.Profile()
        prof.enable()
        for text, pub in docs:
            try:
                newsparse.parse(text, published=pub)
            except Exception as exc:  # noqa: BLE001 - see CRASHES
                _crash({"id": title}, "parse", exc)
        prof.disable()
        out.write(f"\n=== cProfile: {title} (sorted by own time) ===\n")
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats("tottime").print_stats(top)
        out.write(f"\n=== cProfile: {title} (sorted by cumulative time) ===\n")
        stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# --- report -------------------------------------------------------------------


def _rate(docs: int, mb: float, seconds: float) -> tuple[str, str]:
    if seconds <= 0:
        return "inf", "inf"
    return f"{docs / seconds:,.1f}", f"{mb / seconds:,.3f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(
            str(x).rjust(w) if i else str(x).ljust(w) for i, (x, w) in enumerate(zip(row, widths))
        ))
    return "\n".join(lines)


def _goal(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def headline(report: dict[str, Any]) -> dict[str, float]:
    """The few figures worth comparing between two runs."""
    out: dict[str, float] = {}
    corpus, pipeline = report.get("corpus", {}), report.get("pipeline", {})
    if pipeline.get("seconds"):
        out["docs/s"] = corpus["docs"] / pipeline["seconds"]
        out["MB/s"] = corpus["mb"] / pipeline["seconds"]
    for name, sec in report.get("stages", {}).items():
        if sec and corpus.get("mb"):
            out[f"{name} MB/s"] = corpus["mb"] / sec
    spacy = report.get("references", {}).get("spaCy en_core_web_sm", {})
    if "ratio" in spacy:
        out["x spaCy sm"] = spacy["ratio"]
    for row in report.get("scaling", []):
        if "ratio" in row:
            out[f"cost ratio {row['size']:,}"] = row["ratio"]
    if "import" in report:
        out["import ms"] = report["import"]["ms"]
    if "rss_mb" in report.get("fresh_process", {}):
        out["peak RSS MB"] = report["fresh_process"]["rss_mb"]
    return out


def compare(old: dict[str, Any], new: dict[str, Any]) -> str:
    """A before/after table of :func:`headline` figures."""
    before, after = headline(old), headline(new)
    rows = [[k, f"{before[k]:,.3f}" if k in before else "-", f"{after[k]:,.3f}",
             f"{after[k] / before[k]:.2f}x" if before.get(k) else "-"] for k in after]
    return _table(["figure", "before", "after", "after/before"], rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="JSON lines with 'text' and 'published' (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="passes per timing, best kept")
    parser.add_argument("--dateparser-docs", type=int, default=25,
                        help="documents for dateparser.search_dates (0: skip; it is slow)")
    parser.add_argument("--spacy-docs", type=int, default=100,
                        help="documents for spaCy en_core_web_sm (0: skip)")
    parser.add_argument("--spacy-python", default=sys.executable,
                        help="interpreter with spaCy and en_core_web_sm installed")
    parser.add_argument("--spacy-model", default="en_core_web_sm",
                        help="spaCy package to load (a re-upload named %(default)s_* is tried too)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="stress document sizes in characters (empty: skip)")
    parser.add_argument("--huge", action="store_true", help=f"add a {HUGE:,}-char document")
    parser.add_argument("--timeout", type=float, default=600.0,
                        help="seconds allowed for one stress document or fresh process")
    parser.add_argument("--workers", default="1,2",
                        help="worker counts for parse_many (empty: skip)")
    parser.add_argument("--workers-copies", type=int, default=4,
                        help="also run parse_many over the corpus this many times over, "
                        "for the steady state (1: skip)")
    parser.add_argument("--no-fresh", action="store_true",
                        help="skip import time and fresh-process memory")
    parser.add_argument("--no-memory", action="store_true", help="skip tracemalloc per stage")
    parser.add_argument("--quick", action="store_true",
                        help="60 articles, 1 pass, small references, sizes up to 100k")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--profile", type=Path,
                        help="write a cProfile report (corpus and the largest size) here")
    parser.add_argument("--profile-top", type=int, default=30)
    parser.add_argument("--compare", type=Path,
                        help="a JSON file of an earlier run: print before/after figures")
    args = parser.parse_args(argv)
    if args.quick:
        args.limit = args.limit or 60
        args.repeat = 1
        args.dateparser_docs = min(args.dateparser_docs, 10)
        args.spacy_docs = min(args.spacy_docs, 30)
        args.workers_copies = 1
        if args.sizes == ",".join(map(str, SIZES)):
            args.sizes = "1000,10000,100000"

    corpus_path = args.corpus if args.corpus.exists() else None
    articles, source = load_corpus(corpus_path)
    if args.limit:
        articles = articles[: args.limit]
    texts = [a["text"] for a in articles]
    n, mb = len(articles), utf8_mb(texts)
    chars = sum(map(len, texts))
    report: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "corpus": {"source": source, "docs": n, "chars": chars, "mb": mb},
    }
    print(f"newsparse benchmark - Python {platform.python_version()} on {platform.machine()}, "
          f"{os.cpu_count()} CPUs")
    print(f"corpus: {source}: {n} docs, {chars:,} chars, {mb:.3f} MB (UTF-8)\n")

    # 1. import time and memory in fresh processes (before this process warms anything)
    if not args.no_fresh:
        imp = import_time()
        report["import"] = imp
        median_doc = sorted(articles, key=lambda a: len(a["text"]))[n // 2]
        rss = fresh_parse(median_doc["text"], median_doc.get("published"), args.timeout)
        rss["python_mb"] = python_rss()
        rss["doc_chars"] = len(median_doc["text"])
        report["fresh_process"] = rss
        print(f"import newsparse: {imp['ms']:.0f} ms CPU (python itself {imp['python_ms']:.0f} ms)"
              f"; loaded at import: {', '.join(imp['loaded']) or 'none'}")
        print(f"  slowest imports: {'; '.join(imp['slowest'])}")
        if "error" in rss:
            print(f"one article in a fresh process: {rss['error']}")
        else:
            print(f"one article ({rss['doc_chars']:,} chars) in a fresh process: peak RSS "
                  f"{rss['rss_mb']:.0f} MB (bare python {rss['python_mb']:.0f} MB), "
                  f"first parse {rss['seconds'] * 1000:.0f} ms")
        print()

    # 2. newsparse over the corpus, whole and stage by stage
    cold = first_parse(articles)
    whole = time_pipeline(articles, args.repeat)
    stages = time_stages(articles, args.repeat)
    report["first_parse_seconds"] = cold
    report["pipeline"] = {k: v for k, v in whole.items() if k != "per_doc"}
    report["stages"] = stages
    mem = {} if args.no_memory else stage_memory(articles)
    report["stage_peak_mb"] = mem

    rows: list[Sequence[str]] = []
    docs_s, mb_s = _rate(n, mb, whole["seconds"])
    rows.append(["newsparse parse() (whole)", f"{whole['seconds']:.3f}", docs_s, mb_s, "100.0",
                 f"{mem.get('whole parse', 0):.1f}" if mem else "-"])
    stage_total = sum(stages.values())
    for name, sec in stages.items():
        d, m = _rate(n, mb, sec)
        share = 100 * sec / stage_total if stage_total else 0
        rows.append([f"  {name}", f"{sec:.3f}", d, m, f"{share:.1f}",
                     f"{mem[name]:.1f}" if name in mem else "-"])
    print(f"newsparse on {n} docs (CPU s, best of {args.repeat}; first parse in this process "
          f"{cold * 1000:.0f} ms incl. lazy loading)")
    print(_table(["what", "seconds", "docs/s", "MB/s", "% stages", "peak MB*"], rows))
    print("  * peak extra memory (tracemalloc) for one document, max over the corpus\n")

    # 3. references on the same documents
    refs: dict[str, dict[str, Any]] = {}
    if args.dateparser_docs:
        refs["dateparser search_dates"] = time_dateparser(articles[: args.dateparser_docs])
    refs["regex gazetteer (country names)"] = time_gazetteer(articles)
    if args.spacy_docs:
        refs["spaCy en_core_web_sm"] = time_spacy(
            articles[: args.spacy_docs], args.spacy_python, args.spacy_model
        )
    report["references"] = refs
    rows = []
    for name, ref in refs.items():
        if "skipped" in ref:
            rows.append([name, "skipped", "-", "-", "-", "-"])
            continue
        k = ref["docs"]
        kmb = utf8_mb(texts[:k])
        d, m = _rate(k, kmb, ref["seconds"])
        # newsparse's own time on the same k documents, not its corpus average
        mine = sum(whole["per_doc"][:k])
        ratio = ref["seconds"] / mine if mine else float("inf")
        ref["ratio"] = ratio
        shown = f"{ratio:,.2f}x" if ratio < 10 else f"{ratio:,.1f}x"
        rows.append([name, str(k), f"{ref['seconds']:.3f}", d, m, shown])
    print("references on the same documents")
    print(_table(["reference", "docs", "seconds", "docs/s", "MB/s", "newsparse is"], rows))
    for name, ref in refs.items():
        if "skipped" in ref:
            print(f"  {name}: skipped ({ref['skipped']})")
        elif "model" in ref:
            pipes = ", ".join(ref["pipes"])
            print(f"  {name}: spaCy {ref['spacy']}, {ref['model']}, pipes {pipes}")
    print()

    # 4. parse_many on several cores
    counts = [int(c) for c in args.workers.split(",") if c.strip()]
    if counts:
        wrows = time_workers(articles, counts)
        if args.workers_copies > 1:
            wrows += time_workers(articles, counts, args.workers_copies)
        report["workers"] = wrows
        print(f"parse_many over the {n} docs, and {args.workers_copies} times over "
              "(process start-up included)")
        print(_table(["docs", "workers", "call", "wall s", "docs/s", "speed-up"],
                     [[str(r["docs"]), str(r["workers"]), r["call"], f"{r['seconds']:.3f}",
                       f"{r['docs'] / r['seconds']:,.1f}", f"{r['speedup']:.2f}x"]
                      for r in wrows]))
        print(f"  load average now {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs: "
              "on a busy machine the wall-clock speed-up says little")
        print()

    # 5. scaling with document size
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.huge:
        sizes.append(HUGE)
    per_char_avg = stage_total / chars if chars else 0.0
    # per-stage ratios only for stages that matter (>= 3% of the time): the
    # ratio of two tiny timings is noise
    stage_avg = {name: sec / chars for name, sec in stages.items()
                 if chars and sec >= 0.03 * stage_total}
    if sizes:
        rows_s = scaling(sizes, corpus_path, args.timeout)
        report["scaling"] = rows_s
        rows = []
        for row in rows_s:
            if "error" in row:
                rows.append([f"{row['size']:,}", row["error"], "", "", ""])
                continue
            ratio = row["total"] / row["chars"] / per_char_avg if per_char_avg else 0.0
            row["ratio"] = ratio
            worst = max(
                ((name, row[name] / row["chars"] / stage_avg[name])
                 for name in stage_avg if name in row and stage_avg[name] > 0),
                key=lambda x: x[1], default=("-", 0.0),
            )
            row["worst_stage"] = worst
            rows.append([f"{row['chars']:,}", f"{row['total']:.3f}",
                         f"{row['chars'] / row['total'] / 1e6:.3f}" if row["total"] else "inf",
                         f"{ratio:.2f}", f"{worst[0]} {worst[1]:.2f}x"])
        print(f"scaling with size (per-char cost vs the corpus average of "
              f"{per_char_avg * 1e6:.2f} us/char; goal <= {GOAL_SCALING}x at 1M)")
        print(_table(["chars", "seconds", "Mchar/s", "cost ratio", "worst stage ratio"], rows))
        print()

    # 6. goals
    spacy = refs.get("spaCy en_core_web_sm", {})
    big = next((r for r in report.get("scaling", []) if r.get("size") == 1_000_000), None)
    goals = [
        (f"whole pipeline >= {GOAL_SPACY_RATIO:.0f}x spaCy sm docs/s",
         f"{spacy['ratio']:.1f}x" if "ratio" in spacy else "spaCy skipped",
         spacy["ratio"] >= GOAL_SPACY_RATIO if "ratio" in spacy else None),
        (f"whole pipeline >= {GOAL_MB_S} MB/s", f"{mb / whole['seconds']:.3f} MB/s",
         mb / whole["seconds"] >= GOAL_MB_S),
        (f"1 MB document <= {GOAL_SCALING}x per-char average",
         f"{big['ratio']:.2f}x" if big and "ratio" in big else "not run",
         big["ratio"] <= GOAL_SCALING if big and "ratio" in big else None),
    ]
    if "import" in report:
        goals.append((f"import <= {GOAL_IMPORT_MS:.0f} ms", f"{report['import']['ms']:.0f} ms",
                       report["import"]["ms"] <= GOAL_IMPORT_MS))
        fp = report["fresh_process"]
        goals.append((f"one article peak RSS <= {GOAL_RSS_MB:.0f} MB",
                      f"{fp['rss_mb']:.0f} MB" if "rss_mb" in fp else fp.get("error", "?"),
                      fp["rss_mb"] <= GOAL_RSS_MB if "rss_mb" in fp else False))
    report["goals"] = [{"goal": g, "value": v, "ok": ok} for g, v, ok in goals]
    print("goals (issue 6)" + (" - INCOMPLETE: some documents crashed, see below"
                               if CRASHES else ""))
    print(_table(["goal", "measured", "status"], [[g, v, _goal(ok)] for g, v, ok in goals]))

    if CRASHES:
        report["crashes"] = [{"where": w, "doc": d, "error": e} for (w, d), e in CRASHES.items()]
        docs_hit = sorted({d for _, d in CRASHES})
        print(f"\nWARNING: {len(docs_hit)} document(s) crashed a stage; the figures above "
              f"leave out the rest of their pipeline:")
        for (where, doc_id), error in list(CRASHES.items())[:10]:
            print(f"  {where} on {doc_id}: {error[:160]}")

    if args.profile:
        big_doc = None
        if sizes:
            big_doc = make_stress_doc(
                articles, max(s for s in sizes if s <= 1_000_000), args.corpus.parent
            )
        args.profile.write_text(profile(articles, big_doc, args.profile_top), encoding="utf-8")
        print(f"\ncProfile report written to {args.profile}")
    if args.compare:
        old = json.loads(args.compare.read_text(encoding="utf-8"))
        print(f"\nbefore ({args.compare}) and after (this run)")
        print(compare(old, report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
