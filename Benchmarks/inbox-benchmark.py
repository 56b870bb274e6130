#!/usr/bin/env python3
"""Inbox folders in the real binary: how long a saved page takes to reach the reader's
screen, and how fast `byline watch` takes a folder of pages.

Usage: python3 Benchmarks/inbox-benchmark.py BYLINE STORE WORK [rounds] [pages]

BYLINE is the release binary, STORE a store made by `byline import` (the reader opens
it; its size is what the reader reloads when stories arrive), WORK an empty folder for
the inbox, the configuration and the copied store used by the watch. Part one opens the
reader in tmux (120x40) with WORK/inbox as its inbox and, `rounds` times, writes a page
there in one go and polls the screen until its headline shows: the time from the file
being closed to the story on screen (one second of it is the wait that proves the page
complete). Let WORK/cache hold a current search index of STORE first (`XDG_CACHE_HOME=WORK/cache
byline index --store STORE`): otherwise the reader builds it in the background meanwhile,
and the rounds measure that contention. Part two moves `pages` generated pages into an empty inbox of a fresh store
watched by `byline watch` and times until the last is reported stored.
"""
import os, subprocess, sys, time

def tmux(*arguments):
    return subprocess.run(["tmux", "-L", "byline-inbox-bench"] + list(arguments), capture_output=True, text=True).stdout

def page(headline, minute):
    # Dated after any generated corpus, so the story heads the newest-first list.
    return ("%s\n\nby PTI | Mon, Dec 29, 2031, 10:%02d AM\n\nPorto Vale, Dec 29 (PTI) The harbour authority said "
            "on Monday that the work was done.\n\nOfficials expected more passengers.\n\n--PTI\n" % (headline, minute % 60))

def reader_rounds(byline, store, work, rounds):
    inbox = os.path.join(work, "inbox")
    os.makedirs(inbox, exist_ok=True)
    config = os.path.join(work, "config.toml")
    with open(config, "w") as f:
        f.write('inbox = ["%s"]\n' % inbox)
    tmux("kill-server")
    tmux("new-session", "-d", "-x", "120", "-y", "40", "env XDG_CACHE_HOME='%s/cache' '%s' --store '%s' --config '%s'" % (work, byline, store, config))
    for _ in range(400):
        if " 1/" in tmux("capture-pane", "-p"):
            break
        time.sleep(0.05)
    time.sleep(3)
    figures = []
    for number in range(rounds):
        headline = "Inbox round %d harbour %d" % (number, os.getpid())
        start = time.perf_counter()
        with open(os.path.join(inbox, "round-%d.txt" % number), "w") as f:
            f.write(page(headline, number))
        while time.perf_counter() - start < 30:
            if headline in tmux("capture-pane", "-p"):
                break
            time.sleep(0.01)
        figures.append((time.perf_counter() - start) * 1000)
        time.sleep(0.5)
    tmux("kill-server")
    print("saved page to the reader's screen: " + ", ".join("%.0f ms" % f for f in figures))

def watch_folder(byline, work, pages):
    source, inbox, store = (os.path.join(work, name) for name in ("watch-pages", "watch-inbox", "watch-store"))
    for folder in (source, inbox):
        os.makedirs(folder, exist_ok=True)
    for number in range(pages):
        with open(os.path.join(source, "page-%06d.txt" % number), "w") as f:
            f.write(page("Watched page number %d about the harbour" % number, number))
    output = open(os.path.join(work, "watch.out"), "w")
    watch = subprocess.Popen([byline, "watch", "--store", store, inbox], stdout=output, stderr=subprocess.DEVNULL,
                             env=dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache")))
    time.sleep(1)
    start = time.perf_counter()
    for name in sorted(os.listdir(source)):
        os.rename(os.path.join(source, name), os.path.join(inbox, name))
    while time.perf_counter() - start < 600:
        with open(os.path.join(work, "watch.out")) as f:
            if sum(1 for _ in f) >= pages:
                break
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    watch.terminate()
    watch.wait()
    print("byline watch: %d pages moved into the inbox, all reported stored after %.2f s (%.0f pages/s)" % (pages, elapsed, pages / elapsed))

def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    byline, store, work = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    pages = int(sys.argv[5]) if len(sys.argv) > 5 else 10000
    reader_rounds(byline, store, work, rounds)
    watch_folder(byline, work, pages)

if __name__ == "__main__":
    main()
