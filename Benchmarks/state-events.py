#!/usr/bin/env python3
"""Write a long reading history into a store's state logs, for timing start-up with it.

Usage: python3 Benchmarks/state-events.py STORE EVENTS

Appends EVENTS events (the same ones for the same store and count: a fixed seed) about the
store's stories to two machines' logs, `state/bench-laptop.log` (60 %) and
`state/bench-desk.log` (40 %): half of them `read`, a tenth each `unread` and `star`, the
rest reading positions, a few seconds apart, as a year of heavy reading leaves them. Then
time start-up with `launch-benchmark.py`; remove the two logs to go back.
"""
import os, random, sys

def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    store, total = sys.argv[1], int(sys.argv[2])
    stories = os.path.join(store, "stories")
    ids = sorted(name[:16] for shard in os.listdir(stories) for name in os.listdir(os.path.join(stories, shard))
                 if len(name) == 22 and name.endswith(".story"))
    if not ids:
        raise SystemExit("no stories in %s" % store)
    random.seed(1)
    time = 1767000000000
    os.makedirs(os.path.join(store, "state"), exist_ok=True)
    for machine, share in (("bench-laptop", 0.6), ("bench-desk", 0.4)):
        with open(os.path.join(store, "state", machine + ".log"), "a") as log:
            for _ in range(int(total * share)):
                time += random.randint(1, 3000)
                kind, story = random.random(), random.choice(ids)
                if kind < 0.5:
                    log.write("%d read %s\n" % (time, story))
                elif kind < 0.6:
                    log.write("%d unread %s\n" % (time, story))
                elif kind < 0.7:
                    log.write("%d star %s\n" % (time, story))
                else:
                    log.write("%d position %s %d\n" % (time, story, random.randint(0, 200)))
    print("wrote %d events about %d stories" % (total, len(ids)))

main()
