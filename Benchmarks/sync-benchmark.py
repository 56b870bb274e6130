#!/usr/bin/env python3
"""A store synced to a second machine with rsync: what each machine's first start costs.

Usage: python3 Benchmarks/sync-benchmark.py BYLINE PAGES LATER WORK

Machine `a` imports every page of PAGES but the last LATER ones (by name); the store is
copied to machine `b` with `rsync -a`. `b`'s first `byline list --limit 20` builds its own
catalog from the story files (a machine new to the store); its second is an ordinary start.
Then `a` imports the LATER pages, `rsync -a --update` brings them to `b`, and `b`'s next
start finds them in the story folders that changed and lists them. Last, `b` is synced
back to `a`, and both must list the same stories and pass `byline check`. Pages are
linked into WORK (hard links), so PAGES is not changed; WORK is removed at the end.
Make the pages with `generate-corpus` (see the README's Benchmarks section).
"""
import os, shutil, subprocess, sys, time

def run(byline, machine, arguments, work):
    env = dict(os.environ, BYLINE_MACHINE=machine, XDG_CACHE_HOME=os.path.join(work, "cache-" + machine))
    start = time.perf_counter()
    done = subprocess.run([byline] + arguments, capture_output=True, env=env)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit("%s failed (%d): %s" % (" ".join(arguments), done.returncode, done.stderr.decode(errors="replace")[-400:]))
    return seconds, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace")

def rsync(source, target, update=False):
    start = time.perf_counter()
    subprocess.run(["rsync", "-a"] + (["--update"] if update else []) + [source + "/", target + "/"], check=True)
    return time.perf_counter() - start

def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    byline, pages, later, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    if os.path.exists(work):
        raise SystemExit("%s exists; give a folder to create" % work)
    names = sorted(n for n in os.listdir(pages) if not n.startswith("."))
    first, rest = os.path.join(work, "first"), os.path.join(work, "later")
    for folder, chosen in ((first, names[:-later]), (rest, names[-later:])):
        os.makedirs(folder)
        for name in chosen:
            os.link(os.path.join(pages, name), os.path.join(folder, name))
    a, b = os.path.join(work, "a"), os.path.join(work, "b")
    try:
        seconds, _, _ = run(byline, "a", ["import", "--store", a, first], work)
        print("a: import of %d pages          %8.2f s" % (len(names) - later, seconds))
        print("rsync -a a → b                   %8.2f s" % rsync(a, b))
        seconds, _, notes = run(byline, "b", ["list", "--store", b, "--limit", "20"], work)
        print("b: first start (builds its catalog)  %8.3f s   %s" % (seconds, notes.strip()[:100]))
        for attempt in range(3):
            seconds, _, _ = run(byline, "b", ["list", "--store", b, "--limit", "20"], work)
            print("b: an ordinary start              %8.3f s" % seconds)
        seconds, _, _ = run(byline, "a", ["import", "--store", a, rest], work)
        print("a: import of %d more pages        %8.2f s" % (later, seconds))
        print("rsync -a --update a → b          %8.2f s" % rsync(a, b, update=True))
        seconds, listed, _ = run(byline, "b", ["list", "--store", b, "--limit", "20"], work)
        print("b: first start after the sync (takes in %d stories)  %8.3f s" % (later, seconds))
        for attempt in range(3):
            seconds, _, _ = run(byline, "b", ["list", "--store", b, "--limit", "20"], work)
            print("b: an ordinary start              %8.3f s" % seconds)
        rsync(b, a, update=True)
        _, on_a, _ = run(byline, "a", ["list", "--store", a, "--json"], work)
        _, on_b, _ = run(byline, "b", ["list", "--store", b, "--json"], work)
        count = on_a.count("\n")
        print("both list %d stories: %s" % (count, "the same" if on_a == on_b else "NOT THE SAME"))
        for machine, store in (("a", a), ("b", b)):
            _, report, _ = run(byline, machine, ["check", "--store", store], work)
            print("%s: byline check: %s" % (machine, report.strip().splitlines()[-1] if report.strip() else "(nothing)"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

main()
