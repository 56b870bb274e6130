#!/usr/bin/env python3
"""Where a command's memory goes over time: its resident set sampled while it runs.

Usage: python3 Benchmarks/memory-timeline.py [--every SECONDS] -- COMMAND [ARGUMENTS...]

Runs COMMAND (for instance `byline import --store NEW PAGES`) and reads its resident set
from /proc every SECONDS (0.5 unless told), then prints one line per tenth of the run
(the time, the resident set at that moment, its two parts: the process's own memory and
pages of mapped files, and the highest so far) and the peak the
kernel kept (ru_maxrss, which no sample can miss). Its output goes to /dev/null, so a
progress bar costs nothing. Linux only.
"""
import os, subprocess, sys, time


def resident_kb(pid):
    """The resident set and its two parts: memory of the process's own (anonymous) and
    pages of mapped files (the catalog file), which are shared with the page cache."""
    fields = {}
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmRSS", "RssAnon", "RssFile"):
                    fields[name] = int(value.split()[0])
    except OSError:
        return None
    if "VmRSS" not in fields:
        return None
    return fields["VmRSS"], fields.get("RssAnon", 0), fields.get("RssFile", 0)


def main():
    arguments = sys.argv[1:]
    every = 0.5
    if arguments[:1] == ["--every"]:
        every = float(arguments[1])
        arguments = arguments[2:]
    if arguments[:1] == ["--"]:
        arguments = arguments[1:]
    if not arguments:
        raise SystemExit(__doc__)
    start = time.perf_counter()
    child = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples = []
    while True:
        finished, status, usage = os.wait4(child.pid, os.WNOHANG)
        if finished:
            break
        sample = resident_kb(child.pid)
        if sample is not None:
            samples.append((time.perf_counter() - start,) + sample)
        time.sleep(every)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit("%s exited with status %d" % (" ".join(arguments), os.waitstatus_to_exitcode(status)))
    highest = 0
    shown = 0
    for moment, kb, anonymous, mapped in samples:
        highest = max(highest, kb)
        if moment >= shown * seconds / 10:
            print("%8.1f s   %7.0f MB (own %7.0f MB, file pages %6.0f MB)   highest so far %7.0f MB" % (
                moment, kb / 1024, anonymous / 1024, mapped / 1024, highest / 1024))
            shown += 1
    peak = max(samples, key=lambda sample: sample[1]) if samples else (0, 0, 0, 0)
    print("%.1f s in all (%.1f s user, %.1f s system); peak %.0f MB; the highest sample %.0f MB at %.1f s (own %.0f MB, file pages %.0f MB); the most of its own %.0f MB" % (
        seconds, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024, peak[1] / 1024, peak[0], peak[2] / 1024, peak[3] / 1024,
        max((sample[2] for sample in samples), default=0) / 1024))


main()
