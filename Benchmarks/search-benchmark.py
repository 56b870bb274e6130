#!/usr/bin/env python3
"""Search on a real store, through the real binary: import with the index, index size,
index rebuild, and `byline search` per query, warm and cold page cache.

Usage: python3 Benchmarks/search-benchmark.py BYLINE PAGES WORK [--runs N] [--skip-import]

BYLINE is the release binary (`swift build -c release`), PAGES a folder of generated
pages (`swift run -c release --package-path Benchmarks generate-corpus PAGES 100000`),
WORK a folder for the store (WORK/store) and the index cache (WORK/cache). Every figure
is the wall-clock time of a whole `byline` process, as a user runs it. Cold runs drop
the page cache first (needs root; skipped otherwise).
"""
import argparse, json, os, statistics, subprocess, sys, time

# The generated corpus has a small vocabulary, so most words match a large share of the
# stories: these are hard queries for an index, not easy ones.
QUERIES = [
    "ferry",                                   # one word (in an eighth of the headlines)
    "harbour council",                          # two words
    "\"city council\"",                         # a phrase
    "\"report 4242\"",                          # a rare phrase: one story
    "headline:observatory after:2025-06-01",    # a field and a date
    "(snow OR ice) -lifeboat",                  # OR and NOT
    "date:2025-01-01..2025-03-31 bridge",       # a date range and a word
    "agency:IANS is:unread apprent*",           # agency, marks, prefix
    "the",                                      # the commonest word: every story
]

def env(work):
    return dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"), BYLINE_STORE=os.path.join(work, "store"))

def run(command, work):
    start = time.perf_counter()
    result = subprocess.run(command, env=env(work), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - start, result

def drop_caches():
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False

def timed_import(byline, pages, work):
    """Import time until the summary line (stories stored), and until exit (index updated)."""
    start = time.perf_counter()
    process = subprocess.Popen([byline, "import", pages], env=env(work), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stored = None
    for line in process.stdout:
        if " new, " in line:
            stored = time.perf_counter() - start
    process.wait()
    return stored, time.perf_counter() - start

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("byline"); parser.add_argument("pages"); parser.add_argument("work")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-import", action="store_true", help="use the store and index already in WORK")
    parser.add_argument("--skip-build", action="store_true", help="do not rebuild the index or measure its size")
    parser.add_argument("--sort", default="rank,newest", help="the orders to time, comma-separated (rank, newest)")
    args = parser.parse_args()
    byline, work = os.path.abspath(args.byline), os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    if not args.skip_import:
        subprocess.run(["rm", "-rf", os.path.join(work, "store"), os.path.join(work, "cache")])
        stored, total = timed_import(byline, args.pages, work)
        print("import: stories stored after %.1f s, index updated after %.1f s (index adds %.0f %%)"
              % (stored, total, 100.0 * (total - stored) / stored))
    if not args.skip_build:
        measure_index(byline, work)
    can_drop = drop_caches()
    for order in args.sort.split(","):
        for query in QUERIES:
            time_query(byline, work, query, order, args.runs, can_drop)

def measure_index(byline, work):
    seconds, rebuilt = run([byline, "index", "--rebuild"], work)
    print("index --rebuild: %.1f s (%s)" % (seconds, rebuilt.stdout.strip()))
    _, located = run([byline, "index", "--path"], work)
    index_path = located.stdout.strip()
    size = sum(os.path.getsize(index_path + s) for s in ["", "-wal"] if os.path.exists(index_path + s))
    # The stories' text, what the index is built from (headline, byline, place, agency,
    # body, latest-news headlines), read from each story file's first line (its JSON).
    text = 0
    for folder, _, names in os.walk(os.path.join(work, "store", "stories")):
        for name in names:
            if not name.endswith(".story"):
                continue
            with open(os.path.join(folder, name), "rb") as f:
                story = json.loads(f.readline())
            for key in ("headline", "byline", "place", "agency"):
                text += len((story.get(key) or "").encode())
            text += sum(len(p.encode()) + 1 for p in story.get("body") or [])
            text += sum(len((item.get("headline") or "").encode()) + 1 for item in story.get("latest") or [])
    print("index: %.1f MB for %.1f MB of story text (%.0f %%)" % (size / 1e6, text / 1e6, 100.0 * size / max(text, 1)))

def time_query(byline, work, query, order, runs, can_drop):
    command = [byline, "search", "--timing", "--sort", order, "--limit", "20", query]
    cold = None
    if can_drop:
        drop_caches()
        cold, _ = run(command, work)
    warm = []
    for _ in range(runs):
        seconds, result = run(command, work)
        warm.append(seconds)
    hits = len([l for l in result.stdout.splitlines() if l and not l.startswith("    ")])
    # `--timing` prints the query's own time inside the process (the index's part).
    inside = [l for l in result.stderr.splitlines() if l.startswith("timing:")]
    others = [l for l in result.stderr.splitlines() if not l.startswith("timing:")]
    note = ("; " + inside[-1]) if inside else ""
    if others:
        note += " note: " + " ".join(others)
    print("search --sort %-6s %-40s warm median %6.1f ms (best %6.1f)%s, %d results%s"
          % (order, query, statistics.median(warm) * 1000, min(warm) * 1000,
             (", cold %6.1f ms" % (cold * 1000)) if cold is not None else "", hits, note))


if __name__ == "__main__":
    main()
