"""Draw F1 against pages/s for each tool from the table ``bench/run.py`` wrote to the docs.

Reads the rows between the ``bench:start``/``bench:end`` markers of ``docs/benchmarks.md``
(so the plot always shows the committed table) and writes a small standalone SVG, one
panel per corpus, speed on a log scale. No plotting library needed.
"""

from __future__ import annotations

import argparse
import itertools
import math
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COLOURS = {"newsclean": "#d62728", "trafilatura": "#1f77b4", "readability": "#2ca02c"}
WIDTH, HEIGHT, MARGIN = 360, 280, 50


def read_table(markdown: str) -> list[dict[str, str]]:
    """The rows of the first table between the bench markers, as header → cell."""
    block = markdown.split("<!-- bench:start -->")[1].split("<!-- bench:end -->")[0]
    lines = block.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = list(itertools.takewhile(lambda line: line.startswith("|"), lines[start:]))
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    return [
        dict(zip(header, (c.strip() for c in r.strip("|").split("|")), strict=True))
        for r in rows[2:]
    ]


def panel(rows: list[dict[str, str]], corpus: str, left: int) -> list[str]:
    points = [
        (row["tool"], float(row["docs/s"]), float(row["F1"]))
        for row in rows
        if row["corpus"] == corpus and row["tool"] in COLOURS
    ]
    low, decades = 10.0, 3
    f1_low, f1_high = 0.8, 1.0

    def x(speed: float) -> float:
        return (
            left + MARGIN + (math.log10(speed) - math.log10(low)) / decades * (WIDTH - MARGIN - 30)
        )

    def y(f1: float) -> float:
        return 20 + (f1_high - f1) / (f1_high - f1_low) * (HEIGHT - MARGIN - 20)

    bottom, right = HEIGHT - MARGIN, left + WIDTH - 10
    parts = [
        f'<text x="{left + WIDTH / 2}" y="14" text-anchor="middle" font-weight="bold">'
        f"{escape(corpus)}</text>",
        f'<line x1="{left + MARGIN}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="black"/>',
        f'<line x1="{left + MARGIN}" y1="20" x2="{left + MARGIN}" y2="{bottom}" stroke="black"/>',
        f'<text x="{left + WIDTH / 2 + 20}" y="{HEIGHT - 12}" text-anchor="middle">'
        "pages/s (log scale)</text>",
        f'<text x="{left + 14}" y="{HEIGHT / 2 - 10}" text-anchor="middle" '
        f'transform="rotate(-90 {left + 14} {HEIGHT / 2 - 10})">F1</text>',
    ]
    for speed in (10, 100, 1000, 10000):
        parts.append(f'<text x="{x(speed)}" y="{bottom + 16}" text-anchor="middle">{speed}</text>')
    for tick in (0.8, 0.85, 0.9, 0.95, 1.0):
        parts.append(
            f'<text x="{left + MARGIN - 4}" y="{y(tick) + 4}" text-anchor="end">{tick:.2f}</text>'
        )
    for tool, speed, f1 in points:
        colour = COLOURS[tool]
        parts.append(f'<circle cx="{x(speed):.1f}" cy="{y(f1):.1f}" r="5" fill="{colour}"/>')
        crowded = any(
            0 < x(other) - x(speed) < 170 and abs(y(f1_other) - y(f1)) < 14
            for _, other, f1_other in points
        )
        anchor, shift, rise = "start", 8, (16 if crowded else -6)
        parts.append(
            f'<text x="{x(speed) + shift:.1f}" y="{y(f1) + rise:.1f}" fill="{colour}" '
            f'text-anchor="{anchor}">'
            f"{escape(tool)} ({f1:.3f}, {speed:.0f}/s)</text>"
        )
    return parts


def svg(rows: list[dict[str, str]]) -> str:
    corpora = list(dict.fromkeys(row["corpus"] for row in rows))
    width = WIDTH * len(corpora)
    body = [part for i, corpus in enumerate(corpora) for part in panel(rows, corpus, i * WIDTH)]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{HEIGHT}" '
        f'font-family="sans-serif" font-size="11">\n'
        f'<rect width="{width}" height="{HEIGHT}" fill="white"/>\n' + "\n".join(body) + "\n</svg>\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img" / "f1-vs-speed.svg")
    args = parser.parse_args()
    rows = read_table(args.docs.read_text(encoding="utf-8"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(svg(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
