#!/usr/bin/env python3
"""Time from launching the reader until its first screen of headlines is drawn, and until
it answers a first key (j) and a second one, on a pseudo-terminal.

Usage: python3 Benchmarks/launch-benchmark.py BYLINE STORE [runs]

BYLINE is the built binary (build it with `swift build -c release`), STORE a store
folder (make one with `byline import --store STORE PAGES`). The first frame is
recognised by the status line's position counter ("1/N"). Peak memory is the
child's maximum resident set size as the kernel reports it.
"""
import json, os, pty, select, statistics, subprocess, sys, time

def headlines(byline, store):
    """The start of the second and third stories' headlines, as `byline list` prints them."""
    lines = subprocess.run([byline, "list", "--store", store, "--limit", "3", "--json"], capture_output=True, text=True).stdout.splitlines()
    return [json.loads(line)["headline"][:16].encode() for line in lines[1:3]]

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

def launch(byline, store, second, third, width=120, height=40):
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
    # And one more, once the whole library is in: a keystroke as reading goes on.
    pressed = time.perf_counter()
    os.write(master, b"j")
    next_key = wait_for(master, third, "an answer to a second key") - pressed
    os.write(master, b"Q")
    while True:
        try:
            if not os.read(master, 65536):
                break
        except OSError:
            break
    _, status, usage = os.wait4(pid, 0)
    os.close(master)
    return first_frame, first_key, next_key, usage.ru_maxrss / 1024.0, (usage.ru_utime + usage.ru_stime) * 1000, status

def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    byline, store = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    times, keys, later, peaks, cpu = [], [], [], [], []
    second, third = headlines(byline, store)
    for _ in range(runs):
        seconds, key, next_key, peak, cpu_ms, status = launch(byline, store, second, third)
        times.append(seconds * 1000)
        keys.append(key * 1000)
        later.append(next_key * 1000)
        peaks.append(peak)
        cpu.append(cpu_ms)
    print("first screen of headlines: median %.1f ms, best %.1f ms, worst %.1f ms over %d runs"
          % (statistics.median(times), min(times), max(times), runs))
    print("first key (j, next story) answered, from launch: median %.1f ms, best %.1f ms, worst %.1f ms"
          % (statistics.median(keys), min(keys), max(keys)))
    print("a second key (j) answered, from pressing it: median %.1f ms, worst %.1f ms"
          % (statistics.median(later), max(later)))
    print("peak resident memory: median %.1f MB, worst %.1f MB" % (statistics.median(peaks), max(peaks)))
    # CPU time of the whole run (start-up, the first frame, quitting) on every thread: less
    # sensitive than the wall clock to what else the machine is doing.
    print("processor time per run (all threads, until exit): median %.1f ms" % statistics.median(cpu))

main()
