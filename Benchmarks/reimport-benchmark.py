#!/usr/bin/env python3
"""Re-import of pages a store already holds, through the real binary, run after run.

Usage: python3 Benchmarks/reimport-benchmark.py BYLINE STORE PAGES [RUNS]

STORE must already hold PAGES (import them first, or use the store `scale-benchmark.py`
leaves in WORK/store). Each run is `byline import --store STORE PAGES`; the script prints
its wall time, peak resident set and summary line, then the median. The search index
cache is taken from XDG_CACHE_HOME as the reader would. The first run after upgrading
from a build without the table of seen pages reads every page once and writes the table;
later runs know the pages by their status.
"""
import os, statistics, subprocess, sys, time

def main():
    if len(sys.argv) not in (4, 5):
        raise SystemExit(__doc__)
    byline, store, pages = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) == 5 else 5
    seconds_list = []
    for run in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([byline, "import", "--store", store, pages], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        summary = child.stdout.read().decode(errors="replace").strip().splitlines()
        if status != 0:
            raise SystemExit("import failed: %s" % child.stderr.read().decode(errors="replace")[-400:])
        seconds_list.append(seconds)
        print("run %d  %7.2f s  peak %5.0f MB  %s" % (run + 1, seconds, usage.ru_maxrss / 1024, summary[-1] if summary else ""), flush=True)
    print("median %.2f s over %d runs" % (statistics.median(seconds_list), runs))

main()
