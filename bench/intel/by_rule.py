"""Speaker precision per attribution rule: which rule gave each matched quote its speaker, and how often right.

    .venv/bin/python bench/intel/by_rule.py --split dev
    .venv/bin/python bench/intel/by_rule.py --gold bench/intel/unseen --split probe

Prints counts only (no text), so it may be run on the never-read sets: per language and rule
(`Quote.rule`: "attribution", "attribution_inverted", "source", "open" for the learned fallback, ...),
the quotes given a speaker, how many of them are right, and the quotes it left without a speaker where
the gold names one. A rule that is right on dev and wrong on never-read text is written too closely
against the texts it was tuned on. Quotes are matched as in evaluate.py (30 % of the gold span).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from evaluate import GOLD, known_names, load, matched_quotes, same_name, span

from liveline import intel
from liveline.intel import quotes as intel_quotes


def rules_of_quotes(text: str, *, lang: str, published: datetime, timezone: str,
                    context: intel.BlogContext) -> list[tuple[dict, str]]:
    """The post's quotes as `intel.extract` gives them, each with the rule that decided its speaker."""
    found: list = []
    real_find = intel_quotes.find

    def keeping(*args, **kwargs):
        result = real_find(*args, **kwargs)
        found[:] = result[0]
        return result

    intel_quotes.find = keeping
    try:
        out = intel.extract(text, lang=lang, published=published, timezone=timezone, context=context)
    finally:
        intel_quotes.find = real_find
    return [(q, f.rule or "?") for q, f in zip(out["quotes"], found, strict=True)]


def tally(split: str, gold: Path) -> dict[tuple[str, str], list[int]]:
    """(lang, rule) → [given, right, left without a speaker where the gold names one]."""
    posts, _pairs = load(split, None, gold)
    known = known_names()
    blogs: dict[str, list[dict]] = defaultdict(list)
    for post in posts:
        blogs[post["blog"]].append(post)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for _blog, rows in sorted(blogs.items()):
        rows.sort(key=lambda r: r["published"])
        context = intel.BlogContext(known=known)
        for post in rows:
            pred = rules_of_quotes(post["text"], lang=post["lang"], published=datetime.fromisoformat(post["published"]),
                                   timezone=post["timezone"], context=context)
            if "quotes" not in post.get("tasks", ["quotes"]):
                continue
            spans = [span(post["text"], q["text"]) for q, _ in pred]
            for g, best in matched_quotes(post["text"], post["quotes"], spans):
                if best is None:
                    continue
                q, rule = pred[best]
                row = counts[(post["lang"], rule)]
                if q["speaker"] is not None:
                    row[0] += 1
                    row[1] += same_name(g["speaker"], q["speaker"])
                elif g["speaker"] is not None:
                    row[2] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "probe", "all"], default="dev")
    parser.add_argument("--gold", type=Path, default=GOLD, help="directory of annotated .jsonl files")
    args = parser.parse_args()
    counts = tally(args.split, args.gold.resolve())
    print("| language | rule | given | right | precision | none where the gold names one |")
    print("|---|---|---|---|---|---|")
    for (lang, rule), (given, right, missed) in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1][0])):
        precision = f"{right / given:.2f}" if given else ""
        print(f"| {lang} | {rule} | {given} | {right} | {precision} | {missed} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
