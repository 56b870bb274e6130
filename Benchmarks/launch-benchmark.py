#!/usr/bin/env python3
"""Time from launching the reader until its first screen of headlines is drawn, on a pseudo-terminal.

Usage: python3 Benchmarks/launch-benchmark.py BYLINE STORE [runs]

BYLINE is the built binary (build it with `swift build -c release`), STORE a store
folder (make one with `byline import --store STORE PAGES`). The first frame is
recognised by the status line's position counter ("1/N"). Peak memory is the
child's maximum resident set size as the kernel reports it.
"""
import os, pty, select, statistics, sys, time

def launch(byline, store, width=120, height=40):
    start = time.perf_counter()
    pid, master = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv(byline, [byline, "--store", store])
    import fcntl, struct, termios
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    seen = b""
    first_frame = None
    while first_frame is None:
        ready, _, _ = select.select([master], [], [], 10)
        if not ready:
            raise SystemExit("no first frame within 10 s; output so far: %r" % seen[-400:])
        chunk = os.read(master, 65536)
        if not chunk:
            raise SystemExit("the reader exited before drawing: %r" % seen[-400:])
        seen += chunk
        if b" 1/" in seen:
            first_frame = time.perf_counter() - start
    os.write(master, b"Q")
    while True:
        try:
            if not os.read(master, 65536):
                break
        except OSError:
            break
    _, status, usage = os.wait4(pid, 0)
    os.close(master)
    return first_frame, usage.ru_maxrss / 1024.0, (usage.ru_utime + usage.ru_stime) * 1000, status

def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    byline, store = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    times, peaks, cpu = [], [], []
    for _ in range(runs):
        seconds, peak, cpu_ms, status = launch(byline, store)
        times.append(seconds * 1000)
        peaks.append(peak)
        cpu.append(cpu_ms)
    print("first screen of headlines: median %.1f ms, best %.1f ms, worst %.1f ms over %d runs"
          % (statistics.median(times), min(times), max(times), runs))
    print("peak resident memory: median %.1f MB, worst %.1f MB" % (statistics.median(peaks), max(peaks)))
    # CPU time of the whole run (start-up, the first frame, quitting) on every thread: less
    # sensitive than the wall clock to what else the machine is doing.
    print("processor time per run (all threads, until exit): median %.1f ms" % statistics.median(cpu))

main()
