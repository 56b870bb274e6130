#!/usr/bin/env python3
"""Time `byline import` of a folder of pages into a new store, for one or more builds, interleaved.

Usage: python3 Benchmarks/import-benchmark.py PAGES RUNS BYLINE [BYLINE...]

Each run imports PAGES into a fresh store (and a fresh search-index cache, so the index
is built in the same run, as a user's first import does) with every binary in turn, so
a noisy machine slows them alike. Prints each run's wall time and peak resident set,
then the median per binary and, with two binaries, the second's time relative to the
first. Make the pages with `generate-corpus` (see the README's Benchmarks section).
"""
import os, resource, shutil, statistics, subprocess, sys, tempfile, time

def one_import(byline, pages):
    work = tempfile.mkdtemp(prefix="byline-import-bench-")
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
    start = time.perf_counter()
    child = subprocess.Popen([byline, "import", "--store", os.path.join(work, "store"), pages],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    errors = child.stderr.read().decode(errors="replace")
    shutil.rmtree(work, ignore_errors=True)
    if status != 0:
        raise SystemExit("%s failed (%d): %s" % (byline, status, errors[-400:]))
    return seconds, usage.ru_maxrss / 1024

def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    pages, runs, binaries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    times = {b: [] for b in binaries}
    for run in range(runs):
        for byline in binaries:
            seconds, peak = one_import(byline, pages)
            times[byline].append(seconds)
            print("run %d  %-40s %7.2f s  peak %6.0f MB" % (run + 1, byline, seconds, peak), flush=True)
    for byline in binaries:
        print("median %-40s %7.2f s  (%s)" % (byline, statistics.median(times[byline]), ", ".join("%.2f" % t for t in times[byline])))
    if len(binaries) == 2:
        first, second = (statistics.median(times[b]) for b in binaries)
        print("second / first: %.3f" % (second / first))

main()
