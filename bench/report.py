#!/usr/bin/env python3
"""Formats bench/run.sh's figures as Markdown, with each figure's ratio to nginx and to GET one and the issue's goals.

    report.py RESULTS.tsv STARTS.tsv --title T --setup S   > bench/results/<date>-<commit>.md
    report.py --readme README.md bench/results/<file>.md       (the README's Benchmarks section shows that file)
"""
import argparse
import re
import sys

DB_NAMES = {"h2": "H2", "pg": "PostgreSQL"}
NGINX = "nginx, same bytes as GET one"
# Goals of issue 9, as a ratio to GET one of the same run (None: not a ratio to GET one).
GOALS = {
    "GET one, API key": 0.90,
    "GET one, Basic": 0.90,
    "304 (If-None-Match)": 3.0,
    "list 20": 0.50,
    "list 100": 0.25,
    "list by unit": 0.40,
    "list by light": 0.40,
    "plan summary (seed, 12 tasks)": 0.50,
    "unit scorecard": 0.50,
}
README_BEGIN = "<!-- bench:latest:begin (written by bench/run.sh) -->"
README_END = "<!-- bench:latest:end -->"


def load(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def pct(x):
    return f"{x * 100:.1f} %" if x < 1 else f"{x:.2f}×"


def check(ok):
    return "✓" if ok else "✗"


def goal_text(label, ratio_one, ratio_nginx, p99):
    if label == "GET one":
        return f"≥ 12 % of nginx {check(ratio_nginx >= 0.12)}; p99 ≤ 10 ms {check(p99 <= 10)}"
    if label.startswith("plan summary (") and not label.startswith("plan summary (seed"):
        return f"≥ 25 % of GET one {check(ratio_one >= 0.25)}"
    goal = GOALS.get(label)
    if goal is None:
        return ""
    return f"{'≥' if goal >= 1 else '≥'} {pct(goal)} of GET one {check(ratio_one >= goal)}"


def table(rows, db, sizes):
    stages = []
    for r in rows:
        if r[0] == db and r[1] not in stages:
            stages.append(r[1])
    out = []
    for stage in stages:
        mine = [r for r in rows if r[0] == db and r[1] == stage]
        by = {r[2]: r for r in mine}
        one = float(by["GET one"][3]) if "GET one" in by else 0
        nginx = float(by[NGINX][3]) if NGINX in by else 0
        out.append(f"| {sizes.get(stage, stage)}: request | req/s | p99 ms | ÷ nginx | ÷ GET one | non-2xx/3xx | errors | goal |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for r in mine:
            label, rps, p99, bad, errors = r[2], float(r[3]), float(r[4]), int(r[5]), int(r[6])
            r_nginx = rps / nginx if nginx else 0
            r_one = rps / one if one else 0
            goal = "" if label == NGINX else goal_text(label, r_one, r_nginx, p99)
            if int(r[7]) == 0:
                out.append(f"| {label} | no answer within the run | | | | {bad} | {errors} | |")
                continue
            out.append(f"| {label} | {rps:,.0f} | {p99:.1f} | {pct(r_nginx)} | {pct(r_one)} | {bad} | {errors} | {goal} |")
        out.append("")
    return out


def scale_lines(rows, db, sizes):
    """GET one and list 20 at the big stage against the small one (goal: within 20 %)."""
    stages = []
    for r in rows:
        if r[0] == db and r[1] not in stages:
            stages.append(r[1])
    if len(stages) < 2:
        return []
    lines = []
    for label in ("GET one", "list 20"):
        small = [float(r[3]) for r in rows if r[0] == db and r[1] == stages[0] and r[2] == label]
        big = [float(r[3]) for r in rows if r[0] == db and r[1] == stages[1] and r[2] == label]
        if small and big and small[0]:
            ratio = big[0] / small[0]
            lines.append(f"{label} at {sizes.get(stages[1], stages[1])} is {ratio * 100:.0f} % of its figure at "
                         f"{sizes.get(stages[0], stages[0])} "
                         f"(goal ≥ 80 %) {check(ratio >= 0.8)}")
    return lines


def report(args):
    rows = load(args.results)
    starts = load(args.starts)
    dbs = [d for d in DB_NAMES if any(r[0] == d for r in rows) or any(s[0] == d for s in starts)]
    out = [f"# Read benchmark, {args.title}", "", args.setup, ""]
    out.append("Start is the time from launching `java` to the first answer of `/q/health/ready`; RSS is the resident "
               "memory of the service's process two seconds after that, and after the stage's whole run. CPU time (user + "
               "system, all threads) to the first answer varies less than wall time on a shared machine.")
    out.append("")
    out.append("| database | start | to first answer | CPU time to it | RSS after start | RSS after the run |")
    out.append("| --- | --- | ---: | ---: | ---: | ---: |")
    for s in starts:
        ms, rss_start = int(s[2]), s[3]
        rss_load = f"{s[4]} MB" if len(s) > 4 and s[4] else "–"
        flag = f" {check(ms <= 3000)}" if s[0] == "h2" and "tasks" in s[1] else ""
        cpu = f"{int(s[5]) / 1000:.1f} s" if len(s) > 5 and s[5] else "–"
        out.append(f"| {DB_NAMES[s[0]]} | {s[1]} | {ms / 1000:.1f} s{flag} | {cpu} | {rss_start} MB "
                   f"{check(int(rss_start) <= 220)} | {rss_load}"
                   f"{'' if rss_load == '–' else ' ' + check(int(s[4]) <= 400)} |")
    out.append("")
    out.append("Goals (issue 9): start ≤ 3 s on H2, RSS ≤ 220 MB after start and ≤ 400 MB after the run.")
    out.append("")
    for db in dbs:
        out.append(f"## {DB_NAMES[db]}")
        out.append("")
        # The stages in order of their start rows, "small" then "big", named by their task counts.
        sized = [s[1] for s in starts if s[0] == db and s[1].endswith(" tasks")]
        out.extend(table(rows, db, dict(zip(("small", "big"), sized))))
        for line in scale_lines(rows, db, dict(zip(("small", "big"), sized))):
            out.append(f"- {line}")
        bad = sum(int(r[5]) for r in rows if r[0] == db)
        errors = sum(int(r[6]) for r in rows if r[0] == db)
        out.append(f"- non-2xx/3xx responses: {bad}, socket errors: {errors} (goal 0) {check(bad == 0 and errors == 0)}")
        out.append("")
    h2 = [float(r[3]) for r in rows if r[0] == "h2" and r[2] == "GET one"]
    pg = [float(r[3]) for r in rows if r[0] == "pg" and r[2] == "GET one"]
    if h2 and pg and h2[0]:
        out.append(f"PostgreSQL's GET one is {pg[0] / h2[0] * 100:.0f} % of H2's (goal ≥ 50 %) {check(pg[0] >= h2[0] / 2)}.")
        out.append("")
    print("\n".join(out).rstrip() + "\n", end="")


def readme(args):
    with open(args.result, encoding="utf-8") as f:
        body = f.read()
    # The result's headings become lower-level ones inside the README's section.
    body = re.sub(r"^# (.*)$", r"#### \1", body, flags=re.M)
    body = re.sub(r"^## (.*)$", r"##### \1", body, flags=re.M)
    link = args.result if "/" in args.result else f"bench/results/{args.result}"
    block = f"{README_BEGIN}\nLatest run ([{link}]({link})):\n\n{body.strip()}\n{README_END}"
    with open(args.readme, encoding="utf-8") as f:
        text = f.read()
    if README_BEGIN not in text or README_END not in text:
        sys.exit(f"{args.readme} has no {README_BEGIN} … {README_END} markers")
    start = text.index(README_BEGIN)
    end = text.index(README_END) + len(README_END)
    with open(args.readme, "w", encoding="utf-8") as f:
        f.write(text[:start] + block + text[end:])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--readme")
    p.add_argument("results")
    p.add_argument("starts", nargs="?")
    p.add_argument("--title", default="")
    p.add_argument("--setup", default="")
    args = p.parse_args()
    if args.readme:
        args.result = args.results
        readme(args)
    else:
        report(args)


if __name__ == "__main__":
    main()
