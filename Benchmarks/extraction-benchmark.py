#!/usr/bin/env python3
"""How well and how fast `byline parse --json` reads real-looking pages.

Usage: python3 Benchmarks/extraction-benchmark.py BYLINE [--repeat N] [--rounds K] [--single-core] [--dumps] [--no-realpages]
                                                       [--compare-trafilatura]

BYLINE is the built binary (`swift build -c release`, then .build/release/byline).

(a) The repository's own fixtures: every page in fixtures/real/html/ and fixtures/real/dumps/
    against fixtures/real/expected/NAME.json. Only the keys present in an expected file are
    compared (exact match of the JSON value). Printed: per-key accuracy, body shingle F1
    (4-word shingles, precision and recall per page, each averaged over the pages, F1 of the
    two means), headline rate (whitespace-normalised, case-insensitive match) and pages/s:
    the wall time of one `byline parse --json` call over all pages (--repeat N lists the set
    N times in that call, for a steadier rate).
(b) When ../shared/realpages/ exists beside the repository, runs its evaluate.py with
    --headline (and again with --dumps when asked) and prints its overall lines, then
    pages/s over its HTML pages, decompressed to a temporary folder first.

(c) Linearity: one generated page of 1, 2 and 4 MB (the same article sections repeated),
    timed, so that work growing faster than the page shows.

--compare-trafilatura also scores trafilatura in evaluate.py's run and times trafilatura.extract
over the same HTML pages in one process, so the two speeds come from one run on one machine.
The two take turns --rounds times (default 3) and the best round of each is compared: on a shared
machine noise only ever slows a run down. trafilatura is needed only for that (pip install trafilatura==2.0.0 'lxml<6'
'lxml_html_clean<0.4.3'); it is never a dependency of Byline.
--single-core runs byline, trafilatura and evaluate.py (whose byline calls inherit it) under
`taskset -c 0`. Standard library only otherwise.
"""
import argparse
import glob
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures", "real")
REALPAGES = os.path.normpath(os.path.join(ROOT, "..", "shared", "realpages"))
WORD_RE = re.compile(r"\w+")
SHINGLE = 4


# ------------------------------------------------------------------ scoring
def shingles(text):
    toks = WORD_RE.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < SHINGLE:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1))


def precision_recall(truth, pred):
    """(precision or None when nothing was predicted, recall or None when the truth is empty)."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    precision = tp / sum(p.values()) if p else None
    recall = tp / sum(t.values()) if t else None
    return precision, recall


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def ws(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


# ------------------------------------------------------------------ running byline
def command(binary, single_core):
    return (["taskset", "-c", "0"] if single_core else []) + [binary]


def parse_json(binary, files, single_core, timeout=900):
    """({file: result}, wall seconds) of one `byline parse --json` call over the files."""
    start = time.perf_counter()
    r = subprocess.run(command(binary, single_core) + ["parse", "--json", *files], capture_output=True, timeout=timeout)
    seconds = time.perf_counter() - start
    if r.returncode not in (0, 1):
        sys.exit(f"byline parse exited with status {r.returncode}: {r.stderr.decode('utf-8', 'replace')[-400:]}")
    results = {}
    for line in r.stdout.decode("utf-8", "replace").splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict) and "file" in obj:
            results[obj["file"]] = obj
    return results, seconds


def rate(binary, files, repeat, single_core):
    """Pages per second of one call that parses the set `repeat` times."""
    _, seconds = parse_json(binary, files * repeat, single_core)
    return len(files) * repeat / seconds if seconds > 0 else float("inf"), seconds


# ------------------------------------------------------------------ (a) the repository's fixtures
def fixtures(binary, repeat, single_core):
    pages = sorted(glob.glob(os.path.join(FIXTURES, "html", "*")) + glob.glob(os.path.join(FIXTURES, "dumps", "*")))
    pairs = []
    for page in pages:
        expected = os.path.join(FIXTURES, "expected", os.path.basename(page) + ".json")
        if os.path.isfile(expected):
            with open(expected, encoding="utf-8") as f:
                pairs.append((page, json.load(f)))
    if not pairs:
        print("fixtures: no pages with expected results under fixtures/real/")
        return
    files = [p for p, _ in pairs]
    results, _ = parse_json(binary, files, single_core)

    right, total = Counter(), Counter()
    precisions, recalls = [], []
    headlines = errors = 0
    worst = []
    for page, want in pairs:
        got = results.get(page) or {"error": "no output line"}
        if "error" in got:
            errors += 1
        for key, value in want.items():
            total[key] += 1
            right[key] += int("error" not in got and got.get(key) == value)
        if "body" in want:
            truth = "\n".join(want["body"])
            pred = "\n".join(x for x in (got.get("body") or []) if isinstance(x, str))
            p, r = precision_recall(truth, pred)
            if p is not None:
                precisions.append(p)
            if r is not None:
                recalls.append(r)
            worst.append((f1(p or 0.0, r or 0.0), os.path.relpath(page, FIXTURES)))
        if "headline" in want:
            headlines += int(bool(ws(got.get("headline"))) and ws(got.get("headline")).casefold() == ws(want["headline"]).casefold())

    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    n = len(pairs)
    pages_per_second, seconds = rate(binary, files, repeat, single_core)
    html_count = sum(1 for f in files if os.sep + "html" + os.sep in f)
    print(f"fixtures/real: {n} pages ({html_count} HTML/MHTML/gzip, {n - html_count} dumps), {errors} errors")
    keys = [k for k in ("kind", "headline", "byline", "place", "agency", "date", "body", "signoff", "latest",
                        "url", "site", "authors", "published", "language") if total[k]]
    keys += sorted(k for k in total if k not in keys)
    line = "  key accuracy: " + "  ".join(f"{k} {right[k] / total[k]:.3f}" for k in keys)
    print(line)
    print(f"  body shingle F1 {f1(p, r):.3f} (precision {p:.3f}, recall {r:.3f});  "
          f"headline rate {headlines / n:.3f} ({headlines}/{n})")
    print(f"  speed: {pages_per_second:.1f} pages/s ({n} pages x {repeat} in one call, {seconds:.2f} s wall)")
    below = sorted(x for x in worst if x[0] < 0.999)[:5]
    if below:
        print("  lowest body F1: " + ", ".join(f"{name} {score:.2f}" for score, name in below))


# ------------------------------------------------------------------ (b) the shared realpages set
TRAFILATURA_TIMER = """
import sys, time, trafilatura
raws = [open(path, 'rb').read() for path in sys.argv[1:]]
start = time.perf_counter()
for raw in raws:
    try:
        trafilatura.extract(raw, include_comments=False)
    except Exception:
        pass
print(time.perf_counter() - start)
"""


def trafilatura_rate(files, single_core):
    args = (["taskset", "-c", "0"] if single_core else []) + [sys.executable, "-c", TRAFILATURA_TIMER, *files]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        return None
    seconds = float(r.stdout.strip().splitlines()[-1])
    return len(files) / seconds, seconds


def linearity(binary, single_core):
    """Seconds to read one page of 1, 2 and 4 MB made of the same sections."""
    section = ("<div class='teaser'><a href='/x'>Another story in the list</a></div>"
               "<p>The harbour authority said on Tuesday that the night ferry would run four times a night, "
               "and that the fare would stay the same as the daytime one for at least a year.</p>") 
    tmp = tempfile.mkdtemp(prefix="extraction-linearity-")
    try:
        times = []
        for megabytes in (1, 2, 4):
            count = megabytes * (1 << 20) // len(section)
            page = os.path.join(tmp, f"page-{megabytes}.html")
            with open(page, "w") as f:
                f.write("<html><head><title>Long page</title></head><body><article><h1>Long page</h1>"
                        + section * count + "</article></body></html>")
            start = time.perf_counter()
            subprocess.run(command(binary, single_core) + ["parse", "--json", page], capture_output=True)
            times.append((megabytes, time.perf_counter() - start))
        ratios = "  ".join(f"{mb} MB {seconds * 1000:.0f} ms" for mb, seconds in times)
        print(f"linearity: {ratios}  (4 MB / 1 MB = {times[2][1] / times[0][1]:.2f}x)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def realpages(binary, repeat, single_core, dumps, compare=False, rounds=3):
    evaluate = os.path.join(REALPAGES, "evaluate.py")
    if not os.path.isfile(evaluate):
        print(f"realpages: {REALPAGES} not found; skipped")
        return
    tmp = tempfile.mkdtemp(prefix="extraction-benchmark-")
    try:
        modes = [False] + ([True] if dumps else [])
        for use_dumps in modes:
            args = (["taskset", "-c", "0"] if single_core else []) + [
                sys.executable, evaluate, binary, "--headline", "--worst", "0",
                "--tsv", os.path.join(tmp, "realpages.tsv")] + (["--dumps"] if use_dumps else []) \
                + (["--compare-trafilatura"] if compare and not use_dumps else [])
            r = subprocess.run(args, capture_output=True, text=True, cwd=tmp)
            if r.returncode != 0:
                print(f"realpages: evaluate.py failed ({r.returncode}): {r.stderr.strip()[-400:]}")
                continue
            print_overall(r.stdout)

        pages = sorted(glob.glob(os.path.join(REALPAGES, "pages", "*.html.gz")))
        files = []
        for page in pages:
            target = os.path.join(tmp, os.path.basename(page)[:-3])
            with gzip.open(page, "rb") as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            files.append(target)
        if files:
            megabytes = sum(os.path.getsize(f) for f in files) / 1e6
            # Shared machines are noisy: the two readers take turns, `rounds` times, and the
            # best round of each is compared (noise only ever slows a run down).
            byline_runs, traf_runs = [], []
            for _ in range(rounds):
                byline_runs.append(rate(binary, files, repeat, single_core))
                if compare:
                    measured = trafilatura_rate(files, single_core)
                    if measured:
                        traf_runs.append(measured)
            pages_per_second, seconds = max(byline_runs)
            print(f"  speed: {pages_per_second:.1f} pages/s, {megabytes * repeat / seconds:.1f} MB/s "
                  f"({len(files)} HTML pages, {megabytes:.1f} MB, x {repeat} in one call, {seconds:.2f} s wall; "
                  f"best of {rounds}: {', '.join(f'{r:.0f}' for r, _ in byline_runs)})")
            if compare:
                if traf_runs:
                    traf_rate, traf_seconds = max(traf_runs)
                    print(f"  trafilatura: {traf_rate:.1f} pages/s ({traf_seconds:.2f} s in one process; best of "
                          f"{len(traf_runs)}: {', '.join(f'{r:.1f}' for r, _ in traf_runs)}); "
                          f"byline is {pages_per_second / traf_rate:.1f}x as fast")
                else:
                    print("  trafilatura: not installed (pip install trafilatura==2.0.0 'lxml<6' 'lxml_html_clean<0.4.3')")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def print_overall(output):
    """evaluate.py's first line, its Overall table and its headline lines."""
    lines = output.splitlines()
    if lines:
        print(lines[0].replace("realpages dev set", "realpages"))
    section = None
    for line in lines[1:]:
        if not line.strip():
            section = None
            continue
        if line.startswith("Overall") or line.startswith("Headline"):
            section = line
            continue
        if section and section.startswith("Overall") and not set(line) <= {"-"}:
            print("  " + line.rstrip())
        elif section and section.startswith("Headline"):
            print("  headline " + line.strip().replace(" headline:", ":"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("byline", help="path of the byline binary")
    ap.add_argument("--repeat", type=int, default=5, help="parse each set N times in the timed call (default 5)")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds of each reader on realpages; the best counts (default 3)")
    ap.add_argument("--single-core", action="store_true", help="run byline under `taskset -c 0`")
    ap.add_argument("--dumps", action="store_true", help="also score realpages from w3m dumps (needs w3m)")
    ap.add_argument("--no-realpages", action="store_true", help="skip ../shared/realpages even when present")
    ap.add_argument("--compare-trafilatura", action="store_true", help="score and time trafilatura on the same pages")
    args = ap.parse_args()
    binary = os.path.abspath(args.byline)
    if not os.access(binary, os.X_OK):
        sys.exit(f"no byline binary at {args.byline}")
    if args.repeat < 1:
        sys.exit("--repeat must be at least 1")
    if args.single_core and not shutil.which("taskset"):
        sys.exit("--single-core needs taskset (util-linux)")
    print(f"byline {binary}{'  (single core)' if args.single_core else ''}")
    fixtures(binary, args.repeat, args.single_core)
    linearity(binary, args.single_core)
    if not args.no_realpages:
        realpages(binary, args.repeat, args.single_core, args.dumps, args.compare_trafilatura, max(1, args.rounds))


if __name__ == "__main__":
    main()
