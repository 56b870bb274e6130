#!/usr/bin/env python3
"""Time from launching the reader until its first screen of headlines is drawn, and until
it answers a first key (j), on a pseudo-terminal.

Usage: python3 Benchmarks/launch-benchmark.py BYLINE STORE [runs]

BYLINE is the built binary (build it with `swift build -c release`), STORE a store
folder (make one with `byline import --store STORE PAGES`). The first frame is
recognised by the status line's position counter ("1/N"). Peak memory is the
child's maximum resident set size as the kernel reports it.
"""
import json, os, pty, select, statistics, subprocess, sys, time

def second_headline(byline, store):
    """The start of the second story's headline, as `byline list` prints it."""
    lines = subprocess.run([byline, "list", "--store", store, "--limit", "2", "--json"], capture_output=True, text=True).stdout.splitlines()
    return json.loads(lines[1])["headline"][:16].encode()

def wait_for(master, text, what):
    """Reads the reader's output until `text` appears; returns when it did."""
    seen = b""
    while text not in seen:
        ready, _, _ = select.select([master], [], [], 10)
        if not ready:
            raise SystemExit("no %s within 10 s; output so far: %r" % (what, seen[-400:]))
        chunk = os.read(master, 65536)
        if not chunk:
            raise SystemExit("the reader exited before %s: %r" % (what, seen[-400:]))
        seen += chunk
    return time.perf_counter()

def launch(byline, store, second, width=120, height=40):
    start = time.perf_counter()
    pid, master = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv(byline, [byline, "--store", store])
    import fcntl, struct, termios
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    first_frame = wait_for(master, b" 1/", "a first frame") - start
    # Then a key: j (next story), answered when the second story's headline is drawn again
    # (selected, and atop the reading pane). A reader that drew its first screen before
    # reading the whole catalog answers it once the catalog is read.
    os.write(master, b"j")
    first_key = wait_for(master, second, "an answer to a key") - start
    os.write(master, b"Q")
    while True:
        try:
            if not os.read(master, 65536):
                break
        except OSError:
            break
    _, status, usage = os.wait4(pid, 0)
    os.close(master)
    return first_frame, first_key, usage.ru_maxrss / 1024.0, (usage.ru_utime + usage.ru_stime) * 1000, status

def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    byline, store = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    times, keys, peaks, cpu = [], [], [], []
    second = second_headline(byline, store)
    for _ in range(runs):
        seconds, key, peak, cpu_ms, status = launch(byline, store, second)
        times.append(seconds * 1000)
        keys.append(key * 1000)
        peaks.append(peak)
        cpu.append(cpu_ms)
    print("first screen of headlines: median %.1f ms, best %.1f ms, worst %.1f ms over %d runs"
          % (statistics.median(times), min(times), max(times), runs))
    print("first key (j, next story) answered, from launch: median %.1f ms, best %.1f ms, worst %.1f ms"
          % (statistics.median(keys), min(keys), max(keys)))
    print("peak resident memory: median %.1f MB, worst %.1f MB" % (statistics.median(peaks), max(peaks)))
    # CPU time of the whole run (start-up, the first frame, quitting) on every thread: less
    # sensitive than the wall clock to what else the machine is doing.
    print("processor time per run (all threads, until exit): median %.1f ms" % statistics.median(cpu))

main()
