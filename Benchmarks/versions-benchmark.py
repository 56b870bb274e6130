#!/usr/bin/env python3
"""Precision and recall of Byline's version groups on a generated corpus with known versions.

Usage: python3 Benchmarks/versions-benchmark.py BYLINE WORK [stories] [seed]

Writes `stories` base stories (default 2000) as wire pages into WORK/pages, each filed
again in the ways one story is: an update with added paragraphs (`(LEAD)` or
`UPDATE 2-`), the same copy under another credit with one paragraph edited, a
re-save with a corrected headline and other page furniture, and the same text saved
as an HTML page. Beside them it writes decoys that must stay apart: a story with
nearly the same headline and other text, another agency's report of the same event
that shares two sentences, and the same text filed again ten days later. It imports
everything with the real binary into WORK/store, reads `byline list --versions all
--json`, and scores the groups pairwise (every pair of pages in one true group is a
pair to find). Prints the import time, precision, recall and the merged pairs that
are wrong.
"""
import html, itertools, json, os, random, shutil, subprocess, sys, time

SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "sel", "dor", "pa", "nu", "bri",
             "fen", "gal", "hor", "jun", "mar", "ost", "pel", "zin", "tre", "wa", "ix", "ul"]
MONTHS = ["Jan", "Feb", "Mar"]


def vocabulary(rng, size=6000):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentence(rng, words):
    text = " ".join(rng.choice(words) for _ in range(rng.randint(9, 18)))
    return text[0].upper() + text[1:] + "."


def paragraph(rng, words):
    return " ".join(sentence(rng, words) for _ in range(rng.randint(2, 4)))


def stamp(day, hour, minute):
    """Jan `day` 2026 as a wire page prints it (days past 31 run into February)."""
    month, date = (0, day) if day <= 31 else (1, day - 31)
    weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(day - 1) % 7]  # 2026-01-01 was a Thursday
    hour12 = hour % 12 or 12
    return "%s, %s %02d, 2026, %02d:%02d %s" % (weekday, MONTHS[month], date, hour12, minute, "AM" if hour < 12 else "PM")


def wire(headline, agency, day, hour, paragraphs, furniture=False):
    month, date = ("Jan", day) if day <= 31 else ("Feb", day - 31)
    lines = [headline, "", "by %s | %s" % (agency, stamp(day, hour, 5)), ""]
    if furniture:
        lines += ["Advertisement", "", "Share this story", ""]
    lines.append("Porto Vale, %s %d (%s) %s" % (month, date, agency, paragraphs[0]))
    for text in paragraphs[1:]:
        lines += ["", text]
    lines += ["", "--" + agency, "", "Latest News", "Harbour notice of the week %s" % stamp(day, hour, 1)]
    return "\n".join(lines) + "\n"


def html_page(headline, agency, day, hour, paragraphs):
    month, date = (1, day) if day <= 31 else (2, day - 31)
    body = "".join("<p>%s</p>\n" % html.escape(text) for text in paragraphs)
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Harbour Gazette</title>
<meta property="og:title" content="%s"><meta property="article:published_time" content="2026-%02d-%02dT%02d:05:00Z">
<meta name="author" content="%s"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>%s</h1>%s</article><footer>Copyright Harbour Gazette</footer></body></html>
""" % (html.escape(headline), html.escape(headline), month, date, hour, agency, html.escape(headline), body)


def corpus(count, seed):
    rng = random.Random(seed)
    words = vocabulary(rng)
    pages = []  # (name, text, group)
    for story in range(count):
        day, hour = 1 + story % 40, 8 + story % 10
        headline = "%s council %s plan %d" % (rng.choice(words).title(), rng.choice(words), story)
        text = [paragraph(rng, words) for _ in range(rng.randint(5, 9))]
        group = "s%d" % story
        pages.append(("s%d-first.txt" % story, wire(headline, "PTI", day, hour, text), group))
        prefix = "(LEAD) " if story % 2 else "UPDATE 2-"
        update = text + [paragraph(rng, words) for _ in range(rng.randint(1, 3))]
        pages.append(("s%d-update.txt" % story, wire(prefix + headline, "PTI", day, hour + 2, update), group))
        edited = list(text)
        edited[rng.randrange(len(edited))] = paragraph(rng, words)
        pages.append(("s%d-copy.txt" % story, wire(headline, "IANS", day, hour + 1, edited), group))
        pages.append(("s%d-resave.txt" % story, wire(headline + ", officials say", "PTI", day, hour, text, furniture=True), group))
        pages.append(("s%d-page.html" % story, html_page(headline + " as the Gazette ran it", "PTI", day, hour, text), group))
        # Decoys.
        pages.append(("s%d-namesake.txt" % story, wire(headline + " again", "AFP", day, hour, [paragraph(rng, words) for _ in range(6)]), group + "-namesake"))
        other = [paragraph(rng, words) for _ in range(6)]
        shared = text[0].split(". ")
        other[1] = ". ".join(shared[:2]).rstrip(".") + ". " + other[1]
        pages.append(("s%d-other-agency.txt" % story, wire(headline, "Reuters", day, hour, other), group + "-other"))
        pages.append(("s%d-later.txt" % story, wire(headline + ", a week on", "PTI", day + 10, hour, text), group + "-later"))
    return pages


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    byline, work = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 2026
    shutil.rmtree(work, ignore_errors=True)
    folder, store = os.path.join(work, "pages"), os.path.join(work, "store")
    os.makedirs(folder)
    pages = corpus(count, seed)
    truth = {}
    for name, text, group in pages:
        with open(os.path.join(folder, name), "w") as out:
            out.write(text)
        truth[name] = group
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
    start = time.perf_counter()
    subprocess.run([byline, "import", "--store", store, folder], check=True, stdout=subprocess.DEVNULL, env=env)
    seconds = time.perf_counter() - start
    # Which page became which story: by the headline and agency each page was written with.
    listed = [json.loads(line) for line in subprocess.run(
        [byline, "list", "--store", store, "--versions", "all", "--json"], check=True, capture_output=True, text=True, env=env).stdout.splitlines()]
    key_of = {(entry["headline"], entry["agency"] or ""): entry for entry in listed}
    group_of = {}
    for name, text, _ in pages:
        headline = text.split("\n", 1)[0] if not name.endswith(".html") else html.unescape(text.split("<h1>", 1)[1].split("</h1>", 1)[0])
        agency = "" if name.endswith(".html") else text.split("\n")[2].split("|")[0].replace("by ", "").strip()
        entry = key_of.get((headline, agency)) or next((e for e in listed if e["headline"] == headline), None)
        if entry is None:
            raise SystemExit("page %s was not found in the store" % name)
        group_of[name] = entry["versionGroup"] or entry["id"]
    names = [name for name, _, _ in pages]
    predicted = correct = 0
    wrong = []
    by_group = {}
    for name in names:
        by_group.setdefault(group_of[name], []).append(name)
    for members in by_group.values():
        for first, second in itertools.combinations(members, 2):
            predicted += 1
            if truth[first] == truth[second]:
                correct += 1
            else:
                wrong.append((first, second))
    by_truth = {}
    for name in names:
        by_truth.setdefault(truth[name], []).append(name)
    true_pairs = sum(len(members) * (len(members) - 1) // 2 for members in by_truth.values())
    print("pages %d (%d base stories), stored %d, import %.2f s" % (len(pages), count, len(listed), seconds))
    print("precision %.4f  recall %.4f  (true pairs %d, grouped pairs %d, correct %d)" % (
        correct / predicted if predicted else 1.0, correct / true_pairs if true_pairs else 1.0, true_pairs, predicted, correct))
    for first, second in wrong[:10]:
        print("wrongly merged: %s + %s" % (first, second))


main()
