#!/usr/bin/env python3
"""`byline list` on a real store, through the real binary: wall time and peak resident
set of each listing a user or a script asks for.

Usage: python3 Benchmarks/list-benchmark.py BYLINE STORE [RUNS]

BYLINE is the release binary (`swift build -c release`), STORE a store made by
`byline import --store STORE PAGES` (the 1,000,000-page one of `scale-benchmark.py`, or
any other). Each listing runs once to settle (a store of an earlier Byline gets its
catalog lookup written then), then RUNS times (5 unless given); the median and range of
the wall-clock time of the whole process are printed, with the largest peak resident set.
"""
import os, statistics, subprocess, sys, time

LISTINGS = [
    ["--limit", "20"],
    ["--limit", "20", "--json"],
    ["--unread", "--limit", "20"],
    ["--agency", "AFP", "--limit", "20"],
    ["--limit", "1000"],
]

def timed(arguments):
    start = time.perf_counter()
    child = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit("%s failed: %s" % (" ".join(arguments), child.stderr.read().decode(errors="replace")[-400:]))
    return seconds, usage.ru_maxrss / 1024

def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    byline, store = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) == 4 else 5
    for listing in LISTINGS:
        command = [byline, "list", "--store", store] + listing
        timed(command)
        results = [timed(command) for _ in range(runs)]
        times = [seconds * 1000 for seconds, _ in results]
        peak = max(megabytes for _, megabytes in results)
        print("list %-28s median %7.1f ms (%.1f-%.1f), peak %5.0f MB" % (
            " ".join(listing), statistics.median(times), min(times), max(times), peak))

if __name__ == "__main__":
    main()
