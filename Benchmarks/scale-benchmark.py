#!/usr/bin/env python3
"""The figures of a store at a given size, through the real binary: import into a new
store, re-import, `byline list --limit 20`, launch to the first screen, disk use.

Usage: python3 Benchmarks/scale-benchmark.py BYLINE PAGES WORK

Imports PAGES (make 100,000 or 1,000,000 with `generate-corpus`) into WORK/store with
its own search-index cache, then prints wall time and peak resident set of each step,
the launch figures of `launch-benchmark.py` (5 runs), and the store's size on disk
beside the pages'. WORK must not exist; it is kept for further runs (remove it after).
"""
import os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

def timed(arguments, env):
    start = time.perf_counter()
    child = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit("%s failed: %s" % (" ".join(arguments), child.stderr.read().decode(errors="replace")[-400:]))
    return seconds, usage.ru_maxrss / 1024

def disk(path):
    return int(subprocess.run(["du", "-sb", path], capture_output=True, text=True).stdout.split()[0])

def disk_blocks(path):
    return int(subprocess.run(["du", "-sk", path], capture_output=True, text=True).stdout.split()[0]) * 1024

def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    byline, pages, work = sys.argv[1:]
    if os.path.exists(work):
        raise SystemExit("%s exists; give a folder to create" % work)
    os.makedirs(work)
    store = os.path.join(work, "store")
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
    seconds, peak = timed([byline, "import", "--store", store, pages], env)
    print("import into a new store        %8.2f s   peak %6.0f MB" % (seconds, peak), flush=True)
    seconds, peak = timed([byline, "import", "--store", store, pages], env)
    print("re-import of the same pages    %8.2f s   peak %6.0f MB" % (seconds, peak), flush=True)
    for _ in range(3):
        seconds, peak = timed([byline, "list", "--store", store, "--limit", "20"], env)
        print("byline list --limit 20         %8.3f s   peak %6.0f MB" % (seconds, peak), flush=True)
    os.environ["XDG_CACHE_HOME"] = env["XDG_CACHE_HOME"]
    subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "launch-benchmark.py"), byline, store, "5"], env=env)
    print("store on disk %.2f GB (%.2f GB in blocks) for %.2f GB of pages (%.2f GB in blocks): %.2fx" % (
        disk(store) / 1e9, disk_blocks(store) / 1e9, disk(pages) / 1e9, disk_blocks(pages) / 1e9, disk(store) / disk(pages)))

main()
