#!/usr/bin/env python3
"""Shares of a request's CPU samples, from async-profiler's collapsed stacks (bench/profile.sh).

Usage: bench/shares.py cpu.collapsed [ROOT_FRAME]

Only the stacks through ROOT_FRAME (default Tomcat's CoyoteAdapter.service: the request's work) count.
Each sample goes to the bucket of its deepest frame that matches one (a template rendered inside the
security filters is the template's); then the LanToa methods by the samples under them (the deepest
vn.lantoa frame of each stack), which says whose queries or templates the time is spent for.
"""
import re
import sys
from collections import Counter

BUCKETS = [
    ("socket write", r"SocketDispatcher\.write|NioSocketWrapper\.doWrite|IOUtil\.write"),
    ("socket read", r"SocketDispatcher\.read|NioSocketWrapper\.(fillReadBuffer|read)"),
    ("PostgreSQL driver", r"^org\.postgresql\."),
    ("connection pool", r"^com\.zaxxer\.hikari\."),
    ("jte templates", r"^gg\.jte\."),
    ("Jackson", r"^tools\.jackson\.|^com\.fasterxml\.jackson\."),
    ("Lucene", r"^org\.apache\.lucene\."),
    ("Spring Security", r"^org\.springframework\.security\."),
    ("Micrometer observation", r"^io\.micrometer\."),
    ("Spring MVC handler lookup", r"DispatcherServlet\.getHandler"),
    ("Spring transactions", r"^org\.springframework\.transaction\."),
    ("Spring JDBC", r"^org\.springframework\.jdbc\."),
    ("Spring Session", r"^org\.springframework\.session\."),
    ("Spring MVC, other", r"^org\.springframework\.web\."),
    ("Spring, other", r"^org\.springframework\."),
    ("LanToa code", r"^vn\.lantoa\."),
    ("Tomcat", r"^org\.apache\.(catalina|coyote|tomcat)\."),
    ("JDK", r"^(java|javax|jdk|sun)\."),
]
COMPILED = [(name, re.compile(rx)) for name, rx in BUCKETS]


def frames_of(line):
    stack, _, count = line.rstrip("\n").rpartition(" ")
    return [f.replace("/", ".").removesuffix("_[j]").removesuffix("_[i]") for f in stack.split(";")], int(count)


def main():
    path = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else "CoyoteAdapter.service"
    buckets, lantoa, total = Counter(), Counter(), 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if root not in line:
                continue
            frames, count = frames_of(line)
            start = next(i for i, fr in enumerate(frames) if root in fr)
            frames = frames[start:]
            total += count
            bucket = "other (JIT, GC, native)"
            for fr in reversed(frames):
                hit = next((name for name, rx in COMPILED if rx.search(fr)), None)
                if hit:
                    bucket = hit
                    break
            buckets[bucket] += count
            own = next((fr for fr in reversed(frames) if fr.startswith("vn.lantoa.")), None)
            if own:
                lantoa[re.sub(r"\$\$.*", "", own)] += count
    if total == 0:
        print(f"no samples under {root}")
        return
    print(f"{total} request samples under {root}")
    print("| bucket (deepest matching frame) | share |\n| --- | ---: |")
    for name, n in buckets.most_common():
        print(f"| {name} | {100 * n / total:.1f} % |")
    print("\n| deepest LanToa frame | share |\n| --- | ---: |")
    for name, n in lantoa.most_common(20):
        print(f"| `{name}` | {100 * n / total:.1f} % |")


if __name__ == "__main__":
    main()
