#!/usr/bin/env python3
"""`byline search` of two or more builds on the same store, run by turns query by query,
so that the shared machine's slow and fast moments fall on every build alike.

Usage: python3 Benchmarks/search-interleaved.py [--runs N] [--sort rank|newest] BYLINE:WORK BYLINE:WORK...

Each BYLINE:WORK is a release binary and a folder with its store (WORK/store) and its
index cache (WORK/cache), as `search-benchmark.py` uses them: builds whose indexes
differ need a cache each, and may share the store through a link. Prints, per query,
each build's median and best whole-process time, warm (one unmeasured run first).
"""
import argparse, importlib.util, os, statistics, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("search_benchmark", os.path.join(here, "search-benchmark.py"))
search_benchmark = importlib.util.module_from_spec(spec)
spec.loader.exec_module(search_benchmark)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("builds", nargs="+", help="BYLINE:WORK")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sort", default="rank")
    args = parser.parse_args()
    builds = [tuple(os.path.abspath(part) for part in build.split(":", 1)) for build in args.builds]
    for query in search_benchmark.QUERIES:
        times = {build: [] for build in builds}
        for round in range(args.runs + 1):
            for byline, work in builds:
                seconds, _ = search_benchmark.run([byline, "search", "--sort", args.sort, "--limit", "20", query], work)
                if round > 0:
                    times[(byline, work)].append(seconds)
        cells = ["%s %6.1f ms (best %6.1f)" % (os.path.basename(b), statistics.median(t) * 1000, min(t) * 1000) for (b, _), t in times.items()]
        print("%-40s %s" % (query, " | ".join(cells)))
        sys.stdout.flush()

if __name__ == "__main__":
    main()
