#!/usr/bin/env python3
"""Search in the real reader: how long after typing a query its full answer is on screen.

Usage: python3 Benchmarks/reader-search-benchmark.py BYLINE STORE CACHE [query ...]

BYLINE is the release binary, STORE a store made by `byline import`, CACHE the
XDG_CACHE_HOME its search index lives under (search-benchmark.py's WORK/cache). The
reader runs in tmux at 120x30; each query is typed key by key after `/`, as a person
types it, and the screen is polled until the status line shows the answer's counts
with no search still running. The first queries extend the one before, as typing does.
"""
import subprocess, sys, time

def tmux(*arguments):
    return subprocess.run(["tmux", "-L", "byline-bench"] + list(arguments), capture_output=True, text=True).stdout

def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    byline, store, cache = sys.argv[1:4]
    queries = sys.argv[4:] or ["ferry", " observatory"]
    tmux("kill-server")
    tmux("new-session", "-d", "-x", "120", "-y", "30", "env XDG_CACHE_HOME='%s' '%s' --store '%s'" % (cache, byline, store))
    for _ in range(400):
        if " 1/" in tmux("capture-pane", "-p"):
            break
        time.sleep(0.05)
    time.sleep(3)  # the background headline index and index check settle first
    tmux("send-keys", "/")
    typed = ""
    for query in queries:
        start = time.perf_counter()
        tmux("send-keys", "-l", query)
        typed += query
        last = ""
        while time.perf_counter() - start < 60:
            last = tmux("capture-pane", "-p").splitlines()[-1]
            if typed.strip() in last and "in text" in last and "searching" not in last:
                break
            time.sleep(0.02)
        print("typed %r: the full answer on screen after %.0f ms: %s" % (query, (time.perf_counter() - start) * 1000, last.strip()))
    tmux("kill-server")

if __name__ == "__main__":
    main()
