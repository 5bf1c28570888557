#!/usr/bin/env python3
"""Writes a sitegen project of small Swift (or Python) snippets for the verify-snippets benchmark.

usage: make-corpus.py OUT_DIR PAGES SNIPPETS_PER_PAGE [swift|python]
Each snippet is a small program of a different shape (loops, structs, classes, closures, Foundation;
in Python: comprehensions, dataclasses, recursion, classes, the json module), with its expected
output block, so every one is run and compared (and, in Swift, compiled).
"""
import os
import sys

SHAPES = [
    ("let values = (1...{n}).map {{ $0 * $0 }}\nprint(values.reduce(0, +))",
     lambda n: str(sum(i * i for i in range(1, n + 1)))),
    ("struct Point {{ var x: Int; var y: Int }}\nlet p = Point(x: {n}, y: 2)\nprint(p.x + p.y)",
     lambda n: str(n + 2)),
    ("func fib(_ k: Int) -> Int {{ k < 2 ? k : fib(k - 1) + fib(k - 2) }}\nprint(fib({m}))",
     None),
    ("final class Counter {{ var count = 0; func bump() {{ count += 1 }} }}\nlet c = Counter()\nfor _ in 0..<{n} {{ c.bump() }}\nprint(c.count)",
     lambda n: str(n)),
    ("import Foundation\nlet words = \"uno dos tres {n}\".components(separatedBy: \" \")\nprint(words.count, words.last!)",
     lambda n: "4 %d" % n),
]

PYTHON_SHAPES = [
    ("values = [i * i for i in range(1, {n} + 1)]\nprint(sum(values))",
     lambda n: str(sum(i * i for i in range(1, n + 1)))),
    ("from dataclasses import dataclass\n\n@dataclass\nclass Point:\n    x: int\n    y: int\n\np = Point(x={n}, y=2)\nprint(p.x + p.y)",
     lambda n: str(n + 2)),
    ("def fib(k):\n    return k if k < 2 else fib(k - 1) + fib(k - 2)\n\nprint(fib({m}))",
     None),
    ("class Counter:\n    def __init__(self):\n        self.count = 0\n\n    def bump(self):\n        self.count += 1\n\nc = Counter()\nfor _ in range({n}):\n    c.bump()\nprint(c.count)",
     lambda n: str(n)),
    ("import json\nwords = json.loads('[\"uno\", \"dos\", \"tres\", \"{n}\"]')\nprint(len(words), words[-1])",
     lambda n: "4 %d" % n),
]


def fib(k):
    a, b = 0, 1
    for _ in range(k):
        a, b = b, a + b
    return a


def main():
    out, pages, per_page = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    language = sys.argv[4] if len(sys.argv) > 4 else "swift"
    shapes = PYTHON_SHAPES if language == "python" else SHAPES
    os.makedirs(os.path.join(out, "content"), exist_ok=True)
    with open(os.path.join(out, "sitegen.yml"), "w") as f:
        f.write("site_name: Benchmark\n")
    count = 0
    for page in range(pages):
        parts = ["# Página %d\n" % page]
        for i in range(per_page):
            count += 1
            template, expected = shapes[count % len(shapes)]
            n = 10 + count
            m = 10 + count % 10
            code = template.format(n=n, m=m)
            output = str(fib(m)) if expected is None else expected(n)
            parts.append("Ejemplo %d:\n\n```%s\n%s\n```\n\n```output\n%s\n```\n" % (count, language, code, output))
        with open(os.path.join(out, "content", "pagina-%02d.md" % page), "w") as f:
            f.write("\n".join(parts))
    print("wrote %d %s snippets over %d pages in %s" % (count, language, pages, out))


main()
